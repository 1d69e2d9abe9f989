"""Place mentions that only locate another place, and "the nearby village of X".

Runs after resolution and before incidents are assembled:

* A named region (kind ``region``: Jabal al-Zawiya, Jabal al-Turkman, the Ghab plain)
  written right after finer places to locate them ("Kafr Oweid and Sufuhun in Jabal
  al-Zawiya", "on the Tardin front in Jabal al-Turkman") is context, not a second
  incident: the count stays on the villages.  The region stays an incident place when
  the event is reported at the region and nowhere more precise, or when the finer place
  lies far from it (then "in" does not mean "inside": ``MAX_KM``).
* "a civilian from X in Y": X is the victims' home, context; the event is at Y.
* "X near Y", "X, south of Y", "X, a village west of Y", "X, 10 km north of Y", "the X front, east of Y",
  "X in the western countryside of Y", "X in Y countryside" for a town Y, with Y within ``MAX_KM`` of X: Y only locates X
  (the toll stays on X).  X resolved farther from the town takes its namesake near it (:mod:`.namesakes`).
* "X area of Raqqa city": X resolved farther than ``MAX_KM`` from the city is a namesake,
  context, and the city locates the event ("the Kabani area of the Latakia countryside" keeps
  Kabani: an area is part of what follows it, never its qualifier).
* "X neighbourhood in Homs", "X Street, Raqqa": a part of a city that the gazetteer places
  elsewhere (a namesake village, not a quarter of that city) is context, the event is in the
  city; a quarter the gazetteer knows in that city stays the incident place.
* "the road between X and Y", "the X - Y highway": the event is somewhere on the road,
  coded (as ACLED does) near the place named first (precision 2); Y is context, the other
  end.  Not "the area between X and Y" (cue "near", precision 2 at X, a capital there a point, not its
  governorate: :mod:`geoincidents.places.lexicon`): ACLED codes such an area at either end, so both
  stay incident places (the toll goes to the first, see :mod:`geoincidents.incidents.tolls`).
* "Al Jadida village, Raqqa governorate", "X in the countryside of Tal Tamer": a place the text puts
  in a governorate or near a town but that resolved far from it is a namesake (:mod:`.namesakes`).
* "a convoy launched from X towards Y", "displaced from X to Y": X is where they came
  from (context); the event is on the way to Y.
* "the city of Afrin, north of Aleppo", "X in the Y region north of Aleppo": a city (or governorate)
  after a compass direction, with a finer place of its governorate just before (within 100 km), only
  locates that place; "X in the Shehba region" whose Shehba resolves to a namesake town farther than
  ``NAMESAKE_KM`` from X is context too (a region the gazetteer does not know).
* "militias stationed in X targeted Y", "terrorists positioned in X fired rockets on Y": X is where
  the attackers are (context), not where the fire landed.
* "the nearby village of X", "nearby X" name X itself: precision 1, not "near X" (the word
  "nearby" must not read as the cue "near").  "near X", "west of X", "the outskirts
  of X", "on its way to X" stay precision 2 (set by the resolver).

Examples
--------
>>> locating_phrase(" front in ")
True
>>> locating_phrase(", and clashes erupted in ")
False
"""
from __future__ import annotations

import re
from typing import Sequence

from .anchors import farther
from .borders import mark_borders
from .containers import ADMIN_LEVELS, contains, names_governorate
from .lexicon import ROAD_AFTER, STREET_AFTER, STREET_BEFORE_AR
from .namesakes import COMPASS_ADJ, DIRECTION_OF, MAX_KM, NAMESAKE_KM, NEAR_TOWN, mark_namesakes
from .quarters import is_quarter_of, mark_quarters_of_other_cities, mark_unknown_quarters

__all__ = ["MAX_KM", "NAMESAKE_KM", "locating_phrase", "mark_context_places"]

_REGION_KINDS = frozenset({"region"})
# Between the finer place and the region: "in", "in the", "on the X front in", "of the"; no verb.
_LOCATES = re.compile(r"(?:\s+(?:front|area|axis|countryside|plain|mountains?|region|villages?|towns?))?"
                      r"(?:\s*,)?\s+(?:in|of|within|on)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
                      r"central|rural)\s+)?$", re.I)
_NEARBY = re.compile(r"\bnearby\s+(?:(?:village|town|city|hamlet|neighbou?rhood|camp)s?\s+(?:of\s+)?)?$", re.I)


