"""End-to-end speed of `distillguard watermark detect` on a JSONL file (issue #17, item 7).

Measures, as subprocesses of the real CLI:
1. start-up: wall time for a one-line input (imports, key, tokenizer, one text), best of N;
2. throughput: wall time for a large JSONL of ShareGPT answers (default ≈ 5.7 M tokens),
   tokens per second end to end (start-up included), best of N, for --scan whole and windows;
3. the previous path for comparison: transformers' tokenizer and one `detect_tokens` call per
   4,096 texts (what `watermark detect` did before), run once;
4. the ceiling: the tokenizer alone (`encode_batch_fast` over every text, in process, all cores);
5. where start-up goes: cumulative import times (`python -X importtime`) of the largest
   imports, and the tokenizer file load;
plus the machine: cores and the 1-minute load average before each run (other jobs share the CPU).
Results: bench/results/watermark_speed.{json,md}.

    python bench/watermark_speed.py [--texts 20000] [--reps 3] [--copies 4]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

OLD_PATH = """
import json, sys
from distillguard.models import load_tokenizer
from distillguard.watermark.detect import detect_tokens, tokenize_texts
from distillguard.watermark.keys import load_key
key = load_key(sys.argv[1]); tok = load_tokenizer(None)
rows = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
for start in range(0, len(rows), 4096):
    chunk = rows[start:start + 4096]
    seqs = tokenize_texts(tok, [r["text"] for r in chunk])
    for d in detect_tokens(key, seqs, ids=[r["id"] for r in chunk]):
        sys.stdout.write(json.dumps(d.to_json()) + "\\n")
