"""Time model XM's new-model sub-stream step (`substream.model_split_tests`) on the 16M-event simulator log.

The simulator's newest model is in its log from the first minute, so `features.pivot_features` finds no
release there and a scan of that log (`bench/results/monitor_16m_model_xm.json`) skips the step. This
loads the same log (`bench/work/scale.parquet`, written by `python bench/monitor.py --scale-only`) and
runs the step with a release set `--days` after the log's first event, the costly case: nearly every
event is after it and the budget of sampled events is spent. Writes
`bench/results/monitor_split_timing.json`.

    python bench/monitor_split_timing.py --days 1
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rich.console import Console  # noqa: E402

from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import ScanParams, connect  # noqa: E402
from distillguard.monitor.substream import model_split_tests  # noqa: E402

LOG = ROOT / "bench" / "work" / "scale.parquet"
console = Console(stderr=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=float, default=1.0, help="release this many days after the first event")
    parser.add_argument("--model", default="frontier-2", help="the model read as the released one")
    args = parser.parse_args(argv)
    if not LOG.exists():
        raise SystemExit(f"monitor_split_timing: {LOG} is missing: run python bench/monitor.py --scale-only first")
    con = connect(ScanParams())
    try:
        with console.status("loading the 16M-event log"):
            started = time.perf_counter()
            loaded = load_events(con, LOG)
            load_seconds = time.perf_counter() - started
        first = float(con.rows("SELECT min(ts) FROM ev")[0][0])
        with console.status("new-model sub-stream step"):
            started = time.perf_counter()
            tests = model_split_tests(con, {"model": args.model, "release_ts": first + args.days * 86400.0})
            seconds = time.perf_counter() - started
    finally:
        con.close()
    result = {"events": loaded.rows, "load_seconds": round(load_seconds, 1), "release_days": args.days,
              "step_seconds": round(seconds, 1), "heavy_accounts_sampled": len(tests),
              "accounts_tested": sum(v["split_p"] is not None for v in tests.values())}
    (ROOT / "bench" / "results" / "monitor_split_timing.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
