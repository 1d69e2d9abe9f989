"""Linear work on any input: no timings here (benchmarks/bench_scaling.py measures time).

Each former hot spot is checked two ways: its fast path gives exactly what the plain
pairwise definition it replaced gives (on random inputs), and an input that made the old
code quadratic (a megabyte of dots, thousands of dates in one sentence, a sentence naming
thousands of places) is handled, with the expensive calls counted where they are Python calls.
"""
from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest

from geoincidents import Document, Gazetteer
from geoincidents.incidents import build as incidents, merge
from geoincidents.places import containers, mentions as place_mentions
from geoincidents.places.anchors import Anchors
from geoincidents.text import sentences
from geoincidents.fields import count_matches, count_spans, count_words, dates, events
from geoincidents.gazetteer.store import Place
from geoincidents.pipeline import process
from geoincidents.text.spans import Span

PUBLISHED = date(2019, 5, 14)


# ---------------------------------------------------------------- sentence boundaries
def test_boundaries_equal_the_plain_regex_scan():
    rng = random.Random(1)
    alphabet = [".", ".", "!", "?", "…", " ", " ", "\n", "A", "b", "7", '"', "”", "(", "’", "_"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for start in range(0, len(text) + 1, 2):  # block starts inside runs too
            for end in (len(text), max(start, len(text) - 3)):
                fast = [(m.span(), m.groups()) for m in sentences._boundaries(text, start, end)]
                plain = [(m.span(), m.groups()) for m in sentences._BOUNDARY.finditer(text, start, end)]
                assert fast == plain, (text, start, end)


def test_a_megabyte_of_terminal_punctuation_is_split():
    # Tried at every dot, the boundary pattern scanned to the run's end each time (10^12 steps).
    text = "Shelling hit Ariha" + "." * 1_000_000 + " Two died" + "!?…" * 200_000 + " Rest"
    got = sentences.split_sentences(text)
    # The runs are sentences longer than MAX_SENTENCE_CHARS: cut into pieces, never lost.
    assert got[0].text.startswith("Shelling hit Ariha...") and got[-1].text == "Rest"
    assert [s.text[:12] for s in got if s.text[0].isalpha()] == ["Shelling hit", "Two died!?…!", "Rest"]
    assert all(len(s.text) <= sentences.MAX_SENTENCE_CHARS for s in got)
    assert sum(len(s.text) for s in got) == len(text) - 2  # the two spaces between sentences


# ---------------------------------------------------------------- clauses
_VERB = sentences._HAS_VERB


def _clauses_by_slicing(sentence: Span) -> list[tuple[int, int]]:
    """split_clauses as first written: each separator rescans the growing left side."""
    text, s, out = sentence.text, 0, []
    for m in sentences._CLAUSE_SEP.finditer(text):
        if m.group().strip() != ";":
            left, right = text[s:m.start()], text[m.end():]
            if not (_VERB.search(left) and sentences._STARTS_CLAUSE.match(right)):
                continue
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    e = len(text.rstrip())
    if e > s:
        out.append((s, e))
    return out


def test_clauses_equal_the_slicing_definition():
    rng = random.Random(2)
    words = ["Rebels", "shelled", "Ariha", "and", "two", "died", ",", ";", "killed", "the", "town", "was",
             "hit", "unkilled", "said", "x", "and", "  ", ", and"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 25)))
        got = [(c.start, c.end) for c in sentences.split_clauses(Span(0, len(text), text))]
        assert got == _clauses_by_slicing(Span(0, len(text), text)), text


def test_a_megabyte_sentence_of_separators_is_one_clause():
    text = "x, " * 330_000 + "end"
    (clause,) = sentences.split_clauses(Span(0, len(text), text))
    assert clause.start == 0 and clause.text.endswith("end")


# ---------------------------------------------------------------- counts, dates, events
def _raw_matches_pairwise(sentence: str) -> list:
    found = []
    # a headline's bare noun after its verb is looked for only where a harm verb precedes a bare word
    verb_noun = (count_words.VERB_NOUN_RE,) if count_matches.bare_after_verb(sentence.lower()) else ()
    for rx in (count_words.COUNT_RE, count_words.ARTICLE_RE, count_words.HEADLINE_NOUN_RE) + verb_noun:
        # the headline's bare noun is matched at the start of the sentence only
        for m in rx.finditer(sentence) if rx is not count_words.HEADLINE_NOUN_RE else filter(None, [rx.match(sentence)]):
            start = m.start("who") if rx is count_words.VERB_NOUN_RE else m.start()  # the verb is no part
            if any(start < e and s < m.end() for s, e, _ in found):
                continue
            found.append((start, m.end(), sentence[start:m.end()]))
    return sorted(found, key=lambda t: t[0])


def test_count_matches_equal_the_pairwise_definition():
    rng = random.Random(3)
    words = ["1", "2", "a", "man", "an", "one", "two", "civilians", "killed", "young", "woman", "12", "of", "the",
             "fighters", "and", "child", "dozens"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 20)))
        got = [(s, e, text[s:e]) for s, e, _ in count_spans._raw_matches(text)]
        assert got == _raw_matches_pairwise(text), text


