"""Campaign families of blind batch 258 (code names: figures and terms of gorodki).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything a
family varies (key counts, orgs, cards, pacing, addresses, user agents, languages, templates,
model choice) is drawn from its own generator, in an order that never depends on a set or on the
string hash seed. The README card (read only after the monitor's single run) describes each one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind258 import texts as tx

#: user agents that the simulator's own background traffic uses most (seen in its output)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
#: languages people in each UTC offset mostly write in (for person-like families)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("en", "de"),
    3: ("ru", "tr"),
    5: ("en",),
    8: ("zh", "en"),
    9: ("ja",),
}


class Buf:
    """Per-account event columns collected before one `ctx.emit`."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.prompts: list[str] = []
        self.comp: list[float] = []
        self.extra: list[int] = []
        self.models: list[str] = []
        self.ips: list[str] = []

    def add(
        self, t: float, prompt: str, comp: float, *, extra: int = 0, model: str = "", ip: str = ""
    ) -> None:
        self.ts.append(float(t))
        self.prompts.append(prompt)
        self.comp.append(float(comp))
        self.extra.append(int(extra))
        self.models.append(model)
        self.ips.append(ip)

    def flush(
        self,
        ctx: Ctx,
        rng: np.random.Generator,
        acct: Acct,
        *,
        p_new: float = 0.9,
        p_mini: float = 0.05,
        sigma: float = 0.55,
        err: float = 0.01,
        ua=None,
    ) -> int:
        if not self.ts:
            return 0
        ts = np.asarray(self.ts)
        drawn = ctx.models(rng, ts, p_new, p_mini)
        models = [m or d for m, d in zip(self.models, drawn, strict=True)]
        ips = [ip or pick(rng, acct.ips) for ip in self.ips]
        return ctx.emit(
            rng,
            acct,
            ts,
            self.prompts,
            models=models,
            ips=ips,
            ua=ua,
            comp_median=np.asarray(self.comp),
            comp_sigma=sigma,
            err=err,
            extra=np.asarray(self.extra, dtype=np.int64),
        )


def wchoice(rng: np.random.Generator, items: Sequence, k: int) -> list:
    """k distinct items in a random order (k clipped to the number of items)."""
    idx = rng.permutation(len(items))[: max(1, min(k, len(items)))]
    return [items[i] for i in idx.tolist()]


