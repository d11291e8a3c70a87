"""Human-readable reasons (and machine codes) for the signals that drive a risk score."""

from __future__ import annotations

from distillguard.monitor.graph import KIND_TEXT, Cluster
from distillguard.monitor.scoring import WEIGHTS, contributions
from distillguard.monitor.topics import CAPABILITIES

MIN_CONTRIBUTION = 0.02


def _capabilities(row: dict) -> str:
    shares = sorted(((row.get(f"{c}_share") or 0.0, c) for c in CAPABILITIES), reverse=True)
    top = [f"{c} {s:.0%}" for s, c in shares if s >= 0.1][:3]
    return ", ".join(top) or "coding/agentic/reasoning/math"


def signal_reason(code: str, row: dict, ref: dict[str, float], pivot: dict | None) -> str:
    n = int(row.get("n_sampled") or 0)

    def share(key: str) -> float:
        return (row.get(key) or 0) / n if n else 0.0

    if code == "cot":
        scored = row.get("n_cot_scored") or 0
        cot = (row.get("n_cot") or 0) / scored if scored else 0.0
        return (
            f"{cot:.0%} of sampled prompts try to elicit chain-of-thought (benign {ref['cot']:.0%})"
        )
    if code == "capability":
        return (
            f"{share('n_capability'):.0%} of sampled prompts target narrow capabilities "
            f"({_capabilities(row)}; benign {ref['capability']:.0%})"
        )
    if code == "template":
        return (
            f"{share('n_templated'):.0%} of sampled prompts are near-duplicates of shared "
            f"templates (benign {ref['template']:.0%})"
        )
    if code == "diversity":
        return f"low prompt diversity: {int(row.get('n_templates') or 0)} prompt families in {n} sampled prompts"
    if code == "regularity":
        return (
            f"machine-regular timing: inter-arrival CV {row.get('gap_cv') or 0:.2f} over "
            f"{int(row.get('n_gaps') or 0)} in-session gaps"
        )
    if code == "pivot":
        model = pivot["model"] if pivot else "the new model"
        return f"{row.get('pivot_share') or 0:.0%} of its traffic moved to newly released {model} within 24 h"
    raise KeyError(code)


def ranked_reasons(
    ev: dict[str, float], row: dict, ref: dict[str, float], pivot: dict | None
) -> list[tuple[str, str, float]]:
    """(code, text, contribution) for signals whose weighted evidence reaches MIN_CONTRIBUTION,
    by contribution to the score (automation signals listed even when the content gate holds
    them back: reviewers still want to see them)."""
    gated = contributions(ev)
    items = [
        (c, gated[c], WEIGHTS[c] * ev[c]) for c in WEIGHTS if WEIGHTS[c] * ev[c] >= MIN_CONTRIBUTION
    ]
    items.sort(key=lambda x: (-x[1], -x[2]))
    return [(c, signal_reason(c, row, ref, pivot), w) for c, w, _ in items]


def links_text(kinds: dict[str, int]) -> str:
    ordered = sorted(kinds, key=lambda k: -kinds[k])
    return ", ".join(KIND_TEXT[k] for k in ordered) or "no shared infrastructure"


def cluster_reason(cluster: Cluster, cluster_score: float) -> str:
    return (
        f"member of cluster {cluster.cluster_id} ({len(cluster.accounts)} accounts linked by "
        f"{links_text(cluster.kinds)}; synchronised activity r={cluster.sync:.2f}) whose pooled "
        f"traffic scores {cluster_score:.2f}"
    )
