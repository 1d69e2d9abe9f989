"""Read a document in blocks of sentences, so memory stays a small multiple of the text.

The per-sentence work products (sentence spans, actor and source names, the fields of every
clause segment) cost 30-40 times the text they describe.  Held for a whole 10 MB article they
took 400 MB, so a long document is read a block of sentences at a time (about
:data:`BLOCK_CHARS` characters, always whole sentences) and only the compact results are
kept across blocks: the place mentions, the sentence boundaries (two integers each) and the
incident records.

Two passes, because resolving a place uses the whole document (the governorate it is about,
places named near each other):

1. per block: sentences, actor and source names (masked), place mentions and list members;
2. all mentions resolved at once, context roles marked (as for a short document);
3. per block: the fields of each clause segment, assembled into incidents; what assembly
   carries from sentence to sentence (the last place, the last counted incident) crosses
   block boundaries in :class:`geoincidents.incidents.assembly.Assembly`.

Every step works sentence by sentence or on the document's mentions, so a document gives the
same mentions and incidents whatever the block size; a document shorter than a block is one
block.

Examples
--------
>>> from geoincidents.text.clean import clean
>>> from geoincidents.read.documents import Document
>>> text = "Shelling killed 2 in Ariha on Monday. The town was hit again."
>>> found, incidents = read_blocks(Document(text, published="2019-05-14"), text, clean(text).blocks)
>>> [m.text for m in found], [(i["location"], i["fatalities"]) for i in incidents]
(['Ariha'], [('Ariha', 2)])
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Any, Iterable, Iterator

from .assembly import Assembly, finish
from ..fields.clauses import segment_fields
from ..fields.datelines import story_date
from ..places.context import mark_context_places
from ..gazetteer.store import Gazetteer
from .build import assemble
from .reading import sentence_exclusions, sentence_fields
from ..places.list_names import add_list_members
from ..places.not_places import non_place_spans
from ..places.mentions import Mention, find_mentions
from ..places.resolve import resolve_mentions
from ..text.sentences import iter_sentences
from ..text.spans import Span

__all__ = ["BLOCK_CHARS", "read_blocks"]

#: Characters of sentences read per block (a block always ends at a sentence end). Small on
#: purpose: 1 MB of news takes the same time in blocks of 4k as of 64k characters, and a
#: block's intermediates cost ~40 times its size.
BLOCK_CHARS = 4_000


def _groups(sentences: Iterable[Span], size: int) -> Iterator[list[Span]]:
    """Consecutive sentences in groups of at least ``size`` characters (the last may be shorter)."""
    group: list[Span] = []
    n = 0
    for s in sentences:
        group.append(s)
        n += s.end - s.start
        if n >= size:
            yield group
            group, n = [], 0
    if group:
        yield group


class _NotPlaces:
    """The document's treaty, law, outlet and person names (found once), handed out per block."""

    def __init__(self, text: str, gaz: Gazetteer):
        self.spans = sorted(non_place_spans(text, gazetteer=gaz), key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.longest = max((s.end - s.start for s in self.spans), default=0)

    def within(self, lo: int, hi: int) -> list[Span]:
        """The spans that overlap ``[lo, hi)``."""
        i, j = bisect_left(self.starts, lo - self.longest), bisect_left(self.starts, hi)
        return [s for s in self.spans[i:j] if s.end > lo]


def _block_mentions(text: str, sents: list[Span], gaz: Gazetteer, not_places: _NotPlaces, base: int) -> list[Mention]:
    """Pass 1 for one block: place mentions and list members, glosses indexed into the document's list."""
    exclude = [span for s in sents for span in sentence_exclusions(s)]
    found = find_mentions(text, sents, gaz, exclude=exclude,
                          not_places=not_places.within(sents[0].start, sents[-1].end))
    # gloss_of indexes the mention list: keep it pointing at the same mention once list
    # members are sorted in and this block's list is appended to the document's.
    heads = [(m, found[m.gloss_of]) for m in found if m.gloss_of is not None]
    found = add_list_members(text, found, exclude)
    if heads:
        at = {id(m): base + i for i, m in enumerate(found)}
        for m, head in heads:
            m.gloss_of = at[id(head)]
    return found


def read_blocks(doc: Any, text: str, blocks: Iterable[Span | tuple[int, int]],
                gazetteer: Gazetteer | None = None, *, focus: Any = None, headline_end: int = 0,
                block_chars: int | None = None) -> tuple[list[Mention], list[dict]]:
    """The place mentions and incident records of one document, read a block of sentences at a time.

    Parameters
    ----------
    doc : Document
        Its ``doc_id``, ``published`` and source metadata go into the records.
    text : str
        The text read (normalised: see :mod:`geoincidents.text.normal`); offsets index it.
    blocks : iterable of Span or of (start, end)
        The kept paragraphs (``clean(text).blocks``).
    gazetteer : Gazetteer, optional
        Default: the bundled one.
    focus : str or (min_lon, min_lat, max_lon, max_lat), optional
        As for :func:`geoincidents.places.resolve.resolve_mentions`.
    headline_end : int
        Where the title ends (its sentences yield to the body's).
    block_chars : int, optional
        Characters of sentences per block (default :data:`BLOCK_CHARS`); the result does not
        depend on it.

    Returns
    -------
    (list of Mention, list of dict)
        Every mention in text order, and the document's merged incident records.
    """
    gaz = gazetteer or Gazetteer.default()
    not_places = _NotPlaces(text, gaz)
    found: list[Mention] = []
    # Per block: the sentence boundaries (start, end, start, end ...) and the block's mentions.
    bounds: list[array] = []
    per_block: list[list[Mention]] = []
    last: list[Span] = []
    for sents in _groups(iter_sentences(text, blocks), block_chars or BLOCK_CHARS):
        block = _block_mentions(text, sents, gaz, not_places, len(found))
        found.extend(block)
        per_block.append(block)
        bounds.append(array("q", [x for s in sents for x in (s.start, s.end)]))
        # Only the last block's sentence objects are kept (a short document's only block is not
        # made twice); the others are made again from their boundaries below.
        last = sents
    resolve_mentions(found, gaz, focus=focus)
    mark_context_places(text, found)  # regions that only locate a village; "the nearby village of X"
    day = story_date(text, doc.published)  # a wire dateline's day anchors "yesterday" (fields.datelines)
    run = Assembly(story_day=day)
    for i, (b, block) in enumerate(zip(bounds, per_block)):
        sents = last if i == len(bounds) - 1 else [Span(b[k], b[k + 1], text[b[k]:b[k + 1]], "sentence")
                                                    for k in range(0, len(b), 2)]
        # Clauses own their facts: fields re-read per clause segment where a sentence has several.
        fields = segment_fields(sents, block, day, sentence_fields)
        assemble(doc, fields, block, headline_end=headline_end, run=run)
        run.hand_over()
        # Let go of this block's fields and sentences now, not when the next block's replace
        # them: otherwise two blocks' intermediates are held at once.
        del fields, sents
    return found, finish(doc, run)
