"""Campaign families of batch 190 (code names from backgammon).

Each family is `f(ctx, rng, campaign_id)`: it draws its own shape (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, writes
its events to `ctx.sink` and its accounts and campaign to `ctx.truth`. The last four families are
built to pass for legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, irange, pick, picks
from bench.monitor_blind190 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, family: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


def _after(ctx: Ctx, rng: np.random.Generator, lo_h: float, hi_h: float) -> float:
    """A start time some hours around the new model's release (negative = before it)."""
    return ctx.release + float(rng.uniform(lo_h, hi_h)) * HOUR


def _styles(rng: np.random.Generator, n_total: int, k: int) -> list[int]:
    """The operator's template styles: k distinct of n_total."""
    return sorted(int(x) for x in rng.choice(n_total, size=k, replace=False))


def _pauses(
    rng: np.random.Generator, ts: np.ndarray, n: int, lo_h: float, hi_h: float
) -> np.ndarray:
    """Drop events inside `n` random outages (operator asleep, quota exhausted, code broken)."""
    if len(ts) == 0:
        return ts
    keep = np.ones(len(ts), dtype=bool)
    for _ in range(n):
        s = float(rng.uniform(ts.min(), ts.max()))
        keep &= ~((ts >= s) & (ts < s + float(rng.uniform(lo_h, hi_h)) * HOUR))
    return ts[keep]


# --------------------------------------------------------------------------------------------


def pip_count(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion with a difficulty ladder, from a rented block, worker pool."""
    name = "pip_count"
    n_keys = irange(rng, 6, 16)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provs = [pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean")) for _ in range(2)]
    block = bb.rented_block(rng, provs[0], irange(rng, 1, 3), irange(rng, 4, 10))
    block += bb.rented_block(rng, provs[1], 1, irange(rng, 2, 6))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    langs = ["en"] + sorted({pick(rng, ("zh", "es", "pt")) for _ in range(2)})
    w_lang = rng.dirichlet(np.ones(len(langs)) * 2) * 0.5 + np.eye(len(langs))[0] * 0.5
    styles = _styles(rng, 5, 3)
    accts = [
        _acct(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = _after(ctx, rng, -30, 6)
    rate = float(rng.uniform(70, 150))
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        ts = _pauses(rng, ts, irange(rng, 1, 3), 1, 6)
        langs_ev = [langs[i] for i in rng.choice(len(langs), size=len(ts), p=w_lang).tolist()]
        prompts = [texts.reasoning_prompt(rng, lg, pick(rng, styles)) for lg in langs_ev]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=float(rng.uniform(1100, 1900)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.02, 0.08)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"rented_blocks:{provs[0]},{provs[1]}",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "start_vs_release_h": round((start - ctx.release) / HOUR, 1),
            "hard": False,
        },
    )


def cube_action(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Preference / rubric / reward labels through stolen cards and rotating residential exits."""
    name = "cube_action"
    n_keys = irange(rng, 10, 24)
    region_pool = bb.regions()
    uas = [
        pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng, 0.3) for _ in range(n_keys)
    ]
    styles = _styles(rng, 6, 4)
    key_regions = [pick(rng, region_pool) for _ in range(n_keys)]
    accts = [
        _acct(ctx, rng, name, cid, "worker", ua=uas[i], ips=bb.resi(rng, 4, key_regions[i]))
        for i in range(n_keys)
    ]
    start = _after(ctx, rng, -40, 2)
    per_day = float(rng.uniform(4, 10))
    size = float(rng.uniform(25, 70))
    for a, region in zip(accts, key_regions, strict=True):
        a_start = start + float(rng.uniform(0, 20)) * HOUR
        life = float(rng.uniform(1.0, 3.5)) * DAY  # cards get cancelled, keys burn
        starts = bb.thinned(
            rng, a_start, min(ctx.t1, a_start + life), per_day * life / DAY, bb.constant
        )
        ts = np.concatenate(
            bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.4, ctx.t1) or [np.empty(0)]
        )
        ts = np.sort(ts)
        ips = bb.resi(rng, len(ts), region) if len(ts) else []
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.02),
            comp_median=float(rng.uniform(60, 220)),
            comp_sigma=0.7,
            err=float(rng.uniform(0.03, 0.12)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "bursts_per_key",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": "residential_proxy_rotating_per_request",
            "payment": "one stolen card per key",
            "orgs": n_keys,
            "keys": n_keys,
            "user_agent": "mixed per key",
            "languages": sorted({("en", "en", "en", "en", "ko", "ja")[i] for i in styles}),
            "styles": styles,
            "hard": False,
        },
    )


