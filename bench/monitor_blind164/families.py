"""Campaign families of batch 164 (code names are kubb words).

Each family is `fn(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes their
events through `ctx.emit` and registers the campaign with `ctx.campaign`. Every choice (key
counts, orgs, cards, addresses, pacing, languages, styles, model use) is drawn from the family's
own generator. The last four families are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind164 import texts as tx

CAMP = "campaign"


def _open(
    ctx: Ctx, rng: np.random.Generator, family: str, cid: str, role: str = "worker", **kw
) -> Acct:
    return ctx.account(rng, label=CAMP, family=family, role=role, campaign_id=cid, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _within(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, Poisson worker pool


def inkast(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "inkast"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 7))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    one_card = chance(rng, 0.4)
    card = hexid(rng, "pay")
    cards = [card if one_card else hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [bb.sdk_ua(rng, 0.6) for _ in range(n_orgs)]
    langs = ("en", "en", "en", "zh", "es", "de", "ru", "fr", "ja")
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(60, 130))
    diurnal = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4)))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, diurnal)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        a = _open(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[o],
            pay=cards[o],
            ua=uas[o],
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
        )
        accts.append(a)
        ts = streams[i]
        styles = rng.choice(6, size=irange(rng, 1, 2), replace=False).tolist()
        lang = pick(rng, langs)
        prompts = [
            tx.trace_request(rng, pick(rng, styles), lang if chance(rng, 0.85) else "en")
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "one_card" if one_card else "card_per_org",
            "orgs": n_orgs,
            "start_offset_h": round((start - ctx.release) / HOUR, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through a rotating residential proxy, scripted bursts


def baskubb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "baskubb"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    pool = bb.resi(rng, irange(rng, 120, 300), pick(rng, ("*", "us", "eu", "latam")))
    hold = float(rng.uniform(5, 20)) * MINUTE
    start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    accts = []
    for _ in range(n_keys):
        a = _open(
            ctx, rng, fam, cid, org=org, pay=hexid(rng, "pay"), ua=ua, ips=[pool[0]]
        )  # a stolen card per key
        accts.append(a)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(25, 50)), float(rng.uniform(1.5, 5)), 0.6, ctx.t1
            )
        )
        styles = rng.choice(6, size=irange(rng, 2, 4), replace=False).tolist()
        prompts = [tx.judge_request(rng, ctx.chat, ctx.passages, pick(rng, styles)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(280, 500)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "scripted_bursts",
            "ip_source": "residential_proxy_sticky",
            "hold_min": round(hold / MINUTE, 1),
            "payment": "stolen_card_per_key",
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites: many free-tier signups behind a few VPN exits


def fieldkubb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fieldkubb"
    n_keys = irange(rng, 10, 20)
    exits = bb.cloud(rng, irange(rng, 2, 4), "m247") + bb.cloud(
        rng, irange(rng, 2, 5), pick(rng, ("leaseweb", "vultr"))
    )
    prepaid = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    tz = pick(rng, (8, 3))
    curve = bb.workday(
        tz,
        start=float(rng.uniform(8.5, 10)),
        end=float(rng.uniform(20, 23)),
        weekend=0.6,
        night=0.05,
    )
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    lang_pool = ("zh", "zh", "ru", "en", "en", "ar") if tz == 8 else ("ru", "ru", "en", "zh", "ar")
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        a = _open(
            ctx,
            rng,
            fam,
            cid,
            pay=pick(rng, prepaid),
            ua=ua,
            ips=bb.picks(rng, exits, irange(rng, 2, 4)),
            tz=tz,
        )
        accts.append(a)
        ts = bb.thinned(
            rng,
            bb.jitter_start(rng, start, ctx.release + DAY, 0.5),
            ctx.t1,
            float(rng.uniform(50, 110)) * 3.5,
            curve,
        )
        lang = pick(rng, lang_pool)
        style = irange(rng, 0, 3)
        prompts = [
            tx.policy_rewrite(
                rng,
                ctx.chat,
                ctx.passages,
                style if chance(rng, 0.7) else irange(rng, 0, 3),
                lang if chance(rng, 0.8) else "en",
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=float(rng.uniform(450, 800)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "poisson_working_hours",
            "operator_tz": tz,
            "ip_source": "vpn_exits",
            "payment": "prepaid_cards_shared",
            "cards": len(prepaid),
            "languages": sorted(set(lang_pool)),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from cloud workers


def corner_stake(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "corner_stake"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    start = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    accts = []
    for _ in range(n_keys):
        a = _open(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(a)
        task_starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 4.5)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        style = irange(rng, 0, 2)
        ts_all, prompts, extra = [], [], []
        for s in task_starts.tolist():
            task = tx.agent_task(rng)
            steps = irange(rng, 3, 10)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))]
            )
            hist: list[tuple[str, str, str]] = []
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(tx.agent_step(rng, task, hist, style))
                extra.append(900 + 350 * k)
                tool = pick(rng, tx.TOOLS)
                hist.append((tx.agent_thought(rng), tool, tx._observation(rng, tool)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=float(rng.uniform(150, 300)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "pacing": "task_loops",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: several shell orgs, nightly runs across hosting providers


def kasttra(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kasttra"
    n_keys, n_orgs = irange(rng, 14, 26), irange(rng, 4, 6)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    tz = pick(rng, (3, 8, 2))
    window = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(5, 8)), tz)
    start = ctx.release - float(rng.uniform(1.5, 3.0)) * DAY
    provs = ("digitalocean", "vultr", "linode", "contabo", "ovh", "scaleway")
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        a = _open(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[o],
            pay=cards[o],
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(8, 16)) * (ctx.t1 - start) / DAY, window
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(4, 10)), float(rng.uniform(20, 60)), 0.7, ctx.t1
            )
        )
        styles = rng.choice(5, size=irange(rng, 1, 3), replace=False).tolist()
        lang = pick(rng, ("en", "en", "zh", "es"))
        prompts = [tx.dataset_request(rng, pick(rng, styles), lang) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.1),
            comp_median=float(rng.uniform(1000, 1500)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "nightly_bursts",
            "operator_tz": tz,
            "ip_source": "cloud_mixed_providers",
            "payment": "card_per_org",
            "orgs": n_orgs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: browser-spoofed bot conversations through residential proxies


def helicopter_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "helicopter_throw"
    n_keys = irange(rng, 10, 16)
    stolen = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    langs = ("en", "en", "es", "pt", "de", "zh", "ko")
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("us", "eu", "latam", "jp_kr", "sea"))
        pool = bb.resi(rng, irange(rng, 20, 50), region)
        a = _open(
            ctx, rng, fam, cid, pay=pick(rng, stolen), ua=pick(rng, bb.BROWSERS), ips=[pool[0]]
        )
        accts.append(a)
        lang = pick(rng, langs)
        conv_starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.8, 1.5)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in conv_starts.tolist():
            n = irange(rng, 4, 12)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(18, 40))), 0.5, size=n - 1)),
                ]
            )
            turns = tx.dialogue_turns(rng, ctx.chat, lang, n)
            ip = pick(rng, pool)
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(turns[k])
                extra.append(260 * k)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            ips=ips,
            comp_median=float(rng.uniform(350, 600)),
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "pacing": "bot_conversations",
            "ip_source": "residential_proxy_per_conversation",
            "payment": "stolen_cards_shared",
            "user_agent": "browser_spoofed",
            "languages": sorted(set(langs)),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n code sampling and soft labels: the same prompt fired n times in parallel


def drilling_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drilling_throw"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("hetzner", "ovh", "leaseweb")), 1, irange(rng, 2, 5))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "reqwest/0.12.12"))
    start = ctx.release + float(rng.uniform(0.0, 8.0)) * HOUR
    suffix = irange(rng, 0, 2)
    accts = []
    for _ in range(n_keys):
        a = _open(ctx, rng, fam, cid, org=org, pay=pay, ua=ua, ips=bb.picks(rng, block, 2))
        accts.append(a)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3.5, 6)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = pick(rng, (4, 5, 8, 8, 10, 16))
            base = (
                tx.code_task(rng, irange(rng, 0, 2))
                if chance(rng, 0.65)
                else tx.soft_label_item(rng, ctx.passages)
            )
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.7, size=n - 1))])
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                if suffix == 0:
                    prompts.append(base)
                elif suffix == 1:
                    prompts.append(f"{base}\n\n# sample {k + 1}")
                else:
                    prompts.append(
                        f"{base}\n(Attempt {k + 1} of {n}: take a different approach from the usual one.)"
                    )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.99, 0.0),
            comp_median=float(rng.uniform(400, 700)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "pacing": "parallel_fanout",
            "ip_source": "rented_block",
            "payment": "one_card",
            "suffix_style": suffix,
            "start_after_release_h": round((start - ctx.release) / HOUR, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: an office running a metronomic grid walk in several languages


def advantage_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "advantage_line"
    n_keys, n_orgs = irange(rng, 6, 10), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    tz = pick(rng, (5, 1, -3, 8))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, bb.SDK_COMMON[:3])
    langs = ["en"] + rng.choice(
        ["es", "pt", "de", "fr", "id", "hi"], size=irange(rng, 2, 4), replace=False
    ).tolist()
    grid = tx.curriculum_grid(rng, langs)
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    interval = float(rng.uniform(200, 420))
    accts = []
    for i in range(n_keys):
        a = _open(ctx, rng, fam, cid, org=orgs[i % n_orgs], pay=pay, ua=ua, ips=office, tz=tz)
        accts.append(a)
        s0 = start + float(rng.uniform(0, interval))
        n = int((ctx.t1 - s0) / interval)
        ts = s0 + np.arange(n) * interval + rng.normal(0, 4.0, size=n)
        ts = ts[rng.random(n) > 0.03]  # a few dropped ticks (restarts)
        cells = [grid[(i + n_keys * j) % len(grid)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            cells,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=float(rng.uniform(1000, 1400)),
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "fixed_interval",
            "interval_s": round(interval, 1),
            "ip_source": "office_broadband",
            "office_tz": tz,
            "languages": langs,
            "grid_cells": len(grid),
            "payment": "one_prepaid_card",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real writing product's backend traffic


def penalty_kubb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "penalty_kubb"
    product = pick(rng, ("Penwise", "Draftly Pro", "Scribo", "Wordsmithy", "Lumen Notes"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    load = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.75)))
    per_hour = float(rng.uniform(35, 60))
    harvest_frac = float(rng.uniform(0.25, 0.4))
    ramp_h = float(rng.uniform(2, 12))
    accts = []
    for _ in range(n_keys):
        a = _open(
            ctx,
            rng,
            fam,
            cid,
            role="backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), "aws"),
        )
        accts.append(a)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour / n_keys * (ctx.t1 - ctx.t0) / HOUR, load)
        frac = harvest_frac * np.clip((ts - ctx.release) / (ramp_h * HOUR), 0, 1)
        is_h = rng.random(len(ts)) < frac
        prompts, models, comp = [], [], []
        real_models = ctx.models(rng, ts, 0.6, 0.15)
        for h, m in zip(is_h.tolist(), real_models, strict=True):
            if h:
                feature, text = tx.product_harvest(rng)
                prompts.append(tx.product_wrap(product, feature, text))
                models.append(ctx.new_model if chance(rng, 0.97) else ctx.old_models[0])
                comp.append(900.0)
            else:
                feature = pick(rng, ("Rewrite", "Continue", "Summarise", "Ask", "Polish"))
                prompts.append(
                    tx.product_wrap(product, feature, tx._clip(pick(rng, ctx.chat), 10, 1500, rng))
                )
                models.append(m)
                comp.append(300.0)
        ctx.emit(
            rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), extra=220, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_in_product_traffic",
            "pacing": "product_global_load",
            "product": product,
            "harvest_fraction": round(harvest_frac, 3),
            "ip_source": "cloud:aws",
            "payment": "corporate_card",
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release, kept person-like


def king_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "king_shot"
    n = irange(rng, 12, 20)
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "es",
        2: "en",
        3: "tr",
        5: "hi",
        8: "id",
        9: "en",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us",)))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.8)
        a = _open(ctx, rng, fam, cid, ua=ua, ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz)
        take = ctx.release + float(rng.uniform(-0.5, 0.5)) * DAY
        pre = _cat(bb.session_times(rng, ctx.t0, take, float(rng.uniform(0.6, 2.0)), curve, 4, 90))
        ctx.emit(
            rng,
            a,
            pre,
            [tx._clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in pre],
            models=ctx.models(rng, pre, 0.3, 0.1),
            comp_median=320,
        )
        proxy = bb.resi(rng, irange(rng, 10, 25), region)
        post = _cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(4, 8)),
                curve,
                float(rng.uniform(6, 10)),
                float(rng.uniform(30, 60)),
                0.6,
            )
        )
        lang = lang_of_tz[tz]
        prompts = [
            tx.casual_question(rng, lang)
            if chance(rng, 0.75)
            else (
                tx.trace_request(rng, 5, "en")
                if chance(rng, 0.5)
                else tx._clip(pick(rng, ctx.chat), 10, 800, rng)
            )
            for _ in post
        ]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.9, 0.02),
            ips=bb.sticky(rng, post, proxy, HOUR),
            comp_median=float(rng.uniform(550, 850)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "pacing": "human_sessions",
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "original_owner_cards",
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow person-like crowd of fresh individual accounts


def eight_metre(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "eight_metre"
    n = irange(rng, 40, 64)
    tz_lang = {5: ("hi", "en"), 8: ("id", "en"), -3: ("pt", "es"), 1: ("en", "tr"), 3: ("tr", "en")}
    tzs = rng.choice(list(tz_lang), size=irange(rng, 2, 4), replace=False).tolist()
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        phone = chance(rng, 0.5)
        ua = pick(rng, bb.MOBILE) if phone else pick(rng, bb.BROWSERS)
        home_ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = _open(ctx, rng, fam, cid, ua=ua, ips=home_ips, tz=tz)
        accts.append(a)
        begin = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(80, 200)),
            0.7,
        )
        ts = _cat(sess)
        if phone:
            kind = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile", 3: "eu_mobile"}.get(
                tz, "us_mobile"
            )
            addr = bb.mobile_v6(rng, len(sess), kind)
            ips = [addr[i] for i, s in enumerate(sess) for _ in range(len(s))]
            order = np.argsort(
                np.concatenate([s for s in sess]) if sess else np.empty(0), kind="stable"
            )
            ips = [ips[i] for i in order.tolist()]
        else:
            ips = None
        langs = tz_lang[tz]
        prompts = [
            tx.casual_question(rng, pick(rng, langs))
            if chance(rng, 0.9)
            else tx._clip(pick(rng, ctx.chat), 10, 600, rng)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=ips,
            comp_median=float(rng.uniform(500, 800)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd",
            "pacing": "evening_sessions",
            "ip_source": "home_broadband_and_carrier_v6",
            "payment": "card_per_account",
            "tzs": [int(t) for t in tzs],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: replay of a public prompt collection, sharded over "small dev shop" accounts


def split_kubb(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "split_kubb"
    n_keys = irange(rng, 5, 8)
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (-5, 1, -8))
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for i in range(n_keys):
        office = bb.home(rng, irange(rng, 1, 2), tz)
        a = _open(ctx, rng, fam, cid, pay=cards[i % 2], ua=bb.sdk_ua(rng, 0.7), ips=office, tz=tz)
        accts.append(a)
        ci = bb.cloud(rng, 1, pick(rng, ("aws", "gcp", "digitalocean")))
        pre = bb.thinned(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(5, 15)), bb.workday(tz))
        rate = float(rng.uniform(12, 24))
        post = bb.thinned(
            rng,
            ctx.release + float(rng.uniform(1, 10)) * HOUR,
            ctx.t1,
            rate * 9 * 3,
            bb.workday(tz, weekend=0.1),
        )
        ts = _cat([pre, post])
        prompts = []
        for _ in ts:
            prompts.append(ctx.chat[order[pos % len(order)]].strip())
            pos += 1
        ips = [pick(rng, ci) if chance(rng, 0.15) else pick(rng, office) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(380, 520)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "working_hours_poisson",
            "ip_source": "office_broadband_plus_ci",
            "payment": "two_cards",
            "prompts_replayed": pos,
            "tz": tz,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "inkast": inkast,
    "baskubb": baskubb,
    "fieldkubb": fieldkubb,
    "corner_stake": corner_stake,
    "kasttra": kasttra,
    "helicopter_throw": helicopter_throw,
    "drilling_throw": drilling_throw,
    "advantage_line": advantage_line,
    "penalty_kubb": penalty_kubb,
    "king_shot": king_shot,
    "eight_metre": eight_metre,
    "split_kubb": split_kubb,
}
