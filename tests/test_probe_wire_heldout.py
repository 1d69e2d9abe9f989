"""A second set of wire and monitor paragraphs, written after every case of
:mod:`test_probe_wire` passed, to estimate how its rules carry to wording they were not fixed on.

Same format and conventions as :mod:`test_probe_wire` (its helpers are reused).  First run,
before any fix for these: 27 of 32 passed.
"""
from __future__ import annotations

import pytest

from test_probe_wire import AIR, ATT, CL, GRT, IED, SHELL, SUI, case, check, want

HELD_OUT = [
    case("killing-including-and-wounding", "2019-05-15",
         "Syrian and Russian warplanes struck the town of Khan Shaykhun on Tuesday, killing at least 10 people, including "
         "four children, and wounding 25 others, the White Helmets said.",
         {"Khan Shaykhun": want(10, 25, "2019-05-14", sub=AIR)}),
    case("left-dead-and-wounded", "2019-05-15",
         "Regime shelling left six dead and 14 wounded in the town of Kafr Nabl on Monday, according to local activists.",
         {"Kafr Nabl": want(6, 14, "2019-05-13", sub=SHELL)}),
    case("claimed-the-lives-of", "2020-02-20",
         "Russian air strikes claimed the lives of seven civilians in the town of Atarib on Wednesday, the Observatory said.",
         {"Atarib": want(7, start="2020-02-19", sub=AIR)}),
    case("child-killed-five-others-wounded", "2019-08-22",
         "A child was killed and five others were wounded when a shell fired by government forces landed near a school in "
         "the town of Hass on Wednesday.",
         {"Hass": want(1, 5, "2019-08-21", sub=SHELL)}),
    case("man-and-his-wife-shot", "2019-05-15",
         "Gunmen on a motorcycle shot dead a man and his wife in the town of Sarmada late on Monday, Enab Baladi reported.",
         {"Sarmada": want(2, start="2019-05-13", sub=ATT)}),
    case("man-wife-and-three-children", "2019-06-06",
         "A man, his wife and their three children were killed when a barrel bomb hit their house in the village of Abdeen "
         "on Wednesday.",
         {"Abdeen": want(5, start="2019-06-05", sub=AIR)},
         xfail="'Abdeen' alone is ambiguous in the gazetteer (several Abdin): reported unresolved with candidates; resolution is not this module's"),
    case("elderly-couple", "2020-02-20",
         "An elderly couple was killed in Russian air strikes on the town of Binnish on Tuesday, rescuers said.",
         {"Binnish": want(2, start="2020-02-18", sub=AIR)}),
    case("most-of-them-civilians", "2019-08-22",
         "At least 12 people, most of them civilians, were killed in air strikes on a market in Maarat al-Numan on "
         "Wednesday, the civil defence said.",
         {"Maarat al-Numan": want(12, start="2019-08-21", sub=AIR)}),
    case("sunday-night-and-early-monday", "2018-09-10",
         "Helicopters dropped barrel bombs on the villages of al-Habit and Abdeen on Sunday night and early Monday, wounding "
         "several people, a monitor said.",
         {"al-Habit": want(start="2018-09-09", end="2018-09-10", prec=2, sub=AIR),
          "Abdeen": want(start="2018-09-09", end="2018-09-10", prec=2, sub=AIR)}),
    case("possessive-day-subject", "2019-05-15",
         "Monday's strikes on Kafr Nabl killed nine civilians, the Observatory said on Wednesday.",
         {"Kafr Nabl": want(9, start="2019-05-13", sub=AIR)}),
    case("pre-dawn-hours", "2019-05-15",
         "Four civilians were killed in the pre-dawn hours of Tuesday when regime rockets hit the town of Maarat al-Numan.",
         {"Maarat al-Numan": want(4, start="2019-05-14", sub=SHELL)}),
    case("late-last-month", "2019-06-06",
         "Opposition fighters killed 15 government soldiers late last month in an ambush near Kafr Nabuda, the group said.",
         {"Kafr Nabuda": want(15, start="2019-05-01", end="2019-05-31", prec=3, sub=CL)}),
    case("last-thursday-on-a-thursday", "2019-08-22",
         "Regime forces recaptured the town of Khan Shaykhun last Thursday after rebels withdrew, state media said.",
         {"Khan Shaykhun": want(start="2019-08-15", sub=GRT)}),
    case("has-risen-to-up-from", "2019-05-15",
         "The death toll from air strikes on the town of Ariha on Tuesday has risen to 15, up from nine reported earlier, "
         "the Observatory said.",
         {"Ariha": want(15, start="2019-05-14", sub=AIR)}),
    case("volunteers-among-the-dead", "2020-02-20",
         "Two White Helmets volunteers were among the dead, the group said, after Russian jets struck Sarmin on Wednesday, "
         "killing 11 people.",
         {"Sarmin": want(11, start="2020-02-19", sub=AIR)}),
    case("among-those-killed-next-sentence", "2019-05-15",
         "Shelling on Kafr Zita killed three people on Tuesday. Among those killed were two children.",
         {"Kafr Zita": want(3, start="2019-05-14", sub=SHELL)}),
    case("suicide-bomber-motorcycle", "2020-02-20",
         "A suicide bomber on a motorcycle blew himself up at a checkpoint in the town of al-Bab on Wednesday, killing four "
         "people.",
         {"al-Bab": want(4, start="2020-02-19", sub=SUI)}),
    case("explosive-laden-motorcycle", "2019-08-22",
         "An explosive-laden motorcycle went off near a bakery in the town of Azaz on Wednesday, killing three civilians and "
         "wounding 12.",
         {"Azaz": want(3, 12, "2019-08-21", sub=IED)}),
    case("surface-to-surface-missiles", "2019-08-22",
         "Government forces fired surface-to-surface missiles at the town of Kafr Takharim on Tuesday, killing two "
         "civilians.",
         {"Kafr Takharim": want(2, start="2019-08-20", sub=SHELL)}),
    case("twenty-strikes-one-wounded", "2019-05-15",
         "At least 20 air strikes hit the town of Kafr Zita on Tuesday, wounding a woman, the Observatory said.",
         {"Kafr Zita": want(0, 1, "2019-05-14", sub=AIR)}),
    case("village-in-aleppos-countryside", "2020-02-20",
         "Two children were killed in the village of Kafr Naha in Aleppo's western countryside when regime shells hit their "
         "home on Thursday.",
         {"Kafr Naha": want(2, start="2020-02-20", sub=SHELL)}, absent=("Aleppo",)),
    case("government-held-city", "2019-05-15",
         "Rebel rockets hit the government-held city of Hama on Tuesday, wounding three people, state media said.",
         {"Hama": want(0, 3, "2019-05-14", sub=SHELL)}),
    case("five-were-wounded", "2020-02-20",
         "A Turkish soldier was killed and five were wounded in a Syrian government artillery attack on a Turkish "
         "observation post near Taftanaz on Wednesday, Ankara said.",
         {"Taftanaz": want(1, 5, "2020-02-19", sub=SHELL)}),
    case("losing-their-own-fighters", "2019-06-06",
         "Insurgents launched a counter-offensive on the town of Kafr Nabuda on Wednesday, killing 22 soldiers and losing "
         "16 of their own fighters, the Observatory said.",
         {"Kafr Nabuda": want(38, start="2019-06-05", sub=CL)}),
    case("people-died-car-bomb", "2019-05-15",
         "Eleven people died on Tuesday when a car bomb exploded outside a mosque in the town of Jisr al-Shughur, local "
         "officials said.",
         {"Jisr al-Shughur": want(11, start="2019-05-14", sub=IED)}),
    case("region-over-the-weekend", "2018-09-10",
         "Seven fighters from the Turkistan Islamic Party were killed in Russian strikes in the Jabal al-Turkman area of the "
         "Latakia countryside over the weekend, the Observatory said.",
         {"Jabal al-Turkman": want(7, start="2018-09-08", end="2018-09-09", prec=2, sub=AIR)}, absent=("Latakia",)),
    case("hospital-hit-no-casualties", "2020-01-28",
         "Russian jets hit a hospital in the town of Ariha on Monday, putting it out of service. No casualties were "
         "reported.",
         {"Ariha": want(0, start="2020-01-27", sub=AIR)}),
    case("capture-after-weeks-of-bombardment", "2020-01-28",
         "Regime forces and allied militias took control of the town of Maarat al-Numan on Tuesday, after weeks of "
         "bombardment that killed more than 100 civilians there.",
         {"Maarat al-Numan": want(start="2020-01-28", sub=GRT)}),
    case("province-toll-with-town-share", "2019-08-22",
         "The Syrian Observatory for Human Rights said 14 civilians were killed across Idlib province on Wednesday, eight of "
         "them in the town of Maarat al-Numan.",
         {"Maarat al-Numan": want(8, start="2019-08-21")}),
    case("on-monday-and-tuesday-clashes", "2019-05-15",
         "A dozen soldiers were killed on Monday and Tuesday in clashes with jihadists around the village of Qalaat "
         "al-Madiq, the Observatory said.",
         {"Qalaat al-Madiq": want(12, start="2019-05-13", end="2019-05-14", prec=2, sub=CL)}),
    case("fronted-place", "2020-02-20",
         "In the town of Darat Izza, a woman and her daughter were killed on Wednesday by Russian strikes.",
         {"Darat Izza": want(2, start="2020-02-19", sub=AIR)}),
    case("killed-here-wounded-there", "2019-05-15",
         "Air strikes killed five people in Kafr Nabl and wounded eight others in nearby Hass on Tuesday.",
         {"Kafr Nabl": want(5, start="2019-05-14", sub=AIR), "Hass": want(0, 8, "2019-05-14", sub=AIR)}),
]


