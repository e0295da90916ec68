"""A package is data only: no view, no trigger, no virtual table beyond what the GeoPackage standard defines.

A trigger in a GeoPackage runs whenever anyone later edits the file: `AFTER UPDATE ON gpkg_contents
BEGIN DELETE FROM STBHHX; END` deletes every patch the next time GDAL touches the file. Yet every
GeoPackage GDAL writes carries triggers of its own: the spatial index's (rtree_<t>_<c>_insert,
_update1…7, _delete, which write only to their R-tree), GDAL's feature counts
(trigger_insert/delete_feature_count_<t>, which write only to gpkg_ogr_contents) and the standard's
checks on gpkg_* tables (which write nothing). So triggers are judged by what they do, not by name
alone: SQLite compiles every INSERT, UPDATE and DELETE a table can see (EXPLAIN, never run) and its
authorizer reports each table a trigger writes and each function it calls. A trigger is accepted
only when its name is one of those families AND it writes nothing but its family's table AND calls
only its family's functions. Views and virtual tables other than the spatial index's R-trees are
refused outright.

Every statement here is read-only: the file is opened immutable; the analysis connection runs only
EXPLAIN, so no trigger body, view or function is ever executed.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ...toolbelt.i18n import tr
from ..sql import quote_identifier

WRITES = {sqlite3.SQLITE_INSERT: "INSERT", sqlite3.SQLITE_UPDATE: "UPDATE", sqlite3.SQLITE_DELETE: "DELETE"}
RTREE_FUNCTIONS = frozenset({"st_isempty", "st_minx", "st_maxx", "st_miny", "st_maxy"})
GPKG_CHECK_FUNCTIONS = frozenset({"strftime", "glob", "like", "lower", "upper", "length", "typeof"})
VIRTUAL = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\b", re.IGNORECASE)
RTREE_MODULE = re.compile(r"\bUSING\s+rtree\s*\(", re.IGNORECASE)
MAX_NAME_SHOWN = 60


def shown_name(name: str) -> str:
    """A schema object's name as a message shows it: a 3000-character name is cut, with its length."""
    if len(name) <= MAX_NAME_SHOWN:
        return repr(name)
    return tr("{start!r}… ({count} characters)").format(start=name[:MAX_NAME_SHOWN], count=len(name))


def connect(path: Path, trusted: bool) -> sqlite3.Connection:
    """Read-only and immutable; `trusted` only for the connection that runs EXPLAIN and nothing else."""
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    connection.execute(f"PRAGMA trusted_schema = {'ON' if trusted else 'OFF'}")
    return connection


@dataclass
class _Trace:
    """What the compiled trigger programs touch, by trigger name."""

    writes: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    functions: dict[str, set[str]] = field(default_factory=dict)

    def __call__(self, action: int, first: str | None, second: str | None, database: str | None, source: str | None) -> int:
        if source:
            if action in WRITES:
                self.writes.setdefault(source, set()).add((WRITES[action], str(first)))
            elif action == sqlite3.SQLITE_FUNCTION:
                self.functions.setdefault(source, set()).add(str(second).lower())
        return sqlite3.SQLITE_OK


def _family(name: str, table: str, geometry_columns: set[tuple[str, str]]) -> tuple[set[str], frozenset[str]] | None:
    """The tables a trigger of this name may write and the functions it may call; None: not a standard trigger."""
    lowered, on = name.lower(), table.lower()
    for layer, column in geometry_columns:
        rtree = f"rtree_{layer}_{column}".lower()
        if on == layer.lower() and re.fullmatch(re.escape(rtree) + r"_(insert|update\d|delete)", lowered):
            return {rtree}, RTREE_FUNCTIONS
    if re.fullmatch(r"trigger_(insert|delete)_feature_count_" + re.escape(on), lowered):
        return {"gpkg_ogr_contents"}, frozenset({"lower"})
    if lowered.startswith("gpkg_") and on.startswith("gpkg_"):
        return set(), GPKG_CHECK_FUNCTIONS
    return None


def _trace_triggers(path: Path, tables: list[str]) -> tuple[_Trace, list[str]]:
    """Compile (EXPLAIN) every write each table can receive; errors name the table."""
    trace = _Trace()
    errors = []
    connection = connect(path, trusted=True)
    try:
        for function in RTREE_FUNCTIONS:  # stand-ins so the standard's triggers compile; EXPLAIN never calls them
            connection.create_function(function, 1, lambda _value: None)
        connection.set_authorizer(trace)
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({quote_identifier(table)})")]
            name = quote_identifier(table)
            statements = [f"INSERT INTO {name} DEFAULT VALUES", f"DELETE FROM {name}"]
            if columns:
                assignments = ", ".join(f"{quote_identifier(c)} = {quote_identifier(c)}" for c in columns)
                statements.append(f"UPDATE {name} SET {assignments}")  # every column: UPDATE OF triggers compile too
            for statement in statements:
                try:
                    connection.execute(f"EXPLAIN {statement}").fetchall()
                except sqlite3.Error as exc:
                    message = tr("the triggers on {table} cannot be checked ({reason})")
                    errors.append(message.format(table=shown_name(table), reason=exc))
                    break
    finally:
        connection.set_authorizer(None)
        connection.close()
    return trace, errors


def executable_objects(path: Path, connection: sqlite3.Connection) -> list[str]:
    """What in the file could run (views, triggers, virtual tables) beyond the standard's own; [] when data only.

    `connection` is the caller's read-only, untrusted-schema connection to `path`.
    """
    objects = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    problems = [tr("a view {name}").format(name=shown_name(name)) for kind, name, _, _ in objects if kind == "view"]
    if problems:
        return problems  # a view may pose as a gpkg_* table: read nothing more through it
    try:
        geometry_columns = {
            (str(t), str(c)) for t, c in connection.execute("SELECT table_name, column_name FROM gpkg_geometry_columns")
        }
    except sqlite3.Error:
        geometry_columns = set()
    rtrees = {f"rtree_{t}_{c}".lower() for t, c in geometry_columns}
    for kind, name, _, sql in objects:
        if kind == "table" and VIRTUAL.match(sql or ""):
            if not (RTREE_MODULE.search(sql) and name.lower() in rtrees):
                problems.append(tr("a virtual table {name} that is not a spatial index").format(name=shown_name(name)))
    triggers = [(name, table) for kind, name, table, _ in objects if kind == "trigger"]
    if not triggers:
        return problems
    unknown = [(n, t) for n, t in triggers if _family(n, t, geometry_columns) is None]
    for name, table in unknown:
        problems.append(tr("a trigger {name} on {table}").format(name=shown_name(name), table=shown_name(table)))
    if problems:
        return problems
    trace, errors = _trace_triggers(path, sorted({table for _, table in triggers}))
    problems.extend(errors)
    for name, table in triggers:
        allowed_tables, allowed_functions = _family(name, table, geometry_columns)
        for action, target in sorted(trace.writes.get(name, set())):
            if target.lower() not in allowed_tables:
                problems.append(
                    tr("a trigger {name} on {table} that runs {action} on {target}").format(
                        name=shown_name(name), table=shown_name(table), action=action, target=shown_name(target)
                    )
                )
        for function in sorted(trace.functions.get(name, set()) - allowed_functions):
            problems.append(
                tr("a trigger {name} on {table} that calls {function}()").format(
                    name=shown_name(name), table=shown_name(table), function=function
                )
            )
    return problems
