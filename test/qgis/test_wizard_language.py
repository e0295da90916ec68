"""No English in the Chinese wizard where the plugin writes the words itself: the units of the Inputs
page, the unset CRS of the Project page, the preflight's unit words."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QMainWindow, QWidget

from redline_plugin.core.tables.input_roles import INPUT_ROLES, unit_text
from redline_plugin.gui.dock import RedLineDock
from redline_plugin.toolbelt.i18n import load_translator

WORDS = {
    "en": {"class code": "class code", "crs": "Set when the province is chosen", "fraction": "fraction"},
    "zh_CN": {"class code": "类别代码", "crs": "选择省份后自动设置", "fraction": "比例"},
}


@pytest.fixture
def language(request):
    translator = load_translator(request.param)
    yield request.param
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_units_and_the_unset_crs_speak_the_language_of_the_interface(redline_provider, qtbot, language):
    words = WORDS[language]
    assert unit_text(INPUT_ROLES["texture"].unit) == words["class code"]
    assert INPUT_ROLES["fvc"].unit_label == words["fraction"]
    assert unit_text("mm") == "mm"  # symbols stay symbols
    QgsSettings().remove("redline/last_workspace")  # a new machine: no earlier run's workspace to resume
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget(window))
    dock = RedLineDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    try:
        wizard = dock.wizard
        project = next(p for p in wizard.page_list if p.step.key == "project")
        assert not project.crs.crs().isValid()
        shown = project.crs.findChild(QComboBox).currentText()
        assert shown == words["crs"], shown
        wizard.go_to("inputs")
        inputs = wizard.current_page()
        texture = inputs.role_rows["texture"].title.text()
        assert f"({words['class code']})" in texture, texture
        if language == "zh_CN":
            titles = " ".join(row.title.text() for row in inputs.role_rows.values())
            assert not any(word in titles for word in ("class code", "fraction", "dimensionless", "index")), titles
    finally:
        dock.wizard.controller.shutdown()


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_the_findings_table_speaks_the_language_of_the_interface(redline_provider, language):
    """The review page's findings table: headings in the interface's language, not the layer's field names."""
    from redline_plugin.gui.wizard.review_page import finding_headers

    expected = {"en": ("Rule", "Severity", "Red line code"), "zh_CN": ("规则", "严重程度", "红线编码")}[language]
    headers = finding_headers()
    assert (headers["RULE"], headers["SEVERITY"], headers["HXBM"]) == expected
