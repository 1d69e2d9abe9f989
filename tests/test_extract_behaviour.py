"""Extraction behaviour on articles written unlike the seeds (wire-service style)."""
from __future__ import annotations

from datetime import date

import pandas as pd

import pytest

import geoincidents

WIRE = """Syrian regime strikes kill 9 in northwest Syria, monitor says

BEIRUT (Reuters) - Syrian government air strikes killed nine civilians, including four children, in the town of Ariha in Idlib province on Wednesday, the Syrian Observatory for Human Rights said.

The Britain-based war monitor said Russian warplanes also struck villages in Jabal al-Zawiya and the southern Idlib countryside, wounding at least 15 people.

Rebels fired rockets at the government-held town of Suqaylabiyah in northern Hama, killing a woman, state news agency SANA reported.

Turkey, which backs some rebel groups, has deployed troops to observation posts near Maarat al-Numan. President Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Tuesday.

In Deir ez-Zor, an IED explosion killed three SDF fighters near al-Busayrah on Monday.
"""


@pytest.fixture(scope="module")
def wire():
    return geoincidents.extract(WIRE, published="2019-05-15", source="Reuters", url="https://example.org/a")


def row(gdf, location):
    hits = gdf[gdf["location"] == location]
    assert len(hits) == 1, f"{location}: {gdf['location'].tolist()}"
    return hits.iloc[0]


def test_a_province_that_only_locates_a_town_is_not_a_second_incident(wire):
    assert set(wire["location"]) == {"Ariha", "Jabal al-Zawiya", "As-Suqaylabiyah", "Basira (Basira)"}
    ariha = row(wire, "Ariha")
    assert (ariha.fatalities, ariha.geo_precision, ariha.feature_type) == (9, 1, "town")
    assert ariha.victims == {"civilians": 9, "children": 4}
    assert ariha.date_start == pd.Timestamp(2019, 5, 15) and ariha.time_precision == 1
    # Who reported it is the monitor, not the wire service of the dateline.
    assert ariha.attribution == "Syrian Observatory for Human Rights"


def test_counts_go_to_the_place_they_are_written_with(wire):
    assert row(wire, "As-Suqaylabiyah").fatalities == 1
    zawiya = row(wire, "Jabal al-Zawiya")
    assert zawiya.injured == 15 and zawiya.feature_type == "region" and zawiya.geo_precision == 2
    assert zawiya.actor1 == "Russia"


def test_near_a_place_is_precision_2_and_dates_are_relative(wire):
    busayrah = row(wire, "Basira (Basira)")
    assert busayrah.geo_precision == 2 and busayrah.where_prec == 2
    assert busayrah.sub_event_type == "Remote explosive/landmine/IED"
    assert busayrah.date_start == pd.Timestamp(2019, 5, 13)
    assert busayrah.admin1_pcode == "SY09"


def test_context_mentions_are_returned_but_are_not_incidents(wire):
    m = geoincidents.mentions(WIRE, published="2019-05-15")
    by_text = {r.mention: r for r in m.itertuples()}
    assert by_text["BEIRUT"].status == "foreign" and not by_text["BEIRUT"].is_incident_location
    assert by_text["Maarat al-Numan"].status == "resolved"
    assert not by_text["Maarat al-Numan"].is_incident_location
    assert "Ma'arrat An Nu'man" not in set(wire["location"])
    # Offsets point at the words as written.
    for r in m.itertuples():
        assert WIRE[r.start:r.end] == r.mention


def test_metadata_and_evidence_travel_with_every_incident(wire):
    for r in wire.itertuples():
        assert r.source == "Reuters" and r.source_url == "https://example.org/a"
        assert WIRE[r.evidence_start:r.evidence_end] == r.evidence
        assert r.location_mention in r.evidence


def test_same_event_in_two_documents_merges_keeping_sources_and_lowest_count():
    a = geoincidents.Document("At least 12 people were killed in air strikes on the town of Saraqeb on Monday.",
                              doc_id="a", published="2019-05-14", source="Outlet A")
    b = geoincidents.Document("Airstrikes killed 14 civilians in Saraqib on Monday, activists said.",
                              doc_id="b", published="2019-05-14", source="Outlet B")
    gdf = geoincidents.extract_many([a, b])
    assert len(gdf) == 1
    r = gdf.iloc[0]
    assert r.pcode == "C3916" and sorted(r.sources) == ["a", "b"] and r.n_sources == 2
    assert r.fatalities == 14  # exact 14 beats "at least 12": both are true of the same deaths
    assert r.date_start == pd.Timestamp(2019, 5, 13)
    # Every sentence behind the merged record, with the document its offsets belong to.
    assert sorted(d for d, _, _ in r.evidence_spans) == ["a", "b"]


def test_a_count_is_never_a_year():
    gdf = geoincidents.extract("The province of Idlib was targeted with at least 1681 missiles during February.",
                               published="2019-03-02")
    assert all(d is None or d.year == 2019 for d in gdf["date_start"])
    assert gdf["fatalities"].isna().all()


def test_mentions_many_reads_a_folder_like_extract_many():
    from conftest import ROOT

    m = geoincidents.mentions_many(ROOT / "seeds")
    assert m.attrs["documents"] == 2 and m.attrs["problems"] == []
    assert {d.rsplit("-", 1)[0] for d in m["doc_id"]} == {"000_a42484139c7b5036", "004_831b2c7d2466eedb"}
    # Every incident of the batch stands on a mention marked as its location.
    incidents = geoincidents.extract_many(ROOT / "seeds")
    located = m[m["is_incident_location"]]
    assert set(incidents["place_id"]) <= set(located["place_id"])
