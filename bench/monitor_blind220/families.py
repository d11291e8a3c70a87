"""Campaign families of blind batch 220 (code names from hammer throw).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, writes their events into the
shared sink and records one campaign in the truth. Every choice (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice around the release) is drawn from
the family's own generator, in an order that is the same in every process."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind220 import texts as tx

Rng = np.random.Generator


def _weights(rng: Rng, items: tuple[str, ...] | list[str], alpha: float = 1.5) -> dict[str, float]:
    w = rng.dirichlet([alpha] * len(items))
    return {k: round(float(v), 4) for k, v in zip(items, w.tolist(), strict=True)}


def _draw(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _models_after(
    ctx: Ctx, rng: Rng, ts: np.ndarray, switch: float, p_new: float, p_mini: float
) -> list[str]:
    """The new model with probability p_new from `switch` on (never before the release), otherwise
    the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    start = max(switch, ctx.release)
    old, mini = ctx.old_models[0], ctx.old_models[-1]
    return [
        ctx.new_model if (t >= start and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


# ============================================================================================
# swivel_wire: reasoning-trace coercion from a rented hosting block, a worker pool around the clock


def swivel_wire(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "swivel_wire"
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 2, 3)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "contabo", "vultr", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 5))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    share_card = chance(rng, 0.7)
    uas = [bb.sdk_ua(rng, 0.6), bb.sdk_ua(rng, 0.3)]
    langs = _weights(rng, ("en", "zh", "ru", "es"), 1.2)
    styles = sorted(rng.choice(tx.TRACE_STYLES, size=irange(rng, 3, 5), replace=False).tolist())
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o] if share_card else None,
                ua=uas[int(chance(rng, 0.25))],
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(45, 110))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.35)))
    # the operator's script crashes once and is restarted hours later
    gap_a = float(rng.uniform(start, ctx.t1 - 12 * HOUR))
    gap_b = gap_a + float(rng.uniform(2, 9)) * HOUR
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        ts = ts[(ts < gap_a) | (ts >= gap_b)]
        prompts = [
            tx.trace_prompt(rng, pick(rng, styles), _draw(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=float(rng.uniform(1300, 2200)),
            comp_sigma=0.45,
            err=float(rng.uniform(0.02, 0.07)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "provider": provider,
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card_per_org": share_card,
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "pacing": "worker pool, around the clock, one restart gap",
            "start": start,
            "gap": [gap_a, gap_b],
        },
    )


# ============================================================================================
# grip_handle: judge / rubric / reward grading, nightly bursts, one stolen card per key


def grip_handle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "grip_handle"
    n_keys = irange(rng, 4, 8)
    tz = pick(rng, (8, 3, 2, -5))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    styles = _weights(rng, tx.JUDGE_STYLES, 1.0)
    provs = bb.providers()
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, provs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                ua=ua,
                ips=bb.cloud(rng, 1, prov),
                tz=tz,
            )
        )
    start_day = float(rng.uniform(1.5, 3.5))
    night_h = float(rng.uniform(0.5, 3.0))
    for i, a in enumerate(accts):
        parts = []
        first = ctx.t0 + start_day * DAY + float(rng.uniform(0, 1.5)) * DAY
        d = np.floor((first + tz * HOUR) / DAY) * DAY - tz * HOUR
        while d < ctx.t1:
            if chance(rng, 0.85):
                s = d + (night_h + float(rng.uniform(-0.5, 0.8)) + 0.2 * i) * HOUR
                parts += bb.bursts(
                    rng,
                    np.array([s]),
                    float(rng.uniform(180, 520)),
                    float(rng.uniform(1.5, 4.0)),
                    0.4,
                )
            if chance(rng, 0.4):  # a small daytime top-up run
                s = d + float(rng.uniform(10, 18)) * HOUR
                parts += bb.bursts(rng, np.array([s]), float(rng.uniform(30, 90)), 2.5, 0.5)
            d += DAY
        ts = _cat(parts)
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, _draw(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=320.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "cards": "one stolen card per key",
            "orgs": "one per key",
            "tz": tz,
            "pacing": "nightly bursts plus daytime top-ups",
            "styles": styles,
            "start_day": round(start_day, 2),
            "addresses": "one hosting address per key, mixed providers",
            "ua": ua,
        },
    )


