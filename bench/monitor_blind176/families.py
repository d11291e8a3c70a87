"""Campaign families of batch 176 (code names from mölkky).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts (label "campaign"), emits their events
and records one campaign with its parameters. Everything a family decides (key counts, orgs, cards,
pacing, addresses, user agents, languages, template styles, model choice) comes from its own rng.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind176 import texts

Rng = np.random.Generator
LABEL = "campaign"

#: the languages people in each UTC offset of `bb.TZS` would mostly write in
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en", "hi"),
    8: ("zh", "en"),
    9: ("ja",),
}


def sample(rng: Rng, seq, k: int) -> list:
    k = min(k, len(seq))
    return [seq[i] for i in rng.choice(len(seq), size=k, replace=False).tolist()]


def rnd(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def time_rank(streams: list[np.ndarray]) -> list[np.ndarray]:
    """Per stream, each event's rank among all streams' events in time order (a job queue's ids)."""
    allts = np.concatenate([np.asarray(s) for s in streams]) if streams else np.empty(0)
    rank = np.empty(len(allts), dtype=np.int64)
    rank[np.argsort(allts, kind="stable")] = np.arange(len(allts))
    out, i = [], 0
    for s in streams:
        out.append(rank[i : i + len(s)])
        i += len(s)
    return out


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# overt-ish operations


def pyramid(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion on generated maths/logic problems, a Poisson worker pool on a
    rented hosting block, one corporate card per org."""
    fam = "pyramid"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "OpenAI/Python 1.63.2",
            "aiohttp/3.11.11",
        ),
    )
    accts = []
    for i in range(n_keys):
        j = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[j],
                pay=pays[j],
                ua=ua,
                ips=sample(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = ctx.release - float(rng.uniform(0.3, 1.8)) * DAY
    per_hour = float(rng.uniform(45, 95))
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.5))
    curve = bb.global_load(peak, depth)
    mix = texts.style_mix(rng, texts.REASONING_STYLES, 2, 4)
    comp = float(rng.uniform(700, 1400))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    base = irange(rng, 0, 40000)
    for a, ts, ids in zip(accts, streams, time_rank(streams), strict=True):
        prompts = [texts.reasoning(rng, texts.from_mix(rng, mix), base + int(k)) for k in ids]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card_per_org",
            "pacing": "poisson_worker_pool",
            "per_hour": rnd(per_hour),
            "load_peak_utc": rnd(peak),
            "load_depth": rnd(depth),
            "start_ts": rnd(start),
            "ip_source": f"hosting_block:{provider}",
            "ip_pool": len(pool),
            "user_agent": ua,
            "styles": mix,
            "completion_median": rnd(comp),
        },
    )


def tiebreak(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: many separately signed-up keys with one
    prepaid card each, batches fired by script through a shared pool of VPN exits."""
    fam = "tiebreak"
    n_keys = irange(rng, 8, 18)
    providers = sample(rng, ("m247", "leaseweb", "vultr", "digitalocean", "ovh"), irange(rng, 1, 3))
    exits = [
        ip
        for p in providers
        for ip in bb.rented_block(rng, p, irange(rng, 2, 4), irange(rng, 2, 4))
    ]
    uas = sample(
        rng,
        ("python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.58.1"),
        irange(rng, 1, 2),
    )
    hold = float(rng.uniform(10, 45)) * MINUTE
    mix = texts.style_mix(rng, texts.JUDGE_STYLES, 3, 5)
    start = ctx.t0 + float(rng.uniform(0.8, 2.8)) * DAY
    per_day, size, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(14, 36)),
        float(rng.uniform(1.2, 4.0)),
    )
    comp = float(rng.uniform(120, 320))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="prepaid_key",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=exits,
        )
        accts.append(a)
        a_start = start + float(rng.uniform(0, 0.8)) * DAY
        starts = bb.thinned(rng, a_start, ctx.t1, per_day * (ctx.t1 - a_start) / DAY, bb.constant)
        ts = concat(bb.bursts(rng, starts, size, gap, 0.5, ctx.t1))
        ts = np.sort(ts)
        prompts = [
            texts.judge(rng, texts.from_mix(rng, mix), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "prepaid_card_per_key",
            "pacing": "scripted_bursts",
            "bursts_per_day": rnd(per_day),
            "burst_size": rnd(size),
            "gap_s": rnd(gap),
            "ip_source": "vpn_exits:" + ",".join(providers),
            "exit_pool": len(exits),
            "sticky_s": rnd(hold),
            "user_agents": uas,
            "styles": mix,
            "start_ts": rnd(start),
        },
    )


