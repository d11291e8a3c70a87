"""The sub-stream test (`monitor/substream.py`): calibrated under the null, powerful against a
harvest riding on a product's traffic, and run through the engine on a real events file."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binomtest

from distillguard.monitor import scoring as S
from distillguard.monitor.load import load_events
from distillguard.monitor.scan import ScanParams, connect
from distillguard.monitor.substream import MIN_SHAPED, substream_p, substream_tests
from helpers import riding_log


def test_null_p_values_are_uniform_enough():
    """Shaped and other requests' answers drawn from one distribution: p ≤ 0.05 about 5% of the time
    (two-sided binomial test at 0.001 over 600 keys), so the evidence ramp's 1e-4 is a real tail."""
    rng = np.random.default_rng(7)
    hits = 0
    for _ in range(600):
        shaped = rng.random(800) < 0.08
        lengths = np.round(rng.lognormal(np.log(300), 0.6, 800))
        hits += substream_p(shaped, lengths) <= 0.05
    assert binomtest(hits, 600, 0.05).pvalue > 0.001


def test_a_riding_harvest_with_longer_answers_is_far_out():
    rng = np.random.default_rng(3)
    shaped = np.zeros(1000, dtype=bool)
    shaped[rng.choice(1000, 80, replace=False)] = True
    lengths = np.where(shaped, rng.lognormal(np.log(900), 0.4, 1000), rng.lognormal(np.log(320), 0.6, 1000))
    p = substream_p(shaped, lengths)
    assert p < 1e-8 and S.substream_evidence(p) == 1.0


def test_no_test_without_a_minority_of_shaped_requests():
    lengths = np.arange(100.0)
    assert substream_p(np.arange(100) < MIN_SHAPED - 1, lengths) is None
    assert substream_p(np.arange(100) < 60, lengths) is None  # shaped are the majority: not a sub-stream
    assert substream_p(np.arange(100) < 10, np.full(100, 5.0)) == 1.0  # every answer alike: nothing to see
    assert S.substream_evidence(None) == 0.0 and S.substream_evidence(1e-4) == 0.0
    assert S.substream_evidence(1e-6) == pytest.approx(0.5)


def test_engine_reads_the_riding_key_and_not_the_plain_one(tmp_path):
    con = connect(ScanParams())
    try:
        load_events(con, riding_log(tmp_path / "events.parquet"))
        tests = substream_tests(con)
    finally:
        con.close()
    assert set(tests) == {"riding", "plain"}  # the light account has fewer than HEAVY_EVENTS events
    assert tests["riding"]["substream_p"] < 1e-8
    assert tests["plain"]["substream_p"] > 1e-3
    assert 40 <= tests["riding"]["n_substream_shaped"] <= 110 and tests["riding"]["n_substream_sampled"] == 700


def test_budget_serves_the_most_active_keys_first(tmp_path):
    con = connect(ScanParams())
    try:
        load_events(con, riding_log(tmp_path / "events.parquet"))
        tests = substream_tests(con, sample=600, budget=600)
    finally:
        con.close()
    assert len(tests) == 1 and next(iter(tests.values()))["n_substream_sampled"] == 600


def test_the_reason_names_the_counts_and_the_p_value():
    from distillguard.monitor.reasons import signal_reason

    row = {"n_substream_shaped": 81, "n_substream_sampled": 1200, "substream_p": 3.2e-9}
    text = signal_reason("substream", row, {}, None)
    assert text.startswith("81 of 1200 sampled requests") and "p=3.2e-09" in text
    assert S.evidences({**row, "n_sampled": 0}, {k: 0.0 for k in (*S.SHARE_KEYS, "hosting", "pivot")})["substream"] == 1.0


def test_the_scan_runs_the_test_only_for_a_calibration_that_weighs_it():
    """The shipped model gives the sub-stream no weight, so its scan skips the step; side model XS's
    file switches it on (`scan.params_for`), so a user scanning with XS never reads a silent 0."""
    from pathlib import Path

    from distillguard.monitor.scan import params_for

    results = Path(__file__).resolve().parents[1] / "bench" / "results"
    assert not params_for(S.Calibration.load(), None).features.substream
    assert not params_for(S.Calibration.load(results / "monitor_calibration_x.json"), None).features.substream
    xs = params_for(S.Calibration.load(results / "monitor_calibration_xs.json"), ScanParams(threads=1))
    assert xs.features.substream and xs.threads == 1
