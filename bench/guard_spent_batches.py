"""Every spent blind batch (2026-12-06 a–o, 2026-12-07 p on) through each guard choice, side by side — design data.

Each batch was blind once, for the one decision it was written for (docs/policy.md, steps 2–21); after
that it is spent, and a candidate looked at here is judged on the next batch, not on this table. The
table is what the next candidate is designed on: extraction prompts caught, hard negatives and students
flagged, per batch and in total, for the choices named (default: every `reasoning_guard.LEARNED`).
It reads the code as it is, so run it at an older commit for that commit's figures (the step-9 figures
"before N" are this table at d833eb9).

Usage: python bench/guard_spent_batches.py [--learned unmask gated ...] [--out NAME]
       → bench/results/NAME.{json,md} (default guard_spent_batches)
"""

from __future__ import annotations

import argparse
import json
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
# bench/data/guard_blind_{X}.json: the batches of 2026-12-06 (a–o) and of 2026-12-07 (p–z, then za–ze)
BATCHES = (tuple(f"20261206{b}" for b in ("", *"bcdefghijklmno"))
           + tuple(f"20261207{b}" for b in (*"pqrstuvwxyz", "za", "zb", "zc", "zd", "ze")))
KINDS = ("extraction", "hard_negatives", "students")


def label(batch: str) -> str:
    """'20261206b' → '2026-12-06b'."""
    return f"{batch[:4]}-{batch[4:6]}-{batch[6:]}"


@cache
def batch(name: str) -> dict:
    """A spent batch's file, read once per process (the searches tally every batch per value tried)."""
    loaded: dict = json.loads((DATA / f"guard_blind_{name}.json").read_text(encoding="utf-8"))
    return loaded


def texts(name: str, kind: str) -> list[str]:
    """A spent batch's prompts of one kind (extraction, hard_negatives, students, followups; [] where it has none).
    The first batch holds bare strings, the others {"text", ...} rows."""
    return [e if isinstance(e, str) else e["text"] for e in batch(name).get(kind, [])]


def tally(learned: str, learned_threshold: float | None = None) -> dict[str, dict[str, int]]:
    """Per batch: how many of each kind the choice flags (and how many there are); `learned_threshold`:
    its learned half's threshold, where not the fit's own (`reasoning_guard.classify_many`)."""
    from distillguard.policy.reasoning_guard import classify_many

    out: dict[str, dict[str, int]] = {}
    for b in BATCHES:
        row: dict[str, int] = {}
        for kind in KINDS:
            prompts = texts(b, kind)
            row[kind] = sum(r.flagged for r in classify_many(prompts, learned, learned_threshold))
            row[f"n_{kind}"] = len(prompts)
        out[label(b)] = row
    out["total"] = {k: sum(r[k] for r in out.values()) for k in next(iter(out.values()))}
    return out


def design_line(learned: str, learned_threshold: float | None = None) -> str:
    """The choice's totals over the spent batches and its flags on the design part of ShareGPT's later
    turns, as one line (what the floor and threshold searches print per value tried)."""
    from distillguard.monitor.task_shape import sharegpt_later_turns
    from distillguard.policy.reasoning_guard import classify_many

    total = tally(learned, learned_threshold)["total"]
    later = sum(r.flagged for r in classify_many([t for _, t in sharegpt_later_turns("design")], learned,
                                                 learned_threshold))
    return (f"spent batches through {label(BATCHES[-1])}: extraction {total['extraction']}, hard negatives "
            f"{total['hard_negatives']}, students {total['students']}; design later turns {later}")


def main() -> None:
    from distillguard.policy.reasoning_guard import LEARNED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learned", nargs="+", choices=LEARNED, default=list(LEARNED))
    parser.add_argument("--out", default="guard_spent_batches")
    args = parser.parse_args()
    report = {name: tally(name) for name in args.learned}
    lines = ["# Reasoning guard on the spent blind batches of 2026-12-06 and 2026-12-07 (design data)", "",
             "Extraction caught / hard negatives flagged / students flagged, per batch "
             "(`python bench/guard_spent_batches.py`).", "",
             "| batch | " + " | ".join(args.learned) + " |", "|---" * (len(args.learned) + 1) + "|"]
    for batch in report[args.learned[0]]:
        cells = [f"{r['extraction']}/{r['n_extraction']} · {r['hard_negatives']}/{r['n_hard_negatives']}"
                 f" · {r['students']}/{r['n_students']}" for r in (report[n][batch] for n in args.learned)]
        lines.append(f"| {batch} | " + " | ".join(cells) + " |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (RESULTS / f"{args.out}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
