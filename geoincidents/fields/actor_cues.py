"""The words around an actor's name that give its role in the event (see :mod:`geoincidents.fields.actors`).

Hand-written regular expressions: the cues are short, closed lists of English verbs, prepositions and
nouns in the wording of wire copy, monitors and ACLED notes, and a parser would be much slower and no
better on this telegraphic style.  ``..._BEFORE`` patterns are searched in the words right before the
name (anchored at its start with ``$``), ``..._AFTER`` patterns matched right after it.
"""
from __future__ import annotations

import re

from .first_chars import fragment_alternation

# The verbs and the words before a victim, branched by first letter (fields.first_chars.fragment_alternation:
# the same matches, ~3x faster than trying each of ~130 alternatives at every position).
_VIOLENT_VERBS = (
    r"shelled|shell|shells|bombed|bomb|bombs|struck|strike|strikes|targeted|target|targets|killed|kill|kills|launched"
    r"|launch|attacked|attack|attacks|captured|capture|seized|took|take|control|controlled|stormed|executed|execute"
    r"|behead|beheaded|abducted|arrested|detonated|detonate|fired|fire|drop|dropped|advanced|advance|raided|pounded"
    r"|hit|airstrikes|air\s+strikes|warplanes|assaulted|clashed|opened|shot|threw|kidnapped|looted|detained|ambushed"
    r"|assassinated|planted|stormed|burned|seized|raped|sexually|harassed|tortured|stabbed|beat|abused|forced|expelled"
    r"|displaced|demolished|bulldozed|confiscated|cut|torched|destroyed|blew|besieged|dispersed|imposed|recaptured"
    r"|retook|regained|overran|entered|expelled|retake|retakes|recaptures|captures|seizes|storms|shells|bombs|pounds?"
    r"|hits|kidnaps?|abducts?|arrests?|executes?|loots?|raids?|kills|targets|repelled|repulsed|thwarted|foiled"
    r"|intercepted|downed").split("|")
VIOLENT_AFTER = re.compile(r"\W*(?P<pre>(?:\w+\s+){0,2}?)(?:" + fragment_alternation(_VIOLENT_VERBS) + r")\b", re.I)
_VICTIM_WORDS = (
    r"killing|killed|kill|against|targeting|targeted|on|shelled|attacked|executed|of|hit|hitting|struck|striking"
    r"|assassinated|assassinating|shot(?:\s+dead)?|shooting(?:\s+dead)?|sniped|ambushed|assaulted|abducted|kidnapped"
    r"|arrested|detained|expelled|expelling|ousted|overran|overrunning|captured|seized|stormed|recaptured"
    r"|clashed\s+with|clashes\s+with|fighting|in\s+the\s+ranks\s+of").split("|")
VICTIM_BEFORE = re.compile(r"\b(?:" + fragment_alternation(_VICTIM_WORDS) + "|"
                           r"(?:commander|member|fighter|leader|officer|official|soldier)s?\s+(?:in|of|from|with))"
                           r"\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$", re.I)
# The words between a name and a violent noun that make it no act of the name's ("soldiers in an attack").
PREP_PRE = re.compile(r"(?:in|during|amid|after|following)\s", re.I)
# "destroyed dozens of Syrian army tanks and killed 19 soldiers": a name that modifies the object of a verb before
# it (after "of" or a number), whose noun a coordinated verb follows, is not that verb's subject.
OBJECT_PRE = re.compile(r"(?:[a-z]\w*\s+)?and\s+$")
OBJECT_BEFORE = re.compile(r"\b(?:of|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many|\d+)\s+$", re.I)
# "blaming the Syrian government": the side blamed is the attacker.
# "by the regime", "shelling by", "by members of a Turkey-backed faction", "at the hands of HTS": the agent of a passive verb (not "by
# targeting regime positions": a means, whose object is the target).
BY_BEFORE = re.compile(r"(?:\bby(?!\s+\w+ing\s)|\b(?:at|by)\s+the\s+hands\s+of|\bblam(?:ing|ed|es|e)|\b(?:bombardment|bombing|shelling|attacks?|strikes?|fire|raids?|hostilities)\s+(?:from|of))\s+(?:the\s+)?"
                        r"(?:(?:an?\s+)?(?:members?|fighters?|elements?|militants?|gunmen|soldiers?|troops|units?|cells?|groups?|bullets?|"
                        r"gunfire|fire|snipers?|shells?|shelling|missiles?|rockets?|drones?|warplanes?|aircraft|artillery)\s+"
                        r"(?:of|from|belonging\s+to)\s+(?:the\s+|an?\s+)?)?(?:\w+\s+)?$", re.I)
# "Members of HTS and a local family exchanged fire": members named as the clause's subject act; "of" marks
# a victim only after a verb ("killing a commander in X", "a car carrying members of X").
SUBJECT_MEMBERS = re.compile(r"(?:^|[,;:]\s*|\bOn\s+[^,]{3,30},\s*)(?:the\s+|an?\s+|\d+\s+|two\s+|three\s+|several\s+|some\s+)?"
                              r"(?:commander|member|fighter|leader|officer|official|soldier)s?\s+(?:in|of|from|with)\s+"
                              r"(?:the\s+|an?\s+)?(?:\w+\s+)?$", re.I)
