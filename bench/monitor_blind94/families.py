"""Campaign families of batch 94 (archery code names). Each is a generator `(ctx, rng, campaign_id)`
that creates its accounts, emits their events through `ctx.emit` and records the campaign with its
randomised parameters. The last four are deliberately hard (see README.md).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick, picks
from bench.monitor_blind94 import texts

#: user agents exactly as the simulator's background spells its most common ones
BG_PY = "OpenAI/Python 1.54.0"
BG_NODE = "OpenAI/NodeJS 4.67.1"
BG_CHAIN = "langchain/0.3.7 python-openai/1.54.0"
BG_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
BG_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"


def _cards(rng: np.random.Generator, n_accounts: int, mode: str) -> list[str]:
    """Payment fingerprints per account: one shared card, a few cards, or one per account."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_accounts
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return picks(rng, pool, n_accounts)
    return [hexid(rng, "pay") for _ in range(n_accounts)]


def _langs(rng: np.random.Generator, options: tuple[str, ...], n: int, p_main: float) -> list[str]:
    """Per-prompt languages: mostly the first option."""
    main, rest = options[0], options[1:]
    return [main if rng.random() < p_main else pick(rng, rest) for _ in range(n)]


# --------------------------------------------------------------------------------------------


def fletching(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool over many keys."""
    name = "fletching"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    card_mode = pick(rng, ("shared", "few"))
    pays = _cards(rng, n_keys, card_mode)
    org = hexid(rng, "org")
    ua = pick(rng, (BG_PY, "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    start = ctx.release - float(rng.uniform(0.1, 0.7)) * DAY
    rate = float(rng.uniform(45, 80))
    langs = ("en", "zh", "ru", "es", "de")
    p_main = float(rng.uniform(0.55, 0.85))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=p,
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        for p in pays
    ]
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for acct, ts in zip(accts, streams, strict=True):
        ls = _langs(rng, langs, len(ts), p_main)
        prompts = [texts.reasoning_coercion(rng, ctx.chat, irange(rng, 0, 3), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "provider": provider,
            "pacing": "poisson_worker_pool",
            "per_hour": round(rate, 1),
            "cards": card_mode,
            "user_agent": ua,
            "languages": list(langs),
            "start": start,
        },
    )


def nocking_point(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward harvest: nightly scripted bursts from fresh cloud-function addresses."""
    name = "nocking_point"
    n_keys = irange(rng, 4, 9)
    tz = pick(rng, (8, 3, 2, -5))
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    provider = pick(rng, ("aws", "gcp", "azure"))
    pays = _cards(rng, n_keys, "each")
    ua = pick(rng, (BG_PY, "aiohttp/3.11.11"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            pay=p,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for p in pays
    ]
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    size = float(rng.uniform(25, 55))
    n_bursts = irange(rng, 70, 110)
    starts = bb.thinned(rng, a, ctx.t1, n_bursts, bb.nightly(start_h, hours, tz))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.5, ctx.t1)
    langs = ("en", "zh", "es")
    per: list[list] = [[] for _ in accts]
    for train in trains:
        k = int(rng.integers(n_keys))
        ip = bb.cloud(rng, 1, provider)[0]  # each nightly job runs in a fresh function container
        per[k].append((train, ip))
    for acct, jobs in zip(accts, per, strict=True):
        if not jobs:
            continue
        ts = np.concatenate([t for t, _ in jobs])
        ips = [ip for t, ip in jobs for _ in range(len(t))]
        ls = _langs(rng, langs, len(ts), 0.8)
        prompts = [
            texts.judge_harvest(rng, ctx.chat, ctx.passages, irange(rng, 0, 3), lang) for lang in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=ips,
            comp_median=300,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_grading_harvest",
            "keys": n_keys,
            "provider": provider,
            "pacing": "nightly_scripted_bursts",
            "burst_size": round(size, 1),
            "tz": tz,
            "cards": "one_per_key",
            "languages": list(langs),
        },
    )


