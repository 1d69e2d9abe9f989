"""Values as cells that every output format can hold, without losing or mangling text.

Shared by the format writers of :mod:`geoincidents.write`:

* lone surrogates (not encodable as UTF-8) become U+FFFD in every format;
* NUL (``\\x00``) becomes U+FFFD in GeoPackage, because GDAL stores C strings and a
  NUL would silently cut the evidence short (other formats keep NUL as is);
* a CSV text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is prefixed with ``'`` so that a spreadsheet shows it instead of running it
  as a formula (OWASP "CSV injection"). Only text cells: numeric columns (``lon``,
  ``lat``, counts) are untouched, so a negative number stays a number. Strip the
  leading ``'`` when reading such a cell back as data;
* lists and dicts become JSON text, and day columns real dates, for formats
  without those types.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import pandas as pd

__all__ = ["INTERNAL", "plain", "records", "safe_text", "textual", "flat", "days_as_dates"]

# Lone surrogates: a str may hold them, no UTF-8 writer can encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Columns that are offsets/bookkeeping inside the library, not part of an export.
INTERNAL = ("evidence_spans", "mention_start", "mention_end")
# Cells a spreadsheet would run as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain(value: Any) -> Any:
    """A JSON-able value: dates as ISO strings, NA as None, numpy scalars as Python.

    Examples
    --------
    >>> plain({"when": date(2017, 9, 24), "n": float("nan")})
    {'when': '2017-09-24', 'n': None}
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()  # a day column (datetime64): "2017-09-24", not midnight
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def records(gdf: gpd.GeoDataFrame) -> list[dict]:
    """The exported columns of each row (no geometry, no internal columns) as plain values."""
    cols = [c for c in gdf.columns if c != gdf.geometry.name and c not in INTERNAL]
    return [{c: plain(v) for c, v in zip(cols, row)} for row in gdf[cols].itertuples(index=False, name=None)]


def safe_text(value: Any, *, nul: bool = False, formula: bool = False) -> Any:
    """A str cell made safe for the target format (see the module docstring); other values unchanged.

    Examples
    --------
    >>> safe_text("=1+1", formula=True), safe_text("a\\x00b", nul=True), safe_text(-3, formula=True)
    ("'=1+1", 'a\\ufffdb', -3)
    """
    if not isinstance(value, str):
        return value
    value = _SURROGATE.sub("\ufffd", value)
    if nul:
        value = value.replace("\x00", "\ufffd")
    if formula and value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def textual(column: pd.Series) -> bool:
    """Object or string dtype (pandas 3 gives text its own ``str`` dtype)."""
    return column.dtype == object or pd.api.types.is_string_dtype(column.dtype)


def flat(gdf: gpd.GeoDataFrame, *, nul: bool = False, formula: bool = False,
         dates: bool = False) -> gpd.GeoDataFrame:
    """Lists/dicts as JSON text and dates as ISO text, for formats without those types.

    ``nul`` replaces NUL in text (GeoPackage), ``formula`` defuses spreadsheet formulas (CSV),
    ``dates`` keeps columns of dates as dates (GeoPackage has a DATE type).
    """
    out = gdf.drop(columns=[c for c in INTERNAL if c in gdf.columns]).copy()
    if dates:
        days_as_dates(out)
    for col in out.columns:
        if col == out.geometry.name or not textual(out[col]):
            continue  # numeric/boolean columns are never text: a negative number stays a number
        if dates and _date_column(out[col]):
            continue
        out[col] = [safe_text(json.dumps(plain(v), ensure_ascii=False) if isinstance(v, (list, dict, tuple))
                              else plain(v), nul=nul, formula=formula) for v in out[col]]
    return out


def _date_column(column: pd.Series) -> bool:
    """Only dates (and nulls), at least one date: a column GeoPackage and Parquet store as DATE."""
    values = [v for v in column if v is not None and v is not pd.NA and v == v]
    return bool(values) and all(isinstance(v, date) and not isinstance(v, datetime) for v in values)


def days_as_dates(frame: pd.DataFrame) -> None:
    """Day columns (``datetime64`` at midnight) as ``datetime.date``, in place: Arrow writes them as DATE."""
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col].dtype):
            days = frame[col]
            if (days.dropna() == days.dropna().dt.normalize()).all():
                frame[col] = pd.Series([d.date() if d is not pd.NaT else None for d in days],
                                       index=frame.index, dtype=object)
