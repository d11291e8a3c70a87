"""Campaign families of blind batch 138 (code names from rugby league).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts through `ctx.account`,
writes their events through `ctx.emit` and records the campaign with `ctx.campaign`. Everything a
family varies (keys, orgs, cards, pacing, addresses, user agents, languages, templates, model
choice) is drawn from its own generator. The README in this folder describes each family.
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
    mobile_v6,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind138 import texts as tx

Rng = np.random.Generator


def _u(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _weights(rng: Rng, base: dict[str, float]) -> dict[str, float]:
    """A campaign's own mix: the base weights jittered and renormalised."""
    w = {k: v * float(rng.uniform(0.5, 1.5)) for k, v in base.items()}
    s = sum(w.values())
    return {k: round(v / s, 3) for k, v in sorted(w.items())}


def _released(ctx: Ctx, pre: float) -> Callable[[np.ndarray], np.ndarray]:
    rel = ctx.release

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= rel, 1.0, pre)

    return f


def _worker(ctx: Ctx, rng: Rng, fam: str, cid: str, **kw) -> Acct:
    return ctx.account(
        rng, label="campaign", family=fam, role=kw.pop("role", "worker"), campaign_id=cid, **kw
    )


# --------------------------------------------------------------------------------------------
# documented shapes


def dummy_half(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion on generated problems, a worker pool on a rented hosting block."""
    fam = "dummy_half"
    n = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    shared = chance(rng, 0.6)
    card = hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs = _weights(
        rng,
        {
            "zh": 0.35,
            "es": 0.1,
            "ru": 0.15,
            "de": 0.05,
            "fr": 0.05,
            "pt": 0.1,
            "ja": 0.1,
            "ko": 0.1,
        },
    )
    p_local = _u(rng, 0.15, 0.45)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour, pre = _u(rng, 45, 110), _u(rng, 0.3, 0.7)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % len(orgs)],
            pay=card if shared else None,
            ua=ua,
            ips=[str(x) for x in rng.choice(pool, size=irange(rng, 1, 3), replace=False)],
        )
        for i in range(n)
    ]
    curve = _released(ctx, pre)
    ts_all = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(ts_all))
    serial = irange(rng, 0, 10**6)
    for i, acct in enumerate(accts):
        ts = ts_all[who == i]
        styles = [
            str(s) for s in rng.choice(["tags", "json", "coach", "verify"], size=2, replace=False)
        ]
        prompts = []
        for _ in range(len(ts)):
            serial += 1
            if chance(rng, p_local):
                prompts.append(tx.reasoning_prompt(rng, "local", tx.lang_pick(rng, langs), serial))
            else:
                prompts.append(tx.reasoning_prompt(rng, pick(rng, styles), "en", serial))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=_u(rng, 900, 1500),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": len(orgs),
            "shared_card": shared,
            "pacing": "poisson worker pool, 24/7, faster after release",
            "per_hour": round(per_hour, 1),
            "pre_release_rate": round(pre, 2),
            "ip_source": f"rented hosting block ({prov})",
            "user_agent": ua,
            "languages": langs,
            "p_local_language": round(p_local, 2),
            "start": start,
        },
    )


def forty_twenty(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading in cron bursts from a cloud NAT."""
    fam = "forty_twenty"
    n = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure"))
    nat = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("python-requests/2.32.3", "litellm/1.60.2", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (-8, -5, 0, 1, 8, 9))
    cron_h = _u(rng, 0.0, 5.0)
    style_w = _weights(
        rng,
        {"rubric": 0.3, "pairwise": 0.3, "reward": 0.2, "critique": 0.1, "ko": 0.05, "ja": 0.05},
    )
    nightly_size, adhoc_size, adhoc_per_day = _u(rng, 80, 250), _u(rng, 20, 80), _u(rng, 0.7, 3.0)
    gap = _u(rng, 0.6, 2.5)
    accts = [_worker(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=nat) for _ in range(n)]
    for acct in accts:
        nights = np.array(
            [ctx.t0 + d * DAY + (cron_h - tz) * HOUR + _u(rng, 0, 900) for d in range(-1, 8)]
        )
        adhoc = thinned(rng, ctx.t0, ctx.t1, adhoc_per_day * 7, workday(tz))
        trains = bursts(rng, nights, nightly_size, gap, b=ctx.t1) + bursts(
            rng, adhoc, adhoc_size, gap, b=ctx.t1
        )
        ts_parts, prompts = [], []
        for tr in trains:
            style = tx.lang_pick(rng, style_w)
            ts_parts.append(tr)
            for _ in range(len(tr)):
                prompts.append(
                    tx.grading_prompt(
                        rng,
                        style,
                        pick(rng, ctx.chat),
                        pick(rng, ctx.passages),
                        pick(rng, ctx.passages),
                    )
                )
        ts = _cat(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=_u(rng, 120, 300),
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge, rubric and reward-model grading",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": "nightly cron bursts plus ad-hoc daytime bursts",
            "cron_local_hour": round(cron_h, 2),
            "tz": tz,
            "nightly_burst_mean": round(nightly_size, 1),
            "ip_source": f"cloud NAT ({prov}), {len(nat)} addresses",
            "user_agent": ua,
            "styles": style_w,
        },
    )


