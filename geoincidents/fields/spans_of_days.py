"""Relative date phrases that :mod:`geoincidents.fields.dates` does not resolve on its own.

"two days ago", "over the weekend", "the night of 3-4 March", "since yesterday" are
common in wire copy and monitors' reports.  dateparser (a dependency) resolves single
dates well but neither spans nor nights that straddle two days, and its relative
parsing ("2 days ago") needs the whole phrase isolated first, so these few patterns
are written by hand.  Each found phrase *replaces* any overlapping span found by
``find_dates`` (which reads "the night of 3-4 March" as 4 March, "since yesterday" as
yesterday only).

Rules
-----
* "N days ago" / "a day ago" -> that day (precision 1); "a few days ago" -> 2 to 5
  days before publication (precision 2); "a couple of days ago" -> about two days before
  (that day, precision 2).
* "the first (second, third, fourth, last) week of March" -> those seven days (the last: the
  month's last seven), precision 2; "the first/second half of March" -> days 1-15 / 16-end,
  precision 3; both clipped to publication.
* "over/at/during the weekend", "this/last weekend" -> the last Saturday-Sunday on or
  before publication (precision 2).
* "the night of 3-4 March", "the night of 3 to 4 March", "the night between 3 and 4
  March" (also "March 3-4") -> 3 to 4 March (precision 2): the event straddles midnight.
* "since yesterday" -> yesterday to publication (precision 2).
* Ranges of days: "8-10 March", "between 1 and 3 March", "March 8-10, 2021", "April
  25th or 26th 2017" (the source is unsure of the day), "from Monday to (through, into) Wednesday",
  "from Tuesday night into Wednesday" ->
  the days from the first to the last (precision 2, or 3 when longer than a week).
* "a week ago", "three weeks ago" -> the week around that day (precision 2, approximate).
* A day the text gives as approximate ("around 29 April", "29 April (midweek)", "(week of)") or
  as the day of a report ("As reported on 2 May", "(as reported)") keeps its date at precision
  2, as ACLED codes it; "(month of)" at precision 3.
* "on Sunday and Monday", "late on Friday and early Saturday", "on Friday night and Saturday"
  -> those days (precision 2); "on the 5th" -> that day of the
  publication's month, or of the month before when the day is still to come (precision 1).
* A weekday or a relative day set beside the written date ("On Monday, February 10, 2020", "this
  morning, Thursday, June 10", "Overnight on 7-8 June") is that date: the written date wins and the
  two read as one span (monitors' lists are published weeks later, when the weekday alone points to
  the wrong week).
* "mid-May" -> May, up to publication (precision 3, as "early May"); "since the start of
  the month/year/May" -> from its first day to publication (precision 2 within a week, else 3).

Examples
--------
>>> from datetime import date
>>> [(s.text, s.value.start, s.value.end, s.value.precision) for s in extra_dates("shelled two days ago", date(2021, 3, 12))]
[('two days ago', datetime.date(2021, 3, 10), datetime.date(2021, 3, 10), 1)]
>>> s = extra_dates("on the night of 3-4 March", date(2021, 3, 12))[0]
>>> (s.value.start, s.value.end)
(datetime.date(2021, 3, 3), datetime.date(2021, 3, 4))
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from geoincidents.text.spans import Span

from .numbers import how_many
from .date_roles import NOT_EVENT_DAY
from .dates import MONTHS, WEEKDAYS, DateSpan
from .dates_around import around
from .days_apart import apart_spans
from .feast_days import feast_spans
from .first_chars import word_alternation

__all__ = ["extra_dates", "with_extra_dates"]

_MONTH = r"(?P<month>" + word_alternation(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUM_WORD = r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
_AGO = re.compile(r"\b(?P<few>a\s+few|several|few|a\s+couple\s+of)?\s*(?P<n>" + _NUM_WORD + r")?\s*days?\s+ago\b", re.I)
_WEEKEND = re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:this|last|past)\s+weekend\b", re.I)
_NIGHT = re.compile(
    r"\b(?:the\s+)?night\s+(?:of|between)\s+(?:the\s+)?(?:"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH +
    r"|" + _MONTH.replace("month", "month2") + r"\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<d4>\d{1,2}))", re.I)
_SINCE_YESTERDAY = re.compile(r"\bsince\s+yesterday\b", re.I)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
_TO = r"\s*(?:-|–|\bto\b|\band\b|\bor\b|\buntil\b|\btill\b)\s*"
_RANGE = re.compile(
    r"\b(?:(?:between|from)\s+)?(?:the\s+)?(?P<d1>\d{1,2})" + _ORD + _TO + r"(?:the\s+)?(?P<d2>\d{1,2})" + _ORD +
    r"\s+(?:of\s+)?" + _MONTH + _YEAR +
    r"|\b(?:(?:between|from)\s+)?" + _MONTH.replace("month", "month2") + r"\s+(?P<d3>\d{1,2})" + _ORD + _TO +
    r"(?P<d4>\d{1,2})" + _ORD + r"(?!\s*(?:%|percent|\w+s\b))" + _YEAR.replace("year", "year2"), re.I)
# Two day numbers joined as a range: the cheap test before ``_RANGE``.
_RANGE_GATE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–]|to|and|or|until|till)\s*(?:the\s+)?\d")
_WD_RANGE = re.compile(r"\b(?:from|between)\s+(?P<w1>" + word_alternation(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
                       r"\s+(?:to|and|until|till|through|into)\s+(?:(?:early|late)\s+)?(?:on\s+)?"
                       r"(?P<w2>" + word_alternation(WEEKDAYS) + r")\b", re.I)
# "on Sunday and Monday": the two days and those between (a report that spans them).
# Also the night that straddles them: "late on Friday and early on Saturday", "late Friday and early Saturday",
# "on Friday night and Saturday".
_WD_PAIR = re.compile(r"\b(?:(?:late|early)\s+(?:on\s+)?|on\s+)(?P<w1>" + word_alternation(WEEKDAYS) + r")"
                      r"(?:\s+(?:morning|afternoon|evening|night))?\s+and\s+(?:(?:late|early)\s+)?(?:on\s+)?"
                      r"(?P<w2>" + word_alternation(WEEKDAYS) + r")\b", re.I)
_WD_PAIR_GATE = ("day and ", "night and ", "evening and ", "morning and ", "afternoon and ")
# "on the 5th": a day of the month the text is in (the publication's, or the one before).
_DAY_ONLY = re.compile(r"\bon\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:" +
                       word_alternation(sorted(MONTHS, key=len, reverse=True)) + r"|century|anniversary|floor|day|time)\b)", re.I)
# "mid-May", "mid May": within the month, not at its start or end (ACLED precision 3: the month).
_MID_MONTH = re.compile(r"\bmid-?\s*" + _MONTH, re.I)
# "since the beginning of the month", "since the start of May", "since early this year".
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:beginning|start|outset)\s+of\s+(?:the\s+|this\s+)?(?:(?P<unit>month|year)|"
                          + _MONTH + r")\b", re.I)
_WEEKS_AGO = re.compile(r"\b(?P<n>an?|one|two|three|four|\d)\s+weeks?\s+ago\b", re.I)


def _year_for(month: int, day: int, published: date) -> date | None:
    """The date of ``day``/``month`` on or before publication (news reports the past)."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= published + timedelta(days=1):
            return d
    return None


