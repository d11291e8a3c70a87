"""CPU per proxied call for the gateway's upstream hop: our httptools pool vs aiohttp vs httpx.

Each client POSTs the same chat request to the bench stub (its own process) N times at a fixed
concurrency, in this process under uvloop; we report this process's CPU time and wall time per
call. This is the hop whose cost decides most of the gateway's added latency
(bench/gateway.py), which is why the gateway does not use httpx or aiohttp for it.

Usage: python bench/upstream_client.py [--calls 3000] [--concurrency 1 8]
(aiohttp / httpx-aiohttp are the `bench` extra: pip install -e '.[bench]'; missing ones are
reported as such.) Writes bench/results/upstream_client.{json,md}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gateway import BODY, RESULTS, free_port, start_stub, stop  # noqa: E402

PAYLOAD = json.dumps(BODY).encode()


async def timed(call, calls: int, concurrency: int) -> dict:
    for _ in range(50):
        await call()
    sem = asyncio.Semaphore(concurrency)

    async def one():
        async with sem:
            await call()

    cpu0, wall0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"cpu_us": round(cpu / calls * 1e6, 1), "wall_us": round(wall / calls * 1e6, 1)}


async def clients(base: str):
    """(name, make) pairs; make() → (call, close) or raises ImportError."""

    async def ours():
        from distillguard.gateway.upstream import UpstreamPool

        backend = UpstreamPool(base)

        async def call():
            reply = await backend.post("/chat/completions", PAYLOAD)
            assert reply.status == 200
        return call, backend.close

    async def aiohttp_session():
        import aiohttp

        session = aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar())
        url = base + "/chat/completions"

        async def call():
            async with session.post(url, data=PAYLOAD,
                                    headers={"content-type": "application/json"}) as r:
                await r.read()
                assert r.status == 200
        return call, session.close

    async def httpx_aiohttp():
        from httpx_aiohttp import HttpxAiohttpClient

        client = HttpxAiohttpClient(base_url=base)

        async def call():
            r = await client.post("/chat/completions", content=PAYLOAD,
                                  headers={"content-type": "application/json"})
            assert r.status_code == 200
        return call, client.aclose

    async def httpx_httpcore():
        import httpx

        client = httpx.AsyncClient(base_url=base)

        async def call():
            r = await client.post("/chat/completions", content=PAYLOAD,
                                  headers={"content-type": "application/json"})
            assert r.status_code == 200
        return call, client.aclose

    return [("distillguard upstream (httptools pool)", ours), ("aiohttp ClientSession", aiohttp_session),
            ("httpx on httpx-aiohttp transport", httpx_aiohttp),
            ("httpx AsyncClient (httpcore)", httpx_httpcore)]


async def run(base: str, calls: int, levels: list[int]) -> list[dict]:
    rows = []
    for name, make in await clients(base):
        row: dict = {"client": name}
        try:
            call, close = await make()
        except ImportError as exc:
            row["error"] = f"not installed ({exc.name})"
            rows.append(row)
            print(f"{name}: {row['error']}", flush=True)
            continue
        for level in levels:
            row[f"c{level}"] = await timed(call, calls, level)
        await close()
        rows.append(row)
        print(row, flush=True)
    return rows


def markdown(result: dict) -> str:
    levels = result["concurrency"]
    head = " | ".join(f"CPU µs @{c} | wall µs @{c}" for c in levels)
    lines = [
        "# Upstream hop: CPU per proxied call",
        "",
        f"Machine: {result['machine']}. Command: `python bench/upstream_client.py` "
        f"({result['calls']} calls per cell against the bench stub in its own process; uvloop).",
        "",
        f"| client | {head} |",
        "|---|" + "---:|" * (2 * len(levels)),
    ]
    for row in result["rows"]:
        if "error" in row:
            lines.append(f"| {row['client']} | {row['error']} |" + " |" * (2 * len(levels) - 1))
            continue
        cells = " | ".join(f"{row[f'c{c}']['cpu_us']:.0f} | {row[f'c{c}']['wall_us']:.0f}"
                           for c in levels)
        lines.append(f"| {row['client']} | {cells} |")
    lines += ["", "Runs on this shared VM vary by ±30%; the ordering has been stable.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    port = free_port()
    stub = start_stub(port)
    try:
        rows = asyncio.run(run(f"http://127.0.0.1:{port}/v1", args.calls, args.concurrency))
    finally:
        stop(stub)
    result = {"benchmark": "upstream_client", "calls": args.calls,
              "concurrency": args.concurrency, "rows": rows,
              "machine": f"{os.cpu_count()} CPU cores, {platform.machine()}, Python "
                         f"{platform.python_version()}"}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "upstream_client.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "upstream_client.md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
