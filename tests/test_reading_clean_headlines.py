"""Furniture rules must not eat headlines that report events, whatever separator or section name leads them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoincidents
from geoincidents.text.clean import clean

SECTIONS = ["Syria", "News", "Home", "Politics", "Middle East", "Share", "Video", "Photo", "Updated", "Breaking"]
SEPARATORS = [" / ", " | ", " > ", " » ", "/", "|", ">", ": ", " - "]
VICTIMS = ["civilians", "people", "children", "fighters", "soldiers", "rebels"]
EVENTS = ["killed", "wounded", "injured", "dead", "killed in shelling", "wounded in airstrikes",
          "killed in clashes", "die in bombing", "killed in a drone strike"]
PLACES = ["Saraqeb", "Ariha", "Idlib", "Khan Sheikhoun", "Jisr al-Shughur"]


def _furniture(line: str) -> list[str]:
    return [d.value for d in clean(line).dropped if d.label == "furniture"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SECTIONS), st.sampled_from(SEPARATORS), st.integers(1, 500), st.sampled_from(VICTIMS),
       st.sampled_from(EVENTS), st.sampled_from(PLACES))
def test_event_headline_after_a_section_name_is_kept(section, sep, n, victims, event, place):
    line = f"{section}{sep}{n} {victims} {event} in {place}"
    assert _furniture(line) == [], line


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SEPARATORS), st.sampled_from(["Shelling hits", "Airstrikes pound", "Clashes erupt in",
                                                    "Regime strikes on"]), st.sampled_from(PLACES))
def test_event_headline_without_a_number_is_kept(sep, event, place):
    assert _furniture(f"Syria{sep}{event} {place}") == []


@pytest.mark.parametrize("line", ["Home > News > Middle East", "News / Syria", "Home » Politics » Syria",
                                  "Syria | Middle East | Analysis"])
def test_real_breadcrumbs_are_still_dropped(line):
    assert _furniture(line) == ["furniture: breadcrumbs"]


def test_headline_with_slash_gives_its_incident():
    text = ("Syria / 12 civilians killed in Saraqeb\n\n"
            "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday.")
    c = clean(text)
    assert c.title is not None and c.title.text == "Syria / 12 civilians killed in Saraqeb"
    gdf = geoincidents.extract("Syria | 12 civilians killed in Saraqeb", published="2019-05-14")
    assert not any("no place found" in p["reason"] for p in gdf.attrs["problems"])
