"""Fuzz /v1, /admin and /taxii2/ with schemathesis, on SQLite and PostgreSQL: no input may
cause a 5xx (issue #12, "Must show").

/v1 and /admin come from the gateway's own OpenAPI schema; TAXII 2.1 has none, so `TAXII_PATHS`
describes its endpoints (path parameters mix the real API root, collection and object ids with
arbitrary strings, so the handlers behind the lookups run too). Each operation gets a handful of
schema-conforming and schema-violating cases (kept small: the whole suite has a time budget),
and each case may be made hostile first: a NUL or a lone UTF-16 surrogate put into a body
string, a query value or a path parameter, or a body replaced by JSON nested 900 / 5,000 /
100,000 deep. Requests go in-process through the ASGI interface of the whole gateway app
(its edge middleware included), with valid credentials so authenticated handlers run.

Bodies are serialised here (`json.dumps`, ASCII escapes) and query/path values percent-encoded
from their UTF-8 bytes with surrogates passed through, so a lone surrogate reaches the server as
`\\ud800` in JSON or `%ED%A0%80` in a URL, as a hostile client would send it.
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from distillguard.config import Settings
from distillguard.gateway import accounts
from distillguard.gateway.app import create_app
from distillguard.intel import store
from distillguard.intel.export import lab_identity
from distillguard.intel.taxii import TAXII_MEDIA
from distillguard.testing import STUB_MODEL as MODEL
from distillguard.testing import make_stub, serve_in_thread
from helpers import BACKENDS, backend_database

ADMIN = "fuzz-admin"
EXAMPLES = 20
HOSTILE = ("plain", "nul", "surrogate", "deep")
DEEP = (900, 5_000, 100_000)
STIX_ID = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"


def _taxii_paths(cid: str) -> dict[str, Any]:
    """A hand-written OpenAPI description of the TAXII 2.1 endpoints served at /taxii2/."""

    def param(name: str, known: str | None = None, where: str = "path") -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        if known is not None:
            schema = {"anyOf": [{"enum": [known]}, {"type": "string", "minLength": 1}]}
        return {"name": name, "in": where, "required": where == "path", "schema": schema}

    filters = [param(n, where="query") for n in (
        "added_after", "limit", "next", "match[id]", "match[type]", "match[version]",
        "match[spec_version]")]
    root, col, obj = param("api_root", "intel"), param("cid", cid), param("object_id", STIX_ID)
    ok = {"200": {"description": "ok"}}
    envelope = {"required": True, "content": {TAXII_MEDIA: {"schema": {
        "type": "object", "required": ["objects"], "properties": {"objects": {
            "type": "array", "items": {"type": "object", "properties": {
                "type": {"enum": ["indicator", "x-test"]}, "id": {"type": "string"},
                "spec_version": {"enum": ["2.1"]}, "created": {"type": "string"},
                "modified": {"type": "string"}, "pattern": {"type": "string"},
                "pattern_type": {"enum": ["stix"]}, "valid_from": {"type": "string"},
                "created_by_ref": {"type": "string"},
            }}}}}}}}
    base = "/taxii2/{api_root}/collections/{cid}"
    return {
        "/taxii2/": {"get": {"responses": ok}},
        "/taxii2/{api_root}/": {"get": {"parameters": [root], "responses": ok}},
        "/taxii2/{api_root}/collections/": {"get": {"parameters": [root], "responses": ok}},
        f"{base}/": {"get": {"parameters": [root, col], "responses": ok}},
        f"{base}/objects/": {
            "get": {"parameters": [root, col, *filters], "responses": ok},
            "post": {"parameters": [root, col], "requestBody": envelope, "responses": ok},
        },
        f"{base}/objects/{{object_id}}/": {
            "get": {"parameters": [root, col, obj, *filters], "responses": ok},
            "delete": {"parameters": [root, col, obj, *filters[-2:]], "responses": ok},
        },
        f"{base}/objects/{{object_id}}/versions/": {
            "get": {"parameters": [root, col, obj, *filters[:3]], "responses": ok}},
        f"{base}/manifest/": {"get": {"parameters": [root, col, *filters], "responses": ok}},
        "/taxii2/{api_root}/status/{status_id}/": {
            "get": {"parameters": [root, param("status_id")], "responses": ok}},
    }


@pytest.fixture(scope="module", params=BACKENDS)
def fuzz_target(request, tmp_path_factory):
    """The whole gateway app (with /taxii2 mounted) on one backend, an account, a TAXII member
    with write access to one collection holding one object."""
    root = tmp_path_factory.mktemp("gw-fuzz")
    with ExitStack() as stack:
        db = stack.enter_context(backend_database(request, root, "gw_fuzz"))
        stub_url = stack.enter_context(serve_in_thread(make_stub()))
        cfg = Settings(
            database_url=db.url,
            admin_token=ADMIN,
            master_key_path=str(root / "master.json"),
            gateway={"local_model": False, "upstream_url": f"{stub_url}/v1",
                     "upstream_models": [MODEL], "max_body_bytes": 262144,
                     "ip_refusals_per_minute": 0},
        )
        account_id, key = accounts.create_account(db, "Fuzz Co", "US")
        with db.session() as s:
            taxii_token = store.add_member(s, "fuzz-lab")
            cid = store.add_collection(s, "fuzz")
            store.grant(s, "fuzz-lab", cid, True, True)
            member = store.authenticate(s, taxii_token)
            store.post_envelope(s, cid, {"objects": [{
                "type": "indicator", "spec_version": "2.1", "id": STIX_ID,
                "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                "pattern": "[ipv4-addr:value = '10.0.0.1']", "pattern_type": "stix",
                "valid_from": "2026-01-01T00:00:00Z",
                "created_by_ref": lab_identity("fuzz-lab").id}]}, member)
            status_id = store.save_status(s, member, store.AddResult())["id"]
        app = create_app(cfg, db)
        client = stack.enter_context(TestClient(app, raise_server_exceptions=False))
        yield {"app": app, "client": client, "key": key, "account_id": account_id,
               "taxii_token": taxii_token, "cid": cid, "backend": request.param,
               "known": {"api_root": "intel", "cid": cid, "object_id": STIX_ID,
                         "status_id": status_id, "account_id": account_id, "model": MODEL}}


def _encode(value: Any) -> str:
    """A query/path value percent-encoded from its UTF-8 bytes, lone surrogates included."""
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def _string_slots(body: Any, limit: int = 200) -> list[tuple[Any, Any]]:
    """(container, key) of string leaves of a JSON body, breadth-first and bounded."""
    slots, queue = [], [body]
    while queue and len(slots) < limit:
        node = queue.pop(0)
        items = node.items() if isinstance(node, dict) else enumerate(node) \
            if isinstance(node, list) else ()
        for k, v in items:
            if isinstance(v, str):
                slots.append((node, k))
            elif isinstance(v, dict | list):
                queue.append(v)
    return slots


def _make_hostile(case, mode: str, data, known: dict[str, str]) -> tuple[dict, dict, Any]:
    """Path parameters, query and JSON body of `case`, with `mode` applied to one of them.
    Mostly the real ids replace generated path parameters, so the handlers behind the lookups
    (and their database queries) get the hostile values too."""
    path_params = dict(case.path_parameters or {})
    if data.draw(st.integers(0, 3)):
        path_params.update({k: known[k] for k in path_params if k in known})
    query = dict(case.query or {})
    body = case.body if isinstance(case.body, dict | list) else None
    if mode == "deep":
        depth = data.draw(st.sampled_from(DEEP))
        body = json.loads("[" * 900 + "]" * 900) if depth == 900 else ("[" * depth + "]" * depth)
        return path_params, query, body
    if mode == "plain":
        return path_params, query, body
    bad = "a\x00b" if mode == "nul" else "a\ud800b"
    slots: list[tuple[Any, Any]] = _string_slots(body) if body is not None else []
    slots += [(query, k) for k in query] + [(path_params, k) for k in path_params]
    if not slots:
        if isinstance(body, dict):
            body["x"] = bad
        else:
            query["q"] = bad
        return path_params, query, body
    container, key = slots[data.draw(st.integers(0, len(slots) - 1))]
    container[key] = bad + str(container[key])[:50]
    return path_params, query, body


def _send(target, case, mode: str, data):
    path_params, query, body = _make_hostile(case, mode, data, target["known"])
    path = case.operation.path
    for name, value in path_params.items():
        path = path.replace("{" + name + "}", _encode(value))
    pairs = []
    for name, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append(f"{_encode(name)}={_encode(item)}")
    url = path + ("?" + "&".join(pairs) if pairs else "")
    taxii = path.startswith("/taxii2")
    token = ADMIN if path.startswith("/admin") else (
        target["taxii_token"] if taxii else target["key"])
    headers = {"Authorization": f"Bearer {token}"}
    if taxii:
        headers["Accept"] = TAXII_MEDIA
    content = None
    if case.body is not None or body is not None:
        headers["Content-Type"] = TAXII_MEDIA if taxii else "application/json"
        content = body if isinstance(body, str) else json.dumps(body)
    return target["client"].request(case.method, url, headers=headers, content=content)


def _schema(target) -> Any:
    doc = target["app"].openapi()
    doc["paths"] = {p: v for p, v in doc["paths"].items() if p.startswith(("/v1", "/admin"))}
    doc["paths"].update(_taxii_paths(target["cid"]))
    schema = schemathesis.openapi.from_dict(doc)
    schema.app = target["app"]
    return schema


def test_no_5xx_on_v1_admin_and_taxii(fuzz_target):
    operations = [op for op in (r.ok() for r in _schema(fuzz_target).get_all_operations())]
    paths = {op.path for op in operations}
    assert {"/v1/chat/completions", "/v1/completions", "/admin/accounts",
            "/taxii2/{api_root}/collections/{cid}/objects/"} <= paths
    checked: list[tuple[str, int]] = []
    modes = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
    for operation in operations:
        strategy = operation.as_strategy(modes[0]) | operation.as_strategy(modes[1])

        @given(case=strategy, mode=st.sampled_from(HOSTILE), data=st.data())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case, mode, data):
            response = _send(fuzz_target, case, mode, data)
            where = (fuzz_target["backend"], mode, case.method, str(response.request.url))
            assert response.status_code < 500, (*where, response.text[:300])
            if response.status_code >= 400:
                body = response.json()
                # the path as sent: a generated '..' parameter can take it out of /taxii2/
                if response.request.url.path.startswith("/taxii2/"):
                    assert body.get("http_status") == str(response.status_code), (*where, body)
                else:
                    assert set(body["error"]) >= {"message", "type", "code"}, (*where, body)
            checked.append((mode, response.status_code))

        run()
    assert len(checked) >= EXAMPLES * len(operations)
    assert any(status < 300 for _, status in checked)  # authenticated requests got through
    assert {mode for mode, _ in checked} == set(HOSTILE)


@pytest.mark.parametrize("segment", ["%0A", "%250A", "a%0Ab"])
def test_a_newline_in_a_taxii_path_segment_is_refused_in_taxii_format(fuzz_target, segment):
    """A decoded newline stops the /taxii2 mount's pattern, so the request reaches the main app's
    404; it must still answer in TAXII's error format (the fuzz run above found it)."""
    for method in ("GET", "POST"):
        response = fuzz_target["client"].request(
            method, f"/taxii2/{segment}/collections/x/objects/", content=b"{}",
            headers={"Accept": TAXII_MEDIA, "Content-Type": TAXII_MEDIA})
        assert response.status_code == 404, response.text
        assert response.headers["content-type"].startswith("application/taxii+json")
        assert response.json()["http_status"] == "404"
    assert fuzz_target["client"].get("/v1/%0A").json()["error"]["code"] == "not_found"
