"""The scan's word splitting and where names may start (the shortcuts keep the plain definitions)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents.places import mentions
from geoincidents.places.mentions import find_mentions
from geoincidents.text.spans import Span

# The definition of a word: a letter, then word characters, apostrophes, or a hyphen before a word character.
_PLAIN_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʿ`]|-(?=\w))*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ9_-'’ʿ` .é\u0627\n", max_size=30))
def test_words_are_split_as_defined(text):
    assert [m.span() for m in mentions._TOKEN.finditer(text)] == [m.span() for m in _PLAIN_TOKEN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZsS'’-x .", max_size=14))
def test_possessives_are_cut_as_defined(word):
    # "Idlib's", "rebels'": the token loses (?:'s|’s|'|’)$ when it is longer than 3 characters.
    for s, e, tok in mentions._tokens(word, 0, len(word)):
        full = _PLAIN_TOKEN.match(word, s).group()
        cut = re.search(r"(?:'s|’s|'|’)$", full)
        want = full[:cut.start()] if cut and len(full) > 3 else full
        assert tok == want or "-" in full  # (hyphenated words before "road" are split: not this test)


def _names(text: str) -> list[str]:
    return [m.text for m in find_mentions(text, [Span(0, len(text), text)])]


def test_possessive_and_lower_case_article_starts():
    assert "Idlib" in _names("Shelling hit Idlib's countryside on Monday.")
    assert "al-Bab" in _names("Clashes erupted in al-Bab on Monday.")
    assert "Saraqeb" in _names("Shelling hit the town of Saraqeb’s outskirts.")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_list_and_nearby_shortcuts_pass_every_match(data):
    # list_names reads a name before a place only after a joint; context reads "nearby" only where written.
    from geoincidents.places import context, list_names
    text = data.draw(st.from_regex(list_names._BEFORE))
    joint = text[-60:].rstrip().endswith((",", "and", "or", "&"))
    assert joint or not list_names._BEFORE.search(text, max(0, len(text) - 60))
    text = data.draw(st.from_regex(context._NEARBY))
    assert "nearby" in text.lower()
