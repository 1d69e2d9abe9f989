"""Actors named as groups of other actors: by who backs them, the banner they fight under, or a bare
group noun of a named actor (see :mod:`geoincidents.fields.actors`, which calls these folds on its spans).

Hand-written patterns over the few constructions wire copy, monitors and ACLED notes use for this.
"""
from __future__ import annotations

import re
from typing import Callable

from geoincidents.fields import actor_cues as cues
from geoincidents.text.spans import Span

#: Builds an actor span: (sentence, start, end, canonical name, offset) -> Span.
MakeSpan = Callable[[str, int, int, str, int], Span]

# "opposition rebels, operating under OPS", "JWS, which operates under Operation Peace Spring": a
# faction named with the banner it fights under; the banner says whose side it is.
UNDER_BETWEEN = re.compile(r"(?:\s+(?:rebels|factions?|fighters|forces|militants|groups?))?,?\s+(?:(?:which|who|that|both)\s+operates?\s+|operating\s+|fighting\s+)?under\s+"
                            r"(?:the\s+)?(?:(?:umbrella|banner|command)\s+of\s+(?:the\s+)?)?", re.I)


# "Ankara-backed fighters", "pro-Turkish militants", "US-backed forces": a group named by the state that
# backs it (the state's words are actors.json's "backers"); "HTS-affiliated gunmen", "IS-linked cells": a group
# named by the actor it belongs to.  The group noun is generic (a named group, "Turkish-backed Hamza
# Division", keeps its own name).
_BACKED_WORDS = ("backed", "supported", "sponsored", "allied", "aligned", "affiliated", "linked", "loyal")
# ("Turkey backed factions", unhyphenated as ACLED's notes often write it, only after a backer's word.)
BACKED = re.compile(r"\b(?:(?P<a>[A-Za-z][\w.']*?)(?P<sep>[-\s])(?:backed|supported|sponsored|allied|aligned|affiliated|linked|loyal)|"
                     r"pro-(?P<b>[A-Za-z][\w.]*))\s+"
                     r"(?:(?:Syrian|local|allied|armed|opposition|rebel|militant|Islamist|jihadist|Arab)\s+){0,2}"
                     r"(?:rebels?|fighters?|factions?|militants?|groups?|forces|militias?|militiamen|gunmen|opposition|troops)\b", re.I)


def may_name_backer(lowered: str) -> bool:
    """Whether a lower-cased sentence holds a word :data:`BACKED` needs (substring tests: cheap)."""
    return ("backed" in lowered or "pro-" in lowered or "support" in lowered or "allied" in lowered or "linked" in lowered
            or "loyal" in lowered or "affiliat" in lowered or "sponsor" in lowered or "aligned" in lowered)


def _matches(sentence: str) -> list[re.Match[str]]:
    """``BACKED.finditer(sentence)``, found from its key words: the pattern is tried only at the start of
    the word before "-backed"/" backed" (and the like) or at "pro-", not at every position (a sentence
    holding "supported" or "loyal" mostly names no backed group; the full search cost ~15 us a sentence)."""
    low = sentence.lower()
    starts = set()
    k = low.find("pro-")
    while k >= 0:
        starts.add(k)
        k = low.find("pro-", k + 1)
    for word in _BACKED_WORDS:
        k = low.find(word)
        while k >= 0:
            j = k - 1  # the separator before the key word
            if j > 0 and low[j] in "- ":
                i = j
                while i > 0 and (low[i - 1].isalnum() or low[i - 1] in "._'"):
                    i -= 1
                if i < j:
                    starts.add(i)
            k = low.find(word, k + 1)
    out: list[re.Match[str]] = []
    for start in sorted(starts):
        if out and start < out[-1].end():
            continue  # inside the match before (finditer's matches never overlap)
        m = BACKED.match(sentence, start)
        if m is not None:
            out.append(m)
    return out


