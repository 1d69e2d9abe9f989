"""Resolution's distance shortcuts give Place.distance_km's answers."""
import math
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from geoincidents import Gazetteer
from geoincidents.places import anchors, resolve

_ARIHA = Gazetteer.default().lookup("Ariha", limit=1)[0]
_LAT = st.one_of(st.floats(-89.6, 89.6), st.just(math.nan))  # places lie within [-90, 90]
_LON = st.one_of(st.floats(-180, 180), st.just(math.nan))


@settings(max_examples=2000, deadline=None)
@given(_LAT, _LON, st.floats(-0.3, 0.3), st.floats(-0.3, 0.3), st.sampled_from([0.0, 10.0, 40.0, 100.0]))
def test_farther_is_distance_km_above(lat, lon, dlat, dlon, km):
    a = replace(_ARIHA, lat=lat, lon=lon)
    b = replace(_ARIHA, lat=lat + dlat, lon=lon + dlon)
    assert anchors.farther(a, b, km) == (a.distance_km(b) > km)


# Names with one place, a few, and many (more than the six candidates kept), and a feature word.
_NAMES = ["Saraqeb", "Ariha", "Hatla", "Rawda", "Tal Abyad", "Kafr Nubl", "Khirbet", "Idlib province", "Xyzzyqwerty"]
_GOVERNORATES = [f"SY{n:02d}" for n in range(1, 15)] + ["Idleb", "Aleppo"]


def _as_rows(places):
    return [(p.place_id, p.score, p.matched) for p in places]


def test_focused_candidates_reusing_the_unfocused_answer_are_the_focused_lookup():
    gaz = Gazetteer.default()
    for name in _NAMES:
        for kinds in (None, ("city", "town", "village")):
            for gov in _GOVERNORATES:
                gaz.clear_cache()
                want = gaz.lookup(name, admin1=gov, kinds=kinds, limit=resolve._LIMIT, focus_ties_only=True)
                gaz.clear_cache()
                resolve._candidates(gaz, name, kinds=kinds)  # the vote's unfocused question first
                got = resolve._candidates(gaz, name, admin1=gov, kinds=kinds)
                assert _as_rows(got) == _as_rows(want), (name, kinds, gov)
