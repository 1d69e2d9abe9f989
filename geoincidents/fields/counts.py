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
  reports dominate this domain; the span keeps ``attrs["term"]="casualties"``.
* "killed and injured", "casualties and injuries", "kill and wound" give
  ``kind="killed_or_injured"``: conservatively this is *not* a fatality figure,
  only an upper bound (``Casualties.fatalities_high``).
* Vague words follow ACLED: "tens" 10, "dozens"/"a dozen" 12, "scores" 20,
  "hundreds" 100.  "several", "a number of", "a few", "many" have no
  conventional value: ``value=None``, ``attrs["low"]=2``; they never set
  ``fatalities``.
* Qualifiers: "at least"/"more than"/"over" N -> best N, low N, high None (we
  report the stated figure and do not add one for "more than"); "about",
  "nearly" N -> best N ("nearly"/"up to" also set high N); exact N -> low = high = N.
* Parts are never added to a total: counts after "including"/"among the dead
  were" or before "among the ..." are ``attrs["part"]=True`` and go to
  ``victims``.  When every killed count in the sentence is a part of a total
  stated elsewhere ("Dozens of fighters were among those killed"),
  ``Casualties.part_of_previous`` is True; a single such count is the
  sub-incident's fatalities, several (a breakdown by group) set only victims.
* Best figure among several totals in one sentence: ACLED's most conservative
  rule, the smallest numeric total (vague totals only when no numeric one).
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

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from geoincidents.spans import Span

from ._numbers import NUMBER_PATTERN, is_vague, parse_number, vague_low

_DATA = json.loads((Path(__file__).with_name("counts.json")).read_text(encoding="utf-8"))
PEOPLE: dict[str, str | None] = _DATA["people"]
IMPLICIT: dict[str, str] = _DATA["implicit"]
OTHER: dict[str, str] = _DATA["other"]
SINGULAR: list[str] = _DATA["singular_people"]

