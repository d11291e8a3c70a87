"""Measure the shipped guard on a labelled split: FPR on benign sources, recall per family."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from distillguard.policy.guard_dataset import Example, labelled_set
from distillguard.policy.reasoning_guard import DEFAULT_LEARNED, classify_many


def evaluate(split: str = "test", seed: int = 0, benign_limit: int | None = None,
             learned: str = DEFAULT_LEARNED) -> dict[str, Any]:
    """FPR per benign source, recall per family on templated and on handwritten prompts, under the
    guard's `learned` choice."""
    examples = labelled_set(split, seed, benign_limit)
    results = classify_many([e.text for e in examples], learned)
    hits: dict[str, list[int]] = defaultdict(list)
    handwritten: dict[str, list[int]] = defaultdict(list)
    misses: list[Example] = []
    false_pos: list[Example] = []
    for e, r in zip(examples, results, strict=True):
        if e.source == "handwritten":
            handwritten[e.family].append(int(r.flagged))
        else:
            hits[e.family].append(int(r.flagged))
        if e.label == 1 and not r.flagged:
            misses.append(e)
        if e.label == 0 and r.flagged:
            false_pos.append(e)
    benign = [f for f in hits if f in ("sharegpt", "hard_negative")]
    positives = [f for f in hits if f not in benign]
    all_pos = [h for f in positives for h in hits[f]]
    all_hand = [h for v in handwritten.values() for h in v]
    return {
        "split": split,
        "fpr": {f: sum(hits[f]) / len(hits[f]) for f in benign},
        "recall": {f: sum(hits[f]) / len(hits[f]) for f in sorted(positives)},
        "recall_overall": sum(all_pos) / len(all_pos),
        "handwritten_recall": {f: sum(v) / len(v) for f, v in sorted(handwritten.items())},
        "handwritten_recall_overall": sum(all_hand) / len(all_hand) if all_hand else None,
        "counts": {f: len(hits[f]) for f in hits} | {f"handwritten:{f}": len(v) for f, v in handwritten.items()},
        "false_positives": [e.text for e in false_pos],
        "misses": [(e.family, e.text) for e in misses],
    }
