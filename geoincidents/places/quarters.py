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

import re
from typing import TYPE_CHECKING, Sequence

from .anchors import Anchors

if TYPE_CHECKING:
    from ..gazetteer.store import Place

__all__ = ["QUARTER_RADIUS_KM", "is_quarter_of", "mark_quarters_of_other_cities", "mark_unknown_quarters"]

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


# "clashes continue in Manshiya neighborhood", "al Romania neighbourhood": a quarter, by the word after it.
_QUARTER_WORD = re.compile(r"['’]?\s+(?:neighbou?rhoods?|quarters?)\b", re.I)


def mark_unknown_quarters(text: str, mentions: Sequence) -> None:
    """A name the text calls a neighbourhood but the gazetteer knows only as a village or town farther than
    ``QUARTER_RADIUS_KM`` from the city named before it (in its sentence or the one before; else after it in
    its sentence) is a quarter of that city the gazetteer lacks ("Daraa city ... clashes continue in
    Manshiya neighborhood": not the village Mansiyeh near Aleppo): the city, precision 2.  With no city
    named, it is left as resolved (the village may be right).  Runs after the rules that read "X
    neighbourhood in/of Y".

    Only a place far (over 40 km) from every other place the document names moves: "Al-Waer neighborhood"
    in a text naming Homs is the village by Homs the gazetteer has, whatever city came last.

    Linear: one pass, keeping the last city named and the quarters still waiting for one in the sentence;
    the nearness test looks at the grid cells around the place (:class:`geoincidents.places.anchors.Anchors`).
    """
    if not any(_QUARTER_WORD.match(text, m.end) for m in mentions if m.status == "resolved"):
        return
    anchors = Anchors(m.place for m in mentions if m.status == "resolved" and m.place is not None)
    city, waiting = None, []
    for m in mentions:
        if city is not None and m.sentence_start != city.sentence_start and m.sentence_start - city.sentence_end > 3:
            city = None  # only the sentence of the city and the one right after it
        if waiting and waiting[0].sentence_start != m.sentence_start:
            waiting = []  # a city named after the quarter counts in its sentence only
        if m.status != "resolved" or m.place is None or m.not_incident:
            continue
        if m.place.kind == "city":
            city = m
            for q in waiting:  # "al Qadissiya neighbourhood, west of Raqqa city"
                _move_to(q, city)
            waiting = []
        elif m.place.kind != "neighbourhood" and _QUARTER_WORD.match(text, m.end) \
                and anchors.bonus(m.place, m.place.name) == 0.0:
            if city is None:
                waiting.append(m)
            elif m.place.distance_km(city.place) > QUARTER_RADIUS_KM:
                _move_to(m, city)


def _move_to(m, city) -> None:
    m.reason = (f"a quarter of {city.text!r} the gazetteer lacks (its {m.place.name!r} is a "
                f"{m.place.kind} of {m.place.admin1}, far from every place the text names)")
    m.place, m.geo_precision, m.where_prec = city.place, 2, 2
