"""Campaign families of blind batch 85 (code names from cartography).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes its
events with `ctx.emit` and records itself with `ctx.campaign`. Every parameter is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    nightly,
    pick,
    picks,
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
from bench.monitor_blind85 import texts as T

CAMP = "campaign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _some(rng: np.random.Generator, seq, lo: int, hi: int) -> list[str]:
    """Between lo and hi distinct items of seq, as plain strings."""
    k = min(irange(rng, lo, hi), len(seq))
    return [str(seq[i]) for i in rng.permutation(len(seq))[:k].tolist()]


def _payments(rng: np.random.Generator, n: int, mode: str) -> list[str | None]:
    """`shared`: a few cards round the keys; `distinct`: one each (None lets ctx draw one)."""
    if mode == "shared":
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
        return [cards[i % len(cards)] for i in range(n)]
    return [None] * n


def _ip_source(rng: np.random.Generator, kind: str) -> list[str]:
    if kind == "rented_block":
        return rented_block(rng, pick(rng, providers()), irange(rng, 1, 5), irange(rng, 3, 9))
    if kind == "multi_cloud":
        return [
            ip
            for p in picks(rng, providers(), irange(rng, 2, 4))
            for ip in cloud(rng, irange(rng, 2, 6), p)
        ]
    return resi(rng, irange(rng, 150, 900), pick(rng, ("*", "us", "eu", "sea", "latam", "in")))


# --------------------------------------------------------------------------------------------


def loxodrome(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: a queue of fresh problems fanned out over a pool of keys."""
    fam = "loxodrome"
    n = irange(rng, 14, 26)
    ip_kind = pick(rng, ("rented_block", "multi_cloud", "resi_sticky"))
    pool = _ip_source(rng, ip_kind)
    pay_mode = pick(rng, ("shared", "distinct"))
    pays = _payments(rng, n, pay_mode)
    ua_mode = pick(rng, ("one", "per_key"))
    ua0 = sdk_ua(rng)
    langs = ["en"] + _some(rng, ["zh", "ru", "es", "ja", "ko"], 1, 3)
    lang_w = rng.dirichlet(np.ones(len(langs)))
    styles = _some(rng, T.TRACE_STYLES, 1, 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_key_day = float(rng.uniform(25, 80))
    surge = float(rng.uniform(1.4, 3.0))
    hold = float(rng.uniform(5, 45)) * MINUTE
    accts = []
    for i in range(n):
        ips = pool if ip_kind != "rented_block" else picks(rng, pool, irange(rng, 1, 4))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=pays[i],
                ua=ua0 if ua_mode == "one" else sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    pre = (
        worker_pool(rng, start, ctx.release, per_key_day * n / 24.0, n)
        if start < ctx.release
        else [np.empty(0)] * n
    )
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, surge * per_key_day * n / 24.0, n)
    for a, p, q in zip(accts, pre, post, strict=True):
        ts = _concat([p, q])
        lang = [langs[i] for i in rng.choice(len(langs), size=len(ts), p=lang_w).tolist()]
        prompts = [T.reasoning_trace(rng, lg, pick(rng, styles)) for lg in lang]
        ips = sticky(rng, ts, a.ips, hold) if ip_kind == "resi_sticky" else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            ips=ips,
            comp_median=float(rng.uniform(900, 1900)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "ip_source": ip_kind,
            "payment": pay_mode,
            "user_agent": ua_mode,
            "languages": langs,
            "styles": styles,
            "per_key_day": round(per_key_day, 1),
            "post_release_surge": round(surge, 2),
        },
    )


