"""Interactive incident maps (folium): :func:`incident_map` and :func:`save_map`.

Examples
--------
>>> from geoincidents.maps import incident_map, save_map
>>> callable(incident_map) and callable(save_map)
True
"""
from __future__ import annotations

from geoincidents.maps.build import incident_map
from geoincidents.maps.offline import OfflineAssetsError
from geoincidents.maps.save import save_map

__all__ = ["incident_map", "save_map", "OfflineAssetsError"]
