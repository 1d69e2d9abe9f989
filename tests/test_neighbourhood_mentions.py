"""Aleppo's neighbourhoods in extraction: cue words, precision codes, one incident per quarter."""
from __future__ import annotations

from geoincidents import Document, Gazetteer
from geoincidents.pipeline import process
from geoincidents.places.quarters import is_quarter_of
from geoincidents.places.resolve import precision_codes


def _run(text: str):
    return process(Document(text, doc_id="n", published="2016-08-10"))


def test_neighbourhood_precision_is_that_of_a_named_place():
    quarter = Gazetteer.default().lookup("Sheikh Maqsoud", kinds=("neighbourhood",))[0]
    assert precision_codes(quarter, None) == (1, 1)
    assert precision_codes(quarter, "neighbourhood") == (1, 1)
    assert precision_codes(quarter, "near") == (2, 2)


def test_neighbourhood_cue_allows_neighbourhoods():
    res = _run("Two civilians were killed when shells fell on the al-Sukkari neighborhood in Aleppo.")
    m = next(m for m in res.mentions if "Sukkari" in m.text)
    assert m.place is not None and m.place.kind == "neighbourhood"
    res = _run("Barrel bombs hit the neighbourhood of al-Sukkari on Tuesday.")
    m = next(m for m in res.mentions if "Sukkari" in m.text)
    assert m.place.kind == "neighbourhood"


def test_quarter_of_aleppo_is_one_incident_at_the_quarter():
    res = _run("Clashes in the Sheikh Maqsoud neighbourhood of Aleppo killed three fighters.")
    assert len(res.incidents) == 1
    inc = res.incidents[0]
    assert inc["place_id"] == Gazetteer.default().lookup("Sheikh Maqsoud", kinds=("neighbourhood",))[0].place_id
    assert inc["geo_precision"] == 1
    aleppo = next(m for m in res.mentions if m.text == "Aleppo")
    assert not aleppo.is_incident_location and aleppo.not_incident


def test_quarter_district_wording():
    res = _run("Snipers shot a woman in Aleppo's Salah al-Din district.")
    kinds = {m.text: m.place.kind for m in res.mentions if m.place is not None}
    assert kinds.get("Salah al-Din") == "neighbourhood", kinds
    assert len(res.incidents) == 1


def test_a_city_contains_only_its_own_quarters():
    gaz = Gazetteer.default()
    quarter = gaz.lookup("Sheikh Maqsoud", kinds=("neighbourhood",))[0]
    assert is_quarter_of(quarter, gaz.lookup("Aleppo", kinds=("city",))[0])
    assert not is_quarter_of(quarter, gaz.lookup("Homs", kinds=("city",))[0])
    assert not is_quarter_of(gaz.lookup("Saraqeb")[0], gaz.lookup("Aleppo", kinds=("city",))[0])
