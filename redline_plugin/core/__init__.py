"""All of the plugin's logic. Imports qgis.core, osgeo, numpy and shapely; never Qt widgets."""
