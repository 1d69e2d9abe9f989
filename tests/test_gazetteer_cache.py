"""The gazetteer's lookup caches stay bounded in a long run and never change an answer."""
from __future__ import annotations

import pickle

import pytest

from geoincidents import Gazetteer


@pytest.fixture()
def small_cache_gaz(monkeypatch) -> Gazetteer:
    base = Gazetteer.default()
    monkeypatch.setattr(Gazetteer, "CACHE_SIZE", 8)
    return Gazetteer(base.places, base._names, base._areas)


NAMES = ["Saraqeb", "Idlib", "Ariha", "Khan Sheikhoun", "Maarat al-Numan", "Kafr Nabl", "Jisr ash-Shughur",
         "Hama", "Douma", "Raqqa", "Manbij", "Tadmur", "Deir ez-Zor", "Azaz", "Afrin", "Harem", "Salqin"]


def _answer(gaz: Gazetteer, name: str, **kw) -> list[tuple[str, float, str | None]]:
    return [(p.place_id, p.score, p.matched) for p in gaz.lookup(name, **kw)]


def test_cache_holds_at_most_its_bound_and_answers_do_not_change(small_cache_gaz):
    gaz = small_cache_gaz
    fresh = {n: _answer(gaz, n) for n in NAMES}  # each looked up cold or nearly so
    for n in NAMES:  # many more distinct questions than the cache holds
        for kw in ({}, {"admin1": "Idlib"}, {"kinds": ("village", "town")}, {"limit": 3}):
            _answer(gaz, n, **kw)
    assert all(size <= 8 for size in gaz.cache_sizes().values())
    assert {n: _answer(gaz, n) for n in NAMES} == fresh
    gaz.clear_cache()
    assert set(gaz.cache_sizes().values()) == {0}


def test_focus_that_covers_no_candidate_gives_the_unfocused_answer():
    gaz = Gazetteer.default()
    gaz.clear_cache()
    # Khan Sheikhoun is in Idlib: a Daraa focus covers none of its places, an Idlib one does.
    assert _answer(gaz, "Khan Sheikhoun", admin1="Daraa", focus_ties_only=True) == _answer(gaz, "Khan Sheikhoun")
    gaz.clear_cache()
    assert _answer(gaz, "Khan Sheikhoun") == _answer(gaz, "Khan Sheikhoun", admin1="Daraa", focus_ties_only=True)


def test_gazetteer_pickles_for_workers_with_empty_caches():
    gaz = Gazetteer.default()
    gaz.lookup("Saraqeb")
    copy = pickle.loads(pickle.dumps(gaz))
    assert copy.cache_sizes()["lookup"] == 0
    assert _answer(copy, "Saraqeb") == _answer(gaz, "Saraqeb")