# "a civilian from al Hunaydah in Mansura": the victim's home town is not where the event was.
_FROM_HOME = re.compile(r"\b(?:civilians?|man|men|woman|women|boy|girl|child|children|youths?|people|persons?|"
                        r"residents?|family|families|natives?|fighters?|members?|displaced)\s+(?:\w+\s+)?from\s+"
                        r"(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$", re.I)


# Between a victim's home and the event's place, a place and the place near it, a place and its unit.
_HOME_TO_PLACE = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?")
# "X near Y", "X, south of Y", "X, a village west of Y", "X, 10 km north of Y".
# The finer place's own class word may come before the comma ("Bsanqoul village, west of Ariha": Airwars).
_NEAR = re.compile(r"(?:\s+(?:front|axis|plains?|area|region|mountains?|valley|hills?|village|town|hamlet))?\s*,?\s+(?:(?:an?\s+|the\s+)?(?:(?:small|nearby)\s+)?(?:village|town|hamlet|area|city)\s+|"
                   r"(?:some\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+(?:to\s+the\s+)?)?"
                   r"(?:near|close\s+to|outside|" + DIRECTION_OF + r")\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?", re.I)
_IN_OR_COMMA = re.compile(r"\s*,\s*|\s+(?:in|of)\s+(?:the\s+)?")


# Between a part of a city and the city: "X neighbourhood in Homs", "X Street, Raqqa".
_CITY_PART = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|district|street|st\.|square|roundabout|stadium(?:\s+area)?)"
                        r"\s*(?:,|\s+(?:in|of))\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)


# "Al Makaf area of Raqqa city": an area of the city (it is no qualifier of the city: lexicon.QUALIFIER_AFTER).
# Also "Kafr Sousa area in the centre of the capital Damascus".
# ("area in X" only with the capital or the city's centre: "X area in Raqqa" may be the governorate's.)
_AREA_OF = re.compile(r"\s+area\s+(?:of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?|in\s+the\s+(?:(?:centre|center|heart|middle)"
                      r"\s+of\s+(?:the\s+)?(?:(?:capital|city\s+of)\s+)?|capital\s+))", re.I)


# "the road between X and Y", "the highway of X - Y", "the road linking X to Y".
_STRETCH_BEFORE = re.compile(r"\b(?:road|highway|route|motorway)(?:,?\s+(?:which|that))?\s+(?:between|linking|links|connecting|"
                             r"connects|of|from)\s+(?:the\s+)?(?:capital\s+|(?:towns?|villages?|cities)\s+of\s+)?$", re.I)
# The second end may keep its article outside the name found ("the Mansura - al Tabqa road").
_STRETCH_JOIN = re.compile(r"\s+(?:and|to|with)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?|\s*[-–—]\s*"
                           r"(?:(?:al|el|ad|an|ar|as|ash|at|az)[-\s])?", re.I)
# Farther apart than this, the ends of a road named by them are too far from any point of it to locate it.
_LONG_ROAD_KM = 2 * MAX_KM
_ROAD_LOCATED = re.compile(r"\s+(?:road|highway|route|motorway)\s+(?:near|in|at|close\s+to|outside|by)\s+(?:the\s+)?"
                           r"(?:(?:town|village|city)\s+of\s+)?", re.I)


# "a convoy launched from X towards Y": a movement's origin.
_ORIGIN = re.compile(r"\b(?:convoys?|columns?|bus(?:es)?|displaced|evacuees|evacuated|launched|coming|heading|moving|"
                     r"travel\w*|sent|transferred|fled|fleeing|returning)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?"
                     r"(?:(?:town|city|village)\s+of\s+)?$", re.I)
# "militias stationed in X targeted the village", "terrorists positioned in X's countryside fired rockets
# on Y": X is where the attackers are, not where their fire landed (but "a strike on fighters stationed
# in X" keeps X: no attack follows it as the base's verb).
_BASED = re.compile(r"\b(?:stationed|positioned|deployed|entrenched|based)\s+(?:in|at)\s+(?:the\s+)?"
                    r"(?:(?:town|city|village|outskirts)\s+of\s+)?$", re.I)
_BASE_FIRES = re.compile(r"[^.;:]{0,60}?\b(?:targeted|targets|shelled|shells|fired|fire|launched|launch|bombarded|"
                         r"pounded|struck|strike|attacked|hit)\b", re.I)
# "the city of Afrin, north of Aleppo", "Maranaz in the Shehba region north of Aleppo": a city (or its
# governorate) after a compass direction, with a finer place of its governorate named just before, only
# locates that place, however far (the direction is from the governorate's capital, 40-100 km off).
_DIRECTION_BEFORE = re.compile(r"(?<!\bthe\s)(?<!\bin\s)\b" + DIRECTION_OF + r"\s+(?:the\s+)?(?:(?:city|province|governorate)\s+of\s+)?$",
                               re.I)  # (not "in the east of Homs": a part of the city, which is the place)
