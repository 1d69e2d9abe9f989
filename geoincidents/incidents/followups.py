"""Counts stated in a sentence after the incident's: which incident they belong to.

A sentence without a place of its own often finishes the report before it: "QSD clashed
with IS in the vicinity of Sharkrak in the countryside of Tell Abiad. An unknown number of
fighters were killed."  Rules (what a user can rely on):

* The toll goes to the **head** of the incident just reported: of the records the
  previous sentence made for one event (same sentence, event type and dates), the place
  named first, the one the others locate or list with it ("on the road between A and B":
  A), as :mod:`geoincidents.incidents.tolls` does within a sentence.  ``fatalities_rule`` is
  ``"stated in the sentence after the incident's"``.
* "No fatalities were reported" (a zero) goes to every record of that event without a count.
* Injuries alone ("another 15 people were wounded in the raids") are the injured of the head of
  the incident just reported when it has none yet, also when its dead were counted before.
* An updated toll ("The death toll rose to 25") supersedes the count of the incident it
  updates: the latest counted one of the sentence's event type ("the death toll from the
  market strike rose to 12"), or of any type when it names none; never lowering it.
  ``fatalities_rule`` names the figure it replaced.  An analyst's coded figure ("Several fighters
  were killed. Fatalities coded as 3.") supersedes the count before it, lower or not.
* Deaths told later ("A car bomb killed 5 in X. Three of the wounded later died", "Their
  mother died of her wounds the next day") are added to the count of the incident just reported
  (``"deaths told later added"``).
* A day told after ("The death toll of the massacre in the market of X rose to 39. The warplanes had
  struck the market at noon yesterday"): a sentence naming no place, of the event type just reported,
  dates that event when its own sentence gave no date (:func:`date_told_after`).
* Captives killed later ("unidentified gunmen abducted 9 soldiers in X. They later killed
  them"): the people taken are the dead of the incident (``"captives killed later"``).

Only the count is settled here; victim groups, weapons and actors of such sentences are added
by :func:`geoincidents.incidents.build.assemble`.
"""
from __future__ import annotations

import re
from typing import Any

from ..fields.counts import Casualties, casualties
from ..fields.toll_updates import CODED_TOLL, UPDATED_TOLL, captives_killed, running_tally

__all__ = ["captives_killed_later", "continue_toll", "date_told_after", "event_run"]

_COUNT_KEYS = ("fatalities", "fatalities_low", "fatalities_high", "fatalities_text")


def event_run(incidents: list[dict]) -> list[dict]:
    """The records of the last reported event: the last record and those before it from the
    same sentence with the same event type and dates, in text order."""
    if not incidents:
        return []
    last = incidents[-1]
    run = [last]
    for inc in reversed(incidents[:-1]):
        if inc["evidence_start"] != last["evidence_start"] or inc["sub_event_type"] != last["sub_event_type"] \
                or inc["date_start"] != last["date_start"]:
            break
        run.append(inc)
    return sorted(run, key=lambda i: i["mention_start"])


def _uncounted(inc: dict) -> bool:
    """No deaths counted yet (none at all, or the zero of an injuries-only report)."""
    return inc["fatalities"] is None or (inc["fatalities"] == 0 and inc["fatalities_text"] is None)


