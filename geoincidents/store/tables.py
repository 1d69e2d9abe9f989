"""The store's three tables and the conversions between their rows and incident dicts.

* ``documents``: one row per distinct article text (``content_hash`` is the key:
  the same text read again, from any path, is not stored twice);
* ``mentions``: every place mention of those documents (points where resolved);
* ``incidents``: merged incidents, with the schema's columns; lists and dicts are
  JSON text, ``date_start``/``date_end``/``published`` real DATE columns.

Examples
--------
>>> row = incident_row({"incident_id": "x", "weapons": ["mortar"], "lon": 36.6, "lat": 35.9,
...                     "date_start": __import__("datetime").date(2019, 3, 4)})
>>> row["weapons"], row["date_start"]
('["mortar"]', '2019-03-04')
>>> incident_dict(row)["weapons"], incident_dict(row)["date_start"]
(['mortar'], datetime.date(2019, 3, 4))
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

import pandas as pd
import shapely

from ..schema import ALL_COLUMNS
from .gpkg import point_blob, read_blob

__all__ = ["DOCUMENT_COLUMNS", "MENTION_COLUMNS", "INCIDENT_COLUMNS", "incident_row", "incident_dict"]

DOCUMENT_COLUMNS = {
    "doc_id": "TEXT NOT NULL", "content_hash": "TEXT NOT NULL UNIQUE", "path": "TEXT", "source": "TEXT",
    "title": "TEXT", "url": "TEXT", "published": "DATE", "status": "TEXT NOT NULL", "problem": "TEXT",
    "n_incidents": "INTEGER", "n_mentions": "INTEGER", "ingested": "DATETIME",
}
MENTION_COLUMNS = {
    "doc_id": "TEXT NOT NULL", "content_hash": "TEXT NOT NULL", "mention": "TEXT", "start": "INTEGER",
    "end": "INTEGER", "sentence": "TEXT", "status": "TEXT", "is_incident_location": "BOOLEAN", "place_id": "TEXT",
    "location": "TEXT", "feature_type": "TEXT", "pcode": "TEXT", "admin1": "TEXT", "admin1_pcode": "TEXT",
    "admin2": "TEXT", "admin2_pcode": "TEXT", "admin3": "TEXT", "admin3_pcode": "TEXT", "geo_precision": "INTEGER",
    "where_prec": "INTEGER", "confidence": "REAL", "cue": "TEXT", "reason": "TEXT", "candidates": "TEXT",
}
_DATES = ("date_start", "date_end", "published")
# Lists and dicts of the schema (JSON text in SQLite), plus the internal provenance offsets.
_JSON = ("weapons", "victims", "actors", "munitions", "sources", "evidence_spans")
_SQL_TYPE = {"Int64": "INTEGER", "float64": "REAL", "object": "TEXT"}
INCIDENT_COLUMNS = {c: ("DATE" if c in _DATES else _SQL_TYPE[t]) for c, t in ALL_COLUMNS.items()}
INCIDENT_COLUMNS["incident_id"] = "TEXT NOT NULL UNIQUE"
INCIDENT_COLUMNS.update({"evidence_spans": "TEXT", "mention_start": "INTEGER", "mention_end": "INTEGER",
                         "lon": "REAL", "lat": "REAL", "updated": "DATETIME"})
_FIELDS = [c for c in INCIDENT_COLUMNS if c != "updated"]


def _clean(value: Any) -> Any:
    """A value SQLite stores: NaN/NA as NULL, numpy scalars as Python, NUL kept (SQLite keeps it)."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return None if value is pd.NA else value


def incident_row(inc: dict) -> dict:
    """An incident dict (as the pipeline makes, with ``lon``/``lat``) as a row of the incidents table."""
    row = {}
    for c in _FIELDS:
        v = _clean(inc.get(c))
        if c in _JSON:
            v = json.dumps(v if v is not None else ([] if c != "victims" and c != "munitions" else {}),
                           ensure_ascii=False, default=str)
        elif c in _DATES and isinstance(v, date):
            v = v.isoformat()
        row[c] = v
    if row["n_sources"] is None:
        row["n_sources"] = len(inc.get("sources") or [])
    row["geom"] = point_blob(row["lon"], row["lat"]) if row["lon"] is not None else None
    return row


def incident_dict(row: dict) -> dict:
    """A stored row back as the dict :func:`geoincidents.incidents.build.merge_incidents` works on."""
    inc = {c: row.get(c) for c in _FIELDS}
    for c in _JSON:
        inc[c] = json.loads(inc[c]) if inc[c] else ([] if c not in ("victims", "munitions") else {})
    inc["evidence_spans"] = [tuple(s) for s in inc["evidence_spans"]]
    for c in _DATES:
        inc[c] = date.fromisoformat(inc[c]) if inc[c] else None
    if inc["lon"] is None and row.get("geom"):
        p = read_blob(row["geom"])
        inc["lon"], inc["lat"] = shapely.get_x(p), shapely.get_y(p)
    return inc


def mention_row(r: dict, content_hash: str) -> dict:
    """A mention row (:func:`geoincidents.frames.mention_rows`) for the mentions table."""
    row = {c: _clean(r.get(c)) for c in MENTION_COLUMNS if c not in ("content_hash", "candidates")}
    row["content_hash"] = content_hash
    row["candidates"] = json.dumps(r.get("candidates") or [], ensure_ascii=False, default=str)
    g = r.get("geometry")
    row["geom"] = point_blob(g.x, g.y) if g is not None and not g.is_empty else None
    return row
