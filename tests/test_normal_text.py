"""The normalised text and its offset map equal the character-by-character definition."""
from __future__ import annotations

import random
import sys
import unicodedata

from geoincidents.text.normal import normalise


def _reference(text: str) -> tuple[str, list[int], list[int]]:
    """NFC per cluster, format characters (Cf) dropped, each character mapped to its cluster's span."""
    fmt = lambda ch: unicodedata.category(ch) == "Cf"  # noqa: E731

    def joins_back(ch: str) -> bool:
        if unicodedata.combining(ch) or 0x1161 <= ord(ch) < 0x1176 or 0x11A8 <= ord(ch) < 0x11C3:
            return True
        return any(unicodedata.decomposition(chr(cp)).split()[1:2] == [f"{ord(ch):04X}"]
                   for cp in _second_parts().get(ch, ()))

    out, starts, ends, i, n = [], [], [], 0, len(text)
    while i < n:
        if fmt(text[i]):
            i += 1
            continue
        parts, j = [text[i]], i + 1
        while j < n:
            k = j
            while k < n and fmt(text[k]):
                k += 1
            if k < n and joins_back(text[k]):
                parts.append(text[k])
                j = k + 1
            else:
                break
        for ch in unicodedata.normalize("NFC", "".join(parts)):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


_SECOND: dict[str, list[int]] = {}


def _second_parts() -> dict[str, list[int]]:
    """Second characters of two-character canonical decompositions (what NFC may join back)."""
    if not _SECOND:
        for cp in range(sys.maxunicode + 1):
            dec = unicodedata.decomposition(chr(cp))
            if dec and not dec.startswith("<") and len(dec.split()) == 2:
                _SECOND.setdefault(chr(int(dec.split()[1], 16)), []).append(cp)
    return _SECOND


_ALPHABET = ["a", "e", "A", " ", "\n", "\u0301", "\u0308", "\u0327", "\u00ad", "\u200b", "\u200f", "\u212b", "\u0344",
             "\u1100", "\u1161", "\u11a8", "\uac00", "ا", "\u064e", "é", "\u0958", "\ufb01", "\u09be", "\u09c7",
             "\U0001d15e", "\u0f73"]


def test_normalisation_and_offsets_equal_the_definition():
    rng = random.Random(7)
    for _ in range(1500):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12)))
        n = normalise(text)
        want, starts, ends = _reference(text)
        assert n.text == want
        if n.text is not n.original:
            assert list(n.starts) == starts and list(n.ends) == ends, repr(text)
        else:  # already normal: no map, offsets are the original's
            assert want == text and n.span(0, len(text)) == (0, len(text))


def test_offsets_of_a_long_text_index_the_original():
    words = ["Sara\u00adqeb", unicodedata.normalize("NFD", "Shughūr"), "Ariha", "\u200fIdlib\u200f", "and", "killed"]
    rng = random.Random(3)
    text = " ".join(rng.choice(words) for _ in range(50_000))
    n = normalise(text)
    assert n.text == unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u200f", "")
    for _ in range(2000):
        a = rng.randrange(len(n.text))
        b = min(len(n.text), a + rng.randint(1, 30))
        s, e = n.span(a, b)
        # The original slice reads as the normalised one once normalised itself.
        assert normalise(text[s:e]).text == n.text[a:b]


def test_plain_text_is_not_copied():
    text = "Shelling hit Ariha – 2 dead – in Idlib’s south"
    n = normalise(text)
    assert n.text is text and n.starts is None and n.span(3, 9) == (3, 9)
