"""Campaign families of batch 213 (code names from Australian rules football).

Each family is `f(ctx, rng, campaign_id)`: it draws its own shape (keys, orgs, cards, pacing,
addresses, user agents, languages, templates, model choice) from its own generator, writes its
accounts' events into `ctx` and records the campaign in the truth. Written without reading the
monitor. Five of the twelve (smother, mongrel_punt, sherrin, goalsneak, back_pocket) are built to
look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

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
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
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
from bench.monitor_blind213 import texts

#: user agents as the simulator's background writes them (seen in its output), so a hard family's
#: clients are indistinguishable from ordinary users' clients
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
BG_UA_W = np.array([0.45, 0.2, 0.15, 0.12, 0.08])
BG_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
#: consumer region of each UTC offset (as the address helpers map them)
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
#: the language a person in that offset most likely writes (among those texts.py speaks)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "fr",
    2: "de",
    3: "en",
    5: "hi",
    8: "id",
    9: "en",
}


def bg_ua(rng: np.random.Generator) -> str:
    return BG_UAS[int(rng.choice(len(BG_UAS), p=BG_UA_W))]


def lang_mix(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = "en"
) -> tuple[list[str], np.ndarray]:
    """A family's languages and their weights (the first one dominant when given)."""
    k = irange(rng, k_lo, min(k_hi, len(pool)))
    langs = [str(x) for x in rng.choice(pool, size=k, replace=False)]
    if first is not None and first not in langs:
        langs[0] = first
    w = rng.dirichlet(np.full(len(langs), 1.5))
    if first is not None:
        w[langs.index(first)] += 1.0
    return langs, w / w.sum()


