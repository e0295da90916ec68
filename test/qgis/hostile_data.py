"""Small province packages for the hostile-input and kill tests: a few square patches in one county,
exported by the real export (so each is a valid package to corrupt), and newer versions made by
repacking (a later date, one patch fewer) without exporting again."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from osgeo import ogr

from redline_plugin.core import geometry as geo
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import submission_data as data

# (province, county, county name, lon, lat): one county per province, patches near its real place
PROVINCES = (
    ("110000", "110108", "海淀区", 116.20, 40.00),
    ("130000", "130102", "长安区", 114.50, 38.05),
    ("140000", "140105", "小店区", 112.55, 37.75),
    ("210000", "210102", "和平区", 123.40, 41.78),
    ("340000", "340102", "瑶海区", 117.32, 31.88),
    ("350000", "350821", "长汀县", 116.35, 25.85),
    ("360000", "360781", "瑞金市", 116.02, 25.88),
    ("430000", "430102", "芙蓉区", 113.00, 28.20),
)
NAMES = {
    "110000": "北京市",
    "130000": "河北省",
    "140000": "山西省",
    "210000": "辽宁省",
    "340000": "安徽省",
    "350000": "福建省",
    "360000": "江西省",
    "430000": "湖南省",
}


def squares(lon: float, lat: float, count: int, size: float = 0.015) -> list:
    """`count` squares of `size` degrees on a row, 0.02° apart (no overlap, ~2 km² each)."""
    return [geo.box(lon + k * 0.02, lat, lon + k * 0.02 + size, lat + size) for k in range(count)]


def small_province(folder: Path, province: str, patches: int = 6, package_date: dt.date = data.PACKAGE_DATE) -> Path:
    """A valid package of one province: `patches` squares in its county, exported for real."""
    code, county, county_name, lon, lat = next(p for p in PROVINCES if p[0] == province)
    rows = data.coded_patches(county, county_name, squares(lon, lat, patches))
    outline = geo.box(lon - 0.05, lat - 0.05, lon + 0.05 + 0.02 * patches, lat + 0.06)
    return data.export_province(
        folder / province, code, NAMES[code], {county: (county_name, outline)}, rows, outline, package_date=package_date
    )


def newer(package: Path, folder: Path, package_date: dt.date, drop: int = 1) -> Path:
    """The same province `package_date` later, with its last `drop` patches removed (so its statistics differ)."""
    target = folder / package.name.replace(package.name[-12:-4], package_date.strftime("%Y%m%d"))

    def change(unpacked: Path) -> None:
        manifest = unpacked / schema.MANIFEST_NAME
        document = json.loads(manifest.read_text(encoding="utf-8"))
        document["package_date"] = package_date.isoformat()
        manifest.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

        def remove(layer: ogr.Layer) -> None:
            fids = sorted(feature.GetFID() for feature in layer)
            for fid in fids[-drop:]:
                layer.DeleteFeature(fid)

        data.edit_patches(unpacked, remove)
        _drop_from_shapefile(unpacked, drop)

    folder.mkdir(parents=True, exist_ok=True)
    return data.repack(package, target, change)


def _drop_from_shapefile(unpacked: Path, drop: int) -> None:
    dataset = ogr.Open(str(unpacked / f"{schema.PATCH_LAYER}.shp"), 1)
    layer = dataset.GetLayer(0)
    fids = sorted(feature.GetFID() for feature in layer)
    for fid in fids[-drop:]:
        layer.DeleteFeature(fid)
    dataset.ExecuteSQL(f"REPACK {layer.GetName()}")
    dataset = None


def with_manifest(package: Path, target: Path, edit: Callable[[str], str]) -> Path:
    """The package with its manifest.json text edited and every other member copied byte for byte
    (the manifest is outside its own checksum list, so nothing else needs to change)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == schema.MANIFEST_NAME:
                payload = edit(payload.decode("utf-8")).encode("utf-8")
            archive.writestr(info, payload)
    return target
