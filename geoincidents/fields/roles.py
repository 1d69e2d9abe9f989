"""Who did it to whom: ACLED ``actor1`` (perpetrator) and ``actor2`` (target or victim's side).

Rules (what a user can rely on)
-------------------------------
* ``actor1`` is the perpetrator: an armed actor marked ``role="perpetrator"`` by
  :func:`geoincidents.fields.actors.find_actors` ("regime forces shelled", "by Russian
  jets"), else the first armed actor not marked as a victim.  An actor marked as a
  victim is never ``actor1``: "a drone strike killed three Ahrar al-Sham members" has
  no known perpetrator and Ahrar al-Sham as ``actor2``.
* ``actor2`` is the victim's side: the first actor marked ``role="victim"`` ("a missile
  hit a Russian military patrol": Russia; "killing a commander in the Jaysh al-Nasr
  faction": Jaysh al-Nasr), else the next armed actor (the other side of a clash),
  else civilians when the event is violence against civilians.
* Unknown perpetrators of attacks, clashes, abductions, explosives and grenades are
  ``"Unidentified Armed Group (Syria)"``, as ACLED writes it ("unidentified gunmen"
  map to it too).  Air strikes and shelling by an unnamed force keep ``actor1`` null:
  in Syria these come from states, and guessing which would be worse than saying nothing.
* A bomb left or thrown (IED, grenade, suicide bomb) with no named perpetrator: every armed
  actor named is its target ("an IED exploded when QSD passed by": Unidentified Armed Group, SDF).
* Violence against civilians always has ``"Civilians"`` as ``actor2`` (ACLED), whoever the
  victims sided with; counted civilian victims ("a woman and her two children") make
  ``"Civilians"`` the ``actor2`` of any event with no armed target.
* In an armed clash the state's forces come first when the other side is not a state (ACLED's
  actor order, UCDP's side A): "IS fighters shot dead a regime soldier" is (Syrian government,
  Islamic State).  Captures keep who took the territory as ``actor1``.
* Actors joined by "and" are one side: the later is ``actor2`` only in a clash or a joint
  development (patrol, base, agreement, transfer), never in violence ("regime forces and
  Iranian militias shelled X": no ``actor2``); a state's forces come first among them.
  Allies "backed/accompanied by" X are never ``actor2``; actors of a clause of an earlier
  event ("after Syrian troops took control") are never ``actor1`` when the main clause names
  one, and ``actor2`` only as the side that gave territory up.
* A weapon stopped (a drone shot down or intercepted): who stopped it is ``actor1``, the side
  that launched it ("drones launched by HTS") ``actor2``.
* The other side of an armed clash is on another side than ``actor1`` when the text names one ("the
  National Defense Forces loyal to the regime ... clashes with Kurdish fighters": the YPG, not the NDF).
* Unnamed "militants" killed in a fight between a state and a named group are that group's
  ("the army repelled an attack by HTS, killing dozens of militants": HTS).
* Civilians caught in an armed clash do not make its ``actor2``.  A clash within one actor ("HTS fighters
  clashed with other HTS fighters") has it on both sides, as ACLED names it twice.
* Protests: ``"Protesters (Syria)"`` first, the force that intervenes second; excessive force
  puts the force first.  Riots: ``"Rioters (Syria)"`` first, who they attack second (mob
  violence: civilians unless an armed side is hit).

Examples
--------
>>> from geoincidents.fields import find_actors
>>> roles(find_actors("a drone strike killed three Ahrar al-Sham members"), "Explosions/Remote violence", "Air/drone strike")
(None, 'Ahrar al-Sham')
>>> roles(find_actors("a landmine killed a shepherd"), "Explosions/Remote violence", "Remote explosive/landmine/IED")
('Unidentified Armed Group (Syria)', 'Civilians')
"""
from __future__ import annotations

from geoincidents.text.spans import Span

__all__ = ["CIVILIAN_GROUPS", "PROTESTERS", "RIOTERS", "UNIDENTIFIED", "roles"]

UNIDENTIFIED = "Unidentified Armed Group (Syria)"
_ARMED = frozenset({"state", "rebel", "militia", "external", "unidentified"})
# Sub-event types whose perpetrator is an armed group even when the text does not name it.
_NEEDS_PERPETRATOR = frozenset({
    "Attack", "Armed clash", "Abduction/forced disappearance", "Remote explosive/landmine/IED", "Grenade",
    "Suicide bomb", "Sexual violence", "Looting/property destruction",
})
_HARMS_CIVILIANS = frozenset({"Violence against civilians"})
_PROTESTS, _RIOTS = "Protests", "Riots"
#: Victim groups (of a count) that are civilians.
CIVILIAN_GROUPS = frozenset({"civilians", "children", "women", "men", "people", "elderly", "workers", "volunteers",
                             "journalists", "doctors", "medics", "students", "families"})
