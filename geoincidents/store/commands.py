"""``geoincidents ingest`` and ``geoincidents export``: the store's command-line faces.

Exit status of ``ingest``: 0 when every document was read (already stored ones
included); 1 when nothing could be read or any document failed (``--strict``:
at the first, after committing nothing of the batch in progress); 2 for bad
arguments. ``export`` writes the whole store's incidents atomically.
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Any, Iterable

__all__ = ["ingest_command", "export_command"]


def ingest_command(args: argparse.Namespace, inputs: Iterable[Any], workers: int, progress: bool,
                   stdin_problems: list[dict] | None = None) -> int:
    from ..cli_report import escape, print_problems, strict_stop, write_report
    from ..engines.report import BatchError, RunReport
    from .ingest import IncidentStore

    started = time.perf_counter()
    with IncidentStore(args.store) as store:
        try:
            stats = store.ingest(inputs, published=args.published, focus=args.focus, workers=workers,
                                 batch_size=args.batch_size, progress=progress, strict=args.strict)
        except BatchError as exc:
            return strict_stop("ingest", exc, "the batches before it are stored")
        counts = store.counts()
    stats["problems"] = (stdin_problems or []) + stats["problems"]
    rep = RunReport.from_attrs(stats, stats["new_incidents"], time.perf_counter() - started)
    rep.extra = {k: stats[k] for k in ("new_documents", "already_stored", "new_incidents", "merged_incidents",
                                       "batches")}
    rep.extra["store"] = counts
    print(f"documents read: {stats['documents']}; new: {stats['new_documents']}; already stored: "
          f"{stats['already_stored']}; with incidents: {stats['with_incidents']}; new incidents: "
          f"{stats['new_incidents']}; merged into stored: {stats['merged_incidents']}; failed: {rep.failed}; "
          f"store now holds {counts['documents']} documents, {counts['incidents']} incidents "
          f"({escape(args.store)})", file=sys.stderr)
    print_problems(stats["problems"])
    write_report(rep, args)
    if stats["documents"] == 0:
        print("geoincidents ingest: nothing was read: no file held readable text", file=sys.stderr)
        return 1
    if rep.failed:
        print(f"geoincidents ingest: {rep.failed} document(s) or row(s) failed (listed above)", file=sys.stderr)
        return 1
    return 0


def export_command(args: argparse.Namespace) -> int:
    from ..cli_report import escape
    from ..write import write
    from .read import read_incidents

    gdf = read_incidents(args.store)
    write(gdf, args.output, acled=args.acled)
    print(f"incidents: {len(gdf)} from {gdf.attrs['documents']} documents; written to {escape(args.output)}",
          file=sys.stderr)
    return 0
