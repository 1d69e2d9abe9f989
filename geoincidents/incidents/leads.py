"""A report told in two sentences: the lead counts the dead, the next sentence places the event.

Wire leads often count the dead at no place, or only at a governorate, and place the event in the
sentence after, whose subject refers back to it:

* "A regime missile strike ... killed 16 civilians in northwest Syria overnight. The surface-to-surface
  missile hit the Qah camp, near the village of Qah": the lead's toll, side and event are Qah's;
* "Syrian government shelling killed at least nine civilians in the rebel-held northwest on Friday. The
  Observatory said five civilians were killed in Idlib city and four in the town of Darat Izza": the
  parts keep their own counts and take the lead's event and side;
* "... killed in Idlib province. The ministry said the post near the village of Qastoun was hit": the
  governorate's record moves to the village (``geoincidents.incidents.build``, with
  :data:`PLACING_SUBJECT`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..fields.toll_updates import campaign
from .columns import date_columns, place_columns

__all__ = ["PLACING_SUBJECT", "after_lead", "lead_of", "only_locates_last", "places_the_event", "region_told_after"]

# The subject that refers back to the event just counted, after an optional "X said [on Friday] [that]":
# the event, its weapon, its victims, or the target the lead named ("the post", "the convoy").
PLACING_SUBJECT = re.compile(
    r"(?:[^.;:\"]{0,80}?\bsaid(?:\s+on\s+\w+)?(?:\s+that)?\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|shelling|bombing|bombardment|"
    r"explosion|blast|ambush|incident|missiles?|rockets?|shells|barrel\s+bombs?|counter-?attack|soldiers|victims|"
    r"dead|post|convoy)\b")

# ... or the object: the target the lead named, now with the article ("attacked the position near X").
_PLACING_OBJECT = re.compile(r"\b(?:attacked|struck|hit|targeted|shelled|stormed|bombed|raided)\s+the\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:position|post|convoy|camp|base|checkpoint|school|hospital|market)\b")


def lead_of(sf, has_count: bool):
    """``sf`` (a sentence naming no place) if it can lead a report whose place the next sentence gives:
    it counts the dead of an event of one day or night (not a campaign's tally); else None."""
    when = sf.date.value if sf.date is not None else None
    # (one day, or one night: "overnight" spans two)
    if has_count and sf.event is not None and when is not None and (when.end - when.start).days <= 1 \
            and not campaign(sf.span.text):
        return sf
    return None


def after_lead(text: str, lead, sf, has_count: bool):
    """The fields of ``sf``, a sentence naming places right after ``lead`` (:func:`lead_of`), completed
    from the lead: its counts when ``sf`` refers back to the event with none of its own
    (:data:`PLACING_SUBJECT`), and its event, side and day where ``sf`` has none."""
    if lead is None or sf.sentence.start < lead.sentence.end or text[lead.sentence.end:sf.sentence.start].strip():
        return sf
    own = {a.value for a in lead.actors}
    actors = lead.actors + [a for a in sf.actors if a.value not in own]
    if has_count:
        return replace(sf, event=lead.event, actors=actors, date=sf.date or lead.date) if sf.event is None else sf
    if not PLACING_SUBJECT.match(sf.span.text) and not _PLACING_OBJECT.search(sf.span.text):
        return sf
    # (the lead's event: its summary outranks the weapon the next sentence names, "the missile strikes hit")
    return replace(sf, casualties=lead.casualties, event=lead.event, date=sf.date or lead.date, actors=actors)


# A definite reference back to the event or its target ("when the shells struck the hospital in ...").
_BACK = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:shells|strikes?|missiles?|rockets?|attack|bombardment|shelling|"
                   r"raids?|blast|explosion|hospital|school|market|camp|convoy|post)\b")
_WIDE = ("governorate", "region")


