"""Campaign families of batch 223 (code names from speed skating).

Each family is `f(ctx, rng, campaign_id)`: it draws everything from its own generator, writes its
accounts' events through `ctx.emit` and its truth through `ctx.account` / `ctx.campaign`. The
README (read it only after the monitor's single run) describes every family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind223 import texts

#: user agents seen in the simulator's own background traffic (so that a UA string by itself
#: tells nobody which accounts were added by this batch)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "curl/8.5.0",
    "langchain/0.3.7 python-openai/1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_BROWSERS = BG_UAS[4:]
PERSON_UAS = BG_BROWSERS + bb.BROWSERS + bb.MOBILE[:3]
#: the consumer region whose addresses a user of each UTC offset has
REGION_OF_TZ = {
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


def release_step(ctx: Ctx, pre: float, curve: bb.Curve = bb.constant) -> bb.Curve:
    """`curve`, scaled by `pre` before the new model's release."""

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, pre) * curve(ts)

    return f


def langs_for(
    rng: np.random.Generator, n: int, langs: list[str], weights: list[float]
) -> list[str]:
    return [texts.lang_of(rng, langs, weights) for _ in range(n)]


def person_ua(rng: np.random.Generator) -> str:
    return pick(rng, PERSON_UAS)


# --------------------------------------------------------------------------------------------


