"""Neighbourhoods of Aleppo city: OCHA P-codes and polygons plus Columbia CSR's layer.

Both layers trace back to the UN-Habitat 2013 list and spell it differently
(``SOURCES.md`` section 5).  Columbia's parts that share a name ("Tishreen" x3,
"al-Hamdaniyeh I-V") are dissolved first; the two layers are then matched by
polygon overlap confirmed by name, so each quarter becomes ONE place of kind
``neighbourhood`` with both spellings, English and Arabic.  OCHA's P-code and
polygon win where both exist; Columbia-only quarters keep Columbia's polygon.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import shapely
from rapidfuzz import fuzz

from .normalize import arabic_key, fold, is_arabic, loose_key

OCHA_FILE = "aleppo-neighbourhoods/ocha/aleppo_neighborhoods_v1.json"
COLUMBIA_FILE = "aleppo-neighbourhoods/columbia-csr/Neighborhoods.geojson"
#: The community all of them belong to (SOURCES.md 1c: C1007 Aleppo).
CITY_PCODE = "C1007"
_ROMAN = re.compile(r"\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$")
#: Places that are not quarters people live in, and names too generic to look up alone.
_NOT_QUARTER = re.compile(r"(?i)\b(?:cemetery|airport|park|citadel|barracks?|hospital)\b")
#: Arabic names that are common words in any Arabic text ("the governorate"): not looked up.
_GENERIC_AR = {"المحافظة", "الشهداء", "السبيل", "الشعار", "السكري"}


def _columbia(src: Path) -> list[dict]:
    """Columbia features dissolved by name (roman-numbered parts are parts of one quarter)."""
    data = json.loads((src / COLUMBIA_FILE).read_text(encoding="utf-8"))
    groups: dict[str, dict] = {}
    for f in sorted(data["features"], key=lambda f: (f["properties"]["NAME"], f["properties"]["Id"])):
        name = " ".join(f["properties"]["NAME"].split())
        base = _ROMAN.sub("", name)
        g = groups.setdefault(base, {"name": base, "parts": [], "geoms": [], "arabic": []})
        g["parts"].append(name)
        g["geoms"].append(shapely.make_valid(shapely.geometry.shape(f["geometry"])))
        ar = (f["properties"].get("NAME_A") or "").strip()
        if ar and is_arabic(ar) and ar not in g["arabic"]:
            g["arabic"].append(ar)
    out = []
    for base in sorted(groups):
        g = groups[base]
        out.append({"name": base, "names": list(dict.fromkeys([base, *g["parts"]])), "arabic": g["arabic"],
                    "geometry": shapely.make_valid(shapely.union_all(g["geoms"]))})
    return out


def _ocha(src: Path) -> list[dict]:
    data = json.loads((src / OCHA_FILE).read_text(encoding="utf-8"))
    out = []
    for it in sorted(data["items"], key=lambda i: i["pCode"]):
        out.append({"pcode": it["pCode"], "name": " ".join(it["nameEnglish"].split()),
                    "arabic": [it["nameArabic"].strip()] if it.get("nameArabic") else [],
                    "geometry": shapely.make_valid(shapely.from_wkt(it["boundaryWkt"]))})
    return out


def _same_name(a: dict, b: dict) -> float:
    """0-100: Arabic key equality or the best Latin loose-key ratio."""
    if {arabic_key(x) for x in a["arabic"]} & {arabic_key(x) for x in b["arabic"]}:
        return 100.0
    la = {loose_key(n) for n in a.get("names", [a["name"]])}
    lb = {loose_key(n) for n in b.get("names", [b["name"]])}
    return max(fuzz.ratio(x, y) for x in la for y in lb)


def read_neighbourhoods(src: Path, admin_of) -> tuple[list[dict], list[dict]]:
    """Place rows (kind ``neighbourhood``) and their polygons (``place_id``, ``geometry``, ``source``).

    ``admin_of(lons, lats)`` gives the OCHA admin columns of points (point in sub-district).
    """
    src = Path(src)
    ocha, col = _ocha(src), _columbia(src)
    og = np.array([o["geometry"] for o in ocha])
    cg = np.array([c["geometry"] for c in col])
    tree = shapely.STRtree(og)
    ci, oi = tree.query(cg, predicate="intersects")
    inter = shapely.area(shapely.intersection(cg[ci], og[oi]))
    smaller = np.minimum(shapely.area(cg[ci]), shapely.area(og[oi]))
    pairs = []
    for c, o, share in zip(ci.tolist(), oi.tolist(), (inter / smaller).tolist()):
        sim = _same_name(col[c], ocha[o])
        # Overlap decides; a name confirms a partial overlap (the layers' borders differ).
        if share >= 0.6 and sim >= 50 or share >= 0.25 and sim >= 75:
            pairs.append((share + sim / 100, c, o))
    partner: dict[int, int] = {}
    for _, c, o in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if c not in partner and o not in partner.values():
            partner[c] = o
    by_ocha = {o: c for c, o in partner.items()}
    rows, polys = [], []
    for i, o in enumerate(ocha):
        c = col[by_ocha[i]] if i in by_ocha else None
        names = [o["name"]] + ([] if c is None else c["names"])
        arabic = o["arabic"] + ([] if c is None else [a for a in c["arabic"] if a not in o["arabic"]])
        rows.append(_row(f"ocha:{o['pcode']}", o["pcode"], o["name"], names, arabic, o["geometry"],
                         ["ocha-aleppo-neighbourhoods"] + ([] if c is None else ["columbia-csr:" + c["name"]])))
        polys.append({"place_id": rows[-1]["place_id"], "geometry": o["geometry"],
                      "source": "UN OCHA city_neighbourhoods (Aleppo)"})
    for j, c in enumerate(col):
        if j in partner or _NOT_QUARTER.search(c["name"]):
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", fold(c["name"])).strip("-")
        rows.append(_row(f"columbia:{slug}", None, c["name"], c["names"], c["arabic"], c["geometry"],
                         ["columbia-csr:" + c["name"]]))
        polys.append({"place_id": rows[-1]["place_id"], "geometry": c["geometry"],
                      "source": "Columbia CSR, Conflict Urbanism: Aleppo (2016)"})
    pts = [r.pop("_point") for r in rows]
    admin = admin_of(np.array([p.x for p in pts]), np.array([p.y for p in pts]))
    for r, adm in zip(rows, admin):
        r.update(adm)
    return rows, polys


def _row(pid, pcode, name, names, arabic, geom, source_ids) -> dict:
    pt = geom.representative_point()
    name_ar = arabic[0] if arabic else None
    arabic = [a for a in arabic if a not in _GENERIC_AR]
    return {"place_id": pid, "name": name, "name_ar": name_ar, "kind": "neighbourhood",
            "lat": pt.y, "lon": pt.x, "pcode": pcode, "population": None,
            "names": list(dict.fromkeys([name, *names, *arabic])), "alt_names": [], "source_ids": source_ids,
            "_point": pt}
