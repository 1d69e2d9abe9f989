"""The places a document's resolved mentions point to ("anchors"), and the distance questions that
resolution asks of them: is a candidate within reach of some other place the text names?

A long document names thousands of places: the anchors are kept in a 3-D grid, so that the
nearest-anchor test of a candidate looks at the anchors within reach, not at all of them.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from ..gazetteer.store import Place

__all__ = ["Anchors", "farther"]


# Chord, on the unit sphere, of the farthest anchor distance that earns a bonus (100 km), with margin:
# anchors that close to a point lie in the 27 grid cells around it (cells of this side, 3-D).
_CELL = 2 * math.sin(100.0 / 12742.0) * 1.05


def _cell(p: Place) -> tuple[int, int, int] | None:
    if not (math.isfinite(p.lat) and math.isfinite(p.lon)):
        return None  # no position: never near anything (its distances are NaN)
    la, lo = math.radians(p.lat), math.radians(p.lon)
    return (math.floor(math.cos(la) * math.cos(lo) / _CELL), math.floor(math.cos(la) * math.sin(lo) / _CELL),
            math.floor(math.sin(la) / _CELL))


#: km per degree of latitude on the sphere of Place.distance_km: no two places whose latitudes
#: differ by more than ``x`` degrees are closer than ``x * _KM_PER_DEG`` km.
_KM_PER_DEG = 12742.0 / 2 * math.pi / 180
#: Anchors a document's question scans one by one; more, and they are placed in the grid.
_SCAN = 32


def farther(a: Place, b: Place, km: float) -> bool:
    """``a.distance_km(b) > km``, without the trigonometry when the latitudes alone are farther apart,
    or when latitude and longitude differences together are nearer (a path along a meridian and a
    parallel is no shorter than the great circle); by 100 m: far beyond rounding.  Latitudes lie
    within [-90, 90] (the gazetteer checks them)."""
    dlat, dlon = abs(a.lat - b.lat) * _KM_PER_DEG, abs(a.lon - b.lon) * _KM_PER_DEG
    if dlat > km + 0.1:
        return True
    if dlat + dlon < km - 0.1:
        return False
    return a.distance_km(b) > km


def _count(entries: dict[tuple, list], key: tuple, p: Place, step: int) -> None:
    entry = entries.setdefault(key, [p, 0])
    entry[1] += step
    if entry[1] <= 0:
        del entries[key]


class Anchors:
    """The anchors' places (those with a position), and for a long document a 3-D grid of them,
    so that the nearest-anchor test of a candidate looks at the anchors within reach (27 cells),
    not at every anchor of the document: a long document names thousands of places, and
    mentions x anchors was quadratic.  A few anchors are scanned directly (27 cell look-ups
    cost more than that)."""

    def __init__(self, places: Iterable[Place]):
        self._pending = list(places)
        self.names: Counter[str] = Counter(p.name for p in self._pending)
        self.total = len(self._pending)
        self.memo: dict[tuple, float] = {}
        # Made on the first distance question: most documents never ask one (no mention has two
        # close candidates).  (name, lat, lon) -> [place, count], all and by grid cell.
        self._flat: dict[tuple, list] | None = None
        self._cells: dict[tuple[int, int, int], dict[tuple, list]] | None = None

    def _entries(self) -> dict[tuple, list]:
        if self._flat is None:
            self._flat = {}
            for p in self._pending:
                self._place(p, 1)
            self._pending = []
        return self._flat

    def _grid(self) -> dict[tuple[int, int, int], dict[tuple, list]]:
        if self._cells is None:
            self._cells = {}
            for key, (p, n) in self._entries().items():
                self._cells.setdefault(_cell(p), {})[key] = [p, n]
        return self._cells

    def add(self, p: Place, step: int = 1) -> None:
        self.names[p.name] += step
        self.total += step
        self.memo.clear()
        self._place(p, step)  # places the earlier anchors first

    def _place(self, p: Place, step: int) -> None:
        if not (math.isfinite(p.lat) and math.isfinite(p.lon)):
            return  # no position: never near anything (its distances are NaN)
        key = (p.name, p.lat, p.lon)
        _count(self._entries(), key, p, step)
        if self._cells is not None:
            _count(self._cells.setdefault(_cell(p), {}), key, p, step)

    def any_other(self, name: str) -> bool:
        """Is some anchor's place named other than ``name``?"""
        return self.total > self.names[name]

    def bonus(self, c: Place, name: str) -> float:
        """0.12 if an anchor place not named ``name`` lies within 40 km of ``c``, 0.06 within 100 km, else 0."""
        key = (c.lat, c.lon, name)
        got = self.memo.get(key)
        if got is not None:
            return got
        d = math.inf
        if math.isfinite(c.lat) and math.isfinite(c.lon):
            entries = self._entries()
            if len(entries) <= _SCAN:
                near = [entries]
            else:
                x, y, z = _cell(c)
                grid = self._grid()
                near = [grid.get((x + dx, y + dy, z + dz), {}) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                        for dz in (-1, 0, 1)]
            for cell in near:
                for (n, _, _), (o, _) in cell.items():
                    # Only whether the nearest is within 40 or 100 km counts: farther ones are skipped
                    # by latitude alone, and the first within 40 km ends the search.
                    if n != name and abs(o.lat - c.lat) * _KM_PER_DEG <= 100.1:
                        d = min(d, c.distance_km(o))
                if d <= 40:
                    break
        got = self.memo[key] = 0.12 if d <= 40 else 0.06 if d <= 100 else 0.0
        return got
