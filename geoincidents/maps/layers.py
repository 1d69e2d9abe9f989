"""Map layers built from an incident GeoDataFrame: incidents, heat map, choropleth, search index.

Each function takes plain data (the incident frame, boundaries) and returns a folium element or
the data for one; :func:`geoincidents.maps.build.incident_map` assembles them.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import folium
import folium.plugins
import geopandas as gpd
import pandas as pd

from geoincidents.maps.basemaps import geometry_json, to_geojson
from geoincidents.maps.elements import AreaLayer, IncidentLayer
from geoincidents.maps.popups import popup_record
from geoincidents.maps.safe import inert_html, is_missing
from geoincidents.maps.styles import (
    HALO_PX,
    OTHER_COLOR,
    OTHER_LABEL,
    PRECISION_LABELS,
    SUB_EVENT_COLORS,
    choropleth_color,
    color_for,
    fatality_bins,
    precision_of,
    radius_for,
)

_EPOCH = dt.date(1970, 1, 1)


def _day(value: Any) -> int | None:
    """Days since 1970-01-01 for a date-like value, else ``None``."""
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        ts = pd.to_datetime(value, errors="coerce")
        if ts is pd.NaT or pd.isna(ts):
            return None
        value = ts.date()
    return (value - _EPOCH).days


def point_of(geom: Any) -> Any:
    """The point drawn for ``geom`` (its representative point), or ``None`` without a finite one.

    NaN coordinates are not JSON; such incidents are counted as not drawn.
    """
    if geom is None or geom.is_empty:
        return None
    pt = geom if geom.geom_type == "Point" else geom.representative_point()
    return pt if math.isfinite(pt.x) and math.isfinite(pt.y) else None


@dataclass
class IncidentData:
    """Incidents split into what is drawn and how, plus the honest counts for the legend."""

    points: list[dict] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    geoms: dict[str, Any] = field(default_factory=dict)
    palette: list[str] = field(default_factory=list)
    by_precision: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0})
    region_fallback: int = 0  # precision 3 without a polygon: drawn at the point, said so
    not_drawn: int = 0  # no geometry and no region polygon
    types: dict[str, int] = field(default_factory=dict)
    days: list[int] = field(default_factory=list)

    @property
    def drawn(self) -> int:
        return len(self.points) + len(self.regions)


def region_lookup(bounds: dict[int, gpd.GeoDataFrame]) -> dict[str, Any]:
    """P-code -> polygon for governorates and districts (what precision-3 incidents shade)."""
    out: dict[str, Any] = {}
    for level in (1, 2):
        gdf = bounds.get(level)
        if gdf is not None:
            out.update(dict(zip(gdf["pcode"], gdf.geometry)))
    return out


def _region_key(row: dict, regions: dict[str, Any]) -> str | None:
    # The narrowest region named: a district if known, else the governorate.
    for col in ("admin2_pcode", "admin1_pcode"):
        code = row.get(col)
        if isinstance(code, str) and code in regions:
            return code
    code = row.get("pcode")
    if isinstance(code, str) and code in regions:
        return code
    return None


def incident_data(incidents: gpd.GeoDataFrame, bounds: dict[int, gpd.GeoDataFrame], tolerance: float = 0.0) -> IncidentData:
    """Compact records (drawing and popup fields) for :class:`~geoincidents.maps.elements.IncidentLayer`.

    Parameters
    ----------
    incidents : GeoDataFrame
        Incidents in the :mod:`geoincidents.schema` layout.
    bounds : dict
        Admin boundaries by level: precision-3 incidents shade their region's polygon.
    tolerance : float
        Simplification tolerance (degrees) of region polygons.

    Returns
    -------
    IncidentData
    """
    data = IncidentData()
    palette_index: dict[str, int] = {}
    regions = region_lookup(bounds)
    geom_name = incidents.geometry.name if len(incidents.columns) else "geometry"
    for row in incidents.to_dict("records"):
        prec = precision_of(row.get("geo_precision"))
        geom = row.get(geom_name)
        sub = row.get("sub_event_type")
        label = sub if isinstance(sub, str) and sub in SUB_EVENT_COLORS else OTHER_LABEL
        color = color_for(sub)
        c = palette_index.setdefault(color, len(palette_index))
        a, b = _day(row.get("date_start")), _day(row.get("date_end"))
        rec: dict[str, Any] = {"c": c, "p": prec, "a": a, "b": b if b is not None else a,
                               "r": radius_for(row.get("fatalities"))}
        rec.update(popup_record(row))
        if rec["a"] is None:
            rec["a"] = rec["b"]
        key = _region_key(row, regions) if prec == 3 else None
        if not is_missing(row.get("incident_id")):
            rec["i"] = str(row["incident_id"])
        if key is not None:
            if key not in data.geoms:
                geom3 = regions[key]
                if tolerance:
                    geom3 = geom3.simplify(tolerance, preserve_topology=True)
                data.geoms[key] = geometry_json(geom3)
            rec["g"] = key
            data.regions.append(rec)
        elif (pt := point_of(geom)) is not None:
            rec["y"], rec["x"] = round(pt.y, 5), round(pt.x, 5)
            if prec == 3:
                data.region_fallback += 1
            data.points.append(rec)
        else:
            data.not_drawn += 1
            continue
        data.by_precision[prec] += 1
        data.types[label] = data.types.get(label, 0) + 1
        data.days += [d for d in (rec["a"], rec["b"]) if d is not None]
    data.palette = list(palette_index)
    return data


def incident_layer(data: IncidentData, *, cluster: bool | None, cluster_threshold: int, show: bool = True) -> IncidentLayer:
    """The incident layer; clustered when ``cluster`` or, if ``None``, above ``cluster_threshold`` points."""
    use_cluster = len(data.points) > cluster_threshold if cluster is None else bool(cluster)
    return IncidentLayer(
        data.points, data.regions, data.geoms, data.palette,
        name=f"Incidents ({data.drawn:,})", cluster=use_cluster,
        canvas_regions=len(data.regions) > 300, halo_px=HALO_PX, show=show,
    )


def heat_layer(incidents: gpd.GeoDataFrame, weight: str = "incidents") -> folium.plugins.HeatMap | None:
    """Heat map of incidents with a real point (precision 1 and 2; regions have no point).

    ``weight="fatalities"`` weights each incident by its best count (missing counts weigh 0).
    """
    rows = []
    for geom, prec, fat in zip(incidents.geometry, incidents.get("geo_precision", pd.Series([None] * len(incidents))),
                               incidents.get("fatalities", pd.Series([None] * len(incidents)))):
        pt = point_of(geom)
        if pt is None or precision_of(prec) == 3:
            continue
        w = 1.0 if weight == "incidents" else (0.0 if is_missing(fat) else float(fat))
        if w > 0:
            rows.append([round(pt.y, 5), round(pt.x, 5), w])
    if not rows:
        return None
    label = "incidents" if weight == "incidents" else "fatalities"
    return folium.plugins.HeatMap(rows, name=inert_html(f"Heat map ({label}, exact and approximate places)"),
                                  show=False, radius=18, blur=15, min_opacity=0.3)


@dataclass
class ChoroplethResult:
    """The choropleth layer and its legend spec (see :class:`~geoincidents.maps.controls.LegendControl`)."""

    layer: AreaLayer
    legend: dict


def choropleth_layer(incidents: gpd.GeoDataFrame, bounds: dict[int, gpd.GeoDataFrame], level: int,
                     focus: str | None, tolerance: float) -> ChoroplethResult | None:
    """Fatalities summed by district (``level=2``) or sub-district (``level=3``), joined on P-code.

    Counted: the best estimate (``fatalities``) of each incident, except incidents already
    counted in a broader one (``part_of``). Incidents whose area at that level is unknown (e.g.
    governorate-only reports) are not attributed to any area; the legend gives their total.

    Returns
    -------
    ChoroplethResult or None
        ``None`` without areas at that level or without incidents.
    """
    areas = bounds.get(level)
    if areas is None or areas.empty or incidents.empty:
        return None
    col = f"admin{level}_pcode"
    fat = pd.to_numeric(incidents.get("fatalities"), errors="coerce")
    part_of = incidents.get("part_of", pd.Series([None] * len(incidents), index=incidents.index))
    counted = part_of.isna() | part_of.map(lambda v: is_missing(v))
    codes = incidents.get(col, pd.Series([None] * len(incidents), index=incidents.index))
    frame = pd.DataFrame({"code": codes, "fat": fat, "counted": counted})
    frame = frame[frame["counted"]]
    known = frame["code"].isin(set(areas["pcode"]))
    totals = frame[known].groupby("code")["fat"].sum(min_count=1).fillna(0)
    n_inc = frame[known].groupby("code").size()
    unplaced = frame.loc[~known, "fat"].sum()
    n_nocount = int(frame["fat"].isna().sum())
    keep = areas["pcode"].isin(totals.index)
    if focus and "admin1_pcode" in areas.columns:
        keep |= areas["admin1_pcode"] == focus
    areas = areas[keep]
    bins = fatality_bins(float(totals.max()) if len(totals) else 0)
    unit = "district" if level == 2 else "sub-district"
    props = []
    for code, name in zip(areas["pcode"], areas.get("name", areas["pcode"])):
        total = float(totals.get(code, 0))
        # Names and codes stay plain text: the page builds the tooltip with textContent.
        props.append({"fc": choropleth_color(total, bins), "n": "" if is_missing(name) else str(name),
                      "c": str(code), "t": f"{int(total):,} killed in {int(n_inc.get(code, 0)):,} incidents"})
    layer = AreaLayer(to_geojson(areas, props, tolerance), name=f"Fatalities by {unit}", show=False)
    lines: list[dict] = [{"bx": choropleth_color(lo, bins), "t": f"{lo:,}\u2013{hi - 1:,}"}
                         for lo, hi in zip(bins[:-1], bins[1:])]
    if len(bins) == 1:
        lines.append({"bx": choropleth_color(1, bins), "t": "1 or more"})
    lines.append({"m": 1, "t": "Best estimates (ACLED rule); incidents already counted in a broader one are left out."})
    if unplaced:
        lines.append({"m": 1, "t": f"{int(unplaced):,} killed in incidents not placed in any {unit} "
                                   "(e.g. governorate only) are not shaded."})
    if n_nocount:
        lines.append({"m": 1, "t": f"{n_nocount:,} incident{'s' if n_nocount != 1 else ''} gave no count."})
    return ChoroplethResult(layer, {"title": f"Fatalities by {unit}", "lines": lines})


def legend_spec(data: IncidentData, title: str | None = None) -> dict:
    """Legend of the incident layer: counts by precision, colours of the sub-event types present, sizes.

    Parameters
    ----------
    data : IncidentData
        What :func:`incident_data` drew.
    title : str, optional
        Heading (any text; the page shows it as text). Default "Incidents".

    Returns
    -------
    dict
        ``{"title", "lines"}`` for :class:`~geoincidents.maps.controls.LegendControl`.
    """
    lines: list[dict] = [{"b": f"{data.drawn:,}", "t": " incidents drawn"}]
    for prec in (1, 2, 3):
        n = data.by_precision.get(prec, 0)
        if n:
            lines.append({"m": 1, "t": f"{n:,} {PRECISION_LABELS[prec]}"})
    if data.region_fallback:
        lines.append({"m": 1, "t": f"{data.region_fallback:,} region-only incidents drawn at the region centre "
                                   "(outline unavailable)"})
    if data.not_drawn:
        lines.append({"m": 1, "t": f"{data.not_drawn:,} incidents without a location are not drawn"})
    for label, n in sorted(data.types.items(), key=lambda kv: -kv[1]):
        lines.append({"sw": SUB_EVENT_COLORS.get(label, OTHER_COLOR), "t": f"{label} ({n:,})"})
    lines.append({"m": 1, "t": "Marker size: fatalities (best estimate); smallest also means no count given. "
                               "Dashed halo: approximate place. Dashed shaded area: only the region is known."})
    return {"title": "Incidents" if title is None or title == "" else str(title), "lines": lines}


def search_index(bounds: dict[int, gpd.GeoDataFrame], incidents: gpd.GeoDataFrame) -> dict:
    """Points to search: governorates, districts, sub-districts and incident places."""
    feats: list[dict] = []
    seen: set[str] = set()
    kinds = {1: ("governorate", 8), 2: ("district", 10), 3: ("sub-district", 11)}
    for level, (kind, zoom) in kinds.items():
        gdf = bounds.get(level)
        if gdf is None:
            continue
        for code, name, geom in zip(gdf["pcode"], gdf.get("name", gdf["pcode"]), gdf.geometry):
            if geom is None or geom.is_empty or not isinstance(name, str):
                continue
            pt = geom.representative_point()
            label = f"{name} ({kind}, {code})"
            seen.add(label)
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(pt.x, 5), round(pt.y, 5)]},
                          "properties": {"search": label, "z": zoom}})
    if not incidents.empty:
        places = incidents[incidents.geometry.notna() & ~incidents.geometry.is_empty]
        for name, mention, geom in zip(places.get("location"), places.get("location_mention"), places.geometry):
            name = name if isinstance(name, str) else mention
            pt = point_of(geom)
            if not isinstance(name, str) or pt is None:
                continue
            label = name if not isinstance(mention, str) or mention == name else f"{name} (written \u201c{mention}\u201d)"
            if label in seen:
                continue
            seen.add(label)
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(pt.x, 5), round(pt.y, 5)]},
                          "properties": {"search": label, "z": 13}})
    return {"type": "FeatureCollection", "features": feats}
