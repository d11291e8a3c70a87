"""An earlier frozen model on a blind batch, run with that model's own code (not today's features).

`bench/monitor_posthoc.py` scores old calibrations on today's cached analyses, which is exact only
while the features have not changed. When a model changes a feature (model I retrained the
task-shape classifier), an earlier model's figure on a new batch must come from its own commit:
this checks the commit out into a temporary git worktree, runs its `monitor scan` CLI on the
batch's events file (written by `bench/monitor.py`, `bench/work/<batch>-<seed>.parquet`) with its
shipped calibration, and scores the document against the batch's truth with the benchmark's own
`evaluate`. Results go to `bench/results/monitor_at_<commit>_<batch>.json`.

    python bench/monitor_at_commit.py cd26595 monitor_blind12
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import monitor as M  # noqa: E402  - the benchmark's evaluation
from monitor_same_as import scan, worktree  # noqa: E402  - a CLI scan with a given src/ first; a checkout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("batch", help="a batch module under bench/ whose events file bench/monitor.py wrote")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    events = M.WORK / f"{args.batch}-{args.seed}.parquet"
    if not events.exists():
        sys.exit(f"error: {events} not found: run bench/monitor.py on the batch first")
    _, truth = importlib.import_module(f"bench.{args.batch}").make_blind_batch(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        with worktree(args.commit, Path(tmp) / "model") as tree:
            out = Path(tmp) / "doc.json"
            seconds = scan(tree / "src", events, out, args.threads, embed_budget=None)
            doc = json.loads(out.read_text())
    result = M.evaluate(doc, truth)
    caught = sum(k for k, _ in result["recall"].values())
    total = sum(n for _, n in result["recall"].values())
    result.update(commit=args.commit, batch=args.batch, seed=args.seed, seconds=round(seconds, 1),
                  command=" ".join(["python", "bench/monitor_at_commit.py", *sys.argv[1:]]))
    path = M.RESULTS / f"monitor_at_{args.commit}_{args.batch}.json"
    path.write_text(json.dumps(result, indent=1) + "\n")
    print(f"{args.commit} on {args.batch}: {caught}/{total} campaign accounts, "
          f"{result['benign_fp'][0]}/{result['benign_fp'][1]} benign flagged → {path.relative_to(ROOT)}")
    for family, (k, n) in result["recall"].items():
        print(f"  {family}: {k}/{n}")
    print("  benign kinds flagged:", {k: v for k, v in result["kinds"].items() if v[0]} or "none")


if __name__ == "__main__":
    main()
