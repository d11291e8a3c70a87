"""What each reasoning-guard threshold would catch and flag, on data no threshold was chosen on.

The guard flags a prompt when its regex half or its learned half reaches its threshold (docs/policy.md). The
learned half's threshold — the lowest p(reasoning_trace) it flags — is set by the out-of-fold rule of
`task_shape.pick_guard_threshold`, and a policy may set its own (`reasoning_guard.learned_threshold`); this
sweeps it, the regex half held as shipped, and reports per value:

- recall on the blind batches' extraction prompts (each batch was written by helpers who never saw the
  guard; `guard_spent_batches.BATCHES`, a range of them with --first/--last);
- hard negatives, students asking for step-by-step help and benign follow-ups flagged in those batches;
- flags among the 34,120 ShareGPT prompts no fit read (the held-out slice, the simulator's half and
  the later turns' test part: the precision sets of `bench/task_shape.py`), with the upper end of the exact
  95% interval `bench/task_shape.py` reports for them.

Every batch has been spent (each judged one decision), so this is a measurement of the trade, not a
choice: a threshold picked from this table would be judged on a batch written after it. The shipped
threshold is the table's marked row; the chart draws recall against the ShareGPT rate.

Why not the policy file's `reasoning_guard.threshold`: it moves both halves at once, and every prompt's
regex score starts at the regex model's bias (about 0.027 against the threshold 0.05), so at or under that
it would flag everything (the policy refuses such a value); the learned half's threshold is the knob with
a curve.

    python bench/guard_operating_curve.py images --first 20261207v --last 20261207zd
      → bench/results/guard_operating_curve_images.{json,md,png}  (about two minutes)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import curve_output  # noqa: E402
from guard_spent_batches import BATCHES, label, texts  # noqa: E402
from task_shape import ci  # noqa: E402  (bench/task_shape.py: the exact interval every guard figure uses)

# learned-half thresholds (p(reasoning_trace)) tried; each maps to one guard score threshold
LEARNED_GRID = (0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
KINDS = ("extraction", "hard_negatives", "students", "followups")


def flags_at(texts: list[str], learned: str, p_learned: float) -> np.ndarray:
    """Which prompts the guard flags with its learned half's threshold at p_learned, the regex half as
    shipped (`classify_many`'s `learned_threshold`, what a policy's `reasoning_guard.learned_threshold` sets)."""
    from distillguard.policy.reasoning_guard import classify_many

    return np.array([r.flagged for r in classify_many(texts, learned, p_learned)], dtype=bool)


def precision_texts() -> list[str]:
    """The 34,120 ShareGPT prompts no fit read: held-out reference slice, sim half, later turns' test part."""
    from distillguard.data.sharegpt import prompts
    from distillguard.monitor import task_shape as ts

    held = ts.sharegpt_reference("heldout")
    sim = list(dict.fromkeys(prompts(part="sim")))
    later_test = [t for _, t in ts.sharegpt_later_turns("test")]
    return held + sim + later_test


def batch_texts(names: tuple[str, ...], kind: str) -> list[str]:
    return [t for b in names for t in texts(b, kind)]


def curve(learned: str, names: tuple[str, ...]) -> dict:
    from distillguard.monitor.task_shape import model as shape_model
    from distillguard.policy.reasoning_guard import _weights_file

    shipped = shape_model(_weights_file(learned)).guard_threshold
    prompts = {k: batch_texts(names, k) for k in KINDS}
    sharegpt = precision_texts()
    rows = []
    for p in sorted({*LEARNED_GRID, shipped}):
        row: dict = {"learned_threshold": p, "shipped": p == shipped}
        for k, t in prompts.items():
            row[k] = [int(flags_at(t, learned, p).sum()), len(t)]
        k_sg = int(flags_at(sharegpt, learned, p).sum())
        row["sharegpt"] = [k_sg, len(sharegpt)]
        row["sharegpt_upper95"] = ci(k_sg, len(sharegpt))[1]
        rows.append(row)
    return {"learned": learned, "batches": [label(b) for b in names], "shipped_learned_threshold": shipped,
            "rows": rows}


def pct(pair: list[int]) -> str:
    k, n = pair
    return f"{k}/{n} ({100 * k / n:.1f}%)" if n else "–"


