"""Named regions of the Idlib region (Idlib, Hama, Aleppo, Latakia) that reporting names and no
administrative source defines: each resolves by its names, is one incident when the event is
reported at it, and only locates a village named with it."""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents

PUB = "2021-03-12"

# region id -> the names reporting uses for it (main name first).
NAMES = {
    "jabal-shahshabu": ["Jabal Shahshabu", "Jabal Shashabo", "Jebel Shahshabu", "جبل شحشبو"],
    "sahl-al-ruj": ["Sahl al-Ruj", "the Ruj plain", "al-Ruj Plain", "Rouge Plain", "سهل الروج"],
    "jabal-al-arbaeen": ["Jabal al-Arbaeen", "Jebel Arbaeen", "Mount Arbain", "جبل الأربعين"],
    "jabal-al-wastani": ["Jabal al-Wastani", "Jebel Wastani", "Mount Wastani", "جبل الوسطاني"],
    "jabal-barisha": ["Jabal Barisha", "Jebel Barisha", "Mount Barisha", "جبل باريشا"],
    "jabal-al-summaq": ["Jabal al-Summaq", "Jabal al-A'la", "Mount Summaq", "جبل السماق", "الجبل الأعلى"],
    "jabal-al-hass": ["Jabal al-Hass", "Mount al-Hass", "Jabal al-Ahass", "جبل الحص"],
    "jabal-sheikh-barakat": ["Jabal Sheikh Barakat", "Sheikh Barakat mountain", "Mount Sheikh Barakat",
                             "جبل الشيخ بركات"],
    "jabal-siman": ["Jabal Simaan", "Mount Simeon", "Jebel Semaan", "Jabal Sem'an"],
    "jabal-zayn-al-abidin": ["Jabal Zayn al-Abidin", "Jabal Zain al-Abidin", "Zein al-Abidin mountain",
                             "جبل زين العابدين"],
    # Plural and singular forms of the regions the gazetteer had.
    "jabal-al-akrad": ["Kurd Mountains", "Kurdish Mountains", "Kurd Mountain", "Jabal al-Akrad"],
    "jabal-al-turkman": ["Turkmen Mountains", "Turkmen Mountain", "Jabal al-Turkman"],
    "sahl-al-ghab": ["Ghab Plains", "Ghab Plain", "Sahl al-Ghab"],
}


@pytest.mark.parametrize("rid, name", [(rid, n) for rid, names in NAMES.items() for n in names])
def test_region_resolves_by_its_names(gaz, rid, name):
    assert gaz.lookup(name)[0].place_id == f"region:{rid}"


@pytest.mark.parametrize("rid, admin1", [("jabal-shahshabu", None), ("sahl-al-ruj", "SY07"),
                                         ("jabal-al-summaq", "SY07"), ("jabal-al-hass", "SY02"),
                                         ("jabal-siman", "SY02"), ("jabal-al-akrad", "SY06")])
def test_region_has_the_governorate_that_clearly_holds_it(gaz, rid, admin1):
    # Jabal al-Akrad's buffered hull spills ~10% into Hama; Jabal Shahshabu straddles Idlib and Hama.
    got = gaz.places.set_index("place_id").loc[f"region:{rid}", "admin1_pcode"]
    assert (pd.isna(got) if admin1 is None else got == admin1), got


def test_new_regions_have_polygons_and_sources(gaz):
    areas = gaz.admin_areas(0).set_index("place_id")
    for rid in NAMES:
        assert f"region:{rid}" in areas.index
        assert areas.loc[f"region:{rid}", "source"].count("http") >= 1


@pytest.mark.parametrize("rid", list(NAMES))
def test_an_event_at_a_region_is_one_incident_there(rid):
    name = NAMES[rid][0]
    gdf = geoincidents.extract(f"Russian warplanes struck {name} on Monday, killing two civilians.", published=PUB)
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert row.place_id == f"region:{rid}" and row.geo_precision == 2 and row.fatalities == 2


