"""Campaign families of batch 334 (code names are glovemaking words; the card is README.md).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes events
through `ctx.emit`, and records one campaign through `ctx.campaign`. Everything is drawn from the
family's own generator, in an order that does not depend on the process (no set or hash walks).
The small helpers at the top are shared with `kinds.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
from bench.monitor_blind334 import texts as tx

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# helpers (also used by kinds.py)

#: languages people in each UTC offset most often write in
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "en", "fr"),
    1: ("de", "fr", "es", "en"),
    2: ("de", "tr", "en"),
    3: ("ru", "tr"),
    5: ("en", "en"),
    8: ("zh", "id", "en"),
    9: ("ja", "ko"),
}

#: `ipspace` consumer regions near each UTC offset
REGION_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("us",),
    -5: ("us", "ca"),
    -3: ("latam",),
    0: ("eu",),
    1: ("eu",),
    2: ("eu",),
    3: ("ru",),
    5: ("in",),
    8: ("sea", "cn"),
    9: ("jp_kr",),
}


def models(
    ctx: Ctx, rng: Rng, ts, p_new: float, *, delay: float = 0.0, p_mini: float = 0.05
) -> list[str]:
    """Per event: the new model with probability p_new from `delay` seconds after the release on,
    otherwise the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    new = (ts >= ctx.release + delay) & (u < p_new)
    out = np.where(new, ctx.new_model, np.where(v < p_mini, ctx.old_models[-1], ctx.old_models[0]))
    return [str(x) for x in out.tolist()]


def subset(rng: Rng, seq: Sequence, lo: int, hi: int) -> list:
    """Between lo and hi distinct items of seq, in a random order."""
    k = int(rng.integers(lo, min(hi, len(seq)) + 1))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def cap(rng: Rng, ts: np.ndarray, n_max: int) -> np.ndarray:
    """At most n_max of the times (a random subset, in time order)."""
    ts = np.asarray(ts)
    if len(ts) <= n_max:
        return ts
    return ts[np.sort(rng.permutation(len(ts))[:n_max])]


def flat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def emit_each(
    ctx: Ctx,
    rng: Rng,
    acct: Acct,
    ts,
    make: Callable[[Rng], str | tuple[str, int]],
    mdl: list[str],
    **kw,
) -> int:
    """One event per time, each prompt from `make(rng)` (which may also return extra prompt tokens)."""
    ts = np.asarray(ts, dtype=np.float64)
    prompts: list[str] = []
    extra: list[int] = []
    for _ in range(len(ts)):
        out = make(rng)
        if isinstance(out, tuple):
            prompts.append(out[0])
            extra.append(int(out[1]))
        else:
            prompts.append(out)
            extra.append(0)
    return ctx.emit(
        rng, acct, ts, prompts, models=mdl, extra=np.asarray(extra, dtype=np.int64), **kw
    )


def lang_for(rng: Rng, tz: int) -> str:
    return pick(rng, LANG_OF_TZ.get(tz, ("en",)))


def region_for(rng: Rng, tz: int) -> str:
    return pick(rng, REGION_OF_TZ.get(tz, ("us", "eu")))


