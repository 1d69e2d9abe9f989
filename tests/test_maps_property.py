"""Property: for any text in the fields a map shows, the page holds exactly that text, as inert JSON.

Text is drawn from template delimiters, script/HTML breakouts, quotes, line separators and
arbitrary characters (lone surrogates cannot be stored in an incident frame; documents replace
them on reading). For each draw the map is built and the data are parsed back
out of the page: they must equal the input (so nothing was evaluated or altered), and the JSON
must hold nothing that ends a ``<script>`` or opens a template delimiter.
"""
from __future__ import annotations

import re

import geopandas as gpd
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from browser import page_json, page_records
from geoincidents.maps import incident_map
from geoincidents.maps.safe import has_template_syntax
from geoincidents.schema import incidents_frame

TOKENS = ["{", "{{", "{%", "{#", "}}", "%}", "#}", "{{ 7*7 }}", "{% if 1 %}", "{{ lipsum }}", "<", ">", "</script>",
          "<!--", "<script>", "${", "`", "\\", "'", '"', "&", "&amp;", "\u2028", "\u2029", "\n", " "]
#: Never blank: blank text counts as missing and is left out of the page.
TEXT = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=8).map(lambda parts: "x" + "".join(parts))
FIELDS = {"evidence": "ev", "source": "src", "source_title": "stt", "source_url": "url", "incident_id": "i",
          "location": "pl", "location_mention": "pw", "fatalities_text": "kt"}
#: What must never stand in JSON inside a page: it could end the script or start a delimiter.
UNSAFE_IN_JSON = re.compile("[<>&\u2028\u2029\ud800-\udfff]|\\{[{%#]")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.fixed_dictionaries({col: TEXT for col in FIELDS}), title=TEXT, boundary=TEXT)
def test_page_data_round_trip_exactly(values, title, boundary):
    row = dict(values, geo_precision=1, fatalities=2, admin1_pcode="SY07", admin2_pcode="SY0700",
               geometry=shapely.Point(36.5, 35.8))
    gov = gpd.GeoDataFrame({"pcode": ["SY07"], "name": [boundary]}, geometry=[shapely.box(36, 35.5, 37, 36.2)],
                           crs="EPSG:4326")
    dist = gpd.GeoDataFrame({"pcode": ["SY0700"], "name": [boundary], "admin1_pcode": ["SY07"]},
                            geometry=[shapely.box(36.2, 35.6, 36.8, 36.0)], crs="EPSG:4326")
    page = incident_map(incidents_frame([row]), boundaries={1: gov, 2: dist}, title=title,
                        heatmap=False).get_root().render()

    points, _ = page_records(page)
    assert {key: points[0][key] for key in FIELDS.values()} == {key: values[col] for col, key in FIELDS.items()}
    assert page_json(page, "spec")[0]["title"] == title
    assert [label[2] for label in page_json(page, "labels")[0] if label[3] in ("gov", "dist")] == [boundary, boundary]
    assert page_json(page, "data")[0]["features"][0]["properties"]["n"] == boundary
    search = {row[2] for row in page_json(page, "index")[0]}
    assert f"{boundary} (district, SY0700)" in search

    for var in ("dataset", "spec", "labels", "data", "index"):
        for _, text in page_json(page, var, raw=True):
            assert not UNSAFE_IN_JSON.search(text), var
    assert not has_template_syntax(page)
    assert page.lower().count("<script") == page.lower().count("</script>")
