"""Two labs, two TAXII servers, two databases: A publishes a campaign, B syncs and matches
its own accounts, B answers with sightings; no raw identifier or prompt crosses the wire."""

from __future__ import annotations

import json

from distillguard.intel import store
from distillguard.intel.export import ExportOptions, export_clusters, lab_identity
from distillguard.intel.match import match_bundle
from distillguard.intel.privacy import Keyring, new_key
from distillguard.intel.stix_check import sightings_bundle, validate_bundle
from distillguard.intel.sync import local_collection, open_collection, pull, push
from test_intel_support import (
    CAMPAIGN_PROMPTS,
    RecordingProxy,
    fresh_database,
    lab_a_data,
    lab_b_data,
    start_server,
)


def _proxied(server, proxy) -> str:
    return server.url.replace(server.url.split("/")[2], f"127.0.0.1:{proxy.port}")


def test_two_labs_exchange_without_revealing_customers(tmp_path):
    key = new_key("coalition-2026")
    ring = Keyring(key.key_id, {key.key_id: key})
    db_a = fresh_database(f"sqlite:///{tmp_path / 'lab_a.db'}")
    db_b = fresh_database(f"sqlite:///{tmp_path / 'lab_b.db'}")
    with db_a.session() as s:
        shared_a = store.add_collection(s, "distillation campaigns", alias="shared")
        token_a_at_a = store.add_member(s, "lab-a")
        token_b_at_a = store.add_member(s, "lab-b")
        store.grant(s, "lab-a", shared_a, True, True)
        store.grant(s, "lab-b", shared_a, True, True)
    with db_b.session() as s:
        shared_b = store.add_collection(s, "lab-b sightings", alias="outbox")
        token_a_at_b = store.add_member(s, "lab-a")
        store.grant(s, "lab-a", shared_b, True, False)
    server_a, server_b = start_server(db_a), start_server(db_b)
    proxy_a, proxy_b = RecordingProxy(server_a.server.port), \
        RecordingProxy(server_b.server.port)
    try:
        # Lab A: export the detected cluster + audit evidence, publish through its server.
        flags, events_a, accounts_a, audit = lab_a_data()
        bundle = export_clusters(flags, events_a, accounts_a, ring, "lab-a",
                                 ExportOptions(tlp="amber"), [audit])
        assert validate_bundle(bundle) == []
        outbox_a = local_collection(db_a, "outbox", "outbox")
        with db_a.session() as s:
            store.post_envelope(s, outbox_a, bundle, None)
        root, remote = open_collection(_proxied(server_a, proxy_a), shared_a, token=token_a_at_a)
        pushed, failed = push(db_a, remote, root.max_content_length, outbox_a, "a->a",
                              lab_identity("lab-a").id)
        assert failed == 0 and pushed == len(bundle["objects"])
        # re-running push sends nothing new (resumes after the last pushed object)
        assert push(db_a, remote, root.max_content_length, outbox_a, "a->a",
                    lab_identity("lab-a").id) == (0, 0)

        # Lab B: pull from A (resumable, deduplicated), match its own accounts and events.
        _, remote_b = open_collection(_proxied(server_a, proxy_a), shared_a, token=token_b_at_a)
        inbox_b = local_collection(db_b, "inbox", "inbox")
        fetched, stored = pull(db_b, remote_b, inbox_b, "b<-a", page_size=7)
        assert fetched == stored == len(bundle["objects"])
        assert pull(db_b, remote_b, inbox_b, "b<-a", page_size=7) == (0, 0)
        with db_b.session() as s:
            page = store.read_page(s, store.LOCAL, store.Query(inbox_b, versions=["last"]), 10_000)
            pulled = [json.loads(r.body) for r in page.rows]
        accounts_b, events_b = lab_b_data()
        alerts = match_bundle(pulled, ring, accounts_b, events_b)
        by_account = {}
        for alert in alerts:
            by_account.setdefault(alert.account_id, set()).add(alert.kind)
        assert by_account["b-alias"] == {"email"}
        assert {"prompt_template", "ip_range"} <= by_account["b-template"]
        assert "b-clean" not in by_account
        campaign = next(o["id"] for o in bundle["objects"] if o["type"] == "campaign")
        assert all(campaign in a.campaign_refs for a in alerts)

        # Lab B answers with sightings, served from its own server; lab A pulls them.
        sightings = sightings_bundle(alerts, "lab-b")
        assert validate_bundle(sightings) == []
        with db_b.session() as s:
            store.post_envelope(s, shared_b, sightings, None)
        _, remote_a_at_b = open_collection(_proxied(server_b, proxy_b), shared_b,
                                           token=token_a_at_b)
        inbox_a = local_collection(db_a, "inbox", "inbox")
        fetched, _ = pull(db_a, remote_a_at_b, inbox_a, "a<-b")
        assert fetched == len(sightings["objects"])
        with db_a.session() as s:
            page = store.read_page(s, store.LOCAL, store.Query(inbox_a, types=["sighting"]), 100)
            seen = {json.loads(r.body)["sighting_of_ref"] for r in page.rows}
        assert seen == {a.indicator_id for a in alerts}
    finally:
        proxy_a.close()
        proxy_b.close()
        server_a.stop()
        server_b.stop()

    traffic = bytes(proxy_a.sent + proxy_a.received + proxy_b.sent + proxy_b.received)
    assert b"POST" in proxy_a.sent and len(traffic) > 10_000  # the capture did see the exchange
    assert bundle["objects"][-1]["id"].encode() in traffic
    secrets = {a["email"] for a in accounts_a} | {a["email"] for a in accounts_b}
    secrets |= {"harvestbot@gmail.com", "pf_live_9f8e7d6c", "distill-harvester/2.1 (+python)",
                "curl/8.0", "Mozilla/5.0", "203.0.113.10", "203.0.113.200", "198.51.100.7",
                "b-alias", "b-template", "b-clean", "Mars today", "rivers in two sentences"}
    secrets |= {e["prompt"] for e in events_a + events_b}
    secrets |= {p.split("{n}")[0].strip() for p in CAMPAIGN_PROMPTS}
    secrets |= {"Solve problem", "formal German"}
    for secret in secrets:
        for form in {secret, secret.lower(), json.dumps(secret)[1:-1]}:
            assert form.encode() not in traffic, f"{secret!r} leaked"