def molkkaari(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites and safe-completion pairs, mostly not in
    English; a slow steady rate from Asian cloud regions, one org and card."""
    fam = "molkkaari"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3"))
    mix = texts.style_mix(rng, texts.POLICY_STYLES, 3, 5)
    mix["zh_platform"] = mix.get("zh_platform", 0.0) + 0.4
    nightly = chance(rng, 0.5)
    start_h, hours = float(rng.uniform(0, 24)), float(rng.uniform(10, 16))
    curve = bb.nightly(start_h, hours, 8) if nightly else bb.constant
    rate = float(rng.uniform(5, 13))
    comp = float(rng.uniform(380, 700))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        a_start = ctx.t0 + float(rng.uniform(0.2, 2.5)) * DAY
        mean = rate * (ctx.t1 - a_start) / HOUR * (hours / 24 if nightly else 1.0)
        ts = bb.thinned(rng, a_start, ctx.t1, mean, curve)
        prompts = [
            texts.policy_rewrite(rng, texts.from_mix(rng, mix), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.1),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "pacing": "slow_steady_nightly" if nightly else "slow_steady",
            "per_hour_per_key": rnd(rate),
            "window_start_h_utc8": rnd(start_h),
            "window_hours": rnd(hours),
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "styles": {k: rnd(v, 4) for k, v in mix.items()},
        },
    )


def heitto(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic multi-step episodes, each step one request with the
    growing transcript; stolen cards, residential proxies with one exit per episode."""
    fam = "heitto"
    n_keys = irange(rng, 9, 20)
    per_org = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range((n_keys + per_org - 1) // per_org)]
    uas = sample(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
        irange(rng, 1, 3),
    )
    mix = texts.style_mix(rng, texts.AGENT_STYLES, 2, 3)
    p_other = float(rng.uniform(0.05, 0.3))
    regions = sample(rng, bb.regions(), irange(rng, 2, 4))
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    per_hour = float(rng.uniform(10, 20))
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 6, 10)
    gap = float(rng.uniform(2.5, 8.0))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="stolen_card_key",
            campaign_id=cid,
            org=orgs[i // per_org],
            ua=pick(rng, uas),
        )
        for i in range(n_keys)
    ]
    episodes = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    tool_names = list(texts.TOOLS)
    for a, starts in zip(accts, episodes, strict=True):
        region = pick(rng, regions)
        ts_all, prompts, extra, ips = [], [], [], []
        for e0 in starts.tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = e0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            style = texts.from_mix(rng, mix)
            task = texts.agent_task(rng, p_other)
            tools = sample(rng, tool_names, irange(rng, 3, 7))
            exit_ip = bb.resi(rng, 1, region)[0]
            for s, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(texts.agent_step(rng, style, task, tools, s))
                extra.append(0 if s == 0 else 180 + 210 * s)
                ips.append(exit_ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            ips=ips,
            comp_median=float(rng.uniform(120, 260)),
            comp_sigma=0.7,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "stolen_card_per_key",
            "pacing": "episodes_from_worker_pool",
            "episodes_per_hour": rnd(per_hour),
            "steps": [steps_lo, steps_hi],
            "step_gap_s": rnd(gap),
            "ip_source": "residential_proxy_per_episode",
            "regions": regions,
            "user_agents": uas,
            "styles": mix,
            "non_english_tasks": rnd(p_other),
            "start_ts": rnd(start),
        },
    )


