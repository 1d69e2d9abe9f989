"""The batch loop shared by ``extract_many``, ``mentions_many`` and the store's ingest.

It runs a per-document task (serially or in a process pool), records each
document's problem, drives the progress bar and, in strict mode, stops at the
first failure. Callers merge the per-document results in the order yielded.

Examples
--------
>>> from geoincidents.read.documents import Document
>>> problems = []
>>> out = list(results([Document("")], problems, lambda d, gazetteer=None: {"problem": "empty document"}))
>>> problems
[{'doc_id': 'da39a3ee5e6b', 'reason': 'empty document'}]
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from ..read.model import Document
from . import pool
from .report import BatchError, failure_kind

__all__ = ["results", "progress_bar"]


def results(docs: Iterable[Document], problems: list[dict], task: Callable[..., dict], *,
            workers: int = 1, gazetteer: Any = None, progress: bool = False, strict: bool = False,
            read_problems: list[dict] | None = None) -> Iterator[tuple[Document, dict]]:
    """``(doc, task(doc))`` in input order; ``task`` returns a dict with a ``problem`` key.

    ``problems`` receives ``{"doc_id", "reason"}`` for each document whose task gave a
    problem. ``read_problems`` is the list the reader of ``docs`` appends to (bad files
    and rows): its entries are moved into ``problems`` at the place a serial run would
    put them, although a pool reads ahead of processing, so ``problems`` is the same
    list, in the same order, for any number of workers. With ``strict``,
    :class:`BatchError` is raised at the first problem that is a failure
    (see :func:`geoincidents.engines.report.failure_kind`).
    """
    read_problems = read_problems if read_problems is not None else []
    before: dict[int, list[dict]] = {}  # id(doc) -> reading problems met just before it was read
    read = 0

    def tagged() -> Iterator[Document]:
        nonlocal read
        for doc in docs:
            before[id(doc)] = read_problems[read:]
            read = len(read_problems)
            yield doc

    def add(new: list[dict]) -> None:
        problems.extend(new)
        if strict:
            for p in new:
                if failure_kind(p) == "failed":
                    raise BatchError(p)

    bar = progress_bar(progress)
    try:
        for doc, out in pool.run(tagged(), task, workers=workers, gazetteer=gazetteer):
            add(before.pop(id(doc), []))
            add([{"doc_id": doc.doc_id, "reason": out["problem"]}] if out.get("problem") else [])
            if bar is not None:
                bar.update()
            yield doc, out
        add(read_problems[read:])  # files or rows after the last document
    finally:
        if bar is not None:
            bar.close()


def progress_bar(progress: bool, total: int | None = None) -> Any:
    """A tqdm bar on stderr, or None (no bar asked for, or tqdm not installed)."""
    if not progress:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a convenience (extra "progress"): never fail a run for it
        return None
    return tqdm(total=total, unit=" docs", desc="documents", dynamic_ncols=True, mininterval=0.5)
