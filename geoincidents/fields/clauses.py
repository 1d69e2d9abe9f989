"""Clause segments: the stretch of a sentence that owns its facts.

A sentence often reports several events: "a landmine exploded near Taftanaz,
injuring three, and another device went off in Maarrat Misrin on Friday, killing
a fighter"; "air strikes killed dozens in the Ruj plain, while shelling on Kafr
Takharim killed a girl on Tuesday"; UCDP-style headlines "X; Y".  Counts, dates,
event types and actors belong to the clause that states them and to the place
that clause names, so fields are read per *segment*:

1. The sentence is cut into clauses by :func:`geoincidents.text.sentences.split_clauses`
   (";" always; ", and" / " and " / ", " when both sides have an event verb), and
   further at contrastive or additive joints that start a new report: ", while",
   ", whereas", ", meanwhile", ", and another/a second ...", ", as well as in", and the
   items of a tally by place ("9 civilians on Tuesday: 4 in X, 3 in Y and 2 in Z": each place
   its item, with the total's verb and day; :mod:`.clause_links`).  A clause that only
   continues a list of places ("in the towns of X and Y on Tuesday, the Observatory said")
   stays with the clause before.
2. A clause that names no place (of those that can be incident places) is glued to
   the clause before it ("Jets struck Ariha, 5 civilians died"), or to the next one
   when it comes first: its count or date is about a place named next to it.  A
   report after ";" that names no place but states a count is glued only to a report
   of one place and no count of its own ("Airstrikes on X; 5 killed"): after a list
   ("... Damascus and Tartous; 47 killed by explosions") or a counted report ("5 killed
   in Sarmin; 3 civilians killed") the text ties it to no one place, so it stays its own
   segment (:func:`geoincidents.incidents.build.assemble` gives a count with no event of its own
   to the uncounted head of the report before, as a list total; otherwise the text ties it to
   no place, so it is no incident, and its words are noted in that head's
   ``fatalities_rule``: never another report's count).  So does a clause giving
   the cause, an earlier event ("raids in X following the targeting of a vehicle with an
   IED, which killed 3"): its count is never the main event's.
3. A segment that reports no event of its own but names a place takes the event of
   the segment before it in the same sentence ("X was shelled, and two died in Y"),
   never across ";" (UCDP joins separate reports with ";").

No library splits clauses for this purpose at the speed needed (a dependency
parser costs more than the whole pipeline's budget of ~1 ms a headline), so the
joints are written by hand.

Examples
--------
>>> from geoincidents.text.spans import Span
>>> s = "Jets struck Ariha, killing two, while shelling on Sarmin killed a girl"
>>> [t.text for t in clause_spans(Span(0, len(s), s))]
['Jets struck Ariha', 'killing two', 'shelling on Sarmin killed a girl']
>>> [t.text for t in segments(Span(0, len(s), s), [s.index("Ariha"), s.index("Sarmin")])]
['Jets struck Ariha, killing two', 'shelling on Sarmin killed a girl']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import Callable, Sequence

from .clause_links import (APART, ELIDED, ELIDED_COUNT, SHARED_SUBJECT, continues_list, dated_apart, first_item, shifted_apart,
                           locative_only)
from .counts import casualties
from .numbers import NUMBER_PATTERN
from .gates import fold
from ..text.sentences import split_clauses
from ..text.spans import Span

__all__ = ["ACCUSED", "clause_spans", "locative_only", "segments", "segment_fields"]

# Words that open a clause giving the event's cause, an earlier event ("raids in X following the
# targeting of a vehicle with an IED, which killed 3"): its count is that event's, never the main clause's.
_CAUSE_WORDS = r"(?:following|in\s+(?:retaliation|response)\s+(?:for|to))"
# "shelled X on Tuesday after five soldiers were killed in an attack on Y on Monday": an earlier
# event told as a clause of its own (its people, its passive harm verb), which keeps its count.
_AFTER_REPORT = (r"after\s+(?=(?:" + NUMBER_PATTERN + r")\s[^,;]{0,60}?\b(?:were|had\s+been)\s+"
                 r"(?:killed|wounded|injured)\b)")  # (not "after a counter attack in which 17 were killed": its own)
# "..., after a drone attack on the Homs military academy killed dozens": an earlier attack that kills, as the
# subject of its own verb ("a day after ..." is the joint APART, which dates it).
_AFTER_ATTACK = (r"after\s+(?=(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|air\s*strikes?|bombings?|"
                 r"explosions?|blasts?|shelling|raids?|bombs?)\b[^,;]{0,60}?\b(?:killed|left)\s+(?:at\s+least\s+|"
                 r"more\s+than\s+|nearly\s+|some\s+)?(?:" + NUMBER_PATTERN + r"|dozens|scores|tens|hundreds)\b)")
# Joints that start a new report inside a clause (lookahead keeps the words in the right clause).
# Every joint opens with a comma, a colon or a space: the first lookahead rejects other positions
# in one test (the same matches, in ~40% of the time; fields.first_chars cannot read ",?").
_JOINT = re.compile(
    r"(?=[,:\s])(?:"
    r",?\s+(?:while|whereas|meanwhile)\s+"
    r"|,\s+(?:and\s+)?(?=another\b|a\s+second\b|a\s+third\b|other\s+(?:strikes|shells|attacks)\b)"
    r"|,?\s+and\s+(?=another\b|a\s+second\b|a\s+third\b)"
    # "Three were killed in Ariha, and two more on May 3 in Saraqeb": a report of its own, its verb elided.
    r"|,?\s+and\s+(?=" + ELIDED_COUNT + r")"
    # A monitor's tally by place after its total: "9 civilians on Tuesday: 4 in Kafr Nabl, 3 in Heesh".
    r"|(?P<colon>:)\s+(?=" + ELIDED_COUNT + r")|,\s+(?=" + ELIDED_COUNT + r")"
    r"|,\s+as\s+well\s+as\s+(?=in\b|on\b)"
    # "... killed two on Monday, a day after air strikes on Hass killed five": an earlier report.
    r"|,\s+(?=" + APART + r")"
    r"|,?\s+(?=" + _CAUSE_WORDS + r"\s+(?:the|an?)\s)"
    # "struck X in response to drone attacks on Y": the answer's cause, with or without an article
    r"|,?\s+(?=in\s+(?:retaliation|response)\s+(?:for|to)\s)"
    r"|,?\s+(?=" + _AFTER_REPORT + r")"
    r"|(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!hour)(?<!hours)(?<!month)(?<!months),?\s+(?=" + _AFTER_ATTACK + r")"
    # (and without a comma, the earlier attack a number of days before: "shelled X a day after an attack on Y killed 9")
    r"|\s+(?=(?:an?|" + NUMBER_PATTERN + r")\s+(?:days?|weeks?|hours?)\s+" + _AFTER_ATTACK + r")"
    # "... killed 11 civilians in northwest Syria, as government forces pressed an offensive toward X": a
    # parallel event, whose place is not where the count is.
    r"|(?P<bg>,\s+as\s+)(?=(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:pressed|pushed|advanced|moved|closed|continued|"
    r"intensified|escalated|massed|launched|tried|sought|prepared|gained|pounded|stormed|tightened|edged|approached|"
    r"converged|fled|sent|deployed|pressing|pushing|advancing|moving|closing|continuing|intensifying|escalating|"
    r"massing|launching|trying|seeking|preparing|gaining|pounding|storming|edging|approaching|sending)\b))",
    re.I)
# Words one of which every joint contains (folded; "meanwhile" holds "while", "another" "other"):
# the joint pattern is searched only in clauses that hold one (most hold none).
_JOINT_GATE = ("while", "whereas", "other", "more", "second", "third", "well", "following", "retaliation",
               "response", "after", "before", ", as ")
# ... and "and" before a count (the elided report: "and three in Y"), tested only when no word above is there.
_AND_COUNT = re.compile(r"and\s+(?:" + NUMBER_PATTERN + r"|an?\s)|[,:]\s+\d+\s+(?:[\w-]+\s+)?(?:more|others|in|at)\b", re.I)
# Stems one of which a clause needs to state deaths or injuries (tested before reading its counts).
_HARM_STEMS = ("kill", "dead", "death", "die", "martyr", "injur", "wound", "casualt", "bod", "execut", "live",
               "life", "slain", "massacre", "assassin", "shot", "behead", "slaughter", "perish", "fatalit", "victim",
               "gunned", "losses", "succumb")
_CAUSE = re.compile(r"(?:" + _CAUSE_WORDS + r"\s|" + _AFTER_REPORT + r"|" + _AFTER_ATTACK + r")", re.I)
_APART_JOINT = re.compile(r",\s+(?=" + APART + r")", re.I)
_APART_AT = re.compile(APART, re.I)
# "..., while shelling on X killed a girl": a joint that sets a report of its own beside the one before.
_CONTRAST = re.compile(
    r",?\s*(?:while(?!\s+(?:being|trying|attempting|fleeing|working|driving|riding|travell?ing|walking|returning|"
    r"heading|passing|carrying|searching|collecting|harvesting|grazing|herding|playing|sleeping|praying|standing|"
    r"sitting|waiting|performing|doing|defending|clearing|dismantling|planting|transporting|evacuating|leaving|"
    r"going|crossing|guarding|patrolling|manning|in|on|at|inside|under|still)\b)|whereas|meanwhile)\b",
    re.I)  # not "while being pursued in X", "while on their way": the same event's time ("while shelling ..." is one)


# Speech about events, not events (the words of incidents._NOT_REPORT), and background (truces,
# agreements): a place-less headline of this kind stays apart, so it cannot silence its neighbour.
# "X accused Y of shelling" is speech; "persons accused of belonging to IS", "people accused with
# theft" name whom an event concerns (shared with geoincidents.incidents.build).
# "a man accused of theft", "those accused of ...": a person the event concerns, not speech
# (one fixed-width lookbehind per noun: Python's look-behind takes no alternatives of other widths).
_ACCUSED_PERSON = "".join(r"(?<!\b%s\s)" % w for w in (
    "man", "men", "woman", "women", "person", "persons", "people", "youth", "youths", "those", "someone", "boy", "girl",
    "civilian", "civilians", "member", "members", "fighter", "fighters", "suspect", "suspects", "individuals"))
ACCUSED = (_ACCUSED_PERSON + r"accused(?!\s+(?:people|persons|men|women|individuals|members|fighters|youths?|with|by)\b)"
           r"(?!\s+of\s+(?:belong|being|affiliat|links?|collaborat|dealing|working|spying|cooperat|having|support|"
           r"loyalty))")
_NOT_REPORT = re.compile(r"\b(?:denied|denies|deny|claims\s+that|allegations?|criticized|criticised|" + ACCUSED + r"|"
                         r"condemned|warned\s+that|threatened\s+to|called\s+for|vowed|cease-?fire|truce|"
                         r"de-escalation|agreement)\b", re.I)


# A monitor's tally of a day over the country ("49 people were killed yesterday, including 11 members of the
# regime forces ..."): a report of its own after (or before) ";", never the count of the report beside it.
_DAY_TALLY = re.compile(r"\W*(?:(?:about|nearly|around|more\s+than|at\s+least)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:(?:were|have\s+been)\s+)?(?:killed|martyred|died)\s+(?:on\s+)?(?:yesterday|\w+day)\b"
                        r"[^;]{0,40}?\binclud", re.I)


def _day_tally(t: str) -> bool:
    """Is ``t`` (a place-less report) a monitor's tally of a day over the country?"""
    return "includ" in t and "day" in t and _DAY_TALLY.match(t) is not None


