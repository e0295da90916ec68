#!/usr/bin/env python3
"""Write the QGIS project `make run` opens: Fujian, with the wizard's Project and Inputs pages filled.

    wizard_project.py OUT_DIR      → OUT_DIR/fujian.qgz, OUT_DIR/fujian.gpkg (workspace), OUT_DIR/inputs/

Real data only (sample_data/): Fujian's counties as boundary and county layer, and the national 10 km
raster's NPP, precipitation, temperature and elevation bands as single-band VRTs (no copy). The
methods chosen are those these data allow: biodiversity maintenance by the NPP index, soil-erosion
sensitivity from relief amplitude (made from the elevation). A person opens the dock and runs the
steps from Importance on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SAMPLE = ROOT / "sample_data"
NATIONAL = SAMPLE / "china_npp_climate_10km" / "npp.tif"
COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
BANDS = {"npp": 1, "precipitation": 2, "temperature": 3, "elevation": 4}
CELL_SIZE_M = 5000.0


def main(out: Path) -> int:
    from osgeo import gdal
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    from redline_plugin import classFactory
    from redline_plugin.core.project_view import frame_project
    from redline_plugin.core.workflow.grid import GRID_NAME, grid_basis, write_reference_grid
    from redline_plugin.core.workflow.provinces import default_crs, province_by_code
    from redline_plugin.core.workflow.state import (
        LayerRef,
        WorkflowState,
        create_workspace,
        now_iso,
        save_to_project,
        save_to_workspace,
    )
    from redline_plugin.core.workflow.values import crs_text
    from redline_plugin.workflow.plan import outputs_root
    from redline_plugin.workflow.steps import FUNCTION_KEYS

    Processing.initialize()
    plugin = classFactory(None)
    plugin.initProcessing()
    inputs = out / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    project = QgsProject.instance()
    state = WorkflowState(current_step="importance")
    for role, band in BANDS.items():
        path = inputs / f"{role}.vrt"
        gdal.Translate(str(path), str(NATIONAL), format="VRT", bandList=[band])
        layer = QgsRasterLayer(str(path), role)
        project.addMapLayer(layer)
        state.inputs[role] = LayerRef(layer.source(), "gdal", role, 1)
    relief = processing.run("redline:relief", {"DEM": str(inputs / "elevation.vrt"), "OUTPUT": str(inputs / "relief.tif")})
    layer = QgsRasterLayer(relief["OUTPUT"], "relief")
    project.addMapLayer(layer)
    state.inputs["relief"] = LayerRef(layer.source(), "gdal", "relief", 1)
    counties = QgsVectorLayer(str(COUNTIES), "fujian_counties", "ogr")
    project.addMapLayer(counties)
    workspace = out / "fujian.gpkg"
    create_workspace(workspace)
    settings = state.project
    settings.province_code, settings.workspace, settings.cell_size = "350000", str(workspace), CELL_SIZE_M
    settings.crs = crs_text(default_crs(province_by_code("350000")))
    settings.boundary = settings.counties = LayerRef(counties.source(), "ogr", counties.name())
    settings.county_code_field, settings.county_name_field, settings.boundary_code_field = "adcode", "name", "pradcode"
    grid = outputs_root(workspace) / GRID_NAME
    write_reference_grid(counties.source(), CELL_SIZE_M, default_crs(province_by_code("350000")).toWkt(), grid)
    settings.grid, settings.grid_basis = str(grid), grid_basis(counties.source(), CELL_SIZE_M, settings.crs)
    state.choices = {"methods": {**dict.fromkeys(FUNCTION_KEYS, "skip"), "biodiversity": "npp"}, "sensitivity": ["soil_erosion"]}
    state.saved = now_iso()
    save_to_workspace(state, workspace)
    save_to_project(state, project)
    fujian = province_by_code("350000")
    frame_project(project, counties, default_crs(fujian), fujian.en)  # opens on Fujian, its CRS named
    written = project.write(str(out / "fujian.qgz"))
    plugin.unload()
    app.exitQgis()
    print(f"{out / 'fujian.qgz'}: {'written' if written else 'NOT written'}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "out" / "sample").resolve()))
