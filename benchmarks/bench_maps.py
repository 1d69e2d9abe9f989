"""Benchmark: build and save incident maps for 100, 5,000 and 50,000 synthetic incidents.

Prints build seconds, offline save seconds, the offline HTML size and, if Chromium is available,
the time for headless Chromium (network blocked) to first draw each offline map: from navigation
to the first incident marker, cluster or area badge in the DOM.

Targets (README): 50,000 incidents in <= 25 MB, build and save <= 10 s, first draw <= 5 s.

Measured 2026-12-02, one run each, back to back, shared 2-core VM at load average ~9 (the maps
commit 9b52d5e and its follow-ups against the code before them):

    n        total_s (build+save)   html_MB         first_draw_s
    100      1.54 -> 2.08           0.81 -> 1.15    1.16 -> 0.91
    5,000    3.56 -> 1.55           3.52 -> 2.88    3.49 -> 1.90
    50,000   19.44 -> 10.65         27.29 -> 18.09  14.20 -> 9.20

(100 incidents pay once for the gazetteer's place names: labels and search spellings, ~0.35 MB.)

    python benchmarks/bench_maps.py [--sizes 100 5000 50000] [--no-browser]

The machine may be shared: compare versions in one run, e.g. the committed code against the
working tree with ``PYTHONPATH=/path/to/other/checkout``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

import shapely

from geoincidents.maps import incident_map, save_map
from geoincidents.schema import incidents_frame

SUB_EVENTS = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack",
              "Remote explosive/landmine/IED", "Non-state actor overtakes territory"]
DISTRICTS = ["SY0700", "SY0701", "SY0702", "SY0703", "SY0704"]


def synthetic(n: int, seed: int = 1) -> "incidents_frame":
    """``n`` Idlib-like incidents: 70% precision 1, 25% precision 2, 5% precision 3."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        prec = rng.choices([1, 2, 3], [70, 25, 5])[0]
        district = rng.choice(DISTRICTS)
        day = dt.date(2019, 5, 1) + dt.timedelta(days=rng.randrange(365))
        fat = rng.choice([None, 0, 1, 2, 3, 5, 12, 42])
        rows.append({
            "incident_id": f"bench-{i}", "doc_id": f"doc-{i // 3}", "event_type": "Explosions/Remote violence",
            "sub_event_type": rng.choice(SUB_EVENTS), "weapons": ["missiles"], "actor1": "Syrian government",
            "fatalities": fat, "fatalities_text": None if fat is None else f"{fat} people",
            "victims": {"civilians": fat} if fat else {}, "date_start": day, "date_end": day, "time_precision": 1,
            "location": f"Village {i % 900}", "location_mention": f"Village {i % 900}",
            "admin1": "Idleb", "admin1_pcode": "SY07", "admin2_pcode": district, "geo_precision": prec,
            "source_url": f"https://example.org/{i}", "published": day,
            "evidence": f"Warplanes struck Village {i % 900} on {day:%A}, killing {fat or 'several'} people, the Civil Defense said.",
            "geometry": shapely.Point(rng.uniform(36.2, 37.0), rng.uniform(35.5, 36.3)),
        })
    return incidents_frame(rows)


def boundaries():
    """The bundled gazetteer's boundaries (``incident_map`` loads them when given None)."""
    return None


def browser_load_seconds(path: Path) -> float | None:
    """Seconds from navigation to the first incident drawn (headless Chromium, no network)."""
    if not os.path.exists("/usr/bin/chromium"):
        return None
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from browser import CHROMIUM_ARGS

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        t0 = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="commit", timeout=300_000)
        page.wait_for_selector(".marker-cluster, .gi-incident, .gi-area-badge", state="attached", timeout=300_000)
        seconds = time.perf_counter() - t0
        b.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 5000, 50000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    bounds = boundaries()
    out = Path(tempfile.mkdtemp(prefix="bench_maps_"))
    import geoincidents

    print(f"# {dt.date.today()} {platform.platform()} python {platform.python_version()} cpus={os.cpu_count()} "
          f"load={os.getloadavg()[0]:.1f} code={Path(geoincidents.__file__).parent}")
    print(f"{'n':>7} {'build_s':>8} {'save_s':>7} {'total_s':>8} {'html_MB':>8} {'first_draw_s':>12}")
    for n in args.sizes:
        df = synthetic(n)
        t0 = time.perf_counter()
        m = incident_map(df, boundaries=bounds)
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        offline = save_map(m, out / f"map_{n}_offline.html", offline=True)
        save = time.perf_counter() - t0
        load = None if args.no_browser else browser_load_seconds(offline)
        print(f"{n:>7} {build:>8.2f} {save:>7.2f} {build + save:>8.2f} {offline.stat().st_size / 1e6:>8.2f} "
              f"{('%.2f' % load) if load else '-':>12}", flush=True)
    print(f"# files in {out}")


if __name__ == "__main__":
    main()
