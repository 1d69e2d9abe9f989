"""The perpetrator of a strike whose clause names none (geoincidents.incidents.perpetrators) and the
side of a weapon named after a toll (geoincidents.fields.actor_cues).  Invented sentences, not dev rows."""
from __future__ import annotations

import geoincidents

GOV = "Syrian government"


def _at(text: str, published: str = "2016-02-10") -> dict:
    return {r.location_mention: r for r in geoincidents.extract(text, published=published).itertuples()}


def test_barrel_bombs_are_the_governments():
    at = _at("A barrel bomb fell on a bakery in the town of Kafr Hamra on Tuesday, killing six people.")
    assert at["Kafr Hamra"].actor1 == GOV and at["Kafr Hamra"].actor2 == "Civilians"


def test_the_weapon_just_reported_keeps_its_side_in_the_next_sentence():
    text = ("Russian warplanes bombed the town of Hraytan on Monday, killing four civilians. The jets also struck "
            "the village of Anadan, wounding two children.")
    at = _at(text)
    assert at["Anadan"].actor1 == "Russia"
    text = ("Turkish artillery shelled the village of Tannab on Friday. The shelling also hit Deir Jmal, "
            "without casualties.")
    assert _at(text, "2019-05-04")["Deir Jmal"].actor1 == "Turkey"


def test_an_unnamed_strike_after_another_sides_strike_stays_unnamed():
    text = ("Russian warplanes bombed the town of Hraytan on Monday, killing four civilians. An air strike also hit "
            "the village of Anadan, wounding two children.")
    assert not isinstance(_at(text)["Anadan"].actor1, str)


def test_the_toll_of_a_sides_strikes_names_the_perpetrator():
    at = _at("The death toll of the Russian airstrikes on the town of Hraytan rose to 9 civilians on Monday.")
    assert (at["Hraytan"].actor1, at["Hraytan"].actor2) == ("Russia", "Civilians")
