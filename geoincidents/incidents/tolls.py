"""Which incident of a clause carries its count: ACLED's rule for tolls over several places.

ACLED gives a reported total to the event the text ties it to and splits it only where
the text itself splits it; it never invents a split.  So within one clause segment
(see :mod:`geoincidents.fields.clauses`):

* one place: the count is the place's (``"at its place"``);
* a place written right after the count ("killing four in Salqin", "3 killed in
  Ariha") is the place the text ties it to (``"stated at place"``);
* a count after or before a list of places joined by commas/"and"/a hyphen ("Airstrikes hit
  Harem and Salqin, killing four") is not split and not given to the last name
  written: it goes to the first place of the list, the head of the report
  (``"list total: first place named, not split"``); the other places of the list say
  where the toll went (``"toll of the list given to 'Harem'"``);
* a place named as the victims' origin ("killed a civilian from al-Hunaydah in Mansura", "A
  young man from X was killed in Y"), or a headline's dateline ("Idlib: civilian killed in Y"),
  is not where the count happened when another place is named;
* otherwise the place written nearest to the count (``"nearest place"``);
* "killing 3, 2 and 1 people respectively" after as many places: each place its count, in
  order (``"respectively: the list's counts in order"``, :func:`respective_tolls`);
* a place that only locates the one before it ("Western Maliha in Dar'a countryside,
  killing 2", "Sharkrak in the western countryside of Tell Abiad", "X near Y") hands
  the count back to that place (``"the place the others locate"``).

The rule applied is the incident's ``fatalities_rule`` column.

Examples
--------
>>> from types import SimpleNamespace as M
>>> text = "Airstrikes hit Harem and Salqin, killing four"
>>> ms = [M(start=15, end=20, text="Harem"), M(start=25, end=31, text="Salqin")]
>>> owner, rule = toll_owner(text, 0, ms, text.index("four"))
>>> owner.text, rule
('Harem', 'list total: first place named, not split')
"""
from __future__ import annotations

import re
from typing import Sequence

__all__ = ["toll_owner", "list_of", "parts_at_places", "respective_tolls"]

_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*[-–]\s*)(?:the\s+)?(?:(?:towns?|villages?|cities|city)\s+of\s+)?")
_PARTICIPLE = re.compile(r"[^.;]{0,40}?(?:,\s*|\s+)(?:killing|injuring|wounding|leaving|claiming|causing)\b[^.;]{0,25}$", re.I)
_STATED_AT = re.compile(r"[^.;,]{0,30}?\b(?:in|at|near|on|of|around)\s+(?:the\s+)?(?:\w+\s+){0,3}?$", re.I)
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# "X in Y", "X in the western countryside of Y", "X near Y": Y locates X.
_LOCATES = re.compile(r"\s*,?\s+(?:in|near)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:countryside|outskirts|vicinity|area|"
                      r"district|province|governorate|region|suburbs?|sector)\s+of\s+)?", re.I)


def list_of(text: str, base: int, places: Sequence, member) -> list:
    """The places joined with ``member`` by commas/"and"/"or" into one list, in text order."""
    ordered = sorted(places, key=lambda m: m.start)
    groups: list[list] = []
    for m in ordered:
        if groups and _JOIN.fullmatch(text, groups[-1][-1].end - base, m.start - base):
            groups[-1].append(m)
        else:
            groups.append([m])
    return next(g for g in groups if member in g)


# A toll told of one of two places named before it: "killing two civilians in the latter".
_LATTER = re.compile(r"[^.;]{0,60}?\b(?:in|at|of)\s+the\s+(latter|former)\b")


