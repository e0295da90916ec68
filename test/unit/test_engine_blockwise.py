"""run_blockwise, scan_blockwise, value_range and grade_cumulative_many on real small GeoTIFFs."""

from __future__ import annotations

import json
import tracemalloc

import numpy as np
import pytest
from osgeo import gdal

from redline_plugin.core.assessment.grading import grade_cumulative
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.raster.cumulative import parse_breaks
from redline_plugin.core.raster.engine import (
    RasterInput,
    RasterOutput,
    grade_cumulative_many,
    run_blockwise,
    scan_blockwise,
    value_range,
    window_count,
)
from redline_plugin.core.raster.grid import RESAMPLING, ReferenceGrid
from redline_plugin.core.tables.classes import SENSITIVITY_3
from test.unit.engine_rasters import GK_117, LONLAT, files_in, read, smooth_field, wkt, write_raster
from test.unit.test_cumulative import sorted_reference

SMALL_BLOCKS = 256 * 256  # one output tile per window: many windows even on small rasters


@pytest.fixture
def grid() -> ReferenceGrid:
    """600 × 400 cells of 25 m in the Gauss–Krüger zone of 117°E: 6 windows of SMALL_BLOCKS."""
    return ReferenceGrid.from_extent(480000, 2900000, 495000, 2910000, 25, wkt(GK_117))


def on_grid(tmp_path, name, array, grid, nodata=None):
    return write_raster(tmp_path / name, array, grid.geotransform, GK_117, nodata)


def collect(grid, inputs, **kwargs):
    """Every input's values and mask as whole arrays, gathered window by window."""
    values = {i.key: np.zeros((grid.height, grid.width), np.float64) for i in inputs}
    masks = {i.key: np.zeros((grid.height, grid.width), bool) for i in inputs}

    def visit(block):
        w = block.window
        for key in values:
            values[key][w.yoff : w.yoff + w.ysize, w.xoff : w.xoff + w.xsize] = block.values[key]
            masks[key][w.yoff : w.yoff + w.ysize, w.xoff : w.xoff + w.xsize] = block.masks[key]

    scan_blockwise(grid, inputs, visit, block_cells=SMALL_BLOCKS, **kwargs)
    return values, masks


@pytest.mark.parametrize("resampling", ["bilinear", "nearest", "average", "mode"])
@pytest.mark.parametrize("case", ["other_crs", "other_cell_size", "offset"])
def test_misaligned_inputs_equal_a_whole_raster_warp(tmp_path, grid, case, resampling):
    """Blockwise reads through the warped VRT against one gdal.Warp of the whole raster.

    On the grid's own CRS the warp is affine and the two are identical to the bit. Across CRSs GDAL
    approximates the transformation to 0.125 pixel per chunk (as gdalwarp does), and chunks differ:
    compared with the exact transformation, a value may move by at most 0.125 source pixel.
    """
    if case == "other_crs":  # lon/lat degrees around the grid
        shape, geotransform, epsg = (260, 380), (116.77, 0.0007, 0, 26.31, 0, -0.0007), LONLAT
    elif case == "other_cell_size":  # 40 m cells
        shape, geotransform, epsg = (260, 380), (479800, 40, 0, 2910200, 0, -40), GK_117
    else:  # the grid's 25 m cells shifted by a third of a cell in both directions
        shape, geotransform, epsg = (410, 610), (479891.67, 25, 0, 2910108.33, 0, -25), GK_117
    values = smooth_field(*shape, seed=3)
    values[100:130, 150:200] = -9999  # a nodata hole inside
    path = write_raster(tmp_path / f"{case}.tif", values, geotransform, epsg, nodata=-9999)
    reference = gdal.Warp(
        "",
        str(path),
        format="MEM",
        outputBounds=grid.extent(),
        width=grid.width,
        height=grid.height,
        dstSRS=grid.crs_wkt,
        resampleAlg=RESAMPLING[resampling],
        srcNodata=-9999,
        dstNodata=-9999,
        errorThreshold=0.0,
    )
    expected = reference.GetRasterBand(1).ReadAsArray()
    got, masks = collect(grid, [RasterInput("x", path, resampling=resampling)])
    valid = masks["x"]
    np.testing.assert_array_equal(valid, expected != -9999)
    assert (~valid).sum() > 1000  # the hole came through as nodata
    if case != "other_crs":
        np.testing.assert_array_equal(got["x"][valid], expected[valid])
        return
    if resampling in ("nearest", "mode"):  # always a value of the source; rarely its neighbour's
        assert np.isin(got["x"][valid].astype(np.float32), values).all()
        assert (got["x"][valid] != expected[valid]).mean() < 0.02
    else:
        gradient = np.nanmax(np.hypot(*np.gradient(np.where(values == -9999, np.nan, values))))
        assert np.abs(got["x"][valid] - expected[valid]).max() <= 0.125 * gradient


