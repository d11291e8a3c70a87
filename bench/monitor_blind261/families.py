"""Campaign families of batch 261: twelve distillation operations, each drawn with its own rng.

Code names are words from palant (the bat-and-ball game); what each family is lives in this
package's README, to be read only after the monitor's single run. Every family is a function
`(ctx, rng, campaign_id) -> None` writing its accounts, truth and events through `ctx`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    Ctx,
    bursts,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
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
from bench.monitor_blind261 import texts

LABEL = "campaign"


def text_rng(rng: np.random.Generator) -> random.Random:
    """A fast generator for prompt text, seeded from the family's numpy generator."""
    return random.Random(int(rng.integers(0, 2**62)))


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float], n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _worker(ctx: Ctx, rng, fam: str, camp: str, role: str = "worker", **kw):
    return ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=camp, **kw)


# --------------------------------------------------------------------------------------------


def tossup(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, pivoting hard onto the new model."""
    fam, r = "tossup", text_rng(rng)
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    pool = rented_block(rng, provider, irange(rng, 2, 3), 4)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    langs, lw = ("en", "zh", "ru", "es"), (0.5, 0.25, 0.15, 0.1)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            camp,
            org=orgs[k % n_orgs],
            pay=cards[k % len(cards)],
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for k in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    pre_rate, post_rate = float(rng.uniform(8, 15)), float(rng.uniform(40, 70))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(
        rng, ctx.release + float(rng.uniform(0.2, 3)) * HOUR, ctx.t1, post_rate, n_keys
    )
    for k, a in enumerate(accts):
        ts = concat([pre[k], post[k]])
        styles = sorted(int(x) for x in rng.choice(4, size=2, replace=False))
        lg = weighted(rng, langs, lw, len(ts))
        prompts = [texts.reasoning_trace(r, g, pick(rng, styles)) for g in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "ip_source": f"rented_block:{provider}",
            "pacing": "worker_pool, rate x~5 after release",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": list(langs),
            "user_agent": ua,
            "model_pivot": "0.95 new after release",
            "hard": False,
        },
    )


def bat_swing(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model labels: nightly bursts from AWS, one prepaid card per key."""
    fam, r = "bat_swing", text_rng(rng)
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    tz = pick(rng, (1, 2, 3, 8))
    start_h = float(rng.uniform(0, 3))
    curve = nightly(start_h, float(rng.uniform(4, 6)), tz)
    accts = []
    for _ in range(n_keys):
        a = _worker(ctx, rng, fam, camp, org=org, ua=ua, ips=cloud(rng, irange(rng, 2, 4), "aws"))
        accts.append(a)
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 2.5)) * 7, curve)
        ts = concat(
            bursts(rng, starts, float(rng.uniform(35, 70)), float(rng.uniform(1.2, 3.0)), b=ctx.t1)
        )
        styles = sorted(int(x) for x in rng.choice(5, size=irange(rng, 2, 3), replace=False))
        st = picks(rng, styles, len(ts))
        prompts = [texts.judge(r, ctx.chat, ctx.passages, s) for s in st]
        med = np.where(np.isin(np.asarray(st), [1, 3, 4]), 320.0, 90.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=med,
            comp_sigma=0.5,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": "aws",
            "pacing": "nightly bursts",
            "operator_tz": tz,
            "user_agent": ua,
            "languages": ["en", "de", "es"],
            "hard": False,
        },
    )


