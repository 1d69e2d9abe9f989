"""Romanisation habits of Arabic place names that the gazetteer keys fold (examples written here).

``benchmarks/bench_spellings.py`` measures the same rules over every named place of the north-west.
"""
from __future__ import annotations

import pytest

from geoincidents import Gazetteer
from geoincidents.gazetteer.normalize import fold, loose_key, ortho_key, skeleton_key


# The taa marbuta of a word another word follows is written -at/-et (the construct state), the same
# letter as -a/-ah/-eh (or -iya/-iyeh after i) at the end of a name.
CONSTRUCT_PAIRS = [
    ("Khafsat Saghira", "Khafsah Saghirah"),
    ("Qaryat Hajj Ali", "Qariyeh Hajj Ali"),
    ("Sabkhat al-Jabbul", "Sabkha al-Jabboul"),
    ("Maaret Hurma", "Maara Hurmeh"),
    ("Jintasiyat al-Abd", "Jantasiyeh al-Abd"),
    ("Mazraat Hamza", "Mazraa Hamzeh"),
    # Levantine -it, as spoken
    ("Jdeidit Artouz", "Jdeideh Artouz"),
    ("Mgharit Mir", "Mghara Mir"),
]


@pytest.mark.parametrize("construct, plain", CONSTRUCT_PAIRS)
def test_construct_at_meets_the_plain_ending(construct, plain):
    assert loose_key(construct) == loose_key(plain)
    assert skeleton_key(construct) == skeleton_key(plain)


@pytest.mark.parametrize("construct, plain", [
    ("Qaryat Hajj Ali", "Qarya Hajj Ali"),
    ("Khafsat Saghira", "Khafsa Saghira"),
])
def test_construct_at_is_one_arabic_spelling(construct, plain):
    assert ortho_key(construct) == ortho_key(plain)


@pytest.mark.parametrize("a, b", [
    ("Tleilat", "Tleila"),          # the last word's -at is a plural, not a construct
    ("Bayt Jann", "Ba Jann"),       # the t of bayt is a letter of its own
    ("Hayat Tahrir", "Haya Tahrir"),  # a long a before y: no taa marbuta rule for it
])
def test_other_final_t_is_kept(a, b):
    assert loose_key(a) != loose_key(b)


@pytest.mark.parametrize("query, expected", [
    ("Khafsat Saghira", "Khafsah Saghirah"),
    ("Qarat Dilik", "Qarah Dilik"),
    ("Jintasiyeh al-Abd", "Jintasiyat al `Abd"),
])
def test_lookup_finds_the_other_ending(query, expected):
    found = Gazetteer.default().lookup(query, limit=1)
    assert found and found[0].name == expected, found[:1]


# Twin villages' qualifiers: translated before the name or transliterated after it, in either gender.
@pytest.mark.parametrize("english, arabic", [
    ("Big Oweinat", "Uweinat al-Kabira"),
    ("Little Hamra", "Hamra Saghira"),
    ("Western Kweires", "Kweires al-Gharbi"),
    ("Upper Jbeileh", "Jbeileh Fawqani"),
    ("Eastern Tal Steeh", "Tal Steeh Sharqi"),
])
def test_translated_qualifier_is_the_transliterated_one(english, arabic):
    assert fold(english) == fold(arabic) or loose_key(english) == loose_key(arabic)


def test_qualifier_alone_is_kept():
    assert fold("Kabir") == "kabir" and fold("Little") == "little"


def test_different_qualifiers_stay_apart():
    assert loose_key("Big Oweinat") != loose_key("Little Oweinat")
    assert loose_key("Western Kweires") != loose_key("Eastern Kweires")


def test_lookup_finds_the_translated_twin():
    # "Bweideh al-Kabira" is the gazetteer's "Big Bweideh" (Aleppo), not its little twin.
    found = Gazetteer.default().lookup("Bweideh al-Kabira", limit=1)
    assert found and found[0].name == "Big Bweideh", found[:1]