def bear_off(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites (censorship-safe SFT data), office hours in UTC+8, VPN exits."""
    name = "bear_off"
    n_keys = irange(rng, 3, 8)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = bb.hexid(rng, "pay")
    vpn = bb.cloud(rng, irange(rng, 6, 18), pick(rng, ("m247", "leaseweb", "vultr", "linode")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    langs = ["zh", "en", pick(rng, ("ru", "ar"))]
    w = np.array([0.5, 0.35, 0.15])
    styles = _styles(rng, 4, 3)
    accts = [
        _acct(ctx, rng, name, cid, "worker", org=orgs[i % len(orgs)], pay=card, ua=ua, ips=vpn)
        for i in range(n_keys)
    ]
    tz = 8
    curve = bb.workday(tz, start=9.0, end=21.0, weekend=0.35)
    start = ctx.t0 + float(rng.uniform(0.2, 2.0)) * DAY
    rate = float(rng.uniform(50, 110))
    hold = float(rng.uniform(1, 3)) * HOUR
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        lg = [langs[i] for i in rng.choice(3, size=len(ts), p=w).tolist()]
        prompts = [
            texts.policy_rewrite_prompt(rng, ctx.chat, ctx.passages, x, pick(rng, styles))
            for x in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, vpn, hold),
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=float(rng.uniform(350, 650)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_rewrite_sft",
            "pacing": "workday_utc+8_worker_pool",
            "rate_per_hour": round(rate, 1),
            "ip_source": "vpn_exits_sticky",
            "vpn_hold_h": round(hold / HOUR, 2),
            "payment": "one shared card",
            "orgs": len(orgs),
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def ace_point(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: each episode a train of steps with a growing context."""
    name = "ace_point"
    n_keys = irange(rng, 3, 7)
    org = bb.hexid(rng, "org")
    card = bb.hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = _styles(rng, 3, 2)
    accts = [
        _acct(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), prov),
        )
        for _ in range(n_keys)
    ]
    start = _after(ctx, rng, -12, 10)
    ep_rate = float(rng.uniform(10, 22))
    n_ep = 0
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, ep_rate, n_keys), strict=True):
        for s in starts.tolist():
            n_ep += 1
            k = irange(rng, 4, 18)
            gaps = rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.6, size=k - 1)
            ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
            task = texts.agent_task(rng)
            style = pick(rng, styles)
            prompts = [texts.agent_prompt(rng, i, task, style) for i in range(k)]
            extra = (900 + 420 * np.arange(k) + rng.integers(0, 300, size=k)).astype(np.int64)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
                comp_median=float(rng.uniform(120, 260)),
                comp_sigma=0.5,
                err=0.02,
                extra=extra,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_worker_pool",
            "episodes_per_hour": round(ep_rate, 1),
            "episodes": n_ep,
            "ip_source": f"cloud:{prov}",
            "payment": "one business card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "hard": False,
        },
    )


