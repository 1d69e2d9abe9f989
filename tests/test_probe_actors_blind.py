"""Blind probes of who did it to whom: ``actor1`` the perpetrator, ``actor2`` the target or victim's side.

Written before reading the actor and role code, in the voices the dev sets under-represent: wire copy
(Reuters, AFP, AP), translated monitor reports (SOHR, SNHR: "the regime forces", "the factions",
"martyrs") and ACLED notes about the Idlib region.  They vary the grammar that carries the roles:
active and passive voice, the victim as subject, "by", "at the hands of", "in an attack by",
"targeting", "claimed by", "blamed on", "X's positions", "X-held", "a checkpoint of X", "members of X
were killed by Y", "Y ambushed X", "X repelled an attack by Y", "clashes between X and Y", weapons
stopped, joint patrols, arrests.  Expected actors are ACLED's coding with the library's canonical
names; where ACLED itself may code either of two actors, both are accepted.  Each set's first-run
score is in its heading: the estimate of how the rules cover unseen wording.  Sets one to three are here,
four to six in ``test_probe_actors_blind2.py``, seven to ten in ``test_probe_actors_blind3.py``.
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



def check(text: str, place: str, actor1: object, actor2: object, either: bool) -> None:
    """Assert the actors of the incident at ``place`` in ``text`` (``ANY``, a set of choices, or a value)."""
    gdf = geoincidents.extract(text, published=PUB)
    at = gdf[gdf["location_mention"].str.lower() == place.lower()]
    assert len(at), f"no incident at {place}: {gdf[['location_mention', 'actor1', 'actor2']].values.tolist()}"
    got = (at.iloc[0]["actor1"], at.iloc[0]["actor2"])
    wants = [(actor1, actor2), (actor2, actor1)] if either else [(actor1, actor2)]
    assert any(all(w is ANY or (g in w if isinstance(w, set) else g == w) for g, w in zip(got, want)) for want in wants), got


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
]


@pytest.mark.parametrize("text, place, actor1, actor2, either", CASES)
def test_who_did_it_to_whom(text, place, actor1, actor2, either):
    check(text, place, actor1, actor2, either)
