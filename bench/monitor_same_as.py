"""Does today's monitor give the same answer as an earlier commit's, and at what cost? (refactor check)

Scans one events file with the `monitor scan` CLI of an earlier commit (checked out into a
temporary git worktree, run with its own `src/` first on PYTHONPATH) and of this working tree,
alternating `--rounds` times, and compares the documents: every account's risk, flag and reasons,
and every cluster's members. Prints each scan's wall time and the largest risk difference.
Embeddings come from the shared cache only (`--embed-budget 0`), so both sides see the same inputs.

    python bench/monitor_same_as.py 00bed1f bench/work/spark_2000000.parquet --rounds 2
    python bench/monitor_same_as.py 00bed1f bench/work/monitor_blind10-0.parquet
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scan(src: Path, events: Path, out: Path, threads: int, embed_budget: int | None = 0) -> float:
    """One CLI scan with `src` first on the import path; its wall time. `embed_budget=None` keeps
    the CLI's default embedding budget (a blind run embeds uncached prompts as a user's scan does)."""
    env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1"}
    code = (
        "import sys, distillguard; "
        f"assert distillguard.__file__.startswith({str(src)!r}), distillguard.__file__; "
        "from distillguard.cli import main; sys.exit(main())"
    )
    budget = [] if embed_budget is None else ["--embed-budget", str(embed_budget)]
    args = ["monitor", "scan", str(events), "--threads", str(threads), *budget, "--out", str(out)]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


@contextmanager
def worktree(commit: str, where: Path) -> Iterator[Path]:
    """`commit` checked out at `where` (a detached git worktree), removed afterwards."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), commit],
                   check=True)
    try:
        yield where
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(where)], check=False)


def summary(path: Path) -> tuple[dict, list]:
    doc = json.loads(path.read_text())
    accounts = {a["account_id"]: (a["risk"], a["flagged"], a.get("reasons")) for a in doc["accounts"]}
    clusters = sorted(sorted(c["accounts"]) for c in doc["clusters"])
    return accounts, clusters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit", help="the earlier commit to compare with")
    parser.add_argument("events", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with worktree(args.commit, Path(tmp) / "old") as tree:
            sides = {"old": tree / "src", "new": ROOT / "src"}
            for r in range(1, args.rounds + 1):
                for name, src in sides.items():
                    seconds = scan(src, args.events.resolve(), Path(tmp) / f"{name}.json", args.threads)
                    print(f"round {r} {name} ({args.commit if name == 'old' else 'working tree'}): "
                          f"{seconds:.1f} s, load {os.getloadavg()[0]:.2f}")
        old, new = (summary(Path(tmp) / f"{n}.json") for n in ("old", "new"))
    accounts_old, clusters_old = old
    accounts_new, clusters_new = new
    same_ids = accounts_old.keys() == accounts_new.keys()
    diff = max((abs(accounts_old[a][0] - accounts_new[a][0]) for a in accounts_old
                if a in accounts_new), default=0.0)
    same_flags = all(accounts_old[a][1:] == accounts_new.get(a, (None,))[1:] for a in accounts_old)
    print(f"same accounts {same_ids}, same flags and reasons {same_flags}, "
          f"same clusters {clusters_old == clusters_new}, largest risk difference {diff}")


if __name__ == "__main__":
    main()
