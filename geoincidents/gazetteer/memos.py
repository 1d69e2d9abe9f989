"""What a gazetteer keeps between questions: its bounded lookup memos, how they are emptied, and
how a gazetteer travels to worker processes without them.

A text names the same places again and again, and a corpus repeats its names: each memo keeps
a pure function of the (immutable) gazetteer and the question, so it never changes an answer,
only how fast a repeated question is answered.

Examples
--------
>>> from geoincidents import Gazetteer
>>> gaz = Gazetteer.default()
>>> _ = gaz.lookup("Saraqeb")
>>> gaz.cache_sizes()["lookup"] >= 1
True
>>> gaz.clear_cache(); gaz.cache_sizes()["lookup"]
0
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["LookupMemos"]


class LookupMemos:
    """Bounded memos of a :class:`~geoincidents.gazetteer.store.Gazetteer`'s lookups (a mixin: the
    gazetteer supplies the functions they keep)."""

    #: Most entries of each lookup memo (least recently used go first).  An entry takes ~0.85 kB on
    #: the dev sets' lookups, so four memos of 8,192 stay under 30 MB per process, and the names a
    #: corpus repeats (~2,300 lookups for 1,355 dev documents) all fit; unbounded, a long run grew
    #: to hundreds of MB per worker, and at 20,000 a long article of unknown names held 80x its size.
    CACHE_SIZE = 8192
    _CACHES = ("_asked", "_ranked", "_hits_cached", "_kind_hits_cached", "_focus_mask", "_admin1_found")

    def _new_caches(self) -> None:
        # Per instance (not on the methods): each gazetteer keeps its own answers; lru_cache is
        # the standard library's bounded cache (C implementation, fast on a hit).
        size = self.CACHE_SIZE
        # Questions as asked (name, admin1, kinds, bbox, limit, fuzzy, focus_ties_only): answered
        # before any check or normalisation, the only memo a repeated name of a text reaches.
        self._asked = lru_cache(maxsize=size)(self._answer)
        self._ranked = lru_cache(maxsize=size)(self._ranked_uncached)
        self._hits_cached = lru_cache(maxsize=size)(self._index.candidates)
        self._kind_hits_cached = lru_cache(maxsize=size)(self._kind_hits)
        # Keyed by user focus (governorate names from texts, boxes): a mask per key (a byte a place).
        self._focus_mask = lru_cache(maxsize=256)(self._focus_mask_uncached)
        self._admin1_found = lru_cache(maxsize=4096)(self._admin1_uncached)

    def __getstate__(self) -> dict:
        # Sent to worker processes: without the memos (lru_cache wrappers do not pickle).
        state = self.__dict__.copy()
        for key in self._CACHES:
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._new_caches()

    def cache_sizes(self) -> dict[str, int]:
        """Entries now held by each lookup memo (each at most :attr:`CACHE_SIZE`)."""
        return {"lookup": self._asked.cache_info().currsize, "ranked": self._ranked.cache_info().currsize,
                "hits": self._hits_cached.cache_info().currsize, "kind_hits": self._kind_hits_cached.cache_info().currsize}

    def clear_cache(self) -> None:
        """Forget kept answers, candidate searches and focus masks (e.g. before timing a cold run)."""
        for key in self._CACHES:
            getattr(self, key).cache_clear()
