"""Which GeoNames alternate names of a place are spellings of its own name, and which are other names.

GeoNames lists, without language tags, every name a city has had in any language: spellings of
its Arabic name ("Halab", "Haleb", "Khaleb", "Dimashq", "Damasco") but also unrelated exonyms and
ancient names ("Berea" and "Beroea" for Aleppo, "Emesa" for Homs, "Callinicum" for Raqqa, "Gama"
for Hama). The unrelated ones never name the place in conflict news, yet the spelling-tolerant
lookup matched Syrian villages to them ("Al-Barriyah" read as Aleppo via "Berea"). An alternate
name is kept when its consonant skeleton (:func:`~geoincidents.gazetteer.normalize.skeleton_key`)
is akin to that of one of the place's own names: its canonical names, or its Arabic name read as
Latin consonants.

The Arabic-to-Latin consonant table is written here: it only has to agree with the classes of
``skeleton_key`` (kh -> x, sh -> s, q -> k, gh -> j ...), which no transliteration package does.

Examples
--------
>>> kin_alternates(["Halab", "Berea", "Khaleb", "Chalepi"], ["Aleppo"], ["حلب"])
['Halab', 'Khaleb', 'Chalepi']
"""
from __future__ import annotations

from typing import Iterable

from rapidfuzz.fuzz import ratio

from .normalize import arabic_key, is_arabic, skeleton_key

__all__ = ["KIN_RATIO", "arabic_skeleton", "kin_alternates"]

#: Least similarity (0-100) of two consonant skeletons for an alternate name to be a spelling.
KIN_RATIO = 60.0

_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "j", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ا": "", "و": "", "ي": "", "ع": "", " ": "",
})


def arabic_skeleton(name: str) -> str:
    """Latin consonant skeleton of an Arabic-script name (article dropped, long vowels and ʿayn silent).

    >>> arabic_skeleton("خان شيخون")
    'xnsxn'
    """
    out = arabic_key(name).translate(_CONSONANTS)
    return "".join(ch for i, ch in enumerate(out) if ch.isascii() and (i == 0 or ch != out[i - 1]))


def kin_alternates(alternates: Iterable[str], own: Iterable[str], arabic: Iterable[str] = ()) -> list[str]:
    """The ``alternates`` that spell one of the ``own`` (Latin) or ``arabic`` names; Arabic-script
    alternates are all kept (they are matched by their own key)."""
    skeletons = {skeleton_key(n) for n in own if n and not is_arabic(n)}
    skeletons |= {arabic_skeleton(n) for n in arabic if n}
    skeletons.discard("")
    return [a for a in alternates
            if is_arabic(a) or any(ratio(skeleton_key(a), s) >= KIN_RATIO for s in skeletons)]
