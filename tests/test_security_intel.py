"""Issue #12: TAXII member ids never reused (item 3), hostile JSON to TAXII and the CLI, and
non-finite risks at case ingest (item 8). TAXII checks use the real `taxii2-client` against a
live server on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from contextlib import ExitStack

import pytest
import requests
import sqlalchemy as sa
from alembic import command
from taxii2client.common import TokenAuth
from taxii2client.exceptions import AccessError
from taxii2client.v21 import ApiRoot, Collection

from distillguard.intel import store
from distillguard.intel.export import lab_identity
from distillguard.intel.taxii import TAXII_MEDIA
from distillguard.review.cases import list_cases, open_case
from distillguard.review.errors import ReviewError
from distillguard.review.ingest import ingest_flags
from distillguard.store.db import Database, alembic_config
from helpers import BACKENDS, backend_database, last_error_line, run_main
from test_intel_support import indicator, new_collection, raw, start_server

LAB_A = lab_identity("lab-a").id
LAB_B = lab_identity("lab-b").id
DEEP = 100_000


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path):
    """A fresh, migrated database per backend."""
    with backend_database(request, tmp_path, "intel_test") as db:
        yield db


def _collection(root_url: str, token: str, cid: str) -> Collection:
    root = ApiRoot(root_url, auth=TokenAuth(token))
    return Collection(f"{root.url}collections/{cid}/", conn=root._conn)


def _status_code(call) -> int:
    try:
        call()
    except (requests.HTTPError, AccessError) as exc:
        response = getattr(exc, "response", None)
        return response.status_code if response is not None else 403
    return 200


# ---------------------------------------------------------------- item 3: member ids
def test_removed_members_objects_never_reach_the_next_member(database):
    """A pushes TLP:RED, A is removed, B is added: B reads, deletes and overwrites nothing of
    A's (SQLite used to give B A's integer id, hence A's RED objects and ownership)."""
    db = database
    with db.session() as s:
        store.add_member(s, "keeper")  # an older member: A holds the highest id
        token_a = store.add_member(s, "lab-a")
    cid = new_collection(db, {"keeper": (True, True), "lab-a": (True, True)})
    server = start_server(db)
    try:
        col_a = _collection(server.root_url, token_a, cid)
        red, amber = indicator(LAB_A, 1, tlp="red"), indicator(LAB_A, 2, tlp="amber")
        status = col_a.add_objects({"objects": [red, amber]})
        assert status.success_count == 2
        assert red["id"] in [o["id"] for o in col_a.get_objects()["objects"]]

        with db.session() as s:
            store.remove_member(s, "lab-a")
        with db.session() as s:
            token_b = store.add_member(s, "lab-b")
            store.grant(s, "lab-b", cid, True, True)
            member_b = store.authenticate(s, token_b)
            ids = {m.id for m in s.scalars(sa.select(store.IntelMember))}
        assert all(str(uuid.UUID(i)) == i for i in ids)

        col_b = _collection(server.root_url, token_b, cid)
        listed = [o["id"] for o in col_b.get_objects().get("objects", [])]
        assert red["id"] not in listed and amber["id"] in listed
        manifest = [o["id"] for o in col_b.get_manifest().get("objects", [])]
        assert red["id"] not in manifest
        assert _status_code(lambda: col_b.get_object(red["id"])) == 404
        assert _status_code(lambda: col_b.object_versions(red["id"])) == 404
        assert _status_code(lambda: col_b.delete_object(red["id"])) == 404
        assert _status_code(lambda: col_b.delete_object(amber["id"])) == 403
        status_url = f"{server.root_url}status/{status.id}/"
        assert raw("GET", status_url, token_b).status_code == 404
        # B cannot take A's object over by publishing a newer version under its own name
        takeover = dict(red, created_by_ref=LAB_B, modified="2026-12-31T00:00:00.000Z")
        result = col_b.add_objects({"objects": [takeover]})
        assert result.failure_count == 1
        assert "another member" in result.failures[0]["message"]
        # nothing changed: the local operator still sees A's object, owned by nobody present
        with db.session() as s:
            page = store.read_page(s, store.LOCAL, store.Query(cid, ids=[red["id"]],
                                                                versions=["all"]), 10)
            assert len(page.rows) == 1
            owner = s.scalar(sa.select(store.IntelObject.owner_member_id)
                             .where(store.IntelObject.stix_id == red["id"]))
            assert owner not in ids and owner != member_b.id
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_at_intel_0001(request, tmp_path):
    """A database whose intel branch stops at intel_0001 (the integer member ids)."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            db = Database(f"sqlite:///{tmp_path / 'old.db'}")
            stack.callback(db.engine.dispose)
        else:
            from distillguard.testing import scratch_postgres

            url = stack.enter_context(scratch_postgres(request.getfixturevalue("postgres_url"),
                                                       "intel_mig"))
            db = Database(url)
            stack.callback(db.engine.dispose)
        _alembic(db, "upgrade", "intel_0001")
        yield db


def _alembic(db: Database, action: str, target: str) -> None:
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, target)


def _seed_integer_ids(db: Database) -> str:
    """Rows as intel_0001 stored them: id 2 was lab-a's (removed at t=1500), then lab-b's."""
    rows = {
        "intel_members": [
            {"id": 1, "name": "keeper", "identity_id": lab_identity("keeper").id,
             "token_hash": store.hash_token("tok-keeper"), "created_at": 100.0},
            {"id": 2, "name": "lab-b", "identity_id": LAB_B,
             "token_hash": store.hash_token("tok-b"), "created_at": 2000.0},
        ],
        "intel_collections": [{"id": "c1", "title": "t", "description": None, "alias": None,
                               "public_read": False, "created_at": 50.0}],
        "intel_grants": [{"member_id": m, "collection_id": "c1", "can_read": True,
                          "can_write": True} for m in (1, 2)],
    }

    def obj(pk: int, owner: int | None, added_s: float, tlp: str) -> dict:
        return {"pk": pk, "collection_id": "c1", "stix_id": f"indicator--{uuid.uuid4()}",
                "stix_type": "indicator", "version": "2026-11-01T00:00:00.000000Z",
                "spec_version": "2.1", "date_added": int(added_s * 1e6),
                "owner_member_id": owner, "tlp": tlp, "is_latest": True, "is_first": True,
                "body": "{}"}

    rows["intel_objects"] = [
        obj(1, 2, 1000.0, "red"),  # the removed lab-a's, before lab-b inherited id 2
        obj(2, 2, 3000.0, "red"),  # lab-b's own
        obj(3, 3, 1200.0, "red"),  # a member removed with no successor
        obj(4, 1, 500.0, "amber"),  # keeper's
        obj(5, None, 600.0, "red"),  # the local operator's import
    ]
    rows["intel_statuses"] = [
        {"id": "s-old", "member_id": 2, "created_at": 1000.0, "body": "{}"},
        {"id": "s-new", "member_id": 2, "created_at": 3000.0, "body": "{}"},
    ]
    rows["intel_cursors"] = [{"token": "cur", "member_id": 2, "query": "{}",
                              "last_date_added": 0, "last_pk": 0, "expires_at": 9e12}]
    with db.engine.begin() as conn:
        for table, values in rows.items():
            cols = list(values[0])
            conn.execute(sa.text(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                 f"({', '.join(':' + c for c in cols)})"), values)
    return "c1"


def _visible_pks(db: Database, token: str, cid: str) -> set[int]:
    with db.session() as s:
        member = store.authenticate(s, token)
        page = store.read_page(s, member, store.Query(cid, versions=["all"]), 100)
        return {r.pk for r in page.rows}


def test_intel_0002_converts_integer_ids(database_at_intel_0001):
    db = database_at_intel_0001
    cid = _seed_integer_ids(db)
    db.migrate()
    with db.engine.connect() as conn:
        members = dict(conn.execute(sa.text("SELECT name, id FROM intel_members")).all())
        owners = dict(conn.execute(sa.text("SELECT pk, owner_member_id FROM intel_objects")).all())
        statuses = dict(conn.execute(sa.text("SELECT id, member_id FROM intel_statuses")).all())
        grants = set(conn.execute(sa.text("SELECT member_id FROM intel_grants")).scalars())
        cursors = conn.execute(sa.text("SELECT count(*) FROM intel_cursors")).scalar()
    assert set(members) == {"keeper", "lab-b"}
    assert all(str(uuid.UUID(v)) == v for v in members.values())
    assert grants == set(members.values())
    assert owners[2] == statuses["s-new"] == members["lab-b"]
    assert owners[4] == members["keeper"] and owners[5] is None
    tombstones = {owners[1], owners[3], statuses["s-old"]}
    assert not tombstones & set(members.values()) and None not in tombstones
    assert owners[1] == statuses["s-old"] != owners[3]  # one tombstone per old integer
    assert cursors == 0
    assert _visible_pks(db, "tok-b", cid) == {2, 4}  # not the removed lab-a's RED object
    assert _visible_pks(db, "tok-keeper", cid) == {4}
    with db.session() as s:
        store.add_member(s, "lab-c")  # the ORM writes UUID ids into the migrated table
        store.grant(s, "lab-c", cid, True, False)

    _alembic(db, "downgrade", "intel_0001")  # and back: integers again, RED still not shared
    with db.engine.connect() as conn:
        ids = conn.execute(sa.text("SELECT id FROM intel_members")).scalars().all()
    assert sorted(ids) == [1, 2, 3]
    db.migrate()
    assert _visible_pks(db, "tok-b", cid) == {2, 4}


# ---------------------------------------------------------------- item 8: hostile JSON to TAXII
@pytest.fixture(scope="module")
def taxii(tmp_path_factory):
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('deep') / 'taxii.db'}")
    db.migrate()
    with db.session() as s:
        token = store.add_member(s, "lab-a")
    cid = new_collection(db, {"lab-a": (True, True)})
    server = start_server(db)
    yield server, token, cid
    server.stop()
    db.engine.dispose()


@pytest.mark.parametrize("auth", [False, True])
def test_taxii_deeply_nested_envelope_is_400(taxii, auth):
    server, token, cid = taxii
    url = f"{server.root_url}collections/{cid}/objects/"
    body = "[" * DEEP + "]" * DEEP
    response = raw("POST", url, token if auth else None, content=body,
                   headers={"Content-Type": TAXII_MEDIA})
    assert response.status_code == 400, response.text
    assert "nested too deeply" in response.json()["description"]


def test_taxii_deep_objects_inside_valid_json_are_4xx(taxii):
    """JSON that parses but nests deeper than stix2's pattern parser can recurse."""
    server, token, cid = taxii
    url = f"{server.root_url}collections/{cid}/objects/"
    pattern = indicator(LAB_A, 1)
    pattern["pattern"] = "(" * 3000 + "[ipv4-addr:value = '10.0.0.1']" + ")" * 3000
    deep_prop = indicator(LAB_A, 2)
    deep_prop["x_deep"] = "DEEP"
    # the deep value is spliced in as text: json.dumps of a 950-deep list can itself exceed the
    # recursion limit when the test runs deep in a pytest-xdist worker's stack
    bodies = [json.dumps({"objects": [pattern]}),
              json.dumps({"objects": [deep_prop]}).replace('"DEEP"', "[" * 950 + "]" * 950)]
    for body in bodies:
        response = raw("POST", url, token, content=body, headers={"Content-Type": TAXII_MEDIA})
        assert response.status_code < 500, response.text
    response = raw("POST", url, token, content=json.dumps({"objects": [pattern]}),
                   headers={"Content-Type": TAXII_MEDIA})
    assert response.status_code == 400 and "nested too deeply" in response.text


