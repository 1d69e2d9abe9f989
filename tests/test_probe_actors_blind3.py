"""Blind probes of who did it to whom, sets seven to ten, and the rules from ACLED's own wording (see
``test_probe_actors_blind.py``).

Each set was written before the rules its failures led to; its first-run score is in its heading.
"""
from __future__ import annotations

import pytest

from test_probe_actors_blind import (ANY, CIV, EVENT, GOV, HAD, HTS, IZZA, PLACE, PROT, REB, RUS, TAWHID, TBR, TIP,
                                     TUR, UAG, case, check)

CASES = [
    # --- seventh set, written blind after the sixth was fixed: ACLED notes with their headings and odd English.
    # 20/25 on its first run; 3 failures are events (marked); fixed as rules: "a landmine left over from IS" (who
    # left it acts) and "on charges of dealing with the factions" (a group named in an accusation is no side).
    case("Looting: On 5 March 2020, members of the Hamza Division seized the olive harvest of Kurdish farmers in "
         "Rajo.", "Rajo", "Hamza Division", CIV),
    case("Movement of forces: On 5 March 2020, Turkish forces brought military reinforcements into Idlib via the "
         "Kafr Lusin crossing and deployed them in Sarmada.", "Sarmada", TUR, None),
    case("On 5 March 2020, regime forces shelled with artillery the villages of Kafr Oweid and Sufuhun. No "
         "fatalities were reported.", "Sufuhun", GOV, None),
    case("On 5 March 2020, HTS raided a house belongs to a Hurras al-Din member in Idlib city and arrested him.",
         "Idlib", HTS, {HAD, CIV}),
    case("On 5 March 2020, an armed man from the Sultan Murad Division shot and injured a civilian in Afrin city "
         "after a dispute.", "Afrin", "Sultan Murad Division", CIV),
    case("On 5 March 2020, Turkish forces established a new military point in Qaminas.", "Qaminas", TUR, None),
    case("On 5 March 2020, a child was injured by a landmine explosion, left over from IS, in Maskanah.", "Maskanah",
         "Islamic State", CIV),
    case("On 5 March 2020, regime forces targeted with missiles a gathering of NLF fighters in Kafr Oweid, killing "
         "3 of them.", "Kafr Oweid", GOV, REB),
    case("On 5 March 2020, 2 Russian soldiers were injured when their vehicle hit a landmine near Saraqeb.", "Saraqeb",
         UAG, RUS),
    case("On 5 March 2020, Jaysh al-Izza fighters killed 3 regime soldiers by sniper fire on the Lataminah front.",
         "Lataminah", IZZA, GOV, either=True,
         xfail="events (not actors): 'killed 3 regime soldiers by sniper fire' is read as violence against civilians"),
    case("On 5 March 2020, the Turkish gendarmerie shot dead a Syrian young man attempting to cross the border near "
         "Harem.", "Harem", TUR, CIV),
    case("On 5 March 2020, Ahrar al-Sharqiyah fighters abducted a man from his house in Tal Abyad and took him to "
         "unknown destination.", "Tal Abyad", "Ahrar al-Sharqiyah", CIV),
    case("On 5 March 2020, HTS members attacked with sticks a demonstration against the group in Binnish, injuring 3 "
         "protesters.", "Binnish", HTS, PROT,
         xfail="events (not actors): an attack on a demonstration is read as a peaceful protest"),
    case("On 5 March 2020, unknown gunmen opened fire on a Turkish-backed faction checkpoint near Jindires. Unknown "
         "fatalities.", "Jindires", UAG, TBR),
    case("On 5 March 2020, regime and Russian warplanes carried out more than 20 airstrikes on Maarat al-Numan and "
         "its countryside.", "Maarat al-Numan", {GOV, RUS}, None),
    case("On 5 March 2020, TIP shelled regime positions in Jurin with heavy artillery. The number of fatalities is "
         "unknown.", "Jurin", TIP, GOV),
    case("On 5 March 2020, an IED targeted a Turkish military vehicle on the road between Ariha and Mhambal. No "
         "fatalities.", "Ariha", UAG, TUR),
    case("On 5 March 2020, regime forces arrested 5 men at a checkpoint in Khan Shaykhun on charges of dealing with "
         "the factions.", "Khan Shaykhun", GOV, CIV),
    case("On 5 March 2020, SDF intercepted a drone launched by Turkish forces near Ain Issa.", "Ain Issa", "SDF", TUR),
    case("On 5 March 2020, the HTS-run Salvation Government's security forces detained a media activist in Atarib.",
         "Atarib", {HTS, None}, CIV),
    case("On 5 March 2020, regime forces took control of Kafr Nabl after HTS fighters withdrew from it.", "Kafr Nabl",
         GOV, HTS),
    case("On 5 March 2020, HTS and allied factions recaptured Nairab from regime forces.", "Nairab", HTS, GOV,
         xfail=EVENT.format("HTS ... recaptured X from regime forces")),
    case("On 5 March 2020, 2 members of the NDF were killed and another wounded by an IS ambush near al-Sukhnah.",
         "al-Sukhnah", {"Islamic State", "Pro-government militias"}, {"Islamic State", "Pro-government militias"}),
    case("On 5 March 2020, Israeli aircraft targeted Iranian militia positions near al-Bukamal, killing 8 fighters.",
         "al-Bukamal", "Israel", "Iran"),
    case("On 5 March 2020, Turkish forces and Russian forces conducted a joint patrol in the countryside of Darbasiyah.",
         "Darbasiyah", TUR, RUS, either=True),
    # --- eighth set, written blind after the seventh was fixed: 17/20 on its first run (one of the failures a place
    # known unresolved, one an event); fixed as a rule: the jailer acts ("died under torture in a prison of HTS").
    case("SNHR documented the killing of 3 civilians, including a child, at the hands of Russian forces in "
         "Kafr Nabl.", "Kafr Nabl", RUS, CIV),
    case("A young man died under torture in a prison of Hayat Tahrir al-Sham in Idlib city, his family said.",
         "Idlib", HTS, CIV),
    case("Turkish border guards beat three refugees who tried to cross near Darkush.", "Darkush", TUR, CIV),
    case("A gang kidnapped a merchant in Sarmada and demanded a ransom of 50,000 dollars.", "Sarmada", UAG, CIV),
    case("Two HTS members were killed when a drone, believed to be Russian, struck their car near Ariha.", "Ariha",
         {RUS, None}, HTS),
    case("An officer of the regime's Air Force Intelligence was killed by a sniper of the factions near Kabani.",
         "Kabani", REB, GOV, either=True),
    case("The regime forces executed a defector in Khan Shaykhun.", "Khan Shaykhun", GOV, CIV),
    case("Mortar shells fired by HTS fell on the regime-held town of Jurin, wounding a woman.", "Jurin", HTS, CIV),
    case("A Hurras al-Din commander survived an assassination attempt with an explosive device in Idlib city.",
         "Idlib", UAG, HAD),
    case("The Turkish forces and the NLF shelled regime positions in Kafr Nabl with rockets.", "Kafr Nabl", {TUR, REB},
         GOV),
    case("Regime warplanes targeted the surroundings of a Turkish observation post in Sher Maghar.", "Sher Maghar",
         GOV, {TUR, None}, xfail=PLACE.format("Sher Maghar")),
    case("HTS security forces stormed the house of a Sham Legion commander in Sarmada and arrested him.", "Sarmada",
         HTS, {"Sham Legion", CIV}),
    case("Russian helicopters fired missiles at the positions of Jaysh al-Izza near Kafr Zita.", "Kafr Zita", RUS,
         IZZA),
    case("An IS cell killed two shepherds in the desert near Salamiyah.", "Salamiyah", "Islamic State", CIV),
    case("A landmine exploded under an SDF vehicle near Tadef, killing two SDF members.", "Tadef", UAG, "SDF"),
    case("Gunmen believed to be from HTS shot dead a former commander of the Free Syrian Army in Atarib.", "Atarib",
         {HTS, UAG}, {REB, CIV}),
    case("Turkish soldiers and Russian military police patrolled the M4 between Saraqeb and Ariha.", "Saraqeb",
         {TUR, RUS}, {TUR, RUS}),
    case("Regime forces bombarded Kabana with more than 200 shells as they tried to advance on HTS positions.",
         "Kabana", GOV, {HTS, None}),
    case("Hezbollah and regime forces attacked positions of the factions near Tal Malah.", "Tal Malah", GOV, REB,
         either=True),
    case("A drone of the Islamic Turkistan Party bombed a regime gathering in Jurin.", "Jurin", TIP, GOV),
    # --- ninth set, written blind after the eighth was fixed: 16/20 on its first run (3 failures are events,
    # marked); fixed as a rule: "shot dead at an HTS checkpoint" with no attacker named (who holds the post fired).
    case("Ariha was bombed by regime and Russian warplanes on Friday, killing five civilians.", "Ariha", {GOV, RUS},
         CIV),
    case("Among the dead in the strike on Kafr Takharim were 4 members of the Sham Legion.", "Kafr Takharim", None,
         "Sham Legion"),
    case("HTS lost 9 fighters in regime counter-attacks near Saraqeb.", "Saraqeb", GOV, HTS, either=True),
    case("Turkish forces responded to the attack by shelling regime positions in Kafr Batikh.", "Kafr Batikh", TUR,
         GOV),
    case("In retaliation, the factions shelled the regime-held town of Jurin with rockets.", "Jurin", REB, None),
    case("The Syrian army accused the rebels of shelling Suqaylabiyah with rockets, killing a child.", "Suqaylabiyah",
         REB, CIV, xfail=EVENT.format("accused the rebels of shelling X")),
    case("HTS claimed to have killed 20 regime soldiers in an attack near Kafr Nabuda.", "Kafr Nabuda", HTS, GOV,
         either=True, xfail=EVENT.format("claimed to have killed ... in an attack near X")),
    case("The Turkish defence ministry said it had neutralised 5 YPG militants near Tell Rifaat.", "Tell Rifaat", TUR,
         "YPG", xfail=EVENT.format("had neutralised 5 YPG militants")),
    case("Regime forces suffered heavy losses in an ambush by Ansar al-Tawhid near al-Ankawi.", "al-Ankawi", TAWHID,
         GOV, either=True),
    case("A child was among three people killed when regime rockets hit a school in Sarmin.", "Sarmin", GOV, CIV),
    case("Two brothers were shot dead at an HTS checkpoint near Harem after they refused to stop.", "Harem", HTS, CIV),
    case("Three fighters of the Hamza Division were wounded in an IED explosion in al-Bab.", "al-Bab", UAG,
         "Hamza Division"),
    case("Turkish troops opened fire on SDF positions near Ain Issa.", "Ain Issa", TUR, "SDF"),
    case("Israeli missiles targeted Iranian militia headquarters near al-Bukamal.", "al-Bukamal", "Israel", "Iran"),
    case("Regime forces, supported by Russian warplanes, took control of the village of Kafr Nabuda after clashes "
         "with the factions.", "Kafr Nabuda", GOV, REB),
    case("Regime artillery shelled the vicinity of the Turkish observation post in Morek.", "Morek", GOV, {TUR, None}),
    case("On 5 March 2020, unknown gunmen killed a member of the Asayish in Qamishli.", "Qamishli", UAG, "Asayish"),
    case("On 5 March 2020, HTS's security apparatus raided a Hurras al-Din cell in Idlib city, arresting 3 of its "
         "members.", "Idlib", HTS, {HAD, CIV}),
    case("On 5 March 2020, a US-led coalition airstrike killed a Hurras al-Din leader near Sarmada.", "Sarmada",
         "International coalition", HAD),
    case("On 5 March 2020, a Russian warplane dropped bombs on a poultry farm near Maarat Misrin, killing a worker.",
         "Maarat Misrin", RUS, CIV),
    # --- tenth set, written blind after the ninth was fixed: strategic developments and property.  8/10 on its
    # first run; both failures have no incident (events, marked).
    case("Turkish forces set up a new observation post near Nairab, bringing in dozens of armoured vehicles.", "Nairab",
         TUR, None, xfail=EVENT.format("set up a new observation post near X")),
    case("HTS and regime forces exchanged prisoners at the Abu al-Duhur crossing.", "Abu al-Duhur", {HTS, GOV},
         {HTS, GOV}),
    case("Regime forces bulldozed houses in Khan Shaykhun after taking control of the town.", "Khan Shaykhun", GOV,
         CIV),
    case("Members of the Sultan Murad Division burned the olive groves of Kurdish residents in Bulbul.", "Bulbul",
         "Sultan Murad Division", CIV),
    case("The regime used chlorine gas in an attack on Kabana, according to the White Helmets.", "Kabana", GOV,
         ANY),
    case("Russian and Turkish officials agreed on a ceasefire in Idlib starting at midnight.", "Idlib", {RUS, TUR},
         {RUS, TUR, None}),
    case("HTS handed over the bodies of 3 regime soldiers to Russian forces near Saraqeb.", "Saraqeb", HTS,
         {RUS, GOV}),
    case("Regime forces withdrew from their positions in Kafr Nabl, which were then taken over by HTS.", "Kafr Nabl",
         HTS, GOV),
    case("Turkey-backed factions confiscated the homes of displaced families in Ras al-Ain.", "Ras al-Ain", TBR, CIV),
    case("HTS dissolved its former allied faction Jaysh al-Ahrar in Idlib.", "Idlib", HTS, ANY,
         xfail=EVENT.format("dissolved its former allied faction")),
]


