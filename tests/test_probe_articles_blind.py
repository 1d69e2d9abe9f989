"""Blind probes: whole multi-paragraph articles about the Idlib region, coded by hand.

Twelve articles written for this test (``tests/data/articles_blind/``), each in the voice of an outlet and a
year: Reuters 2012 (the FSA era), AFP 2015 (the fall of Idlib city), Al Jazeera 2016 (the siege of eastern
Aleppo), the Guardian 2017 (Khan Sheikhun), SOHR 2019 (the offensive on Maarat al-Numan), Anadolu 2020
(Turkish drones), SANA 2022, Enab Baladi 2021 (Jabal al-Zawiya), Syria Direct 2024 (protests against HTS),
an OCHA flash update 2023, a White Helmets statement 2022 and North Press 2024 (a car bomb in Afrin).  They
carry what real articles carry: a headline and a dateline, relative days ("on Tuesday", "overnight",
"yesterday afternoon"), updated tolls, tolls split over places, background paragraphs about earlier years,
quotes, attributions, places with their governorate, and casualties in words.

The gold is what an analyst would code under ACLED's conventions: one incident per place, day and event;
background (earlier years, the cause of an operation, places that only locate or host) is not coded.
Each gold row is the place as written, then the sub-event type, the dead, the first day, actor1 and
actor2 (a tuple: any of these; ``ANY``: not asserted; for armed clashes the two sides in either order).
One test per field family and article: places present, places absent, fatalities, first days,
sub-event types and actor sides.

First run, before any fix (items right / items asserted; ``python tests/test_probe_articles_blind.py``
prints the table):

- places present 50/51 (Sarjeh, named only as where the army answered, was missed);
- places absent 9/28 (the worst: background places of earlier years became incidents, e.g. the 2019
  captures of Khan Sheikhoun and Kafr Zita, the 2013 sarin attack on the Eastern Ghouta, the 2020 captures of
  Maarat al-Numan, Saraqib and Khan Shaykhun; places that only host or locate: a hospital's town, the town the
  shelling came from, "north of Aleppo", "north-west of Idlib city", a governorate named as where the
  attackers are positioned, a region named in a headline);
- fatalities 36/46 (a clash toll, an updated toll "rose later ... to six", a toll split between "Eight ...
  near Saraqib and 11 others in the convoy", a toll told before its places);
- first days 46/51 ("yesterday afternoon", "early on Tuesday morning" of an updated toll, "on Friday
  evening" of a toll that rose on Saturday, Thursday's background given to a "Meanwhile" paragraph);
- sub-event types 47/51 ("clashes with troops at a checkpoint" as shelling, "regime shelling on X" after a
  Russian airstrike in the sentence as an air strike);
- actor sides 34/47 (no actor1 for "Turkish armed drones", "a barrel bomb", "Warplanes struck", "Syrian regime
  and Russian forces", nor for "The shelling also hit" after a sentence naming the regime; Russia as actor2 in
  "the death toll of the Russian airstrikes on X"; the civilians of "a woman and her two daughters" as rebels).

After the fixes (each a rule with its own tests elsewhere): present 50/51, absent 22/28, fatalities 42/46,
first days 48/51, sub-event types 49/51, actor sides 41/47.  What still fails is a strict xfail naming why.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from geoincidents import Document
from geoincidents.pipeline import process
from probe_match import ANY, article_field, article_wanted, G, pick, wrong_rows

HERE = Path(__file__).parent / "data" / "articles_blind"
GOV, RUS, TUR, HTS, REB = "Syrian government", "Russia", "Turkey", "Hay'at Tahrir al-Sham", "Opposition rebels"
CIV, UAG, PROT, SDF = "Civilians", "Unidentified Armed Group (Syria)", "Protesters (Syria)", "SDF"
AIR, SHELL, IED, CL = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", \
    "Armed clash"
GRT, NSO, PP, PWI = "Government regains territory", "Non-state actor overtakes territory", "Peaceful protest", \
    "Protest with intervention"


class Article(NamedTuple):
    file: str
    published: str
    gold: list
    absent: list


ARTICLES = [
    Article("01_reuters_2012_taftanaz.txt", "2012-04-05", [
        G("Taftanaz", (GRT, CL), 40, "2012-04-04", GOV),
        G("Sarmin", SHELL, 3, ("2012-04-04", "2012-04-05"), GOV, CIV),
        G("Saraqeb", CL, 5, "2012-04-05", GOV, REB),
    ], ["Idlib"]),
    Article("02_afp_2015_idlib_city.txt", "2015-03-29", [
        G("Idlib", NSO, (34, 130), ("2015-03-28", "2015-03-24"), (HTS, "Jaysh al-Fatah"), GOV),
        G("Idlib", AIR, ANY, "2015-03-28", GOV),
        G("Sarmin", AIR, 7, "2015-03-28", GOV, CIV),
    ], ["Raqa", "Jisr al-Shughur", "Ariha"]),
    Article("03_aljazeera_2016_aleppo.txt", "2016-12-03", [
        G("al-Shaar", AIR, 21, "2016-12-02", GOV, CIV),
        G("Bustan al-Qasr", SHELL, 11, "2016-12-02", ANY, CIV),
        G("al-Kalasa", AIR, 13, "2016-12-02", ANY, CIV),
        G("al-Sakhour", GRT, 0, "2016-12-01", GOV, REB),
        G("al-Hamdaniya", SHELL, 4, "2016-12-02", REB, CIV),
    ], ["Aleppo"]),
    Article("04_guardian_2017_khan_sheikhun.txt", "2017-04-05", [
        G("Khan Sheikhun", "Chemical weapon", 72, "2017-04-04", GOV, CIV),
        G("Khan Sheikhun", AIR, ANY, "2017-04-04"),
        G("Heish", AIR, 3, "2017-04-05", ANY, CIV),
        G("Maarat al-Numan", AIR, 1, "2017-04-05", ANY, CIV),
    ], ["Eastern Ghouta", "Damascus"]),
    Article("05_sohr_2019_maarat.txt", "2019-12-21", [
        G("Jarjnaz", GRT, ANY, "2019-12-21", GOV, HTS),
        G("al-Ghadfa", GRT, ANY, "2019-12-21", GOV, HTS),
        G("Maasaran", AIR, 8, "2019-12-20", RUS, CIV),
        G("Talmenes", SHELL, 2, ("2019-12-21", "2019-12-20"), GOV, CIV),
        G("Maarat al-Numan", AIR, 1, ("2019-12-21", "2019-12-20"), RUS, CIV),
    ], ["Idlib"]),
    Article("06_anadolu_2020_drones.txt", "2020-03-01", [
        G("Saraqib", AIR, 8, "2020-03-01", TUR, GOV),
        G("Hish", AIR, 11, "2020-03-01", TUR, GOV),
        G("Ariha", SHELL, 3, "2020-03-01", GOV, CIV),
    ], []),
    Article("07_sana_2022_ghab.txt", "2022-06-14", [
        G("Jourin", SHELL, 0, "2022-06-14", (HTS, UAG), CIV),
        G("Qastoun", SHELL, 0, "2022-06-14", (HTS, UAG)),
        G("Sarjeh", SHELL, 0, "2022-06-14", GOV),
        G("Kabani", CL, ANY, "2022-06-13", GOV),
    ], ["al-Suqaylabiyah", "Khan Sheikhoun", "Kafr Zita", "Idleb", "Hama"]),
    Article("08_enab_2021_zawiya.txt", "2021-06-19", [
        G("Fleifel", SHELL, 1, "2021-06-19", GOV, CIV),
        G("al-Bara", SHELL, 0, "2021-06-19", GOV),
        G("Kansafra", SHELL, 0, "2021-06-19", GOV),
        G("Sufuhun", AIR, 2, "2021-06-17", RUS),
        G("Kafr Oweid", SHELL, 1, "2021-06-18", GOV, CIV),
        G("Iblin", SHELL, 6, "2021-06-10", GOV, CIV),
    ], ["Kafr Nabl", "Maarat al-Numan", "Saraqib", "Khan Shaykhun", "Idlib", "Jabal al-Zawiya"]),
    Article("09_syriadirect_2024_protests.txt", "2024-03-08", [
        G("Idlib", PP, 0, "2024-03-08", PROT),
        G("Binnish", PP, 0, "2024-03-08", PROT),
        G("Jisr al-Shughur", PP, 0, "2024-03-08", PROT),
        G("al-Atarib", PP, 0, "2024-03-08", PROT),
        G("Taftanaz", PWI, 0, "2024-03-08", PROT, HTS),
        G("Sarmin", AIR, 2, "2024-03-07", GOV, CIV),
    ], ["Darat Izza"]),
    Article("10_ocha_2023_flash.txt", "2023-10-08", [
        G("Homs", AIR, 12, "2023-10-05"),
        G("Idleb", SHELL, 9, "2023-10-06", ANY, CIV),
        G("Darat Izza", SHELL, 3, "2023-10-06", ANY, CIV),
        G("Termanin", AIR, 3, "2023-10-07", ANY, CIV),
        G("Sarmin", SHELL, 0, "2023-10-07", ANY, CIV),
        G("Ariha", SHELL, 2, "2023-10-07"),
    ], ["Aleppo", "Jisr-Ash-Shugur", "Harim"]),
    Article("11_whitehelmets_2022_camps.txt", "2022-11-06", [
        G("Kafr Jales", SHELL, 9, "2022-11-06", GOV, CIV),
        G("Qminas", SHELL, 0, "2022-11-06"),
        G("al-Bab", IED, 1, "2022-11-05", UAG, CIV),
    ], ["Idlib", "Aleppo"]),
    Article("12_northpress_2024_afrin.txt", "2024-05-19", [
        G("Afrin", IED, 6, "2024-05-18", UAG, CIV),
        G("Maranaz", AIR, 2, "2024-05-18", TUR, SDF),
        G("Jindires", "Attack", 1, "2024-05-17", UAG, CIV),
    ], ["Aleppo", "Shehba", "Tal Rifaat"]),
]

_RUNS: dict = {}


def _incidents(article: Article) -> list:
    if article.file not in _RUNS:
        text = (HERE / article.file).read_text(encoding="utf-8")
        _RUNS[article.file] = process(Document(text, published=article.published)).incidents
    return _RUNS[article.file]


def wrong(article: Article, family: str) -> list:
    """The gold rows of ``article`` that ``family`` gets wrong, with what came out."""
    return wrong_rows(_incidents(article), article.gold, article.absent, family, article_field, article_wanted)


def score(article: Article, family: str) -> tuple:
    """(right, asserted) items of ``family``; a gold row without an incident is wrong in every family."""
    if family == "absent":
        return len(article.absent) - len(wrong(article, family)), len(article.absent)
    rows = [g for g in article.gold if family == "present" or article_wanted(g, family)]
    missing = sum(1 for g in rows if pick(_incidents(article), g.place, g.sub) is None) if family != "present" else 0
    return len(rows) - missing - len(wrong(article, family)), len(rows)


FAMILIES = ("present", "absent", "dead", "day", "sub", "actors")
XFAIL: dict = {
    ("04", "absent"): "kept by design: 'the sarin attack on the Eastern Ghouta in August 2013, which killed hundreds' "
                      "is a counted report of an earlier year, which stays an incident (a tally by year is news); "
                      "only uncounted history is background (incidents/recalled)",
    ("07", "present"): "resolution (places/resolve): 'Sarjeh in Jabal al-Zawiya' stays ambiguous between two Sarja "
                       "villages; a named region after 'in' does not pick the namesake inside it (governorates do)",
    ("01", "absent"): "no rule: 'In March, the army retook Idlib city' (the month before publication) is background "
                      "only by its place in the article, and is dated right (March 2012)",
    ("03", "absent"): "the lead's city-wide toll ('45 killed in eastern Aleppo') is a total split over the "
                      "neighbourhoods by the body, not marked as their parent; the headline's 'Dozens killed as the "
                      "regime presses assault' is typed a clash, so the body's strikes do not account for it",
    ("05", "absent"): "no rule: 'on December 19, SOHR reported that regime forces had launched a new offensive on the "
                      "countryside of Idlib' (an earlier report of an offensive) is read as a clash at the governorate",
    ("10", "absent"): "no rule: an OCHA highlight's running total over 'Idleb and western Aleppo governorates' since a "
                      "date is read as incidents at both governorates",
    ("11", "absent"): "no rule: 'camps north-west of Idlib city' in the lead, placed in the next sentence at Kafr Jales, "
                      "stays an incident near Idlib with the lead's toll",
    ("02", "dead"): "no rule: '130 fighters ... since Tuesday, among them 34 killed on Saturday alone' is not tied to the "
                    "capture of the city two paragraphs before",
    ("06", "dead"): "no rule: 'Eight soldiers were killed near Saraqib and 11 others in the convoy' (the convoy placed "
                    "near Hish in the sentence before) gives Hish nothing",
    ("11", "dead"): "no rule: the lead's toll ('The attack killed 9 civilians', at 'camps north-west of Idlib city') is "
                    "not moved to the next sentence's place ('The missiles hit the camps near Kafr Jales')",
    ("04", "day"): "no rule: the lead's updated toll of the chemical attack has no day; the next sentence's 'Warplanes "
                   "struck the town early on Tuesday' is a separate air-strike record, not the attack's day",
    ("05", "day"): "no rule: 'The airstrikes targeted the town yesterday afternoon', a place-less sentence after an "
                   "updated toll, does not re-date the toll's record (dated by the report's 'this morning')",
    ("02", "sub"): "no rule: 'Hours after the city fell, regime aircraft carried out 15 air strikes on Idlib' merges "
                   "into the capture record at Idlib (same place and day) instead of standing as an air strike",
    ("01", "actors"): "actors table: bare 'troops' ('clashes with troops') is no actor, so the clash's side is "
                      "Unidentified Armed Group",
    ("02", "actors"): "roles: 'overran the last regime positions' after the Army of Conquest sentence gives the capture "
                      "rebels as actor2 (the Nusra coalition's allies), not the regime that lost the city; the air "
                      "strikes record is merged into the capture (see 02-sub)",
    ("04", "actors"): "no rule: the chemical attack's perpetrator is named two paragraphs later ('Syrian jets had "
                      "struck', in Russia's denial)",
    ("11", "actors"): "no rule: the civilians counted in the lead ('killed 9 civilians') are not carried to the "
                      "next sentence's record at Kafr Jales",
}


def _params():
    for family in FAMILIES:
        for art in ARTICLES:
            reason = XFAIL.get((art.file[:2], family))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(art, family, id=f"{art.file[:2]}-{family}", marks=marks)


@pytest.mark.parametrize(("article", "family"), list(_params()))
def test_article_field_family(article: Article, family: str) -> None:
    """Every gold row of the article is right in this field family (fields of a missing incident are not
    judged here; the 'present' family counts them)."""
    assert wrong(article, family) == []


def test_articles_are_whole_and_varied() -> None:
    """The probe articles are whole articles: 150-450 words, several paragraphs, twelve outlets."""
    for art in ARTICLES:
        text = (HERE / art.file).read_text(encoding="utf-8")
        assert 150 <= len(text.split()) <= 450, art.file
        assert text.count("\n\n") >= 4, art.file
    assert len({a.file[3:].split("_")[0] for a in ARTICLES}) == 12


if __name__ == "__main__":  # the per-field score table of the docstring
    for family in FAMILIES:
        right, total = (sum(x) for x in zip(*(score(a, family) for a in ARTICLES)))
        print(f"{family:8s} {right}/{total}")
        for a in ARTICLES:
            for w in wrong(a, family):
                print("   ", a.file[:2], w)
