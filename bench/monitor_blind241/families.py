"""Campaign families of batch 241 (code names from elephant polo).

Each family is `f(ctx, rng, campaign_id)`: it draws everything from its own generator, creates its
accounts through `ctx.account`, writes events through `ctx.emit` and records itself with
`ctx.campaign`. See README.md (read it only after the monitor's single run) for what each does.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind241 import texts as tx

#: user agents exactly as ordinary traffic of the background writes them
BG_UA = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
BG_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

#: languages people in each UTC offset plausibly write in
LANGS_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("tr", "en"),
    3: ("tr", "en"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("en", "zh"),
}


def _subset(rng: np.random.Generator, seq, lo: int, hi: int) -> list:
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in sorted(rng.choice(len(seq), size=k, replace=False).tolist())]


def _weights(rng: np.random.Generator, k: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _wpick(rng: np.random.Generator, seq, w: np.ndarray):
    return seq[int(rng.choice(len(seq), p=w))]


def _cards(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    """Payment fingerprints for n keys: one shared, one per key, or a few prepaid cards."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n
    if mode == "per_key":
        return [bb.hexid(rng, "pay") for _ in range(n)]
    pool = [bb.hexid(rng, "pay") for _ in range(max(1, n // irange(rng, 2, 5)))]
    return bb.picks(rng, pool, n)


# --------------------------------------------------------------------------------------------
# mahout: reasoning-trace coercion from a rented block


def mahout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 8, 18)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("shared", "prepaid", "per_key"))
    cards = _cards(rng, n_keys, card_mode)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    langs = _subset(rng, tx.PROBLEM_LANGS, 2, 4)
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, tx.COT_STYLES, 2, 3)
    main_ua = bb.sdk_ua(rng, 0.6)
    accts = []
    for i in range(n_keys):
        ua = main_ua if chance(rng, 0.8) else bb.sdk_ua(rng, 0.3)
        ips = bb.picks(rng, block, irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="mahout",
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = float(rng.uniform(8, 25)), float(rng.uniform(50, 140))
    streams_pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    streams_post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, post_rate, n_keys
    )
    comp = float(rng.uniform(900, 1600))
    for a, s1, s2 in zip(accts, streams_pre, streams_post, strict=True):
        ts = np.concatenate([s1, s2])
        prompts = []
        for _ in range(len(ts)):
            lang = _wpick(rng, langs, lang_w)
            q = tx.concept_question(rng, lang) if chance(rng, 0.2) else None
            prompts.append(tx.cot_prompt(rng, pick(rng, styles), lang, q))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "mahout",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented block ({provider})",
            "pacing": "poisson worker pool, ramps up after release",
            "languages": langs,
            "styles": styles,
            "user_agent": main_ua,
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
        },
    )


# --------------------------------------------------------------------------------------------
# chukka: judge / rubric / reward-model grading in nightly bursts