_HOSTS_OF = {
    "zh": ("alibaba", "tencent", "huawei", "ucloud"),
    "ru": ("selectel", "m247"),
    "vi": ("alibaba", "vultr"),
    "ar": ("m247", "leaseweb"),
}


def video_referee(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-compliant rewrites and refusal harvesting on churned accounts with stolen cards."""
    fam = "video_referee"
    n = irange(rng, 10, 20)
    land, local = pick(
        rng,
        (
            ("the People's Republic of China", "zh"),
            ("Russia", "ru"),
            ("Vietnam", "vi"),
            ("Saudi Arabia", "ar"),
        ),
    )
    style_w = _weights(rng, {local: 0.35, "en_rewrite": 0.25, "safe_reply": 0.2, "probe": 0.2})
    accts = []
    n_cloud = 0
    for _ in range(n):
        born = ctx.t0 + _u(rng, 0.0, 0.8) * (ctx.t1 - ctx.t0)
        end = min(ctx.t1, born + _u(rng, 0.4, 3.0) * DAY)
        via_cloud = chance(rng, 0.4)
        n_cloud += via_cloud
        if via_cloud:
            pool = cloud(rng, 1, pick(rng, _HOSTS_OF[local]))
        else:
            pool = resi(rng, irange(rng, 20, 60), pick(rng, ("sea", "us", "eu", "jp_kr")))
        acct = _worker(ctx, rng, fam, cid, ua=sdk_ua(rng, 0.4), ips=pool)
        accts.append(acct)
        starts = thinned(rng, born, end, _u(rng, 3, 10) * (end - born) / DAY, constant)
        trains = bursts(rng, starts, _u(rng, 15, 60), _u(rng, 2, 6), b=end)
        ts = _cat(trains)
        ips = [x for tr in trains for x in [pick(rng, pool)] * len(tr)]
        prompts = [
            tx.rewrite_prompt(
                rng, tx.lang_pick(rng, style_w), pick(rng, ctx.chat), pick(rng, ctx.passages), land
            )
            for _ in range(len(ts))
        ]
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        if end < ctx.t1 and len(ts):
            status[-irange(rng, 1, min(6, len(ts))) :] = 429  # quota gone when the card is declined
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=ips,
            comp_median=_u(rng, 250, 500),
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites and refusal harvesting",
            "keys": n,
            "orgs": n,
            "cards": "one stolen card per account",
            "pacing": "bursts on short-lived accounts",
            "ip_source": f"residential proxies ({n - n_cloud} accounts); hosting or VPN exits {_HOSTS_OF[local]} ({n_cloud} accounts)",
            "jurisdiction": land,
            "styles": style_w,
        },
    )


def up_and_under(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use trajectories, one VM per key, episodes of several steps."""
    fam = "up_and_under"
    n = irange(rng, 4, 10)
    org = hexid(rng, "org")
    shared = chance(rng, 0.5)
    card = hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure", "oracle"))
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.63.2", "litellm/1.60.2"))
    style = pick(rng, ("react", "fc", "plan"))
    langs = _weights(rng, {"en": 0.8, "de": 0.1, "ja": 0.1})
    schema = irange(rng, 600, 1800)
    per_hour, pre = _u(rng, 5, 12), _u(rng, 0.4, 0.8)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            org=org,
            pay=card if shared else None,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "x": [], "c": []} for _ in range(n)]
    serial = irange(rng, 1000, 90000)
    for s in thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, _released(ctx, pre)
    ).tolist():
        k = int(rng.integers(n))
        steps = irange(rng, 3, 12)
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 3, 8)), 0.6, size=steps - 1))]
        )
        serial += 1
        task = tx.agent_task(rng, tx.lang_pick(rng, langs))
        per_step = _u(rng, 150, 450)
        for j in range(steps):
            cols[k]["ts"].append(float(t[j]))
            cols[k]["p"].append(
                tx.agent_first(rng, style, task, serial) if j == 0 else tx.agent_observation(rng)
            )
            cols[k]["x"].append(int(schema + j * per_step))
            cols[k]["c"].append(500.0 if j == steps - 1 else 200.0)
    for acct, c in zip(accts, cols, strict=True):
        ts = np.asarray(c["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            c["p"],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            comp_median=np.asarray(c["c"]),
            extra=np.asarray(c["x"], dtype=np.int64),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n,
            "orgs": 1,
            "shared_card": shared,
            "pacing": "episodes of 3-12 steps a few seconds apart, poisson episode starts",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"one {prov} VM per key",
            "user_agent": ua,
            "style": style,
            "languages": langs,
            "schema_tokens": schema,
        },
    )


