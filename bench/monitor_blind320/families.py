"""Campaign families of batch 320 (code names from bell ringing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. All draws come
from the family's own generator, in an order that does not depend on the process.
"""

from __future__ import annotations

from collections.abc import Callable

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
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind320 import texts as tx


def _subset(rng: np.random.Generator, items: tuple | list, lo: int, hi: int) -> list:
    k = irange(rng, lo, min(hi, len(items)))
    order = rng.permutation(len(items))[:k].tolist()
    return [items[i] for i in sorted(order)]


def _weighted(rng: np.random.Generator, items: list, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=p / p.sum())
    return [items[i] for i in idx.tolist()]


def _camp_acct(ctx: Ctx, rng: np.random.Generator, family: str, camp: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=camp, **kw)


def _region_of_tz(tz: int) -> str:
    return {
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
    }.get(tz, "eu")


# ============================================================================================
# 1. reasoning-trace coercion behind a rented hosting block


def tittums(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "tittums"
    n_keys = irange(rng, 8, 18)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 4))
    one_ua = chance(rng, 0.7)
    ua0 = sdk_ua(rng, 0.6)
    langs = _subset(rng, ["en", "zh", "ru", "es", "de"], 2, 4)
    if "en" not in langs:
        langs = ["en", *langs]
    lang_w = [3.0 if lg == "en" else float(rng.uniform(0.5, 1.5)) for lg in langs]
    styles = _subset(rng, ["tags", "json", "aloud", "verify", "plain"], 2, 4)
    accts = []
    for i in range(n_keys):
        k = irange(rng, 1, 3)
        ips = [block[j] for j in rng.integers(0, len(block), size=k).tolist()]
        accts.append(
            _camp_acct(
                ctx,
                rng,
                name,
                camp,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[0 if shared_card else i % n_orgs],
                ua=ua0 if one_ua else sdk_ua(rng),
                ips=ips,
            )
        )
    start = ctx.release - float(rng.uniform(0.3, 1.6)) * DAY
    per_hour = float(rng.uniform(40, 90))
    peak = float(rng.uniform(0, 24))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(peak, float(rng.uniform(0.1, 0.4)))
    )
    p_new = float(rng.uniform(0.85, 0.98))
    for a, ts in zip(accts, streams, strict=True):
        lg = _weighted(rng, langs, lang_w, len(ts))
        st = [pick(rng, styles) for _ in range(len(ts))]
        prompts = [tx.reasoning_coercion(rng, s, g) for s, g in zip(st, lg, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.04,
            extra=int(rng.integers(0, 60)),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": per_hour,
            "ip_source": f"rented hosting block ({provider})",
            "payment": "one shared prepaid card" if shared_card else "one card per org",
            "orgs": n_orgs,
            "keys": n_keys,
            "languages": langs,
            "styles": styles,
            "start": start,
            "p_new": p_new,
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading, three cloud tenants


def garter_hole(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "garter_hole"
    n_orgs = irange(rng, 2, 4)
    styles_all = ["pairwise", "rubric", "scalar", "critique", "rank"]
    comp = {"pairwise": 220.0, "rubric": 160.0, "scalar": 4.0, "critique": 650.0, "rank": 260.0}
    accts: list[Acct] = []
    orgs_meta = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure"))
        egress = cloud(rng, irange(rng, 1, 3), provider)
        ua = sdk_ua(rng, 0.5)
        lang = pick(rng, ("en", "en", "en", "de", "ja"))
        styles = _subset(rng, styles_all, 1, 3)
        n_keys = irange(rng, 2, 5)
        orgs_meta.append({"provider": provider, "keys": n_keys, "lang": lang, "styles": styles})
        for _ in range(n_keys):
            a = _camp_acct(ctx, rng, name, camp, "grader", org=org, pay=pay, ua=ua, ips=egress)
            accts.append(a)
            onboard = ctx.t0 + float(rng.uniform(0.0, 2.5)) * DAY
            starts = thinned(
                rng,
                onboard,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)) * (ctx.t1 - onboard) / DAY,
                constant,
            )
            trains = bursts(
                rng, starts, float(rng.uniform(20, 70)), float(rng.uniform(0.8, 3.0)), 0.5, ctx.t1
            )
            for tr in trains:
                st = pick(rng, styles)
                lg = lang if st == "pairwise" else "en"
                prompts = []
                for _ in range(len(tr)):
                    q = pick(rng, ctx.chat)
                    a1 = tx.clip_text(pick(rng, ctx.passages), 200, 1400, rng)
                    a2 = tx.clip_text(pick(rng, ctx.passages), 200, 1400, rng)
                    prompts.append(tx.judge_prompt(rng, st, q, a1, a2, lg))
                ctx.emit(
                    rng,
                    a,
                    tr,
                    prompts,
                    models=ctx.models(rng, tr, p_new=0.8, p_mini=0.1),
                    comp_median=comp[st],
                    comp_sigma=0.45,
                    err=0.03,
                )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "pacing": "bursts from batch jobs",
            "ip_source": "cloud egress per tenant",
            "payment": "one card per org",
            "orgs": orgs_meta,
            "keys": len(accts),
            "hard": False,
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites through a commercial VPN


def lead_head(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "lead_head"
    n_keys = irange(rng, 6, 11)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    exits = cloud(rng, irange(rng, 12, 30), pick(rng, ("m247", "leaseweb", "vultr", "ovh")))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["zh", "en", "ru", "ar"]
    lang_w = [
        float(rng.uniform(2, 4)),
        float(rng.uniform(2, 3)),
        float(rng.uniform(0.5, 1.5)),
        float(rng.uniform(0.3, 1.0)),
    ]
    styles = _subset(rng, ["sanitize", "unrefuse", "pair", "kids", "policy"], 3, 5)
    hold = float(rng.uniform(10, 45)) * MINUTE
    accts = []
    for i in range(n_keys):
        a = _camp_acct(
            ctx,
            rng,
            name,
            camp,
            "worker",
            org=orgs[i % len(orgs)],
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=exits,
        )
        accts.append(a)
        onboard = ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY
        rate = float(rng.uniform(2, 6))
        ts = thinned(
            rng,
            onboard,
            ctx.t1,
            rate * (ctx.t1 - onboard) / HOUR,
            global_load(float(rng.uniform(0, 8)), 0.5),
        )
        lg = _weighted(rng, langs, lang_w, len(ts))
        prompts = [
            tx.policy_rewrite(
                rng,
                pick(rng, styles),
                g,
                tx.clip_text(pick(rng, ctx.passages), 200, 1500, rng),
                pick(rng, ctx.chat),
            )
            for g in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            ips=sticky(rng, ts, exits, hold),
            comp_median=480.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": "steady per key, global load",
            "ip_source": "commercial VPN exits, sticky sessions",
            "payment": "prepaid card per key",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts from an orchestration cluster


def half_muffled(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "half_muffled"
    n_keys = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "azure", "aws")))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    styles = _subset(rng, ["react", "fc", "xml", "narrated"], 2, 4)
    toolsets = list(tx._TOOLSETS)
    accts = [
        _camp_acct(ctx, rng, name, camp, "orchestrator", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(4, 9))
    episodes = worker_pool(rng, start, ctx.t1, per_hour, n_keys, constant)
    for a, starts in zip(accts, episodes, strict=True):
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            toolset = pick(rng, toolsets)
            task = tx.agent_task(rng, toolset)
            steps = 1 if style == "narrated" else irange(rng, 3, 14)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=steps - 1))]
            )
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, style, toolset, task, j))
                extra.append(650 + 260 * j)
                comp.append(1900.0 if style == "narrated" else 170.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=np.asarray(comp),
            comp_sigma=0.55,
            err=0.03,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": "episodes from a job queue",
            "episodes_per_hour": per_hour,
            "ip_source": "cloud egress NAT",
            "payment": "one corporate card",
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation, nightly, spread over small 'customers'


def tail_end(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "tail_end"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, TZS)
    langs = _subset(rng, ["en", "es", "pt", "id", "tr"], 2, 5)
    styles = _subset(rng, ["pairs", "dialog", "evolve", "persona", "textbook"], 2, 5)
    accts = []
    for _ in range(n_keys):
        provider = pick(rng, ("digitalocean", "contabo", "linode", "hetzner"))
        a = _camp_acct(
            ctx,
            rng,
            name,
            camp,
            "generator",
            ua=sdk_ua(rng, 0.4),
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(a)
        start_h = float(rng.uniform(0, 4))
        hours = float(rng.uniform(3, 6))
        rate = float(rng.uniform(12, 30))

        def curve(ts: np.ndarray, s=start_h, h=hours) -> np.ndarray:
            loc = ((np.asarray(ts) + tz * HOUR) % DAY) / HOUR
            return (((loc - s) % 24.0) < h).astype(np.float64)

        ts = thinned(rng, ctx.t0, ctx.t1, rate * hours / 24.0 * (ctx.t1 - ctx.t0) / HOUR, curve)
        lg = [pick(rng, langs) for _ in range(len(ts))]
        prompts = [tx.synth_data(rng, pick(rng, styles), g, pick(rng, ctx.chat)) for g in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            comp_median=1700.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly batch windows",
            "tz": tz,
            "ip_source": "one small VPS per key",
            "payment": "one card per key, separate orgs",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 6. best-of-n sampling and soft labels


def stay_slider(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "stay_slider"
    n_keys = irange(rng, 5, 9)
    card = hexid(rng, "pay")
    shared = cloud(rng, 2, "aws")
    texts = [*ctx.passages[:3000], *ctx.chat[:3000]]
    accts = []
    for _ in range(n_keys):
        ips = [*cloud(rng, 1, "aws"), *([pick(rng, shared)] if chance(rng, 0.5) else [])]
        a = _camp_acct(ctx, rng, name, camp, "sampler", pay=card, ua=sdk_ua(rng, 0.7), ips=ips)
        accts.append(a)
        onboard = ctx.t0 + float(rng.uniform(0.0, 3.5)) * DAY
        starts = thinned(
            rng, onboard, ctx.t1, float(rng.uniform(0.8, 2.5)) * (ctx.t1 - onboard) / HOUR, constant
        )
        p_soft = float(rng.uniform(0.3, 0.8))
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            n = irange(rng, 3, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=n - 1))])
            if chance(rng, p_soft):
                p = tx.soft_label(
                    rng, pick(rng, texts), pick(rng, ("probs", "confidence", "table"))
                )
                c = 70.0
            else:
                p = tx.sample_request(
                    rng, pick(rng, ctx.chat), pick(rng, ("plain", "plain", "variants", "creative"))
                )
                c = 380.0
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            comp.extend([c] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n sampling / soft-label harvest",
            "pacing": "tight groups of identical prompts",
            "ip_source": "aws, one address per key plus shared",
            "payment": "one card across separate orgs",
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 7. curriculum sweep over carrier addresses


def rope_sight(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "rope_sight"
    n_keys = irange(rng, 4, 7)
    items = tx.curriculum_order(rng)
    langs = _subset(rng, ["en", "ko", "ja"], 1, 3)
    if "en" not in langs:
        langs = ["en", *langs]
    styles = _subset(rng, ["header", "sentence", "json"], 1, 3)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    hold = float(rng.uniform(15, 40)) * MINUTE
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "Go-http-client/2.0"))
    accts, streams = [], []
    for _ in range(n_keys):
        pool = mobile_v6(rng, irange(rng, 20, 50), carrier)
        a = _camp_acct(ctx, rng, name, camp, "sweeper", ua=ua, ips=pool)
        accts.append(a)
        streams.append(
            thinned(
                rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - ctx.t0) / HOUR, constant
            )
        )
    # deal the sweep round-robin in time order, repeating with new variants when exhausted
    allts = np.concatenate(streams)
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    order = np.argsort(allts, kind="stable")
    prompts_of: list[list[str]] = [[] for _ in range(n_keys)]
    for pos, idx in enumerate(order.tolist()):
        subj, sub, lvl = items[pos % len(items)]
        variant = pos // len(items) + 1
        lg = langs[(pos // 7) % len(langs)]
        prompts_of[int(owner[idx])].append(
            tx.curriculum_prompt(rng, pick(rng, styles), lg, subj, sub, lvl, variant)
        )
    for a, ts, prompts in zip(accts, streams, prompts_of, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, a.ips, hold),
            comp_median=950.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum sweep (subject x topic x level)",
            "pacing": "slow steady Poisson per key",
            "ip_source": f"carrier IPv6 ({carrier}), sticky",
            "payment": "prepaid card per key",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 8. translation harvest (parallel corpus), VPS per key, stolen cards


def handstroke_gap(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "handstroke_gap"
    n_keys = irange(rng, 6, 10)
    targets = [str(x) for x in sorted(tx.LANG_NAMES)]
    accts = []
    for _ in range(n_keys):
        provider = pick(rng, ("hetzner", "ovh", "m247", "leaseweb", "digitalocean"))
        a = _camp_acct(
            ctx,
            rng,
            name,
            camp,
            "translator",
            ua=pick(rng, SDK_COMMON + SDK_OTHER[:6]),
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(a)
        mine = _subset(rng, targets, 4, 9)
        style = pick(rng, ("bare", "tagged", "quality", "code"))
        onboard = ctx.t0 + float(rng.uniform(0.0, 4.0)) * DAY
        starts = thinned(
            rng, onboard, ctx.t1, float(rng.uniform(0.6, 1.6)) * (ctx.t1 - onboard) / HOUR, constant
        )
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            src = pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
            src = tx.clip_text(src, 150, 1800, rng)
            fan = _subset(rng, mine, 3, len(mine))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=len(fan) - 1))]
            )
            for tj, lg in zip(t.tolist(), fan, strict=True):
                ts_all.append(tj)
                prompts.append(tx.translate_request(rng, style, src, lg))
                comp.append(max(20.0, len(src) / 3.2))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.15),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "translation harvest (parallel corpus fan-out)",
            "pacing": "source text fanned out to 3-9 targets",
            "ip_source": "hosting/VPN per key",
            "payment": "stolen card per key, separate orgs",
            "keys": n_keys,
            "hard": False,
        },
    )


