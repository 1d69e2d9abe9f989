"""The cue tables of :mod:`geoincidents.fields.events`: words that say an ACLED event or a weapon.

Each :data:`EVENT_CUES` entry is (name, regex, ACLED event type, sub-event type), in priority
order (the first cue found in a sentence wins, see ``events._PRIORITY``); :data:`EVENT_GATES`
are cheap lower-case substrings that must occur before a cue's regex is run.
:data:`WEAPON_CUES` map weapon words to normalised tags, gated by :data:`WEAPON_GATES`.
Kept apart from the classifier so that the vocabulary can be read and extended in one place.
"""
from __future__ import annotations

__all__ = ["EVENT_CUES", "EVENT_GATES", "STRIKE_LOG_CODE", "WEAPON_CUES", "WEAPON_GATES"]

#: An air-strike log entry's code in brackets: Airwars' "(S491)", "(S1245a)", Russian strikes' "(R3)", "(I12)".
STRIKE_LOG_CODE = r"\(\s*[SIR]\d{1,5}[a-z]?\s*\)"

ERV, BAT, VAC, SD = "Explosions/Remote violence", "Battles", "Violence against civilians", "Strategic developments"
PRO, RIO = "Protests", "Riots"
AIR, SHELL, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
NSO, GRT = "Non-state actor overtakes territory", "Government regains territory"

# Land mines, or a mine said to explode: an event cue (``explosive``) and a weapon.
_LANDMINE = (r"land\s*mines?|(?<!\w-)mines?(?=\s+(?:explosion|blast|exploded|went\s+off))|mine\s+explosion|"
             r"(?<=hit\s)an?\s+mine|(?<=struck\s)an?\s+mine|(?<=on\s)an?\s+mine|(?<=over\s)an?\s+mine")
# "<verb> 3 SDF members", "<verb> a civilian": the people a kill or shot hits (``attack`` and ``kill``).
# (Headlines drop the article: "Gunmen kill former rebel commander".)
_PEOPLE_HIT = (r"\s+(?:(?:a|an|one|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)?(?:[\w-]+\s+){0,2}?(?:civilians?|man|woman|"
               r"child|children|boy|girl|citizens?|members?|fighters?|soldiers?|elements?|officers?|militants?|recruits?|commanders?|"
               r"leaders?|officials?|shepherds?|farmers?|journalists?|activists?|doctors?|teachers?|people|persons|"
               # trades and kin a note names its victim by ("a money changer", "a pharmacist", "his brother")
               r"merchants?|traders?|changers?|drivers?|pharmacists?|nurses?|lawyers?|engineers?|imams?|preachers?|"
               r"sheikhs?|mukhtars?|youths?|brothers?|sons?|owners?|vendors?|workers?|students?|judges?|clerics?)\b")
# A bomb carried by a vehicle ("car bomb", "motorbike bomb", "truck bomb"): an IED, never an air strike.
_VEHICLE_BOMB = r"(?:car|truck|lorry|motorcycle|motorbike|bike|bicycle|tanker|bus|van|vehicle)\s+bomb\w*"
# A drone, aircraft or missile shot down or intercepted before it hit: disrupted weapons use (ACLED).
_AIRBORNE = r"(?:drones?|UAVs?|aircraft|planes?|jets?|helicopters?|warplanes?|missiles?|rockets?|projectiles?)"
_DOWNED = (r"(?:shot|shoots?|shooting|brought|brings?|bringing)\s+down\s+(?:[\w-]+\s+){0,3}?" + _AIRBORNE
           # fire at an aircraft or drone, hit or not ("opened fire on a Russian reconnaissance drone")
           + r"|(?:fired|firing|opened\s+fire|shot)\s+(?:[\w-]+\s+){0,3}?(?:at|on|upon|towards?)\s+(?:an?\s+|the\s+)?"
           r"(?:[\w'’-]+\s+){0,3}?(?:drones?|UAVs?|aircraft|planes?|jets?|helicopters?|warplanes?)\b"
           + r"|downed\s+(?:[\w-]+\s+){0,3}?" + _AIRBORNE + r"|intercept(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?" + _AIRBORNE
           + r"|" + _AIRBORNE + r"\s+(?:[\w'’-]+\s+){0,6}?(?:was|were)\s+(?:\w+\s+)?(?:shot\s+down|downed|intercepted)"
           # an air attack stopped ("repelled a drone attack on Hmeimim", "thwarted a missile attack")
           + r"|(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
           r"(?:drone|UAV|missile|rocket)\s+attacks?")
