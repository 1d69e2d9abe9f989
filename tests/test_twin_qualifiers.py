"""Twin villages' qualifiers ("Saghir", "al-Gharbiya", "Sharqi") belong to the name before them."""
from __future__ import annotations

import pytest

import geoincidents
from geoincidents import extract


@pytest.mark.parametrize("text", [
    "Shelling hit Kafr Nouran Sharqi, killing two.",
    "Shelling hit Jab al-Kalb Saghir, killing two.",
])
def test_a_qualifier_is_never_a_village_of_its_own(text):
    # "Sharqi" and "Saghir" alone are villages elsewhere (Ash Sharqi in Rural Damascus, Sagher in Aleppo).
    gdf = extract(text)
    assert set(gdf["admin1"]) <= {"Aleppo", "Idleb"}
    assert not any(m in ("Sharqi", "Saghir") for m in geoincidents.mentions(text)["mention"])


@pytest.mark.parametrize("text, base", [
    ("Shelling hit Tal Sultan al-Kabir, killing two.", "Tal Sultan"),
    ("Shelling hit al-Tamanah al-Gharbiya, killing two.", "Tamanaah"),
])
def test_a_twin_the_gazetteer_lacks_is_at_its_sibling(text, base):
    gdf = extract(text)
    assert list(gdf["location"]) == [base] and gdf.iloc[0].fatalities == 2