def grubber(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic instruction datasets from many churned accounts behind a rotating residential proxy."""
    fam = "grubber"
    n = irange(rng, 20, 40)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    uas = [pick(rng, SDK_OTHER) for _ in range(2)]
    style_w = _weights(
        rng, {"jsonl": 0.35, "textbook": 0.2, "mcq": 0.15, "dialogue": 0.1, "local": 0.2}
    )
    langs = _weights(rng, {"es": 0.3, "pt": 0.2, "fr": 0.15, "id": 0.2, "hi": 0.15})
    accts = []
    for _ in range(n):
        born = ctx.t0 + _u(rng, 0.0, 0.9) * (ctx.t1 - ctx.t0)
        end = min(ctx.t1, born + _u(rng, 1.0, 3.0) * DAY)
        acct = _worker(
            ctx, rng, fam, cid, pay=pick(rng, cards), ua=pick(rng, uas), ips=resi(rng, 1, "*")
        )
        accts.append(acct)
        starts = thinned(rng, born, end, _u(rng, 3, 8) * (end - born) / DAY, constant)
        ts = _cat(bursts(rng, starts, _u(rng, 10, 40), _u(rng, 4, 12), b=end))
        prompts = [
            tx.synth_prompt(rng, tx.lang_pick(rng, style_w), tx.lang_pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=resi(rng, len(ts), "*"),
            comp_median=_u(rng, 1300, 2000),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "pacing": "bursts on accounts living 1-3 days",
            "ip_source": "rotating residential proxy, new exit per request",
            "user_agents": uas,
            "styles": style_w,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# other harvesting


def play_the_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogues driven by a simulated user, through sticky residential proxies."""
    fam = "play_the_ball"
    n = irange(rng, 5, 12)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 2, 3))]
    region = pick(rng, ("us", "eu"))
    proxy = resi(rng, irange(rng, 120, 300), region)
    hold = _u(rng, 5, 20) * MINUTE
    ua = pick(rng, BROWSERS)
    langs = _weights(rng, {"en": 0.6, "es": 0.12, "de": 0.1, "fr": 0.1, "ja": 0.08})
    per_hour = _u(rng, 7, 16)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = [
        _worker(
            ctx,
            rng,
            fam,
            cid,
            org=orgs[i % len(orgs)][0],
            pay=orgs[i % len(orgs)][1],
            ua=ua,
            ips=proxy[:1],
        )
        for i in range(n)
    ]
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "x": []} for _ in range(n)]
    for s in thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant).tolist():
        k = int(rng.integers(n))
        turns = irange(rng, 3, 9)
        lang = tx.lang_pick(rng, langs)
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 8, 20)), 0.5, size=turns - 1))]
        )
        hist = irange(rng, 60, 200)
        for j in range(turns):
            p = tx.dialogue_turn(rng, lang, j, ctx.chat)
            cols[k]["ts"].append(float(t[j]))
            cols[k]["p"].append(p)
            cols[k]["x"].append(hist)
            hist += len(p) // 4 + irange(rng, 200, 600)
    for acct, c in zip(accts, cols, strict=True):
        ts = np.asarray(c["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            c["p"],
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, proxy, hold),
            comp_median=_u(rng, 300, 500),
            extra=np.asarray(c["x"], dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest with a simulated user",
            "keys": n,
            "orgs": len(orgs),
            "pacing": "poisson conversation starts, 3-9 turns 8-20 s apart",
            "conversations_per_hour": round(per_hour, 1),
            "ip_source": f"sticky residential proxy ({region}), hold {round(hold / MINUTE, 1)} min",
            "user_agent": ua,
            "languages": langs,
        },
    )


