"""Blind batch 12 builds correctly: the simulator's schema, time order, full truth, determinism
per seed and its declared families/kinds. (It says nothing about the monitor's quality.)"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

# `bench/` is a directory of scripts, not an installed package: import it from the checkout.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.monitor_blind12 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

N_BG = 150


@pytest.fixture(scope="module")
def batch():
    return make_blind_batch(3, benign_accounts=N_BG)


def test_schema_equals_simulator(batch):
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate

    table, _ = batch
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=N_BG, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows
    for name in ("account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt"):
        assert table[name].null_count == 0
    assert (table["completion_tokens"].to_numpy() >= 1).all()
    assert (table["prompt_tokens"].to_numpy() >= 1).all()


def test_sorted_by_time_within_background_window(batch):
    table, truth = batch
    ts = table["ts"].to_numpy()
    assert (np.diff(ts) >= 0).all()
    assert truth["events"] == table.num_rows


def test_truth_covers_every_account_and_campaign(batch):
    table, truth = batch
    seen = set(table["account_id"].combine_chunks().dictionary_decode().to_pylist())
    assert seen <= set(truth["accounts"])
    labels = {v["label"] for v in truth["accounts"].values()}
    assert labels == {"benign", "campaign"}
    fams = {c["family"] for c in truth["campaigns"]}
    assert fams == set(CAMPAIGN_FAMILIES) == set(truth["families"])
    assert set(truth["benign_kinds"]) == set(BENIGN_KINDS)
    kinds_seen = {v["family"] for v in truth["accounts"].values() if v["label"] == "benign"}
    assert set(BENIGN_KINDS) <= kinds_seen
    in_campaigns = {a for c in truth["campaigns"] for a in c["accounts"]}
    campaign_accts = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    assert in_campaigns == campaign_accts
    for c in truth["campaigns"]:
        assert c["params"] and c["accounts"]
        for a in c["accounts"]:
            assert truth["accounts"][a]["campaign_id"] == c["campaign_id"]
            assert truth["accounts"][a]["family"] == c["family"]
    json.dumps(truth)  # params are plain JSON values


def test_at_least_five_families_three_kinds():
    assert len(CAMPAIGN_FAMILIES) >= 5
    assert len(BENIGN_KINDS) >= 3


def test_deterministic_per_seed(batch):
    table, truth = batch
    again, truth2 = make_blind_batch(3, benign_accounts=N_BG)
    assert again.equals(table)
    assert truth2 == truth
    other, truth3 = make_blind_batch(4, benign_accounts=N_BG)
    assert [c["params"] for c in truth3["campaigns"]] != [c["params"] for c in truth["campaigns"]]
    assert not other.equals(table)
