"""Choose a place for every mention, in the context of its document.

Context used, strongest first: the mention's own cue words ("the province
of Idleb", "Idleb city", "the Idleb town of X"), the document's focus
governorate (given, or inferred from its unambiguous mentions), the
governorates the document calls provinces, and match quality and feature
importance from the gazetteer.  Precision codes follow ACLED
(``geo_precision``) and UCDP (``where_prec``).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..gazetteer.checks import check_admin1, check_bbox
from ..gazetteer.normalize import is_qualifier, skeleton_key
from ..gazetteer.search import MAX_NAME_LENGTH
from ..gazetteer.store import Gazetteer, Place
from .anchors import Anchors, farther
from .answers import Answers
from .containers import ADMIN_LEVELS
from .mentions import Mention

__all__ = ["resolve_mentions", "infer_focus", "precision_codes"]

#: Below this confidence a mention stays unresolved (its candidates are kept).
MIN_CONFIDENCE = 0.45
SETTLEMENTS = ("city", "town", "village")


def precision_codes(place: Place, cue: str | None) -> tuple[int, int]:
    """ACLED ``geo_precision`` and UCDP ``where_prec`` for a place named with a cue.

    Examples
    --------
    >>> from geoincidents import Gazetteer
    >>> gaz = Gazetteer.default()
    >>> precision_codes(gaz.get("ocha:C3930"), "village")
    (1, 1)
    >>> precision_codes(gaz.get("ocha:C3809"), "near")
    (2, 2)
    >>> precision_codes(gaz.get("ocha:SY07"), "province")
    (3, 4)
    """
    near = cue in ("near", "direction of", "vicinity", "countryside", "facility", "part of")
    # ACLED codes a named neighbourhood 1, like a village ("near" it: 2).
    if place.kind in SETTLEMENTS or place.kind == "neighbourhood":
        return (2, 2) if near else (1, 1)
    if place.kind == "subdistrict":
        return 2, 3
    if place.kind == "district":
        return 3, 3
    if place.kind == "governorate":
        return 3, 4
    if place.kind == "region":
        # Governorate countrysides are as coarse as the governorate; named regions are parts of one.
        return (3, 4) if place.place_id.endswith("-countryside") else (2, 5)
    return 3, 6


#: Candidates kept per mention.
_LIMIT = 6


def _candidates(gaz: Gazetteer, name: str, admin1=None, bbox=None, kinds=None) -> list[Place]:
    # A focus guessed from the document only breaks ties (it must not pull a loose spelling over
    # an exact one elsewhere).  The gazetteer keeps the answers: a document asks one name up to four
    # times, a corpus the same names again and again, and a focus that covers none of a name's
    # places reuses its unfocused ranking.
    if len(name) > MAX_NAME_LENGTH:
        return []  # lookup refuses texts that long; no name is
    return gaz.lookup(name, admin1=admin1, bbox=bbox, kinds=tuple(kinds) if kinds else None, limit=_LIMIT,
                      focus_ties_only=True)


def infer_focus(mentions: Iterable[Mention], gaz: Gazetteer) -> str | None:
    """The governorate P-code a document is about: the one its clear mentions point to most."""
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.foreign or not m.known:
            continue
        vote = _VOTES(gaz, (m.text, m.kinds_hint))
        if vote is not None:
            votes[vote[0]] += vote[1]
    return votes.most_common(1)[0][0] if votes else None


def _vote(gaz: Gazetteer, key: tuple) -> tuple[str, int] | None:
    """The governorate a name points to, and the weight of its vote (None: no clear one)."""
    name, kinds = key
    cands = _candidates(gaz, name, kinds=kinds)
    if not cands or not cands[0].admin1_pcode:
        return None
    top = cands[0]
    same = [c for c in cands if c.score >= top.score - 0.12]
    if len({c.admin1_pcode for c in same}) != 1:
        return None
    return top.admin1_pcode, 2 if top.kind == "governorate" else 1


_VOTES = Answers(_vote)  # a name's vote is the same in every document


def _province_pcodes(mentions: list[Mention], gaz: Gazetteer) -> set[str]:
    """Governorates the document names as provinces ("the province of Idleb", "Hama province")."""
    out = set()
    for m in mentions:
        if m.cue in ("province", "part of province", "part of") and m.known and not m.foreign:
            out |= {c.pcode for c in _candidates(gaz, m.text, kinds=("governorate",))[:1] if c.score >= 0.75}
    return out


_QUARTER_WORD = re.compile(r"(?:masaken|masakin|hayy?|hai)\s+(?=\S)", re.I)

#: Cues under which a name may mean an admin unit, not its centre town.
_AREA_CUES = ("province", "part of province", "part of", "qualifier", "countryside", "part of countryside")


def _choose(m: Mention, cands: list[Place], provinces: set[str]) -> list[Place]:
    """City or governorate of the same name: decided by cue words and the document's usage; a
    district or sub-district named bare is its centre town ("shelling hit Qalaat al-Madiq")."""
    if len(cands) < 2:
        return cands
    top = cands[0]
    if top.kind in ("district", "subdistrict") and m.cue not in _AREA_CUES and not (
            m.kinds_hint and top.kind in m.kinds_hint):
        # Same point (within 2 km): the unit carries its centre town's name and position, and an
        # event named so is at the town; the unit's precision would say "somewhere in the area".
        # Only when it is the best settlement of the name: a namesake village elsewhere spelled
        # closer is not the unit's town, and the unit is then the surer reading.
        town = next((c for c in cands[1:] if c.kind in SETTLEMENTS), None)
        if town is not None and town.score >= top.score - 0.2 and not farther(town, top, 2):
            cands = [town] + [c for c in cands if c is not town]
    govs = [c for c in cands if c.kind == "governorate" and c.score >= cands[0].score - 0.1]
    if not govs:
        return cands
    gov = govs[0]
    wants_gov = (m.cue in ("province", "part of province", "part of", "qualifier", "countryside", "part of countryside")
                 or (gov.pcode in provinces and m.cue not in ("city", "town", "near", "direction of", "vicinity")))
    if wants_gov:
        return [gov] + [c for c in cands if c is not gov]
    return cands


def _same_consonants(name: str, top: Place) -> bool:
    """Do ``name`` and the spelling that matched ``top`` have the same five or more consonants, in
    order ("Maarat Harma", Maar Tahroma: m-r-t-h-r-m)?  Vowels are what romanisations disagree on;
    that many consonants alike is a spelling, not a coincidence."""
    key = skeleton_key(name)
    return len(key) >= 5 and top.matched is not None and skeleton_key(top.matched) == key


def _unknown_feature(m: Mention) -> bool:
    """A name the scan did not know, reported for the feature noun after it ("the Ruj plain")."""
    return not m.known and m.cue == "facility"


def _answer(m: Mention, gaz: Gazetteer, local: str | None, bbox, provinces: set[str]) -> tuple:
    """(candidates, status, reason, confidence, place, geo_precision, where_prec) of a mention."""
    answer = _answer_name(m, m.text, gaz, local, bbox, provinces)
    words = m.text.split()
    if answer[1] == "unresolved" and len(words) > 1 and is_qualifier(words[-1]):
        # "Tal Sultan al-Kabir", a twin the gazetteer lacks: its sibling of the base name, a few km away.
        base = _answer_name(m, " ".join(words[:-1]), gaz, local, bbox, provinces)
        if base[1] == "resolved" and base[4].kind not in ADMIN_LEVELS:
            return base
    return answer


def _answer_name(m: Mention, name: str, gaz: Gazetteer, local: str | None, bbox, provinces: set[str]) -> tuple:
    if len(name) > MAX_NAME_LENGTH:  # lookup refuses texts; a mention that long is no name
        return (), "unresolved", "too long to be a place name", 0.0, None, None, None
    cands = _candidates(gaz, name, admin1=local, bbox=bbox, kinds=m.kinds_hint) if m.kinds_hint else []
    if not cands:
        cands = _candidates(gaz, name, admin1=local, bbox=bbox)
    quarter = _QUARTER_WORD.match(name)
    if quarter and (not cands or cands[0].score < 0.7):
        # "Masaken Hanano" (Hanano housing), "Hay al-Sukkari" (the Sukkari quarter): a city quarter
        # named with the Arabic word for quarter or housing, which the gazetteer leaves out.
        cands = _candidates(gaz, name[quarter.end():], admin1=local, bbox=bbox, kinds=("neighbourhood",)) or cands
    if m.cue in ("countryside", "part of countryside") and cands and cands[0].kind in ("city", "governorate"):
        # "Idleb countryside": the governorate outside its capital.  "Rural Damascus", "the Damascus
        # countryside": a countryside that is a governorate of its own (Rif Dimashq), not the capital's.
        region = _candidates(gaz, f"{name} countryside", kinds=("region", "governorate"))
        if region and region[0].kind == "region" and region[0].admin1_pcode == cands[0].admin1_pcode:
            cands = region[:1] + cands
        elif region and region[0].kind == "governorate" and region[0].admin1_pcode != cands[0].admin1_pcode:
            # (the capital's own governorate is then no reading of the name: neighbours must not pick it)
            cands = region[:1] + [c for c in cands if c.kind != "governorate"]
    cands = tuple(_choose(m, cands, provinces))
    if not cands:
        return cands, "unresolved", "no gazetteer entry is close to this name", 0.0, None, None, None
    top = cands[0]
    # Confidence: the top score, reduced when a different place (>10 km away) scores close.
    rival = next((c for c in cands[1:] if farther(c, top, 10) and c.kind != "governorate"), None)
    margin = (top.score - rival.score) if rival else 0.3
    confidence = round(top.score * (0.55 + 0.45 * min(1.0, max(margin, 0.0) / 0.15)), 3)
    if _unknown_feature(m):
        # A feature's name the scan did not know ("the Ruj plain", "the Al Sadda road"): reported
        # with its candidates, never placed: a village spelled so elsewhere is not that road or plain.
        return cands, "unresolved", "a feature's name the gazetteer does not hold", confidence, None, None, None
    # A name the scan did not know, matched only by the spelling-tolerant lookup: be stricter.
    if confidence < MIN_CONFIDENCE or (not m.known and top.score < 0.7 and not _same_consonants(name, top)):
        return (cands, "unresolved", f"ambiguous: best {top.name} ({top.score:.2f}) not clear enough", confidence,
                None, None, None)
    geo_precision, where_prec = precision_codes(top, m.cue)
    if m.cue in ("part of province", "part of countryside"):
        geo_precision, where_prec = 3, 4
    return cands, "resolved", None, confidence, top, geo_precision, where_prec


def resolve_mentions(
    mentions: list[Mention],
    gazetteer: Gazetteer | None = None,
    *,
    focus: str | tuple[float, float, float, float] | None = None,
) -> list[Mention]:
    """Resolve ``mentions`` in place (and return them): place, candidates, confidence, precision.

    Parameters
    ----------
    mentions : list of Mention
        From :func:`geoincidents.places.mentions.find_mentions`, all of one document.
    gazetteer : Gazetteer, optional
    focus : str or (min_lon, min_lat, max_lon, max_lat), optional
        Governorate name/P-code or bounding box that biases resolution; inferred
        from the document when None.
    """
    gaz = gazetteer or Gazetteer.default()
    # A governorate, or a box as any 4 numbers (a list too); anything else is a clear TypeError.
    admin1 = check_admin1(focus, "focus") if focus is None or isinstance(focus, str) else None
    bbox = check_bbox(focus, "focus") if admin1 is None and focus is not None else None
    if focus is None:
        admin1 = infer_focus(mentions, gaz)
    provinces = _province_pcodes(mentions, gaz)
    # A long text names the same place thousands of times: each question (name, focus, cue) is
    # answered once, and its mentions share the answer's objects (the candidates are a tuple).
    answers: dict[tuple, tuple] = {}
    for m in mentions:
        if m.foreign:
            m.status, m.reason, m.confidence = "foreign", m.not_incident, 1.0
            continue
        local = admin1
        if m.admin_context:
            ctx = gaz.admin1_pcodes(m.admin_context)
            local = next(iter(ctx)) if len(ctx) == 1 else admin1
        key = (m.text, local, m.kinds_hint, m.cue, m.known)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = _answer(m, gaz, local, bbox, provinces)
        (m.candidates, m.status, m.reason, m.confidence, m.place, m.geo_precision, m.where_prec) = answer
    _rerank_by_neighbours(mentions)
    for m in mentions:
        head = mentions[m.gloss_of] if m.gloss_of is not None else None
        if head is not None and head.place is not None:
            # "Ariha (أريحا)": the gloss names the same place as its head.
            m.place, m.candidates, m.status = head.place, (head.place, *m.candidates), "resolved"
            m.geo_precision, m.where_prec, m.confidence = head.geo_precision, head.where_prec, head.confidence
    return mentions


def _rerank_by_neighbours(mentions: list[Mention]) -> None:
    """Same-named places: prefer the one near the document's other places.

    "Hatla east of Deir Ezzor": of the villages called Hatla, the one within
    reach of Deir ez-Zor; a second pass over mentions whose top candidates tie.
    """
    anchors = [m for m in mentions if m.status == "resolved" and m.confidence >= 0.75]
    index = Anchors(a.place for a in anchors)
    is_anchor = {id(a) for a in anchors}
    for m in mentions:
        if m.status == "foreign" or len(m.candidates) < 2 or _unknown_feature(m):
            continue  # (an unknown feature's name is never placed: see _answer)
        # The other anchors are those whose place is named otherwise than m's top candidate (an
        # anchor's place is its top candidate, so m itself is never among them).
        first = m.candidates[0]
        if not index.any_other(first.name):
            continue
        top = first.score

        def near_bonus(c: Place) -> float:
            return index.bonus(c, first.name)

        # Only same-named places of the same sort elsewhere: city-or-governorate was decided by context.
        same_sort = (lambda c: c.kind in SETTLEMENTS) if first.kind in SETTLEMENTS else (lambda c: c.kind == first.kind)
        pool = [c for c in m.candidates if c.score >= top - 0.08 and same_sort(c) and (c is first or farther(c, first, 10))]
        if len(pool) == 1:
            continue  # only the top candidate itself (always in the pool): nothing to weigh
        best = max(pool, key=lambda c: (c.score + near_bonus(c), c is m.candidates[0]))
        if best is not m.candidates[0]:
            bonus = near_bonus(best)
            if id(m) in is_anchor:  # an anchor moved: later mentions see its new place
                index.add(m.place, -1)
                index.add(best)
            m.candidates = (best, *(c for c in m.candidates if c is not best))
            m.place = best
            m.geo_precision, m.where_prec = precision_codes(best, m.cue)
            m.confidence = round(min(1.0, best.score + bonus - 0.1), 3)
            m.status = "resolved" if m.confidence >= MIN_CONFIDENCE else m.status
