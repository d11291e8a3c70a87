"""Issue #12, item 6 and the console-user parts of item 8: every state change enters the
hash-chained audit log in the same transaction, under the authenticated actor; signed
checkpoints catch tail truncation; console logins are throttled per user *and* client; console
users can be disabled, removed, reset and unlocked from the CLI; state files are owner-only.

Real parts throughout: SQLite files and a scratch PostgreSQL database, the gateway served on
loopback and called over HTTP, the `distillguard` entry point as a shell runs it.
"""

from __future__ import annotations

import getpass
import hashlib
import json

import httpx
import pytest
from sqlalchemy import func, select, text

from distillguard.config import Settings
from distillguard.gateway import accounts
from distillguard.gateway.app import create_app
from distillguard.gateway.models import Account, ApiKey, StateTransition
from distillguard.review import audit_log, cases, decisions
from distillguard.review.ingest import ingest_flags
from distillguard.review.models import AuditEntry, Case, Decision
from distillguard.store.db import Database, get_database
from distillguard.testing import STUB_MODEL, make_stub, serve_in_thread
from helpers import BACKENDS, Proc, backend_database, migrated_postgres, run_main

ADMIN = "audit-admin-token"
ADMIN_ACTOR = f"admin-api:{hashlib.sha256(ADMIN.encode()).hexdigest()[:12]}"
CLI_ACTOR = f"cli:{getpass.getuser()}"


# ---- fixtures and helpers ---------------------------------------------------------------------

@pytest.fixture(params=BACKENDS)
def db(request, isolated_home):
    """A migrated database of each kind (a fresh scratch database on PostgreSQL)."""
    with backend_database(request, isolated_home, "dg_sec_audit") as database:
        yield database


def audit_rows(db: Database, subject: str | None = None) -> list[AuditEntry]:
    with db.session() as s:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if subject is not None:
            query = query.where(AuditEntry.subject == subject)
        return list(s.scalars(query))


def chain_ok(db: Database) -> audit_log.VerifyResult:
    with db.session() as s:
        result = audit_log.verify(s)
    assert result.ok, result.problem
    return result


def account_row(db: Database, account_id: str) -> Account:
    with db.session() as s:
        account = s.get(Account, account_id)
        assert account is not None
        return account




@pytest.fixture
def run(capsys, monkeypatch):
    """`distillguard ARGS` through the real entry point (argv, stdin, exit status)."""

    def invoke(*args: str, stdin: str | None = None) -> Proc:
        return run_main(monkeypatch, capsys, *args, stdin=stdin)

    return invoke


def one_line_error(proc: Proc) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    return proc.stderr


# ---- every change audited, with the authenticated actor ---------------------------------------

def test_cli_account_changes_are_audited_as_the_os_user(isolated_home, run):
    created = run("accounts", "create", "--org", "Audit Co", "--country", "FR",
                  "--email", "ops@audit.example")
    assert created.returncode == 0, created.stderr
    account_id = json.loads(created.stdout)["account_id"]
    steps = [
        ("accounts", "add-org", "Holding SA", "--country", "FR"),
        ("accounts", "set-parent", "Audit Co", "--parent", "Holding SA", "--share", "0.5"),
        ("accounts", "update", account_id, "--verification", "verified", "--tier", "trial"),
        ("accounts", "set-state", account_id, "suspended", "--reason", "key resale",
         "--actor", "mallory@elsewhere"),
        ("accounts", "rotate-key", account_id),
    ]
    for args in steps:
        done = run(*args)
        assert done.returncode == 0, (args, done.stderr)
    db = get_database()
    rows = audit_rows(db)
    assert [r.action for r in rows] == ["account.created", "org.created", "org.parent_set",
                                        "account.updated", "account.state_changed",
                                        "account.key_rotated"]
    assert {r.actor for r in rows} == {CLI_ACTOR}
    by_action = {r.action: json.loads(r.payload) for r in rows}
    assert by_action["account.updated"]["changes"] == {
        "verification": {"from": "unverified", "to": "verified"},
        "tier": {"from": "standard", "to": "trial"}}
    state = by_action["account.state_changed"]
    assert (state["from"], state["to"], state["reason"]) == ("active", "suspended", "key resale")
    # --actor is a note, never the actor: the change is still the OS user's
    assert state["on_behalf_of"] == "mallory@elsewhere"
    # personal data is not copied into the append-only log
    assert "ops@audit.example" not in json.dumps([r.payload for r in rows])
    with db.session() as s:
        last = s.scalars(select(StateTransition).order_by(StateTransition.id.desc())).first()
    assert last.actor == CLI_ACTOR
    chain_ok(db)


