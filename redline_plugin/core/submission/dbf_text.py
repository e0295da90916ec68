"""Text values for the shapefile copy, whose DBF fields hold at most 254 bytes.

The standard counts characters (ZRBHD is Text(254)), a DBF counts bytes, and Chinese takes three
bytes a character in UTF-8: a long list of protected-area names does not fit. Left to GDAL, the value
is cut at the 254th byte, in the middle of a name. Here a list field keeps its whole leading names and
any other text its whole leading characters, so the copy is valid UTF-8 and says nothing false; every
cut is reported (rule W-shapefile) and STBHHX.gpkg keeps the full value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...toolbelt.i18n import tr
from ..tables import submission_schema as schema
from .patches import PatchSet
from .rules import Finding, finding


@dataclass(frozen=True)
class Cut:
    """One value of one patch as the shapefile copy holds it."""

    index: int  # row in the PatchSet
    field: str
    value: str  # what the DBF gets
    characters: int  # the full value's length in characters
    size: int  # the full value's length in UTF-8 bytes
    names: int  # whole names of a list kept; 0 when the value was cut at a character


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8"))


def dbf_width(spec: schema.Field) -> int:
    """A text field's DBF width in bytes: room for its standard length in characters of up to three UTF-8
    bytes (all of Chinese), capped at the DBF's 254. A width of `spec.length` bytes would cut PDYJ
    '极重要;极敏感;保护地' (11 characters, 29 bytes) in the middle of a character."""
    return min(schema.DBF_TEXT_BYTES, 3 * spec.length)


def fit_text(text: str, limit: int = schema.DBF_TEXT_BYTES, separator: str | None = None) -> str:
    """The longest leading part of `text` within `limit` UTF-8 bytes, ending at a whole value of a list.

    With a separator, whole values are kept while they fit; when not even the first one fits, it is cut
    at a whole character (a single name longer than the field has no better boundary).
    """
    if _utf8_size(text) <= limit:
        return text
    if separator:
        kept: list[str] = []
        size = 0
        for item in text.split(separator):
            added = _utf8_size(item) + (_utf8_size(separator) if kept else 0)
            if size + added > limit:
                break
            kept.append(item)
            size += added
        if kept:
            return separator.join(kept)
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def shapefile_cuts(patches: PatchSet, order: Sequence[int]) -> list[Cut]:
    """Every text value of the patches in `order` that the DBF cannot hold whole, with what it gets instead."""
    texts = [spec for spec in schema.PATCH_FIELDS if spec.kind == "Text"]
    limit = schema.DBF_TEXT_BYTES
    cuts = []
    for index in order:
        row = patches.attributes[index]
        for spec in texts:
            value = row.get(spec.name)
            if not isinstance(value, str) or len(value) * 4 <= limit or _utf8_size(value) <= limit:
                continue  # at most 4 bytes a character: short values need no encoding
            separator = schema.LIST_SEPARATOR if spec.multi else None
            kept = fit_text(value, separator=separator)
            names = 0
            if separator:
                parts = kept.split(separator)
                names = len(parts) if value.split(separator)[: len(parts)] == parts else 0
            cuts.append(Cut(index, spec.name, kept, len(value), _utf8_size(value), names))
    return cuts


def cut_findings(patches: PatchSet, cuts: Sequence[Cut]) -> list[Finding]:
    """One W-shapefile warning per cut value: the patch code, the field, the full length and what was kept."""
    found = []
    for cut in cuts:
        if cut.names:
            message = tr(
                "Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's "
                "254-byte field holds; STBHHX.shp keeps its first {kept} whole name(s), STBHHX.gpkg the full value."
            )
        else:
            message = tr(
                "Patch {code}: {field} has {characters} characters ({size} bytes in UTF-8), more than the shapefile's "
                "254-byte field holds; STBHHX.shp keeps its first {kept} character(s), STBHHX.gpkg the full value."
            )
        found.append(
            finding(
                "W-shapefile",
                message.format(
                    code=patches.label(cut.index),
                    field=cut.field,
                    characters=cut.characters,
                    size=cut.size,
                    kept=cut.names or len(cut.value),
                ),
                tr("Read the full value from STBHHX.gpkg; the shapefile is only a copy for tools that read nothing else."),
                codes=(patches.label(cut.index),),
                location=patches.location(cut.index),
                layer=f"{schema.PATCH_LAYER}.shp",
                value=float(cut.characters),
            )
        )
    return found
