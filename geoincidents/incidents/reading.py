"""What the field extractors read from one sentence (or one clause segment of it).

Per sentence: event type, counts, dates, actors and attribution, and whether the sentence
reports an event at all.  Sentences that report no event of their own (denials, claims,
criticism; background such as threats, truces without a violent event, the war's own toll)
are not reportable; :mod:`geoincidents.incidents.build` makes incidents of the rest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..fields import (Casualties, EventInfo, best_date, casualties, classify, find_actors, find_attribution,
                      find_dates)
from ..fields.clauses import ACCUSED
from ..fields.gates import fold
from ..fields.spans_of_days import with_extra_dates
from ..fields.toll_updates import war_history
from ..text.spans import Span

__all__ = ["SentenceFields", "sentence_exclusions", "sentence_fields"]

# A sentence whose main verb reports speech about events, not an event.
_NOT_REPORT = re.compile(r"\b(?:denied|denies|deny|(?<!-)claimed(?!\s+(?:the\s+)?(?:lives?|life|responsibility)|\s+by\b)|"
                         r"claims that|allegations?|criticized|criticised|" + ACCUSED +
                         r"|condemned|warned that|threatened to|called for|vowed)\b", re.I)
# Background that only counts as an event with a count or a date of its own: what may happen
# ("would", "fears") or has been going on ("has seen").
# ... or a side's standing claim of what it does ("says it targets only terrorist groups in X").
_BACKGROUND = re.compile(r"\b(?:threats?|fears?|would|could|might|plans? to|expected to|has seen|have seen|"
                         r"targets? only|only targets?)\b", re.I)
# Truces and agreements: background too, unless the sentence reports a violent event of its own
# ("the most violent clashes since the start of the truce continue in X", "a massacre in X on the
# first day of the cease-fire").
# ("the de-escalation zone" names where, the Idlib area, not a truce told.)
_TRUCE = re.compile(r"\b(?:cease-?fire|truce|de-escalation(?!\s+(?:zones?|areas?|regions?)\b)|agreement|agreed)\b", re.I)
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
# Harm reported without a number or an event word ("Casualties in the countryside of Daraa",
# "Human losses in Duma"): still an event at the place, of unknown type.
_HARM = re.compile(r"\b(?:casualt(?:y|ies)|causalities|killed|killing|kills?|dead|deaths?|died|martyr\w*|wounded|"
                   r"injur(?:ed|ies|ing|y)|bodies|corpses|human\s+losses|victims?|lives\s+of)\b", re.I)
# A natural disaster or epidemic that kills ("the earthquake killed more than 4,500 people"): no conflict event,
# which ACLED and UCDP never code; only a sentence with a violent event of its own is reportable then.
_DISASTER = re.compile(r"\b(?:earthquakes?|quakes?|aftershocks?|tremors?|floods?|flooding|landslides?|avalanches?|"
                       r"wildfires?|cholera|epidemic|COVID-19|coronavirus)\b", re.I)
_DISASTER_GATE = ("quake", "aftershock", "tremor", "flood", "landslide", "avalanche", "wildfire", "cholera", "epidemic",
                  "covid", "coronavirus")
# A monitor's tally over a governorate for a period ("SNHR documented the killing of 102 civilians in Idlib
# governorate in January"; "During the same period, 49 civilians were killed in Idleb and Aleppo governorates"):
# counted deaths with no event of their own, over a governorate named as such, for more than a week or for the
# period of the report.  A sum of many incidents, none of which it locates, so no incident.
_UNIT_WORD = re.compile(r"\b(?:governorates?|provinces?)\b", re.I)
_SAME_PERIOD = re.compile(r"\b(?:during|in|over|for|throughout)\s+(?:the\s+)?(?:same|reporting|this|that)\s+"
                          r"(?:period|month|week|time)\b", re.I)
# A monitor's or responder's tally of events over a period ("Since the beginning of September, our teams have
# responded to 45 attacks on Idlib"; "In February, OCHA recorded 38 incidents of shelling on camps in Idleb
# governorate"): events counted by the one who records them, over more than a week, with no toll, locate none
# of them ("870 artillery and air strikes target Maskanah in 10 days" is news of strikes, and stays).
_EVENTS_COUNTED = re.compile(r"\b(?:responded\s+to|record(?:ed|s)?|document(?:ed|s)?|register(?:ed|s)?|monitor(?:ed|s)?|"
                             r"verif(?:ied|ies)|count(?:ed|s)?)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|about\s+|"
                             r"nearly\s+|almost\s+)?(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:attacks|incidents|violations|air\s*strikes|airstrikes|strikes|raids|bombardments)\b", re.I)
_EVENTS_GATE = ("responded", "record", "document", "register", "monitor", "verif", "count")
# Speech that condemns one event it tells ("Turkey condemned the attack on Sarmada, which killed 4 civilians";
# "the UN denounced Monday's air strike on a market in Ariha that killed 11"): the event is reported, and
# the speaker before the verb is no side of it.
_CONDEMNS_EVENT = re.compile(r"\b(?:condemned|condemns|denounced|denounces)\s+(?:the|an?|(?:\w+day|yesterday)['’]s)\s+"
                             r"(?:[\w'’-]+\s+){0,4}?(?:attacks?|strikes?|air\s*strikes?|airstrikes?|raids?|shelling|"
                             r"bombings?|bombardment|massacre|explosions?|blasts?|shooting|killing|assassination)\b"
                             r"[^.;]{0,100}?\b(?:which|that|killing|killed|kills|left|claimed)\b", re.I)
_PART_OF = re.compile(r"\b(?:among (?:those|the) (?:killed|dead|victims)|most of the (?:deaths|dead|victims|casualties)|"
                      r"the majority of the (?:deaths|dead|victims))\b", re.I)
# Substrings one of which every match of each pattern above contains (case folded): a pattern
# is searched only when its sentence holds one (most sentences hold none of these words).
_NOT_REPORT_GATE = ("deni", "deny", "claim", "allegation", "critici", "accused", "condemned", "warned", "threatened",
                    "called", "vowed")
_BACKGROUND_GATE = ("threat", "fear", "would", "could", "might", "plan", "expected", "seen", "only")
_TRUCE_GATE = ("cease", "truce", "de-escalation", "agree")
_HARM_GATE = ("casualt", "causalities", "kill", "dead", "death", "died", "martyr", "wounded", "injur", "bodies", "corpses",
              "losses", "victim", "lives")
_PART_OF_GATE = ("among", "most of", "majority of")


@dataclass
class SentenceFields:
    """Everything the field extractors read from one sentence."""

    span: Span
    event: EventInfo | None
    casualties: Casualties
    date: Span | None
    actors: list[Span]
    attribution: Span | None
    reportable: bool
    part_of: bool
    date_words: str | None = None  # an unresolved date's words ("on Monday" without publication date)
    harm: bool = False  # casualty words without a number ("casualties in X")
    whole: Span | None = None  # the sentence, when ``span`` is one clause segment of it
    dates: list[Span] = field(default_factory=list)  # every resolved date (a capture's strikes may have their own)
    shift: int | None = None  # days from the record before ("..., a week after shelling killed eight near X": -7)

    @property
    def sentence(self) -> Span:
        """The whole sentence (the evidence), also when the fields were read from one clause of it."""
        return self.whole or self.span


def sentence_fields(sent: Span, published: date | None) -> SentenceFields:
    """Run every field extractor over one sentence (offsets stay document offsets)."""
    text, off = sent.text, sent.start
    event = classify(text, off)
    cas = casualties(text, off)
    if event is not None and event.sub_event_type == "Peaceful protest" and cas.fatalities and _protest_cause(text, off, cas):
        cas = Casualties()  # "took to the streets to denounce the assassination of an activist": the cause
    elif event is not None and event.sub_event_type == "Other" and cas.fatalities and "grave" in text.lower():
        cas = Casualties()  # "a mass grave containing 7 bodies was discovered": ACLED records no fatalities for it
    elif cas.fatalities and _gate(fold(text), _DISASTER_GATE) and _DISASTER_KILLED.search(text):
        cas = Casualties()  # "since an earthquake in February killed 4,500 people": no conflict's dead
    found = with_extra_dates(find_dates(text, published, off), text, published, off)
    dates = [d for d in found if d.value is not None]
    when = best_date(dates)
    # Kept to tell undated events apart: "on Monday" and "on Friday" are two days even unresolved.
    words = next((d.text for d in found if d.value is None and d.attrs.get("unresolved") != "year only"), None)
    has_count = cas.fatalities is not None or cas.fatalities_low is not None
    low = fold(text)
    said = _NOT_REPORT.search(text) if _gate(low, _NOT_REPORT_GATE) else None
    condemns = _CONDEMNS_EVENT.search(text) if ("condemn" in low or "denounc" in low) and has_count else None
    actors = find_actors(text, off)
    if condemns is not None:
        said = None  # the event condemned is told; its sides are named after the verb, never the speaker
        actors = [a for a in actors if a.start - off >= condemns.start()]
    # "a demonstration in X condemned the massacre": the protest that condemns is the event reported.
    reportable = said is None or (said.group(0).lower() == "condemned" and event is not None
                                  and event.event_type == "Protests" and event.triggers[0].start - off < said.start())
    # A year alone ("the truce agreed in 2018") does not make background an event; the war's own
    # toll and history ("the war has killed 370,000 since it started in 2011") never is one.
    if reportable and (when is None or when.attrs.get("year_only")) and (war_history(text) or not has_count and (
            (_gate(low, _BACKGROUND_GATE) and _BACKGROUND.search(text))
            or (_gate(low, _TRUCE_GATE) and _TRUCE.search(text) and not _violent(event) and not _agreement(event)))):
        reportable = False
    if reportable and event is None and _gate(low, _DISASTER_GATE) and _DISASTER.search(text):
        reportable = False
    if reportable and event is None and has_count and ("governorate" in low or "province" in low) \
            and _UNIT_WORD.search(text) and ((when is not None and when.value.days > 7) or _SAME_PERIOD.search(text)):
        reportable = False  # a period's tally over a governorate
    if reportable and not has_count and when is not None and when.value.days > 7 and _gate(low, _EVENTS_GATE) \
            and _EVENTS_COUNTED.search(text):
        reportable = False  # a period's tally of events
    part_of = cas.part_of_previous or (_gate(low, _PART_OF_GATE) and _PART_OF.search(text))
    harm = _gate(low, _HARM_GATE) and _HARM.search(text)
    return SentenceFields(sent, event, cas, when, actors, find_attribution(text, off),
                          reportable, bool(part_of), None if when is not None else words, bool(harm), dates=dates)


# The dead of a natural disaster, which a conflict article recalls ("the deadliest since an earthquake killed"):
# the disaster is the verb's subject, in the same clause ("despite the earthquake, regime forces shelled X,
# killing two" counts the shelling's dead).
_DISASTER_KILLED = re.compile(_DISASTER.pattern + r"[^.;,]{0,60}?\b(?:killed|kills|killing|left|claimed)\b", re.I)


# What a protest is against or held for, up to the count ("to denounce the killing of", "in memory of",
# "protesting the assassination of"): the dead counted there are its cause, not its toll.
_PROTEST_CAUSE = re.compile(r"\b(?:against|denounc\w*|condemn\w*|protest(?:ing|ed)?|mourn\w*|over|demanding|in\s+memory\s+of|"
                            r"in\s+solidarity\s+with|for\s+the\s+(?:victims|release|souls?)\s+of)\b[^.;:]*$", re.I)


def _protest_cause(text: str, off: int, cas: Casualties) -> bool:
    """Are all the dead a peaceful protest's sentence counts named in what it protests?"""
    dead = [c for c in cas.spans if c.attrs.get("kind") == "killed"]
    return bool(dead) and all(_PROTEST_CAUSE.search(text, 0, c.start - off) for c in dead)


