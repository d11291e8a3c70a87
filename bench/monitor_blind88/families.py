"""Campaign families of batch 88 (code names from figure skating).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own parameters from `rng` (so every seed
gives a different operation), creates its accounts with `ctx.account`, writes events with
`ctx.emit` and records the campaign with `ctx.campaign`. See README.md for what each one is.
"""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind88 import texts as tx

LABEL = "campaign"


#: clients a harvesting script plausibly runs with
_SCRIPT_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.58.1",
    "OpenAI/Python 1.63.2",
    "AsyncOpenAI/Python 1.60.0",
    "python-httpx/0.28.1",
    "aiohttp/3.11.11",
    "litellm/1.60.2",
    "Go-http-client/2.0",
    "curl/8.5.0",
    "OpenAI/NodeJS 4.67.1",
    "reqwest/0.12.12",
    "python-requests/2.32.3",
)


def _script_ua(rng: np.random.Generator) -> str:
    return pick(rng, _SCRIPT_UAS)


def _rr(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _weights(rng: np.random.Generator, k: int, conc: float = 1.5) -> list[float]:
    return rng.dirichlet(np.full(k, conc)).tolist()


def _payments(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    """Payment fingerprints for n accounts: one card, a small pool, or one each."""
    if mode == "one_card":
        return [hexid(rng, "pay")] * n
    if mode == "pool":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
        return [pick(rng, pool) for _ in range(n)]
    return [hexid(rng, "pay") for _ in range(n)]


def _cloud_pick(rng: np.random.Generator, options: tuple[str, ...], k: int) -> list[str]:
    return [str(x) for x in rng.choice(options, size=k, replace=False)]


# --------------------------------------------------------------------------------------------


def quad_lutz(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion through a queue of keys on rented cloud blocks."""
    fam = "quad_lutz"
    r = _rr(rng)
    n = irange(rng, 18, 30)
    n_orgs = irange(rng, 1, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay_mode = pick(rng, ("one_card", "pool", "per_key"))
    pays = _payments(rng, n, pay_mode)
    provs = _cloud_pick(
        rng,
        ("aws", "gcp", "azure", "alibaba", "tencent", "oracle", "hetzner", "ovh"),
        irange(rng, 1, 2),
    )
    blocks = {p: rented_block(rng, p, irange(rng, 2, 6), irange(rng, 4, 10)) for p in provs}
    styles = r.sample(tx.COERCE_STYLES, irange(rng, 2, 4))
    style_w = _weights(rng, len(styles))
    extra_langs = r.sample(("zh", "ru", "es", "de", "ja", "ko", "pt"), irange(rng, 0, 3))
    langs = ["en", *extra_langs]
    lang_w = [float(rng.uniform(0.4, 0.8))] + [0.0] * len(extra_langs)
    if extra_langs:
        rest = (1 - lang_w[0]) * np.asarray(_weights(rng, len(extra_langs)))
        lang_w[1:] = rest.tolist()
    else:
        lang_w = [1.0]
    ua = _script_ua(rng)
    per_hour = float(rng.uniform(45, 85))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = (
        constant
        if chance(rng, 0.5)
        else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    )
    p_new = float(rng.uniform(0.85, 0.97))
    retire_frac = float(rng.uniform(0.0, 0.35))
    accts = []
    for i in range(n):
        prov = pick(rng, provs)
        ips = [pick(rng, blocks[prov]) for _ in range(irange(rng, 1, 4))]
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="worker",
                campaign_id=camp,
                org=orgs[i % n_orgs],
                pay=pays[i],
                ua=ua,
                ips=ips,
            )
        )
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for a, ts in zip(accts, streams, strict=True):
        if len(ts) and chance(rng, retire_frac):
            ts = ts[: irange(rng, 1, len(ts))]
        prompts = [
            tx.reasoning_trace(r, r.choices(styles, style_w)[0], r.choices(langs, lang_w)[0])
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=float(rng.uniform(900, 1600)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented cloud blocks {provs}",
            "payment": pay_mode,
            "orgs": n_orgs,
            "styles": styles,
            "languages": langs,
            "user_agent": ua,
            "retire_frac": round(retire_frac, 2),
        },
    )


def biellmann_spin(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reward-model labels: nightly bursts of pairwise/rubric judgements over real answers."""
    fam = "biellmann_spin"
    r = _rr(rng)
    n = irange(rng, 8, 14)
    tz = pick(rng, TZS)
    prov = pick(rng, ("aws", "gcp", "azure", "alibaba", "digitalocean", "linode"))
    ip_mode = pick(rng, ("one_nat", "vm_each", "small_pool"))
    if ip_mode == "one_nat":
        shared = cloud(rng, 1, prov)
    elif ip_mode == "small_pool":
        shared = cloud(rng, irange(rng, 2, 4), prov)
    else:
        shared = []
    pay_mode = pick(rng, ("one_card", "pool", "per_key"))
    pays = _payments(rng, n, pay_mode)
    org = hexid(rng, "org") if chance(rng, 0.6) else None
    styles = r.sample(tx.GRADING_STYLES, irange(rng, 2, 4))
    ua = _script_ua(rng)
    start_h = float(rng.uniform(19, 26)) % 24
    hours = float(rng.uniform(3, 7))
    win = nightly(start_h, hours, tz)
    bursts_per_night = float(rng.uniform(1.0, 2.5))
    size = float(rng.uniform(25, 70))
    gap = float(rng.uniform(1.5, 6.0))
    accts = []
    for i in range(n):
        ips = shared if shared else cloud(rng, 1, prov)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="labeller",
                campaign_id=camp,
                org=org,
                pay=pays[i],
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    chat, passages = ctx.chat, ctx.passages
    for a in accts:
        starts = thinned(rng, start, ctx.t1, bursts_per_night * (ctx.t1 - start) / DAY, win)
        ts = _cat(bursts(rng, starts, size, gap, 0.5, ctx.t1))
        prompts = []
        for _ in range(len(ts)):
            st = r.choice(styles)
            prompts.append(
                tx.grading(r, st, r.choice(chat), [r.choice(passages) for _ in range(3)])
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=float(rng.uniform(200, 450)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reward-model / rubric grading harvest",
            "pacing": "nightly bursts",
            "tz": tz,
            "window": [round(start_h, 1), round(hours, 1)],
            "burst_size": round(size),
            "ip_source": f"{prov} {ip_mode}",
            "payment": pay_mode,
            "shared_org": org is not None,
            "styles": styles,
            "user_agent": ua,
        },
    )


def ina_bauer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A real writing-assistant product's backend keys, with harvest prompts blended into genuine user traffic."""
    fam = "ina_bauer"
    r = _rr(rng)
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "digitalocean", "vultr"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(
        rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/Python 1.58.1")
    )
    per_hour = float(rng.uniform(40, 75))
    peak = float(rng.uniform(12, 22))
    curve = global_load(peak, float(rng.uniform(0.4, 0.7)))
    inject = float(rng.uniform(0.08, 0.22))
    mode = pick(rng, ("blend", "off_peak"))
    h_styles = r.sample(tx.SELF_INSTRUCT_STYLES, irange(rng, 2, 3))
    c_styles = r.sample(tx.COERCE_STYLES, irange(rng, 1, 2))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    genuine = worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve)
    if mode == "blend":
        harvest = worker_pool(rng, ctx.t0, ctx.t1, per_hour * inject, n, curve)
    else:

        def trough(ts: np.ndarray) -> np.ndarray:
            return np.clip(1.05 - curve(ts), 0.0, 1.0)

        harvest = worker_pool(rng, ctx.t0, ctx.t1, per_hour * inject, n, trough)
    for a, g, h in zip(accts, genuine, harvest, strict=True):
        gp = [r.choice(ctx.chat) for _ in range(len(g))]
        ctx.emit(
            rng,
            a,
            g,
            gp,
            models=ctx.models(rng, g, 0.5, 0.25),
            comp_median=330.0,
            comp_sigma=0.8,
            err=0.01,
        )
        hp = []
        for _ in range(len(h)):
            if r.random() < 0.7:
                hp.append(tx.self_instruct(r, r.choice(h_styles), r.choice(ctx.passages)))
            else:
                hp.append(tx.reasoning_trace(r, r.choice(c_styles), "en"))
        ctx.emit(
            rng,
            a,
            h,
            hp,
            models=ctx.models(rng, h, 0.95, 0.0),
            comp_median=700.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest hidden in a genuine product's traffic",
            "pacing": "global product load",
            "per_hour_genuine": round(per_hour, 1),
            "inject_share": round(inject, 3),
            "inject_mode": mode,
            "ip_source": f"{prov} NAT x{len(nat)}",
            "payment": "one company card",
            "styles": h_styles + c_styles,
            "user_agent": ua,
        },
    )


def death_spiral(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow: dozens of person-like accounts on home connections walking one curriculum."""
    fam = "death_spiral"
    r = _rr(rng)
    n = irange(rng, 25, 40)
    langs = r.sample(tx.CASUAL_LANGS, irange(rng, 2, 5))
    if "en" not in langs:
        langs[0] = "en"
    pay_mode = pick(rng, ("per_key", "per_key", "pool"))
    pays = _payments(rng, n, pay_mode)
    concepts = [(s, c) for s, cs in tx.CURRICULUM for c in cs]
    order = list(range(len(concepts)))
    if chance(rng, 0.5):
        r.shuffle(order)
    cursor = irange(rng, 0, len(concepts) - 1)
    p_new = float(rng.uniform(0.7, 0.95))
    late_share = float(rng.uniform(0.1, 0.5))
    per_day = float(rng.uniform(0.5, 1.5))
    accts, streams = [], []
    for i in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        mobile = chance(rng, 0.3)
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sleeper",
            campaign_id=camp,
            pay=pays[i],
            ua=ua,
            ips=ips,
            tz=tz,
        )
        a0 = (
            ctx.release + float(rng.uniform(0, 0.4)) * (ctx.t1 - ctx.release)
            if chance(rng, late_share)
            else jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        )
        ts = _cat(
            session_times(
                rng,
                a0,
                ctx.t1,
                per_day,
                evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 240)),
            )
        )
        accts.append(a)
        streams.append(ts)
    # one shared walk through the curriculum, in global time order
    owner = (
        np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
        if accts
        else np.empty(0, int)
    )
    allts = np.concatenate(streams) if streams else np.empty(0)
    seq = np.argsort(allts, kind="stable")
    prompts_of: list[list[str]] = [[] for _ in accts]
    lang_of = [r.choice(langs) for _ in accts]
    for j in seq.tolist():
        i = int(owner[j])
        s, c = concepts[order[cursor % len(order)]]
        cursor += 1
        prompts_of[i].append(
            (allts[j], tx.casual_study(r, lang_of[i] if r.random() < 0.85 else "en", s, c))
        )
    for i, a in enumerate(accts):
        items = sorted(prompts_of[i])
        ts = np.asarray([t for t, _ in items])
        ips = None
        if a.ua in MOBILE and len(ts):
            ips = [
                x
                if r.random() < 0.6
                else mobile_v6(
                    rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
                )[0]
                for x in [pick(rng, a.ips) for _ in range(len(ts))]
            ]
        ctx.emit(
            rng,
            a,
            ts,
            [p for _, p in items],
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=ips,
            comp_median=float(rng.uniform(400, 800)),
            err=0.005,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow curriculum harvest",
            "pacing": "human evening sessions",
            "sessions_per_day": round(per_day, 2),
            "ip_source": "home ISPs by tz (+ mobile v6)",
            "payment": pay_mode,
            "languages": langs,
            "late_joiners": round(late_share, 2),
            "user_agent": "browsers/mobile",
        },
    )


def kiss_and_cry(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvesting: scripted user simulators holding whole conversations."""
    fam = "kiss_and_cry"
    r = _rr(rng)
    n = irange(rng, 10, 18)
    ip_mode = pick(rng, ("resi_sticky", "dc_vpn"))
    if ip_mode == "resi_sticky":
        region = pick(rng, ("us", "eu", "latam", "sea", "in", "jp_kr"))
        pool = resi(rng, irange(rng, 30, 120), region)
    else:
        region = pick(rng, ("m247", "leaseweb", "vultr", "ovh"))
        pool = rented_block(rng, region, irange(rng, 2, 5), irange(rng, 5, 15))
    hold = float(rng.uniform(10, 30)) * MINUTE
    langs = r.sample(tx.DIALOGUE_LANGS, irange(rng, 1, 3))
    persona_p = float(rng.uniform(0.2, 0.9))
    fast = chance(rng, 0.5)
    gap_med = float(rng.uniform(5, 20)) if fast else float(rng.uniform(25, 70))
    per_day = float(rng.uniform(6, 14))
    turns_mean = float(rng.uniform(4, 8))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.54.0",
        ),
    )
    pay_mode = pick(rng, ("one_card", "pool", "per_key"))
    pays = _payments(rng, n, pay_mode)
    org = hexid(rng, "org") if chance(rng, 0.3) else None
    comp = float(rng.uniform(350, 700))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="user_simulator",
            campaign_id=camp,
            org=org,
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(rng, a0, ctx.t1, per_day, constant, turns_mean, gap_med, 0.5)
        ts_l, pr_l, ex_l = [], [], []
        for s in sess:
            lang = r.choice(langs)
            for k, t in enumerate(s.tolist()):
                ts_l.append(t)
                if k == 0:
                    pr_l.append(
                        tx.dialogue_opener(r, r.random() < persona_p)
                        if lang == "en" or r.random() < 0.5
                        else tx.dialogue_followup(r, lang)
                    )
                else:
                    pr_l.append(tx.dialogue_followup(r, lang))
                ex_l.append(int(k * comp * 1.2 + k * 30))
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [pr_l[j] for j in order.tolist()]
        extra = np.asarray(ex_l, dtype=np.int64)[order] if len(ex_l) else 0
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.015,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "24/7 scripted conversations",
            "fast_turns": fast,
            "turn_gap_median_s": round(gap_med, 1),
            "conversations_per_day": round(per_day, 1),
            "ip_source": f"{ip_mode}:{region} sticky {round(hold / MINUTE)} min",
            "payment": pay_mode,
            "languages": langs,
            "user_agent": ua,
        },
    )


