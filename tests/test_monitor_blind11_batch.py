"""Blind batch 11 builds a valid evaluation set: the simulator's exact schema, time-sorted,
ground truth for every account, deterministic per seed, enough families and kinds. Checks the
build only — never the monitor."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is a top-level folder, not installed
from bench.monitor_blind11 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402

BG = 60  # small background: the batch's own families and kinds are the point


@pytest.fixture(scope="module")
def batch():
    return make_blind_batch(0, benign_accounts=BG)


def test_schema_equals_simulate(batch):
    table, _ = batch
    ref, _ = simulate(SimConfig(seed=0, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    assert table.schema == ref.schema
    assert table.num_rows > ref.num_rows


def test_sorted_by_time_inside_background_window(batch):
    table, _ = batch
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    ref, _ = simulate(SimConfig(seed=0, benign_accounts=BG, campaigns=0, campaign_accounts=0))
    ref_ts = ref["ts"].to_numpy()
    assert ts.min() >= ref_ts.min() and ts.max() <= ref_ts.max()


def test_truth_covers_every_account(batch):
    table, truth = batch
    seen = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    assert seen <= set(truth["accounts"])
    assert truth["events"] == table.num_rows
    for acct in truth["accounts"].values():
        assert acct["label"] in ("benign", "campaign")
        assert (acct["campaign_id"] is not None) == (acct["label"] == "campaign")
    in_campaigns = {a for c in truth["campaigns"] for a in c["accounts"]}
    labelled = {a for a, v in truth["accounts"].items() if v["label"] == "campaign"}
    assert in_campaigns == labelled


def test_families_and_kinds(batch):
    table, truth = batch
    assert len(CAMPAIGN_FAMILIES) >= 5 and len(BENIGN_KINDS) >= 3
    assert truth["families"] == sorted(CAMPAIGN_FAMILIES)
    assert truth["benign_kinds"] == sorted(BENIGN_KINDS)
    assert sorted(c["family"] for c in truth["campaigns"]) == sorted(CAMPAIGN_FAMILIES)
    for c in truth["campaigns"]:
        assert c["params"] and c["accounts"]
    fam = {a: v["family"] for a, v in truth["accounts"].items()}
    present = {fam[a] for a in table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist()}
    assert set(CAMPAIGN_FAMILIES) <= present and set(BENIGN_KINDS) <= present
    n_camp = sum(v["label"] == "campaign" for v in truth["accounts"].values())
    assert 40 <= n_camp <= 400


def test_deterministic_per_seed(batch):
    table, truth = batch
    again, truth2 = make_blind_batch(0, benign_accounts=BG)
    assert again.equals(table) and truth2 == truth
    other, _ = make_blind_batch(1, benign_accounts=BG)
    assert not other.equals(table)
