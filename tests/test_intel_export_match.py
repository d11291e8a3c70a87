"""STIX export of monitor clusters + audit evidence (validated with stix2-validator), matching,
key rotation across an exchange, and the `distillguard intel` CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from distillguard.intel.export import ExportOptions, export_clusters
from distillguard.intel.match import match_bundle
from distillguard.intel.privacy import CoalitionKey, Keyring, rotate_keyring
from distillguard.intel.stix_check import sightings_bundle, validate_bundle
from distillguard.intel.vocab import (
    ATTACK_PATTERN_ID,
    EVIDENCE_EXTENSION_ID,
    EVIDENCE_TYPE,
    INDICATOR_EXTENSION_ID,
    TLP2_IDS,
)
from test_intel_support import lab_a_data, lab_b_data

KEY = CoalitionKey("k-2026", bytes(range(32)))
RING = Keyring(KEY.key_id, {KEY.key_id: KEY})
CLI = [sys.executable, "-m", "distillguard.cli"]


def _bundle(tlp="amber", ring=RING):
    flags, events, accounts, audit = lab_a_data()
    return export_clusters(flags, events, accounts, ring, "lab-a", ExportOptions(tlp=tlp), [audit])


def test_export_is_valid_marked_and_private():
    bundle = _bundle()
    assert validate_bundle(bundle) == []
    objects = bundle["objects"]
    by_type = {}
    for obj in objects:
        by_type.setdefault(obj["type"], []).append(obj)
    for needed in ("identity", "campaign", "intrusion-set", "threat-actor", "indicator",
                   "relationship", "attack-pattern", "software", EVIDENCE_TYPE,
                   "extension-definition", "marking-definition"):
        assert needed in by_type, needed
    # TLP 2.0 marking on every object except the marking definitions themselves
    for obj in objects:
        if obj["type"] != "marking-definition":
            assert set(obj["object_marking_refs"]) <= set(TLP2_IDS.values()), obj["id"]
    campaign_parts = [o for o in objects if o.get("created_by_ref", "").startswith("identity--")
                      and o["type"] in ("campaign", "indicator", "relationship")]
    assert all(o["object_marking_refs"] == [TLP2_IDS["amber"]] for o in campaign_parts)
    attack = next(o for o in objects if o["id"] == ATTACK_PATTERN_ID)
    assert {r["external_id"] for r in attack["external_references"]} >= {"AML.T0024"}
    kinds = {o["extensions"][INDICATOR_EXTENSION_ID]["kind"] for o in by_type["indicator"]
             if "extensions" in o}
    assert kinds == {"email", "payment_fingerprint", "user_agent", "prompt_template"}
    patterns = {o["pattern"] for o in by_type["indicator"] if o["pattern_type"] == "stix"}
    assert "[ipv4-addr:value ISSUBSET '203.0.113.0/24']" in patterns
    assert "[autonomous-system:number = 64496]" in patterns
    evidence = by_type[EVIDENCE_TYPE][0]
    assert evidence["p_value"] == 3.2e-12 and evidence["tokens_scored"] == 48000
    assert evidence["key_id"] == "wm-2026-01" and "secret" not in json.dumps(evidence)
    assert evidence["extensions"][EVIDENCE_EXTENSION_ID]["extension_type"] == "new-sdo"
    assert by_type["software"][0]["id"] == evidence["suspect_ref"]
    # no raw identifier, prompt or individual address leaves in the bundle
    text = json.dumps(bundle)
    _, events, accounts, _ = lab_a_data()
    for secret in [a["email"] for a in accounts] + [e["prompt"] for e in events] + [
        "pf_live_9f8e7d6c", "distill-harvester", "203.0.113.10", "harvestbot@gmail.com"
    ]:
        assert secret not in text


def test_match_finds_aliases_templates_ranges_and_not_innocents():
    bundle = _bundle()
    accounts_b, events_b = lab_b_data()
    alerts = match_bundle(bundle, RING, accounts_b, events_b)
    kinds = {(a.account_id, a.kind) for a in alerts}
    assert ("b-alias", "email") in kinds
    assert ("b-template", "prompt_template") in kinds and ("b-template", "ip_range") in kinds
    assert not any(a.account_id == "b-clean" for a in alerts)
    template = next(a for a in alerts if a.kind == "prompt_template")
    assert template.similarity >= 0.5 and template.tlp == "amber"
    # ASN indicators match events that carry (or resolve to) the AS number
    asn_alerts = match_bundle(bundle, RING, [], [{"account_id": "b-x", "ip": "192.0.2.1",
                                                  "asn": 64496}])
    assert [(a.account_id, a.kind) for a in asn_alerts] == [("b-x", "asn")]
    looked_up = match_bundle(bundle, RING, [], [{"account_id": "b-y", "ip": "192.0.2.1"}],
                             asn_lookup=lambda ip: 64496)
    assert [a.kind for a in looked_up] == ["asn"]
    # without the coalition key nothing keyed matches (only the clear-text IP range does)
    stranger = Keyring("k-2026", {"k-2026": CoalitionKey("k-2026", b"\x01" * 32)})
    kinds = {a.kind for a in match_bundle(bundle, stranger, accounts_b, events_b)}
    assert kinds == {"ip_range"}
    sightings = sightings_bundle(alerts, "lab-b")
    assert validate_bundle(sightings) == []
    assert sum(o["type"] == "sighting" for o in sightings["objects"]) == len(
        {a.indicator_id for a in alerts})


def test_indicators_made_before_a_rotation_still_match():
    old_bundle = _bundle()
    rotated = rotate_keyring(RING, "k-2027")
    new_bundle = _bundle(ring=rotated)
    accounts_b, events_b = lab_b_data()
    for bundle in (old_bundle, new_bundle):
        alerts = match_bundle(bundle, rotated, accounts_b, events_b)
        assert {"b-alias", "b-template"} <= {a.account_id for a in alerts}
    key_ids = {o["extensions"][INDICATOR_EXTENSION_ID]["key_id"]
               for o in new_bundle["objects"] if o.get("extensions", {}).get(INDICATOR_EXTENSION_ID)}
    assert key_ids == {"k-2027"}


def test_cli_export_import_match_and_errors(tmp_path, isolated_home):
    flags, events, accounts, audit = lab_a_data()
    (tmp_path / "flags.json").write_text(json.dumps(flags))
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(e) for e in events))
    (tmp_path / "accounts.json").write_text(json.dumps(accounts))
    (tmp_path / "report.json").write_text(json.dumps(audit))
    accounts_b, events_b = lab_b_data()
    (tmp_path / "b_accounts.json").write_text(json.dumps(accounts_b))
    (tmp_path / "b_events.jsonl").write_text("\n".join(json.dumps(e) for e in events_b))
    ring = tmp_path / "ring.json"
    script = f"""
