"""Relative dates resolve to the right spans against the publication date (ACLED time precision)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

import geoincidents

PUB = "2021-03-12"  # a Friday


@pytest.mark.parametrize("words, start, end, precision", [
    ("two days ago", date(2021, 3, 10), date(2021, 3, 10), 1),
    ("over the weekend", date(2021, 3, 6), date(2021, 3, 7), 2),
    ("on the night of 3-4 March", date(2021, 3, 3), date(2021, 3, 4), 2),
    ("since yesterday", date(2021, 3, 11), date(2021, 3, 12), 2),
    ("over the past 48 hours", date(2021, 3, 10), date(2021, 3, 12), 2),
    ("on Tuesday", date(2021, 3, 9), date(2021, 3, 9), 1),
    ("in 2018", date(2018, 1, 1), date(2018, 12, 31), 3),
    ("in the past two days", date(2021, 3, 10), date(2021, 3, 12), 2),
    ("within 24 hours", date(2021, 3, 11), date(2021, 3, 12), 2),
    ("on 8-10 March", date(2021, 3, 8), date(2021, 3, 10), 2),
    ("between 1 and 3 March", date(2021, 3, 1), date(2021, 3, 3), 2),
    ("on March 30th - 31st 2017", date(2017, 3, 30), date(2017, 3, 31), 2),
    ("on April 25th or 26th 2017", date(2017, 4, 25), date(2017, 4, 26), 2),
    ("from 1 to 20 February", date(2021, 2, 1), date(2021, 2, 20), 3),
    ("from Monday to Wednesday", date(2021, 3, 8), date(2021, 3, 10), 2),
    ("a week ago", date(2021, 3, 2), date(2021, 3, 8), 2),
    ("on Sunday and Monday", date(2021, 3, 7), date(2021, 3, 8), 2),
    ("late on Sunday and early Monday", date(2021, 3, 7), date(2021, 3, 8), 2),  # the night between them
    ("on Tuesday night and Wednesday", date(2021, 3, 9), date(2021, 3, 10), 2),
    ("on the 5th", date(2021, 3, 5), date(2021, 3, 5), 1),
    ("on the 20th", date(2021, 2, 20), date(2021, 2, 20), 1),  # still to come this month: the month before
    ("in mid-February", date(2021, 2, 1), date(2021, 2, 28), 3),
    ("since the beginning of the month", date(2021, 3, 1), date(2021, 3, 12), 3),
    ("since the start of the year", date(2021, 1, 1), date(2021, 3, 12), 3),
    ("around 3 March", date(2021, 3, 3), date(2021, 3, 3), 2),  # ACLED: an approximate day
    ("on 3 March (midweek)", date(2021, 3, 3), date(2021, 3, 3), 2),
    ("during the week of 1 March", date(2021, 3, 1), date(2021, 3, 7), 2),
])
def test_relative_dates(words, start, end, precision):
    row = geoincidents.extract(f"Regime forces shelled Ariha {words}.", published=PUB).iloc[0]
    assert (row.date_start, row.date_end, row.time_precision) == (pd.Timestamp(start), pd.Timestamp(end), precision)
    assert row.date_text


def test_the_publication_date_is_only_the_default():
    row = geoincidents.extract("Regime forces shelled Ariha.", published=PUB).iloc[0]
    assert row.date_start == pd.Timestamp(2021, 3, 12) and row.time_precision == 2 and row.date_text is None


def test_each_clause_keeps_its_own_date():
    gdf = geoincidents.extract("Jets struck Ariha on Monday, while shelling hit Sarmin two days ago.", published=PUB)
    days = dict(zip(gdf["location"], gdf["date_start"]))
    assert days == {"Ariha": pd.Timestamp(2021, 3, 8), "Sarmin": pd.Timestamp(2021, 3, 10)}


def test_a_number_of_people_after_a_day_is_not_a_range_of_days():
    row = geoincidents.extract("Shelling on Ariha on March 8 killed 9 civilians.", published=PUB).iloc[0]
    assert (row.date_start, row.date_end) == (pd.Timestamp(2021, 3, 8), pd.Timestamp(2021, 3, 8))


def test_a_daily_tally_dates_the_list_that_follows():
    # A monitor's daily report: the day is stated once, in a sentence that names no place.
    text = ("The monitor documented the death of 9 people across Syria on Tuesday, March 9.\n\n"
            "- 5 civilians were killed by air strikes on Kafr Nabl.\n"
            "- 3 soldiers were killed by an IED explosion near al-Sanamayn.\n"
            "- A child died of wounds sustained in shelling on Kansafra.")
    gdf = geoincidents.extract(text, published=PUB)
    assert len(gdf) == 3
    assert set(gdf["date_start"]) == {pd.Timestamp(2021, 3, 9)} and set(gdf["time_precision"]) == {1}


def test_an_undated_report_under_a_wire_dateline_takes_the_datelines_day():
    # A wire story is filed the day of its news: its undated reports are on the dateline's day (span
    # precision), not on the next day's publication date.
    text = ("BEIRUT, March 5 (Reuters) - The United Nations called for calm. "
            "Air strikes killed 10 people in Ariha, rescuers said.")
    row = geoincidents.extract(text, published="2020-03-06").iloc[0]
    assert (str(row.date_start)[:10], int(row.time_precision)) == ("2020-03-05", 2)
    # Without a dateline, the publication date stays the default.
    row = geoincidents.extract("Air strikes killed 10 people in Ariha, rescuers said.", published="2020-03-06").iloc[0]
    assert (str(row.date_start)[:10], int(row.time_precision)) == ("2020-03-06", 2)


def test_a_dateline_after_the_headline_still_dates_the_story():
    # A story pasted with its headline: the dateline is on the third line.
    text = ("Air strikes kill 11 in Syria's Idlib\n\nBEIRUT, Feb 4 (Reuters) - Russian and Syrian air strikes killed "
            "at least 11 civilians in northwest Syria, rescuers said. Six people were killed in Ariha.")
    gdf = geoincidents.extract(text, published="2020-02-05")
    assert set(gdf["date_start"].astype(str).str[:10]) == {"2020-02-04"}


def test_a_month_of_last_year_is_in_the_year_before_publication():
    import geoincidents
    from geoincidents.fields.dates import find_dates
    from datetime import date
    (sp,) = find_dates("The army took the town in November of last year.", date(2019, 2, 1))
    assert (sp.value.start, sp.value.end, sp.text) == (date(2018, 11, 1), date(2018, 11, 30), "in November of last year")
    (row,) = geoincidents.extract("Government forces shelled Kafr Zita in August last year, killing four civilians.",
                                  published="2019-02-01").itertuples()
    assert str(row.date_start)[:10] == "2018-08-01" and str(row.date_end)[:10] == "2018-08-31"


@pytest.mark.parametrize("text,pub,start,end", [
    # a monitor's monthly list, published weeks later: the weekday alone points to the last week
    ("On Monday, February 10, 2020, warplanes fired missiles at Sarmin, killing four civilians.",
     "2020-03-01", "2020-02-10", "2020-02-10"),
    ("On Sunday 12 May 2019, artillery shelled Kafr Nabl, killing a child.", "2019-06-01", "2019-05-12", "2019-05-12"),
    ("Overnight on 7-8 June, airstrikes hit Ariha.", "2019-06-10", "2019-06-07", "2019-06-08"),
])
def test_written_date_beside_a_weekday_wins(text, pub, start, end):
    inc = geoincidents.extract(text, published=pub).iloc[0]
    assert (str(inc["date_start"])[:10], str(inc["date_end"])[:10]) == (start, end)
