"""Campaign families of batch 311 (code names: stargazing words).

Each family is `fn(ctx, rng, campaign_id)`: it opens accounts, writes their events through
`ctx.emit` and records the campaign with `ctx.campaign`. Everything is drawn from the family's own
generator, in an order that does not depend on the string hash seed (no set is ever walked).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind311 import texts as tx

#: user agents as they appear in the simulator's background (seen in its output), for blending in
BG_BROWSER_UAS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Edg/130.0",
)
BG_BROWSER_W = (0.5, 0.3, 0.06, 0.08, 0.06)
BG_SDK_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)


def bg_browser(rng: np.random.Generator) -> str:
    return BG_BROWSER_UAS[int(rng.choice(len(BG_BROWSER_UAS), p=np.asarray(BG_BROWSER_W)))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _region_of(tz: int) -> str:
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
    }[tz]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool


def eyepiece(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "eyepiece"
    n_keys = irange(rng, 10, 22)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 7))
    n_cards = irange(rng, 1, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    orgs = [hexid(rng, "org") for _ in range(n_cards)]
    ua = bb.sdk_ua(rng, 0.6)
    langs = ["en", "de", "zh", "es", "fr"]
    lw = tx.lang_weights(rng, langs, 1.2)
    lw[0] += 0.5
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(40, 75))
    operator_tz = pick(rng, (3, 8, 2))
    curve = bb.constant if chance(rng, 0.5) else bb.nightly(18.0, 14.0, operator_tz)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    p_new = float(rng.uniform(0.75, 0.95))
    accts = []
    for i, ts in enumerate(streams):
        c = i % n_cards
        ips = bb.picks(rng, pool, irange(rng, 1, 3))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[c],
            pay=cards[c],
            ua=ua,
            ips=ips,
        )
        prompts = [tx.reasoning_harvest(rng, tx.draw_lang(rng, langs, lw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=1200,
            comp_sigma=0.5,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "keys": n_keys,
            "cards": n_cards,
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "languages": langs,
            "p_new": round(p_new, 2),
            "operator_tz": operator_tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading via VPN exits, bursts, stolen cards


def collimation(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "collimation"
    n_keys = irange(rng, 5, 10)
    exits = bb.cloud(rng, irange(rng, 6, 14), pick(rng, ("m247", "leaseweb", "vultr", "ovh")))
    tz = pick(rng, (3, 8, 2, 5))
    langs = ["en", "ko", "ja"]
    lw = [0.75, 0.15, 0.1] if chance(rng, 0.5) else [0.9, 0.05, 0.05]
    p_new = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.SDK_OTHER)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            ua=ua,
            ips=bb.picks(rng, exits, irange(rng, 2, 4)),
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY,
            bb.workday(tz, 9, 23, 0.6),
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(12, 35)), float(rng.uniform(2, 6)), 0.6, ctx.t1
            )
        )
        ips = bb.sticky(rng, ts, a.ips, float(rng.uniform(4, 20)) * HOUR)
        prompts = [
            tx.grading_harvest(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs, lw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new),
            comp_median=260,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "bursts in operator's long day",
            "keys": n_keys,
            "payment": "one stolen card per key",
            "ip_source": "commercial VPN exits (hosting ASNs), sticky",
            "operator_tz": tz,
            "languages": langs,
            "p_new": round(p_new, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through residential proxies, prepaid cards, night shift


def dew_shield(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dew_shield"
    n_keys = irange(rng, 18, 34)
    tz = pick(rng, (8, 3))
    langs = ["zh", "en", "ru", "ar", "vi"]
    lw = tx.lang_weights(rng, langs, 1.0)
    region = pick(rng, ("us", "eu", "sea", "jp_kr"))
    proxy_pool = bb.resi(rng, irange(rng, 80, 200), region)
    p_new = float(rng.uniform(0.6, 0.9))
    hold = float(rng.uniform(0.5, 2.0)) * HOUR
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_OTHER)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rewriter",
            campaign_id=cid,
            ua=ua,
            ips=bb.picks(rng, proxy_pool, 8),
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(25, 70)) * (ctx.t1 - start) / DAY,
            bb.nightly(irange(rng, 20, 23), float(rng.uniform(7, 11)), tz),
        )
        ips = bb.sticky(rng, ts, a.ips, hold)
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs, lw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new),
            comp_median=480,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe policy rewrites",
            "pacing": "per-key poisson in operator's night",
            "keys": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": f"residential proxy pool ({region}), sticky",
            "languages": langs,
            "operator_tz": tz,
            "p_new": round(p_new, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, multi-step episodes from cloud VMs


def star_hopping(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "star_hopping"
    n_keys = irange(rng, 5, 11)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    providers = [pick(rng, ("gcp", "aws", "azure")), pick(rng, ("oracle", "linode", "gcp"))]
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(5, 10))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    p_new = float(rng.uniform(0.7, 0.95))
    accts = []
    for ep_starts in streams:
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rollout_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, pick(rng, providers)),
        )
        ts_all, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            style = irange(rng, 0, 2)
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            task = tx.agent_task(rng)
            hist = 0
            for j, tj in enumerate(t.tolist()):
                p = tx.agent_first(rng, task, style) if j == 0 else tx.agent_next(rng, j, style)
                ts_all.append(tj)
                prompts.append(p)
                extra.append(hist)
                hist += len(p) // 4 + irange(rng, 150, 600)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_arr = np.asarray(extra, dtype=np.int64)[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=380,
            err=0.02,
            extra=extra_arr,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent/tool-use trajectory harvest",
            "pacing": "episodes from a worker pool, 3-12 steps",
            "keys": n_keys,
            "payment": "one company card",
            "ip_source": f"cloud VMs ({'/'.join(providers)})",
            "user_agent": ua,
            "p_new": round(p_new, 2),
            "episodes_per_hour": round(per_hour, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, few keys, steady 24/7 from dedicated servers


def bortle_scale(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bortle_scale"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    langs = ["en", "de", "ja", "pt"]
    lw = [0.7, 0.1, 0.1, 0.1]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        rate = float(rng.uniform(9, 17))
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = [
            tx.dataset_harvest(rng, ctx.chat, tx.draw_lang(rng, langs, lw)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=1700,
            comp_sigma=0.4,
            err=0.06,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic SFT dataset generation",
            "pacing": "steady 24/7 per key",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"dedicated {provider} servers",
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a low-and-slow person-like crowd


def asterism(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "asterism"
    n = irange(rng, 40, 65)
    tzs = [-5, -8, 0, 1, -3]
    lang_of_tz = {-5: ("en",), -8: ("en",), 0: ("en",), 1: ("en", "fr"), -3: ("pt", "es")}
    p_new = float(rng.uniform(0.3, 0.45))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, lang_of_tz[tz])
        ips = bb.resi(rng, 1 if chance(rng, 0.8) else 2, _region_of(tz))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="persona",
            campaign_id=cid,
            ua=bg_browser(rng),
            ips=ips,
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 140)),
        )
        ts_list, prompts = [], []
        for st in sessions:
            for j in range(len(st)):
                prompts.append(
                    tx.dialogue_opener(rng, ctx.chat, lang)
                    if j == 0
                    else tx.dialogue_followup(rng, lang)
                )
            ts_list.append(st)
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new, 0.1),
            comp_median=520,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human-like evening sessions",
            "accounts": n,
            "payment": "one card per account",
            "ip_source": "residential proxy, one sticky address per account, tz-matched",
            "user_agent": "background browser strings",
            "languages": ["en", "fr", "pt", "es"],
            "p_new": round(p_new, 2),
            "hard": "looks like a crowd of ordinary chat users",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts fired n times


def finderscope(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "finderscope"
    n_keys = irange(rng, 4, 8)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    start = max(ctx.t0, ctx.release - float(rng.uniform(0.3, 1.2)) * DAY)
    ns = (4, 5, 8, 10, 16)
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=bb.cloud(rng, 1, "aws"),
        )
        jobs = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts = [], []
        for s in jobs.tolist():
            p, rep = tx.sampling_item(rng, ctx.chat)
            k = pick(rng, ns) if rep else 1
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[j] for j in order.tolist()],
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=420,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "jobs repeated n times back to back",
            "n": list(ns),
            "keys": n_keys,
            "orgs": n_orgs,
            "ip_source": "AWS elastic IPs",
            "user_agent": ua,
            "p_new": round(p_new, 2),
            "starts": "about a day before the release",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: curriculum sweep hidden inside a real tutoring product's backend traffic


def dobsonian(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dobsonian"
    app = pick(rng, ("StudyNook", "Brightpath Tutor", "Quizzly", "Mentora"))
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    curve = bb.global_load(float(rng.uniform(14, 19)), 0.6)
    product_rate = float(rng.uniform(22, 40))  # per hour, all keys together
    sweep_share = float(rng.uniform(0.3, 0.45))
    switch = ctx.release + float(rng.uniform(6, 30)) * HOUR
    concepts = list(tx.CONCEPTS)
    order = rng.permutation(len(concepts)).tolist()
    grades = list(range(6, 13))
    sweep = [(concepts[c], g, k) for c in order for g in grades for k in range(3)]
    sweep_rate = product_rate * sweep_share / (1 - sweep_share)
    prod_ts = bb.thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    sweep_start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)

    def mixed(ts: np.ndarray) -> np.ndarray:
        return 0.5 * curve(ts) + 0.5

    sweep_ts = bb.thinned(
        rng, sweep_start, ctx.t1, sweep_rate * (ctx.t1 - sweep_start) / HOUR, mixed
    )
    sweep_ts = sweep_ts[: len(sweep)]
    ts = np.concatenate([prod_ts, sweep_ts])
    prompts = [tx.student_question(rng, ctx.chat, app) for _ in range(len(prod_ts))]
    prompts += [tx.sweep_item(*sweep[i], app) for i in range(len(sweep_ts))]
    comp = np.concatenate([np.full(len(prod_ts), 420.0), np.full(len(sweep_ts), 950.0)])
    o = np.argsort(ts, kind="stable")
    ts, comp = ts[o], comp[o]
    prompts = [prompts[i] for i in o.tolist()]
    who = rng.integers(0, n_keys, size=len(ts))
    accts = []
    for k in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        sel = np.flatnonzero(who == k)
        tk = ts[sel]
        models = [ctx.new_model if t >= switch else ctx.old_models[0] for t in tk.tolist()]
        ctx.emit(
            rng,
            a,
            tk,
            [prompts[i] for i in sel.tolist()],
            models=models,
            comp_median=comp[sel],
            err=0.01,
            extra=380,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep hidden in a tutoring product's traffic",
            "app": app,
            "keys": n_keys,
            "pacing": "product load curve; sweep half flat, half product curve",
            "sweep_share": round(sweep_share, 2),
            "ip_source": "AWS NAT gateways",
            "user_agent": ua,
            "model_switch_ts": switch,
            "hard": "same wrapper, same keys, same addresses as genuine student traffic",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest (parallel corpus) from Asian cloud regions at night


def zodiacal_light(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "zodiacal_light"
    n_keys = irange(rng, 8, 16)
    per_org = irange(rng, 3, 5)
    targets = ["zh", "ja", "ko", "de", "fr", "es", "ar", "hi", "id", "vi", "tr", "ru"]
    tw = tx.lang_weights(rng, targets, 0.8)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    tz = 8
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(35, 60))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.nightly(19.0, 12.0, tz))
    p_new = float(rng.uniform(0.6, 0.85))
    orgs: list[str] = []
    cards: list[str] = []
    accts = []
    for i, ts in enumerate(streams):
        if i % per_org == 0:
            orgs.append(hexid(rng, "org"))
            cards.append(hexid(rng, "pay"))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="translator",
            campaign_id=cid,
            org=orgs[-1],
            pay=cards[-1],
            ua=ua,
            ips=bb.cloud(rng, 2, pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))),
            tz=tz,
        )
        prompts = [
            tx.translation_harvest(rng, ctx.passages, tx.draw_lang(rng, targets, tw))
            for _ in range(len(ts))
        ]
        comp = np.asarray([max(80.0, len(p) / 3.2) for p in prompts])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation parallel-corpus harvest",
            "pacing": "worker pool in operator's evening/night",
            "keys": n_keys,
            "keys_per_org": per_org,
            "ip_source": "Chinese cloud providers",
            "targets": targets,
            "user_agent": ua,
            "p_new": round(p_new, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest through bought aged accounts that had genuine owners


def gegenschein(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "gegenschein"
    n = irange(rng, 12, 22)
    pivot = ctx.release - float(rng.uniform(0.1, 1.0)) * DAY
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home_ip = bb.home(rng, 1, tz)
        owner_ua = bg_browser(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home_ip,
            tz=tz,
        )
        # the previous owner's own light use
        own = _cat(
            bb.session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 2.5, 70.0
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.2, 0.15),
            comp_median=350,
        )
        # the buyer's harvest
        my_start = pivot + float(rng.uniform(0, 10)) * HOUR
        proxies = bb.resi(rng, irange(rng, 4, 12), _region_of(tz))
        ua = (
            owner_ua
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        sess = _cat(
            bb.session_times(
                rng,
                my_start,
                ctx.t1,
                float(rng.uniform(6, 11)),
                bb.global_load(12, 0.3),
                float(rng.uniform(5, 9)),
                float(rng.uniform(20, 45)),
            )
        )
        ips = bb.sticky(rng, sess, proxies, float(rng.uniform(4, 12)) * HOUR)
        ctx.emit(
            rng,
            a,
            sess,
            [tx.code_harvest(rng) for _ in range(len(sess))],
            ips=ips,
            ua=ua,
            models=ctx.models(rng, sess, p_new, 0.0),
            comp_median=850,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest through bought aged accounts",
            "pivot_ts": pivot,
            "accounts": n,
            "payment": "the original owners' cards",
            "ip_source": "owner's home ISP, then region-matched residential proxies",
            "user_agent": "owner's browser kept by half, scripts otherwise",
            "p_new": round(p_new, 2),
            "hard": "each account has a genuine-looking history and keeps its owner's card and org",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay (ShareGPT) by many browser-like accounts, after the release


def star_party(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "star_party"
    n = irange(rng, 26, 42)
    perm = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    p_new = float(rng.uniform(0.8, 0.93))
    card = hexid(rng, "pay")
    accts = []
    for i in range(n):
        if i % irange(rng, 2, 3) == 0:
            card = hexid(rng, "pay")
        tz = pick(rng, (-5, -8, 0, 1, 2, 5, 9))
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            pay=card,
            ua=bg_browser(rng),
            ips=bb.resi(rng, irange(rng, 1, 3), _region_of(tz)),
            tz=tz,
        )
        start = ctx.release + float(rng.uniform(0, 20)) * HOUR
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.evening_person(tz, 3.0),
                float(rng.uniform(6, 10)),
                float(rng.uniform(35, 80)),
            )
        )
        ips = bb.sticky(rng, ts, a.ips, float(rng.uniform(1, 3)) * DAY)
        prompts = [ctx.chat[perm[(pos + j) % len(perm)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=430,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay (ShareGPT) against the new model",
            "accounts": n,
            "pacing": "human-like sessions after the release",
            "payment": "prepaid card per 2-3 accounts",
            "ip_source": "residential, tz-matched, sticky for days",
            "p_new": round(p_new, 2),
            "hard": "prompts are real users' prompts; no account repeats another's",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: expert Q&A harvest riding on leaked keys of real developers


def red_flashlight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "red_flashlight"
    n = irange(rng, 10, 18)
    pool = bb.cloud(rng, irange(rng, 30, 60), pick(rng, ("digitalocean", "vultr", "linode")))
    p_new = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        owner_ua = pick(rng, BG_SDK_UAS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="leaked_key",
            campaign_id=cid,
            ua=owner_ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        own = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 30)) * 7, bb.workday(tz))
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.25),
            comp_median=380,
        )
        leak = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        op = bb.thinned(
            rng, leak, ctx.t1, float(rng.uniform(15, 45)) * (ctx.t1 - leak) / DAY, bb.constant
        )
        ua = owner_ua if chance(rng, 0.6) else "python-httpx/0.28.1"
        ctx.emit(
            rng,
            a,
            op,
            [tx.expert_harvest(rng) for _ in range(len(op))],
            ips=bb.picks(rng, pool, len(op)),
            ua=ua,
            models=ctx.models(rng, op, p_new),
            comp_median=900,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert Q&A harvest on leaked developer keys",
            "victims": n,
            "payment": "victims' own cards",
            "ip_source": "victim's home ISP (owner) + rotating VPS pool (operator)",
            "p_new": round(p_new, 2),
            "hard": "operator traffic hides among genuine owners' traffic on their keys",
        },
    )


CAMPAIGN_FAMILIES = {
    "eyepiece": eyepiece,
    "collimation": collimation,
    "dew_shield": dew_shield,
    "star_hopping": star_hopping,
    "bortle_scale": bortle_scale,
    "asterism": asterism,
    "finderscope": finderscope,
    "dobsonian": dobsonian,
    "zodiacal_light": zodiacal_light,
    "gegenschein": gegenschein,
    "star_party": star_party,
    "red_flashlight": red_flashlight,
}
