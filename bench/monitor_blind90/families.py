"""Campaign families of the ninetieth blind batch (code names from fencing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records itself with `ctx.campaign`. Every parameter (account
counts, volumes, pacing, address sources, languages, prompt styles) is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
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
    multi_office,
    nightly,
    pick,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind90 import texts as tx

LABEL = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _sub(rng: np.random.Generator, seq, k: int) -> list:
    return tx._sample(rng, list(seq), k)


def _weights(rng: np.random.Generator, k: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _choose(rng: np.random.Generator, items: list, w: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _surge(release: float, low: float, base=constant):
    """`base`, scaled down to `low` before the new model's release (a harvest that grows with it)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return base(ts) * np.where(np.asarray(ts) < release, low, 1.0)

    return f


# --------------------------------------------------------------------------------------------


def ballestra(ctx, rng, camp: str) -> None:
    """Reasoning-trace coercion from a worker pool on rented cloud capacity."""
    name = "ballestra"
    n = irange(rng, 22, 32)
    langs = ["en"] + _sub(
        rng, ("zh", "ru", "ko", "ja", "es", "vi", "ar", "de", "fr", "pt"), irange(rng, 1, 3)
    )
    lw = _weights(rng, len(langs))
    styles = _sub(rng, tx.TRACE_STYLES, irange(rng, 2, 4))
    sw = _weights(rng, len(styles))
    provs = _sub(rng, providers(), irange(rng, 1, 3))
    ip_mode = pick(rng, ("rented_block", "cloud_spread", "block_plus_spread"))
    if ip_mode == "cloud_spread":
        pool = [ip for p in provs for ip in cloud(rng, irange(rng, 6, 20), p)]
    else:
        pool = rented_block(rng, provs[0], irange(rng, 2, 5), irange(rng, 3, 8))
        if ip_mode == "block_plus_spread":
            pool += cloud(rng, irange(rng, 5, 15), pick(rng, provs))
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 6))]
    ua_mode = pick(rng, ("one", "per_account", "rotating"))
    ua_one = sdk_ua(rng)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(28, 70))
    low = float(rng.uniform(0.35, 0.8))
    base = (
        global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.5)))
        if chance(rng, 0.5)
        else constant
    )
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, _surge(ctx.release, low, base))
    p_new = float(rng.uniform(0.88, 0.99))
    comp = float(rng.uniform(900, 1700))
    accts = []
    for i in range(n):
        ips = tx._sample(rng, pool, irange(rng, 1, 3))
        ua = ua_one if ua_mode == "one" else sdk_ua(rng, 0.3)
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="worker",
            campaign_id=camp,
            pay=pick(rng, pays),
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts = streams[i]
        prompts = [
            tx.reasoning_trace(rng, s, lg)
            for s, lg in zip(
                _choose(rng, styles, sw, len(ts)), _choose(rng, langs, lw, len(ts)), strict=True
            )
        ]
        uas = [sdk_ua(rng, 0.3) for _ in ts] if ua_mode == "rotating" else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ua=uas,
            comp_median=comp,
            comp_sigma=0.45,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": per_hour,
            "pre_release_level": low,
            "ip_source": ip_mode,
            "providers": provs,
            "payment_cards": len(pays),
            "user_agent": ua_mode,
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


def fleche_attack(ctx, rng, camp: str) -> None:
    """Rubric and preference grading: reward-model training labels from the frontier model."""
    name = "fleche_attack"
    n = irange(rng, 10, 16)
    tz = pick(rng, (8, 9, 3, -5, 1, 5))
    pacing = pick(rng, ("workday", "two_offices", "constant"))
    curve = {
        "workday": workday(tz),
        "two_offices": multi_office([tz, pick(rng, TZS)]),
        "constant": constant,
    }[pacing]
    per_hour = float(rng.uniform(14, 34))
    styles = _sub(rng, tx.GRADE_STYLES, irange(rng, 2, 4))
    sw = _weights(rng, len(styles))
    med = {
        "pointwise": 420,
        "pairwise": 380,
        "critique_revise": 900,
        "json_multi": 180,
        "likert_short": 220,
        "ranking": 450,
    }
    provs = _sub(rng, providers(), irange(rng, 1, 2))
    pay_mode = pick(rng, ("single", "per_account", "two_cards"))
    pays = [hexid(rng, "pay") for _ in range(2)]
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    ua = pick(
        rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1", "litellm/1.60.2")
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    p_new = float(rng.uniform(0.75, 0.97))
    accts = []
    for i in range(n):
        pay = (
            pays[0]
            if pay_mode == "single"
            else (pick(rng, pays) if pay_mode == "two_cards" else None)
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
            tz=tz,
        )
        accts.append(a)
        ts = streams[i]
        st = _choose(rng, styles, sw, len(ts))
        prompts = [tx.grading(rng, s, ctx.chat, ctx.passages) for s in st]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=np.array([med[s] for s in st], dtype=float),
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "rubric_grading",
            "pacing": pacing,
            "tz": tz,
            "per_hour": per_hour,
            "styles": styles,
            "ip_source": "cloud",
            "providers": provs,
            "payment": pay_mode,
            "shared_org": org is not None,
            "user_agent": ua,
            "languages": ["en"],
        },
    )


