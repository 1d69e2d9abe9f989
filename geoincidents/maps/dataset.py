"""The incident data a map page receives, sent once and compactly.

One JSON object per map (``var dataset = ...``): repeated strings (types, actors, places, admin
names, sources) are stored once in a string table ``S`` and records hold their index; dates are
day numbers (``a``/``b``, days since 1970-01-01) from which the browser rebuilds ISO dates.
Region-only incidents (precision 3) are grouped by area: each area is drawn once and lists its
incidents. Popups, the heat map, the choropleth and the date filter are all built in the browser
from these records (:mod:`geoincidents.maps.page_js`, :mod:`geoincidents.maps.page_app`).

Record keys: those of :func:`geoincidents.maps.popups.popup_record`, plus ``c`` palette index,
``p`` precision, ``r`` radius px, ``a``/``b`` first/last day, ``i`` incident id, ``y``/``x``
point, ``q`` choropleth area index. Keys in :data:`TEXT_KEYS` hold string-table indexes, as do
the items of ``wp``/``ac``, both members of ``adm`` pairs and the first member of ``vi``/``mu``.
``d0``/``d1``/``pub`` are left out when the day numbers say the same.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import pandas as pd

from geoincidents.maps.basemaps import COORD_DECIMALS, geometry_json
from geoincidents.maps.popups import POPUP_COLUMNS, TEXT_KEYS, popup_record
from geoincidents.maps.safe import is_missing
from geoincidents.maps.styles import OTHER_LABEL, SUB_EVENT_COLORS, color_for, precision_of, radius_for

_EPOCH = dt.date(1970, 1, 1)


def day_number(value: Any) -> int | None:
    """Days since 1970-01-01 for a date-like value, else ``None``.

    Examples
    --------
    >>> day_number(dt.date(1970, 1, 11)), day_number("2020-02-27"), day_number("soon"), day_number(None)
    (10, 18319, None, None)
    """
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str) and len(value) == 10:
        try:  # ISO dates (what popups hold) without pandas' slow format guessing
            value = dt.date.fromisoformat(value)
        except ValueError:
            pass
    if not isinstance(value, dt.date):
        ts = pd.to_datetime(value, errors="coerce")
        if ts is pd.NaT or pd.isna(ts):
            return None
        value = ts.date()
    return (value - _EPOCH).days


def iso_day(day: int) -> str:
    """ISO date of a day number (what the browser rebuilds)."""
    return (_EPOCH + dt.timedelta(days=day)).isoformat()


def point_of(geom: Any) -> Any:
    """The point drawn for ``geom`` (its representative point), or ``None`` without a finite one.

    NaN coordinates are not JSON; such incidents are counted as not drawn.
    """
    if geom is None or geom.is_empty:
        return None
    pt = geom if geom.geom_type == "Point" else geom.representative_point()
    return pt if math.isfinite(pt.x) and math.isfinite(pt.y) else None


class StringTable:
    """Strings stored once; :meth:`add` returns the index of a string."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._index: dict[str, int] = {}

    def add(self, text: Any) -> int:
        text = str(text)
        idx = self._index.get(text)
        if idx is None:
            idx = self._index[text] = len(self.strings)
            self.strings.append(text)
        return idx


def encode_record(rec: dict[str, Any], table: StringTable) -> dict[str, Any]:
    """``rec`` with its strings replaced by string-table indexes and ISO dates by day numbers.

    Examples
    --------
    >>> t = StringTable()
    >>> encode_record({"pl": "Mardikh", "ac": ["Russia"], "adm": [["Idleb", "SY07"]], "a": 18319,
    ...                "d0": "2020-02-27", "pub": "2020-02-28"}, t), t.strings
    ({'pl': 0, 'ac': [1], 'adm': [[2, 3]], 'a': 18319, 'pub': 18320}, ['Mardikh', 'Russia', 'Idleb', 'SY07'])
    """
    out: dict[str, Any] = {}
    for key, value in rec.items():
        if key in TEXT_KEYS:
            out[key] = table.add(value)
        elif key in ("wp", "ac"):
            out[key] = [table.add(v) for v in value]
        elif key == "adm":
            out[key] = [[table.add(a), table.add(b)] for a, b in value]
        elif key in ("vi", "mu"):
            out[key] = [[table.add(a), n] for a, n in value]
        elif key in ("d0", "d1"):
            day = rec.get("a" if key == "d0" else "b")
            if day is None or value != iso_day(day):
                out[key] = value
        elif key == "pub":
            day = day_number(value)
            out[key] = day if day is not None and iso_day(day) == value else value
        else:
            out[key] = value
    return out


