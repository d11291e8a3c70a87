"""Benign hard-negative kinds of blind batch 281 (code names: sozni embroidery words).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign; nothing is a campaign.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, SDK_COMMON, Ctx, chance, hexid, irange, pick
from bench.monitor_blind281 import texts as tx


def _benign(ctx: Ctx, rng: np.random.Generator, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def sozan(ctx: Ctx, rng: np.random.Generator) -> None:
    """An evaluation lab: a fixed benchmark (chain-of-thought multiple choice and boxed maths)
    run on every model, with repeated seeds, and a big launch-day run on the new model."""
    kind = "sozan"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "eval_runner",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(irange(rng, 3, 6))
    ]
    bench_rng = np.random.default_rng(int(rng.integers(2**31)))
    items = [
        tx.benchmark_item(bench_rng, int(bench_rng.integers(3)))
        for _ in range(irange(rng, 150, 400))
    ]
    runs = [
        (ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, ctx.old_models[0])
        for _ in range(irange(rng, 1, 3))
    ]
    runs += [(ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, ctx.old_models[-1])]
    runs += [
        (
            ctx.release + float(rng.uniform(0.5, 6)) * HOUR + i * float(rng.uniform(3, 9)) * HOUR,
            ctx.new_model,
        )
        for i in range(irange(rng, 2, 5))
    ]
    per_key: list[list] = [[] for _ in keys]
    for t, model in runs:
        k = int(rng.integers(len(keys)))
        seeds = irange(rng, 1, 3)
        for _ in range(seeds):
            gaps = rng.lognormal(np.log(0.6), 0.5, size=len(items))
            for ti, it in zip((t + np.cumsum(gaps)).tolist(), items, strict=True):
                per_key[k].append((ti, it, model))
            t += float(gaps.sum()) + float(rng.uniform(60, 600))
    for a, rows in zip(keys, per_key, strict=True):
        if not rows:
            rows = [(ctx.release + float(rng.uniform(1, 20)) * HOUR, items[0], ctx.new_model)]
        rows.sort(key=lambda r: r[0])
        ctx.emit(
            rng,
            a,
            np.array([r[0] for r in rows]),
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=float(rng.uniform(350, 650)),
            err=0.02,
        )


def dorukha(ctx: Ctx, rng: np.random.Generator) -> None:
    """A company's QA team using the model as a judge of its own support assistant's chats: a
    morning batch every weekday from the office, plus ad-hoc reviews."""
    kind = "dorukha"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    company = pick(rng, ("Parcelio", "Kitchenly", "Nordhaus Home", "Vela Mobile", "ShopRiver"))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    job_ip = bb.cloud(rng, 1, "aws")
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "qa_judge",
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON),
            ips=office + job_ip,
            tz=tz,
        )
        for _ in range(irange(rng, 2, 5))
    ]
    style = irange(rng, 0, 1)
    p_new = float(rng.uniform(0.1, 0.5))
    for i, a in enumerate(keys):
        ts_parts = []
        day0 = np.floor(ctx.t0 / DAY) * DAY
        for d in range(8):
            t = day0 + d * DAY + (9.0 - tz) * HOUR + float(rng.uniform(0, 1.5)) * HOUR
            if bb.weekday(np.array([t]), tz)[0] >= 5 or (i > 0 and chance(rng, 0.5)):
                continue
            n = irange(rng, 80, 300)
            ts_parts.append(t + np.cumsum(rng.lognormal(np.log(1.2), 0.4, size=n)))
        ts_parts.append(
            bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7, bb.workday(tz))
        )
        ts = np.sort(np.concatenate(ts_parts))
        ips = [job_ip[0] if chance(rng, 0.7) else pick(rng, office) for _ in range(len(ts))]
        prompts = [tx.support_qa(rng, company, style) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.4),
            ips=ips,
            comp_median=float(rng.uniform(110, 200)),
            err=0.01,
        )


def jaaldar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketplace's trust-and-safety pipeline rewriting and classifying user reviews against
    its community rules, around the clock, on the cheap model."""
    kind = "jaaldar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws", "gcp"))
    ua = pick(
        rng,
        (
            "Apache-HttpClient/5.4.1 (Java/21.0.5)",
            "Go-http-client/2.0",
            "semantic-kernel-dotnet/1.36.0",
        ),
    )
    nat = bb.cloud(rng, irange(rng, 2, 4), provider)
    keys = [
        _benign(ctx, rng, kind, "moderation_service", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(irange(rng, 2, 4))
    ]
    curve = bb.global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.8)))
    for a in keys:
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(10, 30)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [tx.moderation_rewrite(rng, 0 if chance(rng, 0.6) else 1) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.65),
            comp_median=float(rng.uniform(100, 220)),
            err=0.01,
        )


