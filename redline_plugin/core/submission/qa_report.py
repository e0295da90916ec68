"""The QA report: one self-contained HTML page with every rule's status and every finding.

Every value that came from a package is escaped (a patch name may hold markup or SQL: it is shown,
never interpreted). The page carries the package date but no clock time, so the same findings give
the same bytes, which keeps the package's checksums reproducible.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from ..fonts import css_font_family
from ..raster.io import atomic_path
from ..tables import submission_schema as schema
from .rules import Finding, rule_title
from .validate import ValidationReport

STYLE = (
    "\nbody { font-family: " + css_font_family() + "; margin: 2em; color: #222; }\n"
    """h1 { font-size: 1.5em; } table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #bbb; padding: 4px 6px; text-align: left; vertical-align: top; font-size: 0.9em; }
th { background: #eee; } .error { color: #b00020; font-weight: bold; } .warning { color: #a15c00; }
.passed { color: #1a7837; } .skipped { color: #666; } .verdict { font-size: 1.2em; margin: 1em 0; }
"""
)
SEVERITY_ORDER = {schema.ERROR: 0, schema.WARNING: 1, schema.INFO: 2}
RULE_ORDER = {rule.id: number for number, rule in enumerate(schema.RULES)}


def severity_label(severity: str) -> str:
    return {schema.ERROR: tr("Error"), schema.WARNING: tr("Warning"), schema.INFO: tr("Note")}[severity]


def sorted_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], RULE_ORDER.get(f.rule, 99), f.codes, f.message))


def location_text(item: Finding) -> str:
    return f"{item.location[0]:.6f}, {item.location[1]:.6f}" if item.location else ""


def render(report: ValidationReport) -> str:
    counts: dict[str, int] = {}
    for item in report.findings:
        counts[item.rule] = counts.get(item.rule, 0) + 1
    passed, not_applicable = escape(tr("passed")), tr("not applicable here")
    rows = []
    for rule in schema.RULES:
        if rule.id in counts:
            text = escape(tr("{count} finding(s)").format(count=counts[rule.id]))
            status = f'<span class="{rule.severity}">{text}</span>'
        elif rule.id in report.checked:
            status = f'<span class="passed">{passed}</span>'
        else:
            text = escape(tr("not checked: {reason}").format(reason=report.skipped.get(rule.id, not_applicable)))
            status = f'<span class="skipped">{text}</span>'
        rows.append(
            f"<tr><td>{escape(rule.id)}</td><td>{escape(severity_label(rule.severity))}</td>"
            f"<td>{escape(rule_title(rule.id))}</td><td>{status}</td></tr>"
        )
    findings = []
    for item in sorted_findings(report.findings):
        findings.append(
            f'<tr><td>{escape(item.rule)}</td><td class="{item.severity}">{escape(severity_label(item.severity))}</td>'
            f"<td>{escape(', '.join(item.codes))}</td><td>{escape(location_text(item))}</td>"
            f"<td>{escape(item.message)}</td><td>{escape(item.fix)}</td></tr>"
        )
    if report.passed:
        verdict = tr("Accepted: no error; {warnings} warning(s).").format(warnings=len(report.warnings))
    else:
        verdict = tr("Refused: {errors} error(s), {warnings} warning(s).").format(
            errors=len(report.errors), warnings=len(report.warnings)
        )
    facts = [
        (tr("Subject"), report.subject),
        (tr("Province"), f"{report.province_code} {report.province_name}".strip()),
        (tr("Date"), report.date),
        (tr("Patches"), str(report.patch_count)),
        (tr("Total area (km², ellipsoidal)"), f"{report.total_area_km2:.4f}"),
        (tr("Standard version"), schema.STANDARD_VERSION),
        (tr("Validator"), tr("Red Line Workbench {version}").format(version=plugin_version())),
    ]
    fact_rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
    text = {
        "title": escape(tr("QA report of the ecological protection red line")),
        "short": escape(tr("QA report")),
        "rules": escape(tr("Rules")),
        "rule": escape(tr("Rule")),
        "severity": escape(tr("Severity")),
        "what": escape(tr("What it checks")),
        "result": escape(tr("Result")),
        "findings": escape(tr("Findings")),
        "codes": escape(tr("Patch code(s)")),
        "location": escape(tr("Location (lon, lat)")),
        "message": escape(tr("Message")),
        "fix": escape(tr("How to fix")),
        "none": escape(tr("No findings.")),
    }
    subject = escape(report.subject)
    notes = "".join(f"<li>{escape(note)}</li>" for note in report.notes)
    notes = f"<ul>{notes}</ul>" if notes else ""
    header = (
        f"<tr><th>{text['rule']}</th><th>{text['severity']}</th><th>{text['codes']}</th>"
        f"<th>{text['location']}</th><th>{text['message']}</th><th>{text['fix']}</th></tr>"
    )
    finding_table = f"<table>{header}{''.join(findings)}</table>" if findings else f"<p>{text['none']}</p>"
    verdict_class = "passed" if report.passed else "error"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{text["short"]} — {subject}</title>
<style>{STYLE}</style></head><body>
<h1>{text["title"]} — {subject}</h1>
<table>{fact_rows}</table>
<p class="verdict {verdict_class}">{escape(verdict)}</p>
{notes}
<h2>{text["rules"]}</h2>
<table><tr><th>{text["rule"]}</th><th>{text["severity"]}</th><th>{text["what"]}</th><th>{text["result"]}</th></tr>
{"".join(rows)}</table>
<h2>{text["findings"]}</h2>
{finding_table}
</body></html>
"""


def write_qa_report(report: ValidationReport, target: Path) -> Path:
    """Written beside the target and renamed, so a reader never sees half a report."""
    target = Path(target)
    with atomic_path(target) as temporary:  # a killed run's leftover is removed by the next write (core/tempfiles.py)
        temporary.write_text(render(report), encoding="utf-8")
    return target
