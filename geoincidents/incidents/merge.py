"""Merge incident records across sentences and documents: one record per event.

Incidents at the same place with overlapping dates merge, keeping every source
and evidence span and the most conservative count that every report allows
(:func:`merged_count`): exact figures beat lower bounds ("Over 70" and "72" are
the same 72 deaths), an exact figure below another report's lower bound is outdated
("kills 9", then "kills at least 10": 10), an updated or coded toll supersedes the
counts it updates, and a zero ("no fatalities were reported", injuries only) yields
to any report of deaths.  Dates must allow one event:
spans that overlap (by half of the longer), or, across documents, that touch (a
night strike reported as Monday by one outlet and Tuesday by another).  Undated
records merge with anything, unless both carry date words (``date_text``) that
could not be resolved and differ.  Candidates are indexed by place and, per
place, by blocks of days (:class:`_DateIndex`), so merging stays linear.
"""

from __future__ import annotations

from collections import deque
from datetime import timedelta
from typing import Any, Iterable

from ..fields.numbers import is_vague
from ..fields.toll_updates import SUPERSEDING

__all__ = ["merge_incidents", "merged_count"]

def _overlap(a: dict, b: dict, adjacent: bool = False) -> bool:
    """Can the dates be one event?  Spans overlap by at least half of the longer one,
    or (``adjacent``) follow each other without a day between.  Unknown dates overlap
    anything, except two different unresolved date expressions."""
    if a["date_start"] is None or b["date_start"] is None:
        wa, wb = (" ".join((i["date_text"] or "").lower().split()) for i in (a, b))
        return not (a["date_start"] is None and b["date_start"] is None and wa and wb and wa != wb)
    lo, hi = max(a["date_start"], b["date_start"]), min(a["date_end"], b["date_end"])
    if hi < lo:
        return adjacent and (lo - hi).days <= 1
    longer = max((a["date_end"] - a["date_start"]).days, (b["date_end"] - b["date_start"]).days) + 1
    return ((hi - lo).days + 1) / longer >= 0.5


def _exact(inc: dict) -> bool:
    return inc["fatalities"] is not None and inc["fatalities_high"] == inc["fatalities"]


def _lower_bound(inc: dict) -> int | None:
    """The figure of "at least N" / "more than N" (not of a vague word such as "dozens")."""
    if inc["fatalities_high"] is None and inc["fatalities_low"] is not None and inc["fatalities_low"] > 0 \
            and not is_vague(inc.get("fatalities_text") or ""):
        return inc["fatalities_low"]
    return None


def merged_count(records: list[dict]) -> dict | None:
    """The record whose count a merged incident keeps (records in order of preference on a tie).

    A zero yields to any death reported; an updated or coded toll supersedes the other
    counts (the largest, tolls rise); else the smallest exact figure that every lower bound
    allows, else the smallest figure.

    >>> r = lambda n, hi, rule="at its place": dict(fatalities=n, fatalities_low=n, fatalities_high=hi,
    ...                                             fatalities_text=str(n), fatalities_rule=rule)
    >>> merged_count([r(9, 9), r(10, None)])["fatalities"]
    10
    >>> merged_count([r(9, 9), r(10, None), r(10, 10)])["fatalities"]
    10
    >>> merged_count([r(72, 72), r(70, None)])["fatalities"]
    72
    >>> merged_count([r(0, 0), r(2, 2)])["fatalities"]
    2
    """
    counted = [i for i in records if i["fatalities"] is not None]
    counted = [i for i in counted if i["fatalities"] > 0] or counted
    if not counted:
        return None
    updates = [i for i in counted if any(w in (i.get("fatalities_rule") or "") for w in SUPERSEDING)]
    if updates:
        return max(updates, key=lambda i: i["fatalities"])
    floor = max((b for b in map(_lower_bound, counted) if b is not None), default=0)
    exact = [i for i in counted if _exact(i) and i["fatalities"] >= floor]
    pool = exact or [i for i in counted if i["fatalities"] >= floor] or counted
    value = min(i["fatalities"] for i in pool)
    return next(i for i in counted if i["fatalities"] == value)  # a tie: the first record's words


