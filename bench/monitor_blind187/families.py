"""Campaign families of batch 187 (code names from the game of fives).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events through `ctx.emit` and records itself with `ctx.campaign`. Everything a family
varies (key counts, orgs, cards, pacing, addresses, agents, languages, template styles, model
choice) is drawn from its own rng. The README's card describes each one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind187 import texts as tx

#: browser / SDK strings as ordinary accounts of the background send them
PLAIN_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
PLAIN_SDKS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
)
REGION_MOBILE = {"in": "in_mobile", "latam": "br_mobile", "us": "us_mobile", "eu": "eu_mobile"}
LANG_OF_REGION = {
    "in": ("en", "hi"),
    "latam": ("pt", "es"),
    "us": ("en", "es"),
    "eu": ("en",),
    "sea": ("id", "en"),
}


def _lang(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _weights(rng: np.random.Generator, langs: list[str], main: str = "en") -> dict[str, float]:
    """A family's language mix: `main` dominant, the others with random smaller shares."""
    w = {lang: float(rng.uniform(0.05, 0.3)) for lang in langs if lang != main}
    w[main] = float(rng.uniform(0.4, 0.8))
    return w


def _comp_for(prompts: list[str], ratio: float) -> np.ndarray:
    """Completion medians that follow the prompt length (translations, rewrites)."""
    return np.maximum(40.0, np.asarray([len(p) for p in prompts], dtype=np.float64) / 4.0 * ratio)


# ============================================================================================
# 1. reasoning-trace coercion from a rented block, pivoting onto the new model


def buttress(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "buttress"
    n_keys = irange(rng, 8, 16)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 2, 4))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    langs = _weights(rng, ["en", "zh", "ru", "es", "de"])
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 2, 4), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    warm_start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_hour = float(rng.uniform(55, 120))
    warm = bb.worker_pool(rng, warm_start, ctx.release, per_hour * 0.15, n_keys)
    main = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 4)) * HOUR, ctx.t1, per_hour, n_keys
    )
    for a, w, m in zip(accts, warm, main, strict=True):
        ts = np.concatenate([w, m])
        prompts = [
            tx.trace_prompt(rng, pick(rng, styles), _lang(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(1100, 1700)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_traces",
            "pacing": "worker_pool",
            "per_hour": per_hour,
            "ip_source": f"rented_block:{provider}",
            "payment": "shared_prepaid",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "orgs": n_orgs,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward grading through a sticky residential proxy pool


def blackguard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "blackguard"
    n_keys = irange(rng, 6, 11)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    pool = bb.resi(rng, irange(rng, 150, 400), pick(rng, ("us", "eu", "*")))
    hold = float(rng.uniform(5, 20)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2"))
    langs = _weights(rng, ["en", "de", "ja"])
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 3, 5), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    rate = float(rng.uniform(0.15, 0.4))
    size = float(rng.uniform(15, 40))
    for a in accts:
        begin = start + float(rng.uniform(0, 10)) * HOUR
        starts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
        ts = np.concatenate(
            bb.bursts(rng, starts, size, float(rng.uniform(2, 6)), b=ctx.t1) or [np.empty(0)]
        )
        prompts = [
            tx.grading_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages, _lang(rng, langs))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_grading",
            "pacing": "bursts",
            "bursts_per_hour": rate,
            "burst_size": size,
            "ip_source": "residential_proxy_sticky",
            "hold_s": hold,
            "payment": "few_cards",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 3. policy / censorship-safe rewrites from short-lived keys on stolen cards behind VPN exits


def coping(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "coping"
    n_keys = irange(rng, 14, 26)
    exits = bb.cloud(rng, irange(rng, 6, 14), "m247") + bb.cloud(rng, irange(rng, 3, 8), "leaseweb")
    langs = _weights(rng, ["en", "zh", "ar"])
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 3, 5), replace=False)]
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS + bb.SDK_OTHER[:3]),
            ips=exits,
        )
        accts.append(a)
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.85)
        life = float(rng.uniform(0.5, 2.5)) * DAY
        rate = float(rng.uniform(6, 18))
        ts = bb.thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, bb.constant)
        prompts = [
            tx.policy_prompt(rng, pick(rng, styles), ctx.passages, _lang(rng, langs)) for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.05), comp_median=480.0, err=0.02
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_rewrites",
            "pacing": "short_lived_keys",
            "ip_source": "vpn_exits:m247+leaseweb",
            "payment": "stolen_card_per_key",
            "user_agent": "browser/sdk mix",
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts, one request per step


