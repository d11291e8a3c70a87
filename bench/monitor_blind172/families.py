"""Campaign families of batch 172 (code names: words from schwingen, Swiss wrestling).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes their
events with `ctx.emit` and records itself with `ctx.campaign`. Everything (key counts, orgs, cards,
pacing, addresses, user agents, languages, template mixes, model choice) is drawn from the family's
own generator. The last four families are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind172 import texts

Rng = np.random.Generator


def _camp(ctx: Ctx, rng: Rng, family: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(chunks) if chunks else np.empty(0)


#: the consumer region a person of each UTC offset most likely lives in
_REGION = {
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


def _on_model(
    ctx: Ctx, rng: Rng, ts: np.ndarray, lag_h: float, p_new: float, p_mini: float = 0.0
) -> list[str]:
    """The new model once `lag_h` hours after its release (an operator's reaction time)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    cut = ctx.release + lag_h * HOUR
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= cut and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion: a rented block of servers, one prepaid card, a shared queue


def saegemehl(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "saegemehl"
    n = irange(rng, 5, 11)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 5))
    ua = bb.sdk_ua(rng, 0.6)
    mix = texts.random_weights(rng, texts.REASONING_STYLES, irange(rng, 3, 6))
    accts = [
        _camp(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=org,
            pay=pay,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 3)),
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.2)) * DAY
    per_hour = float(rng.uniform(50, 120))
    lag = float(rng.uniform(0.5, 6.0))
    comp = float(rng.uniform(900, 1800))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [texts.reasoning_coercion(rng, texts.choose_style(rng, mix)) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, lag, 0.97), comp_median=comp,
                 comp_sigma=0.5, err=0.03)  # fmt: skip
    ctx.campaign(cid, name, accts, {
        "operation": "reasoning_trace_coercion", "keys": n, "orgs": 1, "payment": "one prepaid card shared",
        "ip_source": f"rented {provider} block ({len(pool)} hosts)", "pacing": "poisson worker pool",
        "per_hour": round(per_hour, 1), "user_agent": ua, "styles": mix, "start": start,
        "model_lag_h": round(lag, 2),
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading: three front orgs, VPN exits, bursty office-hours jobs


def kampfrichter(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "kampfrichter"
    provider = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = bb.rented_block(rng, provider, irange(rng, 3, 6), irange(rng, 2, 4))
    tz = pick(rng, (3, 5, 8, 2))
    accts, per_org = [], []
    for _ in range(3):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), pick(rng, bb.SDK_OTHER)
        mix = texts.random_weights(rng, texts.JUDGE_STYLES, irange(rng, 2, 4))
        k = irange(rng, 2, 6)
        per_org.append({"keys": k, "user_agent": ua, "styles": mix})
        accts += [
            (_camp(ctx, rng, name, cid, "grader", org=org, pay=pay, ua=ua, ips=exits), mix)
            for _ in range(k)
        ]
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    hold = float(rng.uniform(20, 60)) * MINUTE
    size = float(rng.uniform(15, 40))
    for a, mix in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - start) / DAY, bb.workday(tz)
        )
        ts = _flat(bb.bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.6, ctx.t1))
        prompts = [
            texts.judge_prompt(rng, texts.choose_style(rng, mix), ctx.chat, ctx.passages)
            for _ in ts
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=bb.sticky(rng, ts, a.ips, hold),
                 comp_median=float(rng.uniform(300, 600)), err=0.02)  # fmt: skip
    ctx.campaign(cid, name, [a for a, _ in accts], {
        "operation": "judge_rubric_reward_grading", "orgs": per_org, "payment": "one card per front org",
        "ip_source": f"VPN exits in {provider} ({len(exits)} addresses, sticky {hold / MINUTE:.0f} min)",
        "pacing": "bursts during operator office hours", "operator_tz": tz, "burst_mean": round(size, 1),
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites: stolen cards, keys rotated as they die


def zwilchhose(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "zwilchhose"
    tz = 8
    mix = texts.random_weights(rng, texts.POLICY_STYLES, irange(rng, 3, 5))
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    life = float(rng.uniform(0.8, 2.0)) * DAY
    lanes = irange(rng, 2, 4)
    accts, keys = [], []
    for lane in range(lanes):
        t = start + float(rng.uniform(0, 0.3)) * DAY
        while t < ctx.t1:
            end = min(ctx.t1, t + life * float(rng.uniform(0.6, 1.4)))
            if chance(rng, 0.5):
                ips, src = (
                    bb.cloud(
                        rng,
                        irange(rng, 1, 3),
                        pick(rng, ("alibaba", "tencent", "huawei", "ucloud")),
                    ),
                    "cloud",
                )
            else:
                ips, src = (
                    bb.resi(rng, irange(rng, 2, 6), pick(rng, ("cn", "sea"))),
                    "residential proxy",
                )
            ts = _flat(bb.session_times(rng, t, end, float(rng.uniform(8, 16)), bb.workday(tz, 9.0, 21.0, 0.5),
                                        float(rng.uniform(10, 25)), float(rng.uniform(5, 15)), 0.6))  # fmt: skip
            if len(ts) == 0:
                t = end + float(rng.uniform(0.5, 8)) * HOUR
                continue
            ua = bb.sdk_ua(rng, 0.3)
            a = _camp(ctx, rng, name, cid, f"lane{lane}", ua=ua, ips=ips, tz=tz)
            prompts = [
                texts.policy_rewrite(rng, texts.choose_style(rng, mix), ctx.chat, ctx.passages)
                for _ in ts
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=_on_model(ctx, rng, ts, 2.0, 0.88),
                comp_median=420.0,
                err=0.02,
            )
            accts.append(a)
            keys.append({"from": t, "to": end, "ip_source": src})
            t = end + float(rng.uniform(0.5, 8)) * HOUR
    ctx.campaign(cid, name, accts, {
        "operation": "censorship_safe_policy_rewrites", "lanes": lanes, "keys": keys,
        "payment": "one stolen card per key (own org each)", "pacing": "sessions in operator working hours",
        "operator_tz": tz, "styles": mix, "languages": ["en", "zh"],
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: autoscaled cloud workers running whole episodes


def brienzer(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "brienzer"
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    pool = bb.cloud(rng, irange(rng, 20, 40), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "AsyncOpenAI/Python 1.60.0"))
    mix = texts.random_weights(rng, texts.AGENT_STYLES, irange(rng, 2, 4))
    start = ctx.release + float(rng.uniform(0.02, 0.3)) * DAY
    accts = []
    for _ in range(n):
        a = _camp(ctx, rng, name, cid, "runner", org=org, pay=pay, ua=ua, ips=pool)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 4)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            style, task, avail = (
                texts.choose_style(rng, mix),
                texts.agent_task(rng),
                texts.agent_tools(rng),
            )
            k = irange(rng, 3, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_prompt(rng, style, task, avail, j))
                extra.append(irange(rng, 500, 1200) + 180 * j)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, 0.0, 1.0), comp_median=220.0,
                 extra=extra, err=0.015)  # fmt: skip
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "agent_tool_use_transcripts", "keys": n, "orgs": 1, "payment": "one card",
        "ip_source": f"{provider} autoscaling ({len(pool)} addresses)", "pacing": "episodes of 3-14 steps",
        "user_agent": ua, "styles": mix, "start": start, "models": "new model only",
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: one VPS per key, overnight batches, long completions


def schlussgang(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "schlussgang"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-5, 1, 3, 8))
    mix = texts.random_weights(rng, texts.DATASET_STYLES, irange(rng, 3, 6))
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    accts = []
    for _ in range(n):
        ips = bb.cloud(rng, 1, pick(rng, ("hetzner", "digitalocean", "linode", "ovh")))
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "generator",
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11")),
            ips=ips,
        )
        starts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - start) / DAY,
                            bb.nightly(float(rng.uniform(21, 24)), float(rng.uniform(5, 9)), tz))  # fmt: skip
        ts = _flat(
            bb.bursts(
                rng, starts, float(rng.uniform(20, 50)), float(rng.uniform(12, 30)), 0.4, ctx.t1
            )
        )
        prompts = [texts.dataset_gen(rng, texts.choose_style(rng, mix), ctx.chat) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, 3.0, 0.8, 0.15), comp_median=2600.0,
                 comp_sigma=0.4, err=0.02)  # fmt: skip
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "synthetic_dataset_generation", "keys": n, "orgs": n,
        "payment": "one prepaid card per key", "ip_source": "one VPS per key", "pacing": "overnight batches",
        "operator_tz": tz, "styles": mix,
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest: residential proxy per conversation, scripted follow-ups