_CAPITAL_KINDS = frozenset({"city", "governorate"})
_CAPITAL_KM, _CAPITAL_REACH = 100.0, 100
# "X in the Shehba region": a region the gazetteer does not know, whose namesake (a town) lies far from X.
_REGION_AFTER = re.compile(r"\s+region\b", re.I)
_IN_THE = re.compile(r"\s+in\s+the\s+", re.I)
_TOWARDS = re.compile(r"\s+(?:to|towards?|into|heading\s+to)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.I)


def _stretch(text: str, a, b) -> bool:
    """Are ``a`` and ``b`` the two ends of a road ("the road between A and B", "the A-B road")?"""
    join = _STRETCH_JOIN.fullmatch(text, a.end, b.start)
    if join is None:
        return False
    if _STRETCH_BEFORE.search(text, max(a.sentence_start, a.start - 40), a.start):
        return True
    return any(c in join.group(0) for c in "-–—") and bool(ROAD_AFTER.match(text, b.end))


def locating_phrase(between: str) -> bool:
    """Does ``between`` (text from a finer place to a region) only locate, with no verb of its own?"""
    return bool(_LOCATES.search(between)) and not re.search(
        r"\b(?:\w+ed|erupted|hit|struck|were|was|while|and\s+(?:clashes|shelling|strikes))\b", between[:-4], re.I)


# From a region to the governorate the text puts it in: "X in the north-western countryside of Y", "X, Y province".
_REGION_IN_GOV = re.compile(r"(?:\s+(?:area|region|mountains?|plains?))?(?:\s*,\s*|\s+(?:in|of|within)\s+(?:the\s+)?)"
                            r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
                            r"(?:ern)?\s+)?(?:(?:countryside|province|governorate)\s+of\s+(?:the\s+)?|rural\s+)?", re.I)


def _straddles(region, unit) -> bool:
    """Is ``region`` a named region split between governorates (none holds it clearly, so it names
    none), one of them possibly ``unit`` (whose capital lies within ``NAMESAKE_KM``)?"""
    return region.kind in _REGION_KINDS and region.admin1_pcode is None and region.distance_km(unit) <= NAMESAKE_KM


def _inside(place, unit) -> bool:
    """Does the admin ``unit`` (governorate, district, sub-district) contain ``place``?"""
    return place.place_id != unit.place_id and unit.pcode is not None and \
        getattr(place, ADMIN_LEVELS[unit.kind]) == unit.pcode


def _city_of_part(m) -> bool:
    """Is ``m`` (named after a neighbourhood or street) a city?  A governorate named like its
    capital ("Al Jumeila neighbourhood, Raqqa, Raqqa governorate") is read as the capital."""
    if m.place.kind in ("city", "town"):
        return True
    if m.place.kind == "governorate":
        city = next((c for c in m.candidates if c.kind == "city" and c.admin1_pcode == m.place.pcode), None)
        if city is not None:
            m.place, m.geo_precision, m.where_prec = city, 1, 1
            return True
    return False


# "Al Shami hospital, Ariha": a facility named after a person or a village, in the town named after it.
# (An organisation named after something else, quoted or not: "the 'Al-Bostan' Association in Damascus".)
_FACILITY_IN = re.compile(r"['’\"]?\s+(?:hospital|clinic|school|mosque|bakery|market|association|foundation|charity|"
                          r"society|company|organi[sz]ation|institute|bank)\s*(?:,|\s+(?:in|of))\s+(?:the\s+)?"
                          r"(?:(?:city|town)\s+of\s+)?", re.I)

# "al Akrad and al Mashlab neighbourhoods, Raqqa": the first of two parts of the city.
_CITY_PARTS = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:neighbou?rhoods|quarters|districts)"
                         r"\s*(?:,|\s+(?:in|of))\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)

# "X in (the southern) Y countryside": the town after "in" whose countryside (its cue after) locates X.
_IN_TOWN_COUNTRYSIDE = re.compile(r"(?:\s+(?:village|town|area))?\s*,?\s+(?:in|on)\s+(?:the\s+)?(?:" + COMPASS_ADJ + r"\s+)?",
                                  re.I)


