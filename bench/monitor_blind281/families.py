"""Campaign families of blind batch 281 (code names: oil-wrestling words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
events through `ctx.emit` and records the campaign through `ctx.campaign`, drawing only from its
own generator and always in the same order (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, SDK_COMMON, Ctx, chance, hexid, irange, pick
from bench.monitor_blind281 import texts as tx

_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "tr"),
    3: ("tr",),
    5: ("en",),
    8: ("en",),
    9: ("en",),
}
_REGION_OF_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


def _styles(rng: np.random.Generator, total: int, lo: int, hi: int) -> list[int]:
    return sorted(rng.choice(total, size=min(total, irange(rng, lo, hi)), replace=False).tolist())


def _lang_mix(
    rng: np.random.Generator, base: str, others: tuple[str, ...], p_each: float
) -> list[str]:
    return [base] + [lg for lg in others if chance(rng, p_each)]


def _weighted_langs(rng: np.random.Generator, langs: list[str], n: int, p_base: float) -> list[str]:
    if len(langs) == 1:
        return [langs[0]] * n
    out = []
    for u in rng.random(n).tolist():
        out.append(
            langs[0]
            if u < p_base
            else langs[1 + int((u - p_base) / (1 - p_base) * (len(langs) - 1)) % (len(langs) - 1)]
        )
    return out


def _split(ts: np.ndarray, who: np.ndarray, k: int) -> list[np.ndarray]:
    return [ts[who == i] for i in range(k)]


# --------------------------------------------------------------------------------------------


def kispet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: word problems wrapped in 'show all your thinking' instructions,
    a worker pool on a rented hosting block, a pilot before the release and the bulk after it."""
    fam = "kispet"
    n_keys = irange(rng, 6, 16)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = bb.sdk_ua(rng, 0.4)
    langs = _lang_mix(rng, "en", ("zh", "ru", "es"), 0.55)
    styles = _styles(rng, 5, 2, 4)
    accts = []
    for i in range(n_keys):
        ips = [
            block[j]
            for j in rng.choice(
                len(block), size=min(len(block), irange(rng, 1, 3)), replace=False
            ).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    go = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    r_pre, r_post = float(rng.uniform(6, 16)), float(rng.uniform(35, 80))
    pre = bb.worker_pool(rng, start, ctx.release, r_pre, n_keys)
    post = bb.worker_pool(rng, go, ctx.t1, r_post, n_keys)
    comp = float(rng.uniform(900, 1500))
    p_base = float(rng.uniform(0.4, 0.75))
    for a, t_a, t_b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_a, t_b])
        ls = _weighted_langs(rng, langs, len(ts), p_base)
        prompts = [tx.reasoning_prompt(rng, pick(rng, styles), lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "rate_per_hour_pre": round(r_pre, 2),
            "rate_per_hour_post": round(r_post, 2),
            "ip_source": f"rented_block:{provider}",
            "payment": f"{len(cards)} shared card(s)",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def cazgir(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvested in scripted bursts through a VPN provider's
    exits; prepaid cards (one per key, or one shared)."""
    fam = "cazgir"
    n_keys = irange(rng, 3, 8)
    one_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    per_key_card = chance(rng, 0.6)
    card = hexid(rng, "pay")
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = bb.cloud(rng, irange(rng, 6, 20), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
    langs = _lang_mix(rng, "en", ("de", "es"), 0.5)
    styles = _styles(rng, 4, 2, 4)
    hold = float(rng.uniform(1, 4)) * HOUR
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org if one_org else None,
            pay=None if per_key_card else card,
            ua=ua,
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(2, 30)) * HOUR
    per_day, size = float(rng.uniform(2, 5)), float(rng.uniform(25, 70))
    gap = float(rng.uniform(0.8, 3.0))
    comp = float(rng.uniform(140, 330))
    p_base = float(rng.uniform(0.6, 0.85))
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = np.concatenate(bb.bursts(rng, starts, size, gap, b=ctx.t1) or [np.empty(0)])
        ts = np.sort(ts)
        ls = _weighted_langs(rng, langs, len(ts), p_base)
        prompts = [tx.judge_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            ips=bb.sticky(rng, ts + float(rng.uniform(0, hold)), exits, hold),
            comp_median=comp,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": f"bursts {per_day:.1f}/day/key, ~{size:.0f} each",
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "prepaid card per key" if per_key_card else "one shared card",
            "orgs": 1 if one_org else n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def pesrev(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-safe / censorship-compliant rewrites, mostly Chinese, slow steady scripts per key
    from a domestic cloud plus a residential proxy pool; separately signed-up keys share cards."""
    fam = "pesrev"
    n_keys = irange(rng, 4, 10)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("alibaba", "tencent", "huawei"))
    vms = bb.cloud(rng, irange(rng, 2, 5), provider)
    proxies = bb.resi(rng, irange(rng, 20, 60), pick(rng, ("cn", "sea", "jp_kr")))
    ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3", "Go-http-client/2.0"))
    styles = _styles(rng, 4, 2, 4)
    curve_name = pick(rng, ("constant", "office"))
    curve = (
        bb.constant if curve_name == "constant" else bb.workday(8, start=8.0, end=20.0, weekend=0.5)
    )
    p_zh = float(rng.uniform(0.55, 0.85))
    comp = float(rng.uniform(350, 600))
    accts, rates = [], []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rewriter",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=vms,
            tz=8,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        rate = float(rng.uniform(3, 8))
        rates.append(round(rate, 2))
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
        p_proxy = float(rng.uniform(0.2, 0.7))
        via = rng.random(len(ts)) < p_proxy
        ips = [pick(rng, proxies) if v else pick(rng, vms) for v in via.tolist()]
        ls = ["zh" if u < p_zh else "en" for u in rng.random(len(ts)).tolist()]
        prompts = [
            tx.policy_rewrite_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages)
            for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=ips,
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": f"steady per key ({curve_name})",
            "rates_per_hour": rates,
            "ip_source": f"cloud:{provider} + residential proxies",
            "payment": f"{len(cards)} cards across keys",
            "orgs": n_keys,
            "user_agent": ua,
            "languages": ["zh", "en"],
            "styles": styles,
            "hard": False,
        },
    )