@pytest.fixture
def admin_gateway(db):
    """The gateway (upstream stub only) on loopback, over the parametrised database."""
    with serve_in_thread(make_stub()) as stub_url:
        settings = Settings(database_url=db.url, admin_token=ADMIN,
                            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                                     "upstream_models": [STUB_MODEL], "cache_ttl_s": 0})
        app = create_app(settings, db)
        with serve_in_thread(app) as url:
            yield url + "/admin"


def test_admin_changes_are_audited_as_the_admin_credential(db, admin_gateway):
    auth = {"Authorization": f"Bearer {ADMIN}"}
    base = admin_gateway

    def ok(response: httpx.Response) -> dict:
        assert response.status_code < 300, response.text
        return response.json()

    org_id = ok(httpx.post(f"{base}/orgs", headers=auth,
                           json={"name": "Parent Ltd", "country": "GB"}))["org_id"]
    account_id = ok(httpx.post(f"{base}/accounts", headers=auth,
                               json={"org": "Child Ltd", "country": "GB"}))["account_id"]
    ok(httpx.post(f"{base}/orgs/Child Ltd/parents", headers=auth,
                  json={"parent": org_id, "share": 0.3}))
    ok(httpx.patch(f"{base}/accounts/{account_id}", headers=auth, json={"tier": "trial"}))
    # the body names someone else as actor: it cannot become the recorded actor
    ok(httpx.post(f"{base}/accounts/{account_id}/state", headers=auth,
                  json={"state": "under_review", "reason": "kyc", "actor": "ceo@victim"}))
    ok(httpx.post(f"{base}/accounts/{account_id}/rotate-key", headers=auth))
    rows = audit_rows(db)
    assert [r.action for r in rows] == ["org.created", "account.created", "org.parent_set",
                                        "account.updated", "account.state_changed",
                                        "account.key_rotated"]
    assert {r.actor for r in rows} == {ADMIN_ACTOR}
    assert "ceo@victim" not in {r.actor for r in rows}
    state = json.loads(rows[4].payload)
    assert state["on_behalf_of"] == "ceo@victim" and state["to"] == "under_review"
    with db.session() as s:
        actors = set(s.scalars(select(StateTransition.actor)
                               .where(StateTransition.account_id == account_id)))
    assert actors == {ADMIN_ACTOR}
    # a rejected change (illegal transition) writes nothing
    before = len(rows)
    bad = httpx.post(f"{base}/accounts/{account_id}/state", headers=auth,
                     json={"state": "active", "reason": "undo"})
    assert bad.status_code == 400
    assert len(audit_rows(db)) == before
    chain_ok(db)


# ---- a failure between the change and its audit entry leaves neither -------------------------

