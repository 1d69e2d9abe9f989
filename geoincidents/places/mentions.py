"""Find place mentions in text, driven by the gazetteer's names and cue words.

A mention is a run of capitalised words (with article connectors such as
"al-" or "ash") that is, however it is spelled, one of the gazetteer's names,
or that a strong cue ("the village of X", "X countryside") marks as a place
even though the gazetteer does not know it (kept as an unresolved mention,
never dropped).  Actor and source names found by :mod:`geoincidents.fields`
are masked first, so "Hay'at Tahrir al-Sham" never yields Damascus ("al-Sham").

Statistical NER (spaCy) was measured too slow for the throughput target and
misses transliterated village names, so detection is a gazetteer scan.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable

from ..gazetteer.normalize import fold, is_arabic, is_qualifier
from ..gazetteer.search import MAX_NAME_LENGTH
from ..gazetteer.store import Gazetteer, Place
from .cues import read_cues
from .lexicon import CONNECTORS, FOREIGN_PLACES, ROAD_AFTER, STOPWORDS
from .answers import Answers
from .arabic_runs import skip_arabic_head
from .not_places import is_common_word_mention, is_major_name, non_place_spans
from ..text.spans import Span
from .whole_names import bound_end, classed_common_word

__all__ = ["Mention", "find_mentions"]

# A letter, then word characters and apostrophes, hyphens only between them: the character runs as
# single-class loops (a group repeated per character is ~30% slower in ``re``).
_TOKEN = re.compile(r"[^\W\d_][\w'’ʿ`]*(?:-(?=\w)[\w'’ʿ`]*)*", re.UNICODE)
_ARTICLE_PREFIX = re.compile(r"(?i)^(?:al|el|ash|as|ad|an|ar|az|at|ath|ad|ed|es|esh|ez|et)[-'’](?=[A-Z])")
_GAP = re.compile(r"[ \-]{1,2}$")
_MAX_TOKENS = 5
# Cues after (or before) which an unknown capitalised name is still reported: resolution
# then tries the spelling-tolerant lookup ("Aqirabat town" -> Oqeirbat) or keeps it unresolved
# ("the Ruj plain", a feature the gazetteer lacks: reported, not dropped).
_UNKNOWN_NAME_CUES = {"village", "town", "province", "city", "vicinity", "near", "direction of", "in", "facility"}
_FEATURE_CUES = {"village", "town", "city", "facility"}


@dataclass(slots=True)  # a long article holds 100,000 of them: no per-instance dict
class Mention:
    """One place mention with its evidence and, after resolution, its place.

    Offsets (``start``, ``end``, ``sentence_start``, ``sentence_end``) point into
    the original document text.
    """

    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    cue: str | None = None
    kinds_hint: tuple[str, ...] | None = None
    admin_context: str | None = None
    not_incident: str | None = None
    known: bool = True
    foreign: tuple[str, str, float, float] | None = None
    gloss_of: int | None = None  # index of the mention this one glosses: "Ariha (أريحا)"
    is_incident_location: bool = False  # set by geoincidents.incidents.build when an incident is placed here
    # Filled in by geoincidents.places.resolve:
    place: Place | None = None
    # Best first; mentions asking the same question share one tuple (see resolve_mentions).
    candidates: tuple[Place, ...] = ()
    confidence: float = 0.0
    geo_precision: int | None = None
    where_prec: int | None = None
    status: str = "unresolved"
    reason: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text, "place", self.place.place_id if self.place else None)


# "the Ariha-Saraqeb road": a hyphen between two names of a road's ends (not "al-Bab", "Abu-Kamal").
_ROAD_ENDS = re.compile(r"(?<=[a-z’'])-(?=[A-Z][a-z])")
_NAME_PREFIXES = frozenset("al el as ash at ad ar az an ed es abu bin ibn umm um beit bayt kafr tal tell deir dayr ain "
                           "ein ras jabal jebel khirbet wadi".split())


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        tok = m.group()
        # A possessive ("Idlib's", "rebels'") is cut off: string tests, the same as searching
        # (?:'s|’s|'|’)$ in every word (most words end in none of these letters).
        if tok[-1] in "'’s" and len(tok) > 3:
            cut = 1 if tok[-1] != "s" else 2 if tok[-2] in "'’" else 0
            if cut:
                e -= cut
                tok = tok[:-cut]
        if "-" in tok and ROAD_AFTER.match(text, e):
            out.extend(_road_ends(s, tok))
            continue
        out.append((s, e, tok))
    return out


def _two_names(toks: list[tuple[int, int, str]], text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """"Ariha-Jisr al-Shughur", "Saraqib-Ariha front": a hyphen between two names the gazetteer
    knows (the name ending at the hyphen, with up to two words before it, and the name starting
    after it, with up to three words after it) splits the token, also without "road" after it.
    A hyphenated token known as a whole ("Deir-ez-Zor", "Kafr-Nabl") or one whose part before
    the hyphen is a name's prefix ("Tal-Abyad") is never split."""
    out: list[tuple[int, int, str]] = []
    for n, (s, e, tok) in enumerate(toks):
        if "-" not in tok or not any(tok[:h.start()].rsplit("-", 1)[-1].lower() not in _NAME_PREFIXES
                                     for h in _ROAD_ENDS.finditer(tok)) or _IS_NAME(gaz, tok):
            out.append((s, e, tok))
            continue
        i = 0
        for h in _ROAD_ENDS.finditer(tok):
            left = text[s + i:s + h.start()]
            if left.lower() in _NAME_PREFIXES:
                continue
            lefts = [left] + [text[toks[k][0]:s + h.start()] for k in range(n - 1, max(-1, n - 3), -1)]
            rest = text[s + h.end():e]
            rights = [rest] + [text[s + h.end():toks[k][1]] for k in range(n + 1, min(len(toks), n + 4))]
            if any(_IS_NAME(gaz, x) for x in lefts) and any(_IS_NAME(gaz, x) for x in rights):
                out.append((s + i, s + h.start(), tok[i:h.start()]))
                i = h.end()
        out.append((s + i, e, tok[i:]))
    return out


