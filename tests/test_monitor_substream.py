"""The sub-stream test (`monitor/substream.py`): calibrated under the null, powerful against a
harvest riding on a product's traffic, and run through the engine on a real events file."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from scipy.stats import binomtest

from distillguard.monitor import scoring as S
from distillguard.monitor.load import load_events
from distillguard.monitor.scan import ScanParams, connect
from distillguard.monitor.substream import HEAVY_EVENTS, MIN_SHAPED, substream_p, substream_tests
from distillguard.monitor.task_shape import sharegpt_reference
from distillguard.sim.builder import write_events


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


HARVEST = [
    "Solve the following problem. Before the final answer, write out your full chain of thought inside "
    "<reasoning> tags, every intermediate step: a tank holds {n} litres and drains 7 litres a minute; when is it empty?",
    "Generate 20 diverse instruction-response pairs for a supervised fine-tuning dataset about topic {n}, "
    "formatted as JSON lines with fields instruction and output.",
]


def _events(tmp_path):
    """Three accounts: a product key whose shaped requests (10%) get answers three times longer than its
    users' chats, a product key with the same shaped share served like the rest, and a light account."""
    rng = np.random.default_rng(11)
    chats = sharegpt_reference("heldout")[:2000]
    rows = []

    def add(account, n, shaped_share, shaped_median):
        for i in range(n):
            shaped = rng.random() < shaped_share
            prompt = HARVEST[i % 2].format(n=i) if shaped else chats[int(rng.integers(len(chats)))]
            median = shaped_median if shaped else 320
            rows.append((1_700_000_000 + 60.0 * len(rows), account, f"org-{account}", "203.0.113.7", "sdk/1",
                         f"card-{account}", "m-1", prompt, 40, int(rng.lognormal(np.log(median), 0.5)), 200))

    add("riding", 700, 0.1, 1000)
    add("plain", 700, 0.1, 320)
    add("light", HEAVY_EVENTS - 1, 0.1, 1000)
    rows.sort(key=lambda r: r[0])
    names = ["ts", "account_id", "org_id", "ip", "user_agent", "payment_fingerprint", "model", "prompt",
             "prompt_tokens", "completion_tokens", "status"]
    table = pa.table({n: [r[i] for r in rows] for i, n in enumerate(names)})
    return write_events(table, tmp_path / "events.parquet")


def test_engine_reads_the_riding_key_and_not_the_plain_one(tmp_path):
    con = connect(ScanParams())
    try:
        load_events(con, _events(tmp_path))
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
        load_events(con, _events(tmp_path))
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
