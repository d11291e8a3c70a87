"""Blind batch 6 builds correctly: the simulator's exact schema, time order, complete truth,
determinism per seed. This checks the batch, not the monitor (which must never be tuned on it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.compute as pc
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is a repo folder, not installed
from bench.monitor_blind6 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

SMALL = 120


@pytest.fixture(scope="module")
def batch():
    return make_blind_batch(3, benign_accounts=SMALL)


def test_schema_equals_simulate_and_sorted(batch):
    table, truth = batch
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=SMALL, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows == truth["events"] > bg.num_rows
    ts = table["ts"].to_numpy()
    assert (ts[1:] >= ts[:-1]).all()
    assert ts.min() >= bg["ts"].to_numpy().min() and ts.max() <= bg["ts"].to_numpy().max()
    assert pc.min(table["prompt_tokens"]).as_py() >= 1
    assert pc.min(table["completion_tokens"]).as_py() >= 1


def test_truth_covers_every_account_and_campaign(batch):
    table, truth = batch
    seen = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    assert seen <= set(truth["accounts"])
    assert {v["label"] for v in truth["accounts"].values()} == {"benign", "campaign"}
    assert len(truth["families"]) >= 5 and len(truth["benign_kinds"]) >= 3
    assert sorted(truth["families"]) == sorted(CAMPAIGN_FAMILIES)
    assert sorted(truth["benign_kinds"]) == sorted(BENIGN_KINDS)
    assert {c["family"] for c in truth["campaigns"]} == set(CAMPAIGN_FAMILIES)
    in_campaigns = {a for c in truth["campaigns"] for a in c["accounts"]}
    labelled = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    assert in_campaigns == labelled
    for c in truth["campaigns"]:
        assert c["params"]
        assert all(truth["accounts"][a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])
        assert all(truth["accounts"][a]["family"] == c["family"] for a in c["accounts"])
    kinds_with_events = {truth["accounts"][a]["family"] for a in seen}
    assert set(BENIGN_KINDS) | set(CAMPAIGN_FAMILIES) <= kinds_with_events


def test_deterministic_per_seed(batch):
    table, truth = batch
    again, truth2 = make_blind_batch(3, benign_accounts=SMALL)
    assert again.equals(table) and truth2 == truth
    other, truth3 = make_blind_batch(4, benign_accounts=SMALL)
    assert set(truth3["accounts"]) != set(truth["accounts"])
    assert not other.equals(table)
