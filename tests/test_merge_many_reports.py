"""Thousands of reports of one event merge into one incident that keeps every source and span.

A corpus monitored for months reports a big event again and again (follow-ups, other
outlets, the store ingesting batch after batch). Merging them must keep every report
and work in time linear in their number (timed in ``benchmarks/bench_merge.py``); the
store must still see which stored incidents a batch changed.
"""
from __future__ import annotations

from datetime import date

from geoincidents.incidents.merge import merge_incidents
from geoincidents.store import IncidentStore, read_incidents

DAY = date(2019, 5, 13)


def _report(doc: str, fatalities: int | None, start: int, place: str = "ocha:C3916") -> dict:
    """An incident record as ``process`` gives it (the fields merging reads)."""
    return {"doc_id": doc, "place_id": place, "date_start": DAY, "date_end": DAY, "time_precision": 1,
            "date_text": "on Monday", "part_of": None, "sub_event_type": "Air/drone strike",
            "event_type": "Explosions/Remote violence", "fatalities": fatalities, "fatalities_low": fatalities,
            "fatalities_high": fatalities, "fatalities_text": None if fatalities is None else str(fatalities),
            "victims": {}, "munitions": {}, "weapons": [], "actors": [], "actor1": None, "actor2": None,
            "attribution": None, "victims_text": None, "injured": None, "source_url": None, "source_title": None,
            "sources": [doc], "evidence_spans": [(doc, start, start + 40)], "incident_id": f"{doc}-{start}",
            "evidence_start": start}


def test_thousands_of_reports_keep_every_source_and_span():
    n = 3000
    # Uncounted reports, then one with a count (it leads from then on), then more; every
    # tenth outlet reports twice (its source is listed once, both of its spans are kept).
    reports = [_report(f"doc{i // 10 * 10 if i % 10 == 1 else i}", 12 if i == 1500 else None, i)
               for i in range(n)]
    spans = [r["evidence_spans"][0] for r in reports]
    docs = list(dict.fromkeys(r["doc_id"] for r in reports))
    merged = merge_incidents(reports)
    assert len(merged) == 1
    inc = merged[0]
    assert inc["incident_id"] == "doc0-0" and inc["fatalities"] == 12  # the first id, the counted report's count
    assert sorted(inc["sources"]) == sorted(docs) and len(inc["sources"]) == len(docs) < n
    assert sorted(inc["evidence_spans"]) == sorted(spans)
    # The counted report leads: its source and evidence come first, then those merged before it.
    assert inc["sources"][:3] == ["doc1500", "doc0", "doc2"]
    assert inc["evidence_spans"][:2] == [("doc1500", 1500, 1540), ("doc0", 0, 40)]


def test_merging_reports_which_records_changed():
    reports = [_report("a", 3, 0), _report("b", None, 50, place="ocha:C1"), _report("c", 3, 100),
               _report("d", None, 150, place="ocha:C2")]
    child = _report("e", None, 200, place="ocha:C2")
    child.update(part_of="c-100", date_start=date(2019, 6, 1), date_end=date(2019, 6, 1))
    changed: set[str] = set()
    merged = merge_incidents(reports + [child], changed=changed)
    assert [m["incident_id"] for m in merged] == ["a-0", "b-50", "d-150", "e-200"]
    assert changed == {"a-0", "e-200"}  # a absorbed c; e's part_of now names a
    assert merged[-1]["part_of"] == "a-0"


def test_a_stored_incident_absorbs_a_report_in_every_batch(tmp_path):
    texts = ["Russian airstrikes killed 10 civilians in Saraqeb on Monday, activists said.",
             "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday.",
             "Russian warplanes killed 10 civilians in an airstrike on Saraqeb on Monday, a monitor said.",
             "Ten civilians died when Russian jets struck Saraqeb on Monday, rescuers said."]
    with IncidentStore(tmp_path / "s.gpkg") as store:
        stats = store.ingest([{"text": t, "published": "2019-05-14", "id": f"r{i}"} for i, t in enumerate(texts)],
                             batch_size=1)
    stored = read_incidents(tmp_path / "s.gpkg")
    assert stats["batches"] == 4 and stats["new_incidents"] == 1 and stats["merged_incidents"] == 3
    assert len(stored) == 1 and sorted(stored["sources"].iloc[0]) == ["r0", "r1", "r2", "r3"]