def arrow_rest(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrite harvest through a residential proxy network, browser-like agents."""
    name = "arrow_rest"
    n_keys = irange(rng, 5, 10)
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(5, 20)) * MINUTE
    tz = pick(rng, (8, 3))
    pays = _cards(rng, n_keys, "few")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            pay=p,
            ua=pick(rng, bb.BROWSERS + (BG_WIN, BG_MAC)),
            ips=pool[:1],
            tz=tz,
        )
        for p in pays
    ]
    rate = float(rng.uniform(20, 35))
    streams = bb.worker_pool(
        rng,
        bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25),
        ctx.t1,
        rate,
        n_keys,
        bb.workday(tz, 9, 23, weekend=0.7, night=0.1),
    )
    langs = ("zh", "ru", "en", "ar") if chance(rng, 0.5) else ("ru", "en", "zh", "ar")
    for acct, ts in zip(accts, streams, strict=True):
        ls = _langs(rng, langs, len(ts), 0.5)
        prompts = [texts.compliant_rewrite(rng, ctx.chat, irange(rng, 0, 3), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "keys": n_keys,
            "proxy_region": region,
            "sticky_s": round(hold),
            "pacing": "poisson_operator_hours",
            "tz": tz,
            "cards": "few",
            "languages": list(langs),
        },
    )


def quiver(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent trajectory harvest: episodes of agent steps with growing contexts."""
    name = "quiver"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    ua = pick(rng, (BG_CHAIN, "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    pays = _cards(rng, n_keys, "each")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            pay=p,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), provider),
        )
        for p in pays
    ]
    a = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    ep_per_hour = float(rng.uniform(4, 7))
    steps_mean = float(rng.uniform(6, 11))
    for acct, starts in zip(
        accts, bb.worker_pool(rng, a, ctx.t1, ep_per_hour, n_keys), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(steps_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            style = irange(rng, 0, 3)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_transcript(rng, j, style))
                extra.append(400 + 350 * j + irange(rng, 0, 300))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=260,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "keys": n_keys,
            "provider": provider,
            "pacing": "episodes_of_steps",
            "episodes_per_hour": round(ep_per_hour, 1),
            "cards": "one_per_key",
            "user_agent": ua,
            "languages": ["en"],
        },
    )


def longbow(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: many keys in waves, cron-like bursts from a rented block."""
    name = "longbow"
    n_keys = irange(rng, 12, 20)
    provider = pick(rng, ("contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 10))
    card_mode = pick(rng, ("shared", "few"))
    pays = _cards(rng, n_keys, card_mode)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 5))]
    ua = pick(rng, (BG_PY, "python-requests/2.32.3"))
    langs = ("en", "es", "pt", "id", "tr")
    every = float(rng.uniform(45, 90)) * MINUTE
    accts = []
    for p in pays:
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=p,
            ua=ua,
            ips=[pick(rng, block)],
        )
        accts.append(acct)
        s = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        e = min(ctx.t1, s + float(rng.uniform(1.5, 4.0)) * DAY)
        starts = np.arange(s, e, every) + rng.normal(0, 20, size=len(np.arange(s, e, every)))
        ts = np.concatenate(
            bb.bursts(rng, starts, float(rng.uniform(3, 6)), 0.8, 0.4, ctx.t1) or [np.empty(0)]
        )
        ls = _langs(rng, langs, len(ts), 0.6)
        prompts = [texts.dataset_request(rng, irange(rng, 0, 3), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=1600,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "provider": provider,
            "pacing": "cron_bursts_in_waves",
            "every_s": round(every),
            "cards": card_mode,
            "orgs": len(orgs),
            "languages": list(langs),
        },
    )


def bowstring(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations round the clock via sticky residential proxies."""
    name = "bowstring"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "sea", "in"))
    pool = bb.resi(rng, irange(rng, 80, 250), region)
    hold = float(rng.uniform(15, 45)) * MINUTE
    pays = _cards(rng, n_keys, pick(rng, ("few", "each")))
    ua = pick(rng, (BG_NODE, BG_PY))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="conversation_bot",
            campaign_id=cid,
            pay=p,
            ua=ua,
            ips=pool[:1],
        )
        for p in pays
    ]
    per_day = float(rng.uniform(8, 14))
    turns = float(rng.uniform(5, 9))
    gap = float(rng.uniform(15, 40))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = bb.session_times(rng, a, ctx.t1, per_day, bb.constant, turns, gap, 0.5)
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            style = irange(rng, 0, 2)
            history: list[str] = []
            for j, t in enumerate(sess.tolist()):
                p = texts.dialogue_turn(rng, ctx.chat, ctx.passages, history, style)
                ts_all.append(t)
                prompts.append(p)
                extra.append(120 * j)
                history.append(p if j == 0 else p.rsplit("\n", 1)[-1][:200])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=420,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "proxy_region": region,
            "sticky_s": round(hold),
            "pacing": "scripted_sessions_24h",
            "sessions_per_day": round(per_day, 1),
            "languages": ["en"],
        },
    )


