"""Campaign families of blind batch 282 (code names from cuju).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, writes
its events through `ctx.emit` and its truth through `ctx.account` / `ctx.campaign`. Only lists and
tuples are walked while drawing.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind282 import texts as tx

#: the user agents most common in ordinary traffic (what a careful operator copies)
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
HOSTING = ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode", "scaleway")
BIG_CLOUD = ("aws", "gcp", "azure", "oracle")
VPN_EXITS = ("m247", "leaseweb", "vultr")
ASIA_CLOUD = ("alibaba", "tencent", "huawei", "ucloud")


def _cards(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    """Payment fingerprints for n keys: one shared card, one per key, or a few reused."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n
    if mode == "per_key":
        return [bb.hexid(rng, "pay") for _ in range(n)]
    few = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    return [few[i % len(few)] for i in range(n)]


def _orgs(rng: np.random.Generator, n: int, mode: str) -> list[str]:
    if mode == "one":
        return [bb.hexid(rng, "org")] * n
    if mode == "per_key":
        return [bb.hexid(rng, "org") for _ in range(n)]
    size = irange(rng, 2, 3)
    groups = [bb.hexid(rng, "org") for _ in range((n + size - 1) // size)]
    return [groups[i // size] for i in range(n)]


def _lang_mix(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int, k_hi: int, main: str | None = "en"
):
    """A few languages with Dirichlet weights (the main one, if given, is always among them)."""
    k = irange(rng, k_lo, min(k_hi, len(pool)))
    chosen = tx.lines(rng, pool, k)
    if main is not None and main not in chosen:
        chosen[0] = main
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    if main is not None:
        w[chosen.index(main)] += 1.0
    return chosen, (w / w.sum()).tolist()


def _draw(rng: np.random.Generator, items: list, weights: list[float], n: int) -> list:
    idx = rng.choice(len(items), size=n, p=np.asarray(weights) / np.sum(weights))
    return [items[i] for i in idx.tolist()]


def _pool_split(rng: np.random.Generator, ts: np.ndarray, n_keys: int) -> list[np.ndarray]:
    who = rng.integers(0, n_keys, size=len(ts))
    return [ts[who == i] for i in range(n_keys)]


# --------------------------------------------------------------------------------------------


def fengliuyan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: problems wrapped in instructions that force a full written trace."""
    fam = "fengliuyan"
    n = irange(rng, 4, 12)
    org_mode, card_mode = (
        pick(rng, ("one", "per_key", "groups")),
        pick(rng, ("shared", "per_key", "few")),
    )
    orgs, cards = _orgs(rng, n, org_mode), _cards(rng, n, card_mode)
    provider = pick(rng, HOSTING)
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    ua_mode = pick(rng, ("one", "per_key"))
    ua0 = bb.sdk_ua(rng, 0.6)
    langs, lw = _lang_mix(rng, ("en", "zh", "es", "ru", "pt", "de", "ja"), 2, 5)
    styles = tx.lines(rng, tuple(tx._TRACE_STYLES), irange(rng, 2, 5))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_rate, post_rate = float(rng.uniform(8, 30)), float(rng.uniform(30, 90))
    curve = pick(
        rng, (bb.constant, bb.nightly(float(rng.uniform(18, 23)), float(rng.uniform(8, 14)), 0))
    )
    ts = np.concatenate(
        [
            bb.thinned(
                rng, start, ctx.release, pre_rate * max(0.0, ctx.release - start) / HOUR, curve
            ),
            bb.thinned(
                rng,
                max(start, ctx.release),
                ctx.t1,
                post_rate * (ctx.t1 - max(start, ctx.release)) / HOUR,
                curve,
            ),
        ]
    )
    per_key = _pool_split(rng, np.sort(ts), n)
    accts = []
    for i in range(n):
        ua = ua0 if ua_mode == "one" else bb.sdk_ua(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        accts.append(a)
        t = per_key[i]
        my_styles = tx.lines(rng, styles, irange(rng, 1, len(styles)))
        ls = _draw(rng, langs, lw, len(t))
        prompts = [tx.trace_prompt(rng, lg, pick(rng, my_styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, float(rng.uniform(0.85, 0.97))),
            comp_median=float(rng.uniform(900, 1800)),
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": org_mode,
            "cards": card_mode,
            "ip_source": f"hosting:{provider}",
            "pacing": "poisson_pool_rate_step_at_release",
            "languages": langs,
            "styles": styles,
            "user_agent": ua_mode,
        },
    )


def qiyunshe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvested in bursts through residential proxies."""
    fam = "qiyunshe"
    n_orgs = irange(rng, 2, 4)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    proxy = bb.resi(rng, irange(rng, 60, 300), region)
    hold = float(rng.uniform(10, 40)) * MINUTE
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.54.0",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    style_w = rng.dirichlet(np.ones(4)).tolist()
    styles = ["rubric", "pairwise", "reward", "critique"]
    langs, lw = _lang_mix(rng, ("en", "zh", "ko", "fr", "de"), 1, 3)
    accts = []
    for _ in range(n_orgs):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")  # one stolen card per org
        for _ in range(irange(rng, 1, 3)):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=proxy,
            )
            accts.append(a)
            start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
            starts = bb.thinned(
                rng, start, ctx.t1, float(rng.uniform(2, 7)) * (ctx.t1 - start) / DAY, bb.constant
            )
            t = np.sort(
                np.concatenate(
                    bb.bursts(
                        rng, starts, float(rng.uniform(15, 60)), float(rng.uniform(2, 7)), b=ctx.t1
                    )
                    or [np.empty(0)]
                )
            )
            st = _draw(rng, styles, style_w, len(t))
            ls = _draw(rng, langs, lw, len(t))
            prompts = [
                tx.judge_prompt(rng, ctx.chat, ctx.passages, s, lg)
                for s, lg in zip(st, ls, strict=True)
            ]
            ctx.emit(
                rng,
                a,
                t,
                prompts,
                models=ctx.models(rng, t, 0.92),
                ips=bb.sticky(rng, t, proxy, hold),
                comp_median=450.0,
                err=0.02,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "orgs": n_orgs,
            "cards": "one_stolen_per_org",
            "ip_source": f"residential_proxy:{region}",
            "pacing": "bursts",
            "languages": langs,
            "styles": styles,
            "user_agent": ua,
        },
    )


def gao_qiu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites and refusal pairs, run by an office team."""
    fam = "gao_qiu"
    tz = pick(rng, (8, 3))
    lang_pool = ("zh", "vi", "en") if tz == 8 else ("ru", "tr", "ar", "en")
    langs, lw = _lang_mix(rng, lang_pool, 2, len(lang_pool), main=lang_pool[0])
    n = irange(rng, 3, 8)
    cards = _cards(rng, n, pick(rng, ("per_key", "few")))
    cloud_ips = bb.cloud(
        rng,
        irange(rng, 2, 6),
        pick(rng, ASIA_CLOUD) if tz == 8 else pick(rng, ("selectel", "m247", "leaseweb")),
    )
    vpn = bb.cloud(rng, irange(rng, 10, 40), pick(rng, VPN_EXITS))
    p_vpn = float(rng.uniform(0.2, 0.7))
    styles = ["rewrite", "ideal_refusal", "classify_then_answer", "pref_pair"]
    sw = rng.dirichlet(np.ones(4) * 2).tolist()
    rate = float(rng.uniform(30, 80))
    ts = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        rate * (ctx.t1 - ctx.t0) / HOUR * 0.3,
        bb.workday(tz, 9.0, 19.0, 0.25, 0.05),
    )
    per_key = _pool_split(rng, ts, n)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=bb.sdk_ua(rng, 0.4),
            ips=cloud_ips,
            tz=tz,
        )
        accts.append(a)
        t = per_key[i]
        ips = [
            pick(rng, vpn) if chance(rng, p_vpn) else pick(rng, cloud_ips) for _ in range(len(t))
        ]
        st, ls = _draw(rng, styles, sw, len(t)), _draw(rng, langs, lw, len(t))
        prompts = [tx.policy_prompt(rng, lg, s, ctx.passages) for s, lg in zip(st, ls, strict=True)]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, float(rng.uniform(0.7, 0.9))),
            ips=ips,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrites",
            "keys": n,
            "tz": tz,
            "ip_source": "asia_or_ru_cloud+vpn_exits",
            "pacing": "office_hours_pool",
            "languages": langs,
            "p_vpn": round(p_vpn, 3),
        },
    )


def linzi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: multi-step episodes whose context grows each step."""
    fam = "linzi"
    n = irange(rng, 6, 16)
    org = bb.hexid(rng, "org")
    cards = _cards(rng, n, pick(rng, ("shared", "few")))
    provider = pick(rng, BIG_CLOUD)
    rotate = chance(rng, 0.5)  # serverless egress (new address per call) or one NAT address per key
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.58.1",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    style_pool = ["functions", "react", "xml", "shell"]
    sw = rng.dirichlet(np.ones(4)).tolist()
    per_hour = float(rng.uniform(3, 8))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    ep_starts = bb.thinned(
        rng,
        start,
        ctx.t1,
        per_hour * (ctx.t1 - start) / HOUR,
        bb.global_load(float(rng.uniform(0, 24)), 0.3),
    )
    who = rng.integers(0, n, size=len(ep_starts))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    buf: list[list] = [[[], [], []] for _ in range(n)]  # ts, prompt, extra per key
    step_gap = float(rng.uniform(3, 12))
    for s, k in zip(ep_starts.tolist(), who.tolist(), strict=True):
        style = _draw(rng, style_pool, sw, 1)[0]
        steps = irange(rng, 2, 12)
        t = s + np.concatenate(
            [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=steps - 1))]
        )
        for j, tj in enumerate(t.tolist()):
            buf[k][0].append(tj)
            buf[k][1].append(tx.agent_prompt(rng, style, min(j, 6)))
            buf[k][2].append(j * irange(rng, 150, 700))
    for a, (t, p, extra) in zip(accts, buf, strict=True):
        t = np.asarray(t)
        if len(t) == 0:
            t, p, extra = (
                np.array([start + float(rng.uniform(0, DAY))]),
                [tx.agent_prompt(rng, "react", 0)],
                [0],
            )
        ips = bb.cloud(rng, len(t), provider) if rotate else None
        ctx.emit(
            rng,
            a,
            t,
            p,
            models=ctx.models(rng, t, 0.9),
            ips=ips,
            comp_median=260.0,
            comp_sigma=0.7,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n,
            "ip_source": f"cloud:{provider}",
            "rotating_egress": rotate,
            "pacing": "episodes_step_chains",
            "styles": style_pool,
            "user_agent": ua,
        },
    )


