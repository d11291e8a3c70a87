"""The processors sample what they claim: statistical checks on a small vocabulary."""

from __future__ import annotations

import numpy as np
import torch
from scipy.stats import chisquare

from distillguard.watermark.keys import new_key
from distillguard.watermark.schemes import get_scheme

V = 12
LOGITS = torch.tensor([[2.0, 1.5, 1.0, 0.5, 0.0, -0.5, -1.0, 0.3, 0.8, -2.0, 1.2, 0.1]])
P = torch.softmax(LOGITS, dim=-1)[0].double().numpy()


def _contexts(n, seed):
    """n *distinct* one-token contexts (a repeated context repeats its draw)."""
    return torch.from_numpy(np.random.default_rng(seed).permutation(40000)[:n].reshape(n, 1))


def _expected(p, total):
    p = np.asarray(p, dtype=np.float64)
    return p / p.sum() * total


def test_gumbel_is_distortion_free_over_contexts():
    """Across contexts (fresh PRF draws), the one-hot choices follow softmax(logits)."""
    proc = get_scheme(new_key("gumbel", secret=b"d" * 32, context_width=1)).logits_processor(V)
    ctx = _contexts(6000, 0)
    out = proc(ctx, LOGITS.repeat(len(ctx), 1).clone())
    assert torch.isinf(out).sum(dim=1).eq(V - 1).all()  # exactly one finite entry per row
    counts = np.bincount(out.argmax(dim=1).numpy(), minlength=V)
    assert chisquare(counts, _expected(P, counts.sum())).pvalue > 1e-3


def test_gumbel_respects_temperature():
    proc = get_scheme(new_key("gumbel", secret=b"e" * 32, context_width=1)).logits_processor(V, temperature=0.5)
    ctx = _contexts(6000, 1)
    counts = np.bincount(proc(ctx, LOGITS.repeat(len(ctx), 1).clone()).argmax(dim=1).numpy(), minlength=V)
    sharp = torch.softmax(LOGITS / 0.5, dim=-1)[0].double().numpy()
    assert chisquare(counts, _expected(sharp, counts.sum())).pvalue > 1e-3


def test_synthid_closed_form_matches_simulated_tournament():
    """The vectorised layer update equals a literal 2^m-candidate knockout tournament."""
    layers = 3
    key = new_key("synthid", secret=b"s" * 32, context_width=1, layers=layers)
    scheme = get_scheme(key)
    proc = scheme.logits_processor(V, temperature=1.0)
    ctx = torch.tensor([[42]])
    p_prime = torch.softmax(proc(ctx, LOGITS.clone()), dim=-1)[0].double().numpy()
    g = scheme.g_values(proc.prf_block(ctx, V)[0])  # (V, m)

    rng = np.random.default_rng(3)
    trials = 40000
    players = rng.choice(V, size=(trials, 2**layers), p=P / P.sum())
    for layer in range(layers):
        a, b = players[:, 0::2], players[:, 1::2]
        ga, gb = g[a, layer], g[b, layer]
        coin = rng.random(a.shape) < 0.5
        players = np.where((ga > gb) | ((ga == gb) & coin), a, b)
    counts = np.bincount(players[:, 0], minlength=V)
    assert chisquare(counts, _expected(p_prime, trials)).pvalue > 1e-3
    assert abs(p_prime.sum() - 1) < 1e-5


def test_kgw_adds_delta_to_green_only():
    key = new_key("kgw", secret=b"k" * 32, context_width=1, delta=3.0)
    scheme = get_scheme(key)
    proc = scheme.logits_processor(V)
    ctx = torch.tensor([[7], [8]])
    out = proc(ctx, LOGITS.repeat(2, 1).clone())
    green = scheme.scores_from_prf(proc.prf_block(ctx, V)) == 1.0
    diff = (out - LOGITS).numpy()
    assert np.allclose(diff[green], 3.0) and np.allclose(diff[~green], 0.0)


# -- repeated context windows -------------------------------------------------------------------
def _one_hot(row):
    return bool(torch.isinf(row).sum() == len(row) - 1)


