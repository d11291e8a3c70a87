"""Closing the loop: write each account's monitor risk where the gateway's policy reads it.

`monitor scan` produces a document (the contract: `{"accounts": [{"account_id", "risk",
"flagged", "reasons", "cluster_id", ...}], "clusters": [...]}`); until something stores those
risks on the gateway's accounts, the policy's `monitor_risk` / `monitor_risk_high` rules (which
read `AccountFacts.risk`) can never fire. `apply_risk` is that something:

- every known account's risk (plus the scan id, the time and a size-capped copy of the reasons)
  is written to `gw_accounts` in one transaction per batch, **with the hash-chained audit entry
  (`account.risk_set`) of every change in the same transaction** — the project rule that no
  state changes without its audit record, even if the process dies half-way;
- the whole document is validated before anything is written, so a NaN in row 90,000 does not
  leave a half-applied scan; risks must be finite numbers in [0, 1];
- reasons come from event data an attacker shapes (prompts, user agents), so they are capped
  (count and length) and stripped of control characters before they reach the database;
- re-applying the same scan changes nothing and writes no audit entry (the risk, flag, cluster
  and reasons are compared first; only differences are written);
- accounts the gateway does not know (a scan of someone else's log, deleted accounts) are
  counted and reported, never errors;
- afterwards the gateway's in-process account cache is cleared; a gateway in another process
  sees the new risk within its `cache_ttl_s` (default 2 s), exactly as it sees a suspension
  made with `distillguard accounts set-state`.
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from distillguard.errors import DistillguardError
from distillguard.store.db import Database

MAX_REASONS = 10  # the scanner ranks reasons by contribution: the first ones are the ones to keep
MAX_REASON_CHARS = 300
MAX_REASON_CODES = 16
MAX_CODE_CHARS = 32
MAX_CLUSTER_ID_CHARS = 64
MAX_ACCOUNT_ID_CHARS = 64  # gw_accounts.id is String(64): a longer id cannot be a known account
MAX_REPORTED_UNKNOWN = 20
BATCH = 500
RISK_DIGITS = 6  # stored precision; equal after rounding = unchanged (idempotent re-apply)
AUDIT_ACTION = "account.risk_set"


@dataclass(frozen=True)
class RiskUpdate:
    """One account's validated, size-capped entry from a scan document."""

    account_id: str
    risk: float
    flagged: bool
    cluster_id: str | None
    reasons: tuple[str, ...]
    reason_codes: tuple[str, ...] = ()

    def detail(self) -> dict[str, Any]:
        """What is stored beside the number (`gw_accounts.risk_detail`, JSON)."""
        return {"flagged": self.flagged, "cluster_id": self.cluster_id,
                "reasons": list(self.reasons), "reason_codes": list(self.reason_codes)}


@dataclass
class ApplySummary:
    """What one apply did; `to_json()` is the CLI's summary line."""

    scan_id: str
    accounts: int = 0  # entries in the scan document
    updated: int = 0  # known accounts whose risk/flag/reasons changed (one audit entry each)
    unchanged: int = 0  # known accounts already holding exactly this result
    unknown: int = 0  # accounts the gateway does not know
    unknown_examples: list[str] = field(default_factory=list)
    raised: int = 0  # updated accounts whose risk went up (or was set for the first time)
    lowered: int = 0
    cases: dict[str, Any] | None = None  # review.ingest.ingest_flags result, when asked for
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out = {"scan_id": self.scan_id, "accounts": self.accounts, "updated": self.updated,
               "unchanged": self.unchanged, "unknown": self.unknown,
               "unknown_examples": self.unknown_examples, "raised": self.raised,
               "lowered": self.lowered, "seconds": round(self.seconds, 3)}
        if self.cases is not None:
            out["cases"] = {k: self.cases[k] for k in ("opened", "existing", "cleared") if k in self.cases}
        return out


