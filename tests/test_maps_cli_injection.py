"""``geoincidents map`` with hostile articles: nothing in them is evaluated, all of it is shown as text.

Documents come as a ``.txt`` with a sidecar ``.json`` (source, title, url, id) and as a ``.jsonl``
row (id, text, source, title, url); ``--title`` is hostile too. The command runs as a
subprocess in an empty folder (a payload there would create a folder if evaluated), and the
map is opened in headless Chromium with the network blocked, online and offline.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from browser import MKDIR_CREATES, chromium, evaluated, hostile, open_page, page_json, page_records  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
#: The payloads with no spaces (a URL with spaces is never a link).
LINK_URL = "https://example.org/{{7*7}}/{%if%}/${alert(1)}/</script><script>window.__pwned=1</script>?q='\"`"


def write_documents(folder: Path, balanced: bool) -> dict[str, str]:
    """One .txt with its sidecar and one .jsonl row, every text field hostile; returns the texts."""
    h = {tag: hostile(tag, balanced) for tag in ("TXT", "SRC", "TTL", "ID", "JTXT", "JSRC", "JTTL", "JID", "URL", "TITLE")}
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(f"At least 12 civilians were killed in airstrikes on Saraqeb on Monday, {h['TXT']}.\n",
                                  encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"published": "2019-05-14", "source": h["SRC"], "title": h["TTL"],
                                               "url": LINK_URL, "id": h["ID"]}), encoding="utf-8")
    row = {"id": h["JID"], "text": f"Two civilians were killed in shelling on Ariha on Tuesday, {h['JTXT']}.",
           "source": h["JSRC"], "title": h["JTTL"], "url": "javascript:alert(1)//" + h["URL"], "published": "2019-05-15"}
    (folder / "b.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return h


def _popup_text(page, incident_id: str) -> str:
    page.click(f'[data-incident="{incident_id}"]')
    return page.wait_for_selector(".leaflet-popup-content", timeout=5000).text_content()


@pytest.mark.parametrize("offline,balanced", [(False, True), (True, False)], ids=["online", "offline"])
def test_cli_map_of_hostile_articles(chromium, tmp_path, offline, balanced):  # noqa: F811 (fixture)
    h = write_documents(tmp_path / "docs", balanced)
    work = tmp_path / "run"
    work.mkdir()
    args = ["map", str(tmp_path / "docs"), "-o", "x.html", "--title", h["TITLE"]] + (["--offline"] if offline else [])
    out = subprocess.run([sys.executable, "-m", "geoincidents.cli", *args], cwd=work, capture_output=True,
                         text=True, encoding="utf-8", timeout=300)
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in work.iterdir()) == ["x.html"]  # nothing else created (MKDIR payload)
    assert not (work / MKDIR_CREATES).exists()
    html = (work / "x.html").read_text(encoding="utf-8")
    assert not any(e in html for e in [*evaluated(), str(work)])

    # The data in the page are the articles' text, exactly.
    points, _ = page_records(html)
    by_place = {p["pl"]: p for p in points}
    saraqeb, ariha = by_place["Saraqab"], by_place["Ariha"]
    assert h["TXT"] in saraqeb["ev"] and (saraqeb["src"], saraqeb["stt"], saraqeb["url"]) == (h["SRC"], h["TTL"], LINK_URL)
    assert h["JTXT"] in ariha["ev"] and (ariha["src"], ariha["stt"]) == (h["JSRC"], h["JTTL"])
    assert ariha["url"] == "javascript:alert(1)//" + h["URL"] and "lk" not in ariha
    assert page_json(html, "spec")[0]["title"] == h["TITLE"]

    p = open_page(chromium, work / "x.html", online=not offline)
    page = p.page
    try:
        assert page.eval_on_selector(".gi-legend h4", "el => el.textContent") == h["TITLE"]
        text = _popup_text(page, saraqeb["i"])
        for tag in ("TXT", "SRC", "TTL"):
            assert h[tag] in text, tag
        assert page.eval_on_selector(".leaflet-popup-content a", "a => a.getAttribute('href')") == LINK_URL
        page.evaluate("() => document.querySelector('.leaflet-popup-close-button').click()")
        page.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)
        text = _popup_text(page, ariha["i"])
        for tag in ("JTXT", "JSRC", "JTTL"):
            assert h[tag] in text, tag
        assert "(not a web link: javascript:alert(1)//" + h["URL"] + ")" in text
        assert page.eval_on_selector_all(".leaflet-popup-content a, .leaflet-popup-content img", "e => e.length") == 0
        assert page.evaluate("() => window.__pwned") is None
        body = page.evaluate("() => document.body.textContent")
        assert not any(e in body for e in evaluated())
        assert p.problems() == {}
    finally:
        p.close()
