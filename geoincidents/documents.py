"""Read text, bytes, HTML and files into :class:`Document` objects.

Every later stage keeps character offsets into ``Document.text``, so this is
the one place where the text is decided: bytes are decoded (UTF-8, else a
small Arabic-vs-Latin heuristic), HTML is reduced to its visible text by
:mod:`geoincidents.html_text`, and nothing else is touched (no whitespace
normalisation of plain text).

>>> doc = as_document("Shelling hit Idlib.", published="2019-03-02", source="X")
>>> doc.published, doc.is_empty, len(doc.doc_id)
(datetime.date(2019, 3, 2), False, 12)
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from .decoding import decode_bytes
from .html_text import html_to_text, looks_like_html

__all__ = ["Document", "DocumentError", "DocumentList", "Problem", "as_document",
           "decode_bytes", "html_to_text", "iter_documents", "parse_date", "read_documents"]

MAX_BYTES = 50_000_000
TEXT_EXTS = {".txt", ".text"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
TABLE_EXTS = {".jsonl", ".ndjson", ".csv", ".tsv"}
SUPPORTED_EXTS = TEXT_EXTS | HTML_EXTS | TABLE_EXTS
# Row/sidecar keys that map onto Document fields; everything else goes to meta.
_KEY_ALIASES = {"published": "published", "date": "published", "source": "source", "outlet": "source",
                "title": "title", "url": "url", "id": "doc_id", "doc_id": "doc_id"}


class DocumentError(ValueError):
    """Input that cannot become a Document; ``path`` and ``line`` say where."""

    def __init__(self, reason: str, path: str | None = None, line: int | None = None):
        self.reason, self.path, self.line = reason, path, line
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(where + reason)


@dataclass(frozen=True)
class Problem:
    """One item that was not read (``kind="error"``) or deliberately skipped (``"skipped"``)."""

    path: str
    line: int | None
    reason: str
    kind: Literal["error", "skipped"] = "error"


class DocumentList(list):
    """A ``list[Document]`` that also carries the :class:`Problem` s met while reading."""

    def __init__(self, docs: Iterable["Document"] = (), problems: list[Problem] | None = None):
        super().__init__(docs)
        self.problems: list[Problem] = problems if problems is not None else []


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

    ``doc_id`` may be left empty: it is then the file stem when ``path`` is set,
    else the first 12 hex digits of the SHA-1 of the text (same text, same id).
    For HTML input ``text`` is the visible text and ``meta["raw_html"]`` the markup.

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
        if not self.doc_id:
            self.doc_id = (Path(self.path).stem if self.path else
                           hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:12])
        self.doc_id = str(self.doc_id)

    @property
    def is_empty(self) -> bool:
        """True when the text is empty or whitespace only (extraction returns nothing)."""
        return not self.text.strip()


# ---------------------------------------------------------------- records
def _from_record(rec: dict[str, Any], text_key: str = "text", **extra: Any) -> Document:
    """A Document from a dict (JSONL row, CSV row, sidecar): known keys to fields, rest to meta."""
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


def as_document(obj: Any, *, published: Any = None, source: str | None = None, title: str | None = None,
                url: str | None = None, doc_id: str | None = None, encoding: str | None = None,
                max_bytes: int | None = MAX_BYTES) -> Document:
    """Turn text, bytes, a dict, a Document or a file path into a :class:`Document`.

    A ``str`` is always article text (HTML markup is detected and stripped); to
    read a file pass a :class:`pathlib.Path`. Keyword arguments override what
    the input carries.

    >>> as_document(b"Two killed", source="SANA").text
    'Two killed'
    >>> as_document(Document("x", source="A"), source="B").source
    'B'
    """
    over = {k: v for k, v in dict(published=published, source=source, title=title, url=url,
                                   doc_id=doc_id).items() if v is not None}
    if isinstance(obj, Document):
        return replace(obj, **over) if over else obj
    if isinstance(obj, os.PathLike):
        docs = DocumentList(iter_documents([obj], encoding=encoding, max_bytes=max_bytes))
        if len(docs) != 1:
            raise DocumentError(f"holds {len(docs)} documents; use read_documents()", path=os.fspath(obj))
        return replace(docs[0], **over) if over else docs[0]
    if isinstance(obj, (bytes, bytearray, memoryview)):
        obj = decode_bytes(bytes(obj), encoding)
    if isinstance(obj, dict):
        return replace(_from_record(obj), **over) if over else _from_record(obj)
    if not isinstance(obj, str):
        raise TypeError(f"cannot make a Document from {type(obj).__name__}; "
                        "pass str, bytes, dict with 'text', Document or pathlib.Path")
    if looks_like_html(obj):
        text, info = html_to_text(obj)
        doc = _from_record({**info, "text": text}, **over)  # unknown keys -> meta
        doc.meta = {"raw_html": obj, "format": "html", **doc.meta}
        return replace(doc, **over) if over else doc
    return Document(obj, **over)


# ---------------------------------------------------------------- files
def _walk(paths: Any) -> Iterator[tuple[Path, bool]]:
    """(file, found_in_a_folder) pairs; folders are walked recursively and sorted."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel):
                    yield f, True
        else:
            yield p, False


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(f"file is {size:,} bytes, over max_bytes={max_bytes:,}; raise max_bytes to read it")
    return path.read_bytes()


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_bytes().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as e:
        raise DocumentError(f"sidecar is not valid JSON: {e}", path=str(side)) from None
    if not isinstance(data, dict):
        raise DocumentError("sidecar must hold a JSON object", path=str(side))
    return data