@pytest.mark.parametrize("published,text,wants,absent,total", HELD_OUT)
def test_held_out_paragraph(published, text, wants, absent, total):
    check(published, text, wants, absent, total)


# A third set, written after the second passed (monitors' translated style, ages, "martyrdom", fronts,
# munitions counts, day phrases): first run 16 of 25 (17 once "last night" was read as the two days
# the project documents, not one).
THIRD = [
    case("sohr-dawn-today-resulted-in-death", "2019-05-15",
         "SOHR: Regime forces' shelling on areas in the town of Kafr Nabl in the southern countryside of Idlib at dawn "
         "today resulted in the death of a child and the injury of 4 other people.",
         {"Kafr Nabl": want(1, 4, "2019-05-15", sub=SHELL)}, absent=("Idlib",)),
    case("number-of-people-killed-yesterday-rose", "2019-05-15",
         "The number of people who were killed in the Russian airstrikes on the town of Maarat al-Numan yesterday rose to "
         "9, including 3 children.",
         {"Maarat al-Numan": want(9, start="2019-05-14", sub=AIR)}),
    case("ten-year-old-girl", "2019-08-22",
         "A 10-year-old girl was killed by regime sniper fire in the town of Kafr Takharim on Wednesday.",
         {"Kafr Takharim": want(1, start="2019-08-21", sub=ATT)}),
    case("three-year-old-and-mother", "2019-08-22",
         "A three-year-old child and his mother were killed in an air strike on the village of Maar Shurin on Tuesday "
         "evening.",
         {"Maar Shurin": want(2, start="2019-08-20", sub=AIR)}),
    case("martyrdom-of-four-last-night", "2019-05-15",
         "The martyrdom of 4 civilians, including a woman, in regime shelling on the town of Khan Shaykhun last night.",
         {"Khan Shaykhun": want(4, start="2019-05-14", end="2019-05-15", sub=SHELL)}),  # the night's two days
    case("eleven-martyrs-headline", "2019-06-06",
         "Eleven martyrs, among them four children, in Russian raids on the town of Kafr Nabl in the southern Idlib "
         "countryside on Wednesday.",
         {"Kafr Nabl": want(11, start="2019-06-05", sub=AIR)}),
    case("vicinity-thursday-morning", "2020-02-20",
         "Turkish forces shelled regime positions in the vicinity of Saraqeb on Thursday morning, killing at least six "
         "members of the regime forces, the Observatory said.",
         {"Saraqeb": want(6, start="2020-02-20", sub=SHELL)}),
    case("front-east-of-city-leaving-dead", "2020-02-20",
         "Violent clashes erupted at dawn on Thursday between the factions and regime forces on the Nayrab front, east of "
         "Idlib city, leaving 14 dead on both sides.",
         {"Nayrab": want(14, start="2020-02-20", sub=CL)}, absent=("Idlib",)),
    case("forty-barrel-bombs-no-dead", "2019-05-15",
         "Regime helicopters dropped more than 40 barrel bombs on the villages of Hasraya and al-Jabeen in the northern "
         "Hama countryside on Tuesday.",
         {"Hasraya": want({None, 0}, start="2019-05-14", sub=AIR), "al-Jabeen": want({None, 0}, start="2019-05-14", sub=AIR)},
         absent=("Hama",)),
    case("killed-a-woman-wounded-her-children", "2019-05-15",
         "Rebel shelling killed a woman and wounded her two children in the town of Suqaylabiyah on Tuesday, state news "
         "agency SANA said.",
         {"Suqaylabiyah": want(1, 2, "2019-05-14", sub=SHELL)}),
    case("drone-on-the-road-explicit-date", "2020-02-20",
         "On 18 February, a drone strike targeted a car on the road between Sarmada and Atmeh, killing two members of "
         "Hurras al-Din.",
         {"Sarmada": want(2, start="2020-02-18", sub=AIR)}),
    case("evening-of-monday-driver-passenger", "2019-06-06",
         "On the evening of Monday, unknown gunmen opened fire on a car in the town of Atmeh, killing its driver and "
         "injuring a passenger.",
         {"Atmeh": want(1, 1, "2019-06-03")}),
    case("took-over-dozens-dead", "2019-05-15",
         "Government forces took over the village of Kafr Nabuda on Wednesday after clashes that left dozens dead on both "
         "sides.",
         {"Kafr Nabuda": want(12, start="2019-05-15", sub=GRT)}),
    case("nine-members-of-one-family", "2019-05-15",
         "Nine members of one family were killed in the village of Heesh when regime warplanes targeted their house at "
         "dawn on Tuesday.",
         {"Heesh": want(9, start="2019-05-14", sub=AIR)}),
    case("bodies-recovered-after-strikes-on-monday", "2020-01-28",
         "Civil Defence teams recovered the bodies of five civilians from under the rubble in the town of Maarat al-Numan "
         "on Tuesday, after Russian air strikes on Monday.",
         {"Maarat al-Numan": want(5, start="2020-01-27", sub=AIR)}),
    case("list-shelled-one-killed-in-one", "2019-08-22",
         "The Syrian regime bombarded the towns of Kafr Sajna, Hass and Kafr Nabl with rockets and artillery shells on "
         "Wednesday, killing a man in Hass.",
         {"Hass": want(1, start="2019-08-21", sub=SHELL), "Kafr Sajna": want({None, 0}, start="2019-08-21", sub=SHELL)}),
    case("suicide-car-bomb-police-station", "2019-05-15",
         "Six people were killed and about 20 others injured on Tuesday in a suicide car bomb attack on a police station in "
         "the town of Jisr al-Shughur.",
         {"Jisr al-Shughur": want(6, 20, "2019-05-14", sub=SUI)}),
    case("residents-staged-demonstration-friday", "2019-08-22",
         "Residents of the town of Kafr Nabl staged a demonstration on Friday against the Russian bombardment.",
         {"Kafr Nabl": want({None, 0}, start="2019-08-16", sub="Peaceful protest")}),
    case("retook-from-government", "2020-02-20",
         "Turkish-backed fighters and HTS retook the town of Nayrab from government forces on Thursday, Turkey's defence "
         "ministry said.",
         {"Nayrab": want(start="2020-02-20", sub="Non-state actor overtakes territory")}),
    case("third-day-since-sunday", "2019-05-15",
         "In Latakia's northern countryside, clashes continued for the third day on the Kabani front, with 9 regime "
         "soldiers killed since Sunday.",
         {"Kabani": want(9, start="2019-05-12", end="2019-05-15", prec=2, sub=CL)}, absent=("Latakia",)),
    case("of-them-in-x-and-in-y", "2019-05-15",
         "Thirty-two people were killed on Tuesday across northwest Syria, 12 of them in Kafr Nabl and 8 in Heesh, the "
         "Observatory said.",
         {"Kafr Nabl": want(12, start="2019-05-14"), "Heesh": want(8, start="2019-05-14")}),
    case("mine-killed-two-wounded-a-third", "2019-08-22",
         "A landmine explosion killed two shepherds and wounded a third near the town of Morek in the northern Hama "
         "countryside on Wednesday.",
         {"Morek": want(2, 1, "2019-08-21", sub=IED)}),
    case("soldier-killed-two-others-wounded-mine", "2019-06-06",
         "A Russian soldier was killed and two others wounded when their vehicle hit a mine near the town of Khan "
         "Shaykhun, the Russian defence ministry said on Thursday.",
         {"Khan Shaykhun": want(1, 2, sub=IED)}),
    case("a-day-after-in-nearby", "2020-02-20",
         "Shelling by regime forces killed a child in the town of Binnish on Wednesday evening, a day after air strikes "
         "killed five people in nearby Sarmin.",
         {"Binnish": want(1, start="2020-02-19", sub=SHELL), "Sarmin": want(5, start="2020-02-18", sub=AIR)}),
    case("injuring-about-fifteen", "2019-06-06",
         "Rebel rockets hit a residential neighbourhood of Mhardeh on Wednesday, injuring about 15 people.",
         {"Mhardeh": want(0, 15, "2019-06-05", sub=SHELL)}),
]


