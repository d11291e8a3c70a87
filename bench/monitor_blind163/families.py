"""Campaign families of batch 163 (code names from rinkball).

Each family is a generator `(ctx, rng, campaign_id)`: it draws its own parameters from its own rng,
opens accounts through `ctx.account`, writes events through `ctx.emit` and records the campaign with
`ctx.campaign`. Families `red_line`, `rebound`, `empty_net` and `line_change` are built to look like
legitimate use; `drop_ball` and `bandy_stick` are half-way there.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
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
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind163 import texts as tx

#: user agents as the background's own clients spell them (seen in simulate()'s output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_BROWSER_W = (0.55, 0.3, 0.05, 0.05, 0.05)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

_LANG_OF = {"zh": "zh", "ru": "ru", "es": "es", "de": "de", "ja": "ja", "pt": "pt", "fr": "fr"}


def wpick(rng: np.random.Generator, items, weights) -> object:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def bg_browser(rng: np.random.Generator) -> str:
    return wpick(rng, BG_BROWSERS, BG_BROWSER_W)


def style_mix(
    rng: np.random.Generator, styles: tuple[str, ...], k_lo: int
) -> tuple[list[str], list[float]]:
    """A family's own subset of styles with its own weights."""
    k = irange(rng, k_lo, len(styles))
    chosen = [styles[i] for i in sorted(rng.choice(len(styles), size=k, replace=False).tolist())]
    w = rng.dirichlet(np.full(k, 2.0)).tolist()
    return chosen, [float(x) for x in w]