def baida(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation in nightly jobs from one or two VMs."""
    fam = "baida"
    n = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle", "aws", "ovh"))
    vm = bb.cloud(rng, irange(rng, 1, 2), provider)
    tz = pick(rng, bb.TZS)
    curve = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(4, 8)), tz)
    langs, lw = _lang_mix(rng, ("en", "es", "hi", "id", "de", "ja", "fr", "pt"), 2, 4)
    styles = ["persona", "evolve", "grid", "dialogue"]
    sw = rng.dirichlet(np.ones(4)).tolist()
    after_release = chance(rng, 0.5)
    start = (
        ctx.release - float(rng.uniform(0, 0.5)) * DAY
        if after_release
        else bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    )
    ua = bb.sdk_ua(rng, 0.5)
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=vm,
            tz=tz,
        )
        accts.append(a)
        rate = float(rng.uniform(15, 50))
        t = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.25, curve)
        st, ls = _draw(rng, styles, sw, len(t)), _draw(rng, langs, lw, len(t))
        prompts = [tx.synth_prompt(rng, s, lg, ctx.chat) for s, lg in zip(st, ls, strict=True)]
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, 0.96, 0.02),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "ip_source": f"cloud_vm:{provider}",
            "pacing": "nightly_jobs",
            "tz": tz,
            "languages": langs,
            "launched_at_release": after_release,
        },
    )


def xiangpi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of bought aged accounts that act like people:
    evening sessions, think times, follow-up questions, region-matched residential proxies."""
    fam = "xiangpi"
    n = irange(rng, 30, 60)
    tzs = tx.lines(rng, (-8, -5, -3, 0, 1, 2, 5), irange(rng, 2, 4))
    lang_of_tz = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr", "en"),
        2: ("de", "en"),
        5: ("en", "id"),
    }
    p_browser = float(rng.uniform(0.4, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        pool = bb.home(rng, irange(rng, 3, 8), tz)
        ua = pick(rng, COMMON_UAS[2:]) if chance(rng, p_browser) else pick(rng, COMMON_UAS[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, lang_of_tz[tz])
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.7, 2.0)),
            bb.evening_person(tz, float(rng.uniform(1.5, 3.0))),
            float(rng.uniform(4, 9)),
            float(rng.uniform(45, 130)),
        )
        ts, prompts = [], []
        for s in sess:
            for j in range(len(s)):
                prompts.append(tx.opener(rng, lang, ctx.chat) if j == 0 else tx.followup(rng, lang))
            ts.extend(s.tolist())
        if not ts:
            ts, prompts = (
                [ctx.t0 + float(rng.uniform(0.2, 0.9)) * (ctx.t1 - ctx.t0)],
                [tx.opener(rng, lang, ctx.chat)],
            )
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, float(rng.uniform(0.4, 0.65)), 0.1),
            ips=bb.sticky(rng, t, pool, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=520.0,
            extra=0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "accounts": n,
            "cards": "one_per_bought_account",
            "ip_source": "residential_proxy_region_matched",
            "pacing": "human_sessions_evening",
            "tzs": tzs,
            "p_browser_ua": round(p_browser, 3),
            "hard": True,
        },
    )


