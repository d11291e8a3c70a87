"""Campaign families of blind batch 71 (code names from printmaking).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes their
events through `ctx.emit` and records the campaign and its randomised parameters through
`ctx.campaign`. Harvesting prompts come from `texts.py`; ordinary cover text from ShareGPT via the
context. Written without reading the monitor.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    Ctx,
    chance,
    cloud,
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
)
from bench.monitor_blind71 import texts as T

CAMPAIGN = "campaign"


def _lang(rng: np.random.Generator, mix: dict[str, float]) -> str:
    keys = list(mix)
    p = np.asarray([mix[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _mix(rng: np.random.Generator, langs: tuple[str, ...], main: str) -> dict[str, float]:
    """A language mix: `main` dominant, the others in random small shares."""
    w = {k: float(rng.uniform(0.02, 0.25)) for k in langs}
    w[main] = float(rng.uniform(0.5, 0.85))
    return w


def _outages(rng: np.random.Generator, ctx: Ctx, n_max: int, lo_h: float, hi_h: float):
    """A few stretches where an operator's pipeline is down (crash, ban scare, weekend)."""
    gaps = []
    for _ in range(irange(rng, 0, n_max)):
        a = float(rng.uniform(ctx.t0, ctx.t1))
        gaps.append((a, a + float(rng.uniform(lo_h, hi_h)) * HOUR))

    def f(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for a, b in gaps:
            w[(ts >= a) & (ts < b)] = 0.0
        return w
    return f, [[round(a), round(b)] for a, b in gaps]


# --------------------------------------------------------------------------------------------


def mezzotint(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Worked-reasoning harvest with self-consistency samples spread over a key pool."""
    fam = "mezzotint"
    n_orgs = irange(rng, 2, 3)
    provider = pick(rng, ("aws", "gcp", "oracle", "vultr", "azure", "hetzner", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    langs = _mix(rng, ("en", "zh", "es", "ru"), "en")
    accts, org_voice = [], []
    for _ in range(n_orgs):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.35)
        sub = picks(rng, block, max(2, len(block) // 2))
        voice = irange(rng, 0, 4)
        for _ in range(irange(rng, 3, 5)):
            accts.append(ctx.account(rng, label=CAMPAIGN, family=fam, role="sampler", campaign_id=cid,
                                     org=org, pay=pay, ua=ua, ips=sub))
            org_voice.append(voice)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(70, 150))
    boost = float(rng.uniform(1.3, 2.3))
    k_mean = float(rng.uniform(2.0, 5.0))
    nonce = pick(rng, ("identical", "seed_tag", "revoice"))
    down, down_spans = _outages(rng, ctx, 3, 2, 9)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where(ts >= ctx.release, 1.0, 1.0 / boost) * down(ts)

    starts = thinned(rng, start, ctx.t1, per_hour / k_mean * (ctx.t1 - start) / HOUR, curve)
    per: list[list[tuple[float, str]]] = [[] for _ in accts]
    for t in starts.tolist():
        lang = _lang(rng, langs)
        base = T.problem(rng, lang)
        k = 1 + int(rng.poisson(k_mean - 1))
        times = t + np.cumsum(rng.exponential(float(rng.uniform(5, 60)), size=k))
        for j, tt in enumerate(times.tolist()):
            i = int(rng.integers(len(accts)))
            v = org_voice[i] if nonce != "revoice" else org_voice[i] + j
            p = f"{base}\n\n{T.coerce(rng, lang, v)}"
            if nonce == "seed_tag":
                p = f"{p}\n[sample {j + 1}/{k}]"
            per[i].append((tt, p))
    p_new = float(rng.uniform(0.82, 0.97))
    comp = float(rng.uniform(1400, 2600))
    err = float(rng.uniform(0.015, 0.05))
    for a, evs in zip(accts, per, strict=True):
        evs.sort()
        ts = np.array([e[0] for e in evs])
        ctx.emit(rng, a, ts, [e[1] for e in evs], models=ctx.models(rng, ts, p_new), comp_median=comp,
                 comp_sigma=0.45, err=err)
    ctx.campaign(cid, fam, accts, {
        "operation": "reasoning-trace coercion with self-consistency samples", "pacing": "poisson problems, k samples over key pool",
        "ip_source": f"rented {provider} block ({len(block)} hosts)", "orgs": n_orgs, "problems_per_hour": per_hour / k_mean,
        "samples_mean": k_mean, "nonce": nonce, "post_release_boost": boost, "languages": langs, "p_new": p_new,
        "completion_median": comp, "outages": down_spans})


def drypoint(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow curriculum harvest by many human-looking accounts on consumer networks."""
    fam = "drypoint"
    n = irange(rng, 35, 65)
    tzs = picks(rng, (-8, -5, -3, 0, 1, 2, 5, 8), irange(rng, 2, 3))
    lang_of_tz = {-8: "en", -5: "en", -3: pick(rng, ("pt", "es")), 0: "en", 1: pick(rng, ("de", "fr", "en")),
                  2: "en", 5: "en", 8: "en"}
    cover_lo, cover_hi = sorted(rng.uniform(0.15, 0.55, size=2).tolist())
    p_mobile = float(rng.uniform(0.1, 0.4))
    n_cards = irange(rng, max(3, n // 6), n)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    p_new = float(rng.uniform(0.5, 0.85))
    comp = float(rng.uniform(700, 1250))
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        mob = chance(rng, p_mobile)
        if mob:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(tz, "eu_mobile")
            pool = mobile_v6(rng, irange(rng, 10, 40), kind)
            ua = pick(rng, MOBILE[:3])
        else:
            pool = home(rng, irange(rng, 5, 20), tz)
            ua = pick(rng, BROWSERS)
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="persona", campaign_id=cid, ua=ua, ips=pool, tz=tz,
                        pay=cards[i % n_cards])
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(0.7, 2.6)), curve, float(rng.uniform(3.5, 9)),
                             float(rng.uniform(60, 210)))
        cover = float(rng.uniform(cover_lo, cover_hi))
        lang = lang_of_tz[tz] if chance(rng, 0.7) else "en"
        ts_all, prompts, ips = [], [], []
        for s in sess:
            if len(s) == 0:
                continue
            ip = pick(rng, pool)
            field = conc = None
            for t in s.tolist():
                if chance(rng, cover):
                    prompts.append(pick(rng, ctx.chat))
                elif field is None or chance(rng, 0.2):
                    p, field, conc = T.curriculum_opening(rng, lang)
                    prompts.append(p)
                else:
                    prompts.append(T.curriculum_followup(rng, lang, field, conc))
                ts_all.append(t)
                ips.append(ip if not mob else pick(rng, pool))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new, 0.1), comp_median=comp,
                 comp_sigma=0.55, err=0.005)
    ctx.campaign(cid, fam, accts, {
        "operation": "curriculum explanation harvest with multi-turn follow-ups", "pacing": "human sessions",
        "ip_source": "residential + mobile proxies matched to persona time zone", "time_zones": tzs,
        "cover_share": [cover_lo, cover_hi], "p_mobile": p_mobile, "cards": n_cards, "p_new": p_new,
        "completion_median": comp})


