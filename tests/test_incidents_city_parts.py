"""Parts and features of places: streets, quarters, facilities, camps, the area between two places, and cues a
list shares.  Invented sentences, not dev rows."""
from __future__ import annotations

import pytest

import geoincidents

PUB = "2021-03-12"


def extract(text: str):
    return geoincidents.extract(text, published=PUB)


@pytest.mark.parametrize("text, where", [
    ("A shell landed on Saraqeb Street in Idlib city, wounding three.", "Idlib"),
    ("Shells fell near the Kafr Nabl roundabout in Maarat al-Numan, wounding three.", "Maarat al-Numan"),
    ("A car bomb exploded on Aleppo [Halab] street, Idlib city, wounding three.", "Idlib"),
    ("A car bomb exploded on شارع سراقب in Idlib city, wounding three.", "Idlib"),
])
def test_a_street_named_after_a_town_is_not_that_town(text, where):
    gdf = extract(text)
    assert list(gdf["location_mention"]) == [where] and gdf.iloc[0].injured == 3
    m = geoincidents.mentions(text)  # the street's name is context, or (Arabic "شارع X") no mention at all
    assert all(str(r).startswith(("context:", "gloss of")) for r in m[~m["mention"].isin([where, "Idlib city"])].reason)


def test_a_street_alone_makes_no_incident_at_its_namesake():
    text = "A bomb exploded on Saraqeb Street on Friday, wounding three."
    assert "Saraqeb" not in set(extract(text)["location_mention"])
    m = geoincidents.mentions(text)
    assert m[m["mention"] == "Saraqeb"].iloc[0].reason == "context: names a street or square, which lies elsewhere"


@pytest.mark.parametrize("text", [
    "Shelling hit Jobar on the outskirts of Damascus, killing two.",
    "Shelling hit Jobar at the outskirts of Damascus, killing two.",
])
def test_a_namesake_far_from_the_city_whose_outskirts_the_text_names_is_context(text):
    # The gazetteer's only Jobar is a village in Homs: the city the text names locates the event.
    gdf = extract(text)
    assert list(gdf["location"]) == ["Damascus"] and gdf.iloc[0].geo_precision == 2 and gdf.iloc[0].fatalities == 2


def test_a_direction_from_a_capital_still_means_its_governorate():
    # "east of Deir Ezzor" is the governorate's east: Hajin, 90 km away, is no namesake.
    gdf = extract("Coalition jets struck Hajin east of Deir Ezzor, killing 15 fighters.")
    assert list(gdf["location_mention"]) == ["Hajin"] and gdf.iloc[0].fatalities == 15


def test_the_first_of_two_parts_of_a_city_is_a_part_too():
    # "Akrad" alone is a Latakia village; "X and Y neighbourhoods of Raqqa" puts both in Raqqa.
    gdf = extract("Shelling hit the Akrad and Tishreen neighbourhoods of Raqqa city, killing two.")
    assert list(gdf["location"]) == ["Ar-Raqqa"] and gdf.iloc[0].fatalities == 2


@pytest.mark.parametrize("text", [
    "Jets struck the Saraqeb school in Ariha, killing two.",
    "Jets struck the al-Shami hospital, Ariha, killing two.",
    "Jets struck the offices of the Kafr Nabl Charity in Ariha, killing two.",
    "Jets struck the 'Binnish' Association in Ariha, killing two.",
])
def test_a_facility_named_after_elsewhere_is_in_the_town_the_text_names(text):
    gdf = extract(text)
    assert list(gdf["location_mention"]) == ["Ariha"] and gdf.iloc[0].fatalities == 2


def test_an_organisation_named_after_a_village_elsewhere_is_in_the_capital_the_text_names():
    # "Al-Bustan" is a village of Rural Damascus; the association is in Damascus (city and governorate).
    gdf = extract("Security forces raided the Al-Bustan Association in Damascus and arrested its staff.")
    assert list(gdf["location"]) == ["Damascus"]


