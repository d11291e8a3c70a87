"""Campaign families of blind batch 77 (code names from sabre fencing).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every volume,
rate and mix is drawn per seed; see README.md for the ranges.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind77 import texts as tx

Rng = np.random.Generator


def _lang_weights(rng: Rng, base: dict[str, float]) -> dict[str, float]:
    """Per-seed language mix around `base` (Dirichlet-jittered)."""
    keys = list(base)
    w = rng.dirichlet(np.asarray([base[k] for k in keys]) * 20.0)
    return {k: float(v) for k, v in zip(keys, w, strict=True)}


def _outages(rng: Rng, a: float, b: float, n: int, lo_h: float, hi_h: float) -> bb.Curve:
    """A constant curve with `n` dead intervals (crashed workers, rotated keys)."""
    gaps = []
    for _ in range(n):
        s = float(rng.uniform(a, b))
        gaps.append((s, s + float(rng.uniform(lo_h, hi_h)) * HOUR))

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.ones(len(ts))
        for s, e in gaps:
            w[(ts >= s) & (ts < e)] = 0.0
        return w
    return f


def _mix_ips(rng: Rng, ts: np.ndarray, block: list[str], resi_pool: list[str] | None, p_resi: float,
             hold: float) -> list[str]:
    if not resi_pool or p_resi <= 0:
        return bb.picks(rng, block, len(ts))
    via = bb.sticky(rng, ts, resi_pool, hold)
    own = bb.picks(rng, block, len(ts))
    use = rng.random(len(ts)) < p_resi
    return [v if u else o for v, o, u in zip(via, own, use.tolist(), strict=True)]


# --------------------------------------------------------------------------------------------


def moulinet(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion through Poisson worker pools of several shell orgs."""
    fam = "moulinet"
    n_orgs = irange(rng, 2, 4)
    langs = _lang_weights(rng, {"en": 0.45, "zh": 0.25, "ru": 0.1, "es": 0.12, "de": 0.08})
    post_rate = float(rng.uniform(220, 520))
    pre_rate = float(rng.uniform(12, 45))
    warm = ctx.t0 + float(rng.uniform(0.3, 2.0)) * DAY
    p_new = float(rng.uniform(0.92, 0.99))
    comp = float(rng.uniform(1300, 2400))
    err = float(rng.uniform(0.02, 0.07))
    share = rng.dirichlet(np.ones(n_orgs) * 3.0)
    outage = _outages(rng, ctx.release, ctx.t1, irange(rng, 1, 3), 1.0, 4.0)
    accts, org_params = [], []
    for o in range(n_orgs):
        org = hexid(rng, "org")
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
        provider = pick(rng, ("hetzner", "ovh", "vultr", "contabo", "digitalocean", "m247", "leaseweb"))
        block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 10))
        p_resi = float(rng.uniform(0.3, 0.6)) if chance(rng, 0.5) else 0.0
        resi_pool = bb.resi(rng, irange(rng, 150, 500)) if p_resi else None
        hold = float(rng.uniform(60, 600))
        ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "python-httpx/0.28.1", "aiohttp/3.11.11"))
        voices = rng.choice(7, size=irange(rng, 2, 4), replace=False).tolist()
        n_keys = irange(rng, 4, 11)
        keys = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org,
                            pay=pick(rng, cards), ua=ua, ips=block) for _ in range(n_keys)]
        accts += keys
        # a second wave of keys only joins at the release
        n_pre = max(1, int(round(n_keys * float(rng.uniform(0.4, 0.8)))))
        streams = [np.empty(0)] * n_keys
        pre = bb.worker_pool(rng, warm, ctx.release, pre_rate * share[o], n_pre)
        post = bb.worker_pool(rng, ctx.release + float(rng.uniform(0.2, 3.0)) * HOUR, ctx.t1,
                              post_rate * share[o], n_keys, outage)
        for i in range(n_keys):
            streams[i] = np.sort(np.concatenate([pre[i] if i < n_pre else np.empty(0), post[i]]))
        for acct, ts in zip(keys, streams, strict=True):
            prompts = [tx.reasoning(rng, tx.wpick(rng, langs), voices) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02),
                     ips=_mix_ips(rng, ts, block, resi_pool, p_resi, hold), comp_median=comp, comp_sigma=0.5,
                     err=err, extra=irange(rng, 0, 60))
        org_params.append({"provider": provider, "keys": n_keys, "cards": len(cards), "resi_share": round(p_resi, 2),
                           "ua": ua, "voices": voices})
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion (CoT tags, numbered derivations, JSON step lists)",
        "pacing": f"Poisson worker pools, {pre_rate:.0f}/h before release (old flagship), {post_rate:.0f}/h after, outages",
        "languages": {k: round(v, 2) for k, v in langs.items()}, "orgs": org_params,
        "p_new": round(p_new, 3), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------

