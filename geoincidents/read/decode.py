"""Bytes to text: the encodings Syria news arrives in (UTF-8, Arabic cp1256, Western cp1252).

Decoding is the first stage of reading a document; every character offset
afterwards refers to the text decided here.
"""
from __future__ import annotations

import re

__all__ = ["decode_bytes"]

_LATIN_LETTER = re.compile(rb"[A-Za-z]")


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode article bytes: BOM/UTF-8 first, else cp1256 (Arabic) or cp1252/latin-1.

    A hand-written heuristic rather than a detector library: the only real
    question for this corpus is Arabic Windows-1256 versus Western Windows-1252,
    and detectors guess poorly on short snippets. Arabic words are *runs* of
    high bytes between ASCII spaces; Latin accents sit singly inside ASCII words.

    >>> decode_bytes("خان شيخون".encode("cp1256")), decode_bytes("Alep, café".encode("latin-1"))
    ('خان شيخون', 'Alep, café')
    """
    if encoding:
        return data.decode(encoding)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    arabic = latin = 0
    for token in re.findall(rb"[^\x00-\x40\x5b-\x60\x7b-\x7f]+", data[:200_000]):
        if not any(b >= 0x80 for b in token):
            continue
        if _LATIN_LETTER.search(token):
            latin += 1  # e.g. b"caf\xe9": an accent inside an ASCII word
        elif len(token) >= 2:
            arabic += 1  # a whole word of high bytes
    if arabic > latin:
        return data.decode("cp1256", errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: plain ISO-8859-1
        return data.decode("latin-1")