def _road_ends(s: int, tok: str) -> list[tuple[int, int, str]]:
    """"Ariha-Saraqeb" before "road": the two names, each its own token."""
    parts, i = [], 0
    for h in _ROAD_ENDS.finditer(tok):
        if tok[i:h.start()].lower() in _NAME_PREFIXES:
            continue  # "Tell-Abiad": a name's prefix, not a road's end
        parts.append((s + i, s + h.start(), tok[i:h.start()]))
        i = h.end()
    parts.append((s + i, s + len(tok), tok[i:]))
    return parts


def _can_start(tok: str) -> bool:
    # Cheap tests first (called on every word): an ASCII word has no Arabic letter, and every
    # article prefix starts with "a" or "e" (a capital one passed the first test).
    return (tok[:1].isupper() or (not tok.isascii() and is_arabic(tok))
            or (tok[:1] in "ae" and bool(_ARTICLE_PREFIX.match(tok))))


def _can_continue(tok: str) -> bool:
    return _can_start(tok) or tok.lower() in CONNECTORS


# Generic first words of names ("Kafr Nubbal"): never a place on their own inside a longer run.
_GENERIC = frozenset("kafr tal deir ain jabal khirbat wadi ras abu umm bayt qasr hayy shaykh bir tell bab".split())
# Connectors that never end a name, even capitalised ("Abu Al"); heads such as "Ain" may ("Ras Al Ain").
_ENDLESS = CONNECTORS - {"ain", "ein", "wadi", "ras", "tal", "tell", "deir", "dayr", "kafr", "jabal", "jebel",
                         "khirbet"}
