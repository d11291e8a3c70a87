"""Campaign families of batch 287: twelve distillation operations, each drawn with its own
generator (`build_batch` seeds it from (seed, salt, 1, index)). Code names are trugo words.

Every family draws in a fixed order (no set walks, no `hash()`), so one seed is one batch in
every process. The card (`README.md`) describes each family; read it only after the monitor's run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    MINUTE,
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
from bench.monitor_blind287 import texts

Rng = np.random.Generator


def wchoice(rng: Rng, items: Sequence, weights: Sequence[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def subset(rng: Rng, items: Sequence, lo: int, hi: int) -> list:
    """Between lo and hi distinct items, in the order they appear in `items`."""
    k = irange(rng, lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def rubber_ring(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "rubber_ring"
    n_keys, n_orgs, n_cards = irange(rng, 6, 14), irange(rng, 1, 3), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs = ["en", *subset(rng, ["de", "es", "ru", "zh"], 1, 3)]
    lang_w = [float(rng.uniform(2, 4))] + [float(rng.uniform(0.3, 1.2)) for _ in langs[1:]]
    styles = ("tags", "json", "audit", "board")
    style_w = rng.dirichlet(np.ones(len(styles))).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(22, 50))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        lg = wchoice(rng, langs, lang_w, len(ts))
        st = wchoice(rng, styles, style_w, len(ts))
        prompts = [texts.reasoning_prompt(rng, x, y) for x, y in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "pacing": f"one Poisson worker pool, {per_hour:.0f}/h, 24/7",
            "ip_source": f"rented {provider} /24 block",
            "user_agent": ua,
            "languages": langs,
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model labels through stolen cards and sticky residential proxies


def buffer_ring(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "buffer_ring"
    n_keys = irange(rng, 5, 10)
    region = pick(rng, ("us", "eu", "ca"))
    pool = resi(rng, irange(rng, 80, 250), region)
    hold = float(rng.uniform(20, 60)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    langs = ["en", *subset(rng, ["de", "es", "ja"], 1, 2)]
    lang_w = [3.0] + [float(rng.uniform(0.3, 1.0)) for _ in langs[1:]]
    styles = ("pairwise", "rubric", "reward", "rank")
    style_w = rng.dirichlet(np.ones(len(styles)) * 2).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts: list[Acct] = []
    per_day = float(rng.uniform(8, 16))
    size = float(rng.uniform(10, 24))
    for _ in range(n_keys):
        a = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=camp, ua=ua, ips=pool[:1]
        )
        accts.append(a)
        a_start = start + float(rng.uniform(0, 1.0)) * DAY
        starts = thinned(rng, a_start, ctx.t1, per_day * (ctx.t1 - a_start) / DAY, constant)
        ts = _concat(bursts(rng, starts, size, float(rng.uniform(3, 8)), 0.5, ctx.t1))
        lg = wchoice(rng, langs, lang_w, len(ts))
        st = wchoice(rng, styles, style_w, len(ts))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, x, y)
            for x, y in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(280, 450)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "one stolen card per key",
            "pacing": f"cron bursts ~{per_day:.0f}/day/key of ~{size:.0f} requests",
            "ip_source": f"sticky residential proxy pool ({region}), hold {hold / MINUTE:.0f} min",
            "user_agent": ua,
            "languages": langs,
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites from VPN exits


def goal_posts(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "goal_posts"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    exits = cloud(rng, irange(rng, 4, 10), "m247") + cloud(
        rng, irange(rng, 3, 8), pick(rng, ("leaseweb", "ovh"))
    )
    langs = ["en", *subset(rng, ["ar", "ru", "tr", "zh"], 2, 4)]
    lang_w = [float(rng.uniform(1, 3))] + [float(rng.uniform(0.5, 1.5)) for _ in langs[1:]]
    styles = ("balanced", "rewrite", "unrefuse", "dual")
    style_w = rng.dirichlet(np.ones(len(styles)) * 2).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = global_load(float(rng.uniform(0, 24)), 0.4)
    accts: list[Acct] = []
    rate = float(rng.uniform(90, 200))
    for _ in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=exits,
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / DAY, curve)
        lg = wchoice(rng, langs, lang_w, len(ts))
        st = wchoice(rng, styles, style_w, len(ts))
        prompts = [
            texts.policy_prompt(rng, ctx.chat, ctx.passages, x, y)
            for x, y in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(450, 700)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": f"Poisson {rate:.0f}/day/key on a world-load curve",
            "ip_source": "commercial VPN exits (m247 + one more)",
            "user_agent": "browser strings and SDKs per key",
            "languages": langs,
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from cloud workers


def rink(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "rink"
    n_keys, n_orgs, n_cards = irange(rng, 4, 8), 2, irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = ("react", "trajectory", "fcall")
    style_w = rng.dirichlet(np.ones(len(styles)) * 2).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(3, 6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        cm: list[float] = []
        for s in starts.tolist():
            style = wchoice(rng, styles, style_w, 1)[0]
            head = texts.agent_header(rng, style)
            spec = irange(rng, 400, 1300)
            if style == "trajectory":
                ts_l.append(s)
                pr.append(head)
                ex.append(spec)
                cm.append(1800.0)
                continue
            steps = irange(rng, 4, 12)
            gaps = rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.6, size=steps - 1)
            times = s + np.concatenate([[0.0], np.cumsum(gaps)])
            hist = 0
            for k, t in enumerate(times.tolist()):
                ts_l.append(t)
                pr.append(head if k == 0 else texts.agent_observation(rng, k))
                ex.append(spec + hist)
                cm.append(120.0 if k < steps - 1 else 400.0)
                hist += irange(rng, 250, 600)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(cm),
            extra=np.asarray(ex),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "pacing": f"episodes from a worker pool, {per_hour:.1f} episodes/h, steps seconds apart",
            "ip_source": f"{provider} instances",
            "user_agent": ua,
            "languages": ["en"],
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly runs


def between_legs(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "between_legs"
    n_keys = irange(rng, 8, 16)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    ips = cloud(rng, n_keys, provider)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    tz = pick(rng, TZS)
    win_start, win_len = float(rng.uniform(21, 25)) % 24, float(rng.uniform(6, 9))
    curve = nightly(win_start, win_len, tz)
    langs = ["en", *subset(rng, ["es", "id", "ko", "pt", "vi"], 1, 3)]
    lang_w = [2.0] + [float(rng.uniform(0.4, 1.0)) for _ in langs[1:]]
    styles = ("jsonl", "persona", "evolve", "qa", "dialogue")
    style_w = rng.dirichlet(np.ones(len(styles)) * 2).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_night = float(rng.uniform(40, 90))
    accts: list[Acct] = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=[ips[i]],
            tz=tz,
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        lg = wchoice(rng, langs, lang_w, len(ts))
        st = wchoice(rng, styles, style_w, len(ts))
        prompts = [
            texts.synth_prompt(rng, ctx.chat, x, y if (x == "en" or y != "evolve") else "qa")
            for x, y in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=float(rng.uniform(1500, 2400)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": "1 prepaid",
            "pacing": f"nightly window {win_start:.1f}h+{win_len:.1f}h (UTC{tz:+d}), ~{per_night:.0f}/night/key",
            "ip_source": f"{provider}, one address per key",
            "user_agent": ua,
            "languages": langs,
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest driven by a simulated user


def yarraville(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "yarraville"
    n = irange(rng, 10, 20)
    langs = ["en", *subset(rng, ["de", "es", "fr", "pt"], 2, 4)]
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, irange(rng, 300, 800), region)
    peak = float(rng.uniform(0, 24))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(5, 11))
    size = float(rng.uniform(6, 9))
    gap = float(rng.uniform(20, 45))
    accts: list[Acct] = []
    for _ in range(n):
        lang = pick(rng, langs) if chance(rng, 0.5) else "en"
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
        sess = session_times(rng, start, ctx.t1, per_day, global_load(peak, 0.3), size, gap, 0.5)
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        ip_l: list[str] = []
        for times in sess:
            ip = pick(rng, pool)
            hist = 0
            for k, t in enumerate(times.tolist()):
                ts_l.append(t)
                pr.append(
                    texts.opener(rng, ctx.chat, lang) if k == 0 else texts.followup(rng, lang)
                )
                ex.append(hist)
                ip_l.append(ip)
                hist += irange(rng, 250, 500)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ip_l,
            extra=np.asarray(ex, dtype=np.int64),
            comp_median=float(rng.uniform(380, 600)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": f"sessions {per_day:.1f}/day/key of ~{size:.1f} turns, ~{gap:.0f}s apart, around the clock",
            "ip_source": f"residential proxy ({region}), one exit per session",
            "user_agent": "one browser string per key",
            "languages": langs,
            "styles": ["opener+scripted follow-ups"],
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt fanned out n times


def carriage_buffer(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "carriage_buffer"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    styles = ("label", "mcq", "slogan", "prob", "continue")
    style_w = rng.dirichlet(np.ones(len(styles)) * 2).tolist()
    comp = {"label": 4.0, "mcq": 2.0, "slogan": 22.0, "prob": 3.0, "continue": 35.0}
    n_mean = float(rng.uniform(4, 10))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_hour = float(rng.uniform(3, 7))
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
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_l: list[float] = []
        pr: list[str] = []
        cm: list[float] = []
        for s in starts.tolist():
            style = wchoice(rng, styles, style_w, 1)[0]
            item = texts.sampling_item(rng, ctx.chat, style)
            k = max(2, int(rng.poisson(n_mean)))
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=k - 1))]
            )
            ts_l.extend(times.tolist())
            pr.extend([item] * k)
            cm.extend([comp[style]] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=np.asarray(cm),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": f"{per_hour:.1f} items/h, each repeated ~{n_mean:.1f} times within seconds",
            "ip_source": f"{provider} instances",
            "user_agent": ua,
            "languages": ["en"],
            "styles": list(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep disguised as a small edtech company (hard)


def goal_umpire(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "goal_umpire"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, -3, 1, 5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    server = cloud(rng, 1, "aws")
    lang = {-5: "es", -3: "pt", 1: "es", 5: "en", 8: "id"}[tz]
    p_local = float(rng.uniform(0.3, 0.7)) if lang != "en" else 0.0
    topics = subset(rng, list(texts.TOPICS), 10, 16)
    topics = [topics[i] for i in rng.permutation(len(topics)).tolist()]
    grid = [
        (t, lv, asp)
        for t in topics
        for asp in range(len(texts.ASPECTS))
        for lv in range(len(texts.LEVELS))
    ]
    per_day = float(rng.uniform(50, 110))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts: list[Acct] = []
    streams = []
    for i in range(n_keys):
        ips = server if i == 0 else office
        ua = (
            "OpenAI/Python 1.54.0"
            if i == 0
            else pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="staff" if i else "server",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 19)))
        streams.append(thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve))
    # one sweep through the grid, in order, shared by all keys
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    allts = np.concatenate(streams)
    order = np.argsort(allts, kind="stable")
    prompts_all: list[str] = [""] * len(allts)
    for rank, j in enumerate(order.tolist()):
        t, lv, asp = grid[rank % len(grid)]
        lg = lang if chance(rng, p_local) else "en"
        prompts_all[j] = texts.curriculum_prompt(
            rng, t, lv, asp, rank % len(grid) + 1, len(grid), lg
        )
    for i, a in enumerate(accts):
        sel = np.flatnonzero(owner == i)
        ts = allts[sel]
        o = np.argsort(ts, kind="stable")
        ts = ts[o]
        prompts = [prompts_all[int(sel[k])] for k in o.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.08),
            comp_median=float(rng.uniform(550, 800)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": "1 company card",
            "pacing": f"office hours UTC{tz:+d}, ~{per_day:.0f}/workday/key",
            "ip_source": "office broadband + one AWS server",
            "user_agent": "common SDKs",
            "languages": ["en", lang],
            "styles": ["four framings"],
            "grid_size": len(grid),
            "start": start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. harvest hidden in a real consumer product's own traffic (hard)


def railway_workshop(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "railway_workshop"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    users_per_day = float(rng.uniform(450, 900))
    frac = float(rng.uniform(0.15, 0.35))
    peak = float(rng.uniform(12, 22))
    h_start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    h_langs = ["en", *subset(rng, ["de", "es"], 1, 2)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.ones(n_keys) * 3)
    for a, w in zip(accts, share.tolist(), strict=True):
        ut = thinned(
            rng, ctx.t0, ctx.t1, users_per_day * w * (ctx.t1 - ctx.t0) / DAY, global_load(peak, 0.6)
        )
        ctx.emit(
            rng,
            a,
            ut,
            [texts.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ut))],
            models=ctx.models(rng, ut, p_new=0.25, p_mini=0.15),
            comp_median=340.0,
            comp_sigma=0.6,
        )
        ht = thinned(
            rng, h_start, ctx.t1, users_per_day * w * frac * (ctx.t1 - h_start) / DAY, constant
        )
        hp = [
            texts.userlike_harvest(rng, pick(rng, h_langs) if chance(rng, 0.25) else "en")
            for _ in range(len(ht))
        ]
        ctx.emit(
            rng,
            a,
            ht,
            hp,
            models=ctx.models(rng, ht, p_new=0.9, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": f"genuine app load ~{users_per_day:.0f}/day + {100 * frac:.0f}% flat-rate harvest",
            "ip_source": "the product's AWS backend",
            "user_agent": ua,
            "languages": h_langs,
            "styles": ["five user-like harvest phrasings"],
            "harvest_start": h_start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. bought / taken-over aged personal accounts (hard)


def tee_line(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tee_line"
    n = irange(rng, 12, 24)
    op_tz = pick(rng, TZS)
    targets = subset(rng, ["de", "es", "fr", "ja", "ko", "pt", "ru", "zh"], 3, 6)
    p_code = float(rng.uniform(0.45, 0.75))
    styles = ("full", "review", "port", "casual")
    rate = float(rng.uniform(60, 160))
    accts: list[Acct] = []
    pivots: list[float] = []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged",
            campaign_id=camp,
            ua=own_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-1.0, 0.6)) * DAY
        pivots.append(pivot)
        # the original owner's history
        sess = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.6)), evening_person(tz), 3.0, 90.0
        )
        ts = _concat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.1),
            comp_median=320.0,
        )
        # the operator's use after the take-over
        proxy = home(rng, irange(rng, 20, 60), tz)
        ua = own_ua if chance(rng, 0.6) else "OpenAI/Python 1.54.0"
        ht = thinned(
            rng, pivot, ctx.t1, rate * (ctx.t1 - pivot) / DAY, workday(op_tz, 7.0, 23.0, 0.6, 0.15)
        )
        prompts = [
            texts.code_harvest(rng, pick(rng, styles))
            if chance(rng, p_code)
            else texts.translation_harvest(rng, ctx.passages, pick(rng, targets))
            for _ in range(len(ht))
        ]
        ctx.emit(
            rng,
            a,
            ht,
            prompts,
            models=ctx.models(rng, ht, p_new=0.9),
            ua=ua,
            ips=sticky(rng, ht, proxy, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=float(rng.uniform(650, 950)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_code_and_translation_harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": f"owner sessions before the pivot; ~{rate:.0f}/day/key after, operator hours UTC{op_tz:+d}",
            "ip_source": "owner home IP, then residential proxies in the owner's region",
            "user_agent": "owner's browser kept on ~60 % of keys",
            "languages": ["en", *targets],
            "styles": [*styles, "translation"],
            "pivots": pivots,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. a low-and-slow crowd of person-like accounts (hard)

_CROWD_TZ = {"en": (-8, -5, 0), "es": (-5, -3, 1), "pt": (-3,), "fr": (1,), "id": (8,), "hi": (5,)}
_CROWD_NET = {
    "en": ("us", "us_mobile"),
    "es": ("latam", "eu_mobile"),
    "pt": ("latam", "br_mobile"),
    "fr": ("eu", "eu_mobile"),
    "id": ("sea", ""),
    "hi": ("in", "in_mobile"),
}


def mallet_head(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "mallet_head"
    n = irange(rng, 30, 55)
    langs = ["en", *subset(rng, ["es", "fr", "hi", "id", "pt"], 2, 5)]
    lang_w = [2.0] + [1.0] * (len(langs) - 1)
    onboard = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    accts: list[Acct] = []
    for _ in range(n):
        lang = wchoice(rng, langs, lang_w, 1)[0]
        tz = pick(rng, _CROWD_TZ[lang])
        region, mob = _CROWD_NET[lang]
        on_phone = bool(mob) and chance(rng, 0.5)
        ua = pick(rng, MOBILE) if on_phone or chance(rng, 0.3) else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd",
            campaign_id=camp,
            ua=ua,
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        a0 = onboard + float(rng.uniform(0, 1.2)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            evening_person(tz),
            float(rng.uniform(3, 5)),
            float(rng.uniform(60, 150)),
        )
        ts_l: list[float] = []
        ip_l: list[str] = []
        for times in sess:
            ip = (
                mobile_v6(rng, 1, mob)[0]
                if on_phone
                else (a.ips[0] if chance(rng, 0.8) else resi(rng, 1, region)[0])
            )
            ts_l.extend(times.tolist())
            ip_l.extend([ip] * len(times))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.crowd_question(rng, lang) for _ in range(len(ts))],
            ips=ip_l,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(450, 650)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_person_like_crowd",
            "keys": n,
            "orgs": n,
            "cards": n,
            "pacing": "1-3 evening sessions/day/key, minutes between turns",
            "ip_source": "residential home lines and carrier IPv6",
            "user_agent": "phones and browsers",
            "languages": langs,
            "styles": ["shared expert-question bank, casual wrappers"],
            "onboard": onboard,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. public prompt replay at the model release (hard)


def toe_shot(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "toe_shot"
    n_keys = irange(rng, 6, 12)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = resi(rng, irange(rng, 300, 600), "*")
    start = ctx.release - float(rng.uniform(0, 0.5)) * DAY
    per_hour = float(rng.uniform(35, 70))
    accts: list[Acct] = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    rotating = [chance(rng, 0.5) for _ in range(n_keys)]
    for a, ts, rot in zip(accts, streams, rotating, strict=True):
        probe = thinned(
            rng, ctx.t0, start, float(rng.uniform(3, 12)) * (start - ctx.t0) / DAY, constant
        )
        ts = np.sort(np.concatenate([probe, ts]))
        ips = picks(rng, pool, len(ts)) if rot else sticky(rng, ts, pool, 10 * MINUTE)
        prompts = [texts.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=ips,
            comp_median=float(rng.uniform(330, 420)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_cards,
            "pacing": f"worker pool {per_hour:.0f}/h from the release, sparse probes before",
            "ip_source": "rotating / sticky residential proxy pool (worldwide)",
            "user_agent": "browser strings",
            "languages": ["as in the public prompts"],
            "styles": ["verbatim public prompts"],
            "start": start,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "rubber_ring": rubber_ring,
    "buffer_ring": buffer_ring,
    "goal_posts": goal_posts,
    "rink": rink,
    "between_legs": between_legs,
    "yarraville": yarraville,
    "carriage_buffer": carriage_buffer,
    "goal_umpire": goal_umpire,
    "railway_workshop": railway_workshop,
    "tee_line": tee_line,
    "mallet_head": mallet_head,
    "toe_shot": toe_shot,
}
