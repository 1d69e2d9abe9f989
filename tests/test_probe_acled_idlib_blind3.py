"""Blind probes of ACLED event notes about the Idlib region, 2017-2024 (set three), one test per field.

Sixty notes written for this test in ACLED's voice and its variants across years (a leading
"Fatalities: N." line, "[size=no report]", "resulting in N fatalities", "No casualties
reported.", "Property damage reported.", "Injuries reported."), with the coded group names ACLED
uses (HTS, NLF, JWS, SNA, Hurras al-Din, the TIP, Ansar al-Tawhid, SAA, Tiger Forces/25th Division,
Liwa al-Quds, Iranian-backed militias) and ACLED's location phrasing ("in X (Admin2, Idleb)",
"near X", "the outskirts of X", "X countryside").  Each note's gold was coded by hand: the place
(``location_mention`` of the incident asserted), the event day(s) and ACLED's time precision,
fatalities (0 when none reported; both sides summed in clashes), sub-event type and the side of
actor1 (the perpetrator).  The six fields are separate tests so a field's score reads off pytest.

First run, before any fix (60 notes): place 57/60, date 57/60, time precision 56/60, fatalities
49/60, sub-event type 52/60, actor1 side 52/60.  After the fixes ("Fatalities: N." line, beatings,
events prepared for): place 58, date 58, time precision 57, fatalities 58, sub-event type 54,
actor1 side 53.  What still fails is a strict xfail in ``XFAIL`` with its reason (a convention the
earlier probes assert, an arguable gold, or a rule not written yet).
"""
from __future__ import annotations

from datetime import date

import pytest

from geoincidents import Document
from geoincidents.pipeline import process
from probe_match import actor_side

GOV, OPP, TUR, UAG, CIV, PROT = "Syrian government", "opposition", "Turkey", "UAG", "Civilians", "Protesters"
AIR, SHELL, IED, CL = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Armed clash"
GRT, NSO, CHG, HQ = "Government regains territory", "Non-state actor overtakes territory", "Change to group/activity", "Headquarters or base established"
DWU, ATT, ABD, ARR = "Disrupted weapons use", "Attack", "Abduction/forced disappearance", "Arrests"
PP, PPI, RIOT, LOOT = "Peaceful protest", "Protest with intervention", "Violent demonstration", "Looting/property destruction"
GREN, SUI, AGR = "Grenade", "Suicide bomb", "Agreement"