def home_board(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation as a curriculum sweep: slow, steady, all week, long outputs."""
    name = "home_board"
    n_keys = irange(rng, 2, 5)
    org = bb.hexid(rng, "org")
    card = bb.hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr", "linode", "scaleway"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    langs = ["en"] + sorted({pick(rng, ("fr", "de", "id", "vi")) for _ in range(2)})
    styles = _styles(rng, 4, 3)
    accts = [
        _acct(ctx, rng, name, cid, "worker", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 1, prov))
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(6, 14))  # per key per hour
    pos = irange(rng, 0, 500)
    for a in accts:
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
            ctx.t1,
            rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.constant,
        )
        ts = _pauses(rng, ts, irange(rng, 0, 2), 2, 10)
        prompts = []
        for _ in range(len(ts)):
            lg = langs[0] if chance(rng, 0.6) else pick(rng, langs)
            prompts.append(texts.synth_prompt(rng, lg, pick(rng, styles), pos))
            pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_curriculum_sweep",
            "pacing": "slow_steady_poisson",
            "rate_per_key_hour": round(rate, 1),
            "ip_source": f"cloud_vm:{prov}",
            "payment": "one prepaid card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def chouette(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest by a user simulator: session-shaped, but never sleeping."""
    name = "chouette"
    n_keys = irange(rng, 8, 18)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 40, 120), region)
    langs = ["en", pick(rng, ("es", "de", "fr"))]
    accts = []
    for i in range(n_keys):
        accts.append(
            _acct(
                ctx,
                rng,
                name,
                cid,
                "worker",
                pay=cards[i % len(cards)],
                ua=pick(rng, bb.BROWSERS),
                ips=pool,
            )
        )
    start = _after(ctx, rng, -60, -6)
    per_day = float(rng.uniform(18, 40))
    hold = float(rng.uniform(20, 60)) * MINUTE
    for a in accts:
        lang = langs[0] if chance(rng, 0.7) else langs[1]
        sessions = bb.session_times(
            rng,
            start + float(rng.uniform(0, 8)) * HOUR,
            ctx.t1,
            per_day,
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
            float(rng.uniform(5, 9)),
            float(rng.uniform(25, 70)),
            0.5,
        )
        ts_all, prompts = [], []
        for s in sessions:
            need = texts.sim_need(rng)
            for j in range(len(s)):
                prompts.append(texts.sim_user_turn(rng, lang, j, ctx.chat, need))
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(380, 600)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "sessions_24h",
            "sessions_per_day": round(per_day, 1),
            "ip_source": f"residential_proxy_sticky:{region}",
            "proxy_hold_min": round(hold / MINUTE, 1),
            "payment": f"{len(cards)} prepaid cards across keys",
            "orgs": n_keys,
            "keys": n_keys,
            "user_agent": "browser (one per key)",
            "languages": langs,
            "styles": ["scripted_followups"],
            "hard": False,
        },
    )


def doubling_cube(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times in a few seconds."""
    name = "doubling_cube"
    n_keys = irange(rng, 3, 6)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("gcp", "azure", "oracle"))
    styles = _styles(rng, 4, 2)
    accts = [
        _acct(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=orgs[i % len(orgs)],
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, 1, prov),
        )
        for i in range(n_keys)
    ]
    start = _after(ctx, rng, -4, 16)
    item_rate = float(rng.uniform(2, 5))
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (5, 10)))
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, item_rate * (ctx.t1 - start) / HOUR, bb.global_load(14, 0.5)
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            item = (
                texts.soft_label_prompt(rng, ctx.chat, pick(rng, styles))
                if chance(rng, 0.6)
                else texts.open_item(rng, ctx.chat)
            )
            ts_all.append(s + np.sort(rng.uniform(0, float(rng.uniform(0.5, 6.0)), size=k)))
            prompts.extend([item] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=float(rng.uniform(150, 350)),
            err=float(rng.uniform(0.02, 0.1)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_bursts",
            "items_per_key_hour": round(item_rate, 1),
            "n_range": [n_lo, n_hi],
            "ip_source": f"cloud:{prov}",
            "payment": "one prepaid card per key",
            "orgs": len(orgs),
            "keys": n_keys,
            "user_agent": "sdk per key",
            "languages": sorted({"en"} | {("en", "en", "de", "ja")[i] for i in styles}),
            "styles": styles,
            "hard": False,
        },
    )


def tavla(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest: nightly batch windows from an Asian cloud, many target languages."""
    name = "tavla"
    n_keys = irange(rng, 5, 12)
    per_org = irange(rng, 2, 4)
    orgs = [bb.hexid(rng, "org") for _ in range((n_keys + per_org - 1) // per_org)]
    card = bb.hexid(rng, "pay")
    provs = sorted({pick(rng, ("alibaba", "tencent", "huawei", "ucloud")) for _ in range(2)})
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "okhttp/4.12.0"))
    targets = sorted({irange(rng, 0, 17) for _ in range(irange(rng, 5, 10))})
    styles = _styles(rng, 4, 2)
    accts = [
        _acct(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=orgs[i // per_org],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
        )
        for i in range(n_keys)
    ]
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(5, 9))
    night = bb.nightly(night_start, night_len, 8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), 0.08)

    rate = float(rng.uniform(50, 110))
    for a, ts in zip(
        accts, bb.worker_pool(rng, ctx.t0 + 0.5 * DAY, ctx.t1, rate, n_keys, curve), strict=True
    ):
        prompts = [
            texts.translation_prompt(rng, ctx.passages, pick(rng, styles), targets)
            for _ in range(len(ts))
        ]
        lens = np.array([len(p) for p in prompts], dtype=np.float64)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=np.clip(lens / 3.0, 60, 900),
            comp_sigma=0.3,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "nightly_batches_utc+8",
            "night": [round(night_start, 1), round(night_len, 1)],
            "rate_per_hour_peak": round(rate, 1),
            "ip_source": "cloud:" + ",".join(provs),
            "payment": "one shared card",
            "orgs": len(orgs),
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["en"] + [texts._LCODES[i] for i in targets],
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# hard families


