"""A pattern behind a test of its first characters finds exactly what the pattern finds."""
import re

import pytest

from geoincidents.fields.event_cues import EVENT_CUES, WEAPON_CUES
from geoincidents.fields.first_chars import first_chars, with_first_chars
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
