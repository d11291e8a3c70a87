"""Which network an IP belongs to: hosting/datacenter vs everything else, from the ASN name.

Why: ordinary people reach an API from consumer and business ISPs; harvesting pipelines run in
clouds and rented servers. geoip2fast (already the gateway's geo source) ships ASN organisation
names but no AS type, so the class comes from this table of name fragments of hosting and cloud
providers (case-insensitive substring match on the ASN organisation). It is deliberately short
and public-knowledge: cloud providers, VPS/dedicated hosters, CDNs/edge networks that rent
compute, and hosting-typical words. Anything else — ISPs, mobile carriers, universities,
enterprises — is "other". A lab with a commercial ASN-type feed (e.g. IPinfo's `type`) should
prefer it; `HOSTING_NAME_FRAGMENTS` is the single place to extend.
"""

from __future__ import annotations

from functools import lru_cache

HOSTING_NAME_FRAGMENTS = (
    # hyperscale clouds
    "amazon", "aws", "google", "microsoft", "azure", "oracle", "ibm", "alibaba", "aliyun",
    "tencent", "huawei cloud", "huawei-cloud", "baidu", "bytedance", "volcengine", "kingsoft",
    # VPS / dedicated / cloud hosters
    "digitalocean", "linode", "akamai", "vultr", "choopa", "constant", "ovh", "hetzner",
    "contabo", "scaleway", "online s.a.s", "leaseweb", "m247", "datacamp", "cdn77", "hostinger",
    "ionos", "1&1", "godaddy", "rackspace", "softlayer", "equinix", "cogent", "psychz",
    "quadranet", "colocrossing", "hostwinds", "interserver", "ukservers", "servers.com",
    "g-core", "gcore", "selectel", "timeweb", "beget", "reg.ru", "aeza", "serverius",
    "worldstream", "nforce", "combahton", "hivelocity", "phoenixnap", "tzulo", "zenlayer",
    "ucloud", "cloudsigma", "upcloud", "kamatera", "racknerd", "buyvm", "frantech",
    "packet", "latitude.sh", "cherry servers", "fastly", "cloudflare", "netcup", "strato",
    "hostkey", "pq hosting", "stark industries", "bl networks", "clouvider",
    # hosting-typical words
    "hosting", "datacenter", "data center", "data-center", "colocation", "vps", "server", "cloud",
)


def is_hosting(asn_org: str | None) -> bool:
    if not asn_org:
        return False
    name = asn_org.lower()
    return any(fragment in name for fragment in HOSTING_NAME_FRAGMENTS)


@lru_cache(maxsize=1)
def _resolver():
    from distillguard.policy.geo import GeoResolver

    return GeoResolver()


def hosting_flags(ips: list[str]) -> list[bool]:
    """True where an IP's ASN is a hosting/cloud network (invalid or private IPs: False)."""
    from distillguard.errors import DistillguardError

    resolver = _resolver()
    out = []
    for ip in ips:
        try:
            out.append(is_hosting(resolver.lookup(ip).asn_org))
        except DistillguardError:
            out.append(False)
    return out