# Territory (or its posts) given up to another actor without fighting: "handed over its positions to".
_HANDED = (r"hand(?:ed|s|ing)?\s+over\s+(?:[\w'’-]+\s+){0,4}?(?:positions?|posts?|points?|control|areas?|villages?|towns?|"
           r"city|checkpoints?|bases?|territor\w+|regions?|neighbou?rhoods?|headquarters)\b|handover\s+of\s+(?:[\w'’-]+\s+){0,3}?"
           r"(?:positions?|posts?|points?|areas?|villages?|towns?|city|checkpoints?|bases?|territor\w+|regions?)\b"
           r"|hand(?:ed|s|ing)?\s+(?:over\s+)?(?!(?:\w+\s+){0,2}?(?:detainees|prisoners|bod(?:y|ies)|weapons|suspects?|children|women|"
           r"men|people|persons|members|fighters|remains|ammunition|arms)\b)(?:[\w'’-]+\s+){1,4}?(?:over\s+)?to\s+(?:the\s+)?"
           r"(?:[\w-]+\s+){0,2}?(?:forces|army|regime|government|troops|SDF|factions|rebels|police)\b"
           r"|surrender(?:ed|s|ing)?\s+(?!to\b|themselves\b)(?:[\w'’-]+\s+){0,4}?(?:town|village|city|area|positions?|posts?|territor\w+|"
           r"region|neighbou?rhood|base|airport|hill)s?\b")
# "Killed by IS gunmen", "shot by bullets of the border guards": a killing whose agent is said (a weapon
# or a strike after "by" has its own cue).
_KILLED_BY = (r"(?:killed|shot|murdered|stabbed|assassinated)\s+by\s+(?:an?\s+|the\s+)?(?:(?:bullets?|gunfire|shots|fire)\s+"
              r"(?:of|from)\s+(?:an?\s+|the\s+)?)?(?:[\w'’-]+\s+){0,3}?(?:gunmen|gunman|assailants?|attackers?|persons?|"
              r"militants?|fighters?|members?|cells?|forces|troops|soldiers?|guards?|police|jandarma|IS|ISIS|HTS|SDF|QSD|group)\b")
