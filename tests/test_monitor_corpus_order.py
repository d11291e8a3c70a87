"""Public-corpus prompts sent in the corpus's order (`monitor/corpus_order.py`,
`scoring.corpus_order_evidence`; side model XMCT)."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import binomtest

from distillguard.monitor import scoring as S
from distillguard.monitor.content import public_positions, public_prompts
from distillguard.monitor.corpus_order import MAX_EXACT, ascent_pvalue, normal_tail
from distillguard.monitor.reasons import signal_reason
from distillguard.monitor.scan import analyse, params_for
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _assessed, _benign_crowd
from test_monitor_newcomer import BROWSERS
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def _ascents(order) -> int:
    return sum(b > a for a, b in itertools.pairwise(order))


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6, 7])
def test_the_ascent_tail_is_exact_against_every_permutation(n):
    counts = np.bincount([_ascents(p) for p in itertools.permutations(range(n))], minlength=n)
    for a in range(n + 1):
        assert ascent_pvalue(n, a) == pytest.approx(counts[a:].sum() / math.factorial(n), rel=1e-12)


def test_the_tail_at_its_ends():
    assert ascent_pvalue(12, 11) == pytest.approx(1 / math.factorial(12))  # every step forward
    assert ascent_pvalue(12, 0) == 1.0 and ascent_pvalue(1, 0) == 1.0 and ascent_pvalue(12, 12) == 0.0
    big = MAX_EXACT + 1  # past the exact sizes: the normal approximation
    assert ascent_pvalue(big, big - 1) == normal_tail(big, big - 1) < 1e-60


@pytest.mark.parametrize(("a", "rel"), [(55, 0.05), (58, 0.1), (61, 0.25), (64, 0.5)])  # 2.7 to 7.4 sd over the mean
def test_the_normal_approximation_is_close_and_conservative_where_it_takes_over(a, rel):
    exact = ascent_pvalue(MAX_EXACT, a)
    assert exact <= normal_tail(MAX_EXACT, a) <= exact * (1 + rel)


@pytest.mark.parametrize("alpha", [0.05, 0.01])
def test_random_orders_reach_each_level_as_often_as_it_says(alpha):
    """Under its null (every order alike) the p-value is exact: random orders of 20 prompts reach the
    largest attainable p-value at most `alpha` as often as that p-value says (two-sided binomial test
    at 0.001), and none reaches the side model's bar."""
    rng = np.random.default_rng(11)
    ps = np.array([ascent_pvalue(20, _ascents(rng.permutation(20))) for _ in range(4000)])
    level = max(p for p in (ascent_pvalue(20, a) for a in range(20)) if p <= alpha)
    assert binomtest(int((ps <= level).sum()), len(ps), level).pvalue > 0.001
    assert not (ps <= S.ORDER_P).any()


def test_public_positions_read_the_corpus_as_the_replay_signal_does():
    corpus = public_prompts()
    i = 1234
    j = next(k for k in range(i + 1, len(corpus)) if corpus[k].strip().lower() != corpus[i].strip().lower())
    texts = [corpus[i], "  " + corpus[j].upper() + " ", "nobody has ever asked exactly this, 7f3a9c"]
    pos = public_positions(texts)
    assert corpus[pos[0]].strip().lower() == corpus[i].strip().lower() and pos[0] <= i
    assert pos[1] <= j and corpus[pos[1]].strip().lower() == corpus[j].strip().lower()
    assert pos[2] == -1


@pytest.mark.parametrize(("p", "expected"), [(None, 0.0), (S.ORDER_P, 1.0), (S.ORDER_P * 0.5, 1.0),
                                               (S.ORDER_P * 1.01, 0.0), (1.0, 0.0)])
def test_the_evidence_is_the_stated_bar(p, expected):
    assert S.corpus_order_evidence(p) == expected


def test_the_reason_names_the_count_the_steps_and_the_p_value():
    text = signal_reason("corpus_order", {"order_n": 30, "order_ascents": 29, "order_p": 3.8e-33}, {}, None)
    assert text == ("sent 30 public-corpus prompts in the corpus's own order (29 of 29 steps forward; "
                    "p=3.8e-33 under a random order)")


