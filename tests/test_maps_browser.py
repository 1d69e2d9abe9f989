"""Offline maps in a real browser: headless Chromium (one per module) with every non-file request blocked.

Proves: the self-contained file needs no network, nothing in hostile text executes and it shows
literally, the expected number of incident features is drawn, popups, layer control, time slider
and place search work. Screenshots go to ``artifacts/maps/``.
"""
from __future__ import annotations

import datetime as dt
import random

import pytest
import shapely

from browser import ARTIFACTS, HOSTILE, chromium, ocha_boundaries, open_page, sample_incidents  # noqa: F401
from geoincidents.maps import incident_map, save_map
from geoincidents.schema import incidents_frame

pytestmark = pytest.mark.browser
OUT = ARTIFACTS / "maps"


def close_popup(page) -> None:
    """Click an empty spot of the map (west of Syria): Leaflet closes the open popup."""
    page.mouse.click(120, 420)
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)


def _count(page, selector: str) -> int:
    return page.eval_on_selector_all(selector, "els => els.length")


def test_offline_map_in_browser(chromium):  # noqa: F811 (fixture)
    path = save_map(sample_incidents(), OUT / "idlib_offline.html", offline=True,
                    boundaries=ocha_boundaries(), title="Idlib, February 2020")
    p = open_page(chromium, path)
    page = p.page
    try:
        # 4 point incidents (precision 1, 1, 2 and the hostile row) + 1 governorate outline with its badge.
        assert _count(page, ".leaflet-marker-pane .gi-incident") == 4
        assert _count(page, ".leaflet-marker-pane .gi-prec2 .gi-halo") == 1
        assert _count(page, "path.gi-region") == 1
        assert page.eval_on_selector_all(".gi-area-badge", "els => els.map(e => e.textContent)") == ["1"]
        legend = page.inner_text(".gi-legend")
        assert "5 incidents drawn" in legend
        assert "1 region only" in legend
        # The offline basemap (boundaries) is the active base layer and draws labels.
        assert _count(page, ".leaflet-tile") == 0
        assert "Idleb" in page.text_content(".leaflet-gi-labels-pane")

        # Popup of the hostile incident: text literal, nothing injected, no javascript: link.
        page.click('[data-incident="inc-hostile"]')
        popup = page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        text = popup.inner_text()
        assert HOSTILE.replace("&amp;", "&amp;") in text  # shown exactly as written
        assert "javascript:alert(5)" in text
        assert popup.eval_on_selector_all("img, script, iframe", "els => els.length") == 0
        assert popup.eval_on_selector_all("a", "els => els.length") == 0
        page.wait_for_timeout(200)
        page.screenshot(path=str(OUT / "idlib_offline_popup.png"))
        close_popup(page)

        # A normal popup: evidence, words of the count, source link (http only).
        page.click('[data-incident="inc-mardikh"]')
        popup = page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        text = popup.inner_text()
        assert "Russian warplanes struck Mardikh" in text and "12 people" in text and "C4047" in text
        assert popup.eval_on_selector_all('a[href="https://example.org/news/mardikh"]', "els => els.length") == 1
        close_popup(page)

        # Tooltip of the hostile marker shows the text literally.
        page.hover('[data-incident="inc-hostile"]')
        tip = page.wait_for_selector(".leaflet-tooltip:not(.gi-label)", timeout=5000)
        assert "<img src=x onerror=alert(1)>" in tip.inner_text()
        page.mouse.move(5, 5)

        # Layer control: incidents off/on, heat map on, choropleth on (with its legend).
        def toggle(label_part: str) -> None:
            page.locator(".leaflet-control-layers-overlays label", has_text=label_part).locator("input").click()
            page.wait_for_timeout(200)

        toggle("Incidents (5)")
        assert _count(page, ".gi-incident, .gi-area-badge") == 0
        toggle("Incidents (5)")
        assert _count(page, ".gi-incident, .gi-area-badge") == 5
        toggle("Heat map")
        assert _count(page, "canvas.leaflet-heatmap-layer") == 1
        toggle("Heat map")
        assert _count(page, "canvas.leaflet-heatmap-layer") == 0
        toggle("Fatalities by district")
        assert "Fatalities by district" in page.inner_text(".leaflet-control-container")
        toggle("Boundaries")

        # Time slider: one day, 2020-02-27 -> Mardikh and the month-long governorate report.
        page.select_option(".gi-window", "1")
        day = (dt.date(2020, 2, 27) - dt.date(1970, 1, 1)).days
        page.eval_on_selector(".gi-range", f"(el) => {{ el.value = {day}; el.dispatchEvent(new Event('input')); }}")
        page.wait_for_timeout(200)
        assert _count(page, ".gi-incident") == 1
        assert page.eval_on_selector_all(".gi-area-badge", "els => els.map(e => e.textContent)") == ["1"]
        assert "27 Feb 2020: 2 of 5 incidents" in page.inner_text(".gi-timelabel")
        page.select_option(".gi-window", "all")
        page.wait_for_timeout(200)
        assert _count(page, ".gi-incident, .gi-area-badge") == 5
        page.screenshot(path=str(OUT / "idlib_offline.png"))
        toggle("Fatalities by district")

        # Place search: suggestions are text, hostile names included.
        page.click(".leaflet-control-search .search-button")
        page.locator(".leaflet-control-search input").press_sequentially("<img", delay=30)
        page.wait_for_selector(".search-tip", timeout=5000)
        assert "<img src=x onerror=alert(1)>" in page.inner_text(".search-tooltip")
        assert _count(page, ".search-tooltip img") == 0
        page.fill(".leaflet-control-search input", "")
        page.locator(".leaflet-control-search input").press_sequentially("Mardi", delay=30)
        page.locator(".search-tip", has_text="Mardikh").first.click()
        page.wait_for_timeout(800)
        center = page.evaluate("() => { for (const k in window) { if (k.startsWith('map_') && window[k] && window[k].getCenter) return window[k].getCenter(); } }")
        assert abs(center["lat"] - 35.8111) < 0.01 and abs(center["lng"] - 36.79071) < 0.01
        page.screenshot(path=str(OUT / "idlib_offline_search.png"))

        assert p.problems() == {}
        assert p.dialogs == []
    finally:
        p.close()


