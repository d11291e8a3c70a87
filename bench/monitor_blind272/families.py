"""Campaign families of batch 272 (code names from lelo burti, the Gurian village ball game).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, writes their events through
`ctx.emit` and records the campaign through `ctx.campaign`. Every family draws only from its own
generator, in list order (never over a set). See README.md for what each family is.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    nightly,
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
from bench.monitor_blind272 import texts

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _r(x: float) -> float:
    return round(float(x), 3)


def _probs(rng: Rng, alpha: list[float]) -> np.ndarray:
    return rng.dirichlet(alpha)


def _campaign_acct(ctx: Ctx, rng: Rng, name: str, camp: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=name, role=role, campaign_id=camp, **kw)


# --------------------------------------------------------------------------------------------


def shukhuti(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool of keys."""
    name = "shukhuti"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(1 if chance(rng, 0.6) else irange(rng, 2, 3))]
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    langs = ("en", "zh", "ru", "es")
    probs = _probs(rng, [6.0, 2.0, 1.5, 1.5])
    start = max(ctx.t0, ctx.release + float(rng.uniform(-0.5, 0.3)) * DAY)
    per_hour = float(rng.uniform(45, 90))
    accts = [
        _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "worker",
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, curve=global_load(float(rng.uniform(0, 24)), 0.15)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.reasoning(rng, texts.lang_of(rng, langs, probs), tag="rq") for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": _r(per_hour),
            "ip_source": f"rented_block:{prov}",
            "payment": f"{len(cards)} card(s)",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": list(langs),
            "lang_probs": [_r(p) for p in probs],
            "start": _r(start),
            "hard": False,
        },
    )


def lanchkhuti(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: bursts from an East-Asian cloud in office hours."""
    name = "lanchkhuti"
    n_keys = irange(rng, 3, 5)
    org, card, tz = hexid(rng, "org"), hexid(rng, "pay"), 8
    prov = pick(rng, ("alibaba", "tencent", "huawei"))
    pool = cloud(rng, irange(rng, 2, 4), prov)
    office = home(rng, 1, tz)
    ua = "python-requests/2.32.3"
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    p_zh = float(rng.uniform(0.15, 0.4))
    curve = workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.05)
    accts = []
    for _ in range(n_keys):
        acct = _campaign_acct(
            ctx, rng, name, camp, "grader", org=org, pay=card, ua=ua, ips=pool + office, tz=tz
        )
        accts.append(acct)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - start) / DAY, curve
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(25, 45)), float(rng.uniform(1.2, 3.0)), b=ctx.t1
            )
        )
        ips = [office[0] if chance(rng, 0.15) else pick(rng, pool) for _ in range(len(ts))]
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, "zh" if chance(rng, p_zh) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=180.0,
            comp_sigma=0.7,
            err=0.015,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "office_hour_bursts",
            "ip_source": f"cloud:{prov}+office",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en", "zh"],
            "p_zh": _r(p_zh),
            "start": _r(start),
            "hard": False,
        },
    )


def aghdgoma(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Policy-safe rewrites and answers to sensitive questions: stolen cards, keys burned and
    replaced in chains, VPN exits rotating per request."""
    name = "aghdgoma"
    n_keys = irange(rng, 8, 16)
    n_chains = irange(rng, 2, 3)
    vpn = (
        cloud(rng, 12, "m247")
        + cloud(rng, 8, "leaseweb")
        + cloud(rng, 6, pick(rng, ("vultr", "digitalocean")))
    )
    langs = ("en", "ru", "zh", "ar")
    probs = _probs(rng, [4.0, 2.0, 2.5, 1.5])
    uas = SDK_OTHER + BROWSERS
    clock = [ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY for _ in range(n_chains)]
    accts = []
    for i in range(n_keys):
        c = i % n_chains
        a = clock[c]
        life = float(rng.uniform(0.5, 2.0)) * DAY
        b = min(ctx.t1, a + life)
        clock[c] = b + float(rng.uniform(0.05, 0.3)) * DAY
        if a >= ctx.t1 - HOUR:
            a = ctx.t0 + float(rng.uniform(0.2, 0.9)) * (ctx.t1 - ctx.t0)
            b = min(ctx.t1, a + life)
        acct = _campaign_acct(ctx, rng, name, camp, "burner", ua=pick(rng, uas), ips=vpn)
        accts.append(acct)
        rate = float(rng.uniform(8, 25))
        ts = thinned(rng, a, b, rate * (b - a) / HOUR, bb.constant)
        prompts = [
            texts.policy_rewrite(rng, texts.lang_of(rng, langs, probs), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=picks(rng, vpn, len(ts)),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "burner_key_chains",
            "chains": n_chains,
            "ip_source": "vpn_exits_per_request",
            "payment": "one stolen card per key",
            "user_agent": "varied per key",
            "languages": list(langs),
            "lang_probs": [_r(p) for p in probs],
            "hard": False,
        },
    )


def zemo_ubani(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Agent / tool-use transcripts: whole synthetic episodes, each step re-sending the history."""
    name = "zemo_ubani"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, 2, "gcp")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
    style_p = _probs(rng, [2.0, 2.0, 1.0, 1.0])
    start = ctx.t0 + float(rng.uniform(0.15, 0.45)) * (ctx.t1 - ctx.t0)
    per_hour = float(rng.uniform(5, 10))
    accts = [
        _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "episode_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=nat + cloud(rng, 1, "aws"),
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for acct, starts in zip(accts, streams, strict=True):
        ts_all: list[np.ndarray] = []
        prompts: list[str] = []
        extra: list[int] = []
        for s in starts.tolist():
            k = irange(rng, 3, 9)
            style = int(rng.choice(4, p=style_p))
            steps = texts.agent_trace(rng, style, k)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            )
            prompts.extend(steps)
            extra.extend(int(160 * j + rng.integers(0, 80)) for j in range(k))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=180.0,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episode_worker_pool",
            "episodes_per_hour": _r(per_hour),
            "ip_source": "cloud:gcp_nat+aws",
            "payment": "one card",
            "user_agent": ua,
            "styles": [_r(p) for p in style_p],
            "start": _r(start),
            "hard": False,
        },
    )


def kvemo_ubani(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Synthetic dataset generation through residential proxies with sticky sessions."""
    name = "kvemo_ubani"
    n_keys = irange(rng, 10, 20)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 5))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    langs = ("en", "es", "pt", "id", "vi")
    probs = _probs(rng, [5.0, 1.5, 1.0, 1.2, 1.2])
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_hour = float(rng.uniform(35, 70))
    hold = float(rng.uniform(600, 1800))
    regions = bb.regions()
    accts = []
    for i in range(n_keys):
        pool = resi(rng, 40, pick(rng, regions))
        accts.append(
            _campaign_acct(
                ctx,
                rng,
                name,
                camp,
                "generator",
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=bb.sdk_ua(rng),
                ips=pool,
            )
        )
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, curve=global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            texts.synth_data(rng, texts.lang_of(rng, langs, probs), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=sticky(rng, ts, acct.ips, hold),
            comp_median=1600.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "poisson_worker_pool",
            "per_hour": _r(per_hour),
            "ip_source": "residential_proxy_sticky",
            "hold_s": _r(hold),
            "payment": f"{len(cards)} prepaid cards",
            "orgs": len(orgs),
            "languages": list(langs),
            "lang_probs": [_r(p) for p in probs],
            "hard": False,
        },
    )


