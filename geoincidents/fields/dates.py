"""Dates in a sentence, resolved against the publication date (ACLED time_precision).

Rules (what a user can rely on)
-------------------------------
* Every date expression found is returned as a :class:`~geoincidents.text.spans.Span`
  with ``label="date"``; ``value`` is a :class:`DateSpan` or ``None``.
* Relative expressions ("since Sunday", "last week", "yesterday") need the
  publication date.  Without it the span is still returned, with ``value=None``
  and ``attrs["unresolved"]`` giving the reason: we never invent a date.
* Weekdays: "Monday"/"on Monday" is the most recent Monday on or before the
  publication date (the same day if published on a Monday); "last Monday" is
  strictly before it.  "since Sunday" spans Sunday .. publication (precision 2).
* "last week" is the previous Monday-Sunday week ("the past week" the seven days up to
  publication, "the past month" the thirty); "this week" Monday .. publication;
  "earlier this week" Monday .. the day before publication.
* Month names without a year ("in January", "during February") and "last month"
  mean the most recent such month not after publication (precision 3), clipped
  to the publication date; "earlier this month" ends the day before publication.
* "since 6 March" spans that day .. publication (precision 2 within a week, else 3).
* "in recent days" = the 7 days up to publication, "the past 24 hours" = the day
  before and the day of publication, "for more than two weeks" = 14 days up to
  publication; precision 2 up to a week, 3 for a longer span (ACLED's precision 2
  is a week at most, as for "from 1 to 20 February"), with
  ``attrs["approximate"]=True`` where the words are vague.
* A written year ("in 2016", "during 2016", "since 2016") is the whole year
  (up to the publication date when it is the publication year, or from the
  year to publication after "since"), with ACLED's coarsest precision 3 and
  ``attrs["year_only"]=True``: two reports "in 2015" and "in 2019" are two
  events, never the publication day.  A year after publication, or "until
  2016", is no event date (``attrs["unresolved"]``).  Relative years ("last
  year") usually give background, so they stay unresolved
  (``attrs["unresolved"]="year only"``, ``attrs["year"]``).
* Years must be 4 digits in 1990-2035 and in a date context: "1681 missiles" and
  "at least 1681" are never dates.  Numeric dates are read day-first
  (``24/9/2017``, ``01/02/2016`` = 1 February), as in Syrian and British usage,
  unless the second field cannot be a month.
* Dates introduced by "said/reported ... on", and the date of a wire dateline ("AMMAN, Sept 9
  (Reuters) -"), get ``attrs["relation"]="report"``, and the day the wounded "died of their
  wounds on Tuesday" ``"died of wounds"``: :func:`best_date` prefers event dates over both.
* A weekday in the possessive before an event noun ("Wednesday's air strike", "the toll from
  Tuesday's car bomb") is that event's day (``attrs["event_day"]``) and outranks the other
  dates of its sentence (the days of rescues, updated tolls), unless it refers back ("a day
  after Sunday's massacre").  So does the day of the event after "after" in a sentence about
  bodies recovered ("recovered the bodies of five on Tuesday, after air strikes on Monday").
* A date that cannot be computed (relative to a publication date near year 1
  or 9999, such as the common null date ``0001-01-01``) is returned unresolved
  (``attrs["unresolved"]="date out of range"``): never an error.
* ``dateparser`` is not used: it is far too slow for the >1,000 headlines/s
  budget and the patterns below cover the absolute formats seen in news.

Examples
--------
>>> from datetime import date
>>> [s.value for s in find_dates("killed since Sunday", date(2017, 9, 26))]
[DateSpan(start=datetime.date(2017, 9, 24), end=datetime.date(2017, 9, 26), precision=2)]
>>> find_dates("at least 1681 missiles", date(2019, 3, 2))
[]
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from geoincidents.text.spans import Span

from .date_roles import NOT_EVENT_DAY, date_role
from .first_chars import word_alternation
from .gates import compile_lowered, fold, lowers_as_ignorecase
from .numbers import NUMBER_PATTERN, parse_number


@dataclass(frozen=True)
class DateSpan:
    """Inclusive date range with an ACLED ``time_precision`` (1 day, 2 days/week, 3 month).

    >>> DateSpan(date(2019, 2, 1), date(2019, 2, 28), 3).days
    28
    """

    start: date
    end: date
    precision: int

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


MONTHS: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {d.lower(): i for i, d in enumerate(calendar.day_name)}
YEAR_MIN, YEAR_MAX = 1990, 2035
#: Fixed relative expressions: phrase -> (days back to start, days back to end, precision, approximate).
FIXED: dict[str, tuple[int, int, int, bool]] = {
    "today": (0, 0, 1, False), "this morning": (0, 0, 1, False), "tonight": (0, 0, 1, False),
    "this evening": (0, 0, 1, False), "this afternoon": (0, 0, 1, False),
    "yesterday": (1, 1, 1, False), "the day before yesterday": (2, 2, 1, False),
    "last night": (1, 0, 2, False), "overnight": (1, 0, 2, False), "during the night": (1, 0, 2, False),
    "in recent days": (6, 0, 2, True), "in the past few days": (6, 0, 2, True),
    "in the last few days": (6, 0, 2, True), "recent days": (6, 0, 2, True),
    "the past 24 hours": (1, 0, 2, False), "the last 24 hours": (1, 0, 2, False),
    "the past 48 hours": (2, 0, 2, False), "the last 48 hours": (2, 0, 2, False),
    "the past 72 hours": (3, 0, 2, False), "the last 72 hours": (3, 0, 2, False),
    "within 24 hours": (1, 0, 2, False), "within 48 hours": (2, 0, 2, False),
}
UNIT_DAYS: dict[str, int] = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}

_MON = r"(?P<mon>" + word_alternation(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_WD = r"(?P<wd>" + word_alternation(WEEKDAYS) + r")(?P<poss>['’]s)?"
_PREP = r"(?:(?P<rel>since|from|until|till|on|in|during|last|next|this|early|late|mid|earlier\s+this|throughout|by)\s+(?:the\s+)?)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b" + _YEAR + r"-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")),
    ("numeric", re.compile(r"(?<![\d/.])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.]" + _YEAR)),
    ("dmy", re.compile(r"\b" + _PREP + _DAY + r"(?:\s+of)?\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?\b", re.I)),
    ("mdy", re.compile(r"\b" + _PREP + _MON + r"\s+" + _DAY + r"(?!\d)(?:,?\s+" + _YEAR + r")?\b(?!\s*(?:%|percent|\w+s\b))", re.I)),
    ("my", re.compile(r"\b" + _PREP + r"(?:(?:early|late|mid)[- ])?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b", re.I)),
    ("weekday", re.compile(r"\b" + _PREP + _WD + r"(?:\s+(?:morning|afternoon|evening|night)(?P<poss2>['’]s)?)?\b", re.I)),
    ("week", re.compile(r"\b(?P<rel>last|(?:earlier\s+)?this|past|previous)\s+week(?:end)?\b", re.I)),
    ("month_rel", re.compile(r"\b(?P<rel>last|this|past|previous|earlier\s+this)\s+month\b", re.I)),
    ("year_rel", re.compile(r"\b(?P<rel>last|this|past|previous)\s+year\b", re.I)),
    ("year", re.compile(r"\b(?P<rel>in|since|during|of|early|late|mid|until|throughout)\s+" + _YEAR + r"(?=\s*(?:[,.;:)]|$|\s+(?:and|to|when|after|before)\b|\s+[A-Z]))", re.I)),
    ("fixed", re.compile(r"\b(?P<fx>" + word_alternation(sorted(FIXED, key=len, reverse=True)) + r")\b", re.I)),
    ("duration", re.compile(r"\b(?P<rel>for|over|in|during|within)\s+(?:the\s+)?(?:(?P<q>past|last|more\s+than|over|nearly|almost|about|around)\s+)?(?:(?P<n>" + NUMBER_PATTERN + r")\s+)?(?P<unit>days?|weeks?|months?)\b", re.I)),
]
# The case-insensitive patterns again, lower-cased, for the lower-cased sentence (see
# fields.gates.lower_case_pattern: the same spans, found about twice as fast), behind a test of
# their first letters where those are known (fields.first_chars).
_LOWER: dict[str, re.Pattern[str]] = {kind: compile_lowered(rx.pattern) for kind, rx in _PATTERNS if rx.flags & re.I}
_WORD_RE = re.compile(r"[a-z]+")
_FIXED_WORDS = frozenset({"today", "tonight", "morning", "evening", "afternoon", "yesterday", "night", "overnight", "recent", "hours"})
_DUR_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months"})
_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _gates(sentence: str) -> set[str]:
    """Names of the patterns worth running on ``sentence`` (cheap word-set checks)."""
    words = set(_WORD_RE.findall(sentence.lower()))
    on: set[str] = set()
    # A year is written "19xx" or "20xx" (ASCII digits, whatever the case flag).
    year = "19" in sentence or "20" in sentence
    if year and ("-" in sentence or "/" in sentence or "." in sentence):
        on.update(("iso", "numeric"))
    if words & _MONTH_WORDS and any(w[0].isupper() and fold(w) in _MONTH_WORDS for w in _LETTERS_RE.findall(sentence)):
        # Only a capitalised month name is kept (find_dates): it is a whole run of letters.
        on.update(("dmy", "mdy", "my"))
    if words & _WEEKDAY_WORDS:
        on.add("weekday")
    if "week" in words or "weekend" in words:
        on.add("week")
    if "month" in words:
        on.add("month_rel")
    if "year" in words:
        on.add("year_rel")
    if year:
        on.add("year")
    if words & _FIXED_WORDS:
        on.add("fixed")
    if words & _DUR_WORDS:
        on.add("duration")
    return on


_UNRESOLVED_REL = "relative date needs a publication date"


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _recent_month(month: int, published: date) -> tuple[date, date]:
    year = published.year if month <= published.month else published.year - 1
    start, end = _month_range(year, month)
    return start, min(end, published)


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (YEAR_MIN <= y <= YEAR_MAX):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_span(year: int, rel: str | None, published: date | None, attrs: dict) -> tuple[DateSpan | None, dict]:
    """A written year: the whole year (clipped to publication), precision 3."""
    attrs = {**attrs, "year": year}
    if rel in ("until", "by") or (published is not None and year > published.year):
        return None, {**attrs, "unresolved": "year only"}
    start, end = date(year, 1, 1), date(year, 12, 31)
    if published is not None and (rel in ("since", "from") or end > published):
        end = published
    return DateSpan(start, end, 3), {**attrs, "year_only": True}


def _resolve(kind: str, g: dict[str, str | None], published: date | None) -> tuple[DateSpan | None, dict]:
    """Return (value, attrs) for one match; value None with attrs["unresolved"] when it cannot be resolved."""
    rel = (g.get("rel") or "").lower().split()[-1] if g.get("rel") else None
    attrs: dict = {"relation": rel} if rel else {}
    year = int(g["year"]) if g.get("year") else None
    if kind in ("iso", "numeric"):
        a, b = int(g["d"]), int(g["m"])
        d, m = (b, a) if (kind == "numeric" and b > 12 and a <= 12) else (a, b)
        day = _safe_date(year, m, d) if kind == "numeric" else _safe_date(year, b, int(g["d"]))
        if kind == "iso":
            day = _safe_date(year, int(g["m"]), int(g["d"]))
        return (DateSpan(day, day, 1) if day else None), attrs
    if kind in ("dmy", "mdy"):
        m, d = MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])
        if year is None:
            if published is None:
                return None, {**attrs, "unresolved": "day and month without year need a publication date"}
            year = published.year if (m, d) <= (published.month, published.day) else published.year - 1
        day = _safe_date(year, m, d)
        if day is not None and rel == "since" and published is not None and day < published:
            # "shelled X since 6 March": from that day to publication (a week or less: precision 2)
            return DateSpan(day, published, 2 if (published - day).days < 7 else 3), attrs
        return (DateSpan(day, day, 1) if day else None), attrs
    if kind == "my":
        m = MONTHS[g["mon"].lower().rstrip(".")]
        if year is not None:
            s, e = _month_range(year, m)
        elif published is None:
            return None, {**attrs, "unresolved": _UNRESOLVED_REL}
        else:
            s, e = _recent_month(m, published)
        if rel in ("since", "from") and published is not None:
            e = published
        return DateSpan(s, e, 3), attrs
    if kind == "year":
        return _year_span(year, rel, published, attrs)
    if kind == "year_rel":
        y = None if published is None else published.year - (rel in ("last", "past", "previous"))
        return None, {**attrs, "unresolved": "year only", "year": y}
    if published is None:
        return None, {**attrs, "unresolved": _UNRESOLVED_REL}
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if rel == "last" and back == 0:
            back = 7
        if rel == "next":
            return None, {**attrs, "unresolved": "future date"}
        day = published - timedelta(days=back)
        if (g.get("poss") or g.get("poss2")) and rel == "from":
            rel = None  # "the toll from Tuesday's car bomb": the bomb's day, not a span from it
            attrs.pop("relation", None)
        if rel in ("since", "from"):
            return DateSpan(day, published, 2), attrs
        return DateSpan(day, day, 1), attrs
    if kind == "week":
        monday = published - timedelta(days=published.weekday())
        if rel == "this":
            # "earlier this week" is before the day of publication (unless that is the week's first day).
            earlier = g["rel"].lower().startswith("earlier") and published > monday
            return DateSpan(monday, published - timedelta(days=earlier), 2), attrs
        if rel == "past":  # "in the past week": the seven days up to publication, not the calendar week before
            return DateSpan(published - timedelta(days=7), published, 2), attrs
        return DateSpan(monday - timedelta(days=7), monday - timedelta(days=1), 2), attrs
    if kind == "month_rel":
        if rel == "this":
            # "earlier this month" is before the day of publication (unless that is the month's first day).
            earlier = g["rel"].lower().startswith("earlier") and published.day > 1
            return DateSpan(published.replace(day=1), published - timedelta(days=earlier), 3), attrs
        if rel == "past":  # "in the past month": the 30 days up to publication, not the calendar month before
            return DateSpan(published - timedelta(days=30), published, 3), attrs
        prev = published.replace(day=1) - timedelta(days=1)
        s, e = _month_range(prev.year, prev.month)
        return DateSpan(s, e, 3), attrs
    if kind == "fixed":
        b0, b1, prec, approx = FIXED[re.sub(r"\s+", " ", g["fx"].lower())]
        if approx:
            attrs["approximate"] = True
        return DateSpan(published - timedelta(days=b0), published - timedelta(days=b1), prec), attrs
    if kind == "duration":
        n = parse_number(g["n"]) if g.get("n") else 1
        if n is None or n <= 0:
            return None, {**attrs, "unresolved": "vague duration"}
        days = n * UNIT_DAYS[g["unit"].lower()]
        if g.get("q") and g["q"].lower().split()[0] in ("more", "over", "nearly", "almost", "about", "around"):
            attrs["approximate"] = True
        attrs["relation"] = "duration"
        return DateSpan(published - timedelta(days=days), published, 3 if days > 7 else 2), attrs
    return None, {**attrs, "unresolved": "unknown"}


def find_dates(sentence: str, published: date | None = None, offset: int = 0) -> list[Span]:
    """Find date expressions in ``sentence``; spans are document offsets.

    Parameters
    ----------
    sentence : str
        One sentence (or headline).
    published : date or None
        Publication date used to resolve relative expressions.
    offset : int
        Start of ``sentence`` in the document.

    Returns
    -------
    list of Span
        ``label="date"``, ``value`` a :class:`DateSpan` or None, sorted by position.

    Examples
    --------
    >>> from datetime import date
    >>> s = find_dates("Over 70 killed during February", date(2019, 3, 2), offset=10)[0]
    >>> (s.start, s.text, s.value.start, s.value.end, s.value.precision)
    (25, 'during February', datetime.date(2019, 2, 1), datetime.date(2019, 2, 28), 3)
    >>> find_dates("shelled on Monday")[0].attrs["unresolved"]
    'relative date needs a publication date'
    """
    # Spans taken by earlier patterns: disjoint and in order (so their ends ascend too), tested
    # by bisection; one pattern's matches never overlap each other, so each pattern's new spans
    # join them after its run.  (The pairwise test was quadratic on long runs of dates.)
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    out: list[Span] = []
    gates = _gates(sentence)
    low = sentence.lower() if lowers_as_ignorecase(sentence) else None
    for kind, rx in _PATTERNS:
        if kind not in gates:
            continue
        new: list[tuple[int, int]] = []
        lowered = low is not None and kind in _LOWER
        for m in (_LOWER[kind].finditer(low) if lowered else rx.finditer(sentence)):
            s, e = m.span()
            i = bisect_left(taken_starts, e)
            if i and taken_ends[i - 1] > s:
                continue
            g = m.groupdict()
            if lowered:  # the words as written ("May" is a month, "may" a verb)
                g = {k: v if v is None else sentence[m.start(k):m.end(k)] for k, v in g.items()}
            if kind == "my" and g.get("mon", "").lower().rstrip(".") in ("may", "mar", "jan", "dec", "sep", "oct", "jun", "jul", "aug", "nov", "feb", "apr") and not (g.get("rel") or g.get("year")):
                continue  # "may" is a verb; abbreviations alone are too ambiguous
            if g.get("mon") and not g["mon"][0].isupper():
                continue  # month names are capitalised in news; "may" is a verb
            if kind == "duration" and not (g.get("q") or g.get("n")):
                continue
            try:
                value, attrs = _resolve(kind, g, published)
            except (OverflowError, ValueError):
                # Date arithmetic past year 1 or 9999 (a "0001-01-01" null date as publication
                # date, "for 99999999 days"): keep the words, resolve nothing.
                value, attrs = None, {"unresolved": "date out of range"}
            if value is None and "unresolved" not in attrs:
                continue  # impossible calendar date: not a date
            if g.get("mon") and not g.get("year") and value is not None and "year" in sentence[e:e + 16]:
                value, e = _of_year(value, sentence, e, published)  # "in March last year"
            attrs.update(date_role(sentence, s, e, bool(g.get("poss") or g.get("poss2"))))
            new.append((s, e))
            out.append(Span(s + offset, e + offset, sentence[s:e], "date", value, attrs))
        if new:
            merged = sorted(list(zip(taken_starts, taken_ends)) + new)
            taken_starts, taken_ends = [a for a, _ in merged], [b for _, b in merged]
    out.sort(key=lambda sp: sp.start)
    return out


_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(last|this|the\s+previous)\s+year\b", re.I)


def _of_year(value: DateSpan, sentence: str, e: int, published: date | None) -> tuple[DateSpan, int]:
    """A month named with "last year" / "this year" after it is in that year (and the words are the date's)."""
    m = _YEAR_AFTER.match(sentence, e)
    if m is None or published is None or value.precision != 3:
        return value, e
    year = published.year - (0 if m.group(1).lower() == "this" else 1)
    last = calendar.monthrange(year, value.end.month)[1]
    return DateSpan(value.start.replace(year=year, day=1), value.end.replace(year=year, day=last), 3), m.end()


def best_date(spans: list[Span]) -> Span | None:
    """The most specific event date among ``spans`` (resolved, not a report date, finest precision, shortest).

    >>> from datetime import date
    >>> sp = find_dates("killed since Sunday, the group said on Tuesday", date(2017, 9, 26))
    >>> best_date(sp).text
    'since Sunday'
    """
    # The day something else began ("since the ceasefire began on 6 March") is never the event's.
    resolved = [s for s in spans if isinstance(s.value, DateSpan) and s.attrs.get("relation") != "background"]
    if not resolved:
        return None
    # A day given as approximate ("Around 29 April (midweek)") ranks as the day it names; the day of
    # a possessive before the event ("Wednesday's strike") outranks the days of what followed it.
    return min(resolved, key=lambda s: (s.attrs.get("relation") in NOT_EVENT_DAY, not s.attrs.get("event_day"),
                                        bool(s.attrs.get("approximate")),
                                        s.attrs.get("ranks_as", s.value.precision), s.value.days, s.start))
