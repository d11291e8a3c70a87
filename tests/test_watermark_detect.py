"""Detection API on token arrays: tuple extraction, dedupe, prompt exclusion, exact p-values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import binom, gamma, kstest

from distillguard.watermark import prf
from distillguard.watermark.detect import (
    SeenTuples,
    detect_pooled,
    detect_tokens,
    extract_tuples,
    unique_tuples,
)
from distillguard.watermark.keys import new_key
from distillguard.watermark.schemes import get_scheme
from distillguard.watermark.schemes.base import binomial_log_sf, gamma_log_sf

SCHEMES = ("kgw", "gumbel", "synthid")


def _key(scheme, **params):
    return new_key(scheme, secret=bytes(range(32)), **params)


def test_extract_tuples_windows_and_skip():
    contexts, tokens = extract_tuples([10, 11, 12, 13, 14], 2)
    assert contexts.tolist() == [[10, 11], [11, 12], [12, 13]] and tokens.tolist() == [12, 13, 14]
    contexts, tokens = extract_tuples([10, 11, 12, 13, 14], 2, skip=4)
    assert contexts.tolist() == [[12, 13]] and tokens.tolist() == [14]
    assert extract_tuples([1, 2], 3)[1].size == 0


def test_unique_tuples_first_occurrence():
    contexts, tokens = extract_tuples([1, 2, 1, 2, 1, 2, 3], 1)
    uc, ut = unique_tuples(contexts, tokens)
    assert uc[:, 0].tolist() == [1, 2, 2] and ut.tolist() == [2, 1, 3]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_batch_detection_equals_per_text_scoring(scheme):
    key = _key(scheme, context_width=3)
    sch = get_scheme(key)
    rng = np.random.default_rng(1)
    seqs = [rng.integers(0, 500, size=n) for n in (2, 40, 120, 7)]
    seqs.append(np.tile([5, 6, 7, 8], 30))  # heavy repetition: only 4 distinct tuples
    got = detect_tokens(key, seqs, ids=list("abcde"))
    for det, seq in zip(got, seqs, strict=True):
        contexts, tokens = extract_tuples(seq, 3)
        x = sch.prf_inputs(contexts, tokens)
        _, first = np.unique(x, return_index=True)
        scores = sch.tuple_scores(contexts[first], tokens[first])
        score, p = sch.p_value(scores)
        assert det.tokens_scored == len(first)
        assert det.p_value == pytest.approx(p, rel=1e-9) and det.score == pytest.approx(score)
    assert got[4].tokens_scored == 4 and got[0].tokens_scored == 0 and got[0].p_value == 1.0
    assert [d.id for d in got] == list("abcde")
    assert set(got[1].to_json()) == {"id", "p_value", "score", "tokens_scored", "scheme", "key_id"}


def test_prompt_tokens_never_scored():
    key = _key("kgw", context_width=1)
    rng = np.random.default_rng(2)
    prompt, answer = rng.integers(0, 1000, 50), rng.integers(0, 1000, 30)
    joined = np.concatenate([prompt, answer])
    with_prompt = detect_tokens(key, [joined], prompt_lengths=[50])[0]
    alone = detect_tokens(key, [answer])[0]
    assert with_prompt.tokens_scored == 30  # every answer token (its context may be prompt)
    assert alone.tokens_scored == 29
    # Excluding the prompt's own tuples: a text that repeats its prompt scores nothing new.
    echoed = detect_tokens(key, [prompt], exclude=[prompt])[0]
    assert echoed.tokens_scored == 0


def test_pooled_detection_dedupes_across_texts():
    key = _key("gumbel", context_width=2)
    seq = np.arange(100, 160)
    pooled = detect_pooled(key, [seq, seq, seq])
    assert pooled.tokens_scored == detect_tokens(key, [seq])[0].tokens_scored == 58


def test_exact_tails_in_log_space_do_not_underflow():
    # ordinary range agrees with SciPy
    assert math.exp(binomial_log_sf(40, 100, 0.25)) == pytest.approx(binom.sf(39, 100, 0.25), rel=1e-9)
    assert math.exp(gamma_log_sf(130.0, 100)) == pytest.approx(gamma.sf(130.0, 100), rel=1e-9)
    # far tails: finite logs below 1e-300 that direct evaluation rounds to 0
    assert binom.sf(1999, 2000, 0.25) == 0.0
    log_p = binomial_log_sf(2000, 2000, 0.25)
    assert log_p == pytest.approx(2000 * math.log(0.25), rel=1e-12)
    log_g = gamma_log_sf(3000.0, 200)
    assert math.isfinite(log_g) and log_g < -2000
    # Poisson identity for the gamma tail at a checkable point
    assert gamma_log_sf(5.0, 3) == pytest.approx(math.log(math.exp(-5) * (1 + 5 + 12.5)), rel=1e-12)
    key = _key("kgw")
    p = detect_tokens(key, [[1, 2, 3]])[0]
    assert p.p_value == 1.0


def test_prf_tables_are_keyed_and_stable():
    a = prf.token_table(b"a" * 32, 100, role="context")
    b = prf.token_table(b"b" * 32, 100, role="context")
    t = prf.token_table(b"a" * 32, 100, role="token")
    big = prf.token_table(b"a" * 32, 5000, role="context")
    assert (a[:100] != b[:100]).mean() > 0.99 and (a[:100] != t[:100]).mean() > 0.99
    assert np.array_equal(big[:100], a[:100])


def test_torch_and_numpy_mixers_agree():
    torch = pytest.importorskip("torch")
    x = np.random.default_rng(3).integers(0, 2**32, 1000, dtype=np.uint64).astype(np.uint32)
    got = prf.fmix32_torch(torch.from_numpy(x.view(np.int32))).numpy().view(np.uint32)
    assert np.array_equal(got, prf.fmix32(x))


# -- repeated window seeds: score exactly what the generator watermarked (item 4) ---------------
def _bigram_generation(scheme_name, width, skip_repeated=None, rows=4, steps=300):
    """Sample from a fixed synthetic bigram model over 64 tokens through the real processor."""
    import torch
    key = _key(scheme_name, context_width=width)
    proc = get_scheme(key).logits_processor(64, skip_repeated=skip_repeated)
    table = torch.from_numpy(np.random.default_rng(0).normal(0.0, 2.0, (64, 64)).astype(np.float32))
    gen = torch.Generator().manual_seed(1)
    ids = torch.from_numpy(np.random.default_rng(2).integers(0, 64, (rows, 6)))
    for _ in range(steps):
        scores = proc(ids, table[ids[:, -1]].clone())
        ids = torch.cat([ids, torch.multinomial(torch.softmax(scores, -1), 1, generator=gen)], dim=1)
    return key, proc, ids.tolist()


@pytest.mark.parametrize(("scheme", "width", "skip"), [
    ("gumbel", 1, None), ("gumbel", 2, None), ("synthid", 2, None), ("kgw", 2, True),
])
def test_detector_scores_exactly_the_steps_the_generator_watermarked(scheme, width, skip):
    key, proc, seqs = _bigram_generation(scheme, width, skip)
    assert proc.rows_skipped > 0  # 64 tokens: seeds repeat often
    masked = detect_tokens(key, seqs, prompt_lengths=[6] * len(seqs), mask_repeats=True)
    assert sum(d.tokens_scored for d in masked) == proc.rows_watermarked
    unmasked = detect_tokens(key, seqs, prompt_lengths=[6] * len(seqs), mask_repeats=False)
    assert sum(d.tokens_scored for d in unmasked) > proc.rows_watermarked
    # the skipped repeats only diluted the evidence
    assert np.median([d.log10_p_value for d in masked]) < np.median([d.log10_p_value for d in unmasked])
    if skip is None:  # the scheme's default is what its generator does
        default = detect_tokens(key, seqs, prompt_lengths=[6] * len(seqs))
        assert [d.tokens_scored for d in default] == [d.tokens_scored for d in masked]


def test_mask_follows_the_processors_defaults():
    from distillguard.watermark.detect import masks_repeats

    for scheme in SCHEMES:
        proc = get_scheme(_key(scheme)).logits_processor(64)
        assert masks_repeats(get_scheme(_key(scheme))) == proc.skip_repeated, scheme


def test_prompt_windows_count_as_used_when_masking():
    key = _key("gumbel", context_width=1)
    prompt = [5, 9, 5, 7]
    text = [9, 3, 5, 8, 2]  # contexts 9 and 5 were used by the prompt, 3 and 8 were not
    det = detect_tokens(key, [text], exclude=[prompt], mask_repeats=True)[0]
    assert det.tokens_scored == 2
    assert detect_tokens(key, [text], mask_repeats=True)[0].tokens_scored == 4


# -- one key across a corpus (item 8) -------------------------------------------------------------
def test_corpus_dedup_scores_each_prf_input_once_per_corpus():
    key = _key("kgw", context_width=1)
    rng = np.random.default_rng(4)
    seqs = [rng.integers(0, 30, n) for n in (50, 80, 120)]  # small vocabulary: shared tuples
    seqs.append(seqs[1].copy())  # a duplicate: everything already scored
    seen = SeenTuples()
    dets = detect_tokens(key, seqs[:2], seen=seen) + detect_tokens(key, seqs[2:], seen=seen)
    assert sum(d.tokens_scored for d in dets) == detect_pooled(key, seqs).tokens_scored
    assert dets[3].tokens_scored == 0 and dets[3].p_value == 1.0
    alone = detect_tokens(key, seqs)
    assert dets[0].tokens_scored == alone[0].tokens_scored
    assert dets[2].tokens_scored < alone[2].tokens_scored


@pytest.fixture(scope="module")
def docstrings():
    """≥ 2,000 texts in a register unlike ShareGPT: the Python stdlib's docstrings."""
    from distillguard.watermark.fast_tokenize import load_text_tokenizer
    from distillguard.watermark.reference_text import stdlib_docstrings

    ids = [s for s in load_text_tokenizer(None).encode(stdlib_docstrings(3000)).ids if len(s) > 8]
    assert len(ids) >= 2000
    return ids[:2500]


