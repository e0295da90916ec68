"""The shapefile copy checked byte for byte against STBHHX.gpkg, in the encoding its .cpg declares.

A DBF written in CP936 under a .cpg that says UTF-8 opens without an error in most tools and shows
garbled names; GDAL passes the bytes through. So the DBF is read here directly: each text field's
bytes are compared with what the export writes for the GeoPackage's value (encoded in the declared
encoding, cut as the export cuts at 254 bytes and as the DBF field's width cuts), and a value that
differs is decoded strictly to say whether it is not the declared encoding at all or another value.
"""

from __future__ import annotations

import codecs
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...toolbelt.i18n import tr
from ..tables import submission_schema as schema
from .dbf_text import fit_text
from .patches import PatchSet

WINDOWS_CODE_PAGES = {"65001": "utf-8", "936": "gbk", "54936": "gb18030", "950": "big5"}
MAX_PROBLEMS = 5


def cpg_encoding(text: str) -> str | None:
    """Python's codec for what a .cpg says ('UTF-8', '936', 'GBK', 'CP936' …); None when unknown."""
    name = text.strip()
    if name.isdigit():
        name = WINDOWS_CODE_PAGES.get(name, f"cp{name}")
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


@dataclass(frozen=True)
class DbfField:
    name: str
    kind: str
    offset: int  # within a record, after the deletion flag
    width: int


class DbfError(ValueError):
    """The DBF's header does not describe its records."""


def _fields(path: Path) -> tuple[int, int, int, list[DbfField]]:
    with open(path, "rb") as stream:
        head = stream.read(32)
        if len(head) < 32:
            raise DbfError("short header")
        records, header_size, record_size = struct.unpack("<IHH", head[4:12])
        descriptors = stream.read(max(0, header_size - 32))
    fields, offset = [], 1
    for start in range(0, len(descriptors) - 31, 32):
        block = descriptors[start : start + 32]
        if block[0] == 0x0D:
            break
        name = block[:11].split(b"\x00", 1)[0].decode("ascii", errors="replace")
        fields.append(DbfField(name, chr(block[11]), offset, block[16]))
        offset += block[16]
    size = path.stat().st_size
    if header_size < 33 or record_size < offset or size < header_size + records * record_size:
        raise DbfError("header and file size disagree")
    return records, header_size, record_size, fields


def dbf_text_rows(path: Path, names: list[str]) -> Iterator[dict[str, bytes]]:
    """The raw bytes (trailing spaces removed) of the named text fields, record by record; deleted ones skipped."""
    records, header_size, record_size, fields = _fields(path)
    wanted = [f for f in fields if f.name in names and f.kind == "C"]
    with open(path, "rb") as stream:
        stream.seek(header_size)
        for _ in range(records):
            record = stream.read(record_size)
            if len(record) < record_size:
                raise DbfError("truncated records")
            if record[:1] == b"*":
                continue
            yield {f.name: record[f.offset : f.offset + f.width].rstrip(b" \x00") for f in wanted}


def text_widths(path: Path) -> dict[str, int]:
    return {f.name: f.width for f in _fields(path)[3] if f.kind == "C"}


def expected_bytes(value: object, spec: schema.Field, width: int, encoding: str) -> bytes:
    """What the export writes for a GeoPackage value: cut at 254 bytes at a whole name, then to the field's width."""
    if value is None:
        return b""
    text = fit_text(str(value), separator=schema.LIST_SEPARATOR if spec.multi else None)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return b"\xff<unencodable>"  # never equal to a field's bytes: reported as a mismatch
    return data[:width].rstrip(b" \x00")


def compare_copy(dbf: Path, encoding: str, patches: PatchSet) -> list[str]:
    """Problems (each naming the patch and field) where the DBF's text is not the GeoPackage's in `encoding`."""
    specs = [spec for spec in schema.PATCH_FIELDS if spec.kind == "Text"]
    try:
        widths = text_widths(dbf)
        rows = list(dbf_text_rows(dbf, [spec.name for spec in specs]))
    except (OSError, DbfError) as exc:
        return [tr("its DBF cannot be read ({reason})").format(reason=exc)]
    by_code = {str(row.get("HXBM")): index for index, row in enumerate(patches.attributes)}
    problems: list[str] = []
    for number, raw in enumerate(rows, start=1):
        try:
            code = raw.get("HXBM", b"").decode(encoding)
        except UnicodeDecodeError:
            code = ""
        index = by_code.get(code)
        if index is None:
            problems.append(tr("record {number}: HXBM {code!r} is not a patch of STBHHX.gpkg").format(number=number, code=code))
            continue
        row = patches.attributes[index]
        for spec in specs:
            if spec.name not in raw:
                continue
            found = raw[spec.name]
            if found == expected_bytes(row.get(spec.name), spec, widths[spec.name], encoding):
                continue
            try:
                text = found.decode(encoding)
            except UnicodeDecodeError:
                problems.append(
                    tr("patch {code}: {field} is not valid {encoding}").format(code=code, field=spec.name, encoding=encoding)
                )
            else:
                problems.append(
                    tr("patch {code}: {field} reads {found!r} in the shapefile but {expected!r} in STBHHX.gpkg").format(
                        code=code, field=spec.name, found=text, expected=row.get(spec.name)
                    )
                )
        if len(problems) > MAX_PROBLEMS:
            break
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], tr("and more")]
    return problems