PASSIVE_LATER = re.compile(r"[^.;,]*?\b(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|executed|shot|abducted|kidnapped|"
                            r"arrested|detained|targeted|hit|captured)\b", re.I)
# "were killed", "was found killed", "were reportedly shot": a passive verb, whose subject is its victim.
# Aliases that are bare group nouns: right after another actor's name they are its noun.
GENERIC = re.compile(r"(?:the\s+)?(?:factions|rebels|forces|fighters|militias?|militants|terrorists|terrorist\s+groups)$", re.I)
AFTER_BEFORE = re.compile(r"\b(?:after|following|since|while|amid|amidst|whereas|(?<!such\s)(?<!well\s)as|"
                           r"(?:respond(?:ed|s|ing)|in\s+response|repl(?:ied|ying|ies)|in\s+retaliation)\s+to|retaliation\s+for)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$", re.I)
DOWNED_BEFORE = re.compile(r"\b(?:shot\s+down|downed|intercepted|brought\s+down)\s+(?:the\s+|an?\s+)?$", re.I)
# "killed in Russian air strikes", "wounded by regime artillery": a name that ends in its weapon,
# after a preposition, is the weapon's side (a killing verb before it would make it the victim).
IN_BEFORE = re.compile(r"\b(?:in|by|(?<!support\s)(?<!backing\s)(?<!cover\s)from|during|amid|after|following|"
                        r"(?:massacre|bombardment|shelling|bombing|strikes?|raids?|attacks?|toll|victims|casualties)\s+of)\s+"
                        r"(?:the\s+|an?\s+)?$", re.I)  # not "with support from coalition aircraft": an ally;
#                                                        "the massacre of Russian warplanes" (monitors' wording) is theirs,
#                                                        as is "the death toll of the Russian airstrikes"
AFTER_GATE = ("after", "following", "since", "while", "amid", "whereas", "as ", "respon", "repl", "retaliat")  # one is in
# every AFTER_BEFORE match
# A verb or preposition of attack right before "<actor> targets/positions/convoy" ("shelled SDF positions").
AT_TARGET = re.compile(r"\b(?:\w+ed|hit|hits|struck|strikes?|target\w*|attack\w*|shell\w*|bomb\w*|on|at|against|towards?)\s+"
                        r"(?:the\s+|an?\s+|several\s+|many\s+|dozens\s+of\s+|\d[\d,]*\s+)?$", re.I)  # "struck 200 regime targets"
# The noun right after an actor's name: its target ("Iranian targets") or its weapon ("regime shelling").
TARGET_AFTER = re.compile(r"\s+(?:targets|positions|sites|bases|posts|depots|warehouses?|headquarters|checkpoints?|convoys?|"
                           r"patrols?|vehicles?|military\s+(?:vehicles?|convoys?|patrols?))\b", re.I)
WEAPON_AFTER = re.compile(r"\s+(?:shelling|shells|bombardment|bombing|air\s*strikes?|strikes?|raids?|warplanes?|jets|aircraft|"
                           r"helicopters?|drones?|artillery|rockets?|missiles?|mortars?|snipers?|sniper\s+fire|gunfire|"
                           r"barrel\s+bombs?|ambush|offensive|attacks?|assaults?)\b", re.I)
# "drones launched by HTS": whose the weapon is; in a disrupted attack (a drone shot down) that is the target.
# "drones that militants launched": the relative clause's subject is the weapon's side, as "launched by" says.
LAUNCHED_REL = re.compile(r"\b(?:drones?|rockets?|missiles?|shells?|projectiles?|mortars?)\s+(?:that|which)\s+(?:the\s+)?$", re.I)
LAUNCHED_BY = re.compile(r"\b(?:launched|fired|sent|flown|operated)\s+by\s+(?:the\s+)?$", re.I)
# "with Russian air support", "under Russian air cover": an ally's help, not a side of the event.
SUPPORT_AFTER = re.compile(r"\s+(?:air\s+|aerial\s+|artillery\s+|fire\s+|military\s+|logistic(?:al)?\s+)?"
                            r"(?:support|cover|backing|assistance)\b", re.I)
WITH_BEFORE = re.compile(r"\b(?:with|under|amid)\s+(?:the\s+)?$", re.I)
# "a regime helicopter was shot down": the weapon's side is the target of who downed it.
DOWNED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                           r"(?:shot\s+down|downed|intercepted|brought\s+down)\b"
                          r"|\s+(?:[\w-]+\s+)?(?:crashed|came\s+down|went\s+down)\b[^.;]{0,40}?\b(?:after|when)\s+(?:being|it\s+was)\s+"
                          r"(?:hit|shot|struck|targeted)\b", re.I)  # "a regime helicopter crashed ... after being hit"
