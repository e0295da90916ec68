"""What the plugin needs from the Python QGIS runs in, checked once at load, told in the user's language.

QGIS ships PyQGIS, GDAL, numpy and shapely on every supported platform; the plugin needs nothing
else (coordinates move through GDAL's OSR, not pyproj: pyproj objects crash in QGIS 3.40's task
threads). A few features use a package that some QGIS installs lack (charts: matplotlib;
interactive charts: plotly; the national PostGIS store: psycopg2): they are imported where used,
and this check names them up front with how to install them on the user's platform, so that a
missing package is a sentence at load, not a traceback in the middle of a job. Whatever is missing,
the plugin still loads what works.
"""

from __future__ import annotations

import importlib
import importlib.util
import platform
from dataclasses import dataclass

from .i18n import tr


@dataclass(frozen=True)
class Requirement:
    module: str  # what is imported
    debian: str  # the Debian/Ubuntu package
    osgeo4w: str  # the OSGeo4W package (Windows)
    pip: str  # the pip name (macOS QGIS bundles pip)
    minimum: tuple[int, ...] = ()
    required: bool = True


REQUIREMENTS = (
    Requirement("numpy", "python3-numpy", "python3-numpy", "numpy", (1, 24)),
    Requirement("osgeo.gdal", "python3-gdal", "python3-gdal", "GDAL"),
    Requirement("shapely", "python3-shapely", "python3-shapely", "shapely", (1, 8)),
    Requirement("matplotlib", "python3-matplotlib", "python3-matplotlib", "matplotlib", required=False),
    Requirement("plotly", "python3-plotly", "python3-plotly", "plotly", required=False),
    Requirement("psycopg2", "python3-psycopg2", "python3-psycopg2", "psycopg2-binary", required=False),
)


def purpose(module: str) -> str:
    """What the user loses without `module`, in their language."""
    return {
        "numpy": tr("every raster step"),
        "osgeo.gdal": tr("every raster and vector step"),
        "shapely": tr("delineation, coding, checks, submission and the national merge"),
        "matplotlib": tr("the charts of the ledger statistics (the tables still work)"),
        "plotly": tr("the interactive chart page of the ledger statistics (the PNG charts still work)"),
        "psycopg2": tr("the national merge into PostGIS (the GeoPackage merge still works)"),
    }[module]


def _version(module) -> tuple[int, ...]:
    text = getattr(module, "__version__", "") or getattr(module, "VersionInfo", lambda: "")()
    parts = []
    for piece in str(text).split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing() -> list[tuple[Requirement, str]]:
    """Each requirement that cannot be imported (or is too old), with the reason."""
    result = []
    for requirement in REQUIREMENTS:
        if not requirement.required:  # found, not imported: QGIS's start-up does not pay for matplotlib
            try:
                found = importlib.util.find_spec(requirement.module) is not None
            except (ImportError, ValueError):
                found = False
            if not found:
                result.append((requirement, tr("not installed")))
            continue
        try:
            module = importlib.import_module(requirement.module)
        except Exception as error:  # noqa: BLE001 - a broken install raises anything; the user needs the sentence
            result.append((requirement, str(error) or type(error).__name__))
            continue
        if requirement.minimum and requirement.module != "osgeo.gdal" and _version(module) < requirement.minimum:
            result.append(
                (
                    requirement,
                    tr("version {found} is older than {needed}").format(
                        found=getattr(module, "__version__", "?"), needed=".".join(map(str, requirement.minimum))
                    ),
                )
            )
    return result


def install_hint(requirement: Requirement, system: str | None = None) -> str:
    """How to get the package on this platform (Windows OSGeo4W, Debian/Ubuntu, macOS)."""
    system = system or platform.system()
    if system == "Windows":
        return tr("Run the OSGeo4W Setup (Advanced Install) and add the package '{package}'.").format(package=requirement.osgeo4w)
    if system == "Darwin":
        hint = tr("In the QGIS Python console run: import pip; pip.main(['install', '{package}'])")
        return hint.format(package=requirement.pip)
    return tr("Install it with: sudo apt install {package}").format(package=requirement.debian)


def report(found: list[tuple[Requirement, str]] | None = None, system: str | None = None) -> str:
    """One paragraph per missing package: what it is for, why it failed, how to install it; '' when all is there."""
    found = missing() if found is None else found
    lines = []
    for requirement, reason in found:
        kind = tr("required") if requirement.required else tr("optional")
        lines.append(
            tr("{module} ({kind}) is not usable: {reason}. Without it: {purpose}. {hint}").format(
                module=requirement.module,
                kind=kind,
                reason=reason,
                purpose=purpose(requirement.module),
                hint=install_hint(requirement, system),
            )
        )
    return "\n".join(lines)
