"""Days named by feasts, the Muslim ones above all: "on the first day of Eid al-Fitr", "on the eve of Eid al-Adha".

Syrian outlets and monitors date events by the feasts ("a massacre on the first day of Eid").
The day is that of the most recent such feast on or before publication, from the tabular
(arithmetical) Islamic calendar.  Its first day can differ by one from the day the feast was
declared on sighting the moon, so every such day has ACLED precision 2 (an approximate day) and
``attrs["approximate"]``.

Rules
-----
* "the first/second/third/fourth day of Eid (al-Fitr|al-Adha)" -> that day of the feast;
  "the eve of Eid ..." -> the day before its first.
* "on Eid al-Fitr", "during Eid", "over the Eid al-Adha holiday" -> the feast's days (al-Fitr 3,
  al-Adha 4).
* "New Year's Eve", "New Year's Day", "Christmas (Eve, Day)": that day, the most recent on or before
  publication (precision 1).
* Eid without its name is the more recent of the two.  A feast the arithmetic starts the day after
  publication is the feast of the publication day (the moon was sighted a day earlier), and no
  day is ever after publication.

Hand-written: no maintained Hijri converter is a dependency, and the arithmetic is a few lines.

Examples
--------
>>> from datetime import date
>>> s = feast_spans("shelled X on the first day of Eid al-Fitr", date(2020, 5, 27), 0)[0]
>>> (s.text, s.value.start, s.value.precision)
('on the first day of Eid al-Fitr', datetime.date(2020, 5, 24), 2)
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateSpan
from ..text.spans import Span

__all__ = ["feast_spans", "feast_start"]

_ORDINAL = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
#: (Hijri month, day) of each feast's first day, and how many days it lasts.
_FEASTS = {"fitr": ((10, 1), 3), "adha": ((12, 10), 4)}
_FEAST = re.compile(
    r"\b(?:(?:on|during|over|throughout)\s+)?(?:the\s+)?(?:(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+day\s+of\s+"
    r"|(?P<eve>eve)\s+of\s+)?(?:the\s+)?(?-i:Eid)(?:\s*(?:al|el|ul)?[- ]?(?P<name>fitr|adha))?(?:\s+(?:holidays?|feast))?\b",
    re.I)
_EPOCH = 1948439.5  # Julian day of 1 Muharram AH 1 (civil epoch)
_ORDINAL_OFFSET = 1721424.5  # Julian day of proleptic Gregorian ordinal 1, minus one


def feast_start(hijri_year: int, name: str) -> date:
    """First day of feast ``name`` ("fitr" or "adha") of ``hijri_year`` in the tabular calendar.

    >>> feast_start(1441, "fitr"), feast_start(1441, "adha")
    (datetime.date(2020, 5, 24), datetime.date(2020, 7, 31))
    """
    (month, day), _ = _FEASTS[name]
    jd = day + -(-59 * (month - 1) // 2) + (hijri_year - 1) * 354 + (3 + 11 * hijri_year) // 30 + _EPOCH - 1
    return date.fromordinal(int(jd - _ORDINAL_OFFSET))


def _last_feast(published: date, name: str | None) -> tuple[date, int]:
    """The first day and length of the most recent feast (``name``, or either) begun by ``published``
    (or the day after it: the arithmetic can be a day late)."""
    year = int((published.toordinal() + _ORDINAL_OFFSET - _EPOCH) * 30 / 10631) + 1
    best: tuple[date, int] | None = None
    for y in (year - 1, year, year + 1):
        for n in ((name,) if name else tuple(_FEASTS)):
            first = feast_start(y, n)
            if first <= published + timedelta(days=1) and (best is None or first > best[0]):
                best = (first, _FEASTS[n][1])
    assert best is not None  # the year before always has both feasts before publication
    return best


# Feasts of the Gregorian calendar: (month, day), the most recent on or before publication.
_FIXED = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
          "christmas": (12, 25)}
_FIXED_RE = re.compile(r"\b(?:on\s+)?(?P<name>New\s+Year['’]s\s+(?:Eve|Day)|Christmas(?:\s+(?:Eve|Day))?)\b")


def _fixed_spans(sentence: str, published: date, offset: int) -> list[Span]:
    """"on New Year's Eve", "on Christmas Day": that day, the most recent on or before publication."""
    out = []
    for m in _FIXED_RE.finditer(sentence):
        month, day = _FIXED[re.sub(r"\s+", " ", m.group("name").lower().replace("’", "'"))]
        when = date(published.year, month, day)
        when = when if when <= published else date(published.year - 1, month, day)
        out.append(Span(m.start() + offset, m.end() + offset, m.group(0), "date", DateSpan(when, when, 1),
                        {"relation": "event", "extra": True}))
    return out


def feast_spans(sentence: str, published: date | None, offset: int) -> list[Span]:
    """Date spans of the feast days in ``sentence`` (none without publication date)."""
    if published is None or not date(700, 1, 1) <= published <= date(9000, 1, 1):
        return []
    if "New Year" in sentence or "Christmas" in sentence:
        return _fixed_spans(sentence, published, offset)
    if "Eid" not in sentence:
        return []
    out = []
    for m in _FEAST.finditer(sentence):
        name = (m.group("name") or "").lower() or None
        first, length = _last_feast(published, name)
        if m.group("nth"):
            start = end = first + timedelta(days=_ORDINAL[m.group("nth").lower()])
        elif m.group("eve"):
            start = end = first - timedelta(days=1)
        else:
            start, end = first, first + timedelta(days=length - 1)
        start, end = min(start, published), min(end, published)  # the day of publication at the latest
        out.append(Span(m.start() + offset, m.end() + offset, m.group(0), "date", DateSpan(start, end, 2),
                        {"relation": "event", "extra": True, "approximate": True, "ranks_as": 1 if start == end else 2}))
    return out
