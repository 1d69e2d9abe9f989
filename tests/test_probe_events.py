"""Probes of event type, sub-event type and actors on language the dev sets do not hold.

Each probe is a sentence written for this test (not a dev row) in one of three styles: wire copy
("BEIRUT (Reuters) - ..."), a monitor's report (SOHR, SNHR, Enab Baladi style) and an ACLED note
("On 3 May 2020, ..."), covering every sub-event type of the ACLED codebook and the actor roles
(perpetrator as ``actor1``, target or victim's side as ``actor2``).  Each asserts what a user sees
in the incident at the place the sentence names.
"""
from __future__ import annotations

import pytest

from geoincidents import Document
from geoincidents.pipeline import process

BAT, ERV, VAC, SD, PRO, RIO = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                               "Strategic developments", "Protests", "Riots")
UAG, CIV, GOV, PROT, RIOT = "Unidentified Armed Group (Syria)", "Civilians", "Syrian government", "Protesters (Syria)", "Rioters (Syria)"
HTS, REB, TBR, IS = "Hay'at Tahrir al-Sham", "Opposition rebels", "Turkey-backed rebels", "Islamic State"
CL, GRT, NSO = "Armed clash", "Government regains territory", "Non-state actor overtakes territory"
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
CHG = "Change to group/activity"
PROBES = [
    # --- armed clash
    ("wire", "BEIRUT (Reuters) - Rebels and Syrian government forces clashed near Saraqeb on Tuesday, a war monitor said.", "Saraqeb", BAT, CL, GOV, REB),
    ("monitor", "Violent clashes erupted between HTS fighters and regime forces on the Kafr Nabl axis, amid mutual shelling.", "Kafr Nabl", BAT, CL, GOV, HTS),
    ("acled", "On 3 May 2020, SDF fighters clashed with Turkey-backed factions near Ras al-Ain. Two SDF fighters were killed.", "Ras al-Ain", BAT, CL, "SDF", TBR),
    ("wire", "Opposition fighters ambushed a government patrol near Atarib, killing four soldiers, the Syrian Observatory said.", "Atarib", BAT, CL, GOV, REB),
    ("monitor", "Three soldiers were killed when IS cells attacked a regime checkpoint near Mayadin.", "Mayadin", BAT, CL, GOV, IS),
    ("acled", "On 3 May 2020, unidentified gunmen shot dead a regime soldier in Tafas.", "Tafas", BAT, CL, GOV, UAG),
    # --- territory
    ("wire", "Syrian government forces recaptured the town of Saraqeb from rebels on Monday, state media said.", "Saraqeb", BAT, GRT, GOV, REB),
    ("monitor", "Regime forces entered Kafr Nabl after the factions withdrew from it.", "Kafr Nabl", BAT, GRT, GOV, REB),
    ("acled", "On 3 May 2020, regime forces regained control of Khan Shaykhun after HTS fighters withdrew.", "Khan Shaykhun", BAT, GRT, GOV, HTS),
    ("wire", "Turkish-backed rebels captured the border town of Tal Abyad from the Kurdish-led SDF on Sunday.", "Tal Abyad", BAT, NSO, TBR, "SDF"),
    ("monitor", "HTS and allied factions expelled regime forces from Kafr Nabl after a dawn offensive.", "Kafr Nabl", BAT, NSO, HTS, GOV),
    ("acled", "On 3 May 2020, IS militants took control of the village of al-Shuhayl after SDF fighters withdrew from it.", "al-Shuhayl", BAT, NSO, IS, "SDF"),
    # --- air / drone strikes
    ("wire", "Russian warplanes struck Ariha on Wednesday, killing five civilians, rescuers said.", "Ariha", ERV, AIR, "Russia", CIV),
    ("monitor", "A drone strike killed three Ahrar al-Sham members near Sarmin.", "Sarmin", ERV, AIR, None, "Ahrar al-Sham"),
    ("monitor", "Four HTS members were killed by a Russian strike on Binnish.", "Binnish", ERV, AIR, "Russia", HTS),
    ("acled", "On 3 May 2020, a coalition drone targeted a car carrying two Hurras al-Din commanders near Atarib, killing both.", "Atarib", ERV, AIR, "International coalition", "Hurras al-Din"),
    ("wire", "Regime helicopters dropped barrel bombs on Latamneh overnight, activists said.", "Latamneh", ERV, AIR, GOV, None),
    ("acled", "On 3 May 2020, Israeli warplanes struck positions of Iranian militias near al-Bukamal. 7 fighters were killed.", "al-Bukamal", ERV, AIR, "Israel", "Iran"),
    # --- shelling
    ("wire", "Government artillery pounded Maarat al-Numan overnight, killing a woman and her two children.", "Maarat al-Numan", ERV, SHELL, GOV, CIV),
    ("monitor", "Turkish forces shelled SDF positions in the countryside of Manbij.", "Manbij", ERV, SHELL, "Turkey", "SDF"),
    ("acled", "On 3 May 2020, a missile hit a Russian military patrol near Ariha, wounding two soldiers.", "Ariha", ERV, SHELL, None, "Russia"),
    ("monitor", "Rebel factions fired rockets at regime positions in Morek.", "Morek", ERV, SHELL, REB, GOV),
    ("acled", "On 3 May 2020, an anti-tank guided missile was fired targeting a Turkish patrol on the M4 road near Ariha.", "Ariha", ERV, SHELL, None, "Turkey"),
    ("monitor", "Regime shelling on Latamneh killed a commander in the Jaysh al-Nasr faction.", "Latamneh", ERV, SHELL, GOV, "Jaysh al-Nasr"),
    # --- remote explosives
    ("wire", "A car bomb exploded in the town of Azaz on Saturday, killing at least eight people, Turkish officials said.", "Azaz", ERV, IED, UAG, CIV),
    ("monitor", "A landmine exploded near Hajin, killing a shepherd.", "Hajin", ERV, IED, UAG, CIV),
    ("acled", "On 3 May 2020, an IED detonated against a regime military vehicle near Tafas, wounding two soldiers.", "Tafas", ERV, IED, UAG, GOV),
    ("monitor", "Three SDF members were killed by an IED explosion in Hajin.", "Hajin", ERV, IED, UAG, "SDF"),
    ("acled", "On 3 May 2020, an explosion targeted a Turkish patrol near Ariha. No fatalities were reported.", "Ariha", ERV, IED, UAG, "Turkey"),
    # --- suicide, grenade, chemical
    ("wire", "An Islamic State suicide bomber blew himself up at an SDF checkpoint in Manbij, killing four fighters.", "Manbij", ERV, "Suicide bomb", IS, "SDF"),
    ("acled", "On 3 May 2020, a suicide car bomb targeted a position of a Turkey-backed faction in Jarablus.", "Jarablus", ERV, "Suicide bomb", UAG, TBR),
    ("monitor", "Unknown persons threw a hand grenade at a house in Daraa city, injuring a woman.", "Daraa", ERV, "Grenade", UAG, CIV),
    ("acled", "On 3 May 2020, unidentified gunmen threw a grenade at a checkpoint of the Fourth Division in Tafas.", "Tafas", ERV, "Grenade", UAG, GOV),
    ("wire", "Regime helicopters dropped barrels filled with chlorine gas on Saraqeb, injuring 11 people, doctors said.", "Saraqeb", ERV, "Chemical weapon", GOV, CIV),
    # --- attacks on civilians
    ("wire", "Gunmen shot and killed a man in Daraa on Thursday.", "Daraa", VAC, "Attack", UAG, CIV),
    ("monitor", "The body of a civilian was found in Mayadin bearing gunshot wounds.", "Mayadin", VAC, "Attack", UAG, CIV),
    ("monitor", "IS cells executed two men in Busayrah on charges of collaborating with the SDF.", "Busayrah", VAC, "Attack", IS, CIV),
    ("acled", "On 3 May 2020, unidentified gunmen assassinated a member of the local council in Tafas.", "Tafas", VAC, "Attack", UAG, CIV),
    ("wire", "Turkish border guards shot dead a Syrian civilian trying to cross the border near Azaz.", "Azaz", VAC, "Attack", "Turkey", CIV),
    ("acled", "On 3 May 2020, members of the Sultan Murad Division assaulted a civilian in al-Bab.", "al-Bab", VAC, "Attack", "Sultan Murad Division", CIV),
    ("monitor", "Two civilians were wounded by regime sniper fire in Sarmin.", "Sarmin", VAC, "Attack", GOV, CIV),
    # --- abductions, sexual violence
    ("monitor", "Gunmen kidnapped a child in Tafas and demanded a ransom from his family.", "Tafas", VAC, "Abduction/forced disappearance", UAG, CIV),
    ("acled", "On 3 May 2020, SDF forces abducted three young men from Busayrah to conscript them.", "Busayrah", VAC, "Abduction/forced disappearance", "SDF", CIV),
    ("wire", "HTS detained a journalist in Binnish on Monday, his colleagues said.", "Binnish", VAC, "Abduction/forced disappearance", HTS, CIV),
    ("monitor", "A woman was raped by members of a Turkey-backed faction in Afrin.", "Afrin", VAC, "Sexual violence", TBR, CIV),
    ("acled", "On 3 May 2020, a member of the Sultan Murad Division sexually assaulted a girl in Azaz.", "Azaz", VAC, "Sexual violence", "Sultan Murad Division", CIV),
    # --- protests
    ("wire", "Hundreds of people demonstrated in Binnish on Friday against the Russian-Turkish deal.", "Binnish", PRO, "Peaceful protest", PROT, None),
    ("monitor", "A demonstration took place in the camp of Atmeh demanding the release of detainees.", "Atmeh", PRO, "Peaceful protest", PROT, None),
    ("acled", "On 3 May 2020, residents of Tafas held a protest against the regime's security raids.", "Tafas", PRO, "Peaceful protest", PROT, None),
    ("wire", "Security forces dispersed a protest in Daraa with tear gas, witnesses said.", "Daraa", PRO, "Protest with intervention", PROT, None),
    ("acled", "On 3 May 2020, HTS members broke up a demonstration in Binnish and arrested two protesters.", "Binnish", PRO, "Protest with intervention", PROT, HTS),
    ("wire", "Regime forces opened fire on protesters in Sanamayn, killing three, residents said.", "Sanamayn", PRO, "Excessive force against protesters", GOV, PROT),
    ("acled", "On 3 May 2020, Turkish border guards fired live ammunition at demonstrators near Azaz, killing one.", "Azaz", PRO, "Excessive force against protesters", "Turkey", PROT),
    # --- riots
    ("monitor", "Protesters burned tyres and stormed the local council building in al-Bab.", "al-Bab", RIO, "Violent demonstration", RIOT, None),
    ("acled", "On 3 May 2020, demonstrators threw stones at a Russian patrol near Daraa.", "Daraa", RIO, "Violent demonstration", RIOT, "Russia"),
    ("monitor", "A mob attacked and beat a man accused of theft in Manbij.", "Manbij", RIO, "Mob violence", RIOT, CIV),
    ("acled", "On 3 May 2020, angry residents of Tafas set fire to the house of a man accused of collaborating with the regime.", "Tafas", RIO, "Mob violence", RIOT, CIV),
    # --- arrests, looting
    ("wire", "Syrian security forces arrested 15 people in a raid on Daraa on Tuesday, relatives said.", "Daraa", SD, "Arrests", GOV, CIV),
    ("monitor", "Regime intelligence arrested a young man at a checkpoint in Sanamayn.", "Sanamayn", SD, "Arrests", GOV, CIV),
    ("acled", "On 3 May 2020, the Military Security branch arrested two former opposition fighters in Jasim.", "Jasim", SD, "Arrests", GOV, REB),
    ("monitor", "Members of the Hamza Division looted homes in Ras al-Ain.", "Ras al-Ain", SD, "Looting/property destruction", "Hamza Division", CIV),
    ("acled", "On 3 May 2020, regime forces burned agricultural land near Kafr Nabl.", "Kafr Nabl", SD, "Looting/property destruction", GOV, CIV),
    ("wire", "Pro-government militias looted houses in Maarat al-Numan after capturing it.", "Maarat al-Numan", SD, "Looting/property destruction", "Pro-government militias", CIV),
    # --- strategic developments
    ("wire", "Turkish military reinforcements crossed the border and headed to Ariha, a war monitor said.", "Ariha", SD, CHG, "Turkey", None),
    ("monitor", "Regime forces brought large reinforcements to their positions near Kafr Nabl.", "Kafr Nabl", SD, CHG, GOV, None),
    ("acled", "On 3 May 2020, Russian military police conducted a patrol in Tal Tamr.", "Tal Tamr", SD, CHG, "Russia", None),
    ("wire", "Turkish forces set up a new military point near Saraqeb on Thursday.", "Saraqeb", SD, "Headquarters or base established", "Turkey", None),
    ("acled", "On 3 May 2020, Iranian militias established a new headquarters in Mayadin.", "Mayadin", SD, "Headquarters or base established", "Iran", None),
    ("wire", "Rebels and Russian officers reached an agreement in Tafas to hand over medium weapons.", "Tafas", SD, "Agreement", "Russia", REB),
    ("acled", "On 3 May 2020, a reconciliation agreement was reached between regime forces and local notables in Jasim.", "Jasim", SD, "Agreement", GOV, None),
    ("monitor", "SDF engineers defused an IED planted on the road near Busayrah.", "Busayrah", ERV, "Disrupted weapons use", "SDF", None),
    ("acled", "On 3 May 2020, HTS thwarted a car bomb attack at a checkpoint near Sarmin.", "Sarmin", ERV, "Disrupted weapons use", HTS, None),
    ("wire", "Turkish air defences shot down a drone over al-Bab, the defence ministry said.", "al-Bab", ERV, "Disrupted weapons use", "Turkey", None),
    ("monitor", "The SDF handed over its positions in Manbij to regime forces.", "Manbij", SD, "Non-violent transfer of territory", "SDF", GOV),
    ("acled", "On 3 May 2020, regime forces entered Tal Tamr without a fight under an agreement with the SDF.", "Tal Tamr", SD, "Non-violent transfer of territory", GOV, "SDF"),
    ("acled", "Other: On 3 May 2020, Russian military police prevented a US patrol from entering Tal Tamr.", "Tal Tamr", SD, "Other", "Russia", "United States"),
    # --- actor roles
    ("wire", "A Russian airstrike killed four HTS members in Binnish, the monitor said.", "Binnish", ERV, AIR, "Russia", HTS),
    ("monitor", "A Turkish soldier was killed by an SDF mortar attack near Azaz.", "Azaz", ERV, SHELL, "SDF", "Turkey"),
    ("wire", "Israeli missiles struck Iranian positions near al-Bukamal, a monitor said.", "al-Bukamal", ERV, SHELL, "Israel", "Iran"),
    ("acled", "On 3 May 2020, Hezbollah fighters were killed by an HTS ambush near Saraqeb.", "Saraqeb", BAT, CL, HTS, "Hezbollah"),
    ("monitor", "Unidentified gunmen killed a regime officer in Tafas.", "Tafas", BAT, CL, GOV, UAG),
    ("wire", "Three civilians were killed when regime shells hit a market in Ariha, rescuers said.", "Ariha", ERV, SHELL, GOV, CIV),
    # --- a second set, written after the first was fixed, to see what the rules did not yet cover
    ("wire", "Syrian troops and allied militias seized the village of Kafr Nabl from insurgents, state television said.", "Kafr Nabl", BAT, GRT, GOV, REB),
    ("wire", "Insurgents stormed army posts near Morek overnight, killing 12 soldiers, a monitor said.", "Morek", BAT, CL, GOV, REB),
    ("wire", "Two children were killed when a shell fired by regime forces landed on a school in Atarib.", "Atarib", ERV, SHELL, GOV, CIV),
    ("wire", "A roadside bomb hit a military bus in Daraa, killing three soldiers.", "Daraa", ERV, IED, UAG, None),
    ("monitor", "An improvised explosive device went off in a vegetable market in al-Bab, killing five civilians.", "al-Bab", ERV, IED, UAG, CIV),
    ("monitor", "A motorcycle rigged with explosives blew up near a checkpoint of the National Army in Afrin.", "Afrin", ERV, IED, UAG, TBR),
    ("monitor", "Gunmen on a motorcycle shot dead a pharmacist in Tafas.", "Tafas", VAC, "Attack", UAG, CIV),
    ("monitor", "Unknown assailants stabbed a woman to death in Manbij.", "Manbij", VAC, "Attack", UAG, CIV),
    ("monitor", "The bodies of three young men bearing torture marks were found near Mayadin.", "Mayadin", VAC, "Attack", UAG, CIV),
    ("monitor", "HTS security forces raided a house in Sarmin and arrested a media activist.", "Sarmin", VAC, "Abduction/forced disappearance", HTS, CIV),
    ("monitor", "The Asayish detained four teachers in Qamishli for refusing the new curriculum.", "Qamishli", VAC, "Abduction/forced disappearance", "Asayish", CIV),
    ("wire", "Regime forces launched a campaign of arrests in Sanamayn, detaining 12 young men.", "Sanamayn", SD, "Arrests", GOV, CIV),
    ("wire", "Dozens of residents protested in Jasim against the deteriorating living conditions.", "Jasim", PRO, "Peaceful protest", PROT, None),
    ("monitor", "Students staged a sit-in in front of the education directorate in Azaz.", "Azaz", PRO, "Peaceful protest", PROT, None),
    ("wire", "Turkish police used tear gas to disperse hundreds of Syrians protesting in Azaz.", "Azaz", PRO, "Protest with intervention", PROT, "Turkey"),
    ("monitor", "Angry protesters set fire to the car of a local council official in al-Bab.", "al-Bab", RIO, "Violent demonstration", RIOT, None),
    ("monitor", "Residents of Binnish beat to death a man suspected of kidnapping children.", "Binnish", RIO, "Mob violence", RIOT, CIV),
    ("monitor", "Tiger Forces reinforced their positions around Kafr Nabl with dozens of fighters.", "Kafr Nabl", SD, CHG, GOV, None),
    ("wire", "A Turkish military convoy of 30 vehicles crossed into Syria and deployed near Sarmin.", "Sarmin", SD, CHG, "Turkey", None),
    ("acled", "On 3 May 2020, US forces and the SDF conducted a joint patrol near Tal Tamr.", "Tal Tamr", SD, CHG, "International coalition", "SDF"),
    ("acled", "On 3 May 2020, Russian military police established a new point in Tal Tamr.", "Tal Tamr", SD, "Headquarters or base established", "Russia", None),
    ("wire", "HTS and the National Front for Liberation agreed to a ceasefire in Atarib after days of fighting.", "Atarib", SD, "Agreement", HTS, REB),
    ("monitor", "Regime forces pulled out of their positions in Tal Tamr, handing them over to Russian military police.", "Tal Tamr", SD, "Non-violent transfer of territory", GOV, "Russia"),
    ("wire", "Rebels surrendered the town of Tafas to government forces under a Russian-brokered deal.", "Tafas", SD, "Non-violent transfer of territory", REB, GOV),
    ("monitor", "A drone belonging to the regime was downed by rebels near Kafr Nabl.", "Kafr Nabl", ERV, "Disrupted weapons use", REB, GOV),
    ("monitor", "SNA fighters looted shops and seized the olive harvest in Afrin.", "Afrin", SD, "Looting/property destruction", TBR, CIV),
    ("wire", "IS militants beheaded a shepherd near Mayadin, accusing him of spying.", "Mayadin", VAC, "Attack", IS, CIV),
    ("monitor", "A sniper from the regime forces killed a farmer in his field near Kafr Nabl.", "Kafr Nabl", VAC, "Attack", GOV, CIV),
    ("monitor", "Five members of the Sham Legion were killed in a Russian airstrike on Atarib.", "Atarib", ERV, AIR, "Russia", "Sham Legion"),
    ("wire", "A woman and her daughter were wounded by shrapnel from a Turkish artillery shell that hit Tal Tamr.", "Tal Tamr", ERV, SHELL, "Turkey", CIV),
    ("acled", "On 3 May 2020, an IED planted by unidentified persons exploded near a Russian patrol in Daraa, without causing casualties.", "Daraa", ERV, IED, UAG, "Russia"),
    ("acled", "On 3 May 2020, Turkish forces arrested two Syrians trying to cross the border near Azaz.", "Azaz", SD, "Arrests", "Turkey", CIV),
    ("acled", "On 3 May 2020, regime forces and Iranian militias shelled Sarmin with rockets.", "Sarmin", ERV, SHELL, GOV, None),
    ("acled", "On 3 May 2020, HTS executed a man in Sarmin on charges of blasphemy.", "Sarmin", VAC, "Attack", HTS, CIV),
    ("monitor", "Turkish-backed factions kidnapped a Kurdish woman from her home in Afrin.", "Afrin", VAC, "Abduction/forced disappearance", TBR, CIV),
    ("acled", "On 3 May 2020, a member of the regime's Military Security was shot dead by unknown gunmen in Jasim.", "Jasim", BAT, CL, GOV, UAG),
    ("acled", "On 3 May 2020, clashes erupted between the Hamza Division and Ahrar al-Sharqiyah in al-Bab over the sharing of spoils. 2 fighters were killed.", "al-Bab", BAT, CL, "Hamza Division", "Ahrar al-Sharqiyah"),
    ("wire", "Government forces took full control of Maarat al-Numan on Tuesday after rebels withdrew, the army said.", "Maarat al-Numan", BAT, GRT, GOV, REB),
    ("monitor", "Jaysh al-Izza fighters targeted a regime tank with an anti-tank missile on the Latamneh front, destroying it.", "Latamneh", ERV, SHELL, "Jaysh al-Izza", GOV),
    ("acled", "On 3 May 2020, an Israeli drone struck a car near Quneitra, killing a Hezbollah member.", "Quneitra", ERV, AIR, "Israel", "Hezbollah"),
    # --- a third set: more outlets' wording (wire tolls, monitors' campaigns, ACLED notes)
    ("wire", "Mortar rounds slammed into a residential district of Suqaylabiyah, killing two children, state media said.", "Suqaylabiyah", ERV, SHELL, None, CIV),
    ("wire", "Gunmen opened fire on a minibus carrying farm workers near Daraa, killing four of them.", "Daraa", VAC, "Attack", UAG, CIV),
    ("wire", "An explosion rocked a crowded market in Azaz on Sunday, killing at least six people.", "Azaz", ERV, IED, UAG, CIV),
    ("wire", "Islamic State sleeper cells ambushed a bus carrying soldiers near Mayadin, killing nine.", "Mayadin", BAT, CL, IS, None),
    ("wire", "A Turkish drone strike killed three members of the PKK in Qamishli, Turkish media reported.", "Qamishli", ERV, AIR, "Turkey", "PKK"),
    ("wire", "Air strikes by the US-led coalition on Hajin killed 15 civilians, the Observatory said.", "Hajin", ERV, AIR, "International coalition", CIV),
    ("wire", "Regime barrel bombs killed a family of five in Latamneh on Monday.", "Latamneh", ERV, AIR, GOV, CIV),
    ("wire", "Opposition shelling killed two children in Suqaylabiyah, SANA said.", "Suqaylabiyah", ERV, SHELL, REB, CIV),
    ("wire", "Shops in Binnish closed in a general strike against the regime's offensive.", "Binnish", PRO, "Peaceful protest", PROT, None),
    ("wire", "Hezbollah fighters withdrew from their positions near Tafas, a commander said.", "Tafas", SD, CHG, "Hezbollah", None),
    ("wire", "Government troops entered Tafas after rebels agreed to evacuate the town.", "Tafas", SD, "Non-violent transfer of territory", GOV, REB),
    ("monitor", "A prisoner exchange took place between HTS and regime forces near Saraqeb.", "Saraqeb", SD, "Agreement", GOV, HTS),
    ("monitor", "A mass grave containing the bodies of 30 people was discovered in Raqqa.", "Raqqa", SD, "Other", None, None),
    ("monitor", "Dozens of people held a vigil in Sarmin for the victims of the Ariha massacre.", "Sarmin", PRO, "Peaceful protest", PROT, None),
    ("monitor", "Residents blocked the main road with burning tyres in Tafas to protest the arrest of a young man.", "Tafas", RIO, "Violent demonstration", RIOT, None),
    ("monitor", "A group affiliated with the Military Security kidnapped a young man in Sanamayn.", "Sanamayn", VAC, "Abduction/forced disappearance", GOV, CIV),
    ("monitor", "The SDF launched a security campaign against IS cells in Busayrah, arresting 12 suspects.", "Busayrah", VAC, "Abduction/forced disappearance", "SDF", CIV),
    ("monitor", "Turkish drones targeted a car carrying SDF members near Qamishli.", "Qamishli", ERV, AIR, "Turkey", "SDF"),
    ("monitor", "A child was killed by an unexploded cluster bomblet in Sarmin.", "Sarmin", ERV, IED, UAG, CIV),
    ("monitor", "The regime's Fourth Division raided houses in Tafas and arrested six young men.", "Tafas", SD, "Arrests", GOV, CIV),
    ("monitor", "Fighters of the Sultan Murad Division sexually harassed a girl at a checkpoint in Afrin.", "Afrin", VAC, "Sexual violence", "Sultan Murad Division", CIV),
    ("monitor", "HTS fighters repelled an infiltration attempt by regime forces on the Kafr Nabl front.", "Kafr Nabl", BAT, CL, GOV, HTS),
    ("acled", "On 3 May 2020, an unidentified armed group shot and injured a civilian in Jasim.", "Jasim", VAC, "Attack", UAG, CIV),
    ("acled", "On 3 May 2020, a child was killed by a landmine explosion near Tafas.", "Tafas", ERV, IED, UAG, CIV),
    ("acled", "On 3 May 2020, regime forces fired machine guns at SDF positions near Tal Tamr.", "Tal Tamr", BAT, CL, GOV, "SDF"),
    ("acled", "On 3 May 2020, Turkish forces and the SNA shelled the village of Tal Tamr with artillery. No fatalities were reported.", "Tal Tamr", ERV, SHELL, "Turkey", None),
    ("acled", "On 3 May 2020, IS militants attacked a gas field guarded by regime forces near Mayadin, killing 3 guards.", "Mayadin", BAT, CL, GOV, IS),
    ("acled", "On 3 May 2020, the body of a regime soldier was found in Sanamayn, shot in the head.", "Sanamayn", BAT, CL, GOV, UAG),
    ("acled", "On 3 May 2020, residents of Jasim demonstrated against the regime. Regime forces dispersed the protesters "
     "by firing in the air.", "Jasim", PRO, "Protest with intervention", PROT, GOV),
    ("acled", "On 3 May 2020, Russian forces set up a new base in Tal Tamr.", "Tal Tamr", SD, "Headquarters or base established", "Russia", None),
    # --- a fourth set: passive agents, property destruction, crowd control, joint actors
    ("acled", "On 3 May 2020, a QSD member was killed by IS gunmen in Busayrah.", "Busayrah", BAT, CL, IS, "SDF"),
    ("acled", "On 3 May 2020, an IED exploded targeting a vehicle of the Hamza Division in Afrin, injuring 2 of its members.", "Afrin", ERV, IED, UAG, "Hamza Division"),
    ("acled", "On 3 May 2020, members of Ahrar al-Sharqiyah forced civilians out of their homes in Ras al-Ain and seized them.", "Ras al-Ain", SD, "Looting/property destruction", "Ahrar al-Sharqiyah", CIV),
    ("monitor", "SNHR documented the death of a civilian from Tafas under torture in a regime detention center.", "Tafas", VAC, "Attack", GOV, CIV),
    ("monitor", "Forces of the Syrian regime detained a woman at a checkpoint in Jasim.", "Jasim", SD, "Arrests", GOV, CIV),
    ("monitor", "Two fighters of the National Front for Liberation were killed by regime sniper fire near Latamneh.", "Latamneh", BAT, CL, GOV, REB),
    ("monitor", "Regime forces executed two young men at a checkpoint near Saraqeb.", "Saraqeb", VAC, "Attack", GOV, CIV),
    ("monitor", "Turkish forces bulldozed olive groves near Afrin.", "Afrin", SD, "Looting/property destruction", "Turkey", CIV),
    ("monitor", "Turkish-backed factions cut down hundreds of olive trees in Afrin.", "Afrin", SD, "Looting/property destruction", TBR, CIV),
    ("acled", "On 3 May 2020, ISIS cells set fire to crops in Busayrah.", "Busayrah", SD, "Looting/property destruction", IS, CIV),
    ("monitor", "Unknown persons burned a car belonging to a local council member in Azaz.", "Azaz", SD, "Looting/property destruction", UAG, CIV),
    ("wire", "Jihadists of Hayat Tahrir al-Sham executed a civilian accused of collaborating with the regime in Sarmin.", "Sarmin", VAC, "Attack", HTS, CIV),
    ("wire", "Syrian opposition activists said government troops were shelling the town of Kafr Nabl.", "Kafr Nabl", ERV, SHELL, GOV, None),
    ("wire", "A suicide bomber struck a checkpoint manned by Turkish-backed fighters in al-Bab, killing five.", "al-Bab", ERV, "Suicide bomb", UAG, TBR),
    ("wire", "Israeli strikes on Iranian-backed militias near al-Bukamal killed 14 fighters, the Observatory said.", "al-Bukamal", ERV, AIR, "Israel", "Iran"),
    ("wire", "Russian and Syrian jets bombed Ariha overnight, killing seven civilians.", "Ariha", ERV, AIR, "Russia", CIV),
    ("wire", "Rebels shot down a Syrian army helicopter near Saraqeb, killing its crew.", "Saraqeb", ERV, "Disrupted weapons use", REB, GOV),
    ("monitor", "Regime forces stormed Tafas after a siege of several days and arrested dozens of young men.", "Tafas", SD, "Arrests", GOV, CIV),
    ("monitor", "Clashes broke out between two clans in Mayadin, leaving three dead.", "Mayadin", BAT, CL, "Unidentified Tribal Militia (Syria)", None),
    ("acled", "On 3 May 2020, Turkish forces fired tear gas at IDPs who gathered near the border wall near Azaz.", "Azaz", PRO, "Protest with intervention", PROT, "Turkey"),
    ("acled", "On 3 May 2020, regime forces kidnapped two women from Tafas and took them to an unknown destination.", "Tafas", VAC, "Abduction/forced disappearance", GOV, CIV),
    ("monitor", "A civilian was wounded by a Russian drone which targeted his motorcycle near Sarmin.", "Sarmin", ERV, AIR, "Russia", CIV),
    # (unnamed "militants" are ACLED's Unidentified Armed Group, the other side of the clash)
    ("wire", "The army said it had thwarted an attempt by militants to infiltrate its positions near Kafr Nabl, killing several of them.", "Kafr Nabl", BAT, CL, GOV, "Unidentified Armed Group (Syria)"),
    ("monitor", "Hundreds of IDPs protested near the Bab al-Hawa crossing demanding the opening of the border.", "Bab al-Hawa", PRO, "Peaceful protest", PROT, None),
    ("acled", "On 3 May 2020, Russian military police and regime forces conducted a joint patrol in Daraa.", "Daraa", SD, CHG, "Russia", GOV),
    # --- a fifth set: monitors' translated phrasing, ACLED category tags, causes told after 'after'
    ("monitor", "Regime forces targeted with heavy machineguns areas in Kafr Nabl.", "Kafr Nabl", ERV, SHELL, GOV, None),
    ("monitor", "A young man was shot dead by the bullets of the Turkish Jandarma while trying to cross the border near Azaz.", "Azaz", VAC, "Attack", "Turkey", CIV),
    # ACLED's codebook: an IED thrown rather than placed is a grenade.
    ("monitor", "Unknown persons threw an explosive device on the house of a mukhtar in Tafas.", "Tafas", ERV, "Grenade", UAG, CIV),
    ("monitor", "An explosive device went off in a car belonging to a commander of the Sham Legion in Atarib, injuring him.", "Atarib", ERV, IED, UAG, "Sham Legion"),
    ("monitor", "A man was killed by a sniper of the regime forces in Kafr Nabl.", "Kafr Nabl", VAC, "Attack", GOV, CIV),
    ("monitor", "Positions of the factions in Kafr Nabl were targeted by regime artillery.", "Kafr Nabl", ERV, SHELL, GOV, REB),
    ("monitor", "The Air Force Intelligence arrested three young men at a checkpoint in Sanamayn.", "Sanamayn", SD, "Arrests", GOV, CIV),
    ("monitor", "A child died of his wounds sustained in the shelling by regime forces on Ariha.", "Ariha", ERV, SHELL, GOV, CIV),
    ("acled", "Non-violent transfer of territory: On 3 May 2020, regime forces took over SDF positions in Tal Tamr.", "Tal Tamr", SD, "Non-violent transfer of territory", GOV, "SDF"),
    ("acled", "Disrupted weapons use: On 3 May 2020, the SDF dismantled a landmine near Busayrah.", "Busayrah", ERV, "Disrupted weapons use", "SDF", None),
    ("acled", "On 3 May 2020, unidentified gunmen shot and wounded a former opposition commander in Tafas.", "Tafas", VAC, "Attack", UAG, CIV),
    ("acled", "On 3 May 2020, an unidentified armed group threw a grenade at the house of a civilian in Busayrah. No injuries were reported.", "Busayrah", ERV, "Grenade", UAG, CIV),
    ("acled", "On 3 May 2020, the body of a young man was found in Mayadin with gunshot wounds, days after he was abducted by unknown persons.", "Mayadin", VAC, "Attack", UAG, CIV),
    ("acled", "On 3 May 2020, a landmine left over by IS exploded in a shepherd near Hajin, killing him.", "Hajin", ERV, IED, IS, CIV),
    ("acled", "On 3 May 2020, HTS arrested a commander of Hurras al-Din in Sarmin.", "Sarmin", VAC, "Abduction/forced disappearance", HTS, CIV),
    ("acled", "On 3 May 2020, clashes took place between regime forces and Iranian militias in Mayadin over control of a checkpoint.", "Mayadin", BAT, CL, GOV, "Iran"),
    ("wire", "A car bomb targeting a Turkish military convoy exploded near Azaz, wounding two soldiers, Turkey's defence ministry said.", "Azaz", ERV, IED, UAG, "Turkey"),
    ("wire", "Government warplanes and artillery pounded rebel-held Binnish for a third day.", "Binnish", ERV, AIR, GOV, None),
    ("wire", "Jihadist-led fighters overran government positions near Sarmin, the Observatory said.", "Sarmin", BAT, NSO, None, GOV),
    ("wire", "Russian military police began patrolling Saraqeb on Tuesday after Syrian troops took control of the town.", "Saraqeb", SD, CHG, "Russia", None),
    # --- a sixth set: wire headlines (no articles, present tense)
    ("wire", "Syria: 12 killed in regime shelling on Idlib town of Ariha", "Ariha", ERV, SHELL, GOV, None),
    ("wire", "Russian jets pound Saraqeb as regime troops mass nearby", "Saraqeb", ERV, AIR, "Russia", None),
    ("wire", "Rebels retake village of Kafr Nabl from Syrian army", "Kafr Nabl", BAT, NSO, REB, GOV),
    ("wire", "Turkish-backed fighters seize Kurdish town of Tal Abyad", "Tal Abyad", BAT, NSO, TBR, None),
    ("wire", "Protesters rally in Binnish against HTS", "Binnish", PRO, "Peaceful protest", PROT, None),
    ("wire", "Car bomb kills 5 in Azaz", "Azaz", ERV, IED, UAG, CIV),
    ("wire", "IS claims attack on SDF checkpoint near Busayrah", "Busayrah", BAT, CL, IS, "SDF"),
    ("wire", "Regime arrests dozens in Daraa raid", "Daraa", SD, "Arrests", GOV, CIV),
    ("wire", "Gunmen kill former rebel commander in Tafas", "Tafas", VAC, "Attack", UAG, CIV),
    ("wire", "Explosion rocks Afrin market, casualties reported", "Afrin", ERV, IED, UAG, CIV),
    ("wire", "Air raid kills family of six in Ariha", "Ariha", ERV, AIR, None, CIV),
    ("wire", "Israeli missiles hit Iranian targets near al-Bukamal", "al-Bukamal", ERV, SHELL, "Israel", "Iran"),
    ("wire", "Kurdish-led SDF hands Manbij positions to Syrian army", "Manbij", SD, "Non-violent transfer of territory", "SDF", GOV),
    ("wire", "Turkey sends more troops, tanks into Idlib's Sarmin", "Sarmin", SD, CHG, "Turkey", None),
    ("wire", "Landmine kills two children near Mayadin", "Mayadin", ERV, IED, UAG, CIV),
    ("wire", "HTS fighters kidnap aid worker in Atarib", "Atarib", VAC, "Abduction/forced disappearance", HTS, CIV),
    # --- a seventh set: precedence in sentences that tell two events
    ("acled", "On 3 May 2020, HTS fighters captured Kafr Nabl after heavy clashes with regime forces, killing 12 soldiers.", "Kafr Nabl", BAT, NSO, HTS, GOV),
    ("acled", "On 3 May 2020, following a drone strike on its position, the SDF arrested 5 people in Busayrah.", "Busayrah", VAC, "Abduction/forced disappearance", "SDF", CIV),
    ("monitor", "Regime forces executed 3 rebel fighters captured during clashes near Kafr Nabl.", "Kafr Nabl", VAC, "Attack", GOV, CIV),
    ("acled", "On 3 May 2020, unknown gunmen shot dead a Russian soldier near Tafas.", "Tafas", BAT, CL, "Russia", UAG),
    ("monitor", "An explosion of unknown origin hit a weapons depot belonging to Iranian militias in Mayadin.", "Mayadin", ERV, IED, UAG, "Iran"),
    ("wire", "Two civilians were killed when a rocket fired by rebels hit a neighbourhood in Suqaylabiyah.", "Suqaylabiyah", ERV, SHELL, REB, CIV),
    ("wire", "Regime forces and their allies seized Khan Shaykhun on Tuesday.", "Khan Shaykhun", BAT, GRT, GOV, None),
    ("monitor", "Russian warplanes carried out 12 airstrikes on Kafr Nabl and its surroundings.", "Kafr Nabl", ERV, AIR, "Russia", None),
    ("acled", "On 3 May 2020, a member of the 5th Corps was killed and two others injured when an IED exploded targeting their car near Busra al-Sham.", "Busra al-Sham", ERV, IED, UAG, GOV),
    ("monitor", "SDF fighters opened fire on protesters in Busayrah who were demanding the release of detainees, wounding three.", "Busayrah", PRO, "Excessive force against protesters", "SDF", PROT),
    ("acled", "On 3 May 2020, the SDF and the Asayish raided houses in Busayrah and detained 10 men on charges of belonging to IS.", "Busayrah", VAC, "Abduction/forced disappearance", "SDF", CIV),
    ("wire", "Hezbollah fighters and Syrian troops recaptured Tafas from rebels after a week of fighting.", "Tafas", BAT, GRT, GOV, REB),
    # --- an eighth set: sentences written to trip the rules above
    ("monitor", "Regime forces captured 20 fighters of the opposition in Kafr Nabl.", "Kafr Nabl", BAT, CL, GOV, REB),
    ("wire", "A general was killed in an Israeli strike near Mayadin, a monitor said.", "Mayadin", ERV, AIR, "Israel", None),
    ("wire", "Rebels said they shot down a regime warplane near Kafr Nabl.", "Kafr Nabl", ERV, "Disrupted weapons use", REB, GOV),
    ("wire", "Russian warplanes bombed Ariha after rebels shot down a helicopter near Saraqeb.", "Ariha", ERV, AIR, "Russia", None),
    ("monitor", "Gunmen kidnapped a woman and her children in Tafas.", "Tafas", VAC, "Abduction/forced disappearance", UAG, CIV),
    ("monitor", "Protesters in Binnish demanded the release of detainees held by HTS.", "Binnish", PRO, "Peaceful protest", PROT, None),
    ("acled", "On 3 May 2020, Turkish drones struck positions of the SDF near Tal Tamr as the group's fighters withdrew.", "Tal Tamr", ERV, AIR, "Turkey", "SDF"),
    ("acled", "On 3 May 2020, clashes erupted between the Manbij Military Council and Turkey-backed factions near Manbij.", "Manbij", BAT, CL, "SDF", TBR),
    ("wire", "The bodies of four soldiers were found near Mayadin days after they went missing.", "Mayadin", BAT, CL, UAG, None),
    ("monitor", "A woman was killed and her husband wounded when gunmen stormed their house in Tafas.", "Tafas", VAC, "Attack", UAG, CIV),
    # --- a ninth set: allies, survivors, stray bullets, joint developments
    ("wire", "Regime forces launched a ground assault on Kafr Nabl backed by Russian air cover.", "Kafr Nabl", BAT, CL, GOV, None),
    ("monitor", "An SDF commander survived an assassination attempt in Busayrah.", "Busayrah", BAT, CL, UAG, "SDF"),
    ("monitor", "Gunmen on a motorbike threw a hand grenade into a shop in Azaz, wounding its owner.", "Azaz", ERV, "Grenade", UAG, CIV),
    ("monitor", "A joint Russian-Turkish patrol came under attack near Ariha.", "Ariha", BAT, CL, "Russia", UAG),
    ("acled", "On 3 May 2020, a civilian was killed by a stray bullet during clashes between two clans in Mayadin.", "Mayadin", BAT, CL, "Unidentified Tribal Militia (Syria)", None),
    ("acled", "On 3 May 2020, HTS fighters and Turkish forces jointly established an observation post near Atarib.", "Atarib", SD, "Headquarters or base established", "Turkey", HTS),
    ("wire", "Syrian army shells killed three children in Ariha, the White Helmets said.", "Ariha", ERV, SHELL, GOV, CIV),
    ("wire", "At least 20 pro-government fighters were killed in an Islamic State ambush near Mayadin.", "Mayadin", BAT, CL, IS, "Pro-government militias"),
    # --- a tenth set, written last to estimate what the rules cover on unseen wording
    ("wire", "Syrian government helicopters dropped explosive barrels on Latamneh, wounding six civilians, a rescue worker said.", "Latamneh", ERV, AIR, GOV, CIV),
    ("wire", "Fighters from Hayat Tahrir al-Sham attacked army positions near Morek before dawn, sparking fierce battles.", "Morek", BAT, CL, GOV, HTS),
    ("wire", "A Turkish soldier was killed and three wounded when their armoured vehicle hit a mine near Ariha.", "Ariha", ERV, IED, UAG, "Turkey"),
    ("monitor", "Regime forces arrested a woman and her son at a checkpoint in Sanamayn on charges of communicating with the opposition.", "Sanamayn", SD, "Arrests", GOV, CIV),
    ("monitor", "Unknown gunmen opened fire on a car carrying members of the Fifth Corps near Busra al-Sham, killing two of them.", "Busra al-Sham", BAT, CL, GOV, UAG),
    ("monitor", "Members of the Hamza Division seized the house of a displaced family in Afrin and turned it into a military post.", "Afrin", SD, "Looting/property destruction", "Hamza Division", CIV),
    ("monitor", "Residents of Tafas took to the streets to denounce the arrest of three young men by the Military Security.", "Tafas", PRO, "Peaceful protest", PROT, None),
    ("acled", "On 3 May 2020, Israeli helicopters fired missiles at regime positions near Quneitra. No fatalities were reported.", "Quneitra", ERV, AIR, "Israel", GOV),
    ("acled", "On 3 May 2020, a drone of unknown affiliation targeted a vehicle on the road between Sarmin and Binnish, "
     "killing its driver.", "Sarmin", ERV, AIR, None, CIV),
    ("acled", "On 3 May 2020, IS fighters kidnapped three shepherds near Busayrah and later released them.", "Busayrah", VAC, "Abduction/forced disappearance", IS, CIV),
    ("acled", "On 3 May 2020, Turkish forces established a new military point in the village of Kafr Nabl.", "Kafr Nabl", SD, "Headquarters or base established", "Turkey", None),
    ("acled", "On 3 May 2020, clashes erupted between the SDF and regime forces in Qamishli after a dispute at a checkpoint. 2 SDF fighters were killed.", "Qamishli", BAT, CL, GOV, "SDF"),
]


