"""Blind batch 9 builds a valid evaluation table: the simulator's exact schema, time-sorted rows,
ground truth for every account, a JSON-serialisable truth, determinism per seed, and enough
families and kinds. (This checks the batch, never the monitor.)"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench/` lives at the repo root
from bench.monitor_blind9 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

BENIGN = 150


@pytest.fixture(scope="module")
def batch():
    return make_blind_batch(3, benign_accounts=BENIGN)


def test_schema_matches_simulator_and_rows_are_sorted(batch):
    table, truth = batch
    bg, _ = simulate(SimConfig(seed=3, benign_accounts=BENIGN, campaigns=0, campaign_accounts=0))
    assert table.schema == bg.schema
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    assert ts.min() >= bg["ts"].to_numpy().min() and ts.max() <= bg["ts"].to_numpy().max()
    assert truth["events"] == table.num_rows > bg.num_rows
    assert table["prompt_tokens"].to_numpy().min() >= 1
    assert table["completion_tokens"].to_numpy().min() >= 1


def test_truth_covers_every_account_and_campaign(batch):
    table, truth = batch
    accounts = set(table["account_id"].combine_chunks().dictionary_decode().to_pylist())
    assert accounts <= set(truth["accounts"])
    camp_accounts = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    listed = {a for c in truth["campaigns"] for a in c["accounts"]}
    assert camp_accounts == listed
    assert {c["family"] for c in truth["campaigns"]} == set(CAMPAIGN_FAMILIES) == set(truth["families"])
    benign_fams = {v["family"] for v in truth["accounts"].values() if v["label"] == "benign"}
    assert set(BENIGN_KINDS) <= benign_fams and set(truth["benign_kinds"]) == set(BENIGN_KINDS)
    for c in truth["campaigns"]:
        assert all(truth["accounts"][a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])
        assert c["params"]
    json.dumps(truth)  # params hold plain Python values, so the truth can be written out


def test_counts_of_families_and_kinds():
    assert len(CAMPAIGN_FAMILIES) >= 5
    assert len(BENIGN_KINDS) >= 3
    assert not set(CAMPAIGN_FAMILIES) & set(BENIGN_KINDS)


def test_deterministic_per_seed_and_seed_sensitive(batch):
    table, truth = batch
    again, truth2 = make_blind_batch(3, benign_accounts=BENIGN)
    assert again.equals(table) and truth2 == truth
    other, truth3 = make_blind_batch(4, benign_accounts=BENIGN)
    assert [c["params"] for c in truth3["campaigns"]] != [c["params"] for c in truth["campaigns"]]
    assert not other.equals(table)
