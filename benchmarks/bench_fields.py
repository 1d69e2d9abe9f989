"""Benchmark the per-sentence field finders on the dev headlines.

Usage: ``python benchmarks/bench_fields.py [path.jsonl]`` (or set GEOINCIDENTS_DEV).
Prints microseconds per headline for each finder and the fatality agreement:
the share of headlines that state a death number (a killed count was found, or
UCDP's deaths_best) where ``casualties().fatalities == deaths_best``.
The dev file is read in place, never copied.
"""
from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geoincidents.fields import casualties, classify, find_actors, find_attribution, find_counts, find_dates  # noqa: E402

DEFAULT = "/work/shared/eval/dev_ucdp_syria.jsonl"


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def timeit(fn, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best / len(texts) * 1e6


def main(argv: list[str]) -> int:
    path = argv[1] if len(argv) > 1 else os.environ.get("GEOINCIDENTS_DEV", DEFAULT)
    rows = load(path)
    texts = [r["text"] for r in rows]
    pub = date(2017, 9, 26)
    finders = {
        "find_dates": lambda t: find_dates(t, pub),
        "find_counts": find_counts,
        "casualties": casualties,
        "classify": classify,
        "find_actors": find_actors,
        "find_attribution": find_attribution,
    }
    print(f"{len(texts)} headlines from {path}")
    total = 0.0
    for name, fn in finders.items():
        us = timeit(fn, texts)
        if name != "find_counts":  # casualties() includes find_counts
            total += us
        print(f"  {name:18s} {us:8.1f} us/headline")
    print(f"  {'all (pipeline)':18s} {total:8.1f} us/headline  (~{1e6 / total:,.0f} headlines/s)")

    stated = agree = found = 0
    for r in rows:
        c = casualties(r["text"])
        has_killed = any(s.attrs.get("kind") == "killed" and s.value is not None for s in c.spans)
        if not has_killed:
            continue
        stated += 1
        if c.fatalities is not None:
            found += 1
        if c.fatalities == r.get("deaths_best"):
            agree += 1
    print(f"headlines stating a death number: {stated}; fatalities given: {found}; "
          f"fatalities == deaths_best: {agree} ({agree / max(stated, 1):.1%})")
    n_events = sum(classify(t) is not None for t in texts)
    print(f"headlines with an event type: {n_events} ({n_events / len(texts):.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
