"""ACLED event type, sub-event type and weapons of a sentence.

Rules (what a user can rely on)
-------------------------------
* Cue words live in the tables ``EVENT_CUES`` and ``WEAPON_CUES`` of
  :mod:`geoincidents.fields.event_cues`; each event entry is (name, regex, ACLED event
  type, sub-event type).
* Air: air strikes, airstrikes, air raids, bare "raids" and "strikes" (but not
  "security raids" or "missile strikes"), warplanes, jets, helicopters, barrel
  bombs, drones, "aerial bombing" -> Explosions/Remote violence, Air/drone strike.
* Shelling, artillery, mortars, missiles, rockets -> Shelling/artillery/missile attack.
* Unspecified "bombing"/"bombardment": ACLED codes it as shelling unless an
  air platform is said.  We code Air/drone strike when the sentence names an air
  cue or an actor that in Syria only bombs from the air (Russia, the
  international coalition, Israel); otherwise Shelling/artillery/missile attack
  with ``attrs["air_unspecified"]=True`` so assembly can upgrade it with
  document context (e.g. "regime bombardment" in a report that counts air strikes).
* IED, landmines, car bombs, booby traps, unexplained explosions ->
  Remote explosive/landmine/IED; suicide attacks -> Suicide bomb; chemical
  agents -> Chemical weapon.
* Capture verbs (captured, seized, took control, overran, "control a village")
  -> Battles, Non-state actor overtakes territory; Government regains territory
  when the nearest actor before the verb is on the Syrian government side.
* Clashes, fighting, battles, offensives, "attack on ... positions" -> Battles, Armed clash.
* Executions, beheadings, assassinations, massacres, sniper fire, killing a
  civilian -> Violence against civilians, Attack; abductions -> Abduction/forced
  disappearance; arrests and detentions -> Strategic developments, Arrests.
* An ACLED-style note that opens with its category ("Movement of forces: ...", "Looting: ...")
  takes that category's type (``_TAGS``); "Non-violent activity: ..." keeps the strategic
  development the note reports (a patrol, a base), else is "Other".
* Rocket-propelled grenades (RPG), anti-tank and guided missiles are shelling/missile attacks.
* The rest of the codebook: rape and sexual assault -> Sexual violence; territory handed over,
  surrendered, or entered "without a fight" / "under an agreement" -> Non-violent transfer of
  territory; bombs defused, drones or missiles shot down or intercepted -> Disrupted weapons use
  (a foiled attack with no bomb is fighting); mass graves -> Other; prisoner exchanges and
  ceasefires agreed -> Agreement; general strikes and vigils -> Peaceful protest.
* Mixed sentences: the first matching cue in this priority order wins:
  disrupted > crowd dispersal > chemical > suicide > specific explosive (IED/mine/car bomb) >
  air > shelling > generic explosion > territory > armed clash > attack on civilians >
  abduction > arrests.  All other types found are in ``alternatives`` so that
  assembly can split multi-event headlines.  What a sentence reports as background is
  dropped first when something else is reported: what a protest is against ("a strike
  against the regime's offensive"), what someone is accused of, what is commemorated, the
  cause after "after the/after capturing/after days of".
* The first cue's type is then refined by its context (:mod:`geoincidents.fields.event_refine`):
  who is hit (armed people make an attack or an abduction a clash), who acts (a crowd makes
  mob violence; a state arrests, others abduct), and whether the event hit a protest
  (excessive force, protest with intervention, violent demonstration).

Examples
--------
>>> e = classify("42 Killed in Airstrikes on Idleb Province Since Sunday")
>>> e.event_type, e.sub_event_type, e.triggers[0].text
('Explosions/Remote violence', 'Air/drone strike', 'Airstrikes')
>>> classify("rebels shelled pro-regime militias near Qardaha").sub_event_type
'Shelling/artillery/missile attack'
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from geoincidents.text.spans import Span

from .actors import find_actors
from .gates import Gates, LazyPattern, compile_lowered, fold, lowers_as_ignorecase

from .event_cues import ERV, EVENT_CUES, EVENT_GATES, GRT, SD, WEAPON_CUES, WEAPON_GATES
from .event_refine import REFINE, points_back, refine_sentence

KIND: dict[str, str] = {n: n for n, *_ in EVENT_CUES}
_AIR_ACTORS = frozenset({"Russia", "International coalition", "Israel"})
# Each cue is compiled twice: with re.IGNORECASE for the sentence as written (on first use: only a
# sentence with "ı", "İ" or "ſ" reads it, see fields.gates.LazyPattern), and lower-cased
# (see fields.gates.lower_case_pattern) for the lower-cased sentence, where it finds the same
# spans about twice as fast (and faster again behind a test of their first letters, see
# fields.first_chars).
_CUE_RE = [(n, 1 << i, (LazyPattern(r"\b(?:" + rx + r")", re.I),
                        compile_lowered(r"\b(?:" + rx + r")")))
           for i, (n, rx, _, _) in enumerate(EVENT_CUES)]
_WEAPON_RE = [(1 << i, (LazyPattern(r"\b(?:" + rx + r")\b", re.I),
                        compile_lowered(r"\b(?:" + rx + r")\b")),
               tags) for i, (rx, tags) in enumerate(WEAPON_CUES, start=len(EVENT_CUES))]
# Gates of the event cues, then of the weapon cues: one mask per sentence opens both tables.
_GATES = Gates([EVENT_GATES[n] for n, *_ in EVENT_CUES] + WEAPON_GATES)
_PRIORITY = {n: i for i, (n, *_) in enumerate(EVENT_CUES)}
# A capture outranks the strikes and fighting that led to it ("captured X after heavy shelling"):
# ACLED codes the change of territory; the strikes are another event only when dated apart.
_PRIORITY["territory"] = _PRIORITY["grenade"] + 0.5
_TYPES = {n: (et, st) for n, _, et, st in EVENT_CUES}
# Events said as possible, feared or stopped, those a person is accused of ("a man suspected of
# kidnapping children") and those remembered ("a vigil for the victims of the massacre"): not
# reported as having happened here; nor those prepared for ("reinforcements in preparation for an offensive").
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|will|threat\w*|fears?|plans?\s+to|threaten\w*|reduced|halt\w*|stop\w*|"
                           r"preparations?\s+(?:for|of)|prepar(?:e|es|ed|ing)\s+(?:for|to)|"
                           r"(?:accused|suspected|charged|convicted)\s+of|charges?\s+of|anniversary\s+of|commemorat\w*|in\s+memory\s+of|"
                           r"remembrance|vigils?\s+for)\b[^.;,]*$", re.I)
_MODAL_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:would|could|will|may|might)\b", re.I)
# A ground attack repelled ("repelled an attack by regime forces", not "a drone attack"): a battle.
_REPELLED = re.compile(r"\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?:ground|large|major|fierce|violent|new|wide|attempted|"
                       r"failed|fresh)\s+)?(?:attacks?|assaults?|offensives?|advances?|attempts?|infiltrat\w+|incursions?)\b", re.I)
_AMID = re.compile(r"\b(?:amid|amidst|accompanied\s+by|backed\s+by|supported\s+by|under\s+(?:the\s+)?cover\s+of)\b[^.;]{0,40}$", re.I)
# "after the/its ...", "after capturing it", "after days of fighting", "after Syrian troops took
# control": the event told after is the cause of (or the background to) the one before.
_CAUSE = re.compile(r"\b(?:(?:following|in\s+(?:response|retaliation)\s+(?:to|for)|after)\s+(?:the|an?|its|their)\b|after\s+(?!being\b)\w+ing\b|"
                    r"after\s+(?:\w+\s+)?(?:days|weeks|hours|months|years)\s+of\b|"
                    r"after\s+(?:[\w'’-]+\s+){1,3}?(?:\w{3,}ed|took|fled|left|withdrew|fell|began|broke|struck|shot|hit)\b)", re.I)
# Words one of which every match of _HYPOTHETICAL and _MODAL_AFTER holds (folded): their
# searches around each cue run only in sentences that hold one (most hold none).
_HYPOTHETICAL_GATE = ("would", "could", "might", "may", "will", "threat", "fear", "plan", "reduced", "halt", "stop",
                      "accused", "suspected", "charge", "convicted", "anniversary", "commemorat", "memory", "remembrance",
                      "vigil", "prepar")
_CAUSE_GATE = ("following", "response", "retaliation", "after")  # and of _CAUSE
_CASE_SENSITIVE = re.compile(r"^(?:IEDs?|VBIED|S-?VBIEDs?|UAVs?|Grad|RPGs?|ATGMs?)$")
# The same words in any case: written all lower-case ("grad", "ied"), they are not these weapons.
_CASE_SENSITIVE_ANY = re.compile(_CASE_SENSITIVE.pattern, re.I)


_PEOPLE_BEFORE = re.compile(r"\b(?:fighters|soldiers|members|men|prisoners|people|civilians|militants|elements|officers|"
                            r"recruits|operatives|youths?)\s+(?:who\s+were\s+|were\s+|had\s+been\s+)?$", re.I)
_TAKEN_DURING = re.compile(r"\b(?:captured|taken|arrested|detained|abducted|kidnapped)\s+(?:during|in|amid)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:during|in|by|at|while|after|on|last|earlier|previously|two|three|\d+)\b", re.I)
# What a protest is against or held for ("a strike against the regime's offensive", "a vigil for the
# victims of the massacre", "protested the arrest of"): the cause of the protest, not an event here.
_PROTEST_OBJECT = re.compile(r"\b(?:against|denounc\w*|condemn\w*|protesting|over|demanding|for\s+the\s+(?:victims|release)\s+of|"
                             r"in\s+memory\s+of|in\s+solidarity\s+with|mourning|rejecting)\b"
                             r"(?:(?!\b(?:while|whereas|when|meanwhile|(?<!well\s)as(?!\s+well)|and\s+then)\b)[^.;,:])*$", re.I)


_OVERFLIGHT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:flew|fly|flies|flying|overfl\w+|hover\w*|circl\w+|roam\w*)\b", re.I)
_DROP_LEAFLETS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dropped|dropping|drops?|threw|throwing|scattered|scattering)\s+"
                            r"(?:\w+\s+){0,2}?(?:leaflets|flyers|pamphlets)", re.I)
_SPY_BEFORE = re.compile(r"\b(?:reconnaissance|surveillance|spy|observation|recon)\s+(?:[\w-]+\s+)?$", re.I)
_HARM_WORDS = re.compile(r"\b(?:struck|strik\w*|bomb\w*|shell\w*|target\w*|hit|hits|raid\w*|missiles?|rockets?|kill\w*|"
                         r"wound\w*|injur\w*|dead|destroy\w*|fired|attack\w*)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+)?", re.I)


def _drop_background(sentence: str, hits: dict) -> None:
    """Drop from ``hits`` the cue words that tell background, not the event reported: what a protest
    is about (``_PROTEST_OBJECT``), people "captured during clashes" (no territory taken, and the
    fighting is where they were taken), and a "raid" next to arrests (a security raid, not an air raid)."""
    if len(hits) > 1 and ("coincid" in sentence or "accompanied" in sentence or "came " in sentence or "followed" in sentence):
        for name in list(hits):  # "The airstrikes coincided with regime shelling on X": the shelling is X's
            _keep(hits, name, lambda m: not points_back(sentence, m.start(), m.end()))
    if "protest" in hits and len(hits) > 1:
        # Measured from every protest cue ("took to the streets ... to protest against the offensive").
        # The object runs to the end of the protest's clause (``_PROTEST_OBJECT`` stops at punctuation and at a
        # new clause), however many places the protest names first ("demonstrated in the camps near X in the
        # northern countryside of Y against the regime offensive").
        ends = [p.end() for p in hits["protest"]]
        for name in [n for n in hits if n != "protest"]:
            _keep(hits, name, lambda m: not any(0 <= m.start() - e <= 160 and _PROTEST_OBJECT.search(sentence, e, m.start())
                                                for e in ends))
    if "territory" in hits and len(hits) > 1:
        _keep(hits, "territory", lambda m: not (_PEOPLE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                                                and _PARTICIPLE_AFTER.match(sentence, m.end())))
    if "clash" in hits and len(hits) > 1:
        _keep(hits, "clash", lambda m: not _TAKEN_DURING.search(sentence, max(0, m.start() - 40), m.start()))
    if "assault" in hits and "looting" in hits:
        # "attacked and looted the houses of residents": the attack is the looting, on property.
        starts = [m.start() for m in hits["looting"]]
        _keep(hits, "assault", lambda m: not any(_AND_THEN.fullmatch(sentence, m.end(), s) for s in starts))
    if "air" in hits and "leaflets" in hits:
        # "coalition warplanes drop leaflets over X": the aircraft that drop leaflets strike nothing.
        _keep(hits, "air", lambda m: not _DROP_LEAFLETS.match(sentence, m.end()))
    if "air" in hits and len(hits) == 1:
        # "Russian reconnaissance aircraft flew over X": an aircraft said only to fly, hover or circle strikes nothing
        # (a spy plane's flight, or a flight in a sentence with no word of harm).
        calm = _HARM_WORDS.search(sentence) is None
        _keep(hits, "air", lambda m: not (_OVERFLIGHT.match(sentence, m.end()) and (
            calm or _SPY_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))))
    if len(hits) > 1 and " had " in sentence:
        # "the bodies of 2 men, who had been abducted a week earlier, were found": what had happened before is background.
        told_before = [n for n, ms in hits.items() if all(_PLUPERFECT.search(sentence, max(0, m.start() - 25), m.start()) for m in ms)]
        for n in told_before if len(told_before) < len(hits) else ():
            del hits[n]
    if "grenade" in hits and "air" in hits and "drop" in sentence.lower():
        del hits["grenade"]  # "a drone dropped grenades on a house": munitions dropped from the air, an air strike
    if "air" in hits and "arrest" in hits:
        _keep(hits, "air", lambda m: not m.group(0).lower().startswith("raid"))


def _keep(hits: dict, name: str, keep) -> None:
    """Keep the matches of cue ``name`` for which ``keep`` holds; the cue goes when none does."""
    kept = [m for m in hits[name] if keep(m)]
    if kept:
        hits[name] = kept
    else:
        del hits[name]


@dataclass
class EventInfo:
    """ACLED event classification of one sentence with its evidence."""

    event_type: str
    sub_event_type: str
    kind: str
    weapons: list[str] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    alternatives: list[tuple[str, str]] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)


def find_weapons(sentence: str) -> list[str]:
    """Normalised weapon tags said in ``sentence`` (in table order, no duplicates).

    >>> find_weapons("targeted with at least 1681 missiles, 67 air strikes and 116 cluster rockets")
    ['cluster munitions', 'missiles']
    """
    low = sentence.lower()
    return _weapons(sentence, low, _GATES.mask(low))


def _weapons(sentence: str, low: str, gates: int) -> list[str]:
    """:func:`find_weapons` with the lower-cased sentence and its gate mask (``_GATES``) already computed."""
    out: list[str] = []
    k, target = (1, low) if lowers_as_ignorecase(sentence) else (0, sentence)
    for bit, rxs, tags in _WEAPON_RE:
        if not gates & bit:
            continue
        for m in rxs[k].finditer(target):
            text = sentence[m.start():m.end()]  # as written (``target`` may be lower-cased)
            if _CASE_SENSITIVE_ANY.match(text) and not text[0].isupper():
                continue  # "a grad student", "ied" inside a garbled word: not the weapon
            if not (_CASE_SENSITIVE.match(text) is None and text.isupper() and len(text) <= 5):
                out.extend(t for t in tags if t not in out)
                break
    return out


# ACLED-style notes may open with the analyst's category ("Movement of forces: On 4 May ...",
# "Looting: ..."): the category is the event type, whatever else the note mentions.
_TAGS: dict[str, tuple[str, str]] = {
    "movement of forces": (SD, "Change to group/activity"), "security measures": (SD, "Change to group/activity"),
    "change to group/activity": (SD, "Change to group/activity"), "looting": (SD, "Looting/property destruction"),
    "property destruction": (SD, "Looting/property destruction"),
    "looting/property destruction": (SD, "Looting/property destruction"), "arrests": (SD, "Arrests"),
    "other": (SD, "Other"), "agreement": (SD, "Agreement"),
    "headquarters or base established": (SD, "Headquarters or base established"),
    "non-violent transfer of territory": (SD, "Non-violent transfer of territory"),
    "disrupted weapons use": (ERV, "Disrupted weapons use"),
    # A broader heading: the note's own strategic development when it reports one, else ACLED's "Other".
    "non-violent activity": (SD, "Other"),
}
_TAG = re.compile(r"^\s*(" + "|".join(re.escape(t) for t in sorted(_TAGS, key=len, reverse=True)) + r")\s*:\s", re.I)


def _tagged(sentence: str, offset: int, found: EventInfo | None) -> EventInfo | None:
    """The event a note's opening category names (None without one)."""
    m = _TAG.match(sentence)
    if m is None:
        return None
    et, st = _TAGS[fold(m.group(1))]  # fold: "ſ", "ı", "İ" match the tag as re.IGNORECASE reads them
    if found is not None and (found.event_type, found.sub_event_type) == (et, st):
        return found
    if st == "Arrests" and found is not None and found.sub_event_type == "Abduction/forced disappearance":
        return found  # the same detention by a non-state actor: ACLED's abduction
    if fold(m.group(1)) == "non-violent activity" and found is not None and found.event_type == SD:
        return found  # "Non-violent activity: ... conducted a joint patrol": the patrol's own type
    trig = Span(m.start(1) + offset, m.end(1) + offset, m.group(1), "event_trigger", "tag")
    return EventInfo(et, st, "tag", found.weapons if found else [], [trig], [], {"tag": m.group(1)})


