"""Campaign families of blind batch 75 (code names from heraldry).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
its events through `ctx.emit` and records the campaign (with the parameters drawn for this seed)
through `ctx.campaign`. Written without reading the monitor; see README.md for the card.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Acct,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind75 import texts as T

G = np.random.Generator


class Buf:
    """Per-account event buffer: per-event prompt, model, completion median, extra tokens, IP."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.prompt: list[str] = []
        self.model: list[str] = []
        self.comp: list[float] = []
        self.extra: list[int] = []
        self.ip: list[str] = []
        self.status: list[int] = []

    def add(self, t: float, prompt: str, model: str, comp: float, *, extra: int = 0, ip: str = "",
            status: int = 0) -> None:
        self.ts.append(float(t))
        self.prompt.append(prompt)
        self.model.append(model)
        self.comp.append(float(comp))
        self.extra.append(int(extra))
        self.ip.append(ip)
        self.status.append(int(status))

    def flush(self, ctx: Ctx, rng: G, acct: Acct, *, sigma: float = 0.6, err: float = 0.01,
              ua: str | list[str] | None = None) -> int:
        n = len(self.ts)
        if n == 0:
            return 0
        ips = [ip or pick(rng, acct.ips) for ip in self.ip]
        rnd = np.where(rng.random(n) < err, 429, 200)
        status = np.where(np.asarray(self.status) > 0, np.asarray(self.status), rnd)
        return ctx.emit(rng, acct, self.ts, self.prompt, models=self.model, ips=ips, ua=ua,
                        comp_median=np.asarray(self.comp), comp_sigma=sigma, err=err,
                        extra=np.asarray(self.extra, dtype=np.int64), status=status)


def model_at(ctx: Ctx, rng: G, t: float, p_new: float, p_mini: float = 0.05) -> str:
    if t >= ctx.release and chance(rng, p_new):
        return ctx.new_model
    return ctx.old_models[-1] if chance(rng, p_mini) else ctx.old_models[0]


def weights(rng: G, names: tuple[str, ...], k_lo: int, k_hi: int) -> dict[str, float]:
    """A random subset of voices with Dirichlet weights."""
    k = irange(rng, k_lo, min(k_hi, len(names)))
    chosen = [names[i] for i in rng.choice(len(names), size=k, replace=False).tolist()]
    w = rng.dirichlet(np.full(k, 1.5)).tolist()
    return dict(zip(chosen, [round(x, 3) for x in w], strict=True))


def draw(rng: G, w: dict[str, float]) -> str:
    keys = list(w)
    p = np.asarray([w[k] for k in keys])
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def mobile_kind(tz: int) -> str | None:
    return {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile", 0: "eu_mobile",
            1: "eu_mobile", 2: "eu_mobile"}.get(tz)


