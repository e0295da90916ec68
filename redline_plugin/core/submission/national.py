"""redline:merge_national: many province packages in, one national red line out.

Each package is validated with the same rules as the province's export (a failing or hostile
package is reported and left out whole, and never stops the others), loaded into the national
store, and edge-matched along every shared border with its neighbours, whether they came in this
run or were merged before. The newest package of a province wins; re-merging replaces that
province's rows. A package dated in the future or on a day that does not exist never takes part in
"newest": it is refused, and a stored one cannot lock out a real later package.

The whole run is one transaction over the store, committed last, after the reports are written: a
run killed at any moment leaves the store as it was before (provinces and statistics together), and
running it again does the whole job and rewrites the reports.

At the national level the province-boundary rule (E3-inside) is judged with the edge-matching search
distance rather than the province's 1 m: a province draws against its own boundary data, so a
patch that crosses the national border line by less than the search distance is an edge-matching
matter (an overlap with the neighbour, reported with both codes), not a reason to refuse the package.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import QgsVectorLayer

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import Cancelled, RedLineError
from ..feedback import Progress
from ..geodesy import distance_area
from ..tables import submission_schema as schema
from .edge_match import EdgeFinding, ProvinceSide, border_zone_rows, match_pair, shared_border
from .manifest import date_problem, sha256_of
from .national_report import PackageLine, write_edge_csv, write_index, write_pair_report, write_statistics_csv
from .national_store import NationalStore, PackageInfo, StatisticsRow, open_store
from .qa_report import write_qa_report
from .references import Boundaries, load_boundaries
from .safe_unzip import Limits
from .snippets import render_snippet
from .validate import Thresholds, checked_package


@dataclass
class MergeRequest:
    packages: Sequence[Path]
    report_folder: Path
    output_gpkg: Path | None = None
    postgis: str | None = None  # a QGIS connection name or a connection string
    postgis_schema: str = "public"
    provinces: QgsVectorLayer | str | None = None
    province_code_field: str | None = None
    counties: QgsVectorLayer | str | None = None
    county_code_field: str | None = None
    search_m: float = schema.EDGE_SEARCH_DISTANCE_M
    offset_m: float = schema.EDGE_VERTEX_OFFSET_M
    thresholds: Thresholds = field(default_factory=Thresholds)
    limits: Limits = field(default_factory=Limits)
    workdir: Path | None = None
    snippets_per_pair: int = 20


@dataclass
class MergeResult:
    store: str
    packages: list[PackageLine]
    edge_findings: list[EdgeFinding]
    pairs: list[tuple[str, str]]
    statistics: list[StatisticsRow]
    index: Path
    statistics_csv: Path

    def status(self, package: str) -> str:
        return next(line.status for line in self.packages if line.package == package)


@dataclass
class _Candidate:
    path: Path
    province: str
    date: str


def _candidates(paths: Sequence[Path]) -> tuple[list[_Candidate], list[PackageLine]]:
    """The newest package of each province; older ones of the same run are reported as superseded.

    A package whose name carries no real date, or one in the future, is validated (and refused) on
    its own: it never supersedes a real package.
    """
    by_province: dict[str, list[_Candidate]] = {}
    chosen, superseded = [], []
    for path in paths:
        match = schema.PACKAGE_NAME_PATTERN.fullmatch(Path(path).name)
        province = match["province"] if match else f"?{Path(path).name}"
        candidate = _Candidate(Path(path), province, match["date"] if match else "")
        if match is None or date_problem(candidate.date) is not None:
            chosen.append(candidate)
        else:
            by_province.setdefault(province, []).append(candidate)
    for province, group in sorted(by_province.items()):
        group.sort(key=lambda c: (c.date, c.path.name))
        chosen.append(group[-1])
        for older in group[:-1]:
            message = tr("{newer} is newer.").format(newer=group[-1].path.name)
            superseded.append(PackageLine(older.path.name, province, "", "superseded", message, 0, 0, 0, 0.0, ""))
    return chosen, superseded


def _open_store(request: MergeRequest) -> NationalStore:
    if request.postgis:
        from .postgis import PostgisStore

        return PostgisStore(request.postgis, request.postgis_schema)
    if request.output_gpkg is None:
        raise RedLineError(tr("Choose a national GeoPackage or a PostGIS connection to merge into."))
    return open_store(Path(request.output_gpkg))


def _province_name(code: str, manifest_name: str, boundaries: Boundaries | None) -> str:
    if manifest_name:
        return manifest_name
    return boundaries.names.get(code, "") if boundaries is not None else ""


def merge_national(request: MergeRequest, feedback=None) -> MergeResult:
    """Validate and load each province's newest package, edge-match the borders touched, refresh the statistics.

    With province boundaries only the patches near a province's outline stay in memory for edge
    matching, so memory grows with the length of the borders, not with the number of patches.
    """
    progress = Progress(feedback)
    if not request.packages:
        raise RedLineError(tr("Give at least one province package to merge."))
    report_folder = Path(request.report_folder)
    report_folder.mkdir(parents=True, exist_ok=True)
    boundaries = (
        load_boundaries(request.provinces, code_field=request.province_code_field, province_level=True)
        if request.provinces
        else None
    )
    counties = load_boundaries(request.counties, code_field=request.county_code_field) if request.counties else None
    notes = [*(boundaries.warnings if boundaries else []), *(counties.warnings if counties else [])]
    if boundaries is None:
        notes.append(tr("No province boundaries were given: the inside-province rule and gaps along borders were not checked."))
    chosen, lines = _candidates(request.packages)
    chosen.sort(key=lambda c: (c.province, c.date, c.path.name))
    store = _open_store(request)
    sides: dict[str, ProvinceSide] = {}
    merged: set[str] = set()
    try:
        store.begin()
        for number, candidate in enumerate(chosen):
            stage = progress.sub(0.75 * number / len(chosen), 0.75 * (number + 1) / len(chosen))
            lines.append(_merge_one(request, candidate, store, boundaries, counties, sides, merged, report_folder, stage))
        progress.info(tr("Edge matching along shared borders…"))
        findings, pairs, pair_links = _edge_matching(
            request, store, boundaries, sides, merged, report_folder, progress.sub(0.75, 0.95)
        )
        store.replace_edge_findings(set(pairs), findings)
        statistics = store.refresh_statistics()
        description = store.describe()
        progress.step(96, 100)
        statistics_csv = write_statistics_csv(report_folder / "national_statistics.csv", statistics)
        write_edge_csv(report_folder / "edge_findings.csv", findings)
        lines.sort(key=lambda line: (line.province_code, line.package))
        index = write_index(report_folder, description, lines, pair_links, statistics, notes)
        progress.step(98, 100)
        progress.info(tr("Committing the run to the national store…"))
        progress.check()  # the last moment a cancel leaves the store as it was
        try:
            store.commit()
        except RedLineError:
            for written in (index, statistics_csv, report_folder / "edge_findings.csv"):
                written.unlink(missing_ok=True)  # no report may describe a run the store does not hold
            raise
    finally:
        store.close()  # rolls the run back unless it was committed
    progress.step(100, 100)
    return MergeResult(description, lines, findings, pairs, statistics, index, statistics_csv)


def _merge_one(
    request: MergeRequest,
    candidate: _Candidate,
    store: NationalStore,
    boundaries: Boundaries | None,
    counties: Boundaries | None,
    sides: dict[str, ProvinceSide],
    merged: set[str],
    report_folder: Path,
    progress: Progress,
) -> PackageLine:
    """Validate one package and, if it passes, load it; what happened is the returned line."""
    name = candidate.path.name
    code = candidate.province if not candidate.province.startswith("?") else ""
    try:
        digest = sha256_of(candidate.path)
    except OSError as exc:
        message = tr("{package} cannot be read ({reason}). Check the path and the file's permissions.").format(
            package=candidate.path, reason=exc.strerror or exc
        )
        return PackageLine(name or str(candidate.path), code, "", "refused", message, 1, 0, 0, 0.0, "")
    loaded = store.loaded(code) if code else None
    if loaded is not None and loaded.sha256 == digest[0]:
        return PackageLine(name, code, loaded.province_name, "unchanged", "", 0, 0, loaded.patches, loaded.area_km2, "")
    if (
        loaded is not None
        and date_problem(loaded.package_date) is None  # a stored future date (an older version let it in) locks nothing out
        and date_problem(candidate.date) is None
        and loaded.package_date.replace("-", "") > candidate.date
    ):
        message = tr("{loaded} is already merged.").format(loaded=loaded.package)
        return PackageLine(name, code, loaded.province_name, "older", message, 0, 0, 0, 0.0, "")
    try:
        return _validate_and_load(request, candidate, digest, store, boundaries, counties, sides, merged, report_folder, progress)
    except (Cancelled, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - a package that breaks the validator is refused, never the run
        message = tr(
            "{package} could not be validated ({kind}: {reason}); it was left out. "
            "Report this package to the plugin's maintainers."
        ).format(package=name, kind=type(exc).__name__, reason=str(exc)[:300])
        return PackageLine(name, code, "", "refused", message, 1, 0, 0, 0.0, "")


def _validate_and_load(
    request: MergeRequest,
    candidate: _Candidate,
    digest: tuple[str, int],
    store: NationalStore,
    boundaries: Boundaries | None,
    counties: Boundaries | None,
    sides: dict[str, ProvinceSide],
    merged: set[str],
    report_folder: Path,
    progress: Progress,
) -> PackageLine:
    name = candidate.path.name
    code = candidate.province if not candidate.province.startswith("?") else ""
    province_boundary = boundaries.geometries.get(code) if boundaries is not None and code else None
    county_geometries = {c: g for c, g in counties.geometries.items() if c.startswith(code[:2])} if counties and code else None
    with checked_package(
        candidate.path,
        province_boundary=province_boundary,
        counties=county_geometries,
        thresholds=request.thresholds,
        limits=request.limits,
        workdir=request.workdir,
        feedback=progress.sub(0.0, 0.6),  # a Progress keeps its slice of the bar; .feedback would not
        inside_tolerance_m=request.search_m,
        digest=digest,
    ) as checked:
        report = checked.report
        if boundaries is not None and code and province_boundary is None:
            report.skip("E3-inside", tr("the province boundary layer has no polygon {code}").format(code=code))
        qa = write_qa_report(report, report_folder / "qa" / f"{Path(name).stem}_QA.html")
        link = qa.relative_to(report_folder).as_posix()
        province_name = _province_name(code, report.province_name, boundaries)
        if not report.passed or checked.patches is None or checked.opened.manifest is None:
            first = report.errors[0].message if report.errors else ""
            return PackageLine(
                name,
                code or report.province_code,
                province_name,
                "refused",
                first,
                len(report.errors),
                len(report.warnings),
                0,
                0.0,
                link,
            )
        manifest = checked.opened.manifest
        patches = checked.patches
        info = PackageInfo(
            manifest.province_code,
            province_name,
            name,
            checked.opened.sha256,
            manifest.package_date,
            manifest.created,
            len(patches),
            manifest.total_area_km2,
        )
        try:
            store.replace_province(info, patches, progress.sub(0.6, 1.0))
        except Cancelled:
            raise
        except RedLineError as exc:
            return PackageLine(name, code, province_name, "failed", str(exc), 0, len(report.warnings), 0, 0.0, link)
        merged.add(info.province_code)
        if province_boundary is not None:
            rows = border_zone_rows(patches.geometries, geo.boundary(province_boundary), request.search_m)
        else:
            rows = np.flatnonzero(patches.valid)
        sides[info.province_code] = ProvinceSide(
            info.province_code, province_name, name, [patches.label(i) for i in rows], patches.geometries[rows]
        )
        return PackageLine(name, code, province_name, "merged", "", 0, len(report.warnings), len(patches), info.area_km2, link)


def _edge_matching(
    request: MergeRequest,
    store: NationalStore,
    boundaries: Boundaries | None,
    sides: dict[str, ProvinceSide],
    merged: set[str],
    report_folder: Path,
    progress: Progress,
) -> tuple[list[EdgeFinding], list[tuple[str, str]], list[tuple[tuple[str, str], int, str]]]:
    """Every pair of neighbouring provinces of which at least one was merged in this run."""
    stored = {info.province_code: info for info in store.provinces()}
    codes = sorted(stored)
    pairs: list[tuple[str, str, geo.Geometry | None]] = []
    for first, second in itertools.combinations(codes, 2):
        if first not in merged and second not in merged:
            continue
        if boundaries is not None:
            if first not in boundaries.geometries or second not in boundaries.geometries:
                continue
            border = shared_border(boundaries.geometries[first], boundaries.geometries[second])
            if border is not None:
                pairs.append((first, second, border))
        elif first in sides and second in sides:
            a, b = sides[first].geometries, sides[second].geometries
            if len(a) and len(b) and geo.intersects(geo.box(*geo.total_bounds(a)), geo.box(*geo.total_bounds(b))):
                pairs.append((first, second, None))
    findings: list[EdgeFinding] = []
    links = []
    measure = distance_area()
    names = {code: info.province_name for code, info in stored.items()}
    for number, (first, second, border) in enumerate(pairs):
        side_a = sides.get(first) or store.border_side(stored[first], border, request.search_m)
        side_b = sides.get(second) or store.border_side(stored[second], border, request.search_m)
        pair_findings = match_pair(side_a, side_b, border, request.search_m, request.offset_m)
        pair_findings.sort(key=lambda f: (f.kind, -(f.finding.value or 0.0), f.finding.codes))
        snippets = {}
        if border is not None:
            for k, item in enumerate(pair_findings[: request.snippets_per_pair]):
                target = report_folder / "snippets" / f"{first}_{second}_{k + 1:03d}.png"
                window = geo.buffer(item.finding.geometry, 0.02)
                render_snippet(
                    item,
                    side_a.geometries[geo.intersects(side_a.geometries, window)] if len(side_a.geometries) else [],
                    side_b.geometries[geo.intersects(side_b.geometries, window)] if len(side_b.geometries) else [],
                    geo.intersection(border, window),
                    target,
                    f"{item.kind}  {' / '.join(item.finding.codes)}",
                )
                snippets[k] = target.relative_to(report_folder).as_posix()
        length_km = measure.measureLength(geo.to_qgis(border)) / 1000.0 if border is not None else 0.0
        page = write_pair_report(report_folder, (first, second), names, length_km, pair_findings, snippets)
        links.append(((first, second), len(pair_findings), page.name))
        findings.extend(pair_findings)
        progress.step(number + 1, len(pairs))
    return findings, [(a, b) for a, b, _ in pairs], links