def wyberhaken(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "wyberhaken"
    n = irange(rng, 10, 18)
    proxy = bb.resi(rng, 400, "*")
    start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    accts, org, pay, left = [], "", "", 0
    for _ in range(n):
        if left == 0:
            org, pay, left = hexid(rng, "org"), hexid(rng, "pay"), irange(rng, 3, 4)
        left -= 1
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.8)
        a = _camp(ctx, rng, name, cid, "dialogue", org=org, pay=pay, ua=ua, ips=proxy)
        langs = texts.random_weights(rng, list(texts.FOLLOWUPS), irange(rng, 1, 3))
        langs["en"] = langs.get("en", 0.0) + 1.0
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(0.4, 1.0)) * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            k, lang, ip = irange(rng, 4, 12), texts.choose_style(rng, langs), pick(rng, proxy)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(30.0), 0.5, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                ips.append(ip)
                prompts.append(
                    texts.clip(pick(rng, ctx.chat), 1500) if j == 0 else texts.followup(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), ips=ips, comp_median=520.0
        )
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "multi_turn_dialogue_harvest", "keys": n, "payment": "a prepaid card per 3-4 keys",
        "ip_source": "residential proxy, one exit per conversation", "pacing": "conversations of 4-12 turns",
        "languages": ["en", "es", "pt", "ru", "ko"],
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts fired n times, throwaway accounts