def _combine(keep: dict, other: dict) -> None:
    """Merge ``other`` into ``keep``: the most conservative count, the union of details.

    Sources and evidence spans are gathered by :class:`Merger` (:class:`_Pieces`).
    """
    # On a tie, the leading record's words ("At least 42" over a headline's "42").
    best = merged_count([keep, other])
    if best is not None:
        for k in ("fatalities", "fatalities_low", "fatalities_high", "fatalities_text", "fatalities_rule"):
            keep[k] = best.get(k)
    if keep["sub_event_type"] is None or (keep["fatalities"] is None and other["fatalities"] is not None):
        for k in ("event_type", "sub_event_type"):
            keep[k] = other[k] or keep[k]
    for group, n in other["victims"].items():
        keep["victims"][group] = max(n, keep["victims"].get(group, 0))
    for noun, n in other["munitions"].items():
        keep["munitions"][noun] = max(n, keep["munitions"].get(noun, 0))
    keep["weapons"] = list(dict.fromkeys(keep["weapons"] + other["weapons"]))
    keep["actors"] = list(dict.fromkeys(keep["actors"] + other["actors"]))
    keep["actor1"] = keep["actor1"] or other["actor1"]
    keep["actor2"] = keep["actor2"] or (other["actor1"] if other["actor1"] != keep["actor1"] else other["actor2"])
    for k in ("attribution", "victims_text", "injured", "source_url", "source_title"):
        keep[k] = keep.get(k) or other.get(k)
    if keep["date_start"] is None and other["date_start"] is not None:
        for k in ("date_start", "date_end", "time_precision", "date_text"):
            keep[k] = other[k]
    keep["date_text"] = keep["date_text"] or other["date_text"]
    # A headline's record that a body report joins is the body's too (geoincidents.incidents.recalled).
    if "_headline" in keep:  # (within a document only: finish() drops the keys)
        keep["_body"] = keep.get("_body", not keep["_headline"]) or other.get("_body", not other.get("_headline"))


class _Pieces:
    """A merged record's sources and evidence spans, gathered from the records it absorbed and
    joined once at the end: copying the growing lists at every merge was quadratic when tens
    of thousands of reports merge into one incident.  Their items are kept, not their lists
    (a list per absorbed record was most of a long article's memory).  Joining gives what
    merging pairwise gave: the leading record's items first, each source once, in first-seen order."""

    __slots__ = ("sources", "spans")

    def __init__(self, rec: dict) -> None:
        self.sources: deque = deque(rec["sources"])
        self.spans: deque = deque(rec["evidence_spans"])

    def add(self, rec: dict, *, first: bool) -> None:
        """Add ``rec``'s items: before the others when ``rec`` leads (``first``), else after."""
        if first:
            self.sources.extendleft(reversed(rec["sources"]))
            self.spans.extendleft(reversed(rec["evidence_spans"]))
        else:
            self.sources.extend(rec["sources"])
            self.spans.extend(rec["evidence_spans"])

    def join(self, rec: dict) -> None:
        rec["sources"] = list(dict.fromkeys(self.sources))
        rec["evidence_spans"] = list(self.spans)


def _primacy(inc: dict) -> tuple:
    """Which record of a duplicate pair leads: counted, from the body, dated, earliest."""
    return (inc["fatalities"] is not None, not inc.get("_headline", False), inc["date_start"] is not None,
            -inc["evidence_start"])


_BLOCK_DAYS = 32
_MAX_BLOCKS = 512  # a record longer than ~45 years is a candidate for every other (as undated ones are)


def _blocks(start: Any, end: Any) -> range | None:
    """Blocks of days a date span touches; None when it has no usable dates or is too long."""
    try:
        first, last = start.toordinal() // _BLOCK_DAYS, end.toordinal() // _BLOCK_DAYS
    except (AttributeError, TypeError):
        return None
    return range(first, last + 1) if 0 <= last - first < _MAX_BLOCKS else None


class _DateIndex:
    """One place's merged records by blocks of days, so that an incident is compared with the
    records whose dates can overlap or touch its own (:func:`_overlap`) and the undated ones,
    in their original order, instead of with every earlier record of the place (quadratic in a
    long chronicle or a corpus: thousands of incidents in Aleppo).  Entries are positions in the
    place's list, kept as ordered sets: a record whose dates change is added again (stale entries
    are only tested), and one that absorbs a thousand reports is still one entry per block."""

    def __init__(self) -> None:
        self.always: dict[int, None] = {}  # undated, or dates that cannot be blocked
        self.blocks: dict[int, dict[int, None]] = {}

    def add(self, pos: int, rec: dict) -> None:
        blocks = _blocks(rec["date_start"], rec["date_end"]) if rec["date_start"] is not None else None
        if blocks is None:
            self.always[pos] = None
        else:
            for b in blocks:
                self.blocks.setdefault(b, {})[pos] = None

    def candidates(self, inc: dict, n: int) -> Iterable[int]:
        """Positions, in order, of the records that may merge with ``inc`` (all for an undated one)."""
        if inc["date_start"] is None or not n:
            return range(n)
        try:
            blocks = _blocks(inc["date_start"] - timedelta(days=1), inc["date_end"] + timedelta(days=1))
        except (TypeError, OverflowError):
            blocks = None
        if blocks is None:
            return range(n)
        found = set(self.always)
        for b in blocks:
            found.update(self.blocks.get(b, ()))
        return sorted(found)


