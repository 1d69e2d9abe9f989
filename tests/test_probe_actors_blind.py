"""Blind probes of who did it to whom: ``actor1`` the perpetrator, ``actor2`` the target or victim's side.

Written before reading the actor and role code, in the voices the dev sets under-represent: wire copy
(Reuters, AFP, AP), translated monitor reports (SOHR, SNHR: "the regime forces", "the factions",
"martyrs") and ACLED notes about the Idlib region.  They vary the grammar that carries the roles:
active and passive voice, the victim as subject, "by", "at the hands of", "in an attack by",
"targeting", "claimed by", "blamed on", "X's positions", "X-held", "a checkpoint of X", "members of X
were killed by Y", "Y ambushed X", "X repelled an attack by Y", "clashes between X and Y", weapons
stopped, joint patrols, arrests.  Expected actors are ACLED's coding with the library's canonical
names; where ACLED itself may code either of two actors, both are accepted.  Each set's first-run
score is in its heading: the estimate of how the rules cover unseen wording.
"""
from __future__ import annotations

import pytest

import geoincidents

ANY = object()
GOV, RUS, TUR, HTS = "Syrian government", "Russia", "Turkey", "Hay'at Tahrir al-Sham"
REB, TBR, CIV, UAG = "Opposition rebels", "Turkey-backed rebels", "Civilians", "Unidentified Armed Group (Syria)"
HAD, TIP, IZZA, TAWHID = "Hurras al-Din", "Turkistan Islamic Party", "Jaysh al-Izza", "Ansar al-Tawhid"
PROT = "Protesters (Syria)"
PUB = "2020-03-05"


def case(text: str, place: str, a1: object, a2: object, xfail: str | None = None, either: bool = False):
    """One probe: the text, the place of the incident checked, and its wanted actors (a set: any of them).

    ``either``: the two sides of an armed clash in either order.  ACLED's codebook does not read the order
    of a battle's actors as who started it, and its Syria notes are split ("IS fighters shot dead a regime
    fighter": the regime first; "unknown gunmen attacked a regime checkpoint": the gunmen first); the
    library's documented convention (roles.py) puts a state's forces first.
    """
    values = (text, place, a1, a2, either)
    if xfail:
        return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=xfail))
    return pytest.param(*values)


PLACE = "resolution/gazetteer (not actors): '{}' is not resolved, so there is no incident to check"
EVENT = "events (not actors): '{}' is not read as an event at the place"

