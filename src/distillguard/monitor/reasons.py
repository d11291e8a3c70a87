"""Human-readable reasons (and machine codes) for the signals that drive a risk score."""

from __future__ import annotations

from distillguard.monitor.behaviour import READ_TOKENS_PER_S
from distillguard.monitor.graph import KIND_TEXT, Cluster
from distillguard.monitor.scoring import (
    SIGNALS,
    Calibration,
    contributions,
    counted_repeats,
    fresh_repeats_name,
    resample_reading,
)

MIN_CONTRIBUTION = 0.15  # log-odds a signal must add to be worth a sentence
MIN_OBSERVED = 0.5  # evidence at which a signal is reported even when it adds no weight itself


def _pct(row: dict, num: str, den: str) -> float:
    d = float(row.get(den) or 0)
    return float(row.get(num) or 0) / d if d else 0.0


def _repeat_pct(row: dict, name: str, ref: dict[str, float]) -> float:
    """The share of the account's requests that are repeats `name`, as its resampling reading counts them."""
    d = float(row.get("n_events") or 0)
    return counted_repeats(row, name, ref) / d if d else 0.0


_FRESH_TEXTS = {
    "n_resample_fresh": "repeat the prompt it sent just before, a prompt its organisation sent in no other "
    "session (sampling new prompts' answer distributions)",
    "n_resample_fresh_burst": "repeat a prompt its organisation sent on one of its keys less than a minute before, "
    "in one burst of copies it never sent again (sampling new prompts' answer distributions over several keys)",
}


def _resample_reason(row: dict, ref: dict[str, float]) -> str:
    """The resampling reason: the share of the reading that gave the evidence (`resample_reading`), the
    fresh one in the count it reads (`fresh_repeats_name`), else the exact back-to-back repeats."""
    if resample_reading(row, ref)[1]:
        name = fresh_repeats_name(ref)
        return f"{_repeat_pct(row, name, ref):.0%} of requests {_FRESH_TEXTS[name]}"
    return (f"{_repeat_pct(row, 'n_resample', ref):.0%} of requests repeat the prompt it sent just before "
            "(sampling one prompt's answer distribution)")


