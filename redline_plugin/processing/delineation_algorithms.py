"""The delineation of methods.md §4 as Processing algorithms: candidate areas → protected areas →
conflicts → refinement → county split and codes → checks. Each calls one function of
core/delineation and writes the workspace tables (redline_candidates … STBHHX) or any file given."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from ..core import layer_uri
from ..core.delineation import candidate, checks, coding, conflicts, protected, refine, store
from ..core.delineation.grades import IMPORTANCE, SENSITIVITY, GradeRaster
from ..core.delineation.layout import (
    CANDIDATES_TABLE,
    CHANGELOG_TABLE,
    CLEARED_TABLE,
    DEDUCTIONS_TABLE,
    FINDINGS_TABLE,
    MERGED_TABLE,
    PATCH_TABLE,
    REFINED_TABLE,
    ZONES_TABLE,
)
from ..core.delineation.tables import (
    AGGREGATION_DISTANCE_M,
    BARRIER_WIDTH_M,
    CONFLICT_KINDS,
    HOLE_FILL_KM2,
    MIN_PATCH_AREA_KM2,
    QUALIFYING_ZONES,
    SMOOTH_TOLERANCE_M,
    SNAP_TOLERANCE_M,
)
from ..core.errors import RedLineError
from ..core.tables.submission_schema import DEFAULT_YSDM, HXLX
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm


class DelineationAlgorithm(RedLineAlgorithm):
    """What the delineation algorithms share: destinations in the workspace, layer lists."""

    group_key = "delineation"

    def polygons(self, name: str, description: str, optional: bool = False) -> None:
        """A polygon layer input (patches, boundaries, conflict and protected-area layers)."""
        polygon = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(name, description, polygon, optional=optional))

    def destination_parameter(self, name: str, description: str, optional: bool = False) -> None:
        parameter = QgsProcessingParameterVectorDestination(name, description, optional=optional, createByDefault=True)
        parameter.setSupportsNonFileBasedOutput(False)  # written by OGR in one transaction, never a memory layer
        self.addParameter(parameter)

    def destination(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext, table: str):
        value = self.parameterAsOutputLayer(parameters, name, context)
        if not value:
            return None
        return store.parse_destination(value, table)

    def layers(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> list[tuple[Any, str]]:
        return [(layer, label_of(layer)) for layer in self.parameterAsLayerList(parameters, name, context)]

    def source(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, ""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        return source, label_of(layer) if layer is not None else source.sourceName()

    def written(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> dict[str, Any]:
        """The REDLINE_* metadata of the layer's table (the algorithm that wrote it, its geometry digest),
        when it is a GeoPackage table of this plugin with no unsaved edits; {} otherwise. Lets a step
        trust what an earlier one made."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None or layer.providerType() != "ogr" or layer.isModified():
            return {}
        path, table = layer_uri.decode(layer)
        if not table or not Path(path).is_file():
            return {}
        return store.read_metadata(Path(path), table)

    def digest(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> str:
        """The geometry digest the layer's table recorded when it was written valid ('' when none)."""
        return str(self.written(parameters, name, context).get(store.GEOMETRY_DIGEST, ""))


def label_of(layer: QgsMapLayer) -> str:
    """How messages and outputs name a layer: its name, or for a layer Processing opened from a
    GeoPackage path (named after the file) the table's name."""
    path, table = layer_uri.decode(layer)
    if table and path and layer.name() == Path(path).stem:
        return table
    return layer.name()


class CandidateAreasAlgorithm(DelineationAlgorithm):
    IMPORTANCE = "IMPORTANCE"
    IMPORTANCE_FUNCTION = "IMPORTANCE_FUNCTION"
    SENSITIVITY = "SENSITIVITY"
    SENSITIVITY_FUNCTION = "SENSITIVITY_FUNCTION"
    BOUNDARY = "BOUNDARY"
    MAJORITY = "MAJORITY"
    SIEVE_AREA = "SIEVE_AREA"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "candidate_areas"

    def displayName(self) -> str:
        return tr("Candidate areas (extremely important ∪ extremely sensitive)")

    def shortHelpString(self) -> str:
        return tr(
            "The cells of the top importance grade and of the top sensitivity grade, clipped to the province "
            "boundary, as polygons (methods.md §4.1–4.3). Optionally a 3×3 majority filter, and a sieve, clean the "
            "raster first: regions smaller than the given area (1 ha unless you change it; as many cells as cover "
            "it, so a 1 km grid is not sieved) are dropped and holes smaller than it filled. The rasters are read "
            "strip by strip, never whole. Each patch keeps which functions or types made it (area per HXLX code), "
            "from the second band of an integrated grade raster or from the function "
            "you name for a single-function grade."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        codes = ", ".join(HXLX.codes)
        self.addParameter(QgsProcessingParameterRasterLayer(self.IMPORTANCE, tr("Importance grade (integrated)"), optional=True))
        function = QgsProcessingParameterString(
            self.IMPORTANCE_FUNCTION,
            tr("Function of a single-function importance grade (HXLX: {codes})").format(codes=codes),
            optional=True,
        )
        self.advanced(function)
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.SENSITIVITY, tr("Sensitivity grade (integrated)"), optional=True)
        )
        function = QgsProcessingParameterString(
            self.SENSITIVITY_FUNCTION,
            tr("Type of a single-type sensitivity grade (HXLX: {codes})").format(codes=codes),
            optional=True,
        )
        self.advanced(function)
        self.polygons(self.BOUNDARY, tr("Province boundary"), optional=True)
        self.addParameter(QgsProcessingParameterBoolean(self.MAJORITY, tr("3×3 majority filter first"), defaultValue=False))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SIEVE_AREA,
                tr("Sieve: smallest region kept (ha; 0 = off)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=candidate.DEFAULT_SIEVE_HA,
                minValue=0.0,
            )
        )
        self.destination_parameter(self.OUTPUT, tr("Candidate patches"))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Candidate patches")))
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", tr("Candidate area (km²)")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        grades = []
        for key, function_key, role in (
            (self.IMPORTANCE, self.IMPORTANCE_FUNCTION, IMPORTANCE),
            (self.SENSITIVITY, self.SENSITIVITY_FUNCTION, SENSITIVITY),
        ):
            layer = self.parameterAsRasterLayer(parameters, key, context)
            if layer is not None:
                function = self.parameterAsString(parameters, function_key, context).strip()
                grades.append(GradeRaster(layer.source(), role, layer.name(), 1, function))
        if not grades:
            raise RedLineError(tr("Give the importance grade, the sensitivity grade, or both."))
        boundary, boundary_label = self.source(parameters, self.BOUNDARY, context)
        result = candidate.delineate_candidates(
            grades,
            self.destination(parameters, self.OUTPUT, context, CANDIDATES_TABLE),
            boundary=boundary,
            boundary_label=boundary_label,
            majority=self.parameterAsBoolean(parameters, self.MAJORITY, context),
            sieve_ha=self.parameterAsDouble(parameters, self.SIEVE_AREA, context),
            feedback=feedback,
        )
        feedback.pushInfo(
            tr(
                "{patches} candidate patches, {area:,.2f} km²; the sieve dropped {dropped} regions and filled {filled} holes."
            ).format(patches=result.patches, area=result.area_km2, dropped=result.dropped_patches, filled=result.filled_holes)
        )
        return {self.OUTPUT: result.destination.uri, "PATCHES": result.patches, "AREA_KM2": result.area_km2}


