"""Hunt for gateway stalls: repeated cycles of the p99 measurement with a throughput burst and a
pause between them (the pattern that used to show rare quarter-second stalls), with the serving
process instrumented.

Each cycle: open loop at --rate for --seconds (every request's latency from its scheduled send
time, kept with its timestamp), a closed-loop burst of 32 clients, a pause. Inside `serve`, a
thread measures event-loop lag (a callback posted every 5 ms) and the event log's loop-side
commits are timed; a separate sleeper process records gaps of its own (the VM pausing everyone)
and, every ~5 ms, the CPU time taken from the machine from outside: hypervisor steal
(/proc/stat) and the cgroup's CFS-quota throttling. A slow request near stolen or throttled
time is the machine's (`steal`, `quota`) — a vCPU taken away for 50 ms shows inside the guest
as the loop thread running or blocked, never as waiting for a CPU, so the schedstat split alone
cannot tell it from the gateway's own work; one near loop lag or a slow commit is the gateway's;
one with neither happened outside it.

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
import gc
out = {"commits_ms": [], "lag_ms": [], "gc_ms": []}
_gc_start = [0.0]
def _gc_timer(phase, info):
    if phase == "start":
        _gc_start[0] = time.perf_counter()
    else:
        d = (time.perf_counter() - _gc_start[0]) * 1000
        if d > 1: out["gc_ms"].append([time.time(), d, info["generation"], info["collected"]])
gc.callbacks.append(_gc_timer)
flush = events.EventLog._flush_pending
started = []
probe = []
def timed(self):
    t = time.perf_counter(); flush(self); d = (time.perf_counter() - t) * 1000
    if d > 2: out["commits_ms"].append([time.time(), d])
    if not started:  # the lag probe runs on the loop itself: a probe thread would take the GIL
        started.append(1)
        def sched():  # this thread's CPU time and run-queue wait, ns (Linux schedstat)
            with open("/proc/thread-self/schedstat") as fh:
                return [int(x) for x in fh.read().split()[:2]]
        beat = [time.perf_counter()]
        if os.environ.get("STALLS_SAMPLE_STACKS"):  # diagnosis: what the loop thread runs when late
            import collections, traceback
            loop_tid = threading.get_ident(); seen = collections.Counter()
            out["late_stacks"] = seen
            def sampler():
                while True:
                    time.sleep(0.002)
                    if time.perf_counter() - beat[0] > 0.012:
                        frame = sys._current_frames().get(loop_tid)
                        if frame is not None:
                            st = traceback.extract_stack(frame)[-14:]
                            seen[" <- ".join(f"{f.filename.split('site-packages/')[-1].split('/src/')[-1]}:{f.lineno} {f.name}" for f in reversed(st))] += 1
            threading.Thread(target=sampler, daemon=True).start()
        async def lag():
            while True:
                beat[0] = time.perf_counter()
                t = time.perf_counter(); s0 = sched(); await asyncio.sleep(0.005)
                d = (time.perf_counter() - t) * 1000 - 5
                if d > 3:
                    s1 = sched()  # where the wall time went: running, waiting for a CPU, else
                    out["lag_ms"].append([time.time(), d, (s1[0] - s0[0]) / 1e6,
                                          (s1[1] - s0[1]) / 1e6])
        loop = asyncio.get_running_loop()
        if os.environ.get("STALLS_SLOW_CALLBACKS"):
            loop.set_debug(True)
            loop.slow_callback_duration = 0.008
        probe.append(loop.create_task(lag()))
events.EventLog._flush_pending = timed
from distillguard.gateway import staging
out["moves"] = []
_move = staging.Mover.move
def timed_move(self, *a, **k):
    t = time.perf_counter(); w = time.time(); n = _move(self, *a, **k)
    out["moves"].append([w, (time.perf_counter() - t) * 1000, n]); return n
staging.Mover.move = timed_move
if os.environ.get("STALLS_MOVE_EVERY_S"):
    events.MOVE_EVERY_S = float(os.environ["STALLS_MOVE_EVERY_S"])
def dump(*_):
    out["gc_objects"] = [len(gc.get_objects(g)) for g in range(3)]
    out["gc_frozen"] = gc.get_freeze_count()
    t = time.perf_counter(); gc.collect(); out["full_collect_ms"] = (time.perf_counter() - t) * 1000
    with open(os.environ["STALLS_OUT"], "w") as fh: json.dump(out, fh)
signal.signal(signal.SIGUSR1, dump)
if os.environ.get("STALLS_SLOW_CALLBACKS"):  # --name-slow-callbacks: asyncio debug mode names
    import logging  # every loop callback that ran over 8 ms (debug mode adds overhead itself)
    _h = logging.FileHandler(os.environ["STALLS_SLOW_CALLBACKS"])
    _h.setFormatter(logging.Formatter("%(created).3f %(message)s"))
    logging.getLogger("asyncio").addHandler(_h)
    logging.getLogger("asyncio").setLevel(logging.WARNING)
from distillguard.cli import main
sys.argv = ["distillguard"] + sys.argv[1:]
main()
'''

SLEEPER = r'''
import json, sys, time
sys.path.insert(0, sys.argv[3])
from gateway import cpu_taken  # cumulative ms the hypervisor (steal) and the CPU quota took
def taken():
    now = cpu_taken()
    return now["steal_ms"] or 0.0, now["throttled_ms"] or 0.0
prev = time.perf_counter(); last = taken(); n = 0
with open(sys.argv[1], "w") as fh, open(sys.argv[2], "w") as took:
    while True:
        time.sleep(0.001); now = time.perf_counter()
        if now - prev > 0.010: fh.write(json.dumps([time.time(), (now - prev) * 1000]) + "\n"); fh.flush()
        prev = now; n += 1
        if n % 5 == 0:  # every ~5 ms: did the hypervisor or the quota take CPU since?
            cur = taken()
            if cur != last:
                took.write(json.dumps([time.time(), cur[0] - last[0], cur[1] - last[1]]) + "\n"); took.flush()
            last = cur
'''


def timed_open_loop(url: str, key: str, rate: float, seconds: float,
                    distinct: bool = True) -> list[list[float]]:
    """[[wall time sent, latency s], …] from the bench's load generator, with timestamps."""
    spec = {"mode": "open", "url": url, "key": key, "rate": rate, "seconds": seconds,
            "timestamps": True, "distinct": distinct}
    return gw.run_loadgen(spec)["timed"]


