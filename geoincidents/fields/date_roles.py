"""What a date in a sentence is the day of: the event, a report, or what came after the event.

Read by :func:`geoincidents.fields.dates.find_dates` for every date it finds (as span attrs) and
used by :func:`geoincidents.fields.dates.best_date` to rank them.  Hand-written patterns, for the
speed reason :mod:`geoincidents.fields.dates` gives.

* "said/reported ... on Tuesday" and a wire dateline ("AMMAN, Sept 9 (Reuters) -"): the report's
  day (``relation="report"``).
* "died of their wounds on Tuesday": the day of a later death (``relation="died of wounds"``).
* "the toll ... rose to 13 on Saturday": the day the toll rose (``relation="toll rose"``), ranked
  below the event's own day when the sentence gives one ("after an air strike on Friday evening").
* "Wednesday's air strike" (a possessive day before an event noun, not referred back to: "a day
  after Sunday's massacre"), and in a sentence about bodies recovered the day after "after air
  strikes on": the event's own day (``event_day=True``).
* A day inside a relative clause set off by commas ("Ariha, where 20 were killed on 5 February,
  was shelled on Wednesday"): an earlier event told aside (``relation="aside"``), ranked below
  the main clause's day.
* The start of a running tally ("bringing to 19 the number killed ... since the beginning of 2022"):
  ``relation="background"``.
* The day something else began or was agreed, told as background to the event ("since the
  ceasefire began on 6 March", "in the offensive that began in late April", "the truce agreed on
  5 March", "the 5 March ceasefire"): ``relation="background"``, never the event's date.
"""
from __future__ import annotations

import re

from .numbers import NUMBER_PATTERN

__all__ = ["NOT_EVENT_DAY", "date_role"]

_REPORT_RE = re.compile(r"\b(?:said|says|reported|reports|announced|stated|told|documented|claimed|denied|confirmed)\b[^.;]{0,25}$", re.I)
# A day in the possessive before an event noun names that event's day ("bringing the death toll from
# Wednesday's air strike to 11"), unless the event is an earlier one the clause refers back to ("a
# day after Sunday's massacre").
_EVENT_AFTER = re.compile(r"(?:\s+(?!(?:report|statement|toll|meeting|talks|summit|session)\b)[\w-]+){0,3}?\s+"
                          r"(?:(?:air\s*)?strikes?|airstrikes?|raids?|attacks?|bombings?|bombardment|shelling|blasts?|"
                          r"explosions?|(?:car\s+|barrel\s+)?bombs?|massacre|clashes|fighting|assault|ambush|shooting)\b", re.I)
# "Two more civilians died of their wounds on Tuesday, raising to 10 the number killed in shelling on
# Sunday": the day of a later death.
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed)\s+(?:of|from|to)\s+(?:their|his|her|the)\s+(?:wounds|injuries)"
                             r"(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital)?\s+$", re.I)
NOT_EVENT_DAY = ("report", "died of wounds", "background", "aside", "toll rose")
# "The death toll in X, where ... after an air strike on Friday evening, rose to 13 on Saturday morning": the
# day the toll rose (rescuers found more bodies), not the day of the strike.
_TOLL_ROSE_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached)\s+to\s+(?:[\w,-]+\s+){1,3}?"
                               r"(?:(?:on|by|early\s+on|late\s+on)\s+)?$", re.I)
# A relative clause set off by commas ("Ariha, where 20 were killed on 5 February, was shelled on
# Wednesday"): an earlier event told aside, its day ranked below the main clause's.
_ASIDE_BEFORE = re.compile(r",\s+(?:where|which|whose|who)\b[^,;()]*$", re.I)
_ASIDE_AFTER = re.compile(r"[^,;.()]{0,40},\s+\S")
# What began or was agreed, the date after its verb ("since the ceasefire began on", "the offensive that
# started in", "a truce agreed on", "which came into force on"): another thing's day, told as background.
_BEGAN_BEFORE = re.compile(r"\b(?:since|which|that|when|after)\s+(?:[\w'’-]+\s+){0,5}?(?:began|begun|started|erupted|"
                           r"(?:was|were|had\s+been)\s+(?:launched|announced|agreed|signed|declared|brokered)|"
                           r"(?:took|came\s+into|went\s+into)\s+(?:effect|force))\s+(?:on|in|early\s+in|late\s+in|"
                           r"at\s+the\s+(?:start|end|beginning)\s+of)?\s*(?:the\s+)?$", re.I)
_TRUCE_AGREED = re.compile(r"\b(?:cease-?fire|truce|agreement|deal|accord|de-escalation\s+\w+)\s+(?:(?:was|were)\s+)?"
                           r"(?:agreed|signed|announced|reached|brokered|declared)\s+(?:(?:on|in)\s+)?(?:the\s+)?$", re.I)
