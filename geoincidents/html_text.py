"""Visible text and metadata of an HTML page: the HTML stage of reading documents.

Scripts, styles, navigation, headers/footers and forms are dropped; block
elements become line breaks; title, site name, URL and publication date come
from ``<meta>`` / ``<title>`` / ``<time>``. :mod:`geoincidents.documents` keeps
the returned text as ``Document.text`` (every later offset refers to it) and the
markup as ``meta["raw_html"]``.

>>> html_to_text("<title>T</title><p>Two killed</p><nav>Home</nav>")
('Two killed', {'title': 'T'})
>>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>"), looks_like_html("1 < 2 and 3 > 2")
(True, False)
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

__all__ = ["html_to_text", "looks_like_html"]

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg",
              "form", "button", "iframe", "select", "figcaption"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
               "table", "section", "article", "main", "blockquote", "pre", "hr", "dd", "dt", "figure",
               "title", "body", "time"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
_TITLE_META = ("og:title", "twitter:title", "dc.title")
_SOURCE_META = ("og:site_name", "application-name")


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0  # depth inside dropped elements
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page (one block per line) and its title/date/site metadata.

    >>> html_to_text("<p>Two&nbsp;killed</p><script>x()</script><p>in Idlib</p>")[0]
    'Two killed\\nin Idlib'
    """
    # Imported here: documents imports this module at load time (it re-exports html_to_text).
    from .document_model import DocumentError, parse_date

    p = _Stripper()
    p.feed(html)
    p.close()
    lines = (" ".join(line.split()) for line in "".join(p.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    info: dict[str, Any] = {}
    title = next((p.meta[k] for k in _TITLE_META if p.meta.get(k)), None) or " ".join("".join(p.title_parts).split())
    if title:
        info["title"] = unescape(title).strip()
    site = next((p.meta[k] for k in _SOURCE_META if p.meta.get(k)), None)
    if site:
        info["source"] = site.strip()
    if p.meta.get("og:url"):
        info["url"] = p.meta["og:url"]
    for key in _DATE_META + ("time",):
        if p.meta.get(key):
            try:
                info["published"] = parse_date(p.meta[key])
                break
            except DocumentError:
                info.setdefault("meta_date_unreadable", p.meta[key])
    return text, info


_TAG = re.compile(r"<(?:p|div|br|span|a|li|h[1-6]|td|script|meta|img)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True for a string that starts like an HTML page or carries many tags."""
    head = text[:1000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return len(_TAG.findall(text, 0, 100_000)) >= 5
