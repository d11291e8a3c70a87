"""Campaign families of batch 326: distillation operators, each drawing from its own generator.

Every family is `f(ctx, rng, campaign_id)`: it creates its accounts (label "campaign"), records the
campaign with its parameters, and emits its events through `ctx.emit`. Draws happen in a fixed
order (lists and dicts only, never sets), so a seed gives the same batch in every process.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
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
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind326 import texts

#: user agents that ordinary API users of this service send (as seen in the background)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)


#: what marks a ShareGPT prompt as a programming question (the traffic of a coding product)
CODE_HINTS = (
    "```",
    "def ",
    "function",
    "error",
    "Error",
    "code",
    "Python",
    "python",
    "SQL",
    "JavaScript",
    "React",
    "API",
    "class ",
    "import ",
    "compile",
    "bug",
)


def person_ua(rng: np.random.Generator) -> str:
    """A user agent a private API user plausibly sends: mostly the common ones."""
    r = rng.random()
    if r < 0.45:
        return pick(rng, BG_SDK)
    if r < 0.85:
        return pick(rng, BG_BROWSERS)
    return pick(rng, BROWSERS)


def _weights(rng: np.random.Generator, n_styles: int, k_min: int) -> np.ndarray:
    """A campaign's own mix over its template styles: some styles unused, the rest uneven."""
    k = irange(rng, k_min, n_styles)
    chosen = rng.permutation(n_styles)[:k]
    w = np.zeros(n_styles)
    w[chosen] = rng.dirichlet(np.ones(k) * 1.5)
    return w


def _styles(rng: np.random.Generator, w: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _campaign(ctx: Ctx, cid: str, family: str, accts: list[Acct], params: dict) -> None:
    ctx.campaign(cid, family, accts, params)


def _acct(ctx: Ctx, rng: np.random.Generator, family: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


# =============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def anemone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "anemone"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, SDK_OTHER[:4] + ("OpenAI/Python 1.54.0",))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, orgs),
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    w = _weights(rng, 6, 3)
    start = ctx.release - float(rng.uniform(0.1, 1.0)) * DAY
    rate = float(rng.uniform(35, 80))
    p_new = float(rng.uniform(0.85, 0.97))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(rate, 1),
            "ip_source": f"hosting:{provider}",
            "payment": "one prepaid card per key",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": ["en", "zh", "es", "ru", "de"],
            "styles": [round(x, 3) for x in w.tolist()],
            "start": start,
            "p_new": round(p_new, 3),
        },
    )
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        prompts = [texts.reasoning_trace(rng, s) for s in _styles(rng, w, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=1250,
            comp_sigma=0.45,
            err=0.02,
        )


# =============================================================================================
# 2. judge / rubric / reward-model grading in batch jobs


def angelfish(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "angelfish"
    n = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "gcp")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2"))
    accts = [
        _acct(ctx, rng, fam, cid, "grader", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    w = _weights(rng, 6, 3)
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    jobs_per_day = float(rng.uniform(8, 16))
    starts = thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, constant)
    size = float(rng.uniform(25, 70))
    p_new = float(rng.uniform(0.8, 0.95))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "batch_bursts",
            "jobs_per_day": round(jobs_per_day, 1),
            "burst_mean": round(size, 1),
            "ip_source": "cloud:gcp",
            "payment": "one card shared by all keys",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new": round(p_new, 3),
        },
    )
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for j, b in enumerate(bursts(rng, starts, size, 2.5, 0.6, ctx.t1)):
        per[j % n].append(b)
    for a, chunks in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(chunks)) if chunks else np.empty(0)
        prompts = []
        for st in _styles(rng, w, len(ts)):
            q = pick(rng, ctx.chat)
            answers = [pick(rng, ctx.passages) for _ in range(irange(rng, 2, 4))]
            prompts.append(texts.judge_prompt(rng, st, q, answers))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=280,
            comp_sigma=0.5,
            err=0.03,
        )


# =============================================================================================
# 3. policy / censorship-compliant rewrites through VPN exits on burner keys