# note, place, (first day, last day), time precision, fatalities, sub-event type, actor1 side
NOTES = [
    ("On 12 March 2021, regime forces shelled the vicinity of Kansafra in Jabal al-Zawiya. No casualties reported.",
     "Kansafra", ("2021-03-12", "2021-03-12"), 1, 0, SHELL, GOV),
    ("On 4 January 2018, Russian warplanes conducted airstrikes on Sarmin (Idleb, Idleb). Fatalities: 5.",
     "Sarmin", ("2018-01-04", "2018-01-04"), 1, 5, AIR, GOV),
    ("On 19 February 2020, SAA artillery shelled Taftanaz, resulting in 2 fatalities.",
     "Taftanaz", ("2020-02-19", "2020-02-19"), 1, 2, SHELL, GOV),
    ("Fatalities: 0. On 8 October 2022, a Russian drone strike hit a poultry farm near Qah (Harim, Idleb). Property damage reported.",
     "Qah", ("2022-10-08", "2022-10-08"), 1, 0, AIR, GOV),
    ("On 25 August 2023, Russian forces struck a market in Jisr al-Shughur, killing 9 civilians. Injuries reported.",
     "Jisr al-Shughur", ("2023-08-25", "2023-08-25"), 1, 9, AIR, GOV),
    ("On 6 May 2017, regime helicopters dropped barrel bombs on Kafr Zita in the northern Hama countryside. [size=no report]",
     "Kafr Zita", ("2017-05-06", "2017-05-06"), 1, 0, AIR, GOV),
    ("On 14 November 2023, a Turkish drone targeted a vehicle of Liwa al-Quds near Hader (Jebel Saman, Aleppo). Fatalities: 3.",
     "Hader", ("2023-11-14", "2023-11-14"), 1, 3, AIR, TUR),
    ("On 2 December 2024, HTS and allied factions shelled SAA positions in Mhardeh (Mhardeh, Hama) with rockets. No fatalities reported.",
     "Mhardeh", ("2024-12-02", "2024-12-02"), 1, 0, SHELL, OPP),
    ("On 30 April 2019, NLF fighters fired Grad rockets at regime positions in Suqaylabiyah. 1 SAA soldier was killed.",
     "Suqaylabiyah", ("2019-04-30", "2019-04-30"), 1, 1, SHELL, OPP),
    ("On 17 June 2021, Iranian-backed militias shelled Fleifel with heavy artillery, resulting in 4 fatalities including 2 children.",
     "Fleifel", ("2021-06-17", "2021-06-17"), 1, 4, SHELL, GOV),
    ("Between 3 and 5 February 2020, Russian warplanes struck the outskirts of Binnish several times. Fatalities: 7.",
     "Binnish", ("2020-02-03", "2020-02-05"), 2, 7, AIR, GOV),
    ("On 21 September 2022, regime forces targeted Kafr Takharim with Krasnopol guided shells. [size=no report]. No casualties reported.",
     "Kafr Takharim", ("2022-09-21", "2022-09-21"), 1, 0, SHELL, GOV),
    # --- armed clashes (both sides summed)
    ("On 9 January 2020, HTS fighters clashed with SAA and Tiger Forces/25th Division near Abu al-Duhur. 6 SAA soldiers and 4 HTS fighters were killed.",
     "Abu al-Duhur", ("2020-01-09", "2020-01-09"), 1, 10, CL, GOV),
    ("On 28 July 2018, Hurras al-Din fighters attacked SAA positions in the outskirts of Jurin (Al-Ghab, Hama). Fatalities: 8.",
     "Jurin", ("2018-07-28", "2018-07-28"), 1, 8, CL, OPP),
    ("On 15 March 2022, clashes erupted between Ansar al-Tawhid and regime forces on the Mintar front near Ariha, resulting in 3 fatalities.",
     "Ariha", ("2022-03-15", "2022-03-15"), 1, 3, CL, OPP),
    ("On 3 October 2017, Turkistan Islamic Party fighters clashed with SAA in Kabani (Jisr Ash-Shugur, Idleb). No casualties reported.",
     "Kabani", ("2017-10-03", "2017-10-03"), 1, 0, CL, OPP),
    ("On 20 May 2023, SNA and HTS fighters clashed in Daret Azza in the western Aleppo countryside, killing 2 HTS members and 1 SNA fighter.",
     "Daret Azza", ("2023-05-20", "2023-05-20"), 1, 3, CL, TUR),
    ("On 11 January 2021, HTS snipers exchanged fire with regime forces on the outskirts of Maarrat al-Nasan. Fatalities: 1.",
     "Maarrat al-Nasan", ("2021-01-11", "2021-01-11"), 1, 1, CL, OPP),
    ("On 26 November 2024, HTS-led factions attacked SAA positions in Anjara in the western Aleppo countryside. 12 SAA soldiers and 5 fighters were killed.",
     "Anjara", ("2024-11-26", "2024-11-26"), 1, 17, CL, OPP),
    ("On 14 August 2019, Jaysh al-Izza fighters ambushed a regime group near al-Lataminah, resulting in 5 fatalities.",
     "al-Lataminah", ("2019-08-14", "2019-08-14"), 1, 5, CL, OPP),
    # --- territory
    ("On 21 August 2019, SAA and Tiger Forces/25th Division regained control of Khan Shaykhun (Ma'arrat An Nu'man, Idleb) after HTS withdrew.",
     "Khan Shaykhun", ("2019-08-21", "2019-08-21"), 1, 0, GRT, GOV),
    ("On 29 January 2020, regime forces took control of Maarrat al-Numan after clashes with NLF fighters. [size=no report]",
     "Maarrat al-Numan", ("2020-01-29", "2020-01-29"), 1, 0, GRT, GOV),
    ("On 27 February 2020, NLF and HTS fighters recaptured Saraqeb from regime forces. Fatalities: 4.",
     "Saraqeb", ("2020-02-27", "2020-02-27"), 1, 4, NSO, OPP),
    ("On 30 November 2024, HTS-led factions seized the town of Suqaylabiyah from SAA. No casualties reported.",
     "Suqaylabiyah", ("2024-11-30", "2024-11-30"), 1, 0, NSO, OPP),
    ("On 9 February 2018, HTS took over Kafr Nabl after Ahrar al-Sham fighters withdrew from the town.",
     "Kafr Nabl", ("2018-02-09", "2018-02-09"), 1, 0, NSO, OPP),
    # --- attacks on civilians, abductions
    ("On 5 July 2022, unidentified gunmen shot dead a civilian in Sarmada (Harim, Idleb).",
     "Sarmada", ("2022-07-05", "2022-07-05"), 1, 1, ATT, UAG),
    ("On 13 April 2021, HTS members beat a shop owner in Salqin. Injuries reported.",
     "Salqin", ("2021-04-13", "2021-04-13"), 1, 0, ATT, OPP),
    ("On 22 October 2017, unidentified gunmen kidnapped a doctor near Atarib. [size=no report]",
     "Atarib", ("2017-10-22", "2017-10-22"), 1, 0, ABD, UAG),
    ("On 7 March 2023, an SAA sniper shot a farmer working his land on the outskirts of Qastun. Fatalities: 1.",
     "Qastun", ("2023-03-07", "2023-03-07"), 1, 1, ATT, GOV),
    ("On 18 June 2024, Turkish border guards shot and killed 2 civilians trying to cross the border near Darkush.",
     "Darkush", ("2024-06-18", "2024-06-18"), 1, 2, ATT, TUR),
    ("On 2 September 2020, Hurras al-Din members abducted a media activist in Armanaz. His fate remains unknown.",
     "Armanaz", ("2020-09-02", "2020-09-02"), 1, 0, ABD, OPP),
    # --- explosives
    ("On 10 December 2021, an IED planted in a car exploded in Azaz city, resulting in 4 fatalities.",
     "Azaz", ("2021-12-10", "2021-12-10"), 1, 4, IED, UAG),
    ("On 16 April 2022, a landmine left over from the war exploded near Maar Shurin, killing a shepherd.",
     "Maar Shurin", ("2022-04-16", "2022-04-16"), 1, 1, IED, UAG),
    ("On 1 February 2019, two car bombs exploded near the HTS-run Salvation Government building in Idleb city. Fatalities: 11.",
     "Idleb", ("2019-02-01", "2019-02-01"), 1, 11, IED, UAG),
    ("On 23 May 2018, an unidentified person threw a grenade at a house in Maarrat Misrin. Injuries reported.",
     "Maarrat Misrin", ("2018-05-23", "2018-05-23"), 1, 0, GREN, UAG),
    ("On 4 August 2017, a suicide bomber blew himself up at an Ahrar al-Sham checkpoint in Salqin, resulting in 3 fatalities.",
     "Salqin", ("2017-08-04", "2017-08-04"), 1, 3, SUI, UAG),
    ("On 30 March 2024, an explosive device attached to a motorcycle exploded in Jindires (Afrin, Aleppo). No casualties reported.",
     "Jindires", ("2024-03-30", "2024-03-30"), 1, 0, IED, UAG),
    # --- disrupted weapons use
    ("On 6 September 2021, HTS downed a Russian reconnaissance drone over Kafr Lata. No casualties reported.",
     "Kafr Lata", ("2021-09-06", "2021-09-06"), 1, 0, DWU, OPP),
    ("On 12 July 2023, SAA air defences intercepted 3 suicide drones launched towards Jurin. [size=no report]",
     "Jurin", ("2023-07-12", "2023-07-12"), 1, 0, DWU, GOV),
    ("On 19 April 2022, regime forces defused an IED on the road near Khan al-Asal.",
     "Khan al-Asal", ("2022-04-19", "2022-04-19"), 1, 0, DWU, GOV),
    # --- protests and riots
    ("On 8 March 2024, hundreds of people demonstrated in Idleb city demanding the release of detainees held by HTS and the ouster of its leader.",
     "Idleb", ("2024-03-08", "2024-03-08"), 1, 0, PP, PROT),
    ("On 15 May 2024, HTS members dispersed a protest in Binnish by firing into the air and arrested several protesters.",
     "Binnish", ("2024-05-15", "2024-05-15"), 1, 0, PPI, PROT),
    ("On 1 November 2019, residents of Kafr Takharim held a protest against the taxes imposed by the Salvation Government. [size=no report]",
     "Kafr Takharim", ("2019-11-01", "2019-11-01"), 1, 0, PP, PROT),
    ("On 2 July 2024, rioters burned Turkish trucks and attacked a Turkish military post in Afrin following attacks on Syrians in Kayseri.",
     "Afrin", ("2024-07-02", "2024-07-02"), 1, 0, RIOT, "Rioters"),
    ("On 20 February 2018, a group of angry residents stormed the local council building in Atarib and set it on fire.",
     "Atarib", ("2018-02-20", "2018-02-20"), 1, 0, RIOT, "Rioters"),
    # --- arrests, looting
    ("On 27 January 2023, HTS security arrested 3 people accused of belonging to ISIS in Harim (Harim, Idleb).",
     "Harim", ("2023-01-27", "2023-01-27"), 1, 0, ARR, OPP),
    ("On 9 June 2021, Turkish forces arrested 4 members of the SNA in Afrin on charges of smuggling.",
     "Afrin", ("2021-06-09", "2021-06-09"), 1, 0, ARR, TUR),
    ("On 24 February 2020, regime forces and Iranian-backed militias looted the houses of residents of Kafr Nabl.",
     "Kafr Nabl", ("2020-02-24", "2020-02-24"), 1, 0, LOOT, GOV),
    ("On 4 April 2019, SNA fighters seized the olive harvest of civilians in Jindires. No casualties reported.",
     "Jindires", ("2019-04-04", "2019-04-04"), 1, 0, LOOT, TUR),
    # --- strategic developments
    ("On 10 March 2021, Russian and Turkish forces conducted a joint patrol on the M4 highway between Saraqeb and Ariha.",
     "Saraqeb", ("2021-03-10", "2021-03-10"), 1, 0, CHG, GOV),
    ("On 22 January 2022, Turkish forces sent reinforcements of 40 vehicles to their posts in Jabal al-Zawiya.",
     "Jabal al-Zawiya", ("2022-01-22", "2022-01-22"), 1, 0, CHG, TUR),
    ("On 17 October 2018, Turkish forces established a new observation point in Sheikh Sinan near Idleb city.",
     "Idleb", ("2018-10-17", "2018-10-17"), 1, 0, HQ, TUR),
    ("On 5 March 2020, Russia and Turkey agreed on a ceasefire in Idleb governorate, taking effect at midnight.",
     "Idleb", ("2020-03-05", "2020-03-05"), 1, 0, AGR, GOV),
    ("On 11 December 2017, the Tiger Forces/25th Division sent reinforcements to the front near Abu al-Duhur in preparation for an offensive.",
     "Abu al-Duhur", ("2017-12-11", "2017-12-11"), 1, 0, CHG, GOV),
    ("On 14 May 2019, HTS and NLF agreed to form a joint operations room in Kafr Nabl.",
     "Kafr Nabl", ("2019-05-14", "2019-05-14"), 1, 0, AGR, OPP),
    # --- time precision variants
    ("In the week of 4 July 2021, regime forces shelled Bara with artillery several times. Fatalities: 0.",
     "Bara", ("2021-07-04", "2021-07-10"), 2, 0, SHELL, GOV),
    ("During March 2018, SNA fighters looted houses in Afrin city after its capture. [size=no report]",
     "Afrin", ("2018-03-01", "2018-03-31"), 3, 0, LOOT, TUR),
    ("Between 20 and 22 October 2024, Russian drone strikes targeted Darkush and its surroundings, resulting in 2 fatalities.",
     "Darkush", ("2024-10-20", "2024-10-22"), 2, 2, AIR, GOV),
    ("On or around 3 June 2023, an IED exploded near a vehicle of HTS in Taftanaz, injuring 2 HTS members.",
     "Taftanaz", ("2023-06-03", "2023-06-03"), 1, 0, IED, UAG),
    ("On 28 September 2017, Russian warplanes targeted Kafr Takharim and Armanaz, killing 6 civilians in Kafr Takharim.",
     "Kafr Takharim", ("2017-09-28", "2017-09-28"), 1, 6, AIR, GOV),
]

