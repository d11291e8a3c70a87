"""IP → country and ASN, and the client IP behind trusted reverse proxies.

Default data is geoip2fast's bundled GeoLite2-derived country+ASN file (IPv4 and IPv6); it carries
ASN organisation names but not AS numbers. A MaxMind .mmdb (country/city db, optional ASN db)
read with `maxminddb` takes over when configured, which also yields AS numbers.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from distillguard.errors import DistillguardError
from distillguard.policy.countries import normalize_country

if TYPE_CHECKING:
    import maxminddb

_GEOIP2FAST_FILE = "geoip2fast-asn-ipv6.dat.gz"  # the country+ASN, IPv4+IPv6 variant
_geoip2fast_lock = threading.Lock()
_geoip2fast: Any = None  # a geoip2fast.GeoIP2Fast (the package has no type information)


@dataclass
class GeoInfo:
    country: str | None
    asn: int | None
    asn_org: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def parse_ip(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """Parse an address (IPv4-mapped IPv6 unwrapped); invalid → DistillguardError."""
    try:
        addr = ipaddress.ip_address(ip.strip())
    except (ValueError, AttributeError):
        raise DistillguardError(f"invalid IP address: {str(ip)[:64]!r}") from None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def is_non_public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Addresses with no geography: private, loopback, link-local, reserved, multicast, unspecified."""
    return (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_reserved
        or addr.is_multicast
        or addr.is_unspecified
    )


def _load_geoip2fast() -> Any:
    """geoip2fast keeps its tables in module globals, so one shared instance per process."""
    global _geoip2fast
    with _geoip2fast_lock:
        if _geoip2fast is None:
            from geoip2fast import GeoIP2Fast

            _geoip2fast = GeoIP2Fast(geoip2fast_data_file=_GEOIP2FAST_FILE)
        return _geoip2fast


class GeoResolver:
    """Country + ASN lookups; geoip2fast data by default, MaxMind .mmdb files when given."""

    def __init__(self, mmdb_path: str | None = None, asn_mmdb_path: str | None = None) -> None:
        self._country_db = _open_mmdb(mmdb_path, "mmdb_path") if mmdb_path else None
        self._asn_db = _open_mmdb(asn_mmdb_path, "asn_mmdb_path") if asn_mmdb_path else None
        self.source = "maxmind" if self._country_db is not None else "geoip2fast"

    def warm(self) -> None:
        """Load the default data now (≈0.3 s) rather than on the first request."""
        if self._country_db is None:
            _load_geoip2fast()

    def lookup(self, ip: str) -> GeoInfo:
        """Country/ASN of an address; private/loopback → all None; invalid → DistillguardError."""
        addr = parse_ip(ip)
        if is_non_public(addr):
            return GeoInfo(None, None, None)
        return self._cached_lookup(str(addr))

    @lru_cache(maxsize=65536)  # noqa: B019 - resolvers live as long as the process
    def _cached_lookup(self, ip: str) -> GeoInfo:
        country = asn = asn_org = None
        if self._country_db is not None:
            # Country/City/ASN databases hold a map per network.
            record = cast("dict[str, Any]", self._country_db.get(ip) or {})
            country = _mmdb_country(record)
            # City/ASN-combined databases may carry ASN fields in the same record.
            asn = record.get("autonomous_system_number")
            asn_org = record.get("autonomous_system_organization")
        else:
            detail = _load_geoip2fast().lookup(ip)
            country = normalize_country(detail.country_code)
            asn_org = (detail.asn_name or None) if detail.asn_name != "IANA.ORG" else None
        if self._asn_db is not None:
            record = cast("dict[str, Any]", self._asn_db.get(ip) or {})
            asn = record.get("autonomous_system_number", asn)
            asn_org = record.get("autonomous_system_organization", asn_org)
        return GeoInfo(country, int(asn) if asn is not None else None, asn_org)

    def close(self) -> None:
        for db in (self._country_db, self._asn_db):
            if db is not None:
                db.close()


