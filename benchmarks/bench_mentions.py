"""False places: common English words resolved as villages, on both dev sets.

Usage: ``python benchmarks/bench_mentions.py [dev.jsonl ...] [-v]``

A *false place* is a resolved single-word mention whose word is a common English
word (``wordfreq`` Zipf frequency >= 3.5, i.e. more than ~3 per million words:
"Fierce", "Residents", "Shells", "Mines") that the text does not treat as a place
(no place cue such as "in X", "the town of X", "X village"), resolved to anything
but a city, governorate or district (Damascus and Aleppo are frequent English words
too, and right).  The target is 0.  Also printed: the UCDP-style location accuracy
of :mod:`bench_extract` (any incident or mention within 5 km / 25 km of the gold
point) per dev set, which must not drop.

Data: UCDP GED (CC BY 4.0) and ACLED dev rows, read in place from ../shared/eval.
"""
from __future__ import annotations

import sys
from collections import Counter

from common import ROOT, load_dev, machine
from wordfreq import tokenize, zipf_frequency

from geoincidents import Document
from geoincidents.pipeline import process

DEV_SETS = [ROOT.parent / "shared" / "eval" / "dev_ucdp_syria.jsonl",
            ROOT.parent / "shared" / "eval" / "dev_acled_syria.jsonl"]
#: Zipf frequency from which a word counts as common English (3 = once per million words).
COMMON_ZIPF = 3.5
_MAJOR = ("city", "governorate", "district")


def is_common_english(word: str) -> bool:
    """One English token (no apostrophe: "Ra'i", "Da'el" are transliterations) of Zipf >= 3.5.

    Examples
    --------
    >>> is_common_english("Fierce"), is_common_english("Saraqeb"), is_common_english("Da'el")
    (True, False, False)
    """
    w = word.strip()
    if not w.isalpha() or len(tokenize(w, "en")) != 1:
        return False
    return zipf_frequency(w, "en") >= COMMON_ZIPF


def false_places(rows: list[dict]) -> tuple[Counter, int]:
    """(word, place) -> count of false places, and the number of resolved single-word mentions."""
    found: Counter = Counter()
    single = 0
    for r in rows:
        res = process(Document(r["text"], doc_id=r["id"], published=r.get("event_date")))
        for m in res.mentions:
            if m.place is None or m.foreign or len(m.text.split()) != 1 or "-" in m.text:
                continue
            single += 1
            if m.cue is None and m.place.kind not in _MAJOR and is_common_english(m.text):
                found[(m.text, m.place.name, m.place.kind)] += 1
    return found, single


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    paths = [p for p in args] or [str(p) for p in DEV_SETS]
    print(f"# mentions benchmark, {machine()}")
    from bench_extract import accuracy  # the same location measure as bench_extract
    for path in paths:
        rows = load_dev(path)
        found, single = false_places(rows)
        name = str(path).rsplit("/", 1)[-1]
        print(f"{name}: false places (common English words resolved without a place cue): "
              f"{sum(found.values())} of {single} resolved single-word mentions")
        if verbose:
            for (word, place, kind), n in found.most_common():
                print(f"    {n:3d} {word!r} -> {place} ({kind})")
        # ACLED rows carry geo_precision (1 the place, 2 near it, 3 a region): the same tolerance scale.
        gold = [dict(r, where_prec=r.get("where_prec", r.get("geo_precision"))) for r in rows]
        if all(k in gold[0] and gold[0][k] is not None for k in ("lat", "lon", "where_prec")):
            res = accuracy(gold, False)
            print(f"  located within tolerance: {res['located']:.1%} of {res['n']}; no place found "
                  f"{res['nothing']:.1%}; acc@161km {res['acc161']:.1%}; median error {res['median_km']:.1f} km")


if __name__ == "__main__":
    main()
