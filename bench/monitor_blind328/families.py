"""Campaign families of blind batch 328 (code names from the accordion).

Each family is `fn(ctx, rng, campaign_id)`: it draws everything from its own generator (seeded by
`build_batch` from (seed, salt, 1, index)), opens accounts through `ctx.account`, writes events with
`ctx.emit` and records one campaign with `ctx.campaign`. Draws happen in list order only (no set
walks, no `hash()`), so a seed gives the same batch in every process.

Hard by design: `polka`, `cassotto`, `tremolo`, `vallenato` (and, to a lesser degree, `stradella`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    COUNTRIES,
    DAY,
    HOUR,
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
from bench.monitor_blind328 import texts

Rng = np.random.Generator

#: user agents seen in the simulator's own background traffic (the common ones)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
BG_BROWSERS = BG_UAS[2:4]
IDE_UAS = (
    "Continue/0.9.250 (vscode 1.96.2)",
    "JetBrains-AI/243.22562 (IntelliJ IDEA)",
    "cursor-proxy/0.44 node/20.11",
    "OpenAI/Python 1.58.1",
)
#: where speakers of a language plausibly live (UTC offsets the address map knows)
TZ_OF_LANG = {
    "en": (-8, -5, 0),
    "es": (-3, 1),
    "pt": (-3,),
    "de": (1,),
    "fr": (1,),
    "ja": (9,),
    "zh": (8,),
    "ru": (3,),
    "hi": (5,),
    "id": (8,),
    "vi": (8,),
    "tr": (3,),
    "ar": (3,),
    "ko": (9,),
}


# --------------------------------------------------------------------------------------------
# helpers


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def subset(rng: Rng, items: Sequence, lo: int, hi: int) -> list:
    """A random subset of lo..hi items, kept in the original order."""
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.permutation(len(items))[:k].tolist())]


def ids(rng: Rng, n: int, prefix: str) -> list[str]:
    return [hexid(rng, prefix) for _ in range(n)]


def layout(rng: Rng, n: int, n_distinct: int, prefix: str) -> list[str]:
    """n slots filled from n_distinct ids (round robin after a shuffle)."""
    pool = ids(rng, max(1, n_distinct), prefix)
    order = rng.permutation(n).tolist()
    return [pool[order[i] % len(pool)] for i in range(n)]


def concat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def models_by_group(
    ctx: Ctx, rng: Rng, ts: np.ndarray, group: np.ndarray, p_new: float, p_mini: float = 0.03
) -> list[str]:
    """One model per group of events (copies of one job share the model)."""
    uniq, inv = np.unique(group, return_inverse=True)
    first_ts = np.full(len(uniq), np.inf)
    np.minimum.at(first_ts, inv, ts)
    per_group = ctx.models(rng, first_ts, p_new=p_new, p_mini=p_mini)
    return [per_group[i] for i in inv.tolist()]


def camp_account(ctx: Ctx, rng: Rng, family: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a hosting worker pool


def bandoneon(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bandoneon"
    n = irange(rng, 14, 30)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "m247"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    n_orgs = pick(rng, (1, 1, irange(rng, 2, 4), n))
    n_cards = pick(rng, (1, 1, irange(rng, 2, 3)))
    orgs, pays = layout(rng, n, n_orgs, "org"), layout(rng, n, n_cards, "pay")
    uas = [sdk_ua(rng, 0.4) for _ in range(irange(rng, 1, 2))]
    langs = ["en"] + subset(rng, ["zh", "es", "ru", "de"], 1, 3)
    lang_w = [3.0] + [float(rng.uniform(0.5, 2.0)) for _ in langs[1:]]
    styles = subset(rng, sorted(texts.REASONING_STYLES), 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate_pre = float(rng.uniform(35, 90))
    rate_post = rate_pre * float(rng.uniform(1.5, 2.6))
    accts = [
        camp_account(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i],
            pay=pays[i],
            ua=pick(rng, uas),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    pre = worker_pool(rng, start, ctx.release, rate_pre, n)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate_post, n)
    for i, a in enumerate(accts):
        ts = concat([pre[i], post[i]])
        prompts = [
            texts.reasoning_prompt(rng, pick(rng, styles), weighted(rng, langs, lang_w)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool_24h_with_release_ramp",
            "ip_source": f"rented_block:{provider}",
            "payment": f"{n_cards}_prepaid_cards",
            "orgs": n_orgs,
            "user_agents": uas,
            "languages": langs,
            "styles": styles,
            "rate_per_hour": [rate_pre, rate_post],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts, one stolen card per key


def concertina(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "concertina"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0"))
    styles = subset(rng, ["pairwise", "rubric", "scalar", "critique"], 2, 4)
    langs = ["en"] + subset(rng, ["de", "ja"], 0, 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_day = float(rng.uniform(3, 7))
    size = float(rng.uniform(25, 70))
    accts = []
    for _ in range(n):
        a = camp_account(
            ctx, rng, fam, cid, "grader", ua=ua, ips=cloud(rng, irange(rng, 1, 2), provider)
        )
        accts.append(a)
        first = start + float(rng.uniform(0, 1.5)) * DAY
        starts = thinned(rng, first, ctx.t1, per_day * (ctx.t1 - first) / DAY, constant)
        ts = concat(bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.6))
        style = pick(rng, styles)
        prompts = [
            texts.judge_prompt(
                rng,
                style if chance(rng, 0.7) else pick(rng, styles),
                weighted(rng, langs, [4.0] + [1.0] * (len(langs) - 1)),
                ctx.chat,
                ctx.passages,
            )
            for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.88), comp_median=260, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": f"bursts_{per_day:.1f}_per_day_size_{size:.0f}",
            "ip_source": f"cloud:{provider}",
            "payment": "one_stolen_card_per_key",
            "orgs": n,
            "user_agents": [ua],
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through shared VPN exits


def melodeon(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "melodeon"
    n = irange(rng, 8, 20)
    vpn = subset(rng, ["m247", "leaseweb", "ovh", "vultr"], 1, 2)
    pool = [ip for p in vpn for ip in cloud(rng, irange(rng, 10, 25), p)]
    n_cards = irange(rng, 2, 4)
    pays = layout(rng, n, n_cards, "pay")
    tz = pick(rng, (8, 3))
    langs = ["zh", "en", "ru", "ar"]
    lang_w = [float(x) for x in rng.dirichlet([4, 3, 1.5, 1])]
    styles = subset(rng, ["safe_reply", "rewrite", "label_and_reply", "refusal_softening"], 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    curve = workday(tz, start=9.0, end=22.0, weekend=0.5, night=0.05)
    accts = []
    for i in range(n):
        a = camp_account(
            ctx, rng, fam, cid, "rewriter", pay=pays[i], ua=pick(rng, BROWSERS), ips=pool
        )
        accts.append(a)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 6)),
            curve,
            float(rng.uniform(15, 35)),
            float(rng.uniform(6, 18)),
            0.5,
        )
        ts = concat(sess)
        prompts = [
            texts.policy_prompt(rng, pick(rng, styles), weighted(rng, langs, lang_w), ctx.passages)
            for _ in ts
        ]
        ips = sticky(rng, ts, pool, float(rng.uniform(600, 2400)))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips, comp_median=420
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": f"operator_shifts_utc{tz:+d}",
            "ip_source": "vpn_exits:" + "+".join(vpn),
            "payment": f"{n_cards}_prepaid_cards_shared",
            "orgs": n,
            "user_agents": "spoofed_browser_per_key",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectory harvest


def musette(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "musette"
    n = irange(rng, 4, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1"))
    accts = [
        camp_account(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 12))
    eps = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n, size=len(eps)).tolist()
    tool_names = sorted(texts.TOOLS)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for t, k in zip(eps.tolist(), who, strict=True):
        lang = weighted(rng, ("en", "zh", "es"), (0.75, 0.15, 0.1))
        task = texts.agent_task(rng, lang)
        tools = subset(rng, tool_names, 3, 6)
        style = pick(rng, ("react", "json"))
        steps = irange(rng, 3, 14)
        times = t + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(4.5), 0.7, size=steps - 1))]
        )
        for s in range(steps):
            per[k][0].append(float(times[s]))
            per[k][1].append(texts.agent_step(rng, style, task, s, tools))
            per[k][2].append(350 + 380 * s + irange(rng, 0, 200))
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=0.9),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=170,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": f"episodes_{rate:.0f}_per_hour_steps_3_14",
            "ip_source": "cloud:aws_autoscaled",
            "payment": "one_business_card",
            "orgs": 1,
            "user_agents": [ua],
            "languages": ["en", "zh", "es"],
            "styles": ["react", "json"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly jobs


def squeezebox(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "squeezebox"
    n = irange(rng, 18, 40)
    provider = pick(rng, ("contabo", "hetzner", "ovh"))
    block = rented_block(rng, provider, irange(rng, 1, 2), max(8, n // 2))
    n_orgs = irange(rng, 3, 6)
    orgs = layout(rng, n, n_orgs, "org")
    org_names = sorted(dict.fromkeys(orgs))
    card_of = {o: hexid(rng, "pay") for o in org_names}
    tz = pick(rng, (8, 3, 1, -5))
    window = float(rng.uniform(5, 9))
    start_h = float(rng.uniform(0, 4))
    curve = nightly(start_h, window, tz)
    langs = ["en"] + subset(rng, ["es", "pt", "id", "vi", "tr", "fr"], 2, 4)
    lang_w = [2.5] + [1.0] * (len(langs) - 1)
    styles = ["instruct_jsonl", "persona_qa", "dialogue", "seeded"]
    style_w = [float(x) for x in rng.dirichlet([2, 2, 2, 1])]
    ua = sdk_ua(rng, 0.3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_key = float(rng.uniform(1.5, 4.0)) * 24 / window  # per hour while the window is open
    accts = []
    for i in range(n):
        a = camp_account(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=orgs[i],
            pay=card_of[orgs[i]],
            ua=ua,
            ips=[pick(rng, block)],
        )
        accts.append(a)
        ts = thinned(rng, start, ctx.t1, per_key * window / 24 * (ctx.t1 - start) / HOUR, curve)
        prompts = [
            texts.dataset_prompt(
                rng, weighted(rng, styles, style_w), weighted(rng, langs, lang_w), ctx.chat
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1500,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": f"nightly_{window:.1f}h_from_{start_h:.1f}_utc{tz:+d}",
            "ip_source": f"rented_block:{provider}",
            "payment": "one_prepaid_card_per_org",
            "orgs": n_orgs,
            "user_agents": [ua],
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n sampling of replayed public prompts


def stradella(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stradella"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("azure", "oracle", "gcp"))
    n_cards = irange(rng, 2, 3)
    pays = layout(rng, n, n_cards, "pay")
    k = irange(rng, 4, 8)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(8, 18))
    accts = [
        camp_account(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n)
    ]
    jobs = worker_pool(rng, start, ctx.t1, rate, n)
    for a, jt in zip(accts, jobs, strict=True):
        ts, prompts, group = [], [], []
        for j, t in enumerate(jt.tolist()):
            p = texts.short_chat(rng, ctx.chat, 1500)
            m = max(2, k + irange(rng, -1, 1))
            times = t + np.cumsum(rng.exponential(0.35, size=m))
            ts.extend(times.tolist())
            prompts.extend([p] * m)
            group.extend([j] * m)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=models_by_group(ctx, rng, ts_a, np.asarray(group), 0.92),
            comp_median=420,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling_public_prompt_replay",
            "pacing": f"worker_pool_{rate:.0f}_jobs_per_hour",
            "samples_per_prompt": k,
            "ip_source": f"cloud:{provider}",
            "payment": f"{n_cards}_cards_shared",
            "orgs": n,
            "user_agents": [ua],
            "languages": ["sharegpt"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest by a low-and-slow, person-like crowd on residential proxies (hard)


def polka(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "polka"
    n = irange(rng, 50, 90)
    langs = ["en", "es", "pt", "de", "fr", "ja"]
    lang_w = [float(x) for x in rng.dirichlet([6, 2, 2, 1.5, 1.5, 1])]
    p_new = float(rng.uniform(0.5, 0.7))
    accts = []
    for _ in range(n):
        lang = weighted(rng, langs, lang_w)
        tz = pick(rng, TZ_OF_LANG[lang])
        ua = pick(rng, BROWSERS + BG_BROWSERS)
        a = camp_account(
            ctx, rng, fam, cid, "crowd_member", ua=ua, ips=home(rng, irange(rng, 2, 4), tz), tz=tz
        )
        accts.append(a)
        onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        low = chance(rng, 0.15)
        sess = session_times(
            rng,
            onboard,
            ctx.t1,
            0.4 if low else float(rng.uniform(1.2, 3.2)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(35, 110)),
        )
        ts, prompts, ips, hist = [], [], [], []
        for s in sess:
            ip = pick(rng, a.ips)
            last = ""
            for j in range(len(s)):
                if j == 0:
                    p = texts.opener(rng, lang, ctx.chat)
                else:
                    p = texts.followup(rng, lang)
                    if p == last:
                        p = texts.followup(rng, lang)
                last = p
                prompts.append(p)
                ips.append(ip)
                hist.append(min(160 * j + (irange(rng, 40, 400) if j else 0), 2400))
            ts.extend(s.tolist())
        if not ts:
            t = float(rng.uniform(onboard, ctx.t1))
            ts, prompts, ips, hist = [t], [texts.opener(rng, lang, ctx.chat)], [a.ips[0]], [0]
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=p_new),
            ips=ips,
            comp_median=560,
            extra=np.asarray(hist, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions_evening_local",
            "ip_source": "residential_proxies_matching_tz",
            "payment": "one_gift_card_per_account",
            "orgs": n,
            "user_agents": "browsers",
            "languages": langs,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a slow, steady rate from an office line


def zydeco(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "zydeco"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 1, -3, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = sdk_ua(rng, 0.6)
    items = texts.curriculum_items()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    lang_pool = ["en", "en", "fr", "pt", "hi", "es"]
    accts, plan = [], []
    for _ in range(n):
        a = camp_account(ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        accts.append(a)
        lang = pick(rng, lang_pool)
        plan.append(lang)
        rate = float(rng.uniform(5, 12))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        offset = irange(rng, 0, len(items) - 1)
        style_cycle = ["lesson", "socratic", "flashcards"] if lang == "en" else ["lesson"]
        prompts = []
        for j in range(len(ts)):
            pos = offset + j
            it = items[pos % len(items)]
            p = texts.curriculum_prompt(
                rng, it, style_cycle[(pos // len(items)) % len(style_cycle)], lang
            )
            rnd = pos // len(items)
            if rnd:
                p += pick(
                    rng,
                    (
                        f" Use a different example than in round {rnd}.",
                        f" Set the example in {pick(rng, COUNTRIES)}.",
                        " Make the practice questions harder.",
                    ),
                )
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=900,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_24h",
            "ip_source": f"office_broadband_utc{tz:+d}",
            "payment": "one_card",
            "orgs": 1,
            "user_agents": [ua],
            "languages": plan,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest dressed as a localisation shop (hard)


def vallenato(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "vallenato"
    n = irange(rng, 4, 8)
    n_orgs = pick(rng, (1, 1, 2))
    orgs = layout(rng, n, n_orgs, "org")
    org_names = sorted(dict.fromkeys(orgs))
    card_of = {o: hexid(rng, "pay") for o in org_names}
    tz = pick(rng, (0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = "OpenAI/Python 1.54.0" if chance(rng, 0.6) else sdk_ua(rng)
    targets = subset(
        rng,
        [
            "es",
            "de",
            "fr",
            "pt",
            "it",
            "ja",
            "zh",
            "ko",
            "ru",
            "tr",
            "ar",
            "id",
            "pl",
            "nl",
            "vi",
            "th",
            "hi",
            "uk",
            "sv",
        ],
        5,
        9,
    )
    style = irange(rng, 0, 3)
    curve = workday(tz, start=7.5, end=19.5, weekend=0.25, night=0.06)
    docs_per_hour = float(rng.uniform(3, 7))
    accts = [
        camp_account(
            ctx,
            rng,
            fam,
            cid,
            "translator",
            org=orgs[i],
            pay=card_of[orgs[i]],
            ua=ua,
            ips=office,
            tz=tz,
        )
        for i in range(n)
    ]
    doc_ts = thinned(
        rng,
        ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
        ctx.t1,
        docs_per_hour * (ctx.t1 - ctx.t0) / HOUR,
        curve,
    )
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n)]
    for t in doc_ts.tolist():
        src = (
            pick(rng, ctx.passages) if chance(rng, 0.85) else texts.short_chat(rng, ctx.chat, 2000)
        )
        text = texts.clip(src, rng, 400, 2200)
        langs = subset(rng, targets, max(3, len(targets) - 2), len(targets))
        for lg in langs:
            k = int(rng.integers(n))
            per[k][0].append(t + float(rng.exponential(900)))
            per[k][1].append(texts.translate_prompt(rng, style, text, lg))
            per[k][2].append(max(60.0, len(text) / 3.2))
    for a, (ts, prompts, comp) in zip(accts, per, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=0.55),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus_harvest",
            "pacing": f"office_hours_utc{tz:+d}",
            "ip_source": "office_broadband",
            "payment": "one_corporate_card_per_org",
            "orgs": n_orgs,
            "user_agents": [ua],
            "languages": ["en"] + targets,
            "styles": [style],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. harvest hidden inside a real consumer product's traffic (hard)


def cassotto(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cassotto"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    backend = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    accts = [
        camp_account(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=backend)
        for _ in range(n)
    ]
    peak = float(rng.uniform(12, 20))
    product_rate = float(rng.uniform(30, 80))
    share = float(rng.uniform(0.15, 0.35))
    h_start = ctx.t0 + float(rng.uniform(0.1, 0.6)) * (ctx.t1 - ctx.t0)
    prod = thinned(
        rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6)
    )
    harv = thinned(
        rng,
        h_start,
        ctx.t1,
        product_rate * share / (1 - share) * (ctx.t1 - h_start) / HOUR,
        global_load(peak, 0.3),
    )
    p_prod = [pick(rng, ctx.chat) for _ in range(len(prod))]
    p_harv = [texts.expert_question(rng) for _ in range(len(harv))]
    m_prod = ctx.models(rng, prod, p_new=0.3, p_mini=0.2)
    m_harv = ctx.models(rng, harv, p_new=0.85, p_mini=0.0)
    ts = np.concatenate([prod, harv])
    prompts = p_prod + p_harv
    models = m_prod + m_harv
    comp = np.concatenate([np.full(len(prod), 300.0), np.full(len(harv), 850.0)])
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        sel = sel[np.argsort(ts[sel], kind="stable")]
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            comp_median=comp[sel],
            comp_sigma=0.6,
            err=0.012,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": f"global_load_peak_{peak:.0f}utc",
            "harvest_share": share,
            "harvest_start": h_start,
            "ip_source": f"cloud:{provider}_backend",
            "payment": "one_company_card",
            "orgs": 1,
            "user_agents": [ua],
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. bought / compromised aged accounts, harvested through a residential proxy pool (hard)


def tremolo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tremolo"
    n = irange(rng, 25, 45)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 30, 80), region)
    keep_ua = chance(rng, 0.5)
    op_ua = sdk_ua(rng, 0.5)
    op_tz = pick(rng, (8, 3))
    rate = float(rng.uniform(1.5, 4.5))  # harvest requests per hour per account once taken over
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -5, 0, 1, 2, -3, 9))
        owner_ua = pick(rng, BG_UAS + BROWSERS[:2])
        a = camp_account(
            ctx, rng, fam, cid, "aged_account", ua=owner_ua, ips=home(rng, 1, tz), tz=tz
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.2, 0.4)) * DAY
        takeovers.append(take)
        dormant = chance(rng, 0.5)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own_end = take if dormant else ctx.t1
        own = concat(
            session_times(
                rng,
                ctx.t0,
                own_end,
                0.25 if dormant else float(rng.uniform(0.6, 2.0)),
                curve,
                3.0,
                50.0,
            )
        )
        own_p = [texts.short_chat(rng, ctx.chat, 1500) for _ in own]
        if len(own):
            ctx.emit(
                rng,
                a,
                own,
                own_p,
                models=ctx.models(rng, own, p_new=0.2, p_mini=0.1),
                comp_median=320,
            )
        hv = thinned(
            rng,
            take,
            ctx.t1,
            rate * (ctx.t1 - take) / HOUR,
            workday(op_tz, start=8, end=23, weekend=0.6, night=0.2),
        )
        hv_p = []
        for _ in hv:
            u = rng.random()
            if u < 0.3:
                hv_p.append(texts.reasoning_prompt(rng, pick(rng, ("primed", "tutor")), "en"))
            elif u < 0.7:
                hv_p.append(texts.expert_question(rng))
            else:
                hv_p.append(
                    texts.code_prompt(
                        rng,
                        pick(rng, ("spec", "issue")),
                        pick(rng, texts.CODE_TASKS),
                        pick(rng, texts.CODE_LANGS),
                        0,
                    )
                )
        ctx.emit(
            rng,
            a,
            hv,
            hv_p,
            models=ctx.models(rng, hv, p_new=0.9, p_mini=0.0),
            ips=sticky(rng, hv, pool, float(rng.uniform(600, 1800))),
            ua=owner_ua if keep_ua else op_ua,
            comp_median=950,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": f"{rate:.1f}_per_hour_per_account_after_takeover",
            "takeover_ts": [float(x) for x in takeovers],
            "operator_tz": op_tz,
            "ip_source": f"residential_proxy_pool:{region}",
            "payment": "original_owners_cards",
            "orgs": n,
            "user_agents": "owner" if keep_ua else op_ua,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code harvest by a "dev shop" on office lines, long working days


def reed(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "reed"
    n = irange(rng, 10, 20)
    n_orgs = pick(rng, (1, 2))
    orgs = layout(rng, n, n_orgs, "org")
    org_names = sorted(dict.fromkeys(orgs))
    card_of = {o: hexid(rng, "pay") for o in org_names}
    tz = pick(rng, (8, 3, 5, 2))
    nat_of = {o: home(rng, irange(rng, 1, 2), tz) for o in org_names}
    curve = workday(tz, start=9.0, end=21.5, weekend=0.35, night=0.03)
    styles = subset(rng, ["spec", "issue", "port", "zh", "tiers"], 3, 5)
    pairs = [(t, lg) for t in texts.CODE_TASKS for lg in texts.CODE_LANGS]
    order = rng.permutation(len(pairs)).tolist()
    cursor = 0
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for i in range(n):
        ua = pick(rng, IDE_UAS)
        a = camp_account(
            ctx,
            rng,
            fam,
            cid,
            "developer_seat",
            org=orgs[i],
            pay=card_of[orgs[i]],
            ua=ua,
            ips=nat_of[orgs[i]],
            tz=tz,
        )
        accts.append(a)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * 12 / 24 * (ctx.t1 - start) / HOUR, curve
        )
        prompts = []
        for _ in ts:
            task, lg = pairs[order[cursor % len(pairs)]]
            prompts.append(texts.code_prompt(rng, pick(rng, styles), task, lg, 1000 + cursor))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1300,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_solution_harvest",
            "pacing": f"long_workdays_utc{tz:+d}",
            "ip_source": "office_nat",
            "payment": "one_card_per_org",
            "orgs": n_orgs,
            "user_agents": list(IDE_UAS),
            "languages": ["en", "zh"] if "zh" in styles else ["en"],
            "styles": styles,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "bandoneon": bandoneon,
    "concertina": concertina,
    "melodeon": melodeon,
    "musette": musette,
    "squeezebox": squeezebox,
    "stradella": stradella,
    "polka": polka,
    "zydeco": zydeco,
    "vallenato": vallenato,
    "cassotto": cassotto,
    "tremolo": tremolo,
    "reed": reed,
}
