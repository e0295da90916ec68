"""Preflight of one input as the Inputs page asks for it: the parameters of redline:preflight for a
role's layer, and its JSON report turned into a verdict (worst level, and what to do). The wizard runs
it in the background as each layer is chosen; `make demo` runs it for every input of the sample."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core.workflow.state import PreflightRecord, WorkflowState
from ..toolbelt.i18n import tr
from .plan import outputs_root
from .steps import input_roles

PREFLIGHT_ID = "redline:preflight"

LEVELS = ("ok", "warning", "error")


def preflight_parameters(state: WorkflowState, role: str) -> dict[str, Any]:
    """Parameters for a quick (sampled) check of the role's layer against the project's grid, with the
    province boundary as the study area (the grid's rectangle is larger than the province).

    The report is kept under `<workspace>_outputs/preflight/` so the technician can open it."""
    ref = state.inputs[role]
    check = input_roles()[role].check
    project = state.project
    folder = outputs_root(Path(project.workspace)) / "preflight"
    parameters: dict[str, Any] = {
        "INPUTS": [ref.source, check, str(ref.band) if ref.band != 1 else "", ""],
        "EXACT": False,
        "REPORT_ONLY": True,
        "OUTPUT_HTML": str(folder / f"{role}.html"),
        "OUTPUT_JSON": str(folder / f"{role}.json"),
    }
    if project.grid and Path(project.grid).is_file():
        parameters["REFERENCE"] = project.grid
    else:
        parameters["CELL_SIZE"] = project.cell_size
    if project.boundary is not None:
        parameters["BOUNDARY"] = project.boundary.source  # the study area the inputs must cover
    return parameters


def preflight_fingerprint(state: WorkflowState, role: str) -> str:
    """What a verdict holds for: the layer (and band) as it is now, on the grid as it is now."""
    return f"{state.inputs[role].fingerprint()}|{state.project.grid_basis}"


def preflight_verdict(report_json: str, fingerprint: str) -> PreflightRecord:
    """The worst level of the report's findings, and each warning and error with its fix."""
    report = json.loads(Path(report_json).read_text(encoding="utf-8"))
    findings = report.get("findings", [])
    worst = max((LEVELS.index(f.get("level", "ok")) for f in findings), default=0)
    messages = [
        " ".join(t for t in (f.get("message", ""), f.get("fix", "")) if t)
        for f in findings
        if f.get("level") in ("warning", "error")
    ]
    if not findings:
        messages = [tr("No finding.")]
    return PreflightRecord(fingerprint, LEVELS[worst], messages)
