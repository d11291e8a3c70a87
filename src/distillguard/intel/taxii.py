"""TAXII 2.1 server as its own application (mounted at /taxii2 by `distillguard serve`).

Media type negotiation (406/415), size limit (413), member authentication (token or basic
auth, hashed), per-collection rights, TLP enforcement and DB-stored cursors live here; the
storage logic is in `store.py`. Errors are TAXII error messages, never tracebacks.

Shape (as the review console): a `Taxii` object on the application's state holds the
configuration; each endpoint is a module-level view `view(call) -> Response` over a
`TaxiiCall` (request, DB session, authenticated member, path parameters), registered from one
table, `ROUTES`. `_endpoint` does the Accept check, opens the session and authenticates for
every view, in a worker thread; refusals are raised (`TaxiiError`, or the store's
`AccessDenied`/`NotFound`/`BadRequest`, `StixRejection`) and turned into TAXII error
messages by the application's handlers.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from distillguard.intel import store
from distillguard.intel.models import IntelMember
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


class Taxii:
    """The knobs of the server, read from `[intel]` in the settings, and its database."""

    def __init__(self, settings: Any, db: Any) -> None:
        intel = dict(getattr(settings, "intel", {}) or {})
        self.db = db
        self.api_root = str(intel.get("api_root", "intel"))
        self.title = str(intel.get("title", "distillguard intelligence exchange"))
        self.max_content_length = int(intel.get("max_content_length", 10 * 1024 * 1024))
        self.default_page = int(intel.get("default_page_size", 1000))
        self.max_page = int(intel.get("max_page_size", 10000))
        self.default_tlp = str(intel.get("default_tlp", "amber"))


@dataclass
class TaxiiCall:
    """What a view gets: the request, the server, an open DB session, the authenticated member
    (None when anonymous), the path parameters and, for a POST, the parsed envelope."""

    request: Request
    taxii: Taxii
    session: Session
    member: IntelMember | None
    params: dict[str, str]
    envelope: Any = None

    @property
    def cid(self) -> str:
        return self.params["cid"]

    def check_root(self) -> None:
        api_root = self.params.get("api_root")
        if api_root != self.taxii.api_root:
            raise TaxiiError(404, "Not found", f"no API root {api_root!r}")

    def need_member(self) -> IntelMember:
        if self.member is None:
            raise TaxiiError(401, "Unauthorized", "authentication required")
        return self.member

    def access(self, write: bool = False) -> store.Access:
        """The API root exists and the member may read (or write) the collection."""
        self.check_root()
        access = store.collection_access(self.session, self.member, self.cid)
        if not (access.can_write if write else access.can_read):
            if self.member is None:
                raise TaxiiError(401, "Unauthorized", "authentication required")
            raise TaxiiError(403, "Forbidden",
                             f"no {'write' if write else 'read'} access to collection {self.cid}")
        return access

    def limit(self) -> int:
        raw = self.request.query_params.get("limit")
        if raw is None:
            return self.taxii.default_page
        try:
            value = int(raw)
        except ValueError:
            raise TaxiiError(400, "Bad request", "limit must be a positive integer") from None
        if value < 1:
            raise TaxiiError(400, "Bad request", "limit must be a positive integer")
        return min(value, self.taxii.max_page)

    def page(self, kind: str, object_id: str | None = None) -> store.Page:
        """One page of a listing: the filters of the query string, or a `next` cursor."""
        token = self.request.query_params.get("next")
        if token:
            query, cursor = store.load_cursor(self.session, self.member, token)
            if query.collection_id != self.cid or query.kind != kind or (
                object_id and query.ids != [object_id]
            ):
                raise TaxiiError(400, "Bad request", "'next' token is for another request")
        else:
            query = store.parse_filters(self.cid, kind, dict(self.request.query_params),
                                        object_id)
            cursor = None
        return store.read_page(self.session, self.member, query, self.limit(), cursor)

    def object_page(self, kind: str) -> store.Page:
        """A page about one object; 404 when the object does not exist at all."""
        object_id = self.params["object_id"]
        page = self.page(kind, object_id)
        if not page.rows and not self.request.query_params.get("next"):
            if not store.object_exists(self.session, self.member, self.cid, object_id):
                raise TaxiiError(404, "Not found", f"no object {object_id}")
        return page


def _authenticate(session: Session, request: Request) -> IntelMember | None:
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


def _page_headers(page: store.Page) -> dict[str, str]:
    if not page.rows:
        return {}
    return {"X-TAXII-Date-Added-First": page.first_added,
            "X-TAXII-Date-Added-Last": page.last_added}


def _objects_body(page: store.Page) -> bytes:
    head: dict[str, Any] = {"more": page.more}
    if page.next:
        head["next"] = page.next
    prefix = json.dumps(head)[:-1]
    objects = ",".join(row.body for row in page.rows)
    return f'{prefix}, "objects": [{objects}]}}'.encode()


# ---- views --------------------------------------------------------------------------------------

def discovery(call: TaxiiCall) -> Response:
    base = str(call.request.base_url).rstrip("/") + PREFIX  # the app is mounted at PREFIX
    root = call.taxii.api_root
    return taxii_response({
        "title": call.taxii.title,
        "description": "STIX 2.1 indicators of model-distillation campaigns.",
        "default": f"{base}/{root}/",
        "api_roots": [f"{base}/{root}/"],
    })


def api_root_info(call: TaxiiCall) -> Response:
    call.check_root()
    return taxii_response({
        "title": call.taxii.title,
        "description": "Distillation-campaign intelligence shared among member labs.",
        "versions": [TAXII_MEDIA],
        "max_content_length": call.taxii.max_content_length,
    })


def collections(call: TaxiiCall) -> Response:
    call.check_root()
    return taxii_response({"collections": [
        _collection_json(a) for a in store.visible_collections(call.session, call.member)
    ]})


def collection(call: TaxiiCall) -> Response:
    call.check_root()
    access = store.collection_access(call.session, call.member, call.cid)
    if not (access.can_read or access.can_write):
        if call.member is None:
            raise TaxiiError(401, "Unauthorized", "authentication required")
        raise TaxiiError(403, "Forbidden", f"no access to collection {call.cid}")
    return taxii_response(_collection_json(access))


def get_objects(call: TaxiiCall) -> Response:
    call.access()
    page = call.page("objects")
    return taxii_response(_objects_body(page), headers=_page_headers(page))


def get_object(call: TaxiiCall) -> Response:
    call.access()
    page = call.object_page("objects")
    return taxii_response(_objects_body(page), headers=_page_headers(page))


def versions(call: TaxiiCall) -> Response:
    call.access()
    page = call.object_page("versions")
    body: dict[str, Any] = {"more": page.more, "versions": [r.version for r in page.rows]}
    if page.next:
        body["next"] = page.next
    return taxii_response(body, headers=_page_headers(page))


def manifest(call: TaxiiCall) -> Response:
    call.access()
    page = call.page("manifest")
    body: dict[str, Any] = {"more": page.more, "objects": [
        {"id": r.stix_id, "date_added": store.from_micros(r.date_added),
         "version": r.version, "media_type": STIX_MEDIA} for r in page.rows
    ]}
    if page.next:
        body["next"] = page.next
    return taxii_response(body, headers=_page_headers(page))


def delete_object(call: TaxiiCall) -> Response:
    member = call.need_member()
    call.access(write=True)
    params = call.request.query_params
    wanted = [v.strip() for v in params.get("match[version]", "all").split(",") if v]
    try:
        wanted = [v if v in ("first", "last", "all") else store.normalise(v) for v in wanted]
    except ValueError as exc:
        raise TaxiiError(400, "Bad request", f"bad match[version]: {exc}") from None
    specs = params.get("match[spec_version]")
    store.delete_object(call.session, call.cid, call.params["object_id"], member, wanted,
                        specs.split(",") if specs else None)
    return taxii_response({}, 200)


def status(call: TaxiiCall) -> Response:
    call.check_root()
    call.need_member()
    return taxii_response(store.get_status(call.session, call.member, call.params["status_id"]))


def add_objects(call: TaxiiCall) -> Response:
    member = call.need_member()
    call.access(write=True)
    status_body = store.post_envelope(call.session, call.cid, call.envelope, member,
                                      call.taxii.default_tlp)
    return taxii_response(status_body, 202)


View = Callable[[TaxiiCall], Response]
OBJECT = "/{api_root}/collections/{cid}/objects/{object_id}/"
ROUTES: tuple[tuple[str, str, View], ...] = (
    ("GET", "/", discovery),
    ("GET", "/{api_root}/", api_root_info),
    ("GET", "/{api_root}/collections/", collections),
    ("GET", "/{api_root}/collections/{cid}/", collection),
    ("GET", "/{api_root}/collections/{cid}/objects/", get_objects),
    ("POST", "/{api_root}/collections/{cid}/objects/", add_objects),
    ("GET", OBJECT, get_object),
    ("DELETE", OBJECT, delete_object),
    ("GET", OBJECT + "versions/", versions),
    ("GET", "/{api_root}/collections/{cid}/manifest/", manifest),
    ("GET", "/{api_root}/status/{status_id}/", status),
)


def _endpoint(view: View) -> Callable[[Request], Awaitable[Response]]:
    """For every view: a POST's envelope checks (415, 413, 400) first, then the Accept check
    (406), then a DB session, authentication and the view itself in a worker thread."""

    async def endpoint(request: Request) -> Response:
        taxii: Taxii = request.app.state.taxii
        _check_url(request)
        envelope = None
        if request.method == "POST":
            envelope = await _read_envelope(request, taxii.max_content_length)
        if not _media_ok(request.headers.get("accept", "*/*"), allow_any=True):
            raise TaxiiError(406, "Not Acceptable", f"this server only produces {TAXII_MEDIA}")
        return await run_in_threadpool(_run, view, request, taxii, envelope)

    endpoint.__name__ = view.__name__
    return endpoint


def _check_url(request: Request) -> None:
    """A NUL in the path (`%00` arrives decoded) or the query would reach PostgreSQL and fail
    the query with a 500; nothing legitimate holds one. (The gateway's edge refuses these too;
    this covers the standalone `intel serve`.)"""
    query = request.scope.get("query_string", b"")
    if "\x00" in request.scope.get("path", "") or b"\x00" in query or b"%00" in query:
        raise TaxiiError(400, "Bad request", "NUL byte in the URL")


def _run(view: View, request: Request, taxii: Taxii, envelope: Any) -> Response:
    with taxii.db.session() as session:
        member = _authenticate(session, request)
        params = {k: str(v) for k, v in request.path_params.items()}
        return view(TaxiiCall(request, taxii, session, member, params, envelope))


async def _read_envelope(request: Request, limit: int) -> Any:
    if not _media_ok(request.headers.get("content-type", ""), allow_any=False):
        raise TaxiiError(415, "Unsupported Media Type", f"send the envelope as {TAXII_MEDIA}")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TaxiiError(413, "Payload Too Large", f"max_content_length is {limit} bytes")
    body = await _read_limited(request, limit)
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise TaxiiError(400, "Bad request", f"body is not JSON: {exc}") from None
    except RecursionError:  # '[' × 100k: the parser's stack, not a server fault
        raise TaxiiError(400, "Bad request", "body is nested too deeply") from None


# ---- errors -------------------------------------------------------------------------------------

async def _on_taxii_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TaxiiError)
    return error_response(exc)


async def _on_store_error(_request: Request, exc: Exception) -> Response:
    """The store's refusals as TAXII errors (access 401/403, unknown 404, invalid 400)."""
    if isinstance(exc, store.AccessDenied):
        return error_response(TaxiiError(exc.status, "Access denied", str(exc)))
    if isinstance(exc, store.NotFound):
        return error_response(TaxiiError(404, "Not found", str(exc)))
    return error_response(TaxiiError(400, "Bad request", str(exc)))


