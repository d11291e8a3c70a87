"""Campaign families of blind batch 291 (code names from sambo).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
events with `ctx.emit` and records itself with `ctx.campaign`. Every draw comes from the family's
own generator, in an order that does not depend on the process (no set walks, no `hash()`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind291 import texts as tx

# --------------------------------------------------------------------------------------------
# helpers


def _subset(
    rng: np.random.Generator, pool: Sequence[str], lo: int, hi: int, must: str | None = None
) -> list[str]:
    """lo..hi distinct items of `pool` in pool order (optionally always including `must`)."""
    k = min(len(pool), irange(rng, lo, hi))
    idx = sorted(int(i) for i in rng.choice(len(pool), size=k, replace=False))
    out = [pool[i] for i in idx]
    if must is not None and must not in out:
        out[int(rng.integers(len(out)))] = must
        out = [p for p in pool if p in out]
    return out


def _weights(rng: np.random.Generator, k: int, conc: float = 1.5) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _choose(rng: np.random.Generator, items: Sequence, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


def _ids(rng: np.random.Generator, prefix: str, n: int) -> list[str]:
    return [hexid(rng, prefix) for _ in range(n)]


def _campaign_accounts(
    ctx: Ctx,
    rng: np.random.Generator,
    name: str,
    camp: str,
    n: int,
    role: str,
    *,
    orgs: Sequence[str] | None = None,
    pays: Sequence[str] | None = None,
    ua: Callable[[int], str] | str = "",
    ips: Callable[[int], list[str]] | None = None,
    tz: Callable[[int], int] | int = 0,
) -> list[Acct]:
    out = []
    for i in range(n):
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role=role,
                campaign_id=camp,
                org=orgs[i % len(orgs)] if orgs else None,
                pay=pays[i % len(pays)] if pays else None,
                ua=ua(i) if callable(ua) else ua,
                ips=ips(i) if ips else None,
                tz=tz(i) if callable(tz) else tz,
            )
        )
    return out


def _statuses(
    rng: np.random.Generator, n: int, err: float, tail_code: int = 0, tail: int = 0
) -> np.ndarray:
    st = np.where(rng.random(n) < err, 429, 200)
    if tail_code and tail and n > tail:
        st[-tail:] = tail_code
    return st


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block, one worker queue over many keys


def brosok(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "brosok"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    per_card = irange(rng, 2, 4)
    orgs, pays = _ids(rng, "org", n_orgs), _ids(rng, "pay", max(1, -(-n_keys // per_card)))
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 7))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "worker",
        orgs=orgs,
        pays=[pays[i // per_card] for i in range(n_keys)],
        ua=ua,
        ips=lambda i: [pick(rng, block) for _ in range(irange(rng, 1, 2))],
    )
    langs = _subset(rng, tx.COT_LANGS, 2, 4, must="en")
    lw = _weights(rng, len(langs))
    style_w = _weights(rng, 3, 1.0)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(60, 150))
    # the queue idles for a few hours when the operator's credits run low
    pause_at = float(rng.uniform(start, ctx.t1))
    pause_len = float(rng.uniform(2, 10)) * HOUR

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.where((ts > pause_at) & (ts < pause_at + pause_len), 0.03, 1.0)

    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [
            tx.reasoning_prompt(rng, _choose(rng, langs, lw), int(rng.choice(3, p=style_w)))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": f"prepaid, {per_card} keys per card",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": langs,
            "styles": ["plain_cot", "think_tags", "json_steps"],
            "start": start,
            "pause": [pause_at, pause_len],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading as a "company" running nightly evaluation jobs


def podsechka(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "podsechka"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (-8, -5, 1, 2, 8))
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "grader",
        orgs=[org],
        pays=[pay],
        ua=ua,
        ips=lambda i: list(nat),
        tz=tz,
    )
    langs = ["en"] + _subset(rng, ("de", "fr"), 0, 2)
    lw = np.array([0.8] + [0.2 / max(1, len(langs) - 1)] * (len(langs) - 1))
    lw = lw / lw.sum()
    style_w = _weights(rng, 4, 1.2)
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    days = (ctx.t1 - start) / DAY
    jobs = thinned(
        rng, start, ctx.t1, days * irange(rng, 4, 9), nightly(night_start, night_len, tz)
    )
    trains = bursts(rng, jobs, float(rng.uniform(60, 160)), float(rng.uniform(0.7, 2.5)), b=ctx.t1)
    per: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for j, tr in enumerate(trains):
        per[j % n_keys].append(tr)
    # an engineer trying prompts by hand during the day (key 0)
    per[0].append(thinned(rng, start, ctx.t1, days * float(rng.uniform(5, 20)), workday(tz)))
    comp_by_style = (300.0, 380.0, 3.0, 650.0)
    for acct, parts in zip(accts, per, strict=True):
        ts = np.sort(np.concatenate(parts)) if parts else np.empty(0)
        styles = rng.choice(4, size=len(ts), p=style_w)
        prompts = [
            tx.judge_prompt(rng, int(s), ctx.chat, ctx.passages, _choose(rng, langs, lw))
            for s in styles
        ]
        comp = np.array([comp_by_style[int(s)] for s in styles])
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "nightly_bursts",
            "tz": tz,
            "night": [night_start, night_len],
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": langs,
            "styles": ["pairwise", "rubric", "likert_only", "critique_revise"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites through burner accounts on stolen cards behind VPN exits


def zatsep(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "zatsep"
    n_keys = irange(rng, 10, 20)
    tz = pick(rng, (3, 8))
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    exits = cloud(rng, irange(rng, 20, 60), vpn)
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "burner",
        ua=lambda i: sdk_ua(rng, 0.4),
        ips=lambda i: [pick(rng, exits) for _ in range(irange(rng, 1, 4))],
        tz=tz,
    )
    langs = _subset(rng, tx.SAFE_LANGS, 2, 4, must=("zh" if tz == 8 else "ru"))
    lw = _weights(rng, len(langs))
    style_w = _weights(rng, 3)
    rate = float(rng.uniform(25, 70))
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
    lives = []
    for acct in accts:
        life = float(rng.uniform(0.6, 2.2)) * DAY
        s = t
        t += life / irange(rng, 2, 3)  # two or three keys alive at a time
        e = min(ctx.t1, s + life)
        ts = thinned(
            rng,
            s,
            e,
            rate * (e - s) / HOUR * 0.45,
            workday(tz, 10.0, 23.0, weekend=0.7, night=0.05),
        )
        n = len(ts)
        revoked = chance(rng, 0.6) and e < ctx.t1
        prompts = [
            tx.policy_prompt(
                rng, _choose(rng, langs, lw), int(rng.choice(3, p=style_w)), ctx.chat, ctx.passages
            )
            for _ in range(n)
        ]
        ips = sticky(rng, ts, acct.ips, float(rng.uniform(20, 90)) * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=ips,
            comp_median=550.0,
            comp_sigma=0.55,
            status=_statuses(rng, n, 0.04, 401, irange(rng, 1, 4) if revoked else 0),
        )
        lives.append([s, e, bool(revoked)])
        if t >= ctx.t1:
            t = float(rng.uniform(ctx.t0, ctx.t1 - DAY))
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "burner_key_relay_evening_hours",
            "tz": tz,
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "stolen card per key (chargebacks revoke keys)",
            "user_agent": "varied sdk",
            "languages": langs,
            "styles": ["ideal_reply", "compliant_rewrite", "policy_triage"],
            "per_hour_active": round(rate, 1),
            "lives": lives,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: many parallel episodes from two orgs' cloud NATs


def podkhvat(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "podkhvat"
    n_keys = irange(rng, 4, 8)
    providers = [pick(rng, ("gcp", "azure", "aws")) for _ in range(2)]
    nats = [cloud(rng, irange(rng, 1, 2), p) for p in providers]
    orgs, pays = _ids(rng, "org", 2), _ids(rng, "pay", 2)
    ua = pick(rng, ("langchain-openai/0.3.6", "OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2"))
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "agent_runner",
        orgs=orgs,
        pays=pays,
        ua=ua,
        ips=lambda i: list(nats[i % 2]),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    n_eps = float(rng.uniform(700, 1600))
    ep_starts = thinned(rng, start, ctx.t1, n_eps, global_load(float(rng.uniform(0, 24)), 0.4))
    who = rng.integers(0, n_keys, size=len(ep_starts))
    resp_lang = ["", " Respond in Japanese.", " Antworte auf Deutsch.", " Réponds en français."]
    rw = np.array([0.7, 0.1, 0.1, 0.1])
    ts_k: list[list[float]] = [[] for _ in range(n_keys)]
    pr_k: list[list[str]] = [[] for _ in range(n_keys)]
    ex_k: list[list[int]] = [[] for _ in range(n_keys)]
    for s, k in zip(ep_starts.tolist(), who.tolist(), strict=True):
        steps = irange(rng, 3, 14)
        style = irange(rng, 0, 2)
        tools = [str(x) for x in rng.choice(tx.TOOLS, size=irange(rng, 3, 6), replace=False)]
        task = tx.agent_task(rng) + _choose(rng, resp_lang, rw)
        t = s
        ctx_tok = irange(rng, 300, 900)
        for j in range(steps):
            ts_k[k].append(t)
            pr_k[k].append(tx.agent_step(rng, task, j, style, tools))
            ex_k[k].append(ctx_tok)
            ctx_tok += irange(rng, 150, 700)
            t += float(rng.lognormal(np.log(5.0), 0.6))
    for k, acct in enumerate(accts):
        order = np.argsort(np.asarray(ts_k[k]), kind="stable")
        ts = np.asarray(ts_k[k])[order]
        ctx.emit(
            rng,
            acct,
            ts,
            [pr_k[k][i] for i in order.tolist()],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=240.0,
            comp_sigma=0.6,
            extra=np.asarray(ex_k[k], dtype=np.int64)[order],
            err=0.015,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "parallel_episodes",
            "episodes": len(ep_starts),
            "ip_source": f"cloud_nat:{providers}",
            "payment": "one card per org",
            "orgs": 2,
            "user_agent": ua,
            "languages": ["en", "ja", "de", "fr"],
            "styles": ["react", "json_calls", "xml_tags"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation over many small accounts behind a residential proxy pool


def rychag(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "rychag"
    n_keys = irange(rng, 18, 32)
    regions = _subset(rng, ("us", "eu", "latam", "in", "sea"), 2, 4)
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 60, 140), r)]
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "generator",
        ua=lambda i: sdk_ua(rng, 0.3),
        ips=lambda i: list(pool),
    )
    langs = _subset(rng, tx.SYN_LANGS, 3, 5, must="en")
    hold = float(rng.uniform(5, 30)) * MINUTE
    for acct in accts:
        lang = pick(rng, langs)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        rate = float(rng.uniform(1.5, 5.0))
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        prompts = [
            tx.synth_prompt(rng, lang if chance(rng, 0.85) else "en", irange(rng, 0, 3), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.1),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "slow_steady_per_key",
            "ip_source": f"residential_proxy_pool:{regions}",
            "proxy_hold_s": round(hold),
            "payment": "one virtual card per key",
            "user_agent": "varied sdk",
            "languages": langs,
            "styles": ["jsonl_pairs", "evolve_instruction", "persona_qa", "textbook"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest dressed as private people chatting in the evening


_TZ_OF_LANG = {"en": (-8, -5, 0), "es": (-3, -5), "pt": (-3,), "de": (1,), "ja": (9,), "ko": (9,)}


def podbiv(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "podbiv"
    n_keys = irange(rng, 25, 40)
    langs = _subset(rng, tx.DIALOGUE_LANGS, 3, 5, must="en")
    lw = _weights(rng, len(langs), 2.0)
    key_lang = [_choose(rng, langs, lw) for _ in range(n_keys)]
    key_tz = [pick(rng, _TZ_OF_LANG[lg]) for lg in key_lang]
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "bought_account",
        ua=lambda i: pick(rng, BROWSERS + MOBILE[:3]),
        ips=lambda i: home(rng, irange(rng, 2, 5), key_tz[i]),
        tz=lambda i: key_tz[i],
    )
    p_chat = float(rng.uniform(0.3, 0.6))
    onboard = float(rng.uniform(0.05, 0.25))
    for acct, lg in zip(accts, key_lang, strict=True):
        s = jitter_start(rng, ctx.t0, ctx.t1, onboard)
        sess = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(acct.tz),
            float(rng.uniform(6, 12)),
            float(rng.uniform(35, 80)),
            0.7,
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for st in sess:
            ip = pick(rng, acct.ips)
            hist = 0
            for j, t in enumerate(st.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lg, ctx.chat, p_chat)
                    if j == 0
                    else tx.dialogue_followup(rng, lg)
                )
                extra.append(hist)
                hist += irange(rng, 250, 700)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=ips,
            comp_median=480.0,
            comp_sigma=0.55,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.005,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "human_evening_sessions",
            "ip_source": "geo_matched_residential_proxy",
            "payment": "bought accounts, own card each",
            "user_agent": "browsers and phones",
            "languages": langs,
            "onboarding_frac": round(onboard, 3),
            "opener_from_public_prompts": round(p_chat, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: each prompt fired n times


def otkhvat(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "otkhvat"
    n_keys = irange(rng, 2, 3)
    provider = pick(rng, ("oracle", "azure"))
    hosts = cloud(rng, irange(rng, 1, 2), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "sampler",
        orgs=[org],
        pays=[pay],
        ua=ua,
        ips=lambda i: list(hosts),
    )
    langs = _subset(rng, ("en", "fr", "de"), 1, 3, must="en")
    style_w = _weights(rng, 4, 1.5)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    groups = thinned(rng, start, ctx.t1, float(rng.uniform(500, 1000)), constant)
    ns = (4, 5, 8, 10, 16)
    comp_by_style = (60.0, 2.0, 30.0, 2.0)
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_pr: list[list[str]] = [[] for _ in range(n_keys)]
    per_cm: list[list[float]] = [[] for _ in range(n_keys)]
    for g in groups.tolist():
        k = int(rng.integers(n_keys))
        style = int(rng.choice(4, p=style_w))
        p = tx.softlabel_prompt(rng, style, ctx.chat, pick(rng, langs))
        n = pick(rng, ns)
        gaps = rng.lognormal(np.log(0.4), 0.8, size=n)
        for t in (g + np.cumsum(gaps)).tolist():
            per_ts[k].append(t)
            per_pr[k].append(p)
            per_cm[k].append(comp_by_style[style])
    for k, acct in enumerate(accts):
        ts = np.asarray(per_ts[k])
        ctx.emit(
            rng,
            acct,
            ts,
            per_pr[k],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=np.asarray(per_cm[k]),
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "repeat_groups_steady",
            "group_sizes": list(ns),
            "ip_source": f"cloud:{provider}",
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "styles": ["label_probabilities", "mcq_letter", "one_sentence", "yes_no"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep at the model release, residential proxies and spoofed browser agents


def melnitsa(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "melnitsa"
    n_keys, n_orgs = irange(rng, 8, 12), irange(rng, 2, 3)
    orgs, pays = _ids(rng, "org", n_orgs), _ids(rng, "pay", n_orgs)
    regions = _subset(rng, ("us", "eu", "ca"), 1, 2)
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 80, 160), r)]
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "sweeper",
        orgs=orgs,
        pays=pays,
        ua=lambda i: pick(rng, BROWSERS),
        ips=lambda i: list(pool),
    )
    langs = _subset(rng, tx.CURR_LANGS, 2, 4, must="en")
    lw = _weights(rng, len(langs))
    s = ctx.release - float(rng.uniform(1, 6)) * HOUR
    e = min(ctx.t1, ctx.release + float(rng.uniform(1.5, 2.8)) * DAY)
    per_hour = float(rng.uniform(90, 200))
    hold = float(rng.uniform(10, 40)) * MINUTE
    for acct, ts in zip(accts, worker_pool(rng, s, e, per_hour, n_keys), strict=True):
        frac = (ts - s) / (e - s)
        levels = np.clip(1 + np.floor(12 * frac + rng.normal(0, 0.7, size=len(ts))), 1, 12).astype(
            int
        )
        prompts = [
            tx.curriculum_prompt(rng, _choose(rng, langs, lw), int(lv)) for lv in levels.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=850.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum_sweep_at_release",
            "pacing": "worker_pool_release_window",
            "window": [s, e],
            "per_hour": round(per_hour, 1),
            "ip_source": f"residential_proxy:{regions}",
            "payment": "prepaid per org",
            "orgs": n_orgs,
            "user_agent": "spoofed browsers",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation harvest: each source text fanned out into many target languages


def podnozhka(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "podnozhka"
    n_keys = irange(rng, 5, 9)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    pay = hexid(rng, "pay")
    orgs = _ids(rng, "org", max(1, n_keys // 2))
    ua = pick(rng, ("Go-http-client/2.0", "python-requests/2.32.3"))
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "translator",
        orgs=orgs,
        pays=[pay],
        ua=ua,
        ips=lambda i: cloud(rng, irange(rng, 1, 2), provider),
        tz=8,
    )
    targets = _subset(rng, tx.TARGETS, 8, 14)
    key_style = [irange(rng, 0, 3) for _ in range(n_keys)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    jobs = thinned(
        rng,
        start,
        ctx.t1,
        float(rng.uniform(900, 1800)),
        workday(8, 9.0, 22.0, weekend=0.5, night=0.1),
    )
    per_ts: list[list[float]] = [[] for _ in range(n_keys)]
    per_pr: list[list[str]] = [[] for _ in range(n_keys)]
    per_cm: list[list[float]] = [[] for _ in range(n_keys)]
    for g in jobs.tolist():
        k = int(rng.integers(n_keys))
        src = tx.paragraph(rng, ctx.passages, 700)
        fan = _subset(rng, targets, 3, 9)
        t = g
        for tgt in fan:
            per_ts[k].append(t)
            per_pr[k].append(tx.translation_prompt(rng, key_style[k], src, tgt))
            per_cm[k].append(len(src) / 4 * 1.3)
            t += float(rng.lognormal(np.log(1.8), 0.5))
    for k, acct in enumerate(accts):
        ts = np.asarray(per_ts[k])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [per_pr[k][i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new=0.85, p_mini=0.25),
            comp_median=np.asarray(per_cm[k])[order],
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "translation_parallel_corpus",
            "pacing": "fan_out_jobs_workday_tz8",
            "jobs": len(jobs),
            "ip_source": f"cloud:{provider}",
            "payment": "one card for every key",
            "user_agent": ua,
            "languages": targets,
            "styles": ["plain", "json", "literary", "zh_instruction"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real writing-assistant product's backend traffic


def perevorot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "perevorot"
    brand = pick(rng, ("Quillset", "Penwise", "Draftly", "Wordloom"))
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        2,
        "product_backend",
        orgs=[org],
        pays=[pay],
        ua=ua,
        ips=lambda i: list(nat),
    )
    ulangs = ["en", "es", "fr", "de", "pt"]
    uw = np.array([0.55, 0.15, 0.1, 0.1, 0.1])
    peak = float(rng.uniform(13, 19))
    real = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4000, 7000)), global_load(peak, 0.6))
    share = float(rng.uniform(0.1, 0.22))
    h_start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    harvest = thinned(
        rng,
        h_start,
        ctx.t1,
        len(real) * share * (ctx.t1 - h_start) / (ctx.t1 - ctx.t0),
        global_load((peak + 12) % 24, 0.3),
    )
    ts_all = np.concatenate([real, harvest])
    is_h = np.concatenate([np.zeros(len(real), bool), np.ones(len(harvest), bool)])
    order = np.argsort(ts_all, kind="stable")
    ts_all, is_h = ts_all[order], is_h[order]
    prompts, comp = [], []
    for h in is_h.tolist():
        lang = _choose(rng, ulangs, uw)
        if h:
            action, text = tx.product_harvest_text(rng)
            comp.append(900.0)
        else:
            action, text = pick(rng, tx.PRODUCT_ACTIONS), tx.chat_line(rng, ctx.chat, 900)
            comp.append(180.0)
        prompts.append(tx.product_prompt(rng, brand, lang, action, text))
    m_real = ctx.models(rng, ts_all, p_new=0.45, p_mini=0.3)
    m_h = ctx.models(rng, ts_all, p_new=0.95, p_mini=0.0)
    models = [b if h else a for a, b, h in zip(m_real, m_h, is_h.tolist(), strict=True)]
    key = (rng.random(len(ts_all)) < 0.15).astype(int)  # a second key for the async worker
    comp_arr, sys_tok = np.asarray(comp), irange(rng, 120, 400)
    for k, acct in enumerate(accts):
        sel = np.flatnonzero(key == k)
        ctx.emit(
            rng,
            acct,
            ts_all[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comp_arr[sel],
            comp_sigma=0.55,
            extra=sys_tok,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_global_load",
            "brand": brand,
            "harvest_share": round(share, 3),
            "harvest_events": len(harvest),
            "product_events": len(real),
            "ip_source": f"cloud_nat:{provider}",
            "payment": "company card",
            "user_agent": ua,
            "languages": ulangs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts replaying a public prompt set, low and slow


def uderzhanie(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "uderzhanie"
    n_keys = irange(rng, 40, 70)
    key_tz = [pick(rng, TZS) for _ in range(n_keys)]

    def owner_ua(i: int) -> str:
        return pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, SDK_COMMON)

    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_keys,
        "aged_account",
        ua=owner_ua,
        ips=lambda i: home(rng, irange(rng, 2, 4), key_tz[i]),
        tz=lambda i: key_tz[i],
    )
    shard = rng.permutation(len(ctx.chat))
    pos = 0
    mix = float(rng.uniform(0.3, 0.6))
    for acct in accts:
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
        per_day = float(rng.uniform(6, 25))
        person = evening_person(acct.tz)

        def curve(ts: np.ndarray, person=person) -> np.ndarray:
            return mix + (1 - mix) * person(ts)

        ts = thinned(rng, s, ctx.t1, per_day * (ctx.t1 - s) / DAY, curve)
        n = len(ts)
        prompts = [ctx.chat[int(i)] for i in shard[(pos + np.arange(n)) % len(shard)].tolist()]
        pos += n
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.03),
            ips=sticky(rng, ts, acct.ips, float(rng.uniform(2, 8)) * HOUR),
            comp_median=600.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public_prompt_replay_on_aged_accounts",
            "pacing": "low_and_slow_per_account",
            "ip_source": "geo_matched_residential_proxy",
            "payment": "original owners' cards",
            "user_agent": "original owners'",
            "languages": ["en (public prompt set)"],
            "prompts_used": pos,
            "flat_mix": round(mix, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: a paid crowd of real people asking a task sheet's questions on their own accounts


_CROWD_LANG = {5: ("en", "hi"), 8: ("en", "id"), -3: ("en", "pt", "es"), 1: ("en",), 3: ("en",)}


def zakhvat(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    name = "zakhvat"
    n_workers = irange(rng, 30, 55)
    tzs = _subset(rng, (5, 8, -3, 1, 3), 2, 4, must=5)
    key_tz = [pick(rng, tzs) for _ in range(n_workers)]
    phone = [chance(rng, 0.45) for _ in range(n_workers)]
    v6 = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile", 3: "eu_mobile", 8: "in_mobile"}

    def ips(i: int) -> list[str]:
        return (
            mobile_v6(rng, 3, v6[key_tz[i]])
            if phone[i]
            else home(rng, irange(rng, 1, 2), key_tz[i])
        )

    accts = _campaign_accounts(
        ctx,
        rng,
        name,
        camp,
        n_workers,
        "crowd_worker",
        ua=lambda i: pick(rng, MOBILE[:3]) if phone[i] else pick(rng, BROWSERS),
        ips=ips,
        tz=lambda i: key_tz[i],
    )
    n_tasks = irange(rng, 300, 600)
    base = int(rng.integers(0, 10**6))
    posted = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    for acct in accts:
        s = posted + float(rng.exponential(0.6)) * DAY
        sess = session_times(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(acct.tz, 3.0),
            float(rng.uniform(6, 14)),
            float(rng.uniform(80, 200)),
            0.6,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        lang = pick(rng, _CROWD_LANG[acct.tz])
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.08):
                prompts.append(tx.chat_line(rng, ctx.chat, 400))  # the worker's own question
            else:
                prompts.append(
                    tx.crowd_question(
                        rng, base + int(rng.integers(n_tasks)), lang if chance(rng, 0.7) else "en"
                    )
                )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=700.0,
            comp_sigma=0.6,
            err=0.008,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "paid_crowd_task_sheet",
            "pacing": "human_sessions_after_posting",
            "posted": posted,
            "tasks": n_tasks,
            "ip_source": "workers' homes and phones",
            "payment": "workers' own cards",
            "user_agent": "browsers and phones",
            "languages": ["en", "hi", "id", "pt", "es"],
            "tzs": tzs,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "brosok": brosok,
    "podsechka": podsechka,
    "zatsep": zatsep,
    "podkhvat": podkhvat,
    "rychag": rychag,
    "podbiv": podbiv,
    "otkhvat": otkhvat,
    "melnitsa": melnitsa,
    "podnozhka": podnozhka,
    "perevorot": perevorot,
    "uderzhanie": uderzhanie,
    "zakhvat": zakhvat,
}
