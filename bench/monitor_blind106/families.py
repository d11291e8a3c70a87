"""Campaign families of blind batch 106 (code names: kendo words).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, writes its events
through `ctx.emit` and records the campaign in the truth. Everything about a campaign (key
counts, orgs, cards, pacing, addresses, user agents, languages, models) is drawn from the family's
own rng. The README card describes each family; the code is the definition.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind106 import texts as tx

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# helpers


def _json(x):
    """Plain Python values for the truth (numpy scalars and tuples made JSON-safe)."""
    if isinstance(x, dict):
        return {str(k): _json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_json(v) for v in x]
    if isinstance(x, np.generic):
        return x.item()
    return x


def _after(t: float, before: float, curve: bb.Curve = bb.constant) -> bb.Curve:
    """`curve`, scaled down to `before` ahead of time t."""

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return curve(ts) * np.where(ts >= t, 1.0, before)

    return f


def _styles(rng: Rng, names: list[str], weights: list[float], n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [names[i] for i in rng.choice(len(names), size=n, p=w / w.sum()).tolist()]


def _flatten(sessions: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(times, session index, position in session) of a list of sessions."""
    if not sessions:
        return np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ts = np.concatenate(sessions)
    sid = np.concatenate([np.full(len(s), i, dtype=np.int64) for i, s in enumerate(sessions)])
    pos = np.concatenate([np.arange(len(s), dtype=np.int64) for s in sessions])
    return ts, sid, pos


def _clip(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


_LANG_TZ = {"en": (-8, -5, 0), "fr": (1,), "es": (-3, 1), "pt": (-3,), "de": (1,)}
_TZ_MOBILE = {"us_mobile": (-8, -5), "in_mobile": (5,), "br_mobile": (-3,)}
_CARRIER_REGION = {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam"}


# --------------------------------------------------------------------------------------------
# reasoning traces on a difficulty ladder, from a rented hosting block


def zanshin(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "zanshin"
    n_keys = irange(rng, 8, 15)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(max(1, n_keys // irange(rng, 3, 5)))]
    uas = [bb.sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 2))]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % len(cards)],
                ua=pick(rng, uas),
                ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)],
            )
        )
    per_hour = float(rng.uniform(30, 70))
    pre = float(rng.uniform(0.08, 0.25))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after(ctx.release, pre))
    names = ["tags", "verbose", "json", "retry", "zh", "ru"]
    weights = [0.25, 0.2, 0.15, 0.1, 0.2, 0.1]
    item = 0
    for acct, ts in zip(accts, streams, strict=True):
        frac = (ts - start) / max(ctx.t1 - start, 1.0)
        levels = (
            np.clip(1 + np.floor(frac * 5 + rng.normal(0, 0.6, len(ts))), 1, 5).astype(int).tolist()
        )
        styles = _styles(rng, names, weights, len(ts))
        prompts = []
        for lv, st in zip(levels, styles, strict=True):
            item += 1
            prompts.append(tx.reasoning_prompt(rng, st, lv, item))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=np.array([700.0 + 260.0 * lv for lv in levels]),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "reasoning-trace harvest over a 1-5 difficulty ladder",
                "keys": n_keys,
                "orgs": n_orgs,
                "cards": len(cards),
                "payment": "prepaid cards, each shared by 3-5 keys",
                "pacing": "worker_pool",
                "per_hour": round(per_hour, 1),
                "pre_release_share": round(pre, 3),
                "ip_source": f"rented {provider} block",
                "user_agents": uas,
                "languages": ["en", "zh", "ru"],
                "styles": names,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading, three shell orgs firing batches from cloud


