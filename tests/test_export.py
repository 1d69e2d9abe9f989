"""Exports written to real files and reopened the way GIS users open them."""
from __future__ import annotations

import json
import sqlite3
import math
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest

import geoincidents
from geoincidents.write import write
from geoincidents.schema import ALL_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
INTERNAL = {"evidence_spans", "mention_start", "mention_end"}
LIST_COLUMNS = ("weapons", "actors", "sources")
DICT_COLUMNS = ("victims", "munitions")
DATE_COLUMNS = ("date_start", "date_end", "published")
INT_COLUMNS = [c for c, t in ALL_COLUMNS.items() if t == "Int64"]
# Arabic, quotes, markup: must come back byte for byte.
TRICKY = ('Two civilians were killed in regime shelling on Ariha on Monday <img src=x onerror=alert(1)> '
          '</script>, the "Civil Defence" (الدفاع المدني) said; café, 100% sure.')


@pytest.fixture(scope="module")
def incidents() -> gpd.GeoDataFrame:
    gdf = geoincidents.extract_many(ROOT / "seeds")
    assert len(gdf) >= 5 and gdf.attrs["problems"] == []
    # the seeds exercise every awkward type: lists, a non-empty dict, nulls, dates
    assert any(gdf["weapons"].map(len)) and any(gdf["victims"].map(len)) and gdf["fatalities"].isna().any()
    return gdf


@pytest.fixture(scope="module")
def tricky() -> gpd.GeoDataFrame:
    gdf = geoincidents.extract(TRICKY, published="2019-03-05", source="Test «Source»")
    assert gdf["evidence"].tolist() == [TRICKY]
    return gdf


