"""Escaped HTML for popups, tooltips and legends.

Everything here returns *finished, escaped* HTML: each value from the data passes through
:func:`esc` (``html.escape`` with quotes) exactly once, and only ``http(s)`` URLs become links.
The strings are then embedded in the page as JSON (``tojson`` escapes ``<``, ``>``, ``&`` and
``'``), so neither the HTML nor the ``<script>`` block around it can be re-opened by the text.
Leaflet later sets them as ``innerHTML``: that is safe because they are already escaped. We do
not use ``folium.Popup``/``Tooltip``/``GeoJsonTooltip`` for data text, because they insert
strings as raw HTML.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from geoincidents.maps.styles import TIME_PRECISION_LABELS, color_for, precision_of


def is_missing(value: Any) -> bool:
    """True for None, NA, NaN and empty strings/containers.

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing(""), is_missing([]), is_missing(0)
    (True, True, True, True, False)
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, (str, list, tuple, dict, set)) and len(value) == 0:
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return False


def esc(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute; missing values become ``""``.

    Examples
    --------
    >>> esc('<img src=x onerror=alert(1)> "q" \\'s\\' `b`')
    '&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &#x27;s&#x27; &#96;b&#96;'
    """
    if is_missing(value):
        return ""
    # Backticks are harmless in text, but old IE treated them as attribute quotes.
    return html.escape(str(value), quote=True).replace("`", "&#96;")


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute ``http``/``https`` URL, else ``None`` (never a link).

    Examples
    --------
    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(" JaVaScRiPt:x")
    ('https://example.org/a?b=1', None, None)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    # Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
    if any(ord(ch) < 33 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link(url: Any, text: Any = None) -> str:
    """An escaped ``<a>`` for http(s) URLs; other URLs are shown as plain, escaped text.

    Examples
    --------
    >>> link("javascript:alert(1)")
    'javascript:alert(1)'
    >>> link("https://x.org/?a=1&b=2", "src")
    '<a href="https://x.org/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer nofollow">src</a>'
    """
    good = safe_url(url)
    label = esc(text if not is_missing(text) else url)
    if good is None:
        if is_missing(text) or is_missing(url):
            return label
        # Keep the address visible (users judge sources) but never clickable.
        return f'{label} <span class="gi-muted">(not a web link: {esc(url)})</span>'
    return f'<a href="{esc(good)}" target="_blank" rel="noopener noreferrer nofollow">{label}</a>'


def fmt_date(value: Any) -> str:
    """ISO date text for dates, timestamps and strings (escaped)."""
    if is_missing(value):
        return ""
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return esc(value.date().isoformat())
    if isinstance(value, dt.date):
        return esc(value.isoformat())
    return esc(value)


def fmt_count(value: Any) -> str:
    """Integer text for counts; missing counts are ``""``."""
    if is_missing(value):
        return ""
    try:
        return str(int(value))
    except (TypeError, ValueError):
        return esc(value)


def _as_list(value: Any) -> list:
    if is_missing(value):
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if not is_missing(v)]
    if hasattr(value, "tolist"):
        return [v for v in value.tolist() if not is_missing(v)]
    return [value]


def _row(label: str, value_html: str) -> str:
    return f"<tr><th>{label}</th><td>{value_html}</td></tr>" if value_html else ""


def _admin_text(row: Mapping[str, Any]) -> str:
    parts = []
    for level in ("admin3", "admin2", "admin1"):
        name, code = row.get(level), row.get(f"{level}_pcode")
        if is_missing(name) and is_missing(code):
            continue
        parts.append(esc(name) + (f" ({esc(code)})" if not is_missing(code) else ""))
    return " &rsaquo; ".join(parts)


def _precision_text(row: Mapping[str, Any], has_region: bool) -> str:
    prec = precision_of(row.get("geo_precision"))
    raw = row.get("geo_precision")
    given = "" if not is_missing(raw) else " (not given; treated as approximate)"
    if prec == 1:
        return f"1 &ndash; the named place{given}"
    if prec == 2:
        return f"2 &ndash; near the place or part of an area; position approximate{given}"
    if has_region:
        return "3 &ndash; only a region is named; the region is shaded, there is no point"
    return "3 &ndash; only a region is named; region outline unavailable, marker at its centre"


def _dates_text(row: Mapping[str, Any]) -> str:
    start, end = fmt_date(row.get("date_start")), fmt_date(row.get("date_end"))
    if not start and not end:
        return "not given"
    span = start if (not end or end == start) else f"{start or '?'} &ndash; {end}"
    tp = row.get("time_precision")
    if not is_missing(tp):
        span += f' <span class="gi-muted">({esc(TIME_PRECISION_LABELS.get(int(tp), tp))})</span>'
    if not is_missing(row.get("date_text")):
        span += f' <span class="gi-muted">&ldquo;{esc(row.get("date_text"))}&rdquo;</span>'
    return span


def _fatalities_text(row: Mapping[str, Any]) -> str:
    best = fmt_count(row.get("fatalities"))
    low, high = fmt_count(row.get("fatalities_low")), fmt_count(row.get("fatalities_high"))
    out = best or "no count given"
    if low or high:
        out += f' <span class="gi-muted">(range {low or "?"}&ndash;{high or "open"})</span>'
    if not is_missing(row.get("fatalities_text")):
        out += f' from &ldquo;{esc(row.get("fatalities_text"))}&rdquo;'
    victims = row.get("victims")
    if isinstance(victims, Mapping) and victims:
        groups = ", ".join(f"{esc(k)} {fmt_count(v) or esc(v)}" for k, v in victims.items())
        out += f'<br>of whom: {groups} <span class="gi-muted">(parts overlap; not a sum)</span>'
    if not is_missing(row.get("victims_text")):
        out += f' from &ldquo;{esc(row.get("victims_text"))}&rdquo;'
    if not is_missing(row.get("part_of")):
        out += f'<br><span class="gi-muted">already counted in incident {esc(row.get("part_of"))}</span>'
    return out


def _actors_text(row: Mapping[str, Any]) -> str:
    names = [a for a in (row.get("actor1"), row.get("actor2")) if not is_missing(a)]
    for extra in _as_list(row.get("actors")):
        if extra not in names:
            names.append(extra)
    return ", ".join(esc(n) for n in names)


def _source_text(row: Mapping[str, Any]) -> str:
    title = row.get("source_title")
    if is_missing(title):
        title = row.get("source")
    url = row.get("source_url")
    parts = []
    if not is_missing(url):
        parts.append(link(url, title if not is_missing(title) else url))
    elif not is_missing(title):
        parts.append(esc(title))
    if not is_missing(row.get("source")) and not is_missing(row.get("source_title")):
        parts.append(esc(row.get("source")))
    if not is_missing(row.get("published")):
        parts.append(f"published {fmt_date(row.get('published'))}")
    n = row.get("n_sources")
    if not is_missing(n) and int(n) > 1:
        parts.append(f"{int(n)} sources merged")
    return " &middot; ".join(parts)


def popup_html(row: Mapping[str, Any], *, has_region: bool = False) -> str:
    """Escaped popup HTML for one incident row (a mapping of schema columns).

    Examples
    --------
    >>> html_ = popup_html({"sub_event_type": "Air/drone strike", "evidence": "<script>x</script>",
    ...                      "source_url": "javascript:alert(1)", "fatalities": 12})
    >>> "<script>" in html_, "&lt;script&gt;x&lt;/script&gt;" in html_, "href" in html_
    (False, True, False)
    """
    sub = row.get("sub_event_type")
    title = esc(sub) or "Incident (type not given)"
    event = esc(row.get("event_type"))
    swatch = f'<span class="gi-sw" style="background:{color_for(sub)}"></span>'
    weapons = ", ".join(esc(w) for w in _as_list(row.get("weapons")))
    munitions = row.get("munitions")
    counted = ", ".join(f"{esc(n)} {esc(k)}" for k, n in munitions.items()) if isinstance(munitions, dict) else ""
    place_written = esc(row.get("location_mention"))
    place_resolved = esc(row.get("location"))
    codes = ", ".join(
        f"{label} {esc(row.get(col))}" for label, col in (("P-code", "pcode"), ("id", "place_id"))
        if not is_missing(row.get(col))
    )
    if codes:
        place_resolved += f' <span class="gi-muted">({codes}{", " + esc(row.get("feature_type")) if not is_missing(row.get("feature_type")) else ""})</span>'
    conf = row.get("location_confidence")
    precision = _precision_text(row, has_region)
    if not is_missing(conf):
        precision += f' <span class="gi-muted">(resolver confidence {float(conf):.2f})</span>'
    injured = fmt_count(row.get("injured"))
    rows = [
        _row("When", _dates_text(row)),
        _row("Type", event + (f" &middot; weapons: {weapons}" if weapons else "")),
        _row("Killed", _fatalities_text(row)),
        _row("Injured", injured),
        _row("Counted", counted),
        _row("Actors", _actors_text(row)),
        _row("Place as written", f"&ldquo;{place_written}&rdquo;" if place_written else ""),
        _row("Resolved to", place_resolved),
        _row("Admin units", _admin_text(row)),
        _row("Precision", precision),
        _row("Reported by", esc(row.get("attribution"))),
        _row("Source", _source_text(row)),
    ]
    evidence = esc(row.get("evidence"))
    body = f"<h4>{swatch}{title}</h4><table>{''.join(rows)}</table>"
    if evidence:
        body += f'<div class="gi-muted">Evidence:</div><blockquote class="gi-evidence">{evidence}</blockquote>'
    if not is_missing(row.get("incident_id")):
        body += f'<div class="gi-muted">incident {esc(row.get("incident_id"))}</div>'
    return body


def tooltip_html(row: Mapping[str, Any]) -> str:
    """Escaped one-line tooltip: place and fatality count.

    Examples
    --------
    >>> tooltip_html({"location": "Mardikh", "fatalities": 12})
    'Mardikh &middot; 12 killed'
    """
    place = esc(row.get("location")) or esc(row.get("location_mention")) or "unknown place"
    count = fmt_count(row.get("fatalities"))
    killed = f"{count} killed" if count else "no count given"
    if precision_of(row.get("geo_precision")) == 3:
        place += " (region only)"
    return f"{place} &middot; {killed}"
