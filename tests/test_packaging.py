"""The wheel ships the built gazetteer and works installed, outside the checkout."""
from __future__ import annotations

import os
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


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    base = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, REPO]
    # Offline first: build with the setuptools/wheel already installed; fall back to an
    # isolated build (pip fetches setuptools>=68 and wheel from the configured index).
    res = _run(base[:4] + ["--no-build-isolation"] + base[4:])
    if res.returncode != 0:
        res = _run(base)
    assert res.returncode == 0, res.stdout + res.stderr
    wheels = list(out.glob("geoincidents-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.mark.slow
def test_wheel_contains_gazetteer(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [f for f in DATA_FILES if f"geoincidents/data/{f}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert "geoincidents/gazetteer/store.py" in names
    assert "geoincidents/geocoder.py" in names


@pytest.mark.slow
def test_installed_wheel_uses_packaged_data(wheel, tmp_path):
    venv = tmp_path / "venv"
    res = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert res.returncode == 0, res.stderr
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # Dependencies come from the development venv, appended *after* the new site-packages
    # by a plain path line: .pth files there (the editable-install finder) are NOT processed,
    # so the repository checkout cannot shadow the installed wheel.
    (site / "_deps_from_dev_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    res = _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                "--target", site, wheel])
    assert res.returncode == 0, res.stdout + res.stderr

    script = (
        "import geoincidents, pathlib\n"
        "from geoincidents.gazetteer.store import data_dir\n"
        f"venv = pathlib.Path({str(venv)!r}).resolve()\n"
        "assert pathlib.Path(geoincidents.__file__).resolve().is_relative_to(venv), geoincidents.__file__\n"
        "assert 'site-packages' in str(data_dir()), data_dir()\n"
        "assert data_dir().resolve().is_relative_to(venv), data_dir()\n"
        "assert (data_dir() / 'CREDITS.md').is_file()\n"
        "print(geoincidents.lookup('Idlib')[0].pcode)\n"
        "print(geoincidents.GazetteerGeocoder().geocode('Khan Sheikhoun').raw['pcode'])\n"
    )
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    res = _run([py, "-I", "-c", script], cwd=cwd)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.split() == ["C3871", "C3987"]
