"""Match keys for Syrian place names as they are actually written.

Arabic place names reach English text through many romanisation habits
(English, French, academic, journalistic), so "Khan Shaykhoun", "Khan
Sheikhoun", "Khan Shaykhun" and "خان شيخون" must meet on one key. No
maintained library does Arabic-romanisation folding (``unidecode`` only strips
accents), so the rules are written here, as tables where they can be.

Three keys are derived from a name:

``fold(name)``
    Lower-case ASCII words with diacritics, ʿayn/hamza marks and
    punctuation removed, and the Arabic article dropped: a display-neutral
    form used for exact comparison and for fuzzy scoring.
``loose_key(name)``
    ``fold`` plus digraph folding (sh/ch, kh, gh, dh/th, dj), vowel classes
    (a/e/i and ay/ei/ai, o/u and ou/oo/aw), doubled letters and final taa
    marbuta, with spaces removed.  Most spelling variants become identical.
``ortho_key(name)``
    ``fold`` with only the *orthographic* alternations of romanisation folded:
    French and English spellings of one Arabic letter (ou/oo/u, ee/i, ch/sh, dj/j),
    the diphthong ay (ei/ey/ai), the final taa marbuta (-a/-ah/-eh/-e), the nisba
    ending (-iya/-iyah/-iyeh/-ieh) and doubled letters (shadda).  Two names with one
    ortho key are one Arabic spelling written two ways ("Mayadeen", "Al-Mayadine");
    names that differ in it differ in sound ("Daraa" and "Darayya").
``skeleton_key(name)``
    The consonants of ``loose_key`` only: a blocking key that also unites
    vowel-shifted spellings such as "Kafranbel", "Kafr Nabl" and "Kafr Nobol".
    Collisions are expected; candidates are re-ranked by fuzzy similarity.

Arabic script is folded separately by :func:`arabic_key`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["QUALIFIER_TAGS", "is_qualifier", "fold", "written_form", "loose_key", "ortho_key", "skeleton_key",
           "arabic_key", "name_keys", "is_arabic", "visible_nfc"]

_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")

#: Entries kept by each key function's memo.  The dev corpora (1,355 documents) ask ~9,300
#: distinct words of the busiest one; a long run of distinct unknown names fills them all, and at
#: ~200 bytes an entry six memos of 65,536 entries held ~80 MB per worker process (16,384: ~20 MB).
KEY_CACHE = 16384

# Characters that NFKD does not decompose to ASCII.
_CHAR_MAP = str.maketrans(
    {
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
        # ʿayn, hamza and their stand-ins carry no letter in English spelling.
        "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "'": "", "´": "", "ʼ": "", "ʻ": "",
        "-": " ", "_": " ", ".": " ", ",": " ", "/": " ", "(": " ", ")": " ", "\u2010": " ",
        "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ", "\u00a0": " ",
    }
)

# The Arabic article in its romanised forms, including sun-letter assimilation
# (ash-Sham, ad-Dana, ar-Raqqa, az-Zabadani, as-Sukhnah, an-Nabk, at-Tall ...).
ARTICLES = frozenset(
    "al el il ul l ad ed an en ar er as es ash esh ath eth at et az ez adh edh ats".split()
)

# Generic words of place names that are spelled many ways; folded to one form.
_WORD_MAP = {
    "tell": "tal", "tall": "tal", "tel": "tal", "tl": "tal",
    "kfar": "kafr", "kafar": "kafr", "kafer": "kafr", "kfr": "kafr", "kefr": "kafr",
    "kufr": "kafr", "kfer": "kafr", "kefer": "kafr", "kufer": "kafr",
    "dayr": "deir", "dair": "deir", "der": "deir", "dier": "deir", "deyr": "deir",
    "jabal": "jabal", "jebel": "jabal", "jabel": "jabal", "jbel": "jabal", "djebel": "jabal",
    "ain": "ain", "ein": "ain", "ayn": "ain", "aein": "ain", "ayin": "ain",
    "sheikh": "shaykh", "shaikh": "shaykh", "sheik": "shaykh", "cheikh": "shaykh",
    "sheykh": "shaykh", "shekh": "shaykh", "shaykh": "shaykh", "shiekh": "shaykh",
    "khirbet": "khirbat", "khirbeh": "khirbat", "khirba": "khirbat", "kherbet": "khirbat",
    "khirbit": "khirbat",
    "qasr": "qasr", "kasr": "qasr",
    "abou": "abu", "abo": "abu",
    # "Abul Thohur", "Aboul Fadl": Abu al-, the article run into the word (as "Abu al-" it is dropped).
    "abul": "abu", "aboul": "abu", "abol": "abu",
    "um": "umm", "om": "umm", "oum": "umm", "omm": "umm",
    "beit": "bayt", "bait": "bayt", "bet": "bayt",
    "hay": "hayy", "hai": "hayy",
    "wadi": "wadi", "wady": "wadi", "ouadi": "wadi",
    "ras": "ras", "raas": "ras",
    "saint": "st",
    # Al Bu ("the family of"), the tribal prefix of Euphrates villages, written glued or apart
    # (Albu Kamal, Al Bou Mu'ayt); "Al" alone is dropped as an article, so the glued forms meet "bu".
    "albu": "bu", "albou": "bu", "elbu": "bu", "elbou": "bu", "bou": "bu",
    # Tulul, plural of tall (mounds), with its vowel dropped as spoken: Tlul, Tloul.
    "tlul": "tulul", "tloul": "tulul", "toloul": "tulul",
}

# Qualifiers of twin villages, translated by some sources ("Big Bweideh", "Western Kweires") and
# transliterated, after the name, by others ("Bweideh al-Kabira", "Kweires Gharbi"), in either gender:
# folded to one word placed last.  Both orders and genders are one name.
_QUALIFIERS = {
    "kabir": "big great kabir kabira kabirah kabireh kbir kbira kbireh kebir kebira kebireh",
    "saghir": ("little small saghir saghira saghirah saghireh sghir sghira sghireh seghir seghira zghir "
               "zghira sagheer sagheera sagheerah"),
    "tahtani": "lower tahtani tahtaniya tahtaniyah tahtaniyeh tahtanie",
    "fawqani": "upper fawqani fawqaniya fawqaniyah fawqaniyeh foqani fouqani fouqaniyeh",
    "sharqi": "east eastern sharqi sharqiya sharqiyah sharqiyeh sharqieh charqi charqiye",
    "gharbi": "west western gharbi gharbiya gharbiyah gharbiyeh gharbieh",
    "shamali": "north northern shamali shamaliya shamaliyah shamaliyeh",
    "janubi": "south southern janubi janubiya janubiyah janubiyeh janoubi",
}
_QUALIFIER = {w: tag for tag, words in _QUALIFIERS.items() for w in words.split()}
#: The qualifier words as :func:`fold` writes them.
QUALIFIER_TAGS = frozenset(_QUALIFIERS)


def is_qualifier(word: str) -> bool:
    """Is ``word`` a twin village's qualifier ("Saghir", "al-Gharbiya", "Lower"), in any spelling?

    >>> is_qualifier("al-Sharqiyah"), is_qualifier("Lower"), is_qualifier("Saraqeb")
    (True, True, False)
    """
    w = word.lower()
    if w[:3] in ("al-", "el-"):
        w = w[3:]
    return w in _QUALIFIER

# Latin digraphs first (longest first), then vowel classes.  Upper-case
# letters are internal placeholders for single sounds.
_DIGRAPHS = [
    ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "X"), ("gh", "G"),
    ("dh", "d"), ("th", "t"), ("dj", "j"), ("dz", "z"), ("ph", "f"), ("ck", "k"),
    ("q", "k"), ("c", "k"), ("x", "ks"),
    # Nun before ba is spoken m (iqlab): Turunbah is written Tromba as often as Tronba; mb is
    # folded to nb (not nb to mb: "Kafranbel" is Kafr Nabl, whose n starts a word of its own).
    ("mb", "nb"),
    # A lone g is ghayn as often as "gh" (Shugour/Shughur); Egyptian-style jim (Golan/Jolan)
    # meets j in the skeleton key only.
    ("g", "G"),
]
_VOWEL_RUNS = re.compile(r"[aeiouyw]+")
_DOUBLE = re.compile(r"(.)\1+")


def visible_nfc(text: str) -> str:
    """``text`` in NFC with invisible format characters (category Cf: soft hyphen, ZWSP,
    ZWJ, RLM, bidi overrides, BOM ...) removed; :mod:`geoincidents.text.normal` does the
    same to whole articles, keeping offsets.

    A decomposed "ū" (u + combining macron, as macOS and some CMSs write it) and a
    soft hyphen or zero-width space inside a word would otherwise split the word.

    Examples
    --------
    >>> visible_nfc("Sara\u00adqeb") == "Saraqeb"
    True
    >>> visible_nfc(unicodedata.normalize("NFD", "Shughūr")) == "Shughūr"
    True
    """
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to do
    return unicodedata.normalize("NFC", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


def is_arabic(text: str) -> bool:
    """True if ``text`` contains Arabic-script letters."""
    return bool(_ARABIC_RE.search(text))


@lru_cache(maxsize=KEY_CACHE)
def fold(name: str) -> str:
    """Lower-case ASCII words, marks and the Arabic article removed.

    Examples
    --------
    >>> fold("Ma'arrat an-Nu'man")
    'maarrat numan'
    >>> fold("Jisr ash-Shughūr")
    'jisr shughur'
    >>> fold("Big Bweideh") == fold("Bweideh al-Kabira")
    True
    """
    text = unicodedata.normalize("NFKD", name.translate(_CHAR_MAP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = text.split()
    # Keep an article only when it is the whole name ("Al" alone is not a place).
    kept = [w for w in words if w not in ARTICLES] or words
    if len(kept) > 1 and kept[0] in _QUALIFIER:
        kept = kept[1:] + kept[:1]  # "Big Bweideh": the qualifier goes after the name, as in Arabic
    # Glued articles: "Al-Bab" is handled above; "Albab" is too ambiguous to split.
    return " ".join(_WORD_MAP.get(w) or _QUALIFIER.get(w, w) if i else _WORD_MAP.get(w, w)
                    for i, w in enumerate(kept))


# ʿayn and hamza stand-ins, hyphens and the article's assimilated forms, for written_form.
_MARKS = str.maketrans({c: "'" for c in "ʿʾ‘’`´ʼʻ"} | {"-": " ", "_": " ", ".": " ", ",": " "})


@lru_cache(maxsize=KEY_CACHE)
def written_form(name: str) -> str:
    """A name as written, only case, accents and punctuation normalised: the article (in one
    form, "al"), ʿayn marks and doubled letters are kept, to tell the closest of equal spellings.

    >>> written_form("Az-Zara"), written_form("Za‘ra")
    ('al zara', "za'ra")
    """
    text = unicodedata.normalize("NFKD", name.translate(_MARKS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join("al" if w in ARTICLES else w for w in re.sub(r"[^a-z0-9' ]+", " ", text).split())


def _vowel_class(run: str, at_start: bool, at_end: bool) -> str:
    # w/y inside a vowel run are diphthong glides (Shaykh, Douma/Dwma, Hawija).
    if at_start and run[0] in "wy" and len(run) > 1:
        return run[0] + _vowel_class(run[1:], False, at_end)
    if at_start and run in ("w", "y"):
        return run
    if any(c in run for c in "ou") or (run in ("w", "aw", "ow")):
        return "u"
    if run in ("a", "e") and at_end:
        return ""  # taa marbuta and final alef: Raqqa / Raqqah / Raqqeh, Tishrin / Tishrine
    return "a"


# Taa marbuta written with an h: Raqqah, Hasakeh, Mayadeh.
_FINAL_H = re.compile(r"([aeiy])h$")


def _loose_word(word: str) -> str:
    for src, dst in _DIGRAPHS:
        word = word.replace(src, dst)
    # Final -ah/-eh/-a/-e (taa marbuta) is written every way; drop it.
    word = _FINAL_H.sub(r"\1", word)
    out: list[str] = []
    pos = 0
    for m in _VOWEL_RUNS.finditer(word):
        out.append(word[pos : m.start()])
        out.append(_vowel_class(m.group(), m.start() == 0, m.end() == len(word)))
        pos = m.end()
    out.append(word[pos:])
    return _DOUBLE.sub(r"\1", "".join(out)).lower()


# The taa marbuta of a word that another word follows is written -at ("Maarat al-Numan", "Qaryat
# Binyamin", French "Maaret", Levantine "Qarrit"), the same letter as -a/-ah/-eh/-iyeh at the end of
# a name ("Khafsah Saghirah" and "Khafsat Saghira", "Qariyeh Binyamin" are one name): folded to the
# final form.
# Only after a consonant, its y (-iyat) or an ʿayn's a (Mazraat): "Bayt" and a last "Tleilat" keep their t.
_CONSTRUCT_T = re.compile(r"(?:(?<=[^aeiouyw])|(?<=[^aeouw]y)|(?<=[^aeiouyw]a))[aei]t$")


def _construct_free(words: list[str]) -> list[str]:
    """``words`` with the construct -at of every word but the last written as -a."""
    return [_CONSTRUCT_T.sub("a", w) for w in words[:-1]] + words[-1:]


@lru_cache(maxsize=KEY_CACHE)
def loose_key(name: str) -> str:
    """Spelling-insensitive key: digraphs, vowel classes and doubles folded.

    Examples
    --------
    >>> loose_key("Khan Sheikhoun") == loose_key("Khan Shaykhun") == loose_key("Khan-Shaykhoun")
    True
    >>> loose_key("Deir-ez-Zor") == loose_key("Dayr az Zawr")
    True
    >>> loose_key("Qaryat Binyamin") == loose_key("Qariyeh Binyamin")
    True
    """
    return "".join(_loose_word(w) for w in _construct_free(fold(name).split()))


# Orthographic alternations only (one Arabic letter or vowel, several Latin spellings), in order.
_ORTHO_RULES = [
    (re.compile(r"ou(?=[aeiy])"), "w"),   # French ou before a vowel is the consonant waw: Ouadi, Jaouad
    (re.compile(r"ou|oo|uu"), "u"),       # French ou, English oo: long u (Douma, Halfaoui, Sooran)
    (re.compile(r"o"), "u"),              # Arabic has no o: a Latin o is damma (Tadmor/Tadmur, Sowayda)
    (re.compile(r"ee|ii"), "i"),          # English ee: long i (Mayadeen, Sheeran)
    (re.compile(r"dj"), "j"),             # French dj: jim (Djebel)
    (re.compile(r"ch"), "sh"),            # French ch: shin (Cheikh, Charqi); Arabic has no English ch
    (re.compile(r"e[iy]|ai(?![aeiou])"), "ay"),  # the diphthong ay: Sheikh/Shaykh, Deir/Dayr, Hai/Hay
    (re.compile(r"([^aeiou])\1+"), r"\1"),  # doubled consonants: shadda is written or not (Darayya/Daraya)
    (re.compile(r"(?<=i)y?[ae]h?$"), "ya"),  # nisba -iya/-iyah/-iyeh/-ieh/-iye (Salhiyeh, Salhieh)
    (re.compile(r"(?<=[^aeiouy])(?:ah|eh|a)$"), "a"),  # taa marbuta: Raqqa/Raqqah/Raqqeh
    # A final e after a consonant is French mute e (Mayadine) or taa marbuta
    # (Raqqe): both are written without it too.
    (re.compile(r"(?<=[^aeiouy])e$"), ""),
]


@lru_cache(maxsize=KEY_CACHE)
def ortho_key(name: str) -> str:
    """``fold`` with orthographic alternations only folded (see the module docstring); words stay
    apart ("Bab Ellah" is not "Babella").

    Examples
    --------
    >>> ortho_key("Mayadeen") == ortho_key("Al-Mayadine") == ortho_key("Mayadin")
    True
    >>> ortho_key("Daraa") == ortho_key("Darayya")
    False
    """
    words = []
    for w in _construct_free(fold(name).split()):
        for pattern, repl in _ORTHO_RULES:
            w = pattern.sub(repl, w)
        words.append(w)
    return " ".join(words)


@lru_cache(maxsize=KEY_CACHE)
def skeleton_key(name: str) -> str:
    """Consonant skeleton of :func:`loose_key`, for blocking.

    Examples
    --------
    >>> skeleton_key("Kafranbel") == skeleton_key("Kafr Nabl") == skeleton_key("Kafr Nobol")
    True
    """
    key = loose_key(name)
    return _DOUBLE.sub(r"\1", re.sub(r"[aeiouyw]", "", key).replace("g", "j")) or key


# Arabic script: alef and hamza forms, taa marbuta, alef maqsura, tatweel, harakat.
_AR_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
        "ء": "", "ـ": "", "\u0670": "", "-": " ", "(": " ", ")": " ", "،": " ",
    }
)
_HARAKAT = re.compile(r"[\u064B-\u065F\u06D6-\u06ED]")


@lru_cache(maxsize=KEY_CACHE)
def arabic_key(name: str) -> str:
    """Key for Arabic-script names: letter forms folded, article and spaces removed.

    Examples
    --------
    >>> arabic_key("خان شيخون") == arabic_key("خانْ شَيخون")
    True
    >>> arabic_key("إدلب") == arabic_key("ادلب")
    True
    """
    # Invisible marks (RLM, LRM, ZWNJ) sit in some sources' Arabic names: never part of the key.
    text = _HARAKAT.sub("", visible_nfc(name)).translate(_AR_MAP)
    words = []
    for w in text.split():
        # The article ال (and و+ال "and the"); keep short words intact.
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        words.append(w)
    return "".join(words)


def name_keys(name: str) -> tuple[str, str, str]:
    """All keys of one name as ``(fold, loose, skeleton)``; Arabic gets its own key thrice.

    Examples
    --------
    >>> name_keys("Saraqeb")[2] == name_keys("Saraqib")[2]
    True
    """
    if is_arabic(name):
        key = arabic_key(name)
        return key, key, key
    return fold(name), loose_key(name), skeleton_key(name)
