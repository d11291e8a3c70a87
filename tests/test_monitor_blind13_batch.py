"""Blind batch 13 builds correctly: the simulator's exact schema, time order, complete and
consistent truth, determinism per seed, and the promised breadth of families and kinds.
(This checks the batch, not the monitor.)"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not an installed package

from bench.monitor_blind13 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

SMALL = 150


@pytest.fixture(scope="module")
def built():
    return make_blind_batch(3, benign_accounts=SMALL)


def _col(table, name):
    return table[name].combine_chunks().dictionary_decode().to_pylist()


def test_schema_equals_simulate(built):
    table, _ = built
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=SMALL, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows


def test_sorted_by_time_and_inside_window(built):
    table, _ = built
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=SMALL, campaigns=0, campaign_accounts=0))
    bts = bg["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()


def test_truth_covers_every_account_and_is_consistent(built):
    table, truth = built
    accounts = truth["accounts"]
    assert set(_col(table, "account_id")) <= set(accounts)
    assert truth["events"] == table.num_rows
    assert truth["families"] == sorted(CAMPAIGN_FAMILIES)
    assert truth["benign_kinds"] == sorted(BENIGN_KINDS)
    in_campaigns = {}
    for camp in truth["campaigns"]:
        assert camp["family"] in CAMPAIGN_FAMILIES and camp["accounts"] and camp["params"]
        for a in camp["accounts"]:
            in_campaigns[a] = camp["campaign_id"]
    for acct, info in accounts.items():
        assert info["label"] in ("benign", "campaign")
        if info["label"] == "campaign":
            assert info["family"] in CAMPAIGN_FAMILIES
            assert in_campaigns.get(acct) == info["campaign_id"]
        else:
            assert acct not in in_campaigns and info["campaign_id"] is None
    json.dumps(truth)  # the truth is written next to results as JSON


def test_every_family_and_kind_has_events(built):
    table, truth = built
    fam_of = {a: v["family"] for a, v in truth["accounts"].items()}
    seen = {fam_of[a] for a in _col(table, "account_id")}
    assert len(CAMPAIGN_FAMILIES) >= 5 and len(BENIGN_KINDS) >= 3
    assert set(CAMPAIGN_FAMILIES) <= seen
    assert set(BENIGN_KINDS) <= seen
    assert not set(CAMPAIGN_FAMILIES) & set(BENIGN_KINDS)


def test_deterministic_per_seed(built):
    table, truth = built
    again, truth2 = make_blind_batch(3, benign_accounts=SMALL)
    assert again.equals(table)
    assert truth2 == truth
    other, _ = make_blind_batch(4, benign_accounts=SMALL)
    assert not other.equals(table)


def test_campaign_scale_is_in_range(built):
    _, truth = built
    n_camp = sum(1 for v in truth["accounts"].values() if v["label"] == "campaign")
    assert 80 <= n_camp <= 300
