"""Campaign families of batch 122: each a generator `(ctx, rng, campaign_id)` that writes one
campaign's accounts, events and truth through the shared context (`bench/blind_batch.py`).

Everything a family varies (keys, orgs, cards, pacing, addresses, user agents, languages, styles,
model choice) is drawn from its own rng. The README's card describes each family; read it only
after the monitor's single run on this batch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind122 import texts as tx

FAMILY = "campaign"


def _langs(
    rng: np.random.Generator, options: tuple[str, ...], main: str
) -> tuple[list[str], np.ndarray]:
    """A language mix: `main` dominant, the others with random smaller weights."""
    w = rng.uniform(0.05, 0.35, size=len(options))
    i = options.index(main)
    w[i] = 0.0
    share = float(rng.uniform(0.5, 0.8))
    w[i] = share / (1 - share) * w.sum()
    return list(options), w / w.sum()


def _draw_langs(rng: np.random.Generator, mix: tuple[list[str], np.ndarray], n: int) -> list[str]:
    langs, w = mix
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _params(**kw) -> dict:
    """JSON-safe params (numpy scalars to Python)."""
    out = {}
    for k, v in kw.items():
        if isinstance(v, np.generic):
            v = v.item()
        elif isinstance(v, (list, tuple)):
            v = [x.item() if isinstance(x, np.generic) else x for x in v]
        out[k] = v
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion over a graded curriculum, from a rented hosting block


def tekong(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys, n_orgs = irange(rng, 10, 18), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provs = [
        str(x)
        for x in rng.choice(
            ["hetzner", "ovh", "contabo", "scaleway", "leaseweb"], size=2, replace=False
        )
    ]
    hosts = bb.rented_block(rng, provs[0], irange(rng, 2, 4), 6) + bb.rented_block(
        rng, provs[1], 1, 4
    )
    uas = [bb.sdk_ua(rng, 0.3) for _ in orgs]
    org_style = [irange(rng, 0, 4) for _ in orgs]
    org_tagged = [chance(rng, 0.5) for _ in orgs]
    mix = _langs(rng, ("en", "zh", "ru"), "en")
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        ips = [pick(rng, hosts)] + ([pick(rng, hosts)] if chance(rng, 0.3) else [])
        accts.append(
            ctx.account(
                rng,
                label=FAMILY,
                family="tekong",
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=uas[o],
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.5)
    rate, pre = float(rng.uniform(45, 85)), float(rng.uniform(0.2, 0.5))
    pre_s = bb.worker_pool(rng, start, ctx.release, rate * pre, n_keys)
    post_s = bb.worker_pool(rng, ctx.release, ctx.t1, rate, n_keys)
    comp = float(rng.uniform(900, 1600))
    counter = 0
    for i, a in enumerate(accts):
        o = i % n_orgs
        ts = np.concatenate([pre_s[i], post_s[i]])
        langs = _draw_langs(rng, mix, len(ts))
        prompts = []
        for t, lang in zip(ts.tolist(), langs, strict=True):
            level = int(np.clip(1 + 8 * (t - start) / (ctx.t1 - start) + rng.normal(0, 1), 1, 9))
            counter += 1
            tag = f"[L{level}-{counter:05d}] " if org_tagged[o] else ""
            style = org_style[o] if chance(rng, 0.8) else irange(rng, 0, 4)
            prompts.append(tx.coerce_reasoning(rng, tx.problem(rng, level, lang), lang, style, tag))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "tekong",
        accts,
        _params(
            operation="reasoning-trace coercion over a graded problem curriculum",
            pacing="poisson worker pool, 24/7",
            rate_per_hour=rate,
            pre_release_share=pre,
            ip_source=f"rented hosting blocks ({provs[0]}, {provs[1]})",
            payment="one prepaid card per org",
            orgs=n_orgs,
            keys=n_keys,
            user_agent=uas,
            languages=mix[0],
            language_weights=mix[1].round(3).tolist(),
            styles=org_style,
            tagged=org_tagged,
        ),
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted bursts from a cloud NAT


def apit_kiri(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 5, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    nat = bb.cloud(rng, irange(rng, 2, 3), prov)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label=FAMILY,
            family="apit_kiri",
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    every = float(rng.uniform(55, 110)) * 60
    starts = bb.thinned(rng, start, ctx.t1, (ctx.t1 - start) / every, bb.constant)
    size = float(rng.uniform(25, 45))
    trains = bb.bursts(rng, starts, size, float(rng.uniform(0.6, 1.4)), b=ctx.t1)
    lang_w = rng.dirichlet(np.ones(len(tx.JUDGE_LANGS)) * 2)
    for train in trains:
        a = accts[int(rng.integers(n_keys))]
        style = irange(rng, 0, 3)
        lang = tx.JUDGE_LANGS[int(rng.choice(len(tx.JUDGE_LANGS), p=lang_w))]
        prompts = []
        for _ in range(len(train)):
            q = tx.clip_text(rng, pick(rng, ctx.chat), 40, 600)
            ra = tx.clip_text(rng, pick(rng, ctx.passages), 200, 1200)
            rb = tx.clip_text(rng, pick(rng, ctx.passages), 200, 1200)
            prompts.append(tx.judge_prompt(rng, q, ra, rb, lang, style))
        ctx.emit(
            rng,
            a,
            train,
            prompts,
            models=ctx.models(rng, train, p_new=0.92, p_mini=0.0),
            comp_median=90.0 if style == 2 else 260.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "apit_kiri",
        accts,
        _params(
            operation="judge / rubric / scalar-reward grading of response pairs",
            pacing="scripted bursts",
            burst_every_s=every,
            burst_size=size,
            ip_source=f"{prov} NAT",
            payment="one corporate card",
            keys=n_keys,
            user_agent=ua,
            languages=list(tx.JUDGE_LANGS),
            language_weights=lang_w.round(3).tolist(),
        ),
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe / censorship-safe rewrites on churning throwaway keys behind VPN exits


def apit_kanan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 18, 30)
    pool = bb.cloud(rng, 20, "m247") + bb.cloud(rng, 10, "leaseweb") + bb.cloud(rng, 6, "vultr")
    mix = _langs(rng, ("en", "zh", "ar", "ru"), "en")
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    step = (ctx.t1 - start) / n_keys
    rate = float(rng.uniform(15, 35))
    life_med = float(rng.uniform(10, 18)) * HOUR
    accts = []
    for i in range(n_keys):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "aiohttp/3.11.11",
                "OpenAI/Python 1.58.1",
                "python-httpx/0.28.1",
            ),
        )
        ips = [str(x) for x in rng.choice(pool, size=irange(rng, 3, 6), replace=False)]
        a = ctx.account(
            rng,
            label=FAMILY,
            family="apit_kanan",
            role="throwaway",
            campaign_id=cid,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        born = start + i * step + float(rng.uniform(-0.3, 0.3)) * step
        dies = born + float(rng.lognormal(np.log(life_med), 0.5))
        ts = bb.thinned(
            rng,
            max(born, ctx.t0),
            min(dies, ctx.t1),
            rate * (min(dies, ctx.t1) - max(born, ctx.t0)) / HOUR,
            bb.constant,
        )
        if len(ts) == 0:
            ts = np.array([min(max(born, ctx.t0) + 60.0, ctx.t1)])
        langs = _draw_langs(rng, mix, len(ts))
        prompts = [
            tx.policy_rewrite(rng, lang, tx.clip_text(rng, pick(rng, ctx.passages), 150, 700))
            for lang in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=420.0,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        "apit_kanan",
        accts,
        _params(
            operation="policy-compliant / censorship-safe rewrites and refusals",
            pacing="one key at a time, steady poisson",
            rate_per_hour=rate,
            key_life_median_h=life_med / HOUR,
            ip_source="VPN exits (m247, leaseweb, vultr)",
            payment="one stolen card per key",
            keys=n_keys,
            languages=mix[0],
            language_weights=mix[1].round(3).tolist(),
        ),
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, fast agent loops on a cloud NAT


def sunback_spike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 4, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 5), prov)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=FAMILY,
            family="sunback_spike",
            role="rollout",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    key_style = [irange(rng, 0, 2) for _ in range(n_keys)]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(5, 9))
    starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    gap = float(rng.uniform(2.5, 5.0))
    envs = list(tx.AGENT_ENVS)
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        env = pick(rng, envs)
        task = pick(rng, tx.AGENT_ENVS[env][1]).format(n=irange(rng, 2, 12))
        lang = "en" if chance(rng, 0.8) else pick(rng, ("es", "ja"))
        steps = irange(rng, 3, 14)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=steps - 1))])
        for j, tj in enumerate(t.tolist()):
            per_key[k][0].append(tj)
            per_key[k][1].append(tx.agent_prompt(rng, env, task, j, key_style[k], lang))
            per_key[k][2].append(350 + 180 * j + irange(rng, 0, 400))
    for a, (ts, prompts, extra) in zip(accts, per_key, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.9, p_mini=0.05),
            comp_median=170.0,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        "sunback_spike",
        accts,
        _params(
            operation="agent / tool-use trajectory harvest",
            pacing="agent loops (steps seconds apart), poisson episodes",
            episodes_per_hour=rate,
            step_gap_s=gap,
            ip_source=f"{prov} NAT",
            payment="one card",
            keys=n_keys,
            user_agent=ua,
            styles=key_style,
            languages=["en", "es", "ja"],
        ),
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, nightly runs on hosting boxes


def roll_spike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(2)]
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "linode"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    accts = [
        ctx.account(
            rng,
            label=FAMILY,
            family="roll_spike",
            role="generator",
            campaign_id=cid,
            pay=cards[0 if i < n_keys // 2 + 1 else 1],
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        for i in range(n_keys)
    ]
    tz = pick(rng, bb.TZS)
    night_start, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    night = bb.nightly(night_start, hours, tz)
    floor = float(rng.uniform(0.04, 0.12))

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.maximum(night(ts), floor)

    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(100, 170))
    mean_w = float(np.mean(curve(np.linspace(start, ctx.t1, 2048))))
    streams = bb.worker_pool(rng, start, ctx.t1, rate * mean_w, n_keys, curve)
    mix = _langs(rng, ("en", "es", "pt", "id", "vi"), "en")
    seed_id = irange(rng, 1000, 9000)
    for a, ts in zip(accts, streams, strict=True):
        langs = _draw_langs(rng, mix, len(ts))
        prompts = []
        for lang in langs:
            seed_id += 1
            prompts.append(tx.dataset_prompt(rng, lang, seed_id))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.03),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "roll_spike",
        accts,
        _params(
            operation="synthetic instruction-dataset generation",
            pacing="nightly runs plus a daytime trickle",
            operator_tz=tz,
            night_start_h=night_start,
            night_hours=hours,
            day_floor=floor,
            rate_per_hour_at_night=rate,
            ip_source=f"{prov} single hosts",
            payment="two cards over all keys",
            keys=n_keys,
            user_agent=ua,
            languages=mix[0],
            language_weights=mix[1].round(3).tolist(),
        ),
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest with a user simulator, through rotating residential proxies


def horse_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 25, 40)
    pool = bb.resi(rng, 400, "*")
    hold = float(rng.uniform(300, 1200))
    per_day = float(rng.uniform(4, 9))
    size, gap = float(rng.uniform(6, 10)), float(rng.uniform(7, 14))
    accts = []
    for _ in range(n_keys):
        ua = bb.sdk_ua(rng, 0.5)
        a = ctx.account(
            rng,
            label=FAMILY,
            family="horse_kick",
            role="dialogue_worker",
            campaign_id=cid,
            ua=ua,
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts_all, prompts = [], []
        for sess in bb.session_times(rng, start, ctx.t1, per_day, bb.constant, size, gap, 0.5):
            opener = pick(rng, ctx.chat)
            lang = tx.guess_lang(opener)
            if lang == "en" and chance(rng, 0.25):
                lang = pick(rng, ("es", "de", "pt"))
            for j in range(len(sess)):
                prompts.append(opener if j == 0 else tx.followup(rng, lang, ctx.chat, opener))
            ts_all.append(sess)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        if len(ts) == 0:
            continue
        ips = bb.sticky(rng, ts, pool, hold)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "horse_kick",
        accts,
        _params(
            operation="multi-turn dialogue harvest driven by a user simulator",
            pacing="machine-speed sessions, 24/7",
            sessions_per_day=per_day,
            session_size=size,
            turn_gap_s=gap,
            ip_source="rotating residential proxies",
            proxy_hold_s=hold,
            payment="one stolen card per key",
            keys=n_keys,
            languages=["en", "es", "de", "pt", "zh", "ja"],
        ),
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts repeated in tight trains


def sepak_sila(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("vultr", "digitalocean", "oracle"))
    ua = bb.sdk_ua(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label=FAMILY,
            family="sepak_sila",
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(3.5, 7))
    starts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
    ns = (4, 5, 8, 10, 16)
    n_w = rng.dirichlet(np.ones(len(ns)))
    per_key: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        prompt, comp = tx.soft_label_item(rng, ctx.chat)
        n = ns[int(rng.choice(len(ns), p=n_w))]
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.5), 0.7, size=n - 1))])
        per_key[k][0].extend(t.tolist())
        per_key[k][1].extend([prompt] * n)
        per_key[k][2].extend([comp] * n)
    for a, (ts, prompts, comp) in zip(accts, per_key, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.9, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "sepak_sila",
        accts,
        _params(
            operation="best-of-n and soft-label sampling (identical prompts repeated)",
            pacing="tight trains per item",
            items_per_hour=rate,
            repeats=list(ns),
            repeat_weights=n_w.round(3).tolist(),
            ip_source=f"{prov} hosts",
            payment="one card",
            keys=n_keys,
            user_agent=ua,
            languages=["en", "fr", "ja"],
        ),
    )


# --------------------------------------------------------------------------------------------
# 8. (hard) public prompt replay dressed as ordinary users on residential proxies


def sepak_raga(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 10, 16)
    base = irange(rng, 0, max(0, len(ctx.chat) - 600 * n_keys - 1))
    p_new = float(rng.uniform(0.6, 0.8))
    accts, tzs = [], []
    for i in range(n_keys):
        tz = pick(rng, bb.TZS)
        ua = tx.person_ua(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        pool = bb.home(rng, 40, tz)
        a = ctx.account(
            rng,
            label=FAMILY,
            family="sepak_raga",
            role="replay_user",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
            tz=tz,
        )
        accts.append(a)
        tzs.append(tz)
        start = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(4, 6)),
            float(rng.uniform(50, 90)),
            0.7,
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        if len(ts) == 0:
            ts = np.array([ctx.release + 3600.0])
        cursor = base + 600 * i
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.12):
                prompts.append(
                    pick(rng, ("continue", "go on", "more please", "keep going", "and?"))
                )
            else:
                prompts.append(ctx.chat[cursor % len(ctx.chat)])
                cursor += 1
        ips = bb.sticky(rng, ts, pool, float(rng.uniform(1800, 3600)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "sepak_raga",
        accts,
        _params(
            operation="replay of a public prompt collection, in order, one slice per key",
            pacing="evening-shaped human-like sessions",
            ip_source="residential proxies in each persona's region",
            payment="one card per key",
            keys=n_keys,
            persona_tz=tzs,
            p_new=p_new,
            languages=["as in the public set"],
        ),
    )


# --------------------------------------------------------------------------------------------
# 9. translation / parallel-corpus harvest from Asian cloud hosts


def chinlone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 6, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    provs = [pick(rng, ("alibaba", "tencent")), pick(rng, ("huawei", "ucloud", "alibaba"))]
    uas = ["Go-http-client/2.0", pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))]
    styles = [irange(rng, 0, 3), irange(rng, 0, 3)]
    accts = []
    for i in range(n_keys):
        o = i % 2
        accts.append(
            ctx.account(
                rng,
                label=FAMILY,
                family="chinlone",
                role="translator_bot",
                campaign_id=cid,
                org=orgs[o],
                ua=uas[o],
                ips=bb.cloud(rng, irange(rng, 1, 2), provs[o]),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(40, 70))
    streams = bb.worker_pool(rng, start, ctx.t1, rate, n_keys)
    cursor = irange(rng, 0, len(tx.TARGETS))
    for i, (a, ts) in enumerate(zip(accts, streams, strict=True)):
        prompts, comp = [], []
        for _ in range(len(ts)):
            para = pick(rng, ctx.passages)
            sents = tx.sentences(para)
            src = (
                " ".join(sents[: irange(rng, 1, 3)])
                if sents and chance(rng, 0.5)
                else tx.clip_text(rng, para, 200, 1200)
            )
            cursor += 1
            pair = (
                tx.TARGETS[cursor % len(tx.TARGETS)],
                tx.TARGETS[(cursor * 7 + 3) % len(tx.TARGETS)],
            )
            style = styles[i % 2] if chance(rng, 0.85) else irange(rng, 0, 3)
            prompts.append(tx.translation_prompt(rng, src, style, pair))
            comp.append(max(40.0, len(src) / 3.0 * (2.0 if style == 2 else 1.3)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        "chinlone",
        accts,
        _params(
            operation="translation / parallel-corpus harvest over many target languages",
            pacing="poisson worker pool",
            rate_per_hour=rate,
            ip_source=f"cloud ({provs[0]}, {provs[1]})",
            payment="one prepaid card per key",
            orgs=2,
            keys=n_keys,
            user_agent=uas,
            styles=styles,
            languages=list(tx.TARGETS),
        ),
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) harvest hidden inside a genuine writing-assistant product's traffic


def rattan_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    brand = pick(rng, ("Quillbee", "Draftwise", "Penrose Write", "Scribblix", "Wordloom"))
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label=FAMILY,
            family="rattan_ball",
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(13, 17)), float(rng.uniform(0.5, 0.7))
    rate = float(rng.uniform(45, 75))
    ts = bb.thinned(
        rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, bb.global_load(peak, depth)
    )
    share_pre, share_post = float(rng.uniform(0.08, 0.15)), float(rng.uniform(0.25, 0.4))
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
    who = rng.integers(0, n_keys, size=len(ts))
    item = irange(rng, 0, 1000)
    prompts, comp = [], []
    for h in harvest.tolist():
        if h:
            item += 1
            prompts.append(tx.hidden_harvest_prompt(rng, brand, item))
            comp.append(1100.0)
        else:
            prompts.append(tx.product_prompt(rng, brand, ctx.chat, ctx.passages))
            comp.append(220.0)
    prod_models = ctx.models(rng, ts, p_new=0.25, p_mini=0.4)
    harv_models = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
    models = [
        hm if h else pm
        for h, pm, hm in zip(harvest.tolist(), prod_models, harv_models, strict=True)
    ]
    comp_arr = np.asarray(comp)
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comp_arr[sel],
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        "rattan_ball",
        accts,
        _params(
            operation="harvest interleaved with a real writing-assistant product's traffic",
            brand=brand,
            pacing="the product's global load curve",
            rate_per_hour=rate,
            harvest_share_pre=share_pre,
            harvest_share_post=share_post,
            ip_source="aws NAT",
            payment="one company card",
            keys=n_keys,
            user_agent=ua,
            languages=["en (product users in many languages)"],
        ),
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) bought aged accounts, taken over around the release


def quarter_circle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 20, 35)
    p_new = float(rng.uniform(0.7, 0.9))
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = tx.person_ua(rng, bb.BROWSERS) if chance(rng, 0.6) else pick(rng, bb.SDK_COMMON)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=FAMILY,
            family="quarter_circle",
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        take = float(
            np.clip(ctx.release + rng.uniform(-0.6, 1.2) * DAY, ctx.t0 + DAY, ctx.t1 - 0.5 * DAY)
        )
        takeovers.append(take)
        # the original owner's history
        pre = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.5, 2.0)), bb.evening_person(tz), 3.0, 80.0
        )
        ts_pre = np.concatenate(pre) if pre else np.empty(0)
        if len(ts_pre):
            ctx.emit(
                rng,
                a,
                ts_pre,
                [pick(rng, ctx.chat) for _ in range(len(ts_pre))],
                models=ctx.models(rng, ts_pre, p_new=0.15, p_mini=0.2),
                comp_median=350.0,
                comp_sigma=0.7,
            )
        # after the sale
        eve = bb.evening_person(tz)

        def curve(ts: np.ndarray, eve=eve) -> np.ndarray:
            return 0.45 + 0.55 * eve(ts)

        post = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(6, 14)),
            curve,
            float(rng.uniform(4, 8)),
            float(rng.uniform(25, 50)),
            0.6,
        )
        ts_post = np.concatenate(post) if post else np.array([take + 600.0])
        langs = tx.LANG_OF_TZ[tz]
        prompts = [
            tx.expert_question(rng, pick(rng, langs))
            if chance(rng, 0.7)
            else tx.crowd_task(rng, rng, pick(rng, langs), irange(rng, 0, 9999))
            for _ in range(len(ts_post))
        ]
        proxy = bb.home(rng, 30, tz)
        ua_post = ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            a,
            ts_post,
            prompts,
            ips=bb.sticky(rng, ts_post, proxy, 1200.0),
            ua=ua_post,
            models=ctx.models(rng, ts_post, p_new=p_new, p_mini=0.02),
            comp_median=800.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        "quarter_circle",
        accts,
        _params(
            operation="bought aged consumer accounts repurposed for harvest",
            pacing="owner's sessions, then denser sessions",
            takeover_ts=takeovers,
            ip_source="owner's home ISP, then residential proxies in the same region",
            payment="the original owners' cards",
            accounts=n,
            keep_user_agent=keep_ua,
            p_new=p_new,
            languages=sorted({x for v in tx.LANG_OF_TZ.values() for x in v}),
        ),
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) a low-and-slow crowd of paid micro-task workers pasting a shared queue


def tandukan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 60, 90)
    tz_opts = (5, 8, -3, 1, 3, -5, 9)
    tz_w = rng.dirichlet(np.ones(len(tz_opts)) * 1.5)
    q_size = n * irange(rng, 6, 10)
    q_seed = irange(rng, 0, 2**31)
    p_new = float(rng.uniform(0.65, 0.85))
    accts = []
    for _ in range(n):
        tz = tz_opts[int(rng.choice(len(tz_opts), p=tz_w))]
        mobile = chance(rng, 0.35)
        ua = tx.person_ua(rng, bb.MOBILE[:3], 0.3) if mobile else tx.person_ua(rng, bb.BROWSERS)
        if mobile:
            kind = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile"}.get(tz, "eu_mobile")
            ips = bb.mobile_v6(rng, irange(rng, 3, 8), kind)
        else:
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=FAMILY,
            family="tandukan",
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-1.2, 1.0)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)),
            bb.evening_person(tz),
            3.5,
            float(rng.uniform(70, 140)),
            0.8,
        )
        ts = np.concatenate(sessions) if sessions else np.array([start + 1800.0])
        langs = tx.LANG_OF_TZ[tz]
        prompts = []
        for _ in range(len(ts)):
            idx = int(rng.integers(q_size))
            prompts.append(
                tx.crowd_task(np.random.default_rng([q_seed, idx]), rng, pick(rng, langs), idx)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.03),
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        "tandukan",
        accts,
        _params(
            operation="crowd of paid micro-task workers pasting a shared harvest queue",
            pacing="a few person-like sessions a day",
            workers=n,
            queue_items=q_size,
            worker_tzs=list(tz_opts),
            tz_weights=tz_w.round(3).tolist(),
            ip_source="workers' own home broadband or phones",
            payment="one card per worker",
            p_new=p_new,
            languages=sorted({x for v in tx.LANG_OF_TZ.values() for x in v}),
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tekong": tekong,
    "apit_kiri": apit_kiri,
    "apit_kanan": apit_kanan,
    "sunback_spike": sunback_spike,
    "roll_spike": roll_spike,
    "horse_kick": horse_kick,
    "sepak_sila": sepak_sila,
    "sepak_raga": sepak_raga,
    "chinlone": chinlone,
    "rattan_ball": rattan_ball,
    "quarter_circle": quarter_circle,
    "tandukan": tandukan,
}
