"""Batch 155's campaign families: twelve distillation operations, each drawn with its own rng.

Every family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
events with `ctx.emit` and records itself with `ctx.campaign`. Code names are skee-ball words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind155 import texts

# user agents seen in the simulator's own background (blending in means looking like these)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def model_mix(
    ctx: Ctx,
    rng: np.random.Generator,
    ts,
    p_new: float,
    *,
    lag_h: float = 0.0,
    ramp_h: float = 0.0,
    p_mini: float = 0.05,
) -> list[str]:
    """Per event: the new model with probability p_new once `lag_h` hours past the release
    (ramping up linearly over `ramp_h` hours), otherwise the old flagship or its mini."""
    ts = np.asarray(ts, dtype=np.float64)
    since = ts - ctx.release - lag_h * HOUR
    frac = (
        np.clip(since / (ramp_h * HOUR), 0.0, 1.0)
        if ramp_h > 0
        else (since >= 0).astype(np.float64)
    )
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if a < p_new * f else (mini if b < p_mini else old)
        for f, a, b in zip(frac.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def weighted(rng: np.random.Generator, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=w / w.sum()).tolist()]


def lang_mix(
    rng: np.random.Generator, base: dict[str, float], conc: float = 8.0
) -> dict[str, float]:
    """A campaign's own language shares around `base` (Dirichlet)."""
    w = rng.dirichlet(np.asarray(list(base.values())) * conc)
    return {k: round(float(x), 3) for k, x in zip(base, w, strict=True)}


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def with_pause(curve: bb.Curve, start_h: float, hours: float) -> bb.Curve:
    """A curve that drops to 5 % for `hours` each day from `start_h` UTC (a maintenance window)."""
    gap = bb.nightly(start_h, hours, 0)

    def f(ts: np.ndarray) -> np.ndarray:
        return curve(ts) * (1.0 - 0.95 * gap(ts))

    return f


# --------------------------------------------------------------------------------------------
# families


def hundred_ring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion on a rising-difficulty curriculum, from rented hosting."""
    fam = "hundred_ring"
    n_keys = irange(rng, 7, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=bb.picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    langs = lang_mix(rng, {"en": 0.5, "zh": 0.25, "ru": 0.15, "es": 0.1})
    styles = sorted(int(x) for x in rng.choice(3, size=irange(rng, 2, 3), replace=False))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(35, 70))
    pause_h = float(rng.uniform(0, 24))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, with_pause(bb.constant, pause_h, 1.5)
    )
    lag = float(rng.uniform(1, 6))
    for acct, ts in zip(accts, streams, strict=True):
        frac = (ts - start) / (ctx.t1 - start)
        levels = np.clip(1 + np.floor(9 * frac) + rng.integers(-1, 2, size=len(ts)), 1, 10).astype(
            int
        )
        ls = weighted(rng, langs, len(ts))
        prompts = [
            texts.reasoning_harvest(rng, int(lv), lg, pick(rng, styles))
            for lv, lg in zip(levels.tolist(), ls, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.95, lag_h=lag, p_mini=0.02),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion, curriculum from level 1 to 10 over the window",
            "pacing": f"Poisson worker pool, {per_hour:.0f}/h, daily 1.5 h pause at {pause_h:.1f} UTC",
            "ip_source": f"rented {provider} /24 blocks",
            "payment": f"{len(cards)} prepaid cards shared",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "new_model_lag_h": round(lag, 2),
        },
    )


def score_ring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model labels over sampled prompt-reply pairs, in office-hour bursts."""
    fam = "score_ring"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("aws", "gcp"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    tz = int(pick(rng, (8, 3, 2)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i % 2],
            ua=ua,
            ips=bb.cloud(rng, 2, provider),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    styles = {str(s): round(float(w), 3) for s, w in enumerate(rng.dirichlet(np.ones(5) * 2))}
    # styles 0-2 are English, 3 Spanish, 4 German
    langs = {
        "en": round(styles["0"] + styles["1"] + styles["2"], 3),
        "es": styles["3"],
        "de": styles["4"],
    }
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_day = float(rng.uniform(2, 4))
    size = float(rng.uniform(25, 60))
    gap = float(rng.uniform(2, 5))
    lag = float(rng.uniform(0, 4))
    for acct in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz, weekend=0.3)
        )
        ts = concat(bb.bursts(rng, starts, size, gap, 0.5, ctx.t1))
        prompts = [
            texts.judge_harvest(rng, ctx.chat, ctx.passages, int(s))
            for s in weighted(rng, styles, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9, lag_h=lag),
            comp_median=450,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise verdicts, rubric scores and JSON reward labels over ShareGPT prompt/answer pairs",
            "pacing": f"bursts of ~{size:.0f} at {gap:.1f} s, {per_day:.1f}/key/day in UTC{tz:+d} office hours",
            "ip_source": f"{provider}, 2 addresses per key",
            "payment": "one card per key",
            "orgs": 2,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
        },
    )


