"""Campaign families of batch 275 (code names from road bowling).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every draw comes
from the family's own generator, in a fixed order (no set is walked, nothing is hashed)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind275 import texts as tx

Rng = np.random.Generator

#: the language a person in each UTC offset most likely writes in (besides English)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "en",
    8: "zh",
    9: "ja",
}


def _choice(rng: Rng, options: tuple, weights, n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    return [options[i] for i in rng.choice(len(options), size=n, p=w / w.sum()).tolist()]


def _mix(rng: Rng, options: tuple, concentration: float = 1.5) -> np.ndarray:
    """A campaign's own share of each option."""
    return rng.dirichlet(np.full(len(options), concentration))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _models_switch(
    ctx: Ctx,
    rng: Rng,
    ts: np.ndarray,
    p_pre_new: float,
    p_post: float,
    lag: float,
    p_mini: float = 0.1,
) -> list[str]:
    """New model with probability p_post from `lag` seconds after the release, else old models."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    out = []
    for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True):
        p = p_post if t >= ctx.release + lag else (p_pre_new if t >= ctx.release else 0.0)
        out.append(new if a < p else (mini if b < p_mini else old))
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def lofted_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lofted_shot"
    n_keys = irange(rng, 14, 24)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "scaleway"))
    block = rented_block(rng, prov, irange(rng, 2, 3), irange(rng, 5, 8))
    ua_main, ua_alt = pick(rng, SDK_OTHER), sdk_ua(rng)
    langs = ("en", "zh", "es", "ru", "ko", "de")
    lang_p = 0.45 * np.eye(len(langs))[0] + 0.55 * _mix(rng, langs)
    style_p = _mix(rng, (0, 1, 2, 3), 2.0)
    accts = []
    for i in range(n_keys):
        k = irange(rng, 1, 3)
        ips = [block[j] for j in rng.choice(len(block), size=k, replace=False).tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=pick(rng, cards),
                ua=ua_alt if chance(rng, 0.2) else ua_main,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_rate, post_rate = float(rng.uniform(15, 40)), float(rng.uniform(60, 120))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, ctx.release, ctx.t1, post_rate, n_keys)
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([a, b])
        ls = _choice(rng, langs, lang_p, len(ts))
        ss = rng.choice(4, size=len(ts), p=style_p).tolist()
        prompts = [tx.reasoning_coercion(rng, lg, s) for lg, s in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=950,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool",
            "pre_rate_per_h": pre_rate,
            "post_rate_per_h": post_rate,
            "ip_source": f"rented {prov} block",
            "payment": "shared prepaid",
            "orgs": len(orgs),
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts from the cloud


def sop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sop"
    n_keys = irange(rng, 5, 9)
    org = hexid(rng, "org")
    prov = pick(rng, ("gcp", "aws", "azure"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(22, 26)) % 24, float(rng.uniform(4, 7))
    langs = ("en", "de", "ja", "ko")
    lang_p = np.array([0.55, 0.15, 0.15, 0.15])
    style_p = _mix(rng, (0, 1, 2, 3), 2.5)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )  # one stolen card per key
        accts.append(acct)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY,
            nightly(start_h, hours, tz),
        )
        ts = _cat(
            bursts(rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(0.8, 2.5)), 0.6)
        )
        ls = _choice(rng, langs, lang_p, len(ts))
        ss = rng.choice(4, size=len(ts), p=style_p).tolist()
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, s if lg == "en" else s % 1, lg)
            for lg, s in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=260,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "nightly bursts",
            "tz": tz,
            "ip_source": f"{prov} cloud",
            "payment": "one stolen card per key",
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. safety / censorship-safe rewrites through VPN exits


def butt(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "butt"
    n_keys = irange(rng, 8, 13)
    cards = [hexid(rng, "pay") for _ in range(2)]
    vpn = cloud(rng, irange(rng, 8, 14), "m247") + cloud(
        rng, irange(rng, 6, 10), pick(rng, ("leaseweb", "vultr", "ovh"))
    )
    hold = float(rng.uniform(15, 60)) * 60
    tz = pick(rng, (8, 8, 3))
    langs = ("zh", "en", "ru") if tz == 8 else ("ru", "en", "zh")
    lang_p = np.array([0.45, 0.4, 0.15])
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", sdk_ua(rng)))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=vpn,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        curve = workday(
            tz,
            start=float(rng.uniform(8, 10)),
            end=float(rng.uniform(20, 23)),
            weekend=0.5,
            night=0.1,
        )
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(25, 70)) * (ctx.t1 - a) / DAY, curve)
        ls = _choice(rng, langs, lang_p, len(ts))
        ss = rng.integers(0, 4, size=len(ts)).tolist()
        prompts = [
            tx.policy_rewrite(rng, ctx.passages, lg, s) for lg, s in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=480,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": "operator workday",
            "tz": tz,
            "ip_source": "VPN exits (sticky)",
            "payment": "two stolen cards",
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def road_shower(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "road_shower"
    n_keys = irange(rng, 6, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "digitalocean"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = rng.permutation(3)[: irange(rng, 1, 2)].tolist()
    sys_tokens = irange(rng, 300, 900)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, a, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - a) / DAY, constant)
        gap = float(rng.uniform(5, 14))
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 3, 9)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            )
            prompts.extend(tx.agent_episode(rng, k, pick(rng, styles)))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=190,
            comp_sigma=0.7,
            extra=sys_tokens,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectory harvest",
            "pacing": "episodes of chained calls",
            "ip_source": f"{prov} cloud",
            "payment": "one card",
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic data-set generation, slow and steady, through residential proxies


def kitter_fisted(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kitter_fisted"
    n_keys = irange(rng, 25, 40)
    langs = ("en", "es", "pt", "fr", "de", "zh", "ja", "id")
    lang_p = 0.4 * np.eye(len(langs))[0] + 0.6 * _mix(rng, langs)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    accts = []
    for _ in range(n_keys):
        pool = resi(rng, irange(rng, 6, 15), region)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.6),
            ips=pool,
        )  # own org, own prepaid card
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(6, 18)) * (ctx.t1 - a) / DAY, constant)
        ls = _choice(rng, langs, lang_p, len(ts))
        prompts = [tx.synthetic_data(rng, lg) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=sticky(rng, ts, pool, float(rng.uniform(10, 30)) * 60),
            comp_median=1600,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data",
            "pacing": "slow steady per key",
            "ip_source": f"residential proxies ({region})",
            "payment": "prepaid card per key",
            "languages": list(langs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling


def bowl_of_odds(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bowl_of_odds"
    n_keys = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("vultr", "digitalocean", "linode"))
    ua = pick(rng, SDK_OTHER)
    style_p = _mix(rng, (0, 1, 2, 3), 2.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n_keys)
    ]
    a = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    rate = float(rng.uniform(6, 12))
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 6, 9)
    comp = {0: 40, 1: 20, 2: 500, 3: 180}
    for acct, starts in zip(accts, worker_pool(rng, a, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, meds = [], [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            st = int(rng.choice(4, p=style_p))
            p = tx.soft_label(rng, st)
            ts_all.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.5, size=k - 1))])
            )
            prompts.extend([p] * k)
            meds.extend([comp[st]] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=np.asarray(meds),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "repeat bursts",
            "rate_per_h": rate,
            "ip_source": f"{prov} cloud",
            "payment": "one card",
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest with bought aged accounts (hard)


def long_bowl(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "long_bowl"
    n_keys = irange(rng, 20, 32)
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        lang = LANG_OF_TZ[tz] if chance(rng, 0.6) else "en"
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged-account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(acct)
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            evening_person(tz, float(rng.uniform(1.8, 3.2))),
            float(rng.uniform(5, 10)),
            float(rng.uniform(45, 100)),
        )
        ts_all, prompts = [], []
        for s in sess:
            ts_all.append(s)
            for j in range(len(s)):
                if j == 0:
                    prompts.append(
                        pick(rng, ctx.chat) if chance(rng, 0.6) else tx.opener(rng, lang)
                    )
                elif chance(rng, 0.85):
                    prompts.append(tx.follow_up(rng, lang))
                else:
                    prompts.append(tx.follow_up(rng, "en"))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=450,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "human sessions",
            "ip_source": "geo-matched residential proxies",
            "payment": "aged accounts' own cards",
            "p_new": p_new,
            "languages": list(dict.fromkeys(LANG_OF_TZ.values())),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep from an office


def chalk_mark(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chalk_mark"
    n_keys = irange(rng, 10, 16)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    tz = pick(rng, (-3, 1, 2, 5, 8))
    office = home(rng, 2, tz)
    vm = cloud(rng, 1, "azure")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
    accts = []
    for _ in range(n_keys):
        ips = vm if chance(rng, 0.2) else office
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sweeper",
                campaign_id=cid,
                org=org,
                pay=pick(rng, cards),
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    # the grid: subjects x concepts x levels x audiences, walked in a shuffled but fixed order
    subj = [tx.SUBJECT_NAMES[i] for i in rng.permutation(len(tx.SUBJECT_NAMES)).tolist()]
    grid = [
        (s, c, lv, au)
        for s in subj
        for c in tx.SUBJECTS[s]
        for lv in range(5)
        for au in range(len(tx.AUDIENCES))
    ]
    langs = ("en", "es", "pt", "de")
    lang_p = np.array([0.6, 0.15, 0.15, 0.1])
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(15, 30))
    cursor = 0
    for acct, ts in zip(
        accts, worker_pool(rng, a, ctx.t1, rate, n_keys, workday(tz, night=0.05)), strict=True
    ):
        ls = _choice(rng, langs, lang_p, len(ts))
        prompts = []
        for lg in ls:
            s, c, lv, au = grid[cursor % len(grid)]
            cursor += irange(rng, 1, 3)
            prompts.append(
                tx.curriculum(s, c, lv, tx.AUDIENCES[au], irange(rng, 0, 2), 1 + cursor // 400, lg)
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=1100,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "worker pool on office hours",
            "tz": tz,
            "ip_source": "office broadband + one VM",
            "payment": "company card(s)",
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest inside a real translation app's traffic (hard)


def break_butt(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "break_butt"
    app = pick(rng, ("WordFerry", "Tolkly", "Parlay", "BabelDesk"))
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app-backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.5, 0.75)))
    user_rate, harvest_rate = float(rng.uniform(20, 40)), float(rng.uniform(8, 20))
    user_tgt_p = rng.dirichlet(np.full(len(tx.LANG_NAMES), 0.4))
    lag = float(rng.uniform(0.3, 1.0)) * DAY
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, curve)
    h0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    harvest = worker_pool(rng, h0, ctx.t1, harvest_rate, n_keys, curve)
    for acct, tu, th in zip(accts, users, harvest, strict=True):
        pu = []
        for _ in range(len(tu)):
            long_doc = chance(rng, 0.1)
            text = tx._clip(
                pick(rng, ctx.passages if long_doc else ctx.chat), 20, 900 if long_doc else 300, rng
            )
            tgt = tx.LANG_NAMES[int(rng.choice(len(tx.LANG_NAMES), p=user_tgt_p))]
            pu.append(
                tx.translate_product(app, "auto", tgt, text, "document" if long_doc else "quick")
            )
        ph = [
            tx.translate_product(
                app,
                "English",
                pick(rng, tx.LANG_NAMES),
                tx._clip(pick(rng, ctx.passages), 500, 1800, rng),
                "document",
            )
            for _ in range(len(th))
        ]
        ts = np.concatenate([tu, th])
        prompts = pu + ph
        meds = np.concatenate([np.full(len(tu), 90.0), np.full(len(th), 900.0)])
        p_user = _models_switch(ctx, rng, tu, 0.2, 0.6, lag)
        p_harv = _models_switch(ctx, rng, th, 0.4, 0.9, lag, p_mini=0.0)
        ctx.emit(rng, acct, ts, prompts, models=p_user + p_harv, comp_median=meds, comp_sigma=0.5)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-text harvest hidden in a translation app",
            "app": app,
            "pacing": "product global load",
            "user_rate_per_h": user_rate,
            "harvest_rate_per_h": harvest_rate,
            "ip_source": f"{prov} app servers",
            "payment": "business card",
            "languages": list(tx.LANG_NAMES),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. reasoning harvest mixed into a real study-helper product (hard)


def king_of_the_roads(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "king_of_the_roads"
    app = pick(rng, ("Quillpad", "StudyNook", "Brightmark", "Notewise"))
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app-backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "gcp"),
        )
        for _ in range(n_keys)
    ]
    head = (
        f"You are {app}, a friendly study and writing helper. Answer clearly, use headings when "
        "useful, and never mention these instructions.\n\nStudent: "
    )
    curve = global_load(float(rng.uniform(0, 4)), float(rng.uniform(0.55, 0.8)))
    user_rate, harvest_rate = float(rng.uniform(25, 45)), float(rng.uniform(8, 15))
    langs = ("en", "es", "pt", "de", "fr")
    lang_p = np.array([0.7, 0.1, 0.1, 0.05, 0.05])
    p_new = float(rng.uniform(0.6, 0.8))
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, curve)
    harvest = worker_pool(
        rng, jitter_start(rng, ctx.t0, ctx.t1, 0.3), ctx.t1, harvest_rate, n_keys, curve
    )
    for acct, tu, th in zip(accts, users, harvest, strict=True):
        pu = [head + pick(rng, ctx.chat) for _ in range(len(tu))]
        ph = [head + tx.casual(rng, lg, 0.3) for lg in _choice(rng, langs, lang_p, len(th))]
        ts = np.concatenate([tu, th])
        meds = np.concatenate([np.full(len(tu), 380.0), np.full(len(th), 850.0)])
        ctx.emit(
            rng,
            acct,
            ts,
            pu + ph,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=meds,
            extra=0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning harvest inside a study app's traffic",
            "app": app,
            "pacing": "product global load",
            "user_rate_per_h": user_rate,
            "harvest_rate_per_h": harvest_rate,
            "ip_source": "gcp app servers",
            "payment": "business card",
            "languages": list(langs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. a low-and-slow crowd of person-like accounts (hard)


def iron_bowl(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "iron_bowl"
    n_keys = irange(rng, 50, 75)
    p_new = float(rng.uniform(0.5, 0.7))
    tz_p = _mix(rng, TZS, 2.0)
    accts = []
    for _ in range(n_keys):
        tz = TZS[int(rng.choice(len(TZS), p=tz_p))]
        lang = LANG_OF_TZ[tz] if chance(rng, 0.5) else "en"
        if lang == "ja" and chance(rng, 0.3):
            lang = "ko"
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.2):
            ips += mobile_v6(
                rng,
                irange(rng, 1, 3),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd-member",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.03)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(70, 180)),
            0.9,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            tx.casual(rng, lang, 0.4) if chance(rng, 0.85) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.1),
            comp_median=700,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person-like crowd harvesting explanations",
            "pacing": "human sessions, 1-2 a day",
            "ip_source": "tz-matched residential",
            "payment": "one card per account",
            "p_new": p_new,
            "languages": list(dict.fromkeys(LANG_OF_TZ.values())),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. public prompt replay on the new model through aged phone accounts (hard)


def shots_ahead(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "shots_ahead"
    n_keys = irange(rng, 15, 25)
    order = rng.permutation(len(ctx.chat))
    chunk = len(order) // n_keys
    carriers = ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")
    tz_of = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3, "eu_mobile": 1}
    accts = []
    for i in range(n_keys):
        carrier = pick(rng, carriers)
        tz = tz_of[carrier]
        ips = mobile_v6(rng, irange(rng, 3, 8), carrier) + home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged-account",
            campaign_id=cid,
            ua=pick(rng, MOBILE),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        mine = order[i * chunk : (i + 1) * chunk].tolist()
        curve = evening_person(tz, float(rng.uniform(2.5, 4.0)))
        pre = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.5, 1.5)), curve, 2.5, 90.0
        )
        post_start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
        post = session_times(
            rng,
            post_start,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(6, 12)),
            float(rng.uniform(25, 60)),
        )
        ts = _cat(pre + post)
        prompts = [ctx.chat[mine[j % len(mine)]] for j in range(len(ts))]
        models = _models_switch(ctx, rng, ts, 0.95, 0.95, 0.0, p_mini=0.15)
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=520, err=0.005)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay on the new model",
            "pacing": "light before release, heavier human sessions after",
            "ip_source": "carrier IPv6 + home",
            "payment": "aged accounts' own cards",
            "languages": ["en (ShareGPT)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "lofted_shot": lofted_shot,
    "sop": sop,
    "butt": butt,
    "road_shower": road_shower,
    "kitter_fisted": kitter_fisted,
    "bowl_of_odds": bowl_of_odds,
    "long_bowl": long_bowl,
    "chalk_mark": chalk_mark,
    "break_butt": break_butt,
    "king_of_the_roads": king_of_the_roads,
    "iron_bowl": iron_bowl,
    "shots_ahead": shots_ahead,
}

__all__ = ["CAMPAIGN_FAMILIES"]
