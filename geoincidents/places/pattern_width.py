"""The widest match a regular expression can make, for the cue tables' end-anchored searches.

:class:`geoincidents.places.lexicon.EndAnchored` searches only the end of the text before a name,
as far back as its pattern's widest match reaches: this module bounds that width.
"""
from __future__ import annotations

import math
import re

__all__ = ["widest"]

_QUANTIFIER = re.compile(r"\?|\*|\+|\{(\d*)(,?)(\d*)\}")


def widest(pattern: str) -> int | float:
    r"""Most characters a match of ``pattern`` can span (``math.inf`` if unbounded).

    Hand-written for the syntax these tables use (literals, escapes, classes, groups,
    lookarounds, alternation, quantifiers): ``re`` has no public way to ask, and its private
    parser (``re._parser``) may change in any Python release.  It raises ``ValueError`` on
    syntax it does not know (a backreference, a conditional), so a table edit cannot make a
    silently wrong bound.

    Examples
    --------
    >>> widest(r"\bprovinces? of (?:the )?$"), widest(r"(?:[A-Z]\w+ ){0,3}x"), widest(r"\w+ $")
    (17, inf, inf)
    """
    width, end = _widest_seq(pattern, 0)
    if end != len(pattern):
        raise ValueError(f"unbalanced ')' at {end} in {pattern!r}")
    return width


def _widest_seq(p: str, i: int) -> tuple[int | float, int]:
    """Widest alternative from ``p[i]`` to the ``)`` that closes its group (or the end)."""
    best = cur = 0
    while i < len(p) and p[i] != ")":
        c = p[i]
        if c == "|":
            best, cur, i = max(best, cur), 0, i + 1
            continue
        if c == "(":
            i, zero = _group_body(p, i)
            atom, i = _widest_seq(p, i)
            if i >= len(p):
                raise ValueError(f"unclosed group in {p!r}")
            atom, i = (0 if zero else atom), i + 1
        elif c == "[":
            j = i + 1 + (p[i + 1] == "^")
            j += p[j] == "]"  # a leading "]" is a member
            while p[j] != "]":
                j += 2 if p[j] == "\\" else 1
            atom, i = 1, j + 1
        elif c == "\\":
            if p[i + 1].isdigit() or p[i + 1] in "gkP":
                raise ValueError(f"backreference in {p!r}: no width bound")
            atom, i = (0 if p[i + 1] in "bBAZ" else 1), i + 2
        else:
            atom, i = (0 if c in "^$" else 1), i + 1
        q = _QUANTIFIER.match(p, i)
        if q:
            if q.group() in ("*", "+") or (q.group(2) and not q.group(3)):
                atom = math.inf if atom else 0
            elif q.group() != "?":
                times = int(q.group(3) or q.group(1))
                atom = atom * times if times else 0
            i = q.end() + (p[q.end():q.end() + 1] in ("?", "+"))  # lazy or possessive
        cur += atom
    return max(best, cur), i


def _group_body(p: str, i: int) -> tuple[int, bool]:
    """Where the body of the group opened at ``p[i]`` starts, and whether it is zero-width."""
    if p[i + 1] != "?":
        return i + 1, False
    kind = p[i + 2]
    if kind in "=!" or p[i + 2:i + 4] in ("<=", "<!"):
        return i + (4 if kind == "<" else 3), True  # lookaround
    if kind == "P":
        if p[i + 3] != "<":
            raise ValueError(f"backreference in {p!r}: no width bound")
        return p.index(">", i) + 1, False
    if kind == ":" or kind in "aiLmsu-":
        j = i + 2
        while p[j] not in ":)":
            j += 1
        if "x" in p[i + 2:j]:
            raise ValueError(f"verbose pattern {p!r}: spaces would count")
        return (j, True) if p[j] == ")" else (j + 1, False)  # "(?i)" sets flags: empty
    raise ValueError(f"unknown group {p[i:i + 4]!r} in {p!r}")