def camp_acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def pushka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pushka"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.5)
    cards = [hexid(rng, "pay") for _ in range(1 if one_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    base_ua = sdk_ua(rng, 0.6)
    langs = ["en", *wchoice(rng, tx.REASON_LANGS[1:], irange(rng, 1, 3))]
    lang_w = [3.0] + [float(rng.uniform(0.5, 2.0)) for _ in langs[1:]]
    styles = wchoice(rng, tx.REASON_STYLES, irange(rng, 2, 4))
    accts = []
    for i in range(n_keys):
        ua = base_ua if not chance(rng, 0.2) else sdk_ua(rng)
        accts.append(
            camp_acct(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[0 if one_card else i % n_orgs],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.3)))
    pre_rate, post_rate = float(rng.uniform(10, 30)), float(rng.uniform(60, 130))
    ramp = ctx.release + float(rng.uniform(0.2, 3.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys, curve)
    post = worker_pool(rng, ramp, ctx.t1, post_rate, n_keys, curve)
    comp_med = float(rng.uniform(900, 1500))
    for acct, a, b in zip(accts, pre, post, strict=True):
        buf = Buf()
        for t in np.concatenate([a, b]).tolist():
            buf.add(
                t,
                tx.reasoning_prompt(rng, pick(rng, styles), tx.wpick(rng, langs, lang_w)),
                comp_med,
            )
        buf.flush(ctx, rng, acct, p_new=0.95, p_mini=0.02, sigma=0.5, err=0.05)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": one_card,
            "ip_source": f"rented {provider} block",
            "languages": langs,
            "styles": styles,
            "pacing": "Poisson worker pool, ramps up at release",
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scheduled batch jobs


def zvezda(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zvezda"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range((n_keys + 1) // 2)]
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        camp_acct(ctx, rng, fam, cid, "grader", org=org, pay=cards[i // 2], ua=ua, ips=nat)
        for i in range(n_keys)
    ]
    styles = wchoice(
        rng, ("rubric_json", "pairwise", "reward_scalar", "checklist"), irange(rng, 2, 4)
    )
    langs = ["en"] + (["de"] if chance(rng, 0.4) else []) + (["ja"] if chance(rng, 0.3) else [])
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    job_rate = float(rng.uniform(1.0, 2.5))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        job_rate * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.3),
    )
    trains = bursts(rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(0.6, 2.5)), b=ctx.t1)
    bufs = [Buf() for _ in accts]
    for train in trains:
        style = pick(rng, styles)
        lang = pick(rng, langs) if style == "rubric_json" else "en"
        off = irange(rng, 0, n_keys - 1)
        for j, t in enumerate(train.tolist()):
            prompt = tx.judge_prompt(
                rng,
                style,
                tx.chat_line(rng, ctx.chat, 500),
                tx.snippet(rng, ctx.passages, 300, 1200),
                tx.snippet(rng, ctx.passages, 300, 1200),
                lang,
            )
            bufs[(off + j) % n_keys].add(t, prompt, 220.0 if style != "reward_scalar" else 120.0)
    for acct, buf in zip(accts, bufs, strict=True):
        buf.flush(ctx, rng, acct, p_new=0.9, p_mini=0.03, sigma=0.5, err=0.03)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "cards": len(cards),
            "ip_source": f"{provider} NAT",
            "styles": styles,
            "languages": langs,
            "pacing": "scheduled batch bursts",
            "jobs_per_hour": round(job_rate, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through churning keys on stolen cards and VPN exits


def strela(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "strela"
    n_keys = irange(rng, 10, 22)
    vpn_providers = wchoice(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"), 2)
    exits = [ip for p in vpn_providers for ip in cloud(rng, irange(rng, 15, 35), p)]
    langs = wchoice(rng, tx.POLICY_LANGS, irange(rng, 3, 5))
    lang_w = [float(rng.uniform(0.5, 3.0)) for _ in langs]
    styles = wchoice(rng, tx.POLICY_STYLES, irange(rng, 2, 4))
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for _ in range(n_keys):
        if t >= ctx.t1:
            break
        life = float(rng.uniform(8, 36)) * HOUR
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
        )
        pool = picks(rng, exits, irange(rng, 4, 8))
        acct = camp_acct(ctx, rng, fam, cid, "burner", ua=ua, ips=pool)
        accts.append(acct)
        rate = float(rng.uniform(15, 45))
        end = min(t + life, ctx.t1)
        ts = thinned(rng, t, end, rate * (end - t) / HOUR, lambda x: np.ones(len(x)))
        ips = sticky(rng, ts, pool, float(rng.uniform(20, 90)) * MINUTE)
        buf = Buf()
        for tt, ip in zip(ts.tolist(), ips, strict=True):
            buf.add(
                tt,
                tx.policy_prompt(
                    rng, pick(rng, styles), tx.wpick(rng, langs, lang_w), ctx.passages, ctx.chat
                ),
                420.0,
                ip=ip,
            )
        buf.flush(ctx, rng, acct, p_new=0.8, p_mini=0.05, err=0.07)
        t += life * float(rng.uniform(0.4, 0.9))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites and triage",
            "keys": len(accts),
            "cards": "one stolen card per key",
            "ip_source": f"VPN exits ({', '.join(vpn_providers)})",
            "languages": langs,
            "styles": styles,
            "pacing": "overlapping short-lived keys, constant rate while alive",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from an autoscaled cloud pool


def kolodets(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kolodets"
    n_keys = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    pool = cloud(rng, irange(rng, 6, 20), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        camp_acct(ctx, rng, fam, cid, "agent_worker", org=org, pay=pay, ua=ua, ips=pool)
        for _ in range(n_keys)
    ]
    styles = wchoice(rng, ("react", "json_calls", "planner"), irange(rng, 1, 3))
    domains = wchoice(rng, tx.AGENT_DOMAINS, irange(rng, 3, 7))
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    ep_rate = float(rng.uniform(8, 18))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        ep_rate * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.15),
    )
    bufs = [Buf() for _ in accts]
    base_extra = irange(rng, 600, 1800)
    lat = float(rng.uniform(3, 9))
    for s in starts.tolist():
        k = irange(rng, 3, 12)
        prompts = tx.agent_episode(rng, pick(rng, domains), pick(rng, styles), k)
        ts = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(lat), 0.6, size=len(prompts) - 1))]
        )
        buf = bufs[int(rng.integers(n_keys))]
        for j, (t, p) in enumerate(zip(ts.tolist(), prompts, strict=True)):
            buf.add(t, p, 170.0, extra=base_extra + j * irange(rng, 150, 400))
    for acct, buf in zip(accts, bufs, strict=True):
        buf.flush(ctx, rng, acct, p_new=0.92, p_mini=0.03, sigma=0.6, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n_keys,
            "ip_source": f"{provider} autoscaled pool",
            "styles": styles,
            "domains": domains,
            "pacing": "episodes of chained steps",
            "episodes_per_hour": round(ep_rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation (self-instruct, personas, evolution, dialogues)


def vilka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vilka"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = [
        camp_acct(
            ctx, rng, fam, cid, "generator", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    langs = ["en", *wchoice(rng, tx.SYNTH_LANGS[1:], irange(rng, 1, 3))]
    lang_w = [2.0] + [float(rng.uniform(0.4, 1.5)) for _ in langs[1:]]
    styles = wchoice(rng, tx.SYNTH_STYLES, irange(rng, 2, 4))
    mode = pick(rng, ("steady", "nightly"))
    op_tz = pick(rng, TZS)
    start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    if mode == "steady":
        rate, curve = float(rng.uniform(25, 50)), (lambda x: np.ones(len(x)))
    else:
        rate, curve = (
            float(rng.uniform(60, 110)),
            nightly(float(rng.uniform(18, 23)), float(rng.uniform(6, 10)), op_tz),
        )
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    comp = float(rng.uniform(1600, 2600))
    for acct, ts in zip(accts, streams, strict=True):
        buf = Buf()
        for t in ts.tolist():
            buf.add(
                t,
                tx.synth_prompt(rng, pick(rng, styles), tx.wpick(rng, langs, lang_w), ctx.chat),
                comp,
            )
        buf.flush(ctx, rng, acct, p_new=0.97, p_mini=0.01, sigma=0.35, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "ip_source": f"{provider} droplets",
            "languages": langs,
            "styles": styles,
            "pacing": mode,
            "rate_per_hour": round(rate, 1),
            "operator_tz": op_tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling: each item sent n times in a tight burst


def samolyot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "samolyot"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("ovh", "scaleway", "hetzner"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    styles = wchoice(rng, tx.SOFT_STYLES, irange(rng, 2, 4))
    ns, nw = (4, 8, 16), [float(x) for x in rng.dirichlet([2.0, 2.0, 1.0])]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    item_rate = float(rng.uniform(8, 18))
    items = thinned(
        rng,
        start,
        ctx.t1,
        item_rate * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.2),
    )
    comp_of = {"label_probs": 60.0, "nli": 70.0, "sample_solution": 520.0, "continuation": 130.0}
    bufs = [Buf() for _ in accts]
    old, new = ctx.old_models[0], ctx.new_model
    for i, s in enumerate(items.tolist()):
        style = pick(rng, styles)
        n = tx.wpick(rng, ns, nw)
        prompt = tx.softlabel_prompt(rng, style, ctx.chat, ctx.passages)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.15), 0.5, size=n - 1))])
        model = new if (s >= ctx.release and chance(rng, 0.85)) else old
        for t in ts.tolist():
            bufs[i % n_keys].add(t, prompt, comp_of[style], model=model)
    for acct, buf in zip(accts, bufs, strict=True):
        buf.flush(ctx, rng, acct, sigma=0.45, err=0.04)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "ip_source": provider,
            "styles": styles,
            "n_weights": [round(x, 3) for x in nw],
            "items_per_hour": round(item_rate, 1),
            "pacing": "n copies per item",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. code curriculum sweep across front organisations (hourly cron jobs)