def supsa(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Best-of-n / soft-label sampling: each prompt sent n times in a tight train, at night."""
    name = "supsa"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh"))
    tz = pick(rng, (2, 3))
    hours = float(rng.uniform(6, 8))
    curve = nightly(22.0, hours, tz)
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    ua = "python-requests/2.32.3"
    accts = []
    n_range = (irange(rng, 3, 5), irange(rng, 6, 9))
    for _ in range(n_keys):
        acct = _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "sampler",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 2, prov),
            tz=tz,
        )
        accts.append(acct)
        items_per_hour = float(rng.uniform(3, 6))
        starts = thinned(rng, start, ctx.t1, items_per_hour * hours * (ctx.t1 - start) / DAY, curve)
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = irange(rng, *n_range)
            p = texts.soft_label(rng, ctx.chat)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n - 1))])
            )
            prompts.extend([p] * n)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=30.0,
            comp_sigma=0.8,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "nightly_trains",
            "night_hours": _r(hours),
            "tz": tz,
            "samples_per_prompt": list(n_range),
            "ip_source": f"cloud:{prov}",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "hard": False,
        },
    )


def ozurgeti(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Curriculum sweep (subject x topic x level, in order) from an office line, slow steady pace,
    one prepaid card and org per key. Moderately hard: it reads like education."""
    name = "ozurgeti"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, (1, 2))
    office = home(rng, irange(rng, 2, 3), tz)
    langs = ("en", "de", "pl")
    accts = []
    for i in range(n_keys):
        ua = pick(rng, BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3"
        acct = _campaign_acct(ctx, rng, name, camp, "sweeper", ua=ua, ips=office, tz=tz)
        accts.append(acct)
        probs = _probs(rng, [6.0, 2.5, 1.5])
        per_hour = float(rng.uniform(3, 6))
        a = ctx.t0 + float(rng.uniform(0.05, 0.4)) * DAY
        gaps = (HOUR / per_hour) * rng.uniform(
            0.6, 1.4, size=int(per_hour * (ctx.t1 - a) / HOUR) + 1
        )
        ts = a + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        subject, topics = texts.CURRICULUM[i % len(texts.CURRICULUM)]
        prompts = []
        for j in range(len(ts)):
            topic = topics[(j // 10) % len(topics)]
            prompts.append(
                texts.curriculum(
                    rng,
                    texts.lang_of(rng, langs, probs),
                    subject,
                    topic,
                    j % 10 + 1,
                    (j // 10) % len(topics) + 1,
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_jittered",
            "ip_source": "office_broadband",
            "tz": tz,
            "payment": "one prepaid card per key",
            "orgs": n_keys,
            "languages": list(langs),
            "hard": True,
        },
    )


def krimanchuli(ctx: Ctx, rng: Rng, camp: str) -> None:
    """Translation harvest: each source text into many languages in a row, VPN exits."""
    name = "krimanchuli"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    uas = ("Go-http-client/2.0", "okhttp/4.12.0")
    vpn = cloud(rng, 15, "m247") + cloud(rng, 10, "leaseweb") + cloud(rng, 5, "vultr")
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    per_hour = float(rng.uniform(4, 8))
    accts = [
        _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "translator",
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=uas[i % 2],
            ips=vpn,
        )
        for i in range(n_keys)
    ]
    styles = [irange(rng, 0, 3) for _ in range(n_keys)]
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for acct, style, starts in zip(accts, styles, streams, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            src = texts.clip(
                pick(rng, ctx.chat if chance(rng, 0.3) else ctx.passages), 200, 900, rng
            )
            k = irange(rng, 4, 12)
            targets = [
                texts.TARGETS[j] for j in rng.choice(len(texts.TARGETS), k, replace=False).tolist()
            ]
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=k - 1))])
            )
            prompts.extend(texts.translate(rng, style, src, t) for t in targets)
            comp.extend([max(20.0, len(src) / 3.2)] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=picks(rng, vpn, len(ts)),
            comp_median=np.asarray(comp) if comp else 300.0,
            comp_sigma=0.3,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": "worker_pool_language_trains",
            "sources_per_hour": _r(per_hour),
            "ip_source": "vpn_exits_per_request",
            "payment": "one stolen card per org",
            "orgs": 2,
            "user_agent": list(uas),
            "hard": False,
        },
    )


