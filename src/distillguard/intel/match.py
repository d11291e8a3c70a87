"""Matching a partner's indicators against this lab's own accounts and events.

Keyed digests are recomputed locally under the key id the indicator names (so indicators
made before a key rotation still match); IP ranges and ASNs are compared directly; prompt
template signatures are looked up in a MinHash LSH index and confirmed by their Jaccard
estimate. Each hit becomes an Alert for the review queue.
"""

from __future__ import annotations

import ipaddress
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from stix2patterns.pattern import Pattern

from distillguard.intel.export import HASHED_KINDS, _ts
from distillguard.intel.minhash import KeyedMinHasher
from distillguard.intel.privacy import Keyring, keyed_digest
from distillguard.intel.vocab import INDICATOR_EXTENSION_ID, tlp_level

DEFAULT_SIMILARITY = 0.5


@dataclass
class Alert:
    """One local account that matches one partner indicator."""

    indicator_id: str
    kind: str  # email | payment_fingerprint | user_agent | ip_range | asn | prompt_template
    account_id: str
    source_identity: str | None
    campaign_refs: list[str]
    tlp: str
    events: int = 0
    similarity: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Spec:
    indicator: dict[str, Any]
    kind: str
    value: Any
    key_id: str | None = None


def _indicator_specs(objects: list[dict[str, Any]]) -> list[_Spec]:
    specs = []
    for obj in objects:
        if obj.get("type") != "indicator" or obj.get("revoked"):
            continue
        ext = (obj.get("extensions") or {}).get(INDICATOR_EXTENSION_ID)
        if ext:
            specs.append(_Spec(obj, ext["kind"], ext["value"], ext.get("key_id")))
            continue
        if obj.get("pattern_type") != "stix":
            continue
        try:
            comparisons = Pattern(obj["pattern"]).inspect().comparisons
        except Exception:
            continue
        for sco in ("ipv4-addr", "ipv6-addr"):
            for path, op, value in comparisons.get(sco, []):
                if path == ["value"] and op in ("ISSUBSET", "="):
                    try:
                        net = ipaddress.ip_network(value.strip("'"), strict=False)
                    except ValueError:
                        continue
                    specs.append(_Spec(obj, "ip_range", net))
        for path, op, value in comparisons.get("autonomous-system", []):
            if path == ["number"] and op == "=" and value.isdigit():
                specs.append(_Spec(obj, "asn", int(value)))
    return specs


