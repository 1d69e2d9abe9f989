"""Map layers built from the incident data: incidents, heat map, choropleth, legend.

Each function takes plain data (the incident frame, boundaries) and returns a folium element or
the data for one; :func:`geoincidents.maps.build.incident_map` assembles them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from geoincidents.maps.basemaps import to_geojson
from geoincidents.maps.dataset import IncidentData
from geoincidents.maps.elements import AreaLayer, HeatLayer, IncidentLayer
from geoincidents.maps.safe import is_missing
from geoincidents.maps.styles import (
    HALO_PX,
    OTHER_COLOR,
    PRECISION_LABELS,
    SUB_EVENT_COLORS,
    choropleth_color,
    fatality_bins,
)


def incident_layer(data: IncidentData, *, cluster: bool | None, cluster_threshold: int, show: bool = True) -> IncidentLayer:
    """The incident layer; clustered when ``cluster`` or, if ``None``, above ``cluster_threshold``
    points or when incidents share a point (a cluster spreads them out on click, so each one
    stays reachable; unclustered, the top marker would hide the others)."""
    if cluster is None:
        spots = {(p["y"], p["x"]) for p in data.points}
        use_cluster = len(data.points) > cluster_threshold or len(spots) < len(data.points)
    else:
        use_cluster = bool(cluster)
    return IncidentLayer(name=f"Incidents ({data.drawn:,})", cluster=use_cluster, halo_px=HALO_PX, show=show)


def heat_layer(data: IncidentData, weight: str = "incidents") -> HeatLayer | None:
    """Heat map of incidents with a real point (precision 1 and 2; regions have no point).

    Built in the browser from the dataset, so it follows the date window. ``weight="fatalities"``
    weights each incident by its best count (missing counts weigh 0). ``None`` if nothing to show.
    """
    def weighs(rec: dict) -> bool:
        return rec["p"] != 3 and (weight == "incidents" or (isinstance(rec.get("k"), int) and rec["k"] > 0))

    if not any(weighs(rec) for rec in data.points):
        return None
    label = "incidents" if weight == "incidents" else "fatalities"
    return HeatLayer(name=f"Heat map ({label}, exact and approximate places)", fatalities=weight != "incidents")


@dataclass
class ChoroplethResult:
    """The choropleth layer and its legend spec (see :class:`~geoincidents.maps.controls.LegendControl`)."""

    layer: AreaLayer
    legend: dict
    column: str = ""
    index: dict = field(default_factory=dict)


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
    areas = areas[keep & areas.geometry.notna() & ~areas.geometry.is_empty]
    bins = fatality_bins(float(totals.max()) if len(totals) else 0)
    unit = "district" if level == 2 else "sub-district"
    # Names and codes stay plain text: the page builds the tooltip with textContent. Totals are
    # summed in the browser from the records (each counted record carries its area index q).
    props = [{"n": "" if is_missing(name) else str(name), "c": str(code), "i": i}
             for i, (code, name) in enumerate(zip(areas["pcode"], areas.get("name", areas["pcode"])))]
    classes = [[lo, choropleth_color(max(lo, 1), bins)] for lo in (bins[:-1] if len(bins) > 1 else bins)]
    layer = AreaLayer(to_geojson(areas, props, tolerance), classes, name=f"Fatalities by {unit}", show=False)
    index = {str(code): i for i, code in enumerate(areas["pcode"])}
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
    return ChoroplethResult(layer, {"title": f"Fatalities by {unit}", "lines": lines}, col, index)


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
                               "Dashed halo: approximate place. Dashed outline with a count: incidents known only by their region "
                               "(click it for the list)."})
    return {"title": "Incidents" if title is None or title == "" else str(title), "lines": lines}