def ball_gate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites, slow and steady through VPN exits."""
    fam = "ball_gate"
    n_keys = irange(rng, 6, 10)
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = bb.cloud(rng, irange(rng, 18, 30), vpn)
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=ua,
            ips=exits,
        )
        for i in range(n_keys)
    ]
    langs = lang_mix(rng, {"zh": 0.5, "en": 0.35, "ar": 0.15})
    hold = float(rng.uniform(0.5, 2)) * HOUR
    rate = float(rng.uniform(5, 10))
    lag = float(rng.uniform(2, 10))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts = bb.thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, bb.constant)
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, lg, irange(rng, 0, 3))
            for lg in weighted(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.85, lag_h=lag),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=380,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites and 'safe' answers on politically sensitive topics",
            "pacing": f"steady Poisson {rate:.1f}/h per key",
            "ip_source": f"{len(exits)} {vpn} VPN exits, sticky {hold / HOUR:.1f} h",
            "payment": "two stolen cards, alternating keys",
            "orgs": n_keys,
            "user_agent": ua,
            "languages": langs,
            "keys": n_keys,
        },
    )


def ball_chute(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: multi-step episodes with the transcript growing each call."""
    fam = "ball_chute"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("gcp", "azure"))
    nat = bb.cloud(rng, 3, provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    styles = sorted(int(x) for x in rng.choice(3, size=2, replace=False))
    per_hour = float(rng.uniform(8, 16))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    base_extra = irange(rng, 500, 1500)
    lag = float(rng.uniform(0, 3))
    for acct, eps in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, pr_all, ex_all = [], [], []
        for s in eps.tolist():
            k = irange(rng, 3, 8)
            steps = texts.tool_episode(rng, k, pick(rng, styles))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=k - 1))])
            ts_all.append(t)
            pr_all += steps
            ex_all += [base_extra + 120 * i for i in range(k)]
        ts = concat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.9, lag_h=lag),
            comp_median=220,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "tool-use trajectories (ReAct / JSON function calls / XML), next-step per call",
            "pacing": f"{per_hour:.0f} episodes/h over the pool, 3-8 steps ~7 s apart",
            "ip_source": f"{provider} NAT, 3 addresses",
            "payment": "one business card",
            "orgs": 1,
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "keys": n_keys,
        },
    )


