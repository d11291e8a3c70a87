"""Campaign families of blind batch 61 (code names from natural dyeing). Each is a generator
`family(ctx, rng, campaign_id)` that creates its accounts, writes their events to the shared sink
and records the campaign(s) in the truth. Every parameter is drawn per seed; the README lists the
ranges."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as B
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind61 import texts as T

Rng = np.random.Generator

#: UTC offsets of a consumer region (for accounts whose declared zone follows their proxies)
_TZ_OF_REGION = {"us": (-5, -8), "eu": (0, 1, 2), "latam": (-3,), "sea": (8,), "in": (5,), "ca": (-5, -8),
                 "jp_kr": (9,), "ru": (3,), "cn": (8,)}


class Buf:
    """Per-account event columns, emitted at once."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.prompts: list[str] = []
        self.comp: list[float] = []
        self.extra: list[int] = []
        self.ips: list[str] = []

    def add(self, t: float, prompt: str, comp: float, extra: int = 0, ip: str | None = None) -> None:
        self.ts.append(float(t))
        self.prompts.append(prompt)
        self.comp.append(float(comp))
        self.extra.append(int(extra))
        if ip is not None:
            self.ips.append(ip)

    def emit(self, ctx: Ctx, rng: Rng, acct: Acct, models: list[str], *, sigma: float = 0.55,
             err: float = 0.01, ips: list[str] | None = None, status=None) -> int:
        if not self.ts:
            return 0
        if ips is None and self.ips:
            ips = self.ips
        return ctx.emit(rng, acct, np.asarray(self.ts), self.prompts, models=models, ips=ips,
                        comp_median=np.asarray(self.comp), comp_sigma=sigma, err=err,
                        extra=np.asarray(self.extra, dtype=np.int64), status=status)


def models_after(ctx: Ctx, rng: Rng, ts, switch: float, p_new: float, p_mini: float = 0.03) -> list[str]:
    """The new model with probability p_new from max(release, switch) on, otherwise the old
    flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    on = max(switch, ctx.release)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [new if (t >= on and a < p_new) else (mini if b < p_mini else old)
            for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)]


def rate_curve(ctx: Ctx, pre: float, base: B.Curve = B.constant) -> B.Curve:
    """`base` scaled by `pre` before the new model's release (a pivot to the new model)."""
    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        return base(ts) * np.where(ts < ctx.release, pre, 1.0)
    return f


def outages(rng: Rng, t0: float, t1: float, n: int, lo_h: float, hi_h: float, base: B.Curve = B.constant) -> B.Curve:
    """`base` with `n` random gaps (crashed workers, rotated keys, a weekend without babysitting)."""
    starts = rng.uniform(t0, t1, size=n)
    ends = starts + rng.uniform(lo_h, hi_h, size=n) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        down = np.zeros(len(ts), dtype=bool)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            down |= (ts >= s) & (ts < e)
        return np.where(down, 0.0, base(ts))
    return f


def _cards(rng: Rng, n: int) -> list[str]:
    return [hexid(rng, "pay") for _ in range(max(1, n))]


def _chat(ctx: Ctx, rng: Rng) -> str:
    return B.pick(rng, ctx.chat)


# =============================================================================================
# madder: reasoning-trace coercion from people-shaped accounts behind sticky residential proxies


