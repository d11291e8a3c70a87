"""Campaign families of batch 214 (code names from bouldering). Each is a generator
`(ctx, rng, campaign_id)` that creates its accounts, writes its events into the batch sink and
records the campaign in the truth. Everything (key counts, orgs, cards, pacing, addresses, user
agents, languages, template styles, model choice) is drawn from the family's own generator.

Families `kneebar`, `sit_start`, `spray_wall` and `toe_hook` are built to be hard: harvest hidden in
a real product's traffic, bought aged accounts, a low-and-slow crowd of person-like accounts, and
a replay of public prompts through phone farms.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Acct, Ctx, chance, irange, pick, picks
from bench.monitor_blind214 import texts as tx

Rng = np.random.Generator

# languages that go with a UTC offset (what a person there most likely writes in)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "pl"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh",),
    9: ("ja", "ko"),
}


def _lang_mix(
    rng: Rng, main: str, others: tuple[str, ...], k_max: int
) -> tuple[list[str], list[float]]:
    k = irange(rng, 1, min(k_max, len(others)))
    extra = [str(x) for x in rng.choice(others, size=k, replace=False)] if k else []
    w = [float(rng.uniform(0.4, 0.8))] + [float(x) for x in rng.uniform(0.05, 0.3, size=k)]
    s = sum(w)
    return [main, *extra], [x / s for x in w]


def _styles(rng: Rng, n_styles: int, lo: int, hi: int) -> list[int]:
    """A family's own subset of template styles (lo..hi of them, distinct)."""
    return sorted(int(x) for x in rng.choice(n_styles, size=irange(rng, lo, hi), replace=False))


def _langs(rng: Rng, mix: tuple[list[str], list[float]], n: int) -> list[str]:
    langs, w = mix
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _identities(
    ctx: Ctx,
    rng: Rng,
    fam: str,
    cid: str,
    n: int,
    *,
    role: str,
    org_mode: str,
    pay_mode: str,
    ua: Callable[[int], str],
    ips: Callable[[int], list[str]],
    tz: Callable[[int], int] | None = None,
) -> list[Acct]:
    """`n` keys; org_mode one/few/per_key, pay_mode shared/per_org/per_key."""
    n_orgs = {"one": 1, "few": max(1, min(n, irange(rng, 2, 4))), "per_key": n}[org_mode]
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    org_pay = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    shared_pay = org_pay[0]
    out = []
    for i in range(n):
        o = i % n_orgs
        pay = {"shared": shared_pay, "per_org": org_pay[o], "per_key": None}[pay_mode]
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=role,
                campaign_id=cid,
                org=orgs[o],
                pay=pay,
                ua=ua(i),
                ips=ips(i),
                tz=tz(i) if tz else 0,
            )
        )
    return out


def _poisson(
    rng: Rng, a: float, b: float, per_hour: float, curve: bb.Curve = bb.constant
) -> np.ndarray:
    return bb.thinned(rng, a, b, per_hour * max(0.0, b - a) / HOUR, curve)


# --------------------------------------------------------------------------------------------


