"""metadata.xml: the ISO 19115 core (GB/T 19710 adopts it) in ISO 19139 XML, readable by any catalogue.

Title, abstract, extent, CRS, contact and date come from the export; the lineage lists every
method with its parameters as the graded rasters and the patch layer record them in their own
metadata (core/raster/metadata.describe_output), so the package says how it was made. Only the
package date enters the file, so it is byte-identical for the same inputs.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_name, plugin_version
from ..tables import submission_schema as schema

GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
ET.register_namespace("gmd", GMD)
ET.register_namespace("gco", GCO)


@dataclass(frozen=True)
class Contact:
    organisation: str
    person: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class ProcessStep:
    """One method that made a package input: its name, parameters, guideline and where it was recorded."""

    source: str
    method: str
    parameters: dict = field(default_factory=dict)
    guideline: str = ""
    plugin_version: str = ""
    created: str = ""


@dataclass
class PackageMetadata:
    file_identifier: str
    title: str
    abstract: str
    province_code: str
    province_name: str
    date: str  # YYYY-MM-DD
    extent: tuple[float, float, float, float]  # west, south, east, north (EPSG:4490)
    contact: Contact
    steps: list[ProcessStep]
    sources: list[str]
    formats: list[str]


def _element(parent: ET.Element, path: str, text: str | None = None, kind: str = "CharacterString") -> ET.Element:
    """Append gmd elements along `path` ('a/b/c'); the last one gets a gco:`kind` holding `text`."""
    node = parent
    for name in path.split("/"):
        node = ET.SubElement(node, f"{{{GMD}}}{name}")
    if text is not None:
        ET.SubElement(node, f"{{{GCO}}}{kind}").text = text
    return node


def _code(parent: ET.Element, path: str, list_name: str, value: str) -> None:
    node = _element(parent, path)
    ET.SubElement(
        node,
        f"{{{GMD}}}{list_name}",
        codeList=f"http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#{list_name}",
        codeListValue=value,
    ).text = value


def _contact(parent: ET.Element, path: str, contact: Contact) -> None:
    party = _element(parent, f"{path}/CI_ResponsibleParty")
    if contact.person:
        _element(party, "individualName", contact.person)
    _element(party, "organisationName", contact.organisation)
    info = _element(party, "contactInfo/CI_Contact")
    if contact.phone:
        _element(info, "phone/CI_Telephone/voice", contact.phone)
    if contact.email:
        _element(info, "address/CI_Address/electronicMailAddress", contact.email)
    _code(party, "role", "CI_RoleCode", "pointOfContact")


def build_metadata_xml(meta: PackageMetadata) -> bytes:
    root = ET.Element(f"{{{GMD}}}MD_Metadata")
    _element(root, "fileIdentifier", meta.file_identifier)
    _code(root, "language", "LanguageCode", "chi")
    _code(root, "characterSet", "MD_CharacterSetCode", "utf8")
    _code(root, "hierarchyLevel", "MD_ScopeCode", "dataset")
    _contact(root, "contact", meta.contact)
    _element(root, "dateStamp", meta.date, "Date")
    _element(root, "metadataStandardName", "ISO 19115:2003 / GB/T 19710-2005")
    _element(root, "metadataStandardVersion", "2003")
    reference = _element(root, "referenceSystemInfo/MD_ReferenceSystem/referenceSystemIdentifier/RS_Identifier")
    _element(reference, "code", schema.CRS_AUTHID)
    _element(reference, "codeSpace", "EPSG")

    identification = _element(root, "identificationInfo/MD_DataIdentification")
    citation = _element(identification, "citation/CI_Citation")
    _element(citation, "title", meta.title)
    cited = _element(citation, "date/CI_Date")
    _element(cited, "date", meta.date, "Date")
    _code(cited, "dateType", "CI_DateTypeCode", "creation")
    _element(citation, "edition", tr("Submission standard version {version}").format(version=schema.STANDARD_VERSION))
    _element(identification, "abstract", meta.abstract)
    _contact(identification, "pointOfContact", meta.contact)
    keywords = _element(identification, "descriptiveKeywords/MD_Keywords")
    for word in ("生态保护红线", schema.PATCH_LAYER, meta.province_name, meta.province_code):
        if word:
            _element(keywords, "keyword", word)
    _code(identification, "language", "LanguageCode", "chi")
    _element(identification, "topicCategory/MD_TopicCategoryCode").text = "environment"
    box = _element(identification, "extent/EX_Extent/geographicElement/EX_GeographicBoundingBox")
    west, south, east, north = meta.extent
    for name, value in (("westBoundLongitude", west), ("eastBoundLongitude", east), ("southBoundLatitude", south)):
        _element(box, name, f"{value:.6f}", "Decimal")
    _element(box, "northBoundLatitude", f"{north:.6f}", "Decimal")

    distribution = _element(root, "distributionInfo/MD_Distribution")
    for name in meta.formats:
        fmt = _element(distribution, "distributionFormat/MD_Format")
        _element(fmt, "name", name)
        _element(fmt, "version", "-")

    quality = _element(root, "dataQualityInfo/DQ_DataQuality")
    _code(quality, "scope/DQ_Scope/level", "MD_ScopeCode", "dataset")
    lineage = _element(quality, "lineage/LI_Lineage")
    _element(
        lineage,
        "statement",
        tr(
            "Assessed, delineated and validated with {plugin} {version} following the submission standard version {standard}."
        ).format(plugin=plugin_name(), version=plugin_version(), standard=schema.STANDARD_VERSION),
    )
    for step in meta.steps:
        process = _element(lineage, "processStep/LI_ProcessStep")
        parameters = json.dumps(step.parameters, ensure_ascii=False, sort_keys=True)
        details = [f"{step.method}: {parameters}"]
        if step.guideline:
            details.append(step.guideline)
        if step.plugin_version:
            details.append(f"{plugin_name()} {step.plugin_version}")
        _element(process, "description", " | ".join(details))
        _element(process, "rationale", step.source)
        if step.created:
            _element(process, "dateTime", step.created, "DateTime")
    for source in meta.sources:
        _element(lineage, "source/LI_Source/description", source)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_metadata_xml(meta: PackageMetadata, target: Path) -> Path:
    target.write_bytes(build_metadata_xml(meta))
    return target
