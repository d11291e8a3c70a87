"""Whose prompts does a regex-half change move? — the per-family companion of guard_monitor_reads_same.py.

`guard_monitor_reads_same.py` counts the distinct prompts whose CoT flag a guard change moves. This says
whose they are: it loads `policy/guard_features.py` as committed at two commits, regenerates the monitor
blind batches named, and counts — per batch, account label (campaign / benign), family and the features the
newer version adds or drops — the (account, prompt) pairs whose regex features differ. Feature changes are a
superset of flag changes (a feature can change without moving the score over the threshold).

Usage: python bench/guard_regex_diff_by_family.py ebd857d c2db7b1 249 250 … 288
       → bench/results/guard_regex_diff_<old>_<new>.md
"""

from __future__ import annotations

import argparse
import collections
import importlib
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
FEATURES = "src/distillguard/policy/guard_features.py"


def features_at(commit: str, tmp: Path) -> ModuleType:
    """`guard_features` as committed at `commit` (a module of its own; it imports only the standard library)."""
    path = tmp / f"guard_features_{commit}.py"
    path.write_text(subprocess.run(["git", "show", f"{commit}:{FEATURES}"], cwd=ROOT, check=True,
                                   capture_output=True, text=True).stdout, encoding="utf-8")
    name = f"guard_features_{commit}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("batches", type=int, nargs="+")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        old, new = features_at(args.old, Path(tmp)), features_at(args.new, Path(tmp))
    tally: collections.Counter[tuple[int, str, str, str]] = collections.Counter()
    differs: dict[str, str | None] = {}
    for n in args.batches:
        events, truth = importlib.import_module(f"bench.monitor_blind{n}").make_blind_batch(0, 2000)
        accounts = truth["accounts"]
        for pair in set(zip(events.column("account_id").to_pylist(), events.column("prompt").to_pylist(), strict=True)):
            account, prompt = pair
            if not prompt:
                continue
            if prompt not in differs:
                a, b = old.extract(prompt), new.extract(prompt)
                differs[prompt] = None if a == b else ", ".join(
                    [f"+{new.FEATURE_NAMES[i]}" for i in b if i not in a] + [f"-{old.FEATURE_NAMES[i]}" for i in a if i not in b])
            change = differs[prompt]
            if change is not None:
                who = accounts.get(account, {})
                tally[(n, str(who.get("label")), str(who.get("family")), change)] += 1
        print(f"batch {n}: {sum(v for k, v in tally.items() if k[0] == n)} pairs differ", flush=True)
    lines = [f"# Regex features at {args.old} and {args.new}, per monitor blind batch and family", "",
             f"`python bench/guard_regex_diff_by_family.py {args.old} {args.new} {' '.join(map(str, args.batches))}`: "
             f"(account, prompt) pairs whose features differ, {sum(tally.values()):,} in all.", "",
             "| batch | label | family | features | pairs |", "|---|---|---|---|---:|"]
    lines += [f"| {n} | {label} | {family} | {change} | {count:,} |" for (n, label, family, change), count in sorted(tally.items())]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"guard_regex_diff_{args.old}_{args.new}.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[4:]))


if __name__ == "__main__":
    main()
