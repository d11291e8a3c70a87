"""`watermark detect --scan windows`: the most significant span, p-value corrected for the search.

- the dyadic windows cover every span of ≥ MIN_WINDOW tuples at least half-and-half;
- on null text, under a fresh key per text, windowed p-values are conservative: their
  empirical CDF never significantly exceeds the uniform one (one-sided KS), and the counts
  below 1e-3 … 0.1 stay inside Binomial(N, α) bounds;
- a watermarked answer (the tiny model, KGW) pasted into natural text at 10% and 25% of the
  document is found by the windowed scan at p < 1e-5 in every document, with the span on the
  pasted passage, while the whole-text scan misses some of them.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from scipy.stats import binom, kstest
from typer.testing import CliRunner

from distillguard.cli import app as cli_app
from distillguard.data.sharegpt import answers
from distillguard.watermark.detect import detect_tokens
from distillguard.watermark.fast_tokenize import load_text_tokenizer
from distillguard.watermark.keys import new_key, save_key
from distillguard.watermark.schemes import get_scheme
from distillguard.watermark.windows import MIN_WINDOW, dyadic_windows

N_NULL = 1500
ALPHA = 1e-5


def test_dyadic_windows_count_and_cover_every_long_span():
    counts = np.array([0, 5, 32, 33, 100, 1000])
    owner, start, length = dyadic_windows(counts)
    searched = np.bincount(owner, minlength=len(counts))
    assert searched[:3].tolist() == [1, 1, 1]  # too short to split: the whole text only
    assert searched[5] <= 1 + 4 * 1000 / MIN_WINDOW
    assert np.all(start >= 0) and np.all(start + length <= counts[owner])
    n = 1000
    mine = owner == 5
    for a in range(0, n - MIN_WINDOW, 7):
        for span in (MIN_WINDOW, 45, 100, 300):
            b = min(a + span, n)
            if b - a < MIN_WINDOW:
                continue
            inside = np.minimum(start[mine] + length[mine], b) - np.maximum(start[mine], a)
            ok = (inside * 2 >= length[mine]) & (length[mine] * 2 > b - a)
            assert ok.any(), (a, b)


def test_windows_equal_whole_on_short_texts_and_never_beat_it_by_more_than_m():
    key = new_key("kgw", secret=bytes(range(32)), context_width=1)
    rng = np.random.default_rng(0)
    seqs = [rng.integers(0, 2000, n) for n in (20, 33, 400, 2000)]
    whole = detect_tokens(key, seqs)
    windows = detect_tokens(key, seqs, scan="windows")
    assert windows[0].windows_searched == 1 and windows[0].p_value == pytest.approx(whole[0].p_value)
    for w, s in zip(whole, windows, strict=True):
        assert s.p_value <= min(1.0, w.p_value * s.windows_searched) * (1 + 1e-9)
        assert set(s.to_json()) == {"id", "p_value", "score", "tokens_scored", "scheme", "key_id",
                                     "span", "windows_searched"}
    assert set(whole[0].to_json()) == {"id", "p_value", "score", "tokens_scored", "scheme", "key_id"}


def test_span_locates_a_green_run_in_each_text():
    """Synthetic KGW text: random tokens with a run of green tokens placed differently per text."""
    key = new_key("kgw", secret=bytes(range(32)), context_width=1)
    scheme = get_scheme(key)
    rng = np.random.default_rng(7)
    seqs, runs = [], []
    for start, length in ((None, 200), (40, 600), (300, 700), (520, 650)):
        seq = rng.integers(0, 5000, length)
        if start is not None:
            for i in range(start, start + 80):  # pick a green successor of the previous token
                candidates = rng.integers(0, 5000, 64)
                green = scheme.tuple_scores(np.full((64, 1), seq[i - 1]), candidates) == 1.0
                seq[i] = candidates[np.argmax(green)]
        seqs.append(seq)
        runs.append(start)
    dets = detect_tokens(key, seqs, scan="windows")
    assert dets[0].p_value > 1e-3
    for det, start in zip(dets[1:], runs[1:], strict=True):
        assert det.p_value < 1e-20
        lo, hi = det.span["token_start"], det.span["token_end"]
        inside = min(hi, start + 80) - max(lo, start)
        assert inside >= 0.5 * 80 and inside >= 0.5 * (hi - lo), (start, det.span)


@pytest.fixture(scope="module")
def null_corpus():
    tokenizer = load_text_tokenizer(None)
    return [ids for ids in tokenizer.encode(answers(N_NULL + 200)).ids if len(ids) > 40][:N_NULL]


@pytest.mark.parametrize(("scheme_name", "seed"), [("kgw", 31), ("gumbel", 32), ("synthid", 33)])
def test_windowed_null_p_values_are_conservative(null_corpus, scheme_name, seed):
    """Fresh key per text (relabelled ids: same null, cheap tables — see the calibration test)."""
    rng = np.random.default_rng(seed)
    p = []
    for seq in null_corpus:
        key = new_key(scheme_name, secret=rng.bytes(32), context_width=1)
        relabelled = np.unique(np.asarray(seq), return_inverse=True)[1]
        p.append(detect_tokens(key, [relabelled], scan="windows")[0].p_value)
    p = np.array(p)
    assert kstest(p, "uniform", alternative="greater").pvalue > 0.01  # CDF not above uniform
    for alpha in (1e-3, 1e-2, 0.05, 0.1):
        assert np.sum(p <= alpha) <= binom.ppf(0.999, len(p), alpha), (alpha, np.sum(p <= alpha))


@pytest.fixture(scope="module")
def pasted_documents(tiny_model_dir):
    """(documents, pasted char ranges): 4 KGW answers of the tiny model, each pasted at a
    sentence break (15% … 80% of the way in) into natural ShareGPT text so that it makes 10%
    and 25% of the document's tokens."""
    from distillguard.models import chat_prompt_ids, generate, load_model

    key = new_key("kgw", secret=bytes(range(32)))  # h=4, γ=0.25, δ=2
    lm = load_model(str(tiny_model_dir))
    prompts = ["Tell me about rivers", "Explain tides", "Write about bread", "Describe a city"]
    processor = get_scheme(key).logits_processor(lm.vocab_size)
    out = generate(lm, [chat_prompt_ids(lm.tokenizer, p) for p in prompts], max_new_tokens=100,
                   logits_processor=processor, seed=0)
    marked = lm.tokenizer.batch_decode(out, skip_special_tokens=True)
    tokenizer = load_text_tokenizer(str(tiny_model_dir))
    natural = iter(a for a in answers(4000) if len(a) > 800)
    documents, ranges = [], []
    for share in (0.10, 0.25):
        for text in marked:
            need = int(len(tokenizer.encode([text]).ids[0]) * (1 - share) / share)
            host = ""
            while len(tokenizer.encode([host]).ids[0]) < need:
                host += next(natural) + "\n\n"
            encoded = tokenizer.encode([host], offsets=True)
            host = host[: encoded.chars(0, need, need + 1)[0]]
            fraction = (0.15, 0.4, 0.65, 0.8)[len(documents) % 4]
            cut = host.rfind(". ", 0, int(len(host) * fraction)) + 2
            documents.append(host[:cut] + text + " " + host[cut:])
            ranges.append((cut, cut + len(text)))
    return key, documents, ranges