def madder(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 18, 34)
    voices = rng.choice(T.TRACE_VOICES, size=irange(rng, 3, 6), replace=False).tolist()
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    pool = B.resi(rng, irange(rng, 40, 140), region)
    hold = float(rng.uniform(8, 40)) * MINUTE
    cover = float(rng.uniform(0.12, 0.35))
    cards = _cards(rng, n // irange(rng, 2, 4))
    p_browser = float(rng.uniform(0.2, 0.7))
    per_day = float(rng.uniform(3.0, 7.5))
    pre = float(rng.uniform(0.15, 0.5))
    size_mean, gap = float(rng.uniform(5, 12)), float(rng.uniform(35, 110))
    comp_trace = float(rng.uniform(900, 1600))
    p_tz_match = float(rng.uniform(0.3, 0.9))
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for _ in range(n):
        tz = pick(rng, _TZ_OF_REGION[region]) if chance(rng, p_tz_match) else pick(rng, B.TZS)
        ua = pick(rng, B.BROWSERS) if chance(rng, p_browser) else B.sdk_ua(rng)
        acct = ctx.account(rng, label="campaign", family="madder", role="harvester", campaign_id=cid,
                           pay=pick(rng, cards), ua=ua, ips=pool, tz=tz)
        accts.append(acct)
        my_voices = rng.choice(voices, size=min(len(voices), irange(rng, 1, 2)), replace=False).tolist()
        curve = B.evening_person(tz) if chance(rng, 0.6) else B.workday(tz, night=0.08, weekend=0.5)
        onboard = B.jitter_start(rng, ctx.t0, ctx.release, 0.8)
        mult = float(rng.lognormal(0, 0.35))
        sess = (B.session_times(rng, onboard, ctx.release, per_day * pre * mult, curve, size_mean, gap)
                + B.session_times(rng, ctx.release, ctx.t1, per_day * mult, curve, size_mean, gap))
        buf = Buf()
        for s in sess:
            for t in s.tolist():
                if chance(rng, cover):
                    buf.add(t, _chat(ctx, rng), 330)
                else:
                    buf.add(t, T.trace_prompt(rng, pick(rng, my_voices)), comp_trace)
        ts = np.asarray(buf.ts)
        buf.emit(ctx, rng, acct, models_after(ctx, rng, ts, ctx.release, p_new, 0.02),
                 ips=B.sticky(rng, ts, pool, hold), sigma=0.5, err=0.012)
    ctx.campaign(cid, "madder", accts, {
        "operation": "reasoning-trace coercion", "accounts": n, "voices": voices, "proxy_region": region,
        "proxy_pool": len(pool), "sticky_hold_s": round(hold), "cover_share": round(cover, 3),
        "cards": len(cards), "sessions_per_day": round(per_day, 2), "pre_release_rate": round(pre, 2),
        "completion_median": round(comp_trace)})


# =============================================================================================
# woad: reward-model data: rubric scores, pairwise verdicts, rankings, from a small cloud pool


_GRADE_COMP = {"json_rubric": 120, "pairwise": 280, "critique_likert": 360, "zh_score": 260, "checklist": 210,
               "prob_prefer": 6, "ranking": 320}


def woad(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 3, 7)
    org = hexid(rng, "org")
    cards = _cards(rng, irange(rng, 1, 2))
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "linode"))
    ips = B.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 8))
    voices = rng.choice(T.GRADE_VOICES, size=irange(rng, 3, 5), replace=False).tolist()
    per_hour = float(rng.uniform(45, 120))
    pre = float(rng.uniform(0.3, 0.7))
    start = B.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    curve = outages(rng, ctx.t0, ctx.t1, irange(rng, 2, 5), 1.0, 7.0, rate_curve(ctx, pre))
    p_new = float(rng.uniform(0.88, 0.98))
    pairs = T.qa_pairs()
    accts = [ctx.account(rng, label="campaign", family="woad", role="grader", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=B.sdk_ua(rng, 0.6), ips=ips) for _ in range(n)]
    for acct, ts in zip(accts, B.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        buf = Buf()
        for t in ts.tolist():
            v = pick(rng, voices)
            q, ans = pick(rng, pairs)
            worse, third = T.degraded(rng, ans, pick(rng, ctx.passages)), T.degraded(rng, ans, pick(rng, ctx.passages))
            a, b = (ans, worse) if chance(rng, 0.5) else (worse, ans)
            p = T.grade_prompt(rng, v, q, a, b, third)
            buf.add(t, p, _GRADE_COMP[v])
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, p_new, 0.01), sigma=0.45, err=0.02)
    ctx.campaign(cid, "woad", accts, {
        "operation": "rubric / pairwise grading for a reward model", "accounts": n, "provider": provider,
        "ips": len(ips), "voices": voices, "jobs_per_hour": round(per_hour, 1), "pre_release_rate": round(pre, 2),
        "start": round(start)})


