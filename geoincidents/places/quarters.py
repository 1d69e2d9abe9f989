"""Quarters of a city: "Sheikh Maqsoud neighbourhood of Aleppo" names one place, not two.

The gazetteer knows Aleppo's neighbourhoods (kind ``neighbourhood``; OCHA).
When a text names a quarter and its city, the city only locates the quarter,
as a governorate locates a village: :mod:`geoincidents.incidents.build` makes one
incident at the quarter, and the city becomes context.

Examples
--------
>>> from geoincidents import Gazetteer
>>> gaz = Gazetteer.default()
>>> quarter = gaz.lookup("Sheikh Maqsoud", kinds=("neighbourhood",))[0]
>>> is_quarter_of(quarter, gaz.lookup("Aleppo", kinds=("city",))[0])
True
>>> is_quarter_of(quarter, gaz.lookup("Idlib", kinds=("city",))[0])
False
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from ..gazetteer.store import Place

__all__ = ["QUARTER_RADIUS_KM", "is_quarter_of", "mark_quarters_of_other_cities"]

#: Farthest a quarter lies from its city's point (Aleppo's outer quarters: ~8 km).
QUARTER_RADIUS_KM = 15.0


def is_quarter_of(quarter: "Place", city: "Place") -> bool:
    """Is ``quarter`` a neighbourhood of ``city`` (same sub-district, within 15 km of its point)?"""
    return (quarter.kind == "neighbourhood" and city.kind == "city" and city.admin3_pcode is not None
            and quarter.admin3_pcode == city.admin3_pcode and quarter.distance_km(city) <= QUARTER_RADIUS_KM)


#: A place named within this distance (km) of a quarter ties the text to the quarter's city.
_TIES_KM = 40.0
_SETTLEMENTS = frozenset({"city", "town", "village"})


def mark_quarters_of_other_cities(mentions: Sequence) -> None:
    """Quarter names are common to many cities (al-Fardous, al-Andalus, Tishreen, al-Zahraa): the
    gazetteer's quarters of Aleppo are the place only when the text is about Aleppo. When the
    document names no place near the quarter (nor its governorate) but does name a town elsewhere,
    the quarter is read as one of the city named before it in its sentence ("shelling on Al-Raqqah
    city ... al-Fardous": Raqqa's quarter, precision 2), or else becomes context.

    Linear: each distinct place named is compared with one quarter (all lie within a few km), and
    the quarters are found again by identity in one pass.
    """
    quarters = [m for m in mentions if m.status == "resolved" and m.place is not None
                and m.place.kind == "neighbourhood" and not m.not_incident
                and (m.gloss_of is None or mentions[m.gloss_of].status != "resolved")]  # else it follows its head
    if not quarters:
        return
    q0 = quarters[0].place
    elsewhere = None
    seen: set[str] = set()
    for m in mentions:
        p = m.place if m.status == "resolved" else None
        if p is None or p.kind == "neighbourhood" or p.place_id in seen:
            continue
        seen.add(p.place_id)
        if p.pcode == q0.admin1_pcode or p.distance_km(q0) <= _TIES_KM:
            return  # the text names Aleppo, its governorate or a place near: its quarters are Aleppo's
        if elsewhere is None and p.kind in _SETTLEMENTS:
            elsewhere = m
    if elsewhere is None:
        return
    city = None  # the last city named so far in the sentence
    qids = {id(q) for q in quarters}  # (a set: a long page names many quarters)
    for m in mentions:
        if city is not None and city.sentence_start != m.sentence_start:
            city = None
        if m.status == "resolved" and m.place is not None and m.place.kind == "city" and not m.not_incident:
            city = m
        elif id(m) in qids:
            if city is not None:
                m.place, m.geo_precision, m.where_prec = city.place, 2, 2  # a quarter of the city named
            else:
                m.not_incident = (f"context: {m.place.name!r} is a quarter of Aleppo by name, but the text "
                                  f"names no place there and is about {elsewhere.text!r}")
