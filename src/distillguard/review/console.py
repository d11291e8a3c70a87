"""The analyst console at /console: server-rendered pages (Jinja2, autoescaped, no scripts).

Login with reviewer/admin roles (argon2 hashes), signed expiring session cookies, a CSRF token
on every POST, the overview (landing page, data from `overview.py`), the queue, case pages with
SVG charts, decisions with optimistic locking, an
accounts search, the jurisdiction policy, and admin pages (users, audit log). Errors are HTML
for browsers and `{"error": {"message", "code"}}` JSON for everything else.

Shape (after datasette's `views/`): one `Console` object on the sub-application's state holds
the configuration; each page is a module-level view function `view(page) -> Response`,
registered with its access level in one table, `ROUTES`. `_endpoint` does for every view what
each one used to repeat: resolve the viewer (login redirect, 401, admin-only 403), check the
Origin and CSRF token of every POST once, and run the view off the event loop. Views refuse by
raising (`Refusal`, or a `DistillguardError` carrying `.status`); `_problem` turns every
refusal into HTML or JSON in one place. `build_app` returns the console as its own Starlette
application with its own error handlers, mounted at /console by the gateway.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from distillguard.config import Settings, home, load_settings
from distillguard.errors import DistillguardError
from distillguard.review import audit_log, gateway_bridge, users
from distillguard.review.auth import (
    DEFAULT_TTL_S,
    DEVICE_COOKIE,
    DEVICE_TTL_S,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    LoginThrottle,
    SessionSigner,
    load_secret,
)
from distillguard.review.cases import (
    KINDS,
    SORTS,
    STATUSES,
    appeal,
    assign,
    case_json,
    get_case,
    list_cases,
    sla_remaining,
)
from distillguard.review.charts import (
    buckets_svg,
    cluster_edges,
    cluster_svg,
    contributions_svg,
    risk_bars_svg,
    sla_bars_svg,
    timeline_svg,
)
from distillguard.review.decisions import REASON_CODES, decide, policy_tiers
from distillguard.review.models import Case
from distillguard.review.overview import WINDOWS
from distillguard.review.overview import overview as overview_data
from distillguard.review.pii import mask_pii
from distillguard.store.db import Database, get_database

PREFIX = "/console"
HERE = Path(__file__).parent
log = logging.getLogger("distillguard.review.console")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


Access = Literal["public", "user", "admin"]


@dataclass
class Viewer:
    user_id: int
    username: str
    role: str
    nonce: str
    csrf: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class Refusal(Exception):
    """A view's refusal, answered by `_problem` as HTML (browsers) or JSON."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class LoginRequired(Exception):
    """No valid session: a browser GET is sent to the login page, anything else gets 401."""

    def __init__(self, why: str | None) -> None:
        super().__init__(why)
        self.why = why


@dataclass
class Page:
    """What a view gets: the request, the console, the viewer (None on public pages) and, for
    a POST, the form (already checked for its CSRF token)."""

    request: Request
    console: Console
    viewer: Viewer | None
    form: FormData | None = None

    @property
    def user(self) -> Viewer:
        """The viewer of a page that requires a login (always set there)."""
        assert self.viewer is not None
        return self.viewer

    def field(self, name: str, default: str = "") -> str:
        value = self.form.get(name) if self.form is not None else None
        return value if isinstance(value, str) else default

    def query(self, name: str, default: str = "") -> str:
        return self.request.query_params.get(name, default)

    def render(self, name: str, status: int = 200, **ctx: Any) -> Response:
        return self.console.render(name, self.viewer, status=status, **ctx)


