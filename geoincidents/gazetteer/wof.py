"""Who's On First (Syria): GeoNames-derived localities with Arabic and variant names.

The archive ``whosonfirst-sy/*.tar.gz`` is read in place with :mod:`tarfile`
(never unpacked).  :func:`read_wof` returns one record per usable locality and
:func:`join_wof` joins them to the OCHA communities by distance plus name, so
that OCHA places (canonical, with P-codes) gain Arabic names and every spelling,
and WOF places with no OCHA partner are added with OCHA admin units.

Defects handled (``SOURCES.md`` section 4): Latin strings in ``name:ara_*``
(kept as Latin variants, never as Arabic names); deprecated and superseded
records skipped (their successor is in the archive); records that are no longer
current (``mz:is_current`` 0) and abandoned places (GeoNames PPLQ) only lend
their names to an OCHA partner, they never become places of their own; one
GeoNames id held by two records (the superseded one is dropped); names repeated
across Syria (the join is local: distance decides between namesakes); ‘ ’ `
and diacritics folded by :mod:`.normalize` before any comparison.
"""
from __future__ import annotations

import json
import re
import tarfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from rapidfuzz import fuzz

from .normalize import arabic_key, fold, is_arabic, loose_key, skeleton_key

WOF_GLOB = "whosonfirst-sy/*.tar.gz"
#: Latin name properties used as spellings (other languages are exonyms, rarely used in news).
LATIN_KEYS = ("name:eng_x_preferred", "name:eng_x_variant", "name:und_x_variant", "name:fra_x_preferred",
              "name:fra_x_variant", "name:kur_x_preferred", "name:kur_x_variant")
ARABIC_KEYS = ("name:ara_x_preferred", "name:ara_x_variant")
#: Persian/Urdu letters: not the Arabic spelling of a Syrian place.
_NOT_ARABIC = re.compile("[گپچژیکۀ]")
#: GeoNames feature codes of admin seats (governorate, district, sub-district centres).
SEATS = frozenset({"PPLA", "PPLA2", "PPLA3"})
#: Join radius (km): WOF and OCHA points of one village lie 0.1-2 km apart, rarely more.
JOIN_KM = 4.0
#: Name similarity (0-100) a pair needs; a closer pair needs less (see ``_accept``).
MIN_NAME = 75.0


def archive(src: Path) -> Path:
    found = sorted(Path(src).glob(WOF_GLOB))
    if not found:
        raise FileNotFoundError(f"no Who's On First archive {WOF_GLOB} under {src}")
    return found[-1]


def _arabic(values) -> list[str]:
    return [v for v in values if is_arabic(v) and not _NOT_ARABIC.search(v)]


def read_wof(src: Path) -> list[dict]:
    """Usable WOF localities, sorted by WOF id: id, GeoNames id, point, names, population, flags."""
    out: dict[int, dict] = {}
    with tarfile.open(archive(src)) as tf:
        for member in tf:
            if not (member.isfile() and member.name.endswith(".geojson")):
                continue
            p = json.load(tf.extractfile(member))["properties"]
            if p.get("wof:placetype") != "locality":
                continue
            if p.get("edtf:deprecated") or p.get("wof:superseded_by"):
                continue  # the record superseding it is in the archive
            latin = [p["wof:name"]]
            arabic: list[str] = []
            for key in ARABIC_KEYS:
                vals = p.get(key) or []
                arabic += _arabic(vals)
                latin += [v for v in vals if not is_arabic(v)]  # "Fū‘ā": a romanisation, not Arabic
            for key in LATIN_KEYS:
                latin += [v for v in p.get(key) or [] if not is_arabic(v)]
            pref_ar = _arabic(p.get("name:ara_x_preferred") or [])
            out[int(p["wof:id"])] = {
                "wof_id": int(p["wof:id"]), "gn_id": (p.get("wof:concordances") or {}).get("gn:id"),
                "name": p["wof:name"], "lat": float(p["geom:latitude"]), "lon": float(p["geom:longitude"]),
                "latin": list(dict.fromkeys(n.strip() for n in latin if n and n.strip())),
                "arabic": list(dict.fromkeys(a.strip() for a in arabic)),
                "name_ar": pref_ar[0].strip() if pref_ar else None,
                "population": int(p.get("wof:population") or p.get("gn:population") or 0) or None,
                "fcode": p.get("gn:feature_code") or p.get("gn:fcode"),
                "current": p.get("mz:is_current") != 0,
            }
    recs = [out[k] for k in sorted(out)]
    # One GeoNames id, one record: keep the current one (then the lowest WOF id).
    seen: dict = {}
    for r in sorted(recs, key=lambda r: (not r["current"], r["wof_id"])):
        if r["gn_id"] is None or r["gn_id"] not in seen:
            seen[r["gn_id"] if r["gn_id"] is not None else ("wof", r["wof_id"])] = r
    return sorted(seen.values(), key=lambda r: r["wof_id"])