def test_account_change_without_its_audit_entry_is_rolled_back(db, monkeypatch):
    account_id, key = accounts.create_account(db, "Atomic Inc", "US")
    entries_before = len(audit_rows(db))
    calls = []

    def explode(session, actor, action, subject, payload=None):
        calls.append(action)
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(audit_log, "append", explode)
    attempts = [
        lambda: accounts.set_state(db, account_id, "suspended", "ops", "test"),
        lambda: accounts.update_account(db, account_id, actor="ops", tier="trial",
                                        verification="verified"),
        lambda: accounts.rotate_key(db, account_id, "ops"),
        lambda: accounts.create_account(db, "Never Ltd", "US", actor="ops"),
        lambda: accounts.create_org(db, "Ghost Org", "US", actor="ops"),
        lambda: accounts.set_parent(db, "Atomic Inc", "Ghost Org", 0.5, actor="ops"),
    ]
    for attempt in attempts:
        with pytest.raises(Exception):  # noqa: B017 - whatever the store raises
            attempt()
    assert calls[:4] == ["account.state_changed", "account.updated", "account.key_rotated",
                         "account.created"]
    monkeypatch.undo()
    account = account_row(db, account_id)
    assert (account.state, account.tier, account.verification) == ("active", "standard",
                                                                   "unverified")
    with db.session() as s:
        keys = list(s.scalars(select(ApiKey).where(ApiKey.account_id == account_id)))
        assert len(keys) == 1 and keys[0].revoked_at is None
        assert s.scalar(select(func.count()).select_from(Account)) == 1
        assert s.scalar(select(func.count()).select_from(StateTransition)) == 1
        assert s.execute(text("SELECT count(*) FROM gw_organisations")).scalar() == 1
    assert accounts.authenticate(db, key) is not None
    assert len(audit_rows(db)) == entries_before
    chain_ok(db)


def _cluster_case(db: Database, n: int = 3) -> tuple[Case, list[str]]:
    members = [accounts.create_account(db, f"Member {i}", "US")[0] for i in range(n)]
    flags = {"accounts": [{"account_id": a, "risk": 0.9, "flagged": True, "reasons": ["r"],
                           "cluster_id": "c1"} for a in members],
             "clusters": [{"cluster_id": "c1", "accounts": members, "reasons": ["shared ip"]}]}
    ingest_flags(db, flags, min_risk=0.5, actor="monitor")
    return cases.list_cases(db, kind="cluster")[0], members


def test_decision_and_account_changes_commit_together(db):
    case, members = _cluster_case(db)
    before = len(audit_rows(db))
    result = decisions.decide(db, case.id, "restrict", "elevated_volume", "console:rita",
                              tier="trial", expected_version=case.version)
    assert [c["account_id"] for c in result.changed] == sorted(members)
    new = audit_rows(db)[before:]
    assert [r.action for r in new] == (["case.decided"]
                                       + ["account.updated", "account.state_changed"] * 3)
    assert {r.actor for r in new} == {"console:rita"}
    for member in members:
        account = account_row(db, member)
        assert (account.state, account.tier) == ("restricted", "trial")
    chain_ok(db)


def test_decision_without_its_audit_entries_leaves_nothing(db, monkeypatch):
    case, members = _cluster_case(db)
    before = len(audit_rows(db))
    real_append = audit_log.append
    seen = []

    def fail_on_second_account(session, actor, action, subject, payload=None):
        seen.append(action)
        if action == "account.state_changed" and seen.count(action) == 2:
            raise RuntimeError("audit store unavailable")
        return real_append(session, actor, action, subject, payload)

    monkeypatch.setattr(audit_log, "append", fail_on_second_account)
    with pytest.raises(RuntimeError):
        decisions.decide(db, case.id, "suspend", "coordinated_campaign", "console:rita",
                         expected_version=case.version)
    monkeypatch.undo()
    assert all(account_row(db, m).state == "active" for m in members)
    reloaded = cases.get_case(db, case.id)
    assert reloaded.status != "closed" and reloaded.version == case.version
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0
        assert s.scalar(select(func.count()).select_from(StateTransition)
                        .where(StateTransition.to_state == "suspended")) == 0
    assert len(audit_rows(db)) == before
    # the same decision goes through afterwards, complete
    decisions.decide(db, case.id, "suspend", "coordinated_campaign", "console:rita",
                     expected_version=case.version)
    assert all(account_row(db, m).state == "suspended" for m in members)
    assert [r.action for r in audit_rows(db)[before:]] == (
        ["case.decided"] + ["account.state_changed"] * 3)
    chain_ok(db)


