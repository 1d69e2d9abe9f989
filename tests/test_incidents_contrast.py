"""Reports set side by side by "while", and feature names the gazetteer lacks.

"Air strikes killed dozens in the Ruj plain over three days, while shelling on Kafr Takharim
killed a girl on Tuesday" is two reports: the town has its one dead, its shelling and its
Tuesday; the plain (a named region of the bundled gazetteer) has its dozens, its air strikes and
its three days.  A feature the gazetteer does not hold is reported as an unresolved mention, never
dropped and never placed at a village spelled like it.
"""
from __future__ import annotations

from geoincidents import Document
from geoincidents.pipeline import process


def _run(text: str, published: str = "2019-05-16"):
    return process(Document(text, published=published))


def test_a_report_after_while_keeps_its_own_count_event_and_day():
    res = _run("Air strikes killed dozens in the Ruj plain over three days, while shelling on Kafr Takharim "
               "killed a girl on Tuesday.")
    plain, town = res.incidents
    assert (town["location_mention"], town["sub_event_type"], town["fatalities"], str(town["date_start"])) == \
        ("Kafr Takharim", "Shelling/artillery/missile attack", 1, "2019-05-14")
    assert (plain["place_id"], plain["geo_precision"], plain["sub_event_type"]) == \
        ("region:sahl-al-ruj", 2, "Air/drone strike")
    assert plain["fatalities"] >= 12 and plain["date_start"] < plain["date_end"]


def test_two_placed_reports_joined_by_while():
    res = _run("Air strikes killed five in Ariha on Monday, while shelling on Kafr Takharim killed a girl on Tuesday.")
    got = [(i["location_mention"], i["sub_event_type"], i["fatalities"], str(i["date_start"])) for i in res.incidents]
    assert got == [("Ariha", "Air/drone strike", 5, "2019-05-13"),
                   ("Kafr Takharim", "Shelling/artillery/missile attack", 1, "2019-05-14")]


def test_while_with_a_participle_is_the_same_event():
    res = _run("Two members of IS cells were killed while being pursued in Al-Bab city.")
    (inc,) = res.incidents
    assert inc["location_mention"] == "Al-Bab" and inc["fatalities"] == 2 and inc["actor2"] == "Islamic State"


def test_an_unknown_feature_name_is_reported_not_placed():
    res = _run("Clashes erupted on the Al Sadda road near Deir Ezzor, killing two fighters.")
    sadda = [m for m in res.mentions if m.text == "Al Sadda"]
    assert len(sadda) == 1 and sadda[0].status == "unresolved" and sadda[0].place is None
    assert "Al Sadda" not in {i["location_mention"] for i in res.incidents}


def test_an_earlier_counted_report_after_after_keeps_its_place_count_and_day():
    res = _run("Turkish forces shelled government positions near Saraqeb on Tuesday after five Turkish soldiers were "
               "killed in an attack on a Turkish post in Taftanaz on Monday.", published="2020-02-12")
    got = {i["location_mention"]: (i["fatalities"], str(i["date_start"])) for i in res.incidents}
    assert got["Taftanaz"] == (5, "2020-02-10")
    assert got["Saraqeb"][0] in (None, 0) and got["Saraqeb"][1] == "2020-02-11"


def test_a_capture_after_a_counter_attack_in_which_people_died_keeps_its_count():
    res = _run("Rebels regained control of Kafr Nabuda after a counter attack in which 17 regime soldiers were killed.")
    (inc,) = res.incidents
    assert (inc["sub_event_type"], inc["fatalities"]) == ("Non-state actor overtakes territory", 17)


def test_a_total_of_one_family_before_its_breakdown():
    res = _run("Six members of one family, including four children, were killed on Thursday when government shells "
               "hit their house in the village of Iblin.", published="2021-06-11")
    (inc,) = res.incidents
    assert (inc["location_mention"], inc["fatalities"], str(inc["date_start"])) == ("Iblin", 6, "2021-06-10")


def test_the_next_sentence_places_an_event_told_at_the_governorate():
    res = _run("At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province "
               "on Thursday, a Turkish official said. The attack took place near the town of Balyun in Jabal al-Zawiya.",
               published="2020-02-28")
    (inc,) = [i for i in res.incidents if i["fatalities"]]
    assert (inc["location_mention"], inc["fatalities"], str(inc["date_start"])) == ("Balyun", 33, "2020-02-27")
    idlib = next(m for m in res.mentions if m.text == "Idlib")
    assert not idlib.is_incident_location and "places the event" in idlib.not_incident


def test_a_sentence_about_another_event_does_not_move_the_first():
    res = _run("Air strikes killed 12 people in Idlib province on Monday. Rebels captured the village of Hobeit on Tuesday.")
    got = {i["location_mention"]: i["fatalities"] for i in res.incidents}
    assert got["Idlib"] == 12