def extra_dates(sentence: str, published: date | None, offset: int = 0) -> list[Span]:
    """Date spans of the phrases in the module rules (none without a publication date)."""
    if published is None or not date(1, 3, 1) <= published <= date(9999, 12, 1):
        return []  # no arithmetic near the calendar's ends (year 1, year 9999): no overflow
    low = sentence.lower()
    out: list[Span] = []

    def add(m: re.Match[str], start: date, end: date, precision: int) -> None:
        text = m.group(0).rstrip()
        text = text[:-1] if text.endswith(".") else text  # a month's optional abbreviation dot at a full stop
        out.append(Span(m.start() + offset, m.start() + offset + len(text), text.strip(), "date",
                        DateSpan(start, end, precision), {"relation": "event", "extra": True}))

    if "ago" in low:
        for m in _AGO.finditer(sentence):
            if m.group("few") and m.group("few").lower().startswith("a couple"):
                add(m, published - timedelta(days=2), published - timedelta(days=2), 2)  # about two days
            elif m.group("few"):
                add(m, published - timedelta(days=5), published - timedelta(days=2), 2)
            elif m.group("n"):
                n = how_many(m.group("n"))
                if n is not None and 0 < n <= 31:
                    day = published - timedelta(days=n)
                    add(m, day, day, 1)
    if "weekend" in low:
        for m in _WEEKEND.finditer(sentence):
            sunday = published - timedelta(days=(published.weekday() - 6) % 7)
            add(m, sunday - timedelta(days=1), sunday, 2)
    if "night" in low:
        for m in _NIGHT.finditer(sentence):
            month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
            d1, d2 = (int(m.group("d1")), int(m.group("d2"))) if m.group("d1") else (int(m.group("d3")), int(m.group("d4")))
            start = _year_for(month, d1, published)
            if start is not None and 0 <= d2 - d1 <= 1:
                add(m, start, start + timedelta(days=d2 - d1), 2)
    if "yesterday" in low:
        for m in _SINCE_YESTERDAY.finditer(sentence):
            add(m, published - timedelta(days=1), published, 2)
    if _RANGE_GATE.search(sentence):
        for m in _RANGE.finditer(sentence):
            if any(o.start <= m.start() + offset < o.end for o in out):
                continue  # "the night of 3-4 March" above
            _add_range(m, published, add)
    if "weeks ago" in low or "week ago" in low:
        for m in _WEEKS_AGO.finditer(sentence):
            n = how_many(m.group("n"))
            if n:
                mid = published - timedelta(days=7 * n)
                add(m, mid - timedelta(days=3), min(published, mid + timedelta(days=3)), 2)
    if "from" in low or "between" in low:
        for m in _WD_RANGE.finditer(sentence):
            end = _weekday_on_or_before(published, m.group("w2"))
            add(m, _weekday_on_or_before(end, m.group("w1")), end, 2)
    _add_month_relative(sentence, low, published, add)
    if ("week of" in low or "half of" in low) and any(map(low.__contains__, _MONTH_GATE)):
        for m in _PART_OF_MONTH.finditer(sentence):
            _add_part_of_month(m, published, add)
    return out