def heel_hook(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion: generated problems wrapped in 'show every step' instructions, a
    worker pool on a rented hosting block, a small probe on the old model before the release."""
    fam = "heel_hook"
    n = irange(rng, 5, 14)
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 5))
    base_ua = bb.sdk_ua(rng, 0.6)
    per_key_ua = chance(rng, 0.3)
    org_mode, pay_mode = pick(rng, ("one", "few")), pick(rng, ("shared", "per_org"))
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="worker",
        org_mode=org_mode,
        pay_mode=pay_mode,
        ua=lambda i: bb.sdk_ua(rng) if per_key_ua else base_ua,
        ips=lambda i: picks(rng, block, irange(rng, 1, 3)),
    )
    mix = _lang_mix(rng, "en", ("zh", "ru", "es", "de"), 3)
    styles = _styles(rng, 5, 2, 4)
    probe_rate = float(rng.uniform(1.5, 8.0))
    probe_start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    start = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    per_hour = float(rng.uniform(50, 150))
    curve = (
        bb.constant
        if chance(rng, 0.5)
        else bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    )
    main = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    probe = bb.worker_pool(rng, probe_start, ctx.release, probe_rate, n)
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1000, 1800))
    err = float(rng.uniform(0.01, 0.05))
    for k, acct in enumerate(keys):
        ts = np.sort(np.concatenate([probe[k], main[k]]))
        langs = _langs(rng, mix, len(ts))
        prompts = [tx.coerced_reasoning(rng, lang, styles) for lang in langs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "reasoning_trace_coercion",
            "n_keys": n,
            "org_mode": org_mode,
            "payment": pay_mode,
            "ip_source": f"rented_block:{prov}",
            "pacing": "worker_pool",
            "per_hour": round(per_hour, 1),
            "probe_per_hour": round(probe_rate, 2),
            "languages": mix[0],
            "styles": styles,
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


def sloper(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading: batched pairwise and pointwise judgments over
    quoted answers, fired from cloud servers in trains, round-robin over a few keys."""
    fam = "sloper"
    n = irange(rng, 3, 7)
    prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
    pool = bb.cloud(rng, irange(rng, 2, 6), prov)
    ua = bb.sdk_ua(rng, 0.5)
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="grader",
        org_mode="one",
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: picks(rng, pool, irange(rng, 1, 2)),
    )
    styles = _styles(rng, 7, 2, 5)
    pre = chance(rng, 0.5)
    start = (
        (ctx.release - float(rng.uniform(0.5, 2.0)) * DAY)
        if pre
        else ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
    )
    per_day = float(rng.uniform(2.0, 6.0))
    size = float(rng.uniform(70, 220))
    gap = float(rng.uniform(0.4, 2.0))
    starts = _poisson(rng, start, ctx.t1, per_day / 24.0)
    trains = bb.bursts(rng, starts, size, gap, 0.5, ctx.t1)
    ts_all = np.concatenate(trains) if trains else np.empty(0)
    owner = (
        np.concatenate([np.arange(len(t)) + irange(rng, 0, n - 1) for t in trains]) % n
        if trains
        else np.empty(0, dtype=np.int64)
    )
    p_new = float(rng.uniform(0.92, 1.0))
    comp = float(rng.uniform(180, 420))
    for k, acct in enumerate(keys):
        ts = np.sort(ts_all[owner == k])
        prompts = [
            tx.judge_prompt(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                pick(rng, styles),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=float(rng.uniform(0.005, 0.03)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "judge_rubric_reward_grading",
            "n_keys": n,
            "org_mode": "one",
            "payment": "shared",
            "ip_source": f"cloud:{prov}",
            "pacing": "batch_trains",
            "trains_per_day": round(per_day, 2),
            "train_size": round(size, 1),
            "gap_s": round(gap, 2),
            "starts_before_release": pre,
            "styles": styles,
            "languages": ["en"] + (["zh"] if 4 in styles else []) + (["de"] if 5 in styles else []),
            "hard": False,
        },
    )


def undercling(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-compliant rewrites and refusal/compliance pairs: many short-lived keys on stolen or
    prepaid cards behind a VPN provider's exits, each key burned after a day or so."""
    fam = "undercling"
    n = irange(rng, 12, 28)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    exits = bb.cloud(rng, irange(rng, 10, 30), vpn)
    pay_mode = pick(rng, ("per_key", "per_org"))
    ua_pool = [bb.pick(rng, bb.SDK_OTHER) for _ in range(irange(rng, 1, 3))]
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="burner_key",
        org_mode="per_key" if pay_mode == "per_key" else "few",
        pay_mode=pay_mode,
        ua=lambda i: pick(rng, ua_pool),
        ips=lambda i: exits,
    )
    mix = _lang_mix(rng, pick(rng, ("en", "zh")), ("en", "zh", "ru", "es"), 2)
    styles_by_lang = {"zh": [2], "ru": [4], "es": [6]}
    en_styles = sorted({pick(rng, (0, 1, 3, 5)) for _ in range(3)})
    hold = float(rng.uniform(1800, 7200))
    per_hour = float(rng.uniform(6, 20))
    comp = float(rng.uniform(450, 750))
    first = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    for acct in keys:
        a = float(rng.uniform(first, ctx.t1 - 0.4 * DAY))
        b = min(ctx.t1, a + float(rng.uniform(0.4, 1.8)) * DAY)
        ts = _poisson(rng, a, b, per_hour)
        langs = _langs(rng, mix, len(ts))
        prompts = [
            tx.policy_rewrite(
                rng,
                pick(rng, ctx.passages),
                pick(rng, ctx.chat),
                pick(rng, styles_by_lang.get(lang, en_styles)),
            )
            for lang in langs
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.03),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=comp,
            err=float(rng.uniform(0.01, 0.08)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "policy_rewrite_safe_completion",
            "n_keys": n,
            "payment": pay_mode,
            "ip_source": f"vpn_exits:{vpn}",
            "pacing": "short_lived_keys",
            "per_hour_per_key": round(per_hour, 1),
            "sticky_s": round(hold),
            "languages": mix[0],
            "styles_en": en_styles,
            "hard": False,
        },
    )


