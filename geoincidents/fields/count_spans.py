"""Counted things in one sentence: people (killed, injured, both), munitions, strikes, places.

See :mod:`.counts` for the rules a user relies on; this module finds the spans, one per
number (or article: "a shepherd"; where they may stand: :mod:`.count_matches`), each with its
kind from the nearest cue.
"""
from __future__ import annotations

import re

from geoincidents.text.spans import Span

from .numbers import NUMBER_PATTERN, is_vague, parse_number, vague_low
from .count_matches import lowered as _lowered, raw_matches as _raw_matches
from .count_words import (ACTIVE_VERB, AND_INJURED, APPOSITIVE_AND, CONJ_FIRST, FAMILY_OF, IMPLICIT, KILL, KIN_OWNER, LEFT_CUE,
                          LEFT_STEMS, LEFT_WINDOW, MAX_COUNT, MONTH_WORDS, NEXT_NOUN_RE, OF_NAME_AND, ORDINAL_VALUES, of_body_and,
                          OTHER, PART_NEXT, PEOPLE, POST_QUAL, QUALIFIERS, RIGHT_CUE, RIGHT_WINDOW)
from .first_chars import word_alternation
from .gates import compile_lowered
from .toll_updates import coded_numbers, toll_numbers, war_spans

__all__ = ["find_counts"]


def _plausible(n: int | None) -> int | None:
    return n if n is None or n <= MAX_COUNT else None


def _kind_from(m: re.Match[str] | None) -> str | None:
    if not m:
        return None
    for k in ("both", "part", "toll", "kill", "inj", "held"):
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
    kind = QUALIFIERS.get(_SPACES.sub(" ", qual.lower())) if qual else None
    if kind is None:
        return n, n
    return {"low": (n, None), "high": (None, n), "approx": (None, None), "range": (n, None)}[kind]


# The cue patterns again, lower-cased, for the lower-cased sentence (see count_matches.lowered).
_RIGHT_LOW = compile_lowered(RIGHT_CUE.pattern, first_chars=False)
_LEFT_LOW = compile_lowered(LEFT_CUE.pattern)
_STEMS_LOW = compile_lowered(LEFT_STEMS.pattern, first_chars=False)
_NEXT_NOUN_LOW = compile_lowered(NEXT_NOUN_RE.pattern, first_chars=False)


# Civilian bodies whose members are counted ("members of the Civil Defence", "of the Red Crescent").
_RESCUE_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:Syrian\s+)?(?:White\s+Helmets|Civil\s+Defen[cs]e|(?:Syrian\s+Arab\s+)?Red\s+"
                          r"Crescent|medical\s+(?:staff|teams?)|ambulance\s+(?:crews?|teams?))\b", re.I)

# Compiled once (the module-level re functions look each pattern up per call, in the hot loop).
# The named body the people counted belong to ("of the Turkish-backed 'National Front for Liberation'").
_OF_NAMED_BODY = re.compile(r" of (?:the )?(?:[a-z][\w-]* )?['‘\"“]?(?:[A-Z][\w’'-]*|al-[\w'’-]+)"
                            r"(?: (?:[A-Z][\w’'-]*|al-[\w'’-]+|for|of|the|al))*['’\"”]?")
_LONG_BODY = 20
_SPACES = re.compile(r"\s+")
_CLAUSE_END = re.compile(r"[;:.]\s")
_BARE_HARM = re.compile(r"\s*(?:(?:of\s+)?(?:them|whom|those)\s+)?(?:[A-Z“\"][\w’'”\"-]*\s+){0,2}"  # ("One of them later died")
                        r"(?:were\s+|have\s+been\s+|was\s+)?(?:later\s+|also\s+|subsequently\s+)?"
                        r"(?:killed|dead|died|martyred|injured|wounded|hurt)\b")
