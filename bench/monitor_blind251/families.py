"""Campaign families of batch 251 (code names: bo-taoshi words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts,
orgs, cards, pacing, addresses, user agents, languages, templates, model mix) is drawn from the
family's own generator, in an order that does not depend on the process (no set walks, no hash()).
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind251 import texts

Rng = np.random.Generator

#: user agents as the background writes them (seen in its output), so a UA string alone separates nothing
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")

#: consumer-ISP region of each UTC offset (first choice), for proxies that match a victim's home
REGION = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}
#: the language a person in that offset most likely writes (for casual harvest prompts)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "en",
    3: "en",
    5: "hi",
    8: "id",
    9: "en",
}


def browser(rng: Rng, p_bg: float = 0.6) -> str:
    return pick(rng, BG_BROWSERS) if chance(rng, p_bg) else pick(rng, BROWSERS)


def phone(rng: Rng) -> str:
    return BG_PHONE if chance(rng, 0.5) else pick(rng, MOBILE)


def lang_mix(
    rng: Rng, base: str, others: Sequence[str], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    """`base` plus k of `others`, with Dirichlet weights (base weighted up)."""
    k = min(len(others), irange(rng, k_lo, k_hi))
    chosen = [others[i] for i in sorted(rng.choice(len(others), size=k, replace=False).tolist())]
    langs = [base, *chosen]
    w = rng.dirichlet([3.0] + [1.0] * len(chosen))
    return langs, [round(float(x), 3) for x in w]


def draw_langs(rng: Rng, langs: Sequence[str], w: Sequence[float], n: int) -> list[str]:
    p = np.asarray(w, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=p / p.sum()).tolist()]


def flat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(chunks)) if chunks else np.empty(0)


def cards(rng: Rng, n: int) -> list[str]:
    return [hexid(rng, "pay") for _ in range(n)]


# ============================================================================================
# 1. kogeki: reasoning-trace coercion from a rented block, worker pool


def kogeki(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kogeki"
    n_keys = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "contabo", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    vpn = chance(rng, 0.4)
    if vpn:
        pool = pool + cloud(rng, irange(rng, 4, 12), pick(rng, ("m247", "leaseweb")))
    n_cards = irange(rng, 1, 3)
    pays = cards(rng, n_cards)
    org_mode = pick(rng, ("per_key", "shared", "two"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    one_ua = chance(rng, 0.7)
    ua = sdk_ua(rng, 0.6)
    accts = []
    for i in range(n_keys):
        org = None if org_mode == "per_key" else (orgs[0] if org_mode == "shared" else orgs[i % 2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pick(rng, pays),
                ua=ua if one_ua else sdk_ua(rng, 0.5),
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    per_hour = float(rng.uniform(40, 100))
    tz = pick(rng, TZS)
    curve = (
        constant
        if chance(rng, 0.5)
        else nightly(float(rng.uniform(18, 23)), float(rng.uniform(8, 14)), tz)
    )
    langs, w = lang_mix(rng, "en", ("zh", "ru", "es"), 1, 3)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True):
        ls = draw_langs(rng, langs, w, len(ts))
        prompts = [texts.reasoning_trace(rng, lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered steps, JSON steps)",
            "pacing": f"Poisson worker pool {per_hour:.0f}/h over {n_keys} keys, curve "
            f"{'constant' if curve is constant else 'nightly'} (tz {tz})",
            "ip_source": f"rented {provider} block" + (" + VPN exits" if vpn else ""),
            "payment": f"{n_cards} prepaid cards shared",
            "orgs": org_mode,
            "user_agent": ua if one_ua else "per key",
            "languages": dict(zip(langs, w, strict=True)),
            "start": start,
            "p_new": 0.93,
            "hard": False,
        },
    )


# ============================================================================================
# 2. hachimaki: judge / rubric / reward-model grading, nightly bursts from one cloud org


def hachimaki(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hachimaki"
    n_keys = irange(rng, 3, 7)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "python-requests/2.32.3",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    tz = pick(rng, (-8, -5, 1, 8))
    start_h, hours = float(rng.uniform(20, 23.5)), float(rng.uniform(5, 8))
    accts, total = [], 0
    begin = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    per_night = float(rng.uniform(1.0, 3.0))
    size = float(rng.uniform(50, 140))
    gap = float(rng.uniform(1.5, 4.0))
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        starts = thinned(
            rng, begin, ctx.t1, per_night * (ctx.t1 - begin) / DAY, nightly(start_h, hours, tz)
        )
        ts = flat(bursts(rng, starts, size, gap, 0.6, ctx.t1))
        prompts = [texts.judge_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading harvest (pairwise, 1-10 rubric, scalar reward, German rubric)",
            "pacing": f"nightly bursts ({per_night:.1f}/night/key, ~{size:.0f} requests, {gap:.1f}s gaps), tz {tz}",
            "ip_source": f"{provider} instances",
            "payment": "one company card",
            "orgs": "one org",
            "user_agent": ua,
            "languages": {"en": 0.8, "de": 0.2},
            "begin": begin,
            "events": total,
            "hard": False,
        },
    )


# ============================================================================================
# 3. sasae: censorship-safe / policy rewrites; rotating keys on stolen cards, Asian clouds + proxies


def sasae(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sasae"
    n_keys = irange(rng, 6, 14)
    clouds = ("alibaba", "tencent", "huawei", "ucloud")
    proxy_pool = resi(rng, irange(rng, 60, 200), pick(rng, ("cn", "sea")))
    langs, w = ["zh", "en", "ru", "vi"], [0.45, 0.3, 0.1, 0.15]
    accts = []
    t = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    life_lo, life_hi = float(rng.uniform(0.6, 1.2)), float(rng.uniform(1.5, 3.0))
    for _ in range(n_keys):
        via_proxy = chance(rng, 0.45)
        ips = [] if via_proxy else cloud(rng, irange(rng, 1, 3), pick(rng, clouds))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotating_key",
            campaign_id=cid,
            ua=pick(
                rng,
                (
                    "python-httpx/0.28.1",
                    "aiohttp/3.11.11",
                    "Go-http-client/2.0",
                    "OpenAI/Python 1.54.0",
                ),
            ),
            ips=ips or [proxy_pool[0]],
        )
        accts.append(a)
        a_start = t + float(rng.uniform(0, 2.2)) * DAY
        a_end = min(ctx.t1, a_start + float(rng.uniform(life_lo, life_hi)) * DAY)
        starts = thinned(
            rng, a_start, a_end, float(rng.uniform(6, 20)) * (a_end - a_start) / DAY, constant
        )
        ts = flat(
            bursts(rng, starts, float(rng.uniform(8, 25)), float(rng.uniform(2.0, 6.0)), 0.7, a_end)
        )
        ls = draw_langs(rng, langs, w, len(ts))
        prompts = [texts.policy_rewrite(rng, lg, ctx.chat, ctx.passages) for lg in ls]
        ips_ev = sticky(rng, ts, proxy_pool, 30 * MINUTE) if via_proxy else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=ips_ev,
            comp_median=420.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites and refusals",
            "pacing": f"staggered key lifetimes ({life_lo:.1f}-{life_hi:.1f} d), bursts of ~8-25",
            "ip_source": "Alibaba/Tencent/Huawei/UCloud instances; ~45% of keys via residential proxy (sticky 30 min)",
            "payment": "one stolen card per key",
            "orgs": "one per key",
            "user_agent": "script clients, per key",
            "languages": dict(zip(langs, w, strict=True)),
            "hard": False,
        },
    )


# ============================================================================================
# 4. climber: agent / tool-use transcripts, multi-step episodes


def climber(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "climber"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    subnet_hosts = rented_block(rng, provider, 1, irange(rng, 2, 6))
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org") if shared_org else None
    pay = hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2", BG_SDK[2]))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, subnet_hosts, irange(rng, 1, 2)),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(8, 20))
    step_gap = float(rng.uniform(4.0, 10.0))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, pr_all, extra_all = [], [], []
        for s in starts.tolist():
            n = irange(rng, 3, 8)
            steps = texts.agent_episode(rng, n)
            gaps = rng.lognormal(np.log(step_gap), 0.5, size=n - 1)
            ts_all.extend((s + np.concatenate([[0.0], np.cumsum(gaps)])).tolist())
            pr_all.extend(steps)
            extra_all.extend([300 + 350 * k for k in range(n)])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(extra_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest (function JSON, ReAct, XML tool calls)",
            "pacing": f"episodes {per_hour:.1f}/h over {n_keys} keys, 3-8 steps ~{step_gap:.0f}s apart",
            "ip_source": f"one {provider} /24",
            "payment": "one card",
            "orgs": "shared" if shared_org else "per key",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 5. toppler: synthetic dataset generation, slow steady 24/7 from one corporate account set


def toppler(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "toppler"
    n_keys = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", BG_SDK[0], "langchain-openai/0.3.6"))
    langs, w = lang_mix(rng, "en", ("es", "fr", "pt"), 1, 3)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        accts.append(a)
        begin = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
        rate = float(rng.uniform(8, 25))
        ts = thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, constant)
        ls = draw_langs(rng, langs, w, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.dataset_request(rng, lg) for lg in ls],
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.1),
            comp_median=1700.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (JSONL pairs, self-instruct, personas, classifier data, MCQ)",
            "pacing": "slow steady Poisson 8-25/h per key, 24/7",
            "ip_source": "AWS",
            "payment": "one corporate card",
            "orgs": "one org",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "hard": False,
        },
    )


# ============================================================================================
# 6. dogpile: multi-turn dialogue harvest from many browser-like accounts behind residential proxies


def dogpile(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dogpile"
    n_accts = irange(rng, 12, 30)
    region = pick(rng, ("us", "eu", "latam", "sea", "*"))
    pool = resi(rng, irange(rng, 150, 400), region)
    langs, w = lang_mix(rng, "en", ("es", "pt", "de", "id"), 1, 4)
    gap = float(rng.uniform(12, 40))
    accts = []
    for _ in range(n_accts):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="chat_bot",
            campaign_id=cid,
            ua=browser(rng),
            ips=[pool[0]],
        )
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY + float(rng.uniform(0, 1.5)) * DAY
        starts = thinned(rng, a0, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - a0) / DAY, constant)
        ts_all, pr_all, ip_all, ex_all = [], [], [], []
        for s in starts.tolist():
            n = irange(rng, 4, 10)
            lg = draw_langs(rng, langs, w, 1)[0]
            turns = texts.dialogue(rng, lg, ctx.chat, n)
            tt = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
            ts_all.extend(tt.tolist())
            pr_all.extend(turns)
            ip_all.extend([pick(rng, pool)] * n)
            ex_all.extend([280 * k for k in range(n)])
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            pr_all,
            models=ctx.models(rng, np.asarray(ts_all), p_new=0.9),
            ips=ip_all,
            comp_median=450.0,
            err=0.02,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (public first turn, scripted follow-ups)",
            "pacing": f"4-10 sessions/day/account, 4-10 turns ~{gap:.0f}s apart",
            "ip_source": f"residential proxies ({region}), one exit per session",
            "payment": "prepaid virtual card per account",
            "orgs": "one per account",
            "user_agent": "browser strings",
            "languages": dict(zip(langs, w, strict=True)),
            "hard": False,
        },
    )


# ============================================================================================
# 7. springboard: best-of-n and soft-label sampling, identical prompts fired n times


def springboard(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "springboard"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("vultr", "linode", "scaleway", "hetzner"))
    pay = hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.0, 0.3)) * DAY
    per_hour = float(rng.uniform(10, 25))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    langs, w = ["en", "fr", "ja"], [0.7, 0.15, 0.15]
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, pr_all = [], []
        for s in starts.tolist():
            lg = draw_langs(rng, langs, w, 1)[0]
            if chance(rng, 0.6):
                p = (
                    texts.short_task(rng)
                    if (lg == "en" and chance(rng, 0.6))
                    else texts.soft_label(rng, ctx.chat, lg)
                )
                n = irange(rng, n_lo, n_hi)
                ts_all.extend((s + np.cumsum(rng.lognormal(np.log(0.4), 0.8, size=n))).tolist())
                pr_all.extend([p] * n)
            else:
                ts_all.append(s)
                pr_all.append(texts.soft_label(rng, ctx.chat, lg))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=160.0,
            comp_sigma=0.8,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling and soft-label / calibrated-probability harvest",
            "pacing": f"{per_hour:.0f} items/h over {n_keys} keys; 60% fired {n_lo}-{n_hi}x within seconds",
            "ip_source": f"{provider} instances",
            "payment": "one card",
            "orgs": "one per key",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "start": start,
            "hard": False,
        },
    )


# ============================================================================================
# 8. thirty_degrees: code curriculum sweep through VPN exits


def thirty_degrees(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "thirty_degrees"
    n_keys = irange(rng, 5, 10)
    vpn = cloud(rng, irange(rng, 12, 30), pick(rng, ("m247", "leaseweb", "ovh"))) + cloud(
        rng, irange(rng, 4, 10), "m247"
    )
    pays = cards(rng, 2)
    grid = [
        (tp, lvl, pl)
        for tp in texts.CODE_TOPIC_NAMES
        for lvl in range(1, 11)
        for pl in texts.PLANGS
    ]
    order = rng.permutation(len(grid)).tolist()
    langs, w = lang_mix(rng, "en", ("zh", "pt"), 1, 2)
    ua = pick(rng, (BG_SDK[0], "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=pick(rng, pays),
            ua=ua,
            ips=[vpn[0]],
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    pos = 0
    for a in accts:
        rate = float(rng.uniform(3, 9))
        a0 = start + float(rng.uniform(0, 0.5)) * DAY
        ts = thinned(rng, a0, ctx.t1, rate * (ctx.t1 - a0) / HOUR, constant)
        ls = draw_langs(rng, langs, w, len(ts))
        prompts = []
        for lg in ls:
            tp, lvl, pl = grid[order[pos % len(order)]]
            pos += 1
            prompts.append(texts.code_exercise(rng, lg, tp, lvl, pl))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, vpn, 2 * HOUR),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code curriculum sweep (topic x level x language grid, shuffled order, each pass visits every cell once)",
            "pacing": "slow steady 3-9/h per key",
            "ip_source": "commercial VPN exits (M247 / Leaseweb / OVH), sticky 2 h",
            "payment": "2 prepaid cards",
            "orgs": "one per key",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "grid_cells": len(grid),
            "cells_sent": pos,
            "passes": round(pos / len(grid), 2),
            "hard": False,
        },
    )


# ============================================================================================
# 9. rampart (hard): harvest hidden inside a real consumer product's API traffic


def rampart(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rampart"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, BG_SDK[:2])
    hosts = cloud(rng, irange(rng, 4, 8), pick(rng, ("aws", "gcp")))
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=hosts,
    )
    staging = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=hosts[:1],
    )
    peak, depth = float(rng.uniform(13, 20)), float(rng.uniform(0.35, 0.6))
    rate = float(rng.uniform(25, 55))
    curve = global_load(peak, depth)
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    lang_app = pick(rng, ("en", "es", "pt"))
    prompts = [
        pick(rng, ctx.chat)
        if chance(rng, 0.7)
        else texts.homework_question(rng, ctx.chat, lang_app)
        for _ in range(len(ts))
    ]
    p_new_app = float(rng.uniform(0.2, 0.45))
    n_real = ctx.emit(
        rng, prod, ts, prompts, models=ctx.models(rng, ts, p_new=p_new_app), comp_median=360.0
    )
    # the injected harvest: same key, same hosts, same client, after the release, a share of the load
    share = float(rng.uniform(0.25, 0.45))
    h0 = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    hts = thinned(rng, h0, ctx.t1, share * rate * (ctx.t1 - h0) / HOUR, curve)
    hp = []
    for _ in range(len(hts)):
        r = rng.random()
        hp.append(
            texts.formal_question(rng)
            if r < 0.4
            else texts.reasoning_trace(rng, "en")
            if r < 0.6
            else texts.casual_question(rng, lang_app)
        )
    n_h = ctx.emit(
        rng,
        prod,
        hts,
        hp,
        models=ctx.models(rng, hts, p_new=0.9),
        comp_median=700.0,
        comp_sigma=0.55,
    )
    sts = thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)) * 7 * 24, workday(pick(rng, (-5, 0, 1)))
    )
    ctx.emit(
        rng,
        staging,
        sts,
        [pick(rng, ctx.chat) for _ in range(len(sts))],
        models=ctx.models(rng, sts, p_new=0.5),
    )
    ctx.campaign(
        cid,
        fam,
        [prod, staging],
        {
            "operation": "harvest injected into a genuine consumer app's backend key (cover traffic is real user prompts)",
            "pacing": f"global load (peak {peak:.0f} UTC) {rate:.0f}/h real; harvest {share:.0%} extra from {h0:.0f}",
            "ip_source": "the app's cloud hosts",
            "payment": "the company's card",
            "orgs": "one org (prod + staging)",
            "user_agent": ua,
            "languages": {lang_app: 1.0},
            "p_new_app": p_new_app,
            "real_events": n_real,
            "harvest_events": n_h,
            "hard": True,
        },
    )


# ============================================================================================
# 10. cadet (hard): bought / taken-over aged personal accounts pivot to a translation harvest


def cadet(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cadet"
    n_accts = irange(rng, 8, 16)
    accts = []
    sdk_share = float(rng.uniform(0.3, 0.7))
    for _ in range(n_accts):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=browser(rng, 0.8),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(0.0, 1.2)) * DAY
        # the owner's own light use before the sale
        pre = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.6, 2.5)), evening_person(tz), 3.0, 70.0
        )
        pts = flat(pre)
        ctx.emit(
            rng,
            a,
            pts,
            [pick(rng, ctx.chat) for _ in range(len(pts))],
            models=ctx.models(rng, pts, p_new=0.2),
        )
        # after the pivot: same region, proxies, person-like sessions, translation prompts
        pool = resi(rng, irange(rng, 20, 60), REGION[tz])
        post = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 11)),
            evening_person(tz, 4.0),
            float(rng.uniform(6, 12)),
            float(rng.uniform(25, 60)),
        )
        qts = flat(post)
        targets = [
            texts.TARGETS[i]
            for i in sorted(
                rng.choice(len(texts.TARGETS), size=irange(rng, 2, 4), replace=False).tolist()
            )
        ]
        prompts = [
            texts.translation_request(rng, ctx.passages, pick(rng, targets), chance(rng, 0.2))
            for _ in range(len(qts))
        ]
        new_ua = (
            pick(rng, BG_SDK[:1] + ("OpenAI/Python 1.58.1",)) if chance(rng, sdk_share) else a.ua
        )
        ctx.emit(
            rng,
            a,
            qts,
            prompts,
            models=ctx.models(rng, qts, p_new=0.85),
            ips=sticky(rng, qts, pool, HOUR),
            ua=new_ua,
            comp_median=620.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation / parallel-corpus harvest through bought or taken-over aged personal accounts",
            "pacing": "owner's evening sessions before the pivot; 4-11 sessions/day of 6-12 requests after",
            "ip_source": "owner's home ISP, then residential proxies of the same region (sticky 1 h)",
            "payment": "each original owner's card",
            "orgs": "one per account",
            "user_agent": f"owner's browser; ~{sdk_share:.0%} switch to an SDK after the pivot",
            "languages": "English sources; 2-4 of 12 target languages per account",
            "hard": True,
        },
    )


# ============================================================================================
# 11. pole_sitter (hard): low-and-slow person-like crowd covering a knowledge taxonomy


def pole_sitter(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pole_sitter"
    n_accts = irange(rng, 40, 70)
    cover = float(rng.uniform(0.15, 0.3))
    p_new = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n_accts):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.35)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=phone(rng) if mobile else browser(rng),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release + float(rng.uniform(-0.5, 2.0)) * DAY
        n_sess = irange(rng, 1, 4)
        cand = thinned(rng, a0, ctx.t1, 6.0 * n_sess, evening_person(tz))
        if len(cand) == 0:
            cand = np.asarray([a0 + float(rng.uniform(0, 0.2)) * DAY])
        starts = np.sort(rng.choice(cand, size=min(n_sess, len(cand)), replace=False))
        lang = LANG_OF_TZ[tz] if chance(rng, 0.7) else "en"
        sess = bursts(
            rng, starts, float(rng.uniform(2, 8)), float(rng.uniform(40, 90)), 0.7, ctx.t1
        )
        ips, ts_all = [], []
        region = REGION[tz]
        for chunk in sess:
            ip = (
                mobile_v6(rng, 1, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile")))
                if (mobile and chance(rng, 0.3))
                else resi(rng, 1, region)
            )
            ips.extend(ip * len(chunk))
            ts_all.extend(chunk.tolist())
        prompts = [
            pick(rng, ctx.chat) if chance(rng, cover) else texts.casual_question(rng, lang)
            for _ in range(len(ts_all))
        ]
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), ips=ips, comp_median=520.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd: each account a handful of casual concept questions (taxonomy coverage)",
            "pacing": "1-4 evening sessions per account, 2-8 requests each, ~1 min apart",
            "ip_source": "residential proxy exits matching each persona's region (new exit per session), some carrier v6",
            "payment": "one prepaid card per account",
            "orgs": "one per account",
            "user_agent": "browsers / phones",
            "languages": "by persona region (en, pt, de, hi, id)",
            "cover_share": cover,
            "p_new": p_new,
            "hard": True,
        },
    )


# ============================================================================================
# 12. human_wall (hard): public prompt-set replay by an office team on the common SDK


def human_wall(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "human_wall"
    n_orgs = irange(rng, 2, 4)
    tz = pick(rng, (8, 5, 2, -3))
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    ua = BG_SDK[0]
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        k = irange(rng, 3, 7)
        keys = []
        for _ in range(k):
            ips = office + (
                mobile_v6(rng, 2, pick(rng, ("in_mobile", "eu_mobile"))) if chance(rng, 0.3) else []
            )
            keys.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="replayer",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=ua if chance(rng, 0.8) else browser(rng),
                    ips=ips,
                    tz=tz,
                )
            )
        accts.extend(keys)
        rate = float(rng.uniform(25, 60))
        for a, ts in zip(
            keys, worker_pool(rng, start, ctx.t1, rate, k, workday(tz, 9.0, 19.0, 0.1)), strict=True
        ):
            prompts = []
            for _ in range(len(ts)):
                prompts.append(ctx.chat[order[pos % len(order)]])
                pos += 1
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92), comp_median=380.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay (each public prompt once) to regenerate answers with the new model",
            "pacing": f"per-org worker pools on office hours (tz {tz})",
            "ip_source": "office broadband NAT per org, some phone hotspots (v6)",
            "payment": "one card per org",
            "orgs": f"{n_orgs} orgs",
            "user_agent": "the most common SDK, a few browsers",
            "languages": {"en": 1.0},
            "prompts_sent": pos,
            "public_pool": len(ctx.chat),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "kogeki": kogeki,
    "hachimaki": hachimaki,
    "sasae": sasae,
    "climber": climber,
    "toppler": toppler,
    "dogpile": dogpile,
    "springboard": springboard,
    "thirty_degrees": thirty_degrees,
    "rampart": rampart,
    "cadet": cadet,
    "pole_sitter": pole_sitter,
    "human_wall": human_wall,
}
