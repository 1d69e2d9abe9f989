"""Counts per incident on wire, monitor, local-outlet and ACLED-note wording about the Idlib
region (Idlib, Hama, Aleppo, Latakia), written blind for this test (not dev rows).

Each case names the place whose incident is checked (as written in the text), its dead (None: the
text gives no number of dead, so no figure; 0: "no casualties", or injuries only) and its
injured (ANY: not checked).  Each set was scored on its first run, before the fixes it led to
(an estimate of unseen wording).  Set 1 was written before reading the count rules: 67 of 72;
set 2 (new wording, after the fixes of set 1): 41 of 47; set 3 (paragraphs, series, appositions,
origins): 29 of 36; set 4 (none reported, quoted numbers, injured groups, a pronoun's death after
an injury): 27 of 33; set 5 (ACLED notes, wire attributions, monitor updates): 28 of 31; set 6
(paragraphs and two-sentence notes): 18 of 23.  Sets 7-12: ``test_probe_counts_blind2.py``.
"""
from __future__ import annotations

import pandas as pd
import pytest

import geoincidents

ANY = "any"
PUB = "2021-03-12"

SET1 = [
    # wire copy
    ("BEIRUT (Reuters) - Russian air strikes killed at least 42 people in the town of Ariha in Syria's Idlib province on Tuesday, a war monitor said.", "Ariha", 42, ANY),
    ("Regime barrel bombs killed dozens of civilians in Kafr Nabl on Friday, the Syrian Observatory for Human Rights said.", "Kafr Nabl", 12, ANY),
    ("Scores of people were killed when air strikes hit a crowded market in Maarat al-Numan, rescuers said.", "Maarat al-Numan", 20, ANY),
    ("More than a dozen civilians were killed in shelling on Saraqeb on Sunday, according to the White Helmets.", "Saraqeb", 12, ANY),
    ("Nearly 20 fighters died in clashes near Kafr Takharim, the monitor said.", "Kafr Takharim", 20, ANY),
    ("Some 15 pro-government fighters were killed in a rebel attack on army positions near Kafr Nabuda, AFP reported.", "Kafr Nabuda", 15, ANY),
    ("Up to 30 people may have been killed in the strike on Sarmada, activists said.", "Sarmada", 30, ANY),
    ("Between 5 and 7 rebels were killed in clashes at Tal Malah overnight.", "Tal Malah", 5, ANY),
    ("A number of civilians were killed when warplanes struck Khan Sheikhoun on Wednesday.", "Khan Sheikhoun", 10, ANY),
    ("Several people were wounded in shelling on Jisr al-Shughur, a local official said.", "Jisr al-Shughur", 0, ANY),
    ("Air strikes killed 12 people and injured 30 in Binnish on Monday.", "Binnish", 12, 30),
    ("A motorbike bomb exploded in Azaz, killing at least three people and wounding a dozen others.", "Azaz", 3, 12),
    ("Shelling on Darat Izza killed or wounded 20 people, the civil defence said.", "Darat Izza", None, ANY),
    ("Rebels killed two regime fighters and captured three others in an attack near Abu Dali.", "Abu Dali", 2, ANY),
    ("Two Turkish soldiers were killed and five were injured in an attack near Saraqeb, the ministry said.", "Saraqeb", 2, 5),
    ("An Israeli strike on a weapons depot near Masyaf killed 14 pro-Iranian fighters, the monitor said.", "Masyaf", 14, ANY),
    ("A drone strike killed a senior Hurras al-Din commander and his aide in Idlib city on Sunday.", "Idlib", 2, ANY),
    ("Five people, including three children, were killed and 11 were injured in Russian air strikes on Jisr al-Shughur.", "Jisr al-Shughur", 5, 11),
    ("The toll from the car bomb in Azaz climbed to 9 dead and more than 30 wounded, hospital sources said.", "Azaz", 9, 30),
    ("Two days after a barrel bomb hit Kafr Nabl, the death toll reached 17.", "Kafr Nabl", 17, ANY),
    ("A man was killed and his wife wounded when a drone hit their car near Atarib.", "Atarib", 1, 1),
    ("Air strikes killed at least 60 people in Maarat al-Numan on Monday. Among the dead were 28 children and 22 women.", "Maarat al-Numan", 60, ANY),
    ("The air strike on Kafr Takharim killed 25 people, 19 of them children.", "Kafr Takharim", 25, ANY),
    ("Russian jets bombed Sarmin and Taftanaz on Thursday, killing six civilians.", "Sarmin", 6, ANY),
    # monitors (SOHR / SNHR wording, translated)
    ("The number of martyrs in the regime massacre in Kafr Nabl has risen to 21, including 6 children.", "Kafr Nabl", 21, ANY),
    ("Casualties of the Russian raids on Ariha rise to 11 including 4 children.", "Ariha", 11, ANY),
    ("A second child died of wounds sustained in the shelling on Maarrat Misrin, raising the toll to 3.", "Maarrat Misrin", 3, ANY),
    ("The death toll from Tuesday's air strike on a school in Haas rose to 21, among them 19 children.", "Haas", 21, ANY),
    ("Syrian-Russian alliance forces killed 7 civilians, including 3 children and 2 women, in an air strike on Maarrat Misrin town in Idlib suburbs.", "Maarrat Misrin", 7, ANY),
    ("A child was martyred and others injured by regime shelling on Kafr Nabl.", "Kafr Nabl", 1, ANY),
    ("3 martyrs, including a child, in regime bombardment on Ariha.", "Ariha", 3, ANY),
    ("Regime artillery targeted Maarrat Misrin, resulting in the death of four civilians.", "Maarrat Misrin", 4, ANY),
    ("A young man succumbed to his wounds sustained in shelling on Kafr Nabl last week.", "Kafr Nabl", 1, ANY),
    ("The bodies of 5 people were found in Saraqeb after the regime forces withdrew.", "Saraqeb", 5, ANY),
    ("Warplanes carried out 12 raids on Kafr Zita, killing 2 people and wounding others.", "Kafr Zita", 2, ANY),
    ("Helicopters dropped 5 barrel bombs on Latamna, killing a child.", "Latamna", 1, ANY),
    ("Dozens of fighters were killed or wounded in clashes on the Kabani front.", "Kabani", None, ANY),
    # local outlets
    ("A civilian was killed and three others were wounded on Monday by Russian shelling targeting the town of Al-Bara in Jabal al-Zawiya.", "Al-Bara", 1, 3),
    ("A family of six was killed when a barrel bomb hit their home in Al-Tamanah.", "Al-Tamanah", 6, ANY),
    ("A woman and her two children were killed in Russian air strikes on Kafr Sajna.", "Kafr Sajna", 3, ANY),
    ("A mother and her three daughters were killed when a shell struck their house in Ihsim.", "Ihsim", 4, ANY),
    ("Gunmen killed a shepherd near Sinjar in the eastern Idlib countryside.", "Sinjar", 1, ANY),
    ("Two brothers were killed by a landmine explosion in the outskirts of Khan Sheikhoun.", "Khan Sheikhoun", 2, ANY),
    ("A father and son were killed in Russian air strikes on Kansafra on Wednesday.", "Kansafra", 2, ANY),
    ("Three members of the same family were killed when a shell hit their house in Kafr Oweid.", "Kafr Oweid", 3, ANY),
    ("Regime shelling killed a civil defence volunteer and injured two of his colleagues in Maarat al-Numan.", "Maarat al-Numan", 1, 2),
    ("Rebel shelling on al-Suqaylabiyah killed two women and a child.", "al-Suqaylabiyah", 3, ANY),
    ("A 12-year-old boy was killed by sniper fire in Kafr Nabuda.", "Kafr Nabuda", 1, ANY),
    ("Idlib: Four killed in regime shelling on Kafr Takharim", "Kafr Takharim", 4, ANY),
    ("3 dead in regime shelling on Ariha", "Ariha", 3, ANY),
    pytest.param("Clashes erupted 40 kilometres south of Idlib city near Maarat al-Numan, killing 7 fighters.", "Maarat al-Numan", 7, ANY,
                 marks=pytest.mark.xfail(strict=True, reason="places, not counts: 'N km south of A near B' keeps A "
                                         "(which carries the 7), not B")),
    ("Regime forces shelled villages along Route 4 near Jisr al-Shughur, killing a man.", "Jisr al-Shughur", 1, ANY),
    ("The 5th Corps lost 9 soldiers in clashes with HTS near Kafr Nabuda.", "Kafr Nabuda", 9, ANY),
    ("Division 25 forces shelled Kafr Nabl, killing 2 civilians.", "Kafr Nabl", 2, ANY),
    ("On 3 March 2020 air strikes on Saraqeb killed 14 people.", "Saraqeb", 14, ANY),
    ("No casualties were reported after regime shelling hit Binnish.", "Binnish", 0, ANY),
    ("Turkish forces shelled SDF positions near Tal Rifaat, causing material damage only.", "Tal Rifaat", 0, ANY),
    ("Regime forces arrested 12 young men in Khan Sheikhoun.", "Khan Sheikhoun", None, ANY),
    ("HTS executed two men in Sarmada on charges of spying for the regime.", "Sarmada", 2, ANY),
    ("Shelling by the SDF on Marea killed three children on Tuesday.", "Marea", 3, ANY),
    # ACLED notes
    ("On 12 March 2021, regime forces shelled Kafr Oweid in Jabal al-Zawiya. Unknown fatalities.", "Kafr Oweid", None, ANY),
    ("On 3 May 2019, Russian warplanes conducted airstrikes on Kafr Nabuda in Hama. 4 civilians were killed, including 2 children.", "Kafr Nabuda", 4, ANY),
    ("On 7 June 2019, HTS and NLF fighters clashed with regime forces near Tal Meleh in northern Hama countryside. 15 regime soldiers and 6 rebels were killed.", "Tal Meleh", 21, ANY),
    ("On 1 February 2020, regime forces shelled Ariha, killing a woman and injuring her two children.", "Ariha", 1, 2),
    ("Around 20 February 2020 (month of), an IED exploded targeting a HTS vehicle in Sarmada. 2 HTS members were killed.", "Sarmada", 2, ANY),
    ("On 9 March 2021, unidentified gunmen shot and killed a civilian in Al-Atarib.", "Al-Atarib", 1, ANY),
    ("On 4 April 2021, ISIS executed 4 men accused of collaborating with the regime in Uqayribat.", "Uqayribat", 4, ANY),
    ("On 5 April 2021, a landmine exploded near Taftanaz, injuring three. No fatalities.", "Taftanaz", 0, 3),
    ("On 6 April 2021, HTS and regime forces exchanged fire on the Kabani axis in the Latakia countryside. Fatalities unknown, coded as 3.", "Kabani", 3, ANY),
    ("On 7 April 2021, Russian warplanes struck Jabal al-Akrad in the Latakia countryside, killing five HTS fighters.", "Jabal al-Akrad", 5, ANY),
    ("On 8 April 2021, regime forces shelled Kansafra. A child was killed and his mother was injured.", "Kansafra", 1, 1),
    ("On 10 April 2021, SDF shelling on Marea killed a woman and her daughter.", "Marea", 2, ANY),
]