def test_repeated_window_is_left_unwatermarked():
    """A row whose current window was already used (prompt windows included) gets its logits
    back unchanged; other rows of the same batch are still watermarked; state follows the rows."""
    proc = get_scheme(new_key("gumbel", secret=b"w" * 32, context_width=2)).logits_processor(V)
    ids = torch.tensor([[1, 2, 3, 1, 2], [1, 2, 3, 4, 5]])  # row 0 ends in the prompt window (1, 2)
    scores = LOGITS.repeat(2, 1)
    out = proc(ids, scores.clone())
    assert torch.equal(out[0], LOGITS[0]) and _one_hot(out[1])
    # next step: row 0's window (2, 3) is a prompt window too; row 1's (5, 4) is new
    ids = torch.cat([ids, torch.tensor([[3], [4]])], dim=1)
    out = proc(ids, scores.clone())
    assert torch.equal(out[0], LOGITS[0]) and _one_hot(out[1])
    # row 1 comes back to (4, 5), used at the first call (as that call's current window)
    ids = torch.cat([ids, torch.tensor([[9], [5]])], dim=1)
    out = proc(ids, scores.clone())
    assert _one_hot(out[0]) and torch.equal(out[1], LOGITS[0])
    assert (proc.rows_skipped, proc.rows_watermarked) == (3, 3)
    # a new generation (shorter input) starts from its own prompt: (4, 5) is fresh again
    out = proc(torch.tensor([[7, 4, 5]]), LOGITS.clone())
    assert _one_hot(out[0])
    # the same prompt again (same shape, not one column longer) is a new generation as well
    assert _one_hot(proc(torch.tensor([[7, 4, 5]]), LOGITS.clone())[0])


def test_skip_repeated_defaults():
    kgw = get_scheme(new_key("kgw", secret=b"k" * 32)).logits_processor(V)
    assert not kgw.skip_repeated
    assert get_scheme(new_key("kgw", secret=b"k" * 32)).logits_processor(V, skip_repeated=True).skip_repeated
    for scheme in ("gumbel", "synthid"):
        assert get_scheme(new_key(scheme, secret=b"k" * 32)).logits_processor(V).skip_repeated
    # KGW with the default: a repeated window is biased again
    proc = get_scheme(new_key("kgw", secret=b"k" * 32, context_width=1)).logits_processor(V)
    assert not torch.equal(proc(torch.tensor([[5, 5]]), LOGITS.clone()), LOGITS)


_BIGRAM = torch.from_numpy(np.random.default_rng(0).normal(0.0, 2.0, (64, 64)).astype(np.float32))


def _bigram_run(proc, steps=400, batch=4, seed=0):
    """Sample from a fixed synthetic bigram model (logits = table[last token]) with `proc`."""
    gen = torch.Generator().manual_seed(seed)
    ids = torch.from_numpy(np.random.default_rng(seed + 100).integers(0, 64, (batch, 6)))
    for _ in range(steps):
        scores = _BIGRAM[ids[:, -1]].clone()
        if proc is not None:
            scores = proc(ids, scores)
        ids = torch.cat([ids, torch.multinomial(torch.softmax(scores, -1), 1, generator=gen)], dim=1)
    return ids


def _repeated_4gram_fraction(ids, start=6):
    fractions = []
    for row in ids[:, start:].tolist():
        grams = [tuple(row[i : i + 4]) for i in range(len(row) - 3)]
        fractions.append(1 - len(set(grams)) / len(grams))
    return float(np.mean(fractions))


def test_gumbel_no_longer_loops_and_stays_detectable():
    """Without the skip, a repeated window replays its continuation forever (a loop); with it,
    the repeated-4-gram rate is that of plain sampling and detection stays overwhelming."""
    from distillguard.watermark.detect import detect_tokens

    key = new_key("gumbel", secret=b"r" * 32, context_width=2)
    plain = _repeated_4gram_fraction(_bigram_run(None))
    looping = _repeated_4gram_fraction(_bigram_run(get_scheme(key).logits_processor(64, skip_repeated=False)))
    proc = get_scheme(key).logits_processor(64)
    marked = _bigram_run(proc)
    fixed = _repeated_4gram_fraction(marked)
    assert looping > 0.5 and plain < 0.05
    assert fixed < plain + 0.03, (fixed, plain)
    assert proc.rows_skipped > 0 and proc.rows_watermarked > proc.rows_skipped
    dets = detect_tokens(key, marked.tolist(), prompt_lengths=[6] * len(marked))
    assert max(d.log10_p_value for d in dets) < -50
    # the same processor object reused for a second generation behaves like a fresh one
    again = _bigram_run(proc)
    assert torch.equal(again, marked)
