"""The incident store: a GeoPackage that grows batch by batch, each batch one transaction.

Ingesting reads documents, skips those whose text is already stored (a SHA-256 of
the text is the document's key, so re-running a corpus is a no-op), runs the
pipeline on the rest (in parallel processes with ``workers``) and commits every
``batch_size`` documents in one ``BEGIN IMMEDIATE`` transaction: the documents,
their mentions, and their incidents merged with the stored ones by
:func:`geoincidents.incidents.build.merge_incidents` (same place, overlapping dates,
compatible type; all sources kept; the most conservative count). A crash or a
SIGKILL mid-batch leaves the store as the last commit left it (SQLite's rollback
journal), and a re-run picks up after the last committed batch. Two processes
ingesting at once queue on SQLite's write lock; each re-checks, inside its
transaction, what the other has stored meanwhile.

Examples
--------
>>> import tempfile, pathlib
>>> store = IncidentStore(pathlib.Path(tempfile.mkdtemp()) / "s.gpkg")
>>> rep = store.ingest(["At least 12 civilians were killed in airstrikes on Saraqeb on Monday."],
...                    published="2019-05-14")
>>> rep["documents"], rep["new_documents"], store.counts()["incidents"]
(1, 1, 1)
>>> store.ingest(["At least 12 civilians were killed in airstrikes on Saraqeb on Monday."])["new_documents"]
0
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from functools import partial
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..read.model import Document
from ..engines.batch import results
from ..incidents.build import merge_incidents
from . import gpkg
from .tables import DOCUMENT_COLUMNS, INCIDENT_COLUMNS, MENTION_COLUMNS, incident_dict, incident_row, mention_row

__all__ = ["IncidentStore", "content_hash"]


def content_hash(doc: Document) -> str:
    """The document's key in the store: SHA-256 of its text (the same article from any path)."""
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()


