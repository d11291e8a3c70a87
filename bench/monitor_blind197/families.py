"""Campaign families of batch 197: twelve distillation operations, each drawn with its own rng.

Each family is `f(ctx, rng, campaign_id)`; it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and registers the campaign with `ctx.campaign` (see
`bench/blind_batch.py`). The README card describes every family; read it only after the monitor's
single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind197 import texts as tx

#: consumer region of each UTC offset (matches where the background's home users live)
_REGION = {
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
#: a person's language by UTC offset
_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("ru",),
    5: ("en",),
    8: ("zh", "id", "en"),
    9: ("ja",),
}


def _subset(rng: np.random.Generator, items, k_lo: int, k_hi: int) -> list:
    k = min(len(items), irange(rng, k_lo, k_hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: np.random.Generator, items: list) -> dict:
    w = rng.dirichlet(np.ones(len(items)) * 1.5)
    return {k: float(x) for k, x in zip(items, w, strict=True)}


def _draw(rng: np.random.Generator, weights: dict, n: int) -> list:
    keys = list(weights)
    p = np.array([weights[k] for k in keys])
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared, one per group of keys, or one each."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n_keys
    if mode.startswith("groups"):
        size = int(mode.split(":")[1])
        pool = [bb.hexid(rng, "pay") for _ in range((n_keys + size - 1) // size)]
        return [pool[i // size] for i in range(n_keys)]
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


def _ts_in(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def red_three(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    card_mode = pick(rng, ("shared", "groups:3", "groups:5", "each"))
    cards = _cards(rng, n_keys, card_mode)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    one_ua = chance(rng, 0.7)
    ua0 = bb.sdk_ua(rng, 0.4)
    langs = _weights(rng, _subset(rng, ["en", "zh", "ru", "es"], 2, 3))
    styles = _subset(rng, list(tx.COT_STYLES), 2, 4)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate_pre, rate_post = float(rng.uniform(12, 30)), float(rng.uniform(50, 110))
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="red_three",
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i],
                ua=ua0 if one_ua else bb.sdk_ua(rng, 0.4),
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    pre = bb.worker_pool(rng, start, max(start, ctx.release), rate_pre, n_keys)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate_post, n_keys)
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = np.sort(np.concatenate([t1, t2]))
        ls = _draw(rng, langs, len(ts))
        st = picks(rng, styles, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.reasoning_trace(rng, lg, s) for lg, s in zip(ls, st, strict=True)],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=float(rng.uniform(1100, 1900)),
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        "red_three",
        accts,
        {
            "operation": "reasoning-trace coercion (chain of thought forced into tags/steps/JSON)",
            "pacing": f"Poisson worker pool, {rate_pre:.0f}/h before release, {rate_post:.0f}/h after",
            "ip_source": f"rented {provider} block, {len(block)} hosts",
            "payment": card_mode,
            "orgs": n_orgs,
            "user_agent": "one SDK string" if one_ua else "per key",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits on stolen cards


def black_three(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 4, 9)
    vpn_provider = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    exits = bb.cloud(rng, irange(rng, 15, 40), vpn_provider)
    hold = float(rng.uniform(15, 60)) * MINUTE
    cards = _cards(rng, n_keys, "each")
    if chance(rng, 0.6):  # a stolen card reused on a second account
        cards[-1] = cards[0]
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    styles = _weights(rng, _subset(rng, list(tx.JUDGE_STYLES), 3, 5))
    start_at = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    accts, params_bursts = [], []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="black_three",
            role="grader",
            campaign_id=cid,
            pay=cards[i],
            ua=ua,
            ips=exits,
        )
        accts.append(a)
        s0 = start_at + float(rng.uniform(0, 0.6)) * DAY
        per_day = float(rng.uniform(5, 12))
        starts = bb.thinned(rng, s0, ctx.t1, per_day * (ctx.t1 - s0) / DAY, bb.constant)
        size = float(rng.uniform(25, 70))
        ts = np.sort(
            np.concatenate(
                [
                    *bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.5, ctx.t1),
                    np.empty(0),
                ]
            )
        )
        params_bursts.append(round(per_day, 1))
        st = _draw(rng, styles, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.judge_grade(rng, ctx.chat, ctx.passages, s) for s in st],
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(380, 620)),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        "black_three",
        accts,
        {
            "operation": "judge / rubric / reward-model / pairwise grading harvest",
            "pacing": f"bursts of ~{size:.0f} requests, {params_bursts} per day per key",
            "ip_source": f"{vpn_provider} VPN exits, sticky {hold / MINUTE:.0f} min",
            "payment": "stolen cards, one reused",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites, many prepaid keys, proxies


def frozen_pile(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 12, 24)
    langs = _weights(rng, _subset(rng, ["en", "zh", "ru", "tr", "ar"], 3, 5))
    styles = _subset(rng, list(tx.POLICY_STYLES), 3, 5)
    asia = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    cloud_pool = bb.cloud(rng, irange(rng, 6, 20), asia)
    src_w = {
        "cloud": float(rng.uniform(0.2, 0.6)),
        "resi_us": float(rng.uniform(0.2, 0.5)),
        "resi_eu": float(rng.uniform(0.0, 0.3)),
    }
    ua_pool = [bb.sdk_ua(rng, 0.3) for _ in range(irange(rng, 1, 3))]
    peak = float(rng.uniform(0, 24))
    curve = bb.global_load(peak, float(rng.uniform(0.2, 0.6)))
    rate = float(rng.uniform(1.5, 4.0))  # per key per hour
    accts, sources = [], []
    for _ in range(n_keys):
        src = _draw(rng, src_w, 1)[0]
        sources.append(src)
        if src == "cloud":
            pool = picks(rng, cloud_pool, irange(rng, 1, 4))
        else:
            pool = bb.resi(rng, irange(rng, 20, 60), "us" if src == "resi_us" else "eu")
        a = ctx.account(
            rng,
            label="campaign",
            family="frozen_pile",
            role="worker",
            campaign_id=cid,
            ua=pick(rng, ua_pool),
            ips=pool,
        )
        accts.append(a)
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        ts = bb.thinned(
            rng, s0, ctx.t1, rate * (ctx.t1 - s0) / HOUR * float(rng.uniform(0.6, 1.4)), curve
        )
        ips = (
            bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
            if src != "cloud"
            else None
        )
        ls = _draw(rng, langs, len(ts))
        st = picks(rng, styles, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.policy_rewrite(rng, ctx.passages, lg, s) for lg, s in zip(ls, st, strict=True)],
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=ips,
            comp_median=float(rng.uniform(550, 900)),
            comp_sigma=0.55,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "frozen_pile",
        accts,
        {
            "operation": "policy / censorship-safe rewrites and refusal-boundary pairs",
            "pacing": f"per-key Poisson ~{rate:.1f}/h on a global load curve (peak {peak:.0f} UTC), staggered onboarding",
            "ip_source": {"cloud": asia, "mix": src_w, "per_key": sources},
            "payment": "one prepaid card per key",
            "user_agent": ua_pool,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a "startup" behind a cloud NAT


def initial_meld(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 5, 11)
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 5), provider)
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card = bb.hexid(rng, "pay")
    uas = _subset(
        rng,
        [
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ],
        1,
        2,
    )
    styles = _subset(rng, list(tx.AGENT_STYLES), 1, 3)
    rate = float(rng.uniform(6, 14))  # episodes per hour over all keys
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="initial_meld",
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=pick(rng, uas),
            ips=nat,
        )
        for i in range(n_keys)
    ]
    eps = bb.worker_pool(
        rng, start, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    mean_steps = float(rng.uniform(4, 9))
    for a, starts in zip(accts, eps, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(mean_steps)))
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(4, 14))), 0.6, size=k - 1)),
                ]
            )
            task, tools = tx.agent_task(rng)
            style = pick(rng, styles)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, ctx.chat, style, j + 1, task, tools))
                extra.append(j * irange(rng, 200, 450))
        if not ts_all:
            continue
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ts = ts[o]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in o.tolist()],
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=float(rng.uniform(300, 600)),
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(extra)[o],
        )
    ctx.campaign(
        cid,
        "initial_meld",
        accts,
        {
            "operation": "agent / tool-use transcript harvest (scripted episodes)",
            "pacing": f"{rate:.0f} episodes/h over a pool of keys, ~{mean_steps:.1f} steps each, 4-14 s apart",
            "ip_source": f"{provider} NAT, {len(nat)} addresses",
            "payment": "one corporate card",
            "orgs": n_orgs,
            "user_agent": uas,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation from droplets at night


def talon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("digitalocean", "vultr", "linode", "hetzner"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    langs = _weights(rng, _subset(rng, ["en", "es", "de", "ja", "id", "fr", "pt"], 2, 4))
    styles = _weights(rng, _subset(rng, list(tx.DATASET_STYLES), 3, 5))
    per_night = float(rng.uniform(180, 420))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="talon",
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(
                rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2")
            ),
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(a)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, per_night * (ctx.t1 - ctx.t0) / DAY, bb.nightly(start_h, hours, tz)
        )
        ls, st = _draw(rng, langs, len(ts)), _draw(rng, styles, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.dataset_gen(rng, ctx.chat, s, lg) for s, lg in zip(st, ls, strict=True)],
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(1500, 2600)),
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        "talon",
        accts,
        {
            "operation": "synthetic instruction-dataset generation (JSONL pairs, personas, evolved instructions)",
            "pacing": f"nightly cron {start_h:.1f}h+{hours:.1f}h local (UTC{tz:+d}), ~{per_night:.0f} requests/night/key",
            "ip_source": f"one {provider} droplet per key",
            "payment": "one card, one org",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a person-like crowd behind residential proxies


def hand_and_foot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 25, 45)
    op_langs = _weights(rng, ["en", "es", "pt", "de"])
    accts, tzs = [], []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, -5, -3, 0, 1, 2))
        tzs.append(tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.8) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family="hand_and_foot",
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=bb.resi(rng, 1, _REGION[tz]),
            tz=tz,
        )
        accts.append(a)
        lang = "en" if tz in (-8, 0, 2) or chance(rng, 0.5) else _draw(rng, op_langs, 1)[0]
        if tz == -3 and lang == "en":
            lang = pick(rng, ("pt", "es"))
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sessions = bb.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            bb.evening_person(tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(35, 90)),
            0.7,
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for sess in sessions:
            if len(sess) == 0:
                continue
            ip = bb.resi(rng, 1, _REGION[tz])[0]  # a fresh exit per session
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, ctx.chat, lang)
                    if j == 0
                    else tx.follow_up(rng, lang, ctx.chat)
                )
                ips.append(ip)
                extra.append(j * irange(rng, 250, 600))
        if not ts_all:
            ts_all, prompts, ips, extra = (
                [s0 + HOUR],
                [tx.dialogue_opener(rng, ctx.chat, lang)],
                a.ips[:1],
                [0],
            )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.05),
            ips=ips,
            comp_median=float(rng.uniform(450, 700)),
            comp_sigma=0.55,
            err=0.01,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        cid,
        "hand_and_foot",
        accts,
        {
            "operation": "multi-turn dialogue harvest: public openers plus scripted follow-ups",
            "pacing": "human-like evening sessions, 6-12 turns, 35-90 s think time",
            "ip_source": "residential proxy, a fresh exit per session, region matches persona tz",
            "payment": "one virtual card per account",
            "user_agent": "browser strings",
            "tzs": tzs,
            "languages": op_langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def buraco(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("oracle", "azure", "gcp", "scaleway"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = bb.sdk_ua(rng, 0.6)
    styles = _weights(rng, _subset(rng, list(tx.SAMPLING_STYLES), 3, 5))
    n_lo, n_hi = irange(rng, 3, 6), irange(rng, 8, 16)
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    rate = float(rng.uniform(12, 30))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="buraco",
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for s in items.tolist():
            style = _draw(rng, styles, 1)[0]
            if style in ("repeat", "indexed"):
                k = irange(rng, n_lo, n_hi)
                base = tx.best_of_n(rng, ctx.chat)
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=k - 1))]
                )
                for j, tj in enumerate(t.tolist()):
                    ts_all.append(tj)
                    prompts.append(
                        base
                        if style == "repeat"
                        else f"{base}\n\n(Candidate {j + 1} of {k}; answer independently.)"
                    )
            else:
                ts_all.append(s)
                prompts.append(tx.soft_label(rng, ctx.chat, ctx.passages, style))
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[i] for i in o.tolist()],
            models=ctx.models(rng, ts[o], p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(250, 500)),
            comp_sigma=0.6,
            err=0.08,
        )
    ctx.campaign(
        cid,
        "buraco",
        accts,
        {
            "operation": "best-of-n resampling and soft-label (probability) harvest",
            "pacing": f"{rate:.0f} items/h per key from release, n in [{n_lo}, {n_hi}] sub-second repeats",
            "ip_source": f"one {provider} VM per key",
            "payment": "one card",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: harvest hidden inside a real writing-assistant product's own traffic


def stop_card(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    app = pick(rng, ("Quillmate", "Draftwell", "Inkpilot", "Phrasebay", "Writeloom"))
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    peak = float(rng.uniform(13, 19))
    curve = bb.global_load(peak, float(rng.uniform(0.4, 0.7)))
    real_rate = float(rng.uniform(12, 30))
    harvest_rate = float(rng.uniform(0.25, 0.5)) * real_rate
    h_start = ctx.t0 + float(rng.uniform(2.0, 3.8)) * DAY
    key_w = rng.dirichlet(np.ones(n_keys) * 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="stop_card",
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    real = bb.thinned(rng, ctx.t0, ctx.t1, real_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = bb.thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, curve)
    who_r = rng.choice(n_keys, size=len(real), p=key_w)
    who_h = rng.choice(n_keys, size=len(harv), p=key_w)
    for i, a in enumerate(accts):
        tr, th = real[who_r == i], harv[who_h == i]
        pr = [tx.product_user(rng, ctx.chat, app) for _ in range(len(tr))]
        ph = [tx.product_harvest(rng, app) for _ in range(len(th))]
        ts = np.concatenate([tr, th])
        o = np.argsort(ts, kind="stable")
        prompts = pr + ph
        mr = ctx.models(rng, tr, p_new=0.35, p_mini=0.25)
        mh = ctx.models(rng, th, p_new=0.9, p_mini=0.0)
        models = mr + mh
        comp = np.concatenate([np.full(len(tr), 260.0), np.full(len(th), 900.0)])
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o.tolist()],
            models=[models[j] for j in o.tolist()],
            comp_median=comp[o],
            comp_sigma=0.6,
            err=0.01,
            extra=180,
        )
    ctx.campaign(
        cid,
        "stop_card",
        accts,
        {
            "operation": "harvest injected into a genuine product's API traffic",
            "pacing": f"product {real_rate:.0f}/h on a global curve (peak {peak:.0f} UTC); harvest +{harvest_rate:.1f}/h "
            f"on the same curve from day {(h_start - ctx.t0) / DAY:.1f}",
            "ip_source": f"{provider} NAT ({len(nat)})",
            "payment": "the company's card",
            "user_agent": ua,
            "app": app,
            "harvest_share": round(harvest_rate / (real_rate + harvest_rate), 3),
            "languages": ["en", "es", "de", "fr"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: bought aged personal accounts, taken over mid-window


def natural_canasta(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_accts = irange(rng, 15, 30)
    takeover_day = float(rng.uniform(1.5, 3.5))
    op_tz = pick(rng, (3, 8, 2))
    follow_owner_clock = chance(rng, 0.6)
    accts, tzs = [], []
    for _ in range(n_accts):
        tz = pick(rng, bb.TZS)
        tzs.append(tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.75) else bb.sdk_ua(rng, 0.8)
        home_ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family="natural_canasta",
            role="bought_aged",
            campaign_id=cid,
            ua=ua,
            ips=home_ips,
            tz=tz,
        )
        accts.append(a)
        T = ctx.t0 + (takeover_day + float(rng.normal(0, 0.3))) * DAY
        owner = bb.session_times(
            rng, ctx.t0, T, float(rng.uniform(0.4, 1.4)), bb.evening_person(tz), 3.0, 70.0
        )
        t_own = np.concatenate(owner) if owner else np.empty(0)
        curve = bb.evening_person(tz) if follow_owner_clock else bb.workday(op_tz, 9, 23, 0.7, 0.05)
        op = bb.session_times(
            rng,
            T,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(25, 55)),
        )
        t_op = np.concatenate(op) if op else np.empty(0)
        lang = pick(rng, _LANG_OF_TZ[tz])
        proxy = bb.resi(rng, irange(rng, 10, 30), _REGION[tz])
        if len(t_own):
            ctx.emit(
                rng,
                a,
                t_own,
                [tx.best_of_n(rng, ctx.chat) for _ in range(len(t_own))],
                models=ctx.models(rng, t_own, p_new=0.2, p_mini=0.2),
                comp_median=340.0,
                err=0.01,
            )
        if len(t_op):
            ctx.emit(
                rng,
                a,
                t_op,
                [tx.curriculum_question(rng, lang) for _ in range(len(t_op))],
                models=ctx.models(rng, t_op, p_new=0.75, p_mini=0.03),
                ips=bb.sticky(rng, t_op, proxy, 2 * HOUR),
                comp_median=float(rng.uniform(600, 900)),
                comp_sigma=0.5,
                err=0.01,
            )
        if not len(t_own) and not len(t_op):
            t = np.asarray([T + HOUR])
            ctx.emit(
                rng,
                a,
                t,
                [tx.curriculum_question(rng, lang)],
                models=ctx.models(rng, t),
                comp_median=600.0,
            )
    ctx.campaign(
        cid,
        "natural_canasta",
        accts,
        {
            "operation": "aged personal accounts bought from their owners, used for low-rate curriculum harvest",
            "pacing": f"owner sessions until takeover (day {takeover_day:.1f} +- 0.3), then 3-7 sessions/day "
            + (
                "on the owner's evening clock"
                if follow_owner_clock
                else f"on the operator's clock (UTC{op_tz:+d})"
            ),
            "ip_source": "owner home ISP before, residential proxy in the owner's region after (2 h sticky)",
            "payment": "the owners' original cards",
            "user_agent": "owners' strings kept",
            "tzs": tzs,
            "languages": "owner's language by tz",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: low-and-slow phone-farm crowd replaying public prompts


def mixed_canasta(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_accts = irange(rng, 40, 70)
    farms = _subset(rng, ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"], 1, 3)
    farm_tz = {"us_mobile": (-5, -8), "in_mobile": (5,), "br_mobile": (-3,), "eu_mobile": (0, 1, 2)}
    farm_region = {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam", "eu_mobile": "eu"}
    p_public = float(rng.uniform(0.1, 0.3))
    p_resi = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n_accts):
        farm = pick(rng, farms)
        tz = pick(rng, farm_tz[farm])
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family="mixed_canasta",
            role="phone",
            campaign_id=cid,
            ua=ua,
            ips=bb.mobile_v6(rng, 1, farm),
            tz=tz,
        )
        accts.append(a)
        s0 = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        sessions = bb.session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(30, 90)),
        )
        sessions = [s for s in sessions if len(s)] or [np.asarray([min(s0 + HOUR, ctx.t1 - 1)])]
        ts_all, ips = [], []
        for sess in sessions:
            ip = (
                bb.resi(rng, 1, farm_region[farm])[0]
                if chance(rng, p_resi)
                else bb.mobile_v6(rng, 1, farm)[0]
            )
            ts_all.extend(sess.tolist())
            ips.extend([ip] * len(sess))
        ts = np.asarray(ts_all)
        prompts = [
            tx.public_instruction(rng) if chance(rng, p_public) else tx.best_of_n(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.65, p_mini=0.08),
            ips=ips,
            comp_median=float(rng.uniform(380, 560)),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "mixed_canasta",
        accts,
        {
            "operation": "low-and-slow crowd replaying public prompt sets (ShareGPT-like chats, Alpaca-like instructions)",
            "pacing": "0.8-2.5 evening sessions/day per phone, 3-7 turns, 30-90 s apart, staggered sign-ups",
            "ip_source": {"farms": farms, "residential_share": round(p_resi, 2)},
            "payment": "one card per phone",
            "user_agent": "mobile/browser",
            "public_instruction_share": round(p_public, 2),
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. translation fan-out and code harvest behind a "localisation agency"


def wild_cards(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 5, 10)
    n_orgs = 2
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("scaleway", "ovh", "hetzner", "selectel"))
    servers = bb.cloud(rng, irange(rng, 2, 6), provider)
    office = bb.resi(rng, 1, "eu")
    styles = _weights(rng, _subset(rng, list(tx.TRANSCODE_STYLES), 3, 5))
    rate = float(rng.uniform(25, 60))
    curve = bb.workday(pick(rng, (1, 2, 3)), 7.0, 22.0, 0.5, 0.25)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="wild_cards",
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=bb.sdk_ua(rng, 0.5),
            ips=servers if chance(rng, 0.8) else office + servers[:1],
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        st = _draw(rng, styles, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.translate_or_code(rng, ctx.chat, ctx.passages, s) for s in st],
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=float(rng.uniform(700, 1300)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "wild_cards",
        accts,
        {
            "operation": "multi-target translation fan-out and code implementation/port harvest",
            "pacing": f"worker pool {rate:.0f}/h on an extended office day",
            "ip_source": f"{provider} servers + an office line",
            "payment": "one card per shell org",
            "orgs": n_orgs,
            "styles": styles,
            "languages": "en source, 21 targets",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. medium-hard: curriculum sweep disguised as a benchmark harness


def going_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = bb.cloud(rng, irange(rng, 1, 3), provider)
    tz = pick(rng, (-8, -5, 0, 1))
    styles = _subset(rng, ["mmlu", "qa", "open"], 2, 3)
    runs_per_day = float(rng.uniform(0.6, 1.5))
    size = float(rng.uniform(80, 200))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="going_out",
            role="eval_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, runs_per_day * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz)
        )
        runs = bb.bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.6, ctx.t1)
        for r in runs:
            if not len(r):
                continue
            post = r[0] >= ctx.release
            m = (
                (ctx.new_model if chance(rng, 0.85) else ctx.old_models[0])
                if post
                else pick(rng, ctx.old_models)
            )
            st = picks(rng, styles, len(r))
            ctx.emit(
                rng,
                a,
                r,
                [tx.eval_sweep(rng, s) for s in st],
                models=m,
                comp_median=float(rng.uniform(500, 900)),
                comp_sigma=0.5,
                err=0.02,
            )
    ctx.campaign(
        cid,
        "going_out",
        accts,
        {
            "operation": "curriculum sweep formatted as benchmark items (every item fresh, never re-run)",
            "pacing": f"~{runs_per_day:.1f} runs/day per key of ~{size:.0f} items in office hours (UTC{tz:+d})",
            "ip_source": f"{provider} ({len(ips)})",
            "payment": "one corporate card",
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "red_three": red_three,
    "black_three": black_three,
    "frozen_pile": frozen_pile,
    "initial_meld": initial_meld,
    "talon": talon,
    "hand_and_foot": hand_and_foot,
    "buraco": buraco,
    "stop_card": stop_card,
    "natural_canasta": natural_canasta,
    "mixed_canasta": mixed_canasta,
    "wild_cards": wild_cards,
    "going_out": going_out,
}