QUALIFIERS: dict[str, str] = {  # as written -> bound type
    "at least": "low", "more than": "low", "over": "low", "no fewer than": "low", "no less than": "low",
    "upwards of": "low", "in excess of": "low", "a minimum of": "low",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "nearly": "high", "almost": "high", "close to": "high",
    "up to": "high", "at most": "high", "less than": "high", "fewer than": "high", "under": "high",
    "between": "range",
}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NOUN_ALT = _alt(set(PEOPLE) | set(OTHER))
_STOP = r"(?:killed|dead|died|die|wounded|injured|were|was|(?-i:is)|are|have|has|had|in|on|at|by|and|or|to|as|after|from|with|for|during|while|when|who|which|that|among|including)"
_COUNT_RE = re.compile(
    r"(?<![\w.,/-])(?:(?P<qual>" + _alt(QUALIFIERS) + r")\s+)?"
    r"(?P<num>" + NUMBER_PATTERN + r")"
    r"(?:\s*(?:-|–|to|and|or)\s*(?P<num2>\d[\d,]*))?"
    r"(?:\s+of)?"
    r"(?:(?P<mods>(?:\s+(?!" + _STOP + r"\b)(?:the\s+)?[\w'’“”\"-]+){0,3}?)\s*(?P<noun>" + _NOUN_ALT + r")(?![\w-]))?",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(
    r"\b(?P<num>an?|one)\s+(?P<mods>(?:(?:young|elderly|old|little|civilian|citizen|local|pregnant|displaced|"
    r"Syrian|Kurdish|Turkish|Russian|Iranian|Iraqi|Lebanese|Palestinian|rebel|regime|opposition|IS|ISIS|HTS|SDF|army|military|field|senior|prominent|council|tribal|former|QSD|YPG|FSA|regime's|regime’s|army's|\d+(?:st|nd|rd|th))\s+){0,2})"
    r"(?P<noun>" + _alt(SINGULAR) + r")\b",
    re.IGNORECASE,
)
_BOTH = r"(?:(?:killed|dead|deaths|casualties|martyrs)\s+(?:and|or|&|/)\s+(?:injured|wounded|injuries|injuring|wounding|wounds)|(?:kill|kills|killing|killed)\s+and\s+(?:wound|injure)\w*)"
_KILL = (r"(?:killed|killing|kill|kills|dead|died|dies|die|death|deaths|martyred|martyrdom|lost\s+their\s+lives|perished|slain|"
         r"executed|executing|execute|execution\s+of|beheaded|beheading|behead|beheads|massacred|massacre\s+of|shot\s+dead|assassinated|"
         r"lives\s+of|bodies\s+of|left|executes|crucif\w+|assassinat\w+|slaughter\w*|gunned\s+down|life\s+of|body\s+of)")
_INJ = r"(?:injured|injuring|injure|injures|wounded|wounding|wound|wounds|injuries|hurt)"
_RIGHT_CUE = re.compile(r"(?P<both>" + _BOTH + r")|(?P<part>\bamong\b)|(?P<kill>\b" + _KILL + r"\b)|(?P<inj>\b" + _INJ + r"\b)", re.I)
_LEFT_CUE = re.compile(
    r"(?:(?P<both>" + _BOTH + r")|(?P<part>including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+(?:dead|killed|victims|casualties|martyrs)(?:\s+(?:were|are|was))?)"
    r"|(?P<toll>(?:toll|number)\b[^.;]{0,60}?\bto|(?:casualties|dead|deaths|martyrs|victims)\b[^.;]{0,60}?\b"
    r"(?:rises?|rose|risen|rising|raised?|climb(?:s|ed)?|reach(?:es|ed)?|increased?)\s+to)"
    r"|(?P<kill>\b" + _KILL + r")|(?P<inj>\b" + _INJ + r"))"
    r"\W*(?:(?:of|the|a|an|off|another|all|only|its|their|least|at|family|families)\s+)*$", re.I)
_NEXT_NOUN_RE = re.compile(r"\s+(" + _NOUN_ALT + r")(?![\w-])", re.I)
_POST_QUAL = re.compile(r"\s+(?:at\s+least|or\s+more)\b", re.I)
_CONJ_FIRST = re.compile(r"\s*(?:at\s+least\s+|or\s+more\s+)?(?:,\s*)?(?:and|while|but|as\s+well\s+as|with)\s", re.I)
_RIGHT_WINDOW = 60
_LEFT_WINDOW = 45
#: Largest number read as a count; larger ones are typos, IDs or junk, and would
#: overflow the 64-bit integer columns of the incident frame.
MAX_COUNT = 1_000_000


def _plausible(n: int | None) -> int | None:
    return n if n is None or n <= MAX_COUNT else None


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
    spans: list[Span] = field(default_factory=list)


def _kind_from(m: re.Match[str] | None) -> str | None:
    if not m:
        return None
    for k in ("both", "part", "toll", "kill", "inj"):
        if m.groupdict().get(k):
            return k
    return None


def _bounds(qual: str | None, n: int | None, n2: int | None, vague_lo: int | None) -> tuple[int | None, int | None]:
    if n2 is not None and n is not None:
        return n, n2
    if n is None:
        return vague_lo, None
    if vague_lo is not None:
        return n, None
    kind = QUALIFIERS.get(re.sub(r"\s+", " ", qual.lower())) if qual else None
    if kind is None:
        return n, n
    return {"low": (n, None), "high": (None, n), "approx": (None, None), "range": (n, None)}[kind]


def _raw_matches(sentence: str) -> list[tuple[int, int, dict]]:
    found: list[tuple[int, int, dict]] = []
    # Matches of one finditer never overlap each other, so an article match ("a man") is
    # checked against the number matches only, by bisection (the pairwise check was
    # quadratic: "1 " * n took minutes).  Those are disjoint and in order: ends ascend too.
    starts: list[int] = []
    ends: list[int] = []
    for rx in (_COUNT_RE, _ARTICLE_RE):
        for m in rx.finditer(sentence):
            g = m.groupdict()
            g["_num_end"] = m.end("num2") if g.get("num2") else m.end("num")
            if rx is _ARTICLE_RE:
                g = {**g, "num": "1", "article": True, "_num_end": m.end()}
                i = bisect_left(starts, m.end())  # the number matches starting before this one ends
                if i and ends[i - 1] > m.start():
                    continue
            else:
                starts.append(m.start())
                ends.append(m.end())
            found.append((m.start(), m.end(), g))
    found.sort(key=lambda t: t[0])
    return found


_AMONG_RE = re.compile(r"among\s+the\s+" + NUMBER_PATTERN, re.I)
_KILL_RE = re.compile(_KILL, re.I)


def _has_kill(sentence: str, memo: dict) -> bool:
    """``re.search(_KILL, sentence, re.I)``, searched once per sentence."""
    if "kill" not in memo:
        memo["kill"] = _KILL_RE.search(sentence) is not None
    return memo["kill"]


def _among_after(sentence: str, s: int, memo: dict) -> bool:
    """Does "among the <number>" start at or after ``s``?  The first such match at or after the
    last ``s`` asked is kept, so rising ``s`` scan the sentence once in all."""
    since, at = memo.get("among", (None, None))
    if since is None or s < since or (at is not None and at < s):
        m = _AMONG_RE.search(sentence, s)
        since, at = memo["among"] = s, (m.start() if m else None)
    return at is not None


def find_counts(sentence: str, offset: int = 0) -> list[Span]:
    """Find counted things (people, munitions, strikes ...) in ``sentence``.

    Parameters
    ----------
    sentence : str
    offset : int
        Start of ``sentence`` in the document; spans carry document offsets.

    Returns
    -------
    list of Span
        ``label="count"``, ``value`` int or None (vague), attrs ``kind``
        ("killed", "injured", "killed_or_injured", "other"), ``qualifier``,
        ``low``, ``high``, ``group``, ``noun``, ``vague``, ``part``.

    Examples
    --------
    >>> [(s.value, s.attrs["kind"], s.attrs["group"]) for s in find_counts("rebels shelled militias, killing two fighters")]
    [(2, 'killed', 'fighters')]
    >>> [(s.value, s.attrs["kind"], s.attrs["noun"]) for s in find_counts("in addition to 67 air strikes")]
    [(67, 'other', 'air strikes')]
    """
    raw = _raw_matches(sentence)
    out: list[Span] = []
    memo: dict = {}  # sentence-wide answers, found once (per count they made this quadratic)
    prev_end, prev_kind, prev_part = 0, None, False
    for i, (s, e, g) in enumerate(raw):
        noun = (g.get("noun") or "").lower()
        noun = re.sub(r"\s+", " ", noun)
        head_group = None
        if noun:  # "rebel fighters", "Syrian Civil Defence volunteers": the head is the last noun of the run
            while True:
                nx = _NEXT_NOUN_RE.match(sentence, e)
                if not nx:
                    break
                nxt = re.sub(r"\s+", " ", nx.group(1).lower())
                if nxt in IMPLICIT and PEOPLE.get(noun):
                    head_group = PEOPLE[noun]  # "two civilians dead": group civilians, kind from "dead"
                noun, e = nxt, nx.end()
        next_start = raw[i + 1][0] if i + 1 < len(raw) else len(sentence)
        right = sentence[e:min(next_start, e + _RIGHT_WINDOW)]
        right = re.split(r"[;:.]\s", right, maxsplit=1)[0]
        left = sentence[max(prev_end, s - _LEFT_WINDOW):s]
        num_text = g["num"]
        raw_n = parse_number(num_text)
        n = _plausible(raw_n)
        vague = g.get("article") is None and is_vague(num_text)
        if noun in OTHER:
            kind, group = "other", None
        else:
            rk = _kind_from(_RIGHT_CUE.search(right)) if noun or re.match(r"\s*(?:[A-Z“\"][\w’'”\"-]*\s+){0,2}(?:were\s+|have\s+been\s+|was\s+)?(?:killed|dead|died|martyred|injured|wounded)\b", right) else None
            lk = _kind_from(_LEFT_CUE.search(left))
            if lk in ("kill", "inj", "both") and rk in ("kill", "inj") and rk != lk and _CONJ_FIRST.match(right):
                rk = None  # "killed 12 people and injured 30": the verb after "and" owns the next number
            if not noun and rk is None and lk not in ("kill", "both", "inj", "toll"):
                continue  # a bare number: not a count of anything we know
            conj = prev_kind is not None and re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as|plus)?\s*", sentence[prev_end:s], re.I)
            part = rk == "part" or lk == "part" or (conj and prev_part)
            kind_cue = rk if rk not in (None, "part") else (lk if lk not in (None, "part") else None)
            if kind_cue is None and noun in IMPLICIT:
                kind_cue = "kill" if IMPLICIT[noun] == "killed" else "inj"
            if kind_cue is None and conj:
                kind_cue = {"killed": "kill", "injured": "inj", "killed_or_injured": "both"}.get(prev_kind)
            if kind_cue is None and part and _has_kill(sentence, memo):
                kind_cue = "kill"
            kind = {"both": "killed_or_injured", "kill": "killed", "toll": "killed", "inj": "injured"}.get(kind_cue, "other")
            group = (PEOPLE.get(noun) or head_group) if noun else None
            mods = (g.get("mods") or "").strip(" “”\"")
            if noun and group is None and mods[:1].isupper():
                group = mods  # "7 Hezbollah killed": the named group
            if not noun:
                words = re.match(r"\s*((?:[A-Z“\"][\w’'”\"-]*\s*){0,2})", right)
                group = words.group(1).strip(" “”\"") if words and words.group(1).strip() else None
        qual = g.get("qual")
        end = e
        pq = _POST_QUAL.match(sentence, e)
        if pq and not qual:
            qual, end = "at least", pq.end()
        n2 = _plausible(int(g["num2"].replace(",", ""))) if g.get("num2") else None
        lo, hi = _bounds(qual, n, n2, vague_low(num_text) if vague else None)
        num_text_full = sentence[s:end] if (pq and end != e) else sentence[s:g["_num_end"]]
        attrs = {"number_text": num_text_full, "kind": kind, "qualifier": qual.lower() if qual else None, "low": lo, "high": hi,
                 "group": group, "noun": noun or None, "vague": vague}
        if n != raw_n or (g.get("num2") and n2 is None):
            attrs["implausible"] = True
        if kind != "other":
            attrs["part"] = bool(part)
            attrs["part_of_previous"] = bool(part) and not _among_after(sentence, s, memo) and not memo.get("total")
            if noun in ("casualties", "casualty"):
                attrs["term"] = "casualties"
            if lk == "toll":
                attrs["toll"] = True
        out.append(Span(s + offset, end + offset, sentence[s:end], "count", n, attrs))
        if kind == "killed" and not attrs.get("part"):
            memo["total"] = True  # a killed total is in ``out``
        prev_end, prev_kind, prev_part = end, kind if kind != "other" else None, bool(attrs.get("part"))
    return out


