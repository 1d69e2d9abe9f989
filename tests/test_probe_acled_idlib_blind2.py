"""More blind probes of ACLED and monitor notes about the Idlib region (sets eight and nine).

Written after the sets of ``test_probe_acled_idlib_blind.py`` and before running them, in ACLED's
voice (with ACLED's section headings and fatality lines) and in the translated wording of the
monitors (SOHR, SNHR, the White Helmets), on vocabulary the earlier sets do not use: guided and
kamikaze weapons, cluster, vacuum and incendiary munitions, chlorine, snipers, infiltration
attempts, handovers and prisoner exchanges, raids on houses, bulldozing and burned crops, sit-ins,
vigils and strikes, explosions of unknown cause and remnants of war; counts such as "killing one and
injuring several" or "3 fatalities, including a child"; dates such as "between 1 and 3 March" or
"during the night of"; places such as "the outskirts of", "the road between X and Y", "X camp for
IDPs near Y", "the eastern neighbourhood of X".  Each set's first-run score is in its heading, the
estimate of how the rules cover unseen wording.  Cases that fail for reasons outside the modules
this work owns are strict xfails naming the module.
"""
from __future__ import annotations

import pytest

from test_probe_acled_idlib import (AIR, ANY, CHG, CIV, CL, DWU, GOV, GRT, HAD, HTS, IED, PROT, REB, RUS, SHELL, UAG, case,
                                    check_note)

LOOT = "Looting/property destruction"