def isopleth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reward-model data: grading/critique of (prompt, answer) pairs, keys on residential proxies."""
    fam = "isopleth"
    n = irange(rng, 10, 18)
    regions = _some(rng, ["us", "eu", "latam", "in", "sea", "ca"], 1, 3)
    styles = _some(rng, T.GRADING_STYLES, 2, 3)
    tz = pick(rng, TZS)
    curve = pick(rng, ("operator_day", "flat"))
    hold = float(rng.uniform(10, 60)) * MINUTE
    per_day = float(rng.uniform(3, 9))
    size = float(rng.uniform(12, 40))
    gap = float(rng.uniform(5, 20))
    accts = []
    for _ in range(n):
        pool = resi(rng, irange(rng, 40, 200), pick(rng, regions))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "python-httpx/0.28.1",
                        "aiohttp/3.11.11",
                        "OpenAI/Python 1.58.1",
                    ),
                ),
                ips=pool,
            )
        )
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        c = (
            workday(tz, start=irange(rng, 7, 10), end=irange(rng, 18, 23), weekend=0.6)
            if curve == "operator_day"
            else constant
        )
        ts = _concat(session_times(rng, start, ctx.t1, per_day, c, size, gap, 0.6))
        pairs = T.qa_pairs()
        prompts = [T.grading(rng, *pick(rng, pairs), pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            ips=sticky(rng, ts, a.ips, hold),
            comp_median=float(rng.uniform(450, 900)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reward_model_grading",
            "keys": n,
            "ip_source": "residential_sticky",
            "regions": regions,
            "styles": styles,
            "pacing": curve,
            "operator_tz": tz,
            "payment": "distinct",
        },
    )


def gnomonic(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """State-aligned harvest of censorship-compliant rewrites, mixed with Chinese reasoning work."""
    fam = "gnomonic"
    n = irange(rng, 8, 14)
    ip_kind = pick(rng, ("cn_cloud", "hk_sea_resi", "mixed"))
    pays = _payments(rng, n, "shared")
    zh_share = float(rng.uniform(0.3, 0.75))
    censor_share = float(rng.uniform(0.4, 0.75))
    styles = _some(rng, T.CENSOR_STYLES, 2, 4)
    pacing = pick(rng, ("cn_office", "cn_night", "flat"))
    curve = {
        "cn_office": workday(8, weekend=0.3),
        "cn_night": nightly(22, irange(rng, 5, 9), 8),
        "flat": constant,
    }[pacing]
    accts = []
    for i in range(n):
        if ip_kind == "cn_cloud" or (ip_kind == "mixed" and i % 2 == 0):
            ips = cloud(
                rng, irange(rng, 1, 3), pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
            )
        else:
            ips = resi(rng, irange(rng, 5, 30), pick(rng, ("sea", "cn", "jp_kr")))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=pays[i],
                ua=pick(
                    rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2", "Go-http-client/2.0")
                ),
                ips=ips,
                tz=8,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a in accts:
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(60, 260)), curve)
        prompts = []
        for _ in range(len(ts)):
            lang = "zh" if chance(rng, zh_share) else "en"
            if chance(rng, censor_share):
                prompts.append(T.censorship_rewrite(rng, lang, pick(rng, styles)))
            else:
                prompts.append(T.reasoning_trace(rng, lang, pick(rng, T.TRACE_STYLES)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.04),
            comp_median=float(rng.uniform(500, 1100)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "keys": n,
            "ip_source": ip_kind,
            "payment": "shared",
            "languages": ["zh", "en"],
            "zh_share": round(zh_share, 2),
            "censor_share": round(censor_share, 2),
            "styles": styles,
            "pacing": pacing,
        },
    )


def portolan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agentic tool-use trajectories: multi-step episodes from a cluster's few egress IPs."""
    fam = "portolan"
    n = irange(rng, 10, 18)
    prov = pick(rng, providers())
    egress = cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    style = pick(rng, T.AGENT_STYLES)
    pays = _payments(rng, n, pick(rng, ("shared", "distinct")))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=egress,
        )
        for i in range(n)
    ]
    ep_per_day = float(rng.uniform(4, 14))
    steps_mean = float(rng.uniform(4, 10))
    tool_gap = float(rng.uniform(2.5, 12))
    ctx_step = irange(rng, 250, 900)
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, start, ctx.t1, ep_per_day * (ctx.t1 - start) / DAY, constant)
        ts_all, prompts, extra = [], [], []
        for ep in bursts(rng, starts, steps_mean, tool_gap, 0.7, b=ctx.t1):
            base = irange(rng, 300, 1200)
            for k, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(T.agent_task(rng, style) if k == 0 else T.agent_step(rng, k))
                extra.append(0 if k == 0 else base + k * ctx_step)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra = np.asarray(extra, dtype=np.int64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            extra=extra,
            comp_median=float(rng.uniform(220, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "keys": n,
            "ip_source": f"cloud_egress:{prov}",
            "egress_ips": len(egress),
            "user_agent": ua,
            "tool_format": style,
            "episodes_per_day": round(ep_per_day, 1),
            "steps_mean": round(steps_mean, 1),
        },
    )


def cadastre(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation with account churn: short-lived keys replaced
    on a schedule, each generation on new cloud hosts."""
    fam = "cadastre"
    slots = irange(rng, 3, 5)
    life_lo, life_hi = float(rng.uniform(20, 36)), float(rng.uniform(40, 80))
    rate = float(rng.uniform(8, 30))  # per hour per live key
    styles = _some(rng, T.DATASET_STYLES, 2, 4)
    reuse_pay = chance(rng, 0.35)
    org_mode = pick(rng, ("fresh_org", "one_org"))
    org0 = hexid(rng, "org")
    pay0 = hexid(rng, "pay")
    accts = []
    for _ in range(slots):
        t = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        while t < ctx.t1:
            life = float(rng.uniform(life_lo, life_hi)) * HOUR
            prov = pick(
                rng, ("vultr", "digitalocean", "contabo", "hetzner", "linode", "ovh", "scaleway")
            )
            a = ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="churned_worker",
                campaign_id=cid,
                org=org0 if org_mode == "one_org" else None,
                pay=pay0 if reuse_pay else None,
                ua=sdk_ua(rng, 0.4),
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
            accts.append(a)
            ts = thinned(rng, t, min(t + life, ctx.t1), rate * life / HOUR, constant)
            prompts = [T.dataset_request(rng, pick(rng, styles)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
                comp_median=float(rng.uniform(1400, 3000)),
                comp_sigma=0.4,
                err=float(rng.uniform(0.02, 0.12)),
            )
            t = t + life + float(rng.uniform(0.2, 6)) * HOUR
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "slots": slots,
            "keys": len(accts),
            "key_life_h": [round(life_lo, 1), round(life_hi, 1)],
            "rate_per_hour": round(rate, 1),
            "styles": styles,
            "payment": "reused" if reuse_pay else "fresh",
            "org": org_mode,
            "ip_source": "cloud_per_generation",
        },
    )


def sounding_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n on ordinary prompts: each human prompt sent n times, every copy through a
    different key and a different residential exit, spread over hours."""
    fam = "sounding_line"
    n = irange(rng, 12, 20)
    copies = irange(rng, 4, min(10, n))
    per_key = irange(rng, 60, 180)
    m = max(1, per_key * n // copies)
    spread = float(rng.uniform(0.5, 8)) * HOUR
    suffix = pick(
        rng, ("", "", "\n\nAnswer thoroughly.", "\n\nGive your best, most complete answer.")
    )
    ua_mode = pick(rng, ("browser", "sdk"))
    region = pick(rng, ("*", "us", "eu"))
    pool = resi(rng, irange(rng, 2000, 6000), region)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            ua=pick(rng, BROWSERS) if ua_mode == "browser" else sdk_ua(rng, 0.6),
            ips=pool,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    base = thinned(rng, start, ctx.t1, m, constant)
    chosen = rng.choice(len(ctx.chat), size=len(base), replace=len(base) > len(ctx.chat))
    per: list[list] = [[] for _ in range(n)]
    for b, ci in zip(base.tolist(), chosen.tolist(), strict=True):
        prompt = ctx.chat[ci] + suffix
        for k in rng.choice(n, size=copies, replace=False).tolist():
            per[k].append((b + float(rng.uniform(0, spread)), prompt))
    for a, rows in zip(accts, per, strict=True):
        rows.sort()
        ts = np.asarray([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=picks(rng, a.ips, len(ts)),
            comp_median=float(rng.uniform(300, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_spread",
            "keys": n,
            "copies": copies,
            "prompts": len(base),
            "spread_h": round(spread / HOUR, 1),
            "ip_source": f"residential_rotating:{region}",
            "user_agent": ua_mode,
            "payment": "distinct",
            "source": "sharegpt_chat",
        },
    )


_LANG_REGION = {
    "es": ("latam", "eu"),
    "pt": ("latam",),
    "fr": ("eu",),
    "de": ("eu",),
    "pl": ("eu",),
    "ru": ("ru",),
    "tr": ("ru",),
    "zh": ("cn", "sea"),
    "ja": ("jp_kr",),
    "ko": ("jp_kr",),
    "ar": ("eu", "ru"),
    "hi": ("in",),
    "id": ("sea",),
    "vi": ("sea",),
    "sw": ("*",),
}
_LANG_TZ = {
    "es": -3,
    "pt": -3,
    "fr": 1,
    "de": 1,
    "pl": 1,
    "ru": 3,
    "tr": 3,
    "zh": 8,
    "ja": 9,
    "ko": 9,
    "ar": 3,
    "hi": 5,
    "id": 8,
    "vi": 8,
    "sw": 3,
}


def chorography(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multilingual harvest: the same kinds of questions in many languages, each key geo-targeted
    through residential exits of its language's region."""
    fam = "chorography"
    langs = _some(rng, T.ML_LANGS, 6, 12)
    n = irange(rng, 10, 18)
    styles = _some(rng, T.ML_STYLES, 1, 3)
    mimic = chance(rng, 0.5)
    pay_mode = pick(rng, ("shared", "distinct"))
    pays = _payments(rng, n, pay_mode)
    accts, key_langs = [], []
    for i in range(n):
        kl = _some(rng, langs, 1, 2)
        key_langs.append(kl)
        ips = resi(rng, irange(rng, 10, 60), pick(rng, _LANG_REGION[kl[0]]))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=pays[i],
                ua=sdk_ua(rng, 0.5),
                ips=ips,
                tz=_LANG_TZ[kl[0]],
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a, kl in zip(accts, key_langs, strict=True):
        c = workday(a.tz, start=8, end=22, weekend=0.5) if mimic else constant
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(90, 320)), c)
        prompts = [T.multilingual(rng, pick(rng, kl), pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=float(rng.uniform(400, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multilingual_harvest",
            "keys": n,
            "languages": langs,
            "styles": styles,
            "pacing": "local_day_mimic" if mimic else "flat",
            "payment": pay_mode,
            "ip_source": "residential_geo_targeted",
        },
    )


def dead_reckoning(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator drives long conversations, each on its own
    sticky residential exit."""
    fam = "dead_reckoning"
    n = irange(rng, 12, 20)
    regions = _some(rng, ["us", "eu", "ca", "latam", "in"], 1, 2)
    langs = ["en"] + _some(rng, ["zh", "es", "ru"], 0, 2)
    conv_day = float(rng.uniform(3, 10))
    turns = float(rng.uniform(5, 12))
    think = float(rng.uniform(6, 25))
    opener_mix = float(rng.uniform(0.3, 0.8))
    pacing = pick(rng, ("flat", "evening"))
    tz = pick(rng, TZS)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="simulator",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE) if chance(rng, 0.5) else sdk_ua(rng),
            ips=resi(rng, irange(rng, 100, 400), pick(rng, regions)),
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        c = evening_person(tz) if pacing == "evening" else constant
        convs = session_times(rng, start, ctx.t1, conv_day, c, turns, think, 0.5)
        ts_all, prompts, extra, ips = [], [], [], []
        lang = pick(rng, langs)
        for conv in convs:
            exit_ip = pick(rng, a.ips)
            for k, t in enumerate(conv.tolist()):
                ts_all.append(t)
                ips.append(exit_ip)
                if k == 0:
                    prompts.append(
                        pick(rng, ctx.chat) if chance(rng, opener_mix) else T.dialogue_opener(rng)
                    )
                else:
                    prompts.append(T.followup(rng, lang))
                extra.append(k * irange(rng, 250, 600))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            extra=np.asarray(extra, dtype=np.int64)[order],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=float(rng.uniform(350, 700)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "keys": n,
            "regions": regions,
            "languages": langs,
            "conversations_per_day": round(conv_day, 1),
            "turns_mean": round(turns, 1),
            "pacing": pacing,
            "ip_source": "residential_sticky_per_conversation",
        },
    )


_PRODUCTS = (
    (
        "StudyPal",
        "You are StudyPal, a friendly study helper for university students. Answer the student's question clearly.\nStudent: {q}",
    ),
    (
        "Quillbird",
        "Quillbird writing assistant. The user's request follows; help them with it.\n---\n{q}",
    ),
    ("AskNorth", "[AskNorth app | locale=auto | safe=on]\nUser: {q}"),
    (
        "Brainbox Tutor",
        "System: Brainbox Tutor. Be accurate and show working where helpful.\nQuestion: {q}",
    ),
)


def orthophoto(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real consumer app whose backend keys also carry its operator's own harvest jobs, inside
    the app's genuine user traffic and its prompt wrapper."""
    fam = "orthophoto"
    name, wrap = pick(rng, _PRODUCTS)
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "axios/1.7.9"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(n)
    ]
    share = float(rng.uniform(0.12, 0.32))
    placement = pick(rng, ("offpeak", "uniform"))
    peak = float(rng.uniform(0, 24))
    load = global_load(peak, float(rng.uniform(0.4, 0.8)))
    harvest_kind = pick(rng, ("trace", "dataset", "both"))
    adopt = float(rng.uniform(0.3, 0.7))
    for a in accts:
        vol = float(rng.uniform(300, 1100))
        real = thinned(rng, ctx.t0, ctx.t1, vol, load)
        off = nightly((peak + 10) % 24, 8, 0) if placement == "offpeak" else constant
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        fake = thinned(rng, start, ctx.t1, vol * share, off)
        rows = [(t, wrap.format(q=pick(rng, ctx.chat)), False) for t in real.tolist()]
        for t in fake.tolist():
            hk = harvest_kind if harvest_kind != "both" else pick(rng, ("trace", "dataset"))
            q = (
                T.reasoning_trace(rng, "en", pick(rng, T.TRACE_STYLES))
                if hk == "trace"
                else T.dataset_request(rng, pick(rng, T.DATASET_STYLES))
            )
            rows.append((t, wrap.format(q=q), True))
        rows.sort(key=lambda r: r[0])
        ts = np.asarray([r[0] for r in rows])
        is_h = np.asarray([r[2] for r in rows], dtype=bool)
        m_real = ctx.models(rng, ts, p_new=adopt, p_mini=0.25)
        m_h = ctx.models(rng, ts, p_new=0.95, p_mini=0.02)
        models = [h if f else r for r, h, f in zip(m_real, m_h, is_h.tolist(), strict=True)]
        comp = np.where(is_h, float(rng.uniform(900, 1800)), float(rng.uniform(250, 450)))
        ctx.emit(rng, a, ts, [r[1] for r in rows], models=models, comp_median=comp, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "product": name,
            "keys": n,
            "harvest_share": round(share, 2),
            "placement": placement,
            "harvest": harvest_kind,
            "ip_source": f"cloud:{prov}",
            "payment": "one_card",
            "genuine_source": "sharegpt_chat",
        },
    )


def trig_point(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: many consumer-looking accounts, each a few sessions a day from a home
    address, together covering one curriculum."""
    fam = "trig_point"
    n = irange(rng, 25, 40)
    onboarding = pick(rng, ("at_release", "spread"))
    tzs = picks(rng, list(TZS), irange(rng, 1, 4))
    per_day = float(rng.uniform(0.6, 2.0))
    size = float(rng.uniform(2.5, 6))
    gap = float(rng.uniform(45, 200))
    areas = _some(rng, ["math", "coding", "science"], 1, 3)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sleeper",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        if onboarding == "at_release":
            start = ctx.release + float(rng.uniform(0, 30)) * HOUR
        else:
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        casual = T.casual_prefix(rng)
        area = pick(rng, areas)
        ts = _concat(session_times(rng, start, ctx.t1, per_day, evening_person(tz), size, gap, 0.9))
        ts = ts[: irange(rng, 8, 45)]
        prompts = [T.curriculum_item(rng, casual, area) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(600, 1300)),
            err=0.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_curriculum",
            "keys": n,
            "onboarding": onboarding,
            "timezones": tzs,
            "areas": areas,
            "ip_source": "home_residential",
            "payment": "distinct",
            "user_agent": "browser_or_mobile",
        },
    )


def scale_bar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Cross-tier soft labels: each prompt sent to two or three model tiers within seconds."""
    fam = "scale_bar"
    n = irange(rng, 5, 9)
    pool = rented_block(
        rng, pick(rng, ("hetzner", "ovh", "leaseweb", "m247")), irange(rng, 1, 3), irange(rng, 3, 8)
    )
    pays = _payments(rng, n, pick(rng, ("shared", "distinct")))
    ua = sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    jobs_h = float(rng.uniform(1.2, 4.0)) * n
    kind = pick(rng, ("problems", "dataset", "mixed"))
    langs = ["en"] + _some(rng, ["zh", "ru", "es"], 0, 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, jobs_h, n), strict=True):
        ts_all, prompts, models = [], [], []
        for t in jobs.tolist():
            k = kind if kind != "mixed" else pick(rng, ("problems", "dataset"))
            p = (
                T.problem(rng, pick(rng, langs))
                if k == "problems"
                else T.dataset_request(rng, pick(rng, T.DATASET_STYLES))
            )
            tiers = [mini, old] + ([new] if t >= ctx.release else [])
            if len(tiers) == 3 and chance(rng, 0.3):
                tiers = [mini, new]
            for j, mdl in enumerate(tiers):
                ts_all.append(t + j * float(rng.uniform(0.05, 4)))
                prompts.append(p)
                models.append(mdl)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=float(rng.uniform(400, 1200)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "cross_tier_soft_labels",
            "keys": n,
            "jobs_per_hour": round(jobs_h, 1),
            "content": kind,
            "languages": langs,
            "ip_source": "rented_block",
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES = {
    "loxodrome": loxodrome,
    "isopleth": isopleth,
    "gnomonic": gnomonic,
    "portolan": portolan,
    "cadastre": cadastre,
    "sounding_line": sounding_line,
    "chorography": chorography,
    "dead_reckoning": dead_reckoning,
    "orthophoto": orthophoto,
    "trig_point": trig_point,
    "scale_bar": scale_bar,
}

__all__ = ["CAMPAIGN_FAMILIES"]
