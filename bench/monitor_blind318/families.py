"""Campaign families of blind batch 318 (code names: words from a tea plantation).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything a
family varies (key counts, orgs, cards, pacing, addresses, user agents, languages, templates, model
choice) is drawn from its own generator, in a fixed order (no set is ever walked).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind318 import texts as tx

Gen = np.random.Generator

#: languages a person in each UTC offset plausibly writes in (first = most likely)
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en", "pl"),
    3: ("ru", "tr"),
    5: ("en", "hi"),
    8: ("zh", "en", "id"),
    9: ("ja", "ko"),
}


def lang_mix(
    rng: Gen, first: str, w_first: float, others: tuple[str, ...], k_lo: int, k_hi: int
) -> list[tuple[str, float]]:
    """`first` with weight `w_first` plus k of `others` sharing the rest (Dirichlet weights)."""
    k = irange(rng, k_lo, min(k_hi, len(others)))
    chosen = [others[i] for i in sorted(rng.permutation(len(others))[:k].tolist())]
    w = rng.dirichlet(np.full(k, 1.5)) * (1.0 - w_first)
    return [(first, w_first)] + [(c, float(x)) for c, x in zip(chosen, w.tolist(), strict=True)]


def style_subset(rng: Gen, n_forms: int, k_lo: int, k_hi: int) -> list[int]:
    return sorted(rng.permutation(n_forms)[: irange(rng, k_lo, k_hi)].tolist())


def split_by(rng: Gen, groups: list[np.ndarray], n: int) -> list[list[np.ndarray]]:
    """Hand each group (a burst, an episode) to one of `n` keys at random."""
    out: list[list[np.ndarray]] = [[] for _ in range(n)]
    for g, k in zip(groups, rng.integers(0, n, size=len(groups)).tolist(), strict=True):
        out[k].append(g)
    return out


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _person_tz(rng: Gen, tzs: tuple[int, ...] = bb.TZS) -> tuple[int, str]:
    tz = int(pick(rng, tzs))
    langs = LANG_OF_TZ[tz]
    lang = langs[0] if chance(rng, 0.65) else pick(rng, langs)
    return tz, lang


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def darjeeling(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "darjeeling"
    n = irange(rng, 7, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    shared_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    ua = bb.sdk_ua(rng, 0.6)
    langs = lang_mix(
        rng,
        "en",
        float(rng.uniform(0.35, 0.6)),
        ("zh", "ru", "de", "es", "fr", "ja", "ko", "pt"),
        2,
        4,
    )
    styles = style_subset(rng, 5, 2, 4)
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(55, 115))
    curve = (
        bb.constant
        if chance(rng, 0.5)
        else bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    comp = float(rng.uniform(1100, 1700))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        ts = streams[i]
        prompts = [tx.cot(rng, tx.weighted(rng, langs), styles) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": per_hour,
            "ip_source": f"hosting:{provider}",
            "cards": len(cards),
            "shared_org": shared_org,
            "languages": [x[0] for x in langs],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly cloud batches


def gyokuro(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "gyokuro"
    n = irange(rng, 5, 9)
    provider = pick(rng, ("gcp", "aws", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    tz = int(pick(rng, bb.TZS))
    night = bb.nightly(float(rng.uniform(0, 4)), float(rng.uniform(4, 8)), tz)
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    days = (ctx.t1 - start) / DAY
    job_starts = bb.thinned(rng, start, ctx.t1, days * float(rng.uniform(6, 13)), night)
    groups = bb.bursts(
        rng, job_starts, float(rng.uniform(25, 55)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
    )
    per_key = split_by(rng, groups, n)
    langs = lang_mix(rng, "en", float(rng.uniform(0.5, 0.75)), ("de", "es", "fr"), 1, 3)
    styles = style_subset(rng, 5, 2, 5)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        ts = np.sort(_cat(per_key[i]))
        prompts = [
            tx.judge(rng, ctx.chat, ctx.passages, tx.weighted(rng, langs), pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=300.0,
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "nightly_bursts",
            "operator_tz": tz,
            "ip_source": f"cloud:{provider}",
            "cards": 1,
            "languages": [x[0] for x in langs],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on stolen-card keys that churn, via residential proxies


def pekoe(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "pekoe"
    n = irange(rng, 12, 22)
    op_tz = int(pick(rng, (8, 3, 2)))
    active = bb.workday(op_tz, start=8.0, end=23.0, weekend=0.7, night=0.1)
    w_zh = float(rng.uniform(0.3, 0.55))
    langs = lang_mix(rng, "zh", w_zh, ("ru", "en", "ar", "tr"), 2, 4)
    uas = list(bb.SDK_OTHER) + list(bb.BROWSERS)
    accts = []
    for _ in range(n):
        region = pick(rng, ("sea", "eu", "us", "latam", "jp_kr", "*"))
        pool = bb.resi(rng, irange(rng, 20, 80), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=pool,
        )
        s = ctx.t0 + float(rng.uniform(0.3, 6.3)) * DAY
        e = min(ctx.t1, s + float(rng.uniform(0.7, 2.5)) * DAY)
        ts = bb.thinned(rng, s, e, float(rng.uniform(5, 15)) * (e - s) / HOUR, active)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(300, 1800)))
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, tx.weighted(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            comp_median=420.0,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "churning_keys",
            "operator_tz": op_tz,
            "ip_source": "residential_proxy_sticky",
            "payment": "stolen_card_per_key",
            "languages": [x[0] for x in langs],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, one episode = several chained requests


def first_flush(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "first_flush"
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = bb.rented_block(rng, "aws", 1, irange(rng, 3, 6))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    rate = float(rng.uniform(12, 30))
    ep_starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    styles = style_subset(rng, 3, 1, 3)
    gap = float(rng.uniform(5, 12))
    per_ts: list[list[np.ndarray]] = [[] for _ in range(n)]
    per_pr: list[list[str]] = [[] for _ in range(n)]
    for s, key in zip(
        ep_starts.tolist(), rng.integers(0, n, size=len(ep_starts)).tolist(), strict=True
    ):
        k = irange(rng, 3, 10)
        task, tools, style = tx.agent_task(rng), pick(rng, tx.TOOLSETS), pick(rng, styles)
        per_ts[key].append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        )
        per_pr[key].extend(tx.agent_step(rng, task, tools, j, style) for j in range(k))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        ts = _cat(per_ts[i])
        ctx.emit(
            rng,
            a,
            ts,
            per_pr[i],
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=230.0,
            comp_sigma=0.6,
            err=0.02,
            extra=irange(rng, 150, 600),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes",
            "episodes_per_hour": rate,
            "ip_source": "hosting:aws",
            "cards": 1,
            "styles": styles,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation and curriculum sweeps, cron-steady through VPN exits


def golden_tips(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "golden_tips"
    n = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("m247", "leaseweb", "ovh"))
    langs = lang_mix(rng, "en", float(rng.uniform(0.4, 0.6)), ("es", "pt", "id", "hi"), 2, 4)
    styles = style_subset(rng, 5, 3, 5)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, provider),
        )
        period = float(rng.uniform(240, 600))
        s = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
        steps = np.abs(rng.normal(period, period * 0.12, size=int((ctx.t1 - s) / period) + 1))
        ts = s + np.cumsum(steps)
        ts = ts[ts < ctx.t1]
        for _ in range(irange(rng, 0, 2)):  # the script died and was restarted later
            cut = float(rng.uniform(s, ctx.t1))
            ts = ts[(ts < cut) | (ts > cut + float(rng.uniform(2, 8)) * HOUR)]
        prompts = [
            tx.dataset(rng, tx.weighted(rng, langs), pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2200.0,
            comp_sigma=0.35,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "cron_steady",
            "ip_source": f"vpn_exit:{provider}",
            "cards": 2,
            "orgs": 2,
            "languages": [x[0] for x in langs],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest opened by replayed public prompts (hard)


def withering_trough(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "withering_trough"
    n = irange(rng, 10, 18)
    accts = []
    langs_used = []
    gap = float(rng.uniform(20, 60))
    for _ in range(n):
        tz, lang = _person_tz(rng)
        if lang not in tx.FOLLOW:
            lang = "en"
        pool = bb.home(rng, irange(rng, 8, 30), tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        start = ctx.t0 + float(rng.uniform(0, 5.0)) * DAY
        curve = bb.workday(
            tz,
            start=float(rng.uniform(7, 10)),
            end=float(rng.uniform(20, 23.5)),
            weekend=0.6,
            night=0.05,
        )
        sess = bb.session_times(
            rng, start, ctx.t1, float(rng.uniform(3, 8)), curve, float(rng.uniform(4, 7)), gap, 0.6
        )
        ts = _cat(sess)
        prompts: list[str] = []
        for s in sess:
            first = tx.opener(rng, ctx.chat, lang)
            prompts.append(first)
            prompts.extend(tx.follow_up(rng, lang, first) for _ in range(len(s) - 1))
        ips = bb.sticky(rng, ts, pool, 1800.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.03),
            ips=ips,
            comp_median=550.0,
            err=0.01,
        )
        accts.append(a)
        langs_used.append(lang)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "sessions",
            "ip_source": "residential_proxy_matched_tz",
            "payment": "prepaid_card_per_key",
            "languages": sorted(dict.fromkeys(langs_used)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: one prompt fired n times at once


def rolling_table(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "rolling_table"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs = lang_mix(rng, "en", float(rng.uniform(0.5, 0.8)), ("zh", "ko", "ja"), 1, 3)
    start = ctx.release - float(rng.uniform(0, 0.4)) * DAY
    rate = float(rng.uniform(6, 14))
    starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    per_ts: list[list[np.ndarray]] = [[] for _ in range(n)]
    per_pr: list[list[str]] = [[] for _ in range(n)]
    per_cm: list[list[float]] = [[] for _ in range(n)]
    for s, key in zip(starts.tolist(), rng.integers(0, n, size=len(starts)).tolist(), strict=True):
        item, soft = tx.best_of_n_item(rng, tx.weighted(rng, langs))
        k = int(pick(rng, (5, 10, 20))) if soft else int(pick(rng, (4, 4, 8)))
        per_ts[key].append(s + np.sort(rng.uniform(0, 2.0, size=k)))
        per_pr[key].extend([item] * k)
        per_cm[key].extend([2.0 if soft else 450.0] * k)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        ts = _cat(per_ts[i])
        ctx.emit(
            rng,
            a,
            ts,
            per_pr[i],
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=np.asarray(per_cm[i]),
            comp_sigma=0.3,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "parallel_bursts",
            "bursts_per_hour": rate,
            "ip_source": f"cloud:{provider}",
            "cards": 1,
            "languages": [x[0] for x in langs],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest through rotating VPN exits


def broken_orange(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "broken_orange"
    n = irange(rng, 5, 9)
    provider = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = bb.cloud(rng, irange(rng, 10, 25), provider)
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("okhttp/4.12.0", "Go-http-client/2.0", "reqwest/0.12.12"))
    styles = style_subset(rng, 5, 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    rate = float(rng.uniform(35, 75))
    streams = bb.worker_pool(
        rng, start, ctx.t1, rate, n, bb.global_load(float(rng.uniform(0, 24)), 0.4)
    )
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=ua,
            ips=exits,
        )
        ts = streams[i]
        pairs = [tx.translation(rng, ctx.passages, pick(rng, styles)) for _ in range(len(ts))]
        comp = np.asarray([max(40.0, ln / 3.2) for _, ln in pairs])
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pairs],
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=picks(rng, exits, len(ts)),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "poisson_worker_pool",
            "per_hour": rate,
            "ip_source": f"vpn_exits:{provider}",
            "cards": 2,
            "styles": styles,
            "languages": ["en"] + list(tx.LANG_NAMES),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. code harvest run by a "development team" from its office (hard)

_DEV_UAS = (
    "continue-vscode/0.9.256",
    "JetBrains-AI/2024.3.2",
    "OpenAI/Python 1.58.1",
    "OpenAI/NodeJS 4.85.1",
)


def kangra(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "kangra"
    tz = int(pick(rng, (5, 1, 2, 8, -3, -5)))
    n = irange(rng, 6, 11)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    p_code = float(rng.uniform(0.55, 0.75))
    styles = style_subset(rng, 5, 3, 5)
    accts = []
    for _ in range(n):
        homes = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="developer_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, _DEV_UAS),
            ips=office + homes,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(5, 10)),
            bb.workday(tz, weekend=0.08),
            float(rng.uniform(8, 16)),
            float(rng.uniform(20, 45)),
        )
        ips: list[str] = []
        for s in sess:
            ips.extend([pick(rng, office) if chance(rng, 0.85) else homes[0]] * len(s))
        ts = _cat(sess)
        prompts = [
            tx.code_task(rng, pick(rng, styles))
            if chance(rng, p_code)
            else tx.chat_short(rng, ctx.chat, 1800)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.1),
            ips=ips,
            comp_median=650.0,
            err=0.01,
        )
        accts.append(a)
    ci = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="ci_key",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 3, "azure"),
        tz=tz,
    )
    base = ctx.t0 + ((float(rng.uniform(0.5, 3.0)) - tz) % 24.0) * HOUR  # a local night hour
    nights = int((ctx.t1 - ctx.t0) / DAY) + 1
    starts = base + np.arange(nights) * DAY + rng.uniform(0, 900, size=nights)
    groups = bb.bursts(rng, starts, float(rng.uniform(80, 180)), 4.0, b=ctx.t1)
    ts = _cat(groups)
    ctx.emit(
        rng,
        ci,
        ts,
        [tx.code_task(rng, pick(rng, styles)) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.6, 0.0),
        comp_median=700.0,
        err=0.01,
    )
    accts.append(ci)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "pacing": "workday_sessions_plus_nightly_ci",
            "tz": tz,
            "ip_source": "office_broadband+home+ci_cloud",
            "cards": 1,
            "share_harvest": p_code,
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. harvest hidden inside a real product's traffic (hard)


def tieguanyin(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "tieguanyin"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 4), "aws")
    rate = float(rng.uniform(40, 80))
    ts_all = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        bb.global_load(float(rng.uniform(12, 20)), 0.6),
    )
    pre, post = float(rng.uniform(0.04, 0.1)), float(rng.uniform(0.18, 0.3))
    who = rng.integers(0, n, size=len(ts_all))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/NodeJS 4.85.1")),
            ips=backend,
        )
        ts = ts_all[who == i]
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, post, pre)
        prompts = [
            tx.user_like_harvest(rng) if h else tx.chat_short(rng, ctx.chat, 1800)
            for h in harvest.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.15),
            comp_median=np.where(harvest, 800.0, 350.0),
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "global_product_load",
            "per_hour": rate,
            "harvest_share_pre": pre,
            "harvest_share_post": post,
            "ip_source": "cloud:aws",
            "cards": 1,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. low-and-slow crowd of person-like accounts covering one curriculum (hard)


def plucker(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "plucker"
    n = irange(rng, 28, 45)
    fields = [pick(rng, ("med", "law", "fin"))]
    if chance(rng, 0.4):
        fields.append(pick(rng, ("med", "law", "fin")))
    tzs = (-8, -5, -3, 0, 5, 8)
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        lang = (
            pick(rng, ("pt", "es"))
            if tz == -3
            else ("es" if tz == -5 and chance(rng, 0.2) else "en")
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        onboard = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 150)),
            0.7,
        )
        ts = _cat(sess)
        field = pick(rng, fields)
        prompts = [tx.study_question(rng, field, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.02),
            comp_median=650.0,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_crowd_curriculum",
            "pacing": "evening_sessions",
            "fields": fields,
            "ip_source": "static_residential_matched_tz",
            "payment": "card_per_account",
            "languages": ["en", "es", "pt"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. bought aged accounts that pivot to harvesting after the release (hard)


def estate_manager(ctx: Ctx, rng: Gen, cid: str) -> None:
    fam = "estate_manager"
    n = irange(rng, 7, 12)
    styles = style_subset(rng, 5, 2, 4)
    keep_ua = float(rng.uniform(0.3, 0.7))
    accts = []
    for _ in range(n):
        tz, lang = _person_tz(rng)
        home = bb.home(rng, 1, tz)
        old_ua = pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=old_ua,
            ips=home,
            tz=tz,
        )
        pivot = ctx.release + float(rng.uniform(0.1, 1.6)) * DAY
        pre = _cat(
            bb.session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.5, 1.5)), bb.evening_person(tz), 3.0, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [
                tx.opener(rng, ctx.chat, lang if lang in tx.FOLLOW else "en")
                for _ in range(len(pre))
            ],
            models=ctx.models(rng, pre, 0.2, 0.2),
            comp_median=350.0,
            err=0.005,
        )
        pool = bb.home(rng, 20, tz)
        curve = bb.workday(tz, start=7.0, end=23.0, weekend=0.8, night=0.15)
        post = _cat(
            bb.session_times(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(8, 16)),
                curve,
                float(rng.uniform(6, 12)),
                float(rng.uniform(10, 25)),
            )
        )
        prompts = []
        for u in rng.random(len(post)).tolist():
            if u < 0.6:
                prompts.append(tx.cot(rng, lang, styles))
            elif u < 0.85:
                prompts.append(
                    tx.dataset(
                        rng, lang if lang in ("es", "pt", "id", "hi") else "en", pick(rng, styles)
                    )
                )
            else:
                prompts.append(tx.user_like_harvest(rng))
        ua = old_ua if chance(rng, keep_ua) else bb.sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.95, 0.0),
            ips=bb.sticky(rng, post, pool, 1800.0),
            ua=ua,
            comp_median=1000.0,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_pivot",
            "pacing": "quiet_history_then_sessions",
            "ip_source": "home_then_residential_proxy_same_region",
            "payment": "original_owner_cards",
            "styles": styles,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Gen, str], None]] = {
    "darjeeling": darjeeling,
    "gyokuro": gyokuro,
    "pekoe": pekoe,
    "first_flush": first_flush,
    "golden_tips": golden_tips,
    "withering_trough": withering_trough,
    "rolling_table": rolling_table,
    "broken_orange": broken_orange,
    "kangra": kangra,
    "tieguanyin": tieguanyin,
    "plucker": plucker,
    "estate_manager": estate_manager,
}
