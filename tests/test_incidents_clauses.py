"""Clauses own their facts: counts, injuries, dates and event types go to the clause that
states them and the place that clause names (invented sentences, not dev rows)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import geoincidents

PUB = "2021-03-12"  # a Friday


def extract(text: str):
    return geoincidents.extract(text, published=PUB)


def at(gdf, location):
    hits = gdf[gdf["location"] == location]
    assert len(hits) == 1, f"{location}: {gdf['location'].tolist()}"
    return hits.iloc[0]


@pytest.mark.parametrize("text, dead, injured", [
    ("Regime shelling killed 12 people and injured 30 in Ariha.", 12, 30),
    ("A car bomb exploded in Sarmada, killing at least three people and wounding a dozen others.", 3, 12),
    ("Jets struck Ariha, killing 2 fighters, and wounding others.", 2, None),
    ("Warplanes kill 21 people at least and injure tens of others in Ariha", 21, 10),
])
def test_the_verb_owns_its_number(text, dead, injured):
    (row,) = extract(text).itertuples()
    assert row.fatalities == dead
    assert (None if pd.isna(row.injured) else row.injured) == injured


def test_two_explosions_two_incidents_each_with_its_own_count_and_day():
    gdf = extract("A landmine exploded near Taftanaz, injuring three, and another device went off "
                  "in Maarrat Misrin on Friday, killing a fighter.")
    first, second = at(gdf, "Teftnaz"), at(gdf, "Ma'arrat Tamasrin")
    assert first.injured == 3 and first.fatalities == 0  # injuries only: 0 dead (ACLED)
    assert second.fatalities == 1 and second.date_start == pd.Timestamp(2021, 3, 12) and second.time_precision == 1
    assert first.sub_event_type == second.sub_event_type == "Remote explosive/landmine/IED"
    assert first.geo_precision == 2  # "near Taftanaz"


def test_while_starts_another_report_with_its_own_date_and_type():
    gdf = extract("Air strikes killed dozens in Saraqeb over three days, while shelling on "
                  "Kafr Takharim killed a girl on Tuesday.")
    town = at(gdf, "Kafr Takharim")
    assert town.fatalities == 1 and town.date_start == pd.Timestamp(2021, 3, 9)
    assert town.sub_event_type == "Shelling/artillery/missile attack"
    plain = at(gdf, "Saraqab")
    assert plain.fatalities == 12 and plain.time_precision == 2 and plain.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text, second, sub_event, dead", [
    ("Regime shelling killed a child in Kansafra, and unidentified gunmen shot dead a teacher in Binnish.",
     "Bennsh", "Attack", 1),
    ("Regime shelling killed a child in Kansafra, and unidentified gunmen abducted a doctor in Binnish.",
     "Bennsh", "Abduction/forced disappearance", None),
    ("A drone struck a car near Sarmada, and a roadside bomb exploded in Atmeh, killing two fighters.",
     "Atma", "Remote explosive/landmine/IED", 2),
])
def test_a_second_act_after_and_is_a_report_of_its_own(text, second, sub_event, dead):
    gdf = extract(text)
    row = at(gdf, second)
    assert row.sub_event_type == sub_event
    assert (None if pd.isna(row.fatalities) else row.fatalities) == dead
    first = gdf.iloc[0]
    assert first.sub_event_type != sub_event  # the first clause keeps its own event type
    assert first.location != second


@pytest.mark.parametrize("text, second_day", [
    ("Three civilians were killed on 1 March in Ariha, and two more on 3 March in Saraqeb.", 3),
    ("Shelling killed 3 people in Ariha and two others in Saraqeb on 3 March.", 3),
    # The second group named by a noun: "three children in Ariha and two women in Saraqeb".
    ("Shelling killed three children in Ariha and two women in Saraqeb on 3 March.", 3),
])
def test_an_elided_second_report_has_its_own_count_and_day(text, second_day):
    gdf = extract(text)
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert (first.fatalities, second.fatalities) == (3, 2)
    assert second.date_start == pd.Timestamp(2021, 3, second_day)


def test_people_named_at_each_place_are_each_places_count():
    gdf = extract("Regime shelling killed a woman in Ariha and a man in Saraqeb on Tuesday, activists said.")
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert (first.fatalities, second.fatalities) == (1, 1)
    assert first.date_start == second.date_start == pd.Timestamp(2021, 3, 9)
    # A group joined to another with no place between stays the one place's count.
    assert at(extract("Jets killed two fighters and a commander in Ariha."), "Ariha").fatalities == 3


def test_a_monitors_tally_by_place_gives_each_place_its_item():
    gdf = extract("The monitor documented the death of 7 civilians on Tuesday: 4 in Ariha and 3 in Saraqeb, "
                  "all killed in air strikes.")
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert (first.fatalities, second.fatalities) == (4, 3)
    assert first.sub_event_type == second.sub_event_type == "Air/drone strike"
    assert first.date_start == second.date_start == pd.Timestamp(2021, 3, 9)


def test_a_second_verb_of_one_subject_shares_the_day_stated_at_the_end():
    gdf = extract("Air strikes killed five people in Ariha and wounded eight others in nearby Saraqeb on Tuesday.")
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert (first.fatalities, second.injured) == (5, 8)
    assert first.date_start == second.date_start == pd.Timestamp(2021, 3, 9)


def test_an_elided_report_shares_the_event_and_day_stated_at_the_end():
    gdf = extract("Five people were killed in Ariha and three in Saraqeb when warplanes struck the two towns on Sunday.")
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert (first.fatalities, second.fatalities) == (5, 3)
    assert first.sub_event_type == second.sub_event_type == "Air/drone strike"
    assert first.date_start == second.date_start == pd.Timestamp(2021, 3, 7)


@pytest.mark.parametrize("text, tolls", [
    ("The strikes targeted Ariha, Sarmin and Saraqeb, killing 3, 2 and 1 people respectively.",
     {"Ariha": 3, "Sarmin": 2, "Saraqab": 1}),
    ("Strikes on Ariha and Sarmin killed 5 and 3 civilians, respectively.", {"Ariha": 5, "Sarmin": 3}),
])
def test_respectively_gives_each_place_its_count(text, tolls):
    gdf = extract(text)
    assert {loc: at(gdf, loc).fatalities for loc in tolls} == tolls
    assert set(gdf["fatalities_rule"]) == {"respectively: the list's counts in order"}


def test_without_respectively_a_list_of_counts_is_not_split():
    gdf = extract("Strikes on Ariha and Sarmin killed 5 and 3 civilians.")
    assert at(gdf, "Ariha").fatalities == 8 and pd.isna(at(gdf, "Sarmin").fatalities)


def test_a_day_after_starts_an_earlier_report_dated_from_the_first():
    gdf = extract("Regime shelling on Ariha killed two civilians on Tuesday, a day after air strikes on nearby "
                  "Sarmin killed five.")
    town, village = at(gdf, "Ariha"), at(gdf, "Sarmin")
    assert (town.fatalities, town.sub_event_type, town.date_start) == (2, "Shelling/artillery/missile attack",
                                                                      pd.Timestamp(2021, 3, 9))
    assert (village.fatalities, village.sub_event_type, village.date_start) == (5, "Air/drone strike",
                                                                               pd.Timestamp(2021, 3, 8))
    assert village.geo_precision == 1  # "nearby Sarmin" is Sarmin


@pytest.mark.parametrize("comma", [",", ""])
def test_a_day_after_an_attack_is_its_own_report_a_day_before_the_undated_one(comma):
    gdf = extract(f"Regime forces shelled Ariha{comma} a day after a drone attack on the Homs military academy "
                  "killed 89 people.")
    town, city = at(gdf, "Ariha"), at(gdf, "Homs")
    assert (city.fatalities, city.sub_event_type) == (89, "Air/drone strike")
    assert city.actor1 != "Syrian government"  # the drone's side is not named; the shelling's is
    assert pd.isna(town.fatalities)
    # No day stated: the shelling has the publication day (a span of days), the drone attack the day before.
    assert (town.date_start, town.time_precision) == (pd.Timestamp(2021, 3, 12), 2)
    assert (city.date_start, city.time_precision) == (pd.Timestamp(2021, 3, 11), 2)


def test_a_counted_report_naming_no_place_keeps_its_count_from_the_next_report():
    gdf = extract("Turkish soldier killed in an attack in northern Syria; Three Turkish soldiers killed in "
                  "an attack on al-Bab")
    assert at(gdf, "Al Bab").fatalities == 3


def test_other_villages_are_a_list_not_an_elided_report():
    gdf = extract("Regime forces captured Kafr Nabl and three other villages on Tuesday.")
    assert list(gdf["location_mention"]) == ["Kafr Nabl"]


def test_a_toll_over_a_list_is_not_given_to_the_last_place_and_says_why():
    gdf = extract("Airstrikes hit Harem and Salqin, killing four.")
    harem, salqin = at(gdf, "Harim"), at(gdf, "Salqin")
    assert harem.fatalities == 4 and harem.fatalities_rule == "list total: first place named, not split"
    assert pd.isna(salqin.fatalities)
    assert "Harem" in salqin.fatalities_rule


def test_a_list_split_by_the_attribution_verb_keeps_its_toll_rule_and_day():
    # "said" after the last name of the list is no second report: the list and its day are one.
    gdf = extract("Air strikes killed at least 18 people in the towns of Ariha and Saraqeb on Tuesday, the Observatory said.")
    first, second = at(gdf, "Ariha"), at(gdf, "Saraqab")
    assert first.fatalities == 18 and first.fatalities_rule == "list total: first place named, not split"
    assert second.fatalities_rule == "toll of the list given to 'Ariha'"
    assert first.date_start == second.date_start == pd.Timestamp(2021, 3, 9)


def test_a_toll_stated_at_a_place_goes_there():
    gdf = extract("Jets struck Harem and killed four in Salqin.")
    assert at(gdf, "Salqin").fatalities == 4 and pd.isna(at(gdf, "Harim").fatalities)
    assert at(gdf, "Salqin").fatalities_rule in ("stated at place", "at its place")


def test_an_updated_toll_supersedes_the_earlier_one():
    gdf = extract("Regime shelling killed 21 people in Ariha on Monday. The death toll rose to 25, the monitor said.")
    row = at(gdf, "Ariha")
    assert row.fatalities == 25 and row.fatalities_rule.startswith("updated toll supersedes")


@pytest.mark.parametrize("text, n", [
    ("The death toll rose to 21 in Ariha after the shelling", 21),
    ("Shelling on Ariha, raising the number to 8", 8),
    ("The number of casualties rises to 13 in Ariha after the shelling", 13),
    ("A shell killed a family of six in Ariha", 6),
    ("Shelling killed a shepherd in Ariha", 1),
    ("Gunmen assassinated a council member in Ariha", 1),
    ("Shelling on Ariha killed a woman and her two children", 3),
    ("Two civilians and three fighters were killed in shelling on Ariha", 5),
])
def test_tolls_and_people_are_counts(text, n):
    assert extract(text)["fatalities"].max() == n


def test_casualties_and_martyrs_are_deaths_and_the_words_are_kept():
    # Monitors (SOHR, SNHR, SANA) write "casualties"/"martyrs" for the dead: read as deaths.
    row = extract("Shelling on Ariha left 7 casualties.").iloc[0]
    assert row.fatalities == 7 and "7" in row.fatalities_text
    row = extract("7 martyrs in shelling on Ariha").iloc[0]
    assert row.fatalities == 7 and row.fatalities_text == "7"


def test_a_toll_in_the_next_sentence_belongs_to_the_incident_just_reported():
    gdf = extract("Rebels clashed with regime forces in Kafr Nabl. Four soldiers were killed.")
    assert at(gdf, "Kafr Nobol").fatalities == 4


def test_headlines_joined_by_semicolons_are_several_reports():
    gdf = extract("Shelling killed three people in Ariha; Airstrikes killed two civilians in Sarmin")
    assert at(gdf, "Ariha").fatalities == 3 and at(gdf, "Ariha").sub_event_type == "Shelling/artillery/missile attack"
    assert at(gdf, "Sarmin").fatalities == 2 and at(gdf, "Sarmin").sub_event_type == "Air/drone strike"


def test_a_denial_in_one_headline_does_not_silence_the_next():
    gdf = extract("The ministry denied the allegations; Regime shelling killed two people in Ariha")
    assert at(gdf, "Ariha").fatalities == 2


def test_an_acronym_is_not_a_verb():
    # "1 IS fighter": the Islamic State's acronym, not the verb "is".
    gdf = extract("IS fighters clashed with SDF fighters in Hajin. 1 IS fighter was killed and 5 SDF fighters were injured.")
    row = at(gdf, "Hajin")
    assert (row.fatalities, row.injured) == (1, 5)


def test_an_unknown_number_of_dead_is_coded_as_ten_like_acled():
    gdf = extract("SDF fighters clashed with an IS cell in Hajin. An unknown number of IS fighters were killed.")
    row = at(gdf, "Hajin")
    assert row.fatalities == 10 and row.fatalities_text == "An unknown number of"


def test_a_counted_subject_with_a_long_name_opens_its_own_report():
    # "..., and five fighters of the Free Syrian Army died in clashes ... Y": the verb comes after
    # seven words, and the clause is still its own report, with its own event, count and day.
    import geoincidents
    text = ("Government shelling killed two boys in Kafr Hamra on Monday, and four fighters of the Nour "
            "al-Din al-Zenki movement died in clashes with troops near Anadan on Tuesday, activists said.")
    at = {r.location_mention: r for r in geoincidents.extract(text, published="2016-02-10").itertuples()}
    assert at["Kafr Hamra"].fatalities == 2 and at["Anadan"].fatalities == 4
    assert at["Anadan"].sub_event_type == "Armed clash" and str(at["Anadan"].date_start)[:10] == "2016-02-09"


def test_a_monitors_documented_report_and_the_next_clause_own_their_counts():
    # "SOHR documented the death of X in Y, and a child was killed in Z": 'documented' is a monitor's
    # reporting verb, so the clause after ', and' is a report of its own.
    import geoincidents
    text = ("The monitor documented the death of a man and his two sons in regime shelling on Kafr Sajna, and a "
            "woman was killed by a drone strike on the outskirts of Heish.")
    at = {r.location_mention: r for r in geoincidents.extract(text, published="2019-07-02").itertuples()}
    assert at["Kafr Sajna"].fatalities == 3 and at["Heish"].fatalities == 1


@pytest.mark.parametrize("joint", ["a day after", "two days after", "hours after"])
def test_a_report_set_beside_by_after_keeps_its_own_unnamed_perpetrator(joint):
    # The government shelled Atarib; the drone strike on the Homs academy before it was by another side,
    # which the text does not name: it must not take the regime as its perpetrator.
    text = (f"Government forces shelled Atarib, killing three civilians, {joint} a drone strike on a military "
            "academy in Homs killed dozens.")
    gdf = geoincidents.extract(text, published="2023-10-06").set_index("location_mention")
    assert gdf.loc["Atarib", "actor1"] == "Syrian government" and gdf.loc["Atarib", "fatalities"] == 3
    assert gdf.loc["Homs", "sub_event_type"] == "Air/drone strike" and gdf.loc["Homs", "fatalities"] == 12
    assert pd.isna(gdf.loc["Homs", "actor1"])


@pytest.mark.parametrize("text, place, dead, sub", [
    ("Government forces shelled Atarib, killing three civilians, after a drone attack on the Homs military academy "
     "killed dozens.", "Homs", 12, "Air/drone strike"),
    ("Regime forces shelled Ariha after a car bomb in Idlib city killed 7 people.", "Idlib", 7,
     "Remote explosive/landmine/IED"),
])
def test_an_earlier_attack_after_which_the_report_came_keeps_its_own_toll_and_type(text, place, dead, sub):
    gdf = geoincidents.extract(text, published="2023-10-06").set_index("location_mention")
    assert gdf.loc[place, "fatalities"] == dead and gdf.loc[place, "sub_event_type"] == sub
    assert gdf.loc[place, "actor1"] != "Syrian government"
