"""TAXII storage logic on SQLAlchemy: members, rights, object versions, TLP-aware queries.

Independent of HTTP so the CLI (`intel import`, `sync`) and the server share it. Pages are
keyset-paginated on (date_added, pk): each page is one index range scan, so reading a
100k-object collection costs O(n) in total rather than O(n²) as with offset paging.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, false, func, insert, or_, select, true, tuple_, update
from sqlalchemy.orm import Session

from distillguard.errors import DistillguardError
from distillguard.intel.models import (
    IntelCollection,
    IntelCursor,
    IntelGrant,
    IntelMember,
    IntelObject,
    IntelStatus,
)
from distillguard.intel.timestamps import from_micros, normalise, now_micros, parse_timestamp
from distillguard.intel.timestamps import to_micros as _to_micros
from distillguard.intel.validation import validate_objects
from distillguard.intel.vocab import tlp_level, well_known_objects

CURSOR_TTL_S = 3600.0
PUBLIC_TLP = ("clear", "green")
NO_VERSION = "1970-01-01T00:00:00.000000Z"  # objects without created/modified (SCOs)


class _LocalOperator:
    """The lab's own CLI/matching code reading its database directly (sees every TLP)."""

    id = None


LOCAL = _LocalOperator()


class AccessDenied(Exception):
    """The caller may not do this (HTTP 401/403)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


class NotFound(Exception):
    pass


class BadRequest(Exception):
    pass


DATE_ADDED_STEP_US = 1000  # date_added granularity (integer microseconds): one millisecond


def _ceil_ms(us: int) -> int:
    return -(-us // DATE_ADDED_STEP_US) * DATE_ADDED_STEP_US


def hash_token(token: str) -> str:
    """SHA-256 of a 256-bit random token: fast enough per request, useless to steal."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return "dgti_" + secrets.token_urlsafe(32)


# ---------------------------------------------------------------- admin: members/collections
def add_member(session: Session, name: str, identity_id: str | None = None) -> str:
    """Create a member; returns its API token (shown once, stored hashed)."""
    from distillguard.intel.export import lab_identity

    if session.scalar(select(IntelMember).where(IntelMember.name == name)) is not None:
        raise DistillguardError(f"member {name!r} already exists")
    identity_id = identity_id or lab_identity(name).id
    if not identity_id.startswith("identity--"):
        raise DistillguardError("identity id must look like identity--<uuid>")
    token = new_token()
    session.add(IntelMember(name=name, identity_id=identity_id, token_hash=hash_token(token),
                            created_at=time.time()))
    return token


def rotate_member_token(session: Session, name: str) -> str:
    member = _member_by_name(session, name)
    token = new_token()
    member.token_hash = hash_token(token)
    return token


def remove_member(session: Session, name: str) -> None:
    member = _member_by_name(session, name)
    session.execute(delete(IntelGrant).where(IntelGrant.member_id == member.id))
    session.delete(member)


def list_members(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(IntelMember).order_by(IntelMember.name))
    return [{"name": m.name, "identity_id": m.identity_id} for m in rows]


def _member_by_name(session: Session, name: str) -> IntelMember:
    member = session.scalar(select(IntelMember).where(IntelMember.name == name))
    if member is None:
        raise DistillguardError(f"no member named {name!r}")
    return member


def add_collection(session: Session, title: str, description: str | None = None,
                   alias: str | None = None, public_read: bool = False,
                   collection_id: str | None = None) -> str:
    if alias and session.scalar(select(IntelCollection).where(IntelCollection.alias == alias)):
        raise DistillguardError(f"a collection with alias {alias!r} already exists")
    cid = collection_id or str(uuid.uuid4())
    session.add(IntelCollection(id=cid, title=title, description=description, alias=alias,
                                public_read=public_read, created_at=time.time()))
    return cid


