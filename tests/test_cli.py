"""The real command line, run as a subprocess from a scratch folder: ``python -m geoincidents.cli``."""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from geoincidents.schema import ALL_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PLACE_FIELDS = ["place_id", "name", "name_ar", "kind", "lat", "lon", "pcode", "admin1", "admin1_pcode", "admin2",
                "admin2_pcode", "admin3", "admin3_pcode", "population", "score"]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geoincidents.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def assert_clean_failure(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode != 0, out
    assert "Traceback" not in out.stderr + out.stdout
    for w in words:
        assert w in out.stderr, out.stderr


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def extracted(scratch):
    return cli("extract", SEEDS, cwd=scratch)


# ---------------------------------------------------------------- geocode
def test_geocode_table_latin_and_arabic(scratch):
    out = cli("geocode", "Khan Sheikhoun", "خان شيخون", cwd=scratch)
    assert out.returncode == 0, out.stderr
    blocks = out.stdout.split("خان شيخون:")
    assert blocks[0].startswith("Khan Sheikhoun:") and "C3987" in blocks[0]
    assert len(blocks) == 2 and "C3987" in blocks[1]
    assert "Khan Shaykun" in out.stdout and "Idleb" in out.stdout


def test_geocode_json_one_array_per_name(scratch):
    out = cli("geocode", "--json", "Mardikh", "Saraqeb", cwd=scratch)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 2
    arrays = [json.loads(line) for line in lines]
    assert all(isinstance(a, list) and a for a in arrays)
    for place in arrays[0] + arrays[1]:
        assert set(PLACE_FIELDS) <= set(place)
        assert isinstance(place["lat"], float) and isinstance(place["lon"], float)
        assert 0 <= place["score"] <= 1
    top = arrays[0][0]
    assert (top["name"], top["pcode"], top["admin1"], top["admin3"]) == ("Mardikh", "C3930", "Idleb", "Saraqab")
    assert arrays[1][0]["pcode"] == "C3916"


def test_geocode_limit(scratch):
    out = cli("geocode", "--json", "--limit", "1", "Ariha", "Kafr", cwd=scratch)
    assert [len(json.loads(line)) for line in out.stdout.splitlines()] == [1, 1]
    table = cli("geocode", "--limit", "2", "Kafr", cwd=scratch)
    assert len([line for line in table.stdout.splitlines() if line.startswith("  ")]) == 2


def test_geocode_admin1_biases_ranking(scratch):
    def top(*extra):
        out = cli("geocode", "--json", "--limit", "3", *extra, "Kafr", cwd=scratch)
        return json.loads(out.stdout)[0]["admin1"]

    assert top("--admin1", "As-Sweida") == "As-Sweida"
    assert top("--admin1", "SY13") == "As-Sweida"  # P-code works too
    assert top("--admin1", "Aleppo") == "Aleppo"


def test_geocode_no_match_says_so(scratch):
    out = cli("geocode", "Qzxwvabad", cwd=scratch)
    assert out.returncode == 1 and "(no match)" in out.stdout and "Traceback" not in out.stderr


def test_geocode_too_long_name_is_a_clean_error(scratch):
    out = cli("geocode", "x" * 300, cwd=scratch)
    assert_clean_failure(out, "geoincidents geocode:", "300 characters")


@pytest.mark.parametrize("name", ["", "   "])
def test_geocode_empty_name_no_traceback(scratch, name):
    out = cli("geocode", name, cwd=scratch)
    assert out.returncode != 0 and "Traceback" not in out.stderr + out.stdout


@pytest.mark.parametrize("json_flag", [(), ("--json",)])
def test_geocode_empty_name_says_empty(scratch, json_flag):
    out = cli("geocode", *json_flag, "", cwd=scratch)
    assert_clean_failure(out, "empty")


def test_geocode_unknown_admin1_is_an_error(scratch):
    out = cli("geocode", "--admin1", "Narnia", "Ariha", cwd=scratch)
    assert_clean_failure(out, "Narnia")


# ---------------------------------------------------------------- extract
def test_extract_prints_geojson_with_schema_columns(extracted):
    assert extracted.returncode == 0, extracted.stderr
    fc = json.loads(extracted.stdout)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) > 0
    for f in fc["features"]:
        assert f["type"] == "Feature"
        assert set(ALL_COLUMNS) <= set(f["properties"])
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38  # Syria, lon/lat order
    assert {f["properties"]["doc_id"].rsplit("-", 1)[0] for f in fc["features"]} == {p.stem for p in SEEDS.glob("*.txt")}
    m = re.search(r"documents read: (\d+); incidents: (\d+)", extracted.stderr)
    assert m and int(m.group(1)) == 2 and int(m.group(2)) == len(fc["features"])
    assert "Traceback" not in extracted.stderr


