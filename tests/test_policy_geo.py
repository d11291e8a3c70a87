"""Geo lookups against a MaxMind database built here with mmdb-writer, the bundled geoip2fast
data, and X-Forwarded-For trust rules."""

from __future__ import annotations

import pytest
from mmdb_writer import MMDBWriter
from netaddr import IPSet

from distillguard.errors import DistillguardError
from distillguard.policy.geo import GeoInfo, GeoResolver, client_ip


@pytest.fixture(scope="module")
def mmdbs(tmp_path_factory):
    root = tmp_path_factory.mktemp("mmdb")
    country = MMDBWriter(ip_version=6, database_type="GeoLite2-Country", ipv4_compatible=True)
    country.insert_network(IPSet(["45.10.0.0/25"]), {"country": {"iso_code": "CN"}})
    country.insert_network(IPSet(["45.10.0.128/25"]), {"registered_country": {"iso_code": "DE"}})
    country.insert_network(IPSet(["2a02:6b8::/32"]), {"country": {"iso_code": "RU"}})
    country.to_db_file(str(root / "country.mmdb"))
    asn = MMDBWriter(ip_version=6, database_type="GeoLite2-ASN", ipv4_compatible=True)
    asn.insert_network(
        IPSet(["45.10.0.0/24"]),
        {"autonomous_system_number": 64500, "autonomous_system_organization": "Example Hosting"},
    )
    asn.to_db_file(str(root / "asn.mmdb"))
    return str(root / "country.mmdb"), str(root / "asn.mmdb")


def test_mmdb_country_and_asn(mmdbs):
    resolver = GeoResolver(*mmdbs)
    assert resolver.lookup("45.10.0.7") == GeoInfo("CN", 64500, "Example Hosting")
    assert resolver.lookup("45.10.0.200") == GeoInfo("DE", 64500, "Example Hosting")
    assert resolver.lookup("2a02:6b8::5") == GeoInfo("RU", None, None)
    assert resolver.lookup("46.1.1.1") == GeoInfo(None, None, None)  # not in the test db


def test_private_and_loopback_have_no_geography(mmdbs):
    resolver = GeoResolver(*mmdbs)
    for ip in ("10.1.2.3", "127.0.0.1", "::1", "192.168.0.1", "fe80::1", "::ffff:10.0.0.1", "203.0.113.9"):
        assert resolver.lookup(ip) == GeoInfo(None, None, None)


def test_invalid_ip_is_a_user_error(mmdbs):
    with pytest.raises(DistillguardError, match="invalid IP"):
        GeoResolver(*mmdbs).lookup("999.1.1.1")
    with pytest.raises(DistillguardError, match="invalid IP"):
        GeoResolver().lookup("not-an-ip")


def test_missing_mmdb_named(tmp_path):
    with pytest.raises(DistillguardError, match="mmdb_path"):
        GeoResolver(str(tmp_path / "nope.mmdb"))
    bogus = tmp_path / "bogus.mmdb"
    bogus.write_bytes(b"not a database")
    with pytest.raises(DistillguardError, match="not a MaxMind database"):
        GeoResolver(str(bogus))


def test_geoip2fast_default_data():
    resolver = GeoResolver()
    google = resolver.lookup("8.8.8.8")
    assert google.country == "US" and google.asn_org == "GOOGLE" and google.asn is None
    assert resolver.lookup("77.88.8.8").country == "RU"
    assert resolver.lookup("2001:4860:4860::8888").country == "US"


TRUSTED = ["10.0.0.0/8", "2001:db8:ffff::/48"]


@pytest.mark.parametrize(
    "peer,xff,expected",
    [
        ("198.51.100.9", "203.0.113.7", "198.51.100.9"),  # untrusted peer: header ignored
        ("10.0.0.2", None, "10.0.0.2"),  # trusted peer, no header
        ("10.0.0.2", "203.0.113.7", "203.0.113.7"),
        ("10.0.0.2", "1.2.3.4, 203.0.113.7", "203.0.113.7"),  # client-supplied left part ignored
        ("10.0.0.2", "203.0.113.7, 10.0.0.5", "203.0.113.7"),  # trusted hops skipped
        ("10.0.0.2", "garbage, 10.0.0.5", "10.0.0.5"),  # garbled entry stops at nearest trusted hop
        ("10.0.0.2", "10.0.0.9, 10.0.0.5", "10.0.0.9"),  # all trusted: leftmost
        ("10.0.0.2", "203.0.113.7:4711", "203.0.113.7"),  # ip:port
        ("2001:db8:ffff::1", "[2001:db8:1::5]:443", "2001:db8:1::5"),
        ("::ffff:10.0.0.2", "203.0.113.7", "203.0.113.7"),  # IPv4-mapped peer
        ("10.0.0.2", "203.0.113.7\r\nX-Evil: 1", "10.0.0.2"),  # header injection: not an address
    ],
)
def test_client_ip_trust_rules(peer, xff, expected):
    assert client_ip(peer, xff, TRUSTED) == expected


def test_client_ip_rejects_bad_trusted_proxy_config():
    with pytest.raises(DistillguardError, match="trusted_proxies"):
        client_ip("10.0.0.2", "1.2.3.4", ["10.0.0.0/33"])
