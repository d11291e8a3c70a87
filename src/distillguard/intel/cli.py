"""`distillguard intel …`: export/import STIX bundles, TAXII server admin, sync, matching."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from distillguard.errors import DistillguardError

app = typer.Typer(help="Share distillation-campaign intelligence over STIX 2.1 / TAXII 2.1.",
                  no_args_is_help=True)
key_app = typer.Typer(help="Coalition keys (keyed hashes and MinHash signatures).",
                      no_args_is_help=True)
members_app = typer.Typer(help="TAXII server members (partner labs).", no_args_is_help=True)
collections_app = typer.Typer(help="TAXII server collections.", no_args_is_help=True)
app.add_typer(key_app, name="key")
app.add_typer(members_app, name="members")
app.add_typer(collections_app, name="collections")
feed_app = typer.Typer(help="Publish intel as feeds other tools fetch (MISP).",
                       no_args_is_help=True)
app.add_typer(feed_app, name="feed")
FORMATS = ("stix", "misp")

TOKEN_ENV = "DISTILLGUARD_INTEL_TOKEN"


def _settings():
    from distillguard.config import load_settings

    return load_settings()


def _db():
    from distillguard.store.db import get_database

    return get_database(_settings().resolved_database_url)


def _keyring_path(path: Path | None) -> Path:
    from distillguard.config import home

    if path:
        return path
    configured = _settings().intel.get("keyring")
    return Path(configured) if configured else home() / "keys" / "coalition.json"


def _lab_name(lab: str | None) -> str:
    return lab or str(_settings().intel.get("lab_name", "local-lab"))


def _print(data) -> None:
    print(json.dumps(data, indent=2))


# ------------------------------------------------------------------------------- keys
@key_app.command("new")
def key_new(
    keyring: Path = typer.Option(None, help="Keyring file (default $DISTILLGUARD_HOME/keys/coalition.json)."),
    key_id: str = typer.Option(None, help="Public key id (default: random)."),
    force: bool = typer.Option(False, help="Overwrite an existing keyring."),
) -> None:
    """Create a coalition keyring with one fresh key (share it with member labs out of band)."""
    from distillguard.intel.privacy import Keyring, new_key, save_keyring

    path = _keyring_path(keyring)
    if path.exists() and not force:
        raise DistillguardError(f"{path} exists; use --force to replace it or `intel key rotate`")
    key = new_key(key_id)
    save_keyring(Keyring(key.key_id, {key.key_id: key}), path)
    _print({"keyring": str(path), "active_key_id": key.key_id})


@key_app.command("rotate")
def key_rotate(
    keyring: Path = typer.Option(None, help="Keyring file."),
    key_id: str = typer.Option(None, help="Id of the new key."),
) -> None:
    """Add a new active key; older keys stay so older indicators still match."""
    from distillguard.intel.privacy import load_keyring, rotate_keyring, save_keyring

    path = _keyring_path(keyring)
    ring = rotate_keyring(load_keyring(path), key_id)
    save_keyring(ring, path)
    _print({"keyring": str(path), "active_key_id": ring.active_id, "key_ids": list(ring.keys)})


# ------------------------------------------------------------------------------- export/import
@app.command("export")
def export_cmd(
    flags: Path = typer.Option(..., help="`monitor scan` JSON (accounts + clusters)."),
    out: Path = typer.Option(..., help="Where to write the STIX bundle."),
    events: Path = typer.Option(None, help="Events JSONL/Parquet (IPs, user agents, prompts)."),
    accounts: Path = typer.Option(None, help="JSON list of accounts (email, payment_fingerprint)."),
    from_db: bool = typer.Option(False, help="Also read accounts from the gateway database."),
    audit: list[Path] = typer.Option(None, help="Audit report.json (or its directory); repeatable."),
    cluster: list[str] = typer.Option(None, help="Only these cluster ids (repeatable)."),
    tlp: str = typer.Option("amber", help="TLP 2.0 level: clear|green|amber|amber+strict|red."),
    lab: str = typer.Option(None, help="This lab's name (its STIX identity)."),
    keyring: Path = typer.Option(None, help="Coalition keyring."),
    publish: str = typer.Option(None, help="Also store in this local collection (id/alias) for sync push."),
    fmt: str = typer.Option("stix", "--format",
                            help="stix: a STIX 2.1 bundle; misp: one MISP event (JSON), "
                                 "converted from that bundle with misp-stix."),
) -> None:
    """Export the monitor's clusters (and audit evidence) as a validated STIX 2.1 bundle
    (or, with --format misp, as a MISP event)."""
    from distillguard.intel.export import ExportOptions, export_clusters
    from distillguard.intel.local_data import (
        gateway_accounts,
        iter_events,
        load_accounts,
        load_audit_report,
        load_flags,
    )
    from distillguard.intel.privacy import load_keyring
    from distillguard.intel.stix_check import check_bundle
    from distillguard.intel.vocab import TLP2_IDS

    if tlp not in TLP2_IDS:
        raise DistillguardError(f"unknown TLP level {tlp!r}; use {', '.join(TLP2_IDS)}")
    if fmt not in FORMATS:
        raise DistillguardError(f"unknown format {fmt!r}; use {' or '.join(FORMATS)}")
    ring = load_keyring(_keyring_path(keyring))
    account_list = load_accounts(accounts) if accounts else []
    if from_db:
        account_list += gateway_accounts(_db())
    bundle = export_clusters(
        load_flags(flags),
        list(iter_events(events)) if events else [],
        account_list,
        ring,
        _lab_name(lab),
        ExportOptions(tlp=tlp),
        [load_audit_report(p) for p in audit or []],
        list(cluster or []) or None,
    )
    check_bundle(bundle)
    text = json.dumps(bundle, indent=1)
    summary: dict = {"out": str(out), "objects": len(bundle["objects"]),
                     "indicators": sum(o["type"] == "indicator" for o in bundle["objects"]),
                     "tlp": tlp}
    if fmt == "misp":
        text, summary["misp"] = _misp_event_text(bundle)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    if publish:
        summary["published"] = _store_locally(bundle, publish)
    _print(summary)


def _misp_event_text(bundle: dict) -> tuple[str, dict]:
    """The bundle as one MISP event (JSON text) and a summary; what misp-stix cannot map is
    named on one stderr line."""
    from distillguard.intel.misp import bundle_to_event, event_json

    conversion = bundle_to_event(bundle)
    if len(conversion.events) != 1:
        raise DistillguardError("misp-stix made no MISP event from the bundle")
    _warn(conversion.warning())
    event = conversion.events[0]
    info = {"event_uuid": str(event.uuid), "attributes": len(event.attributes),
            "objects": len(event.objects), "unmapped": len(conversion.unmapped)}
    return json.dumps(event_json(event), indent=1, sort_keys=True, default=str), info


def _warn(line: str | None) -> None:
    if line:
        typer.echo(line, err=True)


@feed_app.command("misp")
def feed_misp(
    directory: Path = typer.Argument(..., help="Feed directory (created; served to MISP over HTTP)."),
    collection: str = typer.Option("outbox", help="Local collection whose objects are published."),
    bundle: list[Path] = typer.Option(None, help="Publish these STIX bundle files instead (repeatable)."),
) -> None:
    """Write or refresh a MISP feed: one event per campaign (`<uuid>.json`, rewritten only
    when it changed), `manifest.json` and `hashes.csv`. Converted with misp-stix."""
    from distillguard.intel.local_data import load_json
    from distillguard.intel.misp import bundle_to_events, write_feed

    if directory.exists() and not directory.is_dir():
        raise DistillguardError(f"{directory} is not a directory")
    objects: list = []
    if bundle:
        for path in bundle:
            data = load_json(path, "bundle")
            if not isinstance(data, dict) or not isinstance(data.get("objects"), list):
                raise DistillguardError(f"{path}: not a STIX bundle")
            objects += data["objects"]
    else:
        objects = _collection_objects(collection)
    latest: dict = {}
    for obj in objects:  # several bundles may carry versions of one object: keep the newest
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            held = latest.get(obj["id"])
            if held is None or str(obj.get("modified", "")) >= str(held.get("modified", "")):
                latest[obj["id"]] = obj
    conversion = bundle_to_events(list(latest.values()))
    _warn(conversion.warning())
    try:
        result = write_feed(conversion.events, directory)
    except OSError as exc:
        raise DistillguardError(f"cannot write the feed in {directory}: {exc.strerror or exc}") from None
    _print({**result, "written": len(result["written"]), "unchanged": len(result["unchanged"]),
            "unmapped": len(conversion.unmapped)})


def _store_locally(bundle: dict, collection_ref: str) -> dict:
    from distillguard.intel import store
    from distillguard.intel.sync import local_collection
    from distillguard.intel.validation import StixRejection

    db = _db()
    cid = local_collection(db, collection_ref, collection_ref)
    try:
        with db.session() as s:
            status = store.post_envelope(s, cid, bundle, None)
    except StixRejection as exc:
        raise DistillguardError(f"invalid STIX: {exc}") from None
    return {"collection": cid, "stored": status["success_count"],
            "failed": status["failure_count"]}


@app.command("import")
def import_cmd(
    bundle: Path = typer.Argument(..., help="STIX 2.1 bundle (JSON)."),
    collection: str = typer.Option("inbox", help="Local collection id/alias (created if missing)."),
) -> None:
    """Validate a partner's bundle and store it in a local collection."""
    from distillguard.intel.local_data import load_json

    data = load_json(bundle, "bundle")
    _print(_store_locally(data, collection))


