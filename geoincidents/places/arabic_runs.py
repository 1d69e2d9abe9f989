"""Arabic runs in source lists: "تل الجاير Tal al Jayer", "مدينة هجين Hajeen Town", "جامع الصفا al Safa mosque".

A run of Arabic words that opens with a feature noun is a compound name; when the gazetteer does
not know the run, none of its words is a place on its own ("تل" is "hill", not the village At
Tall; "الجسر الجديد" is "the New Bridge", neither Jisr nor Jadidah). A noun that only says what
kind of place follows ("مدينة" city, "قرية" village) is a cue, like "the town of": the name after
it is looked up. The Latin transliteration that usually follows is found on its own.

Hand-written word lists: no maintained package lists Syrian toponym heads (they mirror the
Latin generic heads of :mod:`geoincidents.places.mentions`).

Examples
--------
>>> skip_arabic_head(["تل", "الجاير"], lambda phrase: False)
2
>>> skip_arabic_head(["مدينة", "هجين"], lambda phrase: False)
1
>>> skip_arabic_head(["عين", "العرب"], lambda phrase: phrase == "عين العرب")
0
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..gazetteer.normalize import arabic_key, is_arabic

__all__ = ["skip_arabic_head"]

# Kind-of-place nouns before a name: city, town, village, quarter, camp, area, countryside, district.
_CUE_NOUNS = frozenset(arabic_key(w) for w in "مدينة بلدة قرية حي مخيم منطقة ريف ناحية محافظة".split())
# Heads of compound names and named facilities: hill, hamlet (Raqqa's kasra, hawi), farm(s), street,
# mosque, market, bridge, roundabout, square, station, hospital, school, mountain, valley, spring,
# monastery, village of (kafr), ruin, well, gate, palace, house of, father/mother of, cape, sheikh.
_HEADS = frozenset(arabic_key(w) for w in (
    "تل تلة كسرة حاوي مزرعة مزارع شارع جامع مسجد سوق جسر دوار ساحة محطة مشفى مستشفى مدرسة جبل وادي "
    "عين دير كفر خربة بئر باب قصر بيت أبو أم رأس شيخ").split())  # (arabic_key folds the hamza spellings)


def skip_arabic_head(words: Sequence[str], is_name: Callable[[str], bool]) -> int:
    """How many of the leading Arabic ``words`` of a run to skip before looking names up: 0 (look
    them up as usual), 1 (a cue noun) or the whole Arabic run (a compound name the gazetteer does
    not know). ``is_name(phrase)`` says whether the gazetteer knows a phrase of those words."""
    if not words or not is_arabic(words[0]):
        return 0
    head = arabic_key(words[0])
    if head in _CUE_NOUNS:
        return 1
    n = 1
    while n < len(words) and is_arabic(words[n]):
        n += 1
    if head not in _HEADS or n == 1:
        return 0
    # Known as a whole ("دير الزور", "عين العرب", "تل أبيض"): looked up as usual.
    return 0 if any(is_name(" ".join(words[:k])) for k in range(n, 1, -1)) else n