def twizzle_sequence(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Account churn: short-lived throwaway accounts harvesting agent/tool-use transcripts."""
    fam = "twizzle_sequence"
    r = _rr(rng)
    lanes = irange(rng, 3, 6)
    total_target = irange(rng, 30, 50)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    uas = [_script_ua(rng) for _ in range(irange(rng, 1, 3))]
    regions = [
        str(x)
        for x in rng.choice(
            ("us", "eu", "latam", "in", "sea", "ru", "ca"), size=irange(rng, 1, 3), replace=False
        )
    ]
    styles = r.sample(tx.TOOL_STYLES, irange(rng, 2, 4))
    life_lo, life_hi = float(rng.uniform(3, 6)), float(rng.uniform(10, 22))
    rate = float(rng.uniform(8, 20))  # requests per hour while alive
    err = float(rng.uniform(0.04, 0.14))
    accts = []
    lane_t = [jitter_start(rng, ctx.t0, ctx.t1, 0.15) for _ in range(lanes)]
    made = 0
    while made < total_target:
        li = int(np.argmin(lane_t))
        t_start = lane_t[li]
        if t_start >= ctx.t1:
            break
        life = float(rng.uniform(life_lo, life_hi)) * HOUR
        ips = resi(rng, irange(rng, 20, 60), pick(rng, regions))
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="throwaway",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(rng, uas),
            ips=ips,
        )
        accts.append(a)
        made += 1
        ts = thinned(rng, t_start, min(ctx.t1, t_start + life), rate * life / HOUR, constant)
        prompts = [tx.tool_use(r, r.choice(styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(400, 900)),
            err=err,
        )
        lane_t[li] = t_start + life + float(rng.uniform(0.2, 3.0)) * HOUR
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest with account churn",
            "pacing": "steady while alive",
            "lanes": lanes,
            "lifetime_h": [round(life_lo, 1), round(life_hi, 1)],
            "rate_per_hour": round(rate, 1),
            "ip_source": f"rotating residential {regions}",
            "payment": f"pool of {len(cards)} cards",
            "styles": styles,
            "user_agents": uas,
        },
    )


def hydroblade(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Native-language harvest and policy-safe rewrites from an office on Asian clouds and VPN exits."""
    fam = "hydroblade"
    r = _rr(rng)
    n = irange(rng, 10, 16)
    tz = pick(rng, (8, 8, 3, 9))
    n_groups = irange(rng, 2, 3)
    provs = _cloud_pick(
        rng, ("alibaba", "tencent", "huawei", "ucloud", "m247", "leaseweb", "selectel"), n_groups
    )
    groups = [cloud(rng, irange(rng, 1, 3), p) for p in provs]
    fronts = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 2, 4))]
    q_langs = r.sample(tx.NATIVE_LANGS, irange(rng, 2, 4))
    rw_langs = [x for x in q_langs if x in tx.REWRITE_LANGS] or [pick(rng, tx.REWRITE_LANGS)]
    rw_share = float(rng.uniform(0.15, 0.5))
    per_day = float(rng.uniform(60, 130))
    ua = _script_ua(rng)
    accts = []
    for i in range(n):
        org, pay = fronts[i % len(fronts)]
        g = i % n_groups
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="office_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=groups[g],
            tz=tz,
        )
        accts.append(a)
        ts = thinned(
            rng,
            jitter_start(rng, ctx.t0, ctx.t1, 0.2),
            ctx.t1,
            per_day * 7 * float(rng.uniform(0.6, 1.4)),
            workday(tz, float(rng.uniform(8, 10)), float(rng.uniform(18, 22)), 0.15, 0.03),
        )
        prompts = [
            tx.policy_rewrite(r, r.choice(rw_langs), r.choice(ctx.passages))
            if r.random() < rw_share
            else tx.native_question(r, r.choice(q_langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=float(rng.uniform(600, 1100)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "native-language harvest and policy-safe rewrites",
            "pacing": "long office days",
            "tz": tz,
            "per_day": round(per_day),
            "ip_source": provs,
            "payment": f"{len(fronts)} front companies",
            "languages": q_langs,
            "rewrite_share": round(rw_share, 2),
            "user_agent": ua,
        },
    )


def euler_jump(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft labels: each job's n samples are spread over different keys within seconds."""
    fam = "euler_jump"
    r = _rr(rng)
    n = irange(rng, 8, 14)
    prov = pick(rng, ("aws", "gcp", "azure", "oracle", "scaleway", "hetzner", "tencent"))
    ips = cloud(rng, n, prov)
    org_mode = pick(rng, ("one_org", "org_each"))
    org = hexid(rng, "org")
    pay_mode = pick(rng, ("one_card", "per_key", "pool"))
    pays = _payments(rng, n, pay_mode)
    ua = _script_ua(rng)
    styles = r.sample(tx.SOFT_STYLES, irange(rng, 2, 4))
    n_lo, n_hi = irange(rng, 2, 4), irange(rng, 5, 12)
    jobs_per_hour = float(rng.uniform(6, 12))
    spread = float(rng.uniform(0.5, 6.0))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org if org_mode == "one_org" else None,
            pay=pays[i],
            ua=ua,
            ips=[ips[i]],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs = thinned(rng, start, ctx.t1, jobs_per_hour * (ctx.t1 - start) / HOUR, constant)
    per_ts: list[list[float]] = [[] for _ in range(n)]
    per_pr: list[list[str]] = [[] for _ in range(n)]
    for t in jobs.tolist():
        st = r.choice(styles)
        prompt = tx.soft_label(r, st, r.choice(ctx.passages))
        k = min(n, r.randint(n_lo, n_hi))
        keys = rng.choice(n, size=k, replace=False).tolist()
        offs = np.sort(rng.uniform(0, spread, size=k)).tolist()
        for key, off in zip(keys, offs, strict=True):
            per_ts[key].append(t + off)
            per_pr[key].append(prompt)
    for i, a in enumerate(accts):
        ts = np.asarray(per_ts[i])
        ctx.emit(
            rng,
            a,
            ts,
            per_pr[i],
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=float(rng.uniform(60, 250)),
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "cross-key best-of-n / soft-label sampling",
            "pacing": "poisson jobs fanned out",
            "jobs_per_hour": round(jobs_per_hour, 1),
            "n_samples": [n_lo, n_hi],
            "spread_s": round(spread, 1),
            "ip_source": f"{prov} one VM per key",
            "org": org_mode,
            "payment": pay_mode,
            "styles": styles,
            "user_agent": ua,
        },
    )


def spread_eagle(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation sweeping a taxonomy grid on gray-market reseller keys, 24/7 at a steady clip."""
    fam = "spread_eagle"
    r = _rr(rng)
    n = irange(rng, 5, 9)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = _payments(rng, n, pick(rng, ("one_card", "pool")))
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    styles = r.sample(tx.SYNTH_STYLES, irange(rng, 2, 4))
    domains = r.sample(tx.DOMAINS, irange(rng, 12, len(tx.DOMAINS)))
    grid = [(d, f, lv) for d in domains for f in tx.FORMATS for lv in tx.LEVELS]
    if chance(rng, 0.5):
        r.shuffle(grid)
    interval = float(rng.uniform(5, 12)) * MINUTE
    err = float(rng.uniform(0.04, 0.15))
    ua = _script_ua(rng)
    accts = []
    cursor = 0
    for i in range(n):
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="reseller_key",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        accts.append(a)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        k = int((ctx.t1 - a0) / interval)
        ts = a0 + np.cumsum(
            rng.normal(interval, interval * 0.12, size=max(k, 1)).clip(interval * 0.3)
        )
        ts = ts[ts < ctx.t1]
        prompts = []
        for _ in range(len(ts)):
            d, f, lv = grid[cursor % len(grid)]
            cursor += 1
            prompts.append(tx.synth_dataset(r, r.choice(styles), d, f, lv))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=float(rng.uniform(1500, 3000)),
            comp_sigma=0.35,
            err=err,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation over a taxonomy grid",
            "pacing": "steady 24/7",
            "interval_min": round(interval / MINUTE, 1),
            "grid_cells": len(grid),
            "ip_source": f"{prov} VPS per key",
            "orgs": n_orgs,
            "styles": styles,
            "user_agent": ua,
            "error_rate": round(err, 3),
        },
    )


def toe_pick(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A harvest dressed as an evaluation vendor: office-hours 'eval runs' whose items are never repeated."""
    fam = "toe_pick"
    r = _rr(rng)
    n = irange(rng, 5, 9)
    tz = pick(rng, (-8, -5, 0, 1, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 1, 2), prov)
    ua = pick(
        rng,
        (
            "OpenAI/Python 1.54.0",
            "OpenAI/Python 1.63.2",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    styles = r.sample(tx.EVAL_STYLES, irange(rng, 1, 3))
    runs_per_day = float(rng.uniform(1.5, 4.0))
    run_size = irange(rng, 150, 450)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="eval_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n)
    ]
    run_starts = thinned(rng, ctx.t0, ctx.t1, runs_per_day * 7, workday(tz, 9.0, 18.0, 0.05, 0.0))
    per_ts: list[list[float]] = [[] for _ in range(n)]
    per_pr: list[list[str]] = [[] for _ in range(n)]
    for s in run_starts.tolist():
        run = f"{pick(rng, ('evalx', 'bench', 'cap', 'qa'))}-{int(rng.integers(1000, 99999))}"
        size = max(20, int(rng.normal(run_size, run_size * 0.2)))
        conc = irange(rng, 1, 3)
        keys = rng.choice(n, size=conc, replace=False).tolist()
        style = r.choice(styles)
        t = s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.4, size=size))
        for j, tt in enumerate(t.tolist()):
            key = keys[j % conc]
            per_ts[key].append(tt)
            per_pr[key].append(tx.eval_disguise(r, style, run, j + 1, size))
    for i, a in enumerate(accts):
        ts = np.asarray(per_ts[i])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [per_pr[i][j] for j in order.tolist()],
            models=ctx.models(rng, ts[order], 0.97, 0.0),
            comp_median=float(rng.uniform(400, 800)),
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest disguised as evaluation runs",
            "pacing": "office-hours runs",
            "tz": tz,
            "runs_per_day": round(runs_per_day, 1),
            "run_size": run_size,
            "ip_source": f"{prov} NAT",
            "payment": "one company card",
            "styles": styles,
            "user_agent": ua,
        },
    )


