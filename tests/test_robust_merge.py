"""Distinct incidents are not merged; merged ones keep all their evidence.

Records at one place merge only when their dates allow one event: overlapping
spans (or, across documents, adjacent days), never two different days named in
one article, two different years, or two different unresolved day words.
"""
from __future__ import annotations

from datetime import date

import pytest

import geoincidents
from geoincidents.incidents.build import merge_incidents

TWO_DAYS = "On Monday, shelling killed 2 civilians in Saraqeb. On Friday, shelling killed 5 civilians in Saraqeb."
TWO_YEARS = "In 2015, shelling killed 2 civilians in Saraqeb. In 2019, shelling killed 5 civilians in Saraqeb."


def _rows(gdf):
    return sorted(zip(gdf["fatalities"], gdf["date_start"].dt.date, gdf["date_end"].dt.date), key=lambda t: t[0])


def test_two_days_in_one_article_are_two_incidents():
    gdf = geoincidents.extract(TWO_DAYS, published="2019-05-18")
    assert _rows(gdf) == [(2, date(2019, 5, 13), date(2019, 5, 13)), (5, date(2019, 5, 17), date(2019, 5, 17))]


def test_unresolved_day_words_keep_incidents_apart():
    gdf = geoincidents.extract(TWO_DAYS)  # no publication date: "Monday" and "Friday" are unresolved
    assert sorted(gdf["fatalities"]) == [2, 5]
    assert sorted(gdf["date_text"].str.lower()) == ["on friday", "on monday"]


def test_unresolved_day_words_across_documents():
    gdf = geoincidents.extract_many(TWO_DAYS.split(". "))
    assert sorted(gdf["fatalities"]) == [2, 5]


def test_two_years_are_two_incidents_dated_by_year():
    gdf = geoincidents.extract(TWO_YEARS, published="2019-05-18")
    assert _rows(gdf) == [(2, date(2015, 1, 1), date(2015, 12, 31)), (5, date(2019, 1, 1), date(2019, 5, 18))]
    assert set(gdf["time_precision"]) == {3}


def test_year_at_the_end_of_the_sentence():
    text = "Shelling killed 2 civilians in Saraqeb in 2015. Shelling killed 5 civilians in Saraqeb in 2019."
    gdf = geoincidents.extract(text, published="2019-05-18")
    assert sorted(gdf["fatalities"]) == [2, 5]


def test_same_event_in_two_outlets_merges_with_all_evidence():
    docs = [{"text": "Shelling killed 2 civilians in Saraqeb on Monday.", "id": "a", "published": "2019-05-18"},
            {"text": "Regime shelling killed two civilians in Saraqeb late on Sunday.", "id": "b",
             "published": "2019-05-18"}]
    gdf = geoincidents.extract_many(docs)
    assert len(gdf) == 1  # adjacent days, same place, same type, same count: one event
    row = gdf.iloc[0]
    assert sorted(row["sources"]) == ["a", "b"]
    assert sorted(d for d, _s, _e in row["evidence_spans"]) == ["a", "b"]


def test_adjacent_days_within_one_article_stay_apart():
    text = "Shelling killed 2 civilians in Saraqeb on Monday. Shelling killed 5 civilians in Saraqeb on Tuesday."
    assert len(geoincidents.extract(text, published="2019-05-18")) == 2


def _record(doc, start, end, fatalities, sub="Shelling/artillery/missile attack"):
    return {"doc_id": doc, "place_id": "ocha:C3916", "date_start": start, "date_end": end, "time_precision": 1,
            "date_text": None, "part_of": None, "sub_event_type": sub, "event_type": "Explosions/Remote violence",
            "fatalities": fatalities, "fatalities_low": fatalities, "fatalities_high": fatalities,
            "fatalities_text": str(fatalities), "victims": {}, "munitions": {}, "weapons": [], "actors": [],
            "actor1": None, "actor2": None, "attribution": None, "victims_text": None, "injured": None,
            "source_url": None, "source_title": None, "sources": [doc], "evidence_spans": [(doc, 0, 10)],
            "incident_id": f"{doc}-{start}", "evidence_start": 0}


def test_merge_incidents_respects_dates():
    d = date(2019, 5, 13)
    far = merge_incidents([_record("a", d, d, 2), _record("b", date(2019, 5, 17), date(2019, 5, 17), 5)])
    assert len(far) == 2
    near = merge_incidents([_record("a", d, d, 2), _record("b", date(2019, 5, 14), date(2019, 5, 14), 2)])
    assert len(near) == 1 and near[0]["sources"] == ["a", "b"]
    assert [s[0] for s in near[0]["evidence_spans"]] == ["a", "b"]
    same_doc = merge_incidents([_record("a", d, d, 2), _record("a", date(2019, 5, 14), date(2019, 5, 14), 5)])
    assert len(same_doc) == 2


def test_merge_keeps_every_evidence_span_within_a_document():
    text = "Shelling killed 2 civilians in Saraqeb on Monday. The shelling of Saraqeb on Monday used barrel bombs."
    gdf = geoincidents.extract(text, published="2019-05-18")
    assert len(gdf) == 1
    assert len(gdf["evidence_spans"].iloc[0]) == 2
