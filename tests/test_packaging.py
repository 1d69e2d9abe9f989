"""The wheel ships the built gazetteer and works installed, outside the checkout."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA_FILES = ["places.parquet", "names.parquet", "areas.parquet", "syria_gazetteer.gpkg",
              "regions.json", "CREDITS.md", "README.md"]


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=180, env=env, **kw)


def _clean_copy(dest: Path) -> Path:
    """The checkout as a fresh clone has it: tracked (and new, not ignored) files only.

    Building in place would let stale ``build/`` and ``*.egg-info`` from an editable install
    smuggle files into the wheel that a clean ``pip install .`` leaves out.
    """
    res = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO)
    if res.returncode != 0:
        pytest.skip("not a git checkout")
    for rel in filter(None, res.stdout.split("\0")):
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    src = _clean_copy(tmp_path_factory.mktemp("clone"))
    base = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, src]
    # Offline first: build with the setuptools already installed; fall back to an
    # isolated build (pip fetches setuptools from the configured index).
    res = _run(base[:4] + ["--no-build-isolation"] + base[4:])
    if res.returncode != 0:
        res = _run(base)
    assert res.returncode == 0, res.stdout + res.stderr
    wheels = list(out.glob("geoincidents-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _tracked_package_files() -> list[str]:
    """Every file of the package that git tracks: what a user's install must contain."""
    res = _run(["git", "ls-files", "geoincidents"], cwd=REPO)
    if res.returncode != 0:  # not a git checkout (an sdist): fall back to the tree
        return sorted(str(p.relative_to(REPO)) for p in (REPO / "geoincidents").rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts)
    return res.stdout.split()


@pytest.mark.slow
def test_wheel_contains_every_package_file_and_the_gazetteer(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [f for f in DATA_FILES if f"geoincidents/data/{f}" not in names]
    assert not missing, f"gazetteer files not in the wheel: {missing}"
    missing = [f for f in _tracked_package_files() if f not in names]
    assert not missing, f"package files not in the wheel (pip users would crash without them): {missing}"


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed as users install it (not editable); its bin/ dir.

    Dependencies come from the development venv through a plain path line appended *after*
    the new site-packages: ``.pth`` files there (the editable-install finder) are NOT processed,
    so the repository checkout cannot shadow the installed wheel.
    """
    venv = tmp_path_factory.mktemp("venv")
    res = _run([sys.executable, "-m", "venv", venv])
    assert res.returncode == 0, res.stderr
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / ("python.exe" if os.name == "nt" else "python")
    site = Path(_run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "_deps_from_dev_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # The venv's own pip, as a user runs it: the console script gets the venv's interpreter.
    res = _run([py, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel])
    assert res.returncode == 0, res.stdout + res.stderr
    return bindir


_PUBLIC_SURFACE = """
import json, pathlib, sys
import geoincidents
from geoincidents.gazetteer.store import data_dir

venv = pathlib.Path(sys.prefix).resolve()
# The installed copy runs, with its own data, not the checkout.
assert pathlib.Path(geoincidents.__file__).resolve().is_relative_to(venv), geoincidents.__file__
assert data_dir().resolve().is_relative_to(venv), data_dir()
assert (data_dir() / "CREDITS.md").is_file()

seeds = pathlib.Path(sys.argv[1])
files = sorted(seeds.glob("*.txt"))
out = {}
out["lookup"] = geoincidents.lookup("Idlib")[0].pcode
out["geocode"] = geoincidents.GazetteerGeocoder().geocode("Khan Sheikhoun").raw["pcode"]
one = geoincidents.extract(files[0].read_text(encoding="utf-8"), published="2017-09-26")
out["extract"] = len(one)
out["extract_fatalities"] = int(one["fatalities"].fillna(0).sum())
many = geoincidents.extract_many(files)
out["extract_many"] = len(many)
out["extract_many_docs"] = many.attrs["documents"]
ment = geoincidents.mentions(files[0].read_text(encoding="utf-8"), published="2017-09-26")
out["mentions"] = int((ment["status"] == "resolved").sum())
out["mentions_many"] = len(geoincidents.mentions_many(files))
m = geoincidents.incident_map(many, title="Seeds")
html = pathlib.Path(sys.argv[2]) / "api_map.html"
geoincidents.save_map(m, html, offline=True)
page = html.read_text(encoding="utf-8")
out["map_bytes"] = len(page)
out["map_has_cdn"] = "cdn.jsdelivr.net" in page or "unpkg.com" in page
print(json.dumps(out))
"""


@pytest.mark.slow
def test_installed_wheel_runs_the_whole_public_api(installed, tmp_path):
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    res = _run([installed / "python", "-I", "-c", _PUBLIC_SURFACE, REPO / "seeds", tmp_path], cwd=cwd)
    assert res.returncode == 0, res.stdout + res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["lookup"] == "C3871" and out["geocode"] == "C3987"
    assert out["extract"] >= 3 and out["extract_fatalities"] >= 42      # the first seed's 42 killed
    assert out["extract_many"] >= out["extract"] and out["extract_many_docs"] == 2
    assert out["mentions"] >= 3 and out["mentions_many"] >= out["mentions"]
    assert out["map_bytes"] > 100_000 and not out["map_has_cdn"]      # offline: assets inlined


@pytest.mark.slow
def test_installed_console_script_runs_every_command(installed, tmp_path):
    exe = installed / "geoincidents"
    seeds = REPO / "seeds"
    res = _run([exe, "geocode", "Jisr al-Shugour", "خان شيخون", "--json"], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    first = json.loads(res.stdout.splitlines()[0])
    assert first[0]["admin1_pcode"] == "SY07"

    res = _run([exe, "extract", seeds, "-o", tmp_path / "seeds.gpkg"], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    import geopandas as gpd
    gdf = gpd.read_file(tmp_path / "seeds.gpkg")
    assert len(gdf) >= 3 and "evidence" in gdf.columns

    res = _run([exe, "extract", seeds], cwd=tmp_path)              # GeoJSON on stdout
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["type"] == "FeatureCollection"

    res = _run([exe, "extract", seeds, "--mentions"], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    statuses = {f["properties"]["status"] for f in json.loads(res.stdout)["features"]}
    assert "resolved" in statuses

    res = _run([exe, "map", seeds, "-o", tmp_path / "m.html", "--offline"], cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "m.html").stat().st_size > 100_000

    res = _run([installed / "python", "-m", "geoincidents", "geocode", "Idlib"], cwd=tmp_path)
    assert res.returncode == 0 and "Idleb" in res.stdout, res.stdout + res.stderr