def backed(sentence: str, spans: list[Span], offset: int, backers: dict[str, str],
           actor_of: Callable[[str], str | None], make: MakeSpan) -> list[Span]:
    """Name "<state>-backed <group>" as the group the state backs, in place of the generic actors inside it.

    ``backers`` maps a state's words to the group it backs, ``actor_of`` names the actor of a word ("HTS"),
    ``make`` builds the new actor span (with its role)."""
    for m in _matches(sentence):
        name = m.group("a") or m.group("b")
        canon = backers.get(name.lower())
        if canon is None and m.group("sep") == "-":  # "HTS-affiliated": the actor itself
            canon = actor_of(name)
        if canon is None:
            continue
        s0, e0 = m.start() + offset, m.end() + offset
        inside = [sp for sp in spans if sp.start < e0 and sp.end > s0]
        g = "a" if m.group("a") else "b"
        if any(sp.value not in (canon, "Opposition rebels", "Unidentified Armed Group (Syria)")
               and not m.start(g) <= sp.start - offset < m.end(g) for sp in inside):  # (the backer's own name is no group)
            continue  # a named actor inside ("Turkish-backed Sultan Murad fighters"): its own name stands
        spans = sorted([sp for sp in spans if sp not in inside] + [make(sentence, m.start(), m.end(), canon, offset)],
                       key=lambda sp: sp.start)
    return spans


def under_banner(sentence: str, spans: list[Span], offset: int) -> list[Span]:
    """Fold "<faction> operating under <banner>" into one actor: the faction's words and role, with
    the banner's name when the banner is more specific (a rebel banner of Turkey's side)."""
    out: list[Span] = []
    for b in spans:
        a = out[-1] if out else None
        if a is not None and a.attrs["type"] == "rebel" and b.attrs["type"] == "rebel" \
                and b.attrs["side"] != "opposition" and UNDER_BETWEEN.fullmatch(sentence, a.end - offset, b.start - offset):
            both = re.match(r"\W*(?:\w+\W+)?(?:both|all)\b", sentence[a.end - offset:b.start - offset], re.I)
            # "X clashed with another JWS faction, both operate under OPS": every faction named before is on the banner's side
            for i, c in enumerate(out if both else out[-1:], start=0 if both else len(out) - 1):
                if c.attrs["type"] == "rebel" and c.attrs["side"] == "opposition" or c is a:
                    attrs = {**b.attrs, **{k: v for k, v in c.attrs.items() if k not in ("type", "side")}}
                    out[i] = Span(c.start, c.end, c.text, "actor", b.value, attrs)
            continue
        out.append(b)
    return out


def of_named(sentence: str, spans: list[Span], offset: int) -> list[Span]:
    """Fold "<group noun> of <named actor>" ("the factions of the NLF") into the named actor, which keeps
    the noun's words' role and partner when it has none of its own."""
    out: list[Span] = []
    for b in spans:
        a = out[-1] if out else None
        if a is not None and b.attrs["type"] != "civilians" and cues.GENERIC.fullmatch(a.text) \
                and cues.OF_NAMED_BETWEEN.fullmatch(sentence, a.end - offset, b.start - offset):
            attrs = {**{k: v for k, v in a.attrs.items() if k not in ("type", "side")}, **b.attrs}
            out[-1] = Span(a.start, b.end, sentence[a.start - offset:b.end - offset], "actor", b.value, attrs)
            continue
        out.append(b)
    return out


# "Ankara said one of its observation posts ...", "Moscow said its forces ...": a capital that speaks for its
# state, and the state's own forces named only by the pronoun after it.
_SAID = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:has\s+|had\s+)?(?:said|says|announced|reported|stated|claimed|confirmed)\b")
_ITS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:forces|soldiers|troops|servicemen|personnel|"
                  r"observation\s+(?:posts?|points?)|military\s+(?:posts?|points?|police|convoys?|vehicles?)|positions?|"
                  r"bases?|convoys?|patrols?|warplanes|jets|drones?)\b", re.I)


def capital_pronouns(sentence: str, spans: list[Span], offset: int, capitals: dict[str, str],
                     make: MakeSpan) -> list[Span]:
    """Add the state a capital speaks for ("Ankara said") at "its/their <forces>" after it.

    ``capitals`` maps a capital's name to its state's actor; ``make`` builds the span (with its role)."""
    said = next((m for m in _SAID.finditer(sentence) if m.group("who") in capitals), None)
    if said is None:
        return spans
    canon = capitals[said.group("who")]
    for m in _ITS.finditer(sentence, said.end()):
        if not any(sp.start < m.end() + offset and sp.end > m.start() + offset for sp in spans):
            spans = sorted(spans + [make(sentence, m.start(), m.end(), canon, offset)], key=lambda sp: sp.start)
    return spans