def resolve_collection(session: Session, ref: str) -> IntelCollection:
    """A collection by id or alias."""
    col = session.get(IntelCollection, ref) or session.scalar(
        select(IntelCollection).where(IntelCollection.alias == ref))
    if col is None:
        raise DistillguardError(f"no collection {ref!r}")
    return col


def list_collections_admin(session: Session) -> list[dict[str, Any]]:
    out = []
    for col in session.scalars(select(IntelCollection).order_by(IntelCollection.created_at)):
        count = session.scalar(select(func.count()).where(IntelObject.collection_id == col.id))
        out.append({"id": col.id, "title": col.title, "alias": col.alias,
                    "public_read": col.public_read, "objects": count})
    return out


def grant(session: Session, member_name: str, collection_ref: str, read: bool, write: bool) -> None:
    member = _member_by_name(session, member_name)
    col = resolve_collection(session, collection_ref)
    row = session.get(IntelGrant, (member.id, col.id))
    if row is None:
        session.add(IntelGrant(member_id=member.id, collection_id=col.id, can_read=read,
                               can_write=write))
    else:
        row.can_read, row.can_write = read, write


# ---------------------------------------------------------------- auth and rights
def authenticate(session: Session, token: str, username: str | None = None) -> IntelMember:
    member = session.scalar(select(IntelMember).where(IntelMember.token_hash == hash_token(token)))
    if member is None or (username is not None and member.name != username):
        raise AccessDenied("invalid credentials", status=401)
    return member


@dataclass
class Access:
    collection: IntelCollection
    can_read: bool
    can_write: bool


def collection_access(session: Session, member: IntelMember | None, cid: str) -> Access:
    col = session.get(IntelCollection, cid)
    if col is None:
        raise NotFound(f"no collection {cid}")
    if member is None:
        return Access(col, bool(col.public_read), False)
    row = session.get(IntelGrant, (member.id, cid))
    can_read = bool(col.public_read) or bool(row and row.can_read)
    return Access(col, can_read, bool(row and row.can_write))


def visible_collections(session: Session, member: IntelMember | None) -> list[Access]:
    out = []
    for col in session.scalars(select(IntelCollection).order_by(IntelCollection.created_at)):
        access = collection_access(session, member, col.id)
        if access.can_read or access.can_write:
            out.append(access)
    return out


# ---------------------------------------------------------------- writes
@dataclass
class AddResult:
    successes: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)


def _object_version(obj: dict[str, Any]) -> str:
    stamp = obj.get("modified") or obj.get("created")
    return normalise(stamp) if stamp else NO_VERSION


def check_authorship(session: Session, member: IntelMember | None,
                     objects: list[dict[str, Any]]) -> None:
    """Reject the envelope if any object claims another identity (or alters a shared one)."""
    known = well_known_objects()
    identities = {m.identity_id: m.name for m in session.scalars(select(IntelMember))}
    own = member.identity_id if member is not None else None
    for obj in objects:
        oid = obj["id"]
        if oid in known:
            if obj != known[oid]:
                raise AccessDenied(f"{oid} is a shared well-known object; this copy differs")
            continue
        creator = obj.get("created_by_ref")
        if creator is not None and creator != own:
            raise AccessDenied(f"{oid}: created_by_ref {creator} is not your identity")
        if oid in identities and oid != own:
            raise AccessDenied(f"{oid} is the identity of member {identities[oid]!r}")


