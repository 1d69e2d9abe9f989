import pytest

from geoincidents.fields.events import classify, find_weapons


@pytest.mark.parametrize("text,sub", [
    ("42 Killed in Airstrikes on Idleb Province Since Sunday: Civil Defense", "Air/drone strike"),
    ("Dozens of rebel fighters were among those killed in strikes on the village of Mardikh", "Air/drone strike"),
    ("heavy aerial bombing on the Idleb town of Jisr al-Shugour", "Air/drone strike"),
    ("On Monday, rebels shelled pro-regime militias near Qardaha", "Shelling/artillery/missile attack"),
    ("rebel factions launched a major attack on regime strongholds in Hama", "Armed clash"),
    ("HTS captured all of Idlib province from rebel groups in January, sparking fears that regime and Russian bombardments would resume.",
     "Non-state actor overtakes territory"),
    ("regime forces took control of the village", "Government regains territory"),
    ("At least 7 people killed and injured by a booby trapped car in Qameshly", "Remote explosive/landmine/IED"),
    ("46 killed by suicide attacks in the city of Homs", "Suicide bomb"),
    ("The Islamic State execute four people in a town", "Attack"),
    ("Helicopters drop more than 30 barrel bombs on Darayya", "Air/drone strike"),
    ("12 raid in conjunction with clashes in the town of Sheikh Meskin", "Air/drone strike"),
    ("Clashes in Hama and Homs countrysides", "Armed clash"),
    ("gunmen kidnapped a doctor", "Abduction/forced disappearance"),
    ("security forces arrested 20 people", "Arrests"),
    # A bomb that goes off where it was left is a remote explosive, whatever carried it.
    ("A motorbike bomb exploded in the town, killing three people", "Remote explosive/landmine/IED"),
    ("a truck bomb killed five", "Remote explosive/landmine/IED"),
    ("A bomb went off near the market", "Remote explosive/landmine/IED"),
    ("unknown persons planted a bomb under his car", "Remote explosive/landmine/IED"),
    # ... but bombs dropped from aircraft stay air strikes, and a bombing by ground forces is shelling.
    ("Warplanes dropped bombs that exploded in the market", "Air/drone strike"),
    ("barrel bombs exploded in the western neighbourhoods", "Air/drone strike"),
    ("regime forces bombed the town", "Shelling/artillery/missile attack"),
    # A bomb thrown by hand is ACLED's grenade; one left or planted stays a remote explosive.
    ("unknown assailants threw an explosive device at the house of a council member", "Grenade"),
    ("a hand bomb was hurled at a shop, wounding its owner", "Grenade"),
    ("an explosive device was thrown into the courtyard of a mosque", "Grenade"),
    ("an explosive device planted in his car went off", "Remote explosive/landmine/IED"),
    # Cluster munitions are dropped or fired: a bombardment by no named platform; unexploded bomblets are remnants.
    ("cluster munitions fell on the town, wounding 14 people", "Shelling/artillery/missile attack"),
    ("unexploded cluster bomblets killed a child", "Remote explosive/landmine/IED"),
    # OCHA's "ground-based strikes" are fire from the ground: shelling, not an air strike.
    ("ground-based strikes reportedly hit the town, injuring five civilians", "Shelling/artillery/missile attack"),
    ("Ground-launched strikes hit a school", "Shelling/artillery/missile attack"),
    ("airstrikes and ground-based strikes hit the village", "Air/drone strike"),
    ("civilians killed by air and ground strikes on the area", "Air/drone strike"),
])
def test_sub_event_types(text, sub):
    assert classify(text).sub_event_type == sub


def test_unspecified_bombardment_is_shelling_and_flagged():
    e = classify("Over 70 people were killed in Idlib last month as regime bombardment continues")
    assert e.sub_event_type == "Shelling/artillery/missile attack" and e.attrs["air_unspecified"]
    assert classify("Russian bombing in Idleb had killed civilians").sub_event_type == "Air/drone strike"


def test_weapons():
    assert find_weapons("targeted with at least 1681 missiles, in addition to 67 air strikes and 116 cluster rockets") == [
        "cluster munitions", "missiles"]
    assert "barrel bombs" in find_weapons("Helicopters drop 36 barrel bombs")
    assert find_weapons("Clashes in Hama") == []
    assert find_weapons("a motorbike bomb exploded") == ["car bomb"]
    assert find_weapons("a suicide car targeted the convoy") == ["car bomb"]


def test_no_event():
    assert classify("This article was edited by The Syrian Observer.") is None


def test_trigger_offsets():
    doc = "Intro. Russian airstrikes hit Mardikh."
    off = doc.index("Russian")
    e = classify(doc[off:], off)
    for t in e.triggers:
        assert doc[t.start:t.end] == t.text


def test_weapon_acronyms_count_only_as_written():
    """IED, Grad, UAV ... are weapons as the outlets write them, not as lower-case words."""
    assert find_weapons("A grad student was seen in Ariha") == []
    assert classify("an ied was found in Ariha") is None
    assert find_weapons("Grad rockets were fired at Ariha") == ["rockets"]
    assert classify("an IED was found in Ariha").sub_event_type == "Remote explosive/landmine/IED"
    # A lower-case first sighting does not hide the weapon written later in the sentence.
    assert find_weapons("a grad student saw an IED and a UAV in Ariha") == ["IED", "drone"]
    assert find_weapons("the ied and then an IED in Ariha") == ["IED"]