def pehlivan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: synthetic tasks run as multi-step episodes through an agent
    framework behind one cloud NAT; the prompt is the task or the latest tool observation."""
    fam = "pehlivan"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "OpenAI/Python 1.54.0",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    styles = _styles(rng, 4, 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(6, 48)) * HOUR
    rate = float(rng.uniform(3, 7))
    ep_starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    gap = float(rng.uniform(3, 9))
    sys_tokens = irange(rng, 500, 1800)
    per_key: list[list] = [[] for _ in range(n_keys)]
    tool_names = sorted(tx.TOOLS)
    for s in ep_starts.tolist():
        k = int(rng.integers(n_keys))
        steps = irange(rng, 4, 14)
        style = pick(rng, styles)
        tools = [
            tool_names[j]
            for j in rng.choice(len(tool_names), size=irange(rng, 3, 6), replace=False).tolist()
        ]
        task = tx.agent_task(rng)
        t = s
        for step in range(steps):
            per_key[k].append(
                (t, tx.agent_prompt(rng, style, task, step, tools), sys_tokens + 140 * step)
            )
            t += float(rng.lognormal(np.log(gap), 0.6))
    comp = float(rng.uniform(150, 280))
    for a, rows in zip(accts, per_key, strict=True):
        if not rows:
            rows = [
                (
                    start + float(rng.uniform(0, HOUR)),
                    tx.agent_prompt(rng, styles[0], tx.agent_task(rng), 0, tool_names[:3]),
                    sys_tokens,
                )
            ]
        rows.sort(key=lambda r: r[0])
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            comp_median=comp,
            err=0.02,
            extra=np.array([r[2] for r in rows]),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": f"episodes {rate:.1f}/h, 4-14 steps",
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one org card",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "hard": False,
        },
    )


def baspehlivan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation (JSONL batches, persona prompts, evolved instructions) run as
    nightly jobs from a couple of cloud VMs, on a prepaid card."""
    fam = "baspehlivan"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure", "oracle"))
    tz = pick(rng, bb.TZS)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    langs = _lang_mix(rng, "en", ("es", "pt", "id", "vi"), 0.35)
    styles = _styles(rng, 4, 2, 4)
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    comp = float(rng.uniform(1500, 2600))
    p_base = float(rng.uniform(0.55, 0.8))
    accts = []
    first = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        accts.append(a)
        rate = float(rng.uniform(30, 70))
        ts = bb.thinned(
            rng,
            first,
            ctx.t1,
            rate * (ctx.t1 - first) / HOUR * hours / 24,
            bb.nightly(start_h, hours, tz),
        )
        ls = _weighted_langs(rng, langs, len(ts), p_base)
        prompts = [tx.dataset_prompt(rng, pick(rng, styles), lg, ctx.chat) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": f"nightly {start_h:.1f}h+{hours:.1f}h local tz {tz}",
            "ip_source": f"cloud_vm:{provider}",
            "payment": "prepaid org card",
            "orgs": 1,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def kirkpinar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard. Multi-turn dialogue harvest by a user-simulator: many small accounts, each with its
    own prepaid card, a residential proxy in its claimed country, the most common SDK agent, and
    person-like sessions (opener, then short follow-ups) in several languages."""
    fam = "kirkpinar"
    n = irange(rng, 20, 42)
    tzs = [pick(rng, bb.TZS) for _ in range(irange(rng, 2, 4))]
    p_chat = float(rng.uniform(0.3, 0.7))
    comp = float(rng.uniform(380, 520))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, _LANG_OF_TZ[tz])
        ua = SDK_COMMON[0] if chance(rng, 0.65) else pick(rng, SDK_COMMON + bb.BROWSERS[:2])
        pool = bb.home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_seat",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0, 2.5)) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 120)),
        )
        sloppy = float(rng.uniform(0.2, 0.8))
        ts_all, prompts, extra, ips = [], [], [], []
        for sess in sessions:
            ip = pick(rng, pool)
            hist = irange(rng, 20, 60)
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lang, ctx.chat, p_chat)
                    if j == 0
                    else tx.dialogue_followup(rng, lang, sloppy)
                )
                extra.append(hist)
                hist += int(comp) + irange(rng, 10, 60)
                ips.append(ip)
        ts = np.array(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            comp_median=comp,
            err=0.01,
            extra=np.array(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human-like sessions per account",
            "ip_source": "residential proxies matched to claimed tz",
            "payment": "prepaid card per account",
            "orgs": n,
            "user_agent": "mostly the most common SDK",
            "tzs": tzs,
            "languages": sorted({lg for tz in tzs for lg in _LANG_OF_TZ[tz]}),
            "hard": True,
        },
    )


def altin_kemer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each prompt sent n times, either as a quick sequence on
    one key or fanned out over keys in parallel, from single droplets."""
    fam = "altin_kemer"
    n_keys = irange(rng, 4, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    card = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    styles = _styles(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    p_fan = float(rng.uniform(0.2, 0.8))
    start = ctx.release + float(rng.uniform(-8, 14)) * HOUR
    rate = float(rng.uniform(4, 11))
    per_key: list[list] = [[] for _ in range(n_keys)]
    for s in bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant).tolist():
        prompt = tx.sample_prompt(rng, pick(rng, styles), ctx.chat)
        k_n = irange(rng, 4, 16)
        if chance(rng, p_fan):
            who = rng.integers(0, n_keys, size=k_n).tolist()
            offs = rng.uniform(0, 2.0, size=k_n).tolist()
        else:
            k = int(rng.integers(n_keys))
            who = [k] * k_n
            offs = np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=k_n)).tolist()
        for w, o in zip(who, offs, strict=True):
            per_key[w].append((s + o, prompt))
    comp = float(rng.uniform(280, 480))
    for a, rows in zip(accts, per_key, strict=True):
        if not rows:
            rows = [(start + float(rng.uniform(0, HOUR)), tx.sample_prompt(rng, 0, ctx.chat))]
        rows.sort(key=lambda r: r[0])
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.7,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "pacing": f"{rate:.1f} prompts/h x 4-16 samples, fan-out {p_fan:.2f}",
            "ip_source": f"cloud_single:{provider}",
            "payment": "one card",
            "orgs": len(orgs),
            "user_agent": ua,
            "languages": ["en", "zh", "es"],
            "styles": styles,
            "hard": False,
        },
    )


