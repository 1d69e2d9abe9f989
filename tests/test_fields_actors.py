import pytest

from geoincidents.fields.actors import find_actors, primary_actors
from geoincidents.fields.roles import roles


def names(text):
    return [s.value for s in find_actors(text)]


def test_seed_actors():
    assert names("At least 42 people have been killed by Russian and Syrian airstrikes") == ["Russia", "Syrian government"]
    assert "Hay'at Tahrir al-Sham" in names("rebel factions headed by Hay'at Tahir al-Sham launched a major attack")
    assert "Sham Legion" in names("Dozens of rebel fighters from the Sham Legion group were among those killed")
    assert names("bombardment from Syrian regime forces") == ["Syrian government"]
    assert set(names("the takeover of Idlib by al-Qaeda linked Hayat Tahrir al-Sham (HTS), formerly known as Jabhat al-Nusra")) == {
        "Hay'at Tahrir al-Sham"}


def test_aliases():
    assert names("ISIS and Daesh and the “Islamic State”") == ["Islamic State"] * 3
    assert names("Syrian Democratic Forces and the YPG") == ["SDF", "YPG"]
    assert names("Faylaq al-Sham") == ["Sham Legion"]
    assert names("US-led coalition warplanes") == ["International coalition"]
    assert names("Turkey-backed FSA") == ["Turkey-backed rebels"]
    # The names ACLED's Idlib notes use: the NFL/NLF coalition, Ansar al-Tawhid, Wagner with Russia.
    assert names("NFL and NLF fighters") == ["Opposition rebels"] * 2
    assert names("Ansar al-Tawhid") == ["Ansar al-Tawhid"]
    assert names("the Wagner Group") == ["Russia"]
    assert names("an nfl match") == []  # acronyms are read as written
    # The UN's and the human-rights monitors' names for the government side.
    assert names("Syrian-Russian alliance fixed-wing warplanes fired missiles") == ["Syrian government"]
    assert names("clashes between Government of Syria forces and armed groups") == ["Syrian government"]
    assert names("GoS forces shelled the village") == ["Syrian government"]


def test_non_actors():
    assert names("the Syrian Civil Defence force documented") == []
    assert names("rebel-held areas, opposition news feeds reported, rebel accounts said") == []
    assert names("the Assad family's hometown") == []
    assert names("this is it") == []  # "IS" is case-sensitive


def test_roles_and_primary():
    sp = find_actors("rebels shelled pro-regime militias near Qardaha")
    assert [s.attrs.get("role") for s in sp] == ["perpetrator", "victim"]
    assert primary_actors(sp) == ("Opposition rebels", "Pro-government militias")
    assert primary_actors(find_actors("HTS captured all of Idlib province from rebel groups")) == (
        "Hay'at Tahrir al-Sham", "Opposition rebels")


def test_offsets_round_trip():
    doc = "Intro. Russia’s jets and HTS-led factions clashed."
    off = doc.index("Russia")
    for s in find_actors(doc[off:], off):
        assert doc[s.start:s.end] == s.text


def roles_of(text):
    return [(s.value, s.attrs.get("role")) for s in find_actors(text)]


def test_passive_subject_is_the_victim():
    assert roles_of("Four HTS members were killed by a Russian strike") == [
        ("Hay'at Tahrir al-Sham", "victim"), ("Russia", "perpetrator")]
    assert roles_of("a member of the regime's Military Security was found killed")[0][1] != "perpetrator"


def test_actors_joined_by_and_share_the_role_and_are_one_side():
    sp = find_actors("Rebels and Syrian government forces clashed near the town")
    assert [s.attrs.get("role") for s in sp] == ["perpetrator", "perpetrator"]
    assert sp[1].attrs.get("with") == "Opposition rebels"


def test_by_agents_holders_and_partners():
    assert roles_of("a woman was raped by members of a Turkey-backed faction") == [
        ("Civilians", "victim"), ("Turkey-backed rebels", "perpetrator")]
    assert roles_of("a suicide bomber struck a checkpoint manned by Turkish-backed fighters") == [
        ("Turkey-backed rebels", "victim")]
    sp = find_actors("regime security forces, accompanied by Russian forces, arrested 12 men")
    assert [s.value for s in sp] == ["Syrian government", "Russia"] and sp[1].attrs.get("with")


def test_group_nouns_after_a_name_are_not_another_actor():
    assert names("Turkish forces and JWS factions shelled the village") == ["Turkey", "Turkey-backed rebels"]
    assert names("the factions advanced") == ["Opposition rebels"]  # alone, monitors' word for the opposition


def test_an_acronym_with_a_possessive_is_the_actor():
    assert names("HTS's General Security Service arrested a media activist") == ["Hay'at Tahrir al-Sham"]
    assert names("IS fighters detained in QSD's prison rioted")[-1] == "SDF"
    assert names("his's") == []  # lower case: no acronym