def _cards(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    if mode == "shared":
        return [hexid(rng, "pay")] * n
    if mode == "pairs":
        cards = [hexid(rng, "pay") for _ in range((n + 1) // 2)]
        return [cards[i // 2] for i in range(n)]
    return [hexid(rng, "pay") for _ in range(n)]


# --------------------------------------------------------------------------------------------
# wristshot: reasoning-trace coercion through a rented hosting block


def wristshot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wristshot"
    n_keys = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    card_mode = pick(rng, ("shared", "per_org"))
    org_cards = {o: hexid(rng, "pay") for o in orgs}
    shared_card = hexid(rng, "pay")
    ua = pick(rng, SDK_OTHER)
    styles, weights = style_mix(rng, ("tagged", "zh", "ru", "es", "json"), 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(30, 90))
    p_new = float(rng.uniform(0.75, 0.95))
    accts = []
    for i in range(n_keys):
        org = orgs[i % len(orgs)]
        pay = shared_card if card_mode == "shared" else org_cards[org]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [tx.reasoning_coercion(rng, wpick(rng, styles, weights)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": per_hour,
            "ip_source": f"rented hosting block ({provider})",
            "payment": card_mode,
            "orgs": len(orgs),
            "user_agent": ua,
            "styles": styles,
            "languages": sorted({_LANG_OF.get(s, "en") for s in styles}),
            "p_new": p_new,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# hat_trick: judge / rubric / reward-model grading in nightly batches


def hat_trick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hat_trick"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    tz = pick(rng, TZS)
    uas = [
        pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
        for _ in range(2)
    ]
    styles, weights = style_mix(rng, ("pairwise", "rubric", "reward", "de", "ja"), 3)
    accts = []
    for i in range(n_keys):
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=orgs[i % 2],
                ua=uas[i % 2],
                ips=ips,
                tz=tz,
            )
        )
    start_h, hours = float(rng.uniform(22, 26)) % 24, float(rng.uniform(4, 7))
    n_batches = irange(rng, 12, 30)
    starts = thinned(
        rng,
        ctx.t0 + DAY * float(rng.uniform(0, 1.5)),
        ctx.t1,
        n_batches,
        nightly(start_h, hours, tz),
    )
    size_mean, gap = float(rng.uniform(50, 140)), float(rng.uniform(1.5, 5.0))
    per_acct: list[list[np.ndarray]] = [[] for _ in accts]
    for train in bursts(rng, starts, size_mean, gap, 0.6):
        per_acct[int(rng.integers(n_keys))].append(train)
    for acct, trains in zip(accts, per_acct, strict=True):
        if not trains:
            trains = [np.array([float(starts[0]) if len(starts) else ctx.release])]
        ts = np.sort(np.concatenate(trains))
        prompts = [
            tx.judge_prompt(rng, wpick(rng, styles, weights), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=320.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "nightly bursts",
            "batches": n_batches,
            "burst_size_mean": size_mean,
            "ip_source": "cloud (aws/gcp)",
            "payment": "one prepaid card per key",
            "orgs": 2,
            "tz": tz,
            "styles": styles,
            "user_agents": uas,
            "languages": sorted({_LANG_OF.get(s, "en") for s in styles}),
        },
    )


# --------------------------------------------------------------------------------------------
# powerplay: policy-compliant rewrites through short-lived accounts on residential proxies


def powerplay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "powerplay"
    n_accts = irange(rng, 25, 45)
    regions = [pick(rng, ("us", "eu", "sea", "latam", "jp_kr")) for _ in range(2)]
    pool = resi(rng, irange(rng, 150, 400), regions[0]) + resi(
        rng, irange(rng, 80, 200), regions[1]
    )
    styles, weights = style_mix(rng, ("rewrite", "safe_completion", "zh", "ru", "dual"), 3)
    ua_mode = pick(rng, ("browser", "mixed"))
    hold = float(rng.uniform(10, 40)) * 60
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    t = ctx.t0 + float(rng.uniform(0.2, 1.0)) * DAY
    for _ in range(n_accts):
        ua = (
            pick(rng, BROWSERS)
            if ua_mode == "browser" or chance(rng, 0.5)
            else pick(rng, SDK_OTHER)
        )
        acct = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(acct)
        life = float(rng.uniform(0.6, 2.5)) * DAY
        a = t + float(rng.uniform(-0.5, 0.5)) * DAY
        t += (ctx.t1 - ctx.t0) / n_accts * float(rng.uniform(0.6, 1.2))
        n = float(rng.lognormal(np.log(90), 0.5))
        ts = thinned(rng, max(a, ctx.t0), min(a + life, ctx.t1), n, constant)
        if len(ts) == 0:
            ts = np.array([min(max(a, ctx.t0) + 60.0, ctx.t1)])
        prompts = [
            tx.policy_rewrite(rng, wpick(rng, styles, weights), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "short-lived accounts, steady",
            "ip_source": f"residential proxies ({regions[0]}, {regions[1]}), sticky {hold / 60:.0f} min",
            "payment": "stolen cards, one per account",
            "orgs": n_accts,
            "user_agent_mode": ua_mode,
            "styles": styles,
            "languages": sorted({_LANG_OF.get(s, "en") for s in styles}),
            "p_new": p_new,
        },
    )


# --------------------------------------------------------------------------------------------
# linesman: agent / tool-use transcripts, episode by episode


def linesman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "linesman"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles, weights = style_mix(rng, ("react", "json", "xml"), 2)
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
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    eps_per_hour = float(rng.uniform(6, 14))
    gap = float(rng.uniform(5, 12))
    per_acct: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in accts]
    for s in thinned(rng, start, ctx.t1, eps_per_hour * (ctx.t1 - start) / HOUR, constant).tolist():
        k = int(rng.integers(n_keys))
        style, task = wpick(rng, styles, weights), tx.agent_task(rng)
        steps = irange(rng, 3, 10)
        times = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))]
        )
        for j, tj in enumerate(times.tolist()):
            per_acct[k][0].append(tj)
            per_acct[k][1].append(tx.agent_step(rng, style, task, j))
            per_acct[k][2].append(300 + 180 * j)
    for acct, (ts, prompts, extra) in zip(accts, per_acct, strict=True):
        if not ts:
            ts, prompts, extra = (
                [start],
                [tx.agent_step(rng, styles[0], tx.agent_task(rng), 0)],
                [300],
            )
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.9, p_mini=0.0),
            comp_median=190.0,
            comp_sigma=0.7,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes (3-10 chained steps)",
            "episodes_per_hour": eps_per_hour,
            "ip_source": f"cloud ({provider})",
            "payment": "one shared card",
            "orgs": 1,
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# skate_blade: synthetic dataset generation on the new model


