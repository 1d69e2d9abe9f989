"""Drop site furniture and repeated paragraphs without losing offsets.

Nothing is deleted from the text: :func:`clean` returns the *kept* blocks as
:class:`~geoincidents.text.spans.Span` s in original-text coordinates, and every
dropped block with its reason, so a user can audit what was ignored.

A block is a line; consecutive lines are one block when the first does not end
a sentence and the next starts in lower case (hard-wrapped text).

>>> c = clean("Logo Wide\\n\\nTwo killed in Idlib\\nShelling hit the town.\\n2 min read\\nShelling hit the town.")
>>> [(b.label, b.text) for b in c.blocks]
[('title', 'Two killed in Idlib'), ('paragraph', 'Shelling hit the town.')]
>>> [d.value for d in c.dropped]
['furniture: site logo', 'furniture: read time', 'duplicate of paragraph at 31']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .spans import Span

__all__ = ["Cleaned", "FURNITURE", "clean", "line_blocks", "normalise"]

# (pattern, reason, guarded). A pattern must match a whole line, or every
# sentence of it, case-insensitively. ``guarded`` rules never fire on a line
# with a casualty/violence word: such a line may be evidence, and we would
# rather keep a caption than lose a count.
FURNITURE: list[tuple[str, str, bool]] = [
    (r"(site )?logo( wide| small| white| dark)?", "site logo", False),
    (r"\d{1,3}\s*(min|mins|minutes?)\.?\s*read", "read time", False),
    (r"helpful keywords\b.{0,200}", "keyword list", True),
    (r"(tags|topics|keywords|filed under)\s*:.{0,200}", "keyword list", True),
    (r"this (article|report|piece) (was|has been) (edited|translated|prepared|written)"
     r"( and (edited|translated))? by [^.]{1,80}\.?", "editorial disclaimer", False),
    (r"responsibility for the (information|content|views).{0,120}lies entirely with the (author|writer)s?\.?",
     "editorial disclaimer", False),
    (r"(the )?views expressed (in this article )?are (those|solely those) of the author.{0,80}",
     "editorial disclaimer", False),
    (r"share( this| the)?( article| story| post| page)?( on| via)?( \w+){0,3}:?", "share buttons", True),
    (r"(facebook|twitter|whatsapp|telegram|email|linkedin|print|copy link|x)"
     r"(\s*[|·•,]?\s*(facebook|twitter|whatsapp|telegram|email|linkedin|print|copy link|x))*", "share buttons", False),
    (r"follow (us|the new arab|[\w ]{1,30}) on .{1,80}", "social links", True),
    (r"(subscribe|sign up)( now| today| here)?( to| for)? .{0,100}", "subscribe prompt", True),
    (r"(subscribe|sign up|newsletter)", "subscribe prompt", False),
    (r"click here.{0,120}", "click here", True),
    (r".{0,120}\b(we|this (site|website)) uses? cookies\b.{0,300}", "cookie notice", True),
    (r"(accept( all)?( cookies)?|cookie (settings|policy|preferences)|privacy policy)", "cookie notice", False),
    (r"(photo|image|picture|video|credit|source|getty|afp|reuters|anadolu)( credit)?s?\s*[:/©|].{0,150}",
     "media credit", True),
    (r"\[?(getty|afp|anadolu|reuters)( images)?( via getty)?\]?", "media credit", False),
    (r"(read more|read also|also read|related|more on this|recommended|see also)\s*[:>»|-].{0,200}",
     "link to another article", False),  # another article's headline: never evidence for this one
    (r"(read more|related (articles|stories|news)|more stories|most read|trending|advertisement)\W*",
     "link block heading", False),
    (r"(©|\(c\)|copyright\b).{0,150}", "copyright", False),
    (r".{0,100}\ball rights reserved\b.{0,50}", "copyright", False),
    (r"(by|written by)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}", "byline", True),
    (r"(last )?(updated|published|posted)( on| at)?\s*:?\s*[\w ,:./-]{0,40}", "timestamp line", True),
    (r"(comments?|leave a (comment|reply)|\d+ comments?)", "comments", False),
    # Crumbs are a few words of letters: "Home > News > Middle East". A line with a
    # number or an event word after the separator is a headline ("Syria / 12 killed in X").
    (r"(home|news|politics|middle east|syria)(\s*[>»/|]\s*[^\W\d_]+([ &'-]+[^\W\d_]+){0,3}){1,5}",
     "breadcrumbs", True),
]

_RULES = [(re.compile(p, re.I), reason, guarded) for p, reason, guarded in FURNITURE]
# Cheap pre-screen for the default rules (clean() must cost microseconds on a
# headline): how a furniture line can start, or a word it must contain. Keep in
# step with FURNITURE; tests/test_clean.py has one example line per rule.
_MAYBE = re.compile(
    r"(?:site|logo|\d|helpful|tags|topics|keywords|filed|this|the views|views|share|facebook|twitter|whatsapp"
    r"|telegram|email|linkedin|print|copy|x\b|follow|subscribe|sign|newsletter|click|accept|cookie|privacy"
    r"|photo|image|picture|video|credit|source|getty|afp|reuters|anadolu|\[|read|also|related|more|recommended"
    r"|see|most|trending|advertisement|©|\(c\)|copyright|by|written|last|updated|published|posted|comment"
    r"|leave|home|news|politics|middle|syria\b)", re.I)
_MAYBE_ANYWHERE = ("cookies", "rights reserved")
# Lines longer than this are prose, never furniture (also keeps clean() fast).
_MAX_FURNITURE_LEN = 400
# Event words: a line holding one may report an incident, so guarded rules leave it alone.
_EVIDENCE = re.compile(
    r"\b(kill|dead|death|died|die|wound|injur|casualt|airstrike|air strike|strike|shell|bomb|missile|rocket"
    r"|clash|attack|fighter|civilian|massacre|explosion|blast|drone|fight|raid|assault|offensive|artiller"
    r"|mortar|sniper|ambush|execut|kidnap|abduct|assassinat|gunfire|gunmen|shot\b|shoot|detain|arrest"
    r"|displac|besieg|siege)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LINE = re.compile(r"[^\r\n]+")
_ENDS = frozenset(".!?:;\"'”’)]")  # a line ending in one of these is not a hard wrap


@dataclass
class Cleaned:
    """Result of :func:`clean`: kept blocks and dropped blocks, all in original offsets.

    Attributes
    ----------
    text : str
        The original text (unchanged).
    blocks : list of Span
        Kept blocks in text order, label ``"title"`` (at most one) or ``"paragraph"``.
    dropped : list of Span
        Removed blocks, label ``"furniture"`` or ``"duplicate"``, ``value`` the reason;
        duplicates carry ``attrs["duplicate_of"]`` (start offset of the kept copy).
    """

    text: str
    blocks: list[Span] = field(default_factory=list)
    dropped: list[Span] = field(default_factory=list)

    @property
    def title(self) -> Span | None:
        """The block labelled ``"title"``, if any."""
        return next((b for b in self.blocks if b.label == "title"), None)

    @property
    def paragraphs(self) -> list[Span]:
        """Kept blocks other than the title."""
        return [b for b in self.blocks if b.label != "title"]

    def kept(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` lies inside a kept block (e.g. to filter mentions)."""
        return any(b.start <= start and end <= b.end for b in self.blocks)


