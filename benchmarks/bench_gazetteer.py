"""Gazetteer accuracy and speed on the UCDP dev set (and the ACLED one beside it).

Usage: ``python benchmarks/bench_gazetteer.py [dev.jsonl]``

For every ``location_mention_in_text`` the top-ranked lookup result must lie
within 5 km (where_prec / geo_precision 1) or 25 km (otherwise) of the gold point.
Reported without context and with the event's governorate as focus.
Data: UCDP GED (CC BY 4.0), Sundberg & Melander 2013; ACLED (acleddata.com, not
redistributed); both read in place.  ``GEOINCIDENTS_GAZETTEER_DIR`` benchmarks a
gazetteer built elsewhere.
"""
from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter

from common import dev_path, km, load_dev, machine, tolerance_km

from geoincidents import Gazetteer


def evaluate(gaz: Gazetteer, rows: list[dict], focus: bool) -> dict:
    top1 = top5 = 0
    misses = []
    for r in rows:
        places = gaz.lookup(r["location_mention_in_text"], admin1=r["admin1"] if focus else None, limit=5)
        dists = [km(p.lat, p.lon, r["lat"], r["lon"]) for p in places]
        tol = tolerance_km(r["where_prec"] if "where_prec" in r else r["geo_precision"])
        ok1 = bool(dists) and dists[0] <= tol
        top1 += ok1
        top5 += any(d <= tol for d in dists)
        if not ok1:
            misses.append((r["location_mention_in_text"], r["location_name"], r["admin1"],
                           places[0].name if places else None, round(dists[0], 1) if dists else None))
    n = len(rows)
    return {"n": n, "top1": top1 / n, "top5": top5 / n, "misses": misses}


def cold_load_seconds() -> float:
    code = ("import time, geopandas; t = time.perf_counter(); from geoincidents import Gazetteer; "
            "Gazetteer.load(); print(time.perf_counter() - t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    rows = load_dev(dev_path())
    print(f"# gazetteer benchmark, {machine()}")
    print(f"cold load (data only, libraries imported): {cold_load_seconds():.3f} s")
    gaz = Gazetteer.default()
    acled = dev_path().with_name("dev_acled_syria.jsonl")
    for label_set, set_rows in (("UCDP", rows), ("ACLED", load_dev(acled) if acled.exists() else [])):
        for focus in (False, True) if set_rows else ():
            res = evaluate(gaz, set_rows, focus)
            label = f"{label_set} " + ("with admin1 focus" if focus else "no context")
            print(f"{label:>24}: top-1 within tolerance {res['top1']:.1%}, top-5 {res['top5']:.1%} (n={res['n']})")
            if "-v" in sys.argv or (not focus and label_set == "UCDP"):
                for m in Counter(res["misses"]).most_common(40):
                    print("   miss", m)
    names = [r["location_mention_in_text"] for r in rows]
    # Raw search speed: the memo cleared before every lookup.
    t = time.perf_counter()
    for q in names:
        gaz.clear_cache()
        gaz.lookup(q)
    dt = time.perf_counter() - t
    print(f"lookups per second, uncached: {len(names) / dt:,.0f} ({dt / len(names) * 1e6:.0f} us each)")
    # As used on a corpus: names repeat and the gazetteer memoises answers.
    gaz.clear_cache()
    t = time.perf_counter()
    for q in names:
        gaz.lookup(q)
    dt = time.perf_counter() - t
    print(f"lookups per second, memoised, dev-set name stream ({len(set(names))} distinct of {len(names)}): "
          f"{len(names) / dt:,.0f}")

if __name__ == "__main__":
    main()