def alive_assign(rng: G, ts: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each time, a random key among those alive then (-1 where none is)."""
    out = np.full(len(ts), -1, dtype=np.int64)
    for j, t in enumerate(ts.tolist()):
        alive = np.flatnonzero((starts <= t) & (ends > t))
        if len(alive):
            out[j] = int(alive[int(rng.integers(len(alive)))])
    return out


# ============================================================================================
# gyron: hydra of short-lived keys coercing full reasoning traces from the new model


def gyron(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "gyron"
    provs = picks(rng, bb.providers(), 2)
    pool_dc = (bb.rented_block(rng, provs[0], irange(rng, 2, 4), irange(rng, 4, 8))
               + bb.rented_block(rng, provs[1], irange(rng, 1, 3), irange(rng, 3, 6)))
    region = pick(rng, ("*", "us", "eu", "sea", "latam", "in"))
    pool_resi = bb.resi(rng, irange(rng, 200, 600), region)
    ip_mode = pick(rng, ("rented", "resi", "mixed"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    uas = picks(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"), 2)
    voices = weights(rng, T.COT_VOICES, 2, 4)
    comp_med = float(rng.uniform(1400, 2600))
    err = float(rng.uniform(0.03, 0.08))
    n_waves = irange(rng, 3, 6)
    waves = sorted(float(x) for x in rng.uniform(ctx.release, ctx.t1 - 8 * HOUR, size=n_waves))
    pilot = chance(rng, 0.6)
    if pilot:
        waves = [ctx.release - float(rng.uniform(0.5, 2.0)) * DAY] + waves
    life_med = float(rng.uniform(8, 16)) * HOUR
    accounts: list[Acct] = []
    wave_params = []
    for w, ws in enumerate(waves):
        is_pilot = pilot and w == 0
        k = irange(rng, 2, 3) if is_pilot else irange(rng, 4, 10)
        per_hour = float(rng.uniform(20, 50) if is_pilot else rng.uniform(80, 220))
        wave_org = hexid(rng, "org") if chance(rng, 0.3) else None
        starts = ws + rng.uniform(0, 2 * HOUR, size=k)
        lives = np.clip(rng.lognormal(np.log(life_med), 0.5, size=k), 3 * HOUR, 36 * HOUR)
        streams = bb.worker_pool(rng, ws, ws + float(lives.max()) + 2 * HOUR, per_hour, k)
        wave_params.append({"start": round(ws, 1), "keys": k, "per_hour": round(per_hour, 1), "pilot": is_pilot})
        for i in range(k):
            ua = pick(rng, BROWSERS) if chance(rng, 0.15) else pick(rng, uas)
            mode = ip_mode if ip_mode != "mixed" else pick(rng, ("rented", "resi"))
            ips = picks(rng, pool_dc, irange(rng, 3, 8)) if mode == "rented" else [pick(rng, pool_resi)]
            acct = ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid,
                               org=wave_org, pay=pick(rng, cards), ua=ua, ips=ips)
            accounts.append(acct)
            ts = streams[i]
            ts = ts[(ts >= starts[i]) & (ts < starts[i] + lives[i])]
            if len(ts) == 0:
                ts = np.array([starts[i] + float(rng.uniform(0, 600))])
            buf = Buf()
            hold = float(rng.uniform(300, 1200))
            sticky_ips = bb.sticky(rng, ts, pool_resi, hold) if mode == "resi" else [""] * len(ts)
            for t, ip in zip(ts.tolist(), sticky_ips, strict=True):
                buf.add(t, T.cot_voice(rng, draw(rng, voices)), model_at(ctx, rng, t, 0.97),
                        comp_med * float(rng.uniform(0.8, 1.2)), ip=ip)
            buf.flush(ctx, rng, acct, sigma=0.45, err=err)
    ctx.campaign(cid, fam, accounts, {
        "operation": "reasoning-trace coercion via hydra keys", "waves": wave_params, "ip_mode": ip_mode,
        "providers": provs, "resi_region": region, "cards": len(cards), "user_agents": uas, "voices": voices,
        "completion_median": round(comp_med), "err_429": round(err, 3), "life_median_h": round(life_med / HOUR, 1),
    })


# ============================================================================================
# flaunch: agent trajectory harvesting (multi-step tool-use transcripts, several rollouts per task)


def flaunch(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "flaunch"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ips = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "openai-agents-python/0.0.19",
                    "smolagents/1.9.2 litellm/1.60.2"))
    voices = weights(rng, T.AGENT_VOICES, 2, 3)
    envs = weights(rng, T.AGENT_ENVS, 3, 6)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(4, 10))
    gap_med = float(rng.uniform(5, 18))
    comp_med = float(rng.uniform(220, 420))
    max_roll = irange(rng, 2, 4)
    accts = [ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=picks(rng, ips, irange(rng, 2, len(ips))))
             for _ in range(n_keys)]
    bufs = [Buf() for _ in accts]
    for t_task in bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant).tolist():
        env, voice = draw(rng, envs), draw(rng, voices)
        goal = T.agent_goal(rng, env)
        model = model_at(ctx, rng, t_task, 0.9)
        steps = irange(rng, 4, 16)
        t = t_task
        for _ in range(min(max_roll, 1 + int(rng.poisson(0.8)))):
            k = int(rng.integers(n_keys))
            for s in range(1, steps + 1):
                bufs[k].add(t, T.agent_step(rng, voice, env, goal, s), model, comp_med,
                            extra=s * irange(rng, 120, 300))
                t += float(rng.lognormal(np.log(gap_med), 0.6))
            t += float(rng.lognormal(np.log(30), 0.8))
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, sigma=0.55, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "agent tool-use trajectory harvesting with rollouts", "keys": n_keys, "provider": provider,
        "user_agent": ua, "voices": voices, "envs": envs, "start": round(start, 1), "tasks_per_hour": round(per_hour, 2),
        "step_gap_median_s": round(gap_med, 1), "completion_median": round(comp_med), "max_rollouts": max_roll,
    })


# ============================================================================================
# rustre: low-and-slow "people" asking for long lecture notes, mixed with ordinary chat


def rustre(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "rustre"
    n = irange(rng, 30, 60)
    cards = [hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 2, 4)))]
    p_harvest = float(rng.uniform(0.45, 0.75))
    p_new = float(rng.uniform(0.7, 0.9))
    harvest_med = float(rng.uniform(800, 1300))
    p_en = float(rng.uniform(0.4, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mk = mobile_kind(tz)
        on_mobile = mk is not None and chance(rng, 0.25)
        ua = pick(rng, MOBILE[:3]) if on_mobile else pick(rng, BROWSERS)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid,
                           pay=pick(rng, cards), ua=ua, ips=ips, tz=tz)
        accts.append(acct)
        lang = "en" if chance(rng, p_en) else pick(rng, ("es", "pt", "de", "fr", "id"))
        start = ctx.t0 + float(rng.uniform(0.5 * DAY, ctx.release - ctx.t0 + 0.5 * DAY))
        sess = bb.session_times(rng, start, ctx.t1, float(rng.uniform(0.5, 1.6)), bb.evening_person(tz),
                                float(rng.uniform(2.5, 6)), float(rng.uniform(90, 300)))
        if not sess:
            sess = [np.array([start + float(rng.uniform(0, DAY))])]
        buf = Buf()
        for s in sess:
            v6 = bb.mobile_v6(rng, 1, mk)[0] if on_mobile and mk else ""
            for t in s.tolist():
                if chance(rng, p_harvest):
                    buf.add(t, T.curriculum(rng, lang if chance(rng, 0.85) else "en"), model_at(ctx, rng, t, p_new),
                            harvest_med, ip=v6)
                else:
                    buf.add(t, pick(rng, ctx.chat), model_at(ctx, rng, t, p_new), 350.0, ip=v6)
        buf.flush(ctx, rng, acct, sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "low-and-slow curriculum harvesting disguised as individuals", "accounts": n, "cards": len(cards),
        "p_harvest": round(p_harvest, 3), "p_new": round(p_new, 3), "harvest_completion_median": round(harvest_med),
        "p_english": round(p_en, 3),
    })


# ============================================================================================
# nebuly: preference / rubric grading harvested at night


def nebuly(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "nebuly"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    ips = bb.rented_block(rng, provider, 1, irange(rng, 3, 6))
    ua = pick(rng, ("python-requests/2.32.3", "dspy/2.6.3 litellm/1.60.2", "python-httpx/0.28.1"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(22, 27)) % 24, float(rng.uniform(4, 8))
    curve = bb.nightly(start_h, hours, tz)
    per_hour = float(rng.uniform(60, 140))
    pilot = chance(rng, 0.5)
    a = ctx.release - (1.2 * DAY if pilot else 0.0)
    voices = weights(rng, T.RUBRIC_VOICES, 2, 3)
    accts = [ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=ips, tz=tz) for _ in range(n_keys)]
    streams = bb.worker_pool(rng, a, ctx.t1, per_hour, n_keys, curve)
    for acct, ts in zip(accts, streams, strict=True):
        if len(ts) == 0:
            ts = np.array([ctx.release + float(rng.uniform(0, DAY))])
        buf = Buf()
        for t in ts.tolist():
            v = draw(rng, voices)
            ins = T._clip(pick(rng, ctx.chat), rng, 40, 400)
            ra = T._clip(pick(rng, ctx.passages), rng, 300, 1200)
            rb = T._clip(pick(rng, ctx.passages), rng, 300, 1200)
            comp = float(rng.uniform(600, 900)) if v == "critique" else float(rng.uniform(150, 320))
            buf.add(t, T.rubric(rng, v, ins, ra, rb), model_at(ctx, rng, t, 0.97), comp)
        buf.flush(ctx, rng, acct, sigma=0.45, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "preference / rubric grading harvest (reward-model data)", "keys": n_keys, "provider": provider,
        "user_agent": ua, "tz": tz, "night_start_h": round(start_h, 2), "night_hours": round(hours, 2),
        "per_hour_avg": round(per_hour, 1), "pilot_before_release": pilot, "voices": voices,
    })


# ============================================================================================
# raguly: back-translation and "review-safe" rewrites from Chinese clouds, rotating shell keys


def raguly(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "raguly"
    n_keys = irange(rng, 10, 20)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    provs = picks(rng, ("alibaba", "tencent", "huawei", "ucloud"), 2)
    dc = bb.rented_block(rng, provs[0], irange(rng, 1, 3), irange(rng, 3, 8)) + bb.rented_block(rng, provs[1], 1, irange(rng, 2, 6))
    cn_resi = bb.resi(rng, irange(rng, 100, 300), "cn")
    p_resi = float(rng.uniform(0.1, 0.4))
    uas = picks(rng, ("Go-http-client/2.0", "python-requests/2.32.3", "okhttp/4.12.0", "OpenAI/Python 1.54.0"), 2)
    voices = weights(rng, T.REWRITE_VOICES, 3, 5)
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(70, 160))
    starts = rng.uniform(start, ctx.t1 - 12 * HOUR, size=n_keys)
    starts[0] = start
    ends = starts + rng.uniform(1.0, 4.0, size=n_keys) * DAY
    ends[int(np.argmax(ends))] = ctx.t1 + 1
    accts = [ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid, org=pick(rng, orgs),
                         pay=pick(rng, cards), ua=pick(rng, uas), ips=picks(rng, dc, irange(rng, 2, 5)), tz=8)
             for _ in range(n_keys)]
    ts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    who = alive_assign(rng, ts, starts, ends)
    bufs = [Buf() for _ in accts]
    ratio = float(rng.uniform(1.0, 1.4))
    for t, k in zip(ts.tolist(), who.tolist(), strict=True):
        if k < 0:
            continue
        v = draw(rng, voices)
        passage = T._clip(pick(rng, ctx.passages), rng, 200, 1400)
        prompt = T.rewrite(rng, v, passage)
        comp = min(1500.0, max(80.0, len(passage) / 4 * ratio * (3 if v == "para3" else 1)))
        if v in ("zh2en", "safe_zh"):
            comp = float(rng.uniform(120, 300))
        ip = pick(rng, cn_resi) if chance(rng, p_resi) else ""
        bufs[k].add(t, prompt, model_at(ctx, rng, t, 0.95), comp, ip=ip)
    for i, (a, b) in enumerate(zip(accts, bufs, strict=True)):
        if not b.ts:
            b.add(float(starts[i]) + 60.0, T.rewrite(rng, "zh2en", ""), model_at(ctx, rng, float(starts[i]), 0.95), 200.0)
        b.flush(ctx, rng, a, sigma=0.4, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "back-translation and censorship-safe rewrite harvest", "keys": n_keys, "orgs": len(orgs),
        "cards": len(cards), "providers": provs, "p_cn_residential": round(p_resi, 3), "user_agents": uas,
        "voices": voices, "start": round(start, 1), "per_hour": round(per_hour, 1),
    })


# ============================================================================================
# naiant: a reseller front-end that tees end-user prompts for best-of-n sampling


def naiant(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "naiant"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("digitalocean", "vultr", "linode", "hetzner"))
    ips = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 5))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    per_hour = float(rng.uniform(60, 140))
    peak = float(rng.uniform(11, 16))
    f_tee = float(rng.uniform(0.2, 0.45))
    n_lo, n_hi = 3, irange(rng, 4, 6)
    tee_from = ctx.release + float(rng.uniform(0, 12)) * HOUR
    fan_gap = float(rng.uniform(0.5, 4.0))
    p_suffix = float(rng.uniform(0.0, 0.25))
    accts = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=cid, org=org,
                         pay=pick(rng, cards), ua=ua, ips=ips) for _ in range(n_keys)]
    bufs = [Buf() for _ in accts]
    ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, 0.5))
    for t in ts.tolist():
        k = int(rng.integers(n_keys))
        p = pick(rng, ctx.chat)
        bufs[k].add(t, p, model_at(ctx, rng, t, 0.55), 350.0)
        if t >= tee_from and chance(rng, f_tee):
            suffix = pick(rng, ("\n\nAnswer again from scratch.", "\n\n(alternative answer)", " ")) if chance(rng, p_suffix) else ""
            tt = t
            for _ in range(irange(rng, n_lo, n_hi) - 1):
                tt += float(rng.lognormal(np.log(fan_gap), 0.7))
                bufs[int(rng.integers(n_keys))].add(tt, p + suffix, ctx.new_model, 350.0)
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, sigma=0.7, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "reseller tees real user prompts for best-of-n samples from the new model", "keys": n_keys,
        "provider": provider, "user_agent": ua, "per_hour": round(per_hour, 1), "tee_fraction": round(f_tee, 3),
        "n_range": [n_lo, n_hi], "tee_from": round(tee_from, 1), "fan_gap_s": round(fan_gap, 2),
        "p_suffix": round(p_suffix, 3),
    })


# ============================================================================================
# torteau: synthetic instruction-data generation spread thin over many throwaway accounts


def torteau(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "torteau"
    n = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 8, 15))]
    voices = weights(rng, T.SYNTH_VOICES, 3, 5)
    comp_med = float(rng.uniform(1800, 3000))
    region = pick(rng, ("*", "us", "eu", "latam", "sea", "in"))
    resi_pool = bb.resi(rng, irange(rng, 300, 900), region)
    ua_pool = SDK_OTHER + BROWSERS
    accts = []
    for _ in range(n):
        mode = pick(rng, ("mobile", "mobile", "rotating", "sticky"))
        mk = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        acct = ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid,
                           pay=pick(rng, cards), ua=pick(rng, ua_pool), ips=[pick(rng, resi_pool)])
        accts.append(acct)
        start = float(rng.uniform(ctx.release - 0.5 * DAY, ctx.t1 - 1.5 * DAY))
        end = min(ctx.t1, start + float(rng.uniform(1.0, 3.0)) * DAY)
        bstarts = bb.thinned(rng, start, end, (end - start) / DAY * float(rng.uniform(1, 3)), bb.constant)
        if len(bstarts) == 0:
            bstarts = np.array([start + float(rng.uniform(0, HOUR))])
        trains = bb.bursts(rng, bstarts, float(rng.uniform(5, 20)), float(rng.uniform(15, 60)), b=end)
        ts = np.concatenate(trains)
        if mode == "mobile":
            ips = bb.mobile_v6(rng, len(ts), mk)
        elif mode == "rotating":
            ips = picks(rng, resi_pool, len(ts))
        else:
            ips = bb.sticky(rng, ts, resi_pool, float(rng.uniform(600, 3600)))
        primary = draw(rng, voices)
        buf = Buf()
        for t, ip in zip(ts.tolist(), ips, strict=True):
            v = primary if chance(rng, 0.7) else draw(rng, voices)
            buf.add(t, T.synth_data(rng, v), model_at(ctx, rng, t, 0.95), comp_med, ip=ip)
        buf.flush(ctx, rng, acct, sigma=0.4, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic instruction dataset generation, spread thin", "accounts": n, "cards": len(cards),
        "voices": voices, "completion_median": round(comp_med), "resi_region": region,
    })


# ============================================================================================
# lambrequin: refusal-boundary sweeps (distilling the safety policy) dressed as red-team QA


def lambrequin(ctx: Ctx, rng: G, cid: str) -> None:
    fam = "lambrequin"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, (0, 1, 2, -5))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    cloud = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("azure", "aws")))
    p_cloud = float(rng.uniform(0.3, 0.7))
    uas = picks(rng, ("promptfoo/0.103.5", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"), 2)
    voices = weights(rng, T.BOUNDARY_VOICES, 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(25, 60))
    comp_med = float(rng.uniform(220, 450))
    accts = [ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=cid, org=pick(rng, orgs),
                         pay=pick(rng, cards), ua=pick(rng, uas), ips=office, tz=tz) for _ in range(n_keys)]
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.workday(tz, weekend=0.1))
    for acct, ts in zip(accts, streams, strict=True):
        if len(ts) == 0:
            ts = np.array([ctx.release + float(rng.uniform(9, 15)) * HOUR])
        buf = Buf()
        for t in ts.tolist():
            ip = pick(rng, cloud) if chance(rng, p_cloud) else ""
            buf.add(t, T.boundary(rng, draw(rng, voices)), model_at(ctx, rng, t, 0.9), comp_med, ip=ip)
        buf.flush(ctx, rng, acct, sigma=0.5, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "refusal-boundary sweeps (safety-policy distillation)", "keys": n_keys, "orgs": len(orgs),
        "tz": tz, "p_cloud": round(p_cloud, 3), "user_agents": uas, "voices": voices, "start": round(start, 1),
        "per_hour_avg": round(per_hour, 1), "completion_median": round(comp_med),
    })


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, G, str], None]] = {
    "gyron": gyron,
    "flaunch": flaunch,
    "rustre": rustre,
    "nebuly": nebuly,
    "raguly": raguly,
    "naiant": naiant,
    "torteau": torteau,
    "lambrequin": lambrequin,
}
