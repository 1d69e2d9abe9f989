"""Casualty counts in a sentence, and the ACLED/UCDP fatality figures they imply.

Rules (what a user can rely on)
-------------------------------
* A number counts people only when it is followed by a people noun ("72
  civilians", "two fighters", "dozens of rebel fighters", "a man") or directly by
  a casualty word ("42 killed", "7 Hezbollah killed").  Numbers before munition,
  strike, place, time or displacement nouns ("1681 missiles", "67 air strikes",
  "more than 150 raids", "hundreds of thousands of Syrian refugees") are
  ``kind="other"`` with ``attrs["noun"]``, never fatalities.
* ``kind`` comes from the nearest cue: right after the noun ("were killed",
  "dead", "among those killed"), else just before the number ("killing",
  "left", "the death of", "behead"), else the noun itself ("martyrs",
  "deaths", "casualties" -> killed; "injuries", "wounded" -> injured).
  "Casualties" is read as killed, the usage of the Syrian monitors whose
  reports dominate this domain; the span keeps ``attrs["term"]="casualties"``.  When the
  sentence names fewer dead apart ("20 casualties, including 5 dead"), the casualties are
  the wire's killed and wounded, an upper bound, and the dead are the figure.
* "killed and injured", "casualties and injuries", "kill and wound" (and "killed or
  captured", whose dead are as untold) give
  ``kind="killed_or_injured"``: conservatively this is *not* a fatality figure,
  only an upper bound (``Casualties.fatalities_high``).
* Vague words follow ACLED: "tens" 10, "dozens"/"a dozen" 12, "scores" 20,
  "hundreds" 100.  "several", "a number of", "many", "numerous" (no conventional
  value: the span has ``value=None``, ``attrs["low"]=2``) are an unknown number of
  dead, which ACLED codes as 10 (its notes say so: "Several regime soldiers were
  killed ... Unknown fatalities coded as 10"); "a few" gives 3, the least it can mean
  beyond "a couple".  The sentence's ``fatalities`` is then that code,
  ``fatalities_low`` 2, ``fatalities_high`` None, and ``fatalities_note`` says so.
  A numeric total in the same sentence always wins over a vague one.
* Qualifiers: "at least"/"more than"/"over" N -> best N, low N, high None (we
  report the stated figure and do not add one for "more than"); "about",
  "nearly" N -> best N ("nearly"/"up to" also set high N); exact N -> low = high = N.
* A number of munitions or strikes is never the dead, even right before the verb
  ("Three air strikes killed 20 people": 20), and a number next to a month name is
  the day of a date ("On March 3 four people were killed": 4).
* One person is also named by trade or kin ("shot dead a pharmacist", "his son"),
  and kin joined by "and" add up ("a mother and her three children": 4), also across the
  role's place or a name in apposition ("the mukhtar of X and his son", "a commander, Abu X,
  and two of his guards").  A series with commas ending in "and" is one total ("Two women,
  a child and an elderly man": 4), unless its first count is a wider group the rest add up
  to ("2 civilians, a man and his son": 2).  Injured groups add up the same way.
* "another" before a verb of death is one more dead, added ("Two soldiers were killed and
  another died of his wounds": 3); an ordinal person after "a" is the toll it makes ("a third
  child died": 3, an updated toll); "he later died" is one dead.
* A total right before its breakdown takes the verb after the breakdown
  ("Fifteen people, among them five children, were killed": 15, children 5).
* Parts are never added to a total: counts after "including"/"among the dead
  were" or before "among the ..." are ``attrs["part"]=True`` and go to
  ``victims``.  When every killed count in the sentence is a part of a total
  stated elsewhere ("Dozens of fighters were among those killed"),
  ``Casualties.part_of_previous`` is True; a single such count is the
  sub-incident's fatalities, several (a breakdown by group) set only victims.
* Best figure among several totals in one sentence: ACLED's most conservative
  rule, the smallest numeric total (vague totals only when no numeric one) that
  every report allows: an exact figure below a stated lower bound ("kills 9", then
  "kills at least 10") is outdated and yields to the bound.
* Dead counted "also" after the total ("More than 25 soldiers were killed ..., and 17 jihadists
  also died", "and another three died") are added to it.
* Updated and coded tolls (:mod:`.toll_updates`) outrank that rule: the last
  updated toll of the sentence ("... raising the death toll to 21") supersedes
  the counts before it, and an analyst's coded figure ("Unknown fatalities coded
  as 10") is the figure.  A campaign's cumulative toll is never a figure.
* "No fatalities were reported", "neither injuries nor fatalities", "without
  casualties" give ``fatalities=0`` (ACLED's convention) when nobody is counted dead;
  so does a sentence that counts only injured people ("a landmine wounded three",
  "several were wounded"), with ``fatalities_text`` None and ``fatalities_note`` "injuries only".
  The wounded who die are dead ("Two wounded fighters later died", "he later died").
* "Martyrs" are deaths (the monitors' and state media's word for those killed,
  fighters or civilians).  ``fatalities_note`` says how a figure was read when it is not a
  plain number of dead ("'casualties' read as deaths (the monitors' usage)", "'martyrs' are
  deaths", "'dozens' coded as 12 (ACLED)", "a range: its lower figure (ACLED)").
* "2 dead on each side" is 4; a side's own losses ("lost 5 soldiers") are added to the dead
  it caused, wherever they stand in the sentence.
* A person who tells the report is no victim ("..., a civil defence official said"); an
  attacker who "killed himself and four rebels" is one more dead.
* People taken ("abducted 9 soldiers", "arrested 20 young people") are
  ``kind="held"`` and ``Casualties.held``; they are not dead until the text says so
  ("abducted two men and later killed them": 2 dead).
* A number above :data:`MAX_COUNT` (1,000,000: more than any single incident's
  toll, and more than the war's whole toll) is not a count of anything: the span
  keeps its words with ``value=None`` and ``attrs["implausible"]=True``, so it
  never becomes a fatality figure ("99999999999999999999 were killed").

Examples
--------
>>> c = casualties("At least 42 people have been killed by Russian airstrikes")
>>> c.fatalities, c.fatalities_low, c.fatalities_high, c.fatalities_text
(42, 42, None, 'At least 42')
>>> casualties("The province was targeted with at least 1681 missiles").fatalities is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from geoincidents.text.spans import Span

from .count_spans import find_counts
from .count_words import APPOSITIVE_AND, IMPLICIT, KIN_OWNER, MAX_COUNT, OF_NAME_AND, OTHER, PEOPLE, of_body_and
from .toll_updates import CODED_TOLL, UPDATED_TOLL, captives_killed, none_reported

__all__ = ["Casualties", "MAX_COUNT", "OTHER", "PEOPLE", "VAGUE_CODES", "casualties", "find_counts"]

#: Figures for a toll stated only as a vague word (module rules): ACLED's unknown-number code.
VAGUE_CODES: dict[str, int] = {"several": 10, "many": 10, "numerous": 10, "a number of": 10, "a few": 3}


@dataclass
class Casualties:
    """Fatality figures of one sentence (ACLED best, UCDP low/high) with their evidence.

    >>> c = casualties("Among the dead were 28 children and 22 women")
    >>> c.fatalities, c.victims, c.part_of_previous
    (None, {'children': 28, 'women': 22}, True)
    """

    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_text: str | None = None
    victims: dict[str, int] = field(default_factory=dict)
    victims_text: str | None = None
    injured: int | None = None
    part_of_previous: bool = False
    held: int | None = None
    fatalities_note: str | None = None
    spans: list[Span] = field(default_factory=list)


_AND_GROUP = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus|(?:along|together)\s+with)\s+(?:her|his|their)?\s*$", re.I)


def _and_joined(sentence: str, a: Span, b: Span, offset: int) -> bool:
    """Are counts ``a`` and ``b`` groups joined by "and" ("a woman and her two children"), also across
    the place or body the first belongs to ("the mukhtar of Kafr Takharim and his son")?"""
    gap = sentence[a.end - offset:b.start - offset]
    return _AND_GROUP.fullmatch(gap) is not None or (
        KIN_OWNER.match(b.text) is not None and OF_NAME_AND.fullmatch(gap) is not None) or (
        # "9 fighters of the factions and 6 soldiers" (not "12 dead of the regime forces and 17 IS members killed")
        (b.attrs.get("noun") or "").lower() in PEOPLE and (a.attrs.get("noun") or "").lower() not in IMPLICIT
        and of_body_and(gap))


_COMMA = re.compile(r"\s*,\s*")
# Groups that are one kind of people among their peers in a series, never the whole of it.
_PEERS = frozenset({"women", "men", "children", "elderly"})


def _links(spans: list[Span], sentence: str, offset: int) -> set[tuple[int, int]]:
    """Starts ``(a, b)`` of consecutive counts that are groups of one series of people under one verb:
    joined by "and" (:func:`_and_joined`), across a name in apposition ("a commander, Abu X, and two of
    his guards"), or by commas in a series that ends in "and" ("Two women, a child and an elderly man");
    a comma after a count of unnamed people opens its breakdown ("15 people, 5 children and 3 women"),
    not a series, and so does one after a count of a wider group that the rest of the series adds up to
    ("2 civilians, a man and his son"; not "Two women, a child and an elderly man")."""
    links: set[tuple[int, int]] = set()
    pending: list[tuple[int, int]] = []
    for a, b in zip(spans, spans[1:]):
        gap = sentence[a.end - offset:b.start - offset]
        if _and_joined(sentence, a, b, offset) or APPOSITIVE_AND.fullmatch(gap):
            if pending:
                first = next(s for s in spans if s.start == pending[0][0])
                rest = [s.value for s in spans if pending[0][1] <= s.start <= b.start]
                if None not in rest and first.value == sum(rest) and first.attrs.get("group") not in _PEERS:
                    pending = pending[1:]  # an apposition: the groups are the count before them
            links.update(pending + [(a.start, b.start)])
            pending = []
        elif _COMMA.fullmatch(gap) and a.attrs.get("group") and (a.attrs.get("noun") or "") in PEOPLE \
                and (b.attrs.get("noun") or "") in PEOPLE:
            pending.append((a.start, b.start))
        else:
            pending = []
    return links


def _join_groups(totals: list[Span], sentence: str, offset: int, links: set[tuple[int, int]]) -> list[Span]:
    """"a woman and her two children", "two civilians and three fighters were killed": groups
    joined by "and" under one verb are one total, their sum (ACLED counts every victim once).  A
    vague word with a conventional value adds its value ("Some 30 fighters and a dozen soldiers":
    42); one without ("several") leaves the groups apart."""
    out: list[Span] = []
    last = None  # the last count joined into out[-1]
    for s in totals:
        prev = out[-1] if out else None
        joined = last is not None and (last.start, s.start) in links
        last = s
        if prev is not None and prev.value is not None and s.value is not None and joined:
            attrs = {**prev.attrs, "number_text": sentence[prev.start - offset:s.end - offset],
                     "vague": prev.attrs["vague"] and s.attrs["vague"],
                     "low": prev.value + s.value if prev.attrs["low"] is not None and s.attrs["low"] is not None else None,
                     "high": prev.value + s.value if prev.attrs["high"] is not None and s.attrs["high"] is not None else None,
                     "group": None}
            out[-1] = Span(prev.start, s.end, sentence[prev.start - offset:s.end - offset], "count", prev.value + s.value, attrs)
        else:
            out.append(s)
    return out


def casualties(sentence: str, offset: int = 0) -> Casualties:
    """ACLED/UCDP fatality figures of ``sentence`` (see the module rules).

    Examples
    --------
    >>> c = casualties("documented the killing of 72 civilians in Idlib during February")
    >>> c.fatalities, c.victims
    (72, {'civilians': 72})
    >>> casualties("Dozens of rebel fighters were among those killed").fatalities
    12
    >>> casualties("15 civilians were killed and injured").fatalities_high
    15
    """
    # A clause is read when segments are glued and again as a segment, and boilerplate
    # ("No fatalities were reported.") recurs across notes: read once per text, then moved to
    # ``offset`` as a fresh copy (callers may change what they are given).
    c = _memo(sentence)
    return Casualties(**{**vars(c), "victims": dict(c.victims), "spans": [s.shifted(offset) for s in c.spans]})


@lru_cache(maxsize=512)
def _memo(sentence: str) -> Casualties:
    return _casualties(sentence, 0)


def _casualties(sentence: str, offset: int) -> Casualties:
    """:func:`casualties`, uncached."""
    spans = find_counts(sentence, offset)
    if not spans:  # nothing counted (about half of all segments): only "no fatalities reported" is left to read
        res = Casualties(spans=spans)
        words = none_reported(sentence)
        if words is not None:
            res.fatalities = res.fatalities_low = res.fatalities_high = 0
            res.fatalities_text, res.fatalities_note = words, "none reported"
        return res
    links = _links(spans, sentence, offset)
    pairs = list(zip(spans, spans[1:]))
    for a, b in pairs[::-1] + pairs:  # the series' verb may stand after its last group or before its first
        # "two civilians and three fighters were killed", "a woman and her two children": the verb of
        # one group of people joined by "and" is the other's too.
        if (a.start, b.start) in links:
            kinds = {a.attrs["kind"], b.attrs["kind"]}
            people = all((x.attrs.get("noun") or "") in PEOPLE for x in (a, b))
            if kinds in ({"killed", "other"}, {"injured", "other"}) and people:  # "her husband and son were wounded"
                src, dst = (a, b) if a.attrs["kind"] != "other" else (b, a)
                dst.attrs.update(kind=src.attrs["kind"], part=src.attrs.get("part", False),
                                 group=dst.attrs.get("group") or PEOPLE.get(dst.attrs.get("noun") or ""))
    _casualties_of_both(spans)
    _update_of_both(spans)
    killed = [s for s in spans if s.attrs["kind"] == "killed"]
    totals = [s for s in killed if not s.attrs.get("part")]
    parts = [s for s in killed if s.attrs.get("part")]
    res = Casualties(spans=spans)
    chosen: Span | None = None
    totals = _join_groups(totals, sentence, offset, links)
    numeric = [s for s in totals if s.value is not None and not s.attrs["vague"]]
    updates = [s for s in killed if s.attrs.get("toll") and s.value is not None]
    coded = [s for s in updates if s.attrs.get("coded")]
    if coded or updates:
        chosen = (coded or updates)[-1]
        earlier = [s.attrs["number_text"] for s in numeric if s.start < chosen.start and s is not chosen]
        res.fatalities_note = (CODED_TOLL if coded else
                               f"{UPDATED_TOLL} supersedes {earlier[-1]!r}" if earlier else UPDATED_TOLL)
    elif numeric:
        chosen = _consistent([s for s in numeric if not s.attrs.get("also")] or numeric)
        added = [s for s in numeric if s.attrs.get("also") and s is not chosen]
        if added:  # "More than 25 soldiers were killed ..., and 17 jihadists also died": 42; "lost 5 soldiers, while
            # 2 rebels were killed": 7; a bomber "killed himself"
            chosen = _added(chosen, added, sentence, offset)
    elif [s for s in totals if s.value is not None]:
        chosen = min((s for s in totals if s.value is not None), key=lambda s: s.value)
    elif parts and not totals:
        res.part_of_previous = True  # every killed count is a part (span attrs["part_of_previous"] is per count)
        if len(parts) == 1 and parts[0].value is not None:
            chosen = parts[0]
    if chosen is not None:
        res.fatalities, res.fatalities_text = chosen.value, chosen.attrs["number_text"]
        res.fatalities_low, res.fatalities_high = chosen.attrs["low"], chosen.attrs["high"]
        res.fatalities_note = res.fatalities_note or _how_read(chosen)
    elif totals:  # only "several"-type words: ACLED's code for an unknown number of dead
        first = totals[0]
        res.fatalities = VAGUE_CODES.get(first.attrs.get("vague_word") or "")
        res.fatalities_low = first.attrs["low"]
        res.fatalities_text = first.attrs["number_text"]
        if res.fatalities is not None:
            res.fatalities_note = f"unknown number coded as {res.fatalities} (ACLED)"
    else:
        both = [s for s in spans if s.attrs["kind"] == "killed_or_injured" and s.value is not None]
        if both:
            res.fatalities_high, res.fatalities_text = both[0].value, both[0].attrs["number_text"]
        elif not killed and not any(s.attrs["kind"] == "killed_or_injured" for s in spans):
            words = none_reported(sentence)
            if words is not None:  # "No fatalities were reported": ACLED codes 0
                res.fatalities = res.fatalities_low = res.fatalities_high = 0
                res.fatalities_text, res.fatalities_note = words, "none reported"
    vic = [s for s in killed if s.attrs.get("group") in PEOPLE.values() and s.attrs.get("group") and s.value is not None]
    for s in vic:
        res.victims.setdefault(s.attrs["group"], s.value)
    if vic:
        res.victims_text = "; ".join(s.text for s in vic)
    inj = [s for s in spans if s.attrs["kind"] == "injured" and s.value is not None]
    if inj:  # groups joined under one verb add up, as the dead do ("wounded a mother and her baby": 2)
        whole = [s for s in inj if not s.attrs.get("part")]
        res.injured = _join_groups(whole, sentence, offset, links)[0].value if whole else inj[0].value
    held = [s for s in spans if s.attrs["kind"] == "held" and s.value is not None]
    if held:
        res.held = sum(s.value for s in held)
        words = captives_killed(sentence) if res.fatalities is None else None
        if words is not None:  # "abducted two men and later killed them"
            res.fatalities = res.fatalities_low = res.fatalities_high = res.held
            res.fatalities_text, res.fatalities_note = words, "captives killed"
    hurt = res.injured is not None or any(s.attrs["kind"] == "injured" for s in spans)  # "several were wounded" too
    if res.fatalities is None and res.fatalities_high is None and hurt and not killed:
        res.fatalities = res.fatalities_low = res.fatalities_high = 0  # ACLED: injuries only, 0 dead
        res.fatalities_note = "injuries only"
    return res


def _how_read(count: Span) -> str | None:
    """Which reading made ``count`` the figure, when it is not a plain number of dead: a vague word's
    conventional value, a range's lower end, the monitors' "casualties" and "martyrs" as deaths."""
    a = count.attrs
    if a.get("vague") and (a.get("vague_word") or "").endswith("s") and count.value is not None:  # not "a dozen"
        return f"{a['vague_word']!r} coded as {count.value} (ACLED)"
    if a.get("qualifier") == "between" or a.get("high") not in (None, count.value) and a.get("low") == count.value:
        return "a range: its lower figure (ACLED)"
    if a.get("term") == "casualties":
        return "'casualties' read as deaths (the monitors' usage)"
    if a.get("noun") in ("martyrs", "martyr"):
        return "'martyrs' are deaths"
    return None


# Nouns that name the dead and nothing else (not "casualties", not "victims").
_DEAD_NOUNS = frozenset({"dead", "killed", "deaths", "death", "fatalities", "fatality", "martyrs", "martyr", "bodies"})


def _casualties_of_both(spans: list[Span]) -> None:
    """"20 casualties, including 5 dead", "14 casualties: 4 dead and 10 wounded": when the sentence
    names its dead apart, fewer than its casualties, the casualties are the dead and the wounded
    (the wire's usage), an upper bound; the dead are the figure, a total of their own."""
    # (the dead by that noun alone: "5 dead", not "four children killed", SOHR's breakdown of its casualties)
    dead = [s for s in spans if s.attrs["kind"] == "killed" and s.attrs.get("noun") in _DEAD_NOUNS
            and not s.attrs.get("group") and s.value is not None]
    if not dead:
        return
    both = [s for s in spans if s.attrs.get("term") == "casualties" and s.attrs["kind"] == "killed"
            and not s.attrs.get("toll") and s.value is not None and all(d.value < s.value for d in dead)]
    for s in both:
        s.attrs.update(kind="killed_or_injured", part=False)
    if both:
        for d in dead:
            d.attrs.update(part=False, part_of_previous=False)


def _update_of_both(spans: list[Span]) -> None:
    """"5 were killed and 10 wounded ..., raising the number of casualties to 15": an update that is the
    sum of the sentence's dead and wounded counts both, an upper bound, not a death toll."""
    plain = [s.value for s in spans if s.attrs["kind"] == "killed" and not s.attrs.get("toll")
             and not s.attrs.get("part") and s.value is not None]
    hurt = [s.value for s in spans if s.attrs["kind"] == "injured" and not s.attrs.get("part") and s.value is not None]
    for s in spans:
        if plain and hurt and s.attrs.get("toll") and s.attrs["kind"] == "killed" and s.value == sum(plain) + sum(hurt):
            s.attrs.update(kind="killed_or_injured", toll=False)


def _added(total: Span, more: list[Span], sentence: str, offset: int) -> Span:
    """``total`` with the dead counted "also" after it added (their words joined by "; ")."""
    n = total.value + sum(s.value for s in more)
    low = n if total.attrs["low"] is not None and all(s.attrs["low"] is not None for s in more) else None
    high = n if total.attrs["high"] is not None and all(s.attrs["high"] is not None for s in more) else None
    words = "; ".join([total.attrs["number_text"]] + [s.attrs["number_text"] for s in more])
    a, b = min(total.start, more[0].start), max(total.end, more[-1].end)
    return Span(a, b, sentence[a - offset:b - offset], "count", n,
                {**total.attrs, "number_text": words, "low": low, "high": high, "group": None})


def _consistent(numeric: list[Span]) -> Span:
    """The smallest total that every stated lower bound allows ("kills 9" yields to "at least 10")."""
    floor = max((s.attrs["low"] for s in numeric if s.attrs["high"] is None and s.attrs["low"] is not None), default=0)
    allowed = [s for s in numeric if s.value >= floor] or numeric
    return min(allowed, key=lambda s: s.value)
