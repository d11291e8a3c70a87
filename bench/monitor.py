"""Campaign-monitor benchmark: detection quality on simulated traffic, time-to-detect, throughput,
and one large synthetic log (default 2M events; `--scale-events 16000000` for Anthropic's size).

Tune (calibrate) on one seed, report on other seeds. Writes bench/results/monitor.{json,md,png}.
    .venv/bin/python bench/monitor.py                      # defaults used by `make bench`
    .venv/bin/python bench/monitor.py --scale-events 16000000 --skip-quality
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
from rich.console import Console  # noqa: E402

from distillguard.monitor.calibrate import calibrate  # noqa: E402
from distillguard.monitor.scan import analyse, assess  # noqa: E402
from distillguard.sim.builder import write_events  # noqa: E402
from distillguard.sim.simulate import simulate  # noqa: E402

RESULTS = Path(__file__).parent / "results"
console = Console(stderr=True)
TTD_CUTOFF_DAYS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.5, 7.0)


def quality(doc: dict, truth: dict) -> dict:
    """Account recall / benign FPR (overall and per role) and purity of flagged clusters."""
    labels = truth["accounts"]
    by_role: dict[str, list[bool]] = {}
    for a in doc["accounts"]:
        t = labels[a["account_id"]]
        by_role.setdefault(f"{t['label']}:{t['role']}", []).append(a["flagged"])
    campaign = [f for k, v in by_role.items() if k.startswith("campaign") for f in v]
    benign = [f for k, v in by_role.items() if k.startswith("benign") for f in v]
    purities, sizes = [], []
    for c in doc["clusters"]:
        if not c["flagged"]:
            continue
        owners = Counter(labels[a]["campaign_id"] or "benign" for a in c["accounts"])
        purities.append(owners.most_common(1)[0][1] / len(c["accounts"]))
        sizes.append(len(c["accounts"]))
    return {
        "campaign_accounts": len(campaign),
        "benign_accounts": len(benign),
        "recall": float(np.mean(campaign)) if campaign else None,
        "benign_fpr": float(np.mean(benign)) if benign else None,
        "false_positives": int(sum(benign)),
        "per_role": {
            k: {"n": len(v), "flagged_share": round(float(np.mean(v)), 4)}
            for k, v in sorted(by_role.items())
        },
        "flagged_clusters": len(purities),
        "cluster_purity_weighted": float(np.average(purities, weights=sizes)) if purities else None,
        "cluster_purity_min": float(min(purities)) if purities else None,
    }


def time_to_detect(table, truth: dict, calibration, workdir: Path) -> list[dict]:
    """Scan growing prefixes of the log; per campaign, the events it had sent before the first
    prefix in which any of its accounts is flagged."""
    t0 = float(pc.min(table.column("ts")).as_py())
    accounts = table.column("account_id").to_pylist()
    ts = table.column("ts").to_numpy()
    owner = np.array([truth["accounts"][a]["campaign_id"] or "" for a in accounts])
    found: dict[str, dict] = {}
    for days in TTD_CUTOFF_DAYS:
        cut = t0 + days * 86400
        path = write_events(
            table.filter(pc.less(table.column("ts"), cut)), workdir / f"prefix-{days}.parquet"
        )
        doc = assess(analyse(path), calibration)
        flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
        for c in truth["campaigns"]:
            cid = c["campaign_id"]
            if cid not in found and flagged & set(c["accounts"]):
                sent = int(((owner == cid) & (ts < cut)).sum())
                found[cid] = {
                    "campaign_id": cid,
                    "detected_by_day": days,
                    "events_before_flag": sent,
                    "hours_after_start": round((cut - c["start"]) / 3600, 1),
                }
        console.print(
            f"  ttd prefix {days} d: {len(found)}/{len(truth['campaigns'])} campaigns detected"
        )
        if len(found) == len(truth["campaigns"]):
            break
    return [
        found.get(
            c["campaign_id"],
            {"campaign_id": c["campaign_id"], "detected_by_day": None, "events_before_flag": None},
        )
        for c in truth["campaigns"]
    ]


def quality_runs(args, workdir: Path) -> dict:
    cfg = {
        "benign_accounts": args.benign,
        "campaigns": args.campaigns,
        "campaign_accounts": args.campaign_accounts,
    }
    console.print(f"[bold]tune seed {args.tune_seed}[/]: simulate, analyse, calibrate")
    table, truth = simulate({**cfg, "seed": args.tune_seed})
    path = write_events(table, workdir / f"seed{args.tune_seed}.parquet")
    analysis = analyse(path)
    cal = calibrate(
        analysis, truth, args.target_fpr, source=f"bench/monitor.py tune seed {args.tune_seed}"
    )
    (RESULTS / "monitor_calibration.json").write_text(json.dumps(cal.__dict__, indent=2) + "\n")
    runs = {"tune": {"seed": args.tune_seed, **quality(assess(analysis, cal), truth)}, "eval": []}
    histogram = None
    for seed in args.eval_seeds:
        console.print(f"[bold]eval seed {seed}[/]")
        table, truth = simulate({**cfg, "seed": seed})
        path = write_events(table, workdir / f"seed{seed}.parquet")
        started = time.perf_counter()
        analysis = analyse(path)
        doc = assess(analysis, cal)
        seconds = time.perf_counter() - started
        result = {
            "seed": seed,
            "events": table.num_rows,
            "scan_seconds": round(seconds, 2),
            "events_per_second": round(table.num_rows / seconds),
            **quality(doc, truth),
        }
        if seed == args.eval_seeds[0]:
            result["time_to_detect"] = time_to_detect(table, truth, cal, workdir)
            histogram = (doc, truth)
        runs["eval"].append(result)
        console.print(
            f"  recall {result['recall']:.4f}  benign FPR {result['benign_fpr']:.4%}  "
            f"{result['events_per_second']:,} events/s"
        )
    runs["calibration"] = cal.__dict__
    if histogram:
        plot(*histogram, cal.threshold, runs["eval"][0].get("time_to_detect", []))
    return runs


def plot(doc: dict, truth: dict, threshold: float, ttd: list[dict]) -> None:
    labels = truth["accounts"]
    benign = [a["risk"] for a in doc["accounts"] if labels[a["account_id"]]["label"] == "benign"]
    campaign = [
        a["risk"] for a in doc["accounts"] if labels[a["account_id"]]["label"] == "campaign"
    ]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    bins = np.linspace(0, 1, 41)
    ax1.hist(benign, bins=bins, alpha=0.7, label=f"benign ({len(benign)})", log=True)
    ax1.hist(campaign, bins=bins, alpha=0.7, label=f"campaign ({len(campaign)})", log=True)
    ax1.axvline(threshold, color="k", ls="--", label=f"threshold {threshold:.3f}")
    ax1.set_xlabel("account risk")
    ax1.set_ylabel("accounts (log)")
    ax1.legend()
    ax1.set_title("risk by ground truth (first eval seed)")
    done = [t for t in ttd if t.get("events_before_flag") is not None]
    ax2.bar([t["campaign_id"] for t in done], [t["events_before_flag"] for t in done])
    ax2.set_ylabel("campaign events before first flag")
    ax2.set_title("time to detect (prefix scans)")
    fig.tight_layout()
    fig.savefig(RESULTS / "monitor.png", dpi=120)


def scale_run(events: int, workdir: Path, seed: int = 99) -> dict:
    """Generate a synthetic log of ~`events` rows (Parquet) and scan it in a child process."""
    f = events / 16_000_000
    cfg = {
        "seed": seed,
        "benign_accounts": max(200, int(60_000 * f)),
        "campaigns": 3,
        "campaign_accounts": max(30, int(24_000 * f)),
        "campaign_mean_events": 450.0,
    }
    console.print(f"[bold]scale run[/]: generating ~{events:,} events {cfg}")
    started = time.perf_counter()
    table, truth = simulate(cfg)
    path = write_events(table, workdir / "scale.parquet")
    gen_seconds = time.perf_counter() - started
    n = table.num_rows
    del table
    out = workdir / "scale_flags.json"
    console.print(
        f"  generated {n:,} events in {gen_seconds:.0f} s ({path.stat().st_size / 2**20:.0f} MiB); scanning"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "distillguard.cli", "monitor", "scan", str(path), "--out", str(out)],
        check=False,
        text=True,
        capture_output=False,
    )
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = {
        "events": n,
        "generate_seconds": round(gen_seconds, 1),
        "parquet_mib": round(path.stat().st_size / 2**20, 1),
        "scan_seconds": round(seconds, 1),
        "events_per_second": round(n / seconds),
        "peak_rss_gib": round(max(peak_kib, before) / 2**20, 2),
        "returncode": proc.returncode,
        "config": cfg,
    }
    if proc.returncode == 0:
        result.update(
            {
                k: v
                for k, v in quality(json.loads(out.read_text()), truth).items()
                if k != "per_role"
            }
        )
    return result


def _fmt(value, pct: bool = False) -> str:
    if value is None:
        return "n/a"
    return f"{value:.4%}" if pct else f"{value:.4f}"


def markdown(results: dict) -> str:
    lines = [
        "# Campaign monitor benchmark",
        "",
        f"Machine: {os.cpu_count()} cores, CPU only. Command: `{results['command']}`",
        "",
    ]
    q = results.get("quality")
    if q:
        lines += [
            "## Detection quality (calibrated on the tune seed, reported on the others)",
            "",
            "| seed | role | events | accounts (campaign/benign) | recall | benign FPR | FPs | flagged clusters | "
            "cluster purity (weighted / min) | scan s | events/s |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for role, r in [("tune", q["tune"])] + [("eval", r) for r in q["eval"]]:
            lines.append(
                f"| {r['seed']} | {role} | {r.get('events', '')} | {r['campaign_accounts']}/{r['benign_accounts']} | "
                f"{r['recall']:.4f} | {r['benign_fpr']:.4%} | {r['false_positives']} | {r['flagged_clusters']} | "
                f"{r['cluster_purity_weighted']:.3f} / {r['cluster_purity_min']:.3f} | {r.get('scan_seconds', '')} | "
                f"{r.get('events_per_second', '')} |"
            )
        lines += [
            "",
            f"Threshold {q['calibration']['threshold']} (target benign FPR "
            f"{q['calibration']['target_fpr']:.1%}, {q['calibration']['source']}).",
            "",
        ]
        ev = q["eval"][0]
        lines += [
            "### Per-role flag rate (first eval seed)",
            "",
            "| role | accounts | flagged |",
            "|---|---|---|",
        ]
        lines += [
            f"| {k} | {v['n']} | {v['flagged_share']:.2%} |" for k, v in ev["per_role"].items()
        ]
        if ev.get("time_to_detect"):
            lines += [
                "",
                "### Time to detect (first eval seed; prefixes cut at "
                f"{', '.join(str(d) for d in TTD_CUTOFF_DAYS)} days)",
                "",
                "| campaign | detected in prefix (days) | hours after campaign start | campaign events before flag |",
                "|---|---|---|---|",
            ]
            lines += [
                f"| {t['campaign_id']} | {t['detected_by_day']} | {t.get('hours_after_start')} | "
                f"{t['events_before_flag']} |"
                for t in ev["time_to_detect"]
            ]
    for key, title in (
        ("scale", "Large synthetic log"),
        (
            "scale_16m",
            "16M-event log (from `bench/monitor.py --skip-quality "
            "--scale-events 16000000 --name monitor_16m`)",
        ),
    ):
        s = results.get(key)
        if not s:
            continue
        lines += [
            "",
            f"## {title}",
            "",
            "| events | accounts | Parquet MiB | generate s | scan s | events/s | peak RSS GiB | "
            "recall | benign FPR |",
            "|---|---|---|---|---|---|---|---|---|",
            f"| {s['events']:,} | {s['config']['benign_accounts'] + s['config']['campaign_accounts']:,} | "
            f"{s['parquet_mib']} | {s['generate_seconds']} | {s['scan_seconds']} | "
            f"{s['events_per_second']:,} | {s['peak_rss_gib']} | {_fmt(s.get('recall'))} | "
            f"{_fmt(s.get('benign_fpr'), pct=True)} |",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tune-seed", type=int, default=0)
    parser.add_argument("--eval-seeds", type=int, nargs="+", default=[1, 2, 3, 4])
    parser.add_argument("--benign", type=int, default=2000)
    parser.add_argument("--campaigns", type=int, default=5)
    parser.add_argument("--campaign-accounts", type=int, default=500)
    parser.add_argument("--target-fpr", type=float, default=0.001)
    parser.add_argument("--scale-events", type=int, default=2_000_000, help="0 skips the large run")
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--name", default="monitor", help="results file stem")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict = {"command": " ".join(["python bench/monitor.py", *sys.argv[1:]])}
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        if not args.skip_quality:
            results["quality"] = quality_runs(args, Path(tmp))
        if args.scale_events:
            results["scale"] = scale_run(args.scale_events, Path(tmp))
    big = RESULTS / "monitor_16m.json"
    if args.name == "monitor" and big.exists():
        results["scale_16m"] = json.loads(big.read_text()).get("scale")
    (RESULTS / f"{args.name}.json").write_text(json.dumps(results, indent=1) + "\n")
    (RESULTS / f"{args.name}.md").write_text(markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
