"""Does the task dilute the instruction? — the learned half on a phrasing alone and with its tasks (spent data).

For each phrasing of a spent guard blind batch, p(reasoning_trace) of the phrasing's template with its
`{task}` slot removed, and the lowest and highest p over the batch's prompts of that phrasing (the template
filled with each task), against the choice's threshold. By default the phrasings the choice caught at most
`--most` times of 15. docs/policy.md step 22 quotes it for blind batch 2026-12-07v.

Usage: python bench/guard_dilution.py 20261207v [--learned images] [--most 7] [--phrasing NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_spent_batches import BATCHES, batch  # noqa: E402


def main() -> None:
    from distillguard.monitor.task_shape import model
    from distillguard.policy import reasoning_guard as rg

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", choices=BATCHES)
    parser.add_argument("--learned", choices=rg.LEARNED, default=rg.DEFAULT_LEARNED)
    parser.add_argument("--most", type=int, default=7, help="phrasings caught at most this many times")
    parser.add_argument("--phrasing", nargs="*", default=None, help="these phrasings instead")
    args = parser.parse_args()
    spent = batch(args.batch)
    by_phrasing: dict[str, list[str]] = {}
    for row in spent["extraction"]:
        by_phrasing.setdefault(row["phrasing"], []).append(row["text"])
    threshold = model(rg._weights_file(args.learned)).guard_threshold
    print(f"{args.batch}, learned half of {args.learned!r} (threshold {threshold}):")
    for name, texts in sorted(by_phrasing.items()):
        caught = sum(r.flagged for r in rg.classify_many(texts, args.learned))
        if (args.phrasing is None and caught > args.most) or (args.phrasing is not None and name not in args.phrasing):
            continue
        alone = rg._p_learned([spent["phrasing_templates"][name].replace("{task}", "").strip()], args.learned)[0]
        with_task = rg._p_learned(texts, args.learned)
        print(f"- {name}: caught {caught}/{len(texts)}; alone {alone:.3f}; with its tasks "
              f"{min(with_task):.3f}–{max(with_task):.3f}")


if __name__ == "__main__":
    main()