def airstone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "airstone"
    n = irange(rng, 10, 20)
    provider = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = cloud(rng, irange(rng, 8, 20), provider)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    w = _weights(rng, 6, 4)
    p_new = float(rng.uniform(0.85, 0.97))
    # burner keys: each lives a day or two, the next one takes over (overlapping a little)
    t = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    accts, spans = [], []
    for _ in range(n):
        life = float(rng.uniform(0.4, 1.6)) * DAY
        accts.append(_acct(ctx, rng, fam, cid, "burner", ua=ua, ips=exits))
        spans.append((t, min(ctx.t1, t + life)))
        t += life * float(rng.uniform(0.3, 0.8))
        if t >= ctx.t1:
            t = ctx.release + float(rng.uniform(0.0, 2.5)) * DAY
    rate = float(rng.uniform(10, 30))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "pacing": "poisson_per_burner_key",
            "per_hour": round(rate, 1),
            "ip_source": f"vpn_exits:{provider}",
            "payment": "stolen card per key",
            "user_agent": ua,
            "languages": ["en", "zh", "ru", "ar"],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new": round(p_new, 3),
        },
    )
    for a, (a0, a1) in zip(accts, spans, strict=True):
        ts = thinned(rng, a0, a1, rate * (a1 - a0) / HOUR, constant)
        prompts = [
            texts.policy_rewrite(rng, s, pick(rng, ctx.chat), pick(rng, ctx.passages))
            for s in _styles(rng, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=450,
            comp_sigma=0.5,
            err=0.02,
            ips=picks(rng, exits, len(ts)),
        )


# =============================================================================================
# 4. agent / tool-use trajectories, one episode per burst


def bubbler(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bubbler"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(
        rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "langchain/0.3.7 python-openai/1.54.0")
    )
    provider = pick(rng, ("aws", "gcp", "azure"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    style = irange(rng, 0, 2)
    langs = ["en"] * 6 + [pick(rng, ("fr", "zh"))]
    ep_per_hour = float(rng.uniform(1.0, 3.0))
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    p_new = float(rng.uniform(0.85, 0.97))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episode_bursts",
            "episodes_per_hour_per_key": round(ep_per_hour, 2),
            "ip_source": f"cloud:{provider}",
            "payment": "two cards",
            "user_agent": ua,
            "languages": sorted(dict.fromkeys(langs)),
            "styles": [style],
            "p_new": round(p_new, 3),
        },
    )
    for a in accts:
        starts = thinned(rng, start, ctx.t1, ep_per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, pr_all, ex_all = [], [], []
        for s in starts.tolist():
            steps = texts.agent_episode(rng, style, pick(rng, langs))
            gaps = rng.lognormal(np.log(5.0), 0.5, size=len(steps))
            ts_all.extend((s + np.cumsum(gaps) - gaps[0]).tolist())
            pr_all.extend(steps)
            ex_all.extend([350 + 180 * i for i in range(len(steps))])
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr_all[i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=170,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(ex_all)[order],
        )


# =============================================================================================
# 5. synthetic dataset generation in nightly jobs


def cichlid(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cichlid"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("contabo", "hetzner", "alibaba", "tencent"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    tz = pick(rng, (8, 3, 1, -5))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n)
    ]
    w = _weights(rng, 6, 3)
    start_h = float(rng.uniform(0, 4))
    p_new = float(rng.uniform(0.9, 0.99))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_jobs",
            "night_start_local": round(start_h, 2),
            "tz": tz,
            "ip_source": f"hosting:{provider}",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en", "pt", "id", "hi"],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new": round(p_new, 3),
        },
    )
    first_night = int(np.floor((ctx.release - DAY + tz * HOUR) / DAY))
    for a in accts:
        starts = []
        for d in range(first_night, first_night + 9):
            base = d * DAY - tz * HOUR + start_h * HOUR
            for _ in range(irange(rng, 1, 3)):
                starts.append(base + float(rng.uniform(0, 3)) * HOUR)
        chunks = bursts(rng, np.asarray(starts), float(rng.uniform(80, 220)), 6.0, 0.5, ctx.t1)
        ts = np.sort(np.concatenate(chunks))
        prompts = [texts.dataset_request(rng, s) for s in _styles(rng, w, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=1900,
            comp_sigma=0.35,
            err=0.015,
        )


# =============================================================================================
# 6. HARD: multi-turn dialogue harvest by a person-like crowd on residential proxies


def clownfish(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "clownfish"
    n = irange(rng, 25, 45)
    tz_pool = [-8, -5, -5, 0, 1, 1, 2, -3, 5]
    accts, langs = [], []
    for _ in range(n):
        tz = pick(rng, tz_pool)
        lang = {
            -3: pick(rng, ("pt", "es")),
            1: pick(rng, ("de", "fr", "en")),
            2: pick(rng, ("de", "en")),
        }.get(tz, "en")
        if tz == -5 and chance(rng, 0.2):
            lang = "es"
        proxies = home(rng, irange(rng, 4, 12), tz)
        accts.append(_acct(ctx, rng, fam, cid, "persona", ua=person_ua(rng), ips=proxies, tz=tz))
        langs.append(lang)
    p_new = float(rng.uniform(0.6, 0.85))
    per_day = float(rng.uniform(1.2, 2.8))
    size = float(rng.uniform(6, 11))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "sessions_per_day": round(per_day, 2),
            "session_size_mean": round(size, 1),
            "ip_source": "residential_proxy_in_persona_region_sticky_per_session",
            "payment": "own prepaid card per key",
            "user_agent": "per persona, common strings",
            "languages": sorted(dict.fromkeys(langs)),
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )
    for a, lang in zip(accts, langs, strict=True):
        a0 = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
        curve = evening_person(a.tz)
        sess = session_times(rng, a0, ctx.release, per_day * 0.3, curve, size * 0.6, 70.0, 0.7)
        sess += session_times(
            rng, ctx.release, ctx.t1, per_day, curve, size, float(rng.uniform(45, 110)), 0.7
        )
        ts_all, prompts, ips, ctx_tok = [], [], [], []
        for s in sess:
            if len(s) == 0:
                continue
            ip = pick(rng, a.ips)
            ctx_tok.extend(min(1500, 260 * i) for i in range(len(s)))
            first = (
                pick(rng, ctx.chat)
                if (lang == "en" and chance(rng, 0.55))
                else texts.opener(rng, lang)
            )
            prompts.append(texts.clip(first, 10, 1200, rng))
            prompts.extend(texts.followup(rng, lang) for _ in range(len(s) - 1))
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=560,
            comp_sigma=0.55,
            err=0.01,
            extra=np.asarray(ctx_tok, dtype=np.int64),
        )


