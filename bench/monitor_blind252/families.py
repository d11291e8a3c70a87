"""Campaign families of blind batch 252 (code names from mushing).

Each family is `f(ctx, rng, campaign_id)`: it makes its accounts with `ctx.account`, writes events
with `ctx.emit` and records one campaign with `ctx.campaign`. Everything is drawn from the family's
own generator, in a fixed order (lists and tuples only, never a set).
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
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind252 import texts as tx


def _weights(rng: np.random.Generator, n: int, conc: float = 1.5) -> list[float]:
    return rng.dirichlet(np.full(n, conc)).tolist()


def _draw(rng: np.random.Generator, items: list, w: list[float], n: int) -> list:
    p = np.asarray(w, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=p / p.sum()).tolist()]


def _lang_of_tz(rng: np.random.Generator, tz: int, options: dict[int, tuple[str, ...]]) -> str:
    return pick(rng, options.get(tz, ("en",)))


def _on_off(
    rng: np.random.Generator, t0: float, t1: float, block_h: float, p_on: float
) -> Callable:
    """An operator's duty cycle: blocks of `block_h` hours, each running with probability p_on."""
    n = int(np.ceil((t1 - t0) / (block_h * HOUR))) + 1
    on = (rng.random(n) < p_on).astype(np.float64)

    def f(ts: np.ndarray) -> np.ndarray:
        i = np.clip(((np.asarray(ts) - t0) // (block_h * HOUR)).astype(np.int64), 0, n - 1)
        return on[i]

    return f


def _fresh(make: Callable[[], str], seen: dict[str, int], tries: int = 4) -> str:
    """An operator's de-duplication: draw again (a few times) when the prompt was already sent."""
    p = make()
    for _ in range(tries):
        if p not in seen:
            break
        p = make()
    seen[p] = seen.get(p, 0) + 1
    return p


def _campaign(ctx: Ctx, rng: np.random.Generator, cid: str, fam: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------


def team_dog(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a worker pool that ramps up at release."""
    fam = "team_dog"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    pool = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua_main = sdk_ua(rng, 0.3)
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(
            _campaign(
                ctx,
                rng,
                cid,
                fam,
                "worker",
                org=orgs[i % n_orgs],
                pay=pays[i % n_orgs],
                ua=ua,
                ips=picks(rng, pool, irange(rng, 2, 4)),
            )
        )
    langs = ["en", "zh", "ru", "es"]
    lw = _weights(rng, 4)
    lw[0] += 0.5
    sw = _weights(rng, 4)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pre_rate, post_rate = float(rng.uniform(4, 12)), float(rng.uniform(35, 80))
    duty = _on_off(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)), float(rng.uniform(0.6, 0.9)))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(
        rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, post_rate, n_keys, duty
    )
    comp = float(rng.uniform(900, 1500))
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.sort(np.concatenate([x, y]))
        ls = _draw(rng, langs, lw, len(ts))
        ss = _draw(rng, [0, 1, 2, 3], sw, len(ts))
        prompts = [tx.reasoning_coercion(rng, lg, s) for lg, s in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
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
            "pacing": "worker_pool_duty_cycle",
            "ip_source": f"rented_{provider}",
            "payment": f"{n_orgs}_prepaid_cards",
            "orgs": n_orgs,
            "languages": langs,
            "language_weights": lw,
            "style_weights": sw,
            "pre_release_per_hour": pre_rate,
            "post_release_per_hour": post_rate,
            "hard": False,
        },
    )


def stake_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model label harvest: scripted bursts from one cloud, org per key."""
    fam = "stake_out"
    n_keys = irange(rng, 4, 9)
    shared = chance(rng, 0.5)
    card = hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "labeller",
            pay=card if shared else None,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(n_keys)
    ]
    sw = _weights(rng, 6, 1.0)
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    size, gap = float(rng.uniform(15, 50)), float(rng.uniform(1.2, 4.0))
    per_day = float(rng.uniform(2.5, 5))
    for a in accts:
        starts = thinned(
            rng,
            begin,
            ctx.t1,
            per_day * (ctx.t1 - begin) / DAY,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        ts = np.sort(np.concatenate([np.empty(0), *bursts(rng, starts, size, gap, b=ctx.t1)]))
        ss = _draw(rng, [0, 1, 2, 3, 4, 5], sw, len(ts))
        prompts = [
            tx.judge_prompt(
                rng, s, pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            )
            for s in ss
        ]
        comp = np.where(np.isin(ss, [0, 5]), 90.0, 220.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "pacing": "scripted_bursts",
            "ip_source": f"cloud_{prov}",
            "payment": "one_card" if shared else "card_per_key",
            "orgs": n_keys,
            "styles": sw,
            "languages": ["en", "de", "ja"],
            "burst_size": size,
            "bursts_per_key_day": per_day,
            "hard": False,
        },
    )


def picket_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-compliant rewrites and refusals through VPN exits, overnight in UTC+8."""
    fam = "picket_line"
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    vpn = pick(rng, ("m247", "leaseweb"))
    pool = cloud(rng, irange(rng, 20, 40), vpn) + cloud(rng, irange(rng, 5, 10))
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "rewriter",
            pay=cards[i % 2],
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "okhttp/4.12.0")),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    night = nightly(20.0, float(rng.uniform(8, 12)), 8)
    streams = worker_pool(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.3),
        ctx.t1,
        float(rng.uniform(20, 45)),
        n_keys,
        lambda t: 0.25 + 0.75 * night(t),
    )
    langs = ["zh", "en", "ru", "vi"]
    lw = _weights(rng, 4)
    lw[0] += 0.6
    hold = float(rng.uniform(15, 60)) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.policy_rewrite(rng, lg, pick(rng, ctx.passages), pick(rng, ctx.chat)) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_compliant_rewrites",
            "pacing": "worker_pool_overnight_utc8",
            "ip_source": f"vpn_exits_{vpn}",
            "payment": "two_stolen_cards",
            "orgs": n_keys,
            "languages": langs,
            "language_weights": lw,
            "sticky_hold_s": hold,
            "hard": False,
        },
    )


def drag_mat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: multi-step episodes with growing context, from one cloud."""
    fam = "drag_mat"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "azure", "aws"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "agent_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), prov),
        )
        for _ in range(n_keys)
    ]
    sw = _weights(rng, 3)
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    eph = float(rng.uniform(1.0, 2.5))
    step_gap = float(rng.uniform(3, 9))
    for a in accts:
        style = int(rng.choice(3, p=np.asarray(sw) / sum(sw)))
        starts = thinned(
            rng,
            start,
            ctx.t1,
            eph * (ctx.t1 - start) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.4),
        )
        ts_l, pr_l, ex_l = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 3, 14)
            ts_l.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))]
                )
            )
            pr_l.extend(tx.agent_episode(rng, style, steps))
            ex_l.extend((400 + 320 * np.arange(steps) + rng.integers(0, 120, size=steps)).tolist())
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=180.0,
            comp_sigma=0.5,
            err=0.015,
            extra=ex_l,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_trajectories",
            "pacing": "episodes_of_steps",
            "ip_source": f"cloud_{prov}",
            "payment": "one_card",
            "orgs": 1,
            "styles": sw,
            "episodes_per_key_hour": eph,
            "languages": ["en", "zh"],
            "hard": False,
        },
    )