# A capitalised direction can start a village's name ("Eastern Ghariyeh" = al-Ghariyah al-Sharqiyah).
_DIRECTIONS = frozenset("eastern western northern southern upper lower".split())
# ... and "New" ("New Aleppo", a quarter of Aleppo): common words that head a known two-word name.
_HEADS = _DIRECTIONS | {"new"}
_GLOSS_BEFORE = re.compile(r"\s*[(\[]\s*$")
# A landform named after its people ("Kurdish Mountains", "Kurds Mountain"): a common word may head it.
_LANDFORM_END = re.compile(r"\s(?:mountains?|plains?|hills)$", re.I)
_GLOSS_GAP = re.compile(r"\s*[/–-]?\s*")


def _known_hit(text: str, toks: list, i: int, j: int, gaz: Gazetteer):
    """Longest known name starting at token ``i`` and ending at or before ``j``."""
    s0 = toks[i][0]
    if j > i:
        # A run of capitalised words not spelled like any name ("Kafr Nubbal"): the
        # spelling-tolerant lookup, bounded, before falling back to shorter pieces.
        phrase = text[s0:toks[j][1]]
        words = fold(phrase).split()
        if len(words) >= 2 and not any(w in STOPWORDS for w in words) and _SPELLED_LIKE_A_NAME(gaz, phrase):
            return j, s0, toks[j][1], None, True
    for k in range(j, i - 1, -1):
        if k > i and toks[k][2].lower() in CONNECTORS and (toks[k][2].islower() or toks[k][2].lower() in _ENDLESS):
            continue  # never end on a connector (a capitalised head may end one: "Ras Al Ain")
        phrase = text[s0:toks[k][1]]
        key = fold(phrase)
        if key in FOREIGN_PLACES:
            return k, s0, toks[k][1], FOREIGN_PLACES[key], True
        if not is_arabic(phrase):
            if k == i and (len(key) < 3 or (j > i and key in _GENERIC)) or key in STOPWORDS:
                continue  # (a common word after an article too: "Al Jame'a", the mosque)
            if k > i and fold(toks[i][2]) in STOPWORDS and not (k == i + 1 == j and fold(toks[i][2]) in _HEADS) \
                    and not _LANDFORM_END.search(phrase):
                continue  # "Syrian Arab ...", "The Ghouta": a name does not start with a common word
                # (but a landform the gazetteer knows whole may: "the Kurdish Mountains")
        if _IS_NAME(gaz, phrase):
            return k, s0, toks[k][1], None, True
    return None


def _spelled_like_a_name(gaz: Gazetteer, phrase: str) -> bool:
    """Not written as any name, but spelled like one (spelling keys only: cheap)."""
    if not gaz.may_be_name(phrase) or gaz.is_name(phrase):
        return False
    best = gaz.lookup(phrase, limit=1, fuzzy=False)
    return bool(best) and best[0].score >= 0.7


# Every word and run of words is asked about; a corpus repeats them.
_IS_NAME = Answers(lambda gaz, text: gaz.is_name(text))
_SPELLED_LIKE_A_NAME = Answers(_spelled_like_a_name)