SET2 = [
    # wire copy
    ("Russian air strikes on the village of Kafr Lata killed 11 civilians, among them four women, and wounded at least 25 others, according to the Syrian Observatory.", "Kafr Lata", 11, 25),
    ("Government shelling killed a displaced family of five in a camp near Atmeh, rescuers said.", "Atmeh", 5, ANY),
    ("A rocket attack on Jurin killed nine soldiers and militiamen, state media said.", "Jurin", 9, ANY),
    ("The toll from Monday's strikes on Ariha has risen to 17 dead, including a paramedic, the civil defence said.", "Ariha", 17, ANY),
    ("Turkish drone strikes killed eight SDF fighters and wounded 10 near Tal Rifaat, a war monitor said.", "Tal Rifaat", 8, 10),
    ("Two Turkish soldiers were killed and another died later of his wounds in Taftanaz, the ministry said.", "Taftanaz", 3, ANY),
    ("Twin car bombs in Afrin killed at least 14 people, mostly civilians, and wounded dozens.", "Afrin", 14, 12),
    ("The shelling of Darat Izza left three dead and 12 injured.", "Darat Izza", 3, 12),
    ("Fifty-two regime soldiers were killed in a rebel counterattack on Al-Hamamiyat, the Observatory said.", "Al-Hamamiyat", 52, ANY),
    ("Clashes near Kabani left 17 dead on both sides: 10 regime soldiers and 7 jihadists.", "Kabani", 17, ANY),
    ("The HTS attack on army positions near Abu al-Duhur killed a total of 23 fighters.", "Abu al-Duhur", 23, ANY),
    ("The death toll from the car bomb in Al-Bab rose to 60 on Saturday, after nine of the wounded died in hospital.", "Al-Bab", 60, ANY),
    ("Syrian state news agency SANA said terrorists fired rockets at al-Suqaylabiyah, killing two people and wounding six.", "al-Suqaylabiyah", 2, 6),
    ("Two strikes on Sarmin killed eleven people on Tuesday, 20 km east of Idlib city.", "Sarmin", 11, ANY),
    ("Shelling killed six people in Ariha and two in Mhambal.", "Mhambal", 2, ANY),
    ("Shelling killed six people in Ariha and two in Mhambal.", "Ariha", 6, ANY),
    ("Airstrikes killed at least seven people in the town of Ariha, including a journalist; nearby Mhambal was also hit.", "Ariha", 7, ANY),
    ("A car bomb went off in Azaz on Sunday. At least 5 people were killed, a hospital official said.", "Azaz", 5, ANY),
    ("Regime forces shelled Kafr Oweid and Kansafra. Two civilians were killed in Kafr Oweid.", "Kafr Oweid", 2, ANY),
    ("A Russian strike on a house in Maarzaf killed 12 people, including nine members of one family.", "Maarzaf", 12, ANY),
    # monitors
    ("SOHR: The number of people killed in the Russian massacre in Maarrat Misrin has risen to 9, among them 5 children.", "Maarrat Misrin", 9, ANY),
    ("Regime forces executed three captured rebels near Kafr Nabuda, the monitor said.", "Kafr Nabuda", 3, ANY),
    ("Two civilians died of wounds sustained in Russian air strikes on Binnish a day earlier.", "Binnish", 2, ANY),
    ("Regime bombardment on Kafr Ruma leaves a child martyr and three others injured.", "Kafr Ruma", 1, 3),
    ("A citizen martyred by regime sniper fire in Khan Sheikhoun.", "Khan Sheikhoun", 1, ANY),
    ("Nine members of the regime forces killed in an attack by the factions on their positions in Tal Malah.", "Tal Malah", 9, ANY),
    ("Shelling on Kafr Nabl killed two children; on Thursday a third child died of his injuries.", "Kafr Nabl", 3, ANY),
    ("Regime helicopters dropped barrel bombs on Kafr Zita, killing a dozen people, among them at least 4 children.", "Kafr Zita", 12, ANY),
    ("Dozens of civilians were killed or injured in the bombing of the market in Maarat al-Numan.", "Maarat al-Numan", None, ANY),
    # local outlets
    ("The body of a young man bearing gunshot wounds was found near Saraqeb.", "Saraqeb", 1, ANY),
    ("An elderly man was killed and his grandson was seriously wounded when a shell hit Kansafra.", "Kansafra", 1, 1),
    ("A woman and two of her children were killed in a Russian strike on Ma'arat al-Nu'man.", "Ma'arat al-Nu'man", 3, ANY),
    ("A father and his three sons were killed when a missile hit their car near Taftanaz.", "Taftanaz", 4, ANY),
    ("Four brothers were killed in regime shelling on Al-Bara.", "Al-Bara", 4, ANY),
    ("The Civil Defence recovered the bodies of seven people from the rubble in Jisr al-Shughur.", "Jisr al-Shughur", 7, ANY),
    ("Three people, two of them women, were killed in an air strike on Sarmin.", "Sarmin", 3, ANY),
    ("An air strike on a hospital in Kafr Nabl killed a nurse and two patients.", "Kafr Nabl", 3, ANY),
    ("Gunmen shot dead the mukhtar of Kafr Takharim and his son.", "Kafr Takharim", 2, ANY),
    ("Unidentified gunmen killed two HTS members and wounded a third at a checkpoint near Sarmada.", "Sarmada", 2, 1),
    ("Five people - three children and two women - were killed in shelling on Ihsim.", "Ihsim", 5, ANY),
    ("A 7-year-old girl and her 10-year-old brother were killed in shelling on Kafr Nabl.", "Kafr Nabl", 2, ANY),
    # ACLED notes
    ("On 15 March 2021, regime forces shelled the outskirts of Al-Bara in Jabal al-Zawiya. 1 civilian was killed and 2 injured.", "Al-Bara", 1, 2),
    ("On 17 March 2021, HTS executed a man accused of murder in Idlib city.", "Idlib", 1, ANY),
    ("On 18 March 2021, an IED exploded in a car in Al-Bab, killing the driver and a passenger.", "Al-Bab", 2, ANY),
    ("On 19 March 2021, regime forces and NLF exchanged artillery fire on the frontline near Qalaat al-Madiq. Casualties unknown.", "Qalaat al-Madiq", None, ANY),
    ("On 20 March 2021, two landmines exploded near Khan Tuman in southern Aleppo, killing a shepherd and his son.", "Khan Tuman", 2, ANY),
    ("On 21 March 2021, a Turkish soldier was killed and 3 others wounded in shelling by regime forces on a Turkish post in Atarib.", "Atarib", 1, 3),
]

