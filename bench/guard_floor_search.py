"""Which regex floor a new learned-half fit gets — the design search of docs/policy.md steps 14, 16, 18, 22 and 23.

A choice with a floor lets a Latin-script prompt's regex flag count only where the learned half's
p(reasoning_trace) reaches the floor. A new fit scores text differently, so the floor is searched again:
for each floor tried, how many of the guard's held-out extraction templates the floor clears (the
standing test `test_learned_half_unflags_a_regex_hit_only_under_the_floor_on_latin_text` allows one),
and what the choice catches and flags on the spent blind batches (`guard_spent_batches.BATCHES`) and on
the design part of ShareGPT's later turns. The highest floor that clears at most one template is taken.
Design data only. Step 14's figures are this script run in a 49e6ec1 worktree ("turns", batches through
l); step 16's in a 196dc8c worktree ("followups", batches through n); step 18's in a d0cc350 worktree
("metaphors", batches through o); step 22's at 6121fc6 ("images" at Z's threshold, batches through s) and
at c768188 (Z2's, through t); step 23's at 8f75181 ("lengths", "lengths0", through y), c066177 ("scripts",
through z) and in a 2777c6d worktree with za and zb added to `BATCHES` (H's "scripts").

Usage: python bench/guard_floor_search.py turns [--floors 0.02 0.015 0.01 0.008 0.005]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_spent_batches import design_line  # noqa: E402


def templates_cleared(learned: str, examples: list, p: list[float], floor: float) -> int:
    """Held-out extraction templates (`examples`, the guard's test split) the regexes flag on their own but
    `learned` no longer flags once its regex floor is `floor` (`p`: its learned half's scores of them)."""
    from distillguard.policy import reasoning_guard as rg
    from distillguard.policy.guard_features import extract

    rg.CHOICES[learned] = rg.CHOICES[learned]._replace(regex_floor=floor)
    rg._recent.clear()
    texts = [e.text for e in examples]
    return sum(
        rg.latin_only(e.text) and pe < floor and e.family not in ("hard_negative", "sharegpt")
        and rg._score(extract(e.text), rg.model(), 0.0, "more", e.text).flagged and not r.flagged
        for e, r, pe in zip(examples, rg.classify_many(texts, learned), p, strict=True))


def main() -> None:
    from distillguard.policy import reasoning_guard as rg
    from distillguard.policy.guard_dataset import labelled_set

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("learned", choices=rg.LEARNED)
    parser.add_argument("--floors", nargs="+", type=float, default=[0.02, 0.015, 0.01, 0.008, 0.005])
    args = parser.parse_args()
    examples = labelled_set("test", benign_limit=200)  # as the standing test reads it
    texts = [e.text for e in examples]
    p = rg._p_learned(texts, args.learned)
    for floor in args.floors:
        cleared = templates_cleared(args.learned, examples, p, floor)
        print(f"floor {floor}: held-out templates cleared {cleared}; {design_line(args.learned)}", flush=True)


if __name__ == "__main__":
    main()
