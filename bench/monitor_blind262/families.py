"""Campaign families of batch 262 (code names from kilikili).

Each family is `f(ctx, rng, campaign_id)` and draws only from its own generator, in an order that
is the same in every process (lists, tuples and dicts only; no set is ever walked)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as b
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind262 import texts as tx

LANG_POOL = ("en", "zh", "es", "ru", "de", "ja", "pt", "ko")


def _draw_langs(
    rng: np.random.Generator, pool: tuple[str, ...], k: int, first: str = "en"
) -> tuple[list[str], list[float]]:
    """`k` languages (the first one fixed) with Dirichlet weights that favour the first."""
    rest = [x for x in pool if x != first]
    chosen = [first] + [rest[i] for i in rng.permutation(len(rest))[: k - 1].tolist()]
    w = rng.dirichlet(np.ones(k))
    w[0] += 1.0
    return chosen, (w / w.sum()).tolist()


def _lang_per_event(
    rng: np.random.Generator, langs: list[str], weights: list[float], n: int
) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=np.asarray(weights)).tolist()]


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Billing fingerprints per key: one shared card, one each, or a few rotated."""
    if mode == "shared":
        return [b.hexid(rng, "pay")] * n_keys
    if mode == "per_key":
        return [b.hexid(rng, "pay") for _ in range(n_keys)]
    few = [b.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    return [few[i % len(few)] for i in range(n_keys)]


def _orgs(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    if mode == "one":
        return [b.hexid(rng, "org")] * n_keys
    if mode == "per_key":
        return [b.hexid(rng, "org") for _ in range(n_keys)]
    few = [b.hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    return [few[i % len(few)] for i in range(n_keys)]


def _styles_for(
    rng: np.random.Generator, n: int, home: int, n_styles: int, p_home: float
) -> list[int]:
    """A key's script mostly uses its own template style; sometimes another."""
    alt = rng.integers(0, n_styles, size=n).tolist()
    keep = (rng.random(n) < p_home).tolist()
    return [home if k else a for k, a in zip(keep, alt, strict=True)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def giggle_trill(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "giggle_trill"
    n_keys = irange(rng, 6, 13)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = b.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    card_mode, org_mode = pick(rng, ("shared", "few", "per_key")), pick(rng, ("per_key", "few"))
    cards, orgs = _cards(rng, n_keys, card_mode), _orgs(rng, n_keys, org_mode)
    one_ua = chance(rng, 0.7)
    ua0 = b.sdk_ua(rng, 0.4)
    langs, lw = _draw_langs(rng, LANG_POOL, irange(rng, 2, 4))
    start = ctx.release - float(rng.uniform(0.3, 1.6)) * DAY
    per_hour = float(rng.uniform(35, 75))
    accts = []
    for i in range(n_keys):
        ips = [block[j] for j in rng.permutation(len(block))[: irange(rng, 1, 2)].tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=ua0 if one_ua else b.sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    streams = b.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for i, (acct, ts) in enumerate(zip(accts, streams, strict=True)):
        n = len(ts)
        lg = _lang_per_event(rng, langs, lw, n)
        st = _styles_for(rng, n, i % 5, 5, 0.8)
        prompts = [tx.reasoning(rng, lang, s) for lang, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=950,
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
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": card_mode,
            "orgs": org_mode,
            "languages": langs,
            "start": round(start, 1),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through sticky residential proxies


def beak_seed(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "beak_seed"
    n_keys = irange(rng, 4, 8)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    pool = b.resi(rng, irange(rng, 150, 400), region)
    org_mode = pick(rng, ("one", "per_key"))
    cards, orgs = _cards(rng, n_keys, "shared"), _orgs(rng, n_keys, org_mode)
    hold = float(rng.uniform(8, 30)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs, lw = _draw_langs(rng, ("en", "de", "ja"), irange(rng, 1, 3))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    burst_every = float(rng.uniform(1.2, 3.5)) * HOUR
    size = float(rng.uniform(18, 50))
    for i, acct in enumerate(accts):
        starts = b.thinned(rng, start, ctx.t1, (ctx.t1 - start) / burst_every, b.constant)
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *b.bursts(rng, starts, size, float(rng.uniform(2, 6)), 0.6, ctx.t1)]
            )
        )
        n = len(ts)
        lg = _lang_per_event(rng, langs, lw, n)
        st = _styles_for(rng, n, i % 5, 5, 0.7)
        prompts = [
            tx.judge(rng, ctx.chat, ctx.passages, lang, s) for lang, s in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            ips=b.sticky(rng, ts + i * 977.0, pool, hold),
            comp_median=190,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "burst_every_s": round(burst_every),
            "burst_size": round(size, 1),
            "ip_source": f"residential_proxy_sticky:{region}",
            "payment": "shared",
            "orgs": org_mode,
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, office hours in UTC+8


def plume_warble(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "plume_warble"
    n_keys = irange(rng, 5, 10)
    vpn = [
        ip
        for p in ("m247", "leaseweb", "vultr", "digitalocean")
        for ip in b.cloud(rng, irange(rng, 2, 5), p)
    ]
    cards, orgs = _cards(rng, n_keys, "few"), _orgs(rng, n_keys, "per_key")
    langs = ["zh", "en", "ru", "ar"]
    lw = rng.dirichlet([6.0, 4.0, 2.0, 1.0]).tolist()
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    curve = b.workday(8, start=9.0, end=21.5, weekend=0.35, night=0.05)
    accts = []
    for i in range(n_keys):
        ips = [vpn[j] for j in rng.permutation(len(vpn))[: irange(rng, 3, 6)].tolist()]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=b.sdk_ua(rng, 0.7),
                ips=ips,
                tz=8,
            )
        )
    for i, acct in enumerate(accts):
        ts = b.thinned(rng, start, ctx.t1, float(rng.uniform(250, 600)), curve)
        n = len(ts)
        lg = _lang_per_event(rng, langs, lw, n)
        st = _styles_for(rng, n, i % 4, 4, 0.75)
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lang, s)
            for lang, s in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=480,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_rewrites",
            "pacing": "office_hours_utc+8",
            "ip_source": "vpn_exits",
            "payment": "few_stolen_cards",
            "orgs": "per_key",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from one company-looking cloud tenant


def cage_swing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cage_swing"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = b.cloud(rng, irange(rng, 2, 4), provider)
    org = b.hexid(rng, "org")
    card = b.hexid(rng, "pay")
    uas = (
        "langchain-openai/0.3.6",
        "litellm/1.60.2",
        "dspy/2.6.3 litellm/1.60.2",
        "OpenAI/Python 1.58.1",
    )
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, uas),
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    per_day = float(rng.uniform(25, 60))
    for i, acct in enumerate(accts):
        starts = b.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, b.constant)
        eps = b.bursts(rng, starts, float(rng.uniform(4, 9)), float(rng.uniform(3, 9)), 0.7, ctx.t1)
        ts = np.sort(np.concatenate([np.empty(0), *eps]))
        prompts, extra = [], []
        style = i % 3
        for _ in range(len(ts)):
            p, e = tx.agent(rng, style if chance(rng, 0.85) else irange(rng, 0, 2))
            prompts.append(p)
            extra.append(e)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=240,
            comp_sigma=0.6,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episode_bursts",
            "episodes_per_day": round(per_day, 1),
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one_card",
            "orgs": "one",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, a curriculum sweep after release


def millet_spray(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "millet_spray"
    n_keys = irange(rng, 9, 16)
    cards, orgs = _cards(rng, n_keys, "per_key"), _orgs(rng, n_keys, "few")
    provs = b.providers()
    resi_pool = b.resi(rng, 120, "*")
    grid = tx.curriculum_topics()
    langs, lw = _draw_langs(rng, ("en", "es", "zh", "fr"), irange(rng, 2, 4))
    start = ctx.release + float(rng.uniform(0.5, 6.0)) * HOUR
    accts, via_proxy = [], []
    for i in range(n_keys):
        proxy = chance(rng, 0.3)
        ips = resi_pool if proxy else b.cloud(rng, 1, pick(rng, provs))
        via_proxy.append(proxy)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=b.sdk_ua(rng, 0.5),
                ips=ips,
            )
        )
    per_hour = float(rng.uniform(45, 85))
    streams = b.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for acct, ts in zip(accts, streams, strict=True):
        n = len(ts)
        off = irange(rng, 0, len(grid) - 1)
        lg = _lang_per_event(rng, langs, lw, n)
        prompts = []
        for j in range(n):
            field, concept = grid[(off + j) % len(grid)]
            level = tx.LEVELS[(j // len(grid)) % len(tx.LEVELS)]
            prompts.append(
                tx.synth_data(
                    rng, ctx.chat, lg[j], f"{concept} ({field})", level, irange(rng, 0, 4)
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1150,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": "mixed_clouds_and_residential_proxy",
            "proxy_keys": int(sum(via_proxy)),
            "payment": "per_key",
            "orgs": "few",
            "languages": langs,
            "sweep": "field_x_concept_x_level",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: a user-simulator drives conversations


def flock_call(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flock_call"
    n_keys = irange(rng, 12, 20)
    cards, orgs = _cards(rng, n_keys, "few"), _orgs(rng, n_keys, "per_key")
    regions = ["us", "eu", "latam"]
    pools = {r: b.resi(rng, 200, r) for r in regions}
    lang_of = {"us": ("en", "en", "es"), "eu": ("en", "de", "fr"), "latam": ("es", "pt")}
    accts, meta = [], []
    for i in range(n_keys):
        reg = pick(rng, regions)
        tz = {"us": pick(rng, (-8, -5)), "eu": pick(rng, (0, 1, 2)), "latam": -3}[reg]
        ua = pick(rng, b.BROWSERS) if chance(rng, 0.6) else b.sdk_ua(rng, 0.5)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_driver",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=ua,
                ips=pools[reg][:1],
                tz=tz,
            )
        )
        meta.append((reg, tz, pick(rng, lang_of[reg])))
    for i, acct in enumerate(accts):
        reg, tz, lang = meta[i]
        start = ctx.t0 + float(rng.uniform(0.0, 3.0)) * DAY
        convs = b.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(6, 16)),
            b.evening_person(tz, 3.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(15, 35)),
            0.5,
        )
        ts_all, prompts = [], []
        for conv in convs:
            if len(conv) == 0:
                continue
            prompts.append(pick(rng, ctx.chat))
            prompts.extend(tx.followup(rng, lang) for _ in range(len(conv) - 1))
            ts_all.append(conv)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.04),
            ips=b.sticky(rng, ts, pools[reg], 20 * MINUTE),
            comp_median=420,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "simulated_conversations",
            "ip_source": "residential_proxy_sticky",
            "payment": "few_cards",
            "orgs": "per_key",
            "languages": ["en", "es", "de", "fr", "pt"],
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt several times within seconds


def ring_neck(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ring_neck"
    n_keys = irange(rng, 3, 6)
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0")),
            ips=b.cloud(rng, irange(rng, 1, 2), "azure"),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(10, 22))
    n_samples = irange(rng, 4, 8)
    streams = b.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for i, (acct, items) in enumerate(zip(accts, streams, strict=True)):
        ts, prompts, comp = [], [], []
        for t in items.tolist():
            k = n_samples if chance(rng, 0.8) else irange(rng, 2, n_samples)
            soft = chance(rng, 0.7)
            p = tx.soft_label(rng, ctx.chat, i) if soft else tx.open_sample(rng, ctx.chat)
            ts.extend((t + np.cumsum(rng.lognormal(np.log(0.6), 0.6, size=k))).tolist())
            prompts.extend([p] * k)
            comp.extend([110.0 if soft else 260.0] * k)
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.96, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "poisson_items_x_n_samples",
            "samples": n_samples,
            "per_hour": round(per_hour, 1),
            "ip_source": "cloud:azure",
            "payment": "one_card",
            "orgs": "one",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code translation / explanation harvest from an office line


def lory_nectar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "lory_nectar"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (8, 3, 2))
    office = b.home(rng, irange(rng, 1, 2), tz)
    org = b.hexid(rng, "org")
    cards = _cards(rng, n_keys, "per_key")
    langs = {8: ["en", "zh"], 3: ["en", "ru"], 2: ["en", "ru"]}[tz]
    lw = [0.6, 0.4]
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="coder",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=office,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    curve = b.workday(tz, start=9.0, end=23.0, weekend=0.5, night=0.08)
    for acct in accts:
        ts = b.thinned(rng, start, ctx.t1, float(rng.uniform(450, 900)), curve)
        lg = _lang_per_event(rng, langs, lw, len(ts))
        prompts = [tx.code_task(rng, lang, irange(rng, 0, 4)) for lang in lg]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=720,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_translation_harvest",
            "pacing": "long_office_hours",
            "ip_source": "office_broadband",
            "tz": tz,
            "payment": "per_key",
            "orgs": "one",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest mixed into a real consumer app's backend traffic


APPS = ("Quillbird", "Notewise", "StudySprout", "PocketTutor", "Draftly", "Brightpage")
MODE_TAGS = ("", "", "Explain simply: ", "Help me write: ", "Make this better: ", "Quick answer: ")


def kili_mimic(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kili_mimic"
    app = pick(rng, APPS)
    n_keys = irange(rng, 2, 3)
    provider = pick(rng, ("aws", "gcp"))
    servers = b.cloud(rng, irange(rng, 2, 4), provider)
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=servers,
        )
        for _ in range(n_keys)
    ]
    curve = b.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.75)))
    frac = float(rng.uniform(0.18, 0.32))
    h_start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    grid = tx.curriculum_topics()
    for i, acct in enumerate(accts):
        real = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1100, 2200)), curve)
        n_h = int(frac / (1 - frac) * np.sum(real >= h_start))
        hid = b.thinned(rng, h_start, ctx.t1, max(n_h, 1), curve)
        tags_r = picks(rng, MODE_TAGS, len(real))
        p_real = [t + tx._clip(pick(rng, ctx.chat), 1500) for t in tags_r]
        p_hid = []
        for j in range(len(hid)):
            field, concept = grid[(i * 37 + j) % len(grid)]
            r = rng.random()
            if r < 0.45:
                p = tx.textbook_section(rng, field, concept, irange(rng, 0, 3))
            elif r < 0.75:
                p = tx.reasoning(rng, "en", 4)
            else:
                p = tx.synth_data(rng, ctx.chat, "en", concept, pick(rng, tx.LEVELS), 1)
            p_hid.append(pick(rng, MODE_TAGS) + p)
        ctx.emit(
            rng,
            acct,
            real,
            p_real,
            models=ctx.models(rng, real, p_new=0.7, p_mini=0.25),
            comp_median=320,
            comp_sigma=0.7,
        )
        ctx.emit(
            rng,
            acct,
            hid,
            p_hid,
            models=ctx.models(rng, hid, p_new=0.97, p_mini=0.0),
            comp_median=700,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "app": app,
            "hidden_fraction": round(frac, 3),
            "pacing": "product_global_load",
            "ip_source": f"app_servers:{provider}",
            "payment": "one_business_card",
            "orgs": "one",
            "harvest_start": round(h_start, 1),
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: public prompt replay by person-like accounts behind home-ISP proxies


def mynah_echo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mynah_echo"
    n_acc = irange(rng, 28, 50)
    stride = irange(rng, 3, 11)
    accts = []
    for _ in range(n_acc):
        tz = pick(rng, b.TZS)
        ua = pick(rng, b.BROWSERS) if chance(rng, 0.65) else pick(rng, b.MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                ua=ua,
                ips=b.home(rng, irange(rng, 2, 4), tz),
                tz=tz,
            )
        )
    n_chat = len(ctx.chat)
    base = irange(rng, 0, n_chat - 1)
    for k, acct in enumerate(accts):
        start = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
        sess = b.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 4.0)),
            b.evening_person(acct.tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(50, 150)),
            0.8,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        off = base + k * 997
        prompts = [ctx.chat[(off + j * stride) % n_chat] for j in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            comp_median=430,
            comp_sigma=0.65,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "source": "sharegpt_slices",
            "stride": stride,
            "pacing": "human_like_sessions",
            "ip_source": "home_isp_proxies_by_tz",
            "payment": "prepaid_per_account",
            "orgs": "per_account",
            "accounts": n_acc,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts, taken over around the release


def parrot_perch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "parrot_perch"
    n_acc = irange(rng, 12, 20)
    proxy_region = pick(rng, ("us", "eu", "sea", "latam"))
    proxy_pool = b.resi(rng, 250, proxy_region)
    grid = tx.curriculum_topics()
    accts, takeovers = [], []
    for _ in range(n_acc):
        tz = pick(rng, b.TZS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="aged_account",
                campaign_id=cid,
                ua=pick(rng, b.BROWSERS),
                ips=b.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    for k, acct in enumerate(accts):
        take = ctx.release + float(rng.uniform(-0.8, 0.6)) * DAY
        takeovers.append(round(take, 1))
        sess = b.session_times(
            rng,
            ctx.t0,
            take,
            float(rng.uniform(0.7, 2.5)),
            b.evening_person(acct.tz),
            2.5,
            70.0,
            0.9,
        )
        pre = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            acct,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.5, p_mini=0.2),
            comp_median=330,
            comp_sigma=0.7,
        )
        post = b.thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(90, 320)),
            b.global_load(float(rng.uniform(0, 24)), 0.4),
        )
        keep_ua = chance(rng, 0.35)
        ua = (
            acct.ua
            if keep_ua
            else pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
        )
        prompts = []
        for j in range(len(post)):
            field, concept = grid[(k * 11 + j) % len(grid)]
            prompts.append(
                tx.textbook_section(rng, field, concept, irange(rng, 0, 3))
                if chance(rng, 0.7)
                else tx.reasoning(rng, "en", irange(rng, 0, 4))
            )
        ctx.emit(
            rng,
            acct,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.97, p_mini=0.0),
            ips=b.sticky(rng, post, proxy_pool, float(rng.uniform(15, 45)) * MINUTE),
            ua=ua,
            comp_median=820,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "takeover_ts": takeovers,
            "pacing": "owner_sessions_then_steady_poisson",
            "ip_source": f"home_then_residential_proxy:{proxy_region}",
            "payment": "original_owner_cards",
            "orgs": "per_account",
            "accounts": n_acc,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: low-and-slow crowd of person-like accounts sweeping a curriculum


