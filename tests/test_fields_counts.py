import pytest

from geoincidents.fields.counts import casualties, find_counts


def test_seed_000_counts():
    c = casualties("At least 42 people have been killed by Russian and Syrian airstrikes in the province of Idleb since Sunday")
    assert (c.fatalities, c.fatalities_low, c.fatalities_high, c.fatalities_text) == (42, 42, None, "At least 42")
    c = casualties("Dozens of rebel fighters from the Sham Legion group were among those killed in strikes on the village of Mardikh")
    assert (c.fatalities, c.fatalities_text, c.part_of_previous) == (12, "Dozens", True)
    assert c.victims == {"fighters": 12}
    assert casualties("On Monday, rebels shelled pro-regime militias near Qardaha, killing two fighters, media outlets said").fatalities == 2
    c = casualties("heavy aerial bombing on the Idleb town of Jisr al-Shugour, which left two civilians dead, rebel accounts said.")
    assert c.fatalities == 2 and c.victims == {"civilians": 2}


def test_seed_004_counts():
    assert casualties("Over 70 people were killed in Idlib last month").fatalities == 70
    c = casualties("documented the killing of 72 civilians in Idlib during February")
    assert c.fatalities == 72 and c.victims == {"civilians": 72}
    c = casualties("Among the dead were 28 children and 22 women, as well as a number of civil defence volunteers")
    assert c.fatalities is None and c.victims == {"children": 28, "women": 22} and c.part_of_previous


def test_munitions_are_other():
    spans = find_counts("The province was targeted with at least 1681 missiles, in addition to 67 air strikes and 116 cluster rockets.")
    assert [(s.value, s.attrs["kind"], s.attrs["noun"]) for s in spans] == [
        (1681, "other", "missiles"), (67, "other", "air strikes"), (116, "other", "cluster rockets")]
    assert casualties("conducting more than 150 raids").fatalities is None
    c = casualties("packed with hundreds of thousands of Syrian refugees living in camps")
    assert c.fatalities is None and c.spans[0].attrs["kind"] == "other"


@pytest.mark.parametrize("text,n", [
    ("2 civilians were killed", 2), ("the death of a man in a mine explosion", 1), ("a martyr in Daraa", 1),
    ("42 Killed in Airstrikes on Idleb", 42), ("7 Hezbollah killed by explosions", 7), ("forty-two people were killed", 42),
    ("twelve soldiers died", 12), ("a dozen civilians were killed", 12), ("tens of people killed", 10),
    ("hundreds of people were killed", 100), ("The Islamic State behead a man in Al-Raqqah", 1),
    ("10 casualties at least in raids by warplanes on Arbin", 10),
    # "dozen" multiplies the number before it, as "hundred" does.
    ("two dozen civilians were killed", 24), ("half a dozen soldiers were killed", 6),
    # Groups joined by "and" add up, a vague word by its conventional value; "several" stays apart.
    ("Some 30 rebels and a dozen soldiers were killed", 42), ("several rebels and 5 soldiers were killed", 5),
])
def test_fatality_shapes(text, n):
    assert casualties(text).fatalities == n


def test_killed_and_injured_is_not_a_fatality_figure():
    c = casualties("15 civilians were killed and injured")
    assert c.fatalities is None and c.fatalities_high == 15
    c = casualties("airstrikes killed and injured 20")
    assert c.fatalities is None and c.fatalities_high == 20


def test_several_is_acleds_unknown_number():
    # ACLED codes an unknown number of dead as 10; "a few" is 3; the words stay the evidence.
    c = casualties("several civilians were killed")
    assert (c.fatalities, c.fatalities_low, c.fatalities_high, c.fatalities_text) == (10, 2, None, "several")
    assert casualties("a few fighters were killed in the raid").fatalities == 3
    # A number in the same sentence wins over the vague word.
    assert casualties("7 fighters and several civilians were killed").fatalities == 7


def test_injured_and_parts():
    c = casualties("At least 12 casualties and dozens of wounded in airstrikes on al-Bab")
    assert c.fatalities == 12 and c.injured == 12
    c = casualties("Five children among the 15 people killed in the airstrikes on al-Bab")
    assert c.fatalities == 15 and c.victims == {"children": 5} and not c.part_of_previous


def test_offsets_round_trip():
    doc = "Intro. Over 70 people were killed and 28 children among them."
    off = doc.index("Over")
    c = casualties(doc[off:], off)
    assert c.spans
    for s in c.spans:
        assert doc[s.start:s.end] == s.text