def draw(rng: np.random.Generator, items: list, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def fnum(x: float) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def ruckman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ruckman"
    n_keys = irange(rng, 6, 16)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    cards = [hexid(rng, "pay")] if shared_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua_main = sdk_ua(rng, 0.4)
    langs, lw = lang_mix(rng, ("en", "zh", "ru", "es", "de", "ja"), 2, 4)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[(i % n_orgs) % len(cards)],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = ctx.release - float(rng.uniform(0.3, 2.5)) * DAY
    pre_rate = float(rng.uniform(15, 40))
    post_rate = pre_rate * float(rng.uniform(1.8, 3.2))
    post_start = ctx.release + float(rng.uniform(0.2, 3.0)) * HOUR
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4)))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, post_start, ctx.t1, post_rate, n_keys, curve)
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(900, 1600))
    err = float(rng.uniform(0.02, 0.05))
    for a, s1, s2 in zip(accts, pre, post, strict=True):
        ts = cat([s1, s2])
        prompts = [
            texts.reasoning_prompt(rng, draw(rng, langs, lw), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "ip_source": f"rented block ({provider})",
            "pacing": "worker pool, ramps up after release",
            "pre_rate_per_hour": fnum(pre_rate),
            "post_rate_per_hour": fnum(post_rate),
            "languages": langs,
            "styles": styles,
            "p_new": fnum(p_new),
            "user_agent": ua_main,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def hitout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hitout"
    n_keys = irange(rng, 3, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("gcp", "azure", "aws"))
    egress = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng,
        ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"),
    )
    tz = pick(rng, (8, 3, 2, -5, 9))
    langs, lw = lang_mix(rng, ("en", "zh", "ko"), 1, 3)
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 5), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=egress,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    burst_rate = float(rng.uniform(1.5, 4.0))
    size = float(rng.uniform(30, 90))
    gap = float(rng.uniform(1.5, 4.0))

    def night(ts: np.ndarray) -> np.ndarray:
        h = (((np.asarray(ts) + tz * HOUR) % DAY) / HOUR - night_start) % 24.0
        return (h < night_len).astype(np.float64)

    n_hours_night = (ctx.t1 - start) / DAY * night_len
    starts = thinned(rng, start, ctx.t1, burst_rate * n_hours_night, night)
    trains = bursts(rng, starts, size, gap, b=ctx.t1)
    trickle_rate = float(rng.uniform(2, 6))
    trickle = worker_pool(rng, start, ctx.t1, trickle_rate, n_keys)
    who = rng.integers(0, n_keys, size=len(trains))
    per = [[trickle[i]] for i in range(n_keys)]
    for k, tr in zip(who.tolist(), trains, strict=True):
        per[k].append(tr)
    p_new = float(rng.uniform(0.85, 0.97))
    comp = float(rng.uniform(250, 450))
    for a, parts in zip(accts, per, strict=True):
        ts = cat(parts)
        prompts = []
        for _ in range(len(ts)):
            q, x, y = pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            prompts.append(
                texts.judge_prompt(rng, q, x, y, draw(rng, langs, lw), pick(rng, styles))
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
            comp_median=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "cards": len(cards),
            "ip_source": f"{provider} NAT egress ({len(egress)} addresses)",
            "pacing": "nightly bursts + trickle",
            "operator_tz": tz,
            "burst_size_mean": fnum(size),
            "languages": langs,
            "styles": styles,
            "p_new": fnum(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites from churned keys behind residential proxies


def screamer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "screamer"
    n_keys = irange(rng, 15, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 8))]  # stolen cards, reused
    region = pick(rng, ("*", "us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 200, 600), region)
    langs, lw = lang_mix(
        rng, ("zh", "en", "ru", "ar", "vi"), 2, 5, first="zh" if chance(rng, 0.6) else "en"
    )
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    browser_share = float(rng.uniform(0.2, 0.8))
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    lo, hi = ctx.t0 + 0.4 * DAY, ctx.t1 - 0.3 * DAY
    for _ in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, browser_share)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        born = float(rng.uniform(lo, hi))
        life = float(rng.uniform(0.4, 2.5)) * DAY
        rate = float(rng.uniform(4, 14))
        ts = thinned(
            rng, born, min(born + life, ctx.t1), rate * life / HOUR, lambda t: np.ones(len(t))
        )
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 40)) * MINUTE)
        prompts = [
            texts.policy_rewrite(
                rng, pick(rng, ctx.passages), draw(rng, langs, lw), pick(rng, styles)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
            ips=ips,
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "stolen_cards": len(cards),
            "ip_source": f"residential proxy pool ({region}, {len(pool)} exits, sticky)",
            "pacing": "per-key Poisson, keys churn (short lives)",
            "languages": langs,
            "styles": styles,
            "p_new": fnum(p_new),
            "browser_ua_share": fnum(browser_share),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes of tool calls


def drop_punt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drop_punt"
    n_keys = irange(rng, 4, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    langs, lw = lang_mix(rng, ("en", "es", "de", "zh", "pt"), 1, 4)
    schema_style = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    ep_rate = float(rng.uniform(8, 22))
    starts = thinned(
        rng, start, ctx.t1, ep_rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    )
    who = rng.integers(0, n_keys, size=len(starts))
    gap = float(rng.uniform(4, 12))
    step_tokens = irange(rng, 200, 450)
    p_new = float(rng.uniform(0.88, 0.98))
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), who.tolist(), strict=True):
        steps = irange(rng, 3, 9)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))])
        msgs = texts.agent_episode(rng, draw(rng, langs, lw), steps, schema_style)
        per[k][0].extend(t.tolist())
        per[k][1].extend(msgs)
        per[k][2].extend([500 + i * step_tokens for i in range(steps)])
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        if not ts:
            continue
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.02),
            comp_median=float(rng.uniform(150, 260)),
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "ip_source": f"{provider} workers",
            "pacing": "episodes of 3-9 tool steps",
            "episodes_per_hour": fnum(ep_rate),
            "languages": langs,
            "schema_style": schema_style,
            "p_new": fnum(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation as an ordered curriculum sweep, slow and steady


def checkside(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "checkside"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    provider = pick(rng, ("aws", "gcp", "hetzner", "ovh"))
    langs, lw = lang_mix(rng, ("en", "es", "pt", "id", "hi"), 1, 4)
    styles = [int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(-0.5, 0.3)) * DAY
    rate = float(rng.uniform(10, 28))
    streams = [
        thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
        for _ in range(n_keys)
    ]
    total = sum(len(s) for s in streams)
    cells = texts.sweep_grid(rng, total)
    # the sweep hands the next grid cell to whichever key asks next
    all_ts = np.concatenate(streams) if total else np.empty(0)
    owner = (
        np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
        if total
        else np.empty(0, int)
    )
    order = np.argsort(all_ts, kind="stable")
    cell_of = np.empty(total, dtype=np.int64)
    cell_of[order] = np.arange(total) % max(1, len(cells))
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1500, 2500))
    for i, a in enumerate(accts):
        idx = np.flatnonzero(owner == i)
        prompts = [
            texts.dataset_prompt(
                rng, cells[int(cell_of[j])], draw(rng, langs, lw), pick(rng, styles)
            )
            for j in idx.tolist()
        ]
        ctx.emit(
            rng,
            a,
            streams[i],
            prompts,
            models=ctx.models(rng, streams[i], p_new=p_new, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (curriculum sweep)",
            "keys": n_keys,
            "ip_source": f"{provider}, one address per key",
            "pacing": "steady around the clock from about the release",
            "rate_per_key_hour": fnum(rate),
            "languages": langs,
            "styles": styles,
            "p_new": fnum(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a simulated user, through VPN exits


def centre_bounce(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "centre_bounce"
    n_keys = irange(rng, 8, 20)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"))
    pool = cloud(rng, irange(rng, 20, 50), vpn)
    langs, lw = lang_mix(rng, ("en", "es", "fr", "zh", "pt"), 2, 4)
    sim_style = irange(rng, 0, 1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=pick(rng, BROWSERS) if chance(rng, 0.6) else "OpenAI/NodeJS 4.85.1",
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    conv_rate = float(rng.uniform(5, 12))
    starts = thinned(
        rng, start, ctx.t1, conv_rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    )
    who = rng.integers(0, n_keys, size=len(starts))
    gap = float(rng.uniform(6, 15))
    per_turn = irange(rng, 150, 350)
    per = [([], [], [], []) for _ in range(n_keys)]
    p_new = float(rng.uniform(0.85, 0.97))
    for s, k in zip(starts.tolist(), who.tolist(), strict=True):
        lang = draw(rng, langs, lw)
        opener = clip_chat(rng, ctx.chat) if lang == "en" else texts.natural_question(rng, lang)
        n_turns = irange(rng, 2, 6)
        t = s
        for turn in range(n_turns):
            for user_sim in (False, True) if turn < n_turns - 1 else (False,):
                per[k][0].append(t)
                per[k][1].append(texts.dialogue_turn(rng, opener, lang, turn, user_sim, sim_style))
                per[k][2].append(turn * per_turn * (2 if user_sim else 1))
                per[k][3].append(user_sim)
                t += float(rng.lognormal(np.log(gap), 0.5))
    for a, (ts, prompts, extra, sim) in zip(accts, per, strict=True):
        if not ts:
            continue
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        models = ctx.models(rng, ts_a, p_new=p_new, p_mini=0.02)
        sims = np.asarray(sim)[order]
        models = [
            ctx.old_models[-1] if u else m for m, u in zip(models, sims.tolist(), strict=True)
        ]
        comp = np.where(sims, 60.0, 420.0)
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=models,
            comp_median=comp,
            extra=np.asarray(extra)[order],
            ips=picks(rng, pool, len(ts_a)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (self-play user simulator on the small model)",
            "keys": n_keys,
            "orgs": n_orgs,
            "ip_source": f"VPN exits ({vpn}, {len(pool)} addresses, per request)",
            "pacing": "conversations of alternating turns",
            "conversations_per_hour": fnum(conv_rate),
            "languages": langs,
            "p_new": fnum(p_new),
        },
    )


def clip_chat(rng: np.random.Generator, chat: list[str]) -> str:
    for _ in range(20):
        c = pick(rng, chat)
        if len(c) >= 25:
            return c
    return c


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: identical prompts fired n times at once


def tagger(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tagger"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    n_lo = irange(rng, 4, 8)
    n_hi = n_lo + irange(rng, 0, 8)
    soft_share = float(rng.uniform(0.3, 0.7))
    style = irange(rng, 0, 2)
    trial = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    main = ctx.release + float(rng.uniform(0.0, 6.0)) * HOUR
    rate = float(rng.uniform(5, 15))
    starts = np.concatenate(
        [
            thinned(rng, trial, trial + 2 * HOUR, 2 * rate, lambda t: np.ones(len(t))),
            thinned(rng, main, ctx.t1, rate * (ctx.t1 - main) / HOUR, lambda t: np.ones(len(t))),
        ]
    )
    who = rng.integers(0, n_keys, size=len(starts))
    gap = float(rng.uniform(0.3, 1.2))
    p_new = float(rng.uniform(0.93, 1.0))
    per = [([], [], []) for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), who.tolist(), strict=True):
        n = irange(rng, n_lo, n_hi)
        soft = chance(rng, soft_share)
        prompt = texts.soft_label_prompt(rng, style) if soft else texts.open_instruction(rng)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=n - 1))])
        per[k][0].extend(t.tolist())
        per[k][1].extend([prompt] * n)
        per[k][2].extend([60.0 if soft else 450.0] * n)
    for a, (ts, prompts, comp) in zip(accts, per, strict=True):
        if not ts:
            continue
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.0),
            comp_median=np.asarray(comp)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "ip_source": f"{provider}",
            "pacing": "groups of identical prompts fired together; a small trial before release",
            "n_range": [n_lo, n_hi],
            "soft_label_share": fnum(soft_share),
            "groups_per_hour": fnum(rate),
            "p_new": fnum(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: a parallel-corpus harvest hidden inside a real translation app's own traffic

_BRANDS = ("Lingoloop", "Parlaro", "TalkBridge", "Wordwise Go", "Ekko Translate", "Babelbee")


def smother(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "smother"
    brand = pick(rng, _BRANDS)
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    tpl = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    key_w = rng.dirichlet(np.full(n_keys, 3.0))
    peak, depth = float(rng.uniform(10, 20)), float(rng.uniform(0.4, 0.7))
    curve = global_load(peak, depth)
    rate = float(rng.uniform(25, 55))
    prod_ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    pivot = ctx.release + float(rng.uniform(-1.0, 0.3)) * DAY
    share = float(rng.uniform(0.18, 0.35))
    harvest_ts = thinned(
        rng, pivot, ctx.t1, rate * share / (1 - share) * (ctx.t1 - pivot) / HOUR, curve
    )
    user_targets = [str(x) for x in rng.choice(texts.TARGETS, size=5, replace=False)]
    uw = rng.dirichlet(np.ones(5))
    p_prod, p_harv = float(rng.uniform(0.15, 0.35)), float(rng.uniform(0.55, 0.8))
    all_ts = np.concatenate([prod_ts, harvest_ts])
    is_h = np.concatenate([np.zeros(len(prod_ts), bool), np.ones(len(harvest_ts), bool)])
    who = rng.choice(n_keys, size=len(all_ts), p=key_w)
    sweep = 0
    prompts, comp, models = [], [], []
    for t, h in zip(all_ts.tolist(), is_h.tolist(), strict=True):
        if h:
            text = texts.clip_words(pick(rng, ctx.passages), rng, 60, 260)
            target = texts.TARGETS[sweep % len(texts.TARGETS)]
            sweep += 1
            p = p_harv
        else:
            text = (
                pick(rng, ctx.chat)[:600]
                if chance(rng, 0.7)
                else pick(rng, texts.sentences(pick(rng, ctx.passages)))
            )
            target = draw(rng, user_targets, uw)
            p = p_prod
        prompts.append(texts.product_translation(brand, tpl, target, text))
        comp.append(max(20.0, len(text) / 3.2))
        new = t >= ctx.release and rng.random() < p
        models.append(
            ctx.new_model
            if new
            else (ctx.old_models[-1] if rng.random() < 0.3 else ctx.old_models[0])
        )
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        sel = sel[np.argsort(all_ts[sel], kind="stable")]
        ctx.emit(
            rng,
            a,
            all_ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            comp_median=np.asarray(comp)[sel],
            comp_sigma=0.3,
            extra=40,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest mixed into a live translation product's traffic",
            "brand": brand,
            "keys": n_keys,
            "ip_source": f"{provider} product backend",
            "pacing": "the product's global load; harvest share of requests after the pivot",
            "harvest_share": fnum(share),
            "pivot_offset_days": fnum((pivot - ctx.release) / DAY),
            "p_new_product": fnum(p_prod),
            "p_new_harvest": fnum(p_harv),
            "template": tpl,
            "harvest_events": int(len(harvest_ts)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged accounts, taken over and driven through residential proxies in their region


def mongrel_punt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mongrel_punt"
    n = irange(rng, 12, 25)
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION[tz]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = LANG_OF_TZ[tz] if chance(rng, 0.6) else "en"
        take = ctx.release + float(rng.uniform(-1.2, 0.8)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        # the previous owner's own use
        own = session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.4, 2.0)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 200)),
        )
        own_ts = cat(own)
        own_prompts = [
            pick(rng, ctx.chat)
            if chance(rng, 0.85)
            else pick(rng, ("continue", "Continue", "thanks"))
            for _ in range(len(own_ts))
        ]
        ctx.emit(
            rng, a, own_ts, own_prompts, models=ctx.models(rng, own_ts, p_new=0.15, p_mini=0.2)
        )
        # the buyer's harvest, paced like a person in the original owner's day
        pool = resi(rng, irange(rng, 20, 60), region)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 10)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(25, 70)),
        )
        ts, prompts, extra = [], [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                follow = j > 0 and chance(rng, 0.15)
                prompts.append(
                    texts.short_followup(rng) if follow else texts.natural_question(rng, lang)
                )
                extra.append(300 if follow else 0)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.02),
            ips=sticky(rng, ts_a, pool, float(rng.uniform(20, 90)) * MINUTE),
            comp_median=480.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum harvest through bought aged consumer accounts",
            "accounts": n,
            "ip_source": "each account's own home line before takeover, residential proxies of the same region after",
            "pacing": "human sessions in the original owner's day, denser after takeover",
            "user_agent": "each account's original client, kept",
            "p_new": fnum(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow crowd of paid people asking curriculum questions from their phones

_FARM_TZ = (5, 8, -3)


def sherrin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sherrin"
    n = irange(rng, 35, 70)
    main_tz = pick(rng, _FARM_TZ)
    local = {5: "hi", 8: "id", -3: "pt"}[main_tz]
    p_local = float(rng.uniform(0.2, 0.6))
    p_new = float(rng.uniform(0.6, 0.85))
    shift_start = float(rng.uniform(8, 11))
    accts = []
    for _ in range(n):
        tz = main_tz if chance(rng, 0.8) else pick(rng, TZS)
        ua = (
            pick(rng, MOBILE[:3])
            if chance(rng, 0.4)
            else (pick(rng, BG_MOBILE) if chance(rng, 0.3) else bg_ua(rng))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        subjects = [
            str(x) for x in rng.choice(texts.SUBJECTS, size=irange(rng, 2, 4), replace=False)
        ]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = (
            workday(tz, start=shift_start, end=shift_start + 9)
            if chance(rng, 0.6)
            else evening_person(tz)
        )
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(45, 120)),
        )
        ts, prompts, extra, ips = [], [], [], []
        v6 = tz in (5, -3) and chance(rng, 0.6)
        for s in sess:
            ip = (
                mobile_v6(rng, 1, "in_mobile" if tz == 5 else "br_mobile")[0]
                if v6
                else (a.ips[0] if chance(rng, 0.8) else home(rng, 1, tz)[0])
            )
            for j, t in enumerate(s.tolist()):
                follow = j > 0 and chance(rng, 0.35)
                lang = local if (tz == main_tz and chance(rng, p_local)) else "en"
                ts.append(t)
                prompts.append(
                    texts.short_followup(rng)
                    if follow
                    else texts.natural_question(rng, lang, subjects)
                )
                extra.append(irange(rng, 200, 600) if follow else 0)
                ips.append(ip)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.1),
            ips=ips,
            comp_median=420.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd harvest (paid people, curriculum slices)",
            "accounts": n,
            "farm_tz": main_tz,
            "local_language": local,
            "p_local": fnum(p_local),
            "ip_source": "home lines and carrier IPv6 of the workers",
            "pacing": "human sessions on shifts or evenings",
            "p_new": fnum(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay from an office line at office hours


def goalsneak(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goalsneak"
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    tz = pick(rng, (-5, -8, 0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    pool = [c for c in ctx.chat if len(c) >= 25 and not c.lower().startswith(("continue", "go on"))]
    order = rng.permutation(len(pool))
    used = 0
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    rate = float(rng.uniform(10, 30))
    p_new = float(rng.uniform(0.88, 0.97))
    curve = workday(
        tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(17, 20)), weekend=0.15
    )
    accts = []
    for _ in range(n_keys):
        ips = list(office)
        if chance(rng, 0.3):
            ips += home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=bg_ua(rng),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.35, curve)
        prompts = [pool[int(order[(used + j) % len(pool)])] for j in range(len(ts))]
        used += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.01),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (first human turns of a public chat dataset)",
            "keys": n_keys,
            "cards": len(cards),
            "ip_source": "office broadband line(s) in the operator's region",
            "tz": tz,
            "pacing": "office hours, steady per key",
            "rate_per_key_work_hour": fnum(rate),
            "unique_prompts": int(used),
            "p_new": fnum(p_new),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: code harvest by a "developer team" through an IDE-style client


def back_pocket(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "back_pocket"
    n_keys = irange(rng, 6, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 5, -3, 3, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    ide_share = float(rng.uniform(0.4, 0.8))
    p_new = float(rng.uniform(0.7, 0.88))
    accts = []
    for _ in range(n_keys):
        ua = "OpenAI/NodeJS 4.67.1" if chance(rng, ide_share) else bg_ua(rng)
        remote = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + remote,
            tz=tz,
        )
        accts.append(a)
        langs = [
            str(x) for x in rng.choice(texts.CODE_LANGS, size=irange(rng, 2, 4), replace=False)
        ]
        start = ctx.t0 + float(rng.uniform(0, 0.3)) * (ctx.t1 - ctx.t0)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)),
            workday(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(40, 110)),
        )
        ts, prompts, ips, extra = [], [], [], []
        for s in sess:
            wfh = chance(rng, 0.25)
            for j, t in enumerate(s.tolist()):
                ts.append(t)
                u = rng.random()
                if j > 0 and u < 0.12:
                    prompts.append(
                        pick(
                            rng,
                            (
                                "still same error",
                                "that didn't work",
                                "now add docstrings",
                                "make it async",
                                "can you shorten it",
                            ),
                        )
                    )
                    extra.append(irange(rng, 400, 1200))
                elif u < 0.22:
                    prompts.append(pick(rng, ctx.chat))
                    extra.append(0)
                else:
                    _, area = texts.code_cell(rng)
                    prompts.append(texts.code_ask(rng, pick(rng, langs), area))
                    extra.append(0)
                ips.append(remote[0] if wfh else pick(rng, office))
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new, p_mini=0.03),
            ips=ips,
            comp_median=650.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest (languages x components) disguised as a developer team's assistant use",
            "keys": n_keys,
            "tz": tz,
            "ip_source": "office line(s) plus each member's home line",
            "pacing": "working-hour sessions",
            "ide_ua_share": fnum(ide_share),
            "p_new": fnum(p_new),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "ruckman": ruckman,
    "hitout": hitout,
    "screamer": screamer,
    "drop_punt": drop_punt,
    "checkside": checkside,
    "centre_bounce": centre_bounce,
    "tagger": tagger,
    "smother": smother,
    "mongrel_punt": mongrel_punt,
    "sherrin": sherrin,
    "goalsneak": goalsneak,
    "back_pocket": back_pocket,
}
