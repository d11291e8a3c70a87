"""Turn monitor output (`distillguard monitor scan` JSON) and partner-intel matches into cases.

Monitor: one case per cluster at or above `min_risk` (or flagged by the monitor) listing its members; one
case per account at or above `min_risk` that is not already covered by such a cluster case. Re-ingesting the same flags opens nothing new while the
earlier cases are open (dedupe keys: the cluster's member set, the account id). An account
whose evidence a reviewer already approved (the same kinds of evidence, policy/clearance.py)
gets no case, alone or as a cluster member; new kinds of evidence open one again.

Intel (`ingest_alerts`): one `intel` case per local account that matches partner indicators,
listing every matched indicator with its evidence; a later match of the same account adds to
the open case (`case.evidence_updated`) instead of opening another, and the same match again
changes nothing.
"""

from __future__ import annotations

import json
import math
from typing import Any

from distillguard.review.cases import cluster_dedupe_key, open_or_get, update_evidence
from distillguard.review.errors import Conflict, ReviewError
from distillguard.store.db import Database

DEFAULT_MIN_RISK = 0.5
SIGNAL_KEYS = ("contributions", "signals", "features", "scores")


def _score_weights() -> dict[str, float]:
    """The shipped monitor model's per-signal weights (log-odds contribution = weight × evidence),
    for flags files that carry evidences but no contributions."""
    try:
        from distillguard.monitor.scoring import SIGNALS, Calibration

        weights = Calibration.load().weights
    except Exception:  # a broken or absent monitor must not stop case ingestion
        return {}
    return {k: float(v) for k, v in weights.items() if k in SIGNALS}