class MergeProtectedAreasAlgorithm(DelineationAlgorithm):
    INPUT = "INPUT"
    PROTECTED = "PROTECTED"
    NAME_FIELD = "NAME_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    ZONE_FIELD = "ZONE_FIELD"
    RULES = "RULES"
    OUTPUT = "OUTPUT"
    ZONES = "ZONES"

    def name(self) -> str:
        return "merge_protected_areas"

    def displayName(self) -> str:
        return tr("Merge protected areas")

    def shortHelpString(self) -> str:
        return tr(
            "Unites the candidate patches with the qualifying zones of protected areas (methods.md §4.3). The "
            "table decides which zones qualify: a row names a category (found in the type field, or in the layer's "
            "name), the zones (parts of the zone field's value separated by ';', or * for all) and whether they are "
            "included; the first matching row decides. By default: national parks, nature reserves, forest parks' "
            "ecological conservation zones, scenic areas' core scenic zones, geoparks' geological heritage zones, "
            "world natural heritage, wetland parks' conservation zones, drinking-water first-level zones and aquatic "
            "germplasm reserves' core zones. Every patch records the protected areas it touches (ZRBHD) and its "
            "basis (PDYJ); the qualifying zones are written with a CORE flag for the conflict step."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.polygons(self.INPUT, tr("Candidate patches"))
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED,
                tr("Protected-area layers (one feature per zone)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            )
        )
        for key, label in (
            (self.NAME_FIELD, tr("Name field (empty: BHDMC, MC, NAME …)")),
            (self.TYPE_FIELD, tr("Type field (empty: BHDLX, LX, TYPE …; else the layer name)")),
            (self.ZONE_FIELD, tr("Zone field (empty: GNFQ, FQ, ZONE …)")),
        ):
            parameter = QgsProcessingParameterString(key, label, optional=True)
            self.advanced(parameter)
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.RULES,
                tr("Qualifying zones"),
                headers=[tr("Category"), tr("Zones (; separated, * = all)"), tr("Include (yes/no)")],
                defaultValue=protected.rules_to_matrix(QUALIFYING_ZONES),
                optional=True,  # QGIS 3.22 rejects an omitted matrix even with a default; empty means the default
            )
        )
        self.destination_parameter(self.OUTPUT, tr("Patches with protected areas"))
        self.destination_parameter(self.ZONES, tr("Qualifying protected zones"), optional=True)
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Patches")))
        self.addOutput(QgsProcessingOutputNumber("PROTECTED_PATCHES", tr("Patches holding a qualifying zone")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        source, label = self.source(parameters, self.INPUT, context)
        fields = [
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.NAME_FIELD, self.TYPE_FIELD, self.ZONE_FIELD)
        ]
        layers = [
            protected.ProtectedLayer(layer, name, *fields) for layer, name in self.layers(parameters, self.PROTECTED, context)
        ]
        rules = protected.rules_from_matrix(self.parameterAsMatrix(parameters, self.RULES, context)) or list(QUALIFYING_ZONES)
        output = self.destination(parameters, self.OUTPUT, context, MERGED_TABLE)
        zones = self.destination(parameters, self.ZONES, context, ZONES_TABLE)
        result = protected.merge_protected_areas(
            source,
            label,
            layers,
            output,
            rules=rules,
            zones_destination=zones,
            edge_disjoint=self.written(parameters, self.INPUT, context).get("REDLINE_METHOD") == candidate.METHOD,
            digest=self.digest(parameters, self.INPUT, context),
            feedback=feedback,
        )
        feedback.pushInfo(
            tr(
                "{patches} patches, {protected} holding one of {zones} qualifying zones; {area:,.2f} km² of protected land added."
            ).format(
                patches=result.patches,
                protected=result.protected_patches,
                zones=result.qualifying_zones,
                area=result.protected_only_km2,
            )
        )
        outputs = {self.OUTPUT: output.uri, "PATCHES": result.patches, "PROTECTED_PATCHES": result.protected_patches}
        if zones is not None:
            outputs[self.ZONES] = zones.uri
        return outputs


class RemoveConflictsAlgorithm(DelineationAlgorithm):
    INPUT = "INPUT"
    OTHER = "OTHER"
    PROTECTED_CORES = "PROTECTED_CORES"
    OUTPUT = "OUTPUT"
    DEDUCTIONS = "DEDUCTIONS"

    def name(self) -> str:
        return "remove_conflicts"

    def displayName(self) -> str:
        return tr("Remove conflicts")

    def shortHelpString(self) -> str:
        return tr(
            "Subtracts the urban development boundary, permanent basic farmland, legal construction land, villages, "
            "mining rights and any other conflict layer from the patches (methods.md §4.4), in that order. Conflicts "
            "inside protected core zones are not removed (give the qualifying zones of the previous step: features "
            "with CORE = 1 count, or every feature of a layer without that field). Every removed piece goes to the "
            "deduction layer with its reason, source layer and source features."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.polygons(self.INPUT, tr("Patches"))
        names = {
            "URBAN": tr("Urban development boundary"),
            "FARMLAND": tr("Permanent basic farmland"),
            "CONSTRUCTION": tr("Legal construction land"),
            "VILLAGES": tr("Villages"),
            "MINING": tr("Mining rights"),
        }
        for kind in CONFLICT_KINDS:
            if kind.key in names:
                self.polygons(kind.key, names[kind.key], optional=True)
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.OTHER, tr("Other conflict layers"), QgsProcessing.TypeVectorPolygon, optional=True
            )
        )
        self.polygons(self.PROTECTED_CORES, tr("Protected core zones (conflicts kept)"), optional=True)
        self.destination_parameter(self.OUTPUT, tr("Patches without conflicts"))
        self.destination_parameter(self.DEDUCTIONS, tr("Deductions"))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Patches")))
        self.addOutput(QgsProcessingOutputNumber("DEDUCTED_KM2", tr("Area removed (km²)")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        source, label = self.source(parameters, self.INPUT, context)
        layers = []
        for kind in CONFLICT_KINDS:
            if kind.key == self.OTHER:
                layers += [
                    conflicts.ConflictLayer(layer, name, kind) for layer, name in self.layers(parameters, self.OTHER, context)
                ]
                continue
            conflict, name = self.source(parameters, kind.key, context)
            if conflict is not None:
                layers.append(conflicts.ConflictLayer(conflict, name, kind))
        cores, cores_label = self.source(parameters, self.PROTECTED_CORES, context)
        output = self.destination(parameters, self.OUTPUT, context, CLEARED_TABLE)
        deductions = self.destination(parameters, self.DEDUCTIONS, context, DEDUCTIONS_TABLE)
        result = conflicts.remove_conflicts(
            source,
            label,
            layers,
            output,
            deductions,
            cores=cores,
            cores_label=cores_label,
            digest=self.digest(parameters, self.INPUT, context),
            feedback=feedback,
        )
        for reason, area in result.removed_km2.items():
            feedback.pushInfo(tr("{reason}: {area:,.4f} km² removed").format(reason=reason, area=area))
        if result.kept_in_cores_km2 > 0:
            feedback.pushInfo(
                tr("{area:,.4f} km² of conflict land kept because it lies in protected cores.").format(
                    area=result.kept_in_cores_km2
                )
            )
        outputs = {self.OUTPUT: output.uri, "PATCHES": result.patches, "DEDUCTED_KM2": sum(result.removed_km2.values())}
        if deductions is not None:
            outputs[self.DEDUCTIONS] = deductions.uri
        return outputs


class RefineBoundariesAlgorithm(DelineationAlgorithm):
    INPUT = "INPUT"
    DISTANCE = "DISTANCE"
    BARRIERS = "BARRIERS"
    BARRIER_WIDTH = "BARRIER_WIDTH"
    CONFLICT_LAND = "CONFLICT_LAND"
    HOLE_AREA = "HOLE_AREA"
    MIN_AREA = "MIN_AREA"
    PROTECTED = "PROTECTED"
    SMOOTH = "SMOOTH"
    SNAP_LAYERS = "SNAP_LAYERS"
    SNAP = "SNAP"
    OUTPUT = "OUTPUT"
    CHANGELOG = "CHANGELOG"

    def name(self) -> str:
        return "refine_boundaries"

    def displayName(self) -> str:
        return tr("Refine boundaries")

    def shortHelpString(self) -> str:
        return tr(
            "Refines the patches as methods.md §4.5 says, logging every change: patches closer than the aggregation "
            "distance are joined across the gap unless a barrier (roads, construction land) or conflict land lies in "
            "it; holes under the threshold are filled except where they are conflict land; patches under the minimum "
            "area are dropped unless they touch a protected area; outlines are smoothed so that no edge moves more "
            "than the tolerance (the Hausdorff distance); optionally vertices are snapped to "
            "authoritative boundaries. The change log lists what was added, removed or moved, why, and the area."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        number = QgsProcessingParameterNumber.Double
        self.polygons(self.INPUT, tr("Patches"))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE, tr("Aggregation distance (m; 0 = off)"), number, AGGREGATION_DISTANCE_M, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BARRIERS,
                tr("Barriers to aggregation (roads, construction land)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        width = QgsProcessingParameterNumber(
            self.BARRIER_WIDTH, tr("Width of line barriers (m)"), number, BARRIER_WIDTH_M, minValue=0
        )
        self.advanced(width)
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.CONFLICT_LAND,
                tr("Conflict land (e.g. the deductions): never filled or bridged"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.HOLE_AREA, tr("Fill holes smaller than (km²; 0 = off)"), number, HOLE_FILL_KM2, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, tr("Minimum patch area (km²; 0 = off)"), number, MIN_PATCH_AREA_KM2, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.PROTECTED,
                tr("Protected areas (small patches touching them stay)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SMOOTH, tr("Smoothing tolerance (m; 0 = off)"), number, SMOOTH_TOLERANCE_M, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.SNAP_LAYERS,
                tr("Authoritative boundaries to snap to (rivers, ridges, parcels)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.SNAP, tr("Snapping tolerance (m)"), number, SNAP_TOLERANCE_M, minValue=0)
        )
        self.destination_parameter(self.OUTPUT, tr("Refined patches"))
        self.destination_parameter(self.CHANGELOG, tr("Change log"))
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Patches")))
        self.addOutput(QgsProcessingOutputNumber("MAX_SHIFT_M", tr("Largest move (m)")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        source, label = self.source(parameters, self.INPUT, context)
        settings = refine.RefineSettings(
            distance_m=self.parameterAsDouble(parameters, self.DISTANCE, context),
            barrier_width_m=self.parameterAsDouble(parameters, self.BARRIER_WIDTH, context),
            hole_km2=self.parameterAsDouble(parameters, self.HOLE_AREA, context),
            min_area_km2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            smooth_m=self.parameterAsDouble(parameters, self.SMOOTH, context),
            snap_m=self.parameterAsDouble(parameters, self.SNAP, context),
        )
        output = self.destination(parameters, self.OUTPUT, context, REFINED_TABLE)
        changelog = self.destination(parameters, self.CHANGELOG, context, CHANGELOG_TABLE)
        result = refine.refine_boundaries(
            source,
            label,
            output,
            changelog,
            settings=settings,
            barriers=self.layers(parameters, self.BARRIERS, context),
            conflicts=self.layers(parameters, self.CONFLICT_LAND, context),
            protected=self.layers(parameters, self.PROTECTED, context),
            snap_layers=self.layers(parameters, self.SNAP_LAYERS, context),
            digest=self.digest(parameters, self.INPUT, context),
            feedback=feedback,
        )
        feedback.pushInfo(
            tr(
                "{patches} patches; {added} additions ({added_km2:,.4f} km²), {removed} patches removed "
                "({removed_km2:,.4f} km²), {moved} outlines moved (at most {shift:.2f} m); {kept} kept their outline."
            ).format(
                patches=result.patches,
                added=result.changes["added"],
                added_km2=result.added_km2,
                removed=result.changes["removed"],
                removed_km2=result.removed_km2,
                moved=result.changes["moved"],
                shift=result.max_shift_m,
                kept=result.not_smoothed,
            )
        )
        outputs = {self.OUTPUT: output.uri, "PATCHES": result.patches, "MAX_SHIFT_M": result.max_shift_m}
        if changelog is not None:
            outputs[self.CHANGELOG] = changelog.uri
        return outputs


class CodePatchesAlgorithm(DelineationAlgorithm):
    INPUT = "INPUT"
    COUNTIES = "COUNTIES"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    DATE = "DATE"
    YSDM = "YSDM"
    MIN_SECONDARY_SHARE = "MIN_SECONDARY_SHARE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "code_patches"

    def displayName(self) -> str:
        return tr("Split by county and code patches")

    def shortHelpString(self) -> str:
        return tr(
            "Splits the patches by county (GB/T 2260), measures them on the CGCS2000 ellipsoid (MJ in km², MJ_GQ in "
            "hectares), gives each its dominant function (HXLX: the function that made most of its area), secondary "
            "functions (CYGN), name (county + function + 生态保护红线) and code (HXBM: county + type + sequence), and "
            "writes layer STBHHX of the standard into the workspace GeoPackage. Codes are stable: a patch that overlaps "
            "an old one by more than half of both their areas, in the same county and function, keeps its code (and "
            "BSM, date and the fields filled in by hand); other old codes are retired to redline_retired_codes and "
            "never given again."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.polygons(self.INPUT, tr("Patches"))
        self.polygons(self.COUNTIES, tr("Counties (GB/T 2260)"))
        self.addParameter(
            QgsProcessingParameterField(self.CODE_FIELD, tr("County code field"), parentLayerParameterName=self.COUNTIES)
        )
        self.addParameter(
            QgsProcessingParameterField(self.NAME_FIELD, tr("County name field"), parentLayerParameterName=self.COUNTIES)
        )
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE, tr("Date of delineation (HDSJ; empty = today)"), QgsProcessingParameterDateTime.Date, optional=True
            )
        )
        ysdm = QgsProcessingParameterString(self.YSDM, tr("Feature code (YSDM)"), defaultValue=DEFAULT_YSDM)
        self.advanced(ysdm)
        share = QgsProcessingParameterNumber(
            self.MIN_SECONDARY_SHARE,
            tr("Smallest share of a secondary function (0–1)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
            maxValue=1.0,
        )
        self.advanced(share)
        self.destination_parameter(self.OUTPUT, tr("Red-line patches (workspace GeoPackage, STBHHX)"))
        self.add_counts(
            ("PATCHES", tr("Patches")),
            ("KEPT", tr("Codes kept")),
            ("NEW", tr("New codes")),
            ("RETIRED", tr("Codes retired")),
            ("AREA_KM2", tr("Total area (km²)")),
        )

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        source, label = self.source(parameters, self.INPUT, context)
        counties, counties_label = self.source(parameters, self.COUNTIES, context)
        when = self.parameterAsDateTime(parameters, self.DATE, context)
        output = self.destination(parameters, self.OUTPUT, context, PATCH_TABLE)
        result = coding.code_patches(
            source,
            label,
            counties,
            counties_label,
            output,
            code_field=self.parameterAsString(parameters, self.CODE_FIELD, context),
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context),
            delineation_date=when.date().toPyDate() if when.isValid() else date.today(),
            ysdm=self.parameterAsString(parameters, self.YSDM, context) or DEFAULT_YSDM,
            min_secondary_share=self.parameterAsDouble(parameters, self.MIN_SECONDARY_SHARE, context),
            feedback=feedback,
        )
        feedback.pushInfo(
            tr(
                "{patches} patches, {area:,.4f} km²: {kept} codes kept, {new} new, {retired} retired; "
                "{split} patches crossed a county line."
            ).format(
                patches=result.patches,
                area=result.area_km2,
                kept=result.kept,
                new=result.new,
                retired=result.retired,
                split=result.split,
            )
        )
        if result.outside_km2 > 1e-6:
            feedback.pushWarning(
                tr("{area:,.4f} km² lay outside every county and was left out; check the county layer.").format(
                    area=result.outside_km2
                )
            )
        return {
            self.OUTPUT: output.uri,
            "PATCHES": result.patches,
            "KEPT": result.kept,
            "NEW": result.new,
            "RETIRED": result.retired,
            "AREA_KM2": result.area_km2,
        }


class CheckPatchesAlgorithm(DelineationAlgorithm):
    INPUT = "INPUT"
    BOUNDARY = "BOUNDARY"
    COUNTIES = "COUNTIES"
    CODE_FIELD = "CODE_FIELD"
    MIN_AREA = "MIN_AREA"
    HOLE_AREA = "HOLE_AREA"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "check_patches"

    def displayName(self) -> str:
        return tr("Check patches")

    def shortHelpString(self) -> str:
        return tr(
            "Checks the red-line patches against the standard's rules that apply before export, with the same rule "
            "functions the package validator uses: fields and codes well formed, HXBM unique, geometries valid, no "
            "overlaps over 1 m², inside the province (1 m tolerance), in their county, MJ current to 0.01 %; and the "
            "warnings (small patches outside protected areas, slivers, small holes). Each finding is a feature with "
            "its rule, severity, codes, message and how to fix it, placed where the problem is, to click through."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.polygons(self.INPUT, tr("Red-line patches (STBHHX)"))
        self.polygons(self.BOUNDARY, tr("Province boundary"), optional=True)
        self.polygons(self.COUNTIES, tr("Counties (GB/T 2260)"), optional=True)
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD, tr("County code field"), parentLayerParameterName=self.COUNTIES, optional=True
            )
        )
        number = QgsProcessingParameterNumber.Double
        self.addParameter(
            QgsProcessingParameterNumber(self.MIN_AREA, tr("Minimum patch area (km²)"), number, MIN_PATCH_AREA_KM2, minValue=0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.HOLE_AREA, tr("Hole fill threshold (km²)"), number, HOLE_FILL_KM2, minValue=0)
        )
        self.destination_parameter(self.OUTPUT, tr("Findings"))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        boundary, boundary_label = self.source(parameters, self.BOUNDARY, context)
        counties, counties_label = self.source(parameters, self.COUNTIES, context)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        if counties is not None and not code_field:
            raise RedLineError(tr("Choose the county code field of '{name}'.").format(name=counties_label))
        output = self.destination(parameters, self.OUTPUT, context, FINDINGS_TABLE)
        result = checks.check_patches(
            layer,
            output,
            boundary=boundary,
            boundary_label=boundary_label,
            counties=counties,
            counties_label=counties_label,
            code_field=code_field,
            min_area_km2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            hole_km2=self.parameterAsDouble(parameters, self.HOLE_AREA, context),
            feedback=feedback,
        )
        feedback.pushInfo(tr("{errors} errors and {warnings} warnings.").format(errors=result.errors, warnings=result.warnings))
        return {self.OUTPUT: output.uri, "ERRORS": result.errors, "WARNINGS": result.warnings}


ALGORITHMS = (
    CandidateAreasAlgorithm,
    MergeProtectedAreasAlgorithm,
    RemoveConflictsAlgorithm,
    RefineBoundariesAlgorithm,
    CodePatchesAlgorithm,
    CheckPatchesAlgorithm,
)
