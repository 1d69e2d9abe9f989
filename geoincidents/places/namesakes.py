"""Namesakes the text tells apart: a place it puts in a governorate or near a town, resolved elsewhere.

* "Al Jadida village, Raqqa governorate", "X in Idlib province": the text puts X in that
  governorate.  A place resolved outside it is a namesake: a candidate inside it is taken
  instead, else X is context (its reason names the namesake) and the governorate locates
  the event.  Within ``NAMESAKE_KM`` of the governorate only a candidate spelt alike replaces it.
* "X in the countryside of Y", "X west of Y", "X in rural Y" for a town Y: X resolved more than
  ``NAMESAKE_KM`` from Y takes a candidate within ``MAX_KM`` of Y, else is context and Y locates
  the event; X resolved 40-75 km off takes only a namesake spelt alike within ``MAX_KM``.
* "the X camp for displaced people near Y": a camp named X, located by a village or town Y.

Runs per sentence from :func:`geoincidents.places.context.mark_context_places`.
"""
from __future__ import annotations

import re

from ..fields.clauses import locative_only
from ..gazetteer.normalize import ortho_key
from .containers import ADMIN_LEVELS, governorate_named, names_governorate

__all__ = ["COMPASS_ADJ", "DIRECTION_OF", "MAX_KM", "NAMESAKE_KM", "NEAR_TOWN", "mark_namesakes"]

#: A region (or town) more than this far (km) from the finer place it follows does not locate it.
MAX_KM = 40.0
#: A place resolved outside the governorate the text puts it in, and farther than this (km) from
#: the governorate's centre, is a namesake.
NAMESAKE_KM = 75.0
# Candidates scored within this of the one resolved are spelt alike: namesakes, not other names.
_SPELT_ALIKE = 0.1
# "north of", "south-western of": a compass direction from a place (shared with the context patterns).
DIRECTION_OF = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of"
# "northern", "south-western": the part of a place's countryside ("in the western countryside of Y").
COMPASS_ADJ = r"(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)"


def mark_namesakes(text: str, ms: list) -> None:
    """Namesakes of one sentence's resolved places (in text order): governorates, then towns."""
    _namesakes(text, ms)
    _near_town_namesakes(text, ms)


# From the last place of a list to the governorate that holds it: "X village, Raqqa governorate",
# "X in (the northern countryside of) Idlib province".
_IN_UNIT = re.compile(r"(?:\s+(?:villages?|towns?|city|area|farms?|neighbou?rhood))?"
                      r"(?:\s+and\s+its\s+(?:countryside|surroundings|vicinity|outskirts))?(?:\s*,\s*|\s+(?:in|of|within)\s+"
                      r"(?:the\s+)?)(?:(?:northern|southern|eastern|western|central|rural)\s+)?"
                      r"(?:countryside\s+of\s+(?:the\s+)?)?", re.I)


def _namesakes(text: str, ms: list) -> None:
    """Places the text puts in a governorate ("X village, Raqqa governorate") but resolved outside it."""
    for k, g in enumerate(ms):
        if not (g.place.kind == "governorate" or g.place.kind == "city" and names_governorate(g)) or g.not_incident \
                or not k \
                or not _IN_UNIT.fullmatch(text, ms[k - 1].end, g.start) \
                or (g.place.kind == "city" and "," in text[ms[k - 1].end:g.start]):
            continue  # "X and Y governorate" lists two places; "X, Y governorate", "X in Hama" put X in Y
        for j in range(k - 1, -1, -1):  # indices, not a reversed copy: a long list stays linear
            m = ms[j]
            if g.start - m.end > 100 or not locative_only(text[m.end:g.start]):
                break
            code = g.place.pcode if g.place.kind == "governorate" else g.place.admin1_pcode
            if m.not_incident or m.place.kind in ADMIN_LEVELS or m.place.kind == "city" or m.place.admin1_pcode == code:
                continue
            far = m.place.distance_km(g.place) > NAMESAKE_KM
            # Near the governorate, the place resolved may be right and the governorate's name misread
            # ("Rural Damascus"): only a namesake inside it, spelt alike, replaces it there.
            inside = next((c for c in m.candidates if c.admin1_pcode == code and c.kind not in ADMIN_LEVELS
                           and (far or _spelt_alike(c, m.place))), None)
            if inside is None and not far:
                continue
            if inside is not None:
                m.place = inside  # the text's own governorate decides between namesakes
            else:
                m.not_incident = (f"context: {m.place.name!r} is a namesake outside {g.text!r}, where the text "
                                  f"puts it; the governorate locates the event")
                gov = governorate_named(g)
                if gov is not None and g.place.kind != "governorate":
                    g.place, g.geo_precision, g.where_prec = gov, 3, 4  # "in Al-Hasakeh": the governorate, not the city


