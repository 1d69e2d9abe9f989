"""Toll statements that are not plain counts: updated tolls, analysts' coded tolls, "no fatalities".

Rules (what a user can rely on)
-------------------------------
* **Updated tolls** supersede the counts before them: "the death toll rose to 21",
  "raising the number to 8", "number of casualties rises to 13", "More casualties raise
  the number of those killed by the shells ... to 12", "Airstrikes raise to 11, the number
  of persons killed".  A rise/raise/reach/climb verb with a toll word (toll, number, tally,
  casualties, dead, deaths, martyrs, victims, fatalities) before it or before "to N" marks
  the N after "to"; "the toll ... had reached 13", "the toll stood at 12" mark the N after the verb.
* **Cumulative tolls** are not an incident's: an update over a campaign of several days or
  more ("raise the death toll to about 190 within 27 days", "to 1500 in 31 days of
  escalation", "since the start of the offensive", "this week", "since Monday") is kept as a span with
  ``attrs["cumulative"]=True`` and never becomes a fatality figure.  "in the past 24
  hours", "since yesterday morning" are an incident's own update.
* **Coded tolls**: ACLED notes state their own figure ("Unknown fatalities coded as 10",
  "Total fatalities coded to 10"); it is the figure of the note.
* **None reported**: "No fatalities were reported", "Neither injuries nor fatalities were
  reported", "without casualties", "no one was killed", "material damage only" give 0
  fatalities (ACLED's convention), with the words kept as ``fatalities_text``.
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
           "none_reported", "running_tally", "toll_numbers", "war_history", "war_spans", "WAR_REACH"]

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
# before the verb, or between it and "to"), and "<rise verb> to N, the number of ...".  Between the
# toll word and its verb a relative clause may stand ("The death toll in X, where a building
# collapsed after an air strike on Friday evening, rose to 13").
_UPDATE_RE = re.compile(
    r"\b(?:" + _TOLL_WORD + r"\b[^.;:]{0,120}?\b" + _RISE + r"|" + _RISE + r"\b(?=[^.;:]{0,160}?\b" + _TOLL_WORD + r"\b))"
    r"[^.;:]{0,160}?\bto\s+" + _QUAL + r"(?P<num>" + NUMBER_PATTERN + r")(?!\s+" + _MONTHS + r")",
    re.I)
# "the death toll ... had reached 13", "the toll stood at 12": the figure right after the verb.
_REACHED_RE = re.compile(
    r"\b(?:toll|tally|number\s+of\s+(?:dead|deaths|victims|martyrs|fatalities|those\s+killed|people\s+killed))\b"
    r"[^.;:]{0,80}?\b(?:reach(?:es|ed)?|(?:stood|stands|standing)\s+at|hits?|hitting)\s+" + _QUAL + r"(?P<num>" + NUMBER_PATTERN + r")"
    r"(?!\s+" + _MONTHS + r")", re.I)
# A multi-day span after the figure or between verb and figure: the toll of a campaign.
_CAMPAIGN = re.compile(
    r"\b(?:in|within|during|over|after|for)\s+(?:the\s+(?:past|last)\s+)?(?:about\s+|nearly\s+|around\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:days|weeks|months|years)\b|\bsince\s+the\s+(?:start|beginning|launch|outbreak|onset|siege|escalation|offensive|campaign)\b|"
    r"\b(?:days|weeks|months)\s+of\s+(?:the\s+)?(?:escalation|bombing|shelling|offensive|campaign)\b|"
    r"\b(?:in|during|since)\s+the\s+(?:\w+\s+)?escalation\b|"
    # ("bringing to 46 the number of civilians killed in the area this week")
    r"\b(?:so\s+far\s+)?(?:this|last|past)\s+(?:week|month|year)\b|"
    # ("raising to 20 the number of dead in the town since Monday": a tally of days, not one strike's)
    r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)", re.I)
# The war's own toll and its history ("Syria's war has killed more than 370,000 people since it
# started in 2011 with the repression of protests in Daraa"): background to every report.
_WAR_HISTORY = re.compile(
    r"\b(?:war|conflict|uprising|revolution|crisis)\s+(?:(?:that|which)\s+)?(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?"
    r"(?:killed|claimed|left|displaced)\b"
    r"|\bsince\s+(?:the\s+|syria's\s+|syria’s\s+)?(?:civil\s+)?(?:war|conflict|uprising|revolution|crisis)\s+"
    r"(?:began|started|broke\s+out|erupted)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:civil\s+)?(?:war|conflict|uprising|revolution)\b"
    r"|\bsince\s+it\s+(?:began|started|broke\s+out|erupted)\s+in\s+(?:19|20)\d\d\b", re.I)
# (not "war" alone: it opens every sentence with "warplanes")
_WAR_GATE = ("war ", "war,", "war.", "war;", "conflict", "uprising", "revolution", "crisis")
# ("Fatalities unknown, coded as 10": the unknown toll's figure after a comma, as ACLED also writes it)
# ("Fatalities: 5.": the figure line ACLED's notes of some years carry, before or after the event)
_CODED_RE = re.compile(r"\b(?:(?:fatalities|deaths|dead)\s+(?:(?:unknown|not\s+known|unclear)\s*[,;]?\s*)?"
                       r"(?:were\s+|was\s+|are\s+)?coded\s+(?:as|to|at)\s+|fatalities\s*:\s*)"
                       r"(?P<num>\d[\d,]*|" + NUMBER_PATTERN + r")", re.I)
_NONE_RE = re.compile(
    r"\b(?:neither\s+(?:injuries|fatalities|casualties|deaths)\s+nor\s+(?:injuries|fatalities|casualties|deaths)"
    r"|no\s+(?:reported\s+|immediate\s+|human\s+)?(?:fatalities|deaths|casualties|injuries|losses|loss\s+of\s+life)"
    # ("there were no immediate reports of casualties", "the attack killed no one")
    r"|no\s+(?:immediate\s+)?reports?\s+of\s+(?:casualties|fatalities|deaths|injuries|victims)"
    r"|(?:killed|killing|kills|hurt|hurting|hurts|injured|injuring|injures)\s+no\s*(?:one|body)"
    r"|no\s+(?:one|body)\s+was\s+(?:killed|hurt|injured|wounded)|nobody\s+was\s+(?:killed|hurt|injured|wounded)"
    r"|without\s+(?:causing\s+|leaving\s+|any\s+)*(?:casualties|fatalities|deaths|injuries|loss\s+of\s+life)"
    # "causing material damage only", "the losses were limited to material damage": nobody hurt
    r"|material\s+(?:damage|losses)\s+only|only\s+material\s+(?:damage|losses)"
    r"|(?:damage|losses)\s+(?:was|were)\s+(?:limited|confined|restricted)\s+to\s+(?:material|property))\b", re.I)
_CAPTIVES_RE = re.compile(
    r"\b(?:(?:killed|executed|shot|murdered|liquidated|slaughtered|beheaded|tortured\s+to\s+death)\s+"
    r"(?:them|him|her)(?:\s+all)?\b|(?:dumped|found|threw|left)\s+(?:their|his|her)\s+(?:dead\s+)?bod(?:y|ies)"
    r"|(?:their|his|her)\s+bod(?:y|ies)\s+(?:was|were)\s+(?:found|dumped|thrown|recovered))", re.I)
# Substrings one of which each pattern needs: tested first (plain ``in`` is ~10x a regex search).
_RISE_STEMS = ("rais", "ris", "rose", "climb", "reach", "increas", "jump", "mount", "bring", "brought", "soar")
_TOLL_STEMS = ("toll", "tally", "number", "casualt", "dead", "death", "martyr", "victim", "fatalit", "killed")
_NONE_STEMS = (" no ", "neither", "without", "nobody", "material")


def toll_numbers(sentence: str) -> list[tuple[int, int, bool]]:
    """``(start, end, cumulative)`` of every updated toll's number in ``sentence`` (sentence offsets)."""
    low = sentence.lower()
    if not any(map(low.__contains__, _TOLL_STEMS)):
        return []
    found = []
    if " to " in low and any(map(low.__contains__, _RISE_STEMS)):
        found = list(_UPDATE_RE.finditer(sentence))
    if "toll" in low or "tally" in low or "number" in low:
        taken = {m.start("num") for m in found}
        found += [m for m in _REACHED_RE.finditer(sentence) if m.start("num") not in taken]
    out = []
    for m in found:
        a, b = m.span("num")
        cumulative = _CAMPAIGN.search(sentence, m.start(), min(len(sentence), b + 100)) is not None
        out.append((a, b, cumulative))
    return sorted(out)


