"""Campaign families of batch 330 (code names: tofu words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
the campaign through `ctx.campaign` and writes events through `ctx.emit`, drawing only from its
own generator. The README's "# Campaign families" describes each one.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, hexid, irange, pick
from bench.monitor_blind330 import texts as tx

from distillguard.sim import ipspace

#: where a language's residential proxy exits are bought
LANG_REGION = {
    "en": "us",
    "es": "latam",
    "pt": "latam",
    "tr": "ru",
    "zh": "cn",
    "ru": "ru",
    "ar": "eu",
    "de": "eu",
    "fr": "eu",
    "ko": "jp_kr",
    "ja": "jp_kr",
    "id": "sea",
    "hi": "in",
}
#: a person's likely language by UTC offset
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
LANGS_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("tr", "en"),
    3: ("tr", "ru"),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}


def _weighted(rng: np.random.Generator, items: tuple, weights) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _langs(rng: np.random.Generator, items: tuple, weights, n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=w / w.sum()).tolist()]


def _flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented hosting block


def silken(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "silken"
    n_keys = irange(rng, 8, 15)
    langs = ("en", "zh", "ru", "es")
    lang_w = rng.dirichlet([3.0, 1.6, 1.0, 0.8])
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    pre_rate, post_rate = float(rng.uniform(12, 30)), float(rng.uniform(50, 95))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.2, 3)) * HOUR, ctx.t1, post_rate, n_keys
    )
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        accts.append(a)
        ts = _flat([pre[i], post[i]])
        main = _weighted(rng, langs, lang_w)
        style = irange(rng, 0, 3)
        prompts = [
            tx.trace_prompt(
                rng,
                main if chance(rng, 0.8) else pick(rng, langs),
                style if chance(rng, 0.7) else irange(rng, 0, 3),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1150.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "ip_source": f"hosting:{provider}",
            "payment": f"{len(cards)} shared prepaid",
            "user_agent": ua,
            "languages": list(langs),
            "start": start,
        },
    )


# ------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading in nightly bursts


def yuba(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "yuba"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, (8, 3, 9))
    shared_org = chance(rng, 0.5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "aws", "huawei"))
    start_h, hours = float(rng.uniform(20, 23.5)), float(rng.uniform(5, 8))
    night = bb.nightly(start_h, hours, tz)
    lang_w = (0.7, 0.15, 0.15)
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=card,
            ua=bb.sdk_ua(rng, 0.3),
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(
            rng, ctx.t0 + float(rng.uniform(0, 1.5)) * DAY, ctx.t1, irange(rng, 2, 5) * 7.0, night
        )
        ts = _flat(
            bb.bursts(rng, starts, float(rng.uniform(20, 45)), float(rng.uniform(1.0, 3.0)), 0.4)
        )
        prompts, comp = [], []
        for _ in range(len(ts)):
            lang = _weighted(rng, ("en", "de", "ko"), lang_w)
            style = irange(rng, 0, 3)
            prompts.append(
                tx.grading_prompt(
                    rng,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                    lang,
                    style,
                )
            )
            comp.append(40.0 if style == 2 else 170.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=np.array(comp),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "nightly_bursts",
            "night_start_local_h": round(start_h, 2),
            "tz": tz,
            "shared_org": shared_org,
            "ip_source": f"cloud:{provider}",
            "payment": "one card",
            "languages": ["en", "de", "ko"],
        },
    )


# ------------------------------------------------------------------------------------------
# censorship-safe and policy rewrites through residential proxies


def okara(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "okara"
    n_keys = irange(rng, 10, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    langs, lang_w = ("zh", "en", "ru", "ar"), (0.4, 0.35, 0.15, 0.1)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    rate = float(rng.uniform(20, 40))
    per_key = bb.worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY,
        ctx.t1,
        rate,
        n_keys,
        bb.global_load(float(rng.uniform(0, 24)), 0.5),
    )
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.BROWSERS),
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        ts = per_key[i]
        prompts = [
            tx.policy_prompt(rng, pick(rng, ctx.passages), lg, irange(rng, 0, 3))
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.03),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "worker_pool_diurnal",
            "rate_per_hour": round(rate, 1),
            "ip_source": f"residential_proxy:{region}",
            "payment": f"{len(cards)} stolen cards round-robin",
            "user_agent": "spoofed browser",
            "languages": list(langs),
        },
    )


# ------------------------------------------------------------------------------------------
# agent / tool-use transcripts, one episode = several steps


def nigari(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nigari"
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    langs, lang_w = ("en", "es", "ja"), (0.75, 0.15, 0.1)
    start = ctx.t0 + float(rng.uniform(0.8, 2.0)) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 2, provider),
        )
        accts.append(a)
        episodes = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(12, 25)),
            bb.constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(3, 7)),
            0.6,
        )
        ts_all, prompts, extra = [], [], []
        for ep in episodes:
            lang = _weighted(rng, langs, lang_w)
            style = irange(rng, 0, 2)
            task, tools = tx.agent_task(rng), tx.tool_block(rng, style)
            for step, t in enumerate(ep.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.agent_step(
                        rng, task, tools, step, tx.observation(rng, ctx.passages), lang, style
                    )
                )
                extra.append(
                    step * irange(rng, 180, 420) + (0 if step == 0 else irange(rng, 250, 600))
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=230.0,
            comp_sigma=0.7,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes",
            "ip_source": f"cloud:{provider}",
            "payment": "one company card",
            "user_agent": ua,
            "languages": list(langs),
        },
    )


# ------------------------------------------------------------------------------------------
# synthetic dataset generation through rotating throwaway keys


def aburaage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "aburaage"
    n_keys = irange(rng, 20, 30)
    langs, lang_w = ("en", "fr", "pt", "hi", "id"), (0.5, 0.12, 0.12, 0.13, 0.13)
    vpn = bb.cloud(rng, irange(rng, 12, 25), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, 6, "ovh"
    )
    span = ctx.t1 - ctx.t0
    accts = []
    for i in range(n_keys):
        born = ctx.t0 + (i + float(rng.uniform(0, 1))) * span / n_keys * 0.85
        life = float(rng.uniform(1.0, 2.5)) * DAY
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway",
            campaign_id=cid,
            ua=pick(
                rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")
            ),
            ips=[pick(rng, vpn) for _ in range(irange(rng, 1, 3))],
        )
        accts.append(a)
        starts = np.sort(rng.uniform(born, born + life, size=irange(rng, 2, 6)))
        ts = _flat(
            bb.bursts(rng, starts, float(rng.uniform(15, 40)), float(rng.uniform(8, 20)), 0.5)
        )
        prompts = [
            tx.dataset_prompt(rng, lg, irange(rng, 0, 3))
            for lg in _langs(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "bursts_rotating_keys",
            "ip_source": "vpn_exits",
            "payment": "one stolen card per key",
            "languages": list(langs),
        },
    )


# ------------------------------------------------------------------------------------------
# multi-turn dialogue harvest with scripted "human" sessions


def atsuage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "atsuage"
    n_keys = irange(rng, 14, 22)
    langs, lang_w = ("en", "es", "pt", "tr"), (0.45, 0.25, 0.2, 0.1)
    cards = [hexid(rng, "pay") for _ in range((n_keys + 1) // 2)]
    pools = {lg: bb.resi(rng, 120, LANG_REGION[lg]) for lg in langs}
    gap = float(rng.uniform(18, 40))
    accts = []
    for i in range(n_keys):
        lang = _weighted(rng, langs, lang_w)
        tz = {"en": -5, "es": -5, "pt": -3, "tr": 3}[lang]
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            pay=cards[i // 2],
            ua=pick(rng, bb.BROWSERS),
            ips=[pick(rng, pools[lang])],
            tz=tz,
        )
        accts.append(a)
        sess = bb.session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 2)) * DAY,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.global_load(float(rng.uniform(12, 22)), 0.35),
            float(rng.uniform(6, 10)),
            gap,
            0.3,
        )
        ts_all, prompts, ips = [], [], []
        for s in sess:
            ip = pick(rng, pools[lang])
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.opener(rng, lang, ctx.chat) if j == 0 else tx.followup(rng, lang))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.02),
            ips=ips,
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_sessions",
            "gap_median_s": round(gap, 1),
            "ip_source": "residential_proxy_by_language",
            "payment": "one prepaid card per two keys",
            "languages": list(langs),
        },
    )


# ------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling right after the release


def ganmodoki(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ganmodoki"
    n_keys = irange(rng, 5, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "ucloud"))
    start = ctx.release + float(rng.uniform(1, 6)) * HOUR
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(a)
        n_rep = pick(rng, (4, 8, 8, 16))
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            lang = "zh" if chance(rng, 0.55) else "en"
            p = tx.sample_prompt(rng, lang, ctx.chat)
            k = n_rep if chance(rng, 0.85) else pick(rng, (2, 4, 32))
            times = s + np.cumsum(np.concatenate([[0.0], rng.uniform(0.05, 1.2, size=k - 1)]))
            short = p.endswith(("Answer:", "答案："))
            ts_all.extend(times.tolist())
            prompts.extend([p] * k)
            comp.extend([3.0 if short else 260.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.array(comp),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_trains",
            "start": start,
            "ip_source": f"cloud:{provider}",
            "payment": "one card",
            "languages": ["zh", "en"],
        },
    )


# ------------------------------------------------------------------------------------------
# code curriculum sweep from an office line, slow and steady


def kinugoshi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kinugoshi"
    n_keys = irange(rng, 2, 4)
    tz = pick(rng, (1, 2, 3, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    grid = [
        (t, lg, lv, st)
        for lv in tx.DIFFICULTY
        for t in tx.CODE_TASKS
        for lg in tx.PROG_LANGS
        for st in range(3)
    ]
    order = rng.permutation(len(grid)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        accts.append(a)
        ts = bb.thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 1)) * DAY,
            ctx.t1,
            float(rng.uniform(7, 13)) * 7 * 24,
            bb.constant,
        )
        prompts = []
        for _ in range(len(ts)):
            task, lang, level, style = grid[order[cursor % len(order)]]
            cursor += 1
            prompts.append(tx.code_prompt(rng, task, lang, level, style))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.0),
            comp_median=750.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "pacing": "steady_poisson_24h",
            "tz": tz,
            "ip_source": "office_broadband",
            "payment": "one card",
            "grid_size": len(grid),
            "languages": ["en"],
        },
    )


# ------------------------------------------------------------------------------------------
# HARD: a harvest hidden inside a real notes app's traffic


def douhua(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "douhua"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 4), "aws")
    brand = pick(rng, ("Quillnote", "Papyra", "Margin", "Notably", "Inkwell"))
    peak = float(rng.uniform(13, 21))
    load = bb.global_load(peak, 0.6)

    def off_peak(t: np.ndarray) -> np.ndarray:
        return 1.15 - load(t) * 0.7

    upgrade = ctx.release + float(rng.uniform(6, 30)) * HOUR
    harvest_from = ctx.t0 + float(rng.uniform(1, 2.5)) * DAY
    share = float(rng.uniform(0.18, 0.3))
    accts = []
    for k in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key" if k == 0 else "product_key_secondary",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        accts.append(a)
        rate = float(rng.uniform(9, 16)) / (k + 1)
        real = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
        n_h = int(len(real[real >= harvest_from]) * share / (1 - share))
        hv = bb.thinned(rng, harvest_from, ctx.t1, n_h, off_peak)
        ts = np.concatenate([real, hv])
        prompts = [tx.notes_app(rng, pick(rng, ctx.chat), brand) for _ in range(len(real))]
        prompts += [tx.notes_app(rng, tx.explain_request(rng), brand) for _ in range(len(hv))]
        comp = np.concatenate([np.full(len(real), 330.0), np.full(len(hv), 620.0)])
        u = rng.random(len(ts))
        models = [
            ctx.new_model if (t >= upgrade and x < 0.85) else ctx.old_models[0]
            for t, x in zip(ts.tolist(), u.tolist(), strict=True)
        ]
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_load_plus_off_peak",
            "harvest_share": round(share, 3),
            "harvest_from": harvest_from,
            "model_upgrade": upgrade,
            "ip_source": "product_backend_aws",
            "payment": "company card",
            "brand": brand,
            "hard": True,
            "languages": ["en"],
        },
    )


# ------------------------------------------------------------------------------------------
# HARD: bought or compromised aged accounts, switched to a slow harvest


def sundubu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sundubu"
    n = irange(rng, 12, 20)
    accts = []
    kinds = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANGS_OF_TZ[tz])
        home_ip = bb.home(rng, 1, tz)
        ua0 = pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua0,
            ips=home_ip,
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        bought = chance(rng, 0.7)
        kinds.append("bought" if bought else "compromised")
        owner_curve = bb.evening_person(tz)
        own_end = pivot if bought else ctx.t1
        sess = bb.session_times(
            rng,
            ctx.t0,
            own_end,
            float(rng.uniform(0.6, 2.0)),
            owner_curve,
            float(rng.uniform(2, 4)),
            70.0,
        )
        own = _flat(sess)
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, p_new=0.15, p_mini=0.15),
            comp_median=350.0,
        )
        region = (
            pick(rng, ipspace.REGION_OF_TZ.get(tz, ("us", "eu")))
            if bought
            else pick(rng, ("us", "eu", "sea"))
        )
        pool = bb.resi(rng, 40, region)

        def hcurve(t: np.ndarray, c=owner_curve) -> np.ndarray:
            return 0.35 + 0.65 * c(t)

        hv = bb.thinned(
            rng, pivot, ctx.t1, float(rng.uniform(25, 70)) * (ctx.t1 - pivot) / DAY, hcurve
        )
        hv_ua = bb.sdk_ua(rng, 0.8) if chance(rng, 0.6) else ua0
        prompts = []
        for _ in range(len(hv)):
            u = rng.random()
            if u < 0.7:
                prompts.append(tx.casual_request(rng, lang if chance(rng, 0.7) else "en"))
            elif u < 0.85:
                prompts.append(tx.trace_prompt(rng, "en", 3))
            else:
                prompts.append(tx.dataset_prompt(rng, "en", 2))
        ctx.emit(
            rng,
            a,
            hv,
            prompts,
            models=ctx.models(rng, hv, p_new=0.6, p_mini=0.05),
            ips=bb.sticky(rng, hv, pool, HOUR),
            ua=hv_ua,
            comp_median=520.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_slow_harvest",
            "pacing": "owner_history_then_poisson",
            "account_kinds": kinds,
            "ip_source": "home_then_residential_proxy",
            "payment": "original owners' cards",
            "hard": True,
            "languages": sorted({lg for v in LANGS_OF_TZ.values() for lg in v}),
        },
    )


# ------------------------------------------------------------------------------------------
# HARD: a low-and-slow crowd of person-like accounts covering a curriculum


def agedashi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "agedashi"
    n = irange(rng, 45, 80)
    accts = []
    card = hexid(rng, "pay")
    left = 0
    for _ in range(n):
        if left <= 0:
            card, left = hexid(rng, "pay"), irange(rng, 1, 3)
        left -= 1
        tz = pick(rng, TZS)
        lang = pick(rng, LANGS_OF_TZ[tz])
        carrier = MOBILE_OF_TZ.get(tz)
        if carrier is not None and chance(rng, 0.3):
            ips, ua = bb.mobile_v6(rng, irange(rng, 2, 5), carrier), pick(rng, bb.MOBILE)
        else:
            ips, ua = bb.home(rng, irange(rng, 1, 2), tz), pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _flat(
            bb.session_times(
                rng,
                born,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                bb.evening_person(tz),
                float(rng.uniform(2, 5)),
                float(rng.uniform(60, 150)),
            )
        )
        prompts = [
            pick(rng, ctx.chat) if chance(rng, 0.2) else tx.casual_request(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "human_sessions",
            "ip_source": "residential_and_carrier",
            "payment": "prepaid cards, 1-3 accounts each",
            "hard": True,
            "languages": sorted({lg for v in LANGS_OF_TZ.values() for lg in v}),
        },
    )


# ------------------------------------------------------------------------------------------
# HARD: public prompt replay through residential proxies


def mapo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mapo"
    n_keys = irange(rng, 6, 10)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    pool = bb.resi(rng, irange(rng, 300, 600), "*")
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua="OpenAI/Python 1.54.0" if chance(rng, 0.7) else "OpenAI/NodeJS 4.67.1",
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        born = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = bb.thinned(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(3, 6)) * (ctx.t1 - born) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.5),
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.03),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=420.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "poisson_diurnal",
            "ip_source": "residential_proxy_worldwide",
            "payment": f"{len(cards)} prepaid cards",
            "hard": True,
            "languages": ["en"],
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "silken": silken,
    "yuba": yuba,
    "okara": okara,
    "nigari": nigari,
    "aburaage": aburaage,
    "atsuage": atsuage,
    "ganmodoki": ganmodoki,
    "kinugoshi": kinugoshi,
    "douhua": douhua,
    "sundubu": sundubu,
    "agedashi": agedashi,
    "mapo": mapo,
}
