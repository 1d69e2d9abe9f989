"""The process pool: input order, bounded read-ahead, early stop."""
from __future__ import annotations

import itertools

import pytest

from geoincidents.read.documents import Document
from geoincidents.engines import pool
from geoincidents.engines.batch import results
from geoincidents.engines.report import BatchError


def test_results_come_back_in_input_order_from_several_processes():
    docs = [Document("x" * n) for n in range(1, 60)]
    out = list(pool.run(docs, pool._length, workers=2, chunk_size=3))
    assert [d.text for d, _ in out] == [d.text for d in docs] and [n for _, n in out] == list(range(1, 60))


def test_reading_stays_a_bounded_distance_ahead():
    read = 0

    def endless():
        nonlocal read
        for n in itertools.count(1):
            read += 1
            yield Document("x" * n)

    it = pool.run(endless(), pool._length, workers=2, chunk_size=4)
    first = [next(it) for _ in range(5)]
    it.close()  # stops the pool, drops the queued work
    assert [n for _, n in first] == [1, 2, 3, 4, 5] and read <= 4 * 2 * 4 + 4


def test_strict_stops_at_the_first_failure_with_its_reason():
    docs = [Document("a"), Document(""), Document("b")]

    def task(doc, gazetteer=None):
        return {"problem": None if doc.text else "empty document: no text to read"}

    seen = []
    with pytest.raises(BatchError, match="empty document"):
        for doc, _ in results(docs, [], task, strict=True):
            seen.append(doc.text)
    assert seen == ["a"]


def test_default_workers_is_at_least_one():
    assert pool.default_workers() >= 1