# ------------------------------------------------------------------------------- server admin
@members_app.command("add")
def members_add(
    name: str = typer.Argument(..., help="Member (lab) name; also its basic-auth user name."),
    identity_id: str = typer.Option(None, help="Its STIX identity id (default: derived from name)."),
    collection: list[str] = typer.Option(None, help="Grant access to this collection (repeatable)."),
    write: bool = typer.Option(False, help="Grant write as well as read on those collections."),
) -> None:
    """Add a member; prints its API token once (stored only as a hash)."""
    from distillguard.intel import store

    with _db().session() as s:
        token = store.add_member(s, name, identity_id)
        for ref in collection or []:
            store.grant(s, name, ref, True, write)
        member = [m for m in store.list_members(s) if m["name"] == name][0]
    _print({**member, "token": token})


@members_app.command("grant")
def members_grant(
    name: str = typer.Argument(...),
    collection: str = typer.Argument(..., help="Collection id or alias."),
    read: bool = typer.Option(True, "--read/--no-read"),
    write: bool = typer.Option(False, "--write/--no-write"),
) -> None:
    """Set a member's read/write rights on one collection."""
    from distillguard.intel import store

    with _db().session() as s:
        store.grant(s, name, collection, read, write)
    _print({"member": name, "collection": collection, "can_read": read, "can_write": write})


