"""How a clause continues the one before it: elided reports, tallies by place, lists, days apart.

Helpers of :mod:`geoincidents.fields.clauses` (see its rules):

* an elided report borrows the verb of the clause before ("Five were killed in X, and two more in
  Y", "killed a woman in X and a man in Y", a monitor's "9 civilians on Tuesday: 4 in X, 3 in Y");
* a clause of places, dates and locative words only continues a list ("killed 18 people in the towns
  of X and Y on Tuesday, the Observatory said": split at "and" for the verb "said");
* "a day after ..." dates a clause from the one before.

Hand-written patterns, for the reason :mod:`geoincidents.fields.clauses` gives.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from .count_words import PEOPLE
from .counts import casualties
from .dates import DateSpan, find_dates
from .first_chars import word_alternation
from .numbers import NUMBER_PATTERN, how_many
from ..text.spans import Span

__all__ = ["APART", "ELIDED", "ELIDED_COUNT", "SHARED_SUBJECT", "continues_list", "dated_apart", "first_item",
           "locative_only", "shifted_apart"]

# "two more", "3 others", "three in Y" opening a clause whose verb is the clause before's
# ("Five were killed in X, and two more in Y", "Five were killed in X and three in Y").
# Also a person or group named by a noun ("killed a woman in X and a man in Y", "and two children in Y").
_PEOPLE_ALT = word_alternation(sorted(PEOPLE, key=len, reverse=True), space=" ")
ELIDED_COUNT = (r"(?:(?:" + NUMBER_PATTERN + r")\s+(?:(?:more|others)\b"
                r"(?!\s+(?:villages?|towns?|cities|areas?|positions?|sites?|air\s*strikes?|strikes?|raids?|shells?|"
                r"rockets?|missiles?|times?)\b)|(?=(?:in|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z]))"
                r"|(?:" + NUMBER_PATTERN + r"|an?)\s+(?:[\w-]+\s+)?(?:" + _PEOPLE_ALT + r")\s+"
                r"(?=(?:in|at)\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?-i:[A-Z])))")
ELIDED = re.compile(ELIDED_COUNT, re.I)
# A clause that opens with its verb shares the subject of the clause before ("Air strikes killed five
# people in X and wounded eight others in Y on Tuesday"): one report.
SHARED_SUBJECT = re.compile(r"(?:also\s+|then\s+)?(?:killed|wounded|injured|struck|hit|shelled|bombed|targeted|pounded|"
                            r"destroyed|left|killing|wounding|injuring)\b", re.I)
# "a day after", "two weeks before", "days after" opening a clause: another event, so many days from
# the one before (when the text says how many).
APART = (r"(?:(?P<apart_n>an?|" + NUMBER_PATTERN + r")\s+|(?=(?:days|weeks|hours)\b))"
         r"(?P<apart_unit>days?|weeks?|hours?)\s+(?P<apart_dir>after|before)\b")
APART_RE = re.compile(APART, re.I)

# Lower-case words of a fragment that only lists places ("January 9th: (S386) Hattash village,
# Raqqa governorate, Syria"; "al Karama and nearby villages of X and Y"): such a fragment has
# no verb of its own and continues the report before it, even across ";".
_LOCATIVE = frozenset("""
the of and or in on at near nearby to from by between with its their city town towns village villages area areas
region district subdistrict governorate province countryside outskirts vicinity desert market street road roads farm
farms neighbourhood neighbourhoods neighborhood neighborhoods north south east west northern southern eastern western
north-east north-west south-east south-west northeast northwest southeast southwest north-eastern north-western
south-eastern south-western central border crossing camp bridge river valley plain hill hills mountain mountains base
airbase airport dam field fields park center centre old new main station school hospital mosque building buildings
grain silos car district's side outskirt st nd rd th new""".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def locative_only(text: str) -> bool:
    """Is ``text`` only place names, dates, codes and locative words (no verb, no event)?

    >>> locative_only("February 10th 2017: (S429) Al Mansoura village, Raqqa governorate, Syria")
    True
    >>> locative_only("Regime forces shell Ariha")
    False
    """
    words = [w for w in _WORD.findall(text) if w[0].islower() and w.isascii()]
    return all(w.lower() in _LOCATIVE for w in words)