def test_account_changed_under_a_decision_is_reported_and_audited(db, monkeypatch):
    """Another writer suspends one member between the plan and the decision's transaction
    (suspended → restricted is illegal): that member is reported as failed and audited as
    such, the other still moves, in the decision's one commit."""
    case, members = _cluster_case(db, 2)
    real_lock = decisions.gateway_bridge.lock_accounts

    def lock_after_race(session, ids):
        accounts.set_state(db, members[0], "suspended", "ops", "raced")  # another writer
        return real_lock(session, ids)

    monkeypatch.setattr(decisions.gateway_bridge, "lock_accounts", lock_after_race)
    result = decisions.decide(db, case.id, "restrict", "elevated_volume", "console:rita",
                              tier="trial")
    monkeypatch.undo()
    assert [c["account_id"] for c in result.changed] == [members[1]]
    assert [f["account_id"] for f in result.failed] == [members[0]]
    assert "illegal transition" in result.failed[0]["error"]
    assert (account_row(db, members[0]).state, account_row(db, members[0]).tier) == (
        "suspended", "standard")
    assert account_row(db, members[1]).state == "restricted"
    failed = audit_rows(db, f"account:{members[0]}")[-1]
    assert failed.action == "account.state_change_failed" and failed.actor == "console:rita"
    chain_ok(db)


# ---- signed checkpoints: tail truncation with a rewritten head is caught ----------------------

def _truncate_and_rewrite_head(db: Database, keep: int) -> None:
    """What a database administrator can do without the signing key: cut the newest entries
    and make the head row name the last one kept (the chain alone then verifies)."""
    with db.engine.begin() as conn:
        last = conn.execute(text("SELECT hash FROM review_audit_log WHERE seq = :s"),
                            {"s": keep}).scalar_one()
        conn.execute(text("DELETE FROM review_audit_log WHERE seq > :s"), {"s": keep})
        conn.execute(text("UPDATE review_audit_head SET seq = :s, hash = :h WHERE id = 1"),
                     {"s": keep, "h": last})


def test_checkpoint_catches_tail_truncation_with_rewritten_head(isolated_home, tmp_path, run):
    db = get_database()
    account_id = accounts.create_account(db, "Pinned Co", "US")[0]
    for state in ("under_review", "approved", "suspended"):
        accounts.set_state(db, account_id, state, CLI_ACTOR, "step")
    checkpoint = tmp_path / "offsite" / "checkpoint.json"
    checkpoint.parent.mkdir()
    made = run("audit-log", "checkpoint", "--out", str(checkpoint))
    assert made.returncode == 0, made.stderr
    doc = json.loads(checkpoint.read_text())
    assert doc["checkpoint"]["entries"] == 4 and doc["checkpoint"]["head_seq"] == 4
    key_file = isolated_home / "keys" / "audit_signing_key.pem"
    assert key_file.stat().st_mode & 0o777 == 0o600
    ok = run("audit-log", "verify", "--checkpoint", str(checkpoint))
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["checkpoint"]["entries"] == 4
    # later entries are fine: the checkpoint pins a prefix, not the end
    accounts.set_state(db, account_id, "approved", CLI_ACTOR, "appeal")
    assert run("audit-log", "verify", "--checkpoint", str(checkpoint)).returncode == 0

    _truncate_and_rewrite_head(db, keep=2)
    assert run("audit-log", "verify").returncode == 0  # the chain alone cannot see it
    caught = one_line_error(run("audit-log", "verify", "--checkpoint", str(checkpoint)))
    assert "FAILED" in caught and "removed" in caught

    # cut and then re-grown to the same length: entry 4 no longer matches the signed hash
    for state in ("under_review", "approved"):
        accounts.set_state(db, account_id, state, CLI_ACTOR, "regrown")
    assert run("audit-log", "verify").returncode == 0
    caught = one_line_error(run("audit-log", "verify", "--checkpoint", str(checkpoint)))
    assert "entry 4 differs from the signed checkpoint" in caught


