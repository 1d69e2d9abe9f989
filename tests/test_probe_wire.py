"""Probes of the per-incident record on wire and monitor paragraphs the dev sets do not hold.

Each case is a paragraph written for this test (not a dev row) in the style of wire copy (AFP,
Reuters, AP), monitors (SOHR, Syria Civil Defence, SNHR) or local outlets (Enab Baladi, Syria
Direct) about the Idlib, Hama, Aleppo and Latakia countrysides, with what a careful analyst
codes for each incident: the place, fatalities (ACLED's conservative figure: "at least 12" is 12,
"dozens" 12, "a dozen" 12; where the text says nothing of deaths, 0 or None, as the benchmark reads
them alike), injured, the date span against ``published`` with ACLED time
precision, and the sub-event type.  Places that only locate another ("in the southern Idlib
countryside") or a campaign's cumulative toll must give no incident of their own.
"""
from __future__ import annotations

import pytest

from geoincidents import Document
from geoincidents.pipeline import process

AIR, SHELL, IED, CL = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                       "Armed clash")
ATT, GRT, SUI = "Attack", "Government regains territory", "Suicide bomb"


def want(fatalities=None, injured=None, start=None, end=None, prec=None, sub=None, **more):
    """The fields that matter for one incident (None: not asserted); ``end`` defaults to ``start``."""
    fields = dict(fatalities=fatalities, injured=injured, date_start=start,
                  date_end=end if end is not None or start is None else start, time_precision=prec,
                  sub_event_type=sub, **more)
    return {k: v for k, v in fields.items() if v is not None}


