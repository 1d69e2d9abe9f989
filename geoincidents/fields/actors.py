"""Conflict actors named in a sentence, normalised to ACLED-style names.

Rules (what a user can rely on)
-------------------------------
* Aliases come from ``actors.json`` (data, not code), looked up as token
  n-grams (fast, case-insensitive; acronyms such as IS/HTS/SDF must match
  case exactly).  Longest alias wins:
  "Russian Defense Ministry" and "Syrian regime forces" are one actor each.
* "Syrian government" covers the regime, its army, air force and "Assad forces".
  Named or generic pro-regime militias ("pro-regime militias", NDF,
  "regime-affiliated forces") are kept apart as "Pro-government militias"
  (``attrs["side"]="Syrian government"``), as ACLED keeps militias apart from
  state forces.  Russia, Iran and Hezbollah are their own actors.
* HTS and its earlier names (Jabhat al-Nusra, Jabhat Fatah al-Sham) map to
  "Hay'at Tahrir al-Sham"; Faylaq al-Sham to "Sham Legion"; generic rebels,
  the opposition and the FSA to "Opposition rebels"; Turkey-backed factions
  (SNA, "Turkey-backed FSA") to "Turkey-backed rebels" (``side="Turkey"``).
* Sources and humanitarian bodies (Syrian Civil Defence, White Helmets, SOHR)
  and adjectives of territory ("rebel-held") or of media ("opposition news
  feeds", "rebel accounts") are never actors: they are consumed first.
  Offices of people ("Russian President", "Turkish Foreign Minister") are not
  actors of violence either.
* ``attrs["role"]`` is "perpetrator" when the actor is followed by a violent
  verb or preceded by "by"; "victim" when preceded by a killing verb or
  "against/targeting" or followed by "were killed"; otherwise absent.  A passive
  verb after the actor ("HTS members were killed by") makes it the victim; "a
  checkpoint manned by X" makes X the target and "accompanied by X" a partner
  (``attrs["with"]``).  Actors joined by "and" share a role (and, when they act on a third side
  rather than on each other, ``attrs["together"]``: "regime and Russian forces launched an offensive") ("Rebels and regime
  forces clashed"); the later is marked ``attrs["with"]``.  A weapon right after the
  name makes the perpetrator ("regime shelling", "Russian jets"); targets after a verb
  of attack make the victim ("hit Iranian targets", "shelled SDF positions").
* ``attrs["launched"]`` marks the side a weapon was "launched/fired/sent by": its perpetrator,
  unless the weapon was stopped (a drone shot down), when it is the target of who stopped it.
* ``attrs["background"]`` marks an actor in a clause of an earlier or parallel event
  ("after Syrian troops took control", "as regime troops mass nearby").
* A group named by who backs it or whose it is ("Ankara-backed fighters", "Turkey backed factions",
  "pro-Iran militias", "HTS-affiliated gunmen") is that actor (``backers`` in actors.json); a group
  noun of a named actor ("the factions of the NLF", "militants loyal to Hurras al-Din") is the named
  actor; "the militants loyal to it" are no actor (the named one's allies).  Unnamed "gunmen",
  "militants", state media's "terrorists" are the Unidentified Armed Group.
* "X and Y, both operating under OPS": every faction named before the banner takes its side.
* A capital that speaks for its state ("Ankara said", "Moscow said"; ``capitals`` in actors.json) names
  that state at "its/their <forces>" after it.  A group named in an accusation ("on charges of dealing
  with the factions") is no actor.

Examples
--------
>>> [s.value for s in find_actors("At least 42 killed by Russian and Syrian airstrikes")]
['Russia', 'Syrian government']
>>> [s.value for s in find_actors("the Syrian Civil Defence said, according to opposition news feeds")]
[]
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from geoincidents.fields import actor_cues as cues
from geoincidents.fields import actor_groups as groups
from geoincidents.text.spans import Span

_DATA = json.loads(Path(__file__).with_name("actors.json").read_text(encoding="utf-8"))
ACTORS: dict[str, dict] = _DATA["actors"]
NON_ACTORS: list[str] = _DATA["non_actors"]
ALIASES: dict[str, str] = {a.lower(): canon for canon, d in ACTORS.items() for a in d["aliases"]}
ARMED_TYPES = frozenset({"state", "rebel", "militia", "external"})


_POSSESSIVE = re.compile(r"'s\b")


def _norm(text: str) -> str:
    """Lowercase, straight quotes, no possessive 's: "Russia’s" -> "russia"."""
    t = text.replace("’", "'").replace("“", "").replace("”", "").replace('"', "").lower()
    return " ".join(_POSSESSIVE.sub("", t).split())


