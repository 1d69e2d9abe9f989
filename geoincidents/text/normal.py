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

One regular-expression pass finds what normalisation changes: clusters that NFC
cannot join across (a character with its combining marks, and the jamo that follow
a Hangul syllable; each is NFC-normalised on its own, which gives the same result as
normalising the whole text), runs of format characters (dropped) and characters that
NFC replaces on their own.  Everything between is copied, and the offset map keeps
one entry per change, not per character.

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

import re
import sys
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ..gazetteer.normalize import visible_nfc

__all__ = ["NormalText", "normalise", "normal_form"]


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``, as ranges of consecutive code points."""
    cps = sorted(ord(c) for c in chars)
    parts, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(re.escape(chr(cps[i])) + ("-" + re.escape(chr(cps[j])) if j > i else ""))
        i = j + 1
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, re.Pattern]:
    """(clusters, format characters).

    Clusters are what normalisation may change: a character with the characters NFC may join
    to it (format characters inside skipped), a run of format characters (Cf, dropped), or a
    character that NFC replaces on its own (a singleton decomposition such as U+212B ANGSTROM SIGN).

    Built on first use from :mod:`unicodedata` (about 0.15 s), so that the tables follow Python's
    Unicode version; ASCII text never needs it. Everything else is copied as it is.
    """
    fmt, joins, alone = set(), set(), set()
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cf":
            fmt.add(ch)
        if unicodedata.combining(ch):
            joins.add(ch)
        dec = unicodedata.decomposition(ch)
        if dec and not dec.startswith("<"):
            parts = dec.split()
            if len(parts) == 2:
                joins.add(chr(int(parts[1], 16)))
            if unicodedata.normalize("NFC", ch) != ch:
                alone.add(ch)
    # Hangul vowel and final jamo compose algorithmically (no decomposition entry).
    joins.update(chr(cp) for cp in range(0x1161, 0x1176))
    joins.update(chr(cp) for cp in range(0x11A8, 0x11C3))
    f, j, a = _char_class(fmt), _char_class(joins), _char_class(alone)
    return re.compile(f"(?P<base>(?!{f}).)(?:{f}*{j})+|(?P<fmt>{f}+)|{a}", re.S), re.compile(f)


@dataclass(frozen=True)
class NormalText:
    """A normalised text and the map from its offsets back to the original.

    The map is kept as segments, not one entry per character (two tuples of Python ints cost
    72 bytes a character: 720 MB for a 10 MB article): an unchanged run maps by a shift, each
    normalised cluster to the whole original span it came from.

    Attributes
    ----------
    original : str
        The text as the user gave it.
    text : str
        NFC, with format characters (Cf) removed; what the pipeline reads.
    """

    original: str
    text: str
    # Segments in normalised order: where each starts in ``text`` and in ``original``, and for a
    # cluster the end of its original span (-1 for a run copied unchanged). ``text is original``: no map.
    _seg_text: array = field(default_factory=lambda: array("q"), repr=False)
    _seg_orig: array = field(default_factory=lambda: array("q"), repr=False)
    _seg_end: array = field(default_factory=lambda: array("q"), repr=False)

    @property
    def starts(self) -> tuple[int, ...] | None:
        """For each character of ``text``, the start of the original span it came from (None when
        ``text`` is ``original``). Built on demand: use :meth:`span` for a few offsets."""
        return None if self.text is self.original else tuple(self._origin(k)[0] for k in range(len(self.text)))

    @property
    def ends(self) -> tuple[int, ...] | None:
        """For each character of ``text``, the end of the original span it came from (or None)."""
        return None if self.text is self.original else tuple(self._origin(k)[1] for k in range(len(self.text)))

    def _origin(self, k: int) -> tuple[int, int]:
        i = bisect_right(self._seg_text, k) - 1
        if self._seg_end[i] < 0:
            s = self._seg_orig[i] + k - self._seg_text[i]
            return s, s + 1
        return self._seg_orig[i], self._seg_end[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised slice ``text[start:end]``.

        A span covers every original character its characters came from; format
        characters inside it are kept, those just outside it are not.
        """
        if self.text is self.original:
            return start, end
        n = len(self.text)
        s = self._origin(start)[0] if start < n else len(self.original)
        e = self._origin(end - 1)[1] if end > start and end - 1 < n else s
        return s, e

    def restore(self, mentions: Iterable, incidents: Iterable[dict]) -> None:
        """Map the offsets of mentions and incident records (in place) to the original text."""
        if self.text is self.original:
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
    if text.isascii():
        return NormalText(text, text)  # ASCII is NFC and has no format characters: the common case, no copy
    rx, fmt = _tables()
    if unicodedata.is_normalized("NFC", text) and fmt.search(text) is None:
        return NormalText(text, text)
    out: list[str] = []
    seg_text, seg_orig, seg_end = array("q"), array("q"), array("q")
    pos = k = 0  # next original offset to copy, length of the normalised text so far
    for m in rx.finditer(text):
        a, b = m.span()
        if a > pos:  # an unchanged run
            out.append(text[pos:a])
            seg_text.append(k), seg_orig.append(pos), seg_end.append(-1)
            k += a - pos
        pos = b
        if m.group("fmt"):
            continue  # dropped
        piece = unicodedata.normalize("NFC", fmt.sub("", m.group()) if m.group("base") else m.group())
        out.append(piece)
        seg_text.append(k), seg_orig.append(a), seg_end.append(b)
        k += len(piece)
    if pos < len(text):
        out.append(text[pos:])
        seg_text.append(k), seg_orig.append(pos), seg_end.append(-1)
    return NormalText(text, "".join(out), seg_text, seg_orig, seg_end)


def normal_form(text: str | None) -> str | None:
    """Just the normalised string (for a title or a query); None stays None.

    >>> normal_form("Sara\\u200bqeb")
    'Saraqeb'
    """
    return None if text is None else visible_nfc(text)  # the one NFC-without-Cf rule (gazetteer.normalize)