@members_app.command("list")
def members_list() -> None:
    """List members (names and identity ids; never tokens)."""
    from distillguard.intel import store

    with _db().session() as s:
        _print(store.list_members(s))


@members_app.command("rotate-token")
def members_rotate(name: str = typer.Argument(...)) -> None:
    """Issue a new token for a member (the old one stops working)."""
    from distillguard.intel import store

    with _db().session() as s:
        token = store.rotate_member_token(s, name)
    _print({"name": name, "token": token})


@members_app.command("remove")
def members_remove(name: str = typer.Argument(...)) -> None:
    """Remove a member and its rights."""
    from distillguard.intel import store

    with _db().session() as s:
        store.remove_member(s, name)
    _print({"removed": name})


@collections_app.command("add")
def collections_add(
    title: str = typer.Argument(...),
    alias: str = typer.Option(None),
    description: str = typer.Option(None),
    public_read: bool = typer.Option(False, help="Anonymous clients may read TLP:CLEAR/GREEN."),
) -> None:
    """Create a collection; prints its id."""
    from distillguard.intel import store

    with _db().session() as s:
        cid = store.add_collection(s, title, description, alias, public_read)
    _print({"id": cid, "title": title, "alias": alias})


@collections_app.command("list")
def collections_list() -> None:
    """List collections with object counts."""
    from distillguard.intel import store

    with _db().session() as s:
        _print(store.list_collections_admin(s))