def _reports(sentence: Span) -> list[Span]:
    """The ";"-separated reports of ``sentence``: clauses are split within one report, so that
    the verb of the next report ("Jets struck X and Y; 47 killed") does not split a list of places."""
    t = sentence.text
    if ";" not in t:
        return [sentence]
    out, a = [], sentence.start
    for piece in t.split(";"):
        word = piece.lstrip()  # offsets start at the report's first word, as split_clauses gives them
        out.append(Span(a + len(piece) - len(word), a + len(piece), word))
        a += len(piece) + 1
    return out


def clause_spans(sentence: Span) -> list[Span]:
    """Clauses of ``sentence`` (document offsets), with a ``sep`` attr naming the joint before each.

    Examples
    --------
    >>> s = "a mine exploded near Taftanaz, injuring three, and another went off in Sarmin"
    >>> [(c.text, c.attrs['sep']) for c in clause_spans(Span(0, len(s), s))]
    [('a mine exploded near Taftanaz, injuring three', ''), ('another went off in Sarmin', ',')]
    """
    out: list[Span] = []
    base = sentence.start
    prev_end = base
    for clause in (c for r in _reports(sentence) for c in split_clauses(r) if c.text.strip()):
        sep = ";" if ";" in sentence.text[prev_end - base:clause.start - base] else ("," if out else "")
        s = clause.start - base
        text = clause.text
        i = 0
        colon, background = False, False
        contrast = bool(out) and (_CONTRAST.match(text) is not None or _APART_AT.match(text) is not None)
        low = fold(text)
        for m in _JOINT.finditer(text) if any(map(low.__contains__, _JOINT_GATE)) or _AND_COUNT.search(text) else ():
            if m.start() > i:
                out.append(Span(base + s + i, base + s + m.start(), text[i:m.start()], "clause", None,
                                {"sep": sep, "cause": bool(_CAUSE.match(text, i)) and bool(out), "colon": colon,
                                 "contrast": contrast, "background": background}))
                sep = ","
            i, colon, background = m.end(), m.group("colon") is not None, m.group("bg") is not None
            # (", a day after an attack in Homs killed 89": an earlier report, set beside the one before)
            contrast = _CONTRAST.match(text, m.start()) is not None or _APART_AT.match(text, m.end()) is not None
        if len(text) > i:
            out.append(Span(base + s + i, clause.end, text[i:], "clause", None,
                            {"sep": sep, "cause": bool(_CAUSE.match(text, i)) and bool(out), "colon": colon,
                             "contrast": contrast, "background": background}))
        prev_end = clause.end
    return out


