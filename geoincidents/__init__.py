"""geoincidents: conflict news about Syria -> incidents on a map.

Text in, cleaning, place mentions, resolution against a bundled offline
gazetteer, event fields, incidents (a GeoDataFrame), folium maps out.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Public names -> the module that defines them. Imported lazily so that
# ``import geoincidents`` stays fast and a CLI call pays only for what it uses.
_EXPORTS = {
    "Gazetteer": "geoincidents.gazetteer.store",
    "Place": "geoincidents.gazetteer.store",
    "lookup": "geoincidents.gazetteer.store",
    "GazetteerGeocoder": "geoincidents.geocoder",
    "Document": "geoincidents.read.documents",
    "read_documents": "geoincidents.read.documents",
    "extract": "geoincidents.pipeline",
    "extract_many": "geoincidents.pipeline",
    "mentions": "geoincidents.pipeline",
    "mentions_many": "geoincidents.pipeline",
    "incident_map": "geoincidents.maps",
    "save_map": "geoincidents.maps",
    "Span": "geoincidents.text.spans",
    "use_gazetteer": "geoincidents.gazetteer.corrections",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geoincidents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
