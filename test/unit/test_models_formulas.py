"""Golden hand computations of the model method's sub-formulas (methods.md §1.2).

Each expected number below was worked out by hand (the steps are in the comments), not by the code.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from redline_plugin.core.assessment.models import services, tables
from redline_plugin.core.assessment.models.cover import CoverFactor, dimidiate_fvc, dry_farmland_c, fvc_class
from redline_plugin.core.assessment.models.erodibility import converted_k, epic_k, normalised_texture, soil_erodibility
from redline_plugin.core.assessment.models.terrain import ls_factor, slope_length_exponent, steepness_factor
from redline_plugin.core.errors import RedLineError


def test_epic_k_for_sand_40_silt_40_clay_20_carbon_1_5():
    # f_csand = 0.2 + 0.3·exp(−0.0256·40·(1 − 40/100)) = 0.2 + 0.3·exp(−0.6144) = 0.2 + 0.3·0.540965 = 0.362290
    # f_cl-si = (40/(20 + 40))^0.3 = 0.666667^0.3 = 0.885467
    # f_orgc  = 1 − 0.25·1.5/(1.5 + exp(3.72 − 2.95·1.5)) = 1 − 0.375/(1.5 + 0.494109) = 0.811946
    # f_hisand: SN1 = 0.6; 1 − 0.7·0.6/(0.6 + exp(−5.51 + 13.74)) = 1 − 0.42/(0.6 + 3751.83) = 0.999888
    # K_EPIC = 0.362290·0.885467·0.811946·0.999888 = 0.260440
    # K = (−0.01383 + 0.51575·0.260440)·0.1317 = (−0.01383 + 0.134322)·0.1317 = 0.0158688
    k_epic = epic_k(np.array([40.0]), np.array([40.0]), np.array([20.0]), np.array([1.5]))
    assert k_epic[0] == pytest.approx(0.260440, rel=1e-5)
    assert converted_k(k_epic)[0] == pytest.approx(0.0158688, rel=1e-5)
    # already summing to 100 %: rescaling changes nothing
    assert soil_erodibility(40.0, 40.0, 20.0, 1.5)[()] == pytest.approx(0.0158688, rel=1e-5)


def test_texture_is_rescaled_to_the_fine_earth_and_pure_sand_has_no_erodibility():
    # SEIMS soil 201 topsoil: sand 52.25, silt 13.8, clay 15.66 (sum 81.71: gravel apart)
    sand, silt, clay = normalised_texture(np.array([52.25]), np.array([13.8]), np.array([15.66]))
    assert sand[0] + silt[0] + clay[0] == pytest.approx(100.0)
    assert sand[0] == pytest.approx(52.25 / 81.71 * 100)
    # no silt and no clay: (SIL/(CLA+SIL))^0.3 has no value; K_EPIC 0, K clipped at 0 (never negative)
    assert epic_k(100.0, 0.0, 0.0, 1.0)[()] == 0.0
    assert converted_k(np.array([0.0]))[0] == 0.0


@pytest.mark.parametrize(
    ("degrees", "expected_s"),
    [
        (3.0, 0.595228),  # 10.8·sin 3° + 0.03 = 10.8·0.0523360 + 0.03
        (7.0, 1.547405),  # 16.8·sin 7° − 0.5 = 16.8·0.1218693 − 0.5
        (15.0, 4.710725),  # 21.91·sin 15° − 0.96 = 21.91·0.2588190 − 0.96
    ],
)
def test_steepness_factor_at_3_7_15_degrees(degrees, expected_s):
    assert steepness_factor(np.array([degrees]))[0] == pytest.approx(expected_s, rel=1e-6)


def test_steepness_pieces_switch_at_5_and_10_degrees():
    s = steepness_factor(np.array([4.999, 5.0, 9.999, 10.0]))
    assert s[0] == pytest.approx(10.8 * math.sin(math.radians(4.999)) + 0.03)
    assert s[1] == pytest.approx(16.8 * math.sin(math.radians(5.0)) - 0.5)
    assert s[3] == pytest.approx(21.91 * math.sin(math.radians(10.0)) - 0.96)


def test_slope_length_exponent_classes_and_l_factor():
    m = slope_length_exponent(np.array([0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 5.01, 30.0]))
    assert m.tolist() == [0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.5, 0.5]
    # λ = 88.52 m at 15°: L = (88.52/22.13)^0.5 = 4^0.5 = 2; LS = 2·4.710725
    assert ls_factor(np.array([15.0]), np.array([88.52]))[0] == pytest.approx(2 * 4.710725, rel=1e-6)


def test_c_table_by_land_cover_and_fvc_class():
    mapping = {1: "forest", 2: "tree_orchard", 3: "paddy", 4: "built_up", 5: "dry_farmland", 6: "shrub", 7: "water"}
    factor = CoverFactor(mapping)
    codes = np.array([1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7])
    fvc = np.array([0.05, 0.10, 0.55, 0.95, 0.60, 0.80, 0.30, 0.5, 0.01, 0.29999, 0.2])
    expected = [
        0.10,  # forest <10 %
        0.08,  # forest at exactly 10 %: the 10–30 class (lower bound inclusive)
        0.02,  # forest 50–70
        0.001,  # forest >90
        0.089,  # tree orchard 50–70
        0.0,  # paddy
        0.01,  # built-up
        0.221 - 0.595 * math.log10(0.5),  # dry farmland: 0.221 + 0.179114 = 0.400114
        1.0,  # dry farmland fc 0.01: 0.221 + 1.19 = 1.411, clipped to 1
        0.22,  # shrub 10–30
        0.0,  # water
    ]
    assert factor(codes, fvc).tolist() == pytest.approx(expected)
    # a class includes its lower break, but 90 % itself is in 70–90 (">90 %" is the top class)
    assert fvc_class(np.array([0.0, 0.0999, 0.1, 0.9, 0.9001, 1.0])).tolist() == [0, 0, 1, 4, 5, 5]
    assert dry_farmland_c(np.array([0.0]))[0] == 1.0


def test_a_land_cover_code_without_c_is_an_error_naming_it():
    factor = CoverFactor({4: "tree_orchard", 6: "forest"}, layer="landuse.tif")
    with pytest.raises(RedLineError, match=r"'landuse\.tif' has code\(s\) 18, 33 that"):
        factor(np.array([4, 18, 6, 33, 18]), np.full(5, 0.5))
    with pytest.raises(RedLineError, match="cropland"):
        CoverFactor({1: "cropland"})


def test_every_legend_maps_to_classes_of_the_tables():
    c_classes = {c.key for c in tables.COVER_CLASSES}
    ecosystems = {e.key for e in tables.ECOSYSTEMS} | {tables.EXCLUDED}
    for legend, mapping in tables.COVER_LEGENDS.items():
        assert set(mapping.values()) <= c_classes, legend
        assert set(tables.ECOSYSTEM_LEGENDS[legend]) >= set(mapping), legend
        assert set(tables.ECOSYSTEM_LEGENDS[legend].values()) <= ecosystems, legend
    seims = tables.COVER_LEGENDS["seims"]
    assert seims == {4: "tree_orchard", 6: "forest", 8: "forest", 18: "water", 33: "paddy", 104: "built_up", 106: "built_up"}
    assert tables.runoff_table()["evergreen_broadleaf_forest"] == 2.67
    assert tables.runoff_table()["wetland_water"] == 0.0


def test_dimidiate_pixel_model():
    # NDVI_soil 0.1, NDVI_veg 0.8: (0.45 − 0.1)/0.7 = 0.5; below soil → 0, above veg → 1
    assert dimidiate_fvc(np.array([0.45, 0.0, 0.9]), 0.1, 0.8).tolist() == pytest.approx([0.5, 0.0, 1.0])
    with pytest.raises(RedLineError, match="must be above"):
        dimidiate_fvc(np.array([0.3]), 0.4, 0.4)


def test_rusle_conservation_potential_and_actual():
    # R 7000, K 0.012, LS 5, C 0.04: potential 7000·0.012·5 = 420; actual 420·0.04 = 16.8; Ac = 403.2
    conservation, potential, actual = services.rusle(np.array([7000.0]), 0.012, 5.0, 0.04)
    assert (conservation[0], potential[0], actual[0]) == pytest.approx((403.2, 420.0, 16.8))


def test_water_balance_clips_a_negative_balance_to_zero():
    # P 1600, ET 800, α 2.67 %: 1600 − 42.72 − 800 = 757.28 mm; ×900 m² ×10⁻³ = 681.552 m³
    # P 800, ET 900: 800 − 21.36 − 900 = −121.36 → 0 (not 121.36)
    volume, depth = services.water_balance(np.array([1600.0, 800.0]), np.array([800.0, 900.0]), np.array([2.67, 2.67]), 900.0)
    assert depth.tolist() == pytest.approx([757.28, 0.0])
    assert volume.tolist() == pytest.approx([681.552, 0.0])


def test_rweq_on_one_cell():
    # sand 60, silt 30, clay 10, OM 1, CaCO3 2 %; Kr 1, Crr 0; vegetation cover 40 %; WF 100 kg/m; z 50 m
    # EF = (29.09 + 0.31·60 + 0.17·30 + 0.33·6 − 2.59·1 − 0.95·2)/100 = 50.28/100 = 0.5028
    # SCF = 1/(1 + 0.0066·10² + 0.021·1²) = 1/1.681 = 0.594884
    # K′ = exp(1.86·1 − 2.41·1^0.934 − 0) = exp(−0.55) = 0.576950
    # C = exp(−0.0483·40) = exp(−1.932) = 0.144858
    ef = services.erodible_fraction(60.0, 30.0, 10.0, 1.0, 2.0)
    scf = services.crust_factor(10.0, 1.0)
    k_prime = services.roughness_factor(1.0, 0.0)
    c = services.vegetation_factor(40.0)
    assert (ef[()], scf[()], k_prime[()], c[()]) == pytest.approx((0.5028, 0.594884, 0.576950, 0.144858), rel=1e-5)
    # potential: product = 100·0.5028·0.594884·0.576950 = 17.25701; Q_max = 109.8·17.25701 = 1894.820 kg/m
    #   s = 150.71·17.25701^−0.3711 = 52.3726 m; S_Lpot = 2·50/52.3726²·1894.820·exp(−(50/52.3726)²) = 27.7666 kg/m²
    # actual: product·C = 2.49982; Q_max = 274.480; s = 107.2700; S_L = 100/107.27²·274.48·exp(−0.217264) = 1.91955
    fixation, potential, actual = services.sand_fixation(np.array([100.0]), ef, scf, k_prime, c)
    assert potential[0] == pytest.approx(27.7666, rel=1e-5)
    assert actual[0] == pytest.approx(1.91955, rel=1e-5)
    assert fixation[0] == pytest.approx(27.7666 - 1.91955, rel=1e-5)
    # no wind, no loss
    assert services.sand_loss(np.array([0.0]))[0] == 0.0


def test_rweq_roughness_from_relief_and_clay_free_soil():
    # ΔH 6 m within L = 90 m: Kr = 0.2·6²/90 = 0.08; K′ = exp(1.86·0.08 − 2.41·0.08^0.934) = exp(0.1488 − 0.2281)
    kr = services.terrain_roughness(np.array([6.0]), 90.0)
    assert kr[0] == pytest.approx(0.08)
    assert services.roughness_factor(kr)[0] == pytest.approx(math.exp(0.1488 - 2.41 * 0.08**0.934), rel=1e-9)
    # past Kr ≈ 50 the fitted curve rises above 1 again; roughness never adds erosion
    assert services.roughness_factor(np.array([80.0]))[0] == 1.0
    # clay 0: sa/cl unbounded, the soil is wholly erodible (EF clipped to 1)
    assert services.erodible_fraction(95.0, 5.0, 0.0, 0.5, 0.0)[()] == 1.0
