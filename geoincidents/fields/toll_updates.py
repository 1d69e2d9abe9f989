"""Toll statements that are not plain counts: updated tolls, analysts' coded tolls, "no fatalities".

Rules (what a user can rely on)
-------------------------------
* **Updated tolls** supersede the counts before them: "the death toll rose to 21",
  "raising the number to 8", "number of casualties rises to 13", "More casualties raise
  the number of those killed by the shells ... to 12", "Airstrikes raise to 11, the number
  of persons killed".  A rise/raise/reach/climb verb with a toll word (toll, number, tally,
  casualties, dead, deaths, martyrs, victims, fatalities) before it or before "to N" marks
  the N after "to".
* **Cumulative tolls** are not an incident's: an update over a campaign of several days or
  more ("raise the death toll to about 190 within 27 days", "to 1500 in 31 days of
  escalation", "since the start of the offensive") is kept as a span with
  ``attrs["cumulative"]=True`` and never becomes a fatality figure.  "in the past 24
  hours", "since yesterday morning" are an incident's own update.
* **Coded tolls**: ACLED notes state their own figure ("Unknown fatalities coded as 10",
  "Total fatalities coded to 10"); it is the figure of the note.
* **None reported**: "No fatalities were reported", "Neither injuries nor fatalities were
  reported", "without casualties", "no one was killed" give 0 fatalities (ACLED's
  convention), with the words kept as ``fatalities_text``.
* **Captives killed**: "They later killed them", "executed him", "dumped their bodies"
  (:func:`captives_killed`) make the people taken before ("abducted 9 soldiers") the dead.

Hand-written patterns (no maintained library reads toll phrases); each is one compiled
regular expression, searched once per sentence, and only when a cheap keyword test passes.

Examples
--------
>>> s = "Casualties of Damascus bombings this morning rise to 21"
>>> [(s[a:b], cumulative) for a, b, cumulative in toll_numbers(s)]
[('21', False)]
>>> s = "new raids raise the death toll to about 190 within 27 days of bombing"
>>> [(s[a:b], cumulative) for a, b, cumulative in toll_numbers(s)]
[('190', True)]
>>> none_reported("a landmine wounded a QSD member. No fatalities were reported.")
'No fatalities'
"""
from __future__ import annotations

import re

from .numbers import NUMBER_PATTERN

__all__ = ["CODED_TOLL", "SUPERSEDING", "UPDATED_TOLL", "campaign", "captives_killed", "coded_numbers",
           "none_reported", "toll_numbers"]

# The words ``fatalities_rule`` contains when a figure supersedes the counts before it.
# Merging reads them back, from fresh records and from records stored in earlier runs alike,
# so they are written here once and never reworded.
UPDATED_TOLL = "updated toll"
CODED_TOLL = "coded in the note"
SUPERSEDING = (UPDATED_TOLL, CODED_TOLL)

_TOLL_WORD = r"(?:toll|tally|number|numbers|casualt(?:y|ies)|dead|deaths|martyrs|victims|fatalities|killed)"
_RISE = r"(?:rais(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|reach(?:es|ed|ing)?|increas(?:e|es|ed|ing)|" \
        r"jump(?:s|ed|ing)?|mount(?:s|ed|ing)?|br(?:ing|ings|ought|inging)|soar(?:s|ed|ing)?)"
_QUAL = r"(?:(?:about|around|nearly|almost|approximately|at\s+least|more\s+than|over)\s+)?"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# "<toll word> ... <rise verb> ... to N" or "<rise verb> <toll word> ... to N" (the toll word
# before the verb, or between it and "to"), and "<rise verb> to N, the number of ...".
_UPDATE_RE = re.compile(
    r"\b(?:" + _TOLL_WORD + r"\b[^.;:]{0,80}?\b" + _RISE + r"|" + _RISE + r"\b(?=[^.;:]{0,160}?\b" + _TOLL_WORD + r"\b))"
    r"[^.;:]{0,160}?\bto\s+" + _QUAL + r"(?P<num>" + NUMBER_PATTERN + r")(?!\s+" + _MONTHS + r")",
    re.I)
