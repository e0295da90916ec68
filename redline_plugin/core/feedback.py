"""Progress and cancel for core loops, through a QgsProcessingFeedback or nothing at all.

One progress bar is shared by every stage of a run: a stage gets a slice of it (`progress.sub(a, b)`)
and must report *into* that slice, or the bar jumps back to 0 when the next function starts counting.
Hand a stage on as the Progress itself (every core function taking `feedback` accepts a Progress and
keeps its slice), or, where a QgsProcessingFeedback is needed (processing.run, a QGIS API),
as `progress.sub(a, b).as_feedback()`. Never hand on a slice's `.feedback`: that is the whole bar.
"""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback

from ..toolbelt.i18n import tr
from .errors import Cancelled


class Progress:
    """Maps the steps of one stage onto a slice of the feedback's 0–100 range and checks cancel.

    `feedback` is the root feedback (the whole bar, absolute 0–100); `start`/`end` are this stage's
    slice of it. Made from another Progress, the new one lies inside that one's slice.
    """

    def __init__(self, feedback: QgsProcessingFeedback | Progress | None, start: float = 0.0, end: float = 100.0) -> None:
        if isinstance(feedback, Progress):  # a caller's stage: 0–100 here is its slice
            span = feedback.end - feedback.start
            start, end = feedback.start + span * start / 100.0, feedback.start + span * end / 100.0
            feedback = feedback.feedback
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

    def finish(self) -> None:
        """The end of this slice, without a cancel check: for work that is already published."""
        if self.feedback is not None:
            self.feedback.setProgress(self.end)

    def info(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        if self.feedback is not None:
            self.feedback.pushWarning(message)

    def as_feedback(self) -> QgsProcessingFeedback:
        """A QgsProcessingFeedback whose 0–100 is this slice: for processing.run and QGIS APIs.

        Keep the returned object referenced while it is in use (it is an ordinary QObject).
        """
        return SliceFeedback(self)


class SliceFeedback(QgsProcessingFeedback):
    """A feedback that reports into a slice of another one and follows its cancel.

    Progress goes through the `progressChanged` signal, so calls from C++ (a native algorithm,
    GDAL through QGIS) land in the slice too; messages are passed on unchanged.
    """

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self._root = progress.feedback
        self._start = progress.start
        self._span = progress.end - progress.start
        if self._root is None:
            return
        self.progressChanged.connect(self._forward)
        canceled = getattr(self._root, "canceled", None)
        if canceled is not None and hasattr(canceled, "connect"):
            canceled.connect(self.cancel)
        if self._root.isCanceled():
            self.cancel()

    def _forward(self, value: float) -> None:
        self._root.setProgress(self._start + self._span * max(0.0, min(100.0, value)) / 100.0)

    def isCanceled(self) -> bool:
        return super().isCanceled() or (self._root is not None and self._root.isCanceled())

    def setProgressText(self, text: str) -> None:
        super().setProgressText(text)
        if self._root is not None and hasattr(self._root, "setProgressText"):
            self._root.setProgressText(text)

    def pushInfo(self, info: str) -> None:
        if self._root is not None:
            self._root.pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        if self._root is not None:
            self._root.pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        if self._root is not None and hasattr(self._root, "reportError"):
            self._root.reportError(error, fatalError)

    def pushDebugInfo(self, info: str) -> None:
        if self._root is not None and hasattr(self._root, "pushDebugInfo"):
            self._root.pushDebugInfo(info)

    def pushCommandInfo(self, info: str) -> None:
        if self._root is not None and hasattr(self._root, "pushCommandInfo"):
            self._root.pushCommandInfo(info)

    def pushConsoleInfo(self, info: str) -> None:
        if self._root is not None and hasattr(self._root, "pushConsoleInfo"):
            self._root.pushConsoleInfo(info)
