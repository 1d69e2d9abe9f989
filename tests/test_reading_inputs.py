"""Reading hostile or ambiguous input: str paths, colliding names, special files, surrogates, CSV quotes, types."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoincidents
from geoincidents.read.documents import Document, DocumentError, as_document, as_path, read_documents
from geoincidents.write import write

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARIHA = "Two civilians were killed in regime shelling on Ariha on Monday, the Civil Defence said."
SARAQEB = "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday."


def reasons(gdf) -> list[str]:
    return [p["reason"] for p in gdf.attrs["problems"]]


# ---------------------------------------------------------------- 1. a str that names a file or folder
def test_str_naming_a_folder_or_file_is_read_as_one(monkeypatch):
    monkeypatch.chdir(ROOT)
    gdf = geoincidents.extract_many("seeds")
    assert gdf.attrs["documents"] == 2 and len(gdf) > 0
    assert not any("no place found" in r for r in reasons(gdf))
    one = sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    single = geoincidents.extract(f"seeds/{one}")
    assert len(single) > 0 and single["source"].notna().all()  # the sidecar was read too


def test_str_that_is_not_an_existing_path_is_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert as_path("seeds") is None and as_document("seeds").text == "seeds"
    (tmp_path / "Ariha").mkdir()  # a folder named like the text exists, but the text has spaces around it
    assert as_document(" Ariha ").text == " Ariha "
    assert as_path("Ariha") == Path("Ariha")
    assert as_path("two\nlines") is None and as_path("x" * 2000) is None and as_path("") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=100), st.sampled_from(["\n", "\r", "\r\n", "\x00"]), st.text(max_size=100),
       st.sampled_from(["", " ", "\t"]))
def test_multi_line_or_padded_str_is_always_text(before, newline, after, pad):
    assert as_path(before + newline + after) is None
    if before.strip():
        assert as_path(pad + before + " ") is None


# ---------------------------------------------------------------- 2. unique ids per document
def test_same_file_name_in_two_folders_keeps_both_documents(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(ARIHA, encoding="utf-8")
    (tmp_path / "b" / "report.txt").write_text(SARAQEB, encoding="utf-8")
    docs = read_documents(tmp_path)
    ids = [d.doc_id for d in docs]
    assert len(set(ids)) == 2 and all(re.fullmatch(r"report-[0-9a-f]{8}", i) for i in ids)
    gdf = geoincidents.extract_many([tmp_path / "a", tmp_path / "b"], published="2019-03-05")
    assert set(gdf["location"]) == {"Ariha", "Saraqab"}
    assert gdf["doc_id"].nunique() == 2


def test_jsonl_rows_of_two_same_named_files_have_distinct_ids(tmp_path):
    for sub in "ab":
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "feed.jsonl").write_text(json.dumps({"text": ARIHA}) + "\n", encoding="utf-8")
        (tmp_path / sub / "rows.csv").write_text("text\n" + json.dumps(ARIHA) + "\n", encoding="utf-8")
    ids = [d.doc_id for d in read_documents(tmp_path)]
    assert len(set(ids)) == 4
    assert all(re.fullmatch(r"(feed|rows)-[0-9a-f]{8}:1", i) for i in ids)


# ---------------------------------------------------------------- 3. special files
def _run_isolated(code: str, timeout: float = 30) -> subprocess.CompletedProcess:
    """Run ``code`` in a child so that a hang fails the test instead of freezing the suite."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(ARIHA, encoding="utf-8")
    code = (f"from geoincidents.read.documents import read_documents\n"
            f"d = read_documents([{str(fifo)!r}], errors='collect')\n"
            f"print(len(d), d.problems[0].kind, d.problems[0].reason)\n"
            f"d = read_documents({str(tmp_path)!r}, errors='collect')\n"
            f"print(len(d), [(p.path, p.kind, p.reason) for p in d.problems])\n")
    out = _run_isolated(code)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    assert first.startswith("0 error cannot read: a FIFO")
    assert second.startswith("1 [") and "pipe.txt" in second and "skipped: a FIFO" in second


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_and_stdin_are_refused(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # a supported name, size 0: passed the old guard
    code = ("from geoincidents.read.documents import read_documents\n"
            f"d = read_documents(['/dev/zero', '/proc/self/fd/0', {str(tmp_path / 'zero.txt')!r}], errors='collect')\n"
            "print(len(d)); [print(p.path, '|', p.reason) for p in d.problems]\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "0"
    assert lines[1].startswith("/dev/zero | cannot read: a character device")
    assert lines[2].startswith("/proc/self/fd/0 | cannot read: a FIFO")
    assert lines[3].endswith("zero.txt | cannot read: a character device, not a regular file")


def test_byte_limit_holds_even_when_stat_lies(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 5000)
    with pytest.raises(DocumentError, match="over max_bytes=1,000"):
        read_documents(p, max_bytes=1000)
    assert len(read_documents(p, max_bytes=5000)[0].text) == 5000


def test_unknown_encoding_is_a_value_error(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(ValueError, match="unknown encoding 'utf-99'"):
        read_documents(tmp_path, encoding="utf-99")


def test_nul_in_a_path_is_a_problem_not_a_crash():
    docs = read_documents([Path("a\x00b.txt")], errors="collect")
    assert len(docs) == 0 and "embedded null byte" in docs.problems[0].reason


def test_symlinks_in_a_folder_are_listed_not_followed(tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    (target / "x.txt").write_text(ARIHA)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.txt").write_text(ARIHA)
    (folder / "link.txt").symlink_to(target / "x.txt")
    (folder / "loop").symlink_to(folder)
    docs = read_documents(folder)
    assert [Path(d.path).name for d in docs] == ["real.txt"]
    skipped = {Path(p.path).name: p for p in docs.problems}
    assert set(skipped) == {"link.txt", "loop"} and {p.kind for p in skipped.values()} == {"skipped"}
    assert "symbolic link" in skipped["link.txt"].reason


def test_unreadable_folder_is_listed(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(ARIHA)
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):  # root reads everything, so simulate the permission error
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs = read_documents(tmp_path)
    assert len(docs) == 1
    assert [(Path(p.path).name, p.kind) for p in docs.problems] == [("locked", "skipped")]
    assert "Permission denied" in docs.problems[0].reason


# ---------------------------------------------------------------- 4. lone surrogates
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40), st.integers(0xD800, 0xDFFF), st.text(max_size=40))
def test_lone_surrogate_becomes_replacement_char_same_length(before, code, after):
    text = before + chr(code) + after
    doc = Document(text)
    assert len(doc.text) == len(text) and "\ufffd" in doc.text
    doc.text.encode("utf-8")  # never raises now
    assert "lone surrogate" in doc.meta["repaired"]


def test_jsonl_surrogate_escape_survives_to_parquet(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": SARAQEB[:-1] + " \\ud800.", "title": "T \\udfff"})
                    .replace("\\\\u", "\\u") + "\n", encoding="utf-8")
    doc = read_documents(feed)[0]
    assert doc.text.endswith("\ufffd.") and doc.title == "T \ufffd"
    gdf = geoincidents.extract_many(feed, published="2019-05-14")
    assert len(gdf) == 1
    write(gdf, tmp_path / "out.parquet")  # used to raise UnicodeEncodeError
    write(gdf, tmp_path / "out.gpkg")


# ---------------------------------------------------------------- 5. CSV quotes
def test_csv_unterminated_quote_is_reported_and_later_rows_read(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text('text,published\n'
                 f'"{ARIHA},2019-03-05\n'
                 f'"{SARAQEB}",2019-05-14\n'
                 f'{ARIHA.replace(",", "")},2019-03-06\n', encoding="utf-8")
    docs = read_documents(p, errors="collect")
    assert [d.published.isoformat() for d in docs] == ["2019-05-14", "2019-03-06"]
    assert [(Path(pr.path).name, pr.line) for pr in docs.problems] == [("rows.csv", 2)]
    assert "quote" in docs.problems[0].reason
    with pytest.raises(DocumentError, match=r"rows.csv:2: malformed row"):
        read_documents(p)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.integers(0, 5))
def test_csv_open_quote_never_swallows_rows_silently(n_before, n_after):
    rows = [f"row {i} killed in Ariha,2019-03-0{1 + i % 9}" for i in range(n_before + n_after + 1)]
    rows[n_before] = '"' + rows[n_before]  # the quote is never closed
    text = "text,published\n" + "\n".join(rows) + "\n"
    d = Path(os.environ.get("TMPDIR", "/tmp")) / f"gi-csv-{os.getpid()}"
    d.mkdir(exist_ok=True)
    p = d / "q.csv"
    p.write_text(text, encoding="utf-8")
    docs = read_documents(p, errors="collect")
    shutil.rmtree(d)
    assert len(docs) == n_before + n_after
    assert [pr.line for pr in docs.problems] == [n_before + 2]
    assert all("\n" not in doc.text for doc in docs)


def test_csv_quote_closed_lines_later_is_read_but_warned(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text('text,published\n'
                 '"Two killed in Ariha,2019-03-05\nThree killed in Idlib",2019-01-02\n'
                 '"Two killed, three\nwounded, in Ariha",2019-01-01\n', encoding="utf-8")
    docs = read_documents(p)  # a warning never raises: the row was read
    assert len(docs) == 2
    assert [(pr.line, pr.kind) for pr in docs.problems] == [(2, "warning")]
    assert "unclosed quote" in docs.problems[0].reason


def test_csv_only_cr_and_lf_end_rows(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("text\nform\x0cfeed \u2028 and \x85 inside\nnext\n", encoding="utf-8")
    assert [d.text for d in read_documents(p)] == ["form\x0cfeed \u2028 and \x85 inside", "next"]
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(DocumentError, match="no 'text' column"):
        read_documents(tmp_path / "empty.csv")


# ---------------------------------------------------------------- 9. input types
@pytest.mark.parametrize("make", [bytes, bytearray, memoryview])
def test_bytes_like_is_one_document(make):
    gdf = geoincidents.extract_many(make(SARAQEB.encode("utf-8")), published="2019-05-14")
    assert gdf.attrs["documents"] == 1 and gdf.attrs["problems"] == []
    assert gdf["location"].tolist() == ["Saraqab"]


def test_dict_is_one_document():
    gdf = geoincidents.extract_many({"text": SARAQEB, "published": "2019-05-14", "id": "d1"})
    assert gdf.attrs["documents"] == 1 and gdf["doc_id"].tolist() == ["d1"]


@pytest.mark.parametrize("bad, name", [(42, "int"), (3.5, "float"), (None, "NoneType"), (object(), "object")])
def test_wrong_type_raises_naming_it(bad, name):
    with pytest.raises(TypeError, match=rf"\b{name}\b"):
        geoincidents.extract_many(bad)


def test_dataframe_raises_with_a_hint():
    import pandas as pd

    with pytest.raises(TypeError, match="df\\['text'\\]"):
        geoincidents.extract_many(pd.DataFrame({"text": [SARAQEB]}))