def prise_de_fer(ctx, rng, camp: str) -> None:
    """Publication-safe rewrites and refusal data; accounts churned one after another behind
    residential proxies."""
    name = "prise_de_fer"
    n = irange(rng, 18, 28)
    regions_ = _sub(rng, ("us", "eu", "sea", "jp_kr", "latam", "ca", "in"), irange(rng, 2, 4))
    pool = [ip for r in regions_ for ip in resi(rng, irange(rng, 60, 180), r)]
    hold = float(rng.uniform(300, 2400))
    styles = _sub(rng, tx.REWRITE_STYLES, irange(rng, 3, 5))
    sw = _weights(rng, len(styles))
    pay_mode = pick(rng, ("fresh", "recycled"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    ua_mode = pick(rng, ("browser", "sdk", "mixed"))
    span0 = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    gap = (ctx.t1 - span0) / n
    rate = float(rng.uniform(6, 16))
    size = float(rng.uniform(3, 9))
    p_new = float(rng.uniform(0.7, 0.95))
    accts, lives = [], []
    for i in range(n):
        life = float(rng.uniform(10, 40)) * HOUR
        s = min(span0 + (i + float(rng.uniform(-0.3, 0.3))) * gap, ctx.t1 - 4 * HOUR)
        lives.append(life / HOUR)
        ua = (
            pick(rng, BROWSERS)
            if ua_mode == "browser" or (ua_mode == "mixed" and chance(rng, 0.5))
            else sdk_ua(rng)
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="churned_key",
            campaign_id=camp,
            pay=cards[i % len(cards)] if pay_mode == "recycled" else None,
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        starts = thinned(rng, s, s + life, rate * life / HOUR / size, constant)
        ts = _cat(bursts(rng, starts, size, float(rng.uniform(3, 15)), 0.6, s + life))
        prompts = [
            tx.safe_rewrite(rng, st, ctx.passages) for st in _choose(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 650)),
            err=float(rng.uniform(0.005, 0.03)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "pacing": "churned_bursts",
            "per_hour": rate,
            "burst_mean": size,
            "ip_source": "residential_proxy_sticky",
            "regions": regions_,
            "sticky_s": hold,
            "payment": pay_mode,
            "user_agent": ua_mode,
            "styles": styles,
            "lifetimes_h_mean": float(np.mean(lives)),
            "languages": ["en", "zh"],
        },
    )


_PRODUCTS = (
    "Quillnote",
    "Studymate",
    "Parley",
    "Inkwell AI",
    "Brieflet",
    "Mentorly",
    "Chattery",
    "Wordsmithy",
    "AskAtlas",
    "Notably",
)
_PERSONAS = (
    "You are a friendly writing assistant. Keep answers under 300 words unless asked.",
    "You are a study helper for university students. Be clear and encouraging.",
    "You are a general assistant inside a productivity app. Be concise.",
    "You are a bilingual assistant; answer in the user's language.",
)


def passata_sotto(ctx, rng, camp: str) -> None:
    """A real consumer product whose backend keys also carry a quiet harvest mixed into its genuine
    users' traffic."""
    name = "passata_sotto"
    n = irange(rng, 2, 4)
    product, persona = pick(rng, _PRODUCTS), pick(rng, _PERSONAS)
    tz = pick(rng, TZS)
    peak = float((20.5 - tz) % 24)
    genuine_curve = global_load(peak, float(rng.uniform(0.4, 0.8)))
    share = float(rng.uniform(0.06, 0.2))
    timing = pick(rng, ("blended", "off_peak", "after_release"))
    pivot = ctx.t0 + float(rng.uniform(0.2, 0.6)) * (ctx.t1 - ctx.t0)
    styles = _sub(rng, tx.HIDDEN_STYLES, irange(rng, 2, 4))
    prov = pick(rng, providers())
    backend = cloud(rng, irange(rng, 2, 6), prov)
    org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.6)
    if timing == "off_peak":
        harvest_curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    elif timing == "after_release":
        harvest_curve = _surge(ctx.release, 0.0)
    else:
        harvest_curve = genuine_curve
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
            tz=tz,
        )
        accts.append(a)
        n_gen = float(rng.uniform(500, 1300))
        ts = thinned(rng, ctx.t0, ctx.t1, n_gen, genuine_curve)
        prompts = [tx.product_wrap(rng, product, persona, ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.45, 0.3), comp_median=300.0)
        h0 = pivot if timing != "after_release" else ctx.t0
        hts = thinned(rng, h0, ctx.t1, n_gen * share / (1 - share), harvest_curve)
        hp = [tx.hidden_harvest(rng, pick(rng, styles), product, persona, ctx.chat) for _ in hts]
        ctx.emit(
            rng,
            a,
            hts,
            hp,
            models=ctx.models(rng, hts, 0.95, 0.0),
            comp_median=float(rng.uniform(800, 1300)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest_inside_product",
            "pacing": "global_load_plus_" + timing,
            "harvest_share": share,
            "pivot": pivot,
            "ip_source": "backend_cloud",
            "provider": prov,
            "payment": "single_company_card",
            "user_agent": ua,
            "styles": styles,
            "product": product,
            "languages": ["sharegpt_mix"],
        },
    )


