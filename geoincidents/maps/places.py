"""Place names for the map: offline labels and the place search, from the bundled gazetteer.

Labels: governorate and city names always, district names of the focus area from zoom 8, towns
from zoom 9, villages from zoom 11. Search: admin areas, gazetteer places and incident places,
each with every spelling the gazetteer knows (folded like the browser's ``geoincidents.fold``), so
"Kafranbel" finds Kafr Nobol.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from typing import Any

import geopandas as gpd

from geoincidents.maps.basemaps import COORD_DECIMALS
from geoincidents.maps.dataset import point_of

#: Label kind -> first zoom at which names of that kind are drawn.
LABEL_MIN_ZOOM: dict[str, int] = {"gov": 0, "city": 0, "dist": 8, "town": 9, "village": 11}
#: Gazetteer places this far (degrees) around the map's opening view are labelled and searchable.
MARGIN = 0.15
_ZOOM = {"city": 12, "town": 13, "village": 14, "neighbourhood": 15}
_NOT_LETTERS = re.compile(r"[^a-z0-9\u0600-\u06ff]+")


def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only (the browser folds queries the same way).

    Examples
    --------
    >>> fold("Kafr-Nabl"), fold("Ma'arrat al-Nu'mān")
    ('kafrnabl', 'maarratalnuman')
    """
    decomposed = unicodedata.normalize("NFD", str(text))
    stripped = "".join(ch for ch in decomposed if not ("\u0300" <= ch <= "\u036f"))
    return _NOT_LETTERS.sub("", stripped.lower())


def _spellings(label: str, *names: Any) -> str:
    """Folded spellings of ``names`` (``|``-separated lists), except the label's own and those
    another spelling already contains (the search matches inside spellings)."""
    own = fold(label)
    folded: list[str] = []
    for name in names:
        if not isinstance(name, str):
            continue
        for part in name.split("|"):
            f = fold(part)
            if f and f not in own and f not in folded:
                folded.append(f)
    kept = [f for f in folded if not any(f != g and f in g for g in folded)]
    return "|".join(kept)


def gazetteer_places(box: list[list[float]] | None) -> gpd.GeoDataFrame | None:
    """Cities, towns and villages of the bundled gazetteer inside ``box`` (padded by :data:`MARGIN`)."""
    try:
        from geoincidents import Gazetteer

        places = Gazetteer.default().places
    except Exception as exc:  # labels and alternative spellings are extras: say so, go on
        warnings.warn(f"gazetteer places unavailable ({exc!r}); no place labels", stacklevel=3)
        return None
    places = places[places["kind"].isin(["city", "town", "village"])]
    if box is not None:
        (s, w), (n, e) = box
        places = places[places["lat"].between(s - MARGIN, n + MARGIN) & places["lon"].between(w - MARGIN, e + MARGIN)]
    return places


def place_labels(bounds: dict[int, gpd.GeoDataFrame], focus: str | None, places: gpd.GeoDataFrame | None) -> list[list]:
    """``[lat, lon, name, kind]`` for every label (kinds of :data:`LABEL_MIN_ZOOM`)."""
    labels: list[list] = []
    areas = [(bounds.get(1), "gov")]
    dist = bounds.get(2)
    if dist is not None and focus and "admin1_pcode" in dist.columns:
        areas.append((dist[dist["admin1_pcode"] == focus], "dist"))
    for gdf, kind in areas:
        if gdf is None:
            continue
        for name, geom in zip(gdf.get("name", gdf["pcode"]), gdf.geometry):
            if isinstance(name, str) and name and geom is not None and not geom.is_empty:
                pt = geom.representative_point()
                labels.append([round(pt.y, COORD_DECIMALS), round(pt.x, COORD_DECIMALS), name, kind])
    if places is not None:
        # Larger places first: they are drawn first and stay readable under smaller ones.
        for row in places.sort_values("importance", ascending=False).itertuples():
            if isinstance(row.name, str):
                labels.append([round(row.lat, COORD_DECIMALS), round(row.lon, COORD_DECIMALS), row.name, row.kind])
    return labels


def _feature(lon: float, lat: float, label: str, zoom: int, spellings: str = "") -> dict:
    props: dict[str, Any] = {"search": label, "z": zoom}
    if spellings:
        props["f"] = spellings
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)]},
            "properties": props}


def search_index(bounds: dict[int, gpd.GeoDataFrame], incidents: gpd.GeoDataFrame,
                 places: gpd.GeoDataFrame | None = None) -> dict:
    """Points to search: admin areas, gazetteer places and incident places, with their spellings.

    Returns
    -------
    dict
        GeoJSON FeatureCollection; properties ``search`` (the suggestion text), ``z`` (zoom to
        show) and ``f`` (folded spellings separated by ``|``).
    """
    feats: list[dict] = []
    seen: set[str] = set()
    alt: dict[str, str] = {}
    if places is not None and "pcode" in places.columns:
        alt = {str(code): names for code, names in zip(places["pcode"], places["names"]) if isinstance(code, str)}
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
            feats.append(_feature(pt.x, pt.y, label, zoom, _spellings(name, alt.get(str(code)))))
    if places is not None:
        for row in places.itertuples():
            if not isinstance(row.name, str):
                continue
            where = row.admin2 if isinstance(row.admin2, str) else row.admin1
            label = f"{row.name} ({row.kind}{', ' + where if isinstance(where, str) else ''})"
            if label in seen:
                continue
            seen.add(label)
            feats.append(_feature(row.lon, row.lat, label, _ZOOM.get(row.kind, 13), _spellings(row.name, row.names)))
    if not incidents.empty:
        located = incidents[incidents.geometry.notna() & ~incidents.geometry.is_empty]
        for col in ("location", "location_mention"):
            if col not in located.columns:
                located = located.assign(**{col: None})
        # One entry per (place, spelling): 50,000 incidents name a few thousand places.
        located = located.loc[~located[["location", "location_mention"]].astype(str).duplicated()]
        for name, mention, geom in zip(located["location"], located["location_mention"], located.geometry):
            name = name if isinstance(name, str) else mention
            pt = point_of(geom)
            if not isinstance(name, str) or pt is None:
                continue
            label = name if not isinstance(mention, str) or mention == name else f"{name} (written \u201c{mention}\u201d)"
            if label in seen:
                continue
            seen.add(label)
            feats.append(_feature(pt.x, pt.y, label, 13, _spellings(name, mention)))
    return {"type": "FeatureCollection", "features": feats}