async def _on_http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    title = {404: "Not found", 405: "Method Not Allowed"}.get(exc.status_code, "HTTP error")
    return error_response(TaxiiError(exc.status_code, title, str(exc.detail)))


async def _on_too_deep(_request: Request, _exc: Exception) -> Response:
    """An object nested deeper than a library (stix2, the pattern parser) can recurse: the
    client's input, so 400 rather than the crash handler's 500."""
    return error_response(TaxiiError(400, "Bad request", "input nested too deeply"))


async def _on_crash(_request: Request, exc: Exception) -> Response:
    log.exception("TAXII error: %s", type(exc).__name__)
    return error_response(TaxiiError(500, "Internal error", "the server failed; see its log"))


def build_app(settings: Any, db: Any) -> Starlette:
    """The TAXII 2.1 application; mount it at /taxii2 (its URLs are built from that mount)."""
    app = Starlette(
        routes=[Route(path, _endpoint(view), methods=[method]) for method, path, view in ROUTES],
        exception_handlers={
            TaxiiError: _on_taxii_error, store.AccessDenied: _on_store_error,
            store.NotFound: _on_store_error, store.BadRequest: _on_store_error,
            StixRejection: _on_store_error, HTTPException: _on_http_error,
            RecursionError: _on_too_deep, Exception: _on_crash,
        })
    app.state.taxii = Taxii(settings, db)
    return app


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
