"""Campaign families of blind batch 160: twelve ways an operator harvests the model's outputs.

Each family is `f(ctx, rng, campaign_id)`, draws every parameter from its own generator, registers
its accounts and campaign in the truth and writes its events through `ctx.emit`. The last four in
`CAMPAIGN_FAMILIES` (and, less so, `drop_pass`) are built to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Acct,
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
from bench.monitor_blind160 import texts as tx

Rng = np.random.Generator

#: user agents that ordinary accounts of the background send most often (seen in its output)
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def lang_mix(
    rng: Rng, main: str, others: Sequence[str], k_lo: int, k_hi: int, main_w: tuple[float, float]
) -> dict:
    """A main language with weight in main_w plus k other languages sharing the rest."""
    k = irange(rng, k_lo, min(k_hi, len(others)))
    extra = [str(x) for x in rng.permutation(np.array(others))[:k]]
    w_main = float(rng.uniform(*main_w)) if extra else 1.0
    w = rng.dirichlet(np.ones(len(extra)) * 2.0) * (1 - w_main) if extra else np.empty(0)
    mix = {main: w_main}
    mix.update({lang: float(x) for lang, x in zip(extra, w.tolist(), strict=True)})
    return mix


def draw_langs(rng: Rng, mix: dict, n: int) -> list[str]:
    names = list(mix)
    p = np.asarray([mix[k] for k in names], dtype=np.float64)
    return [names[i] for i in rng.choice(len(names), size=n, p=p / p.sum()).tolist()]


def subset(rng: Rng, seq: Sequence[str], lo: int, hi: int) -> list[str]:
    return [str(x) for x in rng.permutation(np.array(seq))[: irange(rng, lo, min(hi, len(seq)))]]


def flat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def snip_chat(rng: Rng, ctx: Ctx, lo: int = 10, hi: int = 900) -> str:
    return tx.snip(rng, pick(rng, ctx.chat), lo, hi)


def snip_passage(rng: Rng, ctx: Ctx, lo: int = 200, hi: int = 1200) -> str:
    return tx.snip(rng, pick(rng, ctx.passages), lo, hi)


def camp_acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def stick_tip(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stick_tip"
    n_keys, n_orgs = irange(rng, 6, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    provider = pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.3)
    mix = lang_mix(rng, "en", ("zh", "ru", "es", "pt", "ko"), 2, 4, (0.35, 0.6))
    styles = subset(rng, list(tx.COERCE), 2, 3)
    accts = [
        camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    r_pre, r_post = float(rng.uniform(3, 10)), float(rng.uniform(22, 50))
    ramp = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.3)))
    pre = worker_pool(rng, start, ctx.release, r_pre, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, r_post, n_keys, curve)
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = flat([t_a, t_b])
        langs = draw_langs(rng, mix, len(ts))
        prompts = [tx.reasoning_prompt(rng, lang, pick(rng, styles)) for lang in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "prepaid card per org",
            "ip_source": f"rented block ({provider})",
            "pacing": "Poisson worker pool, ramps up after release",
            "rate_per_hour": [round(r_pre, 1), round(r_post, 1)],
            "languages": mix,
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits on short-lived stolen-card keys


def ring_carrier(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ring_carrier"
    n_keys = irange(rng, 5, 10)
    vpn = [
        ip
        for p in subset(rng, ("m247", "leaseweb", "vultr", "ovh"), 2, 3)
        for ip in cloud(rng, irange(rng, 3, 7), p)
    ]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    tz_op = pick(rng, (2, 3, 8, 5))
    styles = subset(rng, ("rubric", "pairwise", "reward", "critique"), 2, 4)
    mix = lang_mix(rng, "en", ("de", "ja", "fr"), 1, 2, (0.7, 0.9))
    span = ctx.t1 - ctx.t0
    accts = []
    hold = float(rng.uniform(20, 60)) * MINUTE
    for i in range(n_keys):
        # keys die when the card is charged back; the next one takes over (staggered)
        s = ctx.t0 + span * (i / n_keys) * float(rng.uniform(0.7, 1.0))
        life = float(rng.uniform(1.0, 3.0)) * DAY
        a = camp_acct(ctx, rng, fam, cid, "worker", ua=ua, ips=vpn)  # own org, own (stolen) card
        accts.append(a)
        starts = thinned(
            rng,
            s,
            min(ctx.t1, s + life),
            float(rng.uniform(3, 8)) * life / DAY,
            workday(tz_op, 9.0, 23.0, weekend=0.7, night=0.05),
        )
        ts = flat(bursts(rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(1.5, 4.0))))
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.judge_prompt(
                rng,
                lang,
                pick(rng, styles),
                snip_chat(rng, ctx, 20, 600),
                snip_passage(rng, ctx, 200, 1100),
                snip_passage(rng, ctx, 200, 1100),
            )
            for lang in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=280.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"VPN exits ({len(vpn)})",
            "pacing": "script bursts, rotating short-lived keys",
            "operator_tz": tz_op,
            "styles": styles,
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe rewrites, nightly batches from a Chinese cloud


def goal_crease(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "goal_crease"
    n_keys = irange(rng, 4, 9)
    n_orgs = (n_keys + 2) // 3
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    pool = cloud(rng, irange(rng, 3, 8), provider)
    dev_ips = resi(rng, 2, pick(rng, ("cn", "sea")))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "Go-http-client/2.0"))
    mix = lang_mix(rng, "zh", ("en", "ru", "vi"), 1, 3, (0.45, 0.7))
    styles = subset(rng, ("rewrite", "answer", "label"), 2, 3)
    start_h, hours = float(rng.uniform(0, 2.5)), float(rng.uniform(4.5, 8))
    accts = [
        camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    night = worker_pool(
        rng, start, ctx.t1, float(rng.uniform(25, 50)), n_keys, nightly(start_h, hours, 8)
    )
    day = worker_pool(rng, start, ctx.t1, float(rng.uniform(1, 4)), n_keys, workday(8))
    for a, t_n, t_d in zip(accts, night, day, strict=True):
        ts = flat([t_n, t_d])
        is_day = np.isin(ts, t_d)
        ips = [
            pick(rng, dev_ips) if d and chance(rng, 0.5) else pick(rng, a.ips)
            for d in is_day.tolist()
        ]
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.policy_prompt(
                rng,
                lang,
                pick(rng, styles),
                snip_chat(rng, ctx, 20, 500),
                snip_passage(rng, ctx, 300, 1400),
            )
            for lang in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=450.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one corporate card",
            "ip_source": f"cloud ({provider}) + 2 dev IPs",
            "pacing": f"nightly pool {start_h:.1f}h+{hours:.1f}h UTC+8, daytime trickle",
            "styles": styles,
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from an orchestration framework


def blue_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "blue_line"
    n_keys = irange(rng, 6, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    toolsets = subset(rng, list(tx.AGENT_TOOLSETS), 3, 5)
    styles = subset(rng, ("json", "react"), 1, 2)
    mix = lang_mix(rng, "en", ("es", "pt", "de"), 1, 3, (0.65, 0.85))
    accts = [
        camp_acct(ctx, rng, fam, cid, "worker", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    eps = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(3, 6)) * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.3),
    )
    who = rng.integers(0, n_keys, size=len(eps))
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    gap = float(rng.uniform(4, 12))
    for s, k in zip(eps.tolist(), who.tolist(), strict=True):
        ts_l, pr_l, ex_l = per[k]
        lang, toolset, style = draw_langs(rng, mix, 1)[0], pick(rng, toolsets), pick(rng, styles)
        task = tx.agent_task(rng, lang, toolset)
        t = s
        for step in range(irange(rng, 3, 12)):
            ts_l.append(t)
            pr_l.append(tx.agent_prompt(rng, toolset, task, step, style))
            ex_l.append(350 + 280 * step)
            t += float(rng.lognormal(np.log(gap), 0.6))
    for a, (ts_l, pr_l, ex_l) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=180.0,
            comp_sigma=0.5,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"cloud NAT ({provider})",
            "pacing": "Poisson episodes of 3-12 chained steps",
            "toolsets": toolsets,
            "styles": styles,
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation on throwaway sign-ups behind residential proxies


def free_play_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "free_play_line"
    n = irange(rng, 18, 34)
    regions = subset(rng, ("us", "eu", "sea", "latam"), 1, 2)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    styles = subset(rng, ("jsonl", "persona", "dialogue", "evol"), 2, 4)
    mix = lang_mix(rng, "en", ("fr", "id", "vi", "tr", "es"), 2, 4, (0.45, 0.7))
    hold = float(rng.uniform(10, 30)) * MINUTE
    cards: list[str] = []
    accts = []
    span = ctx.t1 - ctx.t0
    for i in range(n):
        if not cards or chance(rng, 0.35):
            cards.append(hexid(rng, "pay"))  # a new prepaid card every few sign-ups
        pool = resi(rng, irange(rng, 30, 70), pick(rng, regions))
        a = camp_acct(ctx, rng, fam, cid, "throwaway", pay=cards[-1], ua=ua, ips=pool)
        accts.append(a)
        s = ctx.t0 + span * (i / n) * 0.9 + float(rng.uniform(0, 6)) * HOUR
        life = float(rng.uniform(0.5, 2.0)) * DAY
        ts = thinned(
            rng, s, min(ctx.t1, s + life), float(rng.uniform(4, 10)) * life / HOUR, constant
        )
        langs = draw_langs(rng, mix, len(ts))
        prompts = [
            tx.synth_prompt(rng, lang, pick(rng, styles), snip_chat(rng, ctx, 20, 400))
            for lang in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "orgs": n,
            "payment": f"{len(cards)} prepaid cards, reused across sign-ups",
            "ip_source": f"residential proxies {regions}, sticky {hold / MINUTE:.0f} min",
            "pacing": "staggered short-lived accounts, steady rate",
            "styles": styles,
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with browser-looking clients on residential exits


def drop_pass(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "drop_pass"
    n_keys, n_orgs = irange(rng, 8, 14), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    mix = lang_mix(rng, "en", ("es", "de", "ja", "pt"), 2, 4, (0.5, 0.75))
    region = pick(rng, ("*", "us", "eu"))
    accts = [
        camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=pick(rng, BROWSERS),
            ips=resi(rng, 1, region),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    convs = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(3, 6)) * (ctx.t1 - start) / HOUR,
        global_load(float(rng.uniform(0, 24)), 0.4),
    )
    who = rng.integers(0, n_keys, size=len(convs))
    think = float(rng.uniform(12, 30))
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    for s, k in zip(convs.tolist(), who.tolist(), strict=True):
        ts_l, pr_l, ex_l, ip_l = per[k]
        lang = draw_langs(rng, mix, 1)[0]
        ip = resi(rng, 1, region)[0]  # a fresh exit per conversation
        t = s
        for turn in range(irange(rng, 4, 10)):
            ts_l.append(t)
            pr_l.append(tx.opener(rng, lang, ctx.chat) if turn == 0 else tx.followup(rng, lang))
            ex_l.append(520 * turn)
            ip_l.append(ip)
            t += float(rng.lognormal(np.log(think), 0.5)) + 8.0
    for a, (ts_l, pr_l, ex_l, ip_l) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ip_l,
            comp_median=520.0,
            extra=np.asarray(ex_l, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"residential exit per conversation ({region})",
            "pacing": f"conversations of 4-10 turns, think time ~{think:.0f}s",
            "languages": mix,
            "user_agent": "browser strings, one per key",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: identical requests fired concurrently


def goalie_throw(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "goalie_throw"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    modes = subset(rng, ("probs", "nli", "score", "bon"), 2, 3)
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    accts = [
        camp_acct(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=[pick(rng, ips)])
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    items = thinned(
        rng, start, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - start) / HOUR, constant
    )
    who = rng.integers(0, n_keys, size=len(items))
    comp = {"probs": 45.0, "nli": 60.0, "score": 4.0, "bon": 420.0}
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s, k in zip(items.tolist(), who.tolist(), strict=True):
        mode = pick(rng, modes)
        text = pick(rng, ctx.chat) if mode == "bon" else snip_passage(rng, ctx, 60, 400)
        prompt = tx.soft_label_prompt(rng, mode, text, snip_chat(rng, ctx, 20, 160))
        m = irange(rng, n_lo, n_hi)
        t = s + np.sort(rng.uniform(0, float(rng.uniform(0.3, 3.0)), size=m))
        per[k][0].extend(t.tolist())
        per[k][1].extend([prompt] * m)
        per[k][2].extend([comp[mode]] * m)
    for a, (ts_l, pr_l, cm_l) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(cm_l),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"cloud ({provider})",
            "pacing": f"items as Poisson stream, {n_lo}-{n_hi} identical copies each",
            "modes": modes,
            "languages": {"en": 1.0},
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweeps (code, translation, lessons): rate-limited loops walking a grid


def sam_jacks(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sam_jacks"
    n_keys = irange(rng, 4, 8)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("digitalocean", "linode"))
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "python-httpx/0.28.1"))
    tracks = subset(rng, ("code", "translate", "lessons"), 2, 3)
    cells = tx.curriculum_cells(rng, tracks, ctx.passages)
    off = int(rng.integers(len(cells)))
    cells = cells[off:] + cells[:off]
    share = len(cells) // n_keys
    accts = []
    for i in range(n_keys):
        a = camp_acct(
            ctx, rng, fam, cid, "worker", pay=pick(rng, cards), ua=ua, ips=cloud(rng, 1, provider)
        )
        accts.append(a)
        interval = float(rng.uniform(420, 1100))
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        n = int((ctx.t1 - s) / interval)
        ts = s + np.cumsum(interval * (1 + rng.normal(0, 0.06, size=n)).clip(0.7, 1.3))
        ts = ts[ts < ctx.t1]
        # the key walks its slice of the grid; when done it starts over (re-running on whatever
        # model is current, which after the release is the new one)
        part = cells[i * share : (i + 1) * share]
        mine = [part[j % len(part)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            mine,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} virtual cards",
            "ip_source": f"one {provider} VM per key",
            "pacing": "fixed-interval loop per key (7-18 min), slice repeated when done",
            "tracks": tracks,
            "grid_cells": len(cells),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real consumer product's backend traffic


def espanola(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "espanola"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.45, 0.7)))
    rate = float(rng.uniform(18, 35))
    frac = float(rng.uniform(0.18, 0.32))
    mix = lang_mix(rng, "en", ("es", "pt", "hi", "id"), 2, 4, (0.6, 0.8))
    accts = [
        camp_acct(ctx, rng, fam, cid, "product backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    upgrade = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY  # the app moves to the new model
    h_start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    real = worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, curve)
    harvest = worker_pool(rng, h_start, ctx.t1, rate * frac / (1 - frac), n_keys, curve)
    for a, t_r, t_h in zip(accts, real, harvest, strict=True):
        ts = np.concatenate([t_r, t_h])
        is_h = np.concatenate([np.zeros(len(t_r), bool), np.ones(len(t_h), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        langs = draw_langs(rng, mix, len(ts))
        prompts, models, comp = [], [], []
        for t, h, lang in zip(ts.tolist(), is_h.tolist(), langs, strict=True):
            if h:
                prompts.append(tx.casual_question(rng, lang))
                p_new = 0.92 if t >= ctx.release else 0.0
                comp.append(650.0)
            else:
                prompts.append(
                    tx.casual_question(rng, "en")
                    if chance(rng, 0.08)
                    else snip_chat(rng, ctx, 5, 1500)
                )
                p_new = 0.7 if t >= upgrade else 0.0
                comp.append(350.0)
            models.append(
                ctx.new_model
                if rng.random() < p_new
                else (ctx.old_models[-1] if rng.random() < 0.1 else ctx.old_models[0])
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
            extra=120,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a real app's traffic",
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "product backend cloud NAT",
            "pacing": "follows the app's own global load curve",
            "harvest_fraction": round(frac, 3),
            "app_rate_per_hour": round(rate, 1),
            "languages": mix,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / taken-over aged personal accounts, used through same-region residential proxies


def bench_minor(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bench_minor"
    n = irange(rng, 14, 26)
    mix = lang_mix(rng, "en", ("de", "fr", "ja", "ko", "es"), 2, 4, (0.55, 0.75))
    hold = float(rng.uniform(30, 120)) * MINUTE
    peak = float(rng.uniform(0, 24))
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, COMMON_UAS)
        a = camp_acct(ctx, rng, fam, cid, "taken-over account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        takeovers.append(take)
        # the original owner's ordinary history
        own = flat(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.4, 1.5)),
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [snip_chat(rng, ctx, 5, 1200) for _ in own],
            models=ctx.models(rng, own, 0.3, 0.15),
        )
        # the buyer: same region residential exits, the owner's client string most of the time
        pool = home(rng, 25, tz)
        op = flat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(2, 5)),
                global_load(peak, 0.35),
                float(rng.uniform(6, 14)),
                float(rng.uniform(15, 45)),
            )
        )
        uas = [ua if chance(rng, 0.8) else pick(rng, COMMON_UAS) for _ in op]
        langs = draw_langs(rng, mix, len(op))
        ctx.emit(
            rng,
            a,
            op,
            [tx.careful_question(rng, lang) for lang in langs],
            models=ctx.models(rng, op, 0.9),
            ips=sticky(rng, op, pool, hold),
            ua=uas,
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought/compromised aged accounts",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "residential proxies in each owner's region",
            "pacing": "owner's evening sessions, then steady sessions after takeover",
            "takeover_days_after_start": [round((t - ctx.t0) / DAY, 2) for t in takeovers],
            "languages": mix,
            "user_agent": "owner's own (80 %)",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of paid people asking a coordinator's question bank


def delayed_penalty(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "delayed_penalty"
    n = irange(rng, 30, 55)
    tzs = [int(x) for x in rng.permutation(np.array([5, 8, -3, 1, 2, 3]))[: irange(rng, 2, 4)]]
    lang_of_tz = {
        5: ("en", "hi"),
        8: ("en", "id"),
        -3: ("pt", "es"),
        1: ("en",),
        2: ("en",),
        3: ("en",),
    }
    banks = {
        lang: [tx.bank_item(rng, lang) for _ in range(irange(rng, 120, 400))]
        for lang in sorted({g for tz in tzs for g in lang_of_tz[tz]})
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, lang_of_tz[tz])
        mobile = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS + COMMON_UAS[2:4])
        a = camp_acct(
            ctx, rng, fam, cid, "crowd worker", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 10.0, 22.0, weekend=0.8)
        ts = flat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                curve,
                float(rng.uniform(4, 9)),
                float(rng.uniform(45, 120)),
            )
        )
        bank = banks[lang]
        prompts = [
            tx.humanise(rng, pick(rng, bank), openers=tx.CROWD_OPENERS, closers=tx.CROWD_CLOSERS)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85), comp_median=650.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid crowd asking a shared question bank",
            "keys": n,
            "orgs": n,
            "payment": "each worker's own card",
            "ip_source": "workers' home connections",
            "pacing": "human sessions, 1-2.5 a day",
            "worker_tzs": tzs,
            "bank_sizes": {k: len(v) for k, v in banks.items()},
            "user_agent": "browsers/phones",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt-dataset replay by a small "AI startup" from its office


def crease_violation(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "crease_violation"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (0, 1, 2, -5))
    office = home(rng, irange(rng, 1, 2), tz)
    server = cloud(rng, 2, "aws")
    ua = "OpenAI/Python 1.54.0"
    accts = [
        camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=office + server,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    test = worker_pool(
        rng,
        jitter_start(rng, ctx.t0, ctx.release, 0.5),
        ctx.release,
        float(rng.uniform(2, 5)),
        n_keys,
        workday(tz),
    )
    curve = workday(tz, 8.0, 20.0, weekend=0.35, night=0.06)
    run = worker_pool(
        rng,
        ctx.release + float(rng.uniform(2, 10)) * HOUR,
        ctx.t1,
        float(rng.uniform(25, 50)),
        n_keys,
        curve,
    )
    cursor = int(rng.integers(len(ctx.chat)))
    p_office = float(rng.uniform(0.5, 0.85))
    for a, t_a, t_b in zip(accts, test, run, strict=True):
        ts = flat([t_a, t_b])
        prompts = [ctx.chat[(cursor + j) % len(ctx.chat)].strip() for j in range(len(ts))]
        cursor += len(ts)
        ips = [pick(rng, office) if chance(rng, p_office) else pick(rng, server) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            ips=ips,
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": "office broadband + 2 cloud hosts",
            "pacing": "office-hours worker pool, light test before release",
            "office_tz": tz,
            "languages": {"en": 1.0},
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "stick_tip": stick_tip,
    "ring_carrier": ring_carrier,
    "goal_crease": goal_crease,
    "blue_line": blue_line,
    "free_play_line": free_play_line,
    "drop_pass": drop_pass,
    "goalie_throw": goalie_throw,
    "sam_jacks": sam_jacks,
    "espanola": espanola,
    "bench_minor": bench_minor,
    "delayed_penalty": delayed_penalty,
    "crease_violation": crease_violation,
}
