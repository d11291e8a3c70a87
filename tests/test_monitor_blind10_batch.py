"""Blind batch 10 builds a valid evaluation table: the simulator's exact schema, time-sorted, with
truth for every account, at least five campaign families and three benign kinds, deterministic per
seed. It checks the build only; the monitor is never run here."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

# `bench/` is a directory of scripts at the repository root, not an installed package
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.monitor_blind10 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

BG = 150


@pytest.fixture(scope="module")
def built():
    return make_blind_batch(0, benign_accounts=BG)


def _accounts(table) -> list[str]:
    return table["account_id"].combine_chunks().dictionary_decode().to_pylist()


def test_schema_equals_simulator(built):
    table, _ = built
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows


def test_sorted_and_inside_background_window(built):
    table, _ = built
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    bts = bg["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()


def test_truth_covers_every_account_and_counts(built):
    table, truth = built
    seen = set(_accounts(table))
    assert seen <= set(truth["accounts"])
    assert truth["events"] == table.num_rows
    assert set(truth) >= {"accounts", "campaigns", "families", "benign_kinds", "events", "model_release"}
    for info in truth["accounts"].values():
        assert info["label"] in ("benign", "campaign")
        assert (info["campaign_id"] is None) == (info["label"] == "benign")


def test_families_and_kinds_present_with_events(built):
    table, truth = built
    assert len(CAMPAIGN_FAMILIES) >= 5 and len(BENIGN_KINDS) >= 3
    assert truth["families"] == sorted(CAMPAIGN_FAMILIES)
    assert truth["benign_kinds"] == sorted(BENIGN_KINDS)
    per_family = collections.Counter(truth["accounts"][a]["family"] for a in _accounts(table))
    for name in [*CAMPAIGN_FAMILIES, *BENIGN_KINDS]:
        assert per_family[name] > 0, name
    assert {c["family"] for c in truth["campaigns"]} == set(CAMPAIGN_FAMILIES)
    for camp in truth["campaigns"]:
        assert camp["params"] and camp["accounts"]
        for acct in camp["accounts"]:
            assert truth["accounts"][acct]["campaign_id"] == camp["campaign_id"]
    n_campaign = sum(1 for v in truth["accounts"].values() if v["label"] == "campaign")
    assert 80 <= n_campaign <= 300


def test_deterministic_per_seed(built):
    table, truth = built
    again, truth2 = make_blind_batch(0, benign_accounts=BG)
    assert again.equals(table)
    assert truth2 == truth
    other, truth3 = make_blind_batch(1, benign_accounts=BG)
    assert not other.equals(table)
    assert [c["params"] for c in truth3["campaigns"]] != [c["params"] for c in truth["campaigns"]]
