"""The console overview's data: what is happening overall, from a handful of bounded queries.

Analysts start from a picture, not a queue: traffic and refusals, the gateway's and the
reviewers' decisions, open cases against their SLA, the riskiest clusters, partner-intel
matches and audit verdicts. Every query here is an aggregate grouped into a fixed number of
time buckets / case kinds, or a row list with a hard cap, so the page costs about the same over
ten events or ten million (the events' `ts` index narrows the window). Only SQL that SQLite and
PostgreSQL share is used; the one difference, rounding a bucket number down, is compiled per
dialect (`_Floor`). Nothing is invented: a section without data says so.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Float, and_, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from distillguard.review.cases import ACTIVE_STATUSES, KINDS, PRIORITIES, as_utc, sla_for
from distillguard.review.errors import ReviewError
from distillguard.review.models import Case, CaseAccount, Decision
from distillguard.store.db import Database

# window name -> (span in seconds, number of buckets)
WINDOWS: dict[str, tuple[int, int]] = {
    "24h": (86_400, 48), "7d": (7 * 86_400, 56), "30d": (30 * 86_400, 60),
}
DEFAULT_WINDOW = "24h"
TOP_CLUSTERS = 10
CLUSTER_CASES_SCANNED = 200  # active cluster cases read (most urgent first) to rank by risk
RISK_ROWS = 2000  # accounts with a monitor risk read (riskiest first) to group into clusters
RECENT_INTEL = 10
RECENT_AUDITS = 10
TEXT = 200  # cap on any partner- or monitor-supplied text shown


class _Floor(FunctionElement[float]):
    """floor(x) for x ≥ 0: PostgreSQL's floor(); SQLite (floor() only with its optional math
    functions) truncates with CAST, which equals floor for non-negative numbers."""

    name = "floor"
    type = Float()
    inherit_cache = True


@compiles(_Floor)
def _floor(element: _Floor, compiler: SQLCompiler, **kw: Any) -> str:
    return f"floor({compiler.process(element.clauses, **kw)})"


@compiles(_Floor, "sqlite")
def _floor_sqlite(element: _Floor, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@dataclass(frozen=True)
class Window:
    """`buckets` equal time buckets of `step` seconds from `start` (edges on multiples of the
    step, so a reload a minute later shows the same buckets)."""

    name: str
    start: float
    step: float
    buckets: int

    @property
    def end(self) -> float:
        return self.start + self.step * self.buckets

    def edge(self, i: int) -> datetime:
        return datetime.fromtimestamp(self.start + i * self.step, UTC)


def window(name: str = DEFAULT_WINDOW, now: float | None = None) -> Window:
    """The named window ending at the current bucket's end; an unknown name is a 400."""
    if name not in WINDOWS:
        raise ReviewError(f"unknown window {name[:20]!r}: use one of {', '.join(WINDOWS)}")
    span, buckets = WINDOWS[name]
    step = span / buckets
    end = math.ceil((time.time() if now is None else now) / step) * step
    return Window(name, end - span, step, buckets)


