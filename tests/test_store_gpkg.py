"""The incident store: a GeoPackage that survives kills, concurrent writers and re-runs."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pyogrio
import pytest

from conftest import SHARED, require
from geoincidents.write import ACLED_COLUMNS
from geoincidents.pipeline import extract_many
from geoincidents.store import IncidentStore, read_incidents, read_table

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SARAQEB_A = ("At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday, "
             "the Civil Defence said.")
SARAQEB_B = "Russian airstrikes killed 10 civilians in Saraqeb on Monday, activists said."
N_DOCS, BATCH = 180, 20


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geoincidents.cli", *map(str, args)], cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def ingest_proc(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geoincidents.cli", "ingest", str(corpus), "--store", str(store),
                             "--batch-size", str(BATCH), "--quiet", *extra], cwd=store.parent,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def snapshot(path: Path) -> dict[str, list]:
    """Every row of the three tables, without the time stamps."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, skip in (("documents", "ingested"), ("mentions", ""), ("incidents", "updated")):
            cur = con.execute(f"SELECT * FROM {table} ORDER BY fid")
            cols = [d[0] for d in cur.description]
            out[table] = [tuple(v for c, v in zip(cols, row) if c != skip) for row in cur]
        return out
    finally:
        con.close()


def intact(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hashes = {h for (h,) in con.execute("SELECT content_hash FROM documents")}
        assert {h for (h,) in con.execute("SELECT DISTINCT content_hash FROM mentions")} <= hashes
        ids = {d for (d,) in con.execute("SELECT doc_id FROM documents")}
        for (sources,) in con.execute("SELECT sources FROM incidents"):
            assert set(json.loads(sources)) <= ids  # no incident from a document that is not stored
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A slice of the UCDP dev set (read in place; the slice lives in a temporary folder only)."""
    dev = require(SHARED / "eval" / "dev_ucdp_syria.jsonl")
    out = tmp_path_factory.mktemp("corpus") / "dev.jsonl"
    with open(dev, encoding="utf-8") as fh:
        rows = [json.loads(line) for line, _ in zip(fh, range(N_DOCS))]
    out.write_text("".join(json.dumps({"text": r["text"], "published": r["event_date"], "id": r["id"]}) + "\n"
                           for r in rows), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """The store one uninterrupted ingest makes."""
    path = tmp_path_factory.mktemp("ref") / "ref.gpkg"
    with IncidentStore(path) as store:
        stats = store.ingest(corpus, batch_size=BATCH)
    assert stats["new_documents"] > 150 and stats["new_incidents"] > 80
    return path


# ---------------------------------------------------------------- what it holds
def test_store_is_a_geopackage_with_real_dates(reference):
    layers = dict(pyogrio.list_layers(reference).tolist())
    assert layers == {"documents": None, "mentions": "Point", "incidents": "Point"}
    gdf = pyogrio.read_dataframe(reference, layer="incidents")
    assert str(gdf.crs) == "EPSG:4326" and len(gdf) > 60
    for col in ("date_start", "date_end", "published"):
        assert str(gdf[col].dtype).startswith("datetime64"), gdf[col].dtype
    con = sqlite3.connect(reference)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    types = {r[1]: r[2] for r in con.execute("PRAGMA table_info(incidents)")}
    assert types["date_start"] == types["date_end"] == "DATE" and types["fatalities"] == "INTEGER"
    assert set(read_table(reference, "documents")["status"]) <= {"incidents", "no_incident", "failed"}


def test_a_second_report_of_a_stored_incident_is_merged_not_added(tmp_path):
    with IncidentStore(tmp_path / "s.gpkg") as store:
        store.ingest([{"text": SARAQEB_A, "published": "2019-05-14", "source": "A"}])
        stats = store.ingest([{"text": SARAQEB_B, "published": "2019-05-14", "source": "B"}])
    stored = read_incidents(tmp_path / "s.gpkg")
    at_once = extract_many([{"text": t, "published": "2019-05-14"} for t in (SARAQEB_A, SARAQEB_B)])
    assert stats["merged_incidents"] == 1 and stats["new_incidents"] == 0
    assert len(stored) == len(at_once) == 1
    # The store keeps the count one run over both reports keeps (merge.merged_count's rule, not pinned here).
    assert stored["n_sources"].iloc[0] == 2 and stored["fatalities"].iloc[0] == at_once["fatalities"].iloc[0]


def test_ingesting_the_same_corpus_twice_duplicates_nothing(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(SEEDS, tmp_path / "copy")  # the same articles under other paths and ids
    first = cli("ingest", "seeds", "--store", "s.gpkg", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = snapshot(tmp_path / "s.gpkg")
    again = cli("ingest", "seeds", "copy", "--store", "s.gpkg", "--report", "r.json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert snapshot(tmp_path / "s.gpkg") == before and len(before["incidents"]) > 5
    rep = json.loads((tmp_path / "r.json").read_text())
    assert (rep["documents"], rep["already_stored"], rep["new_documents"]) == (4, 4, 0)


# ---------------------------------------------------------------- crashes and concurrency
def test_a_killed_ingest_leaves_the_store_intact_and_a_rerun_completes_it(corpus, reference, tmp_path):
    store = tmp_path / "s.gpkg"
    proc = ingest_proc(corpus, store)
    deadline = time.monotonic() + 120
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:  # kill once a batch or two is in
        time.sleep(0.05)
        try:
            con = sqlite3.connect(store, timeout=30)
            done = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            con.close()
        except sqlite3.OperationalError:
            continue
        if done >= BATCH:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    intact(store)
    n = snapshot(store)["documents"]
    assert len(n) % BATCH == 0 and 0 < len(n) < len(snapshot(reference)["documents"])  # whole batches only
    rerun = ingest_proc(corpus, store)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    intact(store)
    assert snapshot(store) == snapshot(reference)


def test_two_processes_ingesting_at_once_lose_nothing(corpus, reference, tmp_path):
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    half = len(lines) // 2
    (tmp_path / "a.jsonl").write_text("".join(lines[:half]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("".join(lines[half:]), encoding="utf-8")
    store = tmp_path / "s.gpkg"
    procs = [ingest_proc(tmp_path / name, store) for name in ("a.jsonl", "b.jsonl")]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    intact(store)
    together, alone = snapshot(store), snapshot(reference)
    key = 2  # content_hash, after fid and doc_id
    assert sorted(r[key] for r in together["documents"]) == sorted(r[key] for r in alone["documents"])
    assert len(together["mentions"]) == len(alone["mentions"])
    sources = [set(json.loads(r)) for r in read_table(store, "incidents")["sources"]]
    with_incidents = {r[1] for r in together["documents"] if r[8] == "incidents"}  # doc_id, status
    assert with_incidents == set().union(*sources)


# ---------------------------------------------------------------- reading it back
def test_export_and_map_a_store(reference, tmp_path):
    for name in ("x.parquet", "x.geojson", "x.csv"):
        out = cli("export", "--store", reference, "-o", name, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
    n = len(read_incidents(reference))
    assert pq.read_table(tmp_path / "x.parquet").schema.field("date_start").type == "date32[day]"
    assert len(json.loads((tmp_path / "x.geojson").read_text())["features"]) == n
    out = cli("export", "--store", reference, "--acled", "-o", "acled.csv", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    import pandas as pd

    acled = pd.read_csv(tmp_path / "acled.csv")
    assert list(acled.columns) == ACLED_COLUMNS and len(acled) == n
    assert acled["fatalities"].dtype.kind == "i" and acled["country"].eq("Syria").all()
    assert acled["latitude"].between(32, 37.5).all() and acled["geo_precision"].isin([1, 2, 3]).all()
    out = cli("map", "--store", reference, "-o", "m.html", cwd=tmp_path)
    assert out.returncode == 0 and (tmp_path / "m.html").stat().st_size > 10_000, out.stderr


def test_store_errors_are_clear(tmp_path):
    out = cli("export", "--store", "missing.gpkg", "-o", "x.csv", cwd=tmp_path)
    assert out.returncode == 2 and "no store at missing.gpkg" in out.stderr and not (tmp_path / "missing.gpkg").exists()
    (tmp_path / "notes.gpkg").write_text("not a database", encoding="utf-8")
    out = cli("ingest", SEEDS, "--store", "notes.gpkg", cwd=tmp_path)
    assert out.returncode == 2 and "not a GeoPackage" in out.stderr
    out = cli("ingest", SEEDS, "--store", "nope/s.gpkg", cwd=tmp_path)
    assert out.returncode == 2 and "does not exist" in out.stderr and not (tmp_path / "nope").exists()


def test_ingest_from_stdin_reports_bad_lines(tmp_path):
    lines = json.dumps({"text": SARAQEB_A, "published": "2019-05-14"}) + "\n{bad\n"
    out = subprocess.run([sys.executable, "-m", "geoincidents.cli", "ingest", "-", "--store", "s.gpkg"], cwd=tmp_path,
                         input=lines, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         encoding="utf-8", timeout=300)
    assert out.returncode == 1 and "<stdin>:2: malformed JSON" in out.stderr
    assert len(read_incidents(tmp_path / "s.gpkg")) == 1