_TZ_LANG = {-8: ("en",), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("de", "fr", "en"), 2: ("de", "en"),
            3: ("ru",), 5: ("en",), 8: ("zh",), 9: ("ja",)}


def derobement(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low-and-slow: many aged, human-looking accounts behind region-matched residential proxies,
    expert questions with follow-ups mixed into ordinary chat."""
    fam = "derobement"
    n = irange(rng, 38, 64)
    n_cards = max(1, int(n * float(rng.uniform(0.75, 0.95))))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tz_w = rng.dirichlet(np.ones(len(bb.TZS)))
    per_day = float(rng.uniform(1.2, 3.5))
    pre_mult = float(rng.uniform(0.2, 0.6))
    p_chat = float(rng.uniform(0.3, 0.55))
    p_new = float(rng.uniform(0.55, 0.85))
    comp_h = float(rng.uniform(550, 900))
    accts = []
    for i in range(n):
        tz = int(bb.TZS[int(rng.choice(len(bb.TZS), p=tz_w))])
        lang = pick(rng, _TZ_LANG[tz])
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE)
        pool = bb.home(rng, irange(rng, 20, 60), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="sleeper", campaign_id=cid,
                           pay=cards[i] if i < n_cards else pick(rng, cards), ua=ua, ips=pool, tz=tz)
        accts.append(acct)
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        pd = per_day * float(rng.uniform(0.6, 1.5))
        size, gap = float(rng.uniform(4, 11)), float(rng.uniform(40, 140))
        sessions = []
        if start < ctx.release:
            sessions += bb.session_times(rng, start, ctx.release, pd * pre_mult, curve, size, gap, 0.7)
        sessions += bb.session_times(rng, max(start, ctx.release), ctx.t1, pd, curve, size, gap, 0.7)
        hold = float(rng.uniform(900, 3600))
        for s in sessions:
            if len(s) == 0:
                continue
            harvest = not chance(rng, p_chat)
            if harvest:
                prompts = [tx.expert_question(rng, lang)] + [
                    tx.followup(rng, lang) if chance(rng, 0.45) else tx.expert_question(rng, lang)
                    for _ in range(len(s) - 1)]
                med = comp_h
            else:
                prompts = bb.picks(rng, ctx.chat, len(s))
                med = 320.0
            ctx.emit(rng, acct, s, prompts, models=ctx.models(rng, s, p_new, 0.08), ips=bb.sticky(rng, s, pool, hold),
                     comp_median=med, comp_sigma=0.6, err=0.004)
    ctx.campaign(cid, fam, accts, {
        "operation": "expert-domain Q&A harvest with follow-ups, hidden among ordinary chat",
        "pacing": f"human sessions, ~{per_day:.1f}/day per account (x{pre_mult:.2f} before release)",
        "ip_source": "residential proxies matching the persona's time zone (sticky 15-60 min)",
        "accounts": n, "cards": n_cards, "p_chat_sessions": round(p_chat, 2), "p_new": round(p_new, 2),
        "completion_median": round(comp_h)})


# --------------------------------------------------------------------------------------------


def contretemps(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reward-model data: batch jobs of grading / pairwise preference / critique prompts."""
    fam = "contretemps"
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay")] + ([hexid(rng, "pay")] if chance(rng, 0.3) else [])
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2"))
    tz = int(pick(rng, (-8, -5, 1, 2)))
    n_keys = irange(rng, 5, 10)
    keys = [ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=cid, org=org,
                        pay=pick(rng, cards), ua=ua, ips=bb.cloud(rng, irange(rng, 1, 3), provider), tz=tz)
            for _ in range(n_keys)]
    style_w = rng.dirichlet(np.ones(7) * 0.8)
    comp_by_style = (170.0, 330.0, 220.0, 850.0, 300.0, 320.0, 260.0)
    start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
    night, day = bb.nightly(1.0, 6.0, tz), bb.workday(tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), day(ts))

    pre_jobs, post_jobs = float(rng.uniform(2, 5)), float(rng.uniform(5, 12))
    job_size, gap = float(rng.uniform(120, 420)), float(rng.uniform(0.5, 2.5))
    p_new = float(rng.uniform(0.85, 0.97))
    starts = np.concatenate([bb.thinned(rng, start, ctx.release, pre_jobs * (ctx.release - start) / DAY, curve),
                             bb.thinned(rng, ctx.release, ctx.t1, post_jobs * (ctx.t1 - ctx.release) / DAY, curve)])
    for ts in bb.bursts(rng, starts, job_size, gap, 0.6):
        acct = pick(rng, keys)
        style = int(rng.choice(7, p=style_w))
        prompts = [tx.grading(rng, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages),
                              style if chance(rng, 0.85) else None) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp_by_style[style],
                 comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, keys, {
        "operation": "reward-model / preference data: scores, pairwise verdicts, critiques, step labels",
        "pacing": f"batch jobs (~{job_size:.0f} requests, {gap:.1f} s apart), {pre_jobs:.1f}/day before release, "
                  f"{post_jobs:.1f}/day after, nights and office hours in UTC{tz:+d}",
        "ip_source": f"{provider} NAT gateways", "keys": n_keys, "cards": len(cards), "user_agent": ua,
        "style_weights": [round(float(w), 2) for w in style_w], "p_new": round(p_new, 2)})