CASES = [
    # --- first set, written blind: 48/60 on its first run.  Of the 12 failures, 5 had no incident at the place
    # (gazetteer, events), 3 were clashes in the other order than the library's convention (now either order),
    # 2 expectations were revised to ACLED's documented coding (below), 2 were actor rules:
    # "at the hands of X" (fixed) and "militants" (fixed after the fourth set: unnamed militants are an unidentified
    # armed group).
    # wire copy
    case("Syrian government forces backed by Russian air power captured the town of Khan Sheikhoun from rebels on "
         "Tuesday, the army said.", "Khan Sheikhoun", GOV, REB),
    case("Two Turkish soldiers were killed in an air strike by Syrian government forces in Idlib province on Thursday, "
         "Turkey's defence ministry said.", "Idlib", GOV, TUR),
    case("Insurgents shelled the government-held town of Suqaylabiyah, killing two children, state media reported.",
         "Suqaylabiyah", REB, CIV),
    case("Air strikes by the Syrian regime and its Russian ally killed 12 civilians in Ariha on Sunday, the "
         "Observatory said.", "Ariha", {GOV, RUS}, CIV),
    case("A car bomb went off in the rebel-held town of Azaz near the Turkish border, killing eight civilians, a war "
         "monitor said.", "Azaz", UAG, CIV),
    case("Rebels said they had shot down a Syrian army helicopter over Nairab, east of Idlib city.", "Nairab", REB, GOV),
    case("A Turkish observation post near Morek was shelled by Syrian government forces on Saturday, Ankara said.",
         "Morek", GOV, TUR),
    case("Turkish artillery pounded Syrian government positions around Saraqeb after the attack, Reuters witnesses "
         "said.", "Saraqeb", TUR, GOV),
    case("Jihadists from Hayat Tahrir al-Sham attacked army positions near Kafr Nabuda overnight, killing nine soldiers, "
         "according to the Britain-based monitor.", "Kafr Nabuda", HTS, GOV, either=True),
    case("Three people were killed when Russian warplanes bombed a market in Maarat al-Numan, rescuers said.",
         "Maarat al-Numan", RUS, CIV),
    case("A joint Russian-Turkish patrol on the M4 highway near Ariha was hit by a roadside bomb, Russia's defence "
         "ministry said.", "Ariha", UAG, {RUS, TUR}),
    # (written blind as (launcher, Russia); the documented rule for a weapon stopped is (who stopped it, launcher))
    case("Russian air defences at Hmeimim shot down drones launched by militants from Idlib, the Russian military "
         "said.", "Hmeimim", RUS, {UAG, REB}),
    # SOHR / SNHR style
    case("The regime forces shelled positions of the factions in Kafr Oweid in Jabal al-Zawiya.", "Kafr Oweid",
         GOV, REB),
    case("Three civilians were martyred by the regime forces' shelling on Ma'arat Misrin.", "Ma'arat Misrin", GOV, CIV),
    case("A fighter of the factions was killed by sniper fire of the regime forces on the Kabani front.", "Kabani",
         GOV, REB),
    case("SOHR documented the death of a child at the hands of HTS members in Harem.", "Harem", HTS, CIV),
    case("The factions targeted with rocket launchers the positions of the regime forces in Jurin in the Sahl "
         "al-Ghab.", "Jurin", REB, GOV),
    case("A member of the 'Turkistan Islamic Party' was killed in an attack by the regime forces on al-Ziyadiyah.",
         "al-Ziyadiyah", GOV, TIP, xfail=PLACE.format("al-Ziyadiyah")),
    case("Unknown persons assassinated a commander of Hurras al-Din by shooting him in Sarmada.", "Sarmada", UAG, HAD),
    case("The regime warplanes carried out raids on Kansafra, and 2 members of the factions were martyred.",
         "Kansafra", GOV, REB),
    case("Hayat Tahrir al-Sham arrested a young man in Atarib on charges of dealing with the regime, SOHR learned.",
         "Atarib", HTS, CIV),
    case("SNHR documented the killing of a woman by Russian forces' air strikes on Binnish.", "Binnish", RUS, CIV),
    case("An explosive device exploded in a car belonging to a member of Faylaq al-Sham in Afrin, killing him.",
         "Afrin", UAG, "Sham Legion"),
    case("The Turkish forces intercepted a drone of the regime forces over Taftanaz.", "Taftanaz", TUR, GOV),
    case("Members of the factions repelled an infiltration attempt by the regime forces on Tal Malah.", "Tal Malah",
         GOV, REB),
    case("Clashes broke out between Hurras al-Din and HTS in Arab Saeed in the western countryside of Idlib.",
         "Arab Saeed", HAD, HTS, xfail=PLACE.format("Arab Saeed")),
    # ACLED notes
    case("On 5 March 2020, clashes between HTS and regime forces near Saraqeb. 6 HTS fighters killed.", "Saraqeb",
         GOV, HTS),
    case("On 5 March 2020, Jaysh al-Izza fighters targeted regime positions with an anti-tank missile near Kafr "
         "Nabuda. 3 regime soldiers were killed.", "Kafr Nabuda", IZZA, GOV),
    case("On 5 March 2020, Ansar al-Tawhid claimed an attack on regime forces' positions in al-Hamamiyat, killing 5 "
         "soldiers.", "al-Hamamiyat", TAWHID, GOV, xfail=EVENT.format("claimed an attack on ... killing")),
    case("On 5 March 2020, unidentified gunmen attacked an HTS checkpoint near Atmeh, killing a HTS member.", "Atmeh",
         UAG, HTS),
    case("On 5 March 2020, an IED targeted a vehicle of the NFL in Darkush. No fatalities were reported.", "Darkush",
         UAG, REB),
    case("On 5 March 2020, HTS fighters ambushed a regime patrol near Kafr Nabl, killing 4 soldiers.", "Kafr Nabl",
         HTS, GOV, either=True),
    case("On 5 March 2020, regime forces shelled the Turkish observation post in Sher Maghar. No casualties were "
         "reported.", "Sher Maghar", GOV, TUR, xfail=PLACE.format("Sher Maghar")),
    case("On 5 March 2020, Turkish forces shelled regime forces' positions in Kafr Batikh. 2 soldiers were killed.",
         "Kafr Batikh", TUR, GOV),
    case("On 5 March 2020, HTS security forces arrested a number of people in Sarmada for allegedly belonging to "
         "IS.", "Sarmada", HTS, CIV),
    case("On 5 March 2020, people demonstrated in Binnish against HTS and its arrest campaigns.", "Binnish", PROT, None),
    case("On 5 March 2020, a regime sniper shot and killed a civilian in Kafr Nabl.", "Kafr Nabl", GOV, CIV),
    case("On 5 March 2020, an HTS sniper killed a regime soldier on the front line near Kabana.", "Kabana", HTS, GOV, either=True),
    case("On 5 March 2020, unidentified gunmen kidnapped a doctor in Salqin and demanded a ransom.", "Salqin", UAG,
         CIV),
    case("On 5 March 2020, TIP fighters repelled an attack by regime forces on Kabani. 7 regime soldiers were killed.",
         "Kabani", GOV, TIP),
    case("On 5 March 2020, a Russian airstrike targeted an NFL headquarters in Jisr al-Shughur. 2 NFL fighters killed.",
         "Jisr al-Shughur", RUS, REB),
    case("On 5 March 2020, Turkey-backed factions clashed with SDF fighters near Tadef. 3 fatalities.", "Tadef", TBR,
         "SDF"),
    case("On 5 March 2020, SDF fighters attacked positions of Turkey-backed factions near Marea. 2 SNA fighters "
         "killed.", "Marea", "SDF", TBR),
    case("On 5 March 2020, regime forces shelled HTS-held Kansafra, killing a woman.", "Kansafra", GOV, CIV),
    case("On 5 March 2020, members of Hurras al-Din were killed by a US drone strike near Idlib city.", "Idlib",
         "United States", HAD),
    case("On 5 March 2020, a car bomb exploded at a checkpoint of Turkey-backed factions in al-Bab. 4 fighters "
         "were killed.", "al-Bab", UAG, TBR),
    case("On 5 March 2020, a Turkish drone struck a regime convoy near Saraqeb, killing 6 soldiers.", "Saraqeb", TUR,
         GOV),
    case("On 5 March 2020, HTS shot down a regime drone over Kafr Nabl.", "Kafr Nabl", HTS, GOV),
    case("On 5 March 2020, an HTS member was killed by unidentified gunmen in Maarat Misrin.", "Maarat Misrin", UAG,
         HTS),
    # (written blind with Hurras al-Din second; an arrest by a non-state group is violence against civilians, whose
    # actor2 is always Civilians in ACLED's coding, the arrested man's group at most an associate)
    case("On 5 March 2020, HTS arrested a Hurras al-Din commander at a checkpoint near Salqin.", "Salqin", HTS, CIV),
    case("On 5 March 2020, regime forces attempted to infiltrate HTS positions near Kabana; HTS repelled the attack.",
         "Kabana", GOV, HTS),
    case("On 5 March 2020, the body of a civilian was found in Atarib after he had been kidnapped by unknown "
         "persons.", "Atarib", UAG, CIV),
    case("On 5 March 2020, Russian warplanes targeted a camp for IDPs near Maarat Misrin, killing 3 civilians.",
         "Maarat Misrin", RUS, CIV),
    case("On 5 March 2020, an attack blamed on HTS killed an NFL commander in Ariha.", "Ariha", HTS, REB),
    # (written blind with the Unidentified Armed Group first; ACLED names who left a mine when the note does:
    # "an IS landmine ... detonated" is Islamic State's)
    case("On 5 March 2020, a landmine left by regime forces exploded in Khan Shaykhun, killing a child.",
         "Khan Shaykhun", GOV, CIV),
    case("On 5 March 2020, regime artillery targeted the Turkish military point in Qaminas.", "Qaminas", GOV, TUR),
    case("On 5 March 2020, a Turkish soldier was killed by regime shelling on Taftanaz.", "Taftanaz", GOV, TUR),
    case("On 5 March 2020, pro-regime militiamen attacked a checkpoint of the NFL near Qalaat al-Madiq.",
         "Qalaat al-Madiq", "Pro-government militias", REB),
    case("On 5 March 2020, Islamic State claimed the killing of two HTS members in Sarmin.", "Sarmin", "Islamic State",
         HTS, xfail=EVENT.format("claimed the killing of")),
    case("On 5 March 2020, Jaysh al-Izza shelled regime-held Suqaylabiyah, killing a man.", "Suqaylabiyah", IZZA, CIV),
    # --- second set, written blind after the first was fixed: 21/31 on its first run.  Fixed as rules: group names
    # "<state>-backed <group>" (backers in actors.json), ACLED's abbreviations QDW and LaQ, "Al-Fateh Al-Mubin",
    # state media's "terrorists", "X was hit/targeted by" (victim), "assassinated/shot dead X" (victim), "X repelled"
    # (acts), "fighting alongside X" (ally); one pronoun case left, two expectations loosened (noted).
    # wire copy
    case("Syrian and Russian jets pounded rebel-held Ariha on Monday, killing at least seven civilians, rescue "
         "workers said.", "Ariha", {GOV, RUS}, CIV),
    case("Ankara-backed fighters shelled Kurdish-held Tell Rifaat, the Kurdish-led administration said.",
         "Tell Rifaat", TBR, {"SDF", None}),  # (blind: SDF; "Kurdish-held" is no actor, as "rebel-held")
    case("Militants from the al Qaeda-linked Hayat Tahrir al-Sham stormed army posts near Kafr Nabuda before dawn, "
         "a military source told state news agency SANA.", "Kafr Nabuda", HTS, GOV, either=True),
    case("Iranian-backed militias fighting alongside the Syrian army attacked rebel positions near Saraqeb.",
         "Saraqeb", "Iran", REB),
    case("Terrorists fired rockets at residential neighbourhoods of Suqaylabiyah, wounding three civilians, SANA "
         "said.", "Suqaylabiyah", {REB, UAG}, CIV),
    case("A Turkish military convoy was hit by an air strike near Maarat al-Numan, killing three civilians "
         "travelling with it, Ankara said.", "Maarat al-Numan", None, {TUR, CIV}),
    case("Moscow said its forces at Hmeimim air base had been attacked by drones launched from the Idlib "
         "de-escalation zone.", "Hmeimim", UAG, RUS,
         xfail="roles: drones of an unnamed launcher keep actor1 empty (air strikes are left unguessed)"),
    case("Turkish-backed Syrian rebels captured the town of Ras al-Ain from Kurdish-led forces on Saturday.",
         "Ras al-Ain", TBR, "SDF"),
    # SOHR / SNHR style
    case("The regime forces and their loyal militiamen targeted with heavy artillery the areas of Kafr Oweid.",
         "Kafr Oweid", GOV, None),
    case("A member of the Turkish-backed \"National Army\" was killed by a sniper of the SDF on the Tadef front.",
         "Tadef", "SDF", TBR),
    case("The 'General Security Service' of HTS raided a house in Sarmada and arrested two brothers.", "Sarmada",
         HTS, CIV),
    case("Russian helicopters dropped explosive barrels on Kansafra, causing material damage.", "Kansafra", RUS,
         None),
    case("A child was martyred and 3 others were injured by a landmine explosion from remnants of war in Taftanaz.",
         "Taftanaz", UAG, CIV),
    case("The 'Al-Fateh Al-Mubin' operations room targeted a gathering of the regime forces in Kafr Batikh with "
         "artillery shells.", "Kafr Batikh", HTS, GOV),
    case("The Turkish army's military point in Morek came under regime shelling.", "Morek", GOV, TUR),
    case("The factions shot down a reconnaissance drone belonging to the Russian forces over Kabani.", "Kabani",
         REB, RUS),
    case("A member of HTS was injured by gunfire from unknown persons in Atarib.", "Atarib", UAG, HTS),
    case("The Russian-backed 25th Division launched rockets on Kafr Takharim, killing two women.", "Kafr Takharim",
         GOV, CIV),
    case("Jihadist factions, among them the Turkistan Islamic Party, attacked the positions of the regime forces on "
         "the Jurin axis.", "Jurin", {TIP, REB}, GOV, either=True),
    # ACLED notes
    case("On 5 March 2020, a drone believed to belong to the International Coalition targeted a car carrying "
         "Hurras al-Din members near Sarmada, killing 2 of them.", "Sarmada", "International coalition", HAD),
    case("On 5 March 2020, a kamikaze drone launched by regime forces targeted a vehicle of the NLF near Kabani. "
         "1 NLF fighter was killed.", "Kabani", GOV, REB),
    case("On 5 March 2020, an IED exploded targeting a Turkish forces convoy on the M4 road near Ariha. No "
         "fatalities were reported.", "Ariha", UAG, TUR),
    case("On 5 March 2020, HTS General Security arrested a media activist in Idlib city for criticising the group.",
         "Idlib", HTS, CIV),
    case("On 5 March 2020, NLF fighters shelled regime positions in Kafr Nabuda with mortars. Unknown fatalities.",
         "Kafr Nabuda", REB, GOV),
    case("On 5 March 2020, a member of Jaysh al-Izza was killed by a regime sniper near Kafr Zita.", "Kafr Zita",
         GOV, IZZA),
    case("On 5 March 2020, Turkish forces and Turkey-backed factions repelled an SDF infiltration attempt near "
         "Marea. 2 SDF fighters killed.", "Marea", {TUR, TBR}, "SDF"),
    case("On 5 March 2020, HTS members opened fire on protesters in Darat Izza demanding the release of detainees, "
         "injuring 2.", "Darat Izza", HTS, PROT),
    case("On 5 March 2020, residents of Kafr Takharim staged a protest against taxes imposed by HTS.",
         "Kafr Takharim", PROT, None),
    case("On 5 March 2020, unidentified gunmen on a motorcycle assassinated a former NLF commander in Armanaz.",
         "Armanaz", UAG, {REB, CIV}),  # (blind: REB; a former fighter is a civilian victim, with his past group at most associated)
    case("On 5 March 2020, Ansar al-Tawhid fighters attacked regime positions on the outskirts of Kafr Nabl. 5 "
         "regime soldiers were killed.", "Kafr Nabl", TAWHID, GOV, either=True),
    case("On 5 March 2020, a QDW member was killed when an IED planted by an unidentified armed group exploded in "
         "his car near Suqaylabiyah.", "Suqaylabiyah", UAG, "Pro-government militias"),
    # --- third set, written blind after the second was fixed: 25/30 on its first run.  Fixed as rules: aliases are
    # read word by word as the text is ("U.S. special forces", "Kurdistan Workers' Party" never matched), "HTS-affiliated
    # gunmen" is HTS, a bare "government"/"army" before its weapon or assault is the state's; one left (noted).
    # wire copy
    case("Government shelling killed four members of one family in the village of Kafr Nabl, residents said.",
         "Kafr Nabl", GOV, CIV),
    case("Rebels said they repelled an army assault on Tal Malah, killing dozens of troops.", "Tal Malah", GOV, REB,
         either=True),
    case("An Islamic State suicide bomber blew himself up at a checkpoint manned by Turkish-backed rebels in al-Bab, "
         "killing five.", "al-Bab", "Islamic State", TBR),
    case("A Turkish soldier was killed and five wounded when Syrian government forces shelled their position near "
         "Atarib, the ministry said.", "Atarib", GOV, TUR),
    case("Kurdish YPG militants fired mortar rounds at Turkish troops in Afrin, the Turkish military said.", "Afrin",
         "YPG", TUR),
    case("Israeli jets struck Iranian targets near Masyaf overnight, the Syrian army said.", "Masyaf", "Israel",
         "Iran"),
    case("U.S. special forces killed a senior Hurras al-Din leader in a raid near Atmeh.", "Atmeh", "United States",
         HAD),
    case("Two men were executed by Islamic State militants in the desert east of Salamiyah.", "Salamiyah",
         "Islamic State", CIV),
    # SOHR / SNHR style
    case("The regime forces' artillery targeted the vicinity of al-Bara with dozens of shells.", "al-Bara", GOV, None),
    case("A civilian was martyred by bullets of the Turkish gendarmerie while trying to cross the border near "
         "Darkush.", "Darkush", TUR, CIV),
    case("HTS members kidnapped a pharmacist from his home in Binnish.", "Binnish", HTS, CIV),
    case("A fighter of the Turkistan Islamic Party died of wounds sustained in the shelling of the regime forces on "
         "Kabani.", "Kabani", GOV, TIP),
    case("An explosion of unknown source rocked the town of Sarmada, causing material damage.", "Sarmada", UAG, None,
         xfail="a bomb's victims default to Civilians: roles() is not told that nobody was hit (incidents/build.py "
               "passes no victims when none are counted), and ACLED leaves actor2 empty then"),
    case("The Russian forces and the regime forces bombarded Kansafra with more than 100 shells and missiles.",
         "Kansafra", {RUS, GOV}, None),
    case("A drone of the Turkish forces targeted a vehicle of the SDF near Tell Rifaat, killing two fighters.",
         "Tell Rifaat", TUR, "SDF"),
    case("Gunmen on a motorcycle opened fire on a member of the 'Sham Legion' in Afrin, wounding him.", "Afrin", UAG,
         "Sham Legion"),
    case("The factions of the National Front for Liberation targeted with guided missiles a regime tank on the Kabani "
         "axis.", "Kabani", REB, GOV),
    # ACLED notes
    case("On 5 March 2020, HTS-affiliated gunmen killed a civilian at a checkpoint near Harem.", "Harem", HTS, CIV),
    case("On 5 March 2020, a Turkish reconnaissance drone was shot down by regime air defences near Saraqeb.",
         "Saraqeb", GOV, TUR),
    case("On 5 March 2020, Jaysh al-Izza and regime forces exchanged fire on the Lataminah front.", "Lataminah",
         GOV, IZZA),
    case("On 5 March 2020, regime forces arrested a returnee in Maarat al-Numan.", "Maarat al-Numan", GOV, CIV),
    case("On 5 March 2020, an unidentified drone targeted an HTS vehicle near Sarmada, killing 2 HTS members.",
         "Sarmada", "Unidentified Military Forces", HTS),
    case("On 5 March 2020, a grenade was thrown at the house of an NLF commander in Ariha. No injuries were "
         "reported.", "Ariha", UAG, REB),
    case("On 5 March 2020, Turkish forces fired at civilians trying to cross the border near Salqin, killing a woman.",
         "Salqin", TUR, CIV),
    case("On 5 March 2020, HTS stormed the headquarters of Hurras al-Din in Idlib city and seized weapons.", "Idlib",
         HTS, HAD),
    case("On 5 March 2020, TIP fighters executed a man accused of spying for the regime in Jisr al-Shughur.",
         "Jisr al-Shughur", TIP, CIV),
    case("On 5 March 2020, Russian military police and Turkish forces conducted a joint patrol on the M4 near "
         "Saraqeb.", "Saraqeb", RUS, TUR, either=True),
    case("On 5 March 2020, members of Ahrar al-Sham clashed with members of HTS in Atarib over a checkpoint.",
         "Atarib", "Ahrar al-Sham", HTS),
    case("On 5 March 2020, regime forces targeted the outskirts of Binnish with a surface-to-surface missile. 1 NLF "
         "fighter was killed.", "Binnish", GOV, REB),
    case("On 5 March 2020, pro-Turkish gunmen kidnapped two Kurdish women in Jindires.", "Jindires", TBR, CIV),
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
    case("Turkish border guards beat three refugees who tried to cross near Darkush.", "Darkush", TUR, CIV,
         xfail=EVENT.format("beat three refugees")),
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
]


@pytest.mark.parametrize("text, place, actor1, actor2, either", CASES)
def test_who_did_it_to_whom(text, place, actor1, actor2, either):
    gdf = geoincidents.extract(text, published=PUB)
    at = gdf[gdf["location_mention"].str.lower() == place.lower()]
    assert len(at), f"no incident at {place}: {gdf[['location_mention', 'actor1', 'actor2']].values.tolist()}"
    got = (at.iloc[0]["actor1"], at.iloc[0]["actor2"])
    wants = [(actor1, actor2), (actor2, actor1)] if either else [(actor1, actor2)]
    assert any(all(w is ANY or (g in w if isinstance(w, set) else g == w) for g, w in zip(got, want)) for want in wants), got


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
    gdf = geoincidents.extract(text, published=PUB)
    at = gdf[gdf["location_mention"].str.lower() == place.lower()]
    assert len(at), gdf[["location_mention", "actor1", "actor2"]].values.tolist()
    assert (at.iloc[0]["actor1"], at.iloc[0]["actor2"]) == (actor1, actor2)
