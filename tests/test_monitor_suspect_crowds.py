"""Suspect crowds (`crowds.suspect_crowds`; side model XMCV): an account within the inherit margin with
at least `SUSPECT_NEIGHBOURS` other such accounts on its topic (centred centroids within cosine
`SUSPECT_COSINE`), most of them arrived during the scan, that split their tasks (at least
`SUSPECT_MIN_PROMPTS` distinct long prompts, at most the calibration's `crowd_suspects` of them sent by
two or more) is flagged by the margin alone."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor import crowds as C
from distillguard.monitor.scan import ScanParams, analyse, params_for
from distillguard.monitor.scoring import Calibration
from test_monitor_generalize import _assessed, _benign_crowd
from test_monitor_signals import DAY, T0, _event

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
DIM = 16


def _topic(rng: np.random.Generator, axis: int, n: int, spread: float) -> list[np.ndarray]:
    """`n` centroids around one axis (`spread` sets how far each strays from it)."""
    base = np.zeros(DIM)
    base[axis] = 1.0
    return [(base + spread * rng.normal(size=DIM)).astype(np.float16) for _ in range(n)]


def _population(crowd: int, seed: int = 0):
    """Forty scattered accounts plus `crowd` accounts on one topic: centroids, own scores, arrivals."""
    rng = np.random.default_rng(seed)
    centroids = {f"user-{i:02d}": rng.normal(size=DIM).astype(np.float16) for i in range(40)}
    centroids |= {f"crowd-{i:02d}": v for i, v in enumerate(_topic(rng, 3, crowd, 0.15))}
    own = {a: 0.3 for a in centroids}
    first = {a: T0 + (3 * DAY if a.startswith("crowd") else (int(a[-2:]) % 4) * 0.5 * DAY) for a in centroids}
    return centroids, own, first


def test_a_suspect_crowd_counts_only_suspects_on_its_topic_and_reads_their_split():
    centroids, own, first = _population(8)
    crowd = [a for a in centroids if a.startswith("crowd")]
    tasks = {a: frozenset(range(10 * i, 10 * i + 4)) for i, a in enumerate(crowd)}  # four each, none shared
    found = C.suspect_crowds(centroids, own, set(crowd), first, 0.25, tasks)
    assert set(found) == set(crowd)
    assert found[crowd[0]] == C.Crowd(7, 0.3, 1.0, "suspect", 32, 0.0)
    # one short of the bar: five suspects on the topic have four neighbours each
    assert C.suspect_crowds(centroids, own, set(crowd[:5]), first, 0.25, tasks) == {}
    assert set(C.suspect_crowds(centroids, own, set(crowd[:6]), first, 0.25, tasks)) == set(crowd[:6])
    # a task every member sends: 1 of 29 distinct prompts repeated
    pasted = {a: t | {999} for a, t in tasks.items()}
    assert found[crowd[0]].repeated == 0.0
    assert C.suspect_crowds(centroids, own, set(crowd), first, 0.25, pasted)[crowd[0]].repeated == pytest.approx(1 / 33)


def test_many_crowds_splits_at_once_equal_one_count_per_crowd(monkeypatch):
    """`PromptSends.repeated_shares` (the sparse product the scan reads suspect crowds' splits with)
    gives exactly `repeated_share`'s numbers, over random crowds, hashes up to 2**64, accounts without
    prompts or absent, and chunks from one crowd to all of them."""
    rng = np.random.default_rng(7)
    for trial in range(120):
        n = int(rng.integers(1, 50))
        names = [f"acct-{i}" for i in range(n)]
        pool = rng.integers(0, 2**64 - 1, size=int(rng.integers(1, 60)), dtype=np.uint64).tolist()
        sends = {a: frozenset(rng.choice(pool, size=int(rng.integers(0, 8))).tolist()) for a in names if rng.random() < 0.8}
        crowds = [rng.choice(n, size=int(rng.integers(1, n + 1)), replace=False) for _ in range(int(rng.integers(0, 15)))]
        monkeypatch.setattr(C, "SPLIT_CHUNK", int(rng.integers(1, 40)) if trial % 2 else 20_000_000)
        assert C.PromptSends(names, sends).repeated_shares(crowds) == [
            C.repeated_share([names[j] for j in crowd], sends) for crowd in crowds
        ]
    # a crowd repeating one prompt: 1 of 3 distinct prompts sent twice
    assert C.PromptSends(["a", "b"], {"a": frozenset({1, 2}), "b": frozenset({2, 3})}).repeated_shares(
        [np.array([0, 1]), np.array([1]), np.array([], dtype=np.int64)]) == [(3, 1 / 3), (2, 0.0), (0, 0.0)]


def test_topic_candidates_hold_every_possible_suspect_crowd_member():
    centroids, own, first = _population(8)
    candidates = C.topic_candidates(centroids)
    crowd = {a for a in centroids if a.startswith("crowd")}
    assert crowd <= candidates
    found = C.suspect_crowds(centroids, own, set(centroids), first, 0.25, {})
    assert set(found) <= candidates
    assert C.topic_candidates({a: v for a, v in list(centroids.items())[:5]}) == set()


@pytest.mark.parametrize(
    ("crowd", "gap", "flagged"),
    [
        (C.Crowd(5, 0.3, 0.65, "suspect", 20, 0.05), 2.0, True),  # at every bar
        (C.Crowd(5, 0.3, 0.64, "suspect", 20, 0.05), 2.0, False),  # arrived short of the bar
        (C.Crowd(5, 0.3, 0.65, "suspect", 19, 0.0), 2.0, False),  # too few long prompts to read a split
        (C.Crowd(5, 0.3, 0.65, "suspect", 40, 0.051), 2.0, False),  # a cohort repeating its tasks
        (C.Crowd(5, 0.3, 0.65, "suspect", 20, 0.05), 2.01, False),  # the margin is never waived
        (C.Crowd(30, 0.9, 1.0, "topic", 200, 0.0), 0.5, False),  # another kind of crowd: not this rule's
        (None, 0.0, False),
    ],
)
def test_the_suspect_rule_needs_arrivals_a_split_and_the_margin(crowd, gap, flagged):
    assert C.flagged_through_suspect_crowd(crowd, gap, 2.0, 0.65, 0.05) is flagged


def test_the_suspect_reason_says_what_the_crowd_shares_and_how_it_split_its_tasks():
    text = C.crowd_reason(C.Crowd(7, 0.3, 0.73, "suspect", 54, 0.037), 2.0, 0.25)
    assert text.startswith("one of a suspect crowd: 7 other accounts whose own evidence is also near the threshold")
    assert "(73% of them first seen more than 24 h after 25% of the scan's accounts had been seen)" in text
    assert "of the 54 distinct longer prompts they send, 3.7% are sent by two of them or more" in text
    assert text.endswith("its own evidence is within 2 log-odds of the threshold")


def test_calibration_files_refuse_a_bad_suspect_share(tmp_path):
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcv.json")
    bad = [replace(cal, crowd_suspects=v) for v in (1.01, -0.01, float("nan"), True)]
    bad.append(replace(cal, crowd_arrived=None, crowd_arrived_quantile=None))
    for each in bad:
        each.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="crowd_suspects"):
            Calibration.load(tmp_path / "bad.json")
    Calibration.load(RESULTS / "monitor_calibration_xmct.json").save(tmp_path / "base.json")
    assert "crowd_suspects" not in json.loads((tmp_path / "base.json").read_text())


def test_side_model_xmcv_is_xmct_with_a_suspect_share_derived_by_its_command(tmp_path):
    """Side model XMCV (bench/results/monitor_calibration_xmcv.json, frozen before blind batches
    313-320 were committed) is what bench/monitor_derive.py makes of XMCT with `--crowd-suspects
    0.05`: XMCT's every field but that one; a second `--crowd-suspects` is one line of error."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    derived, frozen, base = _derive(tmp_path, "xmct", "xmcv", "--crowd-suspects", "0.05")
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_suspects", "source"}
    again = _derive_fails(tmp_path, "xmcv", "--crowd-suspects", "0.05")
    assert again.returncode == 2 and "not suspect crowds" in again.stderr


def test_only_a_model_reading_suspect_crowds_pays_for_the_candidates_long_prompts():
    """XMCV and the shipped XMCW read suspect crowds; XMCTO, shipped before XMCW, does not pay for the read."""
    assert params_for(Calibration.load(RESULTS / "monitor_calibration_xmcv.json"), None).features.suspect_crowds
    assert not params_for(Calibration.load(RESULTS / "monitor_calibration_xmcto.json"), None).features.suspect_crowds
    assert params_for(Calibration.load(), None).features.suspect_crowds  # the shipped model, XMCW


CONCEPTS = ["variance", "median", "standard error", "p-value", "regression slope", "chi-square test",
            "confidence level", "sampling bias", "outlier", "correlation", "z-score", "t-test",
            "effect size", "null hypothesis", "type I error", "type II error", "power analysis",
            "bootstrap", "likelihood", "prior", "posterior", "residual", "skewness", "kurtosis"]


def _lesson(member: int, k: int) -> str:
    concept = CONCEPTS[(member * 5 + k) % len(CONCEPTS)]
    return (f"I am revising statistics on my own. Explain the {concept} step by step with a worked "
            f"numeric example (case {member}-{k}), then say when a beginner would use it in practice.")


def _crowd(pasted: bool) -> list[dict]:
    """Ten accounts that turn up three days into the log, each its own card and home address, asking
    five statistics lessons each; `pasted`: each also sends the same four assignment texts, as a
    course's students paste one problem set."""
    rng = np.random.default_rng(5)
    events = []
    for h in range(10):
        start = T0 + 3 * DAY + (9 + h % 6) * 3600
        texts = [_lesson(h, k) for k in range(5)]
        if pasted:
            texts += [f"Assignment {j + 1} for the statistics course: compute the sample variance of the "
                      f"data set in the handout and explain each step of the calculation in words." for j in range(4)]
        for text, t in zip(texts, start + np.cumsum(rng.exponential(400.0, size=len(texts))), strict=True):
            events.append(_event(f"crowd-{h:02d}", float(t), text, ip=f"88.{30 + h}.{5 * h}.{7 + h}", card=f"pay-c{h}"))
    return events


@pytest.fixture(scope="module")
def suspect_scan(tmp_path_factory):
    """Real scans (MiniLM embeddings, DuckDB) of sixty ordinary users plus the crowd, split and pasted,
    assessed by XMCV with the margin opened (every account counts as a suspect: the test is about the
    crowd's topic, arrival and split, not its own evidence) and by XMCT, margin opened likewise."""
    xmcv = Calibration.load(RESULTS / "monitor_calibration_xmcv.json")
    models = {"xmcv": replace(xmcv, inherit_margin=50.0),
              "xmct": replace(Calibration.load(RESULTS / "monitor_calibration_xmct.json"), inherit_margin=50.0)}
    out = {}
    for name, pasted in (("split", False), ("pasted", True)):
        path = tmp_path_factory.mktemp(name) / "events.jsonl"
        path.write_text("".join(json.dumps(e) + "\n" for e in _benign_crowd(60) + _crowd(pasted)))
        analysis = analyse(path, params_for(xmcv, ScanParams()))
        out[name] = {"analysis": analysis} | {m: _assessed(analysis, cal) for m, cal in models.items()}
    return out


def _through_suspects(doc: dict) -> set[str]:
    return {a["account_id"] for a in doc["accounts"]
            if a["reason_codes"][:1] == ["crowd"] and "suspect crowd" in a["reasons"][0]}


def test_a_crowd_that_arrived_on_one_topic_and_split_its_lessons_is_flagged_through_it(suspect_scan):
    scan = suspect_scan["split"]
    crowd = {a for a in scan["analysis"].rows if a.startswith("crowd")}
    assert crowd <= set(scan["analysis"].long_prompts)  # the candidates' long prompts were read
    flagged = _through_suspects(scan["xmcv"])
    assert len(flagged & crowd) >= 8, flagged
    assert not any(a.startswith("user") for a in flagged)  # ordinary users: no topic, here from the start
    assert _through_suspects(scan["xmct"]) == set()


def test_the_same_crowd_pasting_one_assignment_is_not_flagged_through_it(suspect_scan):
    assert _through_suspects(suspect_scan["pasted"]["xmcv"]) == set()



@pytest.mark.parametrize(("cards", "bar", "flagged"), [(0, 2, True), (2, 2, True), (3, 2, False), (36, None, True)])
def test_xmcws_card_bar_spares_an_organisations_card(cards, bar, flagged):
    """Side model XMCW: an account whose busiest card pays for more than the bar's accounts is not
    flagged through its suspect crowd (no bar: XMCV's rule)."""
    crowd = C.Crowd(5, 0.3, 0.65, "suspect", 20, 0.05)
    assert C.flagged_through_suspect_crowd(crowd, 2.0, 2.0, 0.65, 0.05, cards, bar) is flagged


def test_calibration_files_refuse_a_bad_card_bar(tmp_path):
    cal = Calibration.load(RESULTS / "monitor_calibration_xmcw.json")
    assert cal.crowd_suspect_cards is not None and cal.crowd_suspects == 0.05
    for bad in (replace(cal, crowd_suspect_cards=-1), replace(cal, crowd_suspect_cards=1.5),
                replace(cal, crowd_suspect_cards=True), replace(cal, crowd_suspects=None)):
        bad.save(tmp_path / "bad.json")
        with pytest.raises(DistillguardError, match="crowd_suspect_cards"):
            Calibration.load(tmp_path / "bad.json")
    Calibration.load(RESULTS / "monitor_calibration_xmcv.json").save(tmp_path / "xmcv.json")
    assert "crowd_suspect_cards" not in json.loads((tmp_path / "xmcv.json").read_text())


def test_side_model_xmcw_is_the_shipped_xmcto_with_xmcvs_crowds_and_a_card_bar_derived_by_its_command(tmp_path):
    """Side model XMCW (bench/results/monitor_calibration_xmcw.json, frozen before any blind batch after
    328 was written) is what bench/monitor_derive.py makes of XMCTO with XMCV's `--crowd-suspects 0.05`
    and its card bar: XMCTO's every field but those two."""
    from test_monitor_trees import _but_source, _derive, _derive_fails

    bar = str(Calibration.load(RESULTS / "monitor_calibration_xmcw.json").crowd_suspect_cards)
    derived, frozen, base = _derive(tmp_path, "xmcto", "xmcw", "--crowd-suspects", "0.05", "--crowd-suspect-cards", bar)
    assert _but_source(derived) == _but_source(frozen)
    assert {k for k in base if base[k] != frozen[k]} == {"crowd_suspects", "crowd_suspect_cards", "source"}
    alone = _derive_fails(tmp_path, "xmcto", "--crowd-suspect-cards", bar)
    assert alone.returncode == 2 and "with suspect crowds read" in alone.stderr


def test_the_shipped_model_is_xmcw_xmcto_with_suspect_crowds_behind_a_card_bar():
    """The shipped file is model XMCW's (shipped after blind batch 336 by its rule, written down when it was
    frozen, before 329-336 were written: on them it added 40 campaign accounts to XMCTO's for 4 benign, and
    the 16M-event scan took 509 s at 39/60,000 benign): every field of
    bench/results/monitor_calibration_xmcw.json, the source adding only the note that says why it shipped;
    against XMCTO, shipped before it, exactly XMCV's suspect share and the card bar."""
    shipped = Calibration.load().__dict__
    frozen = Calibration.load(RESULTS / "monitor_calibration_xmcw.json").__dict__
    xmcto = Calibration.load(RESULTS / "monitor_calibration_xmcto.json").__dict__
    assert {k: v for k, v in shipped.items() if k != "source"} == {k: v for k, v in frozen.items() if k != "source"}
    assert shipped["source"].startswith(frozen["source"]) and "model XMCW shipped after blind batch 336" in shipped["source"]
    assert {k for k in xmcto if xmcto[k] != shipped[k]} == {"crowd_suspects", "crowd_suspect_cards", "source"}
    assert (shipped["crowd_suspects"], shipped["crowd_suspect_cards"]) == (0.05, 5)


def test_a_crowd_paying_per_key_passes_the_card_bar_and_one_on_a_shared_card_does_not(suspect_scan):
    """The split crowd pays one card per key: XMCW flags it through its suspect crowd as XMCV does (margin
    opened as above); with every member's card counted as paying for more accounts than the bar, none."""
    xmcw = replace(Calibration.load(RESULTS / "monitor_calibration_xmcw.json"), inherit_margin=50.0)
    scan = suspect_scan["split"]
    crowd = {a for a in scan["analysis"].rows if a.startswith("crowd")}
    assert _through_suspects(_assessed(scan["analysis"], xmcw)) & crowd == _through_suspects(scan["xmcv"]) & crowd
    assert all(int(scan["analysis"].rows[a]["card_accounts"]) == 1 for a in crowd)
    shared = replace(scan["analysis"], rows={a: r | ({"card_accounts": 40} if a in crowd else {})
                                             for a, r in scan["analysis"].rows.items()})
    assert _through_suspects(_assessed(shared, xmcw)) & crowd == set()
