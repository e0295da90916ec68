"""Soil property tables (SEIMS layout and plain ones) and the editable tables as Processing matrix rows."""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core.assessment.models import table_rows, tables
from redline_plugin.core.assessment.models.erodibility import read_soil_table
from redline_plugin.core.assessment.models.factor_runs import erodibility_by_soil
from redline_plugin.core.assessment.models.lookup import CodeLookup
from redline_plugin.core.errors import RedLineError
from test.conftest import SAMPLE

SEIMS_SOILS = SAMPLE / "fujian_changting_youwuzhen" / "lookup" / "soil_properties_lookup.csv"


def test_seims_soil_lookup_gives_the_topsoil_of_each_type():
    table = read_soil_table(SEIMS_SOILS)
    assert sorted(table) == [201, 202, 203, 204, 205]
    soil = table[201]  # SOL_SAND 52.25-44.6-35.9, SOL_OM 2.31-0.84-0.84: the first layer
    assert (soil.sand, soil.silt, soil.clay, soil.organic_matter) == (52.25, 13.8, 15.66, 2.31)
    assert soil.organic_carbon == pytest.approx(2.31 / 1.724)
    k = erodibility_by_soil(table)
    # sandier, carbon-poorer soils: K of Chinese red soils, 0.01–0.02 t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹
    assert all(0.01 < value < 0.02 for value in k.values())
    assert k[203] == max(k.values())  # the siltiest topsoil (23.4 % silt) is the most erodible


def test_plain_soil_table_in_gbk_with_organic_carbon(tmp_path):
    path = tmp_path / "soils.csv"
    path.write_bytes(
        "code,name,sand,silt,clay,organic_carbon,CaCO3\n7,红壤,40,40,20,1.5,\n8,潮土,20,60,20,0.8,6\n".encode("gb18030")
    )
    table = read_soil_table(path)
    assert table[7].organic_carbon == 1.5 and table[7].caco3 is None
    assert table[8].caco3 == 6.0
    assert erodibility_by_soil(table)[7] == pytest.approx(0.0158688, rel=1e-5)  # the golden EPIC case


def test_soil_table_errors_name_the_problem(tmp_path):
    missing = tmp_path / "missing.csv"
    missing.write_text("code,sand,silt,clay\n1,30,40,30\n", encoding="utf-8")
    with pytest.raises(RedLineError, match="neither organic carbon"):
        read_soil_table(missing)
    no_clay = tmp_path / "no_clay.csv"
    no_clay.write_text("code,sand,silt,om\n1,30,40,2\n", encoding="utf-8")
    with pytest.raises(RedLineError, match=r"no column for clay \(%\).*it has code, sand, silt, om"):
        read_soil_table(no_clay)
    twice = tmp_path / "twice.csv"
    twice.write_text("code,sand,silt,clay,om\n1,30,40,30,2\n1,30,40,30,2\n", encoding="utf-8")
    with pytest.raises(RedLineError, match="lists soil code 1 twice"):
        read_soil_table(twice)


def test_code_lookup_refuses_resampled_class_rasters():
    lookup = CodeLookup({1: (0.5,), 2: (0.7,)}, layer="soil.tif", table="soil table")
    assert lookup(np.array([2.0, 1.0]))[0].tolist() == [0.7, 0.5]
    with pytest.raises(RedLineError, match=r"fractional values \(1.5\)"):
        lookup(np.array([1.5, 2.0]))


def test_c_table_rows_round_trip_and_edits():
    rows = table_rows.c_table_rows()
    assert table_rows.parse_c_table(rows) == tables.c_table()
    assert table_rows.parse_c_table([]) == tables.c_table()  # an emptied matrix means the defaults
    edited = list(rows)
    edited[1] = "0.2"  # forest, FVC < 10 %
    assert table_rows.parse_c_table(edited)["forest"][0] == 0.2
    edited[1] = "x"
    with pytest.raises(RedLineError, match=r"Row 1 .* has 'x' where a number belongs"):
        table_rows.parse_c_table(edited)
    edited[1] = "1.5"
    with pytest.raises(RedLineError, match="C values lie between 0 and 1"):
        table_rows.parse_c_table(edited)


def test_mapping_rows_extend_and_override_a_legend():
    base = tables.COVER_LEGENDS["seims"]
    mapping = table_rows.parse_mapping(["18", "wetland", "250", "bare"], base, "extra")
    assert mapping[18] == "wetland" and mapping[250] == "bare" and mapping[4] == "tree_orchard"
    with pytest.raises(RedLineError, match="names no class for code 9"):
        table_rows.parse_mapping(["9", ""], base, "extra")
    assert table_rows.parse_runoff_table(table_rows.runoff_rows()) == tables.runoff_table()
    with pytest.raises(RedLineError, match="reserved"):
        table_rows.parse_runoff_table(["excluded", "3"])


def test_ls_pieces_months_and_number_lists():
    assert table_rows.parse_exponents(table_rows.exponent_rows()) == tables.SLOPE_LENGTH_EXPONENTS
    assert table_rows.parse_steepness(table_rows.steepness_rows()) == tables.STEEPNESS_PIECES
    with pytest.raises(RedLineError, match="increasing upper slope bounds"):
        table_rows.parse_exponents(["5", "0.3", "3", "0.4", "90", "0.5"])
    assert table_rows.parse_months("5-9") == (5, 6, 7, 8, 9)
    assert table_rows.parse_months("4,5, 10-11") == (4, 5, 10, 11)
    with pytest.raises(RedLineError, match="not a list of months"):
        table_rows.parse_months("13")
    assert table_rows.parse_numbers("-0.01383, 0.51575, 0.1317", 3, "c") == tables.K_CONVERSION
    with pytest.raises(RedLineError, match="needs 3 numbers"):
        table_rows.parse_numbers("1, 2", 3, "c")


def test_fvc_class_breaks_parameter_carries_its_signs():
    """The C table's FVC breaks are written with the rule: ≥ opens the class above, > keeps 90 in 70–90."""
    default = table_rows.parse_breaks("≥10,≥30,≥50,≥70,>90", 5, "FVC class breaks")
    assert default == tables.FVC_CLASS_BREAKS
    assert default.divided(100).classify(np.array([0.1, 0.7, 0.9], np.float32)).tolist() == [1, 4, 4]
    bare = table_rows.parse_breaks("10, 30, 50, 70, 90", 5, "FVC class breaks")  # an older saved value
    assert bare.text() == "≥10;≥30;≥50;≥70;≥90"
    with pytest.raises(RedLineError, match="needs 5 increasing breaks"):
        table_rows.parse_breaks("≥10,≥30,≥50,≥70", 5, "FVC class breaks")
    with pytest.raises(RedLineError, match="needs 5 increasing breaks"):
        table_rows.parse_breaks("≥10,≥30,≥70,≥50,>90", 5, "FVC class breaks")