def gaston(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: scripted episodes against fake tools, each a loop of calls
    seconds apart with the history growing, from a few static cloud hosts."""
    fam = "gaston"
    n = irange(rng, 2, 6)
    prov = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
        ),
    )
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="agent_runner",
        org_mode="one",
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: bb.cloud(rng, irange(rng, 1, 3), prov),
    )
    style = irange(rng, 0, 2)
    eps = float(rng.uniform(1.0, 3.5))
    steps_mean = float(rng.uniform(5, 11))
    gap = float(rng.uniform(3.0, 9.0))
    sys_tok = irange(rng, 300, 900)
    step_tok = float(rng.uniform(150, 400))
    start = ctx.release + float(rng.uniform(-0.8, 0.5)) * DAY
    p_new = float(rng.uniform(0.85, 0.98))
    for acct in keys:
        ts_l, pr_l, ex_l = [], [], []
        for s in _poisson(rng, start, ctx.t1, eps).tolist():
            k, task = tx.agent_task(rng)
            m = max(2, int(rng.poisson(steps_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=m - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(tx.agent_step(rng, k, task, j, style))
                ex_l.append(sys_tok + int(j * step_tok))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=float(rng.uniform(200, 420)),
            extra=ex_l,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "agent_tool_use_transcripts",
            "n_keys": n,
            "ip_source": f"cloud:{prov}",
            "user_agent": ua,
            "pacing": "episode_loops",
            "episodes_per_hour": round(eps, 2),
            "steps_mean": round(steps_mean, 1),
            "step_gap_s": round(gap, 1),
            "style": style,
            "languages": ["en"],
            "hard": False,
        },
    )


def drop_knee(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation: instruction pairs, persona requests, evolved prompts and
    lessons, a slow steady stream day and night from one or two hosting servers per key."""
    fam = "drop_knee"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("hetzner", "aws", "ovh", "scaleway"))
    ua = bb.sdk_ua(rng, 0.4)
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="generator",
        org_mode="one",
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: bb.cloud(rng, irange(rng, 1, 2), prov),
    )
    mix = _lang_mix(rng, "en", ("fr", "pt", "ja", "zh"), 2)
    styles = _styles(rng, 5, 2, 5)
    per_hour = float(rng.uniform(8, 24))
    start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    comp = float(rng.uniform(1800, 2600))
    for acct in keys:
        ts = _poisson(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            per_hour * float(rng.uniform(0.7, 1.3)),
        )
        langs = _langs(rng, mix, len(ts))
        prompts = [
            tx.dataset_prompt(rng, pick(rng, ctx.chat), lang, pick(rng, styles)) for lang in langs
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "synthetic_dataset_generation",
            "n_keys": n,
            "ip_source": f"cloud:{prov}",
            "pacing": "steady_24h",
            "per_hour_per_key": round(per_hour, 1),
            "languages": mix[0],
            "styles": styles,
            "hard": False,
        },
    )