# =============================================================================================
# 7. best-of-n and soft-label sampling: each prompt sent several times in a row


def guppy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "guppy"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    ips = cloud(rng, irange(rng, 2, 4), "azure")
    ua = pick(
        rng, ("OpenAI/Python 1.58.1", "semantic-kernel-dotnet/1.36.0", "OpenAI/NodeJS 4.85.1")
    )
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=org, pay=cards[i % 2], ua=ua, ips=ips)
        for i in range(n)
    ]
    w = _weights(rng, 4, 2)
    k_lo, k_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    items_per_hour = float(rng.uniform(10, 30))
    start = ctx.release - float(rng.uniform(0, 0.3)) * DAY
    p_new = float(rng.uniform(0.9, 0.99))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "repeat_trains",
            "items_per_hour": round(items_per_hour, 1),
            "repeats": [k_lo, k_hi],
            "ip_source": "cloud:azure",
            "payment": "two cards",
            "user_agent": ua,
            "languages": ["en"],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new": round(p_new, 3),
        },
    )
    for a, items in zip(accts, worker_pool(rng, start, ctx.t1, items_per_hour, n), strict=True):
        ts_all, prompts = [], []
        for s, st in zip(items.tolist(), _styles(rng, w, len(items)), strict=True):
            text = texts.soft_label(rng, st, pick(rng, ctx.chat))
            k = irange(rng, k_lo, k_hi)
            ts_all.extend((s + np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=k))).tolist())
            prompts.extend([text] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=230,
            comp_sigma=0.6,
            err=0.05,
        )


# =============================================================================================
# 8. curriculum sweep at a slow, steady clock


def gourami(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gourami"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "linode", "scaleway"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "OpenAI/Python 1.54.0"))
    langs = ["en"] + [pick(rng, ("de", "fr", "en")) for _ in range(n - 1)]
    accts = [
        _acct(ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n)
    ]
    p_new = float(rng.uniform(0.75, 0.95))
    params = {
        "operation": "curriculum_sweep",
        "pacing": "fixed_interval_clock",
        "ip_source": f"cloud:{provider}",
        "payment": "one card",
        "user_agent": ua,
        "languages": sorted(dict.fromkeys(langs)),
        "p_new": round(p_new, 3),
        "interval_s": [],
    }
    for a, lang in zip(accts, langs, strict=True):
        interval = float(rng.uniform(90, 240))
        params["interval_s"].append(round(interval, 1))
        a0 = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
        k = int((ctx.t1 - a0) / interval) + 1
        ts = a0 + np.cumsum(interval * rng.lognormal(0.0, 0.08, size=k))
        ts = ts[ts < ctx.t1]
        grid = texts.curriculum_grid(lang)
        offset = irange(rng, 0, len(grid) - 1)
        prompts = [texts.curriculum_prompt(grid[(offset + i) % len(grid)]) for i in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.0),
            comp_median=650,
            comp_sigma=0.4,
            err=0.005,
        )
    _campaign(ctx, cid, fam, accts, params)


