"""Cleaning and cutting text: the stage between a Document and the extractors.

The text the pipeline reads (:mod:`.normal`: NFC, no invisible format characters, offsets
kept), site furniture and repeated paragraphs dropped (:mod:`.clean`), sentence and clause
spans (:mod:`.sentences`), all as :class:`~geoincidents.text.spans.Span` s with offsets into
the original text, so every later field can point at its evidence.
"""
