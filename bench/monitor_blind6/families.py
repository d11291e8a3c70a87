"""Campaign families of blind batch 6: distillation operations that harvest the target model's
outputs for training another model. Each is `f(ctx, rng, campaign_id)`; every parameter is drawn
from `rng` and recorded in the truth's `params`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    pick,
    picks,
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind6 import texts

LABEL = "campaign"


def _outages(rng: np.random.Generator, t0: float, t1: float, k: int) -> Callable[[np.ndarray], np.ndarray]:
    """A flat rate with k random pauses of 2-10 h (the operator's pipeline is down or re-tooled)."""
    starts = rng.uniform(t0, t1, size=k)
    ends = starts + rng.uniform(2, 10, size=k) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        off = np.zeros(len(ts), dtype=bool)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            off |= (ts >= s) & (ts < e)
        return np.where(off, 0.0, 1.0)
    return f


def _styles(rng: np.random.Generator, n_styles: int, lo: int) -> list[int]:
    return sorted(rng.choice(n_styles, irange(rng, lo, n_styles), replace=False).tolist())


# --------------------------------------------------------------------------------------------


def agent_trajectory_farm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent transcripts: the operator makes the model write whole simulated agent
    sessions (thoughts, tool calls, observations) to train an agent model. A Poisson job queue
    on rented cloud hosts, several front orgs each with its own card."""
    fam = "agent_trajectory_farm"
    n, n_orgs = irange(rng, 25, 50), irange(rng, 3, 8)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provs = [pick(rng, providers()) for _ in range(irange(rng, 1, 2))]
    block = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 1, 3), 10)]
    uas = [sdk_ua(rng, 0.2) for _ in range(irange(rng, 1, 2))]
    styles = _styles(rng, 4, 2)
    per_hour = float(rng.uniform(40, 110))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    n_out = irange(rng, 0, 4)
    accts = []
    for _ in range(n):
        org, pay = orgs[int(rng.integers(n_orgs))]
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="worker", campaign_id=cid, org=org, pay=pay,
                                 ua=pick(rng, uas), ips=picks(rng, block, irange(rng, 1, 3))))
    topic_list = texts.topics(ctx.chat)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, _outages(rng, start, ctx.t1, n_out)),
                        strict=True):
        prompts, extra = [], []
        for _ in range(len(ts)):
            s = pick(rng, styles)
            task = texts.agent_task(rng, topic_list)
            if s == 0:
                p = (f"Tools available:\n{texts.tool_block(rng, 0)}\n\nTask: {task}\n\nUse the format Thought / "
                     f"Action / Action Input / Observation, repeating as needed, and end with Final Answer. "
                     f"Write the observations yourself, realistically.")
            elif s == 1:
                p = (f"You have access to the following functions: {texts.tool_block(rng, 1)}\nUser request: {task}\n"
                     f"Respond with the complete sequence of function calls (JSON), the results they would "
                     f"return, and your reasoning between calls.")
            elif s == 2:
                p = (f"Simulate a complete, successful agent session that accomplishes this: {task}. Include "
                     f"every tool call, its output, and a short reflection after each step.")
            else:
                p = f"plan + execute w/ tools, show all steps & tool io: {task}"
            prompts.append(p)
            extra.append(irange(rng, 250, 900) if s < 2 else irange(rng, 0, 60))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=1100, comp_sigma=0.5,
                 err=0.03, extra=np.asarray(extra))
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_orgs, "providers": provs, "styles": styles,
                                   "per_hour": round(per_hour, 1), "start": start, "outages": n_out})


def preference_pair_miner(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Preference / reward-model data: real user prompts wrapped to get a chosen and a rejected
    answer, or a rubric score plus an improved rewrite. A hydra of separate accounts (own org,
    own card, browser-like agent) behind sticky residential proxies, human-ish sessions."""
    fam = "preference_pair_miner"
    n = irange(rng, 15, 35)
    regions_used = sorted(rng.choice(["us", "eu", "latam", "sea", "in"], irange(rng, 1, 3), replace=False).tolist())
    pool = [ip for r in regions_used for ip in resi(rng, irange(rng, 80, 200), r)]
    hold = float(rng.uniform(10, 30)) * MINUTE
    op_tz = pick(rng, TZS)
    styles = _styles(rng, 4, 2)
    p_raw = float(rng.uniform(0.05, 0.25))
    accts = []
    for _ in range(n):
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng)
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="hydra", campaign_id=cid, ua=ua, ips=pool[:1]))
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(2, 6)), evening_person(op_tz, 3.5),
                             float(rng.uniform(10, 25)), float(rng.uniform(25, 70)))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts, comp = [], []
        for _ in range(len(ts)):
            q = texts.snippet(rng, ctx.chat, 40, 700)
            if chance(rng, p_raw):
                prompts.append(q)
                comp.append(350)
                continue
            s = pick(rng, styles)
            if s == 0:
                p = (f"Give two different responses to the following prompt, labelled Response A and Response B: "
                     f"one excellent, one subtly flawed (but plausible). Do not say which is which.\n\n{q}")
            elif s == 1:
                p = f"{q}\n\n---\nReturn JSON {{\"chosen\": <best possible answer>, \"rejected\": <worse answer>}}."
            elif s == 2:
                p = (f"Answer the request below twice: first as a careful expert, then as a hurried novice. Then "
                     f"explain which answer is better and why.\n\n{q}")
            else:
                a = texts.snippet(rng, ctx.passages, 300, 1200)
                p = (f"Prompt: {q}\nCandidate answer: {a}\n\nScore the answer 1-10 on helpfulness, honesty and "
                     f"harmlessness with a one-line justification each, then rewrite it so it would score 10.")
            prompts.append(p)
            comp.append(950 if s != 3 else 700)
        ips = sticky(rng, ts, pool, hold)
        ctx.emit(rng, acct, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new=0.85), comp_median=np.asarray(comp),
                 comp_sigma=0.45)
    ctx.campaign(cid, fam, accts, {"accounts": n, "regions": regions_used, "proxy_pool": len(pool),
                                   "sticky_min": round(hold / MINUTE, 1), "operator_tz": op_tz, "styles": styles,
                                   "p_raw": round(p_raw, 3)})


