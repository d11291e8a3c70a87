"""Campaign families of blind batch 212 (code names from motocross).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) comes from the
family's own generator. The last five families are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
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
from bench.monitor_blind212 import texts

#: user agents as they appear in the ordinary background traffic
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

#: the language a person in each UTC offset most likely writes in
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en",),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de",),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}
REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "cn",
    9: "jp_kr",
}


def _weighted(
    rng: np.random.Generator, options: list[str], conc: float = 1.0, least: int = 1
) -> tuple[list[str], np.ndarray]:
    """A random subset of `options` (at least `least`) with Dirichlet weights."""
    k = irange(rng, least, len(options))
    chosen = [options[i] for i in sorted(rng.choice(len(options), size=k, replace=False).tolist())]
    return chosen, rng.dirichlet(np.full(k, conc))


def _draw(rng: np.random.Generator, options: list[str], w: np.ndarray, n: int) -> list[str]:
    return [options[i] for i in rng.choice(len(options), size=n, p=w).tolist()]


def _new_ids(rng: np.random.Generator, prefix: str, n: int) -> list[str]:
    return [hexid(rng, prefix) for _ in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# 1. reasoning-trace coercion from a rented block, pivoting to the new model at its release


def holeshot_gate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "holeshot_gate"
    n_keys = irange(rng, 6, 14)
    orgs = _new_ids(rng, "org", irange(rng, 1, 3))
    cards = _new_ids(rng, "pay", irange(rng, 1, 2))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs, lw = _weighted(rng, ["en", "zh", "ru", "es", "de", "ja", "fr", "pt"], 0.8)
    if "en" not in langs:
        langs, lw = [*langs, "en"], np.append(lw * 0.6, 0.4)
    styles = ["tags", "teacher", "numbered", "json"]
    sw = rng.dirichlet(np.ones(len(styles)))
    start = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    per_hour = float(rng.uniform(35, 70))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=picks(rng, pool, irange(rng, 2, 5)),
        )
        for _ in range(n_keys)
    ]
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ls, ss = _draw(rng, langs, lw, len(ts)), _draw(rng, styles, sw, len(ts))
        prompts = [texts.reasoning_harvest(rng, lg, st) for lg, st in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1600)),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (problems wrapped in show-every-step instructions)",
            "pacing": f"poisson worker pool, {per_hour:.0f}/h over {n_keys} keys, from {((start - ctx.release) / HOUR):.1f} h around release",
            "ip_source": f"rented {provider} /24 block",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "model": "new model 95% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in nightly batches on stolen cards


def berm_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "berm_shot"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "gcp", "azure"))
    op_tz = pick(rng, (3, 8, 2, -5))
    styles_all = ["pairwise", "pointwise", "critique", "de", "ja", "ranking"]
    start = ctx.release - float(rng.uniform(1.5, 3.0)) * DAY
    size_mean = float(rng.uniform(40, 90))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(acct)
        styles, sw = _weighted(rng, styles_all)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.2)) * (ctx.t1 - start) / DAY,
            nightly(float(rng.uniform(0, 3)), 5.0, op_tz),
        )
        ts = _cat(bursts(rng, starts, size_mean, float(rng.uniform(1.5, 4.0)), b=ctx.t1))
        prompts = [
            texts.judge_harvest(rng, ctx.chat, ctx.passages, st)
            for st in _draw(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=float(rng.uniform(300, 500)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of response pairs and candidates",
            "pacing": f"nightly batch bursts (operator UTC{op_tz:+d}), ~{size_mean:.0f} requests per burst",
            "ip_source": f"{provider} instances, 1-3 per key",
            "payment": "one stolen card per key (distinct orgs)",
            "user_agent": "SDK mix",
            "languages": ["en", "de", "ja"],
            "styles": styles_all,
            "model": "new model 90% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites through a residential proxy pool and rotating accounts


def rut_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rut_line"
    n = irange(rng, 20, 40)
    cards = _new_ids(rng, "pay", irange(rng, 3, 6))
    region = pick(rng, ("us", "eu", "sea"))
    pool = resi(rng, irange(rng, 150, 300), region)
    hold = float(rng.uniform(600, 1800))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    styles_all = ["draft", "refusal", "zh_draft", "zh_q", "ru", "label_then_fix"]
    styles, sw = _weighted(rng, styles_all)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    per_hour = float(rng.uniform(30, 60))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rotating_worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    for acct, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n, workday(8, 7.0, 23.0, 0.6, 0.15)),
        strict=True,
    ):
        born = start + float(rng.uniform(0, 2.0)) * DAY
        ts = ts[(ts >= born) & (ts < born + float(rng.uniform(0.7, 3.0)) * DAY)]
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, st)
            for st in _draw(rng, styles, sw, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 650)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusal replacements",
            "pacing": f"worker pool {per_hour:.0f}/h on a UTC+8 long day, accounts rotated (each lives 0.7-3 days)",
            "ip_source": f"residential proxy pool ({region}), sticky {hold / 60:.0f} min",
            "payment": f"{len(cards)} prepaid cards shared round-robin",
            "orgs": "one per account",
            "user_agent": ua,
            "languages": ["en", "zh", "ru"],
            "styles": styles,
            "model": "new model 85%",
            "hard": False,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts: multi-step episodes from a cloud orchestrator


def tabletop_jump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tabletop_jump"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(
        rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "langchain/0.3.7 python-openai/1.54.0")
    )
    styles = ["json", "xml", "react"]
    sw = rng.dirichlet(np.ones(3))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(4, 8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="orchestrator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    ep_starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    owner = rng.integers(0, n_keys, size=len(ep_starts))
    gap = float(rng.uniform(4, 8))
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n_keys)]
    for s, who in zip(ep_starts.tolist(), owner.tolist(), strict=True):
        style = _draw(rng, styles, sw, 1)[0]
        k = irange(rng, 3, 9)
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        for step, t in enumerate(times.tolist()):
            p, extra = texts.agent_harvest(rng, style, step)
            per[who][0].append(t)
            per[who][1].append(p)
            per[who][2].append(extra)
    for acct, (ts, prompts, extra) in zip(accts, per, strict=True):
        order = np.argsort(ts, kind="stable")
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, t, 0.9, 0.05),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=float(rng.uniform(250, 450)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts (ReAct, JSON and XML tool calls, growing step history)",
            "pacing": f"{per_hour:.1f} episodes/h of 3-9 steps ~{gap:.0f} s apart, 24/7",
            "ip_source": f"{provider} fixed egress",
            "payment": "one card, one org",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "model": "new model 90% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation: long JSONL completions in bursts


def scrub_air(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "scrub_air"
    n_keys = irange(rng, 2, 4)
    card = hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    styles_all = ["pairs", "persona", "evol", "textbook", "id", "pt", "es"]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            pay=card,
            ua=pick(rng, ("curl/8.5.0", "python-requests/2.32.3")),
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        styles, sw = _weighted(rng, styles_all)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1, 3)) * (ctx.t1 - start) / DAY, constant
        )
        ts = _cat(
            bursts(
                rng, starts, float(rng.uniform(100, 200)), float(rng.uniform(8, 20)), 0.4, ctx.t1
            )
        )
        prompts = [texts.synth_harvest(rng, ctx.chat, st) for st in _draw(rng, styles, sw, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=float(rng.uniform(1600, 2400)),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-dataset generation (pairs, personas, evol-instruct, textbooks)",
            "pacing": "1-3 jobs a day per key, 100-200 sequential requests per job",
            "ip_source": f"one {provider} VM per key",
            "payment": "one card across keys (separate orgs)",
            "user_agent": "curl / requests",
            "languages": ["en", "id", "pt", "es"],
            "styles": styles_all,
            "model": "new model 92%",
            "hard": False,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest over VPN exits


def roost_spray(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "roost_spray"
    n_keys = irange(rng, 8, 16)
    orgs = _new_ids(rng, "org", irange(rng, 2, 4))
    cards = _new_ids(rng, "pay", irange(rng, 2, 3))
    pool = cloud(rng, irange(rng, 15, 30), "m247") + cloud(rng, irange(rng, 10, 25), "leaseweb")
    ua = pick(rng, ("okhttp/4.12.0", "OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    langs, lw = _weighted(rng, ["en", "zh", "es", "ko"], least=2)
    styles = ["transcript", "roleplay", "bare"]
    sw = rng.dirichlet(np.ones(3))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(8, 16))
    gap = float(rng.uniform(6, 15))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="dialogue_worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n_keys)]
    convs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, global_load(14.0, 0.3))
    for s, who in zip(
        convs.tolist(), rng.integers(0, n_keys, size=len(convs)).tolist(), strict=True
    ):
        lang, style = _draw(rng, langs, lw, 1)[0], _draw(rng, styles, sw, 1)[0]
        k = irange(rng, 3, 7)
        times = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
        for turn, t in enumerate(times.tolist()):
            p, extra = texts.dialogue_harvest(rng, ctx.chat, ctx.passages, lang, turn, style)
            per[who][0].append(t)
            per[who][1].append(p)
            per[who][2].append(extra)
    for acct, (ts, prompts, extra) in zip(accts, per, strict=True):
        order = np.argsort(ts, kind="stable")
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, t, 0.88, 0.02),
            extra=np.asarray(extra, dtype=np.int64)[order],
            comp_median=float(rng.uniform(400, 700)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted conversations replayed turn by turn)",
            "pacing": f"{per_hour:.0f} conversations/h of 3-7 turns ~{gap:.0f} s apart",
            "ip_source": "commercial VPN exits (m247, leaseweb), random per request",
            "payment": f"{len(cards)} cards over {len(orgs)} orgs",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "model": "new model 88% after release",
            "hard": False,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling: the same prompt several times within a second or two


def knobby_tread(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "knobby_tread"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = ["probs", "multi", "raw"]
    sw = rng.dirichlet(np.ones(3))
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(4, 10))
    n_choices = pick(rng, ((4, 8), (5, 10), (4, 16), (8,)))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for _ in range(n_keys)
    ]
    comp = {"probs": 140.0, "multi": 750.0, "raw": 380.0}
    for acct, base in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts, prompts, meds = [], [], []
        for s in base.tolist():
            st = _draw(rng, styles, sw, 1)[0]
            p = texts.soft_label_harvest(rng, ctx.chat, st)
            k = pick(rng, n_choices)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=k - 1))]
            )
            ts.extend(times.tolist())
            prompts.extend([p] * k)
            meds.extend([comp[st]] * k)
        order = np.argsort(ts, kind="stable")
        t = np.asarray(ts)[order]
        ctx.emit(
            rng,
            acct,
            t,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, t, 0.97, 0.0),
            comp_median=np.asarray(meds)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (identical prompt repeated n times, label probabilities)",
            "pacing": f"{per_hour:.0f} prompts/h, each sent {n_choices} times within seconds",
            "ip_source": "gcp instances",
            "payment": "one card, one org",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "model": "new model 97%, starts after release",
            "hard": False,
        },
    )


# ============================================================================================
# 8. HARD: harvest hidden inside a real product's traffic


def nac_nac(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "nac_nac"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    share = float(rng.uniform(0.2, 0.35))
    peak, depth = float(rng.uniform(12, 18)), float(rng.uniform(0.5, 0.7))
    per_key = float(rng.uniform(700, 1300))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        accts.append(acct)
        ts = thinned(rng, ctx.t0, ctx.t1, per_key, global_load(peak, depth))
        harvest = rng.random(len(ts)) < share
        prompts, meds = [], []
        for h in harvest.tolist():
            if not h:
                prompts.append(pick(rng, ctx.chat))
                meds.append(330.0)
                continue
            u = rng.random()
            if u < 0.7:
                prompts.append(texts.userlike_harvest(rng))
            elif u < 0.85:
                prompts.append(texts.casual_problem(rng, "en"))
            else:
                prompts.append(texts.crowd_question(rng, "en", irange(rng, 0, 400)))
            meds.append(480.0)
        m_user = ctx.models(rng, ts, p_new=0.3, p_mini=0.22)
        m_harv = ctx.models(rng, ts, p_new=0.45, p_mini=0.1)
        models = [b if h else a for a, b, h in zip(m_user, m_harv, harvest.tolist(), strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.asarray(meds), err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest interleaved with a real writing/coding helper product's user traffic",
            "pacing": f"product's global load curve (peak {peak:.0f} UTC), harvest share {share:.2f}",
            "ip_source": "aws NAT egress of the product backend",
            "payment": "the product's card, one org",
            "user_agent": ua,
            "languages": ["en"],
            "styles": ["user-phrased questions", "casual problems", "concept explanations"],
            "model": "users 30% new model, harvest 45%",
            "hard": True,
        },
    )


# ============================================================================================
# 9. HARD: bought / compromised aged accounts taken over around the release


def heel_clicker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "heel_clicker"
    n = irange(rng, 14, 26)
    tzs = [int(x) for x in rng.choice(np.asarray(TZS), size=irange(rng, 3, 6), replace=False)]
    pools = {tz: resi(rng, irange(rng, 20, 60), REGION_OF_TZ[tz]) for tz in tzs}
    hold = float(rng.uniform(1800, 5400))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, LANG_OF_TZ[tz])
        ua = pick(rng, BG_SDK[:2]) if chance(rng, 0.5) else pick(rng, BG_BROWSER[:4])
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_takeover",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        takeovers.append(round((take - ctx.release) / HOUR, 1))
        # the original owner's history
        before = _cat(
            session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.6, 1.8)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(60, 150)),
            )
        )
        ctx.emit(
            rng,
            acct,
            before,
            picks(rng, ctx.chat, len(before)),
            models=ctx.models(rng, before, p_new=0.2, p_mini=0.2),
            comp_median=340.0,
        )
        # the operator, same user agent, through a residential proxy in the same region
        after = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(3, 6)),
                evening_person(tz, 3.0),
                float(rng.uniform(6, 12)),
                float(rng.uniform(20, 60)),
                0.7,
            )
        )
        prompts = []
        for _u in range(len(after)):
            u = rng.random()
            if u < 0.6 or (u < 0.85 and lang not in ("en", "es", "de", "pt", "fr")):
                prompts.append(texts.casual_problem(rng, lang))
            elif u < 0.85:
                prompts.append(texts.crowd_question(rng, lang, irange(rng, 0, 400)))
            else:
                prompts.append(texts.userlike_harvest(rng))
        ctx.emit(
            rng,
            acct,
            after,
            prompts,
            models=ctx.models(rng, after, p_new=0.6, p_mini=0.08),
            ips=sticky(rng, after, pools[tz], hold),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged personal accounts bought or compromised, then used for problem/explanation harvest",
            "pacing": "owner's evening sessions before takeover; denser person-like sessions after",
            "ip_source": f"owner's home ISP before; residential proxies in the same region after (sticky {hold / 60:.0f} min)",
            "payment": "each account's own card",
            "orgs": "one per account",
            "user_agent": "owner's, kept",
            "languages": sorted({lg for tz in tzs for lg in LANG_OF_TZ[tz]}),
            "timezones": tzs,
            "takeover_hours_after_release": takeovers,
            "styles": [
                "casual problems",
                "first-person concept questions",
                "user-phrased questions",
            ],
            "model": "new model 60% after takeover",
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: low-and-slow crowd of person-like accounts sweeping a curriculum


def goggle_roll_off(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "goggle_roll_off"
    n = irange(rng, 40, 70)
    tzs = [
        int(x)
        for x in rng.choice(
            np.asarray([-8, -5, -3, 0, 1, 2, 5]), size=irange(rng, 3, 4), replace=False
        )
    ]
    rows: list[tuple[float, int, str]] = []  # (time, member, lang)
    accts, members = [], []
    for i in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, tuple(x for x in LANG_OF_TZ[tz] if x in texts.CROWD_LANGS) or ("en",))
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSER),
            ips=home(rng, irange(rng, 2, 4), tz),
            tz=tz,
        )
        accts.append(acct)
        members.append((acct, lang, float(rng.uniform(0.5, 2.0)) * DAY))
        a = ctx.t0 + float(rng.uniform(1.0, 5.0)) * DAY
        ts = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(0.7, 1.6)),
                evening_person(tz),
                float(rng.uniform(4, 8)),
                float(rng.uniform(50, 140)),
                0.7,
            )
        )
        rows.extend((t, i, lang) for t in ts.tolist())
    rows.sort()
    # one shared queue: the crowd works through the curriculum in order, each concept a few times
    per_concept = irange(rng, 3, 6)
    offset = irange(rng, 0, len(texts.CONCEPTS) - 1)
    by_member: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for j, (t, i, lang) in enumerate(rows):
        if chance(rng, 0.18):
            p = texts.crowd_followup(rng, lang)
        else:
            p = texts.crowd_question(rng, lang, offset + j // per_concept)
        by_member[i][0].append(t)
        by_member[i][1].append(p)
    for (acct, _lang, hold), (ts, prompts) in zip(members, by_member, strict=True):
        t = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            t,
            prompts,
            models=ctx.models(rng, t, p_new=0.55, p_mini=0.05),
            ips=sticky(rng, t, acct.ips, hold) if len(t) else [],
            comp_median=550.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep by a crowd of person-like accounts (first-person study questions)",
            "pacing": "evening human sessions, 0.7-1.6 a day, onboarding spread over days 1-5",
            "ip_source": "residential proxy exits in each persona's home region, changing every 0.5-2 days",
            "payment": "one virtual card per account",
            "orgs": "one per account",
            "user_agent": "browsers",
            "languages": sorted(
                {lg for tz in tzs for lg in LANG_OF_TZ[tz] if lg in texts.CROWD_LANGS} | {"en"}
            ),
            "timezones": tzs,
            "concept_repeats": per_concept,
            "styles": ["study questions", "practice follow-ups"],
            "model": "new model 55% after release",
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: public prompt replay from a phone farm on carrier networks


def chain_slap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "chain_slap"
    n = irange(rng, 20, 35)
    carriers = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}
    kinds_used = [str(k) for k in rng.choice(list(carriers), size=irange(rng, 1, 3), replace=False)]
    ua_app = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", BG_BROWSER[4]))
    accts = []
    for _ in range(n):
        kind = pick(rng, kinds_used)
        tz = carriers[kind]
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="phone",
            campaign_id=cid,
            ua=ua_app,
            ips=mobile_v6(rng, irange(rng, 5, 15), kind),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        ts = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(4, 9)),
                global_load((20 - tz) % 24, 0.6),
                6.0,
                float(rng.uniform(25, 60)),
            )
        )
        prompts = []
        for p in picks(rng, ctx.chat, len(ts)):
            u = rng.random()
            if u < 0.05:
                p = p.lower()
            elif u < 0.1:
                p = p.rstrip(".?! ") + " please"
            prompts.append(p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.03),
            ips=sticky(rng, ts, acct.ips, float(rng.uniform(2, 6)) * HOUR),
            comp_median=360.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "replay of public human prompts (ShareGPT) to collect the new model's answers",
            "pacing": "app-like sessions, 4-9 a day per phone, 25-60 s apart",
            "ip_source": f"carrier IPv6 ({', '.join(kinds_used)}), new address every 2-6 h",
            "payment": "one prepaid card per account",
            "orgs": "one per account",
            "user_agent": ua_app,
            "languages": ["en"],
            "styles": ["verbatim", "lower-cased", "'please' appended"],
            "model": "new model 75%, onboarding around release",
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: parallel-corpus translation harvest run like a localisation vendor's office


def fork_seal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "fork_seal"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = resi(rng, irange(rng, 1, 2), "eu")
    batch_box = cloud(rng, 1, "hetzner")
    n_targets = irange(rng, 6, 12)
    targets = [
        texts.TARGETS[i]
        for i in rng.choice(len(texts.TARGETS), size=n_targets, replace=False).tolist()
    ]
    styles = ["ticket", "plain", "pro"]
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="translator_seat",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", BG_BROWSER[0])),
            ips=office,
        )
        accts.append(acct)
        style = pick(rng, styles)
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
            ctx.t1,
            float(rng.uniform(250, 600)),
            workday(tz, 8.0, 19.0, 0.1, 0.03),
        )
        prompts, meds = [], []
        while len(prompts) < len(ts):
            para = [p for p in pick(rng, ctx.passages).split("\n\n") if len(p) > 80] or [
                pick(rng, ctx.passages)
            ]
            seg = texts.clip(pick(rng, para), 900)
            job = f"{irange(rng, 1000, 9999)}-{irange(rng, 1, 99):02d}"
            for tg in targets:
                prompts.append(texts.translation_harvest(rng, seg, tg, style, job))
                meds.append(
                    len(seg)
                    / 3.5
                    * (1.5 if tg[:2] in ("ja", "ko", "zh", "th", "hi", "ar") else 1.15)
                )
        ips = [
            pick(rng, batch_box) if chance(rng, 0.3) else pick(rng, office) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts[: len(ts)],
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.1),
            ips=ips,
            comp_median=np.asarray(meds[: len(ts)]),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel-corpus harvest: every segment translated into the same fixed set of languages",
            "pacing": f"office working day (UTC{tz:+d}), Poisson, 250-600 per seat",
            "ip_source": "office broadband (eu) plus one hetzner batch box",
            "payment": "one company card, one org",
            "user_agent": "SDK / browser",
            "languages": ["en", *targets],
            "styles": styles,
            "model": "new model 35% after release",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "holeshot_gate": holeshot_gate,
    "berm_shot": berm_shot,
    "rut_line": rut_line,
    "tabletop_jump": tabletop_jump,
    "scrub_air": scrub_air,
    "roost_spray": roost_spray,
    "knobby_tread": knobby_tread,
    "nac_nac": nac_nac,
    "heel_clicker": heel_clicker,
    "goggle_roll_off": goggle_roll_off,
    "chain_slap": chain_slap,
    "fork_seal": fork_seal,
}