def traffic(db: Database, w: Window) -> dict[str, Any]:
    """Per bucket: requests served / refused (HTTP ≥ 400), the gateway policy's `review` and
    `deny` decisions (from the events table), and reviewers' decisions on cases."""
    from distillguard.gateway.models import Event

    n = w.buckets
    series = {k: [0] * n for k in ("served", "refused", "policy_review", "policy_deny",
                                   "reviewer_decisions")}
    inner = (
        select(_Floor((Event.ts - w.start) / w.step).label("b"),
               case((Event.status >= 400, 1), else_=0).label("refused"),
               Event.decision.label("decision"))
        .where(Event.ts >= w.start, Event.ts < w.end)
        .subquery()
    )
    grouped = (select(inner.c.b, inner.c.refused, inner.c.decision, func.count())
               .group_by(inner.c.b, inner.c.refused, inner.c.decision))
    # Reviewer decisions are stamped with a datetime: bucketed by comparisons with the edges
    # (portable, unlike datetime arithmetic).
    bucket_of = case(*[(Decision.created_at < w.edge(i + 1), i) for i in range(n - 1)],
                     else_=n - 1)
    inner_d = (select(bucket_of.label("b"))
               .where(Decision.created_at >= w.edge(0), Decision.created_at < w.edge(n))
               .subquery())
    with db.session() as s:
        for b, refused, decision, count in s.execute(grouped):
            i = min(max(int(b), 0), n - 1)
            series["refused" if refused else "served"][i] += count
            if decision in ("review", "deny"):
                series[f"policy_{decision}"][i] += count
        for b, count in s.execute(select(inner_d.c.b, func.count()).group_by(inner_d.c.b)):
            series["reviewer_decisions"][min(max(int(b), 0), n - 1)] += count
    totals = {k: sum(v) for k, v in series.items()}
    totals["requests"] = totals["served"] + totals["refused"]
    return {"series": series, "totals": totals}


def open_cases(db: Database, sla_hours: dict[int, float] | None = None,
               now: datetime | None = None) -> dict[str, Any]:
    """Active cases per kind in three SLA bands — `fresh` (under half of the priority's SLA
    used), `late` (over half), `overdue` — with the oldest case's opening time."""
    now = now or datetime.now(UTC)
    half = [(and_(Case.priority == p, Case.due_at <= now + sla_for(p, sla_hours) / 2), "late")
            for p in PRIORITIES]
    band = case((Case.due_at <= now, "overdue"), *half, else_="fresh")
    inner = (select(Case.kind.label("kind"), band.label("band"), Case.opened_at.label("opened"))
             .where(Case.status.in_(ACTIVE_STATUSES)).subquery())
    stmt = (select(inner.c.kind, inner.c.band, func.count(), func.min(inner.c.opened))
            .group_by(inner.c.kind, inner.c.band))
    rows: dict[str, dict[str, Any]] = {}
    with db.session() as s:
        for kind, band_name, count, oldest in s.execute(stmt):
            row = rows.setdefault(kind, {"kind": kind, "fresh": 0, "late": 0, "overdue": 0,
                                         "oldest_opened_at": None})
            row[band_name] += count
            opened = as_utc(oldest) if isinstance(oldest, datetime) else _parse_dt(oldest)
            if opened is not None and (row["oldest_opened_at"] is None
                                       or opened < row["oldest_opened_at"]):
                row["oldest_opened_at"] = opened
    order = {k: i for i, k in enumerate(KINDS)}
    out = sorted(rows.values(), key=lambda r: (order.get(r["kind"], len(order)), r["kind"]))
    for row in out:
        row["total"] = row["fresh"] + row["late"] + row["overdue"]
        opened = row["oldest_opened_at"]
        row["oldest_age_h"] = round((now - opened).total_seconds() / 3600, 1) if opened else None
        row["oldest_opened_at"] = opened.isoformat() if opened else None
    return {"by_kind": out, "total": sum(r["total"] for r in out),
            "overdue": sum(r["overdue"] for r in out)}


def _parse_dt(value: Any) -> datetime | None:
    """SQLite may hand an aggregate's datetime back as text."""
    if not isinstance(value, str):
        return None
    try:
        return as_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def _iso(value: datetime | None) -> str | None:
    stamped = as_utc(value)
    return stamped.isoformat() if stamped is not None else None