def multilingual_sft_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Instruction-tuning data in several languages for a regional model: each account works one
    language in that language's office hours, behind rotating residential addresses of the
    matching region; a few front orgs, a card shared by each group of about five accounts."""
    fam = "multilingual_sft_harvest"
    langs = sorted(rng.choice(sorted(texts.LANGS), irange(rng, 3, 6), replace=False).tolist())
    n, n_orgs = irange(rng, 15, 35), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(max(1, n // 5))]
    ua = sdk_ua(rng, 0.6)
    per_acct = float(rng.uniform(120, 350))
    p_native_topic = float(rng.uniform(0.3, 0.8))
    topic_list = texts.topics(ctx.chat)
    accts, lang_of = [], []
    for i in range(n):
        lang = langs[i % len(langs)]
        region, _tz, _ = texts.LANGS[lang]
        accts.append(ctx.account(rng, label=LABEL, family=fam, role=f"worker_{lang}", campaign_id=cid,
                                 org=orgs[i % n_orgs], pay=pays[i % len(pays)], ua=ua,
                                 ips=resi(rng, irange(rng, 15, 60), region)))
        lang_of.append(lang)
    for acct, lang in zip(accts, lang_of, strict=True):
        _region, tz, tmpls = texts.LANGS[lang]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = thinned(rng, start, ctx.t1, per_acct * (ctx.t1 - start) / (ctx.t1 - ctx.t0), workday(tz, 9.0, 18.5, 0.15))
        prompts = []
        for _ in range(len(ts)):
            t = texts.subject(rng) if chance(rng, p_native_topic) else pick(rng, topic_list)
            prompts.append(pick(rng, tmpls).format(t=t))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.7), comp_median=750, comp_sigma=0.4,
                 err=0.015)
    ctx.campaign(cid, fam, accts, {"accounts": n, "languages": langs, "orgs": n_orgs, "cards": len(pays),
                                   "per_account": round(per_acct, 1), "p_subject_list": round(p_native_topic, 2)})


def sleeper_reasoning_sipper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Deliberately hard: a handful of real-looking personal accounts that mostly chat normally
    and now and then ask for full step-by-step reasoning on olympiad-style problems (reasoning
    traces for a student model). Home addresses, own orgs; one faint link: a shared VPN exit on a
    small share of the harvest requests, and sometimes two accounts on one card."""
    fam = "sleeper_reasoning_sipper"
    n = irange(rng, 4, 8)
    vpn = cloud(rng, 1, pick(rng, ("m247", "leaseweb", "vultr", "ovh")))[0]
    p_vpn = float(rng.uniform(0.04, 0.15))
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    styles = _styles(rng, 4, 2)
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng)
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="sipper", campaign_id=cid, ua=ua,
                                 pay=card if (shared_card and i < 2) else None, ips=home(rng, irange(rng, 1, 2), tz),
                                 tz=tz))
    harvest_total = 0
    for acct in accts:
        curve = evening_person(acct.tz)
        genuine = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.4)), curve, 4.0, 90.0)
        gts = np.sort(np.concatenate(genuine)) if genuine else np.empty(0)
        ctx.emit(rng, acct, gts, [texts.snippet(rng, ctx.chat, 20, 600) for _ in range(len(gts))],
                 models=ctx.models(rng, gts, p_new=0.6), comp_median=350)
        hsess = session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.0, 3.5)), curve, 2.0, 300.0)
        hts = np.sort(np.concatenate(hsess)) if hsess else np.empty(0)
        prompts = []
        for _ in range(len(hts)):
            q, s = texts.problem(rng), pick(rng, styles)
            if s == 0:
                p = (f"Solve the following. Think through every step in full detail before answering; do not skip "
                     f"any reasoning. Put the final answer in \\boxed{{}}.\n\n{q}")
            elif s == 1:
                p = f"{q}\n\nLet's think step by step. Please write out your entire chain of thought."
            elif s == 2:
                p = (f"I'm preparing for an olympiad. Walk me through your complete thought process for this, "
                     f"including approaches you try and abandon:\n{q}")
            else:
                p = f"Problem: {q}\nFormat: <reasoning>...</reasoning><answer>...</answer>"
            prompts.append(p)
        ips = [vpn if chance(rng, p_vpn) else pick(rng, acct.ips) for _ in range(len(hts))]
        harvest_total += ctx.emit(rng, acct, hts, prompts, ips=ips, models=ctx.models(rng, hts, p_new=0.9),
                                  comp_median=2200, comp_sigma=0.4)
    ctx.campaign(cid, fam, accts, {"accounts": n, "p_vpn": round(p_vpn, 3), "shared_card": shared_card,
                                   "styles": styles, "harvest_events": harvest_total})


