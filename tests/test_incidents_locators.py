"""A governorate's capital after a compass direction only locates the finer place before it, however far
("the town of Azaz, north of Aleppo"), and a region the gazetteer does not know is not its namesake town
(geoincidents.places.context).  Invented sentences, not dev rows."""
from __future__ import annotations

import geoincidents


def _at(text: str) -> dict:
    return {r.location_mention: r for r in geoincidents.extract(text, published="2023-04-02").itertuples()}


def test_a_capital_after_a_direction_locates_the_town_before_it():
    at = _at("A car bomb exploded in the town of Azaz, north of Aleppo, on Saturday, killing five people.")
    assert set(at) == {"Azaz"} and at["Azaz"].fatalities == 5
    at = _at("Unknown gunmen shot dead a teacher in the city of al-Mayadin east of Deir Ezzor on Friday.")
    assert set(at) == {"al-Mayadin"}


def test_the_east_of_a_city_is_the_city():
    at = _at("Regime forces shelled the town of Deir Hafer and the east of Aleppo on Friday.")
    assert "Aleppo" in at


def test_a_capital_of_another_governorate_stays_a_place():
    # Saraqeb is in Idlib governorate: "east of Aleppo" does not locate it, both are reported.
    at = _at("Shelling hit Saraqeb and areas east of Aleppo on Friday.")
    assert {"Saraqeb", "Aleppo"} <= set(at)


def test_an_unknown_region_is_not_its_far_namesake_town():
    at = _at("A Turkish drone struck a car near the village of Tannab in the Shehba region on Sunday, "
             "killing two SDF fighters.")
    assert set(at) == {"Tannab"} and at["Tannab"].fatalities == 2


def test_a_town_after_a_village_word_and_a_direction_only_locates_the_village():
    # Airwars' source lists put the class word before the comma: "<village> village, <direction> of <town>".
    at = _at("March 30th 2023: (S880) Sfuhun village, north-west of Kafr Nabl, Idlib governorate, Syria")
    assert set(at) == {"Sfuhun"}
    at = _at("Russian jets struck Kafrlata village, south of Ariha, killing three people.")
    assert set(at) == {"Kafrlata"} and at["Kafrlata"].fatalities == 3
    at = _at("Two civilians were killed in Babila village, east of Ariha, on Thursday.")
    assert set(at) == {"Babila"} and at["Babila"].fatalities == 2
