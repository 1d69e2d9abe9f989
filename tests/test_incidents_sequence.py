"""Several events in one sentence or over two: a capture after dated strikes, a riot after a protest
(invented sentences, not dev rows)."""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents

PUB = "2021-03-12"  # a Friday


def events(text: str) -> list[tuple[str, str, int]]:
    gdf = geoincidents.extract(text, published=PUB)
    return sorted(zip(gdf["location_mention"], gdf["sub_event_type"], gdf["date_start"].dt.day))


@pytest.mark.parametrize("text, capture_day, strike_day", [
    ("Regime forces took control of Kafr Nabl on Tuesday, after shelling it on Sunday.", 9, 7),
    ("Regime forces shelled Kafr Nabl on Sunday before capturing it on Tuesday.", 9, 7),
    # The capture has no day of its own: the publication day (ACLED's default), the strikes theirs.
    ("Regime forces captured Kafr Nabl after air strikes on the town on Monday.", 12, 8),
])
def test_a_capture_after_dated_strikes_gives_the_strikes_their_own_incident(text, capture_day, strike_day):
    strike = "Air/drone strike" if "air" in text else "Shelling/artillery/missile attack"
    assert events(text) == sorted([("Kafr Nabl", "Government regains territory", capture_day),
                                   ("Kafr Nabl", strike, strike_day)])


@pytest.mark.parametrize("text", [
    "Regime forces captured Kafr Nabl after heavy shelling.",
    "On Tuesday, regime forces captured Kafr Nabl after heavy shelling.",
    "Regime forces shelled Kafr Nabl on Tuesday and captured it.",
])
def test_undated_strikes_or_one_date_for_both_stay_in_the_capture(text):
    got = events(text)
    assert [e for _, e, _ in got] == ["Government regains territory"]


def test_a_riot_in_the_next_sentence_makes_the_protest_violent():
    gdf = geoincidents.extract("Residents protested in Binnish on Friday. The protest turned into a riot when "
                               "police fired tear gas.", published=PUB)
    assert list(gdf["sub_event_type"]) == ["Violent demonstration"] and gdf.iloc[0].event_type == "Riots"
    assert gdf.iloc[0].date_start == pd.Timestamp(2021, 3, 12)


def test_a_riot_after_a_strike_is_not_a_protest():
    gdf = geoincidents.extract("Jets struck Binnish. Rioters burned tyres in Sarmin.", published=PUB)
    assert dict(zip(gdf["location_mention"], gdf["sub_event_type"])) == {
        "Binnish": "Air/drone strike", "Sarmin": "Mob violence"}