def markdown(r: dict, command: str) -> str:
    lines = [f"# Reasoning guard operating curve — learned half \"{r['learned']}\"", "",
             f"Command: `{command}`. Blind batches {r['batches'][0]}–{r['batches'][-1]} ({len(r['batches'])}), all "
             "spent: a measurement of the trade, not a choice. ShareGPT: the 34,120 prompts no fit read.", "",
             "| learned half flags from p(reasoning_trace) | extraction caught | hard negatives | students | "
             "follow-ups | ShareGPT flagged | ShareGPT rate, upper end of the exact 95% interval |", "|---|---|---|---|---|---|---|"]
    for row in r["rows"]:
        mark = " **(shipped)**" if row["shipped"] else ""
        lines.append(f"| {row['learned_threshold']:.3g}{mark} | {pct(row['extraction'])} | "
                     f"{pct(row['hard_negatives'])} | {pct(row['students'])} | {pct(row['followups'])} | "
                     f"{row['sharegpt'][0]} | {100 * row['sharegpt_upper95']:.3f}% |")
    reach = [row for row in r["rows"] if row["extraction"][0] >= 0.95 * row["extraction"][1]]
    lines += ["", (f"The highest threshold tried that reaches 95% recall is {reach[-1]['learned_threshold']}: "
                   f"{pct(reach[-1]['extraction'])}, ShareGPT {reach[-1]['sharegpt'][0]} of "
                   f"{reach[-1]['sharegpt'][1]:,}." if reach else
                   "No threshold tried reaches 95% recall: the misses score under every value tried.")]
    return "\n".join(lines) + "\n"


def plot(r: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = r["rows"]
    n_sg = rows[0]["sharegpt"][1]
    x = [max(row["sharegpt"][0], 0.5) / n_sg * 100 for row in rows]  # 0 flags drawn at half a flag
    y = [row["extraction"][0] / row["extraction"][1] * 100 for row in rows]
    hn = [row["hard_negatives"][0] / max(row["hard_negatives"][1], 1) * 100 for row in rows]
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(11, 4.2))
    a1.plot(x, y, "o-", color="tab:blue")
    for row, xi, yi in zip(rows, x, y, strict=True):
        a1.annotate(f"{row['learned_threshold']:.3g}", (xi, yi), textcoords="offset points", xytext=(4, -10), fontsize=7)
        if row["shipped"]:
            a1.plot([xi], [yi], "s", color="tab:red", label="shipped")
    a1.axhline(95, ls="--", color="grey", lw=0.8, label="95% goal")
    a1.set_xscale("log")
    a1.set_xlabel("ShareGPT prompts flagged, % (0 drawn at half a prompt)")
    a1.set_ylabel("blind extraction prompts caught, %")
    a1.set_title(f"{r['batches'][0]}–{r['batches'][-1]}, by learned threshold")
    a1.legend(loc="lower right", fontsize=8)
    a2.plot([row["learned_threshold"] for row in rows], y, "o-", label="extraction caught")
    a2.plot([row["learned_threshold"] for row in rows], hn, "o-", color="tab:orange", label="hard negatives flagged")
    a2.plot([row["learned_threshold"] for row in rows],
            [row["students"][0] / max(row["students"][1], 1) * 100 for row in rows], "o-", color="tab:green",
            label="students flagged")
    a2.set_yscale("symlog", linthresh=1)
    a2.set_xlabel("learned-half threshold p(reasoning_trace)")
    a2.set_ylabel("%")
    a2.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    from distillguard.policy.reasoning_guard import LEARNED

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("learned", choices=LEARNED)
    parser.add_argument("--first", choices=BATCHES, default=BATCHES[0])
    parser.add_argument("--last", choices=BATCHES, default=BATCHES[-1])
    parser.add_argument("--out", default=None, help="results name (default guard_operating_curve_LEARNED)")
    args = parser.parse_args()
    names = BATCHES[BATCHES.index(args.first):BATCHES.index(args.last) + 1]
    if not names:
        parser.error("--first comes after --last")
    r = curve(args.learned, names)
    out = args.out or f"guard_operating_curve_{args.learned}"
    command = "python bench/guard_operating_curve.py " + " ".join(sys.argv[1:])
    print(curve_output.write(out, r, command, markdown, plot))


if __name__ == "__main__":
    main()