def guria(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. A real code-assistant product whose backend also sends a code harvest, interleaved
    in its own queue: same keys, same egress, same SDK, same daily load curve."""
    name = "guria"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 5), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    coding_chat = [p for p in ctx.chat if any(w in p.lower() for w in texts.CODE_WORDS)]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7)))
    share_pre, share_post = float(rng.uniform(0.05, 0.12)), float(rng.uniform(0.25, 0.4))
    roles = ("prod", "prod", "staging")
    accts = []
    for role in roles:
        acct = _campaign_acct(
            ctx, rng, name, camp, f"backend_{role}", org=org, pay=card, ua=ua, ips=nat
        )
        accts.append(acct)
        per_hour = float(rng.uniform(12, 22)) if role == "prod" else float(rng.uniform(1, 3))
        ts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
        share = (
            np.where(ts >= ctx.release, share_post, share_pre)
            if role == "prod"
            else np.zeros(len(ts))
        )
        harvest = rng.random(len(ts)) < share
        prompts = [
            texts.code_harvest(rng) if h else texts.product_request(rng, coding_chat)
            for h in harvest.tolist()
        ]
        m_prod = ctx.models(rng, ts, p_new=0.45, p_mini=0.3)
        m_harv = ctx.models(rng, ts, p_new=0.92, p_mini=0.0)
        models = [b if h else a for a, b, h in zip(m_prod, m_harv, harvest.tolist(), strict=True)]
        comp = np.where(harvest, 850.0, 220.0)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6)
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code_harvest_inside_product",
            "pacing": "product_global_load",
            "ip_source": "cloud:aws_nat",
            "payment": "one established card",
            "user_agent": ua,
            "harvest_share": [_r(share_pre), _r(share_post)],
            "hard": True,
        },
    )


def tkavi(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Bought / taken-over aged accounts: a person's history first, then, after the release,
    a harvest driven through residential proxies of the owner's own region, at the owner's hours."""
    name = "tkavi"
    n = irange(rng, 15, 30)
    base = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        own = home(rng, 1, tz)
        acct = _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "aged_account",
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=own,
            tz=tz,
        )
        accts.append(acct)
        take = base + float(rng.uniform(0.0, 1.2)) * DAY
        pre = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.6, 2.0)), evening_person(tz), 3.0, 70.0
        )
        ts = _cat(pre)
        prompts = [texts.clip(pick(rng, ctx.chat), 5, 1200, rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        pool = home(rng, 6, tz)
        post = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 6)),
            evening_person(tz, spread=3.5),
            float(rng.uniform(6, 10)),
            float(rng.uniform(30, 60)),
        )
        ts = _cat(post)
        prompts = []
        for u in rng.random(len(ts)).tolist():
            if u < 0.45:
                prompts.append(texts.casual_reasoning(rng))
            elif u < 0.75:
                prompts.append(texts.explain(rng))
            else:
                prompts.append(texts.clip(pick(rng, ctx.chat), 5, 1200, rng))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, 2 * HOUR),
            comp_median=650.0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "person_like_sessions_owner_tz",
            "ip_source": "residential_proxy_same_region",
            "payment": "original owners' cards",
            "user_agent": "owner's",
            "takeover_base": _r(base),
            "hard": True,
        },
    )