def label_oracle_scraper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Short outputs: the model as a labelling oracle for a cheap classifier (sentiment,
    toxicity, intent, topic, factuality) over scraped text; a few keys on one cloud firing big
    bursts, one card, many requests at the mini model, pushing against rate limits."""
    fam = "label_oracle_scraper"
    n, n_orgs = irange(rng, 3, 6), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    prov = pick(rng, providers())
    styles = _styles(rng, 5, 2)
    comp_by_style = {0: 2.0, 1: 1.5, 2: 16.0, 3: 2.0, 4: 1.2}
    n_bursts = float(rng.uniform(8, 20))
    size = float(rng.uniform(80, 250))
    gap = float(rng.uniform(0.4, 1.5))
    tz = pick(rng, TZS)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="labeller", campaign_id=cid, org=orgs[i % n_orgs],
                         pay=pay, ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")),
                         ips=cloud(rng, irange(rng, 1, 2), prov)) for i in range(n)]
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, start, ctx.t1, n_bursts * (ctx.t1 - start) / (ctx.t1 - ctx.t0),
                         workday(tz, 7.0, 23.0, 0.6, 0.3))
        tr = bursts(rng, starts, size, gap, 0.6, ctx.t1)
        ts = np.sort(np.concatenate(tr)) if tr else np.empty(0)
        prompts, comp = [], []
        for _ in range(len(ts)):
            s = pick(rng, styles)
            src = ctx.chat if chance(rng, 0.6) else ctx.passages
            prompts.append(texts.label_prompt(rng, s, texts.clean(texts.snippet(rng, src, 40, 320))))
            comp.append(comp_by_style[s])
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.35, p_mini=0.5),
                 comp_median=np.asarray(comp), comp_sigma=0.3, err=0.06)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_orgs, "provider": prov, "styles": styles,
                                   "bursts_per_week": round(n_bursts, 1), "burst_size": round(size),
                                   "gap_s": round(gap, 2), "tz": tz})


def reseller_relay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A grey-market API reseller: one org, one card, many keys on one cloud, relaying its own
    customers' genuine chats (worldwide load) and skimming the model on the side for its own
    synthetic instruction data and textbook-style corpora."""
    fam = "reseller_relay"
    n = irange(rng, 10, 25)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), 6)
    per_hour = float(rng.uniform(30, 70))
    p_relay = float(rng.uniform(0.4, 0.7))
    peak = float(rng.uniform(0, 24))
    uas = ["OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9", "okhttp/4.12.0", "Go-http-client/2.0",
           "python-httpx/0.28.1"]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = [ctx.account(rng, label=LABEL, family=fam, role="reseller_key", campaign_id=cid, org=org, pay=pay,
                         ua=uas[0], ips=block) for _ in range(n)]
    topic_list = texts.topics(ctx.chat)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n, global_load(peak, 0.5)), strict=True):
        prompts, comp = [], []
        for _ in range(len(ts)):
            if chance(rng, p_relay):
                prompts.append(texts.snippet(rng, ctx.chat, 15, 1500))
                comp.append(350)
                continue
            s = irange(rng, 0, 2)
            if s == 0:
                prompts.append(f"Generate {irange(rng, 10, 30)} diverse, challenging instructions about "
                               f"{pick(rng, topic_list)} together with high-quality, detailed responses. Output JSON "
                               f"lines with fields instruction and output.")
                comp.append(2600)
            elif s == 1:
                prompts.append(f"Act as a world-class expert. Provide an exhaustive, well organised answer: "
                               f"{pick(rng, topic_list)}")
                comp.append(1200)
            else:
                prompts.append(f"Write a textbook section on {texts.subject(rng)} for "
                               f"{pick(rng, ('high school', 'first-year university', 'graduate'))} students, with "
                               f"{irange(rng, 3, 8)} exercises and fully worked solutions.")
                comp.append(2000)
        ctx.emit(rng, acct, ts, prompts, ua=picks(rng, uas, len(ts)), models=ctx.models(rng, ts, p_new=0.97),
                 comp_median=np.asarray(comp), comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"accounts": n, "provider": prov, "per_hour": round(per_hour, 1),
                                   "p_relay": round(p_relay, 2), "peak_utc": round(peak, 1), "start": start})