def _locates_previous(text: str, prev, m) -> bool:
    """"Al Haddadiyeh near Shadadah", "Sukayk, south of Khan Sheikhoun", "Aziziyeh in the countryside of
    Tal Tamer": ``m`` only locates ``prev``, within ``MAX_KM`` of it (a capital farther off, after a compass
    direction: :func:`_finer_in_governorate`; the countryside of a capital named like its governorate is
    the governorate: :mod:`.namesakes`); "Kansafra in Ariha countryside" too (the town's cue after it)."""
    if prev.place.distance_km(m.place) > MAX_KM:
        return False
    if _NEAR.fullmatch(text, prev.end, m.start) is not None:
        return True
    camp = m.place.kind == "village" and "camp" in text[prev.end:m.start]  # "the Qah camp near Atma"
    if not (m.place.kind in ("town", "city") or camp):
        return False  # (a city named like its governorate locates the village before it too: "near Aleppo")
    return NEAR_TOWN.fullmatch(text, prev.end, m.start) is not None or (  # "X in the countryside of Y"
        m.cue in ("countryside", "part of countryside") and _IN_TOWN_COUNTRYSIDE.fullmatch(text, prev.end, m.start) is not None)


def _finer_in_governorate(ms: Sequence, i: int):
    """The last place named just before the capital ``ms[i]`` that lies in its governorate (finer than it, within
    ``_CAPITAL_KM`` unless the capital's name is its governorate's too), or None."""
    capital = ms[i]
    for k in range(i - 1, -1, -1):  # indices, not a reversed copy of the sentence's places
        p = ms[k]
        if capital.start - p.end > _CAPITAL_REACH:
            return None
        if not p.not_incident and p.place.kind not in ADMIN_LEVELS and p.place.kind not in _REGION_KINDS \
                and p.place.admin1_pcode == capital.place.admin1_pcode \
                and (p.place.distance_km(capital.place) <= _CAPITAL_KM or names_governorate(capital)):
            # (a capital named like its governorate reaches all of it: "Jarabulus north-east of Aleppo", 110 km)
            return p
    return None