def test_among_after_equals_searching_the_rest():
    rng = random.Random(4)
    for _ in range(500):
        text = " ".join(rng.choice(["among", "the", "5", "dead", "among the 3", "x"]) for _ in range(30))
        memo: dict = {}
        for s in sorted(rng.sample(range(len(text) + 1), 10)):
            want = re.search(r"among\s+the\s+" + count_spans.NUMBER_PATTERN, text[s:], re.I) is not None
            assert count_spans._among_after(text, s, memo) == want


def test_thousands_of_counts_in_one_sentence():
    found = count_spans._raw_matches("1 and a man " * 20_000)  # 40,000 matches: 8 * 10^8 pairs before
    assert len(found) == 40_000


def test_thousands_of_dates_in_one_sentence():
    text = "January 5, since Sunday, last week, " * 5_000
    found = dates.find_dates(text, PUBLISHED)
    assert len(found) == 15_000
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_thousands_of_event_cues_in_one_sentence():
    info = events.classify("shelling, airstrikes, clashes, " * 7_000)
    assert info is not None and len(info.triggers) == 7_000


# ---------------------------------------------------------------- place mentions
def test_masked_spans_equal_the_pairwise_test():
    rng = random.Random(5)
    for _ in range(500):
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 40)
            spans.append(Span(a, a + rng.randint(0, 6), ""))
        masked = place_mentions._Masked(spans)
        for pos in range(50):
            assert masked(pos) == any(s.start <= pos < s.end for s in spans)


# ---------------------------------------------------------------- incident assembly
def _fake_mention(rng: random.Random, i: int):
    kind = rng.choice(["governorate", "district", "subdistrict", "city", "town", "village", "region"])
    a1, a2, a3 = rng.choice(["SY01", "SY02", None]), rng.choice(["SY0101", "SY0201", None]), rng.choice(["SY010100", None])
    pid = rng.choice(["p1", "p2", "p3", "p4", "SY01-countryside"])
    pcode = rng.choice([a1, a2, a3, None])
    place = SimpleNamespace(kind=kind, place_id=pid, pcode=pcode, admin1_pcode=a1, admin2_pcode=a2, admin3_pcode=a3)
    cands = [SimpleNamespace(kind=rng.choice(["governorate", "city"]), pcode=rng.choice(["SY01", "SY02"]))]
    return SimpleNamespace(place=place, cue=rng.choice([None, "city", "town", "province"]), candidates=cands,
                           text=f"m{i}")


def test_inner_places_equal_the_pairwise_containment():
    rng = random.Random(6)
    for _ in range(3000):
        places = [_fake_mention(rng, i) for i in range(rng.randint(1, 7))]
        inner = containers.inner_places(places)
        kept = [m for m, o in zip(places, inner) if o is None] or places
        assert kept == containers.drop_containers(places)
        for m, o in zip(places, inner):
            assert o is next((x for x in places if containers.contains(m, x)), None)


_PLACES = ["Ariha", "Saraqeb", "Binnish", "Sarmin", "Taftanaz", "Maarat al-Numan", "Khan Sheikhoun", "Idlib province"]


def test_a_sentence_naming_thousands_of_places_is_not_tested_pairwise(monkeypatch):
    calls = []
    monkeypatch.setattr(containers, "contains", lambda *a: calls.append(a) or False)
    text = "Shelling killed 2 people in " + ", ".join(_PLACES * 250) + "."
    res = process(Document(text, published=PUBLISHED))
    assert len(res.mentions) >= 1500 and res.incidents
    assert calls == []


# ---------------------------------------------------------------- resolution
def test_resolution_distances_grow_with_mentions_not_their_square(monkeypatch):
    distance = Place.distance_km
    calls = [0]

    def counted(self, other):
        calls[0] += 1
        return distance(self, other)

    text = " ".join(f"On day {i}, shelling hit {_PLACES[i % len(_PLACES)]}." for i in range(1200))
    monkeypatch.setattr(Place, "distance_km", counted)
    res = process(Document(text, published=PUBLISHED))
    resolved = [m for m in res.mentions if m.status == "resolved"]
    assert len(resolved) >= 1000
    # Before: every candidate of every mention against every anchor (~10^6 here).
    assert calls[0] <= 20 * len(res.mentions)


def test_anchor_grid_equals_the_nearest_anchor_definition():
    rng = random.Random(7)
    ariha = Gazetteer.default().lookup("Ariha", limit=1)[0]

    def place(name, lat, lon):
        return replace(ariha, place_id=name, name=name, lat=lat, lon=lon)

    for _ in range(200):
        anchors = [place(rng.choice("ABC"), 35 + rng.uniform(-1.5, 1.5), 36.6 + rng.uniform(-1.5, 1.5))
                   for _ in range(rng.choice([rng.randint(1, 12), rng.randint(40, 80)]))]  # scanned, and by grid
        grid = Anchors(anchors)
        for _ in range(10):
            c, name = place("Q", 35 + rng.uniform(-2, 2), 36.6 + rng.uniform(-2, 2)), rng.choice("ABCD")
            others = [o for o in anchors if o.name != name]
            assert grid.any_other(name) == bool(others)
            if others:
                d = min(c.distance_km(o) for o in others)
                assert grid.bonus(c, name) == (0.12 if d <= 40 else 0.06 if d <= 100 else 0.0)
            # An anchor that moves (the resolver re-ranked it) is found at its new place only.
            moved = place(anchors[0].name, 35 + rng.uniform(-1.5, 1.5), 36.6 + rng.uniform(-1.5, 1.5))
            grid.add(anchors[0], -1)
            grid.add(moved)
            anchors[0] = moved


