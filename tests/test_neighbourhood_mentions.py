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


def test_a_quarter_name_in_a_text_about_another_city_is_that_citys():
    # al-Fardous is a quarter of Aleppo in the gazetteer, and of Raqqa (and others) in the world.
    res = _run("Coalition air strikes on Raqqa city hit al-Fardous on Monday, killing four civilians.")
    assert [(i["admin1"], i["fatalities"], i["geo_precision"]) for i in res.incidents] == [("Ar-Raqqa", 4, 2)]
    res = _run("Coalition jets pounded Raqqa city on Monday. Shells also fell on al-Fardous, killing four.")
    assert all(i["admin1"] == "Ar-Raqqa" for i in res.incidents)
    m = next(m for m in res.mentions if m.text == "al-Fardous")
    assert m.not_incident and "quarter of Aleppo" in m.not_incident


def test_a_quarter_stays_aleppos_when_the_text_is_about_aleppo_or_names_no_town():
    for text in ("Regime barrel bombs hit al-Fardous, killing four civilians.",
                 "Barrel bombs hit al-Fardous in Aleppo and Saraqeb in Idlib, killing four.",
                 "Barrel bombs hit al-Fardous and the Aleppo countryside town of Anadan, killing four."):
        res = _run(text)
        assert any(i["location_mention"] == "al-Fardous" and i["admin1"] == "Aleppo" for i in res.incidents), text
