"""Visual encoding of incidents: colour by sub-event type, size by fatalities, precision.

Every style value that reaches the page comes from the constants in this module (never from
incident text), so colours can be written into CSS without escaping concerns.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

#: ACLED sub-event type -> colour. Okabe-Ito / Tol-like hues that stay distinguishable for
#: common colour-vision deficiencies; violence against civilians gets the strongest red.
SUB_EVENT_COLORS: dict[str, str] = {
    "Air/drone strike": "#d62728",
    "Shelling/artillery/missile attack": "#ff7f0e",
    "Remote explosive/landmine/IED": "#8c564b",
    "Suicide bomb": "#7f3b08",
    "Grenade": "#bcbd22",
    "Armed clash": "#1f77b4",
    "Government regains territory": "#17becf",
    "Non-state actor overtakes territory": "#9467bd",
    "Attack": "#e7298a",
    "Abduction/forced disappearance": "#6a3d9a",
    "Sexual violence": "#b15928",
    "Looting/property destruction": "#999933",
    "Disrupted weapons use": "#66a61e",
    "Arrests": "#4d4d4d",
    "Agreement": "#2ca02c",
    "Change to group/activity": "#7f7f7f",
    "Headquarters or base established": "#525252",
    "Other": "#a6761d",
}
#: Colour for incidents whose sub-event type is missing or not an ACLED sub-event type.
OTHER_COLOR = "#555555"
OTHER_LABEL = "Other / not given"

#: ACLED ``geo_precision`` -> short legend text.
PRECISION_LABELS: dict[int, str] = {
    1: "exact place (solid marker)",
    2: "near a place / approximate (marker with halo)",
    3: "region only (outline with a count, no point)",
}
#: ACLED ``time_precision`` -> short popup text.
TIME_PRECISION_LABELS: dict[int, str] = {1: "exact day", 2: "span of days or week", 3: "month only"}

#: Marker radius in pixels for incidents without a fatality count and the cap for large counts.
MIN_RADIUS = 5.0
MAX_RADIUS = 22.0
#: Extra pixels of the uncertainty halo drawn around precision-2 markers.
HALO_PX = 8


def color_for(sub_event_type: Any) -> str:
    """Colour for an ACLED sub-event type; unknown or missing types share one grey.

    Examples
    --------
    >>> color_for("Air/drone strike")
    '#d62728'
    >>> color_for(None) == OTHER_COLOR
    True
    """
    if isinstance(sub_event_type, str):
        return SUB_EVENT_COLORS.get(sub_event_type.strip(), OTHER_COLOR)
    return OTHER_COLOR


def radius_for(fatalities: Any) -> float:
    """Marker radius in pixels: area grows with the fatality count (sqrt scale), capped.

    Missing counts get the minimum size: "no count given" is not zero, and the legend says so.

    Examples
    --------
    >>> radius_for(None), radius_for(0), radius_for(12) > radius_for(2), radius_for(10**6)
    (5.0, 5.0, True, 22.0)
    """
    if fatalities is None or fatalities is pd.NA:
        return MIN_RADIUS
    try:
        value = float(fatalities)
    except (TypeError, ValueError):
        return MIN_RADIUS
    if math.isnan(value) or value <= 0:
        return MIN_RADIUS
    return round(min(MAX_RADIUS, MIN_RADIUS + 2.0 * math.sqrt(value)), 1)


def precision_of(value: Any) -> int:
    """ACLED geo precision as 1, 2 or 3; missing or odd values count as 2 (approximate).

    Treating an unknown precision as approximate never draws a point more precisely than the
    data allow.

    Examples
    --------
    >>> precision_of(1), precision_of(None), precision_of(3), precision_of(7)
    (1, 2, 3, 2)
    """
    try:
        prec = int(value)
    except (TypeError, ValueError):
        return 2
    return prec if prec in (1, 2, 3) else 2


def fatality_bins(max_value: float) -> list[float]:
    """Step boundaries for the fatalities choropleth, trimmed to the data's maximum.

    Examples
    --------
    >>> fatality_bins(42)
    [1, 5, 10, 25, 50]
    """
    steps = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000]
    out = [s for s in steps if s <= max(max_value, 1)]
    nxt = next((s for s in steps if s > max_value), None)
    if nxt is not None:
        out.append(nxt)
    return out or [1]


#: Sequential YlOrRd steps for the choropleth (ColorBrewer, 8 classes).
CHOROPLETH_COLORS = ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"]


def choropleth_color(value: float, bins: list[float]) -> str | None:
    """Fill colour of an area with ``value`` fatalities; ``None`` (no fill) for zero.

    Examples
    --------
    >>> choropleth_color(0, [1, 5, 10]) is None, choropleth_color(7, [1, 5, 10]) != choropleth_color(1, [1, 5, 10])
    (True, True)
    """
    if not value or value < bins[0]:
        return None
    n_classes = max(1, len(bins) - 1)
    idx = sum(1 for b in bins[1:] if value >= b)
    idx = min(idx, n_classes - 1) if n_classes > 1 else 0
    # Spread the classes over the palette so few classes still span light -> dark.
    pos = 0 if n_classes == 1 else round(idx * (len(CHOROPLETH_COLORS) - 1) / (n_classes - 1))
    return CHOROPLETH_COLORS[pos]


#: CSS for markers, halos, popups, legends and labels (added once per map).
MAP_CSS = """
.gi-incident { background: none; border: none; }
.leaflet-control-layers { font-size: 12px; line-height: 1.4; }
.gi-mk { position: relative; width: 100%; height: 100%; }
.gi-dot, .gi-halo { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%);
  border-radius: 50%; box-sizing: border-box; }
