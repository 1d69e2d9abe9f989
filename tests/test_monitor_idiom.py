"""Rules for a monitor's English idiom (the Syrian Observatory's and others'), one behaviour per test.

Each text is written for its test (not taken from the dev sets); ``tests/test_probe_sohr_blind.py``
measures the same rules on fifty reports.
"""
from __future__ import annotations

from geoincidents import Document
from geoincidents.fields.counts import casualties
from geoincidents.fields.events import classify
from geoincidents.pipeline import process


def _incidents(text: str, published: str = "2021-05-10") -> dict[str, dict]:
    return {i["location_mention"]: i for i in process(Document(text, published=published)).incidents}


def test_a_weapon_between_the_strike_verb_and_its_object_still_cues_the_places() -> None:
    # "shelled with rocket launchers X": the villages are the shelling's object, spelt as the monitor spells them.
    got = _incidents("Regime forces shelled with heavy artillery and rocket launchers Kafr Aweed and Sufuhen "
                     "in Jabal Al-Zawiya.")
    assert {"Kafr Aweed", "Sufuhen"} <= set(got)


def test_a_running_tally_in_the_next_sentence_is_no_incident_toll() -> None:
    got = _incidents("Regime forces shelled Kansafra and Al-Fateerah in Jabal Al-Zawiya. SOHR has documented the "
                     "death of 2,304 people since the beginning of the escalation on April 30.")
    assert all(i["fatalities"] != 2304 for i in got.values())


def test_the_start_of_a_running_tally_is_not_the_event_day() -> None:
    got = _incidents("Russian warplanes killed 4 civilians in airstrikes on the outskirts of Darkush, bringing to 23 "
                     "the number of civilians killed by Russian airstrikes since the beginning of 2021.",
                     published="2021-08-14")
    assert (str(got["Darkush"]["date_start"]), str(got["Darkush"]["date_end"])) == ("2021-08-14", "2021-08-14")
    assert got["Darkush"]["fatalities"] == 4


def test_groups_of_dead_joined_across_the_body_of_the_first_are_one_total() -> None:
    assert casualties("SOHR documented the death of 7 fighters of the jihadist groups and 5 regime soldiers").fatalities == 12
    # a group with its own harm word is its own report, not joined to the next one's
    assert casualties("The blast left 3 dead of the regime forces and 9 IS members killed in the raids").fatalities == 3


def test_a_count_before_a_long_named_body_reaches_its_verb() -> None:
    c = casualties("A commander of the Turkish-backed 'Sultan Suleiman Shah Division' was killed and three others "
                   "were injured when a drone struck their car")
    assert (c.fatalities, c.injured) == (1, 3)


def test_a_new_event_joined_to_the_one_just_reported_types_the_places() -> None:
    e = classify("The Russian airstrikes coincided with regime shelling with heavy artillery on Bzabour and Ablin.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_capture_by_the_attackers_of_regime_positions_is_theirs() -> None:
    got = _incidents("HTS fighters launched an attack on regime positions in Al-Hamamiyat and managed to regain control "
                     "of the village after violent clashes.", published="2019-07-18")
    assert got["Al-Hamamiyat"]["sub_event_type"] == "Non-state actor overtakes territory"


def test_the_shelling_reported_to_hit_more_places_keeps_its_perpetrator() -> None:
    got = _incidents("Turkish forces shelled Tal Rifaat with heavy artillery. Activists reported that the shelling "
                     "also targeted Kafr Naya and Deir Jamal.")
    assert got["Kafr Naya"]["actor1"] == "Turkey"


def test_a_day_told_in_the_next_sentence_dates_the_event_just_reported() -> None:
    got = _incidents("The death toll of the Russian airstrikes on the market of Sarmin rose to 14 civilians. The Russian "
                     "warplanes struck the market with 3 airstrikes on Friday evening.", published="2019-11-04")
    assert str(got["Sarmin"]["date_start"]) == "2019-11-01"
    # an earlier event told as background ("had carried out ... on Friday") does not date it
    got = _incidents("Russian warplanes carried out 5 airstrikes on Sarmin. It is worth noting that the Russian "
                     "warplanes had carried out 12 airstrikes on the region on Friday.", published="2019-11-04")
    assert str(got["Sarmin"]["date_start"]) == "2019-11-04"


def test_the_de_escalation_zone_is_a_place_not_a_truce() -> None:
    got = _incidents("Turkish forces set up a new military post near Al-Mastumah, amid the continuous deployment of "
                     "Turkish reinforcements into the de-escalation zone.", published="2020-02-10")
    assert got["Al-Mastumah"]["sub_event_type"] == "Headquarters or base established"