def test_the_engine_step_reads_first_sends_and_takes_ties_as_steps_back():
    """`order_tests` on hand-made engine tables: the order is each sampled public prompt's first send
    over all the account's events; a prompt sent again later does not move; prompts first sent at
    the same instant are never an ascent; prompts of no public corpus are left out."""
    import pyarrow as pa

    from distillguard.monitor.corpus_order import order_tests
    from distillguard.monitor.engine import open_engine

    texts = _walker_texts(3000, 4) + ["not a public prompt, 9c1e"]
    ph = [11, 22, 33, 44, 55]  # in corpus order, then the private one
    sends = {  # account → (prompt index, time) for every event
        "walk": [(0, 1.0), (4, 1.5), (1, 2.0), (2, 3.0), (0, 3.5), (3, 4.0)],
        "tie": [(0, 1.0), (1, 1.0), (2, 1.0), (3, 1.0)],
        "back": [(3, 1.0), (2, 2.0), (1, 3.0), (0, 4.0)],
    }
    con = open_engine("duckdb")
    try:
        rows = [(a, ph[i], t) for a, evs in sends.items() for i, t in evs]
        con.register("ev", pa.table({"account_id": [r[0] for r in rows], "ph": [r[1] for r in rows],
                                      "ts": [r[2] for r in rows]}))
        sampled = sorted({(a, p) for a, p, _ in rows})
        con.register("sample", pa.table({"account_id": [a for a, _ in sampled], "ph": [p for _, p in sampled],
                                          "rn": list(range(1, len(sampled) + 1))}))
        con.register("sample_prompts", pa.table({"ph": ph, "prompt": texts}))
        tests = order_tests(con)
    finally:
        con.close()
    assert (tests["walk"]["order_n"], tests["walk"]["order_ascents"]) == (4, 3)
    assert tests["walk"]["order_p"] == pytest.approx(1 / 24)
    assert (tests["tie"]["order_n"], tests["tie"]["order_ascents"]) == (4, 0)
    assert (tests["back"]["order_ascents"], tests["back"]["order_p"]) == (0, 1.0)


def _walker_texts(start: int, n: int) -> list[str]:
    """`n` public prompts from `start` on, in corpus order, each the first of its normalised text."""
    corpus = public_prompts()
    window = [t for t in corpus[start:start + 4 * n] if len(t) < 2000]
    first = public_positions(window)
    out = list({int(p): t for t, p in zip(window, first, strict=True) if p >= start}.values())
    assert len(out) >= n, "the corpus ran out"
    return out[:n]