def _na(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _day(v):
    """A schema day (``datetime64``, a Timestamp in a row) as ``datetime.date``, None when missing."""
    return None if _na(v) else v.date() if isinstance(v, pd.Timestamp) else v


def _same(a, b) -> bool:
    if _na(a) or _na(b):
        return _na(a) and _na(b)
    return _day(a) == _day(b) if isinstance(a, pd.Timestamp) else a == b


def assert_scalars_round_trip(orig: gpd.GeoDataFrame, back: pd.DataFrame, *, dates_as_text: bool) -> None:
    """Every schema column but lists/dicts: same values in the same row order."""
    assert len(back) == len(orig)
    for col in ALL_COLUMNS:
        if col in LIST_COLUMNS + DICT_COLUMNS:
            continue
        for i, (a, b) in enumerate(zip(orig[col], back[col])):
            if col in DATE_COLUMNS and dates_as_text and not _na(a):
                a = _day(a).isoformat()
            if col in INT_COLUMNS and not _na(b):
                assert float(b).is_integer(), (col, i, b)
                b = int(b)
            if col == "location_confidence" and not _na(a):
                assert b == pytest.approx(a), (col, i)
                continue
            assert _same(a, b), (col, i, a, b)


def assert_json_text_round_trip(orig: gpd.GeoDataFrame, back: pd.DataFrame) -> None:
    for col in LIST_COLUMNS + DICT_COLUMNS:
        for a, b in zip(orig[col], back[col]):
            assert isinstance(b, str), (col, b)
            assert json.loads(b) == a, col


def assert_points(orig: gpd.GeoDataFrame, lons, lats) -> None:
    assert list(lons) == pytest.approx(list(orig.geometry.x), abs=1e-9)
    assert list(lats) == pytest.approx(list(orig.geometry.y), abs=1e-9)


# ---------------------------------------------------------------- GeoPackage
def test_geopackage(incidents, tmp_path):
    path = write(incidents, tmp_path / "inc.gpkg")
    assert path == tmp_path / "inc.gpkg"
    assert [tuple(x) for x in pyogrio.list_layers(path)] == [("incidents", "Point")]
    back = gpd.read_file(path, layer="incidents")
    assert back.crs.to_epsg() == 4326
    assert set(ALL_COLUMNS) <= set(back.columns) and not INTERNAL & set(back.columns)
    assert_points(incidents, back.geometry.x, back.geometry.y)
    for col in DATE_COLUMNS:  # real DATE columns (QGIS's temporal controller reads them), not text
        assert str(back[col].dtype).startswith("datetime64"), (col, back[col].dtype)
        back[col] = [None if pd.isna(v) else v.date() for v in back[col]]
    with sqlite3.connect(path) as con:
        types = {row[1]: row[2] for row in con.execute("PRAGMA table_info(incidents)")}
    assert all(types[c] == "DATE" for c in DATE_COLUMNS if incidents[c].notna().any()), types
    assert_scalars_round_trip(incidents, back, dates_as_text=False)
    assert_json_text_round_trip(incidents, back)


def test_geopackage_overwrites_instead_of_appending(incidents, tmp_path):
    write(incidents, tmp_path / "inc.gpkg")
    write(incidents, tmp_path / "inc.gpkg")
    assert len(gpd.read_file(tmp_path / "inc.gpkg", layer="incidents")) == len(incidents)


# ---------------------------------------------------------------- GeoParquet
def test_geoparquet(incidents, tmp_path):
    path = write(incidents, tmp_path / "inc.parquet")
    assert b"geo" in pq.read_schema(path).metadata  # GeoParquet metadata, not a plain table
    back = gpd.read_parquet(path)
    assert back.crs.to_epsg() == 4326 and back.geometry.name == "geometry"
    assert back.geometry.geom_equals_exact(incidents.geometry.reset_index(drop=True), tolerance=0).all()
    assert set(ALL_COLUMNS) <= set(back.columns) and not INTERNAL & set(back.columns)
    for col in DATE_COLUMNS:  # dates come back as datetime.date (Arrow date32), not text or Timestamps
        for a, b in zip(incidents[col], back[col]):
            assert (_na(a) and b is None) or (type(b) is date and b == _day(a)), (col, a, b)
    for col in INT_COLUMNS:
        assert str(back[col].dtype) == "Int64", col
    for col in LIST_COLUMNS:  # lists stay lists
        assert [list(v) for v in back[col]] == [list(v) for v in incidents[col]], col
    # victims: a dict with varying keys is stored as JSON text (pyarrow has no such type)
    assert [json.loads(v) for v in back["victims"]] == list(incidents["victims"])
    assert_scalars_round_trip(incidents, back, dates_as_text=False)


# ---------------------------------------------------------------- CSV
def test_csv(incidents, tmp_path):
    path = write(incidents, tmp_path / "inc.csv")
    back = pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""])
    assert list(back.columns[-2:]) == ["lon", "lat"]
    assert "geometry" not in back.columns and not INTERNAL & set(back.columns)
    assert set(ALL_COLUMNS) <= set(back.columns)
    assert_points(incidents, back["lon"], back["lat"])
    assert_json_text_round_trip(incidents, back)
    assert list(back["location"]) == list(incidents["location"])
    assert [None if _na(v) else int(v) for v in back["fatalities"]] == \
        [None if _na(v) else int(v) for v in incidents["fatalities"]]
    assert list(back["date_start"]) == [_day(d).isoformat() for d in incidents["date_start"]]


# ---------------------------------------------------------------- GeoJSON
def test_geojson(incidents, tmp_path):
    path = write(incidents, tmp_path / "inc.geojson")
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(incidents)
    for feat, (_, row) in zip(fc["features"], incidents.iterrows()):
        assert feat["type"] == "Feature"
        assert feat["geometry"]["type"] == "Point"
        assert feat["geometry"]["coordinates"] == pytest.approx([row.geometry.x, row.geometry.y])
        props = feat["properties"]
        assert set(props) == set(incidents.columns) - INTERNAL - {"geometry"}
        for col in LIST_COLUMNS + DICT_COLUMNS:  # native JSON arrays/objects
            assert props[col] == row[col], col
        for col in DATE_COLUMNS:
            assert props[col] == (_day(row[col]).isoformat() if not _na(row[col]) else None)
        for col in INT_COLUMNS:
            assert props[col] == (None if pd.isna(row[col]) else int(row[col])), col
    back = gpd.read_file(path)
    assert back.crs.to_epsg() == 4326 and len(back) == len(incidents)


# ---------------------------------------------------------------- all formats
@pytest.mark.parametrize("ext", ["gpkg", "parquet", "csv", "geojson"])
def test_text_survives_verbatim(tricky, tmp_path, ext):
    path = write(tricky, tmp_path / f"t.{ext}")
    back = gpd.read_parquet(path) if ext == "parquet" else \
        pd.read_csv(path, encoding="utf-8") if ext == "csv" else gpd.read_file(path)
    assert back["evidence"].tolist() == [TRICKY]
    assert back["source"].tolist() == ["Test «Source»"]


