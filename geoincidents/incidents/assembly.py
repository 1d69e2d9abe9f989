"""What incident assembly carries from one block of a long document to the next.

:func:`geoincidents.incidents.build.assemble` reads a document's clause segments in text order
and remembers the last place named (for "the town" in a later sentence), the last counted
incident (for "were among those killed") and the records so far (a sentence without a
place adds its victims to the last one).  A long document is read in blocks
(:mod:`geoincidents.incidents.blocks`) so that the per-sentence fields of only one block are held
at a time; this state is what crosses the block boundary, so a document read in blocks
gives the same records as read whole.

Examples
--------
>>> run = Assembly()
>>> run.incidents, run.last_counted
([], None)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..fields.days_apart import shifted_dates
from .totals import mark_parts
from .merge import Merger
from .recalled import drop_recalled

__all__ = ["Assembly", "finish"]


@dataclass
class Assembly:
    """Assembly state of one document.

    Attributes
    ----------
    incidents : list of dict
        Records so far, unmerged, in text order.
    last_place : dict
        The last governorate and the last town-like mention seen ("governorate", "town").
    last_counted : dict or None
        The last record with a count of its own (the parent of "among those killed").
    grouped : list of Mention
        The mentions that could be incident places: each ends as an incident place or a
        context role (see :func:`finish`).
    merger : Merger
        Merges the records handed over (:meth:`hand_over`) as they come; it keeps the renames
        of the records some ``part_of`` names (see :meth:`_note_parents`).
    stated : Span or None
        The date of the last dated sentence that names no place ("SOHR documented 14 deaths on
        Sunday, May 12."): a record with no date and none to inherit takes it.
    lead : SentenceFields or None
        A sentence that counts the dead of a day's event at no place: the sentence right after it
        may place them (:mod:`geoincidents.incidents.leads`).
    story_day : date or None
        The day a wire dateline files the story ("IDLIB, Syria, March 5 (Reuters) -"), when it
        has one: a record with no date at all takes it rather than the publication date.
    """

    incidents: list[dict] = field(default_factory=list)
    last_place: dict[str, Any] = field(default_factory=dict)
    last_counted: dict | None = None
    grouped: list = field(default_factory=list)
    merger: Merger = field(default_factory=lambda: Merger(parents=set()))
    stated: Any = None  # the last day stated in a sentence naming no place (a Span): undated records take it
    lead: Any = None  # a sentence counting the dead at no place (SentenceFields): the next may place them
    story_day: Any = None  # a wire dateline's day (a date), see fields.datelines
    _window: int = 8  # records held after the last hand-over (the next scan waits until they double)

    def hand_over(self) -> None:
        """Merge now the records assembly can no longer read or change (see :meth:`_open_from`).

        Merging is a fold over the records in text order, so merging a prefix early gives
        what merging all at the end gives; a long article's records then do not pile up.
        The records still open are looked for only when they have doubled since the last
        hand-over, so that a record pinned early (an early count) costs linear time, not quadratic.
        """
        if len(self.incidents) <= 2 * self._window:
            return
        keep = self._open_from()
        self._note_parents()
        for inc in self.incidents[:keep]:
            self.merger.add(inc)
        del self.incidents[:keep]
        self._window = max(8, len(self.incidents))

    def _note_parents(self) -> None:
        """Tell the merger which records are parents.  A ``part_of`` names the last counted
        record, which stays open (:meth:`_open_from`), and its parts follow it: when a record
        is handed over, every record that will ever name it is among the records now held."""
        self.merger.parents.update(r["part_of"] for r in self.incidents if r["part_of"] is not None)

    def _open_from(self) -> int:
        """Index of the first record that the rules of :mod:`geoincidents.incidents.build` may still read or
        change when later sentences are assembled: the last one (a toll or victims in the next
        sentence), the records of the last sentence (its event's run, ``followups.event_run``),
        the last counted record (``part_of`` parent, elaboration) and the latest counted record of
        each event type (an updated toll, ``followups.continue_toll``). Keep in step with them:
        ``tests/test_blocks.py`` reads documents whole and in blocks and compares."""
        inc = self.incidents
        first = len(inc) - 1
        last = inc[-1]
        while first > 0 and inc[first - 1]["evidence_start"] == last["evidence_start"]:
            first -= 1
        types: set = set()
        for i in range(len(inc) - 1, -1, -1):
            r = inc[i]
            if r is self.last_counted:
                first = min(first, i)
            if r["fatalities"] and r["part_of"] is None and r["sub_event_type"] not in types:
                types.add(r["sub_event_type"])
                first = min(first, i)
        return first


def finish(doc: Any, run: Assembly) -> list[dict]:
    """The document's records: merged, undated ones dated by publication, roles of all mentions set."""
    for m in run.grouped:
        # Every mention ends as an incident, a context role with its reason, or unresolved.
        if not m.is_incident_location and not m.not_incident:
            m.not_incident = "context: no event is reported at this place in its sentence"
    run._note_parents()
    for inc in run.incidents:
        run.merger.add(inc)
    run.incidents = []
    merged = drop_recalled(run.merger.result(), doc.published, run.grouped)  # background, headline summaries
    mark_parts(merged)  # "11 killed in Idlib province ... six in Ariha, three in Binnish, two in Sarmin"
    default = run.story_day or doc.published
    for inc in merged:
        if inc["date_start"] is None and default is not None:
            # No date anywhere: the dateline's day, else the publication date, as a span-of-days
            # precision (ACLED 2): a wire story is filed the day of its news, often a day before print.
            inc.update(date_start=default, date_end=default, time_precision=2, date_text=None)
            shift = inc.get("_shift")
            if shift is not None:
                # "Regime forces shelled X, a day after a drone attack on Y killed 9", no day stated: the
                # earlier report is so many days before the day the report it follows is given.
                inc.update(shifted_dates(inc, shift))
        inc.pop("_headline", None)
        inc.pop("_body", None)
        inc.pop("_shift", None)
    return merged
