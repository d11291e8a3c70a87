"""Does the monitor's CoT evidence read the same flags as at an earlier commit? (a guard change's check)

The monitor's frozen models were calibrated on the reasoning guard's "default" choice
(`monitor/cot.py` reads `classify_many(prompts, "default")`'s `flagged`). The learned half of that
choice is pinned, but the regex half is shared by every choice: a change to a regex cue or a refit of
its weights could move the monitor's evidence without any monitor file changing. This collects the
distinct prompts the monitor reads — every ShareGPT first turn and later human turn, the events of
the blind batches named and one simulator run with campaigns — scores them with the current tree and
with `commit` (a temporary git worktree, the same function run there), and counts the prompts whose
flag differs.

Usage: python bench/guard_monitor_reads_same.py d833eb9 [--batches 289 290 ...]
       → bench/results/guard_monitor_reads_same_<commit>.{json,md} (with other batches than the
         default, ..._<commit>_<first>-<last>.{json,md})
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from monitor_same_as import worktree  # noqa: E402  - a detached checkout of a commit

RESULTS = ROOT / "bench" / "results"
BATCHES = (100, 150, 200, 250, 289, 290, 291, 292, 293, 294, 295, 296)
_SCORE = """
import pickle, sys
from distillguard.policy.reasoning_guard import classify_many
texts = pickle.load(open(sys.argv[1], "rb"))
pickle.dump([r.flagged for r in classify_many(texts, "default")], open(sys.argv[2], "wb"))
"""


def monitor_prompts(batches: tuple[int, ...]) -> list[str]:
    from rich.progress import track

    from distillguard.data.sharegpt import later_human_turns, prompts
    from distillguard.sim.config import SimConfig
    from distillguard.sim.simulate import simulate

    texts = set(prompts(part="sim")) | set(prompts(part="reference")) | set(later_human_turns())
    for n in track(batches, description="blind batches"):
        events, _truth = importlib.import_module(f"bench.monitor_blind{n}").make_blind_batch(0, 2000)
        texts |= set(events.column("prompt").to_pylist())
    events, _truth = simulate(SimConfig(seed=1))
    texts |= set(events.column("prompt").to_pylist())
    return sorted(t for t in texts if t)


def flags(src: Path, texts_file: Path, out: Path) -> list[bool]:
    """`classify_many(..., "default")` flags with `src` first on the path (a separate process)."""
    env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1"}
    subprocess.run([sys.executable, "-c", _SCORE, str(texts_file), str(out)], check=True, env=env, cwd=src.parent)
    with out.open("rb") as fh:
        result: list[bool] = pickle.load(fh)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("--batches", type=int, nargs="*", default=list(BATCHES))
    args = parser.parse_args()
    texts = monitor_prompts(tuple(args.batches))
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.pkl"
        with texts_file.open("wb") as fh:
            pickle.dump(texts, fh)
        now = flags(ROOT / "src", texts_file, Path(tmp) / "now.pkl")
        with worktree(args.commit, Path(tmp) / "then") as then:
            before = flags(then / "src", texts_file, Path(tmp) / "then.pkl")
    differ = [t for t, a, b in zip(texts, before, now, strict=True) if a != b]
    report = {"commit": args.commit, "prompts": len(texts), "flagged_then": sum(before), "flagged_now": sum(now),
              "differ": len(differ), "examples": [t[:200] for t in differ[:20]], "batches": args.batches}
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = f"guard_monitor_reads_same_{args.commit}"
    if tuple(args.batches) != BATCHES:  # another set of batches: its own file, the default run's kept
        name += f"_{min(args.batches)}-{max(args.batches)}" if args.batches else "_no_batches"
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    line = (f"The monitor's CoT flags (`classify_many(..., \"default\")`) at {args.commit} and now, on {len(texts):,} distinct "
            f"prompts (ShareGPT first and later turns, blind batches {', '.join(map(str, args.batches))} and a simulator "
            f"run): flagged {sum(before):,} then, {sum(now):,} now; **{len(differ)} differ**.")
    (RESULTS / f"{name}.md").write_text(f"# {name}\n\n{line}\n", encoding="utf-8")
    print(line)


if __name__ == "__main__":
    main()