_LIST_JOINT = re.compile(r",?\s+and\s+|,\s+")


def continues_list(c: Span, text: str, base: int) -> bool:
    """Does clause ``c`` only continue a list of places of the clause before ("killed 18 people in the
    towns of X and Y on Tuesday, the Observatory said": split at "and" for the verb "said")?  Its words
    up to the first comma are places, dates and locative words, and it is no elided report ("and
    three in Y")."""
    if c.attrs["sep"] != "," or not _LIST_JOINT.fullmatch(text[:c.start - base], _joint_start(text, c.start - base)):
        return False
    head = c.text.split(",", 1)[0]
    return locative_only(head) and not ELIDED.match(c.text) and not _date_only(head)


def _date_only(text: str) -> bool:
    """Is ``text`` a date and no place ("and on 17 February 2020, they shelled Y": the date opens a report)?"""
    found = find_dates(text)
    for d in reversed(found):
        text = text[:d.start] + text[d.end:]
    return bool(found) and not any(w[0].isupper() for w in _WORD.findall(text))


def _joint_start(text: str, end: int) -> int:
    """Start of the white space, comma and "and" right before ``end``."""
    i = end
    while i > 0 and (text[i - 1].isspace() or text[i - 1] == ","):
        i -= 1
    if text.endswith("and", 0, i) and (i == 3 or not text[i - 4].isalnum()):
        i -= 3
        while i > 0 and (text[i - 1].isspace() or text[i - 1] == ","):
            i -= 1
    return i


def first_item(part: Any, seg: Span) -> Any:
    """"The Observatory documented the death of 9 civilians on Tuesday: 4 in Kafr Nabl, ...": the
    segment's place has the first item's count (with the total's verb), not the tally's total."""
    cas = part.casualties
    verb = "killed " if cas.fatalities else "injured " if cas.injured else None
    if verb is None:
        return part
    a = seg.attrs["items_from"] - seg.start
    return replace(part, casualties=casualties(verb + seg.text[a:], seg.start + a - len(verb)))


def _apart_days(text: str) -> tuple[re.Match[str] | None, int | None]:
    """The opening "a day after" / "two weeks before" of a clause and the days its event lies from the
    clause before's (after: before it), or None when the text gives no count of days."""
    m = APART_RE.match(text)
    if m is None or m.group("apart_n") is None or m.group("apart_unit").lower().startswith("hour"):
        return m, None  # "days after", "hours after": another event, its day unknown (or the same)
    n = how_many(m.group("apart_n"))
    if n is None or n > 366:
        return m, None  # "several days after": another event, its day unknown (and no date arithmetic off the calendar)
    days = n * (7 if m.group("apart_unit").lower().startswith("week") else 1)
    return m, (-days if m.group("apart_dir").lower() == "after" else days)


def shifted_apart(part: Any, seg: Span) -> Any:
    """A clause "a week after ..." after a clause with no date either: its days from the record the clause
    before becomes (``shift``, read when the record takes that record's date)."""
    _, days = _apart_days(seg.text)
    return part if days is None else replace(part, shift=days)


def dated_apart(part: Any, seg: Span, prev: Any) -> Any:
    """A clause "a day after ..." with no date of its own: the day before (after) the clause before's."""
    m, days = _apart_days(seg.text)
    when = prev.date.value
    if days is None or when.precision != 1:
        return part
    shifted = DateSpan(when.start + timedelta(days=days), when.end + timedelta(days=days),
                       1 if days % 7 or abs(days) < 7 else 2)
    span = Span(seg.start + m.start(), seg.start + m.end(), m.group(0), "date", shifted, {"relation": "event", "apart": True})
    return replace(part, date=span, dates=[span], date_words=None)