def toll_owner(text: str, base: int, places: Sequence, count_at: int) -> tuple[object, str]:
    """The place (mention) that carries a count written at ``count_at``, and the rule applied.

    Parameters
    ----------
    text : str
        The segment's text; ``base`` its document offset (mentions carry document offsets).
    places : sequence of Mention
    count_at : int
        Document offset of the first casualty count.
    """
    if len(places) == 1:
        return places[0], "at its place"
    if "the latter" in text or "the former" in text:
        pick = _LATTER.search(text, count_at - base)
        if pick is not None:  # "strikes on the town of X and the village of Y, killing two civilians in the latter"
            named = sorted((m for m in places if m.start < count_at), key=lambda m: m.start)
            if len(named) >= 2:
                return (named[-1] if pick.group(1) == "latter" else named[0]), f"in the {pick.group(1)}"
    after = sorted((m for m in places if m.start >= count_at), key=lambda m: m.start)
    if len(after) > 1 and _ORIGIN.search(text, max(0, after[0].start - base - 20), after[0].start - base):
        after = after[1:]  # "a civilian from al-Hunaydah in Mansura": the origin of the victim
    if after:
        first = after[0]
        between = text[count_at - base:first.start - base]
        if _STATED_AT.fullmatch(between) and not any(
                m.start < count_at and list_of(text, base, places, m) == list_of(text, base, places, first)
                for m in places):
            group = list_of(text, base, places, first)
            if len(group) == 1:
                return first, "stated at place"
            return group[0], "list total: first place named, not split"
    # "A young man from Saraqeb was killed by gunmen in Sarmada": the victims' origin is not where they were
    # killed when another place is named.
    # A dateline's place ("Idlib: civilian killed by sniper fire in Kafr Nabuda") labels the report too.
    origins = [m for m in places if _ORIGIN.search(text, max(0, m.start - base - 20), m.start - base)
               or (m.start - base <= 1 and text[m.end - base:m.end - base + 1] == ":")]
    if origins and len(origins) < len(places):
        places = [m for m in places if m not in origins]
    before = [m for m in places if m.end <= count_at]
    if before and _PARTICIPLE.match(text, max(before, key=lambda m: m.end).end - base, count_at - base):
        # "Airstrikes hit Harem, killing four, and Salqin": the participle follows its place.
        nearest = max(before, key=lambda m: m.end)
    else:  # distance from the count to the nearer edge of each name
        nearest = min(places, key=lambda m: count_at - m.end if m.end <= count_at else m.start - count_at)
    group = list_of(text, base, places, nearest)
    if len(group) > 1:
        return group[0], "list total: first place named, not split"
    head = _located(text, base, places, nearest)
    if head is not nearest:
        return head, "the place the others locate"
    return nearest, "nearest place"


def _located(text: str, base: int, places: Sequence, m):
    """The place that ``m`` only locates ("X in Y countryside" gives X for Y), followed back."""
    ordered = sorted(places, key=lambda p: p.start)
    i = ordered.index(m)
    while i > 0 and _LOCATES.fullmatch(text, ordered[i - 1].end - base, ordered[i].start - base):
        i -= 1
    return ordered[i]


def respective_tolls(text: str, places: Sequence, spans: Sequence) -> dict[int, object] | None:
    """``{id(place): count span}`` when the segment gives as many death counts as places and says
    "respectively" ("Strikes on Ariha and Sarmin killed 5 and 3 people, respectively"), else None."""
    if "respectively" not in text.lower():
        return None
    counts = [s for s in spans if s.attrs.get("kind") == "killed" and not s.attrs.get("part") and s.value is not None]
    if len(counts) < 2 or len(counts) != len(places):
        return None
    return {id(m): c for m, c in zip(sorted(places, key=lambda m: m.start), counts)}


# From a bare part of the total to the place it is stated at: "eight of them in the town of X",
# "including eight in X".
_PART_AT = re.compile(r"\s+(?:(?:of\s+)?(?:them|whom)\s+)?(?:(?:were|was)\s+(?:killed\s+)?)?(?:in|at)\s+(?:the\s+)?"
                      # ("12 of them in air strikes on X", "eight in the shelling of X")
                      r"(?:(?:[\w-]+\s+)?(?:strikes?|raids?|shelling|bombardment|bombing|attacks?)\s+(?:on|of|in|at|targeting)\s+"
                      r"(?:the\s+)?)?"
                      r"(?:(?:town|village|city|neighbou?rhood)\s+of\s+)?", re.I)


def parts_at_places(text: str, base: int, places: Sequence, spans: Sequence) -> dict[int, object] | None:
    """``{id(place): count span}`` for the parts of a total stated at a place of their own ("14 civilians
    were killed across Idlib province, eight of them in the town of X", "including eight in X"): that
    place's toll is its part.  Only bare parts (no noun of their own): "including four children in X"
    may say where the whole toll was."""
    out = {}
    for c in spans:
        if c.attrs.get("kind") != "killed" or not c.attrs.get("part") or c.value is None \
                or c.attrs.get("noun") is not None:
            continue
        for m in places:
            if _PART_AT.fullmatch(text, c.end - base, m.start - base):
                out[id(m)] = c
    return out or None