_MONTH_GATE = tuple(sorted({m[:3] for m in MONTHS}))
_PART_OF_MONTH = re.compile(r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?P<part>week|half)\s+of\s+"
                            + _MONTH + _YEAR, re.I)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _add_part_of_month(m: re.Match[str], published: date, add) -> None:
    """"the first week of March", "the second half of May": those days of the month."""
    month = MONTHS[m.group("month").lower().rstrip(".")]
    first = date(int(m.group("year")), month, 1) if m.group("year") else _year_for(month, 1, published)
    if first is None:
        return
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    nth, part = m.group("nth").lower(), m.group("part").lower()
    if part == "week":
        start = last - timedelta(days=6) if nth == "last" else first + timedelta(days=7 * _NTH[nth])
        end, precision = start + timedelta(days=6), 2
    elif nth in ("first", "second"):
        start, end, precision = (first, first.replace(day=15), 3) if nth == "first" else (first.replace(day=16), last, 3)
    else:
        return  # "the third half": not a part of a month
    if start <= published:
        add(m, start, min(end, published), precision)


def _weekday_on_or_before(day: date, weekday: str) -> date:
    """The last ``weekday`` ("Friday") on or before ``day``."""
    return day - timedelta(days=(day.weekday() - WEEKDAYS[weekday.lower()]) % 7)