def long_hit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy-conformant rewrites from stolen-card keys behind residential proxies."""
    fam, r = "long_hit", text_rng(rng)
    n_keys = irange(rng, 8, 16)
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("cn", "sea", "cn"))
        ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
        pool = resi(rng, irange(rng, 20, 50), region)
        a = _worker(ctx, rng, fam, camp, ua=ua, ips=pool)
        accts.append(a)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        a1 = min(ctx.t1, a0 + float(rng.uniform(1.5, 5.0)) * DAY)  # until the card is charged back
        ts = thinned(
            rng, a0, a1, float(rng.uniform(90, 160)) * (a1 - a0) / DAY, lambda t: np.ones(len(t))
        )
        styles = sorted(int(x) for x in rng.choice(5, size=3, replace=False))
        prompts = [
            texts.policy_rewrite(r, ctx.chat, ctx.passages, s) for s in picks(rng, styles, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, float(rng.uniform(600, 1800))),
            comp_median=450.0,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_conformant_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key, each key lives 1.5-5 days",
            "ip_source": "residential proxies cn/sea, sticky",
            "pacing": "steady Poisson per key, around the clock",
            "languages": ["en", "zh", "vi"],
            "hard": False,
        },
    )


def fly_ball(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcripts: episodes of 3-9 quick steps from a GCP block."""
    fam, r = "fly_ball", text_rng(rng)
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    pool = rented_block(rng, "gcp", 1, 3)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
    accts = []
    for _ in range(n_keys):
        a = _worker(ctx, rng, fam, camp, org=org, pay=card, ua=ua, ips=pool)
        accts.append(a)
        starts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.2),
            ctx.t1,
            float(rng.uniform(130, 220)),
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            lang = pick(rng, ("en", "en", "en", "en", "ja", "de"))
            ep = texts.agent_task(r, lang)
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(texts.agent_step(r, ep) for _ in range(k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=220.0,
            extra=rng.integers(300, 900, size=len(ts)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "gcp rented block",
            "pacing": "episodes of 3-9 steps, ~5 s apart",
            "user_agent": ua,
            "languages": ["en", "ja", "de"],
            "hard": False,
        },
    )


def ground_ball(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation spread over many keys, orgs and small hosting providers."""
    fam, r = "ground_ball", text_rng(rng)
    n_keys, n_orgs = irange(rng, 14, 26), irange(rng, 4, 7)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    langs, lw = ("en", "fr", "pt", "hi", "ar"), (0.55, 0.12, 0.12, 0.1, 0.11)
    accts = []
    for k in range(n_keys):
        prov = pick(rng, ("vultr", "digitalocean", "contabo", "linode"))
        a = _worker(
            ctx,
            rng,
            fam,
            camp,
            org=orgs[k % n_orgs],
            pay=cards[int(rng.integers(len(cards)))],
            ua=pick(rng, SDK_OTHER),
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(a)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)) * (ctx.t1 - a0) / DAY,
            lambda t: np.ones(len(t)),
        )
        ts = concat(
            bursts(
                rng, starts, float(rng.uniform(8, 20)), float(rng.uniform(12, 30)), 0.6, b=ctx.t1
            )
        )
        styles = sorted(int(x) for x in rng.choice(4, size=2, replace=False))
        lg = weighted(rng, langs, lw, len(ts))
        prompts = [texts.dataset_gen(r, ctx.chat, g, pick(rng, styles)) for g in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=1800.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "ip_source": "small hosting providers, 1-2 static per key",
            "pacing": "bursts, 1-3 per day per key",
            "languages": list(langs),
            "hard": False,
        },
    )


def far_base(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest through a rotating worldwide residential proxy, browser UAs."""
    fam, r = "far_base", text_rng(rng)
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    accts = [
        _worker(ctx, rng, fam, camp, pay=cards[k % 2], ua=pick(rng, BROWSERS), ips=["0.0.0.0"])
        for k in range(n_keys)
    ]
    rate = float(rng.uniform(20, 35))
    pools = worker_pool(rng, jitter_start(rng, ctx.t0, ctx.t1, 0.15), ctx.t1, rate, n_keys)
    langs, lw = ("en", "es", "de", "pt", "ja"), (0.6, 0.1, 0.1, 0.1, 0.1)
    for a, ts in zip(accts, pools, strict=True):
        styles = sorted(int(x) for x in rng.choice(3, size=2, replace=False))
        prompts = [
            texts.dialogue(r, ctx.chat, ctx.passages, g, pick(rng, styles))
            for g in weighted(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=resi(rng, len(ts), "*"),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": 2,
            "ip_source": "rotating residential proxy, new exit per request",
            "user_agent": "spoofed browsers",
            "pacing": f"worker pool {rate:.0f}/h",
            "languages": list(langs),
            "hard": False,
        },
    )


def run_back(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt n times within a second or two."""
    fam, r = "run_back", text_rng(rng)
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = []
    for _ in range(n_keys):
        a = _worker(
            ctx,
            rng,
            fam,
            camp,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.63.2",
            ips=cloud(rng, irange(rng, 1, 2), "azure"),
        )
        accts.append(a)
        starts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.2),
            ctx.t1,
            float(rng.uniform(220, 400)),
            lambda t: np.ones(len(t)),
        )
        groups = bursts(rng, starts, float(rng.uniform(4, 8)), 0.5, 0.7, b=ctx.t1)
        ts, prompts = [], []
        for g in groups:
            p = texts.sampling(
                r, ctx.chat, pick(rng, ("en", "en", "en", "ko", "tr")), int(rng.integers(4))
            )
            ts.extend(g.tolist())
            prompts.extend([p] * len(g))
        ts = np.asarray(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=320.0)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "azure",
            "pacing": "groups of ~4-8 identical requests",
            "languages": ["en", "ko", "tr"],
            "hard": False,
        },
    )


def home_base(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Curriculum sweep in order (subject, unit, lesson, level) from an office line, office hours."""
    fam, r = "home_base", text_rng(rng)
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, (-3, 1, -5))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    accts = []
    for k in range(n_keys):
        lang = ("en", "es", "pt")[k]
        a = _worker(
            ctx, rng, fam, camp, org=org, pay=card, ua="python-requests/2.32.3", ips=office, tz=tz
        )
        accts.append(a)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(650, 1000)), workday(tz, 8.0, 19.0, 0.05, 0.01)
        )
        off = int(rng.integers(0, 40))
        prompts = [texts.curriculum(off + i, r, lang, i) for i in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1300.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband",
            "tz": tz,
            "pacing": "steady in office hours",
            "languages": ["en", "es", "pt"][:n_keys],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# the deliberately hard families


def catch_out(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a real writing-assistant product whose backend keys also carry injected harvest requests
    (long model-written passages translated into a rotation of languages, summarised, explained),
    wrapped in the product's own template, on the product's own load curve and addresses."""
    fam, r = "catch_out", text_rng(rng)
    name = pick(rng, ("Quillstone", "Penwright", "Letterkind", "Scribewell"))
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    curve = global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.5, 0.7)))
    share = float(rng.uniform(0.2, 0.3))
    rate = float(rng.uniform(28, 40))
    pools = worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, curve)
    accts, h = [], 0
    for ts in pools:
        a = _worker(
            ctx,
            rng,
            fam,
            camp,
            role="product_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        accts.append(a)
        harvest = rng.random(len(ts)) < share
        prompts, meds = [], []
        for is_h in harvest.tolist():
            if is_h:
                mode = pick(
                    rng, ("translate", "translate", "translate", "summarise", "explain", "improve")
                )
                text = texts.clip(pick(rng, ctx.passages), 400, 1500, r)
                target = texts.PRODUCT_LANGS[h % len(texts.PRODUCT_LANGS)]
                h += 1
                meds.append(
                    min(1200.0, len(text) / 3.5) if mode in ("translate", "improve") else 350.0
                )
            else:
                mode = pick(rng, texts.PRODUCT_MODES)
                text = texts.clip(pick(rng, ctx.chat), 20, 900, r)
                target = pick(rng, texts.PRODUCT_LANGS[:8])
                meds.append(max(60.0, min(700.0, len(text) / 3.5)))
            prompts.append(texts.product(name, mode, target, text))
        models = ctx.models(rng, ts, p_new=0.3)
        hm = ctx.models(rng, ts, p_new=0.45)
        models = [m2 if x else m1 for m1, m2, x in zip(models, hm, harvest.tolist(), strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(meds), comp_sigma=0.5)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "product": name,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "harvest_share": round(share, 3),
            "ip_source": "aws egress (product backend)",
            "pacing": "global load curve",
            "harvest": "model-written passages: translation rotation over 16 languages, summaries",
            "model_pivot": "product 0.3, harvest 0.45",
            "hard": True,
        },
    )


def relay_throw(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: bought / compromised aged personal accounts. Each keeps its owner's ordinary use; after
    its takeover the operator adds person-paced coding questions (a language x task sweep) from
    residential proxies in the owner's region, with the owner's client string."""
    fam, r = "relay_throw", text_rng(rng)
    n = irange(rng, 20, 32)
    accts, harvest_ts, owners = [], [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        region = {-8: "us", -5: "us", -3: "latam", 0: "eu", 1: "eu", 2: "eu", 5: "in", 9: "jp_kr"}[
            tz
        ]
        ua = pick(rng, BROWSERS + SDK_COMMON[:2])
        a = _worker(
            ctx,
            rng,
            fam,
            camp,
            role="compromised_owner_account",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.5)), evening_person(tz), 3.0, 50.0
        )
        own = concat(sess)
        ctx.emit(
            rng,
            a,
            own,
            [texts.clip(pick(rng, ctx.chat), 10, 1200, r) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2),
            comp_median=330.0,
        )
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        ht = thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(15, 40)) * (ctx.t1 - take) / DAY,
            evening_person(tz, spread=3.5),
        )
        pool = resi(rng, irange(rng, 15, 30), region)
        harvest_ts.append(ht)
        owners.append((a, pool, take))
    # one shared task queue: items handed out in time order over all the accounts
    allt = np.concatenate(harvest_ts)
    who = np.concatenate([np.full(len(t), k) for k, t in enumerate(harvest_ts)])
    order = np.argsort(allt, kind="stable")
    item = np.empty(len(allt), dtype=np.int64)
    item[order] = np.arange(len(allt)) + int(rng.integers(0, 300))
    for k, (a, pool, _take) in enumerate(owners):
        sel = who == k
        ts = allt[sel]
        prompts = [texts.code_question(r, int(i)) for i in item[sel].tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55),
            ips=sticky(rng, ts, pool, float(rng.uniform(1800, 5400))),
            comp_median=520.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_compromised_accounts_code_harvest",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "takeover_days": [round((o[2] - ctx.t0) / DAY, 2) for o in owners],
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "pacing": "owner's sessions + evening-shaped harvest 15-40/day",
            "languages": ["en"],
            "hard": True,
        },
    )


