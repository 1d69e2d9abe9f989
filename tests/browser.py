"""Shared test helpers for the map tests: boundary fixtures, sample incidents, hostile text,
headless Chromium (one browser per test module, a fresh page per test, network blocked).

Boundaries come from the bundled gazetteer, as in the library.
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import json
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


# ----------------------------------------------------------------------------- hostile text

#: Text that must reach a map exactly as written: template syntax (evaluating, failing to
#: compile, unbalanced), script breakouts, HTML, JavaScript template-literal syntax, quotes and
#: the JavaScript line separators.
PAYLOADS = [
    "{{ 7*7 }}", "{{ lipsum.__name__|upper }}", "{{ 'PW' ~ 'NED' }}", "{{ lipsum.__globals__.os.getcwd() }}",
    "{% if true %}x{% endif %}", "{# c #}", "{{{ 7*7 }}}", "{%", "{{", "{#", "{% raw %}", "${alert(1)}",
    "`${7*7}`", "</script><script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">',
    "<!-- <script>", "'\"`", "\u2028", "\u2029", "\\", "&amp; &lt;",
]
#: Payloads that are valid Jinja even after HTML or JSON escaping (no quotes): an engine would
#: evaluate them rather than fail to compile.
BALANCED = ["{{ 7*7 }}", "{{ lipsum.__name__|upper }}", "{{ lipsum.__globals__.os.getcwd() }}",
            "{% if true %}x{% endif %}", "{# c #}", "${alert(1)}", "</script><script>window.__pwned=1</script>"]
#: Evaluated, this creates a folder of this name in the current directory (quote-free on purpose).
MKDIR = "{{ lipsum.__globals__.os.mkdir(lipsum.__name__) }}"
MKDIR_CREATES = "generate_lorem_ipsum"


def evaluated() -> list[str]:
    """What evaluating :data:`PAYLOADS` would show; none may appear in a page."""
    return ["PWNED", "GENERATE_LOREM_IPSUM", os.getcwd()]


def hostile(tag: str, balanced: bool = False) -> str:
    """The payloads behind ``tag``.

    ``balanced`` keeps only payloads a template engine would run (not fail to compile).
    :data:`MKDIR` is always included: build maps in an empty current directory and check that
    :data:`MKDIR_CREATES` was not created.
    """
    return " ".join([tag + ":", *(BALANCED if balanced else PAYLOADS), MKDIR])


def page_json(page: str, var: str, raw: bool = False) -> list:
    """Every JSON value assigned as ``var <name> = <json>`` in a rendered page, decoded.

    With ``raw``, ``(value, json_text)`` pairs: the text as it stands in the page.
    """
    decoder, out, needle, at = json.JSONDecoder(), [], f"var {var} = ", 0
    while (at := page.find(needle, at)) >= 0:
        start = at + len(needle)
        value, at = decoder.raw_decode(page, start)
        out.append((value, page[start:at]) if raw else value)
    return out


def decoded(dataset: dict) -> tuple[list[dict], list[dict]]:
    """Points and region-only records of a page's dataset, strings and dates decoded as the
    browser does (region records get their area key ``g``)."""
    from geoincidents.maps.dataset import decode_record

    strings = dataset["S"]
    points = [decode_record(r, strings) for r in dataset["points"]]
    regions = [dict(decode_record(r, strings), g=a["g"]) for a in dataset["areas"] for r in a["recs"]]
    return points, regions


def page_records(page: str) -> tuple[list[dict], list[dict]]:
    """:func:`decoded` of the one ``var dataset`` of a rendered page."""
    (dataset,) = page_json(page, "dataset")
    return decoded(dataset)


# ----------------------------------------------------------------------------- browser

_BLANK_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium for the whole test module (pages are cheap, browsers are not)."""
    exe = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class Page:
    """A fresh page with the network blocked that records requests, console errors and dialogs.

    Online maps link Leaflet and plugins from CDNs: those URLs are answered from folium-offline's
    copies of the same files, and images (tiles, a plugin's spinner) with a blank image, so
    online pages run here without any network. Anything else is aborted and listed in ``blocked``.
    """

    def __init__(self, browser, online: bool = False, viewport: tuple[int, int] = (1280, 860)) -> None:
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.context.new_page()
        self.blocked: list[str] = []
        self.failed: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.images: list[str] = []
        assets = {}
        if online:
            from geoincidents.maps.offline import asset_store

            assets = asset_store()

        def route(r):
            url = r.request.url
            if url.startswith("file:"):
                r.continue_()
            elif url in assets:
                kind = "text/css" if url.endswith(".css") else "application/javascript"
                r.fulfill(status=200, content_type=kind, body=assets[url])
            elif online and url.rsplit("?", 1)[0].endswith((".png", ".gif")):
                self.images.append(url)
                r.fulfill(status=200, content_type="image/png", body=_BLANK_PNG)
            else:
                self.blocked.append(url)
                r.abort()

        self.page.route("**/*", route)
        self.page.on("requestfailed", lambda req: self.failed.append(f"{req.url} {req.failure}"))
        self.page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        self.page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def open(self, path: Path, ready: str = ".gi-incident") -> "Page":
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        self.page.wait_for_selector(ready, state="attached", timeout=20000)
        self.page.wait_for_timeout(300)
        return self

    def problems(self) -> dict:
        return {k: v for k, v in {"blocked": self.blocked, "failed": self.failed, "console": self.console_errors,
                                  "pageerror": self.page_errors, "dialogs": self.dialogs}.items() if v}

    def close(self) -> None:
        self.context.close()


def open_page(browser, path: Path, ready: str = ".gi-incident", online: bool = False,
              viewport: tuple[int, int] = (1280, 860)) -> Page:
    """A :class:`Page` (``viewport`` width, height) showing the map file at ``path`` once ``ready`` is in the DOM."""
    return Page(browser, online=online, viewport=viewport).open(path, ready)


#: JavaScript: the boxes of every visible Leaflet control, as {cls, x, y, w, h}.
CONTROL_BOXES = """() => Array.from(document.querySelectorAll('.leaflet-control')).map(e => {
    const r = e.getBoundingClientRect();
    return {cls: e.className, x: r.left, y: r.top, w: r.width, h: r.height};
}).filter(b => b.w > 0 && b.h > 0)"""


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of boxes (from :data:`CONTROL_BOXES`) that intersect."""
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                out.append((a["cls"], b["cls"]))
    return out
