"""Texts the pipeline does not read: binary data and articles not in English (a document's problem).

Examples
--------
>>> text_problem("Shelling killed two civilians in Ariha on Monday.") is None
True
>>> text_problem("Des frappes ont tué deux civils dans la ville et les environs de la province.")
'not English: the text reads as another language (only English articles are read)'
"""
from __future__ import annotations

import re

__all__ = ["text_problem"]

_ENGLISH = frozenset("the of in and to a was were by on at for from with is are has have been killed said".split())
# Function words of the other languages Syria news arrives in (French, Spanish, German, Italian, Turkish, Portuguese).
_OTHER = frozenset("le la les des du est et dans une sur par qui que el los las del en y por con der die das und ist "
                   "nicht mit von ein eine il di che della nel ve bir bu ile için da os as um uma não".split())
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
# A headline's _LATIN_WORD runs read as bytes: lower-cased, encoded with every other character as
# "?" (one byte each, so runs keep their lengths), non-letters made spaces, split: ~5x faster than
# findall's str per word.  Split also yields one-letter runs, which no set below holds.
_LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_ENGLISH_B = frozenset(w.encode() for w in _ENGLISH if len(w) > 1)
_OTHER_B = frozenset(w.encode() for w in _OTHER if len(w) > 1 and w.isascii())


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _binary_problem(text: str) -> str | None:
    head = text[:8192]
    if "\x00" in head or len(_CONTROL.findall(head)) > 0.05 * len(head):
        return "binary data, not text (NUL or control bytes): is this an image, PDF or archive?"
    return None


def _language_problem(text: str) -> str | None:
    head = text[:20000]
    arabic = 0 if head.isascii() else len(head) - len(_ARABIC_LETTER.sub("", head))
    if len(head) <= 4000:  # a headline or short article: its word list is small, and faster
        words = head.lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()
        # (letters only matter against Arabic script)
        letters = sum(len(w) for w in words if len(w) > 1) if arabic else 0
        english, other = sum(map(_ENGLISH_B.__contains__, words)), sum(map(_OTHER_B.__contains__, words))
    else:
        # Counted a word at a time: lists of a long head's words and letters were the largest
        # allocation a 25 kB article made (~16x its size, briefly).
        letters = english = other = 0
        for m in _LATIN_WORD.finditer(head):
            word = m.group().lower()
            letters += len(word)
            english += word in _ENGLISH
            other += word in _OTHER
    if arabic > 2 * letters:
        return "not English: the text is mostly Arabic script (only English articles are read)"
    if other >= 3 and other > 2 * english:
        return "not English: the text reads as another language (only English articles are read)"
    return None


def text_problem(text: str) -> str | None:
    """Why ``text`` is not read (binary data, not English), or None when it is."""
    return _binary_problem(text) or _language_problem(text)
