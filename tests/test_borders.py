"""The border between two governorates is one incident, at governorate precision, never two city points."""
from __future__ import annotations

import pytest

import geoincidents
from geoincidents import extract


@pytest.mark.parametrize("text, first", [
    ("Clashes on the Idlib-Hama border left five dead.", "Idleb"),
    ("Regime shelling on villages along the administrative border between Hama and Idlib killed five.", "Hama"),
    ("Clashes erupted on the border between Aleppo and Idlib provinces, killing 5 fighters.", "Aleppo"),
    ("Fighting on the Latakia–Idlib frontier killed five.", "Lattakia"),
])
def test_the_border_of_two_governorates_is_one_incident_in_the_first(text, first):
    gdf = extract(text)
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert (row.admin1, row.feature_type, row.geo_precision, row.fatalities) == (first, "governorate", 3, 5)
    m = geoincidents.mentions(text)
    assert m["reason"].astype(str).str.contains("other side of the border").sum() == 1


def test_villages_on_the_border_keep_their_own_incidents():
    gdf = extract("Shelling hit Kafr Nabl and Kafr Sajna on the Idlib-Hama border, killing two.")
    assert set(gdf["location_mention"]) == {"Kafr Nabl", "Kafr Sajna"}


def test_two_towns_joined_by_a_hyphen_are_no_border():
    gdf = extract("Shelling on the Ariha-Saraqeb road killed two.")
    assert list(gdf["geo_precision"]) == [2]