_AND_GROUP = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s+(?:her|his|their)?\s*$", re.I)


def _join_groups(totals: list[Span], sentence: str, offset: int) -> list[Span]:
    """"a woman and her two children", "two civilians and three fighters were killed": groups
    joined by "and" under one verb are one total, their sum (ACLED counts every victim once)."""
    out: list[Span] = []
    for s in totals:
        prev = out[-1] if out else None
        if prev is not None and prev.value is not None and s.value is not None and not prev.attrs["vague"] \
                and not s.attrs["vague"] and _AND_GROUP.fullmatch(sentence[prev.end - offset:s.start - offset]):
            attrs = {**prev.attrs, "number_text": sentence[prev.start - offset:s.end - offset],
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
    spans = find_counts(sentence, offset)
    for a, b in zip(spans, spans[1:]):
        # "two civilians and three fighters were killed", "a woman and her two children": the verb of
        # one group of people joined by "and" is the other's too.
        if _AND_GROUP.fullmatch(sentence[a.end - offset:b.start - offset]):
            kinds = {a.attrs["kind"], b.attrs["kind"]}
            people = all((x.attrs.get("noun") or "") in PEOPLE for x in (a, b))
            if kinds == {"killed", "other"} and people:
                src, dst = (a, b) if a.attrs["kind"] == "killed" else (b, a)
                dst.attrs.update(kind="killed", part=src.attrs.get("part", False),
                                 group=dst.attrs.get("group") or PEOPLE.get(dst.attrs.get("noun") or ""))
    killed = [s for s in spans if s.attrs["kind"] == "killed"]
    totals = [s for s in killed if not s.attrs.get("part")]
    parts = [s for s in killed if s.attrs.get("part")]
    res = Casualties(spans=spans)
    chosen: Span | None = None
    totals = _join_groups(totals, sentence, offset)
    numeric = [s for s in totals if s.value is not None and not s.attrs["vague"]]
    if numeric:
        chosen = min(numeric, key=lambda s: s.value)
    elif [s for s in totals if s.value is not None]:
        chosen = min((s for s in totals if s.value is not None), key=lambda s: s.value)
    elif parts and not totals:
        res.part_of_previous = any(s.attrs.get("part_of_previous") for s in parts) or True
        if len(parts) == 1 and parts[0].value is not None:
            chosen = parts[0]
    if chosen is not None:
        res.fatalities, res.fatalities_text = chosen.value, chosen.attrs["number_text"]
        res.fatalities_low, res.fatalities_high = chosen.attrs["low"], chosen.attrs["high"]
    elif totals:  # only "several"-type words: a low bound, no figure
        res.fatalities_low = totals[0].attrs["low"]
        res.fatalities_text = totals[0].attrs["number_text"]
    else:
        both = [s for s in spans if s.attrs["kind"] == "killed_or_injured" and s.value is not None]
        if both:
            res.fatalities_high, res.fatalities_text = both[0].value, both[0].attrs["number_text"]
    vic = [s for s in killed if s.attrs.get("group") in PEOPLE.values() and s.attrs.get("group") and s.value is not None]
    for s in vic:
        res.victims.setdefault(s.attrs["group"], s.value)
    if vic:
        res.victims_text = "; ".join(s.text for s in vic)
    inj = [s for s in spans if s.attrs["kind"] == "injured" and s.value is not None]
    if inj:
        res.injured = inj[0].value
    return res
