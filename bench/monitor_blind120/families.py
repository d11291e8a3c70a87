"""Campaign families of blind batch 120 (code names: floorball words).

Each family is `fn(ctx, rng, campaign_id)`: it draws all of its own parameters from `rng` (key
counts, orgs, cards, pacing, addresses, user agents, languages, template styles, model choice),
registers its accounts and campaign in the truth, and writes its events into `ctx.sink`.
Prompt texts come from `texts.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    bursts,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind120 import texts as tx

# --------------------------------------------------------------------------------------------
# small helpers shared with kinds.py


def style_mix(
    rng: np.random.Generator, n_styles: int, k_lo: int, k_hi: int
) -> tuple[list[int], list[float]]:
    """A subset of template styles and their weights."""
    k = irange(rng, k_lo, min(k_hi, n_styles))
    chosen = [int(x) for x in rng.choice(n_styles, size=k, replace=False)]
    w = rng.dirichlet(np.full(k, 1.5))
    return chosen, [float(x) for x in w]


def draw_styles(
    rng: np.random.Generator, styles: list[int], weights: list[float], n: int
) -> list[int]:
    if n == 0:
        return []
    return [styles[i] for i in rng.choice(len(styles), size=n, p=weights).tolist()]


def group_model(ctx: Ctx, rng: np.random.Generator, t: float, p_new: float, p_mini: float) -> str:
    """One model for a whole group of requests (an episode, a session, a job)."""
    return ctx.models(rng, np.array([t]), p_new, p_mini)[0]


def chain(
    rng: np.random.Generator, start: float, n: int, gap_median: float, sigma: float = 0.6
) -> np.ndarray:
    """`n` request times after `start` with lognormal gaps."""
    if n <= 1:
        return np.array([start])[:n]
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=n - 1))]
    )


def statuses(rng: np.random.Generator, err: np.ndarray | float, n: int) -> np.ndarray:
    return np.where(rng.random(n) < np.broadcast_to(err, (n,)), 429, 200)


def paragraphs(r, passages, n: int, lo: int = 200, hi: int = 900) -> list[str]:
    out = []
    while len(out) < n:
        for p in tx.c(r, passages).split("\n\n"):
            p = p.strip()
            if lo <= len(p) <= hi:
                out.append(p)
    return out[:n]


# --------------------------------------------------------------------------------------------
# families


def slap_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block: a Poisson worker pool of keys under one
    or two orgs and one card, warming up on the old flagship and scaling up after the release."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    ua = sdk_ua(rng, 0.7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="slap_shot",
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(n_keys)
    ]
    styles, w = style_mix(rng, 6, 3, 5)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pre_rate, post_rate = float(rng.uniform(8, 25)), float(rng.uniform(35, 80))
    lag = float(rng.uniform(0.5, 8)) * HOUR
    comp = float(rng.uniform(1100, 1900))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, ctx.release + lag, ctx.t1, post_rate, n_keys)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        prompts = [tx.reasoning_coerce(r, s) for s in draw_styles(rng, styles, w, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "slap_shot",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": 1,
            "ip_source": f"rented {provider} block ({len(block)} hosts)",
            "user_agent": ua,
            "pacing": "Poisson worker pool",
            "pre_release_per_hour": pre_rate,
            "post_release_per_hour": post_rate,
            "post_release_lag_h": lag / HOUR,
            "styles": styles,
            "languages": sorted({{3: "zh", 4: "ru"}.get(s_, "en") for s_ in styles}),
        },
    )


def wrist_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: a few keys, each its own org and prepaid card,
    firing scripted bursts through a handful of VPN exits (one exit per key per day)."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 4, 8)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "digitalocean"))
    exits = cloud(rng, irange(rng, 6, 12), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    per_day_all = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="wrist_shot",
            role="grader",
            campaign_id=cid,
            ua=ua if rng.random() < 0.85 else sdk_ua(rng),
            ips=exits,
        )
        accts.append(a)
        s = start + float(rng.uniform(0, 1.5)) * DAY
        per_day = float(rng.uniform(2, 5))
        per_day_all.append(per_day)
        starts = thinned(rng, s, ctx.t1, per_day * (ctx.t1 - s) / DAY, constant)
        trains = bursts(
            rng, starts, float(rng.uniform(12, 30)), float(rng.uniform(1.5, 4.0)), b=ctx.t1
        )
        ts = np.concatenate(trains) if trains else np.empty(0)
        # English styles always, plus one of Spanish / German per key
        key_styles = [0, 1, 4, 5, pick(rng, (2, 3))]
        kw = rng.dirichlet(np.full(len(key_styles), 2.0))
        prompts = [
            tx.judge_prompt(r, s_, ctx.chat, ctx.passages)
            for s_ in draw_styles(rng, key_styles, [float(x) for x in kw], len(ts))
        ]
        ips = sticky(rng, ts + float(rng.uniform(0, DAY)), exits, DAY)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=ips,
            comp_median=260.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "wrist_shot",
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "one prepaid card per key",
            "ip_source": f"VPN exits on {vpn} ({len(exits)})",
            "user_agent": ua,
            "pacing": "scripted bursts",
            "bursts_per_day": per_day_all,
            "languages": ["en", "es", "de"],
        },
    )


def salibandy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites, refusal/safe-alternative pairs and censorship-safe versions, slow and
    steady per key, a fresh residential-proxy exit per request, spoofed browser agents, stolen cards."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 3, 6)
    region = pick(rng, ("us", "eu", "*"))
    styles, w = style_mix(rng, 6, 4, 6)
    accts, rates = [], []
    for _ in range(n_keys):
        uas = picks(rng, BROWSERS, 2)
        a = ctx.account(
            rng,
            label="campaign",
            family="salibandy",
            role="worker",
            campaign_id=cid,
            ua=uas[0],
            ips=resi(rng, 1, region),
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        rate = float(rng.uniform(3, 8))
        rates.append(rate)
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        prompts = [
            tx.policy_prompt(r, s_, ctx.passages) for s_ in draw_styles(rng, styles, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.02),
            ips=resi(rng, len(ts), region),
            ua=picks(rng, uas, len(ts)),
            comp_median=420.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        "salibandy",
        accts,
        {
            "operation": "policy rewrites / refusals / censorship-safe versions",
            "keys": n_keys,
            "cards": "stolen, one per key",
            "ip_source": f"rotating residential proxy ({region})",
            "user_agent": "spoofed browsers",
            "pacing": "steady Poisson per key",
            "per_hour": rates,
            "styles": styles,
            "languages": sorted({{2: "zh", 4: "tr"}.get(s_, "en") for s_ in styles}),
        },
    )


def box_play(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of growing transcripts from cloud worker VMs, one org and
    card, an agent-framework user agent, round the clock."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 5, 10)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="box_play",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    styles, w = style_mix(rng, 4, 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    eps = float(rng.uniform(5, 12))
    gap = float(rng.uniform(3, 8))
    ep_starts = thinned(rng, start, ctx.t1, eps * (ctx.t1 - start) / HOUR, constant)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for t, s_ in zip(ep_starts.tolist(), draw_styles(rng, styles, w, len(ep_starts)), strict=True):
        k = int(rng.integers(n_keys))
        steps = tx.agent_episode(r, s_)
        per[k][0].append(chain(rng, t, len(steps), gap))
        per[k][1].extend(steps)
        per[k][2].extend([group_model(ctx, rng, t, 0.85, 0.05)] * len(steps))
    for a, (tss, prompts, models) in zip(accts, per, strict=True):
        if tss:
            ctx.emit(
                rng,
                a,
                np.concatenate(tss),
                prompts,
                models=models,
                comp_median=220.0,
                comp_sigma=0.7,
                err=0.02,
            )
    ctx.campaign(
        cid,
        "box_play",
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} VMs",
            "user_agent": ua,
            "pacing": "Poisson episodes, multi-step chains",
            "episodes_per_hour": eps,
            "step_gap_s": gap,
            "styles": styles,
            "languages": ["en", "ja"],
        },
    )


def blade_curve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation over a domain taxonomy: a few heavy keys (own orgs, one card) firing
    large concurrent batches in the small hours, long completions."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    pay = hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    tz = pick(rng, (8, 3, 5))
    start_h, hours = float(rng.uniform(0, 2.5)), float(rng.uniform(4, 7))
    styles, w = style_mix(rng, 6, 3, 6)
    first_day = irange(rng, 0, 2)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="blade_curve",
            role="generator",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        trains = []
        for d in range(first_day, 8):
            night0 = ctx.t0 + d * DAY + (start_h - tz) * HOUR
            for _ in range(irange(rng, 1, 3)):
                t = night0 + float(rng.uniform(0, hours)) * HOUR
                trains.append(
                    chain(rng, t, irange(rng, 50, 150), float(rng.uniform(0.8, 2.0)), 0.5)
                )
        ts = np.concatenate(trains)
        ts = ts[(ts >= ctx.t0) & (ts <= ctx.t1)]
        prompts = [
            tx.dataset_prompt(r, s_, ctx.chat) for s_ in draw_styles(rng, styles, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2200.0,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        "blade_curve",
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": 1,
            "ip_source": f"{provider} droplets",
            "user_agent": ua,
            "pacing": "nightly concurrent batches",
            "night_tz": tz,
            "night_start_h": start_h,
            "night_hours": hours,
            "styles": styles,
            "languages": ["en", "hi", "pt", "id"],
        },
    )


def face_off(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item (a replayed public prompt or a probability-output
    task) is sent n times within seconds, through a sticky residential proxy pool; a queue of keys
    under a few orgs and prepaid cards."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 8, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(3)]
    region = pick(rng, ("us", "eu"))
    pool = resi(rng, irange(rng, 150, 300), region)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="face_off",
            role="sampler",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11")),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(3, 7))
    p_replay = float(rng.uniform(0.45, 0.75))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    for a, items in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        tss, prompts, models = [], [], []
        for t in items.tolist():
            n = irange(rng, n_lo, n_hi)
            p = (
                tx.short_chat(r, ctx.chat, 1500)
                if rng.random() < p_replay
                else tx.soft_label_prompt(r, int(rng.integers(3)), ctx.passages)
            )
            tss.append(chain(rng, t, n, 1.2, 0.5))
            prompts.extend([p] * n)
            models.extend([group_model(ctx, rng, t, 0.9, 0.0)] * n)
        if tss:
            ts = np.concatenate(tss)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=models,
                ips=sticky(rng, ts, pool, 600.0),
                comp_median=300.0,
                err=0.02,
            )
    ctx.campaign(
        cid,
        "face_off",
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": 3,
            "ip_source": f"sticky residential proxy pool ({region}, {len(pool)})",
            "pacing": "queue of items x n repeats",
            "items_per_hour": rate,
            "n_range": [n_lo, n_hi],
            "replay_share": p_replay,
            "languages": ["en", "mixed"],
        },
    )


_LANG_TZ = {"en": (-8, -5, 0), "es": (-3, 1), "de": (1,), "ja": (9,), "fr": (1,)}


def rink_boards(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest through a crowd of bought aged accounts, each its own org and
    card, a browser agent and a residential proxy matching its time zone; human-like evening sessions
    that always walk the account's own fixed ladder of follow-up questions."""
    r = tx.seeded(rng)
    n = irange(rng, 30, 50)
    langs = list(_LANG_TZ)
    lw = rng.dirichlet(np.array([5.0, 1.5, 1.2, 1.0, 1.2]))
    accts, lang_of = [], []
    for _ in range(n):
        lang = langs[int(rng.choice(len(langs), p=lw))]
        tz = pick(rng, _LANG_TZ[lang])
        pool = home(rng, irange(rng, 2, 5), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family="rink_boards",
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        lang_of.append(lang)
        habit = tx.typing_habit(r)
        ladder = [tx.typed(x, habit) for x in tx.FOLLOWUPS[lang]]
        r.shuffle(ladder)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(tz, 3.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(40, 90)),
        )
        tss, prompts, models = [], [], []
        for sess in sessions:
            if len(sess) == 0:
                continue
            tss.append(sess)
            prompts.append(tx.opener(r, lang, ctx.chat))
            prompts.extend(ladder[j % len(ladder)] for j in range(len(sess) - 1))
            models.extend([group_model(ctx, rng, float(sess[0]), 0.55, 0.05)] * len(sess))
        if tss:
            ts = np.concatenate(tss)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=models,
                ips=sticky(rng, ts, pool, float(rng.uniform(0.5, 2)) * DAY),
                comp_median=520.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        "rink_boards",
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "accounts": n,
            "orgs": n,
            "cards": "one per bought account",
            "ip_source": "residential proxies matching each account's time zone",
            "user_agent": "browsers",
            "pacing": "human-like evening sessions, fixed follow-up ladder per account",
            "languages": {lang: lang_of.count(lang) for lang in langs},
        },
    )


