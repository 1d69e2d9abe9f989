"""One place, one incident; precision of "nearby"/"near"; places named by their residents."""
from __future__ import annotations

import pytest

import geoincidents

PUB = "2021-03-12"


def extract(text: str):
    return geoincidents.extract(text, published=PUB)


def test_a_region_that_only_locates_villages_is_context_and_the_count_stays_on_a_village():
    gdf = extract("Regime forces shelled Kafr Oweid and Fleifel in Jabal al-Zawiya, killing two.")
    assert set(gdf["location"]) == {"Kafr Oweid", "Fleifel"}
    assert gdf["fatalities"].sum() == 2
    m = geoincidents.mentions("Regime forces shelled Kafr Oweid and Fleifel in Jabal al-Zawiya, killing two.")
    zawiya = m[m["mention"] == "Jabal al-Zawiya"].iloc[0]
    assert not zawiya.is_incident_location and zawiya.reason.startswith("context: locates")


def test_a_front_in_a_region_is_the_front_place():
    gdf = extract("Clashes erupted on the Tardin front in Jabal al-Turkman.")
    assert list(gdf["location"]) == ["Tardeen"]


def test_a_region_is_an_incident_when_nothing_finer_is_named():
    gdf = extract("Russian jets struck Jabal al-Zawiya.")
    assert list(gdf["location"]) == ["Jabal al-Zawiya"] and gdf.iloc[0].geo_precision == 2


def test_the_nearby_village_of_x_is_x_itself():
    assert extract("Shelling hit the nearby village of Fleifel.").iloc[0].geo_precision == 1


def test_west_of_and_outskirts_of_are_near():
    assert extract("A mortar shell fell west of Ariha.").iloc[0].geo_precision == 2
    assert extract("Shelling hit the outskirts of Ariha.").iloc[0].geo_precision == 2
    assert extract("A drone hit a military convoy on its way to Ariha.").iloc[0].geo_precision == 2
    assert extract("A car bomb exploded on the road to Ariha.").iloc[0].geo_precision == 2


def test_residents_of_a_place_still_locate_the_event():
    gdf = extract("Residents of Ariha and Mhambal said the shelling has not stopped.")
    assert set(gdf["location"]) == {"Ariha", "Mhambal"}


def test_every_mention_of_an_event_sentence_ends_in_one_state():
    m = geoincidents.mentions("Regime forces shelled Kafr Oweid, Fleifel and Ariha in Jabal al-Zawiya.")
    for row in m.itertuples():
        assert row.is_incident_location or row.reason, row.mention


def test_an_unknown_name_with_a_common_word_in_it_is_reported_unresolved():
    m = geoincidents.mentions("Rival factions clashed near Arab Zaghloul in the western countryside.")
    assert m.query("mention == 'Arab Zaghloul'")["status"].tolist() == ["unresolved"]
    # ... but a name made of common words is none ("near Syrian Army positions").
    assert geoincidents.mentions("Shells fell near Syrian Army positions.").empty


def test_the_victims_home_town_is_context_the_event_is_where_it_happened():
    gdf = extract("Gunmen shot and killed a civilian from Binnish in Sarmin.")
    assert list(gdf["location"]) == ["Sarmin"] and gdf.iloc[0].fatalities == 1


def test_a_place_near_another_only_locates_it():
    gdf = extract("An IED killed two soldiers in Kafr Oweid near Ariha.")
    assert list(gdf["location"]) == ["Kafr Oweid"] and gdf.iloc[0].fatalities == 2


@pytest.mark.parametrize("between", [", south of ", ", a village south of ", ", 10 km south of ", " south of "])
def test_a_town_a_direction_away_only_locates_the_village(between):
    gdf = extract(f"Shelling hit the village of Sukayk{between}Khan Sheikhoun, killing 12 soldiers.")
    assert list(gdf["location_mention"]) == ["Sukayk"] and gdf.iloc[0].fatalities == 12


def test_a_part_of_a_city_the_gazetteer_places_elsewhere_is_the_city():
    # "Wa'er" is a namesake village outside Homs in the gazetteer; the neighbourhood is in the city.
    gdf = extract("Shelling by the regime forces on al-Wa'er neighborhood in Homs killed three.")
    assert list(gdf["location"]) == ["Homs"] and gdf.iloc[0].fatalities == 3
    m = geoincidents.mentions("Shelling by the regime forces on al-Wa'er neighborhood in Homs killed three.")
    assert m[m["mention"] == "al-Wa'er"].iloc[0].reason.startswith("context: a part of")


