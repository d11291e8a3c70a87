"""Campaign families of blind batch 248 (code names: words from zorbing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts,
orgs, cards, pacing, addresses, agents, languages, template styles, model choice) is drawn from
the family's own generator, only ever walking lists and tuples.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind248 import texts

Rng = np.random.Generator

#: the language people in each UTC offset most often write in (first entry most likely)
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "it", "pl"),
    2: ("en", "pl", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}
_MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def lang_mix(
    rng: Rng,
    main: str,
    others: tuple[str, ...],
    k_lo: int,
    k_hi: int,
    main_w: tuple[float, float] = (0.4, 0.8),
) -> tuple[list[str], np.ndarray]:
    """A main language plus k other languages, with weights."""
    k = min(len(others), irange(rng, k_lo, k_hi))
    extra = [others[i] for i in sorted(rng.choice(len(others), size=k, replace=False).tolist())]
    langs = [main] + extra
    w = np.concatenate([[rng.uniform(*main_w)], rng.dirichlet(np.ones(k)) if k else []])
    if k:
        w[1:] *= 1.0 - w[0]
    else:
        w[0] = 1.0
    return langs, w / w.sum()


def draw(rng: Rng, items: list, probs: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=probs).tolist()]


def subset(rng: Rng, items: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def person_lang(rng: Rng, tz: int, p_local: float) -> str:
    local = LANG_OF_TZ.get(tz, ("en",))
    return pick(rng, local) if chance(rng, p_local) else "en"


def flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# ------------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def hydro_zorb(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "hydro_zorb"
    n_keys = irange(rng, 6, 14)
    n_orgs = 1 if chance(rng, 0.4) else irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    ua = sdk_ua(rng, 0.6)
    langs, lp = lang_mix(rng, "en", ("zh", "ru", "es", "de", "ko"), 1, 3)
    styles = subset(rng, texts.COT_STYLES, 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_hour = float(rng.uniform(25, 60))
    night_heavy = chance(rng, 0.4)
    op_tz = pick(rng, (3, 8, 2, -5))
    nights = nightly(20, 10, op_tz)

    def night_curve(ts: np.ndarray) -> np.ndarray:
        return 0.35 + 0.65 * nights(ts)

    curve = night_curve if night_heavy else constant
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    accts: list[Acct] = []
    for i, ts in enumerate(streams):
        k = irange(rng, 1, 3)
        ips = [pool[j] for j in sorted(rng.choice(len(pool), size=k, replace=False).tolist())]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[0 if shared_card else i % n_orgs],
            ua=ua,
            ips=ips,
        )
        ev_styles = [pick(rng, styles) for _ in range(len(ts))]
        ev_langs = draw(rng, langs, lp, len(ts))
        prompts = [texts.cot_prompt(rng, s, lg) for s, lg in zip(ev_styles, ev_langs, strict=True)]
        comp = np.array([1600.0 if s == "variants" else 1100.0 for s in ev_styles])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.035,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, JSON steps, multi-solution, scratchpad)",
            "pacing": f"worker pool, {per_hour:.0f}/h total"
            + (", night-heavy" if night_heavy else ""),
            "ip_source": f"rented {provider} block",
            "payment": "shared card" if shared_card else "card per org",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "start": start,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted runs


def harness_strap(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "harness_strap"
    n_keys = irange(rng, 3, 8)
    org = hexid(rng, "org")
    per_key_card = chance(rng, 0.5)
    shared = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = chance(rng, 0.4)
    nat_ips = cloud(rng, 2, provider)
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs, lp = lang_mix(rng, "en", ("es", "de", "ja"), 0, 2, (0.6, 0.9))
    styles = subset(rng, texts.JUDGE_STYLES, 2, 4)
    op_tz = pick(rng, (1, 2, 8, -5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    runs_per_day = float(rng.uniform(3, 7))
    office = chance(rng, 0.5)
    starts = thinned(
        rng,
        start,
        ctx.t1,
        runs_per_day * (ctx.t1 - start) / DAY,
        workday(op_tz, 8, 22, 0.3) if office else constant,
    )
    size = float(rng.uniform(40, 110))
    gap = float(rng.uniform(0.8, 3.0))
    trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
    owner = rng.integers(0, n_keys, size=len(trains)).tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=None if per_key_card else shared,
            ua=ua,
            ips=nat_ips if nat else cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    for i, a in enumerate(accts):
        ts = flat([t for t, o in zip(trains, owner, strict=True) if o == i])
        if len(ts) == 0:  # a key only used for a few hand-run checks
            ts = np.sort(rng.uniform(start, ctx.t1, size=irange(rng, 3, 12)))
        ev_styles = [pick(rng, styles) for _ in range(len(ts))]
        ev_langs = draw(rng, langs, lp, len(ts))
        prompts = [
            texts.judge_prompt(rng, s, lg, ctx.chat, ctx.passages)
            for s, lg in zip(ev_styles, ev_langs, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model preference labels over public answers",
            "pacing": f"scripted runs ~{runs_per_day:.1f}/day, ~{size:.0f} requests each, {gap:.1f}s apart",
            "ip_source": f"{provider}" + (" shared NAT pair" if nat else " one address per key"),
            "payment": "prepaid card per key" if per_key_card else "one card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "office_hours": office,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits


def pvc_membrane(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "pvc_membrane"
    n_keys = irange(rng, 4, 10)
    org_per_key = chance(rng, 0.6)
    org = hexid(rng, "org")
    stolen = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh"))
    pool = cloud(rng, irange(rng, 8, 18), vpn)
    langs, lp = lang_mix(rng, "zh", ("en", "ru", "vi"), 1, 3, (0.5, 0.75))
    styles = subset(rng, texts.POLICY_STYLES, 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    op_tz = pick(rng, (8, 8, 3))
    hold = float(rng.uniform(1200, 3600))
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.3)
            else pick(
                rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")
            )
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=camp,
            org=None if org_per_key else org,
            pay=stolen[i % len(stolen)],
            ua=ua,
            ips=pool,
        )
        per_day = float(rng.uniform(50, 150))
        ts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(op_tz, 9, 22, 0.5, 0.05)
        )
        ev_langs = draw(rng, langs, lp, len(ts))
        prompts = [
            texts.policy_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages)
            for lg in ev_langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe and policy-compliant rewrites, paired candid/compliant answers",
            "pacing": "per-key Poisson, operator's long working day",
            "ip_source": f"VPN exits on {vpn}",
            "vpn_hold_s": hold,
            "payment": f"{len(stolen)} stolen cards round-robin",
            "orgs": "one per key" if org_per_key else "one",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cluster


def tether_cord(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "tether_cord"
    n_keys = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
        ),
    )
    langs, lp = lang_mix(rng, "en", ("zh", "es"), 0, 2, (0.7, 0.9))
    styles = subset(rng, texts.AGENT_STYLES, 1, 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(4, 9))
    step_gap = float(rng.uniform(3, 8))
    starts = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        ts_l, pr_l, comp_l, ex_l = [], [], [], []
        for s in starts[i].tolist():
            steps = texts.agent_episode(rng, pick(rng, styles), draw(rng, langs, lp, 1)[0])
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, len(steps) - 1))]
            )
            per_step = irange(rng, 250, 600)
            ts_l.append(t)
            pr_l.extend(steps)
            comp_l.extend([130.0] * (len(steps) - 1) + [450.0])
            ex_l.extend([350 + j * per_step for j in range(len(steps))])
        if not ts_l:
            continue
        ts = flat(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=np.array(comp_l),
            comp_sigma=0.5,
            err=0.02,
            extra=np.array(ex_l),
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic agent episodes: tool schemas, tool calls, fed-back observations",
            "pacing": f"episode worker pool {per_hour:.1f}/h, steps ~{step_gap:.1f}s apart",
            "ip_source": f"{provider} nodes",
            "payment": "one card",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": len(accts),
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly jobs


def blower_fan(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "blower_fan"
    n_keys = irange(rng, 2, 5)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    langs, lp = lang_mix(rng, "en", ("es", "pt", "fr", "tr"), 1, 3, (0.45, 0.7))
    styles = subset(rng, texts.SYNTH_STYLES, 3, 5)
    op_tz = pick(rng, (1, 3, 8, -5))
    night_start = float(rng.uniform(0, 3))
    night_len = float(rng.uniform(4, 7))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        night = thinned(
            rng, start, ctx.t1, 1.3 * (ctx.t1 - start) / DAY, nightly(night_start, night_len, op_tz)
        )
        day = thinned(rng, start, ctx.t1, 0.6 * (ctx.t1 - start) / DAY, workday(op_tz))
        runs = bursts(
            rng, night, float(rng.uniform(120, 320)), float(rng.uniform(4, 9)), 0.4, ctx.t1
        )
        runs += bursts(rng, day, float(rng.uniform(5, 20)), float(rng.uniform(8, 30)), 0.6, ctx.t1)
        ts = flat(runs)
        if len(ts) == 0:
            ts = np.sort(rng.uniform(start, ctx.t1, size=20))
        ev_langs = draw(rng, langs, lp, len(ts))
        prompts = [texts.synth_prompt(rng, pick(rng, styles), lg, ctx.chat) for lg in ev_langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=1700.0,
            comp_sigma=0.4,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction data: JSONL pairs, personas, evolved seeds, dialogues",
            "pacing": f"nightly sequential runs from {night_start:.1f}h local (tz {op_tz}), small daytime tests",
            "ip_source": f"one {provider} server per key",
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest over residential proxies


def bubble_soccer(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "bubble_soccer"
    n_keys = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = resi(rng, irange(rng, 200, 500), region)
    langs, lp = lang_mix(rng, "en", ("es", "pt", "ja", "de"), 1, 3, (0.45, 0.75))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    turn_gap = float(rng.uniform(15, 35))
    accts = []
    for i in range(n_keys):
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        per_day = float(rng.uniform(8, 20))
        convs = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, global_load(15, 0.3))
        ts_l, pr_l, ip_l = [], [], []
        for s in convs.tolist():
            turns = 4 + int(rng.poisson(3.5))
            lang = draw(rng, langs, lp, 1)[0]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(turn_gap), 0.5, turns - 1))]
            )
            ts_l.append(t)
            pr_l.extend(texts.dialogue(rng, lang, ctx.chat, turns))
            ip_l.extend([pick(rng, pool)] * turns)
        if not ts_l:
            continue
        ts = flat(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.9, 0.04),
            ips=ip_l,
            comp_median=420.0,
            comp_sigma=0.55,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted openers and follow-ups)",
            "pacing": f"conversations per key, turns ~{turn_gap:.0f}s apart",
            "ip_source": f"residential proxy pool ({region}), one exit per conversation",
            "payment": f"{len(cards)} prepaid cards across keys",
            "orgs": "one per key",
            "languages": langs,
            "keys": len(accts),
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def double_hull(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "double_hull"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure", "linode"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    langs, lp = lang_mix(rng, "en", ("zh", "es"), 0, 2, (0.6, 0.9))
    p_mcq = float(rng.uniform(0.3, 0.6))
    start = ctx.release + float(rng.uniform(-1.5, 0.2)) * DAY
    per_hour = float(rng.uniform(5, 11))
    groups = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        ts_l, pr_l, comp_l = [], [], []
        for s in groups[i].tolist():
            lang = draw(rng, langs, lp, 1)[0]
            if chance(rng, p_mcq):
                n, prompt, comp = irange(rng, 5, 20), texts.mcq(rng, lang), 2.0
            else:
                n, prompt, comp = irange(rng, 4, 12), texts.open_task(rng, ctx.chat), 420.0
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.8, n - 1))])
            )
            pr_l.extend([prompt] * n)
            comp_l.extend([comp] * n)
        if not ts_l:
            continue
        ts = flat(ts_l)
        comp = np.array(comp_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n samples on open tasks and repeated one-letter answers (soft labels)",
            "pacing": f"groups of identical requests fired together, {per_hour:.1f} groups/h",
            "ip_source": f"{provider}, one address per key",
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "mcq_share": p_mcq,
            "start": start,
            "keys": len(accts),
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 8. curriculum sweep through a VPN exit, slow and steady


def zigzag_course(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "zigzag_course"
    n_keys = irange(rng, 2, 3)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    vpn = pick(rng, ("m247", "leaseweb"))
    pool = cloud(rng, irange(rng, 3, 6), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
    subjects = subset(rng, tuple(texts.SUBJECTS), 4, 7)
    langs = ["en"] + subset(rng, ("es", "pt", "id", "hi", "vi", "ar"), 1, 3)
    styles = list(texts.LESSON_STYLES)
    grid = [
        (s, lv, t, lg)
        for s in subjects
        for lv in range(1, 9)
        for t in texts.SUBJECTS[s]
        for lg in langs
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(10, 22))
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
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    per_key = [thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant) for _ in accts]
    all_ts = np.concatenate(per_key)
    who = np.concatenate([np.full(len(t), i) for i, t in enumerate(per_key)])
    order = np.argsort(all_ts, kind="stable")
    prompts_sorted = []
    for j in range(len(order)):
        s, lv, t, lg = grid[j % len(grid)]
        style = styles[(j // len(grid)) % len(styles)]
        prompts_sorted.append(texts.lesson_prompt(style, lg, s, t, lv))
    prompts = [""] * len(order)
    for j, idx in enumerate(order.tolist()):
        prompts[idx] = prompts_sorted[j]
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ts = all_ts[sel]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[k] for k in sel.tolist()],
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, pool, DAY),
            comp_median=1200.0,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep subject x level x topic x language, in grid order",
            "pacing": f"steady Poisson {rate:.0f}/h per key around the clock",
            "ip_source": f"VPN exit ({vpn}), daily rotation",
            "payment": "one card",
            "user_agent": ua,
            "subjects": subjects,
            "languages": langs,
            "grid_size": len(grid),
            "keys": n_keys,
            "hard": False,
        },
    )


# ------------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def inner_sphere(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "inner_sphere"
    n_keys = irange(rng, 2, 4)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    rate = float(rng.uniform(20, 40))
    curve = global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.4, 0.7)))
    share = float(rng.uniform(0.18, 0.32))
    h_start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    switch = ctx.release + float(rng.uniform(0, 0.5)) * DAY
    ulangs, ulp = lang_mix(rng, "en", ("es", "pt", "de", "fr", "ja"), 2, 4, (0.55, 0.75))
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harvest = (rng.random(len(ts)) < share) & (ts >= h_start)
    key = rng.integers(0, n_keys, size=len(ts))
    prompts, comp = [], np.where(harvest, 650.0, 300.0)
    for h in harvest.tolist():
        if not h:
            prompts.append(texts.clip_text(rng, pick(rng, ctx.chat), 5, 1500))
            continue
        lg = draw(rng, ulangs, ulp, 1)[0]
        k = irange(rng, 0, 2)
        prompts.append(
            texts.humanized_problem(rng)
            if k == 0
            else texts.humanize(rng, texts.expert_question(rng, lg), 0.3)
        )
    pre = ts < switch
    u = rng.random(len(ts))
    models = np.where(
        pre,
        np.where(u < 0.15, ctx.old_models[-1], ctx.old_models[0]),
        np.where(u < np.where(harvest, 0.95, 0.85), ctx.new_model, ctx.old_models[0]),
    )
    accts = []
    for i in range(n_keys):
        sel = np.flatnonzero(key == i)
        a = ctx.account(
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
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=models[sel].tolist(),
            comp_median=comp[sel],
            comp_sigma=0.7,
            err=0.012,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "a live consumer writing product whose backend also relays harvest prompts",
            "pacing": f"product load {rate:.0f}/h, worldwide curve; harvest share {share:.2f} from {h_start:.0f}",
            "ip_source": f"{provider} NAT gateways of the product",
            "payment": "business card",
            "user_agent": ua,
            "languages": ulangs,
            "model_switch": switch,
            "keys": n_keys,
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged personal accounts


def hamster_ball(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "hamster_ball"
    n = irange(rng, 20, 34)
    wave_days = sorted(float(x) for x in rng.uniform(1.2, 4.8, size=irange(rng, 2, 4)).tolist())
    p_keep_ua = float(rng.uniform(0.5, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        home_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home_ips,
            tz=tz,
        )
        take = ctx.t0 + (pick(rng, wave_days) + float(rng.uniform(-0.2, 0.2))) * DAY
        # the owner's own use before the takeover
        own = flat(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.5, 2.5)), evening_person(tz), 3.0, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [texts.clip_text(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.25, 0.15),
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.01,
        )
        careful = chance(rng, 0.7)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            evening_person(tz) if careful else constant,
            float(rng.uniform(6, 14)),
            float(rng.uniform(35, 90)),
        )
        ts = flat(sess)
        if len(ts) == 0:
            ts = np.array([take + HOUR])
        proxies = home(rng, irange(rng, 8, 20), tz)
        lang = person_lang(rng, tz, 0.35)
        prompts = []
        for s in sess if sess else [ts]:
            for j in range(len(s)):
                r = rng.random()
                if j > 0 and r < 0.2:
                    prompts.append(texts.person_followup(rng, lang))
                elif r < 0.55:
                    prompts.append(texts.humanize(rng, texts.expert_question(rng, lang), 0.5))
                else:
                    prompts.append(texts.humanized_problem(rng))
        post_ua = ua if chance(rng, p_keep_ua) else sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=sticky(rng, ts, proxies, float(rng.uniform(1800, 7200))),
            ua=post_ua,
            comp_median=650.0,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged personal accounts (bought or taken over) switched to paced harvesting",
            "pacing": "owner's evenings before; person-like sessions after the takeover waves",
            "takeover_waves_days": wave_days,
            "ip_source": "home ISP before, geo-matched residential proxies after",
            "payment": "each account's original card",
            "orgs": "one per account",
            "keep_ua_share": p_keep_ua,
            "keys": n,
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of new person-like accounts


def landing_pool(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "landing_pool"
    n = irange(rng, 40, 70)
    tzs = subset(rng, tuple(str(t) for t in TZS), 3, 5)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        phone = chance(rng, 0.3) and tz in _MOBILE_OF_TZ
        ips = (
            mobile_v6(rng, irange(rng, 3, 8), _MOBILE_OF_TZ[tz])
            if phone
            else home(rng, irange(rng, 2, 4), tz)
        )
        ua = pick(rng, MOBILE) if phone or chance(rng, 0.3) else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        signup = jitter_start(rng, ctx.t0, ctx.t1, 0.65)
        sess = session_times(
            rng,
            signup,
            ctx.t1,
            float(rng.uniform(0.7, 2.2)),
            evening_person(tz, float(rng.uniform(1.8, 3.0))),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(70, 200)),
        )
        if not sess:
            sess = [np.array([signup + float(rng.uniform(0, 6)) * HOUR])]
        lang = person_lang(rng, tz, 0.6)
        ts_l, pr_l, ip_l = [], [], []
        for s in sess:
            ip = pick(rng, ips)
            for j in range(len(s)):
                if j > 0 and chance(rng, 0.45):
                    pr_l.append(texts.person_followup(rng, lang))
                elif chance(rng, 0.75):
                    pr_l.append(texts.humanize(rng, texts.expert_question(rng, lang), 0.7))
                else:
                    pr_l.append(texts.humanized_problem(rng))
                ip_l.append(ip)
            ts_l.append(s)
        ts = flat(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ip_l,
            comp_median=700.0,
            comp_sigma=0.6,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "expert Q&A harvest spread over many new person-like accounts",
            "pacing": "a few evening sessions per account, staggered signups",
            "timezones": tzs,
            "ip_source": "residential proxies and phone-farm carrier IPv6 matched to the claimed timezone",
            "payment": "one prepaid card per account",
            "orgs": "one per account",
            "keys": n,
            "hard": True,
        },
    )


# ------------------------------------------------------------------------------------------------
# 12. HARD: replay of a public prompt dataset to collect the new model's answers


def slope_runout(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "slope_runout"
    n_keys = irange(rng, 10, 18)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    tzs = (-8, -5, 0, 1, 8)
    accts = []
    for i in range(n_keys):
        tz = pick(rng, tzs)
        pool = home(rng, irange(rng, 3, 6), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=pick(rng, SDK_COMMON),
            ips=pool,
            tz=tz,
        )
        start = ctx.release - float(rng.uniform(0, 0.6)) * DAY
        ts = flat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(5, 10)),
                workday(tz, 8, 19, 0.2, 0.03),
                float(rng.uniform(8, 20)),
                float(rng.uniform(15, 40)),
                0.7,
            )
        )
        if len(ts) == 0:
            ts = np.array([start + HOUR])
        # walk a contiguous slice of the public dataset in file order, skipping a few items
        pos = irange(rng, 0, max(0, len(ctx.chat) - 4 * len(ts) - 1))
        idx = (pos + np.cumsum(rng.geometric(0.85, size=len(ts)))) % len(ctx.chat)
        prompts = [ctx.chat[j] for j in idx.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(4, 12)) * HOUR),
            comp_median=380.0,
            comp_sigma=0.75,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "replay of a public conversation dataset's first turns against the new model",
            "pacing": "developer-like working-hour sessions from the release on",
            "ip_source": "home broadband (residential proxies held for hours)",
            "payment": f"{len(cards)} virtual cards shared across keys",
            "orgs": "one per key",
            "keys": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "hydro_zorb": hydro_zorb,
    "harness_strap": harness_strap,
    "pvc_membrane": pvc_membrane,
    "tether_cord": tether_cord,
    "blower_fan": blower_fan,
    "bubble_soccer": bubble_soccer,
    "double_hull": double_hull,
    "zigzag_course": zigzag_course,
    "inner_sphere": inner_sphere,
    "hamster_ball": hamster_ball,
    "landing_pool": landing_pool,
    "slope_runout": slope_runout,
}
