"""The typo pass of a name search: the spelling keys closest to a query that none matched exactly.

The pass runs only when no spelling key of a query finds a name (see
:meth:`geoincidents.gazetteer.search.NameIndex.candidates`).  Its score is rapidfuzz's
``fuzz.ratio`` over the loose keys of canonical names and aliases, with a cutoff that rises for
short keys, so that a typo finds its place and an unknown name finds nothing.

Two exact shortcuts keep it cheap (scoring the ~6,000 keys of reachable length took ~0.85 ms; the 1,200 UCDP dev
headlines ask 68 passes, ~2% of reading them cold):

* only the keys whose length can reach the cutoff are scored (:func:`by_reachable_length`);
* of those, only the keys whose letters can: an Indel edit deletes every letter of one string
  that the other lacks and inserts every letter it lacks, so two strings are at least as many
  edits apart as the letters (bits of a 64-bit mask, ``ord(c) % 64``) that one of them has and
  the other has not.  A key farther apart than the cutoff allows cannot reach it and is not scored.

Both only drop keys below the cutoff, which ``process.extract`` leaves out anyway: the keys it
scores keep their order, so the matches and their ties are those of the pass over all keys.

Examples
--------
>>> TypoKeys(["saraqib", "sarmin", "ariha"]).close("saraqibb")
[('saraqib', 93.33333333333333)]
"""
from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["FUZZY_MIN", "TypoKeys", "by_reachable_length", "fuzzy_cutoff"]

#: Shortest loose key the typo pass runs for.
FUZZY_MIN = 5
#: Most matches the pass returns.
LIMIT = 8


def fuzzy_cutoff(length: int) -> int:
    """Least ``fuzz.ratio`` a typo must reach for a loose key of ``length`` letters."""
    return 88 if length < 8 else 84


def by_reachable_length(keys: list[str], longest: int) -> dict[int, list[str]]:
    """For each query length the typo pass runs for (up to ``longest``), the ``keys`` (in their order)
    that can reach its cutoff: ``fuzz.ratio`` is ``100 * (1 - d / (m + n))`` with an edit distance
    ``d >= |m - n|``, so a key is out of reach when ``100 * |m - n| > (100 - cutoff) * (m + n)``
    (whole numbers: exact).  Kept in the keys' order, so that ``process.extract`` breaks ties as over
    all keys; rapidfuzz checks lengths too, but only after reading each key in (most of a pass's time)."""
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    table = np.asarray(keys, dtype=object)
    out: dict[int, list[str]] = {}
    for n in range(FUZZY_MIN, longest + 1):
        reach = 100 * np.abs(lengths - n) <= (100 - fuzzy_cutoff(n)) * (lengths + n)
        if not reach.any() and n > lengths.max(initial=0):
            break  # longer queries reach no key
        out[n] = table[reach].tolist()
    return out


def _letters(key: str) -> int:
    """The letters of ``key`` as a 64-bit mask (bit ``ord(c) % 64``; letters sharing a bit only
    make two keys look closer, never farther apart)."""
    mask = 0
    for c in set(key):
        mask |= 1 << (ord(c) & 63)
    return mask


def _popcount(values: np.ndarray) -> np.ndarray:
    """Set bits of each uint64 (numpy 2's ``bitwise_count``, else counted byte by byte)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(values).astype(np.int64)
    return np.unpackbits(values.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1, dtype=np.int64)


class TypoKeys:
    """The loose keys the typo pass forgives a typo on (Latin only), searched by :meth:`close`.

    Parameters
    ----------
    keys : list of str
        Sorted loose keys of canonical names and aliases.
    longest : int
        Longest query the pass is asked about.
    """

    def __init__(self, keys: list[str], longest: int = 120) -> None:
        self.keys = keys
        self.by_length = by_reachable_length(keys, longest)
        # Per query length, the letter masks and lengths of its keys: made on first use (a run asks
        # a few lengths), at most one entry per length.
        self._masks: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def close(self, lo: str) -> list[tuple[str, float]]:
        """``(key, score)`` of the keys within the cutoff of ``lo``, best first (at most :data:`LIMIT`):
        ``process.extract(lo, keys, scorer=fuzz.ratio, score_cutoff=fuzzy_cutoff(len(lo)))``."""
        n = len(lo)
        keys = self.by_length.get(n, ())
        if not keys:
            return []
        got = self._masks.get(n)
        if got is None:
            got = self._masks[n] = (np.fromiter(map(_letters, keys), dtype=np.uint64, count=len(keys)),
                                    np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)))
        masks, lengths = got
        cutoff = fuzzy_cutoff(n)
        apart = _popcount(masks ^ np.uint64(_letters(lo)))
        # Edits allowed: d <= (100 - cutoff) * (m + n) / 100; one more kept for rounding (only keeps more).
        within = np.flatnonzero(100 * apart <= (100 - cutoff) * (lengths + n) + 100).tolist()
        scored = [keys[i] for i in within]
        return [(key, score) for key, score, _ in process.extract(lo, scored, scorer=fuzz.ratio, score_cutoff=cutoff,
                                                                   limit=LIMIT)]
