"""MISP consumers: `intel export --format misp` and `intel feed misp DIR`, converted with
misp-stix from our STIX bundle; the feed parses with pymisp, and STIX → MISP → STIX (misp-stix's
MISPtoSTIX21Parser) keeps every indicator."""

from __future__ import annotations

import copy
import csv
import hashlib
import json
import os
import subprocess
import sys

import pytest
from misp_stix_converter import MISPtoSTIX21Parser
from pymisp import MISPEvent
from stix2patterns.v21.pattern import Pattern

from distillguard.errors import DistillguardError
from distillguard.intel import misp
from distillguard.intel.export import ExportOptions, export_clusters
from distillguard.intel.privacy import CoalitionKey, Keyring
from distillguard.intel.vocab import EVIDENCE_TYPE, KEYED_HASH_PATTERN_TYPE, MINHASH_PATTERN_TYPE
from test_intel_support import lab_a_data

KEY = CoalitionKey("k-2026", bytes(range(32)))
RING = Keyring(KEY.key_id, {KEY.key_id: KEY})


def _bundle(cluster: str = "c1") -> dict:
    flags, events, accounts, audit = lab_a_data()
    for c in flags["clusters"]:
        c["cluster_id"] = cluster
    return export_clusters(flags, events, accounts, RING, "lab-a", ExportOptions(), [audit])


def _indicators(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o["type"] == "indicator"]


def _key(indicator: dict) -> tuple:
    """An indicator's meaning: (pattern type, pattern) for ours, the comparisons for STIX."""
    if indicator.get("pattern_type") in (KEYED_HASH_PATTERN_TYPE, MINHASH_PATTERN_TYPE):
        return indicator["pattern_type"], indicator["pattern"]
    native = misp.native_pattern(indicator["pattern"])
    if native is not None:
        return native
    comparisons = Pattern(indicator["pattern"]).inspect().comparisons
    return "stix", tuple(sorted(
        (obj, tuple(path), op, value.strip("'"))
        for obj, items in comparisons.items() for path, op, value in items))


def _round_trip(event: MISPEvent) -> list[dict]:
    parser = MISPtoSTIX21Parser()
    parser.parse_misp_event(json.loads(event.to_json()))
    return json.loads(parser.bundle.serialize())["objects"]


def test_round_trip_stix_misp_stix_keeps_every_indicator():
    bundle = _bundle()
    original = _indicators(bundle["objects"])
    assert {o["pattern_type"] for o in original} == {
        "stix", KEYED_HASH_PATTERN_TYPE, MINHASH_PATTERN_TYPE}
    conversion = misp.bundle_to_event(bundle)
    assert len(conversion.events) == 1
    back = _indicators(_round_trip(conversion.events[0]))
    assert sorted(map(_key, back)) == sorted(map(_key, original))
    # the feed's per-campaign events round-trip too
    events = misp.bundle_to_events(bundle).events
    assert sorted(_key(i) for e in events for i in _indicators(_round_trip(e))) == sorted(
        map(_key, original))


def test_mapping_of_our_indicators_to_misp():
    """The table in docs/intel.md: what each indicator becomes in MISP."""
    bundle = _bundle()
    event = misp.bundle_to_event(bundle).events[0]
    objects = {o.uuid: o for o in event.objects}
    for ind in _indicators(bundle["objects"]):
        uid = ind["id"].split("--")[1]
        if ind["pattern"].startswith("[autonomous-system"):
            attr = next(a for a in event.attributes if a.uuid == uid)
            assert (attr.type, attr.value, attr.to_ids) == ("AS", "AS64496", True)
            tags = {t.name for t in attr.tags}
        else:
            obj = objects[uid]
            assert obj.name == "stix2-pattern"
            values = {a.object_relation: a.value for a in obj.attributes}
            if ind["pattern_type"] == "stix":
                assert values["stix2-pattern"] == ind["pattern"]
            else:
                assert misp.native_pattern(values["stix2-pattern"]) == (
                    ind["pattern_type"], ind["pattern"])
                observable = misp.OBSERVABLE_TYPES[ind["pattern_type"]]
                kind = ind["pattern"].split(":")[0]
                assert values["stix2-pattern"].startswith(f"[{observable}:kind = '{kind}'")
            tags = {t.name for a in obj.attributes for t in a.tags}
        assert 'misp:confidence-level="usually-confident"' in tags  # confidence 95
    assert "tlp:amber" in {t.name for t in event.tags}
    assert event.Orgc.name == "lab-a"
    galaxies = {g.type for g in event.galaxies} | {
        g.type for a in event.attributes for g in a.galaxies}
    assert {"stix-2.1-attack-pattern", "stix-2.1-intrusion-set",
            "stix-2.1-threat-actor"} <= galaxies