class _Masked:
    """Is an offset inside one of the masked spans?  The spans merged into disjoint sorted
    runs and searched by bisection: a long document has thousands of actor names, and
    testing every token against every span was quadratic."""

    def __init__(self, spans: Iterable[Span]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted((s.start, s.end) for s in spans):
            if a >= b:
                continue  # an empty span masks nothing
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def find_mentions(
    text: str,
    sentences: Iterable[Span],
    gazetteer: Gazetteer | None = None,
    *,
    exclude: Iterable[Span] = (),
    not_places: Iterable[Span] | None = None,
) -> list[Mention]:
    """Place mentions in ``text``, sentence by sentence, longest match first.

    Parameters
    ----------
    text : str
        The original document text (offsets refer to it).
    sentences : iterable of Span
        Sentence spans to scan (from :func:`geoincidents.text.sentences.split_sentences`).
    gazetteer : Gazetteer, optional
        Default: the bundled one.
    exclude : iterable of Span
        Spans that are not places (actor and source names).
    not_places : iterable of Span, optional
        :func:`geoincidents.places.not_places.non_place_spans` of ``text``, when the caller scans a
        long text in blocks and found them once (default: found here, in all of ``text``).

    Examples
    --------
    >>> from geoincidents.fields import find_actors
    >>> from geoincidents.text.spans import Span
    >>> t = "Strikes on the village of Mardikh near Hay'at Tahrir al-Sham positions."
    >>> [(m.text, m.cue) for m in find_mentions(t, [Span(0, len(t), t)], exclude=find_actors(t))]
    [('Mardikh', 'village')]
    """
    gaz = gazetteer or Gazetteer.default()
    # Treaty and law names ("the Adana agreement") are masked like actor names.
    is_masked = _Masked([*exclude, *(non_place_spans(text, gazetteer=gaz) if not_places is None else not_places)])
    found: list[Mention] = []
    # One string per distinct name: a long text names the same few places thousands of times,
    # and each mention is held to the end (its text would otherwise be a copy per mention).
    names: dict[str, str] = {}

    def stands_alone(word: str) -> bool:
        return is_major_name(word, gaz)

    for sent in sentences:
        toks = _tokens(text, sent.start, sent.end)
        if "-" in sent.text:
            toks = _two_names(toks, text, gaz)
        # The words a name can start at, found at once (a lower-case ASCII word needs an article
        # and a hyphen or apostrophe, "al-Bab": string tests rule out the others); an over-long
        # "word" (a URL, a hash, junk) is no name: never looked up.
        starts = [k for k, (s, e, t) in enumerate(toks) if e - s <= MAX_NAME_LENGTH and (
            t[:1].isupper() or (not t.isascii() or t[:1] in "ae" and ("-" in t or "'" in t)) and _can_start(t))]
        i = 0
        while True:
            at = bisect_left(starts, i)
            if at == len(starts):
                break
            i = starts[at]
            s0, e0, tok0 = toks[i]
            if is_masked(s0):
                # Actor and source names are not places, but "Moscow claimed" still names Moscow:
                # report foreign places as context mentions.
                foreign = FOREIGN_PLACES.get(fold(tok0))
                if foreign is not None:
                    found.append(Mention(s0, e0, tok0, sent.start, sent.end, known=True, foreign=foreign,
                                         not_incident="outside Syria" if foreign[0] != "Syria" else "country as a whole"))
                i += 1
                continue
            # Extend over capitalised words and connectors joined by a space or hyphen.
            j = i
            while (j + 1 < len(toks) and j - i + 1 < _MAX_TOKENS and _can_continue(toks[j + 1][2])
                   and toks[j + 1][1] - s0 <= MAX_NAME_LENGTH
                   and _GAP.match(text[toks[j][1]:toks[j + 1][0]]) and not is_masked(toks[j + 1][0])):
                j += 1
            if not tok0.isascii():
                # "تل الجاير", "مدينة هجين": a feature noun heads the Arabic run (module arabic_runs).
                skip = skip_arabic_head([t[2] for t in toks[i:j + 1]], lambda phrase: _IS_NAME(gaz, phrase))
                if skip:
                    i += skip
                    continue
            if j > i and toks[j][2].islower() and classed_common_word(text, s0, e0, tok0):
                j = i  # "the village of Has at dawn": "at" is no article of a name here
            if j == i and is_qualifier(tok0):
                i += 1  # "Kafr Nouran Sharqi": a twin village's qualifier is never a place of its own
                continue
            if j == i:
                key = fold(tok0)
                if (key in STOPWORDS or len(key) < 3) and key not in FOREIGN_PLACES and not is_arabic(tok0) \
                        and not classed_common_word(text, s0, e0, tok0):
                    i += 1  # "The", "On" alone: a common word is neither a known name nor one after a cue
                    continue
            hit = _known_hit(text, toks, i, j, gaz)
            bound = bound_end(toks, i, j, stands_alone, text)
            if bound > i and (hit is None or hit[0] < bound):
                # A multi-word name the gazetteer does not know as a whole ("Hurras al-Din",
                # "Kafr X"): none of its parts is a place; after a cue it is an unknown place.
                hit, later, j = None, None, bound
            else:
                later = None if hit else next((t for t in range(i + 1, j + 1) if not (t == j and is_qualifier(toks[t][2]))
                                               and _known_hit(text, toks, t, j, gaz)), None)
            if later is not None:
                i = later  # a known name starts further on ("المنصورة Al Mansoura")
                continue
            cue_info = None
            if hit is None:
                # Unknown name after a strong cue ("the village of X"): report it, unresolved.
                # Only the Latin words right before the cue: a mixed Arabic-Latin run is two names.
                first = next((t for t in range(j, i - 1, -1) if is_arabic(toks[t][2])), i - 1) + 1
                if first <= j:
                    start, end = toks[first][0], toks[j][1]
                    key = fold(text[start:end])
                    # Cheap tests first: the cue check runs a dozen patterns.
                    # A name of common words ("Syrian Army") is none; one common word in a longer
                    # name ("near Arab Saeed") does not make it one.
                    words = key.split()
                    common = 2 * sum(w in STOPWORDS for w in words) > len(words) or words[-1] in STOPWORDS
                    if start > sent.start and len(key) >= 3 and (
                            not common or first == j == i and classed_common_word(text, s0, e0, tok0)):
                        cue_info = read_cues(text, sent.start, start, end, sent.end)
                        # Three letters only before a feature noun ("the Ruj plain", "Has village").
                        if cue_info[0] in _UNKNOWN_NAME_CUES and (len(key) >= 4 or cue_info[0] in _FEATURE_CUES):
                            hit = (j, start, end, None, False)
            if hit is None:
                i = bound + 1  # never restart inside a whole name
                continue
            k, start, end, foreign, known = hit
            if known:  # an unknown name's cue was read above for the same span
                cue_info = read_cues(text, sent.start, start, end, sent.end)
            cue, kinds, _, admin_ctx, blocked = cue_info
            if known and not foreign and k == i and is_common_word_mention(text[start:end], cue, gaz):
                i = k + 1  # "Fierce clashes", "Residents said": an English word, not the village spelled so
                continue
            gloss = None
            if found and found[-1].sentence_start == sent.start and _GLOSS_BEFORE.fullmatch(text[found[-1].end:start]):
                gloss, blocked = len(found) - 1, f"gloss of '{found[-1].text}'"
            name = text[start:end]
            found.append(Mention(
                start=start, end=end, text=names.setdefault(name, name), sentence_start=sent.start, sentence_end=sent.end,
                cue=cue, kinds_hint=kinds, admin_context=admin_ctx,
                # Foreign places and the country as a whole are context, never incident points.
                not_incident=blocked or (("country as a whole" if foreign[0] == "Syria" else "outside Syria")
                                         if foreign else None),
                known=known, foreign=foreign, gloss_of=gloss,
            ))
            i = k + 1
    _arabic_glosses(text, found)
    return found


def _arabic_glosses(text: str, found: list[Mention]) -> None:
    """"الخاتونية Al Khatuniya": an Arabic name right before its transliteration glosses it.

    The Arabic mention points at the Latin one (``gloss_of``); once resolved, it takes the
    Latin name's place and is context when that name is resolved
    (:func:`geoincidents.places.context.mark_context_places`).
    """
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        if a.gloss_of is None and a.sentence_start == b.sentence_start and is_arabic(a.text) \
                and not is_arabic(b.text) and not b.foreign and _GLOSS_GAP.fullmatch(text, a.end, b.start):
            a.gloss_of = k + 1
