"""Bad input gets a clear error and loses nothing.

Empty or non-text input, wrong encodings, HTML, huge documents, unknown place
names and hostile article text, all through the public API: a precise message
(``TypeError`` or a reason in ``attrs["problems"]``) or an explicit
``unresolved`` record, never a crash, never a silent drop.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import geoincidents
from geoincidents import pipeline
from geoincidents.schema import ALL_COLUMNS

extract, extract_many, mentions = geoincidents.extract, geoincidents.extract_many, geoincidents.mentions

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

ARIHA = "Two civilians were killed in regime shelling on Ariha on Monday, the Civil Defence said."
SARAQEB = "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday."


def reasons(gdf) -> list[str]:
    return [p["reason"] for p in gdf.attrs["problems"]]


def assert_schema(gdf) -> None:
    assert list(gdf.columns[: len(ALL_COLUMNS)]) == list(ALL_COLUMNS)
    assert gdf.geometry.name == "geometry" and str(gdf.crs) == "EPSG:4326"


# ---------------------------------------------------------------- empty and non-text
@pytest.mark.parametrize("text", ["", "   \n\t  \r\n"])
def test_empty_text_gives_empty_frame_with_reason(text):
    gdf = extract(text)
    assert len(gdf) == 0
    assert_schema(gdf)
    assert reasons(gdf) == ["empty document: no text to read"]
    assert gdf.attrs["documents"] == 1
    m = mentions(text)
    assert len(m) == 0 and reasons(m) == ["empty document: no text to read"]


def test_empty_mentions_frame_has_the_same_columns_as_a_full_one():
    full = mentions(SARAQEB)
    assert len(full) > 0
    assert list(mentions("").columns) == list(full.columns)


@pytest.mark.parametrize("bad, name", [(None, "NoneType"), (42, "int"), (["a", "b"], "list"), (3.5, "float")])
@pytest.mark.parametrize("api", [extract, mentions])
def test_non_text_raises_type_error_naming_the_type(api, bad, name):
    with pytest.raises(TypeError, match=rf"\b{name}\b"):
        api(bad)


@pytest.mark.parametrize("bad, name", [(None, "NoneType"), (42, "int")])
def test_extract_many_of_non_iterable_raises_type_error(bad, name):
    with pytest.raises(TypeError, match=name):
        extract_many(bad)


def test_extract_many_records_bad_items_and_keeps_good_ones():
    gdf = extract_many([None, "", 42, ARIHA], published="2019-03-05")
    assert gdf["location"].tolist() == ["Ariha"]
    rs = reasons(gdf)
    assert any("NoneType" in r for r in rs) and any(r.startswith("cannot make a Document from int") for r in rs)
    assert "empty document: no text to read" in rs
    assert gdf.attrs["documents"] == 2  # "" and ARIHA became documents; None and 42 could not


def test_top_level_extract_stays_callable():
    """``geoincidents.extract``/``mentions`` stay the functions whatever was imported first.

    Regression: they were once shadowed by same-named submodules once those were imported.
    """
    code = ("import geoincidents, geoincidents.pipeline, geoincidents.cli\n"
            "from geoincidents import extract_many\n"
            "extract_many([])\n"
            "print(len(geoincidents.extract('Two killed in Idlib.')), len(geoincidents.mentions('Idlib')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]


# ---------------------------------------------------------------- no place / not English
def test_text_without_places_gives_reason():
    gdf = extract("The weather was pleasant and the market was busy on Monday.")
    assert len(gdf) == 0
    assert_schema(gdf)
    assert reasons(gdf) == ["no place found in the text"]


def test_french_paragraph_is_not_english():
    text = ("Au moins douze civils ont été tués dans des frappes aériennes russes sur la ville de Saraqeb, "
            "dans la province d'Idleb, selon les Casques blancs. Le bombardement a visé le marché et une école.")
    gdf = extract(text)
    assert len(gdf) == 0
    assert_schema(gdf)
    assert reasons(gdf)[0].startswith("not English")
    assert mentions(text).attrs["problems"][0]["reason"].startswith("not English")


def test_arabic_only_article_is_not_english():
    text = "قتل اثنا عشر مدنيا في غارات جوية روسية على مدينة سراقب في محافظة إدلب يوم الاثنين، بحسب الدفاع المدني."
    gdf = extract(text)
    assert len(gdf) == 0 and reasons(gdf)[0].startswith("not English")
    # the same from a cp1256 file (the bundled fixture), read through a path
    gdf = extract(DATA / "arabic_cp1256.txt")
    assert len(gdf) == 0 and reasons(gdf)[0].startswith("not English")


# ---------------------------------------------------------------- encodings
def test_cp1256_bytes_english_article_with_arabic_place_name():
    text = SARAQEB[:-len(" on Monday.")] + " (سراقب) on Monday, the Civil Defence said."
    data = text.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8
    gdf = extract(data, published="2019-05-14")
    assert gdf[["location", "location_mention", "fatalities"]].values.tolist() == [["Saraqab", "Saraqeb", 12]]
    assert gdf["evidence"][0] == text  # decoded exactly, Arabic included
    m = mentions(data, published="2019-05-14")
    arabic = m[m["mention"] == "سراقب"]
    assert len(arabic) == 1 and arabic["status"].iloc[0] == "resolved"
    assert arabic["location"].iloc[0] == "Saraqab"


def test_arabic_gloss_of_the_place_is_one_incident():
    text = "Two civilians were killed in regime shelling on Ariha (أريحا) on Monday, the Civil Defence said."
    for data in (text, text.encode("cp1256")):
        gdf = extract(data, published="2019-03-05")
        assert gdf[["location", "fatalities"]].values.tolist() == [["Ariha", 2]]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin_bytes(encoding):
    text = "Two civilians were killed in shelling on Ariha on Monday, said the café owner Zoé."
    gdf = extract(text.encode(encoding), published="2019-03-05")
    assert gdf["location"].tolist() == ["Ariha"]
    assert gdf["evidence"][0] == text


# ---------------------------------------------------------------- HTML and hostile text
HTML_PAGE = """<!DOCTYPE html><html><head><title>Shelling in Ariha | Example News</title>
<meta property="article:published_time" content="2019-03-05T08:00:00Z">
<script>var teaser = "Fifty civilians were killed in Russian airstrikes on Saraqeb on Monday.";</script>
<script type="application/ld+json">{"headline": "Thirty people were killed in shelling on Jisr al-Shughur on Monday."}</script>
<style>.killed { content: "killed in Idlib" }</style></head>
<body><nav>Home | Syria | Killed in Aleppo</nav>
<article><h1>Shelling in Ariha</h1>
<p>Two civilians were killed in regime shelling on Ariha on Monday, the Civil Defence said.</p></article>
<footer>(c) Example News</footer></body></html>"""


@pytest.mark.parametrize("as_bytes", [False, True])
def test_html_script_text_never_becomes_an_incident(as_bytes):
    gdf = extract(HTML_PAGE.encode("utf-8") if as_bytes else HTML_PAGE)
    assert gdf[["location", "fatalities"]].values.tolist() == [["Ariha", 2]]
    assert str(gdf["date_start"][0].date()) == "2019-03-04"  # "Monday" against the <meta> date
    assert gdf["evidence"][0] == ARIHA
    names = set(mentions(HTML_PAGE)["mention"])
    assert not names & {"Saraqeb", "Jisr al-Shughur", "Idlib", "Aleppo"}


def test_html_file_in_a_folder(tmp_path):
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    gdf = extract_many(tmp_path)
    assert gdf["location"].tolist() == ["Ariha"] and [d.rsplit("-", 1)[0] for d in gdf["doc_id"]] == ["page"]
    assert gdf.attrs["documents"] == 1 and gdf.attrs["problems"] == []


HOSTILE = ('Two civilians were killed in regime shelling on Ariha on Monday <img src=x onerror=alert(1)> '
           '</script><script>alert("x")</script>, the Civil Defence said &amp; "ok".')


def test_hostile_text_survives_verbatim_in_evidence():
    gdf = extract(HOSTILE, published="2019-03-05")
    assert gdf["location"].tolist() == ["Ariha"]
    ev, start, end = gdf["evidence"][0], gdf["evidence_start"][0], gdf["evidence_end"][0]
    assert ev == HOSTILE  # the whole sentence, not escaped, not stripped
    assert HOSTILE[start:end] == ev
    m = mentions(HOSTILE, published="2019-03-05")
    assert m["sentence"].iloc[0] == HOSTILE


# ---------------------------------------------------------------- huge documents
def _seed_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def _ten_megabytes() -> str:
    seed = _seed_text()
    return "\n\n".join([seed] * (10_000_000 // (len(seed) + 2) + 1))


def test_ten_megabytes_is_processed_below_max_chars():
    big = _ten_megabytes()
    assert 10_000_000 <= len(big) < pipeline.MAX_CHARS  # so the documented behaviour is: processed
    gdf = extract(big, published="2019-03-02")
    assert not any("too large" in r for r in reasons(gdf))
    once = extract(_seed_text(), published="2019-03-02")
    assert len(once) > 0
    # repeating the article repeats nothing: the same places come out
    assert set(gdf["location"]) == set(once["location"])
    # How long it takes is measured in benchmarks/bench_scaling.py, not asserted here.


def test_document_over_max_chars_is_refused_with_reason(monkeypatch):
    big = _ten_megabytes()
    monkeypatch.setattr(pipeline, "MAX_CHARS", len(big) - 1)
    gdf = extract(big)
    assert len(gdf) == 0
    assert_schema(gdf)
    (reason,) = reasons(gdf)
    assert reason.startswith(f"document too large: {len(big):,} characters (limit {len(big) - 1:,})")
    assert ".jsonl" in reason  # says what to do
    m = mentions(big)
    assert len(m) == 0 and m.attrs["problems"][0]["reason"] == reason


def test_real_max_chars_refusal_is_cheap(monkeypatch):
    big = "Shelling hit Idlib. " * (pipeline.MAX_CHARS // 20 + 1)

    def no_work(*args, **kwargs):
        raise AssertionError("a refused document must not be cleaned or split")

    monkeypatch.setattr(pipeline, "clean", no_work)
    monkeypatch.setattr(pipeline, "read_blocks", no_work)  # sentences and all after them
    gdf = extract(big)
    assert len(gdf) == 0 and reasons(gdf)[0].startswith("document too large")


# ---------------------------------------------------------------- unknown places
UNKNOWN = "Three civilians were killed in the village of Qzxwvabad on Monday."


def test_unknown_place_after_strong_cue_is_an_unresolved_mention():
    m = mentions(UNKNOWN, published="2019-05-14")
    row = m[m["mention"] == "Qzxwvabad"]
    assert len(row) == 1, m[["mention", "status"]]
    r = row.iloc[0]
    assert r["status"] == "unresolved"
    assert UNKNOWN[r["start"]:r["end"]] == "Qzxwvabad"
    assert r["sentence"] == UNKNOWN
    assert isinstance(r["candidates"], list)
    assert r["reason"] and r["place_id"] is None and r["geometry"] is None
    assert r["cue"] == "village"


def test_unresolved_near_miss_lists_candidates():
    m = mentions("Three civilians were killed in the town of Khan Shaykhoon on Monday.", published="2019-05-14")
    cands = m["candidates"].iloc[0]
    assert cands and {"place_id", "name", "kind", "admin1", "score"} <= set(cands[0])
    assert any(c["place_id"] == "ocha:C3987" for c in cands)


def test_extract_reason_names_the_unresolved_place():
    gdf = extract(UNKNOWN, published="2019-05-14")
    assert len(gdf) == 0
    (reason,) = reasons(gdf)
    assert "Qzxwvabad" in reason or "unresolved" in reason


# ---------------------------------------------------------------- folders with bad files
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16


@pytest.fixture
def messy_folder(tmp_path):
    for p in SEEDS.iterdir():
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Two civilians were killed in shelling on Ariha on Monday.", "published": "2019-03-04", "id": "good1"}\n'
        '{"text": "broken\n'
        '\n'
        '{"text": "Shelling killed three people in Maarat al-Numan on Tuesday.", "published": "2019-03-05"}\n'
        '["a list, not an object"]\n',
        encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(BINARY)
    (tmp_path / "image.txt").write_bytes(BINARY)
    return tmp_path


def test_extract_many_folder_records_every_bad_item(messy_folder):
    gdf = extract_many(messy_folder)
    probs = gdf.attrs["problems"]
    by_where = {(Path(p["doc_id"]).name, p.get("line")): p["reason"] for p in probs}
    assert by_where[("feed.jsonl", 2)].startswith("malformed JSON")
    assert by_where[("feed.jsonl", 5)] == "expected a JSON object, got list"
    assert by_where[("blob.bin", None)].startswith("unsupported file type '.bin'")
    assert any(w[0].startswith("image-") for w in by_where)  # the binary .txt is read, gives nothing, and says so
    # 2 seeds + 2 good JSONL rows + image.txt
    assert gdf.attrs["documents"] == 5
    sources = {re.sub(r"-[0-9a-f]{8}", "", s) for ss in gdf["sources"] for s in ss}  # ids: "<stem>-<hash>"
    assert sources == {"000_a42484139c7b5036", "004_831b2c7d2466eedb", "good1", "feed:4"}
    assert "Ariha" in set(gdf["location"])


def test_binary_input_says_binary(messy_folder):
    assert "binary" in reasons(extract(BINARY))[0]
    gdf = extract_many(messy_folder / "image.txt")
    assert "binary" in reasons(gdf)[0]