def prize_counter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation: few keys, long outputs, rotating residential exits."""
    fam = "prize_counter"
    n_keys = irange(rng, 3, 5)
    exits = bb.resi(rng, irange(rng, 150, 300), "*")
    org = hexid(rng, "org")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    langs = lang_mix(rng, {"en": 0.6, "fr": 0.1, "de": 0.1, "pt": 0.1, "ja": 0.1})
    rate = float(rng.uniform(3, 5))
    lag = float(rng.uniform(1, 5))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = bb.thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, bb.constant)
        prompts = [
            texts.dataset_harvest(rng, ctx.chat, lg, irange(rng, 0, 3))
            for lg in weighted(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.95, lag_h=lag),
            ips=picks(rng, exits, len(ts)),
            comp_median=2600,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "self-instruct / evol / persona synthetic datasets with long JSONL answers",
            "pacing": f"steady {rate:.1f}/h per key, 24/7",
            "ip_source": "rotating residential proxy, worldwide",
            "payment": "one stolen card per key",
            "orgs": 1,
            "user_agent": ua,
            "languages": langs,
            "keys": n_keys,
        },
    )


def coin_door(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator chats with the model, one key per fake user."""
    fam = "coin_door"
    n_keys = irange(rng, 20, 35)
    regions = [
        str(x) for x in rng.choice(["us", "eu", "latam", "sea", "in"], size=3, replace=False)
    ]
    langs = lang_mix(rng, {"en": 0.6, "es": 0.15, "pt": 0.1, "id": 0.08, "vi": 0.07})
    per_day = float(rng.uniform(5, 9))
    gap = float(rng.uniform(25, 50))
    peak = float(rng.uniform(0, 24))
    lag = float(rng.uniform(6, 18))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, BG_SDK[:2]) if chance(rng, 0.8) else pick(rng, bb.SDK_COMMON)
        pool = bb.resi(rng, 40, pick(rng, regions))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="simulated_user",
            campaign_id=cid,
            ua=ua,
            ips=pool,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts_all, pr_all, ex_all, ip_all = [], [], [], []
        for sess in bb.session_times(
            rng, a, ctx.t1, per_day, bb.global_load(peak, 0.3), 6.0, gap, 0.5
        ):
            if len(sess) == 0:
                continue
            lang = weighted(rng, langs, 1)[0]
            turns = texts.dialogue_turns(rng, ctx.chat, lang, len(sess))
            ts_all.append(sess)
            pr_all += turns
            ex_all += [280 * i for i in range(len(sess))]
            ip_all += [pick(rng, pool)] * len(sess)
        ts = concat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.9, lag_h=lag),
            ips=ip_all,
            comp_median=450,
            err=0.01,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest driven by a user simulator (history grows per turn)",
            "pacing": f"sessions {per_day:.1f}/day/key, ~6 turns {gap:.0f} s apart, global load peak {peak:.0f} UTC",
            "ip_source": f"residential proxy, sticky per session, regions {regions}",
            "payment": "one stolen card per key",
            "orgs": n_keys,
            "user_agent": "common SDKs",
            "languages": langs,
            "keys": n_keys,
        },
    )


def ten_ring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: the identical item fired n times in a tight train."""
    fam = "ten_ring"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    langs = lang_mix(rng, {"en": 0.7, "ko": 0.15, "ja": 0.15})
    n_base = irange(rng, 4, 10)
    per_hour = float(rng.uniform(8, 14))
    start = ctx.t0 + float(rng.uniform(1.5, 2.5)) * DAY
    comp_by_style = {0: 8.0, 1: 60.0, 2: 220.0, 3: 6.0}
    lag = float(rng.uniform(0, 1))
    for acct, items in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True
    ):
        ts_all, pr_all, comp = [], [], []
        for s in items.tolist():
            style = irange(rng, 0, 3)
            n = max(2, n_base + irange(rng, -1, 1))
            text = texts.soft_label_item(rng, ctx.chat, weighted(rng, langs, 1)[0], style)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=n - 1))])
            )
            pr_all += [text] * n
            comp += [comp_by_style[style]] * n
        ts = concat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.97, lag_h=lag),
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "soft labels / best-of-n: each item sampled ~n times back to back",
            "pacing": f"{per_hour:.0f} items/h over the pool from day {(start - ctx.t0) / DAY:.1f}, n~{n_base}",
            "ip_source": f"{provider}, one address per key",
            "payment": "one shared card",
            "orgs": 1,
            "user_agent": ua,
            "languages": langs,
            "keys": n_keys,
            "samples_per_item": n_base,
        },
    )


def ticket_dispenser(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: every source passage into a fan of target languages, 24/7."""
    fam = "ticket_dispenser"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("hetzner", "contabo", "scaleway"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    targets = [
        str(x) for x in rng.choice(list(texts.LANG_EN), size=irange(rng, 8, 12), replace=False)
    ]
    styles = sorted(int(x) for x in rng.choice(4, size=irange(rng, 1, 2), replace=False))
    per_hour = float(rng.uniform(5, 9))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    lag = float(rng.uniform(1, 4))
    for acct, jobs in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, pr_all, comp = [], [], []
        for s in jobs.tolist():
            src = texts.clip(pick(rng, ctx.passages), 400, 1500, rng)
            fan = [
                str(x)
                for x in rng.choice(
                    targets, size=irange(rng, 4, min(8, len(targets))), replace=False
                )
            ]
            style = pick(rng, styles)
            ts_all.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.5, size=len(fan) - 1))]
                )
            )
            pr_all += [texts.translation_harvest(rng, src, lg, style) for lg in fan]
            comp += [len(src) / 3.0] * len(fan)
        ts = concat(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=model_mix(ctx, rng, ts, 0.95, lag_h=lag),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: model answers translated into 4-8 of the target languages",
            "pacing": f"{per_hour:.1f} jobs/h over the pool, 24/7, fan-out ~12 s apart",
            "ip_source": provider,
            "payment": "one prepaid card",
            "orgs": 1,
            "user_agent": ua,
            "languages": targets,
            "styles": styles,
            "keys": n_keys,
        },
    )


