"""Blind batch 30 builds correctly: the simulator's exact schema, time order, complete and
consistent truth, determinism per seed. (This checks the batch, never the monitor.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.compute as pc
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

# `bench` is a top-level folder of the repository, not an installed package
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.monitor_blind30 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

BENIGN = 150


@pytest.fixture(scope="module")
def built():
    return make_blind_batch(0, benign_accounts=BENIGN)


def test_schema_equals_simulate(built):
    table, _ = built
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=BENIGN, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    assert table.num_rows > bg.num_rows


def test_sorted_by_time_and_inside_background_window(built):
    table, _ = built
    ts = table["ts"].to_numpy()
    assert (ts[1:] >= ts[:-1]).all()
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=BENIGN, campaigns=0, campaign_accounts=0))
    bts = bg["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()


def test_truth_covers_every_account_and_campaign(built):
    table, truth = built
    seen = set(pc.unique(table["account_id"].combine_chunks().dictionary_decode()).to_pylist())
    assert seen <= set(truth["accounts"])
    assert truth["events"] == table.num_rows
    camp_accts = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    listed = {a for c in truth["campaigns"] for a in c["accounts"]}
    assert camp_accts == listed
    assert {c["family"] for c in truth["campaigns"]} == set(CAMPAIGN_FAMILIES)
    for c in truth["campaigns"]:
        assert c["params"] and all(truth["accounts"][a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])
    # every family and every kind actually sends traffic
    fam_seen = {truth["accounts"][a]["family"] for a in seen}
    assert set(CAMPAIGN_FAMILIES) <= fam_seen and set(BENIGN_KINDS) <= fam_seen


def test_enough_families_and_kinds(built):
    _, truth = built
    assert len(truth["families"]) >= 5 and truth["families"] == sorted(CAMPAIGN_FAMILIES)
    assert len(truth["benign_kinds"]) >= 3 and truth["benign_kinds"] == sorted(BENIGN_KINDS)
    kinds = {v["family"] for v in truth["accounts"].values() if v["label"] == "benign"}
    assert set(BENIGN_KINDS) <= kinds


def test_deterministic_per_seed(built):
    table, truth = built
    again, truth2 = make_blind_batch(0, benign_accounts=BENIGN)
    assert again.equals(table) and truth2 == truth
    other, truth3 = make_blind_batch(1, benign_accounts=BENIGN)
    assert truth3["campaigns"] != truth["campaigns"]
    assert not other.equals(table)