@app.command("serve")
def serve(
    host: str = typer.Option(None, help="Bind address (default: settings host)."),
    port: int = typer.Option(None, help="Port (default: settings port)."),
) -> None:
    """Run a standalone TAXII 2.1 server (only /taxii2/)."""
    import uvicorn

    from distillguard.intel.server import create_app

    settings = _settings()
    uvicorn.run(create_app(settings, _db()), host=host or settings.host,
                port=port or settings.port, log_level="warning")


# ------------------------------------------------------------------------------- sync / match
@app.command("sync")
def sync_cmd(
    url: str = typer.Option(..., help="Partner TAXII URL (discovery …/taxii2/ or an API root)."),
    collection: str = typer.Option(..., help="Partner collection id."),
    user: str = typer.Option(None, help="Basic-auth user (member name at the partner)."),
    token_env: str = typer.Option(TOKEN_ENV, help="Env var holding the partner token."),
    pull: bool = typer.Option(True, "--pull/--no-pull"),
    push: bool = typer.Option(False, "--push/--no-push"),
    inbox: str = typer.Option("inbox", help="Local collection receiving pulled objects."),
    outbox: str = typer.Option("outbox", help="Local collection whose objects are pushed."),
    lab: str = typer.Option(None, help="This lab's name (only its own objects are pushed)."),
    match: bool = typer.Option(
        False, "--match/--no-match",
        help="After pulling, match the inbox against the gateway's accounts and recent events "
             "and open `intel` review cases.",
    ),
    match_days: float = typer.Option(7.0, help="With --match: days of gateway events to match."),
    keyring: Path = typer.Option(None, help="With --match: the coalition keyring."),
) -> None:
    """Pull new objects from (and optionally push ours to) a partner collection."""
    from rich.progress import Progress

    from distillguard.intel.export import lab_identity
    from distillguard.intel.sync import SyncReport, local_collection, open_collection
    from distillguard.intel.sync import pull as do_pull
    from distillguard.intel.sync import push as do_push

    token = os.environ.get(token_env)
    if not token:
        raise DistillguardError(f"set the partner token in ${token_env}")
    if match and not match_days > 0:
        raise DistillguardError("--match-days must be positive")
    ring = None
    if match:  # a missing keyring fails before any network traffic
        from distillguard.intel.privacy import load_keyring

        ring = load_keyring(_keyring_path(keyring))
    root, remote = open_collection(url, collection, token=None if user else token,
                                   user=user, password=token if user else None)
    db = _db()
    key = f"{url.rstrip('/')}#{collection}"
    report = SyncReport()
    with Progress(transient=True) as progress:
        if pull:
            task = progress.add_task("pulling", total=None)
            report.pulled, report.stored = do_pull(
                db, remote, local_collection(db, inbox, inbox), key,
                progress=lambda n: progress.advance(task, n))
        if push:
            task = progress.add_task("pushing", total=None)
            report.pushed, report.push_failures = do_push(
                db, remote, root.max_content_length, local_collection(db, outbox, outbox), key,
                lab_identity(_lab_name(lab)).id, progress=lambda n: progress.advance(task, n))
    out: dict = report.to_dict()
    if match:
        out["match"] = _match_gateway(db, inbox, ring, match_days)
    _print(out)


def _match_gateway(db, inbox: str, ring, days: float) -> dict:
    """The inbox against the gateway's own accounts and last `days` of events → cases."""
    import time

    from distillguard.gateway.events import iter_export_rows
    from distillguard.intel.local_data import gateway_accounts
    from distillguard.intel.match import match_bundle, open_review_cases

    events = list(iter_export_rows(db, since=time.time() - days * 86400))
    alerts = match_bundle(_collection_objects(inbox), ring, gateway_accounts(db), events)
    cases = open_review_cases(db, alerts, actor="intel:sync")
    return {"alerts": len(alerts), "accounts": len({a.account_id for a in alerts}),
            "cases": {k: cases[k] for k in ("opened", "updated", "existing")}}


