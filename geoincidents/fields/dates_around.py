"""Days read with the words around them: "since the early hours of Tuesday", "a day after the
ceasefire took effect on 6 March", "has killed 100 since the offensive began on 26 April".

:func:`around` takes the dates :mod:`geoincidents.fields.dates` and
:mod:`geoincidents.fields.spans_of_days` found in a sentence and rewrites those whose meaning the
words before them change:

* "on Thursday last week", "Monday of the previous week" -> that weekday of the calendar week
  before publication's (precision 1).
* "since the early hours of Tuesday", "since dawn on Tuesday", "since the night of 3 March", "since
  last Thursday", "since last week" -> that day (week's first day) to publication (precision 2
  within a week, else 3), as "since Tuesday".
* "a day after the ceasefire took effect on 6 March", "two days before the truce agreed on 5 March":
  the other thing's day (background, :mod:`geoincidents.fields.date_roles`) moved by so many days
  is the event's day (precision 1 under a week, else 2).
* "the civil defence said on Wednesday, a day after jets struck the town": the report's day less so
  many days is the day of the event reported (a date of its own, ranked above the report's).
* "have killed 100 since the offensive began on 26 April": the day something began, after "since",
  starts the span of the report up to publication, unless a comparison sets it as background ("the
  first violation since the ceasefire began on 6 March", "the deadliest attack since ...").

Hand-written for the speed reason :mod:`geoincidents.fields.dates` gives.

Examples
--------
>>> from datetime import date
>>> from geoincidents.fields.dates import find_dates
>>> s = "shelled X since the early hours of Tuesday"
>>> [(d.text, d.value.start, d.value.end) for d in around(find_dates(s, date(2020, 3, 5)), s, date(2020, 3, 5), 0)]
[('since the early hours of Tuesday', datetime.date(2020, 3, 3), datetime.date(2020, 3, 5))]
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import WEEKDAYS, DateSpan
from .numbers import how_many
from ..text.spans import Span

__all__ = ["around"]

_SINCE_PART = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:(?:early|small)\s+hours|early\s+morning|morning|evening|afternoon|night|"
                         r"dawn|noon|midnight|daybreak)(?:\s+(?:of|on))?\s*)?$", re.I)
_APART_BEFORE = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
                           r"(?P<dir>after|before)\s+[^,;.]{0,60}$", re.I)
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:began|begun|started|erupted|was\s+launched)\s*$", re.I)
# "the first violation since", "the deadliest attack since": the day compared with, not the span reported.
_COMPARED = re.compile(r"\b(?:first|deadliest|worst|biggest|heaviest|largest|highest|bloodiest|fiercest|latest|"
                       r"most\s+\w+|only)\b[^,;.]{0,40}$", re.I)
_GATE = ("since", "after", "before", "week")
# "on Thursday last week", "Monday of the previous week": that weekday of the calendar week before.
_LAST_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b", re.I)
_WEEKDAY_WORD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def around(found: list[Span], sentence: str, published: date | None, offset: int) -> list[Span]:
    """``found`` with the dates of the module rules rewritten (document offsets)."""
    low = sentence.lower()
    if published is None or not any(map(low.__contains__, _GATE)):
        return found
    out = []
    for d in found:
        out.append(_rewrite(d, sentence, published, offset) if isinstance(d.value, DateSpan) else d)
        if isinstance(d.value, DateSpan) and d.attrs.get("relation") == "report" and "after" in sentence:
            out.extend(_told_after(d, sentence, offset))
    return out


# "..., the civil defence said on Wednesday, a day after jets struck the town": the event reported is
# the one so many days before the report.
_AFTER_REPORT = re.compile(r",?\s+(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>days?)\s+after(?=\s+"
                           r"(?!(?:the\s+)?(?:cease-?fire|truce|agreement|deal|talks|meeting|summit)\b))", re.I)


def _told_after(d: Span, sentence: str, offset: int) -> list[Span]:
    """The event's day when the report's day is followed by "a day after <the event>"."""
    m = _AFTER_REPORT.match(sentence, d.end - offset)
    if m is None or d.value.days != 1:
        return []
    n = how_many(m.group("n"))
    if not n:
        return []
    day = d.value.start - timedelta(days=int(n))
    return [_span(sentence, m.start("n") + offset, m.end() + offset, offset, DateSpan(day, day, 1))]


def _rewrite(d: Span, sentence: str, published: date, offset: int) -> Span:
    a = d.start - offset
    if d.value.days == 1 and "week" in sentence and (w := _WEEKDAY_WORD.search(d.text)) is not None:
        m = _LAST_WEEK_AFTER.match(sentence, d.end - offset)
        if m is not None:
            monday = published - timedelta(days=published.weekday() + 7)
            day = monday + timedelta(days=WEEKDAYS[w.group(0).lower()])
            return _span(sentence, d.start, d.end + m.end() - m.start(), offset, DateSpan(day, day, 1))
    background = d.attrs.get("relation") == "background"
    if d.value.days <= 7 and d.value.start < published and d.value.end < published \
            and d.attrs.get("relation") not in ("report", "died of wounds"):
        m = _SINCE_PART.search(sentence, max(0, a - 40), a)
        if m is not None or (background and (m := _since_began(sentence, a)) is not None):
            start = d.value.start
            return _span(sentence, m.start() + offset, d.end, offset,
                         DateSpan(start, published, 2 if (published - start).days < 7 else 3))
    if background and d.value.days == 1:
        m = _APART_BEFORE.search(sentence, max(0, a - 90), a)
        if m is not None:
            n = how_many(m.group("n"))
            if n:
                days = int(n) * (7 if m.group("unit").lower().startswith("week") else 1)
                days = days if m.group("dir").lower() == "after" else -days
                day = d.value.start + timedelta(days=days)
                if day <= published:
                    return _span(sentence, m.start() + offset, d.end, offset, DateSpan(day, day, 1 if abs(days) < 7 else 2))
    return d


def _since_began(sentence: str, a: int) -> re.Match[str] | None:
    """"since the offensive began" right before the date at ``a``, not after a comparison."""
    m = _SINCE_BEGAN.search(sentence, max(0, a - 60), a)
    if m is None or _COMPARED.search(sentence, max(0, m.start() - 50), m.start()):
        return None
    return m


def _span(sentence: str, start: int, end: int, offset: int, value: DateSpan) -> Span:
    return Span(start, end, sentence[start - offset:end - offset], "date", value, {"relation": "event", "extra": True})
