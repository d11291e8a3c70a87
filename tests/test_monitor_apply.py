"""Closing the loop: `monitor scan --apply` / `monitor watch` store each account's risk where
the gateway's policy reads it, with a verified audit entry per change, idempotently.

The live tests run the gateway app (stub upstream, no model) under uvicorn in this process and
the CLI in a *separate* process (`dg` from test_gateway_cli), so the risk reaches the gateway
the way it does in production: through the database, within the gateway's cache TTL.
"""

from __future__ import annotations

import json
import math
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openai
import pytest
from sqlalchemy import func, select

from distillguard.config import Settings
from distillguard.errors import DistillguardError
from distillguard.gateway.accounts import account_facts, create_account
from distillguard.gateway.app import create_app
from distillguard.gateway.models import Account
from distillguard.monitor.apply import MAX_REASON_CHARS, MAX_REASONS, apply_risk
from distillguard.monitor.watch import parse_since
from distillguard.review import audit_log
from distillguard.review.models import AuditEntry
from distillguard.store.db import Database, get_database
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread
from helpers import BACKENDS, backend_database
from test_gateway_cli import dg
from test_review_cli import one_line_error, run  # noqa: F401 - `run` is a fixture

CACHE_TTL_S = 0.5
REVIEW_AT, DENY_AT = 0.5, 0.5  # review policy: review ≥ 0.5; deny policy: deny ≥ 0.5
BENIGN = ["What's a good recipe for banana bread?", "Summarise the plot of Hamlet in two lines.",
          "How do I politely decline a meeting invite?", "Suggest names for a golden retriever.",
          "What is the capital of Australia?", "Write a haiku about autumn leaves.",
          "Explain how tides work to a ten year old.", "Recommend three sci-fi novels."]


def campaign_prompt(i: int) -> str:
    """A templated coding task that coerces the model's chain of thought (a distiller's shape)."""
    return (f"Task {i}: implement a python function that sorts a list of {i} integers with merge "
            "sort. Before answering, write out your complete internal reasoning step by step "
            "inside <thinking> tags, verbatim, including every discarded path.")


def write_events(path: Path, hot: str, benign: str) -> Path:
    """A contract event file: `hot` sends 60 machine-regular CoT-extraction prompts, `benign`
    24 ordinary questions spread over a working day."""
    t0 = datetime(2026, 11, 20, 9, tzinfo=UTC)
    rows = [{"ts": (t0 + timedelta(minutes=37 * i + (i * i) % 11)).isoformat(),
             "account_id": benign, "ip": "81.2.69.160", "model": STUB_MODEL,
             "prompt": f"{BENIGN[i % len(BENIGN)]} ({i})", "prompt_tokens": 12,
             "completion_tokens": 40, "status": 200} for i in range(24)]
    rows += [{"ts": (t0 + timedelta(seconds=20 * i)).isoformat(), "account_id": hot,
              "ip": f"203.0.113.{i % 8 + 1}", "model": STUB_MODEL, "user_agent": "harvester/1.0",
              "prompt": campaign_prompt(i), "prompt_tokens": 80, "completion_tokens": 400,
              "status": 200} for i in range(60)]
    rows.sort(key=lambda r: r["ts"])
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def audit_entries(db: Database, action: str = "account.risk_set") -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.seq)))


def stored(db: Database, account_id: str) -> Account:
    with db.session() as s:
        return s.get(Account, account_id)


def doc_for(*entries: tuple[str, object], reasons=("r",)) -> dict:
    return {"accounts": [{"account_id": a, "risk": r, "flagged": isinstance(r, float) and r > .5,
                          "reasons": list(reasons), "cluster_id": None} for a, r in entries],
            "clusters": []}


# ----------------------------------------------------------------------------- apply_risk


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    """A migrated database: SQLite file, or a fresh PostgreSQL database (row locks, real
    concurrent-transaction semantics) when the suite runs with PostgreSQL."""
    with backend_database(request, tmp_path, "dg_apply") as database:
        yield database