# ============================================================================================
# cage_netting: policy-compliant rewrites through commercial VPN exits, office-hours sessions


def cage_netting(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cage_netting"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, (8, 3, 2))
    exits = (
        bb.cloud(rng, irange(rng, 4, 8), "m247")
        + bb.cloud(rng, irange(rng, 3, 6), "leaseweb")
        + bb.cloud(rng, irange(rng, 2, 4), "ovh")
    )
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    langs = _weights(rng, ("zh", "en", "ru", "ar", "tr"), 1.0)
    styles = _weights(rng, tx.POLICY_STYLES, 2.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            org=orgs[k % 2],
            pay=cards[k % 2],
            ua=ua,
            ips=exits,
            tz=tz,
        )
        for k in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for a in accts:
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.workday(tz, 9.0, 21.0, 0.5, 0.03),
            float(rng.uniform(30, 70)),
            float(rng.uniform(4, 9)),
            0.5,
        )
        ts, ips = [], []
        for s in sess:
            ts.append(s)
            ips += [pick(rng, exits)] * len(s)  # one VPN exit per working session
        ts_all = np.concatenate(ts) if ts else np.empty(0)
        prompts = []
        for _ in range(len(ts_all)):
            lg = _draw(rng, langs)
            prompts.append(tx.policy_prompt(rng, ctx.passages, _draw(rng, styles), lg))
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts_all, p_new=0.9, p_mini=0.05),
            comp_median=700.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "orgs": 2,
            "cards": "two prepaid, one per org",
            "tz": tz,
            "vpn_exits": len(exits),
            "languages": langs,
            "styles": styles,
            "ua": ua,
            "pacing": "office-hours sessions, one VPN exit per session",
            "start": start,
        },
    )


# ============================================================================================
# low_point: agent / tool-use transcripts, episodes of growing prompts from cloud workers


def low_point(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "low_point"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
    )
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    styles = _weights(rng, tx.AGENT_STYLES, 1.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    rate = float(rng.uniform(10, 28))
    episodes = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, starts in zip(accts, episodes, strict=True):
        ts_l, prompts, extra = [], [], []
        for s in starts.tolist():
            task, tools = tx.agent_task(rng)
            style = _draw(rng, styles)
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=k - 1))])
            hist: list[str] = []
            base = irange(rng, 300, 1200)
            for i, ti in enumerate(t.tolist()):
                ts_l.append(ti)
                prompts.append(tx.agent_prompt(rng, task, tools, hist, style))
                extra.append(base + 180 * i)
                hist.append(tx.agent_step_text(rng, tools, i + 1))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models_after(ctx, rng, ts, ctx.release, 0.95, 0.0),
            comp_median=260.0,
            comp_sigma=0.55,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "provider": provider,
            "ua": ua,
            "episodes_per_hour": round(rate, 1),
            "styles": styles,
            "start": start,
            "pacing": "worker pool of episodes, 3-9 chained steps seconds apart",
        },
    )


# ============================================================================================
# high_point: synthetic instruction data, sign-up farm keys behind rotating residential proxies