@pytest.mark.parametrize("style,text,place,event_type,sub_event_type,actor1,actor2", PROBES)
def test_probe(style, text, place, event_type, sub_event_type, actor1, actor2):
    incidents = process(Document(text, published="2020-05-10")).incidents
    at = [i for i in incidents if (i["location_mention"] or "").lower() == place.lower()]
    assert at, f"no incident at {place}: {[(i['location_mention'], i['sub_event_type']) for i in incidents]}"
    inc = at[0]
    assert (inc["event_type"], inc["sub_event_type"], inc["actor1"], inc["actor2"]) == (
        event_type, sub_event_type, actor1, actor2)


def test_probes_cover_every_acled_sub_event_type():
    subs = {getattr(p, "values", p)[4] for p in PROBES}  # pytest.param keeps its values apart
    acled = {"Armed clash", GRT, NSO, AIR, SHELL, IED, "Suicide bomb", "Grenade", "Chemical weapon", "Attack",
             "Abduction/forced disappearance", "Sexual violence", "Peaceful protest", "Protest with intervention",
             "Excessive force against protesters", "Violent demonstration", "Mob violence", "Arrests",
             "Looting/property destruction", CHG, "Headquarters or base established", "Agreement",
             "Disrupted weapons use", "Non-violent transfer of territory", "Other"}
    assert subs == acled