def crimp_rail(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: a user simulator keeps public conversation openers going for
    several turns, one conversation per key at a time, over sticky residential proxies with
    browser user agents, each key its own org and prepaid card."""
    fam = "crimp_rail"
    n = irange(rng, 10, 20)
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = bb.resi(rng, irange(rng, 30, 80), region)
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="dialogue_worker",
        org_mode="per_key",
        pay_mode="per_key",
        ua=lambda i: pick(rng, bb.BROWSERS),
        ips=lambda i: pool,
    )
    mix = _lang_mix(rng, "en", ("es", "de"), 2)
    conv_rate = float(rng.uniform(0.5, 1.8))
    turns_mean = float(rng.uniform(3, 7))
    gap = float(rng.uniform(25, 70))
    hold = float(rng.uniform(600, 1800))
    hist = float(rng.uniform(300, 600))
    start = ctx.release + float(rng.uniform(-1.0, 0.3)) * DAY
    for acct in keys:
        ts_l, pr_l, ex_l = [], [], []
        for s in _poisson(
            rng, start + float(rng.uniform(0, 12)) * HOUR, ctx.t1, conv_rate
        ).tolist():
            lang = _langs(rng, mix, 1)[0]
            opener = (
                tx.clip(pick(rng, ctx.chat), 20, 1200, rng)
                if lang == "en"
                else tx.human_question(rng, lang, 0.0)
            )
            m = max(2, int(rng.poisson(turns_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=m - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_l.append(tj)
                pr_l.append(opener if j == 0 else tx.follow_up(rng, lang, opener))
                ex_l.append(int(j * hist))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.93, 0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(400, 650)),
            extra=ex_l,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "multi_turn_dialogue_harvest",
            "n_keys": n,
            "org_mode": "per_key",
            "payment": "prepaid_per_key",
            "ip_source": f"residential_proxy:{region}",
            "sticky_s": round(hold),
            "pacing": "conversation_loops",
            "conversations_per_hour": round(conv_rate, 2),
            "turns_mean": round(turns_mean, 1),
            "languages": mix[0],
            "hard": False,
        },
    )


def deadpoint(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt fired n times concurrently, and
    probability-over-options requests, from one cloud provider with an async client."""
    fam = "deadpoint"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("aws", "gcp", "digitalocean", "oracle", "alibaba"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    org_mode = pick(rng, ("one", "few"))
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="sampler",
        org_mode=org_mode,
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: bb.cloud(rng, irange(rng, 1, 2), prov),
    )
    p_bon = float(rng.uniform(0.3, 0.7))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    rate = float(rng.uniform(3, 7))
    soft_styles = _styles(rng, 3, 1, 3)
    start = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    for acct in keys:
        ts_l, pr_l, comp_l = [], [], []
        for s in _poisson(rng, start, ctx.t1, rate).tolist():
            if chance(rng, p_bon):
                p = tx.sample_target(rng, pick(rng, ctx.chat))
                m = irange(rng, n_lo, n_hi)
                ts_l.extend((s + np.cumsum(rng.exponential(0.15, size=m))).tolist())
                pr_l.extend([p] * m)
                comp_l.extend([400.0] * m)
            else:
                ts_l.append(s)
                pr_l.append(tx.soft_label(rng, pick(rng, ctx.chat), pick(rng, soft_styles)))
                comp_l.append(70.0)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, 0.96, 0.0),
            comp_median=np.asarray(comp_l),
            err=float(rng.uniform(0.02, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "best_of_n_soft_labels",
            "n_keys": n,
            "org_mode": org_mode,
            "ip_source": f"cloud:{prov}",
            "pacing": "concurrent_fanout",
            "p_best_of_n": round(p_bon, 2),
            "n_range": [n_lo, n_hi],
            "jobs_per_hour_per_key": round(rate, 1),
            "soft_styles": soft_styles,
            "languages": ["en"],
            "hard": False,
        },
    )


