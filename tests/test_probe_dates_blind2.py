"""Blind probe of dates, continued (see ``test_probe_dates_blind.py`` for the conventions): the
third, fourth and fifth sets.  First runs, each before the fixes it led to: THIRD 27/33 (82%), FOURTH
20/25 (80%), FIFTH (paragraphs) 9/10 (90%).
"""
from __future__ import annotations

import pytest

from test_probe_dates_blind import MON, THU, THU2, case, check

THIRD = [
    case("night-of-tuesday-to-wednesday", THU,
         "On the night of Tuesday to Wednesday, regime helicopters dropped barrel bombs on Kansafra.",
         "Kansafra", "2020-03-03", "2020-03-04", 2),
    case("tuesday-night-into-wednesday", THU, "Jets pounded Ariha from Tuesday night into Wednesday, residents said.",
         "Ariha", "2020-03-03", "2020-03-04", 2),
    case("evening-hours-of-monday", THU, "In the evening hours of Monday, a drone struck a car in Sarmada.",
         "Sarmada", "2020-03-02"),
    case("weekday-comma-full-date", THU, "Monday, 2 March 2020: regime forces shelled Atarib, killing two civilians.",
         "Atarib", "2020-03-02"),
    case("past-ten-days", THU, "Over the past 10 days, air strikes on Maarat al-Numan killed 40 people.",
         "Maarat al-Numan", "2020-02-24", "2020-03-05", 3),
    case("for-the-past-two-weeks", THU, "Regime forces have shelled Kafr Nabl for the past two weeks.",
         "Kafr Nabl", "2020-02-20", "2020-03-05", 3),
    case("from-the-1st-to-the-3rd", THU, "From the 1st to the 3rd of March, jets struck Binnish repeatedly.",
         "Binnish", "2020-03-01", "2020-03-03", 2),
    case("month-day-range", THU, "Regime shelling on Sarmin on March 1-3 killed 11 civilians.",
         "Sarmin", "2020-03-01", "2020-03-03", 2),
    case("day-range-month-year", THU, "On 1-3 March 2020, clashes near Saraqeb left 30 fighters dead.",
         "Saraqeb", "2020-03-01", "2020-03-03", 2),
    case("abbreviated-month-dot", THU, "On 29 Feb. a car bomb exploded in Azaz, killing five.", "Azaz", "2020-02-29"),
    case("ordinal-day-month-year", THU, "On 3rd March 2020, Russian jets struck Darat Izza.", "Darat Izza", "2020-03-03"),
    case("weekday-day-month", THU, "Shelling hit Kafr Takharim on Sunday 1 March, wounding four.",
         "Kafr Takharim", "2020-03-01"),
    case("yesterday-weekday", THU, "Yesterday, Wednesday, jets bombed the town of Taftanaz.", "Taftanaz", "2020-03-04"),
    case("while-clause-own-day", THU,
         "Shelling killed a woman in Ariha on Monday, while a child was killed in Sarmin on Tuesday.",
         "Sarmin", "2020-03-03"),
    case("next-sentence-own-day", THU,
         "Air strikes on Monday killed three in Ariha. On Tuesday, the strikes hit Sarmin, killing two.",
         "Sarmin", "2020-03-03"),
    case("background-where-earlier-strike", THU,
         "Ariha, where 20 people were killed in air strikes on 5 February, was shelled again on Wednesday.",
         "Ariha", "2020-03-04"),
    case("came-a-day-after", THU, "The shelling of Sarmin on Tuesday came a day after Russian jets struck the town.",
         "Sarmin", "2020-03-03"),
    case("possessive-saturday", MON, "Saturday's attack on Saraqeb killed four soldiers, the army said.",
         "Saraqeb", "2018-09-08"),
    case("last-thursday-after-noun", MON, "The attack on Saraqeb last Thursday killed four soldiers.",
         "Saraqeb", "2018-09-06"),
    case("thursday-last-week", THU, "On Thursday last week, regime forces captured the village of Kafr Nabl.",
         "Kafr Nabl", "2020-02-27"),
    case("monday-of-this-week", THU, "On Monday of this week, jets struck a hospital in Ariha.", "Ariha", "2020-03-02"),
    case("at-the-weekend", THU2, "Russian jets struck Atarib at the weekend, killing six.",
         "Atarib", "2020-02-15", "2020-02-16", 2),
    case("over-the-eid-holiday", "2019-08-20", "Regime forces shelled Kafr Nabl over the Eid holiday, killing a boy.",
         "Kafr Nabl", {"2019-08-11", "2019-08-12"}, {"2019-08-14", "2019-08-15"}, 2),
    case("ap-dateline-no-date", THU, "DAMASCUS, Syria (AP) — Government forces shelled Sarmin on Tuesday, activists said.",
         "Sarmin", "2020-03-03"),
    case("late-last-month", THU, "Late last month, government forces captured Kafr Nabl.",
         "Kafr Nabl", "2020-02-01", "2020-02-29", 3),
    case("last-week-of-february", THU, "In the last week of February, air strikes hit Sarmin almost daily.",
         "Sarmin", "2020-02-23", "2020-02-29", 2),
    case("between-friday-and-sunday", THU, "Between Friday and Sunday, jets carried out 60 raids on Saraqeb.",
         "Saraqeb", "2020-02-28", "2020-03-01", 2),
    case("friday-through-sunday", THU, "Russian jets struck Binnish from Friday through Sunday.",
         "Binnish", "2020-02-28", "2020-03-01", 2),
    case("earlier-on-wednesday", THU, "Earlier on Wednesday, shelling on Kansafra killed two children.",
         "Kansafra", "2020-03-04"),
    case("acled-hama-countryside", THU,
         "On 4 March 2020, regime forces and HTS clashed in Kafr Nabuda in the northern Hama countryside. 9 fatalities.",
         "Kafr Nabuda", "2020-03-04"),
    case("acled-on-or-around", THU, "On or around 2 March 2020, unidentified gunmen killed a man in Sarmada.",
         "Sarmada", "2020-03-02", "2020-03-02", 2),
    case("around-mid-month", "2020-04-02", "Around mid-March 2020, regime forces arrested three men in Suran.",
         "Suran", "2020-03-01", "2020-03-31", 3),
    case("in-early-2019", THU, "In early 2019, HTS fighters seized Atarib from rival rebels.",
         "Atarib", "2019-01-01", "2019-12-31", 3),
]


