"""Incident-level accuracy on both dev sets (UCDP headlines, ACLED notes), and throughput.

Usage: ``python benchmarks/bench_incidents.py [-v]``

Unlike ``bench_extract.py`` (which accepts a place found *anywhere*, mentions included),
this scores the **incidents**: what the map shows and the user counts.  Each row is
extracted on its own with its event date as publication date.  Measures:

* ``incident located``: some incident lies within tolerance of the gold point
  (UCDP where_prec 1: 5 km, else 25 km; ACLED geo_precision 1: 5 km, 2: 25 km, 3: 50 km).
* ``fatalities carried``: where the gold number of deaths (> 0) is written in the text as a
  count (digits or a number word; not a day, distance, date, code or number of strikes: see
  :func:`written`), some incident carries exactly that number.
* ``fatalities exact`` (ACLED): the gold-located incident's fatalities (null read as 0)
  equal ACLED's count, 0 included ("no fatalities were reported").
* ``sub-event agrees`` (ACLED): the gold-located incident's sub_event_type equals ACLED's.
* ``actor1 side agrees`` (ACLED): the gold-located incident's actor1 is on the side of ACLED's
  actor1 (see ``actor_sides.py``: "Operation Peace Spring" and "Turkey-backed rebels" are one side),
  over the rows whose ACLED actor1 the side table knows; ``actor2 side named`` likewise checks
  that its actor2 is on the side of one of ACLED's other actors.
* ``far incidents / doc`` and ``/ incident``: incidents more than 50 km from the gold point
  (the one place the gold data names as the event location): a precision proxy that must not
  rise.  Per document it also counts the legitimate incidents of multi-headline UCDP rows
  ("X; Y" report two places, gold names one), so read it with the per-incident rate.
* throughput: headline documents per second on one core (CPU time, best of three).

Data are read in place from ``../shared/eval`` (never copied): UCDP GED (CC BY 4.0)
and ACLED (cite ACLED; do not redistribute).
"""
from __future__ import annotations

import gc
import re
import sys
import time

from actor_sides import acled_side, our_side
from common import ROOT, km, load_dev, machine

from geoincidents import Document
from geoincidents.pipeline import clear_caches, extract_many, process

EVAL = ROOT.parent / "shared" / "eval"
UCDP, ACLED = EVAL / "dev_ucdp_syria.jsonl", EVAL / "dev_acled_syria.jsonl"
FAR_KM = 50.0
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty").split()


# A number that counts time, distance, munitions or places (also with a word before the noun: "4
# European warplanes", "4 new raids"), is part of a date or a code, or picks one of a group of places
# ("in one of the neighborhoods"), is not a death toll written in the text ("4 days", "February 4th").
_NOT_TOLL = (r"(?!\d|,\d|st\b|nd\b|rd\b|th\b|\)|\s+of\s+the\s+(?:neighbou?rhoods|villages|towns|areas|cities|streets)\b|"
             r"\s*(?:[A-Za-z]+\s+)?(?:km|kilomet\w+|meters|days?|hours?|"
             r"weeks?|months?|years?|raids?|strikes?|air|missiles?|rockets?|shells?|barrels?|villages?|towns?|cars?|"
             r"vehicles?|warplanes?|massacres?|times)\b)")


def written(n: int, text: str) -> bool:
    """Is the number ``n`` written in ``text`` as a count (digits or, up to twenty, a word)?"""
    if re.search(rf"(?<![\d,.:/(\w]){n}{_NOT_TOLL}", text):
        return True
    return n < len(_WORDS) and re.search(rf"\b{_WORDS[n]}\b{_NOT_TOLL}", text, re.I) is not None


def tolerance(row: dict) -> float:
    if "where_prec" in row:
        return 5.0 if row["where_prec"] == 1 else 25.0
    return {1: 5.0, 2: 25.0}.get(row.get("geo_precision"), 50.0)


def gold_deaths(row: dict) -> int | None:
    return row.get("deaths_best", row.get("fatalities"))


def score(rows: list[dict], verbose: bool = False, label: str = "") -> dict:
    """Per-incident and per-field measures over one dev set."""
    c = dict(n=0, located=0, incidents=0, far=0, fat_written=0, fat_carried=0, exact=0, sub_n=0, sub_ok=0,
             docs_with_incident=0, a1_n=0, a1_ok=0, a2_n=0, a2_ok=0)
    for r in rows:
        c["n"] += 1
        res = process(Document(r["text"], doc_id=r["id"], published=r["event_date"]))
        incs = res.incidents
        c["incidents"] += len(incs)
        c["docs_with_incident"] += bool(incs)
        dists = [km(i["lat"], i["lon"], r["lat"], r["lon"]) for i in incs]
        c["far"] += sum(d > FAR_KM for d in dists)
        tol = tolerance(r)
        near = [i for i, d in sorted(zip(incs, dists), key=lambda t: t[1]) if d <= tol]
        c["located"] += bool(near)
        gold = gold_deaths(r)
        if gold and written(gold, r["text"]):
            c["fat_written"] += 1
            ok = any(i["fatalities"] == gold for i in incs)
            c["fat_carried"] += ok
            if verbose and not ok:
                print(f"  {label} FAT gold={gold} got={[i['fatalities'] for i in incs]} | {r['text'][:160]}")
        best = near[0] if near else None
        if "sub_event_type" in r:
            got = (best["fatalities"] or 0) if best else None
            c["exact"] += got == (gold or 0)
            c["sub_n"] += 1
            c["sub_ok"] += best is not None and best["sub_event_type"] == r["sub_event_type"]
            if verbose and best is not None and best["sub_event_type"] != r["sub_event_type"]:
                print(f"  {label} TYPE gold={r['sub_event_type']!r} got={best['sub_event_type']!r} | {r['text'][:160]}")
            _score_actors(c, r, best, verbose, label)
            if verbose and best is not None and got != (gold or 0):
                print(f"  {label} EXACT gold={gold} got={got} | {r['text'][:160]}")
        if verbose and not near:
            print(f"  {label} MISS {r['location_mention_in_text']!r} -> "
                  f"{[(i['location_mention'], round(d)) for i, d in zip(incs, dists)]} | {r['text'][:160]}")
    return c