# =============================================================================================
# 9. HARD: harvest hidden inside a real coding-assistant product's own traffic


def pleco(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pleco"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    product = pick(rng, ("Codewise", "ReviewBee", "PatchPilot", "LintLens", "DiffDoctor"))
    accts = [
        _acct(ctx, rng, fam, cid, "product_key", org=org, pay=pay, ua=ua, ips=nat) for _ in range(n)
    ]
    prod_rate = float(rng.uniform(15, 35))
    harv_rate = float(rng.uniform(5, 14))
    harv_start = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    w = _weights(rng, 4, 3)
    p_prod, p_harv = float(rng.uniform(0.2, 0.45)), float(rng.uniform(0.8, 0.95))
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_load_plus_steady_side_stream",
            "product_per_hour": round(prod_rate, 1),
            "harvest_per_hour": round(harv_rate, 1),
            "harvest_start": harv_start,
            "ip_source": "cloud:aws (product NAT)",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new_product": round(p_prod, 3),
            "p_new_harvest": round(p_harv, 3),
            "hard": True,
        },
    )
    coding = [p for p in ctx.chat if any(h in p for h in CODE_HINTS)]
    curve = global_load(float(rng.uniform(13, 17)), 0.6)
    prod = worker_pool(rng, ctx.t0, ctx.t1, prod_rate, n, curve)
    harv = worker_pool(rng, harv_start, ctx.t1, harv_rate, n, curve)
    for a, tp, th in zip(accts, prod, harv, strict=True):
        pp = [
            texts.product_wrap(rng, product, texts.clip(pick(rng, coding), 10, 1500, rng))
            for _ in range(len(tp))
        ]
        ph = [
            texts.product_wrap(rng, product, texts.code_harvest(rng, s))
            for s in _styles(rng, w, len(th))
        ]
        ts = np.concatenate([tp, th])
        models = ctx.models(rng, tp, p_new=p_prod) + ctx.models(rng, th, p_new=p_harv)
        comp = np.concatenate([np.full(len(tp), 330.0), np.full(len(th), 700.0)])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [(pp + ph)[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.55,
            err=0.01,
            extra=irange(rng, 250, 600),
        )


# =============================================================================================
# 10. HARD: bought aged accounts, taken over after the release, driven like their owners


def plankton(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "plankton"
    n = irange(rng, 20, 35)
    p_new = float(rng.uniform(0.8, 0.95))
    per_day = float(rng.uniform(3.5, 8.0))
    accts, langs, homes, takeovers = [], [], [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, texts.LANG_OF_TZ[tz])
        h = home(rng, 1, tz)
        accts.append(_acct(ctx, rng, fam, cid, "aged_account", ua=person_ua(rng), ips=h, tz=tz))
        langs.append(lang)
        homes.append(h[0])
        takeovers.append(ctx.release + float(rng.uniform(0.0, 1.5)) * DAY)
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_like_sessions_after_takeover",
            "sessions_per_day": round(per_day, 2),
            "ip_source": "owner home ISP, then residential proxies in the same region",
            "payment": "original owners' cards",
            "user_agent": "copied from owner",
            "languages": sorted(dict.fromkeys(langs)),
            "p_new": round(p_new, 3),
            "hard": True,
            "takeover": [round(x, 1) for x in takeovers],
        },
    )
    for a, lang, take in zip(accts, langs, takeovers, strict=True):
        curve = evening_person(a.tz)
        # the seller's owner, before the sale: ordinary light use from home
        own = session_times(rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), curve, 2.5, 60.0)
        ts_o = np.concatenate(own) if own else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_o,
            [texts.clip(pick(rng, ctx.chat), 5, 1500, rng) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.2),
            ips=a.ips[0],
        )
        # the buyer: sessions at the owner's hours, proxies of the owner's region
        pool = home(rng, irange(rng, 6, 20), a.tz)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            per_day,
            workday(a.tz, 8.0, 23.0, 0.7, 0.05),
            float(rng.uniform(3, 7)),
            float(rng.uniform(35, 90)),
        )
        ts_all, ips, prompts = [], [], []
        for s in sess:
            ip = pick(rng, pool)
            for _ in range(len(s)):
                prompts.append(
                    texts.learner_question(rng, lang) if chance(rng, 0.8) else pick(rng, ctx.chat)
                )
            ts_all.extend(s.tolist())
            ips.extend([ip] * len(s))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=650,
            comp_sigma=0.5,
            err=0.01,
        )


