"""Campaign families of blind batch 210 (code names: parkour moves).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything
(key counts, orgs, cards, pacing, addresses, agents, languages, styles, models) is drawn from the
family's own generator. Four or more families are built to pass as legitimate use: `cat_balance`,
`precision_jump`, `dash_vault`, `speed_vault` (and `wall_run` is quiet by design).
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
    SDK_COMMON,
    SDK_OTHER,
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
from bench.monitor_blind210 import texts as tx

CAMPAIGN = "campaign"


def _langs(
    rng: np.random.Generator,
    main: str,
    others: tuple[str, ...],
    k_lo: int,
    k_hi: int,
    main_w: tuple[float, float] = (0.4, 0.75),
) -> tuple[list[str], list[float]]:
    """A family's languages: `main` with a weight in main_w, plus k others sharing the rest."""
    k = irange(rng, k_lo, min(k_hi, len(others)))
    chosen = [others[i] for i in rng.permutation(len(others))[:k].tolist()]
    w_main = float(rng.uniform(*main_w)) if k else 1.0
    rest = rng.dirichlet(np.ones(k)) * (1 - w_main) if k else np.empty(0)
    return [main, *chosen], [w_main, *rest.tolist()]


def _subset(rng: np.random.Generator, items: tuple[str, ...], k_lo: int) -> list[str]:
    k = irange(rng, k_lo, len(items))
    return [items[i] for i in rng.permutation(len(items))[:k].tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _status(rng: np.random.Generator, n: int, p429: np.ndarray | float) -> np.ndarray:
    return np.where(rng.random(n) < p429, 429, 200)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, worker pool


def tic_tac(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tic_tac"
    n_keys = irange(rng, 6, 14)
    n_orgs = 1 if chance(rng, 0.6) else irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.5)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("aws", "gcp", "hetzner", "ovh", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.6)
    langs, lw = _langs(rng, "en", ("zh", "es", "ru", "de"), 1, 3)
    styles = _subset(rng, ("tags", "verbose", "json"), 2)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[0 if shared_card else i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.6, 1.6)) * DAY
    pre_rate, post_rate = float(rng.uniform(8, 16)), float(rng.uniform(45, 85))
    go = ctx.release + float(rng.uniform(0.1, 2.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(
        rng, go, ctx.t1, post_rate, n_keys, global_load(float(rng.uniform(0, 24)), 0.25)
    )
    for a, p, q in zip(accts, pre, post, strict=True):
        ts = _cat([p, q])
        prompts = [
            tx.trace_coercion(rng, tx.weighted(rng, langs, lw), pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=1150.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "ip_source": f"rented block ({provider})",
            "user_agent": ua,
            "pacing": f"worker pool {pre_rate:.0f}/h before release, {post_rate:.0f}/h after",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly bursts through residential proxies


def lache(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lache"
    n_orgs = irange(rng, 2, 4)
    region = pick(rng, ("us", "eu", "sea", "latam", "in"))
    pool = resi(rng, irange(rng, 60, 150), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    tz = int(pick(rng, TZS))
    curve = nightly(float(rng.uniform(22, 26)) % 24, float(rng.uniform(5, 8)), tz)
    langs, lw = _langs(rng, "en", ("de", "ja"), 1, 2, (0.5, 0.8))
    styles = _subset(rng, ("pairwise", "rubric", "reward"), 2)
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    per_night = float(rng.uniform(3, 6))
    size = float(rng.uniform(18, 34))
    gap = float(rng.uniform(1.0, 3.0))
    accts = []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=pool[:1],
                tz=tz,
            )
            accts.append(a)
            starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
            ts = _cat(bursts(rng, starts, size, gap, 0.5, ctx.t1))
            prompts = [
                tx.judge_prompt(
                    rng, ctx.chat, ctx.passages, tx.weighted(rng, langs, lw), pick(rng, styles)
                )
                for _ in ts
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9, 0.03),
                ips=sticky(rng, ts, pool, hold),
                comp_median=170.0,
                comp_sigma=0.5,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": len(accts),
            "orgs": n_orgs,
            "cards": n_orgs,
            "ip_source": f"residential proxy pool ({region}, {len(pool)} exits)",
            "pacing": f"nightly bursts ~{per_night:.1f}/night of ~{size:.0f}",
            "user_agent": ua,
            "operator_tz": tz,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, one prepaid card per key


def kash_vault(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kash_vault"
    n_keys = irange(rng, 5, 9)
    vpns = _subset(rng, ("m247", "leaseweb", "ovh", "vultr", "digitalocean", "linode"), 2)[:3]
    exits = [ip for v in vpns for ip in cloud(rng, irange(rng, 8, 20), v)]
    tz = int(pick(rng, (8, 8, 3, 9)))
    main = "ru" if tz == 3 else "zh"
    langs, lw = _langs(
        rng, main, tuple(x for x in ("zh", "en", "ru") if x != main), 1, 2, (0.45, 0.7)
    )
    styles = _subset(rng, ("ideal", "sanitize", "pair"), 2)
    curve = workday(
        tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(19, 23)), weekend=0.5
    )
    base = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng, 0.3)
        own = picks(rng, exits, irange(rng, 2, 4))
        a = ctx.account(
            rng, label=CAMPAIGN, family=fam, role="rewriter", campaign_id=cid, ua=ua, ips=own, tz=tz
        )
        accts.append(a)
        a0 = base + float(rng.uniform(0, 1.0)) * DAY
        ts = thinned(rng, a0, ctx.t1, float(rng.uniform(110, 230)) * (ctx.t1 - a0) / DAY, curve)
        prompts = [
            tx.policy_rewrite(
                rng, ctx.passages, tx.weighted(rng, langs, lw), pick(rng, styles), ctx.chat
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            ips=sticky(rng, ts, own, float(rng.uniform(2, 6)) * HOUR),
            comp_median=520.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "prepaid card per key",
            "ip_source": f"VPN exits ({', '.join(vpns)})",
            "operator_tz": tz,
            "pacing": "Poisson per key over a long working day",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud cluster


def palm_spin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "palm_spin"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    pods = cloud(rng, irange(rng, 4, 10), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    langs, lw = _langs(rng, "en", ("es", "pt", "de"), 1, 2, (0.7, 0.9))
    styles = _subset(rng, ("react", "json", "system"), 2)
    start = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    per_hour = float(rng.uniform(8, 15))
    step_gap = float(rng.uniform(5, 14))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=pods,
        )
        for _ in range(n_keys)
    ]
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, comp, extra = [], [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            lang = tx.weighted(rng, langs, lw)
            steps = 1 if style != "system" else 1 + int(rng.poisson(4))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, steps - 1))]
            )
            tools = [n for n, _ in tx.TOOLS]
            base = irange(rng, 500, 1300) if style == "system" else 0
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                if j == 0:
                    prompts.append(tx.agent_trajectory(rng, lang, style))
                    comp.append(900.0 if style != "system" else 160.0)
                else:
                    prompts.append(tx.agent_followup(rng, pick(rng, tools)))
                    comp.append(190.0)
                extra.append(base + 230 * j)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.96, 0.02),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} cluster ({len(pods)} egress IPs)",
            "user_agent": ua,
            "pacing": f"episodes {per_hour:.0f}/h over the pool, steps ~{step_gap:.0f} s apart",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation on stolen cards, one key after another


