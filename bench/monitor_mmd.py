"""The MMD embedding test on its own, per account: how often it rejects for campaign and benign
accounts of the monitor bench's test splits.

Reads the analyses `bench/monitor.py` caches (`bench/work/split-<seed>.analysis.pkl`; run that
first) and regenerates the splits' ground truth with the simulator.

Usage: .venv/bin/python bench/monitor_mmd.py [--seeds 3 4] → bench/results/monitor_mmd.{json,md}
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from distillguard.sim.simulate import simulate  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
CONFIG = {"benign_accounts": 2000, "campaigns": 12, "campaign_accounts": 600}  # bench/monitor.py's


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[3, 4])
    args = parser.parse_args()
    labels, families, pvalues = [], [], []
    for seed in args.seeds:
        cached = WORK / f"split-{seed}.analysis.pkl"
        if not cached.exists():
            sys.exit(f"{cached} is missing: run bench/monitor.py first")
        analysis = pickle.loads(cached.read_bytes())
        _, truth = simulate({**CONFIG, "seed": seed})
        for account, row in analysis.rows.items():
            if row.get("n_embedded"):
                fact = truth["accounts"][account]
                labels.append(fact["label"])
                families.append(fact["family"])
                pvalues.append(row["mmd_p"])
    lab, fam, p = np.array(labels), np.array(families), np.array(pvalues)
    rows = []
    for cut in (0.005, 0.01, 0.05):
        rows.append(
            {
                "p_at_most": cut,
                "campaign": [int((p[lab == "campaign"] <= cut).sum()), int((lab == "campaign").sum())],
                "benign": [int((p[lab == "benign"] <= cut).sum()), int((lab == "benign").sum())],
                "ordinary_users": [
                    int((p[fam == "ordinary_user"] <= cut).sum()),
                    int((fam == "ordinary_user").sum()),
                ],
            }
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "monitor_mmd.json").write_text(json.dumps({"seeds": args.seeds, "rows": rows}, indent=1))
    lines = [
        "# MMD test alone, per account (test splits of bench/monitor.py)",
        "",
        f"Seeds {args.seeds}; accounts with embedded prompts. Command: `python bench/monitor_mmd.py`.",
        "",
        "| p ≤ | campaign accounts | benign accounts | ordinary users |",
        "|---|---|---|---|",
    ]
    for r in rows:
        cells = [f"{k}/{n} ({k / n:.1%})" for k, n in (r["campaign"], r["benign"], r["ordinary_users"])]
        lines.append(f"| {r['p_at_most']} | " + " | ".join(cells) + " |")
    (RESULTS / "monitor_mmd.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