@pytest.mark.parametrize("text,sub", [
    # The rest of the ACLED codebook.
    ("a woman was raped by members of a faction", "Sexual violence"),
    ("the SDF handed over its positions in the town to regime forces", "Non-violent transfer of territory"),
    ("regime forces entered the town without a fight", "Non-violent transfer of territory"),
    ("air defences shot down a drone over the city", "Disrupted weapons use"),
    ("a drone belonging to the regime was downed by rebels", "Disrupted weapons use"),
    ("HTS thwarted a car bomb attack at a checkpoint", "Disrupted weapons use"),
    ("the army thwarted an attempt by militants to infiltrate its positions", "Armed clash"),
    ("a mass grave containing 30 bodies was discovered", "Other"),
    ("a prisoner exchange took place between the two sides", "Agreement"),
    ("shops closed in a general strike against the regime's offensive", "Peaceful protest"),
    ("dozens held a vigil for the victims of the massacre", "Peaceful protest"),
    # Protests met by force, and crowds that act.
    ("soldiers opened fire on protesters, killing three", "Excessive force against protesters"),
    ("police fired tear gas at hundreds of people gathered at the border", "Protest with intervention"),
    ("the protest turned into a riot when police fired tear gas", "Violent demonstration"),
    ("demonstrators threw stones at a patrol", "Violent demonstration"),
    ("angry protesters set fire to the car of an official", "Violent demonstration"),
    ("a mob attacked and beat a man", "Mob violence"),
    ("residents of the village beat to death a man suspected of kidnapping children", "Mob violence"),
    # Who is hit, who acts, what is only background.
    ("gunmen abducted 9 regime soldiers from their post", "Armed clash"),
    ("a member of the local council was assassinated by gunmen", "Attack"),
    ("a QSD member was killed by IS gunmen", "Armed clash"),
    ("a sniper from the regime forces killed a farmer in his field", "Attack"),
    ("Turkish forces arrested two Syrians trying to cross the border", "Arrests"),
    ("HTS detained a journalist", "Abduction/forced disappearance"),
    ("security forces arrested 15 people in a raid on the town", "Arrests"),
    ("insurgents stormed army posts overnight", "Armed clash"),
    ("regime forces stormed the town and arrested dozens of young men", "Arrests"),
    ("militias looted houses in the town after capturing it", "Looting/property destruction"),
    ("HTS and the National Front for Liberation agreed to a ceasefire after days of fighting", "Agreement"),
    ("Turkish forces bulldozed olive groves near the village", "Looting/property destruction"),
    ("a motorcycle rigged with explosives blew up near a checkpoint", "Remote explosive/landmine/IED"),
    ("regime forces blew up houses in the village", "Looting/property destruction"),
    # The north-west's fronts: drones, planted bombs, fallen towns, assault raids, ceasefires, withdrawals.
    ("HTS fighters launched suicide drones at regime positions", "Air/drone strike"),
    ("fighters attacked regime positions with an SVBIED", "Suicide bomb"),
    ("a bomb planted in a car exploded in the town", "Remote explosive/landmine/IED"),
    ("a bomb was placed under the car of a commander", "Remote explosive/landmine/IED"),
    ("the town fell to regime forces after the factions withdrew", "Government regains territory"),
    ("the village fell into the hands of the rebels", "Non-state actor overtakes territory"),
    ("regime forces managed to control Tell Manas", "Government regains territory"),
    ("HTS fighters carried out an inghimasi operation behind regime lines", "Armed clash"),
    ("a ceasefire agreed by Russia and Turkey came into effect at midnight", "Agreement"),
    ("Turkish forces evacuated their observation point in the town", "Change to group/activity"),
    ("HTS fighters stormed the house of a media activist and abducted him", "Abduction/forced disappearance"),
    ("regime forces stormed the house of a young man and arrested him", "Arrests"),
    ("unidentified gunmen killed a money changer and stole his money", "Attack"),
    ("HTS fighters attacked and looted the houses of residents", "Looting/property destruction"),
    ("the Turkish army established 3 new observation points around the city", "Headquarters or base established"),
    ("HTS released 4 detainees from its prisons after paying bail", "Other"),
    ("HTS fighters opened fire on a Russian reconnaissance drone without hitting it", "Disrupted weapons use"),
    ("regime helicopters dropped leaflets over the town calling on residents to leave", "Other"),
    ("2 children were killed when a shell left over from previous bombardment exploded", "Remote explosive/landmine/IED"),
    ("Russian warplanes flew over the town and dropped bombs on it", "Air/drone strike"),
])
def test_codebook_language(text, sub):
    assert classify(text).sub_event_type == sub


def test_a_protest_object_runs_to_the_end_of_its_clause():
    e = classify("IDPs demonstrated in the camps near the town in the northern countryside of the province against the "
                 "regime and Russian offensive")
    assert e.sub_event_type == "Peaceful protest" and e.alternatives == []
    # A new clause is another event: what the protest is against ends there.
    assert classify("residents protested against HTS while regime forces shelled the next village").alternatives


def test_a_non_violent_activity_note_keeps_its_development_else_is_other():
    assert classify("Non-violent activity: On 5 May 2020, Russian and Turkish forces conducted a joint patrol "
                    "near the town.").sub_event_type == "Change to group/activity"
    assert classify("Non-violent activity: On 5 May 2020, the local council held a meeting in the town.").sub_event_type == "Other"


def test_accusations_and_protest_objects_are_not_events():
    assert classify("a man accused of kidnapping children") is None or \
        classify("a man accused of kidnapping children").attrs.get("hypothetical")
    e = classify("residents protested in the town against the shelling of their homes")
    assert e.sub_event_type == "Peaceful protest" and e.alternatives == []


def test_an_aircraft_that_only_flies_over_strikes_nothing():
    assert classify("Russian reconnaissance aircraft flew over the town") is None
    assert classify("coalition warplanes dropped leaflets over the town").sub_event_type == "Other"
    assert classify("a reconnaissance drone hovered over the town before warplanes struck it").sub_event_type == "Air/drone strike"
