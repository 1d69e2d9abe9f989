"""A gazetteer entry: :class:`Place`, as :meth:`Gazetteer.lookup <geoincidents.gazetteer.store.Gazetteer.lookup>` returns it."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import shapely

__all__ = ["Place", "great_circle_km"]


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance between two points, in km (Earth radius 6,371 km).

    >>> round(great_circle_km(35.93, 36.63, 35.83, 36.63))
    11
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Place:
    """One gazetteer entry, as returned by :meth:`Gazetteer.lookup`.

    ``score`` (0-1) says how well the looked-up name matched, with importance
    and focus; ``matched`` is the variant name that matched.
    """

    place_id: str
    name: str
    name_ar: str | None
    kind: str
    lat: float
    lon: float
    pcode: str | None
    admin1: str | None
    admin1_pcode: str | None
    admin2: str | None
    admin2_pcode: str | None
    admin3: str | None
    admin3_pcode: str | None
    population: int | None
    score: float = 1.0
    matched: str | None = None
    names: tuple[str, ...] = field(default=(), repr=False)
    source_ids: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict:
        """Plain JSON-able dict (names and source ids as lists)."""
        d = asdict(self)
        d["names"], d["source_ids"] = list(self.names), list(self.source_ids)
        return d

    @property
    def point(self) -> shapely.Point:
        return shapely.Point(self.lon, self.lat)

    def distance_km(self, other: "Place") -> float:
        """Great-circle distance to another place, in km.

        Written out rather than geopy's ``great_circle``: resolution calls it for every
        pair of candidates, and geopy's version is ~13x slower there.

        Examples
        --------
        >>> from geoincidents import Gazetteer
        >>> gaz = Gazetteer.default()
        >>> round(gaz.get("ocha:C3930").distance_km(gaz.get("ocha:C3916")))
        6
        """
        return great_circle_km(self.lat, self.lon, other.lat, other.lon)
