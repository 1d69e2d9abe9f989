"""The incident schema: column names, dtypes and an empty-frame constructor.

The column names are a contract (see ``design/incident-schema.md`` in the
project's shared design notes); exports, maps and tests rely on them.
"""
from __future__ import annotations

import geopandas as gpd
import pandas as pd

CRS = "EPSG:4326"

#: Column name -> pandas dtype. Object columns hold str, list, dict or date.
INCIDENT_COLUMNS: dict[str, str] = {
    "incident_id": "object",
    "doc_id": "object",
    "event_type": "object",
    "sub_event_type": "object",
    "weapons": "object",  # list[str]
    "actor1": "object",
    "actor2": "object",
    "fatalities": "Int64",
    "fatalities_low": "Int64",
    "fatalities_high": "Int64",
    "fatalities_text": "object",
    "victims": "object",  # dict[str, int]
    "injured": "Int64",
    "part_of": "object",
    "date_start": "datetime64[s]",  # a day (NaT when unknown), as the schema contract says
    "date_end": "datetime64[s]",
    "time_precision": "Int64",
    "date_text": "object",
    "location": "object",
    "location_mention": "object",
    "place_id": "object",
    "pcode": "object",
    "admin1": "object",
    "admin1_pcode": "object",
    "admin2": "object",
    "admin2_pcode": "object",
    "admin3": "object",
    "admin3_pcode": "object",
    "feature_type": "object",
    "geo_precision": "Int64",
    "where_prec": "Int64",
    "location_confidence": "float64",
    "source": "object",
    "source_title": "object",
    "source_url": "object",
    "published": "datetime64[s]",
    "attribution": "object",
    "evidence": "object",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
}

#: Extra columns this library adds (allowed by the contract: "add, do not rename").
EXTRA_COLUMNS: dict[str, str] = {
    "actors": "object",  # list[str], every actor named for the incident
    "victims_text": "object",  # the words the victim groups came from
    "fatalities_rule": "object",  # which rule gave this incident its count (geoincidents.incidents.tolls)
    "munitions": "object",  # dict[str, int], strikes and munitions counted ("missiles": 1681)
    "sources": "object",  # list[str], every document id merged into this incident
    "n_sources": "Int64",
}

ALL_COLUMNS: dict[str, str] = {**INCIDENT_COLUMNS, **EXTRA_COLUMNS}


def empty_incidents() -> gpd.GeoDataFrame:
    """An incident GeoDataFrame with every schema column and no rows.

    Examples
    --------
    >>> df = empty_incidents()
    >>> len(df), "fatalities" in df.columns, str(df.crs)
    (0, True, 'EPSG:4326')
    """
    frame = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in ALL_COLUMNS.items()})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=CRS), crs=CRS)


def incidents_frame(records: list[dict]) -> gpd.GeoDataFrame:
    """Build a schema-conformant GeoDataFrame from incident dicts with a ``geometry`` key.

    Missing columns are filled with nulls; columns come in schema order.
    """
    if not records:
        return empty_incidents()
    frame = pd.DataFrame.from_records(records)
    for name, dtype in ALL_COLUMNS.items():
        if name not in frame.columns:
            frame[name] = pd.Series([None] * len(frame), dtype=dtype)
        elif dtype == "Int64":
            frame[name] = pd.array(frame[name].astype("object").where(frame[name].notna(), None), dtype="Int64")
        elif dtype == "datetime64[s]":
            frame[name] = as_days(frame[name])
    extra = [c for c in frame.columns if c not in ALL_COLUMNS and c != "geometry"]
    frame = frame[list(ALL_COLUMNS) + extra + ["geometry"]]
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=CRS)


def as_days(values: pd.Series) -> pd.Series:
    """Dates (``datetime.date``, ISO text or timestamps) as ``datetime64[s]`` days, NaT when missing.

    Second resolution rather than nanoseconds, so that the null dates some sources use
    (``0001-01-01``) stay dates instead of overflowing.

    Examples
    --------
    >>> import datetime
    >>> as_days(pd.Series([datetime.date(2017, 9, 24), None, "0001-01-01"])).tolist()
    [Timestamp('2017-09-24 00:00:00'), NaT, Timestamp('0001-01-01 00:00:00')]
    """
    try:
        return pd.Series(list(values), index=values.index, dtype="datetime64[s]").dt.normalize()
    except (TypeError, ValueError, OverflowError):
        return pd.to_datetime(values, errors="coerce").astype("datetime64[s]").dt.normalize()