def double_kong(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "double_kong"
    n_keys = irange(rng, 8, 14)
    langs, lw = _langs(rng, "en", ("zh", "es", "fr", "ja"), 2, 4, (0.4, 0.6))
    styles = _subset(rng, ("spec", "persona", "seed"), 2)
    rate = float(rng.uniform(40, 75))
    t = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    accts = []
    for _ in range(n_keys):
        if t >= ctx.t1:
            break
        provider = pick(rng, ("hetzner", "contabo", "ovh", "digitalocean", "vultr", "scaleway"))
        ua = pick(rng, SDK_COMMON + SDK_OTHER)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="burner_key",
            campaign_id=cid,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        life = float(rng.uniform(5, 11)) * HOUR
        b = min(ctx.t1, t + life)
        ts = thinned(rng, t, b, rate * (b - t) / HOUR, lambda x: np.ones(len(x)))
        if len(ts) == 0:
            ts = np.array([t])
        late = (ts - t) / max(b - t, 1.0) > 0.85
        prompts = [
            tx.synth_request(rng, tx.weighted(rng, langs, lw), pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1700.0,
            comp_sigma=0.35,
            status=_status(rng, len(ts), np.where(late, 0.3, 0.02)),
        )
        t = b + float(rng.uniform(0.2, 3.0)) * HOUR
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": len(accts),
            "orgs": len(accts),
            "cards": len(accts),
            "payment": "stolen card per key",
            "ip_source": "one or two VPS addresses per key, provider changes",
            "pacing": f"one live key at a time, ~{rate:.0f}/h, 5-11 h each",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a low-and-slow crowd of person-like accounts


def cat_balance(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cat_balance"
    n = irange(rng, 30, 55)
    tz_pool = [int(x) for x in rng.choice(TZS, size=irange(rng, 3, 5), replace=False)]
    lang_of_tz = {-3: "pt", 1: "de", 2: "de"}
    rep = {
        k: [v[i] for i in rng.permutation(len(v))[: max(4, len(v) * 2 // 3)].tolist()]
        for k, v in tx.FOLLOWUPS.items()
    }
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tz_pool))
        lang = lang_of_tz.get(tz, "es" if (tz == -5 and chance(rng, 0.25)) else "en")
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        on = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sess = session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(1.2, 2.8)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 90)),
            0.7,
        )
        ts_all, prompts = [], []
        for st in sess:
            for j, t in enumerate(st.tolist()):
                ts_all.append(t)
                if j == 0:
                    first = pick(rng, ctx.chat) if chance(rng, 0.5) else tx.opener(rng, lang)
                    prompts.append(tx.clip_text(first, 1200))
                else:
                    prompts.append(tx.followup(rng, lang, rep[lang]))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.08),
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "virtual prepaid card per account",
            "ip_source": "static residential (ISP) proxies matching each persona's time zone",
            "pacing": "human-like evening sessions, 1-3 a day",
            "time_zones": tz_pool,
            "user_agent": "browsers and phones",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: one prompt fired several times at once


