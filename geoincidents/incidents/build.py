"""Assemble incidents from sentences: one per place, date span and event.

Per sentence the field extractors give event type, counts, dates, actors and
attribution (:mod:`.reading`); resolved place mentions give the where.  Then:

* sentences that report no event of their own (denials, claims, criticism;
  ceasefire background without a count or date) make no incident;
* sentences without a place but with "the province"/"the town" refer back to
  the last incident place; sentences with only victim groups ("Among the dead
  were 28 children") or only weapons add to the last incident;
* "were among those killed" marks a sub-incident ``part_of`` the last counted one;
* incidents at the same place with overlapping dates merge (:mod:`.merge`), keeping every
  source and evidence span and the most conservative count (exact figures beat
  lower bounds: "Over 70" and "72" are the same 72 deaths).  Dates must allow
  one event: spans that overlap (by half of the longer), or, across documents,
  that touch (a night strike reported as Monday by one outlet and Tuesday by
  another).  Undated records merge with anything, unless both carry date words
  (``date_text``) that could not be resolved and differ ("on Monday" / "on Friday" without a
  publication date are two events).
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from typing import Any

from .assembly import Assembly, finish
from ..fields import Casualties
from ..fields.roles import roles
from ..places.containers import inner_places
from .event_sequence import (dated_like, dated_strikes, intervened, is_riot, turned_violent, victims_told_after,
                             with_event)
from .tolls import parts_at_places, respective_tolls, toll_owner
from .followups import captives_killed_later, continue_toll, date_told_after, event_run
from .perpetrators import lost_side, named_after, weapon_side
from .columns import date_columns as _date_columns, place_columns as _place_columns
from .leads import after_lead, lead_of, only_locates_last, places_the_event, region_told_after
from ..fields.toll_updates import campaign
from ..fields.counts import OTHER as _COUNTED_NOUNS
from ..fields.days_apart import days_apart, shifted_dates
from .merge import merge_incidents  # noqa: F401  (re-exported: callers import it from here)
from ..places.mentions import Mention
from ..text.sentences import EVENT_NOUNS
from ..text.spans import Span
# Re-exported: callers import the sentence reading from here too.
from .reading import SentenceFields, sentence_exclusions, sentence_fields  # noqa: F401

__all__ = ["SentenceFields", "sentence_exclusions", "sentence_fields", "assemble", "merge_incidents"]

# "33 Turkish soldiers were killed in an air strike in Idlib province. The attack took place near
# Balyun": a sentence whose subject is the event (or its victims) just reported places it.
_ANAPHORA = {
    "governorate": re.compile(r"\bthe (?:rebel-held |opposition-held |northwestern |north-western |northern )?"
                              r"(?:province|governorate)\b", re.I),
    "town": re.compile(r"\bthe (?:same )?(?:town|city|village)\b", re.I),
}


# Categories of counted things that are strikes or munitions (the rest: places, time, money ...).
_MUNITIONS = frozenset({
    "missiles", "rockets", "cluster rockets", "cluster bombs", "cluster munitions", "air strikes", "strikes",
    "air raids", "raids", "sorties", "barrel bombs", "bombs", "shells", "mortars", "mortar shells",
    "projectiles", "munitions", "mines", "explosions", "attacks",
})


def _munitions(cas: Casualties) -> dict[str, int]:
    """Strikes and munitions counted in the sentence ("1681 missiles", "more than 150 raids")."""
    out: dict[str, int] = {}
    for c in cas.spans:
        category = _COUNTED_NOUNS.get((c.attrs.get("noun") or "").lower())
        if c.attrs.get("kind") == "other" and category in _MUNITIONS and c.value is not None:
            out[category] = max(out.get(category, 0), c.value)
    return out


_ANSWERED = re.compile(r"in\s+(?:retaliation|response)\s+(?:for|to)\s", re.I)  # a cause clause's opening words
_GENERIC = frozenset({"people", "persons", "person", "individuals", "others"})
_REMOTE = "Explosions/Remote violence"


def _injured_groups(cas: Casualties, remote: bool = False) -> dict[str, int]:
    """The groups of the injured ("injuring 2 volunteers"): whose side was hit when nobody died; else,
    in remote violence (``remote``), people counted with no group ("a strike ... 2 people lost their
    lives"): ACLED codes the unnamed dead or injured of strikes and bombs as civilians (an armed side
    named as hit still comes first in ``roles``; bodies found or people held are no such victims)."""
    out: dict[str, int] = {}
    people = 0
    for c in cas.spans:
        group = c.attrs.get("group")
        if c.attrs.get("kind") == "injured" and group and c.value is not None:
            out[group] = max(out.get(group, 0), c.value)
        elif (not group and c.attrs.get("kind") in ("killed", "injured", "casualties")
              and c.attrs.get("noun") in _GENERIC and c.value is not None):
            people = max(people, c.value)
    return out or ({"people": people} if people and remote else {})


def _incident_id(*parts: Any) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def assemble(doc, fields: list[SentenceFields], mentions: list[Mention], headline_end: int = 0,
             run: Assembly | None = None) -> list[dict]:
    """Incident records (dicts with schema columns plus ``lat``/``lon``) for one document.

    ``headline_end`` is where the title ends: headline sentences are summaries, so
    their records yield to body sentences reporting the same incident. With ``run``, the
    fields of one block of a long document are added to it and ``[]`` is returned: the
    records come from ``assembly.finish(doc, run)`` after the last block.
    """
    # Mentions by the segment (clause group, see geoincidents.fields.clauses) that holds them: a
    # sentence's several segments each own their places, counts and dates.
    seg_starts = [sf.span.start for sf in fields]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.status == "resolved" and not m.not_incident and m.place is not None:
            i = bisect_right(seg_starts, m.start) - 1
            key = fields[i].span.start if i >= 0 and m.start < fields[i].span.end else m.sentence_start
            by_sentence.setdefault(key, []).append(m)
    whole, run = run is None, run or Assembly()
    incidents, last_place, last_counted = run.incidents, run.last_place, run.last_counted
    for sf in fields:
        places = by_sentence.get(sf.span.start, [])
        cas = sf.casualties
        has_count = cas.fatalities is not None or cas.fatalities_low is not None
        for m in places:
            last_place["governorate" if m.place.kind == "governorate" else "town"] = m
        if not places:
            named_after(incidents, sf, doc.text)  # "Amnesty concluded that government forces carried out the attack"
        if not sf.reportable:
            continue
        if is_riot(sf.event) and incidents and incidents[-1]["evidence_end"] <= sf.sentence.start:
            # A riot right after a protest: the protest turned violent (geoincidents.incidents.event_sequence).
            violent = turned_violent(incidents, sf.sentence, doc.text[incidents[-1]["evidence_end"]:sf.sentence.start])
            if violent is not None:
                sf = with_event(sf, violent, sf.date)
        if only_locates_last(doc.text, places, incidents, sf):
            places = []  # "... when the shells struck the hospital in western Aleppo province": more of the last
        if not places and incidents and not doc.text[incidents[-1]["evidence_end"]:sf.sentence.start].strip():
            # Right after an incident: "Regime forces dispersed the protesters" (the protest just reported
            # met force), else "3 civilians were killed." (the victims of the strike just reported).
            if not intervened(incidents, sf):
                victims_told_after(incidents, sf)
        if not places:
            for kind, rx in _ANAPHORA.items():
                if rx.search(sf.span.text) and kind in last_place:
                    places = [last_place[kind]]
                    break
        if places:  # a lead just before may count the dead of the event this sentence places
            sf = after_lead(doc.text, run.lead, sf, has_count)  # (every segment of the sentence after the lead)
            cas, has_count = sf.casualties, sf.casualties.fatalities is not None or sf.casualties.fatalities_low is not None
        if not places:
            run.lead = lead_of(sf, has_count) or run.lead
            if sf.date is not None and sf.date.value.precision == 1:
                run.stated = sf.date  # "SOHR documented 14 deaths on Sunday, May 12": the report's day
                date_told_after(incidents, sf.event, _date_columns(sf.date.value, sf.date.text), sf.span)  # an undated one's too
            cause, tally = sf.span.attrs.get("cause"), sf.span.attrs.get("tally")
            if (cause or tally or not _elaborate(incidents, last_counted, sf)) \
                    and (cause or sf.span.attrs.get("sep") == ";") and (has_count or cas.injured is not None) and incidents:
                head = _head_of_same_event(incidents, sf) or event_run(incidents)[0]
                if not cause and not tally and sf.event is not None and sf.event.sub_event_type == head["sub_event_type"] \
                        and has_count and not campaign(sf.span.text):
                    incidents.append(_same_event(doc, sf, head))
                else:
                    _note_unplaced(head, sf)
            continue
        if places and sf.span.attrs.get("cause") and _ANSWERED.match(sf.span.text) and not has_count \
                and cas.injured is None and (sf.date is None or not sf.span.start <= sf.date.start < sf.span.end):
            for m in places:  # "struck X in response to drone attacks on its Hmeimim air base": the cause, untold
                m.not_incident = "context: the cause of the event reported, with no day or toll of its own"
            continue
        inner = inner_places(places)
        kept = [m for m, o in zip(places, inner) if o is None] or places
        if not has_count and len(kept) == 1 and places_the_event(doc, incidents, sf, kept[0], mentions):
            continue
        told = region_told_after(doc, incidents, sf, kept, mentions)  # "seizing villages in X's countryside. ... captured Y"
        captives_killed_later(incidents, cas, sf.span)  # "They later killed them ... in X"
        if sf.event is None and not has_count and not sf.part_of and not sf.harm:
            continue
        if kept is not places:
            for m, o in zip(places, inner):
                if o is not None:
                    m.not_incident = f"context: locates {o.text!r}, the incident's place"
        places = kept
        # The first count of people (not "35 raids", a count of strikes before the toll).
        count_at = next((c.start for c in cas.spans if c.attrs.get("kind") != "other"), sf.span.start)
        # Counts (dead and wounded) belong to the place the text ties them to (geoincidents.incidents.tolls).
        counted, toll_rule = toll_owner(sf.span.text, sf.span.start, places, count_at) \
            if (has_count or cas.injured or cas.fatalities_high is not None) else (None, None)
        respective = respective_tolls(sf.span.text, places, cas.spans) if has_count else None
        parts = parts_at_places(sf.span.text, sf.span.start, places, cas.spans) if has_count and not respective else None
        parent = last_counted if sf.part_of and last_counted is not None else None
        split = dated_strikes(sf.event, sf.dates, doc.published)
        for m in places:
            m.is_incident_location = True  # recorded here: merging may later fold its record into another
            inc = _new_incident(doc, sf, m, with_count=(m is counted) or (has_count and len(places) == 1))
            weapon_side(inc, sf.sentence.text, incidents)  # barrel bombs; "The drones hit X" after "Turkish drones"
            lost_side(inc, sf.span.text)  # "rebels recaptured X, reversing one of the government's gains"
            inc["actor2"] = inc["actor2"] or (told["actor2"] if told is not None else None)
            if counted is not None:
                inc["fatalities_rule"] = toll_rule if m is counted else f"toll of the list given to {counted.text!r}"
                if m is counted and cas.fatalities_note:
                    inc["fatalities_rule"] += f"; {cas.fatalities_note}"  # e.g. "updated toll supersedes '9'"
            if respective is not None:
                _own_count(inc, respective[id(m)])
            elif parts is not None and id(m) in parts:
                _own_count(inc, parts[id(m)], f"part stated at its place (of {cas.fatalities_text!r})")
            inc["_headline"] = sf.span.start < headline_end
            if parent is not None and parent["place_id"] != inc["place_id"]:
                inc["part_of"] = parent["incident_id"]
            if inc["date_start"] is None and not inc["_headline"]:
                _inherit_date(inc, parent or dated_like(incidents, sf.sentence.text, inc["sub_event_type"]), run.stated)
            incidents.append(inc)
            if split is not None:
                _add_strikes(doc, sf, m, inc, split, incidents)
            if inc["fatalities"] is not None and inc["part_of"] is None:
                last_counted = inc
    run.last_counted = last_counted
    run.grouped.extend(m for ms in by_sentence.values() for m in ms)
    return finish(doc, run) if whole else []


# Columns of where and when a record is (copied to a report of the same event that names no place).
_SAME_EVENT_KEYS = ("location", "location_mention", "place_id", "pcode", "admin1", "admin1_pcode", "admin2",
                    "admin2_pcode", "admin3", "admin3_pcode", "feature_type", "geo_precision", "where_prec",
                    "location_confidence", "lat", "lon", "mention_start", "mention_end", "date_start", "date_end",
                    "time_precision", "date_text", "_headline")


def _same_event(doc, sf: SentenceFields, head: dict) -> dict:
    """A report after ";" that names no place but the event of the counted report before it
    ("Car bomb kills 9 in X; Ten killed, 25 injured after car explodes"): a repeated or updated
    headline of that incident.  Its record takes the head's place and dates, so merging keeps
    the most conservative count of the two (:func:`geoincidents.incidents.merge.merged_count`)."""
    inc = _new_incident(doc, sf, None, with_count=True, where={k: head[k] for k in _SAME_EVENT_KEYS})
    if inc["fatalities_rule"]:
        inc["fatalities_rule"] = "report after ';' of the same event, no place: the report before's"
    inc["incident_id"] = _incident_id(doc.doc_id, head["place_id"], sf.span.start, "same event")
    return inc


_BACK_TO_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:(?:same|deadly|twin|double|suicide|car|truck|bomb|massive|"
                            r"latest|previous|recent)\s+)?(?:" + EVENT_NOUNS + r"|bombings|strikes?|massacre|shooting|"
                            r"incident)\b", re.I)


def _head_of_same_event(incidents: list[dict], sf: SentenceFields) -> dict | None:
    """The one record of this sentence's earlier reports whose event is the place-less report's
    ("Casualties in an explosion in Idlib and shelling on Ariha; 6 killed in the explosion": Idlib),
    or None when none or several are."""
    if sf.event is None or not _BACK_TO_EVENT.search(sf.span.text):
        return None  # only a report that points back at an event told ("the explosion"), not a day's tally
    # This sentence's records are the last ones (records come in text order): read back to them only.
    start, same = sf.sentence.start, []
    for i in reversed(incidents):
        if i["evidence_start"] < start:
            break
        if i["evidence_start"] == start and i["sub_event_type"] == sf.event.sub_event_type and i["part_of"] is None:
            same.append(i)
    return same[-1] if len({i["place_id"] for i in same}) == 1 else None


def _note_unplaced(head: dict, sf: SentenceFields) -> None:
    """A report after ";" (or a clause giving the event's cause) that names no place and whose
    count no record before takes: "Jets struck Ariha and Sarmin; 47 killed by explosions", "5
    killed in Sarmin; 3 civilians killed", a day's tally ("140 were killed yesterday, including
    ..."), a repeated headline of the same event, the IED that a raid followed.  The text ties it
    to no place, and an incident needs one: it is not mapped, and it never adds to another
    report's count.  Its words are noted in the ``fatalities_rule`` of the head of the report
    before (with its evidence span), so nothing is dropped silently."""
    words = sf.casualties.fatalities_text or str(sf.casualties.fatalities)
    what = "the cause of the event, which names no place" if sf.span.attrs.get("cause") else \
        "a monitor's tally of a day over the country" if sf.span.attrs.get("tally") else (
        "a campaign's total" if campaign(sf.span.text) else "a report after ';' that names no place")
    note = f"not counted here: {words!r} ({what})"
    head["fatalities_rule"] = "; ".join(t for t in (head["fatalities_rule"], note) if t)
    head["evidence_spans"].append((head["doc_id"], sf.span.start, sf.span.end))


def _new_incident(doc, sf: SentenceFields, m: Mention | None, with_count: bool, where: dict | None = None) -> dict:
    """A record of ``sf``'s event at mention ``m`` (or with the place and date columns ``where``)."""
    cas, ev = sf.casualties, sf.event
    actor1, actor2 = roles(sf.actors, ev.event_type if ev else None, ev.sub_event_type if ev else None,
                           (cas.victims or _injured_groups(cas, bool(ev) and ev.event_type == _REMOTE))
                           if with_count else None)
    inc = {
        "doc_id": doc.doc_id,
        "event_type": ev.event_type if ev else None, "sub_event_type": ev.sub_event_type if ev else None,
        "weapons": list(ev.weapons) if ev else [],
        "actor1": actor1, "actor2": actor2, "actors": list(dict.fromkeys(a.value for a in sf.actors)),
        "fatalities": cas.fatalities if with_count else None,
        "fatalities_low": cas.fatalities_low if with_count else None,
        "fatalities_high": cas.fatalities_high if with_count else None,
        "fatalities_text": cas.fatalities_text if with_count else None,
        "fatalities_rule": "at its place" if with_count and cas.fatalities is not None else None,
        "victims": dict(cas.victims) if with_count else {}, "victims_text": cas.victims_text if with_count else None,
        "injured": cas.injured if with_count else None, "part_of": None, "munitions": _munitions(cas),
        **_date_columns(sf.date.value if sf.date else None, sf.date.text if sf.date else None),
        **(_place_columns(m) if m is not None else where),
        "source": doc.source, "source_title": doc.title, "source_url": doc.url, "published": doc.published,
        # As written ("Civil Defense"), so a user can find it in the text; canonical names vary by outlet.
        "attribution": sf.attribution.value if sf.attribution else None,
        # The whole sentence, also for an incident read from one of its clauses.
        "evidence": sf.sentence.text, "evidence_start": sf.sentence.start, "evidence_end": sf.sentence.end,
        "sources": [doc.doc_id], "evidence_spans": [(doc.doc_id, sf.sentence.start, sf.sentence.end)],
    }
    if inc["date_start"] is None and sf.date_words:
        inc["date_text"] = sf.date_words  # the words, unresolved (no publication date): told apart when merging
    if sf.shift is not None:
        inc["_shift"] = sf.shift  # a clause "a week after ...": so many days from the record it takes its date from
    if m is not None:
        inc["incident_id"] = _incident_id(doc.doc_id, m.place.place_id, sf.span.start, m.start)
    return inc


def _add_strikes(doc, sf: SentenceFields, m: Mention, capture: dict, split: tuple, incidents: list[dict]) -> None:
    """A capture after strikes the text dates apart: the strikes are a second incident at the place."""
    capture_date, strike, strike_date = split
    when = capture_date.value if capture_date is not None else None
    # Dated by publication when the text gives it no day of its own, so it never merges with the strikes.
    capture.update(_date_columns(when, capture_date.text) if when is not None else
                   {"date_start": doc.published, "date_end": doc.published, "time_precision": 2, "date_text": None})
    inc = _new_incident(doc, with_event(sf, strike, strike_date), m, with_count=False)
    inc["incident_id"] = _incident_id(inc["incident_id"], strike.sub_event_type)
    inc["_headline"] = capture["_headline"]
    incidents.append(inc)


def _own_count(inc: dict, count: Span, rule: str = "respectively: the list's counts in order") -> None:
    """One count of a "respectively" list, or a part stated at its place: the place's own toll (its
    words, its bounds, its group)."""
    group = count.attrs.get("group")
    inc.update(fatalities=count.value, fatalities_low=count.attrs.get("low"), fatalities_high=count.attrs.get("high"),
               fatalities_text=count.attrs["number_text"], fatalities_rule=rule,
               victims={group: count.value} if group else {}, victims_text=count.text if group else None)


def _inherit_date(inc: dict, src: dict | None, stated: Span | None = None) -> None:
    """No date in the sentence: take the date of the incident it continues, else the day a
    sentence before that names no place stated ("SOHR documented 14 deaths on Sunday, May 12.")."""
    if src is not None and src.get("date_start") is not None:
        shift = inc.pop("_shift", None)
        shift = days_apart(inc.get("date_text")) if shift is None else shift  # "The day before, ...": from the record before
        words = inc.get("date_text")
        for k in ("date_start", "date_end", "time_precision", "date_text"):
            inc[k] = src[k]
        if shift is not None:
            inc.update(shifted_dates(inc, shift), date_text=words)
    elif stated is not None:
        inc.update(_date_columns(stated.value, stated.text))


def _elaborate(incidents: list[dict], last_counted: dict | None, sf: SentenceFields) -> bool:
    """A sentence with no place adds victim groups, weapons and actors to the incident it continues.

    True when its count went to an incident before (see :func:`geoincidents.incidents.followups.continue_toll`)."""
    target = last_counted if last_counted is not None else (incidents[-1] if incidents else None)
    if target is None:
        return False
    cas = sf.casualties
    if continue_toll(incidents, cas, sf.event, sf.span):
        return True  # the toll of the incident just reported, updated, or its captives killed (geoincidents.incidents.followups)
    if cas.fatalities is None and cas.victims:
        for group, n in cas.victims.items():
            target["victims"][group] = max(n, target["victims"].get(group, 0))
        target["victims_text"] = "; ".join(t for t in (target["victims_text"], cas.victims_text) if t)
    elif not (sf.event and sf.event.weapons) and not cas.victims:
        return False
    for noun, n in _munitions(cas).items():
        target["munitions"][noun] = max(n, target["munitions"].get(noun, 0))
    if sf.event:
        target["weapons"] = list(dict.fromkeys(target["weapons"] + sf.event.weapons))
    target["actors"] = list(dict.fromkeys(target["actors"] + [a.value for a in sf.actors]))
    target["evidence_spans"].append((target["doc_id"], sf.span.start, sf.span.end))  # same document
    return False
