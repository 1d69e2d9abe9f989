"""Reports set side by side by "while", and feature names the gazetteer lacks.

"Air strikes killed dozens in the Ruj plain over three days, while shelling on Kafr Takharim
killed a girl on Tuesday" is two reports: the town has its one dead, its shelling and its
Tuesday; the plain (a feature the bundled gazetteer does not hold) is reported as an unresolved
mention, never dropped and never placed at a village spelled like it.
"""
from __future__ import annotations

from geoincidents import Document
from geoincidents.pipeline import process


def _run(text: str, published: str = "2019-05-16"):
    return process(Document(text, published=published))


def test_a_report_after_while_keeps_its_own_count_event_and_day():
    res = _run("Air strikes killed dozens in the Ruj plain over three days, while shelling on Kafr Takharim "
               "killed a girl on Tuesday.")
    (inc,) = res.incidents
    assert (inc["location_mention"], inc["sub_event_type"], inc["fatalities"], str(inc["date_start"])) == \
        ("Kafr Takharim", "Shelling/artillery/missile attack", 1, "2019-05-14")
    ruj = [m for m in res.mentions if m.text == "Ruj"]
    assert len(ruj) == 1 and ruj[0].status == "unresolved" and ruj[0].place is None


def test_two_placed_reports_joined_by_while():
    res = _run("Air strikes killed five in Ariha on Monday, while shelling on Kafr Takharim killed a girl on Tuesday.")
    got = [(i["location_mention"], i["sub_event_type"], i["fatalities"], str(i["date_start"])) for i in res.incidents]
    assert got == [("Ariha", "Air/drone strike", 5, "2019-05-13"),
                   ("Kafr Takharim", "Shelling/artillery/missile attack", 1, "2019-05-14")]


def test_while_with_a_participle_is_the_same_event():
    res = _run("Two members of IS cells were killed while being pursued in Al-Bab city.")
    (inc,) = res.incidents
    assert inc["location_mention"] == "Al-Bab" and inc["fatalities"] == 2 and inc["actor2"] == "Islamic State"


def test_an_unknown_feature_name_is_reported_not_placed():
    res = _run("Clashes erupted on the Al Sadda road near Deir Ezzor, killing two fighters.")
    sadda = [m for m in res.mentions if m.text == "Al Sadda"]
    assert len(sadda) == 1 and sadda[0].status == "unresolved" and sadda[0].place is None
    assert "Al Sadda" not in {i["location_mention"] for i in res.incidents}
