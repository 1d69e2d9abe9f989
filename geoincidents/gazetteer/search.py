"""Candidate search and ranking over the gazetteer's name keys.

A query is reduced to the keys of :mod:`.normalize` and looked up in hash
indexes (exact fold, loose spelling key, consonant skeleton, Arabic key).
Match quality then follows the spelling: exact (1.0, less a little when the
article or ʿayn marks differ), the same Arabic spelling written the other way
(``ortho_key``, 0.94-0.96), and loose or skeleton matches falling off with the
square of their spelling similarity.
Only when none of them hits does a bounded fuzzy pass (rapidfuzz) run, and
it returns nothing rather than an unrelated place when nothing is close.
"""
from __future__ import annotations

import gc
import re
from typing import Container, NamedTuple, Sequence

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from .normalize import (ARTICLES, QUALIFIER_TAGS, arabic_key, fold, is_arabic, loose_key, ortho_key, skeleton_key,
                        written_form)
from .typos import FUZZY_MIN, TypoKeys, fuzzy_cutoff

#: Longest name accepted; the longest Syrian place name in the sources has ~60 characters.
MAX_NAME_LENGTH = 120

# Feature words a user may add to a name; they select a kind instead of being matched.
_KIND_WORDS = [
    (re.compile(r"\s+(?:province|governorate|muhafaza|muhafazat|gov\.?)$", re.I), ("governorate",)),
    (re.compile(r"^(?:the\s+)?(?:province|governorate)\s+of\s+", re.I), ("governorate",)),
    (re.compile(r"\s+(?:sub-?district|nahiya|nahia)$", re.I), ("subdistrict",)),
    (re.compile(r"\s+(?:district|mantiqa|area)$", re.I), ("district", "subdistrict", "region")),
    (re.compile(r"\s+(?:city|town)$", re.I), ("city", "town", "village")),
    (re.compile(r"^(?:the\s+)?(?:city|town)\s+of\s+", re.I), ("city", "town", "village")),
    (re.compile(r"\s+(?:village|camp)$", re.I), ("village", "town")),
    (re.compile(r"^(?:the\s+)?village\s+of\s+", re.I), ("village", "town")),
    # Facilities named after the village they stand by ("Tabqa Dam", "Shaer gas field",
    # "Kuweires airport"): the village locates them.
    (re.compile(r"\s+(?:(?:gas|oil)\s*fields?|silos?|(?:military\s+)?(?:airport|air\s*base|airfield)|dam)$",
                re.I), ("city", "town", "village")),
]

# Matches where one of _KIND_WORDS does: a name it does not match keeps all its words.
_ANY_KIND_WORD = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _KIND_WORDS), re.I)


#: Weight of a name by its source (``names.parquet`` ``source``): canonical OCHA/curated names,
#: aliases (OpenSyria, GeoNames cities500, alias lists), Who's On First / GeoNames variants.
#: Exonyms ("Berea" for Aleppo: a GeoNames alternate spelling none of its own names) match exactly only.
SOURCE_TIERS = {"canonical": 0, "alias": 1, "wof": 2, "exonym": 3}
_TIER_WEIGHT = (1.0, 0.99, 0.98, 0.97)
_EXACT_ONLY = 3
#: Least quality of an exact match (same ``fold``), whatever its written details; one spelling
#: written the other way (same ``ortho_key``) scores just below (0.94-0.96).
EXACT = 0.98
#: Admin units share their name with their centre town, which carries it as an alias.
_ADMIN_KINDS = frozenset({"governorate", "district", "subdistrict"})


_VOWELS = re.compile(r"[aeiouyw]")


class Hit(NamedTuple):
    """A candidate row with how well the query matched it (0-1) and the variant matched;
    ``canonical`` is the best quality reached through one of the place's own names alone
    (canonical, the preferred name of a place only WOF/GeoNames has, its Arabic name).
    A named tuple: made ~3x faster than a frozen dataclass, and a search makes one per row."""

    row: int
    quality: float
    matched: str
    canonical: float = 0.0


class _Groups:
    """Read-only ``key -> [entries]`` mapping kept as one list of entries sorted by key plus
    ``key -> (start, end)``: built with vectorised grouping instead of ~50,000 list appends
    (the load-time cost of the index); entries of one key keep the table's order."""

    __slots__ = ("_entries", "_spans")

    def __init__(self, keys: pd.Series, entries: list[tuple]) -> None:
        codes, uniques = pd.factorize(np.asarray(keys.tolist(), dtype=object))
        order = np.argsort(codes, kind="stable")
        ends = np.cumsum(np.bincount(codes, minlength=len(uniques)))
        starts = np.concatenate(([0], ends[:-1]))
        self._entries = [entries[i] for i in order.tolist()]
        self._spans = dict(zip(np.asarray(uniques, dtype=object).tolist(), zip(starts.tolist(), ends.tolist())))

    def get(self, key: str, default=()):
        span = self._spans.get(key)
        return default if span is None else self._entries[span[0]:span[1]]

    def __getitem__(self, key: str) -> list[tuple]:
        start, end = self._spans[key]
        return self._entries[start:end]

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    def __iter__(self):
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


