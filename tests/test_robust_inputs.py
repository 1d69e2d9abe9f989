"""Absurd numbers, dates and tokens inside article text: never a crash.

* a count of 2**63 or more used to raise OverflowError when the batch was framed;
* a publication date near year 1 ("0001-01-01", a common null date) or 9999 with
  "since Sunday"/"last week" used to raise OverflowError;
* a capitalised token over 120 characters used to reach ``lookup``, which raised.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoincidents
from geoincidents.fields import casualties, find_dates
from geoincidents.fields.counts import MAX_COUNT

RELATIVE = ["since Sunday", "last week", "this week", "yesterday", "on Monday", "last Monday", "last month",
            "in February", "on 3 March", "in recent days", "for 99999999999999999999 days", "for three weeks",
            "the day before yesterday", "earlier this month", "in 2015", "since 2015", "last year"]


@pytest.mark.parametrize("number", ["99999999999999999999", str(2 ** 63), "1,000,001", "2,000,000,000"])
def test_implausible_count_is_no_fatality_figure(number):
    gdf = geoincidents.extract_many([f"{number} were killed in Saraqeb on Monday.",
                                     "Shelling killed 3 civilians in Ariha on Monday."], published="2019-05-14")
    assert gdf["fatalities"].dropna().tolist() == [3]
    c = casualties(f"{number} civilians were killed in Saraqeb")
    assert c.fatalities is None and c.spans[0].value is None and c.spans[0].attrs["implausible"]
    assert c.fatalities_text == number  # the words are kept


def test_largest_plausible_count_is_kept():
    assert casualties("1,000,000 people were killed").fatalities == MAX_COUNT


@given(st.integers(min_value=0, max_value=10 ** 40), st.sampled_from(["were killed", "civilians died", "missiles"]))
@settings(max_examples=150, deadline=None)
def test_any_number_never_crashes(n, tail):
    text = f"Shelling killed {n} people in Saraqeb. Then {n} {tail} in Ariha on Monday."
    gdf = geoincidents.extract_many([text], published="2019-05-14")
    assert all(v <= MAX_COUNT for v in gdf["fatalities"].dropna())


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30"])
@pytest.mark.parametrize("words", RELATIVE)
def test_extreme_publication_dates_never_crash(published, words):
    gdf = geoincidents.extract(f"Shelling killed 3 civilians in Saraqeb {words}.", published=published)
    assert gdf["location"].tolist() == ["Saraqab"]  # the incident is kept, dated or not


def test_year_one_relative_date_is_unresolved_with_its_words():
    (span,) = find_dates("killed since Sunday", date(1, 1, 1))
    assert span.value is None and span.text == "since Sunday" and span.attrs["unresolved"] == "date out of range"


@given(st.dates(), st.sampled_from(RELATIVE))
@settings(max_examples=300, deadline=None)
def test_dates_never_raise_for_any_publication_date(published, words):
    for span in find_dates(f"Shelling killed 3 civilians {words}.", published):
        if span.value is not None:
            assert span.value.start <= span.value.end


def test_in_a_year_is_the_year_not_the_publication_day():
    (span,) = find_dates("killed in Saraqeb in 2015.", date(2019, 5, 18))
    assert (span.value.start, span.value.end, span.value.precision) == (date(2015, 1, 1), date(2015, 12, 31), 3)
    gdf = geoincidents.extract("Shelling killed 2 civilians in Saraqeb in 2015.", published="2019-05-18")
    assert gdf["date_start"].tolist() == [pd.Timestamp(2015, 1, 1)] and gdf["date_text"].tolist() == ["in 2015"]


@pytest.mark.parametrize("text", [
    "Shelling killed 3 people in the village of Ab" + "a" * 130 + ".",
    "Shelling killed 3 people in Saraq" + "e" * 130 + "b.",
    "Shelling killed 3 people in the village of " + "Abcde " * 19 + "countryside.",
    "Shelling hit " + " ".join(["Q" * 40] * 5) + " on Monday.",
])
def test_over_long_capitalised_tokens_are_not_looked_up(text):
    gdf = geoincidents.extract(text, published="2019-05-14")
    assert len(geoincidents.mentions(text)) >= 0 and len(gdf) <= 1


@given(st.text(st.sampled_from("AbcdeqrS'-"), min_size=100, max_size=400))
@settings(max_examples=100, deadline=None)
def test_any_long_capitalised_run_never_raises(run):
    text = f"Shelling killed 3 civilians in the town of A{run} and in the village of {run.title()} near Saraqeb."
    geoincidents.extract(text, published="2019-05-14")
    geoincidents.mentions(text)


def test_public_lookup_still_refuses_a_text():
    with pytest.raises(ValueError, match="use geoincidents.extract"):
        geoincidents.lookup("A" * 130)