def test_an_area_of_a_countryside_is_the_place_not_its_qualifier():
    # "X area of Y" puts X in Y (unlike "the Idlib town of X"): the countryside only locates X.
    gdf = extract("Clashes in the Kabani area of the northern Latakia countryside killed 11 fighters.")
    assert list(gdf["location_mention"]) == ["Kabani"] and gdf.iloc[0].fatalities == 11


def test_a_front_a_direction_away_from_a_city_is_the_front_place():
    gdf = extract("Clashes erupted on the Nayrab front, east of Idlib city, leaving 14 dead on both sides.")
    assert list(gdf["location_mention"]) == ["Nayrab"] and gdf.iloc[0].fatalities == 14


def test_an_area_of_a_city_resolved_far_away_is_the_city():
    m = geoincidents.mentions("Air strikes hit the Al Makaf area of Raqqa city.")
    assert m[m["mention"] == "Al Makaf"].iloc[0].reason.startswith("context: 'Makef' is a namesake far from")


def test_a_quarter_the_gazetteer_knows_in_the_city_stays_the_place():
    assert list(extract("Shelling hit the Sheikh Maqsoud neighbourhood of Aleppo.")["location_mention"]) == [
        "Sheikh Maqsoud"]


def test_a_governorate_after_a_comma_only_locates_the_place():
    gdf = extract("Jets struck Saraqeb, Idlib province, killing two.")
    assert list(gdf["location_mention"]) == ["Saraqeb"] and gdf.iloc[0].fatalities == 2


def test_the_town_of_a_countryside_is_the_town():
    gdf = extract("An explosive device went off in a car in Sarmin town of Idlib countryside.")
    assert list(gdf["location_mention"]) == ["Sarmin"]


@pytest.mark.parametrize("text", [
    "The body of a fighter was found on the road between Sarmin and Saraqeb.",
    "Clashes erupted on the Sarmin-Saraqeb road.",
])
def test_a_road_between_two_places_is_one_incident_near_the_first(text):
    gdf = extract(text)
    assert list(gdf["location_mention"]) == ["Sarmin"] and gdf.iloc[0].geo_precision == 2


def test_a_road_located_by_a_third_place_is_at_that_place():
    gdf = extract("Jets struck a car on the Aleppo-Damascus highway near Saraqeb, killing two.")
    assert list(gdf["location_mention"]) == ["Saraqeb"] and gdf.iloc[0].fatalities == 2


def test_an_area_between_two_places_keeps_both():
    gdf = extract("Clashes broke out in the area between Sarmin and Saraqeb.")
    assert set(gdf["location_mention"]) == {"Sarmin", "Saraqeb"}


@pytest.mark.parametrize("governorate", ["Homs", "Hama"])
def test_the_governorate_the_text_names_decides_between_namesakes(governorate):
    gdf = extract(f"Jets struck Aziziyeh village, {governorate} governorate.")
    assert list(gdf["admin1"]) == [governorate] and list(gdf["feature_type"]) == ["village"]


def test_a_place_resolved_outside_the_governorate_the_text_names_is_context():
    gdf = extract("Jets struck Saraqeb, Daraa governorate.")
    assert list(gdf["feature_type"]) == ["governorate"]
    m = geoincidents.mentions("Jets struck Saraqeb, Daraa governorate.")
    assert "namesake" in m[m["mention"] == "Saraqeb"].iloc[0].reason
    # A list is not a location: "X and Y governorate" are two places.
    assert len(extract("Jets struck Saraqeb and Daraa governorate.")) == 2


def test_a_village_the_text_puts_near_a_town_is_the_namesake_near_it():
    gdf = extract("Turkish forces shelled the village of Aziziyeh in the countryside of Tal Tamer.")
    row = gdf[gdf["location_mention"] == "Aziziyeh"].iloc[0]
    assert row.admin1 == "Al-Hasakeh"


@pytest.mark.parametrize("village, town, governorate", [("Kawbarah", "Harim", "Idlib"), ("Al Marj", "Harim", "Idlib"),
                                                         ("Rasm al Ahmar", "Banan", "Aleppo")])