# =============================================================================================
# cochineal: agent episodes with tool observations fed back, context growing step by step


_AGENT_UAS = ("langchain-openai/0.3.6", "litellm/1.60.2", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0",
              "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2")


def cochineal(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = _cards(rng, irange(rng, 1, 3))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    ips = B.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    voices = rng.choice(T.AGENT_VOICES, size=irange(rng, 2, 3), replace=False).tolist()
    per_hour = float(rng.uniform(10, 28))
    start = ctx.release - float(rng.uniform(0, 36)) * HOUR
    pre = float(rng.uniform(0.2, 0.5))
    step_gap = float(rng.uniform(3, 12))
    base_ctx, per_step = irange(rng, 500, 1500), irange(rng, 250, 900)
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 6, 10)
    p_new = float(rng.uniform(0.9, 0.99))
    accts = [ctx.account(rng, label="campaign", family="cochineal", role="rollout_worker", campaign_id=cid,
                         org=pick(rng, orgs), pay=pick(rng, cards), ua=pick(rng, _AGENT_UAS), ips=ips)
             for _ in range(n)]
    curve = rate_curve(ctx, pre, B.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.35))))
    for acct, starts in zip(accts, B.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        buf = Buf()
        for s in starts.tolist():
            voice = pick(rng, voices)
            task, tools = T.agent_task(rng)
            k = irange(rng, steps_lo, steps_hi)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))])
            for i, t in enumerate(ts.tolist()):
                last = i == k - 1
                buf.add(t, T.agent_step(rng, voice, task, tools, i, last), 750 if last else 230,
                        extra=base_ctx + i * per_step)
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, p_new, 0.01), sigma=0.5, err=0.015)
    ctx.campaign(cid, "cochineal", accts, {
        "operation": "agent / tool-use transcript harvesting", "accounts": n, "orgs": len(orgs),
        "provider": provider, "ips": len(ips), "voices": voices, "episodes_per_hour": round(per_hour, 1),
        "steps": [steps_lo, steps_hi], "step_gap_s": round(step_gap, 1), "context_tokens": [base_ctx, per_step],
        "start": round(start)})


# =============================================================================================
# weld: hydras of short-lived keys generating synthetic instruction datasets (two operators)


