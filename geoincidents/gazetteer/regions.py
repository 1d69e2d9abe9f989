"""Named regions of the bundled gazetteer: curated regions (``regions.json``) and one
countryside per governorate, as place rows and polygons.

A curated region is the union of OCHA sub-district/district polygons by P-code and/or the convex
hull of OCHA community points buffered by ``buffer_km``; its extent follows the source it cites.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from .normalize import is_arabic

__all__ = ["REGION_ADMIN1_SHARE", "build_regions"]


#: A region takes the governorate holding at least this share of its polygon: a buffered hull
#: spills a few km over a border (Jabal al-Akrad: 0.90 Latakia, 0.08 Hama) and the text reports it
#: in the governorate that holds it ("Jabal al-Akrad in the countryside of Latakia").  Below three
#: quarters the other governorate holds a part that reporting names too (Jabal Shahshabu: 0.71
#: Idleb, 0.29 Hama, reported in "the Hama countryside"), so the region names no governorate.
REGION_ADMIN1_SHARE = 0.75


def build_regions(spec_path: Path, adm1: gpd.GeoDataFrame, adm2: gpd.GeoDataFrame, adm3: gpd.GeoDataFrame,
                  places: list[dict]) -> tuple[list[dict], list[dict]]:
    """Named regions and governorate countrysides: place rows and polygons.

    Parameters
    ----------
    spec_path : Path
        ``regions.json``: each region's names, source and OCHA units or community P-codes.
    adm1, adm2, adm3 : GeoDataFrame
        OCHA governorate, district and sub-district polygons.
    places : list of dict
        Place rows so far (community points by P-code, governorate names).

    Returns
    -------
    rows, polys : list of dict
        One place row per region (``kind`` region) and its polygon with the cited source.
    """
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    by_pcode = {p["pcode"]: p for p in places if p["pcode"]}
    rows, polys = [], []
    for reg in spec["regions"]:
        parts = []
        for key, frame, col in (("subdistricts", adm3, "ADM3_PCODE"), ("districts", adm2, "ADM2_PCODE")):
            codes = reg.get(key, [])
            if codes:
                sel = frame[frame[col].isin(codes)]
                if len(sel) != len(codes):
                    raise ValueError(f"region {reg['id']}: unknown {key} in {codes}")
                parts.append(shapely.union_all(sel.geometry.values))
        if reg.get("communities"):
            pts = [by_pcode[c] for c in reg["communities"]]
            hull = shapely.MultiPoint([(p["lon"], p["lat"]) for p in pts]).convex_hull
            parts.append(hull.buffer(reg.get("buffer_km", 2.0) / 111.0))
        geom = shapely.make_valid(shapely.union_all(parts))
        names = [reg["name"], *reg["aliases"], *([reg["name_ar"]] if reg.get("name_ar") else [])]
        rows.append(_region_row(reg["id"], reg["name"], reg.get("name_ar"), names,
                                geom, adm3, ["regions.json:" + reg["id"]]))
        polys.append({"place_id": rows[-1]["place_id"], "geometry": geom, "source": reg["source"]})
    osy_names = {p["pcode"]: p["names"] for p in places if p["kind"] == "governorate"}
    for r in adm1.itertuples():
        if r.ADM1_PCODE in ("SY01", "SY03"):
            continue  # Damascus has no countryside; Rural Damascus *is* one (alias below)
        bases = {n for n in osy_names[r.ADM1_PCODE] if not is_arabic(n) and "overnorate" not in n}
        names = sorted({f"{b} {w}" for b in bases for w in ("countryside", "rural area")} |
                       {f"rural {b}" for b in bases} | {f"countryside of {b}" for b in bases})
        rid = re.sub(r"[^a-z]+", "-", r.ADM1_EN.lower()).strip("-") + "-countryside"
        rows.append(_region_row(rid, f"{r.ADM1_EN} countryside", f"ريف {r.ADM1_AR}", names, r.geometry,
                                adm3, ["ocha-cod-ab"]))
        polys.append({"place_id": rows[-1]["place_id"], "geometry": r.geometry,
                      "source": "OCHA COD-AB governorate boundary (the governorate outside its capital)"})
    return rows, polys


def _region_row(rid, name, name_ar, names, geom, adm3, source_ids) -> dict:
    pt = geom.representative_point()
    # The governorate holding most of the region (neighbours that only touch it do not count).
    inter = shapely.area(shapely.intersection(adm3.geometry.values, geom))  # planar degrees: a ratio only
    share = pd.Series(inter, index=adm3.ADM1_PCODE.values).groupby(level=0).sum() / geom.area
    single = share.max() >= REGION_ADMIN1_SHARE
    return {"place_id": f"region:{rid}", "name": name, "name_ar": name_ar, "kind": "region",
            "lat": pt.y, "lon": pt.x, "pcode": None,
            "admin1": adm3.loc[adm3.ADM1_PCODE == share.idxmax(), "ADM1_EN"].iloc[0] if single else None,
            "admin1_pcode": share.idxmax() if single else None,
            "admin2": None, "admin2_pcode": None, "admin3": None, "admin3_pcode": None,
            "population": None, "names": names, "alt_names": [], "source_ids": source_ids}