@pytest.mark.parametrize("text, first, second", [
    ("Clashes erupted in the area between Idlib and Binnish, killing three fighters.", "Idlib", "Binnish"),
    ("Regime forces shelled the area between Hama and Kafr Zita on Monday.", "Hama", "Kafr Zita"),
])
def test_the_area_between_a_capital_and_a_town_keeps_the_capital_as_a_point(text, first, second):
    # A capital named like its governorate is not the governorate "containing" the town here: the area
    # between them is coded at the first end (precision 2), the toll there; the second end stays too.
    gdf = extract(text)
    assert list(gdf["location_mention"]) == [first, second]
    assert gdf.iloc[0].geo_precision == 2 and gdf.iloc[0].feature_type == "city"


@pytest.mark.parametrize("text, city", [
    ("Regime shelling hit Idlib city on Monday, and clashes continued in the Manshiya neighbourhood.", "Idleb"),
    ("Shells fell on Daraa city; a child was killed in the Jobar neighbourhood.", "Dar'a"),
    ("A child was killed in the Manshiya neighbourhood of western Idlib city.", "Idleb"),
])
def test_a_neighbourhood_the_gazetteer_lacks_is_in_the_city_named_before_it(text, city):
    # Mansiyeh and Jober are villages hundreds of km away: the quarters are the city's (precision 2).
    gdf = extract(text)
    assert set(gdf["location"]) == {city}
    found = geoincidents.mentions(text)
    quarter = found[found["mention"].isin(["Manshiya", "Jobar"])].iloc[0]
    assert quarter.location == city and quarter.geo_precision == 2 and "quarter of" in quarter.reason


def test_a_neighbourhood_near_a_city_the_text_names_keeps_its_place():
    # The gazetteer's Wa'er lies by Homs: the text names Homs, so it stays (precision 1).
    gdf = extract("Shelling hit Homs city; two were killed in the Al-Waer neighbourhood.")
    assert "Mazraa - Wa'er" in set(gdf["location"])


def test_an_area_in_the_centre_of_the_capital_is_in_the_capital():
    # "Kafr Sousa" is spelled like Kafrshush, a village near Aleppo: an area of Damascus here.
    gdf = extract("An explosion rocked the Kafr Sousa area in the centre of the capital Damascus, killing three.")
    assert list(gdf["location"]) == ["Damascus"] and list(gdf["fatalities"]) == [3]


def test_a_camp_named_for_a_far_namesake_is_located_by_the_village_near_it():
    # "the X camp near Y": X resolved far from Y is the camp's name; the toll told next goes to Y
    text = ("Our teams responded this morning to Russian airstrikes on the Maram camp for displaced people near "
            "Kafr Jales. The volunteers pulled the bodies of 7 civilians from the rubble.")
    rows = geoincidents.extract(text, published="2022-11-06")
    assert list(rows.location_mention) == ["Kafr Jales"]
    assert rows.iloc[0].fatalities == 7


def test_a_camp_named_for_a_village_near_another_is_at_its_own_village():
    # "the Qah camp for IDPs near Atma": Qah (5 km from Atma) is the camp's place; Atma only locates it
    rows = geoincidents.extract("On 20 November 2019, a missile struck the Qah camp for IDPs near Atma, killing 16 "
                                "civilians.", published="2020-03-01")
    assert list(rows.location_mention) == ["Qah"] and rows.iloc[0].fatalities == 16


@pytest.mark.parametrize("text", [
    "Russian jets struck the outskirts of Bara and Ibleen, killing a shepherd.",
    "Shelling targeted areas near Maasran, Dadikh and Kafr Battikh.",
])
def test_a_near_cue_is_shared_by_the_places_it_lists(text):
    gdf = extract(text)
    assert len(gdf) >= 2 and set(gdf["geo_precision"]) == {2}


def test_a_near_cue_is_not_shared_across_clauses():
    gdf = extract("Jets struck near Saraqeb, and regime forces shelled Ariha.").set_index("location_mention")
    assert gdf.loc["Saraqeb", "geo_precision"] == 2 and gdf.loc["Ariha", "geo_precision"] == 1
