"""Background in wire copy is no incident: the war's own toll and history, and the country
named after a region (invented sentences in the style of news agency copy, not dev rows)."""
from __future__ import annotations

import pytest

import geoincidents
from geoincidents.fields.toll_updates import war_history

PUB = "2021-03-12"


@pytest.mark.parametrize("text", [
    "Syria's war has killed more than 370,000 people since it started in 2011 with the repression of "
    "anti-government protests in Daraa.",
    "The conflict has killed more than half a million people in Aleppo and elsewhere since it erupted in 2011.",
    "Hundreds of thousands have died in Homs and across Syria since the war began.",
])
def test_the_wars_toll_and_history_are_no_incident(text):
    assert war_history(text)
    assert geoincidents.extract(text, published=PUB).empty


def test_a_dated_report_with_the_wars_toll_is_still_reported():
    gdf = geoincidents.extract("Shelling killed three people in Ariha on Monday, the latest deaths in a conflict "
                               "that has killed more than 380,000 people since it began in 2011.", published=PUB)
    assert list(gdf["location_mention"]) == ["Ariha"] and gdf.iloc[0].fatalities == 3


def test_a_region_of_the_country_is_the_place_not_a_qualifier():
    gdf = geoincidents.extract("Russian air strikes killed 12 civilians on Tuesday in the jihadist-held Idlib "
                               "region of northwestern Syria, a war monitor said.", published=PUB)
    (row,) = gdf.itertuples()
    assert row.location_mention == "Idlib" and row.fatalities == 12 and row.actor1 == "Russia"


@pytest.mark.parametrize("text, town", [
    ("Rockets fired from across the border hit the Turkish town of Kilis, wounding five.", "Kilis"),
    ("Mortar shells hit the Turkish border town of Akcakale, killing two people.", "Akcakale"),
    ("An air strike hit the Lebanese village of Hermel.", "Hermel"),
])
def test_a_town_across_the_border_is_no_incident_in_syria(text, town):
    assert geoincidents.extract(text, published=PUB).empty
    (reason,) = geoincidents.mentions(text).query("mention == @town")["reason"]
    assert "Turkish" in reason or "Lebanese" in reason


def test_a_natural_disaster_is_no_conflict_incident():
    text = ("On 6 February, a 7.8-magnitude earthquake struck north-west Syria, killing more than 4,500 people, "
            "with Jandairis and Harim among the hardest-hit areas.")
    assert len(geoincidents.extract(text, published="2023-02-20")) == 0
    # shelling in the earthquake zone is still an incident
    text = "On 11 February, despite the earthquake, regime forces shelled Atarib, killing two civilians."
    rows = geoincidents.extract(text, published="2023-02-13")
    assert list(rows.location_mention) == ["Atarib"] and rows.iloc[0].fatalities == 2


@pytest.mark.parametrize("text,published", [
    ("SNHR documented the killing of 102 civilians in Idlib governorate in January 2020, including 26 children.",
     "2020-02-01"),
    ("Between 1 and 5 February, 150,000 people were displaced. During the same period, at least 49 civilians were "
     "reportedly killed in Idleb and Aleppo governorates.", "2020-02-06"),
])
def test_a_period_tally_over_a_governorate_is_no_incident(text, published):
    assert len(geoincidents.extract(text, published=published)) == 0


def test_a_days_toll_in_a_governorate_stays_an_incident():
    rows = geoincidents.extract("Twelve civilians were killed in Idlib province on Tuesday.", published="2020-02-06")
    assert len(rows) == 1 and rows.iloc[0].fatalities == 12


@pytest.mark.parametrize("text,published", [
    ("Since the beginning of September, our teams have responded to 45 attacks by regime forces and Russia on Idlib "
     "and its countryside.", "2021-09-30"),
    ("In February, OCHA recorded 38 incidents of shelling on IDP camps in Idleb governorate.", "2021-03-05"),
])
def test_a_period_tally_of_events_is_no_incident(text, published):
    assert len(geoincidents.extract(text, published=published)) == 0


def test_strikes_counted_on_one_day_stay_an_incident():
    rows = geoincidents.extract("Russian jets carried out 12 air strikes on Kafr Nabl on Tuesday.", published="2021-03-05")
    assert list(rows.location_mention) == ["Kafr Nabl"]
