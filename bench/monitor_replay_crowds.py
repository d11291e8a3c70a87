"""Design data for side model XMCR's disjoint-replay crowds (`monitor/replay_crowds.py`) on spent
blind batches: per variant (z, least distinct public prompts), the crowds' members by label.

Each batch is built as its blind run built it (seed 0, 2,000 background accounts). The candidates are
chosen as the scan chooses them, with one difference stated here: an account's public share is read
over all its events, not over the scan's 48-event sample (the bar, 0.5, is far from where ordinary
users and replaying keys stand, near 1). A prompt is public when its exact text is a public corpus
prompt; its identity is the corpus position of its normalised text, as `replay_crowds.public_prompts_sent`
reads them. Members are counted by label, whether the shipped model flags them already or not (the
blind batches measure additions over it). Use it only on batches whose blind runs are reported.

    python bench/monitor_replay_crowds.py 249-336 [--z 4,5,6] [--prompts 30,50] [--results-name NAME]
    python bench/monitor_replay_crowds.py 337-344 --changes --results-name monitor_replay_crowds_337_344
        (XMCR's blind batches, once spent: the accounts the frozen XMCR flags and the shipped XMCW does
        not, or the other way, by batch and family or kind — through the whole assessment)
    python bench/monitor_replay_crowds.py 249-344 --z 4 --ratio 0.5,0.75 --scale --results-name monitor_replay_draws
        (side model XMCRD's grid: the chance from each prompt's draw rate among the accounts that are not
        candidates at each account's effective draws, and the ratio bar; with --scale also the 16M-event log's members, which the rule
        allows no benign one of)
    python bench/monitor_replay_crowds.py 345-352 --changes --model xmcrd --results-name monitor_replay_draws_345_352
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from bench.monitor_diagnose import UNSPENT  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import track  # noqa: E402

from distillguard.monitor import replay_crowds as RC  # noqa: E402
from distillguard.monitor.crowds import ARRIVED_AFTER_S  # noqa: E402


@cache
def _corpus_identities() -> dict[str, int]:
    """Each public corpus text → its identity (the corpus position of its normalised text), as
    `replay_crowds.public_prompts_sent` joins them: once per run, not once per batch."""
    from distillguard.monitor.content import public_positions, public_prompts

    corpus = list(public_prompts())
    first: dict[str, int] = {}
    for text, pos in zip(corpus, public_positions(corpus).tolist(), strict=True):
        first.setdefault(text, pos)
    return first


def sent_by(table) -> RC.PublicPromptsSent:
    """What the scan's `replay_crowds.public_prompts_sent` collects from a log (the candidates chosen
    as the module says, their public share read over all events)."""
    first_pos = _corpus_identities()
    acc = table.column("account_id").combine_chunks()
    prompt = table.column("prompt").combine_chunks()
    pos_of = np.asarray([first_pos.get(t, -1) for t in prompt.dictionary.to_pylist()], dtype=np.int64)
    a_idx = acc.indices.to_numpy()
    p_pos = pos_of[prompt.indices.to_numpy()]
    ts = table.column("ts").to_numpy()
    n = len(acc.dictionary)
    first = np.full(n, np.inf)
    np.minimum.at(first, a_idx, ts)
    events = np.bincount(a_idx, minlength=n)
    public = np.bincount(a_idx[p_pos >= 0], minlength=n)
    since = float(np.quantile(first[np.isfinite(first)], RC.ARRIVAL_QUANTILE)) + ARRIVED_AFTER_S
    is_cand = (events >= RC.MIN_SAMPLED) & (public >= RC.MIN_SHARE * events) & (first > since)
    keep = p_pos >= 0
    pairs = np.unique(np.stack([a_idx[keep], p_pos[keep]], axis=1), axis=0)
    reference = np.zeros(_corpus_size(), dtype=np.int64)
    np.add.at(reference, pairs[~is_cand[pairs[:, 0]], 1], 1)
    names = acc.dictionary.to_pylist()
    sets: dict[str, np.ndarray] = {}
    if len(pairs):
        starts = np.r_[0, np.flatnonzero(np.diff(pairs[:, 0])) + 1, len(pairs)]
        for lo, hi in zip(starts[:-1], starts[1:], strict=True):
            if is_cand[pairs[lo, 0]] and hi - lo >= RC.COLLECT_PROMPTS:
                sets[names[int(pairs[lo, 0])]] = pairs[lo:hi, 1]
    return RC.PublicPromptsSent(sets, reference)


@cache
def _corpus_size() -> int:
    from distillguard.monitor.content import public_prompts

    return len(public_prompts())


def batch_sets(number: int) -> tuple[RC.PublicPromptsSent, dict[str, dict]]:
    """The candidates' public prompts of one batch (at least `COLLECT_PROMPTS`), and its truth."""
    table, truth = importlib.import_module(f"bench.monitor_blind{number}").make_blind_batch(0, 2000)
    return sent_by(table), truth["accounts"]


def scale_sets() -> tuple[RC.PublicPromptsSent, dict[str, dict]]:
    """The same of the 16M-event log `bench/monitor.py --scale-only` scans (seed 99), and its truth."""
    from distillguard.sim.simulate import simulate
    from monitor_spark import scale_config

    table, truth = simulate(scale_config(16_000_000))
    return sent_by(table), truth["accounts"]


