"""Build the bundled gazetteer from the raw Syria sources, reproducibly.

Run ``python -m geoincidents.gazetteer.build --sources ../shared/data --out data/gazetteer``
(or ``make gazetteer``).  The raw files are read where they are and never
copied; the outputs are

``places.parquet``  GeoParquet, one point per place (communities, cities,
                    villages, Aleppo neighbourhoods, admin units, named regions)
                    with all variant names.
``names.parquet``   every name of every place with its match keys and source.
``areas.parquet``   GeoParquet, simplified polygons of governorates (level 1),
                    districts (2), sub-districts (3), regions (0) and Aleppo
                    neighbourhoods (4).
``syria_gazetteer.gpkg``  the same two tables as GeoPackage layers for QGIS.

The same sources always give the same tables (sorted rows, no timestamps).
Known defects of the sources (see ``SOURCES.md`` beside them) are handled
here: Arabic columns of the community table are destroyed, the 13 big cities
are missing from it, ADM2 polygons must be dissolved from ADM3.  Who's On First
(:mod:`.wof`) gives villages their Arabic names and spellings and adds the
villages OCHA lacks; :mod:`.neighbourhoods` adds Aleppo's quarters.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.ops
from rapidfuzz import fuzz

from .exonyms import kin_alternates
from .neighbourhoods import read_neighbourhoods
from .regions import build_regions
from .normalize import arabic_key, is_arabic, loose_key, name_keys, skeleton_key
from .sources import (CRS, admin_of_points, admin_places, geonames_cities, read_admin, read_communities,
                      read_open_syria)
from .wof import join_wof, km_between, read_wof

#: Coverage simplification tolerance in degrees (~200 m): small files, shared edges kept.
SIMPLIFY_DEG = 0.002

# The 13 OCHA "city" communities absent from the attribute table, with the
# sub-district they are the centre of; their point comes from GeoNames.
MISSING_CITIES = {
    "C1001": ("Damascus", "SY010000"), "C1002": ("Yarmuk", "SY010000"),
    "C1007": ("Aleppo", "SY020000"), "C2528": ("Homs", "SY040100"),
    "C2987": ("Hama", "SY050100"), "C3480": ("Lattakia", "SY060000"),
    "C3871": ("Idleb", "SY070000"), "C4360": ("Al-Hasakeh", "SY080000"),
    "C5086": ("Deir-ez-Zor", "SY090100"), "C5221": ("Tartous", "SY100000"),
    "C5710": ("Ar-Raqqa", "SY110100"), "C5993": ("Dar'a", "SY120000"),
    "C6147": ("As-Sweida", "SY130000"),
}
# Governorate -> its capital (OCHA community); precision-3 points sit at the capital,
# as ACLED places them, not at a polygon's representative point in the desert.
CAPITALS = {"SY01": "C1001", "SY02": "C1007", "SY04": "C2528", "SY05": "C2987", "SY06": "C3480",
            "SY07": "C3871", "SY08": "C4360", "SY09": "C5086", "SY10": "C5221", "SY11": "C5710",
            "SY12": "C5993", "SY13": "C6147"}
# Yarmuk camp is not a GeoNames city; its point is OCHA's well-known location.
YARMUK_POINT = (36.3050, 33.4730)

ADMIN_COLS = ["admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"]
PLACE_COLS = ["place_id", "name", "name_ar", "kind", "lat", "lon", "pcode", *ADMIN_COLS,
              "population", "names", "source_ids", "importance"]
# Importance orders equally good matches: a town before the sub-district named
# after it, a city before its governorate (context decides otherwise in resolve), a quarter of
# Aleppo before a hamlet of the same name.
KIND_WEIGHT = {"city": 1.0, "governorate": 0.95, "region": 0.7, "town": 0.6, "neighbourhood": 0.3,
               "district": 0.45, "subdistrict": 0.3, "village": 0.2}
#: names.parquet ``source``: canonical (OCHA and curated primary names), alias (OpenSyria,
#: GeoNames cities500 and region alias lists), wof (Who's On First / GeoNames names and variants).
NAME_SOURCES = ("canonical", "alias", "wof", "exonym")
SETTLEMENTS = ("city", "town", "village")


def _simplify(geoms: gpd.GeoSeries) -> np.ndarray:
    # coverage_simplify keeps neighbouring polygons sharing their edges (no slivers).
    out = shapely.coverage_simplify(shapely.make_valid(geoms.values), SIMPLIFY_DEG)
    out = shapely.make_valid(shapely.set_precision(out, 1e-5))
    return np.array([g if g.geom_type in ("Polygon", "MultiPolygon") else
                     shapely.union_all([p for p in getattr(g, "geoms", [g]) if p.area > 0]) for g in out])


def _name_similarity(a_names: list[str], b_names: list[str]) -> float:
    a = {loose_key(n) for n in a_names if not is_arabic(n)} - {""}
    b = {loose_key(n) for n in b_names if not is_arabic(n)} - {""}
    if a & b or ({skeleton_key(n) for n in a_names} & {skeleton_key(n) for n in b_names}):
        return 100.0
    return max((fuzz.ratio(x, y) for x in a for y in b), default=0.0)


def _merge_geonames(places: list[dict], adm3: gpd.GeoDataFrame) -> list[dict]:
    """Attach GeoNames cities500 names, Arabic and population to OCHA points; add the rest."""
    comm = [p for p in places if p["place_id"].startswith("ocha:C")]
    lat = np.array([p["lat"] for p in comm])
    lon = np.array([p["lon"] for p in comm])
    by_pcode = {p["pcode"]: p for p in places}
    added = []
    for g in geonames_cities():
        gnames = [g["name"], *g["alternatenames"]]
        d = km_between(g["latitude"], g["longitude"], lat, lon)
        best, best_score = None, 0.0
        for i in np.argsort(d)[:12]:
            if d[i] > 6.0:
                break
            score = _name_similarity(gnames, comm[i]["names"]) - d[i] * 2
            if score > best_score and score >= 78:
                best, best_score = comm[i], score
        if best is None:  # the 13 big cities: matched by their centre sub-district
            for pcode, (_, adm3_pcode) in MISSING_CITIES.items():
                p = by_pcode.get(pcode)
                at = admin_of_points([g["longitude"]], [g["latitude"]], adm3)[0]["admin3_pcode"]
                if p is not None and at == adm3_pcode and _name_similarity(gnames, p["names"]) >= 78:
                    best = p
        gid = f"geonames:{g['geonameid']}"
        # Arabic script, but not Persian/Urdu spellings (گ پ چ ژ ی ک) that GeoNames also lists.
        arabic = [n for n in gnames if is_arabic(n) and not re.search("[گپچژیک]", n)]
        if best is not None:
            best["names"].append(g["name"])
            best["alt_names"] += g["alternatenames"]
            best["source_ids"].append(gid)
            best["population"] = max(best["population"] or 0, g["population"] or 0) or None
            best["name_ar"] = best["name_ar"] or (arabic[0] if arabic else None)
            if best.get("_needs_point"):
                best.update(lat=g["latitude"], lon=g["longitude"], _needs_point=False)
            continue
        added.append({
            "place_id": gid, "name": g["name"], "name_ar": arabic[0] if arabic else None,
            "kind": "village", "lat": g["latitude"], "lon": g["longitude"], "pcode": None,
            **admin_of_points([g["longitude"]], [g["latitude"]], adm3)[0], "population": g["population"] or None,
            "names": [g["name"]], "alt_names": g["alternatenames"], "source_ids": [gid],
        })
    return places + added


def _missing_city_rows(adm3: gpd.GeoDataFrame) -> list[dict]:
    rows = []
    for pcode, (name, adm3_pcode) in MISSING_CITIES.items():
        sub = adm3[adm3.ADM3_PCODE == adm3_pcode].iloc[0]
        pt = sub.geometry.representative_point()
        lon, lat = YARMUK_POINT if pcode == "C1002" else (pt.x, pt.y)
        rows.append({
            "place_id": f"ocha:{pcode}", "name": name, "name_ar": None,  # the centre sub-district's Arabic name is not the city's
            "kind": "city", "lat": lat, "lon": lon, "pcode": pcode,
            "admin1": sub.ADM1_EN, "admin1_pcode": sub.ADM1_PCODE, "admin2": sub.ADM2_EN,
            "admin2_pcode": sub.ADM2_PCODE, "admin3": sub.ADM3_EN, "admin3_pcode": sub.ADM3_PCODE,
            "population": None, "names": [name, sub.ADM3_EN], "alt_names": [], "source_ids": ["ocha-cod-ab"],
            "_needs_point": pcode != "C1002",
        })
    return rows


_FORMAL = re.compile(r"(?i)\b(?:district|sub-?district|nahiya|nahiyat|mantiqat|markaz|centre|center)\b|"
                     r"(?:منطقة|ناحية|مركز|محافظة)")


def _spells(alias: str, unit: dict) -> bool:
    """Is ``alias`` a spelling of the unit's own name (not another place's, like a region's)?"""
    if is_arabic(alias):
        return bool(unit["name_ar"]) and fuzz.ratio(arabic_key(alias), arabic_key(unit["name_ar"])) >= 70
    return fuzz.ratio(loose_key(alias), loose_key(unit["name"])) >= 70


