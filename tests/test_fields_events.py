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