def claw_brake(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-data generation on short-lived keys paid with stolen cards, through a
    rotating residential proxy."""
    fam = "claw_brake"
    n_keys = irange(rng, 25, 45)
    pool = resi(rng, irange(rng, 200, 400))
    langs = ["en", "es", "pt", "id", "fr"]
    lw = _weights(rng, 5)
    lw[0] += 0.4
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    starts = np.sort(rng.uniform(begin, ctx.t1 - 6 * HOUR, size=n_keys))
    accts = []
    for s in starts.tolist():
        a = _campaign(ctx, rng, cid, fam, "burner", ua=sdk_ua(rng, 0.4), ips=pool)
        accts.append(a)
        life = float(rng.uniform(4, 20)) * HOUR
        ts = thinned(
            rng, s, s + life, float(rng.uniform(8, 25)) * life / HOUR, lambda t: np.ones(len(t))
        )
        n = len(ts)
        if n == 0:
            ts, n = np.array([s + 60.0]), 1
        ls = _draw(rng, langs, lw, n)
        prompts = [tx.synth_request(rng, lg, int(rng.integers(4))) for lg in ls]
        status = np.where(rng.random(n) < 0.02, 429, 200)
        if chance(rng, 0.5):
            status[-irange(rng, 1, min(3, n)) :] = 402
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=sticky(rng, ts, pool, 5 * MINUTE),
            comp_median=900.0,
            comp_sigma=0.5,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_instruction_data",
            "pacing": "sequential_burner_keys",
            "ip_source": "rotating_residential_proxy",
            "payment": "stolen_card_per_key",
            "orgs": n_keys,
            "languages": langs,
            "language_weights": lw,
            "hard": False,
        },
    )


def skijor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator driving conversations through residential proxies."""
    fam = "skijor"
    n_keys = irange(rng, 8, 14)
    n_orgs = 3
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    region = pick(rng, ("eu", "us"))
    browser_like = chance(rng, 0.5)
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "simulator",
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=pick(rng, BROWSERS) if browser_like else sdk_ua(rng, 0.5),
            ips=resi(rng, 30, region),
        )
        for i in range(n_keys)
    ]
    langs = ["en", "fr", "de", "ja", "ko"]
    lw = _weights(rng, 5)
    lw[0] += 0.5
    rate = float(rng.uniform(0.25, 0.55))
    gap = float(rng.uniform(20, 60))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        starts = thinned(
            rng,
            begin,
            ctx.t1,
            rate * (ctx.t1 - begin) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.5),
        )
        ts_l, pr_l, ex_l, ip_l = [], [], [], []
        for s in starts.tolist():
            n = irange(rng, 4, 12)
            ts_l.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
            )
            pr_l.extend(tx.dialogue_turns(rng, _draw(rng, langs, lw, 1)[0], n, ctx.chat))
            ex_l.extend((np.arange(n) * irange(rng, 250, 450)).tolist())
            ip_l.extend([pick(rng, a.ips)] * n)
        if not ts_l:
            continue
        ts = np.concatenate(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ip_l,
            comp_median=420.0,
            extra=ex_l,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "simulated_conversations",
            "ip_source": f"residential_proxy_{region}",
            "payment": "3_prepaid_cards",
            "orgs": n_orgs,
            "browser_ua": browser_like,
            "languages": langs,
            "language_weights": lw,
            "conversations_per_key_hour": rate,
            "hard": False,
        },
    )


