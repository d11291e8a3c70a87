"""Detect prompts that try to extract chain-of-thought / reasoning traces; strip reasoning blocks.

Score = logistic(bias + Σ weights of the regex features that fire), weights fitted on the dev
split of the labelled set (guard_train.py → guard_weights.json). Import-light (re + json) and
fast enough for the monitor to run over millions of logged prompts.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources

from distillguard.policy.guard_features import FEATURE_FAMILIES, FEATURE_NAMES, extract

WEIGHTS_FILE = "guard_weights.json"
_CACHE_MAX = 100_000


@dataclass
class GuardResult:
    score: float
    flagged: bool
    families: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class GuardModel:
    bias: float
    weights: tuple[float, ...]
    threshold: float


@lru_cache(maxsize=1)
def model() -> GuardModel:
    """The fitted weights shipped with the package (order = guard_features.FEATURE_NAMES)."""
    data = json.loads(resources.files("distillguard.policy").joinpath(WEIGHTS_FILE).read_text("utf-8"))
    by_name = data["weights"]
    names = FEATURE_NAMES
    missing = set(names) - set(by_name)
    if missing:
        raise RuntimeError(f"{WEIGHTS_FILE} lacks weights for {sorted(missing)}: rerun guard_train")
    return GuardModel(float(data["bias"]), tuple(float(by_name[n]) for n in names), float(data["threshold"]))


def _score(fired: list[int], m: GuardModel) -> GuardResult:
    z = m.bias + sum(m.weights[i] for i in fired)
    score = 1.0 / (1.0 + math.exp(-z))
    families = sorted({FEATURE_FAMILIES[i] for i in fired if FEATURE_FAMILIES[i] and m.weights[i] > 0})
    flagged = score >= m.threshold
    return GuardResult(round(score, 6), flagged, families if flagged else [])


def classify(prompt: str) -> GuardResult:
    """Score one prompt; flagged results name the extraction technique families seen."""
    return _score(extract(prompt or ""), model())


def classify_many(prompts: list[str]) -> list[GuardResult]:
    """Score many prompts (identical prompts scored once: campaigns repeat templates)."""
    m = model()
    cache: dict[str, GuardResult] = {}
    out = []
    for prompt in prompts:
        prompt = prompt or ""
        result = cache.get(prompt)
        if result is None:
            result = _score(extract(prompt), m)
            if len(cache) >= _CACHE_MAX:  # bounded memory on millions of unique prompts
                cache.clear()
            cache[prompt] = result
        out.append(result)
    return out


_BLOCK_TAGS = (
    "think", "thinking", "thought", "thoughts", "reasoning", "reason", "scratchpad", "scratch_pad",
    "inner_monologue", "internal_monologue", "cot", "chain_of_thought", "reflection", "analysis",
    "internal", "rationale", "deliberation",
)
_TAGS = "|".join(_BLOCK_TAGS)
_CLOSED_BLOCK = re.compile(rf"<\s*({_TAGS})(?:\s[^>]*)?>.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
# A reasoning block opened but never closed (truncated generation): drop to the end.
_OPEN_BLOCK = re.compile(rf"<\s*({_TAGS})(?:\s[^>]*)?>.*\Z", re.IGNORECASE | re.DOTALL)
# Models that emit only the closing tag (the opening one was in the chat template): drop the prefix.
_ORPHAN_CLOSE = re.compile(rf"\A.*?<\s*/\s*({_TAGS})\s*>", re.IGNORECASE | re.DOTALL)
# Harmony-style channels (gpt-oss): keep only the final channel's message.
_HARMONY_FINAL = re.compile(r"<\|channel\|>\s*final\s*<\|message\|>(.*?)(?:<\|end\|>|<\|return\|>|\Z)", re.DOTALL)
_HARMONY_ANALYSIS = re.compile(r"<\|channel\|>\s*analysis\s*<\|message\|>.*?(?:<\|end\|>|(?=<\|start\|>)|\Z)", re.DOTALL)


def strip_reasoning(text: str) -> str:
    """Remove <think>…</think>, <reasoning>…</reasoning> (and similar) blocks from model output."""
    if not text:
        return text or ""
    final = _HARMONY_FINAL.search(text)
    if final is not None:
        return final.group(1).strip()
    out = _HARMONY_ANALYSIS.sub("", text)
    out = _CLOSED_BLOCK.sub("", out)
    out = _ORPHAN_CLOSE.sub("", out, count=1)  # any close tag left now has no opening tag
    out = _OPEN_BLOCK.sub("", out)
    return out.strip() if out != text else text