_APPS = ("StudyNest", "QuizBuddy", "Brainlet", "MathMentor", "LernFuchs", "Aprendo", "Homework Owl")


def cayir(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard. A real tutoring product whose backend keys also run a curriculum sweep against the
    new model: same keys, NAT, user agent and prompt wrapper; the sweep follows the product's own
    load curve and uses the product's 'explain this topic' template."""
    fam = "cayir"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = bb.cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    app = pick(rng, _APPS)
    tz = pick(rng, (-8, -5, 0, 1, 5))
    wrap = irange(rng, 0, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    curve = bb.evening_person(tz, spread=3.0)
    r_prod = float(rng.uniform(12, 30))
    p_button = float(rng.uniform(0.1, 0.25))
    ts_p = bb.thinned(rng, ctx.t0, ctx.t1, r_prod * (ctx.t1 - ctx.t0) / HOUR, curve)
    prompts_p, comp_p = [], []
    for _ in range(len(ts_p)):
        if chance(rng, p_button):
            c, lo, hi = tx.CONCEPTS[int(rng.integers(len(tx.CONCEPTS)))]
            g = irange(rng, lo, hi)
            msg = tx.sweep_request(
                c, g, pick(rng, tx.SWEEP_LEVELS), irange(rng, 1, 3), pick(rng, tx.SWEEP_FORMATS)
            )
            comp_p.append(700.0)
        else:
            msg, g = tx.student_message(rng)
            comp_p.append(260.0)
        prompts_p.append(tx.tutor_wrap(app, wrap, g, msg))
    grid = [
        (c, g, lv, k, f)
        for c, lo, hi in tx.CONCEPTS
        for g in range(lo, hi + 1)
        for lv in tx.SWEEP_LEVELS
        for k in (1, 2, 3)
        for f in tx.SWEEP_FORMATS
    ]
    order = rng.permutation(len(grid)).tolist()
    go = ctx.release + float(rng.uniform(2, 24)) * HOUR
    r_sweep = float(rng.uniform(5, 12))
    ts_s = bb.thinned(rng, go, ctx.t1, r_sweep * (ctx.t1 - go) / HOUR, curve)
    prompts_s = []
    for i in range(len(ts_s)):
        c, g, lv, k, f = grid[order[i % len(order)]]
        prompts_s.append(tx.tutor_wrap(app, wrap, g, tx.sweep_request(c, g, lv, k, f)))
    ts = np.concatenate([ts_p, ts_s])
    prompts = prompts_p + prompts_s
    comp = np.concatenate([np.array(comp_p), np.full(len(ts_s), 720.0)])
    models = ctx.models(rng, ts_p, p_new=0.55, p_mini=0.3) + ctx.models(
        rng, ts_s, p_new=0.98, p_mini=0.0
    )
    who = rng.integers(0, n_keys, size=len(ts))
    extra_sys = irange(rng, 250, 700)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        sel = sel[np.argsort(ts[sel], kind="stable")]
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            comp_median=comp[sel],
            err=0.01,
            extra=extra_sys,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_inside_product",
            "pacing": f"product {r_prod:.1f}/h + sweep {r_sweep:.1f}/h, same load curve",
            "ip_source": f"cloud_nat:{provider}",
            "payment": "company card",
            "orgs": 1,
            "user_agent": ua,
            "app": app,
            "tz": tz,
            "languages": ["en"],
            "hard": True,
        },
    )