def uni(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def person_ua(rng: Rng, p_mobile: float = 0.35) -> str:
    return pick(rng, MOBILE[:3]) if chance(rng, p_mobile) else pick(rng, BROWSERS)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def trank(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "trank"
    n_keys, n_orgs = irange(rng, 6, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared = chance(rng, 0.5)
    card0 = hexid(rng, "pay")
    cards = [card0 if shared else hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = pick(
        rng,
        (
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs = ["en", *subset(rng, ("es", "de", "zh", "ja", "ru", "fr", "pt", "ko", "id", "tr"), 1, 4)]
    lang_w = [3.0] + [1.0] * (len(langs) - 1)
    styles = subset(rng, tuple(tx.REASONING_WRAPS), 2, 4)
    kinds = subset(rng, tuple(tx.PROBLEM_KINDS), 4, 8)
    p_chat = uni(rng, 0.15, 0.4)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.8)
    delay = uni(rng, 0, 8) * HOUR
    pre_rate, post_rate = uni(rng, 10, 60), uni(rng, 80, 260)
    comp = uni(rng, 900, 1600)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[k % n_orgs],
            pay=cards[k % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for k in range(n_keys)
    ]
    pre = worker_pool(rng, start, ctx.release + delay, pre_rate, n_keys)
    post = worker_pool(rng, ctx.release + delay, ctx.t1, post_rate, n_keys)

    def make(r: Rng) -> str:
        lang = weighted(r, langs, lang_w)
        body = pick(r, ctx.chat) if chance(r, p_chat) else tx.problem(r, lang, kinds)
        return tx.reasoning(r, pick(r, styles), lang, body)

    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = flat([t_pre, t_post])
        emit_each(
            ctx,
            rng,
            a,
            ts,
            make,
            models(ctx, rng, ts, 0.95, delay=delay),
            comp_median=comp,
            comp_sigma=0.45,
            err=uni(rng, 0.02, 0.06),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "ip_source": f"hosting:{provider}",
            "payment": "shared_prepaid" if shared else "card_per_org",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "orgs": n_orgs,
            "switch_delay_h": round(delay / HOUR, 2),
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward labels in nightly batch jobs


def fourchette(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "fourchette"
    n_keys = irange(rng, 4, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.54.0",
            "python-httpx/0.28.1",
        ),
    )
    tz = pick(rng, TZS)
    langs = ["en", *subset(rng, ("zh", "fr", "ja", "es", "de", "ko", "pt"), 0, 2)]
    lang_w = [4.0] + [1.0] * (len(langs) - 1)
    styles = subset(rng, tuple(tx.JUDGE_TEMPLATES), 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    jobs_per_day = uni(rng, 2, 6)
    night_start = uni(rng, 18, 23)
    starts = thinned(
        rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, nightly(night_start, 8.0, tz)
    )
    keep = [s >= ctx.release or chance(rng, 0.35) for s in starts.tolist()]
    starts = starts[np.asarray(keep, dtype=bool)] if len(starts) else starts
    trains = bursts(rng, starts, uni(rng, 80, 300), uni(rng, 0.8, 3.0), 0.5, ctx.t1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader_key",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    who = rng.integers(0, n_keys, size=len(trains)).tolist()

    def make(r: Rng) -> str:
        lang = weighted(r, langs, lang_w)
        q = tx.cut(r, pick(r, ctx.chat), 40, 800)
        return tx.judge(
            r,
            pick(r, styles),
            lang,
            q,
            tx.cut(r, pick(r, ctx.passages), 200, 900),
            tx.cut(r, pick(r, ctx.passages), 200, 900),
        )

    for k, a in enumerate(accts):
        ts = flat([t for t, w in zip(trains, who, strict=True) if w == k])
        emit_each(
            ctx,
            rng,
            a,
            ts,
            make,
            models(ctx, rng, ts, 0.9),
            comp_median=220,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "nightly_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "jobs_per_day": round(jobs_per_day, 2),
            "operator_tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites over residential proxies with stolen cards


def quirk(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "quirk"
    n_keys = irange(rng, 12, 30)
    langs = ["en", *subset(rng, ("zh", "ru", "tr", "es", "ar"), 1, 3)]
    lang_w = [2.0] + [1.0] * (len(langs) - 1)
    styles = subset(rng, tuple(tx.POLICY_TEMPLATES), 2, 3)
    regions = subset(rng, ("us", "eu", "latam", "sea", "in", "ca"), 2, 4)
    accts = []

    def make(r: Rng) -> str:
        return tx.policy(
            r,
            pick(r, styles),
            weighted(r, langs, lang_w),
            tx.cut(r, pick(r, ctx.passages), 300, 1200),
        )

    for _ in range(n_keys):
        tz = pick(rng, TZS)
        pool = resi(rng, irange(rng, 30, 100), pick(rng, regions))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="stolen_card_key",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        end = min(ctx.t1, start + uni(rng, 1.0, 3.5) * DAY)
        ts = flat(
            session_times(
                rng,
                start,
                end,
                uni(rng, 3, 8),
                evening_person(tz),
                uni(rng, 8, 20),
                uni(rng, 25, 60),
                0.6,
            )
        )
        ips = sticky(rng, ts, pool, uni(rng, 1200, 3600))
        emit_each(
            ctx, rng, a, ts, make, models(ctx, rng, ts, 0.8), ips=ips, comp_median=450, err=0.015
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_censorship_rewrites",
            "pacing": "sessions_short_lived_keys",
            "ip_source": "residential_proxy_sticky",
            "regions": regions,
            "payment": "stolen_card_per_key",
            "user_agent": "spoofed_browsers",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories, 24/7 from a cloud project


def gauntlet(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "gauntlet"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    domains = subset(rng, tuple(tx._TOOLSETS), 3, 5)
    styles = subset(rng, ("react", "xml", "plan", "chat"), 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = uni(rng, 30, 90)
    delay = uni(rng, 0, 12) * HOUR
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    pool = worker_pool(rng, start, ctx.t1, rate, n_keys)

    def make(r: Rng) -> tuple[str, int]:
        return tx.agent(r, pick(r, styles), pick(r, domains))

    for a, ts in zip(accts, pool, strict=True):
        emit_each(
            ctx,
            rng,
            a,
            ts,
            make,
            models(ctx, rng, ts, 0.9, delay=delay),
            comp_median=uni(rng, 250, 550),
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "worker_pool_constant",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en"],
            "domains": domains,
            "styles": styles,
            "keys": n_keys,
            "rate_per_hour": round(rate, 1),
            "switch_delay_h": round(delay / HOUR, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets and curriculum sweeps through VPN exits


def prixseam(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "prixseam"
    n_orgs = irange(rng, 2, 5)
    provider = pick(rng, ("m247", "leaseweb", "ovh", "vultr", "linode"))
    styles = subset(rng, tuple(tx.SYNTH_TEMPLATES), 2, 4)
    langs = ["en", *subset(rng, ("pt", "id", "ko", "es", "de", "fr", "zh"), 1, 3)]
    lang_w = [3.0] + [1.0] * (len(langs) - 1)
    subjects = [tx.SUBJECTS[i] for i in rng.permutation(len(tx.SUBJECTS)).tolist()]
    lessons = irange(rng, 4, 9)
    start = max(ctx.t0, ctx.release - uni(rng, 0.3, 1.5) * DAY)
    counter = [0]

    def make(r: Rng) -> str:
        style, lang = pick(r, styles), weighted(r, langs, lang_w)
        c = counter[0]
        counter[0] += 1
        unit, lesson = c // lessons, c % lessons
        subject = subjects[unit % len(subjects)] if style == "textbook" else pick(r, subjects)
        return tx.synth(
            r, style, lang, subject, tx.cut(r, pick(r, ctx.chat), 30, 600), unit + 1, lesson + 1
        )

    accts = []
    for _ in range(n_orgs):
        org, card, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng)
        for _ in range(irange(rng, 2, 6)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 2, 5), provider),
            )
            accts.append(a)
            starts = thinned(rng, start, ctx.t1, uni(rng, 1, 4) * (ctx.t1 - start) / DAY, constant)
            ts = flat(bursts(rng, starts, uni(rng, 30, 120), uni(rng, 4, 12), 0.5, ctx.t1))
            emit_each(
                ctx,
                rng,
                a,
                ts,
                make,
                models(ctx, rng, ts, 0.95),
                comp_median=uni(rng, 1200, 2000),
                comp_sigma=0.5,
                err=0.03,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_and_curriculum",
            "pacing": "bursts",
            "ip_source": f"vpn_exit:{provider}",
            "payment": "card_per_org",
            "user_agent": "sdk_per_org",
            "languages": langs,
            "styles": styles,
            "orgs": n_orgs,
            "keys": len(accts),
            "lessons_per_unit": lessons,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest over rotating residential exits


def outseam(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "outseam"
    n_keys = irange(rng, 8, 20)
    n_orgs = (n_keys + 3) // 4
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    browsers = chance(rng, 0.4)
    script_ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11"))
    regions = subset(rng, ("us", "eu", "latam", "in", "sea", "jp_kr", "ca"), 2, 4)
    pool = [ip for reg in regions for ip in resi(rng, irange(rng, 60, 150), reg)]
    hold = uni(rng, 900, 2400)
    langs = ["en", *subset(rng, ("es", "de", "fr", "pt", "zh", "ja", "ru", "ko"), 1, 3)]
    lang_w = [3.0] + [1.0] * (len(langs) - 1)
    delay = uni(rng, 0, 6) * HOUR
    accts = []
    for k in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=camp,
            org=orgs[k % n_orgs],
            pay=cards[k % len(cards)],
            ua=pick(rng, BROWSERS) if browsers else script_ua,
            ips=pool[:1],
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(
            rng, start, ctx.t1, uni(rng, 10, 30), constant, uni(rng, 6, 14), uni(rng, 12, 30), 0.35
        )
        ts_parts, prompts = [], []
        for s in sessions:
            if not len(s):
                continue
            lang = weighted(rng, langs, lang_w)
            first = (
                pick(rng, ctx.chat)
                if lang == "en"
                else tx.casual(rng, lang, pick(rng, tx.SUBJECTS))
            )
            prompts.append(first)
            prompts.extend(tx.followup(rng, lang) for _ in range(len(s) - 1))
            ts_parts.append(s)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models(ctx, rng, ts, 0.9, delay=delay),
            ips=sticky(rng, ts, pool, hold),
            comp_median=500,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "tight_sessions_24h",
            "ip_source": "residential_proxy",
            "regions": regions,
            "payment": "few_prepaid_shared",
            "user_agent": "browsers" if browsers else script_ua,
            "languages": langs,
            "keys": n_keys,
            "orgs": n_orgs,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling


def glover(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "glover"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "digitalocean"))
    block = rented_block(rng, provider, 1, irange(rng, 4, 10))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    start = max(ctx.t0, ctx.release - uni(rng, 0, 0.5) * DAY)
    p_soft = uni(rng, 0.3, 0.6)
    ns = (4, 8, 8, 16) if chance(rng, 0.5) else (5, 10, 10, 20)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, uni(rng, 1, 4) * (ctx.t1 - start) / HOUR, constant)
        ts_parts, prompts, mdl = [], [], []
        for s in starts.tolist():
            base = pick(rng, ctx.chat) if chance(rng, 0.5) else tx.problem(rng, "en")
            if chance(rng, p_soft):
                text, n = tx.soft_label(rng, base), irange(rng, 1, 3)
            else:
                text, n = base, pick(rng, ns)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(uni(rng, 0.4, 1.5)), 0.4, size=n - 1))]
            )
            m = models(ctx, rng, [s], 0.97)[0]
            ts_parts.append(t)
            prompts.extend([text] * n)
            mdl.extend([m] * n)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[mdl[i] for i in order],
            comp_median=380,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "parallel_sample_trains",
            "ip_source": f"hosting:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "languages": ["en"],
            "samples": list(ns),
            "p_soft": round(p_soft, 3),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# parallel-corpus and code harvest from an Asian cloud region


def peccary(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "peccary"
    n_orgs = irange(rng, 1, 2)
    n_keys = irange(rng, 5, 12)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(
        rng, ("Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3", "reqwest/0.12.12")
    )
    office = chance(rng, 0.5)
    tz = pick(rng, (8, 9))
    curve = workday(tz, 9.0, 21.0, 0.6, 0.05) if office else constant
    rate = uni(rng, 40, 140)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    targets = subset(
        rng, ("zh", "ja", "ko", "vi", "th", "id", "ar", "ru", "es", "de", "fr", "hi", "tr"), 5, 10
    )
    p_code = uni(rng, 0.3, 0.6)
    delay = uni(rng, 0, 24) * HOUR
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[k % n_orgs],
            pay=cards[k % n_orgs],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for k in range(n_keys)
    ]
    pool = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    # the coordinator hands out units in time order: a source text to each target in turn, or the
    # next cell of the (task, language) code grid
    all_ts = np.concatenate(pool)
    owner = np.concatenate([np.full(len(p), k) for k, p in enumerate(pool)])
    order = np.argsort(all_ts, kind="stable")
    prompts: list[str] = []
    queue: list[str] = []
    cell = int(rng.integers(0, tx.N_CODE_TASKS * tx.N_CODE_LANGS))
    for _ in range(len(order)):
        if chance(rng, p_code):
            prompts.append(tx.code_task(rng, cell // tx.N_CODE_LANGS, cell % tx.N_CODE_LANGS))
            cell += 1
            continue
        if not queue:
            src = tx.cut(rng, pick(rng, ctx.passages), 400, 1500)
            queue = [tx.translate(rng, lg, src) for lg in subset(rng, targets, 4, 9)]
        prompts.append(queue.pop(0))
    by_key: list[list[int]] = [[] for _ in range(n_keys)]
    for j, i in enumerate(order.tolist()):
        by_key[int(owner[i])].append(j)
    ts_sorted = all_ts[order]
    for k, a in enumerate(accts):
        idx = by_key[k]
        ts = ts_sorted[idx]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in idx],
            models=models(ctx, rng, ts, 0.9, delay=delay),
            comp_median=800,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_and_code_harvest",
            "pacing": "worker_pool_office" if office else "worker_pool_constant",
            "ip_source": f"cloud:{provider}",
            "payment": "card_per_org",
            "user_agent": ua,
            "languages": ["en", *targets],
            "keys": n_keys,
            "orgs": n_orgs,
            "p_code": round(p_code, 3),
            "switch_delay_h": round(delay / HOUR, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay by small "companies" on office lines


def capeskin(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "capeskin"
    n_orgs = irange(rng, 3, 6)
    perm = rng.permutation(len(ctx.chat)).tolist()
    ptr = [0]

    def make(r: Rng) -> str:
        text = ctx.chat[perm[ptr[0] % len(perm)]]
        ptr[0] += 1
        return text

    p_new = uni(rng, 0.45, 0.65)
    delay = uni(rng, 0, 1) * DAY
    accts, tzs = [], []
    for _ in range(n_orgs):
        tz = pick(rng, TZS)
        tzs.append(tz)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        day = workday(tz, uni(rng, 8, 10), uni(rng, 17, 19))
        for _ in range(irange(rng, 3, 7)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replay_key",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=sdk_ua(rng, 0.7),
                ips=office,
                tz=tz,
            )
            accts.append(a)
            onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
            ts = thinned(
                rng,
                onboard,
                ctx.t1,
                irange(rng, 50, 250) * (ctx.t1 - onboard) / (ctx.t1 - ctx.t0),
                day,
            )
            emit_each(
                ctx,
                rng,
                a,
                ts,
                make,
                models(ctx, rng, ts, p_new, delay=delay, p_mini=0.15),
                comp_median=350,
                comp_sigma=0.6,
                err=0.01,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours",
            "ip_source": "office_broadband",
            "payment": "company_card_per_org",
            "user_agent": "common_sdks",
            "languages": ["as_in_public_set"],
            "orgs": n_orgs,
            "keys": len(accts),
            "tzs": tzs,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden in a real consumer product's traffic


def nappa(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "nappa"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = uni(rng, 13, 20)
    load = global_load(peak, uni(rng, 0.5, 0.8))
    per_day = uni(rng, 400, 1100)
    share = uni(rng, 0.2, 0.35)
    dev_tz = pick(rng, TZS)
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_backend",
        campaign_id=camp,
        org=org,
        pay=card,
        ua=ua,
        ips=cloud(rng, irange(rng, 2, 4), provider),
    )
    keys = [prod]
    if chance(rng, 0.6):
        keys.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="product_backend",
                campaign_id=camp,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
        )
    staging = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging",
        campaign_id=camp,
        org=org,
        pay=card,
        ua=ua,
        ips=cloud(rng, 1, provider),
    )
    keys.append(staging)
    split = uni(rng, 0.55, 0.8)

    def product(r: Rng) -> str:
        return pick(r, ctx.chat)

    def harvest(r: Rng) -> str:
        u = r.random()
        if u < 0.4:
            return tx.human_reasoning(r, "en")
        if u < 0.6:
            return tx.reasoning(r, "teacher", "en", tx.problem(r, "en"))
        return tx.with_format(r, tx.domain_ask(r))

    backends = keys[:-1]
    for i, a in enumerate(backends):
        frac = (
            split if (len(backends) == 2 and i == 0) else (1 - split if len(backends) == 2 else 1.0)
        )
        ts = thinned(rng, ctx.t0, ctx.t1, frac * per_day * (ctx.t1 - ctx.t0) / DAY, load)
        emit_each(
            ctx,
            rng,
            a,
            ts,
            product,
            models(ctx, rng, ts, 0.3, delay=DAY, p_mini=0.25),
            comp_median=330,
            err=0.01,
        )
        h_pre = thinned(
            rng, ctx.t0, ctx.release, 0.05 * frac * per_day * (ctx.release - ctx.t0) / DAY, load
        )
        h_post = thinned(
            rng,
            ctx.release,
            ctx.t1,
            share / (1 - share) * frac * per_day * (ctx.t1 - ctx.release) / DAY,
            load,
        )
        ts = flat([h_pre, h_post])
        emit_each(
            ctx,
            rng,
            a,
            ts,
            harvest,
            models(ctx, rng, ts, 0.95),
            comp_median=900,
            comp_sigma=0.5,
            err=0.01,
        )
    ts = thinned(rng, ctx.t0, ctx.t1, uni(rng, 15, 50) * (ctx.t1 - ctx.t0) / DAY, workday(dev_tz))
    emit_each(
        ctx,
        rng,
        staging,
        ts,
        lambda r: product(r) if chance(r, 0.7) else harvest(r),
        models(ctx, rng, ts, 0.5),
        comp_median=350,
    )
    ctx.campaign(
        camp,
        fam,
        keys,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "global_product_load",
            "ip_source": f"cloud:{provider}",
            "payment": "corporate_card",
            "user_agent": ua,
            "languages": ["en", "as_in_product"],
            "harvest_share_post_release": round(share, 3),
            "product_events_per_day": round(per_day, 1),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts taken over around the release


def chamois(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "chamois"
    n = irange(rng, 15, 30)
    accts = []
    keep_ua = uni(rng, 0.4, 0.8)

    def owner(r: Rng) -> str:
        return pick(r, ctx.chat)

    for _ in range(n):
        tz = pick(rng, TZS)
        ua = person_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = min(ctx.t1 - 6 * HOUR, max(ctx.t0 + DAY, ctx.release + uni(rng, -1.0, 1.0) * DAY))
        ts = flat(
            session_times(rng, ctx.t0, take, uni(rng, 0.3, 1.5), evening_person(tz), 2.5, 90.0)
        )
        emit_each(ctx, rng, a, ts, owner, models(ctx, rng, ts, 0.17, p_mini=0.2), comp_median=350)
        lang = lang_for(rng, tz)
        p_local = uni(rng, 0.3, 0.7)

        def operator(r: Rng, lang: str = lang, p_local: float = p_local) -> str:
            u = r.random()
            if u < 0.5:
                return tx.with_format(r, tx.domain_ask(r))
            lg = lang if chance(r, p_local) else "en"
            if u < 0.75:
                return tx.with_format(r, tx.casual(r, lg, pick(r, tx.SUBJECTS)))
            return tx.human_reasoning(r, lg)

        pool = home(rng, irange(rng, 8, 30), tz)
        ts = flat(
            session_times(
                rng,
                take,
                ctx.t1,
                uni(rng, 2, 6),
                evening_person(tz),
                uni(rng, 6, 12),
                uni(rng, 25, 50),
                0.6,
            )
        )
        ts = cap(rng, ts, irange(rng, 40, 150))
        op_ua = ua if chance(rng, keep_ua) else sdk_ua(rng)
        emit_each(
            ctx,
            rng,
            a,
            ts,
            operator,
            models(ctx, rng, ts, 0.75),
            ips=sticky(rng, ts, pool, HOUR),
            ua=op_ua,
            comp_median=600,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "person_sessions_after_takeover",
            "ip_source": "residential_proxy_same_region",
            "payment": "original_owner_cards",
            "user_agent": "owner_browser_or_sdk",
            "languages": ["local", "en"],
            "accounts": n,
            "p_keep_owner_ua": round(keep_ua, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow person-like crowd covering a topic taxonomy


def kidskin(ctx: Ctx, rng: Rng, camp: str) -> None:
    fam = "kidskin"
    n = irange(rng, 40, 80)
    group = irange(rng, 1, 3)
    cards = [hexid(rng, "pay") for _ in range((n + group - 1) // group)]
    per_acct = irange(rng, 3, 6)
    accts = []
    for k in range(n):
        tz = pick(rng, TZS)
        pool = resi(rng, irange(rng, 3, 10), region_for(rng, tz))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            pay=cards[k // group],
            ua=person_ua(rng, 0.45),
            ips=pool[:1],
            tz=tz,
        )
        accts.append(a)
        mine = [tx.SUBJECTS[(k * per_acct + j) % len(tx.SUBJECTS)] for j in range(per_acct)]
        lang = lang_for(rng, tz)

        def make(r: Rng, mine: list[str] = mine, lang: str = lang) -> str:
            lg = lang if chance(r, 0.7) else "en"
            if chance(r, 0.2):
                return tx.human_reasoning(r, lg)
            return tx.with_format(r, tx.casual(r, lg, pick(r, mine)))

        onboard = jitter_start(rng, max(ctx.t0, ctx.release - 1.5 * DAY), ctx.t1, 0.7)
        end = min(ctx.t1, onboard + uni(rng, 1.5, 4.0) * DAY)
        ts = flat(
            session_times(
                rng,
                onboard,
                end,
                uni(rng, 0.8, 2.5),
                evening_person(tz),
                uni(rng, 2.5, 6),
                uni(rng, 40, 120),
            )
        )
        ts = cap(rng, ts, irange(rng, 8, 45))
        if not len(ts):  # every sign-up asks something
            ts = onboard + np.cumsum(rng.lognormal(np.log(60.0), 0.6, size=irange(rng, 2, 5)))
        emit_each(
            ctx,
            rng,
            a,
            ts,
            make,
            models(ctx, rng, ts, 0.7),
            ips=sticky(rng, ts, pool, 1800.0),
            comp_median=550,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_slow_crowd_topic_coverage",
            "pacing": "person_sessions",
            "ip_source": "residential_proxy",
            "payment": f"prepaid_card_per_{group}_accounts",
            "user_agent": "browsers_and_phones",
            "languages": ["local_by_tz", "en"],
            "accounts": n,
            "subjects_per_account": per_acct,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "trank": trank,
    "fourchette": fourchette,
    "quirk": quirk,
    "gauntlet": gauntlet,
    "prixseam": prixseam,
    "outseam": outseam,
    "glover": glover,
    "peccary": peccary,
    "capeskin": capeskin,
    "nappa": nappa,
    "chamois": chamois,
    "kidskin": kidskin,
}