def aquatint(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent-trajectory harvest: procedurally generated tasks, simulated tool observations."""
    fam = "aquatint"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "aws", "digitalocean"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="rollout", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=egress) for _ in range(n)]
    toolsets = picks(rng, tuple(T.TOOLSETS), irange(rng, 3, 7))
    style, voice = irange(rng, 0, 1), irange(rng, 0, 2)
    tag = chance(rng, 0.4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    eps_h = float(rng.uniform(10, 24))
    steps_mean = float(rng.uniform(5, 9))
    step_gap = float(rng.uniform(2.5, 9))
    down, spans = _outages(rng, ctx, 2, 1, 6)
    curve_load = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))

    def curve(ts: np.ndarray) -> np.ndarray:
        return curve_load(ts) * down(ts)

    p_new = float(rng.uniform(0.85, 0.97))
    comp_step, comp_final = float(rng.uniform(150, 320)), float(rng.uniform(450, 900))
    per: list[list[tuple[float, str, float, int]]] = [[] for _ in accts]
    for t in thinned(rng, start, ctx.t1, eps_h * (ctx.t1 - start) / HOUR, curve).tolist():
        i = int(rng.integers(n))
        ts_name = pick(rng, toolsets)
        task = T.agent_task(rng, ts_name)
        k = max(2, int(rng.poisson(steps_mean)))
        traj = hexid(rng, "traj")
        tt = t
        for s in range(k):
            if s == 0:
                p = T.agent_first(rng, ts_name, task, style, voice)
            else:
                p = T.agent_observation(rng, ts_name, s)
            if tag:
                p = f"{p}\n(episode {traj}, step {s + 1})"
            ctx_tokens = 900 + 350 * s + irange(rng, 0, 400)
            per[i].append((tt, p, comp_final if s == k - 1 else comp_step, ctx_tokens))
            tt += float(rng.lognormal(np.log(step_gap), 0.6))
    for a, evs in zip(accts, per, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(rng, a, ts, [e[1] for e in evs], models=ctx.models(rng, ts, p_new),
                 comp_median=np.array([e[2] for e in evs]), comp_sigma=0.5, err=0.01,
                 extra=np.array([e[3] for e in evs]))
    ctx.campaign(cid, fam, accts, {
        "operation": "agent trajectory harvest (synthetic tasks, simulated tools)", "pacing": "poisson episodes, step trains",
        "ip_source": f"{provider} NAT egress", "episodes_per_hour": eps_h, "steps_mean": steps_mean, "step_gap_s": step_gap,
        "toolsets": toolsets, "episode_tag": tag, "p_new": p_new, "outages": spans})


def linocut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A reseller hydra: short-lived trial keys behind a 'cheap API' gateway, resold chat plus own harvest."""
    fam = "linocut"
    n = irange(rng, 35, 70)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247", "leaseweb", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 7))]
    ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "OpenAI/NodeJS 4.67.1", "reqwest/0.12.12"))
    own_share = float(rng.uniform(0.2, 0.5))
    zh_share = float(rng.uniform(0.3, 0.8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    life_h = float(rng.uniform(5, 14))
    rate_lo, rate_hi = sorted(rng.uniform(6, 32, size=2).tolist())
    load = global_load(float(rng.uniform(11, 15)), float(rng.uniform(0.3, 0.6)))
    p_401 = float(rng.uniform(0.3, 0.7))
    comp = float(rng.uniform(420, 700))
    births = np.sort(rng.uniform(start, ctx.t1 - 2 * HOUR, size=n))
    accts = []
    for b in births.tolist():
        ips = picks(rng, block, irange(rng, 1, 3))
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="trial_key", campaign_id=cid, ua=ua, ips=ips,
                        pay=pick(rng, cards) if chance(rng, 0.8) else None)
        accts.append(a)
        end = min(ctx.t1, b + float(rng.lognormal(np.log(life_h * HOUR), 0.6)))
        rate = float(rng.uniform(rate_lo, rate_hi))
        ts = thinned(rng, b, end, rate * (end - b) / HOUR, load)
        prompts = [T.qa_question(rng, "zh" if chance(rng, zh_share) else "en") if chance(rng, own_share)
                   else pick(rng, ctx.chat) for _ in range(len(ts))]
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        if len(ts) > 4 and chance(rng, p_401):
            status[-irange(rng, 1, 4):] = 401
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.08), comp_median=comp, comp_sigma=0.6,
                 status=status)
    ctx.campaign(cid, fam, accts, {
        "operation": "reseller gateway on rotating trial keys (resold chat + own QA harvest)", "pacing": "overlapping key lifetimes",
        "ip_source": f"rented {provider} block", "cards": len(cards), "own_share": own_share, "zh_share": zh_share,
        "key_life_h": life_h, "rate_per_h": [rate_lo, rate_hi], "p_revoked_tail": p_401, "completion_median": comp})


