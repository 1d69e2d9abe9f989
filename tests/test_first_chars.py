"""A pattern behind a test of its first characters finds exactly what the pattern finds."""
import re

import pytest

from geoincidents.fields.event_cues import EVENT_CUES, WEAPON_CUES
from geoincidents.fields.first_chars import first_chars, with_first_chars, word_alternation
from geoincidents.fields.gates import lower_case_pattern

TEXT = ("regime jets struck ariha; 3 killed and a child wounded on monday, while shelling hit sarmin. "
        "an ied exploded near the bridge - 2 fighters died; drones, barrel bombs and missiles since 3 may")


@pytest.mark.parametrize("rx", [r"\b(?:" + lower_case_pattern(rx) + r")" for _, rx, _, _ in EVENT_CUES]
                         + [r"\b(?:" + lower_case_pattern(rx) + r")\b" for rx, _ in WEAPON_CUES])
def test_cue_patterns_find_the_same_matches(rx):
    old, new = re.compile(rx), re.compile(with_first_chars(rx))
    assert [m.span() for m in new.finditer(TEXT)] == [m.span() for m in old.finditer(TEXT)]


def test_first_characters_skip_zero_width_and_optional_parts():
    assert first_chars(r"\b(?<!security\s)(?:hand\s+)?grenades?") == "gh"
    assert first_chars(r"(?:a|b)?c") == "abc"
    assert first_chars(r"(?:at\s+least\s+)?\d+") == "a\\d"


@pytest.mark.parametrize("rx", [r"\w+", r"x?", r"(?i:abc)", r"[^a]b", r"\W+ killed"])
def test_unknown_first_characters_leave_the_pattern_alone(rx):
    assert first_chars(rx) is None
    assert with_first_chars(rx) == rx


def test_word_alternation_matches_as_the_plain_list():
    # Words branched by first letter: the matches of the plain alternation, in either case mode.
    words = ["elderly man", "man", "men", "woman", "Man", "IDP", "imam", "an", "a", "army", "x"]
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    text = "An elderly  man, the IDP, an imam and men; a MAN, Army women and x-man"
    assert word_alternation(["civilians", "children", "men"]) == "c(?:ivilians|hildren)|men"
    for flags in (0, re.I):
        found = [m.span() for m in re.finditer(rf"\b(?:{word_alternation(words)})", text, flags)]
        assert found == [m.span() for m in re.finditer(rf"\b(?:{plain})", text, flags)]
        assert len(found) >= 8
    # A space may stay one space (a list joined unescaped before).
    assert re.fullmatch(word_alternation(["elderly man"], space=" "), "elderly man")
    assert not re.fullmatch(word_alternation(["elderly man"], space=" "), "elderly  man")


def test_fragment_alternation_matches_as_the_flat_alternation():
    # Branched by first letter, with and without re.I (and the letters re.I folds: "ſ", the Kelvin sign).
    import random

    from geoincidents.fields.first_chars import fragment_alternation
    fragments = ["shelled", "shell", "shot(?:\\s+dead)?", "struck", "kill", "killed", "kills?", "air\\s+strikes",
                 "airstrikes", "of", "on", "in\\s+the\\s+ranks\\s+of", "hit", "hits"]
    rng = random.Random(2)
    alphabet = list("shelldkiotrucngaf ") + ["ſ", "\u212a", "S", "K"]
    for flags in (0, re.I):
        flat = re.compile(r"\b(?:" + "|".join(fragments) + r")\b", flags)
        branched = re.compile(r"\b(?:" + fragment_alternation(fragments) + r")\b", flags)
        for _ in range(5000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
            assert [m.span() for m in flat.finditer(text)] == [m.span() for m in branched.finditer(text)], text
    for bad in ("(?:a|b)", "a?b", "Shot", "(x)"):
        with pytest.raises(ValueError):
            fragment_alternation([bad])
