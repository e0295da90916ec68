"""One way to tell the user something: the QGIS message log always, the message bar when there is one."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from .metadata import plugin_name

_DURATIONS = {
    Qgis.MessageLevel.Info: 5,
    Qgis.MessageLevel.Success: 5,
    Qgis.MessageLevel.Warning: 10,
    Qgis.MessageLevel.Critical: 0,
}


def user_message(
    message: str,
    level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
    *,
    detail: str = "",
    duration: int | None = None,
    iface=None,
) -> None:
    """Log `message` (and its `detail`, such as a traceback) and show it in the bar if `iface` has one.

    Critical messages stay on the bar until dismissed (duration 0): a technician must not miss them.
    """
    tag = plugin_name()
    QgsMessageLog.logMessage(message + (f"\n{detail}" if detail else ""), tag, level)
    bar = iface.messageBar() if iface is not None and hasattr(iface, "messageBar") else None
    if bar is not None:
        from qgis.gui import QgsMessageBar  # here: qgis_process loads the plugin without a GUI

        seconds = _DURATIONS.get(level, 5) if duration is None else duration
        if detail and isinstance(bar, QgsMessageBar):  # a traceback stays behind the bar's "More" button
            bar.pushMessage(tag, message, detail, level, seconds)
        else:
            bar.pushMessage(tag, message, level=level, duration=seconds)
