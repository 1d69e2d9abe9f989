"""What the command line prints about a run, and its exit status.

Terminal-safe escaping of input-derived text, the per-document problem list, the
run summary (counts, unresolved names), the ``--report`` JSON file, and the
outcome rules that make ``extract``/``map`` exit with 1 (see :mod:`geoincidents.cli`).
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

__all__ = ["escape", "exit_status", "fail_with", "print_problems", "print_summary", "run_outcome",
           "strict_stop", "write_report", "write_report_of"]

# Reasons (from pipeline.process) meaning a document had nothing usable to read.
_UNREADABLE = ("empty document", "binary data", "document too large")


def escape(value: Any) -> str:
    r"""``value`` as text safe for a terminal: control, format (bidi) and surrogate characters escaped.

    >>> print(escape("a\x1b[31mb\rc\u202ed"))
    a\x1b[31mb\rc\u202ed
    """
    text = str(value)
    if text.isprintable():  # fast path: nothing to escape
        return text
    return "".join(c if c == " " or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp")
                   else c.encode("unicode_escape").decode("ascii") for c in text)


def print_problems(problems: list[dict]) -> None:
    """Each per-document problem on stderr, one escaped line each."""
    for p in problems:
        line = f":{p['line']}" if p.get("line") else ""
        print(f"  {escape(p.get('doc_id') or '?')}{line}: {escape(p['reason'])}", file=sys.stderr)


def run_outcome(gdf, paths: list[str]) -> tuple[str | None, bool]:
    """(why the exit status is 1 or None, True when nothing usable was read); see :mod:`geoincidents.cli`."""
    from .engines.report import failure_kind

    problems = gdf.attrs.get("problems", [])
    n = gdf.attrs.get("documents", 0)
    unusable = sum(1 for p in problems if str(p.get("reason", "")).startswith(_UNREADABLE))
    if n == 0 or unusable >= n:
        return "nothing was read: no file held readable text", True
    named = {str(Path(p)) for p in paths}
    unread = [p["doc_id"] for p in problems if p.get("doc_id") in named and not p.get("line")]
    if unread:
        return f"cannot read {', '.join(map(escape, unread))}", False
    failed = sum(failure_kind(p) == "failed" for p in problems)
    if failed:
        return f"{failed} document(s) or row(s) failed (listed above)", False
    return None, False


def fail_with(command: str, gdf, why: str) -> int:
    """Print why ``command`` failed and the run's problems; the exit status 1."""
    print(f"geoincidents {command}: {why}", file=sys.stderr)
    print_problems(gdf.attrs.get("problems", []))
    return 1


def exit_status(command: str, why: str | None) -> int:
    """1 (after printing ``why``) when there is a reason to fail, else 0."""
    if why:
        print(f"geoincidents {command}: {why}", file=sys.stderr)
        return 1
    return 0


def print_summary(gdf, extra: str = "", args: argparse.Namespace | None = None,
                  seconds: float | None = None) -> None:
    """The run summary on stderr (counts, unresolved names unless ``--quiet``, problems), then ``--report``."""
    from .engines.report import RunReport

    unresolved = gdf.attrs.get("unresolved", [])
    rep = RunReport.from_attrs(gdf.attrs, len(gdf), seconds)
    print(f"documents read: {rep.documents}; incidents: {len(gdf)}; unresolved mentions: {len(unresolved)}; "
          f"with incidents: {rep.with_incidents}; failed: {rep.failed}; skipped: {rep.skipped}{extra}",
          file=sys.stderr)
    if not getattr(args, "quiet", False):
        for u in unresolved:
            print(f"  unresolved: {escape(repr(u['mention']))} in {escape(u['doc_id'])} at {u['start']}",
                  file=sys.stderr)
    print_problems(gdf.attrs.get("problems", []))
    write_report(rep, args)


def write_report(rep: Any, args: argparse.Namespace | None) -> None:
    """Write the run report as JSON to ``args.report`` (atomically), when that option was given."""
    from .write import write_atomically

    path = getattr(args, "report", None)
    if path:
        write_atomically(path, lambda tmp: tmp.write_text(rep.to_json() + "\n", encoding="utf-8"))


def strict_stop(command: str, exc: Exception, note: str = "") -> int:
    """Print the first failure that ``--strict`` stopped at (and ``note``, what was kept); the exit status 1."""
    print(f"geoincidents {command}: stopped at the first failed document (--strict): {escape(exc)}"
          + (f"; {note}" if note else ""), file=sys.stderr)
    return 1


def write_report_of(gdf, args: argparse.Namespace, started: float) -> None:
    """Write ``--report`` for a run that stopped before its summary (no incidents counted)."""
    from .engines.report import RunReport

    write_report(RunReport.from_attrs(gdf.attrs, 0, time.perf_counter() - started), args)
