"""Text spans with character offsets into the original text.

Every extracted field (a place, a date, a count, an actor) is a :class:`Span`
so that it can point at its evidence, the way spaCy spans do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


_NEW_ATTRS: Any = object()  # ``attrs`` not given: each span gets a new dict


@dataclass(frozen=True, init=False)
class Span:
    """A slice ``text[start:end]`` of a document, with an optional label and value.

    Parameters
    ----------
    start, end : int
        Character offsets into the *original* document text (end exclusive).
    text : str
        The characters covered, exactly as written.
    label : str
        What kind of thing the span is (``"date"``, ``"count"``, ``"actor"`` ...).
    value : Any
        The normalised value read from the text (a date span, an int, an actor name).
    attrs : dict
        Extra, field-specific details (qualifiers, precision codes ...).

    Examples
    --------
    >>> s = Span(3, 5, "42", label="count", value=42)
    >>> s.length
    2
    """

    start: int
    end: int
    text: str
    label: str = ""
    value: Any = None
    attrs: dict = field(default_factory=dict, compare=False, hash=False)

    def __init__(self, start: int, end: int, text: str, label: str = "", value: Any = None,
                 attrs: dict = _NEW_ATTRS) -> None:
        # The frozen dataclass's own __init__ sets the six fields one object.__setattr__ at a time;
        # the instance dict set at once is the same span, made in half the time (a document makes
        # thousands: every count, date, actor and trigger).
        object.__setattr__(self, "__dict__", {"start": start, "end": end, "text": text, "label": label, "value": value,
                                              "attrs": {} if attrs is _NEW_ATTRS else attrs})

    @property
    def length(self) -> int:
        return self.end - self.start

    def shifted(self, offset: int) -> "Span":
        """Return the same span moved by ``offset`` characters (sentence -> document)."""
        return Span(self.start + offset, self.end + offset, self.text, self.label, self.value, dict(self.attrs))

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end
