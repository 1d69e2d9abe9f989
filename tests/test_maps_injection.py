"""Article text never passes through a template engine, and the browser shows it as text.

Hostile text (template syntax, script breakouts, HTML, ``${...}``, quotes, U+2028/2029) goes in
every field that reaches a map: evidence, titles, source, URL, ids, place names, admin names,
boundary names and the map title. Without a browser: building never evaluates it (a payload
that would create a folder creates none; run in an empty directory) nor fails on it, and the data parsed back out of the
page equal the input. In headless Chromium (network blocked), online and offline: nothing runs,
the text is shown exactly as written in popups, tooltips, legend, labels and search.
"""
from __future__ import annotations

import pytest
import shapely
import geopandas as gpd

from browser import MKDIR_CREATES, PAYLOADS, chromium, evaluated, hostile, open_page, page_json, page_records  # noqa: F401
from geoincidents.maps import incident_map, save_map
from geoincidents.maps.safe import has_template_syntax
from geoincidents.schema import incidents_frame

#: Incident columns shown in the popup, each with its own tag so a test can find it.
TEXT_FIELDS = {"evidence": "EV", "sub_event_type": "SUB", "event_type": "ET", "source": "SRC",
               "source_title": "TTL", "incident_id": "ID", "location": "LOC", "location_mention": "MEN",
               "fatalities_text": "FT", "date_text": "DT", "attribution": "AT", "actor1": "ACT",
               "admin1": "A1", "admin2": "A2", "pcode": "PC", "feature_type": "FTY", "victims_text": "VT"}
#: An http URL (a link is made) holding the payloads that have no spaces.
LINK_URL = "https://example.org/{{7*7}}/{%if%}/{#c#}/${alert(1)}/</script><script>window.__pwned=1</script>?q='\"`"


def hostile_map_data(balanced: bool = False):
    """Incidents and boundaries whose every text field is hostile."""
    text = {col: hostile(tag, balanced) for col, tag in TEXT_FIELDS.items()}
    base = dict(fatalities=3, date_start="2020-02-15", published="2020-02-16", admin1_pcode="SY07",
                admin2_pcode="SY0700", geo_precision=1)
    rows = [
        dict(base, **text, doc_id=hostile("DOC", balanced), victims={hostile("VIC", balanced): 2},
             weapons=[hostile("WP", balanced)], source_url=hostile("URL", balanced),
             geometry=shapely.Point(36.40, 35.70)),
        dict(base, incident_id="linked", location="Linked place", source_title="Linked source",
             source_url=LINK_URL, geometry=shapely.Point(36.80, 35.95)),
        dict(base, incident_id="region", location="District", geo_precision=3,
             evidence=hostile("REG", balanced), geometry=shapely.Point(36.6, 35.8)),
    ]
    gov = gpd.GeoDataFrame({"pcode": ["SY07"], "name": [hostile("GOV", balanced)]},
                           geometry=[shapely.box(36.0, 35.4, 37.1, 36.4)], crs="EPSG:4326")
    dist = gpd.GeoDataFrame({"pcode": ["SY0700"], "name": [hostile("DIST", balanced)], "admin1_pcode": ["SY07"]},
                            geometry=[shapely.box(36.3, 35.6, 36.9, 36.1)], crs="EPSG:4326")
    return incidents_frame(rows), {1: gov, 2: dist}


def test_building_evaluates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / MKDIR_CREATES
    incidents, bounds = hostile_map_data(balanced=True)
    m = incident_map(incidents, boundaries=bounds, title=hostile("TITLE", balanced=True))
    page = m.get_root().render()
    save_map(m, tmp_path / "off.html", offline=True)
    offline = (tmp_path / "off.html").read_text(encoding="utf-8")
    assert not marker.exists()
    for shown in (page, offline):
        assert not any(e in shown for e in evaluated())
        assert "window.__pwned" not in shown.replace("window.__pwned=1", "")  # only inside JSON strings
    # The page holds no template syntax at all: rendering it again could change nothing.
    assert not has_template_syntax(page)
    assert page.lower().count("<script") == page.lower().count("</script>")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_builds_and_round_trips(payload):
    payload = f"x{payload}x"  # blank text (U+2028 alone) counts as missing
    incidents, bounds = hostile_map_data()
    incidents.loc[0, "evidence"] = payload
    bounds[1].loc[0, "name"] = payload
    page = incident_map(incidents, boundaries=bounds, title=payload).get_root().render()
    assert page_records(page)[0][0]["ev"] == payload
    assert page_json(page, "spec")[0]["title"] == payload
    assert [payload, "gov"] == page_json(page, "labels")[0][0][2:]
    assert not has_template_syntax(page)