def weld(ctx: Ctx, rng: Rng, cid: str) -> None:
    for op in range(2):
        sid = cid if op == 0 else hexid(rng, "camp")
        n = irange(rng, 18, 42)
        langs = (["en"] if op == 0 else []) + rng.choice(T.DATA_LANGS[1:], size=irange(rng, 2, 5), replace=False).tolist()
        mode = pick(rng, ("resi_rotating", "dc_proxy", "mixed"))
        resi_pool = B.resi(rng, irange(rng, 300, 900), "*")
        dc_pool = B.rented_block(rng, pick(rng, ("m247", "leaseweb", "ovh", "vultr", "selectel")), irange(rng, 3, 10),
                                 irange(rng, 8, 30))
        cards = _cards(rng, n // irange(rng, 3, 6))
        err = float(rng.uniform(0.03, 0.15))
        comp = float(rng.uniform(1100, 2400))
        waves = np.sort(rng.uniform(ctx.release - 8 * HOUR, ctx.t1 - 10 * HOUR, size=irange(rng, 3, 6)))
        p_early = float(rng.uniform(0.05, 0.3))
        life_lo, life_hi = float(rng.uniform(1.5, 4)), float(rng.uniform(6, 16))
        req_mean = float(rng.uniform(50, 170))
        evol = float(rng.uniform(0.1, 0.4))
        accts = []
        for _ in range(n):
            acct = ctx.account(rng, label="campaign", family="weld", role="burner", campaign_id=sid,
                               pay=pick(rng, cards), ua=pick(rng, B.SDK_COMMON + B.SDK_OTHER), ips=resi_pool)
            accts.append(acct)
            if chance(rng, p_early):
                s = float(rng.uniform(ctx.t0, ctx.release))
            else:
                s = float(pick(rng, waves)) + float(rng.normal(0, 1.2)) * HOUR
            e = s + float(rng.uniform(life_lo, life_hi)) * HOUR
            ts = B.thinned(rng, s, e, float(rng.poisson(req_mean)), B.constant)
            buf = Buf()
            for t in ts.tolist():
                lang = pick(rng, langs)
                if lang == "en" and chance(rng, evol):
                    p = T.dataset_prompt(rng, "en", _chat(ctx, rng))
                else:
                    p = T.dataset_prompt(rng, lang, "")
                buf.add(t, p, comp)
            use = mode if mode != "mixed" else pick(rng, ("resi_rotating", "dc_proxy"))
            pool = resi_pool if use == "resi_rotating" else dc_pool
            ips = B.picks(rng, pool, len(ts))
            buf.emit(ctx, rng, acct, models_after(ctx, rng, ts, ctx.release, 0.97, 0.0), ips=ips, sigma=0.45, err=err)
        ctx.campaign(sid, "weld", accts, {
            "operation": "synthetic instruction-data generation via throwaway keys", "operator": op, "accounts": n,
            "languages": langs, "ip_mode": mode, "cards": len(cards), "rate_limited_share": round(err, 3),
            "waves": [round(w) for w in waves.tolist()], "lifetime_h": [round(life_lo, 1), round(life_hi, 1)],
            "requests_per_key": round(req_mean), "completion_median": round(comp)})


# =============================================================================================
# logwood: patient textbook sweeps from accounts that live like students


_TB_VOICES = ("casual", "syllabus", "es", "de", "terse")
_TB_WEIGHTS = (0.35, 0.3, 0.12, 0.13, 0.1)


def logwood(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 25, 45)
    courses = list(T.COURSES)
    cards = []
    per_day_lo, per_day_hi = float(rng.uniform(1.0, 2.0)), float(rng.uniform(2.5, 4.5))
    comp_tb = float(rng.uniform(1500, 2300))
    accts = []
    for _ in range(n):
        tz = pick(rng, B.TZS)
        ips = B.home(rng, irange(rng, 1, 3), tz)
        mobile = chance(rng, 0.3)
        ua = pick(rng, B.MOBILE[:3]) if mobile else pick(rng, B.BROWSERS)
        if cards and chance(rng, 0.25):
            pay = pick(rng, cards)
        else:
            pay = hexid(rng, "pay")
            cards.append(pay)
        acct = ctx.account(rng, label="campaign", family="logwood", role="sleeper", campaign_id=cid, pay=pay,
                           ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        voice = str(rng.choice(_TB_VOICES, p=_TB_WEIGHTS))
        course = pick(rng, courses)
        subs = list(T.COURSES[course])
        j = irange(rng, 0, len(subs) - 1)
        chapter = irange(rng, 2, 14)
        cover = float(rng.uniform(0.15, 0.4))
        curve = B.evening_person(tz) if chance(rng, 0.7) else B.workday(tz, 9, 22, weekend=0.6)
        sess = B.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(per_day_lo, per_day_hi)), curve,
                               float(rng.uniform(3, 7)), float(rng.uniform(120, 420)))
        buf = Buf()
        for s in sess:
            started = False
            for t in s.tolist():
                if chance(rng, cover):
                    buf.add(t, _chat(ctx, rng), 330)
                elif not started or chance(rng, 0.3):
                    sub = subs[j % len(subs)]
                    sec = f"{chapter + j // len(subs)}.{j % len(subs) + 1}"
                    buf.add(t, T.textbook_prompt(rng, voice, course, sub, sec), comp_tb)
                    j += 1
                    started = True
                    if j % len(subs) == 0 and chance(rng, 0.5):
                        course = pick(rng, courses)
                        subs = list(T.COURSES[course])
                else:
                    buf.add(t, T.continue_prompt(rng, voice, subs[j % len(subs)]), comp_tb * 0.8)
        more = B.mobile_v6(rng, 2, pick(rng, ("us_mobile", "eu_mobile", "in_mobile", "br_mobile"))) if mobile else []
        ipl = B.picks(rng, ips + more, len(buf.ts)) if buf.ts else None
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, float(rng.uniform(0.6, 0.92))),
                 ips=ipl, sigma=0.5, err=0.006)
    ctx.campaign(cid, "logwood", accts, {
        "operation": "low-and-slow textbook / continuation harvesting", "accounts": n, "cards": len(cards),
        "sessions_per_day": [round(per_day_lo, 2), round(per_day_hi, 2)], "completion_median": round(comp_tb)})