def mghvdeli(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. A low-and-slow crowd of fresh accounts replaying public human prompts (deduplicated
    across the crowd), person-like sessions, residential proxies, one prepaid card each."""
    name = "mghvdeli"
    n = irange(rng, 30, 60)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    p_suffix = float(rng.uniform(0.2, 0.4))
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 1, 5, 8))
        acct = _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "crowd_member",
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=home(rng, 3, tz),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-0.5, 2.0)) * DAY
        b = min(ctx.t1, a + float(rng.uniform(1.5, 3.5)) * DAY)
        ts = _cat(
            session_times(
                rng,
                a,
                b,
                float(rng.uniform(2, 4)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(40, 90)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[cursor % len(order)]]
            cursor += 1
            if chance(rng, p_suffix):
                p = p + pick(rng, texts.SUFFIX["en"])
            prompts.append(p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            ips=sticky(rng, ts, acct.ips, DAY),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "pacing": "person_like_sessions",
            "ip_source": "residential_proxy",
            "payment": "one prepaid card per account",
            "p_suffix": _r(p_suffix),
            "hard": True,
        },
    )


_V6_OF_TZ = {-5: "us_mobile", -3: "br_mobile", 5: "in_mobile", 1: "eu_mobile"}
_LANG_OF_TZ = {-5: ("en", "es"), -3: ("pt",), 5: ("hi", "en"), 1: ("en",)}


def natanebi(ctx: Ctx, rng: Rng, camp: str) -> None:
    """HARD. Multi-turn dialogue harvest posing as phone-app users: scripted follow-ups that
    carry the history, carrier IPv6 or home lines, family-plan-like shared cards."""
    name = "natanebi"
    n = irange(rng, 20, 40)
    cards: list[str] = []
    while len(cards) < n:
        cards.extend([hexid(rng, "pay")] * irange(rng, 3, 5))
    accts = []
    for i in range(n):
        tz = pick(rng, (-5, -3, 5, 1))
        own = home(rng, 1, tz)
        acct = _campaign_acct(
            ctx,
            rng,
            name,
            camp,
            "phone_persona",
            pay=cards[i],
            ua=pick(rng, MOBILE),
            ips=own,
            tz=tz,
        )
        accts.append(acct)
        v6 = chance(rng, 0.5)
        a = ctx.release + float(rng.uniform(-0.3, 0.8)) * DAY
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2, 4)),
            evening_person(tz),
            float(rng.uniform(5, 8)),
            float(rng.uniform(35, 70)),
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for s in sessions:
            if len(s) == 0:
                continue
            lang = pick(rng, _LANG_OF_TZ[tz])
            ip = bb.mobile_v6(rng, 1, _V6_OF_TZ[tz])[0] if v6 else own[0]
            if chance(rng, 0.5):
                opener = texts.clip(pick(rng, ctx.chat), 10, 600, rng)
            else:
                opener = pick(rng, texts.OPENERS[lang]).format(
                    t=pick(rng, texts.TOPICS + texts.SUBJECTS)
                )
            hist = 0
            for j in range(len(s)):
                p = opener if j == 0 else texts.followup(rng, lang)
                prompts.append(p)
                extra.append(hist)
                hist += len(p) // 4 + 480
                ips.append(ip)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88),
            ips=ips,
            comp_median=480.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "evening_sessions_scripted_followups",
            "ip_source": "carrier_ipv6_or_home",
            "payment": "cards shared by 3-5 accounts",
            "languages": ["en", "es", "pt", "hi"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "shukhuti": shukhuti,
    "lanchkhuti": lanchkhuti,
    "aghdgoma": aghdgoma,
    "zemo_ubani": zemo_ubani,
    "kvemo_ubani": kvemo_ubani,
    "supsa": supsa,
    "ozurgeti": ozurgeti,
    "krimanchuli": krimanchuli,
    "guria": guria,
    "tkavi": tkavi,
    "mghvdeli": mghvdeli,
    "natanebi": natanebi,
}
