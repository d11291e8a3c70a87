"""The fifth blind batch builds a well-formed table with complete truth (the monitor is not run here:
the batch must stay unseen by anyone tuning it)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from distillguard.sim.config import SimConfig
from distillguard.sim.simulate import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is a top-level folder, not installed
from bench.monitor_blind5 import BENIGN_KINDS, CAMPAIGN_FAMILIES, make_blind_batch  # noqa: E402


@pytest.fixture(scope="module")
def built():
    table, truth = make_blind_batch(0)
    bg, _ = simulate(SimConfig(seed=0, benign_accounts=2000, campaigns=0, campaign_accounts=0))
    return table, truth, bg


def test_blind5_schema_and_time_order(built) -> None:
    table, truth, bg = built
    assert table.schema == bg.schema
    assert table.num_rows == truth["events"] > bg.num_rows
    ts = table["ts"].to_numpy()
    assert np.all(np.diff(ts) >= 0)
    bts = bg["ts"].to_numpy()
    assert ts.min() >= bts.min() and ts.max() <= bts.max()
    for col in ("prompt_tokens", "completion_tokens"):
        assert table[col].to_numpy().min() >= 1


def test_blind5_every_account_labelled(built) -> None:
    table, truth, _ = built
    accounts = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    assert accounts <= set(truth["accounts"])
    camp_ids = {c["campaign_id"] for c in truth["campaigns"]}
    for acct, info in truth["accounts"].items():
        assert info["label"] in ("benign", "campaign"), acct
        if info["label"] == "campaign":
            assert info["campaign_id"] in camp_ids and info["family"] in CAMPAIGN_FAMILIES
    for c in truth["campaigns"]:
        assert all(truth["accounts"][a]["campaign_id"] == c["campaign_id"] for a in c["accounts"])


def test_blind5_all_families_and_kinds_present(built) -> None:
    table, truth, _ = built
    assert len(CAMPAIGN_FAMILIES) >= 6 and len(BENIGN_KINDS) >= 4
    assert truth["families"] == sorted(CAMPAIGN_FAMILIES) and truth["benign_kinds"] == sorted(BENIGN_KINDS)
    assert sorted(c["family"] for c in truth["campaigns"]) == sorted(CAMPAIGN_FAMILIES)
    active = set(table["account_id"].combine_chunks().dictionary_decode().unique().to_pylist())
    seen = {truth["accounts"][a]["family"] for a in active}
    assert set(CAMPAIGN_FAMILIES) <= seen
    assert set(BENIGN_KINDS) <= seen


def test_blind5_campaign_share(built) -> None:
    _, truth, _ = built
    labels = [v["label"] for v in truth["accounts"].values()]
    share = labels.count("campaign") / len(labels)
    assert 0.03 <= share <= 0.10, share
