"""Pull from / push to a partner's TAXII 2.1 collection with `taxii2-client`.

Pull resumes from the partner's last `X-TAXII-Date-Added-Last` (kept in intel_sync_state)
and stores objects locally, deduplicated by STIX id + version (modified). Push sends the
objects of a local collection added since the last push, never TLP:RED ones and only
those authored by this lab (or shared well-known objects), in envelopes that fit the
partner's max_content_length.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from distillguard.errors import DistillguardError
from distillguard.intel import store
from distillguard.intel.models import IntelObject, IntelSyncState
from distillguard.intel.vocab import well_known_objects


@dataclass
class SyncReport:
    pulled: int = 0
    stored: int = 0
    pushed: int = 0
    push_failures: int = 0

    def to_dict(self) -> dict[str, int]:
        return self.__dict__.copy()


def open_collection(url: str, collection_id: str, token: str | None = None,
                    user: str | None = None, password: str | None = None):
    """A taxii2client Collection for `url` (discovery or API root URL) and a collection id."""
    from taxii2client.common import TokenAuth
    from taxii2client.v21 import ApiRoot, Collection, Server

    auth = TokenAuth(token) if token else None
    kwargs: dict[str, Any] = {"auth": auth} if auth else {"user": user, "password": password}
    try:
        root_url = url if "/collections" not in url else url.split("collections")[0]
        if root_url.rstrip("/").endswith("/taxii2"):
            server = Server(root_url.rstrip("/") + "/", **kwargs)
            root = server.default or (server.api_roots[0] if server.api_roots else None)
            if root is None:
                raise DistillguardError(f"{url}: the server lists no API root")
        else:
            root = ApiRoot(root_url.rstrip("/") + "/", **kwargs)
        collection = Collection(f"{root.url}collections/{collection_id}/", conn=root._conn)
        collection.refresh()
        return root, collection
    except DistillguardError:
        raise
    except Exception as exc:
        raise DistillguardError(f"cannot open collection {collection_id} at {url}: "
                                f"{str(exc).splitlines()[0][:200]}") from None


def _state_key(url: str, collection_id: str) -> str:
    return f"{url.rstrip('/')}#{collection_id}"


def _get_state(db, key: str, direction: str) -> str | None:
    with db.session() as s:
        row = s.get(IntelSyncState, (key, direction))
        return row.cursor if row else None


def _set_state(db, key: str, direction: str, cursor: str) -> None:
    with db.session() as s:
        row = s.get(IntelSyncState, (key, direction))
        if row is None:
            s.add(IntelSyncState(remote=key, direction=direction, cursor=cursor,
                                 updated_at=time.time()))
        else:
            row.cursor, row.updated_at = cursor, time.time()


def pull(db, collection, local_collection_id: str, state_key: str, page_size: int = 1000,
         progress=None) -> tuple[int, int]:
    """Fetch new objects from `collection`, store them; returns (fetched, newly stored)."""
    from taxii2client.v21 import as_pages

    last_header: dict[str, str] = {}

    def remember(response, *args, **kwargs):
        value = response.headers.get("X-TAXII-Date-Added-Last")
        if value:
            last_header["value"] = value

    collection._conn.session.hooks["response"].append(remember)
    since = _get_state(db, state_key, "pull")
    fetched = stored = 0
    filters = {"added_after": since} if since else {}
    try:
        for envelope in as_pages(collection.get_objects, per_request=page_size, **filters):
            objects = envelope.get("objects", [])
            if not objects:
                continue
            fetched += len(objects)
            with db.session() as s:
                result = store.add_objects(s, local_collection_id, objects, None)
            stored += sum(1 for r in result.successes if "message" not in r)
            if progress:
                progress(len(objects))
            if last_header.get("value"):
                _set_state(db, state_key, "pull", last_header["value"])
    except DistillguardError:
        raise
    except Exception as exc:
        raise DistillguardError(f"pull failed: {str(exc).splitlines()[0][:200]}") from None
    finally:
        collection._conn.session.hooks["response"].remove(remember)
    return fetched, stored


def pushable(obj: dict[str, Any], own_identity: str) -> bool:
    """Only our own objects (or shared well-known ones) leave, and never TLP:RED ones."""
    from distillguard.intel.vocab import tlp_level

    if obj["id"] in well_known_objects():
        return True
    if tlp_level(obj.get("object_marking_refs")) == "red":
        return False
    # Objects without an author in our outbox (e.g. software SCOs) were put there by us.
    return obj.get("created_by_ref") in (own_identity, None)


def push(db, collection, max_bytes: int, local_collection_id: str, state_key: str,
         own_identity: str, progress=None) -> tuple[int, int]:
    """Send local objects added since the last push; returns (pushed, failures)."""
    since = int(_get_state(db, state_key, "push") or 0)
    with db.session() as s:
        rows = s.execute(
            select(IntelObject.date_added, IntelObject.body)
            .where(IntelObject.collection_id == local_collection_id,
                   IntelObject.date_added > since)
            .order_by(IntelObject.date_added, IntelObject.pk)
        ).all()
    pushed = failures = 0
    batch: list[str] = []
    size = 0
    budget = max(1024, int(max_bytes * 0.9))
    last = since

    def flush() -> None:
        nonlocal pushed, failures, batch, size
        if not batch:
            return
        body = '{"objects": [' + ",".join(batch) + "]}"
        try:
            status = collection.add_objects(body, wait_for_completion=False)
        except Exception as exc:
            raise DistillguardError(f"push failed: {str(exc).splitlines()[0][:200]}") from None
        pushed += status.success_count
        failures += status.failure_count
        if progress:
            progress(len(batch))
        batch, size = [], 0
        _set_state(db, state_key, "push", str(last))

    for date_added, body in rows:
        obj = json.loads(body)
        if pushable(obj, own_identity):
            if size + len(body) > budget:
                flush()
            batch.append(body)
            size += len(body) + 1
        last = date_added
    flush()
    _set_state(db, state_key, "push", str(last))
    return pushed, failures


def local_collection(db, ref: str, title: str) -> str:
    """Id of a local collection by id/alias, created (with that alias) if missing."""
    with db.session() as s:
        try:
            return store.resolve_collection(s, ref).id
        except DistillguardError:
            return store.add_collection(s, title, alias=ref)
