"""Release-day newcomers (`scoring.newcomer_evidence`; side model XMN): an account first seen in the
day before a release that moved to the new model at once, its prompts unlike ordinary users'."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from distillguard.data.sharegpt import prompts
from distillguard.monitor import scoring as S
from distillguard.monitor.reasons import signal_reason
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _benign_crowd, _clause, _scan
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
RELEASE = T0 + 3 * DAY
ROW = {"first_ts": RELEASE - 12 * 3600, "n_window": 8, "pivot_share": 0.75, "mmd_p": 0.005, "narrow_p": 0.5,
       "n_embedded": 12}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, 1.0),
        ({"first_ts": RELEASE - S.NEWCOMER_BEFORE_S}, 1.0),  # exactly a day before: in
        ({"first_ts": RELEASE - S.NEWCOMER_BEFORE_S - 1}, 0.0),  # a second earlier: out
        ({"first_ts": RELEASE}, 0.0),  # first seen at the release: no traffic before it to move
        ({"n_window": S.NEWCOMER_WINDOW}, 1.0),
        ({"n_window": S.NEWCOMER_WINDOW - 1}, 0.0),
        ({"pivot_share": S.NEWCOMER_SHARE}, 1.0),
        ({"pivot_share": S.NEWCOMER_SHARE - 0.01}, 0.0),
        ({"mmd_p": S.NEWCOMER_MMD_P}, 1.0),
        ({"mmd_p": S.NEWCOMER_MMD_P + 0.001}, 0.0),
        ({"n_embedded": 0}, 0.0),  # no embedded prompts: the MMD p is no evidence
        ({"first_ts": None}, 0.0),
    ],
)
def test_the_newcomer_rule_is_the_stated_one(change, expected):
    assert S.newcomer_evidence({**ROW, **change}, RELEASE) == expected


def test_without_a_release_there_is_no_newcomer():
    assert S.newcomer_evidence(ROW, None) == 0.0
    ref = {k: 0.0 for k in (*S.SHARE_KEYS, "hosting", "pivot")}
    assert S.evidences(ROW, ref)["newcomer"] == 0.0
    assert S.evidences(ROW, {**ref, "release_ts": RELEASE})["newcomer"] == 1.0


def test_the_reason_names_the_timing_the_move_and_the_content():
    text = signal_reason("newcomer", ROW, {}, {"model": "frontier-2", "release_ts": RELEASE})
    assert text.startswith("first seen less than a day before frontier-2 was released")
    assert "75% of its 8 requests of the next 24 h" in text and "p=0.005" in text


BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
)


def _person(account: str, n: int, first: float, texts: list[str], rng: np.random.Generator) -> list[dict]:
    """Person number `n`: four requests the evening it is first seen, on the old model, then eight in
    the day after the release on the new one, minutes apart at random, from its own home address and
    card, in a browser."""
    times = first + np.cumsum(rng.exponential(300.0, 4))
    times = [*times, *(RELEASE + (4 + n % 12) * 3600 + np.cumsum(rng.exponential(400.0, 8)))]
    return [_event(account, float(t), text, ip=f"81.3.{10 + n}.{20 + n}", card=f"pay-{account}",
                   model="frontier-2" if t >= RELEASE else "frontier-1", ua=BROWSERS[n % len(BROWSERS)])
            for t, text in zip(times, texts, strict=True)]


@pytest.fixture(scope="module")
def release_day(tmp_path_factory):
    """Sixty ordinary users (ShareGPT prompts, old model) and, around a release three days in:
    `crowd-*`, six person-like accounts first seen twelve hours before it that draft contract clauses
    (a slice each) and move to the new model at once; `adopter-*`, six ordinary users with the same
    timing and move; `early-*`, six clause drafters with the same move, first seen three days before."""
    rng = np.random.default_rng(3)
    pool = prompts(part="sim")
    events = _benign_crowd(60)
    for h in range(6):  # first seen 40 minutes apart: no cohort of one client
        events += _person(f"crowd-{h}", h, RELEASE - 16 * 3600 + 2400 * h, [_clause(100 * h + k) for k in range(12)], rng)
        events += _person(f"adopter-{h}", 6 + h, RELEASE - 16 * 3600 + 2400 * h + 1200,
                          [pool[int(rng.integers(len(pool)))] for _ in range(12)], rng)
        events += _person(f"early-{h}", 12 + h, RELEASE - 3 * DAY + 2400 * h, [_clause(5000 + 100 * h + k) for k in range(12)], rng)
    xm = Calibration.load(RESULTS / "monitor_calibration_xm.json")
    xmn = Calibration.load(RESULTS / "monitor_calibration_xmn.json")
    directory = tmp_path_factory.mktemp("release_day")
    return _scan(directory, events, xm), _scan(directory, events, xmn)


def test_xmn_flags_the_release_day_crowd_that_xm_misses_and_no_one_else(release_day):
    xm, xmn = release_day
    crowd = [f"crowd-{h}" for h in range(6)]
    assert not any(xm["by_id"][a]["flagged"] for a in crowd)  # each looks like a user to XM
    for account in crowd:
        doc = xmn["by_id"][account]
        assert doc["signals"]["newcomer"] == 1.0 and doc["flagged"] and "newcomer" in doc["reason_codes"]
    for prefix in ("adopter", "early", "user"):  # ordinary content, or came long before the release
        others = [a for a in xmn["accounts"] if a["account_id"].startswith(prefix)]
        assert others and not any(a["signals"]["newcomer"] or a["flagged"] for a in others), prefix
    release = xmn["summary"]["new_model"]["release_ts"]  # the new model's first request, hours after RELEASE
    assert xmn["summary"]["reference"]["release_ts"] == pytest.approx(release, abs=1e-3) and "release_ts" not in xm["summary"]["reference"]


def test_side_model_xmn_is_xm_with_a_stated_newcomer_weight_derived_by_its_command(tmp_path):
    """Side model XMN (bench/results/monitor_calibration_xmn.json, frozen before blind batches 149-156
    were committed, read or run) is what bench/monitor_derive.py makes of XM with `--newcomer-reach 1`:
    XM's every field but the newcomer weight, at which the evidence alone takes the bias to the threshold;
    a second `--newcomer-reach` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xm", "xmn", "--newcomer-reach", "1")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"weights", "source"}
    added = {k: v for k, v in frozen["weights"].items() if base["weights"].get(k) != v}
    assert set(added) == {"newcomer"}
    assert frozen["bias"] + added["newcomer"] == pytest.approx(S.logit(frozen["threshold"]), abs=1e-4)
    again = _derive_fails(tmp_path, "xmn", "--newcomer-reach", "1")
    assert again.returncode == 2 and "does not weigh newcomers" in again.stderr