# A multi-day span after the figure or between verb and figure: the toll of a campaign.
_CAMPAIGN = re.compile(
    r"\b(?:in|within|during|over|after|for)\s+(?:the\s+(?:past|last)\s+)?(?:about\s+|nearly\s+|around\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:days|weeks|months|years)\b|\bsince\s+the\s+(?:start|beginning|launch|outbreak|onset|siege|escalation|offensive|campaign)\b|"
    r"\b(?:days|weeks|months)\s+of\s+(?:the\s+)?(?:escalation|bombing|shelling|offensive|campaign)\b|"
    r"\b(?:in|during|since)\s+the\s+(?:\w+\s+)?escalation\b", re.I)
_CODED_RE = re.compile(r"\b(?:fatalities|deaths|dead)\s+(?:were\s+|was\s+|are\s+)?coded\s+(?:as|to|at)\s+"
                       r"(?P<num>\d[\d,]*|" + NUMBER_PATTERN + r")", re.I)
_NONE_RE = re.compile(
    r"\b(?:neither\s+(?:injuries|fatalities|casualties|deaths)\s+nor\s+(?:injuries|fatalities|casualties|deaths)"
    r"|no\s+(?:reported\s+|immediate\s+|human\s+)?(?:fatalities|deaths|casualties|injuries|losses|loss\s+of\s+life)"
    r"|no\s+(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)|nobody\s+was\s+(?:killed|hurt|injured|wounded)"
    r"|without\s+(?:causing\s+|leaving\s+|any\s+)*(?:casualties|fatalities|deaths|injuries|loss\s+of\s+life))\b", re.I)
_CAPTIVES_RE = re.compile(
    r"\b(?:(?:killed|executed|shot|murdered|liquidated|slaughtered|beheaded|tortured\s+to\s+death)\s+"
    r"(?:them|him|her)(?:\s+all)?\b|(?:dumped|found|threw|left)\s+(?:their|his|her)\s+(?:dead\s+)?bod(?:y|ies)"
    r"|(?:their|his|her)\s+bod(?:y|ies)\s+(?:was|were)\s+(?:found|dumped|thrown|recovered))", re.I)
# Substrings one of which each pattern needs: tested first (plain ``in`` is ~10x a regex search).
_RISE_STEMS = ("rais", "ris", "rose", "climb", "reach", "increas", "jump", "mount", "bring", "brought", "soar")
_TOLL_STEMS = ("toll", "tally", "number", "casualt", "dead", "death", "martyr", "victim", "fatalit", "killed")
_NONE_STEMS = (" no ", "neither", "without", "nobody")


def toll_numbers(sentence: str) -> list[tuple[int, int, bool]]:
    """``(start, end, cumulative)`` of every updated toll's number in ``sentence`` (sentence offsets)."""
    low = sentence.lower()
    if " to " not in low or not any(map(low.__contains__, _RISE_STEMS)) or not any(map(low.__contains__, _TOLL_STEMS)):
        return []
    out = []
    for m in _UPDATE_RE.finditer(sentence):
        a, b = m.span("num")
        cumulative = _CAMPAIGN.search(sentence, m.start(), min(len(sentence), b + 100)) is not None
        out.append((a, b, cumulative))
    return out


def campaign(text: str) -> bool:
    """Does ``text`` span several days of a campaign ("during 20 days", "since the start of the offensive")?

    >>> campaign("After the death of more than 310 civilians during 20 days"), campaign("5 killed on Monday")
    (True, False)
    """
    return _CAMPAIGN.search(text) is not None


def coded_numbers(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the figure of an analyst's coding note ("Unknown fatalities coded as 10")."""
    if "coded" not in sentence:
        return []
    return [m.span("num") for m in _CODED_RE.finditer(sentence)]


def none_reported(sentence: str) -> str | None:
    """The words saying that nobody was killed ("No fatalities", "Neither injuries nor fatalities"), or None."""
    low = sentence.lower()
    if not low.startswith("no ") and not any(map(low.__contains__, _NONE_STEMS)):
        return None
    m = _NONE_RE.search(sentence)
    return m.group(0) if m else None


def captives_killed(sentence: str) -> str | None:
    """Words saying that people taken earlier were killed ("They later killed them"), or None.

    >>> captives_killed("They later killed them and dumped their bodies near the roundabout.")
    'killed them'
    """
    m = _CAPTIVES_RE.search(sentence)
    return m.group(0) if m else None