def _is_acronym(a: str) -> bool:
    return a.isupper() and len(a) <= 5


# A word with inner dots, hyphens and apostrophes ("al-Sham", "Hay'at", "U.S"), never ending in one.
_TOKEN_RE = re.compile(r"\w(?:[\w'’.\-]*\w)?")


def _key(alias: str) -> str:
    """An alias normalised word by word as a sentence's words are ("U.S. forces" -> "u.s forces")."""
    return " ".join(_norm(w) for w in _TOKEN_RE.findall(alias))


#: normalised alias -> (canonical name or None for non-actors, exact-case form for acronyms or None).
_LOOKUP: dict[str, tuple[str | None, str | None]] = {}
for _n in NON_ACTORS:
    _LOOKUP[_key(_n)] = (None, None)
for _canon, _d in ACTORS.items():
    for _a in _d["aliases"]:
        _k = _key(_a)
        if _k and _k not in _LOOKUP:
            _LOOKUP[_k] = (_canon, _a if _is_acronym(_a) else None)
# The spellings of an acronym: as written, and title case for four letters or more (the "Isis", "Isil"
# of British papers; a title-cased "Is" or "Tip" is an ordinary word).
_CASES = {e: {e, e.title()} if len(e) >= 4 else {e} for _c, e in _LOOKUP.values() if e is not None}
_MAX_TOKENS = max(len(k.split()) for k in _LOOKUP)
# First word of every alias -> longest alias starting with it: most words start none, skip them cheaply.
_FIRST: dict[str, int] = {}
for _k in _LOOKUP:
    _w = _k.split()
    _FIRST[_w[0]] = max(_FIRST.get(_w[0], 0), len(_w))
# First word -> the second words of its longer aliases: "the" starts aliases but mostly starts
# none in a sentence, and then its n-grams need not be joined and looked up.
_SECOND: dict[str, frozenset[str]] = {}
for _k in _LOOKUP:
    _w = _k.split()
    if len(_w) > 1:
        _SECOND[_w[0]] = _SECOND.get(_w[0], frozenset()) | {_w[1]}
# Tokens recur from sentence to sentence: each is normalised once (bounded memo).
_norm_token = lru_cache(maxsize=4096)(_norm)


_BACKER = {w.lower(): canon for canon, words in _DATA.get("backers", {}).items() for w in words}
_CHARGE_ENDS = ("with ", "to ", "for ", "with the ", "to the ", "for the ")  # cheap test before CHARGE_BEFORE
_CAPITALS = {w: canon for canon, words in _DATA.get("capitals", {}).items() for w in words}


def _actor_of(word: str) -> str | None:
    """The actor a single word names ("HTS"), acronyms in their case, or None."""
    canon, exact = _LOOKUP.get(_norm(word), (None, None))
    return canon if exact is None or word in _CASES[exact] else None


