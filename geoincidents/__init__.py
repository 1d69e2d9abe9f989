"""geoincidents: conflict news about Syria -> incidents on a map.

Text in, cleaning, place mentions, resolution against a bundled offline
gazetteer, event fields, incidents (a GeoDataFrame), folium maps out.
"""
from __future__ import annotations

from .lazy import lazy_exports

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

__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
