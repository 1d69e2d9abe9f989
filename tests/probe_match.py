"""Matching hand-coded gold incidents to extracted ones, shared by the blind probe tests.

A gold row names a place as an analyst writes it; the incident at that place is the one whose mention
is written so or whose gazetteer entry is that name's best match (or one of its namesakes).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

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


class G(NamedTuple):
    """One gold incident of an article probe: the place as written and the fields an analyst codes there."""

    place: str
    sub: object
    dead: object
    day: object
    actor1: object = ANY
    actor2: object = ANY


def article_field(inc: dict, g: G, family: str) -> tuple:
    """(got, right) for one gold row of an article probe and one field family ("dead", "day", "sub", actors)."""
    if family == "dead":
        got = inc["fatalities"] or 0
        return got, matches(got, g.dead)
    if family == "day":
        got = str(inc["date_start"])[:10]
        return got, matches(got, g.day)
    if family == "sub":
        return inc["sub_event_type"], matches(inc["sub_event_type"], g.sub)
    got = (inc["actor1"], inc["actor2"])
    if g.sub == "Armed clash":  # a clash has two sides, in either order
        return got, any(matches(a, g.actor1) and matches(b, g.actor2) for a, b in (got, got[::-1]))
    return got, matches(got[0], g.actor1) and matches(got[1], g.actor2)


def article_wanted(g: G, family: str) -> bool:
    """Does the gold row code this field family?"""
    return {"dead": g.dead, "day": g.day, "sub": g.sub}.get(family, (g.actor1, g.actor2)) not in (ANY, (ANY, ANY))


_ACTORS = json.loads((Path(__file__).parents[1] / "geoincidents" / "fields" / "actors.json").read_text())["actors"]


def actor_side(actor: str | None) -> str | None:
    """The side of a library actor name, the generic actors by a short name ("UAG", "Protesters", "Rioters")."""
    if not actor:
        return None
    for prefix, short in (("Unidentified", "UAG"), ("Protesters", "Protesters"), ("Rioters", "Rioters")):
        if actor.startswith(prefix):
            return short
    return (_ACTORS.get(actor) or {}).get("side") or actor
