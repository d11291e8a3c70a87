"""Hard-negative benign kinds of blind batch 35, written without reading the monitor.

Each kind is `f(ctx, rng)`: legitimate API customers whose traffic looks superficially like
harvesting (automated, high-volume, templated, cloud-hosted, many keys, fresh accounts at the
release, long answers). Labels are "benign" with the kind's code name as `family`. What each one
is lives in the comments here and in README.md (to be read only after the monitor has run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    SDK_COMMON,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    global_load,
    hexid,
    home,
    irange,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind35 import texts


def _acct(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _switch_models(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, switch: float, mini: float = 0.0) -> list[str]:
    """A pinned model: the old flagship (or a `mini` share of the small one) until `switch`, then the new one."""
    u = rng.random(len(ts))
    return [ctx.new_model if t >= switch else (ctx.old_models[-1] if x < mini else ctx.old_models[0])
            for t, x in zip(np.asarray(ts).tolist(), u.tolist(), strict=True)]


# --------------------------------------------------------------------------------------------
# gradine: a multi-tenant helpdesk SaaS. One or two platforms; each has one org and one card but a
# separate API key per customer tenant (12-30 keys), all calling from the platform's few cloud
# egress IPs with the same SDK. Each tenant's agents draft ticket replies in their office hours
# (tenant's own time zone and language), with knowledge-base excerpts attached; the platform moves
# every tenant to the new model at once, 6-48 h after the release.

_COMPANIES = ("Brightloop", "Kettle & Co", "Nordvik Outdoor", "Parcelry", "Lumen Dental", "Taskwise", "Orbit Fitness",
              "Fernhill Books", "Cargo Bay", "Pixelmint", "Quayside Energy", "Helio Travel", "Mapleleaf Pets",
              "Stackhouse", "Verdant Foods", "Nimbus Telecom", "Atlas Rentals", "Juniper Health", "Copperline",
              "Bluefin Insure", "Tidewater Bank", "Sunforge", "Everpath", "Mosaic Learning", "Redwood Legal",
              "Crescent Apparel", "Harbor Labs", "Pinecrest Realty", "Quill Software", "Solstice Spa")


def gradine(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gradine"
    for _ in range(irange(rng, 1, 2)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        egress = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "azure", "gcp")))
        ua = pick(rng, SDK_COMMON[:3])
        switch = ctx.release + float(rng.uniform(6, 48)) * HOUR
        for _ in range(irange(rng, 12, 30)):
            tz = int(pick(rng, TZS))
            lang = {1: pick(rng, ("de", "fr", "en")), 2: "de", 9: "ja", -3: "es", -5: pick(rng, ("en", "es"))}.get(tz, "en")
            co = pick(rng, _COMPANIES)
            a = _acct(ctx, rng, kind, "tenant_key", org=org, pay=pay, ua=ua, ips=egress, tz=tz)
            vol = float(rng.lognormal(np.log(60), 0.9))
            starts = thinned(rng, ctx.t0, ctx.t1, vol / 1.6, workday(tz))
            ts = _cat(bursts(rng, starts, 1.6, 25.0, 0.8, ctx.t1))
            if len(ts) == 0:
                ts = thinned(rng, ctx.t0, ctx.t1, 3, workday(tz))[:1]
                if len(ts) == 0:
                    ts = np.asarray([ctx.t0 + 2 * DAY])
            prompts = [texts.gradine_prompt(rng, lang, co) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=_switch_models(ctx, rng, ts, switch), comp_median=240.0,
                     comp_sigma=0.5, err=0.004, extra=rng.integers(300, 1800, size=len(ts)))


# --------------------------------------------------------------------------------------------
# bouchard: a weekend hackathon sponsored with API credits, kicking off 10-34 h after the release.
# 35-80 brand-new accounts in teams of 2-5 (one org per team), most paid by the sponsor's single
# credit instrument, from the venue's one to three NAT addresses and from cloud notebooks. Round-
# the-clock sessions for 30-40 h; everyone first runs the starter kit's sample prompt, then builds;
# about a third keep using the API lightly afterwards.


def bouchard(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bouchard"
    tz = int(pick(rng, (-8, -5, 1, 2, 5, 8, 9)))
    venue = home(rng, irange(rng, 1, 3), tz)
    notebooks = cloud(rng, 40, "gcp")
    sponsor = hexid(rng, "pay")
    event = pick(rng, ("BuildWeekend", "HackTheCity", "Campus AI Jam", "OpenHack", "DevSprint"))
    kick = ctx.release + float(rng.uniform(10, 34)) * HOUR
    end = min(kick + float(rng.uniform(30, 40)) * HOUR, ctx.t1)
    n = irange(rng, 35, 80)
    made = 0
    while made < n:
        team_org = hexid(rng, "org")
        idea = pick(rng, texts._IDEAS)
        for _ in range(min(irange(rng, 2, 5), n - made)):
            made += 1
            pay = sponsor if chance(rng, 0.85) else None
            a = _acct(ctx, rng, kind, "participant", org=team_org, pay=pay, ua=sdk_ua(rng), ips=venue, tz=tz)
            joined = kick + float(rng.uniform(0, 3)) * HOUR

            def awake(x: np.ndarray) -> np.ndarray:
                h = ((x + tz * HOUR) % DAY) / HOUR
                return np.where((h >= 3) & (h < 8), 0.15, 1.0)

            sess = session_times(rng, joined, end, float(rng.uniform(6, 16)), awake, 5.0, 40.0)
            ts = _cat(sess)
            first = np.asarray([joined])
            if chance(rng, 0.35):
                ts = np.concatenate([ts, _cat(session_times(rng, end, ctx.t1, 1.0, workday(tz), 3.0, 90.0))])
            ts = np.sort(np.concatenate([first, ts]))
            prompts, ips = [], []
            for j, t in enumerate(ts.tolist()):
                if j == 0 or (t < end and chance(rng, 0.2)):
                    prompts.append(texts.bouchard_starter(rng, event, ctx.chat))
                elif t < end and chance(rng, 0.45):
                    prompts.append(texts.bouchard_project(rng, idea))
                else:
                    prompts.append(texts.snippet(rng, pick(rng, ctx.chat), 10, 1500))
                ips.append(pick(rng, venue) if (t < end and chance(rng, 0.75)) else pick(rng, notebooks))
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), ips=ips, comp_median=320.0,
                     comp_sigma=0.7, err=0.03)


# --------------------------------------------------------------------------------------------
# riffler: forum platforms' comment moderation. 2-3 platforms, each one org with 1-2 keys on a
# couple of cloud IPs; every flagged comment is sent for a civility rewrite (short answers),
# following the platform's worldwide daily load around the clock, mostly on the small model.


def riffler(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "riffler"
    for _ in range(irange(rng, 2, 3)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("azure", "aws", "gcp", "hetzner")))
        ua = sdk_ua(rng)
        langs = {"en": 1.0, "de": float(rng.uniform(0, 0.4)), "es": float(rng.uniform(0, 0.4)),
                 "pt": float(rng.uniform(0, 0.3))}
        rate = float(rng.uniform(8, 25))
        curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.4, 0.7)))
        p_new, mini = float(rng.uniform(0.0, 0.3)), float(rng.uniform(0.6, 0.95))
        keys = [_acct(ctx, rng, kind, "moderation_key", org=org, pay=pay, ua=ua, ips=ips)
                for _ in range(irange(rng, 1, 2))]
        ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        who = rng.integers(0, len(keys), size=len(ts_all))
        for i, a in enumerate(keys):
            ts = ts_all[who == i]
            if len(ts) == 0:
                ts = ts_all[:1]
            prompts = [texts.riffler_prompt(rng, texts.weighted(rng, langs), ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new, p_mini=mini), comp_median=110.0,
                     comp_sigma=0.5, err=0.01)


# --------------------------------------------------------------------------------------------
# armature: CI pull-request review bots. 3-6 software companies, each with 1-2 keys in its own org,
# calling from ephemeral CI runner addresses of one cloud (a fresh address almost every job).
# Pushes follow the company's working day; each triggers a review chain of 2-8 tool-using calls
# seconds apart with a large diff in context. Each company switches to the new model on its own
# day after the release.


def armature(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "armature"
    for _ in range(irange(rng, 3, 6)):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        runners = cloud(rng, 80, pick(rng, ("azure", "aws", "gcp")))
        tz = int(pick(rng, TZS))
        ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
        bot = pick(rng, ("review-bot", "PR Assistant", "codeguard", "lint-llm"))
        gh = f"{pick(rng, ('acme', 'northwind', 'globex', 'initech', 'umbrella', 'hooli'))}-{irange(rng, 1, 99)}"
        switch = ctx.release + float(rng.uniform(2, 60)) * HOUR
        keys = [_acct(ctx, rng, kind, "ci_key", org=org, pay=pay, ua=ua, ips=runners)
                for _ in range(irange(rng, 1, 2))]
        pushes = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(60, 180)), workday(tz))
        cols: list[tuple[list, list, list, list, list]] = [([], [], [], [], []) for _ in keys]
        for s in pushes.tolist():
            c = cols[int(rng.integers(len(keys)))]
            repo, pr, title = pick(rng, texts._REPOS), irange(rng, 100, 9000), pick(rng, texts._PR_TITLES)
            ip = pick(rng, runners)
            k = irange(rng, 2, 8)
            diff = irange(rng, 600, 5000)
            gaps = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.7, size=k - 1))])
            for j, g in enumerate(gaps.tolist()):
                c[0].append(s + g)
                c[1].append(texts.armature_first(rng, bot, gh, repo, pr, title) if j == 0
                            else texts.armature_step(rng, pr, j))
                c[2].append(650.0 if j == k - 1 else 380.0)
                c[3].append(diff + 400 * j)
                c[4].append(ip)
        for a, (ts, prompts, med, extra, ips) in zip(keys, cols, strict=True):
            if not ts:
                ts, prompts, med, extra, ips = [ctx.t0 + DAY], ["ping"], [5.0], [0], [runners[0]]
            order = np.argsort(ts, kind="stable")
            ts_a = np.asarray(ts)[order]
            ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=_switch_models(ctx, rng, ts_a, switch),
                     ips=[ips[j] for j in order], comp_median=np.asarray(med)[order], comp_sigma=0.5, err=0.01,
                     extra=np.asarray(extra)[order])


# --------------------------------------------------------------------------------------------
# drove: people trying the new model out. 6-14 independent accounts (reviewers, bloggers,
# researchers), each with a small everyday usage; within the first day or two after the release
# each runs 1-3 home-made batches of 40-250 reasoning puzzles with a chain-of-thought cue, sending
# every puzzle to the new model and to the previous flagship back to back.


def drove(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "drove"
    for _ in range(irange(rng, 6, 14)):
        tz = int(pick(rng, TZS))
        if chance(rng, 0.4):
            ips = cloud(rng, 1, pick(rng, ("aws", "gcp", "digitalocean", "hetzner")))
        else:
            ips = home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, kind, "tester", ua=sdk_ua(rng), ips=ips, tz=tz)
        daily = _cat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2)), workday(tz), 3.0, 80.0))
        ts = daily.tolist()
        prompts = [texts.snippet(rng, pick(rng, ctx.chat), 10, 1500) for _ in ts]
        models = ctx.models(rng, daily, p_new=0.6)
        med = [350.0] * len(ts)
        fmt = texts.drove_format(rng)
        for _ in range(irange(rng, 1, 3)):
            t = ctx.release + float(rng.uniform(1, 40)) * HOUR
            for _ in range(irange(rng, 40, 250)):
                p = texts.drove_prompt(rng, fmt)
                pair = [ctx.new_model, ctx.old_models[0]]
                if chance(rng, 0.5):
                    pair.reverse()
                for m in pair:
                    ts.append(t), prompts.append(p), models.append(m)
                    med.append(900.0 if m == ctx.new_model else 650.0)
                    t += float(rng.lognormal(np.log(12.0), 0.5))
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(rng, a, ts_a, [prompts[j] for j in order], models=[models[j] for j in order],
                 comp_median=np.asarray(med)[order], comp_sigma=0.6, err=0.02)


# --------------------------------------------------------------------------------------------
# pointer: ed-tech item-bank generation. 2-4 education companies, each with one key on one cloud
# address, a nightly job (1.5-3.5 h in the company's time zone) generating batches of multiple-
# choice questions with answer keys in JSON for its curriculum in one to three languages; each
# moves its job to the new model 1-3 days after the release.


def pointer(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pointer"
    langs_by_tz = {-8: ("en", "es"), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("fr", "en"),
                   2: ("en", "fr"), 3: ("en",), 5: ("en",), 8: ("en",), 9: ("en",)}
    for _ in range(irange(rng, 2, 4)):
        tz = int(pick(rng, TZS))
        langs = langs_by_tz[tz]
        curr = pick(rng, ("Common Core", "national curriculum", "IB MYP", "BNCC", "LOMLOE", "programme officiel"))
        a = _acct(ctx, rng, kind, "batch_key", ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
                  ips=cloud(rng, 1, pick(rng, ("aws", "gcp", "azure", "ovh"))), tz=tz)
        hours = float(rng.uniform(1.5, 3.5))
        rate = float(rng.uniform(50, 150))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * hours / 24 * (ctx.t1 - ctx.t0) / HOUR,
                     nightly(float(rng.uniform(0, 3)), hours, tz))
        prompts = [texts.pointer_prompt(rng, pick(rng, langs), curr) for _ in range(len(ts))]
        switch = ctx.release + float(rng.uniform(24, 72)) * HOUR
        ctx.emit(rng, a, ts, prompts, models=_switch_models(ctx, rng, ts, switch), comp_median=1300.0,
                 comp_sigma=0.4, err=0.01)


BENIGN_KINDS = {
    "armature": armature,
    "bouchard": bouchard,
    "drove": drove,
    "gradine": gradine,
    "pointer": pointer,
    "riffler": riffler,
}
