"""The whole ACLED taxonomy: every clause reporting an ACLED event at a place yields an incident
with that event and sub-event type (invented sentences, not dev rows)."""
from __future__ import annotations

import pytest

import geoincidents

PUB = "2021-03-12"


def one(text: str):
    gdf = geoincidents.extract(text, published=PUB)
    assert len(gdf) == 1, gdf[["location", "sub_event_type"]].values.tolist()
    return gdf.iloc[0]


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    # Battles
    ("Rebels clashed with regime forces in Kafr Nabl.", "Battles", "Armed clash"),
    ("Gunmen opened fire on an army checkpoint in Saraqeb, killing a soldier.", "Battles", "Armed clash"),
    ("Unidentified gunmen assassinated an officer of the regime's intelligence in Saraqeb.", "Battles", "Armed clash"),
    ("An exchange of fire between the two factions was reported in Binnish.", "Battles", "Armed clash"),
    ("Regime forces entered Kafr Nabl after the factions withdrew.", "Battles", "Government regains territory"),
    ("Rebels captured the town of Kafr Nabl.", "Battles", "Non-state actor overtakes territory"),
    ("Regime forces took the village of Hamamiyat on Tuesday.", "Battles", "Government regains territory"),
    ("Rebels took the strategic town of Kafr Nabuda after heavy fighting.", "Battles",
     "Non-state actor overtakes territory"),
    ("Opposition fighters expelled regime forces from Kafr Nabl.", "Battles", "Non-state actor overtakes territory"),
    # Violence against civilians
    ("Gunmen shot and killed a man in Binnish.", "Violence against civilians", "Attack"),
    ("The body of a civilian was found in Binnish.", "Violence against civilians", "Attack"),
    ("The Islamic State executed two men in Binnish.", "Violence against civilians", "Attack"),
    ("Members of a faction assaulted a civilian in Binnish.", "Violence against civilians", "Attack"),
    ("Gunmen kidnapped a doctor in Binnish.", "Violence against civilians", "Abduction/forced disappearance"),
    ("SDF fighters arrested five young men in Binnish.", "Violence against civilians", "Abduction/forced disappearance"),
    # Explosions/Remote violence
    ("A landmine exploded in Binnish, wounding a shepherd.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A child was killed when unexploded ordnance went off in Binnish.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("Gunmen threw a hand grenade at a house in Binnish.", "Explosions/Remote violence", "Grenade"),
    ("A suicide bomber blew himself up at a checkpoint in Binnish.", "Explosions/Remote violence", "Suicide bomb"),
    ("Russian jets struck Binnish.", "Explosions/Remote violence", "Air/drone strike"),
    ("Regime artillery shelled Binnish.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # Protests and riots
    ("A demonstration took place in the camp of Atmeh.", "Protests", "Peaceful protest"),
    ("Residents protested in Binnish against the rising prices.", "Protests", "Peaceful protest"),
    ("Protesters blocked the road and rioted in Binnish.", "Riots", "Violent demonstration"),
    # Strategic developments
    ("Regime intelligence arrested five young men in Saqba.", "Strategic developments", "Arrests"),
    ("Fighters looted houses in Kafr Nabl.", "Strategic developments", "Looting/property destruction"),
    ("Russian forces conducted a patrol in Saraqeb.", "Strategic developments", "Change to group/activity"),
    ("Turkish forces brought reinforcements to Taftanaz.", "Strategic developments", "Change to group/activity"),
    ("Turkish forces established a new base in Taftanaz.", "Strategic developments", "Headquarters or base established"),
    ("The factions signed an agreement in Saraqeb on Monday.", "Strategic developments", "Agreement"),
])
def test_each_acled_type(text, event_type, sub_event_type):
    row = one(text)
    assert (row.event_type, row.sub_event_type) == (event_type, sub_event_type)


def test_took_place_is_no_capture():
    assert one("A protest took place in Binnish.").sub_event_type == "Peaceful protest"


def test_a_capture_after_shelling_is_a_capture():
    assert one("Regime forces captured Kafr Nabl after heavy shelling.").sub_event_type == "Government regains territory"


def test_a_military_column_entering_is_movement_not_a_capture():
    row = one("A US military column entered Tal Tamer carrying equipment.")
    assert row.sub_event_type == "Change to group/activity"


def test_protest_against_an_arrest_is_a_protest():
    row = one("A demonstration took place in Binnish against the arrest of a young man.")
    assert row.event_type == "Protests"