def test_nan_without_declared_nodata_stays_out_of_the_bilinear_kernel(tmp_path, grid):
    values = smooth_field(260, 380, seed=4)
    values[100:130, 150:200] = np.nan  # a hole, and no nodata value declared
    path = write_raster(tmp_path / "nan.tif", values, (479800, 40, 0, 2910200, 0, -40), GK_117)
    _, masks = collect(grid, [RasterInput("x", path)])

    def warped(**nodata):
        common = {"outputBounds": grid.extent(), "width": grid.width, "height": grid.height, "resampleAlg": gdal.GRA_Bilinear}
        dataset = gdal.Warp("", str(path), format="MEM", dstSRS=grid.crs_wkt, dstNodata=float("nan"), **common, **nodata)
        return ~np.isnan(dataset.GetRasterBand(1).ReadAsArray())

    np.testing.assert_array_equal(masks["x"], warped(srcNodata=float("nan")))
    assert (~masks["x"]).sum() < (~warped()).sum()  # without it, NaN spreads to the neighbours of the hole


def test_integer_classes_stay_integers_and_continuous_integers_become_floats(tmp_path, grid):
    codes = np.random.default_rng(1).integers(1, 6, (400, 600)).astype(np.uint8)
    path = on_grid(tmp_path, "codes.tif", codes, grid, nodata=255)
    seen = {}

    def visit(block):
        seen.update({key: value.dtype for key, value in block.values.items()})

    scan_blockwise(
        grid, [RasterInput("class", path, resampling="nearest"), RasterInput("cont", path, resampling="bilinear")], visit
    )
    assert seen == {"class": np.uint8, "cont": np.float32}


def test_nodata_of_any_input_propagates_and_nan_results_become_nodata(tmp_path, grid):
    a = smooth_field(400, 600, seed=1)
    b = smooth_field(400, 600, seed=2)
    a[:100] = -9999
    b[:, :80] = np.nan
    pa = on_grid(tmp_path, "a.tif", a, grid, nodata=-9999)
    pb = on_grid(tmp_path, "b.tif", b, grid)  # NaN without a declared nodata is still nodata
    out = tmp_path / "out" / "ratio.tif"

    def ratio(block):
        v = block.values
        return {"ratio": np.log(v["a"] - 150.0) / v["b"]}  # log of negatives is NaN

    with np.errstate(invalid="ignore", divide="ignore"):
        run_blockwise(
            grid,
            [RasterInput("a", pa), RasterInput("b", pb)],
            [RasterOutput("ratio", out, nodata=-1.0)],
            ratio,
            block_cells=SMALL_BLOCKS,
        )
        expected = np.log(a.astype(np.float64) - 150.0) / b
    result = read(out)
    invalid = (a == -9999) | np.isnan(b) | np.isnan(expected)
    assert (result[invalid] == -1.0).all()
    np.testing.assert_allclose(result[~invalid], expected[~invalid], rtol=1e-6)
    assert ((a - 150.0 <= 0) & ~invalid).sum() == 0 and (a[~invalid] > 150).all()
    assert 0 < (~invalid).sum() < invalid.size