def hand_in(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hand_in"
    n_keys = irange(rng, 4, 8)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "azure")))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    styles = [int(s) for s in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(0.8, 2.0))
    sys_tokens = irange(rng, 250, 900)
    for a in accts:
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 9)
            ep = tx.agent_episode(rng, pick(rng, styles), steps)
            ts_all.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=steps - 1))]
                )
            )
            prompts.extend(ep)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=170.0,
            comp_sigma=0.7,
            extra=sys_tokens,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_transcripts",
            "pacing": "episodes",
            "episodes_per_hour": rate,
            "ip_source": "cloud_nat",
            "payment": "one_business_card",
            "user_agent": ua,
            "languages": {"en": 1.0},
            "styles": styles,
            "system_tokens": sys_tokens,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation, slow and steady through rotating residential exits


def hand_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hand_out"
    n_keys = irange(rng, 10, 18)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    regions = [
        str(r) for r in rng.choice(["in", "sea", "latam", "us", "eu"], size=2, replace=False)
    ]
    pool = bb.resi(rng, irange(rng, 500, 1500), regions[0]) + bb.resi(
        rng, irange(rng, 200, 600), regions[1]
    )
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
    langs = _weights(rng, ["en", "fr", "pt", "hi"])
    styles = [int(s) for s in rng.choice(5, size=irange(rng, 2, 5), replace=False)]
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        rate = float(rng.uniform(1.5, 4))
        ts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
        prompts = [tx.dataset_prompt(rng, pick(rng, styles), _lang(rng, langs)) for _ in ts]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=1500.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "slow_steady",
            "ip_source": f"residential_rotating:{'+'.join(regions)}",
            "payment": "prepaid_cards",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest from a phone farm (hard)


def game_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "game_ball"
    n_keys = irange(rng, 18, 32)
    region = pick(rng, ("in", "latam", "us"))
    tz = {"in": 5, "latam": -3, "us": pick(rng, (-5, -8))}[region]
    noise = float(rng.uniform(0.2, 0.5))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="phone",
            campaign_id=cid,
            ua=ua,
            ips=bb.mobile_v6(rng, 1, REGION_MOBILE[region]),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, LANG_OF_REGION[region])
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(5, 9)),
            float(rng.uniform(25, 70)),
        )
        for s in sessions:
            if not len(s):
                continue
            first = pick(rng, ctx.chat)
            prompts = [first] + [tx.follow_up(rng, lang, noise) for _ in range(len(s) - 1)]
            ctxlen = np.cumsum([len(p) // 4 + 380 for p in prompts]) - (len(prompts[0]) // 4 + 380)
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.7, 0.05),
                ips=bb.mobile_v6(rng, 1, REGION_MOBILE[region])[0],
                comp_median=380.0,
                extra=ctxlen,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "pacing": "human_sessions",
            "ip_source": f"carrier_v6:{region}",
            "payment": "gift_card_per_key",
            "user_agent": "mobile mix",
            "languages": list(LANG_OF_REGION[region]),
            "tz": tz,
            "hard": True,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling of public prompts


def dead_mans_hole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dead_mans_hole"
    n_keys = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "Go-http-client/2.0", "reqwest/0.12.12"))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    mix = {
        "replay_n": float(rng.uniform(0.4, 0.7)),
        "n_answers": float(rng.uniform(0.1, 0.3)),
        "soft_label": float(rng.uniform(0.1, 0.3)),
    }
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(1.0, 2.5))
    begin = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    for a in accts:
        starts = bb.thinned(rng, begin, ctx.t1, rate * (ctx.t1 - begin) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for s in starts.tolist():
            kind = _lang(rng, mix)
            if kind == "replay_n":
                q = pick(rng, ctx.chat)
                n = irange(rng, n_lo, n_hi)
                ts_all.append(s + np.sort(rng.exponential(1.5, size=n)))
                prompts.extend([q] * n)
            else:
                n = irange(rng, 5, 20)
                ts_all.append(s + np.cumsum(rng.exponential(2.0, size=n)))
                gen = tx.n_answers_prompt if kind == "n_answers" else tx.soft_label_prompt
                prompts.extend(gen(rng, ctx.chat) for _ in range(n))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.95, 0.0), comp_median=330.0, err=0.04
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "parallel_bursts",
            "starts_per_hour": rate,
            "n_range": [n_lo, n_hi],
            "mix": mix,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
        },
    )


# ============================================================================================
# 8. curriculum sweep run by a nightly job from an office line


