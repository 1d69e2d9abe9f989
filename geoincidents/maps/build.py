"""``incident_map``: incidents on an interactive folium map of Idlib."""
from __future__ import annotations

from typing import Literal

import folium
import folium.plugins
import geopandas as gpd

from geoincidents.maps.basemaps import (
    BASEMAP_PANE,
    IDLIB_BOUNDS,
    IDLIB_PCODE,
    Boundaries,
    boundaries_overlay,
    focus_bounds,
    load_boundaries,
    offline_basemap,
    tile_layers,
)
from geoincidents.maps.controls import Layout, LegendControl, PlaceSearch, TimeSlider
from geoincidents.maps.dataset import incident_data, point_of
from geoincidents.maps.elements import Dataset, IncidentMap, PageAssets
from geoincidents.maps.layers import choropleth_layer, heat_layer, incident_layer, legend_spec
from geoincidents.maps.places import LABEL_MIN_ZOOM, gazetteer_places, place_labels, search_index
from geoincidents.maps.safe import inert_html
from geoincidents.maps.styles import MAP_CSS
from geoincidents.schema import CRS, empty_incidents


def incident_map(
    incidents: gpd.GeoDataFrame | None,
    *,
    boundaries: Boundaries | None = None,
    focus: str | None = IDLIB_PCODE,
    title: str | None = None,
    cluster: bool | None = None,
    cluster_threshold: int = 300,
    heatmap: bool = True,
    heat_weight: Literal["incidents", "fatalities"] = "incidents",
    choropleth: Literal["admin2", "admin3"] | None = "admin2",
    time_slider: bool | None = None,
    search: bool = True,
    place_names: bool = True,
    fullscreen: bool = True,
    offline: bool = False,
    simplify: float = 0.0005,
    width: str | int = "100%",
    height: str | int = "100%",
    layer_control_collapsed: bool = False,
) -> folium.Map:
    """Draw incidents on an interactive map that opens on Idlib governorate.

    Parameters
    ----------
    incidents : GeoDataFrame
        Incidents in the :mod:`geoincidents.schema` layout (EPSG:4326); ``None`` or empty draws
        the boundaries only.
    boundaries : mapping or GeoDataFrame, optional
        Admin areas ``{1: governorates, 2: districts, 3: sub-districts}`` (or one frame with a
        ``level`` column). Default: the bundled gazetteer's ``admin_areas``.
    focus : str or None
        P-code of the area the map opens on (``"SY07"``, Idlib); ``None`` fits the incidents.
    title : str, optional
        Legend heading, shown exactly as written (it reaches the page only as JSON data).
    cluster : bool or None
        Cluster incident markers; ``None`` clusters above ``cluster_threshold`` points.
    heatmap : bool
        Add a heat map layer (off until chosen in the layer control).
    heat_weight : {"incidents", "fatalities"}
        What the heat map sums.
    choropleth : {"admin2", "admin3"} or None
        Fatalities by district or sub-district (P-code join), off until chosen.
    time_slider : bool or None
        Add a date window with a play button that filters every incident layer (points, areas,
        heat map, choropleth); ``None`` adds it when any incident has a date.
    search, fullscreen : bool
        Place search (admin areas, gazetteer places in any known spelling, incident places) and a
        fullscreen button.
    place_names : bool
        Label the no-tile basemap with the bundled gazetteer's place names (cities always, towns
        from zoom 9, villages from zoom 11) and let the search find them in any known spelling.
    offline : bool
        Open on the no-tile boundaries basemap (tiles remain selectable when online); in Jupyter
        the map displays as the self-contained page (assets inlined, no network needed). Use
        ``save_map(..., offline=True)`` for a self-contained file.
    simplify : float
        Boundary simplification tolerance in degrees (0 keeps the geometry as given).
    width, height : str or int
        Map size (CSS or pixels).
    layer_control_collapsed : bool
        Collapse the layer control into an icon.

    Returns
    -------
    folium.Map
        Displays inline in Jupyter; save with :func:`geoincidents.save_map`.

    Examples
    --------
    >>> import shapely, geopandas as gpd
    >>> from geoincidents.schema import incidents_frame
    >>> gov = gpd.GeoDataFrame({"pcode": ["SY07"], "name": ["Idleb"]},
    ...                        geometry=[shapely.box(35.95, 35.47, 37.14, 36.41)], crs="EPSG:4326")
    >>> df = incidents_frame([{"location": "Mardikh", "sub_event_type": "Air/drone strike",
    ...                        "fatalities": 12, "geo_precision": 1,
    ...                        "geometry": shapely.Point(36.79071, 35.8111)}])
    >>> m = incident_map(df, boundaries={1: gov})
    >>> "Mardikh" in m.get_root().render()
    True
    """
    if incidents is None:
        incidents = empty_incidents()
    if not isinstance(incidents, gpd.GeoDataFrame):
        raise TypeError(f"incidents must be a GeoDataFrame, not {type(incidents).__name__}")
    if incidents.crs is not None and incidents.crs != CRS:
        incidents = incidents.to_crs(CRS)
    if choropleth not in (None, "admin2", "admin3"):
        raise ValueError("choropleth must be 'admin2', 'admin3' or None")
    levels = (1, 2, 3) if choropleth == "admin3" else (1, 2)
    bounds = load_boundaries(boundaries, levels=levels)

    bounds_box = focus_bounds(bounds, focus)
    if bounds_box is None:
        points = [pt for pt in map(point_of, incidents.geometry) if pt is not None]
        if points:
            ys, xs = [pt.y for pt in points], [pt.x for pt in points]
            bounds_box = [[min(ys), min(xs)], [max(ys), max(xs)]]
        else:
            bounds_box = IDLIB_BOUNDS
    # An initial view before fit_bounds: canvas renderers (thousands of region polygons) need a
    # map centre when their layer is added, which happens before the fit in the page script.
    center = [(bounds_box[0][0] + bounds_box[1][0]) / 2, (bounds_box[0][1] + bounds_box[1][1]) / 2]
    m = IncidentMap(location=center, tiles=None, width=width, height=height, control_scale=True,
                    prefer_canvas=False, zoom_start=9)
    # The map itself needs zoom limits: with the no-tile basemap no tile layer sets them, and
    # Leaflet.markercluster refuses to start without a maxZoom.
    m.options.update(max_zoom=18, min_zoom=5)
    m.add_child(PageAssets(MAP_CSS))

    # Base layers: exactly one is shown. Offline maps open on the boundaries (no requests).
    # The no-tile basemap is filled, so it lives in its own pane between the tiles (200) and the
    # overlays (400): canvas-drawn incident regions sit in a separate element above it.
    folium.map.CustomPane(BASEMAP_PANE, z_index=250, pointer_events=False).add_to(m)
    places = gazetteer_places(bounds_box) if place_names else None
    basemap = offline_basemap(bounds, focus, show=offline, tolerance=simplify,
                              labels=place_labels(bounds, focus, places), min_zoom=LABEL_MIN_ZOOM)
    tiles = tile_layers(show_default=not offline or basemap is None)
    for layer in tiles:
        m.add_child(layer)
    if basemap is not None:
        m.add_child(basemap)
    m._geoincidents_basemaps = {"tiles": tiles, "offline": basemap}  # used by save_map
    m._geoincidents_offline = bool(offline)  # Jupyter shows the self-contained page

    overlay = boundaries_overlay(bounds, focus, tolerance=simplify)

    choro = None
    if choropleth:
        choro = choropleth_layer(incidents, bounds, 2 if choropleth == "admin2" else 3, focus, simplify)
    data = incident_data(incidents, bounds, tolerance=simplify,
                         choropleth=(choro.column, choro.index) if choro is not None else None)
    # The data go to the page once; every layer below is built from them in the browser.
    m.add_child(Dataset(data.payload()))
    if choro is not None:
        m.add_child(choro.layer)
    if heatmap:
        heat = heat_layer(data, weight=heat_weight)
        if heat is not None:
            m.add_child(heat)
    if overlay is not None:
        m.add_child(overlay)
    layer = incident_layer(data, cluster=cluster, cluster_threshold=cluster_threshold)
    m.add_child(layer)
    m._geoincidents_layer = layer
    m._geoincidents_data = data

    m.add_child(LegendControl(legend_spec(data, title), position="bottomright"))
    if choro is not None:
        m.add_child(LegendControl(choro.legend, position="bottomright", layer=choro.layer))
    if time_slider or (time_slider is None and data.days):
        if data.days:
            m.add_child(TimeSlider(layer, min(data.days), max(data.days)))
    if fullscreen:
        folium.plugins.Fullscreen(position="topleft", title=inert_html("Full screen"),
                                  title_cancel=inert_html("Exit full screen")).add_to(m)
    if search:
        index = search_index(bounds, incidents, places)
        if index["features"]:
            m.add_child(PlaceSearch(index, placeholder="Search places"))
    # Leaflet's layer control sets layer names as HTML: ours are fixed strings (inert_html'd), no data text.
    control = folium.LayerControl(collapsed=layer_control_collapsed, position="topright")
    control.add_to(m)
    m.add_child(Layout(control))

    m.fit_bounds(bounds_box)
    return m
