"""Turning the monitor's clusters and the audit's evidence into a STIX 2.1 bundle.

Everything identifying a customer leaves only as a keyed digest (emails, payment
fingerprints, user agents) or a keyed MinHash signature (prompt templates). IP space and
autonomous systems are shared as ranges: they describe infrastructure, not a person, and
partners need them in the clear to block.
"""

from __future__ import annotations

import ipaddress
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from stix2.v21 import (
    Bundle,
    Campaign,
    Identity,
    Indicator,
    IntrusionSet,
    Relationship,
    Sighting,
    Software,
    ThreatActor,
)

from distillguard.errors import DistillguardError
from distillguard.intel import confidence
from distillguard.intel.minhash import NUM_PERM, SHINGLE_WORDS, KeyedMinHasher, encode_signature
from distillguard.intel.privacy import Keyring, keyed_digest
from distillguard.intel.vocab import (
    ATTACK_PATTERN_ID,
    CANONICAL_CREATED,
    EVIDENCE_EXTENSION_ID,
    EVIDENCE_TYPE,
    INDICATOR_EXTENSION_ID,
    KEYED_HASH_PATTERN_TYPE,
    MINHASH_PATTERN_TYPE,
    NAMESPACE,
    TLP2_IDS,
    shared_objects,
)

HASHED_KINDS = ("email", "payment_fingerprint", "user_agent")


@dataclass
class ExportOptions:
    tlp: str = "amber"
    ipv4_prefix: int = 24
    ipv6_prefix: int = 48
    max_templates: int = 5
    template_threshold: float = 0.5