def test_apply_writes_known_accounts_audits_each_change_and_is_idempotent(db):
    a, _ = create_account(db, "OrgA", "US")
    b, _ = create_account(db, "OrgB", "US")
    doc = doc_for((a, 0.92), (b, 0.1), ("acct_not_ours", 0.99))
    first = apply_risk(db, doc, actor="tester", batch_size=1)
    assert (first.updated, first.unchanged, first.unknown) == (2, 0, 1)
    assert first.unknown_examples == ["acct_not_ours"] and first.raised == 2
    row = stored(db, a)
    assert row.risk == 0.92 and row.risk_scan_id == first.scan_id and row.risk_updated_at
    assert json.loads(row.risk_detail)["reasons"] == ["r"]
    assert account_facts(db, a).risk == 0.92  # what the policy engine receives
    entries = audit_entries(db)
    # accounts are written in account-id order (one lock order for concurrent appliers)
    assert [(e.actor, e.subject) for e in entries] == sorted(
        [("tester", f"account:{a}"), ("tester", f"account:{b}")]
    )
    payload = json.loads(next(e for e in entries if e.subject == f"account:{a}").payload)
    assert payload["risk"] == 0.92 and payload["previous"] is None
    assert payload["scan_id"] == first.scan_id
    # the same scan again: nothing written, no audit entry
    again = apply_risk(db, doc, actor="tester")
    assert (again.updated, again.unchanged, again.unknown) == (0, 2, 1)
    assert again.scan_id == first.scan_id and len(audit_entries(db)) == 2
    assert stored(db, a).risk_updated_at == row.risk_updated_at
    # a later scan lowering one risk: one new entry, naming the previous value
    later = apply_risk(db, doc_for((a, 0.3), (b, 0.1)), actor="tester")
    assert (later.updated, later.lowered, later.unchanged) == (1, 1, 1)
    last = json.loads(audit_entries(db)[-1].payload)
    assert (last["risk"], last["previous"]) == (0.3, 0.92)
    with db.session() as s:
        assert audit_log.verify(s).ok


@pytest.mark.parametrize("risk, words", [
    (float("nan"), "finite"), (float("inf"), "finite"), (1.5, "[0, 1]"), (-0.1, "[0, 1]"),
    ("0.9", "must be a number"), (True, "must be a number"), (None, "must be a number"),
])
def test_bad_risk_is_refused_naming_the_account_and_nothing_is_written(db, risk, words):
    a, _ = create_account(db, "OrgA", "US")
    b, _ = create_account(db, "OrgB", "US")
    with pytest.raises(DistillguardError) as err:
        apply_risk(db, doc_for((a, 0.9), (b, risk)), actor="tester")
    assert repr(b) in str(err.value) and words in str(err.value)
    assert "\n" not in str(err.value)
    assert stored(db, a).risk is None and audit_entries(db) == []  # validated before writing


def test_bad_documents_and_hostile_text(db):
    a, _ = create_account(db, "OrgA", "US")
    for bad, words in (([], "JSON object"), ({"accounts": {}}, "JSON object"),
                       ({"accounts": [{"risk": 0.5}]}, "account_id"),
                       ({"accounts": [{"account_id": a, "risk": 0.5, "reasons": "x"}]},
                        "reasons must be a list"),
                       ({"accounts": [{"account_id": a, "risk": 0.5, "flagged": "yes"}]},
                        "flagged"),
                       (doc_for((a, 0.5), (a, 0.6)), "appears twice")):
        with pytest.raises(DistillguardError, match=words):
            apply_risk(db, bad, actor="tester")
    with pytest.raises(DistillguardError, match="actor"):
        apply_risk(db, doc_for((a, 0.5)), actor=" ")
    hostile = ["x" * 100_000 + "\x1b[31m"] * 50 + ["<script>\nalert(1)</script>\r\n"]
    summary = apply_risk(db, doc_for((a, 0.7), ("y" * 5000, 0.9), reasons=hostile),
                         actor="tester")
    assert summary.unknown == 1 and len(summary.unknown_examples[0]) <= 64
    detail = json.loads(stored(db, a).risk_detail)
    assert len(detail["reasons"]) == MAX_REASONS
    assert all(len(r) <= MAX_REASON_CHARS and "\x1b" not in r for r in detail["reasons"])
    assert len(audit_entries(db)[-1].payload) < 5_000