SET3 = [
    # wire copy
    ("Syrian and Russian jets pounded the southern Idlib countryside on Friday. In Maarat al-Numan, a strike killed a mother and her four children, while in Kafr Sijnah two farmers were killed.", "Maarat al-Numan", 5, ANY),
    ("Syrian and Russian jets pounded the southern Idlib countryside on Friday. In Maarat al-Numan, a strike killed a mother and her four children, while in Kafr Sijnah two farmers were killed.", "Kafr Sijnah", 2, ANY),
    ("The monitor said 19 civilians were killed in Idlib province on Sunday, 12 of them in air strikes on Maarat al-Numan.", "Maarat al-Numan", 12, ANY),
    ("A car bomb killed 17 people, most of them civilians, at a checkpoint near Azaz on Saturday.", "Azaz", 17, ANY),
    ("At least three people died and 20 were hurt when a bomb ripped through a bus in Afrin.", "Afrin", 3, 20),
    ("Air raids on Saraqeb killed 10 people, bringing to 46 the number of civilians killed in the area this week.", "Saraqeb", 10, ANY),
    ("Clashes between HTS and the National Front for Liberation in Darat Izza left eight fighters dead on both sides.", "Darat Izza", 8, ANY),
    ("Rebels said they had killed 30 regime soldiers near Kafr Nabuda, a claim that could not be independently verified.", "Kafr Nabuda", 30, ANY),
    ("Shelling on Ariha killed three people on Monday, a day after six were killed in nearby Mhambal.", "Ariha", 3, ANY),
    ("Shelling on Ariha killed three people on Monday, a day after six were killed in nearby Mhambal.", "Mhambal", 6, ANY),
    ("Air strikes on Sarmin killed five; a child was also killed in Binnish.", "Binnish", 1, ANY),
    ("Separately, a roadside bomb killed a senior rebel commander, Abu Mohammad, and two of his guards near Atarib.", "Atarib", 3, ANY),
    ("Airstrikes killed 12 people in two villages, Kafr Lata and Maarzaf, on Thursday.", "Kafr Lata", 12, ANY),
    ("Russian strikes on Maarat al-Numan killed at least a dozen people, among them several children.", "Maarat al-Numan", 12, ANY),
    ("Up to a dozen people are feared dead after a strike on a market in Ariha.", "Ariha", 12, ANY),
    ("Kafr Takharim: 2 killed, 5 wounded in Russian strike", "Kafr Takharim", 2, 5),
    # monitors
    ("The Observatory documented the death of a child of wounds he sustained in the regime shelling of Kafr Nabl two days ago.", "Kafr Nabl", 1, ANY),
    ("The number of fatalities of the landmine explosion in the countryside of Maarat al-Numan has risen to 4.", "Maarat al-Numan", 4, ANY),
    ("A woman was killed and eight other civilians were injured in an airstrike on Binnish.", "Binnish", 1, 8),
    ("Two women, a child and an elderly man were killed in shelling on Al-Bara.", "Al-Bara", 4, ANY),
    ("Regime shelling on Kafr Nabl killed 7, among them 3 children, and wounded 15 others.", "Kafr Nabl", 7, 15),
    ("Three citizens, including a child, were martyred and others were injured as a result of shelling by regime forces on Kansafra.", "Kansafra", 3, ANY),
    ("A man died of his injuries sustained days ago in the Russian bombing of Ihsim, bringing the death toll of the massacre to 6.", "Ihsim", 6, ANY),
    # local outlets
    ("A young man from Saraqeb was killed by unknown gunmen in Sarmada.", "Sarmada", 1, ANY),
    ("In Jisr al-Shughur, a strike killed 2 children and injured their mother.", "Jisr al-Shughur", 2, 1),
    ("A strike on a poultry farm near Maarrat Misrin killed 3 workers.", "Maarrat Misrin", 3, ANY),
    ("Barrel bombs killed a 70-year-old man and his wife in Kafr Zita.", "Kafr Zita", 2, ANY),
    ("Shelling killed a child and wounded 4 in Kafr Nabl and Haas.", "Kafr Nabl", 1, 4),
    # ACLED notes
    ("On 22 March 2021, regime forces targeted a car with an ATGM near Kafr Oweid, killing two HTS fighters and injuring a third.", "Kafr Oweid", 2, 1),
    ("On 23 March 2021, a civilian was killed by a landmine explosion left over by regime forces near Talmenes in the Maarat al-Numan countryside.", "Talmenes", 1, ANY),
    ("On 24 March 2021, regime forces shelled Marea. No casualties reported.", "Marea", 0, ANY),
    ("On 25 March 2021, an unknown armed group threw a hand grenade at a shop in Al-Bab, wounding the owner.", "Al-Bab", 0, 1),
    ("On 26 March 2021, HTS fighters clashed with a cell of Hurras al-Din near Armanaz. One HTS fighter and 2 Hurras al-Din members were killed.", "Armanaz", 3, ANY),
    ("On 27 March 2021, SDF sniper fire killed a Turkish-backed fighter near Tal Rifaat.", "Tal Rifaat", 1, ANY),
    ("On 28 March 2021, Turkish forces shelled SDF positions in Tal Rifaat. Reportedly, the shelling resulted in no casualties.", "Tal Rifaat", 0, ANY),
    ("On 29 March 2021, Russian forces shelled the surroundings of Al-Bara with rockets, killing 3 civilians including a woman, and injuring 4 others.", "Al-Bara", 3, 4),
]

