"""TAXII 2.1 server as a FastAPI router (mounted at /taxii2 by `distillguard serve`).

Media type negotiation (406/415), size limit (413), member authentication (token or basic
auth, hashed), per-collection rights, TLP enforcement and DB-stored cursors live here; the
storage logic is in `store.py`. Errors are TAXII error messages, never tracebacks.
"""

from __future__ import annotations

import base64
import binascii
import functools
import inspect
import json
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from distillguard.intel import store
from distillguard.intel.validation import StixRejection

TAXII_MEDIA = "application/taxii+json;version=2.1"
STIX_MEDIA = "application/stix+json;version=2.1"
PREFIX = "/taxii2"
log = logging.getLogger(__name__)


class TaxiiError(Exception):
    def __init__(self, status: int, title: str, description: str = "") -> None:
        super().__init__(title)
        self.status, self.title, self.description = status, title, description


def taxii_response(body: Any, status: int = 200, headers: dict[str, str] | None = None
                   ) -> Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Response(content, status_code=status, media_type=TAXII_MEDIA, headers=headers)


def error_response(exc: TaxiiError) -> Response:
    body = {"title": exc.title, "description": exc.description, "http_status": str(exc.status)}
    headers = {"WWW-Authenticate": 'Basic realm="taxii2", Bearer'} if exc.status == 401 else None
    return taxii_response(body, exc.status, headers)


def _media_ok(value: str, allow_any: bool) -> bool:
    for item in value.split(","):
        parts = [p.strip().lower() for p in item.split(";")]
        media, params = parts[0], dict(
            p.split("=", 1) for p in parts[1:] if "=" in p
        )
        if allow_any and media in ("*/*", "application/*"):
            return True
        if media == "application/taxii+json" and params.get("version", "2.1") == "2.1":
            return True
    return False


class Settings:
    """The knobs of the server, read from `[intel]` in the settings."""

    def __init__(self, settings: Any) -> None:
        intel = dict(getattr(settings, "intel", {}) or {})
        self.api_root = str(intel.get("api_root", "intel"))
        self.title = str(intel.get("title", "distillguard intelligence exchange"))
        self.max_content_length = int(intel.get("max_content_length", 10 * 1024 * 1024))
        self.default_page = int(intel.get("default_page_size", 1000))
        self.max_page = int(intel.get("max_page_size", 10000))
        self.default_tlp = str(intel.get("default_tlp", "amber"))