class NameIndex:
    """Hash indexes from name keys to gazetteer rows.

    Parameters
    ----------
    names : pandas.DataFrame
        The ``names`` table (``place_id, name, script, primary, source, fold, loose, skeleton``;
        without ``source``, primary names count as canonical, the others as aliases).
    place_rows : dict
        ``place_id`` -> row number in the places table.
    """

    def __init__(self, names: pd.DataFrame, place_rows: dict[str, int]) -> None:
        # ~100,000 small tuples are made here: the cyclic GC would walk every loaded object again
        # and again meanwhile (about half the load time); none of them can form a cycle.
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            self._build(names, place_rows)
        finally:
            if gc_was_on:
                gc.enable()

    def _build(self, names: pd.DataFrame, place_rows: dict[str, int]) -> None:
        # Plain lists: iterating Arrow-backed string columns item by item is several times slower.
        rows = [place_rows[pid] for pid in names["place_id"].tolist()]
        tiers = ([SOURCE_TIERS[s] for s in names["source"].tolist()] if "source" in names
                 else [0 if p else 1 for p in names["primary"].tolist()])
        # A place's own name counts as canonical for the "variant alone" rule (rank): OCHA's and
        # curated names, and the one name of a place only Who's On First or GeoNames has.
        own = [t == 0 or bool(p) for t, p in zip(tiers, names["primary"].tolist())]
        entries = list(zip(rows, names["name"].tolist(), tiers, own))
        self.fold = _Groups(names["fold"], entries)
        spelled = np.asarray(tiers) < _EXACT_ONLY
        if not spelled.all():  # exonyms: no loose or skeleton keys
            names, entries = names[spelled], [e for e, keep in zip(entries, spelled.tolist()) if keep]
            tiers = [t for t in tiers if t < _EXACT_ONLY]
        self.loose = _Groups(names["loose"], entries)
        # Skeleton entries carry their name's loose key and its consonants (the table's ``loose``
        # column is loose_key(name)): candidates compares them with the query's for every name of
        # a skeleton, and recomputing them there was a fifth of a cold lookup.
        loose = names["loose"].tolist()
        self.skeleton = _Groups(names["skeleton"], [(e, lo, _VOWELS.sub("", lo)) for e, lo in zip(entries, loose)])
        # For the fuzzy fallback: unique loose keys (Latin only) as one list; typos are
        # forgiven on canonical names and aliases, not on the 30,000 GeoNames variants.
        forgiven = names["loose"][np.asarray(tiers) < 2].unique().tolist()
        self._typos = TypoKeys(sorted(k for k in forgiven if k and k.isascii()), MAX_NAME_LENGTH)

    def is_name(self, text: str) -> bool:
        """Fast check used while scanning text: is ``text`` a known name (exact or loose key)?

        Loose matches must be at least 4 letters long: shorter keys ("Tal", "Ain")
        collide with too many words.
        """
        if is_arabic(text):
            return arabic_key(text) in self.loose
        if fold(text) in self.fold:
            return True
        lo = loose_key(text)
        return len(lo) >= 4 and lo in self.loose

    def shares_skeleton(self, text: str) -> bool:
        """Cheap pre-check: does any name have the consonant skeleton of ``text``?"""
        return skeleton_key(text) in self.skeleton

    def candidates(self, query: str, fuzzy: bool = True) -> list[Hit]:
        """Every row whose names match ``query``, best quality per row (``fuzzy``: allow the typo pass)."""
        # row -> [quality, matched, canonical], updated in place; a Hit per row at the end.
        best: dict[int, list] = {}

        def add(entries, quality_of) -> None:
            for row, name, tier, own in entries:
                # Secondary names (alias lists, then GeoNames variants) are noisier.
                q = quality_of(name)
                canon = q if own else 0.0
                q *= _TIER_WEIGHT[tier]
                old = best.get(row)
                if old is None:
                    if q > 0:
                        best[row] = [q, name, canon]
                    continue
                # The best quality with the first name that reached it, and the best canonical one.
                if q > old[0]:
                    old[0], old[1] = q, name
                if canon > old[2]:
                    old[2] = canon

        def found() -> list[Hit]:
            return [Hit(row, q, name, canon) for row, (q, name, canon) in best.items()]

        if is_arabic(query):
            add(self.loose.get(arabic_key(query), ()), lambda n: 1.0)
            return found()
        f, lo, sk = fold(query), loose_key(query), skeleton_key(query)
        if not lo:
            return []
        wq, oq = written_form(query), ortho_key(query)

        def detail(name: str) -> float:
            # Among equal spellings the closest written form wins: article, ʿayn marks,
            # doubled letters ("al-Makman" is Al Makman before Makman); a tie-breaker only.
            return 0.02 * (1.0 - fuzz.ratio(wq, written_form(name)) / 100)

        add(self.fold.get(f, ()), lambda n: 1.0 - detail(n))
        if len(lo) < 3 and len(f) < 5 and not _TRANSLITERATED.search(query):
            # Very short words: exact names only ("the" is not Tawi).  A longer name whose loose
            # key is short because its glides count as vowels ("Kouwayya", al-Kuwayyah) is not one,
            # nor one that an ʿayn mark or the article shows to be Arabic ("al-Fu'aa" is al-Fuʿah).
            return found()

        # Same loose key or consonants: spelled differently.  One Arabic spelling written
        # two ways (same ortho key: "Rawdah", "Rawda") is nearly exact, so that
        # prominence decides between such places; otherwise the closer the spelling, the
        # better ("Tabaqa" is near "Tabqa", "Darayya" far from "Daraa").
        def loose_quality(name: str, base: float = 0.6) -> float:
            on = ortho_key(name)
            if on == oq:
                return 0.96 - detail(name)
            return base + 0.34 * (fuzz.ratio(oq, on) / 100) ** 2

        add(self.loose.get(lo, ()), loose_quality)
        if len(sk) >= 2:
            cq = _VOWELS.sub("", lo)

            # The skeleton merges a consonant repeated across a vowel ("Hamama" h-m-m and
            # "Hama" h-m); only adjacent doubles are one consonant (shadda), so the count of
            # consonants must agree.  Names of the query's own loose key were scored above, higher.
            close = [e for e, ln, cn in self.skeleton.get(sk, ())
                     if cn == cq and ln != lo and fuzz.ratio(lo, ln) >= 60]
            add(close, lambda n: loose_quality(n, 0.55))
        if fuzzy and not best and len(lo) >= FUZZY_MIN:
            # Bounded fuzzy pass (module typos): a cutoff that rises for short names, so that a
            # typo finds its place but an unknown name finds nothing.
            cutoff = fuzzy_cutoff(len(lo))
            for key, score in self._typos.close(lo):
                q = 0.45 + 0.15 * (score - cutoff) / (100 - cutoff)
                add(self.loose[key], lambda n, q=q: q)
        return found()


