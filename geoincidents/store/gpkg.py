"""A GeoPackage written with the standard library's sqlite3: tables, geometry blobs, dates.

GDAL would do this too, but an incident store needs what GDAL's writer does not
give: several tables changed in *one* SQLite transaction, so a crash or a kill
leaves the file exactly as before the batch. So the store speaks SQL itself and
follows the GeoPackage 1.4 encoding (OGC 12-128r18): the ``gpkg_*`` metadata
tables, point geometries as ``GP`` header + WKB, DATE columns as ISO text (which
QGIS's temporal controller reads as dates). No spatial index is built: its
triggers call functions only GDAL's SQLite connection defines.

Examples
--------
>>> import shapely
>>> blob = point_blob(36.1, 33.7)
>>> blob[:2], shapely.get_coordinates(read_blob(blob)).tolist()
(b'GP', [[36.1, 33.7]])
"""
from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import Any

import shapely

__all__ = ["connect", "create_table", "point_blob", "read_blob", "SRS_ID"]

SRS_ID = 4326
_APPLICATION_ID = 0x47504B47  # "GPKG"
_USER_VERSION = 10400  # GeoPackage 1.4
_WGS84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
          'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
          '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
          'AUTHORITY["EPSG","4326"]]')
_CORE = [
    """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
       organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
       description TEXT)""",
    """CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
       identifier TEXT UNIQUE, description TEXT DEFAULT '',
       last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
       min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
       srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
       geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
       CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
       CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
       CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
]
_SRS_ROWS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", SRS_ID, "EPSG", 4326, _WGS84, "longitude/latitude coordinates in decimal degrees"),
]
# GeoPackage blob header: envelope indicator (flags bits 1-3) -> envelope size in bytes.
_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# "GP", version 0, flags 1 (little-endian, no envelope), srs_id; then WKB: little-endian, type 1 (Point).
_POINT_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID) + b"\x01" + struct.pack("<I", 1)


def connect(path: str | Path, timeout: float = 120.0) -> sqlite3.Connection:
    """A connection in autocommit mode: the caller opens each transaction (``BEGIN IMMEDIATE``).

    ``timeout`` is how long a writer waits for another process's transaction to end
    (SQLite's busy timeout), so concurrent ingests queue instead of failing.
    """
    con = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    return con


def init(con: sqlite3.Connection) -> None:
    """The GeoPackage core (idempotent); call inside a write transaction."""
    con.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {_USER_VERSION}")
    for ddl in _CORE:
        con.execute(ddl)
    con.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", _SRS_ROWS)


def create_table(con: sqlite3.Connection, name: str, columns: dict[str, str], *, geometry: str | None = None,
                 extra: str = "", description: str = "") -> None:
    """A feature table (``geometry`` = its column's name, POINT) or an attribute table, if missing."""
    cols = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL']
    if geometry:
        cols.append(f'"{geometry}" POINT')
    cols += [f'"{c}" {t}' for c, t in columns.items()]
    if extra:
        cols.append(extra)
    con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({", ".join(cols)})')
    kind = "features" if geometry else "attributes"
    con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                "VALUES (?, ?, ?, ?, ?)", (name, kind, name, description, SRS_ID if geometry else None))
    if geometry:
        con.execute("INSERT OR IGNORE INTO gpkg_geometry_columns VALUES (?, ?, 'POINT', ?, 0, 0)",
                    (name, geometry, SRS_ID))


def touch(con: sqlite3.Connection, name: str, points: list[tuple[float, float]]) -> None:
    """Record a change of table ``name``: ``last_change`` and the extent grown to cover ``points``."""
    if points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        con.execute("UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?), ?), min_y = min(coalesce(min_y, ?), ?),"
                    " max_x = max(coalesce(max_x, ?), ?), max_y = max(coalesce(max_y, ?), ?) WHERE table_name = ?",
                    (min(xs), min(xs), min(ys), min(ys), max(xs), max(xs), max(ys), max(ys), name))
    con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
                (name,))


def point_blob(x: float, y: float) -> bytes:
    """A GeoPackage geometry blob of a point: header (little-endian, no envelope) + WKB."""
    # Packed by hand: a point's WKB is fixed (byte order 1, type 1, x, y), and shapely per point is slow.
    return _POINT_HEADER + struct.pack("<dd", x, y)


def read_blob(blob: bytes | None) -> Any:
    """The shapely geometry of a GeoPackage blob (any envelope), or None."""
    if not blob:
        return None
    flags = blob[3]
    if flags & 0b10000:  # the empty-geometry flag
        return None
    start = 8 + _ENVELOPE.get((flags >> 1) & 0b111, 0)
    return shapely.from_wkb(bytes(blob[start:]))