# ---------------------------------------------------------------- item 8: one-line CLI errors
def run_cli(monkeypatch, capsys, *args) -> tuple[int, str, str]:
    proc = run_main(monkeypatch, capsys, *args)
    return proc.returncode, proc.stdout, proc.stderr


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 1, err
    line = last_error_line(code, err)
    for fragment in fragments:
        assert fragment in line, err


@pytest.mark.parametrize("command", [
    ["keys", "show"], ["monitor", "scan", "--quiet"], ["cases", "ingest"], ["intel", "import"],
])
def test_cli_deeply_nested_json_is_one_line_error(tmp_path, monkeypatch, capsys, command):
    deep = "[" * DEEP + "]" * DEEP
    path = tmp_path / ("deep.jsonl" if "monitor" in command else "deep.json")
    path.write_text('{"a": ' + deep + "}\n" if "monitor" in command else deep)
    code, _, err = run_cli(monkeypatch, capsys, *command, path)
    assert_one_line_error(code, err, "input nested too deeply")


def test_cli_unwritable_out_is_one_line_error(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, _, err = run_cli(monkeypatch, capsys, "keys", "new", "--out", blocker / "k.json")
    assert_one_line_error(code, err, str(blocker))
    code, _, err = run_cli(monkeypatch, capsys, "keys", "new", "--out", tmp_path)
    assert_one_line_error(code, err, str(tmp_path))


def test_monitor_scan_refuses_unwritable_out_before_scanning(tmp_path, monkeypatch, capsys):
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps({
        "ts": "2026-03-01T10:00:00Z", "account_id": "a1", "ip": "203.0.113.9", "model": "m",
        "prompt": "hi", "prompt_tokens": 1, "completion_tokens": 1, "status": 200}) + "\n")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for out in (blocker / "flags.json", tmp_path):
        code, out_text, err = run_cli(monkeypatch, capsys, "monitor", "scan", events, "--out", out)
        assert_one_line_error(code, err, str(out))
        assert "validating events" not in err and out_text == ""  # no scan was started
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "events.jsonl"]