def skate_blade(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "skate_blade"
    n_keys = irange(rng, 12, 24)
    n_orgs = irange(rng, 4, 6)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = {o: hexid(rng, "pay") for o in orgs}
    provider = pick(rng, ("digitalocean", "vultr", "linode", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 6, 12))
    styles, weights = style_mix(rng, ("pairs", "self_instruct", "dialogue", "pt", "fr"), 3)
    accts = []
    for i in range(n_keys):
        org = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=cards[org],
                ua=pick(rng, SDK_OTHER),
                ips=[pick(rng, pool)],
            )
        )
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(25, 60))
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [
            tx.dataset_gen(rng, wpick(rng, styles, weights), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "poisson worker pool from shortly before release",
            "per_hour": per_hour,
            "start": start,
            "ip_source": f"rented block ({provider}), one address per key",
            "payment": "one card per org",
            "orgs": n_orgs,
            "styles": styles,
            "languages": sorted({_LANG_OF.get(s, "en") for s in styles}),
        },
    )


# --------------------------------------------------------------------------------------------
# bandy_stick: multi-turn dialogue harvest, a scripted user simulator behind residential proxies


def bandy_stick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bandy_stick"
    n_accts = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, irange(rng, 60, 200), region)
    langs = ["en", "es", "de", "fr", "pt"]
    lang_w = rng.dirichlet(np.array([4.0, 1.5, 1.0, 1.0, 1.0])).tolist()
    gap = float(rng.uniform(12, 30))
    per_day = float(rng.uniform(3, 8))
    size_mean = float(rng.uniform(6, 11))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, n_accts))]
    accts = []
    for i in range(n_accts):
        ua = pick(rng, MOBILE[:3]) if chance(rng, 0.5) else bg_browser(rng)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            ua=ua,
            ips=pool,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in session_times(rng, a, ctx.t1, per_day, constant, size_mean, gap, 0.45):
            lang = wpick(rng, langs, lang_w)
            ip = pick(rng, pool)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(tx.human(rng, ctx.chat) if j == 0 else tx.followup(rng, lang))
                extra.append(380 * j)
                ips.append(ip)
        if not ts_all:
            ts_all, prompts, extra, ips = [a], [tx.human(rng, ctx.chat)], [0], [pool[0]]
        ts_a = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.75),
            ips=ips,
            comp_median=480.0,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions, round the clock",
            "sessions_per_day": per_day,
            "session_size_mean": size_mean,
            "think_time_median_s": gap,
            "ip_source": f"residential proxies ({region}), one address per session",
            "payment": "one card per key",
            "orgs": len(orgs),
            "languages": langs,
            "language_weights": [float(x) for x in lang_w],
        },
    )


# --------------------------------------------------------------------------------------------
# stickhandling: best-of-n / soft-label sampling (each prompt sent several times in a row)


def stickhandling(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stickhandling"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    styles, weights = style_mix(rng, ("probs", "candidates", "confidence", "plain"), 2)
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
            ips=cloud(rng, 1, pick(rng, ("gcp", "oracle", "aws"))),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(4, 10))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    per_acct: list[tuple[list[float], list[str]]] = [([], []) for _ in accts]
    for s in thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant).tolist():
        k = int(rng.integers(n_keys))
        prompt = tx.soft_label(rng, wpick(rng, styles, weights), ctx.chat)
        n = irange(rng, n_lo, n_hi)
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=n - 1))])
        per_acct[k][0].extend(times.tolist())
        per_acct[k][1].extend([prompt] * n)
    for acct, (ts, prompts) in zip(accts, per_acct, strict=True):
        if not ts:
            ts, prompts = [start], [tx.soft_label(rng, styles[0], ctx.chat)]
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.85),
            comp_median=260.0,
            comp_sigma=0.8,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "poisson prompts, each repeated n times",
            "prompts_per_hour": per_hour,
            "n_range": [n_lo, n_hi],
            "ip_source": "cloud, one address per key",
            "payment": "one shared card",
            "orgs": 1,
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# drop_ball: slow, steady curriculum sweep (subject x concept x level, in order)