@dataclass
class IncidentData:
    """Incidents split into what is drawn and how, plus the honest counts for the legend."""

    points: list[dict] = field(default_factory=list)
    areas: list[dict] = field(default_factory=list)
    geoms: dict[str, Any] = field(default_factory=dict)
    strings: list[str] = field(default_factory=list)
    palette: list[str] = field(default_factory=list)
    by_precision: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0})
    region_fallback: int = 0  # precision 3 without a polygon: drawn at the point, said so
    not_drawn: int = 0  # no geometry and no region polygon
    types: dict[str, int] = field(default_factory=dict)
    days: list[int] = field(default_factory=list)

    @property
    def regions(self) -> list[dict]:
        """Every region-only record (all areas' incidents)."""
        return [rec for area in self.areas for rec in area["recs"]]

    @property
    def drawn(self) -> int:
        return len(self.points) + sum(len(a["recs"]) for a in self.areas)

    def payload(self) -> dict:
        """The JSON object the page receives."""
        return {"S": self.strings, "palette": self.palette, "points": self.points,
                "areas": self.areas, "geoms": self.geoms}


def region_lookup(bounds: dict[int, gpd.GeoDataFrame]) -> dict[str, tuple[Any, str, int]]:
    """P-code -> (polygon, name, level) for governorates and districts (where region-only incidents are drawn)."""
    out: dict[str, tuple[Any, str, int]] = {}
    for level in (1, 2):
        gdf = bounds.get(level)
        if gdf is not None:
            names = gdf["name"] if "name" in gdf.columns else gdf["pcode"]
            for code, name, geom in zip(gdf["pcode"], names, gdf.geometry):
                if geom is not None and not geom.is_empty:
                    out[code] = (geom, name if isinstance(name, str) else str(code), level)
    return out


def _region_key(row: dict, regions: dict[str, Any]) -> str | None:
    # The narrowest region named: a district if known, else the governorate.
    for col in ("admin2_pcode", "admin1_pcode", "pcode"):
        code = row.get(col)
        if isinstance(code, str) and code in regions:
            return code
    return None


def _date_order(rec: dict) -> tuple:
    a = rec.get("a", rec.get("b"))
    return (a is None, a if a is not None else 0)


