"""Public API argument errors and missing values.

Wrong arguments raise ``TypeError``/``ValueError`` naming the argument (not an
``AttributeError`` from inside, not silence); missing values ("nan", "null",
None, NaN) are missing, never the villages Nina and Nula.
"""
from __future__ import annotations

import math

import geopandas
import numpy as np
import pandas as pd
import pytest

import geoincidents
from geoincidents import Gazetteer, GazetteerGeocoder, lookup

MISSING = [float("nan"), "nan", "NaN", "null", "NULL", "None", "", "  ", None, pd.NA, np.nan]
SARAQEB = "Shelling killed 3 civilians in Saraqeb on Monday."


@pytest.mark.parametrize("value", MISSING)
def test_geocoder_returns_none_for_missing(value):
    assert GazetteerGeocoder().geocode(value) is None
    assert GazetteerGeocoder().geocode(value, exactly_one=False) == []


@pytest.mark.parametrize("value", ["nan", "NaN", "null", "None", "", "<NA>", "N/A"])
def test_lookup_returns_nothing_for_missing_markers(value):
    assert lookup(value) == []


def test_geopandas_geocode_keeps_missing_rows_empty():
    s = pd.Series(["Saraqeb", None, np.nan, "nan", "Idlib"])
    gdf = geopandas.tools.geocode(s, provider=GazetteerGeocoder)
    assert gdf.geometry.is_empty.tolist() == [False, True, True, True, False]
    assert gdf["address"].isna().tolist() == [False, True, True, True, False]
    assert gdf["address"].iloc[0].startswith("Saraqab")


@pytest.mark.parametrize("kwargs, exc, words", [
    ({"admin1": 7}, TypeError, "admin1"),
    ({"admin1": "Narnia"}, ValueError, "unknown governorate"),
    ({"limit": float("inf")}, TypeError, "limit"),
    ({"limit": -1}, ValueError, "limit"),
    ({"limit": 2.5}, TypeError, "limit"),
    ({"limit": "3"}, TypeError, "limit"),
    ({"limit": True}, TypeError, "limit"),
    ({"kinds": 7}, TypeError, "kinds"),
    ({"kinds": ["towns"]}, ValueError, "kinds"),
    ({"bbox": [36, 35, 37]}, TypeError, "bbox"),
    ({"bbox": "36,35,37,36"}, TypeError, "bbox"),
    ({"bbox": (37, 35, 36, 36)}, ValueError, "bbox"),
    ({"bbox": (36, 35, math.inf, 36)}, ValueError, "bbox"),
    ({"bbox": (36, 35, "x", 36)}, TypeError, "bbox"),
])
def test_lookup_argument_errors(kwargs, exc, words):
    with pytest.raises(exc, match=words):
        lookup("Saraqeb", **kwargs)
    with pytest.raises(exc, match=words):
        Gazetteer.default().lookup("Saraqeb", **kwargs)


def test_bbox_may_be_any_four_numbers():
    box = [36.5, 35.5, 37.0, 36.0]
    expected = lookup("Saraqeb", bbox=tuple(box))
    assert lookup("Saraqeb", bbox=box) == expected
    assert lookup("Saraqeb", bbox=np.array(box)) == expected


def test_limit_accepts_numpy_ints():
    assert len(lookup("Idlib", limit=np.int64(1))) == 1


def test_gazetteer_methods_check_types():
    gaz = Gazetteer.default()
    with pytest.raises(TypeError, match="place_id"):
        gaz.get(7)
    with pytest.raises(TypeError, match="admin1"):
        gaz.admin1_pcodes(7)
    with pytest.raises(ValueError, match="admin level"):
        gaz.admin_areas(9)


@pytest.mark.parametrize("kwargs, exc", [
    ({"admin1": 7}, TypeError), ({"kinds": 3}, TypeError), ({"kinds": ["towns"]}, ValueError),
    ({"min_score": 2}, ValueError), ({"min_score": "high"}, ValueError), ({"gazetteer": "bundled"}, TypeError),
])
def test_geocoder_constructor_errors(kwargs, exc):
    with pytest.raises(exc):
        GazetteerGeocoder(**kwargs)


@pytest.mark.parametrize("kwargs, exc", [
    ({"admin1": 7}, TypeError), ({"limit": -2, "exactly_one": False}, ValueError),
    ({"limit": 2.5, "exactly_one": False}, TypeError), ({"kinds": ["towns"]}, ValueError),
])
def test_geocoder_query_errors(kwargs, exc):
    with pytest.raises(exc):
        GazetteerGeocoder().geocode("Saraqeb", **kwargs)


@pytest.mark.parametrize("query", [7, 3.5, b"Saraqeb", ["Saraqeb"]])
def test_geocoder_non_text_query(query):
    with pytest.raises(TypeError, match="query"):
        GazetteerGeocoder().geocode(query)


def test_geocoder_structured_query_with_missing_parts():
    assert GazetteerGeocoder().geocode({"city": float("nan"), "state": "Idlib"}).raw["admin1"] == "Idleb"
    assert GazetteerGeocoder().geocode({"city": None}) is None


@pytest.mark.parametrize("focus, exc", [(7, TypeError), ([1, 2], (TypeError, ValueError)),
                                        ((37, 35, 36, 36), ValueError), ("Narnia", ValueError)])
def test_extract_focus_errors(focus, exc):
    with pytest.raises(exc, match="focus|governorate"):
        geoincidents.extract(SARAQEB, published="2019-05-14", focus=focus)


def test_extract_focus_list_is_a_bbox():
    box = [36.5, 35.5, 37.0, 36.0]
    a = geoincidents.extract(SARAQEB, published="2019-05-14", focus=box)
    b = geoincidents.extract(SARAQEB, published="2019-05-14", focus=tuple(box))
    assert a["place_id"].tolist() == b["place_id"].tolist() == ["ocha:C3916"]


def test_resolver_focus_checked_directly():
    from geoincidents.places.resolve import resolve_mentions
    with pytest.raises(TypeError, match="focus"):
        resolve_mentions([], focus=7)
    assert resolve_mentions([], focus=[36, 35, 37, 36]) == []