def find_actors(sentence: str, offset: int = 0) -> list[Span]:
    """Find actor mentions; ``value`` is the canonical actor name (see :func:`_find_actors`).

    The same sentence is read up to three times (place masking, its fields, event
    refinement): results are memoised by text, and moved to ``offset``.

    >>> [(s.start, s.value) for s in find_actors("rebels shelled Ariha", offset=10)]
    [(10, 'Opposition rebels')]
    """
    return [s.shifted(offset) for s in _memo(sentence)] if offset else list(_memo(sentence))


@lru_cache(maxsize=512)
def _memo(sentence: str) -> tuple[Span, ...]:
    return tuple(_find_actors(sentence))


def _find_actors(sentence: str, offset: int = 0) -> list[Span]:
    """Find actor mentions; ``value`` is the canonical actor name.

    Parameters
    ----------
    sentence : str
    offset : int
        Start of ``sentence`` in the document; spans carry document offsets.

    Returns
    -------
    list of Span
        ``label="actor"``; attrs ``type``, ``side`` and, when obvious, ``role``.

    Examples
    --------
    >>> sp = find_actors("rebels shelled pro-regime militias near Qardaha", offset=100)
    >>> [(s.start, s.value, s.attrs.get("role")) for s in sp]
    [(100, 'Opposition rebels', 'perpetrator'), (115, 'Pro-government militias', 'victim')]
    """
    out: list[Span] = []
    words = _TOKEN_RE.findall(sentence)
    low = list(map(_norm_token, words))
    spans: list[tuple[int, int]] | None = None  # the words' offsets, found when an actor is
    i, n = 0, len(words)
    while i < n:
        longest = _FIRST.get(low[i])
        if longest is None and "-" in low[i]:
            # "a joint Russian-Turkish patrol": two actors in one hyphenated word ("pro-regime" is one alias).
            pair = _pair(low[i])
            if pair is not None:
                if spans is None:
                    spans = [m.span() for m in _TOKEN_RE.finditer(sentence)]
                s0 = spans[i][0]
                cut = s0 + words[i].index("-")
                out += [_actor_span(sentence, s0, cut, pair[0], offset), _actor_span(sentence, cut + 1, spans[i][1], pair[1], offset)]
            i += 1
            continue
        if longest is None or (low[i] not in _LOOKUP and (i + 1 == n or low[i + 1] not in _SECOND[low[i]])):
            i += 1
            continue
        hit = None
        for j in range(min(n, i + longest), i, -1):
            entry = _LOOKUP.get(" ".join(low[i:j]))
            if entry is None:
                continue
            if entry[1] is not None and _POSSESSIVE.sub("", words[i].replace("’", "'")) not in _CASES[entry[1]]:
                continue  # acronyms are case-sensitive: "IS" but not "is" ("HTS's" is HTS; "Isis" is ISIS)
            hit = (j, entry[0])
            break
        if hit is None:
            i += 1
            continue
        j, canon = hit
        if spans is None:
            spans = [m.span() for m in _TOKEN_RE.finditer(sentence)]
        s0, e0 = spans[i][0], spans[j - 1][1]
        i = j
        if canon is None or sentence[e0:e0 + 1] == "-":
            continue  # a non-actor, or a compound such as "HTS-held"
        if out and cues.GENERIC.match(sentence, s0, e0) and not sentence[out[-1].end - offset:s0].strip():
            continue  # "JWS factions": the noun of the name before it, not another actor
        if out and cues.GENERIC.match(sentence, s0, e0) and cues.LOYAL_TO_IT.match(sentence, e0):
            continue  # "regime forces and the militants loyal to it": the named actor's allies, on its side
        if sentence[max(0, s0 - 9):s0].lower().endswith(_CHARGE_ENDS) and cues.CHARGE_BEFORE.search(sentence, max(0, s0 - 70), s0):
            continue  # "arrested on charges of dealing with the factions": named in an accusation, not a side
        out.append(_actor_span(sentence, s0, e0, canon, offset))
    if groups.may_name_backer(sentence.lower()):
        out = groups.backed(sentence, out, offset, _BACKER, _actor_of, _actor_span)
    if ("its " in sentence or "their " in sentence) and any(c in sentence for c in _CAPITALS):
        out = groups.capital_pronouns(sentence, out, offset, _CAPITALS, _actor_span)
    if len(out) > 1:
        out = groups.of_named(sentence, groups.under_banner(sentence, out, offset), offset)
    _share_roles(sentence, out)
    return out