def _clean(text: str, limit: int) -> str:
    """Printable text of at most `limit` characters (control characters → spaces)."""
    if len(text) > limit * 4:  # never walk megabytes of hostile text character by character
        text = text[: limit * 4]
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
                   for c in text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(account_id: Any) -> str:
    """An account id fit to quote in an error message (hostile ids are cut)."""
    return repr(_clean(str(account_id), MAX_ACCOUNT_ID_CHARS))


def _entry(index: int, entry: Any) -> RiskUpdate:
    if not isinstance(entry, dict):
        raise DistillguardError(f"scan accounts[{index}]: expected an object")
    account_id = entry.get("account_id")
    if not isinstance(account_id, str) or not account_id.strip():
        raise DistillguardError(f"scan accounts[{index}]: account_id must be a non-empty string")
    who = f"account {_label(account_id)}"
    risk = entry.get("risk")
    if isinstance(risk, bool) or not isinstance(risk, numbers.Real):
        raise DistillguardError(f"{who}: risk must be a number in [0, 1], got "
                                f"{type(risk).__name__} {_clean(repr(risk), 40)}")
    risk = float(risk)
    if not math.isfinite(risk) or not 0.0 <= risk <= 1.0:
        raise DistillguardError(f"{who}: risk must be a finite number in [0, 1], got {risk!r}")
    flagged = entry.get("flagged", False)
    if not isinstance(flagged, bool):
        raise DistillguardError(f"{who}: flagged must be true or false")
    cluster_id = entry.get("cluster_id")
    if cluster_id is not None:
        if isinstance(cluster_id, bool) or not isinstance(cluster_id, str | int):
            raise DistillguardError(f"{who}: cluster_id must be a string or null")
        cluster_id = _clean(str(cluster_id), MAX_CLUSTER_ID_CHARS) or None
    reasons = entry.get("reasons", [])
    if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
        raise DistillguardError(f"{who}: reasons must be a list of strings")
    codes = entry.get("reason_codes", [])
    if not isinstance(codes, list):
        raise DistillguardError(f"{who}: reason_codes must be a list of strings")
    return RiskUpdate(
        account_id=account_id,
        risk=round(risk, RISK_DIGITS),
        flagged=flagged,
        cluster_id=cluster_id,
        reasons=tuple(_clean(r, MAX_REASON_CHARS) for r in reasons[:MAX_REASONS]),
        reason_codes=tuple(_clean(c, MAX_CODE_CHARS) for c in codes[:MAX_REASON_CODES]
                           if isinstance(c, str)),
    )


def validate_scan(doc: Any) -> list[RiskUpdate]:
    """Every account entry of a scan document, validated; raises on the first bad one.

    Errors name the account (`account 'acct_x': risk must be a finite number in [0, 1], got
    nan`). Duplicate account ids are refused: which of two risks to enforce would be a guess.
    """
    if not isinstance(doc, dict) or not isinstance(doc.get("accounts"), list):
        raise DistillguardError('scan result must be a JSON object {"accounts": [...], ...}')
    if not isinstance(doc.get("clusters", []), list):
        raise DistillguardError("scan result: clusters must be a list")
    updates: list[RiskUpdate] = []
    seen: set[str] = set()
    for index, entry in enumerate(doc["accounts"]):
        item = _entry(index, entry)
        if item.account_id in seen:
            raise DistillguardError(f"account {_label(item.account_id)} appears twice in the scan")
        seen.add(item.account_id)
        updates.append(item)
    return updates


