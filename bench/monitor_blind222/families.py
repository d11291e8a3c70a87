"""Campaign families of batch 222 (code names from beach volleyball). Each family is one campaign,
drawn entirely from its own generator (`build_batch` seeds it from (seed, salt, 1, index)); only
lists, tuples and dicts are walked while drawing, so every process draws the same batch.

See the package README (read it only after the monitor's single run) for what each family is.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind222 import texts as tx

#: user agents exactly as the background's own users send them
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
#: a person's client, weighted like the background (SDK users are the majority)
PERSON_UAS = (
    BG_SDK[:2] * 3 + BG_BROWSERS[:2] * 2 + BG_BROWSERS[2:] + (BG_PHONE, BG_SDK[2], BG_SDK[3])
)


def lang_mix(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = None
) -> tuple[list[str], np.ndarray]:
    """A campaign's languages (k of `pool`, `first` always included) and their weights."""
    k = min(len(pool), irange(rng, k_lo, k_hi))
    chosen = [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]
    if first is not None and first not in chosen:
        chosen[0] = first
    w = rng.dirichlet(np.full(len(chosen), 1.5))
    if first is not None:
        w[chosen.index(first)] += 0.6
        w = w / w.sum()
    return chosen, w


def draw_langs(rng: np.random.Generator, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def inside(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion on launch day, from a rented hosting block


def pokey_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pokey_shot"
    n_keys = irange(rng, 20, 40)
    n_orgs = irange(rng, 2, 4)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.63.2",
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
        ),
    )
    langs, lw = lang_mix(
        rng, ("en", "zh", "ru", "es", "de", "fr", "ja", "ko", "hi", "pt"), 3, 6, first="en"
    )
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    test_rate = float(rng.uniform(6, 20))
    full_rate = float(rng.uniform(110, 220))
    go = ctx.release + float(rng.uniform(2, 20)) * HOUR
    pre = bb.worker_pool(rng, ctx.release - 1.5 * DAY, ctx.release, test_rate, n_keys)
    post = bb.worker_pool(rng, go, ctx.t1, full_rate, n_keys)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        ls = draw_langs(rng, langs, lw, len(ts))
        st = picks(rng, styles, len(ts))
        prompts = [tx.reasoning_prompt(rng, lg, s) for lg, s in zip(ls, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool_after_release",
            "ip_source": f"rented_block:{provider}",
            "payment": "shared_prepaid",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "rates_per_hour": [test_rate, full_rate],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted batches


def cobra_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cobra_shot"
    n_keys = irange(rng, 8, 15)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "litellm/1.60.2"))
    tz = int(pick(rng, (8, 9, 3, 1)))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_day = float(rng.uniform(6, 14))
    starts = bb.thinned(
        rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz, 8.0, 23.0, 0.5, 0.1)
    )
    trains = bb.bursts(
        rng, starts, float(rng.uniform(40, 110)), float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1
    )
    owner = rng.integers(0, n_keys, size=len(trains))
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for k, tr in zip(owner.tolist(), trains, strict=True):
        per_key[k].append(tr)
    other_langs = ("de", "fr", "es", "zh", "ja")
    for a, parts in zip(accts, per_key, strict=True):
        if not parts:
            continue
        ts = np.sort(np.concatenate(parts))
        prompts = []
        for _ in range(len(ts)):
            q = (
                pick(rng, ctx.chat)
                if chance(rng, 0.85)
                else tx.question(rng, pick(rng, other_langs))
            )
            prompts.append(
                tx.judge_prompt(
                    rng, int(pick(rng, styles)), q, pick(rng, ctx.passages), pick(rng, ctx.passages)
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=450.0,
            err=0.02,
            extra=0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "scripted_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en", *other_langs],
            "styles": styles,
            "keys": n_keys,
            "tz": tz,
            "batches_per_day": per_day,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites from burn-and-churn keys on residential proxies


def sky_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sky_ball"
    n_keys = irange(rng, 40, 70)
    regions = [pick(rng, ("us", "eu", "eu", "us", "ca", "jp_kr")) for _ in range(3)]
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 40, 90), r)]
    langs, lw = lang_mix(rng, ("zh", "ru", "en", "ar", "tr", "vi", "fa"), 4, 7, first="zh")
    accts, spans = [], []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="churned_key",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.6),
            ips=picks(rng, pool, 1),
        )
        accts.append(a)
        t_on = float(rng.uniform(ctx.t0, ctx.t1 - 0.5 * DAY))
        spans.append((t_on, min(ctx.t1, t_on + float(rng.uniform(0.6, 3.0)) * DAY)))
    total = 0
    for a, (on, off) in zip(accts, spans, strict=True):
        starts = bb.thinned(rng, on, off, float(rng.uniform(5, 14)) * (off - on) / DAY, bb.constant)
        ts = inside(
            np.concatenate(
                bb.bursts(rng, starts, float(rng.uniform(2, 6)), 25.0, 0.7) or [np.empty(0)]
            ),
            on,
            off,
        )
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [tx.policy_rewrite_prompt(rng, lg, pick(rng, ctx.passages)) for lg in ls]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=ips or None,
            comp_median=500.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "short_lived_keys_small_bursts",
            "ip_source": f"residential_proxy:{'+'.join(regions)}",
            "payment": "one_stolen_card_per_key",
            "user_agent": "mixed_sdk",
            "languages": langs,
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, episode by episode


