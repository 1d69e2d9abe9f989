"""Sentence and clause spans with offsets into the original text.

A hand-written splitter, not spaCy: the whole pipeline targets more than
1,000 documents a second, and a parser model costs more than that on its own.
News prose is regular enough for rules: a sentence ends at ``.``, ``!``,
``?`` or ``…`` (plus closing quotes/brackets) followed by whitespace and a
capital, digit or opening quote, unless the word before the full stop is a
known abbreviation or an initial. Block boundaries (lines, or the kept blocks
of :func:`geoincidents.text.clean.clean`) always end a sentence, so headlines
without a final full stop are sentences of their own. A "sentence" longer than
:data:`MAX_SENTENCE_CHARS` (lines without full stops, a list of thousands of names)
is cut into pieces at line ends or commas, so no single sentence holds a document.

>>> [s.text for s in split_sentences("Gen. Ali said 3.5 km. Two died.\\nNo final stop")]
['Gen. Ali said 3.5 km.', 'Two died.', 'No final stop']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Iterator

from .clean import line_blocks
from .spans import Span

__all__ = ["ABBREVIATIONS", "MAX_SENTENCE_CHARS", "iter_sentences", "split_clauses", "split_sentences"]

#: Lower-cased words that, followed by ".", do not end a sentence. "etc." is
#: left out on purpose: it ends sentences more often than not.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj brig capt cpt sgt cpl pvt adm cmdr gov sen rep pres amb
st ste mt ft no nos vs v jr sr rev fr sheikh approx est ca cf al inc ltd co corp dept univ
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
e.g i.e a.m p.m u.s u.n u.k u.a.e u.s.a e.u
""".split())

# Candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then (looked ahead) an opening quote/bracket and an upper-case
# letter, a letter without case (Arabic script), or a digit.
_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(\s+)["'“‘«(\[]*([^\W_])""")
# The same, tried only where a run of terminal punctuation starts: finditer tried it again at
# every character of a run ("......"), each try scanning to the run's end (quadratic: 32k
# characters of dots took 10 s). Inside a run it can never match where it failed at the start.
_RUN_BOUNDARY = re.compile(r"(?<![.!?…])" + _BOUNDARY.pattern)
_TERMINAL = frozenset(".!?…")
#: Longest sentence read as one (characters). Sentences of news are far shorter; a longer one is
#: a list, a table or lines without full stops joined as one block, and one sentence is read
#: whole (its fields, places and clauses), so it is cut: at a line end, else after "; " or ", ",
#: else at a space, in its second half.
MAX_SENTENCE_CHARS = 3_000
_CUTS = (("\n", 0), ("; ", 1), (", ", 1), (" ", 0))  # (separator, characters of it kept in the piece)
_WORD_BEFORE = re.compile(r"([\w.'’-]*)$")


