"""The shipped model with each signal removed in turn, on blind batches it never saw (no refit).

The simulator ablation (`bench/monitor.py`, docs/monitor.md "Ablation") refits without a signal on
the simulator's own families: it says what a signal adds where the signals were designed. This
asks what a team deploying the frozen model needs to know: on traffic written by people who never
read the monitor, what does each signal buy and what does it cost? Each signal's evidence is read
as 0 (`Calibration.ignored`, which the weights, their products, the joined trees and the clusters'
scores all honour) and the batch is scored again; no weight, tree or threshold moves, so a row is
the frozen model minus one input, not a model someone could have fitted.

Two ranges are reported. **Blind**: the batches written after the model was frozen (for model S,
36 on: its own blind runs). **From `--unfitted-first`** (20): by default the batches neither its
weights nor its trees were fitted on (S's weights are model I's, fitted through batch 7; its trees
are side model L's, fitted through 19) — but P's throwaway rule took its free level from batches
1–29 and S's design (which trees, their floor) was chosen with batches up to 35 in view, so that
range is "not fitted on", not blind.

A signal is worth its place where removing it loses campaign accounts in more families than it
clears benign ones; one that loses none and clears benign accounts only adds false positives on
data the model never saw. Only spent batches are read (`monitor_diagnose.UNSPENT` are refused),
from the analyses `bench/monitor.py` cached under bench/work.

    python bench/monitor_blind_ablation.py [--blind-first 36] [--unfitted-first 20] [--calibration FILE]
        → bench/results/monitor_blind_ablation.{md,json}
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import monitor as M  # noqa: E402  - the benchmark's analysis cache, evaluation and batches
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import SIGNALS, Calibration  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402

RESULTS = ROOT / "bench" / "results"


def batch_number(name: str) -> int:
    return int(name.removeprefix("monitor_blind") or 1)


def flagged_by_label(doc: dict, truth: dict) -> tuple[dict[str, set], dict[str, set], int, int]:
    """(family → flagged campaign accounts, kind → flagged benign accounts, campaign accounts,
    benign accounts) of one scored batch; a family with none caught is present (empty)."""
    campaigns: dict[str, set] = {}
    benign: dict[str, set] = {}
    sizes: Counter = Counter()
    flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
    scored = {a["account_id"] for a in doc["accounts"]}
    for account, fact in truth["accounts"].items():
        if account not in scored:
            continue
        side = campaigns if fact["label"] == "campaign" else benign
        sizes[side is campaigns] += 1
        side.setdefault(fact["family"], set())
        if account in flagged:
            side[fact["family"]].add(account)
    return campaigns, benign, sizes[True], sizes[False]


def variants_of(cal: Calibration) -> dict[str, Calibration]:
    """"none" (the model as frozen) and one variant per signal it reads, that signal read as 0."""
    return {"none": cal, **{s: replace(cal, ignored=sorted({*cal.ignored, s})) for s in SIGNALS
                            if s not in cal.ignored}}


def score_batches(batches: list[str], cal: Calibration, progress) -> dict[str, dict[str, tuple]]:
    """batch → variant → (family → flagged campaign accounts, kind → flagged benign accounts)."""
    variants = variants_of(cal)
    task = progress.add_task("scoring batches × signals removed", total=len(batches) * len(variants))
    out: dict[str, dict[str, tuple]] = {}
    for name in batches:
        analysis, truth = M.batch_analysis(name, 0, reuse=True)
        out[name] = {}
        for variant, vcal in variants.items():
            out[name][variant] = flagged_by_label(assess(analysis, vcal), truth)
            progress.advance(task)
    return out


def summarise(scored: dict[str, dict[str, tuple]], batches: list[str]) -> dict:
    """Per removed signal (and "none"): campaign accounts caught and benign flagged over `batches`,
    and per family / kind (`name@batch`) the accounts lost or cleared against "none"."""
    rows: dict[str, dict] = {}
    for variant in scored[batches[0]]:
        caught = flagged = campaign = benign = 0
        lost: Counter = Counter()
        cleared: Counter = Counter()
        for name in batches:
            base_camp, base_ben, n_campaign, n_benign = scored[name]["none"]
            camp, ben, _, _ = scored[name][variant]
            n = batch_number(name)
            campaign += n_campaign
            benign += n_benign
            caught += sum(len(a) for a in camp.values())
            flagged += sum(len(a) for a in ben.values())
            for family, accounts in camp.items():
                if gone := len(base_camp[family] - accounts):
                    lost[f"{family}@{n}"] += gone
            for kind, accounts in ben.items():
                if gone := len(base_ben[kind] - accounts):
                    cleared[f"{kind}@{n}"] += gone
        rows[variant] = {"caught": caught, "campaign": campaign, "flagged": flagged, "benign": benign, "lost": dict(lost.most_common()),
                         "cleared": dict(cleared.most_common())}
    return rows


def table(title: str, batches: list[str], rows: dict) -> list[str]:
    none = rows["none"]
    out = [f"## {title}: batches {batch_number(batches[0])}–{batch_number(batches[-1])}", "",
           f"With every signal: **{none['caught']:,}/{none['campaign']:,}** campaign accounts caught, "
           f"**{none['flagged']:,}/{none['benign']:,}** benign flagged.", "",
           "| signal removed | caught | Δ campaign | flagged | Δ benign | families losing accounts | kinds cleared |",
           "|---|---:|---:|---:|---:|---|---|"]
    order = sorted((v for v in rows if v != "none"),
                   key=lambda v: (rows[v]["caught"] - none["caught"], none["flagged"] - rows[v]["flagged"]))
    for v in order:
        r = rows[v]
        fams = ", ".join(f"{k} −{n}" for k, n in list(r["lost"].items())[:6]) + (" …" if len(r["lost"]) > 6 else "")
        kinds = ", ".join(f"{k} −{n}" for k, n in list(r["cleared"].items())[:6]) + (" …" if len(r["cleared"]) > 6 else "")
        out.append(f"| {v} | {r['caught']:,} | {r['caught'] - none['caught']:+,} | {r['flagged']:,} | "
                   f"{r['flagged'] - none['flagged']:+,} | {fams or '—'} | {kinds or '—'} |")
    return out + [""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calibration", type=Path, default=RESULTS / "monitor_calibration_s.json",
                        help="the frozen model (default: S, shipped when this ablation was written; its results files are S's)")
    parser.add_argument("--blind-first", type=int, default=36, help="the first batch written after it was frozen")
    parser.add_argument("--unfitted-first", type=int, default=20, help="the first batch none of its fitted parts saw")
    parser.add_argument("--name", default="monitor_blind_ablation", help="results file stem under bench/results")
    args = parser.parse_args()
    from rich.console import Console
    from rich.progress import Progress

    if not args.calibration.exists():
        sys.exit(f"error: {args.calibration} not found")
    spent = [b for b in spent_through(max(batch_number(p.name) for p in (ROOT / "bench").glob("monitor_blind*")
                                          if p.is_dir() and p.name[len("monitor_blind"):].isdigit()))
             if b not in UNSPENT]
    blind = [b for b in spent if batch_number(b) >= args.blind_first]
    unfitted = [b for b in spent if batch_number(b) >= args.unfitted_first]
    if not blind or not unfitted:
        sys.exit("error: no spent batch in range")
    cal = Calibration.load(args.calibration)
    with Progress(console=Console(stderr=True)) as progress:
        scored = score_batches(sorted({*blind, *unfitted}, key=batch_number), cal, progress)
    shown = args.calibration.resolve()
    shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
    results = {"calibration": str(shown), "blind": {"batches": blind, "rows": summarise(scored, blind)},
               "unfitted": {"batches": unfitted, "rows": summarise(scored, unfitted)}}
    md = ["# The frozen model with each signal removed, on blind batches (no refit)", "",
          f"`python bench/monitor_blind_ablation.py` — calibration `{results['calibration']}`. Each row reads one "
          "signal's evidence as 0 and scores the batches again with nothing refitted (see the script's docstring). "
          "Δ campaign < 0: accounts the signal catches; Δ benign < 0: benign accounts it flags. "
          "Families and kinds as `name@batch` with the accounts lost or cleared. One signal at a time: a signal "
          "whose removal moves nothing may still decide accounts together with another that says the same.", ""]
    md += table("Blind (written after the model was frozen)", blind, results["blind"]["rows"])
    md += table(f"From batch {args.unfitted_first} (`--unfitted-first`; 20, the default, is the first neither S's weights nor its trees were fitted on)", unfitted, results["unfitted"]["rows"])
    (RESULTS / f"{args.name}.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    (RESULTS / f"{args.name}.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
