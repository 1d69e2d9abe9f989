import pytest

from geoincidents.fields.attribution import find_attribution


@pytest.mark.parametrize("text,value", [
    ("At least 42 people have been killed since Sunday, the Civil Defense group said on Tuesday.", "Civil Defense"),
    ("42 Killed in Airstrikes on Idleb Province Since Sunday: Civil Defense", "Civil Defense"),
    ("Dozens of rebel fighters were among those killed in strikes on the village of Mardikh, opposition news feeds reported.",
     "opposition news feeds"),
    ("The Russian Defense Ministry on Tuesday denied allegations, according to Reuters.", "Reuters"),
    ("rebels shelled pro-regime militias, killing two fighters, media outlets said on Monday.", "media outlets"),
    ("which left two civilians dead, rebel accounts said.", "rebel accounts"),
    ("Five people were killed, activists said.", "activists"),
    ("the Syrian Observatory for Human Rights said", "Syrian Observatory for Human Rights"),
])
def test_sources(text, value):
    assert find_attribution(text).value == value


def test_syrian_civil_defence():
    s = ("The Syrian Civil Defence force (sometimes known as 'White Helmets') documented the killing of 72 civilians")
    a = find_attribution(s)
    assert "Civil Defence" in a.value and a.attrs["canonical"] == "Syrian Civil Defence"


def test_none_and_offsets():
    assert find_attribution("Clashes in Hama and Homs countrysides") is None
    doc = "Intro. 5 killed, SOHR said."
    off = doc.index("5")
    a = find_attribution(doc[off:], off)
    assert doc[a.start:a.end] == a.text == "SOHR"
