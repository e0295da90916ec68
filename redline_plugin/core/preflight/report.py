"""The preflight's report: its findings, the text a failing algorithm shows, JSON and a self-contained HTML page."""

from __future__ import annotations

import html
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid
from .findings import ERROR, OK, WARNING, Finding, PreflightInput


@dataclass
class PreflightReport:
    grid: ReferenceGrid
    inputs: list[PreflightInput]
    findings: list[Finding] = field(default_factory=list)
    exact: bool = True

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == WARNING]

    def error_text(self) -> str:
        """Every error with its fix, one per line: what a failing algorithm shows."""
        lines = [tr("Preflight found {count} error(s) in the inputs:").format(count=len(self.errors))]
        for finding in self.errors:
            lines.append(
                tr("• {layer}: {message} How to fix: {fix}").format(layer=finding.layer, message=finding.message, fix=finding.fix)
            )
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "plugin_version": plugin_version(),
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "exact": self.exact,
            "grid": {
                "description": self.grid.describe(),
                "crs_wkt": self.grid.crs_wkt,
                "geotransform": list(self.grid.geotransform),
                "width": self.grid.width,
                "height": self.grid.height,
                "has_study_area": bool(self.grid.study_area_wkt),
            },
            "summary": {"errors": len(self.errors), "warnings": len(self.warnings), "inputs": len(self.inputs)},
            "inputs": [{**asdict(i), "path": str(i.path)} for i in self.inputs],
            "findings": [asdict(f) for f in self.findings],
        }

    def write_json(self, path: str | os.PathLike) -> Path:
        return _write_text(Path(path), json.dumps(self.to_dict(), ensure_ascii=False, indent=2))

    def write_html(self, path: str | os.PathLike) -> Path:
        return _write_text(Path(path), report_html(self))


def report_html(report: PreflightReport) -> str:
    """A self-contained page: one table of findings per input, errors first, with the fix beside each."""
    labels = {OK: tr("OK"), WARNING: tr("Warning"), ERROR: tr("Error")}
    colours = {OK: "#e8f5e9", WARNING: "#fff8e1", ERROR: "#ffebee"}
    order = {ERROR: 0, WARNING: 1, OK: 2}
    head = tr("Preflight of the inputs")
    rows = []
    layers = list(dict.fromkeys(f.layer for f in report.findings))
    for layer in layers:
        findings = sorted((f for f in report.findings if f.layer == layer), key=lambda f: order[f.level])
        for index, finding in enumerate(findings):
            cell = f'<td rowspan="{len(findings)}"><b>{html.escape(layer)}</b></td>' if index == 0 else ""
            rows.append(
                f'<tr style="background:{colours[finding.level]}">{cell}<td>{labels[finding.level]}</td>'
                f"<td>{html.escape(finding.message)}</td><td>{html.escape(finding.fix)}</td></tr>"
            )
    mode = tr("every cell read") if report.exact else tr("a sample of blocks read (quick check)")
    summary = tr("{errors} error(s), {warnings} warning(s) in {inputs} input(s); {mode}.").format(
        errors=len(report.errors), warnings=len(report.warnings), inputs=len(report.inputs), mode=mode
    )
    grid_line = tr("Reference grid: {grid}").format(grid=report.grid.describe())
    made_by = tr("Red Line Workbench {version}, {time}").format(
        version=plugin_version(), time=datetime.now().strftime("%Y-%m-%d %H:%M")
    )
    headers = "".join(f"<th>{html.escape(text)}</th>" for text in (tr("Layer"), tr("Level"), tr("Finding"), tr("How to fix")))
    # pylupdate5 does not look inside f-strings: every tr() above stays outside the template
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(head)}</title>
<style>body{{font-family:sans-serif;margin:1.5em}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #bbb;padding:4px 8px;vertical-align:top;text-align:left}} th{{background:#eee}}</style></head>
<body><h1>{html.escape(head)}</h1>
<p>{html.escape(summary)}</p>
<p>{html.escape(grid_line)}<br>{html.escape(made_by)}</p>
<table><tr>{headers}</tr>
{chr(10).join(rows)}
</table></body></html>
"""


def _write_text(path: Path, text: str) -> Path:
    """Written beside the target and renamed: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