def rockover(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep over code tasks and translations, enumerated in order (easy to hard),
    run by a contractor's office during its working hours from its broadband line."""
    fam = "rockover"
    n = irange(rng, 4, 9)
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="sweep_worker",
        org_mode="one",
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: office,
        tz=lambda i: tz,
    )
    n_langs = irange(rng, 4, len(tx.CODE_LANGS))
    langs = [str(x) for x in rng.choice(tx.CODE_LANGS, size=n_langs, replace=False)]
    grid = [(lv, t, lg) for lv in tx.LEVELS for t in tx.CODE_TASKS for lg in langs]
    tgt = [
        str(x)
        for x in rng.choice(
            ("de", "fr", "es", "ja", "ko", "pt", "it", "pl", "tr", "vi", "id", "ar"),
            size=irange(rng, 3, 6),
            replace=False,
        )
    ]
    p_tr = float(rng.uniform(0.15, 0.5))
    code_styles = _styles(rng, 4, 2, 4)
    rate = float(rng.uniform(4, 9))  # averaged over the whole day; the office hours carry it
    start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    curve = bb.workday(
        tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17, 20)), weekend=0.15
    )
    streams = [_poisson(rng, start, ctx.t1, rate, curve) for _ in keys]
    ts_all = np.concatenate(streams)
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    order = np.argsort(ts_all, kind="stable")
    prompts = [""] * len(ts_all)
    g, p_i = 0, 0
    for idx in order.tolist():
        if chance(rng, p_tr):
            prompts[idx] = tx.translation_task(
                rng, ctx.passages[p_i % len(ctx.passages)], tgt[p_i % len(tgt)], p_i % 3
            )
            p_i += 1
        else:
            lv, t, lg = grid[g % len(grid)]
            prompts[idx] = tx.code_task(rng, t, lg, lv, pick(rng, code_styles))
            g += 1
    p_new = float(rng.uniform(0.85, 0.98))
    for i, acct in enumerate(keys):
        sel = np.flatnonzero(owner == i)
        ts = ts_all[sel]
        ctx.emit(
            rng,
            acct,
            ts,
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, p_new, 0.0),
            comp_median=float(rng.uniform(900, 1400)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "curriculum_sweep_code_translation",
            "n_keys": n,
            "ip_source": "office_broadband",
            "tz": tz,
            "pacing": "office_hours_poisson",
            "per_hour_per_key": round(rate, 1),
            "code_langs": langs,
            "translation_targets": tgt,
            "p_translation": round(p_tr, 2),
            "languages": ["en", *tgt],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def kneebar(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Harvest hidden in a real product's traffic: a writing/study app's backend keys carry
    its real users' messages all week; after the release the operator injects its own
    person-styled questions through the same keys, servers and client."""
    fam = "kneebar"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("aws", "gcp"))
    backend = bb.cloud(rng, irange(rng, 3, 8), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="product_key",
        org_mode="one",
        pay_mode="shared",
        ua=lambda i: ua,
        ips=lambda i: backend,
    )
    peak, depth = float(rng.uniform(12, 22)), float(rng.uniform(0.4, 0.8))
    load = bb.global_load(peak, depth)
    prod_rate = float(rng.uniform(25, 50))
    share = float(rng.uniform(0.25, 0.4))
    h_start = ctx.release + float(rng.uniform(0.0, 1.0)) * DAY
    h_rate = prod_rate * share / (1 - share)
    follow_load = chance(rng, 0.5)
    weights = rng.dirichlet(np.ones(n) * 2.0)
    prod = _poisson(rng, ctx.t0, ctx.t1, prod_rate, load)
    harv = _poisson(rng, h_start, ctx.t1, h_rate, load if follow_load else bb.constant)
    mix = _lang_mix(rng, "en", ("es", "de", "fr", "pt"), 2)
    p_new_prod = float(rng.uniform(0.3, 0.6))
    who_p = rng.choice(n, size=len(prod), p=weights)
    who_h = rng.choice(n, size=len(harv), p=weights)
    for k, acct in enumerate(keys):
        tp, th = prod[who_p == k], harv[who_h == k]
        pp = [pick(rng, ctx.chat) for _ in range(len(tp))]
        ph = []
        for lang in _langs(rng, mix, len(th)):
            r = rng.random()
            if r < 0.7:
                ph.append(tx.human_question(rng, lang, 0.15) + tx.thorough_suffix(rng))
            elif r < 0.85:
                ph.append(tx.reasoning_problem(rng, "en") + tx.thorough_suffix(rng))
            else:
                ph.append(tx.clip(pick(rng, ctx.chat), 20, 1500, rng) + tx.thorough_suffix(rng))
        ctx.emit(
            rng,
            acct,
            tp,
            pp,
            models=ctx.models(rng, tp, p_new_prod, 0.15),
            comp_median=350.0,
            comp_sigma=0.6,
        )
        ctx.emit(
            rng,
            acct,
            th,
            ph,
            models=ctx.models(rng, th, 0.95, 0.0),
            comp_median=float(rng.uniform(800, 1200)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "harvest_in_product_traffic",
            "n_keys": n,
            "ip_source": f"product_backend:{prov}",
            "user_agent": ua,
            "pacing": "product_global_load",
            "product_per_hour": round(prod_rate, 1),
            "harvest_share": round(share, 2),
            "harvest_follows_load": follow_load,
            "languages": mix[0],
            "p_new_product": round(p_new_prod, 2),
            "hard": True,
        },
    )


def sit_start(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought aged accounts: each has its original owner's org, card, client and home
    address, sometimes a little of the owner's own use early in the week; after a takeover around
    the release the buyer harvests in person-like sessions through residential proxies (often in
    the owner's region), keeping the owner's user agent most of the time."""
    fam = "sit_start"
    n = irange(rng, 15, 32)
    geo_match = float(rng.uniform(0.4, 0.9))
    keep_ua = float(rng.uniform(0.5, 0.9))
    p_owner = float(rng.uniform(0.3, 0.7))
    keys, params = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        keys.append(acct)
        params.append(tz)
    shift = float(rng.uniform(-1.0, 0.5))
    per_day = float(rng.uniform(3, 7))
    size = float(rng.uniform(5, 12))
    gap = float(rng.uniform(20, 60))
    for acct in keys:
        tz = acct.tz
        take = ctx.release + (shift + float(rng.uniform(-0.3, 0.3))) * DAY
        if chance(rng, p_owner):
            sess = bb.session_times(
                rng, ctx.t0, take, float(rng.uniform(0.3, 1.2)), bb.evening_person(tz), 3.0, 90.0
            )
            ts = np.concatenate(sess) if sess else np.empty(0)
            ctx.emit(
                rng,
                acct,
                ts,
                [pick(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, 0.2, 0.1),
                comp_median=350.0,
            )
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.constant
        sess = bb.session_times(
            rng, take, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), curve, size, gap
        )
        region_ips = (
            bb.home(rng, irange(rng, 3, 8), tz)
            if chance(rng, geo_match)
            else bb.resi(rng, irange(rng, 3, 8))
        )
        langs = LANG_OF_TZ.get(tz, ("en",))
        ua_h = acct.ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.3)
        for s in sess:
            ip = pick(rng, region_ips)
            prompts = []
            for _ in range(len(s)):
                r = rng.random()
                if r < 0.65:
                    lang = pick(rng, langs) if chance(rng, 0.4) else "en"
                    prompts.append(tx.human_question(rng, lang, 0.2) + tx.thorough_suffix(rng))
                elif r < 0.85:
                    prompts.append(tx.coerced_reasoning(rng, "en", [1, 3]))
                else:
                    prompts.append(pick(rng, ctx.chat))
            ctx.emit(
                rng,
                acct,
                s,
                prompts,
                models=ctx.models(rng, s, 0.9, 0.0),
                ips=ip,
                ua=ua_h,
                comp_median=float(rng.uniform(700, 1000)),
            )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "aged_account_takeover_harvest",
            "n_keys": n,
            "org_mode": "per_key",
            "payment": "owner_cards",
            "ip_source": "residential_proxy_geo_matched",
            "p_geo_match": round(geo_match, 2),
            "p_keep_owner_ua": round(keep_ua, 2),
            "p_owner_use_visible": round(p_owner, 2),
            "takeover_shift_days": round(shift, 2),
            "pacing": "person_like_sessions",
            "sessions_per_day": round(per_day, 2),
            "tzs": sorted(set(params)),
            "languages": ["en", "local"],
            "hard": True,
        },
    )