# An ʿayn or hamza mark inside a word, or the Arabic article (in the forms the keys fold) hyphened
# before one: a transliterated name.
_TRANSLITERATED = re.compile(r"\w['’ʿ‘`ʾ]\w|^(?:" + "|".join(sorted(ARTICLES, key=len, reverse=True)) + r")-\w", re.I)

def _begins_only(variant: str, canonical: str) -> bool:
    """Is ``variant`` spelled like the first word(s) of a longer ``canonical`` name ("Maarat", "Maaret Atarib")?"""
    v, c = fold(variant).split(), fold(canonical).split()
    # A twin village's qualifier ("Huweiz Sharqi", "Eastern Huweiz") does not make a longer name.
    return (0 < len(v) < len(c) and loose_key(" ".join(c[:len(v)])) == loose_key(" ".join(v))
            and not QUALIFIER_TAGS.issuperset(c[len(v):]))


def split_kind_words(name: str) -> tuple[str, tuple[str, ...] | None]:
    """Strip a feature word ("province", "city", "village of") and return the kinds it implies.

    Examples
    --------
    >>> split_kind_words("Idlib province")
    ('Idlib', ('governorate',))
    >>> split_kind_words("Saraqeb")
    ('Saraqeb', None)
    """
    if _ANY_KIND_WORD.search(name) is None:
        return name, None  # most names: one search instead of a substitution per pattern
    for pattern, kinds in _KIND_WORDS:
        stripped = pattern.sub("", name)
        if stripped != name and stripped.strip():
            return stripped.strip(), kinds
    return name, None


def _round4(score: float) -> float:
    """``round(score, 4)``, ~20x faster for a numpy float (scores made from ``importance`` are):
    numpy rounds a float64 by scaling, ``round(x * 10**4) / 10**4`` (rint, half to even), which
    this does on a Python float, without numpy's per-call overhead; a Python float keeps Python's
    exact decimal rounding, as before."""
    if type(score) is np.float64:
        return round(float(score) * 10000.0) / 10000.0
    return round(score, 4)