class IncidentStore:
    """An incident store at ``path`` (a GeoPackage; created with its tables if missing).

    Parameters
    ----------
    path : str or Path
        The ``.gpkg`` file. Its folder must exist.
    timeout : float
        Seconds to wait for another process's transaction (concurrent ingests queue).
    """

    def __init__(self, path: str | os.PathLike, *, timeout: float = 120.0):
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise FileNotFoundError(f"cannot create the store {self.path}: folder "
                                    f"{str(self.path.parent)!r} does not exist (create it first)")
        if self.path.exists() and self.path.is_file():
            with open(self.path, "rb") as fh:
                head = fh.read(16)
            if head and head != b"SQLite format 3\x00":
                raise ValueError(f"{self.path} is not a GeoPackage (SQLite) file; choose another --store")
        self.con = gpkg.connect(self.path, timeout)
        with self._transaction():
            gpkg.init(self.con)
            gpkg.create_table(self.con, "documents", DOCUMENT_COLUMNS, description="articles read, by text hash")
            gpkg.create_table(self.con, "mentions", MENTION_COLUMNS, geometry="geom",
                              description="place mentions of the stored articles")
            gpkg.create_table(self.con, "incidents", {c: t for c, t in INCIDENT_COLUMNS.items()}, geometry="geom",
                              description="incidents, repeated reports merged")
            self.con.execute('CREATE INDEX IF NOT EXISTS incidents_place ON incidents ("place_id")')
            self.con.execute('CREATE INDEX IF NOT EXISTS mentions_hash ON mentions ("content_hash")')

    # ------------------------------------------------------------------ transactions
    def _transaction(self) -> Any:
        store = self

        class _Tx:
            def __enter__(self) -> sqlite3.Connection:
                store.con.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update
                return store.con

            def __exit__(self, exc_type: Any, *exc: Any) -> None:
                store.con.execute("COMMIT" if exc_type is None else "ROLLBACK")

        return _Tx()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "IncidentStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ reading
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("documents", "mentions", "incidents")}

    def stored_hashes(self) -> set[str]:
        """Content hashes of documents that need no reprocessing (all but failed ones)."""
        return {h for (h,) in self.con.execute("SELECT content_hash FROM documents WHERE status != 'failed'")}

    def incident_rows(self, where: str = "", params: Iterable[Any] = ()) -> list[dict]:
        cur = self.con.execute(f'SELECT * FROM incidents {where} ORDER BY fid', tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]

    # ------------------------------------------------------------------ ingesting
    def ingest(self, documents: Any, *, published: Any = None, focus: Any = None, gazetteer: Any = None,
               workers: int = 1, batch_size: int = 200, progress: bool = False, strict: bool = False) -> dict:
        """Add documents (texts, Documents, files, folders: as ``extract_many``) to the store.

        Returns
        -------
        dict
            ``extract_many``-like attrs for the run report: ``documents`` (read),
            ``new_documents``, ``already_stored``, ``with_incidents``, ``problems``,
            ``unresolved``, ``new_incidents``, ``merged_incidents`` and ``batches``.
        """
        from ..arguments import check_focus, input_documents
        from ..pipeline import document_outcome

        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        focus = check_focus(focus, gazetteer)
        problems: list[dict] = []
        stats = {"documents": 0, "new_documents": 0, "already_stored": 0, "with_incidents": 0,
                 "new_incidents": 0, "merged_incidents": 0, "batches": 0, "problems": problems, "unresolved": []}
        known = self.stored_hashes()
        read_problems: list[dict] = []
        docs = self._unseen(input_documents(documents, published, read_problems), known, stats)
        task = partial(document_outcome, what="both", focus=focus)
        batch: list[tuple[Document, dict, str]] = []
        for doc, out in results(docs, problems, task, workers=workers, gazetteer=gazetteer, progress=progress,
                                strict=strict, read_problems=read_problems):
            stats["with_incidents"] += bool(out["incidents"])
            stats["unresolved"].extend(out["unresolved"])
            batch.append((doc, out, doc.meta["_content_hash"]))
            if len(batch) >= batch_size:
                self._commit(batch, stats)
                batch = []
        if batch:
            self._commit(batch, stats)
        return stats

    def _unseen(self, docs: Iterable[Document], known: set[str], stats: dict) -> Iterator[Document]:
        """Documents whose text is not stored yet (nor met earlier in this run)."""
        for doc in docs:
            stats["documents"] += 1
            h = content_hash(doc)
            if h in known:
                stats["already_stored"] += 1
                continue
            known.add(h)
            doc.meta = {**doc.meta, "_content_hash": h}
            yield doc

    def _commit(self, batch: list[tuple[Document, dict, str]], stats: dict) -> None:
        """One transaction: documents, mentions, and incidents merged with the stored ones."""
        with self._transaction() as con:
            # Another process may have stored some of these since we read the hashes: skip them.
            hashes = [h for _, _, h in batch]
            marks = ",".join("?" * len(hashes))
            done = {h for (h,) in con.execute(
                f"SELECT content_hash FROM documents WHERE status != 'failed' AND content_hash IN ({marks})", hashes)}
            batch = [b for b in batch if b[2] not in done]
            stats["already_stored"] += len(done)
            if not batch:
                return
            new = [inc for _, out, _ in batch for inc in out["incidents"]]
            self._merge(con, new, stats)
            self._insert_documents(con, batch)
            stats["new_documents"] += len(batch)
            stats["batches"] += 1

    def _merge(self, con: sqlite3.Connection, new: list[dict], stats: dict) -> None:
        places = sorted({inc["place_id"] for inc in new})
        stored: list[dict] = []
        for i in range(0, len(places), 500):  # SQLite's bound-parameter limit
            chunk = places[i:i + 500]
            stored += self.incident_rows(f'WHERE place_id IN ({",".join("?" * len(chunk))})', chunk)
        stored.sort(key=lambda r: r["fid"])
        fid = {r["incident_id"]: r["fid"] for r in stored}
        olds = [incident_dict(r) for r in stored]
        # merge_incidents names the incidents it changed (a report combined into one, or its
        # part_of renamed): only those are rewritten, without serialising every stored one twice.
        changed: set[str] = set()
        merged = merge_incidents(olds + [dict(inc) for inc in new], changed=changed)
        kept = set()
        for inc in merged:
            iid = inc["incident_id"]
            kept.add(iid)
            if iid in fid:
                if iid in changed:
                    row = incident_row(inc)
                    cols = [c for c in row if c != "incident_id"]
                    con.execute(f'UPDATE incidents SET {", ".join(f"{chr(34)}{c}{chr(34)} = ?" for c in cols)}, '
                                "updated = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE fid = ?",
                                [row[c] for c in cols] + [fid[iid]])
                    stats["merged_incidents"] += 1
            else:
                self._insert(con, "incidents", {**incident_row(inc), "updated": None})
                stats["new_incidents"] += 1
        for iid in set(fid) - kept:  # a stored incident merged into another stored one
            con.execute("DELETE FROM incidents WHERE fid = ?", (fid[iid],))
        gpkg.touch(con, "incidents", [(inc["lon"], inc["lat"]) for inc in new if inc.get("lon") is not None])

    def _insert_documents(self, con: sqlite3.Connection, batch: list[tuple[Document, dict, str]]) -> None:
        from ..engines.report import failure_kind

        points = []
        for doc, out, h in batch:
            problem = out["problem"]
            status = ("incidents" if out["incidents"] else
                      "failed" if problem and failure_kind({"doc_id": doc.doc_id, "reason": problem}) == "failed"
                      else "no_incident")
            con.execute("DELETE FROM mentions WHERE content_hash = ?", (h,))  # a failed one, read again
            con.execute("DELETE FROM documents WHERE content_hash = ?", (h,))
            self._insert(con, "documents", {
                "doc_id": doc.doc_id, "content_hash": h, "path": doc.path, "source": doc.source, "title": doc.title,
                "url": doc.url, "published": doc.published.isoformat() if doc.published else None, "status": status,
                "problem": problem, "n_incidents": len(out["incidents"]), "n_mentions": len(out["rows"]),
                "ingested": None})
            for r in out["rows"]:
                row = mention_row(r, h)
                self._insert(con, "mentions", row)
                if r.get("geometry") is not None:
                    points.append((r["geometry"].x, r["geometry"].y))
        con.execute("UPDATE documents SET ingested = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE ingested IS NULL")
        gpkg.touch(con, "documents", [])
        gpkg.touch(con, "mentions", points)

    @staticmethod
    def _insert(con: sqlite3.Connection, table: str, row: dict) -> None:
        cols = ", ".join(f'"{c}"' for c in row)
        con.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({",".join("?" * len(row))})', list(row.values()))