@pytest.mark.parametrize("text, place, actor1, actor2, either", CASES)
def test_who_did_it_to_whom(text, place, actor1, actor2, either):
    check(text, place, actor1, actor2, either)


# Rules added after the dev dump (ACLED's own wording), checked on sentences written for them.
@pytest.mark.parametrize("text, place, actor1, actor2", [
    # "both operate under <banner>": every faction named before is on the banner's side, and a fight within one
    # actor has it on both sides
    ("On 2 May 2020, the Hamza Division clashed with another JWS faction, both operating under OPS, in Afrin.",
     "Afrin", "Hamza Division", TBR),  # (a faction already of Turkey's side keeps its name)
    ("On 2 May 2020, Sham Legion fighters clashed with another JWS faction, both operate under OPS, in Afrin.",
     "Afrin", TBR, TBR),
    # "<state> backed <group>" unhyphenated, as ACLED's notes often write it
    ("On 2 May 2020, Turkey backed factions shelled Tal Tamr. No fatalities were reported.", "Tal Tamr", TBR, None),
    # the other side of a clash is on another side than actor1, when one is named
    ("Five members of the National Defence Forces loyal to the regime were killed in clashes with Kurdish fighters in "
     "Qamishli.", "Qamishli", "Pro-government militias", "YPG"),
])
def test_rules_from_acled_wording(text, place, actor1, actor2):
    check(text, place, actor1, actor2, False)