def hashidar(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers using a coding agent in their IDE: company seats and individuals, working-day
    sessions in which the agent loops fast through tool results with a large repo context."""
    kind = "hashidar"
    orgs = [
        (hexid(rng, "org"), hexid(rng, "pay"), pick(rng, bb.TZS)) for _ in range(irange(rng, 2, 4))
    ]
    for _ in range(irange(rng, 15, 32)):
        if chance(rng, 0.7):
            org, card, tz = pick(rng, orgs)
        else:
            org, card, tz = None, None, pick(rng, bb.TZS)
        ua = pick(
            rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9")
        )
        a = _benign(
            ctx,
            rng,
            kind,
            "developer",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 6)) * 7, bb.workday(tz))
        loops = bb.bursts(
            rng, starts, float(rng.uniform(5, 18)), float(rng.uniform(2.5, 8)), b=ctx.t1
        )
        ts_l, prompts, extra = [], [], []
        ctxsize = irange(rng, 2000, 9000)
        for loop in loops:
            for j, t in enumerate(loop.tolist()):
                ts_l.append(t)
                prompts.append(tx.coding_agent_turn(rng, j))
                extra.append(ctxsize + 300 * j)
        ts = np.array(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            comp_median=float(rng.uniform(250, 550)),
            err=0.02,
            extra=np.array(extra, dtype=np.int64),
        )


def palladar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team generating paraphrases for an intent classifier and fake test
    records for form QA, in afternoon jobs from a cloud notebook."""
    kind = "palladar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "langchain-openai/0.3.6"))
    keys = [
        _benign(
            ctx,
            rng,
            kind,
            "augmentation_job",
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 1, 3))
    ]
    for a in keys:
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, bb.workday(tz, start=13, end=18)
        )
        ts = np.sort(
            np.concatenate(
                bb.bursts(
                    rng, starts, float(rng.uniform(50, 250)), float(rng.uniform(1, 3)), b=ctx.t1
                )
                or [np.empty(0)]
            )
        )
        if len(ts) == 0:
            ts = np.array([ctx.t0 + 2 * DAY])
        prompts = [
            tx.augmentation_prompt(rng, 0 if chance(rng, 0.7) else 1) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.3),
            comp_median=float(rng.uniform(600, 1100)),
            comp_sigma=0.4,
            err=0.02,
        )


def badaam(ctx: Ctx, rng: np.random.Generator) -> None:
    """A companion-chat app's backend: short emotional messages from many end users through a few
    keys, a long persona-and-memory context on every call, worldwide load."""
    kind = "badaam"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    bot = pick(rng, ("Luna", "Kai", "Mira", "Theo", "Nova"))
    nat = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    curve = bb.global_load(float(rng.uniform(18, 23)), float(rng.uniform(0.5, 0.8)))
    for _ in range(irange(rng, 2, 5)):
        a = _benign(ctx, rng, kind, "app_backend", org=org, pay=card, ua=ua, ips=nat)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)) * (ctx.t1 - ctx.t0) / HOUR, curve
        )
        prompts = [tx.companion_message(rng, bot, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.7),
            comp_median=float(rng.uniform(80, 180)),
            err=0.01,
            extra=rng.integers(800, 2600, size=len(ts)),
        )


def chinar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university course cohort: every student with their own key under the course's org,
    asking about the same week's concepts from home and campus, with a deadline-night rush."""
    kind = "chinar"
    org = hexid(rng, "org")
    uni_card = hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    campus = bb.cloud(rng, 1, "azure") + bb.home(rng, 1, tz)
    course = pick(
        rng,
        (
            "ECON 101",
            "Intro to Biology",
            "Statistics for Social Science",
            "World History II",
            "Physics 1A",
            "Academic Writing",
        ),
    )
    concepts = [c for c, _, _ in tx.CONCEPTS]
    week = [
        concepts[j]
        for j in rng.choice(len(concepts), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    deadline = ctx.t0 + float(rng.uniform(3.5, 6.5)) * DAY
    for _ in range(irange(rng, 25, 55)):
        pay = uni_card if chance(rng, 0.75) else None
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else SDK_COMMON[0]
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.home(rng, 1, tz) + campus,
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), bb.evening_person(tz), 3.0, 90.0
        )
        rush = bb.session_times(
            rng, deadline - 10 * HOUR, deadline, float(rng.uniform(1, 3)), bb.constant, 5.0, 60.0
        )
        ts = np.concatenate(sess + rush) if (sess or rush) else np.array([deadline - HOUR])
        prompts = []
        for _ in range(len(ts)):
            u = float(rng.random())
            prompts.append(
                tx.course_prompt(rng, course, pick(rng, week))
                if u < 0.55
                else pick(rng, ctx.chat)
                if u < 0.85
                else tx.word_problem(rng, "en")
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.2),
            comp_median=float(rng.uniform(300, 500)),
            err=0.01,
        )


