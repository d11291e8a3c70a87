"""Campaign families of batch 206 (code names from rodeo). Each is a generator
`(ctx, rng, campaign_id) -> None` that opens its accounts, emits their events and records the
campaign with its parameters. Every parameter is drawn from the family's own rng.

Four or more are built to be hard (the README says which and why).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
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
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    worker_pool,
)
from bench.monitor_blind206 import texts

LABEL = "campaign"


def _subset(rng: np.random.Generator, options: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(options), int(rng.integers(lo, hi + 1)))
    return [str(x) for x in rng.choice(np.array(options), size=k, replace=False).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def bronc(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion on generated word problems, a hosted worker pool."""
    fam = "bronc"
    n_keys = irange(rng, 6, 13)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    pool = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    styles = _subset(rng, ["think_tags", "numbered", "json", "zh", "ru", "es"], 3, 4)
    if not {"think_tags", "numbered", "json"} & set(styles):
        styles.append("numbered")
    weights = rng.dirichlet(np.ones(len(styles)))
    per_hour = float(rng.uniform(80, 170))
    pilot = ctx.release - float(rng.uniform(0.4, 1.3)) * DAY
    main = ctx.release + float(rng.uniform(0.5, 4.0)) * HOUR
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=[pick(rng, pool) for _ in range(irange(rng, 1, 2))],
        )
        for i in range(n_keys)
    ]
    pre = worker_pool(rng, pilot, ctx.release, per_hour * float(rng.uniform(0.1, 0.3)), n_keys)
    post = worker_pool(rng, main, ctx.t1, per_hour, n_keys)
    serial = irange(rng, 0, 10**6)
    for i, acct in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        prompts = []
        for _ in range(len(ts)):
            serial += 1
            prompts.append(
                texts.reasoning_prompt(
                    rng, str(styles[int(rng.choice(len(styles), p=weights))]), serial
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.01),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion on generated word problems",
            "pacing": f"worker pool, {per_hour:.0f}/h after release, light pilot before",
            "ip_source": f"rented {provider} /24s",
            "payment": "one shared card",
            "user_agent": ua,
            "styles": styles,
            "languages": sorted({"en"} | {s for s in styles if s in ("zh", "ru", "es")}),
            "keys": n_keys,
            "orgs": len(orgs),
            "hard": False,
        },
    )


