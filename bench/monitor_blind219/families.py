"""Campaign families of blind batch 219 (code names: words from shot put).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`, drawing only from its own
`rng` and in a fixed order (lists and tuples, never sets). Four families (`reverse_step`,
`iron_ball`, `hip_drive`, `wrist_flick`) are built to look like legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    SDK_OTHER,
    TZS,
    bursts,
    chance,
    cloud,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind219 import texts as T

#: user agents as the background's own clients spell them (the hard families copy them)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

#: languages people in each UTC offset mostly write in (for the person-like families)
TZ_LANGS = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}
#: crowd_question has no Hindi, Korean or Indonesian: those users write English
CROWD_LANGS = ("en", "es", "pt", "de", "fr", "ru", "zh", "ja")
#: phone prefixes for carrier addresses by offset
TZ_MOBILE = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def _frac(ctx, f: float) -> float:
    return ctx.t0 + f * (ctx.t1 - ctx.t0)


def _sorted_concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _step_curve(release: float, before: float):
    """1 after the release, `before` until then (an operator who scales up for the new model)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, before)

    return f


def _with_pauses(rng: np.random.Generator, a: float, b: float, n: int, lo_h: float, hi_h: float):
    """A job that crashes now and then: `n` dead intervals inside [a, b)."""
    gaps = []
    for _ in range(n):
        s = float(rng.uniform(a, b))
        gaps.append((s, s + float(rng.uniform(lo_h, hi_h)) * HOUR))

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.ones(len(ts))
        for s, e in gaps:
            w[(ts >= s) & (ts < e)] = 0.0
        return w

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, scaled up on the release


def glide(ctx, rng, camp):
    fam = "glide"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "selectel"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    langs = T.some(rng, ("en", "zh", "ru", "es"), irange(rng, 2, 4))
    styles = T.some(rng, T.TRACE_STYLES, irange(rng, 2, 4))
    uas = [sdk_ua(rng) for _ in range(irange(rng, 1, 2))]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    surge = float(rng.uniform(1.5, 3.0))
    per_hour = float(rng.uniform(40, 100))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, _step_curve(ctx.release, 1.0 / surge))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=T.some(rng, block, irange(rng, 1, 3)),
        )
        ts = streams[i]
        prompts = [T.trace_prompt(rng, pick(rng, langs), pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=1900.0,
            comp_sigma=0.5,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (step-by-step, tagged/JSON chain of thought)",
            "pacing": f"one Poisson worker pool, {per_hour:.0f}/h in all, x{surge:.1f} after the release",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} shared prepaid cards",
            "orgs": len(orgs),
            "user_agent": uas,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading in nightly bursts, one stolen card per key


def toeboard(ctx, rng, camp):
    fam = "toeboard"
    n = irange(rng, 4, 8)
    separate_orgs = chance(rng, 0.6)
    shared_org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(20, 24)), float(rng.uniform(4, 8))
    night = nightly(start_h, hours, tz)
    langs = ["en"] * 4 + T.some(rng, ("es", "de"), irange(rng, 1, 2))
    styles = T.some(rng, T.JUDGE_STYLES, irange(rng, 2, 4))
    days = (ctx.t1 - ctx.t0) / DAY
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=hexid(rng, "org") if separate_orgs else shared_org,
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 4), provider),
        )
        starts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.25),
            ctx.t1,
            days * float(rng.uniform(3, 8)),
            night,
        )
        trains = bursts(
            rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(1.5, 5.0)), b=ctx.t1
        )
        ts = _sorted_concat(trains)
        prompts = [
            T.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.03), comp_median=380.0, err=0.03
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading (pairwise, rubric JSON, scalar, critique, ranking)",
            "pacing": f"bursts each night from {start_h:.1f} h local (UTC{tz:+d}) for {hours:.1f} h",
            "ip_source": f"{provider} instances",
            "payment": "one stolen card per key",
            "orgs": "one per key" if separate_orgs else "shared",
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites by a contractor team behind VPN exits