def _read_file(path: Path, text_column: str, encoding: str | None, max_bytes: int | None,
               problems: list[Problem], errors: str) -> Iterator[Document]:
    ext = path.suffix.lower()
    if ext in TEXT_EXTS | HTML_EXTS:
        raw = decode_bytes(_read_bytes(path, max_bytes), encoding)
        side = _sidecar(path)
        if ext in HTML_EXTS or looks_like_html(raw):
            text, info = html_to_text(raw)
            meta = {"raw_html": raw, "format": "html"}
        else:
            text, info, meta = raw, {}, {"format": "text"}
        rec = {**info, **{k: v for k, v in side.items() if k != "text"}, "text": text}
        doc = _from_record(rec, path=str(path))
        doc.meta = {**meta, **doc.meta}
        yield doc
        return
    stem = path.stem
    if ext in {".jsonl", ".ndjson"}:
        with path.open("rb") as fh:
            rows = ((n, line) for n, line in enumerate(fh, 1))
            for n, line in rows:
                if not line.strip():
                    continue
                try:
                    if max_bytes is not None and len(line) > max_bytes:
                        raise DocumentError(f"line is {len(line):,} bytes, over max_bytes={max_bytes:,}")
                    try:
                        rec = json.loads(decode_bytes(line, encoding))
                    except ValueError as e:
                        raise DocumentError(f"malformed JSON ({e})") from None
                    if not isinstance(rec, dict):
                        raise DocumentError(f"expected a JSON object, got {type(rec).__name__}")
                    yield _from_record(rec, text_column, path=str(path), doc_id=f"{stem}:{n}")
                except DocumentError as e:
                    _problem(problems, errors, str(path), n, e.reason)
        return
    # CSV/TSV: decoded whole (csv needs text), so max_bytes guards the file.
    text = decode_bytes(_read_bytes(path, max_bytes), encoding)
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes or 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if ext == ".tsv" else ",")
    if reader.fieldnames is None or text_column not in reader.fieldnames:
        raise DocumentError(f"no {text_column!r} column (columns: {', '.join(reader.fieldnames or []) or 'none'})")
    for n, row in enumerate(reader, 1):
        try:
            if None in row:
                raise DocumentError(f"row has {len(row[None])} more field(s) than the header")
            yield _from_record(row, text_column, path=str(path), doc_id=f"{stem}:{n}")
        except DocumentError as e:
            _problem(problems, errors, str(path), reader.line_num, e.reason)