# =============================================================================================
# fustic: a reseller gateway whose end-user traffic hides best-of-n and soft-label sampling


def fustic(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "alibaba", "tencent", "hetzner", "leaseweb"))
    egress = B.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "axios/1.7.9", "okhttp/4.12.0"))
    per_hour = float(rng.uniform(15, 35))
    harvest = float(rng.uniform(0.15, 0.4))
    pre = float(rng.uniform(0.1, 0.5))
    curve = B.global_load(float(rng.uniform(11, 16)), float(rng.uniform(0.3, 0.6)))
    p_repeat = float(rng.uniform(0.4, 0.8))
    accts = []
    for _ in range(n):
        acct = ctx.account(rng, label="campaign", family="fustic", role="reseller_front", campaign_id=cid, org=org,
                           pay=pay, ua=ua, ips=egress)
        accts.append(acct)
        buf = Buf()
        for t in B.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.7, curve).tolist():
            h = harvest if t >= ctx.release else harvest * pre
            if not chance(rng, h):
                buf.add(t, _chat(ctx, rng), 340)
            elif chance(rng, p_repeat):
                p = _chat(ctx, rng)
                k = irange(rng, 3, 8)
                for dt in np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.8, size=k - 1))]).tolist():
                    buf.add(t + dt, p, 420)
            else:
                buf.add(t, T.alternatives_prompt(rng, _chat(ctx, rng)), 700)
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, 0.95, 0.05), sigma=0.6, err=0.02)
    ctx.campaign(cid, "fustic", accts, {
        "operation": "reseller front with best-of-n / soft-label sampling", "accounts": n, "provider": provider,
        "egress_ips": len(egress), "user_agent": ua, "requests_per_hour": round(per_hour, 1),
        "harvest_share": round(harvest, 3), "repeat_share": round(p_repeat, 2)})


# =============================================================================================
# henna: round-trip translation and "compliant" rewrites of passages, run at night from Asian clouds


def henna(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 5, 10)
    cards = _cards(rng, 2)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    cloud_ips = B.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    start_h, hours = float(rng.uniform(21, 25)) % 24, float(rng.uniform(4, 8))
    per_hour = float(rng.uniform(8, 20))  # chains per hour averaged over the day (all run in the window)
    p_rewrite = float(rng.uniform(0.15, 0.45))
    langs = rng.choice(T.BT_LANGS, size=irange(rng, 2, 5), replace=False).tolist()
    gap = float(rng.uniform(6, 20))
    start = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
    curve = rate_curve(ctx, float(rng.uniform(0.3, 0.7)), B.nightly(start_h, hours, 8))
    accts = []
    for _ in range(n):
        ips = cloud_ips if chance(rng, 0.7) else cloud_ips[:2] + B.resi(rng, irange(rng, 1, 3), "cn")
        accts.append(ctx.account(rng, label="campaign", family="henna", role="worker", campaign_id=cid,
                                 pay=pick(rng, cards), ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11",
                                                                     "OpenAI/Python 1.54.0")), ips=ips, tz=8))
    for acct, starts in zip(accts, B.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        voice = pick(rng, ("zh", "strict", "plain"))
        buf = Buf()
        for s in starts.tolist():
            passage = pick(rng, ctx.passages)
            if chance(rng, p_rewrite):
                p = T.rewrite_prompt(rng, voice, passage)
                buf.add(s, p, len(p) / 4.5)
                continue
            lang = pick(rng, langs)
            p = T.translate_prompt(rng, voice, lang, passage)
            tok = len(p) / 3.5
            t = s
            buf.add(t, p, tok)
            t += float(rng.lognormal(np.log(gap), 0.5))
            buf.add(t, T.back_prompt(rng, voice, lang), tok * 0.9)
            if chance(rng, 0.5):
                t += float(rng.lognormal(np.log(gap), 0.5))
                buf.add(t, T.compare_prompt(rng, voice), 450, extra=int(tok * 2))
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, 0.92, 0.02), sigma=0.35, err=0.01)
    ctx.campaign(cid, "henna", accts, {
        "operation": "back-translation and compliant-rewrite harvesting", "accounts": n, "provider": provider,
        "window_local_utc8": [round(start_h, 1), round(hours, 1)], "chains_per_hour": round(per_hour, 1),
        "rewrite_share": round(p_rewrite, 2), "languages": langs, "start": round(start)})