# Every character str.split() splits at (all are below U+3001), mapped to a space.
_TO_SPACE = {c: " " for c in range(0x3001) if chr(c).isspace()}


def normalise(text: str) -> str:
    """Duplicate key: case-folded, whitespace collapsed, trailing punctuation ignored."""
    if len(text) <= 4096:
        # A line's words as a list (bounded at this length): str.translate looks each character
        # up in the mapping once the text is not ASCII (curly quotes: most news), ~10x slower.
        return " ".join(text.casefold().split()).rstrip(" .")
    # " ".join(text.split()) without the list of words (a 10 MB line without breaks was a
    # million strings, 13 times the text): whitespace becomes spaces, runs of them halve per pass.
    key = text.casefold().translate(_TO_SPACE)
    while "  " in key:
        key = key.replace("  ", " ")
    return key.strip(" ").rstrip(" .")


def line_blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text[start:end]``, stripped, hard wraps joined.

    >>> line_blocks("A headline\\n\\nfirst line of\\na wrapped paragraph.\\n")
    [(0, 10), (12, 46)]
    """
    end = len(text) if end is None else end
    # Two passes over the lines rather than a list of them: a feed of 10 MB of short lines
    # would be a million (start, end) pairs, most of which join into a few blocks.
    width = _wrap_width(text, _lines(text, start, end))
    out: list[tuple[int, int]] = []
    for s, e in _lines(text, start, end):
        # Join a hard-wrapped line: the previous block is on the line just before (no
        # blank line), ends mid-sentence, and this line starts in lower case, or the
        # text is wrapped at a fixed width and the previous line reached it.
        if out and text[out[-1][1] - 1] not in _ENDS and text.count("\n", out[-1][1], s) == 1 and (
                text[s].islower() or (width and out[-1][1] - _line_start(text, out[-1][1]) >= width)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, surrounding whitespace stripped."""
    for m in _LINE.finditer(text, start, end):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e


