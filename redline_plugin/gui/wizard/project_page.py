"""Page 1: province, workspace, reference grid, boundaries."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox, QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.errors import RedLineError
from ...core.workflow.grid import describe_grid
from ...core.workflow.provinces import PROVINCES, default_crs, province_by_code
from ...core.workflow.values import crs_from_text, crs_text
from ...toolbelt.i18n import tr
from .controller import grid_text
from .page import StepPage
from .widgets import LayerPicker, StackedForm, find_layer, layer_ref

# Field names county layers commonly carry (the standard's, then Amap's and the national base map's).
COUNTY_CODE_FIELDS = ("XZQDM", "adcode", "ADCODE99", "PAC", "code")
COUNTY_NAME_FIELDS = ("XZQMC", "name", "NAME", "NAME99")
PROVINCE_CODE_FIELDS = ("SJXZQDM", "XZQDM", "ADCODE99", "PAC", "pradcode", "adcode", "code")


def _guess(names: list[str], candidates: tuple[str, ...]) -> str:
    lowered = {n.lower(): n for n in names}
    return next((lowered[c.lower()] for c in candidates if c.lower() in lowered), "")


class ProjectPage(StepPage):
    def build(self) -> None:
        # Over 80 lines: the page's form, one widget after the other in reading order.
        form = StackedForm()
        self.body_layout.addLayout(form)

        self.province = QComboBox(self.body)
        self.province.setToolTip(tr("The province (GB/T 2260); it sets the province code and the default CRS"))
        self.province.addItem(tr("— choose the province —"), "")
        for province in PROVINCES:
            self.province.addItem(f"{province.zh} {province.en} ({province.code})", province.code)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.code_label = QLabel(self.body)
        self.code_label.setWordWrap(True)
        form.addRow(self._label(tr("Province")), self.province)
        form.addRow(self.code_label)

        self.workspace = QgsFileWidget(self.body)
        self.workspace.setStorageMode(QgsFileWidget.SaveFile)
        self.workspace.setConfirmOverwrite(False)
        self.workspace.setFilter(tr("GeoPackage (*.gpkg)"))
        self.workspace.setDialogTitle(tr("Create or open the workspace GeoPackage"))
        tip = tr("One GeoPackage per province project: the red line, its ledger and the wizard's progress live in it")
        self.workspace.setToolTip(tip)
        self.workspace.lineEdit().setToolTip(tip)
        self.workspace.fileChanged.connect(self._workspace_changed)
        form.addRow(self._label(tr("Workspace GeoPackage (created if it does not exist)")), self.workspace)

        self.section(tr("Reference grid"))
        grid_form = StackedForm()
        self.body_layout.addLayout(grid_form)
        meridian_row = QWidget(self.body)
        row = QHBoxLayout(meridian_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.meridian = QDoubleSpinBox(meridian_row)
        self.meridian.setRange(73.5, 135.0)
        self.meridian.setDecimals(1)
        self.meridian.setSingleStep(0.5)
        self.meridian.setSuffix(" °E")
        self.meridian.setToolTip(tr("Central meridian: the Gauss–Krüger zone, or λ0 of the province Albers"))
        self.meridian.valueChanged.connect(self._meridian_changed)
        self.default_button = QPushButton(tr("Province default"), meridian_row)
        self.default_button.setToolTip(tr("Use the province's default central meridian and CRS"))
        self.default_button.clicked.connect(self._reset_crs)
        row.addWidget(self.meridian, 1)
        row.addWidget(self.default_button)
        grid_form.addRow(self._label(tr("Central meridian")), meridian_row)
        self.crs = QgsProjectionSelectionWidget(self.body)
        self.crs.setToolTip(tr("CGCS2000 Gauss–Krüger zone or province Albers, as the submission standard says"))
        # before a province is chosen the CRS is unset: say what will set it, not QGIS's "invalid projection"
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs.setNotSetText(tr("Set when the province is chosen"))
        self.crs.crsChanged.connect(self._crs_changed)
        grid_form.addRow(self._label(tr("Coordinate reference system of the grid")), self.crs)
        self.cell_size = QgsDoubleSpinBox(self.body)
        self.cell_size.setRange(0.1, 100000.0)
        self.cell_size.setDecimals(1)
        self.cell_size.setSuffix(" m")
        self.cell_size.setClearValue(30.0)
        self.cell_size.setToolTip(tr("Cell size of every assessment raster, in metres (30 m is usual at province scale)"))
        self.cell_size.editingFinished.connect(self._cell_size_changed)
        grid_form.addRow(self._label(tr("Cell size")), self.cell_size)
        self.grid_label = QLabel(self.body)
        self.grid_label.setWordWrap(True)
        grid_form.addRow(self.grid_label)

        self.section(tr("Boundaries"))
        bounds = StackedForm()
        self.body_layout.addLayout(bounds)
        self.boundary = LayerPicker(
            QgsMapLayerProxyModel.PolygonLayer,
            tr("The province boundary: the grid covers it and the red line stays inside it"),
            self.body,
        )
        self.boundary.layerChanged.connect(self._boundary_changed)
        self.boundary.loadFailed.connect(self.controller.report)
        bounds.addRow(self._label(tr("Province boundary")), self.boundary)
        self.boundary_field = QgsFieldComboBox(self.body)
        self.boundary_field.setAllowEmptyFieldName(True)
        self.boundary_field.setToolTip(
            tr("The field with the province code (350000 …); leave empty when the layer holds only the province")
        )
        self.boundary_field.fieldChanged.connect(self._fields_changed)
        bounds.addRow(self._label(tr("Province code field (optional)")), self.boundary_field)
        self.counties = LayerPicker(
            QgsMapLayerProxyModel.PolygonLayer,
            tr("County polygons with their 6-digit GB/T 2260 codes: patches are split and coded by county"),
            self.body,
        )
        self.counties.layerChanged.connect(self._counties_changed)
        self.counties.loadFailed.connect(self.controller.report)
        bounds.addRow(self._label(tr("Counties")), self.counties)
        fields = QWidget(self.body)
        fields_row = QHBoxLayout(fields)
        fields_row.setContentsMargins(0, 0, 0, 0)
        self.code_field = QgsFieldComboBox(fields)
        self.code_field.setToolTip(tr("The field with the county's 6-digit GB/T 2260 code (XZQDM)"))
        self.name_field = QgsFieldComboBox(fields)
        self.name_field.setToolTip(tr("The field with the county's name (XZQMC)"))
        for combo in (self.code_field, self.name_field):
            combo.setAllowEmptyFieldName(True)
            combo.fieldChanged.connect(self._fields_changed)
        fields_row.addWidget(self.code_field, 1)
        fields_row.addWidget(self.name_field, 1)
        bounds.addRow(self._label(tr("County code and name fields")), fields)
        note = QLabel(
            tr(
                "Boundaries taken from web maps (Amap, Baidu, Tencent) are in GCJ-02 or BD-09 coordinates, a few hundred "
                "metres off, and no file says so. Use surveyed CGCS2000 boundaries for the submission."
            ),
            self.body,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #8d6e00;")
        note.setToolTip(note.text())
        self.body_layout.addWidget(note)
        self.controller.gridChanged.connect(self._grid_changed)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        label.setWordWrap(True)
        label.setToolTip(text)
        return label

    def load_state(self) -> None:
        project = self.controller.state.project
        widgets = (self.province, self.meridian, self.crs, self.cell_size, self.workspace)
        for widget in widgets:
            widget.blockSignals(True)
        self.province.setCurrentIndex(max(0, self.province.findData(project.province_code)))
        province = province_by_code(project.province_code)
        self.meridian.setValue(project.central_meridian or (province.central_meridian if province else 117.0))
        self.crs.setCrs(crs_from_text(project.crs))
        self.cell_size.setValue(project.cell_size)
        self.workspace.setFilePath(project.workspace)
        for widget in widgets:
            widget.blockSignals(False)
        self.boundary.set_layer(find_layer(project.boundary))
        self.counties.set_layer(find_layer(project.counties))
        self._show_fields()
        self._describe_province()
        described = describe_grid(project.grid) if project.grid else None
        if described is not None and project.grid_basis == self.controller.grid_wanted():
            self.grid_label.setText(grid_text(*described))
        else:
            self.grid_label.setText(tr("The reference grid is built when the workspace, CRS, cell size and boundary are set."))
        self.grid_label.setToolTip(self.grid_label.text())

    def _describe_province(self) -> None:
        province = province_by_code(self.controller.state.project.province_code)
        if province is None:
            text = tr("Choose the province first.")
        else:
            kind = tr("one Gauss–Krüger zone") if province.single_zone else tr("several zones: province Albers")
            text = tr("Code {code}; county codes start with {prefix}; {west:.1f}–{east:.1f}°E ({kind}).").format(
                code=province.code, prefix=province.prefix, west=province.west, east=province.east, kind=kind
            )
        self.code_label.setText(text)
        self.code_label.setToolTip(text)

    def _apply_crs(self, crs: QgsCoordinateReferenceSystem) -> None:
        self.crs.blockSignals(True)
        self.crs.setCrs(crs)
        self.crs.blockSignals(False)
        self.controller.state.project.crs = crs_text(crs)

    def _province_changed(self) -> None:
        code = self.province.currentData() or ""
        self.controller.state.project.province_code = code
        self._reset_crs()
        self._describe_province()

    def _reset_crs(self) -> None:
        province = province_by_code(self.controller.state.project.province_code)
        if province is None:
            self.controller.changed()
            return
        self.meridian.blockSignals(True)
        self.meridian.setValue(province.central_meridian)
        self.meridian.blockSignals(False)
        self.controller.state.project.central_meridian = None
        self._apply_crs(default_crs(province))
        self._settings_changed()

    def _meridian_changed(self, value: float) -> None:
        province = province_by_code(self.controller.state.project.province_code)
        self.controller.state.project.central_meridian = value
        if province is not None:
            self._apply_crs(default_crs(province, value))
        self._settings_changed()

    def _crs_changed(self, crs: QgsCoordinateReferenceSystem) -> None:
        self.controller.state.project.crs = crs_text(crs)
        if crs.isGeographic():
            self.controller.report(
                tr("The reference grid needs a projected CRS (metres); a geographic CRS has no cell size in metres.")
            )
        self._settings_changed()

    def _cell_size_changed(self) -> None:
        self.controller.state.project.cell_size = float(self.cell_size.value())
        self._settings_changed()

    def _workspace_changed(self, path: str) -> None:
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            self.controller.open_workspace(path)
        except RedLineError as exc:
            self.controller.report(str(exc))
            return
        self.load_state()
        self.controller.build_grid()

    def _boundary_changed(self, layer) -> None:
        if self.controller.suspended:
            return
        project = self.controller.state.project
        project.boundary = layer_ref(layer)
        names = [f.name() for f in layer.fields()] if isinstance(layer, QgsVectorLayer) else []
        project.boundary_code_field = _guess(names, PROVINCE_CODE_FIELDS)
        self._show_fields()
        self._settings_changed()

    def _counties_changed(self, layer) -> None:
        if self.controller.suspended:
            return
        project = self.controller.state.project
        project.counties = layer_ref(layer)
        names = [f.name() for f in layer.fields()] if isinstance(layer, QgsVectorLayer) else []
        project.county_code_field = _guess(names, COUNTY_CODE_FIELDS)
        project.county_name_field = _guess(names, COUNTY_NAME_FIELDS)
        self._show_fields()
        self.controller.changed()

    def _show_fields(self) -> None:
        counties, boundary = self.counties.layer(), self.boundary.layer()
        project = self.controller.state.project
        for combo, layer, value in (
            (self.code_field, counties, project.county_code_field),
            (self.name_field, counties, project.county_name_field),
            (self.boundary_field, boundary, project.boundary_code_field),
        ):
            combo.blockSignals(True)
            combo.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)
            combo.setField(value)
            combo.blockSignals(False)

    def _fields_changed(self, _name: str) -> None:
        if self.controller.suspended:
            return
        project = self.controller.state.project
        project.county_code_field = self.code_field.currentField()
        project.county_name_field = self.name_field.currentField()
        project.boundary_code_field = self.boundary_field.currentField()
        self.controller.changed()

    def _settings_changed(self) -> None:
        self.controller.changed()
        self.controller.build_grid()

    def _grid_changed(self, text: str) -> None:
        self.grid_label.setText(text)
        self.grid_label.setToolTip(text)
