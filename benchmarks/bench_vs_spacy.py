"""Throughput against a spaCy small NER pass over the same headlines, timed in the same run.

Usage: ``python benchmarks/bench_vs_spacy.py [dev.jsonl] [--spacy-python PATH]``

Issue 9's throughput target is >= 1,000 headline documents per second on one core, *or*
at least 10x a spaCy small-model NER pass timed in the same run: NER alone is the first
step of the usual alternative pipeline (NER, then geocoding), so the ratio says whether
our whole extraction costs less than that one step.  Ratios survive a noisy shared
machine better than documents per second do.

spaCy is not a dependency of geoincidents.  It runs in a child process under
``--spacy-python`` (or ``$GEOINCIDENTS_SPACY_PYTHON``; default: this interpreter), so a
separate virtualenv with ``pip install spacy`` is enough.  When ``en_core_web_sm`` is
installed there, its ``ner`` component is timed alone.  When it is not (the model is
downloaded from GitHub, which some machines cannot reach), a spaCy ``ner`` component
with the small model's architecture (``HashEmbedCNN`` width 96, depth 4, 2,000-row hash
embeddings; transition parser with 64 hidden units) and the 18 OntoNotes labels is
initialised with untrained weights: its cost per token is the trained model's, only
its answers differ, and the output says which of the two was timed.

Both sides use CPU time of one process, best of three, one thread.
Data: UCDP GED headlines (CC BY 4.0), read in place from ../shared/eval.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

from bench_incidents import throughput
from common import dev_path, load_dev, machine

# Run in the child interpreter: reads the headlines as JSON on stdin, prints a JSON result.
_SPACY_CHILD = r"""
import gc, json, sys, time
import spacy
texts = json.load(sys.stdin)
try:
    nlp = spacy.load("en_core_web_sm", exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                 "lemmatizer", "senter"])
    model = "en_core_web_sm " + nlp.meta.get("version", "?") + " (ner only)"
except OSError:
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")  # spaCy's default ner config is the small models' architecture
    for label in ("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME "
                  "PERCENT MONEY QUANTITY ORDINAL CARDINAL").split():
        ner.add_label(label)
    nlp.initialize()
    model = "spaCy ner, small-model architecture, untrained weights (en_core_web_sm not installed)"
list(nlp.pipe(texts[:20]))  # warm-up
times = []
for _ in range(3):
    gc.collect()  # as for geoincidents (bench_incidents.throughput): each round starts from a collected heap
    t = time.process_time()
    for _doc in nlp.pipe(texts, batch_size=256):
        pass
    times.append(time.process_time() - t)
print(json.dumps({"seconds": min(times), "model": model, "spacy": spacy.__version__}))
"""


def spacy_seconds(python: str, texts: list[str]) -> dict:
    """CPU seconds (best of 3) for spaCy's NER over ``texts`` in a child ``python``."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    done = subprocess.run([python, "-c", _SPACY_CHILD], input=json.dumps(texts), text=True,
                          capture_output=True, env=env, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"spaCy run failed under {python}:\n{done.stderr[-2000:]}\n"
                         "Install spaCy there (pip install spacy) or pass --spacy-python.")
    return json.loads(done.stdout.strip().splitlines()[-1])


def our_seconds(rows: list[dict]) -> float:
    """CPU seconds (best of 3, cold caches) for ``extract_many`` over the headlines."""
    return len(rows) / throughput(rows)


def main() -> None:
    argv = sys.argv[1:]
    python = os.environ.get("GEOINCIDENTS_SPACY_PYTHON", sys.executable)
    if "--spacy-python" in argv:
        i = argv.index("--spacy-python")
        python = argv[i + 1]
        del argv[i:i + 2]
    rows = load_dev(dev_path([sys.argv[0], *argv]))
    texts = [r["text"] for r in rows]
    print(f"# geoincidents vs spaCy NER, {machine()}")
    ours = our_seconds(rows)
    theirs = spacy_seconds(python, texts)
    ours_again = our_seconds(rows)  # bracket the spaCy run: load on a shared machine drifts
    ours = min(ours, ours_again)
    n = len(texts)
    print(f"geoincidents extract_many: {n / ours:,.0f} headline documents/s (CPU {ours:.2f} s for {n})")
    print(f"{theirs['model']}, spaCy {theirs['spacy']}: {n / theirs['seconds']:,.0f} documents/s "
          f"(CPU {theirs['seconds']:.2f} s)")
    print(f"ratio: geoincidents is {theirs['seconds'] / ours:.1f}x a spaCy small NER pass  target >= 10x "
          f"(or >= 1,000 documents/s)")


if __name__ == "__main__":
    main()