@pytest.mark.parametrize("published,text,wants,absent,total", THIRD)
def test_third_set_paragraph(published, text, wants, absent, total):
    check(published, text, wants, absent, total)


# A fourth set, written after the third passed (parts and totals, "each", ranges, regions around a
# village, headlines): first run 16 of 20.
FOURTH = [
    case("among-at-least-eight-killed", "2019-05-15",
         "A woman and her three children were among at least eight people killed in air strikes on Kafr Nabl on Tuesday, "
         "rescuers said.",
         {"Kafr Nabl": want(8, start="2019-05-14", sub=AIR)}),
    case("including-a-woman-and-her-children", "2019-05-15",
         "At least eight people including a woman and her three children were killed in air strikes on Kafr Nabl on "
         "Tuesday.",
         {"Kafr Nabl": want(8, start="2019-05-14", sub=AIR)}),
    case("injuring-at-least-among-them", "2019-08-22",
         "A rocket hit a bus station in Suqaylabiyah on Wednesday, killing two people and injuring at least 10, among them "
         "children, state media said.",
         {"Suqaylabiyah": want(2, 10, "2019-08-21", sub=SHELL)}),
    case("raids-on-region-toll-in-village", "2019-05-15",
         "Russian jets carried out 35 raids on Jabal al-Zawiya on Tuesday, killing 3 civilians in the village of al-Bara.",
         {"al-Bara": want(3, start="2019-05-14", sub=AIR)}, absent=("Jabal al-Zawiya",),
         xfail="a region named before the village where the toll is stays an incident of its own: making it context "
               "whenever a finer place lies in it raised the far-incident rate on the dev sets (0.216 -> 0.219)"),
    case("since-the-morning-which-killed", "2020-02-20",
         "The Syria Civil Defence said its teams had responded to 12 air strikes on Ariha since the morning, which killed 4 "
         "people.",
         {"Ariha": want(4, start="2020-02-20", sub=AIR)}),
    case("ambulance-driver", "2019-08-22",
         "An ambulance driver was killed when a drone targeted his vehicle on the outskirts of Maarat al-Numan on Tuesday.",
         {"Maarat al-Numan": want(1, start="2019-08-20", sub=AIR)}),
    case("civil-defence-members-wounded", "2019-08-22",
         "Two members of the civil defence were wounded in a double-tap strike on the town of Hass on Wednesday.",
         {"Hass": want(0, 2, "2019-08-21", sub=AIR)}),
    case("toll-in-tuesdays-massacre-reached", "2019-05-15",
         "The Observatory said the death toll in Tuesday's massacre in the village of Kafr Sajna had reached 13.",
         {"Kafr Sajna": want(13, start="2019-05-14")}),
    case("members-of-the-same-family", "2019-06-06",
         "Russian warplanes killed six members of the same family in Maarat al-Numan on Wednesday, activists said.",
         {"Maarat al-Numan": want(6, start="2019-06-05", sub=AIR)}),
    case("three-of-them-women", "2019-06-06",
         "Regime shelling on Kafr Zita killed four people on Wednesday, three of them women.",
         {"Kafr Zita": want(4, start="2019-06-05", sub=SHELL)}),
    case("between-five-and-seven", "2019-06-06",
         "Between five and seven people were killed in an air strike on the town of Khan Shaykhun on Wednesday, according "
         "to conflicting reports.",
         {"Khan Shaykhun": want(5, start="2019-06-05", sub=AIR)}),
    case("children-and-a-teacher", "2019-06-06",
         "An air strike on a school in the village of Hass killed nine children and a teacher on Wednesday.",
         {"Hass": want(10, start="2019-06-05", sub=AIR)}),
    case("on-saturday-and-sunday-shelled", "2018-09-10",
         "On Saturday and Sunday, regime forces shelled the town of Latamneh, killing three fighters.",
         {"Latamneh": want(3, start="2018-09-08", end="2018-09-09", prec=2, sub=SHELL)}),
    case("sundays-clashes-which-left", "2019-05-15",
         "Sunday's clashes near Kafr Nabuda, which left 20 dead on both sides, were the fiercest in weeks.",
         {"Kafr Nabuda": want(20, start="2019-05-12", sub=CL)}),
    case("bare-digits-killing-and-injuring", "2020-02-20",
         "A car bomb went off near the Bab al-Hawa crossing on Wednesday, killing 5 and injuring 11.",
         {"Bab al-Hawa": want(5, 11, "2020-02-19", sub=IED)}),
    case("headline-killed-injured", "2019-05-14",
         "At least 3 killed, 7 injured in regime shelling on Latamneh",
         {"Latamneh": want(3, 7, sub=SHELL)}),
    case("fifty-shells-wounding-three", "2019-05-15",
         "Regime forces shelled Latamneh on Tuesday with more than 50 artillery shells and rockets, wounding 3 fighters.",
         {"Latamneh": want(0, 3, "2019-05-14", sub=SHELL)}),
    case("hama-countryside-village-toll", "2019-06-06",
         "Two civilians were killed and four wounded on Wednesday when regime rockets hit the village of Kafr Hud in the "
         "northern Hama countryside.",
         {"Kafr Hud": want(2, 4, "2019-06-05", sub=SHELL)}, absent=("Hama",)),
    case("toll-rises-headline-then-body", "2020-02-20",
         "Death toll from Ariha strikes rises to 12\nThe death toll from Russian air strikes on the town of Ariha on "
         "Wednesday rose to 12 on Thursday, rescuers said.",
         {"Ariha": want(12, start="2020-02-19", sub=AIR)}),
    case("latakia-jihadist-drone", "2019-08-22",
         "A drone launched by jihadists hit the town of Jableh in Latakia province on Wednesday, wounding two people, state "
         "media said.",
         {"Jableh": want(0, 2, "2019-08-21", sub=AIR)}, absent=("Latakia",)),
]


@pytest.mark.parametrize("published,text,wants,absent,total", FOURTH)
def test_fourth_set_paragraph(published, text, wants, absent, total):
    check(published, text, wants, absent, total)