# ---------------------------------------------------------------- item 8: NaN at ingest
@pytest.mark.parametrize("risk", [float("nan"), float("inf"), float("-inf"), "NaN", True])
def test_non_finite_risk_is_refused_at_ingest(tmp_path, risk):
    db = Database(f"sqlite:///{tmp_path / 'cases.db'}")
    db.migrate()
    flags = {"accounts": [{"account_id": "ok", "risk": 0.95},
                          {"account_id": "bad", "risk": risk}], "clusters": []}
    with pytest.raises(ReviewError, match="'bad': risk .* is not a finite number"):
        ingest_flags(db, flags)
    cluster = {"accounts": [{"account_id": "ok", "risk": 0.95}],
               "clusters": [{"cluster_id": "c1", "accounts": ["ok"], "risk": risk}]}
    with pytest.raises(ReviewError, match="cluster 'c1'"):
        ingest_flags(db, cluster)
    assert list_cases(db, status="all") == []  # all or nothing: not even the valid account


def test_cases_ingest_cli_refuses_nan_and_opens_nothing(tmp_path, monkeypatch, capsys):
    flags = tmp_path / "flags.json"
    flags.write_text('{"accounts": [{"account_id": "x", "risk": NaN}], "clusters": []}')
    code, _, err = run_cli(monkeypatch, capsys, "cases", "ingest", flags)
    assert_one_line_error(code, err, "not a finite number")
    code, out, err = run_cli(monkeypatch, capsys, "cases", "list", "--status", "all", "--json")
    assert code == 0, err
    assert json.loads(out) == []