# --------------------------------------------------------------------------------------------

_AGENT_UAS = ("agentloop/0.9.3 python-httpx/0.28.1", "langgraph/0.2.60 langchain-openai/0.3.6",
              "openai-agents/0.0.7 OpenAI/Python 1.63.2", "crewai/0.95.0 litellm/1.60.2",
              "smolagents/1.8.0 OpenAI/Python 1.58.1", "autogen-ext/0.4.3 OpenAI/Python 1.60.0")


def septime(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent trajectories: tool-use episodes of many steps with growing context, from several orgs."""
    fam = "septime"
    n_orgs = irange(rng, 3, 6)
    shared_card = hexid(rng, "pay") if chance(rng, 0.5) else None
    gap = float(rng.uniform(3, 9))
    p_new = float(rng.uniform(0.93, 0.99))
    comp_mid, comp_final = float(rng.uniform(180, 380)), float(rng.uniform(700, 1300))
    accts, org_params = [], []
    for o in range(n_orgs):
        org = hexid(rng, "org")
        card = shared_card if (shared_card and o < 2) else hexid(rng, "pay")
        provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
        ips = bb.cloud(rng, irange(rng, 2, 6), provider)
        ua = pick(rng, _AGENT_UAS)
        n_keys = irange(rng, 2, 4)
        keys = [ctx.account(rng, label="campaign", family=fam, role="agent-runner", campaign_id=cid, org=org,
                            pay=card, ua=ua, ips=ips) for _ in range(n_keys)]
        accts += keys
        rate = float(rng.uniform(3, 8))
        curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.4)
        pre = bb.worker_pool(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(0.3, 1.2)), n_keys) \
            if chance(rng, 0.5) else [np.empty(0)] * n_keys
        post = bb.worker_pool(rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, rate, n_keys, curve)
        base = irange(rng, 1500, 4000)
        grow = float(rng.uniform(350, 900))
        for acct, a, b in zip(keys, pre, post, strict=True):
            for s in np.concatenate([a, b]).tolist():
                ep = tx.agent_episode(rng)
                k = min(30, 3 + int(rng.negative_binomial(2, 2 / (2 + 7.0))))
                ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
                prompts = [tx.agent_step(rng, ep, i, i == k - 1) for i in range(k)]
                med = np.full(k, comp_mid)
                med[-1] = comp_final
                model = ctx.models(rng, ts[:1], p_new, 0.0)[0]
                ctx.emit(rng, acct, ts, prompts, models=[model] * k, comp_median=med, comp_sigma=0.55, err=0.01,
                         extra=(base + grow * np.arange(k)).astype(np.int64))
        org_params.append({"provider": provider, "keys": n_keys, "ua": ua, "episodes_per_hour": round(rate, 1)})
    ctx.campaign(cid, fam, accts, {
        "operation": "agent / tool-use trajectory harvest (ReAct, XML tools, JSON schemas)",
        "pacing": f"episodes from worker pools, steps ~{gap:.1f} s apart, context growing per step",
        "orgs": org_params, "shared_card": bool(shared_card), "p_new": round(p_new, 2)})


# --------------------------------------------------------------------------------------------


def cutover(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A hydra of fresh trial keys after the release, each burnt within hours, generating datasets."""
    fam = "cutover"
    n = irange(rng, 45, 90)
    first = ctx.release + float(rng.uniform(0, 8)) * HOUR
    waves = np.sort(rng.uniform(first, ctx.t1 - 3 * HOUR, size=irange(rng, 3, 7)))
    shared = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    p_shared = float(rng.uniform(0.35, 0.6))
    langs = _lang_weights(rng, {"en": 0.5, "zh": 0.2, "pt": 0.1, "es": 0.1, "ru": 0.05, "hi": 0.05})
    comp = float(rng.uniform(1500, 2600))
    p_ban = float(rng.uniform(0.2, 0.45))
    accts = []
    for _ in range(n):
        born = float(pick(rng, waves)) + float(rng.exponential(40 * MINUTE))
        life = float(rng.uniform(1.5, 10)) * HOUR
        rate = float(rng.uniform(12, 50))
        if chance(rng, 0.7):
            kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
            pool = bb.mobile_v6(rng, irange(rng, 8, 30), kind)
        else:
            pool = bb.resi(rng, irange(rng, 8, 30), pick(rng, bb.regions()))
        ua = pick(rng, bb.SDK_COMMON + bb.SDK_OTHER)
        acct = ctx.account(rng, label="campaign", family=fam, role="burner", campaign_id=cid,
                           pay=pick(rng, shared) if chance(rng, p_shared) else None, ua=ua, ips=pool)
        accts.append(acct)
        ts = bb.thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, bb.constant)
        if len(ts) == 0:
            ts = np.asarray([born])
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        if chance(rng, p_ban):
            status[-irange(rng, 1, min(5, len(ts))):] = 401
        lang = tx.wpick(rng, langs)
        prompts = [tx.datagen(rng, lang if chance(rng, 0.8) else "en", ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0),
                 ips=bb.sticky(rng, ts, pool, float(rng.uniform(300, 900))), comp_median=comp, comp_sigma=0.45,
                 status=status)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic dataset generation (JSONL pairs, dialogues, exams, evol-instruct on public prompts)",
        "pacing": f"{len(waves)} sign-up waves after release; each key lives 1.5-10 h at 12-50 req/h",
        "ip_source": "mobile IPv6 / residential proxies", "accounts": n, "shared_cards": len(shared),
        "p_shared_card": round(p_shared, 2), "p_banned": round(p_ban, 2),
        "languages": {k: round(v, 2) for k, v in langs.items()}, "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------


