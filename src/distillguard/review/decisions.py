"""Decisions on cases: an action, a reason code from a fixed list, and the account states that
follow (through the gateway's state machine, so they take effect on the next request).

Optimistic locking: a decision names the case version it was made on; if the case changed in
between (another reviewer decided, assigned or it was reopened) the decision is refused with a
Conflict and nothing is written, so no reviewer's work is silently overwritten.

One transaction: the decision, the case's new status, every account's state/tier change and
the audit entry of each commit together or not at all, so the audit log never misses a change
(nor records one that did not happen). The accounts' rows are locked before the case row and
the audit head, the same order every other writer uses, so concurrent writers queue instead of
deadlocking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from distillguard.review import audit_log, gateway_bridge
from distillguard.review.cases import _load, sla_for, utcnow
from distillguard.review.errors import Conflict, ReviewError
from distillguard.review.models import Case, Decision
from distillguard.store.db import Database

# action → {reason code: what it means}. Fixed lists keep decisions comparable and auditable.
REASON_CODES: dict[str, dict[str, str]] = {
    "approve": {
        "false_positive": "signals explained by legitimate use",
        "verified_identity": "customer identity and ownership verified",
        "research_agreement": "covered by a research or evaluation agreement",
    },
    "restrict": {
        "elevated_volume": "volume or breadth beyond the declared use",
        "unverified_kyc": "identity or ownership not yet verified",
        "jurisdiction_policy": "jurisdiction policy requires a reduced tier",
        "suspected_distillation": "traffic consistent with distillation, not yet confirmed",
    },
    "suspend": {
        "confirmed_distillation": "distillation of model outputs confirmed",
        "coordinated_campaign": "part of a coordinated multi-account campaign",
        "prohibited_jurisdiction": "controlled by an entity in a prohibited jurisdiction",
        "terms_violation": "other violation of the terms of service",
        "fraudulent_identity": "false identity or payment details",
    },
    "request_verification": {
        "kyc_incomplete": "identity documents missing or incomplete",
        "ownership_unclear": "ultimate ownership not established",
        "jurisdiction_mismatch": "declared, billing and network jurisdictions disagree",
        "payment_mismatch": "payment instrument shared with other accounts",
    },
    "escalate": {
        "legal_review": "needs legal review",
        "senior_review": "needs a senior reviewer",
        "partner_intelligence": "matches intelligence shared by a partner lab",
        "law_enforcement": "law-enforcement or regulator request involved",
    },
}
ACTIONS = tuple(REASON_CODES)
# action → (account state it leads to, case status after it)
EFFECTS: dict[str, tuple[str | None, str]] = {
    "approve": ("approved", "closed"),
    "restrict": ("restricted", "closed"),
    "suspend": ("suspended", "closed"),
    "request_verification": ("under_review", "waiting"),
    "escalate": (None, "escalated"),
}
# what each action does to a reviewer's clearance of the accounts' monitor evidence
# (policy/clearance.py): an approval records the evidence in view, a restriction or suspension
# drops any earlier one; the other actions leave it as it is
CLEARANCE: dict[str, bool] = {"approve": True, "restrict": False, "suspend": False}
TIER_RE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
MAX_NOTE = 4000


@dataclass
class DecisionResult:
    case_id: int
    decision_id: int
    action: str
    case_status: str
    case_version: int
    changed: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    cleared: list[dict[str, Any]] = field(default_factory=list)  # monitor evidence an approval covered

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id, "decision_id": self.decision_id, "action": self.action,
            "case_status": self.case_status, "case_version": self.case_version,
            "changed": self.changed, "unchanged": self.unchanged, "failed": self.failed,
            "cleared": self.cleared,
        }


def validate(
    action: str, reason_code: str, tier: str | None, allowed_tiers: list[str] | None = None
) -> None:
    if action not in REASON_CODES:
        raise ReviewError(f"unknown action {action!r}: use one of {', '.join(ACTIONS)}")
    if reason_code not in REASON_CODES[action]:
        raise ReviewError(
            f"reason code {reason_code!r} does not fit {action}: use one of "
            f"{', '.join(REASON_CODES[action])}"
        )
    if action == "restrict":
        if not tier or not TIER_RE.match(tier):
            raise ReviewError("restrict needs --tier (1-32 letters, digits, _ or -)")
        if allowed_tiers is not None and tier not in allowed_tiers:
            raise ReviewError(f"unknown tier {tier!r}: use one of {', '.join(allowed_tiers)}")
    elif tier:
        raise ReviewError("--tier only applies to restrict")


def _plan(db: Database, accounts: list[str], target: str | None, action: str):
    """Per account: change, leave (already there / nothing to do) or refuse, before writing."""
    if target is None:
        return [], [{"account_id": a, "reason": "no state change for escalate"} for a in accounts]
    states = gateway_bridge.account_states(db, accounts)
    change, keep, refused = [], [], []
    for account_id in accounts:
        current = states[account_id]
        if current is None:
            keep.append({"account_id": account_id, "reason": "unknown to the gateway"})
        elif current == target:
            keep.append({"account_id": account_id, "state": current, "reason": "already " + target})
        elif action == "approve" and current == "active":
            keep.append({"account_id": account_id, "state": current, "reason": "in good standing"})
        else:
            problem = gateway_bridge.check_transition(current, target)
            if problem:
                refused.append(f"{account_id}: {problem}")
            else:
                change.append((account_id, current))
    if refused:
        raise ReviewError(f"{action} is not possible for: {'; '.join(refused[:5])}")
    return change, keep


def decide(
    db: Database,
    case_id: int,
    action: str,
    reason_code: str,
    actor: str,
    *,
    tier: str | None = None,
    note: str = "",
    expected_version: int | None = None,
    accounts: list[str] | None = None,
    allowed_tiers: list[str] | None = None,
) -> DecisionResult:
    """Record a decision and apply it to the case's accounts (all members for a cluster case,
    or the given subset). Raises Conflict for closed or changed cases, ReviewError for bad input.
    `allowed_tiers` (e.g. the policy's tiers) bounds what restrict may set.
    """
    validate(action, reason_code, tier, allowed_tiers)
    note = (note or "")[:MAX_NOTE]
    target, case_status = EFFECTS[action]
    with db.session() as s:
        case = _load(s, case_id)
        _check_open(case, expected_version)
        members = case.account_ids
        expected_version = case.version  # the plan below is only valid for this version
    chosen = members if accounts is None else sorted(set(accounts))
    outside = [a for a in chosen if a not in members]
    if outside:
        raise ReviewError(f"accounts not linked to case {case_id}: {', '.join(outside[:5])}")
    if not chosen:
        raise ReviewError("a decision needs at least one account")
    change, keep = _plan(db, chosen, target, action)
    reason = f"case {case_id}: {action}/{reason_code}"
    try:
        with db.session() as s:
            # Lock the accounts first (sorted: a fixed order), then re-check each under the lock.
            current = gateway_bridge.lock_accounts(
                s, chosen if action in CLEARANCE else [a for a, _ in change])
            case = _load(s, case_id)
            _check_open(case, expected_version)
            decided_on = case.version
            now = utcnow()
            decision = Decision(
                case_id=case_id, action=action, reason_code=reason_code, tier=tier, note=note,
                actor=actor, accounts=chosen, case_version=decided_on, created_at=now,
            )
            s.add(decision)
            case.status = case_status
            case.last_action = action
            case.updated_at = now
            if case_status == "closed":
                case.closed_at = now
                case.open_dedupe_key = None
            if action == "escalate":  # to the top of the queue with a fresh P1 clock
                case.priority = 1
                case.assignee = None
                case.due_at = now + sla_for(1)
            s.flush()  # UPDATE ... WHERE version = decided_on: a concurrent writer → StaleDataError
            audit_log.append(
                s, actor, "case.decided", f"case:{case_id}",
                {"decision_id": decision.id, "action": action, "reason_code": reason_code,
                 "tier": tier, "note": note, "accounts": chosen, "case_version": decided_on},
            )
            result = DecisionResult(case_id, decision.id, action, case_status, case.version,
                                    unchanged=keep)
            context = {"case_id": case_id, "decision_id": decision.id,
                       "reason_code": reason_code}
            _apply(s, result, change, current, target, tier, action, actor, reason, context)
            _apply_clearance(s, result, chosen, current, action, actor, context)
    except StaleDataError:
        raise Conflict(
            f"case {case_id} was decided or changed by someone else just now: reload it; "
            "your decision was not applied"
        ) from None
    gateway_bridge.changed()
    return result


def _apply_clearance(s: Session, result: DecisionResult, chosen: list[str],
                     current: dict[str, str | None], action: str, actor: str,
                     context: dict[str, Any]) -> None:
    """Record (approve) or drop (restrict, suspend) each decided account's clearance of its
    monitor evidence, in the decision's transaction; accounts the gateway does not know or whose
    state change failed are left alone."""
    if action not in CLEARANCE:
        return
    failed = {f["account_id"] for f in result.failed}
    for account_id in chosen:
        if current.get(account_id) is None or account_id in failed:
            continue
        record = gateway_bridge.apply_clearance(s, account_id, actor, clear=CLEARANCE[action],
                                                context=context)
        if record is not None:
            result.cleared.append({"account_id": account_id, "risk": record["risk"],
                                   "reason_codes": record["reason_codes"]})


def _check_open(case: Case, expected_version: int | None) -> None:
    if case.status == "closed":
        raise Conflict(f"case {case.id} is closed (last action: {case.last_action}); "
                       "reopen it on appeal first")
    if expected_version is not None and case.version != expected_version:
        raise Conflict(
            f"case {case.id} changed since you loaded it (version {expected_version}, now "
            f"{case.version}): reload it; your decision was not applied"
        )


def _apply(s: Session, result: DecisionResult, change: list[tuple[str, str]],
           current: dict[str, str | None], target: str | None, tier: str | None, action: str,
           actor: str, reason: str, context: dict[str, Any]) -> None:
    """Move each account through the gateway state machine inside the decision's transaction.

    An account whose state changed since the plan (another reviewer, the CLI) so that the move
    is no longer legal is reported in `failed` and audited as such; the others still move."""
    if target is None:
        return
    for account_id, _planned in change:
        before = current.get(account_id)
        problem = ("account no longer exists" if before is None
                   else gateway_bridge.check_transition(before, target))
        if before == target:
            result.unchanged.append({"account_id": account_id, "state": before,
                                     "reason": "already " + target})
            continue
        if problem:
            result.failed.append({"account_id": account_id, "error": problem[:200]})
            audit_log.append(s, actor, "account.state_change_failed", f"account:{account_id}",
                             {**context, "from": before, "to": target, "error": problem[:200]})
            continue
        if action == "restrict":
            gateway_bridge.apply_update(s, account_id, actor, {"tier": tier}, context)
        if action == "request_verification":
            gateway_bridge.apply_update(s, account_id, actor, {"verification": "pending"},
                                        context)
        gateway_bridge.apply_state(s, account_id, target, actor, reason,
                                   {**context, "tier": tier})
        result.changed.append({"account_id": account_id, "from": before, "to": target})
    if action == "restrict" and tier:
        for item in result.unchanged:
            if item.get("state") == "restricted":  # already restricted: the tier still applies
                gateway_bridge.apply_update(s, item["account_id"], actor, {"tier": tier},
                                            context)


def policy_tiers(policy_path: str | None) -> list[str] | None:
    """The tiers the jurisdiction policy defines (what restrict may choose), None if unknown."""
    try:
        from distillguard.policy.engine import Policy

        tiers = Policy.load(policy_path or None).to_json().get("tiers", {})
    except Exception:
        return None
    return sorted(k for k, v in tiers.items() if isinstance(v, dict)) or None
