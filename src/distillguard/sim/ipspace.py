"""Realistic IP sources for simulated traffic, drawn from real IPv4 prefixes by ASN.

Why real prefixes: a detector (or an analyst) can look an IP up and learn whether it belongs to a
cloud/hosting network or a consumer ISP, and in which region. Campaigns run from datacenters,
residential-proxy networks (consumer ISP ranges), or both; benign users come mostly from consumer
ISPs. Random "public-looking" addresses would make that axis meaningless.

The prefixes come from the IP→ASN table that ships with `geoip2fast` (GeoLite2-derived). We read
its data file directly (gzip + pickle, the format its loader reads) instead of instantiating
`GeoIP2Fast`, because that class keeps its tables in module globals shared with
`policy/geo.py`: loading a different file here would silently change the policy's lookups.
The ASN name lists below are our own, written for the simulator (nothing is imported from
`monitor/` or `policy/`). If the data cannot be read, synthetic prefixes are used instead.
"""

from __future__ import annotations

import gzip
import os
import pickle
from functools import lru_cache

import numpy as np

#: cloud / hosting providers → the ASN names (as spelled in the geoip2fast table) they announce
CLOUD_ASNS: dict[str, tuple[str, ...]] = {
    "aws": ("AMAZON-02", "AMAZON-AES", "Amazon Data Services Ireland Ltd", "AMAZON-AS"),
    "azure": ("MICROSOFT-CORP-MSN-AS-BLOCK",),
    "gcp": ("GOOGLE-CLOUD-PLATFORM", "GOOGLE CLOUD NETWORKING"),
    "digitalocean": ("DIGITALOCEAN-ASN",),
    "ovh": ("OVH SAS",),
    "hetzner": ("Hetzner Online GmbH",),
    "vultr": ("AS-CHOOPA",),
    "linode": ("Akamai Connected Cloud",),
    "oracle": ("ORACLE-BMC-31898",),
    "contabo": ("Contabo GmbH", "Contabo Asia Private Limited"),
    "leaseweb": ("LeaseWeb Netherlands B.V.", "Leaseweb Deutschland GmbH", "LEASEWEB-USA-WDC"),
    "m247": ("M247 Europe SRL", "M247 Ltd", "M247 UK Ltd"),
    "alibaba": ("Hangzhou Alibaba Advertising Co.,Ltd.", "Alibaba Cloud Singapore Private Limited"),
    "tencent": ("Shenzhen Tencent Computer Systems Company Limited",),
    "huawei": ("HUAWEI CLOUDS", "Huawei Cloud Service data center"),
    "selectel": ("OOO Network of data-centers Selectel",),
    "scaleway": ("Scaleway S.a.s.",),
    "ucloud": ("UCLOUD INFORMATION TECHNOLOGY HK LIMITED",),
}

#: consumer ISPs (home broadband and mobile) by region: residential proxies and ordinary users
CONSUMER_ISPS: dict[str, tuple[str, ...]] = {
    "us": (
        "COMCAST-7922",
        "ATT-INTERNET4",
        "CHARTER-20115",
        "CELLCO-PART",
        "T-MOBILE-AS21928",
        "FRONTIER-FRTR",
        "CENTURYLINK-US-LEGACY-QWEST",
        "TWC-10796-MIDWEST",
        "WINDSTREAM",
    ),
    "ca": ("SHAW", "ROGERS-COMMUNICATIONS", "TELUS Communications"),
    "latam": (
        "TELEFONICA BRASIL S.A",
        "Claro NXT Telecomunicacoes Ltda",
        "TIM SA",
        "Telecom Argentina S.A.",
        "Telefonica de Argentina",
        "COMUNICACION CELULAR S.A. COMCEL S.A.",
    ),
    "eu": (
        "Deutsche Telekom AG",
        "Vodafone GmbH",
        "Orange",
        "Free SAS",
        "Societe Francaise Du Radiotelephone - SFR SA",
        "British Telecommunications PLC",
        "Virgin Media",
        "Sky UK Limited",
        "Telecom Italia",
        "Telefonica De Espana S.a.u.",
        "KPN B.V.",
        "Orange Polska Spolka Akcyjna",
        "Telia Company AB",
    ),
    "ru": ("Rostelecom", "Turk Telekom"),
    "in": ("Reliance Jio Infocomm Limited", "National Internet Backbone"),
    "sea": ("VNPT Corp", "Viettel Group", "PT Telekomunikasi Indonesia"),
    "cn": (
        "Chinanet",
        "CHINA UNICOM China169 Backbone",
        "China Mobile Communications Group Co., Ltd.",
    ),
    "jp_kr": (
        "Korea Telecom",
        "SK Broadband Co Ltd",
        "LG POWERCOMM",
        "SoftBank Corp.",
        "KDDI CORPORATION",
        "JCOM Co., Ltd.",
    ),
}

#: where users of each UTC offset (the simulator's TIMEZONES) mostly live
REGION_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("us", "ca"),
    -5: ("us", "ca"),
    -3: ("latam",),
    0: ("eu",),
    1: ("eu",),
    2: ("eu",),
    3: ("ru",),
    5: ("in",),
    8: ("cn", "sea"),
    9: ("jp_kr",),
}