def _problem(problems: list[Problem], errors: str, path: str, line: int | None, reason: str,
             kind: Literal["error", "skipped"] = "error") -> None:
    if errors == "raise" and kind == "error":
        raise DocumentError(reason, path=path, line=line)
    problems.append(Problem(path, line, reason, kind))


def iter_documents(paths: str | os.PathLike | Iterable[str | os.PathLike], *, text_column: str = "text",
                   published: Any = None, encoding: str | None = None, max_bytes: int | None = MAX_BYTES,
                   errors: Literal["raise", "collect"] = "raise",
                   problems: list[Problem] | None = None) -> Iterator[Document]:
    """Yield Documents from files and folders; see :func:`read_documents`."""
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    problems = problems if problems is not None else []
    default_date = parse_date(published)
    for path, in_folder in _walk(paths):
        ext = path.suffix.lower()
        if ext == ".json":  # sidecars are read with their document
            if not any(path.with_suffix(e).exists() for e in TEXT_EXTS | HTML_EXTS):
                _problem(problems, errors, str(path), None, "skipped: .json file is no document's sidecar", "skipped")
            continue
        if ext not in SUPPORTED_EXTS:
            reason = f"unsupported file type {ext or '(none)'!r}; expected one of {', '.join(sorted(SUPPORTED_EXTS))}"
            # In a folder an unrelated file (README, image) is skipped and listed, not fatal.
            _problem(problems, errors, str(path), None, reason, "skipped" if in_folder else "error")
            continue
        try:
            for doc in _read_file(path, text_column, encoding, max_bytes, problems, errors):
                if doc.published is None and default_date is not None:
                    doc.published = default_date
                yield doc
        except DocumentError as e:
            if e.path:
                _problem(problems, errors, e.path, e.line, e.reason)
            else:
                _problem(problems, errors, str(path), e.line, e.reason)
        except (OSError, UnicodeDecodeError, csv.Error) as e:
            _problem(problems, errors, str(path), None, f"cannot read: {e}")


def read_documents(paths: str | os.PathLike | Iterable[str | os.PathLike], *, text_column: str = "text",
                   published: Any = None, encoding: str | None = None, max_bytes: int | None = MAX_BYTES,
                   errors: Literal["raise", "collect"] = "raise") -> DocumentList:
    """Read .txt/.html/.jsonl/.csv/.tsv files and folders (recursively, sorted) into Documents.

    Parameters
    ----------
    paths : path or list of paths
        Files or folders. Hidden files are skipped; ``name.json`` beside ``name.txt``
        is a sidecar with ``published``, ``source``/``outlet``, ``title``, ``url``, ``id``.
    text_column : str
        JSONL key / CSV column holding the text; ``published``, ``source``/``outlet``,
        ``title``, ``url``, ``id``/``doc_id`` fill the fields, other columns go to ``meta``.
    published : date or str, optional
        Default publication date for documents that carry none.
    encoding : str, optional
        Force an encoding instead of detecting it.
    max_bytes : int or None
        Refuse files (or JSONL lines) larger than this; ``None`` disables the guard.
    errors : {"raise", "collect"}
        ``"raise"``: the first bad file/row raises :class:`DocumentError` naming file and line.
        ``"collect"``: bad items become :class:`Problem` s in the result's ``.problems``.
        Files skipped on purpose (unsupported types found inside a folder, orphan .json)
        are listed there in both modes with ``kind="skipped"``: nothing is dropped silently.

    Returns
    -------
    DocumentList
        A list of Documents with a ``.problems`` attribute.

    Examples
    --------
    >>> docs = read_documents("seeds", errors="collect")  # doctest: +SKIP
    >>> [d.published for d in docs], docs.problems  # doctest: +SKIP
    """
    problems: list[Problem] = []
    docs = iter_documents(paths, text_column=text_column, published=published, encoding=encoding,
                          max_bytes=max_bytes, errors=errors, problems=problems)
    return DocumentList(docs, problems)