SET4 = [
    # wire copy
    ("Russian warplanes struck the outskirts of Jisr al-Shughur; there were no immediate reports of casualties.", "Jisr al-Shughur", 0, ANY),
    ("The attack claimed the lives of 9 civilians in Maarat al-Numan, rescuers said.", "Maarat al-Numan", 9, ANY),
    ("Eleven people lost their lives when a shell hit a bakery in Ariha.", "Ariha", 11, ANY),
    ("Over a dozen regime soldiers were killed near Kafr Nabuda, the Observatory said.", "Kafr Nabuda", 12, ANY),
    ("At least two dozen people were killed in air strikes on Saraqeb.", "Saraqeb", 24, ANY),
    ("Nobody was hurt when a shell hit a school in Sarmin.", "Sarmin", 0, ANY),
    ("The attack killed no one, but destroyed a mosque in Kafr Takharim.", "Kafr Takharim", 0, ANY),
    ("Two people perished in the fire caused by the shelling of Ariha.", "Ariha", 2, ANY),
    ("A drone strike on a car near Sarmada killed its two occupants.", "Sarmada", 2, ANY),
    ("Rebels shot down a regime helicopter near Qmenas, killing its two pilots.", "Qmenas", 2, ANY),
    ("Air strikes killed 14 civilians in Idlib province on Monday, including eight in the town of Ariha.", "Ariha", 8, ANY),
    ("Rebels said 'dozens' of regime troops were killed in the attack on Tal Malah.", "Tal Malah", 12, ANY),
    ("Turkey said 2 of its soldiers were killed in Idlib.", "Idlib", 2, ANY),
    ("Shelling on Darat Izza killed an elderly woman; separately, a child was wounded in Atarib.", "Darat Izza", 1, ANY),
    ("Shelling on Darat Izza killed an elderly woman; separately, a child was wounded in Atarib.", "Atarib", 0, 1),
    # monitors
    ("Shelling on Kafr Nabl killed one person and injured two others.", "Kafr Nabl", 1, 2),
    ("Regime shelling of Ihsim left one civilian dead.", "Ihsim", 1, ANY),
    ("The airstrike on Maarrat Misrin killed 6 (four children and two women).", "Maarrat Misrin", 6, ANY),
    ("The shelling left 3 civilians dead, including a child, in Kansafra.", "Kansafra", 3, ANY),
    ("Two HTS fighters and a civilian were killed in a Russian strike on Sarmin.", "Sarmin", 3, ANY),
    ("The raid killed 5 members of the same family, among them 3 children, in Kafr Zita.", "Kafr Zita", 5, ANY),
    ("3 civilians killed and 7 injured in regime shelling on Al-Bara", "Al-Bara", 3, 7),
    ("Three fighters from the Sham Legion were killed and several were wounded in Russian strikes on Maarrat Misrin.", "Maarrat Misrin", 3, ANY),
    # local outlets
    ("Idlib: 5 killed, 12 injured as shells hit Binnish", "Binnish", 5, 12),
    ("Gunmen on a motorcycle shot dead a man and his wife in their home in Atarib.", "Atarib", 2, ANY),
    ("A civilian died and two others were wounded by a landmine in Khan Sheikhoun.", "Khan Sheikhoun", 1, 2),
    ("The shelling wounded a mother and her baby in Kafr Nabl.", "Kafr Nabl", 0, 2),
    # ACLED notes
    ("On 1 April 2021, HTS arrested 3 people in Sarmada accused of belonging to ISIS.", "Sarmada", None, ANY),
    ("On 2 April 2021, regime forces shelled Kafr Oweid and the surrounding villages. 2 civilians were killed.", "Kafr Oweid", 2, ANY),
    ("On 3 April 2021, an IED detonated near a Turkish-backed faction's HQ in Afrin. Fatalities unknown.", "Afrin", None, ANY),
    ("On 4 April 2021, unidentified gunmen shot and injured a man in Sarmada. He later died of his wounds.", "Sarmada", 1, ANY),
    ("On 5 April 2021, Russian warplanes struck HTS positions in the vicinity of Jisr al-Shughur, killing 4 HTS members and wounding 6 others.", "Jisr al-Shughur", 4, 6),
    ("On 6 April 2021, a regime soldier was killed by HTS sniper fire on the Kabani axis; two others were wounded.", "Kabani", 1, 2),
]

