"""Write incidents (or mentions) to the files GIS users open: GeoJSON, GeoPackage, GeoParquet, CSV.

Lists (``weapons``, ``actors`` ...) stay native in GeoJSON and GeoParquet; dicts
(``victims``, ``munitions``) stay native in GeoJSON and are JSON text in GeoParquet
(their keys vary by row). GeoPackage and CSV have neither type: both are JSON text there.

Text is written so that no format loses or mangles it:

* lone surrogates (not encodable as UTF-8) become U+FFFD in every format;
* GeoPackage: NUL (``\x00``) becomes U+FFFD, because GDAL stores C strings and a NUL
  would silently cut the evidence short (other formats keep NUL as is);
* CSV: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is prefixed with ``'`` so that a spreadsheet shows it instead of running it
  as a formula (OWASP "CSV injection"). Only text cells: numeric columns (``lon``,
  ``lat``, counts) are untouched, so a negative number stays a number. Strip the
  leading ``'`` when reading such a cell back as data.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

__all__ = ["to_geojson", "write", "FORMATS"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".parquet": "Parquet", ".csv": "CSV"}
# Lone surrogates: a str may hold them, no UTF-8 writer can encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Columns that are offsets/bookkeeping inside the library, not part of an export.
_INTERNAL = ("evidence_spans", "mention_start", "mention_end")


def _plain(value: Any) -> Any:
    """A JSON-able value: dates as ISO strings, NA as None, numpy scalars as Python."""
    if value is None or value is pd.NA:
        return None
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


def _flat(gdf: gpd.GeoDataFrame, *, nul: bool = False, formula: bool = False) -> gpd.GeoDataFrame:
    """Lists/dicts as JSON text and dates as ISO text, for formats without those types.

    ``nul`` replaces NUL in text (GeoPackage), ``formula`` defuses spreadsheet formulas (CSV).
    """
    out = gdf.drop(columns=[c for c in _INTERNAL if c in gdf.columns]).copy()
    for col in out.columns:
        if col == out.geometry.name or not _textual(out[col]):
            continue  # numeric/boolean columns are never text: a negative number stays a number
        out[col] = [_safe_text(json.dumps(_plain(v), ensure_ascii=False) if isinstance(v, (list, dict, tuple))
                               else _plain(v), nul=nul, formula=formula) for v in out[col]]
    return out


def write(gdf: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write ``gdf`` to ``path``; the format follows the extension (.geojson, .gpkg, .parquet, .csv).

    Text cells are made safe per format (module docstring): NUL becomes U+FFFD in
    GeoPackage, and CSV text cells starting with ``= + - @``, tab or CR get a leading
    ``'`` (OWASP CSV-injection advice; numeric columns are left as numbers).

    Raises
    ------
    ValueError
        For an extension that is not one of those.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {path.name!r}: use one of {', '.join(sorted(FORMATS))}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".geojson", ".json"):
        path.write_text(to_geojson(gdf), encoding="utf-8")
    elif suffix == ".parquet":
        out = gdf.drop(columns=[c for c in _INTERNAL if c in gdf.columns]).copy()
        for col in out.columns:  # pyarrow cannot store dicts with varying keys: JSON text
            if out[col].dtype == object and any(isinstance(v, dict) for v in out[col]):
                out[col] = [json.dumps(_plain(v), ensure_ascii=False) if v is not None else None for v in out[col]]
        for col in out.columns:
            if out[col].dtype == object and col != out.geometry.name:
                if any(isinstance(v, (date, datetime)) for v in out[col]):
                    out[col] = pd.to_datetime(out[col]).dt.date
            if _textual(out[col]) and col != out.geometry.name and any(isinstance(v, str) for v in out[col]):
                out[col] = [_safe_text(v) for v in out[col]]
        out.to_parquet(path, index=False)
    elif suffix == ".gpkg":
        path.unlink(missing_ok=True)
        _flat(gdf, nul=True).to_file(path, layer="incidents", driver="GPKG")
    else:
        flat = _flat(gdf, formula=True)
        frame = pd.DataFrame(flat.drop(columns=flat.geometry.name))
        frame["lon"] = [g.x if g is not None and not g.is_empty else None for g in flat.geometry]
        frame["lat"] = [g.y if g is not None and not g.is_empty else None for g in flat.geometry]
        frame.to_csv(path, index=False)
    return path