def build_router(settings: Any, db: Any) -> APIRouter:
    """The TAXII 2.1 router; its paths already start with /taxii2 (include it without prefix)."""
    cfg = Settings(settings)
    router = APIRouter(prefix=PREFIX, tags=["taxii2"])
    root = cfg.api_root

    def endpoint(func):
        """Accept-header check, DB session, authentication and error mapping around `func`."""

        @functools.wraps(func)
        def wrapper(request: Request, **kwargs):
            try:
                if not _media_ok(request.headers.get("accept", "*/*"), allow_any=True):
                    raise TaxiiError(406, "Not Acceptable",
                                     f"this server only produces {TAXII_MEDIA}")
                with db.session() as session:
                    member = _authenticate(session, request)
                    return func(request, session, member, **kwargs)
            except TaxiiError as exc:
                return error_response(exc)
            except store.AccessDenied as exc:
                return error_response(TaxiiError(exc.status, "Access denied", str(exc)))
            except store.NotFound as exc:
                return error_response(TaxiiError(404, "Not found", str(exc)))
            except (store.BadRequest, StixRejection) as exc:
                return error_response(TaxiiError(400, "Bad request", str(exc)))

        signature = inspect.signature(func)
        wrapper.__signature__ = signature.replace(parameters=[
            p for name, p in signature.parameters.items() if name not in ("session", "member")
        ])
        return wrapper

    def _authenticate(session, request: Request):
        header = request.headers.get("authorization")
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        scheme = scheme.lower()
        if scheme in ("bearer", "token") and value.strip():
            return store.authenticate(session, value.strip())
        if scheme == "basic":
            try:
                user, _, password = base64.b64decode(value.strip()).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise TaxiiError(401, "Unauthorized", "malformed basic credentials") from None
            return store.authenticate(session, password, username=user)
        raise TaxiiError(401, "Unauthorized", f"unsupported authorization scheme {scheme!r}")

    def _need_member(member) -> None:
        if member is None:
            raise TaxiiError(401, "Unauthorized", "authentication required")

    def _check_root(api_root: str) -> None:
        if api_root != root:
            raise TaxiiError(404, "Not found", f"no API root {api_root!r}")

    def _access(session, member, api_root: str, cid: str, write: bool = False):
        _check_root(api_root)
        access = store.collection_access(session, member, cid)
        allowed = access.can_write if write else access.can_read
        if not allowed:
            if member is None:
                raise TaxiiError(401, "Unauthorized", "authentication required")
            raise TaxiiError(403, "Forbidden",
                             f"no {'write' if write else 'read'} access to collection {cid}")
        return access

    def _limit(request: Request) -> int:
        raw = request.query_params.get("limit")
        if raw is None:
            return cfg.default_page
        try:
            value = int(raw)
        except ValueError:
            raise TaxiiError(400, "Bad request", "limit must be a positive integer") from None
        if value < 1:
            raise TaxiiError(400, "Bad request", "limit must be a positive integer")
        return min(value, cfg.max_page)

    def _page(request, session, member, cid, kind, object_id=None) -> store.Page:
        token = request.query_params.get("next")
        if token:
            query, cursor = store.load_cursor(session, member, token)
            if query.collection_id != cid or query.kind != kind or (
                object_id and query.ids != [object_id]
            ):
                raise TaxiiError(400, "Bad request", "'next' token is for another request")
        else:
            query = store.parse_filters(cid, kind, dict(request.query_params), object_id)
            cursor = None
        return store.read_page(session, member, query, _limit(request), cursor)

    def _headers(page: store.Page) -> dict[str, str]:
        if not page.rows:
            return {}
        return {"X-TAXII-Date-Added-First": page.first_added,
                "X-TAXII-Date-Added-Last": page.last_added}

    def _objects_body(page: store.Page) -> bytes:
        head = {"more": page.more}
        if page.next:
            head["next"] = page.next
        prefix = json.dumps(head)[:-1]
        objects = ",".join(row.body for row in page.rows)
        return f'{prefix}, "objects": [{objects}]}}'.encode()

    @router.get("/")
    @endpoint
    def discovery(request: Request, session, member):
        base = str(request.base_url).rstrip("/") + PREFIX
        return taxii_response({
            "title": cfg.title,
            "description": "STIX 2.1 indicators of model-distillation campaigns.",
            "default": f"{base}/{root}/",
            "api_roots": [f"{base}/{root}/"],
        })

    @router.get("/{api_root}/")
    @endpoint
    def api_root_info(request: Request, session, member, api_root: str):
        _check_root(api_root)
        return taxii_response({
            "title": cfg.title,
            "description": "Distillation-campaign intelligence shared among member labs.",
            "versions": [TAXII_MEDIA],
            "max_content_length": cfg.max_content_length,
        })

    @router.get("/{api_root}/collections/")
    @endpoint
    def collections(request: Request, session, member, api_root: str):
        _check_root(api_root)
        return taxii_response({"collections": [
            _collection_json(a) for a in store.visible_collections(session, member)
        ]})

    @router.get("/{api_root}/collections/{cid}/")
    @endpoint
    def collection(request: Request, session, member, api_root: str, cid: str):
        _check_root(api_root)
        access = store.collection_access(session, member, cid)
        if not (access.can_read or access.can_write):
            if member is None:
                raise TaxiiError(401, "Unauthorized", "authentication required")
            raise TaxiiError(403, "Forbidden", f"no access to collection {cid}")
        return taxii_response(_collection_json(access))

    @router.get("/{api_root}/collections/{cid}/objects/")
    @endpoint
    def get_objects(request: Request, session, member, api_root: str, cid: str):
        _access(session, member, api_root, cid)
        page = _page(request, session, member, cid, "objects")
        return taxii_response(_objects_body(page), headers=_headers(page))

    @router.get("/{api_root}/collections/{cid}/objects/{object_id}/")
    @endpoint
    def get_object(request: Request, session, member, api_root: str, cid: str, object_id: str):
        _access(session, member, api_root, cid)
        page = _page(request, session, member, cid, "objects", object_id)
        if not page.rows and not request.query_params.get("next"):
            if not store.object_exists(session, member, cid, object_id):
                raise TaxiiError(404, "Not found", f"no object {object_id}")
        return taxii_response(_objects_body(page), headers=_headers(page))

    @router.get("/{api_root}/collections/{cid}/objects/{object_id}/versions/")
    @endpoint
    def versions(request: Request, session, member, api_root: str, cid: str, object_id: str):
        _access(session, member, api_root, cid)
        page = _page(request, session, member, cid, "versions", object_id)
        if not page.rows and not request.query_params.get("next"):
            if not store.object_exists(session, member, cid, object_id):
                raise TaxiiError(404, "Not found", f"no object {object_id}")
        body: dict[str, Any] = {"more": page.more, "versions": [r.version for r in page.rows]}
        if page.next:
            body["next"] = page.next
        return taxii_response(body, headers=_headers(page))

    @router.get("/{api_root}/collections/{cid}/manifest/")
    @endpoint
    def manifest(request: Request, session, member, api_root: str, cid: str):
        _access(session, member, api_root, cid)
        page = _page(request, session, member, cid, "manifest")
        body: dict[str, Any] = {"more": page.more, "objects": [
            {"id": r.stix_id, "date_added": store.from_micros(r.date_added),
             "version": r.version, "media_type": STIX_MEDIA} for r in page.rows
        ]}
        if page.next:
            body["next"] = page.next
        return taxii_response(body, headers=_headers(page))

    @router.delete("/{api_root}/collections/{cid}/objects/{object_id}/")
    @endpoint
    def delete_object(request: Request, session, member, api_root: str, cid: str,
                      object_id: str):
        _need_member(member)
        _access(session, member, api_root, cid, write=True)
        params = request.query_params
        versions = [v.strip() for v in params.get("match[version]", "all").split(",") if v]
        try:
            versions = [v if v in ("first", "last", "all") else store.normalise(v)
                        for v in versions]
        except ValueError as exc:
            raise TaxiiError(400, "Bad request", f"bad match[version]: {exc}") from None
        specs = params.get("match[spec_version]")
        store.delete_object(session, cid, object_id, member, versions,
                            specs.split(",") if specs else None)
        return taxii_response({}, 200)

    @router.get("/{api_root}/status/{status_id}/")
    @endpoint
    def status(request: Request, session, member, api_root: str, status_id: str):
        _check_root(api_root)
        _need_member(member)
        return taxii_response(store.get_status(session, member, status_id))

    @router.post("/{api_root}/collections/{cid}/objects/")
    async def add_objects(request: Request, api_root: str, cid: str):
        try:
            content_type = request.headers.get("content-type", "")
            if not _media_ok(content_type, allow_any=False):
                raise TaxiiError(415, "Unsupported Media Type",
                                 f"send the envelope as {TAXII_MEDIA}")
            declared = request.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > cfg.max_content_length:
                raise TaxiiError(413, "Payload Too Large",
                                 f"max_content_length is {cfg.max_content_length} bytes")
            body = await _read_limited(request, cfg.max_content_length)
            try:
                envelope = json.loads(body)
            except (ValueError, UnicodeDecodeError) as exc:
                raise TaxiiError(400, "Bad request", f"body is not JSON: {exc}") from None
        except TaxiiError as exc:
            return error_response(exc)
        return await run_in_threadpool(_store_envelope, request, api_root=api_root, cid=cid,
                                      envelope=envelope)

    @endpoint
    def _store_envelope(request: Request, session, member, api_root: str, cid: str,
                        envelope: Any):
        _need_member(member)
        _access(session, member, api_root, cid, write=True)
        status_body = store.post_envelope(session, cid, envelope, member, cfg.default_tlp)
        return taxii_response(status_body, 202)

    return router


async def _read_limited(request: Request, limit: int) -> bytes:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TaxiiError(413, "Payload Too Large", f"max_content_length is {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _collection_json(access: store.Access) -> dict[str, Any]:
    col = access.collection
    out = {"id": col.id, "title": col.title, "can_read": access.can_read,
           "can_write": access.can_write, "media_types": [STIX_MEDIA]}
    if col.description:
        out["description"] = col.description
    if col.alias:
        out["alias"] = col.alias
    return out
