"""Campaign families of batch 55 (code names from the forge). Each is a generator
`family(ctx, rng, campaign_id)` that creates its accounts, writes their events into `ctx.sink` and
records the campaign in the truth; every volume, rate and share is drawn per seed."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind55 import texts as T

_DIRTY_CLOUDS = ("hetzner", "ovh", "vultr", "contabo", "alibaba", "tencent", "m247", "leaseweb", "digitalocean",
                 "selectel", "ucloud", "scaleway", "linode")
_BIG_CLOUDS = ("aws", "gcp", "azure", "oracle")


def _assign(rng: np.random.Generator, ts: np.ndarray, starts, ends) -> list[np.ndarray]:
    """One queue of jobs, each handed at random to an account active at the job's time."""
    starts, ends = np.asarray(starts, dtype=float), np.asarray(ends, dtype=float)
    u = rng.random(len(ts))
    who = np.full(len(ts), -1, dtype=np.int64)
    for j, t in enumerate(ts.tolist()):
        active = np.flatnonzero((starts <= t) & (ends > t))
        if len(active):
            who[j] = active[int(u[j] * len(active))]
    return [ts[who == i] for i in range(len(starts))]


def _release_boost(ctx: Ctx, ratio: float, base: bb.Curve = bb.constant) -> bb.Curve:
    """`base`, scaled down to 1/ratio before the new model's release."""
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, 1.0 / ratio) * base(ts)
    return f


def _mix(*parts: tuple[float, bb.Curve]) -> bb.Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(w * c(ts) for w, c in parts), 0, 1)
    return f


def _n_events(lists) -> int:
    return int(sum(len(x) for x in lists))


# --------------------------------------------------------------------------------------------


def tuyere(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from rented blocks, a worker queue per front company, surging at
    the new model's release."""
    fam = "tuyere"
    n_orgs, n_acc = irange(rng, 2, 4), irange(rng, 12, 24)
    provs = list(dict.fromkeys(picks(rng, _DIRTY_CLOUDS, 2)))
    block = bb.rented_block(rng, provs[0], irange(rng, 2, 4), irange(rng, 3, 8))
    if len(provs) > 1:
        block += bb.rented_block(rng, provs[1], irange(rng, 1, 2), irange(rng, 3, 6))
    op_tz = pick(rng, (8, 3, 2, 5))
    late_share = float(rng.uniform(0.3, 0.6))
    orgs = []
    for _ in range(n_orgs):
        orgs.append({"org": hexid(rng, "org"), "pay": hexid(rng, "pay"), "ua": bb.sdk_ua(rng, 0.25),
                     "voices": list(dict.fromkeys(picks(rng, T.COT_VOICES, 2))),
                     "rate": float(rng.uniform(10, 30)), "boost": float(rng.uniform(1.8, 3.5))})
    accts, starts, org_of = [], [], []
    for i in range(n_acc):
        o = orgs[i % n_orgs]
        k = irange(rng, 2, min(6, len(block)))
        ips = [block[j] for j in rng.choice(len(block), size=k, replace=False).tolist()]
        accts.append(ctx.account(rng, label="campaign", family=fam, role="harvester", campaign_id=camp,
                                 org=o["org"], pay=o["pay"], ua=o["ua"], ips=ips, tz=op_tz))
        late = chance(rng, late_share)
        starts.append(ctx.release + float(rng.uniform(0, 0.6)) * DAY if late else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35))
        org_of.append(i % n_orgs)
    comp = float(rng.uniform(1300, 2600))
    err = float(rng.uniform(0.02, 0.08))
    depth = float(rng.uniform(0.0, 0.35))
    n_ev = 0
    for oi, o in enumerate(orgs):
        idx = [i for i in range(n_acc) if org_of[i] == oi]
        curve = _release_boost(ctx, o["boost"], bb.global_load(float(rng.uniform(0, 24)), depth))
        jobs = bb.thinned(rng, ctx.t0, ctx.t1, o["rate"] * (ctx.t1 - ctx.t0) / HOUR, curve)
        per = _assign(rng, jobs, [starts[i] for i in idx], [ctx.t1 + 1] * len(idx))
        for i, ts in zip(idx, per, strict=True):
            prompts = [T.cot_wrap(rng, T.reasoning_problem(rng)[1], pick(rng, o["voices"])) for _ in range(len(ts))]
            n_ev += ctx.emit(rng, accts[i], ts, prompts, models=ctx.models(rng, ts, 0.97, 0.02),
                             comp_median=comp, comp_sigma=0.5, err=err)
    ctx.campaign(camp, fam, accts, {"operation": "reasoning-trace coercion", "orgs": n_orgs, "accounts": n_acc,
                                    "providers": provs, "late_share": round(late_share, 2), "events": n_ev,
                                    "comp_median": round(comp)})