def continue_toll(incidents: list[dict], cas: Casualties, event: Any, sentence: Any) -> bool:
    """Give a place-less sentence's count to the incident it continues; True when it did.

    Parameters
    ----------
    incidents : list of dict
        The document's records so far, in text order.
    cas : Casualties
        The sentence's figures.
    event : EventInfo or None
        The sentence's own event, if any (a toll of another event type is not this incident's).
    sentence : Span
        The sentence (its offsets are added to the record's evidence).
    """
    span = (sentence.start, sentence.end)
    run = event_run(incidents)
    if not run or cas.fatalities and running_tally(sentence.text):
        return False  # (a monitor's tally since a start it names is no incident's count)
    head, last = run[0], incidents[-1]
    same_event = event is None or event.sub_event_type == last["sub_event_type"]
    if cas.fatalities is None and cas.injured is None:
        return captives_killed_later(incidents, cas, sentence)
    if (cas.fatalities is not None or cas.injured is not None) and not cas.part_of_previous and same_event \
            and _uncounted(head) and (head["injured"] is None or cas.injured is None):
        targets = [i for i in run if _uncounted(i) and i["injured"] is None] if cas.fatalities == 0 else [head]
        updated = (CODED_TOLL if cas.fatalities_note == CODED_TOLL else UPDATED_TOLL) if any(
            c.attrs.get("toll") and c.attrs.get("kind") == "killed" for c in cas.spans) else None
        for inc in targets or [head]:
            # (the injured of the report before stay when this one counts none: "He later died of his wounds")
            for k in _COUNT_KEYS + (("injured",) if cas.injured is not None or inc["injured"] is None else ()):
                inc[k] = getattr(cas, k)
            if cas.victims:
                inc["victims"], inc["victims_text"] = dict(cas.victims), cas.victims_text
            inc["fatalities_rule"] = None if cas.fatalities is None else (
                "report after ';' without a place: total of the report before, given to its first place"
                if getattr(sentence, "attrs", None) and sentence.attrs.get("sep") == ";" else
                # "The toll rose later to six": still an update when the record it goes to was uncounted
                # (the lead's count went to a dateline's mention of the place), so merging keeps it
                f"{updated}, stated in the sentence after the incident's" if updated else
                "stated in the sentence after the incident's")
            inc["evidence_spans"].append((inc["doc_id"], *span))
        return True
    if cas.injured is not None and (cas.fatalities is None or cas.fatalities_note == "injuries only") \
            and not cas.part_of_previous and same_event and head["injured"] is None:
        # "The Observatory said another 15 people were wounded in the raids": the injured of the
        # incident just reported, whose dead were counted before.
        head["injured"] = cas.injured
        head["evidence_spans"].append((head["doc_id"], *span))
        return True
    dead = [c for c in cas.spans if c.attrs.get("kind") == "killed" and not c.attrs.get("part")]
    if dead and all(c.attrs.get("later") or c.attrs.get("also") for c in dead) and cas.fatalities and same_event \
            and head["fatalities"] and not any(c.attrs.get("toll") for c in dead):
        # "A car bomb killed 5. Three of the wounded later died", "... Two HTS fighters were also killed in the
        # clashes": deaths told later, or of another side, added to the incident's
        for k in ("fatalities", "fatalities_low", "fatalities_high"):
            if head[k] is not None:
                head[k] += cas.fatalities
        head["fatalities_text"] = "; ".join(t for t in (head["fatalities_text"], cas.fatalities_text) if t)
        head["fatalities_rule"] = "; ".join(t for t in (head["fatalities_rule"], "deaths told later added") if t)
        head["evidence_spans"].append((head["doc_id"], *span))
        return True
    toll = any(c.attrs.get("toll") and c.attrs.get("kind") == "killed" for c in cas.spans)
    # The latest counted incident of the sentence's event type ("the death toll from the market
    # strike rose to 12"), or of any type when it names none, whose count the update does not lower.
    target = next((i for i in reversed(incidents) if i["fatalities"] and i["part_of"] is None and (
        event is None or event.sub_event_type in (None, i["sub_event_type"]))), None) if toll else None
    coded = cas.fatalities_note == CODED_TOLL  # the analyst's figure is the note's, lower or not
    if toll and cas.fatalities is not None and target is not None and (cas.fatalities >= target["fatalities"] or coded):
        # "The death toll rose to 25": an updated toll supersedes the earlier one of the same incident.
        earlier = target["fatalities_text"]
        for k in _COUNT_KEYS:
            target[k] = getattr(cas, k)
        target["fatalities_rule"] = f"{CODED_TOLL} supersedes {earlier!r}" if coded else f"{UPDATED_TOLL} supersedes {earlier!r}"
        target["evidence_spans"].append((target["doc_id"], *span))
        return True
    return False


def captives_killed_later(incidents: list[dict], cas: Casualties, sentence: Any) -> bool:
    """"Gunmen abducted 9 soldiers in X. They later killed them (and dumped their bodies in Y)":
    the people taken are the dead of the incident that took them; True when so."""
    if cas.fatalities is not None or not incidents:
        return False
    head = event_run(incidents)[0]
    words = captives_killed(sentence.text) if _uncounted(head) else None
    held = casualties(head["evidence"]).held if words is not None else None
    if not held:
        return False
    head.update(fatalities=held, fatalities_low=held, fatalities_high=held, fatalities_text=words,
                fatalities_rule="captives killed later")
    head["evidence_spans"].append((head["doc_id"], sentence.start, sentence.end))
    return True


# An earlier event told as background: "It is worth noting that the warplanes had carried out 15 strikes on Friday".
_EARLIER = re.compile(r"\bhad\s+(?:already\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|t)\b|\bworth\s+(?:noting|mentioning)\b|"
                      r"\b(?:earlier|previously|before\s+that)\b", re.I)


def date_told_after(incidents: list[dict], event: Any, columns: dict, sentence: Any) -> None:
    """Give the date ``columns`` of a place-less ``sentence`` (a Span) of ``event``'s type to the records
    of the event just reported that have no date of their own (their sentence gave none); not when the
    sentence tells an earlier event (pluperfect, "it is worth noting", "earlier"), nor when it is another
    report (after ";": a monitor's day tally "; 60 were killed yesterday, including ...")."""
    run = event_run(incidents)
    attrs = getattr(sentence, "attrs", None) or {}
    if event is None or not run or run[-1]["sub_event_type"] != event.sub_event_type or attrs.get("sep") == ";" \
            or attrs.get("tally") or _EARLIER.search(sentence.text):
        return
    for inc in run:
        if inc["date_start"] is None:
            inc.update(columns)
