"""Cue words around a place mention (the windows the cue patterns read, and their edge cases)."""
from geoincidents.places.mentions import find_mentions
from geoincidents.text.spans import Span


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.cue) for m in find_mentions(text, [Span(0, len(text), text)])]


def test_cue_before_and_after_a_name():
    assert ("Mardikh", "village") in _cues("Strikes hit the village of Mardikh on Monday")
    assert ("Mardikh", "village") in _cues("Strikes hit Mardikh village on Monday")


def test_cue_before_a_line_break_still_counts():
    # "$" in the cue patterns also matches before a final newline: the window "of \n" is a cue.
    assert ("Mardikh", "village") in _cues("Strikes hit the village of \nMardikh on Monday")


def test_no_cue_after_a_comma():
    assert ("Mardikh", None) in _cues("Strikes hit Sarmin, Mardikh, and other places")


def test_a_village_spelled_like_an_english_word_after_its_class_word():
    # Some villages are spelled like common words (Has, in Idlib's Ma'arrat al-Nu'man district); a
    # lower-case class word next to the capitalised word says the text means the village.
    assert ("Has", "village") in _cues("Warplanes bombed a bakery in Has village on Friday")
    assert ("Has", "village") in _cues("Regime rockets fell on the village of Has at dawn")
    # The English word stays a word: no class word, or at the start of a sentence.
    assert _cues("The regime Has taken the hill") == []
    assert _cues("Has village been hit? Nobody knows") == []
    # An adjective before a class word is no village: longer words, or after an article.
    assert _cues("A car bomb killed 10 in Syrian town near the border") == []
    assert _cues("Jets bombed an Arab village in the north") == []


def test_a_strike_log_entry_marks_the_name_after_its_arabic_name():
    # Airwars: "(S444) <Arabic name> <Latin name>": the entry's place, as after "in".
    assert ("Tabqa", "in") in _cues("March 9th 2017: (S491) الطبقة Tabqa, Raqqa governorate")
    assert ("Tabqa", None) in _cues("March 9th 2017: Tabqa, Raqqa governorate")


def test_the_strike_log_pattern_takes_each_run_of_the_arabic_name_whole():
    # The window before a name is read in one pass however long the Arabic run after the code: a
    # pattern that split a run between its repetitions in every way tried ~10^12 splits of this one
    # (20 s for 45 letters).
    import random
    import re

    from geoincidents.fields.event_cues import STRIKE_LOG_CODE
    from geoincidents.places import cues

    window = "(S12) " + "ب" * 200 + " x "
    assert cues._SOURCE_ENTRY.search(window) is None
    assert cues._SOURCE_ENTRY.search("(S12) " + "ب" * 200 + " ،بب ") is not None
    # ... and matches the windows the plain pattern matches (random short ones, where it is quick).
    plain = re.compile(STRIKE_LOG_CODE + r"\s*(?:[\u0600-\u06ff\u200e\u200f“”\"]+[\s,،]*){0,8}$")
    rng = random.Random(5)
    alphabet = ["ب", "ب", " ", "،", ",", "“", "x", "\n", "\u200e", ")"]
    for _ in range(20000):
        s = rng.choice(["", "in (R3) ", "(S1"]) + rng.choice(["(S1)", "( S12a )", "(I7)"]) + \
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert (plain.search(s) is None) == (cues._SOURCE_ENTRY.search(s) is None), s
