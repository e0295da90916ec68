"""Ledger layers that are derived from data (nature, function): their current rows made equal to a result.

Derived rows have a natural key (patch × year × class, county × year). Writing a result means: insert
the keys that are new, give a new version to the rows whose content changed, close the rows whose key
the result no longer has, leave the rest alone. Running the same computation twice therefore changes
nothing, and the ledger's history shows exactly what a corrected input changed.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from ..feedback import Progress
from .store import LedgerStore, Row


@dataclass
class WriteCounts:
    inserted: int = 0
    updated: int = 0
    closed: int = 0
    unchanged: int = 0


def write_keyed(
    store: LedgerStore,
    layer: str,
    wanted: dict[Hashable, dict[str, Any]],
    existing: dict[Hashable, Row],
    counts: WriteCounts,
    progress: Progress,
) -> None:
    """Make the current rows under these keys exactly `wanted`, in one transaction (all or nothing).

    `update` compares content, so an unchanged row gets no new version.
    """
    total = len(wanted) + len(existing)
    with store.transaction():
        for done, (key, values) in enumerate(sorted(wanted.items(), key=lambda item: str(item[0]))):
            progress.step(done, total)
            row = existing.get(key)
            if row is None:
                store.insert(layer, values)
                counts.inserted += 1
            elif store.update(layer, row.uuid, values).values["valid_from"] != row.values["valid_from"]:
                counts.updated += 1
            else:
                counts.unchanged += 1
        for done, (key, row) in enumerate(existing.items(), start=len(wanted)):
            progress.step(done, total)
            if key not in wanted:
                store.delete(layer, row.uuid)
                counts.closed += 1
        progress.step(total, total)