def merge_incidents(incidents: list[dict], *, changed: set[str] | None = None) -> list[dict]:
    """Merge duplicates: same place, overlapping dates, compatible event type.

    Within a document a detail without a count (weapons, a repeated headline)
    merges into the counted incident; across documents the event types must agree.
    Time is linear in the number of records, also when thousands merge into one.

    Parameters
    ----------
    incidents : list of dict
        Incident records; merged ones are updated in place.
    changed : set of str, optional
        Filled with the ``incident_id`` of every returned record that differs from its
        input: it absorbed another record, or its ``part_of`` was renamed (the incident
        store rewrites exactly these).
    """
    merger = Merger(parents={inc["part_of"] for inc in incidents if inc["part_of"] is not None})
    for inc in incidents:
        merger.add(inc)
    return merger.result(changed)


class Merger:
    """:func:`merge_incidents` one record at a time, in order: a long document hands over its
    records as assembly is done with them, so its unmerged records are never all held at once."""

    def __init__(self, parents: set[str] | None = None) -> None:
        self.out: list[dict] = []
        # The ids a ``part_of`` may name: only their renames are kept (None: all are).  A long
        # article merges thousands of reports into one incident; few of them are anyone's parent.
        self.parents = parents
        self.by_place: dict[str, list[dict]] = {}  # candidates share a place: index them (corpora have 100k incidents)
        self.by_date: dict[str, _DateIndex] = {}  # and, per place, by date: never every earlier record of a place
        self.renamed: dict[str, str] = {}
        self.pieces: dict[int, _Pieces] = {}  # id of a record that absorbed others -> its lists, joined at the end

    def add(self, inc: dict) -> None:
        """Merge ``inc`` into an earlier record (which may change) or keep it as a new one."""
        prevs = self.by_place.get(inc["place_id"], [])
        dates = self.by_date.setdefault(inc["place_id"], _DateIndex())
        for pos in dates.candidates(inc, len(prevs)):
            prev = prevs[pos]
            same_doc = prev["doc_id"] == inc["doc_id"]
            # Within one article, two days named are two events; across outlets a day apart may be one.
            if not _overlap(prev, inc, adjacent=not same_doc) or \
                    (prev["part_of"] is None) != (inc["part_of"] is None):
                continue
            types_agree = prev["sub_event_type"] == inc["sub_event_type"] or None in (
                prev["sub_event_type"], inc["sub_event_type"])
            if types_agree or (same_doc and None in (prev["fatalities"], inc["fatalities"])):
                keep = max((prev, inc), key=_primacy)
                if id(prev) not in self.pieces:
                    self.pieces[id(prev)] = _Pieces(prev)
                self.pieces[id(prev)].add(inc, first=keep is inc)
                if keep is inc:  # keep the counted record's date span and evidence, under prev's id
                    _combine(inc, prev)
                    self._renamed(inc, prev)
                    inc["incident_id"] = prev["incident_id"]
                    prev.clear()
                    prev.update(inc)
                else:
                    _combine(prev, inc)
                    self._renamed(inc, prev)
                dates.add(pos, prev)  # its dates may have changed
                break
        else:
            self.out.append(inc)
            dates.add(len(prevs), inc)
            self.by_place.setdefault(inc["place_id"], []).append(inc)

    def _renamed(self, gone: dict, survivor: dict) -> None:
        if self.parents is None or gone["incident_id"] in self.parents:
            self.renamed[gone["incident_id"]] = survivor["incident_id"]

    def result(self, changed: set[str] | None = None) -> list[dict]:
        """The merged records; a ``part_of`` that named a merged-away record names its survivor.

        ``changed`` is filled as in :func:`merge_incidents` (records changed since the last call).
        """
        for inc in self.out:
            joined = self.pieces.pop(id(inc), None)
            if joined is not None:
                joined.join(inc)
            if inc["part_of"] in self.renamed and inc["part_of"] != self.renamed[inc["part_of"]]:
                inc["part_of"] = self.renamed[inc["part_of"]]
            elif joined is None:
                continue
            if changed is not None:
                changed.add(inc["incident_id"])
        return self.out
