"""Visible text and metadata of an HTML page: the HTML stage of reading documents.

The page is parsed into a tree by lxml (libxml2's HTML parser: fast, maintained,
and it repairs broken markup the way browsers roughly do), so an unclosed tag
ends where the tree says, not where a tag counter guesses. Then:

* ``script``, ``style``, ``template``, ``noscript``, ``svg`` and the like are
  always dropped;
* site furniture (``nav``, ``header``, ``footer``, ``aside``, ``form``, ...) is
  dropped *unless* the element holds the bulk (half or more) of the page's
  paragraph text: an unclosed ``<aside>`` that swallowed the article keeps the
  article, only its own nested furniture is dropped;
* block elements become line breaks; each line is whitespace-collapsed and blank
  lines are removed;
* a page that an element, comment or attribute quote never closed has swallowed (an unclosed
  ``<script>`` or ``<!--`` hides everything after it) is read again with them closed
  (:mod:`geoincidents.read.html_repair`), and the reading that shows more text is kept.

Contract (kept from the first version): :func:`html_to_text` returns the
stripped visible text, and every later offset refers to *that* text
(:mod:`geoincidents.read.documents` stores it as ``Document.text`` and the markup as
``meta["raw_html"]``). Title, site name, URL and publication date come from
``<meta>`` / ``<title>`` / ``<time>``.

>>> html_to_text("<title>T</title><p>Two killed</p><nav>Home</nav>")
('Two killed', {'title': 'T'})
>>> html_to_text("<p>Intro</p><aside><p>Two civilians were killed in Ariha on Monday.</p>")[0]
'Intro\\nTwo civilians were killed in Ariha on Monday.'
>>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>"), looks_like_html("1 < 2 and 3 > 2")
(True, False)
"""
from __future__ import annotations

import re
from html import unescape
from typing import Any

import lxml.html
from lxml import etree

from .html_repair import BULK, markup_shown, repaired, shown, squashed_len
from .model import DocumentError, parse_date

__all__ = ["html_to_text", "looks_like_html"]

# Never visible text, whatever they hold.
_ALWAYS_DROP = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
                "select", "button", "textarea", "canvas"}
# Site furniture: dropped unless it holds the bulk of the page's paragraph text.
_FURNITURE = {"nav", "header", "footer", "aside", "form", "figcaption", "menu", "dialog"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
               "table", "section", "article", "main", "blockquote", "pre", "hr", "dd", "dt", "dl", "figure",
               "title", "body", "time", "address", "caption", "details", "summary", "center"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
_TITLE_META = ("og:title", "twitter:title", "dc.title")
_SOURCE_META = ("og:site_name", "application-name")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _parse(html: str) -> etree._Element | None:
    # Bytes with an explicit encoding: lxml refuses a str that carries an XML
    # encoding declaration, and libxml2 then never guesses a charset.
    data = _SURROGATE.sub("\ufffd", html).encode("utf-8")
    try:
        return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):  # "Document is empty": nothing visible
        return None


def _paragraph_chars(el: etree._Element) -> int:
    """Characters (whitespace ignored) of ``<p>`` text under ``el``: the article's bulk."""
    return sum(squashed_len(p.text_content()) for p in el.iter("p"))


def _visible(root: etree._Element) -> str:
    """The text of ``root`` with dropped subtrees removed and blocks on their own lines."""
    body = root.find("body")
    body = body if body is not None else root
    # The bulk is paragraph text; a page without <p> is judged by all its text instead.
    measure = _paragraph_chars if _paragraph_chars(body) else (lambda e: squashed_len(e.text_content()))
    total = measure(body)
    parts: list[str] = []
    # Iterative walk (deeply nested pages must not hit the recursion limit).
    # ("open", el) emits el's text and schedules its children; ("close", el) its tail.
    stack: list[tuple[str, Any]] = [("open", body)]
    while stack:
        action, el = stack.pop()
        if action == "close":
            if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not body:
                parts.append(el.tail)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else None  # comments, PIs: no text of their own
        keep = tag is not None and tag not in _ALWAYS_DROP
        if keep and tag in _FURNITURE:
            keep = total > 0 and measure(el) >= BULK * total
        stack.append(("close", el))
        if not keep:
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        stack.extend(("open", child) for child in reversed(el))
    return "".join(parts)


def _metadata(root: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content") is not None:
            meta.setdefault(key, m.get("content"))
    for t in root.iter("time"):
        if t.get("datetime"):
            meta.setdefault("time", t.get("datetime"))
            break
    title = root.find(".//title")
    if title is not None:
        meta["<title>"] = " ".join(title.text_content().split())
    return meta


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page (one block per line) and its title/date/site metadata.

    Returns
    -------
    text : str
        The visible text; offsets of every later stage refer to it, not to the markup.
    info : dict
        ``title``, ``source``, ``url``, ``published`` when the page states them
        (``meta_date_unreadable`` when its date cannot be read).

    >>> html_to_text("<p>Two&nbsp;killed</p><script>x()</script><p>in Idlib</p>")[0]
    'Two killed\\nin Idlib'
    """
    root = _parse(html)
    if root is None:
        return "", {}
    visible = _visible(root)
    fixed = repaired(html, visible)
    if fixed is not None:
        # An element, comment or quote never closed swallowed the page (see html_repair): read it again
        # with them closed, and keep the reading that shows more text.
        again = _parse(fixed)
        text = _visible(again) if again is not None else ""
        if (shown(text), -markup_shown(text)) > (shown(visible), -markup_shown(visible)):
            root, visible = again, text
    lines = (" ".join(line.split()) for line in visible.split("\n"))
    text = "\n".join(line for line in lines if line)
    meta = _metadata(root)
    info: dict[str, Any] = {}
    title = next((meta[k] for k in _TITLE_META if meta.get(k)), None) or meta.get("<title>")
    if title:
        info["title"] = unescape(title).strip()
    site = next((meta[k] for k in _SOURCE_META if meta.get(k)), None)
    if site:
        info["source"] = site.strip()
    if meta.get("og:url"):
        info["url"] = meta["og:url"]
    for key in _DATE_META + ("time",):
        if meta.get(key):
            try:
                info["published"] = parse_date(meta[key])
                break
            except DocumentError:
                info.setdefault("meta_date_unreadable", meta[key])
    return text, info


_TAG = re.compile(r"<(?:p|div|br|span|a|li|h[1-6]|td|script|meta|img)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True for a string that starts like an HTML page or carries many tags."""
    head = text[:1000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return len(_TAG.findall(text, 0, 100_000)) >= 5
