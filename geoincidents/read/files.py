"""Files and folders to Documents: walking folders safely and reading each format.

Only regular files are read, and never more than ``max_bytes`` (+1 to detect
the overflow), whatever ``stat`` claims: ``/dev/zero`` reports size 0 and a
FIFO blocks on open, so both are refused *before* any read. Inside a folder,
symbolic links, FIFOs, devices and unreadable sub-folders are skipped and
listed as problems, never silently.

Ids: a .txt/.html file's Document is ``<stem>-<8 hex>`` (hash of path and
text); a JSONL/CSV/Parquet row is ``<stem>-<8 hex of the path>:<n>`` (JSONL: line
number, CSV/Parquet: row number); a document read from a stream (stdin) is the
hash of its text. A row or sidecar ``id`` wins over all. Re-reading the same
files gives the same ids; the incident store also keys documents by a hash of
their text, so the same article under another path is not stored twice.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path
from typing import Any, Iterator

from .decode import decode_bytes
from .model import Document, DocumentError, Problem, from_record, parse_date, short_hash
from .html import html_to_text, looks_like_html

__all__ = ["MAX_BYTES", "SUPPORTED_EXTS", "file_kind", "read_bytes", "read_file", "read_stream", "walk"]

MAX_BYTES = 50_000_000
TEXT_EXTS = {".txt", ".text"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
TABLE_EXTS = {".jsonl", ".ndjson", ".csv", ".tsv", ".parquet"}
SUPPORTED_EXTS = TEXT_EXTS | HTML_EXTS | TABLE_EXTS
# O_NONBLOCK: should a FIFO slip past the stat check (a race), open() still must not hang.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _open_regular(path: Path) -> io.BufferedReader:
    """``path`` opened for binary reading, refusing anything but a regular file."""
    try:
        kind = file_kind(os.stat(path).st_mode)  # stat never blocks; open() on a FIFO would
        if kind is None:
            fd = os.open(path, _OPEN_FLAGS)
            kind = file_kind(os.fstat(fd).st_mode)  # the file opened may not be the one stat'ed
            if kind is None:
                return os.fdopen(fd, "rb")
            os.close(fd)
    except OSError as e:
        raise DocumentError(f"cannot read: {e.strerror or e}") from None
    except ValueError as e:  # e.g. "embedded null byte" in the name
        raise DocumentError(f"cannot read: {e}") from None
    raise DocumentError(f"cannot read: {kind}, not a regular file")


def read_bytes(path: Path, max_bytes: int | None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes``; anything else raises DocumentError."""
    with _open_regular(path) as fh:
        # A stated size over the limit is refused unread; the capped read below still
        # catches files whose real size stat does not know (e.g. under /proc).
        size = os.fstat(fh.fileno()).st_size
        if max_bytes is not None and size > max_bytes:
            raise DocumentError(f"file is {size:,} bytes, over max_bytes={max_bytes:,}; raise max_bytes to read it")
        try:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
        except OSError as e:
            raise DocumentError(f"cannot read: {e.strerror or e}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise DocumentError(f"file is over max_bytes={max_bytes:,} bytes; raise max_bytes to read it")
    return data


def walk(root: Path, problems: list[Problem]) -> Iterator[Path]:
    """Files under folder ``root``, sorted; hidden entries skipped, links and special files listed."""
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        problems.append(Problem(str(err.filename or root), None,
                                f"skipped: cannot read folder: {err.strerror or err}", "skipped"))

    for top, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs[:]:
            if os.path.islink(os.path.join(top, name)):
                # Not followed: a link may leave the folder or loop back into it.
                problems.append(Problem(os.path.join(top, name), None,
                                        "skipped: symbolic link to a folder (not followed)", "skipped"))
                dirs.remove(name)
        for name in files:
            if name.startswith("."):
                continue
            p = Path(top, name)
            try:
                mode = os.lstat(p).st_mode
            except OSError as e:
                problems.append(Problem(str(p), None, f"skipped: cannot read: {e.strerror or e}", "skipped"))
                continue
            if stat.S_ISLNK(mode):
                problems.append(Problem(str(p), None, "skipped: symbolic link (pass its target to read it)",
                                        "skipped"))
            elif file_kind(mode):
                problems.append(Problem(str(p), None, f"skipped: {file_kind(mode)}, not a regular file", "skipped"))
            else:
                found.append(p)
    yield from sorted(found, key=lambda f: f.relative_to(root).parts)


def _sidecar(path: Path, max_bytes: int | None) -> dict[str, Any]:
    side = path.with_suffix(".json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(read_bytes(side, max_bytes).decode("utf-8-sig"))
    except DocumentError as e:
        raise DocumentError(e.reason, path=str(side)) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise DocumentError(f"sidecar is not valid JSON: {e}", path=str(side)) from None
    if not isinstance(data, dict):
        raise DocumentError("sidecar must hold a JSON object", path=str(side))
    return data


def _read_text_file(path: Path, encoding: str | None, max_bytes: int | None) -> Document:
    raw = decode_bytes(read_bytes(path, max_bytes), encoding)
    side = _sidecar(path, max_bytes)
    if path.suffix.lower() in HTML_EXTS or looks_like_html(raw):
        text, info = html_to_text(raw)
        meta = {"raw_html": raw, "format": "html"}
    else:
        text, info, meta = raw, {}, {"format": "text"}
    rec = {**info, **{k: v for k, v in side.items() if k != "text"}, "text": text}
    doc = from_record(rec, path=str(path))
    doc.meta = {**meta, **doc.meta}
    return doc


def _lines(fh: io.BufferedReader, max_bytes: int | None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a binary file; ``None`` for a line over ``max_bytes`` (skipped unread)."""
    n = 0
    while True:
        line = fh.readline(-1 if max_bytes is None else max_bytes + 1)
        if not line:
            return
        n += 1
        if max_bytes is not None and len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass  # drain the rest of the over-long line in bounded chunks
            yield n, None
        else:
            yield n, line


def _json_object(line: bytes | None, encoding: str | None, max_bytes: int | None) -> dict | None:
    """One JSONL line (from :func:`_lines`) as a dict; None for a blank line.

    Raises :class:`DocumentError` for a line over ``max_bytes``, malformed JSON or a non-object.
    """
    if line is None:
        raise DocumentError(f"line is over max_bytes={max_bytes:,} bytes")
    if not line.strip():
        return None
    try:
        rec = json.loads(decode_bytes(line, encoding))
    except ValueError as e:
        raise DocumentError(f"malformed JSON ({e})") from None
    if not isinstance(rec, dict):
        raise DocumentError(f"expected a JSON object, got {type(rec).__name__}")
    return rec


def _read_jsonl(path: Path, text_column: str, encoding: str | None, max_bytes: int | None,
                report: Any) -> Iterator[Document]:
    base = f"{path.stem}-{short_hash(str(path))}"
    with _open_regular(path) as fh:  # streamed: one line in memory at a time
        for n, line in _lines(fh, max_bytes):
            try:
                rec = _json_object(line, encoding, max_bytes)
                if rec is not None:
                    yield from_record(rec, text_column, path=str(path), doc_id=f"{base}:{n}")
            except DocumentError as e:
                report(str(path), n, e.reason)


def _read_csv(path: Path, text_column: str, encoding: str | None, max_bytes: int | None,
              report: Any) -> Iterator[Document]:
    """CSV/TSV rows; a quote left open is reported at its line and reading resumes after it.

    ``strict=True`` makes :mod:`csv` raise instead of silently swallowing the
    following lines into one field; the row that failed is reported and the
    parse restarts on the next physical line, so later rows are still read. A
    quote that *is* closed, lines later, cannot raise: a multi-line field whose
    inner lines look like rows of their own gets a ``"warning"`` problem instead.
    """
    text = decode_bytes(read_bytes(path, max_bytes), encoding)  # csv needs text: decoded whole
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes or 2**31 - 1))
    lines = list(io.StringIO(text, newline=""))  # split on \r, \n, \r\n only, as csv does
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    base = f"{path.stem}-{short_hash(str(path))}"
    header: list[str] | None = None
    offset, n = 0, 0  # lines consumed before the current reader; data rows seen
    while offset < len(lines):
        reader = csv.reader(lines[offset:], delimiter=delimiter, strict=True)
        start = offset + 1
        try:
            for row in reader:
                if header is None and row:
                    header = row
                    if text_column not in header:
                        raise DocumentError(f"no {text_column!r} column (columns: {', '.join(header) or 'none'})")
                elif header is not None and row:
                    n += 1
                    if offset + reader.line_num > start and _holds_rows(row, header, delimiter):
                        report(str(path), start, f"a field spans lines {start}-{offset + reader.line_num} and "
                               "holds what look like rows of their own: an unclosed quote? (read as one row)",
                               "warning")
                    doc = _csv_row(path, header, row, text_column, f"{base}:{n}", start, report)
                    if doc is not None:
                        yield doc
                start = offset + reader.line_num + 1
            break
        except csv.Error as e:
            if header is None:
                raise DocumentError(f"cannot read the header: {e}", line=start) from None
            report(str(path), start, f"malformed row ({e}): an unclosed quote? this line was skipped, "
                                     "reading resumed on the next one")
            offset = start  # restart on the line after the one the bad row began on
    if header is None:
        raise DocumentError(f"no {text_column!r} column (columns: none)")


_DATE_COLUMNS = {"published", "date"}


def _holds_rows(row: list[str], header: list[str], delimiter: str) -> bool:
    """True when a multi-line field has an inner line that parses as a whole row of this file.

    Conservative, since prose has commas too: the inner line must split into
    exactly as many fields as the header, with a readable date in the date
    column if there is one, and a header of at least three columns otherwise.
    """
    date_at = next((i for i, h in enumerate(header) if h.strip().lower() in _DATE_COLUMNS), None)
    if len(header) < 2 or (date_at is None and len(header) < 3):
        return False
    for field in row:
        for inner in field.splitlines() if "\n" in field or "\r" in field else ():
            try:
                cells = next(csv.reader([inner], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            if len(cells) != len(header):
                continue
            if date_at is None:
                return True
            try:
                if parse_date(cells[date_at].strip()) is not None:
                    return True
            except DocumentError:
                continue
    return False


def _csv_row(path: Path, header: list[str], row: list[str], text_column: str, doc_id: str, line: int,
             report: Any) -> Document | None:
    try:
        if len(row) > len(header):
            raise DocumentError(f"row has {len(row) - len(header)} more field(s) than the header")
        return from_record(dict(zip(header, row)), text_column, path=str(path), doc_id=doc_id)
    except DocumentError as e:
        report(str(path), line, e.reason)
        return None


def read_file(path: Path, text_column: str, encoding: str | None, max_bytes: int | None,
              report: Any) -> Iterator[Document]:
    """Documents of one file by extension; ``report(path, line, reason[, kind])`` receives bad rows."""
    ext = path.suffix.lower()
    if ext in TEXT_EXTS | HTML_EXTS:
        yield _read_text_file(path, encoding, max_bytes)
    elif ext in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(path, text_column, encoding, max_bytes, report)
    elif ext == ".parquet":
        yield from _read_parquet(path, text_column, max_bytes, report)
    else:
        yield from _read_csv(path, text_column, encoding, max_bytes, report)



def _read_parquet(path: Path, text_column: str, max_bytes: int | None, report: Any) -> Iterator[Document]:
    """Rows of a Parquet table with a ``text`` column, read in batches (memory stays bounded)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    base = f"{path.stem}-{short_hash(str(path))}"
    with _open_regular(path) as fh:
        try:
            pf = pq.ParquetFile(fh)
        except (pa.ArrowException, OSError) as e:
            raise DocumentError(f"not a readable Parquet file: {e}") from None
        names = pf.schema_arrow.names
        if text_column not in names:
            raise DocumentError(f"no {text_column!r} column (columns: {', '.join(names) or 'none'})")
        n = 0
        for batch in pf.iter_batches(batch_size=256):
            for rec in batch.to_pylist():
                n += 1
                text = rec.get(text_column)
                if max_bytes is not None and isinstance(text, str) and len(text) > max_bytes:
                    report(str(path), n, f"text is over max_bytes={max_bytes:,} characters")
                    continue
                try:
                    yield from_record(rec, text_column, path=str(path), doc_id=f"{base}:{n}")
                except DocumentError as e:
                    report(str(path), n, e.reason)


def read_stream(fh: io.BufferedIOBase, *, text_column: str = "text", encoding: str | None = None,
                max_bytes: int | None = MAX_BYTES, report: Any = None, name: str = "<stdin>") -> Iterator[Document]:
    """Documents from a byte stream (``-`` on the command line reads stdin).

    JSON Lines when the first line is a JSON object (one article per line, read as
    they arrive), else the whole stream is one article (HTML is stripped). Ids are
    hashes of the text, since a stream has no path. ``report(name, line, reason)``
    receives bad lines; by default they raise :class:`DocumentError`.

    >>> docs = list(read_stream(io.BytesIO(b'{"text": "Two killed in Ariha."}\\n{"text": "x"}\\n')))
    >>> [d.text for d in docs]
    ['Two killed in Ariha.', 'x']
    >>> [d.text for d in read_stream(io.BytesIO(b"Shelling hit Saraqeb."))]
    ['Shelling hit Saraqeb.']
    """
    def fail(where: str, line: int | None, reason: str) -> None:
        raise DocumentError(reason, path=where, line=line)

    report = report or fail
    limit = -1 if max_bytes is None else max_bytes + 1
    first = fh.readline(limit)
    rec = None
    if first.lstrip().startswith(b"{"):
        try:
            rec = json.loads(decode_bytes(first, encoding))
        except ValueError:
            rec = None
    if isinstance(rec, dict):
        def lines() -> Iterator[tuple[int, bytes | None]]:
            yield 1, first
            for n, line in _lines(fh, max_bytes):
                yield n + 1, line
        for n, line in lines():
            try:
                row = _json_object(line, encoding, max_bytes)
                if row is not None:
                    yield from_record(row, text_column)
            except DocumentError as e:
                report(name, n, e.reason)
        return
    data = first + fh.read(-1 if max_bytes is None else max_bytes + 1 - len(first))
    if max_bytes is not None and len(data) > max_bytes:
        report(name, None, f"input is over max_bytes={max_bytes:,} bytes")
        return
    raw = decode_bytes(data, encoding)
    if looks_like_html(raw):
        text, info = html_to_text(raw)
        doc = from_record({**info, "text": text})
        doc.meta = {"raw_html": raw, "format": "html", **doc.meta}
        yield doc
    else:
        yield Document(raw)