def kirikaeshi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kirikaeshi"
    plans = [["rubric", "pair"], ["de", "reward"], ["ko", "checklist"]]
    accts, meta = [], []
    ua = pick(rng, ("python-requests/2.32.3", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.58.1"))
    for plan in plans:
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
            accts.append(a)
            meta.append(plan)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_day = float(rng.uniform(3, 7))
    size = float(rng.uniform(30, 80))
    for acct, plan in zip(accts, meta, strict=True):
        starts = bb.thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, _after(ctx.release, 0.25)
        )
        ts, _, _ = _flatten(bb.bursts(rng, starts, size, float(rng.uniform(1.0, 2.5)), b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, pick(rng, plan), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=420.0,
            comp_sigma=0.45,
            err=0.03,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "grading / preference / reward-score harvest",
                "orgs": len(plans),
                "keys": len(accts),
                "payment": "one card per org",
                "pacing": "bursts",
                "bursts_per_day": round(per_day, 2),
                "burst_size": round(size, 1),
                "ip_source": "cloud, one small set per org",
                "user_agent": ua,
                "languages": ["en", "de", "ko"],
                "styles": plans,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites through VPN exits, steady per-key rates


def tsubazeriai(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tsubazeriai"
    n_keys = irange(rng, 5, 9)
    vpn = bb.cloud(rng, irange(rng, 10, 20), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, irange(rng, 3, 8), "ovh"
    )
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    names = ["zh", "en_rewrite", "en_pair", "ar", "classify"]
    weights = [0.35, 0.25, 0.2, 0.1, 0.1]
    accts = []
    rates = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=vpn
        )
        accts.append(acct)
        rate = float(rng.uniform(5, 13))
        rates.append(round(rate, 1))
        a = start + float(rng.uniform(0, 0.5)) * DAY
        ts = bb.thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, bb.constant)
        prompts = [
            tx.rewrite_prompt(rng, st, ctx.chat, ctx.passages)
            for st in _styles(rng, names, weights, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=bb.sticky(rng, ts, vpn, 30 * MINUTE),
            comp_median=380.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "censorship-safe / policy rewrite harvest",
                "keys": n_keys,
                "payment": "one (stolen) card per key",
                "orgs": "one per key",
                "pacing": "steady Poisson per key, 24/7",
                "per_key_per_hour": rates,
                "ip_source": "VPN exits (hosting ranges), sticky 30 min",
                "user_agent": ua,
                "languages": ["zh", "en", "ar"],
                "styles": names,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts through a residential proxy network


def kakarigeiko(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kakarigeiko"
    n_keys = irange(rng, 10, 18)
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, irange(rng, 60, 150), region)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(5, 10))
    episodes = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after(ctx.release, 0.3))
    names, weights = ["react", "json", "xml", "es"], [0.35, 0.35, 0.15, 0.15]
    tool_sets = [
        ["web_search", "open_url", "python"],
        ["shell", "read_file", "write_file"],
        ["calendar", "send_email", "web_search"],
        ["python", "read_file", "web_search", "open_url"],
    ]
    for acct, starts in zip(accts, episodes, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=k - 1))])
            style, task, tools = (
                tx.weighted(rng, names, weights),
                tx.agent_task(rng),
                pick(rng, tool_sets),
            )
            for step, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(tx.agent_step(rng, style, task, step, ctx.passages, tools))
                extra.append(120 * len(tools) + step * irange(rng, 180, 450))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=190.0,
            comp_sigma=0.7,
            err=0.015,
            extra=np.asarray(extra, dtype=np.int64),
            ips=bb.sticky(rng, ts, pool, 10 * MINUTE),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "agent / tool-use transcript harvest",
                "keys": n_keys,
                "orgs": 2,
                "cards": 2,
                "pacing": "worker pool of episodes, 4-14 chained steps each",
                "episodes_per_hour": round(per_hour, 2),
                "ip_source": f"residential proxies ({region}), sticky 10 min",
                "user_agent": ua,
                "languages": ["en", "es"],
                "styles": names,
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation, launched at the model release on fresh keys