def km_between(lat1, lon1, lat2, lon2):
    """Haversine distances in km, element-wise over arrays (the scalar one: place.great_circle_km)."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(a))


# OCHA translates qualifiers ("Little Fors", "Lower Safira", "Eastern Tal Steeh") that GeoNames
# transliterates ("Faras Saghir", "Safirah Tahtani", "Tall Sutayh ash Sharqi"): one token each.
_QUALIFIERS = {
    "SMALL": "little littler small saghir saghira saghirah sghir sgheer serhir serhire zghir saghire",
    "BIG": "big great large kabir kabira kabirah kbir kebir kebire kbireh kabireh",
    "LOWER": "lower tahtani tahtaniyah tahtaniyeh tahtaniya tahtanie",
    "UPPER": "upper fawqani fawqaniyah foqani fouqani fawqaniyeh fouqaniye",
    "EAST": "east eastern sharqi sharqiyah sharqiyeh charqi charqiye sharqieh",
    "WEST": "west western gharbi gharbiyah gharbiyeh rharbi rharbiye gharbieh",
    "NORTH": "north northern shamali shamaliyah shamaliyeh chemali",
    "SOUTH": "south southern janubi janubiyah janoubi janubiyeh",
    "NEW": "new jadid jadida jadidah jdideh jdide jedide",
    "OLD": "old qadim qadimah qadimeh",
}
_QUAL = {loose_key(w): tag for tag, words in _QUALIFIERS.items() for w in words.split()}
#: Generic words ("Tayr" is "Khirbat at Tayr"; "Tall X" and "Bir X" share nothing but the word):
#: dropped from the word-order-free key and from fuzzy comparison.
_GENERIC = {loose_key(w) for w in ("khirbat kherbet khirbet mazraat mazraa mazraah mazrat hawsh hosh tal bir "
                                   "ain jubb jeb umm abu bayt kafr deir qasr wadi ras jabal ard shaykh "
                                   "qaryat hay").split()}


_VOWELS = re.compile(r"[aeiouyw]")


def _core(name: str) -> tuple[frozenset, str]:
    """Qualifier tags and the sorted distinctive loose words: a word-order-free key."""
    # OCHA glues the article on ("Jarniyet Eltar"): unglue it before folding.
    name = re.sub(r"(?<=\s)(El|Al)(?=[a-z]{3})", r"\1 ", name)
    words = [_QUAL.get(loose_key(w), loose_key(w)) for w in fold(name).split()]
    quals = frozenset(w for w in words if w.isupper())
    rest = sorted(w for w in words if w and not w.isupper() and w not in _GENERIC)
    return quals, " ".join(rest) or loose_key(name)


def _t_kept_skeleton(name: str) -> str:
    """Skeleton with the t of a construct state kept: OCHA writes it on the next word ("Maar
    Tahroma" is Ma'arrat Hurmah), where the keys fold it away.  The words are joined by a digit, so
    that neither the construct rule (one word) nor a digraph across them (t|h) applies."""
    return skeleton_key("0".join(fold(name).split())).replace("0", "")


def _keys(names: list[str]) -> tuple[set, set, set, set, set]:
    latin = [n for n in names if not is_arabic(n)]
    core = [re.sub(r"\s*\([^)]*\)\s*$", "", n) for n in latin]
    core += [part for n in core for part in re.split(r"\s+[-/]\s+", n) if part != n]
    return ({fold(n) for n in core} - {""}, {loose_key(n) for n in core} - {""},
            {k for n in core for k in (skeleton_key(n), _t_kept_skeleton(n)) if len(k) >= 3},
            {arabic_key(n) for n in names if is_arabic(n)}, {_core(n) for n in core})


def name_score(a: tuple, b: tuple) -> float:
    """0-100: how surely two key sets (from ``_keys``) name the same place.

    Same fold, loose or Arabic key, or same distinctive words with the same qualifiers: 100.
    Otherwise the best ratio of distinctive words ("Tall", "Khirbat" ... do not count);
    opposite qualifiers ("Big" / "Saghirah") rule a pair out, a qualifier on one side only
    costs 20 (the upper village is not the village).
    """
    if a[0] & b[0] or a[1] & b[1] or a[3] & b[3] or a[4] & b[4]:
        return 100.0
    best = 0.0
    for qa, wa in a[4]:
        for qb, wb in b[4]:
            if qa and qb and qa != qb:
                continue
            xa, xb = wa.replace(" ", ""), wb.replace(" ", "")
            r = fuzz.ratio(xa, xb)
            if len(xa) >= 3 and _VOWELS.sub("", xa) == _VOWELS.sub("", xb):
                r = max(r, 88.0)  # same consonants: "Buwaydah" / "Bweideh"
            best = max(best, r - (20 if qa != qb else 0))
    if a[2] & b[2]:
        best = max(best, 85.0)
    return best


def _accept(score: float, d_km: float) -> bool:
    # A close point needs a less certain name (romanisations differ most for small villages).
    return score >= 100 or (score >= 85 and d_km <= 2.5) or (score >= MIN_NAME and d_km <= 1.0)


def join_wof(places: list[dict], wof: list[dict], adm3: gpd.GeoDataFrame, admin_of) -> list[dict]:
    """Give OCHA communities their WOF names; add WOF places with no OCHA partner.

    ``admin_of(lons, lats)`` returns the OCHA admin columns for points (point in sub-district).
    Pairs are found with an STRtree radius query, scored by name similarity minus distance,
    and assigned one-to-one, best first; a second WOF record of a matched place (a GeoNames
    duplicate or a "locality inside a place") lends its names to that place when it is close.
    """
    comm = [p for p in places if p["place_id"].startswith("ocha:C")]
    c_lat = np.array([p["lat"] for p in comm])
    c_lon = np.array([p["lon"] for p in comm])
    c_keys = [_keys(p["names"] + p["alt_names"] + ([p["name_ar"]] if p["name_ar"] else [])) for p in comm]
    w_keys = [_keys(w["latin"] + w["arabic"]) for w in wof]
    tree = shapely.STRtree(shapely.points(c_lon, c_lat))
    w_pts = shapely.points([w["lon"] for w in wof], [w["lat"] for w in wof])
    wi, ci = tree.query(w_pts, predicate="dwithin", distance=JOIN_KM / 111.0 * 1.3)
    d = km_between(np.array([wof[i]["lat"] for i in wi]), np.array([wof[i]["lon"] for i in wi]), c_lat[ci], c_lon[ci])
    pairs = []
    for w, c, dk in zip(wi.tolist(), ci.tolist(), d.tolist()):
        if dk > JOIN_KM:
            continue
        s = name_score(w_keys[w], c_keys[c])
        if _accept(s, dk):
            pairs.append((s - 6.0 * dk, w, c, dk, s))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for _, w, c, _, _ in pairs:
        if w not in partner and c not in taken:
            partner[w] = c
            taken.add(c)
    # Second records of an already matched place: same name, close by.
    for _, w, c, dk, s in pairs:
        if w not in partner and s >= 100 and dk <= 1.5:
            partner[w] = c
    for w, c in sorted(partner.items()):
        rec, place = wof[w], comm[c]
        place["wof_names"] = place.get("wof_names", []) + rec["latin"] + rec["arabic"]
        place["name_ar"] = place["name_ar"] or rec["name_ar"] or (rec["arabic"][0] if rec["arabic"] else None)
        place["source_ids"].append(f"wof:{rec['wof_id']}")
        if rec["gn_id"]:
            place["source_ids"].append(f"geonames:{rec['gn_id']}")
        if rec["population"] and place["population"] is None:
            place["population"] = rec["population"]
        # GeoNames marks the seats of districts and sub-districts (PPLA2, PPLA3): towns, however
        # OCHA spells them ("Akhtrein", seat of Aghtrin); prominence when namesakes compete.
        place["seat"] = place.get("seat", False) or rec["fcode"] in SEATS
    new = [w for i, w in enumerate(wof) if i not in partner and w["current"] and w["fcode"] != "PPLQ"]
    admin = admin_of(np.array([w["lon"] for w in new]), np.array([w["lat"] for w in new]))
    added = []
    for w, adm in zip(new, admin):
        added.append({
            "place_id": f"wof:{w['wof_id']}", "name": w["name"],
            "name_ar": w["name_ar"] or (w["arabic"][0] if w["arabic"] else None),
            "kind": "village", "lat": w["lat"], "lon": w["lon"], "pcode": None, **adm,
            "population": w["population"], "names": [w["name"]], "alt_names": [], "seat": w["fcode"] in SEATS,
            "wof_names": w["latin"] + w["arabic"],
            "source_ids": [f"wof:{w['wof_id']}"] + ([f"geonames:{w['gn_id']}"] if w["gn_id"] else []),
        })
    return places + added
