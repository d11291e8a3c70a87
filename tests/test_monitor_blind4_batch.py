"""The fourth blind batch builds, matches the simulator's schema and labels everything.

Builds seed 0 once (module fixture); never runs the monitor on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

# `bench` is a top-level folder of the repository, not an installed package
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.monitor_blind4 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402


@pytest.fixture(scope="module")
def batch():
    table, truth = make_blind_batch(0)
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=2000, campaigns=0, campaign_accounts=0))
    return table, truth, bg


def test_schema_equals_background(batch):
    table, _, bg = batch
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows


def test_times_sorted_and_inside_background_range(batch):
    table, _, bg = batch
    ts = table["ts"].to_numpy()
    bg_ts = bg["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    assert ts.min() >= bg_ts.min() and ts.max() <= bg_ts.max()


def test_every_account_labelled_and_every_family_and_kind_present(batch):
    table, truth, _ = batch
    assert truth["events"] == table.num_rows
    accounts = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    missing = accounts - set(truth["accounts"])
    assert not missing
    seen = {truth["accounts"][a]["family"] for a in accounts}
    assert set(CAMPAIGN_FAMILIES) <= seen
    assert set(BENIGN_KINDS) <= seen
    assert sorted(truth["families"]) == sorted(CAMPAIGN_FAMILIES)
    assert sorted(truth["benign_kinds"]) == sorted(BENIGN_KINDS)
    assert len(CAMPAIGN_FAMILIES) >= 6 and len(BENIGN_KINDS) >= 4


def test_truth_is_consistent_and_campaign_share_in_range(batch):
    _, truth, _ = batch
    labels = {v["label"] for v in truth["accounts"].values()}
    assert labels == {"benign", "campaign"}
    assert {c["family"] for c in truth["campaigns"]} == set(CAMPAIGN_FAMILIES)
    for c in truth["campaigns"]:
        for a in c["accounts"]:
            entry = truth["accounts"][a]
            assert entry["label"] == "campaign"
            assert entry["campaign_id"] == c["campaign_id"] and entry["family"] == c["family"]
    n_campaign = sum(v["label"] == "campaign" for v in truth["accounts"].values())
    assert 0.03 <= n_campaign / len(truth["accounts"]) <= 0.10