SET5 = [
    # ACLED notes
    ("On 7 April 2021, regime forces shelled Kafr Nabl, resulting in 2 fatalities.", "Kafr Nabl", 2, ANY),
    ("On 8 April 2021, HTS and regime forces clashed near Tal Malah. 6 were killed on both sides.", "Tal Malah", 6, ANY),
    ("On 9 April 2021, an IED targeted a car in Al-Bab, killing a commander of the Hamza Division.", "Al-Bab", 1, ANY),
    ("On 10 April 2021, regime forces shelled Kansafra. One person was killed.", "Kansafra", 1, ANY),
    ("On 11 April 2021, Turkish forces and SDF exchanged fire near Tal Rifaat. The number of fatalities is unknown.", "Tal Rifaat", None, ANY),
    ("On 12 April 2021, 2 HTS fighters were killed, 1 of them a commander, in clashes with regime forces near Kabani.", "Kabani", 2, ANY),
    ("On 13 April 2021, Russian warplanes struck Ariha and Mhambal, killing 3 and 2 civilians respectively.", "Mhambal", 2, ANY),
    ("On 14 April 2021, a group of gunmen kidnapped a child in Sarmada and demanded a ransom.", "Sarmada", None, ANY),
    ("On 15 April 2021, a woman died of her wounds sustained in regime shelling on Al-Bara on 13 April.", "Al-Bara", 1, ANY),
    ("On 16 April 2021, regime forces shelled Kafr Oweid, killing a civilian. Another civilian was injured.", "Kafr Oweid", 1, 1),
    ("On 17 April 2021, unidentified gunmen killed a man and injured his brother in Atarib.", "Atarib", 1, 1),
    ("On 18 April 2021, an explosion of unknown origin hit an arms depot in Sarmada. 5 fatalities.", "Sarmada", 5, ANY),
    # wire copy
    ("According to the Syrian Observatory, 14 people were killed in the strikes on Saraqeb.", "Saraqeb", 14, ANY),
    ("The Observatory put the toll from the strikes on Saraqeb at 18, including five children.", "Saraqeb", 18, ANY),
    ("Strikes on Maarat al-Numan killed 9 civilians on Tuesday, bringing the toll from the strikes to 11.", "Maarat al-Numan", 11, ANY),
    ("The strikes killed five people in Kafr Nabl, the monitor said, raising to 20 the number of dead in the town since Monday.", "Kafr Nabl", 5, ANY),
    ("Rescuers pulled 7 bodies from the rubble of a building in Ariha after the overnight raids.", "Ariha", 7, ANY),
    ("A suicide bomber killed himself and four rebels at a checkpoint near Sarmada.", "Sarmada", 5, ANY),
    ("At least 10 people, among them a child, were killed in an explosion at a fuel market near Al-Bab.", "Al-Bab", 10, ANY),
    ("Government forces lost at least 15 men in the fighting for Kafr Nabuda, the monitor said.", "Kafr Nabuda", 15, ANY),
    # monitors
    ("SOHR documented the death of 3 civilians in regime shelling on Kafr Takharim.", "Kafr Takharim", 3, ANY),
    ("The death toll of the Russian massacre in Maarrat Misrin climbs to 8, including 4 children.", "Maarrat Misrin", 8, ANY),
    ("A young man was killed under torture in regime prisons after he was arrested at a checkpoint in Khan Sheikhoun.", "Khan Sheikhoun", 1, ANY),
    ("Five members of the regime forces were killed in an attack by HTS on the Jabal al-Akrad axis.", "Jabal al-Akrad", 5, ANY),
    ("Two children were killed and their mother was seriously injured in regime shelling on Kafr Zita.", "Kafr Zita", 2, 1),
    ("The number of people who were killed in the regime shelling of Ariha rose to 6, after a man died of his wounds.", "Ariha", 6, ANY),
    ("A total of 12 civilians were killed in regime and Russian bombardment on Idlib countryside, 7 of them in Maarat al-Numan.", "Maarat al-Numan", 7, ANY),
    # local outlets
    ("Shelling killed a teenage boy and injured his father in Sarmin.", "Sarmin", 1, 1),
    ("A rocket landed on a house in Jisr al-Shughur, killing an 80-year-old woman.", "Jisr al-Shughur", 1, ANY),
    ("Three civil defence workers were killed while responding to a strike on Kafr Nabl.", "Kafr Nabl", 3, ANY),
    ("A man in his fifties was killed by a sniper in Kafr Nabuda.", "Kafr Nabuda", 1, ANY),
]