def underbar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "underbar"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    langs, lw = _langs(rng, "en", ("ko", "fr"), 1, 2, (0.55, 0.8))
    n_lo = irange(rng, 3, 4)
    n_hi = n_lo + irange(rng, 1, 4)
    p_both = float(rng.uniform(0.1, 0.3))
    p_chat = float(rng.uniform(0.2, 0.45))
    start = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    jobs_h = float(rng.uniform(5, 10))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
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
    new, old = ctx.new_model, ctx.old_models[0]
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, jobs_h, n_keys), strict=True):
        ts_all, prompts, models = [], [], []
        for s in jobs.tolist():
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.6, k - 1))])
            p = (
                tx.clip_text(pick(rng, ctx.chat), 600)
                if chance(rng, p_chat)
                else tx.open_task(rng, tx.weighted(rng, langs, lw))
            )
            both = s >= ctx.release and chance(rng, p_both)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(p)
                models.append(new if s >= ctx.release and not (both and j % 2) else old)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=280.0,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "samples_per_prompt": [n_lo, n_hi],
            "old_vs_new_share": round(p_both, 3),
            "ip_source": f"{provider}",
            "user_agent": ua,
            "pacing": f"{jobs_h:.1f} jobs/h, fired at once",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a slow steady rate from one office line