def signals_of(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """[{name, value?, contribution?}] from whichever shape the monitor used; plain signal
    values that feed the monitor's weighted score get their contribution filled in."""
    weights = _score_weights()
    out = _raw_signals(entry)
    for sig in out:
        if "contribution" not in sig and sig["name"] in weights \
                and isinstance(sig.get("value"), int | float):
            sig["contribution"] = round(weights[sig["name"]] * sig["value"], 4)
    return out


def _raw_signals(entry: dict[str, Any]) -> list[dict[str, Any]]:
    for key in SIGNAL_KEYS:
        value = entry.get(key)
        if isinstance(value, dict):
            out = []
            for name, v in value.items():
                if isinstance(v, dict):
                    out.append({"name": str(name), **{k: v[k] for k in ("value", "contribution")
                                                      if k in v}})
                elif isinstance(v, int | float):
                    field = "contribution" if key in ("contributions", "scores") else "value"
                    out.append({"name": str(name), field: float(v)})
            return out
        if isinstance(value, list) and all(isinstance(v, dict) and "name" in v for v in value):
            return [dict(v) for v in value]
    return []


def priority_for_risk(risk: float) -> int:
    return 1 if risk >= 0.9 else 2 if risk >= 0.75 else 3


def _risk(entry: dict[str, Any], what: str = "account") -> float:
    """The entry's risk, refused unless a finite number: NaN compares false with every
    threshold, so it would open a case (and make its evidence non-JSON)."""
    name = entry.get("account_id") if what == "account" else entry.get("cluster_id")
    raw = entry.get("risk", 0.0)
    try:
        risk = float(raw)
    except (TypeError, ValueError, OverflowError):
        risk = math.nan
    if isinstance(raw, bool) or not math.isfinite(risk):
        raise ReviewError(f"{what} {str(name)[:100]!r}: risk {str(raw)[:40]!r} is not a "
                          "finite number")
    return risk


def _json_safe(evidence: dict[str, Any]) -> dict[str, Any]:
    """Evidence with every NaN/±inf (a monitor quirk in a signal, not JSON) turned into null,
    so the case's JSON view and PostgreSQL's JSON column accept it."""
    return json.loads(json.dumps(evidence), parse_constant=lambda _name: None)


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:  # an integer beyond float range
        return None


def _finite_or_none(value: Any) -> Any:
    """A signal's number as stored in evidence: NaN/±inf (not JSON) become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def validate_flags(flags: Any) -> None:
    """The whole document is checked before any case opens (all or nothing), risks included."""
    if not isinstance(flags, dict) or not isinstance(flags.get("accounts", []), list) \
            or not isinstance(flags.get("clusters", []), list):
        raise ReviewError('flags must be a JSON object {"accounts": [...], "clusters": [...]}')
    for entry in flags.get("accounts", []):
        if not isinstance(entry, dict) or not entry.get("account_id"):
            raise ReviewError("every flagged account needs an account_id")
        _risk(entry)
    for cluster in flags.get("clusters", []):
        if not isinstance(cluster, dict) or not isinstance(cluster.get("accounts"), list):
            raise ReviewError("every cluster needs a list of accounts")
        if "risk" in cluster:
            _risk(cluster, "cluster")


def ingest_flags(
    db: Database,
    flags: dict[str, Any],
    *,
    min_risk: float = DEFAULT_MIN_RISK,
    actor: str = "monitor",
    sla_hours: dict[int, float] | None = None,
    progress=None,
) -> dict[str, Any]:
    """Open cases for clusters and risky accounts; returns {"opened", "existing", "cases", "cleared"}
    (`cleared`: accounts left out because a reviewer approved the same evidence before)."""
    validate_flags(flags)
    by_account = {str(a["account_id"]): a for a in flags.get("accounts", [])}
    opened: list[int] = []
    existing: list[int] = []
    covered: set[str] = set()
    cleared = _cleared(db, by_account)  # a reviewer approved this evidence already

    def record(key: str, evidence: dict[str, Any], **kwargs) -> None:
        case, created = open_or_get(db, dedupe_key=key, evidence=_json_safe(evidence),
                                    actor=actor, sla_hours=sla_hours, **kwargs)
        (opened if created else existing).append(case.id)
        if progress:
            progress()

    for cluster in flags.get("clusters", []):
        members = sorted({str(a) for a in cluster["accounts"]} - cleared)
        if not members:
            continue
        entries = [by_account.get(m, {"account_id": m}) for m in members]
        risk = _risk(cluster) if "risk" in cluster else max((_risk(e) for e in entries), default=0)
        if risk < min_risk and not cluster.get("flagged"):
            continue  # a benign cluster (an office behind one NAT): members judged on their own
        covered.update(members)
        evidence = {
            "source": "monitor", "cluster_id": cluster.get("cluster_id"), "accounts": members,
            "reasons": list(cluster.get("reasons", [])), "risk": risk,
            "signals": signals_of(cluster),
            "members": [
                {"account_id": e["account_id"], "risk": e.get("risk"),
                 "reasons": list(e.get("reasons", [])), "signals": signals_of(e)}
                for e in entries
            ],
            "graph": cluster.get("graph") or cluster.get("edges"),
            **{k: cluster[k] for k in ("links", "sync", "flagged_accounts") if k in cluster},
        }
        priority = 1 if len(members) >= 5 or risk >= 0.9 else 2
        record(
            cluster_dedupe_key(members), kind="cluster", subject=str(cluster.get("cluster_id")),
            evidence=evidence, priority=priority, accounts=members,
            title=f"Cluster of {len(members)} accounts",
        )
    for account_id, entry in by_account.items():
        risk = _risk(entry)
        if account_id in covered or account_id in cleared or risk < min_risk:
            continue
        evidence = {
            "source": "monitor", "accounts": [account_id], "risk": risk,
            "reasons": list(entry.get("reasons", [])), "signals": signals_of(entry),
            "cluster_id": entry.get("cluster_id"), "flagged": bool(entry.get("flagged")),
            "reason_codes": list(entry.get("reason_codes", [])),
        }
        record(
            f"monitor:account:{account_id}", kind="monitor_account", subject=account_id,
            evidence=evidence, priority=priority_for_risk(risk), accounts=[account_id],
            title=f"Account {account_id} risk {risk:.2f}",
        )
    return {"opened": len(opened), "existing": len(existing), "cases": opened + existing,
            "cleared": len(cleared)}


def _cleared(db: Database, by_account: dict[str, dict[str, Any]]) -> set[str]:
    """Accounts whose monitor result here is covered by a reviewer's earlier approval (the same
    kinds of evidence: policy/clearance.py): no case is opened for them, alone or in a cluster.
    Only listed accounts are looked up: a member listed in a cluster but not among the accounts
    has no evidence of its own to compare, so it is never taken as cleared."""
    from distillguard.policy import clearance
    from distillguard.review import gateway_bridge

    out = set()
    for account_id, record in gateway_bridge.clearances(db, list(by_account)).items():
        entry = by_account[account_id]
        codes = entry.get("reason_codes")
        codes = {c for c in codes if isinstance(c, str)} if isinstance(codes, list) else set()
        if clearance.covers(record, codes, _risk(entry)):
            out.add(account_id)
    return out


INTEL_PRIORITY = 2
MAX_INDICATORS_PER_CASE = 100
_ALERT_TEXT = {"indicator_id": 128, "kind": 32, "account_id": 64, "source_identity": 128,
               "tlp": 16, "first_seen": 40, "last_seen": 40}


def _short(value: Any, limit: int) -> str | None:
    return None if value is None else str(value)[:limit]


def _indicator_evidence(alert: Any) -> dict[str, Any]:
    """One alert (an `intel.match.Alert` or its dict) as bounded case evidence: partner data
    is untrusted input, so every field is cut to size."""
    data = alert.to_dict() if hasattr(alert, "to_dict") else alert
    if not isinstance(data, dict) or not data.get("indicator_id") or not data.get("account_id"):
        raise ReviewError("every intel alert needs an indicator_id and an account_id")
    out: dict[str, Any] = {k: _short(data.get(k), n) for k, n in _ALERT_TEXT.items()}
    out["campaign_refs"] = [str(c)[:128] for c in list(data.get("campaign_refs") or [])[:20]]
    events = _finite_or_none(_as_float(data.get("events")))
    out["events"] = int(events) if events is not None else 0
    out["similarity"] = _finite_or_none(_as_float(data.get("similarity")))
    detail = data.get("detail") or {}
    out["detail"] = {str(k)[:32]: _finite_or_none(v) if isinstance(v, int | float | bool)
                     or v is None else str(v)[:200] for k, v in list(detail.items())[:10]} \
        if isinstance(detail, dict) else {}
    return out


def ingest_alerts(
    db: Database,
    alerts: list[Any],
    *,
    actor: str = "intel",
    sla_hours: dict[int, float] | None = None,
) -> dict[str, Any]:
    """Open (or add to) one `intel` case per matched local account.

    Returns {"opened", "updated", "existing", "cases"}: `existing` cases already held exactly
    this evidence (re-running a match writes nothing). Dedupe key `intel:account:<id>`.
    """
    by_account: dict[str, dict[str, dict[str, Any]]] = {}
    for alert in alerts:
        item = _indicator_evidence(alert)
        by_account.setdefault(item["account_id"], {})[item["indicator_id"]] = item
    opened: list[int] = []
    updated: list[int] = []
    existing: list[int] = []
    for account_id in sorted(by_account):
        found = by_account[account_id]
        for _attempt in range(2):
            evidence = _intel_evidence(account_id, found)
            case, created = open_or_get(
                db, "intel", account_id, evidence, INTEL_PRIORITY, f"intel:account:{account_id}",
                accounts=[account_id], actor=actor, sla_hours=sla_hours,
                title=_intel_title(account_id, evidence),
            )
            if created:
                opened.append(case.id)
                break
            before = {i["indicator_id"]: i for i in (case.evidence or {}).get("indicators", [])}
            evidence = _intel_evidence(account_id, {**before, **found})
            if evidence == case.evidence:
                existing.append(case.id)
                break
            change = {"added": sorted(set(found) - set(before))[:20],
                      "refreshed": sorted(k for k in found if k in before
                                          and before[k] != found[k])[:20]}
            try:
                update_evidence(db, case.id, evidence, actor, change)
            except Conflict:
                continue  # closed (or changed) under us: the retry opens/merges afresh
            updated.append(case.id)
            break
    return {"opened": len(opened), "updated": len(updated), "existing": len(existing),
            "cases": opened + updated + existing}


def _intel_evidence(account_id: str, indicators: dict[str, dict[str, Any]]) -> dict[str, Any]:
    items = sorted(indicators.values(), key=lambda i: i["indicator_id"])
    kept = items[:MAX_INDICATORS_PER_CASE]
    return {
        "source": "intel", "accounts": [account_id],
        "indicators": kept, "indicators_dropped": len(items) - len(kept),
        "kinds": sorted({i["kind"] for i in kept if i["kind"]}),
        "sources": sorted({i["source_identity"] for i in kept if i["source_identity"]}),
        "reasons": [f"matches partner indicator {i['indicator_id']} ({i['kind']})"
                    for i in kept[:10]],
    }


def _intel_title(account_id: str, evidence: dict[str, Any]) -> str:
    kinds = ", ".join(evidence["kinds"]) or "indicator"
    return f"Partner intel: {account_id} matches {kinds}"[:255]