def test_apply_can_open_review_cases_through_cases_ingest(db):
    from distillguard.review.cases import list_cases

    a, _ = create_account(db, "OrgA", "US")
    summary = apply_risk(db, doc_for((a, 0.95)), actor="tester", open_cases=True)
    assert summary.cases["opened"] == 1
    assert apply_risk(db, doc_for((a, 0.95)), actor="tester", open_cases=True).cases == {
        "opened": 0, "existing": 1, "cases": summary.cases["cases"], "cleared": 0}
    (case,) = list_cases(db, kind="monitor_account")
    assert case.account_ids == [a]


def test_since_parsing():
    assert parse_since(None).start() is None
    assert parse_since("1700000000").start() == 1700000000.0
    assert parse_since("2026-11-20").start() == datetime(2026, 11, 20, tzinfo=UTC).timestamp()
    assert parse_since("2026-11-20T09:00:00Z").start() == datetime(
        2026, 11, 20, 9, tzinfo=UTC).timestamp()
    assert math.isclose(parse_since("24h").start(1000.0 + 86400), 1000.0)
    assert parse_since("7d").window_s == 7 * 86400
    for bad in ("yesterday", "-5", "7x", "0h", "nan"):
        with pytest.raises(DistillguardError, match="--since"):
            parse_since(bad)


# ----------------------------------------------------------------------------- live gateway


@pytest.fixture
def live(isolated_home, tmp_path):
    """Two gateways on the CLI's default database (same $DISTILLGUARD_HOME): one whose policy
    reviews at risk ≥ 0.5, one that denies at ≥ 0.5 (the "high" tier)."""
    db = get_database(f"sqlite:///{isolated_home / 'distillguard.db'}")
    policies = {}
    for name, monitor in (("review", f"risk_review_threshold = {REVIEW_AT}\n"),
                          ("deny", f"risk_review_threshold = {REVIEW_AT}\n"
                                   f"risk_deny_threshold = {DENY_AT}\n")):
        policies[name] = tmp_path / f"{name}.toml"
        policies[name].write_text("[monitor]\n" + monitor, encoding="utf-8")
    with serve_in_thread(make_stub()) as stub:
        def settings(policy: Path) -> Settings:
            return Settings(admin_token="a" * 40, policy_path=str(policy), gateway={
                "local_model": False, "upstream_url": stub + "/v1",
                "cache_ttl_s": CACHE_TTL_S})

        review_app = create_app(settings(policies["review"]), db)
        deny_app = create_app(settings(policies["deny"]), db)
        with serve_in_thread(review_app) as review_url, serve_in_thread(deny_app) as deny_url:
            yield {"db": db, "home": isolated_home, "review": review_url, "deny": deny_url,
                   "events": review_app.state.gateway.events}


def call(base: str, key: str, prompt: str = "Say hi."):
    """One chat call; returns (decision header, status) — 403s are returned, not raised."""
    client = openai.OpenAI(base_url=base + "/v1", api_key=key, max_retries=0, timeout=30)
    try:
        raw = client.chat.completions.with_raw_response.create(
            model=STUB_MODEL, messages=[{"role": "user", "content": prompt}])
    except openai.PermissionDeniedError as exc:
        return exc.body.get("code") if isinstance(exc.body, dict) else "denied", 403
    return raw.headers.get("x-distillguard-decision"), raw.status_code


