"""Read text, bytes, HTML and files into :class:`Document` objects.

Every later stage keeps character offsets into ``Document.text``, so this is
the one place where the text is decided: bytes are decoded (UTF-8, else a
small Arabic-vs-Latin heuristic), HTML is reduced to its visible text by
:mod:`geoincidents.read.html`, lone surrogates become U+FFFD (same length),
and nothing else is touched (no whitespace normalisation of plain text).

The record types live in :mod:`geoincidents.read.model`, file reading in
:mod:`geoincidents.read.files`; this module is the public face of both.

>>> doc = as_document("Shelling hit Idlib.", published="2019-03-02", source="X")
>>> doc.published, doc.is_empty, len(doc.doc_id)
(datetime.date(2019, 3, 2), False, 12)
"""
from __future__ import annotations

import codecs
import csv
import os
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from .decode import decode_bytes
from .model import Document, DocumentError, DocumentList, Problem, from_record, parse_date
from .html import html_to_text, looks_like_html
from .files import HTML_EXTS, MAX_BYTES, SUPPORTED_EXTS, TEXT_EXTS, file_kind, read_file, walk

__all__ = ["Document", "DocumentError", "DocumentList", "Problem", "as_document", "as_path",
           "decode_bytes", "html_to_text", "iter_documents", "parse_date", "read_documents"]

#: Longest ``str`` that is still tried as a file or folder name (longer is always text).
MAX_PATH_CHARS = 1024


def as_path(obj: Any) -> Path | None:
    """``obj`` as a Path when it names a file or folder to read, else None (it is text).

    An ``os.PathLike`` is always a path. A ``str`` is a path only when it is
    plausible as one *and* exists: a single line (no newline, CR or NUL), at
    most :data:`MAX_PATH_CHARS` characters, no leading/trailing whitespace.
    Anything else is article text, so a one-line headline is never mistaken
    for a file unless a file of exactly that name exists.

    >>> as_path("Two civilians were killed in Ariha.") is None
    True
    >>> as_path(Path("missing.txt"))
    PosixPath('missing.txt')
    """
    if isinstance(obj, os.PathLike):
        return Path(obj)
    if not isinstance(obj, str) or not obj or len(obj) > MAX_PATH_CHARS or obj != obj.strip():
        return None
    if any(c in obj for c in "\n\r\0"):
        return None
    try:
        return Path(obj) if os.path.lexists(obj) else None
    except (OSError, ValueError):
        return None


def as_document(obj: Any, *, published: Any = None, source: str | None = None, title: str | None = None,
                url: str | None = None, doc_id: str | None = None, encoding: str | None = None,
                max_bytes: int | None = MAX_BYTES) -> Document:
    """Turn text, bytes, a dict, a Document or a file path into a :class:`Document`.

    A ``str`` naming an existing file is read as that file (see :func:`as_path`
    for when a str counts as a path); any other ``str`` is article text (HTML
    markup is detected and stripped). A :class:`pathlib.Path` is always a file.
    Keyword arguments override what the input carries.

    >>> as_document(b"Two killed", source="SANA").text
    'Two killed'
    >>> as_document(Document("x", source="A"), source="B").source
    'B'
    """
    over = {k: v for k, v in dict(published=published, source=source, title=title, url=url,
                                   doc_id=doc_id).items() if v is not None}
    if isinstance(obj, Document):
        return replace(obj, **over) if over else obj
    path = as_path(obj)
    if path is not None and path.is_dir():
        # One article from a folder makes no sense, and walking it ("/" is a valid str) could
        # read a whole disk before failing: refuse at once.
        raise DocumentError("is a folder: extract() and mentions() read one article; "
                            "use extract_many() or read_documents() for folders", path=os.fspath(path))
    if path is not None:
        docs = read_documents(path, encoding=encoding, max_bytes=max_bytes)
        if len(docs) != 1:
            raise DocumentError(f"holds {len(docs)} documents; use read_documents()", path=os.fspath(path))
        return replace(docs[0], **over) if over else docs[0]
    if isinstance(obj, (bytes, bytearray, memoryview)):
        obj = decode_bytes(bytes(obj), encoding)
    if isinstance(obj, dict):
        return replace(from_record(obj), **over) if over else from_record(obj)
    if not isinstance(obj, str):
        raise TypeError(f"cannot make a Document from {type(obj).__name__}; "
                        "pass str, bytes, dict with 'text', Document or pathlib.Path")
    if looks_like_html(obj):
        text, info = html_to_text(obj)
        doc = from_record({**info, "text": text}, **over)  # unknown keys -> meta
        doc.meta = {"raw_html": obj, "format": "html", **doc.meta}
        return replace(doc, **over) if over else doc
    return Document(obj, **over)


