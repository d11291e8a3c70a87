"""State carried between daily `monitor scan --since DAY --state DIR` runs (monitor/state.py).

Two consecutive daily runs over a `date=` tree: day 2 reports each account's day-1 risk and
first-flagged day, and marks a fresh day-2 account that sends a day-1 flagged account's
template. The state holds no prompt text; a corrupt or foreign state file is a one-line error;
risks are identical with and without --state.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor.minhash import signatures
from distillguard.monitor.scan import ScanParams, scan_with_state
from distillguard.monitor.state import (
    FORMAT,
    LshState,
    RunTemplates,
    StateDir,
    best_matches,
    carry,
)
from distillguard.sim.simulate import simulate
from helpers import SMALL_MONITOR_SIM, cli, embedding_cache_snapshot

CONFIG = SMALL_MONITOR_SIM
LSH = LshState(num_perm=64, seed=1, threshold=0.4)


def _params() -> ScanParams:
    params = ScanParams()
    params.embed.budget = 0  # cached embeddings only: the test is about the state
    return params


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).date().isoformat()


@pytest.fixture(scope="module")
def daily(tmp_path_factory):
    """Day 1 scanned with a fresh state; day 2 added to the tree (plus a new account replaying
    a day-1 flagged account's prompts) and scanned with --since day 2 by the CLI."""
    table, truth = simulate(CONFIG)
    days = np.array([_day(t) for t in table.column("ts").to_pylist()])
    d1, d2 = sorted(set(days.tolist()))[1:3]  # two full consecutive days
    root = tmp_path_factory.mktemp("daily")
    tree, state_dir = root / "tree", root / "state"
    (tree / f"date={d1}").mkdir(parents=True)
    day1 = table.filter(pa.array(days == d1))
    pq.write_table(day1, tree / f"date={d1}" / "part-0.parquet")
    doc1, body1 = scan_with_state(tree, StateDir(state_dir), params=_params())
    written1 = StateDir(state_dir).write(body1)
    flagged1 = [a["account_id"] for a in doc1["accounts"] if a["flagged"]]
    assert flagged1, "day 1 has flagged accounts to carry"
    # the flagged account with the most shared-template prompts lends them to a new account
    source = max(flagged1, key=lambda a: len(pc.filter(day1, pc.equal(day1["account_id"], a))))
    lent = day1.filter(pc.equal(day1["account_id"], source)).slice(0, 60).to_pylist()
    for row in lent:
        row["account_id"], row["ts"] = "newcomer-1", row["ts"] + 86400.0
        row["payment_fingerprint"], row["org_id"] = "card-newcomer", "org-newcomer"
    (tree / f"date={d2}").mkdir()
    pq.write_table(table.filter(pa.array(days == d2)), tree / f"date={d2}" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(lent, schema=table.schema),
                   tree / f"date={d2}" / "part-1.parquet")
    out = root / "day2.json"
    # both day-2 scans read one frozen copy of the embedding cache: other test workers add to the
    # shared one at any moment (an in-process scan would see whatever other tests cached)
    frozen = embedding_cache_snapshot(root / "cache")
    proc = cli("monitor", "scan", tree, "--since", d2, "--state", state_dir, "--out", out,
               "--embed-budget", "0", "--quiet", check=False, env=frozen)
    assert proc.returncode == 0, proc.stderr[-3000:]
    # the same scan without the state, by the same CLI
    plain_out = root / "day2-plain.json"
    plain = cli("monitor", "scan", tree, "--since", d2, "--out", plain_out, "--embed-budget", "0",
                "--quiet", check=False, env=frozen)
    assert plain.returncode == 0, plain.stderr[-3000:]
    return {"truth": truth, "d1": d1, "d2": d2, "tree": tree, "state": state_dir,
            "doc1": doc1, "doc2": json.loads(out.read_text()), "line": json.loads(proc.stdout),
            "plain": json.loads(plain_out.read_text()),
            "written1": written1, "source": source, "table": table}


def test_day_two_reports_day_one_risk_first_flagged_and_flagged_templates(daily):
    d1, d2 = daily["d1"], daily["d2"]
    one = {a["account_id"]: a for a in daily["doc1"]["accounts"]}
    two = {a["account_id"]: a for a in daily["doc2"]["accounts"]}
    assert all(a["history"]["previous_risk"] is None for a in one.values())  # a fresh state
    carried = [a for a in two if a in one]
    assert len(carried) > 50
    for account in carried:
        h = two[account]["history"]
        assert h["previous_risk"] == one[account]["risk"]
        assert h["previous_flagged"] == one[account]["flagged"] and h["previous_seen"] == d1
        if one[account]["flagged"]:
            assert h["first_flagged"] == d1  # not moved to day 2 by a second flag
        elif two[account]["flagged"]:
            assert h["first_flagged"] == d2
        else:
            assert h["first_flagged"] is None
    assert any(one[a]["flagged"] and two[a]["flagged"] for a in carried)
    newcomer = two["newcomer-1"]["history"]
    assert newcomer["previous_risk"] is None and newcomer["previous_seen"] is None
    match = newcomer["flagged_template_match"]
    assert match is not None and match["first_flagged"] == d1, newcomer
    # the template it matched was sent by accounts flagged on day 1 (a list capped at 20, so the
    # newcomer's source account itself need not be named), at the LSH rule's similarity or above
    assert match["accounts"] and all(one[a]["flagged"] for a in match["accounts"]), match
    assert 0.4 <= match["similarity"] <= 1.0
    labels = daily["truth"]["accounts"]
    benign = [a for a in two if labels.get(a, {}).get("label") == "benign"]
    matched_benign = [a for a in benign if two[a]["history"]["flagged_template_match"]]
    campaign = [a for a in two if labels.get(a, {}).get("label") == "campaign"]
    matched_campaign = [a for a in campaign if two[a]["history"]["flagged_template_match"]]
    assert len(matched_campaign) >= 0.5 * len(campaign), (len(matched_campaign), len(campaign))
    assert len(matched_benign) <= 0.05 * len(benign), matched_benign
    s = daily["doc2"]["summary"]["state"]
    assert (s["as_of"], s["previous"]) == (d2, d1) and s["flagged_templates"] > 0
    assert daily["line"]["previous_state"] == d1
    assert daily["line"]["state"].endswith(f"state-{d2}.json")


def test_state_holds_no_prompt_text_and_is_private(daily):
    raw = daily["written1"].read_bytes()
    assert oct(daily["written1"].stat().st_mode & 0o777) == "0o600"
    text = raw.decode("utf-8")
    assert "prompt" not in text
    prompts = {p for p in daily["table"].column("prompt").to_pylist() if len(p) >= 24}
    leaked = [p for p in prompts if p[:24] in text]
    assert not leaked, leaked[:3]
    body = json.loads(text.split("\n", 1)[1])
    assert set(body) == {"as_of", "written_at", "lsh", "reference", "accounts", "templates"}
    assert body["templates"] and set(body["templates"][0]) == {
        "sig", "first_flagged", "last_flagged", "accounts"}


def test_results_are_identical_without_state(daily):
    plain = daily["plain"]
    doc = json.loads(json.dumps(daily["doc2"]))
    for a in doc["accounts"]:
        assert a.pop("history")
    assert doc["summary"].pop("state")
    for d in (doc, plain):
        d["summary"].pop("seconds")
    assert json.loads(json.dumps(plain)) == doc


def _state_file(tmp_path):
    """A small valid state written through carry() and StateDir.write (no scan)."""
    texts = [f"Solve step by step and show your reasoning: problem {i} about apples" for i in
             range(3)]
    sigs = signatures(texts, 64, seed=1)
    run = RunTemplates(as_of=date(2026, 2, 2), accounts=["a", "a", "b"], sigs=sigs,
                       templated=np.array([True, True, False]), lsh=LSH)
    doc = {"accounts": [{"account_id": "a", "risk": 0.9, "flagged": True},
                        {"account_id": "b", "risk": 0.1, "flagged": False}],
           "summary": {"reference": {"cot": 0.05}}}
    store = StateDir(tmp_path / "state")
    return store, store.write(carry(doc, run, None))


def test_templates_match_by_minhash_and_unrelated_prompts_do_not(tmp_path):
    store, path = _state_file(tmp_path)
    body = store.load(path)
    assert len(body.templates) == 1 and body.templates[0].accounts == ["a"]
    query = signatures(["Solve step by step and show your reasoning: problem 77 about pears",
                        "What is a good name for a golden retriever puppy?"], 64, seed=1)
    stored = np.frombuffer(base64.b64decode(body.templates[0].sig), "<u4")[None, :]
    best, sim = best_matches(query, stored, LSH)
    assert best.tolist() == [0, -1] and sim[0] >= 0.4


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda raw: raw[: len(raw) // 2], "truncated or altered"),
        (lambda raw: raw.replace(b'"risk":0.9', b'"risk":0.1'), "truncated or altered"),
        (lambda raw: b"\x00\xff garbage", "no distillguard state header"),
        (lambda raw: b'{"accounts": {}}\n{}', "no distillguard state header"),
        (lambda raw: raw.replace(FORMAT.encode(), b"someone-elses-state"), "format 'someone-elses"),
        (lambda raw: raw.replace(b'"version":1', b'"version":9'), "version 9"),
    ],
)
def test_corrupt_or_foreign_state_is_a_one_line_error(tmp_path, damage, message):
    store, path = _state_file(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(DistillguardError, match=message) as err:
        StateDir(store.path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)


def test_valid_checksum_over_a_wrong_body_is_named(tmp_path):
    store, path = _state_file(tmp_path)
    body = json.loads(path.read_bytes().split(b"\n", 1)[1])
    body["accounts"]["a"]["risk"] = "high"
    data = json.dumps(body).encode()
    header = {"format": FORMAT, "version": 1, "sha256": hashlib.sha256(data).hexdigest(),
              "bytes": len(data)}
    path.write_bytes(json.dumps(header).encode() + b"\n" + data)
    with pytest.raises(DistillguardError, match=r"accounts\.a\.risk: Input should be a valid"):
        StateDir(store.path)


def test_cli_corrupt_state_fails_before_the_scan_in_one_line(tmp_path):
    store, path = _state_file(tmp_path)
    path.write_bytes(b"not a state")
    events = tmp_path / "events.jsonl"
    events.write_text("{}\n")
    out = tmp_path / "flags.json"
    proc = cli("monitor", "scan", events, "--state", store.path, "--out", out, "--quiet",
               check=False)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "not a valid monitor state file" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()
    (tmp_path / "file").write_text("x")
    proc = cli("monitor", "scan", events, "--state", tmp_path / "file", "--quiet", check=False)
    assert proc.returncode == 1 and "not a directory" in proc.stderr.strip().splitlines()[-1]
