"""Basemaps and administrative boundaries.

Two tiled basemaps from :mod:`xyzservices` (OpenStreetMap and CartoDB Positron) and a no-tile
basemap drawn from the bundled OCHA boundaries, which is what offline maps open on.
"""
from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, Union

import folium
import geopandas as gpd
import numpy as np
import shapely
import xyzservices.providers as xyz

from geoincidents.maps.elements import PlaceLabels
from geoincidents.maps.safe import inert_html

#: Boundaries as ``{level: GeoDataFrame}`` (1 governorates, 2 districts, 3 sub-districts) or
#: one GeoDataFrame with a ``level`` column.
Boundaries = Union[Mapping[int, gpd.GeoDataFrame], gpd.GeoDataFrame]

#: The Idlib governorate P-code: maps open on it by default.
IDLIB_PCODE = "SY07"
#: Approximate Idlib bounds [[south, west], [north, east]], used only if no boundaries are available.
IDLIB_BOUNDS = [[35.47, 35.95], [36.41, 37.14]]

#: Coordinates are rounded to 5 decimals (~1 m): enough for simplified boundaries, halves the JSON.
COORD_DECIMALS = 5
_BOUNDARY_COLUMNS = ["pcode", "name", "name_ar", "level", "admin1", "admin1_pcode", "admin2", "admin2_pcode"]


def load_boundaries(boundaries: Boundaries | None = None, levels: tuple[int, ...] = (1, 2, 3)) -> dict[int, gpd.GeoDataFrame]:
    """Admin boundaries by level, from the argument or the bundled gazetteer.

    Parameters
    ----------
    boundaries : mapping or GeoDataFrame, optional
        Injected boundaries (tests, custom areas). ``None`` reads
        ``Gazetteer.default().admin_areas(level)``.
    levels : tuple of int
        Levels wanted when reading the gazetteer.

    Returns
    -------
    dict
        Level -> GeoDataFrame (EPSG:4326) with at least ``pcode``, ``name`` and ``geometry``.
        Empty if the gazetteer is unavailable (a warning says so).

    Examples
    --------
    >>> import geopandas as gpd, shapely
    >>> g = gpd.GeoDataFrame({"pcode": ["SY07"], "name": ["Idleb"], "level": [1]},
    ...                      geometry=[shapely.box(36, 35.5, 37, 36.4)], crs="EPSG:4326")
    >>> sorted(load_boundaries(g))
    [1]
    """
    if boundaries is None:
        try:
            from geoincidents import Gazetteer

            gaz = Gazetteer.default()
            return {lvl: _clean(gaz.admin_areas(lvl)) for lvl in levels}
        except Exception as exc:  # the map is still useful without boundaries; say what is missing
            warnings.warn(f"admin boundaries unavailable ({exc!r}); the map has no boundaries, "
                          "no offline basemap and no choropleth", stacklevel=3)
            return {}
    if isinstance(boundaries, gpd.GeoDataFrame):
        if "level" not in boundaries.columns:
            raise ValueError("a single boundaries GeoDataFrame needs a 'level' column (1, 2 or 3)")
        return {int(lvl): _clean(part) for lvl, part in boundaries.groupby("level")}
    return {int(lvl): _clean(gdf) for lvl, gdf in boundaries.items() if gdf is not None}


