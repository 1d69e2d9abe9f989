"""The perpetrator of a strike whose clause names none, from its weapon or the sentence before.

:func:`geoincidents.fields.roles.roles` reads actors within a clause; air strikes and shelling by an
unnamed force keep ``actor1`` null there.  Two rules of the language fill it:

* Barrel bombs are dropped by the Syrian government's helicopters only (ACLED codes them so):
  "a barrel bomb struck a crowded street" has the Syrian government as ``actor1``.
* A sentence whose subject is the weapon just reported, with the definite article ("Turkish drones
  struck regime positions. The drones destroyed two tanks near X"; "The missiles hit the camp";
  "The shelling also hit the towns of X and Y"), continues that report: its records take the
  ``actor1`` of the last record of the same event type, when the weapon is the record's own (drones,
  jets and strikes for an air strike; shells, rockets, missiles and artillery for shelling).

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

__all__ = ["lost_side", "weapon_side"]

_GOVERNMENT = "Syrian government"
_THE_WEAPON = re.compile(r"\s*(?:(?:Meanwhile|Later|Then),?\s+)?the\s+(?:same\s+|\w+\s+)?(?:(?P<air>drones?|strikes?|"
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
    if sentence[:12].lstrip()[:1] not in ("T", "M", "L", "t"):
        return
    the = _THE_WEAPON.match(sentence)
    if the is None or _SUB[the.lastgroup] != inc["sub_event_type"]:
        return
    for prev in reversed(before[-_LOOK_BACK:]):
        if prev["event_type"] == inc["event_type"] and prev["actor1"] is not None:
            inc["actor1"] = prev["actor1"]
            return


# The government by a bare noun or a possessive, not as an actor's name ("the Syrian National Army" is
# Turkey-backed rebels).
_GOVERNMENT_WORD = re.compile(r"\b(?<!National\s)(?:government|regime|army)(?:['’]s)?\b", re.I)
_CAPTURE = "Non-state actor overtakes territory"


def lost_side(inc: dict, clause: str) -> None:
    """Fill ``inc["actor2"]`` (when null) of a non-state side's capture whose clause names the government."""
    if inc["sub_event_type"] == _CAPTURE and inc["actor2"] is None and inc["actor1"] not in (None, _GOVERNMENT) \
            and _GOVERNMENT_WORD.search(clause):
        inc["actor2"] = _GOVERNMENT