def flu_flu(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item fired n times in a tight burst, on the new model."""
    name = "flu_flu"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("azure", "aws", "alibaba"))
    n_samples = int(pick(rng, (4, 5, 8, 10)))
    pay = hexid(rng, "pay")
    org = hexid(rng, "org")
    ua = pick(rng, (BG_PY, "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 3), provider),
        )
        for _ in range(n_keys)
    ]
    a = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    items_per_hour = float(rng.uniform(50, 80)) / n_samples
    for acct, starts in zip(
        accts, bb.worker_pool(rng, a, ctx.t1, items_per_hour, n_keys), strict=True
    ):
        trains = bb.bursts(rng, starts, n_samples, 0.7, 0.4, ctx.t1)
        ts_all, prompts = [], []
        for train in trains:
            item = texts.soft_label(rng, ctx.chat, irange(rng, 0, 3))
            ts_all.extend(train.tolist())
            prompts.extend([item] * len(train))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "provider": provider,
            "samples_per_item": n_samples,
            "pacing": "tight_repeat_bursts",
            "cards": "shared",
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def york_round(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep dressed as an office team: one org, one company card, one office NAT,
    working hours, human think times; the taxonomy walk is split across the team in time order."""
    name = "york_round"
    n = irange(rng, 12, 22)
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, (BG_WIN, BG_WIN, BG_MAC, BG_PY)),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    curve = bb.workday(tz)
    per_day = float(rng.uniform(2.0, 4.0))
    rows = []
    for i in range(len(accts)):
        for sess in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            per_day,
            curve,
            float(rng.uniform(6, 10)),
            float(rng.uniform(60, 150)),
            0.9,
        ):
            rows.extend((t, i) for t in sess.tolist())
    rows.sort()
    items = texts.sweep_items(rng)
    styles = [irange(rng, 0, 4) for _ in accts]  # each seat phrases its share in its own way
    per: list[tuple[list, list]] = [([], []) for _ in accts]
    for j, (t, i) in enumerate(rows):
        per[i][0].append(t)
        per[i][1].append(texts.sweep_phrase(rng, items[j % len(items)], styles[i]))
    for acct, (ts, prompts) in zip(accts, per, strict=True):
        ts = np.asarray(ts)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=650)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep_as_office_team",
            "keys": n,
            "tz": tz,
            "ip_source": "office_nat",
            "cards": "one_company_card",
            "pacing": "workday_sessions",
            "items": len(items),
            "languages": ["en", "es"],
        },
    )


def barebow(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real document-assistant product whose backend key also carries an insider's harvest,
    wrapped in the product's own prompt template and sent on the product's own load curve."""
    name = "barebow"
    app = pick(rng, ("Notably", "Quillpad", "Draftwell", "Pagecraft", "Memoire"))
    provider = pick(rng, ("aws", "gcp"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 3, 6), provider)
    n_keys = irange(rng, 1, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=BG_NODE,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8)))
    users = float(rng.uniform(600, 900))
    share = float(rng.uniform(0.25, 0.4))
    for acct in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, users * 7 / n_keys, curve)
        hidden = rng.random(len(ts)) < share
        prompts = [
            texts.app_wrap(
                rng,
                app,
                pick(rng, ctx.passages),
                texts.hidden_request(rng) if h else texts.clip(pick(rng, ctx.chat), 700),
            )
            for h in hidden.tolist()
        ]
        models = ctx.models(rng, ts, p_new=0.3)
        new_h = ctx.models(rng, ts, p_new=0.75)
        models = [mh if h else m for m, mh, h in zip(models, new_h, hidden.tolist(), strict=True)]
        comp = np.where(hidden, 700.0, 320.0)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "app": app,
            "keys": n_keys,
            "hidden_share": round(share, 2),
            "provider": provider,
            "pacing": "product_global_load",
            "cards": "company_card",
            "languages": ["en"],
        },
    )


def thumb_ring(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: dozens of person-like accounts with their own cards, home ISPs, browsers and
    evening sessions, each asking a few dozen questions from one shared question plan."""
    name = "thumb_ring"
    n = irange(rng, 25, 45)
    tz_main = pick(rng, (-5, 1, 5, 8))
    accts = []
    for _ in range(n):
        tz = tz_main if chance(rng, 0.6) else pick(rng, bb.TZS)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += bb.mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3] + (BG_WIN, BG_MAC))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="persona",
                campaign_id=cid,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    per_day = float(rng.uniform(0.8, 1.8))
    for acct in accts:
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            per_day,
            bb.evening_person(acct.tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 120)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [texts.casual_question(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.55), comp_median=480)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_and_slow_personas",
            "keys": n,
            "tz_main": tz_main,
            "ip_source": "home_isp_and_mobile",
            "cards": "one_per_account_stolen",
            "pacing": "evening_sessions",
            "sessions_per_day": round(per_day, 2),
            "languages": ["en", "es", "de", "zh"],
        },
    )