import json, sys
from distillguard.cli import app
from typer.testing import CliRunner
r = CliRunner()
out = []
for args in {[
        ["intel", "key", "new", "--keyring", str(ring), "--key-id", "k1"],
        ["intel", "export", "--flags", str(tmp_path / "flags.json"), "--events",
         str(tmp_path / "events.jsonl"), "--accounts", str(tmp_path / "accounts.json"),
         "--audit", str(tmp_path / "report.json"), "--keyring", str(ring), "--lab", "lab-a",
         "--out", str(tmp_path / "bundle.json")],
        ["intel", "import", str(tmp_path / "bundle.json")],
        ["intel", "match", "--keyring", str(ring), "--accounts", str(tmp_path / "b_accounts.json"),
         "--events", str(tmp_path / "b_events.jsonl"), "--out", str(tmp_path / "alerts.json"),
         "--sightings", str(tmp_path / "sightings.json"), "--lab", "lab-b"],
        ["intel", "collections", "add", "shared", "--alias", "shared"],
        ["intel", "members", "add", "lab-b", "--collection", "shared"],
        ["intel", "members", "list"],
        ["intel", "collections", "list"],
    ]!r}:
    res = r.invoke(app, args, catch_exceptions=False)
    out.append((res.exit_code, res.stdout))
print(json.dumps(out))
"""
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "DISTILLGUARD_HOME": str(isolated_home)}, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    results = json.loads(res.stdout.strip().splitlines()[-1])
    assert [code for code, _ in results] == [0] * len(results), results
    assert ring.stat().st_mode & 0o777 == 0o600
    export = json.loads(results[1][1])
    assert export["indicators"] >= 6
    assert json.loads(results[2][1])["stored"] == export["objects"]
    alerts = json.loads((tmp_path / "alerts.json").read_text())
    assert {a["account_id"] for a in alerts["alerts"]} == {"b-alias", "b-template"}
    assert validate_bundle(json.loads((tmp_path / "sightings.json").read_text())) == []
    member = json.loads(results[5][1])
    assert member["token"].startswith("dgti_")
    assert "token" not in results[6][1] and member["token"] not in results[6][1]
    collections = json.loads(results[7][1])
    assert {c["alias"]: c["objects"] for c in collections}["inbox"] == export["objects"]


ERROR_CASES = [
    (["intel", "export", "--flags", "missing.json", "--out", "x.json"], "not found"),
    (["intel", "import", "missing.json"], "not found"),
    (["intel", "match", "--keyring", "nope.json"], "keyring not found"),
    (["intel", "members", "grant", "ghost", "nowhere"], "no member"),
    (["intel", "sync", "--url", "http://127.0.0.1:9/taxii2/", "--collection", "x"], "token"),
    (["intel", "export", "--flags", "f.json", "--out", "x.json", "--tlp", "purple"], "TLP"),
    (["intel", "match", "--similarity", "2"], "similarity"),
]


def test_cli_errors_are_one_line(tmp_path):
    """Each bad invocation goes through `main()`: exit 1 and one line on stderr."""
    (tmp_path / "f.json").write_text(json.dumps({"clusters": []}))
    script = f"""
