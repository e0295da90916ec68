"""The map report and the statistics of the red line: QGIS layout templates (resources/layouts) filled and
exported to one PDF, and CSV tables by county and by dominant function."""
