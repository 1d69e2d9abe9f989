"""Map building without a browser: data as JSON, precision, counts, choropleth, offline assets."""
from __future__ import annotations

import json
import re
import sys
import warnings

import folium
import pytest
import shapely

from browser import HOSTILE, decoded, ocha_boundaries, sample_incidents
from geoincidents.maps import OfflineAssetsError, incident_map, save_map
from geoincidents.maps import offline as offline_mod
from geoincidents.maps.elements import AreaLayer
from geoincidents.maps.popups import popup_record
from geoincidents.maps.safe import inert_html, safe_url, script_json
from geoincidents.maps.styles import precision_of, radius_for
from geoincidents.schema import empty_incidents, incidents_frame


@pytest.fixture(scope="module")
def bounds():
    return ocha_boundaries()


@pytest.fixture(scope="module")
def page(bounds):
    return incident_map(sample_incidents(), boundaries=bounds).get_root().render()


def _layer_data(m):
    return decoded(m._geoincidents_data.payload())


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
                                 "data:text/html,<script>", "vbscript:x", "//evil.org/x", "ftp://x.org", None, 5])
def test_only_http_urls_become_links(url):
    assert safe_url(url) is None
    assert "lk" not in popup_record({"source_url": url, "source": "t"})


def test_popup_record_keeps_every_field_as_plain_text():
    cols = ("sub_event_type", "event_type", "actor1", "actor2", "fatalities_text", "date_text", "location",
            "location_mention", "pcode", "place_id", "attribution", "source", "source_title", "evidence",
            "part_of", "victims_text", "feature_type")
    row = {c: HOSTILE for c in cols}
    row.update(admin1=HOSTILE, admin2_pcode=HOSTILE, weapons=[HOSTILE], victims={HOSTILE: 2},
               source_url="javascript:alert(5)", actors=[HOSTILE + "x"])
    rec = popup_record(row)
    # Text stays exactly as written (the browser shows it with textContent), as JSON data.
    assert sum(v == HOSTILE for v in rec.values()) == len(cols) - 2  # actor1/actor2 are in "ac"
    assert rec["adm"] == [["", HOSTILE], [HOSTILE, ""]] and rec["vi"] == [[HOSTILE, 2]] and rec["wp"] == [HOSTILE]
    assert rec["ac"] == [HOSTILE, HOSTILE, HOSTILE + "x"]
    assert "lk" not in rec  # javascript: never becomes a link
    text = script_json(rec)
    assert json.loads(text) == rec
    assert not re.search(r"[<>&\u2028\u2029]|\{[{%#]", text)


def test_sample_map_draws_every_incident_with_its_precision(bounds):
    m = incident_map(sample_incidents(), boundaries=bounds)
    points, regions = _layer_data(m)
    assert len(points) + len(regions) == 5
    assert sorted(p["p"] for p in points) == [1, 1, 1, 2]
    # Precision 3 is the governorate polygon, not a point at its capital.
    assert [r["g"] for r in regions] == ["SY07"]
    assert m._geoincidents_data.geoms["SY07"]["type"] in ("Polygon", "MultiPolygon")
    assert all("y" not in r for r in regions)


def test_page_embeds_text_only_as_escaped_json(page):
    assert "<img src=x" not in page
    assert "<script>alert" not in page
    assert "alert(1)" in page  # present, as inert text
    # Every </script> in the page closes a <script> we opened.
    assert page.lower().count("<script") == page.lower().count("</script>")


def test_opens_on_idlib(bounds):
    m = incident_map(empty_incidents(), boundaries=bounds)
    fit = [c for c in m._children.values() if type(c).__name__ == "FitBounds"][0]
    (s, w), (n, e) = fit.bounds
    assert 35.2 < s < 35.6 and 36.3 < n < 36.6 and 35.9 < w < 36.3 and 36.9 < e < 37.3


def test_layers_and_controls_present(page):
    for needle in ("Incidents (5)", "Heat map", "Fatalities by district", "Boundaries only (offline, no tiles)",
                   "OpenStreetMap", "L.Control.Search", "L.control.fullscreen", "gi-timeslider", "L.heatLayer"):
        assert needle in page, needle


