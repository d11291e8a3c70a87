"""The /admin API: accounts, organisations, state changes, events and the policy, behind a token.

The token is compared by SHA-256 digest in constant time; the plaintext is never stored (it is
either in the operator's config or was shown once by `distillguard serve`).

Every change is attributed to the credential that made it: `admin-api:<first 12 hex digits of
the token's SHA-256>` (a fingerprint, so a rotated token shows as a different actor). A request
cannot choose its actor: the `actor` field of a state change is kept only as an unverified
`on_behalf_of` note in the audit entry.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select

from distillguard.errors import DistillguardError
from distillguard.gateway import accounts
from distillguard.gateway.errors import GatewayError
from distillguard.gateway.events import export_row
from distillguard.gateway.models import Event
from distillguard.gateway.schemas import (
    CreateAccountRequest,
    CreateOrgRequest,
    SetParentRequest,
    SetStateRequest,
    UpdateAccountRequest,
)
from distillguard.gateway.state import GatewayState

P = ParamSpec("P")
T = TypeVar("T")


def _state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


def require_admin(request: Request) -> str:
    """Dependency: the request carries the admin token (Authorization: Bearer …)."""
    state = _state(request)
    header = request.headers.get("authorization") or ""
    scheme, _, token = header.partition(" ")
    if state.admin_hash is None:
        raise GatewayError(401, "admin API disabled: no admin token configured", "admin_disabled")
    digest = hashlib.sha256(token.strip().encode("utf-8", "replace")).hexdigest()
    if scheme.lower() != "bearer" or not hmac.compare_digest(digest, state.admin_hash):
        raise GatewayError(401, "invalid or missing admin token", "invalid_admin_token")
    return admin_actor(state.admin_hash)


def admin_actor(token_digest: str) -> str:
    """The audit identity of an admin credential: a short fingerprint of its digest."""
    return f"admin-api:{token_digest[:12]}"


# The authenticated admin identity (FastAPI caches the dependency, so it runs once per request).
Actor = Annotated[str, Depends(require_admin)]

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(require_admin)])


async def _call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a blocking store function off the event loop; user errors become 400/404."""
    try:
        return await asyncio.to_thread(fn, *args, **kwargs)
    except DistillguardError as exc:
        message = str(exc)
        status = 404 if "not found" in message else 400
        raise GatewayError(status, message,
                           "not_found" if status == 404 else "invalid_request") from None


@router.get("/accounts")
async def list_accounts(request: Request, state: str | None = Query(default=None, max_length=32),
                        limit: int = Query(default=1000, ge=1, le=10000)) -> dict[str, Any]:
    rows = await _call(accounts.list_accounts, _state(request).db, state, limit)
    return {"accounts": rows}


@router.post("/accounts", status_code=201)
async def create_account(body: CreateAccountRequest, request: Request,
                         actor: Actor) -> dict[str, Any]:
    st = _state(request)
    account_id, api_key = await _call(
        accounts.create_account, st.db, body.org, body.country,
        billing_country=body.billing_country, owner_country=body.owner_country,
        parent=body.parent, share=body.share, tier=body.tier, verification=body.verification,
        email=body.email, payment_fingerprint=body.payment_fingerprint, actor=actor)
    return {"account_id": account_id, "api_key": api_key}


@router.get("/accounts/{account_id}")
async def show_account(account_id: str, request: Request) -> dict[str, Any]:
    st = _state(request)
    out = await _call(accounts.account_json, st.db, account_id)
    facts = await _call(accounts.account_facts, st.db, account_id)
    out["decision"] = st.policy.evaluate(facts).to_json()
    return out


@router.patch("/accounts/{account_id}")
async def update_account(account_id: str, body: UpdateAccountRequest, request: Request,
                         actor: Actor) -> dict[str, Any]:
    st = _state(request)
    await _call(accounts.update_account, st.db, account_id, actor=actor, **body.model_dump())
    return await _call(accounts.account_json, st.db, account_id)


@router.post("/accounts/{account_id}/state")
async def set_state(account_id: str, body: SetStateRequest, request: Request,
                    actor: Actor) -> dict[str, Any]:
    st = _state(request)
    context = {"on_behalf_of": body.actor} if body.actor and body.actor != actor else None
    await _call(accounts.set_state, st.db, account_id, body.state, actor, body.reason,
                context=context)
    return {"account_id": account_id, "state": body.state}


@router.post("/accounts/{account_id}/rotate-key")
async def rotate_key(account_id: str, request: Request, actor: Actor) -> dict[str, Any]:
    key = await _call(accounts.rotate_key, _state(request).db, account_id, actor)
    return {"account_id": account_id, "api_key": key}


@router.post("/orgs", status_code=201)
async def create_org(body: CreateOrgRequest, request: Request, actor: Actor) -> dict[str, Any]:
    org_id = await _call(accounts.create_org, _state(request).db, body.name, body.country,
                         body.parent, body.share, actor=actor)
    return {"org_id": org_id}


@router.post("/orgs/{org}/parents")
async def set_parent(org: str, body: SetParentRequest, request: Request,
                     actor: Actor) -> dict[str, Any]:
    await _call(accounts.set_parent, _state(request).db, org, body.parent, body.share,
                actor=actor)
    return {"org": org, "parent": body.parent, "share": body.share}


@router.get("/events")
async def list_events(request: Request,
                      account_id: str | None = Query(default=None, max_length=64),
                      limit: int = Query(default=100, ge=1, le=1000)) -> dict[str, Any]:
    db = _state(request).db

    def load() -> list[dict[str, Any]]:
        with db.session() as s:
            query = select(Event).order_by(Event.id.desc()).limit(limit)
            if account_id:
                query = query.where(Event.account_id == account_id)
            return [export_row(e) for e in s.scalars(query)]

    return {"events": await _call(load)}


@router.get("/policy")
async def show_policy(request: Request) -> dict[str, Any]:
    policy: dict[str, Any] = json.loads(json.dumps(_state(request).policy.to_json(), default=str))
    return policy