def lab_identity(name: str, tlp: str = "clear") -> Identity:
    """A lab's identity; the id is derived from the name so every member computes the same."""
    return Identity(
        id=f"identity--{uuid.uuid5(NAMESPACE, 'lab:' + name)}",
        created=CANONICAL_CREATED,
        modified=CANONICAL_CREATED,
        name=name,
        identity_class="organization",
        sectors=["technology"],
        object_marking_refs=[TLP2_IDS[tlp]],
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _ts(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value), UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _identifier_indicator(kind: str, digest: str, key_id: str, common: dict) -> Indicator:
    return Indicator(
        name=f"Keyed hash of a {kind.replace('_', ' ')} used by the campaign",
        description="HMAC-SHA256 of the canonical identifier under the coalition key.",
        indicator_types=["malicious-activity"],
        pattern_type=KEYED_HASH_PATTERN_TYPE,
        pattern=f"{kind}:{digest}",
        extensions={
            INDICATOR_EXTENSION_ID: {
                "extension_type": "property-extension",
                "kind": kind,
                "key_id": key_id,
                "value": digest,
            }
        },
        allow_custom=True,
        **common,
    )


def _template_indicator(signature: str, key_id: str, count: int, common: dict) -> Indicator:
    return Indicator(
        name="Keyed MinHash signature of a prompt template used by the campaign",
        description=f"Seen in {count} requests; compare with the coalition key only.",
        indicator_types=["malicious-activity"],
        pattern_type=MINHASH_PATTERN_TYPE,
        pattern=f"prompt_template:{key_id}:{signature}",
        extensions={
            INDICATOR_EXTENSION_ID: {
                "extension_type": "property-extension",
                "kind": "prompt_template",
                "key_id": key_id,
                "value": signature,
                "num_perm": NUM_PERM,
                "shingle_words": SHINGLE_WORDS,
            }
        },
        allow_custom=True,
        **common,
    )


def _network_indicator(pattern: str, name: str, common: dict) -> Indicator:
    return Indicator(
        name=name,
        indicator_types=["malicious-activity"],
        pattern_type="stix",
        pattern_version="2.1",
        pattern=pattern,
        **common,
    )


def _networks(ips: set[str], options: ExportOptions) -> list[str]:
    nets = set()
    for ip in ips:
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            continue
        prefix = options.ipv4_prefix if addr.version == 4 else options.ipv6_prefix
        nets.add(ipaddress.ip_network(f"{addr}/{prefix}", strict=False))
    return [str(n) for n in sorted(nets, key=lambda n: (n.version, n))]


def _templates(prompts: list[str], hasher: KeyedMinHasher, options: ExportOptions):
    """The most frequent prompt templates (near-duplicates merged with MinHash LSH)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=options.template_threshold, num_perm=hasher.num_perm)
    counts: Counter[str] = Counter()
    representatives: dict[str, Any] = {}
    for i, prompt in enumerate(prompts):
        m = hasher.minhash(prompt)
        found = lsh.query(m)
        if found:
            counts[found[0]] += 1
            continue
        key = f"t{i}"
        lsh.insert(key, m)
        representatives[key] = m
        counts[key] += 1
    return [(representatives[k], n) for k, n in counts.most_common(options.max_templates)]


def export_clusters(
    flags: dict[str, Any],
    events: list[dict[str, Any]],
    accounts: list[dict[str, Any]],
    keyring: Keyring,
    lab_name: str,
    options: ExportOptions | None = None,
    audit_reports: list[dict[str, Any]] | None = None,
    cluster_ids: list[str] | None = None,
) -> dict[str, Any]:
    """A STIX bundle (as a dict) describing the selected clusters and audit evidence."""
    options = options or ExportOptions()
    if options.tlp not in TLP2_IDS:
        raise DistillguardError(f"unknown TLP level {options.tlp!r}; use {', '.join(TLP2_IDS)}")
    key = keyring.active
    hasher = KeyedMinHasher(key)
    lab = lab_identity(lab_name)
    marking = [TLP2_IDS[options.tlp]]
    now = _now()
    common = {"created_by_ref": lab.id, "object_marking_refs": marking, "created": now,
              "modified": now}
    objects: list[Any] = [lab]

    account_info = {a["account_id"]: a for a in accounts}
    by_account: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        by_account[str(event.get("account_id"))].append(event)

    clusters = flags.get("clusters", [])
    if not cluster_ids:
        clusters = flagged_clusters(flags)
    else:
        wanted = set(cluster_ids)
        clusters = [c for c in clusters if str(c.get("cluster_id")) in wanted]
        if not clusters:
            raise DistillguardError(f"no cluster among {sorted(wanted)} in the flags file")
    members_all = {str(a) for c in clusters for a in c.get("accounts", [])}
    background = _background(events, accounts, members_all, options)
    audit_conf = max((c for c in (confidence.from_p_value(r.get("p_value"))
                                  for r in audit_reports or [] if isinstance(r, dict))
                      if c is not None), default=None)
    for cluster in clusters:
        conf = confidence.from_risk(confidence.cluster_risk(cluster, flags))
        conf = audit_conf if conf is None else conf  # risk first; the audit where none
        scored = common if conf is None else {**common, "confidence": conf}
        objects += _cluster_objects(cluster, by_account, account_info, key, hasher,
                                    options, scored, now, background)
    for report in audit_reports or []:
        objects += _evidence_objects(report, common, campaign_ids=[
            o.id for o in objects if getattr(o, "type", "") == "campaign"
        ])
    serialised = [_with_evidence_confidence(json.loads(o.serialize())) for o in objects]
    bundle = Bundle(objects=shared_objects(options.tlp) + serialised, allow_custom=True)
    return json.loads(bundle.serialize())


def _with_evidence_confidence(obj: dict[str, Any]) -> dict[str, Any]:
    """Audit evidence carries the confidence its p-value supports (docs/intel.md)."""
    if obj.get("type") == EVIDENCE_TYPE and "confidence" not in obj:
        conf = confidence.from_p_value(obj.get("p_value"))
        if conf is not None:
            obj["confidence"] = conf
    return obj


def flagged_clusters(flags: dict[str, Any]) -> list[dict[str, Any]]:
    """The clusters worth sharing: flagged by the monitor, or holding a flagged account (the
    monitor also reports benign clusters, e.g. an office behind one NAT address)."""
    flagged = {str(a["account_id"]) for a in flags.get("accounts", []) if a.get("flagged")}
    return [c for c in flags.get("clusters", [])
            if c.get("flagged") or flagged & {str(a) for a in c.get("accounts", [])}]


def _background(events, accounts, members: set[str], options: ExportOptions) -> dict[str, set]:
    """Identifier values and networks that this lab also sees from accounts outside the shared
    clusters (a common client user agent, a shared cloud range): they are not distinctive, would
    make partners match their ordinary customers, and so are never shared."""
    values: set[tuple[str, str]] = set()
    ips: set[str] = set()
    for row in list(events) + list(accounts):
        if str(row.get("account_id")) in members:
            continue
        values.update((k, str(row[k])) for k in HASHED_KINDS if row.get(k))
        if row.get("ip"):
            ips.add(str(row["ip"]))
    return {"values": values, "networks": set(_networks(ips, options))}


def _cluster_objects(cluster, by_account, account_info, key, hasher, options, common, now,
                     background):
    key_id = key.key_id
    members = [str(a) for a in cluster.get("accounts", [])]
    events = [e for a in members for e in by_account.get(a, [])]
    times = [t for t in (_ts(e.get("ts")) for e in events) if t is not None]
    reasons = [str(r) for r in cluster.get("reasons", [])]
    label = f"cluster {cluster.get('cluster_id')}"
    campaign = Campaign(
        name=f"Distillation campaign ({label})",
        description="Coordinated accounts harvesting model outputs. Reasons: "
        + ("; ".join(reasons) or "n/a"),
        objective="Unauthorized distillation of a frontier model through its API",
        first_seen=min(times) if times else None,
        last_seen=max(times) if times else None,
        **common,
    )
    intrusion_set = IntrusionSet(
        name=f"Operator behind {label}",
        description=f"{len(members)} coordinated accounts.",
        goals=["train a competing model on harvested outputs"],
        **common,
    )
    actor = ThreatActor(
        name=f"Unattributed distiller ({label})",
        threat_actor_types=["unknown"],
        **common,
    )
    out: list[Any] = [campaign, intrusion_set, actor]
    rel = {k: v for k, v in common.items() if k not in ("created", "modified", "confidence")}
    out += [
        Relationship(campaign, "attributed-to", intrusion_set, **rel),
        Relationship(intrusion_set, "attributed-to", actor, **rel),
        Relationship(campaign.id, "uses", ATTACK_PATTERN_ID, **rel),
    ]
    indicators: list[Indicator] = []
    digests: set[tuple[str, str]] = set()
    for account in members:
        info = dict(account_info.get(account, {}))
        for event in by_account.get(account, []):
            for kind in HASHED_KINDS:
                if event.get(kind):
                    digests.add((kind, str(event[kind])))
        for kind in HASHED_KINDS:
            if info.get(kind):
                digests.add((kind, str(info[kind])))
    digests -= background["values"]
    base = {**common, "valid_from": min(times) if times else now}
    hashed = sorted({(k, keyed_digest(key, k, v)) for k, v in digests})
    for kind, digest in hashed:
        indicators.append(_identifier_indicator(kind, digest, key_id, base))
    ips = {str(e["ip"]) for e in events if e.get("ip")}
    for net in (n for n in _networks(ips, options) if n not in background["networks"]):
        obj = "ipv6-addr" if ":" in net else "ipv4-addr"
        indicators.append(_network_indicator(
            f"[{obj}:value ISSUBSET '{net}']", f"Address range used by {label}", base))
    asns = sorted({int(e["asn"]) for e in events if str(e.get("asn") or "").isdigit()})
    for asn in asns:
        indicators.append(_network_indicator(
            f"[autonomous-system:number = {asn}]", f"AS{asn} hosting {label}", base))
    prompts = [str(e["prompt"]) for e in events if e.get("prompt")]
    for minhash, count in _templates(prompts, hasher, options):
        indicators.append(_template_indicator(encode_signature(minhash), key_id, count, base))
    out += indicators
    out += [Relationship(i, "indicates", campaign, **rel) for i in indicators]
    return out


def _evidence_objects(report: dict[str, Any], common: dict, campaign_ids: list[str]) -> list:
    suspect = report.get("suspect") or report.get("suspect_model") or "unknown suspect model"
    if isinstance(suspect, dict):
        suspect = suspect.get("name") or suspect.get("path") or json.dumps(suspect, sort_keys=True)
    software = Software(name=str(suspect), object_marking_refs=common["object_marking_refs"])
    evidence = {
        "type": EVIDENCE_TYPE,
        "spec_version": "2.1",
        "id": f"{EVIDENCE_TYPE}--{uuid.uuid4()}",
        "created_by_ref": common["created_by_ref"],
        "created": _fmt(common["created"]),
        "modified": _fmt(common["modified"]),
        "name": f"Radioactivity audit of {suspect}",
        "suspect_ref": software.id,
        "p_value": float(report["p_value"]),
        "tokens_scored": int(report["tokens_scored"]),
        "verdict": str(report["verdict"]),
        "key_id": str(report.get("key_id", "")),
        "mode": str(report.get("mode", "")) or None,
        "suspect_description": _optional_str(report.get("suspect_description")),
        "manifest_sha256": _optional_str(report.get("manifest_sha256")),
        "object_marking_refs": common["object_marking_refs"],
        "extensions": {EVIDENCE_EXTENSION_ID: {"extension_type": "new-sdo"}},
    }
    evidence = {k: v for k, v in evidence.items() if v is not None}
    rel = {k: v for k, v in common.items() if k not in ("created", "modified")}
    out: list[Any] = [software, _Raw(evidence)]
    out += [Relationship(evidence["id"], "related-to", c, allow_custom=True, **rel)
            for c in campaign_ids]
    return out


def _optional_str(value: Any) -> str | None:
    return str(value) if value is not None else None


def make_sighting(indicator_id: str, lab_name: str, count: int, first_seen: datetime | None,
                  last_seen: datetime | None, tlp: str = "amber") -> Sighting:
    """A lab saying "we saw it too" about a partner's indicator."""
    lab = lab_identity(lab_name)
    return Sighting(
        sighting_of_ref=indicator_id,
        where_sighted_refs=[lab.id],
        created_by_ref=lab.id,
        count=count,
        first_seen=first_seen,
        last_seen=last_seen,
        object_marking_refs=[TLP2_IDS[tlp]],
    )


def _fmt(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Raw:
    """A custom object already in JSON form (stix2 has no class for our new SDO)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.id = data["id"]
        self.type = data["type"]

    def serialize(self) -> str:
        return json.dumps(self.data)