def slack_tub(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Preference and rubric judgements harvested in overnight batches by a handful of 'startups'
    sharing two cards on big clouds."""
    fam = "slack_tub"
    n_acc = irange(rng, 5, 9)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    prov = pick(rng, _BIG_CLOUDS)
    uas = ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1")
    ua = pick(rng, uas)
    op_tz = pick(rng, (8, 3, -5, 1, 9))
    p_pair = float(rng.uniform(0.55, 0.8))
    voices = list(dict.fromkeys(picks(rng, ("zh", "rm", "const", "mtb"), 3)))
    comp = float(rng.uniform(160, 340))
    accts, n_ev = [], 0
    for _ in range(n_acc):
        a = ctx.account(rng, label="campaign", family=fam, role="judge-harvester", campaign_id=camp,
                        pay=pick(rng, cards), ua=ua if chance(rng, 0.8) else pick(rng, uas),
                        ips=bb.cloud(rng, irange(rng, 1, 3), prov), tz=op_tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        curve = _mix((1.0, bb.nightly(float(rng.uniform(21, 25)) % 24, float(rng.uniform(6, 11)), op_tz)),
                     (0.25, bb.constant))
        run_starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / DAY, curve)
        runs = bb.bursts(rng, run_starts, float(rng.uniform(40, 130)), float(rng.uniform(1.2, 4.5)), 0.6, ctx.t1)
        ts = np.sort(np.concatenate(runs)) if runs else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            q = pick(rng, ctx.chat)[:700]
            v = pick(rng, voices)
            if chance(rng, p_pair):
                pa, pb = (T._snip(rng, pick(rng, ctx.passages), 250, 1100) for _ in range(2))
                prompts.append(T.preference_prompt(rng, q, pa, pb, v))
            else:
                prompts.append(T.rubric_prompt(rng, q, T._snip(rng, pick(rng, ctx.passages), 250, 1200), v))
        n_ev += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.05), comp_median=comp,
                         comp_sigma=0.55, err=0.02)
    ctx.campaign(camp, fam, accts, {"operation": "preference/rubric harvesting", "accounts": n_acc,
                                    "cards": len(cards), "provider": prov, "pairwise_share": round(p_pair, 2),
                                    "events": n_ev})


def bickern(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A free chat front end reselling the API to its users and slipping its own expansion and
    continuation requests in between their chats."""
    fam = "bickern"
    n_acc, n_orgs = irange(rng, 3, 6), irange(rng, 1, 2)
    tz = pick(rng, (8, 9, 3, -3, 5))
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "digitalocean", "vultr", "aws"))
    pool = bb.cloud(rng, irange(rng, 2, 5), prov)
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    accts = [ctx.account(rng, label="campaign", family=fam, role="reseller", campaign_id=camp, org=orgs[i % n_orgs],
                         pay=pay, ua=ua, ips=pool, tz=tz) for i in range(n_acc)]
    starts = [bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15) for _ in range(n_acc)]
    rate = float(rng.uniform(45, 110))
    p_harv = float(rng.uniform(0.22, 0.45))
    curve = _release_boost(ctx, float(rng.uniform(1.2, 1.7)), bb.global_load((21 - tz) % 24, float(rng.uniform(0.5, 0.8))))
    jobs = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    n_ev = 0
    for a, ts in zip(accts, _assign(rng, jobs, starts, [ctx.t1 + 1] * n_acc), strict=True):
        harv = rng.random(len(ts)) < p_harv
        prompts, med = [], []
        for h in harv.tolist():
            if not h:
                prompts.append(pick(rng, ctx.chat))
                med.append(420.0)
            elif chance(rng, 0.6):
                prompts.append(T.expand_prompt(rng, pick(rng, ctx.chat)))
                med.append(1100.0)
            else:
                prompts.append(T.continue_prompt(rng, pick(rng, ctx.passages)))
                med.append(900.0)
        n_ev += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.03), comp_median=np.array(med),
                         comp_sigma=0.7, err=0.015)
    ctx.campaign(camp, fam, accts, {"operation": "reseller front end with injected harvesting", "accounts": n_acc,
                                    "rate_per_hour": round(rate, 1), "harvest_share": round(p_harv, 2),
                                    "provider": prov, "tz": tz, "events": n_ev})


