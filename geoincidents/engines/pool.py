"""Run a per-document task in parallel processes, yielding results in input order.

Results are identical to a single-process run because every document is processed
on its own (the pipeline keeps no state between documents) and the caller merges
the per-document results in input order, exactly as the serial loop does.

Workers are started with ``spawn``: a fork of a parent that already runs threads
(pyarrow, GDAL) can deadlock, and spawn behaves the same on Linux, macOS and Windows.
Each worker loads the gazetteer once (or receives the caller's once, at start-up),
which costs a few seconds: ``workers > 1`` pays off from a few hundred documents.
As with any spawn pool, a *script* that asks for workers must start its work under
``if __name__ == "__main__":`` (each worker imports the script's module).

Examples
--------
>>> from geoincidents.read.documents import Document
>>> docs = [Document("Two killed in Ariha."), Document("Shelling hit Saraqeb.")]
>>> [(d.doc_id, n) for d, n in run(docs, _length, workers=1)]  # doctest: +ELLIPSIS
[('...', 20), ('...', 21)]
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

from ..read.model import Document

__all__ = ["run", "default_workers"]

T = TypeVar("T")
# Set in each worker by _init: the gazetteer every task of that worker uses.
_GAZETTEER: Any = None


def default_workers() -> int:
    """The CPUs this process may use (``os.sched_getaffinity`` where it exists)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _length(doc: Document, gazetteer: Any = None) -> int:
    """A trivial task for the doctest."""
    return len(doc.text)


def _init(gazetteer: Any) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer


def _run_chunk(task: Callable[..., T], docs: list[Document]) -> list[T]:
    return [task(doc, gazetteer=_GAZETTEER) for doc in docs]


def run(docs: Iterable[Document], task: Callable[..., T], *, workers: int = 1, gazetteer: Any = None,
        chunk_size: int = 8) -> Iterator[tuple[Document, T]]:
    """``(doc, task(doc, gazetteer=...))`` for each document, in input order.

    Parameters
    ----------
    docs : iterable of Document
        Read lazily: at most ``4 * workers`` chunks are in flight, so memory stays
        bounded on corpora of any size.
    task : callable
        A module-level function (it is pickled to the workers) taking a Document and
        a ``gazetteer`` keyword.
    workers : int
        1 runs in this process (no pool); N > 1 starts N worker processes.
    gazetteer : Gazetteer, optional
        Sent to each worker once; None lets each worker load the bundled one.
    chunk_size : int
        Documents per task sent to a worker (amortises the pickling round trip).
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive integer, not {workers!r}")
    if workers == 1:
        for doc in docs:
            yield doc, task(doc, gazetteer=gazetteer)
        return
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(gazetteer,))
    pending: deque = deque()
    try:
        it = iter(docs)
        while chunk := list(itertools.islice(it, chunk_size)):
            pending.append((chunk, pool.submit(_run_chunk, task, chunk)))
            while len(pending) >= 4 * workers:
                chunk0, fut = pending.popleft()
                yield from zip(chunk0, fut.result())
        while pending:
            chunk0, fut = pending.popleft()
            yield from zip(chunk0, fut.result())
    finally:
        # Also reached when the caller stops early (--strict, Ctrl-C): drop queued work.
        pool.shutdown(wait=True, cancel_futures=True)
