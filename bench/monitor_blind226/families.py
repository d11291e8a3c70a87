"""Campaign families of blind batch 226 (code names from land sailing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events through `ctx.emit` and records itself with `ctx.campaign`. All choices come from the
family's own generator, drawn in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind226 import texts

#: the language people of each UTC offset most likely write in (first = most common)
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "tr"),
    3: ("ru", "tr"),
    5: ("en",),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}
REGION_OF_TZ: dict[int, str] = {
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


def _subset(
    rng: np.random.Generator, items: tuple[str, ...], lo: int, hi: int, first: str | None = None
) -> list[str]:
    """lo..hi distinct items in a drawn order (optionally always including `first`)."""
    k = irange(rng, lo, hi)
    order = [items[i] for i in rng.permutation(len(items)).tolist()]
    if first is not None:
        order = [first] + [x for x in order if x != first]
    return order[:k]


def _weights(rng: np.random.Generator, n: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _choose(rng: np.random.Generator, items: list[str], w: np.ndarray, n: int) -> list[str]:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _switch_models(ctx: Ctx, ts: np.ndarray, switch_ts: float, mini: bool = False) -> list[str]:
    old = ctx.old_models[-1] if mini else ctx.old_models[0]
    return [ctx.new_model if t >= switch_ts else old for t in np.asarray(ts).tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def blokart(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool of keys."""
    fam = "blokart"
    n_keys, n_orgs = irange(rng, 8, 15), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.6)
    langs = _subset(rng, ("zh", "es", "ru", "de", "ja"), 1, 3)
    langs = ["en", *langs]
    lw = _weights(rng, len(langs))
    styles = ["tags", "verify", "monologue", "textbook"]
    sw = _weights(rng, len(styles), 1.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(25, 50))
    down_at = float(rng.uniform(start, ctx.t1))
    down_h = float(rng.uniform(3, 10))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where((ts >= down_at) & (ts < down_at + down_h * HOUR), 0.0, 1.0)

    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        ls, ss = _choose(rng, langs, lw, len(ts)), _choose(rng, styles, sw, len(ts))
        prompts = [texts.reasoning_prompt(rng, lg, st) for lg, st in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"hosting:{prov}",
            "payment": "prepaid_card_per_org",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "outage_hours": round(down_h, 1),
        },
    )


def kite_buggy(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Grader / reward-model harvest in bursts over sticky residential proxies, stolen cards."""
    fam = "kite_buggy"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 150, 400), region)
    version = irange(rng, 2, 9)
    styles = ["pointwise", "pairwise", "scalar", "critique"]
    sw = _weights(rng, 4, 1.2)
    comp = {"pointwise": 220.0, "pairwise": 380.0, "scalar": 4.0, "critique": 750.0}
    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng,
            (
                "python-httpx/0.28.1",
                "aiohttp/3.11.11",
                "OpenAI/Python 1.58.1",
                "OpenAI/Python 1.54.0",
            ),
        )
        acct = ctx.account(
            rng, label="campaign", family=fam, role="grader", campaign_id=camp, ua=ua, ips=pool[:1]
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, a, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - a) / DAY, constant)
        for tr in bursts(rng, starts, float(rng.uniform(25, 55)), float(rng.uniform(2.0, 6.0))):
            st = _choose(rng, styles, sw, 1)[0]
            prompts = [
                texts.judge_prompt(rng, ctx.chat, ctx.passages, st, version) for _ in range(len(tr))
            ]
            ctx.emit(
                rng,
                acct,
                tr,
                prompts,
                models=ctx.models(rng, tr, p_new=0.97, p_mini=0.0),
                ips=sticky(rng, tr, pool, 600.0),
                comp_median=comp[st],
                comp_sigma=0.45,
                err=0.03,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_reward_harvest",
            "pacing": "bursts",
            "ip_source": f"residential_proxy_sticky:{region}",
            "payment": "stolen_card_per_key",
            "styles": styles,
            "grader_version": version,
            "languages": ["en"],
        },
    )


def pushrod(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Policy / censorship-safe rewrites through rotating VPN exits during the operator's working day."""
    fam = "pushrod"
    n_keys = irange(rng, 6, 11)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "scaleway"))
    exits = rented_block(rng, vpn, irange(rng, 3, 5), irange(rng, 2, 4))
    tz = pick(rng, (3, 8))
    langs = ["en", "zh", "ru", "tr"]
    lw = _weights(rng, 4, 2.0)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=exits,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    per_hour = float(rng.uniform(20, 40))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = workday(tz, start=9.0, end=22.0, weekend=0.5, night=0.05)
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        ls = _choose(rng, langs, lw, len(ts))
        prompts = [
            texts.policy_prompt(rng, lg, pick(rng, ("pair", "rewrite", "classify")), ctx.passages)
            for lg in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, exits, 900.0),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_rewrite_harvest",
            "pacing": "worker_pool_workday",
            "operator_tz": tz,
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "card_per_org",
            "languages": langs,
            "user_agent": ua,
        },
    )


