"""Fit the guard's logistic-regression weights on the dev split and write guard_weights.json.

Run: python -m distillguard.policy.guard_train  (deterministic; ~10 s). The threshold is the
lowest score that keeps the dev benign false-positive rate at or under TARGET_DEV_FPR, so the
held-out test FPR has headroom under the 0.5 % requirement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit

from distillguard.policy.guard_dataset import labelled_set
from distillguard.policy.guard_features import (
    COUNT_FEATURES,
    FEATURE_FAMILIES,
    FEATURE_NAMES,
    FEATURES,
    extract,
)

TARGET_DEV_FPR = 0.001
L2 = 1.0  # penalty on Σw² against a loss summed over ~8k weighted examples
DROPOUT_P = 0.5
DROPOUT_COPIES = 4
WEIGHTS_PATH = Path(__file__).with_name("guard_weights.json")
STRONG_MASK = np.array([1.0 if f.strong else 0.0 for f in FEATURES])
# sign constraint per weight: "" (benign cue) → ≤ 0; anything else (cue, count) → ≥ 0
SIGNS = [fam or ("count" if name.startswith("signals_") else "") for name, fam in zip(FEATURE_NAMES, FEATURE_FAMILIES, strict=True)]


def feature_matrix(texts: list[str]) -> np.ndarray:
    """Binary (n, n_features) matrix of which features fire on each text."""
    x = np.zeros((len(texts), len(FEATURE_NAMES)), dtype=np.float64)
    for row, text in enumerate(texts):
        x[row, extract(text)] = 1.0
    return x


def augment(x: np.ndarray, y: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Feature dropout on positives: copies with strong cues dropped at random (≥ 1 kept).

    Without it, a cue that always co-occurs with others gets little weight of its own and a
    prompt using only that cue slips through; with it, every cue must stand on its own.
    """
    rng = np.random.default_rng(seed)
    pos = x[y == 1]
    n_base = len(FEATURE_NAMES) - len(COUNT_FEATURES)
    copies = []
    for _ in range(DROPOUT_COPIES):
        drop = (rng.random((len(pos), n_base)) < DROPOUT_P) & (STRONG_MASK == 1)  # weak cues stay
        base = pos[:, :n_base] * ~drop
        lost_all = (base @ STRONG_MASK == 0) & (pos[:, :n_base] @ STRONG_MASK > 0)
        base[lost_all] = pos[lost_all, :n_base]  # keep ≥ 1 strong cue: weak cues alone are not evidence
        strong_count = base @ STRONG_MASK
        counts = np.stack([strong_count >= k for k in COUNT_FEATURES], axis=1).astype(float)
        copies.append(np.hstack([base, counts]))
    x_aug = np.vstack([x, *copies])
    y_aug = np.concatenate([y, np.ones(len(pos) * DROPOUT_COPIES)])
    return x_aug, y_aug


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """Class-balanced L2 logistic regression (bias unpenalised) by L-BFGS-B, monotone weights:
    extraction cues ≥ 0, benign cues ≤ 0."""
    x, y = augment(x, y)
    pos = y.sum()
    n = len(y)
    sample_w = np.where(y == 1, 0.5 * n / pos, 0.5 * n / (n - pos))  # each class weighs n/2

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, w = theta[0], theta[1:]
        z = b + x @ w
        p = expit(z)
        ll = -(sample_w * (y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))).sum()
        value = -ll + 0.5 * l2 * (w @ w)
        g = sample_w * (p - y)
        grad = np.concatenate([[g.sum()], x.T @ g + l2 * w])
        return value, grad

    bounds = [(None, None)] + [(None, 0.0) if not fam else (0.0, None) for fam in SIGNS]
    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 5000, "gtol": 1e-8})
    return float(res.x[0]), res.x[1:]


def pick_threshold(scores_benign: np.ndarray, target_fpr: float) -> float:
    """Smallest threshold (just above a benign score) with benign FPR ≤ target."""
    ordered = np.sort(scores_benign)[::-1]
    allowed = int(np.floor(target_fpr * len(ordered)))
    # flag score >= t; put t just above the (allowed)-th highest benign score
    t = float(ordered[allowed]) + 1e-6 if allowed < len(ordered) else 0.5
    return min(max(t, 0.05), 0.99)


def train(seed: int = 0) -> dict[str, Any]:
    dev = labelled_set("dev", seed)
    x = feature_matrix([e.text for e in dev])
    y = np.array([e.label for e in dev], dtype=np.float64)
    bias, w = fit(x, y)
    scores = expit(bias + x @ w)
    threshold = pick_threshold(scores[y == 0], TARGET_DEV_FPR)
    return {
        "about": "Logistic-regression weights for distillguard.policy.guard_features.FEATURE_NAMES, "
                 "fitted by guard_train.py on the dev split.",
        "seed": seed,
        "l2": L2,
        "target_dev_fpr": TARGET_DEV_FPR,
        "bias": round(bias, 6),
        "threshold": round(threshold, 6),
        "weights": {name: round(float(v), 6) for name, v in zip(FEATURE_NAMES, w, strict=True)},
        "dev": {
            "n": len(dev),
            "positives": int(y.sum()),
            "fpr": float(((scores >= threshold) & (y == 0)).sum() / (y == 0).sum()),
            "recall": float(((scores >= threshold) & (y == 1)).sum() / y.sum()),
        },
    }


def main() -> None:
    result = train()
    WEIGHTS_PATH.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"threshold": result["threshold"], "dev": result["dev"]}))


if __name__ == "__main__":
    main()


def cross_validate(seed: int = 0, folds: int = 4) -> dict[str, float]:
    """Leave-templates-out CV on dev: recall per family on templates unseen by the fit.

    Guides feature work without touching the test split.
    """
    dev = labelled_set("dev", seed)
    x = feature_matrix([e.text for e in dev])
    y = np.array([e.label for e in dev], dtype=np.float64)
    fold = np.array([(e.template if e.label else i) % folds for i, e in enumerate(dev)])
    hits: dict[str, list[int]] = {}
    fps = 0
    for k in range(folds):
        train_mask = fold != k
        bias, w = fit(x[train_mask], y[train_mask])
        scores = expit(bias + x @ w)
        t = pick_threshold(scores[train_mask & (y == 0)], TARGET_DEV_FPR)
        for i in np.flatnonzero(~train_mask):
            hits.setdefault(dev[i].family, []).append(int(scores[i] >= t))
            fps += int(y[i] == 0 and scores[i] >= t)
    return {f: sum(h) / len(h) for f, h in sorted(hits.items())}
