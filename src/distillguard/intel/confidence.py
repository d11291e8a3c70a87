"""STIX `confidence` (0-100) for what we share, from the monitor's risk or an audit's p-value.

Consumers act on it: OpenCTI copies an indicator's `confidence` into its score (and drops
indicators under a platform threshold), MISP (through misp-stix) turns it into a
`misp:confidence-level` tag. Without it every indicator looked equally certain.

- risk (the monitor's calibrated probability-like score in [0, 1]) → round(100 · risk): the
  scale is already a probability, so it maps linearly.
- p-value (radioactivity audit) → min(100, round(10 · −log10 p)): each factor of ten in the
  evidence adds ten points, p = 0.05 gives 13, p = 1e-5 gives 50, and p ≤ 1e-10 (beyond any
  multiple-testing correction over a keyring of millions of accounts) is certain: 100.
  A p-value is not a probability of guilt, so a linear map (1 − p) would call p = 0.05
  "95 % confident"; the log scale keeps weak evidence low.

Non-finite or out-of-range inputs give None (no `confidence` property), never a guess.
"""

from __future__ import annotations

import math
from typing import Any


def from_risk(risk: Any) -> int | None:
    """round(100 · risk) for a risk in [0, 1]; None when missing or not a finite number."""
    value = _finite(risk)
    if value is None or not 0.0 <= value <= 1.0:
        return None
    return int(round(100 * value))


def from_p_value(p_value: Any) -> int | None:
    """min(100, round(10 · −log10 p)) for p in [0, 1]; p = 0 → 100; None when invalid."""
    value = _finite(p_value)
    if value is None or not 0.0 <= value <= 1.0:
        return None
    if value == 0.0:
        return 100
    return int(min(100, round(-10 * math.log10(value))))


def cluster_risk(cluster: dict[str, Any], flags: dict[str, Any]) -> float | None:
    """The cluster's own risk when the monitor gave one, else its riskiest member's."""
    own = _finite(cluster.get("risk"))
    if own is not None:
        return own
    members = {str(a) for a in cluster.get("accounts", [])}
    risks = [_finite(a.get("risk")) for a in flags.get("accounts", [])
             if isinstance(a, dict) and str(a.get("account_id")) in members]
    known = [r for r in risks if r is not None]
    return max(known) if known else None


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