def clap_skate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, one Poisson worker pool."""
    fam = "clap_skate"
    n_keys = irange(rng, 7, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "leaseweb"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = bb.sdk_ua(rng, 0.6)
    langs = ["en", "zh", "ru"]
    w = texts.weights_for(rng, 3, 3.0)
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(35, 70))
    pre = float(rng.uniform(0.2, 0.6))
    p_new = float(rng.uniform(0.85, 0.98))
    comp = float(rng.uniform(1100, 1800))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, release_step(ctx, pre))
    accts = []
    for i, ts in enumerate(streams):
        ips = [pick(rng, pool) for _ in range(irange(rng, 1, 3))]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=ips,
        )
        prompts = [
            texts.reasoning(rng, lg, pick(rng, styles)) for lg in langs_for(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "pre_release_scale": pre,
            "ip_source": f"rented_block:{provider}",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def inner_lane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / preference grading harvested in bursts through commercial VPN exits."""
    fam = "inner_lane"
    n_keys = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    providers = [
        pick(rng, ("m247", "leaseweb", "vultr", "digitalocean", "linode")) for _ in range(2)
    ]
    exits = bb.cloud(rng, irange(rng, 8, 20), providers[0]) + bb.cloud(
        rng, irange(rng, 4, 10), providers[1]
    )
    ua = pick(
        rng,
        (
            "python-requests/2.32.3",
            "aiohttp/3.11.11",
            "python-httpx/0.28.1",
            "OpenAI/Python 1.54.0",
        ),
    )
    langs = ["en", "de", "es", "ko"]
    w = [float(rng.uniform(2, 4))] + [float(x) for x in rng.uniform(0.2, 1.0, size=3)]
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    size_mean = float(rng.uniform(40, 110))
    gap = float(rng.uniform(1.0, 3.0))
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=hexid(rng, "pay"),
            ua=ua,
            ips=exits,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, float(irange(rng, 4, 12)), bb.constant)
        trains = bb.bursts(rng, starts, size_mean, gap, b=ctx.t1)
        for tr in trains:
            if len(tr) == 0:
                continue
            prompts = [
                texts.judge(rng, lg, pick(rng, styles), ctx.chat, ctx.passages)
                for lg in langs_for(rng, len(tr), langs, w)
            ]
            ctx.emit(
                rng,
                a,
                tr,
                prompts,
                models=ctx.models(rng, tr, p_new=p_new),
                ips=pick(rng, exits),
                comp_median=float(rng.uniform(180, 420)),
                err=0.02,
            )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": "one prepaid per key",
            "pacing": "bursts",
            "burst_size": size_mean,
            "gap_s": gap,
            "ip_source": f"vpn_exits:{providers}",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def outer_lane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites through residential proxies on stolen cards,
    each key burned after a day or two."""
    fam = "outer_lane"
    n_keys = irange(rng, 18, 32)
    regs = [pick(rng, ("us", "eu", "latam", "sea", "in", "ru")) for _ in range(irange(rng, 2, 3))]
    pool = [ip for r in regs for ip in bb.resi(rng, irange(rng, 150, 400), r)]
    langs = ["zh", "en", "ru", "ar", "fa"]
    w = [float(rng.uniform(2, 4)), float(rng.uniform(1, 3))] + [
        float(x) for x in rng.uniform(0.2, 1.0, size=3)
    ]
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    uas = [pick(rng, BG_UAS) for _ in range(3)] + [bb.sdk_ua(rng)]
    p_new = float(rng.uniform(0.75, 0.95))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            pay=hexid(rng, "pay"),
            ua=pick(rng, uas),
            ips=pool,
        )
        s = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
        e = min(ctx.t1, s + float(rng.lognormal(np.log(1.2 * DAY), 0.5)))
        ts = bb.thinned(rng, s, e, float(rng.uniform(4, 9)) * (e - s) / HOUR, bb.constant)
        prompts = [
            texts.policy_rewrite(rng, lg, pick(rng, styles), ctx.chat, ctx.passages)
            for lg in langs_for(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(5, 30)) * MINUTE),
            comp_median=float(rng.uniform(350, 650)),
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "stolen, one per key",
            "pacing": "poisson per burned key",
            "ip_source": f"residential_proxy:{regs}",
            "user_agents": uas,
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def changeover(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: a round-the-clock worker pool in an autoscaled cloud group."""
    fam = "changeover"
    n_keys = irange(rng, 4, 7)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "langchain/0.3.7 python-openai/1.54.0")
    )
    langs = ["en", "ja", "de"]
    w = [float(rng.uniform(4, 8)), float(rng.uniform(0.5, 1.5)), float(rng.uniform(0.3, 1.0))]
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    per_hour = float(rng.uniform(28, 50))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    p_new = float(rng.uniform(0.8, 0.95))
    streams = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.15)
    )
    accts = []
    for ts in streams:
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 3, 12), provider),
        )
        prompts = [
            texts.agent_step(rng, lg, pick(rng, styles)) for lg in langs_for(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(200, 380)),
            extra=rng.integers(1200, 5000, size=len(ts)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "worker_pool_24h",
            "per_hour": per_hour,
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def lap_counter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: many one-key sign-ups sharing a few cards, each a nightly cron
    on its own hosting box."""
    fam = "lap_counter"
    n_keys = irange(rng, 10, 18)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "contabo"))
    langs = ["en", "es", "pt", "fr", "id"]
    w = texts.weights_for(rng, 5, 1.5)
    w[0] += 1.0
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    p_new = float(rng.uniform(0.85, 0.97))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=bb.sdk_ua(rng),
            ips=bb.cloud(rng, 1, provider),
        )
        cron = bb.nightly(float(rng.uniform(22, 29)) % 24, float(rng.uniform(1, 3)), 0)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        nights = (ctx.t1 - start) / DAY
        ts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(35, 80)) * nights, cron)
        prompts = [
            texts.dataset_gen(rng, lg, pick(rng, styles))
            for lg in langs_for(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(1400, 2200)),
            comp_sigma=0.4,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "pacing": "nightly_cron_per_key",
            "ip_source": f"hosting:{provider}",
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def straightaway(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of person-like accounts: evening sessions,
    geo-matched residential exits, browser agents, a ShareGPT opener and natural follow-ups."""
    fam = "straightaway"
    n = irange(rng, 35, 60)
    follow_lang = {
        -8: "en",
        -5: "en",
        -3: "pt",
        0: "en",
        1: "de",
        2: "en",
        3: "en",
        5: "en",
        8: "id",
        9: "en",
    }
    tzs = [pick(rng, bb.TZS) for _ in range(n)]
    p_native = float(rng.uniform(0.2, 0.5))
    p_new = float(rng.uniform(0.6, 0.8))
    accts = []
    for tz in tzs:
        pool = bb.home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            pay=hexid(rng, "pay"),
            ua=person_ua(rng),
            ips=pool,
            tz=tz,
        )
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 2.3)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 110)),
        )
        per_ctx = float(rng.uniform(250, 500))
        for st in sessions:
            if len(st) == 0:
                continue
            lg = follow_lang[tz] if chance(rng, p_native) else "en"
            prompts = [texts.short_chat(rng, ctx.chat, 20, 900)] + [
                texts.follow_up(rng, lg) for _ in range(len(st) - 1)
            ]
            extra = (np.arange(len(st)) * per_ctx).astype(np.int64)
            ctx.emit(
                rng,
                a,
                st,
                prompts,
                models=ctx.models(rng, st[:1], p_new=p_new) * len(st),
                ips=pick(rng, pool),
                comp_median=float(rng.uniform(420, 650)),
                extra=extra,
                err=0.005,
            )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "keys": n,
            "orgs": n,
            "cards": "virtual, one per account",
            "pacing": "human_sessions_evening",
            "ip_source": "residential_proxy_geo_matched",
            "user_agent": "browsers",
            "languages": "ShareGPT openers, follow-ups en/pt/de/id",
            "p_native": p_native,
            "p_new": p_new,
            "hard": True,
        },
    )


