"""The submission standard (schema.py) and what reads it: export, validation, national merge."""
