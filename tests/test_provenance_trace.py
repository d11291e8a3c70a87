"""`distillguard trace`: which accounts were served near-copies of a suspect text."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from scipy import stats

from distillguard.data.sharegpt import answers
from distillguard.provenance.cli import unrelated_texts
from distillguard.provenance.index import ProvenanceIndex, calibrate, trace
from helpers import assert_one_line_error as _one_line_error
from helpers import cli as run

SERVED = 300  # answers served to 30 accounts (the first ShareGPT answers)


def _served() -> list[dict]:
    return [{"account_id": f"acct-{i % 30}", "ts": f"2026-11-{1 + i % 28:02d}T10:00:00Z",
             "response": text, "event_id": i + 1} for i, text in enumerate(answers(SERVED))]


def _light_edit(text: str, seed: int) -> str:
    """What a distiller's cleanup does: drop ~10% of words, swap a few, cut the tail."""
    rng = random.Random(seed)
    words = [w for w in text.split() if rng.random() > 0.1]
    for _ in range(3):
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words[: int(len(words) * 0.8)])


def _unseen(n: int) -> list[str]:
    """Answers neither served nor used by the calibration (middle of the file)."""
    return answers()[5000 : 5000 + n]


@pytest.fixture(scope="module")
def index():
    idx = ProvenanceIndex()
    idx.add(_served())
    return idx


@pytest.fixture(scope="module")
def null(index):
    return calibrate(index, unrelated_texts(400))


def test_lightly_edited_answers_trace_to_their_account_and_unrelated_text_does_not(index, null):
    served = _served()
    picks = [3, 41, 77, 150, 299]
    texts = [_light_edit(served[i]["response"], i) for i in picks] + _unseen(5)
    results = list(trace(index, texts, null, max_fmr=0.01))
    for i, result in zip(picks, results[:5], strict=True):
        assert result["matches"], f"edited answer {i} not traced"
        assert result["matches"][0]["account_id"] == served[i]["account_id"]
        assert result["matches"][0]["event_id"] == served[i]["event_id"]
        assert result["false_match_rate"] <= 0.01
    for result in results[5:]:
        assert result["matches"] == [] and result["false_match_rate"] > 0.01


def test_false_match_rate_is_calibrated_on_unrelated_text(index, null):
    """Under the null (texts never served), P(rate ≤ α) ≤ α: the count at α = 0.05 is within the
    one-sided 99.9% binomial bound, and the rates are not smaller than uniform (KS)."""
    texts = _unseen(300)
    rates = np.array([r["false_match_rate"] for r in trace(index, texts, null, max_fmr=0.05)])
    bound = stats.binom.ppf(0.999, len(texts), 0.05)
    assert (rates <= 0.05).sum() <= bound, (rates <= 0.05).sum()
    # conservative: the rates should stochastically dominate Uniform(0, 1)
    assert stats.kstest(rates, "uniform", alternative="greater").pvalue > 1e-3


def test_index_persists_and_grows_incrementally(tmp_path, index):
    index.save(tmp_path / "prov")
    again = ProvenanceIndex.load(tmp_path / "prov")
    assert len(again) == len(index) and again.last_event_id == SERVED
    assert np.array_equal(again.sigs, index.sigs) and np.allclose(again.vecs, index.vecs)
    again.add([{"account_id": "late", "ts": "x", "response": "A brand new answer about tides and moons.",
                "event_id": SERVED + 5}, {"account_id": "none", "response": None, "event_id": SERVED + 6}])
    assert len(again) == len(index) + 1 and again.last_event_id == SERVED + 5
    (tmp_path / "prov" / "meta.json").write_text(json.dumps({"version": 999}))
    assert len(ProvenanceIndex.load(tmp_path / "prov")) == 0  # unknown format → rebuilt


def test_cli_traces_against_the_gateway_event_log(tmp_path, monkeypatch):
    """Real CLI over the real event store: served answers go in through the gateway's event log."""
    from distillguard.config import load_settings
    from distillguard.gateway.events import EventLog
    from distillguard.store.db import get_database

    home = tmp_path / "home"
    monkeypatch.setenv("DISTILLGUARD_HOME", str(home))
    db = get_database(load_settings().resolved_database_url)
    log = EventLog(db)
    served = _served()[:60]
    for row in served:
        log.write_sync({"ts": 1_790_000_000.0 + row["event_id"], "account_id": row["account_id"],
                        "request_id": f"req-{row['event_id']}", "endpoint": "chat.completions",
                        "ip": "192.0.2.1", "model": "m", "prompt": "q", "response": row["response"],
                        "status": 200, "prompt_tokens": 1, "completion_tokens": 1})
    log.close()
    suspect = tmp_path / "suspect.jsonl"
    suspect.write_text("\n".join(json.dumps({"id": f"s{i}", "text": t}) for i, t in
                                 enumerate([_light_edit(served[7]["response"], 7), _unseen(1)[0]])))
    proc = run("trace", suspect)
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["s0", "s1"]
    assert out[0]["matches"][0]["account_id"] == served[7]["account_id"]
    assert set(out[0]["matches"][0]) >= {"account_id", "event_ts", "similarity", "method"}
    assert out[1]["matches"] == []
    assert (home / "provenance" / "meta.json").exists()


def test_cli_refuses_an_event_log_without_responses(tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(json.dumps({"account_id": "a", "ts": 1, "prompt": "p", "response": None})
                                for _ in range(3)))
    suspect = tmp_path / "s.jsonl"
    suspect.write_text(json.dumps({"id": "x", "text": "anything at all"}))
    _one_line_error(run("trace", suspect, "--events", events, check=False), "none with a response", "retention")
    _one_line_error(run("trace", tmp_path / "missing.jsonl", "--events", events, check=False), "not found")


def test_an_exact_copy_outranks_a_near_copy_served_earlier():
    """Clear matches all sit at the null's resolution floor, so the rate alone cannot order them:
    the account served the exact text must come before one served an edited version earlier."""
    text = _served()[10]["response"]
    idx = ProvenanceIndex()
    idx.add(_served() + [{"account_id": "near", "ts": "", "response": _light_edit(text, 1), "event_id": 901},
                         {"account_id": "exact", "ts": "", "response": text, "event_id": 902}])
    result = next(trace(idx, [text], calibrate(idx, unrelated_texts(400))))
    assert {m["account_id"] for m in result["matches"][:2]} == {"exact", "acct-10"}, result