def innebandy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a study-help app's keys serve genuine users
    round the clock, and the operator tops them up off-peak with a curriculum sweep wrapped in the
    app's own template, on the new model."""
    r = tx.seeded(rng)
    app = pick(rng, ("Lumenote", "Studdle", "Parsley Learn", "Notewise"))
    n_keys = irange(rng, 3, 5)
    provider = pick(rng, ("aws", "gcp"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="innebandy",
            role="front",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, provider),
        )
        for _ in range(n_keys)
    ]
    style = int(rng.integers(2))
    peak = float(rng.uniform(13, 21))
    load = global_load(peak, 0.6)
    rate = float(rng.uniform(30, 55))
    prod = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    h0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    h_rate = float(rng.uniform(8, 18))

    def off_peak(ts: np.ndarray) -> np.ndarray:
        return 1.0 - 0.9 * load(ts)

    harv = thinned(rng, h0, ctx.t1, h_rate * (ctx.t1 - h0) / HOUR, off_peak)
    concepts = list(tx.CURRICULUM)
    r.shuffle(concepts)
    sweep = [
        (cc, lv) for cc in concepts for lv in ("beginner", "intermediate", "advanced", "expert")
    ]
    p_es = float(rng.uniform(0.1, 0.3))
    who_p = rng.integers(0, n_keys, size=len(prod))
    who_h = rng.integers(0, n_keys, size=len(harv))
    h_prompts = []
    for i in range(len(harv)):
        cc, lv = sweep[i % len(sweep)]
        h_prompts.append(
            tx.product_wrap(
                app, style, tx.lesson_request(r, cc, lv, "es" if r.random() < p_es else "en")
            )
        )
    for k, a in enumerate(accts):
        tp = prod[who_p == k]
        ctx.emit(
            rng,
            a,
            tp,
            [tx.product_wrap(app, style, tx.short_chat(r, ctx.chat, 1500)) for _ in range(len(tp))],
            models=ctx.models(rng, tp, 0.25, 0.5),
            comp_median=380.0,
            err=0.01,
        )
        th = harv[who_h == k]
        ctx.emit(
            rng,
            a,
            th,
            [h_prompts[i] for i in np.flatnonzero(who_h == k).tolist()],
            models=ctx.models(rng, th, 0.9, 0.0),
            comp_median=1200.0,
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "innebandy",
        accts,
        {
            "operation": "curriculum sweep hidden in a study app's traffic",
            "app": app,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} egress",
            "user_agent": ua,
            "product_per_hour": rate,
            "harvest_per_hour": h_rate,
            "harvest_start_day": (h0 - ctx.t0) / DAY,
            "pacing": "product load + off-peak harvest",
            "languages": ["en", "es"],
        },
    )


