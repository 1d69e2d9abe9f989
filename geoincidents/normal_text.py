"""The text the pipeline reads: NFC, without invisible format characters, offsets kept.

Articles arrive decomposed ("Shughu" + U+0304 instead of "Shughū", as macOS and
some CMSs write them) and with invisible format characters (Unicode category
Cf) inside words: soft hyphens from hyphenation, zero-width spaces and joiners,
right-to-left marks and overrides pasted along with Arabic names.  A regular
expression sees "Sara\\u00adqeb" as two words, so every extractor would miss
the name.  The pipeline therefore runs on a normalised copy of the text
(:func:`normalise`), and every offset it finds is mapped back to the user's
original text at the end (:meth:`NormalText.restore`): ``Mention.start``/``end``,
sentence spans, ``evidence_start``/``end`` and ``evidence_spans`` index the
original, and ``evidence`` and ``location_mention`` are slices of it.

One linear pass builds the normalised text and, per normalised character, the
original span it came from.  The text is cut into clusters that NFC cannot
join across (a character with its combining marks, and the jamo that follow a
Hangul syllable); each cluster is NFC-normalised on its own, which gives the
same result as normalising the whole text.

Examples
--------
>>> n = normalise("Shelling hit Sara\\u00adqeb.")
>>> n.text
'Shelling hit Saraqeb.'
>>> s, e = n.span(13, 20)
>>> n.original[s:e]
'Sara\\xadqeb'
"""
from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .gazetteer.normalize import visible_nfc

__all__ = ["NormalText", "normalise", "normal_form"]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """(format characters, starters that NFC may join to the character before them).

    Built on first use from :mod:`unicodedata` (about 0.2 s), so that the tables follow
    Python's Unicode version; ASCII and already-normal text never needs them.
    """
    fmt, joins_back = set(), set()
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cf":
            fmt.add(ch)
        dec = unicodedata.decomposition(ch)
        if dec and not dec.startswith("<"):
            parts = dec.split()
            if len(parts) == 2:
                joins_back.add(chr(int(parts[1], 16)))
    # Hangul vowel and final jamo compose algorithmically (no decomposition entry).
    joins_back.update(chr(cp) for cp in range(0x1161, 0x1176))
    joins_back.update(chr(cp) for cp in range(0x11A8, 0x11C3))
    return frozenset(fmt), frozenset(joins_back)


def _joins_back(ch: str, joins: frozenset[str]) -> bool:
    return unicodedata.combining(ch) != 0 or ch in joins


def _needs_work(text: str) -> bool:
    if text.isascii():
        return False  # ASCII is NFC and has no format characters: the common case, no copy
    fmt, _ = _tables()
    return not unicodedata.is_normalized("NFC", text) or any(ch in fmt for ch in text)


@dataclass(frozen=True)
class NormalText:
    """A normalised text and the map from its offsets back to the original.

    Attributes
    ----------
    original : str
        The text as the user gave it.
    text : str
        NFC, with format characters (Cf) removed; what the pipeline reads.
    starts, ends : tuple of int or None
        For each character of ``text``, the original span it came from
        (None when ``text`` is ``original``).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised slice ``text[start:end]``.

        A span covers every original character its characters came from; format
        characters inside it are kept, those just outside it are not.
        """
        if self.starts is None:
            return start, end
        n = len(self.text)
        s = self.starts[start] if start < n else len(self.original)
        e = self.ends[end - 1] if end > start and end - 1 < n else s
        return s, e

    def restore(self, mentions: Iterable, incidents: Iterable[dict]) -> None:
        """Map the offsets of mentions and incident records (in place) to the original text."""
        if self.starts is None:
            return
        orig = self.original
        for m in mentions:
            m.start, m.end = self.span(m.start, m.end)
            m.text = orig[m.start:m.end]
            m.sentence_start, m.sentence_end = self.span(m.sentence_start, m.sentence_end)
        for inc in incidents:
            s, e = self.span(inc["evidence_start"], inc["evidence_end"])
            inc["evidence_start"], inc["evidence_end"], inc["evidence"] = s, e, orig[s:e]
            if inc.get("mention_start") is not None:
                s, e = self.span(inc["mention_start"], inc["mention_end"])
                inc["mention_start"], inc["mention_end"], inc["location_mention"] = s, e, orig[s:e]
            inc["evidence_spans"] = [(doc, *self.span(s, e)) for doc, s, e in inc.get("evidence_spans", [])]


def normalise(text: str) -> NormalText:
    """The :class:`NormalText` of ``text``: NFC, format characters dropped, offsets mapped.

    Examples
    --------
    >>> n = normalise(unicodedata.normalize("NFD", "Jisr ash-Shughūr"))
    >>> n.text == "Jisr ash-Shughūr", len(n.original) - len(n.text)
    (True, 1)
    >>> normalise("plain ASCII").starts is None
    True
    """
    if not _needs_work(text):
        return NormalText(text, text)
    fmt, joins = _tables()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] in fmt:
            i += 1
            continue
        # One cluster: a character and what NFC may join to it, format characters inside skipped.
        parts, j = [text[i]], i + 1
        while j < n:
            k = j
            while k < n and text[k] in fmt:
                k += 1
            if k < n and _joins_back(text[k], joins):
                parts.append(text[k])
                j = k + 1
            else:
                break
        for ch in unicodedata.normalize("NFC", "".join(parts)):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return NormalText(text, "".join(out), tuple(starts), tuple(ends))


def normal_form(text: str | None) -> str | None:
    """Just the normalised string (for a title or a query); None stays None.

    >>> normal_form("Sara\\u200bqeb")
    'Saraqeb'
    """
    return None if text is None else visible_nfc(text)  # the one NFC-without-Cf rule (gazetteer.normalize)