def bikejor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest: every source segment fanned out to several target languages."""
    fam = "bikejor"
    n_keys = irange(rng, 4, 8)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    prov = pick(rng, ("alibaba", "tencent", "ucloud", "hetzner"))
    pool = rented_block(rng, prov, 1, irange(rng, 4, 8))
    ua = pick(
        rng, ("Go-http-client/2.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)", "reqwest/0.12.12")
    )
    accts = [
        _campaign(ctx, rng, cid, fam, "translator", org=orgs[i % n_orgs], pay=pay, ua=ua, ips=pool)
        for i in range(n_keys)
    ]
    idx = rng.choice(len(tx.TARGETS), size=irange(rng, 8, 14), replace=False).tolist()
    targets = [tx.TARGETS[i] for i in idx]
    sw = _weights(rng, 4)
    duty = _on_off(rng, ctx.t0, ctx.t1, 6.0, float(rng.uniform(0.5, 0.85)))
    segs = thinned(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.25),
        ctx.t1,
        float(rng.uniform(5, 12)) * 7 * 24,
        duty,
    )
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in segs.tolist():
        text = (
            tx.snip(rng, pick(rng, ctx.passages), 200, 1200)
            if chance(rng, 0.6)
            else tx.snip(rng, pick(rng, ctx.chat), 20, 800)
        )
        style = int(rng.choice(4, p=np.asarray(sw) / sum(sw)))
        k = irange(rng, 4, min(10, len(targets)))
        tgt = rng.choice(len(targets), size=k, replace=False).tolist()
        t = s + np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k))
        for j, tt in zip(tgt, t.tolist(), strict=True):
            w = int(rng.integers(n_keys))
            per[w][0].append(tt)
            per[w][1].append(tx.translation_request(rng, style, text, targets[j]))
            per[w][2].append(max(30.0, len(text) / 3.2))
    for a, (ts, pr, cm) in zip(accts, per, strict=True):
        if ts:
            t = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                t,
                pr,
                models=ctx.models(rng, t, p_new=0.85),
                comp_median=np.asarray(cm),
                comp_sigma=0.3,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "fan_out_per_segment_duty_cycle",
            "ip_source": f"rented_{prov}",
            "payment": "one_card",
            "orgs": n_orgs,
            "targets": [c for _, c in targets],
            "styles": sw,
            "hard": False,
        },
    )


def canicross(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent several times, sharded across keys."""
    fam = "canicross"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    prov = pick(rng, ("vultr", "digitalocean", "linode"))
    vpn = cloud(rng, 12, "m247")
    accts = []
    for i in range(n_keys):
        ips = vpn if chance(rng, 0.3) else cloud(rng, irange(rng, 1, 2), prov)
        ua = "OpenAI/Python 1.58.1" if chance(rng, 0.75) else sdk_ua(rng, 0.2)
        accts.append(
            _campaign(
                ctx, rng, cid, fam, "sampler", org=orgs[i % 2], pay=pays[i % 2], ua=ua, ips=ips
            )
        )
    sw = _weights(rng, 4)
    n_base = irange(rng, 4, 8)
    items = thinned(
        rng,
        jitter_start(rng, ctx.t0, ctx.t1, 0.4),
        ctx.t1,
        float(rng.uniform(4, 9)) * 7 * 24,
        global_load(float(rng.uniform(0, 24)), 0.2),
    )
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in items.tolist():
        style = int(rng.choice(4, p=np.asarray(sw) / sum(sw)))
        prompt = tx.soft_label_item(rng, style, ctx.chat)
        n = max(2, n_base + irange(rng, -1, 2))
        t = s + np.sort(rng.uniform(0, float(rng.uniform(5, 120)), size=n))
        for tt in t.tolist():
            w = int(rng.integers(n_keys))
            per[w][0].append(tt)
            per[w][1].append(prompt)
            per[w][2].append(40.0 if style == 0 else 300.0)
    for a, (ts, pr, cm) in zip(accts, per, strict=True):
        if ts:
            t = np.asarray(ts)
            order = np.argsort(t, kind="stable")
            ctx.emit(
                rng,
                a,
                t[order],
                [pr[i] for i in order.tolist()],
                models=ctx.models(rng, t[order], p_new=0.95),
                comp_median=np.asarray(cm)[order],
                comp_sigma=0.5,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "item_repeats_sharded",
            "ip_source": f"cloud_{prov}_and_vpn",
            "payment": "2_prepaid_cards",
            "orgs": 2,
            "samples_per_item": n_base,
            "styles": sw,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# the deliberately hard ones


_PRODUCTS = ("PatchPilot", "DiffSense", "CodeLantern", "Reviewly", "MergeMate")
_REPOS = tuple(
    f"{o}/{r}"
    for o in ("acme", "northwind", "globex", "initech", "umbrella-labs", "hooli")
    for r in ("payments-api", "web", "mobile-app", "infra", "data-pipeline", "auth-service", "docs")
)


def dog_bootie(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real code-assistant product whose backend also feeds algorithm problems through the same
    wrapper, keys, addresses and daily load curve (harvest hidden in product traffic)."""
    fam = "dog_bootie"
    product = pick(rng, _PRODUCTS)
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=picks(rng, nat, irange(rng, 2, 3)),
        )
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.75)))
    product_rate = float(rng.uniform(25, 45))
    harvest_rate = float(rng.uniform(8, 18))
    h0 = ctx.release - float(rng.uniform(0, 1)) * DAY
    user = thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    harv = thinned(rng, h0, ctx.t1, harvest_rate * (ctx.t1 - h0) / HOUR, load)
    w_user = rng.integers(0, n_keys, size=len(user))
    w_harv = rng.integers(0, n_keys, size=len(harv))
    for i, a in enumerate(accts):
        tu, th = user[w_user == i], harv[w_harv == i]
        ts = np.concatenate([tu, th])
        is_h = np.concatenate([np.zeros(len(tu), bool), np.ones(len(th), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts = [
            tx.code_assistant(rng, product, pick(rng, _REPOS), ctx.chat, bool(h))
            for h in is_h.tolist()
        ]
        m_user = ctx.models(rng, ts, p_new=0.5, p_mini=0.1)
        m_harv = ctx.models(rng, ts, p_new=0.97, p_mini=0.0)
        models = [mh if h else mu for mu, mh, h in zip(m_user, m_harv, is_h.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(is_h, 850.0, 280.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_inside_product",
            "pacing": "product_load_curve",
            "ip_source": "cloud_aws_nat",
            "payment": "company_card",
            "orgs": 1,
            "product": product,
            "product_per_hour": product_rate,
            "harvest_per_hour": harvest_rate,
            "harvest_start": h0,
            "hard": True,
        },
    )


_TZ_LANGS = {
    -8: ("en",),
    -5: ("en",),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr"),
    2: ("de", "fr"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("ja",),
}


def dropped_dog(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / compromised aged personal accounts: the owner's own history continues, and after the
    takeover a slow curriculum sweep runs through residential proxies in the owner's region."""
    fam = "dropped_dog"
    n = irange(rng, 15, 30)
    base = ctx.release + float(rng.uniform(-1.0, 0.6)) * DAY
    seen: dict[str, int] = {}
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE)
        a = _campaign(
            ctx, rng, cid, fam, "hijacked", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        # the owner's own use, before and after the takeover
        own = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.4, 1.6)),
            evening_person(tz),
            float(rng.uniform(1.5, 4)),
            float(rng.uniform(40, 150)),
        )
        t_own = np.concatenate([np.empty(0), *own])
        if len(t_own):
            ctx.emit(
                rng,
                a,
                t_own,
                [tx.snip(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(t_own))],
                models=ctx.models(rng, t_own, p_new=0.5, p_mini=0.1),
            )
        take = base + float(rng.uniform(0, 8)) * HOUR
        pool = home(rng, 30, tz)
        t_h = thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(1.5, 4.5)) * (ctx.t1 - take) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.4),
        )
        if len(t_h) == 0:
            t_h = np.array([take + 600.0])
        lang = _lang_of_tz(rng, tz, _TZ_LANGS)
        prompts = [
            _fresh(lambda lg=lang: tx.lesson_request(rng, lg if chance(rng, 0.8) else "en"), seen)
            for _ in range(len(t_h))
        ]
        ua_h = ua if chance(rng, 0.6) else sdk_ua(rng, 0.6)
        ctx.emit(
            rng,
            a,
            t_h,
            prompts,
            models=ctx.models(rng, t_h, p_new=0.93),
            ips=sticky(rng, t_h, pool, HOUR),
            ua=ua_h,
            comp_median=650.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_on_hijacked_accounts",
            "pacing": "owner_sessions_plus_slow_stream",
            "ip_source": "residential_proxy_in_owner_region",
            "payment": "owners_cards",
            "orgs": n,
            "takeover_base": base,
            "languages": ["en", "de", "fr", "es", "pt", "ja"],
            "hard": True,
        },
    )