def skinsuit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent several times within seconds."""
    fam = "skinsuit"
    n_keys = irange(rng, 2, 5)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = bb.sdk_ua(rng, 0.5)
    langs = ["en", "fr", "tr"]
    w = [float(rng.uniform(3, 6)), float(rng.uniform(0.5, 1.5)), float(rng.uniform(0.5, 1.5))]
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    n_lo = irange(rng, 3, 5)
    n_hi = n_lo + irange(rng, 2, 5)
    items_per_hour = float(rng.uniform(6, 12))
    p_new = float(rng.uniform(0.85, 0.97))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(
        rng, start, ctx.t1, items_per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    accts = []
    for item_ts in streams:
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        item_models = ctx.models(rng, item_ts, p_new=p_new)
        ts_all, prompts, models = [], [], []
        for t, m in zip(item_ts.tolist(), item_models, strict=True):
            k = irange(rng, n_lo, n_hi)
            tt = t + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=k - 1))])
            p = texts.soft_label(
                rng, texts.lang_of(rng, langs, w), pick(rng, styles), ctx.chat, ctx.passages
            )
            ts_all.extend(tt.tolist())
            prompts.extend([p] * k)
            models.extend([m] * k)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=float(rng.uniform(40, 90)),
            comp_sigma=0.7,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "samples_per_item": [n_lo, n_hi],
            "items_per_hour": items_per_hour,
            "pacing": "worker_pool_repeats",
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "languages": dict(zip(langs, w, strict=True)),
            "styles": styles,
            "p_new": p_new,
        },
    )


def thialf(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Curriculum sweep dressed as a university lab: one org and institutional card, office
    broadband, office hours, a few keys at moderate rates; difficulty rises through the week."""
    fam = "thialf"
    tz = pick(rng, (-5, 0, 1, 2, 9))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    p_new = float(rng.uniform(0.45, 0.7))
    p_chat = float(rng.uniform(0.05, 0.15))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    accts = []
    for _ in range(n_keys):
        ua = pick(
            rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3", BG_BROWSERS[0], BG_BROWSERS[1])
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="student_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        topic = pick(rng, texts._CURR_TOPICS)
        style = irange(rng, 0, 2)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(350, 700)), bb.workday(tz, start=9.0, end=19.0)
        )
        lvl = 1 + np.floor(11.999 * (ts - start) / (ctx.t1 - start)).astype(np.int64)
        prompts = [
            texts.short_chat(rng, ctx.chat, 10, 600)
            if chance(rng, p_chat)
            else texts.curriculum(rng, topic, int(lv), style)
            for lv in lvl.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            comp_median=float(rng.uniform(700, 1100)),
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "pacing": "office_hours",
            "tz": tz,
            "ip_source": "office_broadband",
            "languages": ["en"],
            "p_chat": p_chat,
            "p_new": p_new,
            "hard": True,
        },
    )