_MINTAR = "place: 'on the Mintar front near Ariha' takes Mintar (a village of Idleb in the gazetteer); the gold's Ariha is arguable"
_AGREE = ("events (not written): an agreement between two non-state groups ('agreed to form a joint operations room') "
          "makes no incident")
_CLASH = ("convention: in clashes the library puts the state side first, as ACLED's Syria data does and the earlier "
          "probes assert; this gold put the attacker first")
_RIOT = "codebook: rioters attacking a post or storming a building: Mob violence here, Violent demonstration in the gold"
# (field, note index) -> why it fails
XFAIL = {
    **{(f, 14): _MINTAR for f in ("place", "date", "time_precision", "fatalities", "sub_event_type", "actor1_side")},
    **{(f, 54): _AGREE for f in ("place", "date", "time_precision", "fatalities", "sub_event_type", "actor1_side")},
    **{("actor1_side", i): _CLASH for i in (13, 15, 17, 18, 19)},
    ("time_precision", 58): "gold arguable: 'on or around' a day is precision 2 here (ACLED codes it so too); the gold said 1",
    ("sub_event_type", 4): "events (not written): 'Russian forces struck a market' names no weapon; no rule infers an air strike from the actor",
    ("sub_event_type", 43): _RIOT,
    ("sub_event_type", 44): _RIOT,
    ("sub_event_type", 45): ("convention: arrests by a non-state group (HTS) are Abduction/forced disappearance here, as the "
                             "earlier probes assert; ACLED codes those of a group governing the area as Arrests"),
}



