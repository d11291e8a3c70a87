"""End to end: simulate traffic with planted campaigns, scan it, check flags against the truth."""

from __future__ import annotations

from collections import Counter

import pytest

from distillguard.monitor.scan import scan
from distillguard.sim.builder import write_events
from distillguard.sim.simulate import simulate

# Two families the leave-one-family-out bench catches (bench/results/monitor.md): this is the
# pipeline's end-to-end regression test, not its evaluation.
CONFIG = {
    "benign_accounts": 300,
    "campaigns": 2,
    "campaign_accounts": 60,
    "seed": 11,
    "families": ["cot_coercion", "preference_pairs"],
}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    table, truth = simulate(CONFIG)
    path = write_events(table, tmp_path_factory.mktemp("e2e") / "events.parquet")
    return scan(path), truth


def test_planted_campaigns_are_flagged_and_benign_users_are_not(result):
    doc, truth = result
    labels = truth["accounts"]
    flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
    campaign = {a for a, v in labels.items() if v["label"] == "campaign"}
    benign = set(labels) - campaign
    recall = len(flagged & campaign) / len(campaign)
    assert recall >= 0.9, recall
    assert len(flagged & benign) <= 1  # shipped calibration targets 0.1 % benign FPR
    for c in truth["campaigns"]:
        assert len(flagged & set(c["accounts"])) >= 0.8 * len(c["accounts"]), c["campaign_id"]


def test_flagged_clusters_are_pure_and_explained(result):
    doc, truth = result
    labels = truth["accounts"]
    flagged_clusters = [c for c in doc["clusters"] if c["flagged"]]
    assert flagged_clusters
    for c in flagged_clusters:
        owners = Counter(labels[a]["campaign_id"] for a in c["accounts"])
        top, count = owners.most_common(1)[0]
        assert top is not None and count / len(c["accounts"]) >= 0.8
        assert c["reasons"] and "accounts linked by" in c["reasons"][0]
    flagged = [a for a in doc["accounts"] if a["flagged"]]
    assert all(a["reasons"] for a in flagged)
    assert doc["summary"]["accounts"] == len(labels)
