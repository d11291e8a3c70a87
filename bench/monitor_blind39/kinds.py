"""Batch 39's hard-negative benign kinds (code names only; descriptions live in README.md and
comments). Each kind is `f(ctx, rng)` and creates accounts labelled "benign" with the kind's name
as their family."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    hexid,
    home,
    irange,
    local_hour,
    mobile_v6,
    pick,
    picks,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind39 import texts


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# head_block: online retailers' catalogue-copy pipelines. Every night a job walks the day's new
# and changed products and asks for a description per product and language (strictly templated,
# sequential, from a cloud NAT); by day merchandisers tweak single items through an internal tool.


def head_block(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "head_block"
    all_langs = ["English", "German", "French", "Spanish", "Japanese", "Italian", "Dutch", "Polish"]
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, (-8, -5, 0, 1, 2, 9))
        provider = pick(rng, ("aws", "gcp", "azure"))
        nat = cloud(rng, irange(rng, 1, 2), provider)
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        langs = list(rng.choice(all_langs, size=irange(rng, 1, 4), replace=False))
        pipe = ctx.account(rng, label="benign", family=kind, role="pipeline", org=org, pay=card,
                           ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Apache-HttpClient/5.4.1 (Java/21.0.5)")),
                           ips=nat, tz=tz)
        tool = ctx.account(rng, label="benign", family=kind, role="staff_tool", org=org, pay=card,
                           ua="OpenAI/NodeJS 4.67.1", ips=nat, tz=tz)
        gap = float(rng.uniform(1.5, 4.0))
        per_night = float(rng.uniform(50, 200))
        ts_all, prompts = [], []
        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        for d in range(9):
            night = day0 + d * DAY + float(rng.uniform(1.0, 2.5)) * HOUR
            if chance(rng, 0.12):
                continue
            scale = 0.4 if weekday(np.array([night]), tz)[0] >= 5 else 1.0
            k = int(rng.poisson(per_night * scale))
            t = night
            for _ in range(k):
                for lang in langs:
                    ts_all.append(t)
                    prompts.append(texts.head_block_prompt(rng, str(lang), False))
                    t += float(rng.lognormal(np.log(gap), 0.4))
        ts = np.asarray(ts_all)
        ctx.emit(rng, pipe, ts, prompts, models=ctx.models(rng, ts, p_new=0.1, p_mini=0.65), comp_median=210.0,
                 comp_sigma=0.35, err=0.004)
        adhoc = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz), 3.0, 60.0))
        ctx.emit(rng, tool, adhoc, [texts.head_block_prompt(rng, "English", True) for _ in range(len(adhoc))],
                 models=ctx.models(rng, adhoc, p_new=0.3), comp_median=160.0)


# --------------------------------------------------------------------------------------------
# lock_rail: a school essay-scoring product. One vendor, a key per district (each its own time
# zone), one fixed rubric prompt with the student's essay pasted in; load follows school days and
# homework evenings with a spike before the Sunday-night deadline.


def lock_rail(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "lock_rail"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "semantic-kernel-dotnet/1.36.0"))
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, (-8, -5, 0, 1))
        school, eve = workday(tz, start=8.0, end=15.0, weekend=0.1), evening_person(tz)

        def curve(ts, school=school, eve=eve, tz=tz):
            ts = np.asarray(ts)
            h, wd = local_hour(ts, tz), weekday(ts, tz)
            spike = ((wd == 6) & (h >= 19) & (h < 24)) * 1.0
            return np.clip(0.5 * school(ts) + 0.45 * eve(ts) + spike, 0, 1)

        a = ctx.account(rng, label="benign", family=kind, role="district_key", org=org, pay=card, ua=ua,
                        ips=cloud(rng, 1, "azure"), tz=tz)
        rate = float(rng.uniform(6, 18))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR * 0.35, curve)
        ctx.emit(rng, a, ts, [texts.lock_rail_prompt(rng, ctx.passages) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.05, p_mini=0.0), comp_median=380.0, comp_sigma=0.35)


# --------------------------------------------------------------------------------------------
# trim_chain: individual developers with their own coding agents: chat by day from home, and in
# the evening an agent loop on a cloud VM works through an issue (dozens of calls seconds apart,
# growing context, pauses while tests run).

_AGENT_UAS = ("aider/0.72.1 litellm/1.60.2", "OpenHands/0.21 litellm/1.60.2", "swe-agent/1.0.1", "cline/3.2.0")


def trim_chain(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "trim_chain"
    for _ in range(irange(rng, 3, 7)):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        homes = home(rng, irange(rng, 1, 2), tz)
        vm = cloud(rng, 1, pick(rng, ("aws", "gcp", "hetzner", "digitalocean")))
        a = ctx.account(rng, label="benign", family=kind, role="developer", ua=sdk_ua(rng), ips=homes, tz=tz)
        chat = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)), workday(tz), 3.5, 100.0))
        ctx.emit(rng, a, chat, [pick(rng, ctx.chat) for _ in range(len(chat))], models=ctx.models(rng, chat, p_new=0.6),
                 comp_median=380.0)
        agent_ua, p_run = pick(rng, _AGENT_UAS), float(rng.uniform(0.35, 0.9))
        repo = f"{pick(rng, ('me', 'team', 'side'))}/{pick(rng, texts._TC_REPOS)}"
        day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
        ts_all, prompts, extra = [], [], []
        for d in range(8):
            if not chance(rng, p_run):
                continue
            t = day0 + d * DAY + float(rng.uniform(18.5, 23.5)) * HOUR
            issue, k = texts.trim_chain_issue(rng), irange(rng, 12, 110)
            for j in range(k):
                ts_all.append(t)
                prompts.append(texts.trim_chain_step(rng, repo, j, issue))
                extra.append(min(100_000, 2500 + 650 * j + int(rng.integers(0, 500))))
                t += float(rng.lognormal(np.log(7.0), 0.7)) + (float(rng.uniform(30, 180)) if chance(rng, 0.12) else 0.0)
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), ips=vm[0], ua=agent_ua,
                 comp_median=300.0, comp_sigma=0.7, extra=np.asarray(extra, dtype=np.int64), err=0.02)


# --------------------------------------------------------------------------------------------
# tab_track: university groups benchmarking the new model the day it appears. Fresh accounts,
# a fixed item bank run several times with different prompt variants and models through an
# async client (fast, concurrent), from the campus network and a cloud VM.


def tab_track(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tab_track"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (-5, 0, 1, 2, 8, 9))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        campus = home(rng, 1, tz)
        vm = cloud(rng, 1, pick(rng, ("gcp", "aws")))
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2"))
        members = [ctx.account(rng, label="benign", family=kind, role="researcher", org=org, pay=card, ua=ua,
                               ips=campus + vm, tz=tz) for _ in range(irange(rng, 1, 3))]
        bank = texts.tab_track_bank(rng, irange(rng, 250, 650))
        opened = ctx.release + float(rng.uniform(0.5, 12.0)) * HOUR
        n_runs = irange(rng, 3, 8)
        run_starts = np.sort(thinned(rng, opened, ctx.t1, n_runs, workday(tz, weekend=0.4, night=0.15)))
        for s in run_starts.tolist():
            a = pick(rng, members)
            v = int(rng.integers(len(texts.TAB_TRACK_VARIANTS)))
            items = bank if chance(rng, 0.6) else bank[: len(bank) // 3]
            model = ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models)
            gap = float(rng.uniform(0.2, 1.0))
            ts = s + np.cumsum(rng.exponential(gap, size=len(items)))
            ip = pick(rng, a.ips)
            ctx.emit(rng, a, ts, [texts.TAB_TRACK_VARIANTS[v].format(q=q) for q in items], models=model, ips=ip,
                     comp_median=(6.0, 420.0, 12.0)[v], comp_sigma=0.4, err=0.03)


# --------------------------------------------------------------------------------------------
# gridiron: a small language-learning app that ships its API key inside the phone app, so one
# account is used directly from hundreds of learners' phones (mobile IPv6 / home Wi-Fi), each
# with a few short correction questions in the evening.

_V6_OF_TZ = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 0: "eu_mobile", 1: "eu_mobile", 2: "eu_mobile",
             5: "in_mobile"}


def gridiron(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gridiron"
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(rng, label="benign", family=kind, role="app_key", ua=MOBILE[0])
        m = irange(rng, 70, 200)
        ts_all, prompts, ips, uas = [], [], [], []
        for _ in range(m):
            tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
            lang = pick(rng, list(texts._GR_SENT))
            ua = pick(rng, MOBILE)
            wifi = home(rng, 1, tz)[0]
            for s in session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.15, 1.0)), evening_person(tz), 4.0, 25.0):
                if tz in _V6_OF_TZ and chance(rng, 0.6):
                    ip = mobile_v6(rng, 1, _V6_OF_TZ[tz])[0]
                else:
                    ip = wifi
                for t in s.tolist():
                    ts_all.append(t)
                    prompts.append(texts.gridiron_prompt(rng, lang))
                    ips.append(ip)
                    uas.append(ua)
        order = np.argsort(np.asarray(ts_all), kind="stable")
        ts = np.asarray(ts_all)[order]
        o = order.tolist()
        ctx.emit(rng, a, ts, [prompts[i] for i in o], models=ctx.models(rng, ts, p_new=0.0, p_mini=0.8),
                 ips=[ips[i] for i in o], ua=[uas[i] for i in o], comp_median=120.0, comp_sigma=0.5)


# --------------------------------------------------------------------------------------------
# tormentor: a consultancy whose staff each opened their own account with the firm's card; most
# share the firm's org. Office broadband plus home working, workday hours, a handful of the
# firm's habitual prompt templates (meeting notes, client updates) mixed with ordinary questions.


def tormentor(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tormentor"
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    card, firm_org = hexid(rng, "pay"), hexid(rng, "org")
    office = home(rng, 1, tz)
    for _ in range(irange(rng, 6, 15)):
        homes = home(rng, 1, tz)
        a = ctx.account(rng, label="benign", family=kind, role="staff", pay=card,
                        org=firm_org if chance(rng, 0.6) else None, ua=pick(rng, BROWSERS) if chance(rng, 0.7) else sdk_ua(rng),
                        ips=office + homes, tz=tz)
        ts = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 7)), workday(tz), 2.5, 120.0))
        ips = picks(rng, [office[0]] * 3 + homes, len(ts))
        ctx.emit(rng, a, ts, [texts.tormentor_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))],
                 models=ctx.models(rng, ts, p_new=0.5), ips=ips, comp_median=400.0)


BENIGN_KINDS = {
    "head_block": head_block,
    "lock_rail": lock_rail,
    "trim_chain": trim_chain,
    "tab_track": tab_track,
    "gridiron": gridiron,
    "tormentor": tormentor,
}
