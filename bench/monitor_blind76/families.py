"""Campaign families of blind batch 76 (code names from surfing). Each is called once per seed with
the shared context, its own generator and a campaign id; every parameter is drawn from that
generator. See README.md (the card) for what each family does.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind76 import texts as tx

Rng = np.random.Generator


def _weighted(rng: Rng, options: list, weights: list[float]):
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _err(rng: Rng, n: int, p: float) -> np.ndarray:
    return np.where(rng.random(n) < p, 429, 200)


# --------------------------------------------------------------------------------------------
# duckdive: a hydra of short-lived keys coercing full reasoning traces, behind consumer proxies


def duckdive(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "duckdive"
    n_acc = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 9, 20))]
    regs = picks(rng, bb.regions(), irange(rng, 2, 4))
    pool = [ip for r in regs for ip in bb.resi(rng, irange(rng, 80, 220), r)]
    mob_kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    p_mobile = float(rng.uniform(0.15, 0.4))
    langs = ["en", "zh", "es", "ru", "pt"]
    lang_w = rng.dirichlet([2.0, 1.5, 0.8, 0.6, 0.5]).tolist()
    uas = list(dict.fromkeys(picks(rng, bb.BROWSERS, 3) + [bb.sdk_ua(rng) for _ in range(irange(rng, 2, 5))]))
    life_h = float(rng.uniform(8, 30))
    mean_ev = float(rng.uniform(40, 110))
    p_chat = float(rng.uniform(0.05, 0.25))
    comp_med = float(rng.uniform(1400, 2600))
    p_new = float(rng.uniform(0.9, 1.0))
    hold = float(rng.uniform(2, 15)) * MINUTE
    p_probe = float(rng.uniform(0.1, 0.25))
    accts = []
    for _ in range(n_acc):
        lang = _weighted(rng, langs, lang_w)
        voices = picks(rng, tx.COERCE_VOICES, irange(rng, 1, 2))
        a = ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid,
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=[pick(rng, pool)])
        accts.append(a)
        if chance(rng, p_probe):
            start = float(rng.uniform(ctx.t0 + DAY, ctx.release))
        else:
            start = float(rng.uniform(ctx.release - 6 * HOUR, ctx.t1 - 4 * HOUR))
        end = min(ctx.t1, start + float(rng.lognormal(np.log(life_h * HOUR), 0.6)))
        n = 3 + int(rng.negative_binomial(2, 2 / (2 + mean_ev)))
        if chance(rng, 0.5):
            ts = np.sort(rng.uniform(start, end, size=n))
        else:
            starts = np.sort(rng.uniform(start, end, size=max(1, n // irange(rng, 4, 10))))
            ts = _concat(bb.bursts(rng, starts, n / max(1, len(starts)), float(rng.uniform(8, 60)), b=end))
        k = len(ts)
        if k == 0:
            continue
        if chance(rng, p_mobile):
            ips = bb.sticky(rng, ts, bb.mobile_v6(rng, irange(rng, 3, 12), mob_kind), hold)
        else:
            ips = bb.sticky(rng, ts, pool, hold)
        prompts = [pick(rng, ctx.chat) if chance(rng, p_chat) else tx.coerce(rng, lang, pick(rng, voices))
                   for _ in range(k)]
        bare = "bare" in voices
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02), ips=ips,
                 comp_median=comp_med, comp_sigma=0.5, err=float(rng.uniform(0.01, 0.06)),
                 extra=rng.integers(60, 160, size=k) if bare else 0)
    ctx.campaign(cid, fam, accts, {"operation": "reasoning-trace coercion through a key hydra",
                                   "accounts": n_acc, "cards": len(cards), "regions": regs, "mobile": mob_kind,
                                   "p_mobile": p_mobile, "languages": dict(zip(langs, lang_w, strict=True)),
                                   "lifetime_h": life_h, "mean_events": mean_ev, "p_chat": p_chat,
                                   "completion_median": comp_med, "p_probe_before_release": p_probe})


# --------------------------------------------------------------------------------------------
# cutback: preference / rubric labels for a reward model, from a small cloud worker pool


def cutback(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cutback"
    n_acc = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
    voices = picks(rng, tx.GRADE_VOICES, irange(rng, 2, 4))
    per_hour_pre = float(rng.uniform(8, 25))
    per_hour_post = float(rng.uniform(40, 90))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.4)))
    comp_med = float(rng.uniform(220, 420))
    p_new = float(rng.uniform(0.85, 0.98))
    accts = [ctx.account(rng, label="campaign", family=fam, role="labeller", campaign_id=cid, org=org, pay=pay,
                         ua=ua, ips=picks(rng, block, irange(rng, 1, 3))) for _ in range(n_acc)]
    pre = bb.worker_pool(rng, start, ctx.release, per_hour_pre, n_acc, curve)
    post = bb.worker_pool(rng, max(start, ctx.release + float(rng.uniform(1, 10)) * HOUR), ctx.t1, per_hour_post,
                          n_acc, curve)
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = _concat([t_a, t_b])
        prompts = []
        for _ in range(len(ts)):
            q = pick(rng, ctx.chat)[: irange(rng, 120, 900)]
            ra = tx._snip(rng, pick(rng, ctx.passages), 250, 1200)
            rb = tx._snip(rng, pick(rng, ctx.passages), 250, 1200)
            prompts.append(tx.grade(rng, q, ra, rb, pick(rng, voices)))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1), comp_median=comp_med,
                 comp_sigma=0.45, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "pairwise / rubric judge labels for a reward model",
                                   "accounts": n_acc, "provider": prov, "voices": voices,
                                   "per_hour_pre": per_hour_pre, "per_hour_post": per_hour_post,
                                   "completion_median": comp_med, "p_new": p_new})


# --------------------------------------------------------------------------------------------
# floater: low-and-slow personas on geo-matched ISP proxies; half ordinary chat, half a syllabus


def floater(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "floater"
    n_acc = irange(rng, 20, 40)
    p_chat = float(rng.uniform(0.3, 0.6))
    per_day = float(rng.uniform(0.8, 2.5))
    size_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(60, 200))
    comp_med = float(rng.uniform(550, 950))
    p_new = float(rng.uniform(0.75, 0.95))
    p_shared_card = float(rng.uniform(0.0, 0.3))
    shared = hexid(rng, "pay")
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, bb.TZS)
        lang = _weighted(rng, ["en", "de", "fr", "es"], [0.7, 0.1, 0.1, 0.1])
        if tz in (1, 2) and chance(rng, 0.5):
            lang = pick(rng, ("de", "fr"))
        mobile = chance(rng, 0.25)
        a = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=cid,
                        pay=shared if chance(rng, p_shared_card) else None,
                        ua=pick(rng, bb.MOBILE[:3] if mobile else bb.BROWSERS),
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        for sess in bb.session_times(rng, start, ctx.t1, per_day, curve, size_mean, gap):
            if chance(rng, p_chat):
                prompts = [pick(rng, ctx.chat) for _ in range(len(sess))]
                med = 320.0
            else:
                field_, concept = tx.syllabus_item(rng)
                prompts = [tx.domain_opening(rng, field_, concept, lang)] + [tx.followup(rng, lang)
                                                                            for _ in range(len(sess) - 1)]
                med = comp_med
            ctx.emit(rng, a, sess, prompts, models=ctx.models(rng, sess, p_new=p_new), comp_median=med,
                     comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {"operation": "low-and-slow syllabus coverage hidden in ordinary chat",
                                   "accounts": n_acc, "p_chat_session": p_chat, "sessions_per_day": per_day,
                                   "session_size": size_mean, "gap_s": gap, "completion_median": comp_med,
                                   "p_new": p_new, "p_shared_card": p_shared_card})


# --------------------------------------------------------------------------------------------
# snaking: a reseller relay: end users' chat plus the reseller's own dataset-generation jobs


def snaking(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "snaking"
    n_acc = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provs = picks(rng, ("hetzner", "contabo", "vultr", "ovh", "alibaba", "tencent"), 2)
    hosts = bb.rented_block(rng, provs[0], irange(rng, 1, 2), irange(rng, 2, 4)) + bb.cloud(rng, 3, provs[1])
    uas = ("Go-http-client/2.0", "Go-http-client/1.1", "new-api/0.4.9", "one-api/v0.6.10")
    peak = float(rng.uniform(11, 15))
    user_rate = float(rng.uniform(8, 25))
    job_rate = float(rng.uniform(3, 10))
    p_rewrite = float(rng.uniform(0.1, 0.35))
    p_reason = float(rng.uniform(0.1, 0.3))
    p_new = float(rng.uniform(0.93, 1.0))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label="campaign", family=fam, role="relay", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=picks(rng, hosts, irange(rng, 1, 3)))
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        t_user = bb.thinned(rng, start, ctx.t1, user_rate * (ctx.t1 - start) / HOUR, bb.global_load(peak, 0.7))
        t_job = bb.thinned(rng, start, ctx.t1, job_rate * (ctx.t1 - start) / HOUR, bb.constant)
        ctx.emit(rng, a, t_user, [pick(rng, ctx.chat) for _ in range(len(t_user))],
                 models=ctx.models(rng, t_user, p_new=p_new, p_mini=0.2), comp_median=340.0, comp_sigma=0.7,
                 err=0.015, extra=rng.integers(0, 400, size=len(t_user)))
        jobs = []
        for _ in range(len(t_job)):
            u = rng.random()
            if u < p_rewrite:
                jobs.append(tx.safe_rewrite(rng, tx._snip(rng, pick(rng, ctx.passages), 300, 1500)))
            elif u < p_rewrite + p_reason:
                jobs.append(tx.coerce(rng, pick(rng, ("zh", "en", "zh")), pick(rng, ("native", "tags", "json"))))
            else:
                jobs.append(tx.synth_data(rng))
        ctx.emit(rng, a, t_job, jobs, models=ctx.models(rng, t_job, p_new=p_new, p_mini=0.0),
                 comp_median=float(rng.uniform(900, 1600)), comp_sigma=0.5, err=0.02,
                 extra=rng.integers(0, 400, size=len(t_job)))
    ctx.campaign(cid, fam, accts, {"operation": "reseller relay with own synthetic-data and safe-rewrite jobs",
                                   "accounts": n_acc, "orgs": len(orgs), "providers": provs,
                                   "user_per_hour": user_rate, "jobs_per_hour": job_rate, "p_rewrite": p_rewrite,
                                   "p_reasoning": p_reason, "p_new": p_new, "peak_utc": peak})


# --------------------------------------------------------------------------------------------
# backwash: back-translation corpora in night-time bursts over mobile and VPN networks


def backwash(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "backwash"
    n_acc = irange(rng, 6, 12)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(20, 26)) % 24, float(rng.uniform(4, 8))
    per_night = float(rng.uniform(2, 6))
    burst = float(rng.uniform(15, 45))
    gap = float(rng.uniform(2, 8))
    tgts = picks(rng, [k for k in sorted(tx.LANG_NAMES) if k != "en"], irange(rng, 5, 12))
    voices = picks(rng, tx.BT_VOICES, irange(rng, 2, 4))
    p_own = float(rng.uniform(0.1, 0.4))
    p_new = float(rng.uniform(0.8, 0.95))
    mob = pick(rng, ("eu_mobile", "in_mobile", "br_mobile", "us_mobile"))
    vpn = bb.rented_block(rng, pick(rng, ("m247", "leaseweb", "digitalocean")), irange(rng, 1, 3), 3)
    accts = []
    for _ in range(n_acc):
        via_mobile = chance(rng, 0.5)
        a = ctx.account(rng, label="campaign", family=fam, role="translator", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1",
                                      "OpenAI/Python 1.54.0")),
                        ips=bb.mobile_v6(rng, irange(rng, 4, 20), mob) if via_mobile else picks(rng, vpn, 2), tz=tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, bb.nightly(start_h, hours, tz))
        ts = _concat(bb.bursts(rng, starts, burst, gap, b=ctx.t1))
        prompts, meds = [], []
        src_text = ""
        for i in range(len(ts)):
            if i % irange(rng, 1, 4) == 0 or not src_text:  # a source is reused for a few target languages
                src_text = (tx.own_sentences(rng) if chance(rng, p_own)
                            else tx._snip(rng, pick(rng, ctx.passages), 200, 1100))
            prompts.append(tx.backtranslate(rng, src_text, "en", pick(rng, tgts), pick(rng, voices)))
            meds.append(max(60.0, len(src_text) / 4 * float(rng.uniform(1.6, 2.6))))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05), comp_median=np.asarray(meds),
                 comp_sigma=0.3, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "back-translation / parallel corpus harvesting",
                                   "accounts": n_acc, "tz": tz, "night_start_h": start_h, "night_hours": hours,
                                   "bursts_per_night": per_night, "burst_size": burst, "targets": tgts,
                                   "voices": voices, "mobile": mob, "p_new": p_new})


# --------------------------------------------------------------------------------------------
# dawn_patrol: synthetic agent / tool-use trajectories as agent-loop-shaped episodes


def dawn_patrol(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dawn_patrol"
    n_acc = irange(rng, 8, 15)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("gcp", "azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 4, 12), prov)
    uas = ("openai-agents/0.0.19 OpenAI/Python 1.63.2", "langgraph/0.2.70 langchain-openai/0.3.6",
           "crewai/0.102.0 litellm/1.60.2", "OpenAI/Python 1.58.1")
    domains = picks(rng, sorted(tx.TOOLSETS), irange(rng, 3, 6))
    voices = picks(rng, tx.AGENT_VOICES, irange(rng, 2, 4))
    ep_per_day = float(rng.uniform(10, 30))
    ep_len = float(rng.uniform(5, 11))
    gap = float(rng.uniform(4, 14))
    p_new = float(rng.uniform(0.85, 0.98))
    start_all = float(rng.uniform(ctx.t0, ctx.release - DAY))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label="campaign", family=fam, role="agent-runner", campaign_id=cid, org=pick(rng, orgs),
                        pay=pick(rng, cards), ua=pick(rng, uas), ips=picks(rng, ips, irange(rng, 1, 3)))
        accts.append(a)
        start = start_all + float(rng.uniform(0, 2)) * DAY
        rate = ep_per_day * float(rng.lognormal(0, 0.4))
        ep_starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / DAY, bb.global_load(14.0, 0.3))
        all_ts, prompts, extra = [], [], []
        for t_ep in bb.bursts(rng, ep_starts, ep_len, gap, gap_sigma=0.7, b=ctx.t1):
            dom, voice = pick(rng, domains), pick(rng, voices)
            base = irange(rng, 700, 2500)
            for j in range(len(t_ep)):
                prompts.append(tx.agent_first(rng, dom, voice) if j == 0 else tx.agent_step(rng, dom, voice))
                extra.append(base + j * irange(rng, 150, 500))
            all_ts.append(t_ep)
        ts = np.concatenate(all_ts) if all_ts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_arr = np.asarray(extra, dtype=np.int64)[order] if len(extra) else np.empty(0, dtype=np.int64)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
                 comp_median=float(rng.uniform(300, 700)), comp_sigma=0.6, err=0.02, extra=extra_arr)
    ctx.campaign(cid, fam, accts, {"operation": "synthetic agent / tool-use trajectories",
                                   "accounts": n_acc, "provider": prov, "domains": domains, "voices": voices,
                                   "episodes_per_day": ep_per_day, "episode_len": ep_len, "gap_s": gap,
                                   "p_new": p_new})


# --------------------------------------------------------------------------------------------
# party_wave: best-of-n / soft-label sampling of the new model (repeats, or one call with n)


def party_wave(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "party_wave"
    n_acc = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    prov = pick(rng, ("oracle", "ovh", "scaleway", "hetzner"))
    block = bb.rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 2, 4))
    items_per_hour = float(rng.uniform(12, 30))
    p_nparam = float(rng.uniform(0.2, 0.5))
    p_chat_item = float(rng.uniform(0.35, 0.6))
    p_soft = float(rng.uniform(0.2, 0.4))
    comp_med = float(rng.uniform(250, 500))
    lag = float(rng.uniform(0.5, 12)) * HOUR
    accts = []
    modes = []
    for _ in range(n_acc):
        accts.append(ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=cid,
                                 pay=pick(rng, cards), ua=bb.sdk_ua(rng, 0.3), ips=picks(rng, block, irange(rng, 1, 2))))
        modes.append("n_param" if chance(rng, p_nparam) else "repeat")
    items = bb.worker_pool(rng, ctx.release + lag, ctx.t1, items_per_hour, n_acc, bb.global_load(3.0, 0.25))
    for a, mode, t_items in zip(accts, modes, items, strict=True):
        ts_l, prompts, meds = [], [], []
        for t in t_items.tolist():
            u = rng.random()
            if u < p_chat_item:
                p = pick(rng, ctx.chat)
            elif u < p_chat_item + p_soft:
                p = tx.soft_label(rng, pick(rng, tx.SOFT_VOICES))
            else:
                p = tx.coerce(rng, "en", pick(rng, ("bare", "tags", "explore")))
            k = pick(rng, (2, 4, 4, 8, 8, 16))
            if mode == "n_param":
                ts_l.append(np.array([t]))
                prompts.append(p)
                meds.append(comp_med * k * 0.8)
            else:
                ts_l.append(t + np.cumsum(rng.exponential(float(rng.uniform(0.3, 4)), size=k)))
                prompts.extend([p] * k)
                meds.extend([comp_med] * k)
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ctx.emit(rng, a, ts[order], [prompts[i] for i in order.tolist()], models=ctx.new_model,
                 comp_median=np.asarray(meds)[order] if len(meds) else comp_med, comp_sigma=0.6, err=0.03)
    ctx.campaign(cid, fam, accts, {"operation": "best-of-n / soft-label sampling of the new model",
                                   "accounts": n_acc, "provider": prov, "items_per_hour": items_per_hour,
                                   "p_n_param": p_nparam, "modes": modes, "p_chat_item": p_chat_item,
                                   "p_soft": p_soft, "lag_h": lag / HOUR, "completion_median": comp_med})


# --------------------------------------------------------------------------------------------
# grommet: a writing-assistant SaaS that replays its users' prompts at night for gold answers


def grommet(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "grommet"
    n_acc = irange(rng, 15, 30)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 8), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    tz = pick(rng, (-5, -8, 0, 1))
    day_rate = float(rng.uniform(15, 60))
    p_replay = float(rng.uniform(0.3, 0.7))
    wrappers = picks(rng, list(tx.REPLAY_WRAPPERS), irange(rng, 2, 4))
    night_start = float(rng.uniform(0, 4))
    replay_from = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    day_model_p_new = float(rng.uniform(0.1, 0.5))
    accts = []
    for _ in range(n_acc):
        a = ctx.account(rng, label="campaign", family=fam, role="workspace-key", campaign_id=cid, org=org, pay=pay,
                        ua=ua, ips=nat, tz=tz)
        accts.append(a)
        rate = day_rate * float(rng.lognormal(0, 0.6))
        t_day = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / DAY, bb.workday(tz, 8, 19, weekend=0.2))
        day_prompts = [pick(rng, ctx.chat) for _ in range(len(t_day))]
        ctx.emit(rng, a, t_day, day_prompts, models=ctx.models(rng, t_day, p_new=day_model_p_new, p_mini=0.4),
                 comp_median=300.0, comp_sigma=0.7, err=0.01, extra=rng.integers(80, 300, size=len(t_day)))
        # nightly replay: the day's prompts (those after replay_from) are re-asked on the new model
        day_idx = np.floor((t_day + tz * HOUR) / DAY).astype(np.int64)
        r_ts, r_prompts = [], []
        for d in np.unique(day_idx).tolist():
            sel = np.flatnonzero((day_idx == d) & (t_day >= replay_from)).tolist()
            sel = [i for i in sel if chance(rng, p_replay)]
            if not sel:
                continue
            t_start = (d + 1) * DAY - tz * HOUR + (night_start + float(rng.uniform(0, 1.5))) * HOUR
            tt = t_start + np.cumsum(rng.lognormal(np.log(float(rng.uniform(1.0, 4.0))), 0.5, size=len(sel)))
            r_ts.append(tt)
            r_prompts.extend(tx.replay(rng, day_prompts[i], wrappers) for i in sel)
        if r_ts:
            ts = np.concatenate(r_ts)
            ctx.emit(rng, a, ts, r_prompts, models=ctx.models(rng, ts, p_new=1.0), comp_median=950.0,
                     comp_sigma=0.45, err=0.02, extra=rng.integers(80, 300, size=len(ts)))
    ctx.campaign(cid, fam, accts, {"operation": "SaaS shadow replay of users' prompts for gold answers",
                                   "accounts": n_acc, "provider": prov, "tz": tz, "day_rate": day_rate,
                                   "p_replay": p_replay, "wrappers": wrappers, "night_start_h": night_start,
                                   "replay_from": replay_from, "day_p_new": day_model_p_new})


CAMPAIGN_FAMILIES = {
    "duckdive": duckdive,
    "cutback": cutback,
    "floater": floater,
    "snaking": snaking,
    "backwash": backwash,
    "dawn_patrol": dawn_patrol,
    "party_wave": party_wave,
    "grommet": grommet,
}