def _is_abbreviation(text: str, dot: int, block_start: int) -> bool:
    """Whether the "." at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(block_start, dot - 20), dot)
    word = m.group(1).lower().lstrip("'’-") if m else ""
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith", "Abu M. al-..."
        return True
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS


def _boundaries(text: str, start: int, end: int):
    """``_BOUNDARY.finditer(text, start, end)``, in linear time."""
    # A run at the block's start is tried as a whole (the lookbehind would see the text before it).
    first = _BOUNDARY.match(text, start, end) if start < end and text[start] in _TERMINAL else None
    if first is not None:
        yield first
    yield from _RUN_BOUNDARY.finditer(text, first.end() if first is not None else start, end)


def _split_block(text: str, start: int, end: int) -> Iterator[Span]:
    s = start
    for m in _boundaries(text, start, end):
        if m.group(4).islower() or (m.group(1) == "." and _is_abbreviation(text, m.start(1), start)):
            continue
        e = m.end(2)
        if e > s:
            yield from _pieces(text, s, e)
        s = m.end(3)
    # The block's last sentence, trailing whitespace excluded.
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield from _pieces(text, s, e)


def _pieces(text: str, s: int, e: int) -> Iterator[Span]:
    """The sentence ``text[s:e]``, cut into pieces of at most :data:`MAX_SENTENCE_CHARS`."""
    while e - s > MAX_SENTENCE_CHARS:
        lo, hi = s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS
        cut = nxt = hi  # no separator at all: a hard cut
        for sep, keep in _CUTS:
            k = text.rfind(sep, lo, hi)
            if k >= 0:
                cut, nxt = k + keep, k + len(sep)
                break
        c = cut
        while c > s and text[c - 1].isspace():
            c -= 1
        yield Span(s, c, text[s:c], "sentence")
        s = nxt
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        yield Span(s, e, text[s:e], "sentence")


def split_sentences(text: str, blocks: Iterable[Span] | None = None) -> list[Span]:
    """Split ``text`` into sentence spans (label ``"sentence"``), offsets into ``text``.

    Parameters
    ----------
    text : str
        The original document text.
    blocks : iterable of Span, optional
        Split only inside these (e.g. ``clean(text).blocks``), so dropped furniture
        and duplicates yield no sentences. Default: every non-blank line, with
        hard-wrapped lines joined (see :func:`geoincidents.text.clean.line_blocks`).

    Returns
    -------
    list of Span
        In text order; ``text[s.start:s.end] == s.text`` for every span.

    Examples
    --------
    >>> [s.text for s in split_sentences("The U.S. Army left. Hay'at Tahrir al-Sham stayed.")]
    ['The U.S. Army left.', "Hay'at Tahrir al-Sham stayed."]
    """
    return list(iter_sentences(text, blocks))


def iter_sentences(text: str, blocks: Iterable[Span | tuple[int, int]] | None = None) -> Iterator[Span]:
    """The sentences of :func:`split_sentences`, one at a time (a long document's are not all held at once).

    ``blocks`` may also be ``(start, end)`` pairs: a long document's kept paragraphs without
    their copies of the text.

    >>> next(iter_sentences("Two died. Three were hurt."))
    Span(start=0, end=9, text='Two died.', label='sentence', value=None, attrs={})
    """
    ranges = line_blocks(text) if blocks is None else ((b.start, b.end) if isinstance(b, Span) else b for b in blocks)
    n = len(text)
    for start, end in ranges:
        yield from _split_block(text, max(0, start), min(end, n))


# Event verbs that make a stretch of text a clause of its own.
_VERBS = (r"(?:kill(?:s|ed)?|die[sd]?|wound(?:s|ed)?|injur(?:es|ed)|shell(?:s|ed)|struck|hit|hits"
          r"|target(?:s|ed)|clash(?:es|ed)|attack(?:s|ed)|bomb(?:s|ed)|captur(?:es|ed)|seiz(?:es|ed)|took"
          r"|take[sn]?|was|were|is|are|has|have|had|said|says|reported|documented|ris(?:es|en)|rose|climb(?:s|ed)|reach(?:es|ed)"
          # the acts of the other ACLED event types ("..., and gunmen shot dead a teacher in Y")
          r"|shot|gunned|abduct(?:s|ed)|kidnap(?:s|ped)|execut(?:es|ed)|assassinat(?:es|ed)|explod(?:es|ed)"
          r"|detonat(?:es|ed)|stormed|raided|arrested)")  # (not "raids", "arrests": nouns as often)
_HAS_VERB = re.compile(rf"\b{_VERBS}\b", re.I)
# The same verbs in the lower-cased sentence (``_VERBS`` is lower case): compared without
# re.IGNORECASE, and tried only where a verb's first letter is, the scan takes a third of the time.
_HAS_VERB_LOW = re.compile(rf"(?=[abcdeghikrstw])\b{_VERBS}\b")
_STARTS_CLAUSE = re.compile(rf"(?:\S+\s+){{0,6}}?{_VERBS}\b", re.I)  # verb within the first 7 words
_STARTS_CLAUSE_LOW = re.compile(rf"(?:\S+\s+){{0,6}}?(?=[abcdeghikrstw]){_VERBS}\b")  # as _HAS_VERB_LOW
# A counted subject with a long name before its verb ("..., and five fighters of the Free Syrian Army died
# in clashes near Y"): a report of its own, whose verb may come after the first seven words.
_COUNT_SUBJECT = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                            r"forty|fifty|dozens|several)\s+(?:[\w'’-]+\s+){1,8}?(?:killed|died|wounded|injured|"
                            r"were\s+(?:killed|wounded|injured))\b")
_CLAUSE_SEP = re.compile(r";\s*|,\s+and\s+|\s+and\s+|,\s+")
# An updated toll as the subject of its own clause ("..., and the death toll of yesterday's massacre in Hass
# rises to 11"): its verb may come after the first seven words, its place with it.
_TOLL_SUBJECT = re.compile(r"(?:the\s+)?(?:(?:death|casualty|civilian)\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|"
                           r"victims|casualties|martyrs|those\s+killed|people\s+killed|civilians\s+killed))\b"
                           r"[^;,]{0,80}?\b(?:ris(?:es|en)|rose|climb(?:s|ed)|reach(?:es|ed)|jump(?:s|ed)|increas(?:es|ed))\b")
# Nouns that name an event (shared with geoincidents.incidents.build: "the explosion" points back at one).
# Headlines without verbs: "Casualties in an explosion in Idlib and shelling on Ariha" is two events, each
# at its place: an event noun and its preposition on each side of "and" ("... and Sarmin" opens no event,
# "their shelling and attacks in X" are two nouns of one place).
EVENT_NOUNS = (r"(?:shelling|bombardment|bombing|air\s*-?\s*strikes?|airstrikes?|air\s+raids?|raids?|clashes|fighting|"
                r"battles?|explosions?|blasts?|(?:car|truck|motorcycle|motorbike)\s+bomb|barrel\s+bombs|drone\s+strikes?|"
                r"gunfire|sniper\s+fire|attacks?|ambush)")
_EVENT_AT = re.compile(r"(?:(?:an?|the|renewed|heavy|intense|violent|more|continued|new|regime|russian)\s+){0,2}"
                       + EVENT_NOUNS + r"\s+(?:on|in|at|near|targeting|against|around)\b")
# "were killed and injured", "kills and injures": one pair of verbs over one object, one clause.
_KILLED_BEFORE = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths|martyrs|casualties)$", re.I)
# ("5 killed, 12 injured": one report's toll; "killed, wounding others")
_INJURED_AFTER = re.compile(r"(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|tens|several|many)\s+)?"
                            r"(?:(?:others?|people|more)\s+)?(?:were\s+)?(?:injur|wound)\w*", re.I)


# Characters an _EVENT_AT match spans at most in ordinary text (its words are bounded; only its
# whitespace runs are not): the left side of a clause is searched once, in steps that overlap by this.
_EVENT_REACH = 200


def split_clauses(sentence: Span) -> list[Span]:
    """Split a sentence span into clause spans (label ``"clause"``), document offsets kept.

    Rules, kept simple on purpose: always split at ";" (UCDP-style headlines
    "X; Y"); split at ", and", " and " or ", " only when both sides contain an
    event verb (killed, shelled, captured, said, was ...) so that "Russian and
    Syrian airstrikes" and lists of places stay whole.

    Examples
    --------
    >>> s = Span(10, 61, "Army shells Idlib; 3 civilians killed in Ariha")
    >>> [(c.start, c.text) for c in split_clauses(s)]
    [(10, 'Army shells Idlib'), (29, '3 civilians killed in Ariha')]
    >>> [c.text for c in split_clauses(Span(0, 43, "Rebels shelled Qardaha and two fighters died"))]
    ['Rebels shelled Qardaha', 'two fighters died']
    """
    text, base = sentence.text, sentence.start
    out: list[Span] = []
    s = 0
    # Verbs (whole words, so never overlapping) found once; "text[s:sep] has a verb" is then a
    # look at the first verb after s, not a new scan of a left side that grows with every separator.
    # str.lower keeps offsets and reads letters as re.IGNORECASE does, but for "ı", "İ", "ſ"
    # (see geoincidents.fields.gates.lowers_as_ignorecase).
    lowers = text.isascii() or not ("ı" in text or "İ" in text or "ſ" in text)
    low = text.lower() if lowers else text
    verbs = [m.span() for m in (_HAS_VERB_LOW.finditer(low) if lowers else _HAS_VERB.finditer(text))]
    starts_clause = _STARTS_CLAUSE_LOW.match if lowers else _STARTS_CLAUSE.match
    # For the verbless headline rule: verb starts and ";" positions, bisected ("is there a verb after
    # this point in its report?"), and whether the current clause so far holds an event noun with its
    # preposition, searched incrementally (a long line of separators stays linear).
    verb_starts = [a for a, _ in verbs]
    semicolons = [i for i, c in enumerate(text) if c == ";"] if ";" in text else []
    ev_clause, ev_seen, ev_to = -1, False, 0

    def event_before(upto: int) -> bool:
        nonlocal ev_clause, ev_seen, ev_to
        if ev_clause != s:
            ev_clause, ev_seen, ev_to = s, False, s
        if not ev_seen and upto > ev_to:
            ev_seen = _EVENT_AT.search(low, max(s, ev_to - _EVENT_REACH), upto) is not None
            ev_to = upto
        return ev_seen

    def verb_in_report(at: int) -> bool:
        # "Air strikes on X and shelling on Y kill 5": the two events are one subject, their toll one total.
        j = bisect_left(semicolons, at)
        end = semicolons[j] if j < len(semicolons) else len(text)
        i = bisect_left(verb_starts, at)
        return i < len(verb_starts) and verb_starts[i] < end

    v = 0
    for m in _CLAUSE_SEP.finditer(text):
        if m.group().strip() != ";":
            if _INJURED_AFTER.match(text, m.end()) and _KILLED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            while v < len(verbs) and verbs[v][0] < s:
                v += 1
            has_verb = v < len(verbs) and verbs[v][1] <= m.start()
            if not (has_verb and (starts_clause(low, m.end()) or _TOLL_SUBJECT.match(low, m.end())
                                  or _COUNT_SUBJECT.match(low, m.end()))) and not (
                    "and" in m.group() and (at := _EVENT_AT.match(low, m.end())) is not None
                    and event_before(m.start()) and not verb_in_report(at.end())):
                continue
        if m.start() > s:
            out.append(Span(base + s, base + m.start(), text[s:m.start()], "clause"))
        s = m.end()
    e = len(text.rstrip())
    if e > s:
        out.append(Span(base + s, base + e, text[s:e], "clause"))
    return out
