"""The incidents as an ACLED-compatible table, for tools that read ACLED exports.

ACLED's column names and conventions (``event_date``, ``latitude``/``longitude``,
fatalities 0 when none are reported, ...); ``write(..., acled=True)`` writes it as CSV.
"""
from __future__ import annotations

import time

import geopandas as gpd
import pandas as pd

from .cells import records, safe_text, textual

__all__ = ["ACLED_COLUMNS", "to_acled"]

#: ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
]
_DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations",
             "Strategic developments": "Strategic developments"}

def to_acled(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """The incidents as an ACLED-style table (text cells defused for spreadsheets).

    ACLED conventions kept: ISO ``event_date`` (the first day of the span),
    ``time_precision`` and ``geo_precision`` 1-3 (3 when unknown), ``fatalities`` 0 when
    no count is reported, other actors in ``assoc_actor_1``, country Syria (ISO 760),
    the evidence sentence as ``notes``.

    Examples
    --------
    >>> from geoincidents.schema import empty_incidents
    >>> list(to_acled(empty_incidents()).columns[:3])
    ['event_id_cnty', 'event_date', 'year']
    """
    rows = []
    now = int(time.time())
    for rec, geom in zip(records(gdf), gdf.geometry):
        start = rec.get("date_start")
        actors = [a for a in (rec.get("actors") or []) if a not in (rec.get("actor1"), rec.get("actor2"))]
        event_type = rec.get("event_type") or ""
        point = geom is not None and not geom.is_empty
        rows.append({
            "event_id_cnty": f"SYR-{rec.get('incident_id')}", "event_date": start or "",
            "year": int(str(start)[:4]) if start else None, "time_precision": rec.get("time_precision") or 3,
            "disorder_type": _DISORDER.get(event_type, "Political violence") if event_type else "",
            "event_type": event_type, "sub_event_type": rec.get("sub_event_type") or "",
            "actor1": rec.get("actor1") or "", "assoc_actor_1": "; ".join(actors), "inter1": None,
            "actor2": rec.get("actor2") or "", "assoc_actor_2": "", "inter2": None, "interaction": None,
            "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
            "iso": 760, "region": "Middle East", "country": "Syria",
            "admin1": rec.get("admin1") or "", "admin2": rec.get("admin2") or "", "admin3": rec.get("admin3") or "",
            "location": rec.get("location") or "",
            "latitude": round(geom.y, 4) if point else None, "longitude": round(geom.x, 4) if point else None,
            "geo_precision": rec.get("geo_precision") or 3, "source": rec.get("source") or "", "source_scale": "",
            "notes": rec.get("evidence") or "", "fatalities": rec.get("fatalities") or 0, "tags": "",
            "timestamp": now,
        })
    frame = pd.DataFrame(rows, columns=ACLED_COLUMNS)
    for col in frame.columns:
        if textual(frame[col]):
            frame[col] = [safe_text(v, formula=True) for v in frame[col]]
    return frame
