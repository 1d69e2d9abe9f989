"""Who did it to whom: actor1 is the perpetrator, actor2 the target or the victim's side."""
from __future__ import annotations

import pytest

import geoincidents
from geoincidents.fields import find_actors
from geoincidents.fields.roles import UNIDENTIFIED, roles

PUB = "2021-03-12"


def one(text: str):
    gdf = geoincidents.extract(text, published=PUB)
    assert len(gdf) == 1, gdf[["location", "actor1", "actor2"]].values.tolist()
    return gdf.iloc[0]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("A drone strike killed three Ahrar al-Sham members near Sarmin.", None, "Ahrar al-Sham"),
    ("A missile hit a Russian military patrol near Saraqeb.", None, "Russia"),
    ("An explosive device went off in Sarmin, killing a commander in the Jaysh al-Nasr faction.",
     UNIDENTIFIED, "Jaysh al-Nasr"),
    ("Unidentified gunmen shot and killed a man in Binnish.", UNIDENTIFIED, "Civilians"),
    ("Regime forces shelled rebel positions in Kafr Nabl.", "Syrian government", "Opposition rebels"),
    ("Russian jets struck Ariha, killing four civilians.", "Russia", "Civilians"),
    ("Members of the Sham Legion clashed with Hay'at Tahrir al-Sham in Sarmada.", "Sham Legion",
     "Hay'at Tahrir al-Sham"),
    # A name that ends in its weapon, after "in"/"by": the weapon's side, not a victim.
    ("Five civilians were killed in Russian air strikes on Saraqib.", "Russia", "Civilians"),
    ("Two children died in regime shelling on Ariha on Monday.", "Syrian government", "Civilians"),
    ("Rebels shot down Russian jets over Kafr Nabuda.", "Opposition rebels", "Russia"),
    ("The death toll of the massacre of Russian warplanes in Maarat Al-Numan rises to 43 including 8 children",
     "Russia", "Civilians"),
])
def test_roles(text, actor1, actor2):
    row = one(text)
    assert (row.actor1, row.actor2) == (actor1, actor2)


def test_a_victim_is_never_actor1():
    spans = find_actors("a drone strike killed three Ahrar al-Sham members")
    assert roles(spans, "Explosions/Remote violence", "Air/drone strike")[0] is None


def test_unknown_perpetrator_of_a_mine_is_the_unidentified_armed_group():
    assert roles([], "Explosions/Remote violence", "Remote explosive/landmine/IED") == (UNIDENTIFIED, "Civilians")


def test_unnamed_air_force_is_not_guessed():
    assert roles([], "Explosions/Remote violence", "Air/drone strike") == (None, None)


def test_soldiers_killed_are_not_civilians():
    row = one("An IED killed two soldiers in Kafr Oweid.")
    assert row.actor1 == UNIDENTIFIED and row.actor2 is None


@pytest.mark.parametrize("text, actor2", [
    ("Regime forces shelled Kafr Nabl. 3 civilians were killed.", "Civilians"),
    ("Russian warplanes struck Kafr Takharim. 4 HTS fighters were killed.", "Hay'at Tahrir al-Sham"),
    ("Regime helicopters dropped barrel bombs on Hass. Several civilians were injured.", "Civilians"),
    # A sentence of another event names the victims of that event, not of the strike.
    ("Regime forces shelled Kafr Nabl. Clashes with regime forces killed 4 HTS fighters.", None),
])
def test_victims_told_in_the_next_sentence_are_the_strikes_actor2(text, actor2):
    assert one(text)["actor2"] == actor2
