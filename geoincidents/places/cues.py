"""Cue words around a place mention: "the village of X", "X countryside", "near X", "the Idleb town of X".

The word tables are in :mod:`.lexicon`; each pattern is tried only when the word next to the
name can start (after it) or end (before it) one of its matches.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fields.event_cues import STRIKE_LOG_CODE
from ..gazetteer.normalize import fold
from .lexicon import (ADMIN_CONTEXT, NOT_INCIDENT_BEFORE, QUALIFIER_AFTER, STOPWORDS, cues_after, cues_before,
                      first_word, last_word, may_qualify)

__all__ = ["read_cues"]

# "al-Shuhail town of Deir Ezzor countryside", "the Hamdaniya district of Aleppo city": what follows
# "town of" is the region or city, so the name before it is the town (not "the Idlib town of X",
# where the name before qualifies X).
_REGION_AFTER = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:countryside|province|governorate|desert|region|city)\b", re.I)


_AFTER_OPENERS = frozenset(" '’")

# A monitor's numbered source list ("March 3rd 2017: (S479) الرقة Raqqa city, ..."; Airwars): the
# name after the entry's code, and after its Arabic name, is where the entry says the event was.
# Each run of the Arabic name (letters, then separators) is taken whole, as an atomic group
# ("(?=(...))\1": Python 3.10 has no possessive quantifiers): a run split between repetitions in
# every way was exponential in its length when the window did not end there (2 ms for one Airwars
# entry, 0.2 s for 26 letters in a row).  Whole runs need the fewest repetitions: the same windows match.
_SOURCE_ENTRY = re.compile(STRIKE_LOG_CODE + r"\s*(?:(?=([\u0600-\u06ff\u200e\u200f“”\"]+[\s,،]*))\1){0,8}$")


def read_cues(text: str, sent_start: int, start: int, end: int, sent_end: int) -> tuple:
    """Cue words around the mention ``text[start:end]`` in its sentence: (cue, kinds hint,
    precision, admin context, not-incident reason).

    Examples
    --------
    >>> t = "Shelling hit the Idlib town of Ariha"
    >>> read_cues(t, 0, t.index("Ariha"), len(t), len(t))
    ('town', ('city', 'town', 'village', 'neighbourhood'), 1, 'Idlib', None)
    """
    return _read(text[max(sent_start, start - 60):start], text[end:min(sent_end, end + 40)])


# The answer depends on the two windows only, and a long article repeats its phrases (~half of
# the mentions of the scaling benchmark's news text).  Only the last 256 are kept: that catches
# a document's own repeats, and windows of different documents are rarely the same (3% on the
# dev sets), so a larger cache would only make a corpus read twice look faster.
@lru_cache(maxsize=256)
def _read(before: str, after: str) -> tuple:
    if not before.strip() and after[:1] == ":" and after[1:2] in (" ", "\t"):
        # "Idlib: regime forces escalate their shelling on Jabal al-Zawiya": a monitor's label of the
        # province its report is about, which locates the places the report names.
        return "province", ("governorate",), 3, None, None
    cue, kinds, prec = None, None, 1
    if ")" in before and _SOURCE_ENTRY.search(before):
        cue = "in"
    # Every cue after a name opens with a space or "'s"; every cue before one ends in a word and
    # a space (``$`` also matches before a final newline): other windows ("Raqqa, ") skip the
    # regexes, same answers.  isalpha, not isascii: re.I lets "K" (Kelvin) match "k".
    spaced_after = after[:1] in _AFTER_OPENERS
    tail = before[:-1] if before.endswith("\n") else before
    spaced_before = tail[-1:] == " " and tail[-2:-1].isalpha()
    # Only the patterns that can start with the word after (end with the word before) are tried.
    first = first_word(after) if spaced_after else ""
    for rx, name, k, p in cues_after(first):
        if rx.search(after):
            cue, kinds, prec = name, k, p
            break
    last = last_word(before) if spaced_before else ""
    for rx, name, k, p in cues_before(last):
        if rx.search(before, last):
            # A "near"/direction cue before outranks a neutral one after; "province" wins always.
            if cue is None or name in ("near", "direction of", "vicinity") and cue not in ("province",) \
                    or (name == "part of" and cue in (None, "province", "countryside")):
                if name == "part of" and cue == "province":
                    cue, prec = "part of province", 3
                elif name == "part of" and cue == "countryside":
                    cue, prec = "part of countryside", 3
                elif name != "in" or cue is None:
                    cue, kinds, prec = name, k or kinds, p
            break
    ctx = ADMIN_CONTEXT.search(before, last) if spaced_before else None
    admin_context = ctx.group(1) if ctx and fold(ctx.group(1)) not in STOPWORDS else None
    blocked = NOT_INCIDENT_BEFORE.search(before, last) if spaced_before else None
    reason = f"context: '{blocked.group(0).strip()}'" if blocked else None
    q = QUALIFIER_AFTER.match(after) if may_qualify(first) else None
    if q and not _REGION_AFTER.match(after, q.end()):
        cue, kinds, prec, reason = "qualifier", None, 3, "qualifies the place that follows"
    return cue, kinds, prec, admin_context, reason