def test_air_force_intelligence_is_not_an_air_strike():
    row = one("Gunmen shot dead a member of the Air Force Intelligence in Saraqeb.")
    assert row.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "March 9th 2019: (S123) Binnish town, Idlib governorate, Syria",
    "July 28th: (S456) Al Thakana neighbourhood, Raqqa city, Raqqa governorate, Syria",
    # Airwars' first entries of a log carry one-digit codes, Russian strikes an R.
    "October 2nd 2015: (R7) مدينة سلقين Salqin town, north-west of Idlib, Idlib governorate, Syria",
    "September 30th 2014: (S4) Tabqa, Raqqa governorate, Syria",
])
def test_a_dated_strike_log_heading_is_an_air_strike(text):
    gdf = geoincidents.extract(text, published=PUB)
    assert len(gdf) >= 1 and set(gdf["sub_event_type"]) == {"Air/drone strike"}


def test_stoning_is_an_attack():
    assert one("The Islamic State carried out a stoning in Binnish.").sub_event_type == "Attack"


def test_firing_at_a_checkpoint_is_a_clash_at_protesters_excessive_force():
    assert one("Gunmen fired at an army checkpoint in Binnish.").sub_event_type == "Armed clash"
    # ACLED codes lethal force used on a demonstration as a protest event, not as violence against civilians.
    assert one("Soldiers fired on protesters in Binnish.").sub_event_type == "Excessive force against protesters"
    assert one("Soldiers fired on a crowd of mourners in Binnish.").sub_event_type == "Attack"


def test_raiding_houses_to_detain_is_an_arrest_or_an_abduction():
    assert one("Regime forces raided houses in Binnish.").sub_event_type == "Arrests"
    assert one("SDF fighters raided houses in Binnish.").sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text, sub_event_type", [
    ("Coalition forces carried out a landing operation in Binnish.", "Armed clash"),
    ("Gunmen seized three fuel tankers near Binnish.", "Looting/property destruction"),
    ("Turkish forces captured two SDF fighters near Binnish.", "Armed clash"),
    ("Security forces arrested protesters at a demonstration in Binnish.", "Protest with intervention"),  # ACLED: arrests at a protest
    ("Clashes erupted in Binnish amid regime artillery shelling.", "Armed clash"),
    ("Two soldiers were killed in Binnish when gunmen opened fire on them.", "Armed clash"),
    ("SDF forces conducted an anti-IS raid in Binnish.", "Change to group/activity"),
])
def test_precedence_and_targets(text, sub_event_type):
    assert one(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "The most violent clashes since the start of the truce continue in Kafr Nabl.",
    "On the first day of the cease-fire agreement, a massacre in Binnish by unidentified warplanes.",
    "Despite the agreement, regime forces shell Saraqeb again.",
])
def test_a_violent_event_during_a_truce_is_reported(text):
    assert len(geoincidents.extract(text, published=PUB)) >= 1


@pytest.mark.parametrize("text", [
    "Russia and Turkey agreed a ceasefire in Idlib that would halt air strikes on Saraqeb.",
    "The de-escalation agreement covers Saraqeb and Binnish.",
])
def test_a_truce_or_agreement_without_an_event_is_background(text):
    assert len(geoincidents.extract(text, published=PUB)) == 0


@pytest.mark.parametrize("text, sub_event_type", [
    ("Regime forces continue attempts to take control of Kafr Nabl.", "Armed clash"),
    ("Rebels launched a counteroffensive to retake Kafr Nabl on Sunday.", "Armed clash"),
    ("HTS fighters mounted an assault on regime positions in order to recapture Kafr Nabl.", "Armed clash"),
    ("Regime forces, in an offensive launched in December to retake the town, captured Kafr Nabl.",
     "Government regains territory"),
    ("Military operations continue between the two sides in Binnish.", "Armed clash"),
    ("A new front against the Islamic State in Binnish.", "Armed clash"),
    ("The SDF continue their attempts to push into the outskirts of Binnish.", "Armed clash"),
    ("Rebel factions control more positions in Kafr Nabl.", "Non-state actor overtakes territory"),
    ("The factions end the presence of the Islamic State in Kafr Nabl.", "Non-state actor overtakes territory"),
    ("Russian aviation pounds Saraqeb.", "Air/drone strike"),
    ("A suicide attack in Binnish was thwarted by the police.", "Disrupted weapons use"),
    ("Engineers defused an IED planted on a road in Sarmin.", "Disrupted weapons use"),
    ("Writings against the regime appeared on the walls of Binnish.", "Peaceful protest"),
])
def test_more_ways_to_say_an_event(text, sub_event_type):
    assert one(text).sub_event_type == sub_event_type


