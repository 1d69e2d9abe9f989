"""The GeoDataFrames the pipeline returns: incidents (:func:`to_frame`) and place mentions.

:func:`geoincidents.extract`, ``extract_many``, the Dask engine and the store all
build their incident tables here, so every path gives the same columns and attrs.
"""
from __future__ import annotations

from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from .schema import CRS, incidents_frame

__all__ = ["MENTION_COLUMNS", "mention_rows", "mentions_frame", "to_frame"]

def to_frame(records: list[dict], problems: list[dict], n_docs: int,
             unresolved: list[dict] | None = None) -> gpd.GeoDataFrame:
    """Incident dicts (with ``lon``/``lat``) as the schema's GeoDataFrame, run accounting in attrs.

    ``records`` are consumed: their ``lon``/``lat`` become a ``geometry`` point and
    ``n_sources`` counts their ``sources``. ``attrs`` carries ``problems``, ``documents``
    (how many were read) and ``unresolved`` (place names the gazetteer could not resolve).

    Examples
    --------
    >>> gdf = to_frame([{"location": "Ariha", "lon": 36.6, "lat": 35.8, "sources": ["a", "b"]}], [], 1)
    >>> int(gdf.loc[0, "n_sources"]), gdf.geometry[0].x, gdf.attrs["documents"]
    (2, 36.6, 1)
    """
    # All points at once (shapely's vectorised constructor: one Point() call each cost ~4 us).
    points = shapely.points([r.pop("lon") for r in records], [r.pop("lat") for r in records]) if records else []
    for r, point in zip(records, points):
        r["geometry"] = point
        r["n_sources"] = len(r["sources"])
    gdf = incidents_frame(records)
    gdf.attrs["problems"] = problems
    gdf.attrs["documents"] = n_docs
    gdf.attrs["unresolved"] = unresolved or []
    return gdf


#: Columns of :func:`mentions`, in order (also for an empty result).
MENTION_COLUMNS = [
    "doc_id", "mention", "start", "end", "sentence", "sentence_start", "sentence_end", "status",
    "is_incident_location", "place_id", "location", "feature_type", "pcode", "admin1", "admin1_pcode",
    "admin2", "admin2_pcode", "admin3", "admin3_pcode", "geo_precision", "where_prec", "confidence",
    "cue", "reason", "candidates", "geometry",
]


def mention_rows(res: Any) -> list[dict]:
    """One row per mention of a pipeline ``Result``: offsets, status, the chosen place, candidates."""
    doc = res.document
    text = doc.text
    rows = []
    for m in res.mentions:
        p = m.place if m.status == "resolved" else None  # an unresolved name has candidates, not a place
        lat, lon = (p.lat, p.lon) if p else (m.foreign[2], m.foreign[3]) if m.foreign else (None, None)
        rows.append({
            "doc_id": doc.doc_id, "mention": m.text, "start": m.start, "end": m.end,
            "sentence": text[m.sentence_start:m.sentence_end], "sentence_start": m.sentence_start,
            "sentence_end": m.sentence_end, "status": m.status,
            "is_incident_location": m.is_incident_location,
            "place_id": p.place_id if p else None,
            "location": p.name if p else (m.foreign[0] if m.foreign else None),
            "feature_type": p.kind if p else (m.foreign[1] if m.foreign else None),
            "pcode": p.pcode if p else None, "admin1": p.admin1 if p else None,
            "admin1_pcode": p.admin1_pcode if p else None, "admin2": p.admin2 if p else None,
            "admin2_pcode": p.admin2_pcode if p else None, "admin3": p.admin3 if p else None,
            "admin3_pcode": p.admin3_pcode if p else None,
            "geo_precision": m.geo_precision, "where_prec": m.where_prec, "confidence": m.confidence,
            "cue": m.cue, "reason": m.not_incident or m.reason,
            "candidates": [{"place_id": c.place_id, "name": c.name, "kind": c.kind, "admin1": c.admin1,
                            "score": c.score} for c in m.candidates[:5]],
            "geometry": shapely.Point(lon, lat) if lat is not None else None,
        })
    return rows


def mentions_frame(rows: list[dict], problems: list[dict], n_docs: int) -> gpd.GeoDataFrame:
    """The mention rows as a GeoDataFrame (every column even when empty), with problems in attrs."""
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    gdf = gpd.GeoDataFrame(frame, geometry="geometry", crs=CRS)
    gdf.attrs["problems"] = problems
    gdf.attrs["documents"] = n_docs
    return gdf
