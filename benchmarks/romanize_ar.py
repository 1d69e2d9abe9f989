"""Arabic place names romanised the ways news copy writes them, for ``bench_spellings.py``.

Hand-written on purpose: no maintained library produces *journalistic* romanisations (the
transliteration packages give one academic scheme, or strip Arabic to nothing), and this
benchmark must not reuse geoincidents' own normalisation, or it would only measure itself.

Arabic writes no short vowels, so they are guessed as a journalist would: ``a`` after the first
consonant of a word and between consonant pairs (Kafr, Sarmada, Taftanaz), ``i`` in the final
syllable after a long ``a`` (Saraqib, Harim, Atarib), ``ay`` for a ``ي`` after a word's first
consonant (Shaykh, Dayr, ʿAyn).  Each scheme then spells letters, long vowels, endings, the
article and the generic words (Kafr, Tal, Dayr ...) its own way; choices inside a scheme are
drawn from a seeded ``random.Random``.
"""
from __future__ import annotations

import random
import re
import unicodedata

SCHEMES = ("english", "french", "alalc", "sloppy")

_HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")
_SUN = set("تثدذرزسشصضطظلن")

# Consonants: one Latin spelling per scheme or a list to draw from.
_CONS = {
    "english": {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
                "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
                "ف": "f", "ق": ["q", "q", "k"], "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "",
                "و": "w", "ي": "y"},
    "french": {"ب": "b", "ت": "t", "ث": "th", "ج": "dj", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
               "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
               "ف": "f", "ق": ["q", "k"], "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "",
               "و": "ou", "ي": "y"},
    "alalc": {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "ḥ", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
              "ز": "z", "س": "s", "ش": "sh", "ص": "ṣ", "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "ع": "ʿ", "غ": "gh",
              "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "ʾ", "و": "w",
              "ي": "y"},
}
_CONS["sloppy"] = dict(_CONS["english"], **{"ق": ["q", "k"], "ج": ["j", "j", "g"], "ذ": ["dh", "z", "th"],
                                            "ث": ["th", "s"], "ظ": ["z", "dh"]})

# Long vowels, the diphthong ay/aw, the feminine ending alone / in a construct, the nisba ending.
_VOWELS = {
    "english": {"A": ["a", "a", "aa"], "U": ["ou", "u", "oo"], "I": ["i", "ee", "i"], "AY": ["ay", "ei", "ai"],
                "AW": ["aw", "ou"], "T": ["a", "ah", "eh"], "TC": ["at", "et"], "IYA": ["iya", "iyah", "iyeh", "ieh"],
                "short": ["a"], "final": ["i"]},
    "french": {"A": ["a"], "U": ["ou"], "I": ["i", "i", "ie"], "AY": ["ei", "aï", "ey"], "AW": ["aou", "ou"],
               "T": ["é", "eh", "e", "a"], "TC": ["et", "at"], "IYA": ["iyé", "ié", "iyeh", "ieh"],
               "short": ["a", "a", "e"], "final": ["e", "i"]},
    "alalc": {"A": ["ā"], "U": ["ū"], "I": ["ī"], "AY": ["ay"], "AW": ["aw"], "T": ["ah", "a"], "TC": ["at"],
              "IYA": ["īyah", "iyah"], "short": ["a"], "final": ["i"]},
    "sloppy": {"A": ["a", "a", "aa"], "U": ["u", "ou", "o", "oo"], "I": ["i", "ee", "e", "i"],
               "AY": ["ei", "ai", "ay", "e"], "AW": ["aw", "o", "ou"], "T": ["a", "ah", "eh", "e"],
               "TC": ["at", "et", "it"], "IYA": ["iya", "iyeh", "ieh", "ia", "iyya"], "short": ["a", "a", "e", "o"],
               "final": ["i", "e"]},
}

