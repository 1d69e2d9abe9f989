"""Matching hand-coded gold incidents to extracted ones, shared by the blind probe tests.

A gold row names a place as an analyst writes it; the incident at that place is the one whose mention
is written so or whose gazetteer entry is that name's best match (or one of its namesakes).
"""
from __future__ import annotations

from geoincidents import lookup

#: A gold field that takes any value.
ANY = object()


def place_ids(place: str) -> set:
    """The gazetteer entries an analyst means by ``place``: the best match and its namesakes of one name."""
    found = lookup(place)
    return {p.place_id for p in found if p.name == found[0].name} if found else set()


def incidents_at(incidents: list, place: str) -> list:
    """The incidents at ``place`` (by the mention's words or the gazetteer entry)."""
    ids = place_ids(place)
    return [i for i in incidents if (i["location_mention"] or "").lower() == place.lower() or i["place_id"] in ids]


def matches(got: object, want: object) -> bool:
    """Does ``got`` agree with a gold value (``ANY``, one of a tuple, or equal)?"""
    if want is ANY:
        return True
    return got in want if isinstance(want, tuple) else got == want


def pick(incidents: list, place: str, sub: object) -> dict | None:
    """The incident at the gold place, preferring one of the gold sub-event type."""
    at = incidents_at(incidents, place)
    same = [i for i in at if matches(i["sub_event_type"], sub)]
    return (same or at or [None])[0]


def wrong_rows(incidents: list, gold: list, absent: list, family: str, field, wanted) -> list:
    """The gold rows a family of checks gets wrong, with what came out.

    ``family`` "present": gold places without an incident; "absent": places that must not be incidents
    but are; else ``field(incident, row, family)`` gives ``(got, right)`` for the rows ``wanted(row,
    family)`` codes.  Gold rows carry ``place`` and ``sub``.
    """
    if family == "absent":
        return [(p, [(i["location_mention"], i["sub_event_type"]) for i in incidents_at(incidents, p)])
                for p in absent if incidents_at(incidents, p)]
    out = []
    for g in gold:
        inc = pick(incidents, g.place, g.sub)
        if family == "present":
            if inc is None:
                out.append((g.place, [(i["location_mention"], i["sub_event_type"]) for i in incidents]))
        elif inc is not None and wanted(g, family):
            got, right = field(inc, g, family)
            if not right:
                out.append((g.place, got))
    return out