def signal_reason(code: str, row: dict, ref: dict[str, float], pivot: dict | None) -> str:
    n = int(row.get("n_sampled") or 0)
    texts = {
        "cot": lambda: f"{_pct(row, 'n_cot', 'n_cot_scored'):.0%} of sampled prompts try to "
        f"elicit chain-of-thought (population {ref['cot']:.0%})",
        "shape": lambda: f"{_pct(row, 'n_shape', 'n_sampled'):.0%} of sampled prompts request "
        f"distillation-style data (task-shape classifier; population {ref['shape']:.0%})",
        "judge": lambda: f"{_pct(row, 'n_judge', 'n_sampled'):.0%} of sampled prompts ask for grades or "
        f"judgements of given answers (task-shape classifier; population {ref['judge']:.0%})",
        "replay": lambda: f"{_pct(row, 'n_replay', 'n_sampled'):.0%} of sampled prompts replay a "
        f"public prompt corpus (population {ref['replay']:.0%})",
        "mmd": lambda: f"prompt embeddings differ from ordinary users' (MMD permutation "
        f"p={row.get('mmd_p', 1):.3f} over {int(row.get('n_embedded') or 0)} prompts)",
        "yield": lambda: f"answers average {float(row.get('mean_completion_tokens') or 0):.0f} "
        f"tokens (population median {ref.get('median_completion', 0):.0f}): a long-output harvest",
        "resample": lambda: _resample_reason(row, ref),
        "narrow": lambda: f"prompts keep to few topics (narrowness p={row.get('narrow_p', 1):.3f})",
        "template": lambda: f"{_pct(row, 'n_templated', 'n_sampled'):.0%} of sampled prompts are "
        f"near-duplicates of uncommon shared templates (population {ref['template']:.0%})",
        "diversity": lambda: f"low prompt diversity: {int(row.get('n_templates') or 0)} prompt "
        f"families in {n} sampled prompts",
        "regularity": lambda: f"machine-regular timing: inter-arrival CV {row.get('gap_cv') or 0:.2f}"
        f" over {int(row.get('n_gaps') or 0)} in-session gaps",
        "traversal": lambda: f"{int(row.get('distinct_prompts') or 0)} distinct prompts in "
        f"{int(row.get('n_events') or 0)} requests: a never-repeating traversal",
        "volume": lambda: f"{int(row.get('n_events') or 0)} requests (population median "
        f"{ref.get('median_events', 0):.0f})",
        "no_sleep": lambda: f"active around the clock: longest idle stretch of the day "
        f"{int(row.get('sleep_gap_h') or 0)} h over {int(row.get('active_days') or 0)} days",
        "sustained": lambda: f"active without a break for {row.get('longest_run_h') or 0:.1f} h",
        "hosting": lambda: f"{row.get('hosting_share') or 0:.0%} of requests from cloud/hosting "
        f"networks (population {ref['hosting']:.0%})",
        "rotation": lambda: f"{int(row.get('n_ip24') or 0)} distinct /24 networks for "
        f"{int(row.get('n_events') or 0)} requests (proxy rotation"
        + (f"; {1 - (row.get('hosting_share') or 0):.0%} of requests from consumer networks)"
           if ref.get("rotation_consumer_only") else ")"),
        "pivot": lambda: f"{row.get('pivot_share') or 0:.0%} of its traffic moved to newly released "
        f"{pivot['model'] if pivot else 'model'} within 24 h",
        "payment": lambda: f"its payment instrument pays for {int(row.get('card_orgs') or 0)} "
        "different organisations",
        "template_orgs": lambda: f"one of its uncommon prompt templates is sent by "
        f"{int(row.get('template_orgs') or 0)} different organisations",
        "throwaway": lambda: f"one of its uncommon prompt templates is sent by the throwaway accounts "
        f"(one sitting each) of {int(row.get('throwaway_orgs') or 0)} different organisations",
        "followup": lambda: f"{int(row.get('n_quick_followups') or 0)} of {int(row.get('n_read_pairs') or 0)} "
        "requests after a long answer carry the conversation on sooner than the answer could be read "
        f"(at {READ_TOKENS_PER_S:.0f} tokens a second)",
        "substream": lambda: f"{int(row.get('n_substream_shaped') or 0)} of {int(row.get('n_substream_sampled') or 0)} "
        "sampled requests ask for distillation-style data and get longer answers than the account's other "
        f"requests (a second workload riding on its traffic; Mann-Whitney p={row.get('substream_p') or 1:.1e})",
        "model_split": lambda: f"since the release its {int(row.get('n_split_new') or 0)} sampled requests to the new "
        f"model get longer answers than its {int(row.get('n_split_other') or 0)} other requests, beyond the new model's "
        f"shift for everyone, in {100 * float(row.get('split_hours_share') or 0):.0f}% of the hours since the release "
        f"(a second workload riding on its traffic; Mann-Whitney p={row.get('split_p') or 1:.1e})",
        "corpus_order": lambda: f"sent {int(row.get('order_n') or 0)} public-corpus prompts in the corpus's own "
        f"order ({int(row.get('order_ascents') or 0)} of {max(0, int(row.get('order_n') or 0) - 1)} steps forward; "
        f"p={float(row.get('order_p') if row.get('order_p') is not None else 1.0):.1e} under a random order)",
        "newcomer": lambda: "first seen less than a day before "
        f"{pivot['model'] if pivot else 'the new model'} was released, it moved {row.get('pivot_share') or 0:.0%} "
        f"of its {int(row.get('n_window') or 0)} requests of the next 24 h to it at once, its prompts unlike "
        f"ordinary users' (MMD permutation p={row.get('mmd_p', 1):.3f})",
        "cohort": lambda: f"one of {int(row.get('cohort_size') or 0)} accounts with the same client "
        "first seen within 10 minutes"
        if "sync" not in row
        else f"coordinated members (synchronised activity r={row.get('sync', 0):.2f})",
    }
    return texts[code]()


def ranked_reasons(
    ev: dict[str, float], row: dict, ref: dict[str, float], pivot: dict | None, cal: Calibration,
    parts: dict[str, float] | None = None,
) -> list[tuple[str, str, float]]:
    """(code, text, contribution): first the signals adding at least MIN_CONTRIBUTION log-odds,
    by contribution; then, for the reviewer, strong signals that add nothing on their own
    (automation counts only through its products with content and coordination), by evidence.
    `parts`: `contributions(ev, cal)` when the caller has them already (with trees they cost a
    re-scoring per signal)."""
    if parts is None:
        parts = contributions(ev, cal)
    items = [(c, parts[c]) for c in SIGNALS if parts[c] >= MIN_CONTRIBUTION]
    items.sort(key=lambda x: -x[1])
    listed = {c for c, _ in items}
    observed = sorted(
        (c for c in SIGNALS if c not in listed and ev[c] >= MIN_OBSERVED), key=lambda c: -ev[c]
    )
    items += [(c, parts[c]) for c in observed]
    return [(c, signal_reason(c, row, ref, pivot), w) for c, w in items]


def links_text(kinds: dict[str, int]) -> str:
    ordered = sorted((k for k in kinds if k in KIND_TEXT), key=lambda k: -kinds[k])
    return ", ".join(KIND_TEXT[k] for k in ordered) or "no shared infrastructure"


def cluster_reason(cluster: Cluster, cluster_score: float) -> str:
    return (
        f"member of cluster {cluster.cluster_id} ({len(cluster.accounts)} accounts linked by "
        f"{links_text(cluster.kinds)}; synchronised activity r={cluster.sync:.2f}) whose pooled "
        f"traffic scores {cluster_score:.2f}"
    )
