"""'Meanwhile' is the time of the story, not of the sentence before (geoincidents.incidents.event_sequence).
Invented wire copy, not dev rows."""
from __future__ import annotations

import geoincidents


def test_meanwhile_takes_the_leads_day_not_the_backgrounds():
    text = ("Government shelling killed three civilians in the town of Maarrat Misrin on Tuesday, rescuers said.\n\n"
            "The escalation came after rebels attacked an army post near Kafr Nabuda on Saturday, killing six "
            "soldiers.\n\n"
            "Meanwhile, a drone strike on a car near Binnish killed two men.")
    at = {r.location_mention: r for r in geoincidents.extract(text, published="2021-03-10").itertuples()}
    assert str(at["Binnish"].date_start)[:10] == "2021-03-09"
    assert str(at["Kafr Nabuda"].date_start)[:10] == "2021-03-06"


def test_an_undated_sentence_without_meanwhile_still_continues_the_one_before():
    text = ("Rebels attacked an army post near Kafr Nabuda on Saturday, killing six soldiers. "
            "A drone strike on a car near Binnish killed two men.")
    at = {r.location_mention: r for r in geoincidents.extract(text, published="2021-03-10").itertuples()}
    assert str(at["Binnish"].date_start)[:10] == "2021-03-06"