def test_fused_pass_reads_each_window_once_and_writes_every_output(tmp_path, grid):
    a = smooth_field(400, 600, seed=1)
    pa = on_grid(tmp_path, "a.tif", a, grid)
    calls = []

    def compute(block):
        calls.append(block.window)
        return {"double": block.values["a"] * 2, "grade": (block.values["a"] > 300).astype(np.uint8) + 1}

    outputs = [
        RasterOutput("double", tmp_path / "double.tif", units="index", description="twice", method="test", parameters={"k": 2}),
        RasterOutput("grade", tmp_path / "grade.tif", gdal.GDT_Byte, 0, classes=SENSITIVITY_3[1:]),
    ]
    written = run_blockwise(grid, [RasterInput("a", pa)], outputs, compute, block_cells=SMALL_BLOCKS)
    assert set(written) == {"double", "grade"}
    assert len(calls) == window_count(grid, SMALL_BLOCKS) == len(set(calls))
    # windows follow the output tiles: whole 256-row bands (the grid is narrower than two tiles)
    assert all(w.yoff % 256 == 0 and w.xoff % 256 == 0 for w in calls)
    np.testing.assert_array_equal(read(tmp_path / "double.tif"), a * 2)
    np.testing.assert_array_equal(read(tmp_path / "grade.tif"), (a > 300) + 1)
    dataset = gdal.Open(str(tmp_path / "double.tif"))
    assert dataset.GetMetadataItem("REDLINE_METHOD") == "test"
    assert json.loads(dataset.GetMetadataItem("REDLINE_PARAMETERS")) == {"k": 2}
    assert dataset.GetRasterBand(1).GetUnitType() == "index"
    assert dataset.GetRasterBand(1).GetBlockSize() == [256, 256]
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert (tmp_path / "grade.qml").exists() and not (tmp_path / "double.qml").exists()
    assert "极敏感" not in (tmp_path / "grade.qml").read_text(encoding="utf-8")  # only the classes given
    assert "敏感" in (tmp_path / "grade.qml").read_text(encoding="utf-8")


def test_one_array_for_two_outputs_gets_each_its_own_nodata(tmp_path, grid):
    a = smooth_field(400, 600)
    a[:10] = np.nan
    pa = on_grid(tmp_path, "a.tif", a, grid)

    def compute(block):
        shared = np.where(block.values["a"] > 300, np.nan, block.values["a"] * 1.0)
        return {"x": shared, "y": shared}

    outputs = [RasterOutput("x", tmp_path / "x.tif", nodata=-1), RasterOutput("y", tmp_path / "y.tif", nodata=-2)]
    run_blockwise(grid, [RasterInput("a", pa)], outputs, compute)
    hidden = np.isnan(a) | (a > 300)
    assert (read(tmp_path / "x.tif")[hidden] == -1).all() and (read(tmp_path / "y.tif")[hidden] == -2).all()
    np.testing.assert_array_equal(read(tmp_path / "y.tif")[~hidden], a[~hidden])


def test_two_band_output_with_band_metadata(tmp_path, grid):
    pa = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)

    def compute(block):
        return {"pair": np.stack([np.full(block.valid.shape, 3, np.uint8), np.full(block.valid.shape, 5, np.uint8)])}

    output = RasterOutput(
        "pair",
        tmp_path / "pair.tif",
        gdal.GDT_Byte,
        0,
        bands=2,
        band_descriptions=("bits",),
        band_metadata=({}, {"REDLINE_X_BITS": "1=a"}),
    )
    run_blockwise(grid, [RasterInput("a", pa)], [output], compute)
    dataset = gdal.Open(str(tmp_path / "pair.tif"))
    assert dataset.RasterCount == 2
    assert (dataset.GetRasterBand(2).ReadAsArray() == 5).all()
    assert dataset.GetRasterBand(2).GetDescription() == "bits"
    assert dataset.GetRasterBand(2).GetMetadataItem("REDLINE_X_BITS") == "1=a"