def mast_step(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use trajectories: episodes of growing transcripts from cloud NAT gateways."""
    fam = "mast_step"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    langs, lw = ["en", "de", "ja"], np.array([0.8, 0.12, 0.08])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, prov),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(5, 11))
    for acct, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, pr_all, ex_all, cm_all = [], [], [], []
        for s in starts.tolist():
            n = 3 + int(rng.poisson(4))
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=n - 1))])
            ts_all.extend(ts.tolist())
            pr_all.extend(texts.agent_episode(rng, n, _choose(rng, langs, lw, 1)[0]))
            ex_all.extend([350 + 120 * k for k in range(n)])
            cm_all.extend([160.0] * (n - 1) + [450.0])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(cm_all),
            extra=np.asarray(ex_all, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "pacing": "episodes_worker_pool",
            "ip_source": f"cloud_nat:{prov}",
            "payment": "single_card",
            "user_agent": ua,
            "languages": langs,
        },
    )


def foot_steer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation at a slow steady rate; the pipeline flips to the new model."""
    fam = "foot_steer"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "oracle", "azure"))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs = ["en", "fr", "pt", "id"]
    lw = np.array([0.7, 0.1, 0.1, 0.1])
    styles = ["taxonomy", "persona", "evol"]
    sw = _weights(rng, 3, 2.0)
    switch = ctx.release + float(rng.uniform(2, 10)) * HOUR
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(6, 13)) * (ctx.t1 - a) / HOUR, constant)
        prompts = [
            texts.synth_prompt(rng, st, lg, ctx.chat)
            for st, lg in zip(
                _choose(rng, styles, sw, len(ts)), _choose(rng, langs, lw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_switch_models(ctx, ts, switch),
            comp_median=1600.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "slow_steady",
            "ip_source": f"cloud:{prov}",
            "payment": "single_card",
            "styles": styles,
            "languages": langs,
            "model_switch_ts": switch,
        },
    )


def rear_axle(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: harvest hidden inside a real writing-assistant product's traffic, same keys and wrapper."""
    fam = "rear_axle"
    brand = pick(rng, ("Quillmate", "Draftwise", "Inkpath", "Proseboard"))
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="front",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.45, 0.7)))
    real_rate = float(rng.uniform(25, 45))
    harvest_from = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    harvest_share = float(rng.uniform(0.25, 0.4))
    langs = ["en", "es", "de", "fr", "pt"]
    lw = np.array([0.6, 0.1, 0.1, 0.1, 0.1])
    actions = ("improve", "summarise", "continue", "answer", "chat")
    real = worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, load)
    harv = worker_pool(rng, harvest_from, ctx.t1, real_rate * harvest_share, n_keys, load)
    for acct, rts, hts in zip(accts, real, harv, strict=True):
        rp = []
        for _ in range(len(rts)):
            act = pick(rng, actions)
            text = texts.clip_text(pick(rng, ctx.chat), 20, 1400, rng)
            rp.append(text if act == "chat" else texts.product_wrap(rng, brand, text, act))
        ctx.emit(
            rng,
            acct,
            rts,
            rp,
            models=ctx.models(rng, rts, p_new=0.5, p_mini=0.4),
            comp_median=300.0,
        )
        hp = []
        for lg in _choose(rng, langs, lw, len(hts)):
            q = (
                texts.person_question(rng, lg)
                if chance(rng, 0.7)
                else texts.word_problem(rng, "en")
            )
            hp.append(q if chance(rng, 0.3) else texts.product_wrap(rng, brand, q, "answer"))
        ctx.emit(
            rng,
            acct,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.95, p_mini=0.0),
            comp_median=700.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "pacing": "global_product_load",
            "ip_source": "cloud_nat:aws",
            "payment": "business_card",
            "brand": brand,
            "harvest_from": harvest_from,
            "harvest_share": round(harvest_share, 3),
            "languages": langs,
            "user_agent": ua,
        },
    )


