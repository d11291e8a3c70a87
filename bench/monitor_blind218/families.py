"""Campaign families of blind batch 218 (code names from cliff diving).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records itself with `ctx.campaign`. Every draw comes from the
family's own `rng`, in an order that does not depend on the process (no set walks)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Acct, Ctx, chance, irange, pick
from bench.monitor_blind218 import texts

Rng = np.random.Generator

#: user agents as they appear in the simulator's background (hard families copy them)
BG_UA = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_W = np.array([0.36, 0.25, 0.15, 0.14, 0.07, 0.03])
BG_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BROWSER_BG = (BG_UA[1], BG_UA[3], BG_MOBILE[1], BG_MOBILE[2])

#: languages people in a UTC offset's region mostly write in (first = most likely)
LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru", "en"),
    5: ("hi", "en"),
    8: ("zh", "en", "id"),
    9: ("ja", "en"),
}
REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "cn",
    9: "jp_kr",
}


def bg_ua(rng: Rng) -> str:
    return BG_UA[int(rng.choice(len(BG_UA), p=BG_UA_W / BG_UA_W.sum()))]


def lang_of(rng: Rng, tz: int) -> str:
    opts = LANG_OF_TZ[tz]
    return opts[0] if chance(rng, 0.75) else pick(rng, opts)


def choose(rng: Rng, opts, k: int) -> list:
    """k distinct options in a stable order."""
    idx = sorted(rng.choice(len(opts), size=min(k, len(opts)), replace=False).tolist())
    return [opts[i] for i in idx]


def weighted(rng: Rng, opts: list, w) -> Callable[[], object]:
    p = np.asarray(w, dtype=np.float64)
    p = p / p.sum()
    return lambda: opts[int(rng.choice(len(opts), p=p))]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _split_keys(n_keys: int, n_orgs: int) -> list[int]:
    return [i % n_orgs for i in range(n_keys)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def la_quebrada(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "la_quebrada"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    cards = [bb.hexid(rng, "pay")] if shared_card else [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = pick(
        rng,
        (
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.63.2",
        ),
    )
    langs = ["en", *choose(rng, ("zh", "ru", "es"), irange(rng, 1, 3))]
    lw = rng.dirichlet(np.ones(len(langs)) * 2.0)
    lw[0] += 0.4
    lang = weighted(rng, langs, lw)
    org_of = _split_keys(n_keys, n_orgs)
    accts = []
    for i in range(n_keys):
        o = org_of[i]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[o],
                pay=cards[0 if shared_card else o],
                ua=ua,
                ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))],
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r1 = float(rng.uniform(18, 40))
    r2 = r1 * float(rng.uniform(1.3, 2.4))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.35)))
    pre = bb.worker_pool(rng, start, ctx.release, r1, n_keys, curve)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, r2, n_keys, curve)
    styles = [irange(rng, 0, 3) for _ in range(n_keys)]
    for a, s, t1_, t2_ in zip(accts, styles, pre, post, strict=True):
        ts = cat([t1_, t2_])
        prompts = [
            texts.reasoning_wrap(rng, s if chance(rng, 0.8) else irange(rng, 0, 3), lang())
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(1300, 2300)),
            comp_sigma=0.45,
            err=0.015,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full chain of thought, self-verification)",
            "pacing": f"Poisson worker pool, {r1:.0f}/h before release then {r2:.0f}/h",
            "ip_source": f"rented {provider} block",
            "payment": "one shared prepaid card" if shared_card else "one card per org",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "styles": sorted(set(styles)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in cron bursts


def pike_position(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "pike_position"
    n_keys = irange(rng, 3, 7)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    period = float(rng.uniform(50, 150)) * MINUTE
    start = ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY
    starts = np.arange(start, ctx.t1, period) + rng.uniform(
        0, 8 * MINUTE, size=len(np.arange(start, ctx.t1, period))
    )
    starts = starts[rng.random(len(starts)) < 0.85]
    trains = bb.bursts(
        rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(1.0, 4.0)), 0.6, ctx.t1
    )
    other = pick(rng, ("de", "zh"))
    p_other = float(rng.uniform(0.08, 0.25))
    style_w = rng.dirichlet(np.ones(4))
    for j, tr in enumerate(trains):
        a = accts[j % n_keys]
        prompts = [
            texts.grading(
                rng,
                int(rng.choice(4, p=style_w)),
                ctx.chat,
                ctx.passages,
                other if chance(rng, p_other) else "en",
            )
            for _ in tr
        ]
        ctx.emit(
            rng,
            a,
            tr,
            prompts,
            models=ctx.models(rng, tr, p_new=0.85),
            comp_median=float(rng.uniform(220, 480)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "pairwise preference / rubric grading (reward-model data)",
            "pacing": f"cron bursts every {period / MINUTE:.0f} min, round-robin over keys",
            "ip_source": f"{provider} NAT",
            "payment": "one corporate card",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": 1,
            "languages": ["en", other],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on rotating throwaway accounts behind VPN exits


def ripper_entry(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "ripper_entry"
    n_keys = irange(rng, 10, 20)
    vpn = bb.cloud(rng, irange(rng, 15, 35), pick(rng, ("m247", "leaseweb", "m247")))
    vpn += bb.cloud(rng, irange(rng, 5, 12), pick(rng, ("ovh", "digitalocean", "linode")))
    langs, lw = ["zh", "en", "ru"], [0.6, 0.3, 0.1]
    lang = weighted(rng, langs, lw)
    accts: list[Acct] = []
    cards: list[str] = []
    t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    work = bb.workday(8, start=9.0, end=23.0, weekend=0.7, night=0.1)
    lifetimes = []
    for _ in range(n_keys):
        pay = pick(rng, cards) if cards and chance(rng, 0.2) else bb.hexid(rng, "pay")
        cards.append(pay)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway",
            campaign_id=camp,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.4),
            ips=vpn,
        )
        accts.append(a)
        life = float(rng.uniform(0.7, 3.0)) * DAY
        lifetimes.append(round(life / DAY, 2))
        # about a third of the keys run alongside the previous one; the others replace it when it dies
        a0 = t
        ts = bb.thinned(
            rng, a0, min(ctx.t1, a0 + life), float(rng.uniform(50, 140)) * life / DAY, work
        )
        ips = bb.sticky(rng, ts, vpn, float(rng.uniform(15, 60)) * MINUTE)
        prompts = [texts.policy_rewrite(rng, irange(rng, 0, 2), lang(), ctx.passages) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=520.0,
            err=0.03,
        )
        t = a0 + (
            life * float(rng.uniform(0.2, 0.5))
            if chance(rng, 0.35)
            else life * float(rng.uniform(0.85, 1.1))
        )
        if t >= ctx.t1:
            t = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.8)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe and policy-compliant rewrites of sensitive questions",
            "pacing": "staggered throwaway keys, 50-140/day each during an Asian working day, 0.7-3 day lifetimes",
            "ip_source": "commercial VPN exits (hosting ASNs), sticky 15-60 min",
            "payment": "stolen cards, ~20 % reused",
            "user_agent": "mixed SDKs",
            "keys": n_keys,
            "orgs": n_keys,
            "languages": langs,
            "lifetimes_days": lifetimes,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def swan_dive(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "swan_dive"
    n_keys, n_orgs = irange(rng, 4, 9), irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    org_of = _split_keys(n_keys, n_orgs)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout_worker",
            campaign_id=camp,
            org=orgs[org_of[i]],
            pay=cards[org_of[i]],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    p_zh = float(rng.uniform(0.0, 0.25))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(3, 7)) * n_keys / 4
    eps = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    style = [irange(rng, 0, 2) for _ in range(n_keys)]
    gap = float(rng.uniform(4, 12))
    for a, s, starts in zip(accts, style, eps, strict=True):
        trains = bb.bursts(rng, starts, float(rng.uniform(4, 8)), gap, 0.7, ctx.t1)
        ts_all, prompts, extra = [], [], []
        for tr in trains:
            lg = "zh" if chance(rng, p_zh) else "en"
            for k in range(len(tr)):
                p, step = texts.agent_step(rng, s, lg)
                prompts.append(p)
                extra.append(250 + 420 * (k + step // 3))
            ts_all.append(tr)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=230.0,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvesting (ReAct, JSON tool calls, XML)",
            "pacing": f"episodes from a worker pool ({per_hour:.0f}/h), bursts of steps {gap:.0f} s apart",
            "ip_source": f"{provider} instances",
            "payment": "one card per org",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": ["en", "zh"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in night shifts


def gainer(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "gainer"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 4)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.6)
    cards = [bb.hexid(rng, "pay")] if one_card else [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    pool = bb.cloud(rng, irange(rng, 4, 10), provider)
    office = bb.resi(rng, 2, "cn")
    org_of = _split_keys(n_keys, n_orgs)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=orgs[org_of[i]],
            pay=cards[0 if one_card else org_of[i]],
            ua=bb.sdk_ua(rng, 0.6),
            ips=[pick(rng, pool), pick(rng, pool)] + ([office[0]] if chance(rng, 0.3) else []),
        )
        for i in range(n_keys)
    ]
    langs = ["en", "zh", "es", "ja"]
    lang = weighted(rng, langs, [0.5, 0.3, 0.1, 0.1])
    night = bb.nightly(float(rng.uniform(21, 24.5)) % 24, float(rng.uniform(5, 8)), 8)
    daytime = float(rng.uniform(0.05, 0.2))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), daytime)

    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for a in accts:
        n = float(rng.uniform(50, 160)) * (ctx.t1 - start) / DAY
        ts = bb.thinned(rng, start, ctx.t1, n, curve)
        prompts = [texts.synth_data(rng, irange(rng, 0, 3), lang()) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=float(rng.uniform(1200, 2000)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction data (JSONL pairs, personas, self-instruct, parallel text)",
            "pacing": "night shift in UTC+8 with a low daytime trickle",
            "ip_source": f"{provider} cloud + office broadband",
            "payment": "one card over all orgs" if one_card else "one card per org",
            "user_agent": "mixed SDKs",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies (moderately hard)


def barani(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "barani"
    n_keys = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu"))
    tz = -5 if region == "us" else 1
    proxy = bb.resi(rng, irange(rng, 150, 400), region)
    cards: list[str] = []
    accts = []
    for _ in range(n_keys):
        pay = pick(rng, cards) if cards and chance(rng, 0.25) else bb.hexid(rng, "pay")
        cards.append(pay)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_bot",
                campaign_id=camp,
                pay=pay,
                ua=pick(rng, BROWSER_BG),
                ips=proxy,
                tz=tz,
            )
        )
    langs = ["en", "zh", "es", "de", "pt"]
    lang = weighted(rng, langs, rng.dirichlet(np.ones(5)) + np.array([0.8, 0, 0, 0, 0]))
    curve = bb.workday(tz, start=8.0, end=22.0, weekend=0.6, night=0.08)
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        convs = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(6, 16)),
            curve,
            float(rng.uniform(4, 7)),
            float(rng.uniform(25, 80)),
            0.6,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for conv in convs:
            lg = lang()
            ip = pick(rng, proxy)
            for k in range(len(conv)):
                if k == 0:
                    prompts.append(
                        pick(rng, ctx.chat)
                        if chance(rng, 0.5) or lg != "en"
                        else texts.human_question(rng, lg)
                    )
                else:
                    prompts.append(texts.follow_up(rng, lg, texts.concept(rng)[1]))
                extra.append(380 * k + int(rng.integers(0, 60)))
                ips.append(ip)
            ts_all.append(conv)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=480.0,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (simulated user follow-ups)",
            "pacing": "human-like conversations, 25-80 s between turns, extended day",
            "ip_source": f"residential proxies ({region}), one exit per conversation",
            "payment": "one card per key, ~25 % reused",
            "user_agent": "browser strings as in the background",
            "keys": n_keys,
            "orgs": n_keys,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def armstand(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "armstand"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("vultr", "linode", "aws", "scaleway"))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    base = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(3, 7)), n_keys)
    p_soft = float(rng.uniform(0.3, 0.6))
    ns = (4, 8, 16)
    for a, starts in zip(accts, base, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            soft = chance(rng, p_soft)
            n = irange(rng, 3, 5) if soft else pick(rng, ns)
            p = texts.soft_label(rng, ctx.chat) if soft else texts.sampled_prompt(rng, ctx.chat)
            ts_all.append(s + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=n)))
            prompts.extend([p] * n)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=320.0)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (probability) harvesting",
            "pacing": "Poisson base prompts, each repeated 3-16 times within seconds",
            "ip_source": f"{provider} VM per key",
            "payment": "one card",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": 1,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep and code harvest, slow and steady


def overhang_ledge(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "overhang_ledge"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1", "ruby-openai/7.3.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, "digitalocean"),
        )
        for _ in range(n_keys)
    ]
    lang2 = pick(rng, ("es", "de", "pt"))
    grid = [
        (s, c, lv) for s in texts.SUBJECT_NAMES for c in texts.SUBJECTS[s] for lv in range(1, 6)
    ]
    code = [(al, pl, v) for al in texts.ALGOS for pl in texts.PROG_LANGS for v in range(3)]
    off_g, off_c = irange(rng, 0, len(grid) - 1), irange(rng, 0, len(code) - 1)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(5, 12))
    code_keys = max(1, n_keys // 3)
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = []
        for j in range(len(ts)):
            if i < code_keys:
                al, pl, v = code[(off_c + j * code_keys + i) % len(code)]
                prompts.append(texts.code_harvest(rng, al, pl, v))
            else:
                pos = (off_g + j * (n_keys - code_keys) + i) % len(grid)
                s, c, lv = grid[pos]
                idx = pos + 1
                prompts.append(
                    texts.curriculum(
                        rng, s, c, lv, idx, len(grid), lang2 if chance(rng, 0.3) else "en"
                    )
                )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=1500.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep over subject x concept x level, and algorithm x language code harvest",
            "pacing": f"steady Poisson {rate:.1f}/h per key, day and night",
            "ip_source": "one DigitalOcean droplet per key",
            "payment": "one card",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": 1,
            "languages": ["en", lang2],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's traffic


def pencil_drop(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "pencil_drop"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(25, 55))
    p_inject = float(rng.uniform(0.12, 0.25))
    inject_from = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    langs = ["en", "es", "pt", "de", "fr", "hi"]
    lang = weighted(rng, langs, [0.55, 0.12, 0.1, 0.08, 0.08, 0.07])
    share = rng.dirichlet(np.ones(n_keys) * 3)
    share[0] += 1.0
    share /= share.sum()
    for a, w in zip(accts, share.tolist(), strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * w * (ctx.t1 - ctx.t0) / HOUR, curve)
        inj = (ts >= inject_from) & (rng.random(len(ts)) < p_inject)
        prompts = [
            texts.human_question(rng, lang()) if x else pick(rng, ctx.chat) for x in inj.tolist()
        ]
        m_user = ctx.models(rng, ts, p_new=0.3, p_mini=0.25)
        m_inj = ctx.models(rng, ts, p_new=0.65, p_mini=0.0)
        models = [b if x else u for x, u, b in zip(inj.tolist(), m_user, m_inj, strict=True)]
        comp = np.where(inj, 650.0, 330.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest prompts injected into a real writing-assistant product's own API traffic",
            "pacing": f"product load ({rate:.0f}/h, global daily cycle); {100 * p_inject:.0f} % injected after day "
            f"{(inject_from - ctx.t0) / DAY:.1f}",
            "ip_source": "the product's cloud NAT",
            "payment": "the product's company card",
            "user_agent": ua,
            "keys": n_keys,
            "orgs": 1,
            "languages": langs,
            "inject_fraction": round(p_inject, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged personal accounts, taken over near the release


def tombstone_drop(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tombstone_drop"
    n = irange(rng, 16, 30)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = bg_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.5, 1.2)) * DAY
        takeovers.append(round((take - ctx.t0) / DAY, 2))
        # the original owner, until the sale
        owner = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 300)),
        )
        ts = np.concatenate(owner) if owner else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
        )
        # the buyer: same region, residential proxy exits, daytime sessions
        proxy = bb.resi(rng, irange(rng, 20, 60), REGION_OF_TZ[tz])
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 10)),
            bb.workday(tz, 8, 23, 0.8, 0.05),
            float(rng.uniform(5, 10)),
            float(rng.uniform(20, 75)),
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = bb.sticky(rng, ts, proxy, float(rng.uniform(1, 3)) * HOUR)
        lg = lang_of(rng, tz)
        prompts = [
            texts.human_question(rng, lg if chance(rng, 0.7) else "en")
            if chance(rng, 0.85)
            else texts.reasoning_wrap(rng, 3, "en")
            for _ in ts
        ]
        keep_ua = chance(rng, 0.6)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            ua=ua if keep_ua else bb.sdk_ua(rng, 0.8),
            models=ctx.models(rng, ts, p_new=0.75),
            comp_median=620.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "coverage harvest through purchased aged personal accounts",
            "pacing": "owner's evening use until the sale, then 4-10 daytime sessions a day",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "payment": "the original owners' cards",
            "user_agent": "owner's, kept on ~60 % of accounts",
            "keys": n,
            "orgs": n,
            "languages": "per account region",
            "takeover_day": takeovers,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts


def boat_spotter(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "boat_spotter"
    n = irange(rng, 35, 65)
    cards: list[str] = []
    accts = []
    mobile_kind = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        5: "in_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
    }
    for _ in range(n):
        tz = pick(rng, TZS)
        pay = pick(rng, cards) if cards and chance(rng, 0.15) else bb.hexid(rng, "pay")
        cards.append(pay)
        phone = tz in mobile_kind and chance(rng, 0.25)
        ips = (
            bb.mobile_v6(rng, irange(rng, 2, 5), mobile_kind[tz])
            if phone
            else bb.home(rng, irange(rng, 1, 3), tz)
        )
        ua = pick(rng, BG_MOBILE[:1]) if phone else bg_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(45, 240)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        lg = lang_of(rng, tz)
        prompts = [texts.human_question(rng, lg if chance(rng, 0.8) else "en") for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.1),
            comp_median=520.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "coverage questions spread over a crowd of person-like accounts",
            "pacing": "evening sessions, 1-2.5 a day, a few requests each",
            "ip_source": "home ISP matching the time zone; some carrier IPv6",
            "payment": "prepaid cards, ~15 % reused on two accounts",
            "user_agent": "background browser/SDK strings",
            "keys": n,
            "orgs": n,
            "languages": "per account region",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from an office, during office hours


def kayak_rescue(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "kayak_rescue"
    n_orgs = 2
    tz = pick(rng, (-5, 1, 2, -8))
    region = REGION_OF_TZ[tz]
    accts = []
    for _ in range(n_orgs):
        org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        office = bb.resi(rng, irange(rng, 1, 3), region)
        for _ in range(irange(rng, 3, 6)):
            accts.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="replayer",
                    campaign_id=camp,
                    org=org,
                    pay=card,
                    ua="OpenAI/Python 1.54.0",
                    ips=office,
                    tz=tz,
                )
            )
    order = rng.permutation(len(ctx.chat))
    pos = irange(rng, 0, len(ctx.chat) - 1)
    curve = bb.workday(tz, 9.0, 18.5, 0.02, 0.01)
    per_day = float(rng.uniform(50, 110))
    for a in accts:
        ts = bb.thinned(rng, ctx.t0 + float(rng.uniform(0, 1.5)) * DAY, ctx.t1, per_day * 7, curve)
        prompts = []
        for _ in ts:
            prompts.append(ctx.chat[int(order[pos % len(order)])])
            pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.08),
            comp_median=360.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "replay of a public chat-prompt dataset, no repeats, to collect the model's answers",
            "pacing": f"office hours (UTC{tz:+d}), ~{per_day:.0f}/day per key as a week mean, on working days",
            "ip_source": "office broadband (consumer ISP), 1-3 addresses per org",
            "payment": "one card per org",
            "user_agent": "OpenAI/Python 1.54.0",
            "keys": len(accts),
            "orgs": n_orgs,
            "languages": "as the dataset",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "la_quebrada": la_quebrada,
    "pike_position": pike_position,
    "ripper_entry": ripper_entry,
    "swan_dive": swan_dive,
    "gainer": gainer,
    "barani": barani,
    "armstand": armstand,
    "overhang_ledge": overhang_ledge,
    "pencil_drop": pencil_drop,
    "tombstone_drop": tombstone_drop,
    "boat_spotter": boat_spotter,
    "kayak_rescue": kayak_rescue,
}
