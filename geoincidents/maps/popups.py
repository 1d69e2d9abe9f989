"""Popup data: one compact JSON record per incident, turned into popups by the browser.

No HTML is built here. :func:`popup_record` picks the fields a popup and tooltip show, as plain
values (text stays exactly as written); the page builds the DOM from them with ``textContent``
(:mod:`geoincidents.maps.page_js`). Missing values are left out, which keeps 50,000-incident maps
small.

Keys: ``st`` sub-event type, ``et`` event type, ``wp`` weapons, ``mu`` munitions
``[[kind, n]]``, ``d0``/``d1`` first/last date (ISO), ``tp`` time precision, ``dt`` date words,
``k``/``kl``/``kh`` fatalities best/low/high, ``kt`` their words, ``vi`` victims ``[[group, n]]``,
``vt`` their words, ``po`` part of, ``inj`` injured, ``ac`` actors, ``pw`` place as written,
``pl`` place resolved, ``pc`` P-code, ``pid`` place id, ``fty`` feature type, ``adm`` admin units
``[[name, pcode]]`` (narrowest first), ``pn`` precision not given, ``cf`` resolver confidence,
``at`` attribution, ``src``/``stt``/``url`` source name/title/URL, ``lk`` the URL is http(s),
``pub`` published, ``ns`` number of sources merged, ``ev`` evidence.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from geoincidents.maps.safe import is_missing, safe_url

#: Text columns copied as is: record key -> incident column.
_TEXT = {
    "st": "sub_event_type", "et": "event_type", "dt": "date_text", "kt": "fatalities_text",
    "vt": "victims_text", "po": "part_of", "pw": "location_mention", "pl": "location", "pc": "pcode",
    "pid": "place_id", "fty": "feature_type", "at": "attribution", "src": "source",
    "stt": "source_title", "url": "source_url", "ev": "evidence",
}
#: Record keys whose value is one string; :mod:`geoincidents.maps.dataset` stores them once in a string table.
TEXT_KEYS = ("st", "et", "dt", "kt", "vt", "po", "pw", "pl", "pc", "pid", "fty", "at", "src", "stt")
#: Count columns: record key -> incident column.
_COUNTS = {"k": "fatalities", "kl": "fatalities_low", "kh": "fatalities_high", "inj": "injured"}
_DATES = {"d0": "date_start", "d1": "date_end", "pub": "published"}


#: Every incident column a popup record reads (other columns need not be converted to rows).
POPUP_COLUMNS = (*_TEXT.values(), *_COUNTS.values(), *_DATES.values(), "time_precision", "weapons", "munitions",
                 "victims", "actor1", "actor2", "actors", "admin1", "admin2", "admin3", "admin1_pcode",
                 "admin2_pcode", "admin3_pcode", "geo_precision", "location_confidence", "n_sources")


def date_text(value: Any) -> str | None:
    """ISO date for dates and timestamps, the text itself for anything else; ``None`` if missing.

    Examples
    --------
    >>> date_text(dt.datetime(2020, 2, 27, 13, 5)), date_text("Feb 2020"), date_text(None)
    ('2020-02-27', 'Feb 2020', None)
    """
    if is_missing(value):
        return None
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def count_value(value: Any) -> int | str | None:
    """An integer count, the value as text if it is not a number, ``None`` if missing.

    Examples
    --------
    >>> count_value(12.0), count_value("dozens"), count_value(float("nan"))
    (12, 'dozens', None)
    """
    if is_missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return str(value)


def as_list(value: Any) -> list:
    """The non-missing items of a list-like value (a scalar becomes a one-item list)."""
    if is_missing(value):
        return []
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if not is_missing(v)]
    if hasattr(value, "tolist"):
        return [v for v in value.tolist() if not is_missing(v)]
    return [value]


def _pairs(value: Any) -> list[list]:
    if not isinstance(value, Mapping):
        return []
    out = []
    for key, n in value.items():
        n_value = count_value(n)
        out.append([str(key), "" if n_value is None else n_value])
    return out


def _actors(row: Mapping[str, Any]) -> list[str]:
    names = [a for a in (row.get("actor1"), row.get("actor2")) if not is_missing(a)]
    for extra in as_list(row.get("actors")):
        if extra not in names:
            names.append(extra)
    return [str(n) for n in names]


def popup_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The popup and tooltip fields of one incident row (a mapping of schema columns).

    Parameters
    ----------
    row : mapping
        One incident in the :mod:`geoincidents.schema` layout.

    Returns
    -------
    dict
        Short keys (see the module docstring) -> JSON values; missing values are left out.

    Examples
    --------
    >>> popup_record({"location": "Mardikh", "fatalities": 12.0, "evidence": "<b>{{ 7*7 }}</b>",
    ...               "source_url": "javascript:alert(1)", "geo_precision": None})
    {'pl': 'Mardikh', 'url': 'javascript:alert(1)', 'ev': '<b>{{ 7*7 }}</b>', 'k': 12, 'pn': 1}
    """
    rec: dict[str, Any] = {}
    for key, col in _TEXT.items():
        value = row.get(col)
        if not is_missing(value):
            rec[key] = str(value)
    for key, col in _COUNTS.items():
        value = count_value(row.get(col))
        if value is not None:
            rec[key] = value
    for key, col in _DATES.items():
        value = date_text(row.get(col))
        if value is not None:
            rec[key] = value
    tp = row.get("time_precision")
    if not is_missing(tp):
        rec["tp"] = count_value(tp)
    weapons = [str(w) for w in as_list(row.get("weapons"))]
    if weapons:
        rec["wp"] = weapons
    for key, col in (("mu", "munitions"), ("vi", "victims")):
        pairs = _pairs(row.get(col))
        if pairs:
            rec[key] = pairs
    actors = _actors(row)
    if actors:
        rec["ac"] = actors
    admin = []
    for level in ("admin3", "admin2", "admin1"):
        name, code = row.get(level), row.get(f"{level}_pcode")
        if is_missing(name) and is_missing(code):
            continue
        admin.append(["" if is_missing(name) else str(name), "" if is_missing(code) else str(code)])
    if admin:
        rec["adm"] = admin
    if is_missing(row.get("geo_precision")):
        rec["pn"] = 1
    conf = row.get("location_confidence")
    if not is_missing(conf):
        try:
            conf = float(conf)
        except (TypeError, ValueError):
            conf = math.nan
        if math.isfinite(conf):
            rec["cf"] = round(conf, 3)
    if "url" in rec and safe_url(rec["url"]) is not None:
        rec["lk"] = 1
    n = count_value(row.get("n_sources"))
    if isinstance(n, int) and n > 1:
        rec["ns"] = n
    return rec
