"""Campaign families and benign kinds: coverage, reproducibility, truth fields, pacing and IP
shapes, config errors and the plug-in interface."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.sim.benign import BENIGN_KINDS
from distillguard.sim.families import (
    CAMPAIGN_FAMILIES,
    FamilySpec,
    register_family,
    unregister_family,
)
from distillguard.sim.simulate import simulate

ALL = {"benign_accounts": 400, "campaigns": 12, "campaign_accounts": 240, "seed": 3}
BUILTIN_FAMILIES = [
    "cot_coercion", "reward_grading", "censorship_rewrite", "agent_transcripts",
    "instruction_synthesis", "translation_harvest", "code_completion", "dataset_replay",
    "preference_pairs", "doc_summarisation", "persona_roleplay", "math_olympiad",
]


@pytest.fixture(scope="module")
def everything():
    return simulate(ALL)


def _events_by_account(table) -> dict[str, dict[str, np.ndarray]]:
    acc = np.array(table.column("account_id").to_pylist())
    ts = table.column("ts").to_numpy()
    ip = np.array(table.column("ip").to_pylist())
    out = {}
    order = np.argsort(acc, kind="stable")
    acc, ts, ip = acc[order], ts[order], ip[order]
    bounds = np.flatnonzero(np.r_[True, acc[1:] != acc[:-1], True])
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        out[str(acc[a])] = {"ts": ts[a:b], "ip": ip[a:b]}
    return out


def test_every_family_and_benign_kind_appears(everything):
    _, truth = everything
    assert len(CAMPAIGN_FAMILIES) >= 12 and len(BENIGN_KINDS) >= 8
    assert sorted(truth["families"]) == sorted(BUILTIN_FAMILIES)
    assert sorted(c["family"] for c in truth["campaigns"]) == sorted(BUILTIN_FAMILIES)
    benign_families = {v["family"] for v in truth["accounts"].values() if v["label"] == "benign"}
    assert benign_families == set(BENIGN_KINDS)


def test_truth_fields_per_family(everything):
    table, truth = everything
    labels = Counter(v["label"] for v in truth["accounts"].values())
    assert labels == {"benign": 400, "campaign": 240}
    for c in truth["campaigns"]:
        p = c["params"]
        for key in ("operation", "accounts", "pacing", "ip_source", "payment", "user_agent",
                    "cohort", "pivot", "languages", "styles", "volume_scale"):
            assert key in p, (c["family"], key)
        assert p["accounts"] == len(c["accounts"])
        assert (c["pivot_ts"] is None) == (not p["pivot"])
        for a in c["accounts"]:
            rec = truth["accounts"][a]
            assert rec["family"] == c["family"] and rec["campaign_id"] == c["campaign_id"]
    assert set(table.column("account_id").to_pylist()) == set(truth["accounts"])


def test_seeds_reproduce_with_families():
    cfg = {"benign_accounts": 60, "campaigns": 3, "campaign_accounts": 30, "seed": 5,
           "families": ["reward_grading", "dataset_replay", "math_olympiad"]}
    a, ta = simulate(cfg)
    b, tb = simulate(cfg)
    assert a.equals(b) and ta == tb
    c, _ = simulate({**cfg, "seed": 6})
    assert not a.equals(c)
    assert sorted(ta["families"]) == sorted(cfg["families"])


def test_unknown_family_and_kind_are_clear_errors():
    with pytest.raises(DistillguardError, match="cot_coercion"):
        simulate({"campaigns": 1, "campaign_accounts": 4, "families": ["no_such_family"]})
    with pytest.raises(DistillguardError, match="support_bot"):
        simulate({"benign_kinds": {"no_such_kind": 0.1}})


def test_poisson_pools_are_not_evenly_spaced():
    _, truth = table_truth = simulate(
        {"benign_accounts": 0, "campaigns": 12, "campaign_accounts": 600, "seed": 11,
         "families": ["reward_grading", "code_completion"]}
    )
    by = _events_by_account(table_truth[0])
    cvs = []
    for c in truth["campaigns"]:
        if c["params"]["pacing"] != "poisson":
            continue
        for a in c["accounts"]:
            if truth["accounts"][a]["role"] in ("worker", "operator") and len(by[a]["ts"]) > 60:
                gaps = np.diff(by[a]["ts"])
                cvs.append(gaps.std() / gaps.mean())
    assert len(cvs) >= 10
    assert 0.8 < float(np.median(cvs)) < 1.2


def test_residential_proxies_spread_over_many_subnets():
    table, truth = simulate(
        {"benign_accounts": 0, "campaigns": 12, "campaign_accounts": 600, "seed": 2,
         "families": ["dataset_replay", "censorship_rewrite"]}
    )
    by = _events_by_account(table)
    checked = 0
    for c in truth["campaigns"]:
        if c["params"]["ip_source"] != "residential":
            continue
        ips = np.concatenate([by[a]["ip"] for a in c["accounts"]
                              if truth["accounts"][a]["role"] != "reseller" and a in by])
        if len(ips) < 200:
            continue
        per_ip = Counter(ips.tolist())
        subnets = {ip.rsplit(".", 1)[0] for ip in per_ip}
        assert len(subnets) > 0.5 * len(per_ip)  # hardly two proxies in one /24
        assert np.mean(list(per_ip.values())) < 4.0  # one or few requests per IP
        checked += 1
    assert checked >= 1


def test_ip_sources_are_real_asn_ranges(everything):
    from geoip2fast import GeoIP2Fast

    from distillguard.sim.ipspace import CLOUD_ASNS, CONSUMER_ISPS

    geo = GeoIP2Fast(geoip2fast_data_file="geoip2fast-asn-ipv6.dat.gz")  # same file as policy/geo
    cloud = {n for v in CLOUD_ASNS.values() for n in v}
    consumer = {n for v in CONSUMER_ISPS.values() for n in v}
    table, truth = everything
    by = _events_by_account(table)
    users = [a for a, v in truth["accounts"].items() if v["role"] == "user"][:100]
    names = [geo.lookup(str(by[a]["ip"][0])).asn_name for a in users]
    assert sum(n in consumer for n in names) >= 95
    bots = [a for a, v in truth["accounts"].items() if v["role"] == "support_bot"]
    assert all(geo.lookup(str(by[a]["ip"][0])).asn_name in cloud for a in bots)


def test_plugin_family_appears_in_output():
    def prompts(rng, params, pools):
        class Gen:
            def make(self, n):
                return [f"Summarise contract clause {int(i)} in plain English." for i in rng.integers(0, 10**6, n)]
        params["clause_corpus"] = "test"
        return Gen()

    register_family("contract_clauses", FamilySpec("test family", prompts=prompts,
                                                   operations={"hydra": 1.0}, ip_sources={"residential": 1.0}))
    try:
        with pytest.raises(DistillguardError):
            register_family("contract_clauses", FamilySpec("again", prompts=prompts))
        table, truth = simulate({"benign_accounts": 20, "campaigns": 2, "campaign_accounts": 10, "seed": 1,
                                 "families": ["contract_clauses", "math_olympiad"]})
        assert "contract_clauses" in truth["families"]
        entry = next(c for c in truth["campaigns"] if c["family"] == "contract_clauses")
        assert entry["params"]["clause_corpus"] == "test"
        texts = defaultdict(list)
        for row in table.select(["account_id", "prompt"]).to_pylist():
            texts[truth["accounts"][row["account_id"]]["family"]].append(row["prompt"])
        assert any(t.startswith("Summarise contract clause") for t in texts["contract_clauses"])
    finally:
        unregister_family("contract_clauses")
    assert "contract_clauses" not in CAMPAIGN_FAMILIES


def test_prompts_are_mostly_unique_and_benign_users_use_the_sim_half(everything):
    from distillguard.data.sharegpt import prompts

    table, truth = everything
    sim_half = set(prompts(part="sim"))
    by_family = defaultdict(list)
    for row in table.select(["account_id", "prompt"]).to_pylist():
        rec = truth["accounts"][row["account_id"]]
        by_family[(rec["label"], rec["family"], rec["role"])].append(row["prompt"])
    users = by_family[("benign", "ordinary_user", "user")]
    assert users and set(users) <= sim_half  # (a few texts occur in both halves as duplicates)
    for (label, family, role), texts in by_family.items():
        if label == "campaign" and role in ("worker", "operator") and len(texts) > 300 and family != "dataset_replay":
            assert len(set(texts)) / len(texts) > 0.3, family


def test_cli_families_option_and_listing(tmp_path):
    import json
    import subprocess
    import sys

    base = [sys.executable, "-m", "distillguard.cli", "sim"]
    listing = subprocess.run([*base, "families"], capture_output=True, text=True, check=True).stdout
    assert all(name in listing for name in [*BUILTIN_FAMILIES, *BENIGN_KINDS])
    run = [*base, "run", "--out", str(tmp_path / "e.parquet"), "--truth", str(tmp_path / "t.json"),
           "--benign-accounts", "20", "--campaigns", "2", "--campaign-accounts", "8"]
    proc = subprocess.run([*run, "--families", "reward_grading,code_completion"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sorted(json.loads(proc.stdout)["families"]) == ["code_completion", "reward_grading"]
    bad = subprocess.run([*run, "--families", "nope"], capture_output=True, text=True)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "valid" in bad.stderr