_CROWD_LANGS = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "fr"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("en",),
}


def snow_anchor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A low-and-slow crowd of person-like accounts (one gift card each, one home-like proxy address
    each, evening sessions, casual typing) that together sweep a curriculum grid."""
    fam = "snow_anchor"
    n = irange(rng, 50, 90)
    cover = float(rng.uniform(0.08, 0.18))
    seen: dict[str, int] = {}
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE)
        a = _campaign(
            ctx, rng, cid, fam, "crowd_member", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.2)),
            evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(45, 150)),
        )
        lang = _lang_of_tz(rng, tz, _CROWD_LANGS)
        ts_l, pr_l = [], []
        for s in sess:
            ts_l.append(s)
            for j in range(len(s)):
                if chance(rng, cover):
                    pr_l.append(tx.snip(rng, pick(rng, ctx.chat), 5, 600))
                elif j > 0 and chance(rng, 0.55):
                    pr_l.append(tx.casual_question(rng, lang, follow=True))
                else:
                    pr_l.append(_fresh(lambda lg=lang: tx.casual_question(rng, lg), seen))
        if not ts_l or sum(len(s) for s in ts_l) == 0:
            ts_l, pr_l = [np.array([start + 3600.0])], [tx.casual_question(rng, lang)]
        ts = np.concatenate(ts_l)
        ips = [a.ips[0] if chance(rng, 0.9) else pick(rng, a.ips) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.08),
            ips=ips,
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_by_person_like_crowd",
            "pacing": "evening_sessions",
            "ip_source": "sticky_residential_proxy_per_account",
            "payment": "gift_card_per_account",
            "orgs": n,
            "cover_share": cover,
            "languages": ["en", "es", "pt", "de", "fr"],
            "hard": True,
        },
    )


def dog_yard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: a public chat dataset's human turns re-asked of the new model from an
    office broadband line with the most common SDK."""
    fam = "dog_yard"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 0, -5))
    office = home(rng, irange(rng, 1, 2), tz)
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            fam,
            "replayer",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    wd = workday(tz)
    pre = worker_pool(
        rng,
        ctx.release - float(rng.uniform(1, 2)) * DAY,
        ctx.release,
        float(rng.uniform(2, 6)),
        n_keys,
        wd,
    )
    rate = float(rng.uniform(20, 45))
    post = worker_pool(
        rng,
        ctx.release + float(rng.uniform(1, 5)) * HOUR,
        ctx.t1,
        rate,
        n_keys,
        lambda t: 0.35 + 0.65 * wd(t),
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.sort(np.concatenate([x, y]))
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=420.0,
            comp_sigma=0.75,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "worker_pool_office_hours_boost",
            "ip_source": "office_broadband",
            "payment": "company_card",
            "orgs": 1,
            "tz": tz,
            "per_hour": rate,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "team_dog": team_dog,
    "stake_out": stake_out,
    "picket_line": picket_line,
    "drag_mat": drag_mat,
    "claw_brake": claw_brake,
    "skijor": skijor,
    "bikejor": bikejor,
    "canicross": canicross,
    "dog_bootie": dog_bootie,
    "dropped_dog": dropped_dog,
    "snow_anchor": snow_anchor,
    "dog_yard": dog_yard,
}