# ("a woman and her three children": the possessive before the number is the group's)
_JOINED = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus|(?:along|together)\s+with)?\s*(?:(?:his|her|their)\s+)?", re.I)
_NAMED = re.compile(r"\s*((?:[A-Z“\"][\w’'”\"-]*\s*){0,2})")
# Nouns that say by themselves what befell the people counted (not "casualties", "victims": either).
_HARM_NOUNS = {n: "kill" if IMPLICIT[n] == "killed" else "inj" for n in ("dead", "killed", "martyrs", "martyr", "wounded", "injured")}
# A group of dead added to those before it in the sentence ("..., and 17 jihadists also died").
_ALSO_AFTER = re.compile(r"\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?also\b", re.I)
# A person who tells the report ("a civil defence official said", "according to a local official").
_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|reported|reports|added|stated|confirmed|announced|explained|"
                     r"claimed|denied)\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.I)
# Only the verb between a counted subject and "himself" ("A man blew himself up").
_SUBJECT_VERB = re.compile(r"\s*(?:(?:then|later|reportedly|allegedly)\s+)?(?:kill\w*)?\s*", re.I)
# The possessive that opens kin joined to a person before it ("... and his son").
_ANOTHER_BEFORE = re.compile(r"\b(?:and\s+another|(?:and|while|but)\s+los(?:ing|t))\s+$", re.I)
# "A father was killed along with his three children": more dead (not within a breakdown: "including 5
# soldiers along with 5 civilians" are parts).
_ALONG_BEFORE = re.compile(r"\b(?:along|together)\s+with(?:\s+(?:his|her|their))?\s+$", re.I)
# A conjunction right before a cue: the cue opens the next predicate ("... in Ariha and injured 3").
_CONJ_BEFORE_CUE = re.compile(r"(?:\band|\bwhile|\bbut|\bbefore)\s+(?:the\s+)?$", re.I)
# Deaths told after the event: the wounded who died later.
_DIED_LATER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:(?:later|subsequently|eventually)\s+(?:died|succumbed)\b|"
                         r"(?:died|succumbed)\s+(?:later\b|(?:of|to|from)\s+(?:his|her|their|the)?\s*(?:wounds|injuries)))", re.I)
# Another source's figure after a contrast: it competes with the count before (ACLED: the most conservative).
_COMPETING = re.compile(r"\b(?:but|while|whereas|however)\b[^.;]{0,60}?\b(?:put|puts|putting|gave|gives|estimated|"
                        r"estimates|said|says|reported|reports)\b[^.;]{0,40}$", re.I)
