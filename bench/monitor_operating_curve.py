"""What each monitor threshold would catch and flag, on blind batches the model never saw.

A monitor model flags an account when its risk reaches the calibration's `threshold`; every other rule
(a cluster's or a crowd's score passed on through an account's own evidence, `inherit_margin`) is read
against that same threshold, so it is the one knob `monitor calibrate --target-fpr` sets. This moves it
by a shift in log-odds, rescoring each batch's cached analysis with the whole model (`scan.assess`), and
reports per shift: pooled recall, families caught at 95% or more, the pooled benign flag rate, benign kinds
over 2%, and ordinary users flagged.

It also counts what the gateway does with the unshifted model's risks once `monitor scan --apply` has
written them: the policy routes an account to review when its risk reaches `monitor.risk_review_threshold`
(0.7 in the default policy file), and `--open-cases` / `cases ingest` open a case from a risk of
`[review] min_risk` (0.5 by default) — numbers of their own, not the model's threshold, so the accounts
they route are not only the accounts the monitor flags (--review-at names other values to count).

The batches are blind batches run once on the frozen model (their results files are the record); this
is a measurement of the trade over them, not a choice. The unshifted row must reproduce each batch's
recorded result (`bench/results/monitor_blindNN_MODEL.json`); a batch that does not is named.

    python bench/monitor_operating_curve.py --model xmcd --first 249 --last 296
      → bench/results/monitor_operating_curve_xmcd.{json,md,png}
      (each batch's analysis is cached under bench/work by bench/monitor.py; a missing one is made
       first, about 1.5 minutes a batch; scoring is about a second a batch and shift)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

sys.path.insert(0, str(Path(__file__).resolve().parent))

import curve_output  # noqa: E402

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"
SHIFTS = (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0)  # log-odds added to the threshold's
FAMILY_BAR, KIND_BAR = 0.95, 0.02  # the per-family recall and per-kind flag-rate goals
console = Console(stderr=True)


def shifted(cal, shift: float):
    """The calibration with its threshold moved by `shift` in log-odds (every rule reads it)."""
    from distillguard.monitor.scoring import logit

    return dataclasses.replace(cal, threshold=1.0 / (1.0 + math.exp(-(logit(cal.threshold) + shift))))


def recorded(model: str, number: int) -> dict | None:
    """A batch's recorded blind run for the model (its results file: the command and the "blind" section)."""
    path = RESULTS / f"monitor_blind{number}_{model}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def policy_review_threshold() -> float:
    """The default policy file's `monitor.risk_review_threshold`."""
    from distillguard.policy.schema import default_data

    return float(default_data()["monitor"]["risk_review_threshold"])


def routed(result_docs: list[tuple[dict, dict]], at: float) -> dict:
    """Campaign and benign accounts whose scan risk reaches `at` (what the policy routes to review)."""
    counts = Counter()
    for doc, truth in result_docs:
        labels = truth["accounts"]
        for a in doc["accounts"]:
            fact = labels.get(a["account_id"])
            if fact is None:
                continue
            side = "campaign" if fact["label"] == "campaign" else "benign"
            counts[side + "_n"] += 1
            counts[side] += a["risk"] >= at
            counts[side + "_routed_unflagged"] += a["risk"] >= at and not a["flagged"]
    return {"risk_at_least": at, "campaign": [counts["campaign"], counts["campaign_n"]],
            "benign": [counts["benign"], counts["benign_n"]],
            "benign_routed_not_flagged": counts["benign_routed_unflagged"],
            "campaign_routed_not_flagged": counts["campaign_routed_unflagged"]}


