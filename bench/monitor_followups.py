"""Machine-speed follow-ups on spent data — a diagnosis of batches already seen, never a result.

The signal (`behaviour.followup_features`, `scoring.followup_evidence`): requests that carry the
previous exchange on (prompt tokens ≥ previous prompt + half the previous answer, and at most a
typed turn more) sooner than a person could read a ≥ 150-token answer at 15 tokens a second, from
accounts whose sessions open with a short prompt. This script counts, on every spent blind batch,
the accounts of each campaign family and benign kind with follow-up evidence, (second table) how
many carry conversations on at machine speed before the openings are read, and (third) what whole
models flag on the batches whose analyses `bench/monitor.py` cached. It runs the product's own
SQL step on each batch's events (no embeddings; the models only re-score cached analyses): seconds
a batch. Side model X was designed on batches 1–53 (the default); batch 54 was its first blind batch,
and the stored results run through 57 (`--last 57`: 54–57 blind to X).

    python bench/monitor_followups.py [--last 57]   → bench/results/monitor_followups.md
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rich.progress import track  # noqa: E402

from distillguard.monitor import behaviour as B  # noqa: E402
from distillguard.monitor.engine import open_engine  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import assess  # noqa: E402
from distillguard.monitor.scoring import Calibration, followup_evidence  # noqa: E402
from distillguard.sim.builder import write_events  # noqa: E402
from monitor_diagnose import UNSPENT  # noqa: E402
from monitor_fit_l import spent_through  # noqa: E402

WORK = ROOT / "bench" / "work"
OUT = ROOT / "bench" / "results" / "monitor_followups.md"
LEVELS = (0.0, 0.5, 0.75, 1.0)  # evidence levels counted (0.75: model X's reach — alone at the threshold)
SHARES = (0.2, 0.3, 0.4, 0.6)  # shares of quick follow-ups among read pairs, for the second table
MIN_QUICK = 20.0


def batch_step(module: str, step, seed: int = 0) -> tuple[list[dict], dict]:
    """`step(engine)` — per-account rows from one SQL step of the product — run on a spent batch's events
    (written under bench/work once), and the batch's truth. Shared by the diagnoses of spent data."""
    table, truth = importlib.import_module(module).make_blind_batch(seed)
    path = WORK / f"{module}-{seed}.parquet"
    if not path.exists():
        write_events(table, path)
    con = open_engine("duckdb")
    try:
        load_events(con, path)
        rows = step(con)
    finally:
        con.close()
    return rows, truth


def followup_rows(con) -> list[dict]:
    """Each account's follow-up columns (`behaviour.followup_features`)."""
    B.followup_features(con)
    return con.arrow("SELECT * FROM f_followup").to_pylist()


def batch_rows(module: str, seed: int = 0) -> tuple[list[dict], dict]:
    """Per-account follow-up rows of a spent batch and its truth."""
    return batch_step(module, followup_rows, seed)


def with_followups(analysis, rows: list[dict]):
    """A cached analysis (written before the follow-up signal existed) with each account's follow-up
    columns added: the rest of the analysis is what the blind run scored."""
    for row in rows:
        if row["account_id"] in analysis.rows:
            analysis.rows[row["account_id"]].update({k: v for k, v in row.items() if k != "account_id"})
    return analysis


