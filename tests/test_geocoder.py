"""GazetteerGeocoder: a geopy geocoder over the bundled gazetteer, never on the network."""
from __future__ import annotations

import geopandas
import geopy.adapters
import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geoincidents import GazetteerGeocoder


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every geopy adapter (and raw sockets) raise if anything tries to go online."""

    def boom(*args, **kwargs):
        raise NetworkUsed("GazetteerGeocoder must never make a network request")

    for name in ("RequestsAdapter", "URLLibAdapter", "AioHTTPAdapter", "BaseAdapter",
                 "BaseSyncAdapter", "BaseAsyncAdapter"):
        cls = getattr(geopy.adapters, name, None)
        if cls is None:
            continue
        for meth in ("get_json", "get_text"):
            if meth in vars(cls):
                monkeypatch.setattr(cls, meth, boom)
    monkeypatch.setattr("socket.socket.connect", boom)
    monkeypatch.setattr("socket.create_connection", boom)


def test_is_a_geopy_geocoder():
    geo = GazetteerGeocoder()
    assert isinstance(geo, Geocoder)


def test_geocode_returns_location():
    loc = GazetteerGeocoder().geocode("Khan Sheikhoun")
    assert isinstance(loc, Location)
    assert loc.raw["pcode"] == "C3987"
    assert loc.raw["place_id"] == "ocha:C3987"
    assert abs(loc.latitude - 35.44373) < 0.01 and abs(loc.longitude - 36.65051) < 0.01
    assert "Idleb" in loc.address and loc.address.endswith("Syria")


def test_geocode_arabic():
    assert GazetteerGeocoder().geocode("خان شيخون").raw["pcode"] == "C3987"


def test_exactly_one_false_gives_list():
    locs = GazetteerGeocoder().geocode("Idlib", exactly_one=False)
    assert isinstance(locs, list) and len(locs) >= 2
    assert all(isinstance(x, Location) for x in locs)
    assert {"C3871", "SY07"} <= {x.raw["pcode"] for x in locs}
    assert len(GazetteerGeocoder().geocode("Jdideh", exactly_one=False, limit=3)) == 3


@pytest.mark.parametrize("query", ["Xyzzyqwerty", "Manchester", "", "   "])
def test_unknown_gives_none(query):
    geo = GazetteerGeocoder()
    assert geo.geocode(query) is None
    assert geo.geocode(query, exactly_one=False) == []


def test_none_query_gives_none():
    assert GazetteerGeocoder().geocode(None) is None


def test_admin1_and_kinds():
    assert GazetteerGeocoder(admin1="Idleb").geocode("Jdideh").raw["admin1_pcode"] == "SY07"
    assert GazetteerGeocoder().geocode("Jdideh", admin1="Lattakia").raw["admin1_pcode"] == "SY06"
    assert GazetteerGeocoder(kinds=["governorate"]).geocode("Idlib").raw["pcode"] == "SY07"


def test_structured_query():
    assert GazetteerGeocoder().geocode({"city": "Saraqeb", "country": "Syria"}).raw["pcode"] == "C3916"


def test_rate_limiter():
    geocode = RateLimiter(GazetteerGeocoder().geocode, min_delay_seconds=0)
    assert geocode("Saraqeb").raw["pcode"] == "C3916"
    assert geocode("Xyzzyqwerty") is None


MARDIKH = (36.79071, 35.81110)
IDLEB_CITY = "C3871"


def test_geopandas_geocode_with_class():
    df = geopandas.tools.geocode(["Mardikh", "Khan Sheikhoun", "Saraqeb"], provider=GazetteerGeocoder)
    assert isinstance(df, geopandas.GeoDataFrame)
    assert len(df) == 3
    assert df.crs.to_epsg() == 4326
    assert df.geometry.iloc[0].distance(geopandas.points_from_xy([MARDIKH[0]], [MARDIKH[1]])[0]) < 0.01
    assert abs(df.geometry.iloc[1].y - 35.44373) < 0.01 and abs(df.geometry.iloc[1].x - 36.65051) < 0.01
    assert abs(df.geometry.iloc[2].y - 35.86108) < 0.01
    assert "Saraqab" in df["address"].iloc[2]


def test_geopandas_geocode_with_instance():
    df = geopandas.tools.geocode(["Jdideh", "Mardikh", "Xyzzyqwerty"], provider=GazetteerGeocoder(admin1="Idleb"))
    assert isinstance(df, geopandas.GeoDataFrame)
    assert len(df) == 3
    # The instance's focus is kept: the Idleb Jdideh (Abul Thohur, C6626).
    assert "Abul Thohur" in df["address"].iloc[0]
    assert abs(df.geometry.iloc[0].y - 35.7327) < 0.01
    assert abs(df.geometry.iloc[1].y - MARDIKH[1]) < 0.01
    assert df.geometry.iloc[2] is None or df.geometry.iloc[2].is_empty


def test_instance_call_returns_configured_copy():
    geo = GazetteerGeocoder(admin1="Idleb", min_score=0.6)
    copy = geo(timeout=5)
    assert isinstance(copy, GazetteerGeocoder) and copy is not geo
    assert copy.admin1 == "Idleb" and copy.min_score == 0.6


@pytest.mark.parametrize("query", [(35.8111, 36.7907), "35.8111, 36.7907", Point(35.8111, 36.7907)])
def test_reverse(query):
    geo = GazetteerGeocoder()
    loc = geo.reverse(query)
    assert isinstance(loc, Location)
    assert loc.raw["pcode"] == "SY070003" and loc.raw["kind"] == "subdistrict"
    units = geo.reverse(query, exactly_one=False)
    assert [u.raw["pcode"] for u in units[:3]] == ["SY070003", "SY0700", "SY07"]


def test_reverse_outside_syria():
    assert GazetteerGeocoder().reverse((51.5, -0.12)) is None
    assert GazetteerGeocoder().reverse((51.5, -0.12), exactly_one=False) == []


def test_network_guard_is_effective():
    # The guard itself works: a real geopy adapter call raises.
    adapter = geopy.adapters.URLLibAdapter(proxies=None, ssl_context=None)
    with pytest.raises(NetworkUsed):
        adapter.get_json("https://nominatim.openstreetmap.org/search?q=Idlib", timeout=1, headers={})
