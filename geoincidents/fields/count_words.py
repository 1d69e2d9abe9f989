"""Words and patterns of counted things (private to the count finders).

The vocabulary is data (``counts.json``: people nouns and their victim group, nouns that
imply killed or injured, non-casualty nouns); the patterns built from it are compiled once
here and used by :mod:`.count_spans` (spans of one sentence) and :mod:`.toll_updates`.
Hand-written regular expressions: no maintained library reads English casualty phrases, and
a parser would cost more than the whole per-headline budget.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .dates import MONTHS
from .first_chars import word_alternation
from .gates import LazyPattern
from .numbers import NUMBER_PATTERN, TENS, UNITS

_DATA = json.loads((Path(__file__).with_name("counts.json")).read_text(encoding="utf-8"))
PEOPLE: dict[str, str | None] = _DATA["people"]
IMPLICIT: dict[str, str] = _DATA["implicit"]
OTHER: dict[str, str] = _DATA["other"]
SINGULAR: list[str] = _DATA["singular_people"]

QUALIFIERS: dict[str, str] = {  # as written -> bound type
    "at least": "low", "more than": "low", "over": "low", "no fewer than": "low", "no less than": "low",
    "upwards of": "low", "in excess of": "low", "a minimum of": "low",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "nearly": "high", "almost": "high", "close to": "high",
    "up to": "high", "at most": "high", "less than": "high", "fewer than": "high", "under": "high",
    "between": "range",
}


def _alt(words) -> str:
    """``words`` as one alternation, longest first, a space read as any whitespace (branched by first letter)."""
    return word_alternation(sorted(words, key=len, reverse=True))


NOUN_ALT = _alt(set(PEOPLE) | set(OTHER))
#: Month names and abbreviations, lower-case ("March", "Sept"): a number next to one is a day.
MONTH_WORDS = frozenset(MONTHS)
# Words that never qualify the noun of a count: another number ("On March 3 four people were
# killed" counts four, not three; "Six of the 9 people killed": nine) or a month ("3 March 4 civilians").
# An age is a modifier ("two 10-year-old boys", "three five-year-old girls").
_AGE = r"-(?:year|month)s?-old"
_NOT_MOD = r"(?!\d(?!\d*" + _AGE + r"))(?!(?:" + _alt(set(UNITS) | set(TENS) | MONTH_WORDS) + r")\b(?!" + _AGE + r"))"
_STOP = r"(?:killed|dead|died|die|wounded|injured|were|was|(?-i:is)|are|have|has|had|in|on|at|by|and|or|to|as|after|from|with|for|during|within|since|while|when|who|which|that|among|including)"
# The end of a range in words, after a qualifier ("between five and seven people").
_WORD_RANGE_END = "(?:" + _alt(set(UNITS) | set(TENS)) + r")(?![\w-])"
# These patterns read a sentence as written only where it does not lower-case exactly (count_matches
# matches their lower-cased twins): compiled on first use (fields.gates.LazyPattern).
COUNT_RE = LazyPattern(
    r"(?<![\w.,/-])(?:(?P<qual>" + _alt(QUALIFIERS) + r")\s+)?"
    # an ordinal ("1st lieutenant") or an age ("a 10-year-old girl") counts nothing
    r"(?P<num>" + NUMBER_PATTERN + r")(?!\d|(?:st|nd|rd|th)\b|-(?:year|month|week|day)s?-old)"
    # "3 and 5" is a range only after "between": "killed 5 and 3 people respectively" lists two.
    r"(?:\s*(?:-|–|to|or|(?(qual)and|(?!)))\s*(?P<num2>\d{1,3}(?:,\d{3})+(?!\d)|\d+|(?(qual)" + _WORD_RANGE_END + r"|(?!))))?"
    r"(?:['’\"”](?=\s+of\b))?(?:\s+of)?"  # ("'dozens' of regime troops": a number quoted)
    r"(?:(?P<mods>(?:\s+(?!" + _STOP + r"\b)" + _NOT_MOD + r"(?:the\s+" + _NOT_MOD + r")?[\w'’“”\"-]+){0,3}?)\s*(?:(?<=\s)|(?<=\d))(?P<noun>" + NOUN_ALT + r")(?![\w-])"
    # "8 displaced people": "displaced" before a person noun describes the dead, the noun counts them
    r"(?!(?<=displaced)\s+(?:people|persons|civilians|children|women|men|families|residents)\b))?",
    re.IGNORECASE,
)
# Words that may stand between an article and a person noun ("a young man", "a regime's 1st lieutenant").
_ROLE_WORDS = ("young elderly old little civilian citizen local pregnant displaced Syrian Kurdish Turkish Russian Iranian "
               "Iraqi Lebanese Palestinian rebel regime opposition IS ISIS HTS SDF army military field senior prominent "
               "council tribal former QSD YPG FSA regime's regime’s army's").split()
_ROLE_MODS = (r"(?:" + word_alternation(_ROLE_WORDS) + r"|\d+(?:st|nd|rd|th)|"
              # an age: "a 10-year-old girl", "a three-year-old child" (one person, not ten or three)
              r"(?:\d+|[a-z]+)-(?:year|month)s?-old)")
ARTICLE_RE = LazyPattern(
    # "the commander of the brigade", "the mukhtar of the village": one person, named by role;
    # "his son", "her husband": one person, named by kin.
    # One more word of any kind may say the role: "an ambulance driver", "a Hezbollah commander", "an aid worker".
    r"\b(?P<num>an?|one|his|her|its|their|another|(?P<the>the))\s+(?P<mods>(?:" + _ROLE_MODS + r"\s+){0,2}"
    # Two such words name a body or a faction ("a civil defence volunteer", "a Hurras al-Din commander"),
    # never a verb of harm ("a shell killed man" is no person named by role).
    r"(?:(?!(?:of|and|or|the|an?|in|on|at|by|to|from|with|for|was|were|is|are|has|had)\b)"
    r"(?!(?:kill|wound|injur|shot|hit|struck|target|execut|assassinat|behead|martyr|die|dead)\w*\b)[\w'’\"“”-]+\s+){0,2}?)"
    # "the <person>" is one only before "of" ("the mukhtar of the village") or its verb of harm ("and the father
    # was injured"; not "the leader", "the head", "the chief": a group's leadership); "an IDP camp" is a place.
    # ("killing a 2-year-old and her mother": an age alone names one person, before a clause word)
    r"(?P<noun>" + _alt(SINGULAR) + r"|(?:\d+|[a-z]+)-(?:year|month)s?-old(?=\s*(?:[,.;:]|$)|\s+(?:and|or|was|were|is|who|in|"
    r"on|at|from|by|with|died|killed|wounded|injured|succumbed)\b))\b(?!\s+(?:camps?|shelters?|settlements?)\b)"
    r"(?(the)(?<!body)(?<!martyr)(?<!person)(?=\s+of\s|(?<!leader)(?<!head)(?<!chief)\s+(?:was|is)\s+"
    r"(?:also\s+|later\s+|seriously\s+|critically\s+|slightly\s+)?(?:killed|injured|wounded|hurt|martyred)\b))",
    re.IGNORECASE,
)
#: "Child killed and 4 people injured": a headline's bare singular noun before its harm verb is one
#: person (matched at the start of a sentence only; ``num`` is empty, as an article's is read as 1).
HEADLINE_NOUN_RE = LazyPattern(
    # ("The driver was killed", "The child's father was also wounded": one person, named as known; not
    # "The leader", "The head", "The chief", which may name a group's leadership without "of")
    r"(?:the\s+(?:[\w-]+['’]s\s+)?(?!(?:leader|head|chief)\b))?"
    r"(?P<num>)(?P<mods>(?:" + _ROLE_MODS + r"\s+)?)(?P<noun>" + _alt(SINGULAR) + r")\b"
    r"(?=\s+(?:was\s+|is\s+)?(?:also\s+|later\s+)?(?:killed|dead|died|dies|succumbs|succumbed|injured|wounded|martyred|shot|"
    r"assassinated|executed|beheaded|slain)\b"
    # "Martyr and wounded in shelling on X": the noun of the dead needs no verb
    r"|(?<=martyr)\s+(?:and|in|of|by|as|after)\b"
    # "Woman and her child killed": the first of two groups joined before their verb
    r"|\s+and\s+(?:(?:his|her|their|its|an?|one|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+)?[\w-]+\s+"
    r"(?:were\s+|are\s+)?(?:killed|dead|died|injured|wounded|martyred)\b)",
    re.IGNORECASE,
)
#: "Regime shelling kills woman and child", "Airstrike kills member of HTS": a headline's bare singular
#: noun right after its harm verb (or after "and" that joins it to another) is one person.
_HARM_VERBS = ("kills", "kill", "killed", "killing", "injures", "injure", "injured", "injuring", "wounds", "wound",
               "wounded", "wounding", "executes", "executed", "executing", "assassinates", "assassinated")
VERB_NOUN_RE = LazyPattern(  # the person starts at group ``who`` (the verb is matched, not counted: a
    # look-behind per verb tried at every position was slower than the whole search)
    r"\b(?:" + word_alternation(_HARM_VERBS + ("and",)) + r")\s"
    # ("killing the farmer driving it": the one person the verb names, with its article)
    r"(?P<who>(?:the\s+)?(?P<num>)(?P<mods>(?:" + _ROLE_MODS + r"\s+)?)(?P<noun>" + _alt(SINGULAR) + r")\b)"
    # ("children and citizen women": a word that qualifies a group of people is no person)
    r"(?!\s+(?:" + _alt(set(PEOPLE) - {s.lower() for s in SINGULAR}) + r")\b)",
    re.IGNORECASE,
)
#: "Two paramedics were killed and a third was wounded": an ordinal after "a"/"another", right before
#: its verb, is one more person (not "a second strike", whose noun follows).
ORDINAL_ONE_RE = LazyPattern(
    r"\b(?P<num>an?|another)\s+(?P<mods>)(?P<noun>second|third|fourth|fifth|sixth)\b"
    r"(?=\s+(?:was|is|has|had|died|dies|succumbed|later)\b|\s*(?:[,.;]|$)|\s+(?:near|in|on|at|and|when|while|after|"
    r"during|as)\b)",
    re.IGNORECASE,
)
#: "Two soldiers were killed and another died of his wounds": "another" right before a verb of harm
#: is one more person (not "another strike", "another in Ariha").
ANOTHER_ONE_RE = LazyPattern(
    r"\b(?P<num>)(?P<mods>)(?P<noun>another)(?=\s+(?:(?:was|is|has|had|were)\s+(?:also\s+)?(?:been\s+)?|later\s+|also\s+)?"
    r"(?:killed|died|dies|succumbed|succumbs|martyred|perished|wounded|injured)\b)",
    re.IGNORECASE,
)
#: "unidentified gunmen shot and injured a man in X. He later died of his wounds": "he"/"she" before a
#: verb of death is one person dead (the one the report before counted).
PRONOUN_DIED_RE = LazyPattern(
    r"\b(?P<num>)(?P<mods>)(?P<noun>he|she)(?=\s+(?:later\s+|also\s+|subsequently\s+|then\s+|eventually\s+)?"
    r"(?:died|dies|succumbed|succumbs|passed\s+away|was\s+(?:later\s+)?(?:killed|pronounced\s+dead))\b)",
    re.IGNORECASE,
)
#: "killing him and his companion": "him" (or "her" before a clause word) right after a verb of harm is one
#: person (the one named before it, whose own count then yields: see count_spans).
PRONOUN_OBJECT_RE = LazyPattern(
    r"\b(?:kill(?:s|ed|ing)?|shot|shooting|execut(?:es|ed|ing)|assassinat(?:es|ed|ing)|wound(?:s|ed|ing)?|"
    r"injur(?:es|ed|ing))\s+(?P<num>)(?P<mods>)(?P<noun>him|her(?=\s*(?:[,.;]|$)|\s+(?:and|in|on|at|near)\b))\b", re.I)
#: Kin that counts: "his son", "two of his companions" (the possessive opens it, or follows "<number> of").
KIN_OWNER = re.compile(r"(?:\w+\s+of\s+)?(?:his|her|their)\s", re.I)
#: "A suicide bomber killed himself and four rebels": the attacker named among the dead is one more, added to
#: those he killed ("blew himself up, killing four" counts the four the text gives as the toll).
SELF_RE = LazyPattern(r"\b(?:kill(?:s|ed|ing)?)\s+(?P<num>)(?P<mods>)(?P<noun>himself|herself)\b", re.I)
#: Ordinal words after "a" ("a third child died"): the ordinal's value is the toll it makes.
ORDINAL_VALUES: dict[str, int] = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
#: "the mukhtar of Kafr Takharim and his son", "a commander in Hurras al-Din and two of his companions": the
#: words between a person named by role "of" a place or
#: body and his, her or their kin joined to him (no verb, no clause word between).
_NAME_WORD = (r"(?!(?:was|were|is|are|has|had|have|been|and|or|who|which|that|killed|died|wounded|injured|shot|in|on|"
              r"at|by|when|while|after|with)\b)[\w'’-]+")
OF_NAME_AND = re.compile(r"\s+(?:of|in|from)\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}\s*,?\s+and\s+", re.I)


def of_body_and(gap: str) -> bool:
    """Is ``gap`` (between two counts of people) the body the first group belongs to and "and"
    ("9 fighters| of the factions and |6 regime soldiers"): one series under one verb?"""
    return gap[:4].lower() == " of " and OF_NAME_AND.fullmatch(gap) is not None


#: "a senior rebel commander, Abu Mohammad, and two of his guards": a name in apposition between a person
#: and the group joined to him (case-sensitive: a name is capitalised).
_NAME = r"(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|abu)"
APPOSITIVE_AND = re.compile(r"\s*,\s*" + _NAME + r"(?:\s+" + _NAME + r"){0,4}\s*,\s*(?:and|as\s+well\s+as)\s+"
                            r"(?:her|his|their)?\s*")
#: "An elderly couple was killed": two people (not "a couple of", a vague number).
COUPLE_RE = LazyPattern(r"\b(?P<num>an?|the)\s+(?P<mods>(?:(?:elderly|old|young|married|displaced)\s+)?)(?P<noun>couple)\b"
                       r"(?!\s+of\b)", re.IGNORECASE)
#: "A family of five, including three children, was killed": the number after "family of" counts people.
FAMILY_OF = re.compile(r"\bfamily\s+of\s+$", re.I)
BOTH = (r"(?:(?:killed|dead|deaths?|casualties|martyrs|martyrdom)\s+(?:and|or|&|/)\s+(?:injured|wounded|injur(?:y|ies)|"
        r"injuring|wounding|wounds)|(?:kill|kills|killing|killed)\s+(?:and|or)\s+(?:wound|injur)\w*"
        # ("killed or captured", "killing and arresting 16": the dead among them untold, a bound as for the wounded)
        r"|(?:kill|kills|killing|killed)\s+(?:and|or)\s+(?:captur|arrest|abduct|kidnapp?)\w*)")
KILL = (r"(?:killed|killing|kill|kills|dead|died|dies|die|death|deaths|martyred|martyrdom|lost\s+their\s+lives|perished|slain|"
         r"executed|executing|execute|execution\s+of|beheaded|beheading|behead|beheads|massacred|massacre\s+of|shot\s+dead|assassinated|"
         r"lives\s+of|bodies\s+of|left|executes|wiped\s+out|wiping\s+out|crucif\w+|assassinat\w+|slaughter\w*|gunned\s+down|life\s+of|body\s+of|"
         r"bod(?:y|ies)\s+(?:was|were|has\s+been|have\s+been)\s+(?:found|recovered|discovered|retrieved)|"
         r"found\s+(?:dead|murdered|slain|shot)|succumb(?:ed|s)?(?:\s+to\s+(?:his|her|their|its)?\s*(?:wounds|injuries))?)")
#: "martyrs and injured" right after a noun of the dead: one figure for both.
AND_INJURED = re.compile(r"\s*(?:and|or|&|/)\s+(?:injured|wounded|injuries|wounds)\b", re.I)
#: Verbs of taking people: "abducted 9 soldiers", "arrested 20 young people" (kind "held").
HELD = r"(?:abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|captur(?:ed|ing|es?))"
#: A kill or injure verb in the active voice: its object is the number after it, not before.
ACTIVE_VERB = re.compile(r"(?:kill|kills|killing|wound|wounds|wounding|injure|injures|injuring)", re.I)
INJ = r"(?:injured|injuring|injure|injures|wounded|wounding|wound|wounds|injuries|hurt)"
RIGHT_CUE = re.compile(r"(?P<both>" + BOTH + r")|(?P<part>\bamong\b(?!\s+(?:them|whom)\b))|(?P<kill>\b" + KILL + r"\b)|(?P<inj>\b" + INJ + r"\b)", re.I)
LEFT_CUE = re.compile(
    r"(?:(?P<both>" + BOTH + r")|(?P<part>including|among\s+them|among\s+whom|of\s+whom|among\s+the\s+(?:dead|killed|victims|casualties|martyrs)(?:\s+(?:were|are|was))?)"
    # ("the total toll was 8": the toll stated, not only raised)
    r"|(?P<toll>(?:toll|number)\b[^.;]{0,60}?\b(?:to|at|reach(?:es|ed)?)|toll\s+(?:\w+\s+){0,3}?(?:was|is|stands|stood)|"
    # ("The dead numbered 12")
    r"(?:dead|deaths|victims|casualties|martyrs|fatalities)\s+(?:numbered|number|totall?ed|totals?)|(?:casualties|dead|deaths|martyrs|victims)\b[^.;]{0,60}?\b"
    r"(?:rises?|rose|risen|rising|raised?|climb(?:s|ed)?|reach(?:es|ed)?|increased?)\s+to)"
    # "losing 16 of their own fighters", "the regime lost 12 soldiers": its own dead (a cue before the count only).
    # "the injury of 4 other people": before a count, the noun too.
    r"|(?P<kill>\b(?:" + KILL + r"|los(?:t|ing|es?)))|(?P<inj>\b(?:" + INJ + r"|injury))|(?P<held>\b" + HELD + r"))"
    # ("killed a total of 23 fighters", "killed a displaced family of five", "an entire family of six")
    r"\W*(?:(?:of|the|a|an|off|another|all|only|its|their|his|her|least|at|family|families|total|displaced|whole|"
    r"entire|along|together|with)\s+)*$", re.I)
#: Every cue of :data:`LEFT_CUE` contains one of these stems: tested first, as the anchored
#: search costs ~16 us on a 45-character window and most windows hold no cue.
LEFT_STEMS = re.compile(r"kill|dead|die|death|martyr|lives|life|perish|slain|execut|behead|massacr|shot|assassin|"
                        r"bod(?:y|ies)|left|crucif|slaughter|gunned|found|injur|wound|hurt|includ|among|whom|toll|wip|"
                        r"number|casualt|victim|abduct|kidnap|arrest|detain|captur|succumb|los", re.I)
#: A breakdown right after a count ("Fifteen people, among them five children, were killed",
#: "19 citizens including two families killed"): the count before it is the total, and its
#: cue comes after the breakdown.
PART_NEXT = re.compile(r"(?:\s+of\s+(?:one|the\s+same|a\s+single|a|the|his|her|their)\s+famil(?:y|ies))?"  # "Six members of one family, including four children"
                       # ("Three people, two of them women, were killed")
                       r"\s*[,(–—-]?\s*(?:including|among\s+(?:them|whom)|(?:" + NUMBER_PATTERN + r"\s+)?of\s+(?:them|whom))\b",
                       re.I)
NEXT_NOUN_RE = re.compile(r"\s+(" + NOUN_ALT + r")(?![\w-])", re.I)
POST_QUAL = re.compile(r"\s+(?:at\s+least|or\s+more)\b", re.I)
CONJ_FIRST = re.compile(r"\s*(?:at\s+least\s+|or\s+more\s+)?(?:,\s*)?(?:and|while|but|as\s+well\s+as|with)\s", re.I)
RIGHT_WINDOW = 60
LEFT_WINDOW = 45
#: Largest number read as a count; larger ones are typos, IDs or junk, and would
#: overflow the 64-bit integer columns of the incident frame.
MAX_COUNT = 1_000_000