def debana(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "debana"
    n_keys = irange(rng, 18, 28)
    provs = ["aws", "gcp", "azure", "vultr", "linode", "digitalocean", "oracle"]
    names, weights = ["jsonl", "dialog", "exam", "es", "pt", "id"], [0.3, 0.2, 0.15, 0.15, 0.1, 0.1]
    launch = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, pick(rng, provs)),
        )
        accts.append(acct)
        a = launch + float(rng.exponential(3 * HOUR))
        starts = bb.thinned(
            rng, a, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - a) / DAY, bb.constant
        )
        ts, _, _ = _flatten(bb.bursts(rng, starts, float(rng.uniform(10, 25)), 4.0, b=ctx.t1))
        prompts = [tx.dataset_prompt(rng, st) for st in _styles(rng, names, weights, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "synthetic instruction / dialogue / exam data generation",
                "keys": n_keys,
                "orgs": "one per key",
                "payment": "one (stolen) card per key",
                "pacing": "bursts, from the release on",
                "launch": launch,
                "ip_source": "one cloud address per key, mixed providers",
                "languages": ["en", "es", "pt", "id"],
                "styles": names,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# HARD: multi-turn dialogue harvest by a low-and-slow crowd of person-like accounts


def suriage(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "suriage"
    n = irange(rng, 35, 55)
    langs = ["en", "fr", "es", "pt", "de"]
    lw = [0.45, 0.15, 0.15, 0.13, 0.12]
    accts, static = [], 0
    for _ in range(n):
        lang = tx.weighted(rng, langs, lw)
        tz = pick(rng, _LANG_TZ[lang])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 80)),
        )
        ts, sid, pos = _flatten(sessions)
        if len(ts) == 0:
            continue
        rotate = chance(rng, 0.7)
        static += 0 if rotate else 1
        sess_ip = bb.home(rng, len(sessions), tz) if rotate else acct.ips * len(sessions)
        ips = [sess_ip[i] for i in sid.tolist()]
        prompts = [
            tx.opener(rng, lang, ctx.chat) if p == 0 else tx.followup(rng, lang)
            for p in pos.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.03),
            ips=ips,
            comp_median=480.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "multi-turn dialogue harvest (user-simulator follow-ups)",
                "accounts": n,
                "payment": "one bought prepaid card per account",
                "orgs": "one per account",
                "pacing": "human sessions, evening curve in the persona's time zone, 1-2 sessions a day",
                "ip_source": "residential proxy in the persona's region, new exit per session (static for some)",
                "static_ip_accounts": static,
                "user_agents": "browsers",
                "languages": langs,
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling from one rented /24


def fumikomi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fumikomi"
    n_keys = irange(rng, 3, 5)
    hosts = bb.rented_block(rng, "vultr", 1, n_keys)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=[h],
        )
        for h in hosts
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(3, 7))
    seeds = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after(ctx.release, 0.3))
    ns = (4, 8, 16)
    for acct, ss in zip(accts, seeds, strict=True):
        ts_all, prompts = [], []
        for s in ss.tolist():
            k = pick(rng, ns)
            p = tx.sample_seed_prompt(rng, ctx.chat)
            t = s + np.cumsum(rng.lognormal(np.log(0.35), 0.6, size=k))
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=400.0,
            comp_sigma=0.7,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "best-of-n / soft-label sampling (each prompt fired 4, 8 or 16 times)",
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "pacing": "worker pool of seed prompts, tight repeat trains",
                "seeds_per_hour": round(per_hour, 2),
                "ip_source": "one rented vultr /24, one host per key",
                "user_agent": ua,
                "languages": ["en"],
                "n_values": list(ns),
                "start": start,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# parallel-corpus (translation) harvest, slow and steady through rotating VPN exits


def sonkyo(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sonkyo"
    n_keys = irange(rng, 3, 6)
    vpn = bb.cloud(rng, irange(rng, 8, 20), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, 4, "ovh"
    )
    org = hexid(rng, "org")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = ["plain", "json", "pro", "tr", "vi"]
    accts, rates = [], []
    job = 0
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_bot",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=vpn,
        )
        accts.append(acct)
        style = styles[i % len(styles)]
        rate = float(rng.uniform(4, 9))
        rates.append(round(rate, 1))
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = bb.thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, bb.constant)
        prompts, comp = [], []
        src, targets = "", []
        for _ in range(len(ts)):
            if not targets:
                src = tx.excerpt(rng, ctx.passages, 250, 1400)
                order = rng.permutation(len(tx.LANGS)).tolist()
                targets = [tx.LANGS[j] for j in order[: irange(rng, 6, 16)]]
                job += 1
            code, name = targets.pop(0)
            prompts.append(tx.translate_prompt(rng, style, src, code, name, job))
            comp.append(max(40.0, len(src) / 3.2))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
            err=0.01,
            ips=bb.sticky(rng, ts, vpn, HOUR),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "parallel-corpus harvest: one source text into 6-16 target languages",
                "keys": n_keys,
                "orgs": 1,
                "payment": "one (stolen) card per key",
                "pacing": "steady Poisson, 24/7",
                "per_key_per_hour": rates,
                "ip_source": "VPN exits, sticky 1 h, shared by all keys",
                "user_agent": ua,
                "languages": [c for c, _ in tx.LANGS],
                "styles": styles,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real writing product's traffic


