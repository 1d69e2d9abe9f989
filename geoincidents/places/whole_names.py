"""Multi-word names are read whole: a part of one is never a place on its own.

Syrian place names are often a generic head and a name ("Kafr Nubl",
"Tall Rifaat", "Maarat Hurma", "Deir Sharqi") or a name and an article-joined
qualifier ("Hish al-Kubra", "Jisr al-Shughur"); names of armed groups and
people have the same shape ("Hurras al-Din", "Jaysh al-Nasr", "Abu Mohammad
al-Julani").  When the whole is not a known place, its parts must not be
looked up one by one: "Hurras" is then not the village Ahras, nor "al-Din" the
village Ez Eldin.  The scanner (:func:`geoincidents.places.mentions.find_mentions`)
asks :func:`bound_end` how far the name that starts at a token reaches; if the
gazetteer knows no name covering all of it, the whole run is either an unknown
place (after a cue: kept unresolved) or not a place.

Examples
--------
>>> toks = [(0, 6, "Hurras"), (7, 13, "al-Din"), (14, 22, "fighters")]
>>> bound_end(toks, 0, 1)
1
>>> bound_end([(0, 4, "Kafr"), (5, 9, "Nubl")], 0, 1)
1
>>> bound_end([(0, 4, "Bomb"), (5, 15, "Al-Tamanah")], 0, 1)  # a verb binds nothing
0
"""
from __future__ import annotations

import re
from typing import Callable

from ..gazetteer.normalize import fold, is_arabic
from .lexicon import STOPWORDS
from .not_places import is_common_word

__all__ = ["GENERIC_HEADS", "bound_end", "classed_common_word"]

#: First words of names that are not a name on their own ("Kafr" = village, "Tall" = mound):
#: they bind the word after them.
GENERIC_HEADS = frozenset(
    """kafr kfar kefr tal tall tel tell deir dayr der ain ayn ein jabal jebel jabel khirbet khirbat khirbit
    wadi ras abu umm um bayt beit bait qasr hayy shaykh bir maarat maaret marat maarrat maart mazraat
    mazraa tallat""".split()
)
# "al-Kubra", "Al-Din", "el-Bab", "ash-Sham": an article joined to a capitalised word.
_ARTICLE_WORD = re.compile(r"(?i)^(?:al|el|ash|as|ad|an|ar|az|at|ath|ed|es|esh|ez|et)[-'’](?=[A-Z])")
# The same article written apart ("al Kubra"): it binds the capitalised word after it.
_ARTICLES = frozenset("al el ash as ad an ar az at ath ed es esh ez et".split())
# A plain capitalised Latin word: no article, no hyphen ("Qaran", not "al-Bab" or "Al").
_PLAIN = re.compile(r"^[A-Z][a-z'’]{2,}$")


def _binds(word: str) -> bool:
    """Can ``word`` be the first part of a multi-word name?  Not a common English word
    ("Bomb Al-Tamanah", "Shell Kafr Nubl" in a title-case headline) nor a stopword."""
    key = fold(word)
    return key not in STOPWORDS and not is_common_word(word)


def bound_end(toks: list[tuple[int, int, str]], i: int, j: int,
              stands_alone: Callable[[str], bool] | None = None, text: str | None = None) -> int:
    """Index of the last token of the name that starts at token ``i`` (at most ``j``).

    Parameters
    ----------
    toks : list of (start, end, word)
        The sentence's tokens (:func:`geoincidents.places.mentions._tokens`).
    i, j : int
        First and last token of a run of capitalised words and connectors.
    stands_alone : callable, optional
        Is a word a place on its own that an article-joined word after it only
        qualifies ("Daraa al-Balad": Daraa's old town; a city locates it)?
    text : str, optional
        The text the tokens index: with it, two plain names separated by one space are one
        name ("Salib Qaran").

    Returns
    -------
    int
        ``i`` when the name is one word; otherwise the last token it binds:
        a generic head binds the next word ("Kafr Nubl"), and an article-joined
        word binds to the word before it ("Hish al-Kubra", "Hurras al-Din").
    """
    if i >= j or is_arabic(toks[i][2]):
        return i  # an Arabic word and the Latin transliteration after it are two names
    k = i
    # A generic head binds even when it is an English word too ("Tell Rifaat"), and through
    # an article written apart ("Ras Al Ain").
    head = fold(toks[i][2]) in GENERIC_HEADS and toks[i + 1][2][:1].isupper()
    if head:
        k = i + 2 if toks[i + 1][2].lower() in _ARTICLES and i + 2 <= j else i + 1
    while k < j:
        nxt = toks[k + 1][2]
        if _ARTICLE_WORD.match(nxt):
            k += 1
        elif nxt.lower() in _ARTICLES and k + 2 <= j and toks[k + 2][2][:1].isupper():
            k += 2
        else:
            break
    if k == i and not head and text is not None and _PLAIN.match(toks[i + 1][2]) and _PLAIN.match(toks[i][2]) \
            and text[toks[i][1]:toks[i + 1][0]] == " ":
        k = i + 1  # "Salib Qaran": two plain names side by side are one name (a list needs a comma or "and")
        if stands_alone is not None and (stands_alone(toks[i][2]) or stands_alone(toks[i + 1][2])):
            return i  # "Homs Badia", "Idlib Ariha": a city or governorate stands on its own
        # Neither word stands alone (tested just above): only whether both can be parts of a name.
        return k if _binds(toks[i][2]) and _binds(toks[i + 1][2]) else i
    # Only now the costlier tests, for a word an article-joined word follows.
    if k > i and not head and (not _binds(toks[i][2]) or (stands_alone is not None and stands_alone(toks[i][2]))):
        return i
    return k


# Some villages are spelled like English words ("Has", in the Ma'arrat al-Nu'man district).
_CLASS_AFTER = re.compile(r" (?:village|town)\b")


def classed_common_word(text: str, s0: int, e0: int, tok: str) -> bool:
    """Is the short common word ``tok`` (``text[s0:e0]``, capitalised, mid-sentence) a village by the
    lower-case class word next to it ("a school in Has village", "the village of Has")?  Not an
    adjective: "in Syrian town" (longer), "an Arab village" (after an article).

    Examples
    --------
    >>> t = "Jets struck Has village"
    >>> classed_common_word(t, 12, 15, "Has"), classed_common_word("The regime Has taken it", 11, 14, "Has")
    (True, False)
    """
    return len(tok) <= 4 and tok[:1].isupper() and not tok.isupper() and s0 > 1 and text[s0 - 2] not in "\n.!?;" and (
        _CLASS_AFTER.match(text, e0) is not None and not text.endswith((" a ", " an ", " the "), 0, s0)
        or text.endswith(("village of ", "town of "), 0, s0))
