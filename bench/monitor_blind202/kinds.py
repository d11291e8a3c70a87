"""Benign hard-negative kinds of blind batch 202 (code names from macramé).

Each kind is `fn(ctx, rng)`: legitimate accounts (label "benign", family = the kind) built to
resemble one of this batch's campaign families, or a campaign in general (see README.md).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind202 import texts as tx

Rng = np.random.Generator
BENIGN = "benign"


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit_sorted(
    ctx: Ctx, rng: Rng, acct, ts: list[float], prompts: list[str], models: list[str], **kw
) -> None:
    arr = np.asarray(ts, dtype=np.float64)
    order = np.argsort(arr, kind="stable")
    for key in ("comp_median", "extra"):
        if key in kw and not np.isscalar(kw[key]):
            kw[key] = np.asarray(kw[key])[order]
    if "ips" in kw and isinstance(kw["ips"], list):
        kw["ips"] = [kw["ips"][i] for i in order]
    ctx.emit(
        rng, acct, arr[order], [prompts[i] for i in order], models=[models[i] for i in order], **kw
    )


# --------------------------------------------------------------------------------------------
# 1. evaluation lab benchmarking the new model on release day


def square_knot(ctx: Ctx, rng: Rng) -> None:
    name = "square_knot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    langs = tx.lang_mix(rng, ["en", "zh", "es"])
    items = []
    for _ in range(irange(rng, 900, 1600)):
        lang = tx.draw_lang(rng, langs)
        items.append(tx.bench_item(rng, lang, chance(rng, 0.5)))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(irange(rng, 3, 6)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        ts, prompts, models, comp = [], [], [], []
        # nightly smoke tests on the old models
        for d in range(int((ctx.t1 - ctx.t0) / DAY) + 1):
            if not chance(rng, 0.55):
                continue
            s = ctx.t0 + d * DAY + float(rng.uniform(1, 5)) * HOUR
            k = irange(rng, 40, 140)
            t = s + np.cumsum(rng.lognormal(np.log(0.7), 0.4, size=k))
            m = old if chance(rng, 0.7) else mini
            for i, x in enumerate(t.tolist()):
                p = items[(d * 97 + i) % len(items)]
                ts.append(x)
                prompts.append(p)
                models.append(new if x >= ctx.release and chance(rng, 0.5) else m)
                comp.append(600.0 if "step by step" in p else 12.0)
        # the release-day sweep: every item on the new model and again on the old flagship
        for _ in range(irange(rng, 1, 2)):
            s = ctx.release + float(rng.uniform(0.3, 8)) * HOUR
            sub = rng.choice(len(items), size=irange(rng, 250, 700), replace=False)
            for m in (new, old):
                t = s + np.cumsum(rng.lognormal(np.log(0.5), 0.5, size=len(sub)))
                s = float(t[-1]) + float(rng.uniform(60, 900))
                for i, x in zip(sub.tolist(), t.tolist(), strict=True):
                    ts.append(x)
                    prompts.append(items[i])
                    models.append(m)
                    comp.append(600.0 if "step by step" in items[i] else 12.0)
        _emit_sorted(ctx, rng, acct, ts, prompts, models, comp_median=comp, err=0.02)


# --------------------------------------------------------------------------------------------
# 2. labelling vendor pre-annotating and judging a client's chatbot transcripts


def half_hitch(ctx: Ctx, rng: Rng) -> None:
    name = "half_hitch"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (1, 2, 5, -3)))
    office = bb.home(rng, 1, tz)
    workers = bb.cloud(rng, 2, "gcp")
    for _ in range(irange(rng, 4, 8)):
        lang = pick(rng, ("en", "en", "de", "ja", "es"))
        judge_style = pick(rng, tx.JUDGE_STYLES[:2]) if chance(rng, 0.4) else None
        project = f"{pick(rng, ('HELIX', 'ORCA', 'TANGO', 'LUMEN', 'KESTREL', 'ATLAS'))}-{irange(rng, 10, 99)}"
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="annotation_project",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=office + workers,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(2, 5)), bb.workday(tz))
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(30, 110)), 2.0, 0.5, ctx.t1))
        version = irange(rng, 2, 9)
        prompts = [
            tx.judge_prompt(
                rng, judge_style, "en" if lang == "es" else lang, ctx.chat, ctx.passages
            )
            if judge_style and chance(rng, 0.7)
            else tx.label_task(rng, lang, project, version, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.3),
            comp_median=140.0 if judge_style else 80.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. newsroom localisation and compliance desks behind the corporate VPN


def larks_head(ctx: Ctx, rng: Rng) -> None:
    name = "larks_head"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    vpn = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("m247", "leaseweb")))
    desk_tz = {
        "Gulf": 3,
        "LatAm": -3,
        "CIS": 3,
        "Greater China": 8,
        "Iberia": 1,
        "DACH": 1,
        "Francophone Africa": 0,
    }
    desks = [
        tx._EDITIONS[int(i)]
        for i in rng.choice(len(tx._EDITIONS), size=irange(rng, 5, 7), replace=False)
    ]
    for desk in desks:
        tz = desk_tz[desk[0]]
        office = bb.home(rng, 1, tz)
        ua = pick(rng, ("OpenAI/NodeJS 4.67.1",) + tx.SEEN_BROWSER[:2])
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="regional_desk",
            org=org,
            pay=pay,
            ua=ua,
            ips=vpn + office,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(3, 6)),
                bb.workday(tz),
                float(rng.uniform(3, 8)),
                150.0,
            )
        )
        lang = {"zh": "zh", "ru": "ru", "ar": "ar"}.get(desk[1], "en")
        prompts = [
            tx.policy_rewrite(rng, "rewrite", lang, ctx.chat, ctx.passages)
            if chance(rng, 0.2)
            else tx.edition_task(rng, desk, ctx.passages)
            for _ in range(len(ts))
        ]
        ips = [pick(rng, vpn) if chance(rng, 0.7) else office[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4),
            ips=ips,
            comp_median=900.0,
        )


# --------------------------------------------------------------------------------------------
# 4. coding-agent product (IDE agent) serving its users


def sennit(ctx: Ctx, rng: Rng) -> None:
    name = "sennit"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    product = pick(rng, ("Codeweaver", "Patchwork", "Burrow", "Shipwright", "Lintel"))
    backend = bb.cloud(rng, irange(rng, 3, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "Go-http-client/2.0"))
    switch = ctx.release + float(rng.uniform(0.5, 2.0)) * DAY
    load = bb.global_load(float(rng.uniform(13, 17)), 0.6)
    n_keys = irange(rng, 2, 3)
    per_hour = float(rng.uniform(4, 8))
    gap = float(rng.uniform(3, 8))
    growth = float(rng.uniform(400, 900))
    for starts in bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, load):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="agent_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
        )
        ts, prompts, models, comp, extra = [], [], [], [], []
        for s in starts.tolist():
            steps = 3 + int(rng.geometric(0.12))
            steps = min(steps, 25)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=steps - 1))]
            )
            m = ctx.new_model if s >= switch and chance(rng, 0.95) else ctx.old_models[0]
            for k, x in enumerate(t.tolist()):
                ts.append(x)
                prompts.append(tx.coding_agent_step(rng, k, ctx.chat, product))
                models.append(m)
                comp.append(500.0 if k == steps - 1 else 220.0)
                extra.append(int(1500 + growth * k))
        _emit_sorted(ctx, rng, acct, ts, prompts, models, comp_median=comp, extra=extra, err=0.01)


# --------------------------------------------------------------------------------------------
# 5. data-augmentation team generating training data for its own intent classifier


def gathering_knot(ctx: Ctx, rng: Rng) -> None:
    name = "gathering_knot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-8, -5, 1, 2)))
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, 1, "gcp")
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="ml_engineer",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(1, 3)), bb.workday(tz))
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(40, 150)), 4.0, 0.6, ctx.t1))
        prompts = []
        for _t in range(len(ts)):
            u = rng.random()
            if u < 0.65:
                prompts.append(tx.augment_task(rng, pick(rng, ("en", "en", "es", "de"))))
            elif u < 0.9:
                prompts.append(tx.labelled_ticket_task(rng))
            else:
                prompts.append(tx.synth_request(rng, pick(rng, ("jsonl", "dialog")), "en"))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=700.0,
        )


# --------------------------------------------------------------------------------------------
# 6. companion / chat app backend


def berry_knot(ctx: Ctx, rng: Rng) -> None:
    name = "berry_knot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = bb.cloud(rng, irange(rng, 2, 5), "gcp")
    langs = tx.lang_mix(rng, ["en", "es", "pt", "ja"])
    load = bb.global_load(20.0, 0.6)
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        sessions = bb.session_times(
            rng, ctx.t0, ctx.t1, 24 * float(rng.uniform(3, 6)), load, 10.0, 25.0, 0.9
        )
        ts, prompts = [], []
        for sess in sessions:
            lang = tx.draw_lang(rng, langs)
            for x in sess.tolist():
                ts.append(x)
                prompts.append(tx.companion_message(rng, lang))
        arr = np.asarray(ts)
        _emit_sorted(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            ctx.models(rng, arr, p_new=0.05, p_mini=0.7),
            comp_median=90.0,
        )


# --------------------------------------------------------------------------------------------
# 7. university study of output variability and calibration


def josephine_knot(ctx: Ctx, rng: Rng) -> None:
    name = "josephine_knot"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (0, 1, -5, 9)))
    campus = bb.home(rng, 1, tz)
    n_items = irange(rng, 60, 120)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="researcher",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=campus,
            tz=tz,
        )
        ts, prompts, models = [], [], []
        for s in bb.thinned(
            rng, ctx.t0, ctx.t1, 7 * float(rng.uniform(0.7, 1.3)), bb.workday(tz)
        ).tolist():
            m = (
                new
                if s >= ctx.release and chance(rng, 0.6)
                else (old if chance(rng, 0.6) else mini)
            )
            reps = irange(rng, 10, 20)
            t = s
            for k in rng.choice(n_items, size=irange(rng, 15, 30), replace=False).tolist():
                p = tx.study_item(rng, k)
                for _r in range(reps):
                    t += float(rng.lognormal(np.log(0.9), 0.3))
                    ts.append(t)
                    prompts.append(p)
                    models.append(m)
        _emit_sorted(ctx, rng, acct, ts, prompts, models, comp_median=45.0)


# --------------------------------------------------------------------------------------------
# 8. a university course cohort with homework deadlines


def cavandoli(ctx: Ctx, rng: Rng) -> None:
    name = "cavandoli"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, (-5, 0, 1, 5, 8, -3)))
    campus = bb.home(rng, 1, tz)
    course_seed = irange(rng, 0, 2**31)
    deadlines = [
        ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY,
        ctx.t0 + float(rng.uniform(5.0, 6.8)) * DAY,
    ]

    def rush(ts: np.ndarray) -> np.ndarray:
        w = np.zeros(len(ts))
        for d in deadlines:
            w = np.maximum(w, ((ts < d) & (ts > d - 30 * HOUR)).astype(np.float64))
        return np.clip(0.25 + w, 0, 1) * bb.evening_person(tz)(ts)

    for _ in range(irange(rng, 25, 50)):
        home = bb.home(rng, 1, tz)
        ua = pick(rng, tx.SEEN_BROWSER + ("OpenAI/Python 1.54.0",))
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="student",
            org=org,
            pay=pay,
            ua=ua,
            ips=campus + home,
            tz=tz,
        )
        ts = _cat(
            bb.session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2.0)), rush, 5.0, 70.0)
        )
        ips = [campus[0] if chance(rng, 0.45) else home[0] for _ in range(len(ts))]
        prompts = [tx.cohort_prompt(rng, course_seed, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
            ips=ips,
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# 9. nightly regression replay of a fixed prompt set (QA at a chatbot company)


def plant_hanger(ctx: Ctx, rng: Rng) -> None:
    name = "plant_hanger"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ci = bb.cloud(rng, irange(rng, 1, 2), "azure")
    tz = int(pick(rng, (-8, -5, 0, 1)))
    suite = [
        ctx.chat[int(i)]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 250, 500), replace=False)
    ]
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    for _ in range(irange(rng, 1, 2)):
        acct = ctx.account(
            rng,
            label=BENIGN,
            family=name,
            role="ci_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=ci,
            tz=tz,
        )
        ts, prompts, models = [], [], []
        hour = float(rng.uniform(1, 4))
        for d in range(8):
            s = ctx.t0 + d * DAY + (hour - tz) * HOUR + float(rng.uniform(0, 20)) * 60
            targets = (
                [old] + ([mini] if chance(rng, 0.3) else []) + ([new] if s >= ctx.release else [])
            )
            for m in targets:
                t = s + np.cumsum(rng.lognormal(np.log(1.2), 0.4, size=len(suite)))
                s = float(t[-1]) + 120.0
                ts.extend(t.tolist())
                prompts.extend(suite)
                models.extend([m] * len(suite))
        _emit_sorted(ctx, rng, acct, ts, prompts, models, comp_median=350.0)


# --------------------------------------------------------------------------------------------
# 10. hobbyists who start scripting from a notebook after the release


def combed_fringe(ctx: Ctx, rng: Rng) -> None:
    name = "combed_fringe"
    for _ in range(irange(rng, 15, 25)):
        tz = int(pick(rng, bb.TZS))
        home = bb.home(rng, 1, tz)
        ua = pick(rng, tx.SEEN_BROWSER + tx.SEEN_PHONE)
        acct = ctx.account(rng, label=BENIGN, family=name, role="hobbyist", ua=ua, ips=home, tz=tz)
        ts_o = _cat(
            bb.session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.5)), bb.evening_person(tz), 4.0, 60.0
            )
        )
        ctx.emit(
            rng,
            acct,
            ts_o,
            [pick(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.25, p_mini=0.1),
            comp_median=330.0,
        )
        s0 = ctx.release + float(rng.uniform(-2.0, 2.5)) * DAY
        notebook = bb.cloud(rng, 1, pick(rng, ("gcp", "aws")))
        tasks = [tx.script_task(rng) for _ in range(irange(rng, 1, 2))]
        starts = np.sort(s0 + rng.uniform(0, 1.5 * DAY, size=irange(rng, 1, 4)))
        ts_s = _cat(bb.bursts(rng, starts, float(rng.uniform(30, 200)), 3.0, 0.6, ctx.t1))
        ctx.emit(
            rng,
            acct,
            ts_s,
            [tx.script_prompt(rng, pick(rng, tasks), ctx.passages) for _ in range(len(ts_s))],
            models=ctx.models(rng, ts_s, p_new=0.8),
            ips=notebook[0],
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0")),
            comp_median=250.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "square_knot": square_knot,
    "half_hitch": half_hitch,
    "larks_head": larks_head,
    "sennit": sennit,
    "gathering_knot": gathering_knot,
    "berry_knot": berry_knot,
    "josephine_knot": josephine_knot,
    "cavandoli": cavandoli,
    "plant_hanger": plant_hanger,
    "combed_fringe": combed_fringe,
}

__all__ = ["BENIGN_KINDS"]
