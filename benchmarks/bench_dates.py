"""Date agreement at the gold-located incident on both dev sets.

Usage: ``python benchmarks/bench_dates.py [-v]``

The incident benchmark (``bench_incidents.py``) reads each row with its gold event date as the
publication date, so an incident the text does not date lands on the right day by default.  Here
the publication date is set **two days after** the gold event date, as a report a little late
would have it: an incident is on the gold day only when its text dates it ("On 1 May 2020",
"on Tuesday", "yesterday").  Measures, at the incident nearest the gold point within tolerance
(as in ``bench_incidents.py``):

* ACLED notes: ``date_start`` equals ACLED's ``event_date``; ``time_precision`` equals ACLED's;
  both.
* UCDP headlines: the incident's span overlaps the gold span (``event_date`` .. ``event_date_end``).
  Most headlines name no day, so this mainly shows how many are dated by their words; and UCDP
  dated a digest's "killed yesterday" by the day before its report, which the lag here moves, so
  the UCDP figures compare versions rather than score them.
* For both: the share of gold-located incidents with a date of their own (``date_text`` set), and
  of those, the share whose span overlaps the gold span (the words read right).

Data are read in place from ``../shared/eval`` (never copied): UCDP GED (CC BY 4.0) and ACLED
(cite ACLED; do not redistribute).
"""
from __future__ import annotations

import sys
from datetime import date, timedelta

from bench_incidents import ACLED, UCDP, tolerance
from common import km, load_dev, machine

from geoincidents import Document
from geoincidents.pipeline import process

LAG_DAYS = 2


def _day(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def score(rows: list[dict], verbose: bool = False, label: str = "") -> dict:
    """Date measures at the gold-located incident of each row."""
    c = dict(n=0, located=0, dated=0, start_ok=0, prec_ok=0, both_ok=0, overlap=0, dated_overlap=0)
    for r in rows:
        c["n"] += 1
        gold_start = date.fromisoformat(r["event_date"])
        gold_end = date.fromisoformat(r.get("event_date_end") or r["event_date"])
        res = process(Document(r["text"], doc_id=r["id"], published=gold_start + timedelta(days=LAG_DAYS)))
        near = sorted((km(i["lat"], i["lon"], r["lat"], r["lon"]), k) for k, i in enumerate(res.incidents))
        near = [res.incidents[k] for d, k in near if d <= tolerance(r)]
        if not near:
            continue
        best = near[0]
        c["located"] += 1
        c["dated"] += bool(best["date_text"])
        start, end = _day(best["date_start"]), _day(best["date_end"])
        overlap = start is not None and start <= gold_end and gold_start <= end
        c["overlap"] += overlap
        c["dated_overlap"] += overlap and bool(best["date_text"])
        ok = start == gold_start
        c["start_ok"] += ok
        if "time_precision" in r:
            prec = best["time_precision"] == r["time_precision"]
            c["prec_ok"] += prec
            c["both_ok"] += ok and prec
            if verbose and not (ok and prec):
                print(f"  {label} gold={gold_start} p{r['time_precision']} got={start}..{end} "
                      f"p{best['time_precision']} ({best['date_text']!r}) | {r['text'][:150]}")
        elif verbose and best["date_text"] and not overlap:
            print(f"  {label} gold={gold_start}..{gold_end} got={start}..{end} | {r['text'][:150]}")
    return c


def main() -> None:
    verbose = "-v" in sys.argv
    u = score(load_dev(UCDP), verbose, "UCDP")
    a = score(load_dev(ACLED), verbose, "ACLED")

    def pct(k: int, n: int) -> str:
        return f"{100 * k / n:.1f}% ({k}/{n})" if n else "n/a"

    print(f"# date benchmark (publication = gold date + {LAG_DAYS} days), {machine()}")
    print(f"{'measure':<46}{'UCDP headlines':>24}{'ACLED notes':>24}")
    rows = [
        ("incident located (denominator below)", pct(u["located"], u["n"]), pct(a["located"], a["n"])),
        ("dated by its own words (date_text)", pct(u["dated"], u["located"]), pct(a["dated"], a["located"])),
        ("span overlaps the gold span", pct(u["overlap"], u["located"]), pct(a["overlap"], a["located"])),
        ("  of those dated by their words", pct(u["dated_overlap"], u["dated"]), pct(a["dated_overlap"], a["dated"])),
        ("date_start = gold event_date", pct(u["start_ok"], u["located"]), pct(a["start_ok"], a["located"])),
        ("time_precision = ACLED's", "n/a", pct(a["prec_ok"], a["located"])),
        ("date_start and time_precision both", "n/a", pct(a["both_ok"], a["located"])),
    ]
    for name, x, y in rows:
        print(f"{name:<46}{x:>24}{y:>24}")


if __name__ == "__main__":
    main()