def mark_context_places(text: str, mentions: Sequence) -> None:
    """Set ``not_incident`` on regions that only locate a finer place; precision 1 for "nearby village of X"."""
    mark_quarters_of_other_cities(mentions)
    by_sentence: dict[int, list] = {}
    for m in mentions:
        head = mentions[m.gloss_of] if m.gloss_of is not None else None
        if head is not None and not m.not_incident and head.status == "resolved" and head.start > m.start:
            m.not_incident = f"gloss of '{head.text}'"  # "الخاتونية Al Khatuniya": the Latin name is the place
        if m.status == "resolved" and m.place is not None and not m.not_incident:
            by_sentence.setdefault(m.sentence_start, []).append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda m: m.start)
        mark_borders(text, ms)
        mark_namesakes(text, ms)
        for i, m in enumerate(ms):
            lo = max(m.sentence_start, m.start - 40)
            if "nearby" in text[lo:m.start].lower() and _NEARBY.search(text, lo, m.start):  # cheap test first
                m.geo_precision, m.where_prec = 1, 1
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if "ed " in text[max(lo, m.start - 30):m.start] and _BASED.search(text, lo, m.start) \
                    and _BASE_FIRES.match(text, m.end):
                m.not_incident = "context: where the attackers are stationed, not where their fire landed"
                continue
            if i and not ms[i - 1].not_incident and _stretch(text, ms[i - 1], m):
                # The end resolved more surely locates the event (the first on a tie).
                keep, other = (m, ms[i - 1]) if m.confidence > ms[i - 1].confidence + 0.05 else (ms[i - 1], m)
                other.not_incident = f"context: the other end of the road named from {keep.text!r}"
                if farther(m.place, ms[i - 1].place, _LONG_ROAD_KM):
                    # "the M5 highway linking Damascus to Aleppo": neither end of a long road locates an event on it
                    keep.not_incident = f"context: an end of a road over {_LONG_ROAD_KM:.0f} km long, which locates nothing"
                    continue
                keep.geo_precision, keep.where_prec = 2, 2
                if nxt is not None and _ROAD_LOCATED.fullmatch(text, m.end, nxt.start) and not contains(nxt, keep):
                    # "the Aleppo-Damascus highway near Saraqeb": the road's ends only name it
                    # (but "the Mansura - Tabqa road in Raqqa": the governorate only locates the road).
                    keep.not_incident = f"context: names the road; the event is located by {nxt.text!r}"
                continue
            if nxt is not None and _TOWARDS.fullmatch(text, m.end, nxt.start) \
                    and _ORIGIN.search(text, max(m.sentence_start, m.start - 90), m.start):
                m.not_incident = f"context: where the movement came from; the event is on the way to {nxt.text!r}"
                continue
            if nxt is not None and (_CITY_PART.fullmatch(text, m.end, nxt.start) or _CITY_PARTS.fullmatch(text, m.end, nxt.start)) \
                    and _city_of_part(nxt) and m.place.place_id != nxt.place.place_id and not is_quarter_of(m.place, nxt.place):
                m.not_incident = (f"context: a part of {nxt.text!r} the gazetteer does not place there; "
                                  f"the event is in the city")
                continue
            if nxt is not None and _FACILITY_IN.fullmatch(text, m.end, nxt.start) and nxt.place.kind in ("city", "town") \
                    and m.place.distance_km(nxt.place) > 3.0 \
                    and (not names_governorate(nxt) or m.place.admin1_pcode != nxt.place.admin1_pcode):
                # (a capital named like its governorate may stand for it: "the Saraqeb school in Idlib" is in
                # Saraqeb, but "the Al-Bostan Association in Damascus" is no village of Rural Damascus)
                m.not_incident = f"context: names a facility in {nxt.text!r}, where the event was"
                continue
            if STREET_AFTER.match(text, m.end) or STREET_BEFORE_AR.search(text, max(m.sentence_start, m.start - 8), m.start):
                # "23 Shubat Street" (not in a city named after it: above): a street or square named
                # after a place is in some other town, never at that place.
                m.not_incident = "context: names a street or square, which lies elsewhere"
                continue
            if nxt is not None and _AREA_OF.fullmatch(text, m.end, nxt.start) and _city_of_part(nxt) \
                    and m.place.distance_km(nxt.place) > MAX_KM:
                m.not_incident = (f"context: {m.place.name!r} is a namesake far from {nxt.text!r}, of which the text "
                                  f"makes it an area; the city locates the event")
                continue
            if nxt is not None and _HOME_TO_PLACE.fullmatch(text, m.end, nxt.start) \
                    and _FROM_HOME.search(text, max(m.sentence_start, m.start - 60), m.start):
                m.not_incident = f"context: home of the victims, the event was in {nxt.text!r}"
                continue
            if i and m.place.kind in _CAPITAL_KINDS and " of" in text[max(lo, m.start - 25):m.start] \
                    and _DIRECTION_BEFORE.search(text, max(lo, m.start - 40), m.start):
                finer = _finer_in_governorate(ms, i)
                if finer is not None:
                    m.not_incident = f"context: locates {finer.text!r}, the incident's place"
                    continue
            if i and m.place.kind not in _REGION_KINDS and m.place.kind not in ADMIN_LEVELS \
                    and _IN_THE.fullmatch(text, ms[i - 1].end, m.start) and _REGION_AFTER.match(text, m.end) \
                    and ms[i - 1].place.distance_km(m.place) > NAMESAKE_KM:
                m.not_incident = (f"context: a region the gazetteer does not know; {m.place.name!r} is a namesake "
                                  f"far from {ms[i - 1].text!r}, which it locates")
                continue
            if i and _locates_previous(text, ms[i - 1], m):
                m.not_incident = f"context: locates {ms[i - 1].text!r}, the incident's place"
                continue
            if i and m.place.kind in ADMIN_LEVELS and _inside(ms[i - 1].place, m.place) \
                    and _IN_OR_COMMA.fullmatch(text, ms[i - 1].end, m.start):
                # "Raqqa, Raqqa governorate", "Saraqeb, Idlib province": the unit only locates the place.
                m.not_incident = f"context: locates {ms[i - 1].text!r}, the incident's place"
                continue
            if i and m.place.kind == "governorate" and _straddles(ms[i - 1].place, m.place) \
                    and _REGION_IN_GOV.fullmatch(text, ms[i - 1].end, m.start):
                # "Jabal Shahshabu in the countryside of Hama": a region split between governorates
                # (no admin1 of its own) is put in one by the text; that one only locates it.
                m.not_incident = f"context: locates {ms[i - 1].text!r}, the incident's place"
                continue
            if m.place.kind not in _REGION_KINDS or i == 0:
                continue
            prev = ms[i - 1]
            if prev.place.kind in _REGION_KINDS or prev.place.kind in ADMIN_LEVELS or m.start - prev.end > 60:
                continue  # (a region never locates an admin unit: "Idlib: ... shelling on Jabal al-Zawiya")
            if locating_phrase(text[prev.end:m.start]) and prev.place.distance_km(m.place) <= MAX_KM:
                m.not_incident = f"context: locates {prev.text!r}, the incident's place"
    mark_unknown_quarters(text, mentions)