def swage_block(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A hydra of short-lived keys generating synthetic datasets through residential proxies; a key
    is dropped once throttled and the next one takes over its lane."""
    fam = "swage_block"
    n_max = irange(rng, 40, 70)
    lanes = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 8))]
    uas = list(dict.fromkeys(bb.sdk_ua(rng, 0.4) for _ in range(2)))
    regions = list(dict.fromkeys(picks(rng, bb.regions(), 2)))
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 200, 600), r)]
    voices = list(dict.fromkeys(picks(rng, T.DATAGEN_VOICES, 3)))
    life_med = float(rng.uniform(5, 13)) * HOUR
    rate = float(rng.uniform(10, 28))
    hold = float(rng.uniform(5, 20)) * MINUTE
    comp = float(rng.uniform(900, 1600))
    accts, n_ev = [], 0
    for _ in range(lanes):
        t = ctx.t0 + float(rng.uniform(0, 1.2)) * DAY
        while t < ctx.t1 and len(accts) < n_max:
            life = float(np.clip(rng.lognormal(np.log(life_med), 0.5), 1.5 * HOUR, 2 * DAY))
            a = ctx.account(rng, label="campaign", family=fam, role="fresh-key", campaign_id=camp,
                            pay=pick(rng, cards), ua=pick(rng, uas), ips=pool[:1])
            accts.append(a)
            end = min(t + life, ctx.t1)
            ts = bb.thinned(rng, t, end, rate * (end - t) / HOUR, bb.constant)
            throttled = ts > t + 0.85 * life
            status = np.where(rng.random(len(ts)) < np.where(throttled, 0.35, 0.01), 429, 200)
            prompts = [T.datagen_prompt(rng, pick(rng, voices)) for _ in range(len(ts))]
            n_ev += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.02), comp_median=comp,
                             comp_sigma=0.45, status=status, ips=bb.sticky(rng, ts, pool, hold))
            t = end + float(rng.lognormal(np.log(40 * MINUTE), 0.9))
    ctx.campaign(camp, fam, accts, {"operation": "synthetic dataset generation (hydra)", "keys": len(accts),
                                    "lanes": lanes, "cards": len(cards), "regions": regions,
                                    "key_life_median_h": round(life_med / HOUR, 1), "events": n_ev})


_MOBILE_OF_TZ = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile",
                 5: "in_mobile"}


def fuller(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow persona accounts on home and phone networks, each sweeping its slice of an
    expert curriculum between ordinary chats."""
    fam = "fuller"
    n_acc = irange(rng, 30, 60)
    tzs = list(dict.fromkeys(picks(rng, bb.TZS, 3)))
    items = [(f, c) for f, cs in T.CATALOGUE.items() for c in cs]
    order = rng.permutation(len(items)).tolist()
    slices = np.array_split(np.array(order), n_acc)
    p_cover = float(rng.uniform(0.3, 0.55))
    late_share = float(rng.uniform(0.25, 0.5))
    accts, n_ev = [], 0
    for i in range(n_acc):
        tz = pick(rng, tzs)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        mob = _MOBILE_OF_TZ.get(tz)
        if mob and chance(rng, 0.4):
            ips = ips + bb.mobile_v6(rng, irange(rng, 2, 6), mob)
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.35) else pick(rng, bb.BROWSERS)
        lang = pick(rng, T.CURRICULUM_LANGS) if chance(rng, 0.6) else "en"
        a = ctx.account(rng, label="campaign", family=fam, role="persona", campaign_id=camp, ua=ua, ips=ips, tz=tz)
        accts.append(a)
        start = ctx.release + float(rng.uniform(-0.2, 1.0)) * DAY if chance(rng, late_share) else \
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = bb.session_times(rng, start, ctx.t1, float(rng.uniform(1.0, 3.0)), bb.evening_person(tz),
                                float(rng.uniform(3, 8)), float(rng.uniform(45, 160)))
        ts = np.concatenate(sess) if sess else np.empty(0)
        mine = [items[j] for j in slices[i].tolist()] or [items[order[i % len(items)]]]
        prompts, med, k = [], [], 0
        for _ in range(len(ts)):
            if chance(rng, p_cover):
                prompts.append(pick(rng, ctx.chat))
                med.append(350.0)
            else:
                f, c = mine[k % len(mine)]
                k += 1 if chance(rng, 0.7) else 0
                prompts.append(T.curriculum_prompt(rng, f, c, lang))
                med.append(850.0)
        n_ev += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.93, 0.04), comp_median=np.array(med),
                         comp_sigma=0.6, err=0.005)
    ctx.campaign(camp, fam, accts, {"operation": "low-and-slow curriculum sweep", "accounts": n_acc, "tzs": tzs,
                                    "cover_share": round(p_cover, 2), "late_share": round(late_share, 2),
                                    "events": n_ev})