def segments(sentence: Span, place_starts: Sequence[int]) -> list[Span]:
    """Clauses of ``sentence`` glued so that each names a place (rule 2 of the module).

    ``place_starts`` are the document offsets of the sentence's place mentions.
    A segment's ``attrs["sep"]`` is ";" when it starts a new report.

    Examples
    --------
    >>> s = "Jets struck Ariha, 5 civilians died; 3 killed in Sarmin"
    >>> [t.text for t in segments(Span(0, len(s), s), [12, 49])]
    ['Jets struck Ariha, 5 civilians died', '3 killed in Sarmin']
    """
    clauses = clause_spans(sentence)
    if len(clauses) <= 1:
        return [sentence]
    text, base = sentence.text, sentence.start

    starts = sorted(place_starts)  # bisected: clauses x places was quadratic in a long sentence

    def has_place(c: Span) -> bool:
        i = bisect_left(starts, c.start)
        return i < len(starts) and starts[i] < c.end

    def report_before() -> tuple[int, int]:
        """Offsets of the report (since the last ";") that the groups so far end with."""
        k = len(groups) - 1
        while k > 0 and groups[k][0].attrs["sep"] != ";":
            k -= 1
        return groups[k][0].start, groups[-1][-1].end

    def counted(t: str) -> bool:
        low = t.lower()
        if not any(map(low.__contains__, _HARM_STEMS)):
            return False  # no word of harm: nothing to count (a cheap test before reading counts)
        cas = casualties(t)
        return cas.fatalities is not None or cas.fatalities_low is not None or cas.injured is not None

    groups: list[list[Span]] = []
    pending: list[Span] = []  # place-less clauses before the first placed one
    for i, c in enumerate(clauses):
        own_report = c.attrs["sep"] == ";" or (i + 1 < len(clauses) and clauses[i + 1].attrs["sep"] == ";")
        if own_report and not has_place(c) and _NOT_REPORT.search(c.text):
            # A place-less headline joins its neighbour ("Airstrikes on X; 5 killed"), unless it
            # only reports speech: "The ministry denied ...; Shelling killed two in X" are two reports.
            if pending:
                groups.append(pending)
            pending = []
            groups.append([c])
            continue
        if has_place(c) and groups and not pending and continues_list(c, text, base):
            groups[-1].append(c)  # "... in the towns of X and Y on Tuesday, the Observatory said": one list
        elif has_place(c) or not groups:
            if has_place(c):
                if pending and c.attrs.get("background") and counted(text[pending[0].start - base:pending[-1].end - base]):
                    groups.append(pending)  # "killed 11 in northwest Syria, as forces advanced on X": not X's 11
                    pending = []
                report_end = text.find(";", c.end - base)  # c's report runs to the next ";" or the end
                if pending and (c.attrs["sep"] == ";" or c.attrs.get("contrast")) \
                        and counted(text[pending[0].start - base:pending[-1].end - base]) \
                        and (counted(text[c.start - base:report_end if report_end >= 0 else len(text)])
                             or c.attrs["sep"] == ";" and _day_tally(pending[0].text)):
                    # "Turkish soldier killed in northern Syria; Three Turkish soldiers killed in al-Bab",
                    # "Air strikes killed dozens in <unknown place>, while shelling on X killed a girl": a
                    # counted report that names no known place keeps its count (rule 2, before the place).
                    groups.append(pending)
                    pending = []
                groups.append(pending + [c])
                pending = []
            else:
                pending.append(c)
        elif c.attrs["cause"] and counted(c.text):
            groups.append([c])  # the count of the event that caused the one before (_CAUSE)
        elif c.attrs["sep"] == ";" and counted(c.text) and (
                (r := report_before()) and bisect_left(starts, r[1]) - bisect_left(starts, r[0]) > 1
                or counted(text[r[0] - base:r[1] - base]) or _day_tally(c.text)):
            groups.append([c])  # a counted report the text ties to no one place (rule 2)
        else:
            groups[-1].append(c)
    if pending:
        if groups:
            groups[-1].extend(pending)
        else:
            return [sentence]
    out = []
    for g in groups:
        s, e = g[0].start, g[-1].end
        attrs = {"sep": g[0].attrs["sep"], "cause": g[0].attrs["cause"]}
        if len(groups) > 1 and not any(has_place(c) for c in g) and _day_tally(g[0].text):
            attrs["tally"] = True  # a monitor's tally of a day: no incident's count (incidents.build)
        items = next((c for c in g[1:] if c.attrs.get("colon")), None)
        if items is not None and not any(has_place(c) for c in g[:g.index(items)]):
            attrs["items_from"] = items.start  # "9 civilians on Tuesday: 4 in X": the place's count starts here
        out.append(Span(s, e, text[s - base:e - base], "segment", None, attrs))
    return out


