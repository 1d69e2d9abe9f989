"""The Document record and the small types every reader shares.

:class:`Document` is what every later stage reads; its ``text`` is final once
the Document exists (all offsets refer to it). This module holds the record,
its error and problem types, date parsing and the row-to-Document mapping, so
that :mod:`geoincidents.read.html` (pages), :mod:`geoincidents.read.files` (files)
and :mod:`geoincidents.read.documents` (the public reading API) all build on it and
it imports none of them: the reading wing's imports form no circle.

>>> d = Document("Shelling hit Idlib \\ud800.")
>>> d.text[-2:], d.meta["repaired"]
('\\ufffd.', '1 lone surrogate(s) replaced with U+FFFD')
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Iterable, Literal

__all__ = ["Document", "DocumentError", "DocumentList", "Problem", "from_record", "parse_date",
           "replace_surrogates", "path_doc_id", "short_hash"]

# Row/sidecar keys that map onto Document fields; everything else goes to meta.
_KEY_ALIASES = {"published": "published", "date": "published", "source": "source", "outlet": "source",
                "title": "title", "url": "url", "id": "doc_id", "doc_id": "doc_id"}
# Lone UTF-16 surrogates: legal in a Python str (JSON "\ud800", surrogateescape'd
# file names) but not encodable as UTF-8, so Arrow/GDAL writers fail on them later.
_SURROGATE = re.compile("[\ud800-\udfff]")


class DocumentError(ValueError):
    """Input that cannot become a Document; ``path`` and ``line`` say where."""

    def __init__(self, reason: str, path: str | None = None, line: int | None = None):
        self.reason, self.path, self.line = reason, path, line
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(where + reason)


@dataclass(frozen=True)
class Problem:
    """One item that was not read (``kind="error"``), deliberately skipped (``"skipped"``),
    or read but suspect (``"warning"``, e.g. a CSV row that may hold an unclosed quote)."""

    path: str
    line: int | None
    reason: str
    kind: Literal["error", "skipped", "warning"] = "error"


class DocumentList(list):
    """A ``list[Document]`` that also carries the :class:`Problem` s met while reading."""

    def __init__(self, docs: Iterable["Document"] = (), problems: list[Problem] | None = None):
        super().__init__(docs)
        self.problems: list[Problem] = problems if problems is not None else []


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD (same length), and how many there were.

    >>> replace_surrogates("a\\udc80b")
    ('a\\ufffdb', 1)
    """
    return _SURROGATE.subn("\ufffd", text)


def short_hash(*parts: str) -> str:
    """8 hex digits of the SHA-1 of ``parts`` (NUL-separated): short, readable, stable."""
    data = "\0".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha1(data).hexdigest()[:8]


def path_doc_id(path: str, content: str = "") -> str:
    """Id of a document read from ``path``: the file stem plus a hash of path and content.

    Two ``report.txt`` files in different folders get different ids, so their
    incidents are never merged as if they came from one document.

    >>> path_doc_id("a/report.txt", "x") != path_doc_id("b/report.txt", "x")
    True
    >>> path_doc_id("a/report.txt", "x").startswith("report-")
    True
    """
    stem = replace_surrogates(Path(path).stem)[0]
    return f"{stem}-{short_hash(str(path), content)}"


def parse_date(value: Any, what: str = "published") -> date | None:
    """Read a date from a date, datetime, ISO string, RFC 2822 or '26 September 2017' string.

    >>> parse_date("2017-09-26T08:00:00Z"), parse_date("Sep 26, 2017")
    (datetime.date(2017, 9, 26), datetime.date(2017, 9, 26))
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DocumentError(f"{what} must be a date, datetime or ISO string, not {type(value).__name__}")
    s = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return datetime.fromisoformat(s.replace("Z", "+00:00")).date() if len(s) > 10 else date.fromisoformat(s)
        except ValueError:
            pass
    else:
        for fmt in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y"):
            try:
                return datetime.strptime(s, fmt).date()
            except ValueError:
                continue
        try:  # RSS / HTTP style: "Tue, 26 Sep 2017 10:00:00 GMT"
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    raise DocumentError(f"{what}: cannot read {value!r} as a date; use ISO format YYYY-MM-DD")


@dataclass
class Document:
    """One article: its text (all offsets refer to it) and what is known about it.

    ``doc_id`` may be left empty: it is then derived from ``path`` when set
    (``<stem>-<8 hex of sha1(path, text)>``, see :func:`path_doc_id`), else the
    first 12 hex digits of the SHA-1 of the text (same text, same id).
    For HTML input ``text`` is the visible text and ``meta["raw_html"]`` the markup.

    Lone surrogates (e.g. from a JSON ``"\\ud800"`` escape) in the text and the
    string fields are replaced with U+FFFD on creation, so the text keeps its
    length (offsets are unchanged) and every writer can encode it; the repair
    is recorded in ``meta["repaired"]``.

    >>> Document("Two killed in Qardaha.").doc_id == Document("Two killed in Qardaha.").doc_id
    True
    """

    text: str
    doc_id: str = ""
    published: date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document.text must be str, not {type(self.text).__name__}")
        self.published = parse_date(self.published)
        self.text, n = replace_surrogates(self.text)
        for name in ("doc_id", "source", "title", "url"):
            value = getattr(self, name)
            if isinstance(value, str):
                value, k = replace_surrogates(value)
                setattr(self, name, value)
                n += k
        if n:
            self.meta = {**self.meta, "repaired": f"{n} lone surrogate(s) replaced with U+FFFD"}
        if not self.doc_id:
            self.doc_id = (path_doc_id(self.path, self.text) if self.path else
                           hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12])
        self.doc_id = str(self.doc_id)

    @property
    def is_empty(self) -> bool:
        """True when the text is empty or whitespace only (extraction returns nothing)."""
        return not self.text.strip()


def from_record(rec: dict[str, Any], text_key: str = "text", **extra: Any) -> Document:
    """A Document from a dict (JSONL row, CSV row, sidecar): known keys to fields, rest to meta.

    ``extra`` fills fields the record leaves empty (e.g. ``path``, a default ``doc_id``).
    """
    if text_key not in rec:
        raise DocumentError(f"no {text_key!r} field (keys: {', '.join(map(str, rec)) or 'none'})")
    text = rec[text_key]
    if not isinstance(text, str):
        raise DocumentError(f"{text_key!r} must be a string, not {type(text).__name__}")
    kw: dict[str, Any] = {"meta": {}}
    for k, v in rec.items():
        if k == text_key:
            continue
        target = _KEY_ALIASES.get(str(k).lower())
        if target and v not in (None, "") and target not in kw:
            kw[target] = str(v) if target != "published" else v
        elif not target:
            kw["meta"][k] = v
    for k, v in extra.items():
        if v is not None and kw.get(k) in (None, ""):
            kw[k] = v
    return Document(text, **kw)
