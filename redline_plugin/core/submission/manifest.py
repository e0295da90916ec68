"""manifest.json: what a package says about itself, written by the export and checked by validation.

The manifest is the one file outside its own checksum list, so it alone carries the creation time;
every other member is byte-identical for the same inputs and package date. It is parsed as plain
JSON data (never evaluated) and every value is type-checked before anything trusts it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_name, plugin_version
from ..errors import RedLineError
from ..tables import submission_schema as schema

HASH_CHUNK = 1024 * 1024
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK_SKEW = dt.timedelta(days=1)  # a package made just after midnight somewhere east of the reader is not "future"
# The range of every number a manifest holds (rule 6: finite and within its field's range).
MAX_AREA_KM2 = 1.0e7  # China's land area is 9.6·10⁶ km²
MAX_COUNT = 10**9
MAX_FILE_BYTES = 2**63 - 1
MAX_INTEGER_DIGITS = 19  # longer integer literals are refused before Python converts them


@dataclass(frozen=True)
class FileEntry:
    path: str  # POSIX path inside the package
    sha256: str
    size: int


@dataclass
class Manifest:
    province_code: str
    province_name: str
    package_date: str  # YYYY-MM-DD, the date in the package name
    created: str  # ISO 8601 creation time (the only time field of the package)
    crs: str
    counts: dict[str, int]
    total_area_km2: float
    area_by_hxlx_km2: dict[str, float]
    area_by_county_km2: dict[str, float]
    files: list[FileEntry]
    standard_version: str = schema.STANDARD_VERSION
    plugin: str = field(default_factory=plugin_name)
    plugin_version: str = field(default_factory=plugin_version)

    def to_json(self) -> str:
        document = {
            "standard": schema.PATCH_LAYER,
            "standard_version": self.standard_version,
            "plugin": {"name": self.plugin, "version": self.plugin_version},
            "province": {"code": self.province_code, "name": self.province_name},
            "package_date": self.package_date,
            "created": self.created,
            "crs": self.crs,
            "counts": dict(sorted(self.counts.items())),
            "areas": {
                "total_km2": self.total_area_km2,
                "by_hxlx_km2": dict(sorted(self.area_by_hxlx_km2.items())),
                "by_county_km2": dict(sorted(self.area_by_county_km2.items())),
            },
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in sorted(self.files, key=lambda f: f.path)],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    @property
    def file_by_path(self) -> dict[str, FileEntry]:
        return {f.path: f for f in self.files}


def sha256_of(path: Path) -> tuple[str, int]:
    """Streamed, so a multi-gigabyte raster never sits in memory."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def file_entries(folder: Path) -> list[FileEntry]:
    """Every regular file under `folder` (the manifest excepted), sorted by path."""
    entries = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if relative == schema.MANIFEST_NAME:
            continue
        digest, size = sha256_of(path)
        entries.append(FileEntry(relative, digest, size))
    return entries


class ManifestError(RedLineError):
    """The manifest is not the standard's: the message says which entry."""


def _require(document: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str = "") -> Any:
    value = document.get(key)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ManifestError(
            tr("manifest.json: '{key}' is missing or has the wrong type. Rebuild the package with the export.").format(
                key=f"{where}{key}"
            )
        )
    return value


def _number(value: Any, key: str, maximum: float = MAX_AREA_KM2) -> float:
    """A finite number between 0 and `maximum`; an integer too large for a float is refused, never an OverflowError."""
    number = math.nan
    if not isinstance(value, bool) and isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
    if not math.isfinite(number):
        raise ManifestError(
            tr("manifest.json: '{key}' is not a finite number. Rebuild the package with the export.").format(key=key)
        )
    if not 0.0 <= number <= maximum:
        raise ManifestError(
            tr(
                "manifest.json: '{key}' = {value:g} is outside its range (0 to {maximum:g}). Rebuild the package with the export."
            ).format(key=key, value=number, maximum=maximum)
        )
    return number


