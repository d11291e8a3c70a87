"""A two-lab exchange on one machine (for `make demo`): lab A's TAXII server publishes the
campaign as TLP:AMBER, lab B pulls it over loopback TAXII and matches its own accounts.

Each lab has its own SQLite database under `workdir`; lab A's server runs in a thread of this
process on a free 127.0.0.1 port (`distillguard.testing.ServerThread`) and is stopped on return.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from distillguard.intel import store
from distillguard.intel.export import ExportOptions, export_clusters, lab_identity
from distillguard.intel.match import match_bundle
from distillguard.intel.privacy import Keyring
from distillguard.intel.sync import local_collection, open_collection, pull, push


def run_exchange(
    workdir: str | Path,
    keyring: Keyring,
    flags: dict[str, Any],
    events_a: list[dict[str, Any]],
    accounts_a: list[dict[str, Any]],
    accounts_b: list[dict[str, Any]],
    events_b: list[dict[str, Any]],
    audit_reports: list[dict[str, Any]] | None = None,
    tlp: str = "amber",
) -> dict[str, Any]:
    """Publish lab A's clusters over TAXII, pull them at lab B, return B's alerts + counts."""
    from distillguard.intel.server import create_app
    from distillguard.store.db import Database
    from distillguard.testing import ServerThread

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db_a = Database(f"sqlite:///{workdir / 'lab-a.db'}")
    db_b = Database(f"sqlite:///{workdir / 'lab-b.db'}")
    db_a.migrate()
    db_b.migrate()
    with db_a.session() as s:
        shared = store.add_collection(s, "distillation campaigns")
        token_a = store.add_member(s, "lab-a")
        token_b = store.add_member(s, "lab-b")
        store.grant(s, "lab-a", shared, True, True)
        store.grant(s, "lab-b", shared, True, False)
    bundle = export_clusters(flags, events_a, accounts_a, keyring, "lab-a",
                             ExportOptions(tlp=tlp), audit_reports)
    outbox = local_collection(db_a, "outbox", "outbox")
    with db_a.session() as s:
        store.post_envelope(s, outbox, bundle, None)
    with ServerThread(create_app(db=db_a)) as server:
        taxii_url = f"{server.url}/taxii2/"
        root, remote = open_collection(taxii_url, shared, token=token_a)
        pushed, _ = push(db_a, remote, root.max_content_length, outbox, "demo-push",
                         lab_identity("lab-a").id)
        _, remote_b = open_collection(taxii_url, shared, user="lab-b", password=token_b)
        inbox = local_collection(db_b, "inbox", "inbox")
        fetched, _ = pull(db_b, remote_b, inbox, f"{taxii_url}#{shared}")
    with db_b.session() as s:
        page = store.read_page(s, store.LOCAL, store.Query(inbox), 100_000)
        objects = [json.loads(r.body) for r in page.rows]
    alerts = match_bundle(objects, keyring, accounts_b, events_b)
    for db in (db_a, db_b):
        db.engine.dispose()
    return {"bundle_objects": len(bundle["objects"]), "pushed": pushed, "pulled": fetched,
            "alerts": [a.to_dict() for a in alerts],
            "matched_accounts": sorted({a.account_id for a in alerts})}
