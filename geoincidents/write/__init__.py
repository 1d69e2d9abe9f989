"""The writing wing: incidents and mentions out to the files GIS users open.

* :mod:`~geoincidents.write.files`: :func:`write` (format by extension, written atomically);
* :mod:`~geoincidents.write.formats`: each format's table (GeoJSON, GeoParquet, GeoPackage, CSV);
* :mod:`~geoincidents.write.acled`: the ACLED-compatible table (``write(..., acled=True)``);
* :mod:`~geoincidents.write.cells`: values as cells every format can hold (no lost or mangled text).
"""
from __future__ import annotations

from .acled import ACLED_COLUMNS, to_acled
from .files import FORMATS, write, write_atomically
from .formats import parquet_frame, to_geojson

__all__ = ["ACLED_COLUMNS", "FORMATS", "parquet_frame", "to_acled", "to_geojson", "write", "write_atomically"]