@pytest.mark.parametrize("kind", ["dots", "months", "lines"])
def test_pathological_documents_are_read(kind):
    rng = random.Random(8)
    if kind == "dots":
        text = " ".join(rng.choice(["shelling", "killed", "in", "Ariha", "...", "!?", "…", "2", "."]) for _ in range(40_000))
    elif kind == "months":
        text = " ".join(f"{rng.choice(['March', 'May', 'June'])} {rng.randint(1, 28)}, since Sunday, last week,"
                        for _ in range(4_000)) + " shelling killed 2 in Ariha."
    else:  # lower-case lines, joined as hard-wrapped lines into one sentence
        text = "\n".join(f"update {i} shelling reported near Ariha area {rng.randint(0, 10**6)}" for i in range(4_000))
    res = process(Document(text, published=PUBLISHED))
    assert res.problem is None or not res.problem.startswith("failed")
    assert res.mentions


# ---------------------------------------------------------------- merging
def _records(rng: random.Random, n_docs: int) -> list[dict]:
    weapons = ["Shelling", "An air strike", "A car bomb", "Clashes", "Gunmen"]
    when = ["on 3 May 2019", "on 4 May 2019", "on 12 May 2019", "since Sunday", "on Monday", "in May 2019",
            "in 2018", "last week", ""]
    out: list[dict] = []
    for d in range(n_docs):
        text = " ".join(f"{rng.choice(weapons)} killed {rng.randint(1, 9)} people in "
                        f"{rng.choice(_PLACES[:4])} {rng.choice(when)}." for _ in range(rng.randint(1, 3)))
        published = rng.choice([PUBLISHED, None])
        out += process(Document(text, doc_id=f"d{d % 40}", published=published)).incidents
    return out


def test_merging_by_date_blocks_equals_comparing_every_record(monkeypatch):
    import copy

    recs = _records(random.Random(9), 400)
    assert len(recs) > 300
    indexed = incidents.merge_incidents(copy.deepcopy(recs))
    monkeypatch.setattr(merge._DateIndex, "candidates", lambda self, inc, n: range(n))
    assert repr(indexed) == repr(incidents.merge_incidents(copy.deepcopy(recs)))


def test_a_chronicle_at_one_place_is_not_merged_pairwise(monkeypatch):
    base = date(2001, 1, 1)
    text = " ".join(f"On {date.fromordinal(base.toordinal() + i):%d %B %Y} shelling killed {i % 50 + 2} people in Ariha."
                    for i in range(3_000))
    overlap, calls = merge._overlap, [0]

    def counted(*args, **kwargs):
        calls[0] += 1
        return overlap(*args, **kwargs)

    monkeypatch.setattr(merge, "_overlap", counted)
    res = process(Document(text, published=PUBLISHED))
    assert len(res.incidents) == 3_000  # 3,000 days: 3,000 incidents
    assert calls[0] <= 40 * 3_000  # every pair: 4.5 million


# ---------------------------------------------------------------- list names
def _list_members_pairwise(text: str, places, masked) -> list:
    """list_names.list_members as first written: each name tested against every span."""
    from geoincidents.places.list_names import _AFTER, _BEFORE, _MAX_CHAIN, _ok

    taken, found = sorted(places), []

    def free(s, e):
        return not any(s < b and a < e for a, b in (*taken, *masked, *found))

    for start, end in taken:
        pos = end
        for _ in range(_MAX_CHAIN):
            m = _AFTER.match(text, pos)
            if not m:
                break
            s, e = m.span("name")
            if free(s, e) and _ok(m.group("name")):
                found.append((s, e))
            elif free(s, e):
                break
            pos = e
        m = _BEFORE.search(text, max(0, start - 60), start)
        if m and free(*m.span("name")) and _ok(m.group("name")):
            found.append(m.span("name"))
    return sorted(set(found))


def test_list_members_equal_the_pairwise_definition():
    from geoincidents.places.list_names import list_members

    rng = random.Random(10)
    words = ["Kafr Oweid", ",", "Sufuhun", "and", "Fleifel", "in", "Ariha", "al-Bab", "or", "shelled", "The", ".",
             "near", "Russia", "said"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 18)))
        spans = [(a, min(len(text), a + rng.randint(0, 8))) for a in (rng.randint(0, len(text)) for _ in range(3))]
        masked = [(a, min(len(text), a + rng.randint(0, 8))) for a in (rng.randint(0, len(text)) for _ in range(1))]
        stop = rng.randint(max(e for _, e in spans), len(text))
        assert list_members(text, spans, masked, stop) == _list_members_pairwise(text[:stop], spans, masked)