def flunge(ctx, rng, camp: str) -> None:
    """Many low-and-slow accounts typed like students: a curriculum sweep behind home-ISP proxies."""
    name = "flunge"
    n = irange(rng, 40, 55)
    langs = (["en"] if chance(rng, 0.8) else []) + _sub(
        rng, ("es", "pt", "de", "fr", "zh", "id", "tr", "hi"), irange(rng, 1, 3)
    )
    subjects = _sub(rng, tx.CURRICULUM_SUBJECTS, irange(rng, 3, 6))
    tzs = _sub(rng, TZS, irange(rng, 2, 5))
    filler = float(rng.uniform(0.1, 0.35))
    per_day = float(rng.uniform(0.5, 1.8))
    size = float(rng.uniform(2, 5))
    p_new = float(rng.uniform(0.55, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.25):
            ips += mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        a = ctx.account(
            rng, label=LABEL, family=name, role="persona", campaign_id=camp, ua=ua, ips=ips, tz=tz
        )
        accts.append(a)
        lang = pick(rng, langs)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        e = min(ctx.t1, s + float(rng.uniform(2, 7)) * DAY)
        curve = evening_person(tz) if chance(rng, 0.65) else workday(tz, weekend=0.5)
        ts = _cat(
            session_times(
                rng,
                s,
                e,
                per_day * float(rng.uniform(0.6, 1.5)),
                curve,
                size,
                float(rng.uniform(40, 150)),
            )
        )
        prompts = [
            tx.excerpt(rng, ctx.chat, 10, 600)
            if chance(rng, filler)
            else tx.curriculum_item(rng, lang, subjects)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=float(rng.uniform(450, 750)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum_sweep_low_and_slow",
            "pacing": "human_sessions",
            "sessions_per_day": per_day,
            "ip_source": "residential_proxy_by_persona_tz",
            "tzs": tzs,
            "payment": "unique_per_account",
            "user_agent": "browser_or_mobile",
            "languages": langs,
            "subjects": subjects,
            "filler_share": filler,
        },
    )


def coule_glide(ctx, rng, camp: str) -> None:
    """Agent and tool-use transcripts: multi-step episodes replayed turn by turn."""
    name = "coule_glide"
    n = irange(rng, 8, 14)
    fmts = _sub(rng, tx.AGENT_FORMATS, irange(rng, 1, 2))
    provs = _sub(rng, providers(), irange(rng, 1, 3))
    uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "dspy/2.6.3 litellm/1.60.2",
        "python-httpx/0.28.1",
        "OpenAI/Python 1.54.0",
    )
    pay_mode = pick(rng, ("shared", "per_account"))
    pay = hexid(rng, "pay")
    eps_day = float(rng.uniform(5, 14))
    step_gap = float(rng.uniform(4, 15))
    max_steps = irange(rng, 6, 14)
    curve = (
        global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.7)))
        if chance(rng, 0.6)
        else constant
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    p_new = float(rng.uniform(0.85, 0.98))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="episode_runner",
            campaign_id=camp,
            pay=pay if pay_mode == "shared" else None,
            ua=pick(rng, uas),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
        )
        accts.append(a)
        tools = tx._sample(rng, tx._TOOLS, irange(rng, 4, 7))
        fmt = pick(rng, fmts)
        ep_starts = thinned(rng, start, ctx.t1, eps_day * (ctx.t1 - start) / DAY, curve)
        all_ts, prompts = [], []
        for s in ep_starts.tolist():
            k = irange(rng, 3, max_steps)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            task = tx.agent_task(rng)
            for j, tj in enumerate(t.tolist()):
                all_ts.append(tj)
                prompts.append(tx.agent_step(rng, fmt, task, tools, j))
        ctx.emit(
            rng,
            a,
            np.asarray(all_ts),
            prompts,
            models=ctx.models(rng, np.asarray(all_ts), p_new, 0.02),
            comp_median=float(rng.uniform(220, 450)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "episodes",
            "episodes_per_day": eps_day,
            "step_gap_s": step_gap,
            "ip_source": "cloud",
            "providers": provs,
            "payment": pay_mode,
            "formats": fmts,
            "languages": ["en"],
        },
    )