def _person(account: str, n: int, texts: list[str], rng: np.random.Generator) -> list[dict]:
    """A person's rhythm: evenings over three days, minutes apart at random, from a home address,
    its own card, a browser."""
    out = []
    for k, text in enumerate(texts):
        day = T0 + (k * 3 // len(texts)) * DAY + (18 + n % 4) * 3600
        out.append(_event(account, float(day + 90.0 * k + rng.uniform(0.0, 60.0)), text,
                          ip=f"81.7.{20 + n}.{30 + n}", card=f"pay-{account}", ua=BROWSERS[n % len(BROWSERS)]))
    return out


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    """Sixty ordinary users and: `walker-*`, six person-like accounts each sending a contiguous
    30-prompt slice of the public corpus in the corpus's order (a replay split across accounts);
    `shuffler-*`, six with the same kind of slices in a random order (people who paste popular
    prompts); `repeater-*`, four that walk a slice with every prompt sent twice in a row (first
    sends count). Scanned once, assessed by XMCD and by XMCT."""
    rng = np.random.default_rng(5)
    events = _benign_crowd(60)
    for h in range(6):
        events += _person(f"walker-{h}", h, _walker_texts(2000 + 100 * h, 30), rng)
        events += _person(f"shuffler-{h}", 6 + h, list(rng.permutation(_walker_texts(6000 + 100 * h, 30))), rng)
    for h in range(4):
        texts = _walker_texts(9000 + 100 * h, 15)
        events += _person(f"repeater-{h}", 12 + h, [t for t in texts for _ in range(2)], rng)
    xmcd = Calibration.load(RESULTS / "monitor_calibration_xmcd.json")
    xmct = Calibration.load(RESULTS / "monitor_calibration_xmct.json")
    assert params_for(xmct, None).features.corpus_order and not params_for(xmcd, None).features.corpus_order
    path = tmp_path_factory.mktemp("walked") / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    analysis = analyse(path, params_for(xmct, None))
    return _assessed(analysis, xmcd), _assessed(analysis, xmct), analysis


def test_xmct_flags_the_corpus_walkers_that_xmcd_misses_and_no_one_else(walked):
    xmcd, xmct, analysis = walked
    walkers = [f"walker-{h}" for h in range(6)] + [f"repeater-{h}" for h in range(4)]
    assert not any(xmcd["by_id"][a]["flagged"] for a in walkers)  # each looks like a person to XMCD
    for account in walkers:
        row = analysis.rows[account]
        assert row["order_ascents"] == row["order_n"] - 1 and row["order_p"] <= S.ORDER_P
        doc = xmct["by_id"][account]
        assert doc["signals"]["corpus_order"] == 1.0 and doc["flagged"] and "corpus_order" in doc["reason_codes"]
    for prefix in ("shuffler", "user"):
        others = [a for a in xmct["accounts"] if a["account_id"].startswith(prefix)]
        assert others and not any(a["signals"]["corpus_order"] or a["flagged"] for a in others), prefix
    assert {a["account_id"] for a in xmcd["accounts"] if a["flagged"]} == set()


def test_a_model_that_does_not_weigh_it_pays_nothing_for_it_and_the_shipped_one_runs_it(walked):
    """A calibration that does not weigh the corpus order (XMCD, shipped until XMCT replaced it after blind
    batch 312) does not run the step, and an account with no order test reads 0; the shipped model (XMCW,
    XMCTO with suspect crowds) runs it."""
    assert not params_for(Calibration.load(RESULTS / "monitor_calibration_xmcd.json"), None).features.corpus_order
    assert params_for(Calibration.load(), None).features.corpus_order
    assert S.evidences({"order_p": None}, {k: 0.0 for k in (*S.SHARE_KEYS, "hosting", "pivot")})["corpus_order"] == 0.0


def test_side_model_xmct_is_xmcd_with_a_stated_corpus_order_weight_derived_by_its_command(tmp_path):
    """Side model XMCT (bench/results/monitor_calibration_xmct.json, frozen before blind batches
    289-296 were committed, read or run) is what bench/monitor_derive.py makes of XMCD with
    `--corpus-order-reach 1`: XMCD's every field but the corpus-order weight, at which the evidence
    alone takes the bias to the threshold; a second `--corpus-order-reach` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmcd", "xmct", "--corpus-order-reach", "1")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"weights", "source"}
    added = {k: v for k, v in frozen["weights"].items() if base["weights"].get(k) != v}
    assert set(added) == {"corpus_order"}
    assert frozen["bias"] + added["corpus_order"] == pytest.approx(S.logit(frozen["threshold"]), abs=1e-4)
    again = _derive_fails(tmp_path, "xmct", "--corpus-order-reach", "1")
    assert again.returncode == 2 and "does not weigh the corpus order" in again.stderr.splitlines()[-1]


def test_the_shipped_model_keeps_xmcts_corpus_order_weight():
    """Side model XMCT (frozen before blind batches 289-296 were committed, read or run) was shipped after
    312 by the rule written down before those batches (on 305-312 it flagged 8 campaign accounts XMCD
    does not, a replay walking the public pool, for 1 benign account, and lost none), until XMCTO — XMCT
    with side model XMCO's covering-operator rule — replaced it after 320, and XMCW (XMCTO with suspect
    crowds) after 336: the shipped file keeps every weight of XMCT's, the corpus order's among them, and
    differs from XMCT only by XMCO's bar and XMCW's suspect crowds. XMCD, shipped before XMCT, is XMCT's
    base without the corpus-order weight."""
    shipped = Calibration.load().__dict__
    xmct = Calibration.load(RESULTS / "monitor_calibration_xmct.json").__dict__
    xmcd = Calibration.load(RESULTS / "monitor_calibration_xmcd.json").__dict__
    assert shipped["weights"] == xmct["weights"] and shipped["weights"]["corpus_order"] > 0
    assert {k for k in xmct if xmct[k] != shipped[k]} == {"operator_median", "crowd_suspects", "crowd_suspect_cards", "source"}
    assert {k for k in xmcd if xmcd[k] != xmct[k]} == {"weights", "source"}
    added = {k for k, v in xmct["weights"].items() if xmcd["weights"].get(k) != v}
    assert added == {"corpus_order"}
