"""Run every benchmark in one go (``make bench``) and print their reports.

Speed numbers are only comparable within one run on one machine: these machines
are shared, so compare ratios measured together, not numbers across days.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_gazetteer.py", "bench_spellings.py", "bench_extract.py", "bench_mentions.py", "bench_incidents.py", "bench_dates.py", "bench_fields.py",
           "bench_maps.py", "bench_engines.py", "bench_scaling.py", "bench_merge.py"]


def main() -> int:
    status = 0
    benches = list(BENCHES)
    # The spaCy comparison needs spaCy somewhere (not a dependency): here, or in the
    # interpreter named by $GEOINCIDENTS_SPACY_PYTHON.
    if os.environ.get("GEOINCIDENTS_SPACY_PYTHON") or importlib.util.find_spec("spacy"):
        benches.append("bench_vs_spacy.py")
    else:
        print("(bench_vs_spacy.py skipped: set GEOINCIDENTS_SPACY_PYTHON to a Python with spaCy)")
    for name in benches:
        print(f"\n===== {name} =====", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / name), *sys.argv[1:]], cwd=HERE)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