@pytest.mark.parametrize("text, n, note", [
    ("Shelling killed 9 people, and the death toll rose to 21", 21, "updated toll supersedes '9'"),
    ("Casualties of the bombings this morning rise to 21", 21, "updated toll"),
    ("More casualties raise the number of those who were killed by the shells during the past 24 hours to 12", 12,
     "updated toll"),
    ("Airstrikes raise to 11, the number of persons killed in the countryside", 11, "updated toll"),
    ("Several soldiers were killed. Unknown fatalities coded as 10.", 10, "coded in the note"),
])
def test_updated_and_coded_tolls_supersede(text, n, note):
    c = casualties(text)
    assert (c.fatalities, c.fatalities_note) == (n, note)


def test_a_campaigns_toll_is_never_a_figure():
    c = casualties("raids killed 4 people and raise the death toll to about 190 within 27 days of bombing")
    assert c.fatalities == 4
    assert [s.attrs.get("cumulative") for s in c.spans if s.value == 190] == [True]


@pytest.mark.parametrize("text", [
    "No fatalities were reported.", "Neither injuries nor fatalities were reported.",
    "The shells fell without causing casualties", "No one was hurt in the blast",
])
def test_none_reported_is_zero_with_its_words(text):
    c = casualties(text)
    assert c.fatalities == 0 and c.fatalities_text and c.fatalities_text.lower() in text.lower()


def test_an_exact_count_below_a_stated_lower_bound_yields():
    assert casualties("Car bomb kills 9; car bomb kills at least 10 people").fatalities == 10
    assert casualties("Over 70 people were killed, 72 civilians among them").fatalities == 70


def test_people_taken_are_held_not_dead_until_killed():
    c = casualties("gunmen abducted 9 regime soldiers from a building")
    assert (c.held, c.fatalities) == (9, None)
    assert casualties("gunmen kidnapped two men and later executed them").fatalities == 2


@pytest.mark.parametrize("text,n,injured", [
    # Numbers of munitions before the verb are never the dead.
    ("Three air strikes killed 20 people in the town", 20, None),
    ("Two shells killed three civilians", 3, None),
    ("5 air strikes left 3 dead", 3, None),
    # The day of a date is not a count, nor a word qualifying another count.
    ("On March 3 four people were killed in the town", 4, None),
    ("On March 3 and 4, air strikes killed 20 people", 20, None),
    # A total before its breakdown takes the verb after the breakdown.
    ("Fifteen people, among them five children, were killed when missiles hit the town", 15, None),
    ("Fifteen people, including five children, were killed when missiles hit the town", 15, None),
    ("4 people, including 2 women, were injured when a landmine exploded", 0, 4),
    ("The strikes killed 15 people, including 5 children, and wounded 30", 15, 30),
    # ... but a casualty noun keeps its own kind ("18 casualties including children ... and injuries").
    ("18 casualties including children and women and tens of injuries in airstrikes", 18, 10),
    # One person, named by trade or kin, and kin joined to another victim.
    ("gunmen shot dead a pharmacist in the town", 1, None),
    ("A mother and her three children were killed in an air strike", 4, None),
    ("The strike killed a father and his son", 2, None),
    # "one family" counts nobody; "two of them children" is a breakdown of the total before it.
    ("Six members of one family were killed when a shell hit their house", 6, None),
    ("Airstrikes killed 3 people, one of them a child", 3, None),
    ("killing two and injuring one", 2, 1),
    # The wounded who died are dead ("succumbed to his wounds" is no injury); ACLED's own words.
    ("a child succumbed to his wounds in hospital on Monday", 1, None),
    ("1 fatality reported", 1, None),
    ("gunmen assassinated the head of the local council", 1, None),
    ("a drone targeted a vehicle, killing its driver", 1, None),
    # A noun of harm says what befell its people, whatever verb came before ("..., 20 injured").
    ("Eight were killed, 20 injured", 8, 20),
    ("killing 5 and leaving 12 wounded", 5, 12),
    # A headline's bare noun is one person ("Child killed ..."), and the verb after "and" is the next group's.
    ("Child killed and 4 people injured in regime shelling", 1, 4),
    ("Child killed and others wounded in artillery shelling", 1, None),
    # An active verb after "and" takes what follows it, not the count before it.
    ("shelling kills a woman and her granddaughter and injures others", 2, None),
    # ... also when a place or a day stands between the count and "and <verb>".
    ("Shelling killed 5 people in Ariha and injured 3 others", 5, 3),
    ("A barrel bomb injured at least seven people on Wednesday and killed one child", 1, 7),
    ("The strike killed a woman on Monday and wounded her son", 1, 1),
    # A toll "at" a number is that toll ("put the death toll at seven", "the toll stood at 12").
    ("The monitor put the death toll at seven, including three children", 7, None),
    ("The death toll stood at 12 on Monday", 12, None),
    # Dead counted "also" (or "another") after the total are added to it.
    ("More than 25 soldiers were killed near the town, and 17 jihadists also died in the fighting", 42, None),
    ("Five soldiers were killed and another three died of their wounds", 8, None),
    # A side's own dead, "lost" or "losing", are dead, added to those it killed.
    ("The regime lost 12 soldiers in the attack", 12, None),
    ("Rebels attacked the town, killing 22 soldiers and losing 16 of their own fighters", 38, None),
    # Monitors' translated wording; ages count nobody.
    ("resulted in the death of a child and the injury of 4 other people", 1, 4),
    ("the death and injury of tens of civilians", None, None),
    ("Rebel shelling killed a woman and wounded her two children", 1, 2),
    ("gunmen opened fire on a car, killing its driver and injuring a passenger", 1, 1),
    ("A landmine killed two shepherds and wounded a third near the town", 2, 1),
    ("A 10-year-old girl was killed by sniper fire", 1, None),
    ("two 10-year-old boys were killed", 2, None),
    # Any one word may name the role of one person; a range in words is its lower end (ACLED).
    ("An ambulance driver was killed", 1, None), ("a Hezbollah commander was killed", 1, None),
    ("Between five and seven people were killed", 5, None),
    # A toll that "reached" or "stood at" a number.
    ("the death toll in Tuesday's massacre in the village had reached 13", 13, None),
    # One more person by ordinal, colleagues and comrades as people, a family by its size.
    ("Two paramedics were killed and a third was wounded", 2, 1),
    ("a second strike killed 5 people", 5, None),
    ("A medic was killed and two of his colleagues were injured", 1, 2),
    ("A family of five, including three children, was killed", 5, None),
    # A couple is two people; "their son" one more.
    ("An elderly couple was killed in the strike", 2, None),
    ("a married couple and their son were killed", 3, None),
])
def test_counts_in_wire_and_monitor_phrasing(text, n, injured):
    c = casualties(text)
    assert (c.fatalities, c.injured) == (n, injured)