def _clean(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    missing = {"pcode", "geometry"} - set(gdf.columns)
    if missing:
        raise ValueError(f"boundaries need columns {sorted(missing)}")
    return gdf.reset_index(drop=True)


def to_geojson(gdf: gpd.GeoDataFrame, properties: list[dict] | None = None, tolerance: float = 0.0) -> dict:
    """GeoJSON FeatureCollection with rounded coordinates and only the given properties.

    Boundary attributes are not copied wholesale: each layer passes exactly the properties its
    JavaScript needs. Text (area names) may go only to our elements, which embed it with
    :func:`~geoincidents.maps.safe.script_json`; ``folium.GeoJson`` (its ``tojson`` keeps
    template syntax) gets numbers and colours only.
    """
    geoms = gdf.geometry.values
    if tolerance:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    geoms = shapely.transform(geoms, lambda c: np.round(c, COORD_DECIMALS))
    props = properties if properties is not None else [{} for _ in range(len(gdf))]
    feats = [
        {"type": "Feature", "geometry": shapely.geometry.mapping(g), "properties": p}
        for g, p in zip(geoms, props)
        if g is not None and not g.is_empty
    ]
    return {"type": "FeatureCollection", "features": feats}


def geometry_json(geom: Any) -> dict:
    """One rounded GeoJSON geometry."""
    return shapely.geometry.mapping(shapely.transform(geom, lambda c: np.round(c, COORD_DECIMALS)))


def focus_bounds(bounds: dict[int, gpd.GeoDataFrame], focus: str | None) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of the admin area with P-code ``focus``."""
    if not focus:
        return None
    for level in (1, 2, 3):
        gdf = bounds.get(level)
        if gdf is None:
            continue
        hit = gdf[gdf["pcode"] == focus]
        if len(hit):
            w, s, e, n = hit.total_bounds
            return [[float(s), float(w)], [float(n), float(e)]]
    return IDLIB_BOUNDS if focus == IDLIB_PCODE else None


def light_provider() -> Any:
    """CartoDB Positron when usable without a key, else Esri World Gray Canvas (also light, keyless).

    Recent xyzservices releases mark CARTO basemaps as needing an API key.
    """
    if not xyz.CartoDB.Positron.requires_token():
        return xyz.CartoDB.Positron, "Light (CartoDB Positron)"
    return xyz.Esri.WorldGrayCanvas, "Light (Esri World Gray Canvas)"


def tile_layers(show_default: bool = True) -> list[folium.TileLayer]:
    """OpenStreetMap (shown if ``show_default``) and a light base layer, from xyzservices."""
    light, light_label = light_provider()
    return [
        folium.TileLayer(tiles=provider, name=inert_html(label), overlay=False, control=True, show=show_default and i == 0)
        for i, (provider, label) in enumerate(((xyz.OpenStreetMap.Mapnik, "OpenStreetMap"), (light, light_label)))
    ]


#: Leaflet pane of the no-tile basemap (created by ``incident_map``), below every overlay.
BASEMAP_PANE = "gi-basemap"


def offline_basemap(bounds: dict[int, gpd.GeoDataFrame], focus: str | None, show: bool, tolerance: float,
                    labels: list[list] | None = None, min_zoom: dict[str, int] | None = None) -> folium.FeatureGroup | None:
    """A base layer with no tiles: governorates filled, and place names drawn by zoom.

    Parameters
    ----------
    labels : list of list, optional
        ``[lat, lon, name, kind]`` (:func:`geoincidents.maps.places.place_labels`). Names travel
        as JSON data and the page sets them as text.
    min_zoom : dict, optional
        Kind -> first zoom at which its names show.
    """
    gov = bounds.get(1)
    if gov is None or gov.empty:
        return None
    group = folium.FeatureGroup(name=inert_html("Boundaries only (offline, no tiles)"), overlay=False, control=True, show=show)
    fill = [{"f": "#f7f4ec" if pc == focus else "#efece4"} for pc in gov["pcode"]]
    folium.GeoJson(
        to_geojson(gov, fill, tolerance),
        style_function=lambda f: {"fillColor": f["properties"]["f"], "fillOpacity": 1, "color": "#9a9a9a", "weight": 1},
        interactive=False, control=False, name="offline-fill", pane=BASEMAP_PANE,
    ).add_to(group)
    if labels:
        group.add_child(PlaceLabels(labels, min_zoom or {}))
    return group


def boundaries_overlay(bounds: dict[int, gpd.GeoDataFrame], focus: str | None, tolerance: float) -> folium.FeatureGroup | None:
    """Governorate and district outlines, non-interactive so clicks reach the incidents."""
    if bounds.get(1) is None and bounds.get(2) is None:
        return None
    group = folium.FeatureGroup(name=inert_html("Boundaries (governorates, districts)"), overlay=True, control=True, show=True)
    dist = bounds.get(2)
    if dist is not None and not dist.empty:
        folium.GeoJson(to_geojson(dist, None, tolerance), interactive=False, control=False, name="districts",
                       style_function=lambda f: {"color": "#6b6b6b", "weight": 0.8, "fill": False, "dashArray": "3 3"}).add_to(group)
    gov = bounds.get(1)
    if gov is not None and not gov.empty:
        props = [{"w": 3 if pc == focus else 1.5} for pc in gov["pcode"]]
        folium.GeoJson(to_geojson(gov, props, tolerance), interactive=False, control=False, name="governorates",
                       style_function=lambda f: {"color": "#333333", "weight": f["properties"]["w"], "fill": False}).add_to(group)
    return group