# Fourth blind set: new wording again, written after the third set's fixes.
FOURTH = [
    case("headlines-own-days", THU, "Jets strike Ariha on Monday; 3 killed in Sarmin shelling on Tuesday",
         "Sarmin", "2020-03-03"),
    case("headlines-own-days-first", THU, "Jets strike Ariha on Monday; 3 killed in Sarmin shelling on Tuesday",
         "Ariha", "2020-03-02"),
    case("the-4th-of-this-month", THU, "On the 4th of this month, a car bomb exploded in Azaz.", "Azaz", "2020-03-04"),
    case("the-10th-of-last-month", THU, "On the 10th of last month, jets destroyed the bakery in Binnish.",
         "Binnish", "2020-02-10"),
    case("this-past-friday", THU, "This past Friday, regime artillery hit the market in Atarib.", "Atarib", "2020-02-28"),
    case("ap-month-abbrev", THU, "Government forces shelled Sarmin on Friday, Feb. 28, killing three.",
         "Sarmin", "2020-02-28"),
    case("since-last-thursday", THU, "Regime forces have shelled Kansafra since last Thursday.",
         "Kansafra", "2020-02-27", "2020-03-05", {2, 3}),
    case("since-last-week", THU, "Russian jets have bombed Ariha daily since last week.",
         "Ariha", "2020-02-24", "2020-03-05", {2, 3}),
    case("since-early-february", THU, "Since early February, regime shelling has killed 60 people in Sarmin.",
         "Sarmin", "2020-02-01", "2020-03-05", 3),
    case("in-the-past-month", THU, "In the past month, air strikes killed 90 civilians in Maarat al-Numan.",
         "Maarat al-Numan", {"2020-02-04", "2020-02-05"}, "2020-03-05", 3),
    case("clock-time-on-tuesday", THU, "At 3 a.m. local time on Tuesday, a drone struck a house in Sarmada.",
         "Sarmada", "2020-03-03"),
    case("monday-at-dawn", THU, "Regime helicopters bombed Kafr Zita on Monday at dawn.", "Kafr Zita", "2020-03-02"),
    case("a-few-hours-ago", THU, "A few hours ago, regime shelling killed a child in Kansafra.",
         "Kansafra", "2020-03-05", "2020-03-05", {1, 2}),
    case("acled-two-sentences-two-days", "2020-05-05",
         "On 1 May 2020, regime forces shelled Kansafra. On 2 May 2020, they shelled Fleifel. No fatalities were "
         "reported.", "Fleifel", "2020-05-02"),
    case("acled-attack-then-died-later", "2020-05-10",
         "On 3 May 2020, unidentified gunmen shot a man in Sarmada. He died of his wounds on 5 May.",
         "Sarmada", "2020-05-03"),
    case("acled-on-date-latakia-front", "2019-08-10",
         "On 7 August 2019, HTS repelled a regime attack on the Kabani front in Jabal al-Akrad.",
         "Kabani", "2019-08-07"),
    case("weekday-date-monitor-list", THU,
         "SOHR documented the following on Tuesday, March 3: a woman was killed in shelling on Kafr Nabl.",
         "Kafr Nabl", "2020-03-03"),
    case("no-publication-date-absolute", None, "On 3 March 2020, regime forces shelled Kafr Nabl.",
         "Kafr Nabl", "2020-03-03"),
    case("since-the-morning", THU, "Since the morning, regime rockets have fallen on Ariha, SOHR said.",
         "Ariha", "2020-03-05", "2020-03-05", {1, 2}),
    case("during-the-night", THU, "During the night, jets struck a camp near Atmeh, killing four.",
         "Atmeh", "2020-03-04", {"2020-03-04", "2020-03-05"}, {1, 2}),
    case("wednesday-evening-toll-thursday", THU,
         "The toll from Wednesday evening's strikes on Binnish rose to 12 on Thursday.", "Binnish", "2020-03-04"),
    case("dated-by-month-name-day-after-place", THU,
         "Jets struck Taftanaz, east of Idlib city, on March 2, killing a child.", "Taftanaz", "2020-03-02"),
    case("year-ago-background-anniversary", THU,
         "On the anniversary of the 2019 massacre, shelling killed two people in Kafr Nabl on Tuesday.",
         "Kafr Nabl", "2020-03-03"),
    case("between-dawn-and-noon", THU, "Between dawn and noon on Wednesday, jets carried out 20 raids on Saraqeb.",
         "Saraqeb", "2020-03-04"),
]


