"""The bundled Syria gazetteer: loading, places, admin areas, lookup and reverse.

Examples
--------
>>> from geoincidents import Gazetteer
>>> gaz = Gazetteer.default()
>>> gaz.lookup("Khan Sheikhoun")[0].name
'Khan Shaykun'
>>> [p.kind for p in gaz.lookup("Idlib")[:2]]
['city', 'governorate']
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .checks import check_admin1, check_bbox, check_kinds, check_limit, is_missing
from .memos import LookupMemos
from .normalize import visible_nfc
from .paths import data_dir
from .place import Place
from .search import MAX_NAME_LENGTH, NameIndex, rank, split_kind_words

__all__ = ["Gazetteer", "Place", "lookup", "data_dir"]

ADMIN_LEVELS = {0: "region", 1: "governorate", 2: "district", 3: "subdistrict", 4: "neighbourhood"}


def _none(v):
    return None if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA else v


class Gazetteer(LookupMemos):
    """Offline gazetteer of Syrian places: communities, cities, admin units and named regions.

    Parameters
    ----------
    places : geopandas.GeoDataFrame
        One point per place (see ``data/gazetteer/CREDITS.md`` for columns and sources).
    names : pandas.DataFrame
        Variant names with precomputed match keys.
    areas : geopandas.GeoDataFrame
        Polygons of governorates (level 1), districts (2), sub-districts (3) and regions (0).

    Use :meth:`default` for the bundled data; it is loaded once per process.
    """

    def __init__(self, places: gpd.GeoDataFrame, names: pd.DataFrame, areas: gpd.GeoDataFrame) -> None:
        self._places = places.reset_index(drop=True)
        self._areas = areas.reset_index(drop=True)
        self._row_of = {pid: i for i, pid in enumerate(self._places["place_id"])}
        self._index = NameIndex(names, self._row_of)
        self._names = names  # kept for with_places (analysts' corrections)
        # Lists, not arrays: ranking reads them one row at a time (a numpy scalar is slower).
        self._importance = self._places["importance"].to_numpy(dtype=float).tolist()
        self._kind = self._places["kind"].tolist()
        self._kinds = frozenset(self._kind)
        # Places only Who's On First or GeoNames lists: their own name is that source's label (rank).
        self._labels_only = frozenset(i for i, pid in enumerate(self._places["place_id"])
                                      if isinstance(pid, str) and pid.startswith(("wof:", "geonames:")))
        self._admin1_pcode = self._places["admin1_pcode"].to_numpy(dtype=object)
        self._lat = self._places["lat"].to_numpy(dtype=float)
        self._lon = self._places["lon"].to_numpy(dtype=float)
        self._area_tree: shapely.STRtree | None = None
        # One Place per row, made on first use: bounded by the table (~30,000 rows), never cleared.
        self._cache: dict[int, Place] = {}
        self._new_caches()
        self._admin1_set = frozenset(p for p in self._admin1_pcode if isinstance(p, str))
        # Plain column lists: building a Place from them is ~20x faster than a pandas row.
        self._columns = {c: self._places[c].to_numpy(dtype=object).tolist() for c in self._places.columns if c != "geometry"}

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> "Gazetteer":
        """Load a built gazetteer from ``path`` (default: the bundled one)."""
        folder = Path(path) if path is not None else data_dir()
        places = gpd.read_parquet(folder / "places.parquet")
        names = pd.read_parquet(folder / "names.parquet")
        areas = gpd.read_parquet(folder / "areas.parquet")
        return cls(places, names, areas)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The gazetteer in use: the bundled one (with ``$GEOINCIDENTS_PLACES`` corrections), loaded once
        and cached, or the one given to :func:`geoincidents.use_gazetteer`."""
        return _IN_USE if _IN_USE is not None else _default()

    def with_places(self, source) -> "Gazetteer":
        """A copy with an analyst's places, aliases and blocked names (CSV/Parquet path or DataFrame;
        columns and a worked example in :mod:`geoincidents.gazetteer.corrections`).

        Examples
        --------
        >>> import pandas as pd
        >>> fix = pd.DataFrame([{"name": "Tal Hmeira", "lat": 36.1, "lon": 37.2}])
        >>> Gazetteer.default().with_places(fix).lookup("Tal Hmeira")[0].place_id
        'user:tal-hmeira'
        """
        from .corrections import with_places
        return with_places(self, source)

    def is_name(self, text: str) -> bool:
        """True if ``text`` is, as written, one of the gazetteer's names (any spelling key)."""
        return self._index.is_name(text)

    def may_be_name(self, text: str) -> bool:
        """True if some name shares the consonant skeleton of ``text`` (a cheap pre-check)."""
        return self._index.shares_skeleton(text)

    # -- tables ------------------------------------------------------------------------------
    @property
    def places(self) -> gpd.GeoDataFrame:
        """All places as a GeoDataFrame of points (EPSG:4326); ``names`` is ``|``-separated."""
        return self._places

    def admin_areas(self, level: int | str) -> gpd.GeoDataFrame:
        """Polygons of one admin level: 1/"governorate", 2/"district", 3/"subdistrict", 0/"region",
        4/"neighbourhood" (Aleppo's quarters; only where the data has them).

        Examples
        --------
        >>> len(Gazetteer.default().admin_areas(1))
        14
        """
        if isinstance(level, str):
            by_name = {v: k for k, v in ADMIN_LEVELS.items()}
            if level not in by_name:
                raise ValueError(f"unknown admin level {level!r}; use one of {sorted(by_name)}")
            level = by_name[level]
        if level not in ADMIN_LEVELS:
            raise ValueError(f"unknown admin level {level!r}; use 0 (regions), 1, 2, 3 or 4 (neighbourhoods)")
        return self._areas[self._areas["level"] == level].reset_index(drop=True)

    def area(self, place_id: str) -> shapely.Geometry | None:
        """The polygon of an admin unit or region, or None for point places."""
        hit = self._areas[self._areas["place_id"] == place_id]
        return None if hit.empty else hit.geometry.iloc[0]

    # -- access --------------------------------------------------------------------------------
    def _place(self, row: int, score: float = 1.0, matched: str | None = None) -> Place:
        base = self._base_place(row)
        if score == 1.0 and matched is None:
            return base
        # A copy with its own score: dataclasses.replace re-runs __init__ and copy.copy goes
        # through __reduce_ex__ (both several times slower); a frozen dataclass's fields are its
        # __dict__, so a copy of that dict made its __dict__ is the same copy (faster than
        # filling the new instance's own dict).
        fields = base.__dict__.copy()
        fields["score"], fields["matched"] = float(score), matched
        place = object.__new__(Place)
        object.__setattr__(place, "__dict__", fields)
        return place

    def _base_place(self, row: int) -> Place:
        cached = self._cache.get(row)
        if cached is not None:
            return cached
        r = {c: values[row] for c, values in self._columns.items()}
        pop = _none(r["population"])
        place = Place(
            place_id=r["place_id"], name=r["name"], name_ar=_none(r["name_ar"]), kind=r["kind"],
            lat=float(r["lat"]), lon=float(r["lon"]), pcode=_none(r["pcode"]),
            admin1=_none(r["admin1"]), admin1_pcode=_none(r["admin1_pcode"]),
            admin2=_none(r["admin2"]), admin2_pcode=_none(r["admin2_pcode"]),
            admin3=_none(r["admin3"]), admin3_pcode=_none(r["admin3_pcode"]),
            population=int(pop) if pop is not None else None,
            names=tuple(r["names"].split("|")), source_ids=tuple(r["source_ids"].split("|")),
        )
        self._cache[row] = place
        return place

    def get(self, place_id: str) -> Place:
        """The place with this id (``ocha:C3930``, ``ocha:SY07``, ``region:eastern-ghouta`` ...)."""
        if not isinstance(place_id, str):
            raise TypeError(f"place_id must be a str such as 'ocha:C3916', not {type(place_id).__name__}")
        row = self._row_of.get(place_id)
        if row is None:
            raise KeyError(f"no place with id {place_id!r} in the gazetteer")
        return self._place(row)

    def _focus_rows(self, admin1: str | None, bbox: tuple[float, float, float, float] | None) -> bytes | None:
        if admin1 is None and bbox is None:
            return None
        return self._focus_mask(admin1, bbox)

    def _focus_mask_uncached(self, admin1: str | None, bbox: tuple | None) -> bytes:
        mask = np.zeros(len(self._places), dtype=bool)
        if admin1 is not None:
            mask |= np.isin(self._admin1_pcode, list(self.admin1_pcodes(admin1)))  # checked by lookup
        if bbox is not None:
            minx, miny, maxx, maxy = bbox
            mask |= (self._lon >= minx) & (self._lon <= maxx) & (self._lat >= miny) & (self._lat <= maxy)
        # A byte a place, 1 in focus: read row by row, a bytes object gives plain ints (a numpy
        # array a numpy bool each, several times slower).
        return mask.tobytes()

    def admin1_pcodes(self, admin1: str) -> set[str]:
        """P-codes of the governorate(s) a name or P-code refers to ("Idlib", "SY07")."""
        if check_admin1(admin1) is None:
            return set()
        return set(self._admin1_found(admin1))

    def _admin1_uncached(self, admin1: str) -> frozenset[str]:
        if admin1.upper() in self._admin1_set:
            return frozenset({admin1.upper()})
        return frozenset(p.pcode for p in self.lookup(admin1, kinds=("governorate",), limit=3) if p.score >= 0.8)

    def lookup(
        self,
        name: str,
        *,
        admin1: str | None = None,
        kinds: Iterable[str] | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        limit: int = 10,
        fuzzy: bool = True,
        focus_ties_only: bool = False,
    ) -> list[Place]:
        """Places whose names match ``name`` however it is spelled, best first.

        Parameters
        ----------
        name : str
            A place name in Latin romanisation or Arabic script ("Khan Sheikhoun",
            "خان شيخون"). A feature word ("Idlib province", "the village of X")
            prefers that kind of feature.
        admin1 : str, optional
            Governorate name or P-code to focus on: its places rank higher
            (a bias, not a filter, so a place elsewhere is still found).
        kinds : iterable of str, optional
            Keep only these kinds (``city``, ``town``, ``village``, ``governorate``,
            ``district``, ``subdistrict``, ``region``).
        bbox : (min_lon, min_lat, max_lon, max_lat), optional
            Bounding box to focus on, like ``admin1``; any 4 numbers (tuple, list, array).
        limit : int
            Most results to return.
        fuzzy : bool
            Allow the bounded typo pass when no spelling key matches (slower; on by default).
        focus_ties_only : bool
            Let ``admin1``/``bbox`` only break ties between equally good spellings, instead of
            biasing every candidate (for a focus guessed from context rather than chosen).

        Returns
        -------
        list of Place
            Empty for an empty name, a missing-value marker ("nan", "null", "None" ...) or when
            nothing is close enough.  The name is read in NFC with invisible format
            characters (soft hyphen, zero-width space, RLM ...) removed.

        Raises
        ------
        TypeError
            If ``name`` is not a string, or an argument has the wrong type
            (``bbox`` takes any 4 numbers, ``limit`` an int).
        ValueError
            If ``name`` is longer than 120 characters (not a place name), ``admin1``
            or a kind is unknown, or ``limit`` is negative.

        Examples
        --------
        >>> Gazetteer.default().lookup("Jisr ash-Shughur")[0].pcode
        'C4199'
        >>> Gazetteer.default().lookup("Xyzzyqwerty")
        []
        """
        if (type(name) is str and type(limit) is int and (admin1 is None or type(admin1) is str)
                and (kinds is None or type(kinds) is tuple or type(kinds) is str)
                and type(fuzzy) is bool and type(focus_ties_only) is bool and (bbox is None or _float_box(bbox))):
            # A text's question (a name, perhaps a focus and kinds): texts and corpora repeat them,
            # so the answer kept for the question as asked comes first, before any check (an answer
            # is kept only once its question passed them); a tuple kept, a list out.  Plain types
            # only: equal keys are then the same question (True == 1 would let a bool limit in).
            return list(self._asked(name, admin1, kinds, bbox, limit, fuzzy, focus_ties_only))
        return list(self._answer(name, admin1, kinds, bbox, limit, fuzzy, focus_ties_only))

    def _answer(self, name, admin1, kinds, bbox, limit, fuzzy, focus_ties_only) -> tuple[Place, ...]:
        """:meth:`lookup`'s checks and answer (the hits and their ranking are kept, see :mod:`.memos`)."""
        if not isinstance(name, str):  # None and NaN too: the geocoder is the tolerant, column-wise API
            raise TypeError(f"place name must be a str, not {type(name).__name__}")
        name = " ".join(visible_nfc(name).split())
        wanted, bbox, limit = check_kinds(kinds, self._kinds), check_bbox(bbox), check_limit(limit)
        if admin1 is not None and not self.admin1_pcodes(admin1):
            raise ValueError(f"unknown governorate {admin1!r} for admin1: use a name such as 'Idleb' "
                             "or a P-code SY01..SY14")
        if is_missing(name):
            return ()
        if len(name) > MAX_NAME_LENGTH:
            raise ValueError(
                f"place name is {len(name)} characters long; names longer than {MAX_NAME_LENGTH} "
                "are not looked up (pass a place name, not a text: use geoincidents.extract for texts)"
            )
        hits, _ = self._kind_hits_cached(name, wanted, fuzzy)
        focus = self._focus_rows(admin1, bbox)
        # A focus only moves the hits it covers: the same hits in focus give the same ranking, so
        # a name looked up without focus (infer_focus) and then with one (resolution) is ranked
        # once unless the focus covers one of its places.
        in_focus = tuple(h.row for h in hits if focus[h.row]) if focus is not None else ()
        ranked = self._ranked(name, wanted, fuzzy, focus_ties_only if in_focus else False, in_focus)
        return tuple(self._place(row, score, matched) for row, score, matched in ranked[:limit])

    def _kind_hits(self, name: str, wanted: frozenset | None, fuzzy: bool) -> tuple[list, tuple | None]:
        """The candidate hits of ``name`` (feature word split off) of the ``wanted`` kinds, and the
        kinds its feature word implies."""
        bare, kinds_hint = split_kind_words(name)
        hits = self._hits(bare, fuzzy)
        if not hits and bare != name:
            hits, kinds_hint = self._hits(name, fuzzy), None
        if not hits and bare.split()[0].lower() in ("tal", "tall", "tell", "tel"):
            # "Tell Mardikh": the mound's name for a village the sources list without "Tell".
            hits = self._hits(bare.split(" ", 1)[1], fuzzy) if " " in bare else []
        if wanted is not None:
            hits = [h for h in hits if self._kind[h.row] in wanted]
        return hits, kinds_hint

    def _ranked_uncached(self, name: str, wanted: frozenset | None, fuzzy: bool, focus_ties_only: bool,
                         in_focus: tuple[int, ...]) -> list[tuple[int, float, str]]:
        # Whatever the limit: lookups of one name with limits 1, 5 and 6 rank it once.
        hits, kinds_hint = self._kind_hits_cached(name, wanted, fuzzy)
        return rank(hits, self._importance, kinds_hint=kinds_hint, kind=self._kind,
                    focus_rows=frozenset(in_focus) if in_focus else None, focus_ties_only=focus_ties_only,
                    names=self._columns["name"], labels_only=self._labels_only)

    def _hits(self, name: str, fuzzy: bool) -> list:
        # Candidate search is the costly part of a lookup and does not depend on focus or
        # kinds; texts repeat names, so keep the hits (bounded, see CACHE_SIZE).  The typo pass
        # runs only when the spelling keys find nothing, so a name they find is searched once for
        # both settings of ``fuzzy``.
        hits = self._hits_cached(name, False)
        return hits if hits or not fuzzy else self._hits_cached(name, True)

    def reverse(self, lat: float, lon: float) -> list[Place]:
        """Admin units (finest first: sub-district, district, governorate), regions, then an Aleppo
        neighbourhood containing a point.

        Examples
        --------
        >>> [p.kind for p in Gazetteer.default().reverse(35.8111, 36.7907)][:3]
        ['subdistrict', 'district', 'governorate']
        """
        if self._area_tree is None:
            self._area_tree = shapely.STRtree(self._areas.geometry.values)
        idx = self._area_tree.query(shapely.Point(float(lon), float(lat)), predicate="intersects")
        found = self._areas.iloc[sorted(idx)]
        order = {3: 0, 2: 1, 1: 2, 0: 3, 4: 4}  # neighbourhoods (Aleppo) after the units
        found = found.sort_values("level", key=lambda s: s.map(order), kind="stable")
        return [self.get(pid) for pid in found["place_id"] if pid in self._row_of]


def _float_box(bbox) -> bool:
    return type(bbox) is tuple and len(bbox) == 4 and all(type(v) is float for v in bbox)


#: Set by geoincidents.use_gazetteer: the gazetteer every extraction uses instead of the bundled one.
_IN_USE: Gazetteer | None = None


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    from .corrections import apply_env  # imports this module
    return apply_env(Gazetteer.load())


def lookup(name: str, **kwargs) -> list[Place]:
    """Shortcut for ``Gazetteer.default().lookup(name, **kwargs)``.

    Examples
    --------
    >>> import geoincidents
    >>> geoincidents.lookup("Saraqeb")[0].pcode
    'C3916'
    """
    return Gazetteer.default().lookup(name, **kwargs)
