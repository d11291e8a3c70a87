"""Campaign families: a registry of named distillation-campaign generators.

Why families: a monitor tuned on one campaign style learns that style, not distillation. The
simulator therefore draws every campaign from one of many families, modelled on publicly
reported operations (reasoning-trace coercion, reward-model grading, censorship-safe
rewrites, agent transcripts, synthetic instruction data, translation, code completion, public
dataset replay, preference pairs, long-document summaries, role-play, olympiad maths), and
every campaign draws its own operational parameters (accounts, volume, pacing, IP source,
payment, user agent, cohort, languages, prompt styles, model pivot) from the family's ranges.
Several families look innocent on some axes on purpose, so a leave-one-family-out evaluation
measures generalisation.

Plug-in interface (for blind evaluation batches written outside `sim/`)::

    from distillguard.sim.families import FamilySpec, register_family

    def my_prompts(rng, params, pools):          # -> object with .make(n) -> list[str]
        class Gen:
            def make(self, n):
                return [f"Summarise clause {int(i)} of the contract." for i in rng.integers(0, 10**6, n)]
        return Gen()

    register_family("contract_clauses", FamilySpec(
        description="legal-clause summaries from a single account",
        prompts=my_prompts, operations={"single": 1.0}, ip_sources={"residential": 1.0}))
    simulate({"campaigns": 1, "campaign_accounts": 5, "families": ["contract_clauses"]})

`prompts(rng, params, pools)` receives the campaign's seeded generator, its drawn parameters
(`params["languages"]`, `params["styles"]`, ...; it may add keys, which land in the truth) and
a `TextPools` (public ShareGPT prompts/answers). A spec may instead give `generate(ctx, rng,
params)` to emit all traffic itself through `CampaignContext.add_account` (see campaigns.py).
Benign kinds have the same kind of registry in `benign.py` (`register_benign_kind`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.sim.family_prompts import STYLES, cot_factory, make_text_prompts

OPERATIONS = ("hydra", "single", "low_slow")
PACINGS = ("waves", "poisson", "drip", "business_hours", "burst")
IP_SOURCES = ("datacenter", "residential", "mixed", "single_egress", "per_account_vm")
PAYMENTS = ("shared", "per_account", "prepaid")
USER_AGENTS = ("custom", "sdk", "browser", "mixed")


@dataclass(frozen=True)
class FamilySpec:
    """A campaign family: a prompt generator and the ranges its campaigns draw parameters from.

    Weights are relative (need not sum to 1). `volume` scales `SimConfig.campaign_mean_events`
    for a worker account's median request count; single-account operations send 20-80× that.
    """

    description: str
    prompts: Callable[..., object] | None = None
    languages: tuple[tuple[str, ...], ...] = (("en",), ("en",), ("zh",), ("ru", "en"), ("es", "en"))
    styles: tuple[str, ...] = STYLES
    operations: dict[str, float] = field(
        default_factory=lambda: {"hydra": 0.6, "single": 0.2, "low_slow": 0.2}
    )
    pacing: dict[str, float] = field(
        default_factory=lambda: {"waves": 0.3, "poisson": 0.4, "drip": 0.1, "business_hours": 0.1, "burst": 0.1}
    )
    ip_sources: dict[str, float] = field(
        default_factory=lambda: {"datacenter": 0.35, "residential": 0.35, "mixed": 0.15, "single_egress": 0.05, "per_account_vm": 0.1}
    )
    payments: dict[str, float] = field(
        default_factory=lambda: {"shared": 0.5, "per_account": 0.3, "prepaid": 0.2}
    )
    user_agents: dict[str, float] = field(
        default_factory=lambda: {"custom": 0.35, "sdk": 0.4, "browser": 0.1, "mixed": 0.15}
    )
    cohort_rate: float = 0.5  # probability that the accounts are a creation cohort
    pivot_rate: float = 0.6  # probability of pivoting to the newly released model
    volume: tuple[float, float] = (0.5, 2.0)
    completion: tuple[float, float] = (400.0, 1200.0)
    pool_cap: int | None = None  # cap on distinct prompts (long-prompt families)
    generate: Callable[..., None] | None = None  # full custom generator (plug-ins)


def _w(**kw: float) -> dict[str, float]:
    return dict(kw)


_CJK = (("zh",), ("zh", "en"), ("en",))
CAMPAIGN_FAMILIES: dict[str, FamilySpec] = {
    "cot_coercion": FamilySpec(
        "reasoning-trace coercion: capability tasks (coding/agentic/reasoning/math) with "
        "chain-of-thought elicitation, operator preamble",
        prompts=cot_factory,
        languages=(("en",), ("en",), ("zh",), ("ru", "en"), ("es", "en"), ("zh", "en")),
        pivot_rate=0.8,
    ),
    "reward_grading": FamilySpec(
        "model used as judge/reward model: rubric grading of (question, response) pairs, "
        "JSON scores, no CoT phrasing",
        prompts=make_text_prompts("reward_grading"),
        languages=(("en",), ("en",), ("zh", "en")),
        pacing=_w(poisson=0.5, waves=0.2, drip=0.2, business_hours=0.1),
        volume=(1.0, 3.0),
        completion=(80.0, 300.0),
    ),
    "censorship_rewrite": FamilySpec(
        "censorship-safe rewrites and 'safe answers' on politically sensitive topics",
        prompts=make_text_prompts("censorship_rewrite"),
        languages=(("zh",), ("zh", "en"), ("ru",), ("en",)),
        ip_sources=_w(residential=0.5, datacenter=0.3, mixed=0.2),
        pivot_rate=0.4,
        completion=(200.0, 600.0),
    ),
    "agent_transcripts": FamilySpec(
        "tool-use / agent trajectories: tool schemas + partial histories, next call or full "
        "episode requested",
        prompts=make_text_prompts("agent_transcripts"),
        languages=(("en",),),
        pivot_rate=0.7,
        completion=(500.0, 1500.0),
    ),
    "instruction_synthesis": FamilySpec(
        "synthetic instruction-dataset generation (self-instruct: N new tasks + answers as JSONL)",
        prompts=make_text_prompts("instruction_synthesis"),
        languages=(("en",), ("en",), ("zh",)),
        operations=_w(single=0.4, hydra=0.4, low_slow=0.2),
        volume=(0.3, 1.0),
        completion=(1500.0, 3500.0),
    ),
    "translation_harvest": FamilySpec(
        "multilingual translation harvesting of public text into 16 target languages",
        prompts=make_text_prompts("translation_harvest"),
        languages=(("en",), ("zh",)),
        pacing=_w(poisson=0.4, drip=0.3, business_hours=0.2, waves=0.1),
        ip_sources=_w(per_account_vm=0.3, residential=0.3, datacenter=0.2, single_egress=0.2),
        pivot_rate=0.3,
        completion=(300.0, 900.0),
    ),
    "code_completion": FamilySpec(
        "code-completion harvesting: code prefixes and fill-in-the-middle spans in 5 languages",
        prompts=make_text_prompts("code_completion"),
        languages=(("en",),),
        styles=("terse", "json", "system"),
        user_agents=_w(sdk=0.5, custom=0.3, mixed=0.2),
        volume=(1.0, 4.0),
        completion=(100.0, 400.0),
    ),
    "dataset_replay": FamilySpec(
        "public-dataset replay: ShareGPT prompts (and GSM8K-like items) sent verbatim to "
        "collect answers; innocent-looking text, human-like pacing possible",
        prompts=make_text_prompts("dataset_replay"),
        languages=(("en",),),
        styles=("terse", "terse", "json", "system"),
        pacing=_w(poisson=0.4, business_hours=0.3, drip=0.2, waves=0.1),
        ip_sources=_w(residential=0.5, per_account_vm=0.2, mixed=0.2, datacenter=0.1),
        user_agents=_w(mixed=0.4, sdk=0.3, browser=0.2, custom=0.1),
        payments=_w(per_account=0.5, prepaid=0.3, shared=0.2),
        cohort_rate=0.3,
        pivot_rate=0.5,
    ),
    "preference_pairs": FamilySpec(
        "preference-pair / multiple-answer harvesting (chosen vs rejected, ranked candidates)",
        prompts=make_text_prompts("preference_pairs"),
        languages=(("en",), ("zh", "en")),
        completion=(900.0, 2500.0),
    ),
    "doc_summarisation": FamilySpec(
        "long-document summarisation harvesting (2-4 kB documents, bullets/abstract/JSON facts)",
        prompts=make_text_prompts("doc_summarisation"),
        languages=(("en",),),
        operations=_w(hydra=0.4, single=0.3, low_slow=0.3),
        pacing=_w(poisson=0.4, business_hours=0.3, drip=0.2, waves=0.1),
        ip_sources=_w(per_account_vm=0.4, datacenter=0.3, residential=0.3),
        volume=(0.3, 1.0),
        completion=(150.0, 500.0),
        pool_cap=8000,
    ),
    "persona_roleplay": FamilySpec(
        "persona / role-play dialogue harvesting (characters × archetypes × settings)",
        prompts=make_text_prompts("persona_roleplay"),
        languages=(("en",), ("en",), ("zh",)),
        pacing=_w(business_hours=0.3, poisson=0.4, drip=0.2, burst=0.1),
        user_agents=_w(browser=0.3, mixed=0.3, custom=0.2, sdk=0.2),
        pivot_rate=0.4,
        completion=(300.0, 900.0),
    ),
    "math_olympiad": FamilySpec(
        "math-olympiad solution harvesting (number theory, inequalities, geometry, FEs); "
        "rigorous proofs and boxed answers, rarely explicit CoT phrasing",
        prompts=make_text_prompts("math_olympiad"),
        languages=(("en",), ("en",), ("zh",), ("ru", "en")),
        pacing=_w(waves=0.3, poisson=0.3, burst=0.2, drip=0.2),
        pivot_rate=0.8,
        completion=(1200.0, 3000.0),
    ),
}


def register_family(name: str, spec: FamilySpec, *, replace: bool = False) -> None:
    """Add a campaign family (see the module docstring). Names are unique unless `replace`."""
    if not isinstance(spec, FamilySpec):
        raise DistillguardError("register_family needs a FamilySpec")
    if spec.prompts is None and spec.generate is None:
        raise DistillguardError(f"family {name!r} needs prompts or generate")
    if name in CAMPAIGN_FAMILIES and not replace:
        raise DistillguardError(f"campaign family {name!r} already exists")
    for axis, allowed in (
        (spec.operations, OPERATIONS),
        (spec.pacing, PACINGS),
        (spec.ip_sources, IP_SOURCES),
        (spec.payments, PAYMENTS),
        (spec.user_agents, USER_AGENTS),
    ):
        bad = set(axis) - set(allowed)
        if bad:
            raise DistillguardError(f"family {name!r}: unknown {sorted(bad)} (use {', '.join(allowed)})")
    CAMPAIGN_FAMILIES[name] = spec


def unregister_family(name: str) -> None:
    """Remove a family (tests use this to leave the registry as they found it)."""
    CAMPAIGN_FAMILIES.pop(name, None)


def check_families(names: list[str] | None) -> list[str]:
    """The selected family names (all when None); unknown names are a one-line error."""
    if names is None:
        return list(CAMPAIGN_FAMILIES)
    unknown = [n for n in names if n not in CAMPAIGN_FAMILIES]
    if unknown or not names:
        raise DistillguardError(
            f"unknown campaign families {unknown} (valid: {', '.join(CAMPAIGN_FAMILIES)})"
        )
    return list(names)


def _choose(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def draw_operation(spec: FamilySpec, rng: np.random.Generator) -> str:
    return _choose(rng, spec.operations)


def draw_params(spec: FamilySpec, rng: np.random.Generator, operation: str, size: int) -> dict:
    """One campaign's parameters from its family's ranges (recorded in the truth)."""
    pacing = _choose(rng, spec.pacing)
    if operation == "low_slow" and pacing in ("waves", "burst"):
        pacing = "drip" if rng.random() < 0.5 else "business_hours"
    ip_source = _choose(rng, spec.ip_sources)
    payment = "single" if size == 1 else _choose(rng, spec.payments)
    langs = spec.languages[int(rng.integers(len(spec.languages)))]
    n_styles = int(rng.integers(1, min(4, len(spec.styles)) + 1))
    styles = sorted({str(s) for s in rng.choice(spec.styles, size=n_styles, replace=False)})
    return {
        "operation": operation,
        "accounts": size,
        "pacing": pacing,
        "ip_source": ip_source,
        "payment": payment,
        "user_agent": _choose(rng, spec.user_agents),
        "cohort": bool(rng.random() < spec.cohort_rate),
        "pivot": bool(rng.random() < spec.pivot_rate),
        "languages": list(langs),
        "styles": styles,
        "volume_scale": round(float(rng.uniform(*spec.volume)), 3),
        "completion_median": round(float(rng.uniform(*spec.completion)), 1),
    }
