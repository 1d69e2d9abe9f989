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


def test_the_perpetrator_named_after_the_facts_is_the_attacks():
    # investigators state the facts, then who carried out the attack
    text = ("On 3 March 2021, rockets struck a market in the town of Sarmin, killing five civilians. The "
            "investigation found that pro-government forces carried out the attack.")
    assert _at(text, "2021-06-01")["Sarmin"].actor1 == GOV
    text = ("On 3 March 2021, a drone strike hit a car near Taftanaz, killing two men. The strike was carried out "
            "by Russian forces, according to the monitor.")
    assert _at(text, "2021-06-01")["Taftanaz"].actor1 == "Russia"
    # a denial names no perpetrator
    text = ("On 3 March 2021, a drone strike hit a car near Taftanaz, killing two men. Moscow denied that Russian "
            "forces carried out the strike.")
    assert _at(text, "2021-06-01")["Taftanaz"].actor1 is None


def test_an_event_a_speaker_condemns_is_reported_without_the_speaker_as_a_side():
    at = _at("Turkey condemned the attack on Sarmada which killed 4 civilians on Tuesday.")
    assert at["Sarmada"].fatalities == 4 and at["Sarmada"].actor1 != "Turkey"
    at = _at("Turkey denounced the Russian air strike on a hospital in Kafr Nabl, which killed three medics.")
    row = at["Kafr Nabl"]
    assert (row.fatalities, row.actor1, row.sub_event_type) == (3, "Russia", "Air/drone strike")
    # speech with no event of its own told is still no event
    assert _at("Turkey condemned the Russian air strikes on Idlib and called for calm.") == {}
