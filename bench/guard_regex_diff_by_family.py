"""Whose prompts does a regex-half change move? — the per-family companion of guard_monitor_reads_same.py.

It loads `policy/guard_features.py` as committed at two commits and counts the prompts whose regex features
differ, grouped by who wrote them and the features the newer version adds (+) or drops (-). Feature changes
are a superset of flag changes (a feature can change without moving the score over the threshold).

- monitor blind batches (numbers): the batches are regenerated and the (account, prompt) pairs counted per
  batch, account label (campaign / benign) and family — whose CoT evidence a change moves
  (`guard_monitor_reads_same.py` counts the flags);
- `--spent`: the guard's design data — the spent blind batches (`guard_spent_batches.BATCHES`), per batch,
  kind (extraction, hard negatives, students, follow-ups) and phrasing, and the design part of ShareGPT's
  later turns — which is what each regex step's "Design" line in docs/policy.md reports.

Usage: python bench/guard_regex_diff_by_family.py ebd857d c2db7b1 249 250 … 288
       python bench/guard_regex_diff_by_family.py 1df1dbc f4cdd3a --spent
       → bench/results/guard_regex_diff_<old>_<new>[_spent].md
"""

from __future__ import annotations

import argparse
import collections
import importlib
import importlib.util
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
FEATURES = "src/distillguard/policy/guard_features.py"
sys.path.insert(0, str(ROOT / "bench"))

from guard_spent_batches import BATCHES, batch  # noqa: E402


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


def monitor_prompts(batches: list[int]) -> Iterator[tuple[str, str]]:
    """(group, prompt) per distinct (account, prompt) pair of the monitor blind batches named."""
    sys.path.insert(0, str(ROOT))
    for n in batches:
        events, truth = importlib.import_module(f"bench.monitor_blind{n}").make_blind_batch(0, 2000)
        accounts = truth["accounts"]
        for account, prompt in set(zip(events.column("account_id").to_pylist(), events.column("prompt").to_pylist(),
                                       strict=True)):
            who = accounts.get(account, {})
            yield f"{n} | {who.get('label')} | {who.get('family')}", prompt
        print(f"batch {n} read", flush=True)


def design_prompts() -> Iterator[tuple[str, str]]:
    """(group, prompt) for every prompt of the spent guard batches and of the later turns' design part."""
    from distillguard.monitor.task_shape import sharegpt_later_turns

    for b in BATCHES:
        for kind in ("extraction", "hard_negatives", "students", "followups"):
            for row in batch(b).get(kind, []):
                text = row if isinstance(row, str) else row["text"]
                who = "" if isinstance(row, str) else row.get("phrasing") or row.get("kind") or ""
                yield f"{b} | {kind} | {who}", text
    for _, text in sharegpt_later_turns("design"):
        yield "later turns | design part | ", text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("batches", type=int, nargs="*", help="monitor blind batch numbers")
    parser.add_argument("--spent", action="store_true", help="the guard's spent batches and design later turns")
    args = parser.parse_args()
    if args.spent == bool(args.batches):
        parser.error("name monitor blind batches or --spent, not both")
    with tempfile.TemporaryDirectory() as tmp:
        old, new = features_at(args.old, Path(tmp)), features_at(args.new, Path(tmp))
    tally: collections.Counter[tuple[str, str]] = collections.Counter()
    change_of: dict[str, str | None] = {}  # prompt → its feature change (prompts recur across accounts and batches)
    for group, prompt in (design_prompts() if args.spent else monitor_prompts(args.batches)):
        if not prompt:
            continue
        if prompt not in change_of:
            a, b = old.extract(prompt), new.extract(prompt)
            change_of[prompt] = None if a == b else ", ".join(
                [f"+{new.FEATURE_NAMES[i]}" for i in b if i not in a] + [f"-{old.FEATURE_NAMES[i]}" for i in a if i not in b])
        if change_of[prompt] is not None:
            tally[(group, str(change_of[prompt]))] += 1
    where = "the spent guard batches and the later turns' design part" if args.spent else "monitor blind batches"
    header = "batch | kind | phrasing or kind" if args.spent else "batch | label | family"
    lines = [f"# Regex features at {args.old} and {args.new}: {where}", "",
             f"`python bench/guard_regex_diff_by_family.py {args.old} {args.new} "
             f"{'--spent' if args.spent else ' '.join(map(str, args.batches))}`: prompts whose features differ"
             f"{'' if args.spent else ' ((account, prompt) pairs)'}, {sum(tally.values()):,} in all.", "",
             f"| {header} | features | prompts |", "|---" * 5 + "|"]
    lines += [f"| {group} | {change} | {count:,} |" for (group, change), count in sorted(tally.items())]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"guard_regex_diff_{args.old}_{args.new}{'_spent' if args.spent else ''}.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[4:]))


if __name__ == "__main__":
    main()