def test_extract_single_file_and_published(scratch, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Two civilians were killed in regime shelling on Ariha on Monday.", encoding="utf-8")
    out = cli("extract", p, "--published", "2019-03-05", cwd=scratch)
    (feat,) = json.loads(out.stdout)["features"]
    assert feat["properties"]["location"] == "Ariha" and feat["properties"]["date_start"] == "2019-03-04"


@pytest.mark.parametrize("ext", ["gpkg", "parquet", "csv", "geojson"])
def test_extract_writes_real_files(scratch, extracted, ext):
    out = cli("extract", SEEDS, "-o", f"out.{ext}", cwd=scratch)
    assert out.returncode == 0, out.stderr
    path = scratch / f"out.{ext}"
    assert path.is_file() and path.stat().st_size > 0
    assert f"written to out.{ext}" in out.stderr and out.stdout == ""
    n = len(json.loads(extracted.stdout)["features"])
    if ext == "gpkg":
        with sqlite3.connect(path) as db:
            assert db.execute("select count(*) from incidents").fetchone()[0] == n
    elif ext == "parquet":
        assert path.read_bytes()[:4] == b"PAR1"
        import geopandas as gpd
        assert len(gpd.read_parquet(path)) == n
    elif ext == "csv":
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert {"lon", "lat", "location", "fatalities"} <= set(header)
    else:
        assert len(json.loads(path.read_text(encoding="utf-8"))["features"]) == n


def test_extract_mentions(scratch, tmp_path):
    (tmp_path / "unknown.txt").write_text("Three civilians were killed in the village of Qzxwvabad on Monday.",
                                          encoding="utf-8")
    out = cli("extract", "--mentions", SEEDS, tmp_path, cwd=scratch)
    assert out.returncode == 0, out.stderr
    feats = json.loads(out.stdout)["features"]
    assert feats and all({"status", "is_incident_location", "mention", "start", "end"} <= set(f["properties"])
                         for f in feats)
    assert any(f["properties"]["is_incident_location"] for f in feats)
    unresolved = [f for f in feats if f["properties"]["status"] == "unresolved"]
    assert [f["properties"]["mention"] for f in unresolved] == ["Qzxwvabad"]
    assert unresolved[0]["geometry"] is None
    m = re.search(r"documents read: (\d+); mentions: (\d+); unresolved mentions: (\d+)", out.stderr)
    assert m and m.groups() == ("3", str(len(feats)), "1")


def test_extract_mentions_to_file(scratch):
    out = cli("extract", "--mentions", SEEDS, "-o", "mentions.geojson", cwd=scratch)
    assert out.returncode == 0, out.stderr
    feats = json.loads((scratch / "mentions.geojson").read_text(encoding="utf-8"))["features"]
    assert feats and "status" in feats[0]["properties"]


def test_extract_reports_problem_documents(scratch, tmp_path):
    (tmp_path / "fr.txt").write_text("Au moins douze civils ont été tués dans des frappes sur la ville de Saraqeb, "
                                     "dans la province d'Idleb, selon les Casques blancs et les secours.",
                                     encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    out = cli("extract", tmp_path, cwd=scratch)
    assert out.returncode == 0 and json.loads(out.stdout)["features"] == []
    assert "documents read: 1; incidents: 0" in out.stderr
    assert re.search(r"fr-[0-9a-f]{8}: not English", out.stderr) and "notes.md: unsupported file type '.md'" in out.stderr


# ---------------------------------------------------------------- map
class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.refs.append(a["src"])
        if tag == "link" and a.get("href"):
            self.refs.append(a["href"])


def test_map_offline_is_self_contained(scratch):
    out = cli("map", SEEDS, "-o", "x.html", "--offline", cwd=scratch)
    assert out.returncode == 0, out.stderr
    page = (scratch / "x.html").read_text(encoding="utf-8")
    assert len(page) > 10_000 and "map written to" in out.stderr
    parser = _Assets()
    parser.feed(page)
    external = [r for r in parser.refs if not r.startswith("data:")]
    assert external == [], external[:5]
    assert not re.search(r"<(script|link)\b[^>]*(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("command", [["extract"], ["map", "-o", "m.html"]])
def test_nonexistent_path_is_a_clean_error(scratch, command):
    out = cli(*command, "/nonexistent/articles", cwd=scratch)
    assert_clean_failure(out, "no such file or folder: /nonexistent/articles")


def test_mentions_nonexistent_path_is_a_clean_error(scratch):
    out = cli("extract", "--mentions", "/nonexistent/articles", cwd=scratch)
    assert_clean_failure(out, "no such file or folder")


@pytest.mark.parametrize("mentions_flag", [(), ("--mentions",)])
def test_unknown_output_extension(scratch, mentions_flag):
    out = cli("extract", *mentions_flag, SEEDS, "-o", "out.shp", cwd=scratch)
    assert_clean_failure(out, "cannot write 'out.shp'", ".gpkg")
    assert not (scratch / "out.shp").exists()


def test_bad_published_date_is_a_clean_error(scratch):
    out = cli("extract", SEEDS, "--published", "next week", cwd=scratch)
    assert_clean_failure(out, "YYYY-MM-DD")


def test_console_script_is_installed(scratch):
    exe = Path(sys.executable).with_name("geoincidents")
    if not exe.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    out = subprocess.run([str(exe), "--help"], cwd=scratch, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and all(c in out.stdout for c in ("geocode", "extract", "map"))
