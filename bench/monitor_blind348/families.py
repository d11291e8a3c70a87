"""Campaign families of blind batch 348 (code names are crossword words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes its
events through `ctx.emit`, and records itself with `ctx.campaign`. All draws come from the family's
own generator, in an order that does not depend on the process (no set walks, no `hash()`).
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
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Acct,
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
from bench.monitor_blind348 import texts as tx

LABEL = "campaign"


def _lang_picker(
    rng: np.random.Generator, langs: tuple[str, ...], weights: tuple[float, ...]
) -> Callable[[], str]:
    return lambda: str(tx.wpick(rng, langs, weights))


def _split(rng: np.random.Generator, ts: np.ndarray, n: int) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [ts[who == i] for i in range(n)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, worker pool, one prepaid card


def cryptic(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cryptic"
    n_keys = irange(rng, 7, 12)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, SDK_OTHER[:5])
    langs, weights = ("en", "zh", "ru", "es"), (0.45, 0.25, 0.15, 0.15)
    lang = _lang_picker(rng, langs, weights)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))],
        )
        for i in range(n_keys)
    ]
    rate_pre, rate_post = float(rng.uniform(22, 40)), float(rng.uniform(50, 80))
    curve = global_load(float(rng.uniform(0, 24)), 0.3)
    pre = worker_pool(rng, start, max(start, ctx.release), rate_pre, n_keys, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate_post, n_keys, curve)
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([a, b])
        prompts = [
            tx.reasoning_coercion(rng, lang(), irange(rng, 0, 4), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1500,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool, surge after release",
            "ip_source": f"rented block ({provider})",
            "payment": "one prepaid card",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
            "orgs": len(orgs),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / reward-model grading through rotating residential proxies, stolen cards


def acrostic(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "acrostic"
    n_keys = irange(rng, 6, 10)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 150, 400), region)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs, weights = ("en", "de", "fr"), (0.65, 0.2, 0.15)
    lang = _lang_picker(rng, langs, weights)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng, label=LABEL, family=fam, role="grader", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(acct)
        starts = thinned(
            rng,
            start + float(rng.uniform(0, DAY)),
            ctx.t1,
            float(rng.uniform(3, 6)) * (ctx.t1 - start) / DAY,
            constant,
        )
        ts = np.concatenate(
            bursts(rng, starts, float(rng.uniform(12, 24)), float(rng.uniform(3, 7)), b=ctx.t1)
            or [np.empty(0)]
        )
        prompts = [
            tx.grading(rng, lang(), irange(rng, 0, 4), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ips = sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=480,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / reward-model grading",
            "pacing": "scripted bursts",
            "ip_source": f"rotating residential proxies ({region}, sticky sessions)",
            "payment": "one card per key (stolen)",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites and refusals through VPN exits, nightly windows


def setter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "setter"
    n_keys = irange(rng, 4, 6)
    cards = [hexid(rng, "pay") for _ in range(2)]
    exits = cloud(rng, irange(rng, 8, 16), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 3, 6), "m247"
    )
    langs, weights = ("zh", "en", "ar", "ru"), (0.45, 0.35, 0.1, 0.1)
    lang = _lang_picker(rng, langs, weights)
    tz = 8
    window = nightly(float(rng.uniform(21, 23.5)), float(rng.uniform(6, 8)), tz)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, BROWSERS),
            ips=exits,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    streams = worker_pool(rng, start, ctx.t1, float(rng.uniform(35, 55)), n_keys, window)
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.policy_rewrite(rng, lang(), irange(rng, 0, 3), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=620,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites and refusal harvesting",
            "pacing": "worker pool in a nightly window (UTC+8)",
            "ip_source": "VPN exits on hosting ASNs, shared by all keys",
            "payment": "two prepaid cards",
            "user_agent": "spoofed desktop browsers",
            "languages": list(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, episodes of steps, cloud


def unchecked(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "unchecked"
    n_keys = irange(rng, 9, 14)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = []
    for i in range(n_keys):
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
        accts.append(
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="runner",
                campaign_id=cid,
                org=orgs[i % 2],
                pay=cards[i % 2],
                ua=pick(rng, uas),
                ips=ips,
            )
        )
    ep_starts = worker_pool(
        rng, start, ctx.t1, float(rng.uniform(7, 12)), n_keys, global_load(14.0, 0.2)
    )
    for acct, starts in zip(accts, ep_starts, strict=True):
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 9)
            style = irange(rng, 0, 2)
            gaps = rng.lognormal(np.log(7.0), 0.6, size=steps - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            ts_all.append(t)
            prompts.extend(tx.agent_episode(rng, steps, style))
            extra.extend([250 + 380 * j + irange(rng, 0, 90) for j in range(steps)])
            comp.extend([160.0] * (steps - 1) + [520.0])
        if not ts_all:
            continue
        ts = np.concatenate(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "pacing": "episodes of 3-9 fast steps",
            "ip_source": "aws / gcp",
            "payment": "two cards, one per org",
            "user_agent": list(uas),
            "languages": ["en"],
            "keys": n_keys,
            "orgs": 2,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, big nightly jobs


def homophone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "homophone"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "digitalocean")
    ua = "OpenAI/Python 1.63.2"
    langs, weights = ("en", "es", "pt", "id", "vi", "hi"), (0.5, 0.12, 0.12, 0.09, 0.09, 0.08)
    lang = _lang_picker(rng, langs, weights)
    tz = pick(rng, (0, 1, 2))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    first_night = irange(rng, 0, 2)
    ts_parts: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    day0 = ctx.t0 - (ctx.t0 % DAY)
    for d in range(first_night, 8):
        if not chance(rng, 0.8):
            continue
        a = day0 + d * DAY + (float(rng.uniform(0.5, 2.5)) - tz) * HOUR
        b = a + float(rng.uniform(2.5, 4.5)) * HOUR
        for i, part in enumerate(worker_pool(rng, a, b, float(rng.uniform(110, 180)), n_keys)):
            ts_parts[i].append(part)
    for acct, parts in zip(accts, ts_parts, strict=True):
        ts = np.concatenate(parts) if parts else np.empty(0)
        prompts = [
            tx.dataset_request(rng, lang(), irange(rng, 0, 3), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=2300,
            comp_sigma=0.35,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "pacing": "nightly batch jobs (a few hours, high rate)",
            "ip_source": "digitalocean",
            "payment": "one card",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: a crowd of bought consumer accounts replaying public prompts in person-like sessions


def charade(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "charade"
    n = irange(rng, 30, 42)
    onboard_a = ctx.release - float(rng.uniform(1.0, 1.6)) * DAY
    accts: list[Acct] = []
    times: list[list[np.ndarray]] = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        a = onboard_a + float(rng.uniform(0, 1.2)) * DAY
        times.append(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(1.8, 3.2)),
                evening_person(tz),
                float(rng.uniform(4, 7)),
                float(rng.uniform(50, 95)),
                0.4,
            )
        )
    # one shuffled queue of public prompts, each sent by two different crowd members
    queue = rng.permutation(len(ctx.chat)).tolist()
    events = [
        (float(t[0]), i, j) for i, sess in enumerate(times) for j, t in enumerate(sess) if len(t)
    ]
    events.sort()
    first_prompt: dict[tuple[int, int], int] = {}
    pending: list[tuple[int, int]] = []  # (queue position, account that sent it first)
    cursor = 0
    for _, i, j in events:
        if pending and pending[0][1] != i and chance(rng, 0.85):
            first_prompt[(i, j)] = pending.pop(0)[0]
        else:
            first_prompt[(i, j)] = cursor
            pending.append((cursor, i))
            cursor += 1
    for i, (acct, sess) in enumerate(zip(accts, times, strict=True)):
        ts_l, prompts = [], []
        for j, t in enumerate(sess):
            if not len(t):
                continue
            q = first_prompt[(i, j)]
            for k in range(len(t)):
                if k == 0:
                    prompts.append(ctx.chat[queue[q % len(queue)]])
                elif chance(rng, 0.3):
                    prompts.append(tx.follow_up(rng, "en"))
                else:
                    q2 = cursor + int(rng.integers(0, 40000))
                    prompts.append(ctx.chat[queue[q2 % len(queue)]])
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=520,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay through bought consumer accounts (soft labels)",
            "pacing": "person-like evening sessions, think times slightly too regular",
            "ip_source": "residential proxies matched to each account's time zone",
            "payment": "one card per account (bought aged accounts)",
            "user_agent": "desktop and mobile browsers",
            "languages": ["en"],
            "keys": n,
            "hard": True,
            "tell": "most session-opening prompts are sent by two different members, hours apart",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling from an office line


def spoonerism(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spoonerism"
    n_keys = irange(rng, 3, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = 9
    ips = home(rng, irange(rng, 2, 3), tz)
    ua = "python-httpx/0.28.1"
    langs, weights = ("en", "ja", "ko"), (0.55, 0.25, 0.2)
    lang = _lang_picker(rng, langs, weights)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    group_starts = worker_pool(
        rng, start, ctx.t1, float(rng.uniform(5, 8)), n_keys, global_load(3.0, 0.5)
    )
    tag_style = irange(rng, 0, 2)
    for acct, starts in zip(accts, group_starts, strict=True):
        ts_l, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 4, 8)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.6), 0.4, size=k - 1))])
            base = tx.sample_base(rng, lang(), ctx.chat)
            for r in range(k):
                if tag_style == 1 and chance(rng, 0.5):
                    prompts.append(f"{base}\n\n(variation {r + 1})")
                elif tag_style == 2 and chance(rng, 0.3):
                    prompts.append(
                        f"{base}\nGive a different answer from any you might usually give."
                    )
                else:
                    prompts.append(base)
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            comp_median=330,
            comp_sigma=0.6,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling (same prompt 4-8 times)",
            "pacing": "groups of repeats seconds apart, around the clock",
            "ip_source": "office broadband (jp/kr)",
            "payment": "one card",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
            "tag_style": tag_style,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: bought aged accounts that pivot to a curriculum sweep at the release


def rebus(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rebus"
    n = irange(rng, 10, 14)
    langs, weights = ("en", "es", "pt", "hi", "id"), (0.55, 0.15, 0.12, 0.09, 0.09)
    lang = _lang_picker(rng, langs, weights)
    proxy_pool = resi(rng, irange(rng, 120, 260), "*")
    new_ua = pick(rng, SDK_COMMON[:3])
    sweep = [(s, k, lv) for s in tx.SUBJECT_NAMES for k in tx.SUBJECTS[s] for lv in range(1, 11)]
    order = rng.permutation(len(sweep)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        pivot = ctx.release + float(rng.uniform(0, 18)) * HOUR
        life = [
            t
            for t in session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.4, 1.0)), evening_person(tz), 3, 90
            )
            if len(t)
        ]
        if life:
            ts = np.concatenate(life)
            prompts = [
                ctx.chat[int(rng.integers(len(ctx.chat)))]
                if chance(rng, 0.8)
                else tx.follow_up(rng, "en")
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.4),
                comp_median=380,
                err=0.01,
            )
        ts = thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(18, 34)) * (ctx.t1 - pivot) / DAY,
            global_load(float(rng.uniform(0, 24)), 0.4),
        )
        prompts = []
        for _ in range(len(ts)):
            s, k, lv = sweep[order[cursor % len(order)]]
            cursor += 1
            prompts.append(tx.curriculum(rng, lang(), lv, s, k))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            ips=sticky(rng, ts, proxy_pool, float(rng.uniform(30, 60)) * MINUTE),
            ua=new_ua,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x skill x level)",
            "pacing": "aged accounts with ordinary history, pivot within 18 h of the release",
            "ip_source": "home address before the pivot, rotating residential proxies after",
            "payment": "the original owners' cards",
            "user_agent": f"browser -> {new_ua}",
            "languages": list(langs),
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest into low-resource languages, sweeps of targets


def revealer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "revealer"
    n_keys = irange(rng, 5, 8)
    orgs = [hexid(rng, "org") for _ in range(2)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("contabo", "hetzner"))
    ips = cloud(rng, irange(rng, 3, 6), provider)
    ua = "Go-http-client/2.0"
    style = irange(rng, 0, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=card,
            ua=ua,
            ips=[pick(rng, ips)],
        )
        for i in range(n_keys)
    ]
    sweeps = worker_pool(rng, start, ctx.t1, float(rng.uniform(3.5, 5.5)), n_keys)
    for acct, starts in zip(accts, sweeps, strict=True):
        ts_l, prompts, comp = [], [], []
        for s in starts.tolist():
            src_lang, text = tx.translation_source(rng, ctx.passages)
            tgts = [str(x) for x in rng.permutation(tx.TARGETS)[: irange(rng, 5, 11)]]
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.5, size=len(tgts) - 1))]
            )
            st = style if chance(rng, 0.8) else irange(rng, 0, 3)
            prompts.extend(tx.translation(rng, st, src_lang, text, tg) for tg in tgts)
            comp.extend([max(30.0, len(text) / 2.2)] * len(tgts))
            ts_l.append(t)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest into low-resource languages",
            "pacing": "sweeps of 5-11 target languages per source, 24/7",
            "ip_source": provider,
            "payment": "one card, two orgs",
            "user_agent": ua,
            "languages": ["en", "zh", "ru", "+targets"],
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: code harvest hidden inside a real product's traffic


def pangram(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pangram"
    n_keys = 3
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/Python 1.58.1"
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    code_chat = [c for c in ctx.chat if tx.is_codeish(c)]
    curve = global_load(float(rng.uniform(13, 17)), 0.55)
    users = _split(
        rng, thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(380, 560)) * 7, curve), n_keys
    )
    h0 = ctx.t0 + float(rng.uniform(1.5, 2.5)) * DAY
    harvest_pre = thinned(
        rng, h0, ctx.release, float(rng.uniform(90, 150)) * max(0.0, ctx.release - h0) / DAY, curve
    )
    harvest_post = thinned(
        rng, ctx.release, ctx.t1, float(rng.uniform(200, 300)) * (ctx.t1 - ctx.release) / DAY, curve
    )
    harvest = _split(rng, np.concatenate([harvest_pre, harvest_post]), n_keys)
    style_w = tuple(float(x) for x in rng.dirichlet(np.ones(4) * 2))
    for acct, u, h in zip(accts, users, harvest, strict=True):
        ctx.emit(
            rng,
            acct,
            u,
            [pick(rng, code_chat) for _ in range(len(u))],
            models=ctx.models(rng, u, p_new=0.45, p_mini=0.25),
            comp_median=380,
            err=0.01,
        )
        prompts = [
            tx.code_request(rng, int(tx.wpick(rng, (0, 1, 2, 3), style_w))) for _ in range(len(h))
        ]
        ctx.emit(
            rng,
            acct,
            h,
            prompts,
            models=ctx.models(rng, h, p_new=0.95, p_mini=0.0),
            comp_median=950,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest mixed into a coding-help product's own traffic",
            "pacing": "follows the product's global load; harvest about a third of the volume "
            "after the release",
            "ip_source": "the product's aws egress",
            "payment": "the company's card",
            "user_agent": ua,
            "languages": ["en", "8 programming languages"],
            "keys": n_keys,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow use of stolen keys of unrelated customers


def wordplay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wordplay"
    n = irange(rng, 22, 30)
    pool = resi(rng, irange(rng, 300, 500), "*")
    langs, weights = ("en", "de", "es", "fr", "zh", "ja"), (0.5, 0.1, 0.1, 0.1, 0.1, 0.1)
    lang = _lang_picker(rng, langs, weights)
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="stolen_key",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.7),
            ips=pool,
            tz=pick(rng, TZS),
        )
        accts.append(acct)
        a = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
        ts = thinned(rng, a, ctx.t1, float(rng.uniform(2.5, 8)) * (ctx.t1 - a) / DAY, constant)
        prompts = [tx.deep_question(rng, lang()) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=1300,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "in-depth explanation harvest on stolen keys",
            "pacing": "a few requests a day per key, around the clock",
            "ip_source": "rotating residential proxies, worldwide, shared pool",
            "payment": "the victims' own cards (one per key)",
            "user_agent": "common SDKs",
            "languages": list(langs),
            "keys": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: harvest disguised as a multilingual evaluation team


def lurker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lurker"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 1, tz)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    langs = ("en", "de", "fr", "es", "ja", "ko", "zh", "pt")
    weights = (0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)
    lang = _lang_picker(rng, langs, weights)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="eval_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, "gcp") + office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    for acct in accts:
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 1.1)) * 7, workday(tz))
        runs = bursts(
            rng, starts, float(rng.uniform(150, 320)), float(rng.uniform(1.0, 1.8)), 0.35, ctx.t1
        )
        for t in runs:
            if not len(t):
                continue
            run_lang = lang()
            prompts = [
                tx.bench_item(rng, run_lang if chance(rng, 0.9) else lang()) for _ in range(len(t))
            ]
            model = (
                ctx.new_model if (t[0] >= ctx.release and chance(rng, 0.85)) else ctx.old_models[0]
            )
            ips = acct.ips[0] if chance(rng, 0.9) else acct.ips[1]
            ctx.emit(
                rng,
                acct,
                t,
                prompts,
                models=model,
                ips=ips,
                comp_median=720,
                comp_sigma=0.45,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "benchmark-shaped harvest disguised as a multilingual eval team",
            "pacing": "eval-like runs of 150-320 items during office hours",
            "ip_source": "gcp runners plus the office line",
            "payment": "one company card",
            "user_agent": ua,
            "languages": list(langs),
            "keys": n_keys,
            "hard": True,
            "tell": "items never repeat across runs; every item asks to refute distractors",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "cryptic": cryptic,
    "acrostic": acrostic,
    "setter": setter,
    "unchecked": unchecked,
    "homophone": homophone,
    "charade": charade,
    "spoonerism": spoonerism,
    "rebus": rebus,
    "revealer": revealer,
    "pangram": pangram,
    "wordplay": wordplay,
    "lurker": lurker,
}