def gammen(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "gammen"
    n = irange(rng, 12, 24)
    start = ctx.release - float(rng.uniform(0.05, 0.4)) * DAY
    accts = []
    for _ in range(n):
        ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("vultr", "digitalocean", "linode")))
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
        a = _camp(ctx, rng, name, cid, "sampler", ua=ua, ips=ips)
        mix = texts.random_weights(rng, texts.SAMPLING_STYLES, irange(rng, 1, 3))
        a_start = start + float(rng.uniform(0, 1.5)) * DAY
        starts = bb.thinned(
            rng,
            a_start,
            ctx.t1,
            float(rng.uniform(0.4, 1.2)) * (ctx.t1 - a_start) / HOUR,
            bb.constant,
        )
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            p, c = texts.sampling_prompt(rng, texts.choose_style(rng, mix), ctx.chat)
            k = irange(rng, 4, 16)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=k - 1))])
            ts_all += t.tolist()
            prompts += [p] * k
            comp += [c] * k
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, 0.5, 1.0), comp_median=np.asarray(comp),
                 comp_sigma=0.5, err=0.04)  # fmt: skip
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "best_of_n_soft_label_sampling", "keys": n, "orgs": n,
        "payment": "one card per key", "ip_source": "1-2 VPS addresses per key",
        "pacing": "sets of 4-16 identical requests", "start": start,
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: an office line, a script with a fixed sleep, walking a topic grid in order


def hufter(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "hufter"
    n = irange(rng, 2, 4)
    tz = pick(rng, (1, 5, -3))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    grid = texts.curriculum_grid()
    offset = irange(rng, 0, len(grid) - 1)
    grid = grid[offset:] + grid[:offset]
    langs = {1: ("en", "es"), 5: ("en", "hi"), -3: ("es", "en")}[tz]
    accts = []
    for i in range(n):
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "sweeper",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        sleep = float(rng.uniform(140, 320))
        t = ctx.t0 + float(rng.uniform(0.1, 1.2)) * DAY
        gaps = rng.lognormal(np.log(sleep), 0.18, size=int((ctx.t1 - t) / sleep * 1.3) + 1)
        ts = t + np.cumsum(gaps)
        ts = ts[ts < ctx.t1]
        lang = langs[i % len(langs)]
        prompts = [
            texts.curriculum_prompt(rng, grid[(i + j * n) % len(grid)], lang)
            for j in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, 1.0, 0.99), comp_median=1400.0,
                 comp_sigma=0.35, err=0.005)  # fmt: skip
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "curriculum_sweep", "keys": n, "orgs": 1, "payment": "one card",
        "ip_source": f"office broadband ({len(office)} address)", "operator_tz": tz,
        "pacing": "fixed sleep between calls, day and night", "languages": list(langs),
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 9. HARD: code harvest hidden inside a real coding-assistant product's backend traffic