def stopboard(ctx, rng, camp):
    fam = "stopboard"
    n = irange(rng, 5, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    vpn = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 2, 4))
    tz = pick(rng, (8, 3, 2))
    lang_main = {8: "zh", 3: "ru", 2: "ar"}[tz]
    langs = [lang_main] * 3 + ["en"] * 2
    styles = T.some(rng, T.POLICY_STYLES, irange(rng, 2, 5))
    curve = workday(tz, start=9.0, end=19.0, weekend=0.3, night=0.05)
    ua_mode = pick(rng, ("script", "browser"))
    accts = []
    for _ in range(n):
        ua = "python-requests/2.32.3" if ua_mode == "script" else pick(rng, BG_BROWSER)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=camp,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=exits,
            tz=tz,
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        per_hour = float(rng.uniform(8, 20))
        ts = thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR * 0.35, curve)
        prompts = [
            T.policy_prompt(rng, ctx.passages, pick(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ips = sticky(rng, ts, exits, float(rng.uniform(20, 90)) * 60)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=ips,
            comp_median=520.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites, dual answers and refusal sets",
            "pacing": f"office hours UTC{tz:+d} incl. Saturdays, Poisson per key",
            "ip_source": f"commercial VPN exits ({vpn} ranges), sticky 20-90 min",
            "payment": f"{len(cards)} prepaid cards",
            "orgs": len(orgs),
            "user_agent": ua_mode,
            "languages": [lang_main, "en"],
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a residential proxy pool, many small keys


def putt(ctx, rng, camp):
    fam = "putt"
    n = irange(rng, 15, 30)
    pool = resi(rng, irange(rng, 60, 150), "*")
    langs = ["en"] * 3 + T.some(rng, ("zh", "ko"), irange(rng, 0, 2))
    styles = T.some(rng, T.AGENT_STYLES, irange(rng, 2, 3))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=hexid(rng, "org"),
            pay=hexid(rng, "pay"),
            ua=pick(rng, SDK_OTHER),
            ips=pool,
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        eps = thinned(
            rng,
            begin,
            ctx.t1,
            (ctx.t1 - begin) / DAY * float(rng.uniform(8, 20)),
            global_load(14, 0.3),
        )
        ts_all, prompts, extra, comp = [], [], [], []
        for s in eps.tolist():
            style, lang = pick(rng, styles), pick(rng, langs)
            k = 1 if style == "trajectory" else irange(rng, 3, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.5, size=k - 1))]
            )
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(T.agent_prompt(rng, lang, style, step))
                extra.append(350 + 180 * step)
                comp.append(1600.0 if style == "trajectory" else 180.0)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 30)) * 60)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips,
            comp_median=np.asarray(comp)[order],
            extra=np.asarray(extra)[order],
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts (ReAct, JSON function calls, XML traces, whole trajectories)",
            "pacing": "episodes of 3-12 quick steps, 8-20 episodes a day per key",
            "ip_source": "worldwide residential proxy pool, sticky 10-30 min",
            "payment": "one stolen card per key",
            "orgs": "one per key",
            "user_agent": "a different SDK per key",
            "languages": sorted(set(langs)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation by a company on its own card


def chin_tuck(ctx, rng, camp):
    fam = "chin_tuck"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    langs = ["en"] * 3 + T.some(rng, ("es", "pt", "id"), irange(rng, 1, 2))
    styles = T.some(rng, T.DATASET_STYLES, irange(rng, 3, 5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(25, 60)) * n
    n_pauses = irange(rng, 2, 4)
    pauses = _with_pauses(rng, start, ctx.t1, n_pauses, 2.0, 10.0)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, pauses)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        ts = streams[i]
        prompts = [
            T.dataset_prompt(rng, ctx.chat, pick(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2300.0,
            comp_sigma=0.4,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation (JSONL pairs, personas, evolve, seeded, dialogues)",
            "pacing": f"async pool, {per_hour:.0f}/h in all, around the clock with {n_pauses} crashes",
            "ip_source": f"{provider} NAT gateway",
            "payment": "one company card",
            "orgs": 1,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest driven by a user simulator


def neck_pocket(ctx, rng, camp):
    fam = "neck_pocket"
    n = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 80, 200), region)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en"] * 3 + T.some(rng, ("de", "fr", "ja"), irange(rng, 1, 2))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=camp,
            org=hexid(rng, "org"),
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng,
            begin,
            ctx.t1,
            (ctx.t1 - begin) / DAY * float(rng.uniform(15, 35)),
            global_load(3, 0.2),
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            lang = pick(rng, langs)
            opening = T.dialogue_opening(rng, ctx.chat, lang)
            turns = irange(rng, 3, 8)
            gaps = rng.lognormal(np.log(14.0), 0.5, size=turns - 1) + rng.lognormal(
                np.log(4.0), 0.6, size=turns - 1
            )
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            ip = pick(rng, pool)
            for k, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(opening if k == 0 else T.dialogue_followup(rng, lang, opening))
                extra.append(k * irange(rng, 380, 520) + len(opening) // 4 * min(k, 1))
                ips.append(ip)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        sel = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in sel],
            models=ctx.models(rng, ts[order], 0.9, 0.02),
            ips=[ips[i] for i in sel],
            extra=np.asarray(extra)[order],
            comp_median=520.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (simulated user follow-ups, history resent each turn)",
            "pacing": "15-35 conversations a day per key, 3-8 turns 10-30 s apart",
            "ip_source": f"residential proxies ({region}), one exit per conversation",
            "payment": f"{len(cards)} cards across {n} keys",
            "orgs": "one per key",
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same prompt many times in a second or two


def elbow_lift(ctx, rng, camp):
    fam = "elbow_lift"
    n = irange(rng, 4, 10)
    org = hexid(rng, "org")
    provider = pick(rng, ("vultr", "linode", "digitalocean"))
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = T.some(rng, T.SOFT_STYLES, irange(rng, 2, 4))
    langs = ["en"] * 4 + T.some(rng, ("zh", "fr"), 1)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        groups = thinned(
            rng,
            begin,
            ctx.t1,
            (ctx.t1 - begin) / DAY * float(rng.uniform(20, 50)),
            _step_curve(ctx.release, 0.4),
        )
        ts_all, prompts, comp = [], [], []
        for s in groups.tolist():
            style = pick(rng, styles)
            p = T.soft_label_prompt(
                rng, ctx.chat, pick(rng, langs) if style == "mcq" else "en", style
            )
            k = irange(rng, 4, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.8, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([120.0 if style == "confidence" else 6.0] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        sel = order.tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in sel],
            models=ctx.models(rng, ts[order], 0.95, 0.0),
            comp_median=np.asarray(comp)[order],
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (identical prompt 4-12 times: letters, labels, scores)",
            "pacing": "20-50 sample groups a day per key, fewer before the release",
            "ip_source": f"one {provider} VM per key",
            "payment": "one prepaid card per key",
            "orgs": 1,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep: task x language x level, walked in order by single-threaded loops


def power_position(ctx, rng, camp):
    fam = "power_position"
    n = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range((n + 2) // 3)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("azure", "oracle", "aws"))
    human = pick(rng, ("en", "en", "zh", "ru"))
    prog = T.some(rng, T.PROG_LANGS, irange(rng, 4, 8))
    grid = T.curriculum_grid(rng, prog)
    styles = T.some(rng, ("implement", "lesson", "exercise"), irange(rng, 2, 3))
    slices = np.array_split(np.arange(len(grid)), n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=camp,
            org=orgs[i // 3],
            pay=pick(rng, cards),
            ua="OpenAI/Python 1.63.2",
            ips=cloud(rng, 1, provider),
        )
        t = jitter_start(rng, ctx.t0, ctx.release, 0.9)
        gap = float(rng.uniform(240, 600))
        ts = []
        while t < ctx.t1:
            ts.append(t)
            g = float(rng.lognormal(np.log(gap), 0.35))
            if t >= ctx.release:
                g /= 1.8
            if chance(rng, 0.004):
                g += float(rng.uniform(1, 6)) * HOUR
            t += g
        ts = np.asarray(ts)
        mine = slices[i].tolist()
        prompts = []
        for j in range(len(ts)):
            item = grid[mine[j % len(mine)]]
            h = human if chance(rng, 0.8) else "en"
            prompts.append(
                T.curriculum_prompt(rng, item, h, styles[(j // len(mine)) % len(styles)])
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code curriculum sweep (task x programming language x level, then again in another style)",
            "pacing": "one request at a time per key, 4-10 min apart, 1.8x faster after the release",
            "ip_source": f"one {provider} VM per key",
            "payment": f"{len(cards)} cards",
            "orgs": len(orgs),
            "user_agent": "OpenAI/Python 1.63.2",
            "languages": [human, "en"],
            "programming_languages": prog,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real chat product's traffic


def reverse_step(ctx, rng, camp):
    fam = "reverse_step"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    langs = ["en"] * 4 + T.some(rng, ("es", "pt"), irange(rng, 1, 2))
    domains = T.some(rng, sorted(T.DOMAINS_EN), irange(rng, 2, 3))
    share = float(rng.uniform(0.18, 0.32))
    peak = float(rng.uniform(13, 18))
    accts = []
    for i in range(n):
        role = "product_key" if i < 2 else "staging_key"
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=role,
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        per_hour = (
            float(rng.uniform(15, 35)) if role == "product_key" else float(rng.uniform(0.5, 1.5))
        )
        ts = thinned(
            rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.6, global_load(peak, 0.6)
        )
        post = ts >= ctx.release
        h = np.where(post, min(0.45, share * 1.5), share)
        harvest = rng.random(len(ts)) < h
        prompts = [
            T.domain_question(rng, pick(rng, langs), domains) if hv else pick(rng, ctx.chat)
            for hv in harvest.tolist()
        ]
        m_prod = ctx.models(rng, ts, 0.25, 0.1)
        m_harv = ctx.models(rng, ts, 0.8, 0.0)
        models = [b if hv else p for hv, p, b in zip(harvest.tolist(), m_prod, m_harv, strict=True)]
        comp = np.where(harvest, 950.0, 360.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, err=0.01)
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "domain-explanation harvest mixed into a live consumer chat app's own traffic",
            "harvest_share": round(share, 3),
            "domains": domains,
            "pacing": f"the app's global daily load (peak {peak:.0f} UTC); harvest rides the same curve",
            "ip_source": f"the app's {provider} egress",
            "payment": "the company's one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": sorted(set(langs)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over a little before the release


def iron_ball(ctx, rng, camp):
    fam = "iron_ball"
    n = irange(rng, 20, 35)
    center = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, TZ_LANGS[tz])
        ua = pick(rng, BG_SDK) if chance(rng, 0.5) else pick(rng, BG_BROWSER)
        own_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            org=hexid(rng, "org"),
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=own_ips,
            tz=tz,
        )
        take = center + float(rng.normal(0.0, 0.4)) * DAY
        curve = evening_person(tz)
        before = session_times(rng, ctx.t0, take, float(rng.uniform(0.3, 1.5)), curve, 3.0, 90.0)
        tb = _sorted_concat(before)
        ctx.emit(
            rng,
            a,
            tb,
            [pick(rng, ctx.chat) for _ in range(len(tb))],
            models=ctx.models(rng, tb, 0.15, 0.2),
            ips=picks(rng, own_ips, len(tb)),
            comp_median=350.0,
            err=0.01,
        )
        proxies = home(rng, irange(rng, 4, 12), tz)
        after = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2, 6)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
        )
        ta = _sorted_concat(after)
        prompts = []
        for _ in range(len(ta)):
            u = rng.random()
            if u < 0.7:
                prompts.append(T.code_question(rng, lang if chance(rng, 0.4) else "en"))
            elif u < 0.85:
                prompts.append(T.domain_question(rng, "en"))
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(
            rng,
            a,
            ta,
            prompts,
            models=ctx.models(rng, ta, 0.75, 0.05),
            ips=sticky(rng, ta, proxies, 1800.0),
            comp_median=700.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code and explanation harvest through bought aged personal accounts",
            "takeover": "each account switched from its owner to the operator near one date (+-0.4 d)",
            "pacing": "the owner's evening rhythm kept; sessions 2-6 a day after takeover",
            "ip_source": "residential proxies in each owner's own region, sticky 30 min",
            "payment": "each owner's own card",
            "orgs": "each owner's own",
            "user_agent": "each owner's own",
            "languages": "owner's language 40 %, otherwise English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd asking everyday expert questions


def hip_drive(ctx, rng, camp):
    fam = "hip_drive"
    n = irange(rng, 40, 60)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, TZ_LANGS[tz])
        if lang not in CROWD_LANGS:
            lang = "en"
        phone = chance(rng, 0.3)
        ua = BG_PHONE if phone else pick(rng, BG_BROWSER)
        ips = home(rng, irange(rng, 1, 3), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            org=hexid(rng, "org"),
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=ips,
            tz=tz,
        )
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 200)),
        )
        sloppy = float(rng.uniform(0.0, 0.08))
        ts_all, prompts, ev_ips = [], [], []
        for s in sess:
            if phone and tz in TZ_MOBILE and chance(rng, 0.4):
                ip = mobile_v6(rng, 1, TZ_MOBILE[tz])[0]
            else:
                ip = pick(rng, ips)
            for tt in s.tolist():
                ts_all.append(tt)
                prompts.append(
                    T.crowd_question(rng, lang, sloppy)
                    if chance(rng, 0.9) or lang != "en"
                    else pick(rng, ctx.chat)
                )
                ev_ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.1),
            ips=ev_ips,
            comp_median=450.0,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "everyday medical / legal / tax / money Q&A harvest through a crowd of fresh accounts",
            "pacing": "human sessions 0.6-2 a day each, evening-heavy in each member's own time zone",
            "ip_source": "residential proxies matched to each member's region; phone members partly on carrier IPv6",
            "payment": "one prepaid virtual card each",
            "orgs": "one each",
            "user_agent": "background browsers / iPhone",
            "languages": list(CROWD_LANGS),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay to the new model by a small "startup" team in office hours


def wrist_flick(ctx, rng, camp):
    fam = "wrist_flick"
    n = irange(rng, 6, 12)
    tz = pick(rng, (1, 2, 0, -5))
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    office = [home(rng, irange(rng, 1, 2), tz) for _ in range(n_orgs)]
    curve = workday(
        tz,
        start=float(rng.uniform(7.5, 9.5)),
        end=float(rng.uniform(17.0, 20.0)),
        weekend=0.15,
        night=0.1,
    )
    begin = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for i in range(n):
        j = i % n_orgs
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            org=orgs[j],
            pay=cards[j],
            ua="OpenAI/Python 1.54.0",
            ips=office[j],
            tz=tz,
        )
        per_hour = float(rng.uniform(12, 30))
        ts = thinned(
            rng,
            begin + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            per_hour * (ctx.t1 - begin) / HOUR * 0.3,
            curve,
        )
        prompts = [ctx.chat[perm[(cursor + k) % len(perm)]] for k in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.02), comp_median=420.0, err=0.01
        )
        accts.append(a)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-style human prompts, each sent once) to the new model",
            "pacing": f"office hours UTC{tz:+d}, from about a day before the release",
            "ip_source": "office broadband (one or two addresses per org)",
            "payment": "one card per org",
            "orgs": n_orgs,
            "user_agent": "OpenAI/Python 1.54.0",
            "languages": "as the public prompts (mostly English)",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "glide": glide,
    "toeboard": toeboard,
    "stopboard": stopboard,
    "putt": putt,
    "chin_tuck": chin_tuck,
    "neck_pocket": neck_pocket,
    "elbow_lift": elbow_lift,
    "power_position": power_position,
    "reverse_step": reverse_step,
    "iron_ball": iron_ball,
    "hip_drive": hip_drive,
    "wrist_flick": wrist_flick,
}
