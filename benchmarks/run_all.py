"""Run every benchmark in one go (``make bench``) and print their reports.

Speed numbers are only comparable within one run on one machine: these machines
are shared, so compare ratios measured together, not numbers across days.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_gazetteer.py", "bench_extract.py", "bench_mentions.py", "bench_incidents.py", "bench_fields.py",
           "bench_maps.py", "bench_engines.py", "bench_scaling.py"]


def main() -> int:
    status = 0
    for name in BENCHES:
        print(f"\n===== {name} =====", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / name), *sys.argv[1:]], cwd=HERE)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
