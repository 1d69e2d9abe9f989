"""Where counted things may stand in one sentence: the raw matches of the count patterns.

The first stage of :func:`geoincidents.fields.count_spans.find_counts`: every number, article-person
("a shepherd"), headline noun, ordinal, "another", pronoun and couple the patterns of
:mod:`.count_words` find, in text order, each with its groups; their kinds are read after.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .count_words import (ANOTHER_ONE_RE, ARTICLE_RE, COUNT_RE, COUPLE_RE, HEADLINE_NOUN_RE, ORDINAL_ONE_RE,
                          PRONOUN_DIED_RE, PRONOUN_OBJECT_RE, SELF_RE, VERB_NOUN_RE)
from .gates import compile_lowered, lowers_as_ignorecase

__all__ = ["bare_after_verb", "lowered", "raw_matches"]

# The patterns again, lower-cased, for the lower-cased sentence (fields.gates.lower_case_pattern:
# the same spans, found faster).  COUNT_RE's one case-sensitive word, the stop word "is" (not
# "IS", the group), is read as "is" in any case there: used only where "is" is written in no
# other case (see lowered).
_COUNT_LOW = compile_lowered(COUNT_RE.pattern.replace("(?-i:is)", "is"), first_chars=False)
_ARTICLE_LOW = compile_lowered(ARTICLE_RE.pattern)
_HEADLINE_LOW = compile_lowered(HEADLINE_NOUN_RE.pattern, first_chars=False)
_ORDINAL_LOW = compile_lowered(ORDINAL_ONE_RE.pattern, first_chars=False)
_ANOTHER_LOW = compile_lowered(ANOTHER_ONE_RE.pattern, first_chars=False)
_PRONOUN_LOW = compile_lowered(PRONOUN_DIED_RE.pattern, first_chars=False)
_SELF_LOW = compile_lowered(SELF_RE.pattern, first_chars=False)
_OBJECT_LOW = compile_lowered(PRONOUN_OBJECT_RE.pattern, first_chars=False)
_COUPLE_LOW = compile_lowered(COUPLE_RE.pattern, first_chars=False)
_VERB_NOUN_LOW = compile_lowered(VERB_NOUN_RE.pattern, first_chars=False)
# ORDINAL_ONE_RE's words, lower-case as written after "a", and ANOTHER_ONE_RE's ("Another" too)
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "nother")


# Where COUNT_RE's case-sensitive "is" is tried (a whole word after whitespace), "is" in another case:
# there the lower-cased pattern would read a stop word that COUNT_RE does not ("IS fighters").
_IS_CASED = re.compile(r"(?<=\s)(?:IS|Is|iS)\b")


def lowered(sentence: str) -> str | None:
    """``sentence`` lower-cased when the lower-cased patterns read it exactly as the others read it
    ("Israeli" and "ISIS" do not stop that: only a word "is" written in another case does)."""
    if lowers_as_ignorecase(sentence) and not (("IS" in sentence or "Is" in sentence or "iS" in sentence)
                                               and _IS_CASED.search(sentence)):
        return sentence.lower()
    return None


def _headline_match(rx: re.Pattern[str], target: str) -> re.Match[str] | None:
    """A headline's bare noun, at its start or after a dateline ("Idlib: civilian killed by sniper fire")."""
    m = rx.match(target)
    if m is None:
        k = target.find(": ", 0, 40)
        if k > 0:
            m = rx.match(target, k + 2)
    return m