@pytest.mark.parametrize("ext", ["gpkg", "parquet", "csv", "geojson"])
def test_empty_result_writes_and_reopens(tmp_path, ext):
    empty = geoincidents.extract("")
    path = write(empty, tmp_path / f"e.{ext}")
    back = gpd.read_parquet(path) if ext == "parquet" else \
        pd.read_csv(path) if ext == "csv" else gpd.read_file(path)
    assert len(back) == 0
    if ext != "geojson":  # an empty FeatureCollection has no columns to carry
        assert set(ALL_COLUMNS) <= set(back.columns)


def test_mentions_export_keeps_unresolved_rows(tmp_path):
    m = geoincidents.mentions("Three civilians were killed in the village of Qzxwvabad on Monday. "
                              "Shelling hit Ariha on Monday, killing two.", published="2019-03-05")
    assert sorted(m["status"]) == ["resolved", "unresolved"]
    for ext in ("gpkg", "parquet", "csv", "geojson"):
        path = write(m, tmp_path / f"m.{ext}")
        back = gpd.read_parquet(path) if ext == "parquet" else \
            pd.read_csv(path) if ext == "csv" else gpd.read_file(path)
        assert sorted(back["status"]) == ["resolved", "unresolved"], ext
        assert "Qzxwvabad" in set(back["mention"]), ext


def test_unknown_extension_is_refused(incidents, tmp_path):
    with pytest.raises(ValueError, match=r"cannot write 'inc\.shp'.*\.gpkg"):
        write(incidents, tmp_path / "inc.shp")
    assert not (tmp_path / "inc.shp").exists()


# ---------------------------------------------------------------- hostile text
NUL_TEXT = ("The weather was calm that week. " * 300  # past the 8 KB binary sniff
            + "Two civilians were killed in regime shelling on Ariha on Monday\x00, the Civil Defence said.")


def test_nul_after_8kb_does_not_truncate_geopackage_evidence(tmp_path):
    gdf = geoincidents.extract(NUL_TEXT, published="2019-03-05")
    assert len(gdf) == 1 and "\x00" in gdf["evidence"].iloc[0]
    back = gpd.read_file(write(gdf, tmp_path / "n.gpkg"))
    assert back["evidence"].iloc[0] == gdf["evidence"].iloc[0].replace("\x00", "\ufffd")
    assert back["evidence"].iloc[0].endswith("the Civil Defence said.")


@pytest.mark.parametrize("ext", ["gpkg", "parquet", "csv", "geojson"])
def test_lone_surrogates_in_a_frame_do_not_crash_writers(incidents, tmp_path, ext):
    gdf = incidents.head(1).copy()
    # object dtype: pandas' pyarrow-backed str dtype cannot even hold a lone surrogate
    gdf["evidence"] = pd.Series(["killed \ud800 here"], dtype=object, index=gdf.index)
    back = gpd.read_parquet(p) if (p := write(gdf, tmp_path / f"s.{ext}")).suffix == ".parquet" else \
        pd.read_csv(p) if ext == "csv" else gpd.read_file(p)
    assert back["evidence"].tolist() == ["killed \ufffd here"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_defuses_formula_cells_but_not_numbers(incidents, tmp_path, start):
    gdf = incidents.head(2).copy()
    gdf["evidence"] = [f"{start}HYPERLINK(\"http://x\")", "Two killed in Ariha"]
    gdf["location"] = ["-Ariha", "Ariha"]
    gdf["fatalities"] = pd.array([-3, 4], dtype="Int64")
    gdf["location_confidence"] = [-0.5, 0.5]
    back = pd.read_csv(write(gdf, tmp_path / "f.csv"), encoding="utf-8", keep_default_na=False)
    assert back["evidence"].tolist() == [f"'{start}HYPERLINK(\"http://x\")", "Two killed in Ariha"]
    assert back["location"].tolist() == ["'-Ariha", "Ariha"]
    assert back["fatalities"].tolist() == [-3, 4] and back["location_confidence"].tolist() == [-0.5, 0.5]
    assert (back["lon"] > 0).all()  # coordinates are numbers, never prefixed
