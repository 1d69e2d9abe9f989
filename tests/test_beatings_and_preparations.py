"""A beating of people is an Attack; an event only prepared for ("in preparation for an offensive") is not reported."""
from __future__ import annotations

from geoincidents import Document
from geoincidents.pipeline import process


def _subs(text: str) -> list:
    return [i["sub_event_type"] for i in process(Document(text, published="2022-05-10")).incidents]


def test_beating_of_people_is_an_attack():
    assert _subs("On 6 May 2022, members of a checkpoint beat two young men in Dana (Harim, Idleb).") == ["Attack"]


def test_beating_back_an_attack_is_not_a_beating():
    assert "Attack" not in _subs("On 6 May 2022, NLF fighters beat back an attack by regime forces on Kafr Lata.")


def test_reinforcements_prepared_for_an_offensive_are_no_clash():
    subs = _subs("On 7 May 2022, Russian forces sent reinforcements to Saraqeb in preparation for a new offensive.")
    assert subs == ["Change to group/activity"]
