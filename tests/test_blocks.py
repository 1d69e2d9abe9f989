"""A long document is read a block of sentences at a time, with the same result as read whole."""
from __future__ import annotations

import random

import pytest

from geoincidents import Document
from geoincidents.incidents import blocks
from geoincidents.pipeline import process

# Cross-sentence context on purpose: "The town" refers back to Saraqeb, a gloss in Arabic
# script, a toll in the sentence after its incident, a list of villages in a province.
_PARAGRAPHS = [
    "Russian airstrikes killed {n} civilians in the town of Saraqeb on {day}. The town was hit again "
    "later that day, killing 3 people.",
    "Among the dead were 4 children.",
    "Shelling on Ariha (أريحا) killed two people on {day}.",
    "Clashes broke out near Kafr Nabl on {day}, killing {n} fighters. Two commanders were among those killed.",
    "Regime forces shelled the villages of Binnish, Sarmin and Taftanaz in Idlib province, killing 5.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]


def _article(rounds: int) -> str:
    paras = [p.format(n=7 + i, day=_DAYS[i % 4]) for i in range(rounds) for p in _PARAGRAPHS]
    return "Dozens killed in Idlib strikes\n\n" + "\n\n".join(paras)


def _read(text: str) -> tuple:
    res = process(Document(text, doc_id="long", published="2019-05-14"))
    mentions = [(m.start, m.end, m.text, m.status, m.place.place_id if m.place else None, m.not_incident,
                 m.is_incident_location, m.gloss_of) for m in res.mentions]
    return res.problem, mentions, res.incidents


@pytest.mark.parametrize("block_chars", [1, 90, 700])
def test_blocks_give_the_same_incidents_as_the_whole_text(monkeypatch, block_chars):
    text = _article(6)
    monkeypatch.setattr(blocks, "BLOCK_CHARS", 10**9)
    whole = _read(text)
    monkeypatch.setattr(blocks, "BLOCK_CHARS", block_chars)
    assert _read(text) == whole
    # The comparison covers what crosses sentences: glosses, the town referred back to, tolls.
    problem, mentions, incidents = whole
    assert problem is None and len(incidents) >= 6
    assert any(m[7] is not None for m in mentions)
    assert any(len(i["evidence_spans"]) > 1 for i in incidents)


def test_records_reached_back_to_are_kept_across_blocks(monkeypatch):
    """Tolls updated sentences later, victims added to the last incident, runs of one event at
    several places: the rules that reach back to earlier records give the same records in blocks."""
    rng = random.Random(5)
    words = ["shelling", "killed", "in", "Saraqeb", "...", "!?", "…", "Ariha", "and", "2", "."]
    text = " ".join(rng.choice(words) for _ in range(12_000))
    monkeypatch.setattr(blocks, "BLOCK_CHARS", 10**9)
    whole = _read(text)
    assert len(whole[2]) >= 2 and any(len(i["evidence_spans"]) > 3 for i in whole[2])
    for size in (1, 300):
        monkeypatch.setattr(blocks, "BLOCK_CHARS", size)
        assert _read(text) == whole


def test_a_long_document_is_read_in_blocks(monkeypatch):
    """The per-sentence fields of only one block are made at a time (memory stays bounded)."""
    seen: list[int] = []
    real = blocks.segment_fields

    def spy(sentences, *args):
        seen.append(sum(s.end - s.start for s in sentences))
        return real(sentences, *args)

    monkeypatch.setattr(blocks, "segment_fields", spy)
    monkeypatch.setattr(blocks, "BLOCK_CHARS", 2_000)
    text = _article(40)
    _, _, incidents = _read(text)
    assert incidents
    assert len(seen) >= 4 and max(seen) < 2_000 + 200  # a block ends at the first sentence end past the size


def test_offsets_index_the_original_text_across_blocks(monkeypatch):
    monkeypatch.setattr(blocks, "BLOCK_CHARS", 50)
    text = _article(3).replace("Saraqeb", "Sara\u00adqeb")  # a soft hyphen: normalised offsets are mapped back
    _, mentions, incidents = _read(text)
    assert all(text[s:e] == t for s, e, t, *_ in mentions)
    assert any(t == "Sara\u00adqeb" for _, _, t, *_ in mentions)
    assert all(text[i["evidence_start"]:i["evidence_end"]] == i["evidence"] for i in incidents)
