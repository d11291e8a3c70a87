"""Campaign families of batch 159 (code names: gateball words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, emits
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. Everything
(key counts, organisations, cards, pacing, addresses, user agents, languages, model choice) is
drawn from the family's own generator. The README (read it only after the monitor's single run)
describes each one.
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
    jitter_start,
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
from bench.monitor_blind159 import texts

from distillguard.sim.ipspace import REGION_OF_TZ

Rng = np.random.Generator
CAMPAIGN = "campaign"


def _pre_post(release: float, pre: float, base: Callable = constant) -> Callable:
    """`base` scaled down to `pre` before the model release."""

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return base(ts) * np.where(ts >= release, 1.0, pre)

    return f


def _langs(rng: Rng, n: int, table: dict[str, float]) -> list[str]:
    return [texts.weighted(rng, table) for _ in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# first_gate: explicit reasoning-trace coercion from a rented hosting block, worker pool


def first_gate(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "first_gate"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    cards = [hexid(rng, "pay") for _ in range(pick(rng, (1, 1, 2, 3)))]
    shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
    fleet_ua = pick(
        rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1")
    )
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=shared_org,
            pay=cards[i % len(cards)],
            ua=fleet_ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    per_hour = float(rng.uniform(35, 80))
    pre = float(rng.uniform(0.15, 0.4))
    langs = {"en": 0.4, "zh": 0.25, "es": 0.15, "ru": 0.2}
    comp = float(rng.uniform(1000, 1600))
    for acct, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n, _pre_post(ctx.release, pre)),
        strict=True,
    ):
        prompts = [texts.reasoning_coercion(rng, lang) for lang in _langs(rng, len(ts), langs)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, JSON reasoning fields, worked solutions)",
            "keys": n,
            "cards": len(cards),
            "shared_org": shared_org is not None,
            "pacing": "one Poisson worker pool, 24/7, reduced before the release",
            "per_hour": round(per_hour, 1),
            "pre_release_factor": round(pre, 2),
            "ip_source": f"rented hosting block ({provider})",
            "user_agent": fleet_ua,
            "languages": list(langs),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# second_gate: judge / rubric / reward-model grading in nightly bursts from cloud machines


def second_gate(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "second_gate"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "gcp", "alibaba", "tencent"))
    tz = pick(rng, (8, 8, 3, 9))
    uas = [
        texts.weighted(
            rng, {"OpenAI/Python 1.58.1": 2, "python-requests/2.32.3": 1, "aiohttp/3.11.11": 1}
        )
        for _ in range(n)
    ]
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=uas[i],
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for i in range(n)
    ]
    langs = {"en": 0.6, "zh": 0.4}
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_day = float(rng.uniform(4, 9))
    size = float(rng.uniform(25, 70))
    curve = nightly(float(rng.uniform(20, 23)), float(rng.uniform(6, 9)), tz)
    for acct in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = _cat(bursts(rng, starts, size, float(rng.uniform(0.8, 3.0)), 0.6, ctx.t1))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, lang)
            for lang in _langs(rng, len(ts), langs)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(380, 650)),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise judging, rubric scores, rankings and reward-model critiques",
            "keys": n,
            "cards": n,
            "pacing": "nightly script bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": f"cloud ({provider})",
            "tz": tz,
            "languages": list(langs),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# third_gate: censorship-safe / policy rewrites through a residential proxy pool, stolen cards,
# short-lived keys replaced as they are burned


def third_gate(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "third_gate"
    n = irange(rng, 15, 25)
    region = pick(rng, ("sea", "latam", "in", "us", "eu"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    langs = {"zh": 0.5, "en": 0.3, "ru": 0.2}
    accts = []
    t = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=[pool[0]],
        )
        accts.append(acct)
        life = float(rng.uniform(0.6, 2.5)) * DAY
        a = t
        b = min(ctx.t1, a + life)
        ts = thinned(rng, a, b, float(rng.uniform(6, 16)) * (b - a) / HOUR, constant)
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, lang)
            for lang in _langs(rng, len(ts), langs)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(450, 750)),
            err=0.02,
        )
        # the next key comes online before this one is burned (several overlap)
        t = a + float(rng.uniform(0.1, 0.5)) * life
        if t > ctx.t1 - 6 * HOUR:
            t = ctx.t0 + float(rng.uniform(1, 6)) * DAY
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and safest-answer harvesting",
            "keys": n,
            "cards": n,
            "card_kind": "stolen, one per key",
            "pacing": "staggered burner keys, Poisson per key",
            "ip_source": f"residential proxy pool ({region}), sticky sessions",
            "sticky_hold_s": hold,
            "user_agent": "spoofed desktop browsers",
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# goal_pole: agent / tool-use trajectories from a small company-looking org on one cloud


def goal_pole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "goal_pole"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws", "gcp"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "semantic-kernel-dotnet/1.36.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="rollout",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_hour = float(rng.uniform(7, 16))
    starts = thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, _pre_post(ctx.release, 0.2)
    )
    owner = rng.integers(0, n, size=len(starts))
    per_acct: list[list[float]] = [[] for _ in range(n)]
    per_prompt: list[list[str]] = [[] for _ in range(n)]
    extra_per: list[list[int]] = [[] for _ in range(n)]
    for s, who in zip(starts.tolist(), owner.tolist(), strict=True):
        goal, tools, style = texts.new_episode(rng)
        k = 2 + int(rng.poisson(7))
        gaps = rng.lognormal(np.log(6.0), 0.6, size=k)
        tt = s + np.cumsum(gaps)
        steps: list[tuple[str, str]] = []
        for t in tt.tolist():
            per_acct[who].append(t)
            per_prompt[who].append(texts.agent_trajectory(rng, goal, tools, steps, style))
            extra_per[who].append(irange(rng, 500, 1400))
            steps.append(texts.step_result(rng, tools))
    for i, acct in enumerate(accts):
        ts = np.asarray(per_acct[i])
        ctx.emit(
            rng,
            acct,
            ts,
            per_prompt[i],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(220, 420)),
            extra=np.asarray(extra_per[i], dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest (function-call JSON, ReAct, XML tool tags)",
            "keys": n,
            "cards": 1,
            "orgs": 1,
            "pacing": "episodes of chained steps, Poisson episode starts",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"cloud ({provider}) fixed egress",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# spark_shot: synthetic-dataset generation, few keys, high volume, long completions


def spark_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "spark_shot"
    n = irange(rng, 2, 4)
    pay = hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    langs = {"en": 0.6, "zh": 0.2, "ko": 0.1, "fr": 0.1}
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, ("curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0")),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    for acct in accts:
        rate = float(rng.uniform(18, 40))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = [texts.synth_request(rng, lang) for lang in _langs(rng, len(ts), langs)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=float(rng.uniform(2000, 3200)),
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction/dialogue/exam dataset generation",
            "keys": n,
            "cards": 1,
            "pacing": "steady Poisson per key, 24/7",
            "ip_source": f"hosting ({provider}), one address per key",
            "languages": list(langs),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# touch_shot: multi-turn dialogue harvest (a user simulator drives conversations) via VPN exits


def touch_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "touch_shot"
    n = irange(rng, 8, 12)
    exits = cloud(rng, irange(rng, 10, 20), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 4, 8), "m247"
    )
    cards = [hexid(rng, "pay") for _ in range((n + 2) // 3)]
    langs = {"es": 0.25, "pt": 0.2, "fr": 0.15, "de": 0.15, "en": 0.15, "it": 0.1}
    ua = pick(rng, SDK_COMMON[:2])
    accts = []
    start = ctx.release - float(rng.uniform(0.5, 1.2)) * DAY
    for i in range(n):
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="dialogue",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[exits[0]],
        )
        accts.append(acct)
        convs = session_times(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            float(rng.uniform(25, 60)),
            _pre_post(ctx.release, 0.3),
            float(rng.uniform(4, 7)),
            float(rng.uniform(8, 20)),
            0.5,
        )
        ts_parts, prompts = [], []
        for conv in convs:
            lang = texts.weighted(rng, langs)
            ts_parts.append(conv)
            opener = texts.dialogue_opener(rng, ctx.chat, lang)
            prompts.append(opener)
            for _ in range(len(conv) - 1):
                # the simulated user reacts to the opener or, in English, to the model's last answer
                said = texts.passage(rng, ctx.passages, 100, 400) if lang == "en" else opener
                prompts.append(texts.dialogue_followup(rng, lang, said))
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[j] for j in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=float(rng.uniform(300, 480)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest driven by a simulated user",
            "keys": n,
            "cards": len(cards),
            "pacing": "conversations of chained follow-ups, ~10 s apart",
            "ip_source": "commercial VPN exits (datacenter), hourly rotation",
            "user_agent": ua,
            "languages": list(langs),
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# agari: best-of-n sampling and soft-label probability queries


def agari(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "agari"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[(i // 2) % 2],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    per_hour = float(rng.uniform(12, 30))
    p_soft = float(rng.uniform(0.3, 0.5))
    n_best = irange(rng, 4, 8)
    starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    owner = rng.integers(0, n, size=len(starts))
    ts_of: list[list[float]] = [[] for _ in range(n)]
    pr_of: list[list[str]] = [[] for _ in range(n)]
    cm_of: list[list[float]] = [[] for _ in range(n)]
    for s, who in zip(starts.tolist(), owner.tolist(), strict=True):
        if chance(rng, p_soft):
            ts_of[who].append(s)
            pr_of[who].append(texts.soft_label(rng))
            cm_of[who].append(80.0)
            continue
        p = texts.sampled_instruction(rng, ctx.chat)
        k = max(2, n_best + irange(rng, -1, 1))
        tt = s + np.sort(rng.uniform(0, 2.0, size=k))
        ts_of[who] += tt.tolist()
        pr_of[who] += [p] * k
        cm_of[who] += [320.0] * k
    for i, acct in enumerate(accts):
        ts = np.asarray(ts_of[i])
        ctx.emit(
            rng,
            acct,
            ts,
            pr_of[i],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(cm_of[i]),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling of one prompt and soft-label probability queries",
            "keys": n,
            "orgs": 2,
            "cards": 2,
            "n": n_best,
            "soft_share": round(p_soft, 2),
            "pacing": "Poisson groups; the n samples fired concurrently",
            "ip_source": "cloud (gcp)",
            "user_agent": ua,
            "languages": ["en"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# double_touch (hard): a real writing-assistant product whose operator hides a harvest in its own
# production traffic (same keys, same egress, same template, same daily curve)


def double_touch(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "double_touch"
    name = texts.brand(rng)
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    curve = global_load(float(rng.uniform(12, 16)), float(rng.uniform(0.5, 0.75)))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        for _ in range(n)
    ]
    harvest_share = float(rng.uniform(0.35, 0.6))
    h_start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for acct in accts:
        rate = float(rng.uniform(12, 30))
        ts_p = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        pr_p = [texts.product_request(rng, ctx.chat, ctx.passages, name) for _ in range(len(ts_p))]
        ctx.emit(
            rng,
            acct,
            ts_p,
            pr_p,
            models=ctx.models(rng, ts_p, p_new=0.6, p_mini=0.3),
            comp_median=260.0,
            err=0.01,
        )
        ts_h = thinned(
            rng,
            h_start,
            ctx.t1,
            rate * harvest_share * (ctx.t1 - h_start) / HOUR,
            _pre_post(ctx.release, 0.2, curve),
        )
        pr_h = [texts.product_explain(rng, name) for _ in range(len(ts_h))]
        ctx.emit(
            rng,
            acct,
            ts_h,
            pr_h,
            models=ctx.models(rng, ts_h, p_new=0.9, p_mini=0.0),
            comp_median=650.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanation harvest hidden inside a live product's own traffic",
            "brand": name,
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "harvest_share_of_product_rate": round(harvest_share, 2),
            "pacing": "product's global daily load; harvest follows the same curve",
            "ip_source": "cloud (aws) fixed NAT egress",
            "user_agent": ua,
            "aged": True,
            "harvest_start": h_start,
            "languages": ["en", "de", "fr", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# chief_referee (hard): bought / compromised aged accounts; the owners keep using them while the
# operator adds a moderate harvest through residential proxies in the owner's own region


def chief_referee(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chief_referee"
    n = irange(rng, 18, 28)
    op_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        owner_curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.7, 2.5)),
            owner_curve,
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(40, 120)),
        )
        ts_o = _cat(sess)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [texts.chat(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.5, p_mini=0.1),
            comp_median=330.0,
        )
        take = ctx.release + float(rng.uniform(-0.3, 1.6)) * DAY
        takeovers.append(take)
        region = pick(rng, REGION_OF_TZ.get(tz, ("us",)))
        proxies = resi(rng, irange(rng, 20, 60), region)
        op_curve = _pre_post(ctx.release, 0.5, workday(tz, 7.0, 23.0, 0.5, 0.1))
        ts_h = thinned(
            rng, take, ctx.t1, float(rng.uniform(0.8, 2.5)) * (ctx.t1 - take) / HOUR, op_curve
        )
        ua_h = owner_ua if owner_ua in SDK_COMMON and chance(rng, 0.6) else op_ua
        ctx.emit(
            rng,
            acct,
            ts_h,
            [texts.soft_explain(rng) for _ in range(len(ts_h))],
            models=ctx.models(rng, ts_h, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, ts_h, proxies, 40 * MINUTE),
            ua=ua_h,
            comp_median=float(rng.uniform(600, 900)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanation / worked-solution harvest on bought or compromised aged accounts",
            "keys": n,
            "cards": n,
            "owners_active": True,
            "takeover_ts": takeovers,
            "pacing": "owner sessions all week; operator slow Poisson on a stretched day after takeover",
            "ip_source": "owners' home ISPs; operator via residential proxies in the owner's region",
            "user_agent": f"owner's own; operator {op_ua}",
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# ten_second_rule (hard): low-and-slow, person-like crowd of sock-puppet accounts asking
# curriculum questions in human sessions from home lines and phones


def ten_second_rule(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ten_second_rule"
    n = irange(rng, 30, 45)
    langs = {"en": 0.45, "es": 0.15, "pt": 0.12, "id": 0.1, "tr": 0.08, "hi": 0.1}
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        ips = (
            mobile_v6(
                rng,
                irange(rng, 2, 5),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
            if mobile
            else home(rng, irange(rng, 1, 2), tz)
        )
        acct = ctx.account(
            rng, label=CAMPAIGN, family=fam, role="persona", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        accts.append(acct)
        lang = texts.weighted(rng, langs)
        signup = ctx.release + float(rng.uniform(-1.2, 1.5)) * DAY
        sess = session_times(
            rng,
            signup,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            evening_person(tz),
            float(rng.uniform(3.5, 7)),
            float(rng.uniform(50, 150)),
            0.7,
        )
        prompts: list[str] = []
        for s in sess:
            subject = pick(rng, list(texts.CONCEPTS))
            prompts += [texts.crowd_question(rng, lang, subject) for _ in range(len(s))]
        ts = _cat(sess)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=float(rng.uniform(450, 700)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum explanations harvested by a crowd of person-like accounts",
            "keys": n,
            "cards": n,
            "pacing": "human sessions (evening curve, lognormal think times)",
            "ip_source": "home ISP lines by time zone and carrier IPv6",
            "user_agent": "browsers and phones",
            "languages": list(langs),
            "signup": "spread from a day before to 1.5 days after the release",
        },
    )


# --------------------------------------------------------------------------------------------
# continuation_stroke (hard): public prompt replay from an aged office org, paced to office hours


def continuation_stroke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "continuation_stroke"
    n = irange(rng, 12, 20)
    tz = pick(rng, (0, 1, 2, -5))
    office = home(rng, irange(rng, 2, 3), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/Python 1.54.0"
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="employee_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    office_day = workday(tz, float(rng.uniform(8, 9.5)), float(rng.uniform(17, 19)), 0.05, 0.03)
    for acct in accts:
        pre = float(rng.uniform(1, 5))  # requests per day before the release
        post = float(rng.uniform(40, 90))  # and after it
        ts = np.sort(
            np.concatenate(
                [
                    thinned(
                        rng, ctx.t0, ctx.release, pre * (ctx.release - ctx.t0) / DAY, office_day
                    ),
                    thinned(
                        rng, ctx.release, ctx.t1, post * (ctx.t1 - ctx.release) / DAY, office_day
                    ),
                ]
            )
        )
        idx = (
            order[cursor : cursor + len(ts)]
            if cursor + len(ts) <= len(order)
            else rng.integers(0, len(ctx.chat), size=len(ts))
        )
        cursor += len(ts)
        prompts = [ctx.chat[j].strip() or "hi" for j in np.asarray(idx).tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.05),
            comp_median=float(rng.uniform(380, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "verbatim replay of a public prompt set to harvest the new model's answers",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"office broadband NAT (tz {tz})",
            "aged": True,
            "pacing": "office-hours Poisson per key, light before the release, heavy after",
            "user_agent": ua,
            "languages": ["mixed (public prompt set)"],
        },
    )


# --------------------------------------------------------------------------------------------
# foot_hold: translation harvest into low-resource languages from a phone farm (carrier IPv6)


def foot_hold(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "foot_hold"
    n = irange(rng, 10, 16)
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    accts = []
    for i in range(n):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        addrs = mobile_v6(rng, irange(rng, 20, 40), carrier)
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="device",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=addrs,
        )
        accts.append(acct)
        # each phone is up for stretches and off for a while (charging, reboots)
        parts, a = [], start + float(rng.uniform(0, 8)) * HOUR
        while a < ctx.t1:
            b = min(ctx.t1, a + float(rng.uniform(3, 14)) * HOUR)
            parts.append(thinned(rng, a, b, float(rng.uniform(8, 20)) * (b - a) / HOUR, constant))
            a = b + float(rng.uniform(0.5, 6)) * HOUR
        ts = _cat(parts)
        prompts = [texts.translation_harvest(rng, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=sticky(rng, ts, addrs, float(rng.uniform(1, 4)) * HOUR),
            comp_median=float(rng.uniform(650, 1000)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest into low-resource languages",
            "keys": n,
            "cards": len(cards),
            "pacing": "per-device Poisson in on/off stretches",
            "ip_source": f"carrier IPv6 ({carrier}), phone farm",
            "user_agent": "okhttp / Dart app clients",
            "languages": ["en source", "15 targets"],
            "start": start,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "first_gate": first_gate,
    "second_gate": second_gate,
    "third_gate": third_gate,
    "goal_pole": goal_pole,
    "spark_shot": spark_shot,
    "touch_shot": touch_shot,
    "agari": agari,
    "double_touch": double_touch,
    "chief_referee": chief_referee,
    "ten_second_rule": ten_second_rule,
    "continuation_stroke": continuation_stroke,
    "foot_hold": foot_hold,
}
