"""Command line: ``geoincidents geocode | extract | map``.

Thin by design: it parses arguments, calls the public API and formats output.

Exit status of ``extract`` and ``map``: 0 when documents were read (documents
that give no incident are listed on stderr, not failures); 1 when nothing could
be read (no readable document at all, or only empty/binary/oversized ones) or
when a file named on the command line could not be read (unsupported type,
unreadable, over the size limit, a CSV without the text column); 2 for bad
arguments. Everything printed to the terminal escapes control characters
(ESC, CR, C1, bidi overrides), since file names and ids come from the input.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Sequence

__all__ = ["main"]

# Reasons (from pipeline.process) meaning a document had nothing usable to read.
_UNREADABLE = ("empty document", "binary data", "document too large")


def _escape(value: Any) -> str:
    r"""``value`` as text safe for a terminal: control, format (bidi) and surrogate characters escaped.

    >>> print(_escape("a\x1b[31mb\rc\u202ed"))
    a\x1b[31mb\rc\u202ed
    """
    text = str(value)
    if text.isprintable():  # fast path: nothing to escape
        return text
    return "".join(c if c == " " or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp")
                   else c.encode("unicode_escape").decode("ascii") for c in text)


def _geocode(args: argparse.Namespace) -> int:
    from .gazetteer.store import Gazetteer

    gaz = Gazetteer.default()
    status = 0
    for name in args.names:
        if not name.strip():
            print("geoincidents geocode: empty place name (give a name such as 'Idlib')", file=sys.stderr)
            status = 2
            continue
        try:
            places = gaz.lookup(name, admin1=args.admin1, limit=args.limit)
        except (TypeError, ValueError) as exc:
            print(f"geoincidents geocode: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            keys = ("place_id", "name", "name_ar", "kind", "lat", "lon", "pcode", "admin1", "admin1_pcode",
                    "admin2", "admin2_pcode", "admin3", "admin3_pcode", "population", "score", "matched")
            print(json.dumps([{k: getattr(p, k) for k in keys} for p in places], ensure_ascii=False))
            continue
        print(f"{_escape(name)}:")
        if not places:
            print("  (no match)")
            status = status or 1
        for p in places:
            admin = _escape(" / ".join(a for a in (p.admin3, p.admin2, p.admin1) if a))
            print(f"  {p.score:5.2f}  {_escape(p.name):<28} {p.kind:<11} {p.pcode or p.place_id:<10} "
                  f"{p.lat:9.5f} {p.lon:9.5f}  {admin}")
    return status


def _check_paths(paths: list[str]) -> None:
    missing = [p for p in paths if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise SystemExit(f"geoincidents: no such file or folder: {', '.join(map(_escape, missing))}")


def _read(args: argparse.Namespace):
    from .pipeline import extract_many

    _check_paths(args.paths)
    return extract_many([Path(p) for p in args.paths], published=args.published, focus=args.focus)


def _print_problems(problems: list[dict]) -> None:
    for p in problems:
        line = f":{p['line']}" if p.get("line") else ""
        print(f"  {_escape(p.get('doc_id') or '?')}{line}: {_escape(p['reason'])}", file=sys.stderr)


def _outcome(gdf, paths: list[str]) -> tuple[str | None, bool]:
    """(why the exit status is 1 or None, True when nothing usable was read); see the module docstring."""
    problems = gdf.attrs.get("problems", [])
    n = gdf.attrs.get("documents", 0)
    unusable = sum(1 for p in problems if str(p.get("reason", "")).startswith(_UNREADABLE))
    if n == 0 or unusable >= n:
        return "nothing was read: no file held readable text", True
    named = {str(Path(p)) for p in paths}
    unread = [p["doc_id"] for p in problems if p.get("doc_id") in named and not p.get("line")]
    if unread:
        return f"cannot read {', '.join(map(_escape, unread))}", False
    return None, False


def _fail(command: str, gdf, why: str) -> int:
    print(f"geoincidents {command}: {why}", file=sys.stderr)
    _print_problems(gdf.attrs.get("problems", []))
    return 1


def _status(command: str, why: str | None) -> int:
    if why:
        print(f"geoincidents {command}: {why}", file=sys.stderr)
        return 1
    return 0


def _write_out(gdf, output: str | None) -> None:
    from .export import to_geojson, write

    if output:
        write(gdf, output)
        return
    text = to_geojson(gdf)
    if sys.stdout.isatty():  # a terminal: escape everything non-ASCII rather than let input drive it
        text = json.dumps(json.loads(text), ensure_ascii=True)
    sys.stdout.write(text + "\n")


def _summary(gdf, extra: str = "") -> None:
    unresolved = gdf.attrs.get("unresolved", [])
    print(f"documents read: {gdf.attrs.get('documents', 0)}; incidents: {len(gdf)}; "
          f"unresolved mentions: {len(unresolved)}{extra}", file=sys.stderr)
    for u in unresolved:
        print(f"  unresolved: {_escape(repr(u['mention']))} in {_escape(u['doc_id'])} at {u['start']}",
              file=sys.stderr)
    _print_problems(gdf.attrs.get("problems", []))


def _extract(args: argparse.Namespace) -> int:
    if args.mentions:
        return _mentions(args)
    gdf = _read(args)
    why, nothing = _outcome(gdf, args.paths)
    if nothing:
        return _fail("extract", gdf, why)  # no output: there is nothing to write
    _write_out(gdf, args.output)
    _summary(gdf, f"{'; written to ' + _escape(args.output) if args.output else ''}")
    return _status("extract", why)


def _mentions(args: argparse.Namespace) -> int:
    from .pipeline import mentions_many

    _check_paths(args.paths)
    gdf = mentions_many([Path(p) for p in args.paths], published=args.published, focus=args.focus)
    why, nothing = _outcome(gdf, args.paths)
    if nothing:
        return _fail("extract", gdf, why)
    _write_out(gdf, args.output)
    unresolved = int((gdf["status"] == "unresolved").sum())
    print(f"documents read: {gdf.attrs['documents']}; mentions: {len(gdf)}; unresolved mentions: {unresolved}",
          file=sys.stderr)
    _print_problems(gdf.attrs["problems"])
    return _status("extract", why)


def _map(args: argparse.Namespace) -> int:
    from .maps import incident_map, save_map

    gdf = _read(args)
    why, nothing = _outcome(gdf, args.paths)
    if nothing:
        return _fail("map", gdf, why)
    m = incident_map(gdf, title=args.title, offline=args.offline)
    out = save_map(m, args.output, offline=args.offline)
    _summary(gdf, f"; map written to {_escape(out)}")
    return _status("map", why)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="geoincidents", description="Conflict news about Syria to mapped incidents.")
    sub = ap.add_subparsers(dest="command", required=True)

    g = sub.add_parser("geocode", help="look place names up in the bundled gazetteer")
    g.add_argument("names", nargs="+", metavar="NAME")
    g.add_argument("--json", action="store_true", help="one JSON array per name")
    g.add_argument("--limit", type=int, default=5)
    g.add_argument("--admin1", help="governorate to focus on (name or P-code)")
    g.set_defaults(func=_geocode)

    def add_inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.html/.jsonl/.csv files or folders")
        p.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that carry none")
        p.add_argument("--focus", help="governorate (name or P-code) to bias place resolution")

    e = sub.add_parser("extract", help="extract incidents (GeoJSON on stdout, or -o file)")
    add_inputs(e)
    e.add_argument("-o", "--output", help="output file: .geojson, .gpkg, .parquet or .csv")
    e.add_argument("--mentions", action="store_true", help="write every place mention instead of incidents")
    e.set_defaults(func=_extract)

    m = sub.add_parser("map", help="extract incidents and write an interactive HTML map")
    add_inputs(m)
    m.add_argument("-o", "--output", required=True, help="HTML file to write")
    m.add_argument("--offline", action="store_true", help="one self-contained file: no CDN, no tiles")
    m.add_argument("--title", help="map title")
    m.set_defaults(func=_map)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, TypeError, OSError) as exc:
        print(f"geoincidents {args.command}: {_escape(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