def tomahawk_dig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tomahawk_dig"
    n_keys = irange(rng, 6, 12)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws", "oracle"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = sorted(rng.choice(3, size=irange(rng, 2, 3), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="episode_runner",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(6, 14))
    episodes = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, eps in zip(accts, episodes, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            task = tx.agent_task(rng)
            style = int(pick(rng, styles))
            tools = picks(rng, tx.TOOLS, irange(rng, 3, 7))
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k - 1))])
            for step, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(tx.agent_step(rng, style, task, step, tools))
                extra.append(120 * step)
        if not ts_all:
            continue
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=220.0,
            comp_sigma=0.7,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episode_pool",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "keys": n_keys,
            "episodes_per_hour": rate,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, nightly


def jump_float(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "jump_float"
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "alibaba", "tencent"))
    tz = int(pick(rng, (8, -5, 1, 3)))
    langs, lw = lang_mix(rng, ("en", "zh", "es"), 2, 3, first="en")
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start_h = float(rng.uniform(20, 24))
    night = bb.nightly(start_h, float(rng.uniform(6, 9)), tz)
    for a in accts:
        rate = float(rng.uniform(25, 55))
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR / 3.0, night)
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [tx.synth_prompt(rng, int(pick(rng, styles)), lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": "OpenAI/Python 1.63.2",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest behind residential proxies and browser user agents


def line_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "line_shot"
    n_keys = irange(rng, 10, 20)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    langs, lw = lang_mix(rng, ("en", "es", "de", "zh", "ru", "ja", "pt"), 3, 6, first="en")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_driver",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, BG_BROWSERS),
            ips=picks(rng, pool, 1),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        convs = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(8, 18)) * (ctx.t1 - start) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in convs.tolist():
            lg = draw_langs(rng, langs, lw, 1)[0]
            k = irange(rng, 4, 12)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(7, 16))), 0.5, size=k - 1)),
                ]
            )
            ip = pick(rng, pool)
            ctx_tokens = 0
            for j, ti in enumerate(t.tolist()):
                if j == 0:
                    p = (
                        pick(rng, ctx.chat)
                        if (lg == "en" and chance(rng, 0.6))
                        else tx.question(rng, lg)
                    )
                else:
                    p = tx.follow_up(rng, lg)
                ts_all.append(ti)
                prompts.append(p)
                extra.append(ctx_tokens)
                ips.append(ip)
                ctx_tokens += len(p) // 4 + irange(rng, 250, 700)
        if not ts_all:
            continue
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.7),
            ips=[ips[i] for i in order],
            comp_median=600.0,
            extra=np.asarray(extra)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversations_24h",
            "ip_source": f"residential_proxy:{region}",
            "payment": "few_prepaid_shared",
            "user_agent": "browser",
            "languages": langs,
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling of replayed public prompts (hard)


