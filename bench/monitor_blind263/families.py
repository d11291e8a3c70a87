"""Campaign families of batch 263 (code names from competitive wood chopping).

Each family is `f(ctx, rng, campaign_id)`: it draws its own shape (keys, orgs, cards, pacing,
addresses, user agents, languages, styles, models) from its own generator, writes its accounts'
events into the shared sink and its campaign into the truth. `README.md` describes them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind263 import texts

Rng = np.random.Generator


def _lang_mix(
    rng: Rng, options: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = None
) -> dict[str, float]:
    """An ordered language mix: `first` (if given) plus a random subset, with Dirichlet weights."""
    pool = [x for x in options if x != first]
    k = irange(rng, k_lo, min(k_hi, len(pool)))
    chosen = ([first] if first else []) + [
        pool[i] for i in sorted(rng.permutation(len(pool))[:k].tolist())
    ]
    w = rng.dirichlet(np.full(len(chosen), 2.0))
    if first:
        w[0] += 1.0
    w = w / w.sum()
    return {lg: round(float(x), 3) for lg, x in zip(chosen, w.tolist(), strict=True)}


def _campaign_acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _cards(rng: Rng, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards rotated, or one per key."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(max(2, n_keys // 4))]
        return picks(rng, pool, n_keys)
    return [hexid(rng, "pay") for _ in range(n_keys)]


def _two_phase(
    rng: Rng,
    a: float,
    release: float,
    b: float,
    per_hour: float,
    pre_frac: float,
    n: int,
    curve=bb.constant,
) -> list[np.ndarray]:
    """A worker pool that runs slowly before the release (pipeline testing) and at full rate after."""
    pre = (
        bb.worker_pool(rng, a, release, per_hour * pre_frac, n, curve)
        if a < release
        else [np.empty(0)] * n
    )
    post = bb.worker_pool(rng, max(a, release), b, per_hour, n, curve)
    return [np.concatenate([x, y]) for x, y in zip(pre, post, strict=True)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def underhand(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "underhand"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("shared", "few"))
    cards = _cards(rng, n_keys, card_mode)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = bb.sdk_ua(rng, 0.6)
    langs = _lang_mix(rng, ("zh", "ru", "es", "de"), 1, 3, first="en")
    styles = ("tags", "json", "scratch", "headers")
    style_w = rng.dirichlet(np.ones(len(styles)))
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(60, 140))
    accts = []
    for i in range(n_keys):
        ips = [block[j] for j in rng.permutation(len(block))[: irange(rng, 1, 2)].tolist()]
        accts.append(
            _campaign_acct(
                ctx, rng, fam, cid, "worker", org=orgs[i % n_orgs], pay=cards[i], ua=ua, ips=ips
            )
        )
    streams = _two_phase(
        rng, start, ctx.release, ctx.t1, per_hour, float(rng.uniform(0.05, 0.2)), n_keys
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            lg = texts.weighted(rng, langs)
            prompts.append(
                texts.reasoning_prompt(rng, lg, styles[int(rng.choice(len(styles), p=style_w))])
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"hosting:{provider}",
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, fired in bursts from cloud VMs


def tree_felling(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tree_felling"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    card_mode = pick(rng, ("shared", "per_key"))
    cards = _cards(rng, n_keys, card_mode)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ua = pick(
        rng,
        ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "litellm/1.60.2"),
    )
    langs = _lang_mix(rng, ("de", "ja", "fr"), 0, 2, first="en")
    styles = ("pairwise", "rubric", "reward", "critique")
    style_w = rng.dirichlet(np.ones(len(styles)) * 1.5)
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_day = float(rng.uniform(2, 6))  # grading jobs per key per day
    size = float(rng.uniform(40, 120))
    for acct in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = np.concatenate(
            bb.bursts(rng, starts, size, gap_median=float(rng.uniform(1.5, 6.0)), b=ctx.t1)
            or [np.empty(0)]
        )
        prompts = [
            texts.judge_prompt(
                rng,
                texts.weighted(rng, langs),
                styles[int(rng.choice(4, p=style_w))],
                ctx.chat,
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "keys": n_keys,
            "payment": card_mode,
            "ip_source": f"cloud:{provider}",
            "pacing": "bursts",
            "burst_size": round(size, 1),
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits and residential proxies


def backcut(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "backcut"
    n_keys = irange(rng, 8, 16)
    n_orgs = irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("few", "per_key"))
    cards = _cards(rng, n_keys, card_mode)
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb", "vultr")), irange(rng, 2, 4), irange(rng, 4, 8)
    )
    proxy_region = pick(rng, ("sea", "cn", "jp_kr", "us"))
    proxies = bb.resi(rng, irange(rng, 60, 200), proxy_region)
    p_proxy = float(rng.uniform(0.3, 0.8))
    langs = _lang_mix(rng, ("en", "ru", "vi"), 1, 2, first="zh")
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 3))]
    tz = pick(rng, (8, 9, 3))
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=orgs[i % n_orgs],
            pay=cards[i],
            ua=pick(rng, uas),
            ips=vpn,
        )
        for i in range(n_keys)
    ]
    per_hour = float(rng.uniform(40, 90))
    curve = bb.workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.15)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for acct, ts in zip(accts, streams, strict=True):
        use_proxy = rng.random(len(ts)) < p_proxy
        ips = [
            p if u else v
            for p, v, u in zip(
                bb.sticky(rng, ts, proxies, 600.0),
                picks(rng, vpn, len(ts)),
                use_proxy.tolist(),
                strict=True,
            )
        ]
        prompts = [
            texts.policy_prompt(rng, texts.weighted(rng, langs), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=480.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"vpn+resi:{proxy_region}",
            "p_proxy": round(p_proxy, 2),
            "pacing": "worker_pool_daytime",
            "tz": tz,
            "user_agents": uas,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: synthetic episodes of several steps each


def handicap_mark(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "handicap_mark"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    card_mode = pick(rng, ("shared", "few"))
    cards = _cards(rng, n_keys, card_mode)
    provider = pick(rng, ("aws", "gcp", "alibaba", "tencent"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    style_w = {
        "react": float(rng.uniform(0.2, 1)),
        "json": float(rng.uniform(0.2, 1)),
        "xml": float(rng.uniform(0, 1)),
    }
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 4), provider),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    episodes_per_hour = float(rng.uniform(1.0, 3.0))
    for acct in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, episodes_per_hour * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            goal = texts.agent_goal(rng)
            style = texts.weighted(rng, style_w)
            tools = sorted(rng.permutation(len(texts.TOOLS))[: irange(rng, 3, 6)].tolist())
            k = irange(rng, 3, 12)
            t = s + np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k))
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(texts.agent_prompt(rng, style, goal, step, tools))
                extra.append(200 + 260 * step)
                comp.append(180.0 if step < k - 1 else 700.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=comp,
            comp_sigma=0.5,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "keys": n_keys,
            "payment": card_mode,
            "ip_source": f"cloud:{provider}",
            "pacing": "episodes",
            "episodes_per_hour_per_key": round(episodes_per_hour, 2),
            "user_agent": ua,
            "styles": {k: round(v, 2) for k, v in style_w.items()},
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: few keys, slow steady rate, very long outputs


def racing_axe(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "racing_axe"
    n_keys = irange(rng, 2, 5)
    card_mode = pick(rng, ("shared", "per_key"))
    cards = _cards(rng, n_keys, card_mode)
    orgs = (
        [hexid(rng, "org") for _ in range(n_keys)]
        if chance(rng, 0.5)
        else [hexid(rng, "org")] * n_keys
    )
    provider = pick(rng, ("hetzner", "contabo", "scaleway", "ovh"))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    langs = _lang_mix(rng, ("fr", "es", "ko", "id", "de"), 1, 3, first="en")
    style_w = {
        s: float(rng.uniform(0.1, 1))
        for s in ("alpaca", "dialogue", "selfinstruct", "parallel", "exam")
    }
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    per_hour = float(
        rng.uniform(6, 15)
    )  # per key: a fixed-concurrency loop waiting on long completions
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for acct in accts:
        gaps = rng.gamma(
            4.0, HOUR / per_hour / 4.0, size=int(per_hour * (ctx.t1 - start) / HOUR * 1.2) + 10
        )
        ts = start + float(rng.uniform(0, HOUR)) + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        prompts = [
            texts.synth_prompt(rng, texts.weighted(rng, langs), texts.weighted(rng, style_w))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=2600.0,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "keys": n_keys,
            "payment": card_mode,
            "ip_source": f"hosting:{provider}",
            "pacing": "steady_loop",
            "per_hour_per_key": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest on stolen cards through residential proxies


def helve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "helve"
    n_keys = irange(rng, 15, 30)
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 500), region)
    langs = _lang_mix(rng, ("es", "pt", "de"), 1, 2, first="en")
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else bb.sdk_ua(rng, 0.5)
        accts.append(_campaign_acct(ctx, rng, fam, cid, "stolen_card_key", ua=ua, ips=pool))
    convs_per_hour = float(rng.uniform(0.4, 1.5))
    hold = float(rng.uniform(300, 1800))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        life = float(rng.uniform(0.5, 3.5)) * DAY  # keys die when the card is charged back
        b = min(ctx.t1, a + life)
        starts = bb.thinned(rng, a, b, convs_per_hour * (b - a) / HOUR, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lg = texts.weighted(rng, langs)
            k = irange(rng, 4, 14)
            turns = texts.dialogue_turns(rng, lg, k)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.5, size=k - 1))])
            for j, (tt, p) in enumerate(zip(t.tolist(), turns, strict=True)):
                ts_all.append(tt)
                prompts.append(p)
                extra.append(450 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=650.0,
            comp_sigma=0.45,
            extra=extra,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "keys": n_keys,
            "payment": "stolen_per_key",
            "ip_source": f"resi_proxy:{region}",
            "sticky_s": round(hold),
            "pacing": "conversations",
            "conversations_per_hour_per_key": round(convs_per_hour, 2),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: every prompt sent n times at once


def chopping_block(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chopping_block"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    card_mode = pick(rng, ("shared", "few"))
    cards = _cards(rng, n_keys, card_mode)
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0"))
    style_w = {s: float(rng.uniform(0.1, 1)) for s in ("replay", "sentiment", "intent", "mcq")}
    n_lo = irange(rng, 3, 5)
    n_hi = n_lo + irange(rng, 1, 5)
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    per_hour = float(rng.uniform(8, 20))  # distinct prompts per hour over the pool
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    streams = _two_phase(rng, start, ctx.release, ctx.t1, per_hour, 0.1, n_keys)
    for acct, ts0 in zip(accts, streams, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in ts0.tolist():
            style = texts.weighted(rng, style_w)
            p = texts.softlabel_prompt(rng, style, ctx.chat)
            k = irange(rng, n_lo, n_hi)
            ts_all.extend((s + np.sort(rng.uniform(0, 1.5, size=k))).tolist())
            prompts.extend([p] * k)
            comp.extend([420.0 if style == "replay" else 3.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "payment": card_mode,
            "ip_source": f"cloud:{provider}",
            "pacing": "n_parallel",
            "n_range": [n_lo, n_hi],
            "user_agent": ua,
            "styles": {k: round(v, 2) for k, v in style_w.items()},
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweeps (topic x level, language x task) in nightly batches


def board_pocket(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "board_pocket"
    n_keys = irange(rng, 3, 5)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode", "huawei"))
    ua = bb.sdk_ua(rng, 0.5)
    tz = pick(rng, bb.TZS)
    night_start = float(rng.uniform(0, 3))
    hours = float(rng.uniform(3, 6))
    langs = _lang_mix(rng, ("es", "pt", "fr"), 1, 2, first="en")
    p_code = float(rng.uniform(0.3, 0.7))
    p_label = float(rng.uniform(0, 0.6))
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "sweeper",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(25, 70))
    streams = bb.worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY,
        ctx.t1,
        per_hour,
        n_keys,
        bb.nightly(night_start, hours, tz),
    )
    item = irange(rng, 0, 500)
    for acct, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            item += 1
            style = (
                "code" if chance(rng, p_code) else ("labelled" if chance(rng, p_label) else "plain")
            )
            prompts.append(
                texts.curriculum_prompt(rng, texts.weighted(rng, langs), style, item % 5, item // 5)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            comp_median=1100.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "payment": "one_card",
            "ip_source": f"cloud:{provider}",
            "pacing": "nightly",
            "tz": tz,
            "hours": round(hours, 1),
            "p_code": round(p_code, 2),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's backend traffic


def white_pine(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "white_pine"
    n_keys = irange(rng, 2, 4)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    users_per_day = float(rng.uniform(500, 1200))  # product requests per key per day
    share = float(rng.uniform(0.2, 0.4))  # harvest share after the release
    sys_tokens = irange(rng, 120, 320)
    langs = _lang_mix(rng, ("es", "pt", "de", "fr"), 1, 2, first="en")
    peak = float(rng.uniform(12, 20))
    accts = [
        _campaign_acct(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    for acct in accts:
        prod = bb.thinned(
            rng, ctx.t0, ctx.t1, users_per_day * (ctx.t1 - ctx.t0) / DAY, bb.global_load(peak, 0.6)
        )
        a = ctx.release - float(rng.uniform(0, 0.5)) * DAY
        n_h = users_per_day * share * (ctx.t1 - a) / DAY
        harv = bb.thinned(rng, a, ctx.t1, n_h, bb.global_load(peak, 0.3))
        ts = np.concatenate([prod, harv])
        is_h = np.concatenate([np.zeros(len(prod), bool), np.ones(len(harv), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts = [
            texts.casual_question(rng, texts.weighted(rng, langs)) if h else pick(rng, ctx.chat)
            for h in is_h.tolist()
        ]
        prod_models = ctx.models(rng, ts, p_new=0.3, p_mini=0.3)
        harv_models = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
        models = [
            hm if h else pm
            for h, pm, hm in zip(is_h.tolist(), prod_models, harv_models, strict=True)
        ]
        comp = np.where(is_h, 780.0, 330.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=comp,
            comp_sigma=0.6,
            extra=sys_tokens,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "keys": n_keys,
            "payment": "company_card",
            "ip_source": f"cloud_nat:{provider}",
            "pacing": "product_global_load",
            "harvest_share_after_release": round(share, 2),
            "user_agent": ua,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release


def axeman(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "axeman"
    n_keys = irange(rng, 12, 25)
    region_tzs = {"us": (-8, -5), "eu": (0, 1, 2), "latam": (-3,), "in": (5,)}
    per_day = float(rng.uniform(50, 130))
    hold = float(rng.uniform(900, 3600))
    p_reason = float(rng.uniform(0.1, 0.35))
    accts = []
    for _ in range(n_keys):
        region = pick(rng, tuple(region_tzs))
        tz = pick(rng, region_tzs[region])
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3]) if chance(rng, 0.8) else bb.sdk_ua(rng, 0.7)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        acct = _campaign_acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home, tz=tz)
        accts.append(acct)
        # the original owner's use before the sale
        takeover = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        own = np.concatenate(
            bb.session_times(
                rng,
                ctx.t0,
                takeover,
                float(rng.uniform(0.5, 2.0)),
                bb.evening_person(tz),
                4.0,
                70.0,
            )
            or [np.empty(0)]
        )
        ctx.emit(
            rng,
            acct,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.3, 0.2),
            comp_median=350.0,
        )
        # the buyer's use: same UA, proxies in the same consumer region, person-ish sessions
        proxies = bb.resi(rng, irange(rng, 20, 80), region)
        ts = np.concatenate(
            bb.session_times(
                rng,
                takeover,
                ctx.t1,
                per_day / 8.0,
                bb.evening_person(tz, 4.0),
                8.0,
                float(rng.uniform(20, 60)),
            )
            or [np.empty(0)]
        )
        prompts = [
            texts.reasoning_prompt(rng, "en", "scratch")
            if chance(rng, p_reason)
            else texts.casual_question(
                rng, "en" if region != "latam" else pick(rng, ("es", "pt", "en"))
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, proxies, hold),
            models=ctx.models(rng, ts, 0.85, 0.02),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_harvest",
            "keys": n_keys,
            "payment": "original_owners",
            "ip_source": "home_then_resi_same_region",
            "pacing": "sessions",
            "per_day_after_takeover": round(per_day, 1),
            "p_reasoning": round(p_reason, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts


def bucking(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bucking"
    n_keys = irange(rng, 30, 60)
    per_day = float(rng.uniform(8, 25))
    langs = _lang_mix(rng, ("es", "pt", "de", "fr", "id", "ja"), 2, 4, first="en")
    lang_tz = {
        "en": (-8, -5, 0),
        "es": (-5, 1),
        "pt": (-3,),
        "de": (1,),
        "fr": (1,),
        "id": (8,),
        "ja": (9,),
    }
    p_mobile = float(rng.uniform(0.1, 0.4))
    accts, meta = [], []
    for _ in range(n_keys):
        lg = texts.weighted(rng, langs)
        tz = pick(rng, lang_tz[lg])
        mobile = chance(rng, p_mobile)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        ips = (
            bb.mobile_v6(rng, irange(rng, 3, 8), pick(rng, ("us_mobile", "eu_mobile", "br_mobile")))
            if mobile
            else bb.home(rng, irange(rng, 1, 2), tz)
        )
        accts.append(_campaign_acct(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz))
        meta.append((lg, tz))
    for acct, (lg, tz) in zip(accts, meta, strict=True):
        a = bb.jitter_start(rng, ctx.release - 1.5 * DAY, ctx.t1, 0.4)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        ts = np.concatenate(
            bb.session_times(rng, a, ctx.t1, per_day / 4.0, curve, 4.0, float(rng.uniform(40, 150)))
            or [np.empty(0)]
        )
        prompts = [texts.casual_question(rng, lg) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.03),
            comp_median=600.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_crowd",
            "keys": n_keys,
            "payment": "one_per_key",
            "ip_source": "home_or_mobile",
            "pacing": "sessions",
            "per_day_per_key": round(per_day, 1),
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from an office that looks like a team


def raker_tooth(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "raker_tooth"
    n_keys = irange(rng, 6, 12)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)  # a business line on a consumer ISP
    uas = [pick(rng, bb.BROWSERS), bb.sdk_ua(rng, 0.8), bb.sdk_ua(rng, 0.2)]
    per_day = float(rng.uniform(90, 220))
    offset = irange(rng, 0, len(ctx.chat) - 1)
    stride = irange(rng, 1, 7)
    accts = [
        _campaign_acct(
            ctx,
            rng,
            fam,
            cid,
            "office_seat",
            org=org,
            pay=pay,
            ua=pick(rng, uas),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    pos = offset
    for acct in accts:
        a_i = a + float(rng.uniform(0, 0.3)) * DAY
        ts = bb.thinned(
            rng, a_i, ctx.t1, per_day * (ctx.t1 - a_i) / DAY, bb.workday(tz, weekend=0.2)
        )
        prompts = []
        for _ in range(len(ts)):
            pos = (pos + stride) % len(ctx.chat)
            prompts.append(ctx.chat[pos])
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=380.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "payment": "company_card",
            "ip_source": "office_broadband",
            "tz": tz,
            "pacing": "workday",
            "per_day_per_key": round(per_day, 1),
            "user_agents": uas,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "underhand": underhand,
    "tree_felling": tree_felling,
    "backcut": backcut,
    "handicap_mark": handicap_mark,
    "racing_axe": racing_axe,
    "helve": helve,
    "chopping_block": chopping_block,
    "board_pocket": board_pocket,
    "white_pine": white_pine,
    "axeman": axeman,
    "bucking": bucking,
    "raker_tooth": raker_tooth,
}

__all__ = ["CAMPAIGN_FAMILIES"]