def six_again(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n samples and soft labels: every prompt fired several times across the keys."""
    fam = "six_again"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("ovh", "hetzner", "vultr", "scaleway"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    style_w = _weights(
        rng, {"chat": 0.3, "creative": 0.2, "soft": 0.25, "nextword": 0.1, "confidence": 0.15}
    )
    comp = {"chat": 400.0, "creative": 200.0, "soft": 60.0, "nextword": 120.0, "confidence": 300.0}
    per_hour = _u(rng, 7, 16)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    accts = [
        _worker(ctx, rng, fam, cid, org=org, pay=card, ua=ua, ips=cloud(rng, 1, prov))
        for _ in range(n)
    ]
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "m": [], "c": []} for _ in range(n)]
    for g in thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant).tolist():
        style = tx.lang_pick(rng, style_w)
        prompt = tx.sample_prompt(rng, style, ctx.chat, ctx.passages)
        k = irange(rng, 2, 5) if style == "soft" else irange(rng, 4, 12)
        t = g + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(_u(rng, 0.3, 1.5)), 0.6, size=k - 1))]
        )
        model = ctx.models(rng, np.array([g]), p_new=0.9)[0]
        first = int(rng.integers(n))
        for j in range(k):
            c = cols[(first + j) % n]
            c["ts"].append(float(t[j]))
            c["p"].append(prompt)
            c["m"].append(model)
            c["c"].append(comp[style])
    for acct, c in zip(accts, cols, strict=True):
        ctx.emit(
            rng,
            acct,
            np.asarray(c["ts"]),
            c["p"],
            models=c["m"],
            comp_median=np.asarray(c["c"]),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label harvest",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": "groups of repeated identical requests round-robin over keys",
            "groups_per_hour": round(per_hour, 1),
            "ip_source": f"one {prov} server per key",
            "user_agent": ua,
            "styles": style_w,
        },
    )


def charge_down(ctx: Ctx, rng: Rng, cid: str) -> None:
    """A code-solution curriculum sweep from an office plus CI runners."""
    fam = "charge_down"
    n = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    tz = pick(rng, (8, 3, 5, 2))
    nat_lang = {8: "zh", 3: "ru"}.get(tz, "en")
    office = home(rng, irange(rng, 2, 4), tz)
    ci_prov = pick(rng, ("aws", "azure", "gcp"))
    ci = cloud(rng, irange(rng, 2, 5), ci_prov)
    p_ci = _u(rng, 0.15, 0.4)
    langs = [str(x) for x in rng.choice(tx.CODE_LANGS, size=irange(rng, 4, 8), replace=False)]
    style_w = _weights(rng, {"spec": 0.35, "tagged": 0.3, "port": 0.15, "docstring": 0.2})
    grid = [(lang, prob, lvl) for lang in langs for prob in tx.CODE_PROBLEMS for lvl in tx.LEVELS]
    order = rng.permutation(len(grid))
    p_nat = _u(rng, 0.05, 0.25) if nat_lang != "en" else 0.0
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    curve = workday(tz, start=9.0, end=21.0, weekend=0.5, night=0.05)
    accts = []
    for i in range(n):
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            pay=cards[i % len(cards)],
            ua="OpenAI/Python 1.58.1",
            ips=[pick(rng, office)],
        )
        accts.append(acct)
        ts = thinned(rng, start, ctx.t1, _u(rng, 80, 200) * (ctx.t1 - start) / DAY, curve)
        shard = order[i::n]
        prompts, ips, uas = [], [], []
        for j in range(len(ts)):
            lang, prob, lvl = grid[int(shard[j % len(shard)])]
            nat = nat_lang if chance(rng, p_nat) else "en"
            twist = tx.TWISTS[(j // len(shard) + i) % len(tx.TWISTS)]
            prompts.append(
                tx.code_prompt(rng, tx.lang_pick(rng, style_w), lang, prob, lvl, nat, twist)
            )
            on_ci = chance(rng, p_ci)
            ips.append(pick(rng, ci) if on_ci else acct.ips[0])
            uas.append("python-requests/2.32.3" if on_ci else acct.ua)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            ua=uas,
            comp_median=_u(rng, 700, 1200),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest as a curriculum sweep (language x problem x level)",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "pacing": "long office days, half-rate weekends",
            "tz": tz,
            "ip_source": f"office broadband ({len(office)} addresses) plus {ci_prov} CI runners",
            "ci_share": round(p_ci, 2),
            "code_languages": langs,
            "styles": style_w,
            "natural_language": nat_lang,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard


def acting_half(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a real writing/translation product whose key also carries the operator's harvest jobs
    (parallel-corpus translation and style rewrites of collected passages) in off-peak hours."""
    fam = "acting_half"
    n = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = "OpenAI/NodeJS 4.67.1"
    peak, depth = _u(rng, 12, 16), _u(rng, 0.5, 0.7)
    load = global_load(peak, depth)

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.2 - 0.8 * load(ts), 0.1, 1.0)

    user_langs = _weights(
        rng, {"es": 0.25, "de": 0.15, "fr": 0.15, "pt": 0.15, "en": 0.1, "ja": 0.1, "it": 0.1}
    )
    job_langs = [
        str(x)
        for x in rng.choice(
            [
                "es",
                "de",
                "fr",
                "pt",
                "ja",
                "ko",
                "zh",
                "ru",
                "ar",
                "hi",
                "tr",
                "id",
                "vi",
                "pl",
                "it",
                "nl",
                "th",
                "uk",
            ],
            size=irange(rng, 6, 10),
            replace=False,
        )
    ]
    ops = {"improve": 0.35, "translate": 0.2, "summarize": 0.2, "tone": 0.15, "continue": 0.1}
    passages = [ctx.passages[i] for i in rng.permutation(len(ctx.passages))[:2000].tolist()]
    accts = []
    pi = 0
    for _ in range(n):
        acct = _worker(ctx, rng, fam, cid, role="product_key", org=org, pay=card, ua=ua, ips=nat)
        accts.append(acct)
        ts_u = thinned(rng, ctx.t0, ctx.t1, _u(rng, 250, 550) * 7, load)
        p_u = []
        for _ in range(len(ts_u)):
            op = tx.lang_pick(rng, ops)
            src = (
                pick(rng, ctx.chat)
                if chance(rng, 0.7)
                else tx.clip_text(rng, pick(rng, ctx.passages), 150, 900)
            )
            p_u.append(tx.product_a_prompt(rng, op, src, tx.lang_pick(rng, user_langs)))
        pre_h, post_h = _u(rng, 30, 80), _u(rng, 150, 300)
        ts_h = _cat(
            [
                thinned(rng, ctx.t0, ctx.release, pre_h * (ctx.release - ctx.t0) / DAY, offpeak),
                thinned(rng, ctx.release, ctx.t1, post_h * (ctx.t1 - ctx.release) / DAY, offpeak),
            ]
        )
        p_h: list[str] = []
        while len(p_h) < len(ts_h):
            chunk = tx.clip_text(rng, passages[pi % len(passages)], 300, 1200)
            pi += 1
            job = [tx.product_a_prompt(rng, "translate", chunk, lang) for lang in job_langs]
            job += [tx.product_a_prompt(rng, "tone", chunk, "en") for _ in range(irange(rng, 1, 3))]
            if chance(rng, 0.3):
                job.append(tx.product_a_prompt(rng, "continue", chunk, "en"))
            p_h.extend(job)
        p_h = p_h[: len(ts_h)]
        ctx.emit(
            rng,
            acct,
            ts_u,
            p_u,
            models=ctx.models(rng, ts_u, p_new=0.35),
            comp_median=_u(rng, 180, 260),
        )
        ctx.emit(
            rng,
            acct,
            ts_h,
            p_h,
            models=ctx.models(rng, ts_h, p_new=0.92),
            comp_median=_u(rng, 380, 520),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden inside a live writing/translation product's key",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "pacing": "product load follows users worldwide; harvest backfills off-peak hours, "
            "ramped after the release",
            "ip_source": f"product backend NAT ({prov}, {len(nat)} addresses)",
            "user_agent": ua,
            "harvest_languages": job_langs,
            "load_peak_utc": round(peak, 1),
        },
    )


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja", "ko"),
}