def zurna(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: each source passage is translated into a sweep of low-resource target
    languages in a row; an office line plus VPN exits; a worker pool day and night."""
    fam = "zurna"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office = bb.home(rng, irange(rng, 1, 2), tz)
    vpn = bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("m247", "leaseweb")))
    p_vpn = float(rng.uniform(0.0, 0.6))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "reqwest/0.12.12"))
    styles = _styles(rng, 4, 1, 2)
    targets = [
        tx.TARGETS[j]
        for j in rng.choice(len(tx.TARGETS), size=irange(rng, 6, 14), replace=False).tolist()
    ]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    rate = float(rng.uniform(20, 45))
    curve_name = pick(rng, ("constant", "office_hours"))
    curve = (
        bb.constant
        if curve_name == "constant"
        else bb.workday(tz, start=7.0, end=22.0, weekend=0.6)
    )
    ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
    src = [
        ctx.passages[j]
        for j in rng.permutation(len(ctx.passages))[: len(ts) // len(targets) + 2].tolist()
    ]
    jobs_text, jobs_lang = [], []
    for p in src:
        chunk = tx.clip_text(rng, p, 200, 900)
        for lg in targets:
            jobs_text.append(chunk)
            jobs_lang.append(lg)
    prompts = [
        tx.translate_prompt(rng, pick(rng, styles), jobs_text[i], jobs_lang[i])
        for i in range(len(ts))
    ]
    comp = np.array([max(40.0, len(jobs_text[i]) / 2.6) for i in range(len(ts))])
    models = ctx.models(rng, ts, p_new=0.9, p_mini=0.05)
    who = rng.integers(0, n_keys, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ips = [pick(rng, vpn) if chance(rng, p_vpn) else pick(rng, office) for _ in range(len(sel))]
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[j] for j in sel.tolist()],
            models=[models[j] for j in sel.tolist()],
            ips=ips,
            comp_median=comp[sel],
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "pacing": f"worker pool {rate:.1f}/h ({curve_name})",
            "ip_source": f"office broadband tz {tz} + vpn {p_vpn:.2f}",
            "payment": "one card",
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en"] + targets,
            "styles": styles,
            "hard": False,
        },
    )


def davul(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest on stolen cards: many one-off accounts, each with its own card and org, each
    request through a fresh residential exit; keys die after a day or few and are replaced."""
    fam = "davul"
    n_keys = irange(rng, 10, 22)
    styles = _styles(rng, 4, 2, 4)
    region = pick(rng, ("us", "eu", "latam", "sea", "in"))
    comp = float(rng.uniform(600, 950))
    accts = []
    born = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
    for _ in range(n_keys):
        ua = bb.sdk_ua(rng, 0.3) if chance(rng, 0.8) else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=ua,
            ips=bb.resi(rng, 1, region),
        )
        accts.append(a)
        life = float(rng.exponential(2.0) + 0.3) * DAY
        end = min(ctx.t1, born + life)
        rate = float(rng.uniform(1.5, 5))
        ts = bb.thinned(rng, born, end, rate * (end - born) / HOUR, bb.constant)
        ips = bb.resi(rng, max(1, len(ts)), region)[: len(ts)]
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=ips if len(ts) else None,
            comp_median=comp,
            err=0.04,
        )
        born = end - float(rng.uniform(0, 6)) * HOUR
        if born >= ctx.t1 - 2 * HOUR:
            born = ctx.t0 + float(rng.uniform(1, 6)) * DAY
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "pacing": "relay of short-lived keys, steady",
            "ip_source": f"rotating residential proxies ({region})",
            "payment": "stolen card per key",
            "orgs": n_keys,
            "user_agent": "varied per key",
            "languages": ["en"],
            "styles": styles,
            "hard": False,
        },
    )


