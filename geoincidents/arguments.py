"""Checking the public API's arguments, and turning ``extract_many``'s input into Documents.

Argument mistakes are the caller's: they raise here, once, before any document is read,
rather than becoming a problem reported for every document of a batch. Input that cannot
become a document (a bad row, an unreadable file) is the data's: it becomes a problem entry.
"""
from __future__ import annotations

from typing import Any, Iterable

import pandas as pd

from .read.documents import Document, DocumentError, as_document, as_path, read_documents
from .gazetteer.checks import check_bbox
from .gazetteer.store import Gazetteer

__all__ = ["check_focus", "input_documents"]


def check_focus(focus: Any, gazetteer: Any = None) -> str | tuple[float, float, float, float] | None:
    """Validate ``focus`` and ``gazetteer`` once, before any document is read.

    Argument mistakes are the caller's, so they raise here rather than becoming a problem
    reported for every document of a batch.

    Examples
    --------
    >>> check_focus([35.9, 35.4, 37.2, 36.5])
    (35.9, 35.4, 37.2, 36.5)
    >>> check_focus(7)
    Traceback (most recent call last):
    ...
    TypeError: focus must be a governorate name or P-code (str) or a bounding box (min_lon, min_lat, max_lon, max_lat), not int
    """
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"gazetteer must be a geoincidents Gazetteer, not {type(gazetteer).__name__}")
    if focus is None:
        return None
    if isinstance(focus, str):
        if not focus.strip():
            raise ValueError("focus is empty: give a governorate such as 'Idleb' or 'SY07', or None")
        if not (gazetteer or Gazetteer.default()).admin1_pcodes(focus):
            raise ValueError(f"unknown governorate {focus!r} for focus: use a name such as 'Idleb' "
                             "or a P-code SY01..SY14")
        return focus
    if isinstance(focus, (tuple, list)) and len(focus) == 4:
        return check_bbox(focus, what="focus")  # the gazetteer's own bbox rule, not a second copy
    raise TypeError("focus must be a governorate name or P-code (str) or a bounding box "
                    f"(min_lon, min_lat, max_lon, max_lat), not {type(focus).__name__}")


# One document each, though some are iterable (bytes would iterate ints, a dict its keys).
_ONE_DOCUMENT = (str, bytes, bytearray, memoryview, dict, Document)


def input_documents(documents: Any, published: Any, problems: list[dict]) -> Iterable[Document]:
    """Documents of ``extract_many``'s input; raises TypeError at once for an input of the wrong type."""
    if isinstance(documents, _ONE_DOCUMENT) or hasattr(documents, "__fspath__"):
        documents = [documents]
    elif isinstance(documents, pd.DataFrame):
        raise TypeError("cannot read a DataFrame as documents; pass df['text'] or df.to_dict('records')")
    elif not isinstance(documents, Iterable):
        raise TypeError(f"expected text, bytes, a dict, a Document, a path or an iterable of them, "
                        f"not {type(documents).__name__}")
    return _iter_documents(documents, published, problems)


def _iter_documents(documents: Iterable, published: Any, problems: list[dict]) -> Iterable[Document]:
    for item in documents:
        path = as_path(item)  # a Path, or a str naming an existing file or folder
        if path is not None:
            docs = read_documents(path, published=published, errors="collect")
            problems.extend({"doc_id": p.path, "line": p.line, "reason": p.reason,
                             "kind": p.kind} for p in docs.problems)
            yield from docs
        else:
            try:
                yield as_document(item, published=published)
            except (TypeError, DocumentError) as exc:
                problems.append({"doc_id": None, "reason": str(exc)})