def test_an_exception_mid_pass_leaves_no_file_not_even_temporaries(tmp_path, grid):
    pa = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "keep.tif").write_bytes(b"previous result")  # an earlier output stays as it was
    seen = []

    def failing(block):
        seen.append(block.window)
        if len(seen) == 2:
            raise RuntimeError("disk full")
        return {"x": block.values["a"], "keep": block.values["a"]}

    outputs = [RasterOutput("x", out_dir / "x.tif", classes=SENSITIVITY_3), RasterOutput("keep", out_dir / "keep.tif")]
    with pytest.raises(RuntimeError, match="disk full"):
        run_blockwise(grid, [RasterInput("a", pa)], outputs, failing, block_cells=SMALL_BLOCKS)
    assert files_in(out_dir) == ["keep.tif"]
    assert (out_dir / "keep.tif").read_bytes() == b"previous result"


def test_a_failure_while_writing_an_earlier_window_leaves_no_file(tmp_path, grid):
    """Windows are written in a second thread while the next is computed: a write that fails there
    must still stop the pass and remove every temporary."""
    pa = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)
    out_dir = tmp_path / "out"
    computed = []

    def third_window_lacks_an_output(block):
        computed.append(block.window)
        results = {"x": block.values["a"] * 2, "y": block.values["a"] + 1}
        if len(computed) == 3:
            del results["y"]  # raises in the writer thread, not in compute
        return results

    outputs = [RasterOutput("x", out_dir / "x.tif"), RasterOutput("y", out_dir / "y.tif")]
    with pytest.raises(KeyError, match="no block for output 'y'"):
        run_blockwise(grid, [RasterInput("a", pa)], outputs, third_window_lacks_an_output, block_cells=SMALL_BLOCKS)
    assert files_in(out_dir) == []
    assert len(computed) < window_count(grid, SMALL_BLOCKS)  # stopped early, not after the last window


def test_cells_outside_the_study_area_are_nodata_in_every_pass(tmp_path, grid):
    """An input clipped to the province's rectangle has valid data outside the province; those cells
    must not enter a range, a grading or an output."""
    values = smooth_field(400, 600)
    values[:, 300:] += 1000.0  # the eastern half, outside the study area, would dominate min, max and grading
    pa = on_grid(tmp_path, "a.tif", values, grid)
    x0, dx, _, y0, _, dy = grid.geotransform
    west = grid.with_study_area(
        f"POLYGON(({x0} {y0},{x0 + 300 * dx} {y0},{x0 + 300 * dx} {y0 + 400 * dy},{x0} {y0 + 400 * dy},{x0} {y0}))"
    )
    inside = np.zeros((400, 600), bool)
    inside[:, :300] = True
    ranges = value_range(west, [RasterInput("a", pa)], block_cells=SMALL_BLOCKS)
    assert ranges["a"] == (float(values[inside].min()), float(values[inside].max()))
    run_blockwise(
        west,
        [RasterInput("a", pa)],
        [RasterOutput("x", tmp_path / "x.tif")],
        lambda b: {"x": b.values["a"]},
        block_cells=SMALL_BLOCKS,
    )
    written = read(tmp_path / "x.tif")
    np.testing.assert_array_equal(written[inside], values[inside])
    assert (written[~inside] == -9999.0).all()
    result = grade_cumulative_many(
        {"a": RasterInput("a", pa)},
        {"a": RasterOutput("a", tmp_path / "g.tif", data_type=gdal.GDT_Byte, nodata=0)},
        west,
        block_cells=SMALL_BLOCKS,
    )
    assert result["a"].thresholds == sorted_reference(values[inside], parse_breaks("50,80"))
    assert result["a"].valid_cells == inside.sum()
    assert (read(tmp_path / "g.tif")[~inside] == 0).all()


