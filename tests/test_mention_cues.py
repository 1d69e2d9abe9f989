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