def beam_reach(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a lot of aged consumer accounts bought and taken over, then driven like people through
    residential proxies of the owners' own regions, keeping their user agents."""
    fam = "beam_reach"
    n = irange(rng, 18, 30)
    lot = ctx.t0 + float(rng.uniform(1.5, 3.2)) * DAY
    accts, takes = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 3, 8, 9))
        lang = pick(rng, LANG_OF_TZ[tz])
        ua = pick(rng, BROWSERS + MOBILE[:3])
        homes = resi(rng, irange(rng, 1, 2), REGION_OF_TZ[tz])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_takeover",
            campaign_id=camp,
            ua=ua,
            ips=homes,
            tz=tz,
        )
        accts.append(acct)
        take = lot + float(rng.uniform(0, 18)) * HOUR
        takes.append(take)
        # the original owner's use before the sale
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.5, 1.5)), evening_person(tz), 3.0, 90.0
        )
        ts = _concat(sess)
        prompts = [texts.clip_text(pick(rng, ctx.chat), 8, 1200, rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=320.0,
        )
        # the buyer's harvest: sessions of a question and follow-ups in the owner's language
        pool = resi(rng, 40, REGION_OF_TZ[tz])
        sess = session_times(
            rng, take, ctx.t1, float(rng.uniform(2, 4.5)), evening_person(tz, 3.5), 8.0, 35.0
        )
        ts_h, pr_h = [], []
        for s in sess:
            for k in range(len(s)):
                if k == 0 or chance(rng, 0.3):
                    pr_h.append(texts.person_question(rng, lang))
                elif chance(rng, 0.15):
                    pr_h.append(texts.clip_text(pick(rng, ctx.chat), 8, 800, rng))
                else:
                    pr_h.append(texts.person_followup(rng, lang))
            ts_h.extend(s.tolist())
        th = np.asarray(ts_h)
        ctx.emit(
            rng,
            acct,
            th,
            pr_h,
            models=ctx.models(rng, th, p_new=0.92, p_mini=0.0),
            ips=sticky(rng, th, pool, 1800.0),
            comp_median=600.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_dialogue_harvest",
            "pacing": "human_sessions",
            "lot_ts": lot,
            "ip_source": "residential_proxy_same_region",
            "payment": "original_owners_cards",
            "takeover_ts": [round(t, 1) for t in takes],
        },
    )


def apparent_wind(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a low-and-slow crowd of person-like accounts on static residential proxies, each asking a
    few expert questions in its own language and framing."""
    fam = "apparent_wind"
    n = irange(rng, 50, 80)
    tzs = (-8, -5, -3, 0, 1, 2, 3, 5, 8, 9)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = "en" if chance(rng, 0.55) else pick(rng, LANG_OF_TZ[tz])
        ua = pick(rng, BROWSERS + MOBILE + SDK_COMMON[:2])
        ips = resi(rng, 1 + int(chance(rng, 0.3)), REGION_OF_TZ[tz])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        style = irange(rng, 0, 3)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.4, 1.3)), curve, 5.0, 70.0)
        ts, prompts = [], []
        for s in sess:
            for k in range(len(s)):
                if k == 0 or chance(rng, 0.5):
                    prompts.append(texts.crowd_question(rng, lang, style))
                else:
                    prompts.append(texts.person_followup(rng, lang))
            ts.extend(s.tolist())
        if not ts:  # everyone in the crowd asks at least once
            ts, prompts = (
                [float(rng.uniform(start, ctx.t1))],
                [texts.crowd_question(rng, lang, style)],
            )
        t = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.88, p_mini=0.03),
            comp_median=650.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "human_sessions",
            "ip_source": "static_residential_proxies",
            "payment": "prepaid_card_per_account",
            "members": n,
        },
    )


def luff(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: public-prompt replay (ordinary ShareGPT questions, never repeated) on the new model from
    separate small 'startup' accounts opened after the release."""
    fam = "luff"
    n_keys = irange(rng, 8, 12)
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, ("aws", "gcp", "azure", "digitalocean", "linode"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=camp,
            ua=pick(rng, SDK_COMMON[:3]),
            ips=cloud(rng, 1, prov),
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(6, 30)) * HOUR
        load = global_load(float(rng.uniform(12, 18)), 0.5)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(8, 16)) * (ctx.t1 - a) / HOUR, load)
        prompts = [ctx.chat[order[(pos + i) % len(order)]] for i in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=420.0,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "poisson_global_load",
            "ip_source": "one_cloud_ip_per_key_mixed_providers",
            "payment": "card_per_key",
            "prompts_replayed": pos,
        },
    )


