"""Blind probes: international wire copy about the Idlib offensives of 2019-2020 and the strikes after them.

Twenty-seven articles written for this test (``tests/data/wire_blind/``) in the voice of Reuters, AFP, AP,
Al Jazeera English and Middle East Eye: a dateline ("BEIRUT (Reuters) -", "IDLIB, Syria (AP) —"), a lead
with one or two incidents and tolls sourced to monitors or rescuers, quotes, then background: earlier events
on other dates ("Last month, a Russian airstrike killed 12 ... in Kafr Nabl"), war-wide and campaign-wide
figures ("The conflict has killed more than 380,000 people"), displacement and UN figures, Turkish-Russian
diplomacy (Moscow, Ankara, Sochi, the Kremlin, Tehran), government denials, places named only as
destinations of the displaced or as Turkish observation posts.  Spellings vary as they do on the wire
(Maarat al-Numan / Maaret al-Noman, Saraqeb / Saraqib, Khan Sheikhoun / Khan Sheikhun, Atareb / Atarib).

The gold is what an analyst codes under ACLED's conventions.  ``G`` rows: the place as written, the
sub-event type, the dead, the first day, actor1 and actor2 (a tuple: any of these; ``ANY``: not
asserted; for armed clashes the two sides in either order).  ``absent``: places that must not be
incidents (venues of talks, destinations of the displaced, observation posts, regions that only locate).
``B`` rows: an earlier event told as background; if it comes out as an incident (matched by place and its
count or type) it must carry its own date, not the publication date.  ``figures``: campaign-wide, war-wide
and displacement figures no incident may carry as its dead.

First run, before any fix (items right / items asserted; ``python tests/test_probe_wire_blind.py`` prints
the table): 130 of 178 tests passed (73%); items: present 68/72, absent 59/82, dead 46/60, first days 63/70,
sub-event types 62/72, actor sides 45/64, background 32/34 (375/454, 83%).  One gold row was corrected
after that run: Turkey's shooting down of two jets "over Idlib province" (article 19) is an event at the
governorate, so Idlib left that article's ``absent`` list (82 -> 81 items).

After the fixes (each a rule of the language; see the README's "Rules the incidents follow"): present
69/72, absent 72/81, dead 56/60, first days 67/70, sub-event types 69/72, actor sides 57/64, background
34/34 (424/454, 93%).  What still fails is a strict xfail naming why.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest

from geoincidents import Document
from geoincidents.pipeline import process
from probe_match import ANY, article_field, article_wanted, G, incidents_at, matches

HERE = Path(__file__).parent / "data" / "wire_blind"
GOV, RUS, TUR, HTS, REB = "Syrian government", "Russia", "Turkey", "Hay'at Tahrir al-Sham", "Opposition rebels"
CIV, PROT, USA = "Civilians", "Protesters (Syria)", "United States"
AIR, SHELL, CL = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"
GRT, NSO, PP, PWI = "Government regains territory", "Non-state actor overtakes territory", "Peaceful protest", \
    "Protest with intervention"


def days(first: str, last: str) -> tuple:
    """Every ISO day from ``first`` to ``last``: a span any of whose days the analyst accepts."""
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return tuple(str(a + dt.timedelta(n)) for n in range((b - a).days + 1))


class B(NamedTuple):
    """An earlier event told as background: if coded, it keeps its own days."""

    place: str
    span: tuple
    dead: object = ANY
    sub: object = ANY


class Article(NamedTuple):
    file: str
    published: str
    gold: list
    absent: list = []
    background: list = []
    figures: tuple = ()


ARTICLES = [
    Article("01_reuters_2019_kafr_nabl.txt", "2019-05-07", [
        G("Kafr Nabl", AIR, 6, "2019-05-06", (GOV, RUS), CIV),
        G("Hass", SHELL, 4, "2019-05-06", (GOV, RUS), CIV),
        G("Qalaat al-Madiq", GRT, ANY, "2019-05-06", GOV),
    ], ["Atmeh", "Sarmada", "Sochi", "Damascus", "Idlib", "Hama"], figures=(150000,)),
    Article("02_ap_2019_jubas.txt", "2019-12-24", [
        G("Jubas", AIR, (8, 9), "2019-12-24", RUS, CIV),
        G("Jarjanaz", GRT, ANY, days("2019-12-19", "2019-12-24"), GOV),
    ], ["Maaret al-Noman", "Idlib", "Iraq"], figures=(80000, 3000000)),
    Article("03_afp_2020_idlib_city.txt", "2020-01-16", [
        G("Idlib", AIR, 18, "2020-01-15", GOV, CIV),
        G("Maasran", AIR, 2, "2020-01-15", RUS, CIV),
        G("Maarat al-Numan", AIR, 0, "2020-01-15", RUS),
    ], ["Moscow", "Ankara", "Istanbul"], figures=(300, 350000, 380000)),
    Article("04_aljazeera_2020_balyun.txt", "2020-02-28", [
        G("Balyun", AIR, 33, "2020-02-27", GOV, TUR),
        G("Saraqib", NSO, ANY, "2020-02-27", ANY, GOV),
        G("Sarmin", AIR, 5, ("2020-02-27", "2020-02-28"), RUS, CIV),
    ], ["Hatay", "Brussels", "Morek", "Idlib", "Jabal al-Zawiya", "Hama"]),
    Article("05_mee_2020_moscow_truce.txt", "2020-03-06", [
        G("Maarat Mukhas", CL, 15, "2020-03-06", GOV, HTS),
        G("Maarat Misrin", AIR, 16, "2020-03-05", RUS, CIV),
        G("Saraqib", AIR, 9, "2020-03-05", TUR, GOV),
    ], ["Moscow", "Kremlin", "Maaret al-Numan", "Idlib"], figures=(470,)),
    Article("06_reuters_2019_convoy.txt", "2019-08-20", [
        G("Maarat al-Numan", AIR, 3, "2019-08-19", GOV, (TUR, CIV)),
        G("Khan Sheikhoun", CL, 22, "2019-08-19", GOV),
    ], ["Morek", "Damascus", "Amman"], [B("Khan Sheikhoun", days("2017-04-01", "2017-04-30"), dead=80)],
        figures=(500, 400000)),
    Article("07_ap_2019_market.txt", "2019-07-23", [
        G("Maaret al-Noman", AIR, (31, 39), "2019-07-22", ANY, CIV),
        G("Saraqeb", AIR, 4, "2019-07-22"),
    ], [], [B("Kafr Nabl", days("2019-06-01", "2019-06-30"), dead=12)], figures=(450,)),
    Article("08_afp_2021_iblin.txt", "2021-06-10", [
        G("Iblin", SHELL, 8, "2021-06-10", GOV, CIV),
        G("Balyun", SHELL, 2, days("2021-06-07", "2021-06-09"), GOV, CIV),
    ], ["Jabal al-Zawiya", "Moscow", "Ankara", "Idlib"]),
    Article("09_reuters_2019_kabani.txt", "2019-05-29", [
        G("Kabani", CL, 28, "2019-05-28", GOV),
        G("Jisr al-Shughur", SHELL, 0, "2019-05-28", GOV, CIV),
    ], ["Qardaha", "Hmeimim", "Sochi", "Latakia"]),
    Article("10_aljazeera_2020_maarat_falls.txt", "2020-01-29", [
        G("Maarat al-Numan", GRT, ANY, ("2020-01-28", "2020-01-29"), GOV),
        G("Maar Shamarin", GRT, ANY, ("2020-01-28", "2020-01-29"), GOV),
        G("Ariha", AIR, 10, "2020-01-29", RUS, CIV),
    ], ["Atmeh", "Damascus", "Aleppo"], [B("Maarat al-Numan", days("2011-01-01", "2011-12-31"), sub=(PP, PWI))],
        figures=(350000,)),
    Article("11_mee_2022_jadida.txt", "2022-07-23", [
        G("al-Jadida", AIR, 7, "2022-07-22", RUS, CIV),
        G("Darat Izza", SHELL, 0, "2022-07-22", GOV, CIV),
    ], ["Tehran", "Bab al-Hawa", "Aleppo", "Idlib", "Jisr al-Shughur"]),
    Article("12_afp_2023_homs_reprisal.txt", "2023-10-06", [
        G("Idlib", SHELL, 5, "2023-10-06", GOV, CIV),
        G("Darat Izza", SHELL, 4, "2023-10-06", GOV, CIV),
        G("Homs", AIR, 89, "2023-10-05"),
        G("Sarmin", SHELL, 0, "2023-10-06", GOV),
        G("Ariha", SHELL, 0, "2023-10-06", GOV),
    ], ["Aleppo"]),
    Article("13_reuters_2020_taftanaz.txt", "2020-02-11", [
        G("Taftanaz", SHELL, 5, "2020-02-10", GOV, TUR),
        G("Nairab", CL, 24, "2020-02-10"),
    ], ["Ankara", "Istanbul", "Idlib"], [B("Saraqeb", days("2020-02-02", "2020-02-04"), dead=8)],
        figures=(101, 700000)),
    Article("14_ap_2020_west_aleppo.txt", "2020-02-17", [
        G("Kafr Halab", GRT, ANY, "2020-02-16", GOV),
        G("Urum al-Kubra", GRT, ANY, "2020-02-16", GOV),
        G("Atareb", AIR, 4, ("2020-02-16", "2020-02-17"), ANY, CIV),
    ], ["Aleppo", "Damascus", "Moscow"], figures=(800000,)),
    Article("15_afp_2019_qah_camp.txt", "2019-11-21", [
        G("Qah", SHELL, 16, "2019-11-20", GOV, CIV),
        G("Maarat al-Numan", AIR, 3, "2019-11-20", RUS, CIV),
    ], ["Sochi", "Idlib"]),
    Article("16_reuters_2019_turkish_post.txt", "2019-06-14", [
        G("Qastoun", SHELL, 0, "2019-06-13", GOV, TUR),
        G("Tal Malah", CL, 26, "2019-06-13", GOV),
    ], ["Morek", "Surman", "Tal Tuqan", "Ankara", "Moscow", "Idlib", "Hama"], figures=(35, 270000)),
    Article("17_aljazeera_2024_offensive.txt", "2024-11-28", [
        G("Urum al-Sughra", NSO, ANY, "2024-11-27", HTS, GOV),
        G("Anjara", NSO, ANY, "2024-11-27", HTS, GOV),
        G("Atarib", AIR, 4, "2024-11-27", (GOV, RUS), CIV),
    ], ["Aleppo", "Idlib", "Lebanon", "Damascus"]),
    Article("18_afp_2019_us_strike.txt", "2019-09-01", [
        G("Maarat Misrin", AIR, 40, "2019-08-31", USA),
    ], ["Morek", "Idlib"], [B("Khan Sheikhun", days("2019-08-19", "2019-08-25"), sub=GRT)], figures=(950, 400000)),
    Article("19_reuters_2020_jets_downed.txt", "2020-03-01", [
        G("Nairab", AIR, 0, "2020-03-01", TUR, GOV),
        G("Saraqeb", AIR, 19, "2020-03-01", TUR, GOV),
    ], ["Aleppo", "Istanbul"], [B("Balyun", ("2020-02-27",), dead=34)], figures=(3600000,)),
    Article("20_mee_2023_jisr_market.txt", "2023-06-26", [
        G("Jisr al-Shughur", AIR, 9, "2023-06-25", RUS, CIV),
        G("Idlib", AIR, 2, "2023-06-25", RUS, HTS),
    ], ["Hmeimim", "Latakia"], figures=(4500,)),
    Article("21_mee_2024_binnish_protests.txt", "2024-05-15", [
        G("Binnish", (PWI, "Excessive force against protesters"), 0, "2024-05-14", PROT, HTS),
        G("Idlib", PP, 0, "2024-05-14", PROT),
        G("Jisr al-Shughur", PP, 0, "2024-05-14", PROT),
        G("Taftanaz", "Arrests", 0, ANY),
    ]),
    Article("22_afp_2022_ghab.txt", "2022-04-17", [
        G("al-Ziyara", CL, 7, "2022-04-16", GOV, HTS),
        G("Kansafra", SHELL, 0, ("2022-04-16", "2022-04-17"), GOV, CIV),
        G("al-Bara", SHELL, 0, ("2022-04-16", "2022-04-17"), GOV),
        G("Kabani", AIR, 2, "2022-04-15", RUS),
    ], ["Hama", "Jabal al-Zawiya", "Al-Ghab", "Idlib", "Latakia"]),
    Article("23_reuters_2019_weekend.txt", "2019-06-03", [
        G("Maaret al-Noman", AIR, 10, "2019-06-01", (GOV, RUS)),
        G("Kafr Sajna", AIR, 5, "2019-06-02", GOV),
        G("Ariha", SHELL, 3, days("2019-06-01", "2019-06-03")),
        G("Suqaylabiyah", SHELL, 2, ANY, ANY, CIV),
    ], ["Moscow", "Ankara", "Idlib"], figures=(25, 270000)),
    Article("24_ap_2020_hospitals.txt", "2020-02-18", [
        G("Darat Izza", AIR, 0, "2020-02-18"),
        G("Kafr Nouran", AIR, 0, "2020-02-18"),
        G("Haritan", GRT, ANY, "2020-02-17", GOV),
    ], ["Atareb", "Aleppo"], figures=(900000,)),
    Article("25_afp_2021_atareb_hospital.txt", "2021-03-21", [
        G("Atareb", SHELL, 7, "2021-03-21", GOV, CIV),
        G("Bab al-Hawa", AIR, 0, "2021-03-21", RUS),
    ], ["Aleppo"], figures=(600,)),
    Article("26_reuters_2019_kafr_nabuda.txt", "2019-05-27", [
        G("Kafr Nabuda", NSO, 37, "2019-05-27", ANY, GOV),
        G("Ariha", AIR, 9, "2019-05-26", ANY, CIV),
        G("Kafr Zita", AIR, 2, "2019-05-26"),
    ], ["Sochi", "Damascus", "Hama"], [B("Kafr Nabuda", ("2019-05-08",), sub=GRT)]),
    Article("27_ap_2024_aleppo_breached.txt", "2024-11-30", [
        G("Aleppo", (NSO, CL), ANY, "2024-11-29", ANY, GOV),
        G("Saraqeb", NSO, ANY, "2024-11-29", HTS, GOV),
        G("Idlib", AIR, 4, "2024-11-29", (RUS, GOV), CIV),
    ], [], [B("Aleppo", days("2016-12-01", "2016-12-31"), sub=GRT)], figures=(500000, 23000000)),
]

_RUNS: dict = {}


def _incidents(article: Article) -> list:
    if article.file not in _RUNS:
        text = (HERE / article.file).read_text(encoding="utf-8")
        _RUNS[article.file] = process(Document(text, published=article.published)).incidents
    return _RUNS[article.file]


def _pick(incidents: list, g: G) -> dict | None:
    """The incident at the gold place, preferring one of the gold sub-event type, then of the gold day."""
    at = incidents_at(incidents, g.place)
    same = [i for i in at if matches(i["sub_event_type"], g.sub)]
    dated = [i for i in same if matches(str(i["date_start"])[:10], g.day)]
    return (dated or same or at or [None])[0]


def _background_wrong(article: Article) -> list:
    """Background events dated at another day than their own, and incidents carrying a background figure."""
    incidents, out = _incidents(article), []
    for b in article.background:
        for i in incidents_at(incidents, b.place):
            if matches(i["fatalities"] or 0, b.dead) and matches(i["sub_event_type"], b.sub) \
                    and str(i["date_start"])[:10] not in b.span:
                out.append((b.place, i["fatalities"], i["sub_event_type"], str(i["date_start"])[:10]))
    out += [(i["location_mention"], i["fatalities"]) for i in incidents if (i["fatalities"] or 0) in article.figures]
    return out


def wrong(article: Article, family: str) -> list:
    """The gold rows of ``article`` that ``family`` gets wrong, with what came out."""
    incidents = _incidents(article)
    if family == "absent":
        return [(p, [(i["location_mention"], i["sub_event_type"]) for i in incidents_at(incidents, p)])
                for p in article.absent if incidents_at(incidents, p)]
    if family == "background":
        return _background_wrong(article)
    out = []
    for g in article.gold:
        inc = _pick(incidents, g)
        if family == "present":
            if inc is None:
                out.append((g.place, [(i["location_mention"], i["sub_event_type"]) for i in incidents]))
        elif inc is not None and article_wanted(g, family):
            got, right = article_field(inc, g, family)
            if not right:
                out.append((g.place, got))
    return out


def score(article: Article, family: str) -> tuple:
    """(right, asserted) items of ``family``; a gold row without an incident is wrong in every family."""
    if family == "absent":
        return len(article.absent) - len(wrong(article, family)), len(article.absent)
    if family == "background":
        total = len(article.background) + len(article.figures)
        return max(0, total - len(wrong(article, family))), total
    rows = [g for g in article.gold if family == "present" or article_wanted(g, family)]
    missing = sum(1 for g in rows if _pick(_incidents(article), g) is None) if family != "present" else 0
    return len(rows) - missing - len(wrong(article, family)), len(rows)


FAMILIES = ("present", "absent", "dead", "day", "sub", "actors", "background")
XFAIL: dict = {
    ("10", "present"): "no rule: 'SANA said the army had entered the town' names the town only as 'the town' two "
                       "sentences after the headline's and lead's Maarat al-Numan (a perfect 'have taken control' "
                       "with no day), so the capture is not placed there",
    ("24", "present"): "no rule: 'One hospital was in the town of Darat Izza and the other in the nearby village of "
                       "Kafr Nouran' places the lead's strikes ('Airstrikes hit two hospitals') with no event word",
    ("02", "absent"): "kept: 'people flee Maaret al-Noman' is often where the strikes fell (ACLED notes: 'families fled "
                      "X after airstrikes killed 8 in the city'), and 'villages southeast of X, including Y' keeps X as "
                      "the near place of the unnamed villages",
    ("09", "absent"): "no rule: 'Rebels used the hills to fire rockets at Qardaha' is habitual history with no date, "
                      "read in a paragraph about 2015 that dates nothing",
    ("11", "absent"): "resolution: 'the village of al-Jadida, west of Jisr al-Shughur' has no namesake near Jisr "
                      "al-Shughur in the gazetteer, so the town is the near place",
    ("14", "absent"): "no rule: 'captured a cluster of villages west of Aleppo, including Kafr Halab and Urum al-Kubra' "
                      "keeps Aleppo as the near place of the unnamed villages",
    ("16", "absent"): "the text puts the post 'in Idlib province' and then near Qastoun, which the gazetteer puts in "
                      "Hama: the governorate record moves only to a place inside it",
    ("17", "absent"): "no rule: state media's 'confronting a large terrorist attack on its positions in Aleppo and "
                      "Idlib' (a claim about the provinces) is read as clashes at both cities",
    ("18", "absent"): "no rule: 'encircled a Turkish observation post in nearby Morek' is read as a capture of Morek",
    ("12", "dead"): "merge: 'a drone attack on a military academy in ... Homs killed scores' (an air strike, 20) and "
                    "'Thursday's attack on the graduation ceremony at the Homs academy killed 89' (typed Attack) stay "
                    "two records of one event",
    ("12", "actors"): "kept by design (tests/test_incidents_perpetrators.py): 'shells also struck near a mosque in "
                      "Sarmin' after another report names no side, and an unnamed strike stays unnamed",
    ("26", "dead"): "counts and events: 'The counter-attack killed 23 government soldiers and militiamen and 14 "
                    "rebels ..., adding that government jets were pounding the area' reads 23 (the second group is "
                    "not added) and an air strike (the reported clause after 'adding that'), so it is no toll of the "
                    "recapture",
    ("16", "actors"): "roles: 'shelled a Turkish observation post in Idlib' then 'the post near Qastoun was hit' gives "
                      "Qastoun Turkey as actor1 (see 16-absent)",
    ("19", "actors"): "roles: 'Turkish drones hit the Nairab military airport' names the target's side by its kind only",
    ("27", "actors"): "roles: 'took Saraqeb after government troops withdrew' keeps the headline's insurgents as actor1",
}


def _params():
    for family in FAMILIES:
        for art in ARTICLES:
            if family == "absent" and not art.absent or family == "background" and not (art.background or art.figures):
                continue
            reason = XFAIL.get((art.file[:2], family))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(art, family, id=f"{art.file[:2]}-{family}", marks=marks)


@pytest.mark.parametrize(("article", "family"), list(_params()))
def test_wire_article_field_family(article: Article, family: str) -> None:
    """Every gold row of the article is right in this field family (fields of a missing incident are not
    judged here; the 'present' family counts them)."""
    assert wrong(article, family) == []


def test_wire_articles_are_whole() -> None:
    """The probe articles are whole wire articles: a headline, 3-12 paragraphs, five outlets."""
    for art in ARTICLES:
        paragraphs = (HERE / art.file).read_text(encoding="utf-8").strip().split("\n\n")
        assert 4 <= len(paragraphs) <= 13, art.file
    assert {a.file[3:].split("_")[0] for a in ARTICLES} == {"reuters", "afp", "ap", "aljazeera", "mee"}


if __name__ == "__main__":  # the per-field score table of the docstring
    for family in FAMILIES:
        right, total = (sum(x) for x in zip(*(score(a, family) for a in ARTICLES)))
        print(f"{family:10s} {right}/{total}")
        for a in ARTICLES:
            for w in wrong(a, family):
                print("   ", a.file[:2], w)


def test_a_regions_event_placed_in_the_next_sentence_is_not_a_second_incident() -> None:
    """A lead's capture in a governorate's countryside, placed at named villages in the next sentence, is
    one event at the villages (incidents/leads.region_told_after), not one more at the governorate."""
    text = ("Opposition fighters seized more than a dozen villages in the western countryside of Aleppo on Wednesday. "
            "The Observatory said the fighters captured the villages of Urum al-Sughra and Anjara.")
    names = [i["location_mention"] for i in process(Document(text, published="2024-11-28")).incidents]
    assert "Aleppo" not in names and {"Urum al-Sughra", "Anjara"} <= set(names)