def rainbow_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rainbow_shot"
    n_keys = irange(rng, 12, 20)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    vpn = pick(rng, ("m247", "leaseweb"))
    exits = bb.rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 6, 10))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, BG_SDK[:2]),
            ips=exits,
            tz=int(pick(rng, bb.TZS)),
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    base_rate = float(rng.uniform(12, 25))
    bases = bb.thinned(
        rng, start, ctx.t1, base_rate * (ctx.t1 - start) / HOUR, bb.global_load(14.0, 0.5)
    )
    ts_k: list[list[float]] = [[] for _ in range(n_keys)]
    pr_k: list[list[str]] = [[] for _ in range(n_keys)]
    n_dist = []
    for s in bases.tolist():
        text = pick(rng, ctx.chat)
        prompt = text if chance(rng, 0.75) else tx.soft_label(rng, text)
        n = irange(rng, 2, 5)
        n_dist.append(n)
        who = rng.permutation(n_keys)[:n].tolist()
        offs = np.concatenate([[0.0], rng.lognormal(np.log(1.5 * HOUR), 0.9, size=n - 1)])
        for k, o in zip(who, offs.tolist(), strict=True):
            ts_k[k].append(s + o)
            pr_k[k].append(prompt)
    for a, tl, pl in zip(accts, ts_k, pr_k, strict=True):
        if not tl:
            continue
        order = np.argsort(np.asarray(tl), kind="stable").tolist()
        ts = np.asarray(tl)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pl[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_replay",
            "pacing": "samples_spread_over_keys",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "few_prepaid_shared",
            "user_agent": "common_sdk",
            "languages": ["en"],
            "keys": n_keys,
            "base_prompts_per_hour": base_rate,
            "mean_n": float(np.mean(n_dist or [0])),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: difficulty rises over the week, steady cron pacing, VPN exits


def split_block(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "split_block"
    n_keys = irange(rng, 15, 25)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(irange(rng, 1, 3))]
    vpn = pick(rng, ("vultr", "leaseweb", "m247", "linode"))
    exits = bb.rented_block(rng, vpn, irange(rng, 2, 4), irange(rng, 5, 9))
    langs, lw = lang_mix(rng, ("en", "hi", "pt", "ja", "es", "ko"), 3, 4, first="en")
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % len(orgs)]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sweeper",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua="python-requests/2.32.3",
                ips=exits,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    span = ctx.t1 - start
    marked = chance(rng, 0.5)
    for a in accts:
        ts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(2, 5)) * span / HOUR, bb.constant)
        levels = np.clip(
            1 + np.floor((ts - start) / span * 10 + rng.normal(0, 0.8, len(ts))), 1, 10
        ).astype(int)
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = []
        for lv, lg in zip(levels.tolist(), ls, strict=True):
            u = rng.random()
            p = (
                tx.math_problem(rng, lg, lv)
                if u < 0.5
                else tx.code_task(rng, lv)
                if u < 0.8
                else tx.question(rng, lg, lv)
            )
            prompts.append(f"[difficulty {lv}/10] {p}" if marked else p)
        ips = bb.sticky(rng, ts, exits, DAY)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=ips or None,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "steady_cron",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "card_per_org",
            "user_agent": "python-requests/2.32.3",
            "languages": langs,
            "keys": n_keys,
            "level_marker": marked,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: one source into many languages, from an office and a server


