"""Nothing is dropped silently: over both dev sets (read in place), every document and every
place mention is accounted for in the output or in the problems.

- a document gives at least one incident (it is among some incident's ``sources``) or a
  problem with its id and a reason;
- a mention is resolved (an incident location, or context with the reason why), unresolved
  (with a reason) or foreign (with a reason);
- a mention marked as an incident location has an incident of its document at its place.
"""
from __future__ import annotations

import json
from collections import defaultdict

import pytest

from geoincidents import extract_many, mentions_many, read_documents
from conftest import SHARED, require

DEV_SETS = ["dev_ucdp_syria.jsonl", "dev_acled_syria.jsonl"]


@pytest.fixture(scope="module", params=DEV_SETS)
def dev(request):
    path = require(SHARED / "eval" / request.param)
    docs = list(read_documents(path))
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return rows, docs, extract_many(docs), mentions_many(docs)


def test_every_row_becomes_a_document(dev):
    rows, docs, incidents, mentions = dev
    assert len(docs) == len(rows)
    assert incidents.attrs["documents"] == mentions.attrs["documents"] == len(rows)
    assert len({d.doc_id for d in docs}) == len(docs), "document ids collide"


def test_every_document_gives_incidents_or_a_reason(dev):
    _, docs, incidents, _ = dev
    covered = {s for sources in incidents["sources"] for s in sources}
    explained = {p["doc_id"]: p["reason"] for p in incidents.attrs["problems"]}
    lost = [d.doc_id for d in docs if d.doc_id not in covered and d.doc_id not in explained]
    assert not lost, f"{len(lost)} documents gave neither an incident nor a problem: {lost[:5]}"
    assert all(reason for reason in explained.values())


def test_every_mention_ends_in_exactly_one_state(dev):
    _, _, _, mentions = dev
    assert set(mentions["status"]) <= {"resolved", "unresolved", "foreign"}
    context = mentions[~mentions["is_incident_location"].astype(bool)]
    no_reason = context[context["reason"].isna() | (context["reason"] == "")]
    assert no_reason.empty, no_reason[["doc_id", "mention", "status"]].head().to_dict("records")
    unresolved = mentions[mentions["status"] == "unresolved"]
    assert unresolved["place_id"].isna().all()
    # Offsets point at the words in the original text.
    assert (mentions["end"] > mentions["start"]).all()


def test_every_incident_location_has_its_incident(dev):
    _, _, incidents, mentions = dev
    places = defaultdict(set)
    for sources, place_id in zip(incidents["sources"], incidents["place_id"]):
        for doc_id in sources:
            places[doc_id].add(place_id)
    located = mentions[mentions["is_incident_location"].astype(bool)]
    missing = [(r.doc_id, r.mention) for r in located.itertuples() if r.place_id not in places[r.doc_id]]
    assert not missing, f"{len(missing)} incident locations have no incident: {missing[:5]}"


def test_unresolved_mentions_carry_a_reason_and_context_a_reason(dev):
    _, _, _, mentions = dev
    unresolved = mentions[mentions["status"] == "unresolved"]
    assert (unresolved["reason"].notna() & (unresolved["reason"] != "")).all()
    located = mentions[mentions["is_incident_location"].astype(bool)]
    assert (located["status"] == "resolved").all(), "only a resolved place can be an incident location"


def test_no_name_of_a_list_of_places_vanishes(dev):
    """'shelled Kafr Oweid, Sufuhun and Fleifel': every name coordinated with a place is a mention."""
    from geoincidents.places.list_names import list_members

    rows, docs, _, mentions = dev
    by_doc = {d: g for d, g in mentions.groupby("doc_id")}
    missed = []
    for doc in docs:
        ms = by_doc.get(doc.doc_id)
        if ms is None:
            continue
        spans = list(zip(ms["start"], ms["end"]))
        missed += [(doc.doc_id, doc.text[s:e]) for s, e in list_members(doc.text, spans, [])]
    # Actor and source names are masked on purpose (they are not places); anything else is a miss.
    assert len(missed) <= 0.01 * len(docs), missed[:10]
