"""Shared test helpers for the map tests: boundary fixtures, sample incidents, headless Chromium.

Boundaries come from the bundled gazetteer, as in the library.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geoincidents.schema import incidents_frame

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOSTILE = ("<img src=x onerror=alert(1)> <script>alert(2)</script> \"dq\" 'sq' `bt` "
           "</script><script>alert(3)</script> ${alert(4)} &amp; done")


@functools.lru_cache(maxsize=1)
def ocha_boundaries() -> dict[int, gpd.GeoDataFrame]:
    """Levels 1-3 of the bundled gazetteer (OCHA COD-AB, simplified): what users' maps draw."""
    from geoincidents import Gazetteer

    gaz = Gazetteer.default()
    return {level: gaz.admin_areas(level) for level in (1, 2, 3)}


def sample_incidents() -> gpd.GeoDataFrame:
    """Four realistic Idlib incidents (precision 1, 1, 2, 3) and one hostile row."""
    base = dict(event_type="Explosions/Remote violence", source="seed", published=dt.date(2020, 2, 28),
                admin1="Idleb", admin1_pcode="SY07", where_prec=1, location_confidence=0.9)
    rows = [
        dict(base, incident_id="inc-mardikh", doc_id="d1", sub_event_type="Air/drone strike", weapons=["missiles"],
             actor1="Russia", fatalities=12, fatalities_text="12 people", victims={"civilians": 12},
             date_start=dt.date(2020, 2, 27), date_end=dt.date(2020, 2, 27), time_precision=1, date_text="on Thursday",
             location="Mardikh", location_mention="Mardikh", pcode="C4047", admin2="Idleb", admin2_pcode="SY0700",
             feature_type="village", geo_precision=1, attribution="Civil Defense",
             evidence="Russian warplanes struck Mardikh on Thursday, killing 12 people.",
             source_url="https://example.org/news/mardikh", geometry=shapely.Point(36.79071, 35.8111)),
        dict(base, incident_id="inc-jisr", doc_id="d2", sub_event_type="Shelling/artillery/missile attack",
             weapons=["artillery"], actor1="Syrian government", fatalities=2, fatalities_text="two civilians",
             victims={"civilians": 2}, date_start=dt.date(2020, 2, 20), date_end=dt.date(2020, 2, 22), time_precision=2,
             location="Jisr ash-Shughur", location_mention="Jisr al-Shugour", admin2="Jisr-Ash-Shugur",
             admin2_pcode="SY0703", feature_type="city", geo_precision=1,
             evidence="Two civilians were killed in Jisr al-Shugour since Sunday.",
             source_url="https://example.org/news/jisr", geometry=shapely.Point(36.31488, 35.81427)),
        dict(base, incident_id="inc-qardaha", doc_id="d3", sub_event_type="Shelling/artillery/missile attack",
             event_type="Explosions/Remote violence", fatalities=None, date_start=dt.date(2020, 2, 10),
             date_end=dt.date(2020, 2, 10), time_precision=1, location="Qardaha", location_mention="near Qardaha",
             admin1="Lattakia", admin1_pcode="SY06", admin2="Jablah", admin2_pcode="SY0602", feature_type="town",
             geo_precision=2, evidence="Shells fell near Qardaha.", geometry=shapely.Point(36.05109, 35.45392)),
        dict(base, incident_id="inc-idleb-gov", doc_id="d4", sub_event_type="Air/drone strike", fatalities=42,
             fatalities_low=42, fatalities_text="At least 42", date_start=dt.date(2020, 2, 1), date_end=dt.date(2020, 2, 29),
             time_precision=3, location="Idleb", location_mention="Idlib province", pcode="SY07",
             feature_type="governorate", geo_precision=3,
             evidence="At least 42 people were killed in air strikes across Idlib province in February.",
             geometry=shapely.Point(36.6, 35.9)),
        dict(base, incident_id="inc-hostile", doc_id=HOSTILE, sub_event_type=HOSTILE, event_type=HOSTILE,
             weapons=[HOSTILE], actor1=HOSTILE, fatalities=3, fatalities_text=HOSTILE, victims={HOSTILE: 1},
             date_start=dt.date(2020, 2, 15), date_end=dt.date(2020, 2, 15), time_precision=1, date_text=HOSTILE,
             location=HOSTILE, location_mention=HOSTILE, pcode=HOSTILE, admin2=HOSTILE, admin2_pcode="SY0700",
             attribution=HOSTILE, geo_precision=1, source=HOSTILE, source_title=HOSTILE,
             source_url="javascript:alert(5)", evidence=HOSTILE, geometry=shapely.Point(36.63, 35.93)),
    ]
    return incidents_frame(rows)


def chromium_or_skip() -> str:
    """Path to Chromium; in CI (``CI=true``) a missing browser fails instead of skipping."""
    if os.path.exists(CHROMIUM) or shutil.which("chromium"):
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail("playwright is not installed; browser tests must run in CI")
            pytest.skip("playwright python package not installed")
        return CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    msg = f"headless Chromium not found at {CHROMIUM} (Debian package 'chromium')"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg + "; browser tests must run in CI")
    pytest.skip(msg)