_EACH_SIDE = re.compile(r"\s+(?:\w+\s+){0,2}?(?:on|from|for)\s+each\s+side\b", re.I)
_OTHERS_NEXT = re.compile(r"\s*,\s*(?:and\s+)?(?:others?|more|many\s+others)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)
_AMONG_RE = re.compile(r"among\s+the\s+" + NUMBER_PATTERN, re.I)
_KILL_RE = re.compile(KILL, re.I)


_MONTH_BEFORE = re.compile(r"\b(" + word_alternation(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\.?\s+$", re.I)


def _after_month(text: str, s: int) -> bool:
    """Does a month name end right before position ``s`` ("March 3")?"""
    return _MONTH_BEFORE.search(text, max(0, s - 11), s) is not None


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


def _nth(words: str, noun: str, g: dict) -> int | None:
    """The ordinal of one person after "a"/"an" ("a third child", "a second Turkish soldier", "a third"), else None."""
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    if first not in ("a", "an"):
        return None
    if noun in ORDINAL_VALUES:
        return ORDINAL_VALUES[noun]
    mods = (g.get("mods") or "").split()
    return ORDINAL_VALUES.get(mods[0].lower()) if mods else None


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
    low = _lowered(sentence)
    raw = _raw_matches(sentence, low)
    if not raw:
        return []  # no number: nothing counted (most segments), so no toll words to look for
    # Cue windows are searched lower-cased where that reads them exactly.
    right_cue, left_cue, left_stems, next_noun = (_RIGHT_LOW, _LEFT_LOW, _STEMS_LOW, _NEXT_NOUN_LOW) if low is not None \
        else (RIGHT_CUE, LEFT_CUE, LEFT_STEMS, NEXT_NOUN_RE)
    text = low if low is not None else sentence
    out: list[Span] = []
    memo: dict = {}  # sentence-wide answers, found once (per count they made this quadratic)
    # Numbers of updated tolls ("the death toll rose to 21") and coded tolls ("fatalities coded as 10").
    marks = {a: ("cumulative" if cumulative else "toll") for a, _, cumulative in toll_numbers(sentence)}
    marks.update((a, "coded") for a, _ in coded_numbers(sentence))
    war = war_spans(sentence)  # "a conflict that has killed 380,000 since it began in 2011": the war's toll
    if war:
        for _, _, g in raw:
            if any(a <= g["_num_start"] < b for a, b in war):
                marks.setdefault(g["_num_start"], "cumulative")
    prev_end, prev_kind, prev_part = 0, None, False
    for i, (s, e, g) in enumerate(raw):
        if g["num"].lower() == "one" and sentence[max(0, s - 3):s].lower() == "no ":
            continue  # "No one was killed": nobody, not a count of one
        if g.get("article") and (_SPEAKS.match(sentence, e) or _ACCORDING.search(sentence, max(0, s - 16), s)):
            continue  # "..., a civil defence official said,": the source of the report, not a victim
        noun = (g.get("noun") or "").lower()
        noun = _SPACES.sub(" ", noun)
        if not noun and FAMILY_OF.search(text, max(0, s - 12), s):
            noun = "people"  # "a family of five": five people
        head_group = adjective = None
        if noun:  # "rebel fighters", "Syrian Civil Defence volunteers": the head is the last noun of the run
            while True:
                nx = next_noun.match(text, e)
                if not nx:
                    break
                nxt = _SPACES.sub(" ", nx.group(1).lower())
                if nxt == "more" or noun in OTHER and nxt not in OTHER:
                    # "three air strikes killed 20 people": the strikes are counted, the verb is not a
                    # noun; "13 citizens more than half of them": "more" is a noun only after the number.
                    break
                if PEOPLE.get(noun) and nxt in PEOPLE and PEOPLE[nxt] is None:
                    # "two civilians dead", "five children brothers": the group of the noun before
                    # a groupless one (kind from "dead", if any)
                    head_group = PEOPLE[noun]
                elif noun in IMPLICIT and nxt in PEOPLE and nxt not in IMPLICIT:
                    adjective = IMPLICIT[noun]  # "seven wounded civilians": wounded, whatever the cues around
                noun, e = nxt, nx.end()
        # The cue window ends at the next number, but not at a bare "one" ("Six members of one
        # family were killed": the family's "one" counts nobody).
        k = i + 1
        while k < len(raw) and raw[k][2]["num"].lower() == "one" and (raw[k][2].get("noun") or "").lower() in ("", "family"):
            k += 1
        next_start = raw[k][0] if k < len(raw) else len(sentence)
        # ("A member of the Turkish-backed 'National Front for Liberation' was killed": the window starts after the body)
        # (a long name only: a short one, "of ISIS", leaves the verb inside the window anyway)
        body = _OF_NAMED_BODY.match(sentence, e) if sentence.startswith(" of ", e) else None
        reach = body.end() - e if body and body.end() - e >= _LONG_BODY else 0
        right = sentence[e:min(next_start, e + RIGHT_WINDOW + reach)]
        right = _CLAUSE_END.split(right, maxsplit=1)[0]
        num_text = g["num"]
        if num_text[:1].isdigit() and _after_month(text, s):
            continue  # "On March 3 four people were killed": the day of a date, not a count
        raw_n = parse_number(num_text)
        n = _plausible(raw_n)
        vague = g.get("article") is None and is_vague(num_text)
        if noun in OTHER:
            kind, group = "other", None
        else:
            rm = right_cue.search(text[e:e + len(right)]) if noun or _BARE_HARM.match(right) else None
            rk = _kind_from(rm)
            if rk in ("kill", "inj") and e + len(right) == next_start and not right[rm.end():].strip() \
                    and rm.group(0).lower().endswith(("ing", "s")) and ACTIVE_VERB.fullmatch(rm.group(0)):
                rk = None  # "shot a commander, killing him": the verb's object is the count after it
            left = text[max(prev_end, s - LEFT_WINDOW):s]
            lk = _kind_from(left_cue.search(left)) if left_stems.search(left) else None
            mark = marks.get(g["_num_start"])
            if mark:
                lk = "toll"
            if lk == "toll" and not mark and _COMPETING.search(text, max(0, s - 80), s):
                lk = "kill"  # "Officials said 7 died, but the monitor put the toll at 10": another source's count
            if rk is None and lk is None and noun and noun not in IMPLICIT and PART_NEXT.match(sentence, e):
                # The total before a breakdown: its verb follows the breakdown ("..., were killed"),
                # unless a verb before it owns it ("killed 15 people, including 5 children, and wounded 30").
                wide = _CLAUSE_END.split(text[e:e + 2 * RIGHT_WINDOW], maxsplit=1)[0]
                rm = next((m for m in right_cue.finditer(wide) if _kind_from(m) != "part"), None)
                rk = _kind_from(rm)
            if lk in ("kill", "inj", "both") and rk in ("kill", "inj") and ACTIVE_VERB.fullmatch(rm.group(0)):
                rk = None  # "kill 2 persons wound 10 others", "killed 5, injuring 10": an active verb's object follows it
            if lk == "held" and rk is None and noun not in PEOPLE:
                lk = None  # "captured 3 villages"
            conj = prev_kind is not None and (
                _JOINED.fullmatch(sentence, prev_end, s) is not None or APPOSITIVE_AND.fullmatch(sentence, prev_end, s)
                is not None or (KIN_OWNER.match(sentence, s) is not None
                                and OF_NAME_AND.fullmatch(sentence, prev_end, s) is not None)
                    or noun in PEOPLE and of_body_and(sentence[prev_end:s]))
            if (lk in ("kill", "inj", "both", "part") or conj) and rk in ("kill", "inj", "both") and rk != lk and (
                    CONJ_FIRST.match(right) or _CONJ_BEFORE_CUE.search(text, e, e + rm.start())):
                # "killed 12 people and injured 30", "killed 5 people in Ariha on Monday and injured 3":
                # the verb after "and" owns the next number; and a group joined to the one before ("kills
                # a woman and a child in X and wounds others") is that one's, not the next verb's
                rk = None
            elif rk in ("kill", "inj") and CONJ_FIRST.match(right) and ACTIVE_VERB.fullmatch(rm.group(0)):
                rk = None  # "kills a woman and her granddaughter and injures others": "injures" takes what follows
            if not noun and rk is None and lk not in ("kill", "both", "inj", "toll") and not conj and not (
                    memo.get("total") and (lk == "part" or _OF_THEM.match(sentence, g["_num_end"]))):
                # a bare number: not a count of anything we know ("killing 3, 2 and 1" is, and so is a part
                # of the dead counted before it: "14 civilians were killed, eight of them in X", "including eight")
                continue
            # "killed 3 people, two of them children": a breakdown of the total before it.
            part = rk == "part" or lk == "part" or (conj and prev_part) or (
                prev_kind is not None and _OF_THEM.match(sentence, g["_num_end"]) is not None)
            kind_cue = rk if rk not in (None, "part") else (lk if lk not in (None, "part") else None)
            if adjective is not None and not (adjective == "injured" and "kill" in (rk, lk)):
                # ("Two wounded fighters later died", "executing 3 wounded soldiers": the wounded who die are dead)
                kind_cue = "kill" if adjective == "killed" else "inj"
            elif IMPLICIT.get(noun) == "killed" and AND_INJURED.match(right) and not g.get("article"):
                # (not a headline's one "Martyr and wounded in shelling on X": the wounded are others)
                kind_cue = "both"  # "tens of civilian martyrs and injured"
            elif noun in _HARM_NOUNS and _HARM_NOUNS[noun] != kind_cue and (
                    lk in ("kill", "inj") and rk in (None, "part")
                    or rk in ("kill", "inj") and (CONJ_FIRST.match(right) or _OTHERS_NEXT.match(right))):
                # "Eight were killed, 20 injured", "Child killed and others wounded", "5 soldiers killed, others
                # injured": the noun says what befell them (the verb after "and" or "others" is the next group's)
                kind_cue = _HARM_NOUNS[noun]
            if kind_cue is None and noun in IMPLICIT:
                kind_cue = "kill" if IMPLICIT[noun] == "killed" else "inj"
            if kind_cue is None and conj:
                kind_cue = {"killed": "kill", "injured": "inj", "killed_or_injured": "both", "held": "held"}.get(prev_kind)
            if kind_cue is None and part and _has_kill(sentence, memo):
                kind_cue = "kill"
            kind = {"both": "killed_or_injured", "kill": "killed", "toll": "killed", "inj": "injured",
                    "held": "held"}.get(kind_cue, "other")
            if mark == "cumulative":
                kind = "other"  # a campaign's toll ("to 1500 in 31 days of escalation"): no incident's
            group = (PEOPLE.get(noun) or head_group) if noun else None
            if group is None and noun.endswith("-old"):  # "a 2-year-old": a child under 18
                age = parse_number(noun.split("-")[0]) if "year" in noun else 0
                group = "children" if age is not None and age < 18 else None
            if group == "members" and _RESCUE_BODY.match(sentence, e):
                group = "volunteers"  # "a member of the White Helmets": a rescuer, not a fighter
            mods = (g.get("mods") or "").strip(" “”\"")
            if noun and group is None and mods[:1].isupper():
                group = mods  # "7 Hezbollah killed": the named group
            if not noun:
                words = _NAMED.match(right)
                group = words.group(1).strip(" “”\"") if words and words.group(1).strip() else None
        qual = g.get("qual")
        end = e
        pq = POST_QUAL.match(sentence, e)
        if pq and not qual:
            qual, end = "at least", pq.end()
        n2 = _plausible(parse_number(g["num2"])) if g.get("num2") else None
        lo, hi = _bounds(qual, n, n2, vague_low(num_text) if vague else None)
        num_text_full = sentence[s:end] if (pq and end != e) else sentence[s:g["_num_end"]]
        attrs = {"number_text": num_text_full, "kind": kind, "qualifier": qual.lower() if qual else None, "low": lo, "high": hi,
                 "group": group, "noun": noun or None, "vague": vague}
        if n != raw_n or (g.get("num2") and n2 is None):
            attrs["implausible"] = True
        if vague:
            attrs["vague_word"] = _SPACES.sub(" ", num_text.lower())
        if noun not in OTHER and mark:
            attrs[mark] = True
        each = _EACH_SIDE.match(sentence, end) if kind in ("killed", "injured") and n is not None else None
        if each:  # "left 2 dead on each side": both sides' dead
            n, lo, hi = 2 * n, 2 * lo if lo is not None else None, 2 * hi if hi is not None else None
            attrs.update(low=lo, high=hi, each_side=True)
        nth = _nth(sentence[s:end], noun, g) if kind == "killed" and g.get("article") else None
        if nth is not None:
            # "Two children were killed ...; a third child died of his injuries": the ordinal is the toll now
            n = lo = hi = nth
            mark = "toll"
            attrs.update(low=nth, high=nth, toll=True, ordinal=True)
        if noun in ("himself", "herself") and g.get("article"):
            if out and _SUBJECT_VERB.fullmatch(sentence, prev_end, s):
                continue  # "A man killed himself": the man counted already
            kind, attrs["kind"], attrs["self"] = "killed", "killed", True  # the attacker, dead by his own act
        if kind == "killed" and not part and (noun == "another" or attrs.get("self") or _ALSO_AFTER.match(sentence, end)
                                              or sentence[s:s + 8].lower() == "another "
                                              or _ANOTHER_BEFORE.search(sentence, max(0, s - 12), s)
                                              or not prev_part and _ALONG_BEFORE.search(sentence, max(0, s - 24), s)):
            # "and 17 jihadists also died", "and another three died", "killing 22 soldiers and losing 16 of
            # their own": more dead, added
            attrs["also"] = True
        if kind == "killed" and _DIED_LATER.match(sentence, end):
            attrs["later"] = True  # "Three of the wounded later died", "Their mother died of her wounds the next day"
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


