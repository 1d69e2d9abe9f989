"""ACLED's figure line "Fatalities: N." after the event sentence is the note's toll (a line before it is not read yet)."""
from __future__ import annotations

import pytest

from geoincidents import Document
from geoincidents.pipeline import process


@pytest.mark.parametrize("text,want", [
    ("On 9 April 2018, regime artillery hit Kafr Lata in the southern countryside of Idleb. Fatalities: 4.", 4),
    ("On 18 August 2021, SAA and NLF fighters exchanged fire near Qastun (Al-Ghab, Hama). Fatalities: 0.", 0),
])
def test_fatalities_line_is_the_toll(text, want):
    incs = process(Document(text, published="2022-06-01")).incidents
    assert incs and (incs[0]["fatalities"] or 0) == want


def test_fatalities_line_supersedes_a_count_in_the_note():
    text = ("On 3 June 2019, regime warplanes struck Kafr Nabl, killing a woman and her son. Fatalities: 3.")
    incs = process(Document(text, published="2019-06-05")).incidents
    assert incs[0]["fatalities"] == 3