"""


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, load average before, stdout)."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:6]} failed: {proc.stderr[-2000:]}")
    return wall, load, proc.stdout


WATCHED = ("scipy.stats", "scipy.special", "numpy", "typer", "tokenizers", "distillguard.watermark")


def startup_breakdown(cli: list[str], key: Path, one: Path, env: dict[str, str]) -> dict:
    """Cumulative import seconds of the big imports and of each CLI group module, best of 3."""
    best: dict[str, float] = {}
    for _ in range(3):
        cmd = [cli[0], "-X", "importtime", *cli[1:], "--key", str(key), str(one)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        seen: dict[str, float] = {}
        for line in proc.stderr.splitlines():
            if not line.startswith("import time:") or "|" not in line:
                continue
            _, cumulative, name = (part.strip() for part in line.split("|"))
            if not cumulative.isdigit():
                continue
            if name in WATCHED or (name.startswith("distillguard.") and name.endswith(("cli", "audit_log"))):
                seen[name] = max(seen.get(name, 0.0), int(cumulative) / 1e6)
        for name, seconds in seen.items():
            best[name] = min(best.get(name, seconds), seconds)
    load = subprocess.run(
        [cli[0], "-c", "import time, sys; t = time.perf_counter();"
         "from distillguard.watermark.fast_tokenize import load_text_tokenizer; load_text_tokenizer(None);"
         "print(time.perf_counter() - t)"], capture_output=True, text=True, env=env, check=True)
    best["tokenizer file load (with its imports)"] = float(load.stdout.strip())
    return dict(sorted(best.items(), key=lambda kv: -kv[1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=20000, help="ShareGPT answers in the big file")
    parser.add_argument("--copies", type=int, default=1,
                        help="repeat the answers this many times (a larger file: start-up weighs less)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--skip-old", action="store_true", help="do not run the previous path")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up breakdown")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    from distillguard.data.sharegpt import answers
    from distillguard.watermark.fast_tokenize import load_text_tokenizer
    from distillguard.watermark.keys import new_key, save_key

    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    cli = [sys.executable, "-m", "distillguard.cli", "watermark", "detect"]
    work = Path(tempfile.mkdtemp(prefix="wm-speed-"))
    key = work / "key.json"
    save_key(new_key("kgw"), key)
    texts = [t for t in answers(args.texts) if t.strip()] * max(1, args.copies)
    big, one = work / "big.jsonl", work / "one.jsonl"
    big.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
    one.write_text(json.dumps({"id": "0", "text": texts[0]}) + "\n")
    tokenizer = load_text_tokenizer(None)
    tokens = sum(len(ids) for ids in tokenizer.encode(texts).ids)
    log(f"{len(texts)} texts, {tokens:,} tokens, {big.stat().st_size / 1e6:.1f} MB")

    result: dict = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "input": {"texts": len(texts), "tokens": tokens, "bytes": big.stat().st_size},
        "startup": [], "whole": [], "windows": [],
    }
    ceiling = []
    for _ in range(args.reps):
        load, start = os.getloadavg()[0], time.perf_counter()
        tokenizer.backend.encode_batch_fast(texts, add_special_tokens=False)
        ceiling.append({"seconds": time.perf_counter() - start, "load": load})
        ceiling[-1]["tokens_per_s"] = tokens / ceiling[-1]["seconds"]
        log(f"tokenizer alone: {ceiling[-1]['tokens_per_s']:,.0f} tok/s (load {load:.1f})")
    result["tokenizer_alone"] = ceiling
    result["startup_breakdown"] = startup_breakdown(cli, key, one, env)
    log(f"start-up breakdown: {result['startup_breakdown']}")
    if args.startup_only:
        print(json.dumps(result["startup_breakdown"], indent=2))
        return
    for _rep in range(args.reps):
        wall, load, _ = timed([*cli, "--key", str(key), str(one)], env)
        result["startup"].append({"seconds": wall, "load": load})
        log(f"start-up {wall:.2f} s (load {load:.1f})")
        for scan in ("whole", "windows"):
            wall, load, out = timed([*cli, "--key", str(key), str(big), "--scan", scan], env)
            assert len(out.splitlines()) == len(texts)
            result[scan].append({"seconds": wall, "load": load, "tokens_per_s": tokens / wall})
            log(f"{scan}: {wall:.2f} s → {tokens / wall:,.0f} tok/s (load {load:.1f})")
    if not args.skip_old:
        wall, load, out = timed([sys.executable, "-c", OLD_PATH, str(key), str(big)], env)
        fast = timed([*cli, "--key", str(key), str(big)], env)[2]
        result["previous_path"] = {"seconds": wall, "load": load, "tokens_per_s": tokens / wall,
                                   "identical_output": out == fast}
        log(f"previous path: {wall:.2f} s → {tokens / wall:,.0f} tok/s; identical output: {out == fast}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "watermark_speed.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.out / "watermark_speed.md").write_text(markdown(result))
    print(markdown(result))


def markdown(r: dict) -> str:
    best = {k: min(r[k], key=lambda x: x["seconds"]) for k in ("startup", "whole", "windows")}
    lines = [
        "# `watermark detect` end to end (bench/watermark_speed.py)",
        "",
        f"{r['input']['texts']:,} ShareGPT answers, {r['input']['tokens']:,} tokens "
        f"({r['input']['bytes'] / 1e6:.1f} MB JSONL); {r['machine']['cpus']} CPUs, shared; "
        "best of the runs, with the 1-minute load average before that run.",
        "",
        "| measurement | seconds | tokens/s end to end | load | all runs (s) |",
        "|---|---|---|---|---|",
        f"| start-up (one text) | {best['startup']['seconds']:.2f} | | {best['startup']['load']:.1f} | "
        + ", ".join(f"{x['seconds']:.2f}" for x in r["startup"]) + " |",
    ]
    for scan in ("whole", "windows"):
        b = best[scan]
        lines.append(
            f"| --scan {scan} | {b['seconds']:.2f} | {b['tokens_per_s']:,.0f} | {b['load']:.1f} | "
            + ", ".join(f"{x['seconds']:.2f}" for x in r[scan]) + " |"
        )
    if "startup_breakdown" in r:
        tail = ["", "Start-up breakdown (cumulative seconds, best of 3 `python -X importtime` runs; "
                "nested imports are counted in their parents):", "", "| import | seconds |", "|---|---|"]
        tail += [f"| {name} | {sec:.3f} |" for name, sec in r["startup_breakdown"].items()]
    else:
        tail = []
    if "tokenizer_alone" in r:
        b = min(r["tokenizer_alone"], key=lambda x: x["seconds"])
        lines.append(f"| tokenizer alone (encode_batch_fast, in process) | {b['seconds']:.2f} | "
                     f"{b['tokens_per_s']:,.0f} | {b['load']:.1f} | "
                     + ", ".join(f"{x['seconds']:.2f}" for x in r["tokenizer_alone"]) + " |")
    if "previous_path" in r:
        p = r["previous_path"]
        lines.append(f"| previous path (transformers) | {p['seconds']:.2f} | {p['tokens_per_s']:,.0f} | "
                     f"{p['load']:.1f} | identical output: {p['identical_output']} |")
    return "\n".join(lines + tail) + "\n"


if __name__ == "__main__":
    main()
