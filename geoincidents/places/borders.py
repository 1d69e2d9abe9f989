"""The border between two governorates: "clashes on the Idlib-Hama border", "the administrative
border between Idlib and Hama (provinces)".

The event is somewhere along the line between the two units, not in either capital: one incident
at the first governorate named (``geo_precision`` 3, the text gives no finer place), the second
governorate as context. A capital's name stands for its governorate here ("Idlib", "Hama").

Examples
--------
>>> bool(_BEFORE.search("shelling along the administrative border between "))
True
>>> bool(_AFTER.match(" provinces' border"))
True
"""
from __future__ import annotations

import re
from typing import Sequence

from .containers import governorate_named

__all__ = ["mark_borders"]

_LINE = r"(?:administrative\s+)?(?:borders?|boundary|boundaries|frontier|front\s*lines?|demarcation\s+line)"
# "the border between (the provinces of) X and Y"
_BEFORE = re.compile(r"\b" + _LINE + r"\s+(?:between|of)\s+(?:the\s+)?(?:(?:provinces?|governorates?)\s+of\s+)?$", re.I)
# "the X-Y border", "the X and Y provinces' border"
_AFTER = re.compile(r"(?:\s+(?:provinces?|governorates?))?(?:['’]s?)?\s+" + _LINE + r"\b", re.I)
_JOIN = re.compile(r"\s*[-–—/]\s*|\s+and\s+(?:the\s+)?", re.I)
_PROVINCES = re.compile(r"\s+(?:provinces|governorates)\b", re.I)


def mark_borders(text: str, ms: Sequence) -> None:
    """One sentence's resolved mentions, in order: mark "the X-Y border" (two governorates) as one
    incident at X's governorate (precision 3), Y as context."""
    for a, b in zip(ms, ms[1:]):
        if a.not_incident or b.not_incident or not _JOIN.fullmatch(text, a.end, b.start):
            continue
        lo = max(a.sentence_start, a.start - 60)
        if not (_BEFORE.search(text, lo, a.start) or _AFTER.match(text, b.end)):
            continue
        ga, gb = governorate_named(a), governorate_named(b)
        if ga is None or gb is None or ga.place_id == gb.place_id:
            continue
        a.place, a.geo_precision, a.where_prec = ga, 3, 4
        b.place = gb
        b.not_incident = f"context: the other side of the border named from {a.text!r}"