def scan_id_of(updates: list[RiskUpdate]) -> str:
    """A content id for a scan's results: the same results → the same id."""
    digest = hashlib.sha256()
    for u in sorted(updates, key=lambda u: u.account_id):
        digest.update(json.dumps([u.account_id, u.risk, u.detail()], sort_keys=True,
                                 ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return f"scan-{digest.hexdigest()[:20]}"


def _detail_text(update_: RiskUpdate) -> str:
    return json.dumps(update_.detail(), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


def apply_risk(
    db: Database,
    doc: dict[str, Any],
    *,
    actor: str,
    scan_id: str | None = None,
    batch_size: int = BATCH,
    open_cases: bool = False,
    min_case_risk: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ApplySummary:
    """Write each known account's risk from a scan document; returns what changed.

    `actor` is recorded in every audit entry (e.g. "monitor:scan", "cli:alice").
    `open_cases` also opens review cases for risky clusters/accounts through
    `review.ingest.ingest_flags` (the code behind `distillguard cases ingest`, deduplicated).
    `progress(done, total)` is called after each batch.
    """
    from distillguard.gateway import accounts as gateway_accounts
    from distillguard.gateway.models import Account
    from distillguard.review import audit_log
    from distillguard.review.models import AuditHead

    if not isinstance(actor, str) or not actor.strip():
        raise DistillguardError("actor is required (who applies this scan)")
    actor = _clean(actor, 128)
    if batch_size < 1:
        raise DistillguardError("batch size must be positive")
    started = time.perf_counter()
    updates = validate_scan(doc)
    summary = ApplySummary(scan_id=_clean(scan_id, 64) if scan_id else scan_id_of(updates),
                           accounts=len(updates))
    # Ids longer than the column cannot be known accounts; they are not even looked up.
    candidates = sorted((u for u in updates if len(u.account_id) <= MAX_ACCOUNT_ID_CHARS),
                        key=lambda u: u.account_id)  # one lock order for concurrent appliers
    unknown = [u.account_id for u in updates if len(u.account_id) > MAX_ACCOUNT_ID_CHARS]

    def changed(rows: dict[str, Account], batch: list[RiskUpdate]) -> list[RiskUpdate]:
        return [u for u in batch if u.account_id in rows and (
            rows[u.account_id].risk != u.risk
            or rows[u.account_id].risk_detail != _detail_text(u))]

    for start in range(0, len(candidates), batch_size):
        batch = candidates[start:start + batch_size]
        ids = [u.account_id for u in batch]
        query = select(Account).where(Account.id.in_(ids))
        with db.session() as s:
            rows = {a.id: a for a in s.scalars(query)}
            unknown += [i for i in ids if i not in rows]
            todo = changed(rows, batch)
            if todo:
                # Take the audit chain's lock (the head row: PostgreSQL row lock, SQLite write
                # lock) before re-reading, so two appliers never both write the same change.
                s.execute(update(AuditHead).where(AuditHead.id == 1)
                          .values(seq=AuditHead.seq))
                rows = {a.id: a for a in s.scalars(
                    query.with_for_update().execution_options(populate_existing=True))}
                todo = changed(rows, batch)
            now = time.time()
            for u in todo:
                row = rows[u.account_id]
                previous = row.risk
                row.risk = u.risk
                row.risk_detail = _detail_text(u)
                row.risk_scan_id = summary.scan_id
                row.risk_updated_at = now
                audit_log.append(s, actor, AUDIT_ACTION, f"account:{u.account_id}", {
                    "risk": u.risk, "previous": previous, "scan_id": summary.scan_id,
                    **u.detail()})
                if previous is None or u.risk > previous:
                    summary.raised += 1
                elif u.risk < previous:
                    summary.lowered += 1
            summary.updated += len(todo)
            summary.unchanged += len(batch) - len(todo) - sum(1 for i in ids if i not in rows)
        if progress is not None:
            progress(min(start + batch_size, len(candidates)), len(candidates))
    summary.unknown = len(unknown)
    summary.unknown_examples = [_clean(i, MAX_ACCOUNT_ID_CHARS)
                                for i in sorted(unknown)[:MAX_REPORTED_UNKNOWN]]
    if summary.updated:
        gateway_accounts.CACHE.clear()  # this process's gateway (if any) sees it at once
    if open_cases:
        from distillguard.review.ingest import DEFAULT_MIN_RISK, ingest_flags

        summary.cases = ingest_flags(
            db, doc, min_risk=DEFAULT_MIN_RISK if min_case_risk is None else min_case_risk,
            actor=actor)
    summary.seconds = time.perf_counter() - started
    return summary