.gi-dot { border: 1.5px solid #fff; box-shadow: 0 0 2px rgba(0,0,0,.7); opacity: .92; }
.gi-halo { border: 2px dashed; opacity: .55; }
.gi-popup .leaflet-popup-content { max-height: 340px; overflow-y: auto; font-size: 12px; line-height: 1.35; }
.gi-popup h4 { margin: 0 0 4px; font-size: 13px; }
.gi-popup table { border-collapse: collapse; }
.gi-popup th { text-align: left; vertical-align: top; padding: 1px 6px 1px 0; color: #555; font-weight: 600; white-space: nowrap; }
.gi-popup td { padding: 1px 0; vertical-align: top; }
.gi-popup blockquote { margin: 4px 0; padding: 3px 6px; border-left: 3px solid #bbb; background: #f6f6f6; white-space: pre-wrap; }
.gi-popup .gi-muted, .gi-legend .gi-muted { color: #666; font-size: 11px; }
.gi-legend { background: rgba(255,255,255,.92); padding: 6px 8px; border-radius: 4px; font-size: 11px;
  line-height: 1.3; box-shadow: 0 0 4px rgba(0,0,0,.3); max-width: 260px; max-height: 45vh; overflow-y: auto; }
.gi-legend h4 { margin: 0 0 4px; font-size: 12px; }
.gi-legend .gi-sw, .gi-popup .gi-sw { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 4px;
  vertical-align: middle; border: 1px solid #fff; box-shadow: 0 0 1px #000; }
.gi-legend .gi-box { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: middle; border: 1px solid #999; }
.gi-legend-head { margin: 0 0 4px; }
.gi-toggle { font: inherit; font-weight: 600; font-size: 12px; background: none; border: none; padding: 0; cursor: pointer; color: #222; }
.gi-toggle::after { content: " \\25BE"; color: #666; }
.gi-collapsed .gi-toggle::after { content: " \\25B8"; }
.gi-collapsed .gi-legend-head { margin: 0; }
.gi-collapsed .gi-legend-body { display: none; }
.gi-place { background: none; border: none; }
.gi-place span { position: absolute; transform: translate(-50%, -50%); white-space: nowrap; color: #333;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; pointer-events: none; }
.gi-place-gov span { font-size: 13px; font-weight: 700; letter-spacing: .04em; color: #444; text-transform: uppercase; }
.gi-place-dist span { font-size: 11px; font-weight: 600; color: #555; font-style: italic; }
.gi-place-city span { font-size: 12px; font-weight: 700; }
.gi-place-town span { font-size: 11px; font-weight: 600; }
.gi-place-village span { font-size: 10px; color: #555; }
.gi-area-badge { background: none; border: none; }
.gi-area-badge span { position: absolute; transform: translate(-50%, -50%); min-width: 14px; padding: 1px 5px;
  border: 1.5px dashed #4a4a8a; border-radius: 9px; background: rgba(255,255,255,.9); color: #2b2b6b;
  font: 600 11px/14px sans-serif; text-align: center; white-space: nowrap; cursor: pointer; }
.gi-area-item summary { cursor: pointer; padding: 2px 0; }
.gi-area-item[open] summary { font-weight: 600; }
.gi-area-item .gi-pop { margin: 2px 0 6px 12px; }
.gi-timeslider { background: rgba(255,255,255,.92); padding: 6px 8px; border-radius: 4px; font-size: 11px;
  box-shadow: 0 0 4px rgba(0,0,0,.3); width: 230px; max-width: calc(100vw - 130px); box-sizing: border-box; }
.gi-timerow { display: flex; gap: 4px; align-items: center; }
.gi-play { width: 30px; height: 24px; font-size: 12px; cursor: pointer; }
.gi-window { font-size: 11px; height: 24px; flex: 1; min-width: 0; }
.gi-timeslider input[type=range] { width: 100%; margin: 4px 0 2px; box-sizing: border-box; }
.gi-timelabel { font-weight: 600; }
@media (max-width: 699px) {
  .gi-legend { max-width: calc(100vw - 90px); max-height: 40vh; }
  .leaflet-control-layers-expanded { max-height: 50vh; overflow-y: auto; }
}
"""