def test_a_report_after_a_semicolon_that_points_back_at_one_event_is_that_event():
    import pandas as pd

    import geoincidents
    # "the explosion" is the explosion in Idlib, not the shelling on Ariha reported with it.
    gdf = geoincidents.extract("Casualties in an explosion in the city of Idlib and shelling on Ariha; "
                               "6 people killed in the explosion", published="2019-05-14")
    got = {r.location_mention: (r.sub_event_type, None if pd.isna(r.fatalities) else int(r.fatalities))
           for r in gdf.itertuples()}
    assert got == {"Idlib": ("Remote explosive/landmine/IED", 6), "Ariha": ("Shelling/artillery/missile attack", None)}
    # A day's tally that points back at nothing stays no one's count.
    gdf = geoincidents.extract("Martyrs and wounded in raids on Rastan and clashes in the countryside of Hama; "
                               "148 people were killed yesterday, and 91 people were martyred in Russian airstrikes",
                               published="2019-05-14")
    assert not (gdf["fatalities"].fillna(0) > 50).any()


def test_an_updated_toll_of_another_place_is_that_places_toll():
    import geoincidents
    gdf = geoincidents.extract("The regime's artillery kills a young man in Kafr Takharim, and the death toll of "
                               "yesterday's massacre in Hass rises to 11", published="2019-05-14")
    got = {r.location_mention: (int(r.fatalities), str(r.date_start)[:10]) for r in gdf.itertuples()}
    assert got == {"Kafr Takharim": (1, "2019-05-14"), "Hass": (11, "2019-05-13")}


def test_a_parallel_event_after_as_does_not_take_the_main_clauses_toll():
    import geoincidents
    # "as government forces pressed an offensive toward Saraqeb": the 11 died elsewhere in the northwest.
    gdf = geoincidents.extract("Russian and Syrian air strikes killed at least 11 civilians in northwest Syria on "
                               "Tuesday, rescuers said, as government forces pressed an offensive toward the town of "
                               "Saraqeb.", published="2020-02-05")
    row = gdf.set_index("location_mention").loc["Saraqeb"]
    assert row.sub_event_type == "Armed clash" and row.geo_precision == 2 and str(row.fatalities) == "<NA>"
    # "as well as", "as a result" are no such clause.
    gdf = geoincidents.extract("Shelling killed two in Ariha, as well as a child in Sarmin.", published="2020-02-05")
    assert set(gdf["location_mention"]) == {"Ariha", "Sarmin"}


def test_parts_told_after_a_total_are_part_of_it():
    import geoincidents
    text = ("Air strikes killed 11 civilians in Idlib province on Tuesday, rescuers said. Six people, including two "
            "children, were killed when jets struck a market in Ariha. Three more died in strikes on Binnish, and two "
            "in Sarmin. Regime shelling also killed 4 in Kafr Nabl.")
    gdf = geoincidents.extract(text, published="2020-02-05").set_index("location_mention")
    total = gdf.loc["Idlib", "incident_id"]
    assert [gdf.loc[p, "part_of"] for p in ("Ariha", "Binnish", "Sarmin")] == [total] * 3
    assert gdf["part_of"].isna()["Kafr Nabl"]  # another event, not one of the parts
    # counted once: the records no total holds add up to the dead of the text
    assert gdf[gdf["part_of"].isna()]["fatalities"].sum() == 15
    # Parts that do not add up to the total are no parts of it.
    gdf = geoincidents.extract(text.replace("and two in Sarmin", "and one in Sarmin"), published="2020-02-05")
    assert gdf["part_of"].isna().all()


def test_a_monitors_province_label_locates_its_report_and_one_part_equal_to_a_total_is_its_part():
    import geoincidents
    text = ("Idlib: regime forces escalate their shelling on Jabal al-Zawiya, and two civilians killed\n\n"
            "A man and his wife were killed, and their three children were injured, when a shell fell on their "
            "house in Kansafra.")
    gdf = geoincidents.extract(text, published="2021-06-10").set_index("location_mention")
    # "Idlib:" is the province the report is about: it locates Jabal al-Zawiya, never an incident of its own.
    # The couple in Kansafra are the headline's two civilians: counted once, at the village; the headline's
    # region only sums up the body (geoincidents.incidents.recalled).
    assert "Idlib" not in gdf.index and "Jabal al-Zawiya" not in gdf.index
    assert gdf.loc["Kansafra", "fatalities"] == 2 and gdf.loc["Kansafra", "part_of"] is None
    # A label alone is the place of its report, at the province.
    row = geoincidents.extract("Idlib: two civilians killed in regime shelling", published="2021-06-10").iloc[0]
    assert (row.location, int(row.geo_precision), int(row.fatalities)) == ("Idleb", 3, 2)