def tilt_sensor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a real writing-assistant product whose backend replays its users' prompts as harvest."""
    fam = "tilt_sensor"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.picks(rng, nat, 2),
        )
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.ones(n_keys) * 3)
    per_day = float(rng.uniform(700, 1100))
    peak = float(rng.uniform(13, 18))
    pre, post = float(rng.uniform(0.04, 0.08)), float(rng.uniform(0.25, 0.35))
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, bb.global_load(peak, 0.6)
    )
    who = rng.choice(n_keys, size=len(ts), p=share)
    for i, acct in enumerate(accts):
        t = ts[who == i]
        harvest = rng.random(len(t)) < np.where(t >= ctx.release, post, pre)
        prompts, comp = [], []
        for h in harvest.tolist():
            user = texts.clip(pick(rng, ctx.chat), 10, 1200, rng)
            prompts.append(texts.product_harvest(rng, user, irange(rng, 0, 2)) if h else user)
            comp.append(850.0 if h else 320.0)
        m_prod = model_mix(ctx, rng, t, 0.2, lag_h=24)
        m_harv = model_mix(ctx, rng, t, 0.95, lag_h=0.5)
        models = [b if h else a for a, b, h in zip(m_prod, m_harv, harvest.tolist(), strict=True)]
        ctx.emit(
            rng, acct, t, prompts, models=models, comp_median=np.asarray(comp), err=0.01, extra=160
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product: users' prompts re-sent with 'be exhaustive' wrappers",
            "pacing": f"product load {per_day:.0f}/day (global, peak {peak:.0f} UTC); harvest share {pre:.2f} -> {post:.2f}",
            "ip_source": "aws NAT gateways",
            "payment": "company card",
            "orgs": 1,
            "user_agent": ua,
            "languages": {"en": 0.9, "other": 0.1},
            "keys": n_keys,
        },
    )


def wooden_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: bought aged personal accounts, low and slow, each behind a home-region proxy exit."""
    fam = "wooden_ball"
    n_keys = irange(rng, 25, 45)
    lag = float(rng.uniform(2, 10))
    p_harvest = float(rng.uniform(0.65, 0.85))
    accts = []
    lang_of_tz = {
        -3: ("pt", "es"),
        1: ("de", "fr", "en"),
        2: ("de", "en"),
        -8: ("en",),
        -5: ("en", "es"),
        0: ("en",),
    }
    for _ in range(n_keys):
        tz = int(pick(rng, (-8, -5, -5, -3, 0, 1, 1, 2)))
        ua = pick(rng, BG_SDK) if chance(rng, 0.6) else pick(rng, BG_BROWSER)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, lang_of_tz[tz])
        cover = bb.session_times(
            rng,
            ctx.t0,
            ctx.release + lag * HOUR,
            float(rng.uniform(0.6, 1.5)),
            bb.evening_person(tz),
            2.5,
            60.0,
        )
        work = bb.session_times(
            rng,
            ctx.release + lag * HOUR,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.evening_person(tz),
            float(rng.uniform(4, 6)),
            float(rng.uniform(50, 90)),
        )
        tc, tw = concat(cover), concat(work)
        pc = [texts.clip(pick(rng, ctx.chat), 5, 800, rng) for _ in range(len(tc))]
        ctx.emit(
            rng,
            acct,
            tc,
            pc,
            models=model_mix(ctx, rng, tc, 0.2, p_mini=0.17),
            comp_median=350,
            err=0.01,
        )
        hv = rng.random(len(tw)) < p_harvest
        pw = [
            texts.casual_question(rng, lang) if h else texts.clip(pick(rng, ctx.chat), 5, 800, rng)
            for h in hv.tolist()
        ]
        mw = model_mix(ctx, rng, tw, 0.8)
        mc = model_mix(ctx, rng, tw, 0.25, p_mini=0.17)
        ctx.emit(
            rng,
            acct,
            tw,
            pw,
            models=[a if h else b for a, b, h in zip(mw, mc, hv.tolist(), strict=True)],
            comp_median=np.where(hv, 700.0, 350.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts: ordinary use before the release, casual explainer harvest after",
            "pacing": "human evening sessions, ~1/day before, 3-6/day after the release",
            "ip_source": "residential exit in each account's home region",
            "payment": "each account's original card",
            "orgs": n_keys,
            "user_agent": "background-common SDKs and browsers",
            "languages": "by home region",
            "keys": n_keys,
            "harvest_share_after_release": round(p_harvest, 3),
            "switch_lag_h": round(lag, 2),
        },
    )


def lane_hump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: public prompt replay: real users' published prompts, each sent once, on fresh keys."""
    fam = "lane_hump"
    n_keys = irange(rng, 10, 18)
    pool = bb.resi(rng, irange(rng, 200, 400), "*")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    per_day = float(rng.uniform(8, 14))
    peak = float(rng.uniform(0, 24))
    start = ctx.release - float(rng.uniform(4, 10)) * HOUR
    hold = float(rng.uniform(15, 45)) * MINUTE
    accts = []
    for _ in range(n_keys):
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.7) else pick(rng, BG_SDK)
        acct = ctx.account(
            rng, label="campaign", family=fam, role="replayer", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(acct)
        a = start + float(rng.uniform(0, 12)) * HOUR
        ts = concat(
            bb.session_times(rng, a, ctx.t1, per_day, bb.global_load(peak, 0.4), 5.0, 25.0, 0.9)
        )
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.92, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=400,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public human prompts (ShareGPT), each prompt used once campaign-wide",
            "pacing": f"session-like, {per_day:.1f} sessions/day/key, starting just before the release",
            "ip_source": f"residential proxy pool of {len(pool)}, sticky {hold / MINUTE:.0f} min",
            "payment": "one virtual prepaid card per key",
            "orgs": n_keys,
            "user_agent": "background-common SDKs",
            "languages": "as in ShareGPT",
            "keys": n_keys,
        },
    )