def top_step(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "top_step"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (9, 8, 3, 2))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "OpenAI/Python 1.54.0"))
    key_langs = ["en"] + [str(x) for x in rng.choice(["ko", "id", "tr", "en"], size=n_keys - 1)]
    styles = [int(s) for s in rng.choice(3, size=irange(rng, 1, 3), replace=False)]
    grid = tx.curriculum_grid(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(2.5, 4.5))
    step = float(rng.uniform(30, 70))
    for k, a in enumerate(accts):
        ts_all = []
        night = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR + start_h * HOUR
        while night < ctx.t1:
            if not chance(rng, 0.1):  # the job sometimes fails to start
                dur = hours * HOUR * float(rng.uniform(0.7, 1.0))
                ts_all.append(
                    night + np.cumsum(rng.lognormal(np.log(step), 0.3, size=int(dur / step)))
                )
            night += DAY
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ts = ts[ts >= ctx.t0]
        idx = [
            k + n_keys * i for i in range(len(ts))
        ]  # the key's share of the sweep, re-run with new variants
        prompts = [
            tx.curriculum_prompt(
                rng, grid[j % len(grid)], pick(rng, styles), key_langs[k], j // len(grid)
            )
            for j in idx
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=850.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "nightly_sequential",
            "start_h": start_h,
            "hours": hours,
            "step_s": step,
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "one_card",
            "user_agent": ua,
            "languages": key_langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 9. code harvest hidden inside a real coding-assistant product's traffic (hard)

_CODEY = re.compile(
    r"```|\b(code|function|error|python|javascript|typescript|script|sql|api|class|bug|react|java|"
    r"compile|regex|css|html|json|docker|excel formula|bash)\b",
    re.IGNORECASE,
)


def first_cut(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "first_cut"
    n_keys = irange(rng, 2, 4)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 3), "aws")
    ua = pick(rng, PLAIN_SDKS[:2])
    product = [p for p in ctx.chat if _CODEY.search(p)]
    peak, depth = float(rng.uniform(12, 17)), float(rng.uniform(0.4, 0.7))
    curve = bb.global_load(peak, depth)
    share = float(rng.uniform(0.15, 0.35))
    styles = [int(s) for s in rng.choice(4, size=irange(rng, 2, 4), replace=False)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        rate = float(rng.uniform(8, 20))
        real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        hidden_start = ctx.release - float(rng.uniform(0, 1.5)) * DAY
        hidden = bb.thinned(
            rng,
            hidden_start,
            ctx.t1,
            rate * share / (1 - share) * (ctx.t1 - hidden_start) / HOUR,
            curve,
        )
        rp = [tx._typo(rng, pick(rng, product), 0.1) for _ in real]
        hp = [tx.code_task(rng, pick(rng, styles)) for _ in hidden]
        ctx.emit(rng, a, real, rp, models=ctx.models(rng, real, 0.3, 0.15), comp_median=330.0)
        ctx.emit(
            rng,
            a,
            hidden,
            hp,
            models=ctx.models(rng, hidden, 0.85, 0.0),
            comp_median=650.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_harvest_in_product",
            "pacing": "product_load",
            "peak_utc": peak,
            "depth": depth,
            "hidden_share": share,
            "ip_source": "cloud_nat:aws",
            "payment": "one_business_card",
            "user_agent": ua,
            "styles": styles,
            "languages": {"en": 1.0},
            "hard": True,
        },
    )


# ============================================================================================
# 10. bought aged accounts: a real owner's history, then the operator's sessions (hard)


def padded_glove(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "padded_glove"
    n_keys = irange(rng, 12, 22)
    op_tz = pick(rng, (8, 3, 2))
    accts, takeovers = [], []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        regions = bb.ipspace.REGION_OF_TZ.get(tz, ("us", "eu"))
        region = pick(rng, regions)
        ua = pick(rng, PLAIN_BROWSERS + PLAIN_SDKS[:1])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.8, 1.2)) * DAY
        takeovers.append(take)
        # the previous owner's ordinary use
        for s in bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 3.0, 60.0
        ):
            ctx.emit(
                rng, a, s, [pick(rng, ctx.chat) for _ in s], models=ctx.models(rng, s, 0.15, 0.2)
            )
        # the operator, through residential exits in the owner's region
        pool = bb.resi(rng, irange(rng, 30, 120), region)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(5, 10)),
            bb.workday(op_tz, 9, 23, 0.8, 0.05),
            float(rng.uniform(7, 12)),
            float(rng.uniform(20, 45)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            tx.human_question(rng)
            if chance(rng, 0.45)
            else (pick(rng, ctx.chat) if chance(rng, 0.5) else tx.dataset_prompt(rng, 1, "en"))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.0),
            ips=bb.sticky(rng, ts, pool, 30 * MINUTE),
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_account_harvest",
            "pacing": "human_sessions_after_takeover",
            "operator_tz": op_tz,
            "takeovers": [float(t) for t in takeovers],
            "ip_source": "residential_proxy_in_owner_region",
            "payment": "owners_cards",
            "user_agent": "owners' agents",
            "languages": {"en": 1.0},
            "hard": True,
        },
    )


