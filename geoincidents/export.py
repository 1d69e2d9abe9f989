"""Write incidents (or mentions) to the files GIS users open: GeoJSON, GeoPackage, GeoParquet, CSV.

Lists (``weapons``, ``actors`` ...) stay native in GeoJSON and GeoParquet; dicts
(``victims``, ``munitions``) stay native in GeoJSON and are JSON text in GeoParquet
(their keys vary by row). GeoPackage and CSV have neither type: both are JSON text there.

Text is written so that no format loses or mangles it:

* lone surrogates (not encodable as UTF-8) become U+FFFD in every format;
* GeoPackage: NUL (``\x00``) becomes U+FFFD, because GDAL stores C strings and a NUL
  would silently cut the evidence short (other formats keep NUL as is); dates are
  DATE columns there and ``date32`` in GeoParquet (real dates, not text);
* CSV: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is prefixed with ``'`` so that a spreadsheet shows it instead of running it
  as a formula (OWASP "CSV injection"). Only text cells: numeric columns (``lon``,
  ``lat``, counts) are untouched, so a negative number stays a number. Strip the
  leading ``'`` when reading such a cell back as data.

Files are written whole or not at all: to a temporary file beside the target,
then renamed over it (atomic on POSIX and Windows), so a failing or killed run
never leaves a truncated ``.gpkg`` or ``.geojson``. The target's folder must
exist: a mistyped ``-o`` folder is an error, not a silently created tree.

:func:`to_acled` gives ACLED's column names and conventions (``event_date``,
``latitude``/``longitude``, fatalities 0 when none are reported, ...) for tools
that read ACLED exports; ``write(..., acled=True)`` writes it as CSV.
"""
from __future__ import annotations

import json
import os
import re
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import geopandas as gpd
import pandas as pd

__all__ = ["to_geojson", "to_acled", "write", "write_atomically", "FORMATS", "ACLED_COLUMNS"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".parquet": "Parquet", ".csv": "CSV"}
# Lone surrogates: a str may hold them, no UTF-8 writer can encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Columns that are offsets/bookkeeping inside the library, not part of an export.
_INTERNAL = ("evidence_spans", "mention_start", "mention_end")


def _plain(value: Any) -> Any:
    """A JSON-able value: dates as ISO strings, NA as None, numpy scalars as Python."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp) and value == value.normalize():
        return value.date().isoformat()  # a day column (datetime64): "2017-09-24", not midnight
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def _records(gdf: gpd.GeoDataFrame) -> list[dict]:
    cols = [c for c in gdf.columns if c != gdf.geometry.name and c not in _INTERNAL]
    return [{c: _plain(v) for c, v in zip(cols, row)} for row in gdf[cols].itertuples(index=False, name=None)]


def to_geojson(gdf: gpd.GeoDataFrame, *, indent: int | None = None) -> str:
    """A GeoJSON FeatureCollection whose feature properties are the table's columns.

    Examples
    --------
    >>> from geoincidents.schema import empty_incidents
    >>> json.loads(to_geojson(empty_incidents()))["features"]
    []
    """
    geoms = gdf.geometry.to_crs("EPSG:4326") if gdf.crs is not None else gdf.geometry
    features = []
    for props, geom in zip(_records(gdf), geoms):
        features.append({"type": "Feature", "properties": props,
                         "geometry": None if geom is None or geom.is_empty else geom.__geo_interface__})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=indent)


# Cells a spreadsheet would run as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_text(value: Any, *, nul: bool = False, formula: bool = False) -> Any:
    """A str cell made safe for the target format (see the module docstring); other values unchanged."""
    if not isinstance(value, str):
        return value
    value = _SURROGATE.sub("\ufffd", value)
    if nul:
        value = value.replace("\x00", "\ufffd")
    if formula and value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def _textual(column: pd.Series) -> bool:
    """Object or string dtype (pandas 3 gives text its own ``str`` dtype)."""
    return column.dtype == object or pd.api.types.is_string_dtype(column.dtype)


def _flat(gdf: gpd.GeoDataFrame, *, nul: bool = False, formula: bool = False,
          dates: bool = False) -> gpd.GeoDataFrame:
    """Lists/dicts as JSON text and dates as ISO text, for formats without those types.

    ``nul`` replaces NUL in text (GeoPackage), ``formula`` defuses spreadsheet formulas (CSV),
    ``dates`` keeps columns of dates as dates (GeoPackage has a DATE type).
    """
    out = gdf.drop(columns=[c for c in _INTERNAL if c in gdf.columns]).copy()
    if dates:
        _days_as_dates(out)
    for col in out.columns:
        if col == out.geometry.name or not _textual(out[col]):
            continue  # numeric/boolean columns are never text: a negative number stays a number
        if dates and _date_column(out[col]):
            continue
        out[col] = [_safe_text(json.dumps(_plain(v), ensure_ascii=False) if isinstance(v, (list, dict, tuple))
                               else _plain(v), nul=nul, formula=formula) for v in out[col]]
    return out


def _date_column(column: pd.Series) -> bool:
    """Only dates (and nulls), at least one date: a column GeoPackage and Parquet store as DATE."""
    values = [v for v in column if v is not None and v is not pd.NA and v == v]
    return bool(values) and all(isinstance(v, date) and not isinstance(v, datetime) for v in values)


def _days_as_dates(frame: pd.DataFrame) -> None:
    """Day columns (``datetime64`` at midnight) as ``datetime.date``: Arrow writes them as DATE."""
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col].dtype):
            days = frame[col]
            if (days.dropna() == days.dropna().dt.normalize()).all():
                frame[col] = pd.Series([d.date() if d is not pd.NaT else None for d in days],
                                       index=frame.index, dtype=object)


def parquet_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` as GeoParquet stores it: dicts as JSON text, dates as real dates (Arrow ``date32``).

    Also what the Dask engine writes in partitions, so both outputs read back equal.
    """
    out = gdf.drop(columns=[c for c in _INTERNAL if c in gdf.columns]).copy()
    _days_as_dates(out)
    for col in out.columns:  # pyarrow cannot store dicts with varying keys: JSON text
        if out[col].dtype == object and any(isinstance(v, dict) for v in out[col]):
            out[col] = [json.dumps(_plain(v), ensure_ascii=False) if v is not None else None for v in out[col]]
    for col in out.columns:
        if _textual(out[col]) and col != out.geometry.name and any(isinstance(v, str) for v in out[col]):
            out[col] = [_safe_text(v) for v in out[col]]
    return out


