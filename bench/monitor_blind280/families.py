"""Campaign families of blind batch 280 (code names: words of gatka).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (key counts,
orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is drawn from the
family's own generator, in an order that does not depend on the process.
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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
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
from bench.monitor_blind280 import texts as T

Rng = np.random.Generator


def _weights(rng: Rng, langs: list[str], main: str, main_share: float) -> np.ndarray:
    w = rng.dirichlet(np.ones(len(langs))) * (1 - main_share)
    w[langs.index(main)] += main_share
    return w / w.sum()


def _choose(rng: Rng, items: list[str], p: np.ndarray) -> str:
    return items[int(rng.choice(len(items), p=p))]


def _short_chat(ctx: Ctx, rng: Rng, lo: int = 10, hi: int = 500) -> str:
    for _ in range(20):
        s = pick(rng, ctx.chat)
        if lo <= len(s) <= hi:
            return s
    return T.homework(rng)


def _flatten(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def soti(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 8, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    cards = [hexid(rng, "pay") for _ in range((n + 2) // 3)]
    langs = ["en", "zh", "ru", "es"]
    lang_p = _weights(rng, langs, "en", float(rng.uniform(0.4, 0.7)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(16, 30))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    ua_by_org = [sdk_ua(rng, 0.6) for _ in orgs]
    accts = []
    for i in range(n):
        o = i % len(orgs)
        acct = ctx.account(
            rng,
            label="campaign",
            family="soti",
            role="worker",
            campaign_id=cid,
            org=orgs[o],
            pay=cards[i // 3],
            ua=ua_by_org[o],
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        accts.append(acct)
        ts = streams[i]
        style = irange(rng, 0, 3)
        prompts = [
            T.reasoning_trace(
                rng, _choose(rng, langs, lang_p), style if chance(rng, 0.8) else irange(rng, 0, 3)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        cid,
        "soti",
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, boxed answers, numbered derivations)",
            "pacing": f"one Poisson worker pool, {per_hour:.1f}/h over all keys, mild daily wave",
            "ip_source": f"rented {provider} /24 block",
            "payment": "prepaid cards shared by three keys",
            "orgs": len(orgs),
            "languages": langs,
            "lang_p": [round(float(x), 3) for x in lang_p],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading harvest in scripted batches


def farri(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 5, 9)
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 2, 5), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 9, 3, 1))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family="farri",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, ips, irange(rng, 1, 2)),
        )
        accts.append(acct)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 10)) * (ctx.t1 - start) / DAY,
            workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.15),
        )
        ts = _flatten(
            bursts(rng, starts, float(rng.uniform(8, 18)), float(rng.uniform(1.5, 4.0)), b=ctx.t1)
        )
        styles = sorted(int(x) for x in rng.choice(6, size=irange(rng, 1, 3), replace=False))
        prompts = []
        for _ in range(len(ts)):
            good = T.clip(rng, pick(rng, ctx.passages), 300, 1100)
            bad = (
                T.degrade(rng, T.clip(rng, pick(rng, ctx.passages), 300, 1100))
                if chance(rng, 0.4)
                else T.degrade(rng, good)
            )
            prompts.append(T.judge(rng, pick(rng, ctx.chat), good, bad, pick(rng, styles)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "farri",
        accts,
        {
            "operation": "judge/rubric/reward grading: pointwise JSON rubric, pairwise verdicts, critiques, checklists (en/de/ja)",
            "pacing": "scripted bursts (8-18 calls, 1.5-4 s apart) in the operator's long working day",
            "ip_source": f"{provider} instances",
            "payment": "one corporate card",
            "orgs": 1,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits on short-lived stolen-card keys


def pentra(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 10, 18)
    vpn = cloud(rng, irange(rng, 20, 40), pick(rng, ("m247", "leaseweb")))
    vpn += cloud(rng, irange(rng, 5, 12), pick(rng, ("ovh", "digitalocean", "linode")))
    langs = ["zh", "en", "ru", "vi", "ar"]
    lang_p = _weights(rng, langs, pick(rng, ("zh", "en")), float(rng.uniform(0.35, 0.55)))
    accts = []
    t = ctx.t0 + float(rng.uniform(0, 0.5)) * DAY
    for _ in range(n):
        life = float(rng.uniform(0.8, 3.0)) * DAY
        a = t
        b = min(ctx.t1, a + life)
        t = (
            a + float(rng.uniform(0.25, 0.7)) * life
        )  # keys overlap: the next one opens before this one dies
        if t >= ctx.t1 - 0.5 * DAY:
            t = ctx.t0 + float(rng.uniform(0.5, 5.5)) * DAY
        acct = ctx.account(
            rng,
            label="campaign",
            family="pentra",
            role="worker",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.3) if chance(rng, 0.7) else pick(rng, BROWSERS),
            ips=vpn,
        )
        accts.append(acct)
        sess = session_times(
            rng,
            a,
            b,
            float(rng.uniform(3, 8)),
            global_load(float(rng.uniform(0, 24)), 0.5),
            float(rng.uniform(12, 30)),
            float(rng.uniform(15, 50)),
            0.6,
        )
        ts = _flatten(sess)
        ips = sticky(rng, ts, vpn, float(rng.uniform(20, 90)) * MINUTE)
        prompts = [
            T.policy_rewrite(
                rng, _choose(rng, langs, lang_p), pick(rng, ctx.passages), pick(rng, ctx.chat)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=480.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        "pentra",
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites, safe-completion and refusal harvest",
            "pacing": "sessions of 12-30 calls on keys that live 1-3 days, overlapping rotation",
            "ip_source": "commercial VPN exits (sticky 20-90 min)",
            "payment": "one stolen card per key (own org each)",
            "languages": langs,
            "lang_p": [round(float(x), 3) for x in lang_p],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def khanda(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 4, 7)
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    kinds = list(T.TOOLSETS)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    p_zh = float(rng.uniform(0.05, 0.3))
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family="khanda",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, ips, 1),
        )
        accts.append(acct)
        style = i % 3
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(12, 25)) * (ctx.t1 - start) / DAY, constant
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            kind = pick(rng, kinds)
            first, tools = T.agent_first(rng, kind, style, "zh" if chance(rng, p_zh) else "en")
            k = irange(rng, 2, 8)
            gaps = np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=k))
            ts_all.append(s)
            prompts.append(first)
            extra.append(0)
            ctx_tok = len(first) // 4
            for j, g in enumerate(gaps.tolist()):
                ts_all.append(s + g)
                prompts.append(T.agent_step(rng, pick(rng, tools), style))
                ctx_tok += irange(rng, 120, 400)
                extra.append(ctx_tok + 60 * j)
        order = np.argsort(np.asarray(ts_all), kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=230.0,
            extra=np.asarray(extra, dtype=np.int64)[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        "khanda",
        accts,
        {
            "operation": "agent/tool-use trajectories: function-JSON, ReAct and XML tool formats over five tool sets",
            "pacing": "episodes of 3-9 steps ~6 s apart, 25-50 episodes per key per day, around the clock",
            "ip_source": f"{provider} VMs",
            "payment": "one card",
            "orgs": 1,
            "p_zh": round(p_zh, 3),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation by a crowd of prepaid keys behind a rotating residential proxy


def chakkar(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 20, 35)
    pool = resi(rng, irange(rng, 150, 300), "*")
    langs = ["en", "es", "pt", "id", "vi", "hi", "fr"]
    lang_p = _weights(rng, langs, "en", float(rng.uniform(0.3, 0.5)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(18, 30))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n)
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family="chakkar",
            role="worker",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.5),
            ips=pool,
        )
        accts.append(acct)
        main = _choose(rng, langs, lang_p)
        ts = streams[i]
        prompts = [
            T.synth_data(
                rng, main if chance(rng, 0.8) else _choose(rng, langs, lang_p), pick(rng, ctx.chat)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "chakkar",
        accts,
        {
            "operation": "synthetic instruction data: JSONL pairs, persona Q&A, dialogues, evolved instructions",
            "pacing": f"one worker pool, {per_hour:.1f}/h over all keys",
            "ip_source": "rotating residential proxy (per request)",
            "payment": "one prepaid virtual card and org per key",
            "languages": langs,
            "lang_p": [round(float(x), 3) for x in lang_p],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest by a person-like crowd (hard)


def barchha(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 35, 55)
    p_new = float(rng.uniform(0.6, 0.85))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.65) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family="barchha",
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
            0.7,
        )
        ts_l, prompts, extra = [], [], []
        for times in sess:
            opener = _short_chat(ctx, rng, 15, 450)
            hist = 0
            for j, t in enumerate(times.tolist()):
                msg = opener if j == 0 else T.follow_up(rng, opener)
                ts_l.append(t)
                prompts.append(msg)
                extra.append(hist)
                hist += len(msg) // 4 + irange(rng, 250, 600)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=450.0,
            err=0.005,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        cid,
        "barchha",
        accts,
        {
            "operation": "multi-turn dialogue harvest: public openers plus scripted, keyword-aware follow-ups",
            "pacing": "evening sessions of 4-8 turns, ~1-2 sessions a day per persona",
            "ip_source": "residential proxies pinned to each persona's time zone",
            "payment": "one card and org per persona",
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling, from the day the new model ships


def tegha(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 3, 5)
    block = rented_block(rng, pick(rng, ("digitalocean", "vultr", "linode")), 1, irange(rng, 3, 6))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family="tegha",
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        accts.append(acct)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(25, 45)) * (ctx.t1 - start) / DAY, constant
        )
        ts_l, prompts = [], []
        for s in starts.tolist():
            u = rng.random()
            if u < 0.35:
                item = T.soft_label(rng, pick(rng, ctx.passages), pick(rng, ctx.chat))
            elif u < 0.65:
                item = T.creative(rng)
            else:
                item = _short_chat(ctx, rng, 10, 600)
            k = pick(rng, (4, 5, 8, 8, 10, 16))
            for g in np.cumsum(
                np.concatenate([[0.0], rng.lognormal(np.log(1.5), 0.6, size=k - 1)])
            ).tolist():
                ts_l.append(s + g)
                prompts.append(item)
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.new_model,
            comp_median=180.0,
            comp_sigma=0.8,
            err=0.04,
        )
    ctx.campaign(
        cid,
        "tegha",
        accts,
        {
            "operation": "best-of-n sampling (4-16 identical calls) and soft-label distributions (NLI, sentiment, answer lists)",
            "pacing": "bursts of identical prompts 1-2 s apart, starting hours after the release",
            "ip_source": "one rented /24",
            "payment": "one card",
            "orgs": 1,
            "models": "new model only",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep hidden in a real tutoring product's backend traffic (hard)


def gurj(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 2, 3)
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    curve = global_load(float(rng.uniform(13, 20)), 0.65)
    product_per_day = float(rng.uniform(300, 520))
    share = float(rng.uniform(0.28, 0.42))
    sweep_start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    cells = T.curriculum_cells()
    pos = irange(rng, 0, len(cells) - 1)
    key_p = rng.dirichlet(np.ones(n) * 2)
    key_p[0] += 1.5
    key_p /= key_p.sum()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="gurj",
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    prod = thinned(rng, ctx.t0, ctx.t1, product_per_day * (ctx.t1 - ctx.t0) / DAY, curve)
    sweep = thinned(
        rng,
        sweep_start,
        ctx.t1,
        product_per_day * share / (1 - share) * (ctx.t1 - sweep_start) / DAY,
        curve,
    )
    who_p = rng.choice(n, size=len(prod), p=key_p)
    who_s = rng.choice(n, size=len(sweep), p=key_p)
    for i, acct in enumerate(accts):
        tp = prod[who_p == i]
        pp = [
            T.homework(rng) if chance(rng, 0.4) else _short_chat(ctx, rng, 10, 350)
            for _ in range(len(tp))
        ]
        ctx.emit(
            rng,
            acct,
            tp,
            pp,
            models=ctx.models(rng, tp, p_new=0.3, p_mini=0.25),
            comp_median=320.0,
            err=0.01,
        )
        tsw = sweep[who_s == i]
        sp = []
        for _ in range(len(tsw)):
            subj, concept, level = cells[pos % len(cells)]
            pos += 1
            sp.append(T.disguised_lesson(rng, subj, concept, level))
        ctx.emit(
            rng,
            acct,
            tsw,
            sp,
            models=ctx.models(rng, tsw, p_new=0.95, p_mini=0.0),
            comp_median=750.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "gurj",
        accts,
        {
            "operation": "ordered curriculum sweep (subject x concept x level) phrased as students, inside a real tutoring app's traffic",
            "pacing": f"follows the product's global load; sweep share {share:.2f} of the keys' calls from day {(sweep_start - ctx.t0) / DAY:.1f}",
            "ip_source": "the product's AWS backend",
            "payment": "the company card",
            "orgs": 1,
            "models": "product traffic mostly old model, sweep on the new one",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest on leaked keys of ordinary users (hard)


def tabar(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 8, 13)
    op_ips = cloud(rng, irange(rng, 5, 10), pick(rng, ("leaseweb", "ovh", "m247", "scaleway")))
    op_ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
    leak = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
    targets = list(T.TRANSLATE_TARGETS)
    style = irange(rng, 0, 3)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        acct = ctx.account(
            rng,
            label="campaign",
            family="tabar",
            role="leaked_key",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        own = _flatten(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), evening_person(tz), 4.0, 90.0
            )
        )
        ctx.emit(
            rng,
            acct,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2),
            comp_median=400.0,
            err=0.005,
        )
        tc = leak + float(rng.uniform(0, 18)) * HOUR
        starts = thinned(
            rng, tc, ctx.t1, float(rng.uniform(1.5, 3)) * (ctx.t1 - tc) / DAY, constant
        )
        ts_l, prompts = [], []
        for s in starts.tolist():
            dur = float(rng.uniform(1, 3.5)) * HOUR
            rate = float(rng.uniform(12, 28))
            times = np.sort(rng.uniform(s, s + dur, size=int(rng.poisson(rate * dur / HOUR))))
            text, left = None, []
            for t in times.tolist():
                if not left:
                    text = T.clip(rng, pick(rng, ctx.passages), 250, 1400)
                    left = [
                        targets[j]
                        for j in sorted(
                            rng.choice(
                                len(targets), size=irange(rng, 5, 10), replace=False
                            ).tolist()
                        )
                    ]
                ts_l.append(t)
                prompts.append(T.translate(rng, text, left.pop(0), style))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=picks(rng, op_ips, len(ts)),
            ua=op_ua,
            comp_median=420.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        "tabar",
        accts,
        {
            "operation": "parallel-corpus harvest: each passage into 5-10 target languages, on leaked keys",
            "pacing": "1-3.5 h sessions at 12-28/h, 1.5-3 a day, after the leak; owners' own evening use continues",
            "ip_source": "hosting exits shared by all leaked keys",
            "payment": "the victims' own cards",
            "leak_day": round((leak - ctx.t0) / DAY, 2),
            "style": style,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. code harvest by a crowd posing as developers (hard)


def bichhua(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 30, 45)
    p_new = float(rng.uniform(0.7, 0.92))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = {-3: pick(rng, ("es", "pt", "en")), 3: pick(rng, ("ru", "en"))}.get(tz, "en")
        u = rng.random()
        ua = (
            pick(rng, BROWSERS)
            if u < 0.5
            else (pick(rng, SDK_COMMON) if u < 0.8 else pick(rng, SDK_OTHER))
        )
        acct = ctx.account(
            rng,
            label="campaign",
            family="bichhua",
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        style = irange(rng, 0, 3)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.2, 3)),
            workday(tz, weekend=0.3),
            float(rng.uniform(3, 7)),
            float(rng.uniform(90, 220)),
        )
        ts_l, prompts = [], []
        for times in sess:
            for j, t in enumerate(times.tolist()):
                ts_l.append(t)
                if j == 0:
                    prompts.append(
                        T.code_request(rng, style if chance(rng, 0.75) else irange(rng, 0, 3), lang)
                    )
                else:
                    prompts.append(T.code_follow(rng))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=900.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        "bichhua",
        accts,
        {
            "operation": "code harvest over a language x task x constraint grid, posed as developers' questions",
            "pacing": "working-day sessions of 3-7 requests, 1-3 sessions a day",
            "ip_source": "residential proxies matching each persona's time zone",
            "payment": "one card and org per persona",
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. public prompt replay by a quiet crowd (hard)


def khanjar(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 15, 25)
    order = rng.permutation(len(ctx.chat))
    per = len(order) // n
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, SDK_COMMON)
        pool = home(rng, irange(rng, 4, 10), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="khanjar",
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _flatten(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(2, 4)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(30, 70)),
            )
        )
        mine = order[i * per : (i + 1) * per].tolist()
        prompts = [ctx.chat[mine[j % len(mine)]] for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=420.0,
            ips=sticky(rng, ts, pool, float(rng.uniform(3, 9)) * HOUR),
            err=0.005,
        )
    ctx.campaign(
        cid,
        "khanjar",
        accts,
        {
            "operation": "verbatim replay of a public chat-prompt collection, split into disjoint slices per account",
            "pacing": "evening sessions of 3-6 prompts, 2-4 a day",
            "ip_source": "residential proxy pool per account (sticky hours)",
            "payment": "one card and org per account",
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. bought aged accounts asking expert long-form questions through mobile proxies (hard)


def kamaan(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 10, 16)
    langs = ["en", "es", "pt", "fr", "hi"]
    lang_p = _weights(rng, langs, "en", float(rng.uniform(0.4, 0.6)))
    carriers = ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"]
    accts = []
    for _ in range(n):
        kind = pick(rng, carriers)
        pool = mobile_v6(rng, irange(rng, 15, 40), kind)
        tz = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}[kind]
        prev_ip = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family="kamaan",
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, MOBILE[3:]),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        takeover = ctx.t0 + float(rng.uniform(0.1, 1.5)) * DAY
        if chance(rng, 0.5):
            prev = np.sort(rng.uniform(ctx.t0, takeover, size=irange(rng, 2, 9)))
            ctx.emit(
                rng,
                acct,
                prev,
                [pick(rng, ctx.chat) for _ in range(len(prev))],
                models=ctx.models(rng, prev, p_new=0.1),
                ips=prev_ip[0],
                ua=pick(rng, BROWSERS),
                comp_median=380.0,
            )
        ts = thinned(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(1.0, 2.6)) * (ctx.t1 - takeover) / HOUR,
            constant,
        )
        main = _choose(rng, langs, lang_p)
        prompts = [
            T.expert_question(rng, main if chance(rng, 0.85) else "en") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100.0,
            comp_sigma=0.5,
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 120)) * MINUTE),
            err=0.01,
        )
    ctx.campaign(
        cid,
        "kamaan",
        accts,
        {
            "operation": "expert long-form Q&A (law, medicine, finance, engineering, psychology) on bought aged accounts",
            "pacing": "slow steady Poisson, 1-2.6/h per account around the clock",
            "ip_source": "carrier IPv6 mobile proxies (sticky 30-120 min)",
            "payment": "each account's original card",
            "languages": langs,
            "lang_p": [round(float(x), 3) for x in lang_p],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "soti": soti,
    "farri": farri,
    "pentra": pentra,
    "khanda": khanda,
    "chakkar": chakkar,
    "barchha": barchha,
    "tegha": tegha,
    "gurj": gurj,
    "tabar": tabar,
    "bichhua": bichhua,
    "khanjar": khanjar,
    "kamaan": kamaan,
}
