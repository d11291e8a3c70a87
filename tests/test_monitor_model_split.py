"""The new-model sub-stream test (`substream.model_split_p`, `model_split_tests`; side model XM):
calibrated under the null, blind to a new model that answers everyone at more length, powerful against
a harvest riding on a product's traffic, deaf to a lab's release-day sittings, and run through the
engine on a real events file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.stats import binomtest

from distillguard.monitor import features as F
from distillguard.monitor import scoring as S
from distillguard.monitor.load import load_events
from distillguard.monitor.scan import ScanParams, connect, params_for
from distillguard.monitor.substream import (
    SPLIT_MIN,
    model_split_p,
    model_split_tests,
    population_shift,
)
from helpers import release_riding_log

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def test_null_p_values_are_uniform_enough():
    """New-model and other requests' answers from one distribution: p ≤ 0.05 about 5% of the time
    (two-sided binomial test at 0.001 over 600 keys)."""
    rng = np.random.default_rng(17)
    hits = 0
    for _ in range(600):
        new = rng.random(900) < 0.4
        hits += model_split_p(new, np.round(rng.lognormal(np.log(300), 0.6, 900)), 0.0, 1.0) <= 0.05
    assert binomtest(hits, 600, 0.05).pvalue > 0.001


def test_a_new_model_that_answers_everyone_longer_is_not_a_sub_stream():
    """Every request on the new model answered 40% longer: far out unless the population's shift is
    taken off, uniform once it is (the shift measured from the accounts' medians)."""
    rng = np.random.default_rng(4)
    new = rng.random(1000) < 0.5
    lengths = rng.lognormal(np.log(300), 0.5, 1000) * np.where(new, 1.4, 1.0)
    assert model_split_p(new, lengths, 0.0, 1.0) < 1e-8
    shift = population_shift(np.log(np.full(50, 420.0)), np.log(np.full(50, 300.0)))
    assert shift == pytest.approx(np.log(1.4))
    assert model_split_p(new, lengths, shift, 1.0) > 1e-3


def test_a_riding_harvest_on_the_new_model_is_far_out():
    rng = np.random.default_rng(8)
    harvest = rng.random(1000) < 0.25
    new = np.where(harvest, rng.random(1000) < 0.95, rng.random(1000) < 0.3)
    lengths = np.where(harvest, rng.lognormal(np.log(1000), 0.5, 1000), rng.lognormal(np.log(320), 0.5, 1000))
    p = model_split_p(new, lengths, 0.0, 1.0)
    assert p < 1e-8 and S.model_split_evidence(p) == 1.0


def test_no_test_without_both_sides_or_off_the_clock():
    lengths = np.arange(200.0)
    assert model_split_p(np.arange(200) < SPLIT_MIN - 1, lengths, 0.0, 1.0) is None
    assert model_split_p(np.arange(200) >= SPLIT_MIN - 1, lengths, 0.0, 1.0) is None  # too few other requests
    assert model_split_p(np.arange(200) < 100, lengths, 0.0, 0.5) is None  # new-model requests in half the hours
    assert model_split_p(np.arange(200) < 100, np.full(200, 7.0), 0.0, 1.0) == 1.0
    assert S.model_split_evidence(None) == 0.0 and S.model_split_evidence(1e-4) == 0.0
    assert S.model_split_evidence(1e-6) == pytest.approx(0.5)


def test_engine_reads_the_riding_key_and_neither_the_plain_product_nor_the_lab(tmp_path):
    con = connect(ScanParams())
    try:
        load_events(con, release_riding_log(tmp_path / "events.parquet"))
        pivot = F.pivot_features(con)
        tests = model_split_tests(con, pivot)
        assert model_split_tests(con, None) == {}  # no release in the log: no test
    finally:
        con.close()
    assert pivot["model"] == "frontier-2"
    assert set(tests) == {"riding", "plain", "lab"}  # the light accounts are not heavy
    assert tests["riding"]["split_p"] < 1e-8 and tests["riding"]["split_hours_share"] > 0.9
    assert tests["plain"]["split_p"] > 1e-3  # the population's 30% longer new-model answers are taken off
    assert tests["lab"]["split_p"] is None and tests["lab"]["split_hours_share"] < 0.1
    assert tests["lab"]["n_split_new"] == 450 and tests["lab"]["n_split_other"] == 540


def test_budget_serves_the_most_active_keys_first(tmp_path):
    con = connect(ScanParams())
    try:
        load_events(con, release_riding_log(tmp_path / "events.parquet"))
        tests = model_split_tests(con, F.pivot_features(con), sample=500, budget=500)
    finally:
        con.close()
    assert len(tests) == 1 and sum(next(iter(tests.values()))[k] for k in ("n_split_new", "n_split_other")) == 500


def test_the_reason_names_the_counts_the_hours_and_the_p_value():
    from distillguard.monitor.reasons import signal_reason

    row = {"n_split_new": 310, "n_split_other": 480, "split_hours_share": 0.97, "split_p": 2.5e-12}
    text = signal_reason("model_split", row, {}, None)
    assert text.startswith("since the release its 310 sampled requests to the new model")
    assert "480 other requests" in text and "97% of the hours" in text and "p=2.5e-12" in text
    assert S.evidences({**row, "n_sampled": 0}, {k: 0.0 for k in (*S.SHARE_KEYS, "hosting", "pivot")})["model_split"] == 1.0


def test_the_scan_runs_the_test_only_for_a_calibration_that_weighs_it():
    """The shipped model (XM) weighs the model split, so its scan runs the step (`scan.params_for`);
    model X's file gives it no weight, so a scan with X skips it."""
    shipped = params_for(S.Calibration.load(), ScanParams(threads=1))
    assert shipped.features.model_split and shipped.threads == 1 and not shipped.features.substream
    assert not params_for(S.Calibration.load(RESULTS / "monitor_calibration_x.json"), None).features.model_split
    assert params_for(S.Calibration.load(RESULTS / "monitor_calibration_xm.json"), None).features.model_split
