"""Campaign families of blind batch 343: twelve distillation operations, each drawn with its own
generator (`bench/blind_batch.build_batch` seeds one per family). Code names are trapeze words;
`README.md` says what each family is (read it only after the monitor's single run).

Every family draws in list order only (no set is ever walked), so a seed builds the same events in
every process."""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind343 import texts as tx


def _camp(ctx: Ctx, rng: np.random.Generator, cid: str, fam: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


def _subset(rng: np.random.Generator, options: tuple[str, ...], lo: int, hi: int) -> list[str]:
    """`lo`..`hi` distinct options, in a drawn order."""
    k = min(len(options), irange(rng, lo, hi))
    return [options[i] for i in rng.permutation(len(options))[:k].tolist()]


def _weights(rng: np.random.Generator, k: int) -> list[float]:
    return rng.dirichlet(np.full(k, 2.0)).tolist()


def _cards(rng: np.random.Generator, n: int) -> list[str]:
    return [bb.hexid(rng, "pay") for _ in range(n)]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def fly_bar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, pivoting to the new model."""
    fam = "fly_bar"
    n_keys = irange(rng, 8, 15)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    cards = _cards(rng, irange(rng, 1, 3))
    one_org = chance(rng, 0.4)
    org = bb.hexid(rng, "org")
    ua = bb.sdk_ua(rng, 0.3)
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "worker",
            org=org if one_org else None,
            pay=pick(rng, cards),
            ua=ua,
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n_keys)
    ]
    styles = _subset(rng, tx.COERCE_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    start = ctx.release - float(rng.uniform(0.4, 1.6)) * DAY
    per_hour = float(rng.uniform(45, 95))
    # one outage (the operator's box was rebooted / a key rotation)
    gap_a = float(rng.uniform(start, ctx.t1 - 8 * HOUR))
    gap_b = gap_a + float(rng.uniform(2, 7)) * HOUR
    version = irange(rng, 2, 9)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, ts in zip(accts, streams, strict=True):
        ts = ts[(ts < gap_a) | (ts >= gap_b)]
        prompts = [
            tx.coerced_reasoning(rng, tx.wpick(rng, styles, sw), version) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=float(rng.uniform(1300, 2300)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "provider": provider,
            "cards": len(cards),
            "one_org": one_org,
            "ua": ua,
            "styles": styles,
            "per_hour": round(per_hour, 1),
            "start": start,
            "outage": [gap_a, gap_b],
        },
    )


def catch_trap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward labels in scripted bursts over a sticky residential-proxy pool."""
    fam = "catch_trap"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "*", "latam"))
    pool = bb.resi(rng, irange(rng, 40, 90), region)
    hold = float(rng.uniform(8, 30)) * MINUTE
    styles = _subset(rng, tx.JUDGE_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    accts = []
    for _ in range(n_keys):
        accts.append(
            _camp(
                ctx,
                rng,
                cid,
                fam,
                "labeller",
                ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")),
                ips=pool,
            )
        )
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for a in accts:
        tz = pick(rng, bb.TZS)
        starts = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(7, 15)) * (ctx.t1 - start) / (3 * DAY),
            bb.nightly(float(rng.uniform(20, 24)), float(rng.uniform(5, 9)), tz),
        )
        ts = _concat(
            bb.bursts(
                rng, starts, float(rng.uniform(20, 50)), float(rng.uniform(1.5, 4.0)), b=ctx.t1
            )
        )
        prompts = [
            tx.judge(rng, tx.wpick(rng, styles, sw), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(140, 280)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/reward labels",
            "keys": n_keys,
            "proxy_region": region,
            "pool": len(pool),
            "hold_s": round(hold),
            "cards": "one stolen card per key",
            "styles": styles,
            "start": start,
        },
    )


def hocks_hang(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites through commercial VPN exits during an office day in UTC+8."""
    fam = "hocks_hang"
    n_keys = irange(rng, 4, 8)
    vpn = bb.cloud(rng, irange(rng, 6, 14), "m247") + bb.cloud(rng, irange(rng, 4, 10), "leaseweb")
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    cards = _cards(rng, 2)
    styles = _subset(rng, tx.REWRITE_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    if "zh" in styles:
        sw[styles.index("zh")] += 0.5
    tz = pick(rng, (8, 8, 3, 9))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "worker",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, bb.SDK_OTHER),
            ips=vpn,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(25, 50))
    streams = bb.worker_pool(
        rng, ctx.t0, ctx.t1, per_hour, n_keys, bb.workday(tz, start=9.0, end=21.0, weekend=0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.policy_rewrite(rng, tx.wpick(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            comp_median=float(rng.uniform(380, 650)),
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy/censorship rewrites",
            "keys": n_keys,
            "vpn_exits": len(vpn),
            "orgs": 2,
            "cards": 2,
            "tz": tz,
            "styles": styles,
            "per_hour": round(per_hour, 1),
        },
    )


def heel_hang(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: scripted episodes on cloud NAT gateways, from just after release."""
    fam = "heel_hang"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 4), provider),
        )
        for _ in range(n_keys)
    ]
    styles = _subset(rng, tx.AGENT_STYLES, 2, 4)
    start = ctx.release + float(rng.uniform(1, 10)) * HOUR
    for a in accts:
        ep_starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.0, 3.0)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            style = pick(rng, styles)
            task = tx.agent_task(rng)
            k = irange(rng, 4, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.5, size=k - 1))])
            for step, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(tx.agent_step(rng, style, task, step, ctx.passages))
                extra.append(700 + 420 * step + irange(rng, 0, 200))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent transcripts",
            "keys": n_keys,
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "start": start,
        },
    )


