"""Delineation (methods.md §4): candidate areas, protected areas, conflicts, refinement, county split
and stable codes, the standard's checks, and the editable STBHHX layer."""