def incident_data(incidents: gpd.GeoDataFrame, bounds: dict[int, gpd.GeoDataFrame], tolerance: float = 0.0,
                  choropleth: tuple[str, dict[str, int]] | None = None) -> IncidentData:
    """Compact records (drawing and popup fields) for the page.

    Parameters
    ----------
    incidents : GeoDataFrame
        Incidents in the :mod:`geoincidents.schema` layout.
    bounds : dict
        Admin boundaries by level: region-only incidents are listed at their area's outline.
    tolerance : float
        Simplification tolerance (degrees) of area outlines.
    choropleth : (column, {pcode: index}), optional
        The choropleth's P-code column and area indexes: counted incidents get ``q``.

    Returns
    -------
    IncidentData
    """
    data = IncidentData()
    table = StringTable()
    palette_index: dict[str, int] = {}
    regions = region_lookup(bounds)
    areas: dict[str, dict] = {}
    geom_name = incidents.geometry.name if len(incidents.columns) else "geometry"
    wanted = {*POPUP_COLUMNS, "sub_event_type", "date_start", "date_end", "incident_id", "part_of", "pcode", geom_name}
    if choropleth is not None:
        wanted.add(choropleth[0])
    # Only the columns read below become row dicts (rows of 50 columns cost most of the time).
    cols = [col for col in incidents.columns if col in wanted]
    # Plain Python values per column, zipped into rows (several times faster than to_dict).
    values = [incidents[col].astype(object).tolist() if col != geom_name else list(incidents[col].values)
              for col in cols]
    for row in (dict(zip(cols, vals)) for vals in zip(*values)):
        prec = precision_of(row.get("geo_precision"))
        sub = row.get("sub_event_type")
        label = sub if isinstance(sub, str) and sub in SUB_EVENT_COLORS else OTHER_LABEL
        color = color_for(sub)
        rec: dict[str, Any] = {"c": palette_index.setdefault(color, len(palette_index)), "p": prec,
                               "r": radius_for(row.get("fatalities"))}
        for key, col in (("a", "date_start"), ("b", "date_end")):
            day = day_number(row.get(col))
            if day is not None:
                rec[key] = day
        rec.update(popup_record(row))
        if not is_missing(row.get("incident_id")):
            rec["i"] = str(row["incident_id"])
        if choropleth is not None and is_missing(row.get("part_of")):
            q = choropleth[1].get(row.get(choropleth[0]))
            if q is not None:
                rec["q"] = q
        key = _region_key(row, regions) if prec == 3 else None
        if key is not None:
            area = areas.get(key)
            if area is None:
                geom, name, level = regions[key]
                if tolerance:
                    geom = geom.simplify(tolerance, preserve_topology=True)
                data.geoms[key] = geometry_json(geom)
                pt = geom.representative_point()
                area = areas[key] = {"g": key, "n": table.add(name), "lv": level, "recs": [],
                                     "y": round(pt.y, COORD_DECIMALS), "x": round(pt.x, COORD_DECIMALS)}
            area["recs"].append(rec)
        elif (pt := point_of(row.get(geom_name))) is not None:
            rec["y"], rec["x"] = round(pt.y, COORD_DECIMALS), round(pt.x, COORD_DECIMALS)
            if prec == 3:
                data.region_fallback += 1
            data.points.append(rec)
        else:
            data.not_drawn += 1
            continue
        data.by_precision[prec] += 1
        data.types[label] = data.types.get(label, 0) + 1
        data.days += [rec[k] for k in ("a", "b") if k in rec]
    for area in areas.values():
        area["recs"].sort(key=_date_order)
    data.areas = list(areas.values())
    data.points = [encode_record(rec, table) for rec in data.points]
    for area in data.areas:
        area["recs"] = [encode_record(rec, table) for rec in area["recs"]]
    data.strings = table.strings
    data.palette = list(palette_index)
    return data


def decode_record(rec: dict[str, Any], strings: list[str]) -> dict[str, Any]:
    """Inverse of :func:`encode_record` (what the browser does): strings and ISO dates back.

    Examples
    --------
    >>> decode_record({'pl': 0, 'ac': [1], 'a': 18319}, ["Mardikh", "Russia"])
    {'pl': 'Mardikh', 'ac': ['Russia'], 'a': 18319, 'd0': '2020-02-27'}
    """
    out: dict[str, Any] = {}
    for key, value in rec.items():
        if key in TEXT_KEYS:
            out[key] = strings[value]
        elif key in ("wp", "ac"):
            out[key] = [strings[v] for v in value]
        elif key == "adm":
            out[key] = [[strings[a], strings[b]] for a, b in value]
        elif key in ("vi", "mu"):
            out[key] = [[strings[a], n] for a, n in value]
        elif key == "pub" and isinstance(value, int):
            out[key] = iso_day(value)
        else:
            out[key] = value
    for key, day in (("d0", "a"), ("d1", "b")):
        if key not in out and day in out:
            out[key] = iso_day(out[day])
    return out
