"""Benign hard-negative kinds of batch 262 (code names from wycinanki).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families, or a campaign in general. Draws only from lists, tuples and dicts, in a fixed order."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as b
from bench.blind_batch import DAY, HOUR, Ctx, chance, irange, pick
from bench.monitor_blind262 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> b.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# course cohort: a class working through a problem set before a deadline


def leluja(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "leluja"
    tz = pick(rng, (-5, 0, 1, 2, 5, 8))
    course = pick(rng, ("MATH 101", "Stats 2", "Quant Methods", "Intro Physics", "Discrete Maths"))
    campus = b.home(rng, 1, tz)
    edu_org, edu_card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    deadline = ctx.t0 + float(rng.uniform(4.6, 6.3)) * DAY
    n = irange(rng, 30, 55)
    for _ in range(n):
        sponsored = chance(rng, 0.35)
        ua = pick(rng, b.BROWSERS) if chance(rng, 0.7) else pick(rng, b.MOBILE)
        acct = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=edu_org if sponsored else None,
            pay=edu_card if sponsored else None,
            ua=ua,
            ips=campus + b.home(rng, 1, tz),
            tz=tz,
        )
        base = b.evening_person(tz, 2.5)

        def curve(ts, base=base):
            ramp = np.clip(1.0 - (deadline - np.asarray(ts)) / (2.5 * DAY), 0.15, 1.0)
            return base(ts) * np.where(np.asarray(ts) > deadline, 0.1, ramp)

        sess = b.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 240)),
            0.8,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = [
            tx.homework(rng, course, irange(rng, 3, 5)) if chance(rng, 0.8) else pick(rng, ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.3),
            comp_median=520,
        )


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark suites run against old and new models right after release


def kodra(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kodra"
    n_keys = irange(rng, 3, 5)
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    ips = b.cloud(rng, 2, pick(rng, ("gcp", "aws")))
    suites = [
        ("mcq", irange(rng, 150, 300)),
        ("math", irange(rng, 80, 200)),
        ("code", irange(rng, 60, 150)),
        ("mt", irange(rng, 50, 120)),
    ]
    # the fixed item texts of each suite (re-run verbatim every time)
    items = {s: [tx.benchmark_item(rng, s, i) for i in range(k)] for s, k in suites}
    accts = [
        _benign(ctx, rng, kind, "eval_runner", org=org, pay=card, ua="python-httpx/0.28.1", ips=ips)
        for _ in range(n_keys)
    ]
    runs = [ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY for _ in range(irange(rng, 1, 3))]
    runs += [ctx.release + float(rng.uniform(0.5, 8.0)) * HOUR for _ in range(irange(rng, 2, 4))]
    runs += [ctx.release + float(rng.uniform(1.0, 2.8)) * DAY for _ in range(irange(rng, 1, 2))]
    for r, t_run in enumerate(sorted(runs)):
        acct = accts[r % n_keys]
        post = t_run >= ctx.release
        models = [ctx.old_models[0], ctx.old_models[-1]] + ([ctx.new_model] if post else [])
        t = t_run
        for suite, texts in items.items():
            for model in models:
                k = 3 if (suite == "code" and model == ctx.new_model) else 1
                n = len(texts) * k
                gaps = rng.lognormal(np.log(0.7), 0.5, size=n)
                ts = t + np.cumsum(gaps)
                t = float(ts[-1]) + float(rng.uniform(20, 300))
                prompts = [x for x in texts for _ in range(k)]
                ctx.emit(
                    rng,
                    acct,
                    ts,
                    prompts,
                    models=model,
                    comp_median=140 if suite == "mcq" else 420,
                    comp_sigma=0.6,
                    err=0.02,
                )


# --------------------------------------------------------------------------------------------
# labelling vendor: LLM-assisted preference / rubric labelling for client projects


def gwiazda(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gwiazda"
    tz = pick(rng, (5, 1, 8, -3))
    office = b.home(rng, 1, tz)
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    n_keys = irange(rng, 5, 9)
    for i in range(n_keys):
        ua = pick(rng, b.BROWSERS) if chance(rng, 0.5) else "python-requests/2.32.3"
        acct = _benign(ctx, rng, kind, "label_tool", org=org, pay=card, ua=ua, ips=office, tz=tz)
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 650)), b.workday(tz))
        lang = "de" if (tz == 1 and chance(rng, 0.4)) else "en"
        prompts = [tx.judge(rng, ctx.chat, ctx.passages, lang, i % 5) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.05),
            comp_median=200,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# trust & safety: a platform's moderation pipeline that rewrites posts to meet its rules


def kogut(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kogut"
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    ips = b.cloud(rng, irange(rng, 2, 3), "aws")
    policies = (
        "harassment",
        "hate speech",
        "spam",
        "self-harm",
        "graphic violence",
        "misinformation",
        "political ads",
        "doxxing",
    )
    curve = b.global_load(float(rng.uniform(12, 20)), 0.55)
    for _ in range(irange(rng, 2, 4)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "moderation_pipeline",
            org=org,
            pay=card,
            ua="Go-http-client/2.0",
            ips=ips,
        )
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1000, 2000)), curve)
        langs = ["en", "es", "de"]
        lg = [langs[i] for i in rng.choice(3, size=len(ts), p=[0.6, 0.25, 0.15]).tolist()]
        prompts = [tx.moderation(rng, ctx.chat, lang, pick(rng, policies)) for lang in lg]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.25, p_mini=0.45),
            comp_median=160,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# coding-agent users: developers' IDE agents, long contexts and bursts of tool steps


def nozyce(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "nozyce"
    uas = (
        "Cline/3.4.0",
        "Continue/0.9.256 (vscode)",
        "aider/0.74.1 litellm/1.60.2",
        "Zed/0.172.8",
        "OpenAI/NodeJS 4.85.1",
    )
    for _ in range(irange(rng, 15, 28)):
        tz = pick(rng, b.TZS)
        acct = _benign(
            ctx,
            rng,
            kind,
            "developer",
            ua=pick(rng, uas),
            ips=b.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        repo = pick(
            rng,
            ("billing-svc", "mobile-app", "etl-jobs", "site", "infra", "ml-pipeline", "cli-tool"),
        )
        starts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 10)) * 7, b.workday(tz))
        ts = np.sort(
            np.concatenate(
                [
                    np.empty(0),
                    *b.bursts(
                        rng,
                        starts,
                        float(rng.uniform(5, 18)),
                        float(rng.uniform(4, 12)),
                        0.8,
                        ctx.t1,
                    ),
                ]
            )
        )
        prompts, extra = [], []
        for _ in range(len(ts)):
            p, e = tx.ide_step(rng, repo)
            prompts.append(p)
            extra.append(e)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=380,
            extra=extra,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase generation for its own intent classifier


def bibula(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "bibula"
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    tz = pick(rng, (-5, 1, 2))
    ips = b.cloud(rng, 1, pick(rng, ("aws", "gcp", "hetzner")))
    intents = (
        "cancel_subscription",
        "change_address",
        "refund_request",
        "password_reset",
        "delivery_delay",
        "upgrade_plan",
        "invoice_copy",
        "report_bug",
        "close_account",
        "add_user",
    )
    for _ in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "augment_job",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=ips,
            tz=tz,
        )
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(700, 1400)), b.nightly(1.0, 3.5, tz))
        prompts = [
            tx.paraphrase(rng, ctx.chat, pick(rng, intents), pick(rng, (5, 10, 20)))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.6),
            comp_median=380,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# companion app: a chat product's backend, short personal messages with persona tags


def firanka(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "firanka"
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    servers = b.cloud(rng, irange(rng, 2, 3), pick(rng, ("gcp", "aws", "digitalocean")))
    personas = ("Mika", "Leo", "Aria", "Sol", "Nova", "Kai", "Luna", "Theo")
    curve = b.global_load(float(rng.uniform(18, 23)), 0.6)
    langs = ["en", "es", "pt", "ja"]
    for _ in range(irange(rng, 1, 2)):
        acct = _benign(
            ctx, rng, kind, "app_backend", org=org, pay=card, ua="OpenAI/NodeJS 4.67.1", ips=servers
        )
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2500, 4500)), curve)
        lg = [langs[i] for i in rng.choice(4, size=len(ts), p=[0.55, 0.2, 0.15, 0.1]).tolist()]
        prompts = [tx.companion_turn(rng, ctx.chat, pick(rng, personas), lang) for lang in lg]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.55),
            comp_median=90,
            comp_sigma=0.6,
            extra=list(rng.integers(300, 1500, size=len(ts)).tolist()),
        )


# --------------------------------------------------------------------------------------------
# translation shop: several translators, one agency account, CAT-tool plugins


def kurpie(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "kurpie"
    tz = pick(rng, (1, 2))
    office = b.home(rng, 1, tz)
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    clients = ("NORDA", "VELTRA", "KIMURA", "OSTEO", "PAVO", "LUMEN")
    targets = (
        "German",
        "French",
        "Polish",
        "Japanese",
        "Spanish",
        "Italian",
        "Dutch",
        "Korean",
        "Turkish",
    )
    for _ in range(irange(rng, 6, 12)):
        remote = chance(rng, 0.4)
        ips = office + (b.home(rng, 1, tz) if remote else [])
        acct = _benign(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=card,
            ua=pick(rng, ("memoQ/10.4 (OpenAI plugin)", "Trados Studio 2024 SR1", b.BROWSERS[0])),
            ips=ips,
            tz=tz,
        )
        my_targets = [targets[i] for i in rng.permutation(len(targets))[:2].tolist()]
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 450)), b.workday(tz))
        prompts = [
            tx.l10n(rng, ctx.chat, ctx.passages, pick(rng, clients), pick(rng, my_targets))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.1),
            comp_median=260,
        )


# --------------------------------------------------------------------------------------------
# agency / reseller: one card and one org behind many client sub-keys


def rozeta(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "rozeta"
    tz = pick(rng, (-5, 0, 1, -3))
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    servers = b.cloud(rng, 2, "digitalocean")
    for _ in range(irange(rng, 15, 28)):
        client = (
            f"{pick(rng, b.NAMES)} {pick(rng, ('& Co', 'Studio', 'GmbH', 'Ltd', 'Group', 'Labs'))}"
        )
        acct = _benign(
            ctx, rng, kind, "client_subkey", org=org, pay=card, ua="axios/1.7.9", ips=servers, tz=tz
        )
        ts = b.thinned(rng, ctx.t0, ctx.t1, float(rng.lognormal(np.log(80), 0.6)), b.workday(tz))
        prompts = [tx.agency_copy(rng, client) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
            comp_median=230,
        )


# --------------------------------------------------------------------------------------------
# research study: a fixed public prompt set replayed on a slow clock to every model


def wstega(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "wstega"
    org, card = b.hexid(rng, "org"), b.hexid(rng, "pay")
    uni = b.home(rng, 1, pick(rng, (0, 1, 2)))
    vm = b.cloud(rng, 1, pick(rng, ("aws", "azure")))
    n_items = irange(rng, 250, 450)
    base = irange(rng, 0, len(ctx.chat) - 1)
    item_ids = [(base + 13 * j) % len(ctx.chat) for j in range(n_items)]
    for r in range(irange(rng, 2, 3)):
        acct = _benign(
            ctx,
            rng,
            kind,
            "researcher_script",
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=uni if r == 0 else vm,
        )
        period = float(rng.uniform(160, 420))
        start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
        n = int((ctx.t1 - start) / period)
        ts = start + period * np.arange(n) + rng.uniform(0, 5, size=n)
        models = []
        prompts = []
        for j in range(n):
            item = item_ids[j % n_items]
            prompts.append(tx.study_item(rng, item, ctx.chat, j // n_items))
            pool = [ctx.old_models[0], ctx.old_models[-1]]
            if ts[j] >= ctx.release:
                pool.append(ctx.new_model)
            models.append(pool[j % len(pool)])
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=380, comp_sigma=0.6, err=0.005)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "leluja": leluja,
    "kodra": kodra,
    "gwiazda": gwiazda,
    "kogut": kogut,
    "nozyce": nozyce,
    "bibula": bibula,
    "firanka": firanka,
    "kurpie": kurpie,
    "rozeta": rozeta,
    "wstega": wstega,
}
