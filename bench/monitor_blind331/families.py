"""Campaign families of batch 331 (code names: tapas). Each is `f(ctx, rng, campaign_id)`, draws
only from its own generator, and writes its accounts, events and campaign truth into `ctx`.

Four of them (`pulpo_a_la_gallega`, `pan_con_tomate`, `salmorejo`, `chopitos`) are built to look
like legitimate use; `berenjenas_con_miel` is in between.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick
from bench.monitor_blind331 import texts as tx

_LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "en",
    8: "zh",
    9: "ja",
}


def _weighted(rng: np.random.Generator, items: list, weights: list[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _start_after(
    ctx: Ctx, rng: np.random.Generator, after_release: bool, spread_days: float
) -> float:
    base = ctx.release if after_release else ctx.t0
    return base + float(rng.uniform(0, spread_days)) * DAY


def _models_pre_post(
    ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float
) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented worker pool


def patatas_bravas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "patatas_bravas"
    n_keys = irange(rng, 5, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    shared_org = bb.hexid(rng, "org") if chance(rng, 0.6) else None
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = bb.sdk_ua(rng, 0.3)
    langs = ["en", "zh", "ru", "es", "de"]
    weights = [float(x) for x in rng.dirichlet([3.0, 2.0, 1.0, 0.6, 0.6])]
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=shared_org,
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = (
        _start_after(ctx, rng, chance(rng, 0.5), 0.6)
        if chance(rng, 0.7)
        else ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    )
    per_hour = float(rng.uniform(30, 90))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.25)
    )
    styles = [int(s) for s in rng.integers(0, 5, size=irange(rng, 2, 4))]
    for acct, ts in zip(accts, streams, strict=True):
        lang = _weighted(rng, langs, weights, len(ts))
        prompts = [tx.reasoning_harvest(rng, pick(rng, styles), lg) for lg in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.93, 0.02),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered deductions, self-checks)",
            "pacing": f"Poisson worker pool {per_hour:.0f}/h over {n_keys} keys",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid card(s) shared",
            "user_agent": ua,
            "languages": langs,
            "language_weights": weights,
            "styles": styles,
            "start": start,
            "shared_org": shared_org is not None,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def gambas_al_ajillo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "gambas_al_ajillo"
    n_keys = irange(rng, 3, 7)
    org = bb.hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    tz = pick(rng, (1, 2, 3, 8))
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    langs = ["en", "en", "en", "de", "es"]
    styles = [int(s) for s in rng.integers(0, 4, size=irange(rng, 2, 4))]
    start = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    per_day_bursts = float(rng.uniform(6, 14))
    total = 0
    for acct in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_day_bursts * (ctx.t1 - start) / DAY / n_keys, night
        )
        ts = np.concatenate(
            bb.bursts(
                rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
            )
            or [np.empty(0)]
        )
        prompts = [
            tx.judge_harvest(rng, pick(rng, styles), pick(rng, langs), ctx.chat, ctx.passages)
            for _ in ts
        ]
        total += ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.8, 0.03),
            comp_median=float(rng.uniform(250, 450)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "LLM-as-judge, rubric scoring, pairwise verdicts, reward-model style rewards",
            "pacing": f"nightly bursts (tz {tz}), ~{per_day_bursts:.0f} bursts/day",
            "ip_source": provider,
            "payment": "one card per key (company cards)",
            "user_agent": ua,
            "languages": ["en", "de", "es"],
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through residential proxies and stolen cards


def croquetas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "croquetas"
    n_keys = irange(rng, 18, 34)
    regions = ["us", "eu", "sea", "latam"]
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 15, 40), r)]
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="rewriter",
                campaign_id=cid,
                ua=pick(rng, bb.BROWSERS),
                ips=[pool[0]],
            )
        )
    start = ctx.t0 + float(rng.uniform(0.2, 3.0)) * DAY
    per_hour = float(rng.uniform(20, 45))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.4)
    )
    langs = ["en", "zh", "ru", "ar"]
    weights = [float(x) for x in rng.dirichlet([2.0, 2.5, 1.0, 0.7])]
    hold = float(rng.uniform(10, 30)) * MINUTE
    for acct, ts in zip(accts, streams, strict=True):
        lang = _weighted(rng, langs, weights, len(ts))
        prompts = [
            tx.policy_rewrite_harvest(rng, int(rng.integers(5)), lg, ctx.passages) for lg in lang
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.85, 0.04),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=500.0,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe / refusal-free policy rewrites and boundary answers",
            "pacing": f"worker pool {per_hour:.0f}/h",
            "ip_source": f"residential proxy pool, sticky {hold / MINUTE:.0f} min",
            "payment": "one stolen card per key",
            "user_agent": "browser strings",
            "languages": langs,
            "language_weights": weights,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def pimientos_de_padron(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pimientos_de_padron"
    n_keys = irange(rng, 3, 6)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "langchain-openai/0.3.6"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 5), provider),
        )
        for _ in range(n_keys)
    ]
    start = _start_after(ctx, rng, chance(rng, 0.5), 1.0)
    per_hour = float(rng.uniform(1.5, 3.5))  # episodes per hour per key
    styles = [int(s) for s in rng.integers(0, 3, size=2)]
    for acct in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(14.0, 0.3)
        )
        eps = bb.bursts(
            rng,
            starts,
            float(rng.uniform(5, 10)),
            float(rng.uniform(4, 12)),
            gap_sigma=0.7,
            b=ctx.t1,
        )
        ts_parts, prompts, extra = [], [], []
        for ep in eps:
            ts_parts.append(ep)
            base = irange(rng, 500, 1500)
            for j in range(len(ep)):
                style = pick(rng, styles) if j == 0 else 1
                prompts.append(tx.agent_harvest(rng, style))
                extra.append(base + j * irange(rng, 150, 450))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.9, 0.05),
            comp_median=float(rng.uniform(250, 500)),
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent/tool-use trajectory harvest (full simulated episodes and step continuations)",
            "pacing": f"episodes ~{per_hour:.1f}/h/key, 5-10 steps each",
            "ip_source": provider,
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation, one VM per language, slow and steady


def boquerones(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "boquerones"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 2, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    langs = ["en", "fr", "pt", "hi", "id"]
    accts, key_langs = [], []
    for i in range(n_keys):
        provider = pick(rng, ("digitalocean", "vultr", "linode", "hetzner", "aws"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="generator",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0")),
                ips=bb.cloud(rng, 1, provider),
            )
        )
        key_langs.append(langs[i % len(langs)] if i < len(langs) else pick(rng, langs))
    styles = [int(s) for s in rng.integers(0, 4, size=3)]
    for acct, lang in zip(accts, key_langs, strict=True):
        start = _start_after(ctx, rng, chance(rng, 0.5), 1.5)
        rate = float(rng.uniform(2.0, 6.0))
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = [tx.dataset_harvest(rng, pick(rng, styles), lang) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(1800, 2600)),
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction/QA/dialogue dataset generation in bulk (JSONL)",
            "pacing": "slow steady Poisson per key, 2-6/h",
            "ip_source": "one small cloud VM per key",
            "payment": f"{n_orgs} cards (one per shell org)",
            "user_agent": "scripts",
            "languages": langs,
            "key_languages": key_langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a person-like crowd


def pulpo_a_la_gallega(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pulpo_a_la_gallega"
    n = irange(rng, 25, 45)
    accts, tzs = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="persona",
                campaign_id=cid,
                ua=ua,
                ips=bb.resi(rng, irange(rng, 1, 2), pick(rng, bb.ipspace.REGION_OF_TZ[tz])),
                tz=tz,
            )
        )
        tzs.append(tz)
    p_new = float(rng.uniform(0.3, 0.5))
    for acct, tz in zip(accts, tzs, strict=True):
        lang = _LANG_OF_TZ[tz] if chance(rng, 0.7) else "en"
        if lang == "pt" and chance(rng, 0.4):
            lang = "es"
        start = ctx.t0 + float(rng.uniform(0.0, 3.5)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(45, 120)),
        )
        ts_parts, prompts = [], []
        for s in sessions:
            if not len(s):
                continue
            ts_parts.append(s)
            prompts.extend(tx.dialogue_turn(rng, lang, j == 0, ctx.chat) for j in range(len(s)))
        if not ts_parts:
            ts_parts, prompts = (
                [np.array([start + HOUR])],
                [tx.dialogue_turn(rng, lang, True, ctx.chat)],
            )
        ts = np.concatenate(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, p_new, 0.1),
            comp_median=float(rng.uniform(380, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest: openers then generic follow-up probes, per persona",
            "pacing": "human-like evening sessions per persona",
            "ip_source": "home broadband matching persona tz",
            "payment": "one card per persona",
            "user_agent": "browsers and phones",
            "languages": sorted(set(_LANG_OF_TZ.values()) | {"es"}),
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n resampling and soft-label harvest


def albondigas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "albondigas"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("vultr", "linode", "digitalocean", "oracle"))
    pay = bb.hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = _start_after(ctx, rng, chance(rng, 0.6), 0.8)
    jobs_per_hour = float(rng.uniform(12, 30))
    n_best = irange(rng, 4, 8)
    for acct, jobs in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, jobs_per_hour, n_keys), strict=True
    ):
        ts_parts, prompts = [], []
        for t in jobs.tolist():
            if chance(rng, 0.55):  # best-of-n: the same prompt fired n times at once
                p = (
                    tx.soft_label_harvest(rng, 1, ctx.chat)
                    if chance(rng, 0.3)
                    else tx._clip(pick(rng, ctx.chat), 900)
                )
                k = n_best + irange(rng, -1, 1)
                ts_parts.append(t + np.sort(rng.uniform(0, 2.0, size=k)))
                prompts.extend([p] * k)
            else:
                ts_parts.append(np.array([t]))
                prompts.append(tx.soft_label_harvest(rng, int(rng.integers(3)), ctx.chat))
        if not ts_parts:
            continue
        ts = np.concatenate(ts_parts)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.9, 0.02),
            comp_median=float(rng.uniform(300, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n resampling (identical prompt n times) and soft-label probability harvest",
            "pacing": f"worker pool {jobs_per_hour:.0f} jobs/h, n={n_best}",
            "ip_source": provider,
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep over topics x difficulty through a commercial VPN


def calamares(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "calamares"
    n_keys = irange(rng, 4, 9)
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb")), irange(rng, 2, 4), irange(rng, 3, 8)
    )
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (3, 8, 2))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=bb.sdk_ua(rng, 0.7),
            ips=vpn,
        )
        for i in range(n_keys)
    ]
    style = int(rng.integers(3))
    per_hour = float(rng.uniform(60, 140))
    curve = bb.nightly(float(rng.uniform(22, 25)) % 24, float(rng.uniform(5, 8)), tz)
    streams = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0, 0.5)) * DAY, ctx.t1, per_hour, n_keys, curve
    )
    n_topics = len(tx.TOPICS)
    for i, (acct, ts) in enumerate(zip(accts, streams, strict=True)):
        # each key walks its own slice of the topic x level grid in order
        cells = [(ti, lv) for ti in range(i, n_topics, n_keys) for lv in range(1, 11)]
        prompts = []
        for j in range(len(ts)):
            ti, lv = cells[j % len(cells)]
            prompts.append(
                tx.curriculum_harvest(rng, ti, lv, style if chance(rng, 0.8) else style + 1)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.97, 0.0),
            ips=bb.sticky(rng, ts, vpn, HOUR),
            comp_median=float(rng.uniform(900, 1300)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep: every topic at difficulty 1..10 for varied audiences, in grid order",
            "pacing": f"nightly window (tz {tz}) worker pool {per_hour:.0f}/h, from release",
            "ip_source": "commercial VPN exits",
            "payment": "two cards alternating",
            "user_agent": "SDKs",
            "languages": ["en"],
            "style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: translation harvest hidden in a writing-assistant product's real traffic


def pan_con_tomate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pan_con_tomate"
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    backend = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    n_keys = irange(rng, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 19))
    user_rate = float(rng.uniform(20, 45))
    harvest_share_pre, harvest_share_post = (
        float(rng.uniform(0.1, 0.2)),
        float(rng.uniform(0.25, 0.4)),
    )
    targets = sorted(
        {
            pick(rng, ("es", "de", "fr", "pt", "ja", "ko", "it", "tr", "vi", "pl", "nl", "id"))
            for _ in range(8)
        }
    )
    shares = np.array([0.6] + [0.4 / (n_keys - 1)] * (n_keys - 1))
    for k, acct in enumerate(accts):
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            user_rate * shares[k] * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(peak, 0.6),
        )
        # harvest fills idle capacity: more of it in the product's quiet hours
        quiet = 1.0 - bb.global_load(peak, 0.6)(ts)
        share = np.where(ts >= ctx.release, harvest_share_post, harvest_share_pre) * (
            0.6 + 0.8 * quiet
        )
        is_h = rng.random(len(ts)) < share
        prompts, comp, models = [], [], []
        base_models = ctx.models(rng, ts, p_new=0.3, p_mini=0.2)
        harvest_models = ctx.models(rng, ts, p_new=0.8, p_mini=0.0)
        for j, h in enumerate(is_h.tolist()):
            if h:
                prompts.append(
                    tx.translation_harvest(rng, int(rng.integers(3)), targets, ctx.passages)
                )
                comp.append(600.0)
                models.append(harvest_models[j])
            else:
                q = tx._clip(pick(rng, ctx.chat), 1200)
                prompts.append(
                    q if chance(rng, 0.6) else f"Improve the writing, keep my voice:\n{q}"
                )
                comp.append(320.0)
                models.append(base_models[j])
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            err=0.01,
            extra=irange(rng, 40, 120),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel-text harvest mixed into a real writing-assistant's user traffic",
            "pacing": "product's global load, harvest share higher in quiet hours and after release",
            "ip_source": f"{provider} backend hosts",
            "payment": "company card",
            "user_agent": ua,
            "targets": targets,
            "harvest_share": [harvest_share_pre, harvest_share_post],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest through bought aged developer accounts


def salmorejo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "salmorejo"
    n = irange(rng, 8, 14)
    langs = list(tx._CODE_LANGS)
    accts, tzs = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="aged-account",
                campaign_id=cid,
                ua=bb.sdk_ua(rng, 0.85),
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        tzs.append(tz)
    takeover = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    p_new = float(rng.uniform(0.4, 0.65))
    for acct, tz in zip(accts, tzs, strict=True):
        my_langs = [pick(rng, langs) for _ in range(irange(rng, 1, 3))]
        style = int(rng.integers(5))
        # the previous owner's usage before the takeover, the operator's (busier, same rhythm) after
        before = bb.session_times(
            rng,
            ctx.t0,
            takeover,
            float(rng.uniform(1, 2.5)),
            bb.workday(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 240)),
        )
        after = bb.session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.workday(tz, 8.0, 19.0, 0.15),
            float(rng.uniform(6, 12)),
            float(rng.uniform(50, 160)),
        )
        ts_b = np.concatenate(before) if before else np.empty(0)
        ts_a = np.concatenate(after) if after else np.empty(0)
        prompts = [tx.dev_question(rng, ctx.chat) for _ in ts_b]
        prompts += [
            tx.code_harvest(rng, style, my_langs)
            if chance(rng, 0.8)
            else tx.dev_question(rng, ctx.chat)
            for _ in ts_a
        ]
        ts = np.concatenate([ts_b, ts_a])
        models = ctx.models(rng, ts_b, p_new=0.15, p_mini=0.2) + ctx.models(
            rng, ts_a, p_new=p_new, p_mini=0.03
        )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=float(rng.uniform(550, 800)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code-solution harvest (functions + tests + explanations) via bought aged developer accounts",
            "pacing": "workday sessions; owner's light use before takeover, heavier after",
            "takeover": takeover,
            "ip_source": "home/office broadband per account",
            "payment": "each account's original card",
            "user_agent": "common SDKs",
            "languages": ["en"],
            "code_languages": langs,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay (ShareGPT) through a residential-proxy crowd


def chopitos(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "chopitos"
    n = irange(rng, 20, 38)
    region = pick(rng, ("us", "eu", "in"))
    pool = bb.resi(rng, irange(rng, 40, 90), region)
    accts, tzs = [], []
    for _ in range(n):
        tz = (
            pick(rng, (-8, -5))
            if region == "us"
            else (pick(rng, (0, 1, 2)) if region == "eu" else 5)
        )
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.8)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="replayer",
                campaign_id=cid,
                ua=ua,
                ips=[pick(rng, pool)],
                tz=tz,
            )
        )
        tzs.append(tz)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    p_new = float(rng.uniform(0.55, 0.75))
    for acct, tz in zip(accts, tzs, strict=True):
        start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 5)),
            curve,
            float(rng.uniform(4, 9)),
            float(rng.uniform(50, 150)),
        )
        warm = bb.session_times(
            rng, ctx.t0, start, 0.6, curve, 3.0, 90.0
        )  # a few ordinary-looking earlier visits
        parts = [s for s in warm + sessions if len(s)]
        if not parts:
            continue
        ts = np.concatenate(parts)
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[int(order[cursor % len(order)])]
            cursor += 1
            prompts.append(
                p
                if chance(rng, 0.85)
                else p.strip().rstrip("?.!") + pick(rng, ("?", ".", " pls", ""))
            )
        hold = float(rng.uniform(20, 60)) * MINUTE
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, p_new, 0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(330, 420)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay: a shuffled public chat corpus re-asked to get new-model answers",
            "pacing": "human-like sessions per account, ramping up around release",
            "ip_source": f"residential proxy pool ({region}), sticky sessions",
            "payment": "one prepaid card per account",
            "user_agent": "browsers and SDKs",
            "languages": ["en"],
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. expert-domain Q&A from a phone farm on carrier networks


def berenjenas_con_miel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "berenjenas_con_miel"
    n = irange(rng, 12, 22)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    lang_pool = {
        "in_mobile": ["hi", "en", "en"],
        "br_mobile": ["pt", "pt", "en"],
        "us_mobile": ["en", "en", "id"],
    }[carrier]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="phone",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.MOBILE),
            ips=bb.mobile_v6(rng, 1, carrier),
        )
        for i in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    tz = {"in_mobile": 5, "br_mobile": -3, "us_mobile": -5}[carrier]
    for i, acct in enumerate(accts):
        shift = bb.nightly(float((i % 3) * 8 + rng.uniform(0, 2)), float(rng.uniform(7, 9)), tz)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 9)),
            shift,
            float(rng.uniform(6, 10)),
            float(rng.uniform(25, 70)),
        )
        parts = [s for s in sessions if len(s)]
        if not parts:
            continue
        ts = np.concatenate(parts)
        ips = []
        for s in parts:  # a new carrier address for every session
            ips.extend(bb.mobile_v6(rng, 1, carrier) * len(s))
        prompts = [tx.expert_harvest(rng, pick(rng, lang_pool)) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_models_pre_post(ctx, rng, ts, 0.85, 0.03),
            ips=ips,
            comp_median=float(rng.uniform(700, 950)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert medical/legal/tax Q&A harvest from a phone farm",
            "pacing": "three 8h shifts of sessions",
            "ip_source": f"carrier IPv6 ({carrier}), new per session",
            "payment": f"{len(cards)} prepaid cards shared",
            "user_agent": "mobile",
            "languages": lang_pool,
            "hard": "medium",
        },
    )


CAMPAIGN_FAMILIES = {
    "patatas_bravas": patatas_bravas,
    "gambas_al_ajillo": gambas_al_ajillo,
    "croquetas": croquetas,
    "pimientos_de_padron": pimientos_de_padron,
    "boquerones": boquerones,
    "pulpo_a_la_gallega": pulpo_a_la_gallega,
    "albondigas": albondigas,
    "calamares": calamares,
    "pan_con_tomate": pan_con_tomate,
    "salmorejo": salmorejo,
    "chopitos": chopitos,
    "berenjenas_con_miel": berenjenas_con_miel,
}
