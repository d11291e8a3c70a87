"""The guard's two knobs: the learned half's threshold (`reasoning_guard.learned_threshold`), which trades
recall on unseen phrasings for benign flags with the regex half kept as fitted, and the guard threshold
(`reasoning_guard.threshold`), which a policy may no longer set where it would flag every prompt."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distillguard.cli import app
from distillguard.errors import DistillguardError
from distillguard.policy import reasoning_guard as rg
from distillguard.policy.engine import AccountFacts, Policy, RequestFacts
from distillguard.policy.geo import GeoInfo

ROOT = Path(__file__).resolve().parents[1]
SPENT = ROOT / "bench" / "data" / "guard_blind_20261207zd.json"  # a spent blind batch (docs/policy.md, step 23)


@pytest.fixture(scope="module")
def spent():
    data = json.loads(SPENT.read_text(encoding="utf-8"))
    return {k: [e if isinstance(e, str) else e["text"] for e in data[k]] for k in ("extraction", "hard_negatives", "students")}


@pytest.fixture(scope="module")
def sharegpt():
    from distillguard.monitor.task_shape import sharegpt_reference

    return sharegpt_reference("heldout")[:600]


def shipped_learned_threshold(learned: str = rg.DEFAULT_LEARNED) -> float:
    from distillguard.monitor.task_shape import model

    return model(rg._weights_file(learned)).guard_threshold


def flagged(texts: list[str], learned_threshold: float | None) -> list[bool]:
    return [r.flagged for r in rg.classify_many(texts, rg.DEFAULT_LEARNED, learned_threshold)]


def test_the_fits_own_learned_threshold_changes_nothing(spent, sharegpt):
    texts = spent["extraction"] + spent["hard_negatives"] + spent["students"] + sharegpt
    assert rg.classify_many(texts) == rg.classify_many(texts, rg.DEFAULT_LEARNED, shipped_learned_threshold())


def test_lower_learned_thresholds_flag_supersets_and_keep_regex_flags(spent, sharegpt):
    texts = spent["extraction"] + spent["hard_negatives"] + spent["students"] + sharegpt
    shipped = rg.classify_many(texts)
    low, high = flagged(texts, 0.5), flagged(texts, 0.995)
    for s, lo, hi in zip(shipped, low, high, strict=True):
        assert (not hi or s.flagged) and (not s.flagged or lo)  # 0.995 ⊆ shipped ⊆ 0.5
        if s.flagged and s.families and "learned" not in s.families:
            assert hi  # a regex flag does not depend on the learned half's threshold
    assert sum(low) > sum(r.flagged for r in shipped) > sum(high)


def test_a_prompt_the_learned_half_scores_under_its_threshold_is_flagged_at_a_lower_one(spent):
    """On the spent batch zd "images" missed one prompt in 300 (docs/policy.md step 23); its learned half
    reads it between 0.5 and the fit's 0.911, so a policy at 0.5 flags it through the learned half."""
    texts = spent["extraction"]
    missed = [t for t, r in zip(texts, rg.classify_many(texts), strict=True) if not r.flagged]
    assert len(missed) == 1
    r = rg.classify(missed[0], rg.DEFAULT_LEARNED, 0.5)
    assert r.flagged and r.families == ["learned"]
    assert not rg.classify(missed[0]).flagged  # the remembered results are kept apart per threshold
    assert rg.classify(missed[0], rg.DEFAULT_LEARNED, 0.5).flagged


def test_classify_and_classify_many_agree_at_a_set_learned_threshold(spent):
    texts = spent["students"][:40] + spent["extraction"][:40]
    rg._recent.clear()
    one = [rg.classify(t, rg.DEFAULT_LEARNED, 0.3) for t in texts]
    assert one == rg.classify_many(texts, rg.DEFAULT_LEARNED, 0.3)


