"""Campaign families of batch 108 (code names from snooker). Each is a generator
`family(ctx, rng, campaign_id)` that opens its accounts, writes their events into `ctx.sink`, and
records the campaign in the truth. Every choice (key counts, orgs, cards, pacing, addresses, user
agents, languages, styles, models) is drawn from the family's own rng.

The last four (`cocked_hat`, `touching_ball`, `frame_ball`, `shot_to_nothing`) are built to look
like legitimate use in every way the author could think of."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
    worker_pool,
)
from bench.monitor_blind108 import texts as tx

Rng = np.random.Generator

#: user agents as they appear in the simulator's own background traffic (seen in its output)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
_BROWSER_W = np.array([0.52, 0.3, 0.08, 0.05, 0.05])
_SDK_W = np.array([0.72, 0.16, 0.08, 0.04])


def bg_browser(rng: Rng) -> str:
    return BG_BROWSERS[int(rng.choice(len(BG_BROWSERS), p=_BROWSER_W))]


def bg_sdk(rng: Rng) -> str:
    return BG_SDK[int(rng.choice(len(BG_SDK), p=_SDK_W))]


def rand_weights(
    rng: Rng, keys: tuple[str, ...], lo: float = 0.2, hi: float = 3.0
) -> dict[str, float]:
    return {k: float(rng.uniform(lo, hi)) for k in keys}


def model_mix(
    ctx: Ctx,
    rng: Rng,
    ts: np.ndarray,
    p_new: float | np.ndarray,
    p_mini: float = 0.05,
    switch: float | None = None,
) -> list[str]:
    """Per event: the new model with probability p_new once `switch` (default: the release) has
    passed, otherwise the old flagship or (p_mini) the small old model."""
    ts = np.asarray(ts, dtype=np.float64)
    switch = ctx.release if switch is None else max(switch, ctx.release)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    p = np.broadcast_to(np.asarray(p_new, dtype=np.float64), ts.shape)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    is_new = (ts >= switch) & (u < p)
    return [
        new if a else (mini if b < p_mini else old)
        for a, b in zip(is_new.tolist(), v.tolist(), strict=True)
    ]


def worker(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str = "worker", **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def lang_list(rng: Rng, weights: dict[str, float], n: int) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def rounded(d: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in d.items()}


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def break_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "break_off"
    n = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247", "vultr", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    n_orgs = 1 if chance(rng, 0.5) else irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    per_key_ua = chance(rng, 0.35)
    shared_ua = sdk_ua(rng, 0.6)
    langs = {
        "en": rng.uniform(1, 3),
        "zh": rng.uniform(0.5, 2),
        "ru": rng.uniform(0, 1.2),
        "es": rng.uniform(0, 1),
        "de": rng.uniform(0, 0.6),
    }
    styles = rand_weights(rng, ("tags", "slow", "tutor", "monologue", "json"), 0.1, 3)
    p_chat = float(rng.uniform(0.1, 0.35))
    accts = [
        worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng) if per_key_ua else shared_ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = (
        ctx.release - rng.uniform(0.2, 1.5) * DAY
        if chance(rng, 0.4)
        else jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    )
    op_tz = pick(rng, TZS)
    curve = constant if chance(rng, 0.6) else workday(op_tz, 7, 23, weekend=0.6, night=0.25)
    per_hour = float(rng.uniform(25, 70))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    comp = float(rng.uniform(1100, 1900))
    for a, ts in zip(accts, streams, strict=True):
        ls = lang_list(rng, langs, len(ts))
        prompts = []
        for lang in ls:
            style = tx.weighted(rng, styles)
            if chance(rng, p_chat):
                prob = tx.clip(pick(rng, ctx.chat), 30, 900, rng)
                prompts.append(tx.reasoning_coercion(rng, prob, "en", style))
            else:
                prompts.append(tx.reasoning_coercion(rng, tx.word_problem(rng, lang), lang, style))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion on parametric word problems and public prompts",
            "keys": n,
            "orgs": n_orgs,
            "cards": len(cards),
            "ip_source": f"rented {provider} /24 block",
            "pacing": f"Poisson worker pool, {per_hour:.0f}/h",
            "user_agent": "per key" if per_key_ua else shared_ua,
            "languages": rounded(langs),
            "styles": rounded(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def respot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "respot"
    n = irange(rng, 4, 10)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    org = hexid(rng, "org")
    per_key_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.54.0",
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    op_tz = pick(rng, TZS)
    langs = {"en": 3.0, "de": rng.uniform(0, 1), "ja": rng.uniform(0, 1), "ko": rng.uniform(0, 0.6)}
    styles = rand_weights(rng, ("pairwise", "likert", "reward", "critique"), 0.1, 3)
    accts = [
        worker(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=None if per_key_card else card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_day, size, gap = (
        float(rng.uniform(2, 6)),
        float(rng.uniform(15, 45)),
        float(rng.uniform(1.0, 4.0)),
    )
    curve = workday(op_tz, 8, 20, weekend=0.35, night=0.05)
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size, gap, b=ctx.t1)])
        prompts, comps = [], []
        q = ""
        for lang in lang_list(rng, langs, len(ts)):
            if not q or chance(rng, 0.3):
                q = tx.clip(pick(rng, ctx.chat), 40, 700, rng)
            style = tx.weighted(rng, styles)
            ra = tx.clip(pick(rng, ctx.passages), 200, 1200, rng)
            rb = tx.clip(pick(rng, ctx.passages), 200, 1200, rng)
            prompts.append(tx.judge_prompt(rng, q, ra, rb, lang, style))
            comps.append(90.0 if style == "reward" else 420.0 if style == "critique" else 230.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9),
            comp_median=np.asarray(comps),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of response pairs",
            "keys": n,
            "orgs": 1,
            "cards": "one per key" if per_key_card else "one shared",
            "ip_source": f"{provider} VMs",
            "pacing": f"bursts {per_day:.1f}/day/key of ~{size:.0f}, operator tz {op_tz}",
            "user_agent": ua,
            "languages": rounded(langs),
            "styles": rounded(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites


def swan_neck(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "swan_neck"
    n = irange(rng, 16, 32)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 60, 200), region)
    shared_orgs = chance(rng, 0.3)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    langs = {
        "zh": rng.uniform(0.5, 2.5),
        "ar": rng.uniform(0, 1.5),
        "ru": rng.uniform(0, 1.5),
        "tr": rng.uniform(0, 1),
        "vi": rng.uniform(0, 1),
        "en": rng.uniform(1, 2.5),
    }
    styles = rand_weights(rng, ("rewrite", "safe", "pair", "classify"), 0.2, 3)
    uas = (
        "python-requests/2.32.3",
        "python-httpx/0.28.1",
        "aiohttp/3.11.11",
        "Go-http-client/2.0",
        "OpenAI/Python 1.54.0",
    )
    hold = float(rng.uniform(600, 3600))
    accts = []
    n_events = []
    for i in range(n):
        a = worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % len(orgs)] if shared_orgs else None,
            ua=pick(rng, uas),
            ips=pool[:1],
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        end = min(ctx.t1, begin + rng.uniform(1.0, 4.0) * DAY)  # keys get rotated out
        ts = thinned(rng, begin, end, float(rng.lognormal(np.log(60), 0.5)), constant)
        prompts = []
        for lang in lang_list(rng, langs, len(ts)):
            src = tx.clip(pick(rng, ctx.passages), 250, 1100, rng)
            prompts.append(tx.policy_rewrite(rng, lang, tx.weighted(rng, styles), src))
        n_events.append(len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=450.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and safe-completion pairs",
            "keys": n,
            "orgs": len(orgs) if shared_orgs else "one per key",
            "cards": "one per key (stolen)",
            "ip_source": f"residential proxy pool ({region}), sticky {hold:.0f}s",
            "pacing": "keys rotated, 1-4 days each",
            "languages": rounded(langs),
            "styles": rounded(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def screw_back(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "screw_back"
    n = irange(rng, 3, 8)
    provider = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 2, 4))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = rand_weights(rng, ("json", "react", "xml"), 0.2, 3)
    accts = [worker(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=pool[:1]) for _ in range(n)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(2, 6))
    step_gap = float(rng.uniform(4, 12))
    hold = float(rng.uniform(1800, 5400))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, extra, comps = [], [], [], []
        for s in starts.tolist():
            task, tools = tx.agent_task(rng)
            style = tx.weighted(rng, styles)
            k = irange(rng, 4, 12)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            base, grow = irange(rng, 600, 1800), irange(rng, 150, 700)
            for j, t in enumerate(ts.tolist()):
                obs = tx.agent_observation(rng, pick(rng, ctx.passages)) if j else ""
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, task, tools, j, obs, style))
                extra.append(base + j * grow)
                comps.append(500.0 if j == k - 1 else 160.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.93),
            ips=sticky(rng, ts, pool, hold),
            comp_median=np.asarray(comps),
            comp_sigma=0.5,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (JSON, ReAct, XML call formats)",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"VPN exits in a {provider} block, sticky {hold:.0f}s",
            "user_agent": ua,
            "pacing": f"{per_hour:.1f} episodes/h over the pool, 4-12 steps",
            "styles": rounded(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


def long_pot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "long_pot"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("aws", "gcp", "digitalocean", "hetzner"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    op_tz = pick(rng, (-3, 5, 8, 1))
    langs = rand_weights(rng, ("en", "es", "pt", "id", "vi", "hi"), 0.1, 3)
    styles = rand_weights(rng, ("jsonl", "persona", "dialogue", "evolve"), 0.2, 3)
    accts = [
        worker(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n)
    ]
    start = (
        ctx.release - rng.uniform(0.5, 2.0) * DAY
        if chance(rng, 0.6)
        else jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    )
    start_h, hours = float(irange(rng, 21, 25) % 24), float(rng.uniform(4, 8))
    per_hour = float(rng.uniform(20, 60))
    curve = nightly(start_h, hours, op_tz)
    for a in accts:
        ts = thinned(rng, start, ctx.t1, per_hour * hours * (ctx.t1 - start) / DAY, curve)
        prompts = [
            tx.synth_prompt(
                rng, lang, tx.weighted(rng, styles), tx.clip(pick(rng, ctx.chat), 20, 300, rng)
            )
            for lang in lang_list(rng, langs, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.97, 0.1),
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / dialogue / persona dataset generation",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} VMs",
            "pacing": f"nightly {start_h:.0f}h+{hours:.1f}h tz {op_tz}, {per_hour:.0f}/h/key",
            "user_agent": ua,
            "languages": rounded(langs),
            "styles": rounded(styles),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_REGION_LANGS = {
    "us": {"en": 1.0},
    "eu": {"en": 0.4, "de": 0.3, "fr": 0.3},
    "latam": {"es": 0.6, "pt": 0.4},
}


def side_spin(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "side_spin"
    n = irange(rng, 12, 22)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    per_day, size, gap = (
        float(rng.uniform(5, 12)),
        float(rng.uniform(5, 8)),
        float(rng.uniform(20, 50)),
    )
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.3)
    accts = []
    for i in range(n):
        region = pick(rng, ("us", "eu", "latam"))
        pool = resi(rng, irange(rng, 20, 60), region)
        a = worker(ctx, rng, fam, cid, pay=cards[i % len(cards)], ua=bg_browser(rng), ips=pool[:1])
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts_all, prompts, extra, ips = [], [], [], []
        for conv in session_times(rng, begin, ctx.t1, per_day, curve, size, gap, 0.5):
            lang = tx.weighted(rng, _REGION_LANGS[region])
            ip = pick(rng, pool)
            hist = 0
            for j, t in enumerate(conv.tolist()):
                if j == 0:
                    p = (
                        tx.clip(pick(rng, ctx.chat), 20, 600, rng)
                        if lang == "en"
                        else pick(rng, tx.OPENERS[lang])
                    )
                else:
                    p = tx.followup(rng, lang)
                ts_all.append(t)
                prompts.append(p)
                extra.append(hist)
                ips.append(ip)
                hist += len(p) // 4 + irange(rng, 300, 700)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9),
            ips=ips,
            comp_median=500.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with scripted follow-ups",
            "keys": n,
            "orgs": "one per key",
            "cards": f"{len(cards)} prepaid cards shared across keys",
            "ip_source": "residential proxies, one exit per conversation",
            "pacing": f"{per_day:.1f} conversations/day/key of ~{size:.1f} turns, {gap:.0f}s apart",
            "user_agent": "browser UA per key",
            "languages": "by proxy region: en / de / fr / es / pt",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def free_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "free_ball"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "aws"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/Python 1.54.0" if chance(rng, 0.5) else "AsyncOpenAI/Python 1.60.0"
    accts = [
        worker(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n)
    ]
    p_soft = float(rng.uniform(0.3, 0.7))
    parallel = chance(rng, 0.5)
    langs = {"en": 3.0, "zh": rng.uniform(0, 1.5), "fr": rng.uniform(0, 1)}
    styles = rand_weights(rng, ("probs", "logodds", "confidence", "letter"), 0.2, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(5, 14))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, comps = [], [], []
        for s in starts.tolist():
            if chance(rng, p_soft):
                q, _ = tx.mcq(rng)
                style = tx.weighted(rng, styles)
                p = tx.soft_label(rng, q, tx.weighted(rng, langs), style)
                k = irange(rng, 5, 10) if style == "letter" else irange(rng, 1, 3)
                c = 6.0 if style == "letter" else 60.0
            else:
                p = tx.clip(pick(rng, ctx.chat), 20, 900, rng)
                k, c = irange(rng, 4, 8), 450.0
            if parallel:
                ts = s + np.sort(rng.uniform(0, 0.8, size=k))
            else:
                ts = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.5, size=k - 1))]
                )
            ts_all.extend(ts.tolist())
            prompts.extend([p] * k)
            comps.extend([c] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.95, 0.02),
            comp_median=np.asarray(comps),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling and soft-label (probability) harvesting",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"one {provider} VM per key",
            "user_agent": ua,
            "soft_share": round(p_soft, 3),
            "pacing": f"{per_hour:.1f} jobs/h, {'parallel' if parallel else 'sequential'} samples",
            "languages": rounded(langs),
            "styles": rounded(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# translation / parallel-corpus harvest


def pack_split(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pack_split"
    n = irange(rng, 5, 12)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ips = cloud(rng, irange(rng, 2, 5), provider) + (
        cloud(rng, irange(rng, 1, 3), "m247") if chance(rng, 0.5) else []
    )
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(2)]
    uas = ("python-httpx/0.28.1", "aiohttp/3.11.11", "Go-http-client/2.0")
    styles = rand_weights(rng, ("plain", "json", "pro", "zh"), 0.1, 3)
    accts = [
        worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % 2],
            ua=pick(rng, uas),
            ips=ips,
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(4, 12))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, comps = [], [], []
        for s in starts.tolist():
            text = (
                tx.clip(pick(rng, ctx.passages), 200, 1400, rng)
                if chance(rng, 0.7)
                else tx.clip(pick(rng, ctx.chat), 60, 900, rng)
            )
            k = irange(rng, 3, 9)
            targets = [
                tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), k, replace=False).tolist()
            ]
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k - 1))])
            style = tx.weighted(rng, styles)
            ts_all.extend(ts.tolist())
            prompts.extend(tx.translate_prompt(rng, text, tgt, style) for tgt in targets)
            comps.extend([max(40.0, len(text) / 3.2)] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, 0.9),
            comp_median=np.asarray(comps),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: each source text into 3-9 languages",
            "keys": n,
            "orgs": len(orgs),
            "cards": 2,
            "ip_source": f"{provider} (+ VPN exits)",
            "pacing": f"{per_hour:.1f} source texts/h",
            "styles": rounded(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real consumer product's traffic


def cocked_hat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cocked_hat"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        worker(ctx, rng, fam, cid, role="product_backend", org=org, pay=card, ua=ua, ips=backend)
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(15, 35))
    peak = float(rng.uniform(12, 20))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        per_hour * (ctx.t1 - ctx.t0) / HOUR,
        global_load(peak, float(rng.uniform(0.4, 0.7))),
    )
    p_h = float(rng.uniform(0.2, 0.35))
    p_code = float(rng.uniform(0.15, 0.4))
    switch = ctx.release + rng.uniform(2, 20) * HOUR
    p_new = float(rng.uniform(0.5, 0.8))
    harvest = rng.random(len(ts)) < p_h
    prompts, comps = [], []
    for h in harvest.tolist():
        if h:
            prompts.append(tx.code_ask(rng) if chance(rng, p_code) else tx.casual_task(rng))
            comps.append(700.0)
        elif chance(rng, 0.05):
            prompts.append(pick(rng, ("continue", "go on", "more", "explain that again simpler")))
            comps.append(300.0)
        else:
            prompts.append(tx.clip(pick(rng, ctx.chat), 10, 1500, rng))
            comps.append(380.0)
    models = model_mix(ctx, rng, ts, np.where(harvest, min(1.0, p_new + 0.2), p_new), 0.15, switch)
    who = rng.integers(0, n, size=len(ts))
    prompts_a = np.asarray(prompts, dtype=object)
    models_a = np.asarray(models, dtype=object)
    comps_a = np.asarray(comps)
    for i, a in enumerate(accts):
        sel = who == i
        ctx.emit(
            rng,
            a,
            ts[sel],
            prompts_a[sel].tolist(),
            models=models_a[sel].tolist(),
            comp_median=comps_a[sel],
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "free study-helper app whose backend mixes its own harvest queue into real user traffic",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "product backend on aws",
            "user_agent": ua,
            "pacing": f"global product load {per_hour:.0f}/h peaking {peak:.0f}h UTC",
            "harvest_share": round(p_h, 3),
            "code_share_of_harvest": round(p_code, 3),
            "model_switch": switch,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts, taken over and used for a code harvest


def touching_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "touching_ball"
    n = irange(rng, 10, 18)
    op_tz = pick(rng, TZS)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ip = home(rng, 1, tz)
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.45) else bg_browser(rng)
        a = worker(ctx, rng, fam, cid, role="aged_account", ua=ua, ips=own_ip, tz=tz)
        accts.append(a)
        take = ctx.t0 + rng.uniform(1.5, 4.5) * DAY
        takeovers.append(take)
        # the original owner's history
        pre = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.5, 2.0)),
            evening_person(tz) if chance(rng, 0.6) else workday(tz),
            3.0,
            90.0,
        )
        ts = np.concatenate([np.empty(0), *pre])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(ts))],
            models=model_mix(ctx, rng, ts, 0.15, 0.2),
            comp_median=350.0,
        )
        # the buyer: residential exits in the owner's region, same client, person-like sessions
        pool = home(rng, irange(rng, 5, 20), tz)
        post = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 9)),
            workday(op_tz, 8, 22, weekend=0.5, night=0.05),
            float(rng.uniform(6, 12)),
            float(rng.uniform(40, 120)),
        )
        ts = np.concatenate([np.empty(0), *post])
        langs = [pick(rng, tx.CODE_LANGS) for _ in range(2)]
        prompts = [
            tx.code_ask(rng, pick(rng, langs))
            if chance(rng, 0.8)
            else tx.clip(pick(rng, ctx.chat), 10, 800, rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, float(rng.uniform(0.6, 0.85)), 0.05),
            ips=sticky(rng, ts, pool, float(rng.uniform(1800, 7200))),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged accounts (organic history, then takeover)",
            "keys": n,
            "orgs": "each account's own",
            "cards": "each account's original card",
            "ip_source": "residential exits in the original owner's region",
            "user_agent": "the original owner's",
            "pacing": f"person-like sessions on the buyer's day (tz {op_tz})",
            "takeovers": [float(t) for t in takeovers],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow crowd of paid people asking a domain curriculum


def frame_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "frame_ball"
    n = irange(rng, 35, 70)
    domain = pick(rng, ("medicine", "finance"))
    n_topics = len(tx.DOMAIN_TOPICS[domain]["en"])
    accts = []
    for i in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2))
        if tz in (-8, -5):
            lang = "es" if chance(rng, 0.15) else "en"
        elif tz == -3:
            lang = "es" if chance(rng, 0.4) else "pt"
        elif tz == 0:
            lang = "en"
        else:
            lang = "de" if chance(rng, 0.6) else "en"
        ua = pick(rng, BG_BROWSERS[2:3]) if chance(rng, 0.2) else bg_browser(rng)
        a = worker(
            ctx,
            rng,
            fam,
            cid,
            role="crowd_worker",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 240)),
        )
        ts = np.concatenate([np.empty(0), *sess])
        base = (i * 3) % n_topics
        prompts = [
            tx.domain_question(rng, domain, lang, base + j // 2 + irange(rng, 0, 1))
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_mix(ctx, rng, ts, float(rng.uniform(0.45, 0.7)), 0.1),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": f"paid crowd sweeping a {domain} curriculum through their own accounts",
            "keys": n,
            "orgs": "one per person",
            "cards": "one per person (prepaid virtual)",
            "ip_source": "each person's home ISP",
            "user_agent": "browsers / phones",
            "pacing": "evening sessions, 0.8-2.5 a day",
            "languages": "en / es / pt / de",
            "domain": domain,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay across many developer-looking keys


def shot_to_nothing(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "shot_to_nothing"
    n = irange(rng, 8, 14)
    op_tz = pick(rng, TZS)
    pool_idx = rng.choice(
        len(ctx.chat), size=min(len(ctx.chat), irange(rng, 800, 2000)), replace=False
    )
    pool = [ctx.chat[i] for i in pool_idx.tolist()]
    curve = workday(op_tz, 8, 19, weekend=0.3, night=0.04)
    accts = []
    for _ in range(n):
        if chance(rng, 0.6):
            ips = home(rng, 1, pick(rng, TZS))
        else:
            ips = cloud(rng, 1, pick(rng, ("aws", "gcp", "digitalocean", "hetzner", "azure")))
        a = worker(ctx, rng, fam, cid, ua=bg_sdk(rng), ips=ips)
        accts.append(a)
        begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, begin, ctx.t1, float(rng.lognormal(np.log(160), 0.5)), curve)
        prompts = [pick(rng, pool) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=model_mix(ctx, rng, ts, 0.8, 0.1), comp_median=420.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public prompts to collect the new model's answers (and old-model pairs)",
            "keys": n,
            "orgs": "one per key",
            "cards": "one per key",
            "ip_source": "home ISP or single cloud VM per key",
            "user_agent": "common SDKs",
            "pacing": f"working hours of one operator tz {op_tz}",
            "prompt_pool": len(pool),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "break_off": break_off,
    "respot": respot,
    "swan_neck": swan_neck,
    "screw_back": screw_back,
    "long_pot": long_pot,
    "side_spin": side_spin,
    "free_ball": free_ball,
    "pack_split": pack_split,
    "cocked_hat": cocked_hat,
    "touching_ball": touching_ball,
    "frame_ball": frame_ball,
    "shot_to_nothing": shot_to_nothing,
}
