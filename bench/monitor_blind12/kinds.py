"""Hard-negative benign kinds of batch 12: legitimate businesses whose heavy or automated use
looks, to a naive detector, like distillation. Each is a generator `(ctx, rng) -> None` that
creates accounts labelled "benign" with the kind as their family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind12 import texts

LABEL = "benign"


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def law_firm_doc_review(ctx: Ctx, rng: np.random.Generator) -> None:
    """A law firm's e-discovery team: long documents in, summaries/classifications out, office
    hours, mostly through the firm's review platform server, some from browsers in the office."""
    kind = "law_firm_doc_review"
    tz = pick(rng, (-5, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = resi(rng, irange(rng, 2, 4), "us" if tz == -5 else "eu")
    server = cloud(rng, irange(rng, 1, 2), "azure")
    curve = workday(tz, start=8.0, end=19.0, weekend=0.1)
    for _ in range(irange(rng, 15, 40)):
        via_platform = chance(rng, 0.7)
        a = ctx.account(rng, label=LABEL, family=kind, role="reviewer", org=org, pay=pay,
                        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)" if via_platform else pick(rng, BROWSERS),
                        ips=server if via_platform else office, tz=tz)
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), curve,
                                   float(rng.uniform(6, 15)), float(rng.uniform(40, 120))))
        prompts, comps = [], []
        for _ in range(len(ts)):
            doc = texts.excerpt(rng, ctx.passages, 200, 700)
            style = irange(rng, 0, 3)
            if style == 0:
                prompts.append(f"Summarize the following document excerpt for a litigation hold memo:\n\n{doc}")
                comps.append(300.0)
            elif style == 1:
                prompts.append(f"Is the following communication likely protected by attorney-client privilege? "
                               f"Answer PRIVILEGED or NOT PRIVILEGED and give a one-line reason.\n\n{doc}")
                comps.append(30.0)
            elif style == 2:
                prompts.append(f"Extract all parties, dates and monetary amounts from this text as JSON.\n{doc}")
                comps.append(150.0)
            else:
                prompts.append(f"Draft an outline of deposition questions based on these facts:\n{doc}")
                comps.append(700.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.1), comp_median=np.asarray(comps),
                 comp_sigma=0.5, extra=rng.integers(1000, 6000, size=len(ts)), err=0.005)


def edtech_question_bank(ctx: Ctx, rng: np.random.Generator) -> None:
    """An education publisher generating quiz banks and worked solutions in a nightly batch."""
    kind = "edtech_question_bank"
    tz = pick(rng, (-5, 1, 5))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    window = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 5)), tz)
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(rng, label=LABEL, family=kind, role="batch_job", org=org, pay=pay,
                        ua="python-requests/2.32.3", ips=cloud(rng, irange(rng, 1, 2), "aws"), tz=tz)
        per_night = float(rng.uniform(150, 350))
        ts = thinned(rng, ctx.t0, ctx.t1, per_night * (ctx.t1 - ctx.t0) / DAY, window)
        prompts = []
        for _ in range(len(ts)):
            grade = irange(rng, 3, 12)
            concept = pick(rng, ("fractions", "photosynthesis", "the French Revolution", "chemical bonding",
                                 "linear equations", "the water cycle", "Newton's laws", "poetry analysis",
                                 "cell division", "probability", "map reading", "persuasive writing"))
            style = irange(rng, 0, 3)
            if style == 0:
                prompts.append(f"Generate 10 multiple-choice questions with answer key about {concept} for grade "
                               f"{grade}. Format: Q, four options A-D, Answer.")
            elif style == 1:
                prompts.append(f"Create 5 short-answer questions and model answers on {concept} (grade {grade}).")
            elif style == 2:
                prompts.append(f"Write a worked example with a step-by-step solution suitable for grade {grade}:\n"
                               f"{texts.stem_problem(rng)}")
            else:
                prompts.append(f"Genera 8 preguntas de opción múltiple sobre {concept} para el grado {grade}, "
                               f"con la respuesta correcta marcada.")
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.05), comp_median=float(rng.uniform(600, 1100)),
                 comp_sigma=0.35, err=0.01)


