"""Benign hard-negative kinds of batch 245: legitimate customers that a careless detector would flag.

Each kind is `f(ctx, rng)`, drawing everything from its own generator, and is built to resemble one
of this batch's campaign families (or a campaign in general). Code names are words from temari
ball embroidery; the README says what each one looks like.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    picks,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind245 import texts as tx
from bench.monitor_blind245.families import PEOPLE_UAS, PHONE_UAS

Kind = Callable[[Ctx, np.random.Generator], None]


def _workday_start(
    rng: np.random.Generator, day_ts: float, tz: int, lo: float = 9.0, hi: float = 16.0
) -> float:
    """A time on the local working day containing `day_ts` between `lo` and `hi` o'clock."""
    local_midnight = np.floor((day_ts + tz * HOUR) / DAY) * DAY - tz * HOUR
    return float(local_midnight + rng.uniform(lo, hi) * HOUR)


def kiku_kagari(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab rerunning its chain-of-thought benchmark on every model, new one included."""
    kind = "kiku_kagari"
    for _lab in range(irange(rng, 1, 2)):
        tz = pick(rng, (-8, -5, 0, 1, 9))
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
        keys = [
            ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval_runner",
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws"))),
                tz=tz,
            )
            for _ in range(irange(rng, 2, 4))
        ]
        langs = ["en"] + (["zh", "ru", "es", "de"] if chance(rng, 0.6) else [])
        items = tx.benchmark_items(rng, irange(rng, 150, 380), langs)
        plan = []  # (start, model)
        for _ in range(irange(rng, 1, 3)):
            day = float(rng.uniform(ctx.t0, ctx.release - DAY / 2))
            plan.append((_workday_start(rng, day, tz), pick(rng, ctx.old_models)))
        first_new = ctx.release + float(rng.uniform(1, 10)) * HOUR
        plan.append((first_new, ctx.new_model))
        plan.append(
            (first_new + float(rng.uniform(0.3, 2)) * HOUR, ctx.old_models[0])
        )  # same-day baseline
        for _ in range(irange(rng, 1, 3)):
            day = float(rng.uniform(first_new + 6 * HOUR, ctx.t1 - 6 * HOUR))
            plan.append(
                (
                    _workday_start(rng, day, tz),
                    pick(rng, (ctx.new_model, ctx.new_model, ctx.old_models[0])),
                )
            )
        per_key: list[tuple[list[float], list[str], list[str]]] = [([], [], []) for _ in keys]
        for j, (s, model) in enumerate(plan):
            gap = float(rng.uniform(0.3, 1.2))
            ts = s + np.cumsum(rng.exponential(gap, size=len(items)))
            slot = per_key[j % len(keys)]
            slot[0].extend(ts.tolist())
            slot[1].extend(items)
            slot[2].extend([model] * len(items))
        for a, (ts, prompts, models) in zip(keys, per_key, strict=True):
            if ts:
                ctx.emit(
                    rng,
                    a,
                    np.asarray(ts),
                    prompts,
                    models=models,
                    comp_median=650,
                    comp_sigma=0.6,
                    err=0.02,
                )


def jiwari(ctx: Ctx, rng: np.random.Generator) -> None:
    """A preference-labelling vendor drafting pre-labels for its human annotators."""
    kind = "jiwari"
    tz = pick(rng, (1, 2, 5, 8, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    worker = cloud(rng, 1, pick(rng, ("aws", "azure")))
    project_names = (
        "Halyard",
        "Cobalt-7",
        "Juniper",
        "Mistral-Bay",
        "Northgate",
        "Tamarind",
        "Vesper",
        "Ochre",
    )
    for p in range(irange(rng, 4, 8)):
        project = project_names[p % len(project_names)]
        on_worker = chance(rng, 0.3)
        ua = "python-requests/2.32.3" if on_worker else pick(rng, PEOPLE_UAS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="prelabel_project",
            org=org,
            pay=card,
            ua=ua,
            ips=worker if on_worker else office,
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 8)),
            workday(tz),
            float(rng.uniform(12, 35)),
            float(rng.uniform(6, 20)),
            0.7,
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        prompts = [tx.preference_item(rng, ctx.chat, ctx.passages, project) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=float(rng.uniform(0.2, 0.7))),
            comp_median=70,
        )


def obi_band(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety team asking for guideline checks and compliant rewrites of user posts."""
    kind = "obi_band"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    community = pick(rng, ("Threadline", "Pebblenet", "Harbor forums", "Kitepost"))
    offices = [
        (tz, home(rng, 1, tz))
        for tz in sorted(int(x) for x in rng.permutation(np.array([-5, 1, 5, 8]))[:2].tolist())
    ]
    for _ in range(irange(rng, 6, 14)):
        tz, ip = pick(rng, offices)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderator",
            org=org,
            pay=card,
            ua=pick(rng, PEOPLE_UAS),
            ips=ip,
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz, weekend=0.3),
            float(rng.uniform(5, 12)),
            float(rng.uniform(45, 120)),
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        prompts = [tx.moderation_ticket(rng, ctx.chat, community) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6), comp_median=300)


