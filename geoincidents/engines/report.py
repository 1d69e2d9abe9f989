"""What a batch run did, accounted for: documents read, with incidents, failed and why.

Every problem a batch meets is one of three kinds here:

* ``failed``: the document (or file, or row) could not be read or processed: a
  reading error, empty/binary/oversized text, or an internal error;
* ``skipped``: left out on purpose (an unsupported file inside a folder, an
  article not in English, a suspect CSV row that was still read is a ``warning``);
* ``no_incident``: read fine, but it reports no incident (no place, or places
  without an event): the normal fate of many news articles, not a failure.

Examples
--------
>>> failure_kind({"reason": "empty document: no text to read"})
'failed'
>>> failure_kind({"doc_id": "a", "reason": "no place found in the text"})
'no_incident'
>>> r = RunReport.from_attrs({"documents": 3, "with_incidents": 1, "problems": [
...     {"doc_id": "a", "reason": "binary data, not text"}],
...     "unresolved": [{"mention": "Kafr X"}, {"mention": "Kafr X"}]})
>>> r.failed, r.unresolved_names
(1, {'Kafr X': 2})
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["BatchError", "RunReport", "failure_kind", "FAILURE_PREFIXES"]

#: Reasons (from ``pipeline.process``) meaning a document could not be processed.
FAILURE_PREFIXES = ("empty document", "binary data", "document too large", "failed:")
_SKIP_PREFIXES = ("not English", "skipped")


class BatchError(RuntimeError):
    """Raised by a ``strict`` batch at its first failed document; ``problem`` says which and why."""

    def __init__(self, problem: dict):
        self.problem = problem
        where = problem.get("doc_id") or "?"
        line = f":{problem['line']}" if problem.get("line") else ""
        super().__init__(f"{where}{line}: {problem.get('reason')}")


def failure_kind(problem: dict) -> str:
    """``"failed"``, ``"skipped"``, ``"warning"`` or ``"no_incident"`` for one problem dict."""
    kind = problem.get("kind")
    if kind in ("skipped", "warning"):
        return kind
    reason = str(problem.get("reason", ""))
    if kind == "error" or reason.startswith(FAILURE_PREFIXES):
        return "failed"
    if reason.startswith(_SKIP_PREFIXES):
        return "skipped"
    if problem.get("doc_id") is None:  # an item of an iterable that is no document at all
        return "failed"
    return "no_incident"


@dataclass
class RunReport:
    """Counts and reasons of one batch; ``to_json()`` is what ``--report`` writes."""

    documents: int = 0
    with_incidents: int = 0
    incidents: int = 0
    failed: int = 0
    skipped: int = 0
    no_incident: int = 0
    warnings: int = 0
    seconds: float | None = None
    failures: list[dict] = field(default_factory=list)
    skips: list[dict] = field(default_factory=list)
    unresolved_names: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_attrs(cls, attrs: dict, n_incidents: int = 0, seconds: float | None = None) -> "RunReport":
        """Build the report from ``extract_many(...).attrs`` (problems, documents, unresolved)."""
        rep = cls(documents=attrs.get("documents", 0), with_incidents=attrs.get("with_incidents", 0),
                  incidents=n_incidents, seconds=seconds)
        for p in attrs.get("problems", []):
            kind = failure_kind(p)
            item = {k: p.get(k) for k in ("doc_id", "line", "reason") if p.get(k) is not None}
            if kind == "failed":
                rep.failed += 1
                rep.failures.append(item)
            elif kind == "skipped":
                rep.skipped += 1
                rep.skips.append(item)
            elif kind == "warning":
                rep.warnings += 1
                rep.skips.append(item)
            else:
                rep.no_incident += 1
        counts = Counter(str(u.get("mention")) for u in attrs.get("unresolved", []))
        rep.unresolved_names = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        return rep

    def to_json(self) -> str:
        data = asdict(self)
        data.update(data.pop("extra"))
        if self.seconds:
            data["documents_per_second"] = round(self.documents / self.seconds, 1)
        return json.dumps(data, ensure_ascii=False, indent=2)

    def summary(self) -> str:
        """One line for the terminal."""
        top = ", ".join(f"{name} ({n})" for name, n in list(self.unresolved_names.items())[:5])
        return (f"documents read: {self.documents}; with incidents: {self.with_incidents}; "
                f"incidents: {self.incidents}; failed: {self.failed}; skipped: {self.skipped}; "
                f"without incident: {self.no_incident}; unresolved names: {len(self.unresolved_names)}"
                + (f" (most frequent: {top})" if top else ""))
