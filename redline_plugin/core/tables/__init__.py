"""Tables of the guideline and the standard that several layers of `core` read: data only, at the bottom.

A table read by one package alone stays in that package (core/assessment/sensitivity_tables.py,
core/ledger/schema.py); one read across layers (a raster writer and the assessment, the report and
the submission) lives here, so every arrow to it points down.
"""