def rank(
    hits: list[Hit],
    importance: Sequence[float],
    *,
    kinds_hint: tuple[str, ...] | None,
    kind: Sequence[str],
    focus_rows: Container[int] | None,
    focus_ties_only: bool = False,
    names: Sequence[str] | None = None,
    labels_only: Container[int] = (),
) -> list[tuple[int, float, str]]:
    """Order hits by match quality, feature importance and focus; returns ``(row, score, matched)``.

    Quality dominates (a 1.0 exact match of a village beats a 0.7 fuzzy match
    of a city); importance (kind and population, 0.2-1.3) orders equally good
    matches, and one Arabic spelling written two ways (0.94-0.96, see
    ``NameIndex.candidates``) counts as equally good, so the town Rawda comes
    before the village Rawdah for "Rawdah"; a focus the user chose
    (admin1 or bounding box) adds 0.2, enough to prefer its exact village to a
    city of that name elsewhere.  A place matched through variants alone (aliases,
    GeoNames alternate names; none of its own names matches: canonical, the preferred
    name of a place only WOF/GeoNames has, its Arabic name) never outranks, without
    focus, an exact match of another place's own name: its quality is cut by 0.8.
    The label of a place only Who's On First or GeoNames lists (``labels_only``: no OCHA record)
    does not cut the variant of a town that its admin unit, named after it, spells as well: the
    unit's name lists corroborate it ("Abu al-Duhur" is the Idlib town and its sub-district, not a
    Raqqa hamlet OCHA does not list).  A variant that is only the first word(s) of its place's canonical name (``names``:
    "Maarat" of Maaret Atarib) is cut by 0.85: a short name does not prefer a longer
    place whose name only begins like it.
    """
    exact = [h for h in hits if h.canonical >= EXACT and kind[h.row] not in _ADMIN_KINDS]
    # In the document's own governorate (an inferred focus) a variant spelled as well as the best
    # is not cut when no place of the focus has the name as its own: the cut keeps an alias from
    # outranking another place's own name, not the text's region from its own town elsewhere
    # ("Abu al-Duhur", a variant of the Idlib town, in an Idlib report, and a village's own name
    # in Raqqa).
    spare = (focus_ties_only and focus_rows is not None and bool(exact)
             and not any(h.row in focus_rows for h in exact))
    best_spelling = max((h.quality for h in hits), default=0.0)
    # Settlements whose admin unit (same canonical name: the unit is named after its centre) the query
    # spells as well: the unit's own name lists (OCHA, OpenSyria) corroborate the variant.
    # (Asked only when every exact own name is such a label: most lookups skip it.)
    labels = bool(exact) and names is not None and all(e.row in labels_only for e in exact)
    units = {names[h.row]: h.quality for h in hits if kind[h.row] in _ADMIN_KINDS} if labels else {}
    centres = {h.row for h in hits if h.canonical == 0.0 and kind[h.row] not in _ADMIN_KINDS
               and units.get(names[h.row], -1.0) >= h.quality - 0.01} if units else ()
    quality = []
    for h in hits:
        q = h.quality
        if h.canonical == 0.0:
            if exact and not (spare and h.row in focus_rows and q >= best_spelling - 0.06) \
                    and h.row not in centres:
                q *= 0.8
            if names is not None and _begins_only(h.matched, names[h.row]):
                q *= 0.85
        quality.append(q)
    best_quality = max(quality, default=0.0)
    ordered = []
    for h, q in zip(hits, quality):
        row = h.row
        imp = importance[row] / 1.3
        capped = imp > 1.0
        score = q * (0.8 + 0.2 * (1.0 if capped else imp))
        if kinds_hint is not None and kind[row] in kinds_hint:
            score += 0.10
        # An inferred focus only breaks ties between equally good spellings: it never lifts a
        # loose match over an exact one elsewhere ("al-Mayadin" is not Raqqa's "Maadan").
        if focus_rows is not None and row in focus_rows:
            if not focus_ties_only:
                score += 0.2  # a focus the user chose: its places before a city elsewhere of that name
            elif q >= best_quality - 0.06:
                score += 0.08
        # Rounded once (min(round(s, 4), 1.0) == round(min(s, 1.0), 4)) and as _round4 rounds the
        # score made from a numpy importance (scaled) or from the capped term 1.0 (decimal), read
        # from a list or an array alike.
        score = round(score, 4) if capped else round(float(score) * 10000.0) / 10000.0
        # Ties: a place its own canonical name matches before one that only a variant matches.
        # Sorted on the raw score: the reported score is capped at 1, the order is not.  Rows
        # are unique, so the tuples never compare past the row.
        ordered.append((-score, -h.canonical, -importance[row], row, h.matched))
    ordered.sort()
    return [(row, min(-neg, 1.0), matched) for neg, _, _, row, matched in ordered]