def policy_safe_rewriter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe rewrites: operators in one office paste real answers and ask for versions
    scrubbed of sensitive subjects (training data for a model that must pass content review).
    Everyone behind the office's one or two NAT addresses, business hours, human think time."""
    fam = "policy_safe_rewriter"
    n, n_orgs = irange(rng, 6, 12), irange(rng, 1, 2)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    tz = pick(rng, (8, 8, 9, 3))
    nat = home(rng, irange(rng, 1, 2), tz)
    p_zh = float(rng.uniform(0.3, 0.8))
    per_day = float(rng.uniform(2, 5))
    accts = [ctx.account(rng, label=LABEL, family=fam, role="operator", campaign_id=cid, org=orgs[i % n_orgs][0],
                         pay=orgs[i % n_orgs][1], ua=pick(rng, BROWSERS), ips=nat, tz=tz) for i in range(n)]
    for acct in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        sess = session_times(rng, start, ctx.t1, per_day, workday(tz), float(rng.uniform(8, 20)),
                             float(rng.uniform(40, 150)))
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts, comp = [], []
        for _ in range(len(ts)):
            passage = texts.snippet(rng, ctx.passages, 600, 2500)
            if chance(rng, p_zh):
                p = pick(rng, texts.REWRITE_ZH).format(area=pick(rng, texts.AREAS_ZH), p=passage)
            else:
                p = pick(rng, texts.REWRITE_EN).format(area=pick(rng, texts.REWRITE_AREAS), p=passage)
            prompts.append(p)
            comp.append(len(passage) / 4.0 * float(rng.uniform(0.75, 1.0)))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=np.asarray(comp),
                 comp_sigma=0.15)
    ctx.campaign(cid, fam, accts, {"accounts": n, "orgs": n_orgs, "tz": tz, "nat_ips": len(nat),
                                   "p_zh": round(p_zh, 2), "sessions_per_day": round(per_day, 2)})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "agent_trajectory_farm": agent_trajectory_farm,
    "preference_pair_miner": preference_pair_miner,
    "multilingual_sft_harvest": multilingual_sft_harvest,
    "sleeper_reasoning_sipper": sleeper_reasoning_sipper,
    "label_oracle_scraper": label_oracle_scraper,
    "reseller_relay": reseller_relay,
    "policy_safe_rewriter": policy_safe_rewriter,
}


