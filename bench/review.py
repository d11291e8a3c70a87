"""Review workflow costs: audit-log append/verify, ingest, decisions by cluster size, console pages.

    .venv/bin/python bench/review.py                 # defaults (about a minute on 2 cores)
    .venv/bin/python bench/review.py --chain 200000  # a longer audit chain to verify

SQLite (WAL) always; PostgreSQL too when DISTILLGUARD_TEST_POSTGRES_URL is set (`make bench`).
Writes bench/results/review.{json,md,png}.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def bench_audit(db, appends: int, chain: int) -> dict:
    from distillguard.review import audit_log

    t = time.perf_counter()
    for i in range(appends):  # one transaction each, as decisions do
        with db.session() as s:
            audit_log.append(s, "bench", "case.decided", f"case:{i}", {"i": i, "action": "suspend"})
    append_s = time.perf_counter() - t
    t = time.perf_counter()
    build_chain(db, chain - appends)
    bulk_s = time.perf_counter() - t
    t = time.perf_counter()
    with db.session() as s:
        result = audit_log.verify(s)
    verify_s = time.perf_counter() - t
    assert result.ok and result.entries == chain, result
    return {"appends": appends, "append_per_s": round(appends / append_s, 1),
            "append_ms": round(append_s / appends * 1000, 3),
            "bulk_append_per_s": round((chain - appends) / bulk_s, 1) if chain > appends else None,
            "chain": chain, "verify_s": round(verify_s, 3),
            "verify_per_s": round(chain / verify_s, 1)}


def build_chain(db, n: int, batch: int = 5000) -> None:
    """Extend the chain by n valid entries with multi-row INSERTs (the verify benchmark needs a
    long chain; building it one transaction at a time would dominate the run)."""
    from sqlalchemy import insert, update

    from distillguard.review import audit_log
    from distillguard.review.models import AuditEntry, AuditHead

    with db.session() as s:
        head = s.get(AuditHead, 1)
        seq, prev = head.seq, head.hash
        for start in range(0, n, batch):
            rows = []
            for i in range(start, min(n, start + batch)):
                seq += 1
                ts, payload = audit_log.now_rfc3339(), audit_log.canonical_json({"i": i})
                digest = audit_log.entry_hash(prev, seq, ts, "bench", "case.decided",
                                              f"case:{i}", payload)
                rows.append({"seq": seq, "ts": ts, "actor": "bench", "action": "case.decided",
                             "subject": f"case:{i}", "payload": payload, "prev_hash": prev,
                             "hash": digest})
                prev = digest
            s.execute(insert(AuditEntry), rows)
        s.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=prev))


def bench_decisions(db, sizes: list[int], repeats: int) -> list[dict]:
    from distillguard.gateway.accounts import create_account
    from distillguard.review.cases import open_case
    from distillguard.review.decisions import decide

    rows = []
    for size in sizes:
        times = []
        for r in range(repeats):
            ids = [create_account(db, f"bench-{size}-{r}-{i}-{uuid.uuid4().hex[:6]}", "US")[0]
                   for i in range(size)]
            case = open_case(db, "cluster", f"c{size}-{r}", {"accounts": ids}, 1,
                             f"bench:{uuid.uuid4().hex}")
            t = time.perf_counter()
            result = decide(db, case.id, "suspend", "coordinated_campaign", "bench",
                            expected_version=case.version)
            times.append(time.perf_counter() - t)
            assert len(result.changed) == size
        rows.append({"accounts": size, "repeats": repeats,
                     "decide_ms_median": round(statistics.median(times) * 1000, 1),
                     "ms_per_account": round(statistics.median(times) * 1000 / size, 2)})
    return rows


def bench_ingest(db, accounts: int, clusters: int) -> dict:
    from distillguard.review.ingest import ingest_flags

    per = accounts // (clusters * 2)
    flags = {"accounts": [{"account_id": f"ing{i}", "risk": 0.5 + (i % 50) / 100,
                           "flagged": True, "reasons": ["r"],
                           "signals": {"cot": 0.8, "template": 0.4}} for i in range(accounts)],
             "clusters": [{"cluster_id": f"k{c}", "accounts": [f"ing{c * per + j}"
                                                              for j in range(per)],
                           "reasons": ["linked"], "risk": 0.9} for c in range(clusters)]}
    t = time.perf_counter()
    first = ingest_flags(db, flags, min_risk=0.6)
    first_s = time.perf_counter() - t
    t = time.perf_counter()
    again = ingest_flags(db, flags, min_risk=0.6)
    again_s = time.perf_counter() - t
    assert again["opened"] == 0
    return {"accounts": accounts, "clusters": clusters, "opened": first["opened"],
            "ingest_s": round(first_s, 3), "cases_per_s": round(first["opened"] / first_s, 1),
            "reingest_s": round(again_s, 3)}


def bench_console(db, members: int, events: int, requests: int) -> dict:
    import httpx
    from sqlalchemy import insert

    from distillguard.config import Settings
    from distillguard.gateway.accounts import create_account
    from distillguard.gateway.app import create_app
    from distillguard.gateway.models import Event
    from distillguard.review.cases import open_case
    from distillguard.review.users import add_user
    from distillguard.testing import serve_in_thread

    ids = [create_account(db, f"console-{i}-{uuid.uuid4().hex[:6]}", "US")[0]
           for i in range(members)]
    now = time.time()
    with db.session() as s:
        s.execute(insert(Event), [
            {"request_id": uuid.uuid4().hex, "ts": now - 86400 + i * 86400 / events,
             "account_id": ids[i % members], "ip": f"203.0.113.{i % 7}", "endpoint": "chat",
             "model": "m", "prompt": f"Solve step by step: problem {i % 40} mail x{i}@ex.com",
             "status": 200 if i % 13 else 429, "prompt_tokens": 20, "completion_tokens": 80}
            for i in range(events)])
    case = open_case(db, "cluster", "bench", {"accounts": ids, "signals": [
        {"name": "cot", "contribution": 0.2}]}, 1, f"bench:{uuid.uuid4().hex}")
    add_user(db, "bench", "bench-password-123", "reviewer")
    settings = Settings(admin_token="b" * 40, gateway={"local_model": False},
                        review={"secret_key": "bench-secret"})
    out = {"members": members, "events": events, "requests": requests}
    with serve_in_thread(create_app(settings, db)) as base:
        c = httpx.Client(base_url=base, headers={"accept": "text/html"}, timeout=60)
        token = re.search(r'name="csrf" value="([^"]+)"', c.get("/console/login").text).group(1)
        c.post("/console/login", data={"username": "bench", "password": "bench-password-123",
                                       "csrf": token})
        for name, path in (("case_page", f"/console/cases/{case.id}"), ("queue", "/console/queue")):
            c.get(path)  # warm
            times = []
            for _ in range(requests):
                t = time.perf_counter()
                r = c.get(path)
                times.append(time.perf_counter() - t)
                assert r.status_code == 200
            out[f"{name}_ms_p50"] = round(pct(times, 0.5) * 1000, 1)
            out[f"{name}_ms_p95"] = round(pct(times, 0.95) * 1000, 1)
    return out


def run(label: str, url: str, args) -> dict:
    from distillguard.store.db import Database

    db = Database(url)
    db.migrate()
    res = {"database": label,
           "audit": bench_audit(db, args.appends, args.chain),
           "decisions": bench_decisions(db, [1, 10, 50], args.repeats),
           "ingest": bench_ingest(db, args.ingest_accounts, args.ingest_clusters)}
    if label == "sqlite":
        res["console"] = bench_console(db, 50, args.events, args.requests)
    db.engine.dispose()
    return res


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=500)
    parser.add_argument("--chain", type=int, default=50000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ingest-accounts", type=int, default=1000)
    parser.add_argument("--ingest-clusters", type=int, default=25)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    from rich.console import Console

    console = Console(stderr=True)
    results = {"machine": f"{os.cpu_count()} CPUs", "params": vars(args), "runs": [],
               "load_average_start": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DISTILLGUARD_HOME"] = tmp
        with console.status("SQLite"):
            results["runs"].append(run("sqlite", f"sqlite:///{tmp}/bench.db", args))
    pg_url = os.environ.get("DISTILLGUARD_TEST_POSTGRES_URL")
    if pg_url:
        from distillguard.testing import scratch_postgres

        with scratch_postgres(pg_url, "dg_bench_review") as url, console.status("PostgreSQL"):
            results["runs"].append(run("postgresql", url, args))
    results["load_average_end"] = round(os.getloadavg()[0], 2)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "review.json").write_text(json.dumps(results, indent=2))
    (RESULTS / "review.md").write_text(markdown(results))
    plot(results, RESULTS / "review.png")
    print(markdown(results))


def markdown(results: dict) -> str:
    lines = ["# Review workflow benchmark", "",
             f"Machine: {results['machine']}, 1-minute load average "
             f"{results.get('load_average_start')} → {results.get('load_average_end')} "
             "(other work shares the machine: treat times as upper bounds). "
             "Command: `.venv/bin/python bench/review.py`.", "",
             "| database | audit append (1 tx each) | verify chain | ingest | "
             "decide 1 / 10 / 50 accounts |", "|---|---|---|---|---|"]
    for r in results["runs"]:
        a, i = r["audit"], r["ingest"]
        d = " / ".join(f"{x['decide_ms_median']} ms" for x in r["decisions"])
        lines.append(
            f"| {r['database']} | {a['append_ms']} ms ({a['append_per_s']}/s) | "
            f"{a['chain']} entries in {a['verify_s']} s ({a['verify_per_s']:.0f}/s) | "
            f"{i['opened']} cases in {i['ingest_s']} s; re-ingest {i['reingest_s']} s | {d} |")
    for r in results["runs"]:
        if "console" in r:
            c = r["console"]
            lines += ["", f"Console over HTTP ({r['database']}, {c['members']}-account cluster, "
                          f"{c['events']} events, {c['requests']} requests each):", "",
                      "| page | p50 | p95 |", "|---|---|---|",
                      f"| case page | {c['case_page_ms_p50']} ms | {c['case_page_ms_p95']} ms |",
                      f"| queue | {c['queue_ms_p50']} ms | {c['queue_ms_p95']} ms |"]
    return "\n".join(lines) + "\n"


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.6))
    for r in results["runs"]:
        xs = [d["accounts"] for d in r["decisions"]]
        ax.plot(xs, [d["decide_ms_median"] for d in r["decisions"]], marker="o",
                label=r["database"])
    ax.set_xlabel("accounts in the decided case")
    ax.set_ylabel("decision latency, median (ms)")
    ax.set_title("Bulk decision cost (state change + audit per account)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


if __name__ == "__main__":
    main()