def loose_forward(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: bought aged accounts; the owners' own habits until a takeover near the release, then a
    low-and-slow harvest through residential proxies in the owner's own region, with the owner's UA."""
    fam = "loose_forward"
    n = irange(rng, 15, 30)
    centre = ctx.release + _u(rng, -0.5, 0.3) * DAY
    p_local = _u(rng, 0.4, 0.8)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, _LANG_OF_TZ[tz])
        ua = pick(rng, BROWSERS + ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="aged_account",
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        take = float(np.clip(centre + rng.normal(0, 0.4) * DAY, ctx.t0 + DAY, ctx.t1 - 0.5 * DAY))
        mine = [pick(rng, ctx.chat) for _ in range(irange(rng, 8, 40))]
        pre = _cat(
            session_times(
                rng,
                ctx.t0,
                take,
                _u(rng, 1, 3),
                evening_person(tz),
                _u(rng, 2, 6),
                _u(rng, 40, 150),
            )
        )
        ctx.emit(
            rng,
            acct,
            pre,
            [pick(rng, mine) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.15),
        )
        post = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                _u(rng, 4, 9),
                evening_person(tz, 3.0),
                _u(rng, 5, 10),
                _u(rng, 25, 70),
            )
        )
        exits = home(rng, irange(rng, 4, 12), tz)
        prompts = [
            tx.natural_question(rng, lang if chance(rng, p_local) else "en")
            for _ in range(len(post))
        ]
        ctx.emit(
            rng,
            acct,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.85),
            ips=sticky(rng, post, exits, _u(rng, 1, 3) * HOUR),
            comp_median=_u(rng, 450, 700),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "knowledge Q&A harvest on bought aged accounts",
            "keys": n,
            "orgs": n,
            "cards": "the original owners' cards",
            "pacing": "owner's sessions, then person-like sessions ~4-9 a day",
            "takeover_centre": centre,
            "ip_source": "owner's home ISP, then residential proxy exits in the owner's region",
            "user_agent": "each owner's own",
            "p_owner_language": round(p_local, 2),
        },
    )


_CROWD_TZ = {8: "tl", 5: "hi", 1: "en", 3: "sw", -3: "es"}


def second_row(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: paid crowd workers with their own accounts, chatting through an instruction sheet from
    home broadband and phones at human pace."""
    fam = "second_row"
    n = irange(rng, 25, 50)
    tz_w = _weights(rng, {"8": 0.35, "5": 0.25, "1": 0.15, "3": 0.15, "-3": 0.1})
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    p_shared = _u(rng, 0.2, 0.4)
    accts = []
    for _ in range(n):
        tz = int(tx.lang_pick(rng, tz_w))
        lang = _CROWD_TZ[tz]
        phone = chance(rng, 0.5)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BROWSERS)
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            role="crowd_worker",
            ua=ua,
            pay=pick(rng, shared_cards) if chance(rng, p_shared) else None,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        joined = ctx.t0 + _u(rng, 0.0, 0.6) * (ctx.t1 - ctx.t0)
        sess = session_times(
            rng,
            joined,
            ctx.t1,
            _u(rng, 1.5, 3.5),
            evening_person(tz, 3.0),
            _u(rng, 6, 14),
            _u(rng, 45, 120),
        )
        ts_parts, prompts, ips = [], [], []
        mob_kind = {5: "in_mobile", -3: "br_mobile"}.get(tz)
        for s in sess:
            ts_parts.append(s)
            ip = (
                mobile_v6(rng, 1, mob_kind)[0]
                if (phone and mob_kind and chance(rng, 0.6))
                else pick(rng, acct.ips)
            )
            for j in range(len(s)):
                prompts.append(tx.crowd_prompt(rng, lang, followup=j > 0 and chance(rng, 0.6)))
                ips.append(ip)
        ts = _cat(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.02),
            ips=ips,
            comp_median=_u(rng, 450, 650),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd-sourced human harvest following an instruction sheet",
            "keys": n,
            "orgs": n,
            "cards": f"own cards, {round(p_shared, 2)} share of workers on {len(shared_cards)} operator prepaid cards",
            "pacing": "human sessions, evenings, 45-120 s between messages",
            "ip_source": "home broadband and carrier IPv6",
            "timezones": tz_w,
        },
    )