def add_objects(session: Session, collection_id: str, objects: list[dict[str, Any]],
                member: IntelMember | None, default_tlp: str = "amber") -> AddResult:
    """Store validated objects; same id+version again is an idempotent success."""
    result = AddResult()
    owner = member.id if member is not None else None
    ids = list(dict.fromkeys(o["id"] for o in objects))
    existing: dict[str, list[Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(IntelObject.pk, IntelObject.stix_id, IntelObject.version,
                   IntelObject.owner_member_id, IntelObject.is_latest, IntelObject.is_first)
            .where(IntelObject.collection_id == collection_id, IntelObject.stix_id.in_(chunk))
        ).all()
        for row in rows:
            existing.setdefault(row.stix_id, []).append(row)
    known = well_known_objects()
    last = session.scalar(
        select(func.max(IntelObject.date_added)).where(IntelObject.collection_id == collection_id)
    )
    # One distinct millisecond per object: JavaScript clients (OpenCTI's TAXII ingester) hold
    # `X-TAXII-Date-Added-Last` as a millisecond Date and resume with that `added_after`; a
    # sub-millisecond date_added made them fetch the last millisecond's objects again, forever.
    next_added = max(_ceil_ms(now_micros()), _ceil_ms((last or 0) + 1))
    new_rows: list[dict[str, Any]] = []
    pending: dict[str, list[dict[str, Any]]] = {}
    for obj in objects:
        oid = obj["id"]
        version = _object_version(obj)
        rows = existing.get(oid, [])
        batch_rows = pending.get(oid, [])
        if any(r.version == version for r in rows) or any(
            r["version"] == version for r in batch_rows
        ):
            result.successes.append({"id": oid, "version": version,
                                     "message": "already present (idempotent replay)"})
            continue
        owners = {r.owner_member_id for r in rows} | {r["owner_member_id"] for r in batch_rows}
        if oid not in known and owners and owners != {owner}:
            result.failures.append({"id": oid, "version": version,
                                    "message": "object belongs to another member"})
            continue
        if version == NO_VERSION and (rows or batch_rows):
            result.failures.append({"id": oid, "version": version,
                                    "message": "unversioned object already stored"})
            continue
        row = {
            "collection_id": collection_id,
            "stix_id": oid,
            "stix_type": obj["type"],
            "version": version,
            "spec_version": obj.get("spec_version", "2.1"),
            "date_added": next_added,
            "owner_member_id": owner if oid not in known else None,
            "tlp": tlp_level(obj.get("object_marking_refs"),
                             default="clear" if oid in known else default_tlp),
            "is_latest": False,
            "is_first": False,
            "body": json.dumps(obj, separators=(",", ":"), ensure_ascii=False),
        }
        next_added += DATE_ADDED_STEP_US
        pending.setdefault(oid, []).append(row)
        new_rows.append(row)
        result.successes.append({"id": oid, "version": version})
    for oid, rows in pending.items():
        old = existing.get(oid, [])
        versions = [r.version for r in old] + [r["version"] for r in rows]
        newest, oldest = max(versions), min(versions)
        for r in rows:
            r["is_latest"] = r["version"] == newest
            r["is_first"] = r["version"] == oldest
        stale_latest = [r.pk for r in old if r.is_latest and r.version != newest]
        stale_first = [r.pk for r in old if r.is_first and r.version != oldest]
        if stale_latest:
            session.execute(update(IntelObject).where(IntelObject.pk.in_(stale_latest))
                            .values(is_latest=False))
        if stale_first:
            session.execute(update(IntelObject).where(IntelObject.pk.in_(stale_first))
                            .values(is_first=False))
    if new_rows:
        session.execute(insert(IntelObject), new_rows)
    return result


def save_status(session: Session, member: IntelMember | None, result: AddResult) -> dict:
    status = {
        "id": str(uuid.uuid4()),
        "status": "complete",
        "request_timestamp": from_micros(now_micros()),
        "total_count": len(result.successes) + len(result.failures),
        "success_count": len(result.successes),
        "successes": result.successes,
        "failure_count": len(result.failures),
        "failures": result.failures,
        "pending_count": 0,
        "pendings": [],
    }
    session.add(IntelStatus(id=status["id"], member_id=member.id if member else None,
                            created_at=time.time(), body=json.dumps(status)))
    return status


def get_status(session: Session, member: IntelMember | None, status_id: str) -> dict:
    row = session.get(IntelStatus, status_id)
    if row is None or (row.member_id is not None and (member is None or member.id != row.member_id)):
        raise NotFound(f"no status {status_id}")
    return json.loads(row.body)


def post_envelope(session: Session, collection_id: str, envelope: Any,
                  member: IntelMember | None, default_tlp: str = "amber") -> dict:
    """Validate a whole envelope (all-or-nothing), check authorship, store, return status."""
    objects = validate_objects(envelope)
    if member is not None:  # local operator imports (CLI) are trusted
        check_authorship(session, member, objects)
    result = add_objects(session, collection_id, objects, member, default_tlp)
    return save_status(session, member, result)


def delete_object(session: Session, collection_id: str, stix_id: str,
                  member: IntelMember | None, versions: list[str] | None,
                  spec_versions: list[str] | None) -> int:
    """Delete versions of one object the member owns; returns how many were deleted."""
    query = select(IntelObject.pk, IntelObject.owner_member_id, IntelObject.version).where(
        IntelObject.collection_id == collection_id, IntelObject.stix_id == stix_id,
        _visible(member))
    rows = session.execute(query).all()
    if not rows:
        raise NotFound(f"no object {stix_id}")
    chosen = [r for r in rows if _version_selected(r.version, rows, versions or ["all"])]
    if spec_versions:
        specs = dict(session.execute(select(IntelObject.pk, IntelObject.spec_version).where(
            IntelObject.pk.in_([r.pk for r in chosen]))).all())
        chosen = [r for r in chosen if specs[r.pk] in spec_versions]
    if not chosen:
        raise NotFound(f"no matching version of {stix_id}")
    if any(r.owner_member_id != (member.id if member else None) for r in chosen):
        raise AccessDenied("only the member that published an object may delete it")
    session.execute(delete(IntelObject).where(IntelObject.pk.in_([r.pk for r in chosen])))
    remaining = session.execute(select(IntelObject.pk, IntelObject.version).where(
        IntelObject.collection_id == collection_id, IntelObject.stix_id == stix_id)).all()
    if remaining:
        newest = max(r.version for r in remaining)
        oldest = min(r.version for r in remaining)
        for r in remaining:
            session.execute(update(IntelObject).where(IntelObject.pk == r.pk).values(
                is_latest=r.version == newest, is_first=r.version == oldest))
    return len(chosen)


def _version_selected(version: str, rows, wanted: list[str]) -> bool:
    versions = sorted(r.version for r in rows)
    for w in wanted:
        if w == "all" or (w == "last" and version == versions[-1]) or (
            w == "first" and version == versions[0]
        ) or version == w:
            return True
    return False


# ---------------------------------------------------------------- reads
@dataclass
class Query:
    """Normalised filters of one TAXII read (what a cursor stores)."""

    collection_id: str
    kind: str = "objects"  # objects | manifest | versions
    added_after: int | None = None
    ids: list[str] | None = None
    types: list[str] | None = None
    versions: list[str] | None = None
    spec_versions: list[str] | None = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Query:
        return cls(**json.loads(text))


def parse_filters(collection_id: str, kind: str, params: dict[str, str],
                  object_id: str | None = None) -> Query:
    """TAXII query parameters → Query (raises BadRequest on malformed values)."""
    def split(name: str) -> list[str] | None:
        raw = params.get(name)
        return [v.strip() for v in raw.split(",") if v.strip()] if raw else None

    try:
        added_after = (_to_micros(parse_timestamp(params["added_after"]))
                       if params.get("added_after") else None)
        versions = split("match[version]")
        if versions:
            versions = [v if v in ("first", "last", "all") else normalise(v) for v in versions]
    except ValueError as exc:
        raise BadRequest(f"bad timestamp in filter: {exc}") from None
    default_version = ["all"] if kind == "versions" else ["last"]
    return Query(
        collection_id=collection_id,
        kind=kind,
        added_after=added_after,
        ids=[object_id] if object_id else split("match[id]"),
        types=split("match[type]"),
        versions=versions or default_version,
        spec_versions=split("match[spec_version]"),
    )


def _visible(member: IntelMember | None):
    """TLP rule: RED (and unknown owners' RED) only to its owner; AMBER only to members."""
    if member is LOCAL:
        return true()
    if member is None:
        return IntelObject.tlp.in_(PUBLIC_TLP)
    return or_(IntelObject.tlp != "red", IntelObject.owner_member_id == member.id)


def _version_clause(versions: list[str]):
    clauses = []
    for v in versions:
        if v == "all":
            return true()
        if v == "last":
            clauses.append(IntelObject.is_latest == true())
        elif v == "first":
            clauses.append(IntelObject.is_first == true())
        else:
            clauses.append(IntelObject.version == v)
    return or_(*clauses) if clauses else false()


@dataclass
class Page:
    rows: list[Any]
    more: bool
    next: str | None

    @property
    def first_added(self) -> str | None:
        return from_micros(self.rows[0].date_added) if self.rows else None

    @property
    def last_added(self) -> str | None:
        return from_micros(self.rows[-1].date_added) if self.rows else None


def read_page(session: Session, member: IntelMember | None, query: Query, limit: int,
              cursor: tuple[int, int] | None = None) -> Page:
    """One page of rows (body or manifest columns), with a stored cursor when more remain."""
    columns = [IntelObject.pk, IntelObject.date_added]
    if query.kind == "objects":
        columns.append(IntelObject.body)
    else:
        columns += [IntelObject.stix_id, IntelObject.version, IntelObject.spec_version]
    conditions = [IntelObject.collection_id == query.collection_id, _visible(member),
                  _version_clause(query.versions or ["last"])]
    if query.added_after is not None:
        conditions.append(IntelObject.date_added > query.added_after)
    if query.ids:
        conditions.append(IntelObject.stix_id.in_(query.ids))
    if query.types:
        conditions.append(IntelObject.stix_type.in_(query.types))
    if query.spec_versions:
        conditions.append(IntelObject.spec_version.in_(query.spec_versions))
    if cursor is not None:
        da, pk = cursor
        # Row-value comparison plus a plain lower bound: both SQLite and PostgreSQL turn
        # this into an index range scan starting at the cursor (an OR would scan from 0).
        conditions.append(IntelObject.date_added >= da)
        conditions.append(tuple_(IntelObject.date_added, IntelObject.pk) > tuple_(da, pk))
    stmt = (select(*columns).where(*conditions)
            .order_by(IntelObject.date_added, IntelObject.pk).limit(limit + 1))
    rows = session.execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    token = None
    if more:
        token = secrets.token_urlsafe(24)
        now = time.time()
        session.execute(delete(IntelCursor).where(IntelCursor.expires_at < now))
        session.add(IntelCursor(token=token, member_id=member.id if member else None,
                                query=query.to_json(), last_date_added=rows[-1].date_added,
                                last_pk=rows[-1].pk, expires_at=now + CURSOR_TTL_S))
    return Page(rows, more, token)


def load_cursor(session: Session, member: IntelMember | None, token: str
                ) -> tuple[Query, tuple[int, int]]:
    row = session.get(IntelCursor, token)
    if row is None or row.expires_at < time.time():
        raise BadRequest("unknown or expired 'next' token")
    if row.member_id != (member.id if member else None):
        raise BadRequest("this 'next' token belongs to another client")
    return Query.from_json(row.query), (row.last_date_added, row.last_pk)


def object_exists(session: Session, member: IntelMember | None, collection_id: str,
                  stix_id: str) -> bool:
    return session.scalar(select(IntelObject.pk).where(
        IntelObject.collection_id == collection_id, IntelObject.stix_id == stix_id,
        _visible(member)).limit(1)) is not None

