"""KGW SelfHash (Kirchenbauer et al. 2023b): key option, generation/detection agreement, exact
null on real text (KS test), detection power, and the CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from scipy.stats import binom, kstest

from distillguard.errors import DistillguardError
from distillguard.watermark import prf
from distillguard.watermark.detect import extract_tuples
from distillguard.watermark.keys import key_from_json, key_to_json, new_key
from distillguard.watermark.schemes import get_scheme
from helpers import assert_one_line_error, cli

VOCAB = 3000


def selfhash_key(rng, **params):
    return new_key("kgw", secret=rng.bytes(32), seeding="selfhash", **params)


def scheme_detect(scheme, seq):
    """(green count, distinct tuples, log p) through the scheme's own hooks: PRF inputs of every
    scored position, deduplicated, scored, exact binomial tail."""
    flat = np.asarray(seq, dtype=np.int64)
    scored = np.arange(scheme.context_width, len(flat))
    x = np.unique(scheme.sequence_prf_inputs(flat, scored))
    scores = scheme.scores_from_prf(prf.fmix32(x))
    _, log_p = scheme.log_p_value(scores)
    return int(scores.sum()), len(scores), log_p


def test_seeding_option_is_validated_and_default_left_out():
    key = new_key("kgw", seeding="selfhash", context_width=3)
    assert key.params == {"gamma": 0.25, "delta": 2.0, "context_width": 3, "seeding": "selfhash"}
    assert key_from_json(key_to_json(key)).params == key.params
    assert "seeding" not in new_key("kgw", seeding="left").params  # old key files match
    with pytest.raises(DistillguardError, match="seeding must be one of"):
        new_key("kgw", seeding="lefthash")
    with pytest.raises(DistillguardError, match="has no parameter"):
        new_key("gumbel", seeding="selfhash")


def test_sequence_hook_matches_tuple_prf_inputs():
    rng = np.random.default_rng(0)
    seq = rng.integers(0, VOCAB, 400)
    for params in ({"seeding": "selfhash"}, {}, {"seeding": "selfhash", "context_width": 1}):
        scheme = get_scheme(new_key("kgw", secret=rng.bytes(32), **params))
        ctx, tok = extract_tuples(seq, scheme.context_width)
        scored = np.arange(scheme.context_width, len(seq))
        assert np.array_equal(scheme.sequence_prf_inputs(seq, scored), scheme.prf_inputs(ctx, tok))
    # selfhash really changes the PRF inputs (the candidate joins its own seed)
    secret = rng.bytes(32)
    left = get_scheme(new_key("kgw", secret=secret))
    self_ = get_scheme(new_key("kgw", secret=secret, seeding="selfhash"))
    ctx, tok = extract_tuples(seq, 4)
    assert np.mean(left.prf_inputs(ctx, tok) == self_.prf_inputs(ctx, tok)) < 0.01


def _sample(processor, steps, batch, rng, vocab=VOCAB, check_scheme=None):
    ids = torch.from_numpy(rng.integers(0, vocab, (batch, 6)))
    gen = torch.Generator().manual_seed(int(rng.integers(1 << 30)))
    for _ in range(steps):
        logits = torch.from_numpy(rng.normal(0.0, 1.5, (batch, vocab)).astype(np.float32))
        out = processor(ids, logits.clone())
        if check_scheme is not None:  # the processor's green list is the detector's green list
            bias = (out - logits).numpy() > 0
            h = check_scheme.context_width
            window = np.repeat(ids[:1, -h:].numpy(), vocab, axis=0)
            green = check_scheme.tuple_scores(window, np.arange(vocab)) > 0
            assert np.array_equal(bias[0], green)
        nxt = torch.multinomial(torch.softmax(out, -1), 1, generator=gen)
        ids = torch.cat([ids, nxt], dim=1)
    return ids[:, 6:].numpy()


def test_processor_green_list_equals_detector_green_list():
    rng = np.random.default_rng(1)
    scheme = get_scheme(selfhash_key(rng))
    _sample(scheme.logits_processor(VOCAB), 12, 2, rng, check_scheme=scheme)


def test_selfhash_watermark_detected_under_its_key_only():
    rng = np.random.default_rng(2)
    key, other = selfhash_key(rng), selfhash_key(rng)
    texts = _sample(get_scheme(key).logits_processor(VOCAB), 150, 6, rng)
    for seq in texts:
        green, n, log_p = scheme_detect(get_scheme(key), seq)
        assert n > 100 and green / n > 0.45 and log_p < np.log(1e-8), (green, n)
        assert scheme_detect(get_scheme(other), seq)[2] > np.log(1e-4)
    # the left-hash detector with the same secret does not see a SelfHash watermark
    left = get_scheme(new_key("kgw", secret=key.secret))
    assert np.mean([scheme_detect(left, s)[2] > np.log(1e-4) for s in texts]) >= 0.5


def test_selfhash_null_is_uniform_on_real_text():
    """2,000 ShareGPT answers, fresh key per text (see test_watermark_calibration for why):
    randomised p-values Uniform(0,1) by a KS test, false positives at 1e-3 within the 99%
    binomial interval."""
    from distillguard.data.sharegpt import answers
    from distillguard.models import load_tokenizer
    from distillguard.watermark.detect import tokenize_texts

    n_texts = 2000
    corpus = tokenize_texts(load_tokenizer(None), answers(n_texts))
    rng = np.random.default_rng(3)
    randomised, plain = [], []
    for seq in corpus:
        seq = np.unique(np.asarray(seq), return_inverse=True)[1]  # relabel: k table entries only
        scheme = get_scheme(selfhash_key(rng))
        green, n, log_p = scheme_detect(scheme, seq)
        assert n > 20
        p = scheme.green_probability
        randomised.append(binom.sf(green, n, p) + rng.random() * binom.pmf(green, n, p))
        plain.append(np.exp(log_p))
    assert kstest(randomised, "uniform").pvalue > 0.01
    low, high = binom.interval(0.99, n_texts, 1e-3)
    assert low <= int(np.sum(np.array(plain) <= 1e-3)) <= high


def test_cli_keys_new_selfhash(tmp_path):
    out = tmp_path / "k.json"
    shown = json.loads(cli("keys", "new", "--out", out, "--seeding", "selfhash",
                           "--context-width", "3").stdout)
    assert shown["params"]["seeding"] == "selfhash" and "secret" not in shown
    assert json.loads(out.read_text())["params"]["seeding"] == "selfhash"
    bad = cli("keys", "new", "--out", tmp_path / "x.json", "--seeding", "bogus", check=False)
    assert_one_line_error(bad, "seeding must be one of")


def test_product_detector_scores_selfhash_like_the_scheme():
    """`detect_tokens` (what `watermark detect` and audits call) must combine window and candidate
    the SelfHash way; with the left-hash combination it would score SelfHash text as noise."""
    from distillguard.watermark.detect import detect_tokens

    rng = np.random.default_rng(3)
    key = selfhash_key(rng)
    texts = _sample(get_scheme(key).logits_processor(VOCAB), 150, 4, rng)
    for seq, det in zip(texts, detect_tokens(key, texts), strict=True):
        green, n, log_p = scheme_detect(get_scheme(key), seq)
        assert det.tokens_scored == n and round(det.score * n) == green
        assert det.p_value < 1e-8 and abs(np.log(det.p_value) - log_p) < 1e-6
