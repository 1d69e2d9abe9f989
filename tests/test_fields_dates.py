from datetime import date

import pytest

from geoincidents.fields.dates import DateSpan, best_date, find_dates

P17 = date(2017, 9, 26)  # a Tuesday (seed 000)
P19 = date(2019, 3, 2)   # seed 004


def one(text, pub):
    spans = find_dates(text, pub)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize("text,pub,start,end,prec", [
    ("since Sunday", P17, date(2017, 9, 24), date(2017, 9, 26), 2),
    ("on Monday", P17, date(2017, 9, 25), date(2017, 9, 25), 1),
    ("Monday", P17, date(2017, 9, 25), date(2017, 9, 25), 1),
    ("on Tuesday", P17, P17, P17, 1),
    ("last week", P17, date(2017, 9, 18), date(2017, 9, 24), 2),
    ("this week", P17, date(2017, 9, 25), P17, 2),
    ("earlier this week", P17, date(2017, 9, 25), date(2017, 9, 25), 2),
    ("yesterday", P17, date(2017, 9, 25), date(2017, 9, 25), 1),
    ("today", P17, P17, P17, 1),
    ("the past 24 hours", P17, date(2017, 9, 25), P17, 2),
    ("during February", P19, date(2019, 2, 1), date(2019, 2, 28), 3),
    ("in January", P19, date(2019, 1, 1), date(2019, 1, 31), 3),
    ("last month", P19, date(2019, 2, 1), date(2019, 2, 28), 3),
    ("24 September 2017", None, date(2017, 9, 24), date(2017, 9, 24), 1),
    ("September 24, 2017", None, date(2017, 9, 24), date(2017, 9, 24), 1),
    ("24/9/2017", None, date(2017, 9, 24), date(2017, 9, 24), 1),
    ("2017-09-24", None, date(2017, 9, 24), date(2017, 9, 24), 1),
    ("April 24th 2017", None, date(2017, 4, 24), date(2017, 4, 24), 1),
    ("Syria Daily Report 01/02/2016", None, date(2016, 2, 1), date(2016, 2, 1), 1),
])
def test_resolution(text, pub, start, end, prec):
    assert one(text, pub).value == DateSpan(start, end, prec)


def test_seed_sentences():
    s = ("At least 42 people have been killed by Russian and Syrian airstrikes in the province of Idleb "
         "since Sunday as the regime army extends its ground and aerial attacks, the Civil Defense group said on Tuesday.")
    b = best_date(find_dates(s, P17))
    assert b.text == "since Sunday" and b.value == DateSpan(date(2017, 9, 24), P17, 2)
    s2 = "Last week, rebel factions headed by Hay'at Tahir al-Sham launched a major attack on regime strongholds"
    assert best_date(find_dates(s2, P17)).value == DateSpan(date(2017, 9, 18), date(2017, 9, 24), 2)


def test_durations_are_spans():
    v = one("under a bombing campaign for more than two weeks", P19)
    assert v.value.end == P19 and v.value.precision == 3 and v.attrs["approximate"]  # over a week: ACLED's 3
    assert one("in recent days", P17).value.precision == 2


@pytest.mark.parametrize("text", ["at least 1681 missiles", "1681 missiles", "in addition to 67 air strikes",
                                  "the 12 hill", "Brigade 82", "He may go", "kill 2000 people"])
def test_counts_are_never_dates(text):
    assert find_dates(text, P19) == []


def test_unresolved_without_publication_date():
    s = one("killed since Sunday", None)
    assert s.value is None and s.attrs["unresolved"]
    assert best_date([s]) is None


def test_year_only_is_not_a_date():
    s = one("agreed between Russia and Turkey last year", P19)
    assert s.value is None and s.attrs["unresolved"] == "year only" and s.attrs["year"] == 2018


def test_offsets_round_trip():
    doc = "Header line.\nRebels shelled Qardaha on Monday, media outlets said."
    off = doc.index("Rebels")
    for s in find_dates(doc[off:], P17, offset=off):
        assert doc[s.start:s.end] == s.text


@pytest.mark.parametrize("text,day", [
    # A possessive day before the event names the event's day, over the day of what followed it.
    ("Rescuers pulled two bodies from the rubble on Tuesday, bringing the toll from Monday's air strike to 9", 25),
    ("The toll from Sunday's car bomb rose to eight, the council said on Tuesday", 24),
    # ... but not an earlier event the sentence refers back to, nor a report.
    ("Jets struck the town on Tuesday, two days after Sunday's massacre", 26),
    ("Shelling hit the town on Tuesday, Monday's report said", 26),
])
def test_a_possessive_day_names_its_event(text, day):
    assert best_date(find_dates(text, P17)).value == DateSpan(date(2017, 9, day), date(2017, 9, day), 1)


def test_a_datelines_day_is_the_report_day():
    spans = find_dates("AMMAN, Sept 24 (Reuters) - Helicopters dropped barrel bombs on the town on Saturday", P17)
    assert spans[0].attrs["relation"] == "report" and best_date(spans).text == "on Saturday"


def test_bodies_recovered_after_an_event_take_the_events_day():
    spans = find_dates("Teams recovered the bodies of five civilians on Tuesday, after air strikes on Monday", P17)
    assert best_date(spans).text == "on Monday"
    # Without a recovery the main clause keeps its day ("captured X on Tuesday after strikes on Monday").
    spans = find_dates("Rebels captured the town on Tuesday, after air strikes on Monday", P17)
    assert best_date(spans).text == "on Tuesday"


def test_the_day_the_wounded_died_is_not_the_events():
    spans = find_dates("Two more died of their wounds on Tuesday, raising to 10 the number killed in shelling on Sunday", P17)
    assert best_date(spans).text == "on Sunday"
