"""Records an article recalls rather than reports: history of earlier years and headline summaries.

A whole article carries more than its news.  Background paragraphs retell earlier years ("Raqa,
which was captured by rebels in March 2013", "In 2019, the army liberated Khan Sheikhoun", "since
Turkey took control of Afrin in March 2018"); an analyst coding the article (ACLED codes an event
from the reports of its days) does not code them again.  An article with news of its year recalls
what it dates more than a year before publication without a toll of its own (captures, control,
offensives launched); a counted report of an earlier year ("Shelling killed 2 civilians in Saraqeb
in 2015") stays, as a tally by year would.  A text whose every event is older is about those years
(a yearly review, a note passed with a later date) and keeps them.  And a headline sums up what the body
tells place by place ("Dozens killed as regime presses assault on east Aleppo" over a body that
names the neighbourhoods): its record at a place where the body places no event, when the body
reports events of its kind that account for its toll, is a summary, not a second incident (the
count stays on the villages, as ACLED codes them, not on the region the headline names).

Both rules run on the merged records of one document
(:func:`geoincidents.incidents.assembly.finish`); the mentions of a dropped record's place become
context with the reason, so every mention still ends in one role.

Examples
--------
>>> from datetime import date
>>> recalled({"date_end": date(2013, 3, 31), "_headline": False}, date(2015, 3, 29), {})
'context: background, dated more than a year before publication'
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

__all__ = ["recalled", "drop_recalled"]

# ACLED codes an event from the reports of its days; monitors' monthly and yearly reviews reach back
# months.  A record that ends more than a year before the article is printed is history the article
# recalls (no dev report, UCDP or ACLED, reaches back that far).
_RECALL_DAYS = 366


def recalled(inc: dict, published: date | None, body_dead: dict) -> str | None:
    """Why ``inc`` is recalled, not reported (a context reason), or None.

    ``published`` is the publication date of an article that also reports news of its year (None
    otherwise: a text whose every event is years old, a yearly review or a note dated by its event,
    is about those years).
    ``body_dead`` maps the event types of the body's own records to the dead they count (empty
    without a body): a headline's toll the body does not account for stays an incident.
    """
    end = inc.get("date_end")
    if published is not None and end is not None and not inc.get("fatalities") \
            and end < published - timedelta(days=_RECALL_DAYS):
        return "context: background, dated more than a year before publication"
    if inc.get("_headline") and not inc.get("_body") and inc.get("event_type") in body_dead \
            and (inc.get("fatalities") or 0) <= body_dead[inc["event_type"]]:
        return "context: the headline sums up what the body reports place by place"
    return None


def _recent(inc: dict, published: date) -> bool:
    end = inc.get("date_end")
    return end is not None and end >= published - timedelta(days=_RECALL_DAYS)


def drop_recalled(merged: list[dict], published: date | None, mentions: list[Any]) -> list[dict]:
    """``merged`` without the records it recalls; the mentions of their places become context."""
    body_dead: dict = {}
    for r in merged:
        if not r.get("_headline") or r.get("_body"):
            body_dead[r["event_type"]] = body_dead.get(r["event_type"], 0) + (r["fatalities"] or 0)
    if published is not None and published.toordinal() <= _RECALL_DAYS:
        published = None  # a null date ("0001-01-01"): nothing is a year before it
    if published is not None and not any(_recent(r, published) for r in merged):
        published = None
    why = {id(r): recalled(r, published, body_dead) for r in merged}
    if not any(why.values()):
        return merged
    kept = [r for r in merged if why[id(r)] is None]
    reasons = {r["place_id"]: why[id(r)] for r in merged if why[id(r)] is not None}
    still = {r["place_id"] for r in kept}
    gone = {r["incident_id"] for r in merged if why[id(r)] is not None}
    for r in kept:
        if r["part_of"] in gone:
            r["part_of"] = None
    for m in mentions:
        pid = m.place.place_id if m.place is not None else None
        if m.is_incident_location and pid in reasons and pid not in still:
            m.is_incident_location = False
            m.not_incident = reasons[pid]
    return kept
