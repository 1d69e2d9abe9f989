"""Unicode forms and invisible characters: names still resolve, offsets index the original text.

Decomposed input (NFD "Shughūr") and format characters (soft hyphen, ZWSP, ZWJ,
RLM, U+202E) inside a name used to split the word, so "Jisr al-Shughūr"
resolved to "Jisr" (Al-Hasakeh, 548 km away) and "Sara\\u00adqeb" to "Sara"
(a village in Aleppo).
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geoincidents
from geoincidents import GazetteerGeocoder, lookup
from geoincidents.text.normal import normalise

SARAQEB = "Shelling killed 3 civilians in {name} on Monday, the Civil Defence said."
FORMAT_CHARS = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2060", "\ufeff",
                "\u061c"]


def _strip_nfc(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Cf"))


def _check_offsets(text: str, gdf, mentions) -> None:
    """Every offset the API returns indexes the user's original text."""
    for r in gdf.itertuples():
        assert text[r.evidence_start:r.evidence_end] == r.evidence
        for _doc, s, e in r.evidence_spans:
            assert 0 <= s <= e <= len(text)
        assert text[r.mention_start:r.mention_end] == r.location_mention
    for r in mentions.itertuples():
        assert text[r.start:r.end] == r.mention
        assert text[r.sentence_start:r.sentence_end] == r.sentence
        assert r.sentence_start <= r.start <= r.end <= r.sentence_end


def test_decomposed_name_resolves_to_the_place_not_hasakeh():
    text = SARAQEB.format(name=unicodedata.normalize("NFD", "Jisr al-Shughūr"))
    gdf = geoincidents.extract(text, published="2019-05-14")
    assert gdf["pcode"].tolist() == ["C4199"]  # Jisr-Ash-Shugur, Idleb
    assert gdf["location_mention"].iloc[0] == unicodedata.normalize("NFD", "Jisr al-Shughūr")
    _check_offsets(text, gdf, geoincidents.mentions(text))


@pytest.mark.parametrize("mark", FORMAT_CHARS)
def test_format_character_inside_a_name(mark):
    text = SARAQEB.format(name=f"Sara{mark}qeb")
    gdf = geoincidents.extract(text, published="2019-05-14")
    assert gdf["pcode"].tolist() == ["C3916"]  # Saraqab, Idleb, not a village in Aleppo
    assert gdf["location_mention"].iloc[0] == f"Sara{mark}qeb"  # the original characters
    assert gdf["evidence"].iloc[0] == text  # the original slice, marks included
    _check_offsets(text, gdf, geoincidents.mentions(text))


def test_offsets_after_the_marks_shift_back():
    text = "\u200f\u200fIdlib\u00ad news.\n" + SARAQEB.format(name="Sara\u200dqeb") + " Ari\u00adha was shelled on Tuesday."
    gdf = geoincidents.extract(text, published="2019-05-14")
    _check_offsets(text, gdf, geoincidents.mentions(text))
    assert "Saraqab" in gdf["location"].tolist()


@pytest.mark.parametrize("query", [unicodedata.normalize("NFD", "Jisr ash-Shughūr"), "Sara\u00adqeb", "Sara\u200bqeb",
                                   "\u202eSaraqeb", "Saraqeb\u200f", "Ma\u0301arrat an-Nu'man"])
def test_lookup_and_geocoder_queries_are_normalised(query):
    expected = lookup(_strip_nfc(query))[0].place_id
    assert lookup(query)[0].place_id == expected
    assert GazetteerGeocoder().geocode(query).raw["place_id"] == expected


def test_arabic_name_with_marks():
    assert lookup("سراق\u200fب")[0].pcode == lookup("سراقب")[0].pcode


# -- properties of the normalisation itself ------------------------------------------------------

_MIXED = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
_LATINISH = st.lists(st.sampled_from(list("aeiouSqrb -.,") + FORMAT_CHARS + ["\u0301", "\u0304", "\u0323", "é", "ū",
                                                                                "\u1100", "\u1161", "\u11a8", "가"]),
                     max_size=40).map("".join)


@given(st.one_of(_MIXED, _LATINISH))
@settings(max_examples=400, deadline=None)
def test_normalised_text_is_nfc_without_format_characters(text):
    n = normalise(text)
    assert n.text == _strip_nfc(text)


@given(st.one_of(_MIXED, _LATINISH))
@settings(max_examples=300, deadline=None)
def test_normalisation_is_idempotent(text):
    once = normalise(text).text
    assert normalise(once).text == once
    assert normalise(once).starts is None  # already normal: no copy, offsets unchanged


@given(st.one_of(_MIXED, _LATINISH), st.data())
@settings(max_examples=300, deadline=None)
def test_spans_map_into_the_original(text, data):
    n = normalise(text)
    k = len(n.text)
    start = data.draw(st.integers(0, k))
    end = data.draw(st.integers(start, k))
    s, e = n.span(start, end)
    assert 0 <= s <= e <= len(text)
    # The original slice normalises to (at least) the normalised slice: nothing is lost.
    assert n.text[start:end] in _strip_nfc(text[s:e]) or start == end
    # Offsets are monotone.
    if end > start:
        assert s == n.span(start, start + 1)[0] and e == n.span(end - 1, end)[1]


@given(st.lists(st.sampled_from(FORMAT_CHARS), min_size=1, max_size=3), st.integers(1, 6),
       st.sampled_from(["Saraqeb", "Ariha", "Jisr al-Shughūr", "Maarat al-Numan"]), st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extraction_offsets_index_the_original_text(marks, at, name, nfd):
    at = min(at, len(name) - 1)
    spoiled = name[:at] + "".join(marks) + name[at:]
    if nfd:
        spoiled = unicodedata.normalize("NFD", spoiled)
    text = "\u200e" + SARAQEB.format(name=spoiled) + " " + "".join(marks) + "Two were wounded in Idlib."
    gdf = geoincidents.extract(text, published="2019-05-14")
    clean = geoincidents.extract(SARAQEB.format(name=name) + " Two were wounded in Idlib.", published="2019-05-14")
    assert gdf["place_id"].tolist() == clean["place_id"].tolist()
    _check_offsets(text, gdf, geoincidents.mentions(text))