def chukka(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 5, 10)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    tz = pick(rng, bb.TZS)
    start_h = float(rng.uniform(0, 4))
    hours = float(rng.uniform(3, 7))
    styles = _subset(rng, tx.JUDGE_STYLES, 2, 4)
    langs = ["en"] + _subset(rng, ("de", "ja", "es"), 1, 2)
    lang_w = np.array([0.6] + [0.4 / (len(langs) - 1)] * (len(langs) - 1))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="chukka",
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, egress)],
        )
        for _ in range(n_keys)
    ]
    curve = bb.nightly(start_h, hours, tz)
    begin = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    burst_size = float(rng.uniform(20, 60))
    for a in accts:
        starts = bb.thinned(
            rng, begin, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - begin) / DAY, curve
        )
        trains = bb.bursts(rng, starts, burst_size, float(rng.uniform(1.0, 4.0)), b=ctx.t1)
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            tx.judge_prompt(
                rng,
                pick(rng, styles),
                _wpick(rng, langs, lang_w),
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=float(rng.uniform(250, 450)),
        )
    ctx.campaign(
        cid,
        "chukka",
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "payment": "one shared card",
            "ip_source": f"{provider} egress",
            "pacing": f"nightly bursts from {start_h:.1f}h local (tz {tz}) for {hours:.1f}h",
            "styles": styles,
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# howdah: censorship-safe / policy rewrites from burner accounts on residential proxies


def howdah(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 18, 34)
    market = pick(rng, ("zh", "ru", "ar"))
    langs = [market, "en"]
    lang_w = np.array([0.75, 0.25])
    region = {"zh": pick(rng, ("cn", "sea")), "ru": "ru", "ar": pick(rng, ("eu", "ru"))}[market]
    pool = bb.resi(rng, irange(rng, 120, 300), region)
    hold = float(rng.uniform(10, 40)) * MINUTE
    styles = _subset(rng, tx.REWRITE_STYLES, 2, 4)
    accts = []
    for _ in range(n_keys):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="howdah",
                role="burner",
                campaign_id=cid,
                ua=ua,
                ips=[pool[0]],
            )
        )
    for a in accts:
        born = bb.jitter_start(rng, ctx.t0 + 2.5 * DAY, ctx.t1, 0.8)
        life = float(rng.uniform(0.5, 2.5)) * DAY
        ts = bb.thinned(
            rng,
            born,
            min(ctx.t1, born + life),
            float(rng.uniform(3, 10)) * life / HOUR,
            bb.constant,
        )
        ips = bb.sticky(rng, ts + irange(rng, 0, 10**6), pool, hold)
        prompts = [
            tx.rewrite_prompt(
                rng, pick(rng, styles), _wpick(rng, langs, lang_w), pick(rng, ctx.passages)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ips,
            comp_median=float(rng.uniform(500, 900)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        "howdah",
        accts,
        {
            "operation": "censorship-safe policy rewrites",
            "keys": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"residential proxies ({region}), sticky",
            "pacing": "burner keys live 0.5-2.5 days, steady poisson",
            "languages": langs,
            "styles": styles,
            "market": market,
        },
    )


# --------------------------------------------------------------------------------------------
# tusker: agent / tool-use transcripts from a serverless pool


def tusker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 4, 8)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 20, 60), provider)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "python-httpx/0.28.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    styles = _subset(rng, tx.AGENT_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="tusker",
            role="runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    begin = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    rate = float(rng.uniform(6, 16))
    starts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
    gap = float(rng.uniform(5, 18))
    per_acct: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        steps = irange(rng, 3, 10)
        style = pick(rng, styles)
        task = tx.agent_task(rng)
        t = s
        for j in range(steps if style != "trajectory" else 1):
            per_acct[k][0].append(t)
            per_acct[k][1].append(
                tx.agent_step(rng, style, task, j, tx.fake_observation(rng, ctx.passages))
            )
            per_acct[k][2].append(irange(rng, 400, 1200) + 350 * j)
            t += float(rng.lognormal(np.log(gap), 0.5))
    for a, (ts, prompts, extra) in zip(accts, per_acct, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.97),
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=float(rng.uniform(180, 400)),
        )
    ctx.campaign(
        cid,
        "tusker",
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} serverless pool",
            "pacing": f"episodes ~{rate:.1f}/h, steps {gap:.0f}s apart",
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# pachyderm: synthetic-dataset generation through VPN exits


def pachyderm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 10, 22)
    n_orgs = irange(rng, 3, 6)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    org_cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    vpn = [pick(rng, ("m247", "leaseweb", "vultr", "linode")) for _ in range(n_orgs)]
    langs = _subset(rng, ("en", "zh", "es", "pt", "ko", "ja"), 2, 4)
    lang_w = _weights(rng, len(langs))
    styles = _subset(rng, tx.DATASET_STYLES, 2, 4)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="pachyderm",
                role="generator",
                campaign_id=cid,
                org=orgs[o],
                pay=org_cards[o],
                ua=bb.sdk_ua(rng, 0.4),
                ips=bb.cloud(rng, irange(rng, 1, 2), vpn[o]),
            )
        )
    begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(20, 50))
    for a, ts in zip(accts, bb.worker_pool(rng, begin, ctx.t1, rate, n_keys), strict=True):
        prompts = []
        for _ in range(len(ts)):
            lang = _wpick(rng, langs, lang_w)
            style = "local" if lang != "en" and chance(rng, 0.6) else pick(rng, styles)
            prompts.append(tx.dataset_prompt(rng, style, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.7, 0.95))),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        "pachyderm",
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "VPN exits " + ",".join(vpn),
            "pacing": f"worker pool {rate:.0f}/h 24/7",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# meghauli (hard): harvest hidden inside a real writing product's backend traffic


