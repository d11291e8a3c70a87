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
