"""Does extraction stay linear? Time and peak memory as inputs double (1x to 16x).

Usage: ``python benchmarks/bench_scaling.py [--base-kb N] [--max-factor 16] [--only NAME]``

Five families of input, each built at 1x, 2x, 4x, 8x and 16x a base size:

- ``news``: distinct news sentences (the seeds' sentences with their numbers and places
  varied, so the paragraph de-duplication in ``clean`` cannot hide the cost);
- ``lines``: distinct short lines without full stops;
- ``long_line``: one long line of words and punctuation runs ("...", "!?");
- ``cue_words``: "the village of X" repeated with distinct unknown names;
- ``months``: month names and relative date phrases.

For each, the time per character (ratio to the 1x run of the same family, in the same
process) should stay within 2x, and peak Python allocations under 10x the input size.
Each run is one ``process()`` call on a fresh document; times are CPU seconds.
"""
from __future__ import annotations

import argparse
import random
import time
import tracemalloc

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


def lines(n_chars: int, rng: random.Random) -> str:
    out, size, i = [], 0, 0
    while size < n_chars:
        s = f"update {i} shelling reported near {rng.choice(_PLACES).lower()} area {rng.randint(0, 10**6)}"
        out.append(s)
        size += len(s) + 1
        i += 1
    return "\n".join(out)


def long_line(n_chars: int, rng: random.Random) -> str:
    words = ["shelling", "killed", "in", rng.choice(_PLACES), "...", "!?", "…", "Ariha", "and", "2", "."]
    out, size = [], 0
    while size < n_chars:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def cue_words(n_chars: int, rng: random.Random) -> str:
    out, size, i = [], 0, 0
    while size < n_chars:
        name = "".join(rng.choice("bdfklmnrst") + rng.choice("aeiou") for _ in range(4)).capitalize()
        s = f"the village of {name} and the town of {rng.choice(_PLACES)}"
        out.append(s)
        size += len(s) + 2
        i += 1
    return ", ".join(out) + "."


def months(n_chars: int, rng: random.Random) -> str:
    out, size = [], 0
    while size < n_chars:
        s = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, since Sunday, last week,"
        out.append(s)
        size += len(s) + 1
    return " ".join(out) + " shelling killed 2 in Ariha."


FAMILIES = {"news": news, "lines": lines, "long_line": long_line, "cue_words": cue_words, "months": months}


def measure(text: str, gaz: Gazetteer) -> tuple[float, int, str | None]:
    doc = Document(text, doc_id="bench", published="2019-05-14")
    tracemalloc.start()
    t0 = time.process_time()
    res = process(doc, gazetteer=gaz)
    seconds = time.process_time() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, res.problem


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-kb", type=float, default=25.0, help="size of the 1x input in kB (default 25)")
    ap.add_argument("--max-factor", type=int, default=16)
    ap.add_argument("--only", choices=sorted(FAMILIES))
    args, _ = ap.parse_known_args()
    gaz = Gazetteer.default()
    process(Document("Shelling killed 2 in Ariha.", published="2019-05-14"), gazetteer=gaz)  # warm caches
    print(f"machine: {machine()}")
    print(f"{'family':<10} {'x':>3} {'chars':>10} {'cpu s':>8} {'µs/char':>8} {'ratio':>6} "
          f"{'peak MB':>8} {'peak/in':>7}  problem")
    worst = 0.0
    for name, make in FAMILIES.items():
        if args.only and name != args.only:
            continue
        first = None
        factor = 1
        while factor <= args.max_factor:
            text = make(int(args.base_kb * 1000 * factor), random.Random(factor))
            seconds, peak, problem = measure(text, gaz)
            per_char = seconds / len(text)
            first = first or per_char
            ratio = per_char / first if first else float("nan")
            worst = max(worst, ratio)
            print(f"{name:<10} {factor:>3} {len(text):>10,} {seconds:>8.2f} {per_char * 1e6:>8.2f} "
                  f"{ratio:>6.2f} {peak / 1e6:>8.1f} {peak / len(text):>7.1f}  {(problem or '')[:60]}", flush=True)
            factor *= 2
    print(f"worst time-per-character ratio to 1x: {worst:.2f} (target <= 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