def birds_nest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: async waves from serverless egress, one prepaid card per key."""
    fam = "birds_nest"
    n_keys = irange(rng, 3, 5)
    provider = pick(rng, ("gcp", "azure", "aws"))
    egress = bb.cloud(rng, irange(rng, 25, 60), provider)
    org = bb.hexid(rng, "org")
    styles = _subset(rng, tx.SYNTH_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    tz = pick(rng, (8, 5, 1, -5))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
    accts = [
        _camp(ctx, rng, cid, fam, "generator", org=org, ua=ua, ips=egress, tz=tz)
        for _ in range(n_keys)
    ]
    for a in accts:
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)), bb.nightly(1.0, 6.0, tz))
        ts = _concat(
            bb.bursts(
                rng, starts, float(rng.uniform(50, 140)), float(rng.uniform(0.4, 1.5)), b=ctx.t1
            )
        )
        prompts = [tx.synth_data(rng, tx.wpick(rng, styles, sw), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.01),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "provider": provider,
            "egress_ips": len(egress),
            "tz": tz,
            "styles": styles,
        },
    )


def safety_net(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of person-like accounts: ShareGPT openers, scripted
    follow-ups, evening sessions in each account's own time zone, geo-matched residential proxies,
    browser user agents, one card and one org each."""
    fam = "safety_net"
    n = irange(rng, 24, 38)
    styles = _subset(rng, tx.FOLLOW_STYLES, 3, 5)
    accts, params_tz = [], []
    shared_card = bb.hexid(rng, "pay")
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        pool = bb.home(rng, irange(rng, 6, 15), tz)
        pay = shared_card if chance(rng, 0.12) else None
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "persona",
            pay=pay,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        params_tz.append(tz)
        onboard = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        sessions = bb.session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(4, 7)),
            float(rng.uniform(40, 95)),
            0.7,
        )
        ts_all, prompts, extra = [], [], []
        for s in sessions:
            style = pick(rng, styles)
            opener = tx.owner_prompt(rng, ctx.chat)
            for turn, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(opener if turn == 0 else tx.follow_up(rng, style, opener))
                extra.append(turn * irange(rng, 380, 620))
        if not ts_all:
            ts_all, prompts, extra = [onboard + HOUR], [tx.owner_prompt(rng, ctx.chat)], [0]
        ts = np.asarray(ts_all)
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.04),
            ips=ips,
            comp_median=float(rng.uniform(380, 560)),
            comp_sigma=0.55,
            err=0.01,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "accounts": n,
            "styles": styles,
            "tzs": params_tz,
            "addresses": "geo-matched residential proxies, sticky",
            "cards": "one each, some share one",
            "hard": True,
        },
    )