def test_a_ragged_study_area_keeps_exactly_the_cells_whose_centre_is_inside(tmp_path, grid):
    pa = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)
    x0, dx, _, y0, _, dy = grid.geotransform
    # a triangle: its hypotenuse cuts cells, so windows need the rasterizer, not the all-in/all-out shortcut
    triangle = grid.with_study_area(f"POLYGON(({x0} {y0},{x0 + 600 * dx} {y0},{x0} {y0 + 400 * dy},{x0} {y0}))")
    _, masks = collect(triangle, [RasterInput("a", pa)])
    rows, cols = np.mgrid[0:400, 0:600]
    centre_inside = (cols + 0.5) / 600 + (rows + 0.5) / 400 < 1
    np.testing.assert_array_equal(masks["a"], centre_inside)


def test_a_bad_input_fails_before_any_output_exists(tmp_path, grid):
    good = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)
    nocrs = write_raster(tmp_path / "nocrs.tif", smooth_field(400, 600), grid.geotransform, None)
    out_dir = tmp_path / "out"
    with pytest.raises(RedLineError, match="no coordinate reference system"):
        run_blockwise(
            grid, [RasterInput("a", good), RasterInput("b", nocrs)], [RasterOutput("x", out_dir / "x.tif")], lambda b: {"x": 1}
        )
    assert not out_dir.exists()


def test_overwriting_drops_the_previous_style_and_statistics(tmp_path, grid):
    pa = on_grid(tmp_path, "a.tif", smooth_field(400, 600), grid)
    target = tmp_path / "out.tif"
    run_blockwise(
        grid, [RasterInput("a", pa)], [RasterOutput("x", target, gdal.GDT_Byte, 0, classes=SENSITIVITY_3)], lambda b: {"x": 1}
    )
    assert target.with_suffix(".qml").exists()
    target.with_name("out.tif.aux.xml").write_text("<PAMDataset/>")
    run_blockwise(grid, [RasterInput("a", pa)], [RasterOutput("x", target)], lambda b: {"x": b.values["a"]})
    assert files_in(tmp_path) == ["a.tif", "out.tif"]


def test_memory_is_bounded_by_the_window_not_the_layer(tmp_path):
    size = 4000
    grid = ReferenceGrid.from_extent(300000, 2790000, 300000 + size * 30, 2790000 + size * 30, 30, wkt(GK_117))
    assert (grid.width, grid.height) == (size, size)
    path = tmp_path / "big.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), size, size, 1, gdal.GDT_Float32, ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1"]
    )
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs_wkt)
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    row = np.arange(size, dtype=np.float32)
    for yoff in range(0, size, 256):
        rows = min(256, size - yoff)
        dataset.GetRasterBand(1).WriteArray(np.tile(row + yoff, (rows, 1)), 0, yoff)
    dataset = None
    layer_bytes = size * size * 4
    block_cells = 4 * 256 * 256  # runs of four tiles: 1 MB of float32 per array
    tracemalloc.start()
    run_blockwise(
        grid,
        [RasterInput("a", path)],
        [RasterOutput("x", tmp_path / "x.tif")],
        lambda b: {"x": np.sqrt(b.values["a"]) * 2},
        block_cells=block_cells,
    )
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # two windows in flight (one read ahead), the compute's temporaries and the write copy
    assert peak < 10 * block_cells * 4 < layer_bytes / 6, f"peak {peak / 1e6:.1f} MB for a {layer_bytes / 1e6:.0f} MB layer"
    assert read(tmp_path / "x.tif")[3999, 3999] == pytest.approx(np.sqrt(3999.0 + 3840.0) * 2)  # the last strip starts at 3840