def feint(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A 'translation API' reseller: rewrites, paraphrases, back-translation and sanitised rewrites."""
    fam = "feint"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    block = bb.rented_block(rng, provider, 1, irange(rng, 4, 10))
    ua = pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "okhttp/4.12.0"))
    n_keys = irange(rng, 3, 6)
    keys = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid, org=org, pay=card,
                        ua=ua, ips=block, tz=8) for _ in range(n_keys)]
    curve = bb.global_load(float(rng.uniform(2, 9)), float(rng.uniform(0.3, 0.6)))
    rate = float(rng.uniform(70, 150))
    pre_frac = float(rng.uniform(0.3, 0.6))
    p_new, p_mini = float(rng.uniform(0.65, 0.85)), float(rng.uniform(0.1, 0.3))
    p_passage = float(rng.uniform(0.55, 0.75))
    comp = float(rng.uniform(420, 800))
    pre = bb.worker_pool(rng, ctx.t0, ctx.release, rate * pre_frac, n_keys, curve)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, rate, n_keys, curve)
    for acct, a, b in zip(keys, pre, post, strict=True):
        ts = np.concatenate([a, b])
        prompts = [tx.rewrite(rng, pick(rng, ctx.passages) if chance(rng, p_passage) else pick(rng, ctx.chat))
                   for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), comp_median=comp,
                 comp_sigma=0.55, err=0.01)
    ctx.campaign(cid, fam, keys, {
        "operation": "translation / paraphrase / back-translation / sanitised rewrites of public text",
        "pacing": f"worker pool, {rate:.0f}/h after release ({pre_frac:.2f}x before), Asian-daytime peak",
        "ip_source": f"{provider} block", "keys": n_keys, "user_agent": ua, "p_new": round(p_new, 2),
        "p_mini": round(p_mini, 2), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------


def tierce(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n / soft-label sampling: each public prompt sent n times within seconds."""
    fam = "tierce"
    tz = int(pick(rng, (8, 3, 2, 9)))
    base_n = irange(rng, 4, 12)
    rate = float(rng.uniform(25, 60))
    gap = float(rng.uniform(0.2, 1.2))
    p_math = float(rng.uniform(0.12, 0.3))
    p_new = float(rng.uniform(0.9, 0.98))
    comp_chat, comp_math = float(rng.uniform(320, 480)), float(rng.uniform(600, 900))
    curve = bb.workday(tz, weekend=0.5, night=0.2)
    accts, orgs = [], []
    for _ in range(2):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("oracle", "azure", "gcp"))
        block = bb.rented_block(rng, provider, 1, irange(rng, 2, 6))
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.6) else "AsyncOpenAI/Python 1.60.0"
        n_keys = irange(rng, 3, 8)
        keys = [ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid, org=org, pay=card,
                            ua=ua, ips=block, tz=tz) for _ in range(n_keys)]
        accts += keys
        orgs.append({"provider": provider, "keys": n_keys, "ua": ua})
        items = bb.worker_pool(rng, ctx.release + float(rng.uniform(0, 12)) * HOUR, ctx.t1, rate / 2, n_keys, curve)
        for acct, starts in zip(keys, items, strict=True):
            for s in starts.tolist():
                k = max(2, base_n + irange(rng, -2, 2))
                ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=k - 1))])
                math = chance(rng, p_math)
                p = (tx.eval_item(rng, "math") if math else pick(rng, ctx.chat))
                model = ctx.models(rng, ts[:1], p_new, 0.0)[0]
                ctx.emit(rng, acct, ts, [p] * k, models=[model] * k, comp_median=comp_math if math else comp_chat,
                         comp_sigma=0.5, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "best-of-n / soft-label sampling of public prompts (plus rejection-sampled maths)",
        "pacing": f"{rate:.0f} items/h, each repeated ~{base_n}x, {gap:.2f} s apart, office hours UTC{tz:+d}",
        "orgs": orgs, "p_math": round(p_math, 2), "p_new": round(p_new, 2)})