def keilat(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation over a topic x persona grid: a few keys, static cloud
    addresses, a slow constant rate all week, very long completions."""
    fam = "keilat"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.54.0"))
    mix = texts.style_mix(rng, texts.DATASET_STYLES, 2, 4)
    rate = float(rng.uniform(5, 12))
    comp = float(rng.uniform(1800, 3200))
    grid = [(t, p) for t in texts.DATASET_TOPICS for p in texts.PERSONAS]
    order = rng.permutation(len(grid)).tolist()
    accts, pos = [], 0
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        a_start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
        ts = bb.thinned(rng, a_start, ctx.t1, rate * (ctx.t1 - a_start) / HOUR, bb.constant)
        prompts = []
        for _t in range(len(ts)):
            topic, persona = grid[order[pos % len(grid)]]
            pos += 1
            prompts.append(texts.dataset_request(rng, texts.from_mix(rng, mix), topic, persona))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "pacing": "constant_poisson",
            "per_hour_per_key": rnd(rate),
            "ip_source": f"static_cloud:{provider}",
            "user_agent": ua,
            "styles": mix,
            "completion_median": rnd(comp),
            "grid": len(grid),
        },
    )


def skittle(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted follow-ups after a human-looking opener, turns a few
    seconds apart; browser user agents, residential proxies, a few prepaid cards shared round-robin."""
    fam = "skittle"
    n_keys = irange(rng, 14, 28)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    regions = sample(rng, bb.regions(), irange(rng, 2, 4))
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 60, 160), r)]
    hold = float(rng.uniform(8, 30)) * MINUTE
    langs = {"en": float(rng.uniform(0.4, 0.7))}
    for lg in sample(rng, ["es", "de", "zh", "pt", "ja"], irange(rng, 2, 4)):
        langs[lg] = float(rng.uniform(0.05, 0.2))
    per_hour = float(rng.uniform(10, 20))
    turns_lo, turns_hi = irange(rng, 2, 3), irange(rng, 5, 8)
    gap = float(rng.uniform(5, 14))
    start = ctx.t0 + float(rng.uniform(1.0, 3.2)) * DAY
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="dialogue_key",
            campaign_id=cid,
            pay=pays[i % len(pays)],
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    dialogues = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.4)
    )
    for a, starts in zip(accts, dialogues, strict=True):
        ts_all, prompts, extra = [], [], []
        for d0 in starts.tolist():
            lang = texts.weighted(rng, list(langs), list(langs.values()))
            k = irange(rng, turns_lo, turns_hi)
            t = d0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
            for s, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                if s == 0:
                    first = (
                        pick(rng, ctx.chat) if lang == "en" else texts.practical_question(rng, lang)
                    )
                    prompts.append(first)
                else:
                    prompts.append(texts.follow_up(rng, lang))
                extra.append(int(s * rng.uniform(350, 650)))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(380, 650)),
            comp_sigma=0.55,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "prepaid_cards_shared",
            "cards": len(pays),
            "pacing": "dialogues_from_worker_pool",
            "dialogues_per_hour": rnd(per_hour),
            "turns": [turns_lo, turns_hi],
            "turn_gap_s": rnd(gap),
            "ip_source": "residential_proxy_sticky",
            "regions": regions,
            "sticky_s": rnd(hold),
            "user_agent": "browser_strings",
            "languages": {k: rnd(v) for k, v in langs.items()},
            "start_ts": rnd(start),
        },
    )


