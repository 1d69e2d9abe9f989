"""Per-sentence event-field extractors.

Every finder takes one sentence and its ``offset`` in the document and returns
:class:`~geoincidents.text.spans.Span` objects whose ``start``/``end`` are document
offsets, so each field points at its evidence.

>>> from geoincidents.fields import casualties, classify, find_actors, find_attribution, find_dates
>>> casualties("killing two fighters").fatalities
2
"""
from .actors import find_actors, primary_actors
from .attribution import find_attribution
from .counts import Casualties, casualties, find_counts
from .dates import DateSpan, best_date, find_dates
from .events import EventInfo, classify, find_weapons

__all__ = [
    "Casualties", "DateSpan", "EventInfo", "best_date", "casualties", "classify", "find_actors",
    "find_attribution", "find_counts", "find_dates", "find_weapons", "primary_actors",
]