def compare(models: dict[str, Calibration], batches: dict[str, tuple]) -> list[str]:
    """Each model's flags on each batch with a cached analysis: campaign and benign accounts, and the
    families and kinds where the first and last models differ."""
    first, last = list(models)[0], list(models)[-1]
    names = " | ".join(f"{m} campaign | {m} benign" for m in models)
    lines = [f"| batch | {names} | {last} − {first} |", "|---|" + "---:|" * (2 * len(models)) + "---|"]
    totals = defaultdict(lambda: [0, 0])
    for module, (analysis, truth) in batches.items():
        cells, flagged = [], {}
        for m, cal in models.items():
            doc = assess(analysis, cal)
            flagged[m] = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
            labels = [truth["accounts"].get(a, {}).get("label") for a in flagged[m]]
            c, b = labels.count("campaign"), labels.count("benign")
            totals[m][0] += c
            totals[m][1] += b
            cells += [str(c), str(b)]
        moved = defaultdict(int)
        for a in flagged[last] ^ flagged[first]:
            fact = truth["accounts"].get(a, {})
            moved[f"{'+' if a in flagged[last] else '−'}{fact.get('family')}"] += 1
        diff = ", ".join(f"{k} {v}" for k, v in sorted(moved.items())) or "—"
        lines.append(f"| {module.removeprefix('monitor_blind') or '1'} | " + " | ".join(cells) + f" | {diff} |")
    lines.append("| **all** | " + " | ".join(f"**{totals[m][0]:,}** | **{totals[m][1]:,}**" for m in models) + " | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--last", type=int, default=53, help="the last spent batch to read")
    parser.add_argument("--models", nargs="*", default=["w", "x"], metavar="NAME",
                        help="frozen models (bench/results/monitor_calibration_NAME.json) to compare on the batches "
                             "whose analyses bench/monitor.py cached under bench/work")
    parser.add_argument("--carried", type=float, default=B.CARRIED_SHARE, help="behaviour.CARRIED_SHARE to try")
    parser.add_argument("--turn-max", type=int, default=B.TURN_MAX_TOKENS, help="behaviour.TURN_MAX_TOKENS to try")
    args = parser.parse_args()
    B.CARRIED_SHARE, B.TURN_MAX_TOKENS = args.carried, args.turn_max
    modules = [m for m in spent_through(args.last) if m not in UNSPENT]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * (1 + len(LEVELS)))
    by_share: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(SHARES))
    where: dict[tuple[str, str], set[str]] = defaultdict(set)
    cached: dict[str, tuple] = {}
    for module in track(modules, description="spent batches"):
        rows, truth = batch_rows(module)
        pkl = WORK / f"{module}-0.analysis.pkl"
        if args.models and pkl.exists():
            cached[module] = with_followups(pickle.loads(pkl.read_bytes()), rows), truth  # our own cache
        batch = module.removeprefix("monitor_blind") or "1"
        for row in rows:
            fact = truth["accounts"].get(row["account_id"])
            if fact is None:
                continue
            key = (fact["label"], fact["family"])
            quick, read = float(row.get("n_quick_followups") or 0), float(row.get("n_read_pairs") or 0)
            opening = row.get("opening_prompt_tokens")
            ev = followup_evidence(quick, read, None if opening is None else float(opening))
            counts[key][0] += 1
            for i, level in enumerate(LEVELS):
                counts[key][1 + i] += ev > level if level == 0 else ev >= level
            for i, cut in enumerate(SHARES):
                by_share[key][i] += quick >= MIN_QUICK and quick >= cut * read
            if ev > 0:
                where[key].add(batch)
    cmd = f"python bench/monitor_followups.py --last {args.last} --carried {args.carried} --turn-max {args.turn_max}"
    lines = [
        "# Machine-speed follow-ups on spent data (a diagnosis, not a result)",
        "",
        f"`{cmd}`: batches 1–{args.last} at seed 0, every one already reported blind. Accounts by the",
        "follow-up evidence `scoring.followup_evidence` gives them; families and kinds with none are left out.",
        "",
        "| label | family / kind | accounts | " + " | ".join(f"evidence {'>' if v == 0 else '≥'} {v}" for v in LEVELS)
        + " | batches |",
        "|---|---|---:|" + "---:|" * len(LEVELS) + "---|",
    ]
    for (label, name), c in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1][1], kv[0][1])):
        if c[1]:
            batches = ", ".join(sorted(where[(label, name)], key=int))
            lines.append(f"| {label} | {name} | " + " | ".join(map(str, c)) + f" | {batches} |")
    for lab in ("campaign", "benign"):
        tot = [sum(c[i] for (lb, _), c in counts.items() if lb == lab) for i in range(1 + len(LEVELS))]
        lines.append(f"| **{lab}** | all | " + " | ".join(f"{v:,}" for v in tot) + " | |")
    lines += [
        "",
        f"Before the openings are read: accounts with ≥ {MIN_QUICK:.0f} quick follow-ups at a share of their read",
        "pairs of at least … (coding agents carry their context at machine speed too):",
        "",
        "| label | family / kind | accounts | " + " | ".join(f"≥ {c}" for c in SHARES) + " |",
        "|---|---|---:|" + "---:|" * len(SHARES),
    ]
    for (label, name), c in sorted(by_share.items(), key=lambda kv: (kv[0][0], -kv[1][1], kv[0][1])):
        if c[1]:
            lines.append(f"| {label} | {name} | {counts[(label, name)][0]} | " + " | ".join(map(str, c)) + " |")
    if args.models and cached:
        models = {m.upper(): Calibration.load(ROOT / "bench" / "results" / f"monitor_calibration_{m}.json")
                  for m in args.models}
        lines += [
            "",
            f"Whole models on the {len(cached)} batches whose analyses `bench/monitor.py` cached under bench/work "
            "(each analysis with the follow-up columns added), flagged accounts:",
            "",
            *compare(models, cached),
        ]
    OUT.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