def twenty_five(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: every item is sent n times in a tight burst (identical
    text), probabilities over labels requested; a few keys on one card, static cloud addresses."""
    fam = "twenty_five"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "oracle"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    mix = texts.style_mix(rng, texts.SAMPLING_STYLES, 2, 4)
    n_choices = sample(rng, [4, 5, 8, 10, 16], irange(rng, 1, 2))
    per_hour = float(rng.uniform(4, 9))
    gap = float(rng.uniform(0.2, 1.2))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    items = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.constant)
    for a, starts in zip(accts, items, strict=True):
        ts_all, prompts, models, comps = [], [], [], []
        for i0 in starts.tolist():
            n = int(pick(rng, n_choices))
            style = texts.from_mix(rng, mix)
            item = texts.sampling_item(rng, style, ctx.chat, ctx.passages)
            t = i0 + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
            model = ctx.models(rng, np.array([i0]), p_new=0.97, p_mini=0.0)[0]
            short = style.endswith("_probs")
            for ti in t.tolist():
                ts_all.append(ti)
                prompts.append(item)
                models.append(model)
                comps.append(45.0 if short else 260.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comps),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "pacing": "identical_bursts",
            "items_per_hour": rnd(per_hour),
            "n": n_choices,
            "gap_s": rnd(gap),
            "ip_source": f"static_cloud:{provider}",
            "user_agent": ua,
            "styles": mix,
            "start_ts": rnd(start),
        },
    )


def throwing_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep over coding exercises (difficulty rising through the run) plus code
    porting, run in a nightly window in East Asia; two orgs, a card each."""
    fam = "throwing_line"
    n_keys, n_orgs = irange(rng, 5, 9), 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    uas = sample(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "OpenAI/NodeJS 4.85.1"), 2)
    tz = pick(rng, (8, 9))
    start_h, hours = float(rng.uniform(19, 24)), float(rng.uniform(8, 13))
    rate = float(rng.uniform(12, 24))
    mix = texts.style_mix(rng, texts.CODE_STYLES, 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    streams = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=uas[i % 2],
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        streams.append(
            bb.thinned(
                rng,
                start,
                ctx.t1,
                rate * (ctx.t1 - start) / HOUR * hours / 24,
                bb.nightly(start_h, hours, tz),
            )
        )
    for a, ts, ids in zip(accts, streams, time_rank(streams), strict=True):
        levels = 1 + np.floor(9.999 * (ts - start) / (ctx.t1 - start)).astype(int)
        prompts = [
            texts.code_item(rng, texts.from_mix(rng, mix), int(lv), int(k))
            for lv, k in zip(levels, ids, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.94, p_mini=0.04),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "coding_curriculum_sweep",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card_per_org",
            "pacing": "nightly_window",
            "tz": tz,
            "window_start_h": rnd(start_h),
            "window_hours": rnd(hours),
            "per_hour_per_key": rnd(rate),
            "ip_source": f"static_cloud:{provider}",
            "user_agents": uas,
            "styles": mix,
            "start_ts": rnd(start),
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard


def knockdown(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a study-help app's production key sends
    its users' genuine questions all week, and the operator mixes in its own explainer questions
    phrased like those users (more after the release). A small staging key beside it."""
    fam = "knockdown"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    prod = ctx.account(
        rng,
        label=LABEL,
        family=fam,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=nat,
    )
    staging = ctx.account(
        rng,
        label=LABEL,
        family=fam,
        role="staging_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=[nat[0]],
    )
    per_hour = float(rng.uniform(22, 40))
    peak, depth = float(rng.uniform(10, 20)), float(rng.uniform(0.4, 0.7))
    h_pre, h_post = float(rng.uniform(0.04, 0.1)), float(rng.uniform(0.18, 0.32))
    langs = {"en": 0.55}
    for lg in sample(rng, ["es", "pt", "id", "hi", "de"], irange(rng, 2, 4)):
        langs[lg] = float(rng.uniform(0.05, 0.18))
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, depth)
    )
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, h_post, h_pre)
    prompts = [
        texts.student_question(rng, texts.weighted(rng, list(langs), list(langs.values())))
        if h
        else pick(rng, ctx.chat)
        for h in harvest.tolist()
    ]
    app_models = ctx.models(rng, ts, p_new=float(rng.uniform(0.35, 0.6)), p_mini=0.25)
    new_models = ctx.models(rng, ts, p_new=0.95, p_mini=0.05)
    models = [
        n if h else m for h, m, n in zip(harvest.tolist(), app_models, new_models, strict=True)
    ]
    comp = np.where(harvest, 650.0, 340.0)
    ctx.emit(rng, prod, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.012)
    st = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(1.0, 2.5)) * 5 * 9,
        bb.workday(pick(rng, (-5, 0, 1, 5))),
    )
    st_h = rng.random(len(st)) < 0.3
    st_prompts = [
        texts.student_question(rng, "en") if h else pick(rng, ctx.chat) for h in st_h.tolist()
    ]
    ctx.emit(
        rng,
        staging,
        st,
        st_prompts,
        models=ctx.models(rng, st, p_new=0.7, p_mini=0.2),
        comp_median=400.0,
    )
    ctx.campaign(
        cid,
        fam,
        [prod, staging],
        {
            "operation": "harvest_inside_product_traffic",
            "keys": 2,
            "orgs": 1,
            "payment": "long_lived_company_card",
            "pacing": "product_global_load",
            "per_hour": rnd(per_hour),
            "load_peak_utc": rnd(peak),
            "load_depth": rnd(depth),
            "harvest_share_pre": rnd(h_pre),
            "harvest_share_post": rnd(h_post),
            "ip_source": f"cloud_nat:{provider}",
            "user_agent": ua,
            "languages": {k: rnd(v) for k, v in langs.items()},
            "hard": True,
        },
    )


def underarm(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought aged accounts: each was a real person's account (home address, browser, evening
    sessions, ordinary questions) until a takeover around the release; afterwards deeper
    explainer questions at a brisker but still session-like pace through residential proxies in
    the owner's own region, keeping the card on file."""
    fam = "underarm"
    n = irange(rng, 12, 22)
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts = []
    take_lo, take_hi = float(rng.uniform(-1.2, -0.5)), float(rng.uniform(0.1, 0.8))
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS)
        home = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="bought_aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(take_lo, take_hi)) * DAY
        sess = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.7, 2.2)),
            bb.evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(40, 100)),
        )
        pre = concat(sess)
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        proxy = bb.home(rng, irange(rng, 8, 30), tz)
        curve = (
            bb.evening_person(tz, 3.5)
            if chance(rng, 0.5)
            else bb.workday(tz, weekend=0.6, night=0.1)
        )
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(4, 8)),
            curve,
            float(rng.uniform(6, 11)),
            float(rng.uniform(14, 35)),
            0.6,
        )
        post = concat(sess)
        lang = pick(rng, LANG_OF_TZ[tz])
        lang = lang if lang in texts.EXPERT_LOCAL else "en"
        prompts = [
            pick(rng, ctx.chat) if chance(rng, 0.12) else texts.expert_question(rng, lang)
            for _ in range(len(post))
        ]
        post_ua = ua if chance(rng, keep_ua) else bb.sdk_ua(rng)
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.9, p_mini=0.02),
            ips=bb.sticky(rng, post, proxy, float(rng.uniform(1, 4)) * HOUR),
            ua=post_ua,
            comp_median=800.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought_aged_accounts",
            "keys": n,
            "orgs": n,
            "payment": "original_owner_cards",
            "pacing": "owner_sessions_then_brisk_sessions",
            "takeover_days_from_release": [rnd(take_lo), rnd(take_hi)],
            "ip_source": "home_then_residential_proxy_same_region",
            "keep_user_agent": rnd(keep_ua),
            "hard": True,
        },
    )


