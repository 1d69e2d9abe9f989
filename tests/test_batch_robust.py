"""One bad document never stops a batch, and arbitrary text never crashes the pipeline.

Each hostile family below once aborted a whole ``extract_many`` run; now each is either
handled or reported as that document's problem, and the good document beside it still
gives its incident.
"""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import geoincidents
from geoincidents import Document, extract, extract_many, mentions, mentions_many
from geoincidents.read.documents import DocumentError, as_path

GOOD = "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday."

HOSTILE = {
    "lone surrogate": "Shelling killed two civilians in Ariha \ud800 on Monday.",
    "count over 2**63": "99999999999999999999 were killed in shelling on Ariha on Monday.",
    "giant capitalised token": "Shelling hit " + "A" * 130 + " and killed two in Ariha on Monday.",
    "template syntax": "{{ 7*7 }} {% for x in y %} {# c #} shelling killed two in Ariha on Monday.",
    "NUL after 8 KB": "Shelling killed two in Ariha on Monday. " + "x " * 5000 + "\x00 end.",
    "format characters": "Shelling killed two in Sara\u00adqeb and Ar\u200biha on Monday.",
}


def _covered(gdf) -> set[str]:
    return {s for sources in gdf["sources"] for s in sources}


def test_a_hostile_document_never_stops_the_batch():
    docs = [Document(text, doc_id=name.replace(" ", "-")) for name, text in HOSTILE.items()]
    docs.append(Document(GOOD, doc_id="good", published="2019-05-14"))
    gdf = extract_many(docs)
    assert gdf.attrs["documents"] == len(docs)
    assert "good" in _covered(gdf)
    good = gdf[gdf["sources"].map(lambda s: "good" in s)]
    assert good["fatalities"].tolist() == [12]
    problems = {p["doc_id"]: p["reason"] for p in gdf.attrs["problems"]}
    for d in docs:
        assert d.doc_id in _covered(gdf) or d.doc_id in problems, d.doc_id
    # None of them got there by tripping the safety net: each family is handled by design.
    assert not [r for r in problems.values() if r.startswith("failed:")], problems


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("when", ["since Sunday", "last week", "two days ago", "on Monday"])
def test_null_publication_dates_never_overflow(published, when):
    gdf = extract(f"Shelling killed two civilians in Ariha {when}.", published=published)
    assert len(gdf) == 1 and gdf["fatalities"].iloc[0] == 2
    assert not gdf.attrs["problems"]


def test_absurd_counts_are_not_fatalities():
    gdf = extract("99999999999999999999 were killed in shelling on Ariha.", published="2019-05-14")
    assert len(gdf) == 1                      # the event is kept, the number is not a toll
    assert all(pd.isna(f) or f < 10**7 for f in gdf["fatalities"])


@pytest.mark.parametrize("call", [extract, mentions, lambda t, **kw: extract_many([t], **kw),
                                  lambda t, **kw: mentions_many([t], **kw)])
@pytest.mark.parametrize("focus, error", [
    (7, TypeError), ("Atlantis", ValueError), ([1, 2], TypeError), ((35, 36, 34, 37), ValueError),
    ((35, 36, float("inf"), 37), ValueError), ("", ValueError),
])
def test_public_api_rejects_bad_focus_clearly(call, focus, error):
    with pytest.raises(error, match="focus"):
        call(GOOD, focus=focus)


def test_bounding_box_focus_may_be_a_list():
    gdf = extract(GOOD, published="2019-05-14", focus=[35.9, 35.4, 37.2, 36.5])
    assert gdf["location"].tolist() == ["Saraqab"]


def test_gazetteer_argument_is_checked():
    with pytest.raises(TypeError, match="gazetteer"):
        extract(GOOD, gazetteer="bundled")


# Text as it arrives from the open web: any code point, including lone surrogates,
# controls, format characters, Arabic and template syntax, mixed with real event words.
_PIECES = st.sampled_from([
    "Saraqeb", "Khan Sheikhoun", "خان شيخون", "killed", "at least 42", "since Sunday", "shelling",
    "{{", "}}", "{%", "\u00ad", "\u200b", "\u202e", "\ud800", "\x00", "\n\n", ". ", "<script>", "Idlib",
    "village of", "near", "9" * 25,
])
_TEXT = st.lists(st.one_of(st.text(max_size=30), _PIECES), max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_arbitrary_text_never_crashes_and_offsets_index_the_original(text):
    assume(as_path(text) is None)  # "/" or "." name folders: read as paths, by design
    gdf = extract(text, published="2019-05-14")
    for p in gdf.attrs["problems"]:
        assert isinstance(p["reason"], str) and not p["reason"].startswith("failed:"), p
    for start, end in zip(gdf["evidence_start"], gdf["evidence_end"]):
        assert 0 <= start < end <= len(text)
    men = mentions(text, published="2019-05-14")
    for start, end, word in zip(men["start"], men["end"], men["mention"]):
        assert 0 <= start < end <= len(text)
        assert word == text[start:end]


@settings(max_examples=40, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_a_document_gives_the_same_incidents_alone_and_in_a_batch(texts):
    alone = [extract(Document(t, doc_id=f"d{i}", published="2019-05-14")) for i, t in enumerate(texts)]
    batch = extract_many([Document(t, doc_id=f"d{i}", published="2019-05-14") for i, t in enumerate(texts)])
    assert batch.attrs["documents"] == len(texts)
    # Merging across documents can fold records together but never loses a document.
    for i, gdf in enumerate(alone):
        if len(gdf):
            assert f"d{i}" in _covered(batch)


def test_the_package_exports_what_the_readme_names():
    for name in ["extract", "extract_many", "mentions", "mentions_many", "incident_map", "save_map",
                 "lookup", "GazetteerGeocoder", "Gazetteer", "Document", "read_documents"]:
        assert callable(getattr(geoincidents, name)), name


@pytest.mark.parametrize("folder", ["/", ".", ".."])
def test_a_folder_named_as_one_article_is_refused_at_once(folder, monkeypatch):
    def walk(*args, **kwargs):
        raise AssertionError("a folder given to extract() must not be walked")

    monkeypatch.setattr("geoincidents.read.documents.read_documents", walk)
    with pytest.raises(DocumentError, match="is a folder"):
        extract(folder)
