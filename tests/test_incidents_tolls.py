"""Tolls on incidents: vague, updated, coded, zero and later tolls, and which place carries them
(invented sentences written for these tests, not dev rows)."""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents
from geoincidents.incidents.merge import merged_count

PUB = "2021-03-12"


def extract(text: str):
    return geoincidents.extract(text, published=PUB)


def at(gdf, location):
    hits = gdf[gdf["location"] == location]
    assert len(hits) == 1, f"{location}: {gdf['location'].tolist()}"
    return hits.iloc[0]


def test_several_dead_is_acleds_unknown_number_and_says_so():
    row = at(extract("Regime shelling killed several civilians in Ariha."), "Ariha")
    assert row.fatalities == 10 and row.fatalities_low == 2 and row.fatalities_text == "several"
    assert "unknown number coded as 10" in row.fatalities_rule


def test_no_fatalities_reported_is_zero_for_every_place_of_the_event():
    gdf = extract("Turkish forces shelled Ariha and Mhambal. Neither injuries nor fatalities were reported.")
    for place in ("Ariha", "Mhambal"):
        row = at(gdf, place)
        assert row.fatalities == 0 and row.fatalities_text == "Neither injuries nor fatalities"


def test_injuries_only_give_zero_dead():
    row = at(extract("A landmine wounded three shepherds in Ariha."), "Ariha")
    assert (row.fatalities, row.injured) == (0, 3) and pd.isna(row.fatalities_text)
    assert "injuries only" in row.fatalities_rule


def test_a_zero_yields_to_a_reported_death_when_records_merge():
    def rec(n, text, rule="at its place"):
        return dict(fatalities=n, fatalities_low=n, fatalities_high=n, fatalities_text=text, fatalities_rule=rule)
    assert merged_count([rec(0, "No fatalities"), rec(2, "two")])["fatalities"] == 2


def test_an_exact_count_below_a_later_lower_bound_is_outdated():
    # Headlines of one story as the toll grows: 9, then "at least 10", then 10.
    gdf = extract("Car bomb kills 9 in Sarmada; Car bomb kills at least 10 people in Sarmada; Ten killed in Sarmada blast")
    assert at(gdf, "Sarmada").fatalities == 10


def test_an_updated_toll_in_the_same_sentence_supersedes_and_names_what_it_replaced():
    row = at(extract("Shelling killed 9 people in Ariha, raising the death toll to 12."), "Ariha")
    assert row.fatalities == 12 and "updated toll supersedes '9'" in row.fatalities_rule


def test_a_campaigns_cumulative_toll_is_not_the_incidents():
    row = at(extract("Shelling killed 3 civilians in Ariha, raising the death toll to 190 in 27 days of escalation."),
             "Ariha")
    assert row.fatalities == 3


def test_a_toll_the_note_codes_is_the_figure():
    row = at(extract("Rebels clashed with regime forces in Kafr Nabl. Several soldiers were killed. "
                     "Unknown fatalities coded as 10."), "Kafr Nobol")
    assert row.fatalities == 10


def test_killed_and_injured_stays_one_upper_bound():
    row = at(extract("More than 30 people were killed and injured in a car bomb explosion in Sarmada."), "Sarmada")
    assert pd.isna(row.fatalities) and row.fatalities_high == 30


def test_martyrs_and_injured_is_not_a_death_toll():
    row = at(extract("Shelling on Ariha left tens of civilian martyrs and injured."), "Ariha")
    assert pd.isna(row.fatalities) and row.fatalities_high == 10


def test_captives_killed_later_are_the_dead():
    row = at(extract("Gunmen abducted three men in Ariha. They later killed them."), "Ariha")
    assert row.fatalities == 3 and row.fatalities_rule == "captives killed later"


def test_a_toll_in_the_next_sentence_goes_to_the_first_place_of_the_event():
    gdf = extract("A landmine hit a vehicle on the road between Ariha and Mhambal. Three soldiers were killed.")
    # One event on the road (geoincidents.places.context: the other end is context); never counted twice.
    assert at(gdf, "Ariha").fatalities == 3 and gdf["fatalities"].fillna(0).sum() == 3


def test_a_victims_home_town_is_not_where_they_were_killed():
    gdf = extract("Gunmen shot dead a civilian from Mhambal in Ariha.")
    assert at(gdf, "Ariha").fatalities == 1


