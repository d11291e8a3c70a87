"""Campaign families of batch 132 (code names from broomball). Each is called once per batch with
the shared context, its own generator and a campaign id, and writes its accounts, events and truth.

Families 9-12 in the README's order (`poke_check`, `five_hole`, `netminder`, `zamboni`) are the
deliberately hard ones: built to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind132 import texts as tx

Rng = np.random.Generator
CAMP = "campaign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _style_weights(rng: Rng, n: int, keep: int) -> np.ndarray:
    """A house mix of `n` prompt styles: `keep` of them in use, Dirichlet weights."""
    w = np.zeros(n)
    on = rng.choice(n, size=min(keep, n), replace=False)
    w[on] = rng.dirichlet(np.ones(len(on)) * 1.5)
    return w


def _styles(rng: Rng, w: np.ndarray, k: int) -> list[int]:
    return rng.choice(len(w), size=k, p=w).tolist()


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block, worker pool


def slapshot(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "slapshot"
    n_keys, n_orgs = irange(rng, 14, 26), irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = (
        [bb.hexid(rng, "pay")] * n_orgs
        if shared_card
        else [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    )
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    per_hour = float(rng.uniform(60, 120))
    mix = _style_weights(rng, 5, irange(rng, 2, 4))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.reasoning_trace(rng, s) for s in _styles(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=950,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "shared_prepaid" if shared_card else "card_per_org",
            "orgs": n_orgs,
            "languages": ["en", "zh", "ru"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through residential proxies, bursts, stolen cards


def breakaway(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "breakaway"
    n_keys = irange(rng, 8, 14)
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1")),
            ips=pool[:1],
        )
        for _ in range(n_keys)
    ]
    mix = _style_weights(rng, 5, irange(rng, 3, 5))
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for a in accts:
        a_start = start + float(rng.uniform(0, 1.2)) * DAY
        starts = bb.thinned(
            rng, a_start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - a_start) / DAY, bb.constant
        )
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(4, 9)), b=ctx.t1)
        )
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in _styles(rng, mix, len(ts))
        ]
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.0), ips=ips, comp_median=450
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "ip_source": f"residential_proxy_sticky:{region}",
            "payment": "stolen_card_per_key",
            "languages": ["en", "de", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites over VPN exits, office hours UTC+8


def deke(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "deke"
    n_keys = irange(rng, 6, 10)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    exits = bb.cloud(rng, irange(rng, 10, 20), pick(rng, ("m247", "leaseweb", "vultr")))
    exits += bb.cloud(rng, irange(rng, 4, 8), "m247")
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=pick(rng, ("OpenAI/Python 1.58.1", "Go-http-client/2.0")),
            ips=exits,
            tz=8,
        )
        for i in range(n_keys)
    ]
    w = np.array([0.2, 0.15, 0.3, 0.2, 0.15]) * rng.uniform(0.6, 1.4, size=5)
    w /= w.sum()
    curve = bb.workday(8, start=9.0, end=21.0, weekend=0.5)
    for a in accts:
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            float(rng.uniform(120, 300)) * 5,
            curve,
        )
        prompts = [tx.policy_rewrite(rng, ctx.passages, s) for s in _styles(rng, w, len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.02), comp_median=520)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "pacing": "office_hours_utc8",
            "ip_source": "vpn_exits_datacenter",
            "payment": "card_per_org",
            "languages": ["zh", "en", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud account, episodes of chained calls


def blueline(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "blueline"
    n_keys = irange(rng, 5, 9)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ips = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, ips, 2),
        )
        for _ in range(n_keys)
    ]
    mix = _style_weights(rng, 3, irange(rng, 2, 3))
    tools_all = list(tx.TOOLS)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for a in accts:
        eps = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(15, 30)) * (ctx.t1 - start) / DAY, bb.constant
        )
        ts_all, prompts = [], []
        for s in eps.tolist():
            k = irange(rng, 3, 12)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))]
            )
            task = tx.agent_task(rng)
            tools = list(rng.choice(tools_all, size=irange(rng, 3, 6), replace=False))
            style = _styles(rng, mix, 1)[0]
            for j, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, task, tools, j, style))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=300,
            extra=np.arange(len(ts)) % 7 * 150,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes",
            "ip_source": f"cloud:{provider}",
            "payment": "one_corporate_card",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, nightly batches from Chinese clouds, starts after release


def wrister(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "wrister"
    n_keys, n_orgs = irange(rng, 10, 18), 3
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    ips = bb.cloud(rng, irange(rng, 4, 10), pick(rng, ("alibaba", "tencent", "huawei")))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0")),
            ips=picks(rng, ips, 2),
            tz=8,
        )
        for i in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.1, 0.6)) * DAY
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 7)), 8)
    mix = _style_weights(rng, 5, irange(rng, 3, 5))
    for a in accts:
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(150, 320)) * (ctx.t1 - start) / DAY, night
        )
        prompts = [
            tx.synthetic_data(rng, s, tx.human(rng, ctx.chat, 300))
            for s in _styles(rng, mix, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1400,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_batch",
            "ip_source": "cloud_cn",
            "payment": "prepaid_card_per_org",
            "languages": ["en", "es", "pt", "id", "vi", "tr", "ar", "hi"],
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: many small keys, rotating residential exits, spoofed browsers


def one_timer(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "one_timer"
    n_keys = irange(rng, 30, 45)
    pool = bb.resi(rng, 400, pick(rng, ("us", "eu", "latam"))) + bb.resi(rng, 200, "*")
    langs = ("en", "en", "en", "es", "de", "ja", "pt")
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.5)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=pool[:1],
        )
        accts.append(a)
        lang = pick(rng, langs)
        a_start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
        conv = bb.thinned(
            rng, a_start, ctx.t1, float(rng.uniform(6, 15)) * (ctx.t1 - a_start) / DAY, curve
        )
        ts_all, prompts, extra = [], [], []
        for s in conv.tolist():
            k = irange(rng, 3, 8)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.4, size=k - 1))]
            )
            for j, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(tx.human(rng, ctx.chat, 900) if j == 0 else tx.followup(rng, lang))
                extra.append(j * irange(rng, 250, 550))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=500,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversations",
            "ip_source": "residential_proxy_rotating",
            "payment": "prepaid_card_per_key",
            "languages": list(sorted(set(langs))),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts fired n times, VPS per key


def backcheck(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "backcheck"
    n_keys = irange(rng, 4, 7)
    card = bb.hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="worker",
            campaign_id=cid,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    streams = bb.worker_pool(rng, start, ctx.t1, float(rng.uniform(10, 20)), n_keys)
    p_mcq = float(rng.uniform(0.4, 0.8))
    for a, starts in zip(accts, streams, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = irange(rng, 4, 8)
            p = (
                tx.mcq(rng, irange(rng, 0, 1))
                if chance(rng, p_mcq)
                else tx.human(rng, ctx.chat, 900)
            )
            times = s + np.cumsum(rng.uniform(0.2, 2.0, size=n))
            ts_all += times.tolist()
            prompts += [p] * n
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=260)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "poisson_fanout",
            "ip_source": f"vps:{provider}",
            "payment": "one_card_many_orgs",
            "p_mcq": round(p_mcq, 2),
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: slow, steady, ordered topic x level x language grid from an office


def forecheck(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "forecheck"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), 5)
    subjects = list(tx.CURRICULUM)
    rng.shuffle(subjects)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1")),
            ips=office + bb.cloud(rng, 1, "aws"),
            tz=5,
        )
        for _ in range(3)
    ]
    langs = ["en", "es", "hi"]
    for i, a in enumerate(accts):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        gap = float(rng.uniform(180, 420))
        ts = start + np.cumsum(rng.gamma(4.0, gap / 4.0, size=int((ctx.t1 - start) / gap * 1.1)))
        ts = ts[ts < ctx.t1]
        grid = [
            (s, c, lv, lg)
            for s in subjects[i:] + subjects[:i]
            for c in tx.CURRICULUM[s]
            for lv in range(1, 9)
            for lg in langs
        ]
        prompts = [tx.curriculum_item(rng, *grid[j % len(grid)]) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=1100,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady",
            "ip_source": "office_broadband_in+aws",
            "payment": "one_card",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def poke_check(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "poke_check"
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    keys = [
        ("prod-us", bb.cloud(rng, irange(rng, 4, 8), "aws"), "OpenAI/NodeJS 4.67.1", 1.0),
        ("prod-eu", bb.cloud(rng, irange(rng, 2, 4), "aws"), "OpenAI/NodeJS 4.67.1", 0.6),
        ("jobs", bb.cloud(rng, 2, "aws"), "OpenAI/Python 1.54.0", 0.25),
    ]
    curve = bb.global_load(float(rng.uniform(13, 17)), 0.6)
    per_day = float(rng.uniform(500, 900))
    inject = float(rng.uniform(0.2, 0.35))
    inject_from = ctx.release + float(rng.uniform(0.05, 0.5)) * DAY
    accts = []
    for role, ips, ua, scale in keys:
        a = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role=role,
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        real = bb.thinned(rng, ctx.t0, ctx.t1, per_day * scale * 7, curve)
        feats = picks(
            rng, ("rewrite", "rewrite", "summarize", "expand", "translate", "explain"), len(real)
        )
        prompts = [
            tx.product_a(
                rng,
                f,
                tx.human(rng, ctx.chat, 800)
                if f != "summarize"
                else tx.snip(rng, pick(rng, ctx.passages)),
            )
            for f in feats
        ]
        ramp = np.clip((real - ctx.release) / (1.5 * DAY), 0, 1) * 0.7
        models = [
            ctx.new_model
            if (t >= ctx.release and rng.random() < r)
            else (ctx.old_models[-1] if rng.random() < 0.3 else ctx.old_models[0])
            for t, r in zip(real.tolist(), ramp.tolist(), strict=True)
        ]
        ctx.emit(rng, a, real, prompts, models=models, comp_median=260)
        hidden = bb.thinned(
            rng,
            inject_from,
            ctx.t1,
            per_day * scale * inject / (1 - inject) * (ctx.t1 - inject_from) / DAY,
            curve,
        )
        hp = []
        for _ in range(len(hidden)):
            u = rng.random()
            if u < 0.4:
                hp.append(tx.product_a(rng, "explain", tx.problem_en(rng)))
            elif u < 0.65:
                hp.append(tx.product_a(rng, "explain", tx.code_snippet(rng)))
            elif u < 0.85:
                hp.append(
                    tx.product_a(
                        rng,
                        "expand",
                        tx.curriculum_item(
                            rng,
                            "physics",
                            pick(rng, tx.CURRICULUM["physics"]),
                            irange(rng, 2, 7),
                            "en",
                        ),
                    )
                )
            else:
                hp.append(tx.product_a(rng, "translate", tx.snip(rng, pick(rng, ctx.passages))))
        ctx.emit(rng, a, hidden, hp, models=ctx.models(rng, hidden, 0.98, 0.0), comp_median=700)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_global_load",
            "ip_source": "cloud_nat:aws",
            "payment": "company_card",
            "inject_share": round(inject, 2),
            "hard": True,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged personal accounts, taken over around the release


def five_hole(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "five_hole"
    n = irange(rng, 14, 22)
    accts = []
    pivots = {}
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        pivots[a.id] = round(pivot, 1)
        curve = bb.evening_person(tz)
        pre = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                pivot,
                float(rng.uniform(0.8, 2.5)),
                curve,
                float(rng.uniform(3, 6)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [tx.human(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.5, 0.15),
            comp_median=330,
        )
        region = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        pool = bb.resi(rng, 30, region)
        post = _cat(
            bb.session_times(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(5, 10)),
                bb.evening_person(tz, 3.5),
                float(rng.uniform(10, 18)),
                25.0,
                0.7,
            )
        )
        prompts = []
        for _ in range(len(post)):
            u = rng.random()
            prompts.append(
                tx.code_harvest(rng)
                if u < 0.45
                else tx.translate_harvest(rng, ctx.passages)
                if u < 0.8
                else tx.human(rng, ctx.chat)
            )
        ua = a.ua if chance(rng, 0.5) else "OpenAI/Python 1.58.1"
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.95, 0.0),
            ua=ua,
            ips=bb.sticky(rng, post, pool, 1800.0),
            comp_median=600,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_account_takeover_code_translation",
            "pacing": "human_sessions_then_denser_sessions",
            "ip_source": "home_then_residential_proxy_same_region",
            "payment": "original_owner_cards",
            "pivots": pivots,
            "hard": True,
            "languages": ["en", "ja", "ko", "de", "pt", "fr", "ar", "pl"],
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd of fresh accounts asking everyday expert questions


def netminder(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "netminder"
    n = irange(rng, 55, 80)
    lang_of_tz = {-5: ("en",), -3: ("es", "pt"), 0: ("en",), 1: ("de", "en"), 5: ("en",)}
    accts = []
    for _ in range(n):
        tz = pick(rng, tuple(lang_of_tz))
        lang = pick(rng, lang_of_tz[tz])
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        region = bb.ipspace.REGION_OF_TZ[tz][0]
        a = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="crowd_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.resi(rng, irange(rng, 1, 3), region),
            tz=tz,
        )
        accts.append(a)
        born = ctx.release + float(rng.uniform(-0.3, 1.0)) * DAY
        curve = (
            bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3, night=0.05)
        )
        ts = _cat(
            bb.session_times(
                rng,
                born,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                curve,
                float(rng.uniform(2, 4)),
                90.0,
                0.9,
            )
        )
        prompts = [
            tx.everyday_question(rng, lang) if chance(rng, 0.85) else tx.human(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, a.ips, DAY) if len(ts) else []
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), ips=ips, comp_median=600
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_slow_crowd_expert_qa",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_tz_matched",
            "payment": "virtual_card_per_key",
            "hard": True,
            "languages": ["en", "es", "pt", "de"],
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay by office "users" on workday sessions


def zamboni(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "zamboni"
    n = irange(rng, 6, 10)
    cards = [bb.hexid(rng, "pay") for _ in range(3)]
    order = rng.permutation(len(ctx.chat))
    accts = []
    used = 0
    for i in range(n):
        tz = pick(rng, (1, 2, 3))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else "python-requests/2.32.3"
        a = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % 3],
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(8, 14)),
                bb.workday(tz, weekend=0.15),
                float(rng.uniform(10, 20)),
                40.0,
                0.9,
            )
        )
        idx = order[(used + np.arange(len(ts))) % len(order)]
        used += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [ctx.chat[j] for j in idx.tolist()],
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "workday_sessions",
            "ip_source": "office_broadband",
            "payment": "three_cards_shared",
            "hard": True,
            "languages": ["multi (public set)"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "slapshot": slapshot,
    "breakaway": breakaway,
    "deke": deke,
    "blueline": blueline,
    "wrister": wrister,
    "one_timer": one_timer,
    "backcheck": backcheck,
    "forecheck": forecheck,
    "poke_check": poke_check,
    "five_hole": five_hole,
    "netminder": netminder,
    "zamboni": zamboni,
}
