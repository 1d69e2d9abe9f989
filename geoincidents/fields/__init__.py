"""Per-sentence event-field extractors.

Every finder takes one sentence and its ``offset`` in the document and returns
:class:`~geoincidents.text.spans.Span` objects whose ``start``/``end`` are document
offsets, so each field points at its evidence.

>>> from geoincidents.fields import casualties, classify, find_actors, find_attribution, find_dates
>>> casualties("killing two fighters").fatalities
2
"""
from . import actors as _actors, attribution as _attribution, counts as _counts
from .actors import find_actors, primary_actors
from .attribution import find_attribution
from .counts import Casualties, casualties, find_counts
from .dates import DateSpan, best_date, find_dates
from .events import EventInfo, classify, find_weapons

__all__ = [
    "Casualties", "DateSpan", "EventInfo", "best_date", "casualties", "classify", "clear_caches", "find_actors",
    "find_attribution", "find_counts", "find_dates", "find_weapons", "primary_actors",
]


def clear_caches() -> None:
    """Forget the readings memoised per sentence text (actors, attribution, casualties).

    A sentence read again (a clause, then its segment; boilerplate repeated across notes) is
    read once; a benchmark that times the same documents several times clears these between
    runs, or it measures memo look-ups instead of reading.  (Per-word memos, such as the
    keyword gates' and the actor-name normaliser's, stay: any new text reuses them.)
    """
    _actors._memo.cache_clear()
    _attribution._memo.cache_clear()
    _counts._memo.cache_clear()
