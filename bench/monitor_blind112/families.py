"""Campaign families of batch 112: twelve ways an operator harvests the model's outputs.

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, emits their events
and records the campaign in the truth (see `bench/blind_batch.py`). Everything is drawn from the
family's own generator. The last four families are built to pass as legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind112 import texts

Rng = np.random.Generator


def _langs(rng: Rng, names: tuple[str, ...], n: int, first: float) -> list[str]:
    """n language codes: the first with about `first` weight, the rest sharing the remainder."""
    w = np.concatenate([[first], (1 - first) * rng.dirichlet(np.ones(len(names) - 1))])
    return [names[i] for i in rng.choice(len(names), size=n, p=w / w.sum()).tolist()]


def _models_burst(ctx: Ctx, rng: Rng, t: float, p_new: float) -> str:
    return ctx.models(rng, np.array([t]), p_new, 0.0)[0]


def _camp_acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def penalty_loop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "penalty_loop"
    n = irange(rng, 10, 22)
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs = ("en", "zh", "ru", "es", "de")
    start = ctx.release - float(rng.uniform(2, 14)) * HOUR
    accts = [
        _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[str(x) for x in rng.choice(pool, size=irange(rng, 1, 3), replace=False)],
        )
        for i in range(n)
    ]
    per_hour = float(rng.uniform(60, 120))
    joins = start + rng.exponential(10 * HOUR, size=n)
    first = float(rng.uniform(0.35, 0.6))
    for a, ts, join in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n), joins.tolist(), strict=True
    ):
        ts = ts[ts >= join]
        lang = _langs(rng, langs, len(ts), first)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.trace_prompt(rng, x) for x in lang],
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion on parametric problems",
            "pacing": f"worker pool {per_hour:.0f}/h",
            "ip_source": f"rented {provider} /24 block",
            "payment": f"{len(cards)} prepaid cards shared",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": list(langs),
            "hard": False,
            "start": start,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading through VPN exits


def zeroing_card(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "zeroing_card"
    n = irange(rng, 5, 9)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    pool = cloud(rng, irange(rng, 18, 32), "m247") + cloud(rng, irange(rng, 6, 12), "leaseweb")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    accts = [
        _camp_acct(
            ctx, rng, fam, cid, "grader", org=org, pay=cards[i % len(cards)], ua=ua, ips=pool
        )
        for i in range(n)
    ]
    style_w = rng.dirichlet(np.ones(4) * 1.5)
    hold = float(rng.uniform(600, 1800))
    start = ctx.t0 + float(rng.uniform(0.8, 2.5)) * DAY
    for a in accts:
        starts = thinned(rng, start, ctx.t1, float(rng.uniform(14, 28)), constant)
        for s in starts.tolist():
            k = max(1, int(rng.poisson(rng.uniform(15, 35))))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(2.5), 0.5, size=k - 1))])
            prompts = []
            for _ in range(k):
                lang = pick(rng, ("en", "en", "en", "en", "de", "es", "ja"))
                q = texts._cut(pick(rng, ctx.chat), 30, 600, rng)
                ra = texts._cut(pick(rng, ctx.passages), 200, 1200, rng)
                rb = texts._cut(pick(rng, ctx.passages), 200, 1200, rng)
                style = int(rng.choice(4, p=style_w))
                prompts.append(texts.judge_prompt(rng, style, lang, q, ra, rb))
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.85, 0.03),
                ips=sticky(rng, ts, pool, hold),
                comp_median=220.0,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise preference, rubric and scalar-reward grading",
            "pacing": "bursts of 15-35, ~2.5 s apart",
            "ip_source": "commercial VPN exits (m247, leaseweb)",
            "payment": f"{len(cards)} business cards",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en", "de", "es", "ja"],
            "hard": False,
            "style_weights": [round(float(x), 3) for x in style_w],
        },
    )


# ============================================================================================
# 3. safety-policy and censorship-safe rewrites on short-lived keys with stolen cards


def wind_flag(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wind_flag"
    n = irange(rng, 20, 34)
    pool = resi(rng, irange(rng, 200, 400), "*")
    cards = [hexid(rng, "pay") for _ in range(n)]
    for i in range(n):  # some stolen cards carry two keys
        if i and chance(rng, 0.2):
            cards[i] = cards[i - 1]
    langs = ("en", "zh", "ru", "ar")
    first = float(rng.uniform(0.45, 0.65))
    accts, lives = [], []
    for i in range(n):
        a = _camp_acct(ctx, rng, fam, cid, "burner", pay=cards[i], ua=sdk_ua(rng, 0.3), ips=pool)
        born = float(rng.uniform(ctx.release - 8 * HOUR, ctx.t1 - 10 * HOUR))
        life = float(rng.lognormal(np.log(16 * HOUR), 0.5))
        rate = float(rng.uniform(10, 28))
        ts = thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, constant)
        pref = irange(rng, 0, 3)
        prompts = []
        for x in _langs(rng, langs, len(ts), first):
            style = pref if chance(rng, 0.6) else irange(rng, 0, 3)
            passage = texts._cut(pick(rng, ctx.passages), 300, 1200, rng)
            prompts.append(texts.policy_prompt(rng, style, x, passage))
        status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
        if len(ts) > 5 and chance(rng, 0.3):  # card charged back: the key is cut off
            status[-irange(rng, 1, 4) :] = 401
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(300, 900))),
            comp_median=450.0,
            status=status,
        )
        accts.append(a)
        lives.append(round(life / HOUR, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "safe-completion, refusal and censorship-compliant rewrites",
            "pacing": "per-key Poisson 10-28/h, keys live ~16 h",
            "ip_source": "rotating residential proxy pool, sticky 5-15 min",
            "payment": "stolen cards, one per key (some pairs)",
            "orgs": n,
            "user_agent": "varied SDKs",
            "languages": list(langs),
            "hard": False,
            "key_lifetimes_h": lives,
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories from cloud NAT gateways


def bolt_action(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bolt_action"
    n = irange(rng, 6, 12)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    style_w = rng.dirichlet(np.ones(3) * 2)
    accts = [
        _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "rollout_worker",
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[str(x) for x in rng.choice(nat, size=irange(rng, 1, 2), replace=False)],
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0, 20)) * HOUR
    for a in accts:
        eps = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.6, 1.4)) * (ctx.t1 - start) / HOUR, constant
        )
        all_ts, prompts, extra = [], [], []
        for s in eps.tolist():
            k = irange(rng, 4, 20)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            task = texts.agent_task(rng)
            if chance(rng, 0.15):
                task += " 请用中文回答。"
            tools = [
                texts.AGENT_TOOLS[j]
                for j in rng.choice(len(texts.AGENT_TOOLS), size=irange(rng, 3, 6), replace=False)
            ]
            style = int(rng.choice(3, p=style_w))
            for step in range(k):
                prompts.append(texts.agent_prompt(rng, task, tools, step, style))
                extra.append(400 + 350 * step + irange(rng, 0, 300))
            all_ts.append(ts)
        ts = np.concatenate(all_ts) if all_ts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=260.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories (ReAct / JSON tool calls)",
            "pacing": "episodes ~1/h per key, 4-20 steps ~6 s apart",
            "ip_source": f"{provider} NAT gateways",
            "payment": f"{len(cards)} cards",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en", "zh"],
            "hard": False,
            "start": start,
        },
    )


# ============================================================================================
# 5. synthetic instruction-dataset generation in nightly runs


def mass_start(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mass_start"
    n = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr"))
    ua = pick(rng, ("Go-http-client/2.0", "python-requests/2.32.3"))
    tz = int(pick(rng, (8, 3, 1)))
    hours = float(rng.uniform(4, 6))
    accts = [
        _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(1, 2)) * DAY
    per_hour = float(rng.uniform(40, 70))
    langs = ("en", "fr", "pt", "hi", "id", "vi")
    style_w = rng.dirichlet(np.ones(4) * 2)
    for a, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n, nightly(1.0, hours, tz)), strict=True
    ):
        prompts = [
            texts.synth_prompt(rng, int(rng.choice(4, p=style_w)), x, ctx.chat)
            for x in _langs(rng, langs, len(ts), 0.6)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "self-instruct / evol / persona synthetic data",
            "pacing": f"nightly {hours:.1f} h from 01:00 (UTC{tz:+d})",
            "ip_source": f"{provider} droplets",
            "payment": "one card",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": list(langs),
            "hard": False,
            "start": start,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest through mobile proxies


def relay_handover(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "relay_handover"
    n = irange(rng, 12, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    accts = []
    start = ctx.release - float(rng.uniform(0, 6)) * HOUR
    session_langs = ("en", "es", "pt", "hi", "zh")
    for i in range(n):
        kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile"))
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        a = _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_worker",
            pay=cards[i % len(cards)],
            ua=ua,
            ips=mobile_v6(rng, 1, kind),
        )
        sess = session_times(
            rng, start, ctx.t1, float(rng.uniform(15, 35)), constant, 7.0, 12.0, 0.5
        )
        for ts in sess:
            if not len(ts):
                continue
            lang = _langs(rng, session_langs, 1, 0.5)[0]
            if lang == "en":
                opener = pick(rng, ctx.chat)
            elif lang == "zh":
                opener = texts.problem(rng, "zh")
            else:
                opener = texts.crowd_question(
                    rng, lang, pick(rng, ("science", "humanities", "health"))
                )
            prompts, extra, hist = [opener], [0], len(opener) // 4
            for _ in range(len(ts) - 1):
                hist += 500
                prompts.append(texts.followup(rng, lang, opener))
                extra.append(hist)
                hist += len(prompts[-1]) // 4
            ip = (
                mobile_v6(rng, 1, kind)[0]
                if chance(rng, 0.8)
                else resi(
                    rng,
                    1,
                    "us" if kind == "us_mobile" else ("in" if kind == "in_mobile" else "latam"),
                )[0]
            )
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=[_models_burst(ctx, rng, float(ts[0]), 0.9)] * len(ts),
                ips=ip,
                comp_median=500.0,
                extra=np.asarray(extra, dtype=np.int64),
            )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with scripted follow-ups",
            "pacing": "24/7 sessions of ~7 turns, 12 s apart",
            "ip_source": "mobile (carrier IPv6) proxies, new address per session",
            "payment": f"{len(cards)} prepaid cards",
            "orgs": n,
            "user_agent": "mobile HTTP clients",
            "languages": list(session_langs),
            "hard": False,
            "start": start,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling


def spare_round(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "spare_round"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "azure"))
    ua = "OpenAI/Python 1.58.1"
    accts = [
        _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0, 6)) * HOUR
    style_w = rng.dirichlet(np.ones(4) * 2)
    comp_of = (60.0, 3.0, 30.0, 500.0)
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, float(rng.uniform(8, 14)), n), strict=True
    ):
        all_ts, prompts, comps, models = [], [], [], []
        for s in starts.tolist():
            k = int(pick(rng, (4, 8, 8, 16)))
            ts = s + np.cumsum(rng.lognormal(np.log(0.5), 0.6, size=k))
            style = int(rng.choice(4, p=style_w))
            lang = pick(rng, ("en", "en", "en", "en", "zh", "fr"))
            p = texts.softlabel_prompt(rng, style, lang, ctx.chat)
            m = _models_burst(ctx, rng, s, 0.97)
            all_ts.append(ts)
            prompts += [p] * k
            comps += [comp_of[style]] * k
            models += [m] * k
        ts = np.concatenate(all_ts) if all_ts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comps),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and label-distribution sampling",
            "pacing": "identical prompt 4-16 times within seconds",
            "ip_source": f"{provider} VMs",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en", "zh", "fr"],
            "hard": False,
            "style_weights": [round(float(x), 3) for x in style_w],
        },
    )


# ============================================================================================
# 8. programming curriculum sweep from an office line


def course_walk(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "course_walk"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 9, -5)))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = "OpenAI/Python 1.54.0"
    nats = ["en", pick(rng, ("es", "ja")), "en"]
    accts = [
        _camp_acct(ctx, rng, fam, cid, "sweeper", org=org, pay=card, ua=ua, ips=office, tz=tz)
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(10, 24)) * HOUR
    for i, a in enumerate(accts):
        rate = float(rng.uniform(10, 20))
        step = HOUR / rate
        m = int((ctx.t1 - start) / step) + 1
        ts = (
            start
            + float(rng.uniform(0, step))
            + np.cumsum(step * rng.normal(1.0, 0.08, size=m).clip(0.6, 1.5))
        )
        idx0 = irange(rng, 0, 30) + 1000 * i
        style = irange(rng, 0, 2)
        prompts = [texts.code_prompt(rng, idx0 + j, style, nats[i]) for j in range(m)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=800.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "programming curriculum sweep (task x language x level)",
            "pacing": "sequential loop 10-20/h, 24/7",
            "ip_source": f"office broadband (UTC{tz:+d})",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": sorted(set(nats[:n])),
            "hard": False,
            "start": start,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden inside a real product's traffic


def kick_wax(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kick_wax"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, 3, "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _camp_acct(ctx, rng, fam, cid, "product_key", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n)
    ]
    backfill = _camp_acct(
        ctx,
        rng,
        fam,
        cid,
        "backfill_key",
        org=org,
        pay=card,
        ua=ua,
        ips=cloud(rng, 1, pick(rng, ("gcp", "hetzner"))),
    )
    rate = float(rng.uniform(25, 45))
    ts = thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR,
        global_load(float(rng.uniform(13, 19)), 0.6),
    )
    who = rng.integers(0, n, size=len(ts))
    user_text = [pick(rng, ctx.chat) for _ in range(len(ts))]
    shadow_on = ctx.release + float(rng.uniform(6, 30)) * HOUR
    p_shadow = float(rng.uniform(0.2, 0.35))
    models = []
    for t in ts.tolist():
        models.append(
            _models_burst(ctx, rng, t, 0.4)
            if t >= ctx.release
            else pick(rng, (ctx.old_models[0],) * 2 + (ctx.old_models[-1],))
        )
    shadow_by = {i: ([], [], []) for i in range(n)}
    for t, w, txt in zip(ts.tolist(), who.tolist(), user_text, strict=True):
        if t >= shadow_on and rng.random() < p_shadow:
            wrapped = txt if chance(rng, 0.3) else pick(rng, texts.TEACHER_WRAPS).format(t=txt)
            shadow_by[w][0].append(t + float(rng.lognormal(np.log(4.0), 0.8)))
            shadow_by[w][1].append(wrapped)
            shadow_by[w][2].append(ctx.new_model)
    for w, a in enumerate(accts):
        sel = who == w
        ctx.emit(
            rng,
            a,
            ts[sel],
            [user_text[j] for j in np.flatnonzero(sel).tolist()],
            models=[models[j] for j in np.flatnonzero(sel).tolist()],
            comp_median=350.0,
        )
        st, sp, sm = shadow_by[w]
        if st:
            order = np.argsort(st)
            ctx.emit(
                rng,
                a,
                np.asarray(st)[order],
                [sp[j] for j in order.tolist()],
                models=[sm[j] for j in order.tolist()],
                comp_median=700.0,
                comp_sigma=0.5,
            )
    # nightly backfill: part of the day's user texts again, wrapped, at a steady pace
    bt, bp = [], []
    day0 = np.floor(shadow_on / DAY) * DAY
    for d in np.arange(day0, ctx.t1, DAY).tolist():
        day_sel = np.flatnonzero((ts >= d - DAY) & (ts < d) & (ts >= shadow_on - DAY))
        pick_sel = day_sel[rng.random(len(day_sel)) < 0.4]
        if not len(pick_sel):
            continue
        t_start = d + 2 * HOUR + float(rng.uniform(0, 1800))
        gaps = rng.lognormal(np.log(9.0), 0.3, size=len(pick_sel))
        bt.append(t_start + np.cumsum(gaps))
        bp += [pick(rng, texts.TEACHER_WRAPS).format(t=user_text[j]) for j in pick_sel.tolist()]
    if bt:
        bts = np.concatenate(bt)
        ctx.emit(rng, backfill, bts, bp, models=ctx.new_model, comp_median=750.0, comp_sigma=0.5)
    ctx.campaign(
        cid,
        fam,
        accts + [backfill],
        {
            "operation": "a live writing/homework app re-asks users' prompts in teacher wrappers for the new model",
            "pacing": f"product {rate:.0f}/h global load; shadow copies {p_shadow:.2f} of requests after {shadow_on:.0f}; nightly backfill",
            "ip_source": "aws egress of the product; backfill from one VM",
            "payment": "the product's corporate card",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en (users' own)"],
            "hard": True,
            "shadow_on": shadow_on,
        },
    )


# ============================================================================================
# 10. HARD: bought aged accounts, taken over after the release


def bib_number(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bib_number"
    n = irange(rng, 12, 25)
    accts, takeovers = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS + ("OpenAI/Python 1.54.0",))
        a = _camp_acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        take = ctx.release + float(rng.uniform(-12, 30)) * HOUR
        # the original owner's own use before the sale
        for ts in session_times(
            rng, ctx.t0, take, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.0, 60.0
        ):
            ctx.emit(
                rng,
                a,
                ts,
                [pick(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.17, 0.2),
                comp_median=350.0,
            )
        proxies = home(rng, irange(rng, 20, 40), tz)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(5, 10)),
            global_load(float(rng.uniform(0, 24)), 0.5),
            6.0,
            45.0,
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            texts.varied_request(rng, ctx.chat) if chance(rng, 0.75) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=sticky(rng, ts, proxies, float(rng.uniform(1200, 3600))),
            comp_median=600.0,
        )
        accts.append(a)
        takeovers.append(round(take, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts bought from their owners, then used for a broad harvest",
            "pacing": "person-like sessions, 5-10/day",
            "ip_source": "residential proxies in each owner's own region",
            "payment": "each owner's own card",
            "orgs": n,
            "user_agent": "each owner's own",
            "languages": ["en"],
            "hard": True,
            "takeovers": takeovers,
        },
    )


# ============================================================================================
# 11. HARD: low-and-slow crowd of paid people asking by hand


def hit_indicator(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hit_indicator"
    n = irange(rng, 40, 70)
    tzs = (5, 8, -3, 1, 3)
    tz_w = rng.dirichlet(np.ones(len(tzs)) * 2)
    lang_of_tz = {5: ("hi", "en"), 8: ("id", "en"), -3: ("pt", "es"), 1: ("en",), 3: ("en",)}
    cats = tuple(texts.CROWD_TOPICS)
    accts = []
    lead_cards: list[str] = []
    for _ in range(n):
        tz = int(tzs[int(rng.choice(len(tzs), p=tz_w))])
        mobile = chance(rng, 0.4)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        if mobile and tz in (5, -3) and chance(rng, 0.35):
            ips = mobile_v6(rng, irange(rng, 2, 5), "in_mobile" if tz == 5 else "br_mobile")
        else:
            ips = home(rng, irange(rng, 1, 2), tz)
        if lead_cards and chance(rng, 0.3):
            pay = pick(rng, lead_cards)
        else:
            pay = hexid(rng, "pay")
            if chance(rng, 0.2):
                lead_cards.append(pay)
        a = _camp_acct(ctx, rng, fam, cid, "crowd_worker", pay=pay, ua=ua, ips=ips, tz=tz)
        born = ctx.release + float(rng.uniform(-1, 1)) * DAY
        curve = workday(tz, 9.0, 19.0, weekend=0.5) if chance(rng, 0.5) else evening_person(tz)
        my_cats = [str(x) for x in rng.choice(cats, size=irange(rng, 1, 2), replace=False)]
        langs = lang_of_tz[tz]
        for ts in session_times(rng, born, ctx.t1, float(rng.uniform(2, 4)), curve, 4.0, 90.0):
            prompts = [
                pick(rng, ctx.chat)
                if chance(rng, 0.2)
                else texts.crowd_question(rng, pick(rng, langs), pick(rng, my_cats))
                for _ in range(len(ts))
            ]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.0), comp_median=550.0)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asks explanation questions by hand from a task sheet",
            "pacing": "2-4 human sessions a day each",
            "ip_source": "the workers' own home or phone connections",
            "payment": "own prepaid cards, some paid by a team lead",
            "orgs": n,
            "user_agent": "browsers and phones",
            "languages": ["en", "hi", "id", "pt", "es"],
            "hard": True,
            "tz_weights": [round(float(x), 3) for x in tz_w],
        },
    )


# ============================================================================================
# 12. HARD: public chat-prompt replay from a company office


def snow_berm(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "snow_berm"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    office = home(rng, 1, tz)
    devvm = cloud(rng, 1, "azure")
    accts = [
        _camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "replay_key",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "langchain/0.3.7 python-openai/1.54.0")),
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    order = rng.permutation(len(ctx.chat))
    k = 0
    per_hour = float(rng.uniform(20, 35))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, workday(tz)), strict=True):
        prompts = [ctx.chat[int(order[(k + j) % len(order)])] for j in range(len(ts))]
        k += len(ts)
        ips = [devvm[0] if chance(rng, 0.2) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.05), ips=ips, comp_median=380.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replays a public chat-prompt corpus unchanged to collect the new model's answers",
            "pacing": f"worker pool {per_hour:.0f}/h over office hours",
            "ip_source": f"office NAT (UTC{tz:+d}) and one dev VM",
            "payment": "corporate card",
            "orgs": 1,
            "user_agent": "common SDKs",
            "languages": ["as in the corpus"],
            "hard": True,
            "start": start,
        },
    )


CAMPAIGN_FAMILIES = {
    "penalty_loop": penalty_loop,
    "zeroing_card": zeroing_card,
    "wind_flag": wind_flag,
    "bolt_action": bolt_action,
    "mass_start": mass_start,
    "relay_handover": relay_handover,
    "spare_round": spare_round,
    "course_walk": course_walk,
    "kick_wax": kick_wax,
    "bib_number": bib_number,
    "hit_indicator": hit_indicator,
    "snow_berm": snow_berm,
}

__all__ = ["CAMPAIGN_FAMILIES"]
