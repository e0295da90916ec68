"""A QgsTask whose work never raises inside the worker thread.

QGIS crashes or silently drops exceptions raised in `run()`. This base catches everything,
keeps the traceback, and hands result or error to callbacks that run on the main thread in
`finished()`, where touching layers and widgets is safe.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from qgis.core import QgsProcessingFeedback, QgsTask


class SafeTask(QgsTask):
    """Runs `work(feedback)` in the background; progress and cancel go through a Processing feedback."""

    def __init__(
        self,
        description: str,
        work: Callable[[QgsProcessingFeedback], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self._work = work
        self._on_success = on_success
        self._on_error = on_error
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result: Any = None
        self.error: str = ""
        self.error_detail: str = ""

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        try:
            self.result = self._work(self.feedback)
        except Exception as exc:  # noqa: BLE001 - nothing may escape the worker thread
            self.error = str(exc) or exc.__class__.__name__
            self.error_detail = traceback.format_exc()
            return False
        return not self.feedback.isCanceled()

    def finished(self, result: bool) -> None:
        if result:
            if self._on_success is not None:
                self._on_success(self.result)
        elif self._on_error is not None:
            self._on_error(self.error, self.error_detail)