class Console:
    """The console's configuration and the helpers every view shares (on `app.state`)."""

    def __init__(self, settings: Settings, db: Database) -> None:
        cfg = settings.review or {}
        self.settings = settings
        self.db = db
        self.signer = SessionSigner(
            load_secret(cfg.get("secret_key"), lambda: home() / "keys" / "console_secret"),
            int(cfg.get("session_ttl_s", DEFAULT_TTL_S)),
        )
        self.secure_cookies = bool(cfg.get("secure_cookies", False))
        self.sla_hours = cfg.get("sla_hours")
        self.throttle = LoginThrottle(db, int(cfg.get("login_attempts", 5)),
                                      float(cfg.get("login_window_s", 900)))
        gateway_cfg = settings.gateway or {}
        self.trusted_proxies = [str(p) for p in gateway_cfg.get("trusted_proxies", [])]
        self.forwarded_header = str(gateway_cfg.get("forwarded_header", "x-forwarded-for"))
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.globals.update(base=PREFIX, quote=quote)

    def client_of(self, request: Request) -> str:
        """The client address, through trusted proxies only (the gateway's own rule), so one
        proxy in front of everyone is not one client to the login throttle."""
        from distillguard.policy.geo import client_ip

        peer = request.client.host if request.client else "?"
        header = request.headers.getlist(self.forwarded_header.lower()) or None
        if self.forwarded_header.lower() == "forwarded":
            return client_ip(peer, None, self.trusted_proxies, forwarded=header)
        return client_ip(peer, header, self.trusted_proxies)

    def render(self, name: str, viewer: Viewer | None, status: int = 200,
               **ctx: Any) -> Response:
        html = self.env.get_template(name).render(viewer=viewer, **ctx)
        return _secure(HTMLResponse(html, status_code=status))

    def viewer(self, request: Request) -> tuple[Viewer | None, str | None]:
        """The logged-in user of a request, or None and why not (missing/expired/revoked)."""
        session, why = self.signer.load(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None, why
        user = users.get_user(self.db, session.user_id)
        if user is None or user.disabled or user.session_epoch != session.epoch:
            return None, "revoked"
        return Viewer(user.id, user.username, user.role, session.nonce,
                      self.signer.csrf_token(session.nonce)), None

    def gate(self, request: Request, access: Access) -> Viewer | None:
        """The viewer a page's access level requires, or raise the refusal."""
        if access == "public":
            return None
        viewer, why = self.viewer(request)
        request.state.viewer = viewer
        if viewer is None:
            raise LoginRequired(why)
        if access == "admin" and not viewer.is_admin:
            raise Refusal(403, "this page is for admins only")
        return viewer

    def check_csrf(self, request: Request, viewer: Viewer | None, form: FormData) -> None:
        """Every POST: a browser-sent Origin must be this host (defence in depth) and the form
        must carry the CSRF token of the session — or, before login, of the login nonce."""
        if viewer is None:
            nonce = self.signer.load_login_nonce(request.cookies.get(LOGIN_COOKIE))
            purpose, again = "login", "reload the login page"
        else:
            nonce, purpose, again = viewer.nonce, "session", "reload the page"
        token = form.get("csrf")
        ok = self.signer.csrf_ok(nonce, token if isinstance(token, str) else None, purpose)
        if not _origin_ok(request) or not ok:
            raise Refusal(403, f"CSRF token missing or invalid: {again}")

    def login_form(self, status: int = 200, **ctx: Any) -> Response:
        """The login page with a fresh login nonce (cookie) and its CSRF token."""
        cookie, nonce = self.signer.login_nonce_cookie()
        response = self.render("login.html", None, status=status,
                               csrf=self.signer.csrf_token(nonce, "login"), **ctx)
        response.set_cookie(LOGIN_COOKIE, cookie, max_age=3600, httponly=True,
                            samesite="strict", secure=self.secure_cookies, path=PREFIX)
        return response


def _secure(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _origin_ok(request: Request) -> bool:
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return True
    return urlsplit(origin).netloc == request.headers.get("host")


def _safe_next(value: Any) -> str:
    """Only same-site console paths: no open redirects."""
    if isinstance(value, str) and value.startswith(PREFIX + "/") and not value.startswith("//") \
            and "\\" not in value and not urlsplit(value).netloc:
        return value
    return PREFIX + "/"


def _redirect(url: str) -> Response:
    return _secure(RedirectResponse(url, status_code=303))


def _json(data: Any) -> Response:
    return _secure(JSONResponse(data))


# ---- views: login / logout ----------------------------------------------------------------------

def login_page(page: Page) -> Response:
    return page.console.login_form(next=_safe_next(page.query("next") or None),
                                   why=page.query("why") or None)


def login(page: Page) -> Response:
    console, request = page.console, page.request
    username = page.field("username")[:64]
    password = page.field("password")
    client = console.client_of(request)
    # A browser this user logged in from before is not judged by the user's distributed count.
    known = console.signer.device_ok(request.cookies.get(DEVICE_COOKIE), username)
    if console.throttle.blocked(username, client, known):
        raise Refusal(429, "too many failed logins: try again later")
    valid = bool(users.USERNAME_RE.match(username)) and bool(password)
    user = users.authenticate(console.db, username, password) if valid else None
    if user is None:
        console.throttle.fail(username, client, known)
        log.info("console login failed for %r from %s", username, client)
        return console.login_form(401, next=_safe_next(page.field("next")),
                                  error="wrong username or password")
    console.throttle.succeeded(username, client)
    with console.db.session() as s:
        audit_log.append(s, f"console:{user.username}", "console.login",
                         f"user:{user.username}", {"role": user.role})
    response = _redirect(_safe_next(page.field("next")))
    response.set_cookie(SESSION_COOKIE, console.signer.issue(user.id, user.session_epoch),
                        max_age=console.signer.ttl_s, httponly=True, samesite="strict",
                        secure=console.secure_cookies, path=PREFIX)
    response.delete_cookie(LOGIN_COOKIE, path=PREFIX)
    response.set_cookie(DEVICE_COOKIE, console.signer.device_cookie(user.username),
                        max_age=DEVICE_TTL_S, httponly=True, samesite="strict",
                        secure=console.secure_cookies, path=PREFIX)
    return response


def logout(page: Page) -> Response:
    users.revoke_sessions(page.console.db, page.user.user_id)
    response = _redirect(f"{PREFIX}/login")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


# ---- views: overview, queue and cases -----------------------------------------------------------

def overview(page: Page) -> Response:
    """The landing page: traffic, decisions, open cases vs SLA, clusters, intel, audits."""
    data = overview_data(page.console.db, page.query("window", "24h")[:20],
                         page.console.sla_hours)
    if not _wants_html(page.request):
        return _json(data)
    w, series = data["window"], data["traffic"]["series"]
    charts = {
        "requests": buckets_svg(
            w["start_ts"], w["step_s"],
            [("served", "#4c78a8", series["served"]), ("refused", "#e45756", series["refused"])],
            stacked=True, title="requests per interval: served and refused"),
        "decisions": buckets_svg(
            w["start_ts"], w["step_s"],
            [("policy: review", "#f58518", series["policy_review"]),
             ("policy: deny", "#e45756", series["policy_deny"]),
             ("reviewer decisions", "#54a24b", series["reviewer_decisions"])],
            stacked=False, title="decisions per interval: gateway policy and reviewers"),
        "cases": sla_bars_svg(data["cases"]["by_kind"]),
        "clusters": risk_bars_svg(data["clusters"]),
    }
    return page.render("overview.html", data=data, charts=charts, windows=tuple(WINDOWS))



def queue(page: Page) -> Response:
    filters = {"status": page.query("status", "active"), "kind": page.query("kind"),
               "assignee": page.query("assignee"), "sort": page.query("sort", "priority"),
               "account": page.query("account")}
    assignee = filters["assignee"]
    who = page.user.username if assignee == "me" else assignee or None
    rows = list_cases(page.console.db, status=filters["status"], kind=filters["kind"] or None,
                      assignee=who, account=filters["account"].strip() or None,
                      sort=filters["sort"])
    if not _wants_html(page.request):
        return _json([case_json(c, with_evidence=False) for c in rows])
    return page.render("queue.html", cases=[_row(c) for c in rows], filters=filters,
                       statuses=("active", "all", *STATUSES), kinds=KINDS, sorts=tuple(SORTS))


def case_page(page: Page) -> Response:
    console, case_id = page.console, page.request.path_params["case_id"]
    case = get_case(console.db, case_id)
    if not _wants_html(page.request):
        return _json(case_json(case))
    unmask = page.query("pii", "mask") == "show"
    if unmask:
        with console.db.session() as s:
            audit_log.append(s, f"console:{page.user.username}", "case.prompts_unmasked",
                             f"case:{case_id}", {})
    return page.render("case.html", **_case_context(console.db, case, unmask, console.sla_hours),
                       msg=page.query("msg"), reason_codes=REASON_CODES,
                       tiers=policy_tiers(console.settings.policy_path) or [])


def decide_case(page: Page) -> Response:
    console, case_id = page.console, page.request.path_params["case_id"]
    assert page.form is not None
    action, _, reason_code = page.field("decision").partition("/")
    if not reason_code:
        action, reason_code = page.field("action"), page.field("reason_code")
    subset = page.form.getlist("accounts") if page.form.get("subset") else None
    try:
        version = int(page.field("version"))
    except ValueError:
        raise Refusal(400, "the form lacks the case version: reload the page") from None
    result = decide(console.db, case_id, action, reason_code, f"console:{page.user.username}",
                    tier=page.field("tier") or None, note=page.field("note"),
                    expected_version=version,
                    accounts=[str(a) for a in subset] if subset is not None else None,
                    allowed_tiers=policy_tiers(console.settings.policy_path))
    if not _wants_html(page.request):
        return _json(result.to_json())
    summary = f"{action} recorded: {len(result.changed)} account(s) changed"
    if result.failed:
        summary += f", {len(result.failed)} failed"
    return _redirect(f"{PREFIX}/cases/{case_id}?msg={quote(summary)}")


def assign_case(page: Page) -> Response:
    case_id = page.request.path_params["case_id"]
    to = page.user.username if page.field("to") == "me" else None
    try:
        version = int(page.field("version") or -1)
    except ValueError as exc:
        raise Refusal(400, str(exc)) from None
    assign(page.console.db, case_id, to, f"console:{page.user.username}",
           expected_version=version)
    return _redirect(f"{PREFIX}/cases/{case_id}")


def appeal_case(page: Page) -> Response:
    case_id = page.request.path_params["case_id"]
    appeal(page.console.db, case_id, f"console:{page.user.username}", page.field("note"),
           sla_hours=page.console.sla_hours)
    return _redirect(f"{PREFIX}/cases/{case_id}?msg={quote('case reopened on appeal')}")


# ---- views: accounts, policy, admin -------------------------------------------------------------

def accounts(page: Page) -> Response:
    db, q = page.console.db, page.query("q")
    rows = gateway_bridge.search_accounts(db, q[:200], limit=50)
    for row in rows:
        row["cases"] = [case_json(c, with_evidence=False) for c in
                        list_cases(db, status="all", account=row["account_id"], limit=10)]
    if not _wants_html(page.request):
        return _json(rows)
    return page.render("accounts.html", q=q, rows=rows)


def policy(page: Page) -> Response:
    from distillguard.policy.engine import Policy

    try:
        data = Policy.load(page.console.settings.policy_path or None).to_json()
    except DistillguardError as exc:
        raise Refusal(500, f"policy cannot be loaded: {exc}") from None
    if not _wants_html(page.request):
        return _json(data)
    return page.render("policy.html", policy=data)


def admin_users(page: Page) -> Response:
    return page.render("admin_users.html", users=users.list_users(page.console.db),
                       roles=users.ROLES, msg=page.query("msg"))


def admin_add_user(page: Page) -> Response:
    users.add_user(page.console.db, page.field("username"), page.field("password"),
                   page.field("role"), actor=f"console:{page.user.username}")
    return _redirect(f"{PREFIX}/admin/users?msg=user+added")


def admin_unlock_user(page: Page) -> Response:
    """Clear a user's failed-login counters (every client), audited."""
    users.unlock(page.console.db, page.field("username")[:64],
                 actor=f"console:{page.user.username}")
    return _redirect(f"{PREFIX}/admin/users?msg=user+unlocked")


def admin_audit(page: Page) -> Response:
    subject = page.query("subject")
    with page.console.db.session() as s:
        result = audit_log.verify(s)
        rows = [audit_log.entry_json(e) for e in
                audit_log.entries(s, limit=200, subject=subject or None)]
    return page.render("admin_audit.html", result=result, rows=rows, subject=subject)


def stylesheet(page: Page) -> Response:
    css = (HERE / "static" / "console.css").read_text(encoding="utf-8")
    return _secure(Response(css, media_type="text/css"))


View = Callable[[Page], Response]
ROUTES: tuple[tuple[str, str, View, Access], ...] = (
    ("GET", "/login", login_page, "public"),
    ("POST", "/login", login, "public"),
    ("POST", "/logout", logout, "user"),
    ("GET", "/", overview, "user"),
    ("GET", "/queue", queue, "user"),
    ("GET", "/cases/{case_id:int}", case_page, "user"),
    ("POST", "/cases/{case_id:int}/decide", decide_case, "user"),
    ("POST", "/cases/{case_id:int}/assign", assign_case, "user"),
    ("POST", "/cases/{case_id:int}/appeal", appeal_case, "admin"),
    ("GET", "/accounts", accounts, "user"),
    ("GET", "/policy", policy, "user"),
    ("GET", "/admin/users", admin_users, "admin"),
    ("POST", "/admin/users", admin_add_user, "admin"),
    ("POST", "/admin/users/unlock", admin_unlock_user, "admin"),
    ("GET", "/admin/audit", admin_audit, "admin"),
    ("GET", "/static/console.css", stylesheet, "public"),
)


def _endpoint(view: View, access: Access) -> Callable[[Request], Awaitable[Response]]:
    """The access check, the CSRF check of a POST, and the view run in a worker thread (the
    views query the database; the event loop keeps serving the gateway meanwhile)."""

    async def endpoint(request: Request) -> Response:
        console: Console = request.app.state.console
        viewer = await run_in_threadpool(console.gate, request, access)
        form = None
        if request.method == "POST":
            form = await request.form()
            console.check_csrf(request, viewer, form)
        return await run_in_threadpool(view, Page(request, console, viewer, form))

    endpoint.__name__ = view.__name__
    return endpoint


# ---- errors ---------------------------------------------------------------------------------------

def _problem(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        viewer = getattr(request.state, "viewer", None)
        console: Console = request.app.state.console
        return console.render("error.html", viewer, status=status, status_code=status,
                              message=message)
    return _secure(JSONResponse({"error": {"message": message, "code": status}}, status))


async def _on_refusal(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refusal)
    return _problem(request, exc.status, exc.message)


async def _on_login_required(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    if request.method == "GET" and _wants_html(request):
        target = f"{PREFIX}/login?next={quote(str(request.url.path))}"
        if exc.why in ("expired", "revoked"):
            target += f"&why={exc.why}"
        return _redirect(target)
    return _problem(request, 401, f"not logged in (session {exc.why})")


async def _on_domain_error(request: Request, exc: Exception) -> Response:
    """A review operation refused (unknown case 404, stale version 409, bad input 400)."""
    return _problem(request, int(getattr(exc, "status", 400)), str(exc))


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _problem(request, exc.status_code, str(exc.detail))


async def _on_crash(request: Request, exc: Exception) -> Response:
    log.exception("console error: %s", type(exc).__name__)
    return _problem(request, 500, "internal error")


def build_app(settings: Settings | None = None, db: Database | None = None) -> Starlette:
    """The console as its own application; the gateway mounts it at /console."""
    settings = settings or load_settings()
    db = db or get_database(settings.resolved_database_url)
    app = Starlette(
        routes=[Route(path, _endpoint(view, access), methods=[method])
                for method, path, view, access in ROUTES],
        exception_handlers={Refusal: _on_refusal, LoginRequired: _on_login_required,
                            DistillguardError: _on_domain_error, HTTPException: _on_http_error,
                            Exception: _on_crash})
    app.state.console = Console(settings, db)
    return app


def _row(case: Case) -> dict[str, Any]:
    remaining = sla_remaining(case)
    return {**case_json(case, with_evidence=False), "sla": _sla_text(remaining),
            "overdue": remaining is not None and remaining < 0}


def _sla_text(remaining: float | None) -> str:
    if remaining is None:
        return "—"
    hours = abs(remaining) / 3600
    text = f"{hours:.1f} h" if hours >= 1 else f"{abs(remaining) / 60:.0f} min"
    return f"overdue {text}" if remaining < 0 else f"{text} left"


def _signals(evidence: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's signals, or for a cluster the members' contributions summed per signal."""
    signals = list(evidence.get("signals") or [])
    if signals:
        return signals
    totals: dict[str, dict[str, float]] = {}
    for member in evidence.get("members") or []:
        for sig in member.get("signals") or []:
            entry = totals.setdefault(str(sig.get("name")), {"contribution": 0.0, "n": 0})
            if isinstance(sig.get("contribution"), int | float):
                entry["contribution"] += sig["contribution"]
            entry["n"] += 1
    n_members = max(len(evidence.get("members") or []), 1)
    return [{"name": name, "contribution": round(v["contribution"] / n_members, 4),
             "value": f"{v['n']} of {n_members} members"} for name, v in totals.items()]


def _case_context(db: Database, case: Case, unmask: bool, sla_hours: Any) -> dict[str, Any]:
    account_ids = case.account_ids
    rows = gateway_bridge.account_rows(db, account_ids)
    events = gateway_bridge.recent_events(db, account_ids, limit=5000)
    transitions = gateway_bridge.state_history(db, account_ids)
    evidence = case.evidence or {}
    signals = _signals(evidence)
    raw = [{"account_id": str(s.get("account_id", "")), "ts": s.get("ts"),
            "prompt": str(s.get("prompt", ""))} for s in evidence.get("sample_prompts") or []]
    raw += [e for e in reversed(events) if e["prompt"]]
    samples = _group_prompts(raw, unmask)
    graph = None
    if len(account_ids) > 1:
        nodes = [(a, rows.get(a, {}).get("state")) for a in account_ids]
        graph = cluster_svg(nodes, cluster_edges(events, rows, evidence.get("graph")))
    with db.session() as s:
        trail = [audit_log.entry_json(e) for e in
                 audit_log.entries(s, limit=100, subject=f"case:{case.id}")]
    return {
        "case": case_json(case), "sla": _sla_text(sla_remaining(case)),
        "overdue": (sla_remaining(case) or 0) < 0,
        "accounts": [{"account_id": a, **rows.get(a, {"state": None})} for a in account_ids],
        "signals": signals, "contributions": contributions_svg(signals),
        "timeline": timeline_svg(events, transitions), "graph": graph,
        "samples": samples, "unmask": unmask, "trail": trail,
        "extra_evidence": {k: v for k, v in evidence.items()
                           if k not in ("signals", "members", "sample_prompts", "graph")},
        "n_events": len(events),
    }


def _group_prompts(
    raw: list[dict[str, Any]], unmask: bool, top: int = 15, window: int = 1000
) -> list[dict]:
    """The newest `window` prompts, identical ones collapsed (templated campaigns show up as
    high counts); masked unless the reviewer chose to unmask (each distinct text masked once)."""
    groups: dict[str, dict[str, Any]] = {}
    masked: dict[str, str] = {}
    for item in raw[:window]:  # newest first
        text = item["prompt"]
        if unmask:
            shown = text
        else:
            shown = masked.get(text) or masked.setdefault(text, mask_pii(text))
        group = groups.setdefault(shown, {"shown": shown, "count": 0, "accounts": set(),
                                          "when": _when(item.get("ts"))})
        group["count"] += 1
        group["accounts"].add(item["account_id"])
    ordered = sorted(groups.values(), key=lambda g: -g["count"])[:top]
    for g in ordered:
        accounts = sorted(g["accounts"])
        g["accounts"] = accounts[0] if len(accounts) == 1 else f"{len(accounts)} accounts"
    return ordered


def _when(ts: Any) -> str:
    return as_utc_ts(ts) if isinstance(ts, int | float) else str(ts or "")


def as_utc_ts(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


__all__ = ["ROUTES", "Console", "Refusal", "build_app"]