import contextlib, io, json, sys
from distillguard.cli import main
out = []
for args in {[a for a, _ in ERROR_CASES]!r}:
    err = io.StringIO()
    sys.argv = ["distillguard", *args]
    code = 0
    with contextlib.redirect_stderr(err):
        try:
            main()
        except SystemExit as exc:
            code = exc.code
    out.append([code, err.getvalue()])
print(json.dumps(out))
"""
    (tmp_path / "ring.json").write_text("")
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, env={**os.environ, "DISTILLGUARD_HOME": str(tmp_path / "h")},
                         timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    results = json.loads(res.stdout.strip().splitlines()[-1])
    for (args, message), (code, stderr) in zip(ERROR_CASES, results, strict=True):
        assert code == 1, (args, stderr)
        assert message in stderr and "Traceback" not in stderr, (args, stderr)
        assert len(stderr.strip().splitlines()) == 1, (args, stderr)


def test_cli_help_lists_commands():
    res = subprocess.run(CLI + ["intel", "--help"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "sync" in res.stdout and "members" in res.stdout


def test_gateway_accounts_are_matched_from_the_database(tmp_path):
    """Accounts in the gateway's table (optional email / payment columns) match too."""
    from distillguard.gateway.models import Account
    from distillguard.intel.local_data import gateway_accounts
    from distillguard.store.db import Database

    db = Database(f"sqlite:///{tmp_path / 'gw.db'}")
    db.migrate()
    with db.session() as s:
        s.add(Account(id="gw-1", email="HARVESTBOT@gmail.com"))
        s.add(Account(id="gw-2", payment_fingerprint="pf_live_9f8e7d6c"))
        s.add(Account(id="gw-3"))
    accounts = gateway_accounts(db)
    assert {a["account_id"] for a in accounts} == {"gw-1", "gw-2", "gw-3"}
    alerts = match_bundle(_bundle(), RING, accounts, [])
    assert {(a.account_id, a.kind) for a in alerts} == {
        ("gw-1", "email"), ("gw-2", "payment_fingerprint")}


def test_pattern_validation_cache_keeps_semantic_checks():
    """Patterns are validated once per shape, but hash literals are still checked in full."""
    from distillguard.intel.validation import StixRejection, validate_objects
    from test_intel_support import indicator

    good = indicator(None, 1)
    bad_hash = dict(indicator(None, 2), pattern="[file:hashes.MD5 = 'not-a-md5']")
    ok_hash = dict(indicator(None, 3), pattern="[file:hashes.MD5 = '0cc175b9c0f1b6a831c399e269772661']")
    broken = dict(indicator(None, 4), pattern="[ipv4-addr:value ISSUBSET '10.0.0.0/8'")
    assert len(validate_objects({"objects": [good, ok_hash]})) == 2
    for obj in (bad_hash, broken):
        with pytest.raises(StixRejection):
            validate_objects({"objects": [good, obj]})


def test_export_shares_only_flagged_clusters_and_distinctive_identifiers():
    """Benign clusters (an office NAT) are not shared, and identifiers this lab also sees from
    accounts outside the shared clusters (a common user agent, a shared range) are left out:
    they are not distinctive and would make partners match their ordinary customers."""
    from distillguard.intel.privacy import keyed_digest

    flags, events, accounts, _ = lab_a_data()
    campaign_members = {a for c in flags["clusters"] for a in c["accounts"]}
    common_ua = next(e["user_agent"] for e in events
                     if e.get("user_agent") and e["account_id"] in campaign_members)
    office = [f"office-{i}" for i in range(3)]
    flags = {
        "accounts": flags["accounts"] + [
            {"account_id": a, "risk": 0.01, "flagged": False, "reasons": [], "cluster_id": "NAT"}
            for a in office],
        "clusters": flags["clusters"] + [
            {"cluster_id": "NAT", "accounts": office, "reasons": ["shared IP /24"]}],
    }
    benign_events = [{"ts": 1_770_000_000 + i, "account_id": a, "ip": "198.51.100.7",
                      "user_agent": common_ua, "prompt": "what's for lunch?"}
                     for i, a in enumerate(office)]
    bundle = export_clusters(flags, events + benign_events, accounts, RING, "lab-a")
    names = " ".join(o.get("name", "") for o in bundle["objects"])
    assert "cluster NAT" not in names and "cluster c1" in names
    campaigns = [o for o in bundle["objects"] if o["type"] == "campaign"]
    assert len(campaigns) == len(flags["clusters"]) - 1
    patterns = " ".join(o.get("pattern", "") for o in bundle["objects"] if o["type"] == "indicator")
    assert keyed_digest(KEY, "user_agent", common_ua) not in patterns
    assert "198.51.100.0/24" not in patterns
    assert validate_bundle(bundle) == []
