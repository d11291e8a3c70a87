"""The console over real HTTP (gateway app under uvicorn): sessions, roles, CSRF, conflicts, XSS."""

from __future__ import annotations

import re
import time

import httpx
import openai
import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import func, select

from distillguard.config import Settings
from distillguard.gateway.accounts import create_account
from distillguard.gateway.app import create_app
from distillguard.review import cases
from distillguard.review.auth import SESSION_COOKIE
from distillguard.review.models import AuditEntry, Decision
from distillguard.review.users import add_user
from distillguard.store.db import Database
from distillguard.testing import make_stub, serve_in_thread

SECRET = "test-console-secret-0123456789abcdef"
PASSWORDS = {"alice": "alice-password-123", "rita": "rita-password-1234"}
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Env:
    """A running gateway (with the console mounted) over a stub upstream, plus its database."""

    def __init__(self, base: str, db: Database, stub_base: str) -> None:
        self.base, self.db = base, db

    def client(self, html: bool = True) -> httpx.Client:
        headers = {"accept": "text/html"} if html else {"accept": "application/json"}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)

    def login(self, username: str, html: bool = True) -> httpx.Client:
        client = self.client(html)
        page = client.get("/console/login")
        token = csrf_of(page.text)
        r = client.post("/console/login", data={"username": username, "csrf": token,
                                                "password": PASSWORDS[username]})
        assert r.status_code == 303, r.text
        return client

    def v1(self, api_key: str, prompt: str = "hello", ip: str | None = None):
        headers = {"x-forwarded-for": ip} if ip else None
        c = openai.OpenAI(base_url=self.base + "/v1", api_key=api_key, max_retries=0,
                          default_headers=headers)
        return c.chat.completions.create(model="stub-model",
                                         messages=[{"role": "user", "content": prompt}])


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("console")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DISTILLGUARD_HOME", str(home / "home"))
        yield from _env(home)


def _env(home):
    db = Database(f"sqlite:///{home / 'console.db'}")
    db.migrate()
    add_user(db, "alice", PASSWORDS["alice"], "admin")
    add_user(db, "rita", PASSWORDS["rita"], "reviewer")
    with serve_in_thread(make_stub()) as stub:
        settings = Settings(
            admin_token="a" * 40,
            gateway={"local_model": False, "upstream_url": stub + "/v1", "cache_ttl_s": 0,
                     "trusted_proxies": ["127.0.0.1/32"]},
            review={"secret_key": SECRET, "session_ttl_s": 3600},
        )
        with serve_in_thread(create_app(settings, db)) as base:
            yield Env(base, db, stub)


def _case(env, n=1, prompt="hello", title=None):
    accounts = [create_account(env.db, f"Org{time.monotonic_ns()}-{i}", "US") for i in range(n)]
    for _account_id, key in accounts:
        env.v1(key, prompt)
    ids = [a for a, _ in accounts]
    case = cases.open_case(env.db, "cluster" if n > 1 else "policy", ids[0],
                           {"accounts": ids, "reasons": ["test"]}, 2,
                           f"test:{time.monotonic_ns()}", title=title or "")
    return case, accounts


def test_login_required_forged_and_expired_sessions(env):
    anon = env.client()
    r = anon.get("/console/")
    assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
    assert env.client(html=False).get("/console/").json()["error"]["code"] == 401
    forged = URLSafeTimedSerializer("not-the-secret", salt="distillguard.console.session")
    for cookie in ("garbage", forged.dumps({"u": 1, "e": 0, "n": "x"})):
        c = env.client(html=False)
        c.cookies.set(SESSION_COOKIE, cookie)
        r = c.get("/console/")
        assert r.status_code == 401 and "invalid" in r.json()["error"]["message"]

    class Old(TimestampSigner):
        def get_timestamp(self):
            return int(time.time()) - 7200

    expired = URLSafeTimedSerializer(SECRET, salt="distillguard.console.session", signer=Old)
    c = env.client()
    c.cookies.set(SESSION_COOKIE, expired.dumps({"u": 1, "e": 0, "n": "x"}))
    r = c.get("/console/")
    assert r.status_code == 303 and "why=expired" in r.headers["location"]
    genuine = URLSafeTimedSerializer(SECRET, salt="distillguard.console.session")
    c = env.client()
    c.cookies.set(SESSION_COOKIE, genuine.dumps({"u": 1, "e": 0, "n": "x"}))
    assert c.get("/console/").status_code == 200  # the same cookie, in date, works


