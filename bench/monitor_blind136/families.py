"""Campaign families of batch 136 (code names: padel words).

Each family is a generator `(ctx, rng, campaign_id) -> None` that registers its accounts and
campaign in the truth and writes its events through `ctx.emit`. Everything that varies (key
counts, organisations, cards, pacing, address sources, user agents, languages, template styles,
model choice) is drawn from the family's own `rng`. The README describes each family.
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
    Acct,
    Ctx,
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
from bench.monitor_blind136 import texts as tx

from distillguard.sim import ipspace

Rng = np.random.Generator

#: the language a person in each UTC offset writes in (weights)
LANG_OF_TZ: dict[int, dict[str, float]] = {
    -8: {"en": 0.85, "es": 0.1, "ko": 0.05},
    -5: {"en": 0.85, "es": 0.15},
    -3: {"pt": 0.65, "es": 0.35},
    0: {"en": 0.9, "fr": 0.1},
    1: {"de": 0.4, "fr": 0.3, "es": 0.2, "en": 0.1},
    2: {"de": 0.3, "tr": 0.3, "en": 0.4},
    3: {"ru": 0.7, "tr": 0.3},
    5: {"en": 1.0},
    8: {"zh": 0.6, "id": 0.4},
    9: {"ja": 0.6, "ko": 0.4},
}
MOBILE_V6_OF_TZ = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}


def _f(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def _clamp(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts, dtype=np.float64)
    return np.sort(ts[(ts >= a) & (ts < b)])


def _models_ramp(
    ctx: Ctx, rng: Rng, ts: np.ndarray, lo: float, hi: float, p_mini: float
) -> list[str]:
    """A product migrating to the new model: its share climbs from lo to hi after release."""
    ts = np.asarray(ts)
    frac = np.clip((ts - ctx.release) / max(ctx.t1 - ctx.release, 1.0), 0, 1)
    p_new = lo + (hi - lo) * frac
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini = ctx.old_models[0], ctx.old_models[-1]
    return [
        ctx.new_model if (t >= ctx.release and a < p) else (mini if b < p_mini else old)
        for t, a, b, p in zip(ts.tolist(), u.tolist(), v.tolist(), p_new.tolist(), strict=True)
    ]


def _register(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning traces from a rented hosting block


def bandeja(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bandeja"
    n_keys, n_orgs = irange(rng, 5, 11), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = pick(
        rng,
        (
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs = {
        "en": _f(rng.uniform(0.4, 0.7)),
        "zh": _f(rng.uniform(0.1, 0.35)),
        "ru": _f(rng.uniform(0.03, 0.15)),
        "es": _f(rng.uniform(0.03, 0.12)),
    }
    styles = tx.mix(rng, ("tags", "json", "aloud", "twice"))
    accts = [
        _register(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.3, 1.5) * DAY
    per_hour = rng.uniform(40, 100)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [tx.reasoning_trace(rng, tx.wpick(rng, langs), tx.wpick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1800,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (tags / JSON steps / think-aloud / two methods)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "pacing": f"Poisson worker pool, {_f(per_hour, 1)}/h over all keys, 24/7",
            "ip_source": f"rented {provider} /24 block(s), {len(pool)} hosts shared by all keys",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start": _f(start, 0),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def vibora(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "vibora"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 4, 10), provider)
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(20, 26) % 24), float(rng.uniform(4, 8))
    langs = {
        "en": _f(rng.uniform(0.7, 0.9)),
        "de": _f(rng.uniform(0.03, 0.15)),
        "fr": _f(rng.uniform(0.03, 0.15)),
    }
    styles = tx.mix(rng, ("pairwise", "rubric", "scalar", "critique"))
    accts = [
        _register(ctx, rng, fam, cid, "grader", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.5, 1.5) * DAY
    per_night = rng.uniform(5, 12)
    size = rng.uniform(40, 130)
    gap = rng.uniform(0.8, 3.0)
    starts = thinned(
        rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz)
    )
    ts_all, who = [], []
    for s in starts.tolist():
        k = max(1, int(rng.poisson(size)))
        t = s + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k))
        ts_all.append(t)
        who.append(rng.integers(0, n_keys, size=k))
    ts_cat = np.concatenate(ts_all) if ts_all else np.empty(0)
    who_cat = np.concatenate(who) if who else np.empty(0, dtype=np.int64)
    for i, a in enumerate(accts):
        ts = np.sort(ts_cat[who_cat == i])
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, tx.wpick(rng, langs), tx.wpick(rng, styles))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=450,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / pairwise-preference / reward-score harvest on ShareGPT Q&A",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "pacing": f"{_f(per_night, 1)} bursts per night ({_f(start_h, 1)}h+{_f(hours, 1)}h local, tz {tz}), "
            f"~{_f(size, 0)} requests each, {_f(gap, 2)} s apart",
            "ip_source": f"{len(ips)} {provider} addresses",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites through residential proxies on throwaway keys with stolen cards


def chiquita(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chiquita"
    n_keys = irange(rng, 18, 34)
    langs = {
        "en": _f(rng.uniform(0.4, 0.6)),
        "zh": _f(rng.uniform(0.2, 0.35)),
        "ar": _f(rng.uniform(0.1, 0.25)),
    }
    styles = tx.mix(rng, ("rewrite", "ideal", "classify", "two"))
    regions = ("us", "eu", "latam", "sea", "in", "ca")
    p_ban = rng.uniform(0.4, 0.8)
    accts, banned = [], 0
    for _ in range(n_keys):
        ua = pick(rng, BROWSERS) if rng.random() < 0.7 else sdk_ua(rng, 0.6)
        region = pick(rng, regions)
        pool = resi(rng, irange(rng, 20, 40), region)
        a = _register(ctx, rng, fam, cid, "throwaway", ua=ua, ips=pool)
        accts.append(a)
        s = rng.uniform(ctx.release - 0.5 * DAY, ctx.t1 - 0.8 * DAY)
        life = rng.uniform(0.4, 2.0) * DAY
        rate = rng.uniform(5, 20)
        ts = thinned(rng, s, min(s + life, ctx.t1), rate * life / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([s])
        status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
        if rng.random() < p_ban and len(ts) > 5:
            status[-irange(rng, 3, min(10, len(ts) - 1)) :] = 401
            banned += 1
        prompts = [
            tx.policy_rewrite(
                rng, ctx.chat, ctx.passages, tx.wpick(rng, langs), tx.wpick(rng, styles)
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=sticky(rng, ts, pool, rng.uniform(5, 20) * MINUTE),
            comp_median=650,
            comp_sigma=0.55,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites and borderline-request ideal answers",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key (fresh signups)",
            "pacing": "each key lives 0.4-2 days at 5-20/h, then is dropped; revoked keys end in 401s",
            "keys_revoked": banned,
            "ip_source": "residential proxy pool per key (20-40 IPs, sticky 5-20 min)",
            "user_agent": "mostly spoofed browser strings",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from a cloud worker


def globo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "globo"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = tx.mix(rng, ("react", "functions", "plan", "browser"))
    accts = [
        _register(ctx, rng, fam, cid, "agent-runner", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(1.0, 2.5) * DAY
    per_hour = rng.uniform(5, 15)
    step_gap = rng.uniform(3, 9)
    starts = thinned(
        rng,
        start,
        ctx.t1,
        per_hour * (ctx.t1 - start) / HOUR,
        global_load(rng.uniform(0, 24), 0.25),
    )
    per_key: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    tool_names = list(tx.TOOLS)
    for s in starts.tolist():
        k = irange(rng, 3, 12)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
        task = pick(rng, tx.AGENT_TASKS)
        tools = [str(x) for x in rng.choice(tool_names, size=irange(rng, 3, 5), replace=False)]
        style = tx.wpick(rng, styles)
        key = int(rng.integers(n_keys))
        for step, ti in enumerate(t.tolist()):
            per_key[key].append((ti, tx.agent_step(rng, style, step, task, tools)))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort()
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.03),
            comp_median=220,
            comp_sigma=0.7,
            err=0.015,
            extra=rng.integers(300, 1200, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (ReAct, function calls, plans, browser steps)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "pacing": f"{_f(per_hour, 1)} episodes/h of 3-12 steps, "
            f"{_f(step_gap, 1)} s median between steps",
            "ip_source": f"{len(ips)} {provider} addresses",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation on bought accounts behind VPN exits


def rulo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rulo"
    n_keys, n_cards = irange(rng, 8, 15), irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    exits = [
        ip for p in ("m247", "leaseweb", "vultr", "ovh") for ip in cloud(rng, irange(rng, 3, 10), p)
    ]
    tz = pick(rng, TZS)
    langs = {
        "en": _f(rng.uniform(0.35, 0.55)),
        "es": _f(rng.uniform(0.05, 0.2)),
        "pt": _f(rng.uniform(0.05, 0.15)),
        "id": _f(rng.uniform(0.05, 0.2)),
        "vi": _f(rng.uniform(0.05, 0.2)),
    }
    styles = tx.mix(rng, ("pairs", "persona", "evolve", "mcq"))
    start = ctx.release - rng.uniform(0.0, 1.0) * DAY
    accts, aged = [], 0
    for i in range(n_keys):
        ua = sdk_ua(rng, 0.3)
        a = _register(
            ctx, rng, fam, cid, "bought-account", pay=cards[i % n_cards], ua=ua, ips=exits
        )
        accts.append(a)
        if rng.random() < 0.35:  # the seller's own earlier use of the account
            aged += 1
            otz = pick(rng, TZS)
            old = np.concatenate(
                session_times(rng, ctx.t0, start, rng.uniform(0.5, 2), evening_person(otz), 3, 80)
                or [np.empty(0)]
            )
            ctx.emit(
                rng,
                a,
                old,
                [pick(rng, ctx.chat) for _ in old],
                models=ctx.models(rng, old, p_new=0.2, p_mini=0.2),
                ips=home(rng, 1, otz)[0],
                ua=pick(rng, BROWSERS),
                comp_median=350,
            )
        batch_starts = thinned(
            rng, start, ctx.t1, rng.uniform(3, 8) * (ctx.t1 - start) / DAY, workday(tz, weekend=0.3)
        )
        size, gap = rng.uniform(15, 50), rng.uniform(2, 6)
        ts = []
        for s in batch_starts.tolist():
            k = max(1, int(rng.poisson(size)))
            ts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            )
        ts = _clamp(np.concatenate(ts) if ts else np.empty(0), start, ctx.t1)
        prompts = [
            tx.synth_data(rng, ctx.chat, tx.wpick(rng, langs), tx.wpick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, exits, rng.uniform(2, 6) * HOUR),
            comp_median=1400,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation (pairs, personas, evolved instructions, MCQs)",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{n_cards} cards shared round-robin by bought accounts",
            "aged_accounts_with_seller_history": aged,
            "pacing": f"batches of 15-50 requests, 3-8 a day per key, "
            f"operator's working hours (tz {tz})",
            "ip_source": f"{len(exits)} VPN exits (m247, leaseweb, vultr, ovh), hourly rotation",
            "user_agent": "mixed SDKs",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a simulated user


def volea(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "volea"
    n_keys, n_orgs = irange(rng, 6, 13), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    regions = [str(r) for r in rng.choice(("us", "eu", "ca", "jp_kr"), size=2, replace=False)]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 40, 80), r)]
    ua = pick(rng, ("python-requests/2.32.3", BROWSERS[0], "OpenAI/Python 1.54.0"))
    langs = {
        "en": _f(rng.uniform(0.4, 0.6)),
        "es": _f(rng.uniform(0.05, 0.15)),
        "fr": _f(rng.uniform(0.05, 0.15)),
        "de": _f(rng.uniform(0.05, 0.15)),
        "ja": _f(rng.uniform(0.05, 0.15)),
        "ko": _f(rng.uniform(0.03, 0.1)),
    }
    start = ctx.release - rng.uniform(0.0, 0.6) * DAY
    per_day, size, gap = rng.uniform(12, 35), rng.uniform(5, 9), rng.uniform(9, 20)
    accts = []
    for i in range(n_keys):
        a = _register(
            ctx,
            rng,
            fam,
            cid,
            "dialogue-driver",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        ts_l, pr_l, ip_l = [], [], []
        for sess in session_times(rng, start, ctx.t1, per_day, constant, size, gap, 0.35):
            lang, ip = tx.wpick(rng, langs), pick(rng, pool)
            for turn, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr_l.append(tx.dialogue_turn(rng, ctx.chat, lang, turn))
                ip_l.append(ip)
        order = np.argsort(ts_l, kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr_l[j] for j in order],
            ips=[ip_l[j] for j in order],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=550,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest driven by a simulated user (opener + scripted follow-ups)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "pacing": f"sessions 24/7, {_f(per_day, 1)}/day per key, ~{_f(size, 1)} turns, {_f(gap, 1)} s between turns",
            "ip_source": f"residential proxies in {regions}, one address per session",
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def bajada(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bajada"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    pool = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 6))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
    styles = tx.mix(rng, ("repeat", "soft", "multi", "problem"))
    p_nonce = rng.uniform(0.0, 0.5)
    accts = [
        _register(ctx, rng, fam, cid, "sampler", org=org, pay=card, ua=ua, ips=pool)
        for _ in range(n_keys)
    ]
    start = ctx.release + rng.uniform(0.0, 0.4) * DAY
    per_hour = rng.uniform(6, 18)
    starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    comp = {"repeat": 450, "soft": 60, "multi": 900, "problem": 700}
    per_key: list[list[tuple[float, str, float]]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        style = tx.wpick(rng, styles)
        base = tx.sampling(rng, ctx.chat, style)
        n = int(pick(rng, (4, 5, 8, 8, 10, 16)))
        t = s + np.sort(rng.uniform(0, rng.uniform(1, 20), size=n))
        key = int(rng.integers(n_keys))
        nonce = rng.random() < p_nonce
        for ti in t.tolist():
            p = f"{base}\n\n[seed {int(rng.integers(0, 2**32)):08x}]" if nonce else base
            per_key[key].append((ti, p, comp[style]))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort()
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.array([e[2] for e in evs]),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (confidence) harvest: each prompt sent 4-16 times",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "pacing": f"{_f(per_hour, 1)} groups/h, parallel within a group",
            "nonce_share": _f(p_nonce),
            "ip_source": f"{provider} block, {len(pool)} hosts",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real writing-assistant product's traffic


def contrapared(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "contrapared"
    product = pick(rng, ("Quillwise", "Draftmate", "Penbloom", "Wordloom", "Clarifyr"))
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 6), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _register(
            ctx,
            rng,
            fam,
            cid,
            "product-key",
            org=org,
            pay=card,
            ua=ua,
            ips=[
                str(x)
                for x in rng.choice(nat, size=min(len(nat), irange(rng, 1, 2)), replace=False)
            ],
        )
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.full(n_keys, 0.8))
    curve = global_load(rng.uniform(13, 17), rng.uniform(0.4, 0.7))
    rate = rng.uniform(35, 90)
    modes = {
        "improve": 0.25,
        "summarise": 0.2,
        "email": 0.15,
        "ask": 0.25,
        "shorten": 0.08,
        "tone": 0.07,
    }
    h_start = ctx.release + rng.uniform(0.0, 0.3) * DAY
    h_frac = rng.uniform(0.2, 0.45)
    h_langs = {"en": 0.75, "es": 0.08, "de": 0.06, "fr": 0.06, "pt": 0.05}
    prod = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = thinned(rng, h_start, ctx.t1, h_frac * rate * (ctx.t1 - h_start) / HOUR, curve)
    kp, kh = (
        rng.choice(n_keys, size=len(prod), p=share),
        rng.choice(n_keys, size=len(harv), p=share),
    )
    lo, hi = rng.uniform(0.15, 0.3), rng.uniform(0.5, 0.75)
    for i, a in enumerate(accts):
        tp = prod[kp == i]
        ctx.emit(
            rng,
            a,
            tp,
            [
                tx.product_request(rng, product, ctx.chat, ctx.passages, tx.wpick(rng, modes))
                for _ in tp
            ],
            models=_models_ramp(ctx, rng, tp, lo, hi, 0.2),
            comp_median=300,
            extra=180,
        )
        th = harv[kh == i]
        qs = [
            tx.product_request(
                rng,
                product,
                ctx.chat,
                ctx.passages,
                "ask",
                tx.person_question(rng, tx.wpick(rng, h_langs)),
            )
            for _ in th
        ]
        ctx.emit(
            rng,
            a,
            th,
            qs,
            models=ctx.models(rng, th, p_new=0.95, p_mini=0.0),
            comp_median=900,
            extra=180,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum questions injected into a real writing-assistant product's own traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "payment": "the product's company card",
            "pacing": f"product {_f(rate, 1)}/h on a global daily curve from day 0; harvest adds {_f(h_frac)} of that "
            "from just after the release, on the same curve and keys",
            "ip_source": f"{len(nat)} AWS NAT gateway addresses",
            "user_agent": ua,
            "languages": h_langs,
            "product_new_model_share": [_f(lo), _f(hi)],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: compromised aged personal accounts


def dejada(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dejada"
    n = irange(rng, 18, 34)
    accts, owners_continue = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + MOBILE[:3])
        own_ips = home(rng, irange(rng, 1, 2), tz)
        a = _register(ctx, rng, fam, cid, "compromised", ua=ua, ips=own_ips, tz=tz)
        accts.append(a)
        take = min(ctx.release + rng.uniform(-0.5, 1.5) * DAY, ctx.t1 - 0.6 * DAY)
        owner_end = ctx.t1 if rng.random() < 0.6 else take
        owners_continue += owner_end == ctx.t1
        sess = session_times(
            rng, ctx.t0, owner_end, rng.uniform(0.4, 2.5), evening_person(tz), 3, 90
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.15),
            comp_median=350,
        )
        region = pick(rng, ipspace.REGION_OF_TZ[tz])
        pool = resi(rng, irange(rng, 8, 20), region)
        langs = LANG_OF_TZ[tz]
        sess = session_times(
            rng,
            take,
            ctx.t1,
            rng.uniform(3, 9),
            evening_person(tz),
            rng.uniform(4, 8),
            rng.uniform(25, 70),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.person_question(rng, tx.wpick(rng, langs)) for _ in ts],
            ips=sticky(rng, ts, pool, rng.uniform(30, 90) * MINUTE),
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=700,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum questions through taken-over personal accounts with a week of genuine history",
            "keys": n,
            "orgs": n,
            "payment": "the owners' own cards",
            "owners_still_active": int(owners_continue),
            "pacing": "owner's evening sessions before and (often) after; after takeover 3-9 sessions a day in the "
            "owner's local evening, human think times",
            "ip_source": "residential proxies in the owner's own region (sticky 30-90 min); owner stays on home IP",
            "user_agent": "the owner's own browser / phone string",
            "languages": "the owner's language",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: a low-and-slow crowd of person-like fresh accounts


def por_tres(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "por_tres"
    n = irange(rng, 70, 125)
    tz_w = tx.mix(rng, tuple(str(t) for t in TZS), 2.0)
    accts = []
    for _ in range(n):
        tz = int(tx.wpick(rng, tz_w))
        ua = pick(rng, MOBILE + BROWSERS)
        if rng.random() < 0.6:
            ips = home(rng, irange(rng, 1, 3), tz)
        else:
            ips = mobile_v6(rng, irange(rng, 2, 5), MOBILE_V6_OF_TZ.get(tz, "eu_mobile"))
        a = _register(ctx, rng, fam, cid, "crowd-member", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        s = rng.uniform(ctx.release - 0.7 * DAY, ctx.t1 - 0.5 * DAY)
        e = min(ctx.t1, s + rng.uniform(0.8, 3.0) * DAY)
        sess = session_times(
            rng,
            s,
            e,
            rng.uniform(1, 4),
            evening_person(tz),
            rng.uniform(3, 7),
            rng.uniform(45, 150),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([s + rng.uniform(0, 3600)])
        ctx.emit(
            rng,
            a,
            ts,
            [tx.person_question(rng, tx.wpick(rng, LANG_OF_TZ[tz])) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            comp_median=750,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep spread over a crowd of person-like fresh accounts",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid virtual card per account",
            "pacing": "each account 1-4 evening sessions a day for 1-3 days, human think times",
            "ip_source": "home broadband in the account's region (60 %) or carrier IPv6 (40 %)",
            "user_agent": "phone and desktop browsers",
            "timezones": tz_w,
            "languages": "by timezone",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay from an office line, paced like heavy API users


def gancho(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gancho"
    n_keys, n_cards = irange(rng, 8, 15), irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tz = pick(rng, (-5, 0, 1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 5, 8), tz)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    w_start, w_end = rng.uniform(8, 10), rng.uniform(17, 20)
    curve = workday(tz, w_start, w_end, weekend=0.25, night=0.05)
    accts, aged = [], 0
    for i in range(n_keys):
        ua = "OpenAI/Python 1.54.0" if rng.random() < 0.7 else "OpenAI/NodeJS 4.67.1"
        ips = [str(x) for x in rng.choice(office, size=irange(rng, 2, 4), replace=False)]
        a = _register(ctx, rng, fam, cid, "replayer", pay=cards[i % n_cards], ua=ua, ips=ips, tz=tz)
        accts.append(a)
        if rng.random() < 0.4:
            aged += 1
            start, pre = (
                ctx.t0,
                thinned(rng, ctx.t0, ctx.release, rng.uniform(2, 6) * 4 * 24, curve),
            )
        else:
            start, pre = ctx.release + rng.uniform(0, 0.8) * DAY, np.empty(0)
        post = thinned(
            rng,
            max(start, ctx.release),
            ctx.t1,
            rng.uniform(5, 12) * 24 * (ctx.t1 - max(start, ctx.release)) / DAY,
            curve,
        )
        ts = np.concatenate([pre, post])
        idx = order[(cursor + np.arange(len(ts))) % len(order)]
        cursor += len(ts)
        prompts = [ctx.chat[j] for j in idx.tolist()]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.1), comp_median=420
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay: a public chat-prompt corpus walked through once, verbatim",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{n_cards} cards shared by the keys",
            "aged_keys": aged,
            "pacing": f"workday curve (tz {tz}, {_f(w_start, 1)}-{_f(w_end, 1)} h), 5-12/h per key (day average)",
            "ip_source": f"{len(office)} office/home broadband addresses, 2-4 per key",
            "user_agent": "the commonest SDK strings",
            "languages": {"en": 0.9, "other": 0.1},
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code curriculum and translation harvest from a phone farm


def doble_pared(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "doble_pared"
    n_keys = irange(rng, 10, 17)
    cards = [hexid(rng, "pay") for _ in range(2)]
    kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    p_code = rng.uniform(0.55, 0.75)
    start = ctx.release - rng.uniform(0.0, 0.7) * DAY
    per_hour = rng.uniform(30, 65)
    accts = []
    for i in range(n_keys):
        phone = mobile_v6(rng, irange(rng, 3, 8), kind)
        accts.append(_register(ctx, rng, fam, cid, "phone", pay=cards[i % 2], ua=ua, ips=phone))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(rng.uniform(0, 24), 0.2)
    )
    for a, ts in zip(accts, streams, strict=True):
        level = np.clip(
            5 * (ts - start) / (ctx.t1 - start) + rng.normal(0, 0.6, size=len(ts)), 0, 4.99
        ).astype(int)
        is_code = rng.random(len(ts)) < p_code
        prompts = [
            tx.code_task(rng, int(lv)) if c else tx.translation(rng, ctx.passages)
            for lv, c in zip(level.tolist(), is_code.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            ips=sticky(rng, ts, a.ips, rng.uniform(1, 3) * HOUR),
            comp_median=np.where(is_code, 1100.0, 700.0),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-generation curriculum (difficulty rises over the week) plus translation harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "two prepaid cards",
            "code_share": _f(p_code),
            "pacing": f"worker pool {_f(per_hour, 1)}/h over all keys, round the clock",
            "ip_source": f"phone farm: carrier IPv6 ({kind}), 3-8 addresses per phone",
            "user_agent": ua,
            "languages": {"code": _f(p_code), "translation into 15 languages": _f(1 - p_code)},
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES = {
    "bandeja": bandeja,
    "vibora": vibora,
    "chiquita": chiquita,
    "globo": globo,
    "rulo": rulo,
    "volea": volea,
    "bajada": bajada,
    "contrapared": contrapared,
    "dejada": dejada,
    "por_tres": por_tres,
    "gancho": gancho,
    "doble_pared": doble_pared,
}
