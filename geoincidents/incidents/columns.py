"""The columns of an incident record that say where and when it is, from a place mention and a date span.

Examples
--------
>>> from datetime import date
>>> from geoincidents.fields.dates import DateSpan
>>> date_columns(DateSpan(date(2020, 2, 27), date(2020, 2, 27), 1), "on Thursday")["time_precision"]
1
"""
from __future__ import annotations

from ..fields.dates import DateSpan
from ..places.mentions import Mention

__all__ = ["date_columns", "place_columns"]


def place_columns(m: Mention) -> dict:
    """The place columns of a record at mention ``m`` (its resolved place, precision and offsets)."""
    p = m.place
    return {
        "location": p.name, "location_mention": m.text, "place_id": p.place_id, "pcode": p.pcode,
        "admin1": p.admin1, "admin1_pcode": p.admin1_pcode, "admin2": p.admin2, "admin2_pcode": p.admin2_pcode,
        "admin3": p.admin3, "admin3_pcode": p.admin3_pcode, "feature_type": p.kind,
        "geo_precision": m.geo_precision, "where_prec": m.where_prec, "location_confidence": m.confidence,
        "lat": p.lat, "lon": p.lon, "mention_start": m.start, "mention_end": m.end,
    }


def date_columns(when: DateSpan | None, text: str | None) -> dict:
    """The date columns of a record dated ``when`` (None: undated), with the words ``text`` that said it."""
    if when is None:
        return {"date_start": None, "date_end": None, "time_precision": None, "date_text": None}
    return {"date_start": when.start, "date_end": when.end, "time_precision": when.precision, "date_text": text}
