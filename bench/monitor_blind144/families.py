"""Campaign families of blind batch 144 (code names from petanque).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events through `ctx.emit` and records one campaign through `ctx.campaign`. Every choice (key count,
orgs, cards, pacing, addresses, user agents, languages, template styles, model use) is drawn from
the family's own generator. The last four families are the deliberately hard ones.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
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
from bench.monitor_blind144 import texts

Rng = np.random.Generator

#: the user agents the simulator's own background uses, with roughly its ordinary users' shares
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
_BG_UA_W = np.array([0.34, 0.23, 0.15, 0.13, 0.07, 0.03, 0.02, 0.02, 0.01])
BG_BROWSER = (BG_UAS[1], BG_UAS[3], BG_UAS[7], BG_UAS[8])

#: consumer regions and the UTC offsets of the people who live there
REGION_TZ = {
    "us": (-8, -5),
    "ca": (-5, -8),
    "latam": (-3,),
    "eu": (0, 1, 2),
    "ru": (3,),
    "in": (5,),
    "sea": (8,),
    "cn": (8,),
    "jp_kr": (9,),
}


def bg_ua(rng: Rng, browser_only: bool = False) -> str:
    if browser_only:
        return pick(rng, BG_BROWSER)
    return BG_UAS[int(rng.choice(len(BG_UAS), p=_BG_UA_W / _BG_UA_W.sum()))]


def region_for_tz(rng: Rng, tz: int) -> str:
    options = [r for r, tzs in REGION_TZ.items() if tz in tzs] or ["us"]
    return pick(rng, options)


def weighted_langs(
    rng: Rng, pool: tuple[str, ...], k: int, main: str = "en"
) -> tuple[list[str], np.ndarray]:
    """`main` plus k-1 others from `pool`, with Dirichlet weights (main weighted up)."""
    others = [x for x in pool if x != main]
    chosen = [main] + [
        str(x) for x in rng.choice(others, size=min(k - 1, len(others)), replace=False)
    ]
    w = rng.dirichlet(np.ones(len(chosen)))
    w[0] += 1.0
    return chosen, w / w.sum()


def draw_langs(rng: Rng, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _ts(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _new_acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion


def cochonnet(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace harvest: maths, logic and explanation items wrapped in instructions that
    demand the full chain of thought (tags, JSON step lists, verbatim monologue), several
    languages; a rented hosting block; a low trickle on the old flagship before the release,
    a worker pool on the new model after it."""
    fam = "cochonnet"
    n_keys = irange(rng, 7, 13)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    card = hexid(rng, "pay")
    p_shared = float(rng.uniform(0.4, 0.9))
    ua = sdk_ua(rng, 0.6)
    langs, lw = weighted_langs(
        rng, ("en", "zh", "ru", "es", "de", "ja", "pt", "ko", "vi"), irange(rng, 3, 6)
    )
    styles = sorted(int(x) for x in rng.choice(5, size=irange(rng, 2, 4), replace=False))
    accts = [
        _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, orgs),
            pay=card if chance(rng, p_shared) else None,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(1.0, 3.0)) * DAY
    pre_rate, post_rate = float(rng.uniform(5, 14)), float(rng.uniform(55, 110))
    go = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(
        rng, go, ctx.t1, post_rate, n_keys, global_load(float(rng.uniform(0, 24)), 0.35)
    )
    comp = float(rng.uniform(900, 1500))
    for i, a in enumerate(accts):
        ts = _ts([pre[i], post[i]])
        style = pick(rng, styles)
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [
            texts.trace_prompt(rng, style if chance(rng, 0.8) else pick(rng, styles), lg)
            for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": f"one card on ~{p_shared:.0%} of keys, others own",
            "ip_source": f"rented {provider} block",
            "pool_ips": len(pool),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "worker pool; trickle pre-release, global-load curve post-release",
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading


def carreau(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Preference and reward labels: pairwise verdicts, weighted rubrics, scalar rewards,
    critique-and-revise and rankings over ShareGPT questions and answers; shell orgs with one card
    each, keys in a cloud provider's block, scripted batches a few times a day."""
    fam = "carreau"
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    n_keys = irange(rng, 9, 17)
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 5))
    langs, lw = weighted_langs(rng, ("en", "zh", "es", "ja", "de"), irange(rng, 2, 4))
    styles = sorted(int(x) for x in rng.choice(5, size=irange(rng, 2, 5), replace=False))
    accts = []
    for _ in range(n_keys):
        org, pay = orgs[int(rng.integers(n_orgs))]
        accts.append(
            _new_acct(
                ctx,
                rng,
                fam,
                cid,
                "grader",
                org=org,
                pay=pay,
                ua=pick(rng, SDK_OTHER[:6]),
                ips=picks(rng, pool, irange(rng, 1, 2)),
            )
        )
    go = ctx.release + float(rng.uniform(0.2, 1.0)) * DAY
    per_day = float(rng.uniform(2.5, 6.0))
    size = float(rng.uniform(25, 70))
    for a in accts:
        starts = thinned(rng, go, ctx.t1, per_day * (ctx.t1 - go) / DAY, constant)
        ts = _ts(bursts(rng, starts, size, float(rng.uniform(1.5, 5.0)), 0.6, ctx.t1))
        style = pick(rng, styles)
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [texts.grading_prompt(rng, style, lg, ctx.chat, ctx.passages) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=320,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per shell org",
            "ip_source": f"{provider} block",
            "languages": langs,
            "styles": styles,
            "pacing": "scripted batches",
            "batches_per_key_day": round(per_day, 2),
            "batch_size": round(size, 1),
            "start_after_release_h": round((go - ctx.release) / HOUR, 1),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites


def tireur(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Compliant rewrites and 'safe' answers to politically sensitive questions for a model that
    must pass a domestic content regulator; mostly Chinese and English, some Russian, Arabic,
    Turkish, Vietnamese, Persian. Keys paid with stolen cards, each living one to three days
    before its card is declined, two or three alive at a time; shared VPN exits."""
    fam = "tireur"
    n_keys = irange(rng, 8, 13)
    vpn = cloud(rng, irange(rng, 5, 12), pick(rng, ("m247", "leaseweb", "vultr")))
    vpn += cloud(rng, irange(rng, 2, 6), pick(rng, ("m247", "ovh", "linode")))
    hold = float(rng.uniform(0.5, 2.0)) * HOUR
    langs, lw = weighted_langs(
        rng, ("zh", "en", "ru", "ar", "tr", "vi", "fa"), irange(rng, 3, 6), main="zh"
    )
    styles = sorted(int(x) for x in rng.choice(4, size=irange(rng, 2, 4), replace=False))
    op_tz = 8
    curve = workday(op_tz, start=9.0, end=23.0, weekend=0.6, night=0.08)
    first = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    span = ctx.t1 - first
    accts = []
    for i in range(n_keys):
        life = float(rng.uniform(1.0, 3.0)) * DAY
        s = first + span * i / n_keys + float(rng.uniform(-0.1, 0.1)) * DAY
        e = min(ctx.t1, s + life)
        a = _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "relay_key",
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=vpn,
        )
        accts.append(a)
        ts = thinned(rng, s, e, float(rng.uniform(25, 45)) * (e - s) / HOUR * 0.45, curve)
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [texts.policy_prompt(rng, pick(rng, styles), lg, ctx.passages) for lg in ls]
        ips = sticky(rng, ts, vpn, hold)
        n = ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips or None,
            comp_median=450,
            comp_sigma=0.6,
            err=0.05,
        )
        if n and e < ctx.t1 and chance(rng, 0.6):  # the card is declined: a few failed calls
            k = irange(rng, 2, 6)
            tail = e + np.cumsum(rng.exponential(90, size=k))
            ctx.emit(
                rng,
                a,
                tail,
                [texts.policy_prompt(rng, styles[0], "zh", ctx.passages) for _ in range(k)],
                models=ctx.models(rng, tail, p_new=0.9),
                ips=sticky(rng, tail, vpn, hold),
                comp_median=1,
                comp_sigma=0.1,
                status=402,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen card per key, declined after 1-3 days",
            "ip_source": "shared VPN exits (sticky)",
            "vpn_ips": len(vpn),
            "languages": langs,
            "styles": styles,
            "pacing": f"operator working day UTC+{op_tz}, relayed keys",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def biberon(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent trajectories: tool schemas, a task and a growing transcript of fake tool results,
    asking for the next thought and action (ReAct text, JSON calls or XML tags). One org, one
    corporate card, a few cloud NAT addresses, agent-framework user agents; episodes of
    3-14 chained calls a few seconds apart."""
    fam = "biberon"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "dspy/2.6.3 litellm/1.60.2",
        "AsyncOpenAI/Python 1.60.0",
    )
    toolsets = [
        str(x) for x in rng.choice(list(texts._TOOLSETS), size=irange(rng, 2, 5), replace=False)
    ]
    accts = [
        _new_acct(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=pick(rng, uas), ips=nat)
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    for a in accts:
        style = irange(rng, 0, 2)
        rate = float(rng.uniform(1.0, 2.5))
        ep_starts = _ts(
            [
                thinned(
                    rng, start, ctx.release, rate * 0.25 * (ctx.release - start) / HOUR, constant
                ),
                thinned(rng, ctx.release, ctx.t1, rate * (ctx.t1 - ctx.release) / HOUR, constant),
            ]
        )
        ts_all, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            k = irange(rng, 3, 14)
            gaps = rng.lognormal(np.log(float(rng.uniform(4, 9))), 0.5, size=k - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            toolset = pick(rng, toolsets)
            task = texts.agent_task(rng, toolset)
            hist: list[str] = []
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, style, toolset, task, hist))
                extra.append(350 + 180 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=260,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one corporate card",
            "ip_source": f"{provider} NAT",
            "toolsets": toolsets,
            "languages": ["en"],
            "pacing": "Poisson episodes of chained calls",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation


def plombee(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic fine-tuning data: 'generate N diverse items as JSONL' over concept x format x
    persona seeds, several languages, long completions. A few free-tier cloud VMs, one prepaid
    card, nightly sprints in the operator's time zone all week, switching to the new model."""
    fam = "plombee"
    n_keys = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("oracle", "gcp", "azure", "digitalocean"))
    op_tz = int(pick(rng, (1, 3, 5, 8)))
    langs, lw = weighted_langs(rng, ("en", "de", "fr", "ja", "pt", "es"), irange(rng, 2, 5))
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    accts = [
        _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=pick(rng, orgs),
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "aiohttp/3.11.11")),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        style = irange(rng, 0, 2)
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(25, 45)) * 7 * hours,
            nightly(start_h, hours, op_tz),
        )
        ls = draw_langs(rng, langs, lw, len(ts))
        prompts = [texts.dataset_prompt(rng, style, lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=float(rng.uniform(1700, 2600)),
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one prepaid card",
            "ip_source": f"{provider} VMs, one per key",
            "languages": langs,
            "pacing": f"nightly sprints {start_h:.1f}h+{hours:.1f}h UTC+{op_tz}",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft labels


def roulette(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Soft labels and best-of-n: the same multiple-choice or numeric item sent n times in a row
    (sampling the answer distribution), or asked for option probabilities. Hosting IPs, one org
    per key, two cards between them, starting at the release."""
    fam = "roulette"
    n_keys = irange(rng, 3, 7)
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "linode"))
    accts = [
        _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.3),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    go = ctx.release + float(rng.uniform(0, 4)) * HOUR
    groups = worker_pool(rng, go, ctx.t1, float(rng.uniform(6, 14)), n_keys)
    nmin, nmax = irange(rng, 3, 6), irange(rng, 8, 16)
    for a, starts in zip(accts, groups, strict=True):
        style = irange(rng, 0, 2)
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = irange(rng, nmin, nmax)
            p = texts.soft_label_prompt(rng, style)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        comp = {0: 70.0, 1: 4.0, 2: 220.0}[style]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "two cards",
            "ip_source": f"{provider}",
            "repeats": [nmin, nmax],
            "languages": ["en"],
            "pacing": "worker pool of repeat groups",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest


def doublette(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Self-play dialogues: a user-simulator model's turns (opening question, then eager
    follow-ups) in conversations of growing context, run around the clock by many small
    accounts behind a rotating residential proxy with browser user agents; prepaid cards shared
    by groups of accounts."""
    fam = "doublette"
    n = irange(rng, 14, 26)
    region = pick(rng, ("us", "eu", "*", "latam"))
    proxy = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(15, 45)) * MINUTE
    per_card = irange(rng, 3, 7)
    cards = [hexid(rng, "pay") for _ in range(n // per_card + 1)]
    langs, lw = weighted_langs(rng, ("en", "es", "pt", "de", "id"), irange(rng, 2, 4))
    accts = [
        _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_bot",
            pay=cards[i // per_card],
            ua=pick(rng, BROWSERS),
            ips=proxy,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    gap = float(rng.uniform(25, 60))
    for a in accts:
        s0 = start + float(rng.uniform(0, 0.5)) * DAY
        sessions = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(5, 12)),
            constant,
            float(rng.uniform(6, 10)),
            gap,
            0.5,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            lang = draw_langs(rng, langs, lw, 1)[0]
            topic = texts.concept(rng, lang if lang in texts.CONCEPTS else "en")
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(texts.dialogue_turn(rng, lang, j, topic))
                extra.append(60 + 420 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=sticky(rng, ts, proxy, hold) or None,
            comp_median=480,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": n,
            "payment": f"prepaid cards, one per {per_card} accounts",
            "ip_source": f"residential proxy ({region}), sticky",
            "proxy_ips": len(proxy),
            "languages": langs,
            "pacing": "24/7 conversations of 6-10 turns",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation / parallel-corpus harvest


def triplette(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Parallel corpus: each ShareGPT answer passage swept through 8-16 target languages back to
    back. Presents as a small localisation agency (one org, one business card, an office line
    plus a job server), but runs around the clock."""
    fam = "triplette"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, 1, "eu")
    server = cloud(rng, irange(rng, 1, 2), pick(rng, ("hetzner", "ovh", "aws")))
    targets_all = [x for x in texts.LANG_NAMES if x != "en"]
    accts = [
        _new_acct(
            ctx,
            rng,
            fam,
            cid,
            "translator",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2")),
            ips=office + server,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    jobs = worker_pool(rng, start, ctx.t1, float(rng.uniform(2.5, 5.5)), n_keys)
    for a, starts in zip(accts, jobs, strict=True):
        style = irange(rng, 0, 3)
        ts_all, prompts, comp, ips = [], [], [], []
        for s in starts.tolist():
            text = texts.clip(pick(rng, ctx.passages), 300, 1500, rng)
            k = irange(rng, 8, 16)
            tg = [str(x) for x in rng.choice(targets_all, size=k, replace=False)]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=k - 1))])
            ip = pick(rng, server) if chance(rng, 0.8) else office[0]
            for tj, lang in zip(t.tolist(), tg, strict=True):
                ts_all.append(tj)
                prompts.append(texts.translation_prompt(rng, style, text, lang))
                comp.append(len(text) / 3.2 * (1.8 if style == 2 else 1.0))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips or None,
            comp_median=np.asarray(comp) if comp else 300.0,
            comp_sigma=0.2,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one business card",
            "ip_source": "office broadband + job server",
            "languages": ["en"] + targets_all,
            "pacing": "24/7 passage sweeps over 8-16 targets",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden in a real product's traffic


def palet(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A real study-helper app whose backend (one org, one card, its NAT addresses, a common SDK)
    carries genuine end-user traffic following world-wide load, and whose owner mixes in a
    constant-rate harvest of maths, logic and concept explanations through the app's own
    'explain mode' prefix, which real users also use. The whole backend is the campaign."""
    fam = "palet"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, (BG_UAS[0], BG_UAS[2]))
    mode = pick(rng, texts._EXPLAIN_MODES)
    accts = [
        _new_acct(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    user_rate = float(rng.uniform(25, 50))
    hidden_rate = float(rng.uniform(8, 16))
    go = ctx.release + float(rng.uniform(2, 14)) * HOUR
    load = global_load(float(rng.uniform(12, 16)), float(rng.uniform(0.5, 0.75)))
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, load)
    hidden = worker_pool(rng, go, ctx.t1, hidden_rate, n_keys)
    for a, tu, th in zip(accts, users, hidden, strict=True):
        pu = [texts.study_app_user(rng, ctx.chat, mode) for _ in range(len(tu))]
        ctx.emit(
            rng,
            a,
            tu,
            pu,
            models=ctx.models(rng, tu, p_new=0.3, p_mini=0.15),
            comp_median=380,
            comp_sigma=0.6,
            err=0.01,
            extra=irange(rng, 180, 260),
        )
        ph = [texts.study_app_hidden(rng, mode) for _ in range(len(th))]
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, p_new=0.96, p_mini=0.0),
            comp_median=760,
            comp_sigma=0.5,
            err=0.01,
            extra=irange(rng, 180, 260),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product",
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": "aws NAT of the app",
            "user_agent": ua,
            "mode_prefix": mode,
            "user_rate_per_hour": round(user_rate, 1),
            "hidden_rate_per_hour": round(hidden_rate, 1),
            "hidden_start_after_release_h": round((go - ctx.release) / HOUR, 1),
            "languages": ["en"],
            "pacing": "genuine global load + constant hidden stream",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts taken over after the release


_CODE_FOLLOW = (
    "can you make it faster?",
    "why does this work for n = 1?",
    "rewrite it without recursion",
    "what if the input doesn't fit in memory?",
    "add comments to every line",
    "prove the greedy choice is safe",
)


def rafle(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Aged personal accounts bought from their owners: each has a genuine history (owner's time
    zone, home ISP, browser or SDK, own card and org, evening chats from ShareGPT) up to a
    takeover a few hours to a day after the release; then a code-solution harvest through a
    residential proxy of the owner's region, the owner's user agent usually kept, sessions in
    the operator's day, on the new model."""
    fam = "rafle"
    n = irange(rng, 12, 22)
    op_tz = int(pick(rng, (3, 8)))
    p_keep = float(rng.uniform(0.5, 0.8))
    prog = ("Python", "C++", "Java", "Go", "Rust")
    accts = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        ua = bg_ua(rng)
        a = _new_acct(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        take = ctx.release + float(rng.uniform(2, 30)) * HOUR
        owner = _ts(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.6, 2.5)),
                evening_person(tz),
                float(rng.uniform(2.5, 5)),
                float(rng.uniform(60, 200)),
            )
        )
        ctx.emit(
            rng,
            a,
            owner,
            [pick(rng, ctx.chat) for _ in range(len(owner))],
            models=ctx.models(rng, owner, p_new=0.25),
            comp_median=340,
            comp_sigma=0.6,
            err=0.01,
        )
        proxy = resi(rng, irange(rng, 6, 20), region_for_tz(rng, tz))
        op = _ts(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(5, 10)),
                workday(op_tz, start=9.0, end=23.0, weekend=0.7, night=0.05),
                float(rng.uniform(6, 11)),
                float(rng.uniform(35, 90)),
            )
        )
        style, pl = irange(rng, 0, 3), pick(rng, prog)
        prompts = [
            pick(rng, _CODE_FOLLOW) if chance(rng, 0.12) else texts.contest_prompt(rng, style, pl)
            for _ in range(len(op))
        ]
        new_ua = a.ua if chance(rng, p_keep) else sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            a,
            op,
            prompts,
            models=ctx.models(rng, op, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, op, proxy, float(rng.uniform(1, 3)) * HOUR) or None,
            ua=new_ua,
            comp_median=900,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought_aged_accounts_code_harvest",
            "keys": n,
            "orgs": n,
            "payment": "owners' own cards",
            "ip_source": "owner home ISP, then residential proxy of the same region",
            "ua_kept_share": round(p_keep, 2),
            "operator_tz": op_tz,
            "languages": ["en"],
            "pacing": "owner evening sessions, takeover 2-30 h after release, operator-day sessions",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd


def casquette(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A crowd of separately registered accounts (own org, own prepaid virtual card), each on one
    or two residential-proxy addresses in a region whose evening it keeps, with browser or phone
    user agents; a few short sessions a day of casual study questions that together sweep a
    concept curriculum, with chatty follow-ups. Most sign up around the release."""
    fam = "casquette"
    n = irange(rng, 55, 100)
    langs, lw = weighted_langs(rng, ("en", "es", "pt", "id", "de"), irange(rng, 1, 4))
    curriculum = [str(c) for c in rng.permutation(np.array(texts.CONCEPTS["en"], dtype=object))]
    per = max(3, len(curriculum) // max(1, n // 3))
    accts = []
    for i in range(n):
        region = pick(rng, ("us", "us", "eu", "latam", "in", "sea", "ca"))
        tz = int(pick(rng, REGION_TZ[region]))
        phone = chance(rng, 0.35)
        ua = pick(rng, (BG_UAS[6],) + MOBILE[:3]) if phone else bg_ua(rng, browser_only=True)
        ips = (
            mobile_v6(rng, irange(rng, 2, 5), "us_mobile")
            if (phone and region == "us" and chance(rng, 0.5))
            else resi(rng, irange(rng, 1, 2), region)
        )
        a = _new_acct(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        early = chance(rng, 0.3)
        s = (
            jitter_start(rng, ctx.t0, ctx.release, 1.0)
            if early
            else ctx.release - 0.4 * DAY + float(rng.uniform(0, 1.6)) * DAY
        )
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(50, 150)),
        )
        lang = draw_langs(rng, langs, lw, 1)[0]
        mine = curriculum[(i * per) % len(curriculum) :][:per] or curriculum[:per]
        local = texts.CONCEPTS.get(lang)
        ts_all, prompts = [], []
        for sess in sessions:
            c = pick(rng, local) if (lang != "en" and local) else pick(rng, mine)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(texts.casual_question(rng, lang, c, follow=j > 0))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=520,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_curriculum",
            "keys": n,
            "orgs": n,
            "payment": "one virtual card each",
            "ip_source": "residential proxy per account (tz-matched), some carrier IPv6",
            "languages": langs,
            "concepts_per_account": per,
            "pacing": "evening sessions, 1-2.5 per day",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay


def demi_portee(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Replay of a public prompt collection (ShareGPT human turns, verbatim) to capture the new
    model's answers: the dataset is sharded into contiguous slices, one per account; accounts
    look like API hobbyists (the background's own SDK and browser strings, own orgs), pay with
    cards shared by small groups, and come through a residential proxy with sticky sessions; a few
    sessions a day at random hours, human-like gaps."""
    fam = "demi_portee"
    n = irange(rng, 22, 40)
    region = pick(rng, ("us", "eu", "*"))
    proxy = resi(rng, irange(rng, 80, 250), region)
    hold = float(rng.uniform(10, 40)) * MINUTE
    group = irange(rng, 2, 5)
    cards = [hexid(rng, "pay") for _ in range(n // group + 1)]
    offset = irange(rng, 0, len(ctx.chat) - 1)
    shard = irange(rng, 150, 260)
    accts = []
    for i in range(n):
        a = _new_acct(
            ctx, rng, fam, cid, "replayer", pay=cards[i // group], ua=bg_ua(rng), ips=proxy
        )
        accts.append(a)
        s = ctx.release + float(rng.uniform(0, 1.5)) * DAY
        sessions = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(2, 5)),
            constant,
            float(rng.uniform(8, 20)),
            float(rng.uniform(20, 70)),
            0.7,
        )
        ts = _ts(sessions)
        base = (offset + i * shard) % len(ctx.chat)
        prompts = [ctx.chat[(base + j) % len(ctx.chat)] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=sticky(rng, ts, proxy, hold) or None,
            comp_median=380,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "orgs": n,
            "payment": f"cards shared by {group} accounts",
            "ip_source": f"residential proxy ({region}), sticky",
            "proxy_ips": len(proxy),
            "shard": shard,
            "languages": ["mixed (ShareGPT)"],
            "pacing": "sessions at random hours after release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "cochonnet": cochonnet,
    "carreau": carreau,
    "tireur": tireur,
    "biberon": biberon,
    "plombee": plombee,
    "roulette": roulette,
    "doublette": doublette,
    "triplette": triplette,
    "palet": palet,
    "rafle": rafle,
    "casquette": casquette,
    "demi_portee": demi_portee,
}
