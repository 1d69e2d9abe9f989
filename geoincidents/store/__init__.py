"""An incident store: a GeoPackage (documents, mentions, incidents) grown by ``geoincidents ingest``.

Open it in QGIS (the ``date_start``/``date_end`` DATE columns drive the temporal
controller), map it with ``geoincidents map --store``, export it with
``geoincidents export --store``.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "s.gpkg"
>>> with IncidentStore(path) as store:
...     _ = store.ingest(["Two civilians were killed in shelling on Ariha on Monday."], published="2019-03-05")
>>> list(read_incidents(path)["location"])
['Ariha']
"""
from __future__ import annotations

from .ingest import IncidentStore, content_hash
from .read import read_incidents, read_table

__all__ = ["IncidentStore", "content_hash", "read_incidents", "read_table"]
