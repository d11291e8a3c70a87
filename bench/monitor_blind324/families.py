"""Campaign families of blind batch 324: operators harvesting the model's outputs to train a copy.

Each family is a function `(ctx, rng, campaign_id)` that opens its accounts, writes their events into
`ctx.sink` and records the campaign in the truth. Everything is drawn from the family's own rng in
a fixed order (lists and tuples only; no set is ever walked).
"""

from __future__ import annotations

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
from bench.monitor_blind324 import texts

#: user agents exactly as the background's own ordinary users send them
BG_DESKTOP = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

#: which of the batch's mobile IPv6 prefixes fit a UTC offset
V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    3: "eu_mobile",
    5: "in_mobile",
    8: "in_mobile",
    9: "us_mobile",
}


def _weighted(
    rng: np.random.Generator, items: list[str], weights: list[float], n: int
) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _langs(
    rng: np.random.Generator, options: tuple[str, ...], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    """A campaign's languages (English first when drawn) and their shares."""
    k = irange(rng, k_lo, min(k_hi, len(options)))
    chosen = [options[i] for i in sorted(rng.permutation(len(options))[:k].tolist())]
    shares = rng.dirichlet(np.full(k, 2.0)).round(3).tolist()
    return chosen, shares


def _styles(rng: np.random.Generator, n_styles: int, k_lo: int) -> list[int]:
    k = irange(rng, k_lo, n_styles)
    return sorted(rng.permutation(n_styles)[:k].tolist())


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from rented servers


def panicle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "panicle"
    n_keys = irange(rng, 6, 13)
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.4)
    langs, shares = _langs(rng, ("de", "en", "es", "zh"), 2, 3)
    styles = _styles(rng, 4, 2)
    accts = []
    for i in range(n_keys):
        ips = [block[j] for j in rng.permutation(len(block))[: irange(rng, 2, 4)].tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=org if shared_org else None,
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate_pre, boost = float(rng.uniform(14, 30)), float(rng.uniform(1.6, 2.6))
    streams_pre = worker_pool(rng, start, ctx.release, rate_pre, n_keys)
    streams_post = worker_pool(
        rng, max(start, ctx.release + rng.uniform(0.5, 6) * HOUR), ctx.t1, rate_pre * boost, n_keys
    )
    for acct, a, b in zip(accts, streams_pre, streams_post, strict=True):
        ts = np.concatenate([a, b])
        lang = _weighted(rng, langs, shares, len(ts))
        prompts = [texts.trace_prompt(rng, lg, styles) for lg in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(1500, 2600)),
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, step-by-step layouts, 'show your thinking')",
            "pacing": f"one Poisson worker pool over all keys, {rate_pre:.0f}/h, x{boost:.1f} after the release",
            "ip_source": f"rented /24 block at {provider}",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": "one shared org" if shared_org else "one org per key",
            "user_agent": ua,
            "languages": langs,
            "language_shares": shares,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / reward-model grading through VPN exits