def qiutou(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent n times, the copies spread over several keys."""
    fam = "qiutou"
    n = irange(rng, 5, 10)
    cards = _cards(rng, n, pick(rng, ("few", "shared")))
    provider = pick(rng, ("vultr", "linode", "digitalocean", "hetzner"))
    ua = bb.sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    items = bb.thinned(
        rng, start, ctx.t1, float(rng.uniform(3, 9)) * (ctx.t1 - start) / HOUR, bb.constant
    )
    mix = rng.dirichlet([3, 2, 2]).tolist()
    buf: list[list] = [[[], [], []] for _ in range(n)]
    for s in items.tolist():
        kind = _draw(rng, ["chat", "soft", "creative"], mix, 1)[0]
        p = (
            tx.chat_prompt(rng, ctx.chat, 15, 1200)
            if kind == "chat"
            else (tx.soft_label_prompt(rng) if kind == "soft" else tx.creative_prompt(rng))
        )
        med = {"chat": 400.0, "soft": 45.0, "creative": 90.0}[kind]
        k = irange(rng, 3, 8)
        keys = rng.choice(n, size=k, replace=k > n).tolist()
        t = s + np.cumsum(rng.lognormal(np.log(1.5), 0.8, size=k))
        for kk, tj in zip(keys, t.tolist(), strict=True):
            buf[kk][0].append(tj)
            buf[kk][1].append(p)
            buf[kk][2].append(med)
    for a, (t, p, med) in zip(accts, buf, strict=True):
        if not t:
            t, p, med = [start + 60.0], [tx.creative_prompt(rng)], [90.0]
        order = np.argsort(t, kind="stable")
        t = np.asarray(t)[order]
        ctx.emit(
            rng,
            a,
            t,
            [p[i] for i in order.tolist()],
            models=ctx.models(rng, t, float(rng.uniform(0.75, 0.95))),
            comp_median=np.asarray(med)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n,
            "ip_source": f"hosting:{provider}",
            "pacing": "item_fanout_across_keys",
            "mix": [round(x, 3) for x in mix],
        },
    )


def shuangmen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: subject x skill x level x style enumerated in order at a slow steady rate."""
    fam = "shuangmen"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "curl/8.5.0", "python-requests/2.32.3"))
    subjects = tx.lines(rng, tuple(tx.CURRICULUM), n)
    styles = tx.lines(rng, ("lesson", "quiz", "misconception", "socratic"), irange(rng, 2, 4))
    lang = pick(rng, ("en", "en", "es", "pt", "fr", "hi"))
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        # a fixed period with small jitter (a cron-like loop that sleeps between calls)
        period = float(rng.uniform(700, 2000))
        k = int((ctx.t1 - start) / period)
        t = start + np.arange(k) * period + rng.normal(0, period * 0.08, size=k)
        t = np.sort(t)
        subj = subjects[i]
        grid = [(sk, lv, st) for sk in tx.CURRICULUM[subj] for lv in tx.LEVELS for st in styles]
        prompts = []
        for j in range(len(t)):
            sk, lv, st = grid[j % len(grid)]
            prompts.append(tx.curriculum_prompt(rng, subj, sk, lv, st, lang, j + 1))
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, 0.93, 0.0),
            comp_median=1600.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "ip_source": "office_broadband",
            "tz": tz,
            "pacing": "fixed_period_jittered",
            "subjects": subjects,
            "styles": styles,
            "language": lang,
        },
    )