def backgame(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real writing-assistant product whose owners add a harvest stream to its own traffic."""
    name = "backgame"
    n_keys = irange(rng, 3, 6)
    org = bb.hexid(rng, "org")
    card = bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _acct(ctx, rng, name, cid, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    user_rate = float(rng.uniform(25, 55))
    harvest_share = float(rng.uniform(0.25, 0.45))
    load = bb.global_load(float(rng.uniform(13, 17)), 0.7)
    user = bb.worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, load)
    h_start = _after(ctx, rng, 0, 14)
    h_rate = user_rate * harvest_share / (1 - harvest_share)
    # the harvest follows the same daily curve, but flatter: it fills the product's quiet hours too
    harvest = bb.worker_pool(rng, h_start, ctx.t1, h_rate, n_keys, bb.global_load(15, 0.35))
    idx = irange(rng, 0, 100)
    for a, tu, th in zip(accts, user, harvest, strict=True):
        pu = [texts.product_user_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(tu))]
        ph = []
        for _ in range(len(th)):
            ph.append(texts.product_harvest_prompt(rng, idx))
            idx += 1
        ts = np.concatenate([tu, th])
        models = ctx.models(rng, tu, p_new=0.3, p_mini=0.35) + ctx.models(
            rng, th, p_new=0.95, p_mini=0.0
        )
        med = np.concatenate([np.full(len(tu), 320.0), np.full(len(th), 900.0)])
        ctx.emit(rng, a, ts, pu + ph, models=models, comp_median=med, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_real_product",
            "pacing": "product_global_load_plus_flatter_harvest",
            "user_rate_per_hour": round(user_rate, 1),
            "harvest_share": round(harvest_share, 2),
            "harvest_start_vs_release_h": round((h_start - ctx.release) / HOUR, 1),
            "ip_source": "aws_nat",
            "payment": "one business card",
            "orgs": 1,
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["en"],
            "styles": ["product_wrappers"],
            "hard": True,
        },
    )


def lovers_leap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought aged accounts: a week of their owners' ordinary use, then a slow code harvest."""
    name = "lovers_leap"
    n_accts = irange(rng, 18, 34)
    accts, ranges = [], []
    idx = irange(rng, 0, 200)
    pivot = _after(ctx, rng, -2, 10)
    for _ in range(n_accts):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON)
        a = _acct(ctx, rng, name, cid, "aged_account", ua=ua, ips=home, tz=tz)
        accts.append(a)
        # the seller's history: the previous owner chatting in the evenings
        old = np.concatenate(
            bb.session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 3, 90
            )
            or [np.empty(0)]
        )
        ctx.emit(
            rng,
            a,
            old,
            [texts._cut(pick(rng, ctx.chat), 10, 1500, rng) for _ in range(len(old))],
            models=ctx.models(rng, old, p_new=0.2, p_mini=0.25),
            comp_median=340,
            err=0.005,
        )
        # after hand-over: a residential exit in the same region, a steady trickle of questions
        reg = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        exits = bb.resi(rng, irange(rng, 3, 8), reg)
        per_day = float(rng.uniform(25, 70))
        a_start = pivot + float(rng.uniform(0, 18)) * HOUR
        sess = bb.session_times(
            rng,
            a_start,
            ctx.t1,
            per_day / 6,
            bb.evening_person(tz, 4.0),
            6,
            float(rng.uniform(40, 120)),
        )
        new = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(new)):
            prompts.append(texts.person_code_question(rng, idx))
            idx += 1
        ctx.emit(
            rng,
            a,
            new,
            prompts,
            ips=bb.sticky(rng, new, exits, 6 * HOUR),
            models=ctx.models(rng, new, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(600, 900)),
            err=0.01,
        )
        ranges.append(round(per_day, 1))
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_accounts_code_harvest",
            "pacing": "owner_history_then_evening_sessions",
            "pivot_vs_release_h": round((pivot - ctx.release) / HOUR, 1),
            "per_day": ranges,
            "ip_source": "home_ip_then_same_region_residential_proxy",
            "payment": "each account its own (bought) card",
            "orgs": n_accts,
            "keys": n_accts,
            "user_agent": "owner's own",
            "languages": ["en"],
            "styles": ["person_code_question"],
            "hard": True,
        },
    )