def test_page_data_equal_the_input():
    incidents, bounds = hostile_map_data()
    title = hostile("TITLE")
    page = incident_map(incidents, boundaries=bounds, title=title).get_root().render()
    points, regions = page_records(page)
    rec = points[0]
    row = incidents.iloc[0]
    keys = {"evidence": "ev", "sub_event_type": "st", "event_type": "et", "source": "src", "source_title": "stt",
            "incident_id": "i", "location": "pl", "location_mention": "pw", "fatalities_text": "kt",
            "date_text": "dt", "attribution": "at", "pcode": "pc", "feature_type": "fty", "victims_text": "vt"}
    for col, key in keys.items():
        assert rec[key] == row[col], col
    assert rec["ac"] == [row["actor1"]] and rec["wp"] == list(row["weapons"]) and rec["url"] == row["source_url"]
    assert rec["adm"] == [[row["admin2"], "SY0700"], [row["admin1"], "SY07"]]
    assert "lk" not in rec and points[1]["lk"] == 1 and points[1]["url"] == LINK_URL
    assert regions[0]["ev"] == hostile("REG") and regions[0]["g"] == "SY0700"
    assert page_json(page, "spec")[0]["title"] == title
    assert {lab[2] for lab in page_json(page, "labels")[0] if lab[3] in ("gov", "dist")} == {hostile("GOV"), hostile("DIST")}
    (areas,) = page_json(page, "data")
    assert [f["properties"]["n"] for f in areas["features"]] == [hostile("DIST")]
    (index,) = page_json(page, "index")
    search = {row[2] for row in index}
    assert f"{hostile('DIST')} (district, SY0700)" in search
    assert f"{row['location']} (written \u201c{row['location_mention']}\u201d)" in search


# ----------------------------------------------------------------------------- in the browser

def _text(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => el.textContent")


def _click_incident(page, incident_id: str) -> None:
    idx = page.evaluate("(id) => Array.from(document.querySelectorAll('.leaflet-marker-pane .gi-incident'))"
                        ".findIndex(e => e.getAttribute('data-incident') === id)", incident_id)
    assert idx >= 0, incident_id
    page.locator(".leaflet-marker-pane .gi-incident").nth(idx).click()
    page.wait_for_selector(".leaflet-popup-content", timeout=5000)


def _close_popup(page) -> None:
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)


def _toggle(page, label: str) -> None:
    page.locator(".leaflet-control-layers label", has_text=label).locator("input").click()
    page.wait_for_timeout(200)


def _assert_inert(p, marker) -> None:
    page = p.page
    assert page.evaluate("() => window.__pwned") is None
    body = page.evaluate("() => document.body.textContent")
    assert not any(e in body for e in evaluated())
    assert page.eval_on_selector_all("img:not(.leaflet-tile), iframe", "els => els.length") == 0
    assert not marker.exists()
    assert p.problems() == {}


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_hostile_map_in_browser(chromium, tmp_path, monkeypatch, offline):  # noqa: F811 (fixture)
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / MKDIR_CREATES
    incidents, bounds = hostile_map_data()
    title = hostile("TITLE")
    path = save_map(incidents, tmp_path / "m.html", offline=offline, boundaries=bounds, title=title)
    p = open_page(chromium, path, online=not offline)
    page = p.page
    try:
        # Popup of the hostile incident: every field exactly as written, nothing clickable.
        _click_incident(page, hostile("ID"))
        popup = _text(page, ".leaflet-popup-content")
        for tag in [*TEXT_FIELDS.values(), "VIC", "WP", "URL"]:
            assert hostile(tag) in popup, tag
        assert "(not a web link: " + hostile("URL") + ")" in popup
        assert page.eval_on_selector_all(".leaflet-popup-content a, .leaflet-popup-content script", "e => e.length") == 0
        _close_popup(page)
        page.hover(".leaflet-marker-pane .gi-incident >> nth=0")
        page.wait_for_selector(".leaflet-tooltip:not(.gi-label)", timeout=5000)
        assert hostile("LOC") + " \u00b7 3 killed" in _text(page, ".leaflet-tooltip:not(.gi-label)")
        page.mouse.move(5, 5)

        # A URL with hostile characters is still an http link, with exactly that address.
        _click_incident(page, "linked")
        assert page.eval_on_selector(".leaflet-popup-content a", "a => a.getAttribute('href')") == LINK_URL
        _close_popup(page)

        # Region popup (precision 3: the area's badge lists it), legend title, boundary labels (offline basemap).
        page.click(".gi-area-badge span")
        page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        assert hostile("REG") in _text(page, ".leaflet-popup-content blockquote")
        assert _text(page, ".leaflet-popup-content h4").startswith(hostile("DIST") + " (district)")
        _close_popup(page)
        assert _text(page, ".gi-legend h4") == title
        if not offline:
            _toggle(page, "Boundaries only")
        labels = page.eval_on_selector_all(".gi-place-gov span, .gi-place-dist span", "els => els.map(e => e.textContent)")
        assert sorted(labels) == sorted([hostile("DIST"), hostile("GOV")])

        # Choropleth tooltip and legend.
        _toggle(page, "Fatalities by district")
        page.evaluate("""() => { const map = Object.values(window).find(v => v instanceof L.Map);
            map.eachLayer(l => { if (l.feature && l.feature.properties.c) { l.openTooltip(l.getBounds().getCenter()); } }); }""")
        tip = page.wait_for_selector(".leaflet-tooltip:not(.gi-label)", timeout=5000).text_content()
        assert tip == hostile("DIST") + " (SY0700)9 killed in 3 incidents (dates shown)"

        # Search suggestions are text.
        page.click(".leaflet-control-search .search-button")
        page.locator(".leaflet-control-search input").press_sequentially("DIST:", delay=20)
        page.wait_for_selector(".search-tip", timeout=5000)
        tips = page.eval_on_selector_all(".search-tip", "els => els.map(e => e.textContent)")
        assert f"{hostile('DIST')} (district, SY0700)" in tips
        _assert_inert(p, marker)
    finally:
        p.close()