@pytest.mark.parametrize("text, dead, injured", [
    ("Missile strikes kill 2 persons wound 10 others in Ariha", 2, 10),
    ("Shelling killed 5 people in Ariha, injuring 10", 5, 10),
    ("Two dead and seven wounded civilians in Ariha after shelling", 2, 7),
    ("Gunmen shot dead a regime 1st lieutenant in Ariha", 1, None),
])
def test_the_cue_next_to_each_number_decides_dead_or_injured(text, dead, injured):
    row = at(extract(text), "Ariha")
    assert row.fatalities == dead
    assert (None if pd.isna(row.injured) else row.injured) == injured


def test_a_later_toll_update_finds_the_incident_of_its_event_type():
    gdf = extract("In Sarmin, a strike on a market killed nine people, including two children, and wounded 25 others. "
                  "A landmine exploded near Ariha, injuring three shepherds. "
                  "The death toll from the market strike later rose to 12.")
    row = at(gdf, "Sarmin")
    assert (row.fatalities, row.injured) == (12, 25) and "supersedes 'nine'" in row.fatalities_rule
    assert at(gdf, "Ariha").fatalities == 0


def test_injuries_in_the_next_sentence_are_the_counted_incidents():
    row = at(extract("Regime air strikes killed seven civilians in Ariha on Tuesday. The Observatory said another "
                     "15 people were wounded in the raids."), "Ariha")
    assert (row.fatalities, row.injured) == (7, 15)


@pytest.mark.parametrize("text", [
    "Air strikes killed 14 civilians across Idlib province on Monday, including eight in the town of Ariha.",
    "The monitor said 14 civilians were killed across Idlib province on Monday, eight of them in the town of Ariha.",
])
def test_a_part_of_a_wider_toll_stated_at_a_place_is_that_places_toll(text):
    row = at(extract(text), "Ariha")
    assert row.fatalities == 8 and row.fatalities_rule == "part stated at its place (of '14')"


def test_a_part_with_a_noun_of_its_own_does_not_move_the_toll():
    assert at(extract("Air strikes killed 10 people, including four children in Ariha."), "Ariha").fatalities == 10


def test_a_count_of_strikes_before_the_toll_does_not_decide_where_the_toll_is():
    gdf = extract("Russian jets carried out 35 raids on Ariha on Monday, killing 3 civilians in the town of Saraqeb.")
    assert at(gdf, "Saraqab").fatalities == 3 and pd.isna(at(gdf, "Ariha").fatalities)


def test_an_updated_toll_after_a_dateline_supersedes_the_leads_count():
    # The lead's count goes to the dateline's mention of the town; the update in the next paragraph
    # goes to the body's mention: merged, the update wins ("rose ... to six", not the lead's four).
    import geoincidents
    text = ("AZAZ, Syria (SMART) - Four people, including two children, were killed and 11 others injured when a car "
            "bomb exploded in a crowded market in the city of Azaz, north of Aleppo, on Saturday afternoon, a local "
            "source told SMART.\n\nThe toll rose later in the evening to six after two of the injured died in "
            "hospital, according to the source.")
    gdf = geoincidents.extract(text, published="2021-11-02")
    azaz = gdf[gdf["location"] == gdf.iloc[0].location]
    assert list(azaz["fatalities"]) == [6] and "updated toll" in azaz.iloc[0].fatalities_rule


def test_a_toll_with_a_relative_clause_before_its_rise_is_an_update_dated_by_the_strike():
    # "The death toll in X, where <what happened on Friday evening>, rose to 13 on Saturday morning": 13
    # dead, on Friday (the strike), not Saturday (the day rescuers found more bodies).
    import geoincidents
    text = ("The death toll in the town of Hazano, where a four-storey building collapsed after a Russian air strike "
            "on Tuesday night, rose to 17 on Wednesday as civil defence teams pulled more bodies from the rubble.")
    (row,) = geoincidents.extract(text, published="2020-02-20").itertuples()
    assert row.fatalities == 17 and str(row.date_start)[:10] == "2020-02-18"


def test_a_toll_that_rose_on_a_day_is_still_dated_when_nothing_else_is():
    import geoincidents
    (row,) = geoincidents.extract("The death toll from the shelling of Kafr Nabl rose to 6 on Wednesday.",
                                  published="2020-02-20").itertuples()
    assert row.fatalities == 6 and str(row.date_start)[:10] == "2020-02-19"
