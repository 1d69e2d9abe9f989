"""A gazetteer's answers to the scan's questions, kept per gazetteer.

The scan asks the gazetteer the same questions about the same words again and again ("is
'Idlib' a name?", "is 'Daraa' a city's name?"): a corpus names the same places, and a long
document repeats them.  Each answer is a pure function of the gazetteer and the words, so it
is kept, per gazetteer object (held weakly: a gazetteer that is dropped takes its answers
along) and bounded (a full table is emptied).

Examples
--------
>>> from geoincidents import Gazetteer
>>> is_name = Answers(lambda gaz, text: gaz.is_name(text))
>>> is_name(Gazetteer.default(), "Saraqeb"), is_name(Gazetteer.default(), "Saraqeb")
(True, True)
"""
from __future__ import annotations

import weakref
from typing import Any, Callable, Hashable

__all__ = ["Answers", "forget"]

# Every table of answers made, so that :func:`forget` can empty them all.
_ALL: "weakref.WeakSet[Answers]" = weakref.WeakSet()


def forget(gazetteer: Any = None) -> None:
    """Empty the answers kept for ``gazetteer`` (all gazetteers when None): before a cold
    timing, or to give the memory back in a long-running process."""
    for answers in list(_ALL):
        answers._last = None
        if gazetteer is None:
            answers._tables.clear()
        else:
            answers._tables.pop(gazetteer, None)


class Answers:
    """``ask(gazetteer, key)``, remembered per gazetteer (at most ``size`` answers each).

    Parameters
    ----------
    ask : callable
        ``ask(gazetteer, key)``: a pure function of the (immutable) gazetteer and the key.
    size : int
        Most answers kept per gazetteer; the table is emptied when full.
    """

    __slots__ = ("_ask", "_size", "_tables", "_last", "__weakref__")

    def __init__(self, ask: Callable[[Any, Hashable], Any], size: int = 4096) -> None:
        self._ask = ask
        self._size = size
        self._tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        # The last gazetteer asked (held weakly) and its table: a run asks one gazetteer, and
        # finding its table in the weak dictionary made a new weak reference per question.
        self._last: tuple[weakref.ref, dict] | None = None
        _ALL.add(self)

    def table(self, gazetteer: Any) -> dict:
        """The answers kept for ``gazetteer`` (key -> answer)."""
        last = self._last
        if last is not None and last[0]() is gazetteer:
            return last[1]
        got = self._tables.get(gazetteer)
        if got is None:
            got = self._tables[gazetteer] = {}
        self._last = (weakref.ref(gazetteer), got)
        return got

    def __call__(self, gazetteer: Any, key: Hashable) -> Any:
        last = self._last  # self.table's first test, inline: every question passes here
        table = last[1] if last is not None and last[0]() is gazetteer else self.table(gazetteer)
        try:
            return table[key]
        except KeyError:
            pass
        got = self._ask(gazetteer, key)
        if len(table) >= self._size:
            table.clear()
        table[key] = got
        return got
