"""The perpetrator of a strike whose clause names none, from its weapon or the sentence before.

:func:`geoincidents.fields.roles.roles` reads actors within a clause; air strikes and shelling by an
unnamed force keep ``actor1`` null there.  Two rules of the language fill it:

* Barrel bombs are dropped by the Syrian government's helicopters only (ACLED codes them so):
  "a barrel bomb struck a crowded street" has the Syrian government as ``actor1``.
* A sentence whose subject is the weapon just reported, with the definite article ("Turkish drones
  struck regime positions. The drones destroyed two tanks near X"; "The missiles hit the camp";
  "The shelling also hit the towns of X and Y", "Activists reported that the shelling also targeted X"), continues that report: its records take the
  ``actor1`` of the last record of the same event type, when the weapon is the record's own (drones,
  jets and strikes for an air strike; shells, rockets, missiles and artillery for shelling).
* A sentence that names no place but says who carried out the attack just reported ("Amnesty
  International concluded that Syrian government forces carried out the attack"; "The Commission
  has reasonable grounds to believe that pro-Government forces carried out this attack"; "the
  strike was conducted by Russian aircraft") gives its actor to the records of the sentence right
  before that name no perpetrator (investigators name the perpetrator after the facts).

And one fills ``actor2`` (:func:`lost_side`): a capture by a non-state side whose sentence names the
government only by a noun or a possessive ("rebels recaptured X, reversing one of the government's main
gains"; "took X after government troops withdrew") was taken from the Syrian government.

Examples
--------
>>> rec = {"actor1": None, "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "weapons": []}
>>> weapon_side(rec, "The drones destroyed two tanks.", [{"actor1": "Turkey", "event_type": rec["event_type"]}])
>>> rec["actor1"]
'Turkey'
"""
from __future__ import annotations

import re

__all__ = ["lost_side", "named_after", "weapon_side"]

_GOVERNMENT = "Syrian government"
_THE_WEAPON = re.compile(r"\s*(?:(?:Meanwhile|Later|Then),?\s+|[\w'’ -]{0,40}?\b(?:reported|said|added|confirmed|noted|stated)\s+that\s+)?the\s+(?:same\s+|\w+\s+)?(?:(?P<air>drones?|strikes?|"
                         r"air\s*strikes?|raids?|warplanes?|jets|aircraft|helicopters?|barrel\s+bombs?)|(?P<shell>"
                         r"missiles?|rockets?|shells?|shelling|bombardment|artillery))\b", re.I)
# The weapon noun must be the record's own: "The shelling was in retaliation to aerial bombing on X"
# names the report before as the cause of X's air strike, whose perpetrator is another side.
_SUB = {"air": "Air/drone strike", "shell": "Shelling/artillery/missile attack"}
_LOOK_BACK = 6  # records: the report the sentence continues is among the last few


def weapon_side(inc: dict, sentence: str, before: list[dict]) -> None:
    """Fill ``inc["actor1"]`` (when null) from its barrel bombs or the weapon's report in ``before``."""
    if inc["actor1"] is not None or inc["event_type"] != "Explosions/Remote violence":
        return
    if any("barrel" in w for w in inc["weapons"]):
        inc["actor1"] = _GOVERNMENT
        return
    if sentence[:12].lstrip()[:1] not in ("T", "M", "L", "t") and "that the " not in sentence[:60]:
        return  # (the weapon opens the sentence, or the report of it: "SOHR activists reported that the shelling ...")
    the = _THE_WEAPON.match(sentence)
    if the is None or _SUB[the.lastgroup] != inc["sub_event_type"]:
        return
    for prev in reversed(before[-_LOOK_BACK:]):
        if prev["event_type"] == inc["event_type"] and prev["actor1"] is not None:
            inc["actor1"] = prev["actor1"]
            return


_ATTACK_NOUN = r"(?:attacks?|strikes?|air\s*strikes?|shelling|bombings?|bombardment|incidents?|massacre)"
# "<actor> carried out the attack": the actor is named before the verb.
_CARRIED_OUT = re.compile(r"\b(?:carried\s+out|conducted|perpetrated|committed|(?:was|were|is|are)\s+(?:responsible\s+for|"
                          r"behind))\s+(?:the|this|that|these|those|both)\s+(?:\w+\s+){0,2}?" + _ATTACK_NOUN + r"\b", re.I)
# "the attack was carried out by <actor>": the actor is named after "by".
_DONE_BY = re.compile(r"\b" + _ATTACK_NOUN + r"\s+(?:was|were|had\s+been)\s+(?:most\s+likely\s+|likely\s+|probably\s+)?"
                      r"(?:carried\s+out|conducted|perpetrated|committed)\s+by\b", re.I)
# "Moscow denied that its forces carried out the attack": a denial names no perpetrator.
_DENIED = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject\w*|refut\w*|dismiss\w*|not|never|n't)\b", re.I)
_GATE = ("carried out", "conducted", "perpetrated", "committed", "responsible", "behind")


def named_after(incidents: list[dict], sf, text: str) -> None:
    """Give the actor of a place-less "<actor> carried out the attack" to the records of the sentence
    right before (``text`` the document's) that name no perpetrator."""
    low = sf.span.text.lower()
    if not incidents or not sf.actors or not any(map(low.__contains__, _GATE)):
        return
    last = incidents[-1]
    if last["evidence_end"] > sf.sentence.start or text[last["evidence_end"]:sf.sentence.start].strip():
        return  # only the report told right before
    m, after = _CARRIED_OUT.search(sf.span.text), False
    if m is None:
        m, after = _DONE_BY.search(sf.span.text), True
    if m is None or _DENIED.search(sf.span.text, 0, m.start()):
        return
    at = sf.span.start + (m.end() if after else m.start())
    named = [a for a in sf.actors if a.attrs.get("type") != "civilians" and (a.start >= at if after else a.end <= at)]
    if not named:
        return
    actor = (named[0] if after else named[-1]).value
    for inc in reversed(incidents):
        if inc["evidence_start"] != last["evidence_start"]:
            break
        if inc["actor1"] is None and inc["actor2"] != actor:
            inc["actor1"] = actor


# The government by a bare noun or a possessive, not as an actor's name ("the Syrian National Army" is
# Turkey-backed rebels).
_GOVERNMENT_WORD = re.compile(r"\b(?<!National\s)(?:government|regime|army)(?:['’]s)?\b", re.I)
_CAPTURE = "Non-state actor overtakes territory"


def lost_side(inc: dict, clause: str) -> None:
    """Fill ``inc["actor2"]`` (when null) of a non-state side's capture whose clause names the government."""
    if inc["sub_event_type"] == _CAPTURE and inc["actor2"] is None and inc["actor1"] not in (None, _GOVERNMENT) \
            and _GOVERNMENT_WORD.search(clause):
        inc["actor2"] = _GOVERNMENT