def test_checkpoint_signature_is_checked_against_the_trusted_key(isolated_home, tmp_path, run):
    db = get_database()
    accounts.create_account(db, "Signed Co", "US")
    checkpoint = tmp_path / "cp.json"
    assert run("audit-log", "checkpoint", "--out", str(checkpoint)).returncode == 0
    doc = json.loads(checkpoint.read_text())
    public = tmp_path / "lab.pub.pem"
    public.write_text(doc["public_key"])
    assert run("audit-log", "verify", "--checkpoint", str(checkpoint),
               "--public-key", str(public)).returncode == 0
    # an attacker who truncates the log cannot re-sign a smaller checkpoint to match:
    doc["checkpoint"]["entries"] = 0
    doc["checkpoint"]["head_seq"] = 0
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc))
    error = one_line_error(run("audit-log", "verify", "--checkpoint", str(forged),
                               "--public-key", str(public)))
    assert "signature is not valid" in error
    # ... nor sign one with a key of their own that embeds its public key
    other = tmp_path / "other.pem"
    assert run("audit-log", "checkpoint", "--key", str(other), "--out", str(forged)).returncode == 0
    error = one_line_error(run("audit-log", "verify", "--checkpoint", str(forged),
                               "--public-key", str(public)))
    assert "signature is not valid" in error
    for junk in ("{", '{"checkpoint": 1}', "[]" * 1, "[" * 100000):
        forged.write_text(junk)
        assert "checkpoint" in one_line_error(run("audit-log", "verify", "--checkpoint",
                                                  str(forged)))
    assert "cannot read" in one_line_error(run("audit-log", "verify", "--checkpoint",
                                               str(tmp_path / "missing.json")))


def test_checkpoint_refuses_to_sign_a_broken_chain(isolated_home, tmp_path, run):
    db = get_database()
    accounts.create_account(db, "Broken Co", "US")
    accounts.create_account(db, "Broken Co 2", "US")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET actor = 'nobody' WHERE seq = 1"))
    error = one_line_error(run("audit-log", "checkpoint"))
    assert "entry 1" in error and "no checkpoint signed" in error


def test_audit_checkpoint_on_postgres(postgres_url):
    """On PostgreSQL: concurrent account changes each append their entry (the head row lock
    serialises them, no fork, no deadlock with the account row locks), and the checkpoint
    check catches the same truncation."""
    from concurrent.futures import ThreadPoolExecutor

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from distillguard.review.checkpoint import create, verify_against

    with migrated_postgres(postgres_url, "dg_sec_cp") as db:
        account_id = accounts.create_account(db, "PG Co", "US")[0]
        for state in ("under_review", "approved", "restricted"):
            accounts.set_state(db, account_id, state, CLI_ACTOR, "pg")

        def writer(i: int) -> None:
            own = accounts.create_account(db, f"PG Writer {i}", "US", actor=f"w{i}")[0]
            accounts.set_state(db, own, "under_review", f"w{i}", "pg")
            accounts.update_account(db, account_id, actor=f"w{i}", tier=f"tier{i}")

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(writer, range(8)))
        with db.session() as s:
            assert audit_log.verify(s).entries == 4 + 8 * 3
        key = Ed25519PrivateKey.generate()
        with db.session() as s:
            doc = create(s, key)
        with db.session() as s:
            assert verify_against(s, doc, key.public_key()).ok
        _truncate_and_rewrite_head(db, keep=20)
        with db.session() as s:
            assert audit_log.verify(s).ok
            result = verify_against(s, doc, key.public_key())
        assert not result.ok and "removed" in result.problem


# ---- console login throttle: per user AND client; nobody locks a user out from elsewhere -------

SECRET = "console-test-secret-" + "x" * 20
PASSWORD = "rita-password-1234"


@pytest.fixture
def console(db, tmp_path):
    """The gateway with its console on loopback; 127.0.0.1 is a trusted proxy, so each test
    client chooses its address with X-Forwarded-For (as clients behind the proxy would)."""
    from distillguard.review.users import add_user

    add_user(db, "rita", PASSWORD, "reviewer", actor="test")
    add_user(db, "alice", "alice-password-123", "admin", actor="test")
    with serve_in_thread(make_stub()) as stub_url:
        settings = Settings(database_url=db.url, admin_token=ADMIN,
                            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                                     "trusted_proxies": ["127.0.0.1/32"]},
                            review={"secret_key": SECRET, "login_attempts": 3})
        with serve_in_thread(create_app(settings, db)) as url:
            yield url


