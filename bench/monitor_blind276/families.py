"""Campaign families of batch 276: operators harvesting the model's outputs to train a copy.

Each family is `f(ctx, rng, campaign_id)` and draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator. Nothing
walks a set or hashes a string. Five families (imphal, yaoshang, tackle, snatch, meitei) are built
to look like legitimate use; see README.md for what each one harvests and why it is hard."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
)
from bench.monitor_blind276 import texts as tx

Rng = np.random.Generator

#: browser strings as they appear in the campaign-free background (seen in its output), mixed
#: with the shared machinery's newer ones: a careful operator copies what real clients send
SEEN_WEB = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
SEEN_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)


def web_ua(rng: Rng, p_seen: float = 0.6, p_phone: float = 0.0) -> str:
    """A browser user agent: the background's strings with probability p_seen, else newer ones."""
    if chance(rng, p_phone):
        return SEEN_PHONE if chance(rng, p_seen) else pick(rng, MOBILE[:3])
    return pick(rng, SEEN_WEB) if chance(rng, p_seen) else pick(rng, BROWSERS)


#: consumer regions for a UTC offset (the simulator's own map, as exposed by ipspace)
REGION_OF_TZ = {
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


def models_at(
    ctx: Ctx, rng: Rng, ts, p_new: float, p_mini: float = 0.05, switch: float | None = None
) -> list[str]:
    """Per event: the new model with probability p_new from `switch` (never before the release),
    otherwise the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    sw = ctx.release if switch is None else max(switch, ctx.release)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= sw and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def lang_mix(rng: Rng, langs: tuple, alpha: tuple) -> tuple[tuple, np.ndarray]:
    """The family's own language weights (Dirichlet around `alpha`)."""
    return langs, rng.dirichlet(np.asarray(alpha, dtype=np.float64) * 3.0)


def f2(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# yubi: reasoning-trace coercion from a rented hosting block, ramped up after the release


def yubi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yubi"
    n_keys, n_orgs = irange(rng, 8, 15), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per shell org
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    shared_ua = bb.sdk_ua(rng, 0.3)
    langs, lw = lang_mix(rng, ("en", "zh", "ru", "es"), (4, 2, 1, 1))
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts = []
    for _ in range(n_keys):
        o = irange(rng, 0, n_orgs - 1)
        ua = shared_ua if chance(rng, 0.7) else bb.sdk_ua(rng, 0.2)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=ua,
                ips=bb.picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pivot = ctx.release + rng.uniform(0.5, 10) * HOUR
    r_pre = rng.uniform(22, 45)
    r_post = r_pre * rng.uniform(1.8, 3.0)
    p_new = rng.uniform(0.88, 0.97)
    pre = bb.worker_pool(rng, start, min(pivot, ctx.t1), r_pre, n_keys)
    post = bb.worker_pool(rng, max(start, pivot), ctx.t1, r_post, n_keys)
    err = rng.uniform(0.01, 0.05)
    comp = rng.uniform(1200, 2400)
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = cat([t_a, t_b])
        prompts = [
            tx.cot_coercion(rng, tx.weighted(rng, langs, lw), int(pick(rng, styles)))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.03, pivot),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full chain of thought demanded)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per shell org",
            "ip_source": f"rented hosting block ({provider})",
            "pacing": "Poisson worker pool, 24/7, rate x1.8-3 after the pivot",
            "languages": list(langs),
            "language_weights": [f2(x) for x in lw],
            "styles": styles,
            "pivot_ts": f2(pivot),
            "rate_per_hour": [f2(r_pre), f2(r_post)],
            "p_new": f2(p_new),
            "user_agent": shared_ua,
        },
    )


# --------------------------------------------------------------------------------------------
# lakpi: judge / rubric / reward-model grading harvest in nightly cloud bursts