def test_demo_exchange_helper_matches_lab_b_accounts(tmp_path):
    """The one-call exchange used by `make demo` (basic auth for lab B this time)."""
    from distillguard.intel.exchange import run_exchange

    key = new_key("demo")
    flags, events_a, accounts_a, audit = lab_a_data()
    accounts_b, events_b = lab_b_data()
    result = run_exchange(tmp_path, Keyring(key.key_id, {key.key_id: key}), flags, events_a,
                          accounts_a, accounts_b, events_b, [audit])
    assert result["pushed"] == result["pulled"] == result["bundle_objects"]
    assert result["matched_accounts"] == ["b-alias", "b-template"]


def test_cli_sync_pull_match_and_push_back(tmp_path, monkeypatch):
    """`intel sync` (pull, resume, push) and `intel match` through the CLI app, against a
    partner's live server."""
    from typer.testing import CliRunner

    from distillguard.errors import DistillguardError
    from distillguard.intel.cli import app
    from distillguard.intel.privacy import save_keyring

    key = new_key("cli-key")
    ring = Keyring(key.key_id, {key.key_id: key})
    save_keyring(ring, tmp_path / "ring.json")
    partner = fresh_database(f"sqlite:///{tmp_path / 'partner.db'}")
    with partner.session() as s:
        cid = store.add_collection(s, "campaigns")
        token_a = store.add_member(s, "lab-a")
        token_b = store.add_member(s, "lab-b")
        store.grant(s, "lab-a", cid, True, True)
        store.grant(s, "lab-b", cid, True, True)
    flags, events_a, accounts_a, audit = lab_a_data()
    bundle = export_clusters(flags, events_a, accounts_a, ring, "lab-a")
    with partner.session() as s:
        store.post_envelope(s, cid, bundle, store.authenticate(s, token_a))
    accounts_b, events_b = lab_b_data()
    (tmp_path / "accounts.json").write_text(json.dumps(accounts_b))
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(e) for e in events_b))
    server = start_server(partner)
    runner = CliRunner()
    sync = ["sync", "--url", server.url, "--collection", cid, "--user", "lab-b"]
    try:
        monkeypatch.setenv("DISTILLGUARD_INTEL_TOKEN", token_b)
        first = runner.invoke(app, sync, catch_exceptions=False)
        assert first.exit_code == 0, first.output
        assert json.loads(first.stdout)["pulled"] == len(bundle["objects"])
        again = json.loads(runner.invoke(app, sync, catch_exceptions=False).stdout)
        assert again["pulled"] == 0  # resumed from X-TAXII-Date-Added-Last
        match = runner.invoke(app, [
            "match", "--keyring", str(tmp_path / "ring.json"), "--accounts",
            str(tmp_path / "accounts.json"), "--events", str(tmp_path / "events.jsonl"),
            "--sightings", str(tmp_path / "sightings.json"), "--lab", "lab-b"],
            catch_exceptions=False)
        alerts = json.loads(match.stdout)["alerts"]
        assert {a["account_id"] for a in alerts} == {"b-alias", "b-template"}
        runner.invoke(app, ["import", str(tmp_path / "sightings.json"), "--collection", "outbox"],
                      catch_exceptions=False)
        push = runner.invoke(app, sync + ["--push", "--no-pull", "--lab", "lab-b"],
                             catch_exceptions=False)
        assert json.loads(push.stdout)["push_failures"] == 0
        with partner.session() as s:
            page = store.read_page(s, store.LOCAL, store.Query(cid, types=["sighting"]), 100)
        assert len(page.rows) == len({a["indicator_id"] for a in alerts})
        monkeypatch.setenv("DISTILLGUARD_INTEL_TOKEN", "dgti_wrong")
        bad = runner.invoke(app, sync)
        assert isinstance(bad.exception, DistillguardError)
        assert "cannot open collection" in str(bad.exception)
    finally:
        server.stop()