def members(sent: RC.PublicPromptsSent, z: float, prompts: int, ratio: float | None) -> list[str]:
    return [a for c in RC.disjoint_crowds(sent.sets, z, prompts, reference=sent.reference, ratio=ratio)
            for a in c.members]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", help="first-last, e.g. 249-336")
    parser.add_argument("--z", default="4,5,6")
    parser.add_argument("--prompts", default="30,50")
    parser.add_argument("--ratio", default=None,
                        help="side model XMCRD's grid: ratio bars, e.g. 0.5,0.75 (each prompt's draw rate as chance)")
    parser.add_argument("--scale", action="store_true",
                        help="with --ratio: also the members on the 16M-event log bench/monitor.py --scale-only scans")
    parser.add_argument("--results-name", default="monitor_replay_crowds")
    parser.add_argument("--changes", action="store_true",
                        help="a frozen side model against the shipped XMCW, account by account, instead of the grid")
    parser.add_argument("--model", default="xmcr", choices=("xmcr", "xmcrd"), help="with --changes: which side model")
    args = parser.parse_args()
    if args.changes:
        from distillguard.monitor.scoring import Calibration
        from monitor_design_data import report

        results = ROOT / "bench" / "results"
        name = args.model.upper()
        model_flag = "" if args.model == "xmcr" else f" --model {args.model}"
        report(args.batches, {"xmcw": Calibration.load(results / "monitor_calibration_xmcw.json"),
                              args.model: Calibration.load(results / f"monitor_calibration_{args.model}.json")},
               f"# Side model {name} against the shipped XMCW over {args.batches}",
               f"python bench/monitor_replay_crowds.py {args.batches} --changes{model_flag} --results-name {args.results_name}",
               f"{args.results_name}.md",
               f" On {name}'s own blind batches the totals are those of the frozen models' one blind run each "
               f"(`bench/results/monitor_blindNNN_{args.model}.json`, `…_xmcw.json`); this lists the accounts apart.")
        return
    if args.scale and args.ratio is None:
        parser.error("--scale goes with --ratio (XMCRD's grid)")
    lo, hi = map(int, args.batches.split("-"))
    numbers = [b for b in range(lo, hi + 1) if (ROOT / "bench" / f"monitor_blind{b}").is_dir()]
    if any(f"monitor_blind{b}" in UNSPENT for b in numbers):
        raise SystemExit("a batch in the range is unspent (monitor_diagnose.UNSPENT): run it blind first")
    ratios: list[float | None] = [None] if args.ratio is None else [float(r) for r in args.ratio.split(",")]
    variants = [(float(z), int(k), r) for r in ratios for z in args.z.split(",") for k in args.prompts.split(",")]
    console = Console(stderr=True)
    per: dict[tuple, dict[int, Counter]] = {v: {} for v in variants}
    for b in track(numbers, description="batches", console=console):
        sent, truth = batch_sets(b)
        for v in variants:
            per[v][b] = Counter((truth[a]["label"], truth[a].get("family") or truth[a].get("role"))
                                for a in members(sent, *v))
    at_scale: dict[tuple, Counter] = {}
    if args.scale:
        console.print("building the 16M-event log (seed 99)")
        sent, truth = scale_sets()
        for v in variants:
            at_scale[v] = Counter((truth[a]["label"], truth[a].get("family") or truth[a].get("role"))
                                  for a in members(sent, *v))
    mid = (lo + hi) // 2
    if args.ratio is None:
        title = f"# Disjoint-replay crowds on spent blind batches {lo}-{hi} (design data, side model XMCR)"
        command = f"`python bench/monitor_replay_crowds.py {args.batches} --z {args.z} --prompts {args.prompts}`"
        head, rule = "| z | least public prompts |", "|---|---|"
    else:
        title = (f"# Disjoint-replay crowds against each prompt's draw rate on spent blind batches {lo}-{hi} "
                 "(design data, side model XMCRD)")
        command = (f"`python bench/monitor_replay_crowds.py {args.batches} --z {args.z} --prompts {args.prompts} "
                   f"--ratio {args.ratio}{' --scale' if args.scale else ''}`")
        head, rule = "| ratio | z | least public prompts |", "|---|---|---|"
    scale_head = " campaign 16M | benign 16M |" if args.scale else ""
    lines = [title, "", command, "",
             "Members by label, each half of the range apart (the rule: the most campaign members with at most one "
             "benign member per five campaign members on each half"
             + ("; with the 16M-event log, no benign member there" if args.scale else "") + ").", "",
             f"{head} campaign {lo}-{mid} | benign {lo}-{mid} | campaign {mid + 1}-{hi} | benign {mid + 1}-{hi} |"
             + scale_head, rule + "---|---|---|---|" + ("---|---|" if args.scale else "")]
    for v in variants:
        halves = [[per[v][b] for b in numbers if b <= mid], [per[v][b] for b in numbers if b > mid]]
        if args.scale:
            halves.append([at_scale[v]])
        cells = []
        for h in halves:
            cells += [sum(c[k] for c in h for k in c if k[0] == "campaign"),
                      sum(c[k] for c in h for k in c if k[0] == "benign")]
        lead = f"| {v[0]:g} | {v[1]} | " if v[2] is None else f"| {v[2]:g} | {v[0]:g} | {v[1]} | "
        lines.append(lead + " | ".join(map(str, cells)) + " |")
    lines += ["", "## Members per batch", ""]
    for v in variants:
        lines.append(f"### z {v[0]:g}, least public prompts {v[1]}" + ("" if v[2] is None else f", ratio {v[2]:g}"))
        for b in numbers:
            if per[v][b]:
                lines.append(f"- {b}: " + ", ".join(f"{lab} {fam} {n}" for (lab, fam), n in sorted(per[v][b].items())))
        if args.scale:
            lines.append("- 16M: " + (", ".join(f"{lab} {fam} {n}" for (lab, fam), n in sorted(at_scale[v].items()))
                                      or "none"))
        lines.append("")
    out = ROOT / "bench" / "results" / f"{args.results_name}.md"
    out.write_text("\n".join(lines) + "\n")
    console.print("\n".join(lines[:8 + len(variants)]))
    console.print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
