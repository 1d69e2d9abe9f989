"""Command line: ``geoincidents geocode | extract | map | ingest | export``.

Thin by design: it parses arguments, calls the public API and formats output.

Exit status of ``extract``, ``map`` and ``ingest``: 0 when every document was
read (documents that give no incident, articles not in English and unsupported
files inside a folder are listed on stderr, not failures); 1 when nothing could
be read (an empty folder, no readable document at all) or when any document
failed (a file named on the command line that cannot be read, a bad JSONL/CSV
row, empty/binary/oversized text, an internal error; ``--strict`` stops at the
first); 2 for bad arguments (including ``-o`` into a folder that does not exist). Everything printed to the terminal escapes control characters
(ESC, CR, C1, bidi overrides), since file names and ids come from the input.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from .cli_report import (escape, exit_status, fail_with, print_problems, print_summary, run_outcome, strict_stop,
                         write_report_of)

__all__ = ["main"]

# Every --help ends with examples users can copy (RawDescription keeps their lines).
_EXAMPLES = {
    "geocode": "geoincidents geocode Saraqeb 'Khan Sheikhoun'\n  geoincidents geocode --json --admin1 Idleb Ariha",
    "extract": ("geoincidents extract articles/ -o incidents.gpkg\n"
                "  geoincidents extract corpus.jsonl --workers 4 --report report.json -o incidents.parquet\n"
                "  cat article.txt | geoincidents extract - --published 2019-05-14\n"
                "  geoincidents extract corpus.parquet --engine dask --scheduler tcp://10.0.0.5:8786 -o out/"),
    "map": ("geoincidents map articles/ -o map.html --offline\n"
            "  geoincidents map --store incidents.gpkg -o map.html"),
    "ingest": ("geoincidents ingest articles/ corpus.jsonl --store incidents.gpkg\n"
               "  geoincidents ingest new/ --store incidents.gpkg --workers 4 --report report.json"),
    "export": ("geoincidents export --store incidents.gpkg -o incidents.parquet\n"
               "  geoincidents export --store incidents.gpkg --acled -o acled.csv"),
}


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
        print(f"{escape(name)}:")
        if not places:
            print("  (no match)")
            status = status or 1
        for p in places:
            admin = escape(" / ".join(a for a in (p.admin3, p.admin2, p.admin1) if a))
            print(f"  {p.score:5.2f}  {escape(p.name):<28} {p.kind:<11} {p.pcode or p.place_id:<10} "
                  f"{p.lat:9.5f} {p.lon:9.5f}  {admin}")
    return status


def _check_paths(paths: list[str]) -> None:
    missing = [p for p in paths if p != "-" and not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise SystemExit(f"geoincidents: no such file or folder: {', '.join(map(escape, missing))}")
    for p in paths:  # an empty folder is a mistake worth saying so, not a silent empty result
        if p != "-" and Path(p).is_dir() and not any(f.is_file() for f in Path(p).rglob("*")):
            print(f"geoincidents: warning: folder {escape(p)} holds no file", file=sys.stderr)


def _check_output(output: str | None, suffixes: Any = None) -> None:
    """Refuse a bad ``-o`` before any work: an unknown extension or a folder that does not exist."""
    from .write import FORMATS

    if not output:
        return
    path = Path(output)
    allowed = suffixes or FORMATS
    if path.suffix.lower() not in allowed:
        raise ValueError(f"cannot write {path.name!r}: use one of {', '.join(sorted(allowed))}")
    if not path.parent.is_dir():
        raise ValueError(f"cannot write {escape(output)}: folder {escape(str(path.parent))!r} does not exist "
                         "(create it first)")


def _inputs(paths: list[str], problems: list[dict]) -> Any:
    """The command line's documents: paths, and ``-`` for stdin (JSON Lines or one article)."""
    from .read.files import read_stream

    def report(name: str, line: int | None, reason: str, kind: str = "error") -> None:
        problems.append({"doc_id": name, "line": line, "reason": reason, "kind": kind})

    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, report=report)
        else:
            yield Path(p)