# --------------------------------------------------------------------------------------------


def touche(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A free-chat website whose real users' traffic hides the operator's own curriculum chains."""
    fam = "touche"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "linode", "vultr", "hetzner"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    n_keys = irange(rng, 2, 4)
    keys = [ctx.account(rng, label="campaign", family=fam, role="front", campaign_id=cid, org=org, pay=card,
                        ua="OpenAI/NodeJS 4.67.1", ips=ips) for _ in range(n_keys)]
    users = bb.global_load(float(rng.uniform(14, 20)), float(rng.uniform(0.3, 0.6)))
    u_rate = float(rng.uniform(30, 70))
    u_new = float(rng.uniform(0.4, 0.7))
    ts_u = bb.thinned(rng, ctx.t0, ctx.t1, u_rate * (ctx.t1 - ctx.t0) / HOUR, users)
    who = rng.integers(0, n_keys, size=len(ts_u))
    for i, acct in enumerate(keys):
        ts = ts_u[who == i]
        prompts = [tx.curriculum_open(rng) if chance(rng, 0.05) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, u_new, 0.1), comp_median=300.0, comp_sigma=0.7,
                 err=0.01)

    def quiet(ts: np.ndarray) -> np.ndarray:
        return 1.0 - 0.7 * users(ts)

    h_rate = float(rng.uniform(8, 20))
    turns_lo, turns_hi = 3, irange(rng, 6, 9)
    gap = float(rng.uniform(20, 60))
    comp = float(rng.uniform(900, 1500))
    grow = float(rng.uniform(600, 1200))
    starts = bb.thinned(rng, ctx.release + float(rng.uniform(0, 12)) * HOUR, ctx.t1,
                        h_rate * (ctx.t1 - ctx.release) / HOUR, quiet)
    for s in starts.tolist():
        acct = pick(rng, keys)
        k = irange(rng, turns_lo, turns_hi)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        prompts = [tx.curriculum_open(rng)] + [tx.curriculum_follow(rng) for _ in range(k - 1)]
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.98, 0.0), comp_median=comp, comp_sigma=0.45,
                 err=0.01, extra=(grow * np.arange(k)).astype(np.int64))
    ctx.campaign(cid, fam, keys, {
        "operation": "free-chat front: real users' chat plus the operator's multi-turn curriculum chains",
        "pacing": f"users {u_rate:.0f}/h (global load); harvest {h_rate:.0f} chains/h of {turns_lo}-{turns_hi} turns, "
                  f"{gap:.0f} s apart, heavier when users are quiet",
        "ip_source": f"{provider} backend", "keys": n_keys, "p_new_users": round(u_new, 2),
        "completion_median_harvest": round(comp)})


CAMPAIGN_FAMILIES = {
    "moulinet": moulinet,
    "derobement": derobement,
    "contretemps": contretemps,
    "septime": septime,
    "cutover": cutover,
    "feint": feint,
    "tierce": tierce,
    "touche": touche,
}
