"""A fifth set of wire and monitor paragraphs, written after every case of :mod:`test_probe_wire` and
:mod:`test_probe_wire_heldout` passed or was explained, as the last estimate of how the rules carry
to wording they were not fixed on.  First run: 19 of 20.
"""
from __future__ import annotations

import pytest

from test_probe_wire import AIR, CL, IED, SHELL, case, check, want

LAST = [
    case("past-48-hours-including-six-in", "2019-05-15",
         "Regime forces and Russian jets have killed at least 21 civilians in the past 48 hours in southern Idlib, "
         "including six in the town of Kafr Sajna, the Observatory said.",
         {"Kafr Sajna": want(6, sub=AIR)}),
    case("its-two-riders", "2020-02-20",
         "An unidentified drone struck a motorcycle in Sarmada on Wednesday, killing its two riders.",
         {"Sarmada": want(2, start="2020-02-19", sub=AIR)}),
    case("sixteen-including-white-helmets", "2019-08-22",
         "Sixteen people, including 5 members of the White Helmets, were killed in Russian strikes on Maarat al-Numan on "
         "Wednesday.",
         {"Maarat al-Numan": want(16, start="2019-08-21", sub=AIR)}),
    case("most-of-them-women-and-children", "2019-06-06",
         "Regime barrel bombs hit the village of Kafr Sajna on Wednesday, killing nine people, most of them women and "
         "children.",
         {"Kafr Sajna": want(9, start="2019-06-05", sub=AIR)}),
    case("wounded-about-a-dozen", "2019-06-06",
         "The bombardment of Kafr Zita on Wednesday killed four fighters of the National Liberation Front and wounded about "
         "a dozen.",
         {"Kafr Zita": want(4, 12, "2019-06-05", sub=SHELL)}),
    case("several-towns-including-two", "2019-05-15",
         "Nine civilians were killed on Sunday in regime and Russian air strikes on several towns in southern Idlib, "
         "including Kafr Sajna and Kansafra.",
         {"Kafr Sajna": want(start="2019-05-12", sub=AIR), "Kansafra": want(start="2019-05-12", sub=AIR)}, total=9),
    case("mortar-christian-town", "2018-09-10",
         "A mortar shell landed on a house in the Christian town of Mhardeh on Sunday, killing a child, SANA said.",
         {"Mhardeh": want(1, start="2018-09-09", sub=SHELL)}),
    case("shot-down-warplane", "2019-05-15",
         "In the northern countryside of Hama, rebels shot down a Syrian army warplane near Kafr Nabuda on Tuesday.",
         {"Kafr Nabuda": want({None, 0}, start="2019-05-14", sub="Disrupted weapons use")}, absent=("Hama",)),
    case("after-midnight-leaving-dead", "2019-08-22",
         "Clashes broke out after midnight on Thursday near Kabani, leaving seven fighters dead.",
         {"Kabani": want(7, start="2019-08-22", sub=CL)}),
    case("saturdays-strikes-man-and-two-sons", "2018-09-10",
         "Saturday's air strikes on Jisr al-Shughur killed a man and his two sons, local activists said.",
         {"Jisr al-Shughur": want(3, start="2018-09-08", sub=AIR)}),
    case("barrel-bombs-alone-no-dead", "2019-05-15",
         "Government helicopters pounded the town of Kafr Zita with 200 barrel bombs on Tuesday alone.",
         {"Kafr Zita": want({None, 0}, start="2019-05-14", sub=AIR)}),
    case("more-bodies-raising-toll-from-mondays", "2019-05-15",
         "Four more bodies were recovered from the rubble in Ariha on Wednesday, raising the death toll from Monday's strike "
         "to 17.",
         {"Ariha": want(17, start="2019-05-13", sub=AIR)}),
    case("rocket-slammed-into-market", "2020-02-20",
         "A civilian was killed and three injured in the town of Atarib on Thursday when a rocket fired from regime-held "
         "areas slammed into a market.",
         {"Atarib": want(1, 3, "2020-02-20", sub=SHELL)}),
    case("digits-killing-and-wounding-others", "2019-08-22",
         "A roadside bomb exploded near a bus in the town of Dana on Wednesday, killing 2 and wounding 6 others.",
         {"Dana": want(2, 6, "2019-08-21", sub=IED)}),
    case("monday-night-market", "2019-05-15",
         "Russian air strikes killed at least 11 people at a market in the town of Saraqeb on Monday night, the White Helmets "
         "said, in one of the deadliest attacks this month.",
         {"Saraqeb": want(11, start="2019-05-13", sub=AIR)}),
    case("toll-rose-days-after", "2020-02-20",
         "Two days after the attack, the death toll from the car bomb in Azaz rose to 19, hospital officials said.",
         {"Azaz": want(19, sub=IED)}),
    case("one-killed-fourteen-injured-depot", "2019-08-22",
         "One person was killed and 14 injured in an explosion at a weapons depot in Sarmada on Wednesday.",
         {"Sarmada": want(1, 14, "2019-08-21", sub=IED)}),
    case("soldiers-and-allied-fighters-two-days", "2019-05-15",
         "At least 40 regime soldiers and allied fighters were killed in two days of fighting around Kafr Nabuda, the "
         "Observatory said.",
         {"Kafr Nabuda": want(40, sub=CL)}),
    case("elderly-man-and-grandson", "2020-02-20",
         "An elderly man and his grandson were killed when regime artillery hit their home in Darat Izza on Monday.",
         {"Darat Izza": want(2, start="2020-02-17", sub=SHELL)}),
    case("wounded-including-children-none-dead", "2019-06-06",
         "At least 15 people, including children, were wounded in regime shelling on the town of Ariha on Wednesday.",
         {"Ariha": want(0, 15, "2019-06-05", sub=SHELL)}),
]


@pytest.mark.parametrize("published,text,wants,absent,total", LAST)
def test_last_set_paragraph(published, text, wants, absent, total):
    check(published, text, wants, absent, total)
