"""Campaign families of blind batch 131 (code names from underwater hockey).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes its
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts, orgs,
cards, pacing, addresses, user agents, languages, template styles, start times, model choice) is
drawn from the family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind131 import texts

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _styles(rng: Rng, n_styles: int, lo: int, hi: int) -> list[int]:
    k = min(n_styles, irange(rng, lo, hi))
    return sorted(int(x) for x in rng.choice(n_styles, size=k, replace=False))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion over a curriculum sweep, from a rented hosting block


def octopush(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "octopush"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = pick(
        rng,
        (
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = _styles(rng, 7, 2, 4)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    per_hour = float(rng.uniform(110, 210))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, constant)
    # the sweep: subjects in blocks, levels rising every full pass, in global time order
    all_ts = np.concatenate(streams)
    rank = np.empty(len(all_ts), dtype=np.int64)
    rank[np.argsort(all_ts, kind="stable")] = np.arange(len(all_ts))
    block = irange(rng, 40, 120)
    subjects = [str(s) for s in rng.permutation(texts.SUBJECTS)]
    p_new = float(rng.uniform(0.86, 0.98))
    off = 0
    for i, (a, ts) in enumerate(zip(accts, streams, strict=True)):
        r = rank[off : off + len(ts)]
        off += len(ts)
        st = styles[i % len(styles)]
        prompts = [
            texts.reasoning_trace(
                rng,
                st,
                subjects[(j // block) % len(subjects)],
                1 + (j // (block * len(subjects))) % 10,
            )
            for j in r.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion over a subject x level curriculum sweep",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} block",
            "pacing": f"poisson worker pool {per_hour:.0f}/h",
            "user_agent": ua,
            "styles": styles,
            "languages": sorted(
                {"en"}
                | ({"zh"} if 4 in styles else set())
                | ({"ru"} if 5 in styles else set())
                | ({"es"} if 6 in styles else set())
            ),
            "start": start,
            "p_new": p_new,
            "sweep_block": block,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in nightly bursts, one cloud key per stolen card


def pusher(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pusher"
    n_keys = irange(rng, 6, 12)
    tz = pick(rng, (3, 5, 8))
    styles = _styles(rng, 6, 3, 5)
    per_key_ua = chance(rng, 0.5)
    shared_ua = pick(rng, SDK_COMMON[:3])
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for i in range(n_keys):
        prov = pick(rng, ("aws", "gcp", "azure"))
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            ua=pick(rng, SDK_COMMON[:3]) if per_key_ua else shared_ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        night_start = float(rng.uniform(0, 3))
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)) * (ctx.t1 - start) / DAY,
            nightly(night_start, float(rng.uniform(4, 7)), tz),
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(50, 140)), float(rng.uniform(2, 6)), 0.6, ctx.t1)
        )
        st = [styles[(i + k) % len(styles)] for k in range(2)]
        prompts = [texts.judge(rng, pick(rng, st), ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=float(rng.uniform(250, 420)),
            err=float(rng.uniform(0.02, 0.08)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise judge, rubric grading and reward-model scoring of public replies",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "one stolen card per key",
            "ip_source": "one cloud VM per key (aws/gcp/azure)",
            "pacing": f"nightly bursts, operator UTC{tz:+d}",
            "user_agent": "per key" if per_key_ua else shared_ua,
            "styles": styles,
            "languages": sorted(
                {"en"} | ({"de"} if 3 in styles else set()) | ({"es"} if 4 in styles else set())
            ),
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites, slow steady keys behind rotating VPN exits


def flick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "flick"
    n_keys, n_orgs = irange(rng, 10, 16), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = [
        str(p)
        for p in rng.choice(["m247", "leaseweb", "vultr", "ovh", "linode"], size=2, replace=False)
    ]
    vpn = cloud(rng, irange(rng, 20, 45), provs[0]) + cloud(rng, irange(rng, 15, 35), provs[1])
    hold = float(rng.uniform(20, 90)) * MINUTE
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    styles = _styles(rng, 6, 3, 6)
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    p_new = float(rng.uniform(0.75, 0.92))
    accts = []
    for i in range(n_keys):
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=vpn,
        )
        accts.append(a)
        rate = float(rng.uniform(3, 9))
        ts = thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            constant,
        )
        my = picks(rng, styles, 2)
        prompts = [
            texts.policy_rewrite(rng, pick(rng, my), ctx.passages, ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.04),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusal-safe answers",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"VPN exits on {provs}, sticky {hold / MINUTE:.0f} min",
            "pacing": "slow steady 3-9/h per key",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en", "ru", "zh"],
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts, episodes of growing history


def dribble(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dribble"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = _styles(rng, 3, 2, 3)
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    rate = float(rng.uniform(8, 14))
    p_new = float(rng.uniform(0.88, 0.98))
    gap = float(rng.uniform(4, 9))
    accts = [
        _acct(ctx, rng, fam, cid, "agent_runner", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    for i, (a, starts) in enumerate(
        zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True)
    ):
        st = styles[i % len(styles)]
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = texts.agent_task(rng)
            tools = [
                str(t) for t in rng.choice(list(texts.TOOLS), size=irange(rng, 3, 5), replace=False)
            ]
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.agent_step(rng, st, task, tools, step))
                extra.append(300 + 160 * step if st == 1 else 60 * step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(140, 260)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (ReAct, function-calling, XML steps)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "2-4 cloud egress IPs",
            "pacing": f"episodes {rate:.1f}/h over the pool, steps {gap:.1f}s apart",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation, nightly batches from Chinese clouds


def gully(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gully"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    styles = _styles(rng, 5, 3, 5)
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    p_new = float(rng.uniform(0.9, 0.99))
    accts = []
    for i in range(n_keys):
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            1.2 * (ctx.t1 - start) / DAY,
            nightly(float(rng.uniform(22, 24)), 6, 8),
        )
        night = _cat(
            bursts(
                rng, starts, float(rng.uniform(60, 150)), float(rng.uniform(15, 45)), 0.4, ctx.t1
            )
        )
        day = thinned(
            rng, start, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - start) / HOUR, workday(8)
        )
        ts = np.sort(np.concatenate([night, day]))
        prompts = [texts.dataset_gen(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.01),
            comp_median=float(rng.uniform(1500, 2600)),
            comp_sigma=0.4,
            err=float(rng.uniform(0.01, 0.04)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / QA / persona / dialogue dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": f"{len(cards)} corporate card(s)",
            "ip_source": f"one {prov} VM per key",
            "pacing": "nightly batches (UTC+8) plus a daytime trickle",
            "user_agent": ua,
            "styles": styles,
            "languages": sorted(
                {"en"} | ({"zh"} if 1 in styles else set()) | ({"ja"} if 3 in styles else set())
            ),
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest through residential proxies, fresh accounts on reused stolen cards


def puck(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "puck"
    n_keys = irange(rng, 20, 35)
    cards = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 3, 6)))]
    regions = [
        str(r)
        for r in rng.choice(
            ["us", "eu", "latam", "in", "sea", "ca"], size=irange(rng, 2, 3), replace=False
        )
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 120, 250), r)]
    langs = ["en"] + [
        str(x) for x in rng.choice(["zh", "es", "ru", "pt"], size=irange(rng, 1, 3), replace=False)
    ]
    start = ctx.release + float(rng.uniform(0, 12)) * HOUR
    p_new = float(rng.uniform(0.82, 0.95))
    think = float(rng.uniform(15, 40))
    accts = []
    for i in range(n_keys):
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_bot",
            pay=cards[i % len(cards)],
            ua=pick(rng, SDK_COMMON),
            ips=pool,
        )
        accts.append(a)
        lang = pick(rng, langs)
        hold = float(rng.uniform(10, 30)) * MINUTE
        conv = thinned(
            rng,
            start + float(rng.uniform(0, 1)) * DAY,
            ctx.t1,
            float(rng.uniform(5, 12)) * (ctx.t1 - start) / DAY,
            constant,
        )
        ts_all, prompts, extra = [], [], []
        for s in conv.tolist():
            k = irange(rng, 4, 8)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(think), 0.5, size=k - 1))]
            )
            for turn, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(
                    texts.opener(rng, lang, ctx.chat) if turn == 0 else texts.follow_up(rng, lang)
                )
                extra.append(450 * turn)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(380, 620)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: an opener then 3-7 generic follow-ups",
            "keys": n_keys,
            "orgs": "one per key (fresh sign-ups)",
            "payment": f"{len(cards)} stolen cards reused across keys",
            "ip_source": f"residential proxy pool {regions}, sticky 10-30 min",
            "pacing": f"conversations, {think:.0f}s turns",
            "user_agent": "SDK per key",
            "languages": langs,
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def snorkel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "snorkel"
    n_keys = irange(rng, 5, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "vultr", "linode"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "OpenAI/Python 1.58.1"))
    styles = _styles(rng, 4, 3, 4)
    start = ctx.release + float(rng.uniform(-12, 6)) * HOUR
    rate = float(rng.uniform(30, 60))
    n_best = irange(rng, 4, 8)
    p_new = float(rng.uniform(0.9, 0.99))
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=org, pay=card, ua=ua, ips=cloud(rng, 1, prov))
        for _ in range(n_keys)
    ]
    for a, items in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts = [], []
        for s in items.tolist():
            st = pick(rng, styles)
            p = texts.soft_label(rng, st, ctx.chat)
            k = n_best if st >= 2 else irange(rng, 1, 2)
            t = s + np.cumsum(rng.exponential(0.6, size=k))
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.01),
            comp_median=float(rng.uniform(300, 520)),
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling of one prompt and soft-label (probability) elicitation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one prepaid card",
            "ip_source": f"one {prov} VM per key",
            "pacing": f"items {rate:.0f}/h, {n_best} parallel samples each",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "start": start,
            "p_new": p_new,
            "n_best": n_best,
        },
    )


# --------------------------------------------------------------------------------------------
# code harvest from CI runners


def free_puck(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "free_puck"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    runners = cloud(rng, irange(rng, 60, 200), "azure")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.85.1"))
    styles = _styles(rng, 4, 2, 4)
    start = ctx.release + float(rng.uniform(0, 1)) * HOUR
    p_new = float(rng.uniform(0.88, 0.97))
    every = pick(rng, (30, 60, 60, 120)) * MINUTE
    accts = []
    for _ in range(n_keys):
        a = _acct(ctx, rng, fam, cid, "ci_job", org=org, pay=card, ua=ua, ips=runners)
        accts.append(a)
        minute = float(rng.uniform(0, every))
        cron = np.arange(np.ceil((start - minute) / every) * every + minute, ctx.t1, every)
        cron = cron[rng.random(len(cron)) < 0.8]
        cron = cron + rng.uniform(5, 90, size=len(cron))
        ts = _cat(
            bursts(rng, cron, float(rng.uniform(10, 28)), float(rng.uniform(1.5, 4)), 0.5, ctx.t1)
        )
        prompts = [texts.code_task(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=picks(rng, runners, len(ts)),
            comp_median=float(rng.uniform(700, 1200)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest: implementations, ports between languages, solutions with tests",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "hosted CI runners (azure), a new IP per job",
            "pacing": f"cron every {every / MINUTE:.0f} min, bursts",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "start": start,
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a harvest hidden inside a real writing-assistant product's traffic


def breath_hold(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "breath_hold"
    app = pick(rng, ("Inkwell Pro", "Scribelane", "Draftmate", "Parafine", "Wordtide"))
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(13, 20))
    load = global_load(peak, float(rng.uniform(0.5, 0.75)))
    prod_rate = float(rng.uniform(25, 45))
    harvest_start = ctx.release + float(rng.uniform(2, 14)) * HOUR
    harvest_rate = float(rng.uniform(9, 18))
    p_new_h = float(rng.uniform(0.6, 0.85))
    accts = [
        _acct(ctx, rng, fam, cid, "product_key", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.full(n_keys, 3.0))
    for a, sh in zip(accts, share.tolist(), strict=True):
        ts_p = thinned(rng, ctx.t0, ctx.t1, prod_rate * sh * (ctx.t1 - ctx.t0) / HOUR, load)
        pr_p = [
            texts.writing_app(rng, app, texts.snippet(rng, pick(rng, ctx.chat), 20, 1200))
            for _ in range(len(ts_p))
        ]
        ctx.emit(rng, a, ts_p, pr_p, models=ctx.models(rng, ts_p, 0.12, 0.3), comp_median=300.0)
        ts_h = thinned(
            rng, harvest_start, ctx.t1, harvest_rate * sh * (ctx.t1 - harvest_start) / HOUR, load
        )
        pr_h = [
            texts.writing_app(rng, app, texts.hidden_harvest_text(rng), "Answer the question")
            for _ in range(len(ts_h))
        ]
        ctx.emit(rng, a, ts_h, pr_h, models=ctx.models(rng, ts_h, p_new_h, 0.05), comp_median=600.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explainer and reasoning harvest injected into a real writing-assistant product's API traffic",
            "keys": n_keys,
            "orgs": 1,
            "payment": "the company's long-standing card",
            "ip_source": "product backend NAT (aws)",
            "pacing": f"product load {prod_rate:.0f}/h all week; harvest {harvest_rate:.0f}/h on the same curve",
            "user_agent": ua,
            "app": app,
            "languages": ["en"],
            "harvest_start": harvest_start,
            "p_new_harvest": p_new_h,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts, geo-matched residential proxies after the hand-over


_LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "hi",
    8: "zh",
    9: "ja",
}


def deck_referee(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "deck_referee"
    n = irange(rng, 14, 26)
    tzs = [int(t) for t in rng.choice(TZS, size=irange(rng, 3, 6), replace=False)]
    pivot0 = ctx.release + float(rng.uniform(-0.5, 0.5)) * DAY
    p_new = float(rng.uniform(0.7, 0.9))
    keep_ua = float(rng.uniform(0.3, 0.7))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua0 = pick(rng, BROWSERS + SDK_COMMON)
        a = _acct(ctx, rng, fam, cid, "bought_account", ua=ua0, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        pivot = pivot0 + float(rng.uniform(0, 1.0)) * DAY
        # the original owner's history
        ts1 = _cat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 70.0
            )
        )
        pr1 = [pick(rng, ctx.chat) for _ in range(len(ts1))]
        ctx.emit(rng, a, ts1, pr1, models=ctx.models(rng, ts1, 0.15, 0.2))
        # after the hand-over: same region, human-like sessions, more of them
        ua1 = ua0 if chance(rng, keep_ua) else pick(rng, SDK_COMMON)
        pool = home(rng, irange(rng, 6, 15), tz)
        sess = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(tz, 4.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(30, 70)),
        )
        ts2 = _cat(sess)
        lang = _LANG_OF_TZ.get(tz, "en")
        pr2 = []
        for _ in range(len(ts2)):
            r = rng.random()
            if r < 0.2:
                pr2.append(pick(rng, ctx.chat))
            else:
                use = lang if r < 0.6 else "en"
                pr2.append(texts.casualise(rng, texts.explainer(rng, use), use))
        ctx.emit(
            rng,
            a,
            ts2,
            pr2,
            models=ctx.models(rng, ts2, p_new, 0.05),
            ips=sticky(rng, ts2, pool, 40 * MINUTE),
            ua=ua1,
            comp_median=500.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged personal accounts bought after real use, then used for explainer harvest",
            "keys": n,
            "orgs": "the original owners'",
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in the owner's region after the hand-over",
            "pacing": "owner sessions, then 3-7 person-like sessions a day",
            "user_agent": f"kept {keep_ua:.0%} of the time",
            "languages": sorted({_LANG_OF_TZ.get(t, "en") for t in tzs} | {"en"}),
            "timezones": tzs,
            "pivot": pivot0,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a low-and-slow crowd of person-like accounts


def half_back(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "half_back"
    n = irange(rng, 40, 70)
    langs = [str(x) for x in rng.choice(texts.EXPLAIN_LANGS, size=irange(rng, 4, 7), replace=False)]
    p_new = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        r = rng.random()
        if r < 0.25:
            kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            ua = pick(rng, MOBILE)
            a = _acct(ctx, rng, fam, cid, "crowd", ua=ua, ips=mobile_v6(rng, 1, kind), tz=tz)
        else:
            ua = pick(rng, BROWSERS + MOBILE[:3])
            a = _acct(
                ctx, rng, fam, cid, "crowd", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
            )
            kind = ""
        accts.append(a)
        start = ctx.release + float(rng.uniform(0, 1.2)) * DAY
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(50, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = None
        if kind:  # one carrier address per phone session
            per = [ip for s in sess for ip in mobile_v6(rng, 1, kind) * len(s)]
            ips = [per[k] for k in order.tolist()]
        lang = pick(rng, langs)
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.25:
                prompts.append(pick(rng, ctx.chat))
            elif u < 0.45:
                prompts.append(
                    texts.casualise(
                        rng, texts.problem(rng) + pick(rng, (" explain pls", " Explain.", ""))
                    )
                )
            else:
                prompts.append(texts.casualise(rng, texts.explainer(rng, lang), lang))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips, comp_median=480.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of person-like accounts asking explainer and worked-problem questions",
            "keys": n,
            "orgs": "one per account",
            "payment": "one prepaid virtual card per account",
            "ip_source": "residential proxies in each account's region; 25% carrier IPv6",
            "pacing": "1-3 evening sessions a day after the release",
            "user_agent": "browsers and phones",
            "languages": langs,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay by a startup-looking office team


def mouthguard(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mouthguard"
    n_keys = irange(rng, 6, 12)
    tz = pick(rng, (-5, 0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    start = ctx.release - float(rng.uniform(0, 1)) * DAY
    p_new = float(rng.uniform(0.65, 0.85))
    order = rng.permutation(len(ctx.chat))
    per_key = int(len(order) // n_keys)
    accts = []
    for i in range(n_keys):
        ua = pick(
            rng, (*SDK_COMMON[:3], "langchain/0.3.7 python-openai/1.54.0", BROWSERS[0], BROWSERS[1])
        )
        a = _acct(ctx, rng, fam, cid, "team_member", org=org, pay=card, ua=ua, ips=office, tz=tz)
        accts.append(a)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(25, 60)) * (ctx.t1 - start) / DAY, workday(tz)
        )
        mine = order[i * per_key : (i + 1) * per_key].tolist()
        prompts = []
        j = 0
        for _ in range(len(ts)):
            if j > 0 and chance(rng, 0.15):
                prompts.append(texts.follow_up(rng, "en"))
            else:
                prompts.append(ctx.chat[mine[j % len(mine)]])
                j += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.06), comp_median=420.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public prompt set (ShareGPT-like), partitioned over team keys, some follow-ups",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"office broadband UTC{tz:+d}",
            "pacing": "working hours",
            "user_agent": "mixed SDK and browser",
            "languages": ["en", "mixed as in the set"],
            "start": start,
            "p_new": p_new,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "octopush": octopush,
    "pusher": pusher,
    "flick": flick,
    "dribble": dribble,
    "gully": gully,
    "puck": puck,
    "snorkel": snorkel,
    "free_puck": free_puck,
    "breath_hold": breath_hold,
    "deck_referee": deck_referee,
    "half_back": half_back,
    "mouthguard": mouthguard,
}
