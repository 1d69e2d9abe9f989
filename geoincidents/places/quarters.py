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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..gazetteer.store import Place

__all__ = ["QUARTER_RADIUS_KM", "is_quarter_of"]

#: Farthest a quarter lies from its city's point (Aleppo's outer quarters: ~8 km).
QUARTER_RADIUS_KM = 15.0


def is_quarter_of(quarter: "Place", city: "Place") -> bool:
    """Is ``quarter`` a neighbourhood of ``city`` (same sub-district, within 15 km of its point)?"""
    return (quarter.kind == "neighbourhood" and city.kind == "city" and city.admin3_pcode is not None
            and quarter.admin3_pcode == city.admin3_pcode and quarter.distance_km(city) <= QUARTER_RADIUS_KM)
