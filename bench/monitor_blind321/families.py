"""Campaign families of blind batch 321 (code names from the sextant).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts, orgs,
cards, pacing, addresses, agents, languages, templates, model choice) is drawn from the family's
own generator, in a fixed order.
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
    SDK_COMMON,
    SDK_OTHER,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
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
)
from bench.monitor_blind321 import texts

Rng = np.random.Generator

#: user agents of the simulator's ordinary users, which a careful operator copies
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
#: UTC offsets and the languages people there write in (first = most common)
TZ_LANGS = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "en"),
    9: ("ja",),
}


def lang_weights(rng: Rng, langs: Sequence[str], conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(len(langs), conc))


def draw_langs(rng: Rng, langs: Sequence[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def step_curve(
    release: float, before: float, after: float, base: Callable | None = None
) -> Callable:
    """`base` scaled by `before` until the release and by `after` from then on."""

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.where(ts >= release, after, before)
        return w * (base(ts) if base is not None else 1.0)

    return f


def poisson_at(rng: Rng, a: float, b: float, per_hour: float, curve: Callable) -> np.ndarray:
    """Poisson times in [a, b) at `per_hour` x curve(t): `per_hour` is the rate where the curve is 1."""
    if b <= a:
        return np.empty(0)
    mean_w = float(np.mean(curve(np.linspace(a, b, 1024, endpoint=False))))
    return thinned(rng, a, b, per_hour * (b - a) / HOUR * mean_w, curve)


def assign_live(
    rng: Rng, ts: np.ndarray, windows: Sequence[tuple[float, float]]
) -> list[np.ndarray]:
    """Jobs at `ts` handed at random to the keys live at that moment (keys rotate through windows)."""
    ts = np.asarray(ts)
    live = (
        np.stack([(ts >= a) & (ts < b) for a, b in windows], axis=1)
        if len(ts)
        else np.zeros((0, len(windows)), bool)
    )
    u = rng.random(len(ts))
    who = np.full(len(ts), -1)
    n_live = live.sum(axis=1)
    for j in np.flatnonzero(n_live).tolist():
        idx = np.flatnonzero(live[j])
        who[j] = idx[int(u[j] * len(idx))]
    return [ts[who == k] for k in range(len(windows))]


def camp_account(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning traces coerced out of quantitative problems, from a rotating pool of hosted keys


def index_mirror(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "index_mirror"
    n_keys = irange(rng, 7, 14)
    n_live = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    hosts = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    langs = list(texts.REASONING_LANGS)
    w = lang_weights(rng, langs)
    styles = rng.dirichlet(np.ones(4))
    start = ctx.t0 + float(rng.uniform(0.4, 2.2)) * DAY
    # keys rotate: each lives a stretch, the next wave takes over (bans, spending limits)
    life = (ctx.t1 - start) * n_live / n_keys
    windows = []
    for k in range(n_keys):
        s = (
            start
            + (k // n_live) * life * float(rng.uniform(0.85, 1.0))
            + float(rng.uniform(0, 3)) * HOUR
        )
        windows.append((s, s + life * float(rng.uniform(1.0, 1.4))))
    rate = float(rng.uniform(16, 32))
    boost = float(rng.uniform(1.6, 3.0))
    ts = poisson_at(rng, start, ctx.t1, rate * boost, step_curve(ctx.release, 1 / boost, 1.0))
    ua_pool = (
        "python-httpx/0.28.1",
        "AsyncOpenAI/Python 1.60.0",
        "aiohttp/3.11.11",
        "OpenAI/Python 1.58.1",
    )
    accts = []
    for k in range(n_keys):
        accts.append(
            camp_account(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[k % len(orgs)],
                ua=pick(rng, ua_pool),
                ips=picks(rng, hosts, irange(rng, 1, 3)),
            )
        )
    p_new = float(rng.uniform(0.9, 0.99))
    for a, t in zip(accts, assign_live(rng, ts, windows), strict=True):
        lg = draw_langs(rng, langs, w, len(t))
        st = rng.choice(4, size=len(t), p=styles).tolist()
        prompts = [texts.reasoning_harvest(rng, g, s) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.02),
            comp_median=float(rng.uniform(650, 1100)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_pool_rotating_keys",
            "ip_source": f"hosting:{provider}",
            "payment": "prepaid_card_per_key",
            "keys": n_keys,
            "live_at_once": n_live,
            "orgs": len(orgs),
            "rate_per_hour_after_release": round(rate * boost, 1),
            "languages": langs,
            "language_weights": [round(float(x), 3) for x in w],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model labels, fired in batches from cloud workers


def horizon_mirror(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "horizon_mirror"
    n_keys = irange(rng, 3, 7)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 3, 6), provider)
    langs = ["en", "ja", "fr"]
    w = np.array([float(rng.uniform(0.5, 0.8)), 0.0, 0.0])
    w[1] = float(rng.uniform(0.3, 0.7)) * (1 - w[0])
    w[2] = 1 - w[0] - w[1]
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    accts = [
        camp_account(ctx, rng, fam, cid, "grader", org=org, pay=pay, ua=ua, ips=picks(rng, ips, 2))
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.8, 3.4)) * DAY
    every_h = float(rng.uniform(2.0, 5.0))
    starts = poisson_at(rng, start, ctx.t1, 1 / every_h, step_curve(ctx.release, 0.5, 1.0))
    trains = bursts(
        rng, starts, float(rng.uniform(40, 110)), float(rng.uniform(0.8, 3.0)), 0.6, ctx.t1
    )
    who = rng.integers(0, n_keys, size=len(trains))
    styles = rng.dirichlet(np.ones(5))
    p_new = float(rng.uniform(0.85, 0.98))
    for k, a in enumerate(accts):
        mine = [t for t, j in zip(trains, who.tolist(), strict=True) if j == k]
        t = np.sort(np.concatenate(mine)) if mine else np.empty(0)
        lg = draw_langs(rng, langs, w, len(t))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, g, int(rng.choice(5, p=styles)))
            for g in lg
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.0),
            comp_median=float(rng.uniform(180, 420)),
            comp_sigma=0.55,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "bursts",
            "burst_every_hours": round(every_h, 2),
            "ip_source": f"cloud:{provider}",
            "payment": "one_shared_card",
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "language_weights": [round(float(x), 3) for x in w],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-conformant ("safe") rewrites through VPN exits, on stolen cards


def micrometer_drum(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "micrometer_drum"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    vpn = cloud(rng, irange(rng, 6, 12), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 2, 5), "*"
    )
    langs = ["zh", "en", "ru", "ar", "vi"]
    w = lang_weights(rng, langs, 1.2)
    w = (w + np.array([0.5, 0.2, 0.0, 0.0, 0.0])) / 1.7
    tz = pick(rng, (8, 3, 2))
    win_start, win_len = float(rng.uniform(8, 11)), float(rng.uniform(9, 14))
    start = ctx.t0 + float(rng.uniform(0.8, 3.0)) * DAY
    accts = []
    for k in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
        accts.append(
            camp_account(ctx, rng, fam, cid, "rewriter", org=orgs[k % 2], ua=ua, ips=list(vpn))
        )
    rates = rng.uniform(5, 14, size=n_keys).tolist()
    hold = float(rng.uniform(10, 40)) * MINUTE
    p_new = float(rng.uniform(0.7, 0.95))
    for a, r in zip(accts, rates, strict=True):
        s = start + float(rng.uniform(0, 1.5)) * DAY
        curve = step_curve(ctx.release, 0.6, 1.0, nightly(win_start, win_len, tz))
        t = poisson_at(rng, s, ctx.t1, r, curve)
        lg = draw_langs(rng, langs, w, len(t))
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, g, int(rng.integers(3))) for g in lg
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.05),
            ips=sticky(rng, t, vpn, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_conformant_rewrites",
            "pacing": "per_key_poisson_in_daily_window",
            "window_local": [round(win_start, 1), round(win_len, 1)],
            "tz": tz,
            "ip_source": "vpn_exits_sticky",
            "payment": "stolen_card_per_key",
            "keys": n_keys,
            "languages": langs,
            "language_weights": [round(float(x), 3) for x in w],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. tool-use agent transcripts: episodes of chained calls with a growing context


def vernier_scale(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "vernier_scale"
    n_orgs = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "azure", "aws"))
    accts, org_of = [], []
    for o in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, 2, provider)
        ua = pick(
            rng,
            (
                "langchain-openai/0.3.6",
                "litellm/1.60.2",
                "OpenAI/Python 1.58.1",
                "semantic-kernel-dotnet/1.36.0",
            ),
        )
        for _ in range(irange(rng, 3, 5)):
            accts.append(
                camp_account(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=ips)
            )
            org_of.append(o)
    styles = rng.dirichlet(np.ones(3))
    p_new = float(rng.uniform(0.85, 0.98))
    ep_rate = float(rng.uniform(0.25, 0.6))
    for a in accts:
        s = ctx.t0 + float(rng.uniform(1.0, 3.2)) * DAY
        starts = poisson_at(rng, s, ctx.t1, ep_rate, step_curve(ctx.release, 0.5, 1.0))
        ts, prompts, extra = [], [], []
        style = int(rng.choice(3, p=styles))
        for t0 in starts.tolist():
            _, task, tools = texts.agent_task(rng)
            n = irange(rng, 3, 12)
            gaps = rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.6, size=n - 1)
            times = t0 + np.concatenate([[0.0], np.cumsum(gaps)])
            base = irange(rng, 300, 900)
            for i, t in enumerate(times.tolist()):
                ts.append(t)
                prompts.append(texts.agent_step(rng, task, tools, i, n, style))
                extra.append(base + i * irange(rng, 150, 450))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.03),
            comp_median=float(rng.uniform(200, 420)),
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes_of_chained_calls",
            "orgs": n_orgs,
            "keys": len(accts),
            "ip_source": f"cloud:{provider}",
            "payment": "one_card_per_org",
            "episodes_per_hour_per_key": round(ep_rate, 2),
            "languages": ["en", "zh", "ko", "es"],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic data-set generation, overnight, from a company cloud account


def shade_glass(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "shade_glass"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ips = cloud(rng, irange(rng, 1, 3), provider)
    office = resi(rng, 1, pick(rng, ("cn", "sea")))
    n_keys = irange(rng, 2, 5)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    accts = [
        camp_account(ctx, rng, fam, cid, "generator", org=org, pay=pay, ua=ua, ips=ips + office)
        for _ in range(n_keys)
    ]
    langs = ["en", "zh", "es", "pt", "id", "hi"]
    w = lang_weights(rng, langs, 1.0)
    tz = 8
    ws, wl = float(rng.uniform(21, 24)), float(rng.uniform(6, 9))
    rate = float(rng.uniform(30, 70))
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    curve = step_curve(ctx.release, 0.5, 1.0, nightly(ws, wl, tz))
    ts = poisson_at(rng, start, ctx.t1, rate, curve)
    who = rng.integers(0, n_keys, size=len(ts))
    p_new = float(rng.uniform(0.8, 0.97))
    for k, a in enumerate(accts):
        t = ts[who == k]
        lg = draw_langs(rng, langs, w, len(t))
        prompts = [texts.dataset_request(rng, g, int(rng.integers(3))) for g in lg]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.02),
            comp_median=float(rng.uniform(1300, 2000)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "overnight_poisson",
            "window_local": [round(ws, 1), round(wl, 1)],
            "tz": tz,
            "ip_source": f"cloud:{provider}+office",
            "payment": "company_card",
            "keys": n_keys,
            "languages": langs,
            "language_weights": [round(float(x), 3) for x in w],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies, spoofing a web client


def index_arm(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "index_arm"
    n_keys = irange(rng, 10, 18)
    pool = resi(rng, irange(rng, 60, 140), "*")
    langs = ["en", "es", "de", "ja", "ko", "pt"]
    w = lang_weights(rng, langs, 1.2)
    w = (w + np.array([0.6, 0, 0, 0, 0, 0])) / 1.6
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    accts = []
    for _ in range(n_keys):
        accts.append(
            camp_account(
                ctx,
                rng,
                fam,
                cid,
                "conversation_driver",
                pay=pick(rng, cards),
                ua=pick(rng, BROWSERS),
                ips=pool,
            )
        )
    conv_rate = float(rng.uniform(0.3, 0.7))
    p_chat = float(rng.uniform(0.3, 0.7))
    p_new = float(rng.uniform(0.75, 0.95))
    hold = float(rng.uniform(15, 45)) * MINUTE
    for a in accts:
        s = ctx.t0 + float(rng.uniform(1.5, 3.6)) * DAY
        starts = poisson_at(rng, s, ctx.t1, conv_rate, step_curve(ctx.release, 0.4, 1.0))
        ts, prompts, extra = [], [], []
        for t0 in starts.tolist():
            lg = langs[int(rng.choice(len(langs), p=w))]
            n = irange(rng, 4, 10)
            times = t0 + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(14.0), 0.5, size=n - 1))]
            )
            ctx_tokens = 0
            for i, t in enumerate(times.tolist()):
                ts.append(t)
                prompts.append(
                    texts.opener(rng, ctx.chat, lg, p_chat) if i == 0 else texts.followup(rng, lg)
                )
                extra.append(ctx_tokens)
                ctx_tokens += irange(rng, 350, 800)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.03),
            ips=sticky(rng, ts_a, pool, hold),
            comp_median=float(rng.uniform(400, 650)),
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_conversations",
            "ip_source": "residential_proxy_sticky",
            "payment": "few_cards_shared",
            "cards": len(cards),
            "keys": n_keys,
            "conversations_per_hour_per_key": round(conv_rate, 2),
            "languages": langs,
            "language_weights": [round(float(x), 3) for x in w],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: each prompt sent n times in a few seconds


def tangent_screw(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tangent_screw"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    accts = [
        camp_account(
            ctx, rng, fam, cid, "sampler", org=org, pay=cards[k % 2], ua="aiohttp/3.11.11", ips=ips
        )
        for k in range(n_keys)
    ]
    langs = ["en", "fr", "zh"]
    w = np.array([0.7, 0.15, 0.15])
    styles = rng.dirichlet(np.ones(4))
    start = ctx.t0 + float(rng.uniform(2.6, 3.9)) * DAY
    g_rate = float(rng.uniform(4, 9))
    starts = poisson_at(rng, start, ctx.t1, g_rate, step_curve(ctx.release, 0.4, 1.0))
    who = rng.integers(0, n_keys, size=len(starts))
    n_mean = float(rng.uniform(5, 9))
    p_new = float(rng.uniform(0.9, 1.0))
    per: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    for t0, k in zip(starts.tolist(), who.tolist(), strict=True):
        n = max(2, int(rng.poisson(n_mean)))
        lg = langs[int(rng.choice(3, p=w))]
        style = int(rng.choice(4, p=styles))
        prompt = texts.soft_label(rng, lg, style)
        times = t0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.6, size=n - 1))])
        per[k][0].extend(times.tolist())
        per[k][1].extend([prompt] * n)
    for a, (ts, prompts) in zip(accts, per, strict=True):
        order = np.argsort(np.asarray(ts), kind="stable")
        t = np.asarray(ts)[order]
        pr = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            t,
            pr,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.0),
            comp_median=float(rng.uniform(150, 380)),
            comp_sigma=0.7,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_bursts",
            "groups_per_hour": round(g_rate, 2),
            "n_mean": round(n_mean, 2),
            "ip_source": f"cloud:{provider}",
            "payment": "two_cards",
            "keys": n_keys,
            "languages": langs,
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a slow, steady rate from an office line and one server


def graduated_arc(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "graduated_arc"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, irange(rng, 1, 2), "eu")
    server = cloud(rng, 1, pick(rng, ("ovh", "hetzner", "scaleway")))
    n_keys = irange(rng, 2, 4)
    key_langs = ["en", "de", "fr"]
    n_levels = irange(rng, 6, 10)
    cells = texts.curriculum_cells(rng, n_levels)
    accts, plans = [], []
    for k in range(n_keys):
        lg = key_langs[k % 3]
        ua = pick(rng, ("OpenAI/Python 1.54.0", "curl/8.5.0", "python-requests/2.32.3"))
        accts.append(
            camp_account(
                ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=office + server
            )
        )
        plans.append(lg)
    p_new = float(rng.uniform(0.6, 0.9))
    style = int(rng.integers(3))
    for k, (a, lg) in enumerate(zip(accts, plans, strict=True)):
        s = ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY
        per_h = float(rng.uniform(6, 13))
        gaps = rng.lognormal(
            np.log(HOUR / per_h), 0.35, size=int((ctx.t1 - s) / HOUR * per_h * 1.2) + 2
        )
        t = s + np.cumsum(gaps)
        t = t[t < ctx.t1]
        offset = k * len(cells) // n_keys
        prompts = [
            texts.curriculum_prompt(rng, cells[(offset + i) % len(cells)], n_levels, lg, style)
            for i in range(len(t))
        ]
        ips = [server[0] if chance(rng, 0.7) else office[0] for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.0),
            ips=ips,
            comp_median=float(rng.uniform(900, 1400)),
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_semi_regular",
            "ip_source": "office_broadband+server",
            "payment": "company_card",
            "keys": n_keys,
            "levels": n_levels,
            "cells": len(cells),
            "languages": key_langs[:n_keys],
            "p_new_model": round(p_new, 3),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study-help product's own traffic


def noon_sight(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "noon_sight"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = rented_block(rng, "aws", 1, irange(rng, 2, 4))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    app = pick(rng, ("Quizzly", "StudyOwl", "Notewise", "Brainpad"))
    n_keys = irange(rng, 1, 3)
    accts = [
        camp_account(ctx, rng, fam, cid, "product_key", org=org, pay=pay, ua=ua, ips=backend)
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 22))
    load = global_load(peak, float(rng.uniform(0.5, 0.8)))
    users_per_h = float(rng.uniform(12, 28))
    share_before, share_after = float(rng.uniform(0.04, 0.12)), float(rng.uniform(0.3, 0.6))
    real = poisson_at(rng, ctx.t0, ctx.t1, users_per_h, load)
    # the side job rides the same load curve, so it is never visible as a separate stream
    side_curve = step_curve(ctx.release, share_before, share_after, load)
    side = poisson_at(rng, ctx.t0, ctx.t1, users_per_h, side_curve)
    p_new_users = float(rng.uniform(0.2, 0.45))
    p_new_side = float(rng.uniform(0.55, 0.85))
    wrap_p = float(rng.uniform(0.2, 0.6))
    k_real = rng.integers(0, n_keys, size=len(real))
    k_side = rng.integers(0, n_keys, size=len(side))
    for k, a in enumerate(accts):
        tr, tsd = real[k_real == k], side[k_side == k]
        p_real = []
        for _ in range(len(tr)):
            q = (
                texts.study_question(rng, False, 0.5)
                if chance(rng, 0.45)
                else texts.sharegpt_prompt(rng, ctx.chat, 8, 1200)
            )
            p_real.append(texts.tutor_wrap(rng, q, app) if chance(rng, wrap_p) else q)
        p_side = []
        for _ in range(len(tsd)):
            q = (
                texts.study_question(rng, True, 0.35)
                if chance(rng, 0.6)
                else texts.knowledge_question(rng, "en", 0.3)
                + ". "
                + pick(rng, ("show every step", "explain in full detail"))
            )
            p_side.append(texts.tutor_wrap(rng, q, app) if chance(rng, wrap_p) else q)
        t = np.concatenate([tr, tsd])
        order = np.argsort(t, kind="stable")
        prompts = [(p_real + p_side)[i] for i in order.tolist()]
        t = t[order]
        is_side = (np.arange(len(order)) >= len(tr))[order]
        m_real = ctx.models(rng, t, p_new=p_new_users, p_mini=0.35)
        m_side = ctx.models(rng, t, p_new=p_new_side, p_mini=0.0)
        models = [
            ms if s else mr for mr, ms, s in zip(m_real, m_side, is_side.tolist(), strict=True)
        ]
        comp = np.where(is_side, float(rng.uniform(700, 1000)), 330.0)
        ctx.emit(rng, a, t, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_global_load",
            "product": app,
            "ip_source": "aws_app_backend",
            "payment": "business_card",
            "keys": n_keys,
            "user_rate_per_hour": round(users_per_h, 1),
            "harvest_share_before_after": [round(share_before, 3), round(share_after, 3)],
            "languages": ["en"],
            "p_new_model_harvest": round(p_new_side, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, each acting like one person in one place


def lunar_distance(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lunar_distance"
    n = irange(rng, 24, 42)
    tzs = sorted(TZ_LANGS)
    accts, plans = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        home_ips = home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, PLAIN_UAS) if chance(rng, 0.75) else pick(rng, BROWSERS)
        accts.append(camp_account(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home_ips, tz=tz))
        plans.append(tz)
    p_new = float(rng.uniform(0.35, 0.65))
    p_chat = float(rng.uniform(0.15, 0.35))
    for a, tz in zip(accts, plans, strict=True):
        langs = TZ_LANGS[tz]
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.05)
        # handed over a day or two before the release, after a trickle of the old owner's use
        take = ctx.release - float(rng.uniform(0.3, 2.0)) * DAY
        old = session_times(rng, ctx.t0, take, float(rng.uniform(0.2, 0.6)), curve, 3.0, 60.0)
        new = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            step_curve(ctx.release, 0.5, 1.0, curve),
            float(rng.uniform(5, 10)),
            float(rng.uniform(35, 90)),
            0.7,
        )
        t_old = np.concatenate(old) if old else np.empty(0)
        t_new = np.concatenate(new) if new else np.empty(0)
        p_old = [texts.sharegpt_prompt(rng, ctx.chat, 8, 1500) for _ in range(len(t_old))]
        p_new_l = []
        for _ in range(len(t_new)):
            lg = pick(rng, langs)
            u = float(rng.random())
            if u < p_chat:
                p_new_l.append(texts.sharegpt_prompt(rng, ctx.chat, 8, 1500))
            elif u < p_chat + 0.35:
                p_new_l.append(texts.translation_request(rng, ctx.passages, lg))
            else:
                p_new_l.append(texts.knowledge_question(rng, lg, 0.4))
        t = np.concatenate([t_old, t_new])
        mo = ctx.models(rng, t_old, p_new=0.1, p_mini=0.25) + ctx.models(
            rng, t_new, p_new=p_new, p_mini=0.1
        )
        comp = np.concatenate(
            [np.full(len(t_old), 330.0), np.full(len(t_new), float(rng.uniform(500, 800)))]
        )
        ctx.emit(rng, a, t, p_old + p_new_l, models=mo, comp_median=comp, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_harvest",
            "pacing": "person_like_sessions_after_takeover",
            "accounts": n,
            "ip_source": "home_isp_matching_tz",
            "payment": "original_owner_cards",
            "languages": "by_account_timezone",
            "p_new_model": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of fresh phone accounts asking human-sounding code questions


def star_sight(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "star_sight"
    n = irange(rng, 70, 120)
    region_langs = (
        ("us", "en", -5),
        ("in", "hi", 5),
        ("in", "en", 5),
        ("latam", "pt", -3),
        ("latam", "es", -3),
        ("sea", "id", 8),
        ("eu", "en", 0),
        ("us", "es", -8),
    )
    rw = lang_weights(rng, region_langs, 2.0)
    cards = [hexid(rng, "pay") for _ in range(n // 3)]
    accts, plans = [], []
    for _ in range(n):
        region, lang, tz = region_langs[int(rng.choice(len(region_langs), p=rw))]
        v6 = chance(rng, 0.12)
        kind = {"us": "us_mobile", "in": "in_mobile", "latam": "br_mobile"}.get(region, "eu_mobile")
        ips = (
            mobile_v6(rng, irange(rng, 1, 3), kind) if v6 else resi(rng, irange(rng, 1, 3), region)
        )
        pay = pick(rng, cards) if chance(rng, 0.45) else None
        ua = pick(rng, MOBILE) if chance(rng, 0.3) else pick(rng, PLAIN_UAS)
        accts.append(
            camp_account(ctx, rng, fam, cid, "crowd_member", pay=pay, ua=ua, ips=ips, tz=tz)
        )
        plans.append((lang, tz))
    p_new = float(rng.uniform(0.4, 0.75))
    for a, (lang, tz) in zip(accts, plans, strict=True):
        s = ctx.t0 + float(rng.uniform(3.2, 6.3)) * DAY
        sess = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 200)),
        )
        t = np.concatenate(sess) if sess else np.empty(0)
        slop = float(rng.uniform(0.2, 0.7))
        prompts = [
            texts.code_question(rng, lang, slop)
            if chance(rng, 0.8)
            else texts.knowledge_question(rng, "en", slop)
            for _ in range(len(t))
        ]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.1),
            comp_median=float(rng.uniform(450, 700)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_crowd_code_harvest",
            "pacing": "human_sessions_few_per_account",
            "accounts": n,
            "ip_source": "residential_and_carrier",
            "payment": "prepaid_cards_some_shared",
            "cards": len(cards),
            "languages": sorted(dict.fromkeys(x[1] for x in region_langs)),
            "p_new_model": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay by what looks like a few small dev teams


def sight_reduction(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sight_reduction"
    n_orgs = irange(rng, 3, 5)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts, plans = [], []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 2, 5, 8))
        nat = home(rng, 1, tz)
        ci = cloud(rng, 1, pick(rng, ("aws", "gcp", "digitalocean")))
        for _ in range(irange(rng, 2, 5)):
            ua = (
                pick(rng, PLAIN_UAS[:2])
                if chance(rng, 0.8)
                else pick(rng, SDK_COMMON + SDK_OTHER[:3])
            )
            accts.append(
                camp_account(
                    ctx, rng, fam, cid, "replayer", org=org, pay=pay, ua=ua, ips=nat + ci, tz=tz
                )
            )
            plans.append(tz)
    p_new = float(rng.uniform(0.45, 0.8))
    for a, tz in zip(accts, plans, strict=True):
        s = ctx.t0 + float(rng.uniform(2.0, 3.5)) * DAY
        per_h = float(rng.uniform(5, 12))
        curve = step_curve(ctx.release, 0.35, 1.0, workday(tz, weekend=0.15))
        t = poisson_at(rng, s, ctx.t1, per_h, curve)
        prompts = []
        for _ in range(len(t)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ips = [a.ips[1] if chance(rng, 0.15) else a.ips[0] for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=p_new, p_mini=0.05),
            ips=ips,
            comp_median=float(rng.uniform(350, 500)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_poisson",
            "orgs": n_orgs,
            "keys": len(accts),
            "ip_source": "office_nat+ci_server",
            "payment": "card_per_org",
            "prompt_source": "sharegpt_sim_half_deduplicated",
            "languages": "as_in_source",
            "p_new_model": round(p_new, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "index_mirror": index_mirror,
    "horizon_mirror": horizon_mirror,
    "micrometer_drum": micrometer_drum,
    "vernier_scale": vernier_scale,
    "shade_glass": shade_glass,
    "index_arm": index_arm,
    "tangent_screw": tangent_screw,
    "graduated_arc": graduated_arc,
    "noon_sight": noon_sight,
    "lunar_distance": lunar_distance,
    "star_sight": star_sight,
    "sight_reduction": sight_reduction,
}