# =============================================================================================
# 11. HARD: public prompt replay spread over a crowd of small keys


def refugium(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "refugium"
    n = irange(rng, 25, 45)
    pool = resi(rng, irange(rng, 60, 150))
    p_new = float(rng.uniform(0.75, 0.92))
    per_day = float(rng.uniform(4.0, 9.0))
    accts = [
        _acct(ctx, rng, fam, cid, "replayer", ua=person_ua(rng), ips=pool, tz=pick(rng, TZS))
        for _ in range(n)
    ]
    queue = rng.permutation(len(ctx.chat)).tolist()
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "short_human_sessions",
            "sessions_per_day": round(per_day, 2),
            "ip_source": "residential_proxy_pool_worldwide_sticky",
            "payment": "virtual card per key",
            "user_agent": "per key, common strings",
            "languages": ["en", "mixed (as in the public set)"],
            "p_new": round(p_new, 3),
            "hard": True,
            "pool_size": len(pool),
        },
    )
    k = 0
    for a in accts:
        # keys bought days earlier and warmed up lightly on the old model, then the replay proper
        w0 = ctx.t0 + float(rng.uniform(0.0, 2.5)) * DAY
        a0 = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
        curve = evening_person(a.tz, 3.0)
        sess = session_times(rng, w0, a0, per_day * 0.2, curve, 1.5, 100.0, 0.9)
        sess += session_times(rng, a0, ctx.t1, per_day, curve, 1.7, 100.0, 0.9)
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[queue[k % len(queue)]])
            k += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=420,
            comp_sigma=0.6,
            err=0.01,
        )


# =============================================================================================
# 12. parallel-corpus translation harvest from a phone farm on carrier IPv6


def seahorse(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "seahorse"
    n = irange(rng, 8, 16)
    batches = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    tz = 5 if carrier == "in_mobile" else -3
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    accts = []
    for i in range(n):
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                cid,
                "phone",
                pay=batches[i % len(batches)],
                ua=ua,
                ips=mobile_v6(rng, irange(rng, 20, 60), carrier),
                tz=tz,
            )
        )
    w = _weights(rng, 4, 2)
    rate = float(rng.uniform(30, 80))
    p_new = float(rng.uniform(0.85, 0.97))
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    _campaign(
        ctx,
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "pacing": "worker_pool_daytime",
            "per_hour": round(rate, 1),
            "ip_source": f"carrier_ipv6:{carrier}",
            "payment": f"{len(batches)} prepaid card batches",
            "user_agent": ua,
            "languages": [
                "hi",
                "bn",
                "ta",
                "te",
                "mr",
                "pt-BR",
                "id",
                "sw",
                "yo",
                "vi",
                "th",
                "tl",
                "ur",
                "es",
                "fr",
                "ar",
            ],
            "styles": [round(x, 3) for x in w.tolist()],
            "p_new": round(p_new, 3),
        },
    )
    curve = workday(tz, 7.0, 23.0, 0.8, 0.05)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        prompts = [
            texts.parallel_corpus(rng, s, pick(rng, ctx.passages)) for s in _styles(rng, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, a.ips, float(rng.uniform(15, 60)) * MINUTE),
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=750,
            comp_sigma=0.45,
            err=0.02,
        )


CAMPAIGN_FAMILIES = {
    "anemone": anemone,
    "angelfish": angelfish,
    "airstone": airstone,
    "bubbler": bubbler,
    "cichlid": cichlid,
    "clownfish": clownfish,
    "guppy": guppy,
    "gourami": gourami,
    "pleco": pleco,
    "plankton": plankton,
    "refugium": refugium,
    "seahorse": seahorse,
}