def mutual_holding(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A low-and-slow crowd of person-like accounts asking expert questions, one card each."""
    name = "mutual_holding"
    n_accts = irange(rng, 35, 70)
    langs = ("en", "es", "pt", "id", "hi")
    lang_tz = {"en": (-8, -5, 0), "es": (-5, 1), "pt": (-3,), "id": (8,), "hi": (5,)}
    w = rng.dirichlet([6, 2, 1.5, 1, 1.5])
    accts = []
    start = _after(ctx, rng, -30, 0)
    for _ in range(n_accts):
        lang = langs[int(rng.choice(5, p=w))]
        tz = pick(rng, lang_tz[lang])
        phone = chance(rng, 0.45)
        ua = pick(rng, bb.MOBILE) if phone else pick(rng, bb.BROWSERS)
        reg = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        pool = bb.resi(rng, irange(rng, 6, 20), reg)
        a = _acct(ctx, rng, name, cid, "crowd_member", ua=ua, ips=pool, tz=tz)
        accts.append(a)
        sess = bb.session_times(
            rng,
            start + float(rng.uniform(0, 30)) * HOUR,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(50, 160)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(20, 90)) * MINUTE)
        if phone and chance(rng, 0.3):
            ips = bb.mobile_v6(
                rng, len(ts), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.crowd_question(rng, lang) for _ in range(len(ts))],
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=float(rng.uniform(450, 750)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "person_like_crowd_expert_qa",
            "pacing": "evening_sessions_per_account",
            "ip_source": "residential_proxy_by_claimed_region_some_carrier_v6",
            "payment": "one prepaid card per account",
            "orgs": n_accts,
            "keys": n_accts,
            "user_agent": "mobile or browser per account",
            "languages": list(langs),
            "language_weights": [round(float(x), 3) for x in w],
            "styles": ["expert_question_grid"],
            "hard": True,
        },
    )


def gin_position(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: real users' openers sent verbatim through playground-looking keys."""
    name = "gin_position"
    n_accts = irange(rng, 14, 28)
    n_orgs = irange(rng, 3, 6)
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    region = pick(rng, ("us", "eu"))
    pool = bb.resi(rng, irange(rng, 60, 200), region)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    start = _after(ctx, rng, -10, 4)
    hold = float(rng.uniform(5, 15)) * MINUTE
    for i in range(n_accts):
        org, pay = orgs[i % n_orgs]
        tz = pick(rng, (-8, -5) if region == "us" else (0, 1, 2))
        a = _acct(
            ctx,
            rng,
            name,
            cid,
            "replayer",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        sess = bb.session_times(
            rng,
            start + float(rng.uniform(0, 12)) * HOUR,
            ctx.t1,
            float(rng.uniform(6, 14)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(6, 14)),
            float(rng.uniform(45, 110)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(350, 500)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "evening_sessions",
            "ip_source": f"residential_proxy:{region}",
            "proxy_hold_min": round(hold / MINUTE, 1),
            "payment": f"{n_orgs} cards, one per org",
            "orgs": n_orgs,
            "keys": n_accts,
            "user_agent": "browser per key",
            "languages": ["as in the public prompts"],
            "styles": ["verbatim_replay"],
            "prompts_replayed": int(cursor),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "pip_count": pip_count,
    "cube_action": cube_action,
    "bear_off": bear_off,
    "ace_point": ace_point,
    "home_board": home_board,
    "chouette": chouette,
    "doubling_cube": doubling_cube,
    "tavla": tavla,
    "backgame": backgame,
    "lovers_leap": lovers_leap,
    "mutual_holding": mutual_holding,
    "gin_position": gin_position,
}
