"""CLI exit status when nothing can be read, and terminal-safe printing of names taken from the input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geoincidents.cli_report import escape as _escape

ROOT = Path(__file__).resolve().parents[1]
ARIHA = "Two civilians were killed in regime shelling on Ariha on Monday, the Civil Defence said."
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16


def cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "geoincidents.cli", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", errors="surrogateescape", timeout=300)


def assert_fails(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode == 1, out
    assert "Traceback" not in out.stderr + out.stdout
    for w in words:
        assert w in out.stderr, out.stderr


def test_unsupported_file_given_directly_fails(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert_fails(cli("extract", tmp_path / "x.pdf", cwd=tmp_path), "unsupported file type '.pdf'", "nothing was read")


def test_file_over_the_size_limit_fails(tmp_path):
    from geoincidents.read.files import MAX_BYTES

    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: instant, takes no disk
    assert_fails(cli("extract", tmp_path / "huge.txt", cwd=tmp_path), "over max_bytes")


def test_device_given_directly_fails(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert_fails(cli("extract", tmp_path / "zero.txt", cwd=tmp_path), "character device")


def test_csv_without_text_column_fails(tmp_path):
    (tmp_path / "rows.csv").write_text("body,published\nTwo killed,2019-01-01\n", encoding="utf-8")
    assert_fails(cli("extract", tmp_path / "rows.csv", cwd=tmp_path), "no 'text' column")


def test_folder_of_binaries_fails(tmp_path):
    (tmp_path / "a.bin").write_bytes(BINARY)
    (tmp_path / "b.txt").write_bytes(BINARY)
    out = cli("extract", tmp_path, cwd=tmp_path)
    assert_fails(out, "nothing was read", "binary data")
    assert out.stdout == ""
    assert_fails(cli("map", tmp_path, "-o", tmp_path / "m.html", cwd=tmp_path), "nothing was read")
    assert not (tmp_path / "m.html").exists()


def test_empty_folder_fails(tmp_path):
    (tmp_path / "empty").mkdir()
    assert_fails(cli("extract", tmp_path / "empty", "--mentions", cwd=tmp_path), "nothing was read")


def test_one_unreadable_file_among_good_ones_writes_the_rest_and_fails(tmp_path):
    (tmp_path / "good.txt").write_text(ARIHA, encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    out = cli("extract", tmp_path / "good.txt", tmp_path / "x.pdf", "--published", "2019-03-05", cwd=tmp_path)
    assert_fails(out, "cannot read", "x.pdf")
    assert [f["properties"]["location"] for f in json.loads(out.stdout)["features"]] == ["Ariha"]


def test_a_folder_with_a_readable_article_succeeds(tmp_path):
    (tmp_path / "good.txt").write_text(ARIHA, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")  # skipped inside a folder: fine
    out = cli("extract", tmp_path, "--published", "2019-03-05", cwd=tmp_path)
    assert out.returncode == 0, out.stderr


def test_control_characters_in_file_names_are_escaped(tmp_path):
    name = "evil\x1b[2J\x1b]0;pwned\x07\r\u202ereport.txt"
    (tmp_path / name).write_text("Nothing happened here at all today.", encoding="utf-8")
    (tmp_path / "bad\x1b[31m.pdf").write_bytes(b"%PDF")
    out = cli("extract", tmp_path, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    for c in ("\x1b", "\x07", "\r", "\u202e"):
        assert c not in out.stderr
    assert "evil\\x1b[2J\\x1b]0;pwned\\x07\\r\\u202ereport-" in out.stderr
    assert "bad\\x1b[31m.pdf" in out.stderr


@pytest.mark.parametrize("raw, shown", [("\x1b[31m", "\\x1b[31m"), ("a\rb", "a\\rb"), ("\x9b", "\\x9b"),
                                        ("\u202e\u2066", "\\u202e\\u2066"), ("\ud800", "\\ud800"),
                                        ("خان شيخون", "خان شيخون"), ("tab\there", "tab\\there")])
def test_escape(raw, shown):
    assert _escape(raw) == shown
