"""Acceptance: the `must` items of seeds_gold.json hold for both seed articles.

The gold file is read in place (../shared/eval) and interpreted item by item,
so a changed gold file changes the test; nothing here restates its answers.
"""
from __future__ import annotations

import re
from datetime import date

import pandas as pd
from geopy.distance import great_circle
import pytest

from geoincidents import Gazetteer


def _km(lat1, lon1, lat2, lon2):
    return great_circle((lat1, lon1), (lat2, lon2)).km


def _doc_id(seed: dict) -> str:
    return seed["file"].rsplit(".", 1)[0]


def _candidates(gdf: pd.DataFrame, item: dict) -> pd.DataFrame:
    if item.get("pcode"):
        return gdf[gdf["pcode"] == item["pcode"]]
    # A governorate-level item: the incident placed at the governorate itself.
    return gdf[(gdf["admin1_pcode"] == item["admin1_pcode"]) & (gdf["geo_precision"] == item.get("geo_precision", 3))]


def _pick(gdf: pd.DataFrame, item: dict) -> pd.Series:
    cands = _candidates(gdf, item)
    assert len(cands), f"no incident for {item['what']!r}; incidents at: {gdf['location'].tolist()}"
    if item.get("fatalities") is not None and len(cands) > 1:
        exact = cands[cands["fatalities"].eq(item["fatalities"]).fillna(False).astype(bool)]
        cands = exact if len(exact) else cands
    if item.get("sub_event_type") and len(cands) > 1:
        same = cands[cands["sub_event_type"] == item["sub_event_type"]]
        cands = same if len(same) else cands
    return cands.iloc[0]


def _must_items(seeds_gold):
    return [(seed, item) for seed in seeds_gold["seeds"] for item in seed["must"]]


def pytest_generate_tests(metafunc):
    if "must" in metafunc.fixturenames:
        import json

        from conftest import SHARED

        path = SHARED / "eval" / "seeds_gold.json"
        items = []
        if path.exists():
            gold = json.loads(path.read_text(encoding="utf-8"))
            items = [(_doc_id(s), it) for s in gold["seeds"] for it in s["must"]]
        metafunc.parametrize("must", items or [None], ids=[f"{d}:{it['what'][:40]}" for d, it in items] or ["gold"])


def test_must_item(must, seed_incidents, seeds_gold):
    assert must is not None, "seeds_gold.json has no must items"
    doc_id, item = must
    gdf = seed_incidents[doc_id]
    row = _pick(gdf, item)
    if "lat" in item:
        assert _km(row.geometry.y, row.geometry.x, item["lat"], item["lon"]) <= item["tolerance_km"]
    for key in ("geo_precision", "sub_event_type", "fatalities", "fatalities_text", "time_precision", "admin1_pcode"):
        if key in item and item[key] is not None:
            got = None if pd.isna(row[key]) else row[key]
            assert got == item[key], f"{item['what']}: {key} is {got!r}, gold {item[key]!r}"
    for key in ("date_start", "date_end"):
        if key in item:
            assert row[key] == pd.Timestamp(item[key]), f"{item['what']}: {key} {row[key]}"
    for actor in item.get("actors_include", []):
        assert actor in row["actors"], f"{item['what']}: actors {row['actors']} lack {actor}"
    for weapon in item.get("weapons_include", []):
        assert weapon in row["weapons"], f"{item['what']}: weapons {row['weapons']} lack {weapon}"
    if "attribution_contains" in item:
        assert item["attribution_contains"].lower() in (row["attribution"] or "").lower()
    victims = item.get("victims")
    if isinstance(victims, dict):
        for group, n in victims.items():
            assert row["victims"].get(group) == n, f"{item['what']}: victims {row['victims']}"
    elif isinstance(victims, str):
        m = re.match(r"(\d+) (\w+)", victims)
        if m:
            assert row["victims"].get(m.group(2)) == int(m.group(1)), f"victims {row['victims']}"
        else:  # "Sham Legion fighters": the group among the victims, the named force among the actors
            group = victims.split()[-1]
            assert group in row["victims"], f"victims {row['victims']} lack {group}"
            named = " ".join(victims.split()[:-1])
            assert named in row["actors"], f"actors {row['actors']} lack {named}"
    if "part_of" in item:
        assert row["part_of"], f"{item['what']} is not marked part_of"
        parent = gdf[gdf["incident_id"] == row["part_of"]]
        assert len(parent) == 1 and parent.iloc[0]["fatalities"] >= (row["fatalities"] or 0)


@pytest.mark.parametrize("index", [0, 1])
def test_context_places_make_no_incident(index, seed_incidents, seeds_gold):
    seed = seeds_gold["seeds"][index]
    gdf = seed_incidents[_doc_id(seed)]
    gaz = Gazetteer.default()
    for name in seed.get("mentions_not_incident_places", []):
        ids = {p.place_id for p in gaz.lookup(name, limit=3) if p.score > 0.8}
        written = gdf["location_mention"].str.lower().str.contains(name.lower(), regex=False)
        assert not written.any(), f"{name} became an incident: {gdf.loc[written, 'evidence'].tolist()}"
        if name not in ("Idleb", "Idlib"):
            assert not gdf["place_id"].isin(ids - set(gdf.loc[~written, "place_id"])).any() or not ids


@pytest.mark.parametrize("index", [0, 1])
def test_boilerplate_makes_no_incident(index, seed_incidents, seeds_gold):
    seed = seeds_gold["seeds"][index]
    gdf = seed_incidents[_doc_id(seed)]
    for line in seed.get("boilerplate_lines", []):
        assert not gdf["evidence"].str.contains(line, regex=False).any()


def test_repeated_paragraphs_do_not_double_count(seed_incidents, seeds_gold):
    seed = next(s for s in seeds_gold["seeds"] if "duplicated_text" in s)
    gdf = seed_incidents[_doc_id(seed)]
    top = gdf[gdf["part_of"].isna() & gdf["fatalities"].notna()]
    # One counted incident per place and span: the repeated text adds no second count.
    assert not top.duplicated(["place_id", "date_start", "date_end", "sub_event_type"]).any()
    assert int(top["fatalities"].sum()) == max(it.get("fatalities") or 0 for it in seed["must"])


def test_every_incident_points_at_its_evidence(seed_incidents):
    from conftest import ROOT

    for doc_id, gdf in seed_incidents.items():
        text = (ROOT / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
        for row in gdf.itertuples():
            assert text[row.evidence_start:row.evidence_end] == row.evidence
            assert row.location_mention in row.evidence or row.location_mention in text
            assert row.source and row.published is not None


def test_munition_counts_are_kept_and_never_dates_or_deaths(seed_incidents, seeds_gold):
    """The gold's 'should' munition counts (1681 missiles ...) land in ``munitions``."""
    items = [(s, it) for s in seeds_gold["seeds"] for it in s.get("should", []) if "counts" in it]
    assert items, "the gold file names no munition counts"
    for seed, item in items:
        gdf = seed_incidents[_doc_id(seed)]
        assert any(all(m.get(k) == v for k, v in item["counts"].items()) for m in gdf["munitions"]), \
            gdf["munitions"].tolist()
        counted = set(item["counts"].values())
        assert not any(f in counted for f in gdf["fatalities"].dropna())
        assert not any(d is not None and d.year in counted for d in gdf["date_start"])