def _problem(problems: list[Problem], errors: str, path: str, line: int | None, reason: str,
             kind: Literal["error", "skipped", "warning"] = "error") -> None:
    if errors == "raise" and kind == "error":
        raise DocumentError(reason, path=path, line=line)
    problems.append(Problem(path, line, reason, kind))


def _files(paths: Any, problems: list[Problem]) -> Iterator[tuple[Path, bool]]:
    """(file, found_in_a_folder) pairs; folders are walked recursively and sorted."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in map(Path, paths):
        if p.is_dir():
            for f in walk(p, problems):
                yield f, True
        else:
            yield p, False


def iter_documents(paths: str | os.PathLike | Iterable[str | os.PathLike], *, text_column: str = "text",
                   published: Any = None, encoding: str | None = None, max_bytes: int | None = MAX_BYTES,
                   errors: Literal["raise", "collect"] = "raise",
                   problems: list[Problem] | None = None) -> Iterator[Document]:
    """Yield Documents from files and folders; see :func:`read_documents`."""
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if encoding is not None:
        try:
            codecs.lookup(encoding)  # a caller's typo: say so once, not once per file
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r}; e.g. 'utf-8', 'cp1256', 'cp1252'") from None
    problems = problems if problems is not None else []
    default_date = parse_date(published)

    def report(path: str, line: int | None, reason: str,
               kind: Literal["error", "skipped", "warning"] = "error") -> None:
        _problem(problems, errors, path, line, reason, kind)

    for path, in_folder in _files(paths, problems):
        ext = path.suffix.lower()
        if not in_folder:  # named directly: say what it is (a device, a FIFO) before its extension
            try:
                special = file_kind(os.stat(path).st_mode)
            except (OSError, ValueError):
                special = None  # reported by the read below, which names the error
            if special:
                _problem(problems, errors, str(path), None, f"cannot read: {special}, not a regular file")
                continue
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
            for doc in read_file(path, text_column, encoding, max_bytes, report):
                if doc.published is None and default_date is not None:
                    doc.published = default_date
                yield doc
        except DocumentError as e:
            _problem(problems, errors, e.path or str(path), e.line, e.reason)
        except (OSError, UnicodeDecodeError, csv.Error) as e:
            _problem(problems, errors, str(path), None, f"cannot read: {e}")


def read_documents(paths: str | os.PathLike | Iterable[str | os.PathLike], *, text_column: str = "text",
                   published: Any = None, encoding: str | None = None, max_bytes: int | None = MAX_BYTES,
                   errors: Literal["raise", "collect"] = "raise") -> DocumentList:
    """Read .txt/.html/.jsonl/.csv/.tsv/.parquet files and folders (recursively, sorted) into Documents.

    Parameters
    ----------
    paths : path or list of paths
        Files or folders. Hidden files are skipped; ``name.json`` beside ``name.txt``
        is a sidecar with ``published``, ``source``/``outlet``, ``title``, ``url``, ``id``.
        Only regular files are read: FIFOs, devices and sockets are refused (an error
        when named directly; inside a folder skipped and listed, like symbolic links,
        which are not followed, and sub-folders that cannot be read).
    text_column : str
        JSONL key / CSV or Parquet column holding the text; ``published``, ``source``/``outlet``,
        ``title``, ``url``, ``id``/``doc_id`` fill the fields, other columns go to ``meta``.
    published : date or str, optional
        Default publication date for documents that carry none.
    encoding : str, optional
        Force an encoding instead of detecting it.
    max_bytes : int or None
        Refuse files (or JSONL lines) larger than this; never more than this is read.
        ``None`` disables the guard.
    errors : {"raise", "collect"}
        ``"raise"``: the first bad file/row raises :class:`DocumentError` naming file and line.
        ``"collect"``: bad items become :class:`Problem` s in the result's ``.problems``.
        Files skipped on purpose (unsupported types, links or special files found inside a
        folder, orphan .json) are listed there in both modes with ``kind="skipped"``:
        nothing is dropped silently. Rows read but suspect (a CSV field that seems to
        have swallowed rows after an unclosed quote) are listed with ``kind="warning"``.

    Returns
    -------
    DocumentList
        A list of Documents with a ``.problems`` attribute. Ids are unique per document:
        ``<stem>-<8 hex>`` for a file, ``<stem>-<8 hex>:<n>`` for a JSONL line or CSV row,
        unless a sidecar or row gives an ``id`` (see :mod:`geoincidents.read.files`).

    Examples
    --------
    >>> docs = read_documents("seeds", errors="collect")  # doctest: +SKIP
    >>> [d.published for d in docs], docs.problems  # doctest: +SKIP
    """
    problems: list[Problem] = []
    docs = iter_documents(paths, text_column=text_column, published=published, encoding=encoding,
                          max_bytes=max_bytes, errors=errors, problems=problems)
    return DocumentList(docs, problems)
