"""The reading wing: bytes, HTML, files, folders and corpora in, :class:`Document` objects out.

Modules, in the order data passes through them (each imports only those before it):

* :mod:`~geoincidents.read.decode`: bytes to text (UTF-8, Arabic cp1256, cp1252);
* :mod:`~geoincidents.read.model`: the ``Document`` record, its errors and problems, dates;
* :mod:`~geoincidents.read.html`: an HTML page to its visible text and metadata;
* :mod:`~geoincidents.read.files`: files, folders, ``.jsonl``/``.csv``/``.parquet`` and streams;
* :mod:`~geoincidents.read.documents`: the public face (``as_document``, ``read_documents``).
"""
from __future__ import annotations

from ..lazy import lazy_exports

# Public names -> defining module, imported on first use (lxml is loaded only when reading).
_EXPORTS = {name: "geoincidents.read.documents" for name in (
    "Document", "DocumentError", "DocumentList", "Problem", "as_document", "as_path",
    "iter_documents", "read_documents")}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
