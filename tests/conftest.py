"""Shared test helpers: locating ../shared (read in place) and requiring it on CI."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOINCIDENTS_SHARED", ROOT.parent / "shared"))


def require(path: Path) -> Path:
    """``path`` if it exists; otherwise skip locally and fail on CI (CI=true)."""
    if path.exists():
        return path
    msg = f"{path} is missing (the project's shared folder, read in place)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg + " -- required on CI")
    pytest.skip(msg)


@pytest.fixture(scope="session")
def gaz():
    """The bundled gazetteer (loaded once per process)."""
    from geoincidents import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads(require(SHARED / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_incidents():
    """Incidents of both seed articles, read from the repository's seeds/ with their sidecars."""
    from geoincidents import read_documents
    from geoincidents.pipeline import extract

    out = {}
    for doc in read_documents(ROOT / "seeds"):
        out[Path(doc.path).stem] = extract(doc)  # doc_id is "<stem>-<hash>"
    return out
