"""Campaign families of blind batch 48 (code names from glassblowing).

Each family is `fn(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts through `ctx.account`, records the campaign with `ctx.campaign`, and writes events with
`ctx.emit`. Written without reading the monitor; see README.md for the card.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    COUNTRIES,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    NAMES,
    SDK_COMMON,
    SDK_OTHER,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
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
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind48 import texts as T

CAMP = "campaign"
HOSTING = (
    "hetzner",
    "ovh",
    "vultr",
    "m247",
    "contabo",
    "digitalocean",
    "linode",
    "leaseweb",
    "scaleway",
)
CN_CLOUD = ("alibaba", "tencent", "huawei", "ucloud")
MOBILE_KIND = {
    5: "in_mobile",
    -3: "br_mobile",
    -5: "us_mobile",
    -8: "us_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
}


# ------------------------------------------------------------------------------------------------
# small helpers (shared with kinds.py)


def slots(rng: np.random.Generator) -> dict:
    """Random fillers for every numeric / name slot the templates use."""
    p = pick(rng, (3, 5, 7, 11, 13))
    q = pick(rng, [x for x in (2, 3, 4, 5, 7) if x != p])
    n1, n2, n3 = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    c1, c2 = (str(x) for x in rng.choice(T.CITIES, size=2, replace=False))
    k1, k2 = (str(x) for x in rng.choice(COUNTRIES, size=2, replace=False))
    return dict(
        a=irange(rng, 3, 97),
        b=irange(rng, 2, 45),
        c=irange(rng, 2, 30),
        k=irange(rng, 2, 12),
        m=irange(rng, 3, 11),
        n=irange(rng, 20, 2000),
        p=p,
        q=q,
        r=round(float(rng.uniform(1.5, 9.5)), 1),
        s=irange(rng, 5, 40),
        d=irange(rng, 20, 400),
        h=irange(rng, 5, 22),
        mm=f"{irange(rng, 0, 59):02d}",
        v1=irange(rng, 40, 160),
        v2=irange(rng, 60, 220),
        big=irange(rng, 5, 90) * 1000,
        name1=n1,
        name2=n2,
        name3=n3,
        city=c1,
        city1=c1,
        city2=c2,
        country=k1,
        country2=k2,
        topic=pick(rng, T.TOPICS),
        role=pick(rng, T.ROLES),
        weekday=pick(rng, T.WEEKDAYS),
        year=irange(rng, 1890, 2030),
        element=pick(rng, T.ELEMENTS),
        grade=irange(rng, 4, 11),
        n1=irange(rng, 1, 480),
        n2=irange(rng, 1, 90),
        n3=irange(rng, 1, 9),
        n4=irange(rng, 1, 9),
        sub=pick(rng, T.SUBS),
        cust=f"C-{irange(rng, 10000, 99999)}",
        domain=pick(rng, T.DOMAINS),
        key=pick(rng, ("region", "export_path", "api_token", "batch_size")),
        t1=pick(rng, T.CITIES),
        t2=pick(rng, T.TOPICS),
        lang=pick(rng, T.LANGS),
    )


def cut(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    return text[:n].rstrip() if len(text) > n else text


def statement(rng: np.random.Generator) -> str:
    return pick(rng, T.STATEMENT_TPL).format(**slots(rng))


def mix(rng: np.random.Generator, n: int, weights) -> np.ndarray:
    w = np.asarray(weights, dtype=np.float64)
    return rng.choice(len(w), size=n, p=w / w.sum())


def per_event(
    rng: np.random.Generator, n: int, makers: list[Callable[[], str]], weights
) -> list[str]:
    """n prompts, each from one maker drawn by `weights`."""
    return [makers[i]() for i in mix(rng, n, weights).tolist()]


def rotating(rng: np.random.Generator, pool: list[str], n: int) -> list[str]:
    return picks(rng, pool, n)


# ------------------------------------------------------------------------------------------------
# pontil: fresh-key hydra coercing full reasoning traces from the new model at its release


def pontil(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pontil"
    n_keys = irange(rng, 18, 44)
    n_orgs, n_cards = irange(rng, 3, 7), irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    op_tz = pick(rng, (8, 3, 2, 5))
    provs = [str(x) for x in rng.choice(HOSTING, size=irange(rng, 2, 3), replace=False)]
    blocks = {pv: rented_block(rng, pv, irange(rng, 1, 3), irange(rng, 4, 10)) for pv in provs}
    p_proxy = float(rng.uniform(0.1, 0.4))
    proxy_region = pick(rng, ("us", "eu", "sea", "*"))
    proxy_pool = resi(rng, irange(rng, 200, 700), proxy_region)
    hold = float(rng.uniform(5, 20)) * MINUTE
    ua_main = pick(rng, SDK_OTHER[:8])
    p_ua_main = float(rng.uniform(0.6, 0.95))
    per_hour = float(rng.uniform(200, 380))
    ramp = float(rng.uniform(1, 8)) * HOUR
    life_med = float(rng.uniform(14, 40)) * HOUR
    first_wave = float(rng.uniform(0.45, 0.8))
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1300, 2600))
    err = float(rng.uniform(0.02, 0.06))
    sys_tok = irange(rng, 40, 220)
    voices = ["tagged", "json", "terse", "formal", "zh", "ru", "pl", "tr"]
    vw = rng.dirichlet(np.ones(len(voices)) * 1.2)
    json_out = pick(rng, T.COERCE_JSON_OUTPUT)
    json_key = pick(rng, T.COERCE_JSON_KEYS)
    prefix = pick(rng, ("q", "itm", "T", "job", "p")) + str(irange(rng, 1, 9))
    counter = [irange(rng, 0, 50000)]

    def problem(lang: str) -> str:
        bank = {
            "zh": T.PROBLEMS_ZH,
            "ru": T.PROBLEMS_RU,
            "pl": T.PROBLEMS_PL,
            "tr": T.PROBLEMS_TR,
        }.get(lang)
        if bank is None or chance(rng, 0.25):
            bank = T.PROBLEMS_EN
        return pick(rng, bank).format(**slots(rng))

    def prompt(v: str) -> str:
        counter[0] += 1
        jid = f"{prefix}-{counter[0]:06d}"
        if v == "json":
            return json.dumps(
                {"id": jid, json_key: problem("en"), "output": json_out}, ensure_ascii=False
            )
        tpl = {
            "tagged": T.COERCE_TAGGED,
            "terse": T.COERCE_TERSE,
            "formal": T.COERCE_FORMAL,
            "zh": T.COERCE_ZH,
            "ru": T.COERCE_RU,
            "pl": T.COERCE_PL,
            "tr": T.COERCE_TR,
        }[v]
        return pick(rng, tpl).format(problem=problem(v), jid=jid)

    accts, windows = [], []
    for i in range(n_keys):
        via_proxy = chance(rng, p_proxy)
        pv = pick(rng, provs)
        ips = proxy_pool if via_proxy else picks(rng, blocks[pv], irange(rng, 1, 2))
        ua = ua_main if chance(rng, p_ua_main) else pick(rng, SDK_OTHER)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="proxy_worker" if via_proxy else "worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=ips,
            tz=op_tz,
        )
        if i < first_wave * n_keys:
            start = ctx.release + float(rng.uniform(0, ramp))
        else:
            start = ctx.release + float(
                rng.uniform(ramp, max(ramp + HOUR, ctx.t1 - ctx.release - 6 * HOUR))
            )
        end = start + float(rng.lognormal(np.log(life_med), 0.5))
        accts.append((a, via_proxy))
        windows.append((start, end))

    st = np.array([w[0] for w in windows])
    j0 = float(st.min())
    jobs = thinned(rng, j0, ctx.t1, per_hour * (ctx.t1 - j0) / HOUR, constant)
    en = np.array([w[1] for w in windows])
    live = (jobs[:, None] >= st[None, :]) & (jobs[:, None] < en[None, :])
    # jobs with no live key go to the most recently started key (the operator re-uses it)
    latest = np.array(
        [np.flatnonzero(st <= t).max() if (st <= t).any() else int(np.argmin(st)) for t in jobs]
    )
    u = rng.random(len(jobs))
    n_live = live.sum(axis=1)
    choice = np.where(n_live > 0, 0, latest)
    for j in np.flatnonzero(n_live > 0).tolist():
        idx = np.flatnonzero(live[j])
        choice[j] = idx[int(u[j] * len(idx))]

    v_all = mix(rng, len(jobs), vw)
    for i, (a, via_proxy) in enumerate(accts):
        m = choice == i
        ts = jobs[m]
        if len(ts) == 0:
            continue
        ps = [prompt(voices[v]) for v in v_all[m].tolist()]
        ips = sticky(rng, ts, proxy_pool, hold) if via_proxy else None
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.4,
            err=err,
            extra=sys_tok,
        )

    # scouts: two or three keys that tried the templates on the old model before the release
    scouts = []
    for _ in range(irange(rng, 1, 3)):
        s = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="scout",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, ("curl/8.5.0", "python-requests/2.32.3")),
            ips=home(rng, irange(rng, 1, 2), op_tz) + picks(rng, blocks[provs[0]], 1),
            tz=op_tz,
        )
        a0 = ctx.release - float(rng.uniform(1.0, 3.0)) * DAY
        groups = session_times(
            rng,
            a0,
            ctx.release + 2 * HOUR,
            float(rng.uniform(1, 3)),
            workday(op_tz),
            float(rng.uniform(6, 20)),
            float(rng.uniform(20, 90)),
        )
        ts = np.concatenate(groups) if groups else np.array([ctx.release - DAY])
        ps = [prompt(voices[v]) for v in mix(rng, len(ts), vw).tolist()]
        ctx.emit(
            rng,
            s,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=comp * 0.8,
            comp_sigma=0.5,
        )
        scouts.append(s)

    ctx.campaign(
        cid,
        fam,
        [a for a, _ in accts] + scouts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "operator_tz": op_tz,
            "providers": provs,
            "proxy_share": round(p_proxy, 3),
            "proxy_region": proxy_region,
            "jobs_per_hour": round(per_hour, 1),
            "first_wave_ramp_h": round(ramp / HOUR, 2),
            "key_life_median_h": round(life_med / HOUR, 1),
            "p_new": round(p_new, 3),
            "completion_median": round(comp),
            "voices": dict(zip(voices, [round(float(x), 3) for x in vw], strict=True)),
            "user_agent": ua_main,
            "pacing": "poisson_worker_pool_rotating_keys",
            "scouts": len(scouts),
        },
    )


# ------------------------------------------------------------------------------------------------
# gaffer: office-hours operators harvesting rubric grades and pairwise preference labels


def gaffer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gaffer"
    n = irange(rng, 6, 14)
    tz = pick(rng, (8, 3, 5, 2, 9))
    region = pick(rng, ("us", "eu", "ca"))
    pool = resi(rng, irange(rng, 60, 300), region)
    hold = float(rng.uniform(15, 45)) * MINUTE
    p_shared_card = float(rng.uniform(0.2, 0.5))
    p_pair = float(rng.uniform(0.3, 0.7))
    per_day = float(rng.uniform(3.0, 6.5))
    size_mean = float(rng.uniform(22, 50))
    gap = float(rng.uniform(6, 20))
    p_new = float(rng.uniform(0.5, 0.85))
    comp_pair, comp_grade = float(rng.uniform(18, 60)), float(rng.uniform(60, 160))
    rubric_tok = irange(rng, 0, 320)
    start_h, end_h = float(rng.uniform(8, 10)), float(rng.uniform(17, 20))
    voices = ["formal", "tagged", "terse", "json", "tr", "pl", "es"]
    vw = rng.dirichlet(np.ones(len(voices)) * 1.5)
    emit_spec = pick(rng, T.GRADE_JSON_EMIT)
    qmax, amax = irange(rng, 250, 600), irange(rng, 600, 1500)

    def q() -> str:
        return cut(rng, pick(rng, ctx.chat), 80, qmax)

    def a() -> str:
        return cut(rng, pick(rng, ctx.passages), 250, amax)

    def make(v: str) -> tuple[str, bool]:
        pair = chance(rng, p_pair)
        if v == "json":
            body = {
                "task": "preference" if pair else "grade",
                "instruction": q(),
                "responses": [a(), a()] if pair else [a()],
                "emit": emit_spec,
            }
            return json.dumps(body, ensure_ascii=False), pair
        if v == "tagged":
            return pick(rng, T.PAIR_TAGGED).format(q=q(), a=a(), b=a()), True
        if v == "terse":
            tpl = T.GRADE_TERSE[2] if pair else pick(rng, T.GRADE_TERSE[:2])
            return tpl.format(q=q(), a=a(), b=a()), pair
        if v == "formal":
            return pick(rng, T.GRADE_EN_FORMAL).format(q=q(), a=a()), False
        if v == "tr":
            tpl = T.GRADE_TR[1] if pair else T.GRADE_TR[0]
            return tpl.format(q=q(), a=a(), b=a()), pair
        if v == "pl":
            return T.GRADE_PL[0].format(q=q(), a=a()), False
        tpl = T.GRADE_ES[0] if pair else T.GRADE_ES[1]
        return tpl.format(q=q(), a=a(), b=a()), pair

    accts = []
    prev_pay = None
    for _ in range(n):
        pay = prev_pay if (prev_pay and chance(rng, p_shared_card)) else hexid(rng, "pay")
        prev_pay = pay
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.25)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
        )
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="operator_key",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        groups = session_times(
            rng, start, ctx.t1, per_day, workday(tz, start_h, end_h, 0.05, 0.0), size_mean, gap, 0.5
        )
        ts = np.concatenate(groups) if groups else np.array([start + HOUR])
        made = [make(voices[v]) for v in mix(rng, len(ts), vw).tolist()]
        ps = [m[0] for m in made]
        med = np.where([m[1] for m in made], comp_pair, comp_grade)
        extra = rng.integers(0, 2, size=len(ts)) * rubric_tok
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=med,
            comp_sigma=0.5,
            err=0.01,
            extra=extra,
        )
        accts.append(acct)

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "rubric_grading_and_preference_labels",
            "keys": n,
            "operator_tz": tz,
            "office_hours": [round(start_h, 2), round(end_h, 2)],
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_min": round(hold / MINUTE, 1),
            "shared_card_p": round(p_shared_card, 3),
            "pair_share": round(p_pair, 3),
            "sessions_per_day": round(per_day, 2),
            "session_size": round(size_mean, 1),
            "gap_s": round(gap, 1),
            "p_new": round(p_new, 3),
            "completion_median": [round(comp_pair), round(comp_grade)],
            "pacing": "operator_sessions_office_hours",
            "payment": "cards_spread_over_personal_orgs",
        },
    )


# ------------------------------------------------------------------------------------------------
# cullet: nightly policy-aligned rewrites bought through a grey-market reseller


def cullet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cullet"
    profile = pick(rng, ("zh", "zh", "ru", "ar"))
    tz = {"zh": 8, "ru": 3, "ar": 3}[profile]
    provs = {"zh": CN_CLOUD, "ru": ("selectel", "m247", "hetzner"), "ar": ("m247", "ovh", "aws")}[
        profile
    ]
    n_keys = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    win_start = float(rng.uniform(23.0, 26.5)) % 24.0
    win_len = float(rng.uniform(3.5, 6.5))
    per_hour = float(rng.uniform(55, 100))  # averaged over the whole day
    gen_per_day = float(rng.uniform(3, 14))  # the reseller's genuine customers
    p_new = float(rng.uniform(0.6, 0.9))
    comp = float(rng.uniform(450, 900))
    pmax = irange(rng, 700, 1800)
    ua_set = [
        pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "okhttp/4.12.0", "python-httpx/0.28.1"))
        for _ in range(2)
    ]
    lang_w = {
        "zh": [0.1, 0.65, 0.05, 0.0, 0.2],
        "ru": [0.15, 0.0, 0.65, 0.0, 0.2],
        "ar": [0.15, 0.0, 0.0, 0.65, 0.2],
    }[profile]
    jur = {"zh": "CN-mainland", "ru": "RU", "ar": pick(rng, ("SA", "AE"))}[profile]
    drop = pick(rng, T.ALIGN_DROP)

    def p() -> str:
        return cut(rng, pick(rng, ctx.passages), 300, pmax)

    makers = [
        lambda: pick(rng, T.ALIGN_EN).format(p=p()),
        lambda: pick(rng, T.ALIGN_ZH).format(p=p()),
        lambda: pick(rng, T.ALIGN_RU).format(p=p()),
        lambda: pick(rng, T.ALIGN_AR).format(p=p()),
        lambda: json.dumps(
            {
                "op": "align_rewrite",
                "jurisdiction": jur,
                "keep": ["facts", "steps", "code"],
                "drop": drop,
                "register": "neutral-positive",
                "text": p(),
            },
            ensure_ascii=False,
        ),
    ]
    curve = nightly(win_start, win_len, tz)
    a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    jobs = thinned(rng, a0, ctx.t1, per_hour * (ctx.t1 - a0) / HOUR, curve)
    who = rng.integers(0, n_keys, size=len(jobs))
    accts = []
    for i in range(n_keys):
        prov = pick(rng, provs)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="reseller_key",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=card,
            ua=pick(rng, ua_set),
            ips=cloud(rng, irange(rng, 1, 3), prov),
            tz=tz,
        )
        ts = jobs[who == i]
        ps = per_event(rng, len(ts), makers, lang_w)
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.015,
            extra=irange(rng, 10, 60),
        )
        # the reseller's other customers: ordinary chat through the same keys in the daytime
        gts = thinned(
            rng, a0, ctx.t1, gen_per_day * (ctx.t1 - a0) / DAY, workday(tz, 9, 22, 0.6, 0.1)
        )
        gps = [cut(rng, pick(rng, ctx.chat), 20, 1500) for _ in range(len(gts))]
        ctx.emit(
            rng,
            acct,
            gts,
            gps,
            models=ctx.models(rng, gts, 0.3, 0.2),
            comp_median=340.0,
            comp_sigma=0.7,
        )
        accts.append(acct)

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_aligned_rewrites",
            "profile": profile,
            "jurisdiction": jur,
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "providers": list(provs),
            "window_local": [round(win_start, 2), round(win_len, 2)],
            "tz": tz,
            "jobs_per_hour_avg": round(per_hour, 1),
            "genuine_per_key_day": round(gen_per_day, 1),
            "p_new": round(p_new, 3),
            "completion_median": round(comp),
            "pacing": "nightly_window_worker_pool",
            "structure": "reseller_keys_mixed_with_customer_traffic",
            "user_agents": ua_set,
        },
    )


# ------------------------------------------------------------------------------------------------
# frit: synthetic agent / tool-use trajectories from a "startup" front on public cloud


def frit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "frit"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provs = [
        str(x) for x in rng.choice(("aws", "gcp", "azure"), size=irange(rng, 1, 2), replace=False)
    ]
    eps_per_hour = float(rng.uniform(6, 13))
    step_lo, step_hi = irange(rng, 2, 4), irange(rng, 8, 15)
    gap = float(rng.uniform(3, 9))
    schema_tok = irange(rng, 600, 2200)
    step_tok = irange(rng, 250, 700)
    p_wrap = float(rng.uniform(0.3, 0.9))
    p_new = float(rng.uniform(0.75, 0.95))
    comp_step, comp_wrap = float(rng.uniform(120, 300)), float(rng.uniform(600, 1100))
    vw = rng.dirichlet(np.ones(3) * 2)  # json, tagged, zh
    n_tools = irange(rng, 4, 8)
    maint_start = ctx.t0 + float(rng.uniform(1, 5)) * DAY
    maint_len = float(rng.uniform(2, 10)) * HOUR
    sys_line = pick(rng, T.AGENT_SYSTEM_LINES)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where((ts >= maint_start) & (ts < maint_start + maint_len), 0.0, 1.0)

    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng,
            (
                "langchain-openai/0.3.6",
                "litellm/1.60.2",
                "dspy/2.6.3 litellm/1.60.2",
                "OpenAI/Python 1.63.2",
            ),
        )
        ips = cloud(rng, irange(rng, 3, 10), pick(rng, provs))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="episode_runner",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
                tz=0,
            )
        )
    a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    starts = thinned(rng, a0, ctx.t1, eps_per_hour * (ctx.t1 - a0) / HOUR, curve)
    per_key: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        steps = irange(rng, step_lo, step_hi)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))])
        tools = [
            dict(x)
            for x in rng.choice(np.array(T.TOOLS, dtype=object), size=n_tools, replace=False)
        ]
        sl = slots(rng)
        task = pick(rng, T.AGENT_TASKS).format(**sl)
        v = int(mix(rng, 1, vw)[0])
        wrap = chance(rng, p_wrap)
        for j in range(steps):
            sl2 = slots(rng)
            tool = tools[int(rng.integers(len(tools)))]["name"]
            obs = pick(rng, T.AGENT_OBS).format(**sl2)
            if j == 0:
                if v == 0:
                    p = json.dumps(
                        {"system": sys_line, "tools": tools, "task": task}, ensure_ascii=False
                    )
                else:
                    p = f"<system>{sys_line}</system>\n<tools>{json.dumps(tools)}</tools>\n<task>{task}</task>"
            elif wrap and j == steps - 1:
                p = T.AGENT_WRAPUP[1] if v == 2 else T.AGENT_WRAPUP[0]
            elif v == 0:
                p = json.dumps(
                    {
                        "step": j,
                        "tool_result": {"name": tool, "content": obs},
                        "next": "act_or_finish",
                    },
                    ensure_ascii=False,
                )
            elif v == 1:
                p = pick(rng, T.AGENT_STEP_TAGGED).format(tool=tool, obs=obs, step=j)
            else:
                p = T.AGENT_STEP_ZH[0].format(tool=tool, obs=obs)
            out = per_key[k]
            out[0].append(float(ts[j]))
            out[1].append(p)
            out[2].append(schema_tok + j * step_tok)
            out[3].append(comp_wrap if (wrap and j == steps - 1) else comp_step)
    for acct, (ts, ps, ex, cm) in zip(accts, per_key, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            ps,
            models=ctx.models(rng, ts_a, p_new, 0.0),
            comp_median=np.asarray(cm),
            comp_sigma=0.5,
            err=0.01,
            extra=np.asarray(ex, dtype=np.int64),
        )

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectory_harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "providers": provs,
            "episodes_per_hour": round(eps_per_hour, 2),
            "steps": [step_lo, step_hi],
            "step_gap_s": round(gap, 1),
            "hidden_context": [schema_tok, step_tok],
            "wrapup_share": round(p_wrap, 3),
            "p_new": round(p_new, 3),
            "completion_median": [round(comp_step), round(comp_wrap)],
            "maintenance_gap_h": round(maint_len / HOUR, 1),
            "pacing": "poisson_episodes_chained_steps",
            "voices": [round(float(x), 3) for x in vw],
        },
    )


# ------------------------------------------------------------------------------------------------
# parison: instruction evolution chains and synthetic dataset generation via rotating proxies


def parison(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "parison"
    n_keys = irange(rng, 10, 22)
    n_cards = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tz = pick(rng, (-3, 1, 5, 2))
    regions = [
        str(x)
        for x in rng.choice(
            ("us", "eu", "sea", "latam", "in"), size=irange(rng, 2, 4), replace=False
        )
    ]
    pool: list[str] = []
    for r in regions:
        pool += resi(rng, irange(rng, 300, 1200), r)
    p_home = float(rng.uniform(0.1, 0.3))  # keys run from the operators' own consumer lines
    ua_mode = pick(rng, ("rotate_browsers", "fixed_sdk"))
    shift_start, shift_len = float(rng.uniform(6, 10)), float(rng.uniform(12, 17))
    chains_per_day = float(rng.uniform(220, 380))
    depth_lo, depth_hi = irange(rng, 1, 3), irange(rng, 3, 6)
    p_dataset = float(rng.uniform(0.1, 0.3))
    gap = float(rng.uniform(3, 25))
    p_new = float(rng.uniform(0.4, 0.8))
    comp_ev, comp_ans, comp_ds = (
        float(rng.uniform(80, 200)),
        float(rng.uniform(400, 800)),
        float(rng.uniform(900, 1600)),
    )
    lang_w = rng.dirichlet([6, 1.5, 1, 1, 1])  # en, es, it, nl, pt
    evolve_banks = [T.EVOLVE_TERSE, T.EVOLVE_ES, T.EVOLVE_IT, T.EVOLVE_NL, T.EVOLVE_PT]
    ds_w = rng.dirichlet([3, 1, 1, 1.5])  # terse, hi, th, json

    accts, homes = [], []
    for _ in range(n_keys):
        at_home = chance(rng, p_home)
        ua = "" if ua_mode == "rotate_browsers" else pick(rng, SDK_COMMON + SDK_OTHER[:4])
        ips = home(rng, irange(rng, 1, 2), tz) if at_home else pool
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="home_line" if at_home else "proxy_key",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua or pick(rng, BROWSERS),
                ips=ips,
                tz=tz,
            )
        )
        homes.append(at_home)

    def dataset_prompt() -> str:
        sl = slots(rng)
        sl["n"] = pick(rng, (10, 15, 20, 25, 30, 50))
        v = int(mix(rng, 1, ds_w)[0])
        if v == 0:
            return pick(rng, T.DATASET_TERSE).format(**sl)
        if v == 1:
            return T.DATASET_HI[0].format(**sl)
        if v == 2:
            return T.DATASET_TH[0].format(**sl)
        return json.dumps(
            {"generate": sl["n"], "topic": sl["topic"], **pick(rng, T.DATASET_JSON_SPEC)}
        )

    a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    starts = thinned(
        rng, a0, ctx.t1, chains_per_day * (ctx.t1 - a0) / DAY, nightly(shift_start, shift_len, tz)
    )
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        out = per_key[k]
        if chance(rng, p_dataset):
            out[0].append(s)
            out[1].append(dataset_prompt())
            out[2].append(comp_ds)
            continue
        bank = evolve_banks[int(mix(rng, 1, lang_w)[0])]
        inst = cut(rng, pick(rng, ctx.chat), 40, 400)
        t = s
        for _ in range(irange(rng, depth_lo, depth_hi)):
            out[0].append(t)
            out[1].append(pick(rng, bank).format(seed=inst))
            out[2].append(comp_ev)
            inst = inst + pick(rng, T.EVOLVE_ADDITIONS).format(**slots(rng))
            t += float(rng.lognormal(np.log(gap), 0.7))
        out[0].append(t)
        out[1].append(pick(rng, T.ANSWER_TERSE).format(seed=inst))
        out[2].append(comp_ans)

    for acct, at_home, (ts, ps, cm) in zip(accts, homes, per_key, strict=True):
        ts_a = np.asarray(ts)
        if len(ts_a) == 0:
            continue
        ua = picks(rng, BROWSERS, len(ts_a)) if ua_mode == "rotate_browsers" else None
        ips = None if at_home else rotating(rng, pool, len(ts_a))
        ctx.emit(
            rng,
            acct,
            ts_a,
            ps,
            models=ctx.models(rng, ts_a, p_new, 0.05),
            ips=ips,
            ua=ua,
            comp_median=np.asarray(cm),
            comp_sigma=0.55,
            err=0.012,
        )

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "instruction_evolution_and_dataset_generation",
            "keys": n_keys,
            "cards": n_cards,
            "orgs": n_keys,
            "tz": tz,
            "proxy_regions": regions,
            "proxy_pool": len(pool),
            "home_line_share": round(p_home, 3),
            "user_agent_mode": ua_mode,
            "shift_local": [round(shift_start, 2), round(shift_len, 2)],
            "chains_per_day": round(chains_per_day, 1),
            "depth": [depth_lo, depth_hi],
            "dataset_share": round(p_dataset, 3),
            "step_gap_s": round(gap, 1),
            "p_new": round(p_new, 3),
            "completion_median": [round(comp_ev), round(comp_ans), round(comp_ds)],
            "pacing": "chained_bursts_in_shift",
            "ip_source": "rotating_residential_proxy_per_request",
        },
    )


# ------------------------------------------------------------------------------------------------
# murrine: best-of-n — ordinary prompts, each sent n times in a row, from a hydra of personal keys


def murrine(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "murrine"
    n_keys = irange(rng, 24, 48)
    tzs = [int(x) for x in rng.choice((5, -3, -5, 1, 2, -8), size=irange(rng, 1, 3), replace=False)]
    bursts_per_day = float(rng.uniform(4, 10))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    gap = float(rng.uniform(0.8, 4.0))
    p_mark = float(rng.uniform(0.0, 0.35))
    p_single = float(rng.uniform(0.1, 0.25))
    p_v6 = float(rng.uniform(0.5, 0.9))
    p_new = float(rng.uniform(0.5, 0.9))
    comp = float(rng.uniform(320, 480))
    onboard = pick(rng, ("spread", "at_release"))
    markers = [
        str(x) for x in rng.choice(np.array(T.REPEAT_MARKERS, dtype=object), size=3, replace=False)
    ]

    accts = []
    for _ in range(n_keys):
        tz = pick(rng, tzs)
        homes = home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="personal_key",
            campaign_id=cid,
            ua=pick(rng, MOBILE),
            ips=homes,
            tz=tz,
        )
        if onboard == "at_release" and chance(rng, 0.7):
            a0 = ctx.release + float(rng.uniform(0, 18)) * HOUR
        else:
            a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng, a0, ctx.t1, bursts_per_day * (ctx.t1 - a0) / DAY, evening_person(tz, 3.0)
        )
        ts_l, ps_l, ip_l = [], [], []
        for s in starts.tolist():
            base = cut(rng, pick(rng, ctx.chat), 20, 1500)
            n = 1 if chance(rng, p_single) else irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
            addr = (
                mobile_v6(rng, 1, MOBILE_KIND.get(tz, "eu_mobile"))[0]
                if chance(rng, p_v6)
                else pick(rng, homes)
            )
            for j in range(n):
                mk = pick(rng, markers).format(k=j + 1) if (j > 0 and chance(rng, p_mark)) else ""
                ts_l.append(float(t[j]))
                ps_l.append(base + mk)
                ip_l.append(addr)
        if not ts_l:
            ts_l, ps_l, ip_l = [a0 + HOUR], [pick(rng, ctx.chat)], [homes[0]]
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            ps_l,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=ip_l,
            comp_median=comp,
            comp_sigma=0.65,
            err=0.008,
        )
        accts.append(acct)

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "tzs": tzs,
            "bursts_per_day": round(bursts_per_day, 2),
            "n_range": [n_lo, n_hi],
            "gap_s": round(gap, 2),
            "marker_share": round(p_mark, 3),
            "single_share": round(p_single, 3),
            "carrier_v6_share": round(p_v6, 3),
            "p_new": round(p_new, 3),
            "completion_median": round(comp),
            "onboarding": onboard,
            "pacing": "evening_bursts_per_person",
            "user_agent": "mobile_apps",
        },
    )


# ------------------------------------------------------------------------------------------------
# incalmo: bare-text continuation harvesting (no instruction at all, fixed max_tokens)


def incalmo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "incalmo"
    n_keys = irange(rng, 8, 18)
    n_cards = irange(rng, 1, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = resi(rng, irange(rng, 1500, 5000), "*")
    per_hour = float(rng.uniform(65, 125))
    cap = pick(rng, (256, 384, 512, 768))
    p_early = float(rng.uniform(0.08, 0.25))
    p_header = float(rng.uniform(0.1, 0.4))
    p_chat_src = float(rng.uniform(0.1, 0.4))
    p_new = float(rng.uniform(0.3, 0.7))
    ua_opts = ("python-httpx/0.28.1", "aiohttp/3.11.11", "", "Go-http-client/2.0")
    ua = pick(rng, ua_opts)
    frag_lo, frag_hi = irange(rng, 120, 300), irange(rng, 600, 1400)

    def fragment() -> str:
        src = pick(rng, ctx.passages)
        if chance(rng, p_chat_src):
            for _ in range(6):  # only human texts long enough to cut mid-stream
                cand = pick(rng, ctx.chat)
                if len(cand) > frag_lo + 40:
                    src = cand
                    break
        if len(src) > frag_lo + 40:
            off = irange(rng, 0, max(0, len(src) // 3))
            end = off + irange(rng, frag_lo, frag_hi)
            src = src[off:end]
        head = pick(rng, T.DOC_HEADERS).format(**slots(rng)) if chance(rng, p_header) else ""
        return head + src

    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="continuation_worker",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua if chance(rng, 0.8) else pick(rng, ua_opts),
                ips=pool,
                tz=0,
            )
        )
    a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs = thinned(rng, a0, ctx.t1, per_hour * (ctx.t1 - a0) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(jobs))
    for i, acct in enumerate(accts):
        ts = jobs[who == i]
        ps = [fragment() for _ in range(len(ts))]
        med = np.where(
            rng.random(len(ts)) < p_early, cap * rng.uniform(0.15, 0.9, size=len(ts)), float(cap)
        )
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.1),
            ips=rotating(rng, pool, len(ts)),
            comp_median=med,
            comp_sigma=0.03,
            err=0.01,
        )

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bare_continuation_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_cards,
            "proxy_pool": len(pool),
            "jobs_per_hour": round(per_hour, 1),
            "max_tokens": cap,
            "early_stop_share": round(p_early, 3),
            "header_share": round(p_header, 3),
            "p_new": round(p_new, 3),
            "fragment_chars": [frag_lo, frag_hi],
            "pacing": "poisson_worker_pool_24x7",
            "ip_source": "rotating_residential_proxy_per_request",
            "user_agent": ua,
        },
    )


# ------------------------------------------------------------------------------------------------
# zanfirico: low and slow — a few person-shaped accounts eliciting soft labels inside genuine use


def zanfirico(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zanfirico"
    n = irange(rng, 5, 12)
    sess_per_day = float(rng.uniform(0.7, 1.8))
    size_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(40, 150))
    p_elicit = float(rng.uniform(0.35, 0.6))
    p_new = float(rng.uniform(0.5, 0.85))
    comp_e = float(rng.uniform(110, 260))
    lang_w = rng.dirichlet([5, 1, 1, 1, 1, 1])  # en, es, it, hi, de, ja
    banks = [T.ELICIT_EN, T.ELICIT_ES, T.ELICIT_IT, T.ELICIT_HI, T.ELICIT_DE, T.ELICIT_JA]

    def elicit() -> str:
        bank = banks[int(mix(rng, 1, lang_w)[0])]
        frag = cut(rng, pick(rng, ctx.chat), 30, 160)
        opts = [statement(rng) for _ in range(3)]
        return pick(rng, bank).format(
            s1=statement(rng),
            s2=statement(rng),
            s3=statement(rng),
            frag=frag,
            q=cut(rng, pick(rng, ctx.chat), 20, 140),
            x=opts[0],
            y=opts[1],
            z=opts[2],
        )

    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        ips = home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="person",
            campaign_id=cid,
            ua=pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE),
            ips=ips,
            tz=tz,
        )
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        groups = session_times(
            rng, a0, ctx.t1, sess_per_day, evening_person(tz), size_mean, gap, 0.9
        )
        ts = np.concatenate(groups) if groups else np.array([a0 + HOUR])
        is_e = rng.random(len(ts)) < p_elicit
        ps = [elicit() if e else cut(rng, pick(rng, ctx.chat), 10, 1500) for e in is_e.tolist()]
        med = np.where(is_e, comp_e, 350.0)
        ctx.emit(
            rng,
            acct,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=med,
            comp_sigma=0.7,
        )
        accts.append(acct)

    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "soft_label_elicitation",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "sessions_per_day": round(sess_per_day, 2),
            "session_size": round(size_mean, 1),
            "gap_s": round(gap, 1),
            "elicit_share": round(p_elicit, 3),
            "p_new": round(p_new, 3),
            "completion_median": round(comp_e),
            "pacing": "human_sessions_evening",
            "ip_source": "home_consumer_lines",
            "low_and_slow": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "pontil": pontil,
    "gaffer": gaffer,
    "cullet": cullet,
    "frit": frit,
    "parison": parison,
    "murrine": murrine,
    "incalmo": incalmo,
    "zanfirico": zanfirico,
}
