"""Would a sentence-embedding half help the reasoning guard on unseen phrasings? (design check)

Tried on 2026-12-06 before more labelled phrasings were (bench/guard_more_phrasings.py): a third
half of the guard scoring all-MiniLM-L6-v2 embeddings (`monitor.embed.encode`, the monitor's own
encoder) with an L2 logistic regression, reasoning_trace against every other row of the task-shape
labelled set, weighted as the task-shape fit is (hard negatives ×4, positives as heavy as the rest)
and thresholded by the same rule (`task_shape.pick_guard_threshold` on grouped out-of-fold scores:
ShareGPT-train FPR ≤ 0.03 %, no written hard negative flagged). The rule, written before the
outcome: the C in {0.25, 1, 4, 16} with the most catches on the spent 2026-11-30 batch in union with
the current guard at no more hard negatives (2026-11-27 + 2026-11-30) and held-out ShareGPT flags;
none adding a catch → no embedding half.

Outcome (bench/results/guard_embedding_half.md): none. In embedding space the written hard
negatives ("a detective thinks out loud", "my scratchpad notes are messy") score as high as the
extraction prompts (out-of-fold maximum 0.92–0.999) — embeddings carry the topic, not who is asked
to think. Where the threshold flags none of them (C 0.25 and 1) 3.5–4.1% of the out-of-fold
positives pass and the union catches nothing more; where the rule's 0.99 ceiling lets them through
(C 4 and 16) C 16 adds 2 catches on 2026-11-30 for 2 more held-out ShareGPT flags.

    python bench/guard_embedding_half.py   → bench/results/guard_embedding_half.{json,md}  (~10 min)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RESULTS = ROOT / "bench" / "results"
SPENT = ("guard_blind_20261127", "guard_blind_20261130")
CS = (0.25, 1.0, 4.0, 16.0)


def weights(y: np.ndarray, sources: list[str]) -> np.ndarray:
    """The task-shape fit's weighting, for one positive class: hard negatives ×4, the positives
    as heavy in total as half the rest."""
    w = np.ones(len(y))
    w[np.array([s == "hard_negative" for s in sources])] = 4.0
    w[y == 1] = 0.5 * w[y == 0].sum() / max(int((y == 1).sum()), 1)
    return w


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=w)


def main() -> None:
    from distillguard.monitor import embed as E
    from distillguard.monitor import task_shape as ts
    from distillguard.policy.reasoning_guard import classify_many

    rows = ts.labelled_set()
    y = np.array([r.label == ts.SHAPES.index("reasoning_trace") for r in rows], dtype=int)
    sources = [r.source for r in rows]
    hard = np.array([s == "hard_negative" for s in sources])
    w = weights(y, sources)
    fold = ts.group_folds([r.group for r in rows], 5)
    x = E.encode([r.text for r in rows])
    held = ts.sharegpt_reference("heldout")
    x_held = E.encode(held)
    batches = {}
    for name in SPENT:
        data = json.loads((ROOT / "bench" / "data" / f"{name}.json").read_text(encoding="utf-8"))
        ex = [r["text"] for r in data["extraction"]]
        batches[name] = (E.encode(ex), E.encode(data["hard_negatives"]),
                         np.array([r.flagged for r in classify_many(ex, "default")]),
                         np.array([r.flagged for r in classify_many(data["hard_negatives"], "default")]))
    current_held = int(sum(r.flagged for r in classify_many(held, "default")))  # the guard this check was run against
    report: dict = {"n_rows": len(rows), "heldout_n": len(held), "current_heldout_flagged": current_held,
                    "current": {n: {"caught": int(b[2].sum()), "n": len(b[2]), "hard_negatives": int(b[3].sum()),
                                    "n_hard_negatives": len(b[3])} for n, b in batches.items()},
                    "variants": {}}
    for c in CS:
        oof = np.zeros(len(y))
        for f in range(5):
            test = fold == f
            oof[test] = fit(x[~test], y[~test], w[~test], c).predict_proba(x[test])[:, 1]
        threshold = ts.pick_guard_threshold(oof, rows)
        model = fit(x, y, w, c)
        v = {"threshold": threshold, "oof_recall": round(float((oof[y == 1] >= threshold).mean()), 4),
             "oof_hard_negative_max": round(float(oof[hard].max()), 4),
             "heldout_flagged_union": int(((model.predict_proba(x_held)[:, 1] >= threshold)).sum()) + current_held,
             "batches": {}}
        for name, (x_ex, x_hn, cur_ex, cur_hn) in batches.items():
            sem_ex = model.predict_proba(x_ex)[:, 1] >= threshold
            sem_hn = model.predict_proba(x_hn)[:, 1] >= threshold
            v["batches"][name] = {"semantic_alone": int(sem_ex.sum()), "union": int((sem_ex | cur_ex).sum()),
                                  "hard_negatives_union": int((sem_hn | cur_hn).sum())}
        report["variants"][str(c)] = v
        print(c, json.dumps(v), flush=True)
    lines = ["# An embedding half for the reasoning guard (bench/guard_embedding_half.py)", "",
             "Design data (the labelled set out of fold, the held-out ShareGPT slice, the spent blind batches). "
             f"Current guard: held-out ShareGPT {current_held}/{len(held)}; "
             + "; ".join(f"{n}: {v['caught']}/{v['n']} caught, hard negatives {v['hard_negatives']}/{v['n_hard_negatives']}"
                         for n, v in report["current"].items()), "",
             "| C | threshold | out-of-fold recall | out-of-fold hard-negative max | held-out flagged (union) | "
             + " | ".join(f"{n} alone / union / hard negatives (union)" for n in SPENT) + " |",
             "|---|---:|---:|---:|---:|" + "---:|" * len(SPENT)]
    for c, v in report["variants"].items():
        lines.append(f"| {c} | {v['threshold']} | {v['oof_recall']:.1%} | {v['oof_hard_negative_max']} | "
                     f"{v['heldout_flagged_union']} | " + " | ".join(
                         f"{b['semantic_alone']} / {b['union']} / {b['hard_negatives_union']}" for b in v["batches"].values())
                     + " |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "guard_embedding_half.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "guard_embedding_half.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