def test_non_finite_signal_becomes_null_and_case_stays_json(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'cases.db'}")
    db.migrate()
    flags = {"accounts": [{"account_id": "a1", "risk": 0.9,
                           "signals": {"sync": float("nan"), "rate": float("inf"), "ok": 0.5}}],
             "clusters": [{"cluster_id": "c", "accounts": ["a1", "a2"], "risk": 0.9,
                           "sync": float("nan")}]}
    summary = ingest_flags(db, flags)
    assert summary["opened"] == 1
    from distillguard.review.cases import case_json, get_case

    case = get_case(db, summary["cases"][0])
    text = json.dumps(case_json(case), allow_nan=False, default=str)  # what a JSON view sends
    assert '"sync": null' in text


def test_open_case_refuses_non_finite_evidence(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'cases.db'}")
    db.migrate()
    with pytest.raises(ReviewError, match="must be finite"):
        open_case(db, "manual", "a1", {"accounts": ["a1"], "score": [1.0, float("nan")]}, 2,
                  "manual:a1")


def test_standalone_taxii_refuses_nul_and_surrogates(database):
    """`intel serve` has no gateway edge in front: the TAXII app itself refuses what
    PostgreSQL cannot store or compare (it answered 500), before authentication for URLs."""
    db = database
    with db.session() as s:
        token = store.add_member(s, "lab-a")
    cid = new_collection(db, {"lab-a": (True, True)})
    server = start_server(db)
    try:
        objects = f"{server.root_url}collections/{cid}/objects/"
        for url in (f"{server.root_url}collections/a%00b/", f"{objects}?match[id]=a%00b",
                    f"{objects}indicator--{uuid.uuid4()}%00/", f"{server.root_url}status/%00/"):
            for who in (token, None):
                response = raw("GET", url, who)
                assert response.status_code == 400, (url, response.text)
        for bad in ("a\x00b", "a\ud800b"):
            for where in ("name", "x_key"):
                obj = indicator(LAB_A, 1)
                if where == "name":
                    obj["name"] = bad
                else:
                    obj["x_labels"] = {bad: 1}
                response = raw("POST", objects, token, content=json.dumps({"objects": [obj]}),
                               headers={"Content-Type": TAXII_MEDIA})
                assert response.status_code == 400, response.text
                assert "NUL or a lone UTF-16 surrogate" in response.json()["description"]
        assert raw("GET", objects, token).json().get("objects", []) == []
    finally:
        server.stop()
