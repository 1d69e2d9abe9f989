"""Places that contain another place named with them: the container only locates it.

"Ariha in Idlib province": the province only locates Ariha, it is not a second incident;
"Sheikh Maqsoud ... of Aleppo": the city locates its quarter; "In Deir ez-Zor, ... near
al-Busayrah": a capital named like its governorate stands for the governorate when a place
inside it is named too.  Containment is read from the gazetteer's admin P-codes.
"""
from __future__ import annotations

from .mentions import Mention
from .quarters import is_quarter_of

__all__ = ["ADMIN_LEVELS", "contains", "drop_containers", "governorate_named", "inner_places", "names_governorate"]

# Cues that name a capital as a point, never as its governorate: "the city of Homs", "east of Homs", "near Homs".
_POINT_CUES = ("city", "town", "direction of", "near")

#: Admin unit kinds, each with the column of a place's admin P-codes that the unit's own P-code fills.
ADMIN_LEVELS = {"governorate": "admin1_pcode", "district": "admin2_pcode", "subdistrict": "admin3_pcode"}


def names_governorate(m: Mention) -> bool:
    """Is a governorate of ``m``'s place's own governorate among its candidates?  A capital named
    like its governorate ("Deir ez-Zor") may then stand for the governorate."""
    return any(c.kind == "governorate" and c.pcode == m.place.admin1_pcode for c in m.candidates)


def governorate_named(m: Mention):
    """The governorate ``m`` names: its place, if a governorate, or the one a capital named like its
    governorate stands for ("Idlib", "Hama"); None for any other place."""
    if m.place.kind == "governorate":
        return m.place
    if m.place.kind == "city":
        return next((c for c in m.candidates if c.kind == "governorate" and c.pcode == m.place.admin1_pcode), None)
    return None


def _unit_code(place) -> tuple[str, str | None] | None:
    """For an admin unit or a governorate's countryside: the admin P-code column and the code
    that its places carry there; None for any other place."""
    if place.kind in ADMIN_LEVELS:
        return ADMIN_LEVELS[place.kind], place.pcode
    if place.place_id.endswith("-countryside"):
        return "admin1_pcode", place.admin1_pcode
    return None


def contains(outer: Mention, inner: Mention) -> bool:
    """Does ``outer``'s place contain ``inner``'s (by admin P-codes)?"""
    o, i = outer.place, inner.place
    if o.place_id == i.place_id:
        return False
    if is_quarter_of(i, o):
        return True  # "Sheikh Maqsoud ... of Aleppo": the city locates its quarter
    unit = _unit_code(o)
    if unit is not None:
        key, code = unit
        return code is not None and getattr(i, key) == code
    # "In Deir ez-Zor, ... near al-Busayrah": a capital whose name is also its governorate's
    # (the resolver saw both among the candidates), without "city", stands for the governorate
    # when a place inside it is named too.
    return (o.kind == "city" and outer.cue not in _POINT_CUES and names_governorate(outer)
            and i.admin1_pcode == o.admin1_pcode)


def drop_containers(places: list[Mention]) -> list[Mention]:
    """"Ariha in Idlib province": the province only locates Ariha; it is not a second incident."""
    return [m for m in places if not any(contains(m, other) for other in places if other is not m)] or places


def inner_places(places: list[Mention]) -> list[Mention | None]:
    """For each mention, the first of ``places`` whose place it contains (:func:`contains`), or None.

    What :func:`drop_containers` and a search for each container's inner place give, but
    through an index of admin codes: testing every pair was quadratic in a sentence that
    names hundreds of places.
    """
    if len(places) < 2:
        return [None] * len(places)  # a place never contains itself (most sentences name one)
    # (level, code) -> [first index, first index whose place differs from the first one's]
    first: dict[tuple[str, str | None], list] = {}
    for i, o in enumerate(places):
        for key in ("admin1_pcode", "admin2_pcode", "admin3_pcode"):
            slot = first.setdefault((key, getattr(o.place, key)), [i, None])
            if slot[1] is None and places[slot[0]].place.place_id != o.place.place_id:
                slot[1] = i
    # Quarters (neighbourhoods) by sub-district: a city contains those of its own (few per sentence).
    quarters: dict[str | None, list[Mention]] = {}
    for q in places:
        if q.place.kind == "neighbourhood":
            quarters.setdefault(q.place.admin3_pcode, []).append(q)
    out: list[Mention | None] = []
    for m in places:
        o = m.place
        unit = _unit_code(o)
        if unit is not None:
            slot = first.get(unit) if unit[1] is not None else None
        elif o.kind == "city" and m.cue not in _POINT_CUES and names_governorate(m):
            slot = first.get(("admin1_pcode", o.admin1_pcode))
        else:
            slot = None
        if slot is None:
            out.append(next((q for q in quarters.get(o.admin3_pcode, ()) if is_quarter_of(q.place, o)), None)
                       if o.kind == "city" else None)
        elif places[slot[0]].place.place_id != o.place_id:
            out.append(places[slot[0]])
        else:
            out.append(places[slot[1]] if slot[1] is not None else None)
    return out