# Generic words of place names, spelled by each scheme's habit.
_GENERIC = {
    "كفر": {"english": ["Kafr", "Kafr", "Kfar"], "french": ["Kfar", "Kafr"], "alalc": ["Kafr"],
            "sloppy": ["Kfar", "Kafr", "Kefr", "Kafar"]},
    "تل": {"english": ["Tal", "Tell"], "french": ["Tell"], "alalc": ["Tall"], "sloppy": ["Tal", "Tell", "Tel"]},
    "دير": {"english": ["Deir"], "french": ["Deir"], "alalc": ["Dayr"], "sloppy": ["Deir", "Dayr", "Dair"]},
    "عين": {"english": ["Ain", "Ein"], "french": ["Aïn", "Ain"], "alalc": ["ʿAyn"], "sloppy": ["Ain", "Ein", "Ayn"]},
    "شيخ": {"english": ["Sheikh"], "french": ["Cheikh"], "alalc": ["Shaykh"], "sloppy": ["Sheikh", "Shaykh", "Shaikh", "Sheik"]},
    "خربة": {"english": ["Khirbet", "Khirbat"], "french": ["Kherbet"], "alalc": ["Khirbat"], "sloppy": ["Khirbet", "Kherbet", "Khirbeh"]},
    "جبل": {"english": ["Jabal", "Jebel"], "french": ["Djebel"], "alalc": ["Jabal"], "sloppy": ["Jabal", "Jebel", "Jabel"]},
    "بيت": {"english": ["Beit"], "french": ["Beit"], "alalc": ["Bayt"], "sloppy": ["Beit", "Bait", "Bayt"]},
    "ام": {"english": ["Umm"], "french": ["Oum"], "alalc": ["Umm"], "sloppy": ["Um", "Umm", "Om"]},
    "ابو": {"english": ["Abu"], "french": ["Abou"], "alalc": ["Abū"], "sloppy": ["Abu", "Abo", "Abou"]},
    "بني": {"english": ["Bani", "Beni"], "french": ["Beni"], "alalc": ["Banī"], "sloppy": ["Bani", "Beni", "Bane"]},
    "راس": {"english": ["Ras"], "french": ["Ras"], "alalc": ["Raʾs"], "sloppy": ["Ras", "Raas"]},
    "وادي": {"english": ["Wadi"], "french": ["Ouadi"], "alalc": ["Wādī"], "sloppy": ["Wadi", "Wady"]},
    "قلعة": {"english": ["Qalaat", "Qalat"], "french": ["Qalaat", "Kalaat"], "alalc": ["Qalʿat"], "sloppy": ["Qalaat", "Kalat", "Qalat"]},
    "عبد": {"english": ["Abd"], "french": ["Abd"], "alalc": ["ʿAbd"], "sloppy": ["Abd", "Abed"]},
    "مزرعة": {"english": ["Mazraat"], "french": ["Mazraat"], "alalc": ["Mazraʿat"], "sloppy": ["Mazraat", "Mazraa"]},
}

# Arabic letter forms folded before romanising (alef and hamza seats, alef maqsura at the end).
_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "ء", "ئ": "ء"})


def _pick(choice, rng: random.Random) -> str:
    return rng.choice(choice) if isinstance(choice, list) else choice


def _units(word: str) -> list[str]:
    """Letters as units: consonant letters, 'A' (long a), 'U'/'I' (long vowels), 'AY'/'AW'
    (diphthongs), 'T' (taa marbuta), 'IYA' (nisba ending), 'A0' (a word-initial alef)."""
    letters = list(word)
    out: list[str] = []
    n = len(letters)
    i = 0
    while i < n:
        c = letters[i]
        nxt = letters[i + 1] if i + 1 < n else ""
        if c == "ي" and nxt == "ة" and i + 2 == n and out:
            out.append("IYA")
            i += 2
            continue
        if c == "ة" or (c == "ه" and i == n - 1 and out and out[-1] not in ("A",)):
            out.append("T")
        elif c == "ى":
            out.append("A")
        elif c == "ا":
            out.append("A0" if i == 0 else "A")
        elif c in "وي":
            prev_vowel = bool(out) and out[-1] in ("A", "A0", "U", "I")
            if i == 0 or nxt == "ا" or prev_vowel or nxt == c:
                out.append(c)  # a consonant: word-initial, before or after a long vowel, doubled
            elif len(out) == 1 and nxt and nxt not in "اوي" and i + 1 < n:
                out.append("AY" if c == "ي" else "U")  # after the first consonant: Shaykh, Dayr; Suq, Nur
            else:
                out.append("I" if c == "ي" else "U")
        else:
            out.append(c)
        i += 1
    return out


_VOWEL_UNITS = {"A", "A0", "U", "I", "AY", "AW", "T", "IYA"}