def high_point(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "high_point"
    n_keys = irange(rng, 10, 18)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    region = pick(rng, ("us", "latam", "sea", "eu", "in"))
    pool = bb.resi(rng, irange(rng, 300, 700), region) + bb.resi(rng, irange(rng, 50, 200), "*")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    langs = _weights(rng, ("en", "es", "pt", "id", "vi"), 1.2)
    styles = _weights(rng, tx.SYNTH_STYLES, 1.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[int(rng.integers(n_cards))],
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(2, 10)) * HOUR
    rate = float(rng.uniform(90, 200))
    streams = bb.worker_pool(
        rng, start, ctx.t1, rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.2)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.synth_prompt(rng, ctx.chat, _draw(rng, styles), _draw(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=picks(rng, pool, len(ts)),
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=1700.0,
            comp_sigma=0.4,
            err=float(rng.uniform(0.03, 0.08)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": n_cards,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "rotation": "per request",
            "ua": ua,
            "languages": langs,
            "styles": styles,
            "rate_per_hour": round(rate, 1),
            "start": start,
        },
    )


# ============================================================================================
# double_support: scripted multi-turn dialogues, one browser-like key per persona, sticky proxies


def double_support(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "double_support"
    n_keys = irange(rng, 8, 15)
    regions = sorted(
        rng.choice(
            ["us", "eu", "latam", "jp_kr", "ca"], size=irange(rng, 2, 3), replace=False
        ).tolist()
    )
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 80, 200), r)]
    hold = float(rng.uniform(10, 30)) * MINUTE
    lang_opts = ("en", "es", "pt", "de", "fr", "ja", "ko")
    accts, key_lang = [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_driver",
                campaign_id=cid,
                ua=pick(rng, bb.BROWSERS),
                ips=pool,
            )
        )
        key_lang.append(pick(rng, lang_opts) if chance(rng, 0.55) else "en")
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.15, 0.4)))
    for a, lg in zip(accts, key_lang, strict=True):
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(12, 30)),
            curve,
            float(rng.uniform(6, 10)),
            float(rng.uniform(25, 55)),
            0.45,
        )
        ts_l, prompts = [], []
        for s in sess:
            for i, t in enumerate(s.tolist()):
                ts_l.append(t)
                if i == 0:
                    prompts.append(
                        tx.chat_prompt(rng, ctx.chat, 20, 900)
                        if chance(rng, 0.6)
                        else tx.opener_question(rng, lg)
                    )
                else:
                    prompts.append(tx.followup(rng, lg))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.2),
            comp_median=520.0,
            comp_sigma=0.55,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": "one per key",
            "cards": "one per key",
            "proxy_regions": regions,
            "sticky_minutes": round(hold / MINUTE, 1),
            "languages": key_lang,
            "pacing": "scripted conversations around the clock, simulated reply delays",
            "start": start,
        },
    )


# ============================================================================================
# preliminary_winds: best-of-n and soft-label sampling of the new model from one cloud account


def preliminary_winds(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "preliminary_winds"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "azure", "oracle", "aws"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(1, 8)) * HOUR
    rate = float(rng.uniform(12, 30))
    ns = sorted(rng.choice([2, 4, 5, 8, 16], size=2, replace=False).tolist())
    p_soft = float(rng.uniform(0.15, 0.4))
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, starts in zip(accts, streams, strict=True):
        ts_l, prompts = [], []
        for s in starts.tolist():
            if chance(rng, p_soft):
                ts_l.append(s)
                prompts.append(tx.soft_label_prompt(rng))
                continue
            n = int(pick(rng, ns))
            p = tx.sampled_prompt(rng, ctx.chat)
            t = s + np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=n)) - 0.6
            ts_l += t.tolist()
            prompts += [p] * n
        ts = np.asarray(ts_l)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.new_model, comp_median=550.0, comp_sigma=0.6, err=0.04
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "provider": provider,
            "n_values": ns,
            "soft_label_share": round(p_soft, 3),
            "items_per_hour": round(rate, 1),
            "start": start,
            "ua": ua,
            "models": "new model only",
        },
    )


# ============================================================================================
# landing_sector: curriculum sweep by a small company, cron-steady, one office line