def _detect_cli(tmp_path, key, documents, model, scan):
    key_file, data = tmp_path / "k.json", tmp_path / "in.jsonl"
    save_key(key, key_file)
    data.write_text("".join(json.dumps({"id": str(i), "text": d}) + "\n" for i, d in enumerate(documents)))
    result = CliRunner().invoke(
        cli_app, ["watermark", "detect", "--key", str(key_file), str(data), "--model", str(model), "--scan", scan]
    )
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_pasted_answer_found_by_windows_where_whole_text_misses_it(tmp_path, tiny_model_dir, pasted_documents):
    key, documents, ranges = pasted_documents
    whole = _detect_cli(tmp_path, key, documents, tiny_model_dir, "whole")
    windows = _detect_cli(tmp_path, key, documents, tiny_model_dir, "windows")
    found_whole = sum(r["p_value"] < ALPHA for r in whole)
    assert all(r["p_value"] < ALPHA for r in windows), [r["p_value"] for r in windows]
    assert found_whole <= len(documents) // 2, [r["p_value"] for r in whole]
    for row, (start, end), doc in zip(windows, ranges, documents, strict=True):
        span = row["span"]
        assert 0 <= span["start"] < span["end"] <= len(doc)
        overlap = min(span["end"], end) - max(span["start"], start)
        assert overlap >= 0.5 * (span["end"] - span["start"]), (span, (start, end))
        assert row["windows_searched"] > 1
