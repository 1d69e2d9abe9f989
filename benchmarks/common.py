"""Shared helpers for the benchmarks: locating the dev set, distances, machine info."""
from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

from geopy.distance import great_circle

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev_ucdp_syria.jsonl"


def dev_path(argv: list[str] | None = None) -> Path:
    """The UCDP dev set (read in place; never copied): argv[1], $GEOINCIDENTS_DEV or ../shared/eval."""
    # Flags such as ``-v`` are not paths: the first other argument is.
    args = [a for a in (sys.argv if argv is None else argv)[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else Path(os.environ.get("GEOINCIDENTS_DEV", DEFAULT_DEV))
    if not path.exists():
        raise SystemExit(f"dev set not found at {path}; pass its path or set GEOINCIDENTS_DEV")
    return path


def load_dev(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (geopy)."""
    return great_circle((lat1, lon1), (lat2, lon2)).km


def tolerance_km(where_prec: int) -> float:
    """UCDP where_prec 1: the exact place (5 km); 2: within about 25 km."""
    return 5.0 if where_prec == 1 else 25.0


def machine() -> str:
    return (f"{platform.node()} {platform.machine()} {os.cpu_count()} cpus, Python {platform.python_version()}, "
            f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
