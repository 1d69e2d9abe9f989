"""The Dask engine: a LocalCluster of several workers gives exactly the single-process result."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from conftest import SHARED, require

pytest.importorskip("dask")
pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")

from geoincidents.engines.dask_engine import client_for, extract, write_partitioned  # noqa: E402
from geoincidents.write import to_geojson, write  # noqa: E402
from geoincidents.pipeline import extract_many  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    path = require(SHARED / "eval" / "dev_acled_syria.jsonl")
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line, _ in zip(fh, range(80))]
    return [{"text": r["text"], "id": r.get("id") or str(i)} for i, r in enumerate(rows)] + ["", str(ROOT / "seeds")]


@pytest.fixture(scope="module")
def client():
    with client_for(workers=3) as c:
        yield c


def test_local_cluster_output_equals_single_process(docs, client, tmp_path):
    assert len(client.scheduler_info()["workers"]) == 3
    single = extract_many(docs)
    dask_gdf = extract(docs, client=client, partitions=7)
    assert len(single) > 30
    assert to_geojson(dask_gdf) == to_geojson(single) and dask_gdf.attrs == single.attrs
    write_partitioned(dask_gdf, tmp_path / "parts", partitions=3)
    write(single, tmp_path / "single.parquet")
    parts = sorted(p.name for p in (tmp_path / "parts").iterdir())
    assert parts == ["part.0.parquet", "part.1.parquet", "part.2.parquet"]
    back = gpd.read_parquet(tmp_path / "parts")
    ref = gpd.read_parquet(tmp_path / "single.parquet")
    assert back.reset_index(drop=True).equals(ref) and str(back["date_start"].dtype) == "object"
    assert [type(v).__name__ for v in back["date_start"].dropna()[:1]] == ["date"]


def test_rewriting_parts_replaces_the_folder_whole(client, docs, tmp_path):
    gdf = extract(docs[:10], client=client)
    write_partitioned(gdf, tmp_path / "parts", partitions=4)
    write_partitioned(gdf.iloc[:1], tmp_path / "parts", partitions=4)
    assert [p.name for p in (tmp_path / "parts").iterdir()] == ["part.0.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parts"]  # no temporary folders left


def test_cli_engine_dask_writes_partitioned_geoparquet(client, tmp_path):
    address = client.scheduler.address
    out = subprocess.run([sys.executable, "-m", "geoincidents.cli", "extract", str(ROOT / "seeds"), "--engine", "dask",
                          "--scheduler", address, "-o", "parts"], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert out.returncode == 0, out.stderr
    assert len(gpd.read_parquet(tmp_path / "parts")) == len(extract_many(ROOT / "seeds"))