def downhaul(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times at once, or asked for a distribution."""
    fam = "downhaul"
    n_keys = irange(rng, 4, 8)
    n_orgs = (n_keys + 1) // 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    prov = pick(rng, ("vultr", "digitalocean", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    n_best = int(pick(rng, (4, 8, 16)))
    styles = ["plain", "letter", "soft", "ranked"]
    sw = _weights(rng, 4, 1.5)
    comp = {"plain": 450.0, "letter": 2.0, "soft": 45.0, "ranked": 900.0}
    langs = ["en", "zh"]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=orgs[i // 2],
            pay=pays[i // 2],
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for acct in accts:
        items = thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)) * (ctx.t1 - start) / HOUR, constant
        )
        ts_all, pr_all, cm_all = [], [], []
        for s in items.tolist():
            st = _choose(rng, styles, sw, 1)[0]
            k = n_best if st in ("plain", "letter") else irange(rng, 1, 2)
            p = texts.sampling_prompt(rng, st, "zh" if chance(rng, 0.2) else "en")
            ts_all.extend((s + np.sort(rng.uniform(0, 2.5, size=k))).tolist())
            pr_all.extend([p] * k)
            cm_all.extend([comp[st]] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_all,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(cm_all),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "concurrent_fanout",
            "n_samples": n_best,
            "ip_source": f"cloud:{prov}",
            "payment": "card_per_org",
            "styles": styles,
            "languages": langs,
        },
    )


def outhaul(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Parallel-corpus harvest from an office line during work hours plus a nightly cloud worker."""
    fam = "outhaul"
    tz = pick(rng, (1, 2))
    n_keys = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 2, "eu")
    tgts = _subset(rng, tuple(texts.LANG_NAMES), 6, 10)
    tw = _weights(rng, len(tgts), 2.0)
    styles = ["plain", "json", "backcheck", "pro"]
    sw = _weights(rng, 4, 1.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="office_pipeline",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys - 1)
    ]
    night = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="night_worker",
        campaign_id=camp,
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=cloud(rng, 1, "hetzner"),
        tz=tz,
    )
    accts.append(night)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_hour = float(rng.uniform(25, 45))
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys - 1, workday(tz, 8.0, 19.0, weekend=0.1)
    )
    streams.append(
        thinned(rng, start, ctx.t1, 80.0 * 5 * (ctx.t1 - start) / DAY, nightly(1.0, 5.0, tz))
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts, comp = [], []
        for tg, st in zip(
            _choose(rng, tgts, tw, len(ts)), _choose(rng, styles, sw, len(ts)), strict=True
        ):
            passage = texts.clip_text(pick(rng, ctx.passages), 300, 1400, rng)
            prompts.append(texts.translation_prompt(rng, passage, tg, st))
            comp.append(len(passage) / (2.4 if st == "backcheck" else 3.4))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.25,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_corpus_harvest",
            "pacing": "workday_plus_nightly",
            "tz": tz,
            "ip_source": "office_broadband_plus_hetzner",
            "payment": "single_card",
            "targets": tgts,
            "styles": styles,
        },
    )


def dry_lake(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Code harvest: a systematic sweep over algorithm x language x variant x style through mobile
    proxies, keys spread over a few stolen cards."""
    fam = "dry_lake"
    n_keys = irange(rng, 10, 18)
    n_cards = irange(rng, 2, 4)
    pays = [hexid(rng, "pay") for _ in range(n_cards)]
    kinds = ("us_mobile", "in_mobile", "br_mobile")
    accts, mkind = [], []
    for i in range(n_keys):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        kind = pick(rng, kinds)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=pays[i % n_cards],
            ua=ua,
            ips=mobile_v6(rng, 1, kind),
        )
        accts.append(acct)
        mkind.append(kind)
    grid = [
        (a, p, v, s)
        for a in range(len(texts.ALGOS))
        for p in range(len(texts.PLANGS))
        for v in range(6)
        for s in range(4)
    ]
    order = rng.permutation(len(grid)).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(40, 75))
    pos = 0
    for acct, kind, ts in zip(
        accts, mkind, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True
    ):
        prompts = []
        for i in range(len(ts)):
            a, p, v, s = grid[order[(pos + i) % len(order)]]
            prompts.append(texts.code_prompt(texts.ALGOS[a], texts.PLANGS[p], v, s))
        pos += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=mobile_v6(rng, len(ts), kind),
            comp_median=750.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code_grid_sweep",
            "pacing": "worker_pool",
            "ip_source": "mobile_carrier_v6_proxies",
            "payment": f"{n_cards}_stolen_cards",
            "grid_size": len(grid),
            "grid_done": pos,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "blokart": blokart,
    "kite_buggy": kite_buggy,
    "pushrod": pushrod,
    "mast_step": mast_step,
    "foot_steer": foot_steer,
    "rear_axle": rear_axle,
    "beam_reach": beam_reach,
    "apparent_wind": apparent_wind,
    "luff": luff,
    "downhaul": downhaul,
    "outhaul": outhaul,
    "dry_lake": dry_lake,
}
