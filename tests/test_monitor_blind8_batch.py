"""Blind batch 8 builds correctly: the simulator's exact schema, time order, complete truth,
per-seed determinism and its stated size. It checks the batch, never the monitor."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

# `bench/` is not an installed package: import it from the repository root
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.monitor_blind8 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

SMALL = 150


@pytest.fixture(scope="module")
def batch():
    return make_blind_batch(0, benign_accounts=SMALL)


def test_blind8_schema_matches_simulate_and_rows_sorted(batch):
    table, truth = batch
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=SMALL, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    assert ts.min() >= bg["ts"].to_numpy().min() and ts.max() <= bg["ts"].to_numpy().max()
    assert truth["events"] == table.num_rows > bg.num_rows
    assert set(table["status"].to_numpy().tolist()) <= {200, 429}
    assert table["completion_tokens"].to_numpy().min() >= 1
    assert table["prompt_tokens"].to_numpy().min() >= 1


def test_blind8_truth_covers_every_account_and_campaign(batch):
    table, truth = batch
    accounts = truth["accounts"]
    seen = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    assert seen <= set(accounts)
    assert all(v["label"] in {"benign", "campaign"} for v in accounts.values())
    camp = {a for a, v in accounts.items() if v["label"] == "campaign"}
    listed = [a for c in truth["campaigns"] for a in c["accounts"]]
    assert len(listed) == len(set(listed)) and set(listed) == camp
    for c in truth["campaigns"]:
        assert c["params"] and c["family"] in CAMPAIGN_FAMILIES
        assert all(accounts[a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])
    assert truth["families"] == sorted(CAMPAIGN_FAMILIES)
    assert truth["benign_kinds"] == sorted(BENIGN_KINDS)
    families = {v["family"] for a, v in accounts.items() if a in seen and v["label"] == "campaign"}
    kinds = {v["family"] for a, v in accounts.items() if a in seen and v["family"] in BENIGN_KINDS}
    assert len(families) >= 5 and families == set(CAMPAIGN_FAMILIES)
    assert len(kinds) >= 3 and kinds == set(BENIGN_KINDS)


def test_blind8_deterministic_per_seed_and_varies_across_seeds(batch):
    table, truth = batch
    again, truth2 = make_blind_batch(0, benign_accounts=SMALL)
    assert again.equals(table) and truth2 == truth
    other, truth3 = make_blind_batch(1, benign_accounts=SMALL)
    assert [c["params"] for c in truth3["campaigns"]] != [c["params"] for c in truth["campaigns"]]
    assert not other.equals(table)


def test_blind8_campaign_size_in_stated_range(batch):
    _, truth = batch
    n = sum(1 for v in truth["accounts"].values() if v["label"] == "campaign")
    assert 80 <= n <= 300