def pedestal_board(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each prompt sent n times, on one key or spread over the keys."""
    fam = "pedestal_board"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("digitalocean", "vultr", "linode", "scaleway"))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        _camp(
            ctx, rng, cid, fam, "sampler", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    style = pick(rng, ("identical", "nonce", "seedtag", "diverse"))
    spread = chance(rng, 0.6)
    start = ctx.release + float(rng.uniform(1, 8)) * HOUR
    jobs = bb.thinned(
        rng, start, ctx.t1, float(rng.uniform(8, 18)) * (ctx.t1 - start) / HOUR, bb.constant
    )
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n_keys)]
    for s in jobs.tolist():
        base = (
            tx.clip(pick(rng, ctx.chat), 1200)
            if chance(rng, 0.6)
            else tx.synth_data(rng, "persona", ctx.chat)
        )
        k = irange(rng, 4, 8)
        home = int(rng.integers(n_keys))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.2), 0.6, size=k - 1))])
        for i, tt in enumerate(t.tolist()):
            j = int(rng.integers(n_keys)) if spread else home
            per[j][0].append(tt)
            per[j][1].append(tx.nth_sample(rng, style, base, i, k))
    for a, (ts_l, prompts) in zip(accts, per, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling",
            "keys": n_keys,
            "provider": provider,
            "style": style,
            "spread_over_keys": spread,
            "jobs": len(jobs),
            "start": start,
        },
    )


def force_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: a slow, steady loop walking a subject x topic x level grid in order, from
    one office broadband address, in a nightly window."""
    fam = "force_out"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, (1, 2, 3, 8, 9))
    office = bb.home(rng, 1, tz)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "sweeper",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    n_levels = irange(rng, 5, 10)
    grid = tx.curriculum_grid(rng, n_levels)
    styles = ["lesson", "ladder"] + [pick(rng, ("de", "ja"))]
    sw = _weights(rng, len(styles))
    window = bb.nightly(float(rng.uniform(21, 24)), float(rng.uniform(7, 10)), tz)
    pos = 0
    for a in accts:
        cadence = float(rng.uniform(60, 150))
        t = ctx.t0 + float(rng.uniform(0, 0.5)) * DAY
        ts_l = []
        while t < ctx.t1:
            if window(np.asarray([t]))[0] > 0:
                ts_l.append(t)
                t += cadence + float(rng.lognormal(np.log(12.0), 0.4))
            else:
                t += 10 * MINUTE
        ts = np.asarray(ts_l)
        cells = [grid[(pos + i) % len(grid)] for i in range(len(ts))]
        pos += len(ts)
        prompts = [tx.curriculum_prompt(rng, tx.wpick(rng, styles, sw), c, n_levels) for c in cells]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "tz": tz,
            "levels": n_levels,
            "grid": len(grid),
            "styles": styles,
        },
    )


