"""Campaign families of batch 139 (code names: kin-ball words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit`, and records the campaign through `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn from the
family's own generator. The README (read only after the monitor's single run) describes each one.
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
from bench.monitor_blind139 import texts as T

Rng = np.random.Generator
V6_OF = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
REGION_OF = {
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


def langs(rng: Rng, n: int, weights: dict[str, float]) -> list[str]:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def uni(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def omnikin_call(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "omnikin_call"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "contabo"))
    pool = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    weights = {
        "en": 0.5,
        "zh": uni(rng, 0.15, 0.35),
        "ru": uni(rng, 0.05, 0.15),
        "es": uni(rng, 0.05, 0.15),
    }
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = uni(rng, 8, 25), uni(rng, 70, 150)
    lag = uni(rng, 0.3, 5) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, ctx.release + lag, ctx.t1, post_rate, n_keys)
    comp = uni(rng, 900, 1500)
    for a, s1, s2 in zip(accts, pre, post, strict=True):
        ts = cat([s1, s2])
        prompts = [
            T.reasoning_trace(rng, lg, pick(rng, styles)) for lg in langs(rng, len(ts), weights)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (CoT in tags / JSON / narrated thinking)",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one prepaid card on every key",
            "ip_source": f"rented {prov} block",
            "user_agent": ua,
            "languages": weights,
            "styles": styles,
            "pacing": "Poisson worker pool 24/7",
            "rate_per_hour": [pre_rate, post_rate],
            "start": start,
            "post_release_lag_s": lag,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading, nightly batch jobs from a cloud account


def gris_period(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gris_period"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = sdk_ua(rng, 0.6)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "batch_key",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, (1, 3, 8))
    start_h = uni(rng, 0.5, 3.0)
    styles = sorted({int(x) for x in rng.integers(0, 6, size=4)})
    first_day = irange(rng, 0, 2)
    size_pre, size_post = uni(rng, 80, 200), uni(rng, 250, 550)
    gap = uni(rng, 0.8, 2.5)
    for a in accts:
        runs = []
        for d in range(first_day, 8):
            day0 = ctx.t0 + d * DAY - tz * HOUR + start_h * HOUR + uni(rng, 0, 40) * MINUTE
            if day0 < ctx.t0:
                continue
            size = size_post if day0 >= ctx.release else size_pre
            runs.extend(bursts(rng, [day0], size, gap, 0.5, ctx.t1))
            if chance(rng, 0.35):  # a daytime re-run of failed items
                runs.extend(
                    bursts(rng, [day0 + uni(rng, 8, 12) * HOUR], size * 0.1, gap, 0.5, ctx.t1)
                )
        ts = cat(runs)
        prompts = [
            T.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=uni(rng, 180, 320),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading harvest (pairwise, pointwise, listwise)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{prov} instances",
            "user_agent": ua,
            "styles": styles,
            "pacing": "nightly batch bursts",
            "tz": tz,
            "burst_sizes": [size_pre, size_post],
            "gap_s": gap,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through stolen cards and VPN exits


def noir_foul(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "noir_foul"
    n_keys = irange(rng, 10, 20)
    vpn = cloud(rng, irange(rng, 12, 30), pick(rng, ("m247", "leaseweb", "vultr")))
    vpn += cloud(rng, irange(rng, 4, 10), pick(rng, ("m247", "ovh", "linode")))
    weights = {
        "zh": 0.5,
        "en": uni(rng, 0.15, 0.35),
        "vi": uni(rng, 0.05, 0.15),
        "ru": uni(rng, 0.05, 0.1),
    }
    curve = workday(8, start=9.0, end=22.5, weekend=0.6, night=0.05)
    accts, spans = [], []
    for _ in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "burner",
            ua=sdk_ua(rng, 0.3),
            ips=picks(rng, vpn, irange(rng, 3, 8)),
        )
        born = ctx.t0 + uni(rng, 0.3, 5.8) * DAY
        life = uni(rng, 0.8, 3.0) * DAY
        rate = uni(rng, 15, 45)
        ts = thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, curve)
        prompts = [
            T.safe_rewrite(rng, ctx.passages, lg, int(rng.integers(3)))
            for lg in langs(rng, len(ts), weights)
        ]
        ips = picks(rng, vpn, len(ts)) if chance(rng, 0.5) else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=ips,
            comp_median=uni(rng, 350, 600),
            err=0.04,
        )
        accts.append(a)
        spans.append([born, life])
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant ('safe') rewrites and deflections",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "a different stolen card per key",
            "ip_source": "commercial VPN exits (hosting ranges), shared by all keys",
            "languages": weights,
            "pacing": "short-lived burner keys, business hours UTC+8 with late evenings",
            "spans": spans,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a Kubernetes cluster


def bleu_catch(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bleu_catch"
    n_keys = irange(rng, 4, 10)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(2)]
    prov = pick(rng, ("gcp", "aws", "azure"))
    egress = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    start = ctx.t0 + uni(rng, 1.5, 3.0) * DAY
    ep_rate = uni(rng, 1.0, 2.5)
    steps_mean = uni(rng, 5, 8)
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % 2]
        a = _camp(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=egress)
        eps = cat(
            [
                thinned(
                    rng, start, ctx.release, ep_rate * 0.5 * (ctx.release - start) / HOUR, constant
                ),
                thinned(
                    rng, ctx.release, ctx.t1, ep_rate * (ctx.t1 - ctx.release) / HOUR, constant
                ),
            ]
        )
        ts, prompts, extra = [], [], []
        for e in eps.tolist():
            k = max(2, int(rng.poisson(steps_mean)))
            style = pick(rng, styles)
            t = e + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts.append(tj)
                prompts.append(T.agent_step(rng, ctx.passages, style, j))
                extra.append(irange(rng, 250, 600))
        ts_a = np.asarray(ts)
        order = np.argsort(ts_a, kind="stable")
        ts_a = ts_a[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra = np.asarray(extra)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.95, p_mini=0.0),
            comp_median=uni(rng, 150, 320),
            comp_sigma=0.7,
            extra=extra,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (next-action prompts with growing history)",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"{prov} cluster egress",
            "user_agent": ua,
            "styles": styles,
            "pacing": "episodes of chained steps, 24/7",
            "episodes_per_hour_per_key": ep_rate,
            "steps_mean": steps_mean,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation at a steady rate from small VMs


def giant_cover(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "giant_cover"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "contabo", "vultr"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
    weights = {
        "en": 0.5,
        "es": uni(rng, 0.05, 0.2),
        "pt": uni(rng, 0.05, 0.2),
        "id": uni(rng, 0.03, 0.1),
        "hi": uni(rng, 0.03, 0.1),
    }
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    accts, rates = [], []
    for _ in range(n_keys):
        a = _camp(
            ctx, rng, fam, cid, "generator", org=org, pay=card, ua=ua, ips=cloud(rng, 1, prov)
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        rate = uni(rng, 8, 20)
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = [
            T.synth_dataset(rng, ctx.chat, lg, pick(rng, styles))
            for lg in langs(rng, len(ts), weights)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=uni(rng, 1500, 2400),
            comp_sigma=0.35,
            err=0.06,
        )
        accts.append(a)
        rates.append(rate)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation (JSONL batches, self-instruct, personas)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"one {prov} VM per key",
            "user_agent": ua,
            "languages": weights,
            "styles": styles,
            "pacing": "steady Poisson 24/7",
            "rates_per_hour": rates,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling: the same prompt n times in parallel


def bladder_pump(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bladder_pump"
    n_keys = irange(rng, 3, 8)
    card = hexid(rng, "pay")
    prov = pick(rng, ("azure", "oracle"))
    pool = rented_block(rng, prov, 1, irange(rng, 2, 5))
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    n_choices = [int(x) for x in rng.choice([4, 8, 16], size=2)]
    p_mcq = uni(rng, 0.3, 0.6)
    start = ctx.release - uni(rng, 6, 30) * HOUR
    accts = []
    for _ in range(n_keys):
        a = _camp(ctx, rng, fam, cid, "sampler", pay=card, ua=ua, ips=picks(rng, pool, 2))
        rate = uni(rng, 2.0, 4.5)
        starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ts, prompts, comp = [], [], []
        for s in starts.tolist():
            k = pick(rng, n_choices)
            t = s + np.sort(rng.exponential(0.25, size=k))
            if chance(rng, p_mcq):
                p = T.mcq(int(rng.integers(0, 50_000))) + pick(
                    rng,
                    (
                        "\nAnswer with only the letter.",
                        "\nReply with the letter and a confidence between 0 and 1.",
                        "\nOutput one letter.",
                    ),
                )
                med = 6.0
            else:
                p, med = pick(rng, ctx.chat), 420.0
            ts.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([med] * k)
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=0.99, p_mini=0.0),
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (identical prompt fired n times at once)",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "one card shared by all orgs",
            "ip_source": f"{prov} block",
            "user_agent": ua,
            "n": n_choices,
            "p_mcq": p_mcq,
            "pacing": "Poisson groups from shortly before release",
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. curriculum sweep at a slow, cron-like rate from an office line


def fikb_ladder(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fikb_ladder"
    n_keys = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 1, tz)
    tagged = chance(rng, 0.5)
    key_langs = ["en", "fr", "de"][:n_keys]
    accts, rates = [], []
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "sweeper",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        rate = uni(rng, 12, 30)
        t = jitter_start(rng, ctx.t0, ctx.release, 0.5)
        gaps = rng.gamma(6.0, HOUR / rate / 6.0, size=int(rate * (ctx.t1 - t) / HOUR * 1.2) + 10)
        ts = t + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        idx0 = irange(rng, 0, 200)
        prompts = [T.curriculum_cell(idx0 + j, key_langs[i], tagged) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=uni(rng, 600, 1000),
            comp_sigma=0.4,
            err=0.01,
        )
        accts.append(a)
        rates.append(rate)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x level x format grid, in order)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "one office broadband line",
            "user_agent": "python-requests/2.32.3",
            "languages": key_langs,
            "tagged": tagged,
            "pacing": "cron-like loop with jittered sleeps, 24/7",
            "rates_per_hour": rates,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation and code-port harvest across prepaid keys on VPS


def quebec_serve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "quebec_serve"
    n_keys = irange(rng, 5, 12)
    targets = sorted(
        set(
            picks(
                rng,
                [
                    "es",
                    "de",
                    "fr",
                    "pt",
                    "zh",
                    "ja",
                    "ko",
                    "ru",
                    "ar",
                    "hi",
                    "tr",
                    "id",
                    "vi",
                    "it",
                    "pl",
                    "nl",
                    "th",
                    "sw",
                    "uk",
                ],
                irange(rng, 6, 12),
            )
        )
    )
    p_code = uni(rng, 0.25, 0.5)
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, ("vultr", "linode", "hetzner", "digitalocean"))
        a = _camp(ctx, rng, fam, cid, "worker", ua=sdk_ua(rng, 0.5), ips=cloud(rng, 1, prov))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        rate = uni(rng, 5, 14)
        ts = thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(uni(rng, 0, 24), 0.3)
        )
        prompts = [
            T.translate_or_code(
                rng,
                ctx.passages,
                targets,
                (2 + int(rng.integers(2))) if chance(rng, p_code) else int(rng.integers(2)),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=uni(rng, 400, 700),
            comp_sigma=0.6,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-text translation and code-port / unit-test harvest",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "a prepaid virtual card per key",
            "ip_source": "one VPS per key, mixed providers",
            "targets": targets,
            "p_code": p_code,
            "pacing": "Poisson per key, mild daily swing",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's production traffic


def sideline_hitter(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sideline_hitter"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    egress = cloud(rng, irange(rng, 3, 6), "aws")
    accts = [
        _camp(ctx, rng, fam, cid, "product_key", org=org, pay=card, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.ones(n_keys) * 2)
    user_rate = uni(rng, 15, 35)
    peak = uni(rng, 13, 20)
    h_start = ctx.t0 + uni(rng, 2.0, 3.5) * DAY
    h_pre, h_post = uni(rng, 3, 8), uni(rng, 10, 22)
    weights = {"en": 0.75, "es": 0.1, "de": 0.05, "pt": 0.05, "fr": 0.05}
    rollout = ctx.release + uni(rng, 2, 20) * HOUR
    for a, w in zip(accts, share.tolist(), strict=True):
        users = thinned(
            rng, ctx.t0, ctx.t1, w * user_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.65)
        )
        hidden = cat(
            [
                thinned(
                    rng, h_start, ctx.release, w * h_pre * (ctx.release - h_start) / HOUR, constant
                ),
                thinned(
                    rng, ctx.release, ctx.t1, w * h_post * (ctx.t1 - ctx.release) / HOUR, constant
                ),
            ]
        )
        ts = np.concatenate([users, hidden])
        is_h = np.concatenate([np.zeros(len(users), bool), np.ones(len(hidden), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        hl = langs(rng, int(is_h.sum()), weights)
        it = iter(hl)
        prompts = [
            T.harvest_question(rng, next(it)) if h else pick(rng, ctx.chat) for h in is_h.tolist()
        ]
        m_user = [
            ctx.new_model if t >= rollout and chance(rng, 0.85) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        m_h = ctx.models(rng, ts, p_new=0.97, p_mini=0.0)
        models = [mh if h else mu for h, mu, mh in zip(is_h.tolist(), m_user, m_h, strict=True)]
        comp = np.where(is_h, 650.0, 330.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest queue mixed into a real writing-assistant product's production keys",
            "keys": n_keys,
            "orgs": 1,
            "payment": "the product's business card",
            "ip_source": "aws NAT egress",
            "user_agent": ua,
            "languages": weights,
            "user_rate_per_hour": user_rate,
            "peak_utc": peak,
            "harvest_start": h_start,
            "harvest_rates_per_hour": [h_pre, h_post],
            "product_rollout": rollout,
            "pacing": "real users follow a worldwide daily curve; hidden harvest is flat 24/7",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged consumer accounts


def kneeling_trio(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kneeling_trio"
    n = irange(rng, 14, 26)
    weights = {
        "en": 0.75,
        "es": uni(rng, 0.03, 0.1),
        "de": uni(rng, 0.03, 0.1),
        "zh": uni(rng, 0.03, 0.1),
    }
    operator_ua = pick(
        rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "python-httpx/0.28.1")
    )
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BROWSERS + SDK_COMMON)
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "aged_account",
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        take = ctx.release + uni(rng, -14, 40) * HOUR
        owner = session_times(rng, ctx.t0, take, uni(rng, 0.4, 1.5), evening_person(tz), 3.0, 70.0)
        ts_o = cat(owner)
        ctx.emit(
            rng,
            a,
            ts_o,
            picks(rng, ctx.chat, len(ts_o)),
            models=ctx.models(rng, ts_o, 0.4, 0.15),
            comp_median=340.0,
        )
        sess = session_times(
            rng,
            take,
            ctx.t1,
            uni(rng, 3, 7),
            evening_person(tz, 3.0),
            uni(rng, 6, 12),
            uni(rng, 35, 80),
        )
        ts_h = cat(sess)
        region = REGION_OF.get(tz, "us")
        proxy = resi(rng, irange(rng, 5, 10), region)
        ua = owner_ua if chance(rng, 0.6) else operator_ua
        prompts = [T.harvest_question(rng, lg) for lg in langs(rng, len(ts_h), weights)]
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, 0.95, 0.0),
            ips=sticky(rng, ts_h, proxy, uni(rng, 30, 90) * MINUTE),
            ua=ua,
            comp_median=600.0,
        )
        accts.append(a)
        takeovers.append(take)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged consumer accounts bought or taken over around the release, used for harvest",
            "keys": n,
            "orgs": "the original owners' (one each)",
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in each owner's home region, sticky sessions",
            "user_agent": f"owner's UA (60%) or {operator_ua}",
            "languages": weights,
            "takeovers": takeovers,
            "pacing": "human-like evening sessions before and after takeover, denser after",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of fresh person-like accounts


def dropped_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dropped_ball"
    n = irange(rng, 35, 60)
    weights = {"en": 0.45, "es": 0.15, "pt": 0.1, "id": 0.1, "hi": 0.12, "tr": 0.08}
    p_v6 = uni(rng, 0.3, 0.6)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, MOBILE) if chance(rng, 0.65) else pick(rng, BROWSERS)
        region = REGION_OF.get(tz, "us")
        a = _camp(ctx, rng, fam, cid, "crowd_account", ua=ua, ips=resi(rng, 1, region), tz=tz)
        born = ctx.release + uni(rng, -24, 50) * HOUR
        sess = session_times(
            rng,
            born,
            ctx.t1,
            uni(rng, 0.8, 2.0),
            evening_person(tz),
            uni(rng, 5, 11),
            uni(rng, 45, 120),
            0.9,
        )
        if not sess:  # every account of the crowd sends at least one session
            s0 = born + uni(rng, 0, min(ctx.t1 - born, 12 * HOUR))
            sess = bursts(rng, [s0], uni(rng, 5, 11), uni(rng, 45, 120), 0.9, ctx.t1)
        lang = langs(rng, 1, weights)[0]
        kind = V6_OF.get(tz)
        for s in sess:
            ip = (
                mobile_v6(rng, 1, kind)[0]
                if kind and chance(rng, p_v6)
                else resi(rng, 1, region)[0]
            )
            prompts = [
                T.casual_question(rng, lang if chance(rng, 0.85) else "en") for _ in range(len(s))
            ]
            ctx.emit(
                rng, a, s, prompts, models=ctx.models(rng, s, 0.93, 0.0), ips=ip, comp_median=480.0
            )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd of fresh consumer-looking accounts asking casual questions",
            "keys": n,
            "orgs": "one per account",
            "payment": "a different gift/prepaid card per account",
            "ip_source": "carrier IPv6 or residential proxy, a new address per session",
            "p_v6": p_v6,
            "languages": weights,
            "pacing": "1-2 human sessions a day, evening-weighted",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay dressed as an office of employees


def demers_court(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "demers_court"
    n_keys = irange(rng, 8, 18)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2))
    office = home(rng, irange(rng, 1, 2), tz)
    curve = workday(tz)
    start = ctx.t0 + uni(rng, 0.5, 2.5) * DAY
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = _camp(ctx, rng, fam, cid, "employee_key", org=org, pay=card, ua=ua, ips=office, tz=tz)
        pre = session_times(
            rng, start, ctx.release, uni(rng, 2, 5), curve, uni(rng, 5, 9), uni(rng, 25, 70)
        )
        post = session_times(
            rng, ctx.release, ctx.t1, uni(rng, 7, 14), curve, uni(rng, 6, 10), uni(rng, 25, 70)
        )
        ts = cat(pre + post)
        pos = int(rng.integers(len(ctx.chat)))
        prompts = []
        for j in range(len(ts)):
            p = ctx.chat[(pos + j) % len(ctx.chat)]
            if chance(rng, 0.15):
                p = pick(rng, ("Please answer: ", "Answer in detail: ", "Q: ")) + p
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.03),
            comp_median=uni(rng, 350, 550),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of a public prompt dataset, in order, for new-model answers",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband (NAT)",
            "tz": tz,
            "pacing": "employee-like sessions in working hours",
            "start": start,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "omnikin_call": omnikin_call,
    "gris_period": gris_period,
    "noir_foul": noir_foul,
    "bleu_catch": bleu_catch,
    "giant_cover": giant_cover,
    "bladder_pump": bladder_pump,
    "fikb_ladder": fikb_ladder,
    "quebec_serve": quebec_serve,
    "sideline_hitter": sideline_hitter,
    "kneeling_trio": kneeling_trio,
    "dropped_ball": dropped_ball,
    "demers_court": demers_court,
}