def _gate(low: str, words: tuple[str, ...]) -> bool:
    """Does the folded sentence ``low`` hold one of ``words`` (so that their pattern may match)?"""
    return any(map(low.__contains__, words))


def _agreement(event: EventInfo | None) -> bool:
    """Is the agreement itself the event ("a partial agreement was concluded in X"), or what was done
    under it ("regime forces entered X under an agreement": a non-violent transfer of territory)?"""
    return event is not None and event.sub_event_type in ("Agreement", "Non-violent transfer of territory") \
        and not event.attrs.get("hypothetical")


def _violent(event: EventInfo | None) -> bool:
    """Does the sentence report a violent event as fact (not "strikes would resume")?"""
    return event is not None and event.event_type in _VIOLENT and not event.attrs.get("hypothetical")


# "Residents of Ariha and Mhambal said ...": people named by their place are a source, but the
# place still locates the event, so only the people words are masked.
_PEOPLE_OF_PLACE = re.compile(r"(?:(?:local\s+)?residents|people|locals|inhabitants|activists|witnesses|sources|doctors|"
                              r"medics|journalists|civilians)\s+(?:of|in|from)\s+", re.I)


def sentence_exclusions(sent: Span) -> list[Span]:
    """Actor and source names of a sentence: masked before place names are looked for."""
    attribution = find_attribution(sent.text, sent.start)
    if attribution is not None:
        m = _PEOPLE_OF_PLACE.match(attribution.text)
        if m:
            attribution = Span(attribution.start, attribution.start + m.end(), m.group(0), "attribution",
                               attribution.value, attribution.attrs)
    return find_actors(sent.text, sent.start) + ([attribution] if attribution else [])