def motodachi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "motodachi"
    brand = pick(rng, ("Draftwell", "Penloom", "Wordcraft Studio", "Scribeline"))
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.45, 0.7)))
    real_rate = float(rng.uniform(25, 45))
    harvest_rate = real_rate * float(rng.uniform(0.2, 0.4))
    h_start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = bb.worker_pool(rng, h_start, ctx.t1, harvest_rate, n_keys, curve)
    for acct, rts, hts in zip(accts, real, harvest, strict=True):
        rp = []
        for _ in range(len(rts)):
            mode = pick(rng, tx.PRODUCT_MODES)
            text = (
                tx.excerpt(rng, ctx.chat, 20, 900)
                if chance(rng, 0.6)
                else tx.excerpt(rng, ctx.passages, 150, 900)
            )
            rp.append(tx.product_prompt(rng, brand, mode, text))
        ctx.emit(
            rng,
            acct,
            rts,
            rp,
            models=ctx.models(rng, rts, p_new=0.45, p_mini=0.15),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.01,
        )
        hp = []
        for i in range(len(hts)):
            k = int(rng.integers(3))
            task = (
                tx.problem_en(rng, irange(rng, 2, 5))
                if k == 0
                else tx.explain_task(rng)
                if k == 1
                else tx.code_prompt(rng, "impl", i)
            )
            hp.append(tx.product_prompt(rng, brand, f"Ask {brand}", task))
        ctx.emit(
            rng,
            acct,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.95, p_mini=0.0),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "harvest mixed into a writing product's real end-user traffic",
                "brand": brand,
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "pacing": "global load curve (product traffic), harvest on the same keys",
                "real_per_hour": round(real_rate, 1),
                "harvest_per_hour": round(harvest_rate, 1),
                "harvest_start": h_start,
                "ip_source": "a few AWS NAT addresses",
                "user_agent": ua,
                "languages": ["en (+ whatever users write)"],
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts that pivot to harvesting after the release


