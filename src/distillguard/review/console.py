"""The analyst console at /console: server-rendered pages (Jinja2, autoescaped, no scripts).

Login with reviewer/admin roles (argon2 hashes), signed expiring session cookies, a CSRF token
on every POST, the queue, case pages with SVG charts, decisions with optimistic locking, an
accounts search, the jurisdiction policy, and admin pages (users, audit log). Errors are HTML
for browsers and `{"error": {"message", "code"}}` JSON for everything else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from distillguard.config import Settings, home, load_settings
from distillguard.errors import DistillguardError
from distillguard.review import audit_log, gateway_bridge, users
from distillguard.review.auth import (
    DEFAULT_TTL_S,
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
from distillguard.review.charts import cluster_edges, cluster_svg, contributions_svg, timeline_svg
from distillguard.review.decisions import REASON_CODES, decide, policy_tiers
from distillguard.review.errors import ReviewError
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


def _secure(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _safe_next(value: str | None) -> str:
    """Only same-site console paths: no open redirects."""
    if value and value.startswith(PREFIX + "/") and not value.startswith("//") \
            and "\\" not in value and not urlsplit(value).netloc:
        return value
    return PREFIX + "/"


def build_router(settings: Settings | None = None, db: Database | None = None) -> APIRouter:
    """The console routes; mount with `app.include_router(router, prefix="/console")`."""
    settings = settings or load_settings()
    db = db or get_database(settings.resolved_database_url)
    cfg = settings.review or {}
    signer = SessionSigner(
        load_secret(cfg.get("secret_key"), lambda: home() / "keys" / "console_secret"),
        int(cfg.get("session_ttl_s", DEFAULT_TTL_S)),
    )
    secure_cookies = bool(cfg.get("secure_cookies", False))
    sla_hours = cfg.get("sla_hours")
    throttle = LoginThrottle(int(cfg.get("login_attempts", 5)))
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(base=PREFIX, quote=quote)
    router = APIRouter(include_in_schema=False)

    # ---- helpers -------------------------------------------------------------------------
    def render(name: str, viewer: Viewer | None, status: int = 200, **ctx: Any) -> Response:
        html = env.get_template(name).render(viewer=viewer, **ctx)
        return _secure(HTMLResponse(html, status_code=status))

    def problem(request: Request, status: int, message: str, viewer: Viewer | None = None):
        if _wants_html(request):
            return render("error.html", viewer, status=status, status_code=status, message=message)
        return _secure(JSONResponse({"error": {"message": message, "code": status}}, status))

    def current(request: Request) -> tuple[Viewer | None, str | None]:
        session, why = signer.load(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None, why
        user = users.get_user(db, session.user_id)
        if user is None or user.disabled or user.session_epoch != session.epoch:
            return None, "revoked"
        return Viewer(user.id, user.username, user.role, session.nonce,
                      signer.csrf_token(session.nonce)), None

    def gate(request: Request, admin: bool = False) -> Viewer | Response:
        """The viewer, or the response that refuses them (login redirect, 401, 403)."""
        viewer, why = current(request)
        if viewer is None:
            if request.method == "GET" and _wants_html(request):
                target = f"{PREFIX}/login?next={quote(str(request.url.path))}"
                if why in ("expired", "revoked"):
                    target += f"&why={why}"
                return _secure(RedirectResponse(target, status_code=303))
            return problem(request, 401, f"not logged in (session {why})")
        if admin and not viewer.is_admin:
            return problem(request, 403, "this page is for admins only", viewer)
        return viewer

    def origin_ok(request: Request) -> bool:
        """A browser-sent Origin must be this host (defence in depth; the token decides)."""
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return True
        return urlsplit(origin).netloc == request.headers.get("host")

    async def gate_post(request: Request, admin: bool = False):
        """(viewer, form) for a POST with a valid session and CSRF token, else a refusal."""
        viewer = gate(request, admin)
        if isinstance(viewer, Response):
            return viewer, None
        form = await request.form()
        if not origin_ok(request) or not signer.csrf_ok(viewer.nonce, form.get("csrf")):
            return problem(request, 403, "CSRF token missing or invalid: reload the page", viewer), None
        return viewer, form

    # ---- login / logout ------------------------------------------------------------------
    @router.get("/login")
    def login_page(request: Request, next: str | None = None, why: str | None = None):
        cookie, nonce = signer.login_nonce_cookie()
        response = render("login.html", None, next=_safe_next(next), why=why,
                          csrf=signer.csrf_token(nonce, "login"))
        response.set_cookie(LOGIN_COOKIE, cookie, max_age=3600, httponly=True, samesite="strict",
                            secure=secure_cookies, path=PREFIX)
        return response

    @router.post("/login")
    async def login(request: Request):
        form = await request.form()
        nonce = signer.load_login_nonce(request.cookies.get(LOGIN_COOKIE))
        if not origin_ok(request) or not signer.csrf_ok(nonce, form.get("csrf"), "login"):
            return problem(request, 403, "CSRF token missing or invalid: reload the login page")
        username = str(form.get("username", ""))[:64]
        password = str(form.get("password", ""))
        client = request.client.host if request.client else "?"
        keys = (f"user:{username}", f"ip:{client}")
        if throttle.blocked(*keys):
            return problem(request, 429, "too many failed logins: try again later")
        user = users.authenticate(db, username, password) if username and password else None
        if user is None:
            throttle.fail(*keys)
            log.info("console login failed for %r from %s", username, client)
            cookie, nonce = signer.login_nonce_cookie()
            response = render("login.html", None, status=401, next=_safe_next(form.get("next")),
                              error="wrong username or password",
                              csrf=signer.csrf_token(nonce, "login"))
            response.set_cookie(LOGIN_COOKIE, cookie, max_age=3600, httponly=True,
                                samesite="strict", secure=secure_cookies, path=PREFIX)
            return response
        throttle.clear(f"user:{username}")
        with db.session() as s:
            audit_log.append(s, f"console:{user.username}", "console.login",
                             f"user:{user.username}", {"role": user.role})
        response = _secure(RedirectResponse(_safe_next(form.get("next")), status_code=303))
        response.set_cookie(SESSION_COOKIE, signer.issue(user.id, user.session_epoch),
                            max_age=signer.ttl_s, httponly=True, samesite="strict",
                            secure=secure_cookies, path=PREFIX)
        response.delete_cookie(LOGIN_COOKIE, path=PREFIX)
        return response

    @router.post("/logout")
    async def logout(request: Request):
        viewer, _form = await gate_post(request)
        if isinstance(viewer, Response):
            return viewer
        users.revoke_sessions(db, viewer.user_id)
        response = _secure(RedirectResponse(f"{PREFIX}/login", status_code=303))
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    # ---- queue and cases -----------------------------------------------------------------
    @router.get("/")
    def queue(request: Request, status: str = "active", kind: str = "", assignee: str = "",
              sort: str = "priority", account: str = ""):
        viewer = gate(request)
        if isinstance(viewer, Response):
            return viewer
        who = viewer.username if assignee == "me" else assignee or None
        try:
            rows = list_cases(db, status=status, kind=kind or None, assignee=who,
                              account=account.strip() or None, sort=sort)
        except ReviewError as exc:
            return problem(request, 400, str(exc), viewer)
        if not _wants_html(request):
            return _secure(JSONResponse([case_json(c, with_evidence=False) for c in rows]))
        return render("queue.html", viewer, cases=[_row(c) for c in rows],
                      filters={"status": status, "kind": kind, "assignee": assignee,
                               "sort": sort, "account": account},
                      statuses=("active", "all", *STATUSES), kinds=KINDS, sorts=tuple(SORTS))

    @router.get("/cases/{case_id}")
    def case_page(request: Request, case_id: int, pii: str = "mask", msg: str = ""):
        viewer = gate(request)
        if isinstance(viewer, Response):
            return viewer
        try:
            case = get_case(db, case_id)
        except ReviewError as exc:
            return problem(request, exc.status, str(exc), viewer)
        if not _wants_html(request):
            return _secure(JSONResponse(case_json(case)))
        unmask = pii == "show"
        if unmask:
            with db.session() as s:
                audit_log.append(s, f"console:{viewer.username}", "case.prompts_unmasked",
                                 f"case:{case_id}", {})
        return render("case.html", viewer, **_case_context(db, case, unmask, sla_hours), msg=msg,
                      reason_codes=REASON_CODES, tiers=policy_tiers(settings.policy_path) or [])

    @router.post("/cases/{case_id}/decide")
    async def decide_case(request: Request, case_id: int):
        viewer, form = await gate_post(request)
        if isinstance(viewer, Response):
            return viewer
        choice = str(form.get("decision") or "")
        action, _, reason_code = choice.partition("/")
        if not reason_code:
            action, reason_code = str(form.get("action", "")), str(form.get("reason_code", ""))
        subset = form.getlist("accounts") if form.get("subset") else None
        try:
            version = int(form.get("version", ""))
        except ValueError:
            return problem(request, 400, "the form lacks the case version: reload the page", viewer)
        try:
            result = decide(db, case_id, action, reason_code, f"console:{viewer.username}",
                            tier=str(form.get("tier") or "") or None,
                            note=str(form.get("note") or ""), expected_version=version,
                            accounts=[str(a) for a in subset] if subset is not None else None,
                            allowed_tiers=policy_tiers(settings.policy_path))
        except DistillguardError as exc:
            status = getattr(exc, "status", 400)
            return problem(request, status, str(exc), viewer)
        if not _wants_html(request):
            return _secure(JSONResponse(result.to_json()))
        summary = f"{action} recorded: {len(result.changed)} account(s) changed"
        if result.failed:
            summary += f", {len(result.failed)} failed"
        return _secure(RedirectResponse(
            f"{PREFIX}/cases/{case_id}?msg={quote(summary)}", status_code=303))

    @router.post("/cases/{case_id}/assign")
    async def assign_case(request: Request, case_id: int):
        viewer, form = await gate_post(request)
        if isinstance(viewer, Response):
            return viewer
        to = viewer.username if form.get("to") == "me" else None
        try:
            assign(db, case_id, to, f"console:{viewer.username}",
                   expected_version=int(form.get("version") or -1))
        except (DistillguardError, ValueError) as exc:
            return problem(request, getattr(exc, "status", 400), str(exc), viewer)
        return _secure(RedirectResponse(f"{PREFIX}/cases/{case_id}", status_code=303))

    @router.post("/cases/{case_id}/appeal")
    async def appeal_case(request: Request, case_id: int):
        viewer, form = await gate_post(request, admin=True)
        if isinstance(viewer, Response):
            return viewer
        try:
            appeal(db, case_id, f"console:{viewer.username}", str(form.get("note") or ""),
                   sla_hours=sla_hours)
        except DistillguardError as exc:
            return problem(request, getattr(exc, "status", 400), str(exc), viewer)
        return _secure(RedirectResponse(
            f"{PREFIX}/cases/{case_id}?msg={quote('case reopened on appeal')}", status_code=303))

    # ---- accounts, policy ------------------------------------------------------------------
    @router.get("/accounts")
    def accounts(request: Request, q: str = ""):
        viewer = gate(request)
        if isinstance(viewer, Response):
            return viewer
        rows = gateway_bridge.search_accounts(db, q[:200], limit=50)
        for row in rows:
            row["cases"] = [case_json(c, with_evidence=False) for c in
                            list_cases(db, status="all", account=row["account_id"], limit=10)]
        if not _wants_html(request):
            return _secure(JSONResponse(rows))
        return render("accounts.html", viewer, q=q, rows=rows)

    @router.get("/policy")
    def policy(request: Request):
        viewer = gate(request)
        if isinstance(viewer, Response):
            return viewer
        from distillguard.policy.engine import Policy

        try:
            data = Policy.load(settings.policy_path or None).to_json()
        except DistillguardError as exc:
            return problem(request, 500, f"policy cannot be loaded: {exc}", viewer)
        if not _wants_html(request):
            return _secure(JSONResponse(data))
        return render("policy.html", viewer, policy=data)

    # ---- admin -----------------------------------------------------------------------------
    @router.get("/admin/users")
    def admin_users(request: Request, msg: str = ""):
        viewer = gate(request, admin=True)
        if isinstance(viewer, Response):
            return viewer
        return render("admin_users.html", viewer, users=users.list_users(db), roles=users.ROLES,
                      msg=msg)

    @router.post("/admin/users")
    async def admin_add_user(request: Request):
        viewer, form = await gate_post(request, admin=True)
        if isinstance(viewer, Response):
            return viewer
        try:
            users.add_user(db, str(form.get("username", "")), str(form.get("password", "")),
                           str(form.get("role", "")), actor=f"console:{viewer.username}")
        except DistillguardError as exc:
            return problem(request, getattr(exc, "status", 400), str(exc), viewer)
        return _secure(RedirectResponse(f"{PREFIX}/admin/users?msg=user+added", status_code=303))

    @router.get("/admin/audit")
    def admin_audit(request: Request, subject: str = ""):
        viewer = gate(request, admin=True)
        if isinstance(viewer, Response):
            return viewer
        with db.session() as s:
            result = audit_log.verify(s)
            rows = [audit_log.entry_json(e) for e in
                    audit_log.entries(s, limit=200, subject=subject or None)]
        return render("admin_audit.html", viewer, result=result, rows=rows, subject=subject)

    @router.get("/static/console.css")
    def stylesheet():
        css = (HERE / "static" / "console.css").read_text(encoding="utf-8")
        return _secure(Response(css, media_type="text/css"))

    return router


def _row(case) -> dict[str, Any]:
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


def _case_context(db: Database, case, unmask: bool, sla_hours) -> dict[str, Any]:
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


__all__ = ["build_router"]