def zhuqiu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Parallel-corpus harvest dressed as a translation agency: each passage into several languages."""
    fam = "zhuqiu"
    n = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    pays = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    tz = pick(rng, (1, 2, 3, 8))
    office = bb.home(rng, irange(rng, 1, 3), tz)
    vpn = bb.cloud(rng, irange(rng, 3, 12), pick(rng, VPN_EXITS))
    p_vpn = float(rng.uniform(0.3, 0.8))
    targets = tx.lines(rng, tuple(k for k in tx.LANG_NAME if k != "en"), irange(rng, 6, 12))
    styles = tx.lines(rng, ("plain", "json_pair", "aligned", "short"), irange(rng, 2, 4))
    jobs_per_hour = float(rng.uniform(6, 18))
    jobs = bb.thinned(
        rng,
        ctx.t0,
        ctx.t1,
        jobs_per_hour * (ctx.t1 - ctx.t0) / HOUR * 0.4,
        bb.workday(tz, 8.0, 20.0, 0.3, 0.1),
    )
    accts = []
    for i in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="translator_bot",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=pays[i % n_orgs],
                ua=ua,
                ips=office,
                tz=tz,
            )
        )
    buf: list[list] = [[[], [], []] for _ in range(n)]
    for s in jobs.tolist():
        src = tx.cut(pick(rng, ctx.passages), irange(rng, 300, 1500))
        k = irange(rng, 2, len(targets))
        tg = tx.lines(rng, targets, k)
        key = int(rng.integers(n))
        style = pick(rng, styles)
        t = s + np.cumsum(rng.lognormal(np.log(4.0), 0.7, size=k))
        for lg, tj in zip(tg, t.tolist(), strict=True):
            buf[key][0].append(tj)
            buf[key][1].append(tx.translate_prompt(rng, src, lg, style))
            buf[key][2].append(len(src) / 3.2)
    for a, (t, p, med) in zip(accts, buf, strict=True):
        if not t:
            t, p, med = (
                [ctx.t0 + DAY],
                [tx.translate_prompt(rng, "Hello.", targets[0], "plain")],
                [10.0],
            )
        t = np.asarray(t)
        ips = [pick(rng, vpn) if chance(rng, p_vpn) else pick(rng, office) for _ in range(len(t))]
        ctx.emit(
            rng,
            a,
            t,
            p,
            models=ctx.models(rng, t, 0.88),
            ips=ips,
            comp_median=np.asarray(med),
            comp_sigma=0.25,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "keys": n,
            "orgs": n_orgs,
            "tz": tz,
            "ip_source": "office+vpn",
            "p_vpn": round(p_vpn, 3),
            "targets": targets,
            "styles": styles,
        },
    )


def danmen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Code harvest hidden inside a real coding-assistant product's backend traffic: the
    operator mixes its own prompts into the product's queue (same keys, egress, SDK, load curve)."""
    fam = "danmen"
    n = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    curve = bb.global_load(float(rng.uniform(12, 18)), float(rng.uniform(0.4, 0.75)))
    product_rate = float(rng.uniform(20, 45))
    harvest_frac = float(rng.uniform(0.15, 0.35))
    harvest_start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    prefix = pick(rng, ("[ctx: {f}] ", "// file: {f}\n", "", "Context file {f}.\n"))
    files = (
        "main.py",
        "app.ts",
        "server.go",
        "lib.rs",
        "index.js",
        "Main.java",
        "utils.py",
        "handler.ts",
    )
    styles = tx.lines(rng, ("spec", "leet", "port", "terse"), irange(rng, 2, 4))
    weights = rng.dirichlet(np.ones(n) * 3).tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    ts = bb.thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h_ts = bb.thinned(
        rng,
        harvest_start,
        ctx.t1,
        product_rate * harvest_frac * (ctx.t1 - harvest_start) / HOUR,
        curve,
    )
    all_t = np.concatenate([ts, h_ts])
    harvest = np.concatenate([np.zeros(len(ts), dtype=bool), np.ones(len(h_ts), dtype=bool)])
    order = np.argsort(all_t, kind="stable")
    all_t, harvest = all_t[order], harvest[order]
    who = rng.choice(n, size=len(all_t), p=weights)
    for i, a in enumerate(accts):
        sel = who == i
        t, h = all_t[sel], harvest[sel]
        prompts, meds = [], []
        for hh in h.tolist():
            pre = prefix.format(f=pick(rng, files))
            if hh:
                prompts.append(pre + tx.code_task_prompt(rng, pick(rng, styles)))
                meds.append(850.0)
            else:
                prompts.append(pre + tx.cut(tx.code_chat(rng, ctx.chat), 1500))
                meds.append(420.0)
        m_h = ctx.models(rng, t, 0.95, 0.0)
        m_p = ctx.models(rng, t, float(rng.uniform(0.3, 0.55)), 0.35)
        models = [mh if hh else mp for mh, mp, hh in zip(m_h, m_p, h.tolist(), strict=True)]
        ctx.emit(rng, a, t, prompts, models=models, comp_median=np.asarray(meds), err=0.015)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_inside_product",
            "keys": n,
            "ip_source": f"cloud_nat:{provider}",
            "pacing": "product_global_load",
            "harvest_fraction": round(harvest_frac, 3),
            "harvest_start": harvest_start,
            "styles": styles,
            "hard": True,
        },
    )