def drop_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drop_ball"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, TZS)
    office = home(rng, 1, tz)
    accts, langs = [], []
    for _ in range(n_keys):
        lang = wpick(rng, ["en", "pt", "de"], [0.6, 0.2, 0.2])
        langs.append(lang)
        ips = office if chance(rng, 0.5) else cloud(rng, 1, pick(rng, ("oracle", "linode")))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sweeper",
                campaign_id=cid,
                ua=pick(rng, ("python-httpx/0.28.1",) + BG_SDK[:1]),
                ips=ips,
                tz=tz,
            )
        )
    units = [(s, c, lvl) for s, cs in tx.CURRICULUM.items() for c in cs for lvl in range(1, 13)]
    ordered = chance(rng, 0.5)
    order = np.arange(len(units)) if ordered else rng.permutation(len(units))
    rate = float(rng.uniform(4, 10))
    styles, weights = style_mix(rng, ("guide", "socratic", "cards"), 2)
    pos = int(rng.integers(len(units)))
    for acct, lang in zip(accts, langs, strict=True):
        ts = thinned(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.2), ctx.t1, rate * 7 * 24, constant)
        prompts = []
        for _ in range(len(ts)):
            s, c, lvl = units[int(order[pos % len(units)])]
            pos += 1
            prompts.append(tx.curriculum_item(rng, wpick(rng, styles, weights), s, c, lvl, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1200.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "slow steady poisson",
            "per_hour_per_key": rate,
            "ip_source": "office broadband and small cloud VMs",
            "payment": "one card per key",
            "orgs": n_keys,
            "tz": tz,
            "languages": sorted(set(langs)),
            "styles": styles,
            "ordered": ordered,
        },
    )


# --------------------------------------------------------------------------------------------
# red_line (hard): harvest hidden in a real product's traffic, through the product's own keys


