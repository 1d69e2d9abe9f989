"""Multi-headline texts joined by ";" are several reports (issue 9): a report that names no
place of its own never hands its count to another report's place silently (invented headlines,
not dev rows)."""
from __future__ import annotations

import geoincidents

PUB = "2021-03-12"


def extract(text: str):
    return geoincidents.extract(text, published=PUB)


def rows(gdf, location):
    return gdf[gdf["location"] == location]


def test_placeless_report_after_one_place_is_that_places():
    gdf = extract("Warplanes struck Ariha; 5 killed")
    assert rows(gdf, "Ariha")["fatalities"].tolist() == [5]


def test_placeless_report_after_a_list_is_the_list_total_at_its_first_place():
    gdf = extract("Warplanes struck Ariha and Sarmin; 7 killed")
    assert rows(gdf, "Ariha")["fatalities"].tolist() == [7]
    assert rows(gdf, "Sarmin")["fatalities"].isna().all()
    assert "first place" in rows(gdf, "Ariha").iloc[0]["fatalities_rule"]


def test_placeless_report_of_another_event_after_a_list_is_noted_not_given():
    gdf = extract("Warplanes struck Ariha and Sarmin; 47 killed by explosions")
    # The text ties the 47 to no place: no listed place takes it, and no point is invented for it.
    assert gdf["fatalities"].isna().all()
    ariha = rows(gdf, "Ariha").iloc[0]
    assert "not counted here: '47' (a report after ';' that names no place)" in ariha["fatalities_rule"]


def test_placeless_count_after_a_counted_report_does_not_overwrite_it():
    gdf = extract("Shelling hit Ariha; 5 killed in Sarmin; 3 civilians killed")
    sarmin = rows(gdf, "Sarmin")
    precise = sarmin[sarmin["geo_precision"] != 3]
    assert precise["fatalities"].tolist() == [5]
    # a place-less tally with no event of its own is no incident, but its words are noted
    assert sarmin["fatalities"].tolist() == [5]
    assert "not counted here: '3'" in sarmin.iloc[0]["fatalities_rule"]


def test_list_before_a_placeless_tally_keeps_its_own_total():
    gdf = extract("Jets struck Harasta and Arbin, killing 2; 140 were killed yesterday including 26 soldiers")
    assert rows(gdf, "Harasta")["fatalities"].tolist() == [2]
    assert rows(gdf, "Arbin")["fatalities"].isna().all()
    assert 140 not in gdf["fatalities"].dropna().tolist()


def test_report_names_its_place_by_the_same_town():
    gdf = extract("Shelling on Ariha killed 4 civilians; a week after that, jets targeted the same town "
                  "leaving 9 dead")
    assert sorted(rows(gdf, "Ariha")["fatalities"].tolist()) == [4, 9]


def test_claims_the_lives_of_is_an_event_not_a_source():
    gdf = extract("Ariha town's massacre claims the lives of 13 citizens")
    assert rows(gdf, "Ariha")["fatalities"].tolist() == [13]
    assert rows(gdf, "Ariha")["attribution"].isna().all()


# A hyphen between two known names is two places (a road's or a front's two ends), also without
# "road" after it; a hyphenated single name is never split.
def test_hyphen_between_two_known_names_is_two_places():
    gdf = extract("Clashes on the Saraqib-Ariha front killed 3 fighters")
    assert set(gdf["location_mention"]) == {"Saraqib", "Ariha"}
    assert gdf["fatalities"].dropna().tolist() == [3]  # the list total, not split
    assert gdf[gdf["fatalities"] == 3].iloc[0]["fatalities_rule"].startswith("list total")


def test_hyphen_after_a_multi_word_name_splits_after_the_whole_name():
    gdf = extract("Jets struck a car on the Ariha-Jisr al-Shughur road, killing 2")
    assert rows(gdf, "Ariha")["fatalities"].tolist() == [2]
    mentions = geoincidents.extract("Shelling hit Maarat al-Numan-Saraqib", published=PUB)["location_mention"]
    assert set(mentions) == {"Maarat al-Numan", "Saraqib"}


def test_hyphenated_single_names_are_not_split():
    for name in ("Deir-ez-Zor", "Tal-Abyad", "Kafr-Nabl", "Ras al-Ain", "Jisr al-Shughur"):
        gdf = extract(f"Shelling hit {name}")
        assert gdf["location_mention"].tolist() == [name], name


def test_count_of_the_cause_is_not_the_main_events():
    gdf = extract("Gunmen carried out raids and arrests in Sarmin following the targeting of a patrol "
                  "with an IED, which killed 3 of its members.")
    raid = gdf[gdf["sub_event_type"] != "Remote explosive/landmine/IED"]
    assert raid["fatalities"].isna().all()
    assert "not counted here: '3' (the cause of the event" in raid.iloc[0]["fatalities_rule"]
    # "the following day" is a date, not a cause
    assert extract("Regime forces shelled Ariha the following day, killing 2")["fatalities"].tolist() == [2]


def test_placeless_report_of_the_same_event_merges_conservatively():
    gdf = extract("Car bomb kills at least 9 in Sarmin; Ten killed, 25 injured after car bomb explodes")
    sarmin = rows(gdf, "Sarmin")
    assert len(sarmin) == 1
    assert sarmin.iloc[0]["fatalities"] == 10  # "at least 9" and "Ten": the same ten deaths
    gdf = extract("Air strikes killed 5 in Ariha; 140 were killed yesterday in air strikes")
    assert rows(gdf, "Ariha")["fatalities"].tolist() == [5]  # a day's tally never raises an exact count


def test_the_role_of_a_group_is_one_person():
    from geoincidents.fields import casualties
    assert casualties("The commander of the brigade was killed in an ambush").fatalities == 1
    assert casualties("The mukhtar of the village was shot dead").fatalities == 1
    assert casualties("The leader was killed").fatalities is None  # no "of": may be a headline's group


def test_a_day_tally_is_no_count_of_the_uncounted_report_beside_it():
    # A monitor's tally of a day over the country, after or before a report of one place that counts
    # nobody: it tells how many died everywhere, not there (the words stay in fatalities_rule).
    gdf = extract("Rocket launchers target Kafr Zita; 47 people were killed yesterday, including 9 members of "
                  "the regime forces and their allied militiamen")
    assert rows(gdf, "Kafr Zeita")["fatalities"].isna().all()
    assert "tally of a day" in rows(gdf, "Kafr Zeita")["fatalities_rule"].iloc[0]
    gdf = extract("More than 70 people were killed on Sunday including 25 civilians; Warplanes bomb Heish")
    assert rows(gdf, "Heish")["fatalities"].isna().all()
    # A count after ";" that is no tally still finishes the report before ("Airstrikes on X; 5 killed").
    gdf = extract("Warplanes bomb Heish; 5 people were killed")
    assert rows(gdf, "Heish")["fatalities"].tolist() == [5]