def plattwurf(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "plattwurf"
    product = pick(rng, ("Quillcode", "Patchwise", "Stackling", "DevNook"))
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    share = float(rng.uniform(0.25, 0.45))
    lag = float(rng.uniform(6, 20))
    curve = bb.global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.7)))
    mix = texts.random_weights(rng, texts.CODE_STYLES, irange(rng, 3, 4))
    accts = []
    for _ in range(n):
        a = _camp(ctx, rng, name, cid, "product_backend", org=org, pay=pay, ua=ua, ips=nat)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 22)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts, comp = [], []
        for _t in ts.tolist():
            if chance(rng, share):
                body, lang = texts.code_harvest(rng, texts.choose_style(rng, mix))
                c = 700.0
            else:
                body, lang, c = texts.clip(pick(rng, ctx.chat), 1800), pick(rng, texts.LANGS), 380.0
            repo = (
                f"{hexid(rng, 'ws')[3:9]}/{pick(rng, ('api', 'web', 'app', 'svc', 'cli', 'infra'))}"
            )
            prompts.append(texts.product_wrap(product, repo, lang, body))
            comp.append(c)
        extra = rng.integers(150, 1600, size=len(ts))
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, lag, 0.85, 0.05), comp_median=np.asarray(comp),
                 extra=extra, err=0.01)  # fmt: skip
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "code_harvest_inside_product", "product": product, "keys": n, "orgs": 1,
        "payment": "corporate card", "ip_source": f"aws NAT gateways ({len(nat)})", "user_agent": ua,
        "harvest_share": round(share, 3), "pacing": "global product load", "model_lag_h": round(lag, 1),
        "hard": "harvest prompts share the product's wrapper, keys, addresses and daily load curve",
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged personal accounts that pivot to a translation harvest after the release


