"""The reasoning guard's opt-in learned half (`learned = "more"`): weights fitted with the 150
phrasing groups of `monitor/data/task_shapes_more.json` as well.

What must hold: the file ships and matches both labelled files (a stale fit fails here); the
policy's choice reaches the weights on the request path and in batches, each choice with its own
cache entries; the fast one-text path equals the batch path for these weights as for the default
ones; and the monitor's CoT evidence keeps the default weights its frozen models were fitted on.
The blind figures that decided the default live in bench/results (docs/policy.md), not here.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from distillguard.errors import DistillguardError
from distillguard.monitor import task_shape as ts
from distillguard.policy import reasoning_guard as rg


def _more_prompt() -> str:
    """One of the more file's own reasoning-trace phrasings around an ordinary task: "more" was
    fitted on it, the default weights never saw it (a plumbing check, not a generalisation one)."""
    more = ts.more_spec()
    template = next(t["t"] for t in more["reasoning_trace"] if "raw internal musings" in t["t"])
    return template.replace("{problem}", "Why does ice float on water?")


def test_more_weights_ship_and_match_both_labelled_files():
    meta = json.loads(ts.WEIGHTS_PATH.with_name("task_shape_weights_more.json").read_text(encoding="utf-8"))
    data = ts.WEIGHTS_PATH.parent
    assert meta["data_sha256"] == hashlib.sha256((data / "task_shapes.json").read_bytes()).hexdigest(), (
        "data/task_shapes.json changed: rerun python -m distillguard.monitor.task_shape --more")
    assert meta["more_data_sha256"] == hashlib.sha256((data / "task_shapes_more.json").read_bytes()).hexdigest(), (
        "data/task_shapes_more.json changed: rerun python -m distillguard.monitor.task_shape --more")
    more, default = ts.model(ts.MORE_WEIGHTS_FILE), ts.model()
    assert 0.5 <= more.guard_threshold < 1.0
    assert not np.array_equal(more.weights_t, default.weights_t)
    assert (data / "task_shape_weights_more.json").stat().st_size < 1_000_000
    assert meta["per_class"]["reasoning_trace"] > json.loads(ts.WEIGHTS_PATH.read_text())["per_class"]["reasoning_trace"]


def test_the_choice_reaches_the_weights_one_prompt_and_in_batches():
    text = _more_prompt()
    rg._recent.clear()
    default, more = rg.classify(text), rg.classify(text, "more")
    assert not default.flagged and more.flagged and more.families == [rg.LEARNED_FAMILY]
    # the cache keeps one entry per choice: asking again in the other order gives the same answers
    assert rg.classify(text, "more").flagged and not rg.classify(text).flagged
    batch = [text] + [f"Ordinary question number {i}: what is {i} + {i}?" for i in range(20)]  # > _SMALL
    assert [r.flagged for r in rg.classify_many(batch, "more")][0] is True
    assert [r.flagged for r in rg.classify_many(batch)][0] is False


def test_fast_path_equals_batch_path_for_the_more_weights():
    texts = [r.text for r in ts.more_rows()[::7]][:300] + ["", "a", "日本語のテキスト", "x" * 3000]
    batch = ts.classify_shapes(texts, ts.MORE_WEIGHTS_FILE)
    for text, row in zip(texts, batch, strict=True):
        assert np.array_equal(ts.probabilities_one(text, ts.MORE_WEIGHTS_FILE), row)


def test_policy_learned_more_tags_what_the_default_lets_through():
    from distillguard.policy.engine import AccountFacts, Policy, RequestFacts
    from distillguard.policy.geo import GeoInfo

    account = AccountFacts(account_id="a1", org_id="o1", state="active", tier="standard", declared_country="US",
                           billing_country="US", verification="verified", ownership={"US": 1.0}, risk=None)
    request = RequestFacts("192.0.2.1", GeoInfo("US", None, None), _more_prompt())
    default = Policy.from_dict({}).evaluate(account, request)
    more = Policy.from_dict({"reasoning_guard": {"learned": "more"}}).evaluate(account, request)
    assert default.guard is not None and not default.guard.flagged
    assert more.guard is not None and more.guard.flagged
    assert [r.code for r in more.reasons] == ["reasoning_extraction_suspected"]


def test_the_monitor_cot_evidence_keeps_the_default_weights():
    from distillguard.monitor.cot import cot_flags

    assert cot_flags([_more_prompt()]) == [False]


def test_unknown_choices_are_refused():
    with pytest.raises(ValueError, match="learned must be one of"):
        rg.classify("hello", "bigger")
    with pytest.raises(ValueError, match="learned must be one of"):
        rg.classify_many(["hello"] * 20, "bigger")
    with pytest.raises(ValueError, match="unknown task-shape weights"):
        ts.model("data/other.json")
    with pytest.raises(DistillguardError, match=r"reasoning_guard\.learned"):
        from distillguard.policy.engine import Policy

        Policy.from_dict({"reasoning_guard": {"learned": "bigger"}})