def metsuke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "metsuke"
    n = irange(rng, 12, 20)
    tzs = (-8, -5, 0, 1, 2)
    accts, pivots, switched = [], [], 0
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        pivot = ctx.release + float(rng.uniform(0, 20)) * HOUR
        pivots.append(pivot)
        pre = bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.5, 1.4)), bb.evening_person(tz), 3.5, 70.0
        )
        ts, _, _ = _flatten(pre)
        ts = _clip(ts, ctx.t0, pivot)
        ctx.emit(
            rng,
            acct,
            ts,
            [tx.excerpt(rng, ctx.chat, 10, 800) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=340.0,
        )
        region = bb.ipspace.REGION_OF_TZ[tz][0]
        pool = bb.resi(rng, irange(rng, 10, 30), region)
        new_ua = ua if chance(rng, 0.6) else "OpenAI/Python 1.58.1"
        switched += int(new_ua != ua)
        post = bb.session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(4, 8)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(7, 12)),
            float(rng.uniform(18, 35)),
        )
        ts, _, _ = _flatten(post)
        prompts = []
        for _ in range(len(ts)):
            k = int(rng.integers(5))
            if k == 0:
                p = tx.casual(
                    rng,
                    "Can you solve this step by step and explain each step? "
                    + tx.problem_en(rng, irange(rng, 2, 5)),
                )
            elif k == 1:
                p = tx.casual(rng, tx.explain_task(rng))
            elif k == 2:
                p = tx.dataset_prompt(rng, pick(rng, ("dialog", "exam")))
            elif k == 3:
                p = tx.casual(rng, tx.code_prompt(rng, "impl", 0))
            else:
                code, name = tx.LANGS[int(rng.integers(len(tx.LANGS)))]
                p = tx.translate_prompt(
                    rng, "plain", tx.excerpt(rng, ctx.passages, 200, 900), code, name, 0
                )
            prompts.append(p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            ua=new_ua,
            ips=bb.sticky(rng, ts, pool, 45 * MINUTE),
            comp_median=720.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "bought aged accounts: ordinary history, then harvest after the release",
                "accounts": n,
                "payment": "each account keeps its original card",
                "orgs": "one per account",
                "pivots": pivots,
                "pacing": "human-like sessions before; denser scheduler sessions after",
                "ip_source": "home ISP before; residential proxies in the same region after (sticky 45 min)",
                "ua_switched_accounts": switched,
                "languages": ["en + 16 translation targets"],
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay from a phone farm on carrier IPv6


def okuri_ashi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "okuri_ashi"
    n = irange(rng, 15, 24)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    cards = [hexid(rng, "pay") for _ in range((n + 2) // 3)]
    accts = []
    p_v6 = float(rng.uniform(0.35, 0.65))
    for i in range(n):
        carrier = pick(rng, list(_TZ_MOBILE))
        tz = pick(rng, _TZ_MOBILE[carrier])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i // 3],
            ua=pick(rng, bb.MOBILE),
            ips=bb.mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(6, 10)),
            float(rng.uniform(25, 45)),
        )
        ts, sid, _ = _flatten(sessions)
        if len(ts) == 0:
            continue
        v6 = bb.mobile_v6(rng, len(sessions), carrier)
        v4 = bb.resi(rng, len(sessions), _CARRIER_REGION[carrier])
        sess_ip = [a if chance(rng, p_v6) else b for a, b in zip(v6, v4, strict=True)]
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.7) and cursor < len(order):
                prompts.append(ctx.chat[order[cursor]])
                cursor += 1
            else:
                prompts.append(tx.open_instruction(rng))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            ips=[sess_ip[j] for j in sid.tolist()],
            comp_median=380.0,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "public prompt replay (open chat prompts, each once) for answer harvest",
                "accounts": n,
                "payment": "prepaid cards, one per three accounts",
                "orgs": "one per account",
                "pacing": "app-like sessions, evening curve, 3-6 sessions a day",
                "ip_source": "mobile carriers: IPv6 or CGNAT IPv4, a new address per session",
                "ipv6_share": round(p_v6, 2),
                "user_agents": "mobile app stacks",
                "languages": ["en (whatever the replayed set holds)"],
                "hard": True,
            }
        ),
    )


# --------------------------------------------------------------------------------------------
# HARD: code harvest dressed as a developer-tools startup


def hikiwaza(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hikiwaza"
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, 2, "gcp")
    tzs = [-5, 1]
    accts = []
    for i in range(n_keys):
        tz = tzs[i % 2]
        ips = backend if i < 2 else bb.home(rng, 1, tz) + backend[:1]
        ua = (
            "litellm/1.60.2"
            if i < 2
            else pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.54.0"))
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dev_key",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    curve = bb.multi_office(tzs)
    names, weights = ["impl", "port", "review", "ticket"], [0.4, 0.2, 0.15, 0.25]
    sweep = 0
    rates = []
    for acct in accts:
        rate = float(rng.uniform(8, 18))
        rates.append(round(rate, 1))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR * 0.45,
            _after(ctx.release, 0.5, curve),
        )
        prompts = []
        for st in _styles(rng, names, weights, len(ts)):
            alg = tx.ALGOS[sweep % len(tx.ALGOS)]
            lang = tx.CODE_LANGS[(sweep // len(tx.ALGOS)) % len(tx.CODE_LANGS)]
            sweep += 1
            prompts.append(tx.code_prompt(rng, st, 1000 + sweep, alg, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _json(
            {
                "operation": "code harvest sweeping algorithm x language, dressed as a dev-tools startup",
                "keys": n_keys,
                "orgs": 1,
                "cards": 1,
                "pacing": "two offices' working days (UTC-5, UTC+1)",
                "per_key_per_hour": rates,
                "ip_source": "2 GCP backend addresses + office broadband",
                "languages": ["en"],
                "styles": names,
                "hard": True,
            }
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "zanshin": zanshin,
    "kirikaeshi": kirikaeshi,
    "tsubazeriai": tsubazeriai,
    "kakarigeiko": kakarigeiko,
    "debana": debana,
    "suriage": suriage,
    "fumikomi": fumikomi,
    "sonkyo": sonkyo,
    "motodachi": motodachi,
    "metsuke": metsuke,
    "okuri_ashi": okuri_ashi,
    "hikiwaza": hikiwaza,
}