_CROWD_PLACES = {
    "en": ((-8, "us"), (-5, "us"), (0, "eu")),
    "es": ((-3, "latam"), (-5, "latam"), (1, "eu")),
    "pt": ((-3, "latam"), (0, "eu")),
    "de": ((1, "eu"),),
    "fr": ((1, "eu"),),
    "id": ((8, "sea"),),
}


def outfielder(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a low-and-slow crowd of person-like accounts (own org each, mostly own prepaid card,
    region-matched residential exits, human sessions) that together cover a knowledge plan."""
    fam, r = "outfielder", text_rng(rng)
    n = irange(rng, 45, 70)
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 5, 8))]
    langs, lw = ("en", "es", "pt", "de", "fr", "id"), (0.5, 0.12, 0.12, 0.1, 0.08, 0.08)
    accts = []
    plan = {lg: int(rng.integers(0, 40)) for lg in langs}
    for lang in weighted(rng, langs, lw, n):
        tz, region = pick(rng, _CROWD_PLACES[lang])
        pay = pick(rng, shared_cards) if rng.random() < 0.45 else None
        ua = pick(rng, BROWSERS + MOBILE + SDK_COMMON[:1])
        pool = resi(rng, irange(rng, 4, 10), region)
        a = _worker(ctx, rng, fam, camp, role="crowd_member", pay=pay, ua=ua, ips=pool, tz=tz)
        accts.append(a)
        sess = session_times(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.45),
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(2.0, 4.5)),
            float(rng.uniform(40, 150)),
        )
        ts, prompts = [], []
        for s in sess:
            for j in range(len(s)):
                if j == 0:
                    prompts.append(texts.crowd_question(r, lang, plan[lang]))
                    plan[lang] += 1
                else:
                    prompts.append(texts.crowd_follow(r, lang))
            ts.extend(s.tolist())
        ts = np.asarray(ts)
        if len(ts) == 0:
            continue
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4),
            ips=sticky(rng, ts, pool, 3 * HOUR),
            comp_median=520.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_person_like_crowd",
            "accounts": n,
            "orgs": n,
            "cards": f"{len(shared_cards)} shared prepaid for ~45 %, own card for the rest",
            "ip_source": "region-matched residential proxies, sticky 3 h",
            "pacing": "human evening sessions",
            "languages": list(langs),
            "hard": True,
        },
    )


def bounce_catch(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: public prompt replay (verbatim ShareGPT prompts, each once) through aged small-business
    keys on office lines, office hours, the most common SDK, modest new-model share."""
    fam = "bounce_catch"
    n_keys = irange(rng, 6, 10)
    tz = pick(rng, (1, -5, 0, 2))
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n_keys):
        ua = "OpenAI/Python 1.54.0" if rng.random() < 0.75 else "OpenAI/NodeJS 4.67.1"
        a = _worker(ctx, rng, fam, camp, role="replay_key", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(280, 520)),
            workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(17, 19)), 0.08, 0.03),
        )
        idx = [order[(pos + i) % len(order)] for i in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [ctx.chat[i] for i in idx],
            models=ctx.models(rng, ts, p_new=0.5),
            comp_median=340.0,
            comp_sigma=0.65,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "ip_source": "office broadband, one static line per key",
            "tz": tz,
            "pacing": "office hours Poisson",
            "prompts": "verbatim public ShareGPT prompts, each once",
            "languages": ["mostly en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "tossup": tossup,
    "bat_swing": bat_swing,
    "long_hit": long_hit,
    "fly_ball": fly_ball,
    "ground_ball": ground_ball,
    "far_base": far_base,
    "run_back": run_back,
    "home_base": home_base,
    "catch_out": catch_out,
    "relay_throw": relay_throw,
    "outfielder": outfielder,
    "bounce_catch": bounce_catch,
}
