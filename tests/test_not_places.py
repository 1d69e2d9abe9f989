"""Capitalised words and names that are not places never resolve to a village spelled alike.

Invented sentences (not dev rows): common English words, armed groups', people's and
treaties' names, parts of multi-word names, and real places that are English words too.
"""
from __future__ import annotations

import pytest

from geoincidents import Document, Gazetteer
from geoincidents.places.not_places import is_common_word, is_common_word_mention, non_place_spans
from geoincidents.pipeline import process


def _places(text: str) -> dict[str, str | None]:
    res = process(Document(text, doc_id="t", published="2021-03-04"))
    return {m.text: (m.place.name if m.place is not None else None) for m in res.mentions if not m.foreign}


@pytest.mark.parametrize("text, word", [
    ("Fierce clashes broke out on Tuesday near Saraqeb.", "Fierce"),
    ("Renewed shelling killed two men in Kafr Nabl.", "Renewed"),
    ("Residents said a drone struck a car near Ariha.", "Residents"),
    ("Witnesses described the raid on Maarat al-Numan.", "Witnesses"),
    ("Aid trucks crossed into Idlib on Friday.", "Aid"),
    ("Shells Kill Three In Jisr al-Shughur", "Shells"),
    ("Mines Injure Two Shepherds Near Manbij", "Mines"),
])
def test_common_english_words_are_not_villages(text, word):
    found = _places(text)
    assert word not in found, found
    assert any(name is not None for name in found.values()), found  # the real place is still there


@pytest.mark.parametrize("text, not_places", [
    ("Hurras al-Din fighters attacked an army post near Tell Rifaat.", ("Hurras", "al-Din", "Hurras al-Din")),
    ("Abu Mohammad al-Julani appeared in a video filmed in Sarmada.", ("Mohammad", "Abu Mohammad al-Julani")),
    ("Ankara invoked the Adana agreement after shelling near Tal Abyad.", ("Adana",)),
    ("New sanctions under the Caesar Act were announced as prices rose in Daraa.", ("Caesar",)),
    ("Fighters of Fateh al-Rahman clashed with a rival group in Douma.", ("al-Rahman", "Rahman")),
])
def test_names_of_groups_people_and_treaties_are_not_places(text, not_places):
    found = _places(text)
    for word in not_places:
        assert found.get(word) is None, (word, found)
    assert any(name is not None for name in found.values()), found


@pytest.mark.parametrize("text", [
    "Regime artillery shelled Harem on Sunday.",
    "Two children were killed in the town of Harem.",
    "A car bomb exploded in Harem, killing four.",
])
def test_a_place_that_is_an_english_word_resolves_with_a_place_cue(text):
    assert _places(text).get("Harem") == "Harim"


def test_without_a_cue_a_common_word_is_no_place_but_with_one_it_is():
    gaz = Gazetteer.default()
    assert is_common_word_mention("Fierce", None, gaz)
    assert not is_common_word_mention("Mare", "in", gaz)  # "in Mare'": a town spelled exactly so
    assert is_common_word_mention("Center", "in", gaz)  # "in Center of the capital": only loosely a village
    # Big places keep a name that is frequent in English text.
    assert not is_common_word_mention("Damascus", None, gaz)


def test_word_frequency_evidence():
    assert is_common_word("Residents") and is_common_word("witnesses")
    assert not is_common_word("Saraqeb") and not is_common_word("Ra'i") and not is_common_word("Harem")


def test_treaty_and_law_names_are_masked():
    spans = non_place_spans("Both sides cited the Sochi memorandum and the Caesar Act.")
    assert [s.text for s in spans] == ["Sochi", "Caesar"]


def test_parts_of_a_multi_word_name_never_resolve_alone():
    found = _places("Warplanes struck Hish al-Kubra and Kafr Nubl at dawn.")
    assert "Hish" not in found and "al-Kubra" not in found
    assert found.get("Kafr Nubl") is not None


