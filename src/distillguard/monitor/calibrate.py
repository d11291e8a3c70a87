"""Set the benign reference shares and the risk threshold on a labelled calibration split."""

from __future__ import annotations

import json
from pathlib import Path

from distillguard.errors import DistillguardError
from distillguard.monitor.scan import Analysis, assess
from distillguard.monitor.scoring import Calibration, calibrate_threshold, reference_from_rows


def load_truth(path: str | Path) -> dict:
    try:
        truth = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DistillguardError(f"truth file not found: {path}") from None
    except json.JSONDecodeError as exc:
        raise DistillguardError(f"truth file {path} is not valid JSON: {exc}") from None
    if not isinstance(truth, dict) or not isinstance(truth.get("accounts"), dict):
        raise DistillguardError(f"truth file {path} has no 'accounts' object")
    return truth


def calibrate(analysis: Analysis, truth: dict, target_fpr: float, source: str) -> Calibration:
    """Reference = pooled shares of the benign accounts; threshold = the benign (1 − FPR) point."""
    if not 0 <= target_fpr < 1:
        raise DistillguardError("target FPR must be in [0, 1)")
    labels = truth["accounts"]
    benign = {a for a in analysis.rows if labels.get(a, {}).get("label") == "benign"}
    if not benign:
        raise DistillguardError("no benign accounts of the truth file appear in the events")
    ref = reference_from_rows([analysis.rows[a] for a in benign])
    doc = assess(analysis, Calibration(threshold=2.0, reference=ref))
    scores = [a["risk"] for a in doc["accounts"] if a["account_id"] in benign]
    return Calibration(
        threshold=calibrate_threshold(scores, target_fpr),
        target_fpr=target_fpr,
        reference={k: round(v, 5) for k, v in ref.items()},
        source=f"{source}: {len(benign)} benign accounts",
    )