# From a village to the town that locates it: "X in the western countryside of Y", "X west of Y".
# ("the Maram camp for displaced people near Kafr Jales": a camp named X, located near a village)
NEAR_TOWN = re.compile(r"(?:\s+(?:military\s+)?(?:village|town|area|camps?(?:\s+for\s+(?:the\s+)?(?:internally\s+)?displaced(?:\s+(?:people|"
                        r"persons|families|civilians|Syrians))?(?:\s*\(IDPs\))?|\s+for\s+IDPs)?|bases?|air\s*base|airport|barracks|checkpoint|dam|crossing))?"
                        r"\s*,?\s+(?:(?:in|at|on)\s+(?:the\s+)?(?:" + COMPASS_ADJ + r"\s+)?(?:countryside|outskirts|"
                        r"vicinity|suburbs?|area)\s+of\s+(?:the\s+)?|in\s+rural\s+|" + DIRECTION_OF +
                        r"\s+(?:the\s+)?|near\s+(?:the\s+)?)"
                        r"(?:(?:town|city)\s+of\s+)?", re.I)


def _spelt_alike(c, place) -> bool:
    """Is candidate ``c`` a namesake of ``place`` (the gazetteer spells them alike, or they matched the text
    about as well), not another name the text's spelling also recalls (Barissa for "Barisha")?"""
    return c.score >= place.score - _SPELT_ALIKE or ortho_key(c.matched or c.name) == ortho_key(place.matched or place.name)


def _near_town_namesakes(text: str, ms: list) -> None:
    """Places the text puts near a town ("X in the countryside of Tal Tamer") but resolved far from it."""
    for m, t in zip(ms, ms[1:]):
        # "the X camp near Kafr Jales": a camp is located by a village as often as by a town, and its name
        # resolved farther than MAX_KM from that place is the camp's own name, not a namesake village.
        camp = "camp" in text[m.end:t.start]
        if (t.place.kind not in ("city", "town") and not (camp and t.place.kind == "village")) \
                or m.not_incident or t.not_incident or m.place.kind in ADMIN_LEVELS or not NEAR_TOWN.fullmatch(text, m.end, t.start) \
                or m.place.distance_km(t.place) <= MAX_KM:
            continue
        if names_governorate(t) and not re.search(r"outskirts|vicinity|suburb|\bnear\b|close to", text[m.end:t.start], re.I):
            continue  # "X east of Deir Ezzor": its governorate; but "X on the outskirts of (near) Damascus": the city
        far = camp or m.place.distance_km(t.place) > NAMESAKE_KM
        # The one resolved 40-75 km off may be right (the countryside of a town is wide): only a namesake
        # nearer the town replaces it ("Aziziyeh in the countryside of Tal Tamer" has one at 38 km and one
        # at 47), not another name the text's spelling also recalls (Barissa for "Barisha").
        near = [(c.distance_km(t.place), c) for c in m.candidates if c.kind not in ADMIN_LEVELS
                and (far or _spelt_alike(c, m.place))]
        near = [(d, c) for d, c in near if d <= MAX_KM]
        if near:
            m.place = min(near, key=lambda dc: dc[0])[1]  # the namesake near the town the text names
        elif far:
            m.not_incident = (f"context: {m.place.name!r} is a namesake far from {t.text!r}, where the text "
                              f"puts it; {t.text!r} locates the event")
