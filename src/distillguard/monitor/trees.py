"""Monotone gradient-boosted trees over the monitor's evidences: fit, export, score, explain.

Why trees. The logistic model adds one weight per signal, so it cannot say "grading *and* round
the clock *and* on a rented block" without also saying "grading" alone; refitting it on every
spent blind batch left its held-out recall where it was (`bench/monitor_lobo_all.py`). Boosted
trees over the same evidences, every family and kind weighed equally, caught 78.0% of held-out
batches' campaign accounts against 68.8% for the logistic fit at the same benign rate, leave one
spent batch out (`bench/monitor_gbm_lobo.py`, per account, before cluster inheritance).

Why monotone. Every evidence is "more is more suspicious"; the trees are constrained to be
non-decreasing in each, so a model can never learn that *more* of a signal clears an account, and
the per-signal explanation keeps its meaning.

Why exported. scikit-learn fits the model (`HistGradientBoostingClassifier`); the calibration file
carries its trees as plain JSON (`export`), read back without pickle (a calibration is a file an
operator may be handed), and scored here in plain Python (`log_odds`, `occlusion`). The
export reads the fitted model's `_predictors` (scikit-learn has no public export for these trees);
`tests/test_monitor_trees.py` checks the exported decision equals scikit-learn's on every row.

Explanations are occlusions (`occlusion`): what each signal adds to the log-odds given the
others — never negative under the monotone constraint, so a reason never reads "this high signal
lowered the risk" (path attributions can, `path_attributions`).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

# Fit settings (design in bench/monitor_gbm_lobo.py): shallow trees, many small steps, leaves that
# need 40 accounts so a handful of one family's accounts cannot carve a leaf of their own. With
# more than 10,000 accounts scikit-learn stops early on a 10% validation split (model L: 138 trees).
PARAMS = {"max_iter": 200, "learning_rate": 0.05, "max_leaf_nodes": 15, "min_samples_leaf": 40,
          "l2_regularization": 1.0}
_FIELDS = ("feature", "threshold", "left", "right", "value", "leaf")


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, seed: int = 0) -> Any:
    """A monotone (non-decreasing in every feature) boosted-tree classifier."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(**PARAMS, monotonic_cst=[1] * x.shape[1], random_state=seed)
    # `l2_regularization` is on the scale of summed (weighted) hessians: weights summing to the
    # sample count keep it where it was chosen (`min_samples_leaf` counts accounts, unweighted)
    model.fit(x, y, sample_weight=sample_weight * (len(y) / sample_weight.sum()))
    return model


def export(model: Any, features: tuple[str, ...]) -> dict:
    """The fitted model as JSON-ready data: baseline log-odds and, per tree, parallel node lists."""
    trees = []
    for (predictor,) in model._predictors:  # one predictor per iteration (binary: one class)
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not supported")
        trees.append({
            "feature": [int(v) for v in nodes["feature_idx"]],
            "threshold": [float(v) for v in nodes["num_threshold"]],
            "left": [int(v) for v in nodes["left"]],
            "right": [int(v) for v in nodes["right"]],
            "value": [float(v) for v in nodes["value"]],
            "leaf": [bool(v) for v in nodes["is_leaf"]],
        })
    return {"features": list(features), "baseline": float(np.ravel(model._baseline_prediction)[0]),
            "trees": trees}


def validate(data: Any, features: tuple[str, ...]) -> str | None:
    """Why `data` is not a usable exported model for `features` (None when it is)."""
    if not isinstance(data, dict) or not isinstance(data.get("trees"), list) or not data["trees"]:
        return "trees must be an object with a non-empty list of trees"
    named = data.get("features")
    # trees frozen before a later signal was added read a prefix of today's features (the later
    # features come after the interactions, `scoring.LATER_SIGNALS`), at the positions they were fitted on
    if not isinstance(named, list) or not named or named != list(features[: len(named)]):
        return f"trees.features must be {list(features)} or a leading part of it"
    features = tuple(named)
    if not isinstance(data.get("baseline"), int | float) or not math.isfinite(data["baseline"]):
        return "trees.baseline must be a finite number"
    for i, tree in enumerate(data["trees"]):
        if not isinstance(tree, dict) or any(not isinstance(tree.get(f), list) for f in _FIELDS):
            return f"tree {i} must list {', '.join(_FIELDS)}"
        n = len(tree["value"])
        if n == 0 or any(len(tree[f]) != n for f in _FIELDS):
            return f"tree {i}: node lists differ in length"
        for j in range(n):
            if tree["leaf"][j]:
                continue
            if not (isinstance(tree["feature"][j], int) and 0 <= tree["feature"][j] < len(features)) or not all(
                    isinstance(tree[k][j], int) and j < tree[k][j] < n for k in ("left", "right")):
                return f"tree {i}, node {j}: bad split"  # children after parents: no cycles
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in tree["value"] + tree["threshold"]):
            return f"tree {i}: non-finite values"
        if tree["value"][0] != 0:  # attributions start from the root: its value must be 0
            return f"tree {i}: root value must be 0"
    return None


def _leaf_path(tree: dict, row: np.ndarray | list[float]) -> list[int]:
    node, path = 0, [0]
    feature, threshold, left, right, leaf = (tree["feature"], tree["threshold"], tree["left"], tree["right"],
                                             tree["leaf"])
    while not leaf[node]:
        node = left[node] if row[feature[node]] <= threshold[node] else right[node]
        path.append(node)
    return path


def decision(model: dict, x: np.ndarray) -> np.ndarray:
    """Log-odds for each row of `x` (rows × features)."""
    return np.array([log_odds(model, row) for row in np.atleast_2d(np.asarray(x, dtype=np.float64)).tolist()])


def log_odds(model: dict, row: list[float]) -> float:
    """One row's log-odds (a scan scores accounts one at a time)."""
    return float(model["baseline"]) + sum(tree["value"][_leaf_path(tree, row)[-1]] for tree in model["trees"])


def occlusion(model: dict, row: list[float]) -> list[float]:
    """Per feature: how much the log-odds fall when that feature alone is read as 0 (0 for a
    feature already at 0). Monotone trees make every one ≥ 0; unlike path attributions (which
    can credit a high signal with a negative share when another split came first), each says
    what that signal adds given the others. They need not sum to the score."""
    z = log_odds(model, row)
    out = []
    for i, v in enumerate(row):
        if v <= 0:
            out.append(0.0)
            continue
        out.append(max(0.0, z - log_odds(model, [*row[:i], 0.0, *row[i + 1:]])))
    return out


def path_attributions(model: dict, row: np.ndarray | list[float]) -> np.ndarray:
    """Saabas attribution of one row's log-odds over the features: sums to decision − baseline
    (the roots are 0, `validate`). Kept for diagnosis; explanations use `occlusion`."""
    out = np.zeros(len(model["features"]))
    for tree in model["trees"]:
        path = _leaf_path(tree, row)
        value, feature = tree["value"], tree["feature"]
        for parent, child in zip(path, path[1:], strict=False):
            out[feature[parent]] += value[child] - value[parent]
    return out