def _add_month_relative(sentence: str, low: str, published: date, add) -> None:
    """Weekday pairs, a bare day of the month, "mid-May" and "since the start of the month"."""
    if any(map(low.__contains__, _WD_PAIR_GATE)):  # a weekday (and its time of day), then "and"
        for m in _WD_PAIR.finditer(sentence):
            end = _weekday_on_or_before(published, m.group("w2"))
            start = _weekday_on_or_before(end, m.group("w1"))
            add(m, start, end, 1 if start == end else 2)
    if "on the " in low:
        for m in _DAY_ONLY.finditer(sentence):
            d = int(m.group("d"))
            month = (published.year, published.month) if d <= published.day + 1 else \
                ((published.year - 1, 12) if published.month == 1 else (published.year, published.month - 1))
            try:
                day = date(*month, d)
            except ValueError:
                continue
            add(m, day, day, 1)
    if "mid" in low:
        for m in _MID_MONTH.finditer(sentence):
            first = _year_for(MONTHS[m.group("month").lower().rstrip(".")], 1, published)
            if first is not None:
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                add(m, first, min(last, published), 3)
    if "since" in low:
        for m in _SINCE_START.finditer(sentence):
            unit = (m.group("unit") or "").lower()
            first = published.replace(day=1) if unit == "month" else published.replace(month=1, day=1) if unit == "year" \
                else _year_for(MONTHS[m.group("month").lower().rstrip(".")], 1, published)
            if first is not None:
                add(m, first, published, 2 if (published - first).days < 7 else 3)


def _add_range(m: re.Match[str], published: date, add) -> None:
    """"8-10 March", "April 25th or 26th 2017": the first to the last day (ACLED precision 2 up to a week)."""
    month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
    d1, d2 = (int(m.group("d1")), int(m.group("d2"))) if m.group("d1") else (int(m.group("d3")), int(m.group("d4")))
    year = m.group("year") or m.group("year2")
    if not 1 <= d1 < d2 <= 31:
        return
    try:
        start = date(int(year), month, d1) if year else _year_for(month, d1, published)
        end = start.replace(day=d2) if start is not None else None
    except ValueError:
        return
    if start is not None and end is not None:
        add(m, start, end, 2 if (end - start).days < 7 else 3)


def with_extra_dates(found: list[Span], sentence: str, published: date | None, offset: int = 0) -> list[Span]:
    """``found`` (from ``find_dates``) with the phrases above replacing the spans they overlap, and a
    day the text gives as approximate ("around 29 April", "29 April (midweek)") at precision 2."""
    if "round" in sentence or "(" in sentence or "pproximately" in sentence or "week " in sentence \
            or "reported" in sentence:  # "Around", "As reported on", ...
        found = [_approximate(d, sentence, offset) for d in found]
    extra = extra_dates(sentence, published, offset) + feast_spans(sentence, published, offset)
    if extra:
        kept = [d for d in found if not any(d.start < e.end and e.start < d.end for e in extra)]
        found = sorted(kept + extra, key=lambda s: s.start)
    apart = apart_spans(sentence, offset)  # "the day before": resolved against the incident before
    if apart:
        found = sorted(found + [d for d in apart if not any(d.start < f.end and f.start < d.end for f in found)],
                       key=lambda s: s.start)
    if len(found) > 1 and (" to " in sentence or "nd " in sentence or "til" in sentence or "-" in sentence
                           or "through" in sentence):
        found = _joined(found, sentence, offset)
    if len(found) > 1:
        found = _apposed(found, sentence, offset)
    return around(found, sentence, published, offset)  # "since the early hours of Tuesday" (dates_around)


# A relative day right before a written date ("On Monday, February 10, 2020", "Overnight on 7-8 June").
_RELATIVE_DAY = re.compile(r"\b(?:" + word_alternation(WEEKDAYS) + r"|today|tonight|yesterday|overnight|last\s+night|"
                           r"this\s+(?:morning|afternoon|evening))\b", re.I)
_APPOSED_GAP = re.compile(r",?\s*(?:(?:on|of)\s+)?(?:the\s+)?", re.I)
_WRITTEN_DAY = re.compile(r"\d")


def _apposed(found: list[Span], sentence: str, offset: int) -> list[Span]:
    """Merge a relative day and the written date set beside it into one span with the written date's value."""
    out: list[Span] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and isinstance(d.value, DateSpan) and d.value.days <= 7 and _WRITTEN_DAY.search(d.text) \
                and any(w[0].isupper() and w.lower().rstrip(".") in MONTHS for w in d.text.split()) \
                and _RELATIVE_DAY.search(prev.text) and not _WRITTEN_DAY.search(prev.text) \
                and _APPOSED_GAP.fullmatch(sentence, prev.end - offset, d.start - offset) is not None:
            attrs = {**d.attrs, **{k: v for k, v in prev.attrs.items() if k in ("relation", "event_day")}}
            out[-1] = Span(prev.start, d.end, sentence[prev.start - offset:d.end - offset], "date", d.value, attrs)
            continue
        out.append(d)
    return out