def yuanshe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Compromised aged accounts: each owner keeps using the account normally; from a staggered
    moment on, the harvester adds a thin trickle of expert questions from same-region proxies."""
    fam = "yuanshe"
    n = irange(rng, 20, 40)
    tzs = tx.lines(rng, (-8, -5, 0, 1, 2, 9, -3), irange(rng, 3, 5))
    lang_of_tz = {-8: "en", -5: "en", 0: "en", 1: "de", 2: "de", 9: "ja", -3: "pt"}
    h_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        owner_ua = pick(rng, COMMON_UAS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        office = chance(rng, 0.5)
        curve = bb.workday(tz) if office else bb.evening_person(tz)
        sess = bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.6)), curve, 3.0, 90.0)
        t_own = (
            np.concatenate(sess)
            if sess
            else np.array([ctx.t0 + float(rng.uniform(0.1, 0.5)) * (ctx.t1 - ctx.t0)])
        )
        ctx.emit(
            rng,
            a,
            t_own,
            [tx.chat_prompt(rng, ctx.chat) for _ in range(len(t_own))],
            models=ctx.models(rng, t_own, 0.2, 0.15),
            comp_median=330.0,
        )
        t_c = ctx.t0 + float(rng.uniform(1.0, 5.0)) * DAY
        proxy = bb.home(rng, irange(rng, 4, 12), tz)
        starts = bb.thinned(
            rng, t_c, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - t_c) / DAY, bb.constant
        )
        h = bb.bursts(
            rng, starts, float(rng.uniform(2, 4)), float(rng.uniform(20, 90)), 0.6, b=ctx.t1
        )
        t_h = np.sort(np.concatenate(h)) if h else np.array([t_c + 600.0])
        lang = lang_of_tz[tz] if chance(rng, 0.6) else "en"
        ctx.emit(
            rng,
            a,
            t_h,
            [tx.expert_prompt(rng, lang) for _ in range(len(t_h))],
            models=ctx.models(rng, t_h, 0.9, 0.0),
            ips=bb.sticky(rng, t_h, proxy, 20 * MINUTE),
            ua=h_ua,
            comp_median=950.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert_qa_via_compromised_accounts",
            "accounts": n,
            "tzs": tzs,
            "ip_source": "owner_home+region_matched_residential_proxy",
            "pacing": "owner_sessions+thin_bursts",
            "harvest_user_agent": h_ua,
            "hard": True,
        },
    )


def feather_stuffing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Phone farm replaying public prompts (ShareGPT) to the new model: one prepaid card and
    account per phone, carrier addresses, mobile user agents, evening sessions, reading pauses."""
    fam = "feather_stuffing"
    n = irange(rng, 35, 70)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    tz_of = {"us_mobile": (-5, -8), "in_mobile": (5,), "br_mobile": (-3,), "eu_mobile": (0, 1, 2)}
    region_of = {"us_mobile": "us", "in_mobile": "in", "br_mobile": "latam", "eu_mobile": "eu"}
    p_v6 = float(rng.uniform(0.3, 0.8))
    mobile_uas = (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    ) + bb.MOBILE
    onboard_mid = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_of[carrier])
        ua = pick(rng, mobile_uas)
        v4 = bb.resi(rng, irange(rng, 2, 6), region_of[carrier])
        a = ctx.account(
            rng, label="campaign", family=fam, role="phone", campaign_id=cid, ua=ua, ips=v4, tz=tz
        )
        accts.append(a)
        start = onboard_mid + float(rng.normal(0, 0.8)) * DAY
        sess = bb.session_times(
            rng,
            max(ctx.t0, start),
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(60, 160)),
        )
        ts, ips, prompts = [], [], []
        for s in sess:
            addr = bb.mobile_v6(rng, 1, carrier)[0] if chance(rng, p_v6) else pick(rng, v4)
            for _ in range(len(s)):
                p = tx.chat_prompt(rng, ctx.chat, 20, 1500)
                if chance(rng, 0.12):
                    p = p + pick(rng, (" in detail", " please", ". explain fully", "?"))
                prompts.append(p)
                ips.append(addr)
            ts.extend(s.tolist())
        if not ts:
            ts, ips, prompts = (
                [min(ctx.t1 - 60.0, max(ctx.t0, start))],
                [v4[0]],
                [tx.chat_prompt(rng, ctx.chat)],
            )
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            prompts,
            models=ctx.models(rng, t, float(rng.uniform(0.6, 0.85)), 0.05),
            ips=ips,
            comp_median=480.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_phone_farm",
            "accounts": n,
            "carrier": carrier,
            "p_ipv6": round(p_v6, 3),
            "onboard_mid": onboard_mid,
            "pacing": "human_sessions_evening",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "fengliuyan": fengliuyan,
    "qiyunshe": qiyunshe,
    "gao_qiu": gao_qiu,
    "linzi": linzi,
    "baida": baida,
    "xiangpi": xiangpi,
    "qiutou": qiutou,
    "shuangmen": shuangmen,
    "zhuqiu": zhuqiu,
    "danmen": danmen,
    "yuanshe": yuanshe,
    "feather_stuffing": feather_stuffing,
}
