"""Compare geoincidents' actors with ACLED's: both are mapped to one of a few sides.

ACLED names actors at a finer grain than the text usually allows ("Military Forces of Syria
(2000-) Air Force Intelligence Directorate", "Operation Peace Spring" with its associated
factions), and our actors follow the text ("Syrian government", "Turkey-backed rebels").  What a
user relies on is the side: who acted on whom.  An actor neither side table knows maps to None and
the row is left out of the measure rather than counted wrong.
"""
from __future__ import annotations

# ACLED actor name (its first words) -> side.  Order matters: the first prefix that matches wins.
_ACLED = (
    ("Military Forces of Syria", "Syria"), ("Police Forces of Syria", "Syria"),
    ("Militia (Pro-Government)", "Syria"), ("QDW: National Defense Forces", "Syria"),
    ("Military Forces of Russia", "Russia"), ("Military Forces of Iran", "Iran"), ("Militia (Pro-Iran)", "Iran"),
    ("Hezbollah", "Iran"), ("LaQ: Quds Brigade", "Syria"),
    ("Operation Peace Spring", "Turkey"), ("Military Forces of Turkey", "Turkey"), ("JWS: Syrian National Army", "Turkey"),
    ("Ahrar al Sharqiyah", "Turkey"), ("Sultan Murad Division", "Turkey"),
    ("Opposition Rebels (Syria); Military Forces of Turkey", "Turkey"), ("Opposition Rebels (Syria)", "Opposition"),
    ("Al Sham Corps", "Opposition"), ("Former Opposition Rebels", "Opposition"), ("Former Al Rahman Corps", "Opposition"),
    ("Global Coalition Against Daesh", "Coalition"), ("Military Forces of the United States", "Coalition"),
    ("QSD: Syrian Democratic Forces", "SDF"), ("YPG:", "SDF"),
    ("Islamic State", "IS"), ("Military Forces of Israel", "Israel"),
    ("Unidentified Armed Group", "Unidentified"), ("Unidentified Military Forces", "Unidentified"),
    ("Civilians", "Civilians"), ("Refugees/IDPs", "Civilians"), ("Farmers", "Civilians"),
    ("Protesters", "Protesters"), ("Rioters", "Rioters"),
)

# geoincidents actor -> side (the same sides as above).
_OURS = {
    "Syrian government": "Syria", "Pro-government militias": "Syria", "Russia": "Russia", "Iran": "Iran",
    "Hezbollah": "Iran", "Turkey": "Turkey", "Turkey-backed rebels": "Turkey", "Ahrar al-Sharqiyah": "Turkey",
    "Sultan Murad Division": "Turkey", "Hamza Division": "Turkey", "International coalition": "Coalition",
    "United States": "Coalition", "SDF": "SDF", "YPG": "SDF", "Asayish": "SDF", "PKK": "SDF", "Islamic State": "IS",
    "Israel": "Israel", "Unidentified Armed Group (Syria)": "Unidentified", "Unidentified Military Forces": "Unidentified",
    "Civilians": "Civilians", "Opposition rebels": "Opposition", "Hay'at Tahrir al-Sham": "Opposition",
    "Sham Legion": "Opposition", "Ahrar al-Sham": "Opposition", "Jaysh al-Islam": "Opposition",
    "Faylaq al-Rahman": "Opposition", "Protesters (Syria)": "Protesters", "Rioters (Syria)": "Rioters",
    "Jaysh al-Fatah": "Opposition", "Jund al-Aqsa": "Opposition", "Hurras al-Din": "Opposition",
    "Turkistan Islamic Party": "Opposition", "Jaysh al-Izza": "Opposition", "Nour al-Din al-Zenki": "Opposition",
    "Ansar al-Tawhid": "Opposition", "Jaysh al-Nasr": "Opposition",
}


def acled_side(name: str | None) -> str | None:
    """The side of an ACLED actor string, or None when the table does not know it."""
    if not name:
        return None
    for prefix, side in _ACLED:
        if name.startswith(prefix):
            return side
    return None


def our_side(name: str | None) -> str | None:
    """The side of a geoincidents actor (None for no actor or one the table does not know)."""
    return _OURS.get(name) if name else None
