"""Published maps on a phone and a laptop: headless Chromium at 390x844 and 1280x800, network blocked.

For the seed demo (both seed articles, as ``make demo`` maps them) and a 5,000-incident map: no
request leaves the file, no console error, every incident is reachable by clicking, no control
covers another, place labels are drawn; the date window filters every incident layer, and the
search finds places by any spelling the gazetteer knows. Screenshots go to ``artifacts/maps/``.
"""
from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest
import shapely

from browser import ARTIFACTS, CONTROL_BOXES, chromium, open_page, overlaps  # noqa: F401 (fixture)
from geoincidents.maps import save_map
from geoincidents.schema import incidents_frame

pytestmark = pytest.mark.browser
OUT = ARTIFACTS / "maps"
SIZES = {"phone": (390, 844), "laptop": (1280, 800)}
MAP = "Object.values(window).find(v => v instanceof L.Map)"


@pytest.fixture(scope="module")
def seed_map(seed_incidents):
    gdf = pd.concat(list(seed_incidents.values()), ignore_index=True)
    path = save_map(gdf, OUT / "seed_demo_offline.html", offline=True, title="Idlib incidents (seed articles)")
    return path, set(gdf["incident_id"])


@pytest.fixture(scope="module")
def big_map():
    rng = random.Random(3)
    rows = [
        {"incident_id": f"b{i}", "sub_event_type": rng.choice(["Air/drone strike", "Armed clash", "Attack"]),
         "fatalities": rng.choice([None, 0, 1, 3, 12]), "geo_precision": rng.choice([1, 1, 1, 2, 3]),
         "admin1": "Idleb", "admin1_pcode": "SY07", "admin2_pcode": rng.choice(["SY0700", "SY0701", "SY0702"]),
         "location": f"Place {i % 700}", "evidence": f"Sentence {i} <b>not bold</b>",
         "date_start": dt.date(2019, 5, 1) + dt.timedelta(days=rng.randrange(365)),
         "geometry": shapely.Point(rng.uniform(36.3, 36.9), rng.uniform(35.6, 36.2))}
        for i in range(5000)
    ]
    return save_map(incidents_frame(rows), OUT / "idlib_5000_offline.html", offline=True)


def _check_screen(page, name: str) -> None:
    """Controls inside the viewport and not covering each other; labels drawn."""
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    boxes = page.evaluate(CONTROL_BOXES)
    assert len(boxes) >= 5  # zoom, fullscreen, search, layers, legend, date window, scale, attribution
    assert overlaps(boxes) == [], name
    for b in boxes:
        assert b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["w"] <= width + 0.5 and b["y"] + b["h"] <= height + 0.5, (name, b)
    assert page.eval_on_selector_all(".leaflet-gi-labels-pane .gi-place", "els => els.length") > 0
    page.screenshot(path=str(OUT / f"{name}.png"))


def _close_popup(page) -> None:
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)


def _reachable(page) -> set[str]:
    """Ids of the incidents whose popup a click opens: each marker, and each entry of each area badge."""
    found: set[str] = set()
    ids = page.eval_on_selector_all(".leaflet-marker-pane .gi-incident", "els => els.map(e => e.getAttribute('data-incident'))")
    for inc in ids:
        # Centre the marker first: on a phone some markers start off screen.
        page.evaluate(f"""(id) => {{ const map = {MAP};
            map.eachLayer(l => {{ if (l.gi && l.gi.i === id) {{ map.setView(l.getLatLng(), map.getZoom(), {{animate: false}}); }} }}); }}""", inc)
        page.click(f'.leaflet-marker-pane .gi-incident[data-incident="{inc}"]')
        page.wait_for_selector(f'.leaflet-popup-content .gi-pop[data-incident="{inc}"]', timeout=5000)
        found.add(inc)
        _close_popup(page)
    codes = page.eval_on_selector_all(".gi-area-badge", "els => els.map(e => e.getAttribute('data-area'))")
    for code in codes:
        page.evaluate(f"""(code) => {{ const map = {MAP};
            map.eachLayer(l => {{ if (l.options && l.options.icon && l.options.icon.options.g === code) {{
                map.setView(l.getLatLng(), map.getZoom(), {{animate: false}}); }} }}); }}""", code)
        badge = page.locator(f'.gi-area-badge[data-area="{code}"] span')
        n = int(badge.text_content().replace(",", ""))
        badge.click()
        page.wait_for_selector(".leaflet-popup-content .gi-area-item", timeout=5000)
        listed = page.eval_on_selector_all(".leaflet-popup-content .gi-area-item",
                                           "els => els.map(e => e.getAttribute('data-incident'))")
        assert len(listed) == n
        # Each entry opens to its own details.
        page.locator(".leaflet-popup-content .gi-area-item summary").last.click()
        page.wait_for_selector(".leaflet-popup-content .gi-area-item .gi-pop", state="attached", timeout=5000)
        found |= set(listed)
        _close_popup(page)
    return found


@pytest.mark.parametrize("size", SIZES)
def test_seed_demo_every_incident_reachable(chromium, seed_map, size):  # noqa: F811
    path, ids = seed_map
    p = open_page(chromium, path, viewport=SIZES[size])
    page = p.page
    try:
        _check_screen(page, f"seed_demo_{size}")
        assert _reachable(page) == ids
        # Region-only incidents are outlines and count badges, not stacked fills.
        assert page.eval_on_selector_all("path.gi-region", "els => els.filter(e => e.getAttribute('fill') !== 'none').length") == 0
        assert p.problems() == {}
    finally:
        p.close()


