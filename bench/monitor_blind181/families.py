"""Campaign families of batch 181 (code names: words from umbrella making).

Each family is `fn(ctx, rng, campaign_id)`: it registers its accounts (label "campaign") and
campaign in the truth and writes its events through `ctx.emit`. Everything a family varies comes
from its own `rng`. Four families (`crook_handle`, `spring_catch`, `hem_tip`, `finial`) are built
to read like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind181 import texts as T

from distillguard.sim import ipspace

#: user agents the way the simulator's own background spells them (so a hard family can blend in)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

#: the language people in each UTC offset would write in besides English
TZ_LANG = {
    -8: "en",
    -5: "es",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "hi",
    8: "zh",
    9: "ja",
}


def _choose(
    rng: np.random.Generator, items: Sequence[str], weights: Sequence[float], n: int
) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _one(rng: np.random.Generator, items: Sequence[str], weights: Sequence[float]) -> str:
    return _choose(rng, items, weights, 1)[0]


def _ok_status(rng: np.random.Generator, n: int, err: float) -> np.ndarray:
    return np.where(rng.random(n) < err, 429, 200)


def _camp(ctx: Ctx, rng: np.random.Generator, name: str, cid: str, role: str, **kw) -> B.Acct:
    return ctx.account(rng, label="campaign", family=name, role=role, campaign_id=cid, **kw)


def _region(rng: np.random.Generator, tz: int) -> str:
    return pick(rng, ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def tip_cup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tip_cup"
    n_keys = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = B.rented_block(rng, provider, irange(rng, 2, 3), 4)
    ua = B.sdk_ua(rng, 0.3)
    group = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range((n_keys + group - 1) // group)]
    langs, lw = ("en", "zh", "ru", "es"), (0.55, 0.2, 0.15, 0.1)
    accts = []
    for i in range(n_keys):
        ips = [str(x) for x in rng.choice(block, size=irange(rng, 2, 3), replace=False)]
        accts.append(_camp(ctx, rng, name, cid, "worker", pay=cards[i // group], ua=ua, ips=ips))
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(30, 70))
    boost = float(rng.uniform(1.5, 2.5))
    pre = B.worker_pool(rng, start, max(start, ctx.release), rate, n_keys)
    post = B.worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.concatenate([x, y])
        prompts = [T.reasoning_trace(rng, lg) for lg in _choose(rng, langs, lw, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered steps, verification)",
            "pacing": f"Poisson worker pool {rate:.0f}/h, x{boost:.1f} after release",
            "ip_source": f"rented {provider} /24 block, 2-3 addresses per key",
            "payment": f"prepaid cards, one per {group} keys",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in batch jobs


def top_notch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "top_notch"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = B.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (1, 2, 8, -5))
    accts = [
        _camp(ctx, rng, name, cid, "grader", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day = float(rng.uniform(4, 9))
    starts = B.thinned(
        rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, B.workday(tz, weekend=0.3)
    )
    size = float(rng.uniform(70, 160))
    trains = B.bursts(rng, starts, size, float(rng.uniform(0.5, 1.5)), b=ctx.t1)
    per: list[list[float]] = [[] for _ in accts]
    plist: list[list[str]] = [[] for _ in accts]
    for tr in trains:
        lang = _one(rng, ("en", "de", "ja"), (0.7, 0.15, 0.15))
        who = rng.integers(0, n_keys, size=len(tr))
        for t, k in zip(tr.tolist(), who.tolist(), strict=True):
            per[k].append(t)
            plist[k].append(
                T.judge_prompt(
                    rng, lang, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
                )
            )
    for a, ts, ps in zip(accts, per, plist, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            ps,
            models=ctx.models(rng, ts_a, 0.85),
            comp_median=180.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / pairwise / rubric / reward-score grading harvest",
            "pacing": f"batch jobs {per_day:.1f}/day in tz {tz} working hours, ~{size:.0f} requests each",
            "ip_source": "AWS NAT gateway addresses shared by all keys",
            "payment": "one corporate card, one org",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites and refusal pairs through VPN exits, stolen cards


def runner_spring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "runner_spring"
    n_keys = irange(rng, 8, 14)
    pool = B.cloud(rng, irange(rng, 15, 25), "m247") + B.cloud(rng, irange(rng, 8, 14), "leaseweb")
    langs, lw = ("en", "zh", "ru", "tr"), (0.45, 0.25, 0.15, 0.15)
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    span = ctx.t1 - start
    accts = []
    for i in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
        a = _camp(ctx, rng, name, cid, "burner", ua=ua, ips=pool)
        accts.append(a)
        s = start + i * span / n_keys * float(rng.uniform(0.6, 1.0))
        life = float(rng.uniform(0.8, 2.5)) * DAY
        rate = float(rng.uniform(15, 40))
        ts = B.thinned(rng, s, min(ctx.t1, s + life), rate * life / HOUR, B.constant)
        status = _ok_status(rng, len(ts), 0.015)
        if chance(rng, 0.5) and len(ts) > 20:
            status[-irange(rng, 3, 12) :] = 401  # card charged back, key revoked
        prompts = [
            T.policy_rewrite(rng, lg, pick(rng, ctx.passages if chance(rng, 0.6) else ctx.chat))
            for lg in _choose(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8),
            ips=B.sticky(rng, ts, pool, 1200.0),
            comp_median=520.0,
            status=status,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant rewrites, chosen/rejected refusal pairs, censorship-safe edits",
            "pacing": "rotating keys, each alive ~1-2.5 days at a steady Poisson rate",
            "ip_source": "commercial VPN exits (M247, Leaseweb), sticky 20 min",
            "payment": "stolen cards, one per key, some charged back (401 tail)",
            "user_agent": "python-requests / httpx / aiohttp",
            "languages": list(langs),
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcript harvest


def stretcher_rib(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "stretcher_rib"
    n_keys = irange(rng, 4, 9)
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range((n_keys + 1) // 2)]
    accts = []
    for i in range(n_keys):
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
        ips = B.cloud(rng, 1, pick(rng, ("gcp", "azure")))
        accts.append(
            _camp(ctx, rng, name, cid, "agent_runner", org=orgs[i // 2], pay=pay, ua=ua, ips=ips)
        )
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(4, 9))
    episodes = B.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, starts in zip(accts, episodes, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 12)
            lang = _one(rng, ("en", "fr", "ko"), (0.75, 0.15, 0.1))
            task, tools = T.agent_task(rng), T.toolset(rng)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=steps - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(T.agent_step(rng, lang, task, tools, j))
                extra.append(350 + 280 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=220.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic agent episodes: tool schemas, observations, ReAct-style traces",
            "pacing": f"episodes from a Poisson pool {rate:.1f}/h, 3-12 chained steps ~4 s apart",
            "ip_source": "one GCP or Azure VM address per key",
            "payment": "one card, one org per two keys",
            "user_agent": "langchain / litellm / dspy",
            "languages": ["en", "fr", "ko"],
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation jobs


def canopy_gore(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "canopy_gore"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "gcp"))
    ips = B.cloud(rng, 2, provider)
    ua = "AsyncOpenAI/Python 1.60.0"
    accts = [
        _camp(ctx, rng, name, cid, "generator", org=org, pay=pay, ua=ua, ips=ips)
        for _ in range(n_keys)
    ]
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs_per_day = float(rng.uniform(1.5, 3.0))
    langs, lw = ("en", "es", "pt", "id", "hi", "vi"), (0.5, 0.1, 0.1, 0.1, 0.1, 0.1)
    per: list[list[float]] = [[] for _ in accts]
    plist: list[list[str]] = [[] for _ in accts]
    for s in B.thinned(
        rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, B.constant
    ).tolist():
        dur = float(rng.uniform(1.5, 5.0)) * HOUR
        lang = _one(rng, langs, lw)
        for k, tk in enumerate(
            B.worker_pool(rng, s, s + dur, float(rng.uniform(120, 260)), n_keys)
        ):
            per[k].extend(tk.tolist())
            plist[k].extend(
                T.synthetic_data(rng, lang, pick(rng, ctx.chat)) for _ in range(len(tk))
            )
    for a, ts, ps in zip(accts, per, plist, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng, a, ts_a, ps, models=ctx.models(rng, ts_a, 0.9), comp_median=1600.0, comp_sigma=0.45
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic SFT data: JSONL pairs, persona Q&A, MCQ banks, evolved instructions",
            "pacing": f"{jobs_per_day:.1f} jobs/day, 1.5-5 h each at 120-260/h",
            "ip_source": f"{provider} cloud, two addresses",
            "payment": "one card, one org",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: harvest hidden inside a real writing product's traffic


def crook_handle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "crook_handle"
    brand = pick(rng, ("Quillmark", "Draftwise", "Parablue", "Inkloom"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    peak = float(rng.uniform(13, 17))
    curve = B.global_load(peak, 0.6)
    n_keys = irange(rng, 2, 3)
    accts = [
        _camp(
            ctx,
            rng,
            name,
            cid,
            "product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=B.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n_keys)
    ]
    h_start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    share = float(rng.uniform(0.3, 0.5))
    migrate = float(rng.uniform(0.55, 0.75))
    for a in accts:
        rate = float(rng.uniform(25, 50))
        org_ts = B.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        hv_ts = B.thinned(rng, h_start, ctx.t1, rate * share * (ctx.t1 - h_start) / HOUR, curve)
        org_p = [
            T.product_organic(rng, brand, pick(rng, ctx.chat))
            if chance(rng, 0.85)
            else T.product_explain(rng, brand, pick(rng, ctx.chat)[:300])
            for _ in org_ts
        ]
        hv_p = [
            T.product_explain(
                rng,
                brand,
                T.curriculum_question(rng)
                if chance(rng, 0.7)
                else T.casual_question(rng, "en", 0.1),
            )
            for _ in hv_ts
        ]
        ctx.emit(
            rng, a, org_ts, org_p, models=ctx.models(rng, org_ts, migrate, 0.1), comp_median=260.0
        )
        ctx.emit(
            rng, a, hv_ts, hv_p, models=ctx.models(rng, hv_ts, migrate, 0.0), comp_median=750.0
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum explanations injected into a writing product's own 'Explain' feature",
            "pacing": f"product's global load (peak {peak:.1f} UTC); harvest {share:.0%} extra on the same curve",
            "ip_source": "the product's AWS egress addresses",
            "payment": "the company's card",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n_keys,
            "brand": brand,
            "hard": True,
            "model_migration_share": round(migrate, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: bought aged accounts, taken over around the release


def spring_catch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "spring_catch"
    n = irange(rng, 15, 30)
    accts = []
    for _ in range(n):
        tz = pick(rng, B.TZS)
        region = _region(rng, tz)
        home = B.resi(rng, irange(rng, 1, 2), region)
        ua0 = pick(rng, BG_SDK + BG_BROWSER[:2])
        a = _camp(ctx, rng, name, cid, "aged_account", ua=ua0, ips=home, tz=tz)
        accts.append(a)
        curve = B.workday(tz) if chance(rng, 0.5) else B.evening_person(tz)
        take = ctx.release + float(rng.uniform(-1.0, 1.2)) * DAY
        # the original owner's organic use
        sess = B.session_times(rng, ctx.t0, take, float(rng.uniform(0.6, 2.5)), curve, 3.5, 45.0)
        ts0 = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng, a, ts0, [pick(rng, ctx.chat) for _ in ts0], models=ctx.models(rng, ts0, 0.17, 0.2)
        )
        # after takeover: residential proxies in the same region, person-like sessions
        proxies = B.resi(rng, irange(rng, 4, 8), region)
        lang = TZ_LANG[tz]
        sess = B.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(20, 40)),
            0.7,
        )
        ts1, prompts = [], []
        for s in sess:
            for j in range(len(s)):
                lg = lang if chance(rng, 0.4) else "en"
                if j and chance(rng, 0.25):
                    prompts.append(T.followup(rng, lg))
                elif chance(rng, 0.15):
                    prompts.append(T.curriculum_question(rng))
                else:
                    prompts.append(T.casual_question(rng, lg, 0.25))
            ts1.extend(s.tolist())
        ts1a = np.asarray(ts1)
        ua1 = ua0 if chance(rng, 0.5) else "OpenAI/Python 1.54.0"
        ctx.emit(
            rng,
            a,
            ts1a,
            prompts,
            models=ctx.models(rng, ts1a, 0.7),
            ips=B.sticky(rng, ts1a, proxies, 3600.0),
            ua=ua1,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "explanations harvested through aged, previously organic accounts",
            "pacing": "owner's sessions before takeover; 3-7 person-like sessions/day after, in the owner's hours",
            "ip_source": "owner's home ISP, then residential proxies in the same region (sticky 1 h)",
            "payment": "each account's original card and org",
            "user_agent": "owner's, or switched to OpenAI/Python 1.54.0",
            "languages": "English plus each owner's local language",
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: low-and-slow person-like crowd


def hem_tip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hem_tip"
    n = irange(rng, 40, 70)
    tzs = [int(x) for x in rng.choice(np.array(B.TZS), size=irange(rng, 3, 4), replace=False)]
    uas = BG_BROWSER + B.BROWSERS[:3] + B.MOBILE[:3]
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "sock_puppet",
            ua=pick(rng, uas),
            ips=B.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = "en" if chance(rng, 0.55) else TZ_LANG[tz]
        s0 = ctx.release - float(rng.uniform(0.0, 2.0)) * DAY
        sess = B.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.7, 1.8)),
            B.evening_person(tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(40, 90)),
        )
        ts, prompts = [], []
        for s in sess:
            for j in range(len(s)):
                prompts.append(
                    T.followup(rng, lang)
                    if j and chance(rng, 0.6)
                    else T.casual_question(rng, lang)
                )
            ts.extend(s.tolist())
        if not ts:  # everyone in the crowd asks at least once
            ts, prompts = [float(rng.uniform(ctx.release, ctx.t1))], [T.casual_question(rng, lang)]
        ts_a = np.asarray(ts)
        ctx.emit(rng, a, ts_a, prompts, models=ctx.models(rng, ts_a, 0.6), comp_median=600.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum-covering casual questions spread over many sock-puppet accounts",
            "pacing": "0.7-1.8 evening sessions/day per account, 2.5-5 requests each",
            "ip_source": "per-account residential proxy exits in the account's time-zone region",
            "payment": "one prepaid virtual card per account",
            "user_agent": "browsers and phones",
            "languages": "English or the local language",
            "time_zones": tzs,
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: public prompt replay from small "startup" offices


def finial(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "finial"
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    n_orgs = irange(rng, 3, 4)
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        tz = pick(rng, (-5, 0, 1, 2, 5, 8))
        office = B.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, BG_SDK)
        for _ in range(irange(rng, 3, 5)):
            a = _camp(ctx, rng, name, cid, "replayer", org=org, pay=pay, ua=ua, ips=office, tz=tz)
            accts.append(a)
            per_day = float(rng.uniform(60, 140))
            ts = B.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, B.workday(tz))
            idx = order[np.arange(cursor, cursor + len(ts)) % len(order)]
            cursor += len(ts)
            prompts = [T.replay(rng, ctx.chat[i], 0.15) for i in idx.tolist()]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85), comp_median=420.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "replay of public ShareGPT prompts (deduplicated across keys) to collect answers",
            "pacing": "steady working-hours Poisson per key, 60-140/day",
            "ip_source": "office broadband of 3-4 small orgs",
            "payment": "one card per org",
            "user_agent": "common SDK strings",
            "languages": "as in the public set, 15% with a reply-in prefix",
            "keys": len(accts),
            "orgs": n_orgs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. best-of-n resampling and soft-label elicitation


def ribbing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "ribbing"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    provider = pick(rng, ("vultr", "digitalocean"))
    accts = [
        _camp(
            ctx,
            rng,
            name,
            cid,
            "sampler",
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=B.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(10, 20))
    for a, starts in zip(accts, B.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            p, k = T.sampling_item(rng, pick(rng, ctx.passages))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=k - 1))])
            m = ctx.models(rng, np.array([s]), 0.95)[0]
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            models.extend([m] * k)
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=300.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n resampling of identical prompts, n-answer and probability elicitation",
            "pacing": f"items from a Poisson pool {rate:.0f}/h, fanned out 1-12x within seconds",
            "ip_source": f"{provider} droplets, one per key",
            "payment": "two cards alternating, one org",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. multi-turn dialogue harvest through a phone farm


def tie_strap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tie_strap"
    n_keys = irange(rng, 6, 12)
    cards = [hexid(rng, "pay") for _ in range((n_keys + 2) // 3)]
    carrier_lang = {
        "br_mobile": ("pt", "pt", "es"),
        "in_mobile": ("hi", "en"),
        "us_mobile": ("en", "en", "es"),
    }
    accts, carriers = [], []
    for i in range(n_keys):
        carrier = pick(rng, tuple(carrier_lang))
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        a = _camp(
            ctx, rng, name, cid, "phone", pay=cards[i // 3], ua=ua, ips=B.mobile_v6(rng, 1, carrier)
        )
        accts.append(a)
        carriers.append(carrier)
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(3, 6))
    for a, carrier, starts in zip(
        accts, carriers, B.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True
    ):
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            turns = irange(rng, 6, 18)
            lang = pick(rng, carrier_lang[carrier])
            scen, country = T.scenario(rng, lang), pick(rng, B.COUNTRIES)
            ip = B.mobile_v6(rng, 1, carrier)[0]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(11.0), 0.45, size=turns - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(T.dialogue_turn(rng, lang, scen, j, country, pick(rng, ctx.chat)))
                ips.append(ip)
                extra.append(120 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=260.0,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "simulated-user multi-turn conversations (scenario scripts + follow-ups)",
            "pacing": f"dialogues from a Poisson pool {rate:.1f}/h, 6-18 turns ~11 s apart, 24/7",
            "ip_source": "carrier IPv6 (one address per dialogue)",
            "payment": "prepaid card per three keys",
            "user_agent": "okhttp / Dart mobile stacks",
            "languages": ["en", "pt", "es", "hi"],
            "keys": n_keys,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code curriculum sweep, slow and steady from one server


def whangee_handle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "whangee_handle"
    n_keys = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "oracle", "ovh"))
    ua = "python-httpx/0.28.1"
    accts = [
        _camp(
            ctx, rng, name, cid, "sweeper", org=org, pay=pay, ua=ua, ips=B.cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    offset = irange(rng, 0, 5000)
    for k, a in enumerate(accts):
        mean_gap = float(rng.uniform(150, 300))
        gaps = rng.gamma(12.0, mean_gap / 12.0, size=int((ctx.t1 - start) / mean_gap) + 50)
        ts = start + float(rng.uniform(0, 60)) + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        prompts = [T.code_sweep(offset + k + n_keys * i, rng) for i in range(len(ts))]
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=900.0, comp_sigma=0.4, err=0.005)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "exhaustive code sweep: languages x tasks x variants (implement, port, review)",
            "pacing": "one sequential script per key, gamma gaps of 150-300 s, around the clock",
            "ip_source": f"one {provider} server per key",
            "payment": "one card, one org",
            "user_agent": ua,
            "languages": list(T.CODE_LANGS),
            "keys": n_keys,
            "hard": False,
            "model": "old flagship, switched wholly to the new model at release",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tip_cup": tip_cup,
    "top_notch": top_notch,
    "runner_spring": runner_spring,
    "stretcher_rib": stretcher_rib,
    "canopy_gore": canopy_gore,
    "crook_handle": crook_handle,
    "spring_catch": spring_catch,
    "hem_tip": hem_tip,
    "finial": finial,
    "ribbing": ribbing,
    "tie_strap": tie_strap,
    "whangee_handle": whangee_handle,
}
