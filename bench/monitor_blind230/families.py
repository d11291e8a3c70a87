"""Campaign families of batch 230 (code names: caving words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, writes their events through
`ctx.emit` and records one campaign in the truth. Every choice (key counts, orgs, cards, pacing,
addresses, user agents, languages, templates, models) is drawn from the family's own generator.
Hard families (built to look like legitimate use): vadose, cave_pearl, guano, sump.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind230 import texts as tx


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_of(rng: np.random.Generator, langs: list[str], weights: list[float], n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w / w.sum()).tolist()]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block (worker pool, several languages)


def stalactite(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "stalactite"
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    ua = bb.sdk_ua(rng, 0.6)
    langs, weights = ["en", "zh", "ru", "es"], [0.55, 0.25, 0.12, 0.08]
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    per_hour = float(rng.uniform(60, 130))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.2)
    )
    accts = []
    for i in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            pay=card if shared_card else None,
            ua=ua,
            ips=[str(x) for x in rng.choice(pool, size=irange(rng, 1, 3), replace=False).tolist()],
        )
        accts.append(acct)
        ts = streams[i]
        style = irange(rng, 0, 3)
        lang = _lang_of(rng, langs, weights, len(ts))
        prompts = [
            tx.trace_prompt(rng, style if chance(rng, 0.8) else irange(rng, 0, 3), lg, ctx.chat)
            for lg in lang
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "ip_source": f"rented {provider} /24 block",
            "payment": "shared card" if shared_card else "card per key",
            "user_agent": ua,
            "languages": langs,
            "per_hour": round(per_hour, 1),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading in nightly bursts from one cloud


def speleothem(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "speleothem"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org = hexid(rng, "org")
    tz = pick(rng, (8, 9, 1))
    langs, weights = ["en", "ko", "zh", "de"], [0.6, 0.15, 0.15, 0.1]
    accts = []
    for _ in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            ua=bb.sdk_ua(rng, 0.4),
            ips=bb.cloud(rng, irange(rng, 1, 4), provider),
            tz=tz,
        )
        accts.append(acct)
        start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
        starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(5, 10)) * (ctx.t1 - start) / DAY,
            bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), tz),
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(12, 30)), float(rng.uniform(1.5, 6)), 0.6, ctx.t1
            )
        )
        style = irange(rng, 0, 3)
        lang = _lang_of(rng, langs, weights, len(ts))
        prompts = [
            tx.judge_prompt(
                rng, style if chance(rng, 0.7) else irange(rng, 0, 3), lg, ctx.chat, ctx.passages
            )
            for lg in lang
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=float(rng.uniform(250, 500)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "nightly bursts",
            "ip_source": provider,
            "payment": "card per key",
            "languages": langs,
            "keys": n_keys,
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites through VPN exits, one stolen card per key


def doline(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "doline"
    n_keys = irange(rng, 4, 8)
    vpn = bb.rented_block(
        rng, pick(rng, ("m247", "leaseweb", "vultr")), irange(rng, 4, 9), irange(rng, 2, 4)
    )
    langs, weights = ["zh", "ru", "ar", "en"], [0.4, 0.2, 0.1, 0.3]
    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "OpenAI/Python 1.54.0",
                "aiohttp/3.11.11",
                bb.pick(rng, bb.BROWSERS),
            ),
        )
        acct = _camp(ctx, rng, fam, cid, "rewriter", ua=ua, ips=[pick(rng, vpn)])
        accts.append(acct)
        start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ips = bb.sticky(rng, ts, vpn, float(rng.uniform(1, 6)) * HOUR)
        style = irange(rng, 0, 2)
        lang = _lang_of(rng, langs, weights, len(ts))
        prompts = [tx.policy_prompt(rng, style, lg, ctx.passages) for lg in lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            ips=ips,
            comp_median=float(rng.uniform(300, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites",
            "pacing": "steady poisson per key",
            "ip_source": "vpn exits (sticky)",
            "payment": "stolen card per key",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: episodes of several calls with tool latency, big contexts


def crawlway(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crawlway"
    n_keys = irange(rng, 5, 10)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    ua = pick(
        rng,
        ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"),
    )
    start = ctx.release + float(rng.uniform(0.0, 0.3)) * DAY
    per_hour = float(rng.uniform(8, 16))
    starts = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.constant)
    accts = []
    for i in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=orgs[i % 2],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(acct)
        eps = bb.bursts(
            rng, starts[i], float(rng.uniform(4, 9)), float(rng.uniform(4, 14)), 0.7, ctx.t1
        )
        ts = _cat(eps)
        style = irange(rng, 0, 3)
        prompts = [tx.agent_prompt(rng, style, ctx.passages) for _ in range(len(ts))]
        extra = rng.integers(800, 3200, size=len(ts))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=float(rng.uniform(150, 380)),
            extra=extra,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent transcript harvest",
            "pacing": "episodes (bursts)",
            "ip_source": provider,
            "payment": "one card, two orgs",
            "user_agent": ua,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation: large job submissions, long completions


def grotto(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "grotto"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "alibaba", "tencent"))
    langs, weights = ["en", "zh", "es", "ja", "id"], [0.5, 0.2, 0.1, 0.1, 0.1]
    accts = []
    for _ in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=card,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(acct)
        start = ctx.release - float(rng.uniform(0, 1)) * DAY
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(60, 160)), float(rng.uniform(0.6, 2.5)), 0.4, ctx.t1
            )
        )
        style = irange(rng, 0, 3)
        lang = _lang_of(rng, langs, weights, len(ts))
        prompts = [
            tx.dataset_prompt(rng, style if chance(rng, 0.75) else irange(rng, 0, 3), lg, ctx.chat)
            for lg in lang
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=float(rng.uniform(1500, 2600)),
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "job bursts",
            "ip_source": provider,
            "payment": "shared card",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. (hard) multi-turn dialogue harvest by bought aged accounts over residential proxies


_REGION_TZ = {"us": (-5, -8), "latam": (-3,), "eu": (0, 1, 2)}
_REGION_LANGS = {
    "us": (["en", "es"], [0.9, 0.1]),
    "latam": (["pt", "es", "en"], [0.5, 0.4, 0.1]),
    "eu": (["de", "en"], [0.5, 0.5]),
}


def vadose(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vadose"
    n_keys = irange(rng, 16, 28)
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("us", "us", "latam", "eu"))
        tz = pick(rng, _REGION_TZ[region])
        proxy = bb.resi(rng, irange(rng, 20, 60), region)
        ua = pick(rng, bb.BROWSERS)
        acct = _camp(ctx, rng, fam, cid, "aged_persona", ua=ua, ips=proxy[:1], tz=tz)
        accts.append(acct)
        langs, weights = _REGION_LANGS[region]
        lang = _lang_of(rng, langs, weights, 1)[0]
        sessions = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.evening_person(tz, float(rng.uniform(1.8, 3))),
            float(rng.uniform(5, 9)),
            float(rng.uniform(35, 90)),
            0.7,
        )
        ts_parts, prompts, ips = [], [], []
        for s in sessions:
            if len(s) == 0:
                continue
            ip = pick(rng, proxy)
            ts_parts.append(s)
            prompts.append(tx.opener(rng, lang, ctx.chat))
            prompts.extend(tx.follow_up(rng, lang, 0.5) for _ in range(len(s) - 1))
            ips.extend([ip] * len(s))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=float(rng.uniform(380, 600)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like sessions",
            "ip_source": "residential proxy, one exit per session",
            "payment": "bought aged accounts, own cards",
            "keys": n_keys,
            "languages": ["en", "es", "pt", "de"],
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each item sent k times within seconds


def soda_straw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "soda_straw"
    n_keys = irange(rng, 3, 6)
    card = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("oracle", "alibaba", "huawei", "ucloud"))
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    items = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(5, 11)), n_keys, bb.constant)
    k_mean = float(rng.uniform(5, 12))
    accts = []
    for i in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=orgs[i % len(orgs)],
            pay=card,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(acct)
        ts_parts, prompts = [], []
        for s in items[i].tolist():
            k = max(2, int(rng.poisson(k_mean)))
            t = s + np.cumsum(
                np.concatenate([[0.0], rng.exponential(float(rng.uniform(0.3, 3)), size=k - 1)])
            )
            ts_parts.append(t)
            prompts.extend([tx.sample_prompt(rng, ctx.chat)] * k)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(200, 450)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "item bursts",
            "ip_source": provider,
            "payment": "shared card",
            "k_mean": round(k_mean, 1),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: subject x unit x level grid walked in order, nightly


def boxwork(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "boxwork"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "scaleway", "selectel"))
    tz = pick(rng, (1, 3, 8))
    langs = ["en", "zh", "vi"]
    subjects = sorted(tx.CURRICULA)
    accts = []
    for _ in range(n_keys):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "sweeper",
            ua=bb.sdk_ua(rng, 0.3),
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(acct)
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(1, 3)) * DAY,
            ctx.t1,
            float(rng.uniform(60, 150)) * 7,
            bb.nightly(float(rng.uniform(22, 24)), float(rng.uniform(5, 8)), tz),
        )
        lang = _lang_of(rng, langs, [0.6, 0.25, 0.15], 1)[0]
        style = irange(rng, 0, 2)
        order = [
            (s, u, lv)
            for s in [str(x) for x in rng.permutation(np.array(subjects)).tolist()]
            for u in range(10)
            for lv in range(1, 11)
        ]
        pos = irange(rng, 0, len(order) - 1)
        prompts = []
        for j in range(len(ts)):
            s, u, lv = order[(pos + j) % len(order)]
            prompts.append(
                tx.curriculum_prompt(rng, style, lang if chance(rng, 0.9) else "en", s, lv, u)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1400)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "nightly, grid order",
            "ip_source": provider,
            "payment": "stolen card per key",
            "languages": langs,
            "keys": n_keys,
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) code harvest hidden in a real product's backend traffic


def cave_pearl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cave_pearl"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    nat = bb.cloud(rng, irange(rng, 3, 6), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    product = pick(rng, ("Quillnest", "DraftBee", "Wordloom", "PenPal Pro"))
    curve = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.4, 0.7)))
    product_rate = float(rng.uniform(20, 45))
    inject = float(rng.uniform(0.18, 0.35))
    share = rng.dirichlet(np.ones(n_keys) * 3)
    locales = ("en-US", "en-GB", "de-DE", "es-MX", "pt-BR", "fr-FR", "en-IN")
    accts = []
    for i in range(n_keys):
        acct = _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        accts.append(acct)
        real = bb.thinned(
            rng, ctx.t0, ctx.t1, product_rate * share[i] * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        hstart = ctx.release + float(rng.uniform(0, 0.4)) * DAY
        harvest = bb.thinned(
            rng, hstart, ctx.t1, inject * product_rate * share[i] * (ctx.t1 - hstart) / HOUR, curve
        )
        ts = np.concatenate([real, harvest])
        is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(harvest), bool)])
        o = np.argsort(ts, kind="stable")
        ts, is_h = ts[o], is_h[o]
        prompts, models, med = [], [], []
        m_real = ctx.models(rng, ts, p_new=0.55, p_mini=0.25)
        m_harv = ctx.models(rng, ts, p_new=0.9, p_mini=0.0)
        style = irange(rng, 0, 3)
        for j, h in enumerate(is_h.tolist()):
            head = (
                f"[{product}] [locale: {pick(rng, locales)}] [doc: {irange(rng, 10000, 99999)}]\n"
            )
            if h:
                prompts.append(
                    head + tx.code_prompt(rng, style if chance(rng, 0.6) else irange(rng, 0, 3))
                )
                models.append(m_harv[j])
                med.append(700.0)
            else:
                prompts.append(head + tx.clip_text(rng, pick(rng, ctx.chat), 10, 900))
                models.append(m_real[j])
                med.append(320.0)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.asarray(med), err=0.015)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest inside product traffic",
            "pacing": "product load curve + injected stream",
            "ip_source": f"{provider} NAT",
            "payment": "the product company's card",
            "inject_fraction": round(inject, 2),
            "keys": n_keys,
            "product": product,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. translation harvest: each segment fanned out to several target languages


def aven(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "aven"
    n_keys = irange(rng, 4, 7)
    region = pick(rng, ("cn", "sea"))
    office = bb.resi(rng, irange(rng, 2, 3), region)
    cloud_ips = bb.cloud(rng, 3, pick(rng, ("alibaba", "tencent")))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, n_keys))]
    start = ctx.release - float(rng.uniform(0, 0.6)) * DAY
    segs = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(8, 16)), n_keys, bb.constant)
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, office)] if chance(rng, 0.5) else cloud_ips
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "translator_bot",
            org=orgs[i % len(orgs)],
            ua=bb.sdk_ua(rng, 0.5),
            ips=ips,
        )
        accts.append(acct)
        style = irange(rng, 0, 3)
        targets = [
            str(x) for x in rng.permutation(np.array(tx.TARGETS))[: irange(rng, 4, 9)].tolist()
        ]
        ts_parts, prompts, med = [], [], []
        for j, s in enumerate(segs[i].tolist()):
            src = " ".join(tx.sentences(pick(rng, ctx.passages))[: irange(rng, 1, 4)])[:1200]
            k = irange(rng, 3, len(targets))
            ts_parts.append(
                s + np.cumsum(np.concatenate([[0.0], rng.lognormal(np.log(4.0), 0.6, size=k - 1)]))
            )
            prompts.extend(
                tx.translation_harvest_prompt(rng, style, src, targets[m], j) for m in range(k)
            )
            med.extend([max(40.0, len(src) / 3.2)] * k)
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=np.asarray(med),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (fan-out)",
            "pacing": "worker pool",
            "ip_source": f"{region} office broadband + cloud",
            "payment": "card per key",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow crowd of person-like accounts asking for long explanations


def guano(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "guano"
    n_keys = irange(rng, 40, 70)
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("us", "us", "latam", "eu"))
        tz = pick(rng, _REGION_TZ[region])
        langs, weights = _REGION_LANGS[region]
        lang = _lang_of(rng, langs, weights, 1)[0]
        phone = chance(rng, 0.35)
        ua = pick(rng, bb.MOBILE[:3]) if phone else pick(rng, bb.BROWSERS)
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        n_target = float(np.clip(rng.lognormal(np.log(12), 0.6), 3, 45))
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            n_target / 1.6 / max((ctx.t1 - a) / DAY, 0.3),
            bb.evening_person(tz),
            1.6,
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        ips = None
        if phone and len(ts):
            kind = {"us": "us_mobile", "latam": "br_mobile", "eu": "eu_mobile"}[region]
            ips = [
                acct.ips[0] if chance(rng, 0.4) else bb.mobile_v6(rng, 1, kind)[0]
                for _ in range(len(ts))
            ]
        prompts = [tx.crowd_question(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            comp_median=float(rng.uniform(600, 950)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd explanations",
            "pacing": "a few evening sessions per account",
            "ip_source": "home broadband / phones",
            "payment": "prepaid card per account",
            "keys": n_keys,
            "languages": ["en", "es", "pt", "de"],
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) compromised aged accounts replaying a public prompt set after the release


def sump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sump"
    n_keys = irange(rng, 8, 14)
    region_of = {-8: "us", -5: "us", -3: "latam", 0: "eu", 1: "eu", 2: "eu", 5: "in", 9: "jp_kr"}
    tzs = sorted(region_of)
    slice_len = len(ctx.chat) // (n_keys + 1)
    offsets = rng.permutation(n_keys + 1)[:n_keys].tolist()
    accts = []
    for i in range(n_keys):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else bb.sdk_ua(rng, 0.8)
        acct = _camp(ctx, rng, fam, cid, "compromised", ua=ua, ips=bb.home(rng, 1, tz), tz=tz)
        accts.append(acct)
        # the owner's own use continues all week
        own = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 150)),
        )
        ts_own = np.concatenate(own) if own else np.empty(0)
        p_own = [tx.clip_text(rng, pick(rng, ctx.chat), 5, 2000) for _ in range(len(ts_own))]
        ctx.emit(
            rng,
            acct,
            ts_own,
            p_own,
            models=ctx.models(rng, ts_own, p_new=0.2, p_mini=0.15),
            comp_median=350.0,
            err=0.01,
        )
        # the attacker's replay from residential exits in the owner's region
        take = ctx.release + float(rng.uniform(0.05, 1.2)) * DAY
        rate = float(rng.uniform(2.5, 7))
        ts = bb.thinned(
            rng,
            take,
            ctx.t1,
            rate * (ctx.t1 - take) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
        )
        pool = bb.resi(rng, irange(rng, 15, 40), region_of[tz])
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(15, 60)) * MINUTE)
        base = offsets[i] * slice_len
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        ua_att = ua if chance(rng, 0.5) else bb.sdk_ua(rng, 0.5)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            ua=ua_att,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(350, 520)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay on taken-over accounts",
            "pacing": "steady poisson after takeover, owner sessions continue",
            "ip_source": "residential proxy in the owner's region",
            "payment": "owners' cards",
            "keys": n_keys,
        },
    )


CAMPAIGN_FAMILIES = {
    "stalactite": stalactite,
    "speleothem": speleothem,
    "doline": doline,
    "crawlway": crawlway,
    "grotto": grotto,
    "vadose": vadose,
    "soda_straw": soda_straw,
    "boxwork": boxwork,
    "cave_pearl": cave_pearl,
    "aven": aven,
    "guano": guano,
    "sump": sump,
}