def _login(base: str, username: str, password: str, ip: str,
           client: httpx.Client | None = None) -> int:
    import re

    c = client or httpx.Client(base_url=base, headers={"accept": "application/json"})
    page = c.get("/console/login", headers={"x-forwarded-for": ip})
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = c.post("/console/login", data={"username": username, "password": password,
                                       "csrf": token}, headers={"x-forwarded-for": ip})
    return r.status_code


def test_failed_logins_elsewhere_do_not_lock_the_user_out(db, console):
    base = console
    # the real user logs in once from their own browser (which then carries a device cookie)
    own = httpx.Client(base_url=base, headers={"accept": "application/json"})
    assert _login(base, "rita", PASSWORD, "10.0.0.1", own) == 303
    # an attacker hammers rita's account from one address: that address is throttled
    for _ in range(3):
        assert _login(base, "rita", "wrong-guess-000", "203.0.113.9") == 401
    assert _login(base, "rita", PASSWORD, "203.0.113.9") == 429  # even the right password
    # ... and from many addresses (a botnet): fresh clients for rita are throttled too
    for i in range(60):
        assert _login(base, "rita", "wrong-guess-000", f"198.51.100.{i + 1}") in (401, 429)
    assert _login(base, "rita", PASSWORD, "192.0.2.77") == 429
    # but rita's own browser still gets in, and so does another user from the attacker's block
    assert _login(base, "rita", PASSWORD, "10.0.0.1", own) == 303
    assert _login(base, "alice", "alice-password-123", "198.51.100.5") == 303
    # an admin unlocks rita for every client (console page; audited)
    import re

    admin = httpx.Client(base_url=base, headers={"accept": "application/json"})
    assert _login(base, "alice", "alice-password-123", "10.0.0.2", admin) == 303
    page = admin.get("/console/admin/users", headers={"accept": "text/html"})
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = admin.post("/console/admin/users/unlock", data={"csrf": token, "username": "rita"})
    assert r.status_code == 303
    assert _login(base, "rita", PASSWORD, "192.0.2.77") == 303
    trail = [(r.action, r.actor) for r in audit_rows(db, "user:rita")]
    assert trail[-2:] == [("user.unlocked", "console:alice"), ("console.login", "console:rita")]


def test_throttle_is_shared_through_the_database(db):
    """Two console workers (two throttle objects) see one count; stored keys are digests."""
    from distillguard.review.auth import LoginThrottle
    from distillguard.review.models import LoginFailure
    from distillguard.review.users import add_user, unlock

    add_user(db, "rita", PASSWORD, "reviewer", actor="test")
    one, two = LoginThrottle(db, limit=2), LoginThrottle(db, limit=2)
    one.fail("rita", "203.0.113.1")
    two.fail("rita", "203.0.113.1")
    assert one.blocked("rita", "203.0.113.1") and two.blocked("rita", "203.0.113.1")
    assert not one.blocked("rita", "203.0.113.2")
    hostile = "bob\\' OR 1=1 --" + "é" * 10
    two.fail(hostile, "203.0.113.1")
    with db.session() as s:
        rows = list(s.scalars(select(LoginFailure)))
    assert all(len(r.key) == 64 for r in rows)
    assert {r.username for r in rows} == {"rita", None}  # invalid names are not stored
    assert unlock(db, "rita", "cli:ops") == 2  # the pair and the user counter
    assert not one.blocked("rita", "203.0.113.1")