def test_choropleth_counts_best_estimates_once(bounds):
    df = sample_incidents()
    extra = incidents_frame([{"incident_id": "child", "part_of": "inc-mardikh", "fatalities": 5, "geo_precision": 1,
                              "admin1_pcode": "SY07", "admin2_pcode": "SY0700", "geometry": shapely.Point(36.79, 35.81)}])
    import pandas as pd

    m = incident_map(pd.concat([df, extra], ignore_index=True), boundaries=bounds)
    geo = [c for c in m._children.values() if isinstance(c, AreaLayer) and "Fatalities" in c.layer_name][0]
    area = {f["properties"]["n"]: f["properties"]["i"] for f in geo.data["features"]}["Idleb"]
    # The browser sums the records counted in the area (q): Mardikh 12 + hostile 3; the part_of
    # child (5) is already in Mardikh's 12, so it carries no q.
    points, regions = _layer_data(m)
    counted = [r for r in points + regions if r.get("q") == area]
    assert sum(r["k"] for r in counted) == 15 and len(counted) == 2
    assert not any("q" in r for r in points if r.get("i") == "child")


def test_clusters_above_threshold(bounds):
    rows = [{"geo_precision": 1, "geometry": shapely.Point(36.5 + i * 1e-4, 35.9)} for i in range(50)]
    m = incident_map(incidents_frame(rows), boundaries=bounds, cluster_threshold=10)
    assert m._geoincidents_layer.cluster
    assert "markerClusterGroup" in m.get_root().render()


def test_offline_file_is_self_contained(tmp_path, bounds):
    out = save_map(sample_incidents(), tmp_path / "m.html", offline=True, boundaries=bounds)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r'<(script|link)\b[^>]*(src|href)="(https?:)?//', html, re.I)
    assert "{cluster: true" not in html or "MarkerClusterGroup=" in html
    assert "Boundaries only" in html


def test_offline_switches_base_layer_on_a_built_map(tmp_path, bounds):
    m = incident_map(sample_incidents(), boundaries=bounds)
    m.get_root().render()  # as Jupyter would
    osm = m._geoincidents_basemaps["tiles"][0]
    save_map(m, tmp_path / "off.html", offline=True)
    html = (tmp_path / "off.html").read_text(encoding="utf-8")
    assert f"{osm.get_name()}.addTo" not in html
    assert f"{m._geoincidents_basemaps['offline'].get_name()}.addTo" in html
    online = save_map(m, tmp_path / "on.html").read_text(encoding="utf-8")
    assert f"{osm.get_name()}.addTo" in online


def test_offline_missing_package_is_a_clear_error(tmp_path, monkeypatch, bounds):
    monkeypatch.setitem(sys.modules, "offlinefolium", None)
    with pytest.raises(OfflineAssetsError, match="folium-offline"):
        save_map(sample_incidents(), tmp_path / "m.html", offline=True, boundaries=bounds)


def test_offline_version_mismatch_is_a_clear_error(tmp_path, monkeypatch, bounds):
    import offlinefolium

    monkeypatch.setattr(offlinefolium, "__version__", "0.14.0.1")
    with pytest.raises(OfflineAssetsError, match="does not match folium"):
        save_map(sample_incidents(), tmp_path / "m.html", offline=True, boundaries=bounds)


def test_offline_missing_asset_names_the_plugin(tmp_path, monkeypatch, bounds):
    store = dict(offline_mod.asset_store())
    store.pop(folium.plugins.Search.default_js[0][1])
    monkeypatch.setattr(offline_mod, "asset_store", lambda: store)
    with pytest.raises(OfflineAssetsError, match="PlaceSearch"):
        save_map(sample_incidents(), tmp_path / "m.html", offline=True, boundaries=bounds)


def test_no_boundaries_still_maps(monkeypatch):
    import geoincidents.maps.basemaps as bm

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = incident_map(sample_incidents(), boundaries={})
    points, regions = _layer_data(m)
    assert len(points) == 5 and regions == []  # region-only drawn at its centre, said so in the legend
    assert "region-only incidents drawn at the region centre" in m.get_root().render().replace("\\u003c", "<")
    assert bm.IDLIB_BOUNDS


def test_small_helpers():
    assert inert_html("a<b{{") == "a&lt;b&#123;&#123;"
    assert precision_of("2") == 2 and radius_for(42) > radius_for(12)
    assert popup_record({"location": "Qardaha", "geo_precision": 2, "fatalities": None}) == {"pl": "Qardaha"}


def test_nan_coordinates_are_not_drawn():
    # NaN is not JSON: such an incident is counted as not drawn instead of breaking the page.
    nan = float("nan")
    df = incidents_frame([{"location": "x", "geo_precision": 1, "geometry": shapely.Point(nan, nan)},
                          {"location": "y", "geo_precision": 1, "geometry": shapely.Point(36.5, 35.9)}])
    for bounds in ({}, None):
        m = incident_map(df, boundaries=bounds)
        points, _ = _layer_data(m)
        assert [p["pl"] for p in points] == ["y"]
        assert "1 incidents without a location are not drawn" in m.get_root().render()
