"""Campaign families of blind batch 301 (code names from dowsing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts, draws their traffic and records
the campaign. Everything is drawn from the family's own generator, in a fixed order (no set is
walked). Four families (`brass_pendulum`, `blind_spring`, `rhabdomancy`, `ideomotor`) are built to
look like legitimate use; the card in README.md says how.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind301 import texts as tx

Rng = np.random.Generator

#: user agents exactly as ordinary background traffic spells them (what a careful operator copies)
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
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_UA_WEIGHTS = (0.55, 0.12, 0.05, 0.02, 0.15, 0.08, 0.01, 0.01, 0.01)


def bg_ua(rng: Rng) -> str:
    """A user agent drawn roughly as often as the background uses it."""
    return tx.wpick(rng, BG_SDK + BG_BROWSER, BG_UA_WEIGHTS)


def _worker(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str = "worker", **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _after(ctx: Ctx, pre: float) -> Callable[[np.ndarray], np.ndarray]:
    """Full rate once the new model is out, `pre` of it before."""
    rel = ctx.release

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) < rel, pre, 1.0)

    return f


def _times(curve_a: Callable, curve_b: Callable) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return curve_a(ts) * curve_b(ts)

    return f


# ============================================================================================
# 1. reasoning-trace coercion from rented servers


def divining_rod(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "divining_rod"
    n_keys, n_orgs = irange(rng, 7, 15), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    card_mode = pick(rng, ("one_prepaid", "per_org", "per_key"))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    shared_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.3)
    langs = ("en", "zh", "es", "de", "ru")
    lw = rng.dirichlet([4.0, 2.0, 1.0, 1.0, 1.0])
    styles = ("tags", "coach", "json", "verify")
    sw = rng.dirichlet(np.ones(4))
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        pay = (
            cards[0] if card_mode == "one_prepaid" else cards[o] if card_mode == "per_org" else None
        )
        accts.append(
            _worker(
                ctx,
                rng,
                fam,
                cid,
                org=orgs[o],
                pay=pay,
                ua=ua0 if shared_ua else bb.sdk_ua(rng, 0.3),
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = ctx.t0 + float(rng.uniform(0.8, 3.5)) * DAY
    rate, pre = float(rng.uniform(30, 65)), float(rng.uniform(0.15, 0.5))
    comp = float(rng.uniform(1100, 2200))
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys, _after(ctx, pre))
    for a, ts in zip(accts, streams, strict=True):
        n = len(ts)
        prompts = [
            tx.reasoning_harvest(rng, lg, st)
            for lg, st in zip(
                tx.wpicks(rng, langs, lw, n), tx.wpicks(rng, styles, sw, n), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "rate_per_hour": rate,
            "pre_release_share": pre,
            "ip_source": f"hosting:{provider}",
            "payment": card_mode,
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": "shared" if shared_ua else "per_key",
            "languages": list(langs),
            "language_weights": [float(x) for x in lw],
            "styles": list(styles),
            "start": start,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in nightly bursts


def witching_stick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "witching_stick"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 6), provider)
    tz = pick(rng, TZS)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs, lw = ("en", "fr", "ja"), rng.dirichlet([6.0, 1.0, 1.0])
    styles, sw = ("rubric", "pair", "reward", "critique"), rng.dirichlet(np.ones(4))
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    per_day, size = float(rng.uniform(0.8, 2.0)), float(rng.uniform(30, 70))
    accts = []
    for _ in range(n_keys):
        a = _worker(
            ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=picks(rng, ips, irange(rng, 1, 2))
        )
        accts.append(a)
        starts = bb.thinned(
            rng, ctx.t0 + DAY, ctx.t1, per_day * 6, bb.nightly(night_start, night_len, tz)
        )
        ts = np.sort(
            np.concatenate(
                [np.empty(0)] + bb.bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)))
            )
        )
        n = len(ts)
        prompts = [
            tx.judge_harvest(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(
                tx.wpicks(rng, langs, lw, n), tx.wpicks(rng, styles, sw, n), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            comp_median=float(rng.uniform(150, 320)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "nightly_bursts",
            "bursts_per_key_day": per_day,
            "burst_size": size,
            "night_start_local": night_start,
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "one_corporate_card",
            "keys": n_keys,
            "user_agent": ua,
            "languages": list(langs),
            "styles": list(styles),
        },
    )


# ============================================================================================
# 3. policy-compliant rewrites from throwaway trial keys behind VPN exits


def hazel_fork(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hazel_fork"
    n_keys = irange(rng, 14, 28)
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "m247"))
    exits = bb.cloud(rng, irange(rng, 12, 30), vpn)
    langs, lw = ("zh", "ru", "ar", "en"), rng.dirichlet([3.0, 2.0, 1.0, 3.0])
    styles, sw = ("sanitise", "safe", "pair", "soften"), rng.dirichlet(np.ones(4))
    accts = []
    for _ in range(n_keys):
        a = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="trial_key",
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0")),
            ips=picks(rng, exits, irange(rng, 2, 5)),
        )
        accts.append(a)
        born = ctx.t0 + float(rng.uniform(0.3, 6.3)) * DAY
        life = float(rng.uniform(0.3, 1.5)) * DAY
        ts = bb.thinned(
            rng,
            born,
            min(ctx.t1, born + life),
            float(rng.uniform(5, 15)) * life / HOUR,
            bb.constant,
        )
        n = len(ts)
        prompts = [
            tx.policy_harvest(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(
                tx.wpicks(rng, langs, lw, n), tx.wpicks(rng, styles, sw, n), strict=True
            )
        ]
        # a stolen card is declined near the end of a key's life
        status = np.where(rng.random(n) < 0.03, 429, 200)
        if n > 5 and chance(rng, 0.5):
            status[-irange(rng, 1, 4) :] = 402
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.05),
            comp_median=float(rng.uniform(300, 600)),
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "short_lived_keys_poisson",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "stolen_card_per_key",
            "keys": n_keys,
            "languages": list(langs),
            "styles": list(styles),
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories


def aurameter(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "aurameter"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "langchain-openai/0.3.6"))
    styles, sw = ("functions", "react", "xml"), rng.dirichlet(np.ones(3) * 2)
    rate = float(rng.uniform(1.5, 3.5))
    load = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    accts = []
    for _ in range(n_keys):
        a = _worker(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(a)
        # one trajectory = a chain of steps a few seconds apart
        starts = bb.thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, _times(load, _after(ctx, 0.4))
        )
        ts = np.sort(np.concatenate([np.empty(0)] + bb.bursts(rng, starts, 4.0, 6.0, 0.6)))
        n = len(ts)
        prompts = [tx.agent_harvest(rng, st) for st in tx.wpicks(rng, styles, sw, n)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=float(rng.uniform(160, 320)),
            extra=rng.integers(200, 1500, size=n),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "trajectory_chains_poisson",
            "chains_per_key_hour": rate,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["en"],
            "styles": list(styles),
            "start": start,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation at a slow steady rate


def water_witcher(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "water_witcher"
    n_keys = irange(rng, 2, 4)
    card = hexid(rng, "pay")
    langs, lw = ("en", "pt", "id", "vi"), rng.dirichlet([5.0, 1.5, 1.5, 1.0])
    styles, sw = ("jsonl", "exam", "persona", "self_instruct"), rng.dirichlet(np.ones(4))
    accts = []
    rates = []
    for _ in range(n_keys):
        provider = pick(rng, ("aws", "gcp", "azure", "hetzner"))
        a = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="generator",
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        rate = float(rng.uniform(5, 11))
        rates.append(rate)
        # rate-limited client: near-regular spacing with a little jitter
        gap = HOUR / rate
        ts = (
            ctx.t0
            + float(rng.uniform(0, 1.0)) * DAY
            + np.cumsum(rng.gamma(8.0, gap / 8.0, size=int(7 * 24 * rate)))
        )
        ts = ts[ts < ctx.t1]
        n = len(ts)
        prompts = [
            tx.synth_harvest(rng, lg, st)
            for lg, st in zip(
                tx.wpicks(rng, langs, lw, n), tx.wpicks(rng, styles, sw, n), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(1800, 3000)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "slow_steady_rate_limited",
            "rates_per_hour": rates,
            "ip_source": "one_cloud_vm_per_key",
            "payment": "one_card_separate_orgs",
            "keys": n_keys,
            "languages": list(langs),
            "styles": list(styles),
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest through a residential proxy pool


def ley_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ley_line"
    n_keys = irange(rng, 8, 15)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 80, 200), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    persona_p = float(rng.uniform(0.2, 0.7))
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    accts = []
    for k in range(n_keys):
        a = _worker(
            ctx, rng, fam, cid, pay=cards[k % len(cards)], ua=pick(rng, bb.BROWSERS), ips=pool
        )
        accts.append(a)
        per_day = float(rng.uniform(6, 14))
        convs = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts_all, prompts, extra = [], [], []
        for s in convs.tolist():
            turns = irange(rng, 4, 12)
            gaps = rng.lognormal(np.log(float(rng.uniform(25, 60))), 0.5, size=turns - 1)
            t = s + np.concatenate([[0.0], np.cumsum(gaps)])
            opener = tx.clip(pick(rng, ctx.chat), 800)
            persona = pick(rng, tx.PERSONAS) if chance(rng, persona_p) else None
            ctxlen = 0
            for i, ti in enumerate(t.tolist()):
                p = tx.dialogue_turn(rng, ctx.chat, opener, i, persona)
                ts_all.append(ti)
                prompts.append(p)
                extra.append(ctxlen)
                ctxlen += len(p) // 4 + int(rng.uniform(250, 600))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 600)),
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversation_chains",
            "ip_source": f"residential_proxy:{region}",
            "sticky_minutes": hold / MINUTE,
            "payment": f"{len(cards)}_prepaid_cards_round_robin",
            "keys": n_keys,
            "user_agent": "browser_strings",
            "languages": ["en", "sharegpt_mixed"],
            "start": start,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling


def map_dowser(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "map_dowser"
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("ovh", "scaleway", "hetzner", "alibaba"))
    pool = bb.rented_block(rng, provider, 1, irange(rng, 4, 10))
    modes, mw = ("best_of_n", "sentiment", "nli", "topic"), rng.dirichlet([3.0, 1.0, 1.0, 1.0])
    ua = bb.sdk_ua(rng, 0.5)
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    per_hour, n_mean = float(rng.uniform(0.8, 2.0)), float(rng.uniform(4, 10))
    accts = []
    for _ in range(n_keys):
        a = _worker(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=picks(rng, pool, 2))
        accts.append(a)
        starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        ts_l, prompts, comp = [], [], []
        for s in starts.tolist():
            mode = tx.wpick(rng, modes, mw)
            p = tx.softlabel_harvest(rng, ctx.chat, ctx.passages, mode)
            k = max(2, int(rng.poisson(n_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k - 1))])
            ts_l.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([380.0 if mode == "best_of_n" else 40.0] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=np.asarray(comp),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_label_sampling",
            "pacing": "repeat_bursts",
            "bursts_per_key_hour": per_hour,
            "samples_mean": n_mean,
            "ip_source": f"hosting:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "modes": list(modes),
            "mode_weights": [float(x) for x in mw],
            "start": start,
        },
    )


# ============================================================================================
# 8. code and translation curriculum sweep in stages


def forked_twig(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "forked_twig"
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    code_share = float(rng.uniform(0.5, 0.85))
    cstyles, cw = ("leveled", "port", "tests"), rng.dirichlet(np.ones(3))
    accts = []
    for k in range(n_keys):
        provider = pick(rng, ("aws", "azure", "gcp", "oracle", "tencent"))
        accts.append(
            _worker(
                ctx,
                rng,
                fam,
                cid,
                org=orgs[k % n_orgs],
                pay=cards[k % n_orgs],
                ua=pick(rng, ("litellm/1.60.2", "aiohttp/3.11.11", "dspy/2.6.3 litellm/1.60.2")),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    # five stages, each a few-hour sweep at one level / one target language, spread over the week
    stage_starts = np.sort(rng.uniform(ctx.t0 + 1.0 * DAY, ctx.t1 - 0.4 * DAY, size=5))
    stage_rate = float(rng.uniform(60, 120))
    tlangs = [tx.HUMAN_LANGS[i] for i in rng.permutation(len(tx.HUMAN_LANGS))[:5].tolist()]
    per_key: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    for level, s in enumerate(stage_starts.tolist(), start=1):
        dur = float(rng.uniform(3, 8)) * HOUR
        streams = bb.worker_pool(rng, s, s + dur, stage_rate, n_keys)
        for i, ts in enumerate(streams):
            for t in ts.tolist():
                if chance(rng, code_share):
                    p = tx.code_harvest(rng, level, tx.wpick(rng, cstyles, cw))
                else:
                    p = tx.translation_harvest(
                        rng, ctx.passages, tlangs[level - 1], pick(rng, ("plain", "notes"))
                    )
                per_key[i][0].append(t)
                per_key[i][1].append(p)
    for a, (tl, pl) in zip(accts, per_key, strict=True):
        ts = np.asarray(tl)
        ctx.emit(
            rng,
            a,
            ts,
            pl,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=float(rng.uniform(700, 1300)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_and_translation_curriculum",
            "pacing": "staged_sweeps",
            "stage_rate_per_hour": stage_rate,
            "stage_starts": [float(x) for x in stage_starts],
            "code_share": code_share,
            "translation_targets": tlangs,
            "ip_source": "mixed_clouds_per_key",
            "payment": "card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden in a real product's traffic


def brass_pendulum(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "brass_pendulum"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 3, 8), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _worker(ctx, rng, fam, cid, role="product_backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    share = rng.dirichlet(np.ones(n_keys) * 2)
    rate = float(rng.uniform(15, 35))
    load = bb.global_load(float(rng.uniform(12, 22)), float(rng.uniform(0.4, 0.7)))
    user_ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
    who = rng.choice(n_keys, size=len(user_ts), p=share)
    users = [tx.product_user(rng, ctx.chat) for _ in range(len(user_ts))]
    frac_after, frac_before = float(rng.uniform(0.2, 0.4)), float(rng.uniform(0.0, 0.06))
    delay_med = float(rng.uniform(20, 120)) * MINUTE
    sfx_w = rng.dirichlet(np.ones(len(tx.TEACHER_SUFFIXES)))
    harvest_key = int(rng.integers(n_keys))
    same_key_p = float(rng.uniform(0.3, 0.9))
    for i, a in enumerate(accts):
        sel = who == i
        ts = user_ts[sel]
        prompts = [users[j] for j in np.flatnonzero(sel).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.3),
            comp_median=350.0,
            comp_sigma=0.6,
        )
    # re-send a share of the users' prompts later, with a teacher suffix, to the new model
    h_ts, h_p, h_key = [], [], []
    for j, t in enumerate(user_ts.tolist()):
        frac = frac_after if t >= ctx.release - 0.5 * DAY else frac_before
        if chance(rng, frac):
            h_ts.append(t + float(rng.lognormal(np.log(delay_med), 0.7)))
            h_p.append(tx.product_teacher(rng, users[j], sfx_w))
            h_key.append(int(who[j]) if chance(rng, same_key_p) else harvest_key)
    h_ts_a, h_key_a = np.asarray(h_ts), np.asarray(h_key, dtype=np.int64)
    for i, a in enumerate(accts):
        sel = h_key_a == i
        ts = h_ts_a[sel]
        prompts = [h_p[j] for j in np.flatnonzero(sel).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_real_product",
            "pacing": "product_global_load_plus_delayed_replays",
            "product_rate_per_hour": rate,
            "teacher_share_after_release": frac_after,
            "teacher_share_before": frac_before,
            "replay_delay_median_min": delay_med / MINUTE,
            "ip_source": "aws_nat_gateways",
            "payment": "corporate_card",
            "keys": n_keys,
            "user_agent": ua,
            "languages": ["sharegpt_mixed"],
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: bought aged accounts, organic history, then quiet harvest from their home region


def blind_spring(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "blind_spring"
    n_acc = irange(rng, 14, 26)
    keep_ua_p = float(rng.uniform(0.5, 0.9))
    accts = []
    takeovers = []
    for _ in range(n_acc):
        tz = pick(rng, TZS)
        ua = bg_ua(rng)
        a = _worker(ctx, rng, fam, cid, role="aged_account", ua=ua, ips=bb.home(rng, 1, tz), tz=tz)
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.0, 0.8)) * DAY
        takeovers.append(take)
        # the previous owner's ordinary use
        sess = bb.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.8, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(2, 4)),
            float(rng.uniform(60, 200)),
        )
        ts = np.sort(np.concatenate([np.empty(0)] + sess))
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.15, 0.17),
        )
        # the operator: same region through a residential proxy, person-like sessions
        proxy = bb.home(rng, irange(rng, 3, 6), tz)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.5, 7)),
            curve,
            float(rng.uniform(5, 11)),
            float(rng.uniform(40, 100)),
        )
        ts = np.sort(np.concatenate([np.empty(0)] + sess))
        h_ua = ua if chance(rng, keep_ua_p) else pick(rng, BG_SDK)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.aged_harvest(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.8, 0.02),
            ips=bb.sticky(rng, ts, proxy, float(rng.uniform(1, 4)) * HOUR),
            ua=h_ua,
            comp_median=float(rng.uniform(600, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_topic_curriculum",
            "pacing": "human_sessions_after_takeover",
            "takeover_ts": takeovers,
            "ip_source": "home_ip_then_same_region_residential_proxy",
            "payment": "each_account_own_card",
            "keys": n_acc,
            "keep_ua_share": keep_ua_p,
            "languages": ["en"],
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: low-and-slow person-like crowd of fresh accounts


CROWD_REGIONS = (  # (tz, languages, weights)
    (-5, ("en", "es"), (0.85, 0.15)),
    (-8, ("en", "es"), (0.8, 0.2)),
    (-3, ("pt", "es"), (0.6, 0.4)),
    (0, ("en",), (1.0,)),
    (1, ("en", "es"), (0.7, 0.3)),
    (8, ("id", "en"), (0.7, 0.3)),
    (5, ("en",), (1.0,)),
)


def rhabdomancy(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rhabdomancy"
    n_acc = irange(rng, 30, 55)
    pooled_cards = chance(rng, 0.5)
    pool = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    rw = rng.dirichlet(np.ones(len(CROWD_REGIONS)) * 2)
    phone_p = float(rng.uniform(0.05, 0.2))
    accts = []
    for _ in range(n_acc):
        tz, langs, lw = tx.wpick(rng, CROWD_REGIONS, rw)
        phone = chance(rng, phone_p)
        ua = pick(rng, bb.MOBILE[:3]) if phone else pick(rng, BG_BROWSER[:2] + BG_BROWSER[4:])
        ips = (
            bb.mobile_v6(rng, irange(rng, 3, 8), "us_mobile" if tz < 0 else "eu_mobile")
            if phone
            else bb.home(rng, irange(rng, 1, 2), tz)
        )
        a = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="crowd_member",
            pay=pick(rng, pool) if pooled_cards else None,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        born = ctx.release + float(rng.uniform(-0.3, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(45, 120)),
        )
        ts = np.sort(np.concatenate([np.empty(0)] + sess))
        prompts = [tx.crowd_harvest(rng, lg) for lg in tx.wpicks(rng, langs, lw, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.03),
            comp_median=float(rng.uniform(450, 750)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd_domain_question_bank",
            "pacing": "human_sessions_low_and_slow",
            "ip_source": "residential_proxy_per_member_some_mobile",
            "phone_share": phone_p,
            "payment": "small_prepaid_pool" if pooled_cards else "card_per_account",
            "keys": n_acc,
            "languages": ["en", "es", "pt", "id"],
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: public prompt replay from small "startups"


def ideomotor(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ideomotor"
    n_keys = irange(rng, 6, 12)
    order = rng.permutation(len(ctx.chat))
    used = 0
    accts = []
    prefix_p = float(rng.uniform(0.0, 0.2))
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        if chance(rng, 0.5):
            ips = bb.home(rng, 1, tz)
            src = "office_broadband"
        else:
            ips = bb.cloud(
                rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "digitalocean", "azure"))
            )
            src = "cloud"
        a = _worker(
            ctx, rng, fam, cid, role=f"replayer_{src}", ua=pick(rng, BG_SDK[:3]), ips=ips, tz=tz
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
        n_mean = float(rng.uniform(120, 380))
        ts = bb.thinned(rng, start, ctx.t1, n_mean, bb.workday(tz, weekend=0.2))
        n = len(ts)
        idx = order[used % len(order) : used % len(order) + n].tolist()
        used += n
        prompts = [
            ctx.chat[i] if not chance(rng, prefix_p) else "Please answer in detail: " + ctx.chat[i]
            for i in idx
        ]
        if len(prompts) < n:
            prompts += [pick(rng, ctx.chat) for _ in range(n - len(prompts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=420.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_poisson",
            "ip_source": "office_broadband_or_cloud",
            "payment": "card_per_key",
            "keys": n_keys,
            "prefix_share": prefix_p,
            "languages": ["sharegpt_mixed"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "divining_rod": divining_rod,
    "witching_stick": witching_stick,
    "hazel_fork": hazel_fork,
    "aurameter": aurameter,
    "water_witcher": water_witcher,
    "ley_line": ley_line,
    "map_dowser": map_dowser,
    "forked_twig": forked_twig,
    "brass_pendulum": brass_pendulum,
    "blind_spring": blind_spring,
    "rhabdomancy": rhabdomancy,
    "ideomotor": ideomotor,
}
