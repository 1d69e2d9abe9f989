"""Start a pattern with a test of the characters its matches can begin with.

Python's ``re`` tries a pattern at every position of the text; one that opens with ``\\b`` and
a long alternation of words tries each alternative at each word start.  A lookahead of the
characters that can come first (``(?=[abs])``) rejects most positions in one test.  The
characters are read from the parsed pattern; where they cannot be told exactly (a class such
as ``\\w``, inline flags, a group reference, a pattern that can match empty) the pattern is
returned unchanged, so a prefixed pattern finds exactly the matches of the original.

Hand-written: ``re`` has no public way to ask for a pattern's first characters, and the
analysis is a few lines over its parser (private ``re._parser``; on another version the
pattern is only left as it is).

Examples
--------
>>> first_chars(r"\\b(?:air\\s*strikes?|(?<!x)jets|(?:barrel\\s+)?bombs?)")
'abj'
>>> first_chars(r"\\w+") is None
True
>>> with_first_chars(r"\\b(?:air|jets)")
'(?=[aj])\\\\b(?:air|jets)'
"""
from __future__ import annotations

import re
from typing import Iterable

try:  # Python >= 3.11
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover - older Pythons: patterns stay as they are
    _C = _P = None

__all__ = ["first_chars", "fragment_alternation", "with_first_chars", "word_alternation"]


# Classes a lookahead can name as they are (``\d`` is every decimal digit, not only 0-9).
_CATEGORIES = {} if _C is None else {_C.CATEGORY_DIGIT: "\\d", _C.CATEGORY_SPACE: "\\s"}


def _first(items) -> tuple[set[str], bool] | None:
    """The characters a parsed sequence can start with, and whether it can match empty (None: unknown)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is _C.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _C.IN:
            for iop, iav in av:
                if iop is _C.LITERAL:
                    chars.add(chr(iav))
                elif iop is _C.RANGE and iav[1] - iav[0] < 256:
                    chars.update(map(chr, range(iav[0], iav[1] + 1)))
                elif iop is _C.CATEGORY and iav in _CATEGORIES:
                    chars.add(_CATEGORIES[iav])  # kept as its escape inside the class
                else:
                    return None  # a category, a negation: not a short list
            return chars, False
        if op is _C.BRANCH:
            nullable = False
            for alt in av[1]:
                found = _first(alt)
                if found is None:
                    return None
                chars |= found[0]
                nullable = nullable or found[1]
        elif op is _C.SUBPATTERN:
            if av[1] or av[2]:
                return None  # inline flags change how characters compare
            found = _first(av[3])
            if found is None:
                return None
            chars |= found[0]
            nullable = found[1]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            found = _first(av[2])
            if found is None:
                return None
            chars |= found[0]
            nullable = av[0] == 0 or found[1]
        else:
            return None
        if not nullable:
            return chars, False
    return chars, True


def _first_set(rx: str) -> list[str] | None:
    """The characters (and class escapes) every match of ``rx`` starts with, sorted; None when not known."""
    if _P is None:
        return None
    try:
        found = _first(_P.parse(rx))
    except Exception:  # an unknown parser detail: no prefix, never a wrong one
        return None
    if found is None or found[1] or not found[0]:
        return None
    return sorted(found[0], key=lambda c: (len(c), c))


def first_chars(rx: str) -> str | None:
    """The characters every match of ``rx`` (compiled without flags) starts with; None when not known.

    >>> first_chars(r"(?<!\\w)(?:about\\s+)?\\d+")
    'a\\\\d'
    """
    chars = _first_set(rx)
    return None if chars is None else "".join(chars)


def with_first_chars(rx: str) -> str:
    """``rx`` behind a lookahead of its first characters (``rx`` itself when they are not known)."""
    chars = _first_set(rx)
    return rx if chars is None else "(?=[" + "".join(c if len(c) > 1 else re.escape(c) for c in chars) + "])" + rx


def word_alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """``words``, in their order, as one alternation of escaped words (a space read as ``space``),
    the words that start with one letter one branch after it: ``re`` tries an alternation's words one
    by one at every position it reaches, and most of a hundred fail on their first letter.

    The same matches: words of two branches cannot match at one position, those of one keep their
    order, and first letters that differ only in case (which ``re.I`` reads alike) are not merged.

    >>> word_alternation(["civilians", "children", "men", "elderly man"])
    'c(?:ivilians|hildren)|men|elderly\\\\s+man'
    """
    branches: dict[str, list[str]] = {}
    for w in words:
        branches.setdefault(w[:1].lower(), []).append(w)

    def escape(word: str) -> str:
        return re.escape(word).replace(r"\ ", space)

    out = []
    for ws in branches.values():
        first = ws[0][:1]
        if len(ws) > 1 and first.isalnum() and all(w[:1] == first and len(w) > 1 for w in ws):
            out.append(first + "(?:" + "|".join(escape(w[1:]) for w in ws) + ")")
        else:
            out.extend(map(escape, ws))
    return "|".join(out)


def fragment_alternation(fragments: Iterable[str]) -> str:
    """Top-level alternatives of a pattern (regular expressions that each open with a lower-case
    letter), in their order, the ones that open with one letter one branch after it: what
    :func:`word_alternation` does for plain words ("shot(?:\\s+dead)?", "air\\s+strikes", "pounds?").

    The same matches, with or without ``re.I``: no character matches two different ASCII letters
    (the four that ``re.I`` folds, such as the Kelvin sign, each match one), so alternatives of two
    branches cannot match at one position, and those of one keep their order.  A fragment whose
    second character quantifies the first, or whose parentheses do not balance (an alternative cut
    inside a group), is refused.

    >>> fragment_alternation(["shelled", "struck", "hit", "shot(?:\\\\s+dead)?"])
    's(?:helled|truck|hot(?:\\\\s+dead)?)|hit'
    """
    branches: dict[str, list[str]] = {}
    for f in fragments:
        if not ("a" <= f[:1] <= "z") or f[1:2] in ("?", "*", "+", "{") \
                or f.count("(") - f.count(r"\(") != f.count(")") - f.count(r"\)") or "|" in f.replace(r"\|", ""):
            raise ValueError(f"not a branchable alternative: {f!r}")
        branches.setdefault(f[0], []).append(f)
    return "|".join(fs[0] if len(fs) == 1 else fs[0][0] + "(?:" + "|".join(f[1:] for f in fs) + ")"
                    for fs in branches.values())
