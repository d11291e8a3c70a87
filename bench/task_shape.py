"""Task-shape classifier and the reasoning guard that uses it: grouped CV, blind batch, FPR, speed.

    .venv/bin/python bench/task_shape.py             # everything (~4 min on 2 loaded cores)
    .venv/bin/python bench/task_shape.py --skip-cv   # blind batch, FPR and speed only (~30 s)
    .venv/bin/python bench/task_shape.py --skip-cv --blind bench/data/guard_blind_20261206.json \
        --results-name guard_blind_20261206           # the 2026-12-06 blind batch (with its students)

(a) cross-validated per-class precision/recall, folds by phrasing group (a template and all its
    expansions, a guard template, a ShareGPT block): near-duplicates never straddle train and test;
(b) the blind batch (bench/data/guard_blind_20261130.json, written after the model and thresholds
    were committed): guard recall per phrasing, shape-model recall per class;
(c) benign FPR on ShareGPT "reference" prompts not used in training (task_shape.sharegpt_reference
    ("heldout")), the guard's held-out ShareGPT/hard-negative split and the blind hard negatives;
(d) speed: classify_shapes batch throughput (CPU time) and single-prompt latency of the guard.
Writes bench/results/task_shape.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
RESULTS = ROOT / "bench" / "results"
BLIND = ROOT / "bench" / "data" / "guard_blind_20261130.json"


def ci(k: int, n: int) -> list[float]:
    from scipy.stats import binomtest

    if n == 0:
        return [0.0, 1.0]
    c = binomtest(k, n).proportion_ci(0.95, method="exact")
    return [round(c.low, 5), round(c.high, 5)]


def grouped_cv(folds: int) -> dict:
    """Per-class precision/recall (argmax) on out-of-fold predictions, folds = phrasing groups."""
    from distillguard.monitor import task_shape as ts

    rows = ts.labelled_set()
    p = ts.out_of_fold(rows, folds)
    y = np.array([r.label for r in rows])
    pred = p.argmax(axis=1)
    src = np.array([r.source for r in rows])
    per_class = {}
    for k, shape in enumerate(ts.SHAPES):
        tp = int(((pred == k) & (y == k)).sum())
        per_class[shape] = {"n": int((y == k).sum()), "groups": len({r.group for r in rows if r.label == k}),
                            "precision": round(tp / max(int((pred == k).sum()), 1), 4),
                            "recall": round(tp / max(int((y == k).sum()), 1), 4)}
    rt = ts.SHAPES.index("reasoning_trace")
    t = ts.model().guard_threshold
    missed_groups: dict[str, int] = defaultdict(int)
    for i in np.flatnonzero((pred != y) & (y != 0)):
        missed_groups[f"{ts.SHAPES[y[i]]}:{rows[i].group}"] += 1
    return {
        "folds": folds, "n": len(rows), "per_class": per_class,
        "sharegpt_non_benign_argmax": int(((pred != 0) & (src == "sharegpt")).sum()),
        "n_sharegpt": int((src == "sharegpt").sum()),
        "hard_negative_non_benign_argmax": int(((pred != 0) & (src == "hard_negative")).sum()),
        "n_hard_negative": int((src == "hard_negative").sum()),
        "reasoning_trace_recall_at_guard_threshold": round(float((p[y == rt, rt] >= t).mean()), 4),
        "sharegpt_over_guard_threshold": int((p[src == "sharegpt", rt] >= t).sum()),
        "most_missed_groups": sorted(missed_groups.items(), key=lambda kv: -kv[1])[:30],
    }


def blind(path: Path, learned: str = "default") -> dict:
    from distillguard.monitor.task_shape import SHAPES, classify_shapes
    from distillguard.policy.reasoning_guard import classify

    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("hard_negatives", "students"):  # plain strings, or {"text", ...} rows (20261206b)
        data[key] = [t["text"] if isinstance(t, dict) else t for t in data.get(key, [])]
    per_phrasing: dict[str, list[int]] = defaultdict(list)
    halves = {"regex": 0, "learned": 0}
    missed = []
    for row in data["extraction"]:
        r = classify(row["text"], learned)
        per_phrasing[row["phrasing"]].append(int(r.flagged))
        if r.flagged:
            halves["learned" if r.families == ["learned"] else "regex"] += 1
        else:
            missed.append(row)
    fps = [t for t in data["hard_negatives"] if classify(t, learned).flagged]
    students = data["students"]  # students asking for step-by-step help (2026-12-06 on; [] before)
    student_fps = [t for t in students if classify(t, learned).flagged]
    followups = [t["text"] if isinstance(t, dict) else t for t in data.get("followups", [])]  # 20261206m on
    followup_fps = [t for t in followups if classify(t, learned).flagged]
    shapes = data["shapes"]
    p = classify_shapes([s["text"] for s in shapes])
    per_class: dict[str, list[int]] = defaultdict(list)
    shape_misses = []
    for s, row in zip(shapes, p, strict=True):
        got = SHAPES[int(row.argmax())]
        per_class[s["shape"]].append(int(got == s["shape"]))
        if got != s["shape"]:
            shape_misses.append({"shape": s["shape"], "got": got, "p": round(float(row.max()), 3), "text": s["text"]})
    caught = sum(sum(v) for v in per_phrasing.values())
    total = sum(len(v) for v in per_phrasing.values())
    return {
        "file": str(path.relative_to(ROOT)),
        "guard_recall": round(caught / total, 4), "guard_caught": caught, "guard_n": total,
        "guard_recall_ci95": ci(caught, total), "caught_by": halves,
        "per_phrasing": {k: f"{sum(v)}/{len(v)}" for k, v in per_phrasing.items()},
        "phrasings_missed_entirely": [k for k, v in per_phrasing.items() if not any(v)],
        "hard_negatives_flagged": len(fps), "n_hard_negatives": len(data["hard_negatives"]),
        "false_positives": fps,
        "students_flagged": len(student_fps), "n_students": len(students), "student_false_positives": student_fps,
        **({"followups_flagged": len(followup_fps), "n_followups": len(followups),
            "followup_false_positives": followup_fps} if followups else {}),
        "shape_per_class": {k: f"{sum(v)}/{len(v)}" for k, v in per_class.items()},
        "shape_accuracy": round(sum(sum(v) for v in per_class.values()) / max(len(shapes), 1), 4),
        "guard_misses": missed, "shape_misses": shape_misses,
    }


def benign_fpr(learned: str = "default") -> dict:
    from distillguard.data.sharegpt import later_human_turns, prompts
    from distillguard.monitor import task_shape as ts
    from distillguard.policy.guard_dataset import benign_examples
    from distillguard.policy.reasoning_guard import classify_many

    held = ts.sharegpt_reference("heldout")
    g = classify_many(held, learned)
    # the simulator's half, which no fit samples (some of its prompts also stand in the
    # "reference" half, whose training split the fits read: counted beside the flags)
    sim = list(dict.fromkeys(prompts(part="sim")))
    train = set(ts.sharegpt_reference("train"))
    sim_flagged = [t for t, r in zip(sim, classify_many(sim, learned), strict=True) if r.flagged]
    later = list(later_human_turns())  # no fit, threshold or batch ever read them (2026-12-06)
    later_flagged = [(t, r) for t, r in zip(later, classify_many(later, learned), strict=True) if r.flagged]
    # the "turns" fit reads the design part (split by conversation, task_shape.sharegpt_later_turns);
    # the test part is what no fit read
    test_part = {t for _, t in ts.sharegpt_later_turns("test")}
    later_test_flagged = [t for t, _ in later_flagged if t in test_part]
    learned_only = sum(r.flagged and r.families == ["learned"] for r in g)
    p = ts.classify_shapes(held)
    non_benign = int((p.argmax(axis=1) != 0).sum())
    guard_test = benign_examples("test")
    gt = classify_many([e.text for e in guard_test], learned)
    hn = [e for e, r in zip(guard_test, gt, strict=True) if e.family == "hard_negative" and r.flagged]
    sg = sum(r.flagged for e, r in zip(guard_test, gt, strict=True) if e.family == "sharegpt")
    n_sg = sum(e.family == "sharegpt" for e in guard_test)
    n_hn = sum(e.family == "hard_negative" for e in guard_test)
    flagged = sum(r.flagged for r in g)
    return {
        "sharegpt_reference_heldout": {"n": len(held), "guard_flagged": flagged, "guard_fpr_ci95": ci(flagged, len(held)),
                                       "learned_only": learned_only, "shape_non_benign_argmax": non_benign,
                                       "shape_non_benign_ci95": ci(non_benign, len(held)),
                                       "examples": [t[:160] for t, r in zip(held, g, strict=True) if r.flagged]},
        "sharegpt_sim_half": {"n": len(sim), "in_reference_train": sum(t in train for t in sim),
                              "guard_flagged": len(sim_flagged),
                               "guard_fpr_ci95": ci(len(sim_flagged), len(sim)), "examples": [t[:160] for t in sim_flagged]},
        "sharegpt_later_turns": {"n": len(later), "guard_flagged": len(later_flagged),
                                 "guard_fpr_ci95": ci(len(later_flagged), len(later)),
                                 "learned_only": sum(r.families == ["learned"] for _, r in later_flagged),
                                 "examples": [t[:160] for t, _ in later_flagged],
                                 "test_part": {"n": len(test_part), "guard_flagged": len(later_test_flagged),
                                               "guard_fpr_ci95": ci(len(later_test_flagged), len(test_part))},
                                 "design_part": {"n": len(later) - len(test_part),
                                                 "guard_flagged": len(later_flagged) - len(later_test_flagged)}},
        "guard_test_split": {"sharegpt_n": n_sg, "sharegpt_flagged": sg, "sharegpt_ci95": ci(sg, n_sg),
                             "hard_negative_n": n_hn, "hard_negative_flagged": len(hn),
                             "hard_negative_examples": [e.text for e in hn]},
    }


def speed() -> dict:
    from distillguard.data.sharegpt import prompts
    from distillguard.monitor.task_shape import classify_shapes
    from distillguard.policy.reasoning_guard import classify

    sample = prompts(part="reference")
    classify_shapes(sample[:10])
    t = time.process_time()
    classify_shapes(sample)
    cpu = time.process_time() - t
    lat = []
    for text in sample[:1000]:
        t0 = time.perf_counter()
        classify(text)
        lat.append(time.perf_counter() - t0)
    lat_ms = np.array(lat) * 1e3
    return {"batch_prompts": len(sample), "batch_per_s_cpu": round(len(sample) / cpu),
            "guard_single_ms_p50": round(float(np.percentile(lat_ms, 50)), 3),
            "guard_single_ms_p99": round(float(np.percentile(lat_ms, 99)), 3),
            "cpus": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2)}


def markdown(r: dict) -> str:
    lines = ["# Task-shape classifier and reasoning guard (bench/task_shape.py)", ""]
    if r.get("learned", "default") != "default":
        lines += [f"Guard figures with the learned half's `{r['learned']}` weights (policy `reasoning_guard.learned`).", ""]
    if "cv" in r:
        cv = r["cv"]
        lines += [f"## (a) Grouped {cv['folds']}-fold CV (folds by phrasing group), n = {cv['n']}", "",
                  "| class | n | groups | precision | recall |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {k} | {v['n']} | {v['groups']} | {v['precision']:.3f} | {v['recall']:.3f} |" for k, v in cv["per_class"].items()]
        lines += ["", f"- ShareGPT train prompts predicted non-benign (argmax), out of fold: "
                      f"{cv['sharegpt_non_benign_argmax']}/{cv['n_sharegpt']}; over the guard threshold: {cv['sharegpt_over_guard_threshold']}",
                  f"- hard negatives predicted non-benign (argmax), out of fold: {cv['hard_negative_non_benign_argmax']}/{cv['n_hard_negative']}",
                  f"- reasoning_trace recall at the guard threshold (learned half alone), out of fold: "
                  f"{cv['reasoning_trace_recall_at_guard_threshold']:.3f}",
                  "- most-missed groups: " + ", ".join(f"{g} ({n})" for g, n in cv["most_missed_groups"][:15]), ""]
    if "blind" in r:
        b = r["blind"]
        lines += [f"## (b) Blind batch `{b['file']}` (written after the frozen model was committed)", "",
                  f"- guard recall: **{b['guard_caught']}/{b['guard_n']} = {b['guard_recall']:.1%}** "
                  f"(95 % CI {b['guard_recall_ci95'][0]:.1%}–{b['guard_recall_ci95'][1]:.1%}); "
                  f"caught by regex {b['caught_by']['regex']}, by the learned half only {b['caught_by']['learned']}",
                  f"- phrasings missed entirely: {b['phrasings_missed_entirely'] or 'none'}",
                  f"- blind hard negatives flagged: {b['hard_negatives_flagged']}/{b['n_hard_negatives']}",
                  *([f"- blind students asking for step-by-step help flagged: {b['students_flagged']}/{b['n_students']}"]
                    if b.get("n_students") else []),
                  *([f"- blind benign follow-up messages (later turns of a chat) flagged: "
                     f"{b['followups_flagged']}/{b['n_followups']}"] if b.get("n_followups") else []),
                  f"- shape model, blind shape prompts, argmax correct: {b['shape_accuracy']:.1%}", "",
                  "| phrasing | guard caught |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in b["per_phrasing"].items()]
        lines += ["", "| shape | argmax correct |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in b["shape_per_class"].items()]
        lines += ["", "Guard misses:", ""] + [f"- ({m['phrasing']}) {m['text'][:200]}" for m in b["guard_misses"]]
        lines += ["", "Flagged blind hard negatives:", ""] + [f"- {t}" for t in b["false_positives"]]
        if b.get("n_students"):
            lines += ["", "Flagged blind students:", ""] + [f"- {t}" for t in b["student_false_positives"]]
        if b.get("n_followups"):
            lines += ["", "Flagged blind follow-ups:", ""] + [f"- {t[:200]}" for t in b["followup_false_positives"]]
        lines += ["", "Shape misses:", ""] + [f"- {m['shape']} → {m['got']} ({m['p']}): {m['text'][:160]}" for m in b["shape_misses"]]
        lines.append("")
    f = r["fpr"]
    h, g = f["sharegpt_reference_heldout"], f["guard_test_split"]
    lines += ["## (c) Benign false positives", "",
              f"- ShareGPT reference, held-out 30 % (never trained on): guard flagged **{h['guard_flagged']}/{h['n']}** "
              f"(95 % CI up to {h['guard_fpr_ci95'][1]:.3%}; by the learned half alone {h['learned_only']}); shape model "
              f"argmax non-benign {h['shape_non_benign_argmax']}/{h['n']} ({h['shape_non_benign_argmax'] / h['n']:.2%})",
              *([f"- ShareGPT 'sim' half, every distinct prompt (a half no fit samples; "
                 f"{f['sharegpt_sim_half']['in_reference_train']} of them also stand in the reference half's training split): "
                 f"guard flagged **{f['sharegpt_sim_half']['guard_flagged']}/{f['sharegpt_sim_half']['n']}**"]
                if "sharegpt_sim_half" in f else []),
              *([f"- ShareGPT later human turns (every human turn after a conversation's first exchange, distinct; "
                 f"only the \"turns\" and \"followups\" fits read a part of them): guard flagged "
                 f"**{f['sharegpt_later_turns']['guard_flagged']}/{f['sharegpt_later_turns']['n']}** "
                 f"(by the learned half alone {f['sharegpt_later_turns']['learned_only']})"
                 + (f"; of them the test part (split by conversation, never fitted): "
                    f"**{f['sharegpt_later_turns']['test_part']['guard_flagged']}/"
                    f"{f['sharegpt_later_turns']['test_part']['n']}**, the design part (the \"turns\" and \"followups\" fits read it) "
                    f"{f['sharegpt_later_turns']['design_part']['guard_flagged']}/"
                    f"{f['sharegpt_later_turns']['design_part']['n']}"
                    if "test_part" in f["sharegpt_later_turns"] else "")]
                if "sharegpt_later_turns" in f else []),
              f"- guard test split: ShareGPT {g['sharegpt_flagged']}/{g['sharegpt_n']}, written hard negatives "
              f"{g['hard_negative_flagged']}/{g['hard_negative_n']}", ""]
    lines += [f"  - {t}" for t in h["examples"]]
    s = r["speed"]
    lines += ["", "## (d) Speed", "",
              f"- `classify_shapes`, {s['batch_prompts']} ShareGPT reference prompts in one call: "
              f"**{s['batch_per_s_cpu']:,} prompts/s** CPU time (one core)",
              f"- guard `classify(prompt)` single-prompt latency: p50 {s['guard_single_ms_p50']} ms, p99 {s['guard_single_ms_p99']} ms",
              f"- machine: {s['cpus']} CPUs, load average {s['load_average']}", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--blind", type=Path, default=BLIND)
    from distillguard.policy.reasoning_guard import LEARNED

    parser.add_argument("--learned", default="default", choices=LEARNED,
                        help="the guard's learned-half weights (policy reasoning_guard.learned)")
    parser.add_argument("--results-name", default=None,
                        help="write bench/results/NAME.{json,md} (default task_shape, or task_shape_quick with --skip-cv)")
    args = parser.parse_args()
    report: dict = {}
    if not args.skip_cv:
        report["cv"] = grouped_cv(args.folds)
    if args.blind.exists():
        report["blind"] = blind(args.blind.resolve(), args.learned)
    report["learned"] = args.learned
    report["fpr"] = benign_fpr(args.learned)
    report["speed"] = speed()
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = args.results_name or ("task_shape" if not args.skip_cv else "task_shape_quick")
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / f"{name}.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))


if __name__ == "__main__":
    main()
