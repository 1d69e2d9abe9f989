"""Precedence between the events of one sentence, and events told over two sentences.

ACLED codes one event per place and day; when a sentence reports several it keeps the one
that ranks first (:mod:`geoincidents.fields.events`: a capture outranks the strikes that led
to it).  Two rules then give the others their due:

* **A capture after dated strikes** ("regime forces took control of X on Tuesday, after
  shelling it on Sunday"): the strikes happened on another day, so they are a second
  incident of their own type and date at the same place (:func:`dated_strikes`).  An
  undated strike stays folded into the capture.  A date belongs to the event word written
  last before it ("took control of X on Tuesday, after shelling it on Sunday"), a date
  before both to the first ("On Tuesday rebels captured X after shelling").
* **A riot reported right after a protest** ("A demonstration took place in X. Rioters
  blocked the road and burned tyres."): the protest turned violent, so both sentences
  report one violent demonstration (:func:`turned_violent`).
* **An intervention told right after a protest** ("Residents of X demonstrated. Regime forces
  dispersed the protesters by firing in the air."): the protest is a protest with intervention
  (or met with excessive force), and the force that intervened is its ``actor2``
  (:func:`intervened`).
* **Victims told right after a strike** ("Regime forces shelled X. 3 civilians were killed.", "Russian
  warplanes struck X. 4 HTS fighters were killed."): the victims' side is the ``actor2`` of the strike
  or attack just reported when it had none, as if the sentence had said it (:func:`victims_told_after`).

Examples
--------
>>> import geoincidents
>>> gdf = geoincidents.extract("Rebels took control of Kafr Nabl on Tuesday, after shelling it on Sunday.",
...                            published="2021-03-12")
>>> sorted(zip(gdf["sub_event_type"], gdf["date_start"].dt.day))
[('Non-state actor overtakes territory', 9), ('Shelling/artillery/missile attack', 7)]
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..fields import EventInfo
from ..fields.dates import DateSpan, best_date
from ..fields.event_cues import AIR, ERV, GRT, NSO, PRO, RIO, SHELL, VAC
from ..fields.roles import CIVILIAN_GROUPS
from ..text.spans import Span

__all__ = ["dated_strikes", "turned_violent", "is_riot", "intervened", "victims_told_after", "dated_like"]

# "Meanwhile, regime shelling on Ariha killed a woman": at the time of the story, not of the sentence
# before (often background: "The operation was launched after 33 soldiers were killed on Thursday").
_CONCURRENT = re.compile(r"\s*(?:Meanwhile|In\s+the\s+meantime|At\s+the\s+same\s+time)\b", re.I)


def dated_like(before: list[dict], sentence: str, sub: str | None = None) -> dict | None:
    """The record whose date an undated record of ``sentence`` takes: the story's first dated record from
    the body (its lead) when the sentence opens with "Meanwhile"; the last record of its sub-event type
    ``sub`` when the sentence says "also" ("shells also struck X": the shelling told before, not the
    other event told since); else the last record (None: none)."""
    if sentence[:30].lstrip()[:1] in ("M", "I", "A", "m") and _CONCURRENT.match(sentence):
        lead = next((r for r in before if r["date_start"] is not None and not r.get("_headline")), None)
        if lead is not None:
            return lead
    if sub is not None and " also " in sentence:
        same = next((r for r in reversed(before) if r["sub_event_type"] == sub and r["date_start"] is not None), None)
        if same is not None:
            return same
    return before[-1] if before else None

_CAPTURES = frozenset({NSO, GRT})
_STRIKES = (AIR, SHELL)
_VIOLENT_DEMO = (RIO, "Violent demonstration")


def dated_strikes(event: EventInfo | None, dates: list[Span], published: date | None
                  ) -> tuple[Span | None, EventInfo, Span] | None:
    """Split a capture from the strikes that the sentence dates on another day.

    Parameters
    ----------
    event : EventInfo or None
        The sentence's (segment's) event; only captures are split.
    dates : list of Span
        The segment's resolved dates (document offsets).
    published : date or None
        Without a date of its own, the capture is dated by publication (ACLED's default).

    Returns
    -------
    tuple or None
        ``(capture date or None, strike event, strike date)``, or None when the sentence
        reports one event (no strike, no date for it, or the same day as the capture).
    """
    if event is None or event.sub_event_type not in _CAPTURES or not dates or not event.triggers:
        return None
    at = event.attrs.get("alt_at", {})
    strike = next((st for st in _STRIKES if st in at), None)
    if strike is None:
        return None
    capture_at, strike_at = event.triggers[0].start, at[strike]
    resolved = [d for d in dates if isinstance(d.value, DateSpan)]
    # The strike's dates: those written after the strike word, and after the capture word if it comes later.
    mine = [d for d in resolved if strike_at < d.start and not strike_at < capture_at < d.start]
    strike_date = best_date(mine)
    if strike_date is None:
        return None
    capture_date = best_date([d for d in resolved if d not in mine])
    if capture_date is None and strike_at < capture_at:
        return None  # "shelled X on Tuesday and captured it": the date is the whole report's
    day = capture_date.value if capture_date is not None else (
        DateSpan(published, published, 2) if published is not None else None)
    if day is None or (day.start <= strike_date.value.end and strike_date.value.start <= day.end):
        return None  # the same days: one event, the capture
    return capture_date, EventInfo(event_type=ERV, sub_event_type=strike,
                                   kind="air" if strike == AIR else "shelling", weapons=list(event.weapons),
                                   attrs={"second_of": event.sub_event_type}), strike_date


def is_riot(event: EventInfo | None) -> bool:
    """Does the sentence report rioting (mob violence or a violent demonstration)?"""
    return event is not None and event.event_type == RIO


def turned_violent(incidents: list[dict], sentence: Span, text_between: str) -> EventInfo | None:
    """A riot reported in the sentence right after a protest: both become one violent demonstration.

    Parameters
    ----------
    incidents : list of dict
        The document's records so far, in text order; the protests of the sentence just
        before ``sentence`` are upgraded in place.
    sentence : Span
        The riot sentence.
    text_between : str
        Document text between the protest's sentence and this one (whitespace only when
        they are adjacent).

    Returns
    -------
    EventInfo or None
        The event the riot sentence's own places take (a violent demonstration), or None
        when no protest was reported just before.
    """
    if not incidents or text_between.strip():
        return None
    last_end = incidents[-1]["evidence_end"]
    protests = [i for i in incidents if i["evidence_end"] == last_end and i["event_type"] == PRO]
    if not protests:
        return None
    for inc in protests:
        inc["event_type"], inc["sub_event_type"] = _VIOLENT_DEMO
        inc["evidence_spans"].append((inc["doc_id"], sentence.start, sentence.end))
    return EventInfo(*_VIOLENT_DEMO, kind="riot")


_INTERVENTIONS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def intervened(incidents: list[dict], fields) -> bool:
    """A sentence naming no place, right after an incident: does it report force used on the
    protesters of a protest just reported?

    If so, the protests of the sentence before take its sub-event type and intervening actor (in
    place; its count is added as any placeless sentence's is), and True is returned.
    """
    event = fields.event
    if not incidents or event is None or event.sub_event_type not in _INTERVENTIONS:
        return False
    last_end = incidents[-1]["evidence_end"]
    protests = [i for i in incidents if i["evidence_end"] == last_end and i["sub_event_type"] == "Peaceful protest"]
    force = next((a.value for a in fields.actors if a.attrs.get("type") not in ("civilians", None)
                  and a.value != "Protesters (Syria)"), None)
    for inc in protests:
        inc["sub_event_type"] = event.sub_event_type
        inc["actor2"] = inc["actor2"] or force
        inc["evidence_spans"].append((inc["doc_id"], fields.sentence.start, fields.sentence.end))
    return bool(protests)


# Events whose actor2 is the victims' side (strikes, bombs, attacks); a battle's other side, a
# capture's loser or a protest's force are never named by who died.
_HARMED = frozenset({ERV, VAC})
_ARMED = frozenset({"state", "rebel", "militia", "external", "unidentified"})


def victims_told_after(incidents: list[dict], fields) -> bool:
    """"Regime forces shelled X. 3 civilians were killed.": the sentence right after a strike or attack
    names its victims; the incidents of the sentence before with no ``actor2`` (and of the same event
    when the sentence names one) take the victims' side: the armed actor said to be hit ("4 HTS
    fighters were killed"), else civilians ("a woman", "civilians", "several civilians were injured").
    True when some incident took it."""
    event = fields.event
    if fields.span.attrs.get("sep") == ";":
        return False  # "...; 44 were killed yesterday including 21 regime members": another report (a tally)
    last_end = incidents[-1]["evidence_end"]
    armed = [a.value for a in fields.actors if a.attrs.get("role") == "victim" and a.attrs.get("type") in _ARMED]
    # Civilians only by default (a bomb or gas with no victims named) yield to an armed side named now; never
    # in violence against civilians, whose victims are civilians whoever they side with.
    targets = [i for i in incidents if i["evidence_end"] == last_end and (i["actor2"] is None or armed and i["event_type"] == ERV and _by_default(i))
               and i["event_type"] in _HARMED and (event is None or event.sub_event_type == i["sub_event_type"])]
    if not targets:
        return False
    civilians = any(a.attrs.get("type") == "civilians" for a in fields.actors) or any(
        g in CIVILIAN_GROUPS for g in fields.casualties.victims)
    taken = False
    for inc in targets:
        side = next((v for v in armed if v != inc["actor1"]), None) or ("Civilians" if civilians and not armed else None)
        if side is not None:
            inc["actor2"] = side
            taken = True
    return taken


def _by_default(inc: dict) -> bool:
    """Is ``inc``'s actor2 Civilians only by its event's default, with no civilian named or counted?"""
    return inc["actor2"] == "Civilians" and not inc["victims"] and "Civilians" not in inc["actors"]


def with_event(fields, event: EventInfo, date_span: Span | None):
    """``fields`` (a SentenceFields) reporting ``event`` on ``date_span`` instead."""
    return replace(fields, event=event, date=date_span)
