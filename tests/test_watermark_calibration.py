"""Null calibration on real unwatermarked text: 2,000 ShareGPT assistant answers, tokenised
with the SmolLM2 tokenizer.

What a p-value promises: for a fixed text, over the random choice of key, P(p ≤ α) ≤ α. The
test checks exactly that with a fresh key per text, which also makes the 2,000 p-values
independent (under one key, texts sharing common n-grams such as " of the" share those tuples'
values, so their p-values are correlated — see docs/watermark.md). Per-text keys are made cheap
by relabelling each text's distinct token ids to 0..k−1 first: under a fresh key every distinct
token gets iid uniform table values whatever its id, so the null distribution is unchanged while
only k table entries need hashing.

KGW and SynthID p-values are discrete (binomial), so the KS test uses their randomised p-value
P(X > k) + U·P(X = k), exactly Uniform(0,1) under the null; Gumbel's is already continuous. The
false-positive count at α = 1e-3 uses the ordinary reported p-values and must fall inside the
99% interval of Binomial(N, 1e-3). A second check runs the whole corpus under one fresh key.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binom, kstest

from distillguard.data.sharegpt import answers
from distillguard.models import load_tokenizer
from distillguard.watermark.detect import detect_tokens, tokenize_texts
from distillguard.watermark.keys import new_key
from distillguard.watermark.schemes import get_scheme

N_TEXTS = 2000
ALPHA = 1e-3


@pytest.fixture(scope="module")
def corpus():
    texts = answers(N_TEXTS)
    assert len(texts) == N_TEXTS
    return tokenize_texts(load_tokenizer(None), texts)


def _relabel(seq):
    """Distinct token ids → 0..k−1 (same equality structure, so the same tuples)."""
    return np.unique(np.asarray(seq), return_inverse=True)[1]


def _randomised(scheme, det, u):
    n = det.tokens_scored
    if scheme.name == "gumbel":
        return det.p_value
    # KGW: k green of n; SynthID: mean g → ones; both enter only through their sums
    return scheme.randomized_p_value(np.full(n, det.score), u)


@pytest.mark.parametrize(("scheme_name", "seed"), [("kgw", 11), ("gumbel", 12), ("synthid", 13)])
def test_null_p_values_are_uniform_per_fresh_key(corpus, scheme_name, seed):
    rng = np.random.default_rng(seed)
    p_values, randomised = [], []
    for seq in corpus:
        key = new_key(scheme_name, secret=rng.bytes(32))  # fixed seed: reproducible test
        det = detect_tokens(key, [_relabel(seq)])[0]
        assert det.tokens_scored > 20
        p_values.append(det.p_value)
        randomised.append(_randomised(get_scheme(key), det, rng.random()))
    p = np.array(p_values)
    ks = kstest(randomised, "uniform")
    assert ks.pvalue > 0.01, (scheme_name, ks)
    low, high = binom.interval(0.99, N_TEXTS, ALPHA)
    false_positives = int(np.sum(p <= ALPHA))
    assert low <= false_positives <= high, (scheme_name, false_positives, (low, high))


@pytest.mark.parametrize(("scheme_name", "seed"), [("kgw", 21), ("gumbel", 22), ("synthid", 23)])
def test_one_key_over_the_corpus_keeps_false_positives_in_bounds(corpus, scheme_name, seed):
    key = new_key(scheme_name, secret=np.random.default_rng(seed).bytes(32))
    p = np.array([d.p_value for d in detect_tokens(key, corpus)])
    _, high = binom.interval(0.99, N_TEXTS, ALPHA)
    assert int(np.sum(p <= ALPHA)) <= high
    assert int(np.sum(p <= 0.05)) <= binom.interval(0.99, N_TEXTS, 0.05)[1] + 40