# Fifth blind set: paragraphs where several clauses and sentences each own a day.
FIFTH = [
    case("bodies-recovered-later", THU, "Russian jets killed five people in Ariha on Monday. Rescuers pulled two more "
         "bodies from the rubble on Wednesday.", "Ariha", "2020-03-02"),
    case("hit-the-day-before-own-incident", THU, "Shelling on Sarmin killed a child on Tuesday. The town had been hit by "
         "air strikes the day before.", "Sarmin", "2020-03-03"),
    case("two-devices-own-day", THU, "A landmine exploded near Taftanaz, injuring three, and another device went off in "
         "Maarrat Misrin on Friday, killing a fighter.", "Maarrat Misrin", "2020-02-28"),
    case("capture-after-two-days-shelling", THU,
         "Regime forces captured Kafr Nabl on Wednesday after two days of heavy shelling.", "Kafr Nabl", "2020-03-04"),
    case("days-then-report-day", THU, "Turkish drones hit regime positions in Saraqeb on Sunday and Monday, the ministry "
         "said on Tuesday.", "Saraqeb", "2020-03-01", "2020-03-02", 2),
    case("said-on-a-day-after", THU, "Five civilians were killed in Binnish, the civil defence said on Wednesday, a day "
         "after jets struck the town.", "Binnish", "2020-03-03"),
    case("died-of-wounds-next-sentence", THU, "On Monday, the regime shelled Ariha. Two civilians died there on Tuesday "
         "of wounds sustained in the shelling.", "Ariha", "2020-03-02"),
    case("last-week-and-again-on", THU, "Jets struck Atarib twice last week and again on Wednesday, killing three.",
         "Atarib", "2020-03-04"),
    case("observatory-said-since", THU,
         "The Observatory said on Thursday that 12 people had been killed in Kansafra since Sunday.",
         "Kansafra", "2020-03-01", "2020-03-05", 2),
    case("ambush-late-saturday-said-sunday", THU, "HTS fighters ambushed a regime patrol near Kabani late on Saturday; 7 "
         "soldiers were killed, state media said on Sunday.", "Kabani", "2020-02-29"),
]


@pytest.mark.parametrize("published,text,place,start,end,prec", THIRD)
def test_blind_dates_third(published, text, place, start, end, prec):
    check(published, text, place, start, end, prec)


@pytest.mark.parametrize("published,text,place,start,end,prec", FOURTH)
def test_blind_dates_fourth(published, text, place, start, end, prec):
    check(published, text, place, start, end, prec)


@pytest.mark.parametrize("published,text,place,start,end,prec", FIFTH)
def test_blind_dates_fifth(published, text, place, start, end, prec):
    check(published, text, place, start, end, prec)
