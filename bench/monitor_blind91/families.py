"""Campaign families of blind batch 91 (code names from rock climbing).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng` (so every seed
gives a different instance), creates accounts through `ctx.account`, registers the campaign with
`ctx.campaign`, and writes events with `ctx.emit`. See README.md for what each one models.
"""

from __future__ import annotations

import random

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx
from bench.monitor_blind91 import texts as tx

LABEL = "campaign"


def _r(rng: np.random.Generator) -> random.Random:
    """A fast text generator seeded from the family's numpy generator (deterministic per seed)."""
    return random.Random(int(rng.integers(0, 2**62)))


def _langs(rng: np.random.Generator, pool: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = min(len(pool), bb.irange(rng, lo, hi))
    return [pool[i] for i in sorted(rng.choice(len(pool), size=k, replace=False).tolist())]


def _payments(rng: np.random.Generator, n: int, mode: str, n_cards: int) -> list[str | None]:
    """Per account: a card from a small shared pool, or None (the account gets its own)."""
    if mode != "shared":
        return [None] * n
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    return [bb.pick(rng, cards) for _ in range(n)]


def _ip_pool(rng: np.random.Generator, source: str, provider: str, region: str) -> list[str]:
    if source == "rented_block":
        return bb.rented_block(rng, provider, bb.irange(rng, 1, 3), bb.irange(rng, 3, 8))
    if source == "cloud_mixed":
        return bb.cloud(rng, bb.irange(rng, 6, 20))
    if source == "resi_proxy":
        return bb.resi(rng, bb.irange(rng, 150, 400), region)
    return bb.cloud(rng, bb.irange(rng, 2, 6), provider)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a worker pool


def bergschrund_traces(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bergschrund_traces"
    r = _r(rng)
    n = bb.irange(rng, 14, 22)
    provider = bb.pick(rng, bb.providers())
    source = bb.pick(rng, ("rented_block", "cloud_mixed", "resi_proxy", "single_provider"))
    region = bb.pick(rng, bb.regions())
    pool = _ip_pool(rng, source, provider, region)
    pay_mode = bb.pick(rng, ("shared", "per_key"))
    pays = _payments(rng, n, pay_mode, bb.irange(rng, 2, 4))
    orgs = [bb.hexid(rng, "org") for _ in range(bb.irange(rng, 1, 3))]
    langs = _langs(rng, ("en", "zh", "ru", "es", "ko", "ja", "de", "ar"), 1, 3)
    if "en" not in langs and bb.chance(rng, 0.7):
        langs.append("en")
    one_ua = bb.chance(rng, 0.5)
    ua = bb.sdk_ua(rng)
    start = ctx.release - float(rng.uniform(0.2, 2.0)) * DAY
    per_hour = float(rng.uniform(22, 55))
    curve = (
        bb.constant
        if bb.chance(rng, 0.5)
        else bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    )
    fixed_style = bb.chance(rng, 0.6)
    comp = float(rng.uniform(900, 1600))
    accts = []
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=bb.pick(rng, orgs),
            pay=pays[i],
            ua=ua if one_ua else bb.sdk_ua(rng),
            ips=pool,
        )
        accts.append(a)
        ts = streams[i]
        lang = bb.pick(rng, langs)
        style = r.randrange(6) if fixed_style else None
        prompts = [
            tx.trace_prompt(r, lang if r.random() < 0.8 else bb.pick(rng, langs), style) for _ in ts
        ]
        ips = (
            bb.sticky(rng, ts, pool, float(rng.uniform(300, 1800)))
            if source == "resi_proxy"
            else None
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.45,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "accounts": n,
            "ip_source": source,
            "provider": provider,
            "payment": pay_mode,
            "languages": langs,
            "per_hour": round(per_hour, 1),
            "start": start,
            "fixed_style": fixed_style,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. rubric / reward-model grading in cron bursts


def crimp_rubric(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crimp_rubric"
    r = _r(rng)
    n = bb.irange(rng, 8, 12)
    provider = bb.pick(rng, bb.providers())
    pay_mode = bb.pick(rng, ("shared", "per_key", "per_key"))
    pays = _payments(rng, n, pay_mode, bb.irange(rng, 1, 3))
    styles = sorted(set(rng.integers(0, 5, size=bb.irange(rng, 1, 4)).tolist()))
    per_key = float(rng.uniform(180, 420))
    size = float(rng.uniform(8, 24))
    gap = float(rng.uniform(0.8, 3.5))
    start = ctx.release - float(rng.uniform(0, 1.5)) * DAY
    tz = bb.pick(rng, bb.TZS)
    curve = (
        bb.constant
        if bb.chance(rng, 0.5)
        else bb.workday(tz, start=7.0, end=23.0, weekend=0.6, night=0.1)
    )
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, bb.irange(rng, 1, 2), provider),
        )
        accts.append(a)
        k_start = start + float(rng.uniform(0, 0.5)) * DAY
        starts = bb.thinned(
            rng, k_start, ctx.t1, per_key * float(rng.uniform(0.6, 1.4)) / size, curve
        )
        ts = np.concatenate(bb.bursts(rng, starts, size, gap, 0.5, ctx.t1) or [np.empty(0)])
        prompts, comp = [], []
        for _ in ts:
            s = bb.pick(rng, styles)
            q = bb.pick(rng, ctx.chat)
            ans = [bb.pick(rng, ctx.passages) for _ in range(4)]
            prompts.append(tx.rubric_prompt(r, q, ans, s))
            comp.append(520.0 if s == 2 else 90.0 if s in (0, 4) else 160.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=np.array(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "rubric_grading",
            "accounts": n,
            "ip_source": "cloud_per_key",
            "provider": provider,
            "payment": pay_mode,
            "styles": styles,
            "burst_size": round(size, 1),
            "burst_gap_s": round(gap, 2),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe rewrites by an office of operators behind residential proxies


def rappel_rewrites(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rappel_rewrites"
    r = _r(rng)
    n = bb.irange(rng, 8, 12)
    region = bb.pick(rng, ("cn", "sea", "us", "*", "jp_kr"))
    pool = bb.resi(rng, bb.irange(rng, 200, 500), region)
    hold = float(rng.uniform(300, 1800))
    tz = bb.pick(rng, (8, 8, 9, 3))
    curve = bb.workday(tz, start=9.0, end=21.0, weekend=float(rng.uniform(0.3, 0.8)), night=0.03)
    ua_kind = bb.pick(rng, ("browser", "sdk"))
    org = bb.hexid(rng, "org") if bb.chance(rng, 0.4) else None
    accts = []
    for _ in range(n):
        ua = bb.pick(rng, bb.BROWSERS) if ua_kind == "browser" else bb.sdk_ua(rng)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="operator",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        styles = sorted(set(rng.integers(0, 6, size=bb.irange(rng, 2, 5)).tolist()))
        ts = np.concatenate(
            bb.session_times(
                rng,
                ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
                ctx.t1,
                float(rng.uniform(4, 10)),
                curve,
                float(rng.uniform(6, 14)),
                float(rng.uniform(15, 50)),
                0.6,
            )
            or [np.empty(0)]
        )
        prompts = [tx.rewrite_prompt(r, bb.pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(300, 600)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "accounts": n,
            "ip_source": "resi_proxy",
            "region": region,
            "hold_s": round(hold),
            "operator_tz": tz,
            "user_agent": ua_kind,
            "shared_org": org is not None,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. tool-use / agent trajectories from a cluster behind one NAT


def portaledge_agents(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "portaledge_agents"
    r = _r(rng)
    n = bb.irange(rng, 6, 10)
    provider = bb.pick(rng, bb.providers())
    nat = bb.cloud(rng, bb.irange(rng, 2, 4), provider)
    uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "dspy/2.6.3 litellm/1.60.2",
        "AsyncOpenAI/Python 1.60.0",
    )
    ua = bb.pick(rng, uas)
    pay = bb.hexid(rng, "pay") if bb.chance(rng, 0.5) else None
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    eph = float(rng.uniform(4, 10))
    step_gap = float(rng.uniform(4, 12))
    base_ctx = float(rng.uniform(800, 2500))
    grow = float(rng.uniform(200, 600))
    accts = []
    streams = bb.worker_pool(rng, start, ctx.t1, eph, n)
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="rollout_worker",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        accts.append(a)
        ts_all, prompts, extra = [], [], []
        for s in streams[i].tolist():
            k = bb.irange(rng, 3, 10)
            style = r.randrange(3)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_prompt(r, j, style))
                extra.append(int(base_ctx + j * grow))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(150, 320)),
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "accounts": n,
            "ip_source": "cloud_nat",
            "provider": provider,
            "nat_ips": len(nat),
            "episodes_per_hour": round(eph, 1),
            "shared_payment": pay is not None,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation with account churn


def quickdraw_synth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "quickdraw_synth"
    r = _r(rng)
    n = bb.irange(rng, 16, 24)
    langs = _langs(
        rng,
        ("en", "es", "de", "fr", "pt", "zh", "ja", "ko", "ru", "id", "tr", "vi", "ar", "hi"),
        2,
        6,
    )
    pay_mode = bb.pick(rng, ("shared", "fresh_cards"))
    pays = _payments(rng, n, pay_mode, bb.irange(rng, 3, 5))
    provs = [bb.pick(rng, bb.providers()) for _ in range(bb.irange(rng, 2, 5))]
    life_lo, life_hi = float(rng.uniform(6, 14)), float(rng.uniform(20, 44))
    rate = float(rng.uniform(7, 18))
    fixed_style = bb.chance(rng, 0.5)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="disposable",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.4),
            ips=bb.cloud(rng, bb.irange(rng, 1, 2), bb.pick(rng, provs)),
        )
        accts.append(a)
        born = ctx.t0 + float(rng.uniform(0.3, 0.95)) * (ctx.t1 - ctx.t0)
        if bb.chance(rng, 0.6):
            born = max(born, ctx.release + float(rng.uniform(0, 0.3)) * DAY)
        life = float(rng.uniform(life_lo, life_hi)) * HOUR
        ts = bb.thinned(
            rng, born, born + life, rate * life / HOUR * float(rng.uniform(0.6, 1.4)), bb.constant
        )
        lang = bb.pick(rng, langs)
        style = r.randrange(6) if fixed_style else None
        prompts = [tx.synth_prompt(r, lang, style) for _ in ts]
        status = np.where(rng.random(len(ts)) < 0.015, 429, 200)
        tail = ts > born + 0.93 * life
        status = np.where(tail & (rng.random(len(ts)) < 0.7), 429, status)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.5,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "accounts": n,
            "ip_source": "cloud_per_account",
            "providers": provs,
            "payment": pay_mode,
            "languages": langs,
            "lifetime_h": [round(life_lo, 1), round(life_hi, 1)],
            "per_hour": round(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling of the new model


def deadpoint_softlabels(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "deadpoint_softlabels"
    r = _r(rng)
    n = bb.irange(rng, 6, 10)
    provider = bb.pick(rng, bb.providers())
    jobs_h = float(rng.uniform(4, 10))
    rep_lo = bb.irange(rng, 3, 5)
    rep_hi = rep_lo + bb.irange(rng, 2, 7)
    styles = sorted(set(rng.integers(0, 4, size=bb.irange(rng, 1, 3)).tolist()))
    start = ctx.release + float(rng.uniform(0, 8)) * HOUR
    org = bb.hexid(rng, "org") if bb.chance(rng, 0.5) else None
    accts = []
    streams = bb.worker_pool(rng, start, ctx.t1, jobs_h, n)
    comp_of = {0: 45.0, 1: 2.0, 2: 160.0, 3: 140.0}
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        ts_all, prompts, comp = [], [], []
        for s in streams[i].tolist():
            k = bb.irange(rng, rep_lo, rep_hi)
            style = bb.pick(rng, styles)
            q = tx.softlabel_prompt(r, style)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([q] * k)
            comp.extend([comp_of[style]] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.new_model,
            comp_median=np.asarray(comp),
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "accounts": n,
            "ip_source": "cloud_per_key",
            "provider": provider,
            "jobs_per_hour": round(jobs_h, 1),
            "repeats": [rep_lo, rep_hi],
            "styles": styles,
            "shared_org": org is not None,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multilingual curriculum sweep in shifts


def hangboard_curriculum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hangboard_curriculum"
    r = _r(rng)
    n = bb.irange(rng, 10, 16)
    langs = _langs(
        rng,
        ("en", "es", "pt", "de", "fr", "zh", "ja", "ko", "ru", "ar", "hi", "id", "vi", "tr"),
        4,
        9,
    )
    n_subj = bb.irange(rng, 3, 6)
    grid = tx.curriculum_grid(r, n_subj)
    source = bb.pick(rng, ("resi_by_language", "cloud_mixed"))
    tz = bb.pick(rng, bb.TZS)
    shift_start, shift_len = float(rng.uniform(0, 24)), float(rng.uniform(6, 14))
    curve = bb.nightly(shift_start, shift_len, tz)
    gap = float(rng.uniform(90, 300))
    region_of = {
        "zh": "cn",
        "ja": "jp_kr",
        "ko": "jp_kr",
        "ru": "ru",
        "hi": "in",
        "id": "sea",
        "vi": "sea",
        "es": "latam",
        "pt": "latam",
        "ar": "eu",
        "tr": "ru",
        "de": "eu",
        "fr": "eu",
        "en": "us",
    }
    pool = bb.cloud(rng, bb.irange(rng, 5, 15))
    accts = []
    for i in range(n):
        lang = langs[i % len(langs)]
        ips = (
            bb.resi(rng, bb.irange(rng, 20, 60), region_of[lang])
            if source == "resi_by_language"
            else pool
        )
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            ua=bb.sdk_ua(rng),
            ips=ips,
        )
        accts.append(a)
        begin = ctx.release - float(rng.uniform(-0.3, 1.0)) * DAY
        passes = bb.irange(rng, 1, 2)
        cells = grid * passes
        # regular clock with jitter, kept only inside the shift windows
        raw = begin + np.cumsum(gap * rng.uniform(0.7, 1.3, size=len(cells) * 6))
        raw = raw[(curve(raw) > 0) & (raw < ctx.t1)][: len(cells)]
        prompts = [
            tx.curriculum_prompt(lang, j % len(grid) + 1, len(grid), cells[j])
            for j in range(len(raw))
        ]
        ctx.emit(
            rng,
            a,
            raw,
            prompts,
            models=ctx.models(rng, raw, p_new=0.98, p_mini=0.0),
            comp_median=float(rng.uniform(700, 1200)),
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "accounts": n,
            "languages": langs,
            "subjects": n_subj,
            "grid": len(grid),
            "ip_source": source,
            "shift_tz": tz,
            "shift": [round(shift_start, 1), round(shift_len, 1)],
            "gap_s": round(gap),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. (hard) low-and-slow accounts that look like people


def kneebar_lowslow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kneebar_lowslow"
    r = _r(rng)
    n = bb.irange(rng, 35, 50)
    domains = [bb.pick(rng, ("pharma", "law", "finance", "code", "science"))]
    if bb.chance(rng, 0.5):
        domains.append(bb.pick(rng, ("pharma", "law", "finance", "code", "science")))
    p_chat = float(rng.uniform(0.1, 0.3))
    accts = []
    for _ in range(n):
        tz = bb.pick(rng, bb.TZS)
        kind = bb.pick(rng, ("browser", "mobile", "sdk"))
        ua = {
            "browser": bb.pick(rng, bb.BROWSERS),
            "mobile": bb.pick(rng, bb.MOBILE),
            "sdk": bb.pick(rng, bb.SDK_COMMON),
        }[kind]
        ips = bb.home(rng, bb.irange(rng, 1, 3), tz)
        if kind == "mobile" and bb.chance(rng, 0.5):
            ips += bb.mobile_v6(
                rng,
                bb.irange(rng, 2, 6),
                bb.pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        a = ctx.account(
            rng, label=LABEL, family=fam, role="sleeper", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        accts.append(a)
        curve = bb.evening_person(tz) if bb.chance(rng, 0.6) else bb.workday(tz)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = np.concatenate(
            bb.session_times(
                rng,
                begin,
                ctx.t1,
                float(rng.uniform(0.4, 1.8)),
                curve,
                float(rng.uniform(2, 5)),
                float(rng.uniform(40, 200)),
                0.9,
            )
            or [np.empty(0)]
        )
        if len(ts) == 0:
            ts = np.array([begin + float(rng.uniform(0, 1)) * (ctx.t1 - begin)])
        prompts = [
            bb.pick(rng, ctx.chat)
            if r.random() < p_chat
            else tx.casual_question(r, bb.pick(rng, domains))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            comp_median=float(rng.uniform(300, 550)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_people",
            "accounts": n,
            "domains": domains,
            "ip_source": "home_isp_by_tz",
            "payment": "distinct",
            "p_chat_cover": round(p_chat, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden in a real product's user traffic


def heel_hook_embedded(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "heel_hook_embedded"
    r = _r(rng)
    n = bb.irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = bb.pick(rng, bb.providers())
    ua = bb.sdk_ua(rng, 0.7)
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.75)))
    p_inj = float(rng.uniform(0.08, 0.22))
    wrap = bb.pick(rng, ("none", "user_prefix", "app_tag"))
    locale = bb.pick(rng, ("en-US", "es-MX", "pt-BR", "de-DE", "id-ID", "tr-TR"))
    inj_mix = bb.pick(rng, ("trace", "synth", "trace+synth", "trace+rubric"))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, bb.irange(rng, 2, 4), provider),
        )
        accts.append(a)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(900, 2200)), curve)
        prompts, comp = [], []
        for _ in ts:
            if r.random() < p_inj:
                which = bb.pick(rng, inj_mix.split("+"))
                if which == "trace":
                    body, c = tx.trace_prompt(r, "en"), 1100.0
                elif which == "synth":
                    body, c = tx.synth_prompt(r, "en"), 1300.0
                else:
                    body, c = (
                        tx.rubric_prompt(
                            r,
                            bb.pick(rng, ctx.chat),
                            [bb.pick(rng, ctx.passages) for _ in range(4)],
                            1,
                        ),
                        160.0,
                    )
            else:
                body, c = bb.pick(rng, ctx.chat), 330.0
            if wrap == "user_prefix":
                body = f"User: {body}"
            elif wrap == "app_tag":
                body = f"[locale={locale}] {body}"
            prompts.append(body)
            comp.append(c)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.15),
            comp_median=np.asarray(comp),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "accounts": n,
            "ip_source": "cloud_egress",
            "provider": provider,
            "injection_share": round(p_inj, 3),
            "wrapper": wrap,
            "injected": inj_mix,
            "payment": "one_card",
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) replay of a public human-chat corpus through churned residential accounts


def sloper_replay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sloper_replay"
    r = _r(rng)
    n = bb.irange(rng, 20, 30)
    pool = bb.resi(rng, bb.irange(rng, 250, 600), bb.pick(rng, ("*", "us", "eu", "latam", "sea")))
    hold = float(rng.uniform(300, 3600))
    suffixes = (
        "",
        " Please answer thoroughly.",
        " Be detailed.",
        "\n\nAnswer in full, with examples.",
    )
    p_suffix = float(rng.uniform(0.0, 0.2))
    order = rng.permutation(len(ctx.chat))
    shard = len(order) // n
    ua_kind = bb.pick(rng, ("browser", "mixed"))
    accts = []
    for i in range(n):
        ua = (
            bb.pick(rng, bb.BROWSERS)
            if ua_kind == "browser" or bb.chance(rng, 0.5)
            else bb.sdk_ua(rng)
        )
        a = ctx.account(
            rng, label=LABEL, family=fam, role="replayer", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(a)
        born = (
            ctx.release - 0.5 * DAY + float(rng.uniform(0, 1)) * (ctx.t1 - ctx.release + 0.3 * DAY)
        )
        life = float(rng.uniform(10, 50)) * HOUR
        tz = bb.pick(rng, bb.TZS)
        curve = bb.constant if bb.chance(rng, 0.5) else bb.evening_person(tz, 4.0)
        ts = np.concatenate(
            bb.session_times(
                rng,
                born,
                min(born + life, ctx.t1),
                float(rng.uniform(6, 16)),
                curve,
                float(rng.uniform(5, 12)),
                float(rng.uniform(25, 90)),
                0.7,
            )
            or [np.empty(0)]
        )
        if len(ts) == 0:
            ts = np.array([born])
        mine = order[i * shard : (i + 1) * shard].tolist()
        prompts = []
        for j in range(len(ts)):
            q = ctx.chat[mine[j % len(mine)]]
            if r.random() < p_suffix:
                q = q + bb.pick(rng, suffixes)
            prompts.append(q)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "corpus_replay",
            "accounts": n,
            "ip_source": "resi_proxy",
            "hold_s": round(hold),
            "p_suffix": round(p_suffix, 3),
            "user_agent": ua_kind,
            "payment": "distinct",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. multi-turn dialogue harvesting by script


def chimney_dialogue(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chimney_dialogue"
    r = _r(rng)
    n = bb.irange(rng, 8, 12)
    langs = _langs(rng, ("en", "es", "zh", "de", "fr", "ja", "ru", "ko"), 2, 5)
    conv_h = float(rng.uniform(5, 12))
    turn_gap = float(rng.uniform(6, 20))
    turns_hi = bb.irange(rng, 4, 8)
    cloud_pool = bb.cloud(rng, bb.irange(rng, 3, 8), bb.pick(rng, bb.providers()))
    resi_pool = bb.resi(rng, bb.irange(rng, 50, 150))
    p_resi = float(rng.uniform(0, 0.6))
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    pays = _payments(rng, n, bb.pick(rng, ("shared", "per_key")), 2)
    accts = []
    streams = bb.worker_pool(rng, start, ctx.t1, conv_h, n)
    for i in range(n):
        ips = resi_pool if bb.chance(rng, p_resi) else cloud_pool
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng),
            ips=ips,
        )
        accts.append(a)
        ts_all, prompts = [], []
        for s in streams[i].tolist():
            m = bb.irange(rng, 2, turns_hi)
            lang = bb.pick(rng, langs)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(turn_gap), 0.4, size=m))])
            ts_all.extend(t.tolist())
            prompts.append(tx.dialogue_opener(r))
            prompts.extend(tx.dialogue_followup(r, lang) for _ in range(m))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=float(rng.uniform(380, 650)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "accounts": n,
            "languages": langs,
            "conversations_per_hour": round(conv_h, 1),
            "turn_gap_s": round(turn_gap, 1),
            "max_followups": turns_hi,
            "p_residential_key": round(p_resi, 2),
        },
    )


CAMPAIGN_FAMILIES = {
    "bergschrund_traces": bergschrund_traces,
    "crimp_rubric": crimp_rubric,
    "rappel_rewrites": rappel_rewrites,
    "portaledge_agents": portaledge_agents,
    "quickdraw_synth": quickdraw_synth,
    "deadpoint_softlabels": deadpoint_softlabels,
    "hangboard_curriculum": hangboard_curriculum,
    "kneebar_lowslow": kneebar_lowslow,
    "heel_hook_embedded": heel_hook_embedded,
    "sloper_replay": sloper_replay,
    "chimney_dialogue": chimney_dialogue,
}
