"""Place mentions and their resolution against the gazetteer.

Gazetteer-driven detection with cue words (:mod:`.mentions`, :mod:`.cues`, word tables in
:mod:`.lexicon`, the gazetteer's answers kept per gazetteer in :mod:`.answers`),
multi-word names read whole (:mod:`.whole_names`), names in a list of places
(:mod:`.list_names`), evidence that a name is not a place (:mod:`.not_places`), a place for
every mention in its document's context (:mod:`.resolve`), and the places that only locate
another one (:mod:`.context`, :mod:`.containers`, :mod:`.quarters`).
"""


def clear_caches() -> None:
    """Forget what the scan keeps across documents: the gazetteer answers (every gazetteer),
    the last cue windows and the common-word verdicts."""
    from .answers import forget
    from .cues import _read
    from .not_places import is_common_word

    forget()
    _read.cache_clear()
    is_common_word.cache_clear()