SET6 = [
    # wire paragraphs
    ("Government shelling killed four civilians in Kafr Nabl on Sunday, the Observatory said. In nearby Hass, a woman was killed when a rocket hit her home.", "Hass", 1, ANY),
    ("Government shelling killed four civilians in Kafr Nabl on Sunday, the Observatory said. In nearby Hass, a woman was killed when a rocket hit her home.", "Kafr Nabl", 4, ANY),
    ("Russian jets struck a market in Saraqeb on Monday. The strikes killed 15 people, a civil defence official said, and wounded at least 40.", "Saraqeb", 15, 40),
    ("A car bomb exploded near a mosque in Azaz after Friday prayers. Eight people were killed and more than 20 wounded, according to local officials.", "Azaz", 8, 20),
    ("Turkish artillery pounded Kurdish positions around Tal Rifaat overnight. A Kurdish official said two fighters and a civilian were killed.", "Tal Rifaat", 3, ANY),
    ("Jihadists attacked army positions near Abu Dali at dawn, sparking clashes that killed 19 soldiers and 12 jihadists, the monitor said.", "Abu Dali", 31, ANY),
    ("Warplanes bombed the town of Khan Sheikhoun for a third day. The toll from Tuesday's strikes has climbed to 12, rescuers said.", "Khan Sheikhoun", 12, ANY),
    ("Rebels shelled the Christian town of Mhardeh, killing a girl, state media said. The army responded with strikes on Kafr Zita.", "Mhardeh", 1, ANY),
    ("Rebels shelled the Christian town of Mhardeh, killing a girl, state media said. The army responded with strikes on Kafr Zita.", "Kafr Zita", None, ANY),
    ("An air strike on a camp for displaced people near Qah killed at least 16 people, most of them women and children.", "Qah", 16, ANY),
    # monitor paragraphs
    ("SOHR: regime forces shelled Kafr Sijnah and Hass. A woman was killed in Kafr Sijnah and three people were injured in Hass.", "Hass", 0, 3),
    ("SOHR: regime forces shelled Kafr Sijnah and Hass. A woman was killed in Kafr Sijnah and three people were injured in Hass.", "Kafr Sijnah", 1, ANY),
    ("Regime warplanes carried out 25 airstrikes on Jisr al-Shughur countryside, killing a child in Bdama.", "Bdama", 1, ANY),
    ("The Syrian Observatory documented the killing of 6 people, among them 2 children, in the shelling of Al-Bara. The number is likely to rise because of the seriously injured.", "Al-Bara", 6, ANY),
    ("A child died of wounds sustained two days ago in the regime shelling on Kafr Nabl, raising the number of dead in the massacre to 7.", "Kafr Nabl", 7, ANY),
    # ACLED notes, two sentences
    pytest.param("On 10 May 2021, unidentified gunmen shot at a car on the road between Sarmada and Atmeh. The driver was killed.", "Sarmada", 1, ANY,
                 marks=pytest.mark.xfail(strict=True, reason="events, not counts: 'shot at a car' is no event cue, so the "
                                         "sentence places nothing ('opened fire at a car' gives Sarmada its 1)")),
    ("On 11 May 2021, regime forces shelled Kafr Oweid. A woman and her son were killed and 3 others were injured.", "Kafr Oweid", 2, 3),
    ("On 12 May 2021, HTS clashed with Hurras al-Din near Armanaz. Several fighters were killed. Fatalities coded as 3.", "Armanaz", 3, ANY),
    ("On 13 May 2021, a landmine left by IS exploded near Khan Tuman, injuring 2 shepherds. One of them later died.", "Khan Tuman", 1, ANY),
    ("On 14 May 2021, Russian warplanes struck a poultry farm near Maarrat Misrin. No casualties were reported, but the farm was destroyed.", "Maarrat Misrin", 0, ANY),
    ("On 15 May 2021, regime forces shelled Al-Bara and Kansafra, killing 2 civilians in Al-Bara.", "Al-Bara", 2, ANY),
    ("On 15 May 2021, regime forces shelled Al-Bara and Kansafra, killing 2 civilians in Al-Bara.", "Kansafra", None, ANY),
    ("On 16 May 2021, a child was killed by a regime sniper in Kafr Nabuda. The child's father was also wounded.", "Kafr Nabuda", 1, 1),
]


def _check(text: str, place: str, dead, injured) -> None:
    gdf = geoincidents.extract(text, published=PUB)
    hits = gdf[gdf["location_mention"].str.lower() == place.lower()]
    assert len(hits) >= 1, f"{place}: {gdf['location_mention'].tolist()}"
    row = hits.iloc[0]
    got = None if pd.isna(row.fatalities) else int(row.fatalities)
    assert got == dead, (got, row.fatalities_text, row.fatalities_rule)
    if injured is not ANY:
        hurt = None if pd.isna(row.injured) else int(row.injured)
        assert hurt == injured, (hurt, row.fatalities_rule)



# Each set scored on its first run (module docstring); one test over all of them.
@pytest.mark.parametrize(("text", "place", "dead", "injured"), SET1 + SET2 + SET3 + SET4 + SET5 + SET6)
def test_sets_1_to_6(text: str, place: str, dead, injured) -> None:
    _check(text, place, dead, injured)