def classify(sentence: str, offset: int = 0) -> EventInfo | None:
    """Classify ``sentence``; an opening category tag of an ACLED-style note wins (see ``_TAGS``)."""
    found = _classify(sentence, offset)
    if ":" in sentence[:40]:
        return _tagged(sentence, offset, found) or found
    return found


def _classify(sentence: str, offset: int = 0) -> EventInfo | None:
    """Classify ``sentence`` into an ACLED event type; None when no event cue is found.

    Parameters
    ----------
    sentence : str
    offset : int
        Start of ``sentence`` in the document; trigger spans carry document offsets.

    Examples
    --------
    >>> e = classify("HTS captured all of Idlib province from rebel groups in January", offset=7)
    >>> e.sub_event_type, (e.triggers[0].start, e.triggers[0].text)
    ('Non-state actor overtakes territory', (11, 'captured'))
    >>> classify("regime forces took control of the village").sub_event_type
    'Government regains territory'
    >>> classify("Helpful keywords") is None
    True
    """
    hits: dict[str, list[re.Match[str]]] = {}
    low = sentence.lower()
    gates = _GATES.mask(low)
    # Matches are found in the lower-cased sentence where that is exact: their words are read
    # case-insensitively below, and as written (``sentence[m.start():m.end()]``) where case matters.
    k, target = (1, low) if lowers_as_ignorecase(sentence) else (0, sentence)
    # Words taken by earlier cues: disjoint spans in order (their ends ascend too), tested by
    # bisection; one cue's matches never overlap each other, so its spans join after its run
    # (the pairwise test was quadratic in a long sentence).
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for name, bit, rxs in _CUE_RE:
        if not gates & bit:
            continue
        new: list[tuple[int, int]] = []
        for m in rxs[k].finditer(target):
            text = sentence[m.start():m.end()]
            if _CASE_SENSITIVE_ANY.match(text) and not text[0].isupper():
                continue
            i = bisect_left(taken_starts, m.end())
            if i and taken_ends[i - 1] > m.start():
                continue  # one word, one cue (the higher-priority one)
            new.append(m.span())
            hits.setdefault(name, []).append(m)
        if new:
            merged = sorted(list(zip(taken_starts, taken_ends)) + new)
            taken_starts, taken_ends = [a for a, _ in merged], [b for _, b in merged]
    if not hits:
        return None
    real = hits
    folded = low if k else fold(sentence)
    if any(map(folded.__contains__, _HYPOTHETICAL_GATE)):
        real = {n: [m for m in ms if not (_HYPOTHETICAL.search(sentence, max(0, m.start() - 60), m.start())
                                          or _MODAL_AFTER.match(sentence, m.end()))] for n, ms in hits.items()}
        real = {n: ms for n, ms in real.items() if ms}
    attrs: dict = {}
    if real:  # hypothetical mentions ("bombardments would resume") only count when nothing else is said
        hits = real
    else:
        attrs["hypothetical"] = True
    actors: list[Span] | None = None
    if ("bombing" in hits or list(hits) == ["target"]) and "air" not in hits:
        actors = find_actors(sentence)
        if any(a.value in _AIR_ACTORS for a in actors):
            hits["air"] = hits.pop("bombing" if "bombing" in hits else "target")
            attrs["air_from_actor"] = True
        else:
            attrs["air_unspecified"] = True
    _drop_background(sentence, hits)
    if not hits:
        return None  # every cue was background ("reconnaissance aircraft flew over X")
    ordered = sorted(hits, key=_PRIORITY.__getitem__)
    best = ordered[0]
    if best in ("air", "shelling", "bombing") and "clash" in hits and (
            _AMID.search(sentence, 0, hits[best][0].start()) or hits["clash"][0].start() < hits[best][0].start()
            and any(_REPELLED.match(sentence, m.end()) for m in hits["clash"] if m.group(0)[:3].lower() == "rep")):
        # "clashes took place ... amid regime artillery attacks", "Rebels, backed by Turkish artillery fire, launched a
        # counter-attack": the strikes accompany the clash, before it or after (ACLED codes the clash);
        # "repelled an attack ... and destroyed a tank with a guided missile": the weapon is the battle's.
        ordered.remove("clash")
        best = "clash"
        ordered.insert(0, best)
    cause = _CAUSE.search(sentence) if len(ordered) > 1 and any(map(folded.__contains__, _CAUSE_GATE)) else None
    if cause is not None and hits[best][0].start() > cause.start():
        # "carried out arrests ... following the targeting of a vehicle with an IED": the event after
        # "following" is the cause, told before; the sentence reports the one before it.
        main = next((n for n in ordered if hits[n][0].start() < cause.start()), None)
        comma = sentence.find(",", cause.end())
        if main is None and comma > 0 and not sentence[:cause.start()].rsplit(",", 1)[-1].strip():
            # "Following a drone strike on its position, the SDF arrested 5 people": the cause opens the
            # sentence (or follows its date) and the report comes after its comma.
            end = min((i for i in (sentence.find(";", comma), sentence.find(".", comma)) if i > 0), default=len(sentence))
            main = next((n for n in ordered if any(comma < m.start() < end for m in hits[n])), None)
        if main is not None:
            ordered.remove(main)
            best = main
            ordered.insert(0, best)
    et, st = _TYPES[best]
    if best == "territory":
        actors = actors if actors is not None else find_actors(sentence)
        trig = hits[best][0].start()
        # (not the target of an attack told first: "attacked regime positions in X and regained control of it")
        before = [a for a in actors if a.end <= trig and a.attrs.get("type") != "civilians"]
        before = [a for a in before if a.attrs.get("role") != "victim"] or before
        if hits[best][0].group(0).lower().startswith("fell"):
            # "X fell to regime forces": the taker is named in the cue, after the verb.
            before = [a for a in actors if trig <= a.start < hits[best][0].end() and a.attrs.get("type") != "civilians"]
        if before and before[-1].attrs.get("side") == "Syrian government":
            st = GRT
        if before:
            attrs["subject"] = before[-1].value
    if best in REFINE:
        actors = actors if actors is not None else find_actors(sentence)
        et, st = REFINE[best](sentence, hits, actors, et, st)
    et, st = refine_sentence(sentence, folded, hits, best, et, st)
    triggers = [Span(m.start() + offset, m.end() + offset, sentence[m.start():m.end()], "event_trigger", best)
                for m in hits[best]]
    alts = []
    for n in ordered[1:]:
        if _TYPES[n] != (et, st) and _TYPES[n] not in alts:
            alts.append(_TYPES[n])
            # Where each other event is said: a capture's strikes may have a date of their own.
            attrs.setdefault("alt_at", {})[_TYPES[n][1]] = hits[n][0].start() + offset
    return EventInfo(et, st, KIND[best], _weapons(sentence, low, gates), triggers, alts, attrs)
