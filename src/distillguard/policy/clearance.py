"""A reviewer's clearance of monitor evidence: which evidence an approval covers, and whether a
later monitor result is still covered by it.

Why: the monitor's false positives come in whole kinds (a hackathon on its sponsor's card, a
course's students, a publisher's pipeline — docs/monitor.md, "Known limits"). Without a way to
record "reviewed, legitimate", such an account stays at the review tier and `monitor watch
--open-cases` reopens a case for it on every round, however often a reviewer approves it. With
it, an approval covers the evidence the reviewer saw — the monitor's reason codes at the time —
and nothing more: a later scan that finds a kind of evidence the reviewer did not see (a code
outside the cleared set) routes the account to review and opens a case again. A clearance never
lifts a deny-level risk the reviewer did not see (the risk was below the deny threshold when
they approved).

Plain functions over plain values; the gateway stores the record (`gw_accounts.risk_cleared`,
JSON), the review package writes it on `approve` and drops it on `restrict` / `suspend`, the
policy engine and `cases ingest` read it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

MAX_CODES = 16  # as many as apply.py stores per account
MAX_CODE_CHARS = 32


@dataclass(frozen=True)
class Clearance:
    """What a reviewer approved: the monitor risk and reason codes in view, and where."""

    risk: float
    reason_codes: frozenset[str]
    scan_id: str | None = None
    case_id: int | None = None
    decision_id: int | None = None
    at: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"risk": self.risk, "reason_codes": sorted(self.reason_codes), "scan_id": self.scan_id,
                "case_id": self.case_id, "decision_id": self.decision_id, "at": self.at}


def reason_codes_of(risk_detail: str | None) -> frozenset[str]:
    """The reason codes of a stored monitor result (`gw_accounts.risk_detail`); none if absent or
    unreadable (then nothing new can be proven covered, see `covers`)."""
    try:
        detail = json.loads(risk_detail or "{}")
    except ValueError:
        return frozenset()
    codes = detail.get("reason_codes") if isinstance(detail, dict) else None
    if not isinstance(codes, list):
        return frozenset()
    return frozenset(str(c)[:MAX_CODE_CHARS] for c in codes[:MAX_CODES] if isinstance(c, str))


def clearance_from(risk: float | None, risk_detail: str | None, *, scan_id: str | None,
                   case_id: int | None, decision_id: int | None, at: float) -> Clearance | None:
    """The clearance an approval records for an account's current monitor result; None when the
    monitor has never scored it (nothing to clear)."""
    if risk is None or not math.isfinite(risk):
        return None
    return Clearance(risk=float(risk), reason_codes=reason_codes_of(risk_detail), scan_id=scan_id,
                     case_id=case_id, decision_id=decision_id, at=at)


def dumps(clearance: Clearance) -> str:
    return json.dumps(clearance.to_json(), sort_keys=True)


def loads(text: str | None) -> Clearance | None:
    """A stored clearance; None for NULL or a record that does not parse (an unreadable record
    clears nothing: it fails closed)."""
    if not text:
        return None
    try:
        raw = json.loads(text)
        risk = float(raw["risk"])
        codes = raw["reason_codes"]
        if not isinstance(codes, list) or not math.isfinite(risk):
            return None
        case_id, decision_id = raw.get("case_id"), raw.get("decision_id")
        return Clearance(
            risk=risk, reason_codes=frozenset(str(c) for c in codes if isinstance(c, str)),
            scan_id=raw.get("scan_id") if isinstance(raw.get("scan_id"), str) else None,
            case_id=case_id if isinstance(case_id, int) else None,
            decision_id=decision_id if isinstance(decision_id, int) else None,
            at=float(raw["at"]) if isinstance(raw.get("at"), (int, float)) else None)
    except (ValueError, KeyError, TypeError):
        return None


def covers(clearance: Clearance | None, reason_codes: frozenset[str] | set[str], risk: float) -> bool:
    """True when every kind of evidence in a monitor result was in view when the reviewer
    approved: its reason codes are a subset of the cleared ones. A result that names no codes
    (a flags file from another tool) says nothing about its evidence; it is covered only if its
    risk is no higher than the one the reviewer approved."""
    if clearance is None:
        return False
    if not reason_codes:
        return risk <= clearance.risk
    return set(reason_codes) <= clearance.reason_codes


def covers_deny(clearance: Clearance | None, risk: float, deny_threshold: float) -> bool:
    """A deny-level risk is covered only if the reviewer approved at a deny-level risk too."""
    return clearance is not None and (risk < deny_threshold or clearance.risk >= deny_threshold)