def case(cid, pub, text, wants, absent=(), total=None, xfail=None):
    """One paragraph, its incidents by place mention, places that must not be incidents, and
    (for a toll over a list of places) the total the incidents of those places must add up to."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(pub, text, wants, absent, total, id=cid, marks=marks)


CASES = [
    case("afp-late-on-tuesday", "2019-05-15",
         "BEIRUT (AFP) - Regime air strikes killed seven civilians, among them two children, in the town of Kafr Nabl in the "
         "southern Idlib countryside late on Tuesday, a war monitor said. The Syrian Observatory for Human Rights said "
         "another 15 people were wounded in the raids.",
         {"Kafr Nabl": want(7, 15, "2019-05-14", prec=1, sub=AIR)}, absent=("Idlib",)),
    case("toll-rose-to-next-day", "2019-05-15",
         "The death toll from a government air strike on a market in Maarat al-Numan on Monday rose to 13, including four "
         "children, the Syrian Observatory for Human Rights said on Wednesday. An earlier toll had put the number of dead "
         "at nine.",
         {"Maarat al-Numan": want(13, start="2019-05-13", sub=AIR)}),
    case("bringing-toll-possessive-day", "2020-02-20",
         "Rescuers pulled two more bodies from the rubble of a building in Ariha on Thursday, bringing the death toll from "
         "Wednesday's Russian air strike to 11, the White Helmets said.",
         {"Ariha": want(11, start="2020-02-19", sub=AIR)}),
    case("split-across-two-places", "2019-05-15",
         "Regime shelling killed three civilians in Khan Shaykhun and two in the nearby village of al-Tamanah on Tuesday, "
         "according to the Syrian Observatory for Human Rights.",
         {"Khan Shaykhun": want(3, start="2019-05-14", sub=SHELL), "al-Tamanah": want(2, start="2019-05-14", sub=SHELL)}),
    case("cumulative-since-offensive", "2019-06-06",
         "Government and Russian air strikes killed eight civilians in the town of Khan Shaykhun on Wednesday, the "
         "Britain-based monitor said. Since the start of the offensive in late April, more than 300 civilians have been "
         "killed, according to the Observatory.",
         {"Khan Shaykhun": want(8, start="2019-06-05", sub=AIR)}),
    case("wounded-before-killed", "2020-02-20",
         "A Russian air strike on a poultry farm near Sarmin wounded 11 people and killed four others on Wednesday, the "
         "Syria Civil Defence said.",
         {"Sarmin": want(4, 11, "2020-02-19", sub=AIR)}),
    case("nearly-wounded-camp", "2019-08-22",
         "Nearly 20 people were wounded when regime rockets slammed into a displacement camp near Atmeh on Wednesday, "
         "a doctor at the camp said.",
         {"Atmeh": want(0, {19, 20}, "2019-08-21", sub=SHELL)}),
    case("some-and-a-dozen-added", "2019-05-15",
         "Some 30 rebel fighters and a dozen regime soldiers were killed in clashes on the outskirts of Kafr Nabuda in the "
         "northern Hama countryside on Monday, the Observatory said.",
         {"Kafr Nabuda": want(42, start="2019-05-13", sub=CL)}, absent=("Hama",)),
    case("dozens-wounded-no-deaths", "2019-05-15",
         "Dozens of civilians were wounded in regime barrel-bomb attacks on the town of Kafr Zita in the northern Hama "
         "countryside on Tuesday, rescuers said. No deaths were reported.",
         {"Kafr Zita": want(0, 12, "2019-05-14", sub=AIR)}),
    case("paramedics-killed-third-wounded", "2020-02-20",
         "Two paramedics were killed and a third was wounded when a Russian air strike hit their ambulance on the road "
         "between Maarat Misrin and Idlib city on Wednesday, the Syria Civil Defence said.",
         {"Maarat Misrin": want(2, 1, "2020-02-19", sub=AIR)}),
    case("white-helmets-double-tap", "2019-08-22",
         "Two White Helmets volunteers were killed in a 'double-tap' strike on the town of Hass in the southern Idlib "
         "countryside late on Tuesday, as they rushed to rescue the wounded from an earlier raid.",
         {"Hass": want(2, start="2019-08-20", sub=AIR)}, absent=("Idlib",)),
    case("family-of-five-overnight", "2019-08-22",
         "A family of five, including three children, was killed when regime shells hit their home in the village of "
         "Maar Shurin east of Maarat al-Numan overnight, local activists said.",
         {"Maar Shurin": want(5, sub=SHELL)}, absent=("Maarat al-Numan",)),
    case("last-friday-snhr-report", "2019-05-15",
         "The Syrian Network for Human Rights said in a report on Wednesday that regime helicopters dropped barrel bombs "
         "on the village of Kafr Sajna in the southern Idlib countryside last Friday, killing a woman and her two "
         "daughters.",
         {"Kafr Sajna": want(3, start="2019-05-10", prec=1, sub=AIR)}),
    case("early-hours-of-sunday", "2018-09-10",
         "Russian warplanes struck the town of Jisr al-Shughur in the early hours of Sunday, killing a child and "
         "wounding five other people, according to the Syrian Observatory for Human Rights.",
         {"Jisr al-Shughur": want(1, 5, "2018-09-09", prec=1, sub=AIR)}),
    case("thursday-night-mortars", "2018-09-10",
         "Two civilians were killed on Thursday night when mortar shells fired by rebels hit the town of Mhardeh in the "
         "northern Hama countryside, state news agency SANA reported.",
         {"Mhardeh": want(2, start="2018-09-06", sub=SHELL)}),
    case("earlier-this-week-capture", "2019-05-15",
         "Syrian government forces captured the village of Qalaat al-Madiq earlier this week after fierce battles with "
         "insurgents, state media said on Wednesday.",
         {"Qalaat al-Madiq": want(end="2019-05-14", prec=2, sub=GRT)}),
    case("yesterday-car-bomb-border", "2019-05-15",
         "Two people were killed yesterday when a car bomb exploded near a mosque in the town of Sarmada, close to the "
         "Turkish border, local sources said.",
         {"Sarmada": want(2, start="2019-05-14", sub=IED)}, absent=("Turkey",)),
    case("villages-listed-with-a-toll", "2019-05-15",
         "Regime and Russian air strikes on Tuesday killed 10 civilians in the villages of Kafr Oweid, Sufuhun and "
         "al-Bara in Jabal al-Zawiya, the Observatory said.",
         {"Kafr Oweid": want(start="2019-05-14", sub=AIR), "Sufuhun": want(start="2019-05-14", sub=AIR),
          "al-Bara": want(start="2019-05-14", sub=AIR)}, absent=("Jabal al-Zawiya",), total=10),
    case("car-bomb-killed-wounded-digits", "2020-02-20",
         "A car bomb killed 6 people and wounded 21 others in the centre of Azaz on Tuesday, Turkish officials and a "
         "monitor said.",
         {"Azaz": want(6, 21, "2020-02-18", sub=IED)}),
    case("more-than-and-also-died", "2019-05-15",
         "More than 25 soldiers and pro-government militiamen were killed in an insurgent attack on army positions near "
         "Tal Malah on Tuesday, and 17 jihadists also died in the fighting, the Observatory said.",
         {"Tal Malah": want(42, start="2019-05-14", sub=CL)}),
    case("word-number-market", "2019-08-22",
         "Thirteen civilians, including six children, were killed on Wednesday when regime warplanes struck a market in "
         "the town of Maarat al-Numan, according to the Syrian Civil Defence.",
         {"Maarat al-Numan": want(13, start="2019-08-21", sub=AIR)}),
    case("toll-climbed-next-sentence", "2020-01-28",
         "A Russian air strike hit a bakery in the town of Ariha on Monday, killing five people. By Tuesday morning the "
         "toll had climbed to eight after three of the wounded died in hospital, the Observatory said.",
         {"Ariha": want(8, start="2020-01-27", sub=AIR)}),
    case("raising-to-n-the-number", "2020-01-28",
         "Two more civilians died of their wounds on Tuesday, raising to 10 the number of people killed in regime shelling "
         "on the town of Sarmin on Sunday, a monitor said.",
         {"Sarmin": want(10, start="2020-01-26", sub=SHELL)}),
    case("elsewhere-sniper", "2019-05-15",
         "In the northern Hama countryside, regime artillery shelled Kafr Zita and Latamneh on Tuesday. Elsewhere, a "
         "civilian was killed by sniper fire in the town of Qalaat al-Madiq, according to the Observatory.",
         {"Kafr Zita": want(sub=SHELL, start="2019-05-14"), "Latamneh": want(sub=SHELL, start="2019-05-14"),
          "Qalaat al-Madiq": want(1, sub=ATT)}),
    case("paramedic-tuesday-evening", "2019-08-22",
         "A paramedic was killed and two of his colleagues were injured when a drone strike hit their ambulance on the "
         "outskirts of Khan Shaykhun on Tuesday evening, the rescue organisation said.",
         {"Khan Shaykhun": want(1, 2, "2019-08-20", sub=AIR)}),
    case("monitor-tally-by-place", "2019-05-15",
         "The Syrian Observatory documented the death of 9 civilians on Tuesday: 4 in Kafr Nabl, 3 in Heesh and 2 in "
         "Kansafra, all killed in Russian and regime air strikes in the southern Idlib countryside.",
         {"Kafr Nabl": want(4, start="2019-05-14"), "Heesh": want(3, start="2019-05-14"),
          "Kansafra": want(2, start="2019-05-14")}),
    case("suicide-car-bomb-at-least-dozens", "2020-02-20",
         "A suicide car bomb struck a checkpoint run by Turkish-backed rebels at the entrance of the town of al-Bab on "
         "Wednesday, killing at least nine people and wounding dozens, a war monitor said.",
         {"al-Bab": want(9, 12, "2020-02-19", sub=SUI)}),
    case("landmine-injured-only", "2019-05-15",
         "Four people, among them a child, were wounded on Monday when a landmine left behind by the Islamic State "
         "exploded in farmland near the town of Khanasir in the southern Aleppo countryside.",
         {"Khanasir": want(0, 4, "2019-05-13", sub=IED)}, absent=("Aleppo",)),
    case("both-sides-counterattack", "2019-06-06",
         "At least 44 fighters were killed on both sides as jihadists and allied rebels launched a counter-attack against "
         "government forces near Kafr Nabuda in the northern Hama countryside on Wednesday, the Observatory said.",
         {"Kafr Nabuda": want(44, start="2019-06-05", sub=CL)}),
    case("put-the-toll-at", "2019-05-15",
         "Regime shelling hit the town of Saraqeb on Monday. The Syrian Observatory for Human Rights put the death toll "
         "at seven, including three children.",
         {"Saraqeb": want(7, start="2019-05-13", sub=SHELL)}),
    case("turkish-artillery-rebel-held", "2020-02-20",
         "Turkish artillery pounded Syrian army positions near the rebel-held town of Saraqeb on Wednesday, killing at "
         "least five soldiers, Turkey's defence ministry said.",
         {"Saraqeb": want(5, start="2020-02-19", sub=SHELL)}),
    case("latakia-kabani-clashes", "2019-08-22",
         "Clashes between rebels and government forces in the Kabani area of the northern Latakia countryside killed 11 "
         "fighters from both sides on Wednesday, the Observatory said.",
         {"Kabani": want(11, start="2019-08-21", sub=CL)}, absent=("Latakia",)),
    case("region-only-jabal-al-akrad", "2019-08-22",
         "Russian warplanes struck rebel positions in the hills of Jabal al-Akrad in the Latakia countryside on Tuesday, "
         "killing four fighters of the Turkistan Islamic Party.",
         {"Jabal al-Akrad": want(4, start="2019-08-20", sub=AIR)}),
    case("man-and-his-son", "2019-05-15",
         "Regime shelling on the town of Atarib in the western Aleppo countryside killed a man and his son on Monday, "
         "the Observatory said.",
         {"Atarib": want(2, start="2019-05-13", sub=SHELL)}, absent=("Aleppo",)),
    case("un-displacement-background", "2020-02-20",
         "The United Nations says nearly 900,000 people have fled the offensive since December. On Wednesday, air "
         "strikes killed five civilians in the town of Binnish, according to the White Helmets.",
         {"Binnish": want(5, start="2020-02-19", sub=AIR)}),
    case("toll-rose-dead-and-wounded", "2019-05-15",
         "The toll from Tuesday's car bomb in Jisr al-Shughur rose to eight dead and 30 wounded, the town's local "
         "council said on Wednesday.",
         {"Jisr al-Shughur": want(8, 30, "2019-05-14", sub=IED)}),
    case("two-days-two-villages", "2018-09-10",
         "Russian jets struck the village of al-Habit on Saturday, killing three civilians, and returned on Sunday to hit "
         "Abdeen, where a woman was killed, the Observatory said.",
         {"al-Habit": want(3, start="2018-09-08", sub=AIR), "Abdeen": want(1, start="2018-09-09", sub=AIR)}),
    case("injured-at-least-then-killed", "2019-08-22",
         "A barrel bomb dropped by a helicopter on the town of Kafr Sajna injured at least seven people on Wednesday and "
         "killed one child, local activists said.",
         {"Kafr Sajna": want(1, 7, "2019-08-21", sub=AIR)}),
    case("martyrs-and-injured", "2019-05-15",
         "Regime shelling on the town of Kafr Nabl on Tuesday left 4 martyrs and 9 injured, the local coordination "
         "committee said.",
         {"Kafr Nabl": want(4, 9, "2019-05-14", sub=SHELL)}),
    case("two-dozen-wounded", "2019-06-06",
         "Rebel rocket fire on the Christian town of Suqaylabiyah in the Hama countryside wounded two dozen civilians on "
         "Wednesday, state media said.",
         {"Suqaylabiyah": want(0, 24, "2019-06-05", sub=SHELL)}),
    case("friday-night-into-saturday", "2018-09-10",
         "Russian warplanes pounded the outskirts of Jisr al-Shughur late on Friday and early on Saturday, killing two "
         "rebel fighters, a monitor said.",
         {"Jisr al-Shughur": want(2, start="2018-09-07", end="2018-09-08", prec=2, sub=AIR)}),
    case("since-sunday-three-days", "2019-05-15",
         "Government forces have pounded the town of Kafr Nabl for three days, killing at least 14 civilians since "
         "Sunday, the Observatory said.",
         {"Kafr Nabl": want(14, start="2019-05-12", end="2019-05-15", prec=2)}),
    case("reuters-dateline-saturday", "2018-09-09",
         "AMMAN, Sept 9 (Reuters) - Syrian government helicopters dropped barrel bombs on the town of Latamneh on "
         "Saturday, killing three people, rebels said.",
         {"Latamneh": want(3, start="2018-09-08", prec=1, sub=AIR)}),
    case("headline-and-body-one-event", "2019-05-14",
         "Syria: 12 dead in air strikes on Idlib's Maarat al-Numan\nAt least 12 civilians were killed on Monday when "
         "warplanes struck a market in Maarat al-Numan, rescuers said.",
         {"Maarat al-Numan": want(12, start="2019-05-13", sub=AIR)}),
    case("council-member-sunday-night", "2019-05-15",
         "Unknown gunmen shot dead a member of the local council in the town of Darat Izza in the western Aleppo "
         "countryside on Sunday night, Enab Baladi reported.",
         {"Darat Izza": want(1, start="2019-05-12", sub=ATT)}),
    case("bodies-found-days-after", "2019-05-15",
         "The bodies of three young men were found on the outskirts of Atarib on Tuesday morning, two days after they "
         "were abducted by unknown gunmen, activists said.",
         {"Atarib": want(3, start="2019-05-14", sub=ATT)}),
    case("doctor-abducted-border", "2019-05-15",
         "Gunmen abducted a doctor from his clinic in the town of Sarmada near the Turkish border on Monday, his family "
         "told Syria Direct.",
         {"Sarmada": want({0, None}, start="2019-05-13", sub="Abduction/forced disappearance")}, absent=("Turkey",)),
    case("drone-downed-hmeimim", "2019-08-22",
         "Russian air defences shot down a drone launched by jihadists near the Hmeimim air base in Latakia province on "
         "Sunday, the Russian defence ministry said.",
         {"Hmeimim": want({0, None}, start="2019-08-18", sub="Disrupted weapons use")}),
    case("protest-last-friday", "2019-05-15",
         "Hundreds of people took to the streets of Maarat al-Numan last Friday to protest against the Russian-backed "
         "offensive, activists said.",
         {"Maarat al-Numan": want({0, None}, start="2019-05-10", sub="Peaceful protest")}),
    case("capture-with-both-sides-toll", "2019-05-15",
         "Government forces seized the village of Kafr Nabuda in the northern Hama countryside on Tuesday after clashes "
         "that killed 22 soldiers and 35 rebels, the Observatory said.",
         {"Kafr Nabuda": want(57, start="2019-05-14", sub=GRT)}),
    case("children-and-women-mixed-forms", "2019-08-22",
         "Regime air strikes on the village of Maar Shurin killed 3 children and two women on Wednesday, the White Helmets "
         "said.",
         {"Maar Shurin": want(5, start="2019-08-21", sub=AIR)}),
    case("including-is-not-added", "2020-02-20",
         "At least three people, including a child, were killed when Russian jets struck a bakery in the town of Darat "
         "Izza on Tuesday, rescuers said.",
         {"Darat Izza": want(3, start="2020-02-18", sub=AIR)}),
    case("idlib-city-industrial-zone", "2020-02-20",
         "Seven people were killed and 12 others injured in an air strike on Idlib city's industrial zone on Thursday, the "
         "civil defence said.",
         {"Idlib": want(7, 12, "2020-02-20", sub=AIR)}),
    case("woman-here-man-there", "2019-05-15",
         "Regime shelling killed a woman in Kafr Takharim and a man in Salqin on Tuesday, local activists said.",
         {"Kafr Takharim": want(1, start="2019-05-14", sub=SHELL), "Salqin": want(1, start="2019-05-14", sub=SHELL)}),
    case("mine-and-roadside-bomb", "2019-05-15",
         "A landmine went off near Binnish, injuring three shepherds, while a roadside bomb exploded in Sarmin on Monday, "
         "killing a rebel fighter.",
         {"Binnish": want(0, 3, sub=IED), "Sarmin": want(1, {0, None}, "2019-05-13", sub=IED)}),
    case("list-of-towns-one-toll", "2019-05-15",
         "Air strikes killed at least 18 people in the towns of Maarat al-Numan and Kafr Nabl on Tuesday, the Observatory "
         "said.",
         {"Maarat al-Numan": want(start="2019-05-14", sub=AIR), "Kafr Nabl": want(start="2019-05-14", sub=AIR)}, total=18),
    case("past-24-hours-sohr", "2019-05-15",
         "Russian and regime warplanes carried out dozens of air strikes on the town of Khan Shaykhun in the past 24 "
         "hours, killing six civilians, SOHR said.",
         {"Khan Shaykhun": want(6, start="2019-05-14", end="2019-05-15", prec=2, sub=AIR)}),
    case("last-year-same-market-background", "2019-05-15",
         "Air strikes killed six people at a market in Maarat al-Numan on Monday. In July last year, a strike on the same "
         "market killed 40 people.",
         {"Maarat al-Numan": want(6, start="2019-05-13", sub=AIR)}),
    case("dawn-on-saturday-at-least-eight", "2018-09-10",
         "At least eight people were killed at dawn on Saturday when government helicopters dropped barrel bombs on the "
         "village of al-Tamanah, a rescue worker told AFP.",
         {"al-Tamanah": want(8, start="2018-09-08", sub=AIR)}),
    case("sohr-cumulative-and-new", "2019-08-22",
         "The Observatory said Russian strikes killed four civilians in Maarat al-Numan on Wednesday, bringing to 520 the "
         "number of civilians killed since the escalation began on April 30.",
         {"Maarat al-Numan": want(4, start="2019-08-21", sub=AIR)}),
    case("attack-killed-soldiers-a-number-of", "2019-08-22",
         "Jihadists attacked army positions near Tal Malah on Tuesday, killing a number of soldiers, the Observatory "
         "said.",
         {"Tal Malah": want(10, start="2019-08-20", sub=CL)}),
]


def _pick(incidents, place, fields):
    at = [i for i in incidents if (i["location_mention"] or "").lower() == place.lower()]
    assert at, f"no incident at {place}: {[(i['location_mention'], i['fatalities']) for i in incidents]}"
    dated = [i for i in at if str(i["date_start"]) == fields.get("date_start")]
    return (dated or at)[0]


def _same(expected, got) -> bool:
    if isinstance(expected, set):
        return got in expected
    return (str(got) if isinstance(expected, str) and not isinstance(got, str) else got) == expected


@pytest.mark.parametrize("published,text,wants,absent,total", CASES)
def test_wire_paragraph(published, text, wants, absent, total):
    check(published, text, wants, absent, total)


def check(published, text, wants, absent=(), total=None) -> None:
    """Assert the fields ``wants`` of the incidents of ``text`` (see :func:`case`)."""
    incidents = process(Document(text, published=published)).incidents
    wrong = []
    for place, fields in wants.items():
        inc = _pick(incidents, place, fields)
        wrong += [f"{place}.{k}: {inc[k]!r} != {v!r}" for k, v in fields.items() if not _same(v, inc[k])]
    names = {(i["location_mention"] or "").lower() for i in incidents}
    wrong += [f"{p} is an incident" for p in absent if p.lower() in names]
    if total is not None:
        got = sum(i["fatalities"] or 0 for i in incidents if i["location_mention"] in wants)
        wrong += [f"total {got} != {total}"] if got != total else []
    assert not wrong, "; ".join(wrong)