def naqash(ctx: Ctx, rng: np.random.Generator) -> None:
    """A translation and localisation shop: translators' CAT-tool plugin sending app strings and
    client copy in batches during office hours, into the big commercial languages."""
    kind = "naqash"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5, 9))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    langs = (
        "German",
        "French",
        "Japanese",
        "Korean",
        "Brazilian Portuguese",
        "Spanish",
        "Italian",
        "Simplified Chinese",
        "Polish",
        "Dutch",
    )
    ua = pick(
        rng,
        ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3", "OpenAI/Python 1.54.0"),
    )
    for _ in range(irange(rng, 3, 7)):
        a = _benign(ctx, rng, kind, "translator", org=org, pay=card, ua=ua, ips=office, tz=tz)
        client_langs = [
            langs[j] for j in rng.choice(len(langs), size=irange(rng, 2, 4), replace=False).tolist()
        ]
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 9)) * 7, bb.workday(tz))
        ts = np.sort(
            np.concatenate(
                bb.bursts(
                    rng, starts, float(rng.uniform(8, 25)), float(rng.uniform(3, 10)), b=ctx.t1
                )
                or [np.empty(0)]
            )
        )
        prompts, comp = [], []
        for _ in range(len(ts)):
            lg = pick(rng, client_langs)
            if chance(rng, 0.6):
                prompts.append(tx.ui_strings(rng, lg))
                comp.append(120.0)
            else:
                text = tx.clip_text(rng, pick(rng, ctx.passages), 150, 700)
                prompts.append(tx.translate_prompt(rng, irange(rng, 0, 1), text, lg))
                comp.append(max(40.0, len(text) / 2.8))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1),
            comp_median=np.array(comp),
            comp_sigma=0.3,
            err=0.01,
        )


def jamawar(ctx: Ctx, rng: np.random.Generator) -> None:
    """A university study of sampling variance and self-consistency: a fixed prompt set, each
    prompt sampled many times in a row, re-run on each model across the week."""
    kind = "jamawar"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    cluster = bb.cloud(rng, irange(rng, 1, 2), "gcp") + bb.home(rng, 1, tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    keys = [
        _benign(ctx, rng, kind, "researcher", org=org, pay=card, ua=ua, ips=cluster, tz=tz)
        for _ in range(irange(rng, 2, 5))
    ]
    study_rng = np.random.default_rng(int(rng.integers(2**31)))
    prompt_set = [
        pick(study_rng, ctx.chat) if chance(study_rng, 0.5) else tx.word_problem(study_rng, "en")
        for _ in range(irange(rng, 40, 120))
    ]
    k_samples = irange(rng, 5, 20)
    models = [ctx.old_models[0], ctx.old_models[-1], ctx.new_model]
    per_key: list[list] = [[] for _ in keys]
    for m in models:
        for _ in range(irange(rng, 1, 2)):
            lo = ctx.release + HOUR if m == ctx.new_model else ctx.t0 + HOUR
            t = float(rng.uniform(lo, ctx.t1 - DAY))
            k = int(rng.integers(len(keys)))
            sub = rng.choice(
                len(prompt_set), size=min(len(prompt_set), irange(rng, 20, 60)), replace=False
            ).tolist()
            for j in sub:
                for _ in range(k_samples):
                    t += float(rng.lognormal(np.log(0.7), 0.5))
                    per_key[k].append((t, prompt_set[j], m))
                t += float(rng.uniform(1, 5))
    for a, rows in zip(keys, per_key, strict=True):
        if not rows:
            rows = [(ctx.release + DAY, prompt_set[0], ctx.new_model)]
        rows.sort(key=lambda r: r[0])
        ctx.emit(
            rng,
            a,
            np.array([r[0] for r in rows]),
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=float(rng.uniform(250, 450)),
            comp_sigma=0.7,
            err=0.03,
        )


def kashida(ctx: Ctx, rng: np.random.Generator) -> None:
    """Hobbyists who start a side project mid-week: casual evening chat from home, then a small
    script on a cheap VPS summarising articles for a newsletter, with a new user agent."""
    kind = "kashida"
    for _ in range(irange(rng, 6, 14)):
        tz = pick(rng, bb.TZS)
        a = _benign(
            ctx,
            rng,
            kind,
            "individual_builder",
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.6, 2)), bb.evening_person(tz), 3.0, 80.0
        )
        ts = np.concatenate(sess) if sess else np.array([ctx.t0 + DAY])
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=320.0,
            err=0.005,
        )
        pivot = ctx.t0 + float(rng.uniform(1.5, 5.5)) * DAY
        vps = bb.cloud(rng, 1, pick(rng, ("digitalocean", "hetzner", "vultr", "linode")))
        per_hour = float(rng.uniform(1, 5))
        ts2 = bb.thinned(rng, pivot, ctx.t1, per_hour * (ctx.t1 - pivot) / HOUR, bb.constant)
        if len(ts2) == 0:
            ts2 = np.array([pivot + 10 * MINUTE])
        ctx.emit(
            rng,
            a,
            ts2,
            [tx.newsletter_prompt(rng, ctx.passages) for _ in range(len(ts2))],
            models=ctx.models(rng, ts2, p_new=0.7, p_mini=0.2),
            ips=vps[0],
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            comp_median=float(rng.uniform(150, 300)),
            err=0.01,
        )


BENIGN_KINDS = {
    "sozan": sozan,
    "dorukha": dorukha,
    "jaaldar": jaaldar,
    "hashidar": hashidar,
    "palladar": palladar,
    "badaam": badaam,
    "chinar": chinar,
    "naqash": naqash,
    "jamawar": jamawar,
    "kashida": kashida,
}