_DATA_FILE = "geoip2fast-asn-ipv6.dat.gz"
_MAX_V4 = 2**32 - 1
_FALLBACK_OCTETS = (23, 31, 45, 62, 77, 81, 89, 93, 103, 109, 122, 145, 151, 176, 178, 185)


@lru_cache(maxsize=1)
def _asn_table() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """ASN name → (first address, size) of its IPv4 prefixes of /24 or larger, for the names in
    our lists only. Read once per process (~0.3 s)."""
    wanted = {n for d in (CLOUD_ASNS, CONSUMER_ISPS) for names in d.values() for n in names}
    try:
        import geoip2fast

        path = os.path.join(os.path.dirname(geoip2fast.__file__), _DATA_FILE)
        with gzip.open(path, "rb") as fh:
            _version, source, _total, database = pickle.load(fh)
        if not source.get("asn"):
            return {}
        names, first_ips, asn_ids, netlens = database[3], database[5], database[7], database[9]
        first = np.fromiter((x for chunk in first_ips for x in chunk), dtype=np.float64)
        ids = np.fromiter((x for chunk in asn_ids for x in chunk), dtype=np.int64)
        lens = np.fromiter((x for chunk in netlens for x in chunk), dtype=np.int64)
    except Exception:  # noqa: BLE001  (missing package or changed format: synthetic fallback)
        return {}
    keep_ids = np.array([i for i, n in enumerate(names) if n in wanted], dtype=np.int64)
    mask = (first <= _MAX_V4) & (lens >= 8) & (lens <= 24) & np.isin(ids, keep_ids)
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for asn_id in np.unique(ids[mask]).tolist():
        sel = mask & (ids == asn_id)
        out[names[asn_id]] = (
            first[sel].astype(np.int64),
            (2 ** (32 - lens[sel])).astype(np.int64),
        )
    return out


@lru_cache(maxsize=64)
def _pool(group: str, key: str) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated prefixes (first address, size) of one provider or region, or of all of a
    kind when `key` is "*"; synthetic /16s when the table is unavailable."""
    source = CLOUD_ASNS if group == "cloud" else CONSUMER_ISPS
    names = [n for k, ns in source.items() if key in ("*", k) for n in ns]
    table = _asn_table()
    parts = [table[n] for n in names if n in table]
    if not parts:
        base = np.array([o * 2**24 + (17 + 31 * i) * 2**16 for i, o in enumerate(_FALLBACK_OCTETS)])
        return base.astype(np.int64), np.full(len(base), 2**16, dtype=np.int64)
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def cloud_providers() -> list[str]:
    return list(CLOUD_ASNS)


def consumer_regions() -> list[str]:
    return list(CONSUMER_ISPS)


def _draw_ints(rng: np.random.Generator, group: str, key: str, n: int) -> np.ndarray:
    """`n` addresses (as ints) uniformly over the address space of a provider/region."""
    first, size = _pool(group, key)
    # weight prefixes by size, but cap huge blocks so small ISPs' ranges still get drawn
    weight = np.minimum(size, 2**16).astype(np.float64)
    pick = rng.choice(len(first), size=n, p=weight / weight.sum())
    offset = (rng.random(n) * size[pick]).astype(np.int64)
    addr = first[pick] + offset
    last = addr & 255
    return addr - last + np.clip(last, 2, 253)  # no .0/.1/.255 hosts


def to_strings(addrs: np.ndarray) -> list[str]:
    """Dotted quads for int addresses."""
    a = np.asarray(addrs, dtype=np.int64)
    octets = np.column_stack([(a >> s) & 255 for s in (24, 16, 8, 0)]).tolist()
    return [f"{w}.{x}.{y}.{z}" for w, x, y, z in octets]


def cloud_ips(rng: np.random.Generator, n: int, provider: str = "*") -> list[str]:
    """`n` addresses in a cloud provider's ranges ("*" = any provider)."""
    return to_strings(_draw_ints(rng, "cloud", provider, n))


def residential_ips(rng: np.random.Generator, n: int, region: str = "*") -> list[str]:
    """`n` addresses in consumer ISP ranges of a region ("*" = worldwide)."""
    return to_strings(_draw_ints(rng, "consumer", region, n))


def residential_ips_for_tz(rng: np.random.Generator, n: int, tz: int) -> list[str]:
    """A user's home IP(s): a consumer ISP in a region matching their UTC offset."""
    regions = REGION_OF_TZ.get(tz, ("us", "eu"))
    return residential_ips(rng, n, regions[int(rng.integers(len(regions)))])


def cloud_subnets(rng: np.random.Generator, n: int, provider: str = "*") -> list[int]:
    """`n` /24 network addresses (ints) inside a provider's ranges: a rented proxy block."""
    return [int(x) for x in (_draw_ints(rng, "cloud", provider, n) >> 8) << 8]


def hosts_in(rng: np.random.Generator, subnets: list[int], per_subnet: int) -> list[str]:
    """`per_subnet` host addresses in each /24."""
    base = np.repeat(np.asarray(subnets, dtype=np.int64), per_subnet)
    return to_strings(base + rng.integers(2, 254, size=len(base)))


def subnet_string(subnet: int) -> str:
    return to_strings(np.array([subnet]))[0] + "/24"