def _score_actors(c: dict, r: dict, best: dict | None, verbose: bool, label: str) -> None:
    """Actor sides at the gold-located incident (a missing incident counts as a disagreement)."""
    gold1 = acled_side(r["actors"][0]) if r.get("actors") else None
    if gold1 is not None:
        c["a1_n"] += 1
        got1 = our_side(best["actor1"]) if best else None
        c["a1_ok"] += got1 == gold1
        if verbose and best is not None and got1 != gold1:
            print(f"  {label} ACTOR1 gold={r['actors'][0]!r} got={best['actor1']!r} | {r['text'][:160]}")
    others = {acled_side(part.strip()) for a in r.get("actors", [])[1:] for part in a.split(";")} - {None}
    if others and best is not None and best["actor2"]:
        c["a2_n"] += 1
        c["a2_ok"] += our_side(best["actor2"]) in others
        if verbose and our_side(best["actor2"]) not in others:
            print(f"  {label} ACTOR2 gold={r['actors'][1:]!r} got={best['actor2']!r} | {r['text'][:160]}")


def throughput(rows: list[dict]) -> float:
    """Headline documents per second through ``extract_many`` (CPU time, best of 3, cold caches:
    :func:`geoincidents.pipeline.clear_caches` before each, then 20 documents to warm the code)."""
    docs = [Document(r["text"], doc_id=r["id"], published=r["event_date"]) for r in rows]
    times = []
    for _ in range(3):
        clear_caches()  # lookups and per-sentence memos: no head start from the accuracy pass
        extract_many(docs[:20])
        gc.collect()  # the accuracy pass's garbage is not this run's (the collector still runs during it)
        t = time.process_time()
        extract_many(docs)
        times.append(time.process_time() - t)
    return len(docs) / min(times)


def _pct(a: int, b: int) -> str:
    return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"


def main() -> None:
    verbose = "-v" in sys.argv
    print(f"# incident benchmark, {machine()}")
    ucdp, acled = load_dev(UCDP), load_dev(ACLED)
    u, a = score(ucdp, verbose, "UCDP"), score(acled, verbose, "ACLED")
    rows = [
        ("incident located within tolerance", _pct(u["located"], u["n"]), _pct(a["located"], a["n"]),
         ">= 95% / >= 92%"),
        ("docs with any incident", _pct(u["docs_with_incident"], u["n"]), _pct(a["docs_with_incident"], a["n"]), ""),
        ("fatalities carried (gold number written)", _pct(u["fat_carried"], u["fat_written"]),
         _pct(a["fat_carried"], a["fat_written"]), ">= 90%"),
        ("fatalities exact at gold incident (0 = none)", "   n/a", _pct(a["exact"], a["n"]), ">= 95%"),
        ("sub-event type agrees at gold incident", "   n/a", _pct(a["sub_ok"], a["sub_n"]), ">= 85%"),
        ("actor1 side agrees at gold incident", "   n/a", _pct(a["a1_ok"], a["a1_n"]), ""),
        ("actor2 side among ACLED's others (when set)", "   n/a", _pct(a["a2_ok"], a["a2_n"]), ""),
        ("incidents / doc", f"{u['incidents'] / u['n']:.2f}", f"{a['incidents'] / a['n']:.2f}", ""),
        (f"far incidents (> {FAR_KM:.0f} km from gold) / doc", f"{u['far'] / u['n']:.3f}",
         f"{a['far'] / a['n']:.3f}", "must not rise"),
        ("far incidents / incident", f"{u['far'] / max(u['incidents'], 1):.3f}",
         f"{a['far'] / max(a['incidents'], 1):.3f}", "must not rise"),
    ]
    print(f"{'measure':48} {'UCDP headlines':>22} {'ACLED notes':>22}  target")
    for name, x, y, target in rows:
        print(f"{name:48} {x:>22} {y:>22}  {target}")
    rate = throughput(ucdp)
    print(f"throughput: {rate:,.0f} headline documents/s on one core (CPU time, best of 3)  target >= 1,000")


if __name__ == "__main__":
    main()
