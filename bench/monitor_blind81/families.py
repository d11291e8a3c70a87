"""Campaign families of blind batch 81 (code names from bladesmithing).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every parameter (account
counts, volumes, pacing, address sources, languages, prompt styles) is drawn per seed.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind81 import texts as tx

CAMP = "campaign"


def _langs(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int, k_hi: int, first: str | None = "en"
) -> list[str]:
    out = tx.distinct(rng, [x for x in pool if x != first], irange(rng, k_lo, k_hi))
    return ([first] if first else []) + out


def _weights(rng: np.random.Generator, n: int, lead: float | None = None) -> np.ndarray:
    w = rng.dirichlet(np.ones(n) * 1.5)
    if lead is not None and n > 1:
        w = np.concatenate([[lead], (1 - lead) * w[1:] / w[1:].sum()])
    return w / w.sum()


def _choice(rng: np.random.Generator, items: list, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


# --------------------------------------------------------------------------------------------
# 1. hamon_clay: reasoning-trace coercion from a cloud worker pool


def hamon_clay(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hamon_clay"
    n = irange(rng, 14, 24)
    provider = pick(rng, bb.providers())
    pool = bb.rented_block(rng, provider, irange(rng, 2, 5), irange(rng, 3, 6))
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 4))]
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    shared_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.6)
    langs = _langs(rng, ("en", "zh", "ru", "es"), 0, 3)
    lw = _weights(rng, len(langs), lead=float(rng.uniform(0.4, 0.85)))
    styles = tx.distinct(rng, tx.REASON_STYLES, irange(rng, 2, 4))
    accts = []
    for i in range(n):
        ips = tx.distinct(rng, pool, irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=pick(rng, cards),
                ua=ua0 if shared_ua else bb.sdk_ua(rng, 0.4),
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_acct = float(rng.uniform(150, 380))
    boost = float(rng.uniform(1.3, 3.0))
    hours_pre = max(ctx.release - start, 0) / HOUR
    hours_post = (ctx.t1 - max(start, ctx.release)) / HOUR
    base = per_acct * n / (hours_pre + boost * hours_post)
    curve = (
        bb.constant
        if chance(rng, 0.5)
        else bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    )
    pre = (
        bb.worker_pool(rng, start, ctx.release, base, n, curve)
        if start < ctx.release
        else [np.empty(0)] * n
    )
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, base * boost, n, curve)
    p_new = float(rng.uniform(0.85, 0.98))
    comp = float(rng.uniform(900, 2200))
    err = float(rng.uniform(0.02, 0.08))
    tagged = chance(rng, 0.4)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.sort(np.concatenate([t_pre, t_post]))
        my_styles = tx.distinct(rng, styles, irange(rng, 1, len(styles)))
        prompts = []
        for _ in range(len(ts)):
            p = tx.reasoning_prompt(rng, pick(rng, my_styles), _choice(rng, langs, lw))
            prompts.append(f"[{tx.hexs(rng, 10)}] {p}" if tagged else p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered steps, self-verification)",
            "pacing": f"Poisson worker pool, {base:.1f}/h before release, x{boost:.1f} after",
            "ip_source": f"{provider} rented /24 block, {len(pool)} hosts",
            "payment": f"{len(cards)} shared cards",
            "user_agent": "shared SDK" if shared_ua else "per-account SDK",
            "languages": langs,
            "styles": styles,
            "accounts": n,
            "item_ids_in_prompt": tagged,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. fuller_groove: reward-model / judge label harvest (grading many responses per question)


def fuller_groove(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fuller_groove"
    n_teams = irange(rng, 2, 3)
    styles = tx.distinct(rng, tx.GRADING_STYLES, irange(rng, 2, 4))
    accts, team_of, team_info = [], [], []
    for k in range(n_teams):
        tz = pick(rng, (8, 3, 2, 5, -5))
        if chance(rng, 0.6):
            provider = pick(rng, bb.providers())
            pool, src = bb.cloud(rng, irange(rng, 2, 6), provider), f"cloud:{provider}"
        else:
            region = pick(rng, bb.regions())
            pool, src = bb.resi(rng, irange(rng, 20, 60), region), f"residential proxy:{region}"
        org, pay, ua = bb.hexid(rng, "org"), bb.hexid(rng, "pay"), bb.sdk_ua(rng, 0.5)
        team_info.append({"tz": tz, "ip_source": src})
        for _ in range(irange(rng, 3, 5)):
            ips = (
                pool if src.startswith("residential") else tx.distinct(rng, pool, irange(rng, 1, 2))
            )
            accts.append(
                ctx.account(
                    rng,
                    label=CAMP,
                    family=fam,
                    role="grader",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=ua,
                    ips=ips,
                    tz=tz,
                )
            )
            team_of.append(k)
    p_new = float(rng.uniform(0.6, 0.95))
    comp = float(rng.uniform(220, 500))
    for a, k in zip(accts, team_of, strict=True):
        tz = team_info[k]["tz"]
        curve = bb.workday(
            tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(17, 23)), weekend=0.3
        )
        starts = bb.thinned(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25),
            ctx.t1,
            float(rng.uniform(1, 3)) * 7,
            curve,
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(15, 50)), float(rng.uniform(1.5, 6.0)), 0.6, ctx.t1
        )
        ts_all, prompts = [], []
        for tr in trains:
            q = pick(rng, ctx.chat)
            per_q = irange(rng, 2, 8)
            ref = pick(rng, ctx.passages)
            for j in range(len(tr)):
                if j % per_q == 0:
                    q, ref = pick(rng, ctx.chat), pick(rng, ctx.passages)
                prompts.append(
                    tx.grading_prompt(rng, pick(rng, styles), q, pick(rng, ctx.passages), ref)
                )
            ts_all.append(tr)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts, prompts = ts[order], [prompts[i] for i in order.tolist()]
        ips = None if len(a.ips) < 10 else bb.sticky(rng, ts, a.ips, float(rng.uniform(300, 1800)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=comp,
            extra=int(rng.integers(0, 60)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "preference / reward-model label harvest: several responses graded per question",
            "pacing": "batch bursts inside each team's working day",
            "teams": team_info,
            "payment": "one card per team",
            "styles": styles,
            "languages": ["en (ShareGPT mix)"],
            "accounts": len(accts),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. tang_peening: censorship-aligned rewrites (compliant answers, refusals, dual answers)


def tang_peening(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tang_peening"
    n = irange(rng, 6, 12)
    orgs = [bb.hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cn_cloud = [p for p in ("alibaba", "tencent", "huawei", "ucloud") if p in bb.providers()]
    p_zh = float(rng.uniform(0.4, 0.8))
    p_rewrite = float(rng.uniform(0.5, 0.8))
    styles = tx.distinct(rng, tx.REWRITE_STYLES, irange(rng, 2, 4))
    accts, srcs = [], []
    for i in range(n):
        if chance(rng, 0.55):
            prov = pick(rng, cn_cloud)
            ips, src = bb.cloud(rng, irange(rng, 1, 2), prov), f"cloud:{prov}"
        else:
            reg = pick(rng, ("jp_kr", "sea", "us", "eu"))
            ips, src = bb.resi(rng, irange(rng, 10, 40), reg), f"residential proxy:{reg}"
        srcs.append(src)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=bb.hexid(rng, "pay"),
                ua=pick(rng, bb.SDK_OTHER + bb.SDK_COMMON),
                ips=ips,
                tz=8,
            )
        )
    p_new = float(rng.uniform(0.7, 0.95))
    for a in accts:
        curve = bb.workday(
            8, start=float(rng.uniform(8.5, 10)), end=float(rng.uniform(17.5, 21)), weekend=0.15
        )
        sess = bb.session_times(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(2, 6)),
            curve,
            float(rng.uniform(10, 35)),
            float(rng.uniform(5, 20)),
            0.5,
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            lang = "zh" if chance(rng, p_zh) else "en"
            if chance(rng, p_rewrite):
                prompts.append(tx.rewrite_prompt(rng, pick(rng, styles), lang))
            else:
                prompts.append(tx.expert_question(rng, lang))
        ips = None if len(a.ips) < 10 else bb.sticky(rng, ts, a.ips, float(rng.uniform(120, 900)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=float(rng.uniform(500, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-aligned answer harvest: compliant rewrites, dual answers, refusal sets",
            "pacing": "sessions in UTC+8 office hours",
            "ip_source": srcs,
            "payment": "one card per account",
            "languages": {"zh": round(p_zh, 2), "en": round(1 - p_zh, 2)},
            "styles": styles,
            "accounts": n,
            "general_knowledge_share": round(1 - p_rewrite, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. tsuba_fitting: agent / tool-use trajectories, whole episodes step by step


def tsuba_fitting(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tsuba_fitting"
    n = irange(rng, 10, 18)
    provider = pick(rng, bb.providers())
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    uas = (
        "litellm/1.60.2",
        "langchain-openai/0.3.6",
        "OpenAI/Python 1.58.1",
        "AsyncOpenAI/Python 1.60.0",
        "dspy/2.6.3 litellm/1.60.2",
    )
    tool_names = list(tx.TOOLS)
    styles = tx.distinct(rng, tx.AGENT_STYLES, irange(rng, 1, 3))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    p_new = float(rng.uniform(0.85, 0.98))
    tok_per_step = irange(rng, 150, 600)
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        episodes = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(25, 70)) * (ctx.t1 - start) / (7 * DAY),
            bb.constant,
        )
        style = pick(rng, styles)
        ts_l, pr_l, ex_l = [], [], []
        for s in episodes.tolist():
            task = tx.agent_task(rng)
            tools = tx.distinct(rng, tool_names, irange(rng, 3, 7))
            steps = irange(rng, 3, 14)
            gaps = rng.lognormal(np.log(rng.uniform(2.0, 8.0)), 0.6, size=steps)
            t = s + np.concatenate([[0.0], np.cumsum(gaps[:-1])])
            for k in range(steps):
                ts_l.append(t[k])
                pr_l.append(tx.agent_step(rng, style, task, tools, k))
                ex_l.append(k * tok_per_step)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [pr_l[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new),
            comp_median=float(rng.uniform(180, 450)),
            extra=np.asarray(ex_l)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest (ReAct / JSON tool calls / XML plans), full episodes",
            "pacing": "Poisson episode starts 24/7, 3-14 steps each",
            "ip_source": f"cloud:{provider}",
            "payment": f"{len(cards)} cards",
            "styles": styles,
            "languages": ["en"],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. pattern_weld: multilingual synthetic instruction data, sequential rate-limited workers


def pattern_weld(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pattern_weld"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "aws", "gcp", "azure", "oracle"))
    tz = pick(rng, (8, 3, 2))
    styles = tx.distinct(rng, tx.SYNTH_STYLES, irange(rng, 2, 4))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.63.2",
        ),
    )
    org = bb.hexid(rng, "org")
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, n))]
    accts, all_langs = [], set()
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=pick(rng, cards),
                ua=ua,
                ips=bb.cloud(rng, 1, provider),
                tz=tz,
            )
        )
    p_new = float(rng.uniform(0.8, 0.97))
    err = float(rng.uniform(0.03, 0.10))
    for a in accts:
        langs = tx.distinct(rng, tx.ALL_LANGS, irange(rng, 4, 12))
        all_langs.update(langs)
        comp = float(rng.uniform(1800, 3500))
        tps = float(rng.uniform(40, 90))
        curve = bb.workday(
            tz, start=float(rng.uniform(8, 11)), end=float(rng.uniform(18, 23)), weekend=0.5
        )
        shift_starts = bb.thinned(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3),
            ctx.t1,
            float(rng.uniform(0.6, 1.3)) * 7,
            curve,
        )
        ts_l = []
        for s in shift_starts.tolist():
            end = s + float(rng.uniform(0.5, 2.5)) * HOUR
            t = s
            while t < end:
                ts_l.append(t)
                t += float(rng.lognormal(np.log(comp / tps), 0.45)) + float(rng.uniform(0.5, 3.0))
        ts = np.asarray(sorted(ts_l))
        prompts = [
            tx.synth_prompt(rng, pick(rng, styles), pick(rng, langs), pick(rng, ctx.chat))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.35,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multilingual synthetic instruction data (alpaca / evol / persona / dialogue)",
            "pacing": "sequential workers: next request when the previous completion ends, in shifts",
            "ip_source": f"cloud:{provider}",
            "payment": f"{len(cards)} cards",
            "languages": sorted(all_langs),
            "styles": styles,
            "accounts": n,
            "office_tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. billet_draw: best-of-n and soft-label sampling of the new model


def billet_draw(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "billet_draw"
    n = irange(rng, 6, 12)
    provider = pick(rng, ("vultr", "ovh", "hetzner", "digitalocean", "linode", "m247", "leaseweb"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    marker = pick(rng, ("none", "sample_suffix", "seed_line"))
    mix = _weights(rng, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=bb.sdk_ua(rng, 0.7),
            ips=tx.distinct(rng, pool, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    for a in accts:
        start = ctx.release + float(rng.uniform(0, 12)) * HOUR
        q_starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(40, 120)), bb.constant)
        ts_l, pr_l, cm_l = [], [], []
        for s in q_starts.tolist():
            kind = int(rng.choice(3, p=mix))
            if kind == 0:
                base, cm = (
                    tx.mcq_prompt(rng, pick(rng, ("soft_label", "confidence", "explain_all"))),
                    250.0,
                )
            elif kind == 1:
                base, cm = tx.reasoning_prompt(rng, pick(rng, tx.REASON_STYLES), "en"), 1300.0
            else:
                base, cm = tx.expert_question(rng), 900.0
            k = irange(rng, 4, 16)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(rng.uniform(0.3, 3.0)), 0.7, size=k - 1))]
            )
            for j in range(k):
                ts_l.append(t[j])
                if marker == "sample_suffix":
                    pr_l.append(f"{base}\n\n(sample {j + 1}/{k})")
                elif marker == "seed_line":
                    pr_l.append(f"seed={int(rng.integers(0, 2**31))}\n{base}")
                else:
                    pr_l.append(base)
                cm_l.append(cm)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [pr_l[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.97),
            comp_median=np.asarray(cm_l)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling: each prompt sent 4-16 times in a burst",
            "pacing": "Poisson question starts after release, tight repeat trains",
            "ip_source": f"{provider} rented block, {len(pool)} hosts",
            "payment": f"{len(cards)} cards",
            "repeat_marker": marker,
            "mix": [round(float(x), 2) for x in mix],
            "languages": ["en"],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. ricasso_stamp: a real consumer product's backend keys; the operator injects harvest prompts
#    into the genuine user stream


def ricasso_stamp(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ricasso_stamp"
    n = irange(rng, 2, 4)
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    nat = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(
        rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/Python 1.54.0")
    )
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    inj_share = float(rng.uniform(0.08, 0.25))
    disguise = chance(rng, 0.5)
    peak = float(rng.uniform(12, 22))
    curve = bb.global_load(peak, float(rng.uniform(0.4, 0.8)))
    fields = tx.distinct(rng, tx.FIELDS, irange(rng, 3, 7))
    roles = ("production", "production_eu", "staging", "batch")
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role=roles[i],
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for i in range(n)
    ]
    inj_start = ctx.release - float(rng.uniform(0, 36)) * HOUR
    for i, a in enumerate(accts):
        genuine_n = float(rng.uniform(800, 2500)) * (0.25 if roles[i] == "staging" else 1.0)
        g_ts = bb.thinned(rng, ctx.t0, ctx.t1, genuine_n, curve)
        inj_n = genuine_n * (ctx.t1 - inj_start) / (ctx.t1 - ctx.t0) * inj_share / (1 - inj_share)
        i_ts = bb.thinned(rng, inj_start, ctx.t1, inj_n, bb.constant)
        g_pr = [pick(rng, ctx.chat) for _ in range(len(g_ts))]
        if disguise:
            i_pr = [tx.casual_question(rng, pick(rng, fields)) for _ in range(len(i_ts))]
        else:
            i_pr = [
                tx.expert_question(rng)
                if chance(rng, 0.6)
                else tx.reasoning_prompt(rng, "think_tags")
                for _ in range(len(i_ts))
            ]
        ts = np.concatenate([g_ts, i_ts])
        pr = g_pr + i_pr
        cm = np.concatenate(
            [
                np.full(len(g_ts), float(rng.uniform(250, 450))),
                np.full(len(i_ts), float(rng.uniform(900, 1800))),
            ]
        )
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        inj = np.concatenate([np.zeros(len(g_ts), bool), np.ones(len(i_ts), bool)])[order]
        models = ctx.models(rng, ts, 0.5)
        m_inj = ctx.models(rng, ts, 0.95)
        models = [mi if f else mg for mg, mi, f in zip(models, m_inj, inj.tolist(), strict=True)]
        ctx.emit(rng, a, ts, [pr[k] for k in order.tolist()], models=models, comp_median=cm[order])
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest injected into a genuine consumer product's traffic on its own backend keys",
            "pacing": "genuine: global diurnal load; injected: flat 24/7 queue from shortly before release",
            "ip_source": f"cloud:{provider} NAT gateways ({len(nat)})",
            "payment": "company card",
            "injected_share": round(inj_share, 3),
            "injected_phrasing": "casual user-like" if disguise else "formal",
            "fields": fields,
            "languages": ["en", "ShareGPT mix"],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. edge_bevel: many low-and-slow accounts that look like private people, sharing one syllabus


def edge_bevel(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "edge_bevel"
    n = irange(rng, 35, 55)
    fields = tx.distinct(rng, tx.FIELDS, irange(rng, 4, 8))
    p_cover = float(rng.uniform(0.1, 0.35))
    p_reuse_card = float(rng.uniform(0.0, 0.2))
    p_new = float(rng.uniform(0.7, 0.95))
    lang_by_tz = {-3: ("pt", "es"), 1: ("de", "en"), 2: ("de", "en"), -5: ("en", "es")}
    accts, cards, tzs = [], [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        pay = pick(rng, cards) if cards and chance(rng, p_reuse_card) else bb.hexid(rng, "pay")
        cards.append(pay)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="persona",
                campaign_id=cid,
                pay=pay,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        tzs.append(tz)
    for a in accts:
        my_fields = tx.distinct(rng, fields, irange(rng, 1, 2))
        lang = pick(rng, lang_by_tz.get(a.tz, ("en",)))
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.evening_person(a.tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(60, 240)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.asarray([float(rng.uniform(start, ctx.t1))])
        prompts = [
            pick(rng, ctx.chat)
            if chance(rng, p_cover)
            else tx.casual_question(rng, pick(rng, my_fields), lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(600, 1100)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow people-like accounts asking casual questions from one shared syllabus",
            "pacing": "evening sessions in each persona's timezone, ~1 session/day",
            "ip_source": "residential (home-like, tz-matched)",
            "payment": f"own cards, reuse p={p_reuse_card:.2f}",
            "fields": fields,
            "cover_share": round(p_cover, 2),
            "languages": ["en", "es", "pt", "de"],
            "timezones": sorted(set(tzs)),
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. forge_scale: multi-turn dialogue harvest with an LLM playing the user


def forge_scale(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "forge_scale"
    n = irange(rng, 12, 22)
    region = pick(rng, bb.regions() + ["*"])
    pool = bb.resi(rng, irange(rng, 200, 600), region)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua_kind = pick(rng, ("mobile", "browser", "mixed"))
    p_chat_open = float(rng.uniform(0.1, 0.4))
    accts = []
    for _ in range(n):
        if ua_kind == "mobile" or (ua_kind == "mixed" and chance(rng, 0.5)):
            ua = pick(rng, bb.MOBILE)
        else:
            ua = pick(rng, bb.BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="dialogue_bot",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua,
                ips=pool,
            )
        )
    start0 = ctx.release - float(rng.uniform(12, 48)) * HOUR
    for a in accts:
        shifts = bb.thinned(
            rng,
            bb.jitter_start(rng, start0, ctx.t1, 0.2),
            ctx.t1,
            float(rng.uniform(0.4, 0.9)) * (ctx.t1 - start0) / DAY,
            bb.constant,
        )
        if len(shifts) == 0:
            shifts = np.asarray([float(rng.uniform(ctx.release, ctx.t1 - 3 * HOUR))])
        slots = irange(rng, 1, 2)
        gap_med = float(rng.uniform(45, 120))
        ts_l, pr_l, ip_l, cm_l = [], [], [], []
        for s in shifts.tolist():
            end = s + float(rng.uniform(0.7, 2.0)) * HOUR
            for _ in range(slots):
                t = s + float(rng.uniform(0, 60))
                while t < end:
                    ip = pick(rng, pool)
                    if chance(rng, p_chat_open):
                        first, topic = pick(rng, ctx.chat), "that"
                    else:
                        _, topic = tx.concept(rng)
                        first = tx.opener(rng, pick(rng, tx.PERSONAS), topic)
                    for k in range(1 + irange(rng, 3, 12)):
                        if t >= end:
                            break
                        ts_l.append(t)
                        pr_l.append(first if k == 0 else tx.followup(rng, topic))
                        ip_l.append(ip)
                        cm_l.append(800.0 if k == 0 else 500.0)
                        t += float(rng.lognormal(np.log(gap_med), 0.5))
                    t += float(rng.uniform(2, 30))
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ts = ts[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr_l[i] for i in order],
            models=ctx.models(rng, ts, 0.95),
            ips=[ip_l[i] for i in order],
            comp_median=np.asarray(cm_l)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: simulated users with personas and generic follow-ups",
            "pacing": "shifts of 1-2 parallel conversations, 45-120 s between turns",
            "ip_source": f"residential proxy:{region}, one sticky IP per conversation",
            "payment": f"{len(cards)} cards",
            "user_agent": ua_kind,
            "languages": ["en"],
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. normalizing_cycle: sleeper accounts pivot at release into a nightly curriculum sweep


def normalizing_cycle(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "normalizing_cycle"
    n = irange(rng, 8, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "selectel", "scaleway"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), 4)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    org = bb.hexid(rng, "org")
    tz = pick(rng, (8, 3, 5))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0"))
    langs = _langs(rng, ("en", "ru", "zh", "es", "fr", "ar", "hi"), 0, 2)
    grades = list(range(irange(rng, 1, 5), irange(rng, 12, 14) + 1))
    subjects = tx.distinct(rng, list(tx.SUBJECTS), irange(rng, 3, 6))
    cells = [
        (g, s, u, f) for s in subjects for g in grades for u in tx.SUBJECTS[s] for f in tx.FORMATS
    ]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=tx.distinct(rng, pool, irange(rng, 1, 2)),
            tz=tz,
        )
        for _ in range(n)
    ]
    night_start = float(rng.uniform(21, 25)) % 24
    hours = float(rng.uniform(3, 5))
    interval = float(rng.uniform(60, 180))
    pivot = ctx.release + float(rng.uniform(0, 3)) * HOUR
    style = irange(rng, 0, 2)
    for i, a in enumerate(accts):
        # ageing before the pivot: a few ordinary requests a day
        created = ctx.t0 + float(rng.uniform(0, 2)) * DAY
        cover = bb.thinned(
            rng, created, pivot, float(rng.uniform(2, 8)) * (pivot - created) / DAY, bb.workday(tz)
        )
        # the sweep: steady token-bucket rate during the night window
        win = bb.nightly(night_start, hours, tz)
        grid = np.arange(pivot, ctx.t1, interval)
        grid = grid + rng.uniform(-0.15, 0.15, size=len(grid)) * interval
        sweep = np.sort(grid[win(grid) > 0])
        mine = cells[i::n]
        sw_pr = []
        for j in range(len(sweep)):
            cell = mine[(j // len(langs)) % len(mine)]
            sw_pr.append(tx.sweep_prompt(rng, cell, langs[j % len(langs)], style))
        ts = np.concatenate([cover, sweep])
        pr = [pick(rng, ctx.chat) for _ in range(len(cover))] + sw_pr
        cm = np.concatenate(
            [np.full(len(cover), 350.0), np.full(len(sweep), float(rng.uniform(1200, 2600)))]
        )
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [pr[k] for k in order.tolist()],
            models=ctx.models(rng, ts[order], 0.98),
            comp_median=cm[order],
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep grade x subject x unit x format, sleeper accounts pivot at release",
            "pacing": f"token bucket every ~{interval:.0f}s during a {hours:.1f}h night window (UTC{tz:+d})",
            "ip_source": f"{provider} rented block, {len(pool)} hosts",
            "payment": f"{len(cards)} shared cards",
            "languages": langs,
            "cells": len(cells),
            "prompt_style": style,
            "accounts": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. choil_notch: trial-credit farm of throwaway accounts, one stint each


def choil_notch(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "choil_notch"
    n = irange(rng, 30, 50)
    p_after = float(rng.uniform(0.55, 0.85))
    p_card_reuse = float(rng.uniform(0.1, 0.3))
    mix = _weights(rng, 3)
    accts, cards, rotations = [], [], []
    for _ in range(n):
        region = pick(rng, bb.regions())
        pay = pick(rng, cards) if cards and chance(rng, p_card_reuse) else bb.hexid(rng, "pay")
        cards.append(pay)
        ua = pick(rng, bb.BROWSERS + bb.SDK_OTHER + bb.SDK_COMMON)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="trial",
                campaign_id=cid,
                pay=pay,
                ua=ua,
                ips=bb.resi(rng, irange(rng, 30, 120), region),
            )
        )
        rotations.append(pick(rng, ("per_request", "sticky")))
    for a, rot in zip(accts, rotations, strict=True):
        if chance(rng, p_after):
            s = float(rng.uniform(ctx.release, ctx.t1 - 6 * HOUR))
        else:
            s = float(rng.uniform(ctx.t0, ctx.release))
        stint = float(rng.uniform(1, 6)) * HOUR
        k = irange(rng, 30, 140)
        ts = np.sort(rng.uniform(s, s + stint, size=k))
        lang = "en" if chance(rng, 0.6) else pick(rng, tx.ALL_LANGS)
        prompts = []
        for _ in range(k):
            kind = int(rng.choice(3, p=mix))
            if kind == 0:
                p = tx.mcq_prompt(rng, pick(rng, ("explain_all", "soft_label", "confidence")))
                prompts.append(p if lang == "en" else p + f"\n(Answer in {tx.LANG_NAMES[lang]}.)")
            elif kind == 1:
                prompts.append(tx.expert_question(rng, lang))
            else:
                prompts.append(
                    tx.reasoning_prompt(
                        rng,
                        pick(rng, tx.REASON_STYLES),
                        lang if lang in ("zh", "ru", "es") else "en",
                    )
                )
        status = np.where(
            np.arange(k) >= k - irange(rng, 2, 6), 429, np.where(rng.random(k) < 0.01, 429, 200)
        )
        ips = (
            bb.picks(rng, a.ips, k)
            if rot == "per_request"
            else bb.sticky(rng, ts, a.ips, float(rng.uniform(600, 1800)))
        )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=float(rng.uniform(500, 1200)),
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "trial-credit farm: throwaway accounts, one 1-6 h stint each until the quota runs out",
            "pacing": "uniform within the stint, final requests rejected (quota)",
            "ip_source": "residential proxies, random region per account, rotating or sticky",
            "payment": f"mostly fresh cards, reuse p={p_card_reuse:.2f}",
            "after_release_share": round(p_after, 2),
            "mix": [round(float(x), 2) for x in mix],
            "languages": "60% en, else random",
            "accounts": n,
        },
    )


CAMPAIGN_FAMILIES = {
    "hamon_clay": hamon_clay,
    "fuller_groove": fuller_groove,
    "tang_peening": tang_peening,
    "tsuba_fitting": tsuba_fitting,
    "pattern_weld": pattern_weld,
    "billet_draw": billet_draw,
    "ricasso_stamp": ricasso_stamp,
    "edge_bevel": edge_bevel,
    "forge_scale": forge_scale,
    "normalizing_cycle": normalizing_cycle,
    "choil_notch": choil_notch,
}
