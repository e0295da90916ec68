"""Every step as a QGIS Processing algorithm: thin classes that validate parameters and call core."""
