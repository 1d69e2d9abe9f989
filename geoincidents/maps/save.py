"""``save_map``: write a map (or incidents) to one HTML file, optionally fully offline."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd

from geoincidents.maps.build import incident_map
from geoincidents.maps.offline import inline_assets


def _set_show(layer: Any, show: bool) -> None:
    layer.show = show
    # Layer.render adds a "<name>_add" child when shown, and rendering copies its script into the
    # figure; a previous render (e.g. in Jupyter) leaves both behind, which would still add it.
    stale = layer._children.pop(layer.get_name() + "_add", None)
    if stale is not None:
        layer.get_root().script._children.pop(stale.get_name(), None)


@contextlib.contextmanager
def _offline_basemap_shown(m: folium.Map) -> Iterator[None]:
    """Temporarily open ``m`` on its no-tile basemap (maps built by :func:`incident_map`)."""
    layers = getattr(m, "_geoincidents_basemaps", None)
    if not layers or layers.get("offline") is None:
        yield
        return
    before = [(layer, layer.show) for layer in [*layers["tiles"], layers["offline"]]]
    try:
        for tile in layers["tiles"]:
            _set_show(tile, False)
        _set_show(layers["offline"], True)
        yield
    finally:
        for layer, show in before:
            _set_show(layer, show)


def save_map(map_or_incidents: folium.Map | gpd.GeoDataFrame, path: str | os.PathLike[str],
             offline: bool = False, **options: Any) -> Path:
    """Write an incident map to an HTML file.

    Parameters
    ----------
    map_or_incidents : folium.Map or GeoDataFrame
        A map from :func:`incident_map`, or incidents to map (then ``options`` go to
        :func:`incident_map`).
    path : str or path-like
        Output ``.html`` file; parent folders are created.
    offline : bool
        Write one self-contained file: every JavaScript and CSS asset inlined from the
        ``folium-offline`` package, opening on the no-tile boundaries basemap. Tiled basemaps stay
        selectable and load only if chosen while online.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    geoincidents.maps.offline.OfflineAssetsError
        ``offline=True`` without a matching folium-offline.

    Examples
    --------
    >>> import tempfile, shapely, geopandas as gpd
    >>> from geoincidents.schema import incidents_frame
    >>> gov = gpd.GeoDataFrame({"pcode": ["SY07"], "name": ["Idleb"]},
    ...                        geometry=[shapely.box(35.95, 35.47, 37.14, 36.41)], crs="EPSG:4326")
    >>> df = incidents_frame([{"location": "Mardikh", "geo_precision": 1,
    ...                        "geometry": shapely.Point(36.79071, 35.8111)}])
    >>> out = save_map(df, tempfile.mkdtemp() + "/idlib.html", offline=True, boundaries={1: gov})
    >>> "cdn.jsdelivr" in out.read_text(encoding="utf-8").split("<body>")[0]
    False
    """
    if isinstance(map_or_incidents, gpd.GeoDataFrame):
        m = incident_map(map_or_incidents, offline=offline, **options)
    elif isinstance(map_or_incidents, folium.Map):
        if options:
            raise TypeError(f"options {sorted(options)} apply only when saving incidents, not a built map")
        m = map_or_incidents
    else:
        raise TypeError(f"expected a folium.Map or an incident GeoDataFrame, not {type(map_or_incidents).__name__}")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    page = offline_page(m) if offline else m.get_root().render()
    out.write_text(page, encoding="utf-8")
    return out


def offline_page(m: folium.Map) -> str:
    """The self-contained HTML page of ``m``: assets inlined, opening on the no-tile basemap.

    What ``save_map(m, path, offline=True)`` writes, and what an ``incident_map(..., offline=True)``
    shows inline in Jupyter (no request leaves the notebook).

    Raises
    ------
    geoincidents.maps.offline.OfflineAssetsError
        Without a matching folium-offline.
    """
    with _offline_basemap_shown(m):
        page = m.get_root().render()
    return inline_assets(page, m)
