"""Monitor headlines about the Idlib region (SOHR's English style), written for this test.

Each names where and how many died; the incident at that place must carry that count (a
headline that places its dead nowhere the gazetteer holds yields no counted incident). First run
on the code of 09:15 UTC: 22/25 (a bare noun before "dies" and after "executes" counted nobody).
"""
from __future__ import annotations

import pytest

from geoincidents import Document
from geoincidents.pipeline import process

HEADLINES = [
    ('Russian warplanes kill 4 civilians in Kafr Nabl and Hass in the southern countryside of Idlib', 'Kafr Nabl', 4),
    ("A child killed and others injured in regime shelling on Ma'arrat Al-Nu'man", "Ma'arrat Al-Nu'man", 1),
    ('Regime forces lose 9 members in an attack by HTS on their positions in Al-Ghab Plain', 'Al-Ghab Plain', 9),
    ('Death toll of regime and Russian bombardment on Idlib countryside rises to 13 civilians', 'Idlib', 13),
    ('Woman dies of her wounds sustained in Russian airstrikes on Jisr Al-Shughur', 'Jisr Al-Shughur', 1),
    ('Two "HTS" members killed by unknown gunmen in Saraqib city', 'Saraqib', 2),
    ('The body of a young man found in Binnish after being kidnapped by unknown persons', 'Binnish', 1),
    ('Turkish soldier killed by regime shelling on observation post in Murak', 'Murak', 1),
    ('11 civilians including 5 children killed in Russian airstrikes on a market in Saraqib', 'Saraqib', 11),
    ('Landmine explosion kills shepherd in the vicinity of Al-Tamanah in Idlib countryside', 'Al-Tamanah', 1),
    ('Regime forces advance and control Khan Shaykhun after intense air and ground bombardment', 'Khan Shaykhun', None),
    ("Russian airstrikes kill a family of 5 in Ma'arshourin", "Ma'arshourin", 5),
    ('Two civilians die of shelling by regime forces on Jabal Al-Zawiya villages', 'Jabal Al-Zawiya', 2),
    ('HTS executes young man in Harem on charges of spying for the regime', 'Harem', 1),
    ('Clashes between HTS and Hurras Al-Din in Arab Saeed kill 4 fighters', None, 0),
    ('Regime artillery kills man and his son in Kansafra', 'Kansafra', 2),
    ('Car bomb explodes in Sarmada killing 7 people and injuring 20', 'Sarmada', 7),
    ('Russian drones target a vehicle in Al-Bara killing 3 members of the "Turkistan Islamic Party"', 'Al-Bara', 3),
    ('Regime shells Al-Atarib city, killing a child and injuring 4 civilians', 'Al-Atarib', 1),
    ('Young man killed by gunfire of unknown gunmen in Maarrat Misrin', 'Maarrat Misrin', 1),
    ('Three members of regime forces killed in explosion of landmine in Kabani axis in Latakia countryside', 'Kabani', 3),
    ('Citizen dies under torture in regime prisons after being arrested in Hama', 'Hama', 1),
    ('HTS fighters kill 6 regime soldiers in infiltration attack on Tal Malah axis', 'Tal Malah', 6),
    ('Regime forces shell Kafr Takharim and Salqin, killing 2 women', 'Kafr Takharim', 2),
    ('Explosive device goes off in Idlib city killing civilian', 'Idlib', 1),
    # A second set, first run 17/20: a quoted group name before the noun, 'succumbs to wounds',
    # and a spelling the gazetteer scores too low.
    ('Russian jets carry out 25 airstrikes on Idlib countryside, killing 2 civilians in Kafr Sajnah', 'Kafr Sajnah', 2),
    ('Regime helicopters drop 14 barrel bombs on Al-Habit and Abdin', None, 0),
    ('Civilian killed and 3 others wounded by Russian airstrike on Saraqib market', 'Saraqib', 1),
    ('2 children among 5 people killed in Russian airstrike on Maarat Misrin', 'Maarat Misrin', 5),
    ('Gunmen kill a "HTS" commander in Al-Dana town', 'Al-Dana', 1),
    ('Explosion of mysterious origin in an ammunition depot of "Faylaq Al-Sham" in Afes', 'Afes', None),
    ('Regime forces kill 2 members of "NFL" in sniper fire on Al-Ankawi axis', 'Al-Ankawi', 2),
    ('Casualties among regime forces as HTS targets their positions in Hamamiyat with guided missiles', 'Hamamiyat', None),
    ('The body of a man found shot dead near Ariha', 'Ariha', 1),
    ('Drone targets motorcycle in Tal Mardikh killing its two riders', 'Tal Mardikh', 2),
    # 'Maarrat Harmah' scores 0.68 against the gazetteer's 'Maar Tahroma': its six consonants make it that place
    ('Regime shelling kills elderly woman and injures 2 children in Maarrat Harmah', 'Maarrat Harmah', 1),
    ('Turkish drone kills 3 regime soldiers in Saraqib countryside', 'Saraqib', 3),
    ('Rebel factions repel infiltration attempt by regime forces on Al-Ruwaiha axis, killing 7 of them', 'Al-Ruwaiha', 7),
    ('Young man succumbs to wounds he sustained in regime shelling on Kafr Oweid days ago', 'Kafr Oweid', 1),
    ('Russian airstrikes kill 6 including a woman in Al-Bara, Kansafra and Ihsim', 'Al-Bara', 6),
    ('A member of the police killed by an IED explosion in his car in Salqin', 'Salqin', 1),
    ('Clashes between regime forces and HTS in Kabana kill 4 fighters from both sides', 'Kabana', 4),
    ('Regime rockets kill civilian in Darat Izza in western Aleppo countryside', 'Darat Izza', 1),
    ("The death toll of the Russian massacre in Ma'arrat Al-Nu'man market rises to 19", "Ma'arrat Al-Nu'man", 19),
    ('An infant and her mother killed in regime shelling on Jisr Al-Shughur', 'Jisr Al-Shughur', 2),
]


