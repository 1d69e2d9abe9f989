"""Keyword gates and lower-cased matching are shortcuts: they never change what is read."""
from datetime import date

import pytest

from geoincidents.fields import events
from geoincidents.fields.attribution import _find_attribution
from geoincidents.fields.counts import casualties
from geoincidents.fields.dates import find_dates
from geoincidents.fields.events import classify, find_weapons
from geoincidents.fields.gates import Gates, fold, lower_case_pattern, lowers_as_ignorecase
from geoincidents.incidents.build import sentence_fields
from geoincidents.text.spans import Span

SENTENCES = [
    "Russian airstrikes killed 12 civilians, including 4 children, in Ariha on Monday",
    "Regime forces took control of the village after heavy shelling with barrel bombs",
    "Gunmen shot dead a man near Sarmin; the Civil Defence said no one else was hurt",
    "An IED exploded under a military vehicle, killing two SDF members, the Observatory reported",
    "The ministry denied the allegations and warned that strikes would resume",
    "Among the dead were 28 children, according to activists",
    "Movement of forces: On 4 May 2019, regime reinforcements arrived in Kafr Nabl",
    "Protesters set tyres on fire and blocked the road in the camp",
    "HTS fighters clashed with rebels; 5 killed in Maarrat Misrin",
    "A landmine went off near Taftanaz, injuring three shepherds",
]


def _all_open(self, low: str) -> int:
    return -1  # every bit set: every pattern runs


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gates_only_skip_patterns_that_cannot_match(sentence, monkeypatch):
    gated = (classify(sentence, 3), find_weapons(sentence))
    monkeypatch.setattr(Gates, "mask", _all_open)
    assert (classify(sentence, 3), find_weapons(sentence)) == gated


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lower_cased_matching_reads_as_case_insensitive_matching(sentence, monkeypatch):
    fast = classify(sentence, 3)
    monkeypatch.setattr(events, "lowers_as_ignorecase", lambda text: False)  # the re.IGNORECASE patterns
    slow = classify(sentence, 3)
    assert fast == slow
    if fast is not None:
        assert [t.text for t in fast.triggers] == [t.text for t in slow.triggers]  # as written, not lower-cased


def test_triggers_keep_the_case_written():
    e = classify("AIRSTRIKES hit Ariha")
    assert e.sub_event_type == "Air/drone strike" and e.triggers[0].text == "AIRSTRIKES"


@pytest.mark.parametrize("written, plain", [
    ("Aır strikes killed 3 civilians in Ariha", "Air strikes killed 3 civilians in Ariha"),
    ("Air ſtrikes killed 3 civilians in Ariha", "Air strikes killed 3 civilians in Ariha"),
    ("AİR STRIKES KILLED 3 CIVILIANS IN ARIHA", "AIR STRIKES KILLED 3 CIVILIANS IN ARIHA"),
])
def test_odd_case_letters_read_as_their_letters(written, plain):
    # re.IGNORECASE matches "ı"/"İ" to i and "ſ" to s: the fast paths must not lose them.
    assert classify(written).sub_event_type == classify(plain).sub_event_type
    assert casualties(written).fatalities == casualties(plain).fatalities == 3


def test_odd_case_letters_in_a_note_category_do_not_fail():
    assert classify("Movement of forceſ: regime forces deployed to Ariha").sub_event_type == "Change to group/activity"


def test_only_capitalised_month_names_are_dates():
    assert [d.text for d in find_dates("shelling on 4 May 2019 may resume", date(2019, 5, 14))] == ["on 4 May 2019"]
    assert find_dates("shelling may 4 resume", date(2019, 5, 14)) == []


def test_sentence_fields_gates_keep_report_and_harm():
    sf = sentence_fields(Span(0, 45, "The ministry denied that 5 civilians died there"), None)
    assert not sf.reportable and sf.harm
    sf = sentence_fields(Span(0, 30, "Shelling hit Ariha on Thursday"), date(2019, 5, 14))
    assert sf.reportable and not sf.harm and not sf.part_of


def test_attribution_needs_a_report_verb_or_headline_colon():
    assert _find_attribution("5 killed in Ariha, the Observatory said").value == "Observatory"
    assert _find_attribution("5 killed in Ariha by the Observatory") is None


