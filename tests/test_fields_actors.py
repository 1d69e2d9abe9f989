from geoincidents.fields.actors import find_actors, primary_actors


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
