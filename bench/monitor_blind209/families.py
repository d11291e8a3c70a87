"""Campaign families of batch 209: twelve distillation operations, each drawing its own shape
(keys, orgs, cards, pacing, addresses, user agents, languages, model choice) from its own rng.

Each family is `f(ctx, rng, campaign_id)`: it opens accounts in `ctx`, emits their events and
records the campaign with its parameters (see `bench/blind_batch.py`).
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind209 import texts

Gen = Callable[[np.random.Generator], str]


def _camp(ctx: Ctx, rng: np.random.Generator, cid: str, family: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


def _emit(
    ctx: Ctx,
    rng: np.random.Generator,
    acct: Acct,
    ts,
    gen: Gen,
    *,
    p_new: float = 0.9,
    p_mini: float = 0.03,
    **kw,
) -> int:
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    prompts = [gen(rng) for _ in range(len(ts))]
    return ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), **kw)


def _sessions_emit(
    ctx: Ctx,
    rng: np.random.Generator,
    acct: Acct,
    sessions: list[np.ndarray],
    turn_gen: Callable[[np.random.Generator, int], str],
    *,
    hist_tokens: float = 0.0,
    ips_per_session: list[str] | None = None,
    p_new: float = 0.9,
    **kw,
) -> int:
    """Sessions of turns: prompt i of a session from `turn_gen(rng, i)`; prompt tokens grow with
    the history a chat client re-sends (`hist_tokens` per earlier turn)."""
    ts, prompts, extra, ips = [], [], [], []
    for s_i, sess in enumerate(sessions):
        for i, t in enumerate(sess.tolist()):
            ts.append(t)
            prompts.append(turn_gen(rng, i))
            extra.append(int(i * hist_tokens * rng.uniform(0.6, 1.4)))
            if ips_per_session is not None:
                ips.append(ips_per_session[s_i % len(ips_per_session)])
    if not ts:
        return 0
    order = np.argsort(np.asarray(ts), kind="stable")
    ts_a = np.asarray(ts)[order]
    prompts = [prompts[i] for i in order.tolist()]
    extra_a = np.asarray(extra, dtype=np.int64)[order]
    ip_arg = (
        [ips[i] for i in order.tolist()] if ips_per_session is not None else kw.pop("ips", None)
    )
    return ctx.emit(
        rng,
        acct,
        ts_a,
        prompts,
        models=ctx.models(rng, ts_a, p_new, 0.03),
        extra=extra_a,
        ips=ip_arg,
        **kw,
    )


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, a Poisson worker pool


def barchan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "barchan"
    n = irange(rng, 6, 14)
    n_orgs = pick(rng, (1, 2, 3))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    cards = [hexid(rng, "pay")] if shared_card else [hexid(rng, "pay") for _ in orgs]
    prov = pick(rng, ("hetzner", "ovh", "contabo"))
    pool = rented_block(rng, prov, irange(rng, 2, 3), irange(rng, 2, 4))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(0.5, 12)) * HOUR
    rate = float(rng.uniform(70, 150))
    # a short smoke test of the pipeline on the old flagship before the release
    probe_t = ctx.release - float(rng.uniform(6, 40)) * HOUR
    _emit(
        ctx,
        rng,
        accts[0],
        probe_t + np.cumsum(rng.exponential(20, size=irange(rng, 15, 40))),
        texts.reasoning_coercion,
        p_new=0.0,
        comp_median=1100,
        comp_sigma=0.5,
    )
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        _emit(
            ctx,
            rng,
            a,
            ts,
            texts.reasoning_coercion,
            p_new=0.97,
            comp_median=1400,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "ip_source": f"rented_block:{prov}",
            "pacing": "worker_pool",
            "rate_per_hour": round(rate, 1),
            "languages": ["en", "zh", "ru"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, one stolen card per key, bursts from cloud VMs


def seif(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "seif"
    n = irange(rng, 5, 9)
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    accts = [
        _camp(ctx, rng, cid, fam, "grader", ua=ua, ips=cloud(rng, irange(rng, 1, 2), prov))
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    per_day = float(rng.uniform(4, 8))
    size = float(rng.uniform(18, 32))

    def gen(r: np.random.Generator) -> str:
        return texts.judge_grading(r, ctx.chat, ctx.passages)

    for a in accts:
        starts = thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            lambda t: np.ones(len(t)),
        )
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size, 1.6, 0.5)])
        _emit(ctx, rng, a, ts, gen, p_new=0.85, comp_median=230, comp_sigma=0.5, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n,
            "payment": "stolen_card_per_key",
            "ip_source": f"cloud:{prov}",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "languages": ["en", "de", "es"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through commercial VPN exits, office-hours shifts


def slip_face(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "slip_face"
    n = irange(rng, 6, 10)
    orgs = [hexid(rng, "org"), hexid(rng, "org")]
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    exits = cloud(rng, irange(rng, 6, 10), "m247") + cloud(rng, irange(rng, 3, 5), "leaseweb")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    accts = [
        _camp(ctx, rng, cid, fam, "rewriter", org=orgs[i % 2], pay=cards[i % 2], ua=ua, ips=exits)
        for i in range(n)
    ]
    tz = pick(rng, (8, 3))
    curve = workday(tz, start=9.0, end=21.0, weekend=0.6, night=0.05)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_day = float(rng.uniform(110, 190))
    hold = float(rng.uniform(15, 45)) * MINUTE

    def gen(r: np.random.Generator) -> str:
        return texts.policy_rewrite(r, ctx.chat, ctx.passages)

    for a in accts:
        ts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        _emit(
            ctx,
            rng,
            a,
            ts,
            gen,
            p_new=0.92,
            ips=sticky(rng, ts, exits, hold),
            comp_median=520,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite",
            "keys": n,
            "orgs": 2,
            "payment": "prepaid_per_org",
            "ip_source": "vpn_exits:m247+leaseweb",
            "sticky_s": round(hold),
            "pacing": "office_shifts",
            "tz": tz,
            "languages": ["en", "zh", "ru"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, 24/7 queue, long re-sent histories


def stoss(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stoss"
    n = irange(rng, 4, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6"))
    accts = [
        _camp(ctx, rng, cid, fam, "agent_runner", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0, 6)) * HOUR
    rate = float(rng.uniform(45, 80))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        steps = rng.integers(0, 7, size=len(ts))
        prompts = [texts.agent_transcript(rng, int(s)) for s in steps.tolist()]
        extra = 250 + steps * rng.integers(200, 700, size=len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95),
            comp_median=190,
            comp_sigma=0.7,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "keys": n,
            "payment": "one_card",
            "ip_source": "cloud:aws",
            "pacing": "worker_pool_24x7",
            "rate_per_hour": round(rate, 1),
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly bursts, separate orgs sharing one prepaid card


def lee_side(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lee_side"
    n = irange(rng, 2, 3)
    card = hexid(rng, "pay")
    prov = pick(rng, ("gcp", "oracle", "scaleway"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "generator",
            pay=card,
            ua="Go-http-client/2.0",
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    tz = pick(rng, (0, 1, 2))
    per_night = irange(rng, 2, 4)
    size = float(rng.uniform(45, 80))
    for a in accts:
        starts = thinned(
            rng,
            ctx.release,
            ctx.t1,
            per_night * (ctx.t1 - ctx.release) / DAY,
            nightly(0.5, 4.5, tz),
        )
        ts = np.concatenate([np.empty(0), *bursts(rng, starts, size, 4.0, 0.4)])
        _emit(
            ctx,
            rng,
            a,
            ts,
            texts.dataset_generation,
            p_new=0.95,
            comp_median=2600,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "keys": n,
            "payment": "shared_prepaid",
            "ip_source": f"cloud:{prov}",
            "pacing": "nightly_bursts",
            "tz": tz,
            "languages": ["en", "fr", "pt", "id"],
            "user_agent": "Go-http-client/2.0",
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a crowd of person-like accounts on residential proxies

_LANG_TZ = {"en": (-8, -5, 0), "es": (-3, 1), "pt": (-3,), "de": (1,)}


def board_wax(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "board_wax"
    n = irange(rng, 16, 28)
    accts, langs = [], []
    for _ in range(n):
        lang = pick(rng, ("en", "en", "en", "es", "pt", "de"))
        tz = pick(rng, _LANG_TZ[lang])
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "persona",
            ua=pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 3, 6), tz),
            tz=tz,
        )
        accts.append(a)
        langs.append(lang)
    hold = float(rng.uniform(3, 9)) * HOUR
    for a, lang in zip(accts, langs, strict=True):
        start = ctx.t0 + float(rng.uniform(0, 0.6)) * (ctx.t1 - ctx.t0)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(a.tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(55, 110)),
            0.7,
        )
        # the proxy's sticky session: one address per chat session
        firsts = np.array([float(x[0]) for x in sessions])
        per_session = sticky(rng, firsts, a.ips, hold) if len(firsts) else a.ips

        def turn(r: np.random.Generator, i: int, lang: str = lang) -> str:
            return texts.dialogue_turn(r, ctx.chat, lang, i)

        _sessions_emit(
            ctx,
            rng,
            a,
            sessions,
            turn,
            hist_tokens=380.0,
            ips_per_session=list(per_session),
            p_new=0.85,
            comp_median=420,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "keys": n,
            "payment": "card_per_account",
            "ip_source": "residential_proxy_sticky",
            "sticky_s": round(hold),
            "pacing": "human_sessions",
            "languages": ["en", "es", "pt", "de"],
            "user_agent": "browsers",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: every prompt sent n times at once


def heel_edge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "heel_edge"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr"))
    ips = cloud(rng, 2, prov)
    accts = [
        _camp(ctx, rng, cid, fam, "sampler", org=org, pay=pay, ua="aiohttp/3.11.11", ips=ips)
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(1, 10)) * HOUR
    jobs_per_hour = float(rng.uniform(10, 18))
    k_lo, k_hi = pick(rng, ((4, 6), (5, 8), (8, 10)))
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, jobs_per_hour, n), strict=True):
        ts, prompts = [], []
        for t in jobs.tolist():
            k = irange(rng, k_lo, k_hi)
            p = texts.sampling_prompt(rng, ctx.chat)
            ts.extend((t + np.sort(rng.uniform(0, 2.5, size=k))).tolist())
            prompts.extend([p] * k)
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        ts_a = ts_a[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng, a, ts_a, prompts, models=ctx.models(rng, ts_a, 0.98), comp_median=380, err=0.05
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "keys": n,
            "payment": "one_card",
            "ip_source": f"cloud:{prov}",
            "pacing": "worker_pool_repeats",
            "n_range": [k_lo, k_hi],
            "languages": ["en"],
            "user_agent": "aiohttp/3.11.11",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: sequential clients walking subject x level x audience


def toe_edge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toe_edge"
    n = irange(rng, 6, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/Python 1.63.2"
    accts = [
        _camp(ctx, rng, cid, fam, "sweeper", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, "azure"))
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(12, 36)) * HOUR
    think = float(rng.uniform(160, 300))
    for k, a in enumerate(accts):
        m = int((ctx.t1 - start) / think) + 10
        ts = (
            start
            + float(rng.uniform(0, 600))
            + np.cumsum(rng.lognormal(np.log(think), 0.3, size=m))
        )
        ts = ts[ts < ctx.t1]
        prompts = [texts.curriculum_item(rng, k + j * n) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93),
            comp_median=1100,
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "payment": "one_card",
            "ip_source": "cloud:azure",
            "pacing": "sequential_client",
            "median_gap_s": round(think, 1),
            "languages": ["en", "ja", "ko"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real study-helper product's own traffic


def goofy_stance(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goofy_stance"
    n = irange(rng, 3, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _camp(ctx, rng, cid, fam, "product_backend", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n)
    ]
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.5, 0.75)))
    genuine_rate = float(rng.uniform(35, 60))
    harvest_rate = float(rng.uniform(15, 28))
    h_start = ctx.release + float(rng.uniform(3, 20)) * HOUR
    share = rng.dirichlet(np.full(n, 2.0))
    for a, w in zip(accts, share.tolist(), strict=True):
        ts = thinned(rng, ctx.t0, ctx.t1, genuine_rate * w * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [texts.study_app_user(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.75, 0.1), comp_median=320, err=0.01
        )
        th = thinned(rng, h_start, ctx.t1, harvest_rate * w * (ctx.t1 - h_start) / HOUR, curve)
        _emit(ctx, rng, a, th, texts.study_app_harvest, p_new=0.97, comp_median=650, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "keys": n,
            "payment": "corporate_card",
            "ip_source": "cloud:aws_nat",
            "pacing": "product_load_curve",
            "harvest_share": round(harvest_rate / (harvest_rate + genuine_rate), 3),
            "languages": ["en", "es", "de"],
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, taken over after the release


def fakie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fakie"
    n = irange(rng, 10, 18)
    accts = []
    chat = ctx.chat

    def organic(r: np.random.Generator, i: int) -> str:
        return (
            texts.clip(pick(r, chat), 15, 700, r)
            if i == 0 or chance(r, 0.6)
            else pick(r, texts.FOLLOW_EN)
        )

    def harvest(r: np.random.Generator) -> str:
        return texts.code_harvest(r) if chance(r, 0.55) else texts.plain_question(r)

    owners_stay = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        )
        a = _camp(ctx, rng, cid, fam, "aged_account", ua=own_ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        take = ctx.release + float(rng.uniform(2, 30)) * HOUR
        stays = chance(rng, 0.4)
        owners_stay += int(stays)
        end_own = ctx.t1 if stays else take
        own = session_times(
            rng, ctx.t0, end_own, float(rng.uniform(0.6, 1.8)), evening_person(tz), 3.0, 110.0
        )
        _sessions_emit(ctx, rng, a, own, organic, hist_tokens=300.0, p_new=0.15, comp_median=340)
        proxies = home(rng, 3, tz)
        op_ua = (
            own_ua
            if chance(rng, 0.5)
            else pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
        )
        hs = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            evening_person(tz, spread=4.0),
            float(rng.uniform(7, 12)),
            float(rng.uniform(25, 45)),
            0.6,
        )
        flat = np.sort(np.concatenate([np.empty(0), *hs]))
        if len(flat):
            _emit(
                ctx,
                rng,
                a,
                flat,
                harvest,
                p_new=0.95,
                ips=sticky(rng, flat, proxies, 2 * HOUR),
                ua=op_ua,
                comp_median=700,
                err=0.01,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "keys": n,
            "payment": "owners_cards",
            "owners_still_active": owners_stay,
            "ip_source": "home_then_residential_proxy_same_region",
            "pacing": "sessions",
            "languages": ["en", "es", "de", "zh"],
            "user_agent": "owner_or_sdk",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public-prompt replay by fresh person-like accounts from phones and home lines

_V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def foot_strap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "foot_strap"
    n = irange(rng, 25, 40)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    n_mobile = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = tz in _V6_OF_TZ and chance(rng, 0.6)
        n_mobile += int(mobile)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        a = _camp(ctx, rng, cid, fam, "replayer", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        start = ctx.release + float(rng.uniform(0, 18)) * HOUR
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 4)),
            evening_person(tz),
            float(rng.uniform(4, 7)),
            float(rng.uniform(45, 90)),
            0.6,
        )
        flat = np.sort(np.concatenate([np.empty(0), *sessions]))
        if not len(flat):
            flat = np.array([start + float(rng.uniform(0, 6)) * HOUR])
            sessions = [flat]
        prompts = [ctx.chat[i] for i in order[cursor : cursor + len(flat)].tolist()]
        cursor += len(flat)
        if mobile:
            addrs = mobile_v6(rng, len(sessions), _V6_OF_TZ[tz])
            ips = [addrs[i] for i, s in enumerate(sessions) for _ in range(len(s))]
            ips = [
                ips[i]
                for i in np.argsort(
                    np.concatenate([np.empty(0), *sessions]), kind="stable"
                ).tolist()
            ]
        else:
            ips = None
        ctx.emit(
            rng, a, flat, prompts, models=ctx.models(rng, flat, 0.97), ips=ips, comp_median=430
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "payment": "prepaid_virtual_per_key",
            "mobile_accounts": n_mobile,
            "ip_source": "carrier_v6_or_home",
            "pacing": "human_sessions",
            "prompt_source": "public_chat_dataset",
            "languages": ["mixed"],
            "user_agent": "mobile_or_browser",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: code harvest from a small consultancy's office lines, working hours


def dune_bash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dune_bash"
    tz = pick(rng, (8, 3, 5, 2))
    accts = []
    per_org = []
    for _ in range(2):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 2, tz)
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
        k = irange(rng, 2, 4)
        per_org.append(k)
        accts += [
            _camp(ctx, rng, cid, fam, "developer_key", org=org, pay=pay, ua=ua, ips=office, tz=tz)
            for _ in range(k)
        ]
    start = ctx.release - float(rng.uniform(1, 2)) * DAY
    for a in accts:
        per_day = float(rng.uniform(110, 220))
        ts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(tz, weekend=0.15)
        )
        _emit(
            ctx,
            rng,
            a,
            ts,
            texts.code_harvest,
            p_new=0.9,
            comp_median=900,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "keys": len(accts),
            "orgs": 2,
            "keys_per_org": per_org,
            "payment": "card_per_org",
            "ip_source": "office_broadband",
            "tz": tz,
            "pacing": "working_hours",
            "languages": ["en", "zh"],
            "user_agent": "sdk_per_org",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "barchan": barchan,
    "seif": seif,
    "slip_face": slip_face,
    "stoss": stoss,
    "lee_side": lee_side,
    "board_wax": board_wax,
    "heel_edge": heel_edge,
    "toe_edge": toe_edge,
    "goofy_stance": goofy_stance,
    "fakie": fakie,
    "foot_strap": foot_strap,
    "dune_bash": dune_bash,
}
