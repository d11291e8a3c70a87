"""A reviewer's approval clears the monitor evidence it was made on, and only that.

Without it a false positive (a hackathon on its sponsor's card, a course's students) stayed at
the review tier and got a new case on every `monitor watch --open-cases` round however often it
was approved. With it: the approval records the reason codes in view (audited, in the decision's
transaction); the same kinds of evidence later route nowhere and open no case; a new kind of
evidence routes to review and opens a case again; a restriction or suspension drops the record.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from distillguard.gateway.accounts import account_facts, account_json, create_account
from distillguard.monitor.apply import apply_risk
from distillguard.policy import clearance
from distillguard.policy.clearance import Clearance
from distillguard.policy.engine import AccountFacts, Policy
from distillguard.review import audit_log
from distillguard.review.cases import list_cases
from distillguard.review.decisions import decide
from distillguard.review.models import AuditEntry
from helpers import BACKENDS, backend_database
from test_monitor_apply import call, live, until  # noqa: F401 - `live` is a fixture
from test_review_cli import run  # noqa: F401 - `run` is a fixture

POLICY = Policy.load()


def facts(risk: float | None, codes=(), cleared: Clearance | None = None, state="active") -> AccountFacts:
    return AccountFacts("a1", "o1", state, "standard", "US", "US", "verified", {"US": 1.0}, risk,
                        risk_codes=frozenset(codes), risk_cleared=cleared)


def codes_of(decision) -> list[str]:
    return [r.code for r in decision.reasons]


def scan(*entries: tuple[str, float, tuple[str, ...]]) -> dict:
    """A monitor document: (account, risk, reason codes) per account."""
    return {"accounts": [{"account_id": a, "risk": r, "flagged": r >= 0.5, "cluster_id": None,
                          "reasons": [f"evidence {c}" for c in codes], "reason_codes": list(codes)}
                         for a, r, codes in entries], "clusters": []}


# ----------------------------------------------------------------------------- the rule


def test_only_the_evidence_in_view_is_covered():
    seen = Clearance(risk=0.93, reason_codes=frozenset({"yield", "payment"}))
    assert clearance.covers(seen, {"yield"}, 0.99)  # the same kind, even stronger
    assert clearance.covers(seen, {"yield", "payment"}, 0.93)
    assert not clearance.covers(seen, {"yield", "rotation"}, 0.93)  # a kind the reviewer never saw
    assert not clearance.covers(None, {"yield"}, 0.9)
    # a result naming no evidence is judged by its risk against the one approved
    assert clearance.covers(seen, set(), 0.93) and not clearance.covers(seen, set(), 0.95)
    # deny-level risk: covered only if the reviewer approved at a deny level too
    assert clearance.covers_deny(seen, 0.99, 1.01) and not clearance.covers_deny(seen, 0.99, 0.95)
    assert clearance.covers_deny(Clearance(0.97, frozenset()), 0.99, 0.95)


def test_a_stored_record_round_trips_and_an_unreadable_one_clears_nothing():
    record = clearance.clearance_from(0.91, json.dumps({"reason_codes": ["yield", "cluster"]}),
                                      scan_id="s1", case_id=4, decision_id=7, at=1.0)
    assert clearance.loads(clearance.dumps(record)) == record
    assert record.reason_codes == {"yield", "cluster"}
    assert clearance.clearance_from(None, None, scan_id=None, case_id=None, decision_id=None, at=1.0) is None
    for bad in ("", "not json", "[]", '{"risk": "x", "reason_codes": []}', '{"risk": NaN, "reason_codes": []}',
                '{"risk": 0.9, "reason_codes": "yield"}', '{"reason_codes": []}'):
        assert clearance.loads(bad) is None, bad
    assert clearance.reason_codes_of("{broken") == frozenset()


def test_the_policy_routes_only_new_evidence_to_review(tmp_path):
    seen = Clearance(risk=0.95, reason_codes=frozenset({"yield"}), case_id=3)
    assert codes_of(POLICY.evaluate(facts(0.95, {"yield"}))) == ["monitor_risk"]  # nobody approved it
    cleared = POLICY.evaluate(facts(0.95, {"yield"}, seen, state="approved"))
    assert (cleared.action, codes_of(cleared)) == ("allow", ["monitor_risk_cleared"])
    assert "case 3" in cleared.reasons[0].message
    again = POLICY.evaluate(facts(0.97, {"yield", "rotation"}, seen, state="approved"))
    assert (again.action, codes_of(again)) == ("review", ["monitor_risk"])
    assert POLICY.evaluate(facts(0.2, {"yield"}, seen)).reasons == []  # under the threshold: nothing
    # a policy that keeps the old behaviour, and a deny level the reviewer did not see
    never = tmp_path / "never.toml"
    never.write_text('[monitor]\napproval_clears = "never"\n', encoding="utf-8")
    assert Policy.load(never).evaluate(facts(0.95, {"yield"}, seen)).action == "review"
    deny = tmp_path / "deny.toml"
    deny.write_text("[monitor]\nrisk_deny_threshold = 0.97\n", encoding="utf-8")
    assert codes_of(Policy.load(deny).evaluate(facts(0.98, {"yield"}, seen))) == ["monitor_risk_high"]
    assert codes_of(Policy.load(deny).evaluate(facts(0.96, {"yield"}, seen))) == ["monitor_risk_cleared"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[monitor]\napproval_clears = "always"\n', encoding="utf-8")
    with pytest.raises(Exception, match="approval_clears"):
        Policy.load(bad)


# ----------------------------------------------------------------------------- the loop, stored


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    with backend_database(request, tmp_path, "dg_clear") as database:
        yield database


def chain_ok(db) -> bool:
    with db.session() as s:
        return audit_log.verify(s).ok


def entries(db, action: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_an_approval_clears_the_same_evidence_and_a_new_kind_reopens(db):
    hackathon, _ = create_account(db, "Team Nine", "US")
    farm, _ = create_account(db, "Harvest Ltd", "US")
    first = apply_risk(db, scan((hackathon, 0.97, ("payment",)), (farm, 0.97, ("payment",))),
                       actor="monitor:watch", open_cases=True)
    assert first.cases["opened"] == 2 and first.cases["cleared"] == 0
    assert POLICY.evaluate(account_facts(db, hackathon)).action == "review"
    (case,) = [c for c in list_cases(db, kind="monitor_account") if c.account_ids == [hackathon]]

    result = decide(db, case.id, "approve", "false_positive", "analyst:ann")
    assert result.cleared == [{"account_id": hackathon, "risk": 0.97, "reason_codes": ["payment"]}]
    (entry,) = entries(db, "account.risk_cleared")  # audited with the decision
    assert entry.subject == f"account:{hackathon}" and json.loads(entry.payload)["case_id"] == case.id
    assert chain_ok(db)
    decision = POLICY.evaluate(account_facts(db, hackathon))
    assert (decision.action, codes_of(decision)) == ("allow", ["monitor_risk_cleared"])
    assert account_json(db, hackathon)["monitor_risk"]["cleared"]["reason_codes"] == ["payment"]

    # the next round: the same evidence opens nothing for the approved account, the farm's case
    # is still open (no new one), and nothing changed so nothing was written
    same = apply_risk(db, scan((hackathon, 0.97, ("payment",)), (farm, 0.97, ("payment",))),
                      actor="monitor:watch", open_cases=True)
    assert (same.cases["opened"], same.cases["existing"], same.cases["cleared"]) == (0, 1, 1)

    # a kind of evidence the reviewer never saw: review again, and a new case
    new = apply_risk(db, scan((hackathon, 0.99, ("payment", "rotation"))), actor="monitor:watch",
                     open_cases=True)
    assert (new.cases["opened"], new.cases["cleared"]) == (1, 0)
    assert codes_of(POLICY.evaluate(account_facts(db, hackathon))) == ["monitor_risk"]

    # restricting drops the clearance (audited); a later approval records the new evidence
    (reopened,) = [c for c in list_cases(db, kind="monitor_account", status="open")
                   if c.account_ids == [hackathon]]
    decide(db, reopened.id, "restrict", "suspected_distillation", "analyst:bo", tier="restricted")
    assert len(entries(db, "account.risk_clearance_dropped")) == 1
    assert account_facts(db, hackathon).risk_cleared is None
    assert chain_ok(db)


def test_an_approval_of_an_account_the_monitor_never_scored_records_nothing(db):
    from distillguard.review.cases import open_case

    quiet, _ = create_account(db, "Quiet Co", "US")
    case = open_case(db, "policy", quiet, {"accounts": [quiet]}, 2, f"t:{quiet}", accounts=[quiet])
    result = decide(db, case.id, "approve", "verified_identity", "analyst:ann")
    assert result.cleared == [] and entries(db, "account.risk_cleared") == []
    assert account_facts(db, quiet).risk_cleared is None


def test_a_cluster_case_leaves_out_only_its_cleared_members(db):
    from distillguard.review.ingest import ingest_flags

    a, _ = create_account(db, "Sponsor Team A", "US")
    b, _ = create_account(db, "Sponsor Team B", "US")
    apply_risk(db, scan((a, 0.96, ("payment",))), actor="monitor:watch", open_cases=True)
    (case,) = list_cases(db, kind="monitor_account")
    decide(db, case.id, "approve", "false_positive", "analyst:ann")
    doc = scan((a, 0.96, ("payment",)), (b, 0.96, ("payment",)))
    doc["clusters"] = [{"cluster_id": "C1", "accounts": [a, b], "risk": 0.96, "flagged": True, "reasons": ["card"]}]
    summary = ingest_flags(db, doc)
    assert summary["cleared"] == 1
    (cluster,) = list_cases(db, kind="cluster")
    assert cluster.account_ids == [b]


# ----------------------------------------------------------------------------- live gateway


def test_an_approval_made_with_the_cli_reaches_the_running_gateway(live, run):  # noqa: F811
    db = live["db"]
    team, key = create_account(db, "Team Nine", "US")
    apply_risk(db, scan((team, 0.9, ("yield",))), actor="monitor:watch", open_cases=True)
    assert until(lambda: call(live["review"], key)[0] == "review"), "risk never took effect"
    (case,) = list_cases(db, kind="monitor_account")
    decided = run(live["home"], "cases", "decide", str(case.id), "--action", "approve",
                  "--reason-code", "false_positive", "--version", str(case.version))
    assert decided.returncode == 0, decided.stderr
    assert json.loads(decided.stdout)["cleared"][0]["account_id"] == team
    assert until(lambda: call(live["review"], key) == ("allow", 200)), "the approval never took effect"
    apply_risk(db, scan((team, 0.9, ("yield", "no_sleep"))), actor="monitor:watch")
    assert until(lambda: call(live["review"], key)[0] == "review"), "new evidence never took effect"