_CACHE: dict[str, dict | None] = {}


def _incident(text: str, place: str) -> dict | None:
    """The first incident at ``place`` (published three days after the note's first day)."""
    key = text + "\0" + place
    if key not in _CACHE:
        first = next(n[2][0] for n in NOTES if n[0] == text)
        pub = date.fromordinal(date.fromisoformat(first).toordinal() + 3).isoformat()
        incs = process(Document(text, published=pub)).incidents
        at = [i for i in incs if (i["location_mention"] or "").lower() == place.lower()]
        _CACHE[key] = at[0] if at else None
    return _CACHE[key]


IDS = [f"{i:02d}-{n[5].split('/')[0][:12]}-{n[1]}" for i, n in enumerate(NOTES)]


def _params(field: str) -> list:
    """The notes as parameters of the test of ``field``, with the strict xfails of that field."""
    out = []
    for i, (note, id_) in enumerate(zip(NOTES, IDS)):
        reason = XFAIL.get((field, i))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(note, id=id_, marks=marks))
    return out


@pytest.mark.parametrize("note", _params("place"))
def test_place(note):
    assert _incident(note[0], note[1]) is not None


@pytest.mark.parametrize("note", _params("date"))
def test_date(note):
    inc = _incident(note[0], note[1])
    assert inc is not None
    got = tuple(str(inc[k])[:10] for k in ("date_start", "date_end"))
    assert got == note[2]


@pytest.mark.parametrize("note", _params("time_precision"))
def test_time_precision(note):
    inc = _incident(note[0], note[1])
    assert inc is not None and inc["time_precision"] == note[3]


@pytest.mark.parametrize("note", _params("fatalities"))
def test_fatalities(note):
    inc = _incident(note[0], note[1])
    assert inc is not None and (inc["fatalities"] or 0) == note[4]


@pytest.mark.parametrize("note", _params("sub_event_type"))
def test_sub_event_type(note):
    inc = _incident(note[0], note[1])
    assert inc is not None and inc["sub_event_type"] == note[5]


@pytest.mark.parametrize("note", _params("actor1_side"))
def test_actor1_side(note):
    inc = _incident(note[0], note[1])
    assert inc is not None and actor_side(inc["actor1"]) == note[6]


def test_sixty_notes_every_type():
    assert len(NOTES) == 60
    assert {AIR, SHELL, IED, CL, GRT, NSO, ATT, ABD, GREN, SUI, DWU, PP, PPI, RIOT, ARR, LOOT, CHG, HQ, AGR} <= {n[5] for n in NOTES}