def zorro(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Compromised aged developer accounts: stolen keys keep their owners' ordinary use, and from a
    takeover time on also carry a code harvest through residential proxies in the owner's own region,
    mostly with the owner's own user agent, on a modest hourly budget."""
    r = tx.seeded(rng)
    n = irange(rng, 8, 14)
    mode = pick(rng, ("night", "blend"))
    accts, takes = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 2, 5, 9))
        ua = sdk_ua(rng, 0.6)
        a = ctx.account(
            rng,
            label="campaign",
            family="zorro",
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        sessions = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), 4.0, 100.0
        )
        own = np.concatenate(sessions) if sessions else np.empty(0)
        ctx.emit(
            rng,
            a,
            own,
            [tx.short_chat(r, ctx.chat, 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.3, 0.15),
            comp_median=330.0,
        )
        take = ctx.t0 + float(rng.uniform(1.5, 5.0)) * DAY
        takes.append((take - ctx.t0) / DAY)
        rate = float(
            rng.uniform(2, 5)
        )  # mean per hour over the whole span, busier in its active hours
        curve = nightly(22.0, 8.0, tz) if mode == "night" else workday(tz)
        ts = thinned(rng, take, ctx.t1, rate * (ctx.t1 - take) / HOUR, curve)
        langs = r.sample(tx.CODE_LANGS, irange(rng, 3, 6))
        styles, w = style_mix(rng, 4, 2, 4)
        prompts = [
            tx.code_prompt(r, s_, tx.c(r, langs)) for s_ in draw_styles(rng, styles, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=home(rng, len(ts), tz),
            ua=ua if rng.random() < 0.85 else "python-requests/2.32.3",
            comp_median=700.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "zorro",
        accts,
        {
            "operation": "code harvest through compromised accounts",
            "accounts": n,
            "orgs": n,
            "cards": "the victims' own",
            "ip_source": "rotating residential proxies in each victim's region",
            "user_agent": "copied from the victim (mostly)",
            "pacing": f"budgeted Poisson, {mode}",
            "takeover_day": takes,
            "languages": ["en"] + list(tx.CODE_LANGS),
        },
    )


def airhook(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A translation harvest dressed as a localisation agency: one org, one company card, an office
    line and browser agents, office hours; but every source paragraph goes into every one of a dozen or
    more target languages, in turn."""
    r = tx.seeded(rng)
    tz = pick(rng, (0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="airhook",
            role="translator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = r.sample(tx.TARGET_LANGS, irange(rng, 10, 16))
    styles, w = style_mix(rng, 4, 2, 3)
    job = f"LQ-{r.randint(1000, 9999)}"
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(8, 16))
    lanes = worker_pool(rng, start, ctx.t1, rate, n_keys, workday(tz))
    allt = np.sort(np.concatenate(lanes))
    n_src = len(allt) // len(langs) + 1
    srcs = paragraphs(r, ctx.passages, n_src)
    queue = []
    for i, src in enumerate(srcs):
        order = list(langs)
        r.shuffle(order)
        queue.extend((src, lang, i + 1) for lang in order)
    slot = {t: i for i, t in enumerate(allt.tolist())}
    for a, ts in zip(accts, lanes, strict=True):
        items = [queue[slot[t]] for t in ts.tolist()]
        prompts = [
            tx.translate_prompt(r, s_, src, lang, job, i, n_src)
            for (src, lang, i), s_ in zip(items, draw_styles(rng, styles, w, len(ts)), strict=True)
        ]
        comp = np.array([max(60.0, len(src) / 3.2) for src, _, _ in items])
        home_ip = home(rng, 1, tz)[0]
        ips = [home_ip if rng.random() < 0.08 else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.03),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.25,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "airhook",
        accts,
        {
            "operation": "parallel-corpus translation sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband",
            "user_agent": "browsers",
            "pacing": "office hours worker pool",
            "per_hour": rate,
            "tz": tz,
            "target_languages": langs,
            "styles": styles,
        },
    )


def shaft_flex(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A phone farm: dozens of accounts with their own prepaid virtual cards, created in waves,
    each on a carrier IPv6 address per session and a phone browser, working exam-preparation questions
    step by step in the local languages, seven days a week."""
    r = tx.seeded(rng)
    farm = pick(rng, ("in", "br"))
    tz, kind = (5, "in_mobile") if farm == "in" else (-3, "br_mobile")
    langs, lw = (
        (["hi", "hinglish", "en"], [0.35, 0.4, 0.25])
        if farm == "in"
        else (["pt", "en"], [0.85, 0.15])
    )
    n = irange(rng, 30, 55)
    waves = [jitter_start(rng, ctx.t0, ctx.t1, 0.5) for _ in range(irange(rng, 2, 3))]
    curve = workday(tz, 9.0, 22.0, weekend=0.9, night=0.02)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family="shaft_flex",
            role="device",
            campaign_id=cid,
            ua=pick(rng, MOBILE[:3]),
            ips=mobile_v6(rng, 1, kind),
            tz=tz,
        )
        accts.append(a)
        s = pick(rng, waves) + float(rng.uniform(0, 3)) * HOUR
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.5, 3.0)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(25, 50)),
        )
        sessions = [x for x in sessions if len(x)]
        if not sessions:
            sessions = [np.array([min(s, ctx.t1 - 60.0)])]
        ts = np.concatenate(sessions)
        ips = [
            ip
            for sess, ip in zip(sessions, mobile_v6(rng, len(sessions), kind), strict=True)
            for _ in sess
        ]
        prompts = [
            tx.exam_prompt(r, langs[int(i)]) for i in rng.choice(len(langs), size=len(ts), p=lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.02),
            ips=ips,
            comp_median=650.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "shaft_flex",
        accts,
        {
            "operation": "step-by-step exam solutions from a phone farm",
            "accounts": n,
            "orgs": n,
            "cards": "one prepaid virtual card per account",
            "ip_source": f"carrier IPv6 ({kind})",
            "user_agent": "phone browsers",
            "pacing": "sessions, seven days a week, accounts in waves",
            "waves_day": [(w_ - ctx.t0) / DAY for w_ in waves],
            "languages": langs,
        },
    )