def artilleriya(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "artilleriya"
    n_orgs = irange(rng, 2, 3)
    providers = wchoice(rng, ("aws", "linode", "digitalocean", "gcp", "oracle"), n_orgs)
    uas = wchoice(
        rng,
        ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/Python 1.58.1", "ruby-openai/7.3.1"),
        n_orgs,
    )
    style_of_org = [int(s) for s in rng.permutation(3)[:n_orgs]]
    orgs: list[list[Acct]] = []
    for o in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), providers[o])
        orgs.append(
            [
                camp_acct(ctx, rng, fam, cid, f"front_{o}", org=org, pay=pay, ua=uas[o], ips=ips)
                for _ in range(irange(rng, 2, 4))
            ]
        )
    grid = [
        (lg, tp, tk, lv)
        for lg in tx.CODE_LANGS
        for tp in tx.CODE_TOPICS
        for tk in tx.CODE_TASKS
        for lv in tx.CODE_LEVELS
    ]
    order = rng.permutation(len(grid)).tolist()
    order.sort(
        key=lambda i: tx.CODE_LEVELS.index(grid[i][3])
    )  # curriculum: all beginner cells first
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    minute = [float(rng.uniform(0, 59)) for _ in range(n_orgs)]
    chunk = irange(rng, 15, 45)
    pos = 0
    bufs = [[Buf() for _ in accts] for accts in orgs]
    hour = np.floor(start / HOUR) * HOUR
    while hour < ctx.t1 and pos < len(order):
        for o in range(n_orgs):
            t = hour + minute[o] * MINUTE
            for j in range(chunk):
                if pos >= len(order):
                    break
                lg, tp, tk, lv = grid[order[pos]]
                pos += 1
                t += float(rng.lognormal(np.log(2.0), 0.5))
                bufs[o][j % len(orgs[o])].add(
                    t, tx.code_prompt(rng, lg, tp, tk, lv, style_of_org[o]), 700.0
                )
        hour += HOUR
    accts_all = [a for accts in orgs for a in accts]
    for accts, bs in zip(orgs, bufs, strict=True):
        for acct, buf in zip(accts, bs, strict=True):
            buf.flush(ctx, rng, acct, p_new=0.9, p_mini=0.02, sigma=0.45, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts_all,
        {
            "operation": "code curriculum sweep",
            "front_orgs": n_orgs,
            "providers": providers,
            "user_agents": uas,
            "grid_cells": len(grid),
            "cells_sent": pos,
            "chunk_per_hour_per_org": chunk,
            "pacing": "hourly cron bursts",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden in a real study-helper product's own traffic


def chasovye(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chasovye"
    n_keys = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, BG_SDK[:2])
    accts = [
        camp_acct(ctx, rng, fam, cid, "product_key", org=org, pay=pay, ua=ua, ips=backend)
        for _ in range(n_keys)
    ]
    key_w = [float(x) for x in rng.dirichlet([6.0] + [1.0] * (n_keys - 1))] if n_keys > 1 else [1.0]
    curve = global_load(float(rng.uniform(12, 23)), float(rng.uniform(0.6, 0.85)))
    per_day = float(rng.uniform(250, 480))
    ratio = float(rng.uniform(0.4, 0.9))
    subjects = wchoice(rng, tx.SUBJECT_NAMES, irange(rng, 5, 9))
    users = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    h_start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    harvest = thinned(rng, h_start, ctx.t1, ratio * per_day * (ctx.t1 - h_start) / DAY, curve)
    switch = ctx.release + float(rng.uniform(2, 20)) * HOUR
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    bufs = [Buf() for _ in accts]
    for t in users.tolist():
        p = (
            tx.study_app_question(rng, subjects)
            if chance(rng, 0.2)
            else tx.chat_line(rng, ctx.chat, 1200)
        )
        m = new if t >= switch else (mini if chance(rng, 0.1) else old)
        bufs[tx.wpick(rng, range(n_keys), key_w)].add(t, p, 350.0, model=m)
    for t in harvest.tolist():
        p = (
            tx.study_app_question(rng, subjects)
            if chance(rng, 0.7)
            else tx.casual_question(rng, "en", subjects)
        )
        m = new if t >= switch else (mini if chance(rng, 0.1) else old)
        bufs[tx.wpick(rng, range(n_keys), key_w)].add(t, p, 620.0, model=m)
    for acct, buf in zip(accts, bufs, strict=True):
        buf.flush(ctx, rng, acct, sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest blended into a real product's traffic",
            "keys": n_keys,
            "ip_source": "product backend (aws)",
            "user_events_per_day": round(per_day),
            "harvest_ratio": round(ratio, 2),
            "harvest_from": h_start,
            "model_switch": switch,
            "subjects": subjects,
            "pacing": "product's own global load curve",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged accounts, each behind a residential proxy in its original country


def pismo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pismo"
    n = irange(rng, 12, 24)
    accts = []
    warm_rate = float(rng.uniform(0.5, 1.5))
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANG_OF_TZ[tz])
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, BG_SDK)
        acct = camp_acct(
            ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.05)
        buf = Buf()
        for s in session_times(rng, ctx.t0, ctx.release, warm_rate, curve, 3.0, 70.0):
            for t in s.tolist():
                buf.add(t, tx.chat_line(rng, ctx.chat, 800), 350.0)
        go = ctx.release + float(rng.uniform(0, 10)) * HOUR
        for s in session_times(
            rng,
            go,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(6, 12)),
            float(rng.uniform(35, 90)),
        ):
            for t in s.tolist():
                p = (
                    tx.casual_question(rng, lang if lang in tx.CASUAL_LANGS else "en")
                    if chance(rng, 0.85)
                    else tx.chat_line(rng, ctx.chat, 800)
                )
                buf.add(t, p, 650.0)
        buf.flush(ctx, rng, acct, p_new=0.65, p_mini=0.12, sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanations harvested through bought aged accounts",
            "accounts": n,
            "ip_source": "residential proxy per account, in its own region",
            "cards": "each account its own",
            "pacing": "human-like sessions, warm-up before release",
            "warm_sessions_per_day": round(warm_rate, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow crowd of paid micro-task workers pasting the operator's task list


def raketka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "raketka"
    n = irange(rng, 40, 70)
    instruction = pick(rng, tx.CROWD_INSTRUCTIONS)
    subjects = wchoice(rng, tx.SUBJECT_NAMES, irange(rng, 6, 10))
    opening = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    tz_pool, tz_w = (5, 8, -3, 1, 3, 2, -5), [3.0, 2.0, 2.0, 1.0, 1.0, 1.0, 0.5]
    accts = []
    for _ in range(n):
        tz = tx.wpick(rng, tz_pool, tz_w)
        ua = pick(rng, MOBILE) if chance(rng, 0.45) else pick(rng, BG_BROWSERS + BROWSERS)
        acct = camp_acct(
            ctx, rng, fam, cid, "crowd_worker", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(acct)
        join = opening + float(rng.uniform(0, 0.6)) * (ctx.t1 - opening)
        habit = irange(rng, 0, 4)
        buf = Buf()
        for s in session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.7, 2.5)),
            evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 240)),
        ):
            for t in s.tolist():
                buf.add(
                    t, tx.crowd_paste(rng, tx.crowd_task(rng, subjects, instruction), habit), 650.0
                )
        buf.flush(ctx, rng, acct, p_new=0.85, p_mini=0.05, sigma=0.5, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of paid workers pasting a shared task list",
            "workers": n,
            "instruction": instruction,
            "subjects": subjects,
            "ip_source": "workers' own home broadband / phones",
            "cards": "each worker their own",
            "pacing": "evening sessions, staggered joins",
            "opening": opening,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay (a public chat dataset, sharded) through a residential proxy pool


def serp(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "serp"
    n = irange(rng, 15, 30)
    pool = resi(rng, irange(rng, 150, 300), "*")
    cards = [hexid(rng, "pay") for _ in range(max(1, n // 3))]
    order = rng.permutation(len(ctx.chat)).tolist()
    shard = len(order) // n
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    peak = float(rng.uniform(0, 24))
    accts = []
    for i in range(n):
        acct = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            pay=pick(rng, cards),
            ua=pick(rng, BG_BROWSERS),
            ips=pool,
        )
        accts.append(acct)
        s0 = start + float(rng.uniform(0, 8)) * HOUR
        sessions = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(4, 9)),
            global_load(peak, 0.4),
            float(rng.uniform(5, 12)),
            float(rng.uniform(25, 80)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        ips = sticky(rng, ts, pool, float(rng.uniform(600, 1800)))
        mine = order[i * shard : (i + 1) * shard]
        buf = Buf()
        for j, (t, ip) in enumerate(zip(ts.tolist(), ips, strict=True)):
            buf.add(t, ctx.chat[mine[j % len(mine)]], 380.0, ip=ip)
        buf.flush(ctx, rng, acct, p_new=0.8, p_mini=0.08, sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public chat-dataset replay",
            "accounts": n,
            "cards": len(cards),
            "ip_source": "rotating residential proxy pool",
            "proxy_pool": len(pool),
            "start": start,
            "pacing": "human-like sessions on a global curve",
            "prompts": "dataset shard per account, in order",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: leaked developer keys, multi-turn dialogue harvest at the owners' night


def kolenval(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kolenval"
    n = irange(rng, 4, 8)
    if chance(rng, 0.5):
        attacker = cloud(rng, irange(rng, 3, 8), pick(rng, ("vultr", "m247", "digitalocean")))
        infra = "hosting"
    else:
        attacker = resi(rng, 40, pick(rng, ("us", "eu", "sea")))
        infra = "residential proxies"
    copy_ua = chance(rng, 0.5)
    langs = ["en", *wchoice(rng, tx.FOLLOW_LANGS[1:], irange(rng, 0, 2))]
    accts = []
    leaks = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_SDK)
        acct = camp_acct(ctx, rng, fam, cid, "compromised_key", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        buf = Buf()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz), 4.0, 90.0
        ):
            for t in s.tolist():
                buf.add(t, tx.dev_question(rng, ctx.chat), 350.0)
        buf.flush(ctx, rng, acct, p_new=0.3, p_mini=0.2, sigma=0.6, err=0.01)
        leak = ctx.t0 + float(rng.uniform(0.5, 4.5)) * DAY
        leaks.append(leak)
        hv = Buf()
        starts = thinned(
            rng,
            leak,
            ctx.t1,
            float(rng.uniform(8, 25)) * (ctx.t1 - leak) / DAY,
            nightly(float(rng.uniform(0, 2)), float(rng.uniform(5, 7)), tz),
        )
        ip = pick(rng, attacker)
        lang = pick(rng, langs)
        for s in starts.tolist():
            k = irange(rng, 4, 10)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.5, size=k - 1))]
            )
            hist = 0
            for j, t in enumerate(ts.tolist()):
                p = tx.chat_line(rng, ctx.chat, 800) if j == 0 else pick(rng, tx.FOLLOWUPS[lang])
                hv.add(t, p, 450.0, extra=hist, ip=ip)
                hist += irange(rng, 300, 700)
            if chance(rng, 0.3):
                ip = pick(rng, attacker)
                lang = pick(rng, langs)
        hv.flush(
            ctx,
            rng,
            acct,
            p_new=0.92,
            p_mini=0.02,
            sigma=0.5,
            err=0.02,
            ua=acct.ua if copy_ua else "python-requests/2.32.3",
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest through leaked keys",
            "keys": n,
            "attacker_infra": infra,
            "copies_owner_user_agent": copy_ua,
            "languages": langs,
            "leak_times": leaks,
            "pacing": "scripted dialogues at the owner's local night, on top of the owner's own use",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "pushka": pushka,
    "zvezda": zvezda,
    "strela": strela,
    "kolodets": kolodets,
    "vilka": vilka,
    "samolyot": samolyot,
    "artilleriya": artilleriya,
    "chasovye": chasovye,
    "pismo": pismo,
    "raketka": raketka,
    "serp": serp,
    "kolenval": kolenval,
}
