"""Where the attackers are and where the wounded are treated are not where the event happened
(geoincidents.places.context, geoincidents.places.lexicon).  Invented sentences, not dev rows."""
from __future__ import annotations

import geoincidents

PUB = "2022-08-20"


def _places(text: str) -> dict:
    return {r.location_mention: r for r in geoincidents.extract(text, published=PUB).itertuples()}


def test_the_attackers_base_is_context():
    at = _places("Government forces stationed in Maarat al-Numan targeted the village of Maarzaf with "
                 "rocket launchers on Friday, killing a child.")
    assert set(at) == {"Maarzaf"} and at["Maarzaf"].fatalities == 1
    at = _places("Militants positioned in the western Aleppo countryside fired rockets on the town of "
                 "al-Nayrab, injuring three civilians.")
    assert "Aleppo" not in at


def test_a_strike_on_fighters_stationed_in_a_town_is_at_that_town():
    at = _places("A Russian air strike hit fighters stationed in Kafr Takharim on Friday, killing four.")
    assert at["Kafr Takharim"].fatalities == 4


def test_the_town_of_the_hospital_is_context():
    at = _places("Shells fell on the village of Kafr Oweid on Monday, wounding two women, who were taken to "
                 "Ariha National Hospital.")
    assert set(at) == {"Kafr Oweid"}
    at = _places("A drone struck a car near Sarmin, and the three wounded were rushed to hospitals in Idlib.")
    assert set(at) == {"Sarmin"}