def _progress(args: argparse.Namespace) -> bool:
    """A bar only for a person watching: stderr is a terminal and no ``--quiet``."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def _read(args: argparse.Namespace, mentions: bool = False):
    from .pipeline import extract_many, mentions_many

    _check_paths(args.paths)
    stdin_problems: list[dict] = []
    run = mentions_many if mentions else extract_many
    kw = dict(published=args.published, focus=args.focus, progress=_progress(args),
              strict=getattr(args, "strict", False), workers=_workers(args))
    engine = getattr(args, "engine", "local")
    if engine == "dask":
        kw.update(engine="dask", scheduler=args.scheduler)
    gdf = run(_inputs(args.paths, stdin_problems), **kw)
    gdf.attrs["problems"] = stdin_problems + gdf.attrs.get("problems", [])
    return gdf


def _workers(args: argparse.Namespace) -> int:
    from .engines.pool import default_workers

    n = getattr(args, "workers", 1)
    if n < 0:
        raise ValueError(f"--workers must be 0 (all CPUs) or more, not {n}")
    return n or default_workers()


def _write_out(gdf, output: str | None) -> None:
    from .write import to_geojson, write

    if output:
        write(gdf, output)
        return
    text = to_geojson(gdf)
    if sys.stdout.isatty():  # a terminal: escape everything non-ASCII rather than let input drive it
        text = json.dumps(json.loads(text), ensure_ascii=True)
    sys.stdout.write(text + "\n")


def _extract(args: argparse.Namespace) -> int:
    from .engines.report import BatchError

    from .write import FORMATS

    # --engine dask -o FOLDER: partitioned GeoParquet (a path without a known file extension).
    parts = args.engine == "dask" and args.output and Path(args.output).suffix.lower() not in FORMATS
    if args.engine == "dask" and args.mentions:
        raise ValueError("--mentions runs on the local engine only (drop --engine dask)")
    _check_output(str(Path(args.output).parent / "parts.parquet") if parts else args.output)
    if args.report:
        _check_output(args.report, {".json"})
    started = time.perf_counter()
    try:
        gdf = _read(args, mentions=args.mentions)
    except BatchError as exc:
        return strict_stop("extract", exc)
    why, nothing = run_outcome(gdf, args.paths)
    if nothing:
        write_report_of(gdf, args, started)
        return fail_with("extract", gdf, why)  # no output: there is nothing to write
    if parts:
        from .engines.dask_engine import write_partitioned

        write_partitioned(gdf, args.output)
    else:
        _write_out(gdf, args.output)
    written = f"; written to {escape(args.output)}" if args.output else ""
    if args.mentions:
        unresolved = int((gdf["status"] == "unresolved").sum())
        print(f"documents read: {gdf.attrs['documents']}; mentions: {len(gdf)}; unresolved mentions: {unresolved}"
              f"{written}", file=sys.stderr)
        print_problems(gdf.attrs["problems"])
        write_report_of(gdf, args, started)
    else:
        print_summary(gdf, written, args, time.perf_counter() - started)
    return exit_status("extract", why)


def _map(args: argparse.Namespace) -> int:
    from .engines.report import BatchError
    from .maps import incident_map, save_map

    _check_output(args.output, {".html", ".htm"})
    if args.store:
        if args.paths:
            raise ValueError("give either PATH... (extract and map) or --store (map a store), not both")
        from .store import read_incidents

        gdf, why = read_incidents(args.store), None
    else:
        if not args.paths:
            raise ValueError("give PATH... to read, or --store FILE.gpkg to map a store")
        try:
            gdf = _read(args)
        except BatchError as exc:
            return strict_stop("map", exc)
        why, nothing = run_outcome(gdf, args.paths)
        if nothing:
            return fail_with("map", gdf, why)
    m = incident_map(gdf, title=args.title, offline=args.offline)
    out = save_map(m, args.output, offline=args.offline)
    if args.store:
        print(f"incidents: {len(gdf)}; map written to {escape(out)}", file=sys.stderr)
        return 0
    print_summary(gdf, f"; map written to {escape(out)}", args)
    return exit_status("map", why)


def _ingest(args: argparse.Namespace) -> int:
    from .store.commands import ingest_command

    _check_paths(args.paths)
    if args.report:
        _check_output(args.report, {".json"})
    stdin_problems: list[dict] = []  # bad lines of '-', reported with the rest
    return ingest_command(args, _inputs(args.paths, stdin_problems), _workers(args), _progress(args), stdin_problems)


def _export(args: argparse.Namespace) -> int:
    from .store.commands import export_command

    _check_output(args.output)
    return export_command(args)


_PLACES_HELP = ("your corrections to the gazetteer: places (name, aliases, lat, lon), aliases of known "
                "places (name, place_id) and names that are no place (name, never=yes)")


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = argparse.ArgumentParser(prog="geoincidents", description="Conflict news about Syria to mapped incidents.",
                                 epilog="examples:\n  geoincidents extract articles/ -o incidents.gpkg\n"
                                        "  geoincidents COMMAND --help",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"geoincidents {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help[:1].upper() + help[1:] + ".",
                              epilog="example:\n  " + _EXAMPLES[name],
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    g = command("geocode", "look place names up in the bundled gazetteer")
    g.add_argument("names", nargs="+", metavar="NAME")
    g.add_argument("--json", action="store_true", help="one JSON array per name")
    g.add_argument("--limit", type=int, default=5)
    g.add_argument("--admin1", help="governorate to focus on (name or P-code)")
    g.add_argument("--places", metavar="FILE.csv", help=_PLACES_HELP)
    g.set_defaults(func=_geocode)

    def add_inputs(p: argparse.ArgumentParser, nargs: str = "+") -> None:
        p.add_argument("paths", nargs=nargs, metavar="PATH",
                       help=".txt/.html/.jsonl/.csv/.parquet files or folders; - reads stdin")
        p.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that carry none")
        p.add_argument("--focus", help="governorate (name or P-code) to bias place resolution")
        p.add_argument("--places", metavar="FILE.csv", help=_PLACES_HELP)

    def add_batch(p: argparse.ArgumentParser) -> None:
        p.add_argument("--workers", type=int, default=1, metavar="N",
                       help="documents in N parallel processes (0: one per CPU); same results as 1")
        p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no per-name listing")
        p.add_argument("--report", metavar="FILE.json",
                       help="write the run report (counts, failures and why, unresolved names) as JSON")
        p.add_argument("--strict", action="store_true", help="stop at the first document that fails")

    e = command("extract", "extract incidents (GeoJSON on stdout, or -o file)")
    add_inputs(e)
    add_batch(e)
    e.add_argument("-o", "--output", help="output file: .geojson, .gpkg, .parquet or .csv "
                                          "(--engine dask: a folder of GeoParquet parts)")
    e.add_argument("--mentions", action="store_true", help="write every place mention instead of incidents")
    e.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster (pip install geoincidents[dask])")
    e.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)")
    e.set_defaults(func=_extract)

    m = command("map", "extract incidents (or read a store) and write an interactive HTML map")
    add_inputs(m, "*")
    add_batch(m)
    m.add_argument("--store", metavar="FILE.gpkg", help="map the incidents of this store instead of reading PATHs")
    m.add_argument("-o", "--output", required=True, help="HTML file to write")
    m.add_argument("--offline", action="store_true", help="one self-contained file: no CDN, no tiles")
    m.add_argument("--title", help="map title")
    m.set_defaults(func=_map)

    i = command("ingest", "add documents to an incident store (a GeoPackage), merging repeated reports")
    add_inputs(i)
    add_batch(i)
    i.add_argument("--store", required=True, metavar="FILE.gpkg", help="the store (created if missing)")
    i.add_argument("--batch-size", type=int, default=200, metavar="N",
                   help="documents per transaction (a crash loses at most the batch in progress)")
    i.set_defaults(func=_ingest)

    x = command("export", "write the incidents of a store to .parquet, .csv, .geojson or .gpkg")
    x.add_argument("--store", required=True, metavar="FILE.gpkg", help="the store to read")
    x.add_argument("-o", "--output", required=True, help="output file: .geojson, .gpkg, .parquet or .csv")
    x.add_argument("--acled", action="store_true", help="ACLED's columns and conventions (CSV)")
    x.set_defaults(func=_export)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if getattr(args, "places", None):
            from .gazetteer.corrections import use_gazetteer
            use_gazetteer(args.places)  # through the environment: worker processes see it too
        return args.func(args)
    except (ValueError, TypeError, OSError) as exc:
        print(f"geoincidents {args.command}: {escape(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"geoincidents {args.command}: interrupted; no output was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
