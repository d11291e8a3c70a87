"""Campaign families of batch 293: twelve operators harvesting the model's outputs.

Each family is `f(ctx, rng, campaign_id)`, drawing everything (key counts, organisations, cards,
pacing, addresses, user agents, languages, templates, model choice) from its own generator.
Code names are stoolball words. Four or more are built to pass as ordinary, legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
)
from bench.monitor_blind293 import texts

Rng = np.random.Generator
CAMPAIGN = "campaign"

#: user agents ordinary accounts of this deployment send (as seen in its campaign-free traffic)
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)


# --------------------------------------------------------------------------------------------
# small helpers shared with kinds.py


def weights(rng: Rng, n: int, conc: float = 2.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def choose_many(rng: Rng, seq: Sequence, n: int, p: np.ndarray | None = None) -> list:
    idx = rng.choice(len(seq), size=n, p=p)
    return [seq[i] for i in idx.tolist()]


def onoff(
    rng: Rng, a: float, b: float, on_h: float, off_h: float
) -> Callable[[np.ndarray], np.ndarray]:
    """A curve that is 1 while a job runs and 0 during its pauses (crashes, quota waits, redeploys)."""
    edges, t, on = [], a, True
    while t < b:
        d = rng.exponential(on_h if on else off_h) * HOUR
        edges.append((t, t + d, on))
        t += d
        on = not on
    starts = np.array([e[0] for e in edges])
    flags = np.array([1.0 if e[2] else 0.0 for e in edges])

    def f(ts: np.ndarray) -> np.ndarray:
        i = np.clip(np.searchsorted(starts, np.asarray(ts), side="right") - 1, 0, len(starts) - 1)
        return flags[i]

    return f


def split_to_keys(rng: Rng, ts: np.ndarray, n_keys: int, conc: float = 3.0) -> list[np.ndarray]:
    """Hand a stream of requests to keys with uneven shares (a dispatcher with favourites)."""
    who = rng.choice(n_keys, size=len(ts), p=weights(rng, n_keys, conc))
    return [ts[who == i] for i in range(n_keys)]


def trains(groups: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(groups)) if groups else np.empty(0)


def lang_for_tz(rng: Rng, tz: int) -> str:
    table = {
        -8: ("en",),
        -5: ("en", "en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr", "en"),
        2: ("de", "en"),
        3: ("en",),
        5: ("en",),
        8: ("en",),
        9: ("ja", "ko"),
    }
    return pick(rng, table.get(tz, ("en",)))


def _acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label=CAMPAIGN, family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def body_before_wicket(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "body_before_wicket"
    n_keys, n_orgs = irange(rng, 5, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs if chance(rng, 0.6) else 1)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = sdk_ua(rng, 0.4)
    langs = list(
        pick(rng, (("en", "zh"), ("en", "ru", "de"), ("zh",), ("en", "es", "zh", "ru"), ("en",)))
    )
    lw = weights(rng, len(langs))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % len(pays)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    probe_from = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    start = ctx.release - rng.uniform(0, 10) * HOUR
    per_hour = rng.uniform(50, 140)
    curve = onoff(rng, start, ctx.t1, rng.uniform(6, 20), rng.uniform(0.5, 4))
    main = split_to_keys(
        rng, thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve), n_keys
    )
    comp = rng.uniform(700, 1300)
    for i, a in enumerate(accts):
        ts = main[i]
        if i < 2:  # a couple of keys tried the prompts on the old model first
            ts = np.sort(
                np.concatenate(
                    [
                        ts,
                        thinned(
                            rng,
                            probe_from,
                            start,
                            rng.uniform(3, 12) * (start - probe_from) / DAY,
                            constant,
                        ),
                    ]
                )
            )
        prompts = [texts.coerced_reasoning(rng, lg) for lg in choose_many(rng, langs, len(ts), lw)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool_with_outages",
            "ip_source": f"hosting:{provider}",
            "payment": f"{len(pays)} prepaid",
            "orgs": n_orgs,
            "languages": langs,
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def square_leg(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "square_leg"
    n_keys = irange(rng, 3, 7)
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp"))
    tz = pick(rng, TZS)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    langs = list(pick(rng, (("en",), ("en", "de"), ("en", "es", "ja"), ("en", "de", "es"))))
    lw = weights(rng, len(langs), 1.5)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + rng.uniform(0.5, 2.5) * DAY
    night = nightly(rng.uniform(0, 3), rng.uniform(3, 7), tz)
    per_night = rng.uniform(3, 8)
    starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, night)
    groups = bursts(rng, starts, rng.uniform(40, 120), rng.uniform(1.0, 4.0), b=ctx.t1)
    owner = rng.integers(0, n_keys, size=len(groups)).tolist()
    comp = rng.uniform(180, 320)
    for i, a in enumerate(accts):
        ts = trains([g for g, o in zip(groups, owner, strict=True) if o == i])
        prompts = [
            texts.judge_prompt(rng, lg, ctx.chat, ctx.passages)
            for lg in choose_many(rng, langs, len(ts), lw)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.03), comp_median=comp, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "nightly_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "shared" if shared_card else "per_key",
            "tz": tz,
            "languages": langs,
            "bursts_per_night": round(per_night, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites from burn-and-replace accounts behind VPN exits


def milking_stool(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "milking_stool"
    n = irange(rng, 10, 22)
    providers = [
        pick(rng, ("m247", "leaseweb", "ovh")),
        pick(rng, ("vultr", "scaleway", "m247", "linode")),
    ]
    exits = cloud(rng, irange(rng, 5, 12), providers[0]) + cloud(
        rng, irange(rng, 3, 8), providers[1]
    )
    langs = list(
        pick(
            rng,
            (("en", "zh"), ("en", "ar", "tr"), ("en", "ru", "zh"), ("en", "zh", "ar", "ru", "tr")),
        )
    )
    lw = weights(rng, len(langs))
    first = ctx.release - rng.uniform(24, 60) * HOUR
    gap = rng.uniform(3, 8) * HOUR
    cards: list[str] = []
    accts = []
    for i in range(n):
        pay = pick(rng, cards) if cards and chance(rng, 0.25) else hexid(rng, "pay")
        cards.append(pay)
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "python-httpx/0.28.1",
                "OpenAI/Python 1.54.0",
                "aiohttp/3.11.11",
            ),
        )
        a = _acct(
            ctx, rng, fam, cid, "burner", pay=pay, ua=ua, ips=picks(rng, exits, irange(rng, 2, 4))
        )
        accts.append(a)
        s = first + i * gap + rng.uniform(-1, 1) * HOUR
        e = s + rng.uniform(6, 30) * HOUR
        ts = thinned(rng, s, e, rng.uniform(15, 45) * (e - s) / HOUR, constant)
        prompts = [
            texts.policy_prompt(rng, lg, ctx.passages)
            for lg in choose_many(rng, langs, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.02),
            ips=sticky(rng, ts, a.ips, rng.uniform(600, 3600)),
            comp_median=380,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "staggered_burners",
            "ip_source": f"vpn_exits:{providers[0]}+{providers[1]}",
            "payment": f"{len(sorted(dict.fromkeys(cards)))} stolen cards",
            "languages": langs,
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, around the clock


def run_out(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "run_out"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "aws"),
        )
        for _ in range(n_keys)
    ]
    style_w = weights(rng, 3, 1.0)
    start = ctx.t0 + rng.uniform(0.3, 2.5) * DAY
    per_hour = rng.uniform(6, 14)
    ep_starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    gap = rng.uniform(2, 8)
    per_key: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    for s in ep_starts.tolist():
        k = int(rng.integers(n_keys))
        ep = texts.agent_episode(rng, int(rng.choice(3, p=style_w)))
        steps = irange(rng, 3, 9)
        t = s
        for j in range(steps):
            per_key[k].append((t, texts.agent_step(rng, ep, j)))
            t += float(rng.lognormal(np.log(gap), 0.6))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, 0.9, 0.04),
            comp_median=160,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "poisson_episodes_24x7",
            "ip_source": "cloud:aws",
            "payment": "one card",
            "languages": ["en"],
            "episodes_per_hour": round(per_hour, 1),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in concurrent batch jobs


def stumped(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stumped"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), "gcp"),
        )
        for _ in range(n_keys)
    ]
    langs = ["en"] + list(pick(rng, (("fr",), ("id", "vi"), ("fr", "id", "vi"), ())))
    lw = np.array([0.7] + [0.3 / max(1, len(langs) - 1)] * (len(langs) - 1))
    lw = lw / lw.sum()
    start = ctx.release - rng.uniform(0, 2) * DAY
    every = rng.uniform(1.5, 4) * HOUR
    starts = thinned(rng, start, ctx.t1, (ctx.t1 - start) / every, constant)
    groups = bursts(rng, starts, rng.uniform(120, 350), rng.uniform(0.2, 0.8), b=ctx.t1)
    for i, a in enumerate(accts):
        ts = trains(groups[i::n_keys])
        prompts = [
            texts.dataset_prompt(rng, lg, ctx.chat) for lg in choose_many(rng, langs, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "concurrent_batches",
            "ip_source": "cloud:gcp",
            "payment": "one card",
            "languages": langs,
            "batch_every_h": round(every / HOUR, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest over a residential proxy network


def full_toss(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "full_toss"
    n = irange(rng, 15, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 100, 300), region)
    langs = list(
        pick(
            rng, (("en", "es"), ("en", "pt", "fr"), ("en",), ("es", "pt"), ("en", "fr", "es", "pt"))
        )
    )
    lw = weights(rng, len(langs))
    accts = []
    for i in range(n):
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "chatter",
            pay=cards[i % len(cards)],
            ua=pick(rng, BROWSERS),
            ips=picks(rng, pool, 3),
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, s, ctx.t1, rng.uniform(4, 12) * (ctx.t1 - s) / DAY, constant)
        ts_all, prompts = [], []
        for st in starts.tolist():
            lg = langs[int(rng.choice(len(langs), p=lw))]
            turns = texts.dialogue(rng, lg, ctx.chat, irange(rng, 3, 9))
            t = st
            for p in turns:
                ts_all.append(t)
                prompts.append(p)
                t += float(rng.lognormal(np.log(rng.uniform(25, 70)), 0.5))
        ts = np.array(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.03),
            ips=sticky(rng, ts, pool, rng.uniform(600, 1800)),
            comp_median=420,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_conversations",
            "ip_source": f"residential_proxy:{region}",
            "payment": f"{len(cards)} gift cards",
            "languages": langs,
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def no_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "no_ball"
    n_keys = irange(rng, 4, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    styles = rng.permutation(4)[: irange(rng, 1, 3)].tolist()
    start = ctx.release - rng.uniform(0, 1) * DAY
    per_hour = rng.uniform(10, 25)
    starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    gap = rng.uniform(0.3, 1.5)
    per_key: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        base, _ = texts.sampling_base(rng, ctx.chat, ctx.passages)
        n_s = pick(rng, (4, 5, 8, 10, 16))
        style = pick(rng, styles)
        t = s
        for j in range(n_s):
            per_key[k].append((t, texts.sample_variant(rng, base, j, n_s, style)))
            t += float(rng.lognormal(np.log(gap), 0.5))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=200,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "sample_groups",
            "ip_source": f"cloud:{provider}",
            "payment": "one card",
            "languages": ["en"],
            "variant_styles": styles,
            "groups_per_hour": round(per_hour, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep from an office connection, working hours only


def overthrow(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "overthrow"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    accts = [
        _acct(ctx, rng, fam, cid, "sweeper", org=org, pay=card, ua=ua, ips=office, tz=tz)
        for _ in range(n_keys)
    ]
    day = workday(tz, start=8.0, end=18.5, weekend=0.0, night=0.0)
    start = ctx.t0 + rng.uniform(0, 1.5) * DAY
    streams = [
        thinned(rng, start, ctx.t1, rng.uniform(8, 20) * (ctx.t1 - start) / HOUR * 0.3, day)
        for _ in range(n_keys)
    ]
    # one developer also left it running from home one evening
    extra_home = home(rng, 1, tz)
    ev_day = float(rng.uniform(ctx.t0 + DAY, ctx.t1 - DAY))
    evening = thinned(rng, ev_day, ev_day + rng.uniform(2, 5) * HOUR, rng.uniform(20, 60), constant)
    allts = np.concatenate(streams + [evening])
    key_of = np.concatenate(
        [np.full(len(s), i) for i, s in enumerate(streams)] + [np.zeros(len(evening), int)]
    )
    order = np.argsort(allts, kind="stable")
    offset = irange(rng, 0, 400)
    prompts_all = [""] * len(allts)
    for rank, idx in enumerate(order.tolist()):
        prompts_all[idx] = texts.code_prompt(rng, texts.code_sweep(offset + rank))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(key_of == i)
        sel = sel[np.argsort(allts[sel], kind="stable")]
        ts = allts[sel]
        ips = [extra_home[0] if j >= len(allts) - len(evening) else office[0] for j in sel.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts_all[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ips,
            comp_median=750,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "office_hours_steady",
            "ip_source": "office_broadband",
            "payment": "company card",
            "tz": tz,
            "languages": ["en"],
            "grid_offset": offset,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. harvest hidden inside a real writing-assistant product's own traffic (hard)


def milkmaid(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "milkmaid"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    pods = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 3)
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=pods)
        for _ in range(n_keys)
    ]
    peak = rng.uniform(12, 20)
    load = global_load(peak, rng.uniform(0.5, 0.75))
    per_day = rng.uniform(450, 1000)
    product = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, load)
    share = rng.uniform(0.25, 0.45)
    h_start = ctx.release - rng.uniform(0, 1) * DAY

    def valley(
        ts: np.ndarray,
    ) -> np.ndarray:  # fill spare capacity: more when real users are asleep
        return 1.15 - load(ts)

    harvest = thinned(rng, h_start, ctx.t1, share * per_day * (ctx.t1 - h_start) / DAY, valley)
    langs = list(pick(rng, (("en",), ("en", "es"), ("en", "de", "fr"))))
    domain_w = weights(rng, len(texts.SUBJECTS), 1.0)
    domains = list(texts.SUBJECTS)
    key_w = np.array([0.85] + [0.15 / (n_keys - 1)] * (n_keys - 1))
    p_key = rng.choice(n_keys, size=len(product), p=key_w)
    h_key = rng.choice(n_keys, size=len(harvest), p=key_w)
    for i, a in enumerate(accts):
        pts, hts = product[p_key == i], harvest[h_key == i]
        pp = [texts.product_request(rng, ctx.chat, ctx.passages) for _ in range(len(pts))]
        hp = [
            texts.product_wrapped_question(
                rng,
                texts.expert_question(
                    rng, pick(rng, langs), domains[int(rng.choice(len(domains), p=domain_w))]
                ),
            )
            for _ in range(len(hts))
        ]
        ctx.emit(
            rng, a, pts, pp, models=ctx.models(rng, pts, 0.2, 0.15), comp_median=300, err=0.008
        )
        ctx.emit(
            rng, a, hts, hp, models=ctx.models(rng, hts, 0.85, 0.02), comp_median=650, err=0.008
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_load_plus_valley_fill",
            "ip_source": f"cloud:{provider} (product pods)",
            "payment": "company card",
            "languages": langs,
            "harvest_share": round(share, 2),
            "product_per_day": round(per_day),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. bought aged accounts taken over around the release (hard)


def sussex(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sussex"
    n = irange(rng, 10, 20)
    accts, used = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = lang_for_tz(rng, tz)
        used.append(lang)
        ua = pick(rng, COMMON_UAS + MOBILE[:2])
        a = _acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        takeover = ctx.release + rng.uniform(-18, 20) * HOUR
        # the original owner's own light use
        own = session_times(rng, ctx.t0, takeover, rng.uniform(0.5, 2.5), evening_person(tz), 4, 60)
        ots = trains(own)
        ctx.emit(
            rng,
            a,
            ots,
            [texts.clip(pick(rng, ctx.chat), 8, 900, rng) for _ in range(len(ots))],
            models=ctx.models(rng, ots, 0.15, 0.15),
            comp_median=350,
        )
        # after the sale: same UA, proxies in the owner's region, person-like sessions
        proxies = home(rng, irange(rng, 4, 15), tz)
        sess = session_times(
            rng,
            takeover,
            ctx.t1,
            rng.uniform(8, 20),
            evening_person(tz, 4.0),
            rng.uniform(8, 18),
            rng.uniform(25, 70),
        )
        hts = trains(sess)
        prompts = [
            texts.expert_question(rng, lang)
            if chance(rng, 0.85) or lang != "en"
            else texts.clip(pick(rng, ctx.chat), 8, 900, rng)
            for _ in range(len(hts))
        ]
        ctx.emit(
            rng,
            a,
            hts,
            prompts,
            models=ctx.models(rng, hts, 0.75, 0.03),
            ips=sticky(rng, hts, proxies, rng.uniform(1800, 7200)),
            comp_median=600,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "pacing": "owner_history_then_sessions",
            "ip_source": "region_matched_residential_proxies",
            "payment": "original owners' cards",
            "languages": sorted(dict.fromkeys(used)),
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. a low-and-slow crowd of paid people asking from a topic sheet (hard)


def backstop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "backstop"
    n = irange(rng, 25, 50)
    tzs = list(pick(rng, ((5, 8), (8,), (-3, 5), (1, 5, 8))))
    prepaid = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    domains = list(texts.SUBJECTS)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        pay = pick(rng, prepaid) if chance(rng, 0.35) else None
        ua = pick(rng, MOBILE + BROWSERS[:2] + COMMON_UAS[2:4])
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            pay=pay,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        s = ctx.t0 + rng.uniform(0, 4) * DAY
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        ts = trains(
            session_times(
                rng, s, ctx.t1, rng.uniform(1, 3), curve, rng.uniform(3, 7), rng.uniform(45, 150)
            )
        )
        dom = pick(rng, domains)
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            prompts.append(
                texts.casual_question(rng, dom)
                if u < 0.7
                else texts.expert_question(rng, "en", dom)
                if u < 0.85
                else texts.clip(pick(rng, ctx.chat), 8, 600, rng)
            )
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.55, 0.05), comp_median=450)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd_topic_sheet",
            "pacing": "human_sessions",
            "ip_source": "members' home broadband",
            "payment": f"own cards + {len(prepaid)} prepaid",
            "tzs": tzs,
            "languages": ["en"],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. public prompt replay to the new model, spread over residential exits (hard)


def bowling_crease(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bowling_crease"
    n_keys = irange(rng, 5, 9)
    per_org = irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range((n_keys + per_org - 1) // per_org)]
    pays = [hexid(rng, "pay") for _ in range(len(orgs))]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 60, 200), region)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            org=orgs[i // per_org],
            pay=pays[i // per_org],
            ua=pick(rng, COMMON_UAS),
            ips=picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    peak = rng.uniform(14, 19)
    for a in accts:
        pre_s = ctx.release - DAY
        pre = thinned(rng, pre_s, ctx.release, irange(rng, 3, 10), constant)
        s = ctx.release + rng.uniform(0, 6) * HOUR
        post = thinned(
            rng, s, ctx.t1, rng.uniform(6, 16) * (ctx.t1 - s) / HOUR, global_load(peak, 0.5)
        )
        ts = np.concatenate([pre, post])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[perm[cursor % len(perm)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, pool, rng.uniform(300, 1200)),
            comp_median=380,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "product_like_diurnal",
            "ip_source": f"residential_proxy:{region}",
            "payment": f"{len(pays)} cards",
            "languages": ["en"],
            "prompts_sent": cursor,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "body_before_wicket": body_before_wicket,
    "square_leg": square_leg,
    "milking_stool": milking_stool,
    "run_out": run_out,
    "stumped": stumped,
    "full_toss": full_toss,
    "no_ball": no_ball,
    "overthrow": overthrow,
    "milkmaid": milkmaid,
    "sussex": sussex,
    "backstop": backstop,
    "bowling_crease": bowling_crease,
}