def _risk(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def top_clusters(db: Database, limit: int = TOP_CLUSTERS) -> list[dict[str, Any]]:
    """The riskiest clusters the console knows of: those in the accounts' latest monitor risks
    (`monitor scan --apply`, grouped by scan and cluster id; members counted among the
    `RISK_ROWS` riskiest accounts) and active cluster cases (`cases ingest`), linked to each
    other through a shared account; highest risk first."""
    from distillguard.gateway.models import Account

    with db.session() as s:
        risky = s.execute(
            select(Account.id, Account.risk, Account.risk_detail, Account.risk_scan_id,
                   Account.risk_updated_at)
            .where(Account.risk.is_not(None))
            .order_by(Account.risk.desc(), Account.id).limit(RISK_ROWS)
        ).all()
        members = (select(func.count()).where(CaseAccount.case_id == Case.id)
                   .correlate(Case).scalar_subquery())
        case_rows = s.execute(
            select(Case.id, Case.subject, Case.status, Case.evidence["risk"], members,
                   Case.opened_at)
            .where(Case.kind == "cluster", Case.status.in_(ACTIVE_STATUSES))
            .order_by(Case.priority, Case.opened_at.desc(), Case.id.desc())
            .limit(CLUSTER_CASES_SCANNED)
        ).all()
    scanned: dict[tuple[str | None, str], dict[str, Any]] = {}
    for account_id, risk, detail_text, scan_id, updated in risky:
        try:
            detail = json.loads(detail_text or "{}")
        except ValueError:
            detail = {}
        cluster_id = detail.get("cluster_id") if isinstance(detail, dict) else None
        if not cluster_id:
            continue
        key = (scan_id, str(cluster_id)[:TEXT])
        entry = scanned.setdefault(key, {
            "cluster_id": key[1], "risk": _risk(risk), "members": 0, "flagged": 0,
            "source": "monitor scan", "scan_id": scan_id, "case_id": None, "case_status": None,
            "updated_at": None, "top_account": account_id})
        entry["members"] += 1
        entry["flagged"] += bool(detail.get("flagged"))
        if updated is not None:
            entry["updated_at"] = max(entry["updated_at"] or 0.0, float(updated))
    ranked_scans = sorted(scanned.values(), key=lambda c: -(c["risk"] or 0.0))[:limit]
    linked = _cluster_case_of(db, [c["top_account"] for c in ranked_scans])
    shown_cases: set[int] = set()
    for entry in ranked_scans:
        hit = linked.get(entry.pop("top_account"))
        if hit is not None:
            entry["case_id"], entry["case_status"] = hit
            shown_cases.add(hit[0])
        if entry["updated_at"] is not None:
            entry["updated_at"] = datetime.fromtimestamp(entry["updated_at"], UTC).isoformat()
    from_cases = [
        {"cluster_id": str(subject)[:TEXT], "risk": _risk(risk), "members": int(n),
         "flagged": None, "source": "case", "scan_id": None, "case_id": case_id,
         "case_status": status, "updated_at": _iso(opened)}
        for case_id, subject, status, risk, n, opened in case_rows if case_id not in shown_cases
    ]
    merged = ranked_scans + from_cases
    merged.sort(key=lambda c: (c["risk"] is None, -(c["risk"] or 0.0), -(c["members"] or 0)))
    return merged[:limit]


def _cluster_case_of(db: Database, account_ids: list[str]) -> dict[str, tuple[int, str]]:
    """The newest cluster case holding each of these (at most `TOP_CLUSTERS`) accounts."""
    if not account_ids:
        return {}
    out: dict[str, tuple[int, str]] = {}
    with db.session() as s:
        for account_id, case_id, status in s.execute(
            select(CaseAccount.account_id, Case.id, Case.status)
            .join(Case, Case.id == CaseAccount.case_id)
            .where(Case.kind == "cluster", CaseAccount.account_id.in_(account_ids))
            .order_by(Case.opened_at.desc(), Case.id.desc())
        ):
            out.setdefault(account_id, (case_id, status))
    return out


def intel_matches(db: Database, w: Window, limit: int = RECENT_INTEL) -> dict[str, Any]:
    """The newest intel cases (local accounts matching partner indicators) and counts."""
    with db.session() as s:
        recent = list(s.scalars(select(Case).where(Case.kind == "intel")
                                .order_by(Case.updated_at.desc(), Case.id.desc()).limit(limit)))
        active = s.scalar(select(func.count()).select_from(Case).where(
            Case.kind == "intel", Case.status.in_(ACTIVE_STATUSES))) or 0
        opened = s.scalar(select(func.count()).select_from(Case).where(
            Case.kind == "intel", Case.opened_at >= w.edge(0))) or 0
    rows = []
    for c in recent:
        evidence = c.evidence if isinstance(c.evidence, dict) else {}
        listed = evidence.get("indicators")
        indicators = listed if isinstance(listed, list) else []
        dropped = evidence.get("indicators_dropped")
        rows.append({
            "case_id": c.id, "account_id": c.subject, "status": c.status,
            "indicators": len(indicators) + (dropped if isinstance(dropped, int) else 0),
            "kinds": [str(k)[:32] for k in list(evidence.get("kinds") or [])[:10]],
            "sources": [str(k)[:TEXT] for k in list(evidence.get("sources") or [])[:5]],
            "updated_at": _iso(c.updated_at),
        })
    return {"recent": rows, "active": active, "opened_in_window": opened}


def recent_audits(db: Database, limit: int = RECENT_AUDITS) -> list[dict[str, Any]]:
    """Radioactivity-audit verdicts the lab holds: the audit-evidence objects in its intel store
    (published locally with `intel export --audit … --publish`, or received from partners).
    The console keeps no other record of audits. Partner JSON is untrusted: cut to size."""
    from distillguard.intel.models import IntelMember, IntelObject
    from distillguard.intel.vocab import EVIDENCE_TYPE

    with db.session() as s:
        rows = s.execute(
            select(IntelObject.stix_id, IntelObject.body, IntelObject.date_added,
                   IntelObject.tlp, IntelMember.name)
            .join(IntelMember, IntelMember.id == IntelObject.owner_member_id, isouter=True)
            .where(IntelObject.stix_type == EVIDENCE_TYPE, IntelObject.is_latest.is_(True))
            .order_by(IntelObject.date_added.desc(), IntelObject.pk.desc())
            .limit(limit * 5)
        ).all()
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for stix_id, body, date_added, tlp, member in rows:
        if stix_id in seen:  # the same object stored in several collections
            continue
        seen.add(stix_id)
        try:
            obj = json.loads(body)
        except ValueError:
            continue
        if not isinstance(obj, dict):
            continue
        tokens = obj.get("tokens_scored")
        out.append({
            "id": str(stix_id)[:TEXT], "name": str(obj.get("name") or "")[:TEXT],
            "verdict": str(obj.get("verdict") or "unknown")[:40],
            "p_value": _risk(obj.get("p_value")),
            "tokens_scored": tokens if isinstance(tokens, int) and not isinstance(tokens, bool)
            else None,
            "mode": str(obj.get("mode") or "")[:20] or None,
            "source": str(member)[:100] if member else "this lab", "tlp": tlp,
            "added_at": datetime.fromtimestamp(date_added / 1e6, UTC).isoformat(),
        })
        if len(out) >= limit:
            break
    return out


def overview(db: Database, window_name: str = DEFAULT_WINDOW,
             sla_hours: dict[int, float] | None = None, now: float | None = None
             ) -> dict[str, Any]:
    """Everything the overview page shows, JSON-ready (the page's JSON view returns it)."""
    w = window(window_name, now)
    now_dt = datetime.fromtimestamp(time.time() if now is None else now, UTC)
    return {
        "window": {"name": w.name, "start": w.edge(0).isoformat(), "start_ts": w.start,
                   "end": w.edge(w.buckets).isoformat(), "step_s": w.step,
                   "buckets": w.buckets},
        "traffic": traffic(db, w),
        "cases": open_cases(db, sla_hours, now_dt),
        "clusters": top_clusters(db),
        "intel": intel_matches(db, w),
        "audits": recent_audits(db),
    }
