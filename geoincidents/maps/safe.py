"""How text reaches a map page without being evaluated: JSON for ``<script>``, inert HTML, verbatim output.

branca renders every element as a Jinja template, and the root figure renders the rendered
strings *again* as templates (``MacroElement.render`` wraps its output in ``Element(string)``).
Article text (evidence, titles, place and boundary names, the map title) must never be read as
template syntax there, nor close a ``<script>`` block, nor be parsed as HTML by the browser.
Three layers keep it inert:

1. Data reach the page only through :func:`script_json`: JSON with ``<``, ``>``, ``&``,
   U+2028 and U+2029 escaped (safe inside ``<script>``) and every ``{`` that could open a Jinja
   delimiter (``{{``, ``{%``, ``{#``) written as ``\\u007b``.
2. Our own elements emit their output through :class:`Verbatim`, which is never compiled as a
   template (and saves compiling a 20 MB string on large maps).
3. The browser builds popups, tooltips, legends and labels from that JSON with ``textContent``
   (see :mod:`geoincidents.maps.page_js`); no data is ever set as ``innerHTML``.

Strings that must still go to folium/branca as HTML (layer names) pass through
:func:`inert_html`; code we write (CSS, JavaScript) is checked with :func:`require_no_template`.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
from branca.element import Element

#: A ``{`` that opens a Jinja delimiter: ``{{``, ``{%`` or ``{#``.
_OPENER = re.compile(r"\{(?=[{%#])")
#: Characters that are special inside an HTML ``<script>`` block or a JavaScript source.
#: Lone surrogates are escaped too: they cannot be written as UTF-8, and ``\\udXXX`` parses back to them.
_SCRIPT_CHARS = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def _escape_char(match: re.Match) -> str:
    return "\\u%04x" % ord(match.group())


def script_json(obj: Any) -> str:
    """Compact JSON that is safe inside ``<script>`` and inert to Jinja.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` (nothing can close the
    block or start an HTML comment), U+2028/U+2029 are escaped (line terminators in older
    JavaScript), and each ``{`` followed by ``{``, ``%`` or ``#`` becomes ``\\u007b``. The
    substitutions are all valid JSON string escapes, so ``json.loads`` returns ``obj`` exactly.
    JSON structure never puts ``{`` before ``{``, ``%`` or ``#``, so only string content changes.

    Parameters
    ----------
    obj : Any
        JSON-serialisable data (no NaN: it is not JSON).

    Returns
    -------
    str
        The JSON text.

    Examples
    --------
    >>> script_json({"t": "</script>{{ 7*7 }}{%x%}{{{"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u007b{ 7*7 }}\\\\u007b%x%}\\\\u007b\\\\u007b{"}'
    >>> json.loads(script_json(["{{ 7*7 }} & \\u2028"])) == ["{{ 7*7 }} & \\u2028"]
    True
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = _SCRIPT_CHARS.sub(_escape_char, text)
    return _OPENER.sub(r"\\u007b", text)


def has_template_syntax(text: str) -> bool:
    """True if ``text`` contains a Jinja opening delimiter (``{{``, ``{%`` or ``{#``).

    Examples
    --------
    >>> has_template_syntax("a {{ b }}"), has_template_syntax("{ a } {b}"), has_template_syntax("{#")
    (True, False, True)
    """
    return _OPENER.search(text) is not None


def require_no_template(code: str) -> str:
    """Return our own ``code`` (CSS, JavaScript) unchanged, or raise if it has template syntax.

    Code cannot be neutralised by escaping without changing its meaning, so it must simply
    never contain a delimiter; this check makes a slip loud at build time.

    Raises
    ------
    ValueError
        If ``code`` contains ``{{``, ``{%`` or ``{#``.
    """
    if has_template_syntax(code):
        at = _OPENER.search(code).start()
        raise ValueError(f"code handed to folium contains template syntax near {code[max(0, at - 30):at + 30]!r}")
    return code


def inert_html(text: Any) -> str:
    """Text for an HTML context that folium or Leaflet fills in (layer names, button titles).

    HTML-escapes the text (quotes included) and writes ``{`` as ``&#123;``, so it is shown as
    written and can open no template delimiter.

    Examples
    --------
    >>> inert_html('<b>{{ 7*7 }}</b> "q"')
    '&lt;b&gt;&#123;&#123; 7*7 }}&lt;/b&gt; &quot;q&quot;'
    """
    out = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = out.replace('"', "&quot;").replace("'", "&#x27;").replace("`", "&#96;")
    return out.replace("{", "&#123;")


class Verbatim(Element):
    """Rendered output added to the figure as is: unlike ``Element(text)``, never a template.

    ``Element.__init__`` would compile ``text`` as a Jinja template (and the figure would render
    it); this element just returns it.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


def is_missing(value: Any) -> bool:
    """True for None, NA, NaN and empty or blank strings/containers.

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing(" "), is_missing([]), is_missing(0)
    (True, True, True, True, False)
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    kind = type(value)  # fast paths for the common cells (called ~50 times per incident)
    if kind is str:
        return not value.strip()
    if kind is int or kind is bool:
        return False
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, (str, list, tuple, dict, set)) and len(value) == 0:
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return False


_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20]")


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute ``http``/``https`` URL, else ``None`` (never a link).

    The page checks again before making a link (``page_js.safeHref``).

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(" JaVaScRiPt:x")
    ('https://example.org/a?b=1', None, None)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    # Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
    if _CONTROL_OR_SPACE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