_LANG_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("en",),
}


def tickle_feather(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tickle_feather"
    n_acc = irange(rng, 45, 75)
    grid = tx.curriculum_topics()
    order = rng.permutation(len(grid)).tolist()
    accts, langs = [], []
    for _ in range(n_acc):
        tz = pick(rng, b.TZS)
        ua = pick(rng, b.BROWSERS) if chance(rng, 0.55) else pick(rng, b.MOBILE)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd_member",
                campaign_id=cid,
                ua=ua,
                ips=b.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        langs.append(pick(rng, _LANG_OF_TZ[tz]))
    for k, acct in enumerate(accts):
        mine = [grid[order[(k * 3 + j) % len(grid)]] for j in range(irange(rng, 3, 6))]
        start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
        sess = b.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            b.evening_person(acct.tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(70, 200)),
            0.7,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.15):
                prompts.append(pick(rng, ctx.chat))
            else:
                field, concept = pick(rng, mine)
                prompts.append(tx.casual_question(rng, langs[k], field, concept))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=500,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd_curriculum",
            "pacing": "human_like_sessions",
            "ip_source": "home_isp_by_tz",
            "payment": "per_account",
            "orgs": "per_account",
            "languages": ["en", "es", "pt", "de", "fr", "id"],
            "accounts": n_acc,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "giggle_trill": giggle_trill,
    "beak_seed": beak_seed,
    "plume_warble": plume_warble,
    "cage_swing": cage_swing,
    "millet_spray": millet_spray,
    "flock_call": flock_call,
    "ring_neck": ring_neck,
    "lory_nectar": lory_nectar,
    "kili_mimic": kili_mimic,
    "mynah_echo": mynah_echo,
    "parrot_perch": parrot_perch,
    "tickle_feather": tickle_feather,
}