@pytest.mark.parametrize(("text", "place", "dead"), HEADLINES)
def test_headline_toll_at_its_place(text: str, place: str | None, dead: int | None) -> None:
    got = {inc["location_mention"]: inc["fatalities"] for inc in process(Document(text, published="2019-05-14")).incidents}
    if place is None:
        assert not any(got.values()), got
    else:
        assert place in got and got[place] == dead, got


# Days in headlines, against a publication date of Tuesday 14 May 2019; first run 8/10 (the day a
# wounded man "succumbed today" was taken for the shelling's, and "Woman and her child" was one).
DATED = [
    ('3 civilians killed in Russian airstrikes on Ariha at dawn today', 'Ariha', 3, '2019-05-14'),
    ('Regime shelling kills 2 in Kafr Nabl yesterday', 'Kafr Nabl', 2, '2019-05-13'),
    ('Russian warplanes kill 5 in Maarat Al-Numan during the past 24 hours', 'Maarat Al-Numan', 5, '2019-05-13'),
    ('Child killed last night in regime shelling on Jisr Al-Shughur', 'Jisr Al-Shughur', 1, '2019-05-13'),
    ('HTS repels a regime attack on Kabani on Sunday, killing 8 soldiers', 'Kabani', 8, '2019-05-12'),
    ('Regime helicopters drop barrel bombs on Al-Habit since dawn, killing a woman', 'Al-Habit', 1, '2019-05-14'),
    ('Two civilians killed on Friday in Russian airstrikes on Salqin', 'Salqin', 2, '2019-05-10'),
    ('Civilian succumbed today to wounds he sustained in shelling on Sarmin on Saturday', 'Sarmin', 1, '2019-05-11'),
    ('Regime shelling on Kansafra over the past two days kills 4', 'Kansafra', 4, '2019-05-12'),
    ('Woman and her child killed in airstrike on Binnish on May 12', 'Binnish', 2, '2019-05-12'),
]


@pytest.mark.parametrize(("text", "place", "dead", "day"), DATED)
def test_headline_toll_and_day_at_its_place(text: str, place: str, dead: int, day: str) -> None:
    got = {inc["location_mention"]: (inc["fatalities"], str(inc["date_start"]))
           for inc in process(Document(text, published="2019-05-14")).incidents}
    assert got.get(place) == (dead, day), got