def campaign(text: str) -> bool:
    """Does ``text`` span several days of a campaign ("during 20 days", "since the start of the offensive")?

    >>> campaign("After the death of more than 310 civilians during 20 days"), campaign("5 killed on Monday")
    (True, False)
    """
    return _CAMPAIGN.search(text) is not None


# A monitor's running tally counts from a start it names ("SOHR has documented the death of 1,781
# people since the beginning of the escalation on February 2", "... since the ceasefire came into
# effect", "since January 2021"), not from the day's events ("since dawn", "since yesterday", "since the
# beginning of the attack").
_RUNNING = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch|outbreak|onset)\s+of\b(?!\s+(?:the|this|their|its)\s+(?:attacks?|assaults?|"
    r"clashes|fighting|battles?|ambush|infiltration))|the\s+(?:\w+\s+)?(?:escalation|offensive|"
    r"campaign|ceasefire|truce|agreement|operation)\b|(?:early\s+|mid-?|late\s+)?" + _MONTHS + r"|(?:19|20)\d\d\b)", re.I)


def running_tally(text: str) -> bool:
    """Does ``text`` count from a start it names (a monitor's running tally, no one event's toll)?

    >>> running_tally("SOHR has documented the death of 1,781 people since the beginning of the escalation")
    True
    >>> running_tally("Three more people died of their wounds since dawn")
    False
    """
    return "since" in text.lower() and _RUNNING.search(text) is not None


def war_history(text: str) -> bool:
    """Does ``text`` tell the war's own toll or history (background, not a report of an event)?

    >>> war_history("Syria's war has killed more than 370,000 people since it started in 2011")
    True
    >>> war_history("Shelling killed 3 people in Ariha on Monday")
    False
    """
    low = text.lower()
    return any(map(low.__contains__, _WAR_GATE)) and _WAR_HISTORY.search(text) is not None


def war_spans(sentence: str) -> list[tuple[int, int]]:
    """Where in ``sentence`` the war's toll can stand: ``(start, end)`` after "the war has killed"
    (:data:`WAR_REACH` characters), and on both sides of "since the war began" ("more than 380,000
    since it began in 2011", "Since the war began, 380,000 have died")."""
    low = sentence.lower()
    if not any(map(low.__contains__, _WAR_GATE)):
        return []
    return [(m.end() if "since" not in m.group(0).lower() else max(0, m.start() - WAR_REACH), m.end() + WAR_REACH)
            for m in _WAR_HISTORY.finditer(sentence)]


#: How far (characters) before or after a phrase of the war's history its toll can stand.
WAR_REACH = 80


def coded_numbers(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the figure of an analyst's coding note ("Unknown fatalities coded as 10")."""
    if "coded" not in sentence and "atalities:" not in sentence:
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