def _word(word: str, scheme: str, rng: random.Random, construct: bool) -> str:
    cons, vow = _CONS[scheme], _VOWELS[scheme]
    units = _units(word)
    # Short vowels: runs of consonants get 'a' after their first letter and then after every
    # second one (CaC, CaCC, CaCCaC), never at the end of a run that a vowel follows.
    out: list[str] = []
    i = 0
    while i < len(units):
        if units[i] in _VOWEL_UNITS:
            u = units[i]
            if u == "A0":
                # A word-initial alef: a, or i before a cluster (the af'al/if'il patterns: Atmeh, Idlib).
                cluster = i + 2 < len(units) and not {units[i + 1], units[i + 2]} & _VOWEL_UNITS
                out.append("i" if cluster else _pick(vow["short"], rng))
            elif u == "T":
                out.append(_pick(vow["TC"] if construct else vow["T"], rng))
            else:
                out.append(_pick(vow[u], rng))
            i += 1
            continue
        j = i
        while j < len(units) and units[j] not in _VOWEL_UNITS:
            j += 1
        run = units[i:j]
        at_start, at_end = i == 0, j == len(units)
        after_long_a = i > 0 and units[i - 1] == "A"
        for k, c in enumerate(run):
            if c in ("ء", "ع") and scheme != "alalc":
                # ʿayn and hamza inside a word: an apostrophe, the vowel written twice ("Maarat"), or nothing.
                out.append(rng.choice(["", "'", "a"]) if out and out[-1][-1:] in "aeiou" else "")
            else:
                out.append(_pick(cons.get(c, ""), rng))
            last = k == len(run) - 1
            if at_start and not last and k % 2 == 0:
                out.append(_pick(vow["short"], rng))
            elif not at_start and at_end and len(run) >= 2 and k == len(run) - 2:
                out.append(_pick(vow["final"], rng) if after_long_a else _pick(vow["short"], rng))
        if at_end and run and run[-1] == "ي" and len(run) > 1:
            out[-1] = _pick(vow["I"], rng)  # a final ya after a consonant is a long i (Burj Sabi)
        i = j
    return "".join(out)


def _article(word: str, scheme: str, rng: random.Random) -> str:
    """The article before ``word`` (its first Arabic letter), per the scheme."""
    sun = word[:1] in _SUN
    if scheme == "english":
        return rng.choice(["al-", "al-", "al-", "Al "]) if not sun else rng.choice(["al-", "a{c}-"])
    if scheme == "french":
        return rng.choice(["el-", "al-"]) if not sun else rng.choice(["el-", "e{c}-"])
    if scheme == "alalc":
        return "al-" if not sun else rng.choice(["al-", "a{c}-"])  # ALA-LC keeps al-; UN assimilates
    return rng.choice(["", "", "al ", "el ", "Al-"])  # sloppy: the article dropped half the time


def strip_marks(text: str) -> str:
    """ALA-LC with diacritics stripped: macrons and dots gone, ʿayn/hamza as ' and `."""
    text = text.replace("ʿ", "'").replace("ʾ", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def romanize(arabic: str, scheme: str, rng: random.Random) -> str:
    """``arabic`` spelled in ``scheme`` (one of :data:`SCHEMES`), choices drawn from ``rng``."""
    words = _HARAKAT.sub("", arabic.replace("\u0651", "")).translate(_FORMS).split()
    out = []
    for n, w in enumerate(words):
        article = ""
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
            article = _article(w, scheme, rng)
        construct = n + 1 < len(words)
        generic = _GENERIC.get(w) or (_GENERIC.get(w[:-1] + "ة") if w.endswith("ه") else None)
        if generic:
            spelled = _pick(generic[scheme], rng)
        else:
            spelled = _word(w, scheme, rng, construct)
            lead = len(spelled) - len(spelled.lstrip("ʿʾ'"))  # capitalise the letter after an ʿayn mark
            spelled = spelled[:lead] + spelled[lead:lead + 1].upper() + spelled[lead + 1:]
        if "{c}" in article:
            first = _pick(_CONS[scheme].get(w[0], "l"), rng).lower().replace("ṣ", "s").replace("ḍ", "d")
            first = first.replace("ṭ", "t").replace("ẓ", "z")
            article = article.replace("{c}", first)
        if scheme == "sloppy" and len(spelled) > 4 and rng.random() < 0.3:
            k = rng.randrange(2, len(spelled) - 1)  # a consonant doubled (or a double written once)
            if spelled[k] not in "aeiou" and spelled[k - 1] in "aeiou":
                spelled = spelled[:k] + spelled[k] + spelled[k:]
        out.append(article + spelled)
    text = " ".join(out)
    if scheme == "alalc":
        text = strip_marks(text)
    return text
