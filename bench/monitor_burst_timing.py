"""Time side model XMK's burst counts (`features.resample_features` with `burst`) on the 16M-event simulator log.

XMK reads the fresh resampling share across an organisation's keys, which costs the scan one more window
over every event (each organisation's copies of each prompt in time order) and one more join. This loads
the 16M-event log (`bench/work/scale.parquet`, written by `python bench/monitor.py --scale-only`) and runs
the resampling step as the shipped model XM's scan does (no burst counts) and as XMK's would, and writes
both times with the counts they give (`bench/results/monitor_burst_timing.json`): the 10-minute bound on a
16M-event scan (issue 18) decides whether a model reading them could be shipped.

    python bench/monitor_burst_timing.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rich.console import Console  # noqa: E402

from distillguard.monitor import features as F  # noqa: E402
from distillguard.monitor.load import load_events  # noqa: E402
from distillguard.monitor.scan import ScanParams, connect  # noqa: E402

LOG = ROOT / "bench" / "work" / "scale.parquet"
console = Console(stderr=True)


def main() -> None:
    if not LOG.exists():
        raise SystemExit(f"monitor_burst_timing: {LOG} is missing: run python bench/monitor.py --scale-only first")
    con = connect(ScanParams())
    result: dict = {}
    try:
        with console.status("loading the 16M-event log"):
            started = time.perf_counter()
            result["events"] = load_events(con, LOG).rows
            result["load_seconds"] = round(time.perf_counter() - started, 1)
        for name, burst in (("xm", False), ("xmk", True)):
            with console.status(f"resampling step as model {name.upper()}'s scan runs it"):
                started = time.perf_counter()
                F.resample_features(con, burst=burst)
                result[f"{name}_step_seconds"] = round(time.perf_counter() - started, 1)
            names = ["n_resample", "n_resample_fresh"] + (["n_resample_burst", "n_resample_fresh_burst"] if burst else [])
            totals = con.rows(f"SELECT count(*), {', '.join(f'sum({n})' for n in names)} FROM f_resample")[0]
            result[f"{name}_accounts_with_repeats"] = int(totals[0])
            result[f"{name}_counts"] = {n: int(v or 0) for n, v in zip(names, totals[1:], strict=True)}
    finally:
        con.close()
    (ROOT / "bench" / "results" / "monitor_burst_timing.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
