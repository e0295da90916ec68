"""The guided workflow dock: steps down the left, the current step's page beside them (see wizard.py)."""