def test_seed_demo_date_window_filters_every_layer(chromium, seed_map):  # noqa: F811
    path, _ = seed_map
    p = open_page(chromium, path, viewport=SIZES["laptop"])
    page = p.page
    try:
        def toggle(label: str) -> None:
            page.locator(".leaflet-control-layers-overlays label", has_text=label).locator("input").click()
            page.wait_for_timeout(200)

        def heat_points() -> int:
            return page.evaluate(f"() => {{ let n = -1; {MAP}.eachLayer(l => {{ if (l instanceof L.HeatLayer) n = l._latlngs.length; }}); return n; }}")

        def filled() -> int:
            return page.eval_on_selector_all('.leaflet-overlay-pane path[fill-opacity="0.7"]', "els => els.length")

        toggle("Heat map")
        toggle("Fatalities by district")
        all_heat, all_filled = heat_points(), filled()
        assert all_heat == 4 and all_filled >= 2
        # One day in 2019: Khan Shaykhun (no count) and no 2017 incident.
        day = (dt.date(2019, 2, 16) - dt.date(1970, 1, 1)).days
        page.select_option(".gi-window", "1")
        page.eval_on_selector(".gi-range", f"(el) => {{ el.value = {day}; el.dispatchEvent(new Event('input')); }}")
        page.wait_for_timeout(200)
        assert heat_points() == 1 and filled() == 0
        assert page.eval_on_selector_all(".leaflet-marker-pane .gi-incident", "els => els.length") == 1
        assert "16 Feb 2019" in page.inner_text(".gi-timelabel")
        # Play moves the window forward through the dates.
        page.select_option(".gi-window", "all")
        page.click(".gi-play")
        page.wait_for_timeout(1000)
        label = page.inner_text(".gi-timelabel")
        assert page.eval_on_selector(".gi-window", "el => el.value") == "7" and "2017" in label
        page.click(".gi-play")
        page.select_option(".gi-window", "all")
        page.wait_for_timeout(200)
        assert heat_points() == all_heat and filled() == all_filled
        assert p.problems() == {}
    finally:
        p.close()


def test_search_finds_any_known_spelling(chromium, seed_map):  # noqa: F811
    path, _ = seed_map
    p = open_page(chromium, path, viewport=SIZES["laptop"])
    page = p.page
    try:
        page.click(".leaflet-control-search .search-button")
        page.locator(".leaflet-control-search input").press_sequentially("Kafranbel", delay=20)
        page.wait_for_selector(".search-tip", timeout=5000)
        tips = page.eval_on_selector_all(".search-tip", "els => els.map(e => e.textContent)")
        assert any(t.startswith("Kafr Nobol (town") for t in tips), tips
        page.locator(".search-tip", has_text="Kafr Nobol (town").first.click()
        page.wait_for_timeout(800)
        zoom = page.evaluate(f"() => {MAP}.getZoom()")
        assert zoom >= 11
        # Zoomed in, villages are labelled too.
        assert page.eval_on_selector_all(".gi-place-village", "els => els.length") > 0
        assert p.problems() == {}
    finally:
        p.close()


@pytest.mark.parametrize("size", SIZES)
def test_5000_incidents_all_reachable(chromium, big_map, size):  # noqa: F811
    p = open_page(chromium, big_map, ready=".marker-cluster", viewport=SIZES[size])
    page = p.page
    try:
        _check_screen(page, f"idlib_5000_{size}")
        # Every incident is in a cluster (which zooms or spiderfies on click), a marker or an area list.
        clustered = page.eval_on_selector_all(".marker-cluster span", "els => els.reduce((s, e) => s + parseInt(e.textContent, 10), 0)")
        single = page.eval_on_selector_all(".leaflet-marker-pane .gi-incident", "els => els.length")
        badges = page.eval_on_selector_all(".gi-area-badge", "els => els.reduce((s, e) => s + parseInt(e.textContent.replace(',', ''), 10), 0)")
        assert clustered + single + badges == 5000
        page.locator(".gi-area-badge span").first.click()
        page.wait_for_selector(".leaflet-popup-content .gi-area-item", timeout=5000)
        assert "5,000 incidents drawn" in page.text_content(".gi-legend")
        assert p.problems() == {}
    finally:
        p.close()


def test_incidents_at_one_point_are_each_reachable(chromium, tmp_path):  # noqa: F811
    """Three incidents in one village share its point: the cluster spreads them out on click."""
    rows = [{"incident_id": f"same{i}", "sub_event_type": "Air/drone strike", "geo_precision": 1, "fatalities": i,
             "location": "Mardikh", "date_start": dt.date(2020, 2, 20 + i), "geometry": shapely.Point(36.79071, 35.8111)}
            for i in range(3)]
    path = save_map(incidents_frame(rows), tmp_path / "same.html", offline=True)
    p = open_page(chromium, path, ready=".marker-cluster", viewport=SIZES["phone"])
    page = p.page
    try:
        page.click(".marker-cluster")
        page.wait_for_timeout(1200)  # zooms to the maximum, then spiderfies
        if not page.eval_on_selector_all(".leaflet-marker-pane .gi-incident", "els => els.length"):
            page.click(".marker-cluster")
            page.wait_for_timeout(800)
        assert _reachable(page) == {"same0", "same1", "same2"}
        assert p.problems() == {}
    finally:
        p.close()
