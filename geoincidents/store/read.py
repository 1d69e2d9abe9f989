"""Reading a store back: incidents as the schema's GeoDataFrame (for maps and exports), any table raw.

Reading never creates a store and changes nothing in it (except rolling back
the unfinished batch of a killed ingest, as any SQLite reader must).

Examples
--------
>>> read_incidents("missing.gpkg")
Traceback (most recent call last):
...
FileNotFoundError: no store at missing.gpkg (create one with: geoincidents ingest PATH... --store missing.gpkg)
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..schema import CRS, incidents_frame
from .gpkg import read_blob
from .tables import incident_dict

__all__ = ["read_incidents", "read_table"]


def _open(path: str | os.PathLike) -> sqlite3.Connection:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no store at {path} (create one with: geoincidents ingest PATH... --store {path})")
    # mode=rw, not ro: after a killed ingest, the first reader must roll the hot journal back,
    # which a read-only connection cannot do. rw never creates a file; ro is the fallback.
    mode = "rw" if os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK) else "ro"
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=120)
    try:
        con.execute("SELECT 1 FROM incidents LIMIT 1")
    except sqlite3.DatabaseError as exc:
        con.close()
        raise ValueError(f"{path} is not an incident store ({exc})") from None
    return con


def read_incidents(path: str | os.PathLike) -> gpd.GeoDataFrame:
    """The store's incidents with the schema's columns and types (dates as ``datetime64`` days).

    ``.attrs["documents"]`` is the number of documents stored.
    """
    con = _open(path)
    try:
        cur = con.execute("SELECT * FROM incidents ORDER BY fid")
        names = [d[0] for d in cur.description]
        records = []
        for values in cur:
            inc = incident_dict(dict(zip(names, values)))
            records.append(inc)
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()
    for r in records:
        r["n_sources"] = len(r["sources"])
    for r in records:
        r["geometry"] = _point(r.pop("lon"), r.pop("lat"))
    gdf = incidents_frame(records)
    gdf.attrs.update(problems=[], documents=n_docs, unresolved=[])
    return gdf


def _point(lon: float | None, lat: float | None):
    import shapely

    return shapely.Point(lon, lat) if lon is not None else None


def read_table(path: str | os.PathLike, table: str) -> gpd.GeoDataFrame | pd.DataFrame:
    """One table as stored (``documents``, ``mentions`` or ``incidents``); features get their points."""
    if table not in ("documents", "mentions", "incidents"):
        raise ValueError(f"no table {table!r}: the store has documents, mentions and incidents")
    con = _open(path)
    try:
        frame = pd.read_sql_query(f'SELECT * FROM "{table}" ORDER BY fid', con)
    finally:
        con.close()
    if "geom" not in frame.columns:
        return frame
    geoms = [read_blob(b) for b in frame.pop("geom")]
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=CRS), crs=CRS)
