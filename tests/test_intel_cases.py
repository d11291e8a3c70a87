"""Partner-intel matches become review cases: one `intel` case per matched local account,
deduplicated (the same match twice → still one case, no new audit entry), updated when a new
indicator matches the same account, each change with its audit entry."""

from __future__ import annotations

import json

from sqlalchemy import select

from distillguard.gateway.accounts import create_account
from distillguard.intel.match import match_bundle, open_review_cases
from distillguard.intel.privacy import save_keyring
from distillguard.review import audit_log
from distillguard.review.cases import list_cases
from distillguard.review.ingest import MAX_INDICATORS_PER_CASE, ingest_alerts
from distillguard.review.models import AuditEntry
from distillguard.store.db import Database, get_database
from test_intel_export_match import RING, _bundle
from test_intel_support import lab_b_data
from test_review_cli import run  # noqa: F401 - `run` is a fixture


def audit_actions(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.action, e.subject) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def test_a_match_opens_exactly_one_intel_case_per_account(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'b.db'}")
    db.migrate()
    accounts_b, events_b = lab_b_data()
    alerts = match_bundle(_bundle(), RING, accounts_b, events_b)
    matched = sorted({a.account_id for a in alerts})
    assert matched == ["b-alias", "b-template"]

    first = open_review_cases(db, alerts, actor="intel:test")
    assert (first["opened"], first["updated"], first["existing"]) == (2, 0, 0)
    again = open_review_cases(db, alerts, actor="intel:test")
    assert (again["opened"], again["updated"], again["existing"]) == (0, 0, 2)
    assert sorted(again["cases"]) == sorted(first["cases"])
    cases = list_cases(db, kind="intel")
    assert sorted(c.subject for c in cases) == matched
    template = next(c for c in cases if c.subject == "b-template")
    evidence = template.evidence
    assert evidence["source"] == "intel" and evidence["accounts"] == ["b-template"]
    assert {"ip_range", "prompt_template"} <= set(evidence["kinds"])
    names = {i["indicator_id"] for i in evidence["indicators"]}
    assert names == {a.indicator_id for a in alerts if a.account_id == "b-template"}
    assert all(i["tlp"] == "amber" for i in evidence["indicators"])
    assert any(i["similarity"] for i in evidence["indicators"])  # the template's match evidence
    # one case.opened audit entry per case, nothing for the repeat
    assert [a for a, _ in audit_actions(db)] == ["case.opened", "case.opened"]
    with db.session() as s:
        assert audit_log.verify(s).ok

    # a new indicator for a matched account updates that case (audited), never a second case
    extra = alerts[0].to_dict() | {"indicator_id": "indicator--00000000-0000-4000-8000-000000000001",
                                    "kind": "asn", "detail": {"asn": 64496}}
    result = ingest_alerts(db, [extra], actor="intel:test")
    assert (result["opened"], result["updated"]) == (0, 1)
    assert len(list_cases(db, kind="intel")) == 2
    action, subject = audit_actions(db)[-1]
    case = next(c for c in list_cases(db, kind="intel") if c.subject == extra["account_id"])
    assert (action, subject) == ("case.evidence_updated", f"case:{case.id}")
    assert extra["indicator_id"] in {i["indicator_id"] for i in case.evidence["indicators"]}
    assert ingest_alerts(db, [extra], actor="intel:test")["existing"] == 1


def test_hostile_and_oversized_alerts_are_bounded(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'b.db'}")
    db.migrate()
    alerts = [{"indicator_id": f"indicator--{i:04d}" + "x" * 500, "kind": "email",
               "account_id": "acct_1", "source_identity": "identity--" + "y" * 1000,
               "campaign_refs": ["c"] * 100, "tlp": "amber", "events": 3,
               "detail": {"ip": "z" * 10_000}} for i in range(MAX_INDICATORS_PER_CASE + 20)]
    assert ingest_alerts(db, alerts)["opened"] == 1
    (case,) = list_cases(db, kind="intel")
    assert len(case.evidence["indicators"]) == MAX_INDICATORS_PER_CASE
    assert case.evidence["indicators_dropped"] == 20
    assert len(json.dumps(case.evidence)) < 150_000
    assert ingest_alerts(db, alerts)["existing"] == 1  # capped evidence still deduplicates


def test_cli_match_opens_cases_once(tmp_path, isolated_home, run):  # noqa: F811
    db = get_database()
    accounts_b, events_b = lab_b_data()
    for account in accounts_b:  # lab B's accounts live in its gateway
        create_account(db, f"org-{account['account_id']}", "US",
                       account_id=account["account_id"], email=account.get("email"))
    ring = tmp_path / "ring.json"
    save_keyring(RING, ring)
    (tmp_path / "bundle.json").write_text(json.dumps(_bundle()))
    (tmp_path / "events.jsonl").write_text("".join(json.dumps(e) + "\n" for e in events_b))
    args = ["intel", "match", "--bundle", str(tmp_path / "bundle.json"), "--keyring", str(ring),
            "--from-db", "--events", str(tmp_path / "events.jsonl"), "--out",
            str(tmp_path / "alerts.json")]
    first = run(isolated_home, *args)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["cases"] == {"opened": 2, "updated": 0, "existing": 0}
    second = run(isolated_home, *args)
    assert json.loads(second.stdout)["cases"] == {"opened": 0, "updated": 0, "existing": 2}
    assert len(list_cases(db, kind="intel")) == 2
    assert "cases" not in json.loads(run(isolated_home, *args, "--no-cases").stdout)
    assert run(isolated_home, "audit-log", "verify").returncode == 0