def _settle_points(rows: list[dict], adm3: gpd.GeoDataFrame) -> None:
    """Where admin-level places stand, and the names their centres share.

    * the 13 cities' GeoNames points are kept inside their sub-district (Tartous' lies offshore);
    * districts and sub-districts stand at their centre town, which takes the unit's spellings;
    * governorates and their countrysides stand at the capital.
    """
    by_pcode = {r["pcode"]: r for r in rows if r["pcode"]}
    for pcode, (_, adm3_pcode) in MISSING_CITIES.items():
        r = by_pcode[pcode]
        poly = adm3.loc[adm3.ADM3_PCODE == adm3_pcode].geometry.iloc[0]
        pt = shapely.Point(r["lon"], r["lat"])
        if not poly.contains(pt):
            inside = shapely.ops.nearest_points(poly.buffer(-0.002), pt)[0]
            r["lon"], r["lat"] = inside.x, inside.y
    # Districts and sub-districts at their centre town (the community named like the unit).
    centres: dict[tuple[str, str], dict] = {}
    for r in rows:
        if r["place_id"].startswith("ocha:C"):
            base = loose_key(re.sub(r"\s*\([^)]*\)\s*$", "", r["name"]))
            for level in ("admin2_pcode", "admin3_pcode"):
                centres.setdefault((r[level], base), r)
    for r in rows:
        if r["kind"] in ("district", "subdistrict"):
            centre = centres.get((r["pcode"], loose_key(r["name"])))
            if centre is not None:
                r["lat"], r["lon"] = centre["lat"], centre["lon"]
                # The unit's spellings ("Maarat al-Numan") are spellings of its centre town too;
                # formal unit names ("... District", "ناحية ...") are not.
                centre["alt_names"] += [n for n in r["names"] + r["alt_names"]
                                        if not _FORMAL.search(n) and _spells(n, r)]
    for r in rows:
        gov = r["pcode"] if r["kind"] == "governorate" else (
            r["admin1_pcode"] if r["place_id"].endswith("-countryside") else None)
        if gov in CAPITALS:
            cap = by_pcode[CAPITALS[gov]]
            r["lat"], r["lon"] = cap["lat"], cap["lon"]


