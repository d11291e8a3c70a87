"""Campaign families of blind batch 202 (code names from jousting).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key counts, orgs,
cards, pacing, addresses, user agents, languages, template styles, model use) is drawn from the
family's own generator. `vamplate`, `escutcheon`, `palfrey` and `hastilude` are the deliberately
hard ones (see README.md).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind202 import texts as tx

Rng = np.random.Generator
CAMP = "campaign"

MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("zh", "en"),
    9: ("ja",),
}


def _f(x) -> float:
    return round(float(x), 3)


def _shuffled(rng: Rng, seq) -> list:
    return [seq[int(i)] for i in rng.permutation(len(seq))]


def _emit_models(
    ctx: Ctx, rng: Rng, ts: np.ndarray, p_new: float, p_mini: float = 0.05
) -> list[str]:
    return ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)


def _alive(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def quintain(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "quintain"
    n_keys = irange(rng, 6, 14)
    n_orgs = 1 if chance(rng, 0.4) else irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    one_client = chance(rng, 0.7)
    client = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.54.0",
        ),
    )
    langs = tx.lang_mix(rng, _shuffled(rng, ["en", "zh", "ru", "es"]))
    styles = [str(s) for s in rng.choice(tx.COERCE_STYLES, size=irange(rng, 2, 3), replace=False)]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.7)
    per_hour = float(rng.uniform(35, 70))
    night = chance(rng, 0.35)
    op_tz = int(pick(rng, (3, 8, 2, -5)))
    curve = bb.nightly(float(rng.uniform(0, 6)), 14.0, op_tz) if night else bb.constant
    accts = []
    for i in range(n_keys):
        ua = client if one_client else bb.sdk_ua(rng)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=pays[i % n_orgs],
                ua=ua,
                ips=[pick(rng, pool) for _ in range(irange(rng, 1, 3))],
            )
        )
    for acct, ts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [
            tx.reasoning_trace(rng, pick(rng, styles), tx.draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_emit_models(ctx, rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(1200, 2000)),
            comp_sigma=0.45,
            err=0.035,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} block ({len(pool)} addresses)",
            "pacing": "Poisson worker pool"
            + (" in a 14 h nightly window" if night else ", around the clock"),
            "per_hour": _f(per_hour),
            "user_agent": client if one_client else "varied SDKs",
            "languages": langs,
            "styles": styles,
            "start": _f(start),
            "models": "old flagship, then the new model at release",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def destrier(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "destrier"
    n_keys = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.63.2"))
    langs = tx.lang_mix(rng, ["en", "de", "ja"])
    styles = [str(s) for s in rng.choice(tx.JUDGE_STYLES, size=irange(rng, 2, 3), replace=False)]
    op_tz = int(pick(rng, (1, 2, 8, 9)))
    curve = bb.nightly(float(rng.uniform(0, 4)), float(rng.uniform(3, 6)), op_tz)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    nights = (ctx.t1 - start) / DAY
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="grader",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    starts = bb.thinned(rng, start, ctx.t1, nights * float(rng.uniform(3, 6)), curve)
    trains = bb.bursts(
        rng, starts, float(rng.uniform(80, 200)), float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1
    )
    owner = rng.integers(0, n_keys, size=len(trains))
    for k, acct in enumerate(accts):
        mine = [t for t, o in zip(trains, owner.tolist(), strict=True) if o == k]
        ts = np.sort(np.concatenate(mine)) if mine else np.empty(0)
        prompts = [
            tx.judge_prompt(
                rng, pick(rng, styles), tx.draw_lang(rng, langs), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_emit_models(ctx, rng, ts, 0.9, 0.0),
            comp_median=260.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "orgs": 2,
            "cards": 2,
            "payment": "one corporate card per org",
            "ip_source": f"{provider}, one address per key",
            "pacing": "nightly bursts",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "operator_tz": op_tz,
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, stolen cards


def pennon(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "pennon"
    n_keys = irange(rng, 10, 18)
    vpn = bb.cloud(rng, irange(rng, 6, 14), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, irange(rng, 2, 5), "m247"
    )
    langs = tx.lang_mix(rng, ["zh", "en", "ru", "ar"])
    styles = [str(s) for s in rng.choice(tx.POLICY_STYLES, size=irange(rng, 2, 3), replace=False)]
    op_tz = int(pick(rng, (8, 3)))
    accts = []
    dead = 0
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS + tx.SEEN_BROWSER)
        acct = ctx.account(
            rng, label=CAMP, family=name, role="worker", campaign_id=cid, ua=ua, ips=vpn, tz=op_tz
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        b = ctx.t1
        if chance(rng, 0.3):  # the stolen card is charged back and the key dies
            b = a + float(rng.uniform(0.7, 3.0)) * DAY
            dead += 1
        sessions = bb.session_times(
            rng,
            a,
            min(b, ctx.t1),
            float(rng.uniform(3, 7)),
            bb.workday(op_tz),
            float(rng.uniform(8, 16)),
            float(rng.uniform(15, 40)),
        )
        ts = np.sort(np.concatenate(sessions)) if sessions else np.empty(0)
        prompts = [
            tx.policy_rewrite(
                rng, pick(rng, styles), tx.draw_lang(rng, langs), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_emit_models(ctx, rng, ts, 0.7),
            ips=bb.sticky(rng, ts, vpn, 1800.0),
            comp_median=520.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key",
            "keys_charged_back": dead,
            "ip_source": f"commercial VPN exits on hosting ranges ({len(vpn)} exits, 30-min sticky)",
            "pacing": "human-speed sessions in the operator's working day",
            "operator_tz": op_tz,
            "user_agent": "browsers (a web front end)",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def vambrace(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "vambrace"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    styles = [str(s) for s in rng.choice(tx.AGENT_STYLES, size=irange(rng, 1, 2), replace=False)]
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    per_hour = float(rng.uniform(1.0, 3.0))
    step_gap = float(rng.uniform(5, 12))
    growth = float(rng.uniform(250, 500))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), "aws"),
        )
        accts.append(acct)
        ts_all, prompts, extra, comp = [], [], [], []
        for s in bb.thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant
        ).tolist():
            steps = irange(rng, 4, 14)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))]
            )
            style, task = pick(rng, styles), tx.agent_task(rng)
            tools = [str(t) for t in rng.choice(tx._TOOLS, size=irange(rng, 3, 7), replace=False)]
            for k, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, style, task, k, tools))
                extra.append(int(600 + growth * k))
                comp.append(650.0 if k == steps - 1 else 170.0)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            models=_emit_models(ctx, rng, ts, 0.95, 0.0),
            comp_median=np.asarray(comp)[order],
            extra=np.asarray(extra)[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one card",
            "ip_source": "aws",
            "pacing": "trajectories of 4-14 steps, Poisson starts",
            "trajectories_per_hour_per_key": _f(per_hour),
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation by a sign-up farm behind residential proxies


def caparison(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "caparison"
    n_keys = irange(rng, 15, 28)
    n_cards = max(3, n_keys // irange(rng, 3, 5))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = bb.resi(rng, irange(rng, 150, 400), "*")
    langs = tx.lang_mix(rng, ["en", "es", "pt", "id"])
    per_hour = float(rng.uniform(30, 55))
    hold = float(rng.uniform(300, 1200))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts, onboard = [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role="farm_key",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=bb.sdk_ua(rng, 0.4),
                ips=pool,
            )
        )
        onboard.append(bb.jitter_start(rng, start, ctx.t1, 0.5))
    for acct, a, ts in zip(
        accts, onboard, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True
    ):
        ts = _alive(ts, a, ctx.t1)
        prompts = [
            tx.synth_request(rng, pick(rng, tx.SYNTH_STYLES), tx.draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_emit_models(ctx, rng, ts, 0.9, 0.1),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction / persona / dialogue dataset generation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_cards,
            "payment": "batches of prepaid virtual cards shared by 3-5 keys",
            "ip_source": f"worldwide residential proxy pool ({len(pool)} exits, sticky {hold:.0f} s)",
            "pacing": "one Poisson job queue over staggered keys",
            "per_hour": _f(per_hour),
            "user_agent": "randomised SDK strings",
            "languages": langs,
            "styles": list(tx.SYNTH_STYLES),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a simulated user


def coronel(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "coronel"
    n_keys = irange(rng, 5, 8)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    langs = tx.lang_mix(rng, _shuffled(rng, ["en", "fr", "pt", "ko"]))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(1.0, 2.5))
    gap = float(rng.uniform(8, 18))
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="dialogue_driver",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(acct)
        ts_all, prompts = [], []
        for s in bb.thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant
        ).tolist():
            turns = irange(rng, 4, 10)
            lang = tx.draw_lang(rng, langs)
            times = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=turns - 1))]
            )
            for k, t in enumerate(times.tolist()):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, lang, k))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[i] for i in order],
            models=_emit_models(ctx, rng, ts, 0.85),
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted user)",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "payment": "one card",
            "ip_source": f"{provider}, one address per key",
            "pacing": "conversations of 4-10 turns, bot-speed replies, around the clock",
            "turn_gap_median_s": _f(gap),
            "user_agent": ua,
            "languages": langs,
            "styles": ["opener+follow-up"],
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def grandguard(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "grandguard"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("contabo", "ovh", "hetzner"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, bb.SDK_OTHER)
    spread = chance(rng, 0.4)
    styles = [str(s) for s in rng.choice(tx.SOFT_STYLES, size=irange(rng, 2, 3), replace=False)]
    start = ctx.release - float(rng.uniform(0.2, 2.0)) * DAY
    per_hour = float(rng.uniform(6, 12))
    n_mean = float(rng.uniform(4, 10))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, ips)],
        )
        for _ in range(n_keys)
    ]
    per_key: list[tuple[list[float], list[str], list[float]]] = [
        ([], [], []) for _ in range(n_keys)
    ]
    items = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    for train in bb.bursts(rng, items, n_mean, 1.2, 0.6, ctx.t1):
        style = pick(rng, styles)
        prompt = tx.soft_label(rng, style, ctx.chat)
        comp = {"option_probs": 160.0, "candidates": 1300.0, "next_words": 190.0}[style]
        home = irange(rng, 0, n_keys - 1)
        for t in train.tolist():
            k = irange(rng, 0, n_keys - 1) if spread else home
            per_key[k][0].append(t)
            per_key[k][1].append(prompt)
            per_key[k][2].append(comp)
    for acct, (ts_l, pr, cm) in zip(accts, per_key, strict=True):
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [pr[i] for i in order],
            models=_emit_models(ctx, rng, ts, 0.9, 0.0),
            comp_median=np.asarray(cm)[order] if len(cm) else 300.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one card",
            "ip_source": f"{provider} ({len(ips)} addresses)",
            "pacing": "Poisson items, each repeated ~n times in a few seconds",
            "repeats_mean": _f(n_mean),
            "repeats_spread_over_keys": spread,
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep at a slow, regular cadence


def tiltyard(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "tiltyard"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    nl_mix = tx.lang_mix(rng, ["en", "zh", "ja"])
    langs = _shuffled(rng, list(tx.CODE_LANGS))[: irange(rng, 6, 10)]
    styles = [str(s) for s in rng.choice(tx.CODE_STYLES, size=irange(rng, 2, 3), replace=False)]
    queue = [
        (lg, tp, lv, st)
        for lg in langs
        for tp in tx.CODE_TOPICS
        for lv in tx.CODE_LEVELS
        for st in styles
    ]
    start = ctx.release + float(rng.uniform(0, 6)) * HOUR
    accts = []
    serial = 0
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(acct)
        sleep = float(rng.uniform(100, 280))
        n = int((ctx.t1 - start) / sleep) + 2
        ts = (
            start
            + float(rng.uniform(0, 60))
            + np.cumsum(sleep + rng.lognormal(np.log(15), 0.5, size=n))
        )
        for _ in range(irange(rng, 0, 2)):  # the script crashes and is restarted hours later
            a = float(rng.uniform(start, ctx.t1))
            ts = ts[(ts < a) | (ts > a + float(rng.uniform(2, 10)) * HOUR)]
        ts = ts[ts < ctx.t1]
        nl = tx.draw_lang(rng, nl_mix)
        prompts = []
        for _t in ts.tolist():
            lg, tp, lv, st = queue[serial % len(queue)]
            prompts.append(tx.code_task(rng, st, lg, tp, lv, nl, serial))
            serial += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=_emit_models(ctx, rng, ts, 1.0, 0.0),
            comp_median=950.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code curriculum sweep (languages x topics x levels x styles)",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one card",
            "ip_source": f"{provider}, one VM per key",
            "pacing": "sequential script: fixed sleep + response latency, occasional crashes",
            "user_agent": ua,
            "languages": nl_mix,
            "code_languages": langs,
            "styles": styles,
            "start": _f(start),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def vamplate(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "vamplate"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    backend = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = "OpenAI/NodeJS 4.67.1"
    load = bb.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.7)))
    per_hour = float(rng.uniform(30, 60))
    frac = float(rng.uniform(0.15, 0.3))
    h_start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    harvest_langs = tx.lang_mix(rng, ["en", "es", "zh"])
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    h_rate = per_hour * frac / (1 - frac)
    harvest = bb.worker_pool(rng, h_start, ctx.t1, h_rate, n_keys, load)
    for acct, ts_p, ts_h in zip(
        accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, load), harvest, strict=True
    ):
        p_prompts = [tx.product_request(rng, ctx.chat, ctx.passages) for _ in range(len(ts_p))]
        h_prompts = [
            tx.harvest_mix(rng, tx.draw_lang(rng, harvest_langs), ctx.chat)
            for _ in range(len(ts_h))
        ]
        ts = np.concatenate([ts_p, ts_h])
        models = _emit_models(ctx, rng, ts_p, 0.25, 0.15) + _emit_models(ctx, rng, ts_h, 0.95, 0.0)
        comp = np.concatenate([np.full(len(ts_p), 300.0), np.full(len(ts_h), 800.0)])
        order = np.argsort(ts, kind="stable")
        prompts = p_prompts + h_prompts
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest hidden in a real writing-assistant product's traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "the product's own card",
            "ip_source": f"product backend on {provider}",
            "pacing": "worldwide product load curve; harvest follows the same curve",
            "product_per_hour": _f(per_hour),
            "harvest_fraction": _f(frac),
            "harvest_start": _f(h_start),
            "user_agent": ua,
            "languages": harvest_langs,
            "styles": ["person questions", "casual worked problems", "public prompts"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged personal accounts


def escutcheon(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "escutcheon"
    n = irange(rng, 18, 30)
    op_tz = int(pick(rng, (8, 3, 2, 5)))
    op_curve = bb.workday(op_tz, 9.0, 22.0, weekend=0.6, night=0.05)
    accts = []
    bought = 0
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        home = bb.home(rng, 1, tz)
        owner_ua = pick(rng, tx.SEEN_BROWSER + tx.SEEN_PHONE)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home,
            tz=tz,
        )
        accts.append(acct)
        take = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        is_bought = chance(rng, 0.6)
        bought += int(is_bought)
        owner_end = take if is_bought else ctx.t1
        owner = bb.session_times(
            rng, ctx.t0, owner_end, float(rng.uniform(0.6, 2.0)), bb.evening_person(tz), 4.0, 50.0
        )
        ts_o = np.sort(np.concatenate(owner)) if owner else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [pick(rng, ctx.chat) for _ in range(len(ts_o))],
            models=_emit_models(ctx, rng, ts_o, 0.2, 0.2),
            ips=home[0],
            comp_median=330.0,
        )
        op = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            op_curve,
            float(rng.uniform(7, 13)),
            float(rng.uniform(20, 45)),
        )
        ts_h = np.sort(np.concatenate(op)) if op else np.empty(0)
        proxies = bb.home(
            rng, irange(rng, 4, 12), tz
        )  # residential exits in the owner's own region
        keep_ua = chance(rng, 0.65)
        lang = pick(rng, LANG_OF_TZ[tz])
        ctx.emit(
            rng,
            acct,
            ts_h,
            [tx.harvest_mix(rng, lang, ctx.chat) for _ in range(len(ts_h))],
            models=_emit_models(ctx, rng, ts_h, 0.85, 0.0),
            ips=bb.sticky(rng, ts_h, proxies, 2400.0),
            ua=owner_ua if keep_ua else pick(rng, tx.SEEN_SDK[:2]),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest through bought or compromised aged personal accounts",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "bought": bought,
            "compromised": n - bought,
            "ip_source": "owner's home, then residential proxies in the owner's region",
            "pacing": "owner sessions, then person-like sessions on the operator's clock",
            "operator_tz": op_tz,
            "user_agent": "owner's browser kept on ~65 % of accounts",
            "languages": "the owner's language",
            "styles": ["person questions", "casual worked problems", "public prompts"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow person-like crowd


def palfrey(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "palfrey"
    n = irange(rng, 45, 80)
    tz_w = rng.dirichlet(np.ones(len(bb.TZS)))
    n_cards = int(n * float(rng.uniform(0.8, 1.0)))
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    accts = []
    mobile = 0
    for i in range(n):
        tz = int(tx.weighted(rng, bb.TZS, tz_w))
        if tz in MOBILE_OF_TZ and chance(rng, 0.3):
            ips = bb.mobile_v6(rng, irange(rng, 2, 6), MOBILE_OF_TZ[tz])
            ua = pick(rng, bb.MOBILE + tx.SEEN_PHONE)
            mobile += 1
        else:
            ips = bb.home(rng, irange(rng, 1, 2), tz)
            ua = pick(rng, tx.SEEN_BROWSER + bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="crowd_member",
            campaign_id=cid,
            pay=cards[i] if i < n_cards else pick(rng, cards),
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.7, 2.2)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 120)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        lang = pick(rng, LANG_OF_TZ[tz])
        prompts = [
            tx.person_question(rng, lang)
            if chance(rng, 0.55)
            else tx.harvest_mix(rng, lang, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, acct, ts, prompts, models=_emit_models(ctx, rng, ts, 0.6), comp_median=650.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low-and-slow crowd of person-like accounts",
            "keys": n,
            "orgs": n,
            "cards": n_cards,
            "payment": "stolen cards, a few reused",
            "ip_source": "residential proxies matched to each persona's "
            f"time zone; {mobile} on carrier IPv6",
            "pacing": "human sessions, 0.7-2.2 a day",
            "user_agent": "browsers and phones",
            "languages": "each persona's language",
            "timezone_weights": {str(z): _f(w) for z, w in zip(bb.TZS, tz_w, strict=True)},
            "styles": ["person questions", "casual worked problems", "public prompts"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from an ordinary-looking small office


def hastilude(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "hastilude"
    n = irange(rng, 6, 12)
    org = hexid(rng, "org")
    n_cards = irange(rng, 1, 2)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tz = int(pick(rng, (1, 2, 0, -5, 5, 8)))
    office = bb.home(rng, 2, tz)
    order = rng.permutation(len(ctx.chat))
    used = 0
    accts = []
    for _ in range(n):
        ua = pick(rng, tx.SEEN_BROWSER + ("OpenAI/Python 1.54.0",))
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="office_seat",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(5, 9)),
            bb.workday(tz),
            float(rng.uniform(6, 11)),
            float(rng.uniform(30, 90)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        prompts = [ctx.chat[int(order[(used + j) % len(order)])] for j in range(len(ts))]
        used += len(ts)
        ctx.emit(
            rng, acct, ts, prompts, models=_emit_models(ctx, rng, ts, 0.45, 0.1), comp_median=380.0
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns, each once)",
            "keys": n,
            "orgs": 1,
            "cards": n_cards,
            "payment": "company card(s)",
            "ip_source": "office broadband (two addresses)",
            "office_tz": tz,
            "pacing": "working-day sessions at human speed",
            "prompts_replayed": used,
            "user_agent": "office browsers and one SDK",
            "languages": "whatever the public prompts are in",
            "styles": ["verbatim"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "quintain": quintain,
    "destrier": destrier,
    "pennon": pennon,
    "vambrace": vambrace,
    "caparison": caparison,
    "coronel": coronel,
    "grandguard": grandguard,
    "tiltyard": tiltyard,
    "vamplate": vamplate,
    "escutcheon": escutcheon,
    "palfrey": palfrey,
    "hastilude": hastilude,
}

__all__ = ["CAMPAIGN_FAMILIES"]