def _campaigns(objects: list[dict[str, Any]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for obj in objects:
        if obj.get("type") == "relationship" and obj.get("relationship_type") == "indicates":
            out[obj["source_ref"]].append(obj["target_ref"])
    return out


class _Hits:
    """Aggregates (indicator, account) hits into alerts."""

    def __init__(self, campaigns: dict[str, list[str]]) -> None:
        self.campaigns = campaigns
        self.alerts: dict[tuple[str, str], Alert] = {}

    def add(self, spec: _Spec, account: str, when: datetime | None = None,
            similarity: float | None = None, **detail: Any) -> None:
        ind = spec.indicator
        key = (ind["id"], account)
        alert = self.alerts.get(key)
        if alert is None:
            alert = self.alerts[key] = Alert(
                indicator_id=ind["id"], kind=spec.kind, account_id=account,
                source_identity=ind.get("created_by_ref"),
                campaign_refs=sorted(set(self.campaigns.get(ind["id"], []))),
                tlp=tlp_level(ind.get("object_marking_refs")),
            )
        alert.events += 1 if when is not None or similarity is not None else 0
        if similarity is not None:
            alert.similarity = max(alert.similarity or 0.0, round(similarity, 4))
        for k, v in detail.items():
            alert.detail.setdefault(k, v)
        if when is not None:
            stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            alert.first_seen = min(filter(None, [alert.first_seen, stamp]))
            alert.last_seen = max(filter(None, [alert.last_seen, stamp]))


def match_bundle(
    bundle: dict[str, Any] | list[dict[str, Any]],
    keyring: Keyring,
    accounts: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    similarity: float = DEFAULT_SIMILARITY,
    asn_lookup: Any = None,
) -> list[Alert]:
    """Alerts for every local account that matches an incoming indicator.

    `asn_lookup(ip) -> int | None` resolves ASNs for events without an `asn` field.
    """
    objects = bundle.get("objects", []) if isinstance(bundle, dict) else list(bundle)
    accounts, events = accounts or [], events or []
    specs = _indicator_specs(objects)
    hits = _Hits(_campaigns(objects))
    _match_identifiers(specs, keyring, accounts, events, hits)
    _match_networks(specs, events, accounts, hits, asn_lookup)
    _match_templates(specs, keyring, events, hits, similarity)
    return sorted(hits.alerts.values(), key=lambda a: (a.account_id, a.kind, a.indicator_id))


def _match_identifiers(specs, keyring, accounts, events, hits: _Hits) -> None:
    wanted = [s for s in specs if s.kind in HASHED_KINDS]
    if not wanted:
        return
    local: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, value) → accounts
    for account in accounts:
        for kind in HASHED_KINDS:
            if account.get(kind):
                local[(kind, str(account[kind]))].add(str(account["account_id"]))
    for event in events:
        for kind in HASHED_KINDS:
            if event.get(kind) and event.get("account_id") is not None:
                local[(kind, str(event[kind]))].add(str(event["account_id"]))
    digests: dict[str, set[str]] = defaultdict(set)
    for key_id in {s.key_id for s in wanted}:
        key = keyring.get(key_id) if key_id else None
        if key is None:
            continue
        for (kind, value), owners in local.items():
            digests[keyed_digest(key, kind, value)] |= owners
    for spec in wanted:
        for account in sorted(digests.get(spec.value, ())):
            hits.add(spec, account, key_id=spec.key_id)


def _match_networks(specs, events, accounts, hits: _Hits, asn_lookup) -> None:
    nets = [s for s in specs if s.kind == "ip_range"]
    asns: dict[int, list[_Spec]] = defaultdict(list)
    for s in specs:
        if s.kind == "asn":
            asns[s.value].append(s)
    if not nets and not asns:
        return
    by_prefix: dict[tuple[int, int], dict[Any, list[_Spec]]] = defaultdict(lambda: defaultdict(list))
    for s in nets:
        by_prefix[(s.value.version, s.value.prefixlen)][s.value].append(s)
    for event in events:
        account, ip = event.get("account_id"), event.get("ip")
        if account is None or not ip:
            continue
        try:
            addr = ipaddress.ip_address(str(ip))
        except ValueError:
            continue
        when = _ts(event.get("ts"))
        for (version, prefix), table in by_prefix.items():
            if version != addr.version:
                continue
            net = ipaddress.ip_network(f"{addr}/{prefix}", strict=False)
            for spec in table.get(net, ()):
                hits.add(spec, str(account), when, ip=str(addr))
        asn = event.get("asn")
        if asn is None and asn_lookup is not None:
            asn = asn_lookup(str(addr))
        if asn is not None and str(asn).isdigit():
            for spec in asns.get(int(asn), ()):
                hits.add(spec, str(account), when, asn=int(asn))
    for account in accounts:
        asn = account.get("asn")
        if asn is not None and str(asn).isdigit():
            for spec in asns.get(int(asn), ()):
                hits.add(spec, str(account["account_id"]), asn=int(asn))


def _match_templates(specs, keyring, events, hits: _Hits, similarity: float) -> None:
    from datasketch import MinHashLSH

    wanted = [s for s in specs if s.kind == "prompt_template"]
    by_key: dict[str, list[_Spec]] = defaultdict(list)
    for s in wanted:
        if s.key_id and keyring.get(s.key_id) is not None:
            by_key[s.key_id].append(s)
    for key_id, key_specs in by_key.items():
        hasher = KeyedMinHasher(keyring.get(key_id))
        lsh = MinHashLSH(threshold=similarity, num_perm=hasher.num_perm)
        signatures = {}
        for i, spec in enumerate(key_specs):
            try:
                signatures[str(i)] = (spec, hasher.from_signature(spec.value))
            except ValueError:
                continue
            lsh.insert(str(i), signatures[str(i)][1])
        cache: dict[str, Any] = {}
        for event in events:
            prompt, account = event.get("prompt"), event.get("account_id")
            if not prompt or account is None:
                continue
            m = cache.get(prompt)
            if m is None:
                m = cache[prompt] = hasher.minhash(str(prompt))
            for name in lsh.query(m):
                spec, sig = signatures[name]
                score = sig.jaccard(m)
                if score >= similarity:
                    hits.add(spec, str(account), _ts(event.get("ts")), similarity=score)


def open_review_cases(db: Any, alerts: list[Alert], actor: str = "intel") -> dict[str, Any]:
    """Hand alerts to the review queue: one `intel` case per matched local account (opened, or
    updated with new indicators; the same match twice changes nothing), each change audited
    in its own transaction. Uses `review.ingest.ingest_alerts`."""
    from distillguard.review.ingest import ingest_alerts

    if not alerts:
        return {"opened": 0, "updated": 0, "existing": 0, "cases": []}
    return ingest_alerts(db, alerts, actor=actor)