def test_a_namesake_in_the_countryside_the_text_names_beats_one_a_district_away(village, town, governorate):
    # Each name has a namesake 40-75 km from the town (the governorate's context favours it) and one within 40.
    gdf = extract(f"Regime forces shelled the village of {village} in the countryside of {town} in {governorate}.")
    row = gdf[gdf["location_mention"] == village].iloc[0]
    anchor = geoincidents.Gazetteer.default().lookup(town)[0]
    assert anchor.kind in ("town", "city")
    assert geoincidents.Gazetteer.default().get(row.place_id).distance_km(anchor) <= 40


@pytest.mark.parametrize("where", ["in the western countryside of Ariha", "in the countryside of Ariha",
                                   "in rural Ariha", "on the outskirts of Ariha", "in Ariha countryside",
                                   "in the western Ariha countryside"])
def test_a_town_whose_countryside_locates_a_village_is_context_and_the_toll_stays_on_the_village(where):
    text = f"Regime artillery shelled Kansafra {where}, killing two civilians."
    gdf = extract(text)
    assert list(gdf["location_mention"]) == ["Kansafra"] and list(gdf["fatalities"]) == [2]
    ariha = geoincidents.mentions(text).query("mention == 'Ariha'").iloc[0]
    assert not ariha.is_incident_location and "locates 'Kansafra'" in ariha.reason


def test_a_name_merely_spelt_like_the_village_does_not_replace_it_in_the_countryside():
    # Barissa and Barsa lie near Heish; "Barisha" is still a Barisha (one of the namesakes near Heish).
    gdf = extract("Regime forces shelled the village of Barisha in the countryside of Heish in Idlib.")
    assert gdf[gdf["location_mention"] == "Barisha"].iloc[0].location == "Barisha"


def test_the_countryside_of_a_capital_is_its_governorate_not_a_radius():
    # Hajin lies ~95 km from Deir ez-Zor city: "the countryside of Deir Ezzor" is the governorate.
    gdf = extract("Jets struck Hajin in the eastern countryside of Deir Ezzor.")
    assert list(gdf["location_mention"]) == ["Hajin"]


@pytest.mark.parametrize("where", ["in Rural Damascus", "in rural Damascus", "in eastern rural Damascus",
                                   "in the Damascus countryside", "in the eastern countryside of Damascus"])
def test_rural_damascus_is_its_own_governorate_and_only_locates_a_town_in_it(where):
    # Rif Dimashq surrounds Damascus: the capital's governorate is not the countryside's.
    gdf = extract(f"Unidentified gunmen killed a man in Bait Jan {where}.")
    assert list(gdf["location_mention"]) == ["Bait Jan"]
    assert list(gdf["admin1"]) == ["Rural Damascus"] and list(gdf["fatalities"]) == [1]
    m = geoincidents.mentions(f"Gunmen killed a man in Bait Jan {where}.").query("mention == 'Damascus'").iloc[0]
    assert m.location == "Rural Damascus" and not m.is_incident_location and "locates 'Bait Jan'" in m.reason


@pytest.mark.parametrize("text", ["Airstrikes hit the Damascus countryside on Monday.",
                                  "Regime shelling on rural Damascus killed two."])
def test_the_damascus_countryside_alone_is_an_incident_in_rural_damascus(text):
    gdf = extract(text)
    assert list(gdf["admin1"]) == ["Rural Damascus"] and list(gdf["geo_precision"]) == [3]
    # while the city itself stays the city
    assert list(extract("Shelling on Damascus killed two.")["location"]) == ["Damascus"]


def test_two_plain_names_side_by_side_are_one_name_not_two_villages():
    # "Salib Qaran" is unknown as a whole: neither "Salib" nor "Qaran" is looked up alone.
    gdf = extract("Turkish forces shelled Salib Qaran in the western countryside of Tell Abiad.")
    assert list(gdf["location_mention"]) == ["Tell Abiad"]
    assert set(extract("Clashes erupted in Tal Tamer and Ariha.")["location_mention"]) == {"Tal Tamer", "Ariha"}


def test_an_arabic_name_before_its_transliteration_is_a_gloss_not_a_second_place():
    text = "March 28th 2017: (S552) الخاتونية Al Khatuniya village, Raqqa governorate, Syria"
    gdf = extract(text)
    assert list(gdf["location_mention"]) == ["Al Khatuniya"]
    m = geoincidents.mentions(text)
    assert m[m["mention"] == "الخاتونية"].iloc[0].reason == "gloss of 'Al Khatuniya'"


