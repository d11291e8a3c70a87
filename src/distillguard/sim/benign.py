"""Benign population: ordinary users and hard negatives.

Hard negatives are legitimate customers that resemble a campaign on one or two axes: corporate
NAT groups (many accounts, one IP, one card), heavy coding API users (volume, capability
focus), nightly batch jobs (templated, regular cadence), a tutoring platform (step-by-step
explanations from a school NAT), an LLM-evaluation harness (benchmark questions, "think step by
step", cloud IPs, high volume), a data-labelling / LLM-as-judge customer (rubric grading at
volume), a localisation service (translation at volume), a 24/7 support bot (templated frame,
around the clock, cloud IPs) and a research lab (many accounts in one org sharing a card).

Kinds are registered in `BENIGN_KINDS`; `register_benign_kind(name, spec)` adds one from
outside `sim/` (its `generate(ctx, rng, n_accounts)` emits `n_accounts` accounts through
`SimContext.add_account`, truth label "benign", role and family set by it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.sim import ipspace
from distillguard.sim.builder import EventBuilder
from distillguard.sim.config import SimConfig
from distillguard.sim.context import SimContext
from distillguard.sim.population import (
    BROWSER_UAS,
    COMMON_UA_WEIGHTS,
    COMMON_UAS,
    TIMEZONES,
    diurnal_session_times,
    hex_id,
    model_choice,
)
from distillguard.sim.prompts import _WORDS, batch_frame

_CODE_RE = re.compile(r"\b(code|python|function|javascript|sql|class|error|bug|api)\b", re.I)


class BenignPrompts:
    """ShareGPT prompts of the "sim" half interned once (the "reference" half is reserved for
    the monitor's benign reference); a coding subset for heavy API users."""

    def __init__(self, b: EventBuilder) -> None:
        from distillguard.data.sharegpt import answers, prompts

        self.texts = prompts(part="sim")
        self.ids = b.dicts["prompt"].ids(self.texts)
        self.coding_ids = self.ids[[bool(_CODE_RE.search(t)) for t in self.texts]]
        self.snippets = [a[:400] for a in answers(3000)]

    def sample(self, rng: np.random.Generator, n: int, coding: bool = False) -> np.ndarray:
        pool = self.coding_ids if coding else self.ids
        return pool[rng.integers(0, len(pool), size=n)]

    def sample_texts(self, rng: np.random.Generator, n: int, max_chars: int = 800) -> list[str]:
        return [self.texts[i][:max_chars] for i in rng.integers(0, len(self.texts), size=n).tolist()]


@dataclass(frozen=True)
class BenignKindSpec:
    """A benign account kind. `generate(ctx, rng, n)` emits `n` accounts (None: built in to
    `add_benign`'s main loop)."""

    description: str
    role: str
    default_fraction: float
    generate: Callable[[SimContext, np.random.Generator, int], None] | None = None


def _ua(rng: np.random.Generator) -> str:
    return str(rng.choice(COMMON_UAS, p=COMMON_UA_WEIGHTS / COMMON_UA_WEIGHTS.sum()))


def _truth(role: str, family: str) -> dict:
    return {"label": "benign", "campaign_id": None, "role": role, "family": family}


def _models(ctx: SimContext, rng: np.random.Generator, ts: np.ndarray, share: float = 0.7) -> np.ndarray:
    adopt = ctx.release + rng.exponential(2.0 * 86400.0) if rng.random() < 0.5 else np.inf
    return model_choice(rng, ts, adopt, ctx.old_ids, ctx.new_id, share)


def _groups(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[int]:
    sizes = []
    while n > 0:
        s = int(min(n, rng.integers(lo, hi + 1)))
        sizes.append(s)
        n -= s
    return sizes


# --- tutoring platform ------------------------------------------------------------------------
_SUBJECT_Q = [
    "How do I solve {a}x + {b} = {c}? Please explain each step.",
    "Can you explain step by step why the derivative of x^{a} is {a}x^{k}?",
    "I don't get photosynthesis. Explain it like I'm in grade {k}.",
    "Walk me through balancing this equation: C{a}H{b} + O2 -> CO2 + H2O",
    "What caused World War {k2}? Give me the main steps leading to it.",
    "Help me understand how to find the area of a triangle with base {a} and height {b}.",
    "Explain how to factor x^2 + {a}x + {c} step by step, I have a test tomorrow.",
    "Can you check my essay intro about {topic} and explain what to improve?",
]
_TOPICS = ["climate change", "the French Revolution", "Romeo and Juliet", "social media", "volcanoes"]


def _tutoring(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    org = hex_id(rng, "org")  # the platform's organisation, billed on one card
    card = hex_id(rng, "pay")
    for size in _groups(rng, n, 8, 40):  # one school per group, behind its NAT
        tz = int(rng.choice(TIMEZONES))
        ip = ipspace.residential_ips_for_tz(rng, 1, tz)[0]
        for _ in range(size):
            count = int(np.clip(rng.lognormal(np.log(30), 0.8), 3, 400))
            ts = ctx.t0 + diurnal_session_times(rng, count, tz, ctx.cfg.days, 8.0, 60.0)
            forms = rng.integers(0, len(_SUBJECT_Q), size=count).tolist()
            nums = rng.integers(2, 30, size=(count, 3)).tolist()
            texts = [
                _SUBJECT_Q[f].format(a=a, b=b, c=c, k=max(1, a - 1), k2=1 + a % 2, topic=_TOPICS[c % 5])
                for f, (a, b, c) in zip(forms, nums, strict=True)
            ]
            mix = rng.random(count) < 0.3  # some ordinary homework-help prompts too
            prompts = np.where(mix, ctx.benign_prompts.sample(rng, count), ctx.b.dicts["prompt"].ids(texts))
            ctx.add_account(rng, hex_id(rng, "acct"), ts, org=org, ip=ip, user_agent=str(rng.choice(BROWSER_UAS)),
                            payment=card, model=_models(ctx, rng, ts), prompt=prompts,
                            truth=_truth("student", "tutoring_platform"))


# --- evaluation harness ------------------------------------------------------------------------
_MC_STEMS = [
    "Which of the following best describes {x}?",
    "A patient presents with {x}. What is the most likely diagnosis?",
    "Which statement about {x} is correct?",
    "What is the primary function of {x}?",
]
_MC_X = ["mitochondria", "the Treaty of Westphalia", "a Nash equilibrium", "TCP slow start", "the Krebs cycle",
         "fever and a stiff neck", "monetary policy", "a hash table", "the Fourth Amendment", "entropy"]


def _benchmark_items(rng: np.random.Generator, n: int, cot: bool) -> list[str]:
    out = []
    for s, x, a, b, c in zip(*(rng.integers(0, k, size=n).tolist() for k in (len(_MC_STEMS), len(_MC_X), 90, 90, 9)), strict=True):
        if (a + b) % 3 == 0:
            q = f"Question: A store sells pens at ${c + 1} each. Sam buys {a + 2} pens and pays with ${(a + 2) * (c + 1) + b}. How much change does Sam get?"
        else:
            q = (f"Question: {_MC_STEMS[s].format(x=_MC_X[x])}\nA. option {a}\nB. option {b}\nC. option {a + b}\n"
                 f"D. none of the above\nAnswer:")
        out.append(q + (" Let's think step by step." if cot else ""))
    return out


def _eval_harness(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    for size in _groups(rng, n, 1, 3):  # one organisation's harness, a few API keys
        org, card = hex_id(rng, "org"), hex_id(rng, "pay")
        ips = ipspace.cloud_ips(rng, int(rng.integers(1, 4)))
        cot = bool(rng.random() < 0.6)
        suite = ctx.b.dicts["prompt"].ids(_benchmark_items(rng, int(rng.integers(300, 1500)), cot))
        for _ in range(size):
            runs = int(rng.integers(1, 5))
            ts_parts, prompt_parts = [], []
            for _ in range(runs):  # each run: the suite (or a slice) at a concurrency-limited pace
                k = int(rng.integers(len(suite) // 3, len(suite) + 1))
                start = ctx.t0 + rng.uniform(0, ctx.cfg.days * 86400.0 - 7200.0)
                ts_parts.append(start + np.cumsum(rng.exponential(rng.uniform(0.5, 3.0), size=k)))
                prompt_parts.append(suite[:k])
            ts = np.concatenate(ts_parts)
            keep = ts < ctx.t_end
            model = np.full(len(ts), ctx.old_ids[0]) if rng.random() < 0.5 else _models(ctx, rng, ts, 0.9)
            ctx.add_account(rng, hex_id(rng, "acct"), ts[keep], org=org, ip=ctx.b.dicts["ip"].ids(ips)[rng.integers(0, len(ips), int(keep.sum()))],
                            user_agent="OpenAI/Python 1.54.0", payment=card, model=model[keep],
                            prompt=np.concatenate(prompt_parts)[keep], completion_median=200.0,
                            truth=_truth("eval_harness", "eval_harness"))


# --- data-labelling / LLM-as-judge ------------------------------------------------------------
_RUBRICS = [
    "Rate the assistant reply for correctness and tone (1-5). Reply with the number and one reason.",
    "You are an annotator. Is the reply helpful? Answer yes/no and give a short justification.",
    "Score this support answer against our QA checklist (greeting, accuracy, resolution) in JSON.",
]


def _judge(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    for size in _groups(rng, n, 1, 4):
        org, card = hex_id(rng, "org"), hex_id(rng, "pay")
        ips = ctx.b.dicts["ip"].ids(ipspace.cloud_ips(rng, int(rng.integers(1, 3))))
        rubric = _RUBRICS[int(rng.integers(len(_RUBRICS)))]
        tz = int(rng.choice(TIMEZONES))
        for _ in range(size):
            count = int(rng.integers(400, 2500))
            ts = ctx.t0 + diurnal_session_times(rng, count, tz, ctx.cfg.days, 200.0, 4.0)
            qs = ctx.benign_prompts.sample_texts(rng, count, 400)
            ans = [ctx.benign_prompts.snippets[i] for i in rng.integers(0, len(ctx.benign_prompts.snippets), count).tolist()]
            texts = [f"{rubric}\n\nUser message: {q}\n\nAssistant reply: {a}" for q, a in zip(qs, ans, strict=True)]
            ctx.add_account(rng, hex_id(rng, "acct"), ts, org=org, ip=ips[rng.integers(0, len(ips), count)],
                            user_agent=_ua(rng), payment=card, model=_models(ctx, rng, ts), prompt=texts,
                            completion_median=60.0, truth=_truth("labeller", "judge_labelling"))


# --- localisation service ---------------------------------------------------------------------
_UI_STRINGS = ["Your order has shipped", "Reset your password", "Add to cart", "Free returns within 30 days",
               "Your subscription renews on {d}", "Welcome back, {name}!", "Payment failed, try another card",
               "New: dark mode is here", "Limited offer: {p}% off"]
_LOCALES = ["de-DE", "fr-FR", "ja-JP", "ko-KR", "pt-BR", "es-MX", "it-IT", "zh-CN", "pl-PL", "tr-TR"]


def _localisation(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    for size in _groups(rng, n, 1, 3):
        org, card = hex_id(rng, "org"), hex_id(rng, "pay")
        ips = ctx.b.dicts["ip"].ids(ipspace.cloud_ips(rng, 2))
        brand = " ".join(str(w).capitalize() for w in rng.choice(_WORDS, 2, replace=False))
        tz = int(rng.choice(TIMEZONES))
        for _ in range(size):
            count = int(rng.integers(300, 1500))
            ts = ctx.t0 + diurnal_session_times(rng, count, tz, ctx.cfg.days, 120.0, 6.0)
            long_text = rng.random(count) < 0.3
            docs = ctx.benign_prompts.snippets
            texts = []
            for lt, s, loc, k in zip(long_text.tolist(), *(rng.integers(0, m, count).tolist() for m in (len(_UI_STRINGS), len(_LOCALES), 99)), strict=True):
                src = docs[k * 7 % len(docs)] if lt else _UI_STRINGS[s].format(d=f"{k % 28 + 1}/0{k % 9 + 1}", name="Alex", p=k)
                texts.append(f"[{brand} l10n] Translate to {_LOCALES[loc]}. Keep placeholders and tone of voice.\n{src}")
            ctx.add_account(rng, hex_id(rng, "acct"), ts, org=org, ip=ips[rng.integers(0, 2, count)], user_agent=_ua(rng),
                            payment=card, model=_models(ctx, rng, ts), prompt=texts, completion_median=120.0,
                            truth=_truth("translator", "localisation_service"))


# --- 24/7 support bot -------------------------------------------------------------------------
def _support_bot(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    for _ in range(n):
        company = " ".join(str(w).capitalize() for w in rng.choice(_WORDS, 2, replace=False))
        frame = (f"You are the customer support assistant for {company}. Be friendly, follow the refund "
                 f"policy (30 days), never share internal notes. Ticket #{{t}}.\nCustomer: {{q}}")
        count = int(rng.integers(500, 2500))
        # around the clock: Poisson arrivals, rate modulated by the customers' daytime
        ts = np.sort(rng.uniform(ctx.t0, ctx.t_end, size=count * 2))
        hour = np.mod(ts / 3600.0 + int(rng.choice(TIMEZONES)), 24.0)
        keep = rng.random(len(ts)) < 0.35 + 0.3 * np.cos((hour - 14.0) / 24.0 * 2 * np.pi)
        ts = ts[keep][:count]
        texts = [frame.format(t=int(t), q=q) for t, q in zip(rng.integers(10**5, 10**6, len(ts)).tolist(),
                                                           ctx.benign_prompts.sample_texts(rng, len(ts), 500), strict=True)]
        ips = ctx.b.dicts["ip"].ids(ipspace.cloud_ips(rng, int(rng.integers(1, 4))))
        ctx.add_account(rng, hex_id(rng, "acct"), ts, org=hex_id(rng, "org"), ip=ips[rng.integers(0, len(ips), len(ts))],
                        user_agent="OpenAI/NodeJS 4.67.1", payment=hex_id(rng, "pay"), model=_models(ctx, rng, ts, 0.5),
                        prompt=texts, completion_median=180.0, truth=_truth("support_bot", "support_bot"))


# --- research lab -----------------------------------------------------------------------------
_RESEARCH = [
    "Paraphrase this sentence in 5 different ways for a robustness study: {q}",
    "Think step by step and solve: {q}",
    "Summarise the related work on {t} in one paragraph.",
    "Write Python to compute bootstrap confidence intervals for {t}.",
]
_RTOPICS = ["in-context learning", "protein folding", "causal inference", "RLHF", "graph neural networks"]


def _research_lab(ctx: SimContext, rng: np.random.Generator, n: int) -> None:
    for size in _groups(rng, n, 5, 30):
        org, card = hex_id(rng, "org"), hex_id(rng, "pay")
        tz = int(rng.choice(TIMEZONES))
        ips = ctx.b.dicts["ip"].ids(ipspace.residential_ips_for_tz(rng, int(rng.integers(2, 6)), tz))
        for _ in range(size):
            count = int(np.clip(rng.lognormal(np.log(60), 1.0), 5, 3000))
            ts = ctx.t0 + diurnal_session_times(rng, count, tz, ctx.cfg.days, 15.0, 40.0)
            qs = ctx.benign_prompts.sample_texts(rng, count, 300)
            forms = rng.integers(0, len(_RESEARCH), count).tolist()
            texts = [_RESEARCH[f].format(q=q, t=_RTOPICS[i % 5]) for i, (f, q) in enumerate(zip(forms, qs, strict=True))]
            mix = rng.random(count) < 0.6
            prompts = np.where(mix, ctx.benign_prompts.sample(rng, count), ctx.b.dicts["prompt"].ids(texts))
            ctx.add_account(rng, hex_id(rng, "acct"), ts, org=org, ip=ips[rng.integers(0, len(ips), count)], user_agent=_ua(rng),
                            payment=card, model=_models(ctx, rng, ts, 0.8), prompt=prompts,
                            truth=_truth("lab_member", "research_lab"))


BENIGN_KINDS: dict[str, BenignKindSpec] = {
    "ordinary_user": BenignKindSpec("ShareGPT prompts in bursty daytime sessions from home ISPs", "user", 0.0),
    "corporate_nat": BenignKindSpec("ordinary users behind a company NAT: one IP, one UA, often one card "
                                    "(fraction: nat_fraction)", "nat_member", 0.15),
    "heavy_coding_api": BenignKindSpec("1,500-4,000 coding requests via the SDK (heavy_user_fraction)", "heavy_api_user", 0.01),
    "nightly_batch": BenignKindSpec("templated frame over documents every 20 s at night (batch_job_fraction)", "batch_job", 0.01),
    "tutoring_platform": BenignKindSpec("students asking for step-by-step explanations; one platform org and "
                                        "card, schools behind NAT IPs", "student", 0.02, _tutoring),
    "eval_harness": BenignKindSpec("benchmark runs (multiple choice / word problems, often 'think step by step'), "
                                   "cloud IPs, one org", "eval_harness", 0.004, _eval_harness),
    "judge_labelling": BenignKindSpec("data-labelling customer using the model as a judge at volume", "labeller", 0.004, _judge),
    "localisation_service": BenignKindSpec("UI strings and documents translated into 10 locales", "translator", 0.004,
                                           _localisation),
    "support_bot": BenignKindSpec("24/7 customer-support bot: fixed frame + customer text, cloud IPs", "support_bot",
                                  0.004, _support_bot),
    "research_lab": BenignKindSpec("many accounts in one org sharing a card; paraphrasing, CoT experiments",
                                   "lab_member", 0.015, _research_lab),
}
_BUILTIN_FIELDS = {"corporate_nat": "nat_fraction", "heavy_coding_api": "heavy_user_fraction",
                   "nightly_batch": "batch_job_fraction"}


def register_benign_kind(name: str, spec: BenignKindSpec, *, replace: bool = False) -> None:
    """Add a benign kind; its accounts appear when `SimConfig.benign_kinds` names it (or by its
    `default_fraction` when `benign_kinds` is None)."""
    if spec.generate is None:
        raise DistillguardError(f"benign kind {name!r} needs a generate function")
    if name in BENIGN_KINDS and not replace:
        raise DistillguardError(f"benign kind {name!r} already exists")
    BENIGN_KINDS[name] = spec


def unregister_benign_kind(name: str) -> None:
    if name in BENIGN_KINDS and BENIGN_KINDS[name].generate is not None and name not in _DEFAULT_KINDS:
        del BENIGN_KINDS[name]


_DEFAULT_KINDS = frozenset(BENIGN_KINDS)


def check_kinds(kinds: dict[str, float]) -> None:
    unknown = [k for k in kinds if k not in BENIGN_KINDS or k == "ordinary_user"]
    if unknown:
        valid = ", ".join(k for k in BENIGN_KINDS if k != "ordinary_user")
        raise DistillguardError(f"unknown benign kinds {unknown} (valid: {valid})")
    if any(not 0 <= float(v) <= 1 for v in kinds.values()):
        raise DistillguardError("benign kind fractions must lie in [0, 1]")


def _fractions(cfg: SimConfig) -> dict[str, float]:
    out = {k: float(getattr(cfg, f)) for k, f in _BUILTIN_FIELDS.items()}
    out |= {k: s.default_fraction for k, s in BENIGN_KINDS.items() if s.generate is not None}
    out |= dict(cfg.benign_kinds or {})
    return out


def add_benign(
    b: EventBuilder, rng: np.random.Generator, cfg: SimConfig, t0: float, truth: dict,
    ctx: SimContext | None = None,
) -> None:
    """All benign accounts of the simulation, with role and family recorded in `truth`."""
    if cfg.benign_accounts == 0:
        return
    ctx = ctx or SimContext(b, cfg, t0, truth)
    fractions = _fractions(cfg)
    n = cfg.benign_accounts
    special = {}
    for kind, spec in BENIGN_KINDS.items():
        if spec.generate is None or fractions.get(kind, 0.0) <= 0:
            continue
        k = int(round(n * fractions[kind]))
        special[kind] = max(1, k) if n >= 50 else k
    while sum(special.values()) > n // 2:  # never more than half the population
        big = max(special, key=special.get)
        special[big] //= 2
    n_main = n - sum(special.values())
    _add_main(ctx, rng, n_main, fractions)
    for kind, k in special.items():
        if k:
            BENIGN_KINDS[kind].generate(ctx, np.random.default_rng([cfg.seed, 1, len(kind), k, sum(map(ord, kind))]), k)


def _add_main(ctx: SimContext, rng: np.random.Generator, n: int, fractions: dict[str, float]) -> None:
    """Ordinary users, corporate NAT members, heavy coding API users and nightly batch jobs."""
    cfg, b = ctx.cfg, ctx.b
    pool = ctx.benign_prompts
    roles = np.array(["user"] * n, dtype=object)
    n_heavy = int(round(n * fractions["heavy_coding_api"]))
    n_batch = int(round(n * fractions["nightly_batch"]))
    roles[:n_heavy] = "heavy_api_user"
    roles[n_heavy : n_heavy + n_batch] = "batch_job"
    rng.shuffle(roles)
    tzs = rng.choice(TIMEZONES, size=n)
    home = _home_ips(rng, tzs)

    # corporate NAT groups: members share one egress IP, usually one UA and often one card
    nat_members = np.flatnonzero(rng.random(n) < fractions["corporate_nat"])
    group_of: dict[int, int] = {}
    groups: list[dict] = []
    i = 0
    while i < len(nat_members):
        size = int(min(len(nat_members) - i, rng.integers(3, 40)))
        g = {
            "org": hex_id(rng, "org"),
            "ip": ipspace.cloud_ips(rng, 1)[0] if rng.random() < 0.3 else ipspace.residential_ips(rng, 1)[0],
            "ua": _ua(rng),
            "card": hex_id(rng, "pay") if rng.random() < 0.5 else None,
        }
        for member in nat_members[i : i + size]:
            group_of[int(member)] = len(groups)
        groups.append(g)
        i += size

    for k in range(n):
        role = str(roles[k])
        account = hex_id(rng, "acct")
        g = groups[group_of[k]] if k in group_of else None
        org = g["org"] if g else hex_id(rng, "org")
        ip = g["ip"] if g else home[k]
        ua = g["ua"] if g else _ua(rng)
        card = (g["card"] if g and g["card"] else None) or hex_id(rng, "pay")
        tz = int(tzs[k])
        family = "ordinary_user"
        if role == "heavy_api_user":
            count = int(rng.integers(1500, 4000))
            offsets = diurnal_session_times(rng, count, tz, cfg.days, 150.0, 6.0)
            prompt_ids = pool.sample(rng, count, coding=True)
            ua = "OpenAI/Python 1.54.0"
            family = "heavy_coding_api"
        elif role == "batch_job":
            count = int(rng.integers(300, 1200))
            day = rng.integers(0, max(1, int(cfg.days)))
            start = day * 86400.0 + np.mod(2.0 - tz, 24.0) * 3600.0
            offsets = start + np.arange(count) * 20.0 + rng.normal(0, 0.5, size=count)
            offsets = np.clip(offsets, 0, cfg.days * 86400.0 - 1)
            frame = batch_frame(rng)
            texts = [
                frame.format(text=pool.snippets[int(j)])
                for j in rng.integers(0, len(pool.snippets), count)
            ]
            prompt_ids = b.dicts["prompt"].ids(texts)
            if g is None and rng.random() < 0.6:
                ip = ipspace.cloud_ips(rng, 1)[0]  # batch jobs mostly run on cloud VMs
            family = "nightly_batch"
        else:
            count = int(
                np.clip(
                    round(rng.lognormal(np.log(cfg.benign_median_events), cfg.benign_sigma)),
                    1,
                    3000,
                )
            )
            offsets = diurnal_session_times(rng, count, tz, cfg.days, 6.0, 45.0)
            prompt_ids = pool.sample(rng, count)
            if k in group_of:
                role, family = "nat_member", "corporate_nat"
        ts = ctx.t0 + offsets
        ctx.add_account(rng, account, ts, org=org, ip=ip, user_agent=ua, payment=card,
                        model=_models(ctx, rng, ts), prompt=prompt_ids, truth=_truth(role, family))


def _home_ips(rng: np.random.Generator, tzs: np.ndarray) -> list[str]:
    """Home IPs for many users at once, region by time zone (vectorised per zone)."""
    out: list[str] = [""] * len(tzs)
    for tz in np.unique(tzs).tolist():
        where = np.flatnonzero(tzs == tz).tolist()
        regions = ipspace.REGION_OF_TZ.get(int(tz), ("us", "eu"))
        region_of = rng.integers(0, len(regions), size=len(where))
        for r, region in enumerate(regions):
            idx = [w for w, ri in zip(where, region_of.tolist(), strict=True) if ri == r]
            for w, ip in zip(idx, ipspace.residential_ips(rng, len(idx), region), strict=True):
                out[w] = ip
    return out