def write_atomically(path: str | Path, write_to: Callable[[Path], Any]) -> Path:
    """Call ``write_to(tmp)`` for a temporary file beside ``path``, then rename it to ``path``.

    The temporary name keeps the extension (GDAL picks drivers by it) and is removed
    if ``write_to`` fails, so ``path`` is either the old file or the complete new one.

    Raises
    ------
    FileNotFoundError
        If the folder of ``path`` does not exist.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> write_atomically(d / "a.txt", lambda tmp: tmp.write_text("whole")).read_text()
    'whole'
    """
    path = Path(path)
    parent = path.parent
    if not parent.is_dir():
        raise FileNotFoundError(f"cannot write {path}: folder {str(parent)!r} does not exist (create it first)")
    tmp = parent / f".{path.name}.{os.getpid()}-{time.monotonic_ns()}.tmp{path.suffix}"
    try:
        write_to(tmp)
        with open(tmp, "rb+") as fh:  # on disk before the rename, so a power cut cannot publish a hole
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:  # also KeyboardInterrupt: never leave the temporary file behind
        tmp.unlink(missing_ok=True)
        raise
    return path


def write(gdf: gpd.GeoDataFrame, path: str | Path, *, acled: bool = False) -> Path:
    """Write ``gdf`` to ``path``; the format follows the extension (.geojson, .gpkg, .parquet, .csv).

    Text cells are made safe per format (module docstring): NUL becomes U+FFFD in
    GeoPackage, and CSV text cells starting with ``= + - @``, tab or CR get a leading
    ``'`` (OWASP CSV-injection advice; numeric columns are left as numbers). The file
    is replaced atomically (:func:`write_atomically`). ``acled=True`` writes the
    ACLED-compatible table of :func:`to_acled` (CSV only).

    Raises
    ------
    ValueError
        For an extension that is not one of those.
    FileNotFoundError
        If the folder of ``path`` does not exist.

    Examples
    --------
    >>> import tempfile
    >>> from geoincidents.schema import empty_incidents
    >>> write(empty_incidents(), Path(tempfile.mkdtemp()) / "none.geojson").name
    'none.geojson'
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {path.name!r}: use one of {', '.join(sorted(FORMATS))}")
    if acled and suffix != ".csv":
        raise ValueError(f"the ACLED table is written as CSV: use a .csv file, not {path.name!r}")
    return write_atomically(path, lambda tmp: _write(gdf, tmp, suffix, acled))


def _write(gdf: gpd.GeoDataFrame, path: Path, suffix: str, acled: bool) -> None:
    if acled:
        to_acled(gdf).to_csv(path, index=False)
    elif suffix in (".geojson", ".json"):
        path.write_text(to_geojson(gdf), encoding="utf-8")
    elif suffix == ".parquet":
        parquet_frame(gdf).to_parquet(path, index=False)
    elif suffix == ".gpkg":
        # Through Arrow, a column of dates becomes a real DATE column (QGIS's temporal controller
        # reads it); GDAL's classic path would write it as TEXT.
        _flat(gdf, nul=True, dates=True).to_file(path, layer="incidents", driver="GPKG", use_arrow=True)
    else:
        flat = _flat(gdf, formula=True)
        frame = pd.DataFrame(flat.drop(columns=flat.geometry.name))
        frame["lon"] = [g.x if g is not None and not g.is_empty else None for g in flat.geometry]
        frame["lat"] = [g.y if g is not None and not g.is_empty else None for g in flat.geometry]
        frame.to_csv(path, index=False)


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
    for rec, geom in zip(_records(gdf), gdf.geometry):
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
        if _textual(frame[col]):
            frame[col] = [_safe_text(v, formula=True) for v in frame[col]]
    return frame
