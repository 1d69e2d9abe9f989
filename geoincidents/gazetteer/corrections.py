"""Analysts' corrections to the gazetteer: places, aliases and names that are no place.

Analysts know their area better than any source.  Without rebuilding the
package they can, in a CSV file or a DataFrame, one row each:

* **add a place**: ``name`` (and ``aliases``, ``|``-separated), ``lat``, ``lon``;
  optional ``kind`` (default ``village``), ``place_id``, ``pcode`` and admin units
  (``admin1``, ``admin1_pcode`` ... ``admin3_pcode``; filled in from the point's
  polygons when missing), ``population``, ``name_ar``;
* **add an alias** to a place the gazetteer has: ``name`` (the alias) and the
  ``place_id`` it points at (``ocha:C4071``); with ``lat``/``lon`` too, the
  place is moved there;
* **block a name**: ``name`` and ``never`` = ``yes``: it never resolves.

A corrected name is preferred over every other place that name matches: the
analyst's word wins over the sources' ranking.

Examples
--------
A misspelt village the text writes "Maarat Hurmeh", first lost, then fixed:

>>> import pandas as pd
>>> from geoincidents import Gazetteer
>>> fixes = pd.DataFrame([{"name": "Marat Hurmeh", "place_id": "ocha:C4071"},
...                       {"name": "Fierce", "never": "yes"}])
>>> gaz = Gazetteer.default().with_places(fixes)
>>> gaz.lookup("Marat Hurmeh")[0].place_id
'ocha:C4071'
>>> gaz.lookup("Fierce")
[]
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .normalize import fold, is_arabic, name_keys
from .search import split_kind_words
from .store import Gazetteer, Place

__all__ = ["CorrectedGazetteer", "with_places", "use_gazetteer", "read_corrections", "ENV_VAR"]

#: Environment variable naming correction files (``os.pathsep``-separated) applied to the default
#: gazetteer: worker processes (spawned) inherit it, so they use the same corrections.
ENV_VAR = "GEOINCIDENTS_PLACES"
Source = Union[str, Path, pd.DataFrame]
_TRUE = {"1", "true", "yes", "y", "x", "never"}
_ADMIN = ["admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"]
#: Importance of an analyst's place by kind (the bundled data's medians).
_IMPORTANCE = {"city": 1.2, "town": 0.6, "village": 0.2, "neighbourhood": 0.3, "governorate": 0.95,
               "district": 0.45, "subdistrict": 0.3, "region": 0.7}


def read_corrections(source: Source) -> pd.DataFrame:
    """The corrections table of a CSV/Parquet path or a DataFrame, columns lower-cased, text stripped.

    Raises
    ------
    ValueError
        If there is no ``name`` column, or a row has no name.
    """
    if isinstance(source, pd.DataFrame):
        df = source.copy()
    else:
        path = Path(source)
        df = (pd.read_parquet(path) if path.suffix.lower() == ".parquet"
              else pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig"))
    df.columns = [str(c).strip().lower() for c in df.columns]
    if "name" not in df.columns:
        raise ValueError(f"a corrections table needs a 'name' column; it has {list(df.columns)}")
    df = df.astype(object).where(pd.notna(df), None)
    for c in df.columns:
        df[c] = [v.strip() if isinstance(v, str) else v for v in df[c]]
    if any(not v for v in df["name"]):
        raise ValueError("every correction needs a name (row without one)")
    return df


def _names_of(row: dict) -> list[str]:
    aliases = [a.strip() for a in re.split(r"[|;]", row.get("aliases") or "") if a.strip()]
    return list(dict.fromkeys([row["name"], *aliases]))


def _number(row: dict, key: str) -> float | None:
    v = row.get(key)
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"correction {row['name']!r}: {key} must be a number, not {v!r}") from None
    if not np.isfinite(x) or (key == "lat" and abs(x) > 90) or (key == "lon" and abs(x) > 180):
        raise ValueError(f"correction {row['name']!r}: {key}={v!r} is not a coordinate")
    return x


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "place"


def with_places(gaz: Gazetteer, source: Source) -> "CorrectedGazetteer":
    """A copy of ``gaz`` with the corrections of ``source`` (see the module docstring).

    Parameters
    ----------
    gaz : Gazetteer
        The gazetteer to correct (its own corrections are kept).
    source : str, Path or DataFrame
        A CSV (UTF-8, header row) or Parquet file, or a DataFrame.

    Raises
    ------
    ValueError
        A new place without ``lat``/``lon``, a bad coordinate, or no ``name`` column.
    """
    table = read_corrections(source)
    places = gaz.places.copy()
    row_of = {pid: i for i, pid in enumerate(places["place_id"])}
    never = set(getattr(gaz, "_never", ()))
    preferred: dict[str, list[str]] = {k: list(v) for k, v in getattr(gaz, "_preferred", {}).items()}
    new_places, new_names = [], []
    for row in table.to_dict("records"):
        names = _names_of(row)
        if str(row.get("never") or "").lower() in _TRUE:
            never.update(fold(n) for n in names)
            continue
        pid = row.get("place_id") or None
        lat, lon = _number(row, "lat"), _number(row, "lon")
        if pid in row_of:
            if lat is not None and lon is not None and row_of[pid] >= 0:  # the analyst moves a known place
                i = row_of[pid]
                places.loc[i, ["lat", "lon"]] = [lat, lon]
                places.loc[i, "geometry"] = shapely.Point(lon, lat)
        else:
            if lat is None or lon is None:
                raise ValueError(f"correction {row['name']!r}: a new place needs lat and lon "
                                 f"(or the place_id of a place the gazetteer has; {pid!r} is not one)")
            pid = pid or f"user:{_slug(row['name'])}"
            new_places.append(_new_place(gaz, row, pid, names, lat, lon))
            row_of[pid] = -1
        for n in names:
            f, lo, sk = name_keys(n)
            new_names.append((pid, n, "ar" if is_arabic(n) else "latn", True, "canonical", f, lo, sk))
            preferred.setdefault(fold(n), [])
            if pid not in preferred[fold(n)]:
                preferred[fold(n)].insert(0, pid)
    for n in never:
        preferred.pop(n, None)
    if new_places:
        added = gpd.GeoDataFrame(new_places, geometry="geometry", crs=places.crs)
        places = pd.concat([places, added[[c for c in places.columns if c in added.columns]]], ignore_index=True)
        places = gpd.GeoDataFrame(places, geometry="geometry", crs=gaz.places.crs)
    names_table = gaz._names
    if new_names:
        cols = ["place_id", "name", "script", "primary", "source", "fold", "loose", "skeleton"]
        names_table = pd.concat([names_table, pd.DataFrame(new_names, columns=cols)], ignore_index=True)
    return CorrectedGazetteer(places, names_table, gaz._areas, never=frozenset(never), preferred=preferred)


def _new_place(gaz: Gazetteer, row: dict, pid: str, names: list[str], lat: float, lon: float) -> dict:
    kind = (row.get("kind") or "village").lower()
    if kind not in _IMPORTANCE:
        raise ValueError(f"correction {row['name']!r}: kind must be one of {sorted(_IMPORTANCE)}, not {kind!r}")
    place: dict[str, Any] = {
        "place_id": pid, "name": row["name"], "name_ar": row.get("name_ar") or None, "kind": kind,
        "lat": lat, "lon": lon, "pcode": row.get("pcode") or None, "population": None,
        "names": "|".join(names), "source_ids": f"user:{pid}", "importance": _IMPORTANCE.get(kind, 0.2),
        "geometry": shapely.Point(lon, lat),
    }
    pop = _number(row, "population")
    place["population"] = int(pop) if pop is not None else None
    # Admin units: as given, else those of the sub-district polygon the point falls in.
    unit = next((p for p in gaz.reverse(lat, lon) if p.kind == "subdistrict"), None)
    for key in _ADMIN:
        place[key] = row.get(key) or (getattr(unit, key) if unit is not None else None)
    return place


class CorrectedGazetteer(Gazetteer):
    """A gazetteer with an analyst's corrections: blocked names never resolve, and a name the
    analyst gave a place resolves to that place first (made by :meth:`Gazetteer.with_places`)."""

    def __init__(self, places: gpd.GeoDataFrame, names: pd.DataFrame, areas: gpd.GeoDataFrame, *,
                 never: frozenset = frozenset(), preferred: dict[str, list[str]] | None = None) -> None:
        super().__init__(places, names, areas)
        self._never = never
        self._preferred = preferred or {}

    def _blocked(self, text: str) -> bool:
        return bool(self._never) and (fold(text) in self._never or fold(split_kind_words(text)[0]) in self._never)

    def is_name(self, text: str) -> bool:
        return not self._blocked(text) and super().is_name(text)

    def lookup(self, name, **kwargs) -> list[Place]:
        if isinstance(name, str) and self._blocked(name):
            return []
        found = super().lookup(name, **kwargs)
        ids = self._preferred.get(fold(split_kind_words(name)[0])) if isinstance(name, str) else None
        first = [p for pid in ids or () for p in found if p.place_id == pid]
        if not first:
            return found
        # The analyst's place first, scored as well as the best of the others.
        top = found[0].score
        lifted = [self._place(self._row_of[p.place_id], max(p.score, top), p.matched) for p in first]
        return lifted + [p for p in found if p.place_id not in ids]


def use_gazetteer(source: "Gazetteer | Source | None") -> Gazetteer:
    """Make ``source`` the gazetteer that every extraction uses (``Gazetteer.default()``).

    Parameters
    ----------
    source : Gazetteer, str, Path, DataFrame or None
        A gazetteer; or corrections (CSV/Parquet path or DataFrame) applied to the bundled one;
        None goes back to the bundled gazetteer (and unsets ``$GEOINCIDENTS_PLACES``).
        A path is also put in ``$GEOINCIDENTS_PLACES``, so that worker processes
        (``extract_many(workers=4)``) use the same corrections; a DataFrame or a
        Gazetteer object applies in this process only.

    Returns
    -------
    Gazetteer
        The gazetteer now in use.

    Examples
    --------
    >>> import geoincidents, pandas as pd
    >>> gaz = geoincidents.use_gazetteer(pd.DataFrame([{"name": "Fierce", "never": "yes"}]))
    >>> geoincidents.Gazetteer.default() is gaz
    True
    >>> _ = geoincidents.use_gazetteer(None)
    """
    from . import store

    if isinstance(source, Gazetteer):
        store._IN_USE = source
    elif source is None or isinstance(source, (str, Path)):
        # A file goes through the environment, so that spawned workers load the same corrections.
        if source is None:
            os.environ.pop(ENV_VAR, None)
        else:
            read_corrections(source)  # fail here, on a bad file, not in every worker
            os.environ[ENV_VAR] = str(Path(source).resolve())
        store._IN_USE = None
        store._default.cache_clear()
    else:
        store._IN_USE = store._default().with_places(source)
    return Gazetteer.default()


def apply_env(gaz: Gazetteer) -> Gazetteer:
    """``gaz`` with the corrections of the files named in ``$GEOINCIDENTS_PLACES`` (if any)."""
    for path in filter(None, os.environ.get(ENV_VAR, "").split(os.pathsep)):
        gaz = with_places(gaz, path)
    return gaz
