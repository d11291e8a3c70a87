"""Campaign families of batch 184 (code names from cricket bat making).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign with `ctx.campaign`. Every choice (key
counts, cards, addresses, pacing, languages, template styles, models) is drawn from the family's
own rng. Five families are built to pass as legitimate use: `toe_guard`, `twine_binding`,
`kiln_drying`, `willow_billet` and, to a lesser degree, `stickering`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, irange, pick
from bench.monitor_blind184 import texts as T

#: user agents as they appear in the simulator's background (so that a family can blend in)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Edg/130.0",
)
BG_BROWSER_W = (0.5, 0.3, 0.08, 0.06, 0.06)
#: UTC offset -> a consumer region of the simulator's address map
REGION = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}
#: UTC offset -> the languages people there plausibly write in
TZ_LANGS = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en", "es"),
    2: ("de", "pl", "en"),
    3: ("tr", "en"),
    5: ("hi", "en"),
    8: ("id", "vi", "en"),
    9: ("en",),
}


def browser(rng: np.random.Generator) -> str:
    return T.weighted(rng, BG_BROWSER, BG_BROWSER_W)


def span(ctx: Ctx, a_day: float, b_day: float) -> tuple[float, float]:
    """[t0 + a_day, t0 + b_day] clipped to the window (days may be fractional)."""
    return max(ctx.t0, ctx.t0 + a_day * DAY), min(ctx.t1, ctx.t0 + b_day * DAY)


def rel_days(ctx: Ctx) -> float:
    return (ctx.release - ctx.t0) / DAY


def episode_times(
    rng: np.random.Generator,
    starts: np.ndarray,
    steps_lo: int,
    steps_hi: int,
    gap_median: float,
    gap_sigma: float,
) -> list[np.ndarray]:
    out = []
    for s in np.asarray(starts).tolist():
        k = irange(rng, steps_lo, steps_hi)
        out.append(
            s
            + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), gap_sigma, k - 1))]
            )
        )
    return out


def chat_text(ctx: Ctx, rng: np.random.Generator, lo: int = 40, hi: int = 1500) -> str:
    return T.clip_text(bb.pick(rng, ctx.chat), lo, hi, rng)


def passage(ctx: Ctx, rng: np.random.Generator, lo: int = 300, hi: int = 1400) -> str:
    return T.clip_text(bb.pick(rng, ctx.passages), lo, hi, rng)


# --------------------------------------------------------------------------------------------
# cleft: reasoning-trace coercion from a hosting block, worker pools per org


def cleft(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "cleft"
    n_orgs = irange(rng, 2, 4)
    n_keys = irange(rng, 12, 26)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    langs = ["en"] + list(
        rng.choice(
            ["zh", "es", "ru", "de", "ja", "fr", "ko", "pt"], size=irange(rng, 2, 4), replace=False
        )
    )
    lang_w = np.array([3.0] + [1.0] * (len(langs) - 1))
    accts: list[Acct] = []
    org_of: list[int] = []
    orgs = [
        (bb.hexid(rng, "org"), bb.hexid(rng, "pay"), bb.pick(rng, bb.SDK_OTHER), irange(rng, 0, 5))
        for _ in range(n_orgs)
    ]
    for i in range(n_keys):
        o = i % n_orgs
        org, pay, ua, _ = orgs[o]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=list(rng.choice(pool, size=irange(rng, 2, 5), replace=False)),
            )
        )
        org_of.append(o)
    per_hour = float(rng.uniform(45, 90))
    start = rel_days(ctx) - float(rng.uniform(0.8, 2.0))
    for o in range(n_orgs):
        members = [a for a, k in zip(accts, org_of, strict=True) if k == o]
        style = orgs[o][3]
        rate = per_hour / n_orgs
        a0, _ = span(ctx, start, start)
        streams_pre = bb.worker_pool(rng, a0, ctx.release, rate * 0.2, len(members))
        streams_post = bb.worker_pool(rng, ctx.release, ctx.t1, rate, len(members))
        for a, s1, s2 in zip(members, streams_pre, streams_post, strict=True):
            ts = np.concatenate([s1, s2])
            prompts = [
                T.reasoning_coerce(
                    rng, T.weighted(rng, langs, lang_w), style + int(chance(rng, 0.2))
                )
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.95, 0.0),
                comp_median=1700.0,
                comp_sigma=0.45,
                err=0.03,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool_per_org",
            "per_hour": round(per_hour, 1),
            "ip_source": f"hosting_block:{provider}",
            "payment": "one_prepaid_card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# sapwood: judge / rubric / reward-model grading in scripted bursts from cloud VMs


def sapwood(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sapwood"
    n_keys = irange(rng, 5, 10)
    provider = pick(rng, ("gcp", "aws", "azure"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    styles = list(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    per_day = float(rng.uniform(2.0, 4.5))
    size = float(rng.uniform(30, 70))
    a0, b0 = span(ctx, rel_days(ctx) - 0.6, 7.0)
    for a in accts:
        starts = bb.thinned(rng, a0, b0, per_day * (b0 - a0) / DAY, bb.constant)
        ts = np.concatenate(bb.bursts(rng, starts, size, 1.6, 0.6, b0) or [np.empty(0)])
        prompts = []
        for _ in range(len(ts)):
            q = chat_text(ctx, rng, 60, 900)
            prompts.append(
                T.judge_pairwise(rng, q, passage(ctx, rng), passage(ctx, rng), pick(rng, styles))
            )
        ctx.emit(
            rng,
            a,
            np.sort(ts),
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=320.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "bursts_per_key_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "one_corporate_card",
            "keys": n_keys,
            "styles": styles,
            "languages": ["en", "de", "zh"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# linseed: censorship-compliant rewrites from short-lived keys on stolen cards, VPN exits


def linseed(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "linseed"
    n_keys = irange(rng, 18, 32)
    lanes = irange(rng, 3, 5)
    exits = bb.cloud(rng, irange(rng, 10, 18), pick(rng, ("m247", "leaseweb", "ovh"))) + bb.cloud(
        rng, 6, "m247"
    )
    langs, lang_w = ("zh", "ru", "en", "ar", "vi"), (0.45, 0.2, 0.2, 0.08, 0.07)
    a0 = ctx.release - float(rng.uniform(0.5, 1.2)) * DAY
    lane_t = [a0 + float(rng.uniform(0, 6)) * HOUR for _ in range(lanes)]
    accts = []
    for i in range(n_keys):
        lane = i % lanes
        life = float(rng.uniform(5, 20)) * HOUR
        start, end = lane_t[lane], min(ctx.t1, lane_t[lane] + life)
        lane_t[lane] = end + float(rng.uniform(0.2, 3.0)) * HOUR
        if start >= ctx.t1:
            start, end = ctx.t1 - life, ctx.t1
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner_key",
            campaign_id=camp,
            ua=bb.sdk_ua(rng, 0.6),
            ips=list(rng.choice(exits, size=irange(rng, 1, 3), replace=False)),
        )
        accts.append(a)
        ts = bb.thinned(
            rng, start, end, float(rng.uniform(14, 34)) * (end - start) / HOUR, bb.constant
        )
        style = irange(rng, 0, 2)
        prompts = []
        for _ in range(len(ts)):
            lang = T.weighted(rng, langs, lang_w)
            txt = chat_text(ctx, rng, 40, 600) if style == 1 else passage(ctx, rng, 300, 1300)
            prompts.append(T.policy_rewrite(rng, txt, lang, style))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            comp_median=620.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "pacing": "burner_keys_in_lanes",
            "lanes": lanes,
            "ip_source": "vpn_exits_hosting",
            "payment": "stolen_card_per_key",
            "keys": n_keys,
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# knocking_in: agent / tool-use trajectory generation with growing transcripts


def knocking_in(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "knocking_in"
    n_keys = irange(rng, 6, 12)
    n_orgs = irange(rng, 1, 2)
    provider = pick(rng, ("aws", "azure", "gcp"))
    orgs = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_orgs)]
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0"))
    accts = []
    for i in range(n_keys):
        org, pay = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="trajectory_worker",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=bb.cloud(rng, 1, provider),
            )
        )
    ep_per_hour = float(rng.uniform(7, 15))
    a0, b0 = span(ctx, rel_days(ctx) - float(rng.uniform(0.5, 1.5)), 7.0)
    starts = bb.worker_pool(rng, a0, b0, ep_per_hour, n_keys)
    styles = [irange(rng, 0, 2) for _ in range(n_keys)]
    for a, st, style in zip(accts, starts, styles, strict=True):
        ts_all, prompts, extra = [], [], []
        for ep in episode_times(rng, st, 3, 12, 4.0, 0.6):
            task = T.agent_task(rng)
            tools = list(rng.choice(T._TOOLS, size=irange(rng, 3, 6), replace=False))
            for j, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(T.agent_step(rng, task, j, style, tools))
                extra.append(j * irange(rng, 250, 500))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=260.0,
            comp_sigma=0.6,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_from_worker_pool",
            "episodes_per_hour": round(ep_per_hour, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "card_per_org",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# sweet_spot: synthetic instruction-dataset generation in nightly runs


def sweet_spot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sweet_spot"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "alibaba", "tencent"))
    tz = pick(rng, (8, 3, 2, -5))
    langs = ["en"] + list(
        rng.choice(
            ["zh", "es", "ar", "ja", "hi", "fr", "ru", "ko"], size=irange(rng, 3, 5), replace=False
        )
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    curve = bb.nightly(float(rng.uniform(21, 24)), float(rng.uniform(6, 9)), tz)
    per_hour = float(rng.uniform(30, 55))
    a0 = ctx.release + float(rng.uniform(2, 10)) * HOUR
    styles = list(rng.choice(5, size=irange(rng, 3, 5), replace=False).tolist())
    for a in accts:
        ts = bb.thinned(rng, a0, ctx.t1, per_hour * 0.32 * (ctx.t1 - a0) / HOUR, curve)
        prompts = [
            T.synth_dataset(rng, pick(rng, langs), pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=2300.0,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_cron",
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# toe_guard (hard): a real note-taking product whose backend mixes a harvest stream into its own
# traffic, in its own request template, in the off-peak hours where quota is spare


def toe_guard(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "toe_guard"
    app = pick(rng, ("Notewell", "Jotterly", "Margin", "Studyloop", "Pagewise"))
    n_keys = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 17))
    load = bb.global_load(peak, float(rng.uniform(0.5, 0.7)))
    prod_rate = float(rng.uniform(35, 70))
    harvest_rate = float(rng.uniform(12, 26))
    h0 = ctx.release + float(rng.uniform(1, 14)) * HOUR
    h_langs = ("en", "en", "es", "pt", "id")
    prod = bb.worker_pool(rng, ctx.t0, ctx.t1, prod_rate, n_keys, load)

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.05 - load(ts), 0.05, 1.0)

    harv = bb.worker_pool(rng, h0, ctx.t1, harvest_rate, n_keys, offpeak)
    actions, act_w = ("rewrite", "summarize", "continue", "explain"), (0.35, 0.3, 0.15, 0.2)
    for a, p_ts, h_ts in zip(accts, prod, harv, strict=True):
        p_prompts = [
            T.notes_app(rng, app, chat_text(ctx, rng, 60, 1500), T.weighted(rng, actions, act_w))
            for _ in range(len(p_ts))
        ]
        ctx.emit(
            rng,
            a,
            p_ts,
            p_prompts,
            models=ctx.models(rng, p_ts, 0.35, 0.3),
            comp_median=260.0,
            comp_sigma=0.7,
            err=0.01,
        )
        h_prompts = [T.notes_app_harvest(rng, app, pick(rng, h_langs)) for _ in range(len(h_ts))]
        ctx.emit(
            rng,
            a,
            h_ts,
            h_prompts,
            models=ctx.models(rng, h_ts, 0.95, 0.0),
            comp_median=850.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "app": app,
            "pacing": "product_load_plus_offpeak_harvest",
            "product_per_hour": round(prod_rate, 1),
            "harvest_per_hour": round(harvest_rate, 1),
            "ip_source": "cloud_nat:aws",
            "payment": "one_corporate_card",
            "keys": n_keys,
            "languages": sorted(set(h_langs)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# twine_binding (hard): bought / taken-over aged personal accounts, each continuing from a
# residential proxy in its owner's region at a modest rate


def twine_binding(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "twine_binding"
    n = irange(rng, 24, 38)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = browser(rng) if chance(rng, 0.7) else pick(rng, BG_SDK[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over_account",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, TZ_LANGS[tz])
        # the owner's own history
        pivot = ctx.release + float(rng.uniform(-0.6, 1.2)) * DAY
        takeovers.append(pivot)
        keeps_using = chance(rng, 0.25)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1 if keeps_using else pivot,
            float(rng.uniform(0.5, 1.8)),
            bb.evening_person(tz),
            3.0,
            70.0,
        )
        own = np.concatenate(sess) if sess else np.empty(0)
        if not keeps_using:
            own = own[own < pivot]
        ctx.emit(
            rng,
            a,
            own,
            [chat_text(ctx, rng, 20, 900) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.2, 0.2),
            comp_median=330.0,
            comp_sigma=0.7,
        )
        # the operator's traffic through residential proxies of the same region
        per_day = float(rng.uniform(35, 110))
        ts = bb.thinned(
            rng,
            pivot,
            ctx.t1,
            per_day * (ctx.t1 - pivot) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), 0.35),
        )
        pool = bb.resi(rng, irange(rng, 20, 60), REGION[tz])
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(15, 60)) * MINUTE)
        op_ua = a.ua if chance(rng, 0.6) else "OpenAI/Python 1.54.0"
        prompts = [
            T.casual_question(rng, lang if chance(rng, 0.6) else "en")
            if chance(rng, 0.75)
            else T.open_question(rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            ips=ips,
            ua=op_ua,
            comp_median=700.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_sessions_then_steady",
            "accounts": n,
            "takeover_spread_days": [-0.6, 1.2],
            "ip_source": "owner_home_then_residential_proxy_same_region",
            "payment": "owners_own_cards",
            "languages": "owner_language_or_en",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# kiln_drying (hard): a crowd of person-like accounts sweeping a syllabus low and slow


def kiln_drying(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "kiln_drying"
    n = irange(rng, 60, 95)
    tzs = list(rng.choice(bb.TZS, size=irange(rng, 3, 6), replace=False).tolist())
    queue = T.all_concepts()
    order = rng.permutation(len(queue)).tolist()
    qi = 0
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        ua = T.weighted(rng, BG_BROWSER + BG_SDK[:1], (0.45, 0.25, 0.12, 0.05, 0.05, 0.08))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_persona",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, TZ_LANGS[tz])
        start = ctx.t0 + float(rng.uniform(0, 2.5)) * DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.3, 3.2)),
            bb.evening_person(tz),
            float(rng.uniform(3.5, 6.0)),
            float(rng.uniform(50, 110)),
            0.75,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.1):
                prompts.append(
                    T.dialogue_follow(rng, lang if lang in ("en", "pt", "hi", "id", "es") else "en")
                )
                continue
            prompts.append(
                T.casual_question(
                    rng, lang if chance(rng, 0.7) else "en", queue[order[qi % len(order)]]
                )
            )
            qi += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            comp_median=650.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_syllabus_sweep",
            "pacing": "human_sessions",
            "accounts": n,
            "tzs": tzs,
            "ip_source": "residential_proxy_one_per_persona",
            "payment": "prepaid_virtual_card_per_account",
            "languages": "by_persona_tz",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# willow_billet (hard): a "startup" replaying a public prompt set through staff keys in office hours


def willow_billet(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "willow_billet"
    n_keys = irange(rng, 8, 14)
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="staff_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "langchain/0.3.7 python-openai/1.54.0")),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    qi = 0
    curve = bb.workday(tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 19.5)))
    for a in accts:
        per_day = float(rng.uniform(70, 180))
        ts = bb.thinned(
            rng, ctx.t0 + float(rng.uniform(0, 1.5)) * DAY, ctx.t1, per_day * 7 * 0.6, curve
        )
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[qi % len(order)]]
            qi += 1
            if chance(rng, 0.15):
                p = pick(rng, ("Answer thoroughly: ", "Please answer in detail. ", "")) + p
            prompts.append(p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            comp_median=520.0,
            comp_sigma=0.65,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "source": "sharegpt_sim_half",
            "pacing": "office_hours_thinned",
            "tz": tz,
            "ip_source": "office_broadband_static",
            "payment": "one_corporate_card",
            "keys": n_keys,
            "languages": "as_source",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# handle_taper: soft-label and best-of-n sampling through a residential proxy pool


def handle_taper(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "handle_taper"
    n_keys = irange(rng, 10, 18)
    n_cards = irange(rng, 2, 3)
    cards = [(bb.hexid(rng, "org"), bb.hexid(rng, "pay")) for _ in range(n_cards)]
    pool = bb.resi(rng, irange(rng, 150, 300))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    accts = []
    for i in range(n_keys):
        org, pay = cards[i % n_cards]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sampler",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=pool[:1],
            )
        )
    items_per_hour = float(rng.uniform(9, 18))
    a0, b0 = span(ctx, rel_days(ctx) - float(rng.uniform(0.5, 2.0)), 7.0)
    starts = bb.worker_pool(rng, a0, b0, items_per_hour, n_keys)
    hold = float(rng.uniform(5, 15)) * MINUTE
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in st.tolist():
            n_samp = irange(rng, 4, 8)
            if chance(rng, 0.7):
                p, c = T.soft_label_item(rng, irange(rng, 0, 3)), 320.0
            else:
                p, c = T.open_question(rng), 750.0
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.5, n_samp - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n_samp)
            comp.extend([c] * n_samp)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "soft_label_best_of_n_sampling",
            "pacing": "item_fanout_bursts",
            "items_per_hour": round(items_per_hour, 1),
            "ip_source": "residential_proxy_sticky",
            "payment": "shared_prepaid_cards",
            "cards": n_cards,
            "keys": n_keys,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# edge_rounding: translation harvest, each source sentence fanned out to many target languages


def edge_rounding(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "edge_rounding"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="mt_worker",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.rented_block(rng, provider, 1, 2),
        )
        for _ in range(n_keys)
    ]
    targets = list(
        rng.choice([x for x in T.LANGS if x != "en"], size=irange(rng, 6, 10), replace=False)
    )
    src_per_hour = float(rng.uniform(6, 13))
    a0, b0 = span(ctx, rel_days(ctx) - float(rng.uniform(0.3, 1.0)), 7.0)
    starts = bb.worker_pool(rng, a0, b0, src_per_hour, n_keys)
    sent_pool = [s for p in ctx.passages[:3000] for s in T.sentences(p)]
    for a in accts:
        style = irange(rng, 0, 3)
        st = starts[accts.index(a)]
        ts_all, prompts, comp = [], [], []
        for s in st.tolist():
            src = (
                pick(rng, sent_pool)
                if chance(rng, 0.8)
                else T.clip_text(pick(rng, ctx.chat), 30, 400, rng)
            )
            tg = list(
                rng.choice(
                    targets, size=irange(rng, max(3, len(targets) - 3), len(targets)), replace=False
                )
            )
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.4, len(tg) - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(T.translate(rng, src, lg, style) for lg in tg)
            comp.extend([max(20.0, len(src) / 3.0)] * len(tg))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_fanout_harvest",
            "pacing": "worker_pool_fanout",
            "sources_per_hour": round(src_per_hour, 1),
            "ip_source": f"hosting:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "languages": ["en"] + targets,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# stickering (semi-hard): multi-turn tutoring dialogues scripted on a phone farm


def stickering(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "stickering"
    n = irange(rng, 18, 30)
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    langs = ("hi", "en", "id") if carrier == "in_mobile" else ("pt", "en", "es")
    accts = []
    a0 = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for _ in range(n):
        ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=camp,
            ua=ua,
            ips=bb.mobile_v6(rng, 1, carrier),
        )
        accts.append(a)
        lang = pick(rng, langs)
        conv_per_day = float(rng.uniform(6, 13))
        starts = bb.thinned(
            rng,
            a0,
            ctx.t1,
            conv_per_day * (ctx.t1 - a0) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), 0.4),
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for ep in episode_times(rng, starts, 5, 12, 9.0, 0.5):
            ip = bb.mobile_v6(rng, 1, carrier)[0]
            hist = 0
            for j, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(
                    T.dialogue_opener(rng, lang) if j == 0 else T.dialogue_follow(rng, lang)
                )
                extra.append(hist)
                hist += irange(rng, 500, 900)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=ips,
            comp_median=520.0,
            comp_sigma=0.5,
            extra=extra,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_conversations",
            "ip_source": f"carrier_ipv6:{carrier}",
            "payment": "stolen_card_per_account",
            "accounts": n,
            "languages": list(langs),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "cleft": cleft,
    "sapwood": sapwood,
    "linseed": linseed,
    "knocking_in": knocking_in,
    "sweet_spot": sweet_spot,
    "toe_guard": toe_guard,
    "twine_binding": twine_binding,
    "kiln_drying": kiln_drying,
    "willow_billet": willow_billet,
    "handle_taper": handle_taper,
    "edge_rounding": edge_rounding,
    "stickering": stickering,
}
