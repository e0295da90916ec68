"""The blockwise raster engine: windows along the file's tiles, nodata masks, atomic GeoTIFF output."""