_AGENT_UAS = (
    "Cline/3.3.1",
    "aider/0.74.2 litellm/1.60.2",
    "Continue/0.9.250 (vscode)",
    "OpenHands/0.21 litellm/1.60.2",
)


def chidori_kagari(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers whose IDE coding agents chain tool calls over their repositories."""
    kind = "chidori_kagari"
    company_org, company_card = hexid(rng, "org"), hexid(rng, "pay")
    for _ in range(irange(rng, 12, 24)):
        tz = pick(rng, TZS)
        in_company = chance(rng, 0.4)
        tool = pick(rng, _AGENT_UAS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=company_org if in_company else None,
            pay=company_card if in_company else None,
            ua=tool,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, workday(tz, weekend=0.25)
        )
        ts_all, prompts, models, extra = [], [], [], []
        p_new = float(rng.uniform(0.4, 0.9))
        for s in starts.tolist():
            for _ep in range(irange(rng, 1, 4)):
                turns = tx.coding_agent_turns(rng, ctx.chat, irange(rng, 3, 15), tool)
                ts = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.7, size=len(turns) - 1))]
                )
                model = ctx.models(rng, np.array([s]), p_new=p_new)[0]
                ts_all.extend(ts.tolist())
                prompts.extend(turns)
                models.extend([model] * len(turns))
                ctx_tokens = irange(rng, 1500, 6000)
                extra.extend([ctx_tokens + k * irange(rng, 200, 700) for k in range(len(turns))])
                s = float(ts[-1]) + float(rng.uniform(1, 10)) * MINUTE
        if not ts_all:
            continue
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=260,
            comp_sigma=0.8,
            extra=np.asarray(extra, dtype=np.int64),
        )


def uroko(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team generating paraphrases for its own intent classifier, nightly."""
    kind = "uroko"
    tz = pick(rng, (-5, 0, 1, 5))
    team = pick(rng, ("bankbot-nlu", "cx-intents", "helpdesk-ml"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ip = cloud(rng, 1, "aws")
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="augmentation_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ip,
            tz=tz,
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(700, 1800)),
            nightly(float(rng.uniform(0, 3)), float(rng.uniform(2, 4)), tz),
        )
        if len(ts) == 0:
            ts = np.array([ctx.t0 + DAY])
        prompts = [tx.augmentation_prompt(rng, team) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.6),
            comp_median=600,
            comp_sigma=0.4,
        )


def asanoha(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: persona prompts from users worldwide, around the clock."""
    kind = "asanoha"
    app = pick(rng, ("Lumi Pal", "Hearthmate", "Kindred Chat"))
    persona = pick(rng, ("Mika", "Juno", "Ari", "Sol"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    load = global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.4, 0.7)))
    for _ in range(irange(rng, 1, 2)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="app_backend",
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.85.1",
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(18, 40)) * 7 * 24, load)
        prompts = [tx.companion_message(rng, ctx.chat, app, persona) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=120,
            comp_sigma=0.5,
        )


def yabane(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort given keys on the release day: lab sessions on campus, homework at home."""
    kind = "yabane"
    tz = pick(rng, (-5, 0, 1, 2, 8, 9))
    course = pick(rng, ("CS 214", "LING 330", "ECON 101", "BIO 250", "HIST 118"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    campus = home(rng, irange(rng, 1, 2), tz)
    lab_days = [_workday_start(rng, ctx.release + d * DAY, tz, 13.5, 14.5) for d in (0, 1)]
    for _ in range(irange(rng, 25, 45)):
        own = home(rng, 1, tz) + (mobile_v6(rng, 1, "eu_mobile") if chance(rng, 0.2) else [])
        ua = pick(rng, PEOPLE_UAS) if chance(rng, 0.8) else pick(rng, PHONE_UAS)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=card,
            ua=ua,
            ips=own,
            tz=tz,
        )
        ts_all: list[float] = []
        ips: list[str] = []
        for lab in lab_days:
            if chance(rng, 0.85):
                s = lab + float(rng.uniform(0, 40)) * MINUTE
                n = irange(rng, 4, 14)
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(70.0), 0.7, size=n - 1))]
                )
                ts_all.extend(t.tolist())
                ips.extend(picks(rng, campus, n))
        for s in session_times(
            rng, lab_days[0], ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 4.0, 60.0
        ):
            ts_all.extend(s.tolist())
            ips.extend([pick(rng, own)] * len(s))
        if not ts_all:
            ts_all, ips = [lab_days[0]], [campus[0]]
        ts = np.asarray(ts_all)
        prompts = [
            tx.assignment_prompt(rng, ctx.chat, course, irange(rng, 3, 4)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), ips=ips, comp_median=420
        )


_CAT_TOOLS = (
    "memoQ/11.3 AI-connector",
    "Trados Studio/18.1 AI Assistant",
    "Smartcat-connector/2.4",
    "Phrase TMS/2025.1 MT-hub",
)