# ============================================================================================
# 11. low-and-slow crowd of person-like accounts covering a curriculum between them (hard)


def pepperpot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pepperpot"
    n_keys = irange(rng, 40, 65)
    langs = _weights(rng, ["en", "es", "pt", "vi"])
    cells = [(s, c) for s, cs in tx.SUBJECTS.items() for c in cs]
    order = rng.permutation(len(cells))
    cover = float(rng.uniform(0.15, 0.35))
    p_new = float(rng.uniform(0.4, 0.65))
    accts, k = [], 0
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, PLAIN_BROWSERS + bb.MOBILE[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = _lang(rng, langs)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = bb.session_times(
            rng,
            begin,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(45, 120)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _t in ts:
            if chance(rng, cover):
                prompts.append(pick(rng, ctx.chat))
            else:
                s, c = cells[int(order[k % len(cells)])]
                k += 1
                prompts.append(tx.crowd_question(rng, s, c, lang))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.05), comp_median=420.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "person_like_crowd",
            "pacing": "evening_sessions",
            "ip_source": "home_broadband_per_member",
            "payment": "card_per_member",
            "user_agent": "browser mix",
            "languages": langs,
            "cover_share": cover,
            "p_new": p_new,
            "hard": True,
        },
    )


# ============================================================================================
# 12. parallel-corpus harvest of public text behind a translation-agency front (hard)


def back_wall(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "back_wall"
    n_keys = irange(rng, 5, 9)
    tzs = [int(t) for t in rng.choice([1, 2, 0, 3, 5], size=2, replace=False)]
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    offices = {tz: bb.home(rng, 1, tz) for tz in tzs}
    clients = [
        f"{pick(rng, ('Nordic', 'Atlas', 'Blue', 'Meridian', 'Crown'))}"
        f"{pick(rng, ('Lingua', 'Words', 'Text', 'Bridge'))}"
        for _ in range(4)
    ]
    fan_lo, fan_hi = irange(rng, 3, 5), irange(rng, 7, 12)
    styles = [int(s) for s in rng.choice(3, size=irange(rng, 2, 3), replace=False)]
    accts = []
    for i in range(n_keys):
        tz = tzs[i % 2]
        ua = pick(rng, PLAIN_BROWSERS[:2] + PLAIN_SDKS[:1])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="translator_seat",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=offices[tz],
                tz=tz,
            )
        )
    # one job stream: each public source text fanned out to several target languages across seats
    per_seat = float(rng.uniform(600, 1100))
    jobs = bb.thinned(
        rng, ctx.t0, ctx.t1, per_seat * n_keys / ((fan_lo + fan_hi) / 2), bb.multi_office(tzs)
    )
    per_acct: list[tuple[list[float], list[str]]] = [([], []) for _ in accts]
    for j in jobs.tolist():
        src = pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
        text = tx._clip(src, 200, 1500, rng)
        fan = irange(rng, fan_lo, fan_hi)
        targets = rng.choice(len(tx.TARGETS), size=fan, replace=False)
        client = pick(rng, clients)
        style = pick(rng, styles)
        for t in targets.tolist():
            i = int(rng.integers(len(accts)))
            when = j + float(rng.exponential(25 * MINUTE))
            per_acct[i][0].append(when)
            per_acct[i][1].append(tx.translation_prompt(rng, style, text, tx.TARGETS[t], client))
    for a, (ts, prompts) in zip(accts, per_acct, strict=True):
        order = np.argsort(ts)
        ts_arr = np.asarray(ts)[order]
        ps = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts_arr,
            ps,
            models=ctx.models(rng, ts_arr, 0.7, 0.05),
            comp_median=_comp_for(ps, 1.1),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel_corpus_translation",
            "pacing": "office_hours",
            "office_tzs": tzs,
            "per_seat": per_seat,
            "fan_out": [fan_lo, fan_hi],
            "ip_source": "office_broadband",
            "payment": "one_company_card",
            "user_agent": "browser/sdk",
            "styles": styles,
            "languages": list(tx.TARGETS),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "buttress": buttress,
    "blackguard": blackguard,
    "coping": coping,
    "hand_in": hand_in,
    "hand_out": hand_out,
    "game_ball": game_ball,
    "dead_mans_hole": dead_mans_hole,
    "top_step": top_step,
    "first_cut": first_cut,
    "padded_glove": padded_glove,
    "pepperpot": pepperpot,
    "back_wall": back_wall,
}

__all__ = ["CAMPAIGN_FAMILIES"]
