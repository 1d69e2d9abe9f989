"""The day a wire story was filed, from its dateline: the anchor of its relative dates.

"IDLIB, Syria, March 5 (Reuters) - Turkish drones struck a convoy near Saraqeb yesterday": the
story's "yesterday" is 4 March, whatever day a feed or a scraper later stamped as its publication
date.  Relative dates ("yesterday", "on Wednesday", "last week") are therefore read against the
dateline's day when the text opens with one.

Rules
-----
* A dateline opens the text or one of its first four lines (a headline may come first): a capitalised place (and its country or region), a day and month
  ("March 5", "5 March", "Sept. 9", optionally with the year), then an agency in brackets and a
  dash: "BEIRUT, March 5, 2020 (Reuters) -", "Idlib, 5 March (AFP) --".
* Without a publication date, a dateline with its year is the publication date.
* With one, the dateline's day replaces it when it lies up to two weeks before it (a feed's or a
  scraper's later stamp); a dateline after publication, or long before it, is left alone.
* A dateline without a year takes the year that puts it on or before publication.

Hand-written: dateparser would read the day and month, but finding the dateline is the work here.

Examples
--------
>>> from datetime import date
>>> story_date("IDLIB, Syria, March 5 (Reuters) - Drones struck ...", date(2020, 3, 7))
datetime.date(2020, 3, 5)
>>> story_date("BEIRUT, March 5, 2020 (Reuters) - Shelling ...", None)
datetime.date(2020, 3, 5)
>>> story_date("Jets struck Ariha on Monday.", date(2020, 3, 7))
datetime.date(2020, 3, 7)
"""
from __future__ import annotations

import re
from datetime import date

from .dates import MONTHS
from .first_chars import word_alternation

__all__ = ["story_date"]

_MON = r"(?P<mon>(?i:" + word_alternation(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_DATELINE = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+){1,2}"
    r"(?:" + _MON + r"\s+(?P<d1>[0-3]?\d)|(?P<d2>[0-3]?\d)\s+" + _MON.replace("mon", "mon2") + r")"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*\([A-Z][\w .&/-]{0,30}\)\s*(?:-{1,2}|–|—|:)")
# Lags between a story's dateline and a later publication stamp that are read as the same story.
_MAX_LAG_DAYS = 14
# Characters read for a dateline: a headline and a blank line may come before it.
_HEAD = 400


def _dateline(head: str) -> re.Match[str] | None:
    """The dateline opening ``head`` or one of its first four lines ("Air strikes kill 11 in Idlib\n\nBEIRUT,
    Feb 4 (Reuters) - ...": a story pasted with its headline)."""
    start = 0
    for _ in range(4):
        m = _DATELINE.match(head, start)
        if m is not None:
            return m
        start = head.find("\n", start) + 1
        if start == 0:
            return None
    return None


def story_date(text: str, published: date | None) -> date | None:
    """The day relative dates of ``text`` are read against: its dateline's, else ``published``."""
    head = text[:_HEAD]
    if "(" not in head:
        return published
    m = _dateline(head)
    if m is None:
        return published
    month = MONTHS[(m.group("mon") or m.group("mon2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None and published is None:
        return None
    try:
        filed = date(year or published.year, month, day)
        if year is None and published is not None and filed > published:
            filed = date(published.year - 1, month, day)
    except ValueError:
        return published
    if published is None:
        return filed
    return filed if 0 <= (published - filed).days <= _MAX_LAG_DAYS else published
