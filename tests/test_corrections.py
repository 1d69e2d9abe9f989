"""Analysts' corrections: places, aliases and blocked names, without rebuilding the package."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

import geoincidents
from geoincidents import Document, Gazetteer
from geoincidents.gazetteer.corrections import ENV_VAR
from geoincidents.pipeline import process

TEXT = "Regime shelling killed two farmers in the village of Marat Hrmh on Monday."


def _place_of(res, word):
    return next(m for m in res.mentions if m.text == word).place


@pytest.fixture(autouse=True)
def _bundled_after():
    env = os.environ.pop(ENV_VAR, None)
    yield
    geoincidents.use_gazetteer(None)
    if env is not None:
        os.environ[ENV_VAR] = env


def test_misspelt_village_fixed_with_an_alias_then_rerun():
    before = process(Document(TEXT, doc_id="a", published="2020-02-03"))
    assert _place_of(before, "Marat Hrmh") is None  # unknown spelling: kept, unresolved
    gaz = Gazetteer.default().with_places(pd.DataFrame([{"name": "Marat Hrmh", "place_id": "ocha:C4071"}]))
    after = process(Document(TEXT, doc_id="a", published="2020-02-03"), gazetteer=gaz)
    assert _place_of(after, "Marat Hrmh").place_id == "ocha:C4071"
    assert after.incidents and after.incidents[0]["place_id"] == "ocha:C4071"
    assert Gazetteer.default().lookup("Marat Hrmh") == []  # the bundled gazetteer is unchanged


def test_new_place_gets_admin_units_from_its_point(tmp_path):
    csv = tmp_path / "extra.csv"
    csv.write_text("name,aliases,lat,lon,kind\nTell Zuhur Jadida,Tal Zhour|Tell Zhour,36.31,37.05,village\n",
                   encoding="utf-8")
    gaz = Gazetteer.default().with_places(csv)
    for name in ("Tell Zuhur Jadida", "Tal Zhour", "Tell Zhour"):
        p = gaz.lookup(name)[0]
        assert p.place_id.startswith("user:") and p.kind == "village"
        assert (p.lat, p.lon) == (36.31, 37.05)
        assert p.admin1_pcode == "SY02"  # filled from the sub-district polygon it falls in
    assert len(gaz.places) == len(Gazetteer.default().places) + 1


def test_alias_overrides_the_sources_ranking():
    gaz0 = Gazetteer.default()
    other = gaz0.lookup("Hanano")[0]  # the Aleppo neighbourhood ranks first
    village = next(p for p in gaz0.lookup("Hanano", limit=10) if p.place_id != other.place_id)
    gaz = gaz0.with_places(pd.DataFrame([{"name": "Hanano", "place_id": village.place_id}]))
    assert gaz.lookup("Hanano")[0].place_id == village.place_id


def test_move_a_known_place():
    gaz = Gazetteer.default().with_places(pd.DataFrame([{"name": "Maar Tahroma", "place_id": "ocha:C4071",
                                                          "lat": 35.55, "lon": 36.55}]))
    p = gaz.get("ocha:C4071")
    assert (p.lat, p.lon) == (35.55, 36.55)


def test_a_blocked_name_never_resolves():
    gaz = Gazetteer.default().with_places(pd.DataFrame([{"name": "Saraqeb", "never": "yes"}]))
    assert gaz.lookup("Saraqeb") == [] and not gaz.is_name("Saraqeb")
    res = process(Document("Shelling hit Saraqeb and Ariha.", doc_id="b", published="2020-02-03"), gazetteer=gaz)
    assert {m.text for m in res.mentions if m.place is not None} == {"Ariha"}


def test_corrections_accumulate():
    gaz = (Gazetteer.default().with_places(pd.DataFrame([{"name": "Marat Hrmh", "place_id": "ocha:C4071"}]))
           .with_places(pd.DataFrame([{"name": "Fierce", "never": "1"}])))
    assert gaz.lookup("Marat Hrmh")[0].place_id == "ocha:C4071" and gaz.lookup("Fierce") == []


def test_bad_corrections_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="lat and lon"):
        Gazetteer.default().with_places(pd.DataFrame([{"name": "Nowhere Village"}]))
    with pytest.raises(ValueError, match="'name' column"):
        Gazetteer.default().with_places(pd.DataFrame([{"place": "x"}]))
    with pytest.raises(ValueError, match="not a coordinate"):
        Gazetteer.default().with_places(pd.DataFrame([{"name": "X", "lat": 200, "lon": 36}]))


def test_use_gazetteer_for_every_extraction():
    gaz = geoincidents.use_gazetteer(pd.DataFrame([{"name": "Marat Hrmh", "place_id": "ocha:C4071"}]))
    assert Gazetteer.default() is gaz
    gdf = geoincidents.extract(TEXT, published="2020-02-03")
    assert list(gdf["place_id"]) == ["ocha:C4071"]
    geoincidents.use_gazetteer(None)
    assert Gazetteer.default().lookup("Marat Hrmh") == []


def test_use_gazetteer_with_a_file_reaches_worker_processes(tmp_path):
    csv = tmp_path / "extra.csv"
    csv.write_text("name,place_id\nMarat Hrmh,ocha:C4071\n", encoding="utf-8")
    geoincidents.use_gazetteer(csv)
    assert os.environ[ENV_VAR] == str(csv.resolve())
    assert Gazetteer.default().lookup("Marat Hrmh")[0].place_id == "ocha:C4071"
    docs = [Document(TEXT, doc_id=f"d{i}", published="2020-02-03") for i in range(4)]
    gdf = geoincidents.extract_many(docs, workers=2)
    assert set(gdf["place_id"]) == {"ocha:C4071"}


def test_cli_places(tmp_path):
    csv = tmp_path / "extra.csv"
    csv.write_text("name,place_id,never\nMarat Hrmh,ocha:C4071,\nAriha,,yes\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text(TEXT + " Shelling also hit Ariha.", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    out = subprocess.run([sys.executable, "-m", "geoincidents", "extract", str(src), "--published", "2020-02-03",
                          "--places", str(csv), "-q"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    ids = [f["properties"]["place_id"] for f in json.loads(out.stdout)["features"]]
    assert ids == ["ocha:C4071"]
    bad = subprocess.run([sys.executable, "-m", "geoincidents", "geocode", "Ariha", "--places",
                          str(tmp_path / "missing.csv")], capture_output=True, text=True, env=env, timeout=300)
    assert bad.returncode == 2 and "missing.csv" in bad.stderr


def test_two_rows_for_one_new_place_and_a_bad_kind():
    gaz = Gazetteer.default().with_places(pd.DataFrame([
        {"name": "Tell Zuhur Jadida", "lat": 36.31, "lon": 37.05},
        {"name": "Tell Zhour", "place_id": "user:tal-zuhur-jadida", "lat": 36.31, "lon": 37.05}]))
    assert gaz.lookup("Tell Zhour")[0].place_id == "user:tal-zuhur-jadida"
    with pytest.raises(ValueError, match="kind must be one of"):
        Gazetteer.default().with_places(pd.DataFrame([{"name": "X", "lat": 36, "lon": 37, "kind": "castle"}]))