def wall_run(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wall_run"
    n_keys = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2, -5)))
    office = home(rng, 1, tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs = ["en", *_subset(rng, ("fr", "pt"), 1)]
    grid = tx.curriculum_grid(langs)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    gap = float(rng.uniform(80, 160))
    t = ctx.t0 + float(rng.uniform(0.3, 1.2)) * DAY
    ts_list, cells, models = [], [], []
    i, restarted = 0, False
    while t < ctx.t1:
        if not restarted and t >= ctx.release:
            i, restarted = 0, True  # new model out: start the sweep over on it
            t += float(rng.uniform(0.5, 3)) * HOUR
        if chance(rng, 0.0015):
            t += float(rng.uniform(1, 4)) * HOUR  # the script crashed and was restarted
        ts_list.append(t)
        cells.append(grid[i % len(grid)])
        models.append(ctx.new_model if restarted else ctx.old_models[0])
        i += 1
        t += gap * float(rng.lognormal(0, 0.12))
    ts = np.asarray(ts_list)
    who = np.arange(len(ts)) % n_keys
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k).tolist()
        ctx.emit(
            rng,
            a,
            ts[sel],
            [tx.curriculum_prompt(rng, cells[j]) for j in sel],
            models=[models[j] for j in sel],
            comp_median=1000.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "one office broadband address",
            "office_tz": tz,
            "user_agent": ua,
            "pacing": f"one request every ~{gap:.0f} s, round the clock",
            "languages": langs,
            "grid_cells": len(grid),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: one passage fanned out to many languages


def traceur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "traceur"
    n_keys = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ips = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "python-requests/2.32.3"))
    targets = [x for x in tx.LANG_NAME if x != "en"]
    targets = [targets[i] for i in rng.permutation(len(targets))[: irange(rng, 6, 12)].tolist()]
    styles = _subset(rng, ("plain", "json", "bilingual"), 1)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    rate = float(rng.uniform(4, 8))
    cjk = {"zh", "ja", "ko", "th"}
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    for a, fans in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in fans.tolist():
            passage = tx.clip_text(pick(rng, ctx.passages), irange(rng, 300, 1500))
            k = irange(rng, 3, len(targets))
            tg = [targets[i] for i in rng.permutation(len(targets))[:k].tolist()]
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(2.0), 0.5, k - 1))])
            for tj, lang in zip(t.tolist(), tg, strict=True):
                ts_all.append(tj)
                prompts.append(tx.translation_request(rng, passage, lang, style))
                comp.append(len(passage) / 3.2 * (1.3 if lang in cjk else 1.1))
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.93, 0.03),
            comp_median=np.asarray(comp),
            comp_sigma=0.2,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (parallel corpus)",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "ip_source": f"{provider} ({len(ips)} IPs)",
            "user_agent": ua,
            "pacing": f"{rate:.1f} fan-outs/h over the keys",
            "targets": targets,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden in a real writing-assistant product's traffic