def sweep(cal, runs: dict[int, dict], shifts: tuple[float, ...], review_at: tuple[float, ...]) -> dict:
    """Rescore each batch of `runs` (batch number → its recorded blind run) with `cal` at every shift."""
    import monitor as M  # bench/monitor.py: the batch analyses and the evaluation the blind runs used
    from distillguard.monitor.scan import assess

    numbers = sorted(runs)
    per_shift: dict[float, list[dict]] = {s: [] for s in shifts}
    unshifted: list[tuple[dict, dict]] = []  # (scan document, truth) per batch, slimmed to what `routed` reads
    mismatched: list[int] = []
    with Progress(console=console) as progress:
        task = progress.add_task("batches", total=len(numbers))
        for number in numbers:
            module = f"monitor_blind{number}"
            # a batch with rows the event contract refuses was run with --skip-invalid, as it is here
            skip = "--skip-invalid" in runs[number]["command"]
            analysis, truth = M.batch_analysis(module, 0, reuse=True, skip_invalid=skip)
            for s in shifts:
                doc = assess(analysis, shifted(cal, s))
                result = M.evaluate(doc, truth)
                per_shift[s].append(result)
                if s == 0.0:
                    unshifted.append(({"accounts": [{k: a[k] for k in ("account_id", "risk", "flagged")}
                                                    for a in doc["accounts"]]},
                                      {"accounts": {k: {"label": v["label"]} for k, v in truth["accounts"].items()}}))
                    record = runs[number]["blind"]
                    if (record["recall"], record["benign_fp"]) != (result["recall"], result["benign_fp"]):
                        mismatched.append(number)
            progress.advance(task)
    rows = []
    for s in shifts:
        families = [tuple(v) for r in per_shift[s] for v in r["recall"].values()]
        kinds = [(k, n, name) for r in per_shift[s] for name, (k, n) in r["kinds"].items()]
        caught, total = sum(k for k, _ in families), sum(n for _, n in families)
        flagged, benign = (sum(r["benign_fp"][i] for r in per_shift[s]) for i in (0, 1))
        ordinary = [sum(k for k, _, name in kinds if name == "ordinary_user"),
                    sum(n for _, n, name in kinds if name == "ordinary_user")]
        rows.append({
            "shift": s, "threshold": round(shifted(cal, s).threshold, 6),
            "recall": [caught, total], "families_at_bar": [sum(k >= FAMILY_BAR * n for k, n in families), len(families)],
            "benign": [flagged, benign], "kinds_over_bar": [sum(k > KIND_BAR * n for k, n, _ in kinds), len(kinds)],
            "ordinary_users": ordinary,
        })
    return {"batches": [numbers[0], numbers[-1]], "threshold": cal.threshold, "rows": rows,
            "policy_routing": [routed(unshifted, at) for at in review_at],
            "unshifted_differs_from_record": mismatched}


def pct(pair: list[int], digits: int = 1) -> str:
    k, n = pair
    return f"{k:,}/{n:,} ({100 * k / n:.{digits}f}%)" if n else "–"


def markdown(r: dict, command: str) -> str:
    first, last = r["batches"]
    lines = [f"# Campaign monitor operating curve — model {r['model'].upper()}, blind batches {first}–{last}", "",
             f"Command: `{command}`. Every batch was run once on the frozen model before this sweep; each row "
             "rescores all of them with the threshold moved (log-odds), every rule reading the moved threshold. "
             "A measurement of the trade, not a choice.", "",
             "| shift | threshold | recall (pooled) | families ≥ 95% | benign flagged (pooled) | benign kinds > 2% "
             "| ordinary users flagged |", "|---|---|---|---|---|---|---|"]
    for row in r["rows"]:
        mark = " **(shipped)**" if row["shift"] == 0.0 else ""
        lines.append(f"| {row['shift']:+.1f}{mark} | {row['threshold']:.4f} | {pct(row['recall'])} | "
                     f"{pct(row['families_at_bar'], 0)} | {pct(row['benign'], 2)} | {pct(row['kinds_over_bar'], 0)} | "
                     f"{pct(row['ordinary_users'], 3)} |")
    goal = [row for row in r["rows"] if row["benign"][0] <= 0.001 * row["benign"][1]]
    lines += ["", (f"At the lowest threshold whose pooled benign rate is within 0.1% (shift {goal[0]['shift']:+.1f}): "
                   f"recall {pct(goal[0]['recall'])}, families at 95% {pct(goal[0]['families_at_bar'], 0)}."
                   if goal else "No shift tried brings the pooled benign rate within 0.1%.")]
    from distillguard.review.ingest import DEFAULT_MIN_RISK

    default_at = policy_review_threshold()
    lines += ["", "What the gateway routes to review once `monitor scan --apply` has written the unshifted model's "
              f"risks (the policy's `monitor.risk_review_threshold`; the default policy file's is {default_at}), "
              f"against what the model flags (risk ≥ {r['threshold']:.4f}):", "",
              "| review at risk ≥ | campaign accounts routed | benign accounts routed | benign routed but not flagged |",
              "|---|---|---|---|"]
    for row in r["policy_routing"]:
        mark = (" **(default policy: review)**" if row["risk_at_least"] == default_at else
                " (cases opened by default)" if row["risk_at_least"] == DEFAULT_MIN_RISK else
                " (the model's flag)" if row["risk_at_least"] == round(r["threshold"], 6) else "")
        lines.append(f"| {row['risk_at_least']}{mark} | {pct(row['campaign'])} | {pct(row['benign'], 2)} | "
                     f"{row['benign_routed_not_flagged']:,} |")
    differs = r["unshifted_differs_from_record"]
    lines.append("")
    lines.append("The unshifted row reproduces every batch's recorded blind result." if not differs else
                 f"**The unshifted row differs from the recorded blind result on batches {differs}.**")
    return "\n".join(lines) + "\n"


