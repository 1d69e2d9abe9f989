"""Refinements of :mod:`geoincidents.fields.events`: what a cue's context changes in its ACLED type.

The cue that ranks first in a sentence gives a type; the words around it can change it, as the
ACLED codebook does: who an attack hits (armed people: a clash; civilians: an attack), who
detains (the state arrests, anyone else abducts), what is captured (people or goods are not
territory), who acts (a crowd makes mob violence) and whether the event hit a protest.
Each refiner takes the sentence, the cue matches (``hits``), the sentence's actors and the
type so far, and returns the type.
"""
from __future__ import annotations

import re

from geoincidents.text.spans import Span

from .actors import find_actors
from .event_cues import BAT, PRO, RIO, SD, VAC

__all__ = ["REFINE", "points_back", "refine_sentence"]

# "The airstrikes coincided with regime shelling on X": the event just reported, named as the subject
# of a verb that joins a new one to it; the new one is what the sentence reports at its places.
_DEFINITE = re.compile(r"\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
_JOINS_NEW = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:coincid(?:ed|es|ing)\s+with|accompanied\s+by|"
                        r"came\s+(?:amid|alongside|along\s+with|in\s+parallel\s+with)|(?:were|was)\s+followed\s+by)\b", re.I)


def points_back(sentence: str, start: int, end: int) -> bool:
    """Is the cue at ``sentence[start:end]`` the event just reported, which a new one joins
    ("The airstrikes coincided with regime shelling on X")?"""
    return _JOINS_NEW.match(sentence, end) is not None and _DEFINITE.search(sentence, max(0, start - 30), start) is not None

# Who an attack hits decides its type (ACLED): armed people (a group's "security official"), their posts
# and vehicles make it a clash; civilians (or anyone not said to be armed) an attack on civilians.
_COMBATANT = re.compile(
    # (a member "of the local council", "of a family" is no fighter)
    r"\b(?:fighters?|soldiers?|members?(?!\s+of\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:councils?|committees?|parliament|assembly|"
    r"boards?|famil(?:y|ies)|tribes?|clans?))|(?:security|military)\s+officials?|officers?|lieutenants?|colonels?|generals?|commanders?|militants?|militiam[ae]n|"
    r"recruits?|personnel|troops|checkpoints?|(?:military\s+)?vehicles?|convoys?|patrols?|positions?|posts?|"
    r"elements?|operatives?|guards?|policem[ae]n|conscripts?|SDF|QSD|YPG|regime|army|forces)\b", re.I)
_CIVILIAN = re.compile(r"\b(?:civilians?|man|men|woman|women|child|children|boy|girl|citizens?|residents?|farmers?|"
                       r"shepherds?|hawkers?|sheikhs?|teachers?|doctors?|nurses?|journalists?|activists?|family|"
                       r"displaced|worker|workers|people|persons?|collaborators?|dealers?|elderly|old|protesters?|demonstrators?|"
                       r"mourners|crowds?|houses?|homes?|councils?|committees?|mukhtars?|notables?|dignitar\w+)\b", re.I)
# The nouns an actor's name may take after it ("the regime forces"): part of who acts.
_HEAD_NOUNS = re.compile(r"(?:\s+(?:forces|troops|army|fighters|members|soldiers|elements|militiam[ae]n|personnel|units?))*", re.I)
# "X was shot dead", "X were killed by regime sniper fire": the subject before the verb is who was hit.
_PASSIVE_BEFORE = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:\w+\s+)?(?:(?:killed|wounded|injured|shot|hit|targeted)\s+"
                             r"(?:by|in|with)\s+(?:[\w'’-]+\s+){0,3})?|(?:survived|escaped)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?)$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-|retired|defected|reconciled)\W+(?:[\w-]+\s+){0,2}$", re.I)
_JOINED = re.compile(r"[^.;]{0,40}?\b(?:who\s+(?:had\s+)?joined|joined|now\s+(?:in|with|serving))\b", re.I)
_NOT_SHOOTING = re.compile(r"execut|behead|massacre|tortur|crucif|lynch", re.I)
_KILLED_WHO = re.compile(r"(?:kill|shot\s|murder|stabbed)", re.I)