def red_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "red_line"
    product = pick(rng, ("Inkwell", "Parafy", "DraftDeck", "Wordloom", "Clarify Pro"))
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, (-8, -5, 1))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, BG_SDK[:2])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    user_rate = float(rng.uniform(25, 55))
    harvest_rate = float(rng.uniform(8, 18))
    h_start = ctx.t0 + float(rng.uniform(1.0, 3.2)) * DAY
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(5, 8)), tz)
    users = thinned(
        rng, ctx.t0, ctx.t1, user_rate * 7 * 24, global_load(float(rng.uniform(14, 20)), 0.7)
    )
    harvest = thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, night)
    p_code = float(rng.uniform(0.4, 0.7))
    for ts, is_h in ((users, False), (harvest, True)):
        who = rng.integers(0, n_keys, size=len(ts))
        for k, acct in enumerate(accts):
            t = ts[who == k]
            prompts = []
            for _ in range(len(t)):
                if is_h:
                    payload = (
                        tx.code_task(rng) if chance(rng, p_code) else tx.word_problem(rng, "en")
                    )
                    prompts.append(tx.product_wrap(rng, product, payload, "answer"))
                else:
                    mode = wpick(rng, ["improve", "answer", "reply"], [0.45, 0.4, 0.15])
                    prompts.append(tx.product_wrap(rng, product, tx.human(rng, ctx.chat), mode))
            ctx.emit(
                rng,
                acct,
                t,
                prompts,
                models=ctx.models(rng, t, p_new=0.65 if is_h else 0.25, p_mini=0.1),
                comp_median=750.0 if is_h else 340.0,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic (code and reasoning, off-peak)",
            "product": product,
            "pacing": "product global load + night-time harvest",
            "user_per_hour": user_rate,
            "harvest_per_hour": harvest_rate,
            "harvest_start": h_start,
            "harvest_events": int(len(harvest)),
            "user_events": int(len(users)),
            "ip_source": "product's cloud egress (aws)",
            "payment": "company card",
            "orgs": 1,
            "user_agent": ua,
            "tz": tz,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# rebound (hard): bought / taken-over aged personal accounts, then code and translation harvest


def rebound(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rebound"
    n_accts = irange(rng, 12, 24)
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    mix = rng.dirichlet(np.array([3.0, 2.5, 1.5])).tolist()
    accts, takeovers = [], []
    for _ in range(n_accts):
        tz = pick(rng, TZS)
        ua0 = bg_browser(rng)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=ua0,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        takeovers.append(take)
        # the owner's own history (the account was aged and real)
        pre = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.6)), evening_person(tz), 3.0, 90.0
        )
        if pre:
            ts = np.concatenate(pre)
            ctx.emit(
                rng,
                acct,
                ts,
                [tx.human(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.2, p_mini=0.25),
            )
        # after the takeover: proxies in the owner's region, a new client now and then
        proxy_pool = home(rng, irange(rng, 4, 12), tz)
        ua1 = ua0 if chance(rng, p_keep_ua) else pick(rng, ("python-requests/2.32.3",) + BG_SDK[:2])
        post = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            evening_person(tz, 4.0),
            float(rng.uniform(7, 14)),
            float(rng.uniform(30, 70)),
        )
        if not post:
            post = [np.array([take + 600.0])]
        ts = np.concatenate(post)
        prompts = []
        for _ in range(len(ts)):
            r = wpick(rng, ["code", "translate", "expert"], mix)
            if r == "code":
                prompts.append(tx.casual_code_ask(rng))
            elif r == "translate":
                prompts.append(tx.translation_harvest(rng, ctx.passages))
            else:
                prompts.append(tx.expert_question(rng, pick(rng, list(tx._FILL))))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7),
            ips=sticky(rng, ts, proxy_pool, 2 * HOUR),
            ua=ua1,
            comp_median=820.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged / taken-over personal accounts; code, translation and expert-answer harvest",
            "pacing": "human-like sessions, busier after takeover",
            "takeover_ts": [float(x) for x in takeovers],
            "ip_source": "owner's home ISP, then residential proxies in the owner's region",
            "payment": "owners' own cards",
            "orgs": n_accts,
            "p_keep_user_agent": p_keep_ua,
            "content_mix": [float(x) for x in mix],
            "languages": ["en", "multi (translation targets)"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# empty_net (hard): a low-and-slow crowd of person-like accounts asking expert questions


def empty_net(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "empty_net"
    n_accts = irange(rng, 40, 70)
    cards = _cards(rng, n_accts, pick(rng, ("pairs", "unique")))
    domains = list(tx._FILL)
    p_cover = float(rng.uniform(0.2, 0.4))
    accts = []
    for i in range(n_accts):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.2)
        ips = home(rng, 1, tz)
        if mobile:
            ips += mobile_v6(
                rng, 2, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile"))
            )
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd",
            campaign_id=cid,
            pay=cards[i],
            ua=bg_browser(rng),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        mine = [pick(rng, domains) for _ in range(irange(rng, 1, 2))]
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            4.0,
            float(rng.uniform(60, 150)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.array([a + 3600.0])
        prompts = [
            tx.human(rng, ctx.chat)
            if chance(rng, p_cover)
            else tx.expert_question(rng, pick(rng, mine))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=620.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd harvesting expert answers",
            "pacing": "human sessions, 1-2.5 a day",
            "ip_source": "one residential address per account (some with a phone)",
            "payment": "prepaid cards",
            "orgs": n_accts,
            "cover_share": p_cover,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# line_change (hard): public prompt replay from a small office that looks like a research group


def line_change(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "line_change"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, TZS)
    office = home(rng, 2, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = BG_SDK[0]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    perm = rng.permutation(len(ctx.chat)).tolist()
    per_key = float(rng.uniform(400, 1100))
    night = float(rng.uniform(0.05, 0.2))
    p_new = float(rng.uniform(0.45, 0.75))
    pos = 0
    for acct in accts:
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_key,
            workday(tz, start=8.0, end=19.0, weekend=0.15, night=night),
        )
        prompts = [ctx.chat[perm[(pos + j) % len(perm)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=400.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts verbatim, no repeats)",
            "pacing": "office hours",
            "events_per_key": per_key,
            "night_level": night,
            "ip_source": "office broadband NAT (2 addresses)",
            "payment": "one company card",
            "orgs": 1,
            "user_agent": ua,
            "tz": tz,
            "p_new": p_new,
            "languages": ["as in the public set"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "wristshot": wristshot,
    "hat_trick": hat_trick,
    "powerplay": powerplay,
    "linesman": linesman,
    "skate_blade": skate_blade,
    "bandy_stick": bandy_stick,
    "stickhandling": stickhandling,
    "drop_ball": drop_ball,
    "red_line": red_line,
    "rebound": rebound,
    "empty_net": empty_net,
    "line_change": line_change,
}
