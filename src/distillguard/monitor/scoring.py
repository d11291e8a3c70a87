"""Risk: a weighted sum of bounded per-signal evidences, a cluster boost, and a threshold
calibrated to a target benign false-positive rate.

Every evidence is "excess over the benign reference", in [0, 1], with proportions shrunk towards
the reference (pseudo-count SHRINK) so a 3-request account cannot look extreme by chance.
A cluster is scored with the same formula on its members' *pooled* sampled prompts (so diluted
members — proxy resellers, slow-and-low accounts — inherit the evidence of the whole campaign)
plus its synchronised activity; members linked to it by templates or payment take the cluster's
score when it is higher than their own.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from distillguard.errors import DistillguardError

WEIGHTS = {
    "cot": 0.25,
    "capability": 0.20,
    "template": 0.20,
    "diversity": 0.10,
    "regularity": 0.15,
    "pivot": 0.10,
}
SYNC_WEIGHT = 0.15
SHRINK = 5.0

REFERENCE_KEYS = ("cot", "capability", "template", "low_diversity", "pivot")


@dataclass
class Calibration:
    """Threshold and benign reference shares; see docs/monitor.md for how they were set."""

    threshold: float = 0.5
    target_fpr: float = 0.001
    reference: dict[str, float] = field(default_factory=dict)
    cluster_min_size: int = 3
    boost_min_own: float = 0.05  # evidence of its own an account needs to inherit a cluster's
    boost_min_content: float = 0.3  # a cluster passes its score on only if its pooled prompts show
    #                                 CoT elicitation or capability concentration at least this strong
    source: str = "uncalibrated defaults"

    @classmethod
    def load(cls, path: str | Path | None = None) -> Calibration:
        try:
            if path is None:
                text = (
                    resources.files("distillguard.monitor")
                    .joinpath("calibration.json")
                    .read_text("utf-8")
                )
            else:
                text = Path(path).read_text(encoding="utf-8")
            data = json.loads(text)
            return cls(**data)
        except FileNotFoundError:
            if path is None:
                return cls()
            raise DistillguardError(f"calibration file not found: {path}") from None
        except (json.JSONDecodeError, TypeError) as exc:
            raise DistillguardError(f"calibration file {path} is not valid: {exc}") from None

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


def _shrunk(k: float, n: float, p0: float) -> float:
    return (k + SHRINK * p0) / (n + SHRINK)


def _excess(p: float, p0: float) -> float:
    return float(max(0.0, p - p0) / max(1e-9, 1.0 - p0))


def evidences(row: dict, ref: dict[str, float]) -> dict[str, float]:
    """Per-signal evidence in [0, 1] from an account's (or a cluster's pooled) raw signals."""
    n = float(row.get("n_sampled") or 0)
    out = {
        "cot": _excess(
            _shrunk(row.get("n_cot") or 0, float(row.get("n_cot_scored") or 0), ref["cot"]),
            ref["cot"],
        ),
        "capability": _excess(
            _shrunk(row.get("n_capability") or 0, n, ref["capability"]), ref["capability"]
        ),
        "template": _excess(
            _shrunk(row.get("n_templated") or 0, n, ref["template"]), ref["template"]
        ),
        "diversity": _excess(
            _shrunk(n - (row.get("n_templates") or n), n, ref["low_diversity"]),
            ref["low_diversity"],
        ),
    }
    gaps, cv = row.get("n_gaps") or 0, row.get("gap_cv")
    out["regularity"] = (
        float(np.clip((0.7 - cv) / 0.6, 0, 1) * min(1.0, gaps / 20.0))
        if gaps >= 5 and cv is not None
        else 0.0
    )
    window = row.get("n_window") or 0
    out["pivot"] = (
        _excess(row.get("pivot_share") or 0.0, ref["pivot"]) * min(1.0, window / 10.0)
        if window >= 3
        else 0.0
    )
    return out


CONTENT = ("cot", "capability")  # what distillation traffic asks for
AUTOMATION = ("template", "diversity", "regularity", "pivot")  # how it is sent
CONTENT_GATE = 0.8


def contributions(ev: dict[str, float]) -> dict[str, float]:
    """Weighted evidence per signal. Automation evidence counts in proportion to content evidence
    (full at CONTENT_GATE): templated, regular, low-diversity traffic is also what legitimate
    batch pipelines send, so on its own it must not reach the threshold."""
    gate = min(1.0, max(ev[k] for k in CONTENT) / CONTENT_GATE)
    return {k: WEIGHTS[k] * ev[k] * (gate if k in AUTOMATION else 1.0) for k in WEIGHTS}


def score(ev: dict[str, float]) -> float:
    return float(sum(contributions(ev).values()))


def sync_evidence(sync: float) -> float:
    return float(np.clip((sync - 0.05) / 0.3, 0.0, 1.0))


def reference_from_rows(rows: list[dict]) -> dict[str, float]:
    """Pooled benign shares over `rows` (calibration) or, uncalibrated, over the whole log."""
    n = sum(float(r.get("n_sampled") or 0) for r in rows) or 1.0

    def pooled(key: str) -> float:
        return sum(float(r.get(key) or 0) for r in rows) / n

    low_div = sum(float((r.get("n_sampled") or 0) - (r.get("n_templates") or 0)) for r in rows) / n
    windows = [r for r in rows if (r.get("n_window") or 0) >= 3]
    pivot = float(np.mean([r.get("pivot_share") or 0.0 for r in windows])) if windows else 0.0
    n_cot = sum(float(r.get("n_cot_scored") or 0) for r in rows) or 1.0
    ref = {
        "cot": sum(float(r.get("n_cot") or 0) for r in rows) / n_cot,
        "capability": pooled("n_capability"),
        "template": pooled("n_templated"),
        "low_diversity": low_div,
        "pivot": pivot,
    }
    return {k: float(min(0.95, max(0.0, v))) for k, v in ref.items()}


def calibrate_threshold(
    benign_scores: list[float], target_fpr: float, confidence: float = 0.95
) -> float:
    """Threshold whose benign FPR is at most `target_fpr` with `confidence` (distribution-free):
    allow the k highest calibration scores above it, k the largest count that a benign population
    with FPR = target_fpr would *exceed* with probability ≥ confidence (binomial order statistic).
    With 2,000 calibration accounts and 0.1 % this puts the threshold above every benign score."""
    from scipy.stats import binom

    if not benign_scores:
        raise DistillguardError("calibration needs at least one benign account")
    ordered = sorted(benign_scores, reverse=True)
    allowed = int(binom.ppf(1.0 - confidence, len(ordered), target_fpr))
    allowed = max(0, min(allowed, len(ordered) - 1))
    return round(float(ordered[allowed]) + 1e-4, 4)  # scores are reported to 4 decimals