def side_switch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "side_switch"
    n_keys = irange(rng, 4, 8)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 3, 8, -3)))
    office = bb.home(rng, 1, tz)
    server = bb.cloud(rng, 1, pick(rng, ("hetzner", "ovh", "scaleway")))
    targets = (
        "es",
        "de",
        "fr",
        "pt",
        "zh",
        "ru",
        "ja",
        "ko",
        "ar",
        "hi",
        "it",
        "pl",
        "tr",
        "id",
        "vi",
        "nl",
        "sv",
        "uk",
        "th",
        "fa",
        "sw",
    )
    accts = []
    for i in range(n_keys):
        on_server = i < max(2, n_keys // 2)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="server" if on_server else "office",
                campaign_id=cid,
                org=org,
                pay=card,
                ua="Go-http-client/2.0" if on_server else pick(rng, BG_BROWSERS),
                ips=server if on_server else office,
                tz=tz,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    for i, a in enumerate(accts):
        on_server = a.ips == server
        if on_server:
            srcs = bb.thinned(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)) * (ctx.t1 - start) / HOUR,
                bb.constant,
            )
        else:
            srcs = bb.thinned(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.6, 1.5)) * (ctx.t1 - start) / HOUR,
                bb.workday(tz),
            )
        style = i % 4
        ts_all, prompts, comp = [], [], []
        for s in srcs.tolist():
            text = tx.clip(pick(rng, ctx.passages), irange(rng, 300, 1200))
            k = irange(rng, 6, 12)
            tl = [targets[j] for j in rng.permutation(len(targets))[:k].tolist()]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.5, size=k - 1))])
            for ti, lg in zip(t.tolist(), tl, strict=True):
                ts_all.append(ti)
                prompts.append(tx.translate_prompt(rng, style, text, lg))
                comp.append(len(text) / 3.2)
        if not ts_all:
            continue
        order = np.argsort(np.asarray(ts_all), kind="stable").tolist()
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.6),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "fan_out_per_source",
            "ip_source": "office_broadband+hosting",
            "payment": "one_card",
            "user_agent": "go_client+browser",
            "languages": list(targets),
            "keys": n_keys,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. harvest hidden inside a real writing-assistant product's traffic (hard)


def net_joust(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "net_joust"
    app = pick(rng, ("Quillmate", "Draftwell", "Penbright", "Wordloom", "Scribewise"))
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
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
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(13, 19)), float(rng.uniform(0.4, 0.7)))
    product_rate = float(rng.uniform(35, 80))
    share = float(rng.uniform(0.3, 0.45))
    h_start = ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY
    langs, lw = lang_mix(rng, ("en", "es", "de", "ja", "fr", "pt"), 2, 4, first="en")
    prod = bb.worker_pool(rng, ctx.t0, ctx.t1, product_rate, n_keys, curve)
    harv = bb.worker_pool(rng, h_start, ctx.t1, product_rate * share / (1 - share), n_keys, curve)
    n_h = 0
    for a, tp, th in zip(accts, prod, harv, strict=True):
        pp = [
            tx.app_explain(rng, app, pick(rng, ctx.chat))
            if chance(rng, 0.12)
            else tx.app_request(rng, app, pick(rng, ctx.chat))
            for _ in range(len(tp))
        ]
        ls = draw_langs(rng, langs, lw, len(th))
        hp = [tx.app_explain(rng, app, tx.question(rng, lg)) for lg in ls]
        ts = np.concatenate([tp, th])
        prompts = pp + hp
        comp = np.concatenate([np.full(len(tp), 300.0), np.full(len(th), 700.0)])
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        n_h += len(th)
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.15),
            comp_median=comp[order],
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "global_product_load",
            "ip_source": "cloud:aws",
            "payment": "corporate_card",
            "user_agent": "OpenAI/NodeJS 4.67.1",
            "languages": langs,
            "keys": n_keys,
            "app": app,
            "harvest_share": share,
            "harvest_events": n_h,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. bought aged accounts, each used like one person in its own time zone (hard)


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("es", "pt"),
    0: ("en",),
    1: ("de", "fr", "it", "en"),
    2: ("pl", "en"),
    3: ("ru", "tr"),
    5: ("en", "hi"),
    8: ("zh", "zh", "en"),
    9: ("ja", "ko"),
}


