"""Each file format's table: GeoJSON text, GeoParquet, GeoPackage and CSV frames.

Lists (``weapons``, ``actors`` ...) stay native in GeoJSON and GeoParquet; dicts
(``victims``, ``munitions``) stay native in GeoJSON and are JSON text in GeoParquet
(their keys vary by row). GeoPackage and CSV have neither type: both are JSON text there.
Dates are DATE columns in GeoPackage and ``date32`` in GeoParquet (real dates, not text).
Text cells are made safe per format by :mod:`geoincidents.write.cells`.
"""
from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd

from .cells import INTERNAL, days_as_dates, flat, plain, records, safe_text, textual

__all__ = ["to_geojson", "parquet_frame", "gpkg_frame", "csv_frame"]


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
    for props, geom in zip(records(gdf), geoms):
        features.append({"type": "Feature", "properties": props,
                         "geometry": None if geom is None or geom.is_empty else geom.__geo_interface__})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=indent)


def parquet_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` as GeoParquet stores it: dicts as JSON text, dates as real dates (Arrow ``date32``).

    Also what the Dask engine writes in partitions, so both outputs read back equal.
    """
    out = gdf.drop(columns=[c for c in INTERNAL if c in gdf.columns]).copy()
    days_as_dates(out)
    for col in out.columns:  # pyarrow cannot store dicts with varying keys: JSON text
        if out[col].dtype == object and any(isinstance(v, dict) for v in out[col]):
            out[col] = [json.dumps(plain(v), ensure_ascii=False) if v is not None else None for v in out[col]]
    for col in out.columns:
        if textual(out[col]) and col != out.geometry.name and any(isinstance(v, str) for v in out[col]):
            out[col] = [safe_text(v) for v in out[col]]
    return out


def gpkg_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` as GeoPackage stores it: NUL-free JSON text for lists/dicts, day columns as dates."""
    return flat(gdf, nul=True, dates=True)


def csv_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """``gdf`` as CSV rows: ``lon``/``lat`` columns instead of a geometry, formulas defused."""
    out = flat(gdf, formula=True)
    frame = pd.DataFrame(out.drop(columns=out.geometry.name))
    frame["lon"] = [g.x if g is not None and not g.is_empty else None for g in out.geometry]
    frame["lat"] = [g.y if g is not None and not g.is_empty else None for g in out.geometry]
    return frame
