"""Argument checks shared by the public lookup API (:mod:`.store`, :mod:`geoincidents.geocoder`).

Each check either returns the argument in its canonical form or raises
``TypeError``/``ValueError`` naming the argument and what is accepted, so that a
wrong call fails at the call rather than as an ``AttributeError`` deep inside,
or silently returns nonsense.
"""
from __future__ import annotations

import math
import numbers
from typing import Any, Iterable

__all__ = ["MISSING_MARKERS", "is_missing", "check_admin1", "check_bbox", "check_kinds", "check_limit"]

#: Strings that spreadsheets, pandas and databases write for "no value" (compared lower-cased).
#: "nan" would otherwise be the village Nina and "null" the village Nula.
MISSING_MARKERS = frozenset({"", "nan", "none", "null", "<na>", "nat", "n/a", "na"})

def is_missing(value: Any) -> bool:
    """True for None, NaN, ``pd.NA``/``NaT`` and the usual missing-value strings ("nan", "null" ...).

    Examples
    --------
    >>> [is_missing(v) for v in (None, float("nan"), "NaN", " null ", "Nina")]
    [True, True, True, True, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in MISSING_MARKERS
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT without importing pandas: both are "not equal to themselves"-like singletons.
    return type(value).__name__ in ("NAType", "NaTType")


def check_admin1(admin1: Any, what: str = "admin1") -> str | None:
    """A governorate name or P-code (str), or None."""
    if admin1 is None or isinstance(admin1, str):
        return admin1
    raise TypeError(f"{what} must be a governorate name or P-code such as 'Idleb' or 'SY07' (a str), "
                    f"not {type(admin1).__name__} {admin1!r}")


def check_bbox(bbox: Any, what: str = "bbox") -> tuple[float, float, float, float] | None:
    """``(min_lon, min_lat, max_lon, max_lat)`` as a tuple of floats; any 4-sequence of numbers is accepted.

    >>> check_bbox([36, 35, 37.5, 36])
    (36.0, 35.0, 37.5, 36.0)
    """
    if bbox is None:
        return None
    if isinstance(bbox, (str, bytes)) or not hasattr(bbox, "__len__") or len(bbox) != 4:
        raise TypeError(f"{what} must be 4 numbers (min_lon, min_lat, max_lon, max_lat), not {bbox!r}")
    if not all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in bbox):
        raise TypeError(f"{what} must be 4 numbers (min_lon, min_lat, max_lon, max_lat), not {bbox!r}")
    minx, miny, maxx, maxy = (float(v) for v in bbox)
    if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
        raise ValueError(f"{what} must be finite numbers, not {bbox!r}")
    if minx > maxx or miny > maxy:
        raise ValueError(f"{what} is (min_lon, min_lat, max_lon, max_lat): minimum above maximum in {bbox!r}")
    return minx, miny, maxx, maxy


def check_kinds(kinds: Any, known: Iterable[str] | None = None, what: str = "kinds") -> frozenset[str] | None:
    """Feature kinds as a frozenset (one kind may be given as a str), or None.

    ``known``: the gazetteer's kinds (its data decides, not this module); unknown ones raise.
    """
    if kinds is None:
        return None
    if type(kinds) is tuple and all(type(k) is str for k in kinds) and (
            known is None or type(known) in (set, frozenset) and known.issuperset(kinds)):
        # What lookups ask (a tuple of known kinds): the checks below pass (their ABC isinstance and the
        # copy of ``known`` cost several microseconds a lookup), same answer.
        return frozenset(kinds)
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, Iterable):
        raise TypeError(f"{what} must be a kind or a list of kinds such as ['town', 'village'], not {kinds!r}")
    wanted = frozenset(kinds)
    if not all(isinstance(k, str) for k in wanted):
        raise TypeError(f"{what} must be kind names (str) such as 'town', not {sorted(map(repr, wanted))}")
    unknown = sorted(wanted - set(known)) if known is not None else []
    if unknown:
        raise ValueError(f"unknown {what} {unknown}: use some of {sorted(set(known))}")
    return wanted


def check_limit(limit: Any, what: str = "limit") -> int:
    """A non-negative int (``numbers.Integral``; bool and floats are refused)."""
    if type(limit) is int and limit >= 0:
        return limit  # the common case, without the ABC isinstance check
    if isinstance(limit, bool) or not isinstance(limit, numbers.Integral):
        raise TypeError(f"{what} must be a non-negative int, not {type(limit).__name__} {limit!r}")
    if limit < 0:
        raise ValueError(f"{what} must be a non-negative int, not {limit!r}")
    return int(limit)