def _usable_name(name: str) -> bool:
    """Latin or Arabic script only (GeoNames also lists Greek, CJK ... exonyms),
    and no airport-style codes ("DAM", "DEZ") that would match common words."""
    if is_arabic(name):
        return True
    if re.fullmatch(r"[A-Z]{2,4}", name):
        return False
    latin = sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff" for ch in name)
    return latin >= 0.9 * len(name) and any(ch.isalpha() for ch in name)


def _names_table(places: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per (place, variant name) with precomputed match keys, so that
    loading the gazetteer needs no normalisation work; ``source`` ranks the name
    (see ``NAME_SOURCES``; a place's best source is kept when two names share a key)."""
    rows = []
    for pid, names, sources, n_primary in zip(places.place_id, places.names, places.name_sources,
                                              places.n_primary):
        for i, (n, src) in enumerate(zip(names.split("|"), sources.split("|"))):
            # OCHA glues the article to a word ("Khan Elshih", "Ein Elfijeh", "Elkana"):
            # index the split form too ("El" first only before 4 letters: not "Elweh", ‘Ilwa).
            variants = dict.fromkeys([n, re.sub(r"(?<=\s)(El|Al)(?=[a-z]{3})|^(El)(?=[a-z]{4})", r"\1\2 ", n)])
            for v in variants:
                f, lo, sk = name_keys(v)
                if lo:
                    rows.append((pid, v, "ar" if is_arabic(v) else "latn", i < n_primary, src, f, lo, sk))
    cols = ["place_id", "name", "script", "primary", "source", "fold", "loose", "skeleton"]
    df = pd.DataFrame(rows, columns=cols)
    df["source"] = pd.Categorical(df["source"], categories=NAME_SOURCES, ordered=True)
    df = df.sort_values(["place_id", "source"], kind="stable").drop_duplicates(["place_id", "fold"])
    df["source"] = df["source"].astype(str)
    return df.reset_index(drop=True)


def _finalise(rows: list[dict]) -> gpd.GeoDataFrame:
    for r in rows:
        r.pop("_needs_point", None)
        seen, names, sources = set(), [], []
        primary = [r["name"], *r["names"]]
        # WOF-only and GeoNames-only places have no canonical (OCHA/curated) name.
        own = "canonical" if r["place_id"].split(":")[0] in ("ocha", "region", "columbia") else (
            "wof" if r["place_id"].startswith("wof:") else "alias")
        alt, wof, ar = r.pop("alt_names"), r.pop("wof_names", []), r["name_ar"]
        # The Arabic name shown is one of the place's own (an OCHA village's comes from WOF), from its source.
        ar = [ar] if ar and ar not in primary and (ar in alt or ar in wof) else []
        tagged = [(n, own) for n in primary] + [(n, "alias" if n in alt else "wof") for n in ar]
        # GeoNames alternates that spell none of the place's own names ("Berea" for Aleppo) are exonyms:
        # looked up by their exact spelling only (module exonyms).
        kin = set(kin_alternates(alt, primary + wof, [n for n in [r["name_ar"], *alt] if n and is_arabic(n)]))
        primary, tagged = primary + ar, tagged + [(n, "alias" if n in kin else "exonym") for n in alt] + \
            [(n, "wof") for n in wof]
        for n, src in tagged:
            n = " ".join(str(n).split())
            if n and n.casefold() not in seen and _usable_name(n):
                seen.add(n.casefold())
                names.append(n)
                sources.append(src)
        r["n_primary"] = len({" ".join(str(n).split()).casefold() for n in primary} & seen)
        r["names"], r["name_sources"] = "|".join(names), "|".join(sources)
        r["source_ids"] = "|".join(dict.fromkeys(r["source_ids"]))
        if r["kind"] == "village":
            pop = r["population"] or 0
            base = re.sub(r"\s*\([^)]*\)\s*$", "", r["name"])
            centre = r.get("seat") or loose_key(base) in {loose_key(r["admin3"] or ""), loose_key(r["admin2"] or "")}
            r["kind"] = "city" if pop >= 100_000 else "town" if pop >= 10_000 or centre else "village"
        # Population separates settlements only; admin units rank by level.
        pop = float(r["population"] or 0) if r["kind"] in SETTLEMENTS else 0.0
        r["importance"] = round(KIND_WEIGHT[r["kind"]] + min(np.log10(pop + 1) / 7.0, 1.0) * 0.3, 4)
        r["lat"], r["lon"] = round(float(r["lat"]), 6), round(float(r["lon"]), 6)
        r["population"] = int(r["population"]) if r["population"] else None
    df = pd.DataFrame(rows)[PLACE_COLS + ["n_primary", "name_sources"]].sort_values("place_id").reset_index(drop=True)
    df["population"] = df["population"].astype("Int64")
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.lon, df.lat), crs=CRS)