def lag_breakdown(lag: list[list[float]]) -> dict:
    """Where the event loop's late wake-ups went, from the serving thread's schedstat: running
    (the loop busy with callbacks: its own work, GC), waiting for a CPU (runnable but not
    scheduled: other processes on the machine), or neither (blocked off-CPU: waiting for the
    GIL held by another thread, or in a blocking system call)."""
    out: dict = {}
    for threshold in (5, 10, 20):
        rows = [x for x in lag if x[1] > threshold]
        wall = sum(x[1] + 5 for x in rows)  # each sample covers the 5 ms sleep plus its lag
        running, runqueue = sum(x[2] for x in rows), sum(x[3] for x in rows)
        out[f"over_{threshold}ms"] = {
            "count": len(rows), "wall_ms": round(wall, 1), "running_ms": round(running, 1),
            "waiting_for_cpu_ms": round(runqueue, 1),
            "blocked_ms": round(max(0.0, wall - running - runqueue), 1)}
    out["worst_ms"] = round(max([x[1] for x in lag], default=0), 1)
    out["worst"] = [[round(v, 1) for v in x[1:]] for x in sorted(lag, key=lambda x: -x[1])[:5]]
    return out


def move_summary(moves: list[list[float]], cycles: list[dict]) -> dict:
    """The mover thread's moves during the open loops: how often, how long (wall time,
    including waits for the GIL and the disk)."""
    rows = [m for m in moves if any(c["window"][0] <= m[0] <= c["window"][1] for c in cycles)]
    return {"count": len(rows), "worst_ms": round(max([m[1] for m in rows], default=0), 1),
            "busy_ms": round(sum(m[1] for m in rows), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=6)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--pause", type=float, default=15.0)
    parser.add_argument("--move-every", type=float, default=None,
                        help="override events.MOVE_EVERY_S in the served gateway (an A/B switch: "
                             "a large value all but stops the mover thread)")
    parser.add_argument("--name-slow-callbacks", action="store_true",
                        help="asyncio debug mode in the served gateway: name every loop callback "
                             "over 8 ms (a diagnosis run; debug mode slows the loop itself)")
    parser.add_argument("--prompts", choices=("distinct", "same"), default="distinct",
                        help="as bench/gateway.py: a distinct prompt per request (default), or one")
    parser.add_argument("--sample-stacks", action="store_true",
                        help="a thread samples the event-loop thread's stack whenever the loop is "
                             "over 12 ms late (a diagnosis run: the sampler takes the GIL itself)")
    parser.add_argument("--results-dir", default=str(gw.RESULTS),
                        help="where the .json and .md go (default bench/results)")
    args = parser.parse_args()
    globals()["RESULTS"] = Path(args.results_dir)  # read by main/workers_main below
    facts = gw.machine_facts()
    home = Path(tempfile.mkdtemp(prefix="dg-bench-stalls-"))
    stalls_out, sleeper_out = home / "serve.json", home / "sleeper.jsonl"
    taken_out = home / "taken.jsonl"
    stub_port, gw_port = gw.free_port(), gw.free_port()
    procs = [gw.start_stub(stub_port)]
    real_popen = subprocess.Popen

    def instrumented(cmd, *a, **k):  # start_gateway's `serve`, run through the wrapper above
        if cmd[1:4] == ["-m", "distillguard.cli", "serve"]:
            cmd = [cmd[0], "-c", SERVE, *cmd[3:]]
            k["env"] = {**k["env"], "STALLS_OUT": str(stalls_out)}
            if args.name_slow_callbacks:
                k["env"]["STALLS_SLOW_CALLBACKS"] = str(home / "slow_callbacks.log")
            if args.sample_stacks:
                k["env"]["STALLS_SAMPLE_STACKS"] = "1"
            if args.move_every is not None:
                k["env"]["STALLS_MOVE_EVERY_S"] = str(args.move_every)
        return real_popen(cmd, *a, **k)

    gw.subprocess.Popen = instrumented
    try:
        server, key = gw.start_gateway(gw_port, stub_port, home)
    finally:
        gw.subprocess.Popen = real_popen
    procs += [server, subprocess.Popen([sys.executable, "-c", SLEEPER, str(sleeper_out), str(taken_out),
                                        str(Path(__file__).resolve().parent)])]
    url = f"http://127.0.0.1:{gw_port}"
    cycles = []
    try:
        for i in range(args.cycles):
            timed = timed_open_loop(url, key, args.rate, args.seconds,
                                    args.prompts == "distinct")
            window = [min(t for t, _ in timed), max(t + d for t, d in timed)]
            lat = [x[1] * 1000 for x in timed]
            cycles.append({"cycle": i + 1, "p50_ms": round(gw.percentile(lat, 50), 3),
                           "p99_ms": round(gw.percentile(lat, 99), 3),
                           "max_ms": round(max(lat), 1), "over_5ms": sum(x > 5 for x in lat),
                           "window": window,
                           "slow": [[t, round(d * 1000, 1)] for t, d in timed if d > 0.02]})
            print(f"cycle {i + 1}: {cycles[-1]['p50_ms']} / {cycles[-1]['p99_ms']} / "
                  f"max {cycles[-1]['max_ms']} ms", flush=True)
            gw.run_loadgen({"mode": "closed", "url": url, "key": key, "concurrency": 32,
                            "seconds": args.seconds, "distinct": args.prompts == "distinct"})
            time.sleep(args.pause)
        server.send_signal(10)
        time.sleep(1.0)
        inside = json.loads(stalls_out.read_text())
    finally:
        for proc in procs:
            gw.stop(proc)
    vm = [json.loads(line) for line in sleeper_out.read_text().splitlines()]
    took = [json.loads(line) for line in taken_out.read_text().splitlines()]
    steal = [[t, d] for t, d, _ in took if d > 0]  # when the hypervisor took our vCPUs
    throttled = [[t, d] for t, _, d in took if d > 0]  # when the cgroup's quota stopped us
    def near(slow: list, rows: list) -> bool:
        return any(slow[0] - 0.05 <= r[0] <= slow[0] + slow[1] / 1000 + 0.05 for r in rows)

    for c in cycles:  # attribute each slow (>20 ms) request
        for slow in c["slow"]:
            slow.append("steal" if near(slow, steal) else "quota" if near(slow, throttled) else
                        "vm" if near(slow, vm) else "gc" if near(slow, inside["gc_ms"]) else
                        "loop" if near(slow, inside["lag_ms"]) or
                        near(slow, inside["commits_ms"]) else "outside the gateway")
    gw.finish_facts(facts)
    in_open = [x for x in took if any(c["window"][0] <= x[0] <= c["window"][1] + 0.05 for c in cycles)]
    open_lag = [x for x in inside["lag_ms"]
                if any(c["window"][0] <= x[0] <= c["window"][1] for c in cycles)]
    result = {"benchmark": "gateway_stalls", "machine_facts": facts, "args": vars(args),
              "cycles": cycles, "open_loop_lag": lag_breakdown(open_lag),
              "moves": move_summary(inside.get("moves", []), cycles),
              "gc_in_open_loops_ms": [[round(g[1], 1), g[2]] for g in inside["gc_ms"] if any(
                  c["window"][0] <= g[0] <= c["window"][1] for c in cycles)],
              "loop_commits_over_2ms": len(inside["commits_ms"]),
              "worst_loop_commit_ms": round(max([d for _, d in inside["commits_ms"]], default=0), 1),
              "worst_loop_lag_ms": round(max([x[1] for x in inside["lag_ms"]], default=0), 1),
              "gc_pauses_over_1ms": len(inside["gc_ms"]),
              "worst_gc_pause_ms": round(max([g[1] for g in inside["gc_ms"]], default=0), 1),
              "gc_objects_by_generation": inside.get("gc_objects"),
              "gc_frozen_objects": inside.get("gc_frozen"),
              "full_collect_at_end_ms": round(inside.get("full_collect_ms", 0), 1),
              "gc_pauses": [[round(g[1], 1), g[2], g[3]] for g in
                            sorted(inside["gc_ms"], key=lambda g: -g[1])[:10]],
              "taken_in_open_loops_ms": {"steal": round(sum(x[1] for x in in_open), 1),
                                         "throttled": round(sum(x[2] for x in in_open), 1)},
              "vm_gaps_over_10ms": len(vm), "worst_vm_gap_ms": round(max([d for _, d in vm], default=0), 1),
              "wal_bytes_at_end": (home / "distillguard.db-wal").stat().st_size,
              "prompts": args.prompts}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gateway_stalls.json").write_text(json.dumps(result, indent=2) + "\n")
    lag = result["open_loop_lag"]
    lines = ["# Gateway stall hunt (bench/gateway_stalls.py)", "",
             f"Machine: {gw.machine_line(facts)}.", "",
             f"`python bench/gateway_stalls.py --cycles {args.cycles} --rate {args.rate:.0f} "
             f"--seconds {args.seconds:.0f} --pause {args.pause:.0f}"
             f"{' --prompts same' if args.prompts == 'same' else ''}`: per cycle an open loop at "
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
              f"database WAL at the end: {result['wal_bytes_at_end'] / 1e6:.1f} MB. CPU taken from the "
              f"machine during the open loops: hypervisor steal "
              f"{result['taken_in_open_loops_ms']['steal']:,.0f} ms, CPU-quota throttling "
              f"{result['taken_in_open_loops_ms']['throttled']:,.0f} ms (a slow request near either is "
              "attributed `steal` / `quota`: the machine's, not the gateway's)."]
    lines += ["", "Event-loop lag during the open loops (the loop's own 5 ms timer waking late; "
              "the serving thread's Linux schedstat splits each late interval):", "",
              "| lag over | samples | wall ms | loop thread running | waiting for a CPU | "
              "blocked (GIL, syscall) |", "|---:|---:|---:|---:|---:|---:|"]
    for t in (5, 10, 20):
        b = lag[f"over_{t}ms"]
        lines.append(f"| {t} ms | {b['count']} | {b['wall_ms']:.0f} | {b['running_ms']:.0f} | "
                     f"{b['waiting_for_cpu_ms']:.0f} | {b['blocked_ms']:.0f} |")
    lines += ["", f"Worst open-loop lag {lag['worst_ms']} ms. GC pauses over 1 ms in the serving "
              f"process (start-up included): {result['gc_pauses_over_1ms']}, worst "
              f"{result['worst_gc_pause_ms']} ms; a full collection at the end took "
              f"{result['full_collect_at_end_ms']} ms over {result['gc_objects_by_generation']} "
              f"objects by generation ({result['gc_frozen_objects']} frozen); during the open loops: "
              f"{len(result['gc_in_open_loops_ms'])} over 1 ms, worst "
              f"{max([g[0] for g in result['gc_in_open_loops_ms']], default=0)} ms. Mover thread: "
              f"{result['moves']['count']} moves during the open loops, worst "
              f"{result['moves']['worst_ms']} ms."]
    before = facts["load_average_before"][0]
    if before > (facts["cpus_usable"] or 1) / 2:
        lines += ["", f"**Busy machine**: 1-minute load average {before:.2f} before the run on "
                  f"{facts['cpus_usable']} CPUs (other users' work); the run-queue column is "
                  "their share."]
    if args.sample_stacks:  # a diagnosis run: the loop thread's stacks while it was late
        for stack, n in sorted(inside.get("late_stacks", {}).items(), key=lambda x: -x[1])[:12]:
            print(f"{n:5d}  {stack}")
        return
    if args.name_slow_callbacks:  # a diagnosis run: name the callbacks, keep the figures out
        log = home / "slow_callbacks.log"
        print(log.read_text() if log.exists() else "no callback over 8 ms was logged")
        return
    (RESULTS / "gateway_stalls.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