def plot(r: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = r["rows"]
    x = [max(row["benign"][0], 0.5) / row["benign"][1] * 100 for row in rows]
    y = [row["recall"][0] / row["recall"][1] * 100 for row in rows]
    fam = [row["families_at_bar"][0] / row["families_at_bar"][1] * 100 for row in rows]
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.plot(x, y, "o-", label="campaign accounts caught (pooled)")
    ax.plot(x, fam, "o--", color="tab:purple", label="families caught at ≥ 95%")
    for row, xi, yi in zip(rows, x, y, strict=True):
        ax.annotate(f"{row['shift']:+.1f}", (xi, yi), textcoords="offset points", xytext=(4, -10), fontsize=7)
        if row["shift"] == 0.0:
            ax.plot([xi], [yi], "s", color="tab:red", label="shipped threshold")
    ax.axhline(95, ls="--", color="grey", lw=0.8)
    ax.axvline(0.1, ls=":", color="grey", lw=0.8, label="goals: 95%, 0.1% benign")
    ax.set_xscale("log")
    ax.set_xlabel("benign accounts flagged, % (pooled)")
    ax.set_ylabel("%")
    ax.set_title(f"model {r['model'].upper()} on blind batches {r['batches'][0]}–{r['batches'][1]}, threshold shifted")
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="xmcd", help="a model with bench/results/monitor_calibration_MODEL.json")
    parser.add_argument("--first", type=int, required=True)
    parser.add_argument("--last", type=int, required=True)
    parser.add_argument("--shifts", nargs="+", type=float, default=list(SHIFTS))
    parser.add_argument("--review-at", nargs="+", type=float, default=None,
                        help="policy review thresholds to count (default: the default policy file's and the model's)")
    args = parser.parse_args()
    from distillguard.monitor.scoring import Calibration
    from distillguard.review.ingest import DEFAULT_MIN_RISK

    calibration = RESULTS / f"monitor_calibration_{args.model}.json"
    if not calibration.exists():
        parser.error(f"no bench/results/monitor_calibration_{args.model}.json")
    runs = {n: run for n in range(args.first, args.last + 1) if (run := recorded(args.model, n)) is not None}
    if not runs:
        parser.error(f"model {args.model} has no recorded blind run in {args.first}-{args.last}")
    cal = Calibration.load(str(calibration))
    shifts = tuple(sorted({*args.shifts, 0.0}))
    review_at = tuple(sorted(set(args.review_at or (DEFAULT_MIN_RISK, policy_review_threshold(),
                                                     round(cal.threshold, 6)))))
    r = {"model": args.model, **sweep(cal, runs, shifts, review_at)}
    command = "python bench/monitor_operating_curve.py " + " ".join(sys.argv[1:])
    name = f"monitor_operating_curve_{args.model}"
    print(curve_output.write(name, r, command, markdown, plot))


if __name__ == "__main__":
    main()