# Events whose victims are civilians unless the text names an armed target: remote violence
# left or thrown, poison gas, and the strategic developments that befall people or property.
_CIVILIAN_DEFAULT = frozenset({"Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "Arrests",
                               "Looting/property destruction"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory"})
# Bombs left or thrown: without a named perpetrator, every armed actor named is a target.
_LEFT_OR_THROWN = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
# Developments done together whose partner ACLED names as actor2 ("Turkish and Russian forces conducted
# a joint patrol", "X and Y reached an agreement"); in violence the partner is on the perpetrator's side.
_JOINT = frozenset({"Agreement", "Change to group/activity", "Headquarters or base established",
                    "Non-violent transfer of territory", "Other"})
#: ACLED's generic actors of demonstrations, named as ACLED writes them.
PROTESTERS, RIOTERS = "Protesters (Syria)", "Rioters (Syria)"


def roles(actors: list[Span], event_type: str | None, sub_event_type: str | None,
          victims: dict | None = None) -> tuple[str | None, str | None]:
    """ACLED ``(actor1, actor2)`` of an incident from its clause's actor spans and event.

    Parameters
    ----------
    actors : list of Span
        From :func:`find_actors` (``attrs`` ``type`` and, when said, ``role``).
    event_type, sub_event_type : str or None
    victims : dict, optional
        Victim groups counted ("civilians": 3): civilians killed make civilians the victims' side.

    Returns
    -------
    tuple of (str or None, str or None)
    """
    if event_type in (_PROTESTS, _RIOTS):
        return _demonstration(actors, sub_event_type, victims)
    if not actors:  # most clauses name none: only the unnamed perpetrator and civilian rules apply
        actor1 = UNIDENTIFIED if sub_event_type in _NEEDS_PERPETRATOR else None
        return actor1, _civilians(event_type, sub_event_type, victims)
    main = [a for a in actors if not a.attrs.get("background")]
    if any(a.attrs.get("type") in _ARMED for a in main) and len(main) < len(actors):
        # "X patrolled Y after Syrian troops took control": the troops act in an earlier event, and are
        # only the side that gave the territory up ("entered X after the factions withdrew").
        earlier = [a for a in actors if a.attrs.get("background")]
        actors = main + ([a for a in earlier if a.attrs.get("type") in _ARMED] if sub_event_type in _TERRITORY else [])
    perps, victims_side, others = [], [], []
    for a in actors:
        armed = a.attrs.get("type") in _ARMED
        role = a.attrs.get("role")
        if role == "victim" or a.attrs.get("type") == "civilians":
            victims_side.append(a.value)
        elif role == "perpetrator" and armed:
            perps.append(a.value)
        elif armed:
            others.append(a.value)
    states = {a.attrs.get("side") for a in actors if a.attrs.get("type") == "state"}
    if UNIDENTIFIED in victims_side and states and any(
            a.attrs.get("type") in ("rebel", "militia") and a.attrs.get("side") not in states for a in actors):
        # "the army repelled an attack by HTS, killing dozens of militants": the unnamed dead are the named
        # group fighting the state, not an unidentified third side
        victims_side = [v for v in victims_side if v != UNIDENTIFIED]
    if sub_event_type == "Armed clash" and not perps and not others:
        # "an HTS fighter was killed ... in clashes with regime forces": two armed sides, both said to be hit,
        # are the clash's two sides (ordered below, the state first).
        struck = [a for a in actors if a.attrs.get("role") == "victim" and a.attrs.get("type") in _ARMED]
        hit = list(dict.fromkeys(a.value for a in struck))
        # (not names joined into one ("a joint Russian-Turkish patrol"): one side hit together)
        if len(hit) >= 2 and not any(b.start - a.end <= 1 for a, b in zip(struck, struck[1:])):
            others, victims_side = hit, [v for v in victims_side if v not in hit]
    if sub_event_type == "Disrupted weapons use" and any(a.attrs.get("launched") for a in actors):
        # "intercepted 2 drones launched by HTS": who stops the weapon acts; whose it is, is the target.
        launched = {a.value for a in actors if a.attrs.get("launched")}
        victims_side += [p for p in perps if p in launched]
        perps = [p for p in perps if p not in launched]
    if not perps and sub_event_type in _LEFT_OR_THROWN:
        # "an IED exploded when QSD passed by": a bomb's unnamed planter acts; those named are its targets.
        victims_side, others = victims_side + others, []
    kind = {a.value: a.attrs.get("type") for a in actors}
    # Of those who act together, a state's forces come first ("Hezbollah fighters and Syrian troops
    # recaptured X": the Syrian government), as ACLED orders its actors.
    for group in (perps, others):
        if group:
            lead = group[0]
            joined = {a.value for a in actors if a.attrs.get("with") == lead} | {lead}
            group.sort(key=lambda v: not (kind.get(v) == "state" and v in joined))
    ordered = list(dict.fromkeys(perps + others))
    actor1 = ordered[0] if ordered else None
    if actor1 is None and sub_event_type in _NEEDS_PERPETRATOR:
        actor1 = UNIDENTIFIED
    second = [v for v in dict.fromkeys(victims_side) if v != actor1 and not (v == "Civilians" and sub_event_type == "Armed clash")]
    # An armed victim names the target's side before civilians do ("a QSD fighter and a civilian").
    second.sort(key=lambda v: v == "Civilians")
    # The other side of a clash: an armed actor not said to act before one that acts with actor1
    # ("HTS and allied factions expelled regime forces": the regime).
    # Those who act with actor1 ("regime forces and Iranian militias shelled") are on its side: the
    # other side only in a battle ("Rebels and regime forces clashed") or a joint development.
    two_sided = sub_event_type == "Armed clash" or sub_event_type in _JOINT
    partners = {a.value for a in actors if a.attrs.get("with")}
    # Allies said to back or escort ("backed by Russian air cover") are never the other side.
    allies = {a.value for a in actors if a.attrs.get("with") is True}
    if sub_event_type == "Armed clash":
        # "regime and Russian forces launched an offensive on X": partners who act together on a third
        # side are one side of the battle, never each other's enemy.
        allies |= {a.value for a in actors if a.attrs.get("together")}
    others = [o for o in others if o not in (partners if not two_sided else allies)]
    # A capture's other acting side is the loser unless joined to the taker ("IS control X and cut the
    # road to the regime forces controlled areas": the regime).
    also = [p for p in perps if p not in allies] if two_sided else [p for p in perps if p not in partners] if sub_event_type in _TERRITORY else []
    rest = [o for o in dict.fromkeys(others + also) if o != actor1]
    actor2 = second[0] if second else rest[0] if rest else None
    if sub_event_type == "Armed clash" and actor2 is not None:
        # The other side of a battle is on another side than actor1 when the text names one ("Turkish forces,
        # supported by Turkey-backed factions, against regime forces": the regime, not Turkey's factions).
        side = {a.value: a.attrs.get("side") for a in actors}
        other = [c for c in dict.fromkeys(second + rest) if side.get(c) != side.get(actor1)]
        actor2 = other[0] if other else actor2
    if sub_event_type == "Armed clash" and actor2 is None and actor1 is not None:
        # "X clashed with another JWS faction, both under OPS": a fight within one actor has it on both sides,
        # as ACLED names it twice; the one named as hit is the other side.
        same = [a.attrs.get("role") == "victim" for a in actors if a.value == actor1]
        if any(same) and not all(same):
            actor2 = actor1
    if event_type in _HARMS_CIVILIANS:
        return actor1, "Civilians"  # ACLED: the victims of violence against civilians are civilians, whoever they side with
    if sub_event_type == "Armed clash" and actor2 is not None:
        if kind.get(actor2) == "state" and kind.get(actor1) != "state":
            # A clash has no perpetrator: ACLED (by its actor codes) and UCDP (side A) name the
            # state's forces first ("IS fighters shot dead a regime soldier": the regime, then IS).
            # A change of territory keeps who took it first.
            actor1, actor2 = actor2, actor1
    return actor1, actor2 if actor2 is not None else _civilians(event_type, sub_event_type, victims)


def _demonstration(actors: list[Span], sub_event_type: str | None, victims: dict | None) -> tuple[str | None, str | None]:
    """ACLED's actors of protests and riots: the protesters (rioters) first, the force that meets them
    second; the force first and the protesters second when it uses lethal force on them; a mob's
    victims second (an armed side, else civilians)."""
    armed = list(dict.fromkeys(a.value for a in actors if a.attrs.get("type") in _ARMED))
    hit = [a.value for a in actors if a.attrs.get("type") in _ARMED and a.attrs.get("role") == "victim"]
    force = armed[0] if armed else None
    if sub_event_type == "Mob violence":  # who the mob attacks: an armed side said to be hit, else civilians
        return RIOTERS, hit[0] if hit else "Civilians"
    if sub_event_type == "Excessive force against protesters":
        return force, PROTESTERS
    if sub_event_type == "Protest with intervention":
        return PROTESTERS, force
    if sub_event_type == "Peaceful protest":
        return PROTESTERS, None  # what a protest is against is its cause, not a side in it
    return RIOTERS, hit[0] if hit else force


def _civilians(event_type: str | None, sub_event_type: str | None, victims: dict | None) -> str | None:
    """``actor2`` when no actor is the victims' side: civilians, where the event harms them."""
    armed_victims = bool(victims) and not any(g in CIVILIAN_GROUPS for g in victims)
    if sub_event_type == "Armed clash":
        return None  # a clash is between armed sides; civilians caught in it do not make one
    if not armed_victims and (
            event_type in _HARMS_CIVILIANS or sub_event_type in _CIVILIAN_DEFAULT
            or (victims and any(g in CIVILIAN_GROUPS for g in victims))):
        return "Civilians"  # "killing a woman and her two children"; not when the dead are soldiers or fighters
    return None