def raw_matches(sentence: str, low: str | None = None) -> list[tuple[int, int, dict]]:
    """``(start, end, groups)`` of every place a count may stand in ``sentence``, in text order.

    Parameters
    ----------
    sentence : str
    low : str or None
        ``lowered(sentence)``: when given, the lower-cased patterns are matched in it (the groups
        keep the words as written).
    """
    found: list[tuple[int, int, dict]] = []
    (count_rx, article_rx, headline_rx, ordinal_rx, another_rx, pronoun_rx, self_rx, object_rx, couple_rx, verb_noun_rx,
     target) = (
        (_COUNT_LOW, _ARTICLE_LOW, _HEADLINE_LOW, _ORDINAL_LOW, _ANOTHER_LOW, _PRONOUN_LOW, _SELF_LOW, _OBJECT_LOW,
         _COUPLE_LOW, _VERB_NOUN_LOW, low) if low is not None else
        (COUNT_RE, ARTICLE_RE, HEADLINE_NOUN_RE, ORDINAL_ONE_RE, ANOTHER_ONE_RE, PRONOUN_DIED_RE, SELF_RE,
         PRONOUN_OBJECT_RE, COUPLE_RE, VERB_NOUN_RE, sentence))
    # Matches of one finditer never overlap each other, so an article match ("a man") is
    # checked against the number matches only, by bisection (the pairwise check was
    # quadratic: "1 " * n took minutes).  Those are disjoint and in order: ends ascend too.
    starts: list[int] = []
    ends: list[int] = []
    ordinal = any(map(target.__contains__, _ORDINALS))
    folded = low if low is not None else sentence.lower()
    # (" he ", not "he ": every "the" holds that)
    pronoun = (" he " in folded or " she " in folded or folded.startswith(("he ", "she "))) and (
        "died" in folded or "succumb" in folded or "passed away" in folded or "killed" in folded)
    more = ((ordinal_rx, another_rx) if ordinal else ()) + ((pronoun_rx,) if pronoun else ()) + (
        (self_rx,) if "self" in folded else ()) + ((object_rx,) if " him" in folded or " her" in folded else ()) + (
        (couple_rx,) if "couple" in target or "Couple" in target else ()) + (
        (verb_noun_rx,) if bare_after_verb(folded) else ())
    taken: list[tuple[int, int]] | None = None
    taken_starts: list[int] = []
    for rx in (count_rx, article_rx, headline_rx) + more:
        for m in rx.finditer(target) if rx is not headline_rx else filter(None, (_headline_match(rx, target),)):
            m_start = m.start("who") if rx is verb_noun_rx else m.start("noun") if rx in (self_rx, object_rx) else m.start()
            g = m.groupdict()
            if low is not None:  # the words as written
                g = {k: v if v is None else sentence[m.start(k):m.end(k)] for k, v in g.items()}
            g["_num_end"] = m.end("num2") if g.get("num2") else m.end("num")
            g["_num_start"] = m.start("num")
            if rx is not count_rx:
                g = {**g, "num": "2" if rx is couple_rx else "1", "article": True, "_num_start": m_start,
                     "_num_end": m.end()}
                i = bisect_left(starts, m.end())  # the number matches starting before this one ends
                if i and ends[i - 1] > m_start:
                    continue
                if rx is verb_noun_rx:
                    # "an killed man": an article's match may hold the verb before a bare noun; every match
                    # so far is disjoint from the others, so sorted by start their ends ascend too.
                    if taken is None:
                        taken = sorted((a, b) for a, b, _ in found)
                        taken_starts = [a for a, _ in taken]
                    j = bisect_left(taken_starts, m.end())
                    if j and taken[j - 1][1] > m_start:
                        continue
            else:
                starts.append(m.start())
                ends.append(m.end())
            found.append((m_start, m.end(), g))
    found.sort(key=lambda t: t[0])
    return found



_BARE_STEMS = ("kill", "injur", "wound", "execut", "assassinat")
_BARE_GATE = re.compile(r"\b(?:" + "|".join(_BARE_STEMS) + r")\w*\s+(?!(?:an?|his|her|their|its|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|dozens|tens|several|at|more|some|about|nearly|over|up|\d)\b)[a-z]",
                        re.I)


def bare_after_verb(low: str) -> bool:
    """Is a harm verb followed by a word that no article or number opens ("kills woman and child")?
    ``low`` is the sentence lower-cased (the stems are tested as substrings first)."""
    return any(map(low.__contains__, _BARE_STEMS)) and _BARE_GATE.search(low) is not None

