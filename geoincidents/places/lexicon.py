"""Word tables for place-mention detection: cue words, stopwords, foreign places.

Kept apart from the code that uses them (the spaCy habit): extend a table,
not an if-chain.
"""
from __future__ import annotations

import re

try:  # the standard library's own pattern parser, to measure a pattern's widest match
    from re import _parser as _sre_parser  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser


class EndAnchored:
    """A pattern that matches only at the end of a text (it ends in ``$``), searched from the
    first position where such a match can start (its widest match, plus one for the newline
    before which ``$`` also matches) instead of from every position: the same match (``\\b``
    still sees the character before), several times faster on the window before each mention,
    which every mention tests against every cue.  A pattern of unbounded width searches it all.

    Hand-written: ``re`` has no search from the end, and the third-party ``regex`` module's
    reverse search would be a new dependency for a ~25 us saving per mention.
    """

    __slots__ = ("pattern", "_reach")

    def __init__(self, pattern: re.Pattern) -> None:
        if not pattern.pattern.endswith("$"):
            raise ValueError(f"not anchored at the end: {pattern.pattern!r}")
        self.pattern = pattern
        widest = _sre_parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
        self._reach = widest + 1 if widest < _sre_parser.MAXREPEAT else None

    def search(self, text: str) -> re.Match | None:
        """``pattern.search(text)``."""
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
    god allah jihad mosque church school hospital market bakery assad putin erdogan trump obama
    said says say reported reports report according claimed denied told added
    week month year day days weeks months years morning evening night hours
    english arabic local residents activists sources source
    """.split()
)

# Cue phrases before a name: (regex matched at the end of the preceding text, cue, kinds hint, precision).
# Precision follows ACLED geo_precision: 1 the named place, 2 near it / part of a region, 3 a region.
CUES_BEFORE: list[tuple[EndAnchored, str, tuple[str, ...] | None, int]] = [(EndAnchored(rx), *rest) for rx, *rest in [
    (re.compile(r"\bprovinces? of (?:the )?$|\bgovernorates? of (?:the )?$", re.I), "province", ("governorate",), 3),
    (re.compile(r"\bprovinces of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and $"), "province", ("governorate",), 3),
    (re.compile(r"\b(?:countryside|suburbs?|outskirts|vicinity|environs|surroundings|periphery|"
                r"countrysides) of (?:the )?(?:city of |town of )?$", re.I), "vicinity", None, 2),
    (re.compile(r"\b(?:near|nearby|close to|outside|around|next to|adjacent to|near to)(?: the)?(?: city of| town of| village of)? $", re.I),
     "near", None, 2),
    # "on its way to X", "the road to X", "heading to X": somewhere before X, near it.
    (re.compile(r"\b(?:(?:on|along) (?:its|their|his|her|the) way|en route|heading|headed|(?:the |a )?(?:road|route|highway)) "
                r"(?:to|towards?) (?:the )?(?:city of |town of |village of )?$", re.I), "near", None, 2),
    (re.compile(r"\b(?:near|close to|outside|around) (?:the |an? )?(?:[\w'’-]+ ){0,3}(?:home ?town|town|city|village|area|"
                r"stronghold|bastion) of $", re.I), "near", None, 2),
    (re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of (?:the )?"
                r"(?:city of |town of |village of )?$", re.I), "direction of", None, 2),
    (re.compile(r"\b(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
                r"south-?western|central|northeastern|northwestern|southeastern|southwestern|rural) $", re.I),
     "part of", None, 2),
    (re.compile(r"\b(?:village|hamlet|farm|farms)s? of (?:the )?$", re.I), "village", ("village", "town"), 1),
    (re.compile(r"\b(?:town|city|neighbou?rhood|district|quarter|camp)s? of (?:the )?$", re.I), "town",
     ("city", "town", "village", "neighbourhood"), 1),
    (re.compile(r"\b(?:in|into|on|at|from|towards?|targeting|targeted|targets?|hit|hits|hitting|struck|strikes?|"
                r"shelled|shells?|shelling|bombed|bombs?|bombing|attacked|attacks?|stormed|storms?|captured|captures?|"
                r"seized|seizes?|controls?|controlled|entered|enters?|reached|reaches?|around|inside|over) (?:the )?$",
                re.I), "in", None, 1),
]]

# "the Idleb town of X": an admin context for X.
ADMIN_CONTEXT = re.compile(
    r"\b(?:the |an? )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:'s)? (?:town|village|city|countryside|province|"
    r"governorate|district|area)(?: of)? $"
)

# Cue words after a name: (regex matched at the start of the following text, cue, kinds hint, precision).
CUES_AFTER: list[tuple[re.Pattern, str, tuple[str, ...] | None, int]] = [
    (re.compile(r"^(?:'s|’s)? (?:province|governorate|provinces|governorates)\b", re.I), "province", ("governorate",), 3),
    (re.compile(r"^(?:'s|’s)? (?:rural )?(?:countryside|countrysides|rural areas?|suburbs?|outskirts|environs|"
                r"surroundings)\b", re.I), "countryside", None, 2),
    (re.compile(r"^ (?:city|town)\b", re.I), "city", ("city", "town"), 1),
    (re.compile(r"^ (?:village|camp|neighbou?rhood|quarter)\b", re.I), "village",
     ("village", "town", "city", "neighbourhood"), 1),
    # "Sheikh Maqsoud district": a city quarter as often as an admin district.
    (re.compile(r"^ (?:district|sub-?district)\b", re.I), "district",
     ("district", "subdistrict", "region", "neighbourhood"), 2),
    (re.compile(r"^ (?:area|region|vicinity|surroundings|outskirts|environs)\b", re.I), "vicinity", None, 2),
    (re.compile(r"^(?:'s)? (?:military )?(?:air ?port|air ?base|airfield|dam|border crossing|crossing|"
                r"prison|base|checkpoint|bridge|road|highway|hospital|plain|mountains?|valley)\b", re.I),
     "facility", None, 2),
]

# Mentions in these frames are context, not where something happened.
NOT_INCIDENT_BEFORE = EndAnchored(re.compile(
    r"\b(?:visit(?:s|ed|ing)? to|trip to|talks? in|summit in|meeting in|based in|fled to|flee to|"
    r"refugees? (?:in|from)|border (?:of|with)|borders? of the|hinder the regime's advances in|"
    r"envoy to|ambassador to|headquartered in|displaced to|evacuated to|transferred to|"
    r"moved to|citizens of)(?: the)?(?: coastal| northern| southern| eastern| western)? $",
    re.I,
))

# A road named after the places it joins follows them: "the Ariha-Saraqeb road".
ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route)\b", re.I)

# A name followed by these qualifies the next place ("the Idleb town of X"): context only.
QUALIFIER_AFTER = re.compile(r"^(?:'s|’s)? (?:town|village|city|countryside|province|district|area|region) of ", re.I)

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