@app.command("match")
def match_cmd(
    bundle: Path = typer.Option(None, help="A STIX bundle file (default: the local inbox)."),
    collection: str = typer.Option("inbox", help="Local collection to match when no --bundle."),
    events: Path = typer.Option(None, help="Local events JSONL/Parquet."),
    accounts: Path = typer.Option(None, help="Local accounts JSON list."),
    from_db: bool = typer.Option(False, help="Also use the gateway's accounts table."),
    keyring: Path = typer.Option(None, help="Coalition keyring."),
    similarity: float = typer.Option(0.5, help="Min. MinHash Jaccard for prompt templates."),
    out: Path = typer.Option(None, help="Write alerts JSON here (default: stdout)."),
    sightings: Path = typer.Option(None, help="Also write a STIX bundle of sightings here."),
    lab: str = typer.Option(None, help="This lab's name (author of sightings)."),
    cases: bool = typer.Option(
        True, "--cases/--no-cases",
        help="Open (or update) one `intel` review case per matched account.",
    ),
    actor: str = typer.Option("intel:match", help="Who opens the cases (audit log)."),
) -> None:
    """Match partner indicators against local accounts/events → alerts JSON (+ review cases)."""
    from distillguard.intel.local_data import (
        gateway_accounts,
        iter_events,
        load_accounts,
        load_json,
    )
    from distillguard.intel.match import match_bundle
    from distillguard.intel.privacy import load_keyring

    if not 0 < similarity <= 1:
        raise DistillguardError("--similarity must be in (0, 1]")
    ring = load_keyring(_keyring_path(keyring))
    objects = load_json(bundle, "bundle") if bundle else _collection_objects(collection)
    account_list = load_accounts(accounts) if accounts else []
    if from_db:
        account_list += gateway_accounts(_db())
    event_list = list(iter_events(events)) if events else []
    alerts = match_bundle(objects, ring, account_list, event_list, similarity)
    result = {"alerts": [a.to_dict() for a in alerts],
              "summary": {"alerts": len(alerts),
                          "accounts": len({a.account_id for a in alerts}),
                          "indicators": len({a.indicator_id for a in alerts})}}
    if cases and alerts:
        from distillguard.intel.match import open_review_cases

        opened = open_review_cases(_db(), alerts, actor=actor)
        result["summary"]["cases"] = {k: opened[k] for k in ("opened", "updated", "existing")}
    if sightings:
        from distillguard.intel.stix_check import sightings_bundle

        sightings.write_text(json.dumps(sightings_bundle(alerts, _lab_name(lab)), indent=1))
        result["summary"]["sightings"] = str(sightings)
    if out:
        out.write_text(json.dumps(result, indent=2), encoding="utf-8")
        _print(result["summary"])
    else:
        _print(result)


def _collection_objects(ref: str) -> list[dict]:
    from sqlalchemy import select

    from distillguard.intel import store
    from distillguard.intel.models import IntelObject

    with _db().session() as s:
        cid = store.resolve_collection(s, ref).id
        bodies = s.scalars(select(IntelObject.body).where(
            IntelObject.collection_id == cid, IntelObject.is_latest.is_(True)))
        return [json.loads(b) for b in bodies]


@app.command("psi")
def psi_cmd(
    mine: Path = typer.Option(..., help="JSON list of this lab's suspicious identifiers."),
    theirs: Path = typer.Option(..., help="JSON list of the partner's (simulated locally)."),
    kind: str = typer.Option("email", help="Identifier kind (canonicalised before PSI)."),
    reveal: bool = typer.Option(False, help="Learn the overlap itself, not only its size."),
) -> None:
    """Private set intersection (openmined-psi) of two identifier lists: size or overlap."""
    from distillguard.intel.local_data import load_json
    from distillguard.intel.psi import run_psi

    result = run_psi(load_json(mine, "identifier list"), load_json(theirs, "identifier list"),
                     kind=kind, reveal=reveal)
    _print(result)
