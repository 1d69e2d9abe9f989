"""Keyword gates: which of many case-insensitive patterns a sentence can match, by cheap tests.

A pattern's *gate* is a tuple of lower-case strings one of which every match of the pattern
contains; the pattern is run only when the lower-cased sentence contains one of them (a
substring test costs a fraction of a regex scan, and most sentences open few patterns).
:class:`Gates` answers for a whole table of patterns at once: gate strings without whitespace
lie inside one whitespace-separated token, so what each distinct token opens is computed once
(memoised) and a sentence costs one look-up per token instead of one substring test per gate
string and pattern.

Hand-written: a multi-pattern matcher (Aho-Corasick) would add a compiled dependency for
what a token memo already does in a few microseconds a sentence.

Examples
--------
>>> g = Gates([("strike", "raid"), ("shell",), ("car bomb",)])
>>> g.mask("jets struck, a car bomb and airstrikes")
5
>>> [g.opens(g.mask("shelling"), i) for i in range(3)]
[False, True, False]
"""
from __future__ import annotations

import re
from functools import lru_cache, reduce
from operator import or_
from typing import Any, Iterable, Sequence

from .first_chars import with_first_chars

__all__ = ["Gates", "LazyPattern", "compile_lowered", "fold", "lower_case_pattern", "lowers_as_ignorecase"]

# re.IGNORECASE matches these to "i" and "s", but str.lower does not give "i" and "s" ("İ" -> "i̇").
_ODD_CASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _or(bits: Iterable[int]) -> int:
    return reduce(or_, bits, 0)


def fold(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` compares letters: a gate string of ASCII
    letters is in ``fold(text)`` whenever a case-insensitive pattern that needs it can match.

    >>> fold("Killed"), fold("Kılled"), fold("KİLLED")
    ('killed', 'killed', 'killed')
    """
    # str.translate with a dict costs ~4 us a headline: done only when one of its letters is there
    # (curly quotes and dashes make most news non-ASCII).
    return text.lower() if lowers_as_ignorecase(text) else text.translate(_ODD_CASE).lower()


def lowers_as_ignorecase(text: str) -> bool:
    """Does ``str.lower`` map every letter of ``text`` as ``re.IGNORECASE`` compares it, one character
    for one?  Then a pattern's :func:`lower_case_pattern`, matched case-sensitively in ``text.lower()``,
    finds what the pattern with ``re.IGNORECASE`` finds in ``text``, at the same offsets.  Only "ı",
    "İ" and "ſ" break it (checked over every code point; ``str.lower`` keeps ``\\w``, ``\\s``, ``\\d``).

    >>> lowers_as_ignorecase("Airstrikes on Ariha"), lowers_as_ignorecase("Kılıç")
    (True, False)
    """
    return text.isascii() or not ("ı" in text or "İ" in text or "ſ" in text)


_LETTER_OR_ESCAPE = re.compile(r"\\.|\(\?P|[A-Z]")  # escapes and "(?P" are kept as written
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
_GROUP_NAME = re.compile(r"\(\?P[<=](\w+)")


def lower_case_pattern(rx: str) -> str:
    """``rx`` with its letters lower-cased, escapes (``\\W``, ``\\S``) kept: to be compiled without
    ``re.IGNORECASE`` and matched in lower-cased text (see :func:`lowers_as_ignorecase`), where
    literal characters are compared directly (about twice as fast).  ``rx`` must hold no inline
    flags and no upper-case group names (their names would change).

    >>> lower_case_pattern(r"IEDs?|\\bRPG\\W")
    'ieds?|\\\\brpg\\\\W'
    """
    if _INLINE_FLAGS.search(rx) or any(name != name.lower() for name in _GROUP_NAME.findall(rx)):
        raise ValueError(f"inline flags or an upper-case group name: {rx[:60]!r}")
    return _LETTER_OR_ESCAPE.sub(lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), rx)


def compile_lowered(rx: str, first_chars: bool = True) -> re.Pattern[str]:
    """:func:`lower_case_pattern` of ``rx``, compiled without flags, behind a lookahead of the letters
    its matches start with when ``first_chars`` (see :mod:`geoincidents.fields.first_chars`; a test
    that costs more than it saves on patterns whose matches start almost anywhere).

    >>> compile_lowered(r"\\b(?:Air|Jets)").pattern
    '(?=[aj])\\\\b(?:air|jets)'
    """
    low = lower_case_pattern(rx)
    return re.compile(with_first_chars(low) if first_chars else low)


class LazyPattern:
    """``re.compile(pattern, flags)`` on first use, for a pattern that most texts never need: the
    case-insensitive twin of a :func:`compile_lowered` pattern is read only in a text that does not
    lower-case exactly ("ı", "İ", "ſ"; in the counts also "IS"), and compiling the twins of the
    event and count tables cost ~30 ms of the pipeline's import.  ``pattern`` and ``flags`` are
    read without compiling; everything else is the compiled pattern's.

    >>> LazyPattern(r"\\bjets?", re.I).search("JETS struck").group()
    'JETS'
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


class Gates:
    """Gate strings of a table of patterns; :meth:`mask` has bit ``i`` set when pattern ``i``'s gate is open.

    Parameters
    ----------
    gates : sequence of iterables of str
        Per pattern, lower-case strings one of which every match contains.
    cache : int
        Distinct tokens remembered (a bounded memo: long documents do not grow it without end).
    """

    def __init__(self, gates: Sequence[Iterable[str]], cache: int = 4096) -> None:
        plain: dict[str, int] = {}  # gate string without whitespace -> bits of the patterns it opens
        self._spaced: list[tuple[str, int]] = []  # those with whitespace: tested on the whole text
        for i, gate in enumerate(gates):
            for s in gate:
                if any(c.isspace() for c in s):
                    self._spaced.append((s, 1 << i))
                else:
                    plain[s] = plain.get(s, 0) | 1 << i
        # At each position of a token, the longest gate string that starts there (alternatives
        # longest first; a lookahead, so that overlapping strings are all seen); the strings
        # starting there too are its prefixes, so each found string opens its prefixes' patterns.
        # Grouped by first character, so that a position tries one group, not every string.
        groups: dict[str, list[str]] = {}
        for s in sorted(plain, key=len, reverse=True):
            groups.setdefault(s[0], []).append(re.escape(s[1:]))
        alternatives = (re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())
        self._find = re.compile("(?=(" + "|".join(alternatives) + "))").findall
        self._opens = {s: _or(b for p, b in plain.items() if s.startswith(p)) for s in plain}
        self._token = lru_cache(maxsize=cache)(self._token_mask)

    def _token_mask(self, token: str) -> int:
        return _or(map(self._opens.__getitem__, self._find(token)))

    def mask(self, low: str) -> int:
        """Bits of the patterns whose gate string occurs in ``low`` (already lower-cased)."""
        mask = _or(map(self._token, set(low.split())))
        for s, bit in self._spaced:
            if s in low:
                mask |= bit
        return mask

    @staticmethod
    def opens(mask: int, i: int) -> bool:
        """Is pattern ``i`` open in ``mask``?"""
        return bool(mask >> i & 1)
