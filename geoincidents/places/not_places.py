"""Evidence that a capitalised word or name in a text is not a place.

Village names are short and many, so some are spelled like English words
("Fierce", "Residents", "Shells"), like given names ("Ali", "Mohammad") or like
a word of an armed group's or a treaty's name ("Hurras al-Din", "the Adana
agreement").  Rather than a hand list of the words met so far, three kinds of
general evidence are used:

* **word frequency**: a single word that is common English (``wordfreq``,
  Zipf >= 3.5, more than ~3 per million words) and that the text does not treat
  as a place (no place cue: "in X", "the town of X", "X village") is not a
  place, unless it is the name of a city, governorate or district (Damascus and
  Aleppo are frequent English words too);
* **name shapes**: "the X agreement/accord/law", "X Act" name a treaty or a
  law, not where something happened (:func:`non_place_spans`);
* **whole names**: a part of a multi-word name never stands for a place on its
  own (:mod:`geoincidents.places.whole_names`).

A real place that is also an English word ("Harem") still resolves whenever a
cue marks it as a place ("shelling on Harem", "the town of Harem").

Examples
--------
>>> is_common_word("Fierce"), is_common_word("Saraqeb"), is_common_word("Ra'i")
(True, False, False)
>>> [s.text for s in non_place_spans("Turkey cited the Adana agreement.")]
['Adana']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator

from ..gazetteer.normalize import fold
from ..text.spans import Span
from .answers import Answers

if TYPE_CHECKING:  # the gazetteer is only needed for the type
    from ..gazetteer.store import Gazetteer

__all__ = ["COMMON_ZIPF", "is_common_word", "is_common_word_mention", "is_major_name", "non_place_spans"]

#: Zipf frequency (log10 of uses per billion words) from which a word is common English.
#: 3.5: "fierce" 3.9, "renewed" 4.0, "residents" 4.6; "harem" 3.1, "saraqeb" 0.
COMMON_ZIPF = 3.5
#: Places that keep a name even when it is a common English word: big, well-known places
#: ("Damascus", "Aleppo" are frequent English words too), never confused with a common word.
_MAJOR_KINDS = frozenset({"city", "governorate", "district"})
_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _zipf():
    # Imported on first use: wordfreq's import costs ~0.3 s, and only single-word
    # gazetteer matches without a cue ever ask.  Its word lists ship in the wheel (no download).
    from wordfreq import zipf_frequency
    return zipf_frequency


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """Is ``word`` one common English word (Zipf >= :data:`COMMON_ZIPF`)?

    A word with an apostrophe or a non-Latin letter is a transliteration ("Ra'i",
    "Da'el"), never an English word here.

    Examples
    --------
    >>> is_common_word("Residents"), is_common_word("Harem")
    (True, False)
    """
    w = word.strip()
    if not _LETTERS.fullmatch(w):
        return False
    return _zipf()(w.lower(), "en", wordlist="small") >= COMMON_ZIPF


def is_common_word_mention(name: str, cue: str | None, gazetteer: "Gazetteer") -> bool:
    """Is a one-word gazetteer match ``name`` a common English word the text does not treat as a place?

    Parameters
    ----------
    name : str
        The matched text, as written.
    cue : str or None
        The place cue found around it (None: no cue).
    gazetteer : Gazetteer
        To keep common words that name a city, governorate or district ("Damascus").

    A cue makes it a place only when some place is spelled exactly so ("in Mare'", "Hole camp"):
    "in Center of the capital" is not the village Qenterê.

    Examples
    --------
    >>> from geoincidents import Gazetteer
    >>> gaz = Gazetteer.default()
    >>> is_common_word_mention("Fierce", None, gaz), is_common_word_mention("Mare", "in", gaz)
    (True, False)
    >>> is_common_word_mention("Center", "in", gaz)
    True
    """
    if " " in name.strip() or not is_common_word(name):
        return False
    if cue is not None:
        return not _SPELLED_SO(gazetteer, name)
    return not is_major_name(name, gazetteer)


def _spelled_so(gazetteer: "Gazetteer", name: str) -> bool:
    key = fold(name)
    return any(fold(p.matched or p.name) == key for p in gazetteer.lookup(name, limit=5, fuzzy=False))


def is_major_name(word: str, gazetteer: "Gazetteer") -> bool:
    """Is ``word``, spelled exactly so, the name of a city, governorate or district ("Daraa")?

    Examples
    --------
    >>> from geoincidents import Gazetteer
    >>> is_major_name("Daraa", Gazetteer.default()), is_major_name("Hurras", Gazetteer.default())
    (True, False)
    """
    return _MAJOR(gazetteer, word)


def _is_major(gazetteer: "Gazetteer", word: str) -> bool:
    best = gazetteer.lookup(word, limit=1, fuzzy=False) if gazetteer.is_name(word) else []
    return bool(best) and best[0].kind in _MAJOR_KINDS and best[0].score >= 0.8


# The same words are asked about again and again (a corpus names the same places).
_MAJOR = Answers(_is_major)
_SPELLED_SO = Answers(_spelled_so)


# "the Adana agreement", "the Sochi memorandum", "the Caesar Act": a treaty's or a law's name.
_CAP = r"[A-Z][\w'’]+(?:-[\w'’]+)*"
_AGREEMENT = re.compile(
    rf"\b[Tt]he\s+((?:{_CAP}\s+){{0,2}}{_CAP})(?:['’]s)?\s+(?:(?:de-?escalation|ceasefire|peace|security|border)\s+)?"
    r"(?:agreements?|accords?|deal|treaty|memorandum|protocol|understanding|law|act|declaration|format|"
    r"process|initiative|roadmap|resolution)\b"
    rf"|\b((?:{_CAP}\s+){{0,2}}{_CAP})\s+(?:Act|Law|Accords?|Agreement|Protocol|Memorandum)\b"
)


# A text without any of these has no match of _AGREEMENT (both its branches end in one of them):
# a substring test per word is ~3x cheaper than the pattern's search, and few texts name a treaty.
_AGREEMENT_WORDS = ("agreement", "accord", "deal", "treaty", "memorandum", "protocol", "understanding", "law", "act",
                    "declaration", "format", "process", "initiative", "roadmap", "resolution",
                    "Act", "Law", "Accord", "Agreement", "Protocol", "Memorandum")
# Every match has one of them right after a space (both branches end in "\s+" and the word): one
# search for that, a scan C runs fast (the pattern opens with a class), instead of a substring test
# per word, which "act" in "activists" and "impact" passed in one text of thirteen.
_AGREEMENT_GATE = re.compile(r"\s(?:" + "|".join(_AGREEMENT_WORDS) + ")")


# "Idlib-based", "Iran-backed", "Russian-made", "Booby-trapped": a name that only makes an adjective
# with the word after it is not where anything happened.
_COMPOUND = re.compile(r"\b([A-Z][\w'’]+)(?=-(?:based|backed|born|made|led|funded|affiliated|linked|supported)\b|"
                       r"[\s-]+trap(?:ped|s)?\b)")


# "Khalid bin al-Walid", "Al-Hasan Ibn Al-Haytham": a person's name (of a mosque, school or camp named
# after them), not a place; villages named so ("Qasr Bin Wardan", "Ziaret Ibn Hani") are kept (below).
_PERSON = re.compile(rf"\b((?:{_CAP}\s+)?{_CAP})\s+(?:[Ii]bn|[Bb]in|[Bb]int)\s+(?:(?:[Aa]l|[Ee]l)[-\s])?{_CAP}")
# Every match has one of the words between spaces: one search rules most texts out.
_PERSON_GATE = re.compile(r"\s(?:[Ii]bn|[Bb]int?)\s")
# "the month of Ramadan", "the holy month of Muharram", "Eid al-Adha": a time, not a place ("Ramadan"
# and "Safar" are villages too).
_MONTH_OF = re.compile(rf"\b(?:month|months)\s+of\s+({_CAP})|\b(Eid)(?:\s+|-)(?:[Aa]l|[Ee]l)?[-\s]?(?:Fitr|Adha)\b")


def _person_spans(text: str, offset: int, gazetteer: "Gazetteer | None") -> Iterator[Span]:
    from ..gazetteer.store import Gazetteer  # the store imports this module's callers
    gaz = gazetteer or Gazetteer.default()
    for m in _PERSON.finditer(text):
        head = text[m.end(1):m.end()].strip()  # "bin al-Walid"
        if gaz.is_name(m.group()) or gaz.is_name(head) or gaz.is_name(" ".join(m.group().split()[-3:])):
            continue  # a village's name ("Qasr Bin Wardan", "Ziaret Ibn Hani")
        yield Span(offset + m.start(), offset + m.end(), m.group(), "not_place", "a person's name")


@lru_cache(maxsize=1)
def _outlets() -> Callable[[str], Iterator[re.Match]]:
    """``finditer`` of the news outlets and monitors that fields/attribution.py knows ("Enab Baladi",
    "Step News"), case-insensitive: found as datelines and photo credits too, where no reporting verb
    marks them.  Matched lower-cased behind a test of the letters a name starts with where that reads
    the text exactly (fields.gates.compile_lowered): the same matches, in half the time."""
    from ..fields.attribution import KNOWN_SOURCES
    from ..fields.gates import compile_lowered, lowers_as_ignorecase
    names = r"(?<![\w-])(?:" + "|".join(f"(?:{k})" for k in KNOWN_SOURCES) + r")(?![\w-])"
    rx, low = re.compile(names, re.I), compile_lowered(names)
    return lambda text: low.finditer(text.lower()) if lowers_as_ignorecase(text) else rx.finditer(text)


def non_place_spans(text: str, offset: int = 0, gazetteer: "Gazetteer | None" = None) -> list[Span]:
    """Capitalised names that a name shape marks as not a place: treaties, laws, news outlets, adjectives,
    people ("Khalid bin al-Walid") and the months of the Islamic calendar ("the month of Ramadan").

    Parameters
    ----------
    text : str
        A sentence or a whole document.
    offset : int
        Added to the spans' offsets (the position of ``text`` in its document).
    gazetteer : Gazetteer, optional
        Whose names a person's name shape must not hide ("Qasr Bin Wardan"); default: the bundled one.

    Examples
    --------
    >>> [s.text for s in non_place_spans("Sanctions under the Caesar Act hit Syria.")]
    ['Caesar']
    >>> [s.text for s in non_place_spans("Enab Baladi – Shelling hit Ariha (Photo: Step News).")]
    ['Enab Baladi', 'Step News']
    >>> [s.text for s in non_place_spans("Booby trapped explosion kills an Idlib-based commander in Sarmin.")]
    ['Booby', 'Idlib']
    >>> [s.text for s in non_place_spans("Gunmen attacked the Khalid bin al-Walid mosque during the month of Ramadan.")]
    ['Khalid bin al-Walid', 'Ramadan']
    """
    out = []
    for m in _AGREEMENT.finditer(text) if _AGREEMENT_GATE.search(text) else ():
        g = 1 if m.group(1) is not None else 2
        out.append(Span(offset + m.start(g), offset + m.end(g), m.group(g), "not_place", "agreement or law"))
    if "-" in text or "trap" in text:
        for m in _COMPOUND.finditer(text):
            out.append(Span(offset + m.start(1), offset + m.end(1), m.group(1), "not_place", "part of an adjective"))
    if _PERSON_GATE.search(text):
        out.extend(_person_spans(text, offset, gazetteer))
    if "onth" in text or "Eid" in text:
        for m in _MONTH_OF.finditer(text):
            g = 1 if m.group(1) is not None else 2
            out.append(Span(offset + m.start(g), offset + m.end(g), m.group(g), "not_place", "a month or a feast"))
    for m in _outlets()(text):
        start, end = m.span()
        if text[start].isupper():  # a name as written, not "activists said"
            out.append(Span(offset + start, offset + end, text[start:end], "not_place", "news outlet"))
    return out