def test_unmapped_objects_are_named_and_the_rest_exported():
    bundle = _bundle()
    evidence = next(o for o in bundle["objects"] if o["type"] == EVIDENCE_TYPE)
    extra = {"type": "x-acme-thing", "spec_version": "2.1", "id": "x-acme-thing--"
             "0b5a2f8a-0d1b-4a43-9c1e-3c8bd2d6c6a1", "created": "2026-01-01T00:00:00Z",
             "modified": "2026-01-01T00:00:00Z"}
    conversion = misp.bundle_to_event({**bundle, "objects": bundle["objects"] + [extra]})
    line = conversion.warning()
    assert line and "\n" not in line and line.startswith("warning: misp-stix cannot map")
    assert evidence["id"] in line and extra["id"] in line
    assert "relationship to an unmapped object" in line  # evidence related-to campaign
    event = conversion.events[0]
    assert len(event.objects) + len(event.attributes) == len(_indicators(bundle["objects"])) + 1
    assert misp.bundle_to_event({"type": "bundle", "objects": [
        o for o in bundle["objects"] if o["type"] != EVIDENCE_TYPE]}).warning() is None
    with pytest.raises(DistillguardError):
        misp.bundle_to_event({"type": "bundle", "objects": [{"no": "type"}]})
    with pytest.raises(DistillguardError):
        misp.bundle_to_event("not a bundle")


@pytest.mark.parametrize("mutate", [
    lambda objs: objs[-1].__setitem__("created_by_ref", ["not", "a", "string"]),
    lambda objs: next(o for o in objs if o["type"] == "indicator").__setitem__("pattern", "[[["),
    lambda objs: next(o for o in objs if o["type"] == "indicator").__setitem__("pattern", 12),
    lambda objs: objs.append({"type": "relationship", "id": "relationship--0b5a2f8a-0d1b-4a43-"
                              "9c1e-3c8bd2d6c6a1", "source_ref": ["a"], "target_ref": {"x": 1}}),
    lambda objs: objs.append({"type": "campaign", "id": "campaign--0b5a2f8a-0d1b-4a43-9c1e-"
                              "3c8bd2d6c6a2", "name": "x", "created": "bad", "modified": 7}),
], ids=["author-list", "bad-pattern", "pattern-int", "refs-not-strings", "bad-dates"])
def test_hostile_objects_are_named_or_refused_never_a_crash(mutate):
    bundle = copy.deepcopy(_bundle())
    mutate(bundle["objects"])
    for convert in (misp.bundle_to_event, misp.bundle_to_events):
        try:
            conversion = convert(bundle)
        except DistillguardError as exc:
            assert "\n" not in str(exc)
            continue
        assert conversion.events and conversion.warning()


def test_pattern_forms_are_inverse():
    for key_id in ("k-2026", "it's", "back\\slash", "a' AND x:y = 'z"):
        native = f"email:hmac-sha256:{key_id}:{'ab' * 32}"
        text = misp.stix_pattern(KEYED_HASH_PATTERN_TYPE, native)
        Pattern(text)  # a valid STIX 2.1 pattern
        assert misp.native_pattern(text) == (KEYED_HASH_PATTERN_TYPE, native)
    signature = "prompt_template:k:AAAA+/=="
    assert misp.native_pattern(misp.stix_pattern(MINHASH_PATTERN_TYPE, signature)) == (
        MINHASH_PATTERN_TYPE, signature)
    for other in ("[ipv4-addr:value = '1.2.3.4']", "[x-distillguard-other:kind = 'a']",
                  "[x-distillguard-keyed-hash:kind = 'a']", "junk"):
        assert misp.native_pattern(other) is None


def _feed_files(directory) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in directory.iterdir()
            if p.name not in ("manifest.json", "hashes.csv")}


def _check_feed(directory) -> dict:
    """Parses every event with pymisp; manifest and hashes.csv agree with the events."""
    manifest = json.loads((directory / "manifest.json").read_text())
    events = {}
    for event_uuid, entry in manifest.items():
        event = MISPEvent()
        event.load((directory / f"{event_uuid}.json").read_text())
        assert str(event.uuid) == event_uuid and event.info == entry["info"]
        assert entry["Orgc"]["name"] == "lab-a" and entry["timestamp"]
        events[event_uuid] = event
    assert {p.name for p in directory.glob("*.json")} == {"manifest.json"} | {
        f"{u}.json" for u in manifest}
    rows = list(csv.reader((directory / "hashes.csv").read_text().splitlines()))
    expected = sorted(
        [hashlib.md5(str(a.value).encode()).hexdigest(), u]
        for u, e in events.items()
        for a in list(e.attributes) + [a for o in e.objects for a in o.attributes])
    assert sorted(rows) == expected
    return events