def test_wrong_password_logout_and_throttle(env):
    c = env.client()
    token = csrf_of(c.get("/console/login").text)
    r = c.post("/console/login", data={"username": "alice", "password": "nope", "csrf": token})
    assert r.status_code == 401 and "wrong username or password" in r.text
    r = c.post("/console/login", data={"username": "alice", "password": PASSWORDS["alice"]})
    assert r.status_code == 403  # login form without its CSRF token
    alice = env.login("alice")
    cookie = alice.cookies.get(SESSION_COOKIE)
    r = alice.post("/console/logout", data={"csrf": csrf_of(alice.get("/console/").text)})
    assert r.status_code == 303
    stale = env.client(html=False)
    stale.cookies.set(SESSION_COOKIE, cookie)
    assert stale.get("/console/").json()["error"]["message"].endswith("revoked)")
    for _ in range(5):
        token = csrf_of(c.get("/console/login").text)
        c.post("/console/login", data={"username": "mallory", "password": "x", "csrf": token})
    token = csrf_of(c.get("/console/login").text)
    r = c.post("/console/login", data={"username": "mallory", "password": "x", "csrf": token})
    assert r.status_code == 429


def test_open_redirect_refused(env):
    c = env.client()
    token = csrf_of(c.get("/console/login").text)
    r = c.post("/console/login", data={"username": "rita", "password": PASSWORDS["rita"],
                                       "csrf": token, "next": "https://evil.example/"})
    assert r.headers["location"] == "/console/"


def test_reviewer_cannot_reach_admin_pages(env):
    rita = env.login("rita")
    for path in ("/console/admin/users", "/console/admin/audit"):
        r = rita.get(path)
        assert r.status_code == 403 and "admins only" in r.text
    token = csrf_of(rita.get("/console/").text)
    r = rita.post("/console/admin/users", data={"csrf": token, "username": "evil",
                                                "password": "x" * 20, "role": "admin"})
    assert r.status_code == 403
    case, _ = _case(env)
    from distillguard.review.decisions import decide

    decide(env.db, case.id, "approve", "false_positive", "alice")
    r = rita.post(f"/console/cases/{case.id}/appeal", data={"csrf": token})
    assert r.status_code == 403
    alice = env.login("alice")
    assert alice.get("/console/admin/users").status_code == 200
    assert "Chain verified" in alice.get("/console/admin/audit").text
    page = alice.get(f"/console/cases/{case.id}").text
    assert 'id="appeal-form"' in page
    r = alice.post(f"/console/cases/{case.id}/appeal",
                   data={"csrf": csrf_of(page), "note": "customer sent documents"})
    assert r.status_code == 303 and cases.get_case(env.db, case.id).status == "open"


def test_post_without_valid_csrf_is_refused(env):
    case, accounts = _case(env)
    rita = env.login("rita")
    other = env.login("alice")
    foreign_token = csrf_of(other.get("/console/").text)
    base = {"version": str(case.version), "decision": "suspend/terms_violation"}
    for extra, headers in (({}, None), ({"csrf": "0" * 64}, None),
                           ({"csrf": foreign_token}, None),
                           ({"csrf": csrf_of(rita.get("/console/").text)},
                            {"origin": "https://evil.example"})):
        r = rita.post(f"/console/cases/{case.id}/decide", data={**base, **extra}, headers=headers)
        assert r.status_code == 403 and "CSRF" in r.text
    with env.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)
                        .where(Decision.case_id == case.id)) == 0
    env.v1(accounts[0][1])  # still served