def only_locates_last(text: str, places: list, incidents: list[dict], sf) -> bool:
    """"Regime shelling on a hospital in the town of Atareb killed six. Fourteen others were wounded
    when the shells struck the hospital in western Aleppo province": a sentence right after an incident
    that refers back to it ("the shells", "the hospital") and names only the governorate or region
    around its place tells more of it, at no place of its own."""
    if not incidents or not places or any(m.place.kind not in _WIDE for m in places) or sf.span.attrs.get("sep") == ";":
        return False  # (a report after ";" is another headline, often a tally over the region)
    last = incidents[-1]
    return last["feature_type"] not in _WIDE and not text[last["evidence_end"]:sf.sentence.start].strip() \
        and all(m.place.admin1_pcode == last["admin1_pcode"] for m in places) and bool(_BACK.search(sf.span.text))


def places_the_event(doc, incidents: list[dict], sf, m, mentions: list) -> bool:
    """"... killed in Idlib province on Thursday. The attack took place near the town of Balyun": the
    counted record just made at the governorate moves to the place ``m`` this sentence gives it (in that
    governorate), and takes this sentence's day when the record's own date is not one day.  True when
    it moved."""
    prev = incidents[-1] if incidents else None
    # (a governorate's capital named like it, "in Idlib", may be either: the next sentence says which)
    if (prev is None or prev["fatalities"] is None or not (prev["feature_type"] in ("governorate", "region") or (
            prev["feature_type"] == "city" and prev["location"] == prev["admin1"] and m.place.place_id != prev["place_id"]))
            or prev["admin1_pcode"] != m.place.admin1_pcode or not PLACING_SUBJECT.match(sf.span.text)
            or doc.text[prev["evidence_end"]:sf.sentence.start].strip()):
        return False
    old = next((x for x in mentions if x.start == prev["mention_start"] and x.end == prev["mention_end"]), None)
    if old is not None:
        old.is_incident_location = False
        old.not_incident = f"context: the next sentence places the event at {m.text!r}"
    m.is_incident_location = True
    prev.update(place_columns(m))
    if sf.date is not None and sf.date.value.precision == 1 and prev["time_precision"] != 1:
        prev.update(date_columns(sf.date.value, sf.date.text))
    prev["evidence_spans"].append((doc.doc_id, sf.sentence.start, sf.sentence.end))
    return True


_THE_PROVINCE = re.compile(r"\bthe\s+(?:province|governorate)\b")
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def region_told_after(doc, incidents: list[dict], sf, places: list, mentions: list) -> dict | None:
    """"... seizing more than a dozen villages in the western countryside of Aleppo. The Observatory said
    the fighters captured the villages of X and Y": an uncounted record at a governorate or region, told
    in the sentence before, whose event this sentence places at named places inside it, was the same
    event; it is dropped (its mention becomes context) and returned (its sides may fill this sentence's
    records'), and this sentence's records stand."""
    prev = incidents[-1] if incidents else None
    # (a capital named like its governorate is the governorate where its sentence calls it "the province":
    # "came into force in Idlib at midnight, but monitors reported clashes in the south of the province")
    wide = prev is not None and (prev["feature_type"] in _WIDE or prev["feature_type"] == "city"
                                 and prev["location"] == prev["admin1"] and _THE_PROVINCE.search(prev["evidence"]))
    if not wide or prev["fatalities"] or sf.event is None \
            or prev["evidence_end"] > sf.sentence.start or doc.text[prev["evidence_end"]:sf.sentence.start].strip():
        return None
    same = sf.event.sub_event_type == prev["sub_event_type"] or {sf.event.sub_event_type, prev["sub_event_type"]} <= _TERRITORY
    if not same or not any(m.place.kind not in _WIDE and m.place.admin1_pcode == prev["admin1_pcode"]
                           and m.place.place_id != prev["place_id"] for m in places):
        return None
    incidents.pop()
    for x in mentions:
        if x.start == prev["mention_start"] and x.end == prev["mention_end"]:
            x.is_incident_location = False
            x.not_incident = "context: the next sentence places the region's event at places in it"
    return prev