# "hours after a ceasefire announced by Russia took effect": who spoke, no side of the violence (not
# "claimed by IS": who claims an attack did it; nor "agreed by Russia and Turkey": an agreement's parties).
WORDS_BY = re.compile(r"\b(?:announced|declared|proposed|reported|denied|confirmed|condemned)\s+by$", re.I)
WITH_BY = re.compile(r"\b(?:accompanied|escorted|assisted|aided|joined|reinforced|backed|supported|covered)\s+by$", re.I)
HELD_BY = re.compile(r"\b(?:manned|run|held|controlled|guarded|staffed|occupied|operated|owned|used|affiliated|"
                      r"belonging)\s+by$", re.I)
# "rockets fired from areas controlled by the factions": the holders of where a weapon came from, its launchers.
FROM_HELD = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:areas?|positions?|regions?|territor\w+|posts?|points?|"
                        r"villages?|towns?)\s+(?:controlled|held|run|occupied)\s+by\s+(?:the\s+)?$", re.I)
PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|got)\s+(?:\w+\s+)?$", re.I)
# The words between two actors that "and" joins ("Rebels and Syrian government forces").
# ("pro-regime forces, including Liwa al-Quds": the later is part of the former, on its side.)
AND_BETWEEN = re.compile(r"(?:\s+(?:fighters|members|forces|militants|troops|units|cells|police|officers))?(?:\s+(?:and|as\s+well\s+as)|,?\s+including)\s+"
                          r"(?:the\s+|their\s+|its\s+)?(?:(?:allied|loyal|affiliated|backed|local|other)\s+)?"
                          r"(?:(?:allies|partners)\s+(?:from|of|among)\s+(?:the\s+)?)?", re.I)  # "and their allies from the Iranian militias"
# A verb the two sides of "X and Y <verb>" do to each other.
RECIPROCAL_AFTER = re.compile(r"[\W\s]*(?:\w+\s+){0,3}?(?:clash\w*|fought|fight\w*|exchang\w*|battl\w*|skirmish\w*|"
                               r"traded|engag\w*|confront\w*)\b", re.I)
VICTIM_AFTER = re.compile(r"[^\w.;!?]*(?:\w+\s+){0,4}?(?:(?:survived|escaped|came\s+under|suffocated)\b|suffered\s+(?:from\s+)?(?:suffocation|burns|injuries|wounds|breathing\s+difficult\w*|respiratory\s+\w+)\b|(?:were|was|(?:had|has|have)\s+been)\s+(?:among\s+those\s+|found\s+|reportedly\s+|later\s+)?(?:killed|wounded|injured|executed|dead|shot|abducted|kidnapped|arrested|hit|targeted|struck|attacked|shelled|bombed|ambushed|assassinated)\b)", re.I)
# "militias fighting alongside the Syrian army": an ally of the acting side, never the other side.
ALONGSIDE_BEFORE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|side\s+by\s+side\s+with|in\s+support\s+of)\s+"
                              r"(?:the\s+|their\s+|its\s+)?$", re.I)
# "the factions of the NLF", "militants loyal to Hurras al-Din": a bare group noun that names the group after it.
OF_NAMED_BETWEEN = re.compile(r"\s+(?:of|from|belonging\s+to|loyal\s+to|affiliated\s+(?:to|with)|linked\s+to)\s+(?:the\s+)?", re.I)
LOYAL_TO_IT = re.compile(r"\s+(?:loyal|allied|affiliated)\s+(?:to|with)\s+(?:it|them|him)\b", re.I)
# "a landmine left over from IS", "remnants of the regime's shelling": who left the weapon is its perpetrator.
LEFT_BY_WORDS = ("left", "plant", "laid", "prison", "jail", "detention", "custody", "dungeon")  # one is in every LEFT_BY match
# "died under torture in a prison of HTS", "in the custody of the regime": the jailer acts.
LEFT_BY = re.compile(r"\b(?:left\s+(?:over\s+|behind\s+)?(?:from|by)|planted\s+(?:earlier\s+|previously\s+)?by|laid\s+by|"
                     r"(?:prisons?|jails?|detention\s+(?:centers?|centres?|facilit\w+)|custody|dungeons?)\s+(?:of|run\s+by|belonging\s+to))"
                     r"\s+(?:the\s+)?$", re.I)
# "arrested 5 men on charges of dealing with the factions": the group named in an accusation is no side of the event.
CHARGE_BEFORE = re.compile(r"\b(?:charges?|accus\w+|suspicion|suspected|alleged\w*|for)\s+(?:of\s+)?(?:\w+\s+){0,2}?"
                           r"(?:dealing|dealings|communicating|collaborating|cooperating|links?|linked|contacts?|affiliation|"
                           r"belonging|joining|working|spying|sympathi\w+|loyalty)\s+(?:with|to|for)\s+(?:the\s+)?$", re.I)
# "were shot dead at an HTS checkpoint": people hurt at a post, with no attacker named, were hurt by who holds it.
KILLED_AT = re.compile(r"\b(?:were|was)\s+(?:shot(?:\s+dead)?|killed|wounded|injured|beaten|arrested|detained)\s+at\s+"
                       r"(?:an?\s+|the\s+|one\s+of\s+the\s+)?$", re.I)