def splits_catch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: each source sentence fanned out to many target languages back to back."""
    fam = "splits_catch"
    n_keys = irange(rng, 4, 7)
    exits = bb.cloud(rng, irange(rng, 5, 12), pick(rng, ("m247", "leaseweb", "ovh")))
    cards = _cards(rng, irange(rng, 1, 2))
    styles = _subset(rng, tx.TRANSLATE_STYLES, 2, 4)
    targets = _subset(rng, tx.LANGS, 7, 13)
    ua = pick(rng, bb.SDK_OTHER)
    accts = [
        _camp(
            ctx, rng, cid, fam, "worker", pay=pick(rng, cards), ua=ua, ips=bb.picks(rng, exits, 3)
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    seg = irange(rng, 1000, 90000)
    for a in accts:
        jobs = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.4, 1.0)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_l, prompts = [], []
        for s in jobs.tolist():
            style = pick(rng, styles)
            text = tx.sentences(ctx.passages, rng, 1)[0]
            k = irange(rng, max(3, len(targets) - 4), len(targets))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(2.0), 0.5, size=k - 1))])
            for lang, tt in zip(targets[:k], t.tolist(), strict=True):
                ts_l.append(tt)
                prompts.append(tx.translate(rng, style, text, lang, seg))
            seg += 1
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=90.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest",
            "keys": n_keys,
            "targets": targets,
            "styles": styles,
            "cards": len(cards),
            "start": start,
        },
    )


def plange_turn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Code harvest hidden inside a real coding-help product: the product's own keys, backend
    addresses, wrapper and load curve carry both its users' questions and the operator's generated
    code specs (a minority share, rising after the release)."""
    fam = "plange_turn"
    product = pick(rng, ("Codewise", "Stackmate", "DevNook", "Bytepal", "Linthouse"))
    n_keys = irange(rng, 3, 5)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    providers = [pick(rng, ("aws", "gcp")), pick(rng, ("aws", "azure"))]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            fam,
            "product_key",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 2, 3), pick(rng, providers)),
        )
        for _ in range(n_keys)
    ]
    code_chat = [
        c
        for c in ctx.chat
        if any(
            w in c.lower()
            for w in ("code", "python", "function", "error", "javascript", "sql", "react", "java")
        )
    ]
    styles = _subset(rng, tx.CODE_STYLES, 2, 4)
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.7)))
    harvest_start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    share = float(rng.uniform(0.2, 0.4))
    for a in accts:
        rate = float(rng.uniform(8, 18))
        real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        fake = bb.thinned(
            rng,
            harvest_start,
            ctx.t1,
            rate * share / (1 - share) * (ctx.t1 - harvest_start) / HOUR,
            curve,
        )
        ts = np.concatenate([real, fake])
        is_fake = np.concatenate([np.zeros(len(real), dtype=bool), np.ones(len(fake), dtype=bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_fake = ts[order], is_fake[order]
        prompts, extra, comp = [], [], []
        for f in is_fake.tolist():
            lang = tx.lang_hint(rng)
            if f:
                user = tx.code_spec(rng, pick(rng, styles), tx.spec_language(lang))
            else:
                user = tx.clip(pick(rng, code_chat), 1200)
            prompts.append(tx.product_wrap(product, user, lang, tx.file_hint(rng, lang)))
            extra.append(irange(rng, 150, 1400))
            comp.append(700.0 if f else 320.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.08),
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest inside a product",
            "product": product,
            "keys": n_keys,
            "harvest_share": round(share, 3),
            "harvest_start": harvest_start,
            "styles": styles,
            "ua": ua,
            "hard": True,
        },
    )


def crane_bar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Compromised aged accounts: each has its owner's ordinary history, then is taken over
    around the release and drip-fed deep-dive questions through residential proxies of another
    region, a few an hour."""
    fam = "crane_bar"
    n = irange(rng, 18, 30)
    styles = _subset(rng, tx.DEEP_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    proxy_region = pick(rng, ("us", "eu", "latam", "sea"))
    proxy_pool = bb.resi(rng, irange(rng, 60, 150), proxy_region)
    op_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        owner_ua = pick(rng, bb.BROWSERS)
        a = _camp(
            ctx,
            rng,
            cid,
            fam,
            "hijacked",
            ua=owner_ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.5, 1.3)) * DAY
        takeovers.append(take)
        own_sessions = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.7, 2.0)), bb.evening_person(tz), 3.0, 90.0
        )
        own = _concat(own_sessions)
        if len(own):
            ctx.emit(
                rng,
                a,
                own,
                [tx.owner_prompt(rng, ctx.chat) for _ in range(len(own))],
                models=ctx.models(rng, own, p_new=0.5, p_mini=0.1),
                comp_median=350.0,
                err=0.005,
            )
        hold = float(rng.uniform(30, 120)) * MINUTE
        win = bb.nightly(float(rng.uniform(0, 24)), float(rng.uniform(8, 16)), 0)
        op = bb.thinned(
            rng, take, ctx.t1, float(rng.uniform(1.5, 4.0)) * (ctx.t1 - take) / HOUR * 0.5, win
        )
        spoof = chance(rng, 0.4)
        prompts = [tx.deep_question(rng, tx.wpick(rng, styles, sw)) for _ in range(len(op))]
        ctx.emit(
            rng,
            a,
            op,
            prompts,
            models=ctx.models(rng, op, p_new=0.96, p_mini=0.0),
            ips=bb.sticky(rng, op, proxy_pool, hold),
            ua=owner_ua if spoof else op_ua,
            comp_median=float(rng.uniform(700, 1100)),
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through compromised aged accounts",
            "accounts": n,
            "proxy_region": proxy_region,
            "styles": styles,
            "takeovers": takeovers,
            "hard": True,
        },
    )


def lunge_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay by a person-like crowd: fresh accounts around the release each send
    a disjoint slice of public first-turn prompts verbatim, in human sessions, from residential
    proxies or phones; prepaid cards shared by small groups."""
    fam = "lunge_line"
    n = irange(rng, 30, 45)
    perm = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    cards = _cards(rng, max(2, n // irange(rng, 3, 6)))
    kinds_v6 = ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")
    accts, created = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        mobile = chance(rng, 0.3)
        ua = pick(rng, bb.MOBILE[:3]) if mobile else pick(rng, bb.BROWSERS)
        pool = (
            bb.mobile_v6(rng, irange(rng, 4, 10), pick(rng, kinds_v6))
            if mobile
            else bb.resi(rng, irange(rng, 5, 12), "*")
        )
        a = _camp(ctx, rng, cid, fam, "replayer", pay=pick(rng, cards), ua=ua, ips=pool, tz=tz)
        accts.append(a)
        c = ctx.release + float(rng.uniform(-0.25, 1.5)) * DAY
        created.append(c)
        ts = _concat(
            bb.session_times(
                rng,
                c,
                ctx.t1,
                float(rng.uniform(2, 4)),
                bb.evening_person(tz, 3.0),
                float(rng.uniform(3, 5)),
                float(rng.uniform(60, 160)),
            )
        )
        if len(ts) == 0:
            ts = np.asarray([c + HOUR])
        prompts = [ctx.chat[perm[(pos + i) % len(perm)]] for i in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(15, 45)) * MINUTE),
            comp_median=420.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay crowd",
            "accounts": n,
            "cards": len(cards),
            "created": created,
            "prompts_used": pos,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "fly_bar": fly_bar,
    "catch_trap": catch_trap,
    "hocks_hang": hocks_hang,
    "heel_hang": heel_hang,
    "birds_nest": birds_nest,
    "safety_net": safety_net,
    "pedestal_board": pedestal_board,
    "force_out": force_out,
    "splits_catch": splits_catch,
    "plange_turn": plange_turn,
    "crane_bar": crane_bar,
    "lunge_line": lunge_line,
}
