"""Write incidents (or mentions) to the files GIS users open: GeoJSON, GeoPackage, GeoParquet, CSV.

The format follows the extension; each format's table comes from
:mod:`geoincidents.write.formats` (ACLED's from :mod:`geoincidents.write.acled`),
with text cells made safe per format (:mod:`geoincidents.write.cells`).

Files are written whole or not at all: to a temporary file beside the target,
then renamed over it (atomic on POSIX and Windows), so a failing or killed run
never leaves a truncated ``.gpkg`` or ``.geojson``. The target's folder must
exist: a mistyped ``-o`` folder is an error, not a silently created tree.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable

import geopandas as gpd

from .acled import to_acled
from .formats import csv_frame, gpkg_frame, parquet_frame, to_geojson

__all__ = ["FORMATS", "write", "write_atomically"]

FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".parquet": "Parquet", ".csv": "CSV"}


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
        gpkg_frame(gdf).to_file(path, layer="incidents", driver="GPKG", use_arrow=True)
    else:
        csv_frame(gdf).to_csv(path, index=False)