#: (name, regex, event_type, sub_event_type) in priority order (first match wins).
EVENT_CUES: list[tuple[str, str, str, str]] = [
    # A bomb or attack stopped before it went off: ACLED's "Disrupted weapons use", not the weapon's type.
    ("disrupted", r"(?:thwart\w*|foil(?:ed|s|ing)?|defus\w*|dismantl\w*|disarm\w*)\s+(?:\w+\s+){0,4}?(?:IEDs?|bombs?|explosive\w*|(?:land\s*)?mines?|devices?|belts?|vests?|(?:suicid(?:e|al)|bomb(?:ing)?|explosive|IED|car\s+bomb|VBIED)\s+(?:attacks?|attempts?|plots?|operations?))|(?:IEDs?|bombs?|explosive\w*|mines?|devices?|(?:suicid(?:e|al)|bomb(?:ing)?|explosive|IED|car\s+bomb)\s+(?:attacks?|attempts?|plots?|operations?))\s+(?:[\w'’]+\s+){0,8}?(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:thwarted|foiled|defused|dismantled)|" + _DOWNED, ERV, "Disrupted weapons use"),
    # Crowd-control weapons or dispersal: a gathering met by force (ACLED: protest with intervention).
    ("dispersal", r"tear\s+gas|water\s+cannons?|rubber\s+bullets|dispers(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}?(?:crowds?|gatherings?|protests?|protesters|demonstrat\w+|sit-ins?|people|residents|IDPs|hundreds|dozens)", PRO, "Protest with intervention"),
    ("chemical", r"chemical\s+(?:attacks?|weapons?|strikes?|munitions|agents?)|chlorine|sarin|toxic\s+gas|poison(?:ous)?\s+gas", ERV, "Chemical weapon"),
    ("suicide", r"S-?VBIEDs?|suicide\s+(?:bomb\w*|attack\w*|car\s+bomb\w*|vest\w*|belt\w*|vehicle\w*)|suicide(?!\s+(?:drones?|UAVs?|aircraft))|blew\s+(?:himself|herself|themselves)\s+up", ERV, "Suicide bomb"),
    # A bomb thrown by hand ("threw an explosive device at the house", "a hand bomb was hurled"):
    # ACLED's grenade, before the explosive device cue names it a remote explosive.
    ("thrown", r"(?:threw|thrown|throws?|throwing|hurled|hurling|lobbed|tossed)\s+(?:(?:an?|the|two|three|several)\s+)?"
               r"(?:(?:home-?made|hand-?made|small|improvised)\s+)?(?:explosive\s+devices?|explosives?|bombs?|hand\s+bombs?|"
               r"IEDs?|sound\s+bombs?)|(?:explosive\s+devices?|bombs?|IEDs?)\s+(?:was|were|had\s+been)\s+"
               r"(?:thrown|hurled|lobbed|tossed)|hand\s+bombs?", ERV, "Grenade"),
    ("explosive", r"IEDs?|improvised\s+(?:explosive\w*|mines?)|(?:shells?|bombs?|rockets?|missiles?|munitions?|ordnance|bomblets?|projectiles?)\s+(?:\w+\s+){0,2}?(?:left\s+(?:over|behind)|leftover)|left-?over\s+(?:\w+\s+)?(?:shells?|bombs?|rockets?|missiles?|munitions?|ordnance|bomblets?)|unexploded\s+(?:\w+\s+)?(?:ordnance|ordinance|bombs?|bomblets?|munitions?|submunitions?|shells?|rockets?|missiles?|devices?)|(?:war|war's)\s+remnants|remnants\s+of\s+war|remnants?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:shells?|bombs?|bomblets?|rockets?|missiles?|munitions?|submunitions?|ordnance|projectiles?)\b|" + _LANDMINE + r"|" + _VEHICLE_BOMB + r"|VBIED|booby[- ]trap\w*|explosive\s+devices?|(?:rigged|laden|packed|loaded|filled|wired)\s+with\s+explosives?|explosives?-(?:laden|rigged|packed)|roadside\s+bomb\w*|explosive\s+belt|sticky\s+bomb", ERV, IED),
    ("exchange", r"(?:shelling|artillery|fire|gunfire)\s+exchanges?|exchanges?\s+of\s+(?:fire|gunfire|shelling|artillery)|exchanged\s+(?:\w+\s+)?(?:fire|shelling|artillery)"
     # "shooting between the Asayish and regime forces", "tension between A and B accompanied by gunfire": fire both ways
     r"|(?:shooting|gunfire)\s+between\s|tensions?\s+between\s[^;.]{0,80}?\baccompanied\s+by\s+(?:heavy\s+)?(?:shooting|gunfire)",
     BAT, "Armed clash"),
    ("grenade", r"(?:hand\s+|stun\s+)?grenades?", ERV, "Grenade"),
    ("air", r"aviation|\bair\s+(?:and|&)\s+ground\s+strikes?\b|air\s*-?\s*strikes?|air\s*-?\s*raids?|air\s+(?:attacks?|assaults?|bombardments?)|airstrikes?|airstrike|(?<!security\s)(?<!house\s)(?<!anti-IS\s)(?<!anti-ISIS\s)(?<!search\s)(?<!arrest\s)(?<!ground\s)(?<!dawn\s)\braids?\b(?!\s+(?:on|of)\s+(?:homes?|houses?)\b)(?!\s+(?:and|to)\s+(?:arrest|detain))|(?<!missile\s)(?<!rocket\s)(?<!artillery\s)(?<!hunger\s)(?<!general\s)(?<!\bon\s)(?<!commercial\s)(?<!workers\s)(?<!ground-based\s)(?<!ground-launched\s)(?<!ground\s)(?<!land-based\s)(?<!surface-launched\s)\bstrikes?\b|warplanes?|war\s*planes?|fighter\s+jets?|jets|aircraft|aerial\s+(?:bomb\w*|attacks?|campaign|bombardments?|strikes?)|aerial|helicopters?|barrel[\s-]+bombs?|explosive\s+barrels|drones?|UAVs?|sorties|air\s+force(?!\s+intelligence)|bombers|planes?", ERV, AIR),
    # "army units responded to the sources of fire" (state media's words for counter-battery fire): shelling
    # OCHA's "ground-based strikes" / "ground-launched strikes": fire from the ground, not from the air.
    ("shelling", r"(?:ground|land|surface)[- ](?:based|launched)\s+(?:strikes?|attacks?|fire|munitions?)|ground\s+strikes?|RPGs?|rocket[- ]propelled\s+grenades?|ATGMs?|shell(?:ing|ed|s)?|artillery|mortars?|missiles?|rockets?|howitzers?|cannon\w*|surface-to-surface|ballistic|Grad|tank\s+fire|sources?\s+of\s+(?:the\s+)?fire", ERV, SHELL),
    # A bomb that went off where it was left ("a bomb exploded in X", "planted a bomb"): a remote
    # explosive. After the air and shelling cues, so that bombs dropped by aircraft stay air strikes.
    ("bomb_blast", r"(?<!barrel\s)(?<!cluster\s)(?<!vacuum\s)(?<!aerial\s)bombs?\s+(?:(?!dropped|fired|launched)[\w-]+\s+){0,4}?(?:exploded|explodes|exploding|went\s+off|goes\s+off|detonated|blasts?|explosions?)|(?<!barrel\s)(?<!cluster\s)bombs?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:planted|placed|hidden|attached|left\s+(?:in|on|under|near|at|inside))\b|(?:planted|placed|plants?|planting|hid|hidden)\s+(?:\w+\s+){0,2}?bombs?|(?:explosion|detonation)\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?bomb\b", ERV, IED),
    # Bombardment by no named platform, cluster munitions included (dropped from aircraft or fired by rockets).
    ("bombing", r"bombard\w*|bombing\w*|bombed|bombs?\b|(?<=\bregime\sforces\s)bomb|cluster\s+munitions?", ERV, SHELL),
    ("blast", r"explosions?|blasts?|explode[ds]?|exploding|detonat\w+|(?:bl(?:ew|own|ows?|owing)\s+up)(?!\s+(?:the|a|an|their|its|his|two|three|several|\d+|houses?|homes?|tunnels?|bridges?|buildings?|shops?|vehicles?))", ERV, IED),
    # "the newly captured village", "recently seized areas": a participle naming the place, not the event here
    ("territory", r"(?<!-)(?<!newly\s)(?<!recently\s)(?<!lately\s)(?:controll?(?:ed|s|ing)?(?=\s+(?:a|an|the|two|three|several|more|most|all|new|large|parts?|positions?|points?|sites?|\d+|\w+\s+(?:village|town|hill|city|area|district|neighbourhood|neighborhood)s?)\b)|captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|overr[au]n\w*|storm(?:ed|s)|took\s+over|take\s+over|takes\s+over|taking\s+over|takeover|(?:took|retook)\s+(?:the\s+)?(?:(?:strategic|key|nearby|rebel-held|regime-held|hilltop|border)\s+)?(?:villages?|towns?|city|hills?|hilltops?|districts?|neighbou?rhoods?)\b|recaptur\w+|retook|retake\w*|regain\w*|(?<!front\sfor\s)(?<!national\s)liberat\w+(?!\s+(?:front|army|movement|brigades?))|(?:took|take|takes|taking|won|win|wins|winning)\s+back(?=\s+(?:the\s+)?(?:control|villages?|towns?|city|hills?|areas?|positions?)\b)|(?:took|take|takes|taking|gain(?:ed|s)?|seized|assumed?|wrested|imposed?|complet(?:e|ed|es|ing)|extend(?:ed|s|ing)?)\s+(?:back\s+)?(?:the\s+|their\s+|its\s+)?(?:full\s+|complete\s+|total\s+)?control|(?:end(?:ed|s|ing)?|ended)\s+(?:the\s+)?presence\s+of|expell(?:ed|s|ing)|(?:drove|drive|drives|pushed|push|forced)\s+(?:\w+\s+){1,4}?out\s+of|fell\s+(?:in)?to\s+(?:the\s+)?(?:hands|control|grip)\s+of|fell\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|troops|army|regime|government|rebels|factions|fighters|militants|jihadists|HTS|IS|ISIS|SDF|QSD)\b|(?:managed|able)\s+to\s+control|succeeded\s+in\s+controlling|entered(?!\s+(?:the\s+)?(?:Syrian?|Turk\w*|Iraq\w*)\b)(?!\s+(?:into\s+)?(?:the\s+)?(?:conflict|war|fray|fight|battle|talks|negotiations|force|effect)\b)(?!\s+(?:its|their|a|the)\s+(?:\w+\s+)?(?:month|week|year|day|phase|stage)s?\b))", BAT, NSO),
    # (not "without fighting", "without any clashes": a handover or entry said to be peaceful)
    ("clash", r"(?<!without\s)(?<!without\sany\s)(?:clash\w*|military\s+operations?(?!\s+room)|inghimasi\w*|(?:commando|infiltration|sniping|assault)\s+operations?|operations?\s+(?:against|on|targeting)\s+(?:\w+\s+){0,3}?(?:positions?|posts?|points?|checkpoints?|barracks|bases?|headquarters|lines|fronts?)\b|(?:new\s+)?fronts?\s+against|attempts?\s+to\s+(?:go|push|break|penetrate|storm|infiltrate)\b|fighting|battles?|fought|offensive|counter[- ]?attacks?|(?:attack\w*|assault\w*)(?!\s+and\s+(?:loot|burn|torch|set\s+fire|demolish|destroy|bulldoz|plunder|pillag))\s+(?:\w+\s+){0,3}?(?:positions?|strongholds?|checkpoints?|bases?|posts?|barracks|airport|lines|fronts?|(?:military\s+)?vehicles?|convoys?|patrols?|headquarters|hills?)|ambush\w*|(?:airborne\s+|heliborne\s+|air\s+)?landing\s+operations?|fired\s+(?:\w+\s+){0,4}?(?:at|on|upon|towards?)\s|confrontations?|skirmish\w*|firefights?|infiltrat\w*|repel(?:led|s|ling)?|advance\w*|advancement)", BAT, "Armed clash"),
    # A mass grave found is news of killings long past, not the killing (ACLED: Other).
    ("grave", r"mass\s+graves?", SD, "Other"),
    ("sexual", r"rap(?:e|ed|es|ing)\b|rapists?|sexual(?:ly)?\s+(?:assault\w*|abus\w*|violence|harass\w*|exploit\w*|attack\w*)|molest\w*", VAC, "Sexual violence"),
    ("attack", r"murder(?:s|ed)?\b|execut(?:ed|ion|ions|es|ing|e)|behead\w*|assassinat\w+|massacre\w*|shot\s+dead|gunned\s+down|snipers?|tortur\w+|crucif\w+|lynch\w*|ston(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}?to\s+death|stonings?\b|thr[eo]w[sn]?\s+(?:\w+\s+){1,3}?from\s+(?:the\s+)?(?:top|roof)|burn(?:ed|t|s)?\s+(?:\w+\s+){1,3}?(?:alive|to\s+death)|stabb?(?:ed|ing)|beat(?:s|en|ing)?\s+(?:(?:\w+\s+){0,3}?to\s+death|(?:up\s+)?(?:a|an|the|two|three|several|\d+)\s+(?!(?:\w+\s+)?(?:attacks?|assaults?|offensives?|advances?|attempts?)\b))|assault(?:ed|ing)\s+(?:a|an|the|two|three|\d+)|opened\s+fire|open\s+fire|shot\s+and\s+(?:killed|wounded|injured)|(?:body|bodies|corpses?|remains)\s+(?:[\w']+,?\s+){0,12}?(?:was|were)\s+(?:\w+\s+)?found|found\s+(?:\w+\s+){0,3}?(?:dead|killed|murdered|slain|executed)|(?:found|finds|find|discovered|recovered)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:bodies|corpses|body)|(?:shot|murder(?:s|ed)?|stabbed)" + _PEOPLE_HIT, VAC, "Attack"),
    # "Gunmen killed two civilians", "IS cells kill 3 SDF members" (its own cue: "kill" is too common a
    # gate for the long pattern above); refined like ``attack`` (armed victims: a clash).
    ("kill", r"kill(?:s|ed)?" + _PEOPLE_HIT, VAC, "Attack"),
    ("killed_by", _KILLED_BY, VAC, "Attack"),
    ("riot", r"riot\w*|mobs?\b|thr[eo]w\w*\s+(?:\w+\s+){0,2}?(?:stones|rocks)|ston(?:e|es)[- ]throwing|pelt(?:ed|ing)\s|(?:set|setting)\s+(?:\w+\s+){0,3}?(?:on\s+fire|ablaze|alight)|burn(?:ed|t|ing)?\s+tyres|blocked\s+(?:the\s+)?roads?|stormed\s+(?:the\s+)?(?:building|office|headquarters)", RIO, "Mob violence"),
    ("protest", r"(?:graffiti|slogans?|writings?)\s+(?:\w+\s+){0,2}?against|demonstrat(?:ion|ions|ors|ed|e|ing)|protest\w*|sit-ins?|rall(?:y|ies|ied)|marche[ds]\b|vigils?\b|t(?:ook|ake|akes|aking)\s+to\s+the\s+streets|general\s+strikes?|(?:went|go|goes|going)\s+on\s+strike|commercial\s+strikes?", PRO, "Peaceful protest"),
    ("abduction", r"abduct\w*|kidnap\w*|forcibly\s+disappeared|enforced\s+disappearance", VAC, "Abduction/forced disappearance"),
    ("arrest", r"(?<!against\sthe\s)(?<!against\s)(?<!over\sthe\s)arrest\w*|detain(?!ees?\b)\w*|detention\s+campaign|raid(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:houses?|homes?|neighbou?rhoods?)|security\s+raids?|raids?\s+(?:and|to)\s+arrest", SD, "Arrests"),
    ("assault", r"(?<!heart\s)attack(?:s|ed|ing)?\b|assaults?\b|incursions?", BAT, "Armed clash"),
    # A dated entry of an air-strike log (Airwars: "March 9th 2017: (S491) Al Karama town, Raqqa
    # governorate, Syria"; Russian strikes "(R3)"): the heading is the report of a strike at the places it lists.
    ("strike_log", r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–/]|or|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\??(?:\s*[(\[][^()\[\]]{0,30}[)\]])?(?:,?\s+\d{4})?(?:\s*[(\[][^()\[\]]{0,30}[)\]])?\s*:\s*[^()\n]{0,40}?(?:" + STRIKE_LOG_CODE + r"|\(\s*\d{2,4}[a-z]?\s*\))", ERV, AIR),
    ("looting", r"loot\w*|plunder\w*|pillag\w*|bl(?:ew|own|ows?|owing)\s+up\s+(?:\w+\s+){0,3}?(?:houses?|homes?|buildings?|bridges?|shops?|mosques?|schools?|churches)\b|set\s+fire\s+to\s+(?:\w+\s+){0,3}?(?:houses?|homes?|propert(?:y|ies)|crops|harvests?|fields|shops?|stores?|lands?|cars?|vehicles?)\b|(?:burn(?:ed|t)?|torch(?:ed)?|demolish(?:ed)?|destroy(?:ed)?|bulldoz(?:ed)?|confiscat(?:ed)?|seiz(?:ed)?|cut\s+down|uproot(?:ed)?)\s+(?:\w+\s+){0,3}?(?:houses?|homes?|propert(?:y|ies)|crops|harvests?|fields|shops?|stores?|lands?|farms?|farmland|groves?|orchards?|trees|cars?|vehicles?|motorcycles?|graves?|cemeter(?:y|ies)|shrines?|headquarters|offices?|buildings?)\b", SD, "Looting/property destruction"),
    ("handover", _HANDED, SD, "Non-violent transfer of territory"),
    ("agreement", r"(?:signed|reached|concluded|struck|brokered)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:agreement|deal|truce|cease-?fire|settlement)|(?:agreement|deal|truce|settlement)\s+(?:was|has\s+been|were)\s+(?:reached|signed|concluded)|conclusion\s+of\s+(?:\w+\s+){0,3}?(?:agreement|deal|settlement)|(?:agreed|agree|agrees)\s+(?:on|to|upon)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|truce|cease-?fire|settlement|exchange|handover)|announced\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|truce|cease-?fire|settlement)|(?:cease-?fire|truce|agreement|deal)\s+(?:[\w-]+\s+){0,5}?(?:came|comes|went|goes|entered|enters|took|takes)\s+(?:into\s+)?(?:effect|force)|(?:prisoners?|captives?|detainees?|bod(?:y|ies))\s+(?:exchange|swap)s?\b|(?:exchange|swap)\s+of\s+(?:prisoners|captives|detainees|bodies)|(?:exchang|swapp)(?:ed|es|ing)\s+(?:\w+\s+){0,2}?(?:prisoners|captives|detainees|bodies)\b", SD, "Agreement"),
    # Leaflets dropped from the air: propaganda, no strike (ACLED: Other; the aircraft that drop them are no
    # strike either, see ``events._drop_background``).
    ("leaflets", r"(?:dropped|dropping|drops?|threw|throwing|scattered|scattering)\s+(?:\w+\s+){0,2}?(?:leaflets|flyers|pamphlets)", SD, "Other"),
    # Prisoners set free: a development of their holders (ACLED: Other), never a new detention.
    ("other", r"releas(?:ed|es|ing)\s+(?:\w+\s+){0,3}?(?:detainees|prisoners|captives|hostages|abductees)\b|(?<!to\s)prevent(?:ed|s)?\s+(?:\w+\s+){0,4}?(?:patrols?|convoys?|columns?)|(?:blocked|intercepted|turned\s+back)\s+(?:\w+\s+){0,4}?(?:patrols?|convoys?|columns?)", SD, "Other"),
    ("base", r"(?:establish\w*|set\s+up|sets\s+up|setting\s+up|buil[dt]\w*|construct\w*|open(?:ed|s)?)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|more)\s+)?(?:new\s+(?:\w+\s+)?(?:points?|posts?|positions?|bases?|headquarters|HQ|outposts?|garrisons?)\b|(?:\w+\s+)?(?:base|bases|headquarters|HQ|outposts?|garrisons?|military\s+(?:point|post)s?|observation\s+(?:point|post)s?))", SD, "Headquarters or base established"),
    # Last resort: "the regime forces target Daraa camp", "the Coalition targets a commander in X": a strike
    # (from the air when the actor only bombs from the air, see ``bombing``).
    ("target", r"target(?:s|ed|ing)?\b(?!\s+(?:of|for|list|bank))(?=\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+)", ERV, SHELL),
    ("movement", r"anti-[\w-]+\s+(?:raids?|operations?|campaigns?|sweeps?)|patrols?|patroll(?:ed|ing)|reinforcements?|(?:sends?|sent|sending|dispatch(?:ed|es|ing)?|brings?|brought|bringing)\s+(?:[\w-]+[\s,]+){0,3}?(?:troops|reinforcements|forces|tanks|convoys?|columns?|vehicles|soldiers|fighters)\b|reinforc(?:ed|es|ing)\b|(?:military\s+)?(?:columns?|convoys?)(?=\s+(?:[\w,]+\s+){0,6}?(?:arriv\w+|enter\w*|head\w*|sent|brought|crossed|moved))|(?<!has\s)(?<!have\s)(?<!had\s)(?<!been\s)(?:re)?deploy\w*|mobiliz\w+|mobilis\w+|troop\s+movements?|security\s+(?:posture|measures|alert|cordon)|sealed\s+off|(?:heightened|raised)\s+(?:their\s+|its\s+)?(?:security|alert)|withdr[ae]w\w*|pulled\s+out|(?:evacuat|dismantl)(?:ed|es|e|ing)\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:points?|posts?|positions?|bases?|headquarters|outposts?)\b"
     # new checkpoints ("set up checkpoints on the road near X", "erected a flying checkpoint"): a security measure
     r"|(?:set(?:s|ting)?\s+up|erect(?:ed|s|ing)?|install(?:ed|s|ing)?|establish(?:ed|es|ing)?)\s+(?:[\w-]+\s+){0,3}?checkpoints?\b", SD, "Change to group/activity"),
]
#: (regex, weapon tags) normalised weapon vocabulary.
WEAPON_CUES: list[tuple[str, tuple[str, ...]]] = [
    (r"cluster\s+(?:bombs?|munitions?|rockets?|shells?|submunitions?|missiles?)", ("cluster munitions",)),
    (r"(?<!cluster\s)missiles?|surface-to-surface|ballistic", ("missiles",)),
    (r"(?<!cluster\s)rockets?|Grad|rocket\s+launchers?", ("rockets",)),
    (r"barrel[\s-]+bombs?|explosive\s+barrels", ("barrel bombs",)),
    (r"artillery|howitzers?|cannon\w*|tank\s+(?:fire|shells?)", ("artillery",)),
    (r"mortars?", ("mortars",)),
    (r"IEDs?|improvised\s+explosive\w*|explosive\s+devices?|roadside\s+bomb\w*|sticky\s+bomb", ("IED",)),
    (_VEHICLE_BOMB + r"|VBIED|booby[- ]trapped\s+(?:car|vehicle|truck|motorcycle|motorbike)s?|suicide\s+car", ("car bomb",)),
    (_LANDMINE, ("landmine",)),
    (r"drones?|UAVs?", ("drone",)),
    (r"chemical\s+(?:attacks?|weapons?|munitions|agents?)|chlorine|sarin|toxic\s+gas|poison(?:ous)?\s+gas", ("chemical weapons",)),
    (r"incendiary|napalm|white\s+phosphorus|thermite", ("incendiary weapons",)),
    (r"vacuum\s+(?:bombs?|missiles?)|thermobaric", ("thermobaric weapons",)),
    (r"suicide\s+(?:vest|belt)s?|explosive\s+belts?", ("suicide vest",)),
    (r"snipers?|gunfire|machine\s*guns?|small\s+arms|shot\s+dead|gunned\s+down", ("small arms",)),
]
#: Cheap substring gates (lowercase) per cue: the cue's regex runs only if one is present.
EVENT_GATES: dict[str, tuple[str, ...]] = {
    "disrupted": ("thwart", "foil", "defus", "dismantl", "disarm", "down", "intercept", "fire", "shot", "repel", "repuls"),
    "dispersal": ("tear gas", "water cannon", "rubber", "dispers"),
    "chemical": ("chemical", "chlorine", "sarin", "gas"),
    "suicide": ("suicide", "blew", "svbied", "s-vbied"),
    "thrown": ("threw", "thrown", "throw", "hurl", "lobbed", "tossed", "hand bomb"),
    "explosive": ("ied", "explosive", "mine", "bomb", "booby", "roadside", "sticky", "unexploded", "remnant", "left"),
    "leaflets": ("leaflet", "flyer", "pamphlet"),
    "air": ("air", "aviation", "raid", "strike", "plane", "jet", "aircraft", "aerial", "helicopter", "barrel", "drone", "uav", "sortie", "bomber"),
    "shelling": ("ground", "land-based", "surface-launched", "rpg", "propelled", "atgm", "shell", "artillery", "mortar", "missile", "rocket", "howitzer", "cannon", "surface-to", "ballistic", "grad", "tank", "sources of"),
    "bomb_blast": ("bomb",),
    "bombing": ("bomb", "cluster"),
    "blast": ("explo", "blast", "detonat", "blew", "blown", "blow"),
    "territory": ("control", "captur", "seiz", "overr", "storm", "over", "recaptur", "retook", "retake", "regain", "liberat", "expell", "out of", "entered", "presence", "fell", "took", "take", "won back", "win back", "wins back"),
    "clash": ("clash", "operation", "inghimasi", "repel", "front", "attempt", "fight", "battle", "fought", "offensive", "attack", "assault", "ambush", "confront", "skirmish", "firefight", "infiltrat", "advance", "fired", "landing"),
    "attack": ("murder", "beat", "execut", "behead", "assassinat", "massacre", "shot", "gunned", "sniper", "tortur", "killed", "murdered", "stab", "crucif", "lynch", "assault", "fire", "found", "find", "discovered", "recovered", "ston", "threw", "throw", "burn"),
    "grave": ("grave",),
    "sexual": ("rape", "raping", "rapist", "sexual", "molest"),
    "handover": ("hand", "surrender"),
    "abduction": ("abduct", "kidnap", "disappear"),
    "arrest": ("arrest", "detain", "detention", "security raid", "raided", "raiding"),
    "exchange": ("exchange", "shooting", "gunfire"),
    "strike_log": (":",),
    "assault": ("attack", "assault", "incursion"),
    "grenade": ("grenade",),
    "kill": ("kill",),
    "killed_by": ("killed by", "shot by", "murdered by", "stabbed by", "assassinated by"),
    "riot": ("riot", "mob", "stone", "rocks", "pelt", "fire", "ablaze", "alight", "tyres", "blocked", "stormed"),
    "protest": ("graffiti", "slogan", "writings", "demonstrat", "protest", "sit-in", "rall", "marche", "vigil", "strike",
                "streets"),
    "looting": ("loot", "plunder", "pillag", "set fire", "blew", "blown", "blow", "cut down", "uproot", "burn", "torch", "demolish", "destroy", "bulldoz", "confiscat", "seiz"),
    "agreement": ("agreement", "deal", "truce", "fire", "settlement", "agree", "exchang", "swap", "handover"),
    "other": ("prevent", "blocked", "intercepted", "turned back", "releas"),
    "base": ("base", "headquarters", "hq", "outpost", "point", "post"),
    "target": ("target",),
    "movement": ("anti-", "patrol", "reinforc", "send", "sent", "dispatch", "bring", "brought", "column", "convoy", "deploy", "mobili", "troop", "security", "sealed", "heightened", "raised", "withdr", "pulled out", "evacuat", "dismantl", "checkpoint"),
}
WEAPON_GATES: list[tuple[str, ...]] = [
    ("cluster",), ("missile", "surface-to", "ballistic"), ("rocket", "grad"), ("barrel",), ("artillery", "howitzer", "cannon", "tank"),
    ("mortar",), ("ied", "improvised", "explosive", "roadside", "sticky"), ("bomb", "car", "vbied", "booby"), ("mine",), ("drone", "uav"),
    ("chemical", "chlorine", "sarin", "gas"), ("incendiary", "napalm", "phosphorus", "thermite"), ("vacuum", "thermobaric"),
    ("suicide", "explosive belt"), ("sniper", "gunfire", "gun", "arms", "shot", "gunned"),
]
