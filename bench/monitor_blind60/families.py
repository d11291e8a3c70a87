"""Campaign families of blind batch 60 (code names from viticulture).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, records its
campaign(s) through `ctx.campaign` (with the randomised parameters), and writes events through
`ctx.emit`. Texts come from `texts.py` (harvesting) and from `ctx.chat` / `ctx.passages`
(ordinary ShareGPT text used as camouflage or as material to be judged, rewritten, continued).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind60 import texts as tx

AGENT_UAS = ("openai-agents-python/0.0.9 OpenAI/Python 1.63.2", "langgraph-sdk/0.1.51 httpx/0.28.1",
             "autogen-agentchat/0.4.7", "crewai/0.102.0 litellm/1.61.3", "smolagents/1.9.2 OpenAI/Python 1.63.2")
GRID_PROVIDERS = ("hetzner", "ovh", "vultr", "contabo", "leaseweb", "m247", "digitalocean", "scaleway")
BIG_CLOUDS = ("aws", "gcp", "azure", "oracle", "linode")
ASIA_CLOUDS = ("alibaba", "tencent", "huawei", "ucloud")


@lru_cache(maxsize=1)
def qa_pairs() -> tuple[tuple[str, str], ...]:
    """(human prompt, assistant answer) pairs of ShareGPT's "sim" half, the half `ctx.chat` and
    `ctx.passages` are drawn from, kept together where a template needs an answer to its own
    question (judging, annotating)."""
    from distillguard.data.sharegpt import in_part, turns

    return tuple((t.human[:2000], t.assistant) for t in turns() if in_part(t, "sim") and len(t.assistant) >= 300)


def _uniform_f(rng, lo, hi, nd=3):
    return round(float(rng.uniform(lo, hi)), nd)


def _train(rng, start, k, median, sigma):
    """k request times starting at `start` with lognormal gaps."""
    if k <= 1:
        return np.array([start])
    return start + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(median), sigma, size=k - 1))])


# --------------------------------------------------------------------------------------------
# pigeage: reasoning-trace coercion through per-org worker pools

def pigeage(ctx, rng, camp):
    fam = "pigeage"
    n_orgs = irange(rng, 2, 3)
    accounts, org_params = [], []
    for _ in range(n_orgs):
        org, ua = hexid(rng, "org"), bb.sdk_ua(rng, 0.4)
        shared_pay = hexid(rng, "pay") if chance(rng, 0.6) else None
        n_keys = irange(rng, 3, 6)
        if chance(rng, 0.35):
            region = pick(rng, ("us", "eu", "sea", "latam", "*"))
            pool, ip_src, hold = bb.resi(rng, irange(rng, 150, 600), region), f"resi_proxy:{region}", _uniform_f(rng, 300, 1800, 0)
        else:
            prov = pick(rng, GRID_PROVIDERS + ("alibaba", "tencent"))
            pool, ip_src, hold = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 8)), f"rented:{prov}", 0.0
        voices = list(dict.fromkeys(picks(rng, tx.COT_VOICES, irange(rng, 2, 4))))
        after_release = chance(rng, 0.35)
        start = ctx.release + float(rng.uniform(-6, 10)) * HOUR if after_release else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        rate = _uniform_f(rng, 14, 42, 1)
        curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.5))) if chance(rng, 0.5) else bb.constant
        p_plain, p_new = _uniform_f(rng, 0.0, 0.25), _uniform_f(rng, 0.7, 0.98)
        comp = _uniform_f(rng, 1300, 2600, 0)
        keys = [ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=camp, org=org,
                            pay=shared_pay or hexid(rng, "pay"), ua=ua, ips=picks(rng, pool, irange(rng, 2, 6)))
                for _ in range(n_keys)]
        streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
        for acct, ts in zip(keys, streams, strict=True):
            n = len(ts)
            plain = rng.random(n) < p_plain
            prompts = [pick(rng, ctx.chat) if pl else tx.cot_prompt(rng, pick(rng, voices)) for pl in plain.tolist()]
            ips = bb.sticky(rng, ts, pool, hold) if hold else None
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), ips=ips,
                     comp_median=np.where(plain, 350.0, comp), comp_sigma=0.45, err=_uniform_f(rng, 0.01, 0.07))
        accounts += keys
        org_params.append({"keys": n_keys, "ip_source": ip_src, "user_agent": ua, "voices": voices,
                           "start_after_release": after_release, "jobs_per_hour": rate, "p_plain_chat": p_plain,
                           "p_new": p_new, "completion_median": comp, "shared_card": shared_pay is not None})
    ctx.campaign(camp, fam, accounts, {"operation": "reasoning_trace_coercion", "orgs": org_params,
                                       "pacing": "poisson_worker_pool_per_org"})


# --------------------------------------------------------------------------------------------
# tirage: tool-use / agent trajectories in synthetic environments

def tirage(ctx, rng, camp):
    fam = "tirage"
    n_orgs, n_acc = irange(rng, 2, 4), irange(rng, 12, 28)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay"), pick(rng, tx.AGENT_STYLES)) for _ in range(n_orgs)]
    uas = list(dict.fromkeys(picks(rng, AGENT_UAS, irange(rng, 1, 2))))
    provs = list(dict.fromkeys(picks(rng, BIG_CLOUDS, irange(rng, 1, 3))))
    envs = list(dict.fromkeys(picks(rng, tx.ENVS, irange(rng, 2, 5))))
    eps_per_hour = _uniform_f(rng, 3, 8, 2)
    steps_mean, gap_med = _uniform_f(rng, 7, 16, 1), _uniform_f(rng, 3, 12, 1)
    base_ctx, per_step = irange(rng, 700, 2200), irange(rng, 250, 700)
    p_new, comp = _uniform_f(rng, 0.6, 0.92), _uniform_f(rng, 90, 220, 0)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accounts, styles = [], []
    for i in range(n_acc):
        org, pay, style = orgs[i % n_orgs]
        acct = ctx.account(rng, label="campaign", family=fam, role="env_runner", campaign_id=camp, org=org, pay=pay,
                           ua=pick(rng, uas), ips=bb.cloud(rng, irange(rng, 1, 2), pick(rng, provs)))
        accounts.append(acct)
        styles.append(style)
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4)))
    starts = bb.worker_pool(rng, start, ctx.t1, eps_per_hour, n_acc, curve)
    for acct, style, ep_starts in zip(accounts, styles, starts, strict=True):
        ts_all, prompts, extra, comps = [], [], [], []
        for s in ep_starts.tolist():
            k = max(2, 1 + int(rng.negative_binomial(3, 3 / (3 + steps_mean - 1))))
            steps = tx.agent_episode(rng, pick(rng, envs), style, k)
            ts = _train(rng, s, len(steps), gap_med, 0.6)
            ts_all.append(ts)
            prompts += steps
            extra += [base_ctx + j * per_step + irange(rng, 0, 200) for j in range(len(steps))]
            comps += [250.0] + [comp] * (len(steps) - 1)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), comp_median=np.array(comps),
                 comp_sigma=0.5, extra=np.array(extra), err=0.02)
    ctx.campaign(camp, fam, accounts, {
        "operation": "agent_trajectory_harvest", "accounts": n_acc, "orgs": n_orgs, "user_agents": uas,
        "ip_source": f"cloud:{','.join(provs)}", "environments": envs, "episodes_per_hour": eps_per_hour,
        "steps_mean": steps_mean, "step_gap_median_s": gap_med, "context_tokens": [base_ctx, per_step],
        "p_new": p_new, "completion_median": comp, "start": start})


# --------------------------------------------------------------------------------------------
# remuage: judge / reward-model labels over ordinary text, in nightly windows

def remuage(ctx, rng, camp):
    fam = "remuage"
    n = irange(rng, 8, 18)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    tz = pick(rng, bb.TZS)
    if chance(rng, 0.65):
        region = pick(rng, ("us", "eu", "in", "sea", "latam"))
        pool, ip_src, hold = bb.resi(rng, irange(rng, 200, 800), region), f"resi_proxy:{region}", _uniform_f(rng, 300, 1200, 0)
    else:
        prov = pick(rng, BIG_CLOUDS + GRID_PROVIDERS)
        pool, ip_src, hold = bb.cloud(rng, irange(rng, 3, 10), prov), f"cloud:{prov}", 0.0
    win_start, win_hours = round(_uniform_f(rng, 19, 27, 1) % 24, 1), _uniform_f(rng, 5, 10, 1)
    rate = _uniform_f(rng, 40, 90, 1)
    voices = list(dict.fromkeys(picks(rng, tx.JUDGE_VOICES, irange(rng, 3, 5))))
    p_new, comp = _uniform_f(rng, 0.75, 0.95), _uniform_f(rng, 250, 550, 0)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accounts = [ctx.account(rng, label="campaign", family=fam, role="grader", campaign_id=camp, org=org, pay=pay, ua=ua,
                            ips=pool[:1], tz=tz) for _ in range(n)]
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n, bb.nightly(win_start, win_hours, tz))
    for acct, ts in zip(accounts, streams, strict=True):
        pairs = qa_pairs()
        prompts = [tx.judge_prompt(rng, pick(rng, voices), *pick(rng, pairs)) for _ in range(len(ts))]
        ips = bb.sticky(rng, ts, pool, hold) if hold else bb.picks(rng, pool, len(ts))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), ips=ips, comp_median=comp,
                 comp_sigma=0.5, err=0.03)
    ctx.campaign(camp, fam, accounts, {
        "operation": "judge_label_harvest", "accounts": n, "user_agent": ua, "ip_source": ip_src, "sticky_s": hold,
        "window": [win_start, win_hours, tz], "jobs_per_hour": rate, "voices": voices, "p_new": p_new,
        "completion_median": comp})


# --------------------------------------------------------------------------------------------
# coulure: hydra of short-lived trial keys generating synthetic datasets

def coulure(ctx, rng, camp):
    fam = "coulure"
    for op in range(irange(rng, 1, 2)):
        cid = camp if op == 0 else hexid(rng, "camp")
        n = irange(rng, 22, 48)
        net = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile", "resi"))
        region = pick(rng, ("us", "in", "latam", "eu", "sea", "*"))
        langs = list(dict.fromkeys(picks(rng, tx.DATASET_LANGS, irange(rng, 2, 4))))
        cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))] if chance(rng, 0.3) else None
        life_lo, life_hi = _uniform_f(rng, 2, 5, 1), _uniform_f(rng, 6, 14, 1)
        req_lo, req_hi = irange(rng, 25, 60), irange(rng, 70, 160)
        burst_mean, gap_med = _uniform_f(rng, 4, 10, 1), _uniform_f(rng, 2, 8, 1)
        p_new, comp = _uniform_f(rng, 0.8, 1.0), _uniform_f(rng, 900, 1800, 0)
        err = _uniform_f(rng, 0.03, 0.15)
        after = chance(rng, 0.5)
        a0 = ctx.release - 12 * HOUR if after else ctx.t0
        accounts = []
        for _ in range(n):
            ua = bb.sdk_ua(rng, 0.5)
            if net == "resi":
                pool, hold = bb.resi(rng, irange(rng, 5, 20), region), float(rng.uniform(120, 600))
            else:
                pool, hold = bb.mobile_v6(rng, irange(rng, 2, 8), net), float(rng.uniform(600, 3600))
            acct = ctx.account(rng, label="campaign", family=fam, role="trial_key", campaign_id=cid,
                               pay=pick(rng, cards) if cards else None, ua=ua, ips=pool)
            accounts.append(acct)
            born = float(rng.uniform(a0, ctx.t1 - 2 * HOUR))
            life = float(rng.uniform(life_lo, life_hi)) * HOUR
            budget = irange(rng, req_lo, req_hi)
            starts = np.sort(rng.uniform(born, born + life, size=max(1, int(round(budget / burst_mean)))))
            ts = np.concatenate(bb.bursts(rng, starts, burst_mean, gap_med, 0.6))
            ts = np.sort(ts)[:budget]
            ips = bb.sticky(rng, ts, pool, hold)
            lang = pick(rng, langs)
            prompts = [tx.dataset_prompt(rng, lang if chance(rng, 0.8) else pick(rng, langs)) for _ in range(len(ts))]
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), ips=ips, comp_median=comp,
                     comp_sigma=0.45, err=err)
        ctx.campaign(cid, fam, accounts, {
            "operation": "hydra_synthetic_dataset", "accounts": n, "network": net, "region": region if net == "resi" else None, "languages": langs,
            "shared_cards": len(cards) if cards else 0, "life_hours": [life_lo, life_hi], "requests": [req_lo, req_hi],
            "burst_mean": burst_mean, "gap_median_s": gap_med, "p_new": p_new, "completion_median": comp,
            "err": err, "after_release": after})


# --------------------------------------------------------------------------------------------
# sarment: low-and-slow "people" harvesting one expert domain each

_VOICE_FOR_TZ = {-3: ("pt", "es"), 1: ("de", "formal"), 2: ("de", "formal"), 5: ("nonnative", "formal"),
                 8: ("nonnative", "terse"), 9: ("nonnative", "terse"), 3: ("nonnative", "formal")}


def sarment(ctx, rng, camp):
    fam = "sarment"
    n = irange(rng, 14, 32)
    tzs = list(dict.fromkeys(picks(rng, bb.TZS, irange(rng, 1, 3))))
    domains = list(dict.fromkeys(picks(rng, tuple(tx.DOMAINS), irange(rng, 2, 4))))
    ring = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))] if chance(rng, 0.6) else None
    per_day_lo, per_day_hi = _uniform_f(rng, 1.0, 2.0, 2), _uniform_f(rng, 2.2, 3.8, 2)
    size_mean, gap_med = _uniform_f(rng, 3, 8, 1), _uniform_f(rng, 60, 240, 0)
    p_chat, p_follow = _uniform_f(rng, 0.1, 0.35), _uniform_f(rng, 0.2, 0.45)
    p_new, comp = _uniform_f(rng, 0.4, 0.8), _uniform_f(rng, 900, 1500, 0)
    p_proxy = _uniform_f(rng, 0.0, 0.4)
    accounts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.8) else pick(rng, bb.MOBILE)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=camp,
                           pay=pick(rng, ring) if ring else None, ua=ua, ips=ips, tz=tz)
        accounts.append(acct)
        domain = pick(rng, domains)
        voices = [pick(rng, tx.EXPERT_VOICES)] + list(_VOICE_FOR_TZ.get(tz, ("casual", "formal")))
        curve = bb.workday(tz) if chance(rng, 0.6) else bb.evening_person(tz)
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sessions = bb.session_times(rng, born, ctx.t1, float(rng.uniform(per_day_lo, per_day_hi)), curve,
                                    size_mean, gap_med, 0.7)
        ts_all, prompts, comps = [], [], []
        for s in sessions:
            ts_all.append(s)
            for j in range(len(s)):
                if chance(rng, p_chat):
                    prompts.append(pick(rng, ctx.chat))
                    comps.append(350.0)
                elif j > 0 and chance(rng, p_follow):
                    prompts.append(tx.expert_followup(rng))
                    comps.append(comp * 0.8)
                else:
                    prompts.append(tx.expert_prompt(rng, domain, pick(rng, voices)))
                    comps.append(comp)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        proxied = chance(rng, p_proxy)
        ips_ev = bb.sticky(rng, ts, bb.home(rng, irange(rng, 20, 60), tz), 1800.0) if proxied else None
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), ips=ips_ev,
                 comp_median=np.array(comps), comp_sigma=0.5, err=0.005)
    ctx.campaign(camp, fam, accounts, {
        "operation": "low_and_slow_expert_personas", "accounts": n, "tzs": tzs, "domains": domains,
        "card_ring": len(ring) if ring else 0, "sessions_per_day": [per_day_lo, per_day_hi], "session_size": size_mean,
        "think_gap_s": gap_med, "p_chat": p_chat, "p_followup": p_follow, "p_new": p_new, "completion_median": comp,
        "p_proxy_account": p_proxy})


# --------------------------------------------------------------------------------------------
# millerandage: best-of-n sampling and old/new contrast pairs on ordinary prompts

def millerandage(ctx, rng, camp):
    fam = "millerandage"
    n = irange(rng, 4, 9)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    prov = pick(rng, BIG_CLOUDS)
    nat = bb.cloud(rng, irange(rng, 2, 6), prov)
    jobs = _uniform_f(rng, 8, 22, 1)
    n_lo, n_hi = irange(rng, 2, 4), irange(rng, 5, 8)
    concurrent = chance(rng, 0.5)
    tag = pick(rng, ("none", "none", "seed", "variant", "space"))
    p_chat, p_pair = _uniform_f(rng, 0.4, 0.8), _uniform_f(rng, 0.3, 0.7)
    p_new, comp = _uniform_f(rng, 0.7, 0.9), _uniform_f(rng, 350, 700, 0)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accounts = [ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=camp, org=org,
                            pay=pick(rng, cards), ua=ua, ips=nat) for _ in range(n)]
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.3)))
    old = ctx.old_models[0]
    for acct, job_ts in zip(accounts, bb.worker_pool(rng, start, ctx.t1, jobs, n, curve), strict=True):
        ts_all, prompts, models = [], [], []
        for s in job_ts.tolist():
            base = pick(rng, ctx.chat) if chance(rng, p_chat) else (
                tx.problem(rng) if chance(rng, 0.5) else tx.cot_prompt(rng, pick(rng, tx.COT_VOICES)))
            k = irange(rng, n_lo, n_hi)
            ts = s + (rng.uniform(0, 3, size=k) if concurrent else _train(rng, 0.0, k, float(rng.uniform(5, 25)), 0.4))
            pair = s >= ctx.release and chance(rng, p_pair)
            if pair:
                ts = np.concatenate([ts, ts + rng.uniform(0.05, 2.0, size=k)])
                mods = [ctx.new_model] * k + [old] * k
            else:
                mods = ctx.models(rng, ts, p_new, 0.02)
            ts_all.append(ts)
            models += mods
            prompts += [base + tx.sample_tag(rng, tag, j % k) for j in range(len(ts))]
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, comp_sigma=0.55, err=0.02)
    ctx.campaign(camp, fam, accounts, {
        "operation": "best_of_n_and_contrast_pairs", "accounts": n, "cards": len(cards), "user_agent": ua,
        "ip_source": f"cloud_nat:{prov}", "jobs_per_hour": jobs, "n_samples": [n_lo, n_hi], "concurrent": concurrent,
        "tag": tag, "p_chat": p_chat, "p_pair_after_release": p_pair, "p_new": p_new, "completion_median": comp})


# --------------------------------------------------------------------------------------------
# ouillage: compliance rewrites, translation and back-translation of harvested answers

def ouillage(ctx, rng, camp):
    fam = "ouillage"
    n_orgs = irange(rng, 3, 5)
    accounts, org_params = [], []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/Python 1.58.1", "Apifox/1.0.0 (https://apifox.com)", "okhttp/4.12.0",
                        "Go-http-client/2.0", "python-requests/2.32.3"))
        prov = pick(rng, ASIA_CLOUDS)
        pool = bb.cloud(rng, irange(rng, 2, 6), prov)
        proxy = chance(rng, 0.5)
        if proxy:
            pool = pool + bb.resi(rng, irange(rng, 30, 150), pick(rng, ("sea", "jp_kr", "us")))
        k = irange(rng, 3, 6)
        rate = _uniform_f(rng, 8, 20, 1)
        voices = list(dict.fromkeys(picks(rng, tx.REWRITE_VOICES, irange(rng, 2, 4))))
        night_share = _uniform_f(rng, 0.2, 0.6)
        p_new = _uniform_f(rng, 0.6, 0.95)
        keys = [ctx.account(rng, label="campaign", family=fam, role="rewriter", campaign_id=camp, org=org, pay=pay,
                            ua=ua, ips=pool, tz=8) for _ in range(k)]
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        day = bb.worker_pool(rng, start, ctx.t1, rate * (1 - night_share), k, bb.workday(8, weekend=0.3))
        night = bb.worker_pool(rng, start, ctx.t1, rate * night_share, k, bb.nightly(float(rng.uniform(0, 3)), 5.0, 8))
        for acct, a, b in zip(keys, day, night, strict=True):
            ts = np.sort(np.concatenate([a, b]))
            prompts, comps = [], []
            for _ in range(len(ts)):
                v = pick(rng, voices)
                p = tx.rewrite_prompt(rng, v, pick(rng, ctx.passages))
                prompts.append(p)
                comps.append(len(p) / 4 * (2.2 if v == "backtrans" else float(rng.uniform(1.0, 1.4))))
            ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=np.array(comps),
                     comp_sigma=0.3, err=0.02)
        accounts += keys
        org_params.append({"keys": k, "user_agent": ua, "cloud": prov, "resi_proxy": proxy, "jobs_per_hour": rate,
                           "night_share": night_share, "voices": voices, "p_new": p_new})
    ctx.campaign(camp, fam, accounts, {"operation": "compliance_rewrite_and_backtranslation", "orgs": org_params,
                                       "pacing": "office_tz8_plus_night_batch"})


# --------------------------------------------------------------------------------------------
# debourbage: a reseller whose operator slips continuation / multi-turn harvesting in

def debourbage(ctx, rng, camp):
    fam = "debourbage"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    prov = pick(rng, ("digitalocean", "vultr", "linode", "hetzner", "aws"))
    rate = _uniform_f(rng, 30, 70, 1)
    peak, depth = _uniform_f(rng, 11, 17, 1), _uniform_f(rng, 0.3, 0.6)
    p_harvest = _uniform_f(rng, 0.15, 0.35)
    chain_lo, chain_hi = irange(rng, 1, 2), irange(rng, 3, 6)
    p_user_follow = _uniform_f(rng, 0.05, 0.15)
    p_new_user, p_new_h = _uniform_f(rng, 0.3, 0.6), _uniform_f(rng, 0.85, 1.0)
    comp_h = _uniform_f(rng, 900, 1800, 0)
    accounts = [ctx.account(rng, label="campaign", family=fam, role="reseller_key", campaign_id=camp, org=org, pay=pay,
                            ua=ua, ips=bb.cloud(rng, irange(rng, 2, 5), prov)) for _ in range(n)]
    for acct, ts0 in zip(accounts, bb.worker_pool(rng, ctx.t0, ctx.t1, rate, n, bb.global_load(peak, depth)), strict=True):
        ts_all, prompts, comps, harvest = [], [], [], []
        for s in ts0.tolist():
            if chance(rng, p_harvest):
                k = irange(rng, chain_lo, chain_hi)
                ts = _train(rng, s, k + 1, float(rng.uniform(10, 40)), 0.5)
                prompts += [tx.continuation_prompt(rng, pick(rng, ctx.passages))] + picks(rng, tx.FOLLOWUPS, k)
                comps += [comp_h] * (k + 1)
                harvest += [True] * (k + 1)
            else:
                follow = chance(rng, p_user_follow)
                ts = _train(rng, s, 2, float(rng.uniform(20, 150)), 0.6) if follow else np.array([s])
                prompts += [pick(rng, ctx.chat)] + ([pick(rng, tx.FOLLOWUPS + ("thanks", "ok"))] if follow else [])
                comps += [350.0] * len(ts)
                harvest += [False] * len(ts)
            ts_all.append(ts)
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        h = np.array(harvest)
        models = ctx.models(rng, ts, p_new_user, 0.08)
        mh = ctx.models(rng, ts, p_new_h, 0.0)
        models = [b if hv else a for a, b, hv in zip(models, mh, h.tolist(), strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.array(comps), comp_sigma=0.55, err=0.03)
    ctx.campaign(camp, fam, accounts, {
        "operation": "reseller_with_continuation_harvest", "accounts": n, "user_agent": ua, "ip_source": f"cloud:{prov}",
        "requests_per_hour": rate, "load_peak_utc": peak, "load_depth": depth, "p_harvest": p_harvest,
        "followup_chain": [chain_lo, chain_hi], "p_user_followup": p_user_follow, "p_new_user": p_new_user,
        "p_new_harvest": p_new_h, "completion_median_harvest": comp_h})


CAMPAIGN_FAMILIES = {
    "pigeage": pigeage,
    "tirage": tirage,
    "remuage": remuage,
    "coulure": coulure,
    "sarment": sarment,
    "millerandage": millerandage,
    "ouillage": ouillage,
    "debourbage": debourbage,
}