def test_a_breakdown_keeps_its_groups():
    c = casualties("Fifteen people, among them five children, were killed")
    assert c.victims == {"children": 5} and not c.part_of_previous
    assert casualties("Five children brothers were among the 15 people killed").victims == {"children": 5}


@pytest.mark.parametrize("text, n, injured", [
    # Headlines drop their articles: a bare person noun after the harm verb is one person.
    ("Shelling kills child in Ariha", 1, None),
    ("Regime shelling kills woman and child in Al-Bara", 2, None),
    ("Airstrike kills member of HTS in Sarmada", 1, None),
    ("HTS executes young man in Harem on charges of spying", 1, None),
    ("Woman dies of her wounds sustained in Russian airstrikes on Jisr Al-Shughur", 1, None),
    ("Citizen dies under torture in regime prisons", 1, None),
    ('Gunmen kill a "HTS" commander in Al-Dana town', 1, None),
    # A sentence naming IS is read as written (not lower-cased): the verb is still found.
    ("IS Kills Child in Raqqa", 1, None),
    ("Young man succumbs to wounds he sustained in regime shelling on Kafr Oweid days ago", 1, None),
    # A group joined to the one before by "and" is that one's, not the next predicate's.
    ("Regime shelling kills a woman and a child in Al-Bara and wounds others", 2, None),
    ("Regime shelling kills woman and child in Al-Bara and wounds three", 2, 3),
    ("Shelling killed 5 people in Ariha and injured 3", 5, 3),
    # Not a count: plural or uncounted nouns after the verb.
    ("Shelling killed people in Ariha", None, None),
])
def test_headline_bare_nouns_after_the_verb(text, n, injured):
    c = casualties(text)
    assert (c.fatalities, c.injured) == (n, injured)



def test_displaced_before_a_person_noun_describes_the_dead():
    # "displaced" is the noun of a count of the displaced ("3,000 displaced"), but before a person noun it
    # describes whom the count names: the dead of "kills 6 displaced civilians" are counted.
    c = casualties("Regime rockets on a camp near Sarmada kill 6 displaced civilians including 2 children")
    assert c.fatalities == 6
    assert casualties("An airstrike killed 3 displaced women in a tent").fatalities == 3
    assert casualties("The camps received 3,000 displaced from the southern countryside").fatalities is None


def test_no_one_counts_nobody():
    # "No one" is nobody, not a count of one
    c = casualties("An airstrike hit the hospital. No one was killed because staff had moved patients to the basement.")
    assert c.fatalities == 0
