"""Does merging stay linear when thousands of reports describe one event?

Usage: ``python benchmarks/bench_merge.py [--base 2500] [--max-factor 16]``

``merge_incidents`` over N reports of one air strike (N outlets, one place, one day;
every tenth outlet reports twice, a few reports carry a count and take the lead),
N doubling from 1x to 16x. Linear merging keeps the time per report flat (within 2x
of the 1x run in the same process); copying the growing source and evidence lists at
every merge made it grow with N. A second family has N distinct incidents at one
place, three days apart (a chronicle: nothing merges). Times are CPU seconds.
"""
from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

from common import machine

from geoincidents.incidents.merge import merge_incidents

DAY = date(2019, 5, 13)


def _report(i: int, day: date, fatalities: int | None) -> dict:
    doc = f"doc{i // 10 * 10 if i % 10 == 1 else i}"
    return {"doc_id": doc, "place_id": "ocha:C3916", "date_start": day, "date_end": day, "time_precision": 1,
            "date_text": None, "part_of": None, "sub_event_type": "Air/drone strike",
            "event_type": "Explosions/Remote violence", "fatalities": fatalities, "fatalities_low": fatalities,
            "fatalities_high": fatalities, "fatalities_text": None, "victims": {}, "munitions": {},
            "weapons": ["airstrike"], "actors": [], "actor1": None, "actor2": None, "attribution": None,
            "victims_text": None, "injured": None, "source_url": None, "source_title": None, "sources": [doc],
            "evidence_spans": [(doc, i, i + 40)], "incident_id": f"r{i}", "evidence_start": i % 97}


def one_event(n: int) -> list[dict]:
    return [_report(i, DAY, 10 + i % 3 if i % 50 == 7 else None) for i in range(n)]


def chronicle(n: int) -> list[dict]:
    return [_report(i, DAY + timedelta(days=3 * i), 2) for i in range(n)]  # days apart: none merge


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=int, default=2500, help="reports at 1x")
    ap.add_argument("--max-factor", type=int, default=16)
    args = ap.parse_args()
    print(f"# merge_incidents, reports doubling; {machine()}")
    print(f"{'family':<10} {'N':>7} {'incidents':>9} {'sources':>8} {'spans':>7} {'CPU s':>8} "
          f"{'us/report':>10} {'vs 1x':>6}")
    for name, build in (("one_event", one_event), ("chronicle", chronicle)):
        first = None
        factor = 1
        while factor <= args.max_factor:
            n = args.base * factor
            reports = build(n)
            t = time.process_time()
            merged = merge_incidents(reports)
            t = time.process_time() - t
            per = t / n * 1e6
            first = first or per
            print(f"{name:<10} {n:>7} {len(merged):>9} {sum(len(m['sources']) for m in merged):>8} "
                  f"{sum(len(m['evidence_spans']) for m in merged):>7} {t:>8.3f} {per:>10.1f} {per / first:>5.1f}x",
                  flush=True)
            factor *= 2


if __name__ == "__main__":
    main()