# ============================================================================================
# 9. HARD: low-and-slow person-like crowd of aged accounts harvesting multi-turn dialogue


def observation_bell(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "observation_bell"
    n = irange(rng, 45, 70)
    lang_pool = ["en", "en", "en", "es", "de", "fr", "pt", "ja", "ko", "id", "tr"]
    lang_tz = {
        "en": (-8, -5, 0, 1, 5, 8),
        "es": (-3, 1, -5),
        "de": (1,),
        "fr": (1, 0),
        "pt": (-3,),
        "ja": (9,),
        "ko": (9,),
        "id": (8,),
        "tr": (3, 2),
    }
    p_new = float(rng.uniform(0.6, 0.85))
    accts = []
    prev_pay = hexid(rng, "pay")
    for _ in range(n):
        lang = pick(rng, lang_pool)
        tz = int(pick(rng, lang_tz[lang]))
        pay = prev_pay if chance(rng, 0.15) else hexid(rng, "pay")
        prev_pay = pay
        mobile = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        ips = home(rng, irange(rng, 1, 2), tz)
        a = _camp_acct(ctx, rng, name, camp, "aged_account", pay=pay, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            evening_person(tz, 2.5),
            float(rng.uniform(4, 8)),
            float(rng.uniform(60, 160)),
            0.7,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            hist = 0
            for j, tj in enumerate(sess.tolist()):
                if j == 0:
                    p = (
                        pick(rng, ctx.chat)
                        if (lang == "en" and chance(rng, 0.4))
                        else tx.dialogue_opener(rng, lang)
                    )
                else:
                    p = tx.dialogue_followup(rng, lang, ctx.chat)
                ts_all.append(tj)
                prompts.append(p)
                extra.append(hist)
                hist += len(p) // 4 + 520
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.08),
            comp_median=560.0,
            comp_sigma=0.55,
            err=0.005,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like evening sessions per account",
            "ip_source": "residential proxies matched to each persona's timezone",
            "payment": "bought aged accounts, own cards (some pairs share)",
            "accounts": n,
            "p_new": p_new,
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: harvest hidden inside a real study-helper product's traffic


def call_change(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "call_change"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 3), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    accts = [
        _camp_acct(ctx, rng, name, camp, "product_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    tone = pick(rng, ("short", "long"))
    peak = float(rng.uniform(12, 20))
    legit_rate = float(rng.uniform(25, 50))
    harvest_rate = float(rng.uniform(8, 20))
    h_start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    legit = worker_pool(rng, ctx.t0, ctx.t1, legit_rate, n_keys, global_load(peak, 0.65))
    harvest = worker_pool(rng, h_start, ctx.t1, harvest_rate, n_keys, global_load(peak, 0.3))
    for a, lt, ht in zip(accts, legit, harvest, strict=True):
        lp = []
        for _ in range(len(lt)):
            q = pick(rng, ctx.chat) if chance(rng, 0.7) else tx.problem_in(rng, "en")
            lp.append(
                tx.student_wrap(
                    rng,
                    tx.clip_text(q, 20, 600, rng),
                    irange(rng, 6, 12),
                    pick(rng, tx._SUBJECTS),
                    tone,
                )
            )
        ctx.emit(
            rng,
            a,
            lt,
            lp,
            models=ctx.models(rng, lt, p_new=0.35, p_mini=0.6),
            comp_median=330.0,
            err=0.01,
        )
        hp = []
        for _ in range(len(ht)):
            q = tx.problem_in(rng, "en")
            if chance(rng, 0.5):
                q += " Please show every step and explain why each step works."
            hp.append(
                tx.student_wrap(
                    rng,
                    q,
                    irange(rng, 9, 12),
                    pick(rng, ("Math", "Physics", "Computer Science")),
                    tone,
                )
            )
        ctx.emit(
            rng,
            a,
            ht,
            hp,
            models=ctx.models(rng, ht, p_new=0.95, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "worked-solution harvest injected into a live study-app backend",
            "pacing": "product's global load; harvest share added after release",
            "legit_per_hour": legit_rate,
            "harvest_per_hour": harvest_rate,
            "harvest_start": h_start,
            "ip_source": "the product's aws egress",
            "payment": "the company's card",
            "keys": n_keys,
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: compromised aged small-business accounts


def sally_grip(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "sally_grip"
    n = irange(rng, 14, 24)
    pivot_mid = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    mix = {
        "code": float(rng.uniform(0.4, 0.7)),
        "reason": float(rng.uniform(0.15, 0.35)),
        "synth": float(rng.uniform(0.05, 0.2)),
    }
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = pick(rng, BROWSERS) if chance(rng, 0.35) else pick(rng, SDK_COMMON + SDK_OTHER)
        office = home(rng, 1, tz)
        a = _camp_acct(ctx, rng, name, camp, "compromised", ua=ua, ips=office, tz=tz)
        accts.append(a)
        # the owner keeps working as before
        own = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 12)) * (ctx.t1 - ctx.t0) / DAY, workday(tz)
        )
        prompts = [tx.business_request(rng, ctx.chat, ctx.passages) for _ in range(len(own))]
        ctx.emit(
            rng,
            a,
            own,
            prompts,
            models=ctx.models(rng, own, p_new=0.3, p_mini=0.3),
            comp_median=300.0,
        )
        # the attacker, from residential proxies in the owner's region, with the owner's client string
        pivot = pivot_mid + float(rng.normal(0, 0.3)) * DAY
        proxy_pool = resi(rng, irange(rng, 15, 40), _region_of_tz(tz))
        atk = thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(2, 6)) * (ctx.t1 - pivot) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.4),
        )
        kinds = _weighted(rng, list(mix), list(mix.values()), len(atk))
        ap = []
        for k in kinds:
            if k == "code":
                ap.append(tx.code_harvest(rng, pick(rng, ("full", "ticket", "port", "casual"))))
            elif k == "reason":
                ap.append(tx.reasoning_coercion(rng, pick(rng, ("aloud", "verify", "plain")), "en"))
            else:
                ap.append(
                    tx.synth_data(
                        rng, pick(rng, ("pairs", "persona", "textbook")), "en", pick(rng, ctx.chat)
                    )
                )
        ctx.emit(
            rng,
            a,
            atk,
            ap,
            models=ctx.models(rng, atk, p_new=0.92, p_mini=0.0),
            ips=sticky(rng, atk, proxy_pool, float(rng.uniform(10, 30)) * MINUTE),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "code / reasoning harvest through taken-over accounts",
            "pivot": pivot_mid,
            "pacing": "owner workday traffic continues; attacker steady low rate from pivot",
            "mix": mix,
            "ip_source": "owner office + residential proxies in the owner's region",
            "payment": "the victims' own cards",
            "accounts": n,
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: public prompt set replayed by a "dev agency" across offices


def whole_pull(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "whole_pull"
    n_orgs = irange(rng, 4, 8)
    tzs = _subset(rng, list(TZS), 2, 2)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    for _ in range(n_orgs):
        tz = int(pick(rng, tzs))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, 1, tz)
        script_box = cloud(rng, 1, pick(rng, ("aws", "gcp", "azure"))) if chance(rng, 0.4) else []
        for _ in range(irange(rng, 2, 6)):
            ua = pick(rng, BROWSERS) if chance(rng, 0.4) else sdk_ua(rng, 0.6)
            a = _camp_acct(
                ctx,
                rng,
                name,
                camp,
                "replayer",
                org=org,
                pay=pay,
                ua=ua,
                ips=office + script_box,
                tz=tz,
            )
            accts.append(a)
            ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 200)), workday(tz, weekend=0.1))
            idx = order[(cursor + np.arange(len(ts))) % len(order)]
            cursor += len(ts)
            prompts = [ctx.chat[i] for i in idx.tolist()]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
                comp_median=420.0,
                err=0.01,
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public prompt-set replay (verbatim human prompts, no repeats)",
            "office_tzs": tzs,
            "pacing": "office hours per key",
            "ip_source": "office broadband per org (+ a cloud script box)",
            "payment": "one card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tittums": tittums,
    "garter_hole": garter_hole,
    "lead_head": lead_head,
    "half_muffled": half_muffled,
    "tail_end": tail_end,
    "stay_slider": stay_slider,
    "rope_sight": rope_sight,
    "handstroke_gap": handstroke_gap,
    "observation_bell": observation_bell,
    "call_change": call_change,
    "sally_grip": sally_grip,
    "whole_pull": whole_pull,
}
