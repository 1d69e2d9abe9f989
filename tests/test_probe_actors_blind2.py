"""Blind probes of who did it to whom, sets four to six (see ``test_probe_actors_blind.py``).

Each set was written before the rules its failures led to; its first-run score is in its heading.
"""
from __future__ import annotations

import pytest

from test_probe_actors_blind import (ANY, CIV, EVENT, GOV, HAD, HTS, IZZA, PLACE, PROT, REB, RUS, TBR, TIP, TUR, UAG,
                                     case, check)

CASES = [
    # --- fourth set, written blind after the third was fixed: 25/30 on its first run (2 of the failures were a
    # wildcard the checker did not know).  Fixed as rules: "struck 200 regime targets" (a count before a target),
    # "the factions of the NLF" (a group noun of a named actor is that actor).
    case("A commander from the ranks of Ahrar al-Sham was killed when a bomb planted in his car exploded in "
         "Ariha.", "Ariha", UAG, "Ahrar al-Sham"),
    case("HTS said its fighters had killed 12 regime soldiers in an attack on the village of Kafr Nabuda.",
         "Kafr Nabuda", HTS, GOV, either=True),
    case("An attack carried out by the Turkistan Islamic Party on regime positions in Jurin left 5 soldiers dead.",
         "Jurin", TIP, GOV, either=True),
    case("The regime's Military Security arrested a young man at a checkpoint in Morek.", "Morek", GOV, CIV),
    case("The Turkish army responded by shelling the positions of the regime forces in Saraqeb.", "Saraqeb", TUR, GOV),
    case("Rockets fired by regime forces hit a displacement camp near Atmeh, killing a child.", "Atmeh", GOV, CIV),
    case("Turkey's defence ministry said it had struck 200 regime targets near Saraqeb after the attack.", "Saraqeb",
         TUR, GOV),
    case("A Russian warplane targeted a poultry farm in the vicinity of Kafr Takharim; no casualties.",
         "Kafr Takharim", RUS, None),
    case("Fighters loyal to Hurras al-Din opened fire on an HTS patrol in Sarmada.", "Sarmada", HAD, HTS),
    case("An HTS commander was shot dead by unknown assailants in Atarib.", "Atarib", UAG, HTS),
    case("The victims of the regime bombardment on Ma'arat Misrin included three children.", "Ma'arat Misrin", GOV,
         CIV),
    case("The Syrian Salvation Government's police arrested a pharmacist in Idlib city.", "Idlib", None, CIV),
    # (blind: any actor1.  ACLED names the police of the Salvation Government apart from HTS, and their arrests are
    # Arrests, not abductions; the library has no actor for them, and naming them HTS would make them an abduction)
    case("Regime helicopters dropped barrel bombs on al-Bara, where NLF fighters are stationed.", "al-Bara", GOV,
         {REB, None}),
    case("A shepherd was killed by a landmine left over from the fighting near Khan Shaykhun.", "Khan Shaykhun", UAG,
         CIV),
    case("Two fighters of Jaysh al-Izza were wounded when the regime forces targeted their position in Kafr Zita "
         "with a guided missile.", "Kafr Zita", GOV, IZZA),
    case("The factions bombarded the positions of the Russian forces and the regime forces in Kafr Nabl.",
         "Kafr Nabl", REB, {RUS, GOV}),
    case("HTS and the factions of the NLF repelled an attempt by regime forces to advance towards Kabani.",
         "Kabani", GOV, {HTS, REB}),
    case("Turkish military reinforcements entered Idlib through the Kafr Lusin crossing.", "Kafr Lusin", TUR, None,
         xfail=PLACE.format("Kafr Lusin")),
    case("SNHR documented the arrest of a journalist by HTS in Sarmada.", "Sarmada", HTS, CIV),
    case("A car bomb exploded near a headquarters of the Hamza Division in al-Bab, killing 4 fighters of the "
         "division.", "al-Bab", UAG, "Hamza Division"),
    case("Syrian government forces said they had downed two drones that militants launched towards Hmeimim "
         "from Idlib.", "Hmeimim", GOV, ANY),
    case("A Russian military police patrol was attacked with an explosive device near Tal Tamr.", "Tal Tamr", UAG, RUS),
    case("Members of HTS's Hisba stormed a shop in Idlib city and arrested its owner.", "Idlib", HTS, CIV),
    case("Kurdish fighters ambushed Turkish-backed forces near Marea, killing 6 of them.", "Marea", "YPG", TBR),
    case("Protesters in Atarib demanded the withdrawal of HTS from the town.", "Atarib", PROT, None),
    case("On 5 March 2020, regime forces targeted a vehicle belonging to HTS with an ATGM near Kafr Nabl. 2 HTS "
         "fighters were killed.", "Kafr Nabl", GOV, HTS),
    case("On 5 March 2020, an IED exploded in a car belonging to a member of the Sham Legion in Sarmada, wounding him.",
         "Sarmada", UAG, "Sham Legion"),
    case("On 5 March 2020, unidentified gunmen kidnapped a child in Maarat Misrin and demanded a ransom from his "
         "family.", "Maarat Misrin", UAG, CIV),
    case("On 5 March 2020, Turkey-backed factions and HTS exchanged fire near Atarib. No fatalities were reported.",
         "Atarib", TBR, HTS),
    case("On 5 March 2020, an Israeli strike hit an Iranian militia base near Masyaf, killing 5 Iranian fighters.",
         "Masyaf", "Israel", "Iran"),
    # --- fifth set, written blind after the fourth was fixed: 23/30 on its first run, 5 of the 7 failures without
    # an incident (events, places).  Fixed as rules: "crashed after being hit by" (the weapon's side is the target),
    # "X and their allies from the Iranian militias" (one side, the state first).
    case("HTS announced the death of three of its fighters in regime shelling on the Kabana front.", "Kabana", GOV,
         HTS),
    case("The Tiger Forces lost 11 soldiers in an ambush by the Turkistan Islamic Party near Kabani.", "Kabani", TIP,
         GOV, either=True),
    case("An HTS convoy came under fire from regime positions near Kafr Nabl.", "Kafr Nabl", GOV, HTS, either=True,
         xfail=EVENT.format("came under fire from")),
    case("Two Iranian militia drones were shot down by the factions over Saraqeb.", "Saraqeb", REB, "Iran"),
    case("The Nusra Front executed two men accused of blasphemy in Jisr al-Shughur.", "Jisr al-Shughur", HTS, CIV),
    case("Regime troops backed by Iranian militias stormed the village of Tal Malah after heavy fighting with the "
         "NFL.", "Tal Malah", GOV, REB),
    case("Al-Qaeda's Syria branch Hurras al-Din claimed responsibility for an attack on Russian forces near "
         "Jurin.", "Jurin", HAD, RUS, either=True),
    case("Turkey-backed factions looted houses of displaced Kurds in Jindires.", "Jindires", TBR, CIV),
    case("The Russian air force carried out 12 raids on the Jabal al-Zawiya villages of Kansafra and al-Bara.",
         "Kansafra", RUS, None),
    case("A woman and her child were killed by shrapnel of a Russian missile that hit their house in Ariha.", "Ariha",
         RUS, CIV),
    case("Jaysh al-Izza's artillery shelled regime gatherings in Kafr Nabuda.", "Kafr Nabuda", IZZA, GOV),
    case("SOHR activists reported that a man succumbed to wounds he sustained in a Turkish drone strike near "
         "Tal Tamr.", "Tal Tamr", TUR, CIV),
    case("The SDF's military council in Manbij said Turkish shelling had wounded two of its fighters.", "Manbij", TUR,
         "SDF", xfail="places (not actors): 'the military council in Manbij said' finds no place"),
    case("A regime helicopter crashed near Taftanaz after being hit by fire from HTS fighters.", "Taftanaz", HTS,
         GOV),
    case("Hezbollah fighters repelled an HTS attack on their positions in al-Eis.", "al-Eis", {"Hezbollah", HTS},
         {"Hezbollah", HTS}, xfail="places (not actors): 'in al-Eis' finds no place"),
    case("Russian military police escorted a convoy of regime forces to Saraqeb.", "Saraqeb", {RUS, GOV}, ANY,
         xfail=EVENT.format("escorted a convoy")),
    case("Unidentified persons threw a hand grenade at a shop in Sarmada, injuring the owner.", "Sarmada", UAG, CIV),
    case("HTS released the journalist after holding him for two weeks in Idlib city.", "Idlib", ANY, ANY,
         xfail=EVENT.format("released the journalist")),
    case("Regime forces shelled the camps of the displaced near Atmeh with rockets carrying cluster bombs.",
         "Atmeh", GOV, ANY),
    case("NLF fighters killed 4 members of the regime forces' 25th Division in an attack on their positions near "
         "Tal Malah.", "Tal Malah", REB, GOV, either=True),
    case("On 5 March 2020, HTS's Hisba police detained two women in Idlib city for not wearing the niqab.", "Idlib",
         HTS, CIV),
    case("On 5 March 2020, a Russian drone targeted a motorcycle carrying two HTS members near Ariha, killing both.",
         "Ariha", RUS, HTS),
    case("On 5 March 2020, an armed group kidnapped a child from the town of Binnish.", "Binnish", UAG, CIV),
    case("On 5 March 2020, clashes broke out between Turkish forces and protesters near Binnish after the latter "
         "blocked the M4.", "Binnish", {TUR, PROT}, {TUR, PROT, None}),
    case("On 5 March 2020, unknown assailants shot dead a Turkish soldier near Darat Izza.", "Darat Izza", TUR, UAG,
         either=True),
    case("On 5 March 2020, regime forces targeted a Turkish military convoy with a guided missile near Kafr Nabl, "
         "destroying a vehicle.", "Kafr Nabl", GOV, TUR),
    case("On 5 March 2020, an IED exploded in a vehicle of Ahrar al-Sham near Sarmada, killing 2 fighters.",
         "Sarmada", UAG, "Ahrar al-Sham"),
    case("On 5 March 2020, regime forces and their allies from the Iranian militias attacked HTS positions near "
         "Saraqeb.", "Saraqeb", GOV, HTS, either=True),
    case("On 5 March 2020, the International Coalition's drone targeted a car near Atmeh, killing a Hurras al-Din "
         "commander.", "Atmeh", "International coalition", HAD),
    case("On 5 March 2020, Islamic State cells attacked an HTS checkpoint near Salqin, killing 2 HTS members.",
         "Salqin", "Islamic State", HTS),
    # --- sixth set, written blind after the fifth was fixed: wire paragraphs, attribution and pronouns.  18/25 on
    # its first run; 3 of the failures have no incident (events), 3 need coreference or another sentence (left),
    # 1 fixed as a rule: unnamed "militants" killed in a fight between the state and a named group are that group.
    case("Russian and Syrian warplanes pounded Ariha on Tuesday. \"They are bombing everything,\" said a resident. "
         "At least 10 civilians were killed.", "Ariha", {RUS, GOV}, CIV,
         xfail="incidents (not actors): victims told two sentences on, past a quote, are not carried to the strike"),
    case("The Syrian Observatory for Human Rights said regime forces had shelled Kafr Nabl, killing two children.",
         "Kafr Nabl", GOV, CIV),
    case("Turkey said two of its soldiers were killed in Syrian government shelling near Taftanaz.", "Taftanaz", GOV,
         TUR),
    case("Ankara said one of its observation posts near Morek had been targeted by regime forces.", "Morek", GOV,
         TUR),  # (failed blind; fixed: a capital that speaks for its state names "its" forces)
    case("HTS, which controls much of Idlib, said its fighters shot down a regime drone near Kafr Nabl.", "Kafr Nabl",
         HTS, GOV),
    case("According to the White Helmets, a Russian strike on a market in Maarat al-Numan killed 8 people.",
         "Maarat al-Numan", RUS, CIV),
    case("A spokesman for the National Front for Liberation said the group's fighters had destroyed a regime tank near "
         "Kafr Nabuda.", "Kafr Nabuda", REB, GOV,
         xfail=EVENT.format("had destroyed a regime tank")),
    case("State news agency SANA said terrorist groups shelled Suqaylabiyah, wounding two children.", "Suqaylabiyah",
         UAG, CIV),
    case("Turkish military sources said a convoy was struck by Russian jets near Hass.", "Hass", RUS, TUR),
    case("The regime's media said the army had repelled an attack by HTS near Kabana, killing dozens of militants.",
         "Kabana", GOV, HTS),
    case("Rescuers pulled the bodies of four children from the rubble after Russian strikes on Binnish, the Civil "
         "Defence said.", "Binnish", RUS, CIV),
    case("Activists said the man, a former rebel, was shot dead by HTS members at his home in Atarib.", "Atarib", HTS,
         CIV),
    case("A Turkish soldier was killed in Idlib. The defence ministry blamed Syrian government forces for the "
         "attack.", "Idlib", GOV, TUR,
         xfail="the perpetrator is named in the next sentence ('blamed X for the attack'): actors are read per sentence"),
    case("Kurdish-led forces said Turkish drones killed three of their fighters near Ain Issa.", "Ain Issa", TUR,
         "SDF"),
    case("Syrian state TV said Israeli missiles hit positions near Masyaf, without reporting casualties.", "Masyaf",
         "Israel", ANY),
    case("In Sarmada, gunmen on a motorcycle shot dead a doctor, residents said.", "Sarmada", UAG, CIV),
    case("Clashes between rebels and government forces raged around Saraqeb, where the army has pushed in.",
         "Saraqeb", GOV, REB),
    case("Rebels backed by Turkish artillery retook Nairab from government forces.", "Nairab", REB, GOV,
         xfail=EVENT.format("rebels ... retook X from government forces")),
    case("Government forces retook Saraqeb from rebels, state media said.", "Saraqeb", GOV, REB),
    case("A suicide car bomb targeted a gathering of Turkish-backed fighters in Azaz, killing six, the Observatory "
         "said.", "Azaz", UAG, TBR),
    case("The US military said it had killed a senior al-Qaeda leader in a drone strike near Idlib city.", "Idlib",
         "United States", ANY),
    case("Two aid workers were killed when their car was hit by regime shelling near Ariha, their organisation said.",
         "Ariha", GOV, CIV),
    case("Hezbollah said two of its fighters were killed fighting rebels near Saraqeb.", "Saraqeb", "Hezbollah", REB,
         either=True),
    case("The Russian defence ministry said its forces had come under fire from militants in the Idlib zone near "
         "Kafr Nabl.", "Kafr Nabl", UAG, RUS, either=True,
         xfail=EVENT.format("had come under fire from")),
    case("Residents of Maarat Misrin said the town was hit by barrel bombs dropped by regime helicopters.",
         "Maarat Misrin", GOV, ANY),
]


@pytest.mark.parametrize("text, place, actor1, actor2, either", CASES)
def test_who_did_it_to_whom(text, place, actor1, actor2, either):
    check(text, place, actor1, actor2, either)
