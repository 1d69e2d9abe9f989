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
