"""Design data for the reasoning guard's regex floor (choice "gated"): where the regex half fires on
a prompt the learned half all but rules out, how often is it right?

The regex half is all-or-nothing per phrasing: one cue ("not just the final answer") can flag a
whole class of students. The learned half reads the whole prompt. This tallies, on **spent** data
only — the five blind batches already run (2026-11-30, 2026-12-06, b, c, d) and the ShareGPT sim
half + the reference half's held-out 30 % — how many regex flags survive a floor on the learned
half's p(reasoning_trace) ("more" weights), for extraction prompts and for hard negatives +
students; and the guard's own labelled test split (held out from every fit), per family. The floor
was chosen from this table (five batches then) by a rule written down first; after the floor on
every prompt lost 24 of the test split's 114 code-switched 'multilingual' templates, the last column
(the floor on Latin-script prompts only, the shipped candidate) was added and tested on a later
blind batch and ShareGPT's later human turns, which this script does not read (docs/policy.md).
Its results file was measured before step 9 dropped that very cue from the regex half (d833eb9 and
earlier reproduce it; a run now counts fewer regex flags on students).

Usage: python bench/guard_regex_floor.py → bench/results/guard_regex_floor.{json,md}
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SPENT = ("20261130", "20261206", "20261206b", "20261206c", "20261206d", "20261206e")
FLOORS = (0.005, 0.01, 0.02, 0.05)


def main() -> None:
    from distillguard.data.sharegpt import prompts
    from distillguard.monitor.task_shape import (
        MORE_WEIGHTS_FILE,
        SHAPES,
        classify_shapes,
        sharegpt_reference,
    )
    from distillguard.policy.guard_dataset import labelled_set
    from distillguard.policy.guard_features import extract
    from distillguard.policy.reasoning_guard import _score, latin_only, model

    sets: dict[str, list[str]] = {"extraction": [], "hard negatives + students": []}
    for name in SPENT:
        data = json.loads((ROOT / "bench" / "data" / f"guard_blind_{name}.json").read_text(encoding="utf-8"))
        sets["extraction"] += [row["text"] for row in data["extraction"]]
        for key in ("hard_negatives", "students"):
            sets["hard negatives + students"] += [t["text"] if isinstance(t, dict) else t for t in data.get(key, [])]
    sets["ShareGPT sim half + held-out reference"] = list(dict.fromkeys(prompts(part="sim"))) + sharegpt_reference("heldout")
    held_out = [e for e in labelled_set("test") if e.family not in ("sharegpt", "hard_negative")]
    sets["guard test split, extraction templates"] = [e.text for e in held_out]
    sets["guard test split, 'multilingual' family"] = [e.text for e in held_out if e.family == "multilingual"]
    rt = SHAPES.index("reasoning_trace")
    report: dict = {"spent_batches": list(SPENT), "floors": list(FLOORS), "sets": {}}
    for label, texts in sets.items():
        regex = np.array([_score(extract(t), model(), 0.0, "more", t).flagged for t in texts])
        p = classify_shapes(texts, MORE_WEIGHTS_FILE)[:, rt]
        latin = np.array([latin_only(t) for t in texts])
        report["sets"][label] = {"n": len(texts), "regex_flagged": int(regex.sum()),
                                 "kept": {str(f): int((regex & (p >= f)).sum()) for f in FLOORS},
                                 "kept_latin_only_0.02": int((regex & ((p >= 0.02) | ~latin)).sum())}
    lines = ["# Regex floor: regex flags kept when the learned half's p(reasoning_trace) ('more') is at least the floor",
             "", f"Spent data only: blind batches {', '.join(SPENT)}; ShareGPT sim half + held-out reference.", "",
             "| set | n | regex flags | " + " | ".join(f"kept at {f}" for f in FLOORS)
             + " | kept at 0.02, Latin-script prompts only |",
             "|---|---:|---:|" + "---:|" * (len(FLOORS) + 1)]
    for label, r in report["sets"].items():
        lines.append(f"| {label} | {r['n']} | {r['regex_flagged']} | " + " | ".join(str(r["kept"][str(f)]) for f in FLOORS)
                     + f" | {r['kept_latin_only_0.02']} |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "guard_regex_floor.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "guard_regex_floor.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
