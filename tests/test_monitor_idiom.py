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