def jackpot_cup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a paid crowd of gig workers, each on a personal key at home, pasting coding tasks."""
    fam = "jackpot_cup"
    n_keys = irange(rng, 40, 70)
    tzs = {5: 0.35, 8: 0.2, -3: 0.2, 1: 0.15, 3: 0.1}
    prefix = {
        5: ("", "", "pls solve: ", "कृपया यह करें: "),
        8: ("", "", "hi, "),
        -3: ("", "Por favor: ", "oi, "),
        1: ("", ""),
        3: ("", "Сделай, пожалуйста: "),
    }
    lo, hi = ctx.t0 + 2.5 * DAY, ctx.t0 + 5.0 * DAY
    task_no = irange(rng, 100, 900)
    accts = []
    for _ in range(n_keys):
        tz = int(weighted(rng, {str(k): v for k, v in tzs.items()}, 1)[0])
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.65) else pick(rng, BG_SDK)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = float(rng.uniform(lo, hi))
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.6)
        ts = concat(
            bb.session_times(rng, a, ctx.t1, float(rng.uniform(1, 2.5)), curve, 5.0, 150.0, 0.7)
        )
        pre = pick(rng, prefix[tz])
        numbered = chance(rng, 0.4)
        prompts = []
        for _j in range(len(ts)):
            task_no += 1
            prompts.append(
                pre + texts.coding_task(rng, irange(rng, 0, 3), task_no if numbered else None)
            )
        ctx.emit(
            rng, acct, ts, prompts, models=model_mix(ctx, rng, ts, 0.85), comp_median=700, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowdsourced code harvest: gig workers paste assigned coding tasks on their own keys",
            "pacing": "human sessions, 1-2.5/day, onboarding between day 2.5 and 5",
            "ip_source": "workers' home broadband",
            "payment": "each worker's own card (reimbursed)",
            "orgs": n_keys,
            "user_agent": "browsers and common SDKs",
            "languages": {"en": 0.85, "hi/pt/es/ru": 0.15},
            "keys": n_keys,
            "worker_timezones": tzs,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "hundred_ring": hundred_ring,
    "score_ring": score_ring,
    "ball_gate": ball_gate,
    "ball_chute": ball_chute,
    "prize_counter": prize_counter,
    "coin_door": coin_door,
    "ten_ring": ten_ring,
    "ticket_dispenser": ticket_dispenser,
    "tilt_sensor": tilt_sensor,
    "wooden_ball": wooden_ball,
    "lane_hump": lane_hump,
    "jackpot_cup": jackpot_cup,
}
