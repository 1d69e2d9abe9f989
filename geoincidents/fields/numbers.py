"""Shared number words for the field finders.

Numbers in English news come as digits (``"1,681"``), words (``"forty-two"``)
or vague quantities (``"dozens"``).  This module turns them into integers with
one compiled regular expression, :data:`NUMBER_RE`, and :func:`parse_number`.

Examples
--------
>>> parse_number("forty-two")
42
>>> parse_number("1,681")
1681
>>> parse_number("a dozen")
12
>>> parse_number("Dozens")
12
>>> parse_number("several") is None
True
"""
from __future__ import annotations

import re

from .first_chars import word_alternation

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Vague quantity words -> (conventional value or None, low bound).  The
#: values follow the ACLED convention stated in the incident schema ("tens" 10,
#: "dozens" 12, "hundreds" 100); "scores" follows the same single-unit logic
#: (20).  Words with no conventional value ("several", "a number of") give
#: ``None`` and only a low bound of 2: we never invent a fatality figure.
VAGUE: dict[str, tuple[int | None, int]] = {
    "dozens": (12, 12), "tens": (10, 10), "hundreds": (100, 100),
    "thousands": (1000, 1000), "scores": (20, 20),
    "hundreds of thousands": (100000, 100000), "tens of thousands": (10000, 10000),
    "several": (None, 2), "a number of": (None, 2), "a few": (None, 2),
    "a couple of": (2, 2), "a dozen": (12, 12), "a score of": (20, 20),
    "a hundred": (100, 100), "a thousand": (1000, 1000), "half a dozen": (6, 6),
    "numerous": (None, 2), "many": (None, 2),
    # ACLED's rule for reported deaths of unknown number, stated in its own notes ("An unknown
    # number of IS fighters were killed. Unknown fatalities coded as 10.").
    "an unknown number of": (10, 1), "unknown number of": (10, 1),
}

_WORD_NUM = (
    r"(?:(?:" + word_alternation(sorted(TENS, key=len, reverse=True)) + r")(?:[- ](?:"
    + word_alternation(k for k in UNITS if UNITS[k] and UNITS[k] < 10) + r"))?"
    r"|" + word_alternation(sorted(UNITS, key=len, reverse=True)) + r")"
)
# "two dozen" is 24, as "two hundred" is 200.
_WORD_NUM_FULL = _WORD_NUM + r"(?:\s+dozen|\s+(?:hundred|thousand)(?:\s+(?:and\s+)?" + _WORD_NUM + r")?)?"
_VAGUE = word_alternation(sorted(VAGUE, key=len, reverse=True))

#: One number: digits (thousands separators allowed), number words or a vague word.
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.]\d)"
    r"|(?:" + _VAGUE + r")(?![\w-])"
    r"|" + _WORD_NUM_FULL + r"(?![\w-]))"
)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def is_vague(text: str) -> bool:
    """True when ``text`` is a vague quantity word such as "dozens".

    >>> is_vague("Dozens"), is_vague("12")
    (True, False)
    """
    return _SPACES.sub(" ", text.strip().lower()) in VAGUE


def vague_low(text: str) -> int | None:
    """Low bound of a vague quantity word, else None.

    >>> vague_low("several")
    2
    """
    v = VAGUE.get(_SPACES.sub(" ", text.strip().lower()))
    return v[1] if v else None


def _words_value(t: str) -> int | None:
    total, current = 0, 0
    for tok in re.split(r"[\s-]+", t):
        if tok == "and" or not tok:
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def parse_number(text: str) -> int | None:
    """Integer value of a number token, or None for "several"-type words.

    >>> parse_number("two hundred and five")
    205
    >>> parse_number("tens"), parse_number("two dozen")
    (10, 24)
    """
    t = _SPACES.sub(" ", text.strip().lower())
    if not t:
        return None
    if t[0].isdigit():
        return int(t.replace(",", ""))
    if t in VAGUE:
        return VAGUE[t][0]
    return _words_value(t)


def how_many(word: str) -> int | None:
    """:func:`parse_number`, with the article as one ("a day after", "an hour later").

    >>> how_many("a"), how_many("An"), how_many("three"), how_many("several")
    (1, 1, 3, None)
    """
    return 1 if word.lower() in ("a", "an") else parse_number(word)