def test_throttle_window_expires(db, monkeypatch):
    from distillguard.review import auth
    from distillguard.review.auth import LoginThrottle

    clock = [1_000_000.0]
    monkeypatch.setattr(auth.time, "time", lambda: clock[0])
    throttle = LoginThrottle(db, limit=1, window_s=60)
    throttle.fail("rita", "203.0.113.1")
    assert throttle.blocked("rita", "203.0.113.1")
    clock[0] += 61
    assert not throttle.blocked("rita", "203.0.113.1")
    throttle.fail("rita", "203.0.113.1")  # a new window: counts from 1 again
    assert throttle.blocked("rita", "203.0.113.1")


# ---- console users from the CLI: disable, enable, remove, reset, unlock ------------------------

def test_users_cli_disable_enable_reset_remove_unlock(isolated_home, run):
    from distillguard.review.auth import LoginThrottle
    from distillguard.review.users import authenticate

    assert run("users", "add", "rita", stdin=PASSWORD + "\n").returncode == 0
    db = get_database()
    assert authenticate(db, "rita", PASSWORD) is not None
    assert run("users", "disable", "rita").returncode == 0
    assert authenticate(db, "rita", PASSWORD) is None
    assert json.loads(run("users", "list").stdout)[0]["disabled"] is True
    assert run("users", "enable", "rita").returncode == 0
    assert authenticate(db, "rita", PASSWORD) is not None
    new_password = "a-brand-new-password-9"
    assert run("users", "reset-password", "rita", stdin=new_password + "\n").returncode == 0
    assert authenticate(db, "rita", PASSWORD) is None
    assert authenticate(db, "rita", new_password) is not None
    throttle = LoginThrottle(db, limit=1)
    throttle.fail("rita", "203.0.113.1")
    assert throttle.blocked("rita", "203.0.113.1")
    done = run("users", "unlock", "rita")
    assert done.returncode == 0 and json.loads(done.stdout)["counters_cleared"] == 2
    assert not throttle.blocked("rita", "203.0.113.1")
    assert run("users", "remove", "rita").returncode == 0
    assert json.loads(run("users", "list").stdout) == []
    actions = [(r.action, r.actor) for r in audit_rows(db, "user:rita")]
    assert actions == [("user.created", CLI_ACTOR), ("user.disabled", CLI_ACTOR),
                       ("user.enabled", CLI_ACTOR), ("user.password_reset", CLI_ACTOR),
                       ("user.unlocked", CLI_ACTOR), ("user.removed", CLI_ACTOR)]
    for args in (("users", "disable", "nobody"), ("users", "remove", "nobody"),
                 ("users", "unlock", "nobody")):
        assert "no console user" in one_line_error(run(*args))
    assert "at least" in one_line_error(run("users", "reset-password", "nobody", stdin="short\n"))
    chain_ok(db)


def test_disabling_a_user_ends_their_sessions(db, console):
    from distillguard.review.users import set_disabled

    rita = httpx.Client(base_url=console, headers={"accept": "application/json"})
    assert _login(console, "rita", PASSWORD, "10.0.0.1", rita) == 303
    assert rita.get("/console/").status_code == 200
    set_disabled(db, "rita", True, "cli:ops")
    assert rita.get("/console/").status_code == 401


# ---- state files: owner-only -------------------------------------------------------------------

def test_state_files_are_owner_only(tmp_path, monkeypatch, run):
    home = tmp_path / "fresh-home"
    monkeypatch.setenv("DISTILLGUARD_HOME", str(home))
    assert run("accounts", "create", "--org", "Perm Co", "--country", "US").returncode == 0
    assert home.stat().st_mode & 0o777 == 0o700
    db_file = home / "distillguard.db"
    assert db_file.stat().st_mode & 0o777 == 0o600
    for sidecar in (home / "distillguard.db-wal", home / "distillguard.db-shm"):
        if sidecar.exists():
            assert sidecar.stat().st_mode & 0o077 == 0, sidecar
    # a database file created elsewhere with a loose mode is tightened on open
    loose = tmp_path / "loose" / "state.db"
    loose.parent.mkdir()
    loose.touch(mode=0o644)
    loose.chmod(0o644)
    Database(f"sqlite:///{loose}").engine.dispose()
    assert loose.stat().st_mode & 0o777 == 0o600
