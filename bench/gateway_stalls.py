"""Hunt for gateway stalls: repeated cycles of the p99 measurement with a throughput burst and a
pause between them (the pattern that used to show rare quarter-second stalls), with the serving
process instrumented.

Each cycle: open loop at --rate for --seconds (every request's latency from its scheduled send
time, kept with its timestamp), a closed-loop burst of 32 clients, a pause. Inside `serve`, a
thread measures event-loop lag (a callback posted every 5 ms) and the event log's loop-side
commits are timed; a separate sleeper process records gaps of its own (the VM pausing everyone).
A slow request that coincides with loop lag or a slow commit is the gateway's; one with neither
happened outside it.

Usage: python bench/gateway_stalls.py [--cycles 6] [--rate 500] [--seconds 10] [--pause 15]
Writes bench/results/gateway_stalls.{json,md}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gateway as gw  # noqa: E402  - the bench's stub, load generator and server helpers

RESULTS = gw.RESULTS

SERVE = r'''
import asyncio, json, os, signal, sys, threading, time
from distillguard.gateway import events
out = {"commits_ms": [], "lag_ms": []}
flush = events.EventLog._flush_pending
started = []
def timed(self):
    t = time.perf_counter(); flush(self); d = (time.perf_counter() - t) * 1000
    if d > 2: out["commits_ms"].append([time.time(), d])
    if not started:
        started.append(1); loop = asyncio.get_running_loop()
        def lag():
            while True:
                t = time.perf_counter(); ev = threading.Event(); loop.call_soon_threadsafe(ev.set)
                ev.wait(); d = (time.perf_counter() - t) * 1000
                if d > 3: out["lag_ms"].append([time.time(), d])
                time.sleep(0.005)
        threading.Thread(target=lag, daemon=True).start()
events.EventLog._flush_pending = timed
def dump(*_):
    with open(os.environ["STALLS_OUT"], "w") as fh: json.dump(out, fh)
signal.signal(signal.SIGUSR1, dump)
from distillguard.cli import main
sys.argv = ["distillguard"] + sys.argv[1:]
main()
'''

SLEEPER = r'''
import json, sys, time
prev = time.perf_counter()
with open(sys.argv[1], "w") as fh:
    while True:
        time.sleep(0.001); now = time.perf_counter()
        if now - prev > 0.010: fh.write(json.dumps([time.time(), (now - prev) * 1000]) + "\n"); fh.flush()
        prev = now
'''


def timed_open_loop(url: str, key: str, rate: float, seconds: float) -> list[list[float]]:
    """[[wall time sent, latency s], …] from the bench's load generator, with timestamps."""
    spec = {"mode": "open", "url": url, "key": key, "rate": rate, "seconds": seconds,
            "timestamps": True}
    return gw.run_loadgen(spec)["timed"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=6)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pause", type=float, default=15.0)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dg-bench-stalls-"))
    stalls_out, sleeper_out = home / "serve.json", home / "sleeper.jsonl"
    stub_port, gw_port = gw.free_port(), gw.free_port()
    procs = [gw.start_stub(stub_port)]
    real_popen = subprocess.Popen

    def instrumented(cmd, *a, **k):  # start_gateway's `serve`, run through the wrapper above
        if cmd[1:4] == ["-m", "distillguard.cli", "serve"]:
            cmd = [cmd[0], "-c", SERVE, *cmd[3:]]
            k["env"] = {**k["env"], "STALLS_OUT": str(stalls_out)}
        return real_popen(cmd, *a, **k)

    gw.subprocess.Popen = instrumented
    try:
        server, key = gw.start_gateway(gw_port, stub_port, home)
    finally:
        gw.subprocess.Popen = real_popen
    procs += [server, subprocess.Popen([sys.executable, "-c", SLEEPER, str(sleeper_out)])]
    url = f"http://127.0.0.1:{gw_port}"
    cycles = []
    try:
        for i in range(args.cycles):
            timed = timed_open_loop(url, key, args.rate, args.seconds)
            lat = [x[1] * 1000 for x in timed]
            cycles.append({"cycle": i + 1, "p50_ms": round(gw.percentile(lat, 50), 3),
                           "p99_ms": round(gw.percentile(lat, 99), 3),
                           "max_ms": round(max(lat), 1), "over_5ms": sum(x > 5 for x in lat),
                           "slow": [[t, round(d * 1000, 1)] for t, d in timed if d > 0.02]})
            print(f"cycle {i + 1}: {cycles[-1]['p50_ms']} / {cycles[-1]['p99_ms']} / "
                  f"max {cycles[-1]['max_ms']} ms", flush=True)
            gw.run_loadgen({"mode": "closed", "url": url, "key": key, "concurrency": 32,
                            "seconds": args.seconds})
            time.sleep(args.pause)
        server.send_signal(10)
        time.sleep(1.0)
        inside = json.loads(stalls_out.read_text())
    finally:
        for proc in procs:
            gw.stop(proc)
    vm = [json.loads(line) for line in sleeper_out.read_text().splitlines()]
    def near(slow: list, rows: list) -> bool:
        return any(slow[0] - 0.05 <= r[0] <= slow[0] + slow[1] / 1000 + 0.05 for r in rows)

    for c in cycles:  # attribute each slow (>20 ms) request
        for slow in c["slow"]:
            slow.append("vm" if near(slow, vm) else "loop" if near(slow, inside["lag_ms"]) or
                        near(slow, inside["commits_ms"]) else "outside the gateway")
    result = {"benchmark": "gateway_stalls", "args": vars(args), "cycles": cycles,
              "loop_commits_over_2ms": len(inside["commits_ms"]),
              "worst_loop_commit_ms": round(max([d for _, d in inside["commits_ms"]], default=0), 1),
              "worst_loop_lag_ms": round(max([d for _, d in inside["lag_ms"]], default=0), 1),
              "vm_gaps_over_10ms": len(vm), "worst_vm_gap_ms": round(max([d for _, d in vm], default=0), 1),
              "wal_bytes_at_end": (home / "distillguard.db-wal").stat().st_size}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gateway_stalls.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = ["# Gateway stall hunt (bench/gateway_stalls.py)", "",
             f"`python bench/gateway_stalls.py --cycles {args.cycles} --rate {args.rate:.0f} "
             f"--seconds {args.seconds:.0f} --pause {args.pause:.0f}`: per cycle an open loop at "
             f"{args.rate:.0f} req/s for {args.seconds:.0f} s (total latency, not added), a 32-client "
             f"burst, a {args.pause:.0f} s pause.", "",
             "| cycle | p50 ms | p99 ms | max ms | requests > 5 ms | requests > 20 ms (where) |",
             "|---:|---:|---:|---:|---:|---|"]
    for c in cycles:
        where = {}
        for s in c["slow"]:
            where[s[2]] = where.get(s[2], 0) + 1
        lines.append(f"| {c['cycle']} | {c['p50_ms']} | {c['p99_ms']} | {c['max_ms']} | "
                     f"{c['over_5ms']} | {len(c['slow'])} {where or ''} |")
    lines += ["", f"Loop-side event commits over 2 ms: {result['loop_commits_over_2ms']} "
              f"(worst {result['worst_loop_commit_ms']} ms); worst event-loop lag "
              f"{result['worst_loop_lag_ms']} ms (bursts included); sleeper-process gaps over "
              f"10 ms: {result['vm_gaps_over_10ms']} (worst {result['worst_vm_gap_ms']} ms); main "
              f"database WAL at the end: {result['wal_bytes_at_end'] / 1e6:.1f} MB."]
    (RESULTS / "gateway_stalls.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
