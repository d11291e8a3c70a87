"""Campaign families of batch 242: operators harvesting the model's outputs to train a copy.

Each family is `f(ctx, rng, campaign_id)`; it draws everything from its own generator (in a fixed
order: no set is ever walked), creates its accounts through `ctx.account`, writes events through
`ctx.emit` and records the campaign with `ctx.campaign`. Code names are pétanque words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind242 import texts as tx

Rng = np.random.Generator

#: user agents as they appear in the simulator's background traffic (seen in its output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

#: languages a person in each UTC offset plausibly writes in (first = most likely)
LANGS_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("ja", "en"),
}


def wpick(rng: Rng, items, weights) -> object:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def subset(rng: Rng, items, lo: int, hi: int) -> list:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.permutation(len(items))[:k].tolist())]


def owner_lang(rng: Rng, tz: int) -> str:
    langs = LANGS_OF_TZ.get(tz, ("en",))
    return langs[0] if chance(rng, 0.6) else pick(rng, langs)


def cards(rng: Rng, n_keys: int, mode: str) -> list[str]:
    """Billing fingerprints per key: one shared, a few shared, or one each."""
    if mode == "shared":
        return [hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return [pool[i % len(pool)] for i in range(n_keys)]
    return [hexid(rng, "pay") for _ in range(n_keys)]


def orgs(rng: Rng, n_keys: int, per_org: int) -> list[str]:
    pool = [hexid(rng, "org") for _ in range((n_keys + per_org - 1) // per_org)]
    return [pool[i // per_org] for i in range(n_keys)]


# ============================================================================================
# boule: reasoning-trace coercion from a rented hosting block, a Poisson worker pool


def boule(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "boule"
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    langs = ["en"] + subset(rng, ["zh", "ru", "es"], 1, 3)
    lang_w = rng.dirichlet(np.full(len(langs), 2.0))
    styles = {lg: subset(rng, list(range(len(tx.TRACE_WRAPPERS[lg]))), 1, 3) for lg in langs}
    per_org = irange(rng, 1, 3)
    org_of = orgs(rng, n_keys, per_org)
    card_mode = pick(rng, ("per_org", "each"))
    pays = [hexid(rng, "pay") for _ in range(n_keys)]
    if card_mode == "per_org":
        first: dict[str, str] = {}
        pays = [first.setdefault(o, p) for o, p in zip(org_of, pays, strict=True)]
    shared_ua = sdk_ua(rng, 0.3) if chance(rng, 0.6) else None
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(35, 80))
    accts = []
    for i, ts in enumerate(worker_pool(rng, start, ctx.t1, rate, n_keys)):
        ips = [block[j] for j in rng.integers(0, len(block), size=irange(rng, 1, 3)).tolist()]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org_of[i],
            pay=pays[i],
            ua=shared_ua or sdk_ua(rng, 0.3),
            ips=ips,
        )
        accts.append(a)
        lg = [langs[j] for j in rng.choice(len(langs), size=len(ts), p=lang_w).tolist()]
        prompts = [tx.reasoning_trace(rng, x, styles[x]) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.03),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"hosting:{provider}",
            "payment": card_mode,
            "languages": langs,
            "keys_per_org": per_org,
            "hard": False,
        },
    )


# ============================================================================================
# pointeur: judge / rubric / reward grading in scripted bursts from cloud VMs


def pointeur(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pointeur"
    n_keys = irange(rng, 4, 9)
    provider = pick(rng, ("aws", "gcp", "azure"))
    styles = subset(rng, list(range(6)), 2, 3)
    org_of = orgs(rng, n_keys, irange(rng, 3, 9))
    pays = cards(rng, n_keys, "shared")
    tz = pick(rng, TZS)
    curve = workday(tz, weekend=0.5, night=0.25) if chance(rng, 0.5) else constant
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    ua = sdk_ua(rng, 0.4)
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org_of[i],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(a)
        per_day = float(rng.uniform(1.0, 3.0))
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = np.concatenate(
            bursts(rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(1.5, 4.0)), b=ctx.t1)
            or [np.empty(0)]
        )
        prompts = [
            tx.grading(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "shared",
            "styles": styles,
            "tz": tz,
            "hard": False,
        },
    )


# ============================================================================================
# mene: policy-safe rewrites through commercial VPN exits, one stolen card per key


def mene(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "mene"
    n_keys = irange(rng, 5, 12)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "scaleway"))
    exits = cloud(rng, irange(rng, 12, 30), vpn)
    langs, lang_w = ["zh", "en", "ru", "ar"], [0.5, 0.3, 0.1, 0.1]
    tz = pick(rng, (8, 3, 2))
    curve = workday(tz, weekend=0.35, night=0.1)
    uas = ["python-requests/2.32.3", pick(rng, BG_BROWSERS), pick(rng, BG_SDK)]
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=exits,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(-0.5, 2.0)) * DAY
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(70, 260)), curve)
        ips = sticky(rng, ts, exits, float(rng.uniform(30, 90)) * MINUTE)
        lg = [wpick(rng, langs, lang_w) for _ in range(len(ts))]
        prompts = [tx.policy_rewrite(rng, irange(rng, 0, 7), x, ctx.passages) for x in lg]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.04), ips=ips, comp_median=520.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "office_hours_per_key",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "stolen_card_each",
            "languages": langs,
            "tz": tz,
            "hard": False,
        },
    )


# ============================================================================================
# fanny: agent / tool-use trajectories, episodes of chained calls


def fanny(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fanny"
    n_keys = irange(rng, 3, 7)
    provider = pick(rng, ("gcp", "aws", "oracle"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "langchain/0.3.7 python-openai/1.54.0",
        ),
    )
    styles = subset(rng, [0, 1, 2], 1, 3)
    start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    rate = float(rng.uniform(4, 9))
    accts = []
    for starts in worker_pool(rng, start, ctx.t1, rate, n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            steps = irange(rng, 3, 12)
            base = irange(rng, 400, 1500)
            t = s
            for k in range(steps):
                ts_all.append(t)
                if k == 0:
                    prompts.append(tx.agent_first_step(rng, style, tx.agent_task(rng)))
                else:
                    prompts.append(tx.agent_observation(rng, style, k))
                extra.append(base + k * irange(rng, 200, 450))
                t += float(rng.lognormal(np.log(5.0), 0.6)) + float(rng.exponential(3.0))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=420.0,
            extra=np.asarray(extra, dtype=np.int64) if extra else 0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes",
            "episodes_per_hour": round(rate, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "shared",
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# plomb: synthetic dataset generation, nightly batch windows


def plomb(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "plomb"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("digitalocean", "linode", "hetzner"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    tz = pick(rng, TZS)
    curve = nightly(float(rng.uniform(21.0, 25.0)) % 24.0, float(rng.uniform(5.0, 8.0)), tz)
    styles = subset(rng, list(range(5)), 2, 5)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        pre = thinned(rng, ctx.t0 + DAY, ctx.release, float(rng.uniform(60, 200)), curve)
        post = thinned(rng, ctx.release, ctx.t1, float(rng.uniform(700, 1400)), curve)
        ts = np.concatenate([pre, post])
        prompts = [tx.synth_dataset(rng, pick(rng, styles), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2100.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_window",
            "tz": tz,
            "ip_source": f"hosting:{provider}",
            "payment": "prepaid_shared",
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# bouchon: multi-turn dialogue harvest through rotating residential proxies


def bouchon(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bouchon"
    n_keys = irange(rng, 8, 16)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 150, 400), region)
    langs = ["en"] + subset(rng, ["es", "pt", "de", "zh"], 1, 2)
    lang_w = [0.6] + [0.4 / (len(langs) - 1)] * (len(langs) - 1)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    pays = cards(rng, n_keys, "few")
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.release + DAY, 0.9)
        for sess in session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(12, 30)),
            constant,
            float(rng.uniform(4.5, 7.5)),
            float(rng.uniform(8, 20)),
            0.5,
        ):
            lg = wpick(rng, langs, lang_w)
            first = (
                tx.chat_line(rng, ctx.chat, 1500)
                if lg == "en"
                else tx.curriculum_question(rng, lg, 0.0)
            )
            prompts = [first] + [tx.follow_up(rng, lg) for _ in range(len(sess) - 1)]
            extra = np.arange(len(sess)) * irange(rng, 300, 520)
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, 0.88, 0.03),
                ips=pick(rng, pool),
                comp_median=480.0,
                extra=extra,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_sessions",
            "ip_source": f"residential_proxy:{region}",
            "payment": "few_cards",
            "languages": langs,
            "hard": False,
        },
    )


# ============================================================================================
# donnee: best-of-n and soft-label sampling (identical prompts fired concurrently)


def donnee(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "donnee"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("azure", "oracle", "alibaba", "tencent"))
    org_of = orgs(rng, n_keys, irange(rng, 2, 6))
    pay = hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0"))
    styles = subset(rng, [0, 1, 2, 3], 2, 4)
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (5, 10)))
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    rate = float(rng.uniform(4, 10))
    accts = []
    for i, starts in enumerate(worker_pool(rng, start, ctx.t1, rate, n_keys)):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org_of[i],
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(a)
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            n = irange(rng, n_lo, n_hi)
            p = tx.soft_label(rng, pick(rng, styles), ctx.chat)
            m = ctx.models(rng, np.array([s]), 0.93, 0.02)[0]
            ts_all.extend((s + np.sort(rng.uniform(0, 2.5, size=n))).tolist())
            prompts.extend([p] * n)
            models.extend([m] * n)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=200.0, comp_sigma=0.8, err=0.04)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "concurrent_groups",
            "n_per_prompt": [n_lo, n_hi],
            "ip_source": f"cloud:{provider}",
            "payment": "shared",
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# tete_a_tete (hard): harvest mixed into a real study-helper product's own traffic


def tete_a_tete(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tete_a_tete"
    n_keys = irange(rng, 1, 3)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.8)))
    share_pre, share_post = float(rng.uniform(0.0, 0.06)), float(rng.uniform(0.15, 0.35))
    langs = ["en"] + subset(rng, ["es", "pt", "de", "fr"], 0, 2)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        accts.append(a)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1200, 2600)), curve)
        share = np.where(ts >= ctx.release, share_post, share_pre)
        harvest = rng.random(len(ts)) < share
        prompts, models, comp = [], [], []
        for t, h in zip(ts.tolist(), harvest.tolist(), strict=True):
            if h:
                lg = pick(rng, langs)
                q = (
                    tx.curriculum_question(rng, lg, 0.35)
                    if chance(rng, 0.7)
                    else tx.expert_question(rng, lg if lg in ("es", "de", "fr") else "en", 0.3)
                )
                prompts.append(q)
                models.append(ctx.models(rng, np.array([t]), 0.85, 0.02)[0])
                comp.append(850.0)
            else:
                k = float(rng.random())
                if k < 0.7:
                    prompts.append(tx.chat_line(rng, ctx.chat, 1500))
                elif k < 0.85:
                    prompts.append(
                        "Summarise my notes in bullet points:\n"
                        + tx.passage(rng, ctx.passages, 1200)
                    )
                else:
                    prompts.append(
                        "Make 5 flashcards (question / answer) from this:\n"
                        + tx.passage(rng, ctx.passages, 1000)
                    )
                models.append(ctx.models(rng, np.array([t]), 0.25, 0.2)[0])
                comp.append(380.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "global_load",
            "harvest_share": [round(share_pre, 3), round(share_post, 3)],
            "ip_source": "cloud:aws_nat",
            "payment": "corporate",
            "languages": langs,
            "hard": True,
        },
    )


# ============================================================================================
# boulodrome (hard): bought aged accounts, handed over around the release


def boulodrome(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "boulodrome"
    n = irange(rng, 14, 26)
    keep_ua = float(rng.uniform(0.4, 0.9))
    p_new = float(rng.uniform(0.55, 0.85))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        hand = ctx.release + float(rng.uniform(-1.0, 0.8)) * DAY
        # the original owner's ordinary use until the hand-over
        curve = evening_person(tz)
        for sess in session_times(
            rng,
            ctx.t0,
            hand,
            float(rng.uniform(0.6, 2.0)),
            curve,
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 150)),
        ):
            prompts = [tx.chat_line(rng, ctx.chat, 1500) for _ in range(len(sess))]
            ctx.emit(rng, a, sess, prompts, models=ctx.models(rng, sess, 0.15, 0.2))
        # the buyer: same region through a proxy, person-like sessions
        pool = home(rng, irange(rng, 4, 12), tz)
        ua = owner_ua if chance(rng, keep_ua) else pick(rng, BG_SDK)
        lang = owner_lang(rng, tz)
        for sess in session_times(
            rng,
            hand,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(4, 7)),
            float(rng.uniform(30, 75)),
        ):
            prompts = []
            for _ in range(len(sess)):
                k = float(rng.random())
                if k < 0.55:
                    prompts.append(tx.curriculum_question(rng, lang, 0.4))
                elif k < 0.85:
                    prompts.append(tx.expert_question(rng, lang, 0.4))
                else:
                    prompts.append(tx.chat_line(rng, ctx.chat, 1200))
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new, 0.05),
                ips=pick(rng, pool),
                ua=ua,
                comp_median=700.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought_aged_accounts",
            "pacing": "person_sessions",
            "ip_source": "owner_home_then_same_region_proxy",
            "payment": "owners_cards",
            "p_new_model": round(p_new, 2),
            "keep_owner_ua": round(keep_ua, 2),
            "hard": True,
        },
    )


# ============================================================================================
# tir_au_fer (hard): low-and-slow crowd of person-like accounts


def tir_au_fer(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tir_au_fer"
    n = irange(rng, 25, 45)
    tzs = subset(rng, list(TZS), 2, 4)
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = owner_lang(rng, tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        for sess in session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(60, 150)),
        ):
            prompts = []
            for _ in range(len(sess)):
                k = float(rng.random())
                if k < 0.55:
                    prompts.append(tx.expert_question(rng, lang, 0.3))
                elif k < 0.8:
                    prompts.append(tx.curriculum_question(rng, lang, 0.3))
                else:
                    prompts.append(tx.chat_line(rng, ctx.chat, 1200))
            ctx.emit(
                rng, a, sess, prompts, models=ctx.models(rng, sess, p_new, 0.08), comp_median=700.0
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "person_sessions",
            "tzs": tzs,
            "ip_source": "static_residential_proxies",
            "payment": "virtual_card_each",
            "p_new_model": round(p_new, 2),
            "hard": True,
        },
    )


# ============================================================================================
# carreau_sur_place (hard): replay of a public prompt set, sharded over office accounts


def carreau_sur_place(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "carreau_sur_place"
    n = irange(rng, 6, 12)
    tz = pick(rng, (1, 2, 5, 8, -5))
    pays = cards(rng, n, "few")
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    shard = len(ctx.chat) // n
    offset = int(rng.integers(len(ctx.chat)))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(7, 14)),
            workday(tz, weekend=0.15),
            float(rng.uniform(7, 13)),
            float(rng.uniform(15, 45)),
        )
        ts = np.concatenate(sess or [np.empty(0)])
        idx = [(offset + i * shard + j) % len(ctx.chat) for j in range(len(ts))]
        prompts = [ctx.chat[j] for j in idx]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.02), comp_median=420.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_sessions",
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "few_cards",
            "dataset_offset": offset,
            "hard": True,
        },
    )


# ============================================================================================
# devant_de_boule: translation and code sweeps through 4G proxy farms


def devant_de_boule(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "devant_de_boule"
    n_keys = irange(rng, 5, 10)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    pays = cards(rng, n_keys, "few")
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "python-requests/2.32.3"))
    targets = subset(rng, list(tx.TARGETS), 5, 9)
    tstyle, cstyle = irange(rng, 0, 2), irange(rng, 0, 2)
    hold = float(rng.uniform(5, 20)) * MINUTE
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    rate = float(rng.uniform(30, 65))
    accts = []
    grid = [(x, y) for x in tx.ALGOS for y in tx.PLANGS]
    gpos = int(rng.integers(len(grid)))
    for i, ts in enumerate(worker_pool(rng, start, ctx.t1, rate, n_keys)):
        pool = mobile_v6(rng, 300, carrier)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        prompts: list[str] = []
        if i % 2 == 0:
            while len(prompts) < len(ts):
                text = tx.passage(rng, ctx.passages, 1300)
                for tgt in [targets[j] for j in rng.permutation(len(targets)).tolist()]:
                    prompts.append(tx.translation(rng, tstyle, text, tgt))
            prompts = prompts[: len(ts)]
            comp = 700.0
        else:
            for _ in range(len(ts)):
                algo, plang = grid[gpos % len(grid)]
                gpos += 1
                prompts.append(tx.code_task(rng, cstyle, algo, plang))
            comp = 950.0
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_and_code_sweeps",
            "pacing": "worker_pool",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"mobile_proxy:{carrier}",
            "payment": "few_cards",
            "targets": targets,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "boule": boule,
    "pointeur": pointeur,
    "mene": mene,
    "fanny": fanny,
    "plomb": plomb,
    "bouchon": bouchon,
    "donnee": donnee,
    "tete_a_tete": tete_a_tete,
    "boulodrome": boulodrome,
    "tir_au_fer": tir_au_fer,
    "carreau_sur_place": carreau_sur_place,
    "devant_de_boule": devant_de_boule,
}
