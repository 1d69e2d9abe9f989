"""Sentence and clause spans round-trip to the original text."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoincidents.text.clean import clean
from geoincidents.text.sentences import MAX_SENTENCE_CHARS, split_clauses, split_sentences
from geoincidents.text.spans import Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _texts(text, blocks=None):
    spans = split_sentences(text, blocks)
    for s in spans:
        assert text[s.start:s.end] == s.text and s.label == "sentence"
    return [s.text for s in spans]


def test_seed_000_sentences():
    text = (SEEDS / "000_a42484139c7b5036.txt").read_text(encoding="utf-8")
    got = _texts(text, clean(text).blocks)
    target = next(s for s in got if s.startswith("At least 42 people"))
    assert target.endswith("the Civil Defense group said on Tuesday.") and "\n" not in target
    assert any(s.startswith("Last week, rebel factions headed by Hay'at Tahir al-Sham launched") for s in got)
    assert got[0] == "42 Killed in Airstrikes on Idleb Province Since Sunday: Civil Defense"
    assert "Logo Wide" not in got and "Helpful keywords" not in got and len(got) == 12


def test_seed_004_sentences_without_duplicates():
    text = (SEEDS / "004_831b2c7d2466eedb.txt").read_text(encoding="utf-8")
    got = _texts(text, clean(text).blocks)
    assert len(got) == len(set(got)) == 9
    assert any("al-Qaeda linked Hayat Tahrir al-Sham (HTS), formerly" in s for s in got)
    assert len(_texts(text)) == 16  # without blocks: every line, duplicates included


@pytest.mark.parametrize("text, expected", [
    ("The U.S. and the U.N. condemned it. Talks failed.", ["The U.S. and the U.N. condemned it.", "Talks failed."]),
    ("Gen. Suheil al-Hassan and Lt. Col. Ali met Dr. Omar. They left.",
     ["Gen. Suheil al-Hassan and Lt. Col. Ali met Dr. Omar.", "They left."]),
    ("It hit St. Simeon on Jan. 5. No. 3 brigade fled.", ["It hit St. Simeon on Jan. 5.", "No. 3 brigade fled."]),
    ("Some 2.5 km away, e.g. Ariha, i.e. Idlib. Next.", ["Some 2.5 km away, e.g. Ariha, i.e. Idlib.", "Next."]),
    ("Mr. J. R. Smith said so. Then he left!", ["Mr. J. R. Smith said so.", "Then he left!"]),
    ('He said: "Twelve died." The army denied it.', ['He said: "Twelve died."', "The army denied it."]),
    ("Was it Russia? Moscow denied it... Then silence… After that, 7 died.",
     ["Was it Russia?", "Moscow denied it...", "Then silence…", "After that, 7 died."]),
    ("The raid killed 5. 12 more were wounded.", ["The raid killed 5.", "12 more were wounded."]),
    ("He said... and then nothing. Okay.", ["He said... and then nothing.", "Okay."]),
    ("Killed in the strike was Abu M. al-Shami, an HTS commander.",
     ["Killed in the strike was Abu M. al-Shami, an HTS commander."]),
    ("قصف على خان شيخون. مقتل مدنيين.", ["قصف على خان شيخون.", "مقتل مدنيين."]),
])
def test_rules(text, expected):
    assert _texts(text) == expected


def test_headlines_and_blocks():
    text = "Over 70 killed in Idlib\nNo final stop here\n\n  Indented sentence.  \n"
    assert _texts(text) == ["Over 70 killed in Idlib", "No final stop here", "Indented sentence."]
    only = [Span(text.index("No"), text.index("No") + 18, "No final stop here")]
    assert _texts(text, only) == ["No final stop here"]
    assert split_sentences("") == [] and split_sentences("   \n") == []


def test_ucdp_semicolon_headline_one_sentence_two_clauses():
    text = "Prefix. Government forces shell Ariha; 3 civilians killed in Idlib"
    (head,) = [s for s in split_sentences(text) if "Ariha" in s.text]
    clauses = split_clauses(head)
    assert [c.text for c in clauses] == ["Government forces shell Ariha", "3 civilians killed in Idlib"]
    for c in clauses:
        assert text[c.start:c.end] == c.text and c.label == "clause"


@pytest.mark.parametrize("sentence, expected", [
    ("Russian and Syrian airstrikes killed 42 in Idlib and Hama",
     ["Russian and Syrian airstrikes killed 42 in Idlib and Hama"]),
    ("Rebels shelled militias near Qardaha, killing two fighters",
     ["Rebels shelled militias near Qardaha, killing two fighters"]),
    ("Rebels shelled Qardaha and two fighters were killed", ["Rebels shelled Qardaha", "two fighters were killed"]),
    ("Jets struck Ariha, 5 civilians died, the group said",
     ["Jets struck Ariha", "5 civilians died", "the group said"]),
    # Headlines without verbs: each event noun with its place is a clause of its own ...
    ("Casualties in an explosion in Idlib city and shelling on Ariha",
     ["Casualties in an explosion in Idlib city", "shelling on Ariha"]),
    ("Renewed bombardment on Kafr Nabl and continued clashes in Kabani",
     ["Renewed bombardment on Kafr Nabl", "continued clashes in Kabani"]),
    # ... but a list of places is one, and two events that are one subject of a toll stay together.
    ("Regime shelling on Ariha and Sarmin", ["Regime shelling on Ariha and Sarmin"]),
    # An updated toll is a clause of its own, with its place, however far its verb.
    ("The regime's artillery kills a young man in Kafr Takharim, and the death toll of yesterday's massacre in Hass "
     "rises to 11", ["The regime's artillery kills a young man in Kafr Takharim",
                     "the death toll of yesterday's massacre in Hass rises to 11"]),
    ("Air strikes on Kafr Nabl and shelling on Maarat al-Numan kill 5 civilians",
     ["Air strikes on Kafr Nabl and shelling on Maarat al-Numan kill 5 civilians"]),
    # The acts of other event types are verbs of a clause of their own too; their nouns are not.
    ("Shelling killed a child in Nawa, and gunmen shot dead a teacher in Jasim",
     ["Shelling killed a child in Nawa", "gunmen shot dead a teacher in Jasim"]),
    ("Jets struck Ariha, and unidentified men abducted a doctor in Binnish",
     ["Jets struck Ariha", "unidentified men abducted a doctor in Binnish"]),
    ("A drone hit a car near Sarmada, and a roadside bomb exploded in Atmeh",
     ["A drone hit a car near Sarmada", "a roadside bomb exploded in Atmeh"]),
    ("Security forces carried out raids and arrests in Jarablus, and raids in Manbij",
     ["Security forces carried out raids and arrests in Jarablus, and raids in Manbij"]),
])
def test_clauses(sentence, expected):
    assert [c.text for c in split_clauses(Span(100, 100 + len(sentence), sentence))] == expected


def test_repeated_article_is_split_once():
    # Speed is measured in benchmarks/bench_scaling.py, not asserted in tests.
    text = (SEEDS / "004_831b2c7d2466eedb.txt").read_text(encoding="utf-8")
    big = (text + "\n\n") * (1_000_000 // len(text))
    c = clean(big)
    sents = split_sentences(big, c.blocks)
    assert len(sents) == 9  # repeated paragraphs are dropped as duplicates


def test_lines_without_full_stops_are_not_one_sentence():
    # Lower-case lines join as one hard-wrapped block; read as one sentence, a long feed of them
    # would be held (fields, places, clauses) all at once.
    text = "\n".join(f"update {i} shelling reported near ariha area {i * 7}" for i in range(3000))
    sents = split_sentences(text)
    assert len(sents) > 30
    assert all(len(s.text) <= MAX_SENTENCE_CHARS and text[s.start:s.end] == s.text for s in sents)
    assert all(text[s.end] == "\n" and not s.text[0].isspace() for s in sents[:-1])  # cut at line ends
    assert all(text[a.end:b.start] == "\n" for a, b in zip(sents, sents[1:]))  # nothing lost between pieces


def test_a_list_sentence_is_cut_after_commas():
    text = ", ".join(f"the village of Xa{i}" for i in range(2000)) + "."
    sents = split_sentences(text)
    assert len(sents) > 10 and all(s.text.endswith(",") for s in sents[:-1])
    assert sents[-1].text.endswith("Xa1999.")


def test_ordinary_sentences_are_not_cut():
    sentence = "Shelling killed " + ", ".join(f"{i} people in Ariha" for i in range(60)) + "."
    assert len(sentence) < MAX_SENTENCE_CHARS
    assert [s.text for s in split_sentences(sentence + " Two died.")] == [sentence, "Two died."]
