"""Who a sentence says reported the facts (the ``attribution`` column).

Rules (what a user can rely on)
-------------------------------
* ``value`` is the source name as written, without a leading article or a
  trailing "group"/"force"/"organisation" ("the Civil Defense group said" ->
  "Civil Defense"; "The Syrian Civil Defence force ... documented" ->
  "Syrian Civil Defence"); ``attrs["canonical"]`` holds a normalised name for
  known sources (table :data:`KNOWN_SOURCES`), ``attrs["how"]`` the pattern used.
* Priority: "according to X", then a known source in a sentence with a
  reporting verb (a dateline credit such as "BEIRUT (Reuters) -" only when
  nobody else is said to report), then "<noun phrase> said/reported/documented ...", then a
  headline's trailing ": Source".  One span per sentence (the strongest).
* Reporting verbs: said, says, reported, reports, documented, stated,
  confirmed, announced, told, claimed, according to.

Examples
--------
>>> find_attribution("At least 42 killed, the Civil Defense group said on Tuesday.").value
'Civil Defense'
>>> find_attribution("42 Killed in Airstrikes on Idleb Province Since Sunday: Civil Defense").value
'Civil Defense'
>>> find_attribution("Dozens were killed, opposition news feeds reported.").value
'opposition news feeds'
>>> find_attribution("Shelling hit the town") is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from geoincidents.text.spans import Span

from .gates import compile_lowered, fold, lowers_as_ignorecase

#: regex -> canonical source name.
KNOWN_SOURCES: dict[str, str] = {
    r"(?:Syrian\s+)?Civil\s+Defen[cs]e(?:\s+\(White\s+Helmets\))?": "Syrian Civil Defence",
    r"White\s+Helmets": "Syrian Civil Defence",
    r"Syrian\s+Observatory\s+for\s+Human\s+Rights|SOHR|(?:Britain|UK)-based\s+(?:war\s+)?monitor|Syrian\s+Observatory": "Syrian Observatory for Human Rights",
    r"Syrian\s+Network\s+for\s+Human\s+Rights|SNHR": "Syrian Network for Human Rights",
    r"Local\s+Coordination\s+Committees|LCCs?": "Local Coordination Committees",
    r"Violations\s+Documentation\s+Cent(?:er|re)|VDC": "Violations Documentation Center",
    r"SANA|Syrian\s+Arab\s+News\s+Agency|(?:Syrian\s+)?state\s+(?:news\s+agency|media|TV|television)": "SANA",
    r"Reuters": "Reuters", r"AFP|Agence\s+France-Presse": "AFP", r"(?:the\s+)?Associated\s+Press|AP": "AP",
    r"Al\s+Jazeera": "Al Jazeera", r"Enab\s+Baladi": "Enab Baladi", r"Smart\s+News(?:\s+Agency)?": "Smart News Agency",
    r"Step\s+News(?:\s+Agency)?": "Step News Agency", r"Orient\s+News": "Orient News", r"Anadolu(?:\s+Agency)?": "Anadolu Agency",
    r"Russian\s+(?:Defen[cs]e|Foreign)\s+Ministry": "Russian government", r"United\s+Nations|UN|OCHA|UNHCR|UNICEF|WHO": "United Nations",
    r"(?:local\s+|opposition\s+|pro-government\s+|Kurdish\s+)?activists": "Activists",
    r"monitors?|(?:war\s+)?monitoring\s+group": "Monitor",
}
_VERB = r"(?:said|says|say|reported|reports|report|documented|documents|stated|states|confirmed|confirms|announced|announces|told|claimed|claims|added|recorded|counted)(?!(?<=claims)\s+(?:the\s+|[\w,]+\s+)?lives?\b)(?!(?<=claimed)\s+(?:the\s+|[\w,]+\s+)?lives?\b)"
# ("... claims the lives of 13" reports deaths, not speech: its subject is no source.)
_KNOWN_RE = re.compile(r"(?<![\w-])(?:the\s+)?(?P<name>" + "|".join(f"(?:{k})" for k in KNOWN_SOURCES) + r")(?:\s+(?:group|force|forces|organi[sz]ation|service|agency|volunteers|monitor|team))?(?![\w-])", re.I)
_KNOWN_PARTS = [(re.compile(r"^(?:" + k + r")$", re.I), v) for k, v in KNOWN_SOURCES.items()]
_VERB_RE = re.compile(r"\b" + _VERB + r"\b|\baccording\s+to\b", re.I)
# The same, lower-cased, for the lower-cased sentence where that reads it exactly (fields.gates): ~2x faster.
_VERB_LOW = compile_lowered(_VERB_RE.pattern)
# Words one of which every match of _VERB_RE contains (case folded): most sentences hold none.
_VERB_GATE = ("said", "say", "report", "document", "state", "confirm", "announce", "told", "claim", "added", "recorded",
              "counted", "according")
_ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<name>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+?)(?=\s*(?:[,.;:()]|$|\s+(?:on|in|which|who|that|as|and|sources?)\b))", re.I)
_NP_VERB_RE = re.compile(r"(?:^|[,;]\s*|\b(?:as|and)\s+)(?:the\s+|a\s+)?(?P<name>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+?)(?:\s+\([^)]*\))?\s+(?:on\s+\w+\s+)?" + _VERB + r"\b", re.I)
_HEADLINE_RE = re.compile(r":\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,4})\s*$")
_CASE_SENSITIVE = re.compile(r"^(?:SOHR|SNHR|LCCs?|VDC|SANA|AFP|AP|UN|OCHA|UNHCR|UNICEF|WHO)$")
_BAD_NP = re.compile(r"^(?:it|he|she|they|we|i|you|which|who|that|this|there|officials?|sources?|and|but)$", re.I)
_TRIM_RE = re.compile(r"^(?:the|a|an)\s+|\s+(?:group|force|forces|organi[sz]ation|service|team)$", re.I)


def _canonical(name: str) -> str | None:
    for rx, canon in _KNOWN_PARTS:
        if rx.match(name):
            return canon
    return None


def _span(sentence: str, start: int, end: int, offset: int, how: str) -> Span:
    text = sentence[start:end]
    value = _TRIM_RE.sub("", _TRIM_RE.sub("", text.strip()))
    canon = _canonical(value) or _canonical(re.sub(r"\s+\([^)]*\)$", "", value))
    attrs = {"how": how}
    if canon:
        attrs["canonical"] = canon
    return Span(start + offset, end + offset, text, "attribution", value, attrs)


def find_attribution(sentence: str, offset: int = 0) -> Span | None:
    """The strongest attribution in ``sentence`` (see :func:`_find_attribution`), or None.

    A sentence is read twice (place masking, then its fields): memoised by text.
    """
    found = _memo(sentence)
    return found.shifted(offset) if found is not None and offset else found


@lru_cache(maxsize=512)
def _memo(sentence: str) -> Span | None:
    return _find_attribution(sentence)


def _find_attribution(sentence: str, offset: int = 0) -> Span | None:
    """The strongest attribution in ``sentence`` (see module rules), or None.

    Parameters
    ----------
    sentence : str
    offset : int
        Start of ``sentence`` in the document; the span carries document offsets.

    Examples
    --------
    >>> s = "The Syrian Civil Defence force (sometimes known as 'White Helmets') documented the killing of 72 civilians"
    >>> a = find_attribution(s, offset=50)
    >>> a.value, a.attrs["canonical"], a.start
    ('Syrian Civil Defence', 'Syrian Civil Defence', 54)
    >>> find_attribution("denied allegations, according to Reuters.").value
    'Reuters'
    """
    folded = fold(sentence)
    has_verb = any(map(folded.__contains__, _VERB_GATE)) and (
        _VERB_LOW.search(folded) if lowers_as_ignorecase(sentence) else _VERB_RE.search(sentence)) is not None
    if has_verb:
        m = _ACCORDING_RE.search(sentence)
        if m:
            return _span(sentence, m.start("name"), m.end("name"), offset, "according to")
        dateline = None
        for m in _KNOWN_RE.finditer(sentence):
            name = m.group("name")
            if _CASE_SENSITIVE.match(name) and not name.isupper():
                continue
            # "BEIRUT (Reuters) -": the wire that carried the story, not who reports the facts,
            # unless nobody else is named.
            if sentence[m.start() - 1:m.start()] == "(" and sentence[m.end():m.end() + 1] == ")":
                dateline = dateline or m
                continue
            return _span(sentence, m.start("name"), m.end(), offset, "known")
        if dateline is not None and not _NP_VERB_RE.search(sentence, dateline.end() + 1):
            return _span(sentence, dateline.start("name"), dateline.end(), offset, "dateline")
        for m in _NP_VERB_RE.finditer(sentence):
            name = m.group("name")
            if _BAD_NP.match(name) or name.split()[-1].lower() in ("it", "he", "she", "they", "also", "was", "were", "has", "have", "had"):
                continue
            return _span(sentence, m.start("name"), m.end("name"), offset, "said")
    m = _HEADLINE_RE.search(sentence) if ":" in sentence else None
    if m:
        return _span(sentence, m.start("name"), m.end("name"), offset, "headline")
    return None