def schlungg(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "schlungg"
    n = irange(rng, 10, 16)
    op_tz = pick(rng, (2, 3, 8))
    pivot = ctx.release + float(rng.uniform(0.05, 0.5)) * DAY
    mix = texts.random_weights(rng, texts.TRANSLATION_STYLES, irange(rng, 2, 4))
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        a = _camp(ctx, rng, name, cid, "aged_account", ua=ua, ips=home, tz=tz)
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz)
        pre = _flat(
            bb.session_times(rng, ctx.t0, pivot, float(rng.uniform(0.6, 2.0)), curve, 3.0, 90.0)
        )
        ctx.emit(rng, a, pre, [texts.clip(pick(rng, ctx.chat), 2000) for _ in pre],
                 models=ctx.models(rng, pre), comp_median=420.0)  # fmt: skip
        # after the takeover: proxies in the owner's region, the operator's own hours
        region = _REGION[tz]
        proxy = bb.resi(rng, 25, region)
        my_pivot = pivot + float(rng.uniform(0, 0.6)) * DAY
        post = _flat(bb.session_times(rng, my_pivot, ctx.t1, float(rng.uniform(3, 7)),
                                      bb.workday(op_tz, 8.0, 22.0, 0.6), 7.0, 45.0, 0.6))  # fmt: skip
        post_ua = ua if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        prompts = [
            texts.translation_request(rng, ctx.passages, texts.choose_style(rng, mix))
            if chance(rng, 0.82) else texts.clip(pick(rng, ctx.chat), 2000)
            for _ in post
        ]  # fmt: skip
        ctx.emit(rng, a, post, prompts, models=_on_model(ctx, rng, post, 0.0, 0.97), ua=post_ua,
                 ips=bb.sticky(rng, post, proxy, 30 * MINUTE), comp_median=650.0)  # fmt: skip
        accts.append(a)
        pivots.append(my_pivot)
    ctx.campaign(cid, name, accts, {
        "operation": "translation_harvest_in_aged_accounts", "accounts": n,
        "payment": "original owners' cards (one per account)", "orgs": n, "operator_tz": op_tz,
        "ip_source": "owners' home ISP before, residential proxy in the same region after",
        "pivots": pivots, "styles": mix, "targets": list(texts.TARGETS),
        "hard": "months-old personal accounts with ordinary history, one card and org each",
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of paid people asking a shared task list from their phones


def einteilung(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "einteilung"
    n = irange(rng, 35, 60)
    tzs = [int(x) for x in rng.choice(np.asarray(bb.TZS), size=2, replace=False)]
    v6 = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", -8: "us_mobile", 0: "eu_mobile", 1: "eu_mobile",
          2: "eu_mobile"}  # fmt: skip
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        if tz in v6 and chance(rng, 0.4):
            ips += bb.mobile_v6(rng, irange(rng, 1, 4), v6[tz])
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        a = _camp(ctx, rng, name, cid, "crowd_worker", ua=ua, ips=ips, tz=tz)
        habit = {
            "lower": chance(rng, 0.5),
            "typos": float(rng.uniform(0, 0.3)),
            "suffix": pick(rng, texts.HABIT_SUFFIXES),
        }
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _flat(bb.session_times(rng, begin, ctx.t1, float(rng.uniform(0.8, 2.5)), bb.evening_person(tz),
                                    float(rng.uniform(3, 7)), float(rng.uniform(45, 110)), 0.9))  # fmt: skip
        prompts = [texts.casualise(rng, texts.crowd_question(rng), habit) for _ in ts]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=480.0)
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "low_and_slow_crowd", "accounts": n, "orgs": n, "payment": "each worker's own card",
        "ip_source": "workers' home broadband and phones", "pacing": "evening sessions, staggered sign-ups",
        "worker_tzs": tzs, "hard": "every account is a real person with person-like pacing and addresses",
    })  # fmt: skip


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay through fresh consumer-looking accounts on static ISP proxies


def anschwingen(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "anschwingen"
    n = irange(rng, 20, 35)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts, pay = [], ""
    for i in range(n):
        tz = pick(rng, (-5, -8, 0, 1))
        region = "us" if tz < 0 else "eu"
        if not pay or i % 2 == 0 or chance(rng, 0.6):
            pay = hexid(rng, "pay")
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else pick(rng, bb.SDK_COMMON)
        a = _camp(
            ctx,
            rng,
            name,
            cid,
            "replayer",
            pay=pay,
            ua=ua,
            ips=bb.resi(rng, irange(rng, 1, 2), region),
            tz=tz,
        )
        begin = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.3)
        ts = _flat(bb.session_times(rng, begin, ctx.t1, float(rng.uniform(2, 5)), curve, float(rng.uniform(4, 8)),
                                    float(rng.uniform(35, 80))))  # fmt: skip
        prompts = []
        for _ in ts:
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(rng, a, ts, prompts, models=_on_model(ctx, rng, ts, 0.0, 0.99), comp_median=430.0)
        accts.append(a)
    ctx.campaign(cid, name, accts, {
        "operation": "public_prompt_replay", "accounts": n, "orgs": n,
        "payment": "virtual cards, some shared by two accounts", "ip_source": "static ISP proxies (us/eu)",
        "pacing": "person-like sessions", "prompts": "public ShareGPT first turns, each once",
        "hard": "verbatim ordinary prompts from consumer-looking accounts",
    })  # fmt: skip


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "saegemehl": saegemehl,
    "kampfrichter": kampfrichter,
    "zwilchhose": zwilchhose,
    "brienzer": brienzer,
    "schlussgang": schlussgang,
    "wyberhaken": wyberhaken,
    "gammen": gammen,
    "hufter": hufter,
    "plattwurf": plattwurf,
    "schlungg": schlungg,
    "einteilung": einteilung,
    "anschwingen": anschwingen,
}