def flying_change(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A release-day sprint: a probe or two on the old model before the release, then a chain of
    throw-away keys (own orgs, two shared prepaid cards) each hammering the new model for a few hours
    from rotating cloud addresses until rate limits pile up, a few lanes at a time."""
    r = tx.seeded(rng)
    n_keys = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(2)]
    styles, w = style_mix(rng, 8, 5, 8)
    accts = []
    n_probe = irange(rng, 1, 2)
    for _ in range(n_probe):
        a = ctx.account(
            rng,
            label="campaign",
            family="flying_change",
            role="probe",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.3),
            ips=cloud(rng, 2),
        )
        accts.append(a)
        s = ctx.release - float(rng.uniform(1, 2)) * DAY
        ts = thinned(
            rng, s, ctx.release, float(rng.uniform(2, 5)) * (ctx.release - s) / HOUR, constant
        )
        prompts = [
            tx.battery_prompt(r, s_, ctx.passages) for s_ in draw_styles(rng, styles, w, len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=600.0)
    durs = [float(rng.uniform(3, 10)) * HOUR for _ in range(n_keys)]
    rests = [float(rng.uniform(0.2, 2)) * HOUR for _ in range(n_keys)]
    span = ctx.t1 - ctx.release - 2 * HOUR
    n_lanes = int(np.clip(np.ceil((sum(durs) + sum(rests)) / (0.85 * span)), 2, 8))
    lane_t = [ctx.release + float(rng.uniform(0, 2)) * HOUR for _ in range(n_lanes)]
    rate = float(rng.uniform(30, 80))
    for dur, rest in zip(durs, rests, strict=True):
        lane = int(np.argmin(lane_t))
        s = lane_t[lane]
        if s > ctx.t1 - HOUR:
            break
        lane_t[lane] = s + dur + rest
        a = ctx.account(
            rng,
            label="campaign",
            family="flying_change",
            role="burner",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.3),
            ips=cloud(rng, 1),
        )
        accts.append(a)
        ts = thinned(rng, s, min(s + dur, ctx.t1), rate * dur / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([s])
        prompts = [
            tx.battery_prompt(r, s_, ctx.passages) for s_ in draw_styles(rng, styles, w, len(ts))
        ]
        err = np.where(ts > s + 0.8 * dur, 0.3, 0.02)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=cloud(rng, len(ts)),
            comp_median=650.0,
            status=statuses(rng, err, len(ts)),
        )
    ctx.campaign(
        cid,
        "flying_change",
        accts,
        {
            "operation": "release-day capability sprint with key churn",
            "keys": len(accts),
            "orgs": len(accts),
            "cards": 2,
            "ip_source": "rotating cloud addresses (all providers)",
            "pacing": "sequential burner keys in lanes",
            "lanes": n_lanes,
            "per_hour": rate,
            "key_hours": [d / HOUR for d in durs[: len(accts) - n_probe]],
            "styles": styles,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "airhook": airhook,
    "blade_curve": blade_curve,
    "box_play": box_play,
    "face_off": face_off,
    "flying_change": flying_change,
    "innebandy": innebandy,
    "rink_boards": rink_boards,
    "salibandy": salibandy,
    "shaft_flex": shaft_flex,
    "slap_shot": slap_shot,
    "wrist_shot": wrist_shot,
    "zorro": zorro,
}
