"""Which phrasings a choice missed on spent guard blind batches, by language (spent data, from the results files).

Reads `bench/results/guard_blind_{batch}_{choice}.json` (`per_phrasing`, written by `bench/task_shape.py --blind`)
and each batch's phrasing languages, and prints the prompts missed per phrasing and per language. docs/policy.md
step 23 quotes it for "images" over 2026-12-07t–z (the zh/ja/ko share of the misses that motivated candidate G).

Usage: python bench/guard_misses.py images 20261207t 20261207z
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_spent_batches import BATCHES, RESULTS, batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("choice")
    parser.add_argument("first", choices=BATCHES)
    parser.add_argument("last", choices=BATCHES)
    args = parser.parse_args()
    chosen = BATCHES[BATCHES.index(args.first):BATCHES.index(args.last) + 1]
    by_lang: collections.Counter[str] = collections.Counter()
    for b in chosen:
        name = f"guard_blind_{b}" if args.choice == "default" else f"guard_blind_{b}_{args.choice}"
        per_phrasing = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))["blind"]["per_phrasing"]
        lang = {row["phrasing"]: row["lang"] for row in batch(b)["extraction"]}
        for phrasing, caught in sorted(per_phrasing.items()):
            hit, n = map(int, caught.split("/"))
            if hit < n:
                by_lang[lang[phrasing]] += n - hit
                print(f"{b} {phrasing} ({lang[phrasing]}): caught {caught}")
    total = sum(by_lang.values())
    cjk = sum(by_lang[x] for x in ("zh", "ja", "ko"))
    print(f"missed over {args.first}–{args.last}: {total} prompts; zh/ja/ko {cjk}; by language {dict(by_lang.most_common())}")


if __name__ == "__main__":
    main()