def float_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "float_serve"
    n = irange(rng, 30, 60)
    accts, langs = [], []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        lg = pick(rng, _LANG_OF_TZ[tz])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="bought_account",
                campaign_id=cid,
                ua=pick(rng, PERSON_UAS),
                ips=bb.home(rng, irange(rng, 2, 3), tz),
                tz=tz,
            )
        )
        langs.append(lg)
    for a, lg in zip(accts, langs, strict=True):
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            bb.evening_person(a.tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(45, 140)),
        )
        sess = [s for s in sess if len(s)]
        if not sess:
            continue
        ts = np.concatenate(sess)
        ips = [ip for s in sess for ip in [pick(rng, a.ips)] * len(s)]
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.35:
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(tx.casual(rng, lg if chance(rng, 0.7) else "en", walk=0.3))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            ips=ips,
            comp_median=550.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_person_like",
            "pacing": "evening_sessions",
            "ip_source": "residential_proxy_matching_tz",
            "payment": "own_card_each",
            "user_agent": "background_mix",
            "languages": sorted(dict.fromkeys(langs)),
            "accounts": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. low-and-slow crowd of fresh person-like accounts across many languages (hard)


def king_of_the_beach(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "king_of_the_beach"
    n = irange(rng, 80, 150)
    langs, lw = lang_mix(
        rng,
        ("en", "es", "pt", "de", "fr", "zh", "ru", "ja", "ko", "hi", "id", "vi", "tr", "ar"),
        6,
        9,
        first="en",
    )
    uas = (*BG_BROWSERS, BG_PHONE, BG_PHONE, *bb.MOBILE[:3], BG_SDK[0])
    accts, alangs = [], []
    for _ in range(n):
        lg = draw_langs(rng, langs, lw, 1)[0]
        tz = tx.TZ_OF_LANG.get(lg, 0)
        ips = bb.resi(rng, irange(rng, 1, 2), tx.REGION_OF_LANG.get(lg, "us"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_member",
                campaign_id=cid,
                ua=pick(rng, uas),
                ips=ips,
                tz=tz,
            )
        )
        alangs.append(lg)
    for a, lg in zip(accts, alangs, strict=True):
        on = float(rng.uniform(ctx.t0, ctx.t1 - 0.7 * DAY))
        off = min(ctx.t1, on + float(rng.uniform(0.5, 3.0)) * DAY)
        sess = bb.session_times(
            rng,
            on,
            off,
            float(rng.uniform(1.0, 2.5)),
            bb.evening_person(a.tz, 3.0),
            float(rng.uniform(2, 6)),
            float(rng.uniform(50, 160)),
        )
        sess = [s for s in sess if len(s)]
        if not sess:
            sess = [np.array([on + float(rng.uniform(0, off - on))])]
        ts = np.concatenate(sess)
        prompts = [tx.casual(rng, lg, walk=0.25) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=600.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "short_lived_person_sessions",
            "ip_source": "residential_proxy_by_language",
            "payment": "virtual_card_each",
            "user_agent": "browser_phone_mix",
            "languages": langs,
            "accounts": n,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "pokey_shot": pokey_shot,
    "cobra_shot": cobra_shot,
    "sky_ball": sky_ball,
    "tomahawk_dig": tomahawk_dig,
    "jump_float": jump_float,
    "line_shot": line_shot,
    "rainbow_shot": rainbow_shot,
    "split_block": split_block,
    "side_switch": side_switch,
    "net_joust": net_joust,
    "float_serve": float_serve,
    "king_of_the_beach": king_of_the_beach,
}
