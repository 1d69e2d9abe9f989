"""A geopy geocoder over the bundled gazetteer: offline, no HTTP.

It behaves like any geopy geocoder, so code written for Nominatim works
offline with it, and it can be swapped for Nominatim when online.

Examples
--------
>>> from geoincidents import GazetteerGeocoder
>>> loc = GazetteerGeocoder().geocode("Khan Sheikhoun")
>>> loc.raw["pcode"], round(loc.latitude, 2)
('C3987', 35.44)

With geopy's rate limiter and geopandas:

>>> from geopy.extra.rate_limiter import RateLimiter
>>> geocode = RateLimiter(GazetteerGeocoder().geocode, min_delay_seconds=0)
>>> geocode("Saraqeb").raw["name"]
'Saraqab'
>>> import geopandas
>>> df = geopandas.tools.geocode(["Mardikh", "Idlib"], provider=GazetteerGeocoder)
>>> len(df)
2
"""
from __future__ import annotations

from typing import Iterable

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .gazetteer.checks import check_admin1, check_kinds, check_limit, is_missing
from .gazetteer.store import Gazetteer, Place

__all__ = ["GazetteerGeocoder"]


class GazetteerGeocoder(Geocoder):
    """Geocoder for Syrian place names backed by :class:`geoincidents.Gazetteer`.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        The gazetteer to search; default the bundled one (:meth:`Gazetteer.default`).
    admin1 : str, optional
        Default governorate focus (name or P-code) for every query, e.g. ``"Idleb"``.
    kinds : iterable of str, optional
        Default kinds to keep (``"city"``, ``"town"``, ``"village"``, ``"governorate"`` ...).
    min_score : float
        Results scoring below this (0-1) are not returned. Default 0.5.
    timeout, proxies, user_agent, ssl_context, adapter_factory
        Accepted for compatibility with :class:`geopy.geocoders.base.Geocoder`; no
        network request is ever made.

    Notes
    -----
    Each :class:`~geopy.location.Location` carries the gazetteer record in ``.raw``
    (``place_id``, ``pcode``, ``kind``, ``admin1`` ... ``score``).

    geopandas calls ``provider(**kwargs)``; an *instance* of this class may be passed
    as ``provider`` too, since calling an instance returns a configured copy.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        admin1: str | None = None,
        kinds: Iterable[str] | None = None,
        min_score: float = 0.5,
        timeout=DEFAULT_SENTINEL,
        proxies=DEFAULT_SENTINEL,
        user_agent: str | None = None,
        ssl_context=DEFAULT_SENTINEL,
        adapter_factory=None,
    ) -> None:
        super().__init__(timeout=timeout, proxies=proxies, user_agent=user_agent or "geoincidents",
                         ssl_context=ssl_context, adapter_factory=adapter_factory)
        if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
            raise TypeError(f"gazetteer must be a geoincidents.Gazetteer or None, not {type(gazetteer).__name__}")
        self.gazetteer = gazetteer
        self.admin1 = check_admin1(admin1)
        wanted = check_kinds(kinds, None if kinds is None else set(self._gaz.places["kind"]))
        self.kinds = tuple(sorted(wanted)) if wanted is not None else None
        if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not 0 <= min_score <= 1:
            raise ValueError(f"min_score must be a number from 0 to 1, not {min_score!r}")
        self.min_score = float(min_score)

    def __call__(self, **kwargs) -> "GazetteerGeocoder":
        # geopandas.tools.geocode does ``provider(**kwargs)``: support instances too.
        params = {"admin1": self.admin1, "kinds": self.kinds, "min_score": self.min_score, **kwargs}
        return GazetteerGeocoder(self.gazetteer, **params)

    @property
    def _gaz(self) -> Gazetteer:
        return self.gazetteer if self.gazetteer is not None else Gazetteer.default()

    @staticmethod
    def _location(place: Place) -> Location:
        address = ", ".join(dict.fromkeys(
            n for n in (place.name, place.admin3, place.admin2, place.admin1, "Syria") if n))
        return Location(address, Point(place.lat, place.lon), place.to_dict())

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout=DEFAULT_SENTINEL,
        admin1: str | None = None,
        kinds: Iterable[str] | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Resolve a place name.

        Parameters
        ----------
        query : str
            Place name in any common romanisation or in Arabic script.
        exactly_one : bool
            Return the best :class:`~geopy.location.Location` (or None) rather than a list.
        timeout : ignored
            Offline; kept for geopy compatibility.
        admin1 : str, optional
            Governorate focus for this query (overrides the instance default).
        kinds : iterable of str, optional
            Kinds to keep for this query (overrides the instance default).
        limit : int, optional
            Most results when ``exactly_one`` is False (default 10).

        Returns
        -------
        Location, list of Location or None
            None (or an empty list) when nothing matches well enough, as geopy does;
            also for a missing query (None, NaN, "", "nan", "null", "None" ...), so that
            the empty cells of a column stay empty rather than becoming villages.

        Raises
        ------
        TypeError
            If ``query`` is neither text nor a geopy structured-query dict, or an
            argument has the wrong type.
        ValueError
            If ``admin1`` or a kind is unknown, or ``limit`` is negative.
        """
        if isinstance(query, dict):  # geopy structured queries: use the most specific part
            query = next((query[k] for k in ("city", "county", "state", "query") if not is_missing(query.get(k))),
                         None)
        if is_missing(query):
            return None if exactly_one else []
        if not isinstance(query, str):
            raise TypeError(f"query must be a place name (str) or a geopy query dict, not {type(query).__name__}")
        places = self._gaz.lookup(
            query, admin1=check_admin1(admin1) or self.admin1, kinds=kinds or self.kinds,
            limit=1 if exactly_one else (10 if limit is None else check_limit(limit)),
        )
        found = [self._location(p) for p in places if p.score >= self.min_score]
        if exactly_one:
            return found[0] if found else None
        return found

    def reverse(
        self,
        query,
        *,
        exactly_one: bool = True,
        timeout=DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """The admin units containing a point, finest first (sub-district, district, governorate).

        Parameters
        ----------
        query : geopy.point.Point, (lat, lon) tuple or "lat, lon" string
        exactly_one : bool
            Return only the finest unit.
        timeout : ignored

        Examples
        --------
        >>> GazetteerGeocoder().reverse("35.8111, 36.7907").raw["name"]
        'Saraqab'
        """
        point = Point(query)
        units = self._gaz.reverse(point.latitude, point.longitude)
        found = [self._location(p) for p in units]
        if exactly_one:
            return found[0] if found else None
        return found