def double_start(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Translation harvest hidden inside a real translation app's backend traffic: the same
    keys, addresses, client and request format carry real users and document jobs that send each
    long passage to many target languages."""
    fam = "double_start"
    app = pick(rng, ("lingobridge", "parlo", "tradu", "wordhop", "glossa"))
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 3, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "okhttp/4.12.0", "Go-http-client/2.0"))
    curve = bb.global_load(float(rng.uniform(9, 16)), 0.55)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    tgt_w = texts.weights_for(rng, len(texts.LANG_CODES), 1.0)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(700, 1400)), curve)
        tg = [texts.lang_of(rng, list(texts.LANG_CODES), tgt_w) for _ in range(len(ts))]
        prompts = [texts.app_translate(rng, app, t, ctx.chat) for t in tg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.4),
            comp_median=np.asarray([max(20.0, len(p) / 4.5) for p in prompts]),
            err=0.01,
        )
    h_start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    n_docs = irange(rng, 180, 320)
    k_lo, k_hi = irange(rng, 4, 5), irange(rng, 6, 9)
    p_new = float(rng.uniform(0.75, 0.9))
    docs_t = bb.thinned(rng, h_start, ctx.t1, float(n_docs), curve)
    for t in docs_t.tolist():
        doc = texts.cut(pick(rng, ctx.passages), irange(rng, 400, 1800))
        k = irange(rng, k_lo, k_hi)
        tgts = [texts.LANG_CODES[i] for i in rng.permutation(len(texts.LANG_CODES))[:k].tolist()]
        tt = t + np.cumsum(rng.lognormal(np.log(4 * MINUTE), 1.0, size=k))
        a = pick(rng, accts)
        prompts = [texts.app_translate(rng, app, g, ctx.chat, document=doc) for g in tgts]
        ctx.emit(
            rng,
            a,
            tt,
            prompts,
            models=ctx.models(rng, tt, p_new=p_new),
            comp_median=len(doc) / 3.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest_in_product",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "app": app,
            "docs": n_docs,
            "targets_per_doc": [k_lo, k_hi],
            "harvest_start": h_start,
            "pacing": "global_load_interleaved",
            "ip_source": "cloud:aws backend",
            "user_agent": ua,
            "languages": list(texts.LANG_CODES),
            "p_new": p_new,
            "hard": True,
        },
    )


def transponder(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Code harvest through leaked keys of aged, genuine developer accounts: the owners keep
    using them from home; the operator adds slow traffic through residential proxies."""
    fam = "transponder"
    n = irange(rng, 12, 20)
    regs = [pick(rng, ("us", "eu", "in", "latam", "sea")) for _ in range(2)]
    proxies = [ip for r in regs for ip in bb.resi(rng, 200, r)]
    op_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    styles = rng.permutation(3)[: irange(rng, 2, 3)].tolist()
    p_new = float(rng.uniform(0.7, 0.92))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        owner_ua = pick(rng, BG_UAS[:2] + BG_BROWSERS)
        home_ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home_ips,
            tz=tz,
        )
        curve = bb.workday(tz) if chance(rng, 0.6) else bb.evening_person(tz)
        for st in bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.8)), curve, 4.0, 90.0
        ):
            if len(st):
                ctx.emit(
                    rng,
                    a,
                    st,
                    [texts.short_chat(rng, ctx.chat, 10, 1200) for _ in range(len(st))],
                    models=ctx.models(rng, st, p_new=0.2),
                    comp_median=350.0,
                )
        tk = ctx.t0 + float(rng.uniform(0.5, 5.0)) * DAY
        ts = bb.thinned(
            rng, tk, ctx.t1, float(rng.uniform(1.0, 3.0)) * (ctx.t1 - tk) / HOUR, bb.constant
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.code_task(rng, pick(rng, styles)) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=p_new),
            ips=bb.sticky(rng, ts, proxies, HOUR),
            ua=op_ua,
            comp_median=float(rng.uniform(700, 1100)),
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_compromised_accounts",
            "keys": n,
            "orgs": n,
            "cards": "owners' own",
            "pacing": "slow_poisson_after_takeover",
            "ip_source": f"residential_proxy:{regs}",
            "user_agent": op_ua,
            "styles": styles,
            "languages": ["en"],
            "p_new": p_new,
            "hard": True,
        },
    )


