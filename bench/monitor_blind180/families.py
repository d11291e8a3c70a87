"""Campaign families of blind batch 180 (code names from arrow making).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account(...)`,
writes their events through `ctx.emit(...)` and records the campaign with `ctx.campaign(...)`.
Everything (key counts, cards, pacing, addresses, languages, styles, models) is drawn from the
family's own rng, so every seed gives a different operator.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    SDK_OTHER,
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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind180 import texts

#: user agents as the campaign-free background spells them (the commonest strings seen there)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: the regions a UTC offset's consumer addresses come from (mirrors the simulator's address map)
REGION = {
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


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, worker pool that doubles at the release


def cock_feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "cock_feather"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = sdk_ua(rng, 0.3)
    styles = sorted(
        rng.choice(list(texts.REASONING_WRAPS), size=irange(rng, 2, 4), replace=False).tolist()
    )
    weights = rng.dirichlet(np.ones(len(styles)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=[pick(rng, pool) for _ in range(irange(rng, 1, 2))],
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate_pre, rate_post = float(rng.uniform(12, 30)), float(rng.uniform(55, 120))
    lag = float(rng.uniform(0.5, 6)) * HOUR
    pre = worker_pool(rng, min(start, ctx.release), ctx.release, rate_pre, n)
    post = worker_pool(rng, ctx.release + lag, ctx.t1, rate_post, n)
    for a, tp, tq in zip(accts, pre, post, strict=True):
        ts = _cat([tp, tq])
        prompts = [
            texts.reasoning_prompt(rng, styles[int(rng.choice(len(styles), p=weights))]) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "rate_per_hour": [round(rate_pre, 1), round(rate_post, 1)],
            "ip_source": f"rented_block:{provider}",
            "payment": f"{len(cards)}_shared_prepaid",
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts from one cloud org


def hen_feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hen_feather"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    styles = sorted(
        rng.choice(
            ["pairwise", "rubric_json", "scalar", "de", "es"], size=irange(rng, 2, 4), replace=False
        ).tolist()
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.12, 0.35)) * (ctx.t1 - start) / HOUR, constant
        )
        ts = _cat(
            bursts(
                rng, starts, float(rng.uniform(12, 30)), float(rng.uniform(1.0, 3.5)), 0.4, ctx.t1
            )
        )
        style = pick(rng, styles)
        prompts = [
            texts.judge_prompt(
                rng, style if chance(rng, 0.8) else pick(rng, styles), ctx.chat, ctx.passages
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=float(rng.uniform(120, 260)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_grading",
            "pacing": "scripted_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "one_org_one_card",
            "user_agent": ua,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites through commercial VPN exits, one card per key


def shaftment(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "shaftment"
    n = irange(rng, 8, 15)
    vpn = pick(rng, ("m247", "leaseweb", "m247"))
    exits = rented_block(rng, vpn, irange(rng, 4, 10), irange(rng, 2, 5))
    styles = ["rewrite_en", "ideal_refusal", "zh", "ar", "ru"]
    accts, langs = [], []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rewriter",
            campaign_id=cid,
            ua=pick(
                rng,
                (
                    "python-requests/2.32.3",
                    "OpenAI/Python 1.58.1",
                    "OpenAI/Python 1.63.2",
                    "aiohttp/3.11.11",
                ),
            ),
            ips=exits,
        )
        accts.append(a)
        langs.append(rng.choice(styles, size=irange(rng, 1, 2), replace=False).tolist())
    for a, ls in zip(accts, langs, strict=True):
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = thinned(rng, s, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - s) / HOUR, constant)
        ips = sticky(rng, ts, exits, float(rng.uniform(30, 120)) * MINUTE)
        prompts = [texts.policy_prompt(rng, pick(rng, ls), ctx.passages) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(300, 550)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "steady_24h_per_key",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "one_prepaid_card_per_key",
            "languages": sorted({x for ls in langs for x in ls}),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from short-lived keys on stolen cards (burn and churn)


def nock_taper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "nock_taper"
    n = irange(rng, 10, 18)
    providers = rng.choice(["gcp", "azure", "aws", "oracle"], size=2, replace=False).tolist()
    styles = ["react", "json_traj", "plan"]
    accts = []
    span = ctx.t1 - ctx.t0
    first = ctx.t0 + float(rng.uniform(0.05, 0.3)) * span
    step = (ctx.t1 - first) / n
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2")),
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, providers)),
        )
        accts.append(a)
        born = first + i * step + float(rng.uniform(-0.3, 0.3)) * step
        life = float(rng.uniform(0.8, 2.5)) * DAY
        ts = thinned(
            rng, born, min(ctx.t1, born + life), float(rng.uniform(8, 20)) * life / HOUR, constant
        )
        style = pick(rng, styles)
        prompts = [
            texts.agent_prompt(rng, style if chance(rng, 0.7) else pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=float(rng.uniform(700, 1200)),
            comp_sigma=0.5,
            err=0.05,
            extra=rng.integers(250, 900, size=len(ts)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "churned_keys_poisson",
            "ip_source": "cloud:" + "+".join(providers),
            "payment": "stolen_card_per_key",
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation: nightly batch jobs with huge completions, several languages


def crown_dip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "crown_dip"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 3, 2, -3, 5))
    styles = sorted(
        rng.choice(
            ["jsonl_en", "convos_en", "fr", "pt", "hi", "ja"], size=irange(rng, 3, 5), replace=False
        ).tolist()
    )
    block = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "alibaba", "tencent", "huawei")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.5),
            ips=block,
            tz=tz,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        nights = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 8)) * (ctx.t1 - start) / DAY,
            nightly(1.0, 5.0, tz),
        )
        tests = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 6)) * (ctx.t1 - start) / DAY, workday(tz)
        )
        ts = _cat(
            bursts(rng, nights, float(rng.uniform(25, 70)), float(rng.uniform(4, 12)), 0.5, ctx.t1)
            + bursts(rng, tests, 3, 40.0, 0.8, ctx.t1)
        )
        prompts = [texts.dataset_prompt(rng, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(2200, 3200)),
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_bursts",
            "ip_source": "cloud",
            "payment": "one_org_one_card",
            "operator_tz": tz,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest through aged, bought accounts behind residential proxies


def fletching_jig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "fletching_jig"
    n = irange(rng, 24, 40)
    lang_tz = {"en": (-8, -5, 0, 1), "es": (-5, -3, 1), "pt": (-3,), "id": (8,)}
    langs = sorted(rng.choice(list(lang_tz), size=irange(rng, 2, 4), replace=False).tolist())
    if "en" not in langs:
        langs = sorted(langs + ["en"])
    accts = []
    for _ in range(n):
        lang = pick(rng, langs)
        tz = pick(rng, lang_tz[lang])
        static = chance(rng, 0.6)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSER) if chance(rng, 0.75) else pick(rng, BG_SDK),
            ips=resi(rng, irange(rng, 1, 2) if static else 40, REGION[tz]),
            tz=tz,
        )
        accts.append(a)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 140)),
            0.7,
        )
        for s in sessions:
            if len(s) == 0:
                continue
            prompts = [texts.dialogue_opener(rng, lang, ctx.chat)] + [
                texts.follow_up(rng, lang) for _ in s[1:]
            ]
            extra = np.arange(len(s)) * irange(rng, 250, 500)
            ips = pick(
                rng, a.ips
            )  # one address per session: a static ISP proxy or a fresh sticky exit
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.55, 0.1),
                ips=ips,
                comp_median=float(rng.uniform(350, 600)),
                extra=extra,
                err=0.01,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_region_matched",
            "payment": "one_card_per_bought_account",
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: identical prompts fired n times in a row


def barred_feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "barred_feather"
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    card = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    styles = sorted(
        rng.choice(
            ["free", "soft_label", "confidence"], size=irange(rng, 2, 3), replace=False
        ).tolist()
    )
    ns = (4, 5, 8, 10, 16)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org if chance(rng, 0.7) else None,
            pay=card,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / HOUR, constant
        )
        k = pick(rng, ns)
        ts_all, prompts = [], []
        for s in starts.tolist():
            q = texts.sample_question(rng, pick(rng, styles), ctx.chat)
            m = k if chance(rng, 0.8) else pick(rng, ns)
            ts_all.append(s + np.cumsum(rng.exponential(0.6, size=m)))
            prompts.extend([q] * m)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        keep = ts < ctx.t1
        ts, prompts = ts[keep], [p for p, kp in zip(prompts, keep.tolist(), strict=True) if kp]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=float(rng.uniform(150, 350)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeated_prompt_groups",
            "ip_source": f"cloud:{provider}",
            "payment": "shared_card",
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office connection, then a cloud runner after the release


def parabolic_cut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "parabolic_cut"
    n = irange(rng, 3, 5)
    tz = pick(rng, (1, 2, 9, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    runner = cloud(rng, 1, pick(rng, ("aws", "gcp")))
    styles = sorted(
        rng.choice(["lesson", "plain", "de", "ko"], size=irange(rng, 2, 3), replace=False).tolist()
    )
    items = texts.curriculum_items(rng)
    ua = sdk_ua(rng, 0.7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(8, 18))  # per key per working hour
    move = ctx.release + float(rng.uniform(2, 20)) * HOUR
    for i, a in enumerate(accts):
        ts = thinned(
            rng,
            ctx.t0,
            move,
            rate * 9 * 5 * (move - ctx.t0) / (ctx.t1 - ctx.t0),
            workday(tz, weekend=0.0, night=0.0),
        )
        ts = _cat([ts, thinned(rng, move, ctx.t1, rate * 0.5 * (ctx.t1 - move) / HOUR, constant)])
        late = ts >= move
        style = pick(rng, styles)
        off = i * len(items) // n
        prompts = [
            texts.curriculum_prompt(
                rng, items[(off + j) % len(items)], style, (off + j) % len(items), len(items)
            )
            for j in range(len(ts))
        ]
        ips = [runner[0] if lt else office[0] for lt in late.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=ips,
            comp_median=float(rng.uniform(700, 1100)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "office_hours_then_24h",
            "ip_source": "office_broadband_then_cloud",
            "payment": "company_card",
            "styles": styles,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: each passage into many languages, fronts in several orgs


def shield_cut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "shield_cut"
    n = irange(rng, 4, 8)
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    hosted = cloud(rng, irange(rng, 2, 5), pick(rng, ("ovh", "scaleway", "hetzner")))
    accts, rot, styles = [], [], []
    for i in range(n):
        org, card = orgs[i % n_orgs]
        rotating = chance(rng, 0.4)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="translator_front",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=pick(rng, SDK_OTHER),
                ips=hosted,
            )
        )
        rot.append(rotating)
        styles.append(pick(rng, ("plain", "pro", "bracket")))
    jobs = worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0.0, 0.25)) * (ctx.t1 - ctx.t0),
        ctx.t1,
        float(rng.uniform(5, 11)),
        n,
    )
    for a, js, rotating, style in zip(accts, jobs, rot, styles, strict=True):
        ts_l, prompts, comp = [], [], []
        for s in js.tolist():
            text = texts.clip(pick(rng, ctx.passages), 300, 1500, rng)
            targets = rng.choice(texts.TARGETS, size=irange(rng, 4, 9), replace=False).tolist()
            ts_l.append(s + np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=len(targets))))
            prompts.extend(texts.translation_prompt(rng, style, text, t) for t in targets)
            comp.extend([len(text) / 3.2] * len(targets))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        keep = ts < ctx.t1
        ts = ts[keep]
        prompts = [p for p, kp in zip(prompts, keep.tolist(), strict=True) if kp]
        comp_arr = np.asarray(comp, dtype=np.float64)[keep]
        ips = resi(rng, len(ts), "*") if rotating and len(ts) else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=ips,
            comp_median=comp_arr,
            comp_sigma=0.2,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "poisson_jobs_fanned_out",
            "ip_source": "hosting_plus_rotating_residential",
            "payment": f"{n_orgs}_front_orgs",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest dressed as a small startup's developer seats


def spine_tester(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "spine_tester"
    n = irange(rng, 8, 14)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office_tzs = rng.choice([-5, 0, 1, 2, 5, -3], size=irange(rng, 2, 3), replace=False).tolist()
    offices = {tz: home(rng, 1, tz)[0] for tz in office_tzs}
    code_chat = texts.code_chat(ctx.chat)
    combos = [(s, lang) for s in texts.CODE_SPECS for lang in texts.CODE_LANGS]
    rng.shuffle(combos)
    cstyles = ["spec", "explain_first", "casual", "review"]
    accts = []
    for i in range(n):
        tz = int(pick(rng, office_tzs))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="seat",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, BG_SDK[:2]) if chance(rng, 0.8) else pick(rng, BG_BROWSER),
            ips=[offices[tz]] + home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            workday(tz),
            float(rng.uniform(4, 10)),
            float(rng.uniform(45, 150)),
            0.8,
        )
        ts = _cat(sessions)
        mine = combos[i::n]
        j = 0
        prompts = []
        style = pick(rng, cstyles)
        for _ in range(len(ts)):
            if chance(rng, 0.62):
                spec, lang = mine[j % len(mine)]
                j += 1
                prompts.append(
                    texts.code_prompt(
                        rng, style if chance(rng, 0.75) else pick(rng, cstyles), spec, lang
                    )
                )
            else:
                prompts.append(texts.clip(pick(rng, code_chat), 20, 1500, rng))
        wd = (np.floor((ts + tz * HOUR) / DAY).astype(np.int64) + 3) % 7
        ips = [a.ips[1] if (w >= 5 or chance(rng, 0.25)) else a.ips[0] for w in wd.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.08),
            ips=ips,
            comp_median=float(rng.uniform(550, 850)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_harvest_as_dev_seats",
            "pacing": "workday_sessions",
            "ip_source": "office_and_home_broadband",
            "payment": "company_card",
            "offices_tz": office_tzs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: leaked keys of real, aged accounts; the operator replays a public prompt set slowly


def sinew_binding(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "sinew_binding"
    n = irange(rng, 40, 70)
    order = rng.permutation(len(ctx.chat))
    cursor = int(rng.integers(0, len(ctx.chat)))
    accts = []
    uses_owner_ua = 0
    for _ in range(n):
        tz = int(pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9)))
        owner_ua = pick(rng, BG_SDK) if chance(rng, 0.6) else pick(rng, BG_BROWSER)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        # the owner keeps using the account as before
        own = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.6)), evening_person(tz), 3.0, 90.0
            )
        )
        prompts = [texts.clip(pick(rng, ctx.chat), 5, 2000, rng) for _ in own]
        ctx.emit(
            rng,
            a,
            own,
            prompts,
            models=ctx.models(rng, own, 0.17, 0.17),
            comp_median=350.0,
            err=0.01,
        )
        # the operator, from a residential exit in the owner's region, at a person-like pace
        took = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        k = irange(rng, 15, 80)
        curve = evening_person(tz + int(rng.integers(-2, 3)), spread=3.0)
        ts = thinned(rng, took, ctx.t1, k, curve)
        exits = resi(rng, 12, REGION.get(tz, "us"))
        ips = sticky(rng, ts, exits, float(rng.uniform(2, 6)) * HOUR)
        same = chance(rng, 0.6)
        uses_owner_ua += same
        ua = owner_ua if same else pick(rng, BG_SDK)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=ips,
            ua=ua,
            comp_median=float(rng.uniform(380, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay_on_leaked_keys",
            "pacing": "low_and_slow",
            "ip_source": "residential_exit_in_owner_region",
            "payment": "owners_cards",
            "owner_ua_copied": int(uses_owner_ua),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: harvest hidden inside a real consumer app's own traffic


def bodkin_point(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bodkin_point"
    app = pick(rng, texts.APP_NAMES)
    tone = pick(rng, ("concise and friendly", "encouraging", "clear and upbeat"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, BG_SDK[:2])
    n_prod = irange(rng, 1, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_prod)
    ]
    staging = ctx.account(
        rng,
        label="campaign",
        family=name,
        role="staging_key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=pick(rng, BROWSERS[:2]) if chance(rng, 0.3) else "curl/8.5.0",
        ips=home(rng, 1, 1),
    )
    accts.append(staging)
    curve = global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.4, 0.7)))
    share = float(rng.uniform(0.18, 0.3))
    switch = ctx.release + float(rng.uniform(6, 30)) * HOUR
    rate = float(rng.uniform(22, 45))
    items = texts.curriculum_items(rng)
    for a in accts[:n_prod]:
        real = thinned(rng, ctx.t0, ctx.t1, rate / n_prod * (ctx.t1 - ctx.t0) / HOUR, curve)
        begin = ctx.t0 + float(rng.uniform(1, 3)) * DAY
        fake = thinned(
            rng, begin, ctx.t1, share / (1 - share) * rate / n_prod * (ctx.t1 - begin) / HOUR, curve
        )
        ts = np.concatenate([real, fake])
        is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(fake), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_h = ts[o], is_h[o]
        prompts, models, comp = [], [], []
        for t, h in zip(ts.tolist(), is_h.tolist(), strict=True):
            if h:
                if chance(rng, 0.6):
                    text = texts.problem_en(rng) + " Show every step of your working."
                else:
                    item = pick(rng, items)
                    text = f"explain {item[1]} in {item[0]} properly, like for {texts.LEVELS[item[2]]}, with examples"
                comp.append(900.0)
                p_new = 0.9
            else:
                text = texts.clip(pick(rng, ctx.chat), 5, 1500, rng)
                comp.append(330.0)
                p_new = 0.6 if t >= switch else 0.0
            prompts.append(texts.app_wrap(app, tone, text))
            models.append(
                ctx.new_model
                if (t >= ctx.release and chance(rng, p_new))
                else (ctx.old_models[-1] if chance(rng, 0.25) else ctx.old_models[0])
            )
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), extra=120, err=0.01
        )
    st = _cat(
        bursts(
            rng, thinned(rng, ctx.t0, ctx.t1, irange(rng, 6, 14), workday(1)), 6, 25.0, 0.8, ctx.t1
        )
    )
    ctx.emit(
        rng,
        staging,
        st,
        [texts.app_wrap(app, tone, texts.clip(pick(rng, ctx.chat), 5, 400, rng)) for _ in st],
        models=ctx.models(rng, st, 0.7, 0.2),
        comp_median=300.0,
        err=0.02,
    )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "global_product_load",
            "ip_source": "cloud_nat:aws",
            "payment": "business_card",
            "app": app,
            "harvest_share": round(share, 3),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "cock_feather": cock_feather,
    "hen_feather": hen_feather,
    "shaftment": shaftment,
    "nock_taper": nock_taper,
    "crown_dip": crown_dip,
    "fletching_jig": fletching_jig,
    "barred_feather": barred_feather,
    "parabolic_cut": parabolic_cut,
    "shield_cut": shield_cut,
    "spine_tester": spine_tester,
    "sinew_binding": sinew_binding,
    "bodkin_point": bodkin_point,
}

__all__ = ["CAMPAIGN_FAMILIES"]
