"""Campaign families of blind batch 229 (code names: free-diving words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything is drawn from the
family's own generator, in a fixed order (no set is ever walked).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind229 import texts as T

#: user agents that are common in ordinary API traffic (what a careful operator copies)
COMMON_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
#: mobile carrier address kinds by UTC offset (None: no carrier v6 block, use home broadband)
_CARRIER = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def _lang_mix(
    rng: np.random.Generator, langs: tuple[str, ...], must: str = "en", k_lo: int = 2
) -> tuple[list[str], np.ndarray]:
    """A campaign's languages (always `must`, plus some others) and their weights."""
    others = [x for x in langs if x != must]
    k = irange(rng, max(0, k_lo - 1), len(others))
    chosen = [must] + [str(x) for x in rng.choice(others, size=k, replace=False)] if k else [must]
    w = rng.dirichlet(np.ones(len(chosen)) * 2.0)
    w[0] += 0.3
    return chosen, w / w.sum()


def _langs_per_event(
    rng: np.random.Generator, n: int, langs: list[str], w: np.ndarray
) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def frenzel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "frenzel"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), 6)
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    rate = float(rng.uniform(50, 110))
    langs, w = _lang_mix(rng, ("en", "zh", "ru", "es", "de"))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        prompts = [
            T.reasoning(rng, ctx.chat, lg) for lg in _langs_per_event(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "prepaid card per org",
            "ip_source": f"rented {provider} block",
            "pacing": f"worker pool {rate:.0f}/h",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in nightly bursts


def mouthfill(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mouthfill"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    tz = pick(rng, (8, 3, 2, 9))
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]  # a virtual prepaid card per key (ctx.account draws one)
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    night_start, night_len = float(rng.uniform(21, 25)) % 24, float(rng.uniform(5, 8))
    curve = bb.nightly(night_start, night_len, tz)
    p_zh = float(rng.uniform(0.1, 0.45))
    size, gap = float(rng.uniform(25, 60)), float(rng.uniform(1.0, 3.0))
    for a in accts:
        nights = (ctx.t1 - start) / DAY
        starts = bb.thinned(rng, start, ctx.t1, nights * float(rng.uniform(2, 5)), curve)
        ts = _concat(bb.bursts(rng, starts, size, gap, b=ctx.t1))
        prompts = [
            T.judge(rng, ctx.chat, ctx.passages, "zh" if chance(rng, p_zh) else "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=160.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "payment": "virtual prepaid card per key",
            "ip_source": f"{provider} instances",
            "pacing": f"bursts of ~{size:.0f} in a nightly window (UTC{tz:+d})",
            "user_agent": ua,
            "languages": ["en", "zh"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites through VPN exits, churning keys on stolen cards


def reverse_packing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "reverse_packing"
    n_keys, n_orgs = irange(rng, 10, 20), irange(rng, 4, 6)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    providers = [
        str(p)
        for p in rng.choice(["m247", "leaseweb", "vultr", "linode", "ovh"], size=2, replace=False)
    ]
    exits = bb.cloud(rng, 18, providers[0]) + bb.cloud(rng, 12, providers[1])
    langs, w = _lang_mix(rng, ("zh", "en", "ru", "ar", "vi", "fa"), must="zh", k_lo=3)
    lo, hi = ctx.release - 1.0 * DAY, ctx.t1 - 0.4 * DAY
    accts, card = [], hexid(rng, "pay")
    for i in range(n_keys):
        if not chance(rng, 0.3):
            card = hexid(rng, "pay")  # a fresh stolen card, sometimes reused for the next key
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "PostmanRuntime/7.43.0",
                "OpenAI/Python 1.58.1",
                "axios/1.7.9",
            ),
        )
        a = _acct(
            ctx, rng, fam, cid, "churned_key", org=orgs[i % n_orgs], pay=card, ua=ua, ips=exits
        )
        accts.append(a)
        born = lo + (hi - lo) * (i + float(rng.uniform(0, 1))) / n_keys
        dies = min(ctx.t1, born + float(rng.uniform(0.6, 1.8)) * DAY)
        starts = bb.thinned(
            rng, born, dies, (dies - born) / HOUR * float(rng.uniform(0.6, 1.5)), bb.constant
        )
        ts = _concat(
            bb.bursts(
                rng,
                starts,
                float(rng.uniform(8, 18)),
                float(rng.uniform(4, 9)),
                gap_sigma=0.7,
                b=dies,
            )
        )
        prompts = [
            T.policy_rewrite(rng, ctx.chat, ctx.passages, lg)
            for lg in _langs_per_event(rng, len(ts), langs, w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, exits, 30 * MINUTE),
            comp_median=450.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "stolen cards, some reused across keys",
            "ip_source": f"VPN exits on {providers}",
            "pacing": "bursts; keys live 0.6-1.8 days",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts through residential proxies


def lanyard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lanyard"
    n_keys = irange(rng, 12, 24)
    n_orgs = (n_keys + 5) // 6
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    region = pick(rng, ("us", "eu", "*"))
    pool = bb.resi(rng, 220, region)
    ua = pick(
        rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "langchain/0.3.7 python-openai/1.54.0")
    )
    accts = [
        _acct(
            ctx, rng, fam, cid, "agent_runner", org=orgs[i // 6], pay=cards[i // 6], ua=ua, ips=pool
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    ep_rate = float(rng.uniform(6, 13))
    langs, w = _lang_mix(rng, ("en", "ja", "de"))
    for a, ep_starts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, ep_rate, n_keys), strict=True
    ):
        ts_l, pr_l, ip_l, ex_l = [], [], [], []
        for s in ep_starts.tolist():
            steps = irange(rng, 3, 14)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=steps - 1))]
            )
            task, style, lg, ip = (
                T.agent_task(rng),
                int(rng.integers(3)),
                pick(rng, langs),
                pick(rng, pool),
            )
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(T.agent_step(rng, task, j, style, lg))
                ip_l.append(ip)
                ex_l.append(300 + 250 * j)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ip_l,
            comp_median=220.0,
            extra=np.asarray(ex_l, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "card per org",
            "ip_source": f"residential proxy ({region}) per episode",
            "pacing": f"episodes {ep_rate:.1f}/h of 3-14 steps",
            "user_agent": ua,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets along a curriculum grid, slow and steady from a few VMs


def bifins(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bifins"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "gcp", "oracle"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(6, 14))
    langs, w = _lang_mix(rng, ("en", "es", "pt", "hi", "id"))
    offset = irange(rng, 0, 200)
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        lg = _langs_per_event(rng, len(ts), langs, w)
        prompts = [
            T.dataset_request(rng, ctx.chat, offset + i + j * n_keys, lg[j]) for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_curriculum",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"one {provider} VM per key",
            "pacing": f"steady {rate:.1f}/h per key, 24/7",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest posing as people in browsers


def free_immersion(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "free_immersion"
    n_keys = irange(rng, 20, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 5, 8))]
    lang_region = {
        "en": ("us", -5),
        "fr": ("eu", 1),
        "pt": ("latam", -3),
        "id": ("sea", 8),
        "tr": ("ru", 3),
    }
    langs, w = _lang_mix(rng, tuple(lang_region), k_lo=3)
    start = ctx.release - float(rng.uniform(0.5, 1.0)) * DAY
    turn_gap = float(rng.uniform(15, 40))
    accts = []
    for _ in range(n_keys):
        lg = langs[int(rng.choice(len(langs), p=w))]
        region, tz = lang_region[lg]
        pool = bb.resi(rng, 40, region)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_bot",
            pay=pick(rng, cards),
            ua=pick(rng, bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        ts_l, pr_l, ip_l, ex_l = [], [], [], []
        conv = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY,
            bb.evening_person(tz),
        )
        for s in conv.tolist():
            turns = irange(rng, 4, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(turn_gap), 0.5, size=turns - 1))]
            )
            ip = pick(rng, pool)
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(T.dialogue_turn(rng, ctx.chat, lg, j))
                ip_l.append(ip)
                ex_l.append(420 * j)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ip_l,
            comp_median=500.0,
            extra=np.asarray(ex_l, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "payment": f"{len(cards)} prepaid cards shared by the keys",
            "ip_source": "residential proxies matching the persona's language",
            "pacing": f"conversations of 4-12 turns, ~{turn_gap:.0f}s apart, evening curve",
            "user_agent": "desktop browsers",
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling from a phone farm


def freefall(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "freefall"
    n_keys = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]  # one stolen card per org
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    pools = [bb.mobile_v6(rng, 20, carrier) for _ in range(n_keys)]
    accts = [
        _acct(ctx, rng, fam, cid, "sampler", org=orgs[i % 2], pay=cards[i % 2], ua=ua, ips=pools[i])
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    rate = float(rng.uniform(6, 12))
    langs, w = _lang_mix(rng, ("en", "hi", "pt"))
    items = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n_keys)]
    for s in items.tolist():
        n = int(pick(rng, (4, 4, 8, 8, 16)))
        prompt = T.sample_item(rng, ctx.chat, pick(rng, langs))
        med = 120.0 if prompt.startswith("Write a ") else 40.0
        t = s + np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n))
        for tj, k in zip(t.tolist(), rng.integers(0, n_keys, size=n).tolist(), strict=True):
            per[k][0].append(tj)
            per[k][1].append(prompt)
            per[k][2].append(med)
    for i, a in enumerate(accts):
        ts = np.asarray(per[i][0])
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [per[i][1][j] for j in order.tolist()]
        comp = np.asarray(per[i][2])[order]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.6),
            ips=bb.sticky(rng, ts, pools[i], 10 * MINUTE),
            comp_median=comp,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one stolen card per org",
            "ip_source": f"phone farm ({carrier})",
            "pacing": f"{rate:.1f} items/h, each sent 4-16 times within seconds across keys",
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# code harvest from throwaway keys on cheap hosting


