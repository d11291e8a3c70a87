"""TAXII 2.1 throughput: distillguard's server vs medallion 3 (memory backend), same objects,
same client (`taxii2client.v21`), each server in its own process on 127.0.0.1.

    .venv/bin/python bench/taxii.py                       # 100k objects + medallion sizes
    .venv/bin/python bench/taxii.py --n 20000 --medallion-sizes 500,1000

Writes bench/results/taxii.{json,md,png}. medallion runs from a separate virtualenv
(default /tmp/medallion-venv, `pip install medallion`); its pagination is quadratic, so it
is measured at the sizes given (stopping early once a size takes longer than the budget).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from distillguard.testing import free_port

RESULTS = Path(__file__).parent / "results"
ROOT = Path(__file__).resolve().parents[1]
TAXII = "application/taxii+json;version=2.1"
AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"


def make_objects(n: int, seed: int = 0) -> list[dict]:
    """n distinct STIX 2.1 indicators (IPv4 ranges), reproducible from the seed."""
    rng = random.Random(seed)
    identity = "identity--" + str(uuid.UUID(int=rng.getrandbits(128), version=4))
    out = []
    for i in range(n):
        oid = "indicator--" + str(uuid.UUID(int=rng.getrandbits(128), version=4))
        out.append({
            "type": "indicator", "spec_version": "2.1", "id": oid,
            "created_by_ref": identity,
            "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
            "name": f"distillation range {i}",
            "indicator_types": ["malicious-activity"],
            "pattern": f"[ipv4-addr:value ISSUBSET '10.{i // 65536 % 256}.{i // 256 % 256}."
                       f"{i % 256}/32']",
            "pattern_type": "stix", "pattern_version": "2.1",
            "valid_from": "2026-01-01T00:00:00Z",
            "object_marking_refs": [AMBER],
        })
    return out, identity


def wait_for(url: str, auth, timeout: float = 60) -> None:
    import requests

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if requests.get(url, auth=auth, headers={"Accept": TAXII}, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not come up")


# ------------------------------------------------------------------------------- servers
def start_distillguard(workdir: Path, identity: str):
    """Our server in a subprocess (uvicorn, SQLite), with one member and one collection."""
    sys.path.insert(0, str(ROOT / "src"))
    from distillguard.intel import store
    from distillguard.store.db import Database

    url = f"sqlite:///{workdir / 'taxii.db'}"
    db = Database(url)
    db.migrate()
    with db.session() as s:
        token = store.add_member(s, "bench", identity_id=identity)
        cid = store.add_collection(s, "bench")
        store.grant(s, "bench", cid, True, True)
    db.engine.dispose()
    port = free_port()
    env = {**os.environ, "DISTILLGUARD_HOME": str(workdir), "DISTILLGUARD_DATABASE_URL": url}
    code = ("import uvicorn; from distillguard.intel.server import create_app; "
            f"uvicorn.run(create_app(), host='127.0.0.1', port={port}, log_level='warning', "
            "access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}/taxii2/intel/"
    wait_for(base, None)
    return proc, base, cid, {"token": token}


def start_medallion(workdir: Path, venv: Path, page_size: int):
    port = free_port()
    base = f"http://127.0.0.1:{port}/api1/"
    cid = str(uuid.uuid4())
    data = {
        "/discovery": {"title": "bench", "description": "", "default": base,
                       "api_roots": [base]},
        "api1": {
            "information": {"title": "api1", "description": "", "versions": [TAXII],
                            "max_content_length": 100_000_000},
            "status": [],
            "collections": [{"id": cid, "title": "bench", "description": "", "can_read": True,
                             "can_write": True, "media_types": ["application/stix+json;version=2.1"],
                             "objects": [], "manifest": []}],
        },
    }
    (workdir / "data.json").write_text(json.dumps(data))
    config = {"backend": {"module": "medallion.backends.memory_backend",
                          "module_class": "MemoryBackend",
                          "filename": str(workdir / "data.json")},
              "users": {"bench": "bench-password"},
              "taxii": {"max_page_size": page_size}}
    (workdir / "config.json").write_text(json.dumps(config))
    proc = subprocess.Popen([str(venv / "bin" / "medallion"), "--host", "127.0.0.1", "--port",
                             str(port), str(workdir / "config.json")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(base, ("bench", "bench-password"))
    return proc, base, cid, {"user": "bench", "password": "bench-password"}


# ------------------------------------------------------------------------------- measurement
def collection(base: str, cid: str, creds: dict):
    from taxii2client.common import TokenAuth
    from taxii2client.v21 import ApiRoot, Collection

    kwargs = {"auth": TokenAuth(creds["token"])} if "token" in creds else creds
    root = ApiRoot(base, **kwargs)
    col = Collection(f"{base}collections/{cid}/", conn=root._conn)
    col.refresh()
    return col


def measure(col, objects: list[dict], batch: int, page: int, progress=None) -> dict:
    from taxii2client.v21 import as_pages

    t0 = time.perf_counter()
    for start in range(0, len(objects), batch):
        envelope = json.dumps({"objects": objects[start : start + batch]})
        status = col.add_objects(envelope, wait_for_completion=True, poll_interval=0.05,
                                 timeout=600)
        if status.success_count != min(batch, len(objects) - start):
            raise RuntimeError(f"POST stored {status.success_count} objects: {status.failures[:1]}")
        if progress:
            progress(min(batch, len(objects) - start))
    post_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    seen, pages = set(), 0
    for envelope in as_pages(col.get_objects, per_request=page):
        pages += 1
        seen.update(o["id"] for o in envelope.get("objects", []))
    read_s = time.perf_counter() - t0
    if len(seen) != len(objects):
        raise RuntimeError(f"read back {len(seen)} of {len(objects)} objects")
    return {"n": len(objects), "post_s": round(post_s, 3), "read_s": round(read_s, 3),
            "post_per_s": round(len(objects) / post_s, 1),
            "read_per_s": round(len(objects) / read_s, 1), "pages": pages}


def run_server(kind: str, n: int, args, workdir: Path, progress_factory) -> dict:
    objects, identity = make_objects(n, seed=args.seed)
    d = Path(tempfile.mkdtemp(dir=workdir))
    if kind == "distillguard":
        proc, base, cid, creds = start_distillguard(d, identity)
    else:
        proc, base, cid, creds = start_medallion(d, args.medallion_venv, args.page)
    try:
        with progress_factory(f"{kind} n={n}", n) as advance:
            result = measure(collection(base, cid, creds), objects, args.batch, args.page, advance)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"server": kind, **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="objects for the big run")
    parser.add_argument("--sizes", default="1000,2000,4000",
                        help="side-by-side sizes (both servers)")
    parser.add_argument("--batch", type=int, default=1000, help="objects per POST envelope")
    parser.add_argument("--page", type=int, default=1000, help="objects per page (as_pages)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--medallion-venv", type=Path, default=Path("/tmp/medallion-venv"))
    parser.add_argument("--medallion-budget-s", type=float, default=150,
                        help="skip larger medallion sizes once one run takes longer")
    args = parser.parse_args()
    from contextlib import contextmanager

    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)

    @contextmanager
    def progress_factory(label: str, total: int):
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task(label, total=total)
            yield lambda k: progress.advance(task, k)

    sizes = [int(s) for s in args.sizes.split(",") if s]
    runs = []
    medallion_ok = (args.medallion_venv / "bin" / "medallion").exists()
    skipped_medallion = None if medallion_ok else f"not installed in {args.medallion_venv}"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for n in sizes:
            runs.append(run_server("distillguard", n, args, workdir, progress_factory))
            console.print(runs[-1])
            if medallion_ok and skipped_medallion is None:
                runs.append(run_server("medallion", n, args, workdir, progress_factory))
                console.print(runs[-1])
                if runs[-1]["post_s"] + runs[-1]["read_s"] > args.medallion_budget_s:
                    skipped_medallion = f"sizes above {n} skipped (run exceeded budget)"
        big = run_server("distillguard", args.n, args, workdir, progress_factory)
        console.print(big)
    write_results(args, runs, big, skipped_medallion)


def write_results(args, runs: list[dict], big: dict, medallion_note: str | None) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    ratios = {}
    for r in runs:
        if r["server"] == "medallion":
            ours = next(x for x in runs if x["server"] == "distillguard" and x["n"] == r["n"])
            ratios[r["n"]] = round(ours["read_per_s"] / r["read_per_s"], 1)
    largest_med = max((r for r in runs if r["server"] == "medallion"), key=lambda r: r["n"],
                      default=None)
    summary = {
        "objects": big["n"],
        "post_per_s": big["post_per_s"],
        "read_per_s": big["read_per_s"],
        "goal_read_per_s": 5000,
        "read_speedup_vs_medallion_same_n": ratios,
        "read_speedup_100k_vs_medallion_largest_n": (
            round(big["read_per_s"] / largest_med["read_per_s"], 1) if largest_med else None),
    }
    data = {"benchmark": "taxii", "machine": f"{os.cpu_count()} cores, no GPU",
            "settings": {"batch": args.batch, "page": args.page, "seed": args.seed},
            "big_run": big, "side_by_side": runs, "summary": summary,
            "medallion_note": medallion_note}
    (RESULTS / "taxii.json").write_text(json.dumps(data, indent=2))
    lines = [
        "# TAXII 2.1 throughput (taxii2client, loopback, one server process each)",
        "",
        f"POST envelopes of {args.batch} objects; read with `as_pages(per_request={args.page})`.",
        "",
        "| server | objects | POST s | POST obj/s | read s | read obj/s | pages |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs + [big]:
        lines.append(f"| {r['server']} | {r['n']} | {r['post_s']} | {r['post_per_s']} | "
                     f"{r['read_s']} | {r['read_per_s']} | {r['pages']} |")
    lines += ["", f"Read speed-up at equal n: {ratios or 'n/a'}; "
              f"100k read vs medallion's largest run: "
              f"{summary['read_speedup_100k_vs_medallion_largest_n']}×."]
    if medallion_note:
        lines.append(f"medallion: {medallion_note}.")
    (RESULTS / "taxii.md").write_text("\n".join(lines) + "\n")
    plot(runs, big)


def plot(runs: list[dict], big: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for server, marker in (("distillguard", "o"), ("medallion", "s")):
        pts = sorted((r["n"], r["read_per_s"]) for r in runs + [big] if r["server"] == server)
        if pts:
            ax.plot(*zip(*pts, strict=True), marker=marker, label=server)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.axhline(5000, color="grey", linestyle="--", label="goal 5,000 obj/s")
    ax.set_xlabel("objects in collection")
    ax.set_ylabel("full read via as_pages (objects/s)")
    ax.legend()
    ax.set_title("TAXII 2.1 read throughput")
    fig.tight_layout()
    fig.savefig(RESULTS / "taxii.png", dpi=120)


if __name__ == "__main__":
    main()
