"""Ecological function importance and ecological sensitivity: formulas, tables and grading."""
