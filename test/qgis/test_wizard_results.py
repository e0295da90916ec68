"""The figures a step's algorithms return, on its page: when two algorithms of one step both report
"Warnings" (export and validation) or "Patches" (the delineation's five calls), each figure stands under the
algorithm that gave it, not as the same word twice with different numbers."""

from __future__ import annotations

from qgis.core import QgsApplication

from redline_plugin.core.workflow.state import RunRecord
from redline_plugin.gui.wizard.results import ValueList


def test_figures_of_several_algorithms_are_grouped_under_their_algorithm(redline_provider, qtbot):
    calls = {"package": "redline:export_submission", "validate": "redline:validate_submission"}
    record = RunRecord(
        "r",
        "2026-12-07T00:00:00",
        "",
        {},
        {},
        {"package": {"PATCH_COUNT": 161, "WARNINGS": 121}, "validate": {"ERRORS": 0, "WARNINGS": 121}},
    )
    values = ValueList(calls)
    qtbot.addWidget(values)
    values.show_record(record)
    lines = values.text().splitlines()
    registry = QgsApplication.processingRegistry()
    export, validate = (registry.algorithmById(calls[key]).displayName() for key in ("package", "validate"))
    assert lines[0] == export and validate in lines
    assert lines.index(validate) > 0 and all(line.startswith("  ") for line in lines if line not in (export, validate))
    assert sum("121" in line for line in lines) == 2 and any("161" in line for line in lines[: lines.index(validate)])


def test_figures_of_one_algorithm_stand_alone(redline_provider, qtbot):
    record = RunRecord("r", "2026-12-07T00:00:00", "", {}, {}, {"damage": {"DAMAGE_ROWS": 3, "ACTIVITY_ROWS": 1}})
    values = ValueList({"damage": "redline:detect_damage"})
    qtbot.addWidget(values)
    values.show_record(record)
    assert len(values.text().splitlines()) >= 2 and not values.text().startswith(" ")
    assert all(": " in line for line in values.text().splitlines())