def glume(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "glume"
    n_keys = irange(rng, 5, 9)
    cards = [hexid(rng, "pay") for _ in range(2)]
    exits = cloud(rng, irange(rng, 3, 6), "m247") + cloud(rng, irange(rng, 3, 6), "leaseweb")
    all_styles = ["critique", "pairwise", "pointwise", "pointwise_fr", "pointwise_ja", "rubric"]
    k = irange(rng, 3, 5)
    styles = [all_styles[i] for i in sorted(rng.permutation(len(all_styles))[:k].tolist())]
    hold = float(rng.uniform(30, 90)) * MINUTE
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                pay=cards[i % 2],
                ua=pick(rng, SDK_OTHER),
                ips=exits,
            )
        )
    per_day = float(rng.uniform(1.5, 3.5))
    size = float(rng.uniform(15, 45))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        trains = bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.5, ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            ips=sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(180, 380)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / reward-model labels: pointwise scores, pairwise verdicts, rubric passes, critiques",
            "pacing": f"scripted bursts, {per_day:.1f} per key-day, ~{size:.0f} requests each",
            "ip_source": "commercial VPN exits (m247, leaseweb), sticky",
            "payment": "two cards over all keys",
            "orgs": "one per key",
            "user_agent": "one SDK per key",
            "styles": styles,
            "languages": ["en", "fr", "ja"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites from a residential proxy pool


def sluice(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "sluice"
    n_keys = irange(rng, 15, 28)
    langs, shares = _langs(rng, ("ar", "en", "ru", "zh"), 2, 4)
    pool = resi(rng, irange(rng, 150, 300), "*")
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                ua=pick(rng, BROWSERS),
                ips=pool,
            )
        )
    rate = float(rng.uniform(1.0, 2.5))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        lang = _weighted(rng, langs, shares, len(ts))
        prompts = [
            texts.rewrite_prompt(rng, ctx.chat, ctx.passages, lg, irange(rng, 0, 7)) for lg in lang
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, float(rng.uniform(5, 20)) * MINUTE),
            comp_median=float(rng.uniform(450, 800)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusal replacements",
            "pacing": f"steady Poisson per key, {rate:.1f}/h, around the clock",
            "ip_source": "rotating residential proxy pool (worldwide), sticky minutes",
            "payment": "one prepaid card per key",
            "orgs": "one per key",
            "user_agent": "desktop browser strings",
            "languages": langs,
            "language_shares": shares,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from a cloud account


def water_buffalo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "water_buffalo"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    langs, shares = ["en", "es", "pt"], [0.7, 0.15, 0.15]
    styles = _styles(rng, 4, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    for acct in accts:
        rate = float(rng.uniform(4, 9))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        lang = _weighted(rng, langs, shares, len(ts))
        prompts = []
        for lg in lang:
            style = pick(rng, styles) if lg == "en" else 3
            prompts.append(texts.agent_prompt(rng, lg, style))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=700.0,
            err=0.02,
            extra=rng.integers(300, 1600, size=len(ts)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent trajectories: tool specs, ReAct scaffolds, continue-the-trajectory prompts",
            "pacing": "slow steady Poisson per key, 4-9/h, 24h",
            "ip_source": f"{provider} instances",
            "payment": "one card",
            "orgs": "one",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-dataset generation in nightly batches


def seedbed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "seedbed"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("hetzner", "scaleway", "ovh")))
    langs, shares = _langs(rng, ("en", "id", "ko", "pt"), 2, 3)
    ua = pick(rng, SDK_COMMON)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    for acct in accts:
        starts = thinned(rng, ctx.t0, ctx.t1, 7 * 4.0, nightly(start_h, hours, tz))
        trains = bursts(
            rng, starts, float(rng.uniform(30, 70)), float(rng.uniform(6, 14)), 0.4, ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        lang = _weighted(rng, langs, shares, len(ts))
        prompts = [texts.dataset_prompt(rng, ctx.chat, lg, irange(rng, 0, 3)) for lg in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=2800.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic SFT data: instruction/response JSONL, persona Q&A, evolved instructions",
            "pacing": f"nightly bursts from {start_h:.1f}h local (UTC{tz:+d}) for {hours:.1f}h",
            "ip_source": "a few hosting servers",
            "payment": "one card",
            "orgs": "one",
            "user_agent": ua,
            "languages": langs,
            "language_shares": shares,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by person-like accounts behind geo-matched residential proxies


def swamp_eel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "swamp_eel"
    n_acc = irange(rng, 24, 40)
    lang_opts = ["en", "en", "es", "pt", "id"]
    accts, plan = [], []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_DESKTOP) if chance(rng, 0.8) else BG_MOBILE
        ips = home(rng, irange(rng, 1, 3), tz)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="persona",
                campaign_id=cid,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        plan.append((tz, pick(rng, lang_opts)))
    for acct, (tz, lang) in zip(accts, plan, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 2.6)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(45, 110)),
        )
        ts_all, prompts, extra = [], [], []
        for s in sessions:
            for j, t in enumerate(s.tolist()):
                if j == 0 or chance(rng, 0.12):
                    prompts.append(texts.human(rng, ctx.chat, 1500))
                    depth = 0
                else:
                    prompts.append(texts.followup(rng, lang))
                    depth += 1
                ts_all.append(t)
                extra.append(depth * irange(rng, 250, 600))
        ts = np.asarray(ts_all)
        ips = sticky(rng, ts, acct.ips, DAY)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            ips=ips,
            comp_median=float(rng.uniform(420, 650)),
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest: public ShareGPT openers replayed, then 'continue' / "
            "'expand' follow-ups to collect long assistant turns",
            "pacing": "human-like evening sessions per persona (local time), 4-8 turns, 45-110 s think times",
            "ip_source": "residential proxy exits geo-matched to each persona's timezone, sticky per day",
            "payment": "one card per account (bought card data)",
            "orgs": "one per account",
            "user_agent": "the background's own browser strings",
            "languages": list(dict.fromkeys(lang_opts)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: aged accounts bought or taken over, pivoting to harvest after the release


def ratoon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "ratoon"
    n_acc = irange(rng, 10, 17)
    harvest_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    pivot = ctx.release + float(rng.uniform(-10, 14)) * HOUR
    lang_opts = ["en", "en", "es", "pt", "tr"]
    accts, info = [], []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BG_DESKTOP + BG_SDK[:2])
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        info.append((tz, chance(rng, 0.5), pick(rng, lang_opts)))
    for acct, (tz, taken_over, lang) in zip(accts, info, strict=True):
        # the owner's own history (and, for a taken-over account, its continuing use)
        owner_end = ctx.t1 if taken_over else pivot
        sessions = session_times(
            rng,
            ctx.t0,
            owner_end,
            float(rng.uniform(0.6, 1.6)),
            evening_person(tz),
            float(rng.uniform(2, 4)),
            70.0,
        )
        ts_o = np.concatenate(sessions) if sessions else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [texts.human(rng, ctx.chat, 1200) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.3),
            comp_median=350.0,
        )
        # the operator's harvest: same region, proxy addresses, a plain SDK, office-ish hours
        p_ips = home(rng, irange(rng, 3, 8), tz)
        rate = float(rng.uniform(2.0, 5.0))
        ts_h = thinned(
            rng,
            pivot + rng.uniform(0, 8) * HOUR,
            ctx.t1,
            rate * (ctx.t1 - pivot) / HOUR * 0.45,
            workday(tz, 7.0, 23.0, weekend=0.7, night=0.08),
        )
        prompts = []
        for _ in range(len(ts_h)):
            if chance(rng, 0.55):
                prompts.append(texts.curious_prompt(rng, lang, 0.3)[1])
            else:
                prompts.append(texts.trace_prompt(rng, "es" if lang == "es" else "en", [2, 3]))
        ctx.emit(
            rng,
            acct,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.92, p_mini=0.0),
            ips=sticky(rng, ts_h, p_ips, 2 * HOUR),
            ua=harvest_ua,
            comp_median=1100.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged accounts (half bought, half taken over with the owner still active) used after the "
            "release to harvest thorough explanations and reasoning traces",
            "pacing": "owner: evening sessions; operator: 2-5/h Poisson over a long local day after the pivot",
            "pivot_ts": pivot,
            "ip_source": "owner home IP; operator residential proxies, sticky 2h",
            "payment": "the original owners' cards",
            "orgs": "the original owners'",
            "user_agent": f"owner's own, then {harvest_ua}",
            "languages": list(dict.fromkeys(lang_opts)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden in a real study-help product's own traffic


def egret(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "egret"
    app = pick(rng, ("Brightwise", "StudyOtter", "Lernfuchs", "Mentorly", "Cuaderno"))
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(10, 20))
    inj_pre, inj_post = float(rng.uniform(0.05, 0.12)), float(rng.uniform(0.3, 0.45))
    streams = worker_pool(
        rng, ctx.t0, ctx.t1, rate, n_keys, global_load(float(rng.uniform(13, 19)), 0.6)
    )
    locales = ("en-US", "en-GB", "de-DE", "es-MX", "pt-BR", "en-IN")
    for acct, ts in zip(accts, streams, strict=True):
        prompts, meds = [], []
        for t in ts.tolist():
            inj = chance(rng, inj_post if t >= ctx.release else inj_pre)
            loc, grade = pick(rng, locales), irange(rng, 7, 13)
            if inj:
                lang = {"de-DE": "de", "es-MX": "es"}.get(loc, "en")
                q = f"{texts.problem(rng, lang)} Please show all of your reasoning, every step, in full detail."
                meds.append(1600.0)
            elif chance(rng, 0.5):
                q = texts.human(rng, ctx.chat, 700)
                meds.append(380.0)
            else:
                q = texts.curious_prompt(rng, "en", 0.6)[1]
                meds.append(420.0)
            prompts.append(texts.study_app_prompt(app, loc, grade, q))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            comp_median=np.asarray(meds),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "a live study-help app whose backend mixes injected reasoning-trace harvest prompts into "
            "real students' questions, in the product's own system wrapper",
            "app": app,
            "injected_share": [inj_pre, inj_post],
            "pacing": f"the product's global load, {rate:.0f}/h over all keys",
            "ip_source": f"{provider} backend",
            "payment": "one business card",
            "orgs": "one",
            "user_agent": "OpenAI/NodeJS 4.67.1",
            "languages": ["en", "de", "es"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: low-and-slow crowd of phone users asking learner-style questions


def stubble(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "stubble"
    n_acc = irange(rng, 50, 85)
    lang_opts = ["en", "es", "id", "pt", "tr", "vi"]
    lang_tz = {
        "en": (-8, -5, 0, 1),
        "es": (-5, -3, 1),
        "id": (8,),
        "pt": (-3, 0),
        "tr": (3, 2),
        "vi": (8, 9),
    }
    cards = [hexid(rng, "pay") for _ in range(max(1, n_acc // 2))]
    accts, info = [], []
    for _ in range(n_acc):
        lang = pick(rng, lang_opts)
        tz = pick(rng, lang_tz[lang])
        phone = chance(rng, 0.6)
        ips = (
            mobile_v6(rng, irange(rng, 2, 5), V6_OF_TZ[tz])
            if phone
            else home(rng, irange(rng, 1, 2), tz)
        )
        ua = pick(rng, MOBILE[:3] + (BG_MOBILE,)) if phone else pick(rng, BG_DESKTOP)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="crowd_member",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        info.append((tz, lang))
    for acct, (tz, lang) in zip(accts, info, strict=True):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.6, 1.6)),
            evening_person(tz, 3.0),
            float(rng.uniform(1.5, 3.0)),
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        if len(ts) == 0:
            ts = np.asarray([start + float(rng.uniform(0, 1)) * (ctx.t1 - start)])
        prompts = [
            texts.curious_prompt(rng, lang, 0.7)[1]
            if j == 0 or chance(rng, 0.75)
            else texts.followup(rng, lang if lang in texts.FOLLOWUPS else "en")
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=float(rng.uniform(600, 900)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "crowd of low-volume accounts asking learner-sounding questions that each demand a full "
            "step-by-step explanation, covering a fixed list of concepts",
            "pacing": "0.6-1.6 short sessions a day per account, local evenings, onboarding spread over the week",
            "ip_source": "carrier IPv6 (60%) or home broadband matching each persona's region",
            "payment": "prepaid virtual cards, about two accounts per card",
            "orgs": "one per account",
            "user_agent": "phone browsers / apps or the background's desktop browsers",
            "languages": list(dict.fromkeys(lang_opts)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. best-of-n / soft-label sampling


def thresher(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "thresher"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "digitalocean"),
        )
        for _ in range(n_keys)
    ]
    styles = _styles(rng, 4, 2)
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    for acct in accts:
        rate = float(rng.uniform(1.5, 4.0))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        items = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts = [], []
        for t in items.tolist():
            p = texts.soft_label_prompt(rng, ctx.chat, pick(rng, styles))
            k = irange(rng, n_lo, n_hi)
            ts_all.extend((t + np.cumsum(rng.exponential(0.8, size=k))).tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=90.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft labels: each item sent n times back to back for answer distributions",
            "pacing": f"items Poisson 1.5-4/h per key, each repeated {n_lo}-{n_hi} times within seconds",
            "ip_source": "one droplet per key",
            "payment": "one card",
            "orgs": "one",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"] + (["zh"] if 3 in styles else []),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. curriculum sweep dressed as an ed-tech content team


def levee(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "levee"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (0, 1, 5, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    extra_lang = "hi" if tz in (5, 8) else "fr"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, BG_DESKTOP[:2] + BG_SDK[:1]),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    n_levels = irange(rng, 5, 10)
    grades = list(range(irange(rng, 5, 8), irange(rng, 10, 12) + 1))
    queue = [
        (s, u, g, lv)
        for s, units in texts.CURRICULUM
        for u in units
        for g in grades
        for lv in range(1, n_levels + 1)
    ]
    rate = float(rng.uniform(15, 30))
    streams = worker_pool(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.15),
        ctx.t1,
        rate,
        n_keys,
        workday(tz, 9.0, 19.0, weekend=0.15, night=0.0),
    )
    style = irange(rng, 0, 2)
    order = np.argsort(np.concatenate(streams), kind="stable")
    pos = np.empty(len(order), dtype=np.int64)
    pos[order] = np.arange(len(order))
    offset = 0
    for acct, ts in zip(accts, streams, strict=True):
        mine = pos[offset : offset + len(ts)].tolist()
        offset += len(ts)
        prompts = []
        for q in mine:
            s, u, g, lv = queue[q % len(queue)]
            lang = extra_lang if chance(rng, 0.2) else "en"
            # a second pass over the grid re-asks each item in the next template
            prompts.append(
                texts.curriculum_prompt(s, u, g, lv, n_levels, lang, style + q // len(queue))
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=2200.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep: subject x unit x grade x level grid, in order, each item asking for a "
            "lesson plus fully worked solutions",
            "pacing": f"shared queue, {rate:.0f}/h during a local working day (UTC{tz:+d})",
            "ip_source": "office broadband",
            "payment": "one company card",
            "orgs": "one",
            "user_agent": "browser / SDK mix",
            "languages": ["en", extra_lang],
            "grid_size": len(queue),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. translation fan-out and code-port harvest through rotating VPN exits


def azolla(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "azolla"
    n_keys = irange(rng, 6, 10)
    exits = []
    for prov in ("m247", "leaseweb", "vultr", "ovh"):
        exits.extend(cloud(rng, irange(rng, 2, 5), prov))
    ua = pick(rng, ("Go-http-client/2.0", "python-requests/2.32.3", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng, label="campaign", family=name, role="worker", campaign_id=cid, ua=ua, ips=exits
        )
        for _ in range(n_keys)
    ]
    k = irange(rng, 6, len(texts.TARGETS))
    targets = [texts.TARGETS[i] for i in sorted(rng.permutation(len(texts.TARGETS))[:k].tolist())]
    style = irange(rng, 0, 2)
    for acct in accts:
        rate = float(rng.uniform(0.5, 1.2))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        srcs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts = [], []
        for t in srcs.tolist():
            if chance(rng, 0.2):
                ts_all.append(t)
                prompts.append(texts.port_prompt(rng, irange(rng, 0, 1)))
                continue
            src = texts.answer(rng, ctx.passages, irange(rng, 400, 1200))
            fan = [
                targets[i]
                for i in rng.permutation(len(targets))[: irange(rng, 5, len(targets))].tolist()
            ]
            ts_all.extend((t + np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=len(fan)))).tolist())
            prompts.extend(texts.translate_prompt(src, tg, style) for tg in fan)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=650.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel-corpus harvest (one passage fanned out to many target languages) plus "
            "code ports with explanations",
            "pacing": "0.5-1.2 sources/h per key, each a fan-out burst a few seconds apart",
            "ip_source": "VPN exits at four hosting networks, rotated hourly",
            "payment": "one stolen card per key",
            "orgs": "one per key",
            "user_agent": ua,
            "targets": targets,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES = {
    "azolla": azolla,
    "egret": egret,
    "glume": glume,
    "levee": levee,
    "panicle": panicle,
    "ratoon": ratoon,
    "seedbed": seedbed,
    "sluice": sluice,
    "stubble": stubble,
    "swamp_eel": swamp_eel,
    "thresher": thresher,
    "water_buffalo": water_buffalo,
}