@pytest.mark.parametrize(("scheme", "width", "seed"), [("kgw", 1, 41), ("kgw", 4, 42), ("gumbel", 1, 43),
                                                        ("synthid", 1, 44)])
def test_one_key_over_a_corpus_is_valid_with_corpus_dedup(docstrings, scheme, width, seed):
    """ONE key for all texts. With corpus dedup the texts' statistics use disjoint PRF inputs,
    so they are independent: the false-positive counts are binomially bounded and the
    randomised p-values are uniform (per-text dedup fails this KS test for most keys:
    docs/watermark.md)."""
    rng = np.random.default_rng(seed)
    key = new_key(scheme, secret=rng.bytes(32), context_width=width)
    sch = get_scheme(key)
    dets = [d for d in detect_tokens(key, docstrings, seen=SeenTuples()) if d.tokens_scored]
    p = np.array([d.p_value for d in dets])
    n = len(docstrings)
    for alpha in (1e-3, 1e-2):
        assert np.sum(p <= alpha) <= binom.ppf(0.999, n, alpha), (alpha, int(np.sum(p <= alpha)))
    randomised = [
        d.p_value if scheme == "gumbel" else sch.randomized_p_value(np.full(d.tokens_scored, d.score), rng.random())
        for d in dets
    ]
    assert kstest(randomised, "uniform").pvalue > 0.01


def test_seen_tuples_sorted_and_bitmap_modes_agree():
    rng = np.random.default_rng(9)
    batches = [np.unique(rng.integers(0, 2**32, 5000, dtype=np.uint64).astype(np.uint32)) for _ in range(4)]
    batches.append(np.unique(np.concatenate([batches[0][:100], batches[3][-50:], [0, 2**32 - 1]]).astype(np.uint32)))
    small, switching = SeenTuples(), SeenTuples()
    switching.SWITCH = 6000  # the second batch moves it to the bitmap
    for batch in batches:
        assert np.array_equal(small.keep_new(batch), switching.keep_new(batch))
    assert small._bits is None and switching._bits is not None
    assert small.count == switching.count == sum(map(len, batches[:4])) + 2
    for seen in (small, switching):
        assert not seen.keep_new(np.array([0, 2**32 - 1, batches[2][7]], dtype=np.uint32)).any()