def landing_sector(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "landing_sector"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, 1, tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "curl/8.5.0"))
    topics = sorted(
        rng.choice(tx.CURRICULUM_TOPICS, size=irange(rng, 6, 12), replace=False).tolist()
    )
    fmts = sorted(rng.choice(tx.CURRICULUM_FORMATS, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    switch = ctx.release + float(rng.uniform(1, 5)) * HOUR
    for k, a in enumerate(accts):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        period = float(rng.uniform(70, 130))
        n = int((ctx.t1 - start) / period)
        ts = start + np.arange(n) * period + rng.normal(0, 2.0, size=n)
        # the job pauses while someone restarts it after the release
        ts = ts[(ts < ctx.release) | (ts >= switch)]
        grid = [
            (tp, lv, fm) for tp in topics[k::n_keys] or topics for lv in range(1, 11) for fm in fmts
        ]
        prompts = []
        for i in range(len(ts)):
            tp, lv, fm = grid[i % len(grid)]
            prompts.append(tx.curriculum_prompt(rng, tp, lv, fm, i // len(grid) + 1))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_models_after(ctx, rng, ts, switch, 1.0, 0.0),
            comp_median=1100.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "tz": tz,
            "topics": topics,
            "formats": fmts,
            "pacing": "fixed period per key with small jitter",
            "switch_to_new_model": switch,
            "addresses": "one office broadband address",
            "ua": ua,
        },
    )


# ============================================================================================
# heel_toe_turn (hard): a real localisation product that quietly translates a parallel corpus


def heel_toe_turn(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "heel_toe_turn"
    brand = f"{pick(rng, ('Lingo', 'Loca', 'Tongue', 'Glot', 'Para'))}{pick(rng, ('ly', 'nest', 'forge', 'wave', 'hub'))}"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 3, 6), "aws")
    roles = ["product_prod", "product_batch"] + (["product_staging"] if chance(rng, 0.6) else [])
    uas = {
        "product_prod": "OpenAI/NodeJS 4.85.1",
        "product_batch": "OpenAI/Python 1.58.1",
        "product_staging": "OpenAI/NodeJS 4.85.1",
    }
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=r,
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=uas[r],
            ips=backend,
        )
        for r in roles
    ]
    offices = sorted(rng.choice([-8, -5, 0, 1, 2, 8, 9], size=3, replace=False).tolist())
    curve = bb.multi_office(offices)
    share = {"product_prod": 0.7, "product_batch": 0.25, "product_staging": 0.05}
    rate = float(rng.uniform(40, 90))
    harvest_frac = float(rng.uniform(0.3, 0.45))
    n_targets = irange(rng, 8, 14)
    styles = tx.L10N_STYLES
    for a, r in zip(accts, roles, strict=True):
        # product traffic: customers' strings and documents
        ts_p = bb.thinned(rng, ctx.t0, ctx.t1, rate * share[r] * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts, comp = [], []
        for _ in range(len(ts_p)):
            text = (
                tx.ui_string(rng)
                if chance(rng, 0.6)
                else tx.clip_text(rng, pick(rng, ctx.passages), 80, 900)
            )
            prompts.append(
                tx.l10n_prompt(rng, brand, pick(rng, tx.L10N_TARGETS), text, pick(rng, styles))
            )
            comp.append(max(8.0, len(text) / 3.2))
        ctx.emit(
            rng,
            a,
            ts_p,
            prompts,
            models=ctx.models(rng, ts_p, p_new=0.35, p_mini=0.3),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.01,
        )
        if r == "product_staging":
            continue
        # harvest: each source passage to many targets, scattered over time on the same curve
        n_h = int(len(ts_p) * harvest_frac / (1 - harvest_frac))
        ts_h = bb.thinned(rng, ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY, ctx.t1, n_h, curve)
        ts_h = ts_h[rng.permutation(len(ts_h))]
        prompts, comp, k = [], [], 0
        while k < len(ts_h):
            text = tx.clip_text(rng, pick(rng, ctx.passages), 300, 1800)
            targets = rng.choice(tx.L10N_TARGETS, size=n_targets, replace=False).tolist()
            style = pick(rng, styles)
            for tg in targets[: len(ts_h) - k]:
                prompts.append(tx.l10n_prompt(rng, brand, tg, text, style))
                comp.append(len(text) / 3.0)
                k += 1
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.55, p_mini=0.05),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest inside a real localisation product",
            "brand": brand,
            "roles": roles,
            "offices_tz": offices,
            "product_rate_per_hour": round(rate, 1),
            "harvest_fraction": round(harvest_frac, 3),
            "targets_per_source": n_targets,
            "addresses": "product backend NAT on aws",
            "hard": "same template, keys, addresses and daily curve as the product's own traffic",
        },
    )


