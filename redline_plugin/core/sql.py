"""Quoting for the SQL that OGR hands to SQLite (GeoPackage), in one place.

Table, column and trigger names come from the schema but also from users' files (a county layer's
table, a field package's layers), and values from users' forms: everything spliced into a statement
goes through these two functions, never through an f-string quote of its own.
"""

from __future__ import annotations


def quote_identifier(name: str) -> str:
    """A table, column or trigger name: "name", inner double quotes doubled."""
    return '"' + str(name).replace('"', '""') + '"'


def quote_literal(value: object) -> str:
    """A text value: 'value', inner single quotes doubled."""
    return "'" + str(value).replace("'", "''") + "'"
