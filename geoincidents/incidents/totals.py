"""A total and its parts told one after the other: the parts are ``part_of`` the total.

Wire copy gives a total first and its breakdown by place after it: "Air strikes killed 11 civilians
in Idlib province on Tuesday ... Six people were killed in Ariha ... Three more died in Binnish,
and two in Sarmin".  Each place is an incident of its own (ACLED codes the three), and the total
is the same eleven dead: counted again, a user summing the map would read 22.  So when the counts
of the records that follow a broader record (a governorate, region, district or sub-district)
add up to its count exactly (one record alone too: "Idlib: two civilians killed in shelling on Jabal
al-Zawiya ... a man and his wife were killed when a shell fell on their house in Kansafra"), and they
are of its event, on its day and inside its unit (a region: within :data:`REGION_KM`), each of them
is marked ``part_of`` it (its ``fatalities_rule`` says so), as "were among those
killed" already marks a part; the maps and the store count a part only through its total.

Linear: each total looks at most :data:`WINDOW` records ahead.

Examples
--------
>>> recs = [{"incident_id": "t", "feature_type": "governorate", "admin1_pcode": "SY07", "fatalities": 5,
...          "sub_event_type": "Air/drone strike", "date_start": None, "date_end": None, "part_of": None,
...          "location": "Idleb", "fatalities_rule": "at its place", "mention_start": 0}]
>>> recs += [dict(recs[0], incident_id=i, feature_type="town", fatalities=n, location=i, mention_start=k)
...          for k, (i, n) in enumerate([("a", 3), ("b", 2)], start=10)]
>>> mark_parts(recs)
>>> [r["part_of"] for r in recs]
[None, 't', 't']
"""
from __future__ import annotations

from ..gazetteer.place import great_circle_km

__all__ = ["REGION_KM", "WINDOW", "mark_parts"]

#: Records after a total that may be its parts.
WINDOW = 8
#: How far from a named region's point (Jabal al-Zawiya, the Ghab plain) its parts may lie.
REGION_KM = 40.0
_BROAD = frozenset({"governorate", "region", "district", "subdistrict"})
_UNIT_CODE = {"governorate": "admin1_pcode", "district": "admin2_pcode", "subdistrict": "admin3_pcode"}


def _same_days(a: dict, b: dict) -> bool:
    """Do the two records' date spans overlap (an undated one, dated later by publication, does)?"""
    if a["date_start"] is None or b["date_start"] is None:
        return True
    return a["date_start"] <= (b["date_end"] or b["date_start"]) and b["date_start"] <= (a["date_end"] or a["date_start"])


def _inside(total: dict, r: dict) -> bool:
    """Is ``r``'s place in ``total``'s unit (a region: in its governorate, within :data:`REGION_KM`)?"""
    kind = total["feature_type"]
    if kind != "region":
        key = _UNIT_CODE[kind]
        return total[key] is not None and r[key] == total[key]
    return r["admin1_pcode"] == total["admin1_pcode"] and great_circle_km(total["lat"], total["lon"], r["lat"], r["lon"]) <= REGION_KM


def _may_be_part(total: dict, r: dict) -> bool:
    return (r["part_of"] is None and bool(r["fatalities"]) and r["sub_event_type"] == total["sub_event_type"]
            and r["feature_type"] not in _BROAD and _inside(total, r) and _same_days(total, r))


def mark_parts(records: list[dict]) -> None:
    """Mark, in place, the records whose counts add up to a broader record's count before them."""
    order = sorted(range(len(records)), key=lambda i: records[i]["mention_start"] or 0)
    for k, i in enumerate(order):
        total = records[i]
        n = total["fatalities"]
        if not n or n < 2 or total["feature_type"] not in _BROAD or total["part_of"] is not None:
            continue
        parts, count = [], 0
        for j in order[k + 1:k + 1 + WINDOW]:
            r = records[j]
            if not _may_be_part(total, r):
                continue
            parts.append(r)
            count += r["fatalities"]
            if count >= n:
                break
        if count == n and parts:
            for r in parts:
                r["part_of"] = total["incident_id"]
                note = f"part of the total of {n} at {total['location']!r} told before"
                r["fatalities_rule"] = "; ".join(t for t in (r["fatalities_rule"], note) if t)