def _share_roles(sentence: str, spans: list[Span]) -> None:
    """"Rebels and regime forces clashed": actors joined by "and" share the role of the last one, and
    the later is marked ``attrs["with"]`` (the earlier's partner: actor2 only in a battle)."""
    for a, b in zip(reversed(spans[:-1]), reversed(spans[1:])):
        if not cues.AND_BETWEEN.fullmatch(sentence, a.end, b.start) \
                or (a.attrs["type"] == "civilians") != (b.attrs["type"] == "civilians"):
            continue
        b.attrs["with"] = a.value  # joined: on one side unless the verb sets them against each other
        role = b.attrs.get("role")
        if role and "role" not in a.attrs:
            a.attrs["role"] = role
        elif role is None and a.attrs.get("role") == "perpetrator":
            role = b.attrs["role"] = "perpetrator"  # "repelled by HTS and the TIP": both are the agents
        if role == "perpetrator" and not cues.RECIPROCAL_AFTER.match(sentence, b.end):
            # "regime and Russian forces launched an offensive on X": a verb done to a third side, not
            # to each other ("Rebels and regime forces clashed"): one side even in a battle.
            b.attrs["together"] = True


def primary_actors(spans: list[Span]) -> tuple[str | None, str | None]:
    """ACLED actor1/actor2 from actor spans: perpetrators first, then other armed actors, then victims.

    No direction is implied beyond ordering; civilians are only ever actor2.

    >>> primary_actors(find_actors("rebels shelled pro-regime militias"))
    ('Opposition rebels', 'Pro-government militias')
    >>> primary_actors(find_actors("Russian airstrikes killed civilians"))
    ('Russia', 'Civilians')
    >>> primary_actors([])
    (None, None)
    """
    def rank(s: Span) -> tuple[int, int]:
        role = s.attrs.get("role")
        armed = s.attrs.get("type") in ARMED_TYPES
        return (0 if role == "perpetrator" and armed else 1 if armed and role != "victim" else 2 if armed else 3, s.start)

    names: list[str] = []
    for s in sorted(spans, key=rank):
        if s.value not in names:
            names.append(s.value)
    names = [n for n in names if n != "Civilians"] + (["Civilians"] if "Civilians" in names else [])
    a1 = names[0] if names and names[0] != "Civilians" else None
    rest = [n for n in names if n != a1]
    return a1, (rest[0] if rest else None)


def _pair(token: str) -> tuple[str, str] | None:
    """The two state actors of a word such as "russian-turkish" (each half an alias of a state), or None."""
    halves = token.split("-")
    if len(halves) != 2:
        return None
    canon = [(_LOOKUP.get(h) or (None, None))[0] for h in halves]
    if None in canon or canon[0] == canon[1] or any(ACTORS[c]["type"] != "state" for c in canon):
        return None
    return canon[0], canon[1]