def kick_chase(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: replay of a public prompt dataset (verbatim, sharded in order over keys) against the new
    model, at human pace through residential proxies with browser user agents."""
    fam = "kick_chase"
    n = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    shard = len(ctx.chat) // (n + 1)
    base = irange(rng, 0, len(ctx.chat) - shard * n - 1)
    start = ctx.release + _u(rng, 1, 8) * HOUR
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        acct = _worker(
            ctx,
            rng,
            fam,
            cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 20, 50), tz),
            tz=tz,
        )
        accts.append(acct)
        t_i = start + _u(rng, 0, 6) * HOUR
        ts = _cat(
            session_times(
                rng,
                t_i,
                ctx.t1,
                _u(rng, 8, 16),
                evening_person(tz, 3.5),
                _u(rng, 4, 8),
                _u(rng, 30, 75),
            )
        )
        lo = base + i * shard
        prompts = [ctx.chat[lo + (j % shard)] for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96),
            ips=sticky(rng, ts, acct.ips, _u(rng, 30, 90) * MINUTE),
            comp_median=_u(rng, 380, 520),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-dataset replay against the new model",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "pacing": "human-like sessions from a few hours after release",
            "start": start,
            "ip_source": "sticky residential proxies, one region per key",
            "user_agent": "browser strings",
            "dataset_offset": base,
            "shard": shard,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "dummy_half": dummy_half,
    "forty_twenty": forty_twenty,
    "video_referee": video_referee,
    "up_and_under": up_and_under,
    "grubber": grubber,
    "play_the_ball": play_the_ball,
    "six_again": six_again,
    "charge_down": charge_down,
    "acting_half": acting_half,
    "loose_forward": loose_forward,
    "second_row": second_row,
    "kick_chase": kick_chase,
}