def build(sources: Path, out: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Build ``places`` and ``areas`` from ``sources`` and write them to ``out``."""
    sources, out = Path(sources), Path(out)
    adm1, adm2, adm3 = read_admin(sources)
    osy = read_open_syria(sources)
    places = admin_places(adm1, adm2, adm3, osy) + read_communities(sources, adm3) + _missing_city_rows(adm3)
    places = _merge_geonames(places, adm3)
    admin_many = lambda lons, lats: admin_of_points(lons, lats, adm3)  # noqa: E731
    places = join_wof(places, read_wof(sources), adm3, admin_many)
    hood_rows, hood_polys = read_neighbourhoods(sources, admin_many)
    places += hood_rows
    region_rows, region_polys = build_regions(out / "regions.json", adm1, adm2, adm3, places)
    _settle_points(places + region_rows, adm3)
    places_gdf = _finalise(places + region_rows)

    areas = []
    for level, frame in ((1, adm1), (2, adm2), (3, adm3)):
        p = f"ADM{level}_"
        part = pd.DataFrame({
            "place_id": "ocha:" + frame[p + "PCODE"], "pcode": frame[p + "PCODE"], "name": frame[p + "EN"],
            "name_ar": frame[p + "AR"], "level": level, "admin1": frame.ADM1_EN, "admin1_pcode": frame.ADM1_PCODE,
            "admin2": frame.ADM2_EN if level >= 2 else None, "admin2_pcode": frame.ADM2_PCODE if level >= 2 else None,
            "source": "OCHA COD-AB 2020-12-17" + (" (dissolved from ADM3)" if level == 2 else ""),
        })
        part["geometry"] = _simplify(frame.geometry)
        areas.append(part)
    reg = pd.DataFrame(region_polys).merge(places_gdf[["place_id", "name", "name_ar", "admin1", "admin1_pcode"]])
    reg["geometry"] = shapely.make_valid(shapely.set_precision(
        shapely.simplify(reg.geometry.values, SIMPLIFY_DEG), 1e-5))
    reg["level"], reg["pcode"], reg["admin2"], reg["admin2_pcode"] = 0, None, None, None
    areas.append(reg[areas[0].columns])
    hood = pd.DataFrame(hood_polys).merge(places_gdf[["place_id", "pcode", "name", "name_ar", "admin1",
                                                      "admin1_pcode", "admin2", "admin2_pcode"]])
    hood["geometry"] = shapely.make_valid(shapely.set_precision(hood.geometry.values, 1e-6))
    hood["level"] = 4
    areas.append(hood[areas[0].columns])
    areas_gdf = gpd.GeoDataFrame(pd.concat(areas, ignore_index=True), geometry="geometry", crs=CRS)
    areas_gdf["level"] = areas_gdf["level"].astype("int64")

    out.mkdir(parents=True, exist_ok=True)
    names = _names_table(places_gdf)
    places_gdf = places_gdf.drop(columns=["n_primary", "name_sources"])
    places_gdf.to_parquet(out / "places.parquet", index=False, write_covering_bbox=False)
    names.to_parquet(out / "names.parquet", index=False)
    areas_gdf.to_parquet(out / "areas.parquet", index=False)
    gpkg = out / "syria_gazetteer.gpkg"
    gpkg.unlink(missing_ok=True)
    places_gdf.to_file(gpkg, layer="places", driver="GPKG")
    for level, layer in ((1, "governorates"), (2, "districts"), (3, "subdistricts"), (0, "regions"),
                         (4, "neighbourhoods")):
        areas_gdf[areas_gdf.level == level].to_file(gpkg, layer=layer, driver="GPKG")
    return places_gdf, areas_gdf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", default="../shared/data", help="folder holding the raw sources (read in place)")
    ap.add_argument("--out", default="data/gazetteer", help="output folder (holds regions.json)")
    args = ap.parse_args(argv)
    places, areas = build(Path(args.sources), Path(args.out))
    print(f"places: {len(places)} ({places.kind.value_counts().to_dict()}); areas: {len(areas)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