def lakpi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lakpi"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    egress = bb.cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (-5, 1, 8, 9))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + rng.uniform(0.5, 2.0) * DAY
    starts = bb.thinned(
        rng,
        start,
        ctx.t1,
        rng.uniform(5, 10) * (ctx.t1 - start) / DAY,
        bb.nightly(rng.uniform(0, 3), rng.uniform(3, 6), tz),
    )
    trains = bb.bursts(rng, starts, rng.uniform(30, 70), rng.uniform(0.8, 2.5), 0.5, ctx.t1)
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for i, tr in enumerate(trains):
        per_key[i % n_keys].append(tr)
    trickle = bb.worker_pool(rng, start, ctx.t1, rng.uniform(3, 8), n_keys, bb.workday(tz))
    langs, lw = lang_mix(rng, ("en", "de", "ja"), (6, 1, 1))
    styles = sorted(rng.permutation(3)[: irange(rng, 2, 3)].tolist())
    p_new = rng.uniform(0.75, 0.9)
    for k, a in enumerate(accts):
        ts = cat(per_key[k] + [trickle[k]])
        prompts = []
        for _ in range(len(ts)):
            q = tx.clip_text(rng, pick(rng, ctx.chat), 40, 400)
            ans = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1200)
            oth = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1200)
            prompts.append(
                tx.judge_prompt(
                    rng, tx.weighted(rng, langs, lw), int(pick(rng, styles)), q, ans, oth
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.05),
            comp_median=rng.uniform(300, 600),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / pairwise-preference / reward-score harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{provider} NAT egress ({len(egress)} addresses)",
            "pacing": "nightly bursts plus a daytime trickle",
            "languages": list(langs),
            "styles": styles,
            "tz": tz,
            "p_new": f2(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# loincloth: "safe" answers and compliance rewrites, burn-and-churn keys behind VPN exits


def loincloth(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "loincloth"
    n_keys = irange(rng, 15, 32)
    exits = []
    for prov in ("m247", "leaseweb", "vultr", "ovh"):
        exits += bb.cloud(rng, irange(rng, 4, 10), prov)
    uas = (
        "python-requests/2.32.3",
        "python-httpx/0.28.1",
        "OpenAI/Python 1.58.1",
        "aiohttp/3.11.11",
    )
    langs, lw = lang_mix(rng, ("zh", "en", "vi", "ru"), (4, 3, 1, 1.5))
    hold = rng.uniform(10, 40) * 60
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=exits,
        )  # own org and own (stolen) card per key
        accts.append(a)
        t_on = ctx.release + rng.uniform(-12, 40) * HOUR
        t_off = min(ctx.t1, t_on + rng.uniform(1.0, 3.0) * DAY)
        ts = bb.thinned(
            rng, t_on, t_off, rng.uniform(0.8, 2.5) * (t_off - t_on) / HOUR, bb.constant
        )
        prompts = [
            tx.safe_rewrite(
                rng,
                tx.weighted(rng, langs, lw),
                irange(rng, 0, 2),
                tx.clip_text(rng, pick(rng, ctx.passages), 300, 900),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, 0.95, 0.02),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=rng.uniform(400, 650),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe answers and compliance rewrites of sensitive topics",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": "commercial VPN exits (hosting ASNs)",
            "pacing": "each key lives 1-3 days from around the release, steady Poisson",
            "languages": list(langs),
            "language_weights": [f2(x) for x in lw],
            "sticky_hold_s": f2(hold),
        },
    )


# --------------------------------------------------------------------------------------------
# greased: agent / tool-use trajectories, multi-step episodes with long tool schemas


def greased(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "greased"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 4, 6), provider)
    uas = ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[k % 2],
            pay=cards[k % 2],
            ua=pick(rng, uas),
            ips=bb.picks(rng, pool, irange(rng, 1, 2)),
        )
        for k in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    ep_starts = bb.thinned(
        rng, start, ctx.t1, rng.uniform(5, 10) * (ctx.t1 - start) / HOUR, bb.global_load(14, 0.3)
    )
    langs, lw = lang_mix(rng, ("en", "es", "fr"), (8, 1, 1))
    style_w = rng.dirichlet((3, 3, 1))
    p_new = rng.uniform(0.88, 0.97)
    buf: list[dict] = [{"ts": [], "p": [], "x": []} for _ in range(n_keys)]
    for s in ep_starts.tolist():
        k = irange(rng, 0, n_keys - 1)
        style = int(rng.choice(3, p=style_w))
        lang = tx.weighted(rng, langs, lw)
        task, tools = pick(rng, tx.AGENT_TASKS[lang]), pick(rng, tx.TOOLSETS)
        steps = 1 if style == 2 else irange(rng, 3, 9)
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(4, 12)), 0.6, size=steps - 1))]
        )
        schema = irange(rng, 400, 1800)
        for j, tj in enumerate(t.tolist()):
            buf[k]["ts"].append(tj)
            buf[k]["p"].append(tx.agent_step(rng, style, task, tools, j))
            buf[k]["x"].append(schema)
    for k, a in enumerate(accts):
        ts = np.asarray(buf[k]["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            buf[k]["p"],
            models=models_at(ctx, rng, ts, p_new, 0.02),
            comp_median=rng.uniform(180, 420),
            extra=np.asarray(buf[k]["x"], dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (ReAct, function calls, whole trajectories)",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"{provider} ({len(pool)} addresses)",
            "pacing": "episodes of 3-9 chained calls seconds apart",
            "languages": list(langs),
            "style_weights": [f2(x) for x in style_w],
            "p_new": f2(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# mustard_oil: synthetic instruction-dataset generation, steady 24/7 from one hosting /24


def mustard_oil(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mustard_oil"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh"))
    hosts = bb.rented_block(rng, provider, 1, n_keys)
    ua = bb.sdk_ua(rng, 0.5)
    langs, lw = lang_mix(rng, ("en", "fr", "pt", "id"), (5, 1, 1, 1))
    styles = sorted(rng.permutation(3)[: irange(rng, 2, 3)].tolist())
    p_new = rng.uniform(0.93, 0.99)
    accts = []
    for k in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[hosts[k]],
        )
        accts.append(a)
        t_on = ctx.t0 + rng.uniform(1.0, 2.5) * DAY
        t_off = ctx.t1 if chance(rng, 0.6) else t_on + rng.uniform(2.0, 4.0) * DAY
        ts = bb.thinned(
            rng,
            t_on,
            min(t_off, ctx.t1),
            rng.uniform(7, 15) * (min(t_off, ctx.t1) - t_on) / HOUR,
            bb.constant,
        )
        prompts = [
            tx.synth_data(
                rng,
                tx.weighted(rng, langs, lw),
                int(pick(rng, styles)),
                tx.clip_text(rng, pick(rng, ctx.chat), 30, 300),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.0),
            comp_median=rng.uniform(2000, 3200),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation (JSONL batches, personas, evolved seeds)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"one {provider} /24, one host per key",
            "pacing": "steady Poisson 24/7, no daily cycle",
            "languages": list(langs),
            "styles": styles,
            "p_new": f2(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# imphal (hard): multi-turn dialogue harvest by a low-and-slow, person-like crowd on
# static residential proxies


def imphal(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "imphal"
    n = irange(rng, 30, 52)
    lang_tz = {"en": (-8, -5, 0, 1), "es": (-3, 1), "pt": (-3,), "de": (1,)}
    langs, lw = lang_mix(rng, ("en", "es", "pt", "de"), (5, 1.5, 1.5, 1))
    p_new = rng.uniform(0.35, 0.6)
    accts = []
    for _ in range(n):
        lang = tx.weighted(rng, langs, lw)
        tz = int(pick(rng, lang_tz[lang]))
        ua = web_ua(rng, 0.6, 0.2)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        t_on = ctx.t0 + rng.uniform(0.0, 3.5) * DAY
        sessions = bb.session_times(
            rng,
            t_on,
            ctx.t1,
            rng.uniform(1.2, 3.5),
            bb.evening_person(tz),
            rng.uniform(4, 8),
            rng.uniform(35, 90),
            0.7,
        )
        prompts, times = [], []
        for s in sessions:
            first = tx.opener(rng, lang, ctx.chat)
            for j in range(len(s)):
                prompts.append(first if j == 0 else tx.follow_up(rng, lang, first))
            times.append(s)
        ts = np.concatenate(times) if times else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.08),
            comp_median=rng.uniform(420, 600),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest through scripted personas",
            "keys": n,
            "orgs": n,
            "payment": "one bought card per account",
            "ip_source": "static residential (ISP) proxies matching each persona",
            "pacing": "evening sessions of 4-8 turns, 35-90 s think times",
            "languages": list(langs),
            "language_weights": [f2(x) for x in lw],
            "p_new": f2(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# govindajee: best-of-n and soft-label sampling in concurrent bursts


def govindajee(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "govindajee"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("vultr", "digitalocean"))
    pool = bb.cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[k % 2],
            ua=ua,
            ips=bb.picks(rng, pool, irange(rng, 2, 4)),
        )
        for k in range(n_keys)
    ]
    spread = chance(rng, 0.5)
    start = ctx.release - rng.uniform(4, 30) * HOUR
    items = bb.thinned(
        rng, start, ctx.t1, rng.uniform(6, 13) * (ctx.t1 - start) / HOUR, bb.constant
    )
    langs, lw = lang_mix(rng, ("en", "zh"), (3, 1))
    mode_w = rng.dirichlet((5, 2, 3))
    p_new = rng.uniform(0.93, 0.99)
    buf: list[dict] = [{"ts": [], "p": []} for _ in range(n_keys)]
    for s in items.tolist():
        lang = tx.weighted(rng, langs, lw)
        mode = int(rng.choice(3, p=mode_w))
        n = int(pick(rng, (4, 6, 8)))
        q = tx.clip_text(rng, pick(rng, ctx.chat), 30, 500)
        if mode == 0:
            ps = [q] * n
        elif mode == 1:
            ps = [tx.sample_k(lang, q, i + 1, n) for i in range(n)]
        else:
            n = max(2, n // 2)
            ps = [tx.soft_label(rng, lang)] * n
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.8, size=n - 1))])
        k0 = irange(rng, 0, n_keys - 1)
        for i, (tj, p) in enumerate(zip(t.tolist(), ps, strict=True)):
            k = (k0 + i) % n_keys if spread else k0
            buf[k]["ts"].append(tj)
            buf[k]["p"].append(p)
    for k, a in enumerate(accts):
        order = np.argsort(np.asarray(buf[k]["ts"]), kind="stable")
        ts = np.asarray(buf[k]["ts"])[order]
        ps = [buf[k]["p"][i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=models_at(ctx, rng, ts, p_new, 0.0),
            comp_median=rng.uniform(300, 500),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (probability) harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "two cards alternating over keys",
            "ip_source": f"{provider} ({len(pool)} addresses)",
            "pacing": "items as a Poisson stream, each fired as a concurrent burst of n",
            "spread_over_keys": spread,
            "languages": list(langs),
            "mode_weights": [f2(x) for x in mode_w],
            "p_new": f2(p_new),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# yaoshang (hard): a real writing product whose backend also sweeps a curriculum through the
# same wrapper, at the product's own daily load


def yaoshang(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yaoshang"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, tx.BRANDS)
    provider = pick(rng, ("aws", "gcp"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(rng.uniform(13, 18), rng.uniform(0.4, 0.7))
    rate = rng.uniform(28, 50)
    real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h0 = ctx.t0 + rng.uniform(1.5, 3.0) * DAY
    share = rng.uniform(0.22, 0.38)
    hidden = bb.thinned(rng, h0, ctx.t1, rate * share / (1 - share) * (ctx.t1 - h0) / HOUR, curve)
    switch = ctx.release + rng.uniform(6, 30) * HOUR
    p_prod, p_harv = rng.uniform(0.6, 0.8), rng.uniform(0.85, 0.95)
    idx = irange(rng, 0, 400)
    who_r = rng.integers(0, n_keys, size=len(real))
    who_h = rng.integers(0, n_keys, size=len(hidden))
    for k, a in enumerate(accts):
        tr, th = real[who_r == k], hidden[who_h == k]
        pr = []
        for _ in range(len(tr)):
            src = (
                pick(rng, ctx.chat)
                if chance(rng, 0.75)
                else tx.clip_text(rng, pick(rng, ctx.passages), 200, 900)
            )
            pr.append(tx.product_prompt(rng, brand, tx.clip_text(rng, src, 20, 1500)))
        ph = []
        for _ in range(len(th)):
            ph.append(
                tx.product_prompt(
                    rng, brand, tx.curriculum_item(idx), pick(rng, ("expand", "continue", "expand"))
                )
            )
            idx += 1
        ctx.emit(
            rng,
            a,
            tr,
            pr,
            models=models_at(ctx, rng, tr, p_prod, 0.25, switch),
            comp_median=rng.uniform(200, 320),
        )
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=models_at(ctx, rng, th, p_harv, 0.1, switch),
            comp_median=rng.uniform(850, 1200),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep hidden inside a real writing product's traffic, same wrapper",
            "keys": n_keys,
            "orgs": 1,
            "payment": "the product's corporate card",
            "brand": brand,
            "ip_source": f"{provider} NAT egress ({len(egress)} addresses)",
            "pacing": "the product's global daily load; hidden share from the harvest start",
            "harvest_start_ts": f2(h0),
            "hidden_share": f2(share),
            "product_rate_per_hour": f2(rate),
            "languages": ["en"],
            "p_new": [f2(p_prod), f2(p_harv)],
            "model_switch_ts": f2(switch),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# tackle (hard): bought / compromised aged accounts; real owners' traffic first, then a code
# harvest through residential proxies in the owner's region with the owner's user agent


def tackle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tackle"
    n = irange(rng, 12, 20)
    p_new = rng.uniform(0.7, 0.9)
    noise = rng.uniform(0.0, 0.15)
    styles = sorted(rng.permutation(4)[: irange(rng, 2, 4)].tolist())
    accts, takeovers = [], []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = web_ua(rng, 0.7) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="hijacked",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        t_take = ctx.t0 + rng.uniform(1.5, 4.5) * DAY
        takeovers.append(f2(t_take))
        curve = bb.workday(tz) if chance(rng, 0.5) else bb.evening_person(tz)
        own = bb.session_times(rng, ctx.t0, t_take, rng.uniform(1, 4), curve, 3.0, 60.0)
        ts_own = np.concatenate(own) if own else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_own,
            [pick(rng, ctx.chat) for _ in range(len(ts_own))],
            models=models_at(ctx, rng, ts_own, 0.15, 0.2),
            comp_median=350.0,
        )
        proxies = bb.resi(rng, irange(rng, 4, 12), REGION_OF_TZ[tz])
        ts = bb.thinned(
            rng,
            t_take,
            ctx.t1,
            rng.uniform(40, 120) * (ctx.t1 - t_take) / DAY,
            bb.workday(tz, 7.0, 22.0, 0.5, 0.15),
        )
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, noise):
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(
                    tx.code_task(
                        rng,
                        int(pick(rng, styles)),
                        pick(rng, tx.CODE_TASKS),
                        pick(rng, tx.CODE_LANGS),
                    )
                )
        ua2 = ua if chance(rng, 0.8) else bb.sdk_ua(rng, 0.6)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.03),
            ips=bb.sticky(rng, ts, proxies, rng.uniform(20, 60) * 60),
            ua=ua2,
            comp_median=rng.uniform(700, 1100),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-with-tests harvest from taken-over aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "each victim's own card",
            "ip_source": "owner's home IP before, rotating residential proxies of the owner's region after",
            "pacing": "owner's own sessions, then a long-day Poisson stream in the owner's timezone",
            "takeover_ts": takeovers,
            "noise_share": f2(noise),
            "styles": styles,
            "languages": ["en"],
            "p_new": f2(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# snatch (hard): public prompt replay (a public chat dataset regenerated) over aged keys with
# one static residential address each, office-hours pacing


def snatch(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "snatch"
    n = irange(rng, 15, 26)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    p_new = rng.uniform(0.55, 0.8)
    perm = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        t_on = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        ts = bb.thinned(
            rng, t_on, ctx.t1, rng.uniform(25, 70) * (ctx.t1 - t_on) / DAY, bb.workday(tz)
        )
        prompts = [ctx.chat[perm[(pos + i) % len(perm)]] for i in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_at(ctx, rng, ts, p_new, 0.05),
            comp_median=rng.uniform(350, 500),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay: a public chat dataset re-asked verbatim, disjoint shards per key",
            "keys": n,
            "orgs": n,
            "payment": f"{len(cards)} prepaid cards shared over the keys",
            "ip_source": "one static residential address per key",
            "pacing": "office hours in each key's timezone",
            "languages": ["en"],
            "p_new": f2(p_new),
            "prompts_used": pos,
        },
    )


# --------------------------------------------------------------------------------------------
# meitei (hard-ish): a translation harvest from an "agency" office; each source text goes out
# into many target languages within minutes


def meitei(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "meitei"
    n_keys, n_orgs = irange(rng, 4, 8), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, 2)))
    office = bb.resi(rng, irange(rng, 1, 2), "eu")
    targets = [
        tx.TARGET_CODES[i]
        for i in sorted(rng.permutation(len(tx.TARGET_CODES))[: irange(rng, 7, 12)].tolist())
    ]
    p_new = rng.uniform(0.75, 0.9)
    accts = []
    for k in range(n_keys):
        ua = (
            web_ua(rng, 0.5)
            if chance(rng, 0.4)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        style = irange(rng, 0, 3)
        jobs = bb.thinned(
            rng,
            ctx.t0 + rng.uniform(0.2, 1.5) * DAY,
            ctx.t1,
            rng.uniform(8, 18) * 7,
            bb.workday(tz),
        )
        times, prompts, comp = [], [], []
        for s in jobs.tolist():
            text = tx.clip_text(rng, pick(rng, ctx.passages), 400, 1500)
            m = irange(rng, 5, min(9, len(targets)))
            tg = [targets[i] for i in rng.permutation(len(targets))[:m].tolist()]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(20), 0.7, size=m - 1))])
            for tj, code in zip(t.tolist(), tg, strict=True):
                times.append(tj)
                prompts.append(
                    tx.translate(rng, style if chance(rng, 0.85) else irange(rng, 0, 3), code, text)
                )
                comp.append(len(text) / 3.2)
        ctx.emit(
            rng,
            a,
            np.asarray(times),
            prompts,
            models=models_at(ctx, rng, times, p_new, 0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest: each passage into 5-9 target languages",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card",
            "ip_source": "office broadband (EU consumer ISP)",
            "pacing": "office hours",
            "tz": tz,
            "targets": targets,
            "languages": ["en"] + targets,
            "p_new": f2(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# goalpost: answer -> critique -> revision chains (principle-guided self-refinement data)


def goalpost(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "goalpost"
    n_keys = irange(rng, 6, 11)
    pay = hexid(rng, "pay")  # one card behind every key
    provs = ("aws", "gcp", "azure", "oracle", "linode")
    uas = ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2")
    langs, lw = lang_mix(rng, ("en", "ko", "de"), (5, 1, 1))
    p_new = rng.uniform(0.85, 0.95)
    start = ctx.t0 + rng.uniform(1.0, 3.0) * DAY
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, provs)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, uas),
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(a)
        items = bb.thinned(
            rng,
            start,
            ctx.t1,
            rng.uniform(1.0, 2.5) * (ctx.t1 - start) / HOUR,
            bb.global_load(3, 0.3),
        )
        times, prompts, comp = [], [], []
        for s in items.tolist():
            lang = tx.weighted(rng, langs, lw)
            if lang == "en":
                q = tx.clip_text(rng, pick(rng, ctx.chat), 20, 600)
            else:
                q = pick(rng, tx.QUESTIONS_KO if lang == "ko" else tx.QUESTIONS_DE)
            ans = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1000)
            t = s
            for step in range(3):
                times.append(t)
                prompts.append(tx.critique_chain(rng, lang, step, q, ans))
                comp.append((450.0, 350.0, 500.0)[step])
                t += float(rng.lognormal(np.log(15), 0.5))
        ctx.emit(
            rng,
            a,
            np.asarray(times),
            prompts,
            models=models_at(ctx, rng, times, p_new, 0.0),
            comp_median=np.asarray(comp),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "answer / critique / revision chains for refinement training",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one card behind all keys",
            "ip_source": "one cloud address per key, several providers",
            "pacing": "Poisson items per key, three chained calls ~15 s apart",
            "languages": list(langs),
            "language_weights": [f2(x) for x in lw],
            "p_new": f2(p_new),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "yubi": yubi,
    "lakpi": lakpi,
    "loincloth": loincloth,
    "greased": greased,
    "mustard_oil": mustard_oil,
    "imphal": imphal,
    "govindajee": govindajee,
    "yaoshang": yaoshang,
    "tackle": tackle,
    "snatch": snatch,
    "meitei": meitei,
    "goalpost": goalpost,
}