def flatter(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Overnight translation and back-translation runs into many low-resource languages from one
    rented subnet."""
    fam = "flatter"
    n_acc, n_orgs = irange(rng, 5, 10), irange(rng, 1, 2)
    prov = pick(rng, ("ovh", "hetzner", "scaleway", "leaseweb", "contabo"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 4, 10))
    op_tz = pick(rng, (8, 3, 2, 1, 5))
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    voices = list(dict.fromkeys(picks(rng, T.BT_VOICES, 3)))
    win_start, win_len = float(rng.uniform(22, 25.5)) % 24, float(rng.uniform(5, 8))
    size, gap = float(rng.uniform(70, 200)), float(rng.uniform(2, 6))
    accts, n_ev = [], 0
    for i in range(n_acc):
        org, pay = orgs[i % n_orgs]
        a = ctx.account(rng, label="campaign", family=fam, role="translator", campaign_id=camp, org=org, pay=pay,
                        ua=ua, ips=list(block), tz=op_tz)
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        run_starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(1, 2.5)) * (ctx.t1 - start) / DAY,
                                bb.nightly(win_start, win_len, op_tz))
        runs = bb.bursts(rng, run_starts, size, gap, 0.5, ctx.t1)
        ts = np.sort(np.concatenate(runs)) if runs else np.empty(0)
        prompts, med = [], []
        for _ in range(len(ts)):
            p, n_src = T.translate_prompt(rng, pick(rng, ctx.passages), pick(rng, voices))
            prompts.append(p)
            med.append(float(np.clip(n_src / 3.2, 80, 2000)))
        n_ev += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), comp_median=np.array(med),
                         comp_sigma=0.3, err=0.02)
    ctx.campaign(camp, fam, accts, {"operation": "translation/back-translation harvest", "accounts": n_acc,
                                    "provider": prov, "window_local": [round(win_start, 1), round(win_len, 1)],
                                    "burst_size": round(size), "events": n_ev})


def mandrel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling from phone-app-looking accounts on carrier networks: every
    job is one prompt sent n times within seconds from one mobile address."""
    fam = "mandrel"
    n_acc = irange(rng, 6, 14)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    kinds = list(dict.fromkeys(picks(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), 2)))
    n_mean = float(rng.uniform(3.5, 7.5))
    p_tag = float(rng.uniform(0.0, 0.5))
    rate = float(rng.uniform(7, 18))
    gap = float(rng.uniform(0.4, 2.5))
    voices = list(dict.fromkeys(picks(rng, ("plain", "zh", "sys"), 2)))
    comp = float(rng.uniform(90, 260))
    accts = []
    for _ in range(n_acc):
        kind = pick(rng, kinds)
        accts.append(ctx.account(rng, label="campaign", family=fam, role="sampler", campaign_id=camp,
                                 pay=pick(rng, cards), ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", bb.MOBILE[0],
                                                                     "CFNetwork/1568.300.101 Darwin/24.2.0")),
                                 ips=bb.mobile_v6(rng, 2, kind)))
    starts = [bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45) for _ in range(n_acc)]
    jobs = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR,
                      _release_boost(ctx, float(rng.uniform(1.0, 2.0)), bb.global_load(float(rng.uniform(0, 24)), 0.3)))
    n_ev = 0
    for a, job_ts in zip(accts, _assign(rng, jobs, starts, [ctx.t1 + 1] * n_acc), strict=True):
        kind = pick(rng, kinds)
        ts_all, prompts, ips = [], [], []
        for t in job_ts.tolist():
            n = max(2, int(rng.poisson(n_mean)))
            ts_all.extend((t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])).tolist())
            base = T.softlabel_prompt(rng, pick(rng, ctx.chat), pick(rng, voices))
            tag = chance(rng, p_tag)
            prompts.extend(f"{base}\n(sample {j + 1}/{n})" if tag else base for j in range(n))
            ips.extend([bb.mobile_v6(rng, 1, kind)[0]] * n)
        n_ev += ctx.emit(rng, a, np.array(ts_all), prompts, ips=ips, models=ctx.models(rng, np.array(ts_all), 0.95, 0.02),
                         comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(camp, fam, accts, {"operation": "best-of-n / soft-label sampling", "accounts": n_acc,
                                    "n_mean": round(n_mean, 1), "tagged_share": round(p_tag, 2),
                                    "networks": kinds, "events": n_ev})


def hot_cut(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent trajectories spread thin over many single-account 'developers' with IDE-agent user
    agents and office-hours episodes, mostly opened after the release."""
    fam = "hot_cut"
    n_acc = irange(rng, 20, 40)
    tzs = list(dict.fromkeys(picks(rng, bb.TZS, 3)))
    p_home = float(rng.uniform(0.15, 0.4))
    late_share = float(rng.uniform(0.45, 0.75))
    voices = list(dict.fromkeys(picks(rng, T.AGENT_VOICES, 2)))
    step_gap = float(rng.uniform(4, 12))
    comp = float(rng.uniform(220, 420))
    accts, n_ev = [], 0
    for _ in range(n_acc):
        tz = pick(rng, tzs)
        ips = bb.home(rng, 1, tz) if chance(rng, p_home) else bb.cloud(rng, irange(rng, 1, 2), pick(rng, _DIRTY_CLOUDS + _BIG_CLOUDS))
        a = ctx.account(rng, label="campaign", family=fam, role="agent-harvester", campaign_id=camp,
                        ua=pick(rng, T.AGENT_UAS), ips=ips, tz=tz)
        accts.append(a)
        start = ctx.release + float(rng.uniform(-0.3, 1.2)) * DAY if chance(rng, late_share) else \
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        eps = bb.thinned(rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY,
                         bb.workday(tz, weekend=0.15, night=0.05))
        voice = pick(rng, voices)
        ts_all, prompts = [], []
        for s in eps.tolist():
            n = irange(rng, 5, 18)
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.7, size=n - 1))])
            task = T.agent_task(rng)
            ts_all.extend(ts.tolist())
            prompts.extend(T.agent_step_prompt(rng, task, j, voice) for j in range(n))
        ts_arr = np.array(ts_all)
        n_ev += ctx.emit(rng, a, ts_arr, prompts, models=ctx.models(rng, ts_arr, 0.96, 0.02), comp_median=comp,
                         comp_sigma=0.6, err=0.01)
    ctx.campaign(camp, fam, accts, {"operation": "agent trajectory harvesting, spread thin", "accounts": n_acc,
                                    "tzs": tzs, "home_share": round(p_home, 2), "late_share": round(late_share, 2),
                                    "events": n_ev})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tuyere": tuyere,
    "slack_tub": slack_tub,
    "bickern": bickern,
    "swage_block": swage_block,
    "fuller": fuller,
    "flatter": flatter,
    "mandrel": mandrel,
    "hot_cut": hot_cut,
}