def test_the_side_of_a_stopped_weapon_is_its_target():
    sp = find_actors("Russian air defences intercepted 2 drones launched by HTS over the airbase")
    assert roles(sp, "Explosions/Remote violence", "Disrupted weapons use") == ("Russia", "Hay'at Tahrir al-Sham")
    # A weapon that was not stopped: who launched it is its perpetrator.
    sp = find_actors("rockets fired by HTS hit the town")
    assert roles(sp, "Explosions/Remote violence", "Shelling/artillery/missile attack") == ("Hay'at Tahrir al-Sham", None)


def test_sides_joined_by_and_are_one_side_unless_they_fight_each_other():
    sp = find_actors("regime and Russian forces launched a ground offensive on the town")
    assert roles(sp, "Battles", "Armed clash") == ("Syrian government", None)
    sp = find_actors("Rebels and Syrian government forces clashed near the town")
    assert roles(sp, "Battles", "Armed clash") == ("Syrian government", "Opposition rebels")


def test_allies_helping_and_downed_weapons():
    sp = find_actors("regime forces attacked the hill with Russian air support, but the attack was repelled by HTS and the TIP")
    assert roles(sp, "Battles", "Armed clash") == ("Syrian government", "Hay'at Tahrir al-Sham")
    sp = find_actors("a regime helicopter was shot down by opposition fighters near the town")
    assert roles(sp, "Explosions/Remote violence", "Disrupted weapons use") == ("Opposition rebels", "Syrian government")


def test_borders_and_currencies_are_no_actors_and_launch_areas_are_the_launchers():
    assert names("a motorcycle exploded in the town near the Turkish border") == []
    sp = find_actors("rockets fired from areas controlled by the armed factions fell near the base")
    assert roles(sp, "Explosions/Remote violence", "Shelling/artillery/missile attack") == ("Opposition rebels", None)


def test_members_as_the_subject_act_and_included_groups_are_on_one_side():
    sp = find_actors("Members of HTS and a local family exchanged fire in the town")
    assert roles(sp, "Battles", "Armed clash") == ("Hay'at Tahrir al-Sham", None)
    sp = find_actors("90 members of the regime forces and their allies out of about 200 persons were killed")
    assert sp[0].attrs.get("role") == "victim"
    sp = find_actors("pro-regime forces including Liwa al-Quds attacked the town")
    assert roles(sp, "Battles", "Armed clash") == ("Syrian government", None)


def test_a_faction_operating_under_a_banner_takes_the_banners_side():
    # ACLED and monitor wording: the banner (Turkey's operations) says whose side the faction is on.
    sp = find_actors("opposition rebels under OPS looted civilians' wheat in Nadas")
    assert roles(sp, "Strategic developments", "Looting/property destruction") == ("Turkey-backed rebels", "Civilians")
    sp = find_actors("rebel fighters, operating under Operation Peace Spring, shelled QSD positions near the town")
    assert roles(sp, "Explosions/Remote violence", "Shelling/artillery/missile attack") == ("Turkey-backed rebels", "SDF")
    assert names("HTS fighters under the command of Jaysh al-Izza attacked") == ["Hay'at Tahrir al-Sham", "Jaysh al-Izza"]
    # an ally's help "under Russian air cover" is not a banner
    assert names("rebels under Russian air cover attacked the hill") == ["Opposition rebels", "Russia"]
    # "OPS" is an acronym: the word "ops" is no actor
    assert names("special ops were carried out near the town") == []


def test_the_idlib_coalitions_of_earlier_years_are_actors():
    # 2015-2017 coverage: the Army of Conquest is a rebel coalition, not "the army".
    assert names("Jaish al-Fateh takes control of Jisr al-Shughour") == ["Jaysh al-Fatah"]
    assert names("the Army of Conquest captured Ariha") == ["Jaysh al-Fatah"]
    assert names("Jund al-Aqsa fighters clashed with Ahrar al-Sham") == ["Jund al-Aqsa", "Ahrar al-Sham"]
    # an HTS faction's name is HTS; the Salvation Government's police stay apart (ACLED: their arrests are arrests)
    assert names("Jaysh al-Ahrar fighters shelled the village") == ["Hay'at Tahrir al-Sham"]
    assert names("the Salvation Government police arrested a journalist") == []


def test_earlier_years_names_of_the_two_sides():
    # 2012-2014 coverage: "al-Assad forces", "Assad's troops", "the Free Army".
    assert names("al-Assad forces shelled Saraqeb") == ["Syrian government"]
    assert names("Assad's troops stormed Binnish") == ["Syrian government"]
    assert names("the Free Army attacked a checkpoint") == ["Opposition rebels"]


@pytest.mark.parametrize("text, victim", [
    ("Turkish drones destroyed dozens of Syrian army tanks and killed at least 19 soldiers near Saraqeb.", "Syrian army"),
    ("HTS fighters destroyed two regime tanks and killed their crews near Kafr Nabl.", "regime"),
])
def test_a_name_inside_the_object_is_not_the_subject_of_the_next_verb(text, victim):
    # "<side>'s tanks and killed ...": the verb after "and" shares the sentence's subject, not the tanks' owner.
    found = {a.text: a.attrs.get("role") for a in find_actors(text)}
    assert found[victim] != "perpetrator"