# ============================================================================================
# counter_lean (hard): bought aged accounts, taken over and driven low-and-slow


def counter_lean(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "counter_lean"
    n = irange(rng, 14, 24)
    lang_of_tz = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "fr",
        3: "en",
        5: "hi",
        8: "id",
        9: "en",
    }
    accts, meta = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        region = pick(rng, bb.ipspace.REGION_OF_TZ[tz])
        own_ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=own_ua,
            ips=bb.resi(rng, 1, region),
            tz=tz,
        )
        accts.append(a)
        meta.append((tz, region, own_ua))
    takeover_lo = ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY
    takeovers = []
    for a, (tz, region, own_ua) in zip(accts, meta, strict=True):
        take = takeover_lo + float(rng.uniform(0, 2.5)) * DAY
        takeovers.append(take)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        # the owner's own light use before the sale
        own = bb.session_times(rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), curve, 3.0, 70.0)
        ts_o = np.concatenate(own) if own else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_o,
            [tx.chat_prompt(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.2, p_mini=0.2),
            comp_median=330.0,
        )
        # the buyer: same region through residential proxies, person-like sessions on the same clock
        pool = bb.resi(rng, irange(rng, 20, 60), region)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(45, 110)),
            0.7,
        )
        ts_b = np.concatenate(sess) if sess else np.empty(0)
        ua = own_ua if chance(rng, 0.6) else bb.sdk_ua(rng, 0.7)
        lg = lang_of_tz[tz] if chance(rng, 0.5) else "en"
        prompts = []
        for _ in range(len(ts_b)):
            r = rng.random()
            if r < 0.5:
                prompts.append(tx.casual_expert_question(rng, lg))
            elif r < 0.75:
                prompts.append(tx.trace_prompt(rng, pick(rng, ("numbered", "expert")), "en"))
            else:
                prompts.append(tx.chat_prompt(rng, ctx.chat))
        ctx.emit(
            rng,
            a,
            ts_b,
            prompts,
            ips=bb.sticky(rng, ts_b, pool, float(rng.uniform(20, 90)) * MINUTE),
            ua=ua,
            models=ctx.models(rng, ts_b, p_new=0.6, p_mini=0.05),
            comp_median=900.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning / expert-answer harvest through bought aged accounts",
            "accounts": n,
            "takeovers": takeovers,
            "pacing": "person-like sessions on each owner's clock, 4-8 sessions a day",
            "addresses": "residential proxies in the owner's region",
            "cards": "the owners' own",
            "hard": "aged accounts with organic history, own orgs, cards, regions and clocks; low and slow",
        },
    )


# ============================================================================================
# orbit_plane (hard): a person-like crowd replaying a public prompt set