def intaglio(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Preference, rubric and critique-revision data for a reward model, from an 'evaluation startup'."""
    fam = "intaglio"
    n = irange(rng, 4, 9)
    tz = pick(rng, (8, 3, 2, 9))
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("azure", "aws", "alibaba", "gcp", "selectel"))
    pool = cloud(rng, irange(rng, 2, 5), provider)
    office = home(rng, 1, tz)
    ua = sdk_ua(rng, 0.3)
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="grader", campaign_id=cid, org=orgs[i % len(orgs)],
                         pay=pay, ua=ua, ips=pool + (office if chance(rng, 0.5) else []), tz=tz) for i in range(n)]
    main = {8: "zh", 3: "ru", 2: "en", 9: "en"}[tz]
    langs = _mix(rng, ("en", "zh", "ru", "de"), main if chance(rng, 0.5) else "en")
    shares = rng.dirichlet([3, 2, 2])
    per_hour = float(rng.uniform(45, 105))
    wd = workday(tz, weekend=0.25)
    base = float(rng.uniform(0.25, 0.6))

    def curve(ts: np.ndarray) -> np.ndarray:
        return base + (1 - base) * wd(ts)

    voice = irange(rng, 0, 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts))
    prompts, comps = [], []
    c_grade, c_rev = float(rng.uniform(150, 380)), float(rng.uniform(600, 1050))
    for _ in range(len(ts)):
        lang = _lang(rng, langs)
        q = pick(rng, ctx.chat)[:600]
        ans = T.excerpt(rng, pick(rng, ctx.passages), 250, 1100)
        u = rng.random()
        if u < shares[0]:
            a, b = (ans, T.perturb_answer(rng, ans)) if chance(rng, 0.5) else (T.perturb_answer(rng, ans), ans)
            prompts.append(T.pairwise(rng, lang, q, a, b, voice))
            comps.append(c_grade * 1.3)
        elif u < shares[0] + shares[1]:
            prompts.append(T.rubric(rng, lang, q, ans, voice))
            comps.append(c_grade)
        else:
            prompts.append(T.revise(rng, lang, q, T.perturb_answer(rng, ans), voice))
            comps.append(c_rev)
    comps_a = np.asarray(comps)
    p_new = float(rng.uniform(0.78, 0.95))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(rng, a, ts[sel], [prompts[j] for j in sel.tolist()], models=ctx.models(rng, ts[sel], p_new),
                 comp_median=comps_a[sel], comp_sigma=0.5, err=0.02)
    ctx.campaign(cid, fam, accts, {
        "operation": "pairwise preference + rubric grades + critique/revision for a reward model",
        "pacing": "queue, office-hours weighted", "ip_source": f"{provider} + office line", "time_zone": tz,
        "orgs": len(orgs), "shared_card": True, "per_hour": per_hour, "task_shares": shares.round(3).tolist(),
        "languages": langs, "p_new": p_new})


def collagraph(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction data (self-instruct / evol / dialogue synthesis) spread thin over phone-app-like keys."""
    fam = "collagraph"
    n = irange(rng, 20, 45)
    kinds = picks(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"), irange(rng, 1, 2))
    region = pick(rng, ("in", "latam", "sea"))
    langs = _mix(rng, ("en", "hi", "pt", "id"), "en")
    app_ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
    p_app_ua = float(rng.uniform(0.4, 0.9))
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    p_shared = float(rng.uniform(0.1, 0.45))
    rate_lo, rate_hi = sorted(rng.uniform(0.3, 2.2, size=2).tolist())
    p_new = float(rng.uniform(0.6, 0.9))
    comp = float(rng.uniform(1100, 1900))
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label=CAMPAIGN, family=fam, role="device", campaign_id=cid,
                        ua=app_ua if chance(rng, p_app_ua) else pick(rng, MOBILE),
                        pay=pick(rng, shared_cards) if chance(rng, p_shared) else None)
        accts.append(a)
        b = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        e = min(ctx.t1, b + float(rng.uniform(1.0, 5.0)) * DAY)
        load = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.7)))
        ts = thinned(rng, b, e, float(rng.uniform(rate_lo, rate_hi)) * (e - b) / HOUR, load)
        if chance(rng, 0.65):
            ips = mobile_v6(rng, len(ts), pick(rng, kinds))
        else:
            ips = sticky(rng, ts, resi(rng, irange(rng, 20, 80), region), float(rng.uniform(5, 40)) * MINUTE)
        voice = irange(rng, 0, 2)
        prompts = [T.self_instruct(rng, _lang(rng, langs), pick(rng, ctx.chat), voice if chance(rng, 0.7) else irange(rng, 0, 2))
                   for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, ips=ips, models=ctx.models(rng, ts, p_new, 0.05), comp_median=comp,
                 comp_sigma=0.45, err=0.01)
    ctx.campaign(cid, fam, accts, {
        "operation": "synthetic instruction dataset generation", "pacing": "per-device poisson, 1-5 day lifetimes",
        "ip_source": f"mobile IPv6 {kinds} / residential {region} sticky", "rate_per_h": [rate_lo, rate_hi],
        "shared_cards": len(shared_cards), "p_shared_card": p_shared, "app_ua": app_ua, "languages": langs,
        "p_new": p_new, "completion_median": comp})