def test_clustered_map_counts_every_incident(chromium):  # noqa: F811
    rng = random.Random(7)
    n = 2000
    rows = [
        {"incident_id": f"s{i}", "sub_event_type": rng.choice(["Air/drone strike", "Armed clash", "Attack"]),
         "fatalities": rng.choice([None, 0, 1, 3, 12]), "geo_precision": rng.choice([1, 1, 2]),
         "location": f"Place {i}", "evidence": f"Sentence {i} <b>not bold</b>",
         "date_start": dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(60)),
         "geometry": shapely.Point(rng.uniform(36.2, 37.0), rng.uniform(35.5, 36.3))}
        for i in range(n)
    ]
    m = incident_map(incidents_frame(rows), boundaries=ocha_boundaries(), offline=True)
    path = save_map(m, OUT / "idlib_clustered_offline.html", offline=True)
    p = open_page(chromium, path, ready=".marker-cluster")
    try:
        page = p.page
        clustered = page.eval_on_selector_all(".marker-cluster span", "els => els.reduce((s, e) => s + parseInt(e.textContent, 10), 0)")
        single = _count(page, ".leaflet-marker-pane .gi-incident")
        assert clustered + single == n
        assert "2,000 incidents drawn" in page.inner_text(".gi-legend")
        page.screenshot(path=str(OUT / "idlib_clustered_offline.png"))
        assert p.problems() == {}
    finally:
        p.close()


def test_many_region_only_incidents_share_one_outline(chromium):  # noqa: F811
    """400 governorate-level incidents: the area is drawn once (outline and a "400" badge) and its
    popup lists every one of them, so none is hidden under another."""
    rows = [
        {"incident_id": f"r{i}", "sub_event_type": "Air/drone strike", "geo_precision": 3, "fatalities": i % 5,
         "admin1": "Idleb", "admin1_pcode": "SY07", "location": "Idleb", "evidence": f"Sentence {i}",
         "date_start": dt.date(2020, 1, 1) + dt.timedelta(days=i % 90), "geometry": shapely.Point(36.63, 35.93)}
        for i in range(400)
    ]
    path = save_map(incidents_frame(rows), OUT / "idlib_regions_offline.html", offline=True,
                    boundaries=ocha_boundaries())
    p = open_page(chromium, path, ready=".gi-area-badge")
    try:
        page = p.page
        assert _count(page, "path.gi-region") == 1
        assert page.eval_on_selector_all(".gi-area-badge", "els => els.map(e => e.textContent)") == ["400"]
        page.click(".gi-area-badge span")
        page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        ids = page.eval_on_selector_all(".gi-area-item", "els => els.map(e => e.getAttribute('data-incident'))")
        assert sorted(ids) == sorted(f"r{i}" for i in range(400))
        # Sorted by date: the first listed is from 1 January.
        assert page.text_content(".gi-area-item summary").startswith("2020-01-01")
        assert "400 incidents drawn" in page.inner_text(".gi-legend")
        page.screenshot(path=str(OUT / "idlib_regions_offline.png"))
        assert p.problems() == {}
    finally:
        p.close()