def _refine_attack(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """Shooting, assassinating or opening fire on armed people is an armed clash (ACLED)."""
    trig = hits["attack"][0]
    if _NOT_SHOOTING.match(trig.group(0)):
        return et, st
    # Who acts is not who is hit: "a sniper from the regime forces killed a farmer".
    doers = [(a.start - trig.end(), _HEAD_NOUNS.match(sentence, a.end).end() - trig.end()) for a in actors
             if a.attrs.get("role") == "perpetrator" and a.start >= trig.end()]
    target = sentence[trig.end():trig.end() + 90]
    civ, com = _CIVILIAN.search(target), _first_outside(_COMBATANT, target, doers)
    if _PASSIVE_BEFORE.search(sentence, max(0, trig.start() - 40), trig.start()):
        before = sentence[max(0, trig.start() - 90):trig.start()]  # "a member of X was shot dead": the subject is hit
        civ, com = _CIVILIAN.search(before), _COMBATANT.search(before)
    elif trig.group(0).lower().startswith(("bod", "corps", "remain", "found", "find", "discover", "recover")):
        window = sentence[max(0, trig.start() - 80):trig.end() + 90]
        civ, com = _CIVILIAN.search(window), _COMBATANT.search(window)  # "the body of a regime fighter was found"
    elif _KILLED_WHO.match(trig.group(0)) and any(own := (_CIVILIAN.search(trig.group(0)), _COMBATANT.search(trig.group(0)))):
        civ, com = own  # "killed 3 SDF members": the trigger names its victims
    elif re.match(r"\s+(?:on|at)\s+(?:them|him|her)\b", target):
        before = sentence[:trig.start()]  # "2 soldiers were killed when gunmen opened fire on them"
        civ, com = _CIVILIAN.search(before), _COMBATANT.search(before)
    if com and (not civ or com.start() < civ.start()) and not _former(sentence, com):
        return BAT, "Armed clash"
    return et, st


def _former(sentence: str, com: re.Match) -> bool:
    """"a former opposition commander": ACLED counts him a civilian, unless he "joined" a force since."""
    if not _FORMER.search(com.string, max(0, com.start() - 30), com.start()):
        return False
    at = sentence.find(com.string) + com.end()  # ``com`` was found in a piece of ``sentence``
    return not _JOINED.match(sentence, at)


def _first_outside(rx: re.Pattern, text: str, spans: list[tuple[int, int]]) -> re.Match | None:
    """The first match of ``rx`` in ``text`` that lies in none of ``spans``."""
    for m in rx.finditer(text):
        if not any(a <= m.start() < b for a, b in spans):
            return m
    return None


def _refine_abduction(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """"Abducted 9 regime soldiers": taking armed people is an armed clash (ACLED), as for ``attack``."""
    return _refine_attack(sentence, {"attack": hits["abduction"]}, actors, et, st)


def _refine_kill(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """"killed 3 SDF members": armed victims make it a clash, as for ``attack``."""
    return _refine_attack(sentence, {"attack": hits["kill"]}, actors, et, st)


def _refine_killed_by(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """"A QSD member was killed by IS gunmen": armed victims make it a clash, as for ``attack``."""
    return _refine_attack(sentence, {"attack": hits["killed_by"]}, actors, et, st)


_GOODS = re.compile(r"\s+(?:\w+\s+){0,4}?(?:tankers?|trucks?|vehicles?|cars?|goods|crops|harvests?|property|properties|"
                    r"fuel|oil|wheat|weapons|ammunition|money|cattle|sheep|livestock|shops?|houses?|homes?)\b", re.I)
_PEOPLE_TAKEN = re.compile(r"\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+"
                           r"(?:[\w']+\s+){0,2}?(?:operatives|fighters?|members?|soldiers?|militants?|elements?|"
                           r"civilians?|people|persons|men|women|children|youths?)\b", re.I)


def _refine_arrest(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """ACLED: a state's forces arrest; anyone else who detains people (SDF, rebels, militias)
    abducts them."""
    trig = hits["arrest"][0].start()
    before = [a for a in actors if a.end <= trig and a.attrs.get("type") != "civilians"]
    if before and before[-1].attrs.get("type") != "state":
        return VAC, "Abduction/forced disappearance"  # a state's forces (Syria, Turkey, Russia) arrest
    return et, st


def _refine_riot(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """A demonstration that turns violent is a violent demonstration; violence alone, mob violence."""
    return (RIO, "Violent demonstration") if "protest" in hits else (et, st)


_POSTS = re.compile(r"\s+(?:\w+\s+){0,3}?(?:posts?|positions?|checkpoints?|points?|barracks|headquarters|bases?|"
                    r"buildings?|prisons?)\b", re.I)
_HOME = re.compile(r"\s+(?:\w+\s+){0,2}?(?:homes?|houses?|house|farms?|shops?)\b", re.I)
# Territory changing hands without a fight (ACLED's non-violent transfer of territory).
_PEACEFUL = re.compile(r"\b(?:without\s+(?:a\s+|any\s+)?(?:fight\w*|resistance|clash\w*|battles?|bloodshed|a\s+shot)|peacefully|"
                       r"under\s+(?:an?\s+|the\s+)?(?:[\w'’]+[\s-]+){0,3}?(?:agreement|deal|accord|understanding)|"
                       r"hand(?:ed|ing)?\s+over|handover|(?:agreed|agreement)\s+to\s+(?:evacuate|withdraw|leave|hand)|"
                       r"evacuation\s+(?:deal|agreement))\b", re.I)
_ATTEMPT = re.compile(r"\b(?:(?:attempts?|attempting|attempted|trying|tries|try|tried|bid|seeking|seek|seeks|failed)\s+"
                      r"to|(?:(?:counter-?)?offensives?|attacks?|assaults?|operations?|campaigns?|push|drive|efforts?|order)"
                      r"\s+(?:\w+\s+){0,3}?to|aim(?:ed|ing|s)?\s+(?:at|to))\s+(?:\w+\s+){0,2}$", re.I)


def _refine_territory(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """"A military column entered X" is movement of forces, not a capture."""
    trig = hits["territory"][0]
    storm = trig.group(0).lower().startswith("storm")
    if storm and "abduction" in hits:
        return _refine_abduction(sentence, hits, actors, VAC, "Abduction/forced disappearance")  # "stormed his house and abducted him"
    if storm and _HOME.match(sentence, trig.end()) and "arrest" in hits:
        return _refine_arrest(sentence, hits, actors, SD, "Arrests")  # "stormed the house of X and arrested him": a raid
    if storm and _HOME.match(sentence, trig.end()):
        return VAC, "Attack"  # "gunmen stormed their house": an attack on the people in it
    if not storm and _GOODS.match(sentence, trig.end()):
        return SD, "Looting/property destruction"  # "seized diesel tankers"
    taken = _PEOPLE_TAKEN.match(sentence, trig.end())
    if taken:  # "captured 2 QSD operatives": people, not territory
        civ = _CIVILIAN.search(taken.group(0)) and not _COMBATANT.search(taken.group(0))
        return (VAC, "Abduction/forced disappearance") if civ else (BAT, "Armed clash")
    if all(_ATTEMPT.search(sentence, max(0, t.start() - 40), t.start()) for t in hits["territory"]):
        # "attempts to take control of X", "launched a counteroffensive to retake X": fighting, no change of
        # territory yet (but "an offensive to retake the town captured it" reports the capture)
        return BAT, "Armed clash"
    if _PEACEFUL.search(sentence):
        return SD, "Non-violent transfer of territory"  # "entered X without a fight", "under the agreement"
    if trig.group(0).lower().startswith("storm") and "protest" in hits:
        return RIO, "Violent demonstration"  # "protesters stormed the council building"
    if trig.group(0).lower().startswith("storm") and "arrest" in hits:
        return _refine_arrest(sentence, hits, actors, SD, "Arrests")  # "stormed X and arrested dozens": a raid
    if trig.group(0).lower().startswith("storm") and _POSTS.match(sentence, trig.end()):
        return BAT, "Armed clash"  # "stormed army posts": an attack; a capture only when control is said
    moves = [m for m in hits.get("movement", ()) if not m.group(0).lower().startswith(("withdr", "pulled"))]
    if hits["territory"][0].group(0).lower() == "entered" and moves:
        return SD, "Change to group/activity"
    return et, st


def _refine_fired(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """"Fired at a checkpoint" is a clash; "fired on protesters" an attack on civilians."""
    trig = hits["clash"][0]
    if trig.group(0).lower().startswith("fired"):
        target = sentence[trig.end():trig.end() + 60]
        civ, com = _CIVILIAN.search(target), _COMBATANT.search(target)
        if civ and (not com or civ.start() < com.start()):
            return VAC, "Attack"
    return et, st


def _refine_movement(sentence: str, hits: dict, actors: list[Span], et: str, st: str) -> tuple[str, str]:
    """Forces deployed into an area or withdrawn from it under an agreement hand the territory over."""
    trig = hits["movement"][0].group(0).lower()
    if trig.startswith(("deploy", "redeploy", "withdr", "pulled")) and _PEACEFUL.search(sentence):
        return SD, "Non-violent transfer of territory"
    return et, st


#: Refiner of the cue that ranks first, by cue name.
REFINE = {"clash": _refine_fired, "attack": _refine_attack, "kill": _refine_kill, "arrest": _refine_arrest,
           "riot": _refine_riot, "territory": _refine_territory, "movement": _refine_movement,
          "abduction": _refine_abduction, "killed_by": _refine_killed_by}


# A crowd as the one who acts: ACLED's mob violence (a violent demonstration when it protests).
_CROWD = re.compile(r"\b(?:mobs?|rioters|crowds?|angry\s+(?:\w+\s+)?(?:residents|people|locals|villagers|men|youths?|"
                    r"relatives|family|families|tribesmen)|(?:a\s+)?group\s+of\s+(?:angry\s+)?(?:residents|villagers|locals|youths?))\b",
                    re.I)
_CROWD_GATE = ("mob", "rioter", "crowd", "angry", "group of", "resident", "villager", "locals", "tribesmen")
# "Residents of Binnish beat ...": people of a place as the subject of the violent verb.
_PEOPLE_DO = re.compile(r"\b(?:residents|villagers|locals|tribesmen|townspeople)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+$", re.I)
_CROWD_ACTS = frozenset({"attack", "kill", "killed_by", "assault", "clash", "riot", "looting", "territory", "abduction", "sexual"})
# What security forces do to a protest short of killing (ACLED's protest with intervention).
_INTERVENE = re.compile(r"\b(?:dispers\w*|broke\s+up|break(?:s|ing)?\s+up|tear\s+gas|water\s+cannons?|beat(?:s|en|ing)?|"
                        r"suppress\w*|crack\w*\s+down|rubber\s+bullets|warning\s+shots|"
                        r"(?:arrest|detain)\w*\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|protestors|participants)|"
                        r"(?:protesters|demonstrators|protestors|participants)\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:arrested|detained)|"
                        r"fired\s+(?:\w+\s+){0,2}?(?:in|into)\s+the\s+air)\b", re.I)
# Violence whose targets are the protesters: excessive force against protesters.
_LETHAL = frozenset({"attack", "kill", "killed_by", "clash", "shelling", "assault"})
# The protest cue's words that name people (not "a demonstration"): who may act.
_PROTESTERS = re.compile(r"protesters|demonstrators|protestors", re.I)
_ARMED_TYPES = ("state", "rebel", "militia", "external", "unidentified")


def refine_sentence(sentence: str, folded: str, hits: dict, best: str, et: str, st: str) -> tuple[str, str]:
    """What the whole sentence changes in the type of its first cue ``best``: a crowd that acts
    makes mob violence; violence at a protest is a violent demonstration (protesters act) or
    excessive force (protesters are hit); a protest met with arrests or dispersal is a protest
    with intervention.  ``folded`` is the lower-cased sentence (gates)."""
    protest = hits.get("protest")
    if best == "dispersal" and "riot" in hits:
        return RIO, "Violent demonstration"  # "turned into a riot when police fired tear gas": the riot is the event
    if best in _CROWD_ACTS and any(map(folded.__contains__, _CROWD_GATE)):
        start = hits[best][0].start()
        crowd = _CROWD.search(sentence, 0, start + 1) or _PEOPLE_DO.search(sentence, max(0, start - 40), start)
        if crowd is not None:
            return (RIO, "Violent demonstration") if protest else (RIO, "Mob violence")
    if not protest or et == RIO:
        return et, st
    trig = hits[best][0]
    if best in _LETHAL:
        if any(0 <= m.start() - trig.end() <= 80 for m in protest):
            return PRO, "Excessive force against protesters"  # "opened fire on protesters", "on a demonstration"
        first = protest[0]
        if first.start() < trig.start() and _PROTESTERS.match(first.group(0)):
            armed = [a for a in find_actors(sentence) if first.end() <= a.start < trig.start()
                     and a.attrs.get("type") in _ARMED_TYPES]
            # "protesters attacked a checkpoint"; but "after the demonstrators arrived, the regime
            # forces opened fire": the force between them acts on the protest.
            return (PRO, "Excessive force against protesters") if armed else (RIO, "Violent demonstration")
        return et, st
    if best == "protest" and _PROTESTERS.match(trig.group(0)) and any(
            n in hits and hits[n][0].start() > trig.start() for n in _CROWD_ACTS):
        return RIO, "Violent demonstration"  # "angry protesters set fire to a car", "demonstrators attacked"
    if best in ("protest", "arrest", "abduction") and (best != "protest" or _INTERVENE.search(sentence)):
        return PRO, "Protest with intervention"  # "dispersed the protest", "arrested protesters"
    return et, st
