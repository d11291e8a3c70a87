"""Blind batch 7 builds correctly: the simulator's exact schema, time order, complete and
consistent truth, determinism per seed, and every family and kind present with traffic.
(This checks the batch, not the monitor.)"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` lives at the repository root
from bench.monitor_blind7 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

BG = 120


@pytest.fixture(scope="module")
def built():
    return make_blind_batch(3, benign_accounts=BG)


def test_schema_matches_simulator(built):
    table, _ = built
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows
    for name in ("account_id", "ip", "model", "prompt"):
        assert table[name].null_count == 0


def test_sorted_by_time_inside_background_window(built):
    table, _ = built
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    bts = bg["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()


def test_truth_covers_every_account_and_campaign(built):
    table, truth = built
    accounts = set(table["account_id"].combine_chunks().dictionary_decode().to_pylist())
    assert accounts <= set(truth["accounts"])
    assert truth["events"] == table.num_rows
    ids = {c["campaign_id"] for c in truth["campaigns"]}
    for c in truth["campaigns"]:
        assert c["params"] and c["accounts"]
        for a in c["accounts"]:
            v = truth["accounts"][a]
            assert (v["label"], v["campaign_id"], v["family"]) == ("campaign", c["campaign_id"], c["family"])
    for v in truth["accounts"].values():
        assert v["label"] in ("campaign", "benign")
        assert (v["campaign_id"] in ids) if v["label"] == "campaign" else v["campaign_id"] is None


def test_every_family_and_kind_has_traffic(built):
    table, truth = built
    assert len(CAMPAIGN_FAMILIES) >= 5 and len(BENIGN_KINDS) >= 3
    assert set(truth["families"]) == set(CAMPAIGN_FAMILIES)
    assert set(truth["benign_kinds"]) == set(BENIGN_KINDS)
    fam = {a: v["family"] for a, v in truth["accounts"].items()}
    events = collections.Counter(fam[a] for a in table["account_id"].combine_chunks().dictionary_decode().to_pylist())
    for name in [*CAMPAIGN_FAMILIES, *BENIGN_KINDS]:
        assert events[name] > 0, name
    assert sorted(c["family"] for c in truth["campaigns"]) == sorted(CAMPAIGN_FAMILIES)


def test_deterministic_per_seed(built):
    table, truth = built
    again, truth2 = make_blind_batch(3, benign_accounts=BG)
    assert again.equals(table)
    assert truth2 == truth
    other, truth3 = make_blind_batch(4, benign_accounts=BG)
    assert set(truth3["accounts"]) != set(truth["accounts"])
    assert [c["params"] for c in truth3["campaigns"]] != [c["params"] for c in truth["campaigns"]]