# Two days joined as one span: "from 28 February to 2 March", "between 25 February and 10 March",
# "from 10 March until 15 March", "on 28 February and 1 March" (within a week).
_JOINT = re.compile(r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)?\s*(?:the\s+)?", re.I)
_SPAN_OPENS = re.compile(r"(?:\bbetween|\bfrom)\s+(?:the\s+)?$", re.I)


def _joined(found: list[Span], sentence: str, offset: int) -> list[Span]:
    """``found`` with each pair of single days the text joins as a span ("from X to Y") made one span
    (precision 2 up to a week, else 3)."""
    out: list[Span] = []
    for d in found:
        a = out[-1] if out else None
        if a is None or not _single_event_day(a) or not _single_event_day(d):
            out.append(d)
            continue
        between = sentence[a.end - offset:d.start - offset]
        joint = _JOINT.fullmatch(between)
        lead = a.text.lower().split()[0]
        opened = lead == "from" or _SPAN_OPENS.search(sentence, max(0, a.start - offset - 12), a.start - offset)
        word = between.strip().lower() or d.text.lower().split()[0]
        days = (d.value.start - a.value.start).days
        if joint is None or not 0 < days <= 92 or (word not in ("-", "–", "—", "to", "until", "till", "through", "and")) \
                or (word == "and" and not opened and (days > 6 or lead != "on")) or (word in ("-", "–", "—") and not opened):
            out.append(d)
            continue
        out[-1] = Span(a.start, d.end, sentence[a.start - offset:d.end - offset], "date",
                       DateSpan(a.value.start, d.value.end, 2 if days < 7 else 3), {"relation": "event", "extra": True})
    return out


def _single_event_day(d: Span) -> bool:
    return isinstance(d.value, DateSpan) and d.value.precision == 1 and d.value.days == 1 \
        and d.attrs.get("relation") not in NOT_EVENT_DAY


# "Around 29 April 2020 (midweek)", "on or around 3 May", "approximately on 3 May": ACLED's precision 2.
# ACLED's "As reported on 2 May 2020" and "On 3 May 2020 (as reported)": the day of the report, the
# event on it or shortly before, which ACLED codes at precision 2.
_ABOUT_BEFORE = re.compile(r"\b(?:around|approximately|about|circa|as\s+reported)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_ABOUT_AFTER = re.compile(r"\s*\((?:midweek|mid-week|approximately|approx\.?|around|date approximate|week\s+of|as\s+reported)\)", re.I)
# ACLED's "On 15 May 2019 (month of)": the day stands for its month (precision 3).
_MONTH_OF_AFTER = re.compile(r"\s*\(month\s+of\)", re.I)


_WEEK_OF = re.compile(r"\bweek\s+(?:of|starting|beginning)\s+(?:on\s+)?(?:the\s+)?$", re.I)


def _approximate(d: Span, sentence: str, offset: int) -> Span:
    """``d`` at precision 2 when the text around it says the day is approximate, or a week from it."""
    if d.value is None or d.value.precision != 1:
        return d
    a, b = d.start - offset, d.end - offset
    if _WEEK_OF.search(sentence, max(0, a - 25), a):  # "during the week of 3 May": that day and the six after
        week = DateSpan(d.value.start, d.value.start + timedelta(days=6), 2)
        return Span(d.start, d.end, d.text, d.label, week, dict(d.attrs))
    if _MONTH_OF_AFTER.match(sentence, b):
        return Span(d.start, d.end, d.text, d.label, DateSpan(d.value.start, d.value.end, 3), {**d.attrs, "ranks_as": 1})
    if _ABOUT_BEFORE.search(sentence, max(0, a - 20), a) or _ABOUT_AFTER.match(sentence, b):
        return Span(d.start, d.end, d.text, d.label, DateSpan(d.value.start, d.value.end, 2), {**d.attrs, "ranks_as": 1})
    return d