def _whole(value: Any, key: str, maximum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ManifestError(
            tr(
                "manifest.json: '{key}' is not a whole number between 0 and {maximum:,}. Rebuild the package with the export."
            ).format(key=key, maximum=maximum)
        )
    return value


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ManifestError(
            tr(
                "manifest.json holds an integer of {digits} digits; no value of the standard is that large. "
                "Rebuild the package with the export."
            ).format(digits=len(text.lstrip("-")))
        )
    return int(text)


def date_problem(text: str, today: dt.date | None = None) -> str | None:
    """Why `text` (YYYY-MM-DD or YYYYMMDD) is not a package date: not a real calendar date, or in the future.

    None when it is one. One day of clock skew is allowed.
    """
    compact = text.replace("-", "")
    if not re.fullmatch(r"\d{8}", compact):
        return tr("'{date}' is not a date (YYYY-MM-DD)").format(date=text)
    try:
        value = dt.date(int(compact[:4]), int(compact[4:6]), int(compact[6:]))
    except ValueError:
        return tr("'{date}' is not a real calendar date").format(date=text)
    today = today or dt.date.today()
    if value > today + CLOCK_SKEW:
        return tr("'{date}' is in the future (today is {today})").format(date=text, today=today.isoformat())
    return None


def _created_problem(text: str) -> str | None:
    """The creation time: ISO 8601, and not in the future (one day of clock skew allowed)."""
    try:
        created = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return tr("'{time}' is not an ISO 8601 time").format(time=text)
    now = dt.datetime.now(created.tzinfo)  # aware against aware, naive (local) against naive
    if created > now + CLOCK_SKEW:
        return tr("'{time}' is in the future").format(time=text)
    return None


def _reject_constant(name: str) -> float:
    raise ManifestError(
        tr("manifest.json holds '{name}', which is not JSON. Rebuild the package with the export.").format(name=name)
    )


def parse_manifest(data: bytes) -> Manifest:
    """Plain JSON data checked value by value; anything unexpected is a ManifestError."""
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_reject_constant, parse_int=_parse_int)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: JSONDecodeError and friends
        raise ManifestError(
            tr("manifest.json is not valid UTF-8 JSON ({reason}). Rebuild the package with the export.").format(reason=exc)
        ) from exc
    if not isinstance(document, dict):
        raise ManifestError(tr("manifest.json is not a JSON object. Rebuild the package with the export."))
    standard_version = _require(document, "standard_version", str)
    if standard_version != schema.STANDARD_VERSION:
        raise ManifestError(
            tr("The package follows standard version {found}; this validator reads version {expected}.").format(
                found=standard_version, expected=schema.STANDARD_VERSION
            )
        )
    province = _require(document, "province", dict)
    code = _require(province, "code", str, "province.")
    if not re.fullmatch(r"\d{2}0000", code):
        raise ManifestError(tr("manifest.json: the province code '{code}' is not a 6-digit province code.").format(code=code))
    package_date = _require(document, "package_date", str)
    if not DATE_PATTERN.fullmatch(package_date):
        raise ManifestError(tr("manifest.json: the package date '{date}' is not YYYY-MM-DD.").format(date=package_date))
    problem = date_problem(package_date)
    if problem is not None:
        raise ManifestError(
            tr("manifest.json: the package date {problem}. Export the package again with today's or an earlier date.").format(
                problem=problem
            )
        )
    created = document.get("created", "")
    if created:
        problem = _created_problem(str(created))
        if problem is not None:
            raise ManifestError(
                tr("manifest.json: the creation time {problem}. Check the computer's clock and export again.").format(
                    problem=problem
                )
            )
    plugin = document.get("plugin") if isinstance(document.get("plugin"), dict) else {}
    counts = {}
    for key, value in _require(document, "counts", dict).items():
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise ManifestError(tr("manifest.json: the count of '{key}' is not a whole number.").format(key=key))
        counts[str(key)] = value
    areas = _require(document, "areas", dict)
    files = []
    for index, item in enumerate(_require(document, "files", list)):
        if not isinstance(item, dict):
            raise ManifestError(tr("manifest.json: files[{index}] is not an object.").format(index=index))
        path = _require(item, "path", str, f"files[{index}].")
        digest = _require(item, "sha256", str, f"files[{index}].")
        size = _whole(_require(item, "size", int, f"files[{index}]."), f"files[{index}].size", MAX_FILE_BYTES)
        if not SHA256_PATTERN.fullmatch(digest):
            raise ManifestError(tr("manifest.json: the checksum or size of '{path}' is malformed.").format(path=path))
        files.append(FileEntry(path, digest, size))
    return Manifest(
        province_code=code,
        province_name=str(province.get("name", "")),
        package_date=package_date,
        created=str(document.get("created", "")),
        crs=_require(document, "crs", str),
        counts=counts,
        total_area_km2=_number(areas.get("total_km2"), "areas.total_km2"),
        area_by_hxlx_km2={str(k): _number(v, f"areas.by_hxlx_km2.{k}") for k, v in _mapping(areas, "by_hxlx_km2").items()},
        area_by_county_km2={str(k): _number(v, f"areas.by_county_km2.{k}") for k, v in _mapping(areas, "by_county_km2").items()},
        files=files,
        standard_version=standard_version,
        plugin=str(plugin.get("name", "")),
        plugin_version=str(plugin.get("version", "")),
    )


def _mapping(document: dict[str, Any], key: str) -> dict[str, Any]:
    value = document.get(key, {})
    if not isinstance(value, dict):
        raise ManifestError(tr("manifest.json: '{key}' is not an object.").format(key=f"areas.{key}"))
    return value
