"""Black-box TAXII 2.1 conformance with the real `taxii2client.v21` against a live server on
127.0.0.1, once on SQLite and once on PostgreSQL."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
import requests
from taxii2client.common import TokenAuth
from taxii2client.exceptions import AccessError
from taxii2client.v21 import ApiRoot, Collection, Server, as_pages

from distillguard.intel.export import lab_identity
from distillguard.intel.taxii import TAXII_MEDIA
from distillguard.store.db import Database
from helpers import BACKENDS, backend_database
from test_intel_support import (
    indicator,
    new_collection,
    raw,
    setup_members,
    start_server,
)

LAB_A = lab_identity("lab-a").id
LAB_B = lab_identity("lab-b").id


@pytest.fixture(scope="module", params=BACKENDS)
def live(request, tmp_path_factory):
    """A live server per backend: every test in this module runs on SQLite and PostgreSQL
    (a fresh PostgreSQL database, dropped afterwards)."""
    with ExitStack() as stack:
        db = stack.enter_context(backend_database(request, tmp_path_factory.mktemp("taxii"), "intel_test"))
        tokens = setup_members(db)
        server = start_server(db)
        stack.callback(server.stop)
        yield server, tokens


def _collection(server, token, cid) -> Collection:
    root = ApiRoot(server.root_url, auth=TokenAuth(token))
    return Collection(f"{root.url}collections/{cid}/", conn=root._conn)


def _ids(envelope) -> list[str]:
    return [o["id"] for o in envelope.get("objects", [])]


def test_conformance_with_taxii2client(live):
    conformance_flow(*live)


def conformance_flow(server, tokens) -> None:
    """Discovery → collections → add (status) → pages → filters → manifest → versions → delete."""
    db = server.db
    cid = new_collection(db, {"lab-a": (True, True), "lab-b": (True, False)})
    disco = Server(server.url, auth=TokenAuth(tokens["lab-a"]))
    assert disco.title and disco.default is not None
    root = disco.api_roots[0]
    assert root.versions == [TAXII_MEDIA] and root.max_content_length > 0
    col = next(c for c in root.collections if c.id == cid)
    assert col.can_read and col.can_write
    assert "application/stix+json;version=2.1" in col.media_types

    objects = [indicator(LAB_A, n) for n in range(25)]
    status = col.add_objects({"objects": objects})
    assert status.status == "complete"
    assert (status.total_count, status.success_count, status.failure_count) == (25, 25, 0)
    again = root.get_status(status.id)
    assert again.success_count == 25

    pages = list(as_pages(col.get_objects, per_request=10))
    assert len(pages) == 3 and [len(_ids(p)) for p in pages] == [10, 10, 5]
    assert pages[0]["more"] and pages[1]["more"] and not pages[2]["more"]
    fetched = [i for p in pages for i in _ids(p)]
    assert sorted(fetched) == sorted(o["id"] for o in objects)

    # added_after: everything after the 10th object's date_added is the remaining 15
    manifest = col.get_manifest()
    entries = manifest["objects"]
    assert len(entries) == 25 and all(e["media_type"].startswith("application/stix+json")
                                      for e in entries)
    tenth = entries[9]["date_added"]
    later = col.get_objects(added_after=tenth)
    assert _ids(later) == [e["id"] for e in entries[10:]]

    # match[type] / match[id] and a second version of one object
    assert col.get_objects(type="identity").get("objects", []) == []
    target = objects[3]
    v2 = dict(target, modified="2026-12-31T00:00:00.000Z", name="range 3 (revised)")
    assert col.add_objects({"objects": [v2]}).success_count == 1
    latest = col.get_object(target["id"])
    assert [o["name"] for o in latest["objects"]] == ["range 3 (revised)"]
    first = col.get_object(target["id"], version="first")
    assert [o["modified"] for o in first["objects"]] == [target["modified"]]
    both = col.get_objects(id=target["id"], version="all")
    assert len(both["objects"]) == 2
    versions = col.object_versions(target["id"])
    assert versions["versions"] == ["2026-11-04T00:00:00.000000Z", "2026-12-31T00:00:00.000000Z"]
    assert len(col.get_objects(type="indicator", limit=100)["objects"]) == 25

    # lab-b can read but not write; delete by the owner removes every version
    col_b = _collection(server, tokens["lab-b"], cid)
    col_b.refresh()
    assert col_b.can_read and not col_b.can_write
    with pytest.raises(AccessError):
        col_b.add_objects({"objects": [indicator(LAB_B, 99)]})
    col.delete_object(target["id"])
    with pytest.raises(requests.HTTPError) as err:
        col.get_object(target["id"])
    assert err.value.response.status_code == 404
    assert len(list(i for p in as_pages(col.get_objects, per_request=7) for i in _ids(p))) == 24


def test_basic_auth_and_auth_failures(live):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True)})
    # basic auth: member name + token
    root = ApiRoot(server.root_url, user="lab-a", password=tokens["lab-a"])
    assert any(c.id == cid for c in root.collections)
    objects_url = f"{server.root_url}collections/{cid}/objects/"
    # wrong password, wrong user for a valid token, bogus bearer token, no credentials
    bad = ApiRoot(server.root_url, user="lab-a", password="dgti_wrong")
    with pytest.raises(requests.HTTPError) as err:
        bad.refresh_collections()
    assert err.value.response.status_code == 401
    with pytest.raises(requests.HTTPError) as err:
        ApiRoot(server.root_url, user="lab-b", password=tokens["lab-a"]).refresh_collections()
    assert err.value.response.status_code == 401
    resp = raw("GET", objects_url, token="dgti_not-a-token")
    assert resp.status_code == 401 and resp.json()["http_status"] == "401"
    assert raw("GET", objects_url).status_code == 401
    # a member without rights on the collection
    assert raw("GET", objects_url, token=tokens["outsider"]).status_code == 403
    resp = raw("POST", objects_url, token=tokens["outsider"],
               headers={"Content-Type": TAXII_MEDIA},
               content=json.dumps({"objects": [indicator(None, 1)]}))
    assert resp.status_code == 403
    # status resources are private to the member that posted
    col = _collection(server, tokens["lab-a"], cid)
    col.refresh()
    status = col.add_objects({"objects": [indicator(LAB_A, 1)]})
    resp = raw("GET", f"{server.root_url}status/{status.id}/", token=tokens["lab-b"])
    assert resp.status_code == 404


def test_tlp_enforcement(live):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True), "lab-b": (True, True)}, public=True)
    col_a = _collection(server, tokens["lab-a"], cid)
    col_a.refresh()
    by_tlp = {tlp: indicator(LAB_A, n, tlp=tlp)
              for n, tlp in enumerate(["clear", "green", "amber", "amber+strict", "red"])}
    assert col_a.add_objects({"objects": list(by_tlp.values())}).success_count == 5

    def seen(token) -> set[str]:
        url = f"{server.root_url}collections/{cid}/objects/"
        resp = raw("GET", url, token=token)
        assert resp.status_code == 200
        names = {o["id"]: t for t, o in by_tlp.items()}
        return {names[o["id"]] for o in resp.json()["objects"]}

    assert seen(tokens["lab-a"]) == set(by_tlp)  # the owner sees its RED object
    assert seen(tokens["lab-b"]) == {"clear", "green", "amber", "amber+strict"}
    assert seen(None) == {"clear", "green"}  # anonymous reader of a public collection
    manifest = raw("GET", f"{server.root_url}collections/{cid}/manifest/", token=tokens["lab-b"])
    assert by_tlp["red"]["id"] not in {e["id"] for e in manifest.json()["objects"]}
    red_url = f"{server.root_url}collections/{cid}/objects/{by_tlp['red']['id']}/"
    assert raw("GET", red_url, token=tokens["lab-b"]).status_code == 404
    assert raw("GET", red_url + "versions/", token=tokens["lab-b"]).status_code == 404
    assert raw("DELETE", red_url, token=tokens["lab-b"]).status_code == 404
    # lab-b may not delete lab-a's AMBER object either
    amber_url = f"{server.root_url}collections/{cid}/objects/{by_tlp['amber']['id']}/"
    assert raw("DELETE", amber_url, token=tokens["lab-b"]).status_code == 403
    # anonymous clients cannot write even to a public collection
    resp = raw("POST", f"{server.root_url}collections/{cid}/objects/",
               headers={"Content-Type": TAXII_MEDIA},
               content=json.dumps({"objects": [indicator(None, 7, tlp="clear")]}))
    assert resp.status_code == 401


def test_forged_created_by_ref_and_bad_input(live):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True), "lab-b": (True, True)})
    url = f"{server.root_url}collections/{cid}/objects/"
    post_headers = {"Content-Type": TAXII_MEDIA}

    def post(token, body, headers=post_headers):
        return raw("POST", url, token=token, headers=headers,
                   content=body if isinstance(body, bytes) else json.dumps(body))

    def count() -> int:
        return len(raw("GET", url, token=tokens["lab-a"]).json()["objects"])

    # lab-b publishing as lab-a: the whole envelope is refused, nothing stored
    forged = post(tokens["lab-b"], {"objects": [indicator(LAB_B, 1), indicator(LAB_A, 2)]})
    assert forged.status_code == 403 and "created_by_ref" in forged.json()["description"]
    # impersonating lab-a's identity object, or altering a shared TLP marking
    fake_identity = {"type": "identity", "spec_version": "2.1", "id": LAB_A,
                     "created": "2026-01-01T00:00:00.000Z", "modified": "2026-02-01T00:00:00.000Z",
                     "name": "lab-a (not really)"}
    assert post(tokens["lab-b"], {"objects": [fake_identity]}).status_code == 403
    from distillguard.intel.vocab import well_known_objects
    tlp_red = dict(well_known_objects()["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"])
    tlp_red["name"] = "TLP:CLEAR"
    assert post(tokens["lab-b"], {"objects": [tlp_red]}).status_code == 403
    assert count() == 0

    # invalid STIX anywhere in the envelope → 400 with a reason, nothing stored
    bad = indicator(LAB_A, 3)
    bad["pattern"] = "[ipv4-addr:value = "
    resp = post(tokens["lab-a"], {"objects": [indicator(LAB_A, 4), bad]})
    assert resp.status_code == 400 and bad["id"] in resp.json()["description"]
    no_spec = indicator(LAB_A, 5)
    del no_spec["spec_version"]
    assert post(tokens["lab-a"], {"objects": [no_spec]}).status_code == 400
    assert post(tokens["lab-a"], b"{not json").status_code == 400
    assert post(tokens["lab-a"], {"objects": []}).status_code == 400
    assert count() == 0

    # media types: wrong Accept → 406, wrong Content-Type → 415
    assert raw("GET", url, token=tokens["lab-a"],
               headers={"Accept": "application/json"}).status_code == 406
    assert raw("GET", url, token=tokens["lab-a"],
               headers={"Accept": "application/taxii+json;version=2.0"}).status_code == 406
    resp = post(tokens["lab-a"], {"objects": [indicator(LAB_A, 6)]},
                headers={"Content-Type": "application/json"})
    assert resp.status_code == 415
    assert resp.headers["content-type"] == TAXII_MEDIA

    # oversized envelope → 413 (max_content_length from the API root)
    limit = raw("GET", server.root_url, token=tokens["lab-a"]).json()["max_content_length"]
    big = {"objects": [dict(indicator(LAB_A, 7), description="x" * (limit + 10))]}
    assert post(tokens["lab-a"], big).status_code == 413

    # unknown collection / API root → 404
    other = f"{server.root_url}collections/00000000-0000-4000-8000-000000000000/objects/"
    assert raw("GET", other, token=tokens["lab-a"]).status_code == 404
    assert raw("GET", f"{server.url}nope/", token=tokens["lab-a"]).status_code == 404

    # replaying the same objects is idempotent
    objs = [indicator(LAB_A, n) for n in range(8, 12)]
    first = post(tokens["lab-a"], {"objects": objs}).json()
    second = post(tokens["lab-a"], {"objects": objs}).json()
    assert first["success_count"] == second["success_count"] == 4
    assert count() == 4
    # a bad limit / unknown next token → 400
    assert raw("GET", url + "?limit=0", token=tokens["lab-a"]).status_code == 400
    assert raw("GET", url + "?next=bogus", token=tokens["lab-a"]).status_code == 400


def test_cursor_is_shared_across_workers(live, tmp_path):
    """The `next` token is stored in the database: a second server process on the same DB
    (another worker) continues the pagination started on the first."""
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True)})
    col = _collection(server, tokens["lab-a"], cid)
    col.refresh()
    objs = [indicator(LAB_A, n) for n in range(9)]
    col.add_objects({"objects": objs})
    other = start_server(Database(server.db.url))
    try:
        first = col.get_objects(limit=4)
        col_other = _collection(other, tokens["lab-a"], cid)
        col_other.refresh()
        second = col_other.get_objects(limit=4, next=first["next"])
        third = col.get_objects(limit=4, next=second["next"])
        got = _ids(first) + _ids(second) + _ids(third)
        assert sorted(got) == sorted(o["id"] for o in objs) and not third["more"]
    finally:
        other.stop()


def test_date_added_headers(live):
    server, tokens = live
    cid = new_collection(server.db, {"lab-a": (True, True)})
    col = _collection(server, tokens["lab-a"], cid)
    col.refresh()
    col.add_objects({"objects": [indicator(LAB_A, n) for n in range(3)]})
    resp = raw("GET", f"{server.root_url}collections/{cid}/objects/?limit=2", token=tokens["lab-a"])
    manifest = col.get_manifest()["objects"]
    assert resp.headers["X-TAXII-Date-Added-First"] == manifest[0]["date_added"]
    assert resp.headers["X-TAXII-Date-Added-Last"] == manifest[1]["date_added"]
    assert resp.headers["content-type"] == TAXII_MEDIA