def kyykka(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Low-and-slow person-like crowd: dozens of one-person accounts with their own prepaid
    cards, one residential address each in a region matching their clock, browser or phone user
    agents, a few short human-paced sessions a day of practical questions in their language."""
    fam = "kyykka"
    n = irange(rng, 40, 70)
    tzs = sample(rng, list(bb.TZS), irange(rng, 4, 8))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.35)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        ips = bb.home(rng, 1, tz) if not mobile else bb.home(rng, irange(rng, 1, 3), tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(-0.3, 1.6)) * DAY
        sess = bb.session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1.2, 3.2)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6.5)),
            float(rng.uniform(35, 90)),
        )
        ts = concat(sess)
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts = [
            texts.student_question(rng, lang if lang in texts.ASK_FRAMES else "en")
            if chance(rng, 0.2)
            else texts.practical_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=float(rng.uniform(450, 750)),
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_person_crowd",
            "keys": n,
            "orgs": n,
            "payment": "prepaid_card_per_account",
            "pacing": "human_sessions_evening",
            "tzs": tzs,
            "ip_source": "one_residential_per_account",
            "hard": True,
        },
    )


def lahti(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Public prompt replay: a small company replays a public chat-log collection (each
    prompt once) to the new model from its office connection, during office hours, with the most
    common SDK; a share carries a one-line answer-language request."""
    fam = "lahti"
    n_keys = irange(rng, 5, 9)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = "OpenAI/Python 1.54.0"
    rate = float(rng.uniform(12, 26))
    p_hint = float(rng.uniform(0.1, 0.25))
    hints = sample(rng, list(texts.LANG_HINTS), irange(rng, 2, 4))
    start = ctx.release - float(rng.uniform(0.1, 0.9)) * DAY
    queue = rng.permutation(len(ctx.chat)).tolist()
    curve = bb.workday(tz, float(rng.uniform(7.5, 9.5)), float(rng.uniform(17, 20)), weekend=0.3)
    accts, pos = [], 0
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="replay_worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.35, curve)
        prompts = []
        for _t in range(len(ts)):
            p = ctx.chat[queue[pos % len(queue)]]
            pos += 1
            prompts.append(texts.LANG_HINTS[pick(rng, hints)] + p if chance(rng, p_hint) else p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=450.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one_card",
            "pacing": "office_hours_poisson",
            "tz": tz,
            "per_hour_per_key": rnd(rate),
            "ip_source": "office_broadband",
            "office_ips": len(office),
            "user_agent": ua,
            "language_hint_share": rnd(p_hint),
            "hint_languages": hints,
            "start_ts": rnd(start),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "pyramid": pyramid,
    "tiebreak": tiebreak,
    "molkkaari": molkkaari,
    "heitto": heitto,
    "keilat": keilat,
    "skittle": skittle,
    "twenty_five": twenty_five,
    "throwing_line": throwing_line,
    "knockdown": knockdown,
    "underarm": underarm,
    "kyykka": kyykka,
    "lahti": lahti,
}
