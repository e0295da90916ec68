"""Progress and cancel for core loops, through a QgsProcessingFeedback or nothing at all."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback

from ..toolbelt.i18n import tr
from .errors import Cancelled


class Progress:
    """Maps the steps of one stage onto a slice of the feedback's 0–100 range and checks cancel.

    Several passes over a raster share one progress bar: each pass gets its own slice.
    """

    def __init__(self, feedback: QgsProcessingFeedback | None, start: float = 0.0, end: float = 100.0) -> None:
        self.feedback = feedback
        self.start = start
        self.end = end

    def sub(self, fraction_start: float, fraction_end: float) -> Progress:
        span = self.end - self.start
        return Progress(self.feedback, self.start + span * fraction_start, self.start + span * fraction_end)

    def check(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise Cancelled(tr("Cancelled by the user; nothing was written."))

    def step(self, done: int, total: int) -> None:
        self.check()
        if self.feedback is not None and total > 0:
            self.feedback.setProgress(self.start + (self.end - self.start) * done / total)

    def info(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushWarning(message)
