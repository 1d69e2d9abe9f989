"""Batch runs that account for everything: workers, parquet/stdin input, reports, exit codes, atomic output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import SHARED, require
from geoincidents.read.documents import read_documents
from geoincidents.engines import BatchError, RunReport
from geoincidents.write import to_geojson, write
from geoincidents.pipeline import extract_many, mentions_many
from geoincidents.schema import empty_incidents

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARIHA = "Two civilians were killed in regime shelling on Ariha on Monday, the Civil Defence said."
SARAQEB = "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday."


def cli(*args, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "geoincidents.cli", *map(str, args)], cwd=cwd, env=env,
                          input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=300)


@pytest.fixture(scope="module")
def dev_records() -> list[dict]:
    path = require(SHARED / "eval" / "dev_ucdp_syria.jsonl")
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line, _ in zip(fh, range(100))]
    return [{"text": r["text"], "published": r["event_date"], "id": r["id"]} for r in rows]


# ---------------------------------------------------------------- workers
def test_two_workers_give_exactly_the_single_worker_result(dev_records, tmp_path):
    bad = tmp_path / "bad.jsonl"  # reading problems too: they must keep their place in the list
    bad.write_text(json.dumps({"text": ARIHA}) + "\n{not json\n" + json.dumps({"body": 1}) + "\n", encoding="utf-8")
    docs = [bad] + dev_records[:70] + [bad, str(SEEDS), "", "\x00binary"] + dev_records[70:] + [bad]
    one = extract_many(docs, workers=1)
    two = extract_many(docs, workers=2)
    assert len(one) > 50 and sum(p.get("line") == 2 for p in one.attrs["problems"]) == 3
    assert to_geojson(two) == to_geojson(one)
    assert two.attrs == one.attrs
    m1, m2 = mentions_many(dev_records[:40], workers=1), mentions_many(dev_records[:40], workers=2)
    assert m2.drop(columns="geometry").equals(m1.drop(columns="geometry")) and len(m1) > 40


def test_bad_worker_counts_are_refused():
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="workers"):
            extract_many([ARIHA], workers=bad)


# ---------------------------------------------------------------- inputs
def test_parquet_corpus_is_read_row_by_row(tmp_path):
    pd.DataFrame({"text": [ARIHA, SARAQEB, None], "published": ["2019-03-05", "2019-05-14", None],
                  "outlet": ["SANA", "SOHR", None]}).to_parquet(tmp_path / "c.parquet")
    docs = read_documents(tmp_path / "c.parquet", errors="collect")
    assert [d.source for d in docs] == ["SANA", "SOHR"]
    assert [p.line for p in docs.problems] == [3] and "must be a string" in docs.problems[0].reason
    assert docs[0].doc_id.startswith("c-") and docs[0].doc_id.endswith(":1")
    gdf = extract_many(tmp_path / "c.parquet")
    assert sorted(gdf["location"]) == ["Ariha", "Saraqab"]


def test_parquet_without_text_column_is_a_clear_problem(tmp_path):
    pd.DataFrame({"body": [ARIHA]}).to_parquet(tmp_path / "c.parquet")
    docs = read_documents(tmp_path / "c.parquet", errors="collect")
    assert len(docs) == 0 and "no 'text' column" in docs.problems[0].reason
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    assert "not a readable Parquet file" in read_documents(tmp_path / "bad.parquet", errors="collect").problems[0].reason


def test_rereading_a_corpus_gives_identical_ids(tmp_path):
    (tmp_path / "a.txt").write_text(ARIHA, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": SARAQEB}) + "\n", encoding="utf-8")
    first = [d.doc_id for d in read_documents(tmp_path)]
    assert first == [d.doc_id for d in read_documents(tmp_path)] and len(set(first)) == 2


def test_stdin_reads_jsonl_or_one_article(tmp_path):
    lines = "\n".join(json.dumps({"text": t, "published": "2019-05-14"}) for t in (ARIHA, SARAQEB))
    out = cli("extract", "-", cwd=tmp_path, stdin=lines)
    assert out.returncode == 0, out.stderr
    assert sorted(f["properties"]["location"] for f in json.loads(out.stdout)["features"]) == ["Ariha", "Saraqab"]
    out = cli("extract", "-", "--published", "2019-05-14", cwd=tmp_path, stdin=SARAQEB)
    assert out.returncode == 0 and json.loads(out.stdout)["features"][0]["properties"]["location"] == "Saraqab"


# ---------------------------------------------------------------- reports and exit codes
def test_report_counts_everything_and_a_failed_document_fails_the_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARIHA, encoding="utf-8")
    (corpus / "b.txt").write_text("Nothing happened in Kafr Blahblah today, officials said.", encoding="utf-8")
    (corpus / "c.txt").write_text("   ", encoding="utf-8")  # empty: a failure
    (corpus / "notes.md").write_text("# notes", encoding="utf-8")  # skipped
    out = cli("extract", corpus, "--published", "2019-03-05", "--report", "r.json", "-o", "x.geojson", cwd=tmp_path)
    assert out.returncode == 1, out.stderr
    assert "failed" in out.stderr and "\r" not in out.stderr  # no progress bar when stderr is not a terminal
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (rep["documents"], rep["with_incidents"], rep["failed"], rep["skipped"]) == (3, 1, 1, 1)
    assert rep["failures"][0]["reason"].startswith("empty document") and rep["documents_per_second"] > 0
    assert json.loads((tmp_path / "x.geojson").read_text())["features"]  # the good part is still written


def test_strict_stops_at_the_first_failure_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARIHA, encoding="utf-8")
    out = cli("extract", tmp_path / "a.txt", tmp_path / "b.txt", "--strict", "-o", "x.gpkg", cwd=tmp_path)
    assert out.returncode == 1 and "--strict" in out.stderr and "empty document" in out.stderr
    assert not (tmp_path / "x.gpkg").exists()
    with pytest.raises(BatchError, match="empty document"):
        extract_many(["", ARIHA], strict=True)


def test_empty_folder_is_a_warning_and_exit_1(tmp_path):
    (tmp_path / "empty").mkdir()
    out = cli("extract", "empty", cwd=tmp_path)
    assert out.returncode == 1 and "warning: folder empty holds no file" in out.stderr


def test_version_and_every_help_has_an_example(tmp_path):
    out = cli("--version", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("geoincidents ")
    for command in ([], ["geocode"], ["extract"], ["map"], ["ingest"], ["export"]):
        out = cli(*command, "--help", cwd=tmp_path)
        assert out.returncode == 0 and "example" in out.stdout and "geoincidents " in out.stdout.split("example")[-1]


def test_progress_bar_on_request_only(capsys):
    pytest.importorskip("tqdm")
    extract_many([ARIHA, SARAQEB], progress=True)
    assert "2 docs" in capsys.readouterr().err
    extract_many([ARIHA, SARAQEB])
    assert capsys.readouterr().err == ""


def test_run_report_classifies_problems():
    rep = RunReport.from_attrs({"documents": 4, "with_incidents": 1, "problems": [
        {"doc_id": "a", "reason": "binary data, not text"}, {"doc_id": "b", "reason": "not English: ..."},
        {"doc_id": "c", "reason": "no place found in the text"}, {"doc_id": "f.csv", "line": 3, "reason": "x"}],
        "unresolved": [{"mention": "Kafr X"}, {"mention": "Kafr X"}, {"mention": "Tell Y"}]}, 2)
    assert (rep.failed, rep.skipped, rep.no_incident) == (1, 1, 2)
    assert rep.unresolved_names == {"Kafr X": 2, "Tell Y": 1}
    assert json.loads(rep.to_json())["incidents"] == 2


# ---------------------------------------------------------------- atomic output
def test_output_into_a_missing_folder_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARIHA, encoding="utf-8")
    out = cli("extract", "a.txt", "-o", "nope/x.gpkg", cwd=tmp_path)
    assert out.returncode == 2 and "does not exist" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "nope").exists()
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write(empty_incidents(), tmp_path / "nope" / "x.geojson")


@pytest.mark.parametrize("ext", [".gpkg", ".geojson", ".parquet", ".csv"])
def test_a_failing_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch, ext):
    import geoincidents.write.files as export

    target = tmp_path / f"x{ext}"
    target.write_bytes(b"old")

    def broken(gdf, path, suffix, acled):
        path.write_bytes(b"half a fi")  # a partial file, then the crash
        raise OSError("disk full")

    monkeypatch.setattr(export, "_write", broken)
    with pytest.raises(OSError, match="disk full"):
        write(empty_incidents(), target)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_killed_cli_run_leaves_no_truncated_output(tmp_path):
    """SIGKILL while writing: the target is absent or whole (here: the GeoJSON parses)."""
    import signal
    import time

    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"text": ARIHA + f" {i}"}) for i in range(300)))
    proc = subprocess.Popen([sys.executable, "-m", "geoincidents.cli", "extract", "c.jsonl", "--published",
                             "2019-03-05", "-o", "x.geojson"], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    out = tmp_path / "x.geojson"
    assert not out.exists() or json.loads(out.read_text())["type"] == "FeatureCollection"


def test_acled_table_keeps_acled_conventions_and_defuses_formulas():
    from geoincidents.write import ACLED_COLUMNS, to_acled

    gdf = extract_many([SARAQEB, "Shelling hit Ariha on Monday."], published="2019-05-14")
    gdf.loc[gdf.index[0], "evidence"] = "=HYPERLINK(\"http://x\")"
    acled = to_acled(gdf)
    assert list(acled.columns) == ACLED_COLUMNS and len(acled) == 2
    assert acled["notes"].iloc[0].startswith("'=") and acled["event_date"].iloc[0] == "2019-05-13"
    assert sorted(acled["fatalities"]) == [0, 12]  # no count reported: 0, as ACLED codes it
    assert (acled["iso"] == 760).all() and acled["latitude"].iloc[0] == pytest.approx(35.86, abs=0.05)
