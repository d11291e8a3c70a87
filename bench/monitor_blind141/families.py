"""Campaign families of batch 141 (code names from hornussen).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything (sizes, orgs,
cards, pacing, addresses, agents, languages, styles, model mix) is drawn from the family's own rng.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    mobile_v6,
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
from bench.monitor_blind141 import texts as tx

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _dirichlet(rng: Rng, keys: tuple[str, ...], alpha: float = 1.5) -> dict[str, float]:
    w = rng.dirichlet([alpha] * len(keys))
    return {k: round(float(x), 3) for k, x in zip(keys, w.tolist(), strict=True)}


def _subset(rng: Rng, items: tuple[str, ...], lo: int, hi: int) -> list[str]:
    k = irange(rng, lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.permutation(len(items))[:k].tolist())]


#: where an account of a given UTC offset would speak (for natural-register questions)
_LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "en",
    8: "en",
    9: "en",
}
_REGION_OF_TZ = {
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


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block behind a worker queue


def hornuss(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hornuss"
    n_orgs, n_keys = irange(rng, 2, 4), irange(rng, 12, 26)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, prov, irange(rng, 2, 3), irange(rng, 4, 8))
    vpn = cloud(rng, irange(rng, 3, 8), "m247")
    uas = [
        pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11"))
        for _ in orgs
    ]
    langs = _dirichlet(rng, ("en", "zh", "ru", "es"))
    styles = _subset(rng, ("tags", "scratch", "json", "tutor", "plain"), 2, 5)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        ips = picks(rng, block, irange(rng, 1, 3)) + (
            picks(rng, vpn, 1) if chance(rng, 0.3) else []
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o % len(cards)],
                ua=uas[o],
                ips=ips,
            )
        )
    probe_start = ctx.release - float(rng.uniform(0.4, 1.5)) * DAY
    probe = worker_pool(rng, probe_start, ctx.release, irange(rng, 4, 12), n_keys)
    main_start = ctx.release + float(rng.uniform(0.03, 0.3)) * DAY
    rate = irange(rng, 100, 200)
    main = worker_pool(rng, main_start, ctx.t1, rate, n_keys)
    for i, a in enumerate(accts):
        ts = _cat([probe[i], main[i]])
        prompts = []
        for _ in range(len(ts)):
            lang = tx.weighted(rng, langs)
            prompts.append(
                tx.coerce_trace(rng, pick(rng, styles), lang, tx.reasoning_problem(rng, lang))
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "payment": "prepaid cards shared across orgs",
            "ip_source": f"rented {prov} block + m247 VPN exits",
            "pacing": f"worker pool, {rate}/h after release, probe before",
            "languages": langs,
            "styles": styles,
            "user_agents": sorted(set(uas)),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts


def nouss(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nouss"
    n_keys = irange(rng, 6, 12)
    org = hexid(rng, "org")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    styles = _subset(rng, ("rubric", "pairwise", "reward", "critique", "de"), 2, 4)
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    size, gap = float(rng.uniform(18, 40)), float(rng.uniform(0.8, 2.5))
    per_day = float(rng.uniform(4, 9))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = [
            tx.judge_prompt(
                rng,
                pick(rng, styles),
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=380.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one stolen card per key",
            "ip_source": f"{prov} instances",
            "pacing": f"bursts ~{size:.0f} req, {per_day:.1f}/key/day",
            "styles": styles,
            "user_agent": ua,
            "languages": {"en": 0.8, "de": 0.2} if "de" in styles else {"en": 1.0},
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites through a shared residential proxy pool


def traf(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "traf"
    n_keys = irange(rng, 18, 36)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(10, 40)) * 60
    langs = _dirichlet(rng, ("zh", "en", "ru", "ar", "es"))
    styles = _subset(rng, ("rewrite", "triage", "neutral", "plain"), 2, 4)
    orgs = [hexid(rng, "org") for _ in range((n_keys + 2) // 3)]
    per_day = float(rng.uniform(35, 90))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.5)
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.4)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i // 3],
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        s = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY + float(rng.uniform(0, 0.8)) * DAY
        ts = thinned(
            rng, s, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - s) / DAY, curve
        )
        prompts = [
            tx.policy_prompt(
                rng, pick(rng, styles), tx.weighted(rng, langs), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one prepaid card per key",
            "ip_source": f"residential proxy pool ({region}, {len(pool)} exits)",
            "sticky_s": round(hold),
            "pacing": f"Poisson ~{per_day:.0f}/key/day",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an autoscaled cloud service


def stecken(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stecken"
    n_keys = irange(rng, 8, 16)
    n_orgs = 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    nats = [cloud(rng, irange(rng, 4, 8), "aws") for _ in range(n_orgs)]
    uas = [
        pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "litellm/1.60.2"))
        for _ in range(n_orgs)
    ]
    styles = [pick(rng, ("json", "react", "xml")) for _ in range(n_orgs)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=uas[i % 2],
            ips=nats[i % 2],
        )
        for i in range(n_keys)
    ]
    dev = worker_pool(rng, ctx.release - 1.0 * DAY, ctx.release, 1.5, n_keys)
    rate = float(rng.uniform(10, 22))
    main = worker_pool(rng, ctx.release + float(rng.uniform(0, 0.25)) * DAY, ctx.t1, rate, n_keys)
    gap = float(rng.uniform(3, 9))
    for i, a in enumerate(accts):
        ts_all, prompts = [], []
        for t in _cat([dev[i], main[i]]).tolist():
            steps = irange(rng, 3, 12)
            ep = tx.agent_episode(rng, styles[i % 2], steps)
            ts_all.append(bursts(rng, np.array([t]), steps, gap, 0.6)[0][:steps])
            prompts.extend(ep[: len(ts_all[-1])])
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[j] for j in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=260.0,
            comp_sigma=0.7,
            extra=rng.integers(300, 900, size=len(ts)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one company card per org",
            "ip_source": "AWS NAT egress per org",
            "pacing": f"episode queue {rate:.0f}/h, steps 3-12, gap ~{gap:.0f}s",
            "styles": styles,
            "user_agents": uas,
            "languages": {"en": 1.0},
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation at a slow steady rate


def bock(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bock"
    n_keys = irange(rng, 4, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("oracle", "contabo", "scaleway"))
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "reqwest/0.12.12"))
    langs = {"en": 0.4} | {
        k: 0.6 / 9 for k in ("es", "de", "fr", "pt", "ja", "ko", "id", "tr", "vi")
    }
    styles = _subset(rng, ("pairs", "persona", "exam", "dialogue"), 2, 4)
    rate = float(rng.uniform(4, 10))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        s = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        prompts = [
            tx.dataset_prompt(rng, pick(rng, styles), tx.weighted(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one shared card",
            "ip_source": f"one {prov} VM per key",
            "pacing": f"steady {rate:.1f}/h per key, 24/7",
            "languages": {k: round(v, 3) for k, v in langs.items()},
            "styles": styles,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm


def schindel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "schindel"
    n_keys = irange(rng, 15, 28)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    lang_of = {"in_mobile": "hinglish", "br_mobile": "pt", "us_mobile": "en", "eu_mobile": "es"}
    langs = (
        {lang_of[carrier]: 0.6, "en": 0.25, "id": 0.15}
        if carrier != "us_mobile"
        else {"en": 0.75, "es": 0.25}
    )
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    per_day, size, gap = (
        float(rng.uniform(8, 18)),
        float(rng.uniform(6, 10)),
        float(rng.uniform(9, 22)),
    )
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.35)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
        )
        accts.append(a)
        s = ctx.release - float(rng.uniform(0, 0.5)) * DAY
        ts_l, prompts, ips = [], [], []
        for sess in session_times(rng, s, ctx.t1, per_day, curve, size, gap, 0.5):
            lang = tx.weighted(rng, langs)
            turns = tx.dialogue_session(rng, lang, len(sess))
            ip = mobile_v6(rng, 1, carrier)[0]
            ts_l.append(sess)
            prompts.extend(turns)
            ips.extend([ip] * len(sess))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order],
            models=ctx.models(rng, ts, p_new=0.85),
            ips=[ips[j] for j in order],
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": f"carrier IPv6 ({carrier}), new per session",
            "pacing": f"{per_day:.0f} sessions/day, ~{size:.0f} turns, {gap:.0f}s gaps",
            "languages": langs,
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: harvest hidden inside a real writing-assistant product's traffic


def ries(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ries"
    brand = pick(rng, ("Quillmate", "Draftly", "Penroot", "Clarafy", "Wordloom"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    n_prod = irange(rng, 1, 2)
    prods = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        for _ in range(n_prod)
    ]
    tz = pick(rng, (-5, 0, 1))
    staging = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=cloud(rng, 1, "aws"),
    )
    peak, depth = float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.7))
    curve = global_load(peak, depth)
    rate = float(rng.uniform(25, 55))
    share = float(rng.uniform(0.25, 0.45))
    h_start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    for a in prods:
        prod_ts = thinned(rng, ctx.t0, ctx.t1, rate / n_prod * (ctx.t1 - ctx.t0) / HOUR, curve)
        harv_ts = thinned(
            rng, h_start, ctx.t1, share * rate / n_prod * (ctx.t1 - h_start) / HOUR, curve
        )
        p_prompts = [
            tx.product_wrap(rng, brand, tx.clip_text(pick(rng, ctx.chat), 1500))
            for _ in range(len(prod_ts))
        ]
        h_prompts = []
        for _ in range(len(harv_ts)):
            if chance(rng, 0.6):
                text = tx.curriculum_question(rng, "en", noise=0.25)
            else:
                text = tx.reasoning_problem(rng, "en") + " Explain how you get there."
            h_prompts.append(tx.product_wrap(rng, brand, text, pick(rng, ("ask", "explain"))))
        ctx.emit(
            rng,
            a,
            prod_ts,
            p_prompts,
            models=ctx.models(rng, prod_ts, p_new=0.5),
            comp_median=320.0,
        )
        ctx.emit(
            rng,
            a,
            harv_ts,
            h_prompts,
            models=ctx.models(rng, harv_ts, p_new=0.92),
            comp_median=650.0,
        )
    st_ts = thinned(rng, ctx.t0, ctx.t1, 3.0 * 5 * 9, workday(tz))
    ctx.emit(
        rng,
        staging,
        st_ts,
        [
            tx.product_wrap(rng, brand, tx.clip_text(pick(rng, ctx.chat), 800))
            for _ in range(len(st_ts))
        ],
        models=ctx.models(rng, st_ts, p_new=0.6),
    )
    ctx.campaign(
        cid,
        fam,
        [*prods, staging],
        {
            "operation": "harvest hidden in a real product's traffic",
            "brand": brand,
            "keys": n_prod + 1,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "AWS NAT egress",
            "pacing": f"product load {rate:.0f}/h "
            f"(global curve), harvest +{share:.0%} on the same curve",
            "languages": {"en": 1.0},
            "user_agent": ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: bought / compromised aged accounts


def abtuer(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "abtuer"
    n = irange(rng, 20, 34)
    op_tz = pick(rng, TZS)
    p_comp = float(rng.uniform(0.2, 0.45))
    accts, n_comp = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.6, 0.4)) * DAY
        own_curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own_rate = float(rng.uniform(0.8, 3.0))
        own = _cat(session_times(rng, ctx.t0, take, own_rate, own_curve, 3.0, 60.0))
        compromised = chance(rng, p_comp)
        if compromised:
            n_comp += 1
            own = _cat(
                [own, *session_times(rng, take, ctx.t1, own_rate * 0.5, own_curve, 3.0, 60.0)]
            )
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.17, p_mini=0.2),
            comp_median=350.0,
        )
        lang = _LANG_OF_TZ[tz] if chance(rng, 0.6) else "en"
        pool = resi(rng, 30, _REGION_OF_TZ[tz])
        op_curve = evening_person(op_tz, spread=3.5)
        ts_l, prompts = [], []
        for sess in session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            op_curve,
            float(rng.uniform(4, 7)),
            float(rng.uniform(25, 60)),
        ):
            ts_l.append(sess)
            prompts.append(tx.curriculum_question(rng, lang))
            for _ in range(len(sess) - 1):
                prompts.append(
                    tx.curriculum_followup(rng, lang)
                    if chance(rng, 0.4)
                    else tx.curriculum_question(rng, lang)
                )
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.65, 0.85))),
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought/compromised aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "compromised_still_used_by_owner": n_comp,
            "ip_source": "residential proxies in each account's home region after takeover",
            "pacing": "owner sessions, then operator sessions from takeover (around release)",
            "operator_tz": op_tz,
            "languages": "account's regional language or English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: low-and-slow person-like crowd


def schlaeger(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "schlaeger"
    n = irange(rng, 50, 85)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + (home(rng, 1, tz) if chance(rng, 0.15) else [])
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        on = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        lang = _LANG_OF_TZ[tz] if chance(rng, 0.5) else "en"
        ts_l, prompts = [], []
        for sess in session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(35, 90)),
        ):
            ts_l.append(sess)
            prompts.append(tx.curriculum_question(rng, lang, noise=0.6))
            for _ in range(len(sess) - 1):
                prompts.append(
                    tx.curriculum_followup(rng, lang)
                    if chance(rng, 0.35)
                    else tx.curriculum_question(rng, lang, noise=0.6)
                )
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.35, 0.85))),
            comp_median=500.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd of person-like accounts (curriculum sweep)",
            "keys": n,
            "orgs": n,
            "payment": "one virtual card per account",
            "ip_source": "static residential (ISP proxy) matching each tz",
            "pacing": "human sessions 1.5-4/day, onboarding around release",
            "languages": "regional or English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: public prompt replay (a chat dataset swept without replacement)


def streich(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "streich"
    n_orgs, n = irange(rng, 3, 5), irange(rng, 15, 28)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    teams = []
    for _ in range(n_orgs):
        tz = pick(rng, (-8, -5, 0, 1, 8))
        teams.append(
            {
                "org": hexid(rng, "org"),
                "pay": hexid(rng, "pay"),
                "tz": tz,
                "pool": resi(rng, irange(rng, 40, 120), _REGION_OF_TZ[tz]),
            }
        )
    start = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    accts = []
    for i in range(n):
        t = teams[i % n_orgs]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=t["org"],
            pay=t["pay"],
            ua=pick(rng, SDK_COMMON[:3]),
            ips=t["pool"][:1],
            tz=t["tz"],
        )
        accts.append(a)
        curve = (
            workday(t["tz"], weekend=0.5)
            if chance(rng, 0.5)
            else global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ts = _cat(
            session_times(
                rng,
                start + float(rng.uniform(0, 0.5)) * DAY,
                ctx.t1,
                float(rng.uniform(6, 14)),
                curve,
                float(rng.uniform(5, 10)),
                float(rng.uniform(20, 45)),
            )
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75),
            comp_median=350.0,
            ips=sticky(rng, ts, t["pool"], HOUR),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-like sweep without replacement)",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "residential proxy pool per org, hourly sticky",
            "pacing": "session-like, 6-14 sessions/day",
            "prompts_used": cursor,
            "languages": "as the public set",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. best-of-n sampling and soft labels


def kehr(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kehr"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    stolen = hexid(rng, "pay")
    prov = pick(rng, ("vultr", "digitalocean", "linode"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    styles = _subset(rng, ("creative", "reason", "chat", "soft"), 2, 4)
    per_hour = float(rng.uniform(1.5, 4.0))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=stolen if chance(rng, 0.7) else None,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), prov),
        )
        accts.append(a)
        s = ctx.release + float(rng.uniform(0, 0.3)) * DAY
        ts_l, prompts = [], []
        for t in thinned(rng, s, ctx.t1, per_hour * (ctx.t1 - s) / HOUR, constant).tolist():
            style = pick(rng, styles)
            k = irange(rng, 1, 2) if style == "soft" else irange(rng, 4, 8)
            p = (
                tx.softlabel_prompt(rng)
                if style == "soft"
                else tx.bestofn_prompt(rng, style, ctx.chat)
            )
            ts_l.append(
                t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=k - 1))])
            )
            prompts.extend([p] * k)
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=300.0,
            comp_sigma=0.6,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one stolen card on most keys",
            "ip_source": f"{prov} droplets",
            "pacing": f"groups of 4-8 identical requests, {per_hour:.1f} groups/h/key",
            "styles": styles,
            "user_agent": ua,
            "languages": {"en": 1.0},
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD-ish: code harvest disguised as a dev team (office hours + a night runner)


def hornusser(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hornusser"
    n_keys = irange(rng, 6, 12)
    n_night = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (8, 3, 1, 5, 9))
    office = home(rng, irange(rng, 2, 3), tz)
    runner = cloud(rng, 1, pick(rng, ("alibaba", "tencent", "hetzner", "ovh")))
    styles = _subset(rng, ("impl", "port", "solve", "review", "zh"), 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    day_rate = float(rng.uniform(80, 180))
    accts = []
    for i in range(n_keys):
        night = i < n_night
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="night_runner" if night else "developer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1" if night else "OpenAI/Python 1.54.0",
            ips=runner if night else office,
            tz=tz,
        )
        accts.append(a)
        if night:
            curve = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 5)), tz)
            ts = thinned(
                rng, start, ctx.t1, float(rng.uniform(150, 320)) * (ctx.t1 - start) / DAY, curve
            )
        else:
            ts = thinned(
                rng,
                start,
                ctx.t1,
                day_rate * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - start) / DAY,
                workday(tz, weekend=0.1),
            )
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest (implementations and ports across languages)",
            "keys": n_keys,
            "night_runners": n_night,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband + one cloud runner",
            "office_tz": tz,
            "pacing": f"office hours ~{day_rate:.0f}/key/day + nightly window",
            "styles": styles,
            "languages": {"en": 0.8, "zh": 0.2} if "zh" in styles else {"en": 1.0},
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "hornuss": hornuss,
    "nouss": nouss,
    "traf": traf,
    "stecken": stecken,
    "bock": bock,
    "schindel": schindel,
    "ries": ries,
    "abtuer": abtuer,
    "schlaeger": schlaeger,
    "streich": streich,
    "kehr": kehr,
    "hornusser": hornusser,
}