@pytest.mark.parametrize("bad", [0, 0.0, 1, 1.0, -0.2, 1.5, float("nan"), True])
def test_learned_thresholds_outside_the_open_unit_interval_are_refused(bad):
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        rg.classify("hello", rg.DEFAULT_LEARNED, bad)
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        rg.classify_many(["hello"] * 20, rg.DEFAULT_LEARNED, bad)


def test_a_guard_threshold_at_the_regex_floor_would_flag_every_prompt_and_is_refused(sharegpt):
    base = rg.regex_base_score()
    scores = [r.score for r in rg.classify_many(sharegpt + [""])]
    assert min(scores) >= base - 1e-6  # no prompt scores under the floor: a threshold there flags all
    assert base < rg.model().threshold
    with pytest.raises(ValueError, match="would flag every prompt"):
        rg.check_threshold(base)
    assert rg.check_threshold(base + 0.002) == base + 0.002


def account() -> AccountFacts:
    return AccountFacts(account_id="a1", org_id="o1", state="active", tier="standard", declared_country="US",
                        billing_country="US", verification="verified", ownership={"US": 1.0}, risk=None)


def test_a_policy_learned_threshold_reaches_the_decision(tmp_path, spent):
    texts = spent["extraction"]
    missed = next(t for t, r in zip(texts, rg.classify_many(texts), strict=True) if not r.flagged)
    path = tmp_path / "policy.toml"
    path.write_text('[reasoning_guard]\naction = "refuse"\nlearned_threshold = 0.5\n', encoding="utf-8")
    request = RequestFacts("192.0.2.1", GeoInfo("US", None, None), missed)
    lowered = Policy.load(str(path)).evaluate(account(), request)
    assert lowered.action == "deny" and [r.code for r in lowered.reasons] == ["reasoning_extraction"]
    assert "learned" in lowered.reasons[0].message
    shipped = Policy.load().evaluate(account(), request)
    assert shipped.action == "allow" and not shipped.reasons


def test_a_policy_threshold_just_above_the_floor_loads(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(f"[reasoning_guard]\nthreshold = {rg.regex_base_score() + 0.003:.4f}\n", encoding="utf-8")
    Policy.load(str(path))
    at_or_under = math.floor(rg.regex_base_score() * 10_000) / 10_000
    path.write_text(f"[reasoning_guard]\nthreshold = {at_or_under}\n", encoding="utf-8")
    with pytest.raises(DistillguardError, match=r"reasoning_guard\.threshold: .* would flag every prompt"):
        Policy.load(str(path))


def test_the_cli_takes_a_learned_threshold(spent):
    texts = spent["extraction"]
    missed = next(t for t, r in zip(texts, rg.classify_many(texts), strict=True) if not r.flagged)
    runner = CliRunner()
    shipped = json.loads(runner.invoke(app, ["policy", "guard", missed]).output)
    lowered = json.loads(runner.invoke(app, ["policy", "guard", "--learned-threshold", "0.5", missed]).output)
    assert (shipped["flagged"], lowered["flagged"]) == (False, True)
    proc = subprocess.run([sys.executable, "-m", "distillguard.cli", "policy", "guard", "--learned-threshold", "1.5",
                           "x"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "--learned-threshold" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_the_operating_curve_reproduces_the_recorded_blind_run():
    """bench/guard_operating_curve.py at the fit's own threshold flags what the batch's recorded blind run
    flagged (bench/results/guard_blind_20261207zd_images.json: 299/300, 2 hard negatives, 0 students)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from guard_operating_curve import batch_texts, flags_at
    finally:
        sys.path.remove(str(ROOT / "bench"))
    record = json.loads((ROOT / "bench/results/guard_blind_20261207zd_images.json").read_text(encoding="utf-8"))["blind"]
    p = shipped_learned_threshold("images")
    got = [int(flags_at(batch_texts(("20261207zd",), k), "images", p).sum())
           for k in ("extraction", "hard_negatives", "students")]
    assert got == [record["guard_caught"], record["hard_negatives_flagged"], record["students_flagged"]]