def _actor_span(sentence: str, s0: int, e0: int, canon: str, offset: int) -> Span:
    """The actor ``canon`` named at ``sentence[s0:e0]``, with its type, side and the role its words give."""
    text = sentence[s0:e0]
    info = ACTORS[canon]
    attrs: dict = {"type": info["type"], "side": info["side"]}
    before = sentence[max(0, s0 - 30):s0]
    after = sentence[e0:e0 + 40]
    if info["type"] == "civilians":
        attrs["role"] = "victim"  # civilians are never a side that acts
        return Span(s0 + offset, e0 + offset, text, "actor", canon, attrs)
    violent = cues.VIOLENT_AFTER.match(after)
    if violent is not None and (cues.PASSIVE.search(violent.group("pre")) or cues.PREP_PRE.match(violent.group("pre"))
                                or (cues.OBJECT_PRE.fullmatch(violent.group("pre")) and cues.OBJECT_BEFORE.search(before))):
        violent = None  # "HTS members were killed by ...", "killed five soldiers in an attack", "destroyed Syrian
        # army tanks and killed 19": not their act
    by = cues.BY_BEFORE.search(before)
    if by is not None and cues.WORDS_BY.search(before, 0, by.start() + 2):
        by, attrs["background"] = None, True  # "a truce announced by Russia": no side of this event
    if by is not None and cues.WITH_BY.search(before, 0, by.start() + 2):
        attrs["with"] = True  # "regime forces, accompanied by Russian forces, arrested": a partner, not the agent
    elif by is None and ("along" in before or " with" in before or "support" in before) and cues.ALONGSIDE_BEFORE.search(before):
        attrs["with"] = True  # "militias fighting alongside the Syrian army": an ally of whoever acts
    elif by is not None and cues.FROM_HELD.search(before):
        attrs["role"] = "perpetrator"  # "fired from areas controlled by the factions": where the weapon came from
    elif by is not None and cues.HELD_BY.search(before, 0, by.start() + 2):
        attrs["role"] = "victim"  # "a checkpoint manned by X": X holds the target, it is not the agent
    elif cues.WITH_BEFORE.search(before) and cues.SUPPORT_AFTER.match(after):
        attrs["with"] = True  # "attacked X with Russian air support": an ally, never the other side
    elif by is None and (weapon := cues.WEAPON_AFTER.match(after)) and cues.DOWNED_AFTER.match(sentence[:e0 + 80], e0 + weapon.end()):
        attrs["role"] = "victim"  # "a regime helicopter was shot down by rebels"
    elif by is None and " at " in before and cues.KILLED_AT.search(before) and cues.TARGET_AFTER.match(after) \
            and " by " not in sentence[e0:]:
        attrs["role"] = "perpetrator"  # "two brothers were shot dead at an HTS checkpoint": who holds it fired
    elif by is None and ((("down" in before or "intercept" in before) and cues.DOWNED_BEFORE.search(before))
                         or cues.TARGET_AFTER.match(after) and cues.AT_TARGET.search(before)):
        attrs["role"] = "victim"  # "hit Iranian targets", "shelled SDF positions", "shot down a Syrian army helicopter"
    elif by is not None or violent is not None or cues.WEAPON_AFTER.match(after) or (
            any(map(before.__contains__, cues.LEFT_BY_WORDS)) and cues.LEFT_BY.search(before)) or (
            " " in text and cues.WEAPON_AFTER.match(text, text.rfind(" ")) and cues.IN_BEFORE.search(before)):
        attrs["role"] = "perpetrator"  # ... "regime shelling", "Russian jets": whose the weapon is
        if (cues.LAUNCHED_BY.search(before) if by is not None else violent is not None and " th" in before and cues.LAUNCHED_REL.search(before)):
            attrs["launched"] = True  # "rockets fired by HTS": the weapon's side (see roles: disrupted weapons use)
    elif (cues.VICTIM_BEFORE.search(before) and not (cues.SUBJECT_MEMBERS.search(sentence, max(0, s0 - 60), s0)
                                                 and not cues.PASSIVE_LATER.match(sentence, e0))) \
            or cues.VICTIM_AFTER.match(after) or info["type"] == "civilians":
        attrs["role"] = "victim"
    wide = sentence[max(0, s0 - 40):s0].lower()
    if any(map(wide.__contains__, cues.AFTER_GATE)) and cues.AFTER_BEFORE.search(wide):
        attrs["background"] = True  # "... after Syrian troops took control": in the clause of an earlier event
    return Span(s0 + offset, e0 + offset, text, "actor", canon, attrs)