# Stems one of which the two patterns above need before the date (as written: mid-sentence verbs).
_BACKGROUND_VERBS = ("began", "begun", "started", "erupted", "launched", "announced", "agreed", "signed", "declared",
                     "brokered", "effect", "force", "reached")
# "the 5 March ceasefire", "the March 5 agreement", "the 2018 Sochi deal": a date naming an agreement.
_NAMES_AGREEMENT = re.compile(r"\s+(?:[A-Z][\w-]+\s+){0,2}(?i:cease-?fire|truce|agreement|deal|accord|memorandum|summit)\b")
_DIED_JUST_BEFORE = re.compile(r"\b(?:died|dies|succumbed|succumbs)\s+(?:on\s+)?$", re.I)
_OF_WOUNDS_AFTER = re.compile(r"\s+(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b", re.I)
# Bodies recovered after the event: the day of the event named after "after" is the event's.
_RECOVERY = re.compile(r"\b(?:recovered|retrieved|pulled|extracted|dug\s+out)\b", re.I)
_AFTER_EVENT_ON = re.compile(r"\bafter\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?strikes?|airstrikes?|raids?|attacks?|"
                             r"bombings?|bombardment|shelling|blasts?|explosions?|massacre)\s+(?:on|late\s+on|early\s+on)?\s*$",
                             re.I)
# A wire dateline ("AMMAN, Sept 9 (Reuters) -"): the day of the report, not of the event.
_DATELINE_AFTER = re.compile(r"\s*\([A-Z][\w .&/-]{0,30}\)\s*[-–—]")
_EARLIER_BEFORE = re.compile(r"\b(?:after|following|since|before|than|like|of|to)\s+(?:the\s+)?$", re.I)
# The start of a monitor's running tally ("bringing to 19 the number of civilians killed ... since the
# beginning of 2022", "SOHR documented the death of 31 people since the start of June"): the day the
# count began, not the event's.
_TALLY_SINCE = re.compile(r"\b(?:(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing))\s+(?:the\s+(?:death\s+)?(?:toll|"
                          r"number|tally)\s+)?to\s+|(?:documented|recorded|counted|monitored)\s+the\s+deaths?\s+of\s+)"
                          r"(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?" + NUMBER_PATTERN + r"\b[^.;]*\bsince\s+"
                          r"(?:the\s+(?:start|beginning|outset|launch|onset)\s+(?:of\s+)?(?:the\s+)?)?$", re.I)
# A report verb's match is at most 10 + 25 characters long: it starts this close before the date.
_REPORT_REACH = 40


def date_role(sentence: str, s: int, e: int, possessive: bool) -> dict:
    """Attrs saying what the date at ``sentence[s:e]`` is the day of (empty when simply an event date).

    >>> date_role("the monitor said on Tuesday", 20, 28, False)
    {'relation': 'report'}
    >>> date_role("the toll from Monday's air strike", 14, 22, True)
    {'event_day': True}
    """
    if _REPORT_RE.search(sentence, max(0, s - _REPORT_REACH), s) or _DATELINE_AFTER.match(sentence, e):
        return {"relation": "report"}
    if "since" in sentence[max(0, s - 40):s] and _TALLY_SINCE.search(sentence, max(0, s - 250), s):
        return {"relation": "background"}  # the start of a running tally, not the event's day
    window = sentence[max(0, s - 70):s]
    if any(map(window.__contains__, _BACKGROUND_VERBS)) and (
            _BEGAN_BEFORE.search(sentence, max(0, s - 70), s) or _TRUCE_AGREED.search(sentence, max(0, s - 50), s)) \
            or _NAMES_AGREEMENT.match(sentence, e):
        return {"relation": "background"}  # "since the ceasefire began on 6 March": not the event's day
    if _ASIDE_AFTER.match(sentence, e) and _ASIDE_BEFORE.search(sentence, max(0, s - 120), s):
        return {"relation": "aside"}
    if "to " in sentence[max(0, s - 40):s] and _TOLL_ROSE_BEFORE.search(sentence, max(0, s - 40), s):
        return {"relation": "toll rose"}  # the day of the update, ranked below the event's
    if _DIED_OF_WOUNDS.search(sentence, max(0, s - 50), s) or (
            _DIED_JUST_BEFORE.search(sentence, max(0, s - 15), s) and _OF_WOUNDS_AFTER.match(sentence, e)):
        # the day the wounded died, not the day they were hit ("succumbed today to wounds he sustained ...")
        return {"relation": "died of wounds"}
    if _AFTER_EVENT_ON.search(sentence, max(0, s - 60), s) and _RECOVERY.search(sentence):
        return {"event_day": True}  # "recovered the bodies of five on Tuesday, after air strikes on Monday"
    if possessive and _EVENT_AFTER.match(sentence, e) and not _EARLIER_BEFORE.search(sentence, max(0, s - 25), s):
        return {"event_day": True}  # "Wednesday's air strike": the day of the event itself
    return {}