def test_whole_name_wins_maarat_hurma():
    # "Maarat Hurma" used to be cut to "Maarat" and placed 119 km away (Maaret Atarib).
    res = process(Document("Shelling hit Maarat Hurma in southern Idlib.", doc_id="t", published="2021-03-04"))
    m = next(m for m in res.mentions if m.text.startswith("Maarat"))
    assert m.text == "Maarat Hurma"
    assert m.place.place_id == "ocha:C4071"  # معرة حرمة, near Kafr Nabl
    assert m.place.distance_km(Gazetteer.default().get("ocha:C4071")) < 1


def test_a_city_keeps_its_name_before_an_article_joined_word():
    # "Daraa al-Balad" is Daraa's old town: the city still locates it.
    found = _places("Shelling hit Daraa al-Balad on Monday.")
    assert any(name and "Dar" in name for name in found.values()), found


def test_ras_al_ain_written_apart():
    found = _places("A landmine exploded in Ras Al Ain city.")
    assert found.get("Ras Al Ain", "").startswith("Ras Al Ain"), found


def test_a_short_name_does_not_prefer_a_longer_place_that_only_begins_like_it():
    gaz = Gazetteer.default()
    # "Maarat" is a Who's On First variant of Maaret Atarib (and of another Maaret ...).
    assert gaz.lookup("Maarat")[0].place_id not in ("ocha:C1038", "ocha:C3935")
    from geoincidents.gazetteer.search import _begins_only
    assert _begins_only("Maarat", "Maaret Atarib") and not _begins_only("Maarat Hurma", "Maar Tahroma")


@pytest.mark.parametrize("text", [
    "Enab Baladi – Two civilians were killed by shelling on Ariha on Monday.",
    "Two civilians were killed in Ariha (Photo: Enab Baladi).",
])
def test_outlet_names_in_datelines_and_credits_are_not_places(text):
    assert _places(text) == {"Ariha": "Ariha"}


@pytest.mark.parametrize("text, word", [
    ("Booby trapped explosion kills two in Sarmin.", "Booby"),
    ("An Idlib-based commander was killed in Sarmin.", "Idlib"),
    ("Rahman Corps fighters clashed with regime forces in Arbin.", "Rahman"),
])
def test_a_name_inside_an_adjective_or_a_group_name_is_no_place(text, word):
    assert _places(text).get(word) is None


def test_outlets_found_alike_in_text_read_lower_cased_and_not():
    # A text with a dotless "ı" is matched as written (re.I), others lower-cased: the same names.
    plain = "Shelling hit Ariha, Step News and SOHR said; the White Helmets and activists counted 3 dead."
    odd = plain.replace("Ariha", "Arıha")
    found = [(s.text, s.start) for s in non_place_spans(plain)]
    assert found == [(s.text, s.start) for s in non_place_spans(odd)]
    assert [t for t, _ in found] == ["Step News", "SOHR", "White Helmets"]


@pytest.mark.parametrize("text, word", [
    ("Gunmen attacked the Omar bin al-Khattab mosque in Sarmin, killing one.", "Omar"),
    ("A shell hit the Saad Ibn Abi Waqqas school in Ariha.", "Saad"),
    ("Jets struck the Al-Zubair Ibn Al-Awwam camp near Atmeh.", "Al-Zubair"),
])
def test_a_persons_name_giving_a_mosque_school_or_camp_its_name_is_no_place(text, word):
    found = _places(text)
    assert found.get(word) is None and len(found) == 1  # only the town the text names


@pytest.mark.parametrize("village", ["Qasr Bin Wardan", "Khirbat Ibn Hawsh"])
def test_a_village_named_with_bin_or_ibn_is_still_a_place(village):
    assert village in _places(f"Regime shelling hit {village}, killing two.")


@pytest.mark.parametrize("text, word", [
    ("Jets struck Ariha during the holy month of Ramadan.", "Ramadan"),
    ("The attack on Ariha came in the month of Safar.", "Safar"),
])
def test_a_month_of_the_islamic_calendar_is_no_place(text, word):
    assert _places(text).get(word) is None and "Ariha" in _places(text)
