"""Arabic names in monitors' source lists ("(S12) قرية X X village, Idlib governorate"): a run of Arabic
words headed by a feature noun is one compound name, never a village spelled like its first word."""
from __future__ import annotations

import pytest

import geoincidents
from geoincidents import extract


@pytest.mark.parametrize("line, noun", [
    ("February 4th 2016: (S211) جامع الصفا al Safa mosque, Saraqeb, Idlib governorate, Syria", "الصفا"),
    ("February 4th 2016: (S213) الجسر الجديد [the new bridge], Jisr al-Shughur, Idlib governorate, Syria", "الجسر"),
    ("February 4th 2016: (S214) تل الحمام Tall al Hammam hill near Saraqeb, Idlib governorate, Syria", "تل"),
    ("February 4th 2016: (S215) مزرعة الحاج Al Hajj farm near Saraqeb, Idlib governorate, Syria", "مزرعة"),
])
def test_a_feature_noun_heads_an_arabic_compound_name(line, noun):
    m = geoincidents.mentions(line)
    assert not any(m["mention"].str.startswith(noun)), m[["mention", "location"]]
    # The event keeps a place in Idlib; nothing far away is made of a word of the name.
    gdf = extract(line)
    assert len(gdf) >= 1 and set(gdf["admin1"]) == {"Idleb"}


def test_a_kind_noun_before_an_arabic_name_is_a_cue():
    m = geoincidents.mentions("February 4th 2016: (S212) مدينة سراقب Saraqeb city, Idlib governorate, Syria")
    assert "سراقب" in set(m["mention"]) and "مدينة" not in set(m["mention"])


def test_an_arabic_name_known_as_a_whole_is_found_whole():
    m = geoincidents.mentions("February 4th 2016: (S216) عين العرب Ayn al Arab town, Aleppo governorate, Syria")
    assert "عين العرب" in set(m["mention"])


@pytest.mark.parametrize("line", [
    "February 6th 2016: (S220) Tell Mardikh, near Saraqib, Idlib governorate, Syria",
    "February 6th 2016: (S220) تل مرديخ Tell Mardikh, near Saraqib, Idlib governorate, Syria",
])
def test_the_name_after_a_source_entry_code_is_the_entrys_place(line):
    # Not written as any gazetteer name, and no cue word before it: the entry's code is the cue.
    gdf = extract(line)
    assert list(gdf["location_mention"]) == ["Tell Mardikh"] and gdf.iloc[0].location == "Mardikh"