def lariat(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest fired as nightly bursts."""
    fam = "lariat"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = _subset(rng, ["pairwise", "likert", "critique", "es", "de"], 2, 4)
    tz = pick(rng, (-5, 0, 1, 8))
    start_h = float(rng.uniform(0, 4))
    begin = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    jobs_per_day = float(rng.uniform(1.5, 3.0))
    starts = thinned(
        rng, begin, ctx.t1, jobs_per_day * (ctx.t1 - begin) / DAY, nightly(start_h, 5.0, tz)
    )
    trains = bursts(
        rng, starts, float(rng.uniform(150, 380)), float(rng.uniform(1.2, 3.5)), 0.4, ctx.t1
    )
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="grader",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    per: list[list[np.ndarray]] = [[] for _ in accts]
    for j, tr in enumerate(trains):
        per[j % n_keys].append(tr)
    for acct, parts in zip(accts, per, strict=True):
        ts = _cat(parts)
        prompts = [
            texts.judge_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=float(rng.uniform(160, 260)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward-model grading of ShareGPT passages",
            "pacing": f"nightly bursts ({jobs_per_day:.1f} jobs/day, tz {tz})",
            "ip_source": f"{provider} NAT gateways",
            "payment": "one card",
            "user_agent": ua,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
            "languages": sorted({"en"} | {s for s in styles if s in ("es", "de")}),
        },
    )


def spur(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Policy-compliant / censorship-safe rewrites through commercial VPN exits, prepaid cards."""
    fam = "spur"
    n_keys = irange(rng, 10, 20)
    langs = ["en"] + _subset(rng, ["ar", "id", "tr", "ru"], 2, 3)
    lang_w = np.array([0.5] + [0.5 / (len(langs) - 1)] * (len(langs) - 1))
    styles = _subset(rng, ["ideal", "rewrite", "classify", "pair"], 2, 4)
    provs = _subset(rng, ["m247", "leaseweb", "vultr", "digitalocean", "linode"], 2, 3)
    exits = [ip for p in provs for ip in cloud(rng, irange(rng, 12, 25), p)]
    cards = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 2, 4)))]
    op_tz = pick(rng, (2, 3, 5))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="free_key",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS),
            ips=exits,
        )
        accts.append(acct)
        a = ctx.release - float(rng.uniform(-1.0, 0.6)) * DAY
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(3, 7)),
            evening_person(op_tz, 4.0),
            float(rng.uniform(12, 25)),
            float(rng.uniform(20, 45)),
            0.5,
        )
        ts = _cat(sess)
        prompts = [
            texts.policy_prompt(
                rng,
                pick(rng, styles),
                str(langs[int(rng.choice(len(langs), p=lang_w))]),
                ctx.passages,
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=sticky(rng, ts, exits, float(rng.uniform(15, 40)) * MINUTE),
            comp_median=420.0,
            err=0.05,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and ideal refusals",
            "pacing": "scripted sessions on an operator's evening",
            "ip_source": f"VPN exits on {provs}",
            "payment": f"{len(cards)} prepaid cards reused across keys",
            "user_agent": "spoofed desktop browsers",
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


def buckle(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use trajectories: episodes of several steps with growing context."""
    fam = "buckle"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = cloud(rng, irange(rng, 3, 8), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
    styles = _subset(rng, ["react", "xml", "fncall"], 2, 3)
    langs = ["en"] + _subset(rng, ["ja", "ko"], 0, 2)
    tools_all = list(texts._TOOLS)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(7, 14))
    begin = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    starts = thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR, constant)
    gap = float(rng.uniform(4, 10))
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "x": [], "c": []} for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(0, n_keys))
        task = texts.agent_task(rng, pick(rng, langs))
        tools = _subset(rng, tools_all, 3, 6)
        style = pick(rng, styles)
        steps = irange(rng, 3, 9)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=steps - 1))])
        for i, ti in enumerate(t.tolist()):
            cols[k]["ts"].append(ti)
            cols[k]["p"].append(texts.agent_step(rng, style, task, tools, i))
            cols[k]["x"].append(i * irange(rng, 120, 420))
            cols[k]["c"].append(600.0 if i == steps - 1 else 140.0)
    for acct, c in zip(accts, cols, strict=True):
        ts = np.asarray(c["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            c["p"],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            extra=np.asarray(c["x"]),
            comp_median=np.asarray(c["c"]),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts",
            "pacing": f"{per_hour:.0f} episodes/h, 3-9 steps, ~{gap:.0f}s apart",
            "ip_source": f"{provider}",
            "payment": "one card",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "keys": n_keys,
            "hard": False,
        },
    )


def wrangler(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation as a curriculum sweep, slow and steady all week."""
    fam = "wrangler"
    n_keys = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "digitalocean", "scaleway"))
    ips = cloud(rng, irange(rng, 1, 2), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    langs = ["en"] + _subset(rng, ["fr", "pt", "hi"], 1, 2)
    styles = _subset(rng, ["jsonl", "worked", "qa"], 2, 3)
    rate = float(rng.uniform(18, 32))
    # a couple of outages (the operator's box restarting)
    outages = [
        (ctx.t0 + float(rng.uniform(0, 7)) * DAY, float(rng.uniform(2, 6)) * HOUR)
        for _ in range(irange(rng, 1, 3))
    ]

    def curve(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for a, d in outages:
            w[(ts >= a) & (ts < a + d)] = 0.0
        return w

    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    topics = [str(t) for t in rng.permutation(np.array(texts._TOPICS)).tolist()]
    grid = [(t, lvl, a) for t in topics for lvl in range(1, 6) for a in texts._AUDIENCE]
    prompts = []
    for i in range(len(ts_all)):
        t, lvl, a = grid[i % len(grid)]
        lang = langs[0] if chance(rng, 0.6) else pick(rng, langs)
        prompts.append(texts.synth_prompt(rng, pick(rng, styles), lang, t, lvl, a))
    switch = ctx.release + float(rng.uniform(0.2, 2.0)) * HOUR
    models = [
        ctx.new_model if t >= switch and chance(rng, 0.97) else ctx.old_models[0]
        for t in ts_all.tolist()
    ]
    who = rng.integers(0, n_keys, size=len(ts_all))
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            acct,
            ts_all[sel],
            [prompts[i] for i in sel],
            models=[models[i] for i in sel],
            comp_median=float(rng.uniform(2000, 3200)),
            comp_sigma=0.3,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic instruction dataset, topic x level x audience sweep",
            "pacing": f"steady {rate:.0f}/h around the clock with {len(outages)} outages",
            "ip_source": provider,
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


def saddle_bronc(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest on fresh accounts paid with stolen cards, residential proxies."""
    fam = "saddle_bronc"
    n_keys = irange(rng, 8, 16)
    langs = ["en"] + _subset(rng, ["es", "pt", "de", "vi"], 2, 3)
    wave = ctx.release + float(rng.uniform(-0.3, 0.8)) * DAY
    accts = []
    conv_rate = float(rng.uniform(0.6, 1.3))
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="dialogue_key",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=resi(rng, 1),
        )
        accts.append(acct)
        a = wave + float(rng.uniform(0, 6)) * HOUR
        starts = thinned(rng, a, ctx.t1, conv_rate * (ctx.t1 - a) / HOUR, constant)
        ts_l, p_l, x_l, ip_l = [], [], [], []
        for s in starts.tolist():
            lang = pick(rng, langs)
            turns = irange(rng, 5, 14)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(
                        rng.lognormal(np.log(float(rng.uniform(10, 25))), 0.5, size=turns - 1)
                    ),
                ]
            )
            ip = resi(rng, 1)[0]
            for i, ti in enumerate(t.tolist()):
                ts_l.append(ti)
                p_l.append(
                    texts.dialogue_open(rng, lang, ctx.chat)
                    if i == 0
                    else texts.dialogue_follow(rng, lang)
                )
                x_l.append(i * irange(rng, 300, 650))
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            p_l,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.01),
            ips=ip_l,
            extra=np.asarray(x_l, dtype=np.int64),
            comp_median=520.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (follow-up chains)",
            "pacing": f"{conv_rate:.1f} conversations/h/key, 5-14 turns ~15 s apart",
            "ip_source": "residential proxy, one exit per conversation",
            "payment": "one stolen card per key",
            "user_agent": "desktop browser strings",
            "languages": langs,
            "keys": n_keys,
            "hard": False,
        },
    )


def hazer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times in a tight parallel train."""
    fam = "hazer"
    n_keys = irange(rng, 3, 5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    ips = cloud(rng, irange(rng, 4, 8), provider)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = _subset(rng, ["letter", "probs", "open", "zh_letter"], 2, 4)
    n_choices = [
        int(x) for x in rng.choice(np.array([4, 5, 8, 10, 16]), size=2, replace=False).tolist()
    ]
    per_hour = float(rng.uniform(8, 15))
    begin = ctx.release + float(rng.uniform(0.0, 8.0)) * HOUR
    starts = thinned(rng, begin, ctx.t1, per_hour * (ctx.t1 - begin) / HOUR, constant)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "c": []} for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(0, n_keys))
        style = pick(rng, styles)
        prompt = texts.sampling_prompt(rng, style, ctx.chat)
        n = pick(rng, n_choices)
        t = s + np.cumsum(rng.lognormal(np.log(0.6), 0.8, size=n))
        cols[k]["ts"].extend(t.tolist())
        cols[k]["p"].extend([prompt] * n)
        cols[k]["c"].extend([400.0 if style == "open" else (60.0 if style == "probs" else 3.0)] * n)
    for acct, c in zip(accts, cols, strict=True):
        ts = np.asarray(c["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            c["p"],
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=np.asarray(c["c"]),
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": f"{per_hour:.0f} items/h, n in {n_choices}",
            "ip_source": provider,
            "payment": "two cards",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en", "zh"] if "zh_letter" in styles else ["en"],
            "keys": n_keys,
            "hard": False,
        },
    )


def dally(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Translation harvest (one source into several targets) from a phone farm on carrier IPv6."""
    fam = "dally"
    n_keys = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(2)]
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    pool = mobile_v6(rng, irange(rng, 150, 300), carrier)
    styles = _subset(rng, ["plain", "arrow", "json", "back"], 2, 3)
    targets = _subset(rng, texts.target_languages(), 6, 12)
    per_hour = float(rng.uniform(8, 16))
    begin = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="phone",
            campaign_id=camp,
            org=orgs[i % len(orgs)],
            pay=cards[i % 2],
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=pool,
        )
        accts.append(acct)
        starts = thinned(rng, begin, ctx.t1, per_hour / 4.0 * (ctx.t1 - begin) / HOUR, constant)
        ts_l, p_l, c_l = [], [], []
        for s in starts.tolist():
            src = texts.sentences(rng, ctx.passages, irange(rng, 1, 5))
            k = irange(rng, 2, 6)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            for tt, tgt in zip(
                t.tolist(),
                rng.choice(np.array(targets), size=k, replace=False).tolist(),
                strict=True,
            ):
                ts_l.append(tt)
                p_l.append(texts.translate_prompt(rng, pick(rng, styles), src, str(tgt)))
                c_l.append(max(20.0, len(src) / 3.0))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            p_l,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=sticky(rng, ts, pool, HOUR),
            comp_median=np.asarray(c_l),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "pacing": f"~{per_hour:.0f}/h per key, 24/7",
            "ip_source": f"carrier IPv6 ({carrier}) phone farm",
            "payment": "two cards",
            "user_agent": "okhttp / Dart",
            "languages": ["en"] + targets,
            "styles": styles,
            "keys": n_keys,
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------- the hard ones


def heeler(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a real coding-help product's backend key, with harvest prompts mixed into its
    genuine user traffic on the same daily curve, addresses, user agent and key."""
    fam = "heeler"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    product = pick(rng, ("Snippetly", "DevNook", "Codewise Chat", "PairPal"))
    n_keys = 1 + int(chance(rng, 0.5))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_backend" if i == 0 else "product_staging",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.45, 0.7)))
    rate = float(rng.uniform(22, 40))
    user_ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h_start = ctx.release + float(rng.uniform(6, 30)) * HOUR
    share = float(rng.uniform(0.2, 0.35))
    harv_ts = thinned(rng, h_start, ctx.t1, share * rate * (ctx.t1 - h_start) / HOUR, curve)
    migrate = ctx.release + float(rng.uniform(12, 36)) * HOUR
    wrap = pick(rng, ("[{p}] ", "{p} user question:\n", ""))

    def user_prompt() -> str:
        body = (
            texts.code_request(rng, True)
            if chance(rng, 0.3)
            else texts.short_chat(rng, ctx.chat, 1500)
        )
        return wrap.format(p=product) + body

    rows = [(t, user_prompt(), "u") for t in user_ts.tolist()]
    rows += [
        (t, wrap.format(p=product) + texts.code_request(rng, chance(rng, 0.7)), "h")
        for t in harv_ts.tolist()
    ]
    rows.sort(key=lambda r: r[0])
    ts = np.asarray([r[0] for r in rows])
    models = []
    for t, _, kind in rows:
        if kind == "h":
            models.append(ctx.new_model if chance(rng, 0.93) else ctx.old_models[0])
        elif t >= migrate and chance(rng, 0.55):
            models.append(ctx.new_model)
        else:
            models.append(ctx.old_models[-1] if chance(rng, 0.2) else ctx.old_models[0])
    comp = np.asarray([850.0 if r[2] == "h" else 380.0 for r in rows])
    who = np.where(rng.random(len(rows)) < (0.08 if n_keys > 1 else 0.0), 1, 0)
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            acct,
            ts[sel],
            [rows[i][1] for i in sel],
            models=[models[i] for i in sel],
            comp_median=comp[sel],
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "code-solution harvest hidden inside a real product's traffic",
            "pacing": f"product load {rate:.0f}/h on a global curve; harvest {share:.0%} extra from "
            f"{(h_start - ctx.release) / HOUR:.0f} h after release",
            "ip_source": "aws NAT gateways of the product",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n_keys,
            "hard": True,
            "product": product,
        },
    )


def tie_down(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: bought / compromised aged accounts. Each keeps its owner's habits before the pivot
    (home address, card, user agent, evening use); after it, low-rate harvest through a
    residential proxy in the owner's own region, paced like a person."""
    fam = "tie_down"
    n_keys = irange(rng, 12, 22)
    accts = []
    pivots = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        ua = pick(rng, SDK_COMMON + BROWSERS[:2])
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        pivot = ctx.release + float(rng.uniform(2, 30)) * HOUR
        pivots.append(pivot)
        own = _cat(
            session_times(
                rng,
                ctx.t0,
                pivot,
                float(rng.uniform(0.6, 2.0)),
                evening_person(tz),
                3.0,
                float(rng.uniform(60, 200)),
            )
        )
        proxy = home(rng, irange(rng, 5, 14), tz)
        op = _cat(
            session_times(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(3, 6)),
                evening_person(tz, 3.5),
                float(rng.uniform(5, 10)),
                float(rng.uniform(40, 90)),
            )
        )
        ctx.emit(
            rng,
            acct,
            own,
            [texts.short_chat(rng, ctx.chat, 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.2, p_mini=0.25),
            comp_median=350.0,
            err=0.01,
        )
        prompts = [
            texts.short_chat(rng, ctx.chat, 1500)
            if chance(rng, 0.15)
            else (texts.human_question(rng) if chance(rng, 0.6) else texts.code_request(rng, True))
            for _ in range(len(op))
        ]
        ctx.emit(
            rng,
            acct,
            op,
            prompts,
            models=ctx.models(rng, op, p_new=0.8, p_mini=0.03),
            ips=sticky(rng, op, proxy, 2 * HOUR),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "bought/compromised aged accounts: owner-like use, then low-rate harvest",
            "pacing": "owner's evening sessions; after pivot 3-6 sessions/day of 5-10 requests",
            "ip_source": "owner's home ISP, then residential proxy in the same region",
            "payment": "each account its owner's card",
            "user_agent": "each account's own (unchanged)",
            "languages": ["en"],
            "keys": n_keys,
            "hard": True,
            "pivot_hours_after_release": [round((p - ctx.release) / HOUR, 1) for p in pivots],
        },
    )


def bareback(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: a paid crowd of people, each on their own key, card, home connection and browser,
    working a shared task sheet a few sessions a day."""
    fam = "bareback"
    n_keys = irange(rng, 30, 55)
    prepaid = [hexid(rng, "pay") for _ in range(3)]
    tz_pool = _subset(rng, ["5", "8", "-3", "1", "3", "-5"], 3, 5)
    lang_of_tz = {
        "5": ("en", "hi"),
        "8": ("en", "id"),
        "-3": ("pt", "es"),
        "1": ("en",),
        "3": ("en",),
        "-5": ("en", "es"),
    }
    accts = []
    for _ in range(n_keys):
        tz_s = pick(rng, tz_pool)
        tz = int(tz_s)
        on_phone = chance(rng, 0.2)
        if on_phone:
            kind = {"5": "in_mobile", "-3": "br_mobile", "-5": "us_mobile"}.get(tz_s, "eu_mobile")
            ips, ua = mobile_v6(rng, irange(rng, 2, 5), kind), pick(rng, MOBILE[:3])
        else:
            ips, ua = home(rng, 1, tz), pick(rng, BROWSERS)
        pay = pick(rng, prepaid) if chance(rng, 0.3) else None
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd_worker",
            campaign_id=camp,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        ts = _cat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(1, 3)),
                evening_person(tz),
                float(rng.uniform(6, 12)),
                float(rng.uniform(50, 120)),
            )
        )
        lang = pick(rng, lang_of_tz[tz_s])
        prompts = [
            texts.human_question(rng, lang) if chance(rng, 0.7) else texts.code_request(rng, True)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.01),
            comp_median=750.0,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "paid crowd working a shared explanation/code task sheet",
            "pacing": "1-3 evening sessions a day per worker",
            "ip_source": "workers' home broadband / phones",
            "payment": "own cards, some on 3 shared prepaid cards",
            "user_agent": "workers' browsers",
            "languages": sorted({lg for t in tz_pool for lg in lang_of_tz[t]}),
            "keys": n_keys,
            "hard": True,
        },
    )


def goat_tying(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD: public prompt replay. ShareGPT human prompts, each sent once, from common SDKs through
    residential proxies in person-like sessions."""
    fam = "goat_tying"
    n_keys = irange(rng, 6, 11)
    cards = [hexid(rng, "pay") for _ in range(2)]
    region = pick(rng, ("us", "eu"))
    order = rng.permutation(len(ctx.chat))
    used = 0
    accts = []
    for i in range(n_keys):
        tz = -5 if region == "us" else 1
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=cards[i % 2],
            ua=pick(rng, SDK_COMMON[:3]),
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(acct)
        pool = resi(rng, irange(rng, 8, 20), region)
        early = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.release,
                float(rng.uniform(0.3, 1.0)),
                evening_person(tz),
                3.0,
                90.0,
            )
        )
        late = _cat(
            session_times(
                rng,
                ctx.release + float(rng.uniform(1, 20)) * HOUR,
                ctx.t1,
                float(rng.uniform(6, 11)),
                global_load(float(rng.uniform(14, 22)), 0.6),
                float(rng.uniform(7, 12)),
                float(rng.uniform(20, 45)),
                0.7,
            )
        )
        ts = _cat([early, late])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[used % len(order)])])
            used += 1
        models = [
            ctx.new_model if (t >= ctx.release and chance(rng, 0.8)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=420.0,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT human turns, each once)",
            "pacing": "a trickle before release, then 6-11 sessions/day of 7-12 requests",
            "ip_source": f"residential proxy ({region})",
            "payment": "two cards across keys",
            "user_agent": "common SDKs",
            "languages": ["mixed (ShareGPT)"],
            "keys": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bronc": bronc,
    "lariat": lariat,
    "spur": spur,
    "buckle": buckle,
    "wrangler": wrangler,
    "saddle_bronc": saddle_bronc,
    "hazer": hazer,
    "dally": dally,
    "heeler": heeler,
    "tie_down": tie_down,
    "bareback": bareback,
    "goat_tying": goat_tying,
}
