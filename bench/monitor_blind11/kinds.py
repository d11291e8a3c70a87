"""Batch 11's hard-negative benign kinds: legitimate heavy or automated customers whose traffic
shares surface features with distillation (templated prompts, grading, agent loops, step-by-step
explanations, bursts after a model release). Each is a generator `(ctx, rng) -> None`.

Written without reading the monitor or the simulator's benign code; see README.md."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind11 import texts as tx
from bench.monitor_blind11.common import Item, emit_items, episodes

# --------------------------------------------------------------------------------------------
# 1. a law firm's associates reviewing contracts through a document add-in


_CLAUSES = ("limitation of liability", "indemnification", "termination for convenience", "change of control",
            "governing law and jurisdiction", "data processing", "non-compete", "force majeure", "assignment",
            "warranties", "payment terms", "intellectual property ownership")
_CONTRACTS = ("master services agreement", "share purchase agreement", "commercial lease", "SaaS subscription agreement",
              "distribution agreement", "employment contract", "joint venture agreement", "loan facility agreement")
_LAWS = ("English", "New York", "German", "Singapore", "Delaware", "French", "Dutch", "Ontario")


def _clause_text(rng: np.random.Generator, kind: str) -> str:
    party_a, party_b = pick(rng, ("the Supplier", "the Seller", "the Landlord", "the Company")), \
        pick(rng, ("the Customer", "the Buyer", "the Tenant", "the Employee"))
    cap = pick(rng, ("the fees paid in the twelve (12) months preceding the claim", f"EUR {irange(rng, 1, 50)},000,000",
                     "one hundred and fifty percent (150%) of the annual contract value"))
    return (f"{irange(rng, 2, 28)}.{irange(rng, 1, 9)} {kind.title()}. Subject to clause {irange(rng, 2, 30)}, "
            f"{party_a}'s aggregate liability to {party_b} arising under or in connection with this Agreement shall "
            f"not exceed {cap}, save that nothing in this Agreement shall limit liability for fraud, death or personal "
            f"injury caused by negligence{tx.maybe(rng, 0.5, ', or breach of clause ' + str(irange(rng, 3, 40)))}.")


def _legal_prompt(rng: np.random.Generator) -> Item:
    kind = pick(rng, _CLAUSES)
    u = rng.random()
    clause = _clause_text(rng, kind)
    extra = irange(rng, 1500, 8000)  # the contract context the add-in attaches
    if u < 0.45:
        return (f"Review the following {kind} clause from a {pick(rng, _CONTRACTS)} governed by {pick(rng, _LAWS)} law. "
                f"We act for {pick(rng, ('the customer', 'the supplier', 'the buyer', 'the tenant'))}. Identify risks "
                f"and propose redlines.\n\n{clause}", float(rng.uniform(450, 900)), extra)
    if u < 0.75:
        return (f"Summarise the attached {pick(rng, _CONTRACTS)} for a partner in no more than 10 bullet points, "
                f"flagging anything unusual in the {kind} provisions.", float(rng.uniform(300, 600)), extra)
    return (f"Compare this clause with our standard position and draft a short email to opposing counsel "
            f"explaining our proposed changes.\n\n{clause}", float(rng.uniform(250, 500)), extra // 2)


def law_firm_contract_review(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "law_firm_contract_review"
    n = irange(rng, 8, 20)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    tz = int(pick(rng, TZS))
    nat = home(rng, irange(rng, 1, 2), tz)
    addin = f"LexAssist-WordAddin/{irange(rng, 2, 4)}.{irange(rng, 0, 9)} (Windows; Office 16)"
    for _ in range(n):
        ts = np.concatenate(session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 5)), workday(tz, 8.0, 19.5, 0.12),
                                          float(rng.uniform(3, 8)), float(rng.uniform(90, 300))) or [np.empty(0)])
        a = ctx.account(rng, label="benign", family=name, role="user", org=org, pay=pay,
                        ua=addin if chance(rng, 0.75) else pick(rng, BROWSERS), ips=nat, tz=tz)
        emit_items(ctx, rng, a, ts, lambda r, _i: _legal_prompt(r), models=ctx.models(rng, ts, 0.5, 0.05),
                   comp_sigma=0.4, err=0.003)


# --------------------------------------------------------------------------------------------
# 2. an ed-tech company grading student essays against rubrics after deadlines


_SUBJECTS = ("History", "English Literature", "Biology", "Economics", "Geography", "Philosophy")


def _essay_prompt(rng: np.random.Generator, ctx: Ctx) -> Item:
    essay = tx.passage(rng, ctx.passages, 600, 2000)
    subj = pick(rng, _SUBJECTS)
    if chance(rng, 0.7):
        return (f"Grade this Year {irange(rng, 8, 12)} {subj} essay against the rubric. Criteria: Thesis (0-4), "
                f"Evidence (0-4), Organisation (0-4), Conventions (0-4). Return JSON with the four scores and two "
                f"sentences of encouraging feedback addressed to the student.\n\nPrompt: "
                f"{tx.topic(rng, ctx.chat, 80)}\n\nEssay:\n{essay}", float(rng.uniform(120, 220)), 0)
    return (f"You are a teaching assistant. The student's answer is below. Give a mark out of "
            f"{pick(rng, (5, 10, 20))} and list at most three concrete improvements.\n\nStudent answer:\n{essay}",
            float(rng.uniform(100, 200)), 0)


def essay_grading_platform(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "essay_grading_platform"
    n = irange(rng, 2, 4)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    for i in range(n):
        tz = int(pick(rng, TZS))
        a = ctx.account(rng, label="benign", family=name, role="service", org=org, pay=pay,
                        ua="OpenAI/Python 1.54.0", ips=cloud(rng, irange(rng, 3, 6), "aws"), tz=tz)
        # deadlines at 23:59 local on some days: a flood of submissions graded by a worker queue
        days = np.arange(np.floor(ctx.t0 / DAY), np.ceil(ctx.t1 / DAY))
        deadlines = [d * DAY + (23.98 - tz) * HOUR for d in days.tolist() if chance(rng, 0.45)]
        parts = [thinned(rng, d, d + float(rng.uniform(1.5, 4)) * HOUR, irange(rng, 120, 500), lambda x: np.ones(len(x)))
                 for d in deadlines]
        parts.append(thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(20, 60)) * 7, evening_person(tz)))  # early birds
        if i == n - 1 and n > 2:  # the staging key: a few small test runs
            parts = [np.concatenate(bursts(rng, thinned(rng, ctx.t0, ctx.t1, 6, workday(tz)), 15, 2.0) or [np.empty(0)])]
        ts = np.concatenate(parts)
        emit_items(ctx, rng, a, ts, lambda r, _i: _essay_prompt(r, ctx), models=ctx.models(rng, ts, 0.15, 0.5),
                   comp_sigma=0.3, err=0.02)


# --------------------------------------------------------------------------------------------
# 3. a developer-tools company running its coding agent's regression suite in CI


def _suite(rng: np.random.Generator, size: int) -> list[str]:
    repos = ("payments-svc", "web-frontend", "infra-terraform", "mobile-app", "data-pipeline")
    return [f"[{pick(rng, repos)}#{irange(rng, 100, 9999)}] {tx.code_task(rng)} Keep changes minimal and run the tests."
            for _ in range(size)]


def _ci_step(rng: np.random.Generator, task: str, step: int) -> Item:
    if step == 0:
        return (f"You are DevPilot, an autonomous coding agent. Tools: read_file, edit_file, bash, run_tests. "
                f"Task: {task}", float(rng.uniform(120, 300)), irange(rng, 1500, 3000))
    obs = pick(rng, ("ok", "1 failed, 41 passed", "FileNotFoundError: src/config.py", "diff applied",
                     "exit status 0", "AssertionError: expected 3, got 2"))
    return f"Tool output:\n{obs}\nContinue.", float(rng.uniform(100, 350)), irange(rng, 1500, 3000) + step * irange(rng, 400, 900)


def agent_ci_regression(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "agent_ci_regression"
    n = irange(rng, 3, 6)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    offices = [int(t) for t in rng.choice(TZS, size=irange(rng, 1, 3), replace=False)]
    suite = _suite(rng, irange(rng, 60, 150))  # the same fixed tasks every run
    prov = pick(rng, ("gcp", "aws", "azure"))
    for _ in range(n):
        runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 7, multi_office(offices))
        ts_list, plan = [], []
        for r0 in runs.tolist():
            chosen = rng.choice(len(suite), size=min(len(suite), irange(rng, 8, 20)), replace=False).tolist()
            starts = r0 + rng.uniform(0, 120, size=len(chosen))
            runner = cloud(rng, 1, prov)[0]  # one ephemeral CI VM per pipeline run
            for task_i, ep in zip(chosen, episodes(rng, starts, 3, 8, 5.0, 0.6, ctx.t1), strict=True):
                ts_list.append(ep)
                plan.extend((suite[task_i], j, runner) for j in range(len(ep)))
        ts = np.concatenate(ts_list or [np.empty(0)])
        order = np.argsort(ts, kind="stable")
        ts, plan = ts[order], [plan[j] for j in order.tolist()]
        a = ctx.account(rng, label="benign", family=name, role="service", org=org, pay=pay,
                        ua=pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.63.2")), ips=cloud(rng, 1, prov))
        ips = [p[2] for p in plan] if len(ts) else None
        emit_items(ctx, rng, a, ts, lambda r, i, plan=plan: _ci_step(r, plan[i][0], plan[i][1]), models=ctx.models(rng, ts, 0.6, 0.1),
                   ips=ips, comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# 4. an e-commerce marketplace localising its catalogue overnight


_PRODUCTS = ("stainless steel water bottle", "wireless earbuds", "yoga mat", "espresso grinder", "children's raincoat",
             "LED desk lamp", "hiking backpack", "ceramic frying pan", "phone case", "mechanical keyboard",
             "linen bed sheets", "running shoes", "air purifier", "electric toothbrush", "garden hose")
_CAT_LANGS = ("de", "fr", "es", "it", "pl", "pt", "tr", "ja", "ko", "ar", "id", "vi")


def _catalog_prompt(rng: np.random.Generator, langs: list[str], brand: str) -> Item:
    prod = pick(rng, _PRODUCTS)
    lang = tx.LANG_NAMES[pick(rng, langs)]
    attrs = f"{irange(rng, 1, 5)} colours, {pick(rng, ('BPA-free', 'waterproof', 'recycled materials', 'USB-C'))}, " \
            f"SKU {brand[:3].upper()}-{irange(rng, 10000, 99999)}"
    if chance(rng, 0.6):
        return (f"Write a product description for: {prod} ({attrs}). Language: {lang}. Brand voice: {brand} "
                f"(friendly, concise). Max 120 words, then 3 bullet points.", float(rng.uniform(160, 260)), 0)
    return (f"Translate the following product title and description into {lang}. Keep units and SKU codes, do not "
            f"translate the brand name {brand}.\n\n{prod.title()} - {attrs}. Designed for everyday use.",
            float(rng.uniform(80, 160)), 0)


def catalog_localisation_batch(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "catalog_localisation_batch"
    n = irange(rng, 1, 3)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    tz = int(pick(rng, TZS))
    brand = pick(rng, ("Nordhaven", "Kiboshop", "Marisol", "Tenkai", "Vantaggio"))
    langs = [str(x) for x in rng.choice(_CAT_LANGS, size=irange(rng, 5, 10), replace=False)]
    ips = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure", "hetzner")))
    for _ in range(n):
        per_night = irange(rng, 250, 800)
        ts = thinned(rng, ctx.t0, ctx.t1, per_night * 7, nightly(float(rng.uniform(0.5, 2.5)), 3.5, tz))
        a = ctx.account(rng, label="benign", family=name, role="service", org=org, pay=pay,
                        ua=pick(rng, ("python-requests/2.32.3", "Apache-HttpClient/5.4.1 (Java/21.0.5)")), ips=ips, tz=tz)
        emit_items(ctx, rng, a, ts, lambda r, _i: _catalog_prompt(r, langs, brand),
                   models=ctx.models(rng, ts, 0.0, 0.7), comp_sigma=0.3, err=0.01)


# --------------------------------------------------------------------------------------------
# 5. a homework-help app relaying students' questions ("explain step by step")


_TYPOS = (("the", "teh"), ("probability", "probablity"), ("triangle", "triangel"), (" is ", " si "), ("find", "fnd"))


def _homework_prompt(rng: np.random.Generator, ctx: Ctx) -> Item:
    q = tx.math_problem(rng, "en") if chance(rng, 0.75) else tx.clip_words(pick(rng, ctx.chat), 300)
    if chance(rng, 0.3):
        a, b = pick(rng, _TYPOS)
        q = q.lower().replace(a, b, 1)
    if chance(rng, 0.2):
        q = f"[photo OCR] {q}"
    grade = irange(rng, 6, 12)
    return (f"Student (grade {grade}) asks:\n{q}\n\nExplain step by step so the student understands, show all work, and "
            f"finish with the final answer. Do not just give the answer. Be encouraging.", float(rng.uniform(400, 800)), 60)


def homework_help_app(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "homework_help_app"
    n = irange(rng, 2, 5)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    market_tz = int(pick(rng, (-5, -3, 1, 5)))
    for _ in range(n):
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(150, 400)) * 7, evening_person(market_tz, 2.8))
        a = ctx.account(rng, label="benign", family=name, role="service", org=org, pay=pay,
                        ua="OpenAI/NodeJS 4.67.1", ips=cloud(rng, irange(rng, 2, 4), "aws"), tz=market_tz)
        emit_items(ctx, rng, a, ts, lambda r, _i: _homework_prompt(r, ctx), models=ctx.models(rng, ts, 0.3, 0.6),
                   comp_sigma=0.4, err=0.01)


# --------------------------------------------------------------------------------------------
# 6. an evaluation start-up benchmarking the new model on release day (fixed item bank, repeated)


def release_benchmark_eval(ctx: Ctx, rng: np.random.Generator) -> None:
    name = "release_benchmark_eval"
    n = irange(rng, 1, 3)
    org, pay = f"org_{int(rng.integers(0, 2**48)):012x}", f"pay_{int(rng.integers(0, 2**48)):012x}"
    bank = []
    for _ in range(irange(rng, 300, 700)):
        stem, opts = tx.mc_item(rng, ctx.chat)
        body = stem + "\n" + "\n".join(f"{'ABCD'[j]}) {o}" for j, o in enumerate(opts))
        bank.append(f"Answer the following multiple choice question. The last line of your response should be of the "
                    f"form 'ANSWER: $LETTER' where LETTER is one of ABCD. Think step by step before answering.\n\n{body}")
    ips = cloud(rng, irange(rng, 1, 3), "gcp")
    for _ in range(n):
        a = ctx.account(rng, label="benign", family=name, role="service", org=org, pay=pay,
                        ua=pick(rng, ("python-httpx/0.28.1", "inspect_ai/0.3.58 httpx/0.28.1")), ips=ips)
        # baseline runs on the old models before release, then repeated runs on the new one
        runs = [(float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)), ctx.old_models[0]),
                (float(rng.uniform(ctx.t0, ctx.release - 6 * HOUR)), ctx.old_models[-1])]
        runs += [(ctx.release + float(rng.uniform(0.5, 30)) * HOUR, ctx.new_model) for _ in range(irange(rng, 2, 4))]
        for start, model in runs:
            items = rng.choice(len(bank), size=min(len(bank), irange(rng, 200, 600)), replace=False).tolist()
            ts = start + np.sort(rng.uniform(0, len(items) / float(rng.uniform(0.5, 2.0)), size=len(items)))
            emit_items(ctx, rng, a, ts, lambda r, i, items=items: (bank[items[i]], float(r.uniform(150, 400)), 0),
                       models=model, comp_sigma=0.5, err=0.02)


BENIGN_KINDS = {
    "law_firm_contract_review": law_firm_contract_review,
    "essay_grading_platform": essay_grading_platform,
    "agent_ci_regression": agent_ci_regression,
    "catalog_localisation_batch": catalog_localisation_batch,
    "homework_help_app": homework_help_app,
    "release_benchmark_eval": release_benchmark_eval,
}