def test_people_accused_of_belonging_to_a_group_are_not_an_accusation():
    gdf = geoincidents.extract("The SDF arrested 16 persons accused of belonging to the Islamic State in Binnish.",
                               published=PUB)
    assert list(gdf["sub_event_type"]) == ["Abduction/forced disappearance"]
    assert len(geoincidents.extract("Turkey accused the SDF of shelling Saraqeb.", published=PUB)) == 0
    assert len(geoincidents.extract("The SDF raided houses in Binnish looking for people accused with theft.",
                                    published=PUB)) == 1


def test_targeting_is_a_strike_from_the_air_when_the_actor_only_bombs_from_the_air():
    assert one("The International Coalition targets a commander in Binnish.").sub_event_type == "Air/drone strike"
    assert one("Regime forces target the camp of Binnish.").sub_event_type == "Shelling/artillery/missile attack"


def test_a_blast_claimed_by_a_group_is_reported():
    gdf = geoincidents.extract("A violent explosion shakes Binnish; blast claimed by the Islamic State kills two.",
                               published=PUB)
    assert list(gdf["location_mention"]) == ["Binnish"]


@pytest.mark.parametrize("text, sub_event_type", [
    ("Gunmen murdered a civilian in Binnish.", "Attack"),
    ("Rebels repelled an attempt by regime forces to advance on Kafr Nabl.", "Armed clash"),
    ("Saraqeb witnessed the conclusion of a partial agreement about the exit of fighters.", "Agreement"),
])
def test_murder_repelling_and_agreements(text, sub_event_type):
    assert one(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    ("Movement of forces: On 9 March 2021, regime forces brought reinforcements to Saraqeb amid clashes.",
     "Change to group/activity"),
    ("Security measures: On 9 March 2021, the SDF set up checkpoints in Manbij.", "Change to group/activity"),
    ("Looting: On 9 March 2021, gunmen took the crops of farmers in Binnish.", "Looting/property destruction"),
])
def test_an_acled_note_category_is_its_type(text, sub_event_type):
    assert one(text).sub_event_type == sub_event_type


def test_a_rocket_propelled_grenade_is_a_missile_attack():
    assert one("IS fighters fired an RPG at a checkpoint in Binnish.").sub_event_type == \
        "Shelling/artillery/missile attack"


def test_killing_armed_members_is_a_clash_and_civilians_an_attack():
    assert one("IS cells kill 3 SDF members on the outskirts of Binnish.").sub_event_type == "Armed clash"
    assert one("Gunmen killed two civilians in Binnish.").sub_event_type == "Attack"


def test_an_event_told_as_the_cause_is_not_the_one_reported():
    row = one("Turkish forces carried out raids and arrests in Binnish following the targeting of a vehicle "
              "with an IED.")
    assert row.event_type == "Strategic developments" or row.sub_event_type == "Abduction/forced disappearance"


def test_force_told_right_after_a_protest_is_the_protests():
    gdf = geoincidents.extract("Residents of Jasim demonstrated against the regime. Regime forces opened fire on the "
                               "protesters, killing two.", published=PUB)
    (row,) = gdf.itertuples()
    assert (row.sub_event_type, row.actor2, row.fatalities) == ("Excessive force against protesters", "Syrian government", 2)


def test_state_medias_sources_of_fire_is_shelling():
    # "Army units responded to the sources of fire, destroying launch pads": counter-battery fire.
    import geoincidents
    (row,) = geoincidents.extract("Army units responded to the sources of fire with appropriate weapons, destroying "
                                  "the launch pads of the terrorists in the surroundings of Kafr Oweid.",
                                  published="2022-06-14").itertuples()
    assert (row.location_mention, row.sub_event_type, row.actor1) == (
        "Kafr Oweid", "Shelling/artillery/missile attack", "Syrian government")


@pytest.mark.parametrize("text", [
    "Shooting between HTS and Jaysh al-Izza fighters erupted in Kafr Zita on Monday",
    "Tension between the Turkish-backed factions and the police in Azaz accompanied by heavy gunfire",
])
def test_shooting_between_two_sides_is_an_armed_clash(text):
    gdf = geoincidents.extract(text, published=PUB)
    assert len(gdf) == 1 and gdf["sub_event_type"].iloc[0] == "Armed clash"
