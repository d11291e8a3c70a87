"""Turn per-key scores into the audit's answer: p-value, verdict and Holm attribution."""

from __future__ import annotations

from collections.abc import Sequence

from distillguard.audit.scoring import Entries, KeyScore, holm_adjust, holm_adjust_log10, score_keys
from distillguard.watermark.keys import WatermarkKey

DEFAULT_ALPHA = 1e-4
DETECTED = "watermark_detected"
NOT_DETECTED = "not_detected"
INSUFFICIENT = "insufficient_tokens"
MIN_TOKENS = 1


def verdict(p_value: float, tokens_scored: int, alpha: float) -> str:
    """`watermark_detected` when p < alpha; a run that scored nothing says so instead."""
    if tokens_scored < MIN_TOKENS:
        return INSUFFICIENT
    return DETECTED if p_value < alpha else NOT_DETECTED


def attribution(scores: Sequence[KeyScore]) -> list[dict]:
    """Per-key p-values with Holm step-down adjustment (family-wise error rate), best first."""
    adjusted = holm_adjust([s.p_value for s in scores])
    adjusted_log10 = holm_adjust_log10([s.log10_p_value for s in scores])
    rows = []
    for s, adj, adj_log in zip(scores, adjusted, adjusted_log10, strict=True):
        row = {
            "key_id": s.key_id,
            "p_value": s.p_value,
            "adjusted_p_value": float(adj),
            "log10_p_value": s.log10_p_value,
            "log10_adjusted_p_value": float(adj_log),
            "tokens_scored": s.tokens_scored,
            "score": s.score,
        }
        if s.account_id is not None:
            row["account_id"] = s.account_id
        if s.derivation is not None:
            row["epoch"] = s.derivation["epoch"]
            row["derivation"] = s.derivation
        rows.append(row)
    rows.sort(key=lambda r: (r["log10_adjusted_p_value"], r["log10_p_value"]))
    return rows


def audit_result(
    mode: str,
    entries: Entries,
    key: WatermarkKey | None,
    keyring: Sequence[WatermarkKey] | None,
    *,
    alpha: float = DEFAULT_ALPHA,
    progress=None,
) -> tuple[dict, list[KeyScore]]:
    """The printed JSON object (plus every KeyScore, for the report's plots)."""
    keys: list[WatermarkKey] = ([key] if key is not None else []) + list(keyring or [])
    curve_ids = {key.key_id} if key is not None else set()
    scores = score_keys(entries, keys, curve_for=curve_ids, progress=progress)
    out: dict = {"mode": mode, "alpha": alpha, "candidate_tuples": entries.candidates}
    ring_scores = scores[1:] if key is not None else scores
    rows = attribution(ring_scores) if keyring else None
    if key is not None:
        main = scores[0]
        out.update(
            p_value=main.p_value,
            log10_p_value=main.log10_p_value,
            tokens_scored=main.tokens_scored,
            verdict=verdict(main.p_value, main.tokens_scored, alpha),
            key_id=main.key_id,
            scheme=main.scheme,
            score=main.score,
            excluded_by_window_rule=main.excluded,
        )
    elif rows:
        best = rows[0]
        # The smallest Holm-adjusted p is itself a valid p-value for "some key in the ring".
        out.update(
            p_value=best["adjusted_p_value"],
            log10_p_value=best["log10_adjusted_p_value"],
            tokens_scored=best["tokens_scored"],
            verdict=verdict(best["adjusted_p_value"], best["tokens_scored"], alpha),
            key_id=None,
            scheme=keys[0].scheme,
            score=best["score"],
        )
        for s in ring_scores:
            if s.key_id == best["key_id"]:
                s.curve = score_keys(entries, [keys[ring_scores.index(s)]], curve_for={s.key_id})[0].curve
                break
    if rows is not None:
        out["attribution_method"] = "holm"
        out["attribution"] = rows
        named = [r for r in rows if r["adjusted_p_value"] < alpha]
        out["attributed_key_ids"] = [r["key_id"] for r in named]
        # one account may be named by several of its epochs' keys: list it once
        out["attributed_account_ids"] = list(dict.fromkeys(r["account_id"] for r in named if "account_id" in r))
    return out, scores