# =============================================================================================
# kermes: scripted multi-turn conversations from a fleet of "mobile app" accounts


_MOBILE_OF_LANG = {"en": ("us_mobile", "eu_mobile"), "hi": ("in_mobile",), "pt": ("br_mobile",), "id": (None,),
                   "es": (None,)}
_RESI_OF_LANG = {"id": "sea", "es": "latam"}


def kermes(ctx: Ctx, rng: Rng, cid: str) -> None:
    n = irange(rng, 14, 30)
    langs = rng.choice(T.CHAT_LANGS, size=irange(rng, 2, 4), replace=False).tolist()
    cards = _cards(rng, max(1, n // irange(rng, 4, 6)))
    per_hour = float(rng.uniform(8, 20))
    pre = float(rng.uniform(0.1, 0.4))
    turns_lo, turns_hi = irange(rng, 2, 3), irange(rng, 5, 8)
    gap = float(rng.uniform(25, 70))
    comp = float(rng.uniform(520, 850))
    seeded = float(rng.uniform(0.15, 0.45))
    start = ctx.release - float(rng.uniform(0.2, 2.5)) * DAY
    curve = rate_curve(ctx, pre, B.global_load(float(rng.uniform(10, 16)), float(rng.uniform(0.35, 0.7))))
    accts, acct_lang = [], []
    for _ in range(n):
        lang = pick(rng, langs)
        acct_lang.append(lang)
        accts.append(ctx.account(rng, label="campaign", family="kermes", role="app_bot", campaign_id=cid,
                                 pay=pick(rng, cards), ua=pick(rng, B.MOBILE), ips=[]))
    for acct, lang, starts in zip(accts, acct_lang, B.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        buf = Buf()
        ips: list[str] = []
        for s in starts.tolist():
            k = irange(rng, turns_lo, turns_hi)
            mob = pick(rng, _MOBILE_OF_LANG[lang])
            ip = B.mobile_v6(rng, 1, mob)[0] if mob else B.resi(rng, 1, _RESI_OF_LANG[lang])[0]
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.45, size=k - 1))])
            for i, t in enumerate(ts.tolist()):
                if i == 0:
                    p = _chat(ctx, rng) if chance(rng, seeded) else T.opener(rng, lang)
                else:
                    p = T.followup(rng, lang)
                buf.add(t, p, comp)
                ips.append(ip)
        buf.emit(ctx, rng, acct, models_after(ctx, rng, buf.ts, ctx.release, 0.95, 0.01), ips=ips, sigma=0.5,
                 err=0.01)
    ctx.campaign(cid, "kermes", accts, {
        "operation": "scripted multi-turn harvesting from mobile-looking fleet", "accounts": n, "languages": langs,
        "cards": len(cards), "conversations_per_hour": round(per_hour, 1), "turns": [turns_lo, turns_hi],
        "turn_gap_s": round(gap), "seeded_openers": round(seeded, 2), "start": round(start)})


CAMPAIGN_FAMILIES = {
    "cochineal": cochineal,
    "fustic": fustic,
    "henna": henna,
    "kermes": kermes,
    "logwood": logwood,
    "madder": madder,
    "weld": weld,
    "woad": woad,
}