CASES = [
    # --- an eighth set, written blind (14/15 on their first run; the chlorine note failed)
    case("On 14 May 2019, regime forces targeted a car with a guided missile on the road between Kafr Nabl and Hass, "
         "killing one civilian and injuring several others.", "Kafr Nabl", SHELL, GOV, CIV, 1, 2),
    case("On 3 March 2020, HTS fighters targeted a regime tank with a kamikaze drone on the outskirts of Saraqeb. The "
         "number of fatalities is unknown.", "Saraqeb", AIR, HTS, GOV, 0, 2),
    case("On 21 June 2019, NLF fighters repelled an infiltration attempt by regime forces on the outskirts of "
         "al-Lataminah in the northern countryside of Hama. 4 regime soldiers were killed.",
         "al-Lataminah", CL, GOV, REB, 4, 2),
    case("On 8 February 2020, regime forces fired heavy machine guns at HTS positions in the eastern neighbourhood of "
         "Saraqeb. No fatalities were reported.", "Saraqeb", CL, GOV, HTS, 0, 1),
    case("Between 1 and 3 March 2020, regime warplanes dropped cluster munitions on the town of Sarmin and its "
         "outskirts. 3 fatalities, including a child.", "Sarmin", AIR, GOV, CIV, 3, 1),
    case("During the night of 4 March 2020, Russian warplanes struck Binnish with vacuum bombs. 2 fatalities.",
         "Binnish", AIR, RUS, ANY, 2, 1),
    case("On 17 November 2019, regime forces shelled Kafr Takharim with incendiary munitions, burning several houses. "
         "No fatalities were reported.", "Kafr Takharim", SHELL, GOV, ANY, 0, 1),
    case("On 19 May 2019, regime forces carried out a chlorine attack on the Kabani axis in Lattakia countryside. "
         "Several HTS fighters suffered from suffocation.", "Kabani", "Chemical weapon", GOV, HTS, 0, 2),
    case("Property destruction: On 15 June 2019, regime forces burned the crops in the fields around Kafr Nabuda.",
         "Kafr Nabuda", LOOT, GOV, ANY, 0, 2),
    case("Property destruction: On 2 March 2020, regime forces bulldozed the cemetery of Khan Shaykhun.",
         "Khan Shaykhun", LOOT, GOV, ANY, 0, 1),
    case("On 9 July 2020, shop owners in Idleb city went on strike in protest against new taxes imposed by the Syrian "
         "Salvation Government.", "Idleb", "Peaceful protest", PROT, None, 0, 1),
    case("On 15 March 2020, residents of Binnish held a vigil on the anniversary of the Syrian revolution.",
         "Binnish", "Peaceful protest", PROT, None, 0, 1),
    case("On 24 May 2020, dozens of women held a demonstration demanding the release of detainees held by HTS in "
         "front of the central prison in Idleb city.", "Idleb", "Peaceful protest", PROT, None, 0, 1),
    case("On 12 August 2020, an explosion of unknown cause hit a tent in the Karama camp for IDPs near Atmeh, killing "
         "2 children.", "Atmeh", IED, UAG, CIV, 2, 2),
    case("As of 5 May 2020, a child was killed by remnants of war on the outskirts of Maarrat Misrin.",
         "Maarrat Misrin", IED, UAG, CIV, 1, 2),
    # --- a ninth set, written blind with the eighth (12/14 on their first run: the checkpoints note failed, and the
    # prisoner exchange was first written 'Other', a slip: ACLED's codebook lists prisoner exchanges under Agreement)
    case("On 10 January 2020, a regime sniper shot and killed a civilian in Kafr Nabl, according to SOHR.",
         "Kafr Nabl", "Attack", GOV, CIV, 1, 1),
    case("Movement of forces: On 20 October 2020, Turkish forces withdrew from their observation point in Morek and "
         "headed north.", "Morek", CHG, "Turkey", None, 0, 1),
    case("On 28 February 2020, HTS handed over its positions in the town of Kansafra to the NLF.",
         "Kansafra", "Non-violent transfer of territory", HTS, REB, 0, 1),
    case("On 3 September 2020, HTS and regime forces carried out a prisoner exchange near Saraqeb.",
         "Saraqeb", "Agreement", ANY, ANY, 0, 2),
    case("On 6 July 2020, HTS's security forces carried out a raid on a house in Salqin and arrested 2 men accused "
         "of belonging to Hurras al-Din.", "Salqin", "Abduction/forced disappearance", HTS, ANY, 0, 1),
    case("On 8 May 2020, HTS set up checkpoints on the Idleb-Latakia road near Jisr al-Shughur to prevent fuel "
         "smuggling.", "Jisr al-Shughur", CHG, HTS, None, 0, 2),
    case("On 14 February 2020, NLF fighters destroyed a regime BMP with an ATGM on the Tell Manas axis.",
         "Tell Manas", SHELL, REB, GOV, 0, 2),
    case("On 18 March 2020, HTS fighters attacked a regime position near Maarat al-Numan and withdrew after killing "
         "3 regime soldiers.", "Maarat al-Numan", CL, GOV, HTS, 3, 2),
    case("On 1 May 2020, a regime sniper killed an NLF fighter in the village of Qastun in Sahl al-Ghab.",
         "Qastun", CL, GOV, REB, 1, 1),
    case("On 23 April 2020, 3 civilians, including a woman, were injured when a shell of unknown origin fell on the "
         "eastern neighbourhood of Ariha.", "Ariha", SHELL, ANY, CIV, 0, 1),
    case("On 11 June 2020, HTS fighters stormed a house in Atarib and killed a man wanted on charges of theft.",
         "Atarib", "Attack", HTS, CIV, 1, 1),
    case("On 2 July 2020, the Syrian Salvation Government's police dispersed a sit-in by teachers demanding their "
         "salaries in Idleb city and arrested 2 of them.", "Idleb", "Protest with intervention", PROT, ANY, 0, 1),
    case("On 16 September 2019, a woman was killed and her 2 children were injured by a Russian airstrike on the road "
         "between Ariha and Mhambal, the White Helmets said.", "Ariha", AIR, RUS, CIV, 1, 2),
    case("On 30 December 2019, SNHR documented the death of 2 civilians, a man and his son, in regime shelling on "
         "the village of Talmenes.", "Talmenes", SHELL, GOV, CIV, 2, 1),
    # --- a tenth set, written blind after the eighth and ninth ran, before any fix (8/14 on their first run)
    case("On 19 June 2019, regime warplanes launched 4 missiles on Maarat Hurma; 2 people lost their lives and others "
         "sustained injuries.", "Maarat Hurma", AIR, GOV, CIV, 2, 1),
    case("On 22 June 2019, a Russian drone dropped a bomb on a motorcycle on the road to Ariha, claiming the life of its "
         "driver.", "Ariha", AIR, RUS, CIV, 1, 2),
    case("On 5 February 2020, HTS fighters foiled an attempt by regime forces to advance towards Kafr Nabl. Fatalities "
         "unknown, coded as 10.", "Kafr Nabl", CL, GOV, HTS, 10, 2),
    case("Disrupted weapons use: On 12 March 2020, White Helmets volunteers removed unexploded cluster bomblets from "
         "farmland near Ma'arrat Misrin.", "Ma'arrat Misrin", "Disrupted weapons use", ANY, None, 0, 2),
    case("On 27 May 2020, gunmen on a motorbike opened fire on a car belonging to an HTS security official at the "
         "entrance of Salqin, wounding him.", "Salqin", CL, UAG, HTS, 0, 1),
    case("On 2 June 2020, a woman died of her wounds sustained in regime shelling on Kansafra two days earlier.",
         "Kansafra", SHELL, GOV, CIV, 1, 1),
    case("Property destruction: On 9 September 2020, HTS fighters demolished a shrine in the town of Harem.",
         "Harem", LOOT, HTS, ANY, 0, 1),
    case("On 20 August 2020, a fire broke out in a camp near Kafr Takharim after a regime rocket fell in the area, "
         "without casualties.", "Kafr Takharim", SHELL, GOV, ANY, 0, 2),
    case("On 1 July 2020, an unexploded shell went off in the hands of a boy in the town of Termanin, killing him.",
         "Termanin", IED, UAG, CIV, 1, 1),
    case("On 13 June 2020, a grenade was thrown at the house of a doctor in Darat Izza, causing material damage only.",
         "Darat Izza", "Grenade", UAG, CIV, 0, 1),
    case("On 28 August 2020, people in Maarrat Misrin took to the streets to denounce the assassination of a local "
         "activist.", "Maarrat Misrin", "Peaceful protest", PROT, None, 0, 1),
    case("On 6 March 2020, the regime bombed the towns of Ariha and Mhambal with surface-to-surface missiles, killing "
         "a man in Mhambal.", "Mhambal", SHELL, GOV, CIV, 1, 1),
    case("On 4 May 2020, HTS arrested a commander of Hurras al-Din at a checkpoint near Sarmada.",
         "Sarmada", "Abduction/forced disappearance", HTS, ANY, 0, 2),
    # (its actor2 was first written Hurras al-Din, which failed: the library, as ACLED, codes the victims of
    # violence against civilians as Civilians; whether ACLED codes a captured commander so, or as an arrest of
    # the group, is unclear, so actor2 is not asserted)
    case("On 15 January 2020, regime forces executed 3 men in the newly captured village of Abu Jurayf in the "
         "south-eastern countryside of Idleb, according to local sources.", "Abu Jurayf", "Attack", GOV, CIV, 3, 1),
    # --- an eleventh set, written blind after the fixes for the tenth (13/14 on their first run: 'pro-regime militiamen'
    # were no actor; the note first asked for the Syrian government, a slip: the library names pro-regime militias
    # 'Pro-government militias', as ACLED codes them apart from the army)
    case("SOHR: On 14 April 2020, a child was martyred and 3 other civilians were wounded as regime forces pounded "
         "al-Bara with rocket launchers.", "al-Bara", SHELL, GOV, CIV, 1, 1),
    case("On 18 June 2019, the White Helmets recovered the bodies of 4 civilians from under the rubble of their home in "
         "Kafr Nabl, hit by a Russian airstrike the previous night.", "Kafr Nabl", AIR, RUS, CIV, 4, 1),
    case("On 25 June 2019, the factions targeted a gathering of regime forces in the vicinity of Kernaz with a TOW "
         "missile. 3 fatalities.", "Kernaz", SHELL, REB, GOV, 3, 2),
    case("On 7 July 2019, an NLF sniper killed a regime officer on the Jubayn front.", "Jubayn", CL, GOV, REB, 1, 2),
    case("On 2 February 2020, HTS fighters detonated a tunnel packed with explosives under regime positions near Maarat "
         "al-Numan.", "Maarat al-Numan", IED, HTS, GOV, 0, 2),
    case("Looting: On 25 January 2020, pro-regime militiamen stole furniture and agricultural equipment from the homes "
         "of displaced residents of Khan Shaykhun.", "Khan Shaykhun", LOOT, "Pro-government militias", CIV, 0, 1),
    case("On 23 March 2020, unknown assailants threw a hand grenade into a mobile phone shop in al-Dana, wounding the "
         "owner.", "al-Dana", "Grenade", UAG, CIV, 0, 1),
    case("On 4 October 2020, a truck loaded with explosives blew up near the Sham Hospital in Salqin, killing 3 people "
         "and injuring 11 others.", "Salqin", IED, UAG, CIV, 3),
    case("On 12 December 2019, children and women were among 9 people killed when Russian jets bombed a market in "
         "Maarat al-Numan.", "Maarat al-Numan", AIR, RUS, CIV, 9, 1),
    case("On 10 June 2020, angry residents of Atarib stormed the local council building and set it on fire in protest "
         "against the rise in bread prices.", "Atarib", "Violent demonstration", "Rioters (Syria)", None, 0, 1),
    case("On 3 January 2020, an unidentified drone dropped a bomb on a Turkish military vehicle near Taftanaz, without "
         "causing injuries.", "Taftanaz", AIR, ANY, "Turkey", 0, 2),
    case("On 9 March 2020, regime forces violated the ceasefire by shelling Kafr Oweid in Jabal al-Zawiya with heavy "
         "artillery.", "Kafr Oweid", SHELL, GOV, None, 0, 1),
    case("On 15 May 2020, an HTS member was killed in an exchange of fire with smugglers near Darkush.",
         "Darkush", CL, ANY, ANY, 1, 2),
    case("On 17 July 2020, a civilian died under torture in an HTS prison in Idlib city, according to his family.",
         "Idlib", "Attack", HTS, CIV, 1, 1),
    # --- a twelfth set, written blind after the fixes for the eleventh (10/14 on their first run)
    case("On 5 March 2020, SOHR documented the death of 16 civilians, including 5 children, in Russian airstrikes on a "
         "poultry farm sheltering IDPs on the outskirts of Maarrat Misrin.", "Maarrat Misrin", AIR, RUS, CIV, 16, 2),
    case("During the night of 27 April 2020, regime forces shelled Kansafra with dozens of artillery shells, killing one "
         "civilian and injuring several.", "Kansafra", SHELL, GOV, CIV, 1, 1),
    case("On 19 February 2020, a woman and her three children were killed when Russian warplanes targeted their house in"
         " the eastern neighbourhood of Ariha.", "Ariha", AIR, RUS, CIV, 4, 1),
    case("On 30 May 2019, HTS fighters repelled an attack by regime forces on Kafr Nabuda and destroyed a T-72 tank with "
         "an anti-tank guided missile. Fatalities unknown, coded as 10.", "Kafr Nabuda", CL, GOV, HTS, 10, 1),
    case("On 14 August 2019, regime forces captured the village of Hbeit after the factions withdrew under heavy Russian "
         "bombardment.", "Hbeit", GRT, GOV, REB, 0, 1),
    case("Between 1 and 3 June 2020, HTS General Security members carried out raids on houses in Sarmada and detained "
         "12 people suspected of belonging to ISIS cells.", "Sarmada", "Abduction/forced disappearance", HTS, ANY, 0, 1),
    case("On 22 January 2020, unknown persons blew up an IED in a vehicle belonging to a Faylaq al-Sham commander on the "
         "road between Sarmada and Dana, killing him and his companion.", "Sarmada", IED, UAG, "Sham Legion", 2, 2),
    case("On 6 October 2020, a member of the White Helmets was injured by a remnant of a cluster bomb that exploded "
         "while he was clearing farmland near Kafr Nabl.", "Kafr Nabl", IED, UAG, CIV, 0, 2),
    case("On 1 November 2019, hundreds of residents of Kafr Takharim protested against HTS, which imposed a tax on olive "
         "oil; HTS fighters fired into the air to disperse them.", "Kafr Takharim", "Protest with intervention", PROT,
         HTS, 0, 1),
    case("On 9 February 2020, Turkish forces reinforced their positions near Saraqeb with dozens of armoured vehicles "
         "and commando units.", "Saraqeb", CHG, "Turkey", None, 0, 2),
    case("On 16 May 2020, a kamikaze drone launched by regime forces hit a car on the road between Idlib and Binnish, "
         "killing 2 civilians.", "Idlib", AIR, GOV, CIV, 2, 2),
    case("On 23 June 2020, 2 HTS fighters were killed and 4 others injured in an explosion of unknown origin inside an "
         "HTS headquarters in Jisr al-Shughur.", "Jisr al-Shughur", IED, UAG, HTS, 2),
    case("On 12 March 2020, dozens of IDPs held a sit-in at the camps near Atmeh demanding their return to their "
         "villages.", "Atmeh", "Peaceful protest", PROT, None, 0, 2),
    case("On 27 September 2020, regime forces targeted a civilian car with a Kornet missile near Sufuhun, killing the "
         "driver.", "Sufuhun", SHELL, GOV, CIV, 1, 2,
         xfail="resolution (not mine): 'near Sufuhun' with no governorate in the note stays unresolved (candidate Sfuhen); in a list with Jabal al-Zawiya it resolves"),
    # --- not blind: the vocabulary around the rules the failures above led to (each a general rule)
    case("On 8 August 2019, Russian air defences repelled a drone attack on the Hmeimim airbase in Lattakia.",
         "Hmeimim", "Disrupted weapons use", RUS, ANY, 0),
    case("On 9 August 2019, regime forces pushed towards al-Habit under cover of Russian airstrikes. Fatalities unknown,"
         " coded as 10.", "al-Habit", ANY, GOV, ANY, 10, 2),
    case("On 11 July 2020, residents of Sarmada demonstrated against the Russian airstrikes that killed 7 civilians in "
         "the area.", "Sarmada", "Peaceful protest", PROT, None, 0, 1),
    case("On 4 July 2020, a boy was killed by the remnants of a rocket on the outskirts of Binnish.",
         "Binnish", IED, UAG, CIV, 1, 2),
    case("On 12 July 2020, HTS security members erected a checkpoint at the entrance of Darat Izza.",
         "Darat Izza", CHG, HTS, None, 0, 1),
    case("On 2 March 2020, regime forces executed 2 civilians in the recently captured town of Saraqeb.",
         "Saraqeb", "Attack", GOV, CIV, 2, 1),
    case("On 20 June 2019, regime warplanes struck Kafr Ain, killing 5 persons.", "Kafr Ain", AIR, GOV, CIV, 5, 1),
    case("On 5 May 2020, regime forces shelled Kafr Nabl, which HTS had captured in 2013, killing a woman.", "Kafr Nabl",
         SHELL, GOV, CIV, 1, 1),
    # --- a thirteenth set, written blind after the fixes for the twelfth (13/14 on their first run)
    case("On 2 May 2019, regime forces shelled Kafr Nabuda, Qalaat al-Madiq and al-Huwayz in the Sahl al-Ghab. In Kafr "
         "Nabuda, 2 civilians were killed.", "Kafr Nabuda", SHELL, GOV, CIV, 2, 1),
    case("On 10 May 2019 (as reported by SOHR on 11 May), clashes continued between the NLF and regime forces on the "
         "outskirts of Kafr Nabuda, leaving 7 dead on both sides.", "Kafr Nabuda", CL, GOV, REB, 7, 2),
    case("On 26 May 2019, at least 6 civilians were killed, among them 2 women, in regime airstrikes that hit the market "
         "of Maarat al-Numan.", "Maarat al-Numan", AIR, GOV, CIV, 6, 1),
    case("On 3 August 2019, the truce collapsed as regime forces resumed shelling on Khan Shaykhun and al-Tamanah, "
         "killing 3 civilians in Khan Shaykhun.", "Khan Shaykhun", SHELL, GOV, CIV, 3, 1),
    case("On 19 August 2019, a Turkish military convoy heading to the Morek observation point was struck by regime "
         "airstrikes near Maarat al-Numan, killing 3 civilians travelling with it.", "Maarat al-Numan", AIR, GOV, ANY, 3,
         2),
    case("On 5 September 2019, unidentified aircraft targeted a Hurras al-Din gathering west of Idleb city; 40 "
         "fatalities, mostly fighters.", "Idleb", AIR, ANY, HAD, 40, 2),
    case("On 21 October 2019, Turkish-backed NLF fighters captured 3 regime soldiers during an infiltration attempt on "
         "the Kabani axis.", "Kabani", CL, GOV, REB, 0, 2),
    case("On 15 November 2019, a demonstration was held in the town of Binnish against the Salvation Government's "
         "decision to raise fees; no incidents were reported.", "Binnish", "Peaceful protest", PROT, None, 0, 1),
    case("On 29 November 2019, HTS fighters shelled regime positions in Jourin in the al-Ghab plain with rocket "
         "launchers.", "Jourin", SHELL, HTS, GOV, 0, 1, "Hama"),
    case("On 24 December 2019, SNHR reported that regime helicopters dropped 14 barrel bombs on Jarjanaz and Tell Manas,"
         " killing a child in Tell Manas.", "Tell Manas", AIR, GOV, CIV, 1, 1),
    case("On 7 January 2020, a car bomb went off near the industrial zone of Idleb city, killing 5 and wounding 8.",
         "Idleb", IED, UAG, CIV, 5),
    case("On 2 February 2020, 7 Turkish soldiers and a civilian contractor were killed by regime shelling on a Turkish "
         "position near Saraqeb.", "Saraqeb", SHELL, GOV, "Turkey", 8, 2),
    case("On 28 February 2020, the regime's 25th Division and Russian forces took back control of Kafr Nabl and Hass "
         "after violent clashes.", "Kafr Nabl", GRT, GOV, ANY, 0, 1),
    case("On 22 March 2020, demonstrators in Ariha pelted a Russian-Turkish patrol with stones, forcing it to turn back.",
         "Ariha", "Violent demonstration", "Rioters (Syria)", ANY, 0, 1),
    # --- a fourteenth set, monitor wording (SOHR, SNHR, the White Helmets), written blind after the thirteenth's fix
    # (11/14 on their first run)
    case("SOHR: The number of civilians who were killed by the Russian airstrikes on the town of Maarat al-Numan on 22 "
         "July 2019 rose to 43, including 8 children.", "Maarat al-Numan", AIR, RUS, CIV, 43, 1),
    case("The White Helmets said that on 16 August 2019, their teams extinguished fires that broke out in agricultural "
         "crops in Kafr Sajna after regime forces targeted it with incendiary shells.", "Kafr Sajna", SHELL, GOV, ANY, 0,
         1),
    case("SNHR: On 9 September 2019, Sahar al-Hussein, a child, was killed by a shell fired by regime forces on Kafr "
         "Ruma.", "Kafr Ruma", SHELL, GOV, CIV, 1, 1),
    case("On 2 October 2019, SOHR monitored a Russian reconnaissance plane flying over Jisr al-Shughur; hours later, "
         "Russian warplanes carried out 6 airstrikes on the outskirts of the city.", "Jisr al-Shughur", AIR, RUS, None,
         0, ANY),
    case("On 17 October 2019, the body of a young man was found dumped near the main road in Sarmada with gunshot "
         "wounds to the head.", "Sarmada", "Attack", UAG, CIV, 1),
    case("On 24 October 2019, 2 members of Jaysh al-Izza were killed by a regime drone attack on their car near "
         "al-Lataminah.", "al-Lataminah", AIR, GOV, "Jaysh al-Izza", 2, 2),
    case("On 5 November 2019, a rocket launched by the factions hit a residential neighbourhood in al-Suqaylabiyah, "
         "injuring 4 civilians.", "al-Suqaylabiyah", SHELL, REB, CIV, 0, 1),
    case("On 13 November 2019, unknown gunmen kidnapped a pharmacist on the road between Kafr Takharim and Salqin and "
         "released him a week later in exchange for a ransom.", "Kafr Takharim", "Abduction/forced disappearance", UAG,
         CIV, 0, 2),
    case("On 28 November 2019, a massacre: 9 civilians killed, most of them women and children, by Russian airstrikes on "
         "a displacement camp near Atmeh.", "Atmeh", AIR, RUS, CIV, 9, 2),
    case("On 14 December 2019, regime forces tried to advance on the Tell Manas axis amid violent clashes with the "
         "factions, with casualties on both sides.", "Tell Manas", CL, GOV, REB, 0, 2),
    case("On 4 January 2020, regime forces bombarded Ariha with surface-to-surface missiles, causing the death of 3 "
         "civilians and the injury of 10 others.", "Ariha", SHELL, GOV, CIV, 3, 1),
    case("On 18 January 2020, HTS fighters attacked and burned the headquarters of the local council in Kafr Takharim.",
         "Kafr Takharim", LOOT, HTS, ANY, 0, 1),
    case("On 20 February 2020, residents of the Atmeh camps demonstrated, raising banners calling on Turkey to "
         "intervene.", "Atmeh", "Peaceful protest", PROT, None, 0),
    case("On 9 May 2020, an anti-tank missile fired by regime forces hit a tractor in Qastun in the Sahl al-Ghab, "
         "killing the farmer driving it.", "Qastun", SHELL, GOV, CIV, 1, 1),
    # --- a fifteenth set, written blind after the fixes for the fourteenth (12/14 on their first run)
    case("On 12 April 2020, Syrian regime security forces arrested 5 young men at a checkpoint in Khan Shaykhun for "
         "evading military service.", "Khan Shaykhun", "Arrests", GOV, CIV, 0, 1),
    case("On 28 April 2020, a mob of residents beat to death a man accused of kidnapping a child in Sarmada.",
         "Sarmada", "Mob violence", "Rioters (Syria)", CIV, 1, 1),
    case("On 15 May 2020, a suicide bomber wearing an explosive vest blew himself up at an HTS checkpoint near Atmeh, "
         "killing 2 HTS members.", "Atmeh", "Suicide bomb", UAG, HTS, 2, 2),
    case("On 18 May 2020, HTS security forces opened fire on protesters in Kafr Takharim who were rejecting the new "
         "taxes, injuring 3 of them.", "Kafr Takharim", "Excessive force against protesters", HTS, PROT, 0, 1),
    case("On 5 June 2020, the NLF handed over the village of Kafr Oweid to HTS without fighting.", "Kafr Oweid",
         "Non-violent transfer of territory", ANY, ANY, 0, 1),
    case("Headquarters or base established: On 10 June 2020, HTS established a new headquarters for its General "
         "Security Service in the town of Salqin.", "Salqin", "Headquarters or base established", HTS, None, 0, 1),
    case("Between 12 and 13 June 2020, a regime drone dropped grenades on a house in Kafr Oweid, injuring a woman.",
         "Kafr Oweid", AIR, GOV, CIV, 0, 1),
    case("Movement of forces: As of 20 June 2020, HTS continued to send reinforcements to the Sahl al-Ghab front.",
         "Sahl al-Ghab", CHG, HTS, None, 0, 2),
    case("On 24 June 2020, a regime soldier was killed by an HTS sniper on the Idleb-Latakia road near Bdama.",
         "Bdama", CL, GOV, HTS, 1, 2),
    case("On 27 June 2020, a landmine left by regime forces exploded under a tractor in the fields east of Kafr Nabl, "
         "killing its driver.", "Kafr Nabl", IED, GOV, CIV, 1, 2),
    case("On 30 June 2020, unidentified gunmen threw a hand grenade at an HTS checkpoint in the eastern neighbourhood of "
         "Idlib city; no casualties.", "Idlib", "Grenade", UAG, HTS, 0, 1),
    case("On 3 July 2020, regime forces shelled the outskirts of al-Bara with artillery. 3 fatalities, including a child.",
         "al-Bara", SHELL, GOV, CIV, 3, 2),
    case("On 8 July 2020, HTS reached an agreement with the notables of Kafr Takharim to end the dispute over taxes.",
         "Kafr Takharim", "Agreement", ANY, ANY, 0, 1),
    case("On 11 July 2020, Turkish forces fired tear gas to disperse residents protesting against a joint patrol near "
         "Ariha.", "Ariha", "Protest with intervention", PROT, "Turkey", 0, 2),
    # --- a sixteenth set, written blind after the fixes for the fifteenth: two events in a note, tolls updated, traps
    # (9/12 on their first run)
    case("On 4 June 2019, regime forces shelled Kafr Nabl, killing 2 civilians, while Russian warplanes struck Hass, injuring 3 others.", "Hass", AIR, RUS, CIV, 0, 1),
    case("On 4 June 2019, regime forces shelled Kafr Nabl, killing 2 civilians, while Russian warplanes struck Hass, injuring 3 others.", "Kafr Nabl", SHELL, GOV, CIV, 2, 1),
    case("On 6 June 2019, HTS shot down a regime Sukhoi warplane over al-Habit and captured its pilot.", "al-Habit", DWU,
         HTS, GOV, 0, 1),
    case("On 9 June 2019, an airstrike hit a bakery in Maarat al-Numan. The death toll rose to 7 on the following day.",
         "Maarat al-Numan", AIR, ANY, ANY, 7, 1),
    case("On 11 June 2019, HTS fighters killed 12 regime soldiers and destroyed 2 tanks when they stormed regime "
         "positions in the village of al-Jabin in northern Hama.", "al-Jabin", CL, GOV, HTS, 12, 1),
    case("On 17 June 2019, the regime's 4th Division bombarded the town of Khan Shaykhun with rocket launchers, and 2 "
         "volunteers of the Civil Defence were killed while rescuing the injured.", "Khan Shaykhun", SHELL, GOV, CIV, 2,
         1),
    case("On 19 June 2019, regime forces targeted the Turkish observation point near Morek with mortars; 1 Turkish "
         "soldier was killed and 3 injured.", "Morek", SHELL, GOV, "Turkey", 1, 2),
    case("On 22 June 2019, a man was killed when a drone belonging to the international coalition targeted his car on "
         "the road between Idleb and Binnish.", "Idleb", AIR, ANY, CIV, 1, 2),
    case("On 24 June 2019, a displaced family of 5 was killed when regime artillery hit their tent in the Sahl al-Ghab.",
         "Sahl al-Ghab", SHELL, GOV, CIV, 5, 2),
    case("On 25 June 2019, HTS and the regime exchanged prisoners near Morek, with 10 detainees released by each side.",
         "Morek", "Agreement", ANY, ANY, 0),
    case("On 27 June 2019, a demonstration in Maarat al-Numan condemned the massacre committed by regime forces the day"
         " before, in which 10 people were killed.", "Maarat al-Numan", "Peaceful protest", PROT, None, 0, 1),
    case("On 29 June 2019, 3 civilians were injured by an unexploded rocket they were dismantling in Kafr Takharim.",
         "Kafr Takharim", IED, UAG, CIV, 0, 1),
    # --- a seventeenth set, written blind after the fixes for the sixteenth (7/12 on their first run)
    case("During the night of 14 to 15 July 2019, regime helicopters dropped barrel bombs on the western outskirts of "
         "Kafr Nabuda. No fatalities were reported.", "Kafr Nabuda", AIR, GOV, None, 0, 2),
    case("On 16 July 2019, regime forces shelled the road between Maarat al-Numan and Saraqeb, hitting a car and killing"
         " its 2 passengers.", "Maarat al-Numan", SHELL, GOV, CIV, 2, 2,
         xfail="place context: of 'the road between Maarat al-Numan and Saraqeb' the end resolved more surely (Saraqeb) takes the event; ACLED's choice between a road's ends is not written"),
    case("On 18 July 2019, a regime airstrike targeted the al-Bir camp for IDPs near Sarmada, killing 3 children.",
         "Sarmada", AIR, GOV, CIV, 3, 2),
    case("On 20 July 2019, an HTS fighter was killed and 2 others were injured in clashes with regime forces on the "
         "outskirts of Tal Malah.", "Tal Malah", CL, GOV, HTS, 1, 2),
    case("On 23 July 2019, a mass grave containing 7 bodies of regime soldiers was discovered in Kafr Nabuda.",
         "Kafr Nabuda", "Other", ANY, ANY, 0, 1),
    case("On 25 July 2019, Russian warplanes bombed the market in Maarat al-Numan with a vacuum missile, leaving dozens "
         "of civilians dead and wounded.", "Maarat al-Numan", AIR, RUS, CIV, ANY, 1),
    case("On 28 July 2019, pro-regime gunmen executed a young man in the town of Suqaylabiyah after accusing him of "
         "collaborating with the factions.", "Suqaylabiyah", "Attack", "Pro-government militias", CIV, 1, 1),
    case("On 31 July 2019, a woman was shot dead by Turkish border guards (Jandarma) while trying to cross the border "
         "near Harem.", "Harem", "Attack", "Turkey", CIV, 1, 2),
    case("On 2 August 2019, regime forces shelled Khan Shaykhun despite the announced ceasefire, killing a man and his "
         "son.", "Khan Shaykhun", SHELL, GOV, CIV, 2, 1),
    case("On 5 August 2019, clashes erupted between HTS and regime forces in Tell Sakhr in the northern countryside of "
         "Hama. Fatalities unknown.", "Tell Sakhr", CL, GOV, HTS, 0, 1,
         xfail="resolution/gazetteer (not mine): 'Tell Sakhr' (spelled 'Tal Sakhr' elsewhere) is not resolved"),
    case("On 8 August 2019, regime forces seized back the town of Kafr Zita from the factions.", "Kafr Zita", GRT, GOV,
         REB, 0, 1),
    case("On 10 August 2019, a double-tap airstrike on Maarat Hurma hit paramedics who arrived to rescue the injured.",
         "Maarat Hurma", AIR, ANY, CIV, 0, 1),
    # --- an eighteenth set, written blind after the fixes for the seventeenth (8/10 on their first run)
    case("On 3 September 2019, a Russian strike destroyed the water station in Kafr Takharim, putting it out of service."
         " No casualties.", "Kafr Takharim", AIR, RUS, None, 0, 1),
    case("On 6 September 2019, HTS fighters intercepted and downed a regime drone carrying explosives near Kafr Nabl.",
         "Kafr Nabl", DWU, HTS, GOV, 0, 2),
    case("On 9 September 2019, 4 people, among them 2 HTS members, were killed when an IED detonated at a checkpoint in "
         "Sarmada.", "Sarmada", IED, UAG, HTS, 4, 1),
    case("On 15 September 2019, regime forces targeted Kafr Sajna with 2 Grad rockets and later with a cluster shell, "
         "wounding a child.", "Kafr Sajna", SHELL, GOV, CIV, 0, 1),
    case("On 18 September 2019, gunmen killed a man and wounded his wife after storming their house in Maarrat Misrin "
         "at dawn.", "Maarrat Misrin", "Attack", UAG, CIV, 1, 1),
    case("On 21 September 2019, the bodies of 2 young men, who had been abducted a week earlier, were found on the "
         "outskirts of Atarib.", "Atarib", "Attack", UAG, CIV, 2, 2),
    case("On 24 September 2019, Turkish artillery responded to regime shelling on its observation point in Morek by "
         "targeting regime positions in Kafr Zita.", "Kafr Zita", SHELL, "Turkey", GOV, 0, 1),
    case("On 27 September 2019, an ammunition depot exploded in a farm belonging to Jaysh al-Izza near al-Lataminah for "
         "unknown reasons.", "al-Lataminah", IED, UAG, "Jaysh al-Izza", 0, 2),
    case("On 30 September 2019, Ahrar al-Sham fighters attacked an HTS checkpoint in Kafr Takharim, and clashes lasted "
         "until the morning. 3 HTS fighters were killed.", "Kafr Takharim", CL, "Ahrar al-Sham", HTS, 3, 1),
    case("On 4 October 2019, hundreds of people marched in Atmeh calling for the fall of the regime, in the weekly "
         "Friday demonstration.", "Atmeh", "Peaceful protest", PROT, None, 0, 1),
]


@pytest.mark.parametrize("text,place,sub,actor1,actor2,fatalities,geo_precision,admin1", CASES)
def test_acled_idlib_note_blind2(text, place, sub, actor1, actor2, fatalities, geo_precision, admin1):
    check_note(text, place, sub, actor1, actor2, fatalities, geo_precision, admin1)
