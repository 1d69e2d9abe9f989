"""Names in a list of places are places too, even when the gazetteer does not know them.

"Regime forces shelled Kafr Oweid, Sufuhun and Fleifel": when "Sufuhun" is not among the
gazetteer's names (or is spelled unlike any of them), the scan of
:mod:`geoincidents.places.mentions` does not see it, and the name vanished from the output.
A capitalised name coordinated with a place mention (", X", " and X", "X and <place>") is
reported as a mention of its own with ``cue="list"`` and ``known=False``: resolution then
tries the spelling-tolerant lookup, and what it cannot place stays an explicit unresolved
mention with candidates.  Nothing in an event sentence is dropped silently.

Guards, so that lists of other things do not become places: the name is at most four words,
no word of it is a stopword (months, "The", actor words ...), it overlaps no actor or source
name, and it is followed by another list joint, a preposition or the end of the clause
("in Ariha, Russia said" is no list).

Examples
--------
>>> text = "Regime forces shelled Kafr Oweid, Sufuhun and Fleifel."
>>> [(s, e, text[s:e]) for s, e in list_members(text, [(22, 32), (46, 53)], [])]
[(34, 41, 'Sufuhun')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from ..gazetteer.normalize import fold
from .lexicon import STOPWORDS
from .mentions import Mention
from ..text.spans import Span

__all__ = ["add_list_members", "list_members"]

_PREFIX = r"(?:(?:al|el|ash|as|ad|an|ar|az|at|Al|El)[-\s])"
_NAME = rf"{_PREFIX}?[A-Z][\w'’]+(?:(?:\s+|-){_PREFIX}?[A-Z][\w'’]+){{0,3}}"
_JOINT = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_AFTER = re.compile(rf"{_JOINT}(?P<name>{_NAME})(?=\s*(?:,|;|\.|:|\)|$|\s(?:and|or|in|on|near|at|of|north|south|east|west)\b))")
_BEFORE = re.compile(rf"(?:^|[\s,(])(?P<name>{_NAME}){_JOINT}$")
_MAX_CHAIN = 12


def _ok(name: str) -> bool:
    words = fold(name).replace("-", " ").split()
    return 0 < len(words) <= 4 and not any(w in STOPWORDS for w in words) and len(name) >= 3


def list_members(text: str, places: Sequence[tuple[int, int]], masked: Sequence[tuple[int, int]],
                 stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of names coordinated with the ``places`` (offsets into ``text``) that are not places yet.

    ``stop``: read ``text`` as if it ended there (as ``text[:stop]``, without copying it).
    """
    stop = len(text) if stop is None else stop
    taken = sorted(places)
    found: list[tuple[int, int]] = []
    # The characters covered by places, masked names and names found, and the empty spans (which
    # "overlap" a name strictly around them): testing every span for every name was quadratic
    # in a sentence naming many places.  Names are read from 60 characters before the first place.
    lo = max(0, taken[0][0] - 60) if taken else 0
    lo = min([lo] + [a for a, _ in masked])
    hi = max([stop] + [b for _, b in taken] + [b for _, b in masked])
    covered, points = bytearray(hi - lo), bytearray(hi - lo + 1)

    def cover(a: int, b: int) -> None:
        if a < b:
            covered[a - lo:b - lo] = b"\x01" * (b - a)
        else:
            points[a - lo] = 1

    for a, b in (*taken, *masked):
        cover(a, b)

    def free(s: int, e: int) -> bool:
        return covered.find(1, s - lo, e - lo) < 0 and points.find(1, s - lo + 1, e - lo) < 0

    for start, end in taken:
        pos = end
        for _ in range(_MAX_CHAIN):  # rightwards: "X, Y and Z"
            m = _AFTER.match(text, pos, stop)
            if not m:
                break
            s, e = m.span("name")
            if free(s, e) and _ok(m.group("name")):
                found.append((s, e))
                cover(s, e)
            elif free(s, e):
                break
            pos = e
        # Leftwards: "Y and <place>".  The joint ends in ",", "and", "or" or "&" and spaces: without
        # one right before the place (most places: "in X"), the search cannot match.
        m = _BEFORE.search(text, max(0, start - 60), start) \
            if text[max(0, start - 60):start].rstrip().endswith((",", "and", "or", "&")) else None
        if m:
            s, e = m.span("name")
            if free(s, e) and _ok(m.group("name")):
                found.append((s, e))
                cover(s, e)
    return sorted(set(found))


def add_list_members(text: str, mentions: list[Mention], masked: Sequence[Span]) -> list[Mention]:
    """``mentions`` plus an unknown-name mention (``cue="list"``) for each list member not yet found."""
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if not m.foreign:
            by_sentence.setdefault((m.sentence_start, m.sentence_end), []).append(m)
    # Each sentence's mentions and masked names by bisection (filtering all of them per sentence
    # was quadratic), and the text read up to the sentence's end without copying it.
    mask = sorted((s.start, s.end) for s in masked)
    mask_starts = [a for a, _ in mask]
    spans = sorted((m.start, m.end) for m in mentions)
    span_starts = [a for a, _ in spans]
    added: list[Mention] = []
    for (s0, s1), ms in by_sentence.items():
        if not ms:
            continue
        all_in = spans[bisect_left(span_starts, s0):bisect_left(span_starts, s1)]
        in_mask = mask[bisect_left(mask_starts, s0):bisect_left(mask_starts, s1)]
        for s, e in list_members(text, all_in, in_mask, s1):
            if s >= s0:
                added.append(Mention(s, e, text[s:e], s0, s1, cue="list", known=False))
    found = sorted(mentions + added, key=lambda m: m.start) if added else mentions
    _share_near_cues(text, found)
    return found


# The cues a coordinated list shares: "on the outskirts of Bara and Ibleen", "near Maasran, Dadikh and Kafr
# Battikh" put each of them near, not only the first (a village's own cue, "the village of X", stays).
_SHARED_CUES = frozenset({"near", "vicinity"})
_LIST_JOINT = re.compile(_JOINT)


def _share_near_cues(text: str, mentions: list[Mention]) -> None:
    for prev, m in zip(mentions, mentions[1:]):
        if m.cue is None and prev.cue in _SHARED_CUES and m.sentence_start == prev.sentence_start \
                and m.start - prev.end <= 7 and _LIST_JOINT.fullmatch(text, prev.end, m.start):
            m.cue = prev.cue