def _open_mmdb(path: str, field: str) -> maxminddb.Reader:
    import maxminddb

    if not Path(path).is_file():
        raise DistillguardError(f"{field}: MaxMind database not found: {path}")
    try:
        return maxminddb.open_database(path)
    except (maxminddb.InvalidDatabaseError, ValueError, OSError) as exc:
        raise DistillguardError(f"{field}: not a MaxMind database: {path} ({exc})") from None


def _mmdb_country(record: dict[str, Any]) -> str | None:
    for key in ("country", "registered_country"):
        value = record.get(key)
        if isinstance(value, dict) and value.get("iso_code"):
            return normalize_country(value["iso_code"])
    return None


@lru_cache(maxsize=256)
def _networks(trusted: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    nets = []
    for cidr in trusted:
        try:
            nets.append(ipaddress.ip_network(cidr.strip(), strict=False))
        except ValueError:
            raise DistillguardError(f"trusted_proxies: invalid CIDR {cidr!r}") from None
    return tuple(nets)


def _hop_address(hop: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """One X-Forwarded-For entry → address; tolerates 'ip:port' and '[v6]:port'; junk → None."""
    hop = hop.strip().strip('"')
    if hop.startswith("["):
        hop = hop[1 : hop.find("]")] if "]" in hop else ""
    elif hop.count(":") == 1:
        hop = hop.split(":", 1)[0]
    try:
        return parse_ip(hop)
    except DistillguardError:
        return None


def _is_trusted(
    addr: ipaddress.IPv4Address | ipaddress.IPv6Address,
    nets: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...],
) -> bool:
    return any(addr.version == net.version and addr in net for net in nets)


def forwarded_for(forwarded: str) -> str:
    """The `for=` addresses of an RFC 7239 `Forwarded` value, as an X-Forwarded-For-style list
    (elements in order; an element without `for=` or with an obfuscated/`unknown` node becomes a
    garbled hop, which stops the walk like any other junk)."""
    hops = []
    for element in forwarded.split(","):
        node = "-"
        for pair in element.split(";"):
            name, _, value = pair.strip().partition("=")
            if name.strip().lower() == "for":
                node = value.strip().strip('"') or "-"
        hops.append(node)
    return ",".join(hops)


def client_ip(peer_ip: str, x_forwarded_for: str | Sequence[str] | None,
              trusted_proxies: list[str], forwarded: str | Sequence[str] | None = None) -> str:
    """The address to judge a request by.

    The forwarding chain is honoured only when the TCP peer is a trusted proxy: walk it right to
    left, skip trusted hops, return the first untrusted one. A garbled entry stops the walk at
    the nearest trusted hop (anything left of it could be forged by the client).
    A header sent over several lines is one list (RFC 9110 5.3): the lines are joined in order,
    so a proxy that appends its own line cannot be outvoted by a line the client sent first.
    `forwarded` (RFC 7239 `Forwarded`, its `for=` parameters) is used when `x_forwarded_for` is
    absent; a deployment chooses which header its proxies append (`gateway.forwarded_header`).
    """
    nets = _networks(tuple(trusted_proxies))
    try:
        peer = parse_ip(peer_ip)
    except DistillguardError:
        return peer_ip  # not an IP (e.g. a test transport); nothing to trust
    chain = _joined(x_forwarded_for)
    if not chain and forwarded:
        chain = forwarded_for(_joined(forwarded))
    if not chain or not _is_trusted(peer, nets):
        return str(peer)
    current = peer
    for hop in reversed(chain.split(",")):
        addr = _hop_address(hop)
        if addr is None:
            return str(current)
        current = addr
        if not _is_trusted(addr, nets):
            return str(addr)
    return str(current)


def _joined(lines: str | Sequence[str] | None) -> str:
    if not lines:
        return ""
    if isinstance(lines, str):
        return lines
    return ",".join(lines)