def septime_parry(ctx, rng, camp: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent several times in seconds, sometimes to
    two models."""
    name = "septime_parry"
    n = irange(rng, 6, 12)
    styles = _sub(rng, tx.SOFT_STYLES, irange(rng, 1, 3))
    med = {
        "soft_label": 90,
        "confidence": 260,
        "continuation": 480,
        "n_answers": 360,
        "logprob_ask": 220,
    }
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 10))
    pay_mode = pick(rng, ("one_card", "few_cards"))
    cards = [hexid(rng, "pay") for _ in range(1 if pay_mode == "one_card" else irange(rng, 2, 3))]
    per_hour = float(rng.uniform(4.5, 11))
    reps_lo, reps_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    cross_model = chance(rng, 0.4)
    ua = sdk_ua(rng)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="sampler",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=ua,
            ips=tx._sample(rng, block, irange(rng, 1, 2)),
        )
        accts.append(a)
        ts, prompts, models, comps = [], [], [], []
        for s in streams[i].tolist():
            st = pick(rng, styles)
            p = tx.soft_label(rng, st, ctx.chat, ctx.passages)
            k = irange(rng, reps_lo, reps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.7, size=k - 1))])
            base = ctx.new_model if s >= ctx.release else ctx.old_models[0]
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(p)
                models.append(ctx.old_models[0] if cross_model and j % 2 == 1 else base)
                comps.append(med[st])
        ctx.emit(
            rng,
            a,
            np.asarray(ts),
            prompts,
            models=models,
            comp_median=np.asarray(comps, dtype=float),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "poisson_pool_repeats",
            "per_hour_unique": per_hour,
            "repeats": [reps_lo, reps_hi],
            "cross_model": cross_model,
            "ip_source": "rented_block",
            "provider": prov,
            "payment": pay_mode,
            "styles": styles,
            "user_agent": ua,
            "languages": ["en"],
        },
    )


_LANG_REGION = {
    "zh": "cn",
    "ja": "jp_kr",
    "ko": "jp_kr",
    "ru": "ru",
    "ar": "eu",
    "es": "latam",
    "de": "eu",
    "fr": "eu",
    "pt": "latam",
    "vi": "sea",
    "id": "sea",
    "tr": "ru",
    "hi": "in",
    "fa": "eu",
    "th": "sea",
    "en": "us",
}


def counter_riposte(ctx, rng, camp: str) -> None:
    """Multilingual harvest: short-lived keys, each on per-request rotating residential exits in
    the region of its language."""
    name = "counter_riposte"
    n = irange(rng, 22, 32)
    langs = _sub(rng, [lg for lg in tx.ML_LANGS if lg != "en"], irange(rng, 6, 10))
    styles = _sub(rng, tx.ML_STYLES, irange(rng, 2, 4))
    rotation = pick(rng, ("per_request", "sticky_5min"))
    ua_mode = pick(rng, ("rotating_browser", "fixed_sdk"))
    pay_mode = pick(rng, ("shared_cards", "unique"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    rate = float(rng.uniform(6, 15))
    pools = {lg: resi(rng, irange(rng, 40, 120), _LANG_REGION.get(lg, "*")) for lg in langs}
    p_new = float(rng.uniform(0.8, 0.97))
    accts = []
    for _ in range(n):
        mine = _sub(rng, langs, irange(rng, 1, 3))
        pool = [ip for lg in mine for ip in pools[lg]]
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="short_lived",
            campaign_id=camp,
            pay=pick(rng, cards) if pay_mode == "shared_cards" else None,
            ua=pick(rng, BROWSERS) if ua_mode == "rotating_browser" else sdk_ua(rng),
            ips=pool,
        )
        accts.append(a)
        life = float(rng.uniform(6, 30)) * HOUR
        s = float(rng.uniform(ctx.t0 + 0.1 * (ctx.t1 - ctx.t0), ctx.t1 - life))
        ts = thinned(rng, s, s + life, rate * life / HOUR, constant)
        ips = (
            [pick(rng, pool) for _ in ts]
            if rotation == "per_request"
            else sticky(rng, ts, pool, 300.0)
        )
        uas = [pick(rng, BROWSERS) for _ in ts] if ua_mode == "rotating_browser" else None
        prompts = [tx.multilingual(rng, pick(rng, styles), pick(rng, mine), ctx.chat) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=ips,
            ua=uas,
            comp_median=float(rng.uniform(550, 900)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multilingual_harvest",
            "pacing": "short_lived_constant",
            "per_hour": rate,
            "ip_source": "residential_rotating_" + rotation,
            "payment": pay_mode,
            "user_agent": ua_mode,
            "languages": langs,
            "styles": styles,
        },
    )


def croise_bind(ctx, rng, camp: str) -> None:
    """Dressed as an enterprise evaluation team: benchmark-shaped items on a workday schedule from a
    corporate NAT, but every item demands a full worked explanation."""
    name = "croise_bind"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1, 8, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    nat = cloud(rng, 1, prov)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    styles = _sub(rng, tx.MCQ_REASON_STYLES, irange(rng, 2, 3))
    runs_day = float(rng.uniform(1.0, 2.5))
    run_size = float(rng.uniform(18, 55))
    boost = float(rng.uniform(1.4, 2.4))
    accts = []
    for _ in range(n):
        ips = nat + (cloud(rng, 1, prov) if chance(rng, 0.4) else [])
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="eval_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        starts = thinned(
            rng, ctx.t0, ctx.t1, runs_day * (ctx.t1 - ctx.t0) / DAY, workday(tz, weekend=0.1)
        )
        parts = []
        for s in starts.tolist():
            size = run_size * (boost if s >= ctx.release else 1.0)
            parts += bursts(rng, np.array([s]), size, float(rng.uniform(1.2, 4)), 0.5)
        ts = _cat(parts)
        prompts = [tx.mcq_reasoned(rng, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=ips[0] if len(ips) == 1 else None,
            comp_median=float(rng.uniform(550, 950)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "eval_shaped_reasoning_harvest",
            "pacing": "workday_runs",
            "tz": tz,
            "runs_per_day": runs_day,
            "run_size": run_size,
            "post_release_boost": boost,
            "ip_source": "corporate_nat_cloud",
            "provider": prov,
            "payment": "single_org_card",
            "styles": styles,
            "user_agent": ua,
            "languages": ["en"],
        },
    )


def envelopment_sweep(ctx, rng, camp: str) -> None:
    """Synthetic dataset generation as a nightly batch: a few keys, very long completions."""
    name = "envelopment_sweep"
    n = irange(rng, 2, 4)
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(22, 27)) % 24, float(rng.uniform(3, 7))
    per_hour = float(rng.uniform(25, 65))
    langs = ["English"] + _sub(
        rng,
        (
            "Chinese",
            "Spanish",
            "Arabic",
            "Hindi",
            "Russian",
            "Japanese",
            "Indonesian",
            "Portuguese",
        ),
        irange(rng, 0, 3),
    )
    styles = _sub(rng, tx.SYNTH_STYLES, irange(rng, 2, 4))
    prov = pick(rng, providers())
    pay = hexid(rng, "pay") if chance(rng, 0.6) else None
    ua = sdk_ua(rng, 0.5)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=name,
            role="batch_key",
            campaign_id=camp,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
            tz=tz,
        )
        accts.append(a)
        ts = thinned(
            rng,
            start,
            ctx.t1,
            per_hour * hours * (ctx.t1 - start) / DAY,
            nightly(start_h, hours, tz),
        )
        prompts = [tx.synth_dataset(rng, pick(rng, styles), pick(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=float(rng.uniform(1300, 2500)),
            comp_sigma=0.4,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_batch",
            "tz": tz,
            "start_h": start_h,
            "hours": hours,
            "per_hour": per_hour,
            "ip_source": "cloud",
            "provider": prov,
            "payment": "shared" if pay else "per_account",
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES = {
    "ballestra": ballestra,
    "fleche_attack": fleche_attack,
    "prise_de_fer": prise_de_fer,
    "passata_sotto": passata_sotto,
    "flunge": flunge,
    "coule_glide": coule_glide,
    "septime_parry": septime_parry,
    "counter_riposte": counter_riposte,
    "croise_bind": croise_bind,
    "envelopment_sweep": envelopment_sweep,
}
