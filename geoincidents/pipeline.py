"""The public pipeline: article text in, incidents (a GeoDataFrame) out.

text -> :mod:`read` -> :mod:`text.normal` -> :mod:`text.clean` -> :mod:`incidents.blocks` (:mod:`text.sentences`, :mod:`fields`,
:mod:`places.mentions`, :mod:`places.resolve`, :mod:`incidents.build`) -> GeoDataFrame.

Examples
--------
>>> import geoincidents
>>> gdf = geoincidents.extract(
...     "At least 12 civilians were killed in Russian airstrikes on the town of Saraqeb on Monday.",
...     published="2019-05-14")
>>> gdf[["location", "fatalities", "sub_event_type", "date_start"]].values.tolist()
[['Saraqab', 12, 'Air/drone strike', Timestamp('2019-05-13 00:00:00')]]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import geopandas as gpd

from .incidents.blocks import read_blocks
from .text.clean import clean
from .arguments import check_focus, input_documents
from .read.documents import Document, as_document
from .gazetteer.store import Gazetteer
from .incidents.build import merge_incidents
from .text.normal import normal_form, normalise
from .text.screen import text_problem
from .places.mentions import Mention
from .frames import mention_rows, mentions_frame, to_frame

__all__ = ["clear_caches", "extract", "extract_many", "mentions", "mentions_many", "process", "Result", "MAX_CHARS"]

#: Longest document processed in one piece (characters); longer input is refused with a clear error.
MAX_CHARS = 12_000_000


@dataclass
class Result:
    """What one document gave: its incidents, every place mention, and any problem."""

    document: Document
    incidents: list[dict] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    problem: str | None = None


def process(doc: Document, *, focus=None, gazetteer: Gazetteer | None = None) -> Result:
    """Run the whole pipeline on one :class:`Document`; never raises for bad text.

    An unexpected error inside one document becomes that document's problem (with the
    exception named), so one hostile article cannot stop a batch of thousands.
    """
    try:
        return _process(doc, focus=focus, gazetteer=gazetteer)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - reported per document, never swallowed silently
        result = Result(doc)
        result.problem = (f"failed: {type(exc).__name__}: {str(exc)[:200]} "
                          "(a bug in geoincidents: please report it with this document)")
        return result


def _process(doc: Document, *, focus=None, gazetteer: Gazetteer | None = None) -> Result:
    result = Result(doc)
    if doc.is_empty:
        result.problem = "empty document: no text to read"
        return result
    if len(doc.text) > MAX_CHARS:
        result.problem = (f"document too large: {len(doc.text):,} characters (limit {MAX_CHARS:,}); "
                          "split it into articles (one per line of a .jsonl file)")
        return result
    problem = text_problem(doc.text)
    if problem:
        result.problem = problem
        return result
    gaz = gazetteer or Gazetteer.default()
    # Read NFC text without invisible format characters; offsets are mapped back to doc.text below.
    norm = normalise(doc.text)
    cleaned = clean(norm.text, title=normal_form(doc.title))
    title = cleaned.title
    # Sentences, actor names masked, place mentions, resolution, then the fields of each clause
    # segment and the incidents: a long document a block of sentences at a time (bounded memory).
    kept = [(b.start, b.end) for b in cleaned.blocks]
    del cleaned  # the kept paragraphs' copies of the text: a long article's size again
    found, result.incidents = read_blocks(doc, norm.text, kept, gaz, focus=focus,
                                          headline_end=title.end if title is not None else 0)
    result.mentions = found
    norm.restore(found, result.incidents)
    unresolved = [m.text for m in found if m.status == "unresolved"]
    if not found:
        result.problem = "no place found in the text"
    elif not result.incidents and unresolved:
        distinct = list(dict.fromkeys(unresolved))
        # Bounded: a hostile page can hold thousands of unknown names (all are in mentions()).
        names = ", ".join(distinct[:10]) + (f" and {len(distinct) - 10} more" if len(distinct) > 10 else "")
        result.problem = f"no incident: place names not resolved (unknown or ambiguous): {names} (see mentions())"
    elif not result.incidents:
        result.problem = "no incident: places are named but no event at them is reported"
    return result


def _unresolved(res: Result) -> list[dict]:
    """Place names the gazetteer could not resolve: reported, never dropped."""
    return [{"doc_id": res.document.doc_id, "mention": m.text, "start": m.start, "end": m.end,
             "reason": m.reason, "candidates": [c.name for c in m.candidates[:3]]}
            for m in res.mentions if m.status == "unresolved"]


def extract(
    text_or_document: Any,
    *,
    published: Any = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    focus: str | tuple[float, float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
) -> gpd.GeoDataFrame:
    """Incidents reported in one English news article.

    Parameters
    ----------
    text_or_document : str, bytes, Document, dict or os.PathLike
        The article (bytes are decoded: UTF-8, Arabic cp1256 or latin-1; HTML is stripped).
        A ``str`` that names an existing file is read as that file when it is plausible as
        a path (one line, at most 1024 characters, see ``documents.as_path``); else it is text.
    published : date, datetime or ISO string, optional
        Publication date; relative dates ("since Sunday") are resolved against it.
    source, title, url : str, optional
        Document metadata carried into every incident.
    focus : str or (min_lon, min_lat, max_lon, max_lat), optional
        Governorate (name or P-code) or bounding box that biases place resolution;
        inferred from the article when None.
    gazetteer : Gazetteer, optional
        Default: the bundled one.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per incident with the schema columns (see ``geoincidents.schema``), EPSG:4326.
        ``.attrs["problems"]`` explains an empty result (empty text, not English, no place);
        ``.attrs["unresolved"]`` lists place names the gazetteer could not resolve.

    Raises
    ------
    TypeError
        If the input is not text (e.g. a number or None).
    """
    focus = check_focus(focus, gazetteer)
    doc = as_document(text_or_document, published=published, source=source, title=title, url=url)
    res = process(doc, focus=focus, gazetteer=gazetteer)
    problems = [{"doc_id": doc.doc_id, "reason": res.problem}] if res.problem else []
    return to_frame(res.incidents, problems, 1, _unresolved(res))


def extract_many(
    documents: Any,
    *,
    published: Any = None,
    focus: str | tuple[float, float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
    progress: bool = False,
    strict: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> gpd.GeoDataFrame:
    """Incidents from many documents, with duplicates across documents merged.

    Parameters
    ----------
    documents : iterable of str, bytes, Document, dict or path; or one of those
        Texts, :class:`Document` objects, or files/folders (.txt, .html, .jsonl, .csv, .parquet).
        A single str, bytes/bytearray/memoryview, dict or Document is *one* document;
        a str naming an existing file or folder (one line, at most 1024 characters)
        is read as that path, any other str is article text.
    published : optional
        Default publication date for documents that carry none.
    focus, gazetteer
        As for :func:`extract`.
    workers : int
        Processes to run documents in (1: this process). Results are identical for
        any number: documents are processed independently and merged in input order.
    progress : bool
        Show a progress bar on stderr (needs ``tqdm``: ``pip install geoincidents[progress]``).
    strict : bool
        Raise :class:`geoincidents.engines.BatchError` at the first document that fails
        (unreadable, empty, binary, internal error) instead of listing it and going on.
    engine : {"local", "dask"}
        ``"dask"`` runs the documents on a Dask cluster (``pip install geoincidents[dask]``):
        the one at ``scheduler`` (an address), else a local cluster of ``workers`` processes.
        Same result; ``progress`` and ``strict`` apply to the local engine only.

    Returns
    -------
    geopandas.GeoDataFrame
        ``.attrs["problems"]`` lists every document or row that gave nothing, with the reason;
        ``.attrs["documents"]`` counts the documents read, ``.attrs["with_incidents"]`` those
        that gave at least one incident, ``.attrs["unresolved"]`` the unresolved names.

    Raises
    ------
    TypeError
        If ``documents`` is neither one document nor an iterable of them (e.g. a number);
        a bad *item* of an iterable becomes a problem instead.

    Examples
    --------
    >>> gdf = extract_many(["Two civilians were killed in shelling on Ariha on Monday.",
    ...                     "Nothing happened."], published="2019-03-05", workers=1)
    >>> gdf.attrs["documents"], gdf.attrs["with_incidents"], list(gdf["location"])
    (2, 1, ['Ariha'])
    """
    if engine == "dask":
        from .engines.dask_engine import extract as extract_dask

        if gazetteer is not None:
            raise ValueError("the Dask engine uses each worker's bundled gazetteer: gazetteer must be None")
        return extract_dask(documents, published=published, focus=focus, scheduler=scheduler, workers=workers)
    if engine != "local":
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    focus = check_focus(focus, gazetteer)
    problems: list[dict] = []
    pairs = _results(documents, published, problems, "incidents", focus, gazetteer,
                     workers=workers, progress=progress, strict=strict)
    return incidents_frame((out for _doc, out in pairs), problems)


def incidents_frame(outcomes: Iterable[dict], problems: list[dict]) -> gpd.GeoDataFrame:
    """The incidents of many documents' :func:`document_outcome` results, merged, as one frame.

    Every engine ends here, so their frames agree: ``attrs`` carry ``documents`` (outcomes
    read), ``with_incidents`` and the ``problems`` (read after ``outcomes`` is consumed, so a
    lazy run may still be adding to the list).
    """
    records: list[dict] = []
    unresolved: list[dict] = []
    n = with_incidents = 0
    for out in outcomes:
        n += 1
        with_incidents += bool(out["incidents"])
        records.extend(out["incidents"])
        unresolved.extend(out["unresolved"])
    gdf = to_frame(merge_incidents(records), problems, n, unresolved)
    gdf.attrs["with_incidents"] = with_incidents
    return gdf


def document_outcome(doc: Document, *, what: str = "incidents", focus=None,
                     gazetteer: Gazetteer | None = None) -> dict:
    """One document's result as plain, picklable data (what a worker process sends back).

    ``what``: ``"incidents"`` (incidents and unresolved names), ``"mentions"`` (mention
    rows) or ``"both"``. ``problem`` is the reason the document gave nothing, or None.
    """
    res = process(doc, focus=focus, gazetteer=gazetteer)
    out: dict[str, Any] = {"doc_id": doc.doc_id, "problem": res.problem}
    if what in ("incidents", "both"):
        out["incidents"] = res.incidents
        out["unresolved"] = _unresolved(res)
    if what in ("mentions", "both"):
        out["rows"] = mention_rows(res)
    return out


def _results(documents: Any, published: Any, problems: list[dict], what: str, focus: Any,
             gazetteer: Gazetteer | None, **run: Any) -> Iterable[tuple[Document, dict]]:
    """(document, :func:`document_outcome`) pairs in input order (see ``engines.batch.results``)."""
    from functools import partial

    from .engines.batch import results

    read_problems: list[dict] = []  # placed into problems in serial order by results()
    docs = input_documents(documents, published, read_problems)  # a wrong type raises TypeError here, at once
    return results(docs, problems, partial(document_outcome, what=what, focus=focus), gazetteer=gazetteer,
                   read_problems=read_problems, **run)


def mentions(
    text_or_document: Any,
    *,
    published: Any = None,
    focus: str | tuple[float, float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
) -> gpd.GeoDataFrame:
    """Every place mention of a document, resolved or not, incident location or only context.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per mention: ``mention``, ``start``/``end`` (offsets into the text),
        ``sentence``, ``status`` (``resolved``/``unresolved``/``foreign``),
        ``is_incident_location``, the chosen place's columns, ``confidence``,
        precision codes, ``candidates`` (best alternatives) and ``reason``.

    Examples
    --------
    >>> m = mentions("Moscow claimed that rebels attacked the village of Mardikh.")
    >>> m[["mention", "status", "is_incident_location"]].values.tolist()
    [['Moscow', 'foreign', False], ['Mardikh', 'resolved', False]]
    """
    focus = check_focus(focus, gazetteer)
    doc = as_document(text_or_document, published=published)
    res = process(doc, focus=focus, gazetteer=gazetteer)
    problems = [{"doc_id": doc.doc_id, "reason": res.problem}] if res.problem else []
    return mentions_frame(mention_rows(res), problems, 1)


def mentions_many(
    documents: Any,
    *,
    published: Any = None,
    focus: str | tuple[float, float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
    progress: bool = False,
    strict: bool = False,
) -> gpd.GeoDataFrame:
    """Every place mention of many documents (texts, Documents, files or folders), as :func:`mentions`.

    ``.attrs["problems"]`` lists unreadable files and rows and documents without places;
    ``.attrs["documents"]`` counts the documents read. ``workers``, ``progress`` and
    ``strict`` are as for :func:`extract_many`.
    """
    focus = check_focus(focus, gazetteer)
    problems: list[dict] = []
    rows: list[dict] = []
    n = 0
    for _doc, out in _results(documents, published, problems, "mentions", focus, gazetteer,
                              workers=workers, progress=progress, strict=strict):
        n += 1
        rows.extend(out["rows"])
    return mentions_frame(rows, problems, n)


def clear_caches(gazetteer: Gazetteer | None = None) -> None:
    """Forget every reading kept across documents, for a cold timing or to give memory back.

    Reading keeps bounded memos: the gazetteer's lookups, the scan's questions to it, and the
    fields read per sentence text (boilerplate recurs).  They never change a result, only how
    fast a repeated name or sentence is read again.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Whose lookup caches to clear besides the bundled gazetteer's.

    Examples
    --------
    >>> from geoincidents.pipeline import clear_caches
    >>> clear_caches()
    """
    from . import fields, places

    for gaz in {id(g): g for g in (Gazetteer.default(), gazetteer) if g is not None}.values():
        gaz.clear_cache()
    fields.clear_caches()
    places.clear_caches()