def paca(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard. Bought aged accounts: a week of the original owner's ordinary use, then a takeover
    around the release: residential proxies in the owner's region, often the owner's user agent,
    human-paced sessions of natural expert questions."""
    fam = "paca"
    n = irange(rng, 10, 24)
    domains = sorted(rng.choice(sorted(tx.DOMAINS), size=2, replace=False).tolist())
    comp = float(rng.uniform(600, 900))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, SDK_COMMON)
        homes = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=homes,
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        sess = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.6, 2)), bb.evening_person(tz), 3.0, 70.0
        )
        ts_pre = np.concatenate(sess) if sess else np.empty(0)
        pre_prompts = [pick(rng, ctx.chat) for _ in range(len(ts_pre))]
        ctx.emit(
            rng,
            a,
            ts_pre,
            pre_prompts,
            models=ctx.models(rng, ts_pre, p_new=0.5, p_mini=0.15),
            comp_median=300.0,
            err=0.005,
        )
        proxies = bb.resi(rng, irange(rng, 4, 10), _REGION_OF_TZ[tz])
        new_ua = ua if chance(rng, 0.6) else SDK_COMMON[0]
        curve = bb.workday(tz, weekend=0.5) if chance(rng, 0.5) else bb.evening_person(tz)
        sess = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(15, 45)),
        )
        ts_post = np.concatenate(sess) if sess else np.array([min(ctx.t1, take + HOUR)])
        voice = pick(rng, (1, 1, 2, 0))
        sloppy = float(rng.uniform(0.05, 0.4))
        prompts = []
        for _ in range(len(ts_post)):
            if chance(rng, 0.25):
                prompts.append(
                    f"Can you walk me through this carefully? {tx.word_problem(rng, 'en')}"
                )
            else:
                prompts.append(tx.person_question(rng, voice, pick(rng, domains), sloppy))
        hold = float(rng.uniform(2, 6)) * HOUR
        ctx.emit(
            rng,
            a,
            ts_post,
            prompts,
            models=ctx.models(rng, ts_post, p_new=0.95, p_mini=0.0),
            ips=bb.sticky(rng, ts_post, proxies, hold),
            ua=new_ua,
            comp_median=comp,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner's casual use, then human-paced sessions",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "payment": "original owners' cards",
            "orgs": n,
            "user_agent": "owner's, sometimes switched to SDK",
            "domains": domains,
            "languages": ["en"],
            "hard": True,
        },
    )


def kazik(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Hard. Low-and-slow person-like crowd: dozens of individually paid accounts on home and phone
    connections, one or two evening sessions a day, replaying public prompts and asking domain
    questions in each account's own voice."""
    fam = "kazik"
    n = irange(rng, 40, 80)
    tzs = [pick(rng, bb.TZS) for _ in range(irange(rng, 3, 5))]
    domains = sorted(rng.choice(sorted(tx.DOMAINS), size=2, replace=False).tolist())
    replay = [ctx.chat[j] for j in rng.permutation(len(ctx.chat))[:4000].tolist()]
    p_replay = float(rng.uniform(0.3, 0.6))
    comp = float(rng.uniform(500, 800))
    mobile_kind = {
        -8: "us_mobile",
        -5: "us_mobile",
        -3: "br_mobile",
        0: "eu_mobile",
        1: "eu_mobile",
        2: "eu_mobile",
        5: "in_mobile",
    }
    accts, cursor = [], 0
    for _ in range(n):
        tz = pick(rng, tzs)
        u = float(rng.random())
        ua = (
            pick(rng, bb.BROWSERS)
            if u < 0.4
            else pick(rng, bb.MOBILE)
            if u < 0.65
            else pick(rng, SDK_COMMON)
        )
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if tz in mobile_kind and chance(rng, 0.3):
            ips += bb.mobile_v6(rng, irange(rng, 1, 3), mobile_kind[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            bb.evening_person(tz),
            2.5,
            float(rng.uniform(60, 180)),
        )
        ts = np.concatenate(sess) if sess else np.array([min(ctx.t1 - MINUTE, start + 3 * HOUR)])
        voice, sloppy = irange(rng, 0, 2), float(rng.uniform(0.1, 0.7))
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_replay):
                prompts.append(replay[cursor % len(replay)])
                cursor += 1
            else:
                prompts.append(tx.person_question(rng, voice, pick(rng, domains), sloppy))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.02),
            comp_median=comp,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "1-2 evening sessions/day per account",
            "ip_source": "members' home broadband and phones",
            "payment": "own card per account",
            "orgs": n,
            "user_agent": "mixed",
            "tzs": tzs,
            "domains": domains,
            "replay_share": round(p_replay, 3),
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "kispet": kispet,
    "cazgir": cazgir,
    "pesrev": pesrev,
    "pehlivan": pehlivan,
    "baspehlivan": baspehlivan,
    "kirkpinar": kirkpinar,
    "altin_kemer": altin_kemer,
    "cayir": cayir,
    "zurna": zurna,
    "davul": davul,
    "paca": paca,
    "kazik": kazik,
}
