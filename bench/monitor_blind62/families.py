"""Campaign families of blind batch 62 (sailmaking code names).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, emits
their events through `ctx.emit`, and records one campaign through `ctx.campaign` with the
parameters drawn for this seed. Texts come from `texts.py` (harvesting) and from ShareGPT through
`ctx.chat` / `ctx.passages` (ordinary chat mixed in).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, chance, irange, pick
from bench.monitor_blind62 import texts as tx

LABEL = "campaign"


def _voices(rng: np.random.Generator, pool, lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [str(v) for v in rng.choice(list(pool), size=k, replace=False)]


def _mix(rng: np.random.Generator, n: int, p: float) -> np.ndarray:
    return rng.random(n) < p


# --------------------------------------------------------------------------------------------
# cringle: leaked developer keys, hijacked for reasoning-trace harvesting


def cringle(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cringle"
    n = irange(rng, 12, 24)
    voices = _voices(rng, sorted(tx.TRACE_VOICES), 3, 5)
    dump_t = ctx.release + float(rng.uniform(-1.2, 0.4)) * DAY  # when the scraped keys are first tried
    pool_rate = float(rng.uniform(50, 150))  # requests per hour over all live keys
    p_resi = float(rng.uniform(0.4, 0.9))
    spoof_ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", None, None))
    p_blend = float(rng.uniform(0.08, 0.22))
    comp = float(rng.uniform(1400, 2600))
    proxy_pool = bb.resi(rng, irange(rng, 300, 900), "*")
    hold = float(rng.uniform(8, 30)) * MINUTE
    block = bb.rented_block(rng, pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "m247")), irange(rng, 1, 3), irange(rng, 3, 8))
    accts: list[bb.Acct] = []
    spans: list[tuple[float, float]] = []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ips = bb.home(rng, irange(rng, 1, 2), tz) if chance(rng, 0.55) else bb.cloud(rng, irange(rng, 1, 3))
        a = ctx.account(rng, label=LABEL, family=fam, role="hijacked_key", campaign_id=cid, ua=bb.sdk_ua(rng, 0.6),
                        ips=own_ips, tz=tz)
        accts.append(a)
        # the owner's own, ordinary use of the key, before and during the hijack
        per_day = float(rng.lognormal(np.log(1.6), 0.6))
        sess = bb.session_times(rng, ctx.t0, ctx.t1, per_day, bb.workday(tz), float(rng.uniform(2.5, 7)),
                                float(rng.uniform(40, 160)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(rng, a, ts, bb.picks(rng, ctx.chat, len(ts)), models=ctx.models(rng, ts, p_new=0.5, p_mini=0.15),
                 comp_median=float(rng.uniform(220, 420)))
        start = dump_t + float(rng.exponential(3.0)) * HOUR
        life = float(rng.uniform(0.6, 2.8)) * DAY if chance(rng, 0.8) else float(rng.uniform(2, 10)) * HOUR
        spans.append((start, start + life))
    a0, b0 = min(s for s, _ in spans), max(e for _, e in spans)
    # one job stream, dealt to whichever keys are live at each moment
    jobs = bb.thinned(rng, a0, b0, pool_rate * (b0 - a0) / HOUR, bb.global_load(float(rng.uniform(0, 24)), 0.15))
    live = np.array([[s <= t < e for s, e in spans] for t in jobs.tolist()], dtype=bool).reshape(len(jobs), n)
    # each job goes to one of the keys live at that moment, at random
    owner = np.where(live.any(axis=1), np.argmax(rng.random(live.shape) * live, axis=1), -1)
    for i, a in enumerate(accts):
        ts = jobs[owner == i]
        m = len(ts)
        if m == 0:
            continue
        blend = _mix(rng, m, p_blend)
        prompts = [pick(rng, ctx.chat) if b else tx.reasoning_trace(rng, pick(rng, voices)) for b in blend.tolist()]
        meds = np.where(blend, 350.0, comp)
        ips = bb.sticky(rng, ts, proxy_pool, hold) if chance(rng, p_resi) else bb.sticky(rng, ts, block, 4 * HOUR)
        ua = spoof_ua or a.ua
        status = np.where(rng.random(m) < float(rng.uniform(0.02, 0.08)), 429, 200)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0), ips=ips, ua=ua,
                 comp_median=meds, comp_sigma=0.5, status=status)
    ctx.campaign(cid, fam, accts, {"operation": "hijacked developer keys, reasoning-trace coercion",
                                   "keys": n, "voices": voices, "dump_ts": dump_t, "pool_rate_per_h": round(pool_rate, 1),
                                   "p_residential_proxy": round(p_resi, 2), "spoofed_ua": spoof_ua,
                                   "blend_chat": round(p_blend, 2), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# roach: reward-model / judge data, graded in nightly batch jobs

_GRADE_COMP = {"pointwise": 230.0, "pairwise": 270.0, "critique": 420.0, "likert_zh": 300.0, "rank": 200.0,
               "checklist": 380.0}


def roach(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "roach"
    n_orgs = irange(rng, 1, 2)
    n = irange(rng, 4, 8)
    tz = pick(rng, TZS)
    voices = _voices(rng, tx.GRADING_VOICES, 2, 5)
    ua = pick(rng, ("python-httpx/0.28.1", "dspy/2.6.3 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    provider = pick(rng, ("aws", "gcp", "azure", "aws"))
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay"), bb.cloud(rng, irange(rng, 2, 4), provider)) for _ in range(n_orgs)]
    night_start, night_len = float(rng.uniform(21, 24.5)) % 24, float(rng.uniform(3.5, 7))
    rate = float(rng.uniform(40, 110))  # per account per hour while a job runs
    day_rate = float(rng.uniform(0.3, 1.5))  # weekly mean per hour of daytime test calls
    n_nights = irange(rng, 3, 6)
    scale = float(rng.uniform(0.8, 1.3))
    # job nights: mostly after the release
    day0 = np.floor(ctx.t0 / DAY) * DAY  # UTC midnight starting the window
    days = np.arange(int((ctx.t1 - day0) // DAY) + 1)
    rel_day = int((ctx.release - day0) // DAY)
    w = np.where(days >= rel_day - 1, 3.0, 1.0)
    nights = sorted(rng.choice(days, size=min(n_nights, len(days)), replace=False, p=w / w.sum()).tolist())
    accts = []
    for _ in range(n):
        org, pay, ips = pick(rng, orgs)
        a = ctx.account(rng, label=LABEL, family=fam, role="grader", campaign_id=cid, org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        pieces = []
        for d in nights:
            if not chance(rng, 0.85):
                continue
            job_start = day0 + d * DAY + ((night_start - tz) % 24) * HOUR + float(rng.uniform(-20, 20)) * MINUTE
            job_len = night_len * float(rng.uniform(0.7, 1.1)) * HOUR
            pieces.append(bb.thinned(rng, job_start, job_start + job_len, rate * job_len / HOUR, bb.constant))
        pieces.append(bb.thinned(rng, ctx.t0, ctx.t1, day_rate * (ctx.t1 - ctx.t0) / HOUR, bb.workday(tz)))
        ts = np.unique(np.concatenate(pieces)) if pieces else np.empty(0)
        m = len(ts)
        vs = bb.picks(rng, voices, m)
        prompts = [tx.grading(rng, pick(rng, ctx.chat), tx.excerpt(rng, pick(rng, ctx.passages), 250, 1100),
                              tx.excerpt(rng, pick(rng, ctx.passages), 250, 1100), v) for v in vs]
        meds = np.array([_GRADE_COMP[v] * scale for v in vs])
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03), comp_median=meds,
                 comp_sigma=0.45, err=0.015)
    ctx.campaign(cid, fam, accts, {"operation": "reward-model grading harvest", "orgs": n_orgs, "accounts": n,
                                   "tz": tz, "voices": voices, "ua": ua, "provider": provider,
                                   "night_start_local_h": round(night_start, 2), "night_hours": round(night_len, 2),
                                   "per_account_rate_per_h": round(rate, 1), "nights": nights})


# --------------------------------------------------------------------------------------------
# broadseam: a hydra of trial keys, each milked for multi-turn continuations until its credit ends


def broadseam(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "broadseam"
    n = irange(rng, 40, 80)
    langs = _voices(rng, ("en", "en", "zh", "es", "ru", "pt"), 1, 3)
    lang_w = rng.dirichlet(np.ones(len(langs)) * 2)
    proxy_pool = bb.resi(rng, irange(rng, 400, 1500), pick(rng, ("*", "*", "us", "eu", "latam", "sea")))
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 2, 5)))]
    conv_rate = float(rng.uniform(2, 6))  # conversations per hour per live key
    gap = float(rng.uniform(15, 45))
    comp = float(rng.uniform(800, 1300))
    p_sharegpt_seed = float(rng.uniform(0.3, 0.7))
    p_after = float(rng.uniform(0.6, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(rng, label=LABEL, family=fam, role="trial_key", campaign_id=cid, pay=pick(rng, cards),
                        ua=pick(rng, bb.BROWSERS), ips=proxy_pool, tz=tz)
        accts.append(a)
        lang = str(rng.choice(langs, p=lang_w))
        if chance(rng, p_after):
            born = float(rng.uniform(ctx.release, ctx.t1 - 3 * HOUR))
        else:
            born = float(rng.uniform(ctx.t0 + 0.2 * DAY, ctx.release))
        life = float(rng.uniform(2, 20)) * HOUR
        quota = irange(rng, 40, 200)
        starts = bb.thinned(rng, born, born + life, conv_rate * life / HOUR, bb.constant)
        rows_t, rows_p, rows_x = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k))])
            for j, tj in enumerate(t.tolist()):
                if j == 0:
                    p = pick(rng, ctx.chat) if (lang == "en" and chance(rng, p_sharegpt_seed)) else tx.seed_question(rng, lang)
                else:
                    p = tx.follow_up(rng, lang)
                rows_t.append(tj)
                rows_p.append(p)
                rows_x.append(int(j * comp * 1.1))
        if not rows_t:
            continue
        order = np.argsort(rows_t, kind="stable")[:quota]
        ts = np.asarray(rows_t)[order]
        prompts = [rows_p[i] for i in order.tolist()]
        extra = np.asarray(rows_x)[order]
        m = len(ts)
        status = np.full(m, 200)
        if m == quota:  # credit exhausted: the last few requests bounce
            tail = irange(rng, 1, 4)
            status[-tail:] = 429
        ips = bb.sticky(rng, ts, proxy_pool, float(rng.uniform(5, 20)) * MINUTE)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02), ips=ips,
                 comp_median=comp, comp_sigma=0.55, extra=extra, status=status)
    ctx.campaign(cid, fam, accts, {"operation": "hydra of trial keys, multi-turn continuation harvest", "keys": n,
                                   "languages": langs, "cards": len(cards), "conversations_per_h": round(conv_rate, 2),
                                   "turn_gap_s": round(gap, 1), "completion_median": round(comp),
                                   "share_born_after_release": round(p_after, 2)})


# --------------------------------------------------------------------------------------------
# tabling: textbook synthesis spread over people-like accounts on static residential IPs


def tabling(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tabling"
    n = irange(rng, 25, 45)
    tzs = _voices(rng, [str(t) for t in TZS], 1, 3)
    voices = _voices(rng, tx.TEXTBOOK_VOICES, 4, 6)
    p_chat = float(rng.uniform(0.3, 0.55))
    comp = float(rng.uniform(1100, 1600))
    per_day = float(rng.uniform(1.2, 3.2))
    size = float(rng.uniform(3, 7))
    gap = float(rng.uniform(45, 150))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.75) else pick(rng, bb.MOBILE[:3])
        a = ctx.account(rng, label=LABEL, family=fam, role="persona", campaign_id=cid, ua=ua,
                        ips=bb.home(rng, irange(rng, 1, 2), tz), tz=tz)
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(rng, start, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), curve, size, gap, 0.7)
        ts = np.concatenate(sess) if sess else np.empty(0)
        m = len(ts)
        if m == 0:
            continue
        chat = _mix(rng, m, p_chat)
        prompts = [pick(rng, ctx.chat) if c else tx.textbook(rng, pick(rng, voices)) for c in chat.tolist()]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
                 comp_median=np.where(chat, 350.0, comp), comp_sigma=0.55)
    ctx.campaign(cid, fam, accts, {"operation": "textbook synthesis posing as people", "accounts": n,
                                   "tzs": [int(t) for t in tzs], "voices": voices, "p_chat": round(p_chat, 2),
                                   "sessions_per_day": round(per_day, 2), "session_size": round(size, 1),
                                   "gap_s": round(gap, 1), "completion_median": round(comp)})


# --------------------------------------------------------------------------------------------
# headboard: tool-use / agent trajectories from a worker pool


def headboard(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "headboard"
    n_orgs = irange(rng, 1, 2)
    n = irange(rng, 6, 12)
    uas = ("trajforge/0.4.2 python-httpx/0.27.2", "langgraph/0.2.62 langchain-openai/0.3.6",
           "openai-agents/0.0.7 OpenAI/Python 1.63.2", "OpenAI/Python 1.58.1", "litellm/1.60.2")
    orgs = []
    for _ in range(n_orgs):
        prov = pick(rng, ("gcp", "azure", "aws", "oracle", "linode"))
        ips = bb.rented_block(rng, prov, 1, irange(rng, 2, 5)) if chance(rng, 0.5) else bb.cloud(rng, irange(rng, 2, 6), prov)
        orgs.append((bb.hexid(rng, "org"), bb.hexid(rng, "pay"), pick(rng, uas), ips, prov))
    voices = _voices(rng, tx.AGENT_VOICES, 1, 3)
    per_hour = float(rng.uniform(10, 28))
    steps_lo, steps_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    gap = float(rng.uniform(2.5, 8))
    comp = float(rng.uniform(110, 220))
    sys_tokens = irange(rng, 600, 1500)
    start = ctx.release - float(rng.uniform(0, 1.5)) * DAY
    accts = []
    for _ in range(n):
        org, pay, ua, ips, _p = pick(rng, orgs)
        accts.append(ctx.account(rng, label=LABEL, family=fam, role="agent_worker", campaign_id=cid, org=org, pay=pay,
                                 ua=ua, ips=ips, tz=0))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(float(rng.uniform(0, 24)), 0.25))
    for a, starts in zip(accts, streams, strict=True):
        ts_l, p_l, x_l, c_l, ip_l = [], [], [], [], []
        for s in starts.tolist():
            k = irange(rng, steps_lo, steps_hi)
            task, tools, voice = tx.agent_task(rng), pick(rng, tx.TOOLSETS), pick(rng, voices)
            ip_l.extend([pick(rng, a.ips)] * k)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                p_l.append(tx.agent_step(rng, task, tools, j, voice))
                x_l.append(sys_tokens + j * irange(rng, 250, 600))
                c_l.append(comp * (3.0 if j == k - 1 else 1.0))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02), ips=ip_l, comp_median=np.asarray(c_l),
                 comp_sigma=0.7, extra=np.asarray(x_l), err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "agent / tool-use trajectory harvest", "orgs": n_orgs, "workers": n,
                                   "voices": voices, "episodes_per_h": round(per_hour, 1),
                                   "steps": [steps_lo, steps_hi], "step_gap_s": round(gap, 2), "start_ts": start,
                                   "providers": [o[4] for o in orgs]})


# --------------------------------------------------------------------------------------------
# leechline: best-of-n soft-label sampling through a mobile proxy farm


def leechline(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "leechline"
    n = irange(rng, 10, 20)
    kind = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    region = {"in_mobile": "in", "br_mobile": "latam", "us_mobile": "us", "eu_mobile": "eu"}[kind]
    lang = {"in_mobile": "hi", "br_mobile": "pt"}.get(kind, "en")
    p_local = float(rng.uniform(0.1, 0.4)) if lang != "en" else 0.0
    mob_pool = bb.mobile_v6(rng, irange(rng, 200, 600), kind)
    resi_pool = bb.resi(rng, irange(rng, 100, 300), region)
    p_v6 = float(rng.uniform(0.55, 0.9))
    hold = float(rng.uniform(3, 10)) * MINUTE
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 4, 8)
    styles = _voices(rng, ("verbatim", "verbatim", "tag", "seed", "vary"), 1, 2)
    burst_gap = float(rng.choice([0.25, float(rng.uniform(1.5, 6))]))
    per_hour = float(rng.uniform(20, 45))
    p_public = float(rng.uniform(0.3, 0.7))
    comp = float(rng.uniform(250, 550))
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    accts = [ctx.account(rng, label=LABEL, family=fam, role="sampler", campaign_id=cid, pay=pick(rng, cards),
                         ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "okhttp/4.11.0")), ips=mob_pool)
             for _ in range(n)]
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(float(rng.uniform(10, 18)), 0.5))
    for a, starts in zip(accts, streams, strict=True):
        ts_l, p_l = [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            if chance(rng, p_public):  # a public prompt set as the seed pool
                base = pick(rng, ctx.chat)
            else:
                base = tx.sample_task(rng, lang if chance(rng, p_local) else "en")
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(burst_gap), 0.5, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                p_l.append(tx.sample_marker(rng, base, j + 1, style))
        if not ts_l:
            continue
        ts = np.asarray(ts_l)
        ips = bb.sticky(rng, ts, mob_pool, hold) if chance(rng, p_v6) else bb.sticky(rng, ts, resi_pool, hold)
        ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02), ips=ips, comp_median=comp,
                 comp_sigma=0.65, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "best-of-n soft-label sampling via mobile proxies", "keys": n,
                                   "proxy": kind, "samples": [n_lo, n_hi], "styles": styles,
                                   "p_public_prompts": round(p_public, 2),
                                   "burst_gap_s": round(burst_gap, 2), "jobs_per_h": round(per_hour, 1),
                                   "completion_median": round(comp), "start_ts": start})


# --------------------------------------------------------------------------------------------
# reefpoint: a parallel-corpus / back-translation shop on an office schedule plus night runs


def reefpoint(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "reefpoint"
    n = irange(rng, 3, 6)
    tz = pick(rng, (8, 8, 9, 3, 2, 5))
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud", "aws", "gcp"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    targets = _voices(rng, [k for k in tx.LANG_NAMES if k != "en"], 8, 14)
    voices = _voices(rng, tx.TRANSLATION_VOICES, 2, 4)
    src_langs = _voices(rng, sorted(tx.FOREIGN), 2, 5)
    p_back = float(rng.uniform(0.25, 0.4))
    rate = float(rng.uniform(1.5, 4))
    curve_day, curve_night = bb.workday(tz), bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 5)), tz)

    def curve(ts: np.ndarray) -> np.ndarray:
        boost = np.where(np.asarray(ts) >= ctx.release, 1.0, 0.65)
        return np.maximum(curve_day(ts), curve_night(ts)) * boost

    accts = []
    for i in range(n):
        qa = i == 0 and chance(rng, 0.6)  # a linguist checking output from the office browser
        ua = pick(rng, bb.BROWSERS) if qa else pick(rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3"))
        a = ctx.account(rng, label=LABEL, family=fam, role="qa" if qa else "translator_worker", campaign_id=cid, org=org,
                        pay=pay, ua=ua, ips=bb.home(rng, 1, tz) if qa else ips, tz=tz)
        accts.append(a)
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, rate * (0.2 if qa else 1.0) * (ctx.t1 - ctx.t0) / HOUR, curve)
        ts_l, p_l, c_l = [], [], []
        for s in jobs.tolist():
            if chance(rng, p_back):
                k = irange(rng, 1, 3)
                t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=k - 1))])
                for tj in t.tolist():
                    p = tx.back_translation(rng, pick(rng, src_langs), pick(rng, ("zh_ops", "literal", "bare")))
                    ts_l.append(tj)
                    p_l.append(p)
                    c_l.append(len(p) / 2.5)
                continue
            passage = tx.excerpt(rng, pick(rng, ctx.passages), 300, 1400)
            k = irange(rng, 3, 9)
            tg = rng.choice(targets, size=min(k, len(targets)), replace=False).tolist()
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(float(rng.uniform(2, 5))), 0.5, size=len(tg) - 1))])
            for tj, lang in zip(t.tolist(), tg, strict=True):
                v = pick(rng, voices)
                ts_l.append(tj)
                p_l.append(tx.translation(rng, passage, str(lang), v))
                c_l.append(len(passage) / 3.2 * (2.1 if v in ("multi", "register") else 1.0))
        if ts_l:
            ts = np.asarray(ts_l)
            ctx.emit(rng, a, ts, p_l, models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05), comp_median=np.asarray(c_l),
                     comp_sigma=0.3, err=0.01)
    ctx.campaign(cid, fam, accts, {"operation": "multilingual parallel corpus and back-translation", "accounts": n,
                                   "tz": tz, "provider": provider, "targets": targets, "voices": voices,
                                   "back_sources": src_langs, "p_back": round(p_back, 2),
                                   "jobs_per_h_per_account": round(rate, 2)})


# --------------------------------------------------------------------------------------------
# batten: a grey-market reseller; one of its customers distils, the rest are ordinary users


def batten(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "batten"
    n = irange(rng, 5, 9)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, ("contabo", "m247", "leaseweb", "ovh", "hetzner"))
    ips = bb.rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 2, 4))
    accts = [ctx.account(rng, label=LABEL, family=fam, role="reseller_key", campaign_id=cid, org=pick(rng, orgs),
                         pay=pick(rng, pays), ua="", ips=ips) for _ in range(n)]
    key_w = rng.dirichlet(np.ones(n) * 3)
    # ordinary end-customers
    cust_rate = float(rng.uniform(50, 120))
    ts_c = bb.thinned(rng, ctx.t0, ctx.t1, cust_rate * (ctx.t1 - ctx.t0) / HOUR,
                      bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.3, 0.6))))
    # the harvesting customer
    h_rate = float(rng.uniform(25, 60))
    h_start = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release + 0.3 * DAY))
    ts_h = bb.thinned(rng, h_start, ctx.t1, h_rate * (ctx.t1 - h_start) / HOUR, bb.global_load(float(rng.uniform(0, 24)), 0.1))
    mix = rng.dirichlet([4, 3.5, 2.5])
    ua_pool = list(bb.BROWSERS) + list(bb.SDK_COMMON) + list(bb.SDK_OTHER[:6])
    h_ua = pick(rng, bb.SDK_COMMON)
    who_c = rng.choice(n, size=len(ts_c), p=key_w)
    who_h = rng.choice(n, size=len(ts_h), p=key_w)
    for i, a in enumerate(accts):
        tc, th = ts_c[who_c == i], ts_h[who_h == i]
        if len(tc):
            ctx.emit(rng, a, tc, bb.picks(rng, ctx.chat, len(tc)), models=ctx.models(rng, tc, p_new=0.6, p_mini=0.15),
                     ua=bb.picks(rng, ua_pool, len(tc)), comp_median=320.0, comp_sigma=0.7)
        if len(th):
            kinds = rng.choice(3, size=len(th), p=mix)
            prompts, meds = [], []
            for k in kinds.tolist():
                if k == 0:
                    prompts.append(tx.thorough(rng, pick(rng, ctx.chat)))
                    meds.append(900.0)
                elif k == 1:
                    p = tx.excerpt(rng, pick(rng, ctx.passages), 400, 1500)
                    prompts.append(tx.safe_rewrite(rng, p))
                    meds.append(len(p) / 3.5)
                else:
                    prompts.append(tx.sft_pairs(rng, tx.excerpt(rng, pick(rng, ctx.passages), 400, 1500)))
                    meds.append(1200.0)
            ctx.emit(rng, a, th, prompts, models=ctx.models(rng, th, p_new=0.97, p_mini=0.0), ua=h_ua,
                     comp_median=np.asarray(meds), comp_sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {"operation": "reseller carrying a distilling customer", "keys": n, "orgs": n_orgs,
                                   "provider": prov, "customer_rate_per_h": round(cust_rate, 1),
                                   "harvest_rate_per_h": round(h_rate, 1), "harvest_start_ts": h_start,
                                   "harvest_mix": [round(float(x), 2) for x in mix]})


CAMPAIGN_FAMILIES = {
    "batten": batten,
    "broadseam": broadseam,
    "cringle": cringle,
    "headboard": headboard,
    "leechline": leechline,
    "reefpoint": reefpoint,
    "roach": roach,
    "tabling": tabling,
}
