"""Broken markup that makes an HTML parser hide the article, and its repair.

libxml2 (like a browser) reads an element that is never closed to the end of the page: an
unclosed ``<script>``, ``<style>``, ``<textarea>`` or comment turns the rest of the page into
code or raw text, an unclosed ``<select>``, ``<svg>`` or ``<button>`` puts it inside an element
whose content is never shown, and a quote that opens an attribute value and is never closed
(``<b class='``) makes the parser drop the broken tag together with everything up to the next
quote.  A page cut by a CMS or a scraper often ends so, and then only its menu is left.

The repair is written here (no HTML library offers it: each parser, html5lib included, follows
the standard and swallows the page the same way): when the page shows less than half of the
text between its tags, or shows markup as text, every such element is closed right after it
opens, every comment after the last ``-->`` is closed, and every quote that opens on markup is
closed at once.  :func:`geoincidents.read.html.html_to_text` reads the repaired page too and
keeps the reading that shows more text.

Examples
--------
>>> page = "<p>Menu</p><script>var x = 1;<p>Two civilians were killed in Ariha.</p>"
>>> fixed = repaired(page, "Menu")
>>> fixed.startswith("<p>Menu</p><script></script>var x")
True
>>> repaired("<p>Two civilians were killed in Ariha.</p>", "Two civilians were killed in Ariha.") is None
True
"""
from __future__ import annotations

import re

__all__ = ["BULK", "markup_shown", "repaired", "shown", "squashed_len"]

# Elements whose content is never visible text, or is raw text that is never parsed as markup.
_CONTAINERS = ("script", "style", "textarea", "title", "xmp", "noscript", "noembed", "noframes", "iframe",
               "select", "svg", "math", "template", "object", "button")
_OPENING = {t: re.compile(rf"<{t}\b[^<>]*>", re.I) for t in _CONTAINERS}
# A quote opening an attribute value whose first "<" (within 200 characters, before any closing
# quote) starts a tag: most likely never closed.
_SWALLOWING_QUOTE = re.compile(r"""=\s*(?:'(?=[^'<]{0,200}<[A-Za-z/!])|"(?=[^"<]{0,200}<[A-Za-z/!]))""")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>")
_ANY_TAG = re.compile(r"<[^<>]*>")
#: Share of a page's text that is its bulk (also :mod:`geoincidents.read.html`'s test of furniture).
BULK = 0.5


def squashed_len(text: str) -> int:
    """Characters of ``text``, whitespace ignored."""
    return len("".join(text.split()))


def shown(text: str) -> int:
    """Characters of ``text`` (whitespace ignored) that are not markup shown as text."""
    return squashed_len(_MARKUP.sub(" ", text))


def markup_shown(text: str) -> int:
    """Tags shown as text in ``text`` (counted in its first 100,000 characters)."""
    return len(_MARKUP.findall(text, 0, 100_000))


def repaired(html: str, visible: str) -> str | None:
    """``html`` with the elements, comments and quotes that swallow the page closed, or None when
    the page shows its text (``visible``, as read) or nothing is left open.

    Linear in the page: each element's openings after its last closing tag, one search for the last
    closed comment, one pass of the quote pattern (each match looks at most 200 characters ahead).
    """
    between_tags = squashed_len(_ANY_TAG.sub(" ", html))
    if shown(visible) >= BULK * between_tags and markup_shown(visible) < 3:
        return None
    low = html.lower()
    inserts: list[tuple[int, str]] = []
    for tag in _CONTAINERS:
        last_close = low.rfind("</" + tag)
        if low.find("<" + tag, last_close + 1) < 0:
            continue  # no opening after the last closing tag (the cheap test first)
        inserts += [(m.end(), f"</{tag}>") for m in _OPENING[tag].finditer(html, last_close + 1)]
    last_end = low.rfind("-->")
    start = low.find("<!--", last_end + 3 if last_end >= 0 else 0)
    if start >= 0:
        inserts.append((start + 4, "-->"))
    out, pos = [], 0
    for at, text in sorted(inserts):
        out += [html[pos:at], text]
        pos = at
    fixed = "".join(out) + html[pos:]
    fixed = _SWALLOWING_QUOTE.sub(lambda m: m.group(0) + m.group(0)[-1], fixed)
    return None if fixed == html else fixed