def test_a_capitalised_direction_starts_a_village_name():
    gdf = extract("Gunmen opened fire at a checkpoint in Eastern Ghariyeh in Daraa.")
    assert list(gdf["location"]) == ["Eastern Ghariyeh"]
    assert list(extract("Jets struck Eastern Deir Ezzor.")["location_mention"]) == ["Deir Ezzor"]


def test_a_capital_standing_for_its_governorate_decides_between_namesakes_too():
    assert list(extract("Jets struck Aziziyeh in Homs.")["admin1"]) == ["Homs"]
    # A list of cities is no location of one by the next.
    assert len(extract("Suicide attacks targeted Hasakah, Homs, Damascus and Tartous.")) == 4


def test_a_capital_named_as_a_point_is_not_its_governorate():
    # "east of Homs" is near the city; "in the countryside of Homs" would be the governorate.
    gdf = extract("Airstrikes hit the desert east of Homs and a convoy heading to Rastan.")
    assert set(gdf["location_mention"]) == {"Homs", "Rastan"}
    assert list(extract("Airstrikes hit Rastan in the countryside of Homs.")["location_mention"]) == ["Rastan"]


def test_a_namesake_outside_the_governorate_gives_the_event_to_the_governorate():
    gdf = extract("Forces conducted a joint patrol in the town of Kafr Nabl and its countryside in Al-Hasakeh.")
    assert list(gdf["feature_type"]) == ["governorate"] and list(gdf["admin1"]) == ["Al-Hasakeh"]


def test_where_a_convoy_came_from_is_not_where_it_was_struck():
    gdf = extract("Warplanes bombed a convoy launched from Tal Tamer towards Ras al-Ain, leaving 9 dead.")
    assert list(gdf["location_mention"]) == ["Ras al-Ain"] and gdf.iloc[0].fatalities == 9


def test_a_district_of_a_city_is_the_district_and_a_city_district_is_qualified_by_it():
    # "the X district of Aleppo city": X is the place and the city only locates it ...
    gdf = extract("Shells fell on the Hamdaniya district of Aleppo city, wounding five.")
    assert list(gdf["location"]) == ["Hamadaniyeh"] and list(gdf["geo_precision"]) == [1]
    # ... while "the Aleppo district of X" names X after its qualifier.
    assert list(extract("Shelling hit the Aleppo district of Sheikh Maqsoud.")["location_mention"]) == ["Sheikh Maqsoud"]


def test_an_unknown_spelling_with_all_consonants_of_a_place_is_that_place():
    # "Maarat Harma": Ma'arrat Hurmah, OCHA's "Maar Tahroma" (m-r-t-h-r-m): the vowels differ, not the place.
    gdf = extract("HTS militants looted the houses of displaced people in the town of Maarat Harma.")
    assert list(gdf["location"]) == ["Maar Tahroma"] and list(gdf["admin1"]) == ["Idleb"]
    # Fewer consonants alike are no such evidence: a short unknown name stays unresolved.
    m = geoincidents.mentions("Shelling hit the village of Sofohon.")
    assert m.query("mention == 'Sofohon'")["status"].tolist() == ["unresolved"]


def test_a_facility_near_a_town_named_like_a_place_far_away_is_the_town():
    # "al-Hamidiyah camps near Maarrat al-Nu'man": army camps the gazetteer lacks, not the Tartous town.
    gdf = extract("Violent clashes around Wadi al-Deif and al-Hamidiyah camps near Maarrat al-Nu'man")
    assert list(gdf["location"]) == ["Ma'arrat An Nu'man"] and list(gdf["geo_precision"]) == [2]


@pytest.mark.parametrize("text", [
    "A roadside bomb struck a bus on the Ariha - al Mastouma road in Idlib, killing two.",
    "A roadside bomb struck a bus on the Ariha-Mastouma road in Idlib governorate, killing two.",
    "A roadside bomb struck a bus on the road between Ariha and al-Mastouma in Idlib, killing two.",
])
def test_a_governorate_after_a_road_only_locates_the_road(text):
    # The governorate contains both ends: it is no third place that locates the event.
    gdf = extract(text)
    assert len(gdf) == 1 and gdf.iloc[0].location_mention in {"Ariha", "Mastouma", "al-Mastouma"}
    assert gdf.iloc[0].geo_precision == 2 and gdf.iloc[0].fatalities == 2