def monofin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "monofin"
    n_keys = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    providers = ("contabo", "vultr", "digitalocean")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            pay=pick(rng, cards),
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "python-httpx/0.28.1")),
            ips=bb.cloud(rng, 1, pick(rng, providers)),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    rate = float(rng.uniform(60, 110))
    langs, w = _lang_mix(rng, ("en", "zh", "ko"))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        prompts = [T.code_task(rng, lg) for lg in _langs_per_event(rng, len(ts), langs, w)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=800.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "keys": n_keys,
            "payment": f"{len(cards)} cards shared by throwaway orgs",
            "ip_source": "one cheap VPS per key",
            "pacing": f"worker pool {rate:.0f}/h",
            "languages": langs,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real study app's backend traffic


def safety_diver(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "safety_diver"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _acct(ctx, rng, fam, cid, "product_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.ones(n_keys) * 2.0)
    share = np.sort(share)[::-1]
    daily = float(rng.uniform(450, 750))
    curve = bb.global_load(float(rng.uniform(13, 20)), 0.6)
    users = bb.thinned(rng, ctx.t0, ctx.t1, daily * (ctx.t1 - ctx.t0) / DAY, curve)
    h_start = ctx.release + float(rng.uniform(-0.2, 0.4)) * DAY
    frac = float(rng.uniform(0.25, 0.4))
    who = rng.choice(n_keys, size=len(users), p=share)
    for i, a in enumerate(accts):
        u_ts = users[who == i]
        qs = [T.short_chat(rng, ctx.chat, 1500) for _ in range(len(u_ts))]
        ctx.emit(
            rng, a, u_ts, qs, models=ctx.models(rng, u_ts, p_new=0.3, p_mini=0.4), comp_median=330.0
        )
        sel = [j for j, t in enumerate(u_ts.tolist()) if t >= h_start and chance(rng, frac)]
        h_ts = u_ts[sel] + rng.lognormal(np.log(2.0), 0.6, size=len(sel))
        h_pr = [T.product_harvest(rng, qs[j]) for j in sel]
        ctx.emit(
            rng,
            a,
            h_ts,
            h_pr,
            models=ctx.models(rng, h_ts, p_new=0.97),
            comp_median=1000.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_keys,
            "payment": "corporate card",
            "ip_source": "aws NAT gateways of the product",
            "pacing": f"real users ~{daily:.0f}/day; {frac:.0%} re-sent as harvest",
            "user_agent": ua,
            "languages": ["en (users' own)"],
            "harvest_start": h_start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged personal accounts, driven through same-region residential proxies


def surface_protocol(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "surface_protocol"
    n = irange(rng, 25, 40)
    op_tz = pick(rng, (8, 3, 2))
    accts = []
    buy_lo = float(rng.uniform(2.4, 3.2))
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "bought_aged_account",
            ua=pick(rng, COMMON_UA),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        bought = ctx.t0 + (buy_lo + float(rng.uniform(0, 0.9))) * DAY
        # the original owner's history
        pre = bb.session_times(
            rng, ctx.t0, bought, float(rng.uniform(0.5, 2.0)), bb.evening_person(tz), 3.0, 60.0
        )
        ts = _concat(pre)
        ctx.emit(
            rng,
            a,
            ts,
            [T.short_chat(rng, ctx.chat, 1500) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2),
            comp_median=340.0,
        )
        # after the sale: proxies in the owner's region, the owner's user agent and card
        region = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        pool = bb.resi(rng, 10, region)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(op_tz)
        post = bb.session_times(
            rng, bought, ctx.t1, float(rng.uniform(2, 5)), curve, float(rng.uniform(3, 7)), 45.0
        )
        ts = _concat(post)
        ctx.emit(
            rng,
            a,
            ts,
            [T.casual_harvest(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, 40 * MINUTE),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_harvest",
            "keys": n,
            "payment": "each account's original card",
            "ip_source": "same-region residential proxies",
            "pacing": "human sessions, 2-5 a day after purchase",
            "user_agent": "owner's own",
            "operator_tz": op_tz,
            "purchase_from_day": buy_lo,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow crowd replaying public prompts


def thermocline(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "thermocline"
    n = irange(rng, 50, 80)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        carrier = _CARRIER.get(tz)
        if carrier is not None and chance(rng, 0.5):
            ips, ua = bb.mobile_v6(rng, irange(rng, 1, 3), carrier), pick(rng, bb.MOBILE[:3])
        else:
            ips, ua = bb.home(rng, irange(rng, 1, 2), tz), pick(rng, COMMON_UA)
        a = _acct(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        onboard = ctx.release + float(rng.uniform(-0.5, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 120)),
        )
        ts = _concat(sess)[: irange(rng, 8, 30)]
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]].strip())
            cursor += 1
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=420.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_crowd",
            "keys": n,
            "payment": "a different gift card per account",
            "ip_source": "carrier IPv6 or home-broadband proxies per account",
            "pacing": "8-30 requests per account in human sessions",
            "user_agent": "common SDK, browser and phone agents",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: leaked keys of small businesses, harvested at the owners' night


def valsalva(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "valsalva"
    n = irange(rng, 5, 8)
    leak = ctx.release + float(rng.uniform(-0.3, 0.8)) * DAY
    attacker_ua = "OpenAI/Python 1.54.0"
    accts = []
    for _ in range(n):
        tz = pick(rng, (-5, -3, 0, 1, 2))
        kind = pick(rng, tuple(T.BUSINESSES))
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "compromised_business_key",
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        own = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 250)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            own,
            [T.business_prompt(rng, kind, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.25),
            comp_median=250.0,
        )
        got = leak + float(rng.uniform(0, 0.4)) * DAY
        region = bb.ipspace.REGION_OF_TZ.get(tz, ("us",))[0]
        pool = bb.resi(rng, 20, region)
        night = bb.nightly(float(rng.uniform(19, 21.5)), float(rng.uniform(9, 12)), tz)
        rate = float(rng.uniform(3, 8))
        ts = bb.thinned(rng, got, ctx.t1, rate * (ctx.t1 - got) / HOUR * 0.45, night)
        ctx.emit(
            rng,
            a,
            ts,
            [T.translation_harvest(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.95),
            ips=bb.sticky(rng, ts, pool, 20 * MINUTE),
            ua=attacker_ua,
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "compromised_key_translation_harvest",
            "keys": n,
            "payment": "the victims' own cards",
            "ip_source": "residential proxies in the victim's region",
            "pacing": "off-hours of each victim, from the leak on",
            "user_agent": attacker_ua,
            "leak_ts": leak,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "frenzel": frenzel,
    "mouthfill": mouthfill,
    "reverse_packing": reverse_packing,
    "lanyard": lanyard,
    "bifins": bifins,
    "free_immersion": free_immersion,
    "freefall": freefall,
    "monofin": monofin,
    "safety_diver": safety_diver,
    "surface_protocol": surface_protocol,
    "thermocline": thermocline,
    "valsalva": valsalva,
}