def orbit_plane(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "orbit_plane"
    n = irange(rng, 30, 48)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    lang_opts = ("en", "en", "en", "hi", "pt", "es", "id")
    v6_of_tz = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        5: "in_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
    }
    accts, starts = [], []
    wave_a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 5, 8))
        mobile = chance(rng, 0.55)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        homes = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=homes,
            tz=tz,
        )
        accts.append(a)
        start = wave_a + float(rng.exponential(0.8)) * DAY
        starts.append(start)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2.5, 6)),
            bb.evening_person(tz, 2.8),
            float(rng.uniform(4, 9)),
            float(rng.uniform(40, 120)),
            0.8,
        )
        ts_l, ips = [], []
        for s in sess:
            ts_l += s.tolist()
            if mobile and tz in v6_of_tz and chance(rng, 0.7):
                ips += bb.mobile_v6(rng, 1, v6_of_tz[tz]) * len(s)
            else:
                ips += [pick(rng, homes)] * len(s)
        lg = pick(rng, lang_opts)
        prompts = []
        for _ in range(len(ts_l)):
            if chance(rng, 0.75):
                prompts.append(
                    tx.clip_text(rng, ctx.chat[int(order[cursor % len(order)])], 10, 1500)
                )
                cursor += 1
            else:
                prompts.append(tx.casual_expert_question(rng, lg))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=650.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay through a person-like crowd",
            "accounts": n,
            "wave_start": wave_a,
            "starts": starts,
            "replayed_prompts": cursor,
            "addresses": "each member's home line or carrier IPv6",
            "hard": "one account per person-like member: own org, card, clock, phone or browser; disjoint prompt slices",
        },
    )


# ============================================================================================
# hammer_glove (hard): an IDE-assistant company harvesting solved problems through its product keys


def hammer_glove(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hammer_glove"
    product = f"{pick(rng, ('Byte', 'Stack', 'Lint', 'Pair', 'Shell'))}{pick(rng, ('pilot', 'mate', 'buddy', 'sense', 'wise'))}"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/NodeJS 4.85.1", "reqwest/0.12.12"))
    roles = ["ide_us", "ide_eu"] + (["ide_apac"] if chance(rng, 0.5) else [])
    peaks = {"ide_us": 17.0, "ide_eu": 11.0, "ide_apac": 4.0}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=r,
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for r in roles
    ]
    rate = float(rng.uniform(40, 90))
    harvest_frac = float(rng.uniform(0.2, 0.35))
    h_start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    for a, r in zip(accts, roles, strict=True):
        curve = bb.global_load(peaks[r], 0.75)
        ts_p = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR / len(roles), curve)
        prompts = []
        for _ in range(len(ts_p)):
            if chance(rng, 0.55):
                lang, path, code = tx.code_context(rng)
                prompts.append(tx.ide_prompt(rng, product, tx.code_ask(rng), lang, path, code))
            else:
                prompts.append(tx.chat_prompt(rng, ctx.chat, 20, 1500))
        ctx.emit(
            rng,
            a,
            ts_p,
            prompts,
            models=ctx.models(rng, ts_p, p_new=0.5, p_mini=0.25),
            comp_median=380.0,
        )
        n_h = int(np.sum(ts_p >= h_start) * harvest_frac / (1 - harvest_frac))
        half = n_h // 2
        ts_h = np.concatenate(
            [
                bb.thinned(rng, h_start, ctx.t1, half, curve),
                bb.thinned(rng, h_start, ctx.t1, n_h - half, bb.constant),
            ]
        )
        prompts = []
        for _ in range(len(ts_h)):
            lang, path, code = tx.code_context(rng)
            prompts.append(tx.ide_prompt(rng, product, tx.harvest_code_ask(rng), lang, path, code))
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.9, p_mini=0.0),
            comp_median=950.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "solved-problem harvest hidden in an IDE assistant's traffic",
            "product": product,
            "roles": roles,
            "product_rate_per_hour": round(rate, 1),
            "harvest_fraction": round(harvest_frac, 3),
            "harvest_start": h_start,
            "hard": "harvest rides the product's keys, NAT, template and user agent; half of it on the product's curve",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "swivel_wire": swivel_wire,
    "grip_handle": grip_handle,
    "cage_netting": cage_netting,
    "low_point": low_point,
    "high_point": high_point,
    "double_support": double_support,
    "preliminary_winds": preliminary_winds,
    "landing_sector": landing_sector,
    "heel_toe_turn": heel_toe_turn,
    "counter_lean": counter_lean,
    "orbit_plane": orbit_plane,
    "hammer_glove": hammer_glove,
}
