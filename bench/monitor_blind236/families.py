"""Campaign families of batch 236 (code names: lumberjack sports).

Each family is a generator `f(ctx, rng, campaign_id)` that creates its accounts in `ctx.truth`
and writes their events to `ctx.sink`, drawing only from its own `rng`, in a fixed order.
The README (read it only after the monitor's single run) describes each family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MOBILE,
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
from bench.monitor_blind236 import texts

#: user agents as common in the background traffic (an operator copying ordinary clients)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
#: carrier IPv6 ranges by UTC offset (where the shared helper has one)
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: np.random.Generator, langs: list[str], weights: list[float], n: int) -> list[str]:
    p = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=p / p.sum()).tolist()]


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, camp: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=camp, **kw)


def _steady(rng: np.random.Generator, a: float, b: float, mean_gap: float, cv: float) -> np.ndarray:
    """A cron-like loop: one request every `mean_gap` seconds with a little jitter."""
    n = int((b - a) / mean_gap) + 2
    gaps = np.clip(rng.normal(mean_gap, cv * mean_gap, size=n), 0.2 * mean_gap, None)
    ts = a + np.cumsum(gaps)
    return ts[ts < b]


def _cut_outages(
    rng: np.random.Generator, ts: np.ndarray, a: float, b: float, k: int
) -> np.ndarray:
    """Drop `k` outage windows (2–9 h each: restarts, quota resets, the laptop asleep)."""
    keep = np.ones(len(ts), dtype=bool)
    for _ in range(k):
        s = float(rng.uniform(a, b))
        keep &= ~((ts >= s) & (ts < s + float(rng.uniform(2, 9)) * HOUR))
    return ts[keep]


# --------------------------------------------------------------------------------------------
# 1. reasoning traces from a rented hosting block


def underhand_chop(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "underhand_chop"
    n = irange(rng, 7, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    ua = sdk_ua(rng, 0.6)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate, surge = float(rng.uniform(22, 45)), float(rng.uniform(1.5, 3.0))
    release = ctx.release

    def after_release(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, 1.0 / surge)

    langs, weights = ["en", "zh", "ru", "es"], rng.dirichlet([4.0, 2.0, 1.5, 1.0]).tolist()
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, n, after_release), strict=True
    ):
        prompts = [texts.reasoning_trace(rng, lg) for lg in _langs(rng, langs, weights, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (visible step-by-step, JSON thoughts, think-aloud)",
            "pacing": f"Poisson worker pool {rate:.0f}/h, x{surge:.1f} after the release",
            "ip_source": f"rented hosting block ({provider})",
            "payment": f"{len(cards)} shared cards",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": dict(zip(langs, [round(w, 2) for w in weights], strict=True)),
            "model": "new model 95 % after release",
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch bursts


def standing_block(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "standing_block"
    n = irange(rng, 4, 8)
    org = hexid(rng, "org")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ips = cloud(rng, n, provider)
    ua = pick(
        rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2")
    )
    tz = pick(rng, TZS)
    accts = [_acct(ctx, rng, fam, camp, "grader", org=org, ua=ua, ips=[ips[i]]) for i in range(n)]
    langs, weights = ["en", "de", "es"], [0.6, 0.2, 0.2]
    size, gap = float(rng.uniform(30, 80)), float(rng.uniform(1.0, 3.0))
    per_day = float(rng.uniform(1.0, 2.5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for acct in accts:
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(tz, weekend=0.35)
        )
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, lg)
            for lg in _langs(rng, langs, weights, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=280.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "pairwise judging, rubric JSON scores, scalar rewards, reference grading, critiques",
            "pacing": f"batch bursts (~{size:.0f} requests, {gap:.1f} s apart) {per_day:.1f}/key/day in office "
            f"hours (UTC{tz:+d})",
            "ip_source": f"one {provider} VM per key",
            "payment": "one prepaid virtual card per key",
            "orgs": 1,
            "user_agent": ua,
            "languages": "en 60 %, de 20 %, es 20 %",
            "model": "new model 85 % after release",
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, churning stolen cards


def springboard_chop(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "springboard_chop"
    n = irange(rng, 10, 20)
    exits: list[str] = []
    provs = ("m247", "leaseweb", "vultr", "ovh")
    for prov in provs:
        exits += cloud(rng, irange(rng, 6, 15), prov)
    langs, weights = ["zh", "ru", "ar", "en"], [0.4, 0.2, 0.15, 0.25]
    accts = []
    for _ in range(n):
        ua = pick(rng, SDK_OTHER) if chance(rng, 0.6) else pick(rng, BG_BROWSERS)
        acct = _acct(
            ctx, rng, fam, camp, "churned_key", ua=ua, ips=picks(rng, exits, irange(rng, 2, 5))
        )
        accts.append(acct)
        birth = float(rng.uniform(ctx.t0 + 0.3 * DAY, ctx.t1 - 0.6 * DAY))
        death = min(ctx.t1, birth + float(rng.uniform(0.5, 2.5)) * DAY)
        starts = thinned(
            rng, birth, death, float(rng.uniform(0.4, 1.2)) * (death - birth) / HOUR, constant
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(4, 15)), float(rng.uniform(5, 20)), b=death)
        )
        hold = float(rng.uniform(1800, 7200))
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, lg)
            for lg in _langs(rng, langs, weights, len(ts))
        ]
        status = np.where(rng.random(len(ts)) < 0.04, 429, 200)
        if len(ts) > 3 and chance(rng, 0.5):
            status[-irange(rng, 1, 3) :] = 402  # the card is declined at the end of the key's life
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, acct.ips, hold),
            comp_median=650.0,
            comp_sigma=0.6,
            status=status,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "content-policy 'safe' rewrites (zh/ru/ar/en), refusal repair, dual SAFE/GLOBAL versions",
            "pacing": "keys live 0.5–2.5 days each, staggered; bursts of 4–15 every 50–150 min around the clock",
            "ip_source": f"commercial VPN exits ({', '.join(provs)}), sticky 0.5–2 h",
            "payment": "one stolen card and one org per key; some end in 402",
            "user_agent": "mixed SDKs and browsers",
            "languages": "zh 40 %, ru 20 %, ar 15 %, en 25 %",
            "model": "new model 90 % after release",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from two cloud orgs


def single_buck(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "single_buck"
    n = irange(rng, 6, 10)
    providers = ("aws", "gcp")
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            providers[i],
            pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6")),
        )
        for i in range(2)
    ]
    accts = []
    for i in range(n):
        org, pay, prov, ua = orgs[i % 2]
        accts.append(
            _acct(
                ctx,
                rng,
                fam,
                camp,
                "agent_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
        )
    rate = float(rng.uniform(28, 55))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = global_load(float(rng.uniform(0, 24)), 0.35)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        prompts = [texts.agent_step(rng) for _ in range(len(ts))]
        extra = rng.integers(300, 1500, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=450.0,
            comp_sigma=0.8,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent trajectories: ReAct next steps, JSON tool-call logs, whole synthetic trajectories",
            "pacing": f"job queue over {n} keys, {rate:.0f}/h with a mild daily wave",
            "ip_source": "aws VMs (org 1) and gcp VMs (org 2)",
            "payment": "one card per org",
            "orgs": 2,
            "user_agent": "litellm / langchain-openai",
            "languages": "en",
            "model": "new model 90 % after release",
            "extra_prompt_tokens": "300–1500 (tool schemas)",
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation over rotating residential proxies


def double_buck(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "double_buck"
    n = irange(rng, 15, 28)
    pool = [ip for region in ("us", "eu", "latam", "sea", "in") for ip in resi(rng, 80, region)]
    langs, weights = ["en", "es", "pt", "id"], rng.dirichlet([3.0, 1.5, 1.5, 1.5]).tolist()
    uas = ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")
    accts = []
    for _ in range(n):
        acct = _acct(ctx, rng, fam, camp, "generator", ua=pick(rng, uas), ips=pool)
        accts.append(acct)
        birth = jitter_start(rng, ctx.t0, ctx.t1, 0.65)
        death = min(ctx.t1, birth + float(rng.uniform(1.0, 4.0)) * DAY)
        starts = thinned(
            rng, birth, death, float(rng.uniform(0.2, 0.5)) * (death - birth) / HOUR, constant
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(10, 25)), float(rng.uniform(1.0, 3.0)), b=death)
        )
        prompts = [texts.synthetic_data(rng, lg) for lg in _langs(rng, langs, weights, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=sticky(rng, ts, pool, 600.0),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation: JSONL instruction pairs, self-instruct, personas, MCQs",
            "pacing": "bursts of 10–25 requests 1–3 s apart, 0.2–0.5 bursts/hour per key, keys live 1–4 days",
            "ip_source": "residential proxy pool (400 addresses, 5 regions), sticky 10 min",
            "payment": "one card and one org per key",
            "user_agent": "python HTTP clients",
            "languages": dict(zip(langs, [round(w, 2) for w in weights], strict=True)),
            "model": "new model 92 % after release",
        },
    )


# --------------------------------------------------------------------------------------------
# 6. (hard) multi-turn dialogue harvest by a low-and-slow crowd on static ISP proxies


def jack_and_jill(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "jack_and_jill"
    n = irange(rng, 35, 60)
    order = rng.permutation(len(ctx.chat)).tolist()
    per = 40
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.65) else pick(rng, BG_SDK)
        acct = _acct(ctx, rng, fam, camp, "crowd_member", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        seeds = [ctx.chat[j] for j in order[i * per : (i + 1) * per]]
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.0, 2.4)),
            evening_person(tz),
            float(rng.uniform(3.0, 6.0)),
            float(rng.uniform(60, 240)),
        )
        ts_all, prompts = [], []
        for k, s in enumerate(sessions):
            for j in range(len(s)):
                prompts.append(
                    texts.excerpt(seeds[k % len(seeds)], 2000) if j == 0 else texts.follow_up(rng)
                )
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.45, 0.06),
            comp_median=520.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: public first turns, generic follow-ups",
            "pacing": "human-like evening sessions, 1–2.4 per day, 3–6 turns, 1–4 min think time",
            "ip_source": "one static ISP (residential) proxy per account, region matching its time zone",
            "payment": "one card and one org per account",
            "user_agent": "common browser and SDK strings",
            "languages": "en with a few de/es/fr/pt follow-ups",
            "model": "new model 45 % after release",
            "hard": "looks like ordinary users in every per-account respect",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def hot_saw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "hot_saw"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "aws", 1, n + 2)
    ua = "OpenAI/Python 1.58.1"
    accts = [
        _acct(ctx, rng, fam, camp, "sampler", org=org, pay=pay, ua=ua, ips=[block[i]])
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    rate = float(rng.uniform(9, 18))
    k_lo, k_hi = 4, irange(rng, 6, 10)
    for acct, items in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        ts_parts, prompts = [], []
        for t in items.tolist():
            k = irange(rng, k_lo, k_hi)
            p = texts.soft_label(rng, ctx.chat, "fr" if chance(rng, 0.2) else "en")
            ts_parts.append(
                t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.9), 0.5, size=k - 1))])
            )
            prompts += [p] * k
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=150.0,
            comp_sigma=0.9,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft labels: the same prompt 4–10 times (probability JSON, label "
            "distributions, n-best lists, repeated ordinary prompts)",
            "pacing": f"{rate:.0f} items/h Poisson over {n} keys, each item a train of identical requests",
            "ip_source": "one /24 in aws",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": "en 80 %, fr 20 %",
            "model": "new model 97 % (starts just before the release)",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at a slow cron-like rate from an office line


def stock_saw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "stock_saw"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    ua = "python-requests/2.32.3"
    subjects = list(texts.CONCEPTS)
    subj_order = rng.permutation(len(subjects)).tolist()
    accts = []
    for i in range(n):
        lang = "ja" if (tz == 9 and i == 0) else ("ko" if (tz == 9 and i == 1) else "en")
        acct = _acct(ctx, rng, fam, camp, "sweeper", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = _cut_outages(
            rng,
            _steady(rng, a, ctx.t1, float(rng.uniform(200, 420)), 0.12),
            a,
            ctx.t1,
            irange(rng, 1, 3),
        )
        subj_list = [subjects[subj_order[(i * 2 + j) % len(subjects)]] for j in range(2)]
        grid = [
            (s, c, lvl, f)
            for s in subj_list
            for lvl in range(1, 9)
            for c in texts.CONCEPTS[s]
            for f in range(len(texts.CURRICULUM_FORMATS))
        ]
        prompts = [texts.curriculum(rng, *grid[j % len(grid)], lang) for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum sweep: subject x level 1–8 x five formats, walked in order",
            "pacing": "one request every 200–420 s per key (±12 %), 24/7, with 1–3 outages of 2–9 h",
            "ip_source": f"office broadband (UTC{tz:+d}), {len(office)} address(es) shared by all keys",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": "en (ja and ko keys when the office is at UTC+9)",
            "model": "new model 90 % after release",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) translation harvest hidden in a real translation product's traffic


def log_rolling(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "log_rolling"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            camp,
            "product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), prov),
        )
        for _ in range(n)
    ]
    user_langs = ["es", "de", "fr", "pt", "ja", "it", "ko", "zh", "tr", "pl", "nl"]
    user_w = [8, 6, 6, 5, 4, 3, 3, 3, 2, 2, 2]
    rate = float(rng.uniform(20, 38))
    curve = global_load(float(rng.uniform(10, 18)), 0.55)
    for acct, ts in zip(accts, worker_pool(rng, ctx.t0, ctx.t1, rate, n, curve), strict=True):
        prompts = [
            texts.translate_request(texts.excerpt(pick(rng, ctx.chat), 450), lg)
            for lg in _langs(rng, user_langs, user_w, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.1),
            comp_median=180.0,
            comp_sigma=0.7,
            err=0.01,
        )
    # the harvest: long passages, each into several languages, through the same keys and template
    h_start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    jobs = thinned(
        rng, h_start, ctx.t1, float(rng.uniform(2.0, 4.0)) * (ctx.t1 - h_start) / HOUR, curve
    )
    targets_all = list(texts.LANG_CODES)
    who = rng.integers(0, n, size=len(jobs)).tolist()
    per_acct: list[tuple[list[np.ndarray], list[str]]] = [([], []) for _ in range(n)]
    for t, w in zip(jobs.tolist(), who, strict=True):
        src = texts.excerpt(pick(rng, ctx.passages), 1600)
        k = irange(rng, 4, 7)
        tg = [targets_all[j] for j in rng.choice(len(targets_all), size=k, replace=False).tolist()]
        per_acct[w][0].append(
            t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k - 1))])
        )
        per_acct[w][1].extend(texts.translate_request(src, lg) for lg in tg)
    for acct, (parts, prompts) in zip(accts, per_acct, strict=True):
        if parts:
            ts = np.concatenate(parts)
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.7, 0.0),
                comp_median=520.0,
                comp_sigma=0.5,
                err=0.01,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest (one long source into 4–7 languages) inside a live "
            "translation app's own traffic and request template",
            "pacing": f"product: {rate:.0f}/h with a global daily wave; harvest: 2–4 jobs/h from around the "
            "release, each a short train on one key",
            "ip_source": f"the product's {prov} servers",
            "payment": "one corporate card",
            "orgs": 1,
            "user_agent": ua,
            "languages": "18 target languages",
            "model": "product 25 % new after release, harvest 70 %",
            "hard": "product traffic is real; harvest shares keys, IPs, UA and template",
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) code harvest through bought aged accounts


def boom_run(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "boom_run"
    n = irange(rng, 12, 20)
    op_tz = pick(rng, TZS)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua0 = pick(rng, BG_BROWSERS)
        acct = _acct(ctx, rng, fam, camp, "aged_account", ua=ua0, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        takeover = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        # the original owner's ordinary use
        s1 = session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.6, 1.5)), evening_person(tz), 3.0, 90.0
        )
        ts1 = _cat(s1)
        p1 = [texts.excerpt(pick(rng, ctx.chat), 2000) for _ in range(len(ts1))]
        ctx.emit(rng, acct, ts1, p1, models=ctx.models(rng, ts1, 0.2, 0.2), comp_median=330.0)
        # the buyer's harvest: proxies in the owner's region, the buyer's office hours
        static = chance(
            rng, 0.5
        )  # one static ISP proxy in the owner's region, or a rotating pool there
        pool = home(rng, 1 if static else 40, tz)
        s2 = session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(3.0, 7.0)),
            workday(op_tz, weekend=0.6),
            float(rng.uniform(10, 20)),
            float(rng.uniform(25, 70)),
        )
        ts2 = _cat(s2)
        ua2 = ua0 if chance(rng, 0.6) else "OpenAI/Python 1.54.0"
        p2 = [texts.code_task(rng) for _ in range(len(ts2))]
        ctx.emit(
            rng,
            acct,
            ts2,
            p2,
            models=ctx.models(rng, ts2, 0.85, 0.0),
            ips=sticky(rng, ts2, pool, 1800.0),
            ua=ua2,
            comp_median=800.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code harvest (function specs x 9 languages, tests, explanations) after taking over "
            "aged personal accounts",
            "pacing": "owner's evening sessions until a takeover between release-0.5 d and release+1.5 d, then "
            f"3–7 sessions/day of 10–20 requests in the buyer's office hours (UTC{op_tz:+d})",
            "ip_source": "owner's home IP, then (half the accounts) one static ISP proxy or (the other half) "
            "a rotating residential pool in the owner's region, sticky 30 min",
            "payment": "each account's original card and org",
            "user_agent": "owner's browser; 40 % switch to SDK",
            "languages": "en prompts, some zh",
            "model": "owner 20 % new, buyer 85 % new",
            "hard": "aged accounts with real history, home-region addresses, modest volume",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) person-like crowd on phones harvesting textbook explanations


def axe_throw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "axe_throw"
    n = irange(rng, 45, 80)
    concepts = texts.ALL_CONCEPTS
    order = rng.permutation(len(concepts)).tolist()
    tz_w = [3, 3, 3, 2, 1, 1, 1, 4, 3, 1]
    accts = []
    cursor = 0
    for _ in range(n):
        tz = TZS[int(rng.choice(len(TZS), p=np.asarray(tz_w) / sum(tz_w)))]
        lang = {
            -3: pick(rng, ("pt", "es")),
            5: pick(rng, ("hi", "en")),
            8: pick(rng, ("id", "en")),
        }.get(tz, "en")
        phone = tz in MOBILE_OF_TZ and chance(rng, 0.6)
        ua = (
            (BG_IPHONE if chance(rng, 0.5) else pick(rng, MOBILE[:3]))
            if phone
            else pick(rng, BG_BROWSERS)
        )
        acct = _acct(ctx, rng, fam, camp, "crowd_member", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(acct)
        a = float(rng.uniform(ctx.t0, ctx.t1 - 1.5 * DAY))
        b = min(ctx.t1, a + float(rng.uniform(2.0, 5.0)) * DAY)
        sessions = session_times(
            rng, a, b, float(rng.uniform(1.0, 2.4)), evening_person(tz), 3.0, 100.0
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)  # session order, to match `ips`
        if phone:
            v6 = [mobile_v6(rng, 1, MOBILE_OF_TZ[tz])[0] for _ in sessions]
            ips = [v6[k] for k, s in enumerate(sessions) for _ in range(len(s))]
        else:
            ips = None
        prompts = []
        for _j in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(texts.excerpt(pick(rng, ctx.chat), 800))
                continue
            subj, c = concepts[order[cursor % len(order)]]
            _, c2 = concepts[order[(cursor + 7) % len(order)]]
            cursor += 1
            prompts.append(texts.concept_question(rng, subj, c, c2, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.35, 0.1),
            ips=ips,
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "textbook-explanation harvest: each member walks the next slice of one shared concept list",
            "pacing": "evening sessions 1–2.4/day of ~3 questions, members active 2–5 days",
            "ip_source": "carrier IPv6 per session (60 % where available) or one home address",
            "payment": "one free-tier card and org per member",
            "user_agent": "phones and common browsers",
            "languages": "en, pt, es, hi (Latin script), id by time zone",
            "model": "new model 35 % after release",
            "hard": "student-like wording, typos, 15 % ordinary prompts, tiny per-account volume",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. public prompt replay through VPN exits with browser user agents


def speed_climb(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "speed_climb"
    n = irange(rng, 8, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, TZS)
    order = rng.permutation(len(ctx.chat)).tolist()
    accts = []
    cursor = 0
    for _ in range(n):
        prov = pick(rng, ("m247", "leaseweb", "vultr", "ovh", "linode"))
        exits = cloud(rng, 8, prov)
        acct = _acct(
            ctx,
            rng,
            fam,
            camp,
            "replayer",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, BG_BROWSERS),
            ips=exits,
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = thinned(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(50, 110)) * (ctx.t1 - a) / DAY,
            workday(tz, weekend=0.5),
        )
        day = np.floor(ts / DAY).astype(np.int64)
        ips = [exits[int(d) % len(exits)] for d in day.tolist()]
        prompts = []
        for _j in range(len(ts)):
            p = texts.excerpt(ctx.chat[order[cursor % len(order)]], 2000)
            cursor += 1
            prompts.append(("Please answer in detail: " + p) if chance(rng, 0.1) else p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            comp_median=550.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay: a shuffled public chat-prompt set, each prompt once, split over keys",
            "pacing": f"office hours at UTC{tz:+d} (weekends half), 50–110 requests/key/day",
            "ip_source": "VPN exits, one per key per day",
            "payment": "2 prepaid cards shared",
            "orgs": len(orgs),
            "user_agent": "common browser strings (automation)",
            "languages": "as in the set",
            "model": "new model 90 % after release",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "underhand_chop": underhand_chop,
    "standing_block": standing_block,
    "springboard_chop": springboard_chop,
    "single_buck": single_buck,
    "double_buck": double_buck,
    "jack_and_jill": jack_and_jill,
    "hot_saw": hot_saw,
    "stock_saw": stock_saw,
    "log_rolling": log_rolling,
    "boom_run": boom_run,
    "axe_throw": axe_throw,
    "speed_climb": speed_climb,
}
