"""Ways to run the pipeline over a corpus: in-process, a local process pool, or Dask.

:mod:`.pool` runs documents in parallel processes on one machine (``workers=N``);
:mod:`.report` turns a batch's bookkeeping into a run report; :mod:`.dask_engine`
partitions a corpus over a Dask cluster (optional extra ``geoincidents[dask]``).
"""
from __future__ import annotations

from .report import BatchError, RunReport, failure_kind

__all__ = ["BatchError", "RunReport", "failure_kind"]