@pytest.mark.parametrize("village, pcode, region", [
    ("Kawkabeh", "C4072", "Jabal Shahshabu"),
    ("Kafr Mid", "C4329", "the Ruj plain"),
    ("Urum al-Jawz", "C4269", "Jabal al-Arbaeen"),
    ("Darkush", "C4252", "Jabal al-Wastani"),
    ("Kafr Deryan", "C4132", "Jabal Barisha"),
    ("Qalb Lozeh", "C4173", "Jabal al-Summaq"),
    ("Banan", "C2185", "Jabal al-Hass"),
    ("Zarzita", "C1138", "Jabal Sheikh Barakat"),
    ("Kabani", "C3751", "the Kurd Mountains"),
    ("Qamhana", "C3008", "Jabal Zain al-Abidin"),
])
def test_a_village_in_a_region_is_the_incident_and_the_region_its_context(village, pcode, region):
    text = f"Regime forces shelled {village} in {region}, killing two."
    gdf = geoincidents.extract(text, published=PUB)
    assert gdf["place_id"].tolist() == [f"ocha:{pcode}"] and gdf.iloc[0].fatalities == 2
    m = geoincidents.mentions(text)
    reg = m[m["place_id"].str.startswith("region:")].iloc[0]
    assert not reg.is_incident_location and reg.reason.startswith("context: locates")


@pytest.mark.parametrize("text, rid", [
    ("Regime forces shelled Jabal al-Akrad in the northern countryside of Latakia, killing two.", "jabal-al-akrad"),
    ("Regime forces shelled the Kurd Mountains in Latakia countryside, killing two.", "jabal-al-akrad"),
    # A landform named after its people: "Kurdish" heads no place name, but heads this one.
    ("Regime forces shelled the Kurdish Mountains in Latakia countryside, killing two.", "jabal-al-akrad"),
    ("Russian jets struck Jabal al-Hass in the southern countryside of Aleppo, killing two.", "jabal-al-hass"),
    ("Shelling hit the Ruj plain in the western countryside of Idlib, killing two.", "sahl-al-ruj"),
    ("Rebels shelled Jabal Zain al-Abidin in the northern countryside of Hama, killing two.", "jabal-zayn-al-abidin"),
    # A region split between Idlib and Hama names no governorate; the text puts it in either.
    ("Russian jets struck Jabal Shahshabu in the north-western countryside of Hama, killing two.", "jabal-shahshabu"),
    ("Russian jets struck Jabal Shahshabu, Idlib province, killing two.", "jabal-shahshabu"),
])
def test_a_region_in_the_countryside_of_its_governorate_is_one_incident_at_the_region(text, rid):
    gdf = geoincidents.extract(text, published=PUB)
    assert gdf["place_id"].tolist() == [f"region:{rid}"]
    assert gdf.iloc[0].geo_precision == 2 and gdf.iloc[0].fatalities == 2


def test_a_people_word_still_heads_no_other_place_name():
    # "Kurdish Mountains" is a name the gazetteer knows whole; "Kurdish fighters" and "Syrian Arab Army" are none.
    m = geoincidents.mentions("Kurdish fighters and the Syrian Arab Army clashed near Afrin.")
    assert m["mention"].tolist() == ["Afrin"]


def test_a_split_region_and_another_place_are_two_incidents():
    gdf = geoincidents.extract("Russian jets struck Jabal Shahshabu and Saraqeb, killing two.", published=PUB)
    assert set(gdf["place_id"]) == {"region:jabal-shahshabu", "ocha:C3916"}


def test_a_town_in_a_direction_from_a_named_plain_only_locates_it():
    gdf = geoincidents.extract("Airstrikes targeted the Ruj plain west of Idlib, killing two.")
    assert list(gdf["location"]) == ["Sahl al-Ruj"] and gdf.iloc[0].fatalities == 2
