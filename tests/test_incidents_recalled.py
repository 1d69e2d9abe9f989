"""An article's history and its headline's summary are not incidents of their own
(geoincidents.incidents.recalled).  Invented articles in the style of agency copy, not dev rows."""
from __future__ import annotations

import geoincidents
from geoincidents import Document
from geoincidents.pipeline import process


def _run(text: str, published: str):
    res = process(Document(text, published=published))
    return res, {i["location_mention"]: i for i in res.incidents}


def test_an_earlier_years_event_told_as_background_is_not_an_incident():
    text = ("Rockets hit the town of Maarrat Misrin on Monday, killing two women, rescuers said.\n\n"
            "The town was shelled for weeks in 2016, when government forces captured nearby Tell Salmo.")
    res, at = _run(text, "2021-09-14")
    assert list(at) == ["Maarrat Misrin"] and at["Maarrat Misrin"]["fatalities"] == 2
    (salmo,) = [m for m in res.mentions if m.text == "Tell Salmo"]
    assert not salmo.is_incident_location and "background" in salmo.not_incident


def test_a_counted_report_of_an_earlier_year_stays():
    text = ("Rockets hit the town of Maarrat Misrin on Monday, killing two women.\n\n"
            "In 2016, government shelling killed 30 people in Tell Salmo.")
    _, at = _run(text, "2021-09-14")
    assert at["Tell Salmo"]["fatalities"] == 30


def test_an_event_of_last_month_is_still_reported():
    text = ("Rockets hit the town of Maarrat Misrin on Monday, killing two women.\n\n"
            "In August, government forces shelled the village of Tell Salmo, killing a shepherd.")
    _, at = _run(text, "2021-09-14")
    assert at["Tell Salmo"]["fatalities"] == 1 and str(at["Tell Salmo"]["date_start"]).startswith("2021-08")


def test_a_headline_summing_up_the_body_makes_no_incident_of_its_own():
    text = ("Shelling kills five in Hama countryside\n\n"
            "HAMA - Government shelling killed three civilians in the village of Qalaat al-Madiq and two in "
            "Shariaa on Wednesday, local rescuers said.")
    res, at = _run(text, "2019-05-09")
    assert "Hama" not in at and {"Qalaat al-Madiq", "Shariaa"} <= set(at)
    hama = [m for m in res.mentions if m.text == "Hama" and m.start < 40]
    assert hama and "headline" in hama[0].not_incident


def test_a_headline_event_the_body_does_not_retell_stays():
    text = ("Rebels capture Tell Salmo after heavy fighting\n\n"
            "Shelling hit Darat Izza on Friday, wounding two children, the civil defence said.")
    _, at = _run(text, "2016-01-15")
    assert {"Tell Salmo", "Darat Izza"} <= set(at) and at["Tell Salmo"]["event_type"] == "Battles"


def test_headline_and_body_at_one_place_stay_one_incident():
    gdf = geoincidents.extract("Drone strike kills two in Sarmin\n\nA drone struck a car in Sarmin on Sunday "
                               "evening, killing two men, activists said.", published="2023-02-06")
    assert list(gdf["location_mention"]) == ["Sarmin"] and gdf.iloc[0].fatalities == 2


def test_a_text_about_earlier_years_only_keeps_its_events():
    # A yearly review, or a note passed with a later date: the events are what the text is about.
    text = ("In its annual review, the network said that on 3 May 2019 government barrel bombs killed "
            "seven civilians in the town of Kafr Zita.")
    _, at = _run(text, "2021-01-20")
    assert at["Kafr Zita"]["fatalities"] == 7