def _line_start(text: str, end: int) -> int:
    return text.rfind("\n", 0, end) + 1


def _wrap_width(text: str, lines: Iterable[tuple[int, int]]) -> int:
    """For fixed-width wrapped text (most lines 50-100 chars, many ending mid-sentence),
    the length a line must reach to be treated as wrapped; else 0."""
    lengths: list[int] = []
    open_ended = 0
    for s, e in lines:
        lengths.append(e - s)
        open_ended += text[e - 1] not in _ENDS
    if len(lengths) < 5:
        return 0
    lengths.sort()
    longest = lengths[int(len(lengths) * 0.9)]
    if 50 <= longest <= 100 and open_ended * 2 >= len(lengths):
        return int(longest * 0.75)
    return 0


def _furniture(line: str, rules: list[tuple[re.Pattern, str, bool]]) -> str | None:
    """The reason ``line`` is furniture, or None: the whole line, or each of its sentences, matches."""
    if len(line) > _MAX_FURNITURE_LEN:
        return None
    if rules is _RULES and not _MAYBE.match(line):
        low = line.lower()
        if not any(w in low for w in _MAYBE_ANYWHERE):
            return None
    evidence = _EVIDENCE.search(line) is not None

    def match(piece: str) -> str | None:
        return next((r for rx, r, guarded in rules if not (guarded and evidence) and rx.fullmatch(piece)), None)

    reason = match(line)
    if reason is None and ". " in line:  # "This article was edited by X. Responsibility ... author."
        reasons = [match(p) for p in _SENTENCE_END.split(line) if p]
        reason = reasons[0] if all(reasons) else None
    return reason


def _looks_like_headline(line: str) -> bool:
    return len(line) <= 200 and not line.rstrip().endswith((".", ",", ";")) and len(line.split()) >= 3


def clean(text: Any, *, title: str | None = None,
          rules: Iterable[tuple[str, str, bool]] | None = None) -> Cleaned:
    """Split ``text`` into blocks, drop furniture and exact-normalised duplicates.

    Parameters
    ----------
    text : str or Document
        The original text (a Document's ``.text`` is used).
    title : str, optional
        Known headline (e.g. ``Document.title``); the first block equal to it (normalised)
        is labelled ``"title"``. Without it, the first kept block is the title when it
        looks like a headline (short, no final full stop).
    rules : iterable of (pattern, reason, guarded), optional
        Replace :data:`FURNITURE`.

    Returns
    -------
    Cleaned

    Examples
    --------
    >>> c = clean("Over 70 killed in Idlib\\nOver 70 killed in Idlib\\nHelpful keywords")
    >>> len(c.blocks), [d.label for d in c.dropped]
    (1, ['duplicate', 'furniture'])
    """
    if not isinstance(text, str):
        doc = text
        text = getattr(doc, "text", None)
        if not isinstance(text, str):
            raise TypeError(f"clean() needs a str or a Document, not {type(doc).__name__}")
        title = title if title is not None else getattr(doc, "title", None)
    compiled = _RULES if rules is None else [(re.compile(p, re.I), r, g) for p, r, g in rules]
    out = Cleaned(text)
    seen: dict[str, Span] = {}
    want = normalise(title) if title else None
    has_title = False
    for s, e in line_blocks(text):
        chunk = text[s:e]
        reason = _furniture(chunk, compiled)
        if reason:
            out.dropped.append(Span(s, e, chunk, "furniture", f"furniture: {reason}"))
            continue
        key = normalise(chunk)
        first = seen.get(key)
        if first is not None:
            out.dropped.append(Span(s, e, chunk, "duplicate", f"duplicate of {first.label} at {first.start}",
                                    {"duplicate_of": first.start}))
            continue
        if want:
            is_title = key == want and not has_title
        else:  # no known title: the first kept block, if it reads like a headline
            is_title = not out.blocks and _looks_like_headline(chunk)
        has_title = has_title or is_title
        span = Span(s, e, chunk, "title" if is_title else "paragraph")
        seen[key] = span
        out.blocks.append(span)
    # A known title that is not in the text: fall back to the headline test.
    if want and not has_title and out.blocks and _looks_like_headline(out.blocks[0].text):
        b = out.blocks[0]
        out.blocks[0] = seen[normalise(b.text)] = Span(b.start, b.end, b.text, "title")
    return out

