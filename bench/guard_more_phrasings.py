"""Would more labelled phrasings make the reasoning guard's learned half generalise? (design check)

The guard's learned half is the task-shape model (`distillguard.monitor.task_shape`): hashed char
and word n-grams, so it reaches only as far as its labelled phrasing groups do. On the blind batch
of 2026-11-30 it missed whole phrasings ("narrate your mind", "replay the process", a German
"Lösungsweg"). `src/distillguard/monitor/data/task_shapes_more.json` holds 90 more reasoning-trace
phrasing groups (50 in 16 languages besides English) and 60 more hard-negative groups, written on
2026-12-06 by a helper who read only the two existing labelled files (never a blind batch).

This script fits "v2" — the shipped recipe (`task_shape.fit`, C = 4, the guard threshold from
grouped out-of-fold scores: ShareGPT-train FPR ≤ 0.03 %, no hard negative flagged) on the
labelled set plus that file — and compares three guards: the current one, the regex half with v2
as its learned half (`regex+v2`), and the current one with v2 beside it (`current+v2`), on the
design data: out-of-fold recall of the new groups, the held-out ShareGPT slice, and the spent
blind batches 2026-11-27 and 2026-11-30.

The rule (written before the outcome was seen): the variant with the most 2026-11-30 catches that
flags no more hard negatives of the two spent batches and no more held-out ShareGPT prompts than
the current guard; none qualifying → v2 is not shipped. Outcome (bench/results/guard_more_phrasings.md):
v2 adds 9–12 catches on 2026-11-30 and one on 2026-11-27 at the same hard negatives, but flags
one more held-out ShareGPT prompt (2/2,201 against 1: a "QuizBeeGPT" game asking the model to
"evaluate and give proof how and why your answer is correct"), so by the rule it is not shipped.

`--blind FILE` also scores a later blind batch (extraction, hard negatives, students) — read
after v2 was rejected, so it decides nothing about this rule; `--sim-half` counts flags on every
distinct ShareGPT "sim" prompt (a half no fit samples; the count of its prompts that also stand
in the "reference" half's training split, which the fits read, is given beside the flags). A second rule, written before a second blind
batch was, decided on those (docs/policy.md, "Opt-in learned half"): v2 ships as the guard's
opt-in `learned = "more"` (`task_shape --more`), not as its default.

    python bench/guard_more_phrasings.py [--sim-half] [--blind bench/data/guard_blind_20261206.json ...]
        → bench/results/guard_more_phrasings.{json,md}   (~5 min on 2 cores)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RESULTS = ROOT / "bench" / "results"
SPENT = ("guard_blind_20261127", "guard_blind_20261130")
VARIANTS = ("current", "regex+v2", "current+v2")


def labelled_rows():
    """The shipped labelled set, then the extra phrasing groups (`task_shape.more_rows`). The order
    is the one this check was decided on; `task_shape.labelled_set(fit_name="more")`, which the shipped
    opt-in weights are fitted on, puts them before the ShareGPT rows instead, and so lands on a
    threshold of 0.810 rather than 0.812 (docs/policy.md quotes each where it applies)."""
    from distillguard.monitor import task_shape as ts

    return ts.labelled_set() + ts.more_rows()


def fit_v2():
    """(probability function for reasoning_trace, threshold, out-of-fold design figures)."""
    from distillguard.monitor import task_shape as ts

    rows = labelled_rows()
    rt = ts.SHAPES.index("reasoning_trace")
    y = np.array([r.label for r in rows])
    oof = ts.out_of_fold(rows, 5)
    threshold = ts.pick_guard_threshold(oof[:, rt], rows)
    new = np.array([r.group.startswith(("rtm_", "hnm_")) for r in rows])
    x = ts.featurize([r.text for r in rows])
    coef, bias = ts.fit(x, y, ts.sample_weights(y, [r.source for r in rows]))

    def p_rt(texts: list[str]) -> np.ndarray:
        return ts._softmax(ts.featurize(texts) @ coef.T + bias)[:, rt]

    design = {
        "n_rows": len(rows), "threshold": threshold,
        "oof_recall_all_reasoning_trace": round(float((oof[y == rt, rt] >= threshold).mean()), 4),
        "oof_recall_new_reasoning_trace_groups": round(float((oof[(y == rt) & new, rt] >= threshold).mean()), 4),
        "oof_new_hard_negatives_flagged": int((oof[(y == 0) & new, rt] >= threshold).sum()),
    }
    return p_rt, threshold, design


def guards(texts: list[str], p_rt, threshold: float) -> dict[str, np.ndarray]:
    from distillguard.policy.guard_features import extract
    from distillguard.policy.reasoning_guard import _score, classify_many, model

    m = model()
    regex = np.array([_score(extract(t), m, 0.0, "default", t).flagged for t in texts], dtype=bool)
    current = np.array([r.flagged for r in classify_many(texts, "default")], dtype=bool)  # the guard this check was run against
    v2 = p_rt(texts) >= threshold if texts else np.zeros(0, dtype=bool)
    return {"current": current, "regex+v2": regex | v2, "current+v2": current | v2}


def score_batch(path: Path, p_rt, threshold: float) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    ex = data["extraction"]
    got = guards([r["text"] for r in ex], p_rt, threshold)
    per: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(VARIANTS, 0))
    n_per: dict[str, int] = defaultdict(int)
    for i, row in enumerate(ex):
        name = row.get("phrasing") or row.get("family")
        n_per[name] += 1
        for v in VARIANTS:
            per[name][v] += int(got[v][i])
    out = {"file": str(path.relative_to(ROOT)), "n": len(ex),
           "caught": {v: int(got[v].sum()) for v in VARIANTS},
           "per_phrasing": {k: {**per[k], "n": n_per[k]} for k in per}}
    for key in ("hard_negatives", "students"):
        if key in data:
            texts = [t["text"] if isinstance(t, dict) else t for t in data[key]]  # 20261206b: {"text", ...} rows
            neg = guards(texts, p_rt, threshold)
            out[key] = {"n": len(texts), "flagged": {v: int(neg[v].sum()) for v in VARIANTS},
                        "examples": {v: [t for t, f in zip(texts, neg[v], strict=True) if f] for v in VARIANTS}}
    return out


def markdown(r: dict) -> str:
    d = r["design"]
    lines = ["# More labelled phrasings for the guard's learned half (bench/guard_more_phrasings.py)", "",
             "Design data. v2 = the task-shape recipe fitted on the labelled set plus "
             "`src/distillguard/monitor/data/task_shapes_more.json`.", "",
             f"- rows {d['n_rows']}, v2 guard threshold {d['threshold']}; out of fold: reasoning-trace recall "
             f"{d['oof_recall_all_reasoning_trace']:.1%}, the new groups alone {d['oof_recall_new_reasoning_trace_groups']:.1%}, "
             f"new hard negatives flagged {d['oof_new_hard_negatives_flagged']}",
             f"- held-out ShareGPT ({r['heldout']['n']}): " + ", ".join(f"{v} {r['heldout']['flagged'][v]}" for v in VARIANTS),
             ""]
    for b in r["batches"]:
        lines += [f"## `{b['file']}`" + (" (blind: read only after the rule it informs was written)" if b.get("blind") else " (spent: design data)"), "",
                  "| guard | extraction caught | hard negatives flagged | students flagged |", "|---|---:|---:|---:|"]
        for v in VARIANTS:
            hn = b.get("hard_negatives", {"flagged": {v: "–"}, "n": "–"})
            st = b.get("students", {"flagged": {v: "–"}, "n": "–"})
            lines.append(f"| {v} | {b['caught'][v]}/{b['n']} | {hn['flagged'][v]}/{hn['n']} | {st['flagged'][v]}/{st['n']} |")
        lines += ["", "| phrasing | " + " | ".join(VARIANTS) + " |", "|---|" + "---:|" * len(VARIANTS)]
        for k, v in b["per_phrasing"].items():
            lines.append(f"| {k} | " + " | ".join(f"{v[x]}/{v['n']}" for x in VARIANTS) + " |")
        lines.append("")
    if "sim_half" in r:
        sh = r["sim_half"]
        lines += [f"ShareGPT 'sim' half, every distinct prompt ({sh['n']}; a half neither fit samples, though "
                  f"{sh['in_reference_train']} also stand in the reference half's training split): "
                  + ", ".join(f"{v} {sh['flagged'][v]}" for v in VARIANTS), ""]
        lines += [f"- {v}: {t[:200]!r}" for v in VARIANTS for t in sh["examples"][v]]
        lines.append("")
    lines += ["Held-out ShareGPT prompts flagged:", ""]
    lines += [f"- {v}: {t[:200]!r}" for v in VARIANTS for t in r["heldout"]["examples"][v]]
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, action="append", default=[],
                        help="a blind batch file to score as well (read only after the decision)")
    parser.add_argument("--sim-half", action="store_true",
                        help="also count flags on every distinct ShareGPT 'sim' half prompt (a half neither fit samples)")
    args = parser.parse_args()
    from distillguard.monitor import task_shape as ts

    p_rt, threshold, design = fit_v2()
    held = ts.sharegpt_reference("heldout")
    h = guards(held, p_rt, threshold)
    report = {"design": design,
              "heldout": {"n": len(held), "flagged": {v: int(h[v].sum()) for v in VARIANTS},
                          "examples": {v: [t for t, f in zip(held, h[v], strict=True) if f] for v in VARIANTS}},
              "batches": [score_batch(ROOT / "bench" / "data" / f"{n}.json", p_rt, threshold) for n in SPENT]}
    if args.sim_half:
        from distillguard.data.sharegpt import prompts

        sim = list(dict.fromkeys(prompts(part="sim")))
        g = guards(sim, p_rt, threshold)
        train = set(ts.sharegpt_reference("train"))
        report["sim_half"] = {"n": len(sim), "in_reference_train": sum(t in train for t in sim), "flagged": {v: int(g[v].sum()) for v in VARIANTS},
                              "examples": {v: [t for t, f in zip(sim, g[v], strict=True) if f] for v in VARIANTS}}
    for path in args.blind:
        report["batches"].append({**score_batch(path.resolve(), p_rt, threshold), "blind": True})
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "guard_more_phrasings.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / "guard_more_phrasings.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))


if __name__ == "__main__":
    main()