def spray_wall(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A low-and-slow crowd: dozens of person-like accounts, each its own org and card,
    home-region residential or phone addresses, browser or phone clients, a few evening sessions a
    day of casually worded questions in local languages; each account stays small."""
    fam = "spray_wall"
    n = irange(rng, 40, 70)
    p_mobile = float(rng.uniform(0.1, 0.35))
    p_local = float(rng.uniform(0.3, 0.7))
    p_chat = float(rng.uniform(0.05, 0.2))
    keys = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        if chance(rng, p_mobile):
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            ips, ua = bb.mobile_v6(rng, irange(rng, 2, 6), kind), pick(rng, bb.MOBILE)
        else:
            ips, ua = bb.home(rng, irange(rng, 1, 2), tz), pick(rng, bb.BROWSERS)
        keys.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_member",
                campaign_id=cid,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    per_day = float(rng.uniform(1.0, 2.5))
    size = float(rng.uniform(3, 7))
    gap = float(rng.uniform(40, 120))
    p_new = float(rng.uniform(0.75, 0.92))
    for acct in keys:
        a = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            per_day * float(rng.uniform(0.6, 1.4)),
            bb.evening_person(acct.tz),
            size,
            gap,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        langs = LANG_OF_TZ.get(acct.tz, ("en",))
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(pick(rng, ctx.chat))
            else:
                lang = pick(rng, langs) if chance(rng, p_local) else "en"
                prompts.append(tx.human_question(rng, lang, 0.3) + tx.thorough_suffix(rng))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(600, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "low_and_slow_crowd",
            "n_keys": n,
            "org_mode": "per_key",
            "payment": "per_key",
            "ip_source": "home_region_residential_or_mobile",
            "p_mobile": round(p_mobile, 2),
            "pacing": "evening_sessions",
            "sessions_per_day": round(per_day, 2),
            "session_size": round(size, 1),
            "p_local_language": round(p_local, 2),
            "p_public_prompt": round(p_chat, 2),
            "p_new": round(p_new, 2),
            "languages": ["en", "local"],
            "hard": True,
        },
    )


def toe_hook(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Public prompt replay: a public chat-prompt collection replayed once through the new
    model (no prompt twice), slow and steady around the clock, from a phone farm's carrier
    addresses or rotating residential proxies, a few orgs with one card each."""
    fam = "toe_hook"
    n = irange(rng, 6, 14)
    phones = chance(rng, 0.6)
    mkind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    region = pick(rng, ("us", "eu", "in", "latam", "sea"))
    org_mode = "few"

    def ips(_: int) -> list[str]:
        return (
            bb.mobile_v6(rng, irange(rng, 5, 20), mkind)
            if phones
            else bb.resi(rng, irange(rng, 5, 20), region)
        )

    def ua(_: int) -> str:
        return (
            pick(
                rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0")
            )
            if phones
            else bb.sdk_ua(rng, 0.7)
        )

    keys = _identities(
        ctx,
        rng,
        fam,
        cid,
        n,
        role="replayer",
        org_mode=org_mode,
        pay_mode="per_org",
        ua=ua,
        ips=ips,
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    offset = irange(rng, 0, len(order) - 1)
    p_suffix = pick(rng, (0.0, 0.0, 0.2))
    rate = float(rng.uniform(4, 12))
    warm = chance(rng, 0.5)
    cursor = 0
    for acct in keys:
        a = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
        ts = _poisson(rng, a, ctx.t1, rate * float(rng.uniform(0.7, 1.3)))
        if warm:
            ts = np.sort(np.concatenate([_poisson(rng, a - 2 * DAY, ctx.release, 0.6), ts]))
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[order[(offset + cursor) % len(order)]]
            cursor += 1
            prompts.append(p + tx.thorough_suffix(rng) if chance(rng, p_suffix) else p)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.05),
            comp_median=float(rng.uniform(500, 700)),
        )
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "public_prompt_replay",
            "n_keys": n,
            "org_mode": org_mode,
            "payment": "per_org",
            "ip_source": f"phone_farm:{mkind}" if phones else f"residential_proxy:{region}",
            "pacing": "steady_24h",
            "per_hour_per_key": round(rate, 1),
            "warm_up_before_release": warm,
            "p_suffix": p_suffix,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "heel_hook": heel_hook,
    "sloper": sloper,
    "undercling": undercling,
    "gaston": gaston,
    "drop_knee": drop_knee,
    "crimp_rail": crimp_rail,
    "deadpoint": deadpoint,
    "rockover": rockover,
    "kneebar": kneebar,
    "sit_start": sit_start,
    "spray_wall": spray_wall,
    "toe_hook": toe_hook,
}
