"""What the dock says when a step fails: what failed, why, what to do; the traceback only under "Details".

Errors reach the dock as text (a background task hands on `str(exc)` and the traceback). A RedLineError's
text is written for the user already (it names the layer or file and the fix). Anything else is a
defect of the plugin or of a library, and its text is a Python traceback or an English technical
sentence: QGIS turns an unexpected exception inside a Processing algorithm into a QgsProcessingException
whose message *is* the traceback. Such text is never shown as the reason; it goes to the details.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...toolbelt.i18n import tr

TRACEBACK = "Traceback (most recent call last)"
# Exception classes whose message is meant for the user (core/errors.py and its subclasses), as the
# last line of a traceback names them ("redline_plugin.core.errors.RedLineError: …").
USER_ERRORS = ("RedLineError", "PlanError", "ManifestError", "QgsProcessingException")
_LAST_LINE = re.compile(r"^(?:[\w.]+\.)?(\w+)(?::|$)")


@dataclass(frozen=True)
class Failure:
    """One failed run, in the user's words; `details` is for the "Details" expander and the QGIS log."""

    step: str
    reason: str
    advice: str
    details: str
    unexpected: bool

    @property
    def message(self) -> str:
        """One paragraph for the message bar, the banner and the page's run log."""
        text = tr("'{step}' failed: {reason}.").format(step=self.step, reason=self.reason.strip().rstrip(".。 "))
        return join_sentences(text, self.advice)


def join_sentences(first: str, second: str) -> str:
    """Two sentences in a row: a space after an English full stop, none after a Chinese one."""
    if not second:
        return first
    return first + ("" if first.endswith(("。", "：", "；")) else " ") + second


def _exception_class(detail: str) -> str:
    """The class name of the (last) exception of a traceback, or ''.

    Its line follows the last indented line (a frame or its code); the message after it may span lines.
    """
    if TRACEBACK not in detail:
        return ""
    lines = detail.rstrip().splitlines()
    last_frame = max((i for i, line in enumerate(lines) if line.startswith("  ")), default=-1)
    if last_frame + 1 >= len(lines):
        return ""
    match = _LAST_LINE.match(lines[last_frame + 1].strip())
    return match.group(1) if match else ""


def is_technical(error: str, detail: str = "") -> bool:
    """True when `error` is not written for the user: a traceback, or an exception other than ours."""
    if TRACEBACK in error or not error.strip():
        return True
    kind = _exception_class(detail)
    return bool(kind) and kind not in USER_ERRORS


def explain_error(error: str, detail: str = "") -> tuple[str, str]:
    """(reason for the user, details): a technical error becomes a translated sentence, its text a detail."""
    if not is_technical(error, detail):
        return error.strip(), detail.strip()
    parts = [error.strip()] if error.strip() and error.strip() not in detail else []
    parts += [detail.strip()] if detail.strip() else []
    return tr("the plugin met an unexpected error"), "\n\n".join(parts)


def explain(step: str, error: str, detail: str = "") -> Failure:
    """The failure of step `step` (its title) from the error text and traceback the task handed on."""
    reason, details = explain_error(error, detail)
    unexpected = is_technical(error, detail)
    advice = (
        tr(
            "Check the step's inputs and settings and run it again. If it fails again, send the details "
            "(the Details button, or QGIS's log panel) to the plugin's maintainers."
        )
        if unexpected
        else ""
    )
    # a user error's traceback only says where the plugin noticed the problem: no "Details" for it
    return Failure(step, reason, advice, details if unexpected else "", unexpected)
