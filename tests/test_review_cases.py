"""Cases and decisions: dedupe, SLA, reason codes, state changes through the gateway, conflicts."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from distillguard.gateway.accounts import create_account
from distillguard.review import cases, decisions
from distillguard.review.audit_log import verify
from distillguard.review.errors import Conflict, ReviewError
from distillguard.review.ingest import ingest_flags
from distillguard.review.models import Case, Decision
from distillguard.store.db import Database


@pytest.fixture
def db(isolated_home):
    database = Database(f"sqlite:///{isolated_home / 'review.db'}")
    database.migrate()
    return database


def _accounts(db, n, org="Acme"):
    return [create_account(db, f"{org}{i}", "US")[0] for i in range(n)]


def _state(db, account_id):
    with db.session() as s:
        return s.scalar(text("SELECT state FROM gw_accounts WHERE id = :i"), {"i": account_id})


def _flags(members, extra):
    return {
        "accounts": [{"account_id": a, "risk": 0.8, "flagged": True, "reasons": ["shared ip"],
                      "cluster_id": "c7", "contributions": {"shared_ip": 0.5, "volume": 0.3}}
                     for a in members] + extra,
        "clusters": [{"cluster_id": "c7", "accounts": members, "reasons": ["shared ip"]}],
    }


def test_open_case_is_idempotent_while_open(db):
    first = cases.open_case(db, "policy", "acct_1", {"reasons": ["x"]}, 3, "policy:acct_1")
    again = cases.open_case(db, "policy", "acct_1", {"reasons": ["y"]}, 3, "policy:acct_1")
    assert first.id == again.id
    assert first.account_ids == ["acct_1"]
    due = cases.as_utc(first.due_at) - cases.as_utc(first.opened_at)
    assert due.total_seconds() == 72 * 3600  # P3 SLA


def test_concurrent_open_yields_one_case(db):
    ids = []

    def opener():
        ids.append(cases.open_case(db, "policy", "a", {}, 2, "policy:a").id)

    threads = [threading.Thread(target=opener) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1 and len(ids) == 6
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1


def test_ingest_one_case_per_cluster_and_risky_accounts(db):
    members = ["m1", "m2", "m3"]
    extra = [{"account_id": "solo", "risk": 0.7, "flagged": True, "reasons": ["r"]},
             {"account_id": "low", "risk": 0.3, "flagged": False, "reasons": []}]
    summary = ingest_flags(db, _flags(members, extra), min_risk=0.5)
    assert summary["opened"] == 2 and summary["existing"] == 0
    queue = cases.list_cases(db)
    cluster = next(c for c in queue if c.kind == "cluster")
    assert cluster.account_ids == members and cluster.priority == 2
    assert {m["account_id"] for m in cluster.evidence["members"]} == set(members)
    assert cluster.evidence["members"][0]["signals"] == [
        {"name": "shared_ip", "contribution": 0.5}, {"name": "volume", "contribution": 0.3}]
    assert [c.subject for c in queue if c.kind == "monitor_account"] == ["solo"]
    again = ingest_flags(db, _flags(members, extra), min_risk=0.5)
    assert again["opened"] == 0 and again["existing"] == 2
    stricter = ingest_flags(db, _flags(["m1", "m2"], extra), min_risk=0.2)
    assert stricter["opened"] == 2  # new member set, and "low" now counts


def test_ingest_rejects_bad_shapes(db):
    for bad in ([], {"accounts": "x"}, {"accounts": [{"risk": 1}]}, {"clusters": [{"x": 1}]}):
        with pytest.raises(ReviewError):
            ingest_flags(db, bad)


def test_cluster_suspend_is_bulk_and_effective(db):
    members = _accounts(db, 3)
    ingest_flags(db, _flags(members, []))
    case = cases.list_cases(db, kind="cluster")[0]
    result = decisions.decide(db, case.id, "suspend", "coordinated_campaign", "alice",
                              expected_version=case.version, note="same IP block")
    assert [c["account_id"] for c in result.changed] == sorted(members)
    assert all(_state(db, a) == "suspended" for a in members)
    closed = cases.get_case(db, case.id)
    assert closed.status == "closed" and closed.decisions[0].reason_code == "coordinated_campaign"
    with db.session() as s:
        result = verify(s)
        assert result.ok
        actions = [r[0] for r in s.execute(text("SELECT action FROM review_audit_log"))]
    assert actions.count("account.state_changed") == 3 and "case.decided" in actions
    transitions = db.engine.connect().execute(
        text("SELECT actor, reason FROM gw_state_transitions WHERE to_state='suspended'")).all()
    assert len(transitions) == 3 and all("coordinated_campaign" in r.reason for r in transitions)


def test_restrict_sets_tier_and_subset_only(db):
    members = _accounts(db, 2)
    ingest_flags(db, _flags(members, []))
    case = cases.list_cases(db, kind="cluster")[0]
    decisions.decide(db, case.id, "restrict", "elevated_volume", "bob", tier="trial",
                     accounts=[members[0]])
    assert _state(db, members[0]) == "restricted" and _state(db, members[1]) == "active"
    with db.session() as s:
        tier = s.scalar(text("SELECT tier FROM gw_accounts WHERE id=:i"), {"i": members[0]})
    assert tier == "trial"


def test_request_verification_waits_and_escalate_bumps(db):
    (acct,) = _accounts(db, 1)
    case = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    result = decisions.decide(db, case.id, "request_verification", "kyc_incomplete", "bob")
    assert result.case_status == "waiting" and _state(db, acct) == "under_review"
    result = decisions.decide(db, case.id, "escalate", "legal_review", "bob")
    escalated = cases.get_case(db, case.id)
    assert escalated.status == "escalated" and escalated.priority == 1
    decisions.decide(db, case.id, "approve", "verified_identity", "carol")
    assert _state(db, acct) == "approved"


def test_bad_decisions_are_refused(db):
    (acct,) = _accounts(db, 1)
    case = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    for action, code, tier in [("ban", "x", None), ("suspend", "false_positive", None),
                               ("restrict", "elevated_volume", None),
                               ("approve", "false_positive", "gold")]:
        with pytest.raises(ReviewError):
            decisions.decide(db, case.id, action, code, "bob", tier=tier)
    with pytest.raises(ReviewError, match="not linked"):
        decisions.decide(db, case.id, "suspend", "terms_violation", "bob", accounts=["other"])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0
    assert _state(db, acct) == "active"


def test_closed_case_conflicts_until_appeal(db):
    (acct,) = _accounts(db, 1)
    case = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    decisions.decide(db, case.id, "suspend", "terms_violation", "bob")
    with pytest.raises(Conflict, match="closed"):
        decisions.decide(db, case.id, "approve", "false_positive", "bob")
    # while closed, the same dedupe key opens a fresh case
    newer = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    assert newer.id != case.id
    decisions.decide(db, newer.id, "approve", "verified_identity", "bob")
    reopened = cases.appeal(db, case.id, "support", note="customer appeal")
    assert reopened.status == "open" and reopened.priority == 2
    decisions.decide(db, case.id, "approve", "verified_identity", "carol")
    assert _state(db, acct) == "approved"


def test_stale_version_conflicts_and_writes_nothing(db):
    (acct,) = _accounts(db, 1)
    case = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    cases.assign(db, case.id, "bob", "bob")
    with pytest.raises(Conflict, match="changed since"):
        decisions.decide(db, case.id, "suspend", "terms_violation", "alice",
                         expected_version=case.version)
    assert _state(db, acct) == "active"


def _race(db, case_id, version, n=6):
    outcomes = []
    barrier = threading.Barrier(n)

    def reviewer(i):
        barrier.wait()
        try:
            decisions.decide(db, case_id, "suspend" if i % 2 else "approve",
                             "terms_violation" if i % 2 else "false_positive", f"r{i}",
                             expected_version=version)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def _check_race(db, outcomes, case_id):
    assert sorted(outcomes) == ["conflict"] * (len(outcomes) - 1) + ["ok"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        assert verify(s).ok
        decided = s.scalar(text("SELECT count(*) FROM review_audit_log WHERE action = "
                                "'case.decided'"))
    assert decided == 1


def test_concurrent_decisions_one_wins_sqlite(db):
    (acct,) = _accounts(db, 1)
    case = cases.open_case(db, "policy", acct, {}, 3, f"policy:{acct}")
    _check_race(db, _race(db, case.id, case.version), case.id)


@pytest.mark.postgres
def test_concurrent_decisions_one_wins_postgres(postgres_url):
    from helpers import migrated_postgres

    with migrated_postgres(postgres_url, "dg_review") as pg:
        (acct,) = _accounts(pg, 1)
        case = cases.open_case(pg, "policy", acct, {}, 3, f"policy:{acct}")
        _check_race(pg, _race(pg, case.id, case.version), case.id)
        flags = _flags(_accounts(pg, 3, org="Beta"), [])
        assert ingest_flags(pg, flags)["opened"] == 1


def test_queue_filters_and_sorts(db):
    a = cases.open_case(db, "policy", "a", {}, 4, "k:a")
    b = cases.open_case(db, "monitor_account", "b", {}, 1, "k:b")
    time.sleep(0.01)
    c = cases.open_case(db, "intel", "c", {}, 2, "k:c")
    assert [x.id for x in cases.list_cases(db)] == [b.id, c.id, a.id]
    assert [x.id for x in cases.list_cases(db, sort="opened")][0] == c.id
    assert [x.id for x in cases.list_cases(db, kind="intel")] == [c.id]
    cases.assign(db, a.id, "bob", "bob")
    assert [x.id for x in cases.list_cases(db, assignee="bob")] == [a.id]
    assert a.id not in [x.id for x in cases.list_cases(db, assignee="-")]
    assert [x.id for x in cases.list_cases(db, account="b")] == [b.id]
    for bad in ({"status": "weird"}, {"kind": "x"}, {"sort": "random"}):
        with pytest.raises(ReviewError):
            cases.list_cases(db, **bad)


def test_monitor_scan_shape_is_understood(db):
    """The monitor's real output: signal values (contributions from its weights), cluster risk."""
    from distillguard.monitor.scoring import Calibration

    weights = Calibration.load().weights

    flags = {
        "accounts": [
            {"account_id": "x1", "risk": 0.81, "flagged": True, "reasons": ["CoT requests"],
             "reason_codes": ["cot"], "cluster_id": "k1",
             "signals": {"own_score": 0.81, "cot": 0.9, "template": 0.5, "events": 40,
                         "gap_cv": None}},
            {"account_id": "x2", "risk": 0.2, "flagged": False, "reasons": [], "cluster_id": "k1",
             "signals": {"cot": 0.1}},
            {"account_id": "office1", "risk": 0.1, "flagged": False, "reasons": [],
             "cluster_id": "k2", "signals": {}},
        ],
        "clusters": [
            {"cluster_id": "k1", "accounts": ["x1", "x2"], "reasons": ["2 accounts linked"],
             "risk": 0.77, "flagged": True, "links": {"ip24": 1}, "sync": 0.4},
            {"cluster_id": "k2", "accounts": ["office1", "office2"], "reasons": ["shared NAT"],
             "risk": 0.05, "flagged": False},
        ],
    }
    summary = ingest_flags(db, flags, min_risk=0.5)
    assert summary["opened"] == 1  # the benign office cluster opens nothing
    (case,) = cases.list_cases(db)
    assert case.kind == "cluster" and case.evidence["links"] == {"ip24": 1}
    x1 = case.evidence["members"][0]
    cot = next(s for s in x1["signals"] if s["name"] == "cot")
    assert cot == {"name": "cot", "value": 0.9, "contribution": round(weights["cot"] * 0.9, 4)}
    events = next(s for s in x1["signals"] if s["name"] == "events")
    assert "contribution" not in events


def test_policy_hook_dedupes(db):
    reasons = [{"code": "declared_country_flagged", "message": "HK", "effect": "review"}]
    first = cases.open_policy_case(db, "acct_p", reasons)
    again = cases.open_policy_case(db, "acct_p", reasons)
    assert first.id == again.id and first.kind == "policy"
    assert "declared_country_flagged" in first.title
    decisions.decide(db, first.id, "approve", "verified_identity", "bob")
    assert cases.open_policy_case(db, "acct_p", reasons).id != first.id
