"""The cue tables' end-anchored patterns: the shortcuts they take give the plain pattern's answer."""
import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.places import lexicon, not_places
from geoincidents.places.lexicon import EndAnchored, last_word
from geoincidents.places.pattern_width import widest

_END_ANCHORED = [rx for rx, *_ in lexicon.CUES_BEFORE] + [lexicon.NOT_INCIDENT_BEFORE, lexicon.ADMIN_CONTEXT]


def _vocabulary() -> list[str]:
    """The words the patterns are written with (and "towards?" read as "toward" too), in three cases."""
    words = set()
    for rx in _END_ANCHORED:
        for w in re.findall(r"[A-Za-z]+", rx.pattern.pattern):
            words |= {w, w[:-1], w[:-2]} if len(w) > 3 else {w}
    words |= {"Idlib", "Ariha", "Kafr", "al", "Syria's", "north-eastern", "(central", "x", "K\u212ay", "3"}
    return sorted(v for w in words for v in (w.lower(), w.title(), w.upper()))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_vocabulary()), max_size=9), st.sampled_from(["", " ", "  ", " \n", "\n", ", "]),
       st.sampled_from([" ", "-", ", ", " ("]))
def test_end_anchored_search_is_the_plain_search(words, end, sep):
    text = sep.join(words) + end
    for rx in _END_ANCHORED:
        plain = rx.pattern.search(text)
        got = rx.search(text)
        assert (got and got.span()) == (plain and plain.span()), (rx.pattern.pattern, text)
        assert (rx.search(text, last_word(text)) and True) == (plain and True)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_end_anchored_finds_every_match_of_its_pattern(data):
    # Texts that match (from the pattern itself), mostly ASCII so that the last-word shortcut is taken.
    for rx in _END_ANCHORED:
        ascii_only = data.draw(st.booleans())
        alphabet = st.characters(codec="ascii") if ascii_only else None
        text = data.draw(st.from_regex(rx.pattern, alphabet=alphabet))
        plain = rx.pattern.search(text)
        got = rx.search(text)
        assert (got and got.span()) == (plain and plain.span()), (rx.pattern.pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_cue_rows_are_offered_for_every_text_they_match(data):
    # cues_before/cues_after/may_qualify narrow the rows tried by the word next to the name.
    ascii_only = data.draw(st.booleans())
    alphabet = st.characters(codec="ascii") if ascii_only else None
    for row in lexicon.CUES_BEFORE:
        text = data.draw(st.from_regex(row[0].pattern, alphabet=alphabet))
        assert row in lexicon.cues_before(last_word(text)), (row[0].pattern.pattern, text)
    for row in lexicon.CUES_AFTER:
        text = data.draw(st.from_regex(row[0], alphabet=alphabet))
        if row[0].search(text):  # "^" only at the start: a drawn prefix may sit before it
            assert row in lexicon.cues_after(lexicon.first_word(text)), (row[0].pattern, text)
    text = data.draw(st.from_regex(lexicon.QUALIFIER_AFTER, alphabet=alphabet))
    assert not lexicon.QUALIFIER_AFTER.match(text) or lexicon.may_qualify(lexicon.first_word(text))


def test_widest_bounds_every_match():
    assert widest(r"\bprovinces? of (?:the )?$") == len("provinces of the ")
    assert widest(r"a{2}(?:bc|d){1,3}(?=x)\b") == 8
    assert widest(r"(?:[\w'-]+ ){0,3}of $") == math.inf
    assert widest(r"(?i)x[]a-]?") == 2


def test_widest_refuses_what_it_cannot_bound():
    for pattern in (r"(a)\1", r"(?P<x>a)(?P=x)", r"(?(1)a|b)"):
        try:
            widest(pattern)
        except ValueError:
            continue
        raise AssertionError(f"no error for {pattern!r}")


def test_end_anchored_needs_a_final_anchor():
    try:
        EndAnchored(re.compile("near "), "near")
    except ValueError:
        return
    raise AssertionError("a pattern without $ was accepted")


def test_last_word():
    assert last_word("clashes in the village of ") == "of"
    assert last_word("in North-Eastern \n") == "eastern"
    assert last_word("Raqqa, ") == "" and last_word("Raqqa") == ""  # no word right before a space
    assert last_word("قرية ") == "" and last_word("nearby outſide ") is None  # "ſ" matches "s" under re.I


@settings(max_examples=300, deadline=None)
@given(st.from_regex(not_places._AGREEMENT))
def test_treaty_names_pass_the_word_gate(text):
    # non_place_spans skips its treaty pattern on a text without any of the words its matches end in.
    assert any(w in text for w in not_places._AGREEMENT_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(not_places._AGREEMENT))
def test_treaty_names_pass_the_gate_pattern(text):
    # The gate that non_place_spans searches first: one of the words right after a space.
    assert not_places._AGREEMENT_GATE.search(text)