def test_concurrent_decisions_second_gets_409(env):
    case, accounts = _case(env, n=2)
    rita, alice = env.login("rita"), env.login("alice", html=False)
    page_r, page_a = rita.get(f"/console/cases/{case.id}").text, \
        env.login("alice").get(f"/console/cases/{case.id}").text
    assert 'name="version" value="1"' in page_r and 'name="version" value="1"' in page_a
    first = rita.post(f"/console/cases/{case.id}/decide",
                      data={"csrf": csrf_of(page_r), "version": "1",
                            "decision": "suspend/coordinated_campaign", "subset": "1",
                            "accounts": [a for a, _ in accounts]})
    assert first.status_code == 303
    token = csrf_of(alice.get("/console/", headers={"accept": "text/html"}).text)
    second = alice.post(f"/console/cases/{case.id}/decide",
                        data={"csrf": token, "version": "1", "decision": "approve/false_positive"})
    assert second.status_code == 409
    assert "closed" in second.json()["error"]["message"]
    decided = cases.get_case(env.db, case.id)
    assert [d.action for d in decided.decisions] == ["suspend"]
    for _, key in accounts:
        with pytest.raises(openai.PermissionDeniedError):
            env.v1(key)


def test_stale_version_on_open_case_is_409(env):
    case, _ = _case(env)
    rita = env.login("rita")
    token = csrf_of(rita.get(f"/console/cases/{case.id}").text)
    assert rita.post(f"/console/cases/{case.id}/assign",
                     data={"csrf": token, "version": "1", "to": "me"}).status_code == 303
    r = rita.post(f"/console/cases/{case.id}/decide",
                  data={"csrf": token, "version": "1", "decision": "escalate/legal_review"})
    assert r.status_code == 409 and "reload" in r.text
    r = rita.post(f"/console/cases/{case.id}/decide",
                  data={"csrf": token, "version": "2", "decision": "restrict/elevated_volume",
                        "tier": "platinum"})
    assert r.status_code == 400 and "unknown tier" in r.text
    r = rita.post(f"/console/cases/{case.id}/decide",
                  data={"csrf": token, "version": "2", "decision": "restrict/elevated_volume",
                        "tier": "restricted"})
    assert r.status_code == 303


def test_hostile_text_is_escaped_and_pii_masked(env):
    prompt = f"{XSS} reach me at jane.doe@example.org or +44 20 7946 0958"
    case, _ = _case(env, n=2, prompt=prompt, title=XSS)
    rita = env.login("rita")
    page = rita.get(f"/console/cases/{case.id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "jane.doe@example.org" not in page and "[EMAIL]" in page and "[PHONE]" in page
    assert "default-src 'none'" in rita.get(f"/console/cases/{case.id}").headers[
        "content-security-policy"]
    queue = rita.get("/console/queue").text
    assert "<script>alert" not in queue and "&lt;img src=x" in queue
    shown = rita.get(f"/console/cases/{case.id}?pii=show").text
    assert "jane.doe@example.org" in shown and "<script>alert" not in shown
    with env.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "case.prompts_unmasked",
            AuditEntry.subject == f"case:{case.id}")) == 1
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and "cluster graph" in page


def test_queue_accounts_policy_pages(env):
    case, accounts = _case(env, title="queue-check")
    rita = env.login("rita")
    queue = rita.get("/console/queue?sort=due&kind=policy").text
    assert "queue-check" in queue
    assert rita.get("/console/queue?sort=bogus").status_code == 400
    found = rita.get(f"/console/accounts?q={accounts[0][0]}").text
    assert accounts[0][0] in found and f"/console/cases/{case.id}" in found
    policy = rita.get("/console/policy").text
    assert "restricted" in policy and "KP" in policy
    assert rita.get("/console/cases/999999").status_code == 404
    as_json = env.login("rita", html=False).get(f"/console/cases/{case.id}").json()
    assert as_json["case_id"] == case.id and as_json["accounts"] == [accounts[0][0]]