def segment_fields(sentences: list[Span], mentions: list, published: date | None,
                   read: Callable[[Span, date | None], object]) -> list:
    """Fields of every clause segment of every sentence, in text order.

    Parameters
    ----------
    sentences : list of Span
    mentions : list of Mention
        Resolved place mentions of the document (they decide where segments are glued).
    published : date or None
    read : callable
        ``incidents.sentence_fields`` (passed in to keep this module free of an import cycle).

    Returns
    -------
    list of SentenceFields
        One per segment; a sentence without several placed clauses is one segment.
    """
    starts: dict[int, list[int]] = {}
    for m in mentions:
        if m.status == "resolved" and not m.not_incident and m.place is not None:
            starts.setdefault(m.sentence_start, []).append(m.start)
    out = []
    for sent in sentences:
        placed = starts.get(sent.start)
        # One place, no ";" and no cause clause: one segment (saves re-reading most headlines).
        t = sent.text
        segs = segments(sent, placed) if placed and (len(placed) > 1 or ";" in t or (
            ("following" in t or "in re" in t) and _CAUSE.search(t)) or (
            ("while" in t or "whereas" in t or "eanwhile" in t) and _CONTRAST.search(t)) or ", as " in t or (
            # "shelling killed nine in the northwest on Friday, a day after an attack in Homs killed 89": two reports
            " after " in t and _APART_JOINT.search(t))) else [sent]
        prev = None
        for seg in segs:
            part = read(seg, published)
            if seg is not sent:
                part.whole = sent  # evidence stays the whole sentence
            if seg.attrs.get("items_from") is not None:
                part = first_item(part, seg)
            if prev is not None and seg.attrs.get("sep") != ";" and ELIDED.match(seg.text) \
                    and part.casualties.fatalities is None and part.casualties.injured is None:
                # "..., and two more on May 3 in Saraqeb": the count takes the verb of the clause before.
                verb = "killed " if prev.casualties.fatalities else "injured " if prev.casualties.injured else None
                if verb is not None:
                    part = replace(part, casualties=casualties(verb + seg.text, seg.start - len(verb)))
                    # "Five were killed in X and three in Y when jets struck on Sunday": one report,
                    # so the clause before takes the event and the day it leaves to the end.
                    if prev.event is None and part.event is not None:
                        # ... back over every elided report before it ("4 in X, 3 in Y and 2 in Z, all killed in strikes")
                        k = len(out) - 1
                        while k >= 0 and out[k].whole is sent and out[k].event is None:
                            out[k] = replace(out[k], event=part.event, reportable=out[k].reportable or part.reportable)
                            k -= 1
                        prev = out[-1]
                    if prev.date is None and part.date is not None:
                        prev = out[-1] = replace(prev, date=part.date, dates=part.dates, date_words=None)
            elif prev is not None and prev.date is None and part.date is not None and seg.attrs.get("sep") != ";" \
                    and SHARED_SUBJECT.match(seg.text):
                # "Air strikes killed five people in X and wounded eight others in nearby Y on Tuesday": one
                # subject, one report; the day stated at the end is the clause before's too.
                prev = out[-1] = replace(prev, date=part.date, dates=part.dates, date_words=None)
            if prev is not None and part.date is None and prev.date is not None and seg.attrs.get("sep") != ";":
                part = dated_apart(part, seg, prev)
            elif prev is not None and part.date is None and seg.attrs.get("sep") != ";":
                part = shifted_apart(part, seg)  # "..., the ministry said, a week after shelling killed eight near X"
            if part.event is None and prev is not None and prev.event is not None and (
                    seg.attrs.get("sep") != ";" or locative_only(seg.text)):
                # Rule 3: "X was shelled, and two died in Y"; a bare list of places continues too.
                part = replace(part, event=prev.event, reportable=prev.reportable or part.reportable)
            if prev is not None and seg.attrs.get("sep") != ";" and _bombards(part.event) and _bombards(prev.event) \
                    and not seg.attrs.get("cause") and not _APART_AT.match(seg.text) \
                    and not any(a.attrs.get("type") not in (None, "civilians") for a in part.actors):
                # (not a report set beside it: "..., a day after a drone attack on X killed dozens" is another side's)
                # "Regime and Russian air strikes killed six in X, and four more died in shelling on nearby Y":
                # the bombardment of the clause after, by no side named, is by the sides of the one before.
                part = replace(part, actors=[a for a in prev.actors if a.attrs.get("role") == "perpetrator"] + part.actors)
            out.append(part)
            prev = part
    return out


def _bombards(event) -> bool:
    """Is ``event`` an air strike or shelling (a bombardment whose side a next clause may leave unsaid)?"""
    return event is not None and event.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
