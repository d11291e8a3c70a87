"""Benign hard-negative kinds of blind batch 158 (code names from rug hooking).

Each kind is `fn(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families, or a campaign in general. Accounts are labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    pick,
    picks,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind158 import texts
from bench.monitor_blind158.families import BG_BROWSERS, BG_UAS, _cat, _switch_models

_REGION_TZ = {"in": 5, "sea": 8, "eu": 1, "latam": -3, "ru": 3, "us": -5}


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw):
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# a. an evaluation lab: CoT benchmark runs, a big sweep of the new model right after release


def fine_shading(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "fine_shading"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(
        rng,
        ("python-httpx/0.28.1", "lm-eval/0.4.7 python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"),
    )
    n_keys = irange(rng, 2, 5)
    accts = [
        _benign(ctx, rng, kind, "eval runner", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    bank_n = irange(rng, 250, 600)
    bank = [texts.eval_item(rng, irange(rng, 0, 2), i) for i in range(bank_n)]
    runs = [
        float(x)
        for x in thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), workday(pick(rng, (-8, -5, 0, 1)))
        )
    ]
    runs += [ctx.release + float(rng.uniform(0.1, 10)) * HOUR for _ in range(irange(rng, 2, 5))]
    for s in runs:
        a = pick(rng, accts)
        n = irange(rng, bank_n // 3, bank_n)
        idx = rng.choice(bank_n, size=n, replace=False)
        ts = s + np.cumsum(rng.exponential(float(rng.uniform(0.15, 0.8)), size=n))
        if s >= ctx.release:
            model = ctx.new_model if chance(rng, 0.7) else pick(rng, ctx.old_models)
        else:
            model = pick(rng, ctx.old_models)
        ctx.emit(
            rng,
            a,
            ts,
            [bank[i] for i in idx.tolist()],
            models=model,
            comp_median=520,
            comp_sigma=0.6,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# b. a labelling vendor: annotators pre-label with rubric prompts from an office NAT


def strip_cutter(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "strip_cutter"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, list(_REGION_TZ))
    tz = _REGION_TZ[region]
    office = resi(rng, irange(rng, 1, 2), region)
    guide = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    tool_ua = f"LabelDesk/{irange(rng, 3, 9)}.{irange(rng, 0, 20)} (+python-requests/2.32.3)"
    for _ in range(irange(rng, 10, 25)):
        wfh = chance(rng, 0.25)
        ips = home(rng, 1, tz) if wfh else office
        a = _benign(
            ctx,
            rng,
            kind,
            "annotator",
            org=org,
            pay=card,
            ua=pick(rng, BROWSERS + (tool_ua,)),
            ips=ips,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz),
                float(rng.uniform(8, 25)),
                float(rng.uniform(30, 90)),
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [texts.annotation(rng, guide, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=140,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# c. a platform's trust & safety tooling: guideline-compliant edits of flagged posts, 24/7


def whipped_edge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "whipped_edge"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "hetzner"))
    nat = cloud(rng, 2, prov)
    ua = sdk_ua(rng)
    n_keys = irange(rng, 2, 3)
    accts = [
        _benign(ctx, rng, kind, "moderation backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    langs = ["en"] + [
        str(x) for x in rng.choice(["es", "de", "pt"], size=irange(rng, 0, 3), replace=False)
    ]
    switch = ctx.release + float(rng.uniform(1, 2.5)) * DAY
    curve = global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.3, 0.6)))
    post = irange(rng, 100000, 900000)
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)), n_keys, curve),
        strict=True,
    ):
        prompts = []
        for _ in range(len(ts)):
            post += irange(rng, 1, 40)
            prompts.append(texts.moderation_edit(rng, pick(rng, langs), ctx.chat, post))
        ctx.emit(
            rng, a, ts, prompts, models=_switch_models(ctx, rng, ts, switch, 0.95), comp_median=220
        )


# --------------------------------------------------------------------------------------------
# d. a coding-agent product: tool-result turns, long contexts, quick steps, 24/7


def gripper_frame(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gripper_frame"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 3, 6), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/Python 1.63.2", "reqwest/0.12.12"))
    n_keys = irange(rng, 3, 6)
    accts = [
        _benign(ctx, rng, kind, "agent backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.4, 0.7)))
    p_new = float(rng.uniform(0.4, 0.7))
    for a, starts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 9)), n_keys, curve),
        strict=True,
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps = irange(rng, 4, 25)
            repo = pick(rng, texts.REPOS)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=steps - 1))]
            )
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(texts.coding_agent(rng, k, repo, ctx.chat))
                extra.append(2000 + 350 * k)
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o],
            models=ctx.models(rng, ts[o], p_new),
            comp_median=380,
            extra=np.asarray(extra)[o],
        )


# --------------------------------------------------------------------------------------------
# e. an edtech content team: quiz banks, writers by day plus one bulk grid script


def spot_dye(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "spot_dye"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 5))
    office = home(rng, 1, tz)
    subjects = {
        "Biology": ("cells", "ecosystems", "genetics"),
        "Physics": ("forces", "waves", "energy"),
        "History": ("industrial revolution", "cold war", "ancient Rome"),
        "Maths": ("fractions", "linear equations", "probability"),
    }
    writers = [
        _benign(
            ctx,
            rng,
            kind,
            "content writer",
            org=org,
            pay=card,
            ua=pick(rng, BG_BROWSERS + BROWSERS[:2]),
            ips=office + home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    for a in writers:
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)), workday(tz), 5.0, 120.0)
        )
        prompts = []
        for _ in ts:
            subj = pick(rng, list(subjects))
            prompts.append(
                texts.quiz_request(
                    rng,
                    irange(rng, 5, 12),
                    subj,
                    pick(rng, subjects[subj]),
                    f"{subj[:2].upper()}.{irange(rng, 1, 12)}.{irange(rng, 1, 9)}",
                )
            )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=900, comp_sigma=0.4
        )
    bot = _benign(
        ctx, rng, kind, "bulk script", org=org, pay=card, ua=sdk_ua(rng), ips=office, tz=tz
    )
    day = float(rng.uniform(1, 6))
    start = ctx.t0 + np.floor(day) * DAY + (14.0 - tz) * HOUR
    grid = [(g, s, u) for g in range(5, 13) for s in subjects for u in subjects[s]]
    ts = start + np.cumsum(rng.exponential(float(rng.uniform(1.5, 5)), size=len(grid) * 2))
    prompts = [
        texts.quiz_request(rng, g, s, u, f"{s[:2].upper()}.{g}.{i % 9 + 1}")
        for i, (g, s, u) in enumerate(grid + grid)
    ]
    ctx.emit(
        rng, bot, ts, prompts, models=ctx.models(rng, ts, 0.8), comp_median=1100, comp_sigma=0.35
    )


# --------------------------------------------------------------------------------------------
# f. a companion chat app: long persona contexts, evening peaks, many short turns


def proddy_mat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "proddy_mat"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp", "digitalocean")))
    ua = pick(rng, BG_UAS[:2])
    n_keys = irange(rng, 2, 4)
    accts = [
        _benign(ctx, rng, kind, "app backend", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(19, 23)) % 24, float(rng.uniform(0.5, 0.8)))
    personas = ("Mika", "Juniper", "Theo", "Sol", "Ren")
    for a, starts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)), n_keys, curve),
        strict=True,
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            turns = irange(rng, 3, 15)
            per = pick(rng, personas)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.7, size=turns - 1))]
            )
            for k, tk in enumerate(t.tolist()):
                ts_all.append(tk)
                prompts.append(texts.companion(rng, per))
                extra.append(800 + 120 * k)
        ts = np.asarray(ts_all)
        o = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[o],
            [prompts[j] for j in o],
            models=ctx.models(rng, ts[o], 0.3, 0.3),
            comp_median=90,
            extra=np.asarray(extra)[o],
        )


# --------------------------------------------------------------------------------------------
# g. a research study on self-consistency and calibration: the same item sampled n times


def hit_or_miss(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "hit_or_miss"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-5, 0, 1, 2, 9))
    campus = home(rng, 1, tz)
    bank = [texts.calibration_item(rng, i) for i in range(irange(rng, 80, 200))]
    for role in ["PI"] + ["student"] * irange(rng, 2, 5):
        a = _benign(
            ctx,
            rng,
            kind,
            role,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", BG_UAS[0])),
            ips=campus + home(rng, 1, tz),
            tz=tz,
        )
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 6)), workday(tz, 9.0, 22.0, 0.3))
        for s in runs.tolist():
            n = irange(rng, 5, 20)
            items = rng.choice(len(bank), size=irange(rng, 10, 40), replace=False).tolist()
            ts = s + np.cumsum(rng.exponential(0.9, size=len(items) * n))
            prompts = [bank[i] for i in items for _ in range(n)]
            if s >= ctx.release and chance(rng, 0.6):
                model = ctx.new_model
            else:
                model = pick(rng, ctx.old_models)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=model,
                comp_median=float(rng.uniform(8, 40)),
                comp_sigma=0.6,
            )


# --------------------------------------------------------------------------------------------
# h. a translation agency: freelance translators in several countries on one agency card


def monks_cloth(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "monks_cloth"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    lang_tz = {
        "es": 1,
        "de": 1,
        "fr": 1,
        "pt": -3,
        "ja": 9,
        "ko": 9,
        "zh": 8,
        "ru": 3,
        "tr": 3,
        "hi": 5,
        "id": 8,
        "vi": 8,
        "pl": 1,
        "it": 1,
        "nl": 1,
    }
    cat_ua = f"CATBridge/{irange(rng, 2, 4)}.{irange(rng, 0, 9)} (Windows NT 10.0)"
    job = irange(rng, 1000, 9000)
    for _ in range(irange(rng, 6, 15)):
        tgt = pick(rng, list(lang_tz))
        tz = lang_tz[tgt]
        a = _benign(
            ctx,
            rng,
            kind,
            f"translator {tgt}",
            org=org,
            pay=card,
            ua=cat_ua if chance(rng, 0.5) else pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1.5, 4)),
                workday(tz, weekend=0.25),
                float(rng.uniform(5, 20)),
                float(rng.uniform(45, 150)),
            )
        )
        prompts = []
        for _t in ts:
            job += int(chance(rng, 0.1))
            prompts.append(texts.agency_translation(rng, tgt, ctx.passages, job))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.3), comp_median=300)


# --------------------------------------------------------------------------------------------
# i. a course cohort: one week's problem set asked verbatim by many students


def primitive_cut(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "primitive_cut"
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 2, 3), tz)
    course = f"{pick(rng, ('ECON', 'BIO', 'CS', 'PHYS', 'STAT'))} {irange(rng, 101, 299)}"
    week = irange(rng, 2, 10)
    psets = texts.assignment(rng, course, week)
    deadline = ctx.t0 + float(rng.uniform(3.5, 6.5)) * DAY
    for _ in range(irange(rng, 25, 60)):
        phone = chance(rng, 0.3)
        ua = pick(rng, MOBILE[:3]) if phone else pick(rng, BG_BROWSERS + BROWSERS)
        own = home(rng, 1, tz)
        a = _benign(ctx, rng, kind, "student", ua=ua, ips=own, tz=tz)
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.5)), evening_person(tz), 4.0, 90.0
            )
        )
        # crunch before the deadline
        ts = _cat(
            [
                ts,
                *session_times(
                    rng,
                    deadline - 1.2 * DAY,
                    deadline,
                    float(rng.uniform(1, 3)),
                    evening_person(tz),
                    6.0,
                    60.0,
                ),
            ]
        )
        h = ((ts + tz * HOUR) % DAY) / HOUR
        wk = (np.floor((ts + tz * HOUR) / DAY).astype(np.int64) + 3) % 7
        on_campus = (h >= 9) & (h < 16) & (wk < 5)
        ips = [pick(rng, campus) if c else own[0] for c in on_campus.tolist()]
        prompts = [
            pick(rng, psets) if chance(rng, 0.55) else texts.snip(rng, pick(rng, ctx.chat), 10, 700)
            for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.15), ips=ips, comp_median=400
        )


# --------------------------------------------------------------------------------------------
# j. an agency / reseller platform: many client keys, end users' chats and marketing copy


def burlap_backing(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "burlap_backing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    p1, p2 = pick(rng, ("aws", "gcp")), pick(rng, ("hetzner", "ovh", "digitalocean", "azure"))
    pool = cloud(rng, 2, p1) + cloud(rng, 2, p2)
    ua = sdk_ua(rng, 0.7)
    n_keys = irange(rng, 5, 12)
    accts = [
        _benign(ctx, rng, kind, "client key", org=org, pay=card, ua=ua, ips=picks(rng, pool, 2))
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(10, 18)), float(rng.uniform(0.4, 0.7)))
    share = rng.dirichlet(np.full(n_keys, 0.7))
    total = float(rng.uniform(40, 110))
    switch = ctx.release + float(rng.uniform(6, 24)) * HOUR
    p_mkt = float(rng.uniform(0.3, 0.6))
    for a, sh in zip(accts, share.tolist(), strict=True):
        ts = thinned(rng, ctx.t0, ctx.t1, total * sh * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [
            texts.marketing(rng)
            if chance(rng, p_mkt)
            else texts.snip(rng, pick(rng, ctx.chat), 10, 900)
            for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=_switch_models(ctx, rng, ts, switch, 0.85), comp_median=300
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "fine_shading": fine_shading,
    "strip_cutter": strip_cutter,
    "whipped_edge": whipped_edge,
    "gripper_frame": gripper_frame,
    "spot_dye": spot_dye,
    "proddy_mat": proddy_mat,
    "hit_or_miss": hit_or_miss,
    "monks_cloth": monks_cloth,
    "primitive_cut": primitive_cut,
    "burlap_backing": burlap_backing,
}
