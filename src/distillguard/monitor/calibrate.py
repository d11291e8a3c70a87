"""Fit the monitor's weights and threshold on labelled traffic (`distillguard monitor calibrate`).

Weights: non-negative logistic regression over the accounts' evidences (benign vs campaign).
Threshold: the benign accounts' scores only, set for a target FPR with 95% confidence. For an
honest figure, measure on families the fit never saw (bench/monitor.py does leave-one-family-out).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.monitor.scan import Analysis, assess
from distillguard.monitor.scoring import (
    BEHAVIOUR,
    TEMPLATE_ORGS_FREE,
    THROWAWAY_ORGS_FREE,
    Calibration,
    _finite_nonneg,
    calibrate_threshold,
    evidences,
    feature_vector,
    fit_weights,
    population_reference,
    sharing_free,
    sharing_volume,
)


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


def labelled_features(
    analyses: list[tuple[Analysis, dict]],
    exclude_families: tuple[str, ...] = (),
    ignored: tuple[str, ...] = (),
    template_orgs_free: float = TEMPLATE_ORGS_FREE,
    rotation_consumer_only: bool = False,
    throwaway_orgs_free: float = THROWAWAY_ORGS_FREE,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(features, labels, groups) of every labelled account, leaving out the named campaign
    families; an account's group is its family (campaigns) or kind (benign), "?" if unnamed.
    The evidences are read as the calibration being fitted will read them (`scan.assess`)."""
    xs, ys, groups = [], [], []
    for analysis, truth in analyses:
        ref = population_reference(list(analysis.rows.values()))
        ref["template_orgs_free"] = sharing_free(template_orgs_free, len(analysis.rows))
        ref["rotation_consumer_only"] = rotation_consumer_only
        ref["throwaway_orgs_free"] = sharing_free(throwaway_orgs_free, len(analysis.rows))
        for account, row in analysis.rows.items():
            fact = truth["accounts"].get(account)
            if fact is None or fact.get("family") in exclude_families:
                continue
            xs.append(feature_vector(evidences(row, ref), ignored))
            ys.append(1.0 if fact["label"] == "campaign" else 0.0)
            groups.append(str(fact.get("family") or "?"))
    if not xs:
        raise DistillguardError("no account of the truth file appears in the events")
    return np.array(xs), np.array(ys), groups


def benign_template_orgs(analyses: list[tuple[Analysis, dict]]) -> float:
    """The most organisations any uncommon template of a benign account that *behaves* like a
    pipeline and sends at volume reached (sharing counts only through sharing × behaviour, scaled
    by `sharing_volume`, so students sharing a course template do not set the level):
    independent customers of one integration share frames by chance, and the calibration leaves
    twice this much unscored. Counted at `SHARING_POPULATION` accounts: a larger labelled log's
    count is scaled down by its size, as the scan scales the level up (`scoring.sharing_free`)."""
    most = 0.0
    for analysis, truth in analyses:
        ref = population_reference(list(analysis.rows.values()))
        per = sharing_free(1.0, len(analysis.rows))  # this log's organisations per calibrated one
        for account, row in analysis.rows.items():
            if truth["accounts"].get(account, {}).get("label") != "benign":
                continue
            orgs = float(row.get("template_orgs") or 0) / per
            if orgs <= most:
                continue
            volume = sharing_volume(float(row.get("n_events") or 0), ref["median_events"])
            if volume >= 0.5 and max(evidences(row, ref)[s] for s in BEHAVIOUR) >= 0.5:
                most = orgs
    return most


def benign_throwaway_orgs(analyses: list[tuple[Analysis, dict]]) -> float:
    """The most organisations whose throwaway accounts sent one uncommon template that a benign
    throwaway account of the labelled traffic was among (`throwaway_orgs`), counted at
    `SHARING_POPULATION` accounts like `benign_template_orgs`; the calibration leaves twice this
    much unscored (`scoring.throwaway_orgs_evidence`)."""
    most = 0.0
    for analysis, truth in analyses:
        per = sharing_free(1.0, len(analysis.rows))
        for account, row in analysis.rows.items():
            if truth["accounts"].get(account, {}).get("label") == "benign":
                most = max(most, float(row.get("throwaway_orgs") or 0) / per)
    return most


def throwaway_free_level(analyses: list[tuple[Analysis, dict]]) -> float:
    """The calibrated `throwaway_orgs_free`: twice `benign_throwaway_orgs`, at least
    `THROWAWAY_ORGS_FREE` (a calibration's fit and a frozen model's derived weight use this one rule)."""
    return max(float(THROWAWAY_ORGS_FREE), 2.0 * benign_throwaway_orgs(analyses))


def benign_scores(analyses: list[tuple[Analysis, dict]], cal: Calibration) -> list[float]:
    """Final (cluster-inherited) risks of the benign accounts under `cal` with no threshold."""
    probe = Calibration(**{**cal.__dict__, "threshold": 2.0})
    scores = []
    for analysis, truth in analyses:
        doc = assess(analysis, probe)
        labels = truth["accounts"]
        scores += [
            a["risk"]
            for a in doc["accounts"]
            if labels.get(a["account_id"], {}).get("label") == "benign"
        ]
    return scores


def calibrate(
    analyses: list[tuple[Analysis, dict]],
    target_fpr: float,
    source: str,
    exclude_families: tuple[str, ...] = (),
    drop: tuple[str, ...] = (),
    l2: float = 1.0,
    balance: bool = True,
    solo_margin: float | None = None,
    rotation_consumer_only: bool = False,
) -> Calibration:
    """Weights from every labelled account (minus excluded families), then the threshold from the
    benign accounts' final risks (cluster inheritance included: that is what gets flagged).
    `balance`: every campaign family and benign kind weighs the same in the fit
    (`scoring.balanced_sample_weights`); False weighs every account the same (models before H).
    `solo_margin` caps each content signal below the threshold (`scoring.contributions`); the
    threshold is set on uncapped scores, and the cap only lowers scores, so the benign FPR on the
    fit stays at or under the target. `rotation_consumer_only`: IP rotation counts only requests
    from consumer networks (`scoring.rotation_evidence`), in the fit and in the model."""
    if not 0 <= target_fpr < 1:
        raise DistillguardError("target FPR must be in [0, 1)")
    if solo_margin is not None and not _finite_nonneg(solo_margin):
        raise DistillguardError("solo margin must be a finite number ≥ 0 (or none)")
    free = max(float(TEMPLATE_ORGS_FREE), 2.0 * benign_template_orgs(analyses))
    throwaway_free = throwaway_free_level(analyses)
    x, y, groups = labelled_features(
        analyses, exclude_families, drop, free, rotation_consumer_only, throwaway_free
    )
    if y.sum() == 0 or y.sum() == len(y):
        raise DistillguardError("calibration needs both benign and campaign accounts in the truth")
    weights, bias = fit_weights(x, y, l2=l2, drop=drop, groups=groups if balance else None)
    cal = Calibration(
        weights=weights,
        bias=bias,
        target_fpr=target_fpr,
        ignored=list(drop),
        template_orgs_free=free,
        throwaway_orgs_free=throwaway_free,
        rotation_consumer_only=rotation_consumer_only,
    )
    cal.threshold = calibrate_threshold(benign_scores(analyses, cal), target_fpr)
    cal.solo_margin = solo_margin
    n_benign = int((1 - y).sum())
    cal.source = f"{source}: {n_benign} benign, {int(y.sum())} campaign accounts"
    return cal
