"""Reading text, bytes, HTML and files into Documents."""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from geoincidents.read.documents import (Document, DocumentError, DocumentList, as_document, decode_bytes,
                                    read_documents)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def test_cp1256_arabic_file(tmp_path):
    p = tmp_path / "ar.txt"
    p.write_bytes("قصف على خان شيخون".encode("cp1256"))
    assert as_document(p).text == "قصف على خان شيخون"
    assert decode_bytes("خان شيخون".encode("cp1256")) == "خان شيخون"


def test_latin1_and_cp1252(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_bytes("Frappes à Idleb, région déjà touchée".encode("latin-1"))
    assert as_document(p).text == "Frappes à Idleb, région déjà touchée"
    assert decode_bytes("“Idlib” – café".encode("cp1252")) == "“Idlib” – café"


def test_utf8_bom_and_forced_encoding(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfJisr al-Shugour \xe2\x80\x94 two killed")
    d = read_documents(p)[0]
    assert d.text == "Jisr al-Shugour — two killed" and re.fullmatch(r"bom-[0-9a-f]{8}", d.doc_id)
    assert as_document(b"caf\xe9", encoding="latin-1").text == "café"


def test_html_string_and_file(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>Raw title | Outlet</title>"
            '<meta property="og:title" content="Strikes hit Idlib &amp; Hama">'
            '<meta property="article:published_time" content="2019-03-02T10:00:00Z">'
            "<style>p{color:red}</style><script>var x = '<p>killed</p>';</script></head>"
            "<body><nav>Home | News</nav><h1>Strikes hit Idlib &amp; Hama</h1>"
            "<p>Two&nbsp;civilians were killed in <b>Ariha</b>.</p><footer>© Outlet</footer></body></html>")
    d = as_document(html)
    assert d.text == "Strikes hit Idlib & Hama\nTwo civilians were killed in Ariha."
    assert d.title == "Strikes hit Idlib & Hama" and d.published == date(2019, 3, 2)
    assert d.meta["raw_html"] == html and "killed</p>" not in d.text
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    f = read_documents(p)[0]
    assert f.text == d.text and f.doc_id.startswith("page-") and f.path == str(p)


def test_html_bad_meta_date_is_kept_not_fatal():
    d = as_document('<html><head><meta name="date" content="yesterday"></head><body><p>x</p></body></html>')
    assert d.published is None and d.meta["meta_date_unreadable"] == "yesterday"


def test_published_forms_and_errors():
    assert as_document("x", published=datetime(2017, 9, 26, 8)).published == date(2017, 9, 26)
    assert as_document("x", published="2017-09-26").published == date(2017, 9, 26)
    assert Document("x", published="26 September 2017").published == date(2017, 9, 26)
    with pytest.raises(DocumentError, match=r"'2017-13-45'.*YYYY-MM-DD"):
        as_document("x", published="2017-13-45")
    with pytest.raises(DocumentError, match="not int"):
        as_document("x", published=20170926)


@pytest.mark.parametrize("bad, name", [(42, "int"), (None, "NoneType"), (["a"], "list")])
def test_non_text_input_names_the_type(bad, name):
    with pytest.raises(TypeError, match=name):
        as_document(bad)


def test_dict_input():
    d = as_document({"text": "Two killed", "outlet": "SANA", "id": "a1", "lang": "en"})
    assert (d.source, d.doc_id, d.meta) == ("SANA", "a1", {"lang": "en"})
    with pytest.raises(DocumentError, match="no 'text' field.*body"):
        as_document({"body": "x"})


def test_document_override_and_stable_id():
    a = Document("Shelling on Qardaha")
    assert a.doc_id == Document("Shelling on Qardaha").doc_id != Document("other").doc_id
    b = as_document(a, source="SOHR", doc_id="k")
    assert (b.source, b.doc_id, b.text) == ("SOHR", "k", a.text) and a.source is None


def test_empty_file_is_flagged_not_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    docs = read_documents(tmp_path)
    assert [d.is_empty for d in docs] == [True, True] and not docs.problems
    assert not as_document("Idlib").is_empty


def test_jsonl_malformed_line_collected_or_raised(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"text": "A killed", "published": "2019-03-02", "outlet": "X"}\n'
                 '{"text": "broken\n'
                 '\n'
                 '{"headline": "no text"}\n'
                 '{"text": "B killed", "id": "b", "extra": 1}\n', encoding="utf-8")
    docs = read_documents(p, errors="collect")
    assert [d.text for d in docs] == ["A killed", "B killed"]
    assert re.fullmatch(r"feed-[0-9a-f]{8}:1", docs[0].doc_id) and docs[0].source == "X" and docs[1].meta == {"extra": 1}
    assert [(pr.line, pr.kind) for pr in docs.problems] == [(2, "error"), (4, "error")]
    assert "malformed JSON" in docs.problems[0].reason and "no 'text' field" in docs.problems[1].reason
    with pytest.raises(DocumentError, match=r"feed.jsonl:2: malformed JSON"):
        read_documents(p)


def test_csv_with_metadata_columns(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text('id,body,published,outlet,title,url,country\n'
                 'r1,"Two killed in Ariha, Idlib.",2019-03-02,SANA,T1,http://x/1,Syria\n'
                 'r2,"Multi\nline",,,,,Syria\n', encoding="utf-8")
    with pytest.raises(DocumentError, match=r"rows.csv: no 'text' column \(columns: id, body"):
        read_documents(p)
    docs = read_documents(p, text_column="body", published="2020-01-01")
    a, b = docs
    assert (a.doc_id, a.published, a.source, a.title, a.url, a.meta) == (
        "r1", date(2019, 3, 2), "SANA", "T1", "http://x/1", {"country": "Syria"})
    assert b.text == "Multi\nline" and b.published == date(2020, 1, 1)  # default fills the gap


def test_csv_bad_row_reports_line(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text("text,published\nok,2019-01-01\nbad,not-a-date\n", encoding="utf-8")
    docs = read_documents(p, errors="collect")
    assert len(docs) == 1 and docs.problems[0].line == 3 and "not-a-date" in docs.problems[0].reason


def test_folder_with_sidecars_and_skips(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second")
    (tmp_path / "1.txt").write_text("First")
    (tmp_path / "1.json").write_text(json.dumps({"published": "2017-09-26", "outlet": "SO", "title": "T",
                                                 "url": "u", "section": "news"}))
    (tmp_path / ".hidden.txt").write_text("no")
    (tmp_path / "orphan.json").write_text("{}")
    (tmp_path / "notes.md").write_text("readme")
    docs = read_documents(tmp_path)  # skipped files are listed, not fatal, inside a folder
    assert isinstance(docs, DocumentList) and [d.text for d in docs] == ["First", "Second"]
    assert (docs[0].published, docs[0].source, docs[0].title, docs[0].url) == (date(2017, 9, 26), "SO", "T", "u")
    assert docs[0].meta["section"] == "news" and docs[1].doc_id.startswith("2-")
    assert sorted(Path(p.path).name for p in docs.problems) == ["notes.md", "orphan.json"]
    assert {p.kind for p in docs.problems} == {"skipped"}


def test_unknown_extension_and_missing_file(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF")
    with pytest.raises(DocumentError, match=r"x.pdf: unsupported file type '.pdf'"):
        read_documents(p)
    with pytest.raises(DocumentError, match="cannot read"):
        read_documents(tmp_path / "missing.txt")
    docs = read_documents([p, tmp_path / "missing.txt"], errors="collect")
    assert len(docs) == 0 and len(docs.problems) == 2
    with pytest.raises(ValueError, match="errors must be"):
        read_documents(p, errors="ignore")


def test_bad_sidecar_is_named(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.json").write_text("{not json")
    with pytest.raises(DocumentError, match=r"a.json: sidecar is not valid JSON"):
        read_documents(tmp_path / "a.txt")


def test_ten_megabytes_read_and_guard(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"Two civilians were killed in Ariha. " * 300_000)  # ~10.8 MB
    assert len(read_documents(p)[0].text) == 36 * 300_000
    with pytest.raises(DocumentError, match="over max_bytes=1,000,000"):
        read_documents(p, max_bytes=1_000_000)


def test_seed_sidecars():
    docs = read_documents(SEEDS)
    gold = json.loads((Path("/work/shared/eval/seeds_gold.json")).read_text()) \
        if Path("/work/shared/eval/seeds_gold.json").exists() else None
    assert [d.doc_id.rsplit("-", 1)[0] for d in docs] == ["000_a42484139c7b5036", "004_831b2c7d2466eedb"]
    assert [d.published for d in docs] == [date(2017, 9, 26), date(2019, 3, 2)]
    assert [d.source for d in docs] == ["The Syrian Observer", "The New Arab"]
    assert all(d.title and d.title in d.text for d in docs) and not docs.problems
    if gold:
        assert [s["assumed_published"] for s in gold["seeds"]] == [d.published.isoformat() for d in docs]


def test_fixture_files():
    docs = read_documents(DATA, errors="collect")
    by_id = {Path(d.path).stem: d for d in docs}
    assert "خان شيخون" in by_id["arabic_cp1256"].text
    assert by_id["article"].title == "Shelling kills two in Qardaha" and "tracker" not in by_id["article"].text


@pytest.mark.parametrize("module", ["geoincidents.read.documents", "geoincidents.text.clean", "geoincidents.text.sentences"])
def test_docstring_examples(module):
    import doctest
    import importlib
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed
