"""Word tables for place-mention detection: cue words, stopwords, foreign places.

Kept apart from the code that uses them (the spaCy habit): extend a table,
not an if-chain.
"""
from __future__ import annotations

import math
import re

from .pattern_width import widest

_TRAILING_LETTERS = re.compile(r"[A-Za-z]*\Z")
# The only letters outside ASCII that re.I matches to ASCII ones (found by trying every code point).
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _folds_to_ascii(text: str) -> bool:
    return not text.isascii() and any(map(text.__contains__, _FOLDS_TO_ASCII))


def last_word(text: str) -> str | None:
    """The word that ends ``text`` before its final space, lower-cased: what an
    :class:`EndAnchored` pattern's match ends with ("" if no word and space end the text).

    None when ``text`` has one of the four letters that ``re.I`` matches to ASCII ones
    (the Kelvin sign to "k"): then no word is ruled out.  A final newline is skipped, as
    ``$`` matches before it.

    Examples
    --------
    >>> last_word("shelling on the village of "), last_word("in north-eastern "), last_word("Raqqa,")
    ('of', 'eastern', '')
    """
    t = text[:-1] if text.endswith("\n") else text
    if not t.endswith(" "):
        return ""
    if _folds_to_ascii(t):
        return None
    word = t[:-1].rsplit(" ", 1)[-1]
    if not (word.isalpha() and word.isascii()):
        word = _TRAILING_LETTERS.search(word).group()  # "(central", "north-eastern"
    return word.lower()


class EndAnchored:
    """A pattern that matches only at the end of a text (it ends in ``$``) in a word and a
    space (one of ``last_words``, lower case), searched only when the text ends so and from
    the first position where such a match can start (its widest match, plus one for the
    newline before which ``$`` also matches) instead of from every position: the same match
    (``\\b`` still sees the character before), several times faster on the window before each
    mention, which every mention tests against every cue.  A pattern of unbounded width
    searches it all.

    Hand-written: ``re`` has no search from the end, and the third-party ``regex`` module's
    reverse search would be a new dependency for a ~25 us saving per mention.
    """

    __slots__ = ("pattern", "last_words", "_reach")

    def __init__(self, pattern: re.Pattern, last_words: str) -> None:
        if not pattern.pattern.endswith("$") or pattern.flags & re.VERBOSE:
            raise ValueError(f"not anchored at the end, or verbose: {pattern.pattern!r}")
        self.pattern = pattern
        self.last_words = frozenset(last_words.split())
        wide = widest(pattern.pattern)
        self._reach = None if wide == math.inf else int(wide) + 1

    def search(self, text: str, last: str | None = "?") -> re.Match | None:
        """``pattern.search(text)``; ``last``: :func:`last_word` of ``text``, if the caller has it."""
        if last == "?":
            last = last_word(text)
        if last is not None and last not in self.last_words:
            return None
        start = 0 if self._reach is None else max(0, len(text) - self._reach)
        return self.pattern.search(text, start)


#: Lower-case words that may sit inside a multi-word place name.
CONNECTORS = frozenset(
    "al el il ul ad ed an en ar er as es ash esh at et az ez ath adh bin ibn bani beni abu umm um "
    "wadi ras tal tell deir dayr ain ein kafr jabal jebel khirbet".split()
)

#: Capitalised words that are not place names even when a gazetteer variant
#: spells the same (title-case headlines capitalise everything).
STOPWORDS = frozenset(
    """
    a an the and or of in on at to by for from with without as is are was were be been has have had
    it its this that these those there here who whom which what when where while since until after
    before during over under about above below between among against into onto upon via per than
    not no nor but if so yet also only more most many much some any all each both few several other
    one two three four five six seven eight nine ten dozens dozen tens hundreds thousands
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    killed kill kills killing dead death deaths died die wounded injured injuring martyr martyrs
    attack attacks attacked strike strikes airstrike airstrikes air raid raids shelling shelled
    bombing bombed bombs bomb bombardment missile missiles rocket rockets mortar mortars clash
    clashes fighting battle battles offensive advance advances control capture captured seized
    regime government forces force army troops militia militias rebels rebel factions faction
    opposition fighters fighter civilians civilian children women men people members member
    soldiers soldier officer officers commander leader group groups organisation organization
    state islamic syrian syria syrians russian russia russians turkish turkey iranian iran
    iraqi iraq lebanese lebanon israeli israel american kurdish kurds arab arabs
    president minister ministry foreign defense defence interior council committee office
    observatory observer human rights news agency media reuters afp sana network coalition
    international united nations un city town village province governorate district region area
    countryside rural northern southern eastern western north south east west central
    new old great big small upper lower first second third last next
    camp camps airport base dam bridge road highway crossing border front line lines
    mountain mountains hill hills plain valley river lake sea
    civil helmets white salvation free democratic national liberation front legion brigade brigades
    battalion division corps army's regime's party mr mrs dr gen general colonel sheikh
    god allah jihad mosque jame jamea jami jamia jamaa church school hospital market bakery assad putin erdogan trump obama
    said says say reported reports report according claimed denied told added
    week month year day days weeks months years morning evening night hours
    english arabic local residents activists sources source
    """.split()
)

# The weapon nouns that end "shelled with <weapon> X" (the last word before the name).
_WEAPONS = "launchers artillery shells missiles rockets mortars guns machineguns weapons bombs munitions drones"
# Cue phrases before a name: (regex matched at the end of the preceding text, the words its match can
# end with before the final space, cue, kinds hint, precision).  Precision follows ACLED
# geo_precision: 1 the named place, 2 near it / part of a region, 3 a region.
CUES_BEFORE: list[tuple[EndAnchored, str, tuple[str, ...] | None, int]] = [
    (EndAnchored(rx, last), *rest) for rx, last, *rest in [
        (re.compile(r"\bprovinces? of (?:the )?$|\bgovernorates? of (?:the )?$", re.I), "of the",
         "province", ("governorate",), 3),
        (re.compile(r"\bprovinces of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and $"), "and",
         "province", ("governorate",), 3),
        # "the countryside of Idlib", "rural Damascus": the land around a town, or a governorate outside
        # its capital (resolve tells them apart; Rural Damascus is a governorate of its own).
        (re.compile(r"\bcountrysides? of (?:the )?$|\brural $", re.I), "of the rural", "countryside", None, 2),
        (re.compile(r"\b(?:suburbs?|outskirts|vicinity|environs|surroundings|periphery) of (?:the )?(?:city of |town of )?$",
                    re.I), "of the", "vicinity", None, 2),
        (re.compile(r"\b(?:near|nearby|close to|outside|around|next to|adjacent to|near to)(?: the)?"
                    r"(?: city of| town of| village of)? $", re.I), "near nearby to outside around the of", "near", None, 2),
        # "the area between Homs and Tadmor": near the first end (ACLED: precision 2), a point, not a governorate.
        (re.compile(r"\b(?:area|region|zone|territory|desert|stretch|lands?|fields?)s? (?:lying |located )?between (?:the )?"
                    r"(?:cities of |towns of |villages of )?$", re.I), "between the of", "near", None, 2),
        # "on its way to X", "the road to X", "heading to X": somewhere before X, near it.
        (re.compile(r"\b(?:(?:on|along) (?:its|their|his|her|the) way|en route|heading|headed|(?:the |a )?"
                    r"(?:road|route|highway)) (?:to|towards?) (?:the )?(?:city of |town of |village of )?$", re.I),
         "to toward towards the of", "near", None, 2),
        # "an attempt to advance towards X", "pushed toward X": a move not (yet) in X, so near it.
        (re.compile(r"\b(?:advanc(?:e|ed|es|ing)|push(?:ed|es|ing)?|mov(?:e|ed|es|ing)|march(?:ed|es|ing)?|progress(?:ed|es|ing)?|"
                    r"offensives?|drive)"
                    r" towards? (?:the )?(?:city of |town of |village of )?$", re.I),
         "toward towards the of", "near", None, 2),
        (re.compile(r"\b(?:near|close to|outside|around) (?:the |an? )?(?:[\w'’-]+ ){0,3}(?:home ?town|town|city|"
                    r"village|area|stronghold|bastion) of $", re.I), "of", "near", None, 2),
        # "a hill overlooking X"; "the vicinity of the Turkish observation point in X": by X, not in it.
        (re.compile(r"\boverlook(?:ing|s)? (?:the )?(?:city of |town of |village of )?$", re.I),
         "overlooking overlooks overlook the of", "near", None, 2),
        (re.compile(r"\b(?:vicinity|outskirts|surroundings|environs) of (?:the |an? )?(?:[\w'’-]+ ){0,4}?(?:post|point|"
                    r"base|checkpoint|positions?|airport|air ?base|camp) (?:in|at|near|of) $", re.I),
         "in at near of", "near", None, 2),
        (re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of (?:the )?"
                    r"(?:city of |town of |village of )?$", re.I), "of the", "direction of", None, 2),
        (re.compile(r"\b(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                    r"south-?western|central|northeastern|northwestern|southeastern|southwestern) $", re.I),
         "northern southern eastern western central northeastern northwestern southeastern southwestern",
         "part of", None, 2),
        (re.compile(r"\b(?:village|hamlet|farm|farms)s? of (?:the )?$", re.I), "of the", "village", ("village", "town"), 1),
        (re.compile(r"\b(?:town|city|neighbou?rhood|district|quarter|camp)s? of (?:the )?$", re.I), "of the", "town",
         ("city", "town", "village", "neighbourhood"), 1),
        # "shelled with rocket launchers and heavy artillery X": the weapon between the verb and its object.
        (re.compile(r"\b(?:shell(?:ed|ing|s)?|target(?:ed|ing|s)?|bomb(?:ed|ing|s)?|bombard(?:ed|ing|s)?|pound(?:ed|ing|s)?|"
                    r"struck|hit|hitting|attack(?:ed|ing|s)?) with (?:(?-i:[a-z][\w-]*) ){0,4}(?:" + "|".join(_WEAPONS.split())
                    + r") $", re.I), _WEAPONS, "in", None, 1),
        (re.compile(r"\b(?:in|into|on|at|from|towards?|targeting|targeted|targets?|hit|hits|hitting|struck|strikes?|"
                    r"shelled|shells?|shelling|bombed|bombs?|bombing|attacked|attacks?|stormed|storms?|captured|"
                    r"captures?|seized|seizes?|controls?|controlled|entered|enters?|reached|reaches?|around|inside|"
                    r"over) (?:the )?$", re.I),
         "in into on at from toward towards targeting targeted target targets hit hits hitting struck strike strikes "
         "shelled shell shells shelling bombed bomb bombs bombing attacked attack attacks stormed storm storms captured "
         "capture captures seized seize seizes control controls controlled entered enter enters reached reache reaches "
         "around inside over the", "in", None, 1),
    ]
]

# "the Idleb town of X": an admin context for X.
ADMIN_CONTEXT = EndAnchored(re.compile(
    r"\b(?:the |an? )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:'s)? (?:town|village|city|countryside|province|"
    r"governorate|district|area)(?: of)? $"
), "town village city countryside province governorate district area of")

# Cue words after a name: (regex matched at the start of the following text, the words its match can
# start with after the space, cue, kinds hint, precision).
CUES_AFTER: list[tuple[re.Pattern, str, tuple[str, ...] | None, int]] = [
    (re.compile(r"^(?:'s|’s)? (?:province|governorate|provinces|governorates)\b", re.I), "province", ("governorate",), 3),
    (re.compile(r"^(?:'s|’s)? (?:rural )?(?:countryside|countrysides|rural areas?|suburbs?|outskirts|environs|"
                r"surroundings)\b", re.I), "countryside", None, 2),
    (re.compile(r"^ (?:city|town)\b", re.I), "city", ("city", "town"), 1),
    (re.compile(r"^ (?:village|camps?|neighbou?rhood|quarter)\b", re.I), "village",
     ("village", "town", "city", "neighbourhood"), 1),
    # "Sheikh Maqsoud district": a city quarter as often as an admin district.
    (re.compile(r"^ (?:district|sub-?district)\b", re.I), "district",
     ("district", "subdistrict", "region", "neighbourhood"), 2),
    # "on the Kabani front", "the Tal Malah axis": a front line by a place, not the place (ACLED 2).
    (re.compile(r"^ (?:area|region|vicinity|surroundings|outskirts|environs|fronts?|front ?lines?|axis|axes)\b", re.I),
     "vicinity", None, 2),
    (re.compile(r"^(?:'s)? (?:military )?(?:air ?port|air ?base|airfield|dam|border crossing|crossing|"
                r"prison|base|checkpoint|bridge|road|highway|hospital|plain|mountains?|valley)\b", re.I),
     "facility", None, 2),
]
# The words each of them can start with (after "'s" and the space).
_AFTER_WORDS = [
    "province governorate provinces governorates",
    "rural countryside countrysides suburb suburbs outskirts environs surroundings",
    "city town",
    "village camp camps neighbourhood neighborhood quarter",
    "district sub subdistrict",
    "area region vicinity surroundings outskirts environs front fronts frontline frontlines axis axes",
    "military air airport airbase airfield dam border crossing prison base checkpoint bridge road highway hospital "
    "plain mountain mountains valley",
]

# Mentions in these frames are context, not where something happened (or not in Syria).
NOT_INCIDENT_BEFORE = EndAnchored(re.compile(
    r"\b(?:visit(?:s|ed|ing)? to|trip to|talks? in|summit in|meeting in|based in|fled to|flee to|"
    r"refugees? (?:in|from)|border (?:of|with)|borders? of the|hinder the regime's advances in|"
    r"envoy to|ambassador to|headquartered in|displaced to|evacuated to|transferred to|"
    # where the wounded were treated: "taken to X National Hospital", "rushed to hospitals in X"
    r"(?:taken|rushed|admitted|transported) to(?: (?:a |the )?hospitals? in)?|"
    r"moved to|citizens of|"
    # where the displaced came from, told about them ("fled with his family from X", "had fled bombardment in
    # X"); not a bare "fled X", which is often where the strikes that drove them out fell
    r"(?:fled|flee|flees|fleeing)(?: (?:the )?(?:bombardment|fighting|shelling|violence|strikes|airstrikes|"
    r"air strikes|attacks|offensive) (?:in|on|from)| (?:with )?(?:his|her|their) famil(?:y|ies) from)|"
    # a travel's destination, not where it was hit: "struck near X, on its way to a Turkish post at Y"
    r"(?:on (?:its|their|his|her) way|heading|headed|en route) to (?:an?|the|its|their) (?:[\w'’-]+ ){0,3}?"
    r"(?:post|base|position|point|camp)s? (?:at|in|near)|"
    # a capital standing for its government: "groups allied with Damascus", "urged Russia to rein in Damascus"
    r"allied (?:with|to)|loyal to|backed by|rein in|allies of|ally of|"
    # "the Turkish border town of Kilis", "the Lebanese village of X": a place across the border.
    r"(?:Turkish|Turkey's|Lebanese|Lebanon's|Iraqi|Iraq's|Jordanian|Jordan's|Israeli|Israel's)(?: border)? "
    r"(?:town|city|village|province|district|region|area|towns|cities|villages|provinces) of"
    r")(?: the)?(?: coastal| northern| southern| eastern| western)? $",
    re.I,
), "to in from of with the coastal northern southern eastern western fled flee flees fleeing by at near")

# "23 Shubat Street", "al Qitar [train] street", "the Aleppo roundabout": a street or square named after
# X is in some other town, not at X (Arabic: "شارع X").
STREET_AFTER = re.compile(r"(?: \[[^\]\n]{1,30}\])? (?:street|st\.|avenue|boulevard|roundabout|square)\b", re.I)
STREET_WORDS = frozenset("street st avenue boulevard roundabout square".split())
STREET_BEFORE_AR = re.compile(r"(?:شارع|دوار|ساحة)\s+$")

# A road named after the places it joins follows them: "the Ariha-Saraqeb road".
ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route)\b", re.I)

# A name followed by these qualifies the next place ("the Idleb town of X"): context only.
# ... but not "the Idlib region of northwestern Syria": the country is no place to qualify; nor
# "the Kabani area of the northern Latakia countryside": an area is part of what follows it.
QUALIFIER_AFTER = re.compile(r"^(?:'s|’s)? (?:town|village|city|countryside|province|district|region) of "
                             r"(?!(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?Syria\b)", re.I)
_QUALIFIER_WORDS = frozenset("town village city countryside province district region".split())

_LEADING_LETTERS = re.compile(r"[A-Za-z]*")


def first_word(text: str) -> str | None:
    """The word that starts ``text`` after a space (or "'s" and a space), lower-cased: what a
    match of :data:`CUES_AFTER` or :data:`QUALIFIER_AFTER` starts with ("" if the text does
    not open so; None as for :func:`last_word`).

    Examples
    --------
    >>> first_word(" sub-district of"), first_word("'s Countryside"), first_word(", Idlib")
    ('sub', 'countryside', '')
    """
    if _folds_to_ascii(text):
        return None
    t = text[2:] if text[:2] in ("'s", "'S", "’s", "’S") else text
    return _LEADING_LETTERS.match(t, 1).group().lower() if t.startswith(" ") else ""


def _by_word(table: list, words: list) -> dict[str, list]:
    """For each word, the rows of ``table`` (in order) whose word set has it."""
    out: dict[str, list] = {}
    for row, ws in zip(table, words):
        for w in ws:
            out.setdefault(w, []).append(row)
    return out


_BEFORE_BY_WORD = _by_word(CUES_BEFORE, [rx.last_words for rx, *_ in CUES_BEFORE])
_AFTER_BY_WORD = _by_word(CUES_AFTER, [w.split() for w in _AFTER_WORDS])


def cues_before(last: str | None) -> list:
    """The rows of :data:`CUES_BEFORE`, in order, that can match a text whose :func:`last_word` is ``last``."""
    return CUES_BEFORE if last is None else _BEFORE_BY_WORD.get(last, [])


def cues_after(first: str | None) -> list:
    """The rows of :data:`CUES_AFTER`, in order, that can match a text whose :func:`first_word` is ``first``."""
    return CUES_AFTER if first is None else _AFTER_BY_WORD.get(first, [])


def may_qualify(first: str | None) -> bool:
    """Can :data:`QUALIFIER_AFTER` match a text whose :func:`first_word` is ``first``?"""
    return first is None or first in _QUALIFIER_WORDS

#: Foreign places that Syria reporting names constantly; resolved so the
#: mentions API can show them, but never incident locations of this gazetteer.
#: Coordinates: capitals and country centroids, rounded (public knowledge, Natural Earth).
FOREIGN_PLACES: dict[str, tuple[str, str, float, float]] = {
    "moscow": ("Moscow", "foreign city", 55.76, 37.62), "russia": ("Russia", "country", 61.5, 105.3),
    "turkey": ("Turkey", "country", 39.0, 35.2), "turkiye": ("Turkey", "country", 39.0, 35.2),
    "ankara": ("Ankara", "foreign city", 39.93, 32.86), "istanbul": ("Istanbul", "foreign city", 41.01, 28.98),
    "iran": ("Iran", "country", 32.4, 53.7), "tehran": ("Tehran", "foreign city", 35.69, 51.39),
    "iraq": ("Iraq", "country", 33.2, 43.7), "baghdad": ("Baghdad", "foreign city", 33.31, 44.37),
    "lebanon": ("Lebanon", "country", 33.9, 35.9), "beirut": ("Beirut", "foreign city", 33.89, 35.50),
    "jordan": ("Jordan", "country", 31.3, 36.5), "amman": ("Amman", "foreign city", 31.95, 35.93),
    "israel": ("Israel", "country", 31.4, 35.0), "washington": ("Washington", "foreign city", 38.90, -77.04),
    "geneva": ("Geneva", "foreign city", 46.20, 6.14), "astana": ("Astana", "foreign city", 51.17, 71.45),
    "sochi": ("Sochi", "foreign city", 43.60, 39.73), "saudi arabia": ("Saudi Arabia", "country", 23.9, 45.1),
    "riyadh": ("Riyadh", "foreign city", 24.71, 46.68), "qatar": ("Qatar", "country", 25.3, 51.2),
    "doha": ("Doha", "foreign city", 25.29, 51.53), "egypt": ("Egypt", "country", 26.8, 30.8),
    "cairo": ("Cairo", "foreign city", 30.04, 31.24), "united states": ("United States", "country", 39.8, -98.6),
    "europe": ("Europe", "region", 50.0, 10.0), "germany": ("Germany", "country", 51.2, 10.4),
    "france": ("France", "country", 46.2, 2.2), "britain": ("United Kingdom", "country", 54.0, -2.0),
    "london": ("London", "foreign city", 51.51, -0.13), "paris": ("Paris", "foreign city", 48.86, 2.35),
    "gaziantep": ("Gaziantep", "foreign city", 37.07, 37.38), "hatay": ("Hatay", "foreign region", 36.4, 36.2),
    "syria": ("Syria", "country", 35.0, 38.5),
}