def eval_vendor_release_sweep(ctx: Ctx, rng: np.random.Generator) -> None:
    """A third-party benchmarking company: small nightly regression runs on the old model, then a
    large evaluation sweep of the new model right after its release (chain-of-thought and
    multiple-choice benchmarks)."""
    kind = "eval_vendor_release_sweep"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    topics = texts.short_topics(ctx.chat)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    for _ in range(irange(rng, 3, 6)):
        a = ctx.account(rng, label=LABEL, family=kind, role="eval_runner", org=org, pay=pay, ua=ua,
                        ips=cloud(rng, 1, "gcp"))
        days = np.arange(np.floor(ctx.t0 / DAY), np.ceil(ctx.t1 / DAY)) * DAY + float(rng.uniform(1, 4)) * HOUR
        pre = [x for x in days.tolist() if x < ctx.release]
        small = bursts(rng, np.asarray(pre), float(rng.uniform(80, 150)), float(rng.uniform(0.8, 2.0)))
        sweep_starts = ctx.release + np.sort(rng.uniform(0.2, 36, size=irange(rng, 2, 4))) * HOUR
        big = bursts(rng, sweep_starts, float(rng.uniform(400, 900)), float(rng.uniform(0.8, 2.0)))
        ts = _concat(small + big)
        prompts, comps, extra = [], [], []
        for _ in range(len(ts)):
            style = irange(rng, 0, 2)
            if style == 0:
                prompts.append(f"Q: {texts.stem_problem(rng)}\nA: Let's think step by step.")
                comps.append(500.0)
                extra.append(0)
            elif style == 1:
                prompts.append(f"The following is a multiple choice question. Answer with the letter only.\n\n"
                               f"{pick(rng, topics)}\nA) yes\nB) no\nC) it depends\nD) none of the above\nAnswer:")
                comps.append(4.0)
                extra.append(irange(rng, 300, 1200))
            else:
                prompts.append(pick(rng, topics))
                comps.append(300.0)
                extra.append(0)
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comps), comp_sigma=0.5,
                 extra=np.asarray(extra), err=0.03)


def ticket_translation_saas(ctx: Ctx, rng: np.random.Generator) -> None:
    """A customer-support SaaS translating tickets for its tenants, around the clock: many short
    requests from a few cloud servers, output length tracking the input."""
    kind = "ticket_translation_saas"
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(irange(rng, 1, 2))]
    servers = cloud(rng, irange(rng, 2, 4), "aws")
    load = global_load(float(rng.uniform(10, 16)), float(rng.uniform(0.4, 0.7)))
    langs = ("English", "German", "Japanese", "Portuguese", "French", "Korean", "Spanish", "Arabic")
    for _ in range(irange(rng, 4, 10)):
        org, pay = pick(rng, orgs)
        a = ctx.account(rng, label=LABEL, family=kind, role="tenant_key", org=org, pay=pay, ua="Go-http-client/2.0",
                        ips=servers)
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(4, 10)) * (ctx.t1 - ctx.t0) / HOUR, load)
        prompts, comps = [], []
        for _ in range(len(ts)):
            msg = pick(rng, ctx.chat)[:600]
            style = irange(rng, 0, 2)
            if style == 0:
                prompts.append(f"Translate the following customer message into {pick(rng, langs)}. Keep placeholders "
                               f"like {{{{order_id}}}} intact. Output only the translation.\n\n{msg}")
            elif style == 1:
                prompts.append(f"Detect the language of this support ticket and translate it to English:\n{msg}")
            else:
                prompts.append(f'{{"task":"translate","target":"{pick(rng, langs)}","text":{msg[:300]!r}}}')
            comps.append(max(20.0, len(msg) / 3.5))
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.2, p_mini=0.5),
                 comp_median=np.asarray(comps), comp_sigma=0.3, err=0.01)


def annotation_vendor_staff(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-labelling company's human annotators working from home on one corporate account
    plan: comparing responses, writing reference answers, improving drafts, in office hours."""
    kind = "annotation_vendor_staff"
    tz = pick(rng, (5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    topics = texts.short_topics(ctx.chat)
    curve = workday(tz, start=9.0, end=18.0, weekend=0.05)
    for _ in range(irange(rng, 20, 50)):
        a = ctx.account(rng, label=LABEL, family=kind, role="annotator", org=org, pay=pay, ua=pick(rng, BROWSERS),
                        ips=home(rng, irange(rng, 1, 2), tz), tz=tz)
        ts = _concat(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 3.0)), curve,
                                   float(rng.uniform(4, 10)), float(rng.uniform(60, 200))))
        prompts, comps = [], []
        for _ in range(len(ts)):
            q = pick(rng, topics)
            style = irange(rng, 0, 2)
            if style == 0:
                prompts.append(f"which of these two answers is more helpful and why?\nquestion: {q}\n\n1) "
                               f"{texts.excerpt(rng, ctx.passages, 200, 600)}\n\n2) "
                               f"{texts.excerpt(rng, ctx.passages, 200, 600)}")
                comps.append(150.0)
            elif style == 1:
                prompts.append(f"improve this response so it is clearer and more accurate: "
                               f"{texts.excerpt(rng, ctx.passages, 200, 800)}")
                comps.append(400.0)
            else:
                prompts.append(f"write a high quality reference answer to: {q}")
                comps.append(500.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.3), comp_median=np.asarray(comps),
                 comp_sigma=0.6, err=0.005)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "law_firm_doc_review": law_firm_doc_review,
    "edtech_question_bank": edtech_question_bank,
    "eval_vendor_release_sweep": eval_vendor_release_sweep,
    "ticket_translation_saas": ticket_translation_saas,
    "annotation_vendor_staff": annotation_vendor_staff,
}
