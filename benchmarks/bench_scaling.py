"""Does extraction stay linear? Time and peak memory as inputs double (1x to 16x).

Usage: ``python benchmarks/bench_scaling.py [--base-kb N] [--max-factor 16] [--only NAME] [--article-mb 10]``

Six families of input, each built at 1x, 2x, 4x, 8x and 16x a base size:

- ``news``: distinct news sentences (the seeds' sentences with their numbers and places
  varied, so the paragraph de-duplication in ``clean`` cannot hide the cost);
- ``lines``: distinct short lines without full stops;
- ``long_line``: one long line of words and punctuation runs ("...", "!?");
- ``cue_words``: "the village of X" repeated with distinct unknown names;
- ``months``: month names and relative date phrases;
- ``chronicle``: one place shelled on thousands of different days (incidents that never merge).

For each, the time per character (ratio to the 1x run of the same family, in the same
process) should stay within 2x, and peak Python allocations under 10x the input size.
Each run is one ``process()`` call on a fresh document; times are CPU seconds. Before a
family's runs, one document of it (another seed) is read, so that the bounded caches a long
run keeps warm are filled first. Three memory columns: the peak; ``cache/in``, what the
process still holds once the document's result is dropped (the growth of its bounded caches:
gazetteer lookups, name keys, per-sentence memos; it stops when they are full, e.g. ~20 MB for
the name keys); and ``own/in``, the peak less that: what one more document costs in a long run.

Then (``--article-mb``, default 10; 0 skips it) one news article of that size is read in a
child process: its CPU time, peak Python allocations (a second run, under tracemalloc) and
the growth of the process's maximum RSS over the same process before the article.

Measured 2026-12-02 08:33 UTC on this 2-vCPU VM (shared; CPU times vary by ~20% between runs),
peak / input at 1x ... 16x, before (``4db0627``, 07:18) -> after the memory work of 08:15-08:30 (08:33):

=========  ==============  ===============================  ============================
family     time/char,      peak / input, 1x ... 16x         own (less cache growth),
           worst ratio     before -> after                  1x ... 16x, after
=========  ==============  ===============================  ============================
news       1.04 -> 1.00    27 ... 11.1 -> 24 ... 8.4        14.6 ... 6.2
lines      1.03 -> 1.03    20 ... 7.6  -> 20 ... 6.8        7.9 ... 1.7
long_line  1.27 -> 1.14    56 ... 27.5 -> 48 ... 16.8       30.3 ... 15.4
cue_words  1.06 -> 1.00    95 ... 53.6 -> 97 ... 52.5       17.0 ... 14.9
months     1.31 -> 1.00    27 ... 3.8  -> 18 ... 3.3        16.0 ... 1.0
chronicle  1.00 -> 1.05    88 ... 59   -> 83 ... 54         57.2 ... 52.4
=========  ==============  ===============================  ============================

One 10 MB news article: 22.7 -> 18.5 s CPU; peak Python allocations 81 MB (8.1x) -> 56 MB
(5.7x); max RSS +33 MB -> +4 MB over the process before it. What stays above 10x is the
output: one place mention per ~30 characters (long_line, ~300 bytes each), one incident record
per ~54-character sentence (chronicle: a 50-key record is ~2.5 kB with its values), one
unresolved name per ~25 characters with its candidates (cue_words), and at 1x, a block's
working memory (~0.2-0.35 MB of per-sentence fields) against a 25 kB input.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from datetime import date

from common import ROOT, machine

from geoincidents import Document, Gazetteer
from geoincidents.pipeline import process

_PLACES = ["Saraqeb", "Ariha", "Maarat al-Numan", "Khan Sheikhoun", "Jisr al-Shughour", "Kafr Nabl",
           "Binnish", "Taftanaz", "Sarmin", "Salqin", "Harem", "Mardikh", "Kafr Takharim", "Idlib"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _seed_sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [s.strip() + "." for s in text.replace("\n", " ").split(". ") if len(s.split()) > 4]


def news(n_chars: int, rng: random.Random) -> str:
    base = _seed_sentences()
    out, size, i = [], 0, 0
    while size < n_chars:
        s = base[i % len(base)]
        s = s.replace("42", str(rng.randint(2, 99))).replace("Idleb", rng.choice(_PLACES))
        s = f"On day {i}, {rng.choice(_PLACES)} was hit again. " + s
        out.append(s)
        size += len(s) + 2
        i += 1
        if i % 6 == 0:
            out.append("\n\n")
    return " ".join(out)


def _fill(n_chars: int, piece, sep: str) -> str:
    """``piece(0), piece(1), ...`` joined by ``sep`` until they reach ``n_chars``."""
    out, size, i = [], 0, 0
    while size < n_chars:
        s = piece(i)
        out.append(s)
        size += len(s) + len(sep)
        i += 1
    return sep.join(out)


def lines(n_chars: int, rng: random.Random) -> str:
    return _fill(n_chars, lambda i: f"update {i} shelling reported near {rng.choice(_PLACES).lower()} area "
                                    f"{rng.randint(0, 10**6)}", "\n")


def long_line(n_chars: int, rng: random.Random) -> str:
    words = ["shelling", "killed", "in", rng.choice(_PLACES), "...", "!?", "…", "Ariha", "and", "2", "."]
    return _fill(n_chars, lambda _i: rng.choice(words), " ")


def cue_words(n_chars: int, rng: random.Random) -> str:
    def piece(_i: int) -> str:
        name = "".join(rng.choice("bdfklmnrst") + rng.choice("aeiou") for _ in range(4)).capitalize()
        return f"the village of {name} and the town of {rng.choice(_PLACES)}"
    return _fill(n_chars, piece, ", ") + "."


def months(n_chars: int, rng: random.Random) -> str:
    return _fill(n_chars, lambda _i: f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, since Sunday, last week,",
                 " ") + " shelling killed 2 in Ariha."


def chronicle(n_chars: int, rng: random.Random) -> str:
    first = date(2001, 1, 1).toordinal()
    return _fill(n_chars, lambda i: f"On {date.fromordinal(first + i):%d %B %Y} shelling killed "
                                    f"{rng.randint(2, 40)} people in Ariha.", " ")


FAMILIES = {"news": news, "lines": lines, "long_line": long_line, "cue_words": cue_words, "months": months,
            "chronicle": chronicle}


def measure(text: str, gaz: Gazetteer) -> tuple[float, int, int, str | None]:
    """CPU seconds, peak Python allocations, and what the process still holds once the result is
    dropped: the growth of its bounded caches (gazetteer lookups, per-sentence memos), which
    stops when they are full, so the peak less that is the document's own cost in a long run."""
    doc = Document(text, doc_id="bench", published="2019-05-14")
    gc.collect()
    tracemalloc.start()
    t0 = time.process_time()
    res = process(doc, gazetteer=gaz)
    seconds = time.process_time() - t0
    peak = tracemalloc.get_traced_memory()[1]
    problem = res.problem
    del res
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return seconds, peak, kept, problem


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-kb", type=float, default=25.0, help="size of the 1x input in kB (default 25)")
    ap.add_argument("--max-factor", type=int, default=16)
    ap.add_argument("--only", choices=sorted(FAMILIES))
    ap.add_argument("--article-mb", type=float, default=10.0,
                    help="size of the single news article read at the end, in MB (default 10; 0 skips it)")
    ap.add_argument("--_article", type=float, help=argparse.SUPPRESS)  # the child process's run
    args, _ = ap.parse_known_args()
    if args._article:
        return _article_child(args._article)
    gaz = Gazetteer.default()
    # Warm caches, the Unicode tables of normal_text too (built on the first non-ASCII text).
    process(Document("Shelling killed 2 in Ariha… Saraqeb.", published="2019-05-14"), gazetteer=gaz)
    print(f"machine: {machine()}")
    print(f"{'family':<10} {'x':>3} {'chars':>10} {'cpu s':>8} {'µs/char':>8} {'ratio':>6} "
          f"{'peak MB':>8} {'peak/in':>7} {'cache/in':>8} {'own/in':>6}  problem")
    worst = worst_mem = worst_own = 0.0
    for name, make in FAMILIES.items():
        if args.only and name != args.only:
            continue
        first = None
        factor = 1
        # One document of the family first (another seed): the bounded caches a long run keeps
        # warm (gazetteer lookups, per-sentence memos) are then filled as in a long run, and the
        # peaks below are what one more document of the kind costs.
        measure(make(int(args.base_kb * 1000), random.Random(99)), gaz)
        while factor <= args.max_factor:
            text = make(int(args.base_kb * 1000 * factor), random.Random(factor))
            seconds, peak, kept, problem = measure(text, gaz)
            per_char = seconds / len(text)
            first = first or per_char
            ratio = per_char / first if first else float("nan")
            worst = max(worst, ratio)
            worst_mem = max(worst_mem, peak / len(text))
            worst_own = max(worst_own, (peak - kept) / len(text))
            print(f"{name:<10} {factor:>3} {len(text):>10,} {seconds:>8.2f} {per_char * 1e6:>8.2f} "
                  f"{ratio:>6.2f} {peak / 1e6:>8.1f} {peak / len(text):>7.1f} {kept / len(text):>8.1f} "
                  f"{(peak - kept) / len(text):>6.1f}  {(problem or '')[:50]}", flush=True)
            factor *= 2
    print(f"worst time-per-character ratio to 1x: {worst:.2f} (target <= 2); "
          f"worst peak/input: {worst_mem:.1f}, less the caches' growth: {worst_own:.1f} (target < 10)")
    if args.article_mb and not args.only:
        out = subprocess.run([sys.executable, __file__, "--_article", str(args.article_mb)],
                             capture_output=True, text=True, check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"one news article of {r['chars']:,} characters: {r['cpu']:.1f} s CPU "
              f"({r['cpu'] / r['chars'] * 1e6:.1f} µs/char), peak Python allocations {r['peak'] / 1e6:.0f} MB "
              f"({r['peak'] / r['chars']:.1f}x the input), max RSS +{r['rss_growth'] / 1e6:.0f} MB over "
              f"{r['rss_before'] / 1e6:.0f} MB ({r['rss_growth'] / r['chars']:.1f}x the input); "
              f"{r['incidents']} incidents, problem: {r['problem']}")
    return 0


def _article_child(mb: float) -> int:
    """One big news article: CPU time, then peak allocations; RSS growth over this process's own baseline."""
    gaz = Gazetteer.default()
    process(Document("Shelling killed 2 in Ariha… Saraqeb.", published="2019-05-14"), gazetteer=gaz)
    text = news(int(mb * 1e6), random.Random(10))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.process_time()
    res = process(Document(text, doc_id="article", published="2019-05-14"), gazetteer=gaz)
    cpu = time.process_time() - t0
    rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before
    _, peak, _, _ = measure(text, gaz)
    print(json.dumps({"chars": len(text), "cpu": cpu, "peak": peak, "rss_before": rss_before,
                      "rss_growth": rss_growth, "incidents": len(res.incidents), "problem": res.problem}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
