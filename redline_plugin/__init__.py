"""Red Line Workbench: a QGIS plugin for the ecological protection red line (生态保护红线)."""


def classFactory(iface):
    """Import lazily so that loading the plugin list costs nothing until QGIS asks for it."""
    from .plugin import RedLinePlugin

    return RedLinePlugin(iface)
