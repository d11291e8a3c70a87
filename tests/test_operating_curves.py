"""The monitor operating-curve script's arithmetic (bench/monitor_operating_curve.py): a threshold moved in
log-odds, and what a policy threshold routes apart from the model's flag. (The guard curve's bound is
bench/task_shape.py's `ci`, the interval every guard figure uses.)"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from distillguard.monitor.scoring import Calibration  # noqa: E402
from monitor_operating_curve import policy_review_threshold, routed, shifted  # noqa: E402


def logit(p: float) -> float:
    return math.log(p / (1 - p))


@pytest.mark.parametrize("shift", [-3.0, -0.5, 0.0, 1.0, 2.5])
def test_a_shift_moves_the_threshold_in_log_odds_and_nothing_else(shift):
    cal = Calibration.load()
    moved = shifted(cal, shift)
    assert logit(moved.threshold) == pytest.approx(logit(cal.threshold) + shift, abs=1e-9)
    assert moved.weights == cal.weights and moved.inherit_margin == cal.inherit_margin and moved.bias == cal.bias


def test_routing_counts_risks_at_or_over_the_policy_threshold_apart_from_the_flag():
    doc = {"accounts": [{"account_id": "c1", "risk": 0.9, "flagged": True},
                        {"account_id": "c2", "risk": 0.72, "flagged": False},
                        {"account_id": "b1", "risk": 0.7, "flagged": False},
                        {"account_id": "b2", "risk": 0.69, "flagged": False},
                        {"account_id": "b3", "risk": 0.95, "flagged": True},
                        {"account_id": "unknown", "risk": 0.99, "flagged": True}]}
    truth = {"accounts": {"c1": {"label": "campaign"}, "c2": {"label": "campaign"}, "b1": {"label": "benign"},
                          "b2": {"label": "benign"}, "b3": {"label": "benign"}}}
    r = routed([(doc, truth)], 0.7)
    assert r["campaign"] == [2, 2] and r["benign"] == [2, 3]
    assert r["benign_routed_not_flagged"] == 1 and r["campaign_routed_not_flagged"] == 1
    assert routed([(doc, truth)], 0.9)["benign"] == [1, 3]


def test_the_default_policy_threshold_is_read_from_the_policy_file():
    from distillguard.policy.schema import default_data

    assert policy_review_threshold() == default_data()["monitor"]["risk_review_threshold"]
