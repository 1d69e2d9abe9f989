"""Command line: ``geoincidents geocode | extract | map``.

Thin by design: it parses arguments, calls the public API and formats output.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

__all__ = ["main"]


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
        print(f"{name}:")
        if not places:
            print("  (no match)")
            status = status or 1
        for p in places:
            admin = " / ".join(a for a in (p.admin3, p.admin2, p.admin1) if a)
            print(f"  {p.score:5.2f}  {p.name:<28} {p.kind:<11} {p.pcode or p.place_id:<10} "
                  f"{p.lat:9.5f} {p.lon:9.5f}  {admin}")
    return status


def _check_paths(paths: list[str]) -> None:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise SystemExit(f"geoincidents: no such file or folder: {', '.join(missing)}")


def _read(args: argparse.Namespace):
    from .pipeline import extract_many

    _check_paths(args.paths)
    return extract_many([Path(p) for p in args.paths], published=args.published, focus=args.focus)


def _summary(gdf, extra: str = "") -> None:
    problems = gdf.attrs.get("problems", [])
    unresolved = gdf.attrs.get("unresolved", [])
    print(f"documents read: {gdf.attrs.get('documents', 0)}; incidents: {len(gdf)}; "
          f"unresolved mentions: {len(unresolved)}{extra}", file=sys.stderr)
    for u in unresolved:
        print(f"  unresolved: {u['mention']!r} in {u['doc_id']} at {u['start']}", file=sys.stderr)
    for p in problems:
        where = p.get("doc_id") or "?"
        line = f":{p['line']}" if p.get("line") else ""
        print(f"  {where}{line}: {p['reason']}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    from .export import to_geojson, write

    if args.mentions:
        return _mentions(args)
    gdf = _read(args)
    if args.output:
        write(gdf, args.output)
    else:
        sys.stdout.write(to_geojson(gdf) + "\n")
    _summary(gdf, f"{'; written to ' + args.output if args.output else ''}")
    return 0


def _mentions(args: argparse.Namespace) -> int:
    from .export import to_geojson, write
    from .pipeline import mentions_many

    _check_paths(args.paths)
    gdf = mentions_many([Path(p) for p in args.paths], published=args.published, focus=args.focus)
    if args.output:
        write(gdf, args.output)
    else:
        sys.stdout.write(to_geojson(gdf) + "\n")
    unresolved = int((gdf["status"] == "unresolved").sum())
    print(f"documents read: {gdf.attrs['documents']}; mentions: {len(gdf)}; unresolved mentions: {unresolved}",
          file=sys.stderr)
    for p in gdf.attrs["problems"]:
        line = f":{p['line']}" if p.get("line") else ""
        print(f"  {p.get('doc_id') or '?'}{line}: {p['reason']}", file=sys.stderr)
    return 0


def _map(args: argparse.Namespace) -> int:
    from .maps import incident_map, save_map

    gdf = _read(args)
    m = incident_map(gdf, title=args.title, offline=args.offline)
    out = save_map(m, args.output, offline=args.offline)
    _summary(gdf, f"; map written to {out}")
    return 0


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
        print(f"geoincidents {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