def precision_jump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "precision_jump"
    app = pick(rng, ("Quillbright", "Inkmoth", "Draftwell", "Parasol Write", "Penrose Notes"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    roles = ["prod", "prod", "staging"][: irange(rng, 2, 3)]
    share = [1.0, float(rng.uniform(0.4, 0.9)), 0.04][: len(roles)]
    accts = []
    for i, r in enumerate(roles):
        ips = nat[i :: len(roles)] or nat[:1]
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=fam,
                role=f"product_{r}",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
        )
    rate = float(rng.uniform(25, 45))
    peak = float(rng.uniform(13, 19))
    curve = global_load(peak, 0.6)
    h_share = float(rng.uniform(0.18, 0.33))
    h_start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    tot = sum(share)
    for a, sh in zip(accts, share, strict=True):
        real = thinned(rng, ctx.t0, ctx.t1, rate * sh / tot * (ctx.t1 - ctx.t0) / HOUR, curve)
        n_h = h_share * rate * sh / tot * (ctx.t1 - h_start) / HOUR
        hid = thinned(rng, h_start, ctx.t1, n_h if sh > 0.1 else 0, curve)
        ts = np.concatenate([real, hid])
        is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(hid), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts, models, comp = [], [], []
        for t, h in zip(ts.tolist(), is_h.tolist(), strict=True):
            if h:
                prompts.append(tx.app_wrap(app, tx.hidden_ask(rng), pick(rng, ("explain", "ask"))))
                models.append(
                    ctx.new_model if t >= ctx.release and chance(rng, 0.95) else ctx.old_models[0]
                )
                comp.append(1100.0)
            else:
                prompts.append(
                    tx.app_wrap(
                        app, tx.clip_text(pick(rng, ctx.chat), 1500), pick(rng, tx.APP_MODES)
                    )
                )
                models.append(ctx.models(rng, np.array([t]), 0.25, 0.3)[0])
                comp.append(300.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
            extra=irange(rng, 180, 260),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "app": app,
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "ip_source": f"aws NAT gateways ({len(nat)})",
            "user_agent": ua,
            "pacing": f"product load ~{rate:.0f}/h (peak {peak:.0f} UTC) + {h_share:.0%} hidden harvest",
            "languages": ["en (+ whatever users write)"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts that pivot to a code harvest


def dash_vault(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dash_vault"
    n = irange(rng, 10, 18)
    styles = _subset(rng, ("full", "casual", "contest"), 2)
    region_of = {
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
    new_ua = pick(rng, SDK_COMMON[:2])
    hold = float(rng.uniform(30, 90)) * MINUTE
    p_chat = float(rng.uniform(0.15, 0.3))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        owner_ip = home(rng, 1, tz)
        owner_ua = pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=owner_ip,
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(0.0, 0.6)) * DAY
        hist = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.2)), evening_person(tz), 3.0, 70.0
        )
        ts_h = _cat(hist)
        ctx.emit(
            rng,
            a,
            ts_h,
            [tx.clip_text(pick(rng, ctx.chat), 1500) for _ in ts_h],
            models=ctx.models(rng, ts_h, 0.3, 0.1),
            comp_median=350.0,
            err=0.01,
        )
        proxies = resi(rng, irange(rng, 5, 15), region_of.get(tz, "us"))
        work = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 7)),
            workday(tz, weekend=0.6),
            float(rng.uniform(7, 11)),
            float(rng.uniform(20, 45)),
            0.6,
        )
        ts_w = _cat(work)
        prompts = [
            tx.clip_text(pick(rng, ctx.chat), 1500)
            if chance(rng, p_chat)
            else tx.code_task(rng, pick(rng, styles))
            for _ in ts_w
        ]
        ctx.emit(
            rng,
            a,
            ts_w,
            prompts,
            models=ctx.models(rng, ts_w, 0.8, 0.03),
            ips=sticky(rng, ts_w, proxies, hold),
            ua=new_ua,
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged accounts",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "pivot": "release + 0-0.6 d per account",
            "ip_source": "owner's home IP before, residential proxies in the owner's region after",
            "user_agent": f"owner's browser before, {new_ua} after",
            "styles": styles,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay by a crowd on phones and home lines


def speed_vault(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "speed_vault"
    n = irange(rng, 20, 34)
    n_cards = max(3, n // irange(rng, 4, 8))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    carriers = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}
    kinds = _subset(rng, tuple(carriers), 2)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    base = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    accts = []
    for i in range(n):
        kind = pick(rng, kinds)
        tz = carriers[kind]
        on_phone = chance(rng, 0.6)
        ua = pick(rng, MOBILE) if on_phone else pick(rng, BROWSERS)
        home_ip = home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(a)
        on = base + float(rng.uniform(0, 0.8)) * DAY
        sess = session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(3, 6)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(30, 70)),
            0.7,
        )
        ts_all, prompts, ips = [], [], []
        for st in sess:
            ip = mobile_v6(rng, 1, kind)[0] if on_phone and chance(rng, 0.7) else home_ip[0]
            for t in st.tolist():
                ts_all.append(t)
                prompts.append(ctx.chat[order[cursor % len(order)]].strip())
                cursor += 1
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=ips,
            comp_median=400.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (each public prompt once, spread over the crowd)",
            "keys": n,
            "orgs": n,
            "cards": n_cards,
            "payment": "prepaid cards reused across accounts",
            "ip_source": f"carrier IPv6 per session ({', '.join(kinds)}) and home lines",
            "pacing": "human-like evening sessions from just before release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tic_tac": tic_tac,
    "lache": lache,
    "kash_vault": kash_vault,
    "palm_spin": palm_spin,
    "double_kong": double_kong,
    "cat_balance": cat_balance,
    "underbar": underbar,
    "wall_run": wall_run,
    "traceur": traceur,
    "precision_jump": precision_jump,
    "dash_vault": dash_vault,
    "speed_vault": speed_vault,
}