def test_feed_is_written_incrementally(tmp_path):
    first, second = _bundle("c1"), _bundle("c2")
    feed = tmp_path / "feed"
    events = misp.bundle_to_events(first["objects"]).events
    result = misp.write_feed(events, feed)
    assert len(result["written"]) == 1 and result["unchanged"] == []
    parsed = _check_feed(feed)
    (event,) = parsed.values()
    campaign = next(o for o in first["objects"] if o["type"] == "campaign")
    assert event.info == campaign["name"]
    before = _feed_files(feed)

    # the same content again: nothing rewritten
    again = misp.write_feed(misp.bundle_to_events(first["objects"]).events, feed)
    assert again["written"] == [] and len(again["unchanged"]) == 1
    assert _feed_files(feed) == before

    # a second campaign: one new event, the first untouched
    both = misp.bundle_to_events(first["objects"] + second["objects"]).events
    result = misp.write_feed(both, feed)
    assert len(result["written"]) == 1 and len(result["unchanged"]) == 1
    after = _feed_files(feed)
    assert {k: v for k, v in after.items() if k in before} == before
    assert len(_check_feed(feed)) == 2

    # a new version of one indicator of the first campaign: only its event is rewritten
    changed = copy.deepcopy(first["objects"])
    target = next(o for o in changed if o["type"] == "indicator")
    target["modified"] = "2027-01-01T00:00:00.000Z"
    target["name"] = "revised"
    result = misp.write_feed(misp.bundle_to_events(changed + second["objects"]).events, feed)
    assert result["written"] == [str(event.uuid)] and len(result["unchanged"]) == 1
    assert len(_check_feed(feed)) == 2


def test_cli_export_misp_and_feed(tmp_path, isolated_home):
    flags, events, accounts, audit = lab_a_data()
    (tmp_path / "flags.json").write_text(json.dumps(flags))
    (tmp_path / "events.jsonl").write_text("\n".join(json.dumps(e) for e in events))
    (tmp_path / "accounts.json").write_text(json.dumps(accounts))
    (tmp_path / "report.json").write_text(json.dumps(audit))
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "afile").write_text("x")
    ring, feed = tmp_path / "ring.json", tmp_path / "feed"
    export = ["intel", "export", "--flags", str(tmp_path / "flags.json"), "--events",
              str(tmp_path / "events.jsonl"), "--accounts", str(tmp_path / "accounts.json"),
              "--audit", str(tmp_path / "report.json"), "--keyring", str(ring), "--lab", "lab-a"]
    runs = [
        ["intel", "key", "new", "--keyring", str(ring), "--key-id", "k1"],
        export + ["--format", "misp", "--out", str(tmp_path / "event.json"),
                  "--publish", "outbox"],
        ["intel", "feed", "misp", str(feed)],
        ["intel", "feed", "misp", str(feed)],
        export + ["--format", "xml", "--out", str(tmp_path / "x.json")],
        ["intel", "feed", "misp", str(tmp_path / "afile")],
        ["intel", "feed", "misp", str(feed), "--bundle", str(tmp_path / "bad.json")],
        ["intel", "feed", "misp", str(feed), "--collection", "nowhere"],
    ]
    env = {**os.environ, "DISTILLGUARD_HOME": str(isolated_home)}
    results = [subprocess.run([sys.executable, "-m", "distillguard.cli", *args],
                              capture_output=True, text=True, env=env, timeout=180)
               for args in runs[:4]]
    for res in results:
        assert res.returncode == 0, res.stderr[-2000:]
    warning = results[1].stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning: misp-stix cannot map")
    assert EVIDENCE_TYPE in warning[0]
    summary = json.loads(results[1].stdout)
    assert summary["misp"]["unmapped"] == 2 and summary["published"]["stored"]
    event = MISPEvent()
    event.load((tmp_path / "event.json").read_text())
    assert str(event.uuid) == summary["misp"]["event_uuid"]
    assert len(event.objects) + len(event.attributes) == summary["indicators"] + 1
    first, second = json.loads(results[2].stdout), json.loads(results[3].stdout)
    assert first["events"] == 1 and first["written"] == 1
    assert second["written"] == 0 and second["unchanged"] == 1
    assert results[2].stderr.count("\n") == 1 and EVIDENCE_TYPE in results[2].stderr
    _check_feed(feed)

    # bad input: one line, exit 1, no traceback
    for args, needle in zip(runs[4:], ["unknown format", "not a directory", "bad.json",
                                       "no collection"], strict=True):
        res = subprocess.run([sys.executable, "-m", "distillguard.cli", *args],
                             capture_output=True, text=True, env=env, timeout=180)
        assert res.returncode == 1, (args, res.stdout, res.stderr)
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], lines