def test_value_range_is_exact_per_input_in_one_pass(tmp_path, grid):
    a = smooth_field(400, 600, seed=4).astype(np.float64) * 1.000000001
    b = smooth_field(400, 600, seed=5)
    a[10, 10] = -123.456789012345  # an extreme in one cell of one window
    a[:, 500:] = -9999  # nodata in a but not b: each input is judged on its own cells
    b[399, 599] = 9999.5
    pa = on_grid(tmp_path, "a.tif", a, grid, nodata=-9999)
    pb = on_grid(tmp_path, "b.tif", b, grid)
    ranges = value_range(grid, [RasterInput("a", pa), RasterInput("b", pb)], block_cells=SMALL_BLOCKS)
    valid = a != -9999
    assert ranges == {"a": (a[valid].min(), a[valid].max()), "b": (float(b.min()), 9999.5)}


def test_value_range_of_an_all_nodata_input_names_it(tmp_path, grid):
    empty = on_grid(tmp_path, "empty_fvc.tif", np.full((400, 600), -1, np.float32), grid, nodata=-1)
    with pytest.raises(RedLineError, match=r"'empty_fvc\.tif' has no valid cells"):
        value_range(grid, [RasterInput("fvc", empty)])


@pytest.mark.parametrize("breaks", ["50,80", "50,75,90"])
def test_grade_cumulative_many_equals_single_grading_and_a_full_sort(tmp_path, breaks):
    grid = ReferenceGrid.from_extent(480000, 2900000, 495000, 2900750, 25, wkt(GK_117))  # 600 × 30 cells
    rng = np.random.default_rng(7)
    sources = {
        "float32": rng.gamma(0.6, 100, (30, 600)).astype(np.float32),
        "float64": rng.lognormal(0, 2, (30, 600)),
        "ties": rng.integers(-2, 6, (30, 600)).astype(np.int16),
    }
    sources["float32"][:, :100] = -9999  # each source keeps its own nodata
    paths = {key: on_grid(tmp_path, f"{key}.tif", values, grid, nodata=-9999) for key, values in sources.items()}
    results = grade_cumulative_many(
        {key: RasterInput(key, path, resampling="nearest") for key, path in paths.items()},
        {key: RasterOutput(key, tmp_path / f"many_{key}.tif", gdal.GDT_Byte, 0) for key in paths},
        grid,
        breaks=breaks,
        block_cells=256 * 30,  # three windows
    )
    for key, values in sources.items():
        single = grade_cumulative(paths[key], tmp_path / f"single_{key}.tif", breaks=breaks)
        valid = values != -9999
        assert results[key].thresholds == single.thresholds == sorted_reference(values[valid], parse_breaks(breaks))
        np.testing.assert_array_equal(read(tmp_path / f"many_{key}.tif"), read(tmp_path / f"single_{key}.tif"))
        assert results[key].valid_cells == valid.sum()
        assert sum(results[key].cells_per_grade.values()) == valid.sum()
        assert (read(tmp_path / f"many_{key}.tif")[~valid] == 0).all()
    assert results["float64"].passes == 4 and results["float32"].passes == 2


def test_grade_cumulative_many_refuses_an_all_nodata_source_and_writes_nothing(tmp_path, grid):
    good = on_grid(tmp_path, "good.tif", smooth_field(400, 600), grid)
    empty = on_grid(tmp_path, "empty.tif", np.full((400, 600), -9999, np.float32), grid, nodata=-9999)
    with pytest.raises(RedLineError, match=r"'empty\.tif' has no valid cells"):
        grade_cumulative_many(
            {"a": RasterInput("a", good), "b": RasterInput("b", empty)},
            {
                "a": RasterOutput("a", tmp_path / "ga.tif", gdal.GDT_Byte, 0),
                "b": RasterOutput("b", tmp_path / "gb.tif", gdal.GDT_Byte, 0),
            },
            grid,
        )
    assert files_in(tmp_path) == ["empty.tif", "good.tif"]