def test_gate_helpers():
    g = Gates([("strike", "raid"), ("shell",), ("car bomb",)])
    assert g.mask("jets struck, a car bomb and airstrikes") == 0b101
    assert g.mask("firefight") == 0 and g.mask("shelling raids") == 0b011
    assert fold("KİLLED ſhot Kılled") == "killed shot killed"
    assert lowers_as_ignorecase("Ariha") and not lowers_as_ignorecase("Kılıç")
    assert lower_case_pattern(r"IEDs?\W[A-Z]") == r"ieds?\W[a-z]"
    with pytest.raises(ValueError):
        lower_case_pattern(r"(?i:IS)")


COUNT_SENTENCES = SENTENCES + [
    "3 IS fighters were killed and 2 is reported missing",
    "Two civilians is killed, the group says",  # "is": COUNT_RE's case-sensitive stop word
    "Gunmen shot dead the commander of the brigade and AT LEAST 12 PEOPLE WERE KILLED",
    "Israeli jets killed 4 ISIS fighters and wounded 3 Islamic State members",
    "Two civilians IS killed in Israeli shelling, and 3 Is wounded",
]


def test_count_patterns_read_lower_cased_unless_a_word_is_is_written_in_another_case():
    from geoincidents.fields.count_matches import lowered
    assert lowered("Israeli jets killed 4 ISIS fighters") == "israeli jets killed 4 isis fighters"
    assert lowered("Two civilians IS killed") is None and lowered("Three Is wounded, 2 dead") is None


@pytest.mark.parametrize("sentence", COUNT_SENTENCES)
def test_lower_cased_count_patterns_read_as_the_written_ones(sentence, monkeypatch):
    from geoincidents.fields import count_spans
    fast = count_spans.find_counts(sentence, 4)
    monkeypatch.setattr(count_spans, "_lowered", lambda text: None)
    slow = count_spans.find_counts(sentence, 4)
    assert [(s.start, s.end, s.text, s.value, s.attrs) for s in fast] == [(s.start, s.end, s.text, s.value, s.attrs)
                                                                         for s in slow]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_lower_cased_date_patterns_read_as_the_written_ones(sentence, monkeypatch):
    from geoincidents.fields import dates
    fast = dates.find_dates(sentence, date(2019, 5, 14), 2)
    monkeypatch.setattr(dates, "lowers_as_ignorecase", lambda text: False)
    assert [(s.start, s.text, s.value, s.attrs) for s in fast] == [
        (s.start, s.text, s.value, s.attrs) for s in dates.find_dates(sentence, date(2019, 5, 14), 2)]


def test_memoised_readings_are_fresh_copies_at_their_offset():
    from geoincidents.fields import clear_caches, find_actors
    first = casualties("Shelling killed 5 civilians in Ariha", 10)
    first.victims["civilians"] = 99  # a caller changing its copy (assembly merges victims)
    first.spans[0].attrs["kind"] = "other"
    again = casualties("Shelling killed 5 civilians in Ariha", 100)
    assert again.victims == {"civilians": 5} and again.spans[0].attrs["kind"] == "killed"
    assert (again.spans[0].start, again.spans[0].text) == (116, "5 civilians")
    clear_caches()
    assert casualties("Shelling killed 5 civilians in Ariha", 100) == again
    assert [a.start for a in find_actors("rebels shelled Ariha", 7)] == [7]


def test_the_clause_joint_lookahead_only_skips_positions_no_joint_starts_at():
    # fields.clauses._JOINT opens with a test of the characters every joint starts with (",", ":",
    # a space): the matches are those of the alternatives without it.
    import random
    import re

    from geoincidents.fields.clauses import _JOINT
    prefix = r"(?=[,:\s])(?:"
    assert _JOINT.pattern.startswith(prefix) and _JOINT.pattern.endswith(")")
    plain = re.compile(_JOINT.pattern[len(prefix):-1], _JOINT.flags)
    rng = random.Random(4)
    words = ("and while another a second other strikes as well in on following the an 3 two more killed "
             "were after 5 people X forces pressed").split()
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", ", ", ": ", "\n", ""]) for _ in range(rng.randint(1, 14)))
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in _JOINT.finditer(text)], text
