"""Extraction on a Dask cluster: the corpus in partitions, incidents out as partitioned GeoParquet.

Needs the optional extra ``pip install geoincidents[dask]`` (dask, distributed,
dask-geopandas). Documents are read on the client and shipped in partitions of a
``dask.bag``; each worker runs the whole pipeline on its partition (the expensive
part, loading the gazetteer once per worker process). The per-document results
come back in input order and are merged on the client with the same
:func:`geoincidents.incidents.build.merge_incidents` call a single process makes, so
the incidents equal ``extract_many(..., workers=1)`` exactly; merging is linear
and cheap next to extraction. :func:`write_partitioned` writes GeoParquet parts
with dask-geopandas, replacing the target folder only once all parts are written.

Examples
--------
>>> from dask.distributed import Client, LocalCluster  # doctest: +SKIP
>>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:  # doctest: +SKIP
...     gdf = extract(["Two civilians were killed in shelling on Ariha on Monday."], client=client)
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import geopandas as gpd

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["extract", "write_partitioned", "client_for"]


def _need_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ImportError("the Dask engine needs the extra: pip install 'geoincidents[dask]' "
                          f"({exc.name} is missing)") from None


@contextmanager
def client_for(scheduler: str | None = None, workers: int = 1) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` (an address) or to a new local cluster of ``workers``."""
    _need_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread per worker process: the pipeline is pure Python (the GIL), processes scale.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def _run_partition(docs: list, task: Any) -> list[dict]:
    return [task(doc) for doc in docs]


def extract(documents: Any, *, published: Any = None, focus: Any = None, scheduler: str | None = None,
            client: Any = None, workers: int = 1, partitions: int | None = None) -> gpd.GeoDataFrame:
    """``extract_many`` on a Dask cluster; same result, same ``attrs``.

    Parameters
    ----------
    documents, published, focus
        As for :func:`geoincidents.pipeline.extract_many`.
    scheduler : str, optional
        A scheduler address (``tcp://host:8786``); None starts a local cluster of ``workers``.
    client : distributed.Client, optional
        Use this client (and its cluster) instead.
    partitions : int, optional
        Partitions of the corpus; default 4 per worker (at least 1).
    """
    _need_dask()
    import dask.bag as db

    from ..arguments import check_focus, input_documents
    from ..pipeline import document_outcome, incidents_frame

    focus = check_focus(focus)
    problems: list[dict] = []
    docs = list(input_documents(documents, published, problems))
    task = partial(document_outcome, what="incidents", focus=focus)

    def run(c: Any) -> list[dict]:
        n_workers = max(1, len(c.scheduler_info().get("workers", {})) or workers)
        nparts = max(1, min(len(docs), partitions or 4 * n_workers))
        if not docs:
            return []
        bag = db.from_sequence(docs, npartitions=nparts).map_partitions(_run_partition, task)
        return bag.compute(scheduler=c.get)  # partition order: input order

    if client is not None:
        outs = run(client)
    else:
        with client_for(scheduler, workers) as c:
            outs = run(c)
    problems.extend({"doc_id": doc.doc_id, "reason": out["problem"]}
                    for doc, out in zip(docs, outs) if out["problem"])
    return incidents_frame(outs, problems)


def write_partitioned(gdf: gpd.GeoDataFrame, folder: str | os.PathLike, *, partitions: int = 4) -> Path:
    """Write ``gdf`` as a folder of GeoParquet parts (dask-geopandas); read back with ``geopandas.read_parquet``.

    Parts are written into a temporary folder beside ``folder``, which then takes its
    place: a failing run leaves the previous output (or none), never half of one.
    """
    _need_dask()
    import dask
    import dask_geopandas

    from ..write import parquet_frame

    folder = Path(folder)
    if not folder.parent.is_dir():
        raise FileNotFoundError(f"cannot write {folder}: folder {str(folder.parent)!r} does not exist")
    if folder.exists() and not folder.is_dir():
        raise FileExistsError(f"cannot write parts into {folder}: it is a file, not a folder")
    tmp = folder.parent / f".{folder.name}.{os.getpid()}-{time.monotonic_ns()}.tmp"
    frame = parquet_frame(gdf).reset_index(drop=True)
    frame.attrs = {}  # the run report belongs in --report, not in every part's metadata
    try:
        nparts = max(1, min(partitions, len(frame)))
        # One schema for every part, taken from the whole table: a part whose column is all
        # null would otherwise get another type, and the parts would not read back as one.
        schema = _schema(frame)
        # Dask turns object columns into strings by default: dates must stay dates (Arrow date32).
        with dask.config.set({"dataframe.convert-string": False}):
            dask_geopandas.from_geopandas(frame, npartitions=nparts).to_parquet(tmp, write_index=False,
                                                                                schema=schema)
        old = None
        if folder.exists():
            old = folder.parent / f".{folder.name}.{os.getpid()}-{time.monotonic_ns()}.old"
            os.replace(folder, old)
        os.replace(tmp, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def _schema(frame: gpd.GeoDataFrame) -> "pa.Schema":
    """The whole table's Arrow schema, with GeoParquet's ``geo`` metadata (minus the bbox of the whole)."""
    import io
    import json

    import pyarrow.parquet as pq

    # The schema geopandas itself writes, read back from an in-memory file through public API
    # only (one extra encode of the table; ``to_arrow()`` would drop the ``geo`` metadata).
    # All rows: an empty slice has no types.
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    schema = pq.read_schema(io.BytesIO(buf.getvalue()))
    meta = dict(schema.metadata or {})
    geo = json.loads(meta[b"geo"])
    for column in geo.get("columns", {}).values():
        column.pop("bbox", None)  # the parts' extents differ; the field is optional
    meta[b"geo"] = json.dumps(geo).encode()
    return schema.with_metadata(meta)