def string_walk(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: a published chat-prompt collection walked once, verbatim, through a
    rotating residential proxy pool with the commonest SDK."""
    name = "string_walk"
    n_keys = irange(rng, 6, 12)
    pool = bb.resi(rng, irange(rng, 300, 700), "*")
    hold = float(rng.uniform(5, 15)) * MINUTE
    pays = _cards(rng, n_keys, "few")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            pay=p,
            ua=BG_PY,
            ips=pool[:1],
        )
        for p in pays
    ]
    rate = float(rng.uniform(30, 50))
    order = rng.permutation(len(ctx.chat))
    pos = 0
    streams = bb.worker_pool(
        rng,
        bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2),
        ctx.t1,
        rate,
        n_keys,
        bb.global_load(float(rng.uniform(0, 24)), 0.3),
    )
    for acct, ts in zip(accts, streams, strict=True):
        idx = order[np.arange(pos, pos + len(ts)) % len(order)]
        pos += len(ts)
        prompts = [ctx.chat[i] for i in idx.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=bb.sticky(rng, ts, pool, hold),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "proxy_region": "*",
            "sticky_s": round(hold),
            "per_hour": round(rate, 1),
            "cards": "few",
            "pacing": "poisson_worker_pool",
            "languages": ["as_collected"],
        },
    )


def overdraw(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / taken-over aged accounts: ordinary personal history until a staggered takeover near the
    release, then the buyer's harvest from VPN exits with the accounts' own cards."""
    name = "overdraw"
    n = irange(rng, 12, 22)
    vpn = pick(rng, ("m247", "leaseweb", "linode"))
    keep_ua = chance(rng, 0.5)
    takeover0 = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    rate = float(rng.uniform(40, 70))
    accts, handovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, (BG_WIN, BG_MAC, BG_PY) + bb.BROWSERS[:2])
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="taken_over",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        handovers.append(takeover0 + float(rng.uniform(0, 12)) * HOUR)
        # the previous owner's ordinary use
        sess = bb.session_times(
            rng,
            ctx.t0,
            handovers[-1],
            float(rng.uniform(0.4, 1.5)),
            bb.evening_person(tz),
            3.0,
            80.0,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.clip(pick(rng, ctx.chat), 1200) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15),
        )
    exits = bb.cloud(rng, irange(rng, 6, 14), vpn)
    streams = bb.worker_pool(rng, takeover0, ctx.t1, rate, n)
    buyer_ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    for acct, ts, h in zip(accts, streams, handovers, strict=True):
        ts = ts[ts >= h]
        prompts = [
            texts.reasoning_coercion(
                rng, ctx.chat, irange(rng, 0, 3), pick(rng, ("en", "en", "zh"))
            )
            if chance(rng, 0.5)
            else texts.dataset_request(rng, irange(rng, 0, 3), "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=picks(rng, exits, len(ts)),
            ua=acct.ua if keep_ua else buyer_ua,
            comp_median=1100,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "bought_aged_accounts",
            "keys": n,
            "vpn_provider": vpn,
            "takeover": takeover0,
            "keeps_user_agent": keep_ua,
            "per_hour": round(rate, 1),
            "cards": "the_accounts_own",
            "pacing": "history_then_worker_pool",
            "languages": ["en", "zh"],
        },
    )


CAMPAIGN_FAMILIES = {
    "fletching": fletching,
    "nocking_point": nocking_point,
    "arrow_rest": arrow_rest,
    "quiver": quiver,
    "longbow": longbow,
    "bowstring": bowstring,
    "flu_flu": flu_flu,
    "york_round": york_round,
    "barebow": barebow,
    "thumb_ring": thumb_ring,
    "string_walk": string_walk,
    "overdraw": overdraw,
}
