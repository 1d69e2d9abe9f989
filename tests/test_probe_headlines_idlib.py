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
]


@pytest.mark.parametrize(("text", "place", "dead"), HEADLINES)
def test_headline_toll_at_its_place(text: str, place: str | None, dead: int | None) -> None:
    got = {inc["location_mention"]: inc["fatalities"] for inc in process(Document(text, published="2019-05-14")).incidents}
    if place is None:
        assert not any(got.values()), got
    else:
        assert place in got and got[place] == dead, got