def shitakake(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation agency's linguists working segment by segment in a CAT tool."""
    kind = "shitakake"
    tz = pick(rng, (0, 1, 2, -3))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    tool = pick(rng, _CAT_TOOLS)
    clients = (
        "Verdant Labs",
        "Oakhaven Insurance",
        "Pixelforge",
        "Marlow Logistics",
        "Quintet Health",
    )
    targets = ("de", "fr", "es", "it", "pt", "nl", "pl", "ja")
    for _ in range(irange(rng, 3, 7)):
        multi = chance(rng, 0.25)
        tgts = [
            str(x)
            for x in rng.permutation(np.array(targets))[
                : (irange(rng, 3, 6) if multi else 1)
            ].tolist()
        ]
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="linguist",
            org=org,
            pay=card,
            ua=tool,
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            workday(tz),
            float(rng.uniform(12, 30)),
            float(rng.uniform(20, 45)),
            0.6,
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        client = pick(rng, clients)
        prompts = [
            tx.cat_segment(rng, ctx.passages, "en", pick(rng, tgts), client, tool.split("/")[0])
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.4), comp_median=130)


def pearl_cotton(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of answer consistency: each item asked many times, on several models."""
    kind = "pearl_cotton"
    tz = pick(rng, (-5, 0, 1, 2))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    uni = home(rng, 1, tz)
    cluster = cloud(rng, irange(rng, 1, 2), "azure")
    keys = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_runner",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=uni if i == 0 else cluster,
            tz=tz,
        )
        for i in range(irange(rng, 1, 3))
    ]
    items = tx.consistency_items(rng, ctx.chat, irange(rng, 40, 90))
    reps = irange(rng, 8, 20)
    runs = [
        (ctx.old_models[0], float(rng.uniform(ctx.t0 + DAY / 2, ctx.release - DAY))),
        (ctx.old_models[-1], float(rng.uniform(ctx.t0 + DAY / 2, ctx.release - 6 * HOUR))),
        (ctx.new_model, ctx.release + float(rng.uniform(20, 60)) * HOUR),
    ]
    for j, (model, s0) in enumerate(runs):
        a = keys[j % len(keys)]
        s = _workday_start(rng, s0, tz, 9.0, 12.0)
        ts_all, prompts = [], []
        for it in items:
            t = s + np.cumsum(rng.exponential(float(rng.uniform(0.5, 2.0)), size=reps))
            ts_all.extend(t.tolist())
            prompts.extend([it] * reps)
            s = float(t[-1]) + float(rng.uniform(1, 5))
        ts = np.asarray(ts_all)
        ctx.emit(rng, a, ts, prompts, models=model, comp_median=160, comp_sigma=0.7, err=0.02)


def matsuba(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency with one key per client on one agency card: office work plus a daily job."""
    kind = "matsuba"
    tz = pick(rng, (-5, -3, 0, 1))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 1, tz)
    backend = cloud(rng, irange(rng, 1, 2), "digitalocean")
    clients = (
        "Brightfield",
        "Nomad Eats",
        "Corvid Legal",
        "Alto Solar",
        "Kestrel Fit",
        "Tidewater Dental",
        "Pinecone Bank",
        "Lark Yoga",
        "Orbit Shoes",
        "Ferro Brew",
        "Saltmarsh Travel",
        "Quill Finance",
    )
    langs = ("en", "es", "de")
    n = irange(rng, 6, 12)
    for c in range(n):
        client = clients[c % len(clients)]
        product = pick(rng, tx.PRODUCTS)
        lang = pick(rng, langs) if chance(rng, 0.4) else "en"
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_key",
            org=org,
            pay=card,
            ua=pick(rng, PEOPLE_UAS),
            ips=office,
            tz=tz,
        )
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 3)),
            workday(tz),
            float(rng.uniform(3, 9)),
            90.0,
        )
        ts_o = np.concatenate(sessions) if sessions else np.empty(0)
        local6 = (
            np.floor((np.arange(ctx.t0, ctx.t1, DAY) + tz * HOUR) / DAY) * DAY
            - tz * HOUR
            + 6 * HOUR
        )
        trains = bursts(
            rng,
            local6 + rng.uniform(0, 300, size=len(local6)),
            float(rng.uniform(8, 25)),
            2.0,
            0.5,
            ctx.t1,
        )
        ts_j = np.concatenate(trains) if trains else np.empty(0)
        ts_j = ts_j[ts_j >= ctx.t0]
        ts = np.concatenate([ts_o, ts_j])
        ips = [office[0]] * len(ts_o) + [pick(rng, backend) for _ in range(len(ts_j))]
        uas = [a.ua] * len(ts_o) + ["python-requests/2.32.3"] * len(ts_j)
        prompts = [tx.agency_copy(rng, client, product, lang) for _ in range(len(ts))]
        if len(ts) == 0:
            continue
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5),
            ips=ips,
            ua=uas,
            comp_median=280,
        )


BENIGN_KINDS: dict[str, Kind] = {
    "kiku_kagari": kiku_kagari,
    "jiwari": jiwari,
    "obi_band": obi_band,
    "chidori_kagari": chidori_kagari,
    "uroko": uroko,
    "asanoha": asanoha,
    "yabane": yabane,
    "shitakake": shitakake,
    "pearl_cotton": pearl_cotton,
    "matsuba": matsuba,
}