def burin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Content-rule-compliant rewrites and back-translations of harvested answers."""
    fam = "burin"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in orgs]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    dc = rented_block(rng, provider, 1, irange(rng, 3, 8))
    px_region = pick(rng, ("sea", "jp_kr", "us"))
    proxy = resi(rng, irange(rng, 30, 120), px_region)
    p_proxy = float(rng.uniform(0.2, 0.7))
    uas = [sdk_ua(rng, 0.4), pick(rng, SDK_OTHER)]
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="rewriter", campaign_id=cid, org=orgs[i % len(orgs)],
                         pay=cards[i % len(orgs)], ua=uas[i % 2], ips=dc, tz=8) for i in range(n)]
    per_hour = float(rng.uniform(50, 125))
    wd = workday(8, weekend=0.4)
    floor = float(rng.uniform(0.3, 0.6))
    p_rewrite = float(rng.uniform(0.45, 0.8))
    voice = irange(rng, 0, 3)

    def curve(ts: np.ndarray) -> np.ndarray:
        return floor + (1 - floor) * wd(ts)

    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts))
    via_proxy = rng.random(len(ts)) < p_proxy
    ips_all = np.where(via_proxy, np.asarray(sticky(rng, ts, proxy, 600.0), dtype=object),
                       np.asarray(picks(rng, dc, len(ts)), dtype=object))
    prompts = []
    for _ in range(len(ts)):
        psg = T.excerpt(rng, pick(rng, ctx.passages), 300, 1400)
        v = voice if chance(rng, 0.75) else irange(rng, 0, 3)
        prompts.append(T.compliant_rewrite(rng, psg, v) if chance(rng, p_rewrite) else T.back_translation(rng, psg, v))
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(500, 1000))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(rng, a, ts[sel], [prompts[j] for j in sel.tolist()], ips=ips_all[sel].tolist(),
                 models=ctx.models(rng, ts[sel], p_new), comp_median=comp, comp_sigma=0.5, err=0.015)
    ctx.campaign(cid, fam, accts, {
        "operation": "content-rule-compliant rewrites + back-translation of answers", "pacing": "queue, UTC+8 office weighted",
        "ip_source": f"{provider} block + {px_region} residential proxy", "p_proxy": p_proxy, "orgs": len(orgs),
        "per_hour": per_hour, "p_rewrite": p_rewrite, "p_new": p_new, "completion_median": comp})


def monotype(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Soft-label harvest: many scored continuations per prefix, fired in nightly batches."""
    fam = "monotype"
    n = irange(rng, 2, 4)
    tz = pick(rng, (-5, 0, 1, 2, 9))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    provider = pick(rng, ("aws", "gcp", "scaleway", "ovh"))
    dc = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    accts = [ctx.account(rng, label=CAMPAIGN, family=fam, role="batch", campaign_id=cid, org=org, pay=pay, ua=ua,
                         ips=dc, tz=tz) for _ in range(n)]
    lang_main = {-5: "en", 0: "en", 1: "de", 2: "fr", 9: "ja"}[tz]
    langs = _mix(rng, ("en", lang_main), "en")
    night_start, night_len = float(rng.uniform(21, 26)) % 24, float(rng.uniform(4.5, 8))
    bursts_per_night = float(rng.uniform(3, 8))
    burst_size = float(rng.uniform(150, 450))
    gap = float(rng.uniform(0.4, 1.6))
    voice = irange(rng, 0, 3)
    p_skip = float(rng.uniform(0.0, 0.3))
    starts = thinned(rng, ctx.t0, ctx.t1, bursts_per_night * 7, nightly(night_start, night_len, tz))
    per: list[list[float]] = [[] for _ in accts]
    for j, s in enumerate(starts.tolist()):
        if chance(rng, p_skip):
            continue
        k = max(1, int(rng.poisson(burst_size)))
        t = s + np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k))
        per[j % n].extend(t.tolist())
    dev = accts[0]
    dev_ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)) * 5, workday(tz))
    p_new = float(rng.uniform(0.9, 0.98))
    comp = float(rng.uniform(330, 700))
    for i, a in enumerate(accts):
        ts = np.sort(np.asarray(per[i]))
        prompts = []
        for _ in range(len(ts)):
            psg = pick(rng, ctx.passages)
            prompts.append(T.continuation(rng, psg, _lang(rng, langs), voice if chance(rng, 0.8) else irange(rng, 0, 3)))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.02), comp_median=comp, comp_sigma=0.4,
                 err=0.02)
    dprompts = [T.continuation(rng, pick(rng, ctx.passages), "en", irange(rng, 0, 3)) for _ in range(len(dev_ts))]
    ctx.emit(rng, dev, dev_ts, dprompts, ips=office[0], ua=pick(rng, BROWSERS[:2]) if chance(rng, 0.5) else ua,
             models=ctx.models(rng, dev_ts, p_new), comp_median=comp, err=0.0)
    ctx.campaign(cid, fam, accts, {
        "operation": "soft-label continuation sampling (k scored continuations / next-sentence distributions)",
        "pacing": "nightly bursts + daytime dev", "ip_source": f"{provider} + office line", "time_zone": tz,
        "night": [night_start, night_len], "bursts_per_night": bursts_per_night, "burst_size": burst_size,
        "gap_s": gap, "languages": langs, "p_new": p_new, "completion_median": comp})


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "aquatint": aquatint,
    "burin": burin,
    "collagraph": collagraph,
    "drypoint": drypoint,
    "intaglio": intaglio,
    "linocut": linocut,
    "mezzotint": mezzotint,
    "monotype": monotype,
}