def meghauli(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    product = pick(rng, ("Quillmate", "Penwise", "Draftly", "Scribeloop", "Wordnest"))
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="meghauli",
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.picks(rng, egress, 2),
        )
        for _ in range(n_keys)
    ]
    load = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.8)))
    real_rate = float(rng.uniform(25, 60))
    harvest_share = float(rng.uniform(0.15, 0.35))
    upgrade = ctx.release + float(rng.uniform(0.3, 1.0)) * DAY
    p_upgraded = float(rng.uniform(0.5, 0.9))
    topics = tx.shuffled(rng, tx.TOPICS)
    key_w = _weights(rng, n_keys, 3.0)
    real = bb.thinned(rng, ctx.t0, ctx.t1, real_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    fake = bb.thinned(
        rng,
        ctx.release + 2 * HOUR,
        ctx.t1,
        real_rate * harvest_share / (1 - harvest_share) * (ctx.t1 - ctx.release) / HOUR,
        load,
    )
    who_r = rng.choice(n_keys, size=len(real), p=key_w)
    who_f = rng.choice(n_keys, size=len(fake), p=key_w)
    for k, a in enumerate(accts):
        tr, tf = real[who_r == k], fake[who_f == k]
        pr = [tx.product_wrap(rng, product, pick(rng, ctx.chat)) for _ in range(len(tr))]
        mr = [
            ctx.new_model if (t >= upgrade and chance(rng, p_upgraded)) else ctx.old_models[0]
            for t in tr.tolist()
        ]
        pf = []
        for j in range(len(tf)):
            topic = topics[(k * 131 + j) % len(topics)]
            pf.append(tx.product_wrap(rng, product, tx.deep_dive(rng, topic, j // len(topics))))
        ts = np.concatenate([tr, tf])
        ctx.emit(
            rng,
            a,
            ts,
            pr + pf,
            models=mr + [ctx.new_model] * len(tf),
            comp_median=np.concatenate([np.full(len(tr), 320.0), np.full(len(tf), 900.0)]),
        )
    ctx.campaign(
        cid,
        "meghauli",
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "hard": True,
            "product": product,
            "keys": n_keys,
            "payment": "one corporate card",
            "ip_source": f"{provider} egress NAT",
            "user_agent": ua,
            "pacing": "global product load, harvest follows the same curve",
            "harvest_share": round(harvest_share, 3),
            "real_rate_per_hour": round(real_rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# ankus (hard): bought / compromised aged accounts, owner traffic continues


def ankus(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 12, 24)
    accts = []
    proxy_hold = float(rng.uniform(20, 90)) * MINUTE
    keep_ua = float(rng.uniform(0.3, 0.8))
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, BG_UA)
        a = ctx.account(
            rng,
            label="campaign",
            family="ankus",
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        # the owner keeps using it
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 1.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(40, 150)),
        )
        ts_o = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts_o,
            [pick(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.3, p_mini=0.15),
            comp_median=300.0,
        )
        # the buyer's harvest from residential proxies of the same region
        region = pick(rng, bb.ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))
        pool = bb.resi(rng, 60, region)
        take = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        per_day = float(rng.uniform(2, 6))
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            per_day,
            bb.workday(tz, 7, 23, 0.7, 0.1),
            float(rng.uniform(4, 9)),
            float(rng.uniform(25, 70)),
            0.6,
        )
        ts_h = np.concatenate(sess) if sess else np.empty(0)
        langs = LANGS_OF_TZ.get(tz, ("en",))
        prompts = []
        for j in range(len(ts_h)):
            if chance(rng, 0.5):
                prompts.append(tx.ask(rng, pick(rng, langs), casual=0.2))
            else:
                prompts.append(tx.deep_dive(rng, pick(rng, tx.TOPICS), j))
        hua = ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.95),
            ua=hua,
            ips=bb.sticky(rng, ts_h, pool, proxy_hold),
            comp_median=800.0,
        )
    ctx.campaign(
        cid,
        "ankus",
        accts,
        {
            "operation": "harvest through bought/compromised aged accounts",
            "hard": True,
            "accounts": n,
            "payment": "owners' own cards",
            "ip_source": "owner home + residential proxy of the owner's region",
            "pacing": "owner sessions + person-like harvest sessions after takeover",
            "keep_owner_ua": round(keep_ua, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# kumki (hard): low-and-slow crowd of person-like accounts sharing a curriculum


def kumki(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 35, 65)
    topics = tx.shuffled(rng, tx.TOPICS)
    tzs = _subset(rng, bb.TZS, 3, 6)
    accts = []
    per_day = float(rng.uniform(0.6, 1.4))
    mobile_share = float(rng.uniform(0.1, 0.4))
    for i in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, mobile_share)
        ua = BG_MOBILE if mobile else pick(rng, BG_UA[1::2] + (BG_UA[0],))
        a = ctx.account(
            rng,
            label="campaign",
            family="kumki",
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        born = bb.jitter_start(rng, ctx.t0 + 2.0 * DAY, ctx.t1, 0.6)
        sess = bb.session_times(
            rng,
            born,
            ctx.t1,
            per_day,
            bb.evening_person(tz),
            float(rng.uniform(2, 6)),
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        langs = LANGS_OF_TZ.get(tz, ("en",))
        prompts = []
        for j in range(len(ts)):
            topic = topics[(i * 7 + j) % len(topics)]
            if chance(rng, 0.6):
                prompts.append(tx.ask(rng, pick(rng, langs), topic, casual=0.6))
            else:
                prompts.append(tx.deep_dive(rng, topic, i + j))
        ips = None
        if mobile and len(ts):
            ips = bb.sticky(
                rng,
                ts,
                bb.mobile_v6(
                    rng, 8, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
                ),
                2 * HOUR,
            )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips, comp_median=700.0
        )
    ctx.campaign(
        cid,
        "kumki",
        accts,
        {
            "operation": "low-and-slow person-like crowd over a shared curriculum",
            "hard": True,
            "accounts": n,
            "payment": "one card per member",
            "ip_source": "members' home broadband / phones",
            "tzs": tzs,
            "pacing": f"evening sessions ~{per_day:.2f}/day each",
            "mobile_share": round(mobile_share, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# gajah (hard): verbatim replay of public chat prompts through consumer-VPN exits


def gajah(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 8, 16)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    exits = bb.cloud(
        rng, irange(rng, 15, 40), pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    )
    tz = pick(rng, bb.TZS)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for i in range(n):
        ua = pick(rng, BG_UA)
        a = ctx.account(
            rng,
            label="campaign",
            family="gajah",
            role="replayer",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=exits[:1],
            tz=tz,
        )
        accts.append(a)
        begin = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
        ts = bb.thinned(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(3, 8)) * 10 * (ctx.t1 - begin) / DAY,
            bb.workday(tz, 8, 19, 0.15, 0.03),
        )
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            ips=bb.sticky(rng, ts, exits, 3 * HOUR),
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        "gajah",
        accts,
        {
            "operation": "replay of public chat prompts",
            "hard": True,
            "accounts": n,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "consumer VPN exits, sticky 3 h",
            "pacing": f"office hours tz {tz}",
            "prompts_replayed": cursor,
        },
    )


# --------------------------------------------------------------------------------------------
# musth: best-of-n sampling and soft-label harvesting


def musth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 3, 6)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    block = bb.rented_block(
        rng, pick(rng, ("aws", "oracle", "hetzner", "scaleway")), 1, irange(rng, 2, 5)
    )
    ua = bb.sdk_ua(rng, 0.5)
    soft_styles = _subset(rng, tx.SOFTLABEL_STYLES, 1, 3)
    n_best = (irange(rng, 3, 6), irange(rng, 8, 16))
    soft_share = float(rng.uniform(0.2, 0.5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="musth",
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    begin = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    for a in accts:
        starts = bb.thinned(
            rng, begin, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - begin) / HOUR, bb.constant
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            if chance(rng, soft_share):
                p = tx.softlabel_prompt(rng, pick(rng, soft_styles), pick(rng, ctx.passages))
                k = irange(rng, 1, 3)
            else:
                p = tx.sample_prompt(rng)
                k = irange(rng, *n_best)
            offs = np.sort(rng.uniform(0, float(rng.uniform(0.5, 4.0)), size=k))
            ts_all.extend((s + offs).tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.96), comp_median=280.0, err=0.04
        )
    ctx.campaign(
        cid,
        "musth",
        accts,
        {
            "operation": "best-of-n sampling and soft labels",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": "one rented /24",
            "n_samples": list(n_best),
            "soft_share": round(soft_share, 2),
            "soft_styles": soft_styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# chitwan: multi-turn dialogue harvest driven by a user simulator


def chitwan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 6, 14)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    pool = bb.resi(rng, irange(rng, 150, 400), "*")
    langs = ["en"] + _subset(rng, ("es", "fr", "ja", "pt", "de"), 1, 3)
    lang_w = _weights(rng, len(langs), 2.0)
    persona_leak = float(rng.uniform(0.0, 0.6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="chitwan",
            role="dialogue_worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=bb.hexid(rng, "pay"),
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    begin = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    rate = float(rng.uniform(8, 20))
    gap = float(rng.uniform(8, 25))
    starts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
    rows: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        ip = pick(rng, pool)
        lang = _wpick(rng, langs, lang_w)
        persona = pick(rng, tx.SIM_PERSONAS) if chance(rng, persona_leak) else None
        t = s
        for j in range(irange(rng, 4, 10)):
            rows[k][0].append(t)
            rows[k][1].append(tx.dialogue_turn(rng, lang, j, persona))
            rows[k][2].append(ip)
            t += float(rng.lognormal(np.log(gap), 0.4))
    for a, (ts, prompts, ips) in zip(accts, rows, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, p_new=0.92),
            ips=ips,
            extra=np.asarray([60 * (i % 10) for i in range(len(ts))], dtype=np.int64),
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        "chitwan",
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": 2,
            "payment": "prepaid card per key",
            "ip_source": "residential proxy per conversation",
            "pacing": f"{rate:.1f} conversations/h, turns {gap:.0f}s apart",
            "languages": langs,
            "persona_leak": round(persona_leak, 2),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# hua_hin (hard): code curriculum sweep dressed as a small dev team


def hua_hin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 5, 9)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    styles = _subset(rng, tx.CODE_STYLES, 2, 4)
    blend = float(rng.uniform(0.15, 0.35))
    ua_main = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    accts = []
    begin = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family="hua_hin",
            role="dev_seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua_main if chance(rng, 0.7) else pick(rng, BG_UA),
            ips=office,
            tz=tz,
        )
        accts.append(a)
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.workday(tz, 9, 19, 0.2),
            float(rng.uniform(4, 8)),
            float(rng.uniform(40, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for j in range(len(ts)):
            if chance(rng, blend):
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(tx.code_exercise(rng, pick(rng, styles), j // 6 + i, j % 6))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=750.0,
            extra=irange(rng, 0, 300),
        )
    ctx.campaign(
        cid,
        "hua_hin",
        accts,
        {
            "operation": "code curriculum / port harvest as a dev team",
            "hard": True,
            "keys": n_keys,
            "payment": "one company card",
            "ip_source": "office broadband (consumer ISP)",
            "tz": tz,
            "pacing": "workday sessions",
            "styles": styles,
            "blend_share": round(blend, 2),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "mahout": mahout,
    "chukka": chukka,
    "howdah": howdah,
    "tusker": tusker,
    "pachyderm": pachyderm,
    "meghauli": meghauli,
    "ankus": ankus,
    "kumki": kumki,
    "gajah": gajah,
    "musth": musth,
    "chitwan": chitwan,
    "hua_hin": hua_hin,
}
