"""The lookup's shortcuts give the answers of the long way: the typo pass over the keys of
reachable length, the memo of questions as asked, and checks that still refuse bad arguments."""
import random

import pytest
from rapidfuzz import fuzz, process

from geoincidents import Gazetteer
from geoincidents.gazetteer.typos import fuzzy_cutoff
from geoincidents.gazetteer.normalize import loose_key


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def _typos(words, seed=7):
    rng = random.Random(seed)
    out = []
    for w in words:
        i = rng.randrange(len(w))
        out += [w[:i] + w[i + 1:], w[:i] + rng.choice("aeiktz") + w[i:], w + w[-1], w[::-1]]
    return out


def test_typo_pass_over_reachable_keys_is_the_pass_over_all_keys(gaz):
    # Queries of every length the pass runs for: typos of names, other words, long strings; the
    # keys it scores (reachable length, letters close enough) give the matches of scoring them all.
    typos = gaz._index._typos
    keys = typos.keys
    rng = random.Random(3)
    queries = _typos(rng.sample(keys, 400)) + ["qwertyuiopasdfgh" * k for k in (1, 2, 3)]
    queries += ["".join(rng.choice("abdhiklmnoqrstuyz ") for _ in range(rng.randint(5, 14))) for _ in range(200)]
    queries = [q for q in queries if len(q) >= 5]
    found = 0
    for q in queries:
        cutoff = fuzzy_cutoff(len(q))
        everywhere = process.extract(q, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        assert [(k, s) for k, s, _ in everywhere] == typos.close(q), q
        found += bool(everywhere)
    assert found > 300  # most typos of names find them


def test_a_typo_still_finds_its_place(gaz):
    assert gaz.lookup("Saraqebb")[0].pcode == "C3916"
    assert gaz.lookup("Khan Sheikhounn")[0].name == "Khan Shaykun"
    assert gaz.lookup("Xyzzyqwerty") == []


def test_an_answer_kept_is_the_answer_of_empty_memos(gaz):
    questions = [("Ariha", {}), ("Ariha", {"admin1": "Idleb", "limit": 6, "focus_ties_only": True}),
                 ("Hatla", {"kinds": ("city", "town", "village")}), ("Idlib province", {"limit": 3}),
                 ("Rawda", {"bbox": (36.0, 35.0, 37.5, 36.5)}), ("Tal Abyad", {"kinds": "town"})]
    gaz.clear_cache()
    fresh = [[(p.place_id, p.score, p.matched) for p in gaz.lookup(n, **kw)] for n, kw in questions]
    for _ in range(2):  # the second time from the memo
        again = [[(p.place_id, p.score, p.matched) for p in gaz.lookup(n, **kw)] for n, kw in questions]
        assert again == fresh
    # Other argument types ask the same question (a list of kinds, a box as a list).
    assert gaz.lookup("Hatla", kinds=["city", "town", "village"]) == gaz.lookup("Hatla", kinds=("city", "town", "village"))
    assert gaz.lookup("Rawda", bbox=[36, 35, 37.5, 36.5]) == gaz.lookup("Rawda", bbox=(36.0, 35.0, 37.5, 36.5))


def test_a_kept_answer_lets_no_bad_argument_through(gaz):
    # Each bad call equals (==, same hash) a good one answered just before: it must still raise.
    gaz.lookup("Saraqeb", limit=1)
    with pytest.raises(TypeError):
        gaz.lookup("Saraqeb", limit=True)
    with pytest.raises(TypeError):
        gaz.lookup("Saraqeb", limit=1.0)
    gaz.lookup("Saraqeb", bbox=(1.0, 35.0, 37.0, 36.0))
    with pytest.raises(TypeError):
        gaz.lookup("Saraqeb", bbox=(True, 35.0, 37.0, 36.0))
    with pytest.raises(ValueError):
        gaz.lookup("Saraqeb", admin1="Atlantis")
    with pytest.raises(ValueError):
        gaz.lookup("Saraqeb", kinds=("castle",))
    with pytest.raises(TypeError):
        gaz.lookup(None)


def test_lookup_memo_stays_bounded(gaz):
    small = Gazetteer.default().with_places(__import__("pandas").DataFrame(
        {"name": ["Tell Nowhere"], "lat": [35.9], "lon": [36.6]}))
    small.CACHE_SIZE = 8
    small._new_caches()
    for word in _typos([loose_key(n) for n in ("Saraqeb", "Ariha", "Hatla", "Binnish", "Taftanaz")]):
        small.lookup(word)
    assert 0 < small.cache_sizes()["lookup"] <= 8