def flying_camel(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Replaying public chat prompts through a residential-proxy worker pool to collect the model's answers."""
    fam = "flying_camel"
    r = _rr(rng)
    n = irange(rng, 12, 20)
    regions = [
        str(x)
        for x in rng.choice(
            ("us", "eu", "latam", "in", "sea", "jp_kr", "ca"), size=irange(rng, 2, 3), replace=False
        )
    ]
    pool = [ip for reg in regions for ip in resi(rng, irange(rng, 80, 200), reg)]
    ua_mode = pick(rng, ("browser_spoof", "sdk"))
    pay_mode = pick(rng, ("per_key", "pool", "one_card"))
    pays = _payments(rng, n, pay_mode)
    styles = r.sample(tx.PUBLIC_STYLES, irange(rng, 1, 3))
    per_hour = float(rng.uniform(25, 45))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.8, 0.97))
    idx = list(range(len(ctx.chat)))
    r.shuffle(idx)
    cursor = 0
    accts = []
    for i in range(n):
        ua = pick(rng, BROWSERS) if ua_mode == "browser_spoof" else _script_ua(rng)
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="replayer",
                campaign_id=camp,
                pay=pays[i],
                ua=ua,
                ips=pool,
            )
        )
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            prompts.append(
                tx.wrap_public_prompt(r, r.choice(styles), ctx.chat[idx[cursor % len(idx)]])
            )
            cursor += 1
        ips = [pool[j] for j in rng.integers(0, len(pool), size=len(ts)).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            ips=ips,
            comp_median=float(rng.uniform(450, 800)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rotating residential {regions}",
            "payment": pay_mode,
            "styles": styles,
            "user_agent": ua_mode,
        },
    )


CAMPAIGN_FAMILIES = {
    "quad_lutz": quad_lutz,
    "biellmann_spin": biellmann_spin,
    "ina_bauer": ina_bauer,
    "death_spiral": death_spiral,
    "kiss_and_cry": kiss_and_cry,
    "twizzle_sequence": twizzle_sequence,
    "hydroblade": hydroblade,
    "euler_jump": euler_jump,
    "spread_eagle": spread_eagle,
    "toe_pick": toe_pick,
    "flying_camel": flying_camel,
}
