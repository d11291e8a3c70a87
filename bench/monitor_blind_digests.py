"""Record each blind batch's fingerprint (`blind_batch.digest`) for seeds 0 and 1 at the test's 150
background accounts, in `bench/monitor_blind_digests.json`.

Why: `tests/test_monitor_blind_batches.py` used to build every batch three times (seed 0 twice, to see
that it repeats, and seed 1) — half of the test suite's time with 300 batches. With a recorded
fingerprint, one build of seed 0 (the seed the blind runs scanned) checks more: that the batch builds
exactly the events it built when recorded (after its blind runs), in a fresh process, after any
change to the shared machinery, the simulator or the libraries — a change that would make its
recorded results unreproducible. The seed-1 fingerprint is recorded here from a build of its own and
refused when it equals seed 0's, so the record itself shows that the seed reaches the draws; the test
no longer rebuilds it (`--check` does). Only batches without an entry are built and added (a
recorded fingerprint is never rewritten: a batch that no longer matches it is a failure to explain,
not to re-record); a batch without one is still checked by building it twice and once with seed 1.
The test module reads its batch list and background size from here.

    python bench/monitor_blind_digests.py            # add the batches that have no entry yet
    python bench/monitor_blind_digests.py --check    # rebuild every recorded batch and compare
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.blind_batch import digest  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import track  # noqa: E402

FILE = ROOT / "bench" / "monitor_blind_digests.json"
BENIGN = 150  # the background size the test module builds every batch with
FIRST = 14  # the first batch written to the test module's checks (4-13 keep test files of their own)
SEEDS = (0, 1)


def batches() -> list[int]:
    """Every blind batch package's number from FIRST on."""
    return sorted(int(m.group(1)) for p in (ROOT / "bench").glob("monitor_blind*/__init__.py")
                  if (m := re.fullmatch(r"monitor_blind(\d+)", p.parent.name)) and int(m.group(1)) >= FIRST)


def fingerprints(number: int) -> dict[str, str]:
    module = importlib.import_module(f"bench.monitor_blind{number}")
    return {str(seed): digest(*module.make_blind_batch(seed, benign_accounts=BENIGN)) for seed in SEEDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild every recorded batch and compare")
    args = parser.parse_args()
    console = Console(stderr=True)
    recorded: dict[str, dict[str, str]] = json.loads(FILE.read_text()) if FILE.exists() else {}
    if args.check:
        wrong = [n for n in track(sorted(map(int, recorded)), description="rebuilding", console=console)
                 if fingerprints(n) != recorded[str(n)]]
        console.print(f"{len(recorded) - len(wrong)} of {len(recorded)} batches build as recorded"
                      + (f"; differ: {wrong}" if wrong else ""))
        return 1 if wrong else 0
    missing = [n for n in batches() if str(n) not in recorded]
    for number in track(missing, description="fingerprinting new batches", console=console):
        recorded[str(number)] = fingerprints(number)
        if len(set(recorded[str(number)].values())) < len(SEEDS):
            console.print(f"batch {number} builds the same events for every seed: not recorded")
            return 1
    FILE.write_text(json.dumps(dict(sorted(recorded.items(), key=lambda kv: int(kv[0]))), indent=1) + "\n")
    console.print(f"added {len(missing)} batches; {len(recorded)} recorded in {FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