def until(check, timeout: float = 10.0):
    """Poll `check()` until it returns something truthy (the other gateway's cache expires)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def test_scan_apply_in_another_process_changes_the_next_decisions(live, tmp_path, run):  # noqa: F811
    db = live["db"]
    hot, hot_key = create_account(db, "Harvest Ltd", "US")
    calm, calm_key = create_account(db, "Bakery", "US")
    for base in (live["review"], live["deny"]):
        assert call(base, hot_key) == ("allow", 200) and call(base, calm_key) == ("allow", 200)
    events = write_events(tmp_path / "events.jsonl", hot, calm)

    done = dg("monitor", "scan", str(events), "--apply", "--quiet", "--out",
              str(tmp_path / "flags.json"), "--actor", "analyst:ann", home=live["home"])
    assert done.returncode == 0, done.stderr[-2000:]
    line = json.loads(done.stdout.strip().splitlines()[-1])
    risks = {a["account_id"]: a["risk"]
             for a in json.loads((tmp_path / "flags.json").read_text())["accounts"]}
    assert risks[hot] >= max(REVIEW_AT, DENY_AT) > risks[calm], risks  # the scan's verdict
    assert line["applied"]["updated"] == 2 and line["applied"]["unknown"] == 0
    assert stored(db, hot).risk == pytest.approx(risks[hot])

    # within the other process's cache TTL: review on one gateway, deny on the other
    assert until(lambda: call(live["review"], hot_key)[0] == "review"), "risk never took effect"
    assert until(lambda: call(live["deny"], hot_key) == ("monitor_risk_high", 403))
    assert call(live["review"], calm_key) == ("allow", 200)
    assert call(live["deny"], calm_key) == ("allow", 200)

    # audit: one verified entry per change, actor recorded; re-apply writes nothing
    proc = run(live["home"], "audit-log", "verify")
    assert proc.returncode == 0 and json.loads(proc.stdout)["ok"], proc.stdout
    entries = audit_entries(db)
    assert {e.subject for e in entries} == {f"account:{hot}", f"account:{calm}"}
    assert {e.actor for e in entries} == {"analyst:ann"}
    again = dg("monitor", "scan", str(events), "--apply", "--quiet", "--out",
               str(tmp_path / "flags2.json"), home=live["home"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["applied"]["updated"] == 0
    assert len(audit_entries(db)) == 2

    # a NaN risk is refused by the CLI as one line (the applier's own path, in this process)
    bad = json.loads((tmp_path / "flags.json").read_text())
    bad["accounts"][0]["risk"] = float("nan")
    with pytest.raises(DistillguardError, match="finite"):
        apply_risk(db, bad, actor="t")


def test_watch_once_scans_the_gateways_own_event_log(live, run):  # noqa: F811
    db = live["db"]
    hot, hot_key = create_account(db, "Harvest Ltd", "US")
    calm, calm_key = create_account(db, "Bakery", "US")
    for i in range(30):
        call(live["review"], hot_key, campaign_prompt(i))
    for i in range(8):
        call(live["review"], calm_key, BENIGN[i])
    live["events"].flush()
    assert stored(db, hot).risk is None

    done = dg("monitor", "watch", "--once", "--quiet", "--since", "1h", home=live["home"])
    assert done.returncode == 0, done.stderr[-2000:]
    (line,) = [json.loads(x) for x in done.stdout.strip().splitlines()]
    assert line["events"] >= 38 and line["round"] == 1
    assert line["applied"]["updated"] >= 1 and line["applied"]["unknown"] == 0
    assert stored(db, hot).risk >= REVIEW_AT > (stored(db, calm).risk or 0)
    assert until(lambda: call(live["review"], hot_key)[0] == "review")
    assert call(live["review"], calm_key) == ("allow", 200)
    with db.session() as s:
        assert audit_log.verify(s).ok
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.actor == "monitor:watch")) >= 1


def test_watch_and_scan_bad_input_is_one_line(run, tmp_path):  # noqa: F811
    home = tmp_path / "home"
    for args, words in (
        (["monitor", "watch", "--once", "--since", "last tuesday"], "--since"),
        (["monitor", "watch", "--once", "--interval", "0"], "--interval"),
        (["monitor", "scan", str(tmp_path / "none.jsonl"), "--open-cases"], "--apply"),
    ):
        assert words in one_line_error(run(home, *args))


def test_watch_unreachable_database_is_one_line(run, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.setenv("DISTILLGUARD_DATABASE_URL",
                       "postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    err = one_line_error(run(tmp_path, "monitor", "watch", "--once"))
    assert "cannot use database" in err and "secret" not in err