def slideboard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: a crowd of fresh accounts sending ordinary ShareGPT openers in
    human-like evening sessions around the release, to collect the new model's answers."""
    fam = "slideboard"
    n = irange(rng, 30, 50)
    p_new = float(rng.uniform(0.88, 0.98))
    order = rng.permutation(len(ctx.chat))
    used = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        pool = bb.resi(rng, irange(rng, 3, 10), REGION_OF_TZ[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=hexid(rng, "pay"),
            ua=person_ua(rng),
            ips=pool,
            tz=tz,
        )
        start = ctx.release + float(rng.uniform(-1.2, 0.8)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 5)),
            float(rng.uniform(70, 140)),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        idx = order[used : used + len(ts)].tolist()
        used += len(ts)
        prompts = [ctx.chat[i % len(ctx.chat)] for i in idx]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=bb.sticky(rng, ts, pool, 12 * HOUR) if len(ts) else None,
            comp_median=float(rng.uniform(380, 480)),
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "orgs": n,
            "cards": "prepaid, one per account",
            "pacing": "human_sessions_from_release",
            "ip_source": "residential_proxy_by_region",
            "user_agent": "browsers",
            "languages": "ShareGPT as is",
            "p_new": p_new,
            "hard": True,
        },
    )


def low_crouch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A grey-market relay on stolen keys: constraint-following instruction data for its main
    customer, plus relayed general chat; keys rotate as they get burned; a few relay addresses."""
    fam = "low_crouch"
    n_keys = irange(rng, 15, 28)
    provider = pick(rng, ("hetzner", "ovh", "m247", "selectel"))
    relay = bb.rented_block(rng, provider, 1, irange(rng, 2, 4))
    langs = ["en", "zh", "ko", "es"]
    w = [float(rng.uniform(3, 6))] + [float(x) for x in rng.uniform(0.3, 1.5, size=3)]
    p_harvest = float(rng.uniform(0.5, 0.75))
    relay_ua = bb.sdk_ua(rng, 0.7)
    p_pass = float(rng.uniform(0.2, 0.5))
    per_hour = float(rng.uniform(30, 55))
    p_new = float(rng.uniform(0.8, 0.95))
    starts = np.sort(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR, size=n_keys))
    ends = np.minimum(ctx.t1, starts + rng.lognormal(np.log(1.3 * DAY), 0.5, size=n_keys))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="relay_key",
            campaign_id=cid,
            pay=hexid(rng, "pay"),
            ua=relay_ua,
            ips=relay,
        )
        for _ in range(n_keys)
    ]
    ts = bb.thinned(
        rng, float(starts[0]), ctx.t1, per_hour * (ctx.t1 - float(starts[0])) / HOUR, bb.constant
    )
    owner = np.empty(len(ts), dtype=np.int64)
    for j, t in enumerate(ts.tolist()):
        live = np.flatnonzero((starts <= t) & (ends > t))
        owner[j] = int(pick(rng, live)) if len(live) else int(np.argmin(np.abs(starts - t)))
    all_uas = list(bb.SDK_COMMON + bb.SDK_OTHER + BG_UAS)
    for i, a in enumerate(accts):
        mine = ts[owner == i]
        prompts = [
            texts.constrained(rng, texts.lang_of(rng, langs, w))
            if chance(rng, p_harvest)
            else texts.short_chat(rng, ctx.chat, 5, 1500)
            for _ in range(len(mine))
        ]
        uas = [pick(rng, all_uas) if chance(rng, p_pass) else relay_ua for _ in range(len(mine))]
        ctx.emit(
            rng,
            a,
            mine,
            prompts,
            models=ctx.models(rng, mine, p_new=p_new),
            ua=uas,
            comp_median=float(rng.uniform(350, 600)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "constraint_following_via_relay",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "stolen, one per key",
            "pacing": "poisson_rotating_keys",
            "per_hour": per_hour,
            "p_harvest": p_harvest,
            "ip_source": f"relay:{provider}",
            "user_agent": relay_ua,
            "p_passthrough_ua": p_pass,
            "languages": dict(zip(langs, w, strict=True)),
            "p_new": p_new,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "clap_skate": clap_skate,
    "inner_lane": inner_lane,
    "outer_lane": outer_lane,
    "changeover": changeover,
    "lap_counter": lap_counter,
    "straightaway": straightaway,
    "skinsuit": skinsuit,
    "thialf": thialf,
    "double_start": double_start,
    "transponder": transponder,
    "slideboard": slideboard,
    "low_crouch": low_crouch,
}
