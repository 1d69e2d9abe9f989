"""Days told relative to the event reported before: "the day before", "the next day", "two days later".

Wire copy, monitors and ACLED notes chain events: "Jets struck Ariha on Wednesday. The day before,
shelling on Sarmin killed two children."  The phrase names no day of its own; it is so many days
from the date of the incident the text reported just before, which only the assembly of incidents
knows.  So :func:`apart_spans` returns the phrase as an *unresolved* date span (its words become the
incident's ``date_text``), and :func:`days_apart` reads the shift back from those words when the
incident inherits the date of the one before (:mod:`geoincidents.incidents.build`).

Rules
-----
* "the day before", "the previous day", "a day earlier" -> one day before; "the next day", "the
  following day", "a day later", "the next morning" -> one day after; "two days later", "three days
  earlier", "a week later" -> so many days (a week is seven).
* "later that day", "the same day", "on the same day", "hours later" -> the same day.
* "the day before yesterday" is a day of its own (:mod:`geoincidents.fields.dates`), and "the day
  before the ceasefire" names what it is before: only a phrase that ends its words (a comma, a full
  stop, or the clause's verb after it) counts.
* A shift of a week or more keeps the day at ACLED precision 2 (the source rounds), less keeps the
  precision of the date shifted.

Hand-written: dateparser reads relative dates against "now", not against another event's date.

Examples
--------
>>> [s.text for s in apart_spans("The day before, shelling on Sarmin killed two.", 0)]
['The day before']
>>> days_apart("two days later"), days_apart("the previous day"), days_apart("on Monday")
(2, -1, None)
"""
from __future__ import annotations

import re
from datetime import timedelta

from .numbers import NUMBER_PATTERN, how_many
from ..text.spans import Span

__all__ = ["apart_spans", "days_apart", "shifted_dates"]

_BEFORE = r"(?:before|earlier|prior)"
_AFTER = r"(?:after|later)"
_APART = re.compile(
    r"\b(?:(?:on|by)\s+)?(?:"
    r"the\s+(?P<rel>previous|preceding|next|following)\s+(?:day|morning|evening|night|afternoon)"
    r"|(?:(?P<n>an?|" + NUMBER_PATTERN + r")\s+)?(?P<unit>days?|weeks?)\s+(?P<dir>" + _BEFORE + r"|" + _AFTER + r")"
    r"|the\s+(?:day|morning|night)\s+(?P<dir2>" + _BEFORE + r"|after)"
    r"|(?P<same>later\s+(?:that|the\s+same)\s+day|(?:on\s+)?the\s+same\s+day|hours\s+later|later\s+that\s+(?:morning|evening|night))"
    r")(?=\s*(?:[,.;:]|$|\s+(?:(?:two|three|four|five|several|regime|government|russian|syrian|turkish|"
    r"rebel|opposition|jihadist|unidentified|unknown|gunmen|forces|jets|warplanes|air|shelling|clashes|fighting|"
    r"another|more|at\s+least|\d+)\b)))", re.I)
# Words one of which every phrase holds, as written (a capital where one opens the phrase): the
# pattern is searched only near them.
_GATE = ("before", "after", "later", "Later", "earlier", "prior", "next", "Next", "following", "Following", "previous",
         "Previous", "preceding", "same day")


# ... and one of these (as written: "Day", "Week" open a sentence).
_UNITS = ("day", "Day", "week", "Week", "morning", "evening", "night", "afternoon", "hours", "DAY", "WEEK")
_REACH = 30  # characters a phrase can start before its key word ("twenty-five days later")


def apart_spans(sentence: str, offset: int) -> list[Span]:
    """Unresolved date spans of the phrases of the module rules (document offsets)."""
    # The whole pattern is slow to try at every position of a long text: it is tried only near its
    # key words, found by plain substring search (a phrase starts at most a few words before its key word).
    if not any(map(sentence.__contains__, _UNITS)):
        return []  # every phrase names a day, week, part of a day or hours (most sentences with "after" do not)
    found: dict[int, re.Match[str]] = {}
    for word in _GATE:
        k = sentence.find(word)
        while k >= 0:
            for ws in _word_starts(sentence, max(0, k - _REACH), k):
                m = _APART.match(sentence, ws)
                if m is not None and k < m.end():
                    found.setdefault(m.start(), m)
                    break
            k = sentence.find(word, k + 1)
    out = []
    for m in (found[i] for i in sorted(found)):
        shift = _shift(m)
        if shift is None:
            continue
        out.append(Span(m.start() + offset, m.end() + offset, m.group(0), "date", None,
                        {"unresolved": "relative to the date before", "shift_days": shift}))
    return out


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in ``lo`` .. ``hi`` where a word starts (after a space or at the text's start)."""
    starts = [lo] if lo == 0 else []
    i = text.find(" ", lo)
    while 0 <= i < hi:
        starts.append(i + 1)
        i = text.find(" ", i + 1)
    return starts


def days_apart(words: str | None) -> int | None:
    """Days from the date before that ``words`` (a date_text) name, or None when they are no such phrase."""
    if not words:
        return None
    m = _APART.fullmatch(words.strip())
    return _shift(m) if m is not None else None


def _shift(m: re.Match[str]) -> int | None:
    if m.group("same"):
        return 0
    if m.group("rel"):
        return -1 if m.group("rel").lower() in ("previous", "preceding") else 1
    if m.group("dir2"):
        return -1 if m.group("dir2").lower() != "after" else 1
    n_text = m.group("n")
    if n_text is None and not m.group("unit").lower().endswith("s"):
        return None  # "day after" without a number: not one of these phrases
    if n_text is None:
        return None  # "days later": another day, how many unknown
    n = how_many(n_text)
    if n is None or not 0 < n <= 60:
        return None
    days = int(n) * (7 if m.group("unit").lower().startswith("week") else 1)
    return -days if re.fullmatch(_BEFORE, m.group("dir"), re.I) else days


def shifted_dates(record: dict, days: int) -> dict:
    """The date columns of ``record`` moved by ``days`` (precision 2 from a week on: the source rounds).

    >>> from datetime import date
    >>> shifted_dates({"date_start": date(2020, 3, 4), "date_end": date(2020, 3, 4), "time_precision": 1}, -1)
    {'date_start': datetime.date(2020, 3, 3), 'date_end': datetime.date(2020, 3, 3), 'time_precision': 1}
    """
    step = timedelta(days=days)
    try:
        start, end = record["date_start"] + step, record["date_end"] + step
    except (OverflowError, TypeError):
        return {}  # off the calendar, or no date to move
    precision = record["time_precision"] if abs(days) < 7 else max(2, record["time_precision"] or 2)
    return {"date_start": start, "date_end": end, "time_precision": precision}
